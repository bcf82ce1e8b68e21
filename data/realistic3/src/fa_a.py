"""Persian articles 001-005 of realistic3 with their gold facts (see ../README.md)."""
from build import A, E, P

ARTICLES = []

ARTICLES.append(A(
    id="r3_fa_001_pezeshkian_yerevan_10_documents", date="2025-08-19",
    source="IRNA (Islamic Republic News Agency) style",
    text="""
امضای بیانیه مشترک و ۱۰ سند همکاری در سفر رئیس جمهور به ایروان

ایروان- ایرنا- ایران و ارمنستان امروز سه‌شنبه ۲۸ مرداد ۱۴۰۴ در جریان سفر رسمی مسعود پزشکیان رئیس جمهور کشورمان به ایروان، یک بیانیه مشترک و ۱۰ سند همکاری امضا کردند.

به گزارش خبرنگار اعزامی ایرنا، پزشکیان که شامگاه دوشنبه در رأس هیئتی سیاسی و اقتصادی وارد فرودگاه زوارتنوتس ایروان شده بود، صبح امروز در مقر دولت ارمنستان مورد استقبال رسمی نیکول پاشینیان نخست‌وزیر این کشور قرار گرفت.

پس از مراسم استقبال، دو طرف ابتدا گفت‌وگوی خصوصی داشتند و سپس نشست هیئت‌های عالی‌رتبه دو كشور با حضور سید عباس عراقچی وزیر امور خارجه و آرارات میرزویان وزیر خارجه ارمنستان برگزار شد.

اسناد امضا شده حوزه‌های سیاسی، فرهنگی، گردشگری، آموزشی، بهداشت و سلامت، راه و شهرسازی و همکاری‌های سینمایی را در بر می‌گیرد. فرزانه صادق وزیر راه و شهرسازی نیز از توافق برای ساخت پل دوم مرزی نوردوز خبر داد.

پاشینیان در نشست خبری مشترک گفت: «به این نتیجه رسیدیم که زمان آن فرا رسیده تا روابط دو کشور به سطح مشارکت راهبردی ارتقا یابد.» به گفته وی، سند جامع همکاری‌های راهبردی تهران و ایروان در ماه‌های آینده نهایی و امضا خواهد شد.

رئیس جمهور کشورمان نیز از موضع دولت ارمنستان در جریان تجاوز ۱۲ روزه رژیم صهیونیستی به ایران قدردانی کرد و گفت: «ارمنستان همسایه‌ای است که در روزهای سخت کنار ملت ایران ایستاد.»

پزشکیان با اشاره به طرح‌های ترانزیتی در قفقاز جنوبی افزود که واگذاری تصمیم‌گیری درباره منطقه به قدرت‌های فرامنطقه‌ای وضعیت را پیچیده‌تر می‌کند و مرزهای شناخته‌شده بین‌المللی باید محترم شمرده شود.

رئیس جمهور عصر امروز در همایش تجاری ایران و ارمنستان نیز شرکت می‌کند و قرار است امشب ایروان را به مقصد مینسک پایتخت بلاروس ترک کند.

گفتنی است حجم مبادلات تجاری دو کشور در سال گذشته حدود 700 میلیون دلار بوده و دو طرف هدف رساندن آن به 3 میلیارد دلار را دنبال می‌کنند.

در خبری دیگر، تیم ملی کشتی آزاد جوانان ایران در مسابقات قهرمانی جهان در آتن عنوان قهرمانی را از آن خود کرد.

اروپام/ ۲۰۸۳
""",
    persons=[
        P("Masoud Pezeshkian", "مسعود پزشکیان", "President", "IR"),
        P("Nikol Pashinyan", "نیکول پاشینیان", "Prime Minister", "AM"),
        P("Abbas Araghchi", "عباس عراقچی", "Minister of Foreign Affairs", "IR"),
        P("Ararat Mirzoyan", "آرارات میرزویان", "Minister of Foreign Affairs", "AM"),
        P("Farzaneh Sadegh", "فرزانه صادق", "Minister of Roads and Urban Development", "IR"),
    ],
    events=[
        E("visit", "IR AM", None, ["Masoud Pezeshkian"], "Yerevan", "2025-08-18",
          "شامگاه دوشنبه در رأس هیئتی سیاسی و اقتصادی وارد فرودگاه زوارتنوتس ایروان شده بود"),
        E("meeting", "AM IR", None, ["Nikol Pashinyan", "Masoud Pezeshkian", "Abbas Araghchi", "Ararat Mirzoyan"],
          "Yerevan", "2025-08-19", "دو طرف ابتدا گفت‌وگوی خصوصی داشتند",
          topics="political cooperation; trade"),
        E("agreement", "IR AM", None, [], "Yerevan", "2025-08-19",
          "یک بیانیه مشترک و ۱۰ سند همکاری امضا کردند", topics="political cooperation"),
        E("agreement", "IR AM", None, [], "Yerevan", "2025-08-19",
          "یک بیانیه مشترک و ۱۰ سند همکاری امضا کردند", count=10,
          topics="political cooperation; culture; tourism; education; health"),
        E("agreement", "AM IR", None, ["Nikol Pashinyan"], None, None,
          "سند جامع همکاری‌های راهبردی تهران و ایروان در ماه‌های آینده نهایی و امضا خواهد شد",
          topics="political cooperation", status="planned"),
        E("statement_praise", "IR AM", "AM", ["Masoud Pezeshkian"], "Yerevan", "2025-08-19",
          "از موضع دولت ارمنستان در جریان تجاوز ۱۲ روزه رژیم صهیونیستی به ایران قدردانی کرد"),
        E("visit", "IR BY", None, ["Masoud Pezeshkian"], "Minsk", "2025-08-19",
          "قرار است امشب ایروان را به مقصد مینسک پایتخت بلاروس ترک کند", status="planned"),
    ],
    notes="Pezeshkian in Yerevan, arrived Monday 18 August 2025, talks and signing Tuesday 19 August (28 Mordad 1404): the joint statement, the 10 documents and most of their fields, the second Norduz bridge, Pashinyan's words on strategic partnership and the onward trip to Minsk follow the record; the Armenian FM's presence, the trade figures and the praise quote are illustrative. Joint statement and the 10 documents are two agreement events (as data/realistic fa_003). The comprehensive strategic document 'to be finalised and signed' is a planned agreement (Pashinyan announces it: AM first; undated). 'Tonight' departure to Minsk: planned visit IR->BY dated the article day (doubtful: data/realistic fa_003 left such a departure out because another article covered it; here annotated as a stated plan). The criticism of 'extra-regional powers' names no state: no event. Trap: youth wrestling championship in Athens. Arabic ك once (كشور).",
))

ARTICLES.append(A(
    id="r3_fa_002_pezeshkian_minsk_12_documents", date="2025-08-20", orgs="EAEU SCO BRICS",
    source="Tasnim News Agency style",
    text="""
پزشکیان و لوکاشنکو ۱۲ سند همکاری امضا کردند؛ آغاز کار بر روی معاهده راهبردی

به گزارش خبرگزاری تسنیم از مینسک، مسعود پزشکیان رئیس‌جمهور کشورمان که شامگاه سه‌شنبه از ایروان وارد پایتخت بلاروس شد، صبح امروز چهارشنبه ۲۹ مرداد در کاخ استقلال از سوی الکساندر لوکاشنکو رئیس‌جمهور بلاروس رسماً استقبال شد.

این سفر که ابتدا برای خرداد ماه و همزمان با نشست شورای عالی اتحادیه اقتصادی اوراسیا در مینسک برنامه‌ریزی شده بود، به دلیل جنگ تحمیلی ۱۲ روزه به تعویق افتاده بود.

مذاکرات دو رئیس‌جمهور نزدیک به چهار ساعت به طول انجامید و پس از آن، با حضور دو رئيس جمهور، ۱۲ سند همکاری در زمینه‌های سیاسی، حقوق بین‌الملل، بهداشت و دارو، صنعت، محیط زیست، گردشگری، رسانه و مناطق آزاد تجاری به امضا رسید. دو طرف همچنین بیانیه‌ای مشترک صادر کردند.

لوکاشنکو در آغاز این دیدار گفت: «شما نزد دوستان خود آمده‌اید. ما به همه تعهداتی که در برابر ایران پذیرفته‌ایم پایبندیم و هیچ موضوع بسته‌ای از تأمین غذا تا همکاری نظامی-فنی میان ما وجود ندارد.» رئیس‌جمهور بلاروس حملات آمریکا به تأسیسات هسته‌ای ایران را «تهدیدی جدی برای ثبات منطقه‌ای و بین‌المللی» خواند.

پزشکیان نیز در نشست خبری مشترک گفت: «امروز آمریکا و برخی کشورهای اروپایی می‌کوشند یکجانبه‌گرایی را گسترش دهند و دیدگاه خود را به دیگران تحمیل کنند؛ این رویکرد نه برای شما و نه برای ما قابل تحمل نیست.» وی از حمایت دولت بلاروس از ایران در دوران جنگ اخیر سپاسگزاری کرد.

رئیس‌جمهور کشورمان افزود که سازمان همکاری شانگهای، بریکس و اتحادیه اقتصادی اوراسیا چارچوب‌های مناسبی برای همکاری دو کشور فراهم می‌کنند. ایران از سال 2023 عضو شانگهای و از ژانویه 2024 عضو بریکس است و بلاروس نیز سال گذشته به عضویت کامل سازمان همکاری شانگهای درآمد.

دو رئیس‌جمهور توافق کردند کار بر روی معاهده مشارکت راهبردی ایران و بلاروس آغاز شود و نقشه راه همکاری‌های ۲۰۲۳ تا ۲۰۲۶ به طور کامل اجرا گردد.

پزشکیان قرار است پس از دیدار با شهروندان ایرانی مقیم بلاروس، امشب به تهران بازگردد.

در حاشیه این سفر، هیئتی از اتاق بازرگانی تهران با فعالان اقتصادی بلاروس مذاکره و یک قرارداد خرید کود پتاس امضا کرد.

انتهای پیام/
""",
    persons=[
        P("Masoud Pezeshkian", "مسعود پزشکیان", "President", "IR"),
        P("Alexander Lukashenko", "الکساندر لوکاشنکو", "President", "BY"),
    ],
    events=[
        E("visit", "IR BY", None, ["Masoud Pezeshkian"], "Minsk", "2025-08-19",
          "شامگاه سه‌شنبه از ایروان وارد پایتخت بلاروس شد"),
        E("meeting", "BY IR", None, ["Alexander Lukashenko", "Masoud Pezeshkian"], "Minsk", "2025-08-20",
          "مذاکرات دو رئیس‌جمهور نزدیک به چهار ساعت به طول انجامید",
          topics="political cooperation; economic cooperation; defence cooperation"),
        E("agreement", "IR BY", None, ["Masoud Pezeshkian", "Alexander Lukashenko"], "Minsk", "2025-08-20",
          "۱۲ سند همکاری در زمینه‌های سیاسی، حقوق بین‌الملل، بهداشت و دارو، صنعت، محیط زیست، گردشگری، رسانه و مناطق آزاد تجاری به امضا رسید",
          count=12, topics="political cooperation; health; tourism; media; trade"),
        E("agreement", "IR BY", None, [], "Minsk", "2025-08-20",
          "دو طرف همچنین بیانیه‌ای مشترک صادر کردند", topics="political cooperation"),
        E("statement_criticism", "BY", "US", ["Alexander Lukashenko"], "Minsk", "2025-08-20",
          "حملات آمریکا به تأسیسات هسته‌ای ایران را «تهدیدی جدی برای ثبات منطقه‌ای و بین‌المللی» خواند",
          topics="regional conflicts"),
        E("statement_criticism", "IR", "US", ["Masoud Pezeshkian"], "Minsk", "2025-08-20",
          "امروز آمریکا و برخی کشورهای اروپایی می‌کوشند یکجانبه‌گرایی را گسترش دهند"),
        E("statement_praise", "IR BY", "BY", ["Masoud Pezeshkian"], "Minsk", "2025-08-20",
          "وی از حمایت دولت بلاروس از ایران در دوران جنگ اخیر سپاسگزاری کرد"),
        E("agreement", "IR BY", None, ["Masoud Pezeshkian", "Alexander Lukashenko"], None, None,
          "دو رئیس‌جمهور توافق کردند کار بر روی معاهده مشارکت راهبردی ایران و بلاروس آغاز شود",
          topics="political cooperation", status="planned"),
    ],
    stated=[("IR", "SCO", "member"), ("IR", "BRICS", "member"), ("BY", "SCO", "member")],
    notes="Pezeshkian in Minsk, arrived Tuesday night 19 August, talks Wednesday 20 August 2025 (29 Mordad 1404): the postponement from June, the near four hours of talks, 12 documents and a joint statement, their fields, Lukashenko's and Pezeshkian's words (paraphrased) and the decision to work on a strategic partnership treaty follow the record; the return 'tonight' and the chamber of commerce item are illustrative. Lukashenko's criticism names the US strikes (criticism BY->US). Pezeshkian's criticism names the US and 'some European countries' (unnamed): one criticism IR->US. The strategic treaty 'to be worked on' is a planned agreement (doubtful: status planned, the decision itself taken today). The postponed June EAEU summit and the Tehran chamber's private contract (trap: قرارداد of businesses) are no events. Stated memberships: Iran in SCO and BRICS, Belarus in SCO; EAEU named (Belarus is a member: from the reference table). Arabic ي once (رئيس).",
))

ARTICLES.append(A(
    id="r3_fa_003_ashgabat_pezeshkian_putin_first_meeting", date="2024-10-11", orgs="BRICS",
    source="ISNA (Iranian Students' News Agency) style",
    text="""
نخستین دیدار پزشکیان و پوتین در عشق‌آباد؛ دعوت رسمی برای حضور در اجلاس کازان

خبرگزاری ایسنا- عشق‌آباد، جمعه ۲۰ مهر ۱۴۰۳

مسعود پزشکیان رئیس‌جمهور کشورمان امروز در حاشیه همایش بین‌المللی «ارتباط زمان‌ها و تمدن‌ها؛ مبنای صلح و توسعه» که به مناسبت سیصدمین سالگرد تولد مختومقلی فراغی شاعر ترکمن در عشق‌آباد برگزار می‌شود، با ولادیمیر پوتین رئیس‌جمهور روسیه دیدار و گفت‌وگو کرد.

این نخستین دیدار حضوری دو رئیس‌جمهور از زمان آغاز به کار دولت چهاردهم است. پزشکیان در این دیدار روابط تهران و مسکو را «راهبردی و صمیمانه» توصیف کرد و ابراز امیدواری کرد سند جامع مشارکت راهبردی دو کشور در حاشیه اجلاس بریکس نهایی شود.

پوتین نیز همکاری با ایران را از اولویت‌های سیاست خارجی روسیه خواند و گفت: «ارزیابی‌های ما از رویدادهای جهانی اغلب بسیار نزدیک است.» وی رسماً از همتای ایرانی خود برای شرکت در اجلاس سران بریکس در کازان دعوت کرد. اجلاس کازان قرار است از ۱ تا ۳ آبان ماه برگزار شود.

رئیس‌جمهور که روز پنجشنبه به دعوت سردار بردی‌محمدوف رئیس‌جمهور ترکمنستان وارد عشق‌آباد شده بود، پیش از دیدار با پوتین با میزبان خود نیز گفت‌وگو کرد. در این دیدار دو طرف بر توسعه کریدور شمال-جنوب، سوآپ گاز و افزایش حجم مبادلات تا 3 میلیارد دلار تأکید کردند.

پزشکیان همچنین در حاشیه این همایش با شوکت میرضیایف رئیس‌جمهور ازبکستان و امامعلی رحمان رئیس‌جمهور تاجیکستان به صورت جداگانه دیدار کرد.

سران کشورهای ترکمنستان، ایران، روسیه، ازبکستان، تاجیکستان، قزاقستان، قرقیزستان و مغولستان در نشست عمومی این همایش شرکت و سخنرانی کردند. رئیس‌جمهور کشورمان در سخنرانی خود مختومقلی را «شاعر مشترک دو ملت» خواند و گفت زادگاه این شاعر در استان گلستان است.

پوتین پیش از ورود به عشق‌آباد گفته بود که دیدار با رئیس‌جمهور ایران «اهمیت بالایی» دارد. میخائیل میشوستین نخست‌وزیر روسیه نیز هفته گذشته به تهران سفر کرده بود.

پزشکیان امشب عشق‌آباد را به مقصد تهران ترک می‌کند.

همچنین در عشق‌آباد، جشنواره فرش ترکمن با حضور هنرمندانی از ۱۲ کشور در جریان است.

انتهای پیام
""",
    persons=[
        P("Masoud Pezeshkian", "مسعود پزشکیان", "President", "IR"),
        P("Vladimir Putin", "ولادیمیر پوتین", "President", "RU"),
        P("Serdar Berdimuhamedow", "سردار بردی‌محمدوف", "President", "TM"),
        P("Shavkat Mirziyoyev", "شوکت میرضیایف", "President", "UZ"),
        P("Emomali Rahmon", "امامعلی رحمان", "President", "TJ"),
    ],
    events=[
        E("meeting", "IR RU", None, ["Masoud Pezeshkian", "Vladimir Putin"], "Ashgabat", "2024-10-11",
          "با ولادیمیر پوتین رئیس‌جمهور روسیه دیدار و گفت‌وگو کرد", topics="political cooperation"),
        E("visit", "IR RU", None, ["Masoud Pezeshkian"], "Kazan", None,
          "وی رسماً از همتای ایرانی خود برای شرکت در اجلاس سران بریکس در کازان دعوت کرد", status="planned"),
        E("summit", "RU", None, [], "Kazan", None,
          "اجلاس کازان قرار است از ۱ تا ۳ آبان ماه برگزار شود", status="planned"),
        E("visit", "IR TM", None, ["Masoud Pezeshkian"], "Ashgabat", "2024-10-10",
          "روز پنجشنبه به دعوت سردار بردی‌محمدوف رئیس‌جمهور ترکمنستان وارد عشق‌آباد شده بود"),
        E("meeting", "TM IR", None, ["Serdar Berdimuhamedow", "Masoud Pezeshkian"], "Ashgabat", "2024-10-11",
          "پیش از دیدار با پوتین با میزبان خود نیز گفت‌وگو کرد", topics="trade; energy; economic cooperation"),
        E("meeting", "IR UZ", None, ["Masoud Pezeshkian", "Shavkat Mirziyoyev"], "Ashgabat", "2024-10-11",
          "با شوکت میرضیایف رئیس‌جمهور ازبکستان و امامعلی رحمان رئیس‌جمهور تاجیکستان به صورت جداگانه دیدار کرد"),
        E("meeting", "IR TJ", None, ["Masoud Pezeshkian", "Emomali Rahmon"], "Ashgabat", "2024-10-11",
          "با شوکت میرضیایف رئیس‌جمهور ازبکستان و امامعلی رحمان رئیس‌جمهور تاجیکستان به صورت جداگانه دیدار کرد"),
        E("summit", "TM IR RU UZ TJ KZ KG MN", None, ["Serdar Berdimuhamedow", "Masoud Pezeshkian", "Vladimir Putin",
          "Shavkat Mirziyoyev", "Emomali Rahmon"], "Ashgabat", "2024-10-11",
          "سران کشورهای ترکمنستان، ایران، روسیه، ازبکستان، تاجیکستان، قزاقستان، قرقیزستان و مغولستان در نشست عمومی این همایش شرکت و سخنرانی کردند",
          topics="culture"),
    ],
    notes="Ashgabat forum for the 300th anniversary of Magtymguly Pyragy, Friday 11 October 2024 (20 Mehr 1403): Pezeshkian's arrival on Thursday at Serdar Berdimuhamedov's invitation, his first meeting with Putin, the invitation to Kazan (BRICS summit 22-24 October = 1-3 Aban), the meetings with Mirziyoyev and Rahmon follow the record; quotes paraphrased, the list of leaders in the plenary (Mongolia included) and the 3 billion dollars figure are illustrative. The forum of heads of state is coded a summit of the states listed (doubtful: a cultural forum, not an organisation summit). Pezeshkian-Putin on neutral ground: no host, Iranian outlet's order. Putin's invitation is a planned visit IR->RU (Kazan); the Kazan BRICS summit is a planned summit of its host Russia (as the model set's planned conferences). Hope to finalise the strategic document in Kazan: hypothetical wish, no event. Background: Mishustin's Tehran visit 'last week' (no day), Putin's remark before arriving. Trap: carpet festival with 12 countries. Pezeshkian's remark on Magtymguly's birthplace is no event.",
))

ARTICLES.append(A(
    id="r3_fa_004_araghchi_cairo_sisi", date="2024-10-17",
    source="Khabar Online style",
    text="""
دیدار عراقچی با السیسی در قاهره؛ نخستین سفر وزیر خارجه ایران به مصر پس از ۱۱ سال

خبرآنلاین- سید عباس عراقچی وزیر امور خارجه کشورمان امروز پنجشنبه ۲۶ مهر در قاهره با عبدالفتاح السیسی رئیس‌جمهور مصر دیدار و درباره تحولات منطقه، به‌ویژه غزه و لبنان، گفت‌وگو کرد.

عراقچی شامگاه چهارشنبه در ادامه تور منطقه‌ای خود وارد قاهره شد. اسماعیل بقائی سخنگوی وزارت امور خارجه در پیامی نوشته بود که وزیر برای «گفت‌وگوهای مهم با مقامات عالی‌رتبه مصری» به این کشور سفر کرده است. این نخستین سفر یک وزیر خارجه ایران به مصر از سال ۲۰۱۳ به این سو به شمار می‌رود.

بر اساس بیانیه دفتر ریاست جمهوری مصر، السیسی در این دیدار بر ضرورت جلوگیری از گسترش دامنه درگیری‌ها و توقف تنش‌آفرینی در منطقه تأکید کرد و هشدار داد که یک جنگ فراگیر منطقه‌ای پیامدهای خطرناکی برای همه کشورها خواهد داشت.

وزیر خارجه ایران پیش از این دیدار با بدر عبدالعاطی وزیر امور خارجه مصر نیز دیدار کرده بود. عراقچی در نشست خبری مشترک با همتای مصری خود، حملات رژیم صهیونیستی به غزه و لبنان را «جنایت جنگی آشکار» خواند و گفت جمهوری اسلامی ایران خواهان جنگ نیست اما برای هر سناریویی آماده است.

عبدالعاطی نیز گفت روابط قاهره و تهران «در مسیر درستی» قرار دارد و از ادامه رایزنی‌ها میان دو کشور استقبال کرد.

عراقچی روز چهارشنبه پیش از عزیمت به قاهره، در امان با ایمن الصفدی وزیر امور خارجه اردن دیدار کرده بود. وی پیش از آن به ریاض، دوحه، بغداد، بیروت، دمشق و مسقط سفر کرده و با مقامات این کشورها گفت‌وگو کرده بود.

به گفته بقائی، مقصد بعدی عراقچی ترکیه خواهد بود و او فردا جمعه در آنکارا با هاکان فیدان همتای ترک خود دیدار می‌کند.

روابط دیپلماتیک ایران و مصر از سال ۱۳۵۸ قطع است و دو کشور در سطح دفتر حفاظت منافع با یکدیگر ارتباط دارند. بدر عبدالعاطی تیرماه گذشته برای شرکت در مراسم تحلیف رئیس‌جمهور به تهران آمده بود.

در خبری دیگر، باشگاه الاهلی مصر در سوپرجام آفریقا به مصاف الزمالک خواهد رفت.
""",
    persons=[
        P("Abbas Araghchi", "عباس عراقچی", "Minister of Foreign Affairs", "IR"),
        P("Abdel Fattah el-Sisi", "عبدالفتاح السیسی", "President", "EG"),
        P("Esmaeil Baghaei", "اسماعیل بقائی", "Spokesman of the Ministry of Foreign Affairs", "IR"),
        P("Badr Abdelatty", "بدر عبدالعاطی", "Minister of Foreign Affairs", "EG"),
        P("Ayman Safadi", "ایمن الصفدی", "Minister of Foreign Affairs", "JO"),
        P("Hakan Fidan", "هاکان فیدان", "Minister of Foreign Affairs", "TR"),
    ],
    events=[
        E("meeting", "EG IR", None, ["Abdel Fattah el-Sisi", "Abbas Araghchi", "Badr Abdelatty"], "Cairo", "2024-10-17",
          "در قاهره با عبدالفتاح السیسی رئیس‌جمهور مصر دیدار و درباره تحولات منطقه، به‌ویژه غزه و لبنان، گفت‌وگو کرد",
          topics="regional conflicts; political cooperation"),
        E("visit", "IR EG", None, ["Abbas Araghchi"], "Cairo", "2024-10-16",
          "عراقچی شامگاه چهارشنبه در ادامه تور منطقه‌ای خود وارد قاهره شد"),
        E("statement_criticism", "IR", "IL", ["Abbas Araghchi"], "Cairo", "2024-10-17",
          "حملات رژیم صهیونیستی به غزه و لبنان را «جنایت جنگی آشکار» خواند", topics="regional conflicts"),
        E("meeting", "JO IR", None, ["Ayman Safadi", "Abbas Araghchi"], "Amman", "2024-10-16",
          "در امان با ایمن الصفدی وزیر امور خارجه اردن دیدار کرده بود", topics="regional conflicts"),
        E("visit", "IR JO", None, ["Abbas Araghchi"], "Amman", "2024-10-16",
          "عراقچی روز چهارشنبه پیش از عزیمت به قاهره، در امان با ایمن الصفدی وزیر امور خارجه اردن دیدار کرده بود"),
        E("visit", "IR TR", None, ["Abbas Araghchi"], "Ankara", "2024-10-18",
          "مقصد بعدی عراقچی ترکیه خواهد بود", status="planned"),
        E("meeting", "TR IR", None, ["Hakan Fidan", "Abbas Araghchi"], "Ankara", "2024-10-18",
          "او فردا جمعه در آنکارا با هاکان فیدان همتای ترک خود دیدار می‌کند", status="planned"),
    ],
    notes="Araghchi in Cairo, arrived Wednesday night 16 October, met Sisi Thursday 17 October 2024 (26 Mehr 1403): the first visit since 2013 (the text says 11 years, press reports 12-13: headline figure illustrative), Baghaei's post, Sisi's warning against a regional war, the meeting with Abdelatty, the earlier stops and Turkey as the next stop follow the record; the quotes of Araghchi and Abdelatty, the Amman meeting's day and the Fidan meeting 'tomorrow Friday' are illustrative (Araghchi met Fidan in Istanbul/Ankara around 18 October). Sisi and Abdelatty fold into one EG-IR meeting. Sisi's warning names no state: no event; Abdelatty's welcome of consultations: no praise (a welcome of contacts). The Amman meeting 'on Wednesday' (the day before) is gold with its visit (background rule of realistic2). The earlier stops (no day) are background. Egypt-Iran relations 'cut since 1358' and Abdelatty's July visit: background. Trap: Al Ahly v Zamalek Super Cup.",
))

ARTICLES.append(A(
    id="r3_fa_005_araghchi_calls_after_doha_strike", date="2025-09-10",
    source="Mehr News Agency style",
    text="""
تماس‌های تلفنی عراقچی با وزرای خارجه قطر، عربستان، ترکیه، عمان و مصر در پی حمله اسرائیل به دوحه

به گزارش خبرگزاری مهر، سید عباس عراقچی وزیر امور خارجه کشورمان از شامگاه سه‌شنبه تا ظهر امروز چهارشنبه ۱۹ شهریور ۱۴۰۴ در تماس‌های تلفنی جداگانه با همتایان خود در قطر، عربستان سعودی، ترکیه، عمان و مصر درباره حمله هوایی رژیم صهیونیستی به یک مجتمع مسکونی در دوحه گفت‌وگو کرد.

عراقچی در گفت‌وگو با شیخ محمد بن عبدالرحمن آل ثانی نخست‌وزیر و وزیر خارجه قطر، این حمله را «تجاوز آشکار به حاکمیت یک کشور مستقل» خواند، آن را به شدت محکوم کرد و همبستگی دولت و ملت ایران را با مردم قطر اعلام داشت.

وزیر خارجه کشورمان سپس با فیصل بن فرحان وزیر خارجه عربستان، هاکان فیدان وزیر خارجه ترکیه، بدر البوسعیدی وزیر خارجه عمان و بدر عبدالعاطی وزیر خارجه مصر تلفنی گفت‌وگو کرد. در این تماس‌ها بر لزوم واکنش هماهنگ کشورهای اسلامی به «بی‌قانونی» رژیم صهیونیستی تأکید شد.

مسعود پزشکیان رئیس جمهور نیز شامگاه سه‌شنبه در تماس تلفنی با شیخ تمیم بن حمد آل ثانی امیر قطر، حمله به دوحه را «نقض همه قوانین بین‌المللی» دانست.

اسماعیل بقائی سخنگوی وزارت امور خارجه هم در بیانیه‌ای این حمله را «جنایتی خطرناک» خواند و گفت آمریکا به عنوان حامی اصلی رژیم صهیونیستی در این تجاوز شریک است.

حمله روز سه‌شنبه به ساختمانی در منطقه لقطیفیه دوحه انجام شد که اعضای دفتر سیاسی حماس در آن برای بررسی طرح آتش‌بس غزه گرد آمده بودند. قطر همراه با مصر میانجی مذاکرات آتش‌بس غزه است.

به گفته منابع دیپلماتیک، نشست فوق‌العاده سران عرب و اسلامی برای بررسی این حمله در روزهای آینده در دوحه برگزار خواهد شد.

شورای امنیت سازمان ملل نیز قرار است در این باره جلسه‌ای اضطراری برگزار کند.

در حوزه ورزش، تیم ملی فوتبال ایران امشب در دیدار دوستانه‌ای در تاشکند به مصاف ازبکستان می‌رود.

انتهای پیام/
""",
    orgs="UNSC",
    persons=[
        P("Abbas Araghchi", "عباس عراقچی", "Minister of Foreign Affairs", "IR"),
        P("Mohammed bin Abdulrahman Al Thani", "محمد بن عبدالرحمن آل ثانی", "Prime Minister and Minister of Foreign Affairs", "QA"),
        P("Faisal bin Farhan Al Saud", "فیصل بن فرحان", "Minister of Foreign Affairs", "SA"),
        P("Hakan Fidan", "هاکان فیدان", "Minister of Foreign Affairs", "TR"),
        P("Badr Albusaidi", "بدر البوسعیدی", "Minister of Foreign Affairs", "OM"),
        P("Badr Abdelatty", "بدر عبدالعاطی", "Minister of Foreign Affairs", "EG"),
        P("Masoud Pezeshkian", "مسعود پزشکیان", "President", "IR"),
        P("Tamim bin Hamad Al Thani", "تمیم بن حمد آل ثانی", "Emir", "QA"),
        P("Esmaeil Baghaei", "اسماعیل بقائی", "Spokesman of the Ministry of Foreign Affairs", "IR"),
    ],
    events=[
        E("other", "IR QA", None, ["Abbas Araghchi", "Mohammed bin Abdulrahman Al Thani", "Masoud Pezeshkian",
          "Tamim bin Hamad Al Thani"], None, "2025-09-09",
          "عراقچی در گفت‌وگو با شیخ محمد بن عبدالرحمن آل ثانی نخست‌وزیر و وزیر خارجه قطر", topics="regional conflicts"),
        E("other", "IR SA", None, ["Abbas Araghchi", "Faisal bin Farhan Al Saud"], None, None,
          "وزیر خارجه کشورمان سپس با فیصل بن فرحان وزیر خارجه عربستان", topics="regional conflicts"),
        E("other", "IR TR", None, ["Abbas Araghchi", "Hakan Fidan"], None, None,
          "هاکان فیدان وزیر خارجه ترکیه", topics="regional conflicts"),
        E("other", "IR OM", None, ["Abbas Araghchi", "Badr Albusaidi"], None, None,
          "بدر البوسعیدی وزیر خارجه عمان", topics="regional conflicts"),
        E("other", "IR EG", None, ["Abbas Araghchi", "Badr Abdelatty"], None, None,
          "بدر عبدالعاطی وزیر خارجه مصر تلفنی گفت‌وگو کرد", topics="regional conflicts"),
        E("statement_criticism", "IR", "IL", ["Abbas Araghchi", "Masoud Pezeshkian", "Esmaeil Baghaei"], None, "2025-09-09",
          "این حمله را «تجاوز آشکار به حاکمیت یک کشور مستقل» خواند، آن را به شدت محکوم کرد", topics="regional conflicts"),
        E("statement_criticism", "IR", "US", ["Esmaeil Baghaei"], None, None,
          "گفت آمریکا به عنوان حامی اصلی رژیم صهیونیستی در این تجاوز شریک است", topics="regional conflicts"),
        E("summit", "QA", None, [], "Doha", None,
          "نشست فوق‌العاده سران عرب و اسلامی برای بررسی این حمله در روزهای آینده در دوحه برگزار خواهد شد",
          topics="regional conflicts", status="planned"),
    ],
    notes="Iran's reactions to the Israeli strike on Hamas leaders in Doha, Tuesday 9 September 2025, article Wednesday 10 September (19 Shahrivar 1404): Araghchi's calls with the Qatari, Saudi, Turkish, Omani and Egyptian ministers, Pezeshkian's call with Emir Tamim, the condemnations and the planned emergency Arab-Islamic summit in Doha (held 15 September) follow the record in outline; the order and hours of the calls and all quotes are illustrative. Phone calls are 'other', one per pair: Pezeshkian's call with the Emir folds into the one IR-QA call (doubtful: two calls of one pair). Calls made 'from Tuesday night to noon today': only the Qatar call is dated (Tuesday night by its order, doubtful); the others null. Iran's condemnations by Araghchi, Pezeshkian and Baghaei are one criticism IR->IL (one per actor state); Baghaei's charge against the US is a separate criticism IR->US. Planned summit: its host Qatar only (participants not named). Organisation act (UNSC meeting): no event. Qatar and Egypt as mediators: background. Trap: friendly match in Tashkent.",
))
