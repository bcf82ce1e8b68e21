"""Persian articles 006-010 of realistic3 with their gold facts (see ../README.md)."""
from build import A, E, P

ARTICLES = []

ARTICLES.append(A(
    id="r3_fa_006_iran_summons_e3_envoys_iran_air", date="2024-09-11",
    source="Fars News Agency style",
    text="""
احضار سفیر آلمان و کارداران فرانسه و انگلیس به وزارت خارجه در پی تحریم «ایران‌ایر»

خبرگزاری فارس- گروه سیاست خارجی: وزارت امور خارجه جمهوری اسلامی ایران امروز چهارشنبه ۲۱ شهریور ۱۴۰۳ سفیر آلمان و کارداران سفارت‌های فرانسه و انگلیس در تهران را در اعتراض به اقدامات «غیرقانونی» سه کشور اروپایی علیه صنعت هوانوردی ایران احضار کرد.

به گزارش فارس، در این احضار که توسط مدیرکل اروپای غربی وزارت خارجه انجام شد، اعتراض شدید جمهوری اسلامی ایران به «اتهامات بی‌اساس» درباره انتقال موشک‌های بالستیک به روسیه به نمایندگان این سه کشور ابلاغ شد.

آلمان، فرانسه و انگلیس روز سه‌شنبه در بیانیه‌ای مشترک اعلام کرده بودند که موافقت‌نامه‌های خدمات هوایی دوجانبه با ایران را لغو می‌کنند و شرکت هواپیمایی «ایران‌ایر» را تحریم خواهند کرد. در این بیانیه آمده بود که ارسال موشک از سوی ایران به روسیه «تشدید خطرناک» جنگ اوکراین است.

در همان روز آنتونی بلینکن وزیر خارجه آمریکا در لندن مدعی شد که روسیه محموله‌ای از موشک‌های بالستیک ایرانی را دریافت کرده است. وزارت خزانه‌داری آمریکا نیز ایران‌ایر و ۱۰ فرد و ۶ نهاد مرتبط را در فهرست تحریم‌ها قرار داد.

سید عباس عراقچی وزیر امور خارجه کشورمان در واکنش به این تصمیم در پیامی در شبکه ایکس نوشت: «آلمان، فرانسه و انگلیس به اعتیاد تحریم آمریکا ادامه می‌دهند؛ این اقدام خصمانه، تروریسم اقتصادی علیه ملت ایران است.» وی تأکید کرد که ایران هیچ موشک بالستیکی به روسیه تحویل نداده است.

ناصر کنعانی سخنگوی پیشین وزارت خارجه نیز هفته گذشته این ادعاها را «جنگ روانی» خوانده بود.

بر اساس این تحریم‌ها، پروازهای ایران‌ایر به شهرهای اروپایی از جمله هامبورگ، پاریس و لندن متوقف می‌شود. ایران‌ایر در حال حاضر به حدود ۱۰ مقصد اروپایی پرواز دارد.

یک مقام آگاه در سازمان هواپیمایی کشوری گفت مسافرانی که بلیت پروازهای اروپا را خریداری کرده‌اند می‌توانند وجه آن را دریافت کنند.

در همین حال، شاخص کل بورس تهران امروز با افت ۱۲ هزار واحدی همراه بود.

انتهای پیام/
""",
    persons=[
        P("Antony Blinken", "آنتونی بلینکن", "Secretary of State", "US"),
        P("Abbas Araghchi", "عباس عراقچی", "Minister of Foreign Affairs", "IR"),
    ],
    events=[
        E("other", "IR", "DE", [], "Tehran", "2024-09-11",
          "سفیر آلمان و کارداران سفارت‌های فرانسه و انگلیس در تهران را در اعتراض به اقدامات «غیرقانونی» سه کشور اروپایی علیه صنعت هوانوردی ایران احضار کرد"),
        E("other", "IR", "FR", [], "Tehran", "2024-09-11",
          "سفیر آلمان و کارداران سفارت‌های فرانسه و انگلیس در تهران را در اعتراض به اقدامات «غیرقانونی» سه کشور اروپایی علیه صنعت هوانوردی ایران احضار کرد"),
        E("other", "IR", "GB", [], "Tehran", "2024-09-11",
          "سفیر آلمان و کارداران سفارت‌های فرانسه و انگلیس در تهران را در اعتراض به اقدامات «غیرقانونی» سه کشور اروپایی علیه صنعت هوانوردی ایران احضار کرد"),
        E("agreement", "DE FR GB", None, [], None, "2024-09-10",
          "آلمان، فرانسه و انگلیس روز سه‌شنبه در بیانیه‌ای مشترک اعلام کرده بودند"),
        E("sanction", "DE", "IR", [], None, "2024-09-10",
          "موافقت‌نامه‌های خدمات هوایی دوجانبه با ایران را لغو می‌کنند و شرکت هواپیمایی «ایران‌ایر» را تحریم خواهند کرد"),
        E("sanction", "FR", "IR", [], None, "2024-09-10",
          "موافقت‌نامه‌های خدمات هوایی دوجانبه با ایران را لغو می‌کنند و شرکت هواپیمایی «ایران‌ایر» را تحریم خواهند کرد"),
        E("sanction", "GB", "IR", [], None, "2024-09-10",
          "موافقت‌نامه‌های خدمات هوایی دوجانبه با ایران را لغو می‌کنند و شرکت هواپیمایی «ایران‌ایر» را تحریم خواهند کرد"),
        E("statement_criticism", "US", "IR", ["Antony Blinken"], "London", "2024-09-10",
          "مدعی شد که روسیه محموله‌ای از موشک‌های بالستیک ایرانی را دریافت کرده است", topics="regional conflicts"),
        E("sanction", "US", "IR", [], None, "2024-09-10",
          "وزارت خزانه‌داری آمریکا نیز ایران‌ایر و ۱۰ فرد و ۶ نهاد مرتبط را در فهرست تحریم‌ها قرار داد"),
        E("statement_criticism", "IR", "DE", ["Abbas Araghchi"], None, None,
          "این اقدام خصمانه، تروریسم اقتصادی علیه ملت ایران است"),
        E("statement_criticism", "IR", "FR", ["Abbas Araghchi"], None, None,
          "این اقدام خصمانه، تروریسم اقتصادی علیه ملت ایران است"),
        E("statement_criticism", "IR", "GB", ["Abbas Araghchi"], None, None,
          "این اقدام خصمانه، تروریسم اقتصادی علیه ملت ایران است"),
    ],
    notes="E3 and US measures against Iran Air over ballistic missiles for Russia, announced Tuesday 10 September 2024 (Blinken in London), Iran's summons on Wednesday 11 September (21 Shahrivar 1403): the E3 joint statement cancelling air services agreements, the US designations of Iran Air, Araghchi's 'addiction to sanctions' and 'economic terrorism' post follow the record in outline; who exactly was summoned (German ambassador, French and British chargés), the director-general, the US figures (10 persons, 6 entities) and the flights item are illustrative. One summons (other) per summoned state; the E3 statement is an agreement of DE, FR, GB plus one sanction each on Iran (the cancellation of air services agreements folded in). US designations of Iran Air and related persons and entities: one sanction US->IR. Blinken's claim is a criticism US->IR (Russia's receiving missiles not a separate criticism of RU). Araghchi's post names the three: one criticism each (the US only as the 'addiction' metaphor: no event). Background: Kanaani's remark 'last week'. The E3 statement's words on the war in Ukraine are part of the same statement. Trap: Tehran stock index; Kanaani, 'former spokesman', not listed.",
))

ARTICLES.append(A(
    id="r3_fa_007_iran_russia_china_letter_2231_ends", date="2025-10-18", orgs="UN UNSC IAEA",
    source="IRNA (Islamic Republic News Agency) style",
    text="""
نامه مشترک ایران، روسیه و چین به گوترش: قطعنامه ۲۲۳۱ امروز پایان یافت

نیویورک- ایرنا- نمایندگان دائم جمهوری اسلامی ایران، فدراسیون روسیه و جمهوری خلق چین در سازمان ملل در نامه‌ای مشترک به آنتونیو گوترش دبیرکل و رئیس دوره‌ای شورای امنیت اعلام کردند که بر اساس بند ۸ قطعنامه ۲۲۳۱، همه مفاد این قطعنامه پس از ۱۸ اکتبر ۲۰۲۵ (۲۶ مهر ۱۴۰۴) خاتمه می‌یابد.

به گزارش ایرنا، این نامه که روز جمعه به امضای امیرسعید ایروانی، واسیلی نبنزیا و فو تسونگ رسید، تصریح می‌کند که این تاریخ «پایان رسیدگی شورای امنیت به موضوع هسته‌ای ایران» است و تلاش سه کشور اروپایی برای فعال‌سازی سازوکار موسوم به «اسنپ‌بک» از نظر حقوقی و رویه‌ای «فاقد اعتبار» است.

وزارت امور خارجه جمهوری اسلامی ایران نیز امروز شنبه در بیانیه‌ای اعلام کرد که از این پس همه محدودیت‌های مربوط به برنامه هسته‌ای ایران منتفی است. در این بیانیه آمده است: «آلمان، فرانسه و انگلیس با نقض تعهدات خود در برجام، هیچ صلاحیتی برای استناد به سازوکار حل اختلاف نداشتند.»

سید عباس عراقچی وزیر امور خارجه شامگاه جمعه در تماس تلفنی با سرگئی لاوروف وزیر خارجه روسیه درباره هماهنگی مواضع دو کشور در شورای امنیت گفت‌وگو کرد.

اسماعیل بقائی سخنگوی وزارت امور خارجه هم از «پایبندی روسیه و چین به حقوق بین‌الملل» قدردانی کرد و گفت همکاری تهران با آژانس بین‌المللی انرژی اتمی در چارچوب قانون مصوب مجلس ادامه خواهد یافت.

ماریا زاخارووا سخنگوی وزارت خارجه روسیه نیز گفت مسکو بازگشت تحریم‌های شورای امنیت علیه ایران را به رسمیت نمی‌شناسد.

در تهران، جمعی از نمایندگان مجلس شورای اسلامی در بیانیه‌ای سه کشور اروپایی را «شریک جرم آمریکا» خواندند و خواستار بازنگری در همکاری با آژانس شدند.

قطعنامه ۲۲۳۱ در تیرماه ۱۳۹۴ برای تأیید برجام به تصویب رسیده بود. سه کشور اروپایی در شهریورماه روند بازگرداندن تحریم‌ها را آغاز کردند و این تحریم‌ها از هفتم مهر دوباره اعمال شد.

در خبری دیگر، نرخ دلار در بازار آزاد تهران امروز تغییر محسوسی نداشت.

۳۰۴۱/ ۲۰۸۷
""",
    persons=[
        P("Antonio Guterres", "آنتونیو گوترش", "Secretary-General of the United Nations", None),
        P("Amir Saeid Iravani", "امیرسعید ایروانی", "Permanent Representative to the UN", "IR"),
        P("Vasily Nebenzya", "واسیلی نبنزیا", "Permanent Representative to the UN", "RU"),
        P("Fu Cong", "فو تسونگ", "Permanent Representative to the UN", "CN"),
        P("Abbas Araghchi", "عباس عراقچی", "Minister of Foreign Affairs", "IR"),
        P("Sergey Lavrov", "سرگئی لاوروف", "Minister of Foreign Affairs", "RU"),
        P("Esmaeil Baghaei", "اسماعیل بقائی", "Spokesman of the Ministry of Foreign Affairs", "IR"),
        P("Maria Zakharova", "ماریا زاخارووا", "Spokeswoman of the Ministry of Foreign Affairs", "RU"),
    ],
    events=[
        E("agreement", "IR RU CN", None, ["Amir Saeid Iravani", "Vasily Nebenzya", "Fu Cong"], "New York", "2025-10-17",
          "در نامه‌ای مشترک به آنتونیو گوترش دبیرکل و رئیس دوره‌ای شورای امنیت اعلام کردند",
          topics="political cooperation"),
        E("statement_criticism", "IR", "DE", [], None, "2025-10-18",
          "آلمان، فرانسه و انگلیس با نقض تعهدات خود در برجام، هیچ صلاحیتی برای استناد به سازوکار حل اختلاف نداشتند"),
        E("statement_criticism", "IR", "FR", [], None, "2025-10-18",
          "آلمان، فرانسه و انگلیس با نقض تعهدات خود در برجام، هیچ صلاحیتی برای استناد به سازوکار حل اختلاف نداشتند"),
        E("statement_criticism", "IR", "GB", [], None, "2025-10-18",
          "آلمان، فرانسه و انگلیس با نقض تعهدات خود در برجام، هیچ صلاحیتی برای استناد به سازوکار حل اختلاف نداشتند"),
        E("other", "IR RU", None, ["Abbas Araghchi", "Sergey Lavrov"], None, "2025-10-17",
          "عراقچی وزیر امور خارجه شامگاه جمعه در تماس تلفنی با سرگئی لاوروف وزیر خارجه روسیه"),
        E("statement_praise", "IR RU", "RU", ["Esmaeil Baghaei"], None, None,
          "از «پایبندی روسیه و چین به حقوق بین‌الملل» قدردانی کرد"),
        E("statement_praise", "IR CN", "CN", ["Esmaeil Baghaei"], None, None,
          "از «پایبندی روسیه و چین به حقوق بین‌الملل» قدردانی کرد"),
    ],
    notes="Joint letter of Iran, Russia and China to the UN Secretary-General and the Security Council president on the termination of resolution 2231 after 18 October 2025 (Termination Day; article Saturday 18 October = 26 Mehr 1404): the letter's content, the three envoys and the 'legally and procedurally flawed' snapback follow the record; the letter is dated here Friday 17 October (reports vary: doubtful), the MFA statement's quote, the Araghchi-Lavrov call, Baghaei's thanks and the MPs' statement are illustrative. The letter is an agreement of IR, RU, CN (the criticism of the E3 inside it is folded into the agreement, as data/realistic fa_020 folds a final statement's condemnation). The Iranian MFA statement's charge against the E3: one criticism per state. Zakharova 'does not recognise' the return of UN sanctions: negated act, no event (and no recognition). Guterres listed with country null; his addressee role is no event. Traps: Majlis MPs' statement (MPs do not act for the state: no event, not listed); 'قانون مصوب مجلس'; the dollar rate. Background: 2231 adopted in 1394; snapback started in Shahrivar and sanctions back on 7 Mehr (over 20 days but no act dated by day in this text).",
))

ARTICLES.append(A(
    id="r3_fa_008_kunar_earthquake_condolences", date="2025-09-01", orgs="UN",
    source="TOLOnews style (Kabul, Dari)",
    text="""
کشورهای منطقه با قربانیان زلزله کنر ابراز همدردی کردند؛ امارت اسلامی خواستار کمک‌های فوری شد

طلوع‌نیوز – کابل، دوشنبه ۱۰ سنبله ۱۴۰۴

پس از زلزله ۶ ریشتری شامگاه یکشنبه که ولسوالی‌های نورگل، چوکی و سوکی ولایت کنر و بخش‌هایی از ننگرهار را لرزاند، چندین کشور با حکومت و مردم افغانستان ابراز همدردی کردند.

به گفته ذبیح‌الله مجاهد سخنگوی امارت اسلامی، تا ظهر امروز بیش از ۸۰۰ تن جان باخته و بیش از ۲۵۰۰ تن دیگر زخمی شده‌اند. تیم‌های نجات برای رسیدن به قریه‌های کوهستانی با مشکل روبرو هستند.

اسماعیل بقائی سخنگوی وزارت خارجه ایران در پیامی به دولت و مردم افغانستان تسلیت گفت و افزود که جمهوری اسلامی ایران آماده ارسال کمک‌های امدادی است. هلال احمر ایران نیز اعلام کرد که یک تیم امدادی به کنر می‌فرستد.

محمد شهباز شریف صدراعظم پاکستان در پیامی در شبکه ایکس نوشت که «عمیقاً از خسارات جانی زلزله اندوهگین» است و به خانواده‌های قربانیان تسلیت گفت.

وزارت خارجه چین نیز با نشر اعلامیه‌ای تسلیت خود را ابراز کرد و گفت پکن بر اساس نیازهای افغانستان کمک‌های بشردوستانه ارائه خواهد کرد.

سوبرامانیام جی‌شنکر وزیر خارجه هند در تماس تلفنی با مولوی امیرخان متقی وزیر خارجه امارت اسلامی، به مردم افغانستان تسلیت گفت و از ارسال ۱۰۰۰ خیمه و ۱۵ تُن مواد غذایی به کابل خبر داد.

شوکت میرضیایف رئیس‌جمهور ازبکستان هم در پیامی به ملا محمد حسن آخوند رئیس‌الوزرای امارت اسلامی، تسلیت گفت. وزارت خارجه روسیه نیز با مردم افغانستان ابراز همدردی کرد.

آنتونیو گوترش سرمنشی ملل متحد گفت این سازمان برای کمک به آسیب‌دیدگان بسیج شده است.

در همین حال، ذبیح‌الله مجاهد از کشورهای ایران، پاکستان، چین، هند و ازبکستان به خاطر «همدردی و همکاری به موقع» تشکر کرد و از نهادهای بین‌المللی خواست کمک‌های خود را افزایش دهند.

این زلزله ویرانگرترین زمین‌لرزه افغانستان پس از زلزله ۱۴۰۲ هرات است.

بورد کرکت افغانستان نیز اعلام کرد که بازیکنان تیم ملی در تمرینات امروز به یاد قربانیان یک دقیقه سکوت کردند.
""",
    persons=[
        P("Zabihullah Mujahid", "ذبیح‌الله مجاهد", "Spokesman of the Islamic Emirate", "AF"),
        P("Esmaeil Baghaei", "اسماعیل بقائی", "Spokesman of the Ministry of Foreign Affairs", "IR"),
        P("Shehbaz Sharif", "محمد شهباز شریف", "Prime Minister", "PK"),
        P("Subrahmanyam Jaishankar", "سوبرامانیام جی‌شنکر", "Minister of External Affairs", "IN"),
        P("Amir Khan Muttaqi", "امیرخان متقی", "Minister of Foreign Affairs", "AF"),
        P("Shavkat Mirziyoyev", "شوکت میرضیایف", "President", "UZ"),
        P("Mohammad Hassan Akhund", "محمد حسن آخوند", "Prime Minister", "AF"),
        P("Antonio Guterres", "آنتونیو گوترش", "Secretary-General of the United Nations", None),
    ],
    events=[
        E("other", "IR AF", "AF", ["Esmaeil Baghaei"], None, None,
          "در پیامی به دولت و مردم افغانستان تسلیت گفت", topics="humanitarian"),
        E("other", "PK AF", "AF", ["Shehbaz Sharif"], None, None,
          "به خانواده‌های قربانیان تسلیت گفت", topics="humanitarian"),
        E("other", "CN AF", "AF", [], None, None,
          "وزارت خارجه چین نیز با نشر اعلامیه‌ای تسلیت خود را ابراز کرد", topics="humanitarian"),
        E("other", "IN AF", "AF", ["Subrahmanyam Jaishankar", "Amir Khan Muttaqi"], None, None,
          "در تماس تلفنی با مولوی امیرخان متقی وزیر خارجه امارت اسلامی، به مردم افغانستان تسلیت گفت",
          topics="humanitarian"),
        E("other", "UZ AF", "AF", ["Shavkat Mirziyoyev", "Mohammad Hassan Akhund"], None, None,
          "در پیامی به ملا محمد حسن آخوند رئیس‌الوزرای امارت اسلامی، تسلیت گفت", topics="humanitarian"),
        E("other", "RU AF", "AF", [], None, None,
          "وزارت خارجه روسیه نیز با مردم افغانستان ابراز همدردی کرد", topics="humanitarian"),
        E("statement_praise", "AF IR", "IR", ["Zabihullah Mujahid"], None, "2025-09-01",
          "از کشورهای ایران، پاکستان، چین، هند و ازبکستان به خاطر «همدردی و همکاری به موقع» تشکر کرد"),
        E("statement_praise", "AF PK", "PK", ["Zabihullah Mujahid"], None, "2025-09-01",
          "از کشورهای ایران، پاکستان، چین، هند و ازبکستان به خاطر «همدردی و همکاری به موقع» تشکر کرد"),
        E("statement_praise", "AF CN", "CN", ["Zabihullah Mujahid"], None, "2025-09-01",
          "از کشورهای ایران، پاکستان، چین، هند و ازبکستان به خاطر «همدردی و همکاری به موقع» تشکر کرد"),
        E("statement_praise", "AF IN", "IN", ["Zabihullah Mujahid"], None, "2025-09-01",
          "از کشورهای ایران، پاکستان، چین، هند و ازبکستان به خاطر «همدردی و همکاری به موقع» تشکر کرد"),
        E("statement_praise", "AF UZ", "UZ", ["Zabihullah Mujahid"], None, "2025-09-01",
          "از کشورهای ایران، پاکستان، چین، هند و ازبکستان به خاطر «همدردی و همکاری به موقع» تشکر کرد"),
    ],
    notes="Kunar earthquake of Sunday night 31 August 2025, article Monday 1 September (10 Sunbula 1404): the districts, the magnitude (6.0), messages of Iran, Pakistan, China, India (tents and food), Uzbekistan and Russia follow the record in outline; the toll 'by noon' (800 dead, 2,500 injured), the exact wording, Jaishankar's call as the channel of India's condolence, Mujahid's thanks and the cricket item are illustrative. Condolence is 'other' with the consoled state as target and in participants (as data/general2 ar_026). India's condolence given in a phone call is one 'other' IN-AF (the call and the condolence folded: same parties, same type; doubtful). Messages dated only 'after the quake' (from Sunday night to today): date null. Aid offers and shipments (Iran, China, India, Red Crescent) are no event type. The UN's mobilisation: organisation act, no event (Guterres listed, country null). Mujahid's thanks: one praise per named state, dated today (doubtful). Afghan government code AF. Dari forms: ولسوالی، قریه، صدراعظم، رئیس‌الوزرا، سرمنشی، خیمه، نشر، کرکت. Trap: cricket board's minute of silence. Background: the 1402 Herat earthquake.",
))

ARTICLES.append(A(
    id="r3_fa_009_kabul_wang_yi_trilateral", date="2025-08-20",
    source="Bakhtar News Agency style (Kabul, Dari)",
    text="""
ششمین نشست سه‌جانبه وزرای خارجه افغانستان، چین و پاکستان در کابل برگزار شد

کابل (باختر) ۲۹ اسد ۱۴۰۴

ششمین نشست گفت‌وگوی سه‌جانبه وزرای امور خارجه افغانستان، چین و پاکستان امروز چهارشنبه به میزبانی مولوی امیرخان متقی وزیر امور خارجه امارت اسلامی در کابل برگزار شد. این نخستین بار است که این میکانیزم در کابل تشکیل جلسه می‌دهد.

وانگ یی وزیر خارجه جمهوری خلق چین صبح امروز از دهلی نو وارد کابل شد. وی که از دوشنبه در سفر هند بود، روز سه‌شنبه در دهلی نو با نریندرا مودی صدراعظم هند دیدار کرده بود. محمد اسحاق دار معاون صدراعظم و وزیر خارجه پاکستان نیز برای اشتراک در این نشست امروز به کابل آمد.

به گزارش باختر، سه طرف در این نشست روی گسترش همکاری‌های سیاسی، اقتصادی، ترانزیتی و امنیتی، مبارزه با مواد مخدر و تمدید دهلیز اقتصادی چین-پاکستان به افغانستان توافق کردند.

وانگ یی پیش از نشست سه‌جانبه با ملا محمد حسن آخوند رئیس‌الوزرای امارت اسلامی و سپس با مولوی امیرخان متقی دیدار کرد. به گفته وزارت خارجه، جانب چینی خواستار آغاز عملی استخراج معادن در سال جاری و پیوستن رسمی افغانستان به ابتکار کمربند و راه شد.

وزیر خارجه چین ارتقای سطح نمایندگی‌های دیپلوماتیک افغانستان و پاکستان به سطح سفیر را «گامی مهم برای تحکیم اعتماد» خواند و از هر دو کشور به خاطر این تصمیم ستایش کرد.

امیرخان متقی نیز از حمایت چین از افغانستان در مجامع بین‌المللی تشکر کرد و گفت: «این میکانیزم سه‌جانبه فرصت خوبی برای استفاده از ظرفیت‌های منطقه است.»

قرار است وانگ یی فردا پنجشنبه به اسلام‌آباد برود و در آنجا ششمین دور گفت‌وگوی راهبردی وزرای خارجه چین و پاکستان را با اسحاق دار برگزار کند.

نشست غیررسمی سه‌جانبه پیشین در ماه جوزا در بیجینگ برگزار شده بود.

در خبری دیگر، وزارت زراعت امارت اسلامی از صادرات ۵۰۰ تن انگور به هند از طریق دهلیز هوایی خبر داد.
""",
    persons=[
        P("Amir Khan Muttaqi", "امیرخان متقی", "Minister of Foreign Affairs", "AF"),
        P("Wang Yi", "وانگ یی", "Minister of Foreign Affairs", "CN"),
        P("Narendra Modi", "نریندرا مودی", "Prime Minister", "IN"),
        P("Ishaq Dar", "محمد اسحاق دار", "Deputy Prime Minister and Minister of Foreign Affairs", "PK"),
        P("Mohammad Hassan Akhund", "محمد حسن آخوند", "Prime Minister", "AF"),
    ],
    events=[
        E("meeting", "AF CN PK", None, ["Amir Khan Muttaqi", "Wang Yi", "Ishaq Dar"], "Kabul", "2025-08-20",
          "ششمین نشست گفت‌وگوی سه‌جانبه وزرای امور خارجه افغانستان، چین و پاکستان امروز چهارشنبه به میزبانی مولوی امیرخان متقی",
          topics="political cooperation; economic cooperation; security"),
        E("visit", "CN AF", None, ["Wang Yi"], "Kabul", "2025-08-20",
          "وانگ یی وزیر خارجه جمهوری خلق چین صبح امروز از دهلی نو وارد کابل شد"),
        E("visit", "CN IN", None, ["Wang Yi"], "New Delhi", "2025-08-18", "وی که از دوشنبه در سفر هند بود"),
        E("meeting", "IN CN", None, ["Narendra Modi", "Wang Yi"], "New Delhi", "2025-08-19",
          "روز سه‌شنبه در دهلی نو با نریندرا مودی صدراعظم هند دیدار کرده بود"),
        E("visit", "PK AF", None, ["Ishaq Dar"], "Kabul", "2025-08-20",
          "برای اشتراک در این نشست امروز به کابل آمد"),
        E("agreement", "AF CN PK", None, [], "Kabul", "2025-08-20",
          "سه طرف در این نشست روی گسترش همکاری‌های سیاسی، اقتصادی، ترانزیتی و امنیتی، مبارزه با مواد مخدر و تمدید دهلیز اقتصادی چین-پاکستان به افغانستان توافق کردند",
          topics="political cooperation; economic cooperation; security; drug trafficking"),
        E("meeting", "AF CN", None, ["Mohammad Hassan Akhund", "Amir Khan Muttaqi", "Wang Yi"], "Kabul", "2025-08-20",
          "وانگ یی پیش از نشست سه‌جانبه با ملا محمد حسن آخوند رئیس‌الوزرای امارت اسلامی و سپس با مولوی امیرخان متقی دیدار کرد",
          topics="economic cooperation"),
        E("statement_praise", "CN AF", "AF", ["Wang Yi"], "Kabul", "2025-08-20",
          "از هر دو کشور به خاطر این تصمیم ستایش کرد"),
        E("statement_praise", "CN PK", "PK", ["Wang Yi"], "Kabul", "2025-08-20",
          "از هر دو کشور به خاطر این تصمیم ستایش کرد"),
        E("statement_praise", "AF CN", "CN", ["Amir Khan Muttaqi"], "Kabul", "2025-08-20",
          "امیرخان متقی نیز از حمایت چین از افغانستان در مجامع بین‌المللی تشکر کرد"),
        E("visit", "CN PK", None, ["Wang Yi"], "Islamabad", "2025-08-21",
          "قرار است وانگ یی فردا پنجشنبه به اسلام‌آباد برود", status="planned"),
        E("meeting", "PK CN", None, ["Ishaq Dar", "Wang Yi"], "Islamabad", "2025-08-21",
          "ششمین دور گفت‌وگوی راهبردی وزرای خارجه چین و پاکستان را با اسحاق دار برگزار کند", status="planned"),
    ],
    notes="Sixth China-Afghanistan-Pakistan foreign ministers' dialogue, Kabul, Wednesday 20 August 2025 (29 Asad 1404): Wang Yi's arrival from New Delhi (India 18-20 August, Modi on Tuesday 19 August), Dar's attendance, the agreed fields and the CPEC extension, the meetings with Hassan Akhund and Muttaqi, the mining and Belt and Road requests, the praise of the upgrade of representation and the Islamabad strategic dialogue on 21 August follow the record; quotes paraphrased, the grape exports item illustrative. The trilateral is one meeting of three states (as realistic2's multi-state meetings); its agreed points are one agreement of the three. Wang's meeting with Hassan Akhund and Muttaqi is one AF-CN meeting. The India stop (Monday-Tuesday) is within 30 days and dated: visit CN->IN and meeting IN-CN are gold (background rule of realistic2). Praise of the upgrade: one per praised state. Planned: Wang's visit to Islamabad 'tomorrow Thursday' and the strategic dialogue with Dar (meeting PK-CN; doubtful: Dar also met Wang in Kabul, only inside the trilateral). Background: the informal Beijing trilateral in Jawza (no day). Dari forms: اشتراک، دهلیز، میکانیزم، صدراعظم، رئیس‌الوزرا، بیجینگ، جوزا، اسد. Afghan government code AF.",
))

ARTICLES.append(A(
    id="r3_fa_010_kabul_uap_railway_framework", date="2025-07-17",
    source="Pajhwok Afghan News style (Kabul, Dari)",
    text="""
افغانستان، ازبکستان و پاکستان توافقنامه چارچوبی خط آهن ترانس‌افغان را امضا کردند

کابل (پژواک، ۲۶ سرطان ۱۴۰۴): افغانستان، ازبکستان و پاکستان امروز پنجشنبه در کابل توافقنامه چارچوبی مطالعه مشترک امکان‌سنجی پروژه خط آهن ازبکستان-افغانستان-پاکستان را امضا کردند.

این توافقنامه میان وزارت فواید عامه امارت اسلامی، وزارت ترانسپورت ازبکستان و وزارت خطوط آهن پاکستان امضا شد و وزیران خارجه سه کشور، مولوی امیرخان متقی، بختیار سعیدوف و محمد اسحاق دار، شاهد مراسم امضا بودند.

اسحاق دار معاون صدراعظم و وزیر خارجه پاکستان صبح امروز در رأس هیئتی که حنیف عباسی وزیر خطوط آهن و محمد صادق خان نماینده ویژه این کشور برای افغانستان در آن حضور داشتند، وارد کابل شد. بختیار سعیدوف وزیر خارجه ازبکستان نیز شامگاه چهارشنبه به کابل رسیده بود.

پیش از مراسم امضا، وزرای خارجه سه کشور نشست سه‌جانبه‌ای برگزار کردند و بر تعهد خود به ارتباطات منطقه‌ای، صلح و تجارت تأکید ورزیدند.

مسیر پیشنهادی این خط آهن از ترمز در ازبکستان آغاز شده، از مزار شریف، کابل و لوگر می‌گذرد و از گذرگاه خرلاچی در کرم وارد پاکستان می‌شود. طول این خط در خاک افغانستان حدود 640 کیلومتر تخمین زده شده و هزینه آن میان ۵ تا ۷ میلیارد دالر برآورد می‌شود.

اسحاق دار در حاشیه این سفر با ملا محمد حسن آخوند رئیس‌الوزرا، مولوی امیرخان متقی و سراج‌الدین حقانی وزیر داخله امارت اسلامی دیدار کرد. دو طرف توافق کردند که برای تحقق ظرفیت کامل توسعه اقتصادی منطقه در تماس بمانند.

آقای دار در پیامی در شبکه ایکس به مردم و حکومت‌های سه کشور تبریک گفت و از وزیران خارجه ازبکستان و افغانستان به خاطر «حمایت و تعهد برای امضای به‌موقع» این توافقنامه تشکر کرد.

پیشنهاد ساخت این خط آهن نخستین بار در دسامبر ۲۰۱۸ از سوی ازبکستان مطرح شد و مسیر آن در سال ۲۰۲۳ در اسلام‌آباد مورد توافق قرار گرفت.

به گفته مقام‌ها، با بهره‌برداری از این خط، زمان انتقال کالا میان ازبکستان و پاکستان از ۳۵ روز به ۳ تا ۵ روز کاهش می‌یابد.

در همین حال، اتاق تجارت و سرمایه‌گذاری افغانستان از امضای تفاهمنامه‌ای با یک شرکت خصوصی ازبک برای صادرات میوه تازه خبر داد.
""",
    persons=[
        P("Amir Khan Muttaqi", "امیرخان متقی", "Minister of Foreign Affairs", "AF"),
        P("Bakhtiyor Saidov", "بختیار سعیدوف", "Minister of Foreign Affairs", "UZ"),
        P("Ishaq Dar", "محمد اسحاق دار", "Deputy Prime Minister and Minister of Foreign Affairs", "PK"),
        P("Hanif Abbasi", "حنیف عباسی", "Minister of Railways", "PK"),
        P("Mohammad Sadiq Khan", "محمد صادق خان", "Special Representative for Afghanistan", "PK"),
        P("Mohammad Hassan Akhund", "محمد حسن آخوند", "Prime Minister", "AF"),
        P("Sirajuddin Haqqani", "سراج‌الدین حقانی", "Minister of Interior", "AF"),
    ],
    events=[
        E("agreement", "AF UZ PK", None, ["Amir Khan Muttaqi", "Bakhtiyor Saidov", "Ishaq Dar"], "Kabul", "2025-07-17",
          "توافقنامه چارچوبی مطالعه مشترک امکان‌سنجی پروژه خط آهن ازبکستان-افغانستان-پاکستان را امضا کردند",
          topics="economic cooperation; trade"),
        E("visit", "PK AF", None, ["Ishaq Dar", "Hanif Abbasi", "Mohammad Sadiq Khan"], "Kabul", "2025-07-17",
          "صبح امروز در رأس هیئتی که حنیف عباسی وزیر خطوط آهن و محمد صادق خان نماینده ویژه این کشور برای افغانستان در آن حضور داشتند، وارد کابل شد"),
        E("visit", "UZ AF", None, ["Bakhtiyor Saidov"], "Kabul", "2025-07-16",
          "بختیار سعیدوف وزیر خارجه ازبکستان نیز شامگاه چهارشنبه به کابل رسیده بود"),
        E("meeting", "AF UZ PK", None, ["Amir Khan Muttaqi", "Bakhtiyor Saidov", "Ishaq Dar"], "Kabul", "2025-07-17",
          "وزرای خارجه سه کشور نشست سه‌جانبه‌ای برگزار کردند", topics="economic cooperation; trade"),
        E("meeting", "AF PK", None, ["Mohammad Hassan Akhund", "Amir Khan Muttaqi", "Sirajuddin Haqqani", "Ishaq Dar"],
          "Kabul", "2025-07-17",
          "اسحاق دار در حاشیه این سفر با ملا محمد حسن آخوند رئیس‌الوزرا، مولوی امیرخان متقی و سراج‌الدین حقانی وزیر داخله امارت اسلامی دیدار کرد",
          topics="economic cooperation"),
        E("statement_praise", "PK UZ", "UZ", ["Ishaq Dar"], None, "2025-07-17",
          "از وزیران خارجه ازبکستان و افغانستان به خاطر «حمایت و تعهد برای امضای به‌موقع» این توافقنامه تشکر کرد"),
        E("statement_praise", "PK AF", "AF", ["Ishaq Dar"], None, "2025-07-17",
          "از وزیران خارجه ازبکستان و افغانستان به خاطر «حمایت و تعهد برای امضای به‌موقع» این توافقنامه تشکر کرد"),
    ],
    notes="Framework agreement on the joint feasibility study of the Uzbekistan-Afghanistan-Pakistan railway, Kabul, Thursday 17 July 2025 (26 Saratan 1404): the signing ministries, the three foreign ministers as witnesses, Dar's day visit with Abbasi and Sadiq Khan, the trilateral meeting, Dar's meetings with Hassan Akhund, Muttaqi and Haqqani, his post congratulating and thanking, the route, 640 km, 5-7 billion dollars and 35 to 3-5 days follow the record; Saidov's arrival on Wednesday night is illustrative. The agreement signed by ministries is an agreement of the three states. Dar's congratulation 'to the people and governments of the three countries' (his own included, on a shared act) is not a congratulation event (doubtful); his thanks are praise of UZ and AF. Saidov's own meeting with Muttaqi is not stated: no AF-UZ meeting apart from the trilateral. Background: the 2018 proposal and the 2023 route. Trap: a chamber of commerce MoU with a private Uzbek company. Dari forms: سرطان، فواید عامه، ترانسپورت، دالر، رئیس‌الوزرا، وزیر داخله. Latin digits once (640).",
))
