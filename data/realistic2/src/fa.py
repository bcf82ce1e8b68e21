"""Persian articles of realistic2 with their gold facts (see ../README.md)."""
from build import A, E, P

ARTICLES = []

ARTICLES.append(A(
    id="r2_fa_001_khankendi_eco_summit", date="2025-07-04", orgs="ECO",
    source="IRNA (Islamic Republic News Agency) style",
    text="""
پزشکیان در حاشیه اجلاس اکو با اردوغان، رحمان و شهباز شریف دیدار کرد

خانکندی- ایرنا- رئیس جمهور کشورمان که امروز جمعه ۱۳ تیرماه برای شرکت در هفدهمین اجلاس سران سازمان همکاری اقتصادی (اکو) وارد شهر خانکندی در جمهوری آذربایجان شده است، در حاشیه این اجلاس با رؤسای جمهور ترکیه و تاجیکستان و نخست‌وزیر پاکستان دیدار و گفت‌وگو کرد.

هفدهمین نشست سران اکو امروز به میزبانی الهام علی‌اف رئیس جمهور آذربایجان و با حضور مسعود پزشکیان، رجب طیب اردوغان رئیس جمهور ترکیه، شهباز شریف نخست‌وزیر پاکستان، شوکت میرضیایف رئیس جمهور ازبکستان، امامعلی رحمان رئیس جمهور تاجیکستان و صدر ژاپاروف رئیس جمهور قرقیزستان برگزار شد. قزاقستان و ترکمنستان در سطح معاون نخست‌وزیر در نشست حضور داشتند.

پزشکیان در سخنرانی خود در این اجلاس، تجاوز رژیم صهیونیستی و آمریکا به خاک ایران را «نقض آشکار منشور ملل متحد» خواند و از کشورهای عضو که این حملات را محکوم کردند، قدردانی کرد.

رئیس جمهور در دیدار با اردوغان بر ضرورت تقویت همکاری‌های سه‌جانبه ایران، ترکیه و پاکستان تأکید کرد. اردوغان نیز حمله به ایران را «غیرقابل قبول» دانست.

پزشکیان پیش از آن در دیدار با شهباز شریف از مواضع «شجاعانه» دولت و ملت پاکستان در جنگ تحمیلی ۱۲ روزه سپاسگزاری کرد و در دیدار با رحمان، دو طرف بر اجرای توافق‌های سفر اخیر رئیس جمهور به دوشنبه تأکید کردند.

در پایان اجلاس، «بیانیه خانکندی» به تصویب سران کشورهای عضو رسید که بر گسترش تجارت منطقه‌ای و کریدورهای حمل‌ونقل تأکید دارد.

اجلاس سران اکو در حالی برگزار شد که شهر خانکندی تا دو سال پیش در کنترل جدایی‌طلبان ارمنی بود.

گفتنی است سازمان همکاری اقتصادی در سال ۱۳۶۴ توسط ایران، پاکستان و ترکیه پایه‌گذاری شد و اکنون ۱۰ عضو دارد.

همچنین تیم ملی والیبال ایران امروز در چارچوب لیگ ملت‌ها به مصاف تیم ترکیه رفت.

۳۱۸۵/ ۱۴۲۳
""",
    persons=[
        P("Masoud Pezeshkian", "مسعود پزشکیان", "President", "IR"),
        P("Ilham Aliyev", "الهام علی‌اف", "President", "AZ"),
        P("Recep Tayyip Erdogan", "رجب طیب اردوغان", "President", "TR"),
        P("Shehbaz Sharif", "شهباز شریف", "Prime Minister", "PK"),
        P("Shavkat Mirziyoyev", "شوکت میرضیایف", "President", "UZ"),
        P("Emomali Rahmon", "امامعلی رحمان", "President", "TJ"),
        P("Sadyr Japarov", "صدر ژاپاروف", "President", "KG"),
    ],
    events=[
        E("visit", "IR AZ", None, ["Masoud Pezeshkian"], "Khankendi", "2025-07-04",
          "وارد شهر خانکندی در جمهوری آذربایجان شده است"),
        E("summit", "AZ IR TR PK UZ TJ KG KZ TM", None,
          ["Ilham Aliyev", "Masoud Pezeshkian", "Recep Tayyip Erdogan", "Shehbaz Sharif", "Shavkat Mirziyoyev",
           "Emomali Rahmon", "Sadyr Japarov"], "Khankendi", "2025-07-04",
          "هفدهمین نشست سران اکو امروز به میزبانی الهام علی‌اف رئیس جمهور آذربایجان",
          topics="economic cooperation; trade"),
        E("statement_criticism", "IR", "IL", ["Masoud Pezeshkian"], "Khankendi", "2025-07-04",
          "تجاوز رژیم صهیونیستی و آمریکا به خاک ایران را «نقض آشکار منشور ملل متحد» خواند", topics="regional conflicts"),
        E("statement_criticism", "IR", "US", ["Masoud Pezeshkian"], "Khankendi", "2025-07-04",
          "تجاوز رژیم صهیونیستی و آمریکا به خاک ایران را «نقض آشکار منشور ملل متحد» خواند", topics="regional conflicts"),
        E("meeting", "IR TR", None, ["Masoud Pezeshkian", "Recep Tayyip Erdogan"], "Khankendi", "2025-07-04",
          "رئیس جمهور در دیدار با اردوغان", topics="political cooperation"),
        E("meeting", "IR PK", None, ["Masoud Pezeshkian", "Shehbaz Sharif"], "Khankendi", "2025-07-04",
          "در دیدار با شهباز شریف"),
        E("statement_praise", "IR PK", "PK", ["Masoud Pezeshkian"], "Khankendi", "2025-07-04",
          "از مواضع «شجاعانه» دولت و ملت پاکستان در جنگ تحمیلی ۱۲ روزه سپاسگزاری کرد"),
        E("meeting", "IR TJ", None, ["Masoud Pezeshkian", "Emomali Rahmon"], "Khankendi", "2025-07-04",
          "در دیدار با رحمان"),
        E("agreement", "AZ IR TR PK UZ TJ KG KZ TM", None, [], "Khankendi", "2025-07-04",
          "«بیانیه خانکندی» به تصویب سران کشورهای عضو رسید", topics="trade; economic cooperation"),
    ],
    notes="17th ECO summit, Khankendi, Friday 13 Tir 1404 = 4 July 2025: host Aliyev, Pezeshkian, Erdogan, Sharif, Mirziyoyev, Rahmon, Japarov and Pezeshkian's three sideline meetings follow the record; Kazakhstan's and Turkmenistan's level of representation and Afghanistan's absence are illustrative (not checked; Afghanistan not counted), quotes paraphrased, the 'Khankendi Declaration' name follows reports in outline. Visit IR->AZ (the arrival). Summit: members present (KZ, TM included at deputy level; doubtful). Pezeshkian's condemnation names Israel and the US: two criticisms. His thanks to members that condemned the strikes (unnamed): no event; thanks to Pakistan: praise IR->PK. Erdogan's 'unacceptable' attack names no attacker: no event. Multilateral meetings are one per pair. Background: the 'recent trip to Dushanbe' (no day) not annotated. Trap: volleyball.",
))

ARTICLES.append(A(
    id="r2_fa_002_pezeshkian_islamabad_12_documents", date="2025-08-03",
    source="Tasnim News Agency style",
    text="""
امضای ۱۲ سند همکاری میان ایران و پاکستان در سفر پزشکیان به اسلام‌آباد

به گزارش خبرگزاری تسنیم، مسعود پزشکیان رئیس جمهور کشورمان که از روز شنبه در رأس یک هیئت عالی‌رتبه سیاسی و اقتصادی به پاکستان سفر کرده است، امروز یکشنبه ۱۲ مرداد ۱۴۰۴ در کاخ نخست‌وزیری اسلام‌آباد مورد استقبال رسمی محمد شهباز شریف نخست‌وزیر پاکستان قرار گرفت.

دو طرف پس از مراسم استقبال، ابتدا در قالب دیدار خصوصی و سپس در نشست هیئت‌های عالی‌رتبه دو کشور گفت‌وگو کردند. در این نشست اسحاق دار معاون نخست‌وزیر و وزیر امور خارجه و فیلد مارشال سید عاصم منیر فرمانده ارتش پاکستان نیز حضور داشتند.

در پایان مذاکرات، ۱۲ سند و یادداشت تفاهم همکاری در زمینه‌های تجارت، ترانزیت، گردشگری، فرهنگ، علم و فناوری و مبارزه با قاچاق میان دو کشور امضا شد و دو طرف هدف رساندن حجم مبادلات تجاری به ۱۰ میلیارد دلار را اعلام کردند.

شهباز شریف در نشست خبری مشترک، حمله رژیم صهیونیستی به ایران را «تجاوز آشکار» خواند و آن را محکوم کرد و گفت پاکستان از حق ایران برای استفاده صلح‌آمیز از انرژی هسته‌ای حمایت می‌کند.

پزشکیان نیز از حمایت دولت و مردم پاکستان در جریان جنگ ۱۲ روزه قدردانی کرد و گفت ملت ایران این همراهی را فراموش نخواهد کرد.

رئیس جمهور روز گذشته پس از ورود به لاهور، با حضور بر مزار علامه اقبال لاهوری ادای احترام کرد و با مریم نواز شریف سرپرست ایالت پنجاب دیدار کرد.

قرار است پزشکیان عصر امروز با آصف علی زرداری رئیس جمهور پاکستان دیدار کند و سپس اسلام‌آباد را به مقصد تهران ترک کند.

این نخستین سفر پزشکیان به پاکستان پس از آغاز ریاست جمهوری اوست. سید ابراهیم رئیسی رئیس جمهور فقید نیز در اردیبهشت سال گذشته به اسلام‌آباد سفر کرده بود.

در خبری دیگر، قیمت دلار در بازار آزاد تهران امروز اندکی کاهش یافت.

انتهای پیام/
""",
    persons=[
        P("Masoud Pezeshkian", "مسعود پزشکیان", "President", "IR"),
        P("Shehbaz Sharif", "محمد شهباز شریف", "Prime Minister", "PK"),
        P("Ishaq Dar", "اسحاق دار", "Deputy Prime Minister and Minister of Foreign Affairs", "PK"),
        P("Asim Munir", "سید عاصم منیر", "Chief of Army Staff", "PK", rank="Field Marshal"),
        P("Asif Ali Zardari", "آصف علی زرداری", "President", "PK"),
    ],
    events=[
        E("visit", "IR PK", None, ["Masoud Pezeshkian"], "Lahore", "2025-08-02",
          "از روز شنبه در رأس یک هیئت عالی‌رتبه سیاسی و اقتصادی به پاکستان سفر کرده است"),
        E("meeting", "PK IR", None, ["Shehbaz Sharif", "Masoud Pezeshkian", "Ishaq Dar", "Asim Munir", "Asif Ali Zardari"],
          "Islamabad", "2025-08-03", "دو طرف پس از مراسم استقبال، ابتدا در قالب دیدار خصوصی",
          topics="trade; political cooperation"),
        E("agreement", "IR PK", None, [], "Islamabad", "2025-08-03",
          "۱۲ سند و یادداشت تفاهم همکاری در زمینه‌های تجارت، ترانزیت، گردشگری، فرهنگ، علم و فناوری و مبارزه با قاچاق میان دو کشور امضا شد",
          count=12, topics="trade; tourism; culture; science and technology; organized crime"),
        E("statement_criticism", "PK", "IL", ["Shehbaz Sharif"], "Islamabad", "2025-08-03",
          "حمله رژیم صهیونیستی به ایران را «تجاوز آشکار» خواند", topics="regional conflicts"),
        E("statement_praise", "IR PK", "PK", ["Masoud Pezeshkian"], "Islamabad", "2025-08-03",
          "پزشکیان نیز از حمایت دولت و مردم پاکستان در جریان جنگ ۱۲ روزه قدردانی کرد"),
    ],
    notes="Pezeshkian in Pakistan, arrived in Lahore on Saturday 2 August 2025, Islamabad talks on Sunday 3 August (12 Mordad 1404): the welcome, the narrow and delegation talks with Dar and Munir, 12 documents, the 10 billion dollars target, Sharif's condemnation and support for peaceful nuclear energy, the Iqbal mausoleum follow the record; the documents' fields and the Zardari meeting time are illustrative. Visit place: Lahore, where he arrived (doubtful: the capital visited is Islamabad). All Pakistani officials, including the planned Zardari meeting later the same day, fold into one PK-IR meeting. Meeting Maryam Nawaz (provincial head) is not a state act: not annotated, not listed. Sharif's support of Iran's nuclear right: no event type. Background: Raisi's visit 'last Ordibehesht' (month only): not annotated. Trap: dollar price.",
))

ARTICLES.append(A(
    id="r2_fa_003_iran_recalls_e3_ambassadors", date="2025-09-27", orgs="UNSC IAEA",
    source="ISNA (Iranian Students' News Agency) style",
    text="""
ایران سفرای خود در آلمان، فرانسه و انگلیس را برای مشورت فراخواند

خبرگزاری ایسنا- شنبه ۵ مهر ۱۴۰۴: وزارت امور خارجه جمهوری اسلامی ایران امروز در اطلاعیه‌ای اعلام کرد که در واکنش به «اقدام غیرمسئولانه» سه کشور اروپایی در فعال‌سازی سازوکار موسوم به «اسنپ‌بک»، سفرای کشورمان در برلین، پاریس و لندن برای مشورت به تهران فراخوانده شده‌اند.

این تصمیم پس از آن گرفته شد که قطعنامه پیشنهادی روسیه و چین برای تمدید شش‌ماهه قطعنامه ۲۲۳۱ شورای امنیت، روز جمعه در این شورا تصویب نشد و بدین ترتیب تحریم‌های سازمان ملل علیه ایران از بامداد یکشنبه بازمی‌گردد.

سید عباس عراقچی وزیر امور خارجه در پیامی در شبکه ایکس اقدام سه کشور اروپایی را «بی‌اعتبار از نظر حقوقی» خواند و گفت آلمان، فرانسه و انگلیس «هرگونه نقش در دیپلماسی را از دست داده‌اند». عراقچی همچنین آمریکا را مسئول اصلی شکست مذاکرات دانست.

اسماعیل بقائی سخنگوی وزارت امور خارجه نیز از «مواضع اصولی» روسیه و چین در شورای امنیت قدردانی کرد.

روسیه نیز بازگشت تحریم‌ها را «غیرقانونی» دانست. واسیلی نبنزیا نماینده دائم روسیه در سازمان ملل گفت مسکو این تحریم‌ها را به رسمیت نخواهد شناخت.

در مقابل، وزرای خارجه آلمان، فرانسه و انگلیس در بیانیه مشترکی اعلام کردند که ایران فرصت‌های متعدد برای جلوگیری از بازگشت تحریم‌ها را نادیده گرفته است و از تهران خواستند همکاری کامل با آژانس بین‌المللی انرژی اتمی را از سر بگیرد.

مسعود پزشکیان رئیس جمهور که برای شرکت در مجمع عمومی به نیویورک رفته بود، صبح امروز به تهران بازگشت. وی در نیویورک با امانوئل ماکرون رئیس جمهور فرانسه دیدار کرده بود.

در همین حال، بازار ارز تهران پس از این خبر با افزایش نرخ دلار مواجه شد.

انتهای پیام
""",
    persons=[
        P("Abbas Araghchi", "عباس عراقچی", "Minister of Foreign Affairs", "IR"),
        P("Esmaeil Baghaei", "اسماعیل بقائی", "Spokesman of the Ministry of Foreign Affairs", "IR"),
        P("Vasily Nebenzya", "واسیلی نبنزیا", "Permanent Representative to the UN", "RU"),
        P("Masoud Pezeshkian", "مسعود پزشکیان", "President", "IR"),
        P("Emmanuel Macron", "امانوئل ماکرون", "President", "FR"),
    ],
    events=[
        E("other", "IR", "DE", [], None, "2025-09-27",
          "سفرای کشورمان در برلین، پاریس و لندن برای مشورت به تهران فراخوانده شده‌اند"),
        E("other", "IR", "FR", [], None, "2025-09-27",
          "سفرای کشورمان در برلین، پاریس و لندن برای مشورت به تهران فراخوانده شده‌اند"),
        E("other", "IR", "GB", [], None, "2025-09-27",
          "سفرای کشورمان در برلین، پاریس و لندن برای مشورت به تهران فراخوانده شده‌اند"),
        E("statement_criticism", "IR", "DE", ["Abbas Araghchi"], None, None,
          "اقدام سه کشور اروپایی را «بی‌اعتبار از نظر حقوقی» خواند"),
        E("statement_criticism", "IR", "FR", ["Abbas Araghchi"], None, None,
          "اقدام سه کشور اروپایی را «بی‌اعتبار از نظر حقوقی» خواند"),
        E("statement_criticism", "IR", "GB", ["Abbas Araghchi"], None, None,
          "اقدام سه کشور اروپایی را «بی‌اعتبار از نظر حقوقی» خواند"),
        E("statement_criticism", "IR", "US", ["Abbas Araghchi"], None, None,
          "عراقچی همچنین آمریکا را مسئول اصلی شکست مذاکرات دانست"),
        E("statement_praise", "IR RU", "RU", ["Esmaeil Baghaei"], None, None,
          "از «مواضع اصولی» روسیه و چین در شورای امنیت قدردانی کرد"),
        E("statement_praise", "IR CN", "CN", ["Esmaeil Baghaei"], None, None,
          "از «مواضع اصولی» روسیه و چین در شورای امنیت قدردانی کرد"),
        E("agreement", "DE FR GB", None, [], None, None,
          "وزرای خارجه آلمان، فرانسه و انگلیس در بیانیه مشترکی اعلام کردند"),
        E("statement_criticism", "DE", "IR", [], None, None,
          "ایران فرصت‌های متعدد برای جلوگیری از بازگشت تحریم‌ها را نادیده گرفته است"),
        E("statement_criticism", "FR", "IR", [], None, None,
          "ایران فرصت‌های متعدد برای جلوگیری از بازگشت تحریم‌ها را نادیده گرفته است"),
        E("statement_criticism", "GB", "IR", [], None, None,
          "ایران فرصت‌های متعدد برای جلوگیری از بازگشت تحریم‌ها را نادیده گرفته است"),
        E("meeting", "FR IR", None, ["Masoud Pezeshkian", "Emmanuel Macron"], "New York", None,
          "وی در نیویورک با امانوئل ماکرون رئیس جمهور فرانسه دیدار کرده بود"),
    ],
    notes="Iran's recall of its ambassadors from Germany, France and the UK, Saturday 5 Mehr 1404 = 27 September 2025, after the failed Russian-Chinese UNSC draft on Friday 26 September and before the snapback on Sunday: facts follow the record; quotes of Araghchi, Baghaei and Nebenzya and the E3 statement are paraphrased illustrations of real positions. One recall per host state (other IR->DE/FR/GB). Araghchi's criticism: one per E3 state plus the US. Baghaei's thanks: praise of RU and CN. Russia's 'illegal' concerns the UN sanctions (organisation act): no event; 'will not recognise' the sanctions is no recognition (trap). E3 joint statement: agreement of DE, FR, GB and one criticism each of Iran (undated: no day stated). Pezeshkian's New York meeting with Macron (during the UNGA week, no day stated): meeting FR-IR (host unknown: France first as the article names Macron second; doubtful), date null.",
))

ARTICLES.append(A(
    id="r2_fa_004_kabul_islamabad_ambassadors", date="2025-05-30",
    source="TOLOnews style (Kabul, Dari)",
    text="""
پاکستان سطح نمایندگی دیپلوماتیک خود در کابل را به سفیر ارتقا داد

طلوع‌نیوز – کابل، جمعه ۹ جوزا ۱۴۰۴

اسحاق دار معاون نخست‌وزیر و وزیر خارجه پاکستان روز جمعه اعلام کرد که اسلام‌آباد تصمیم گرفته است سطح نمایندگی خود در کابل را از کاردار به سفیر ارتقا دهد. آقای دار در پیامی در شبکه ایکس نوشت که این گام «روابط دو کشور را بیشتر تقویت خواهد کرد».

در واکنش، ضیا احمد تکل معاون سخنگوی وزارت خارجه امارت اسلامی گفت که کابل نیز سطح نمایندگی خود در اسلام‌آباد را به سفیر ارتقا می‌دهد و از این تصمیم پاکستان استقبال کرد.

این تصمیم نُه روز پس از نشست سه‌جانبه وزیران خارجه چین، افغانستان و پاکستان در بیجینگ گرفته می‌شود. در این نشست که روز چهارشنبه ۳۱ ثور به میزبانی وانگ یی وزیر خارجه چین برگزار شد، امیرخان متقی و اسحاق دار بر گسترش دهلیز اقتصادی چین-پاکستان به افغانستان توافق کردند.

وزارت خارجه چین نیز امروز از تصمیم کابل و اسلام‌آباد استقبال کرد و گفت که پکن آماده است به بهبود روابط دو همسایه کمک کند.

روابط کابل و اسلام‌آباد در ماه‌های گذشته به دلیل اخراج مهاجرین افغان از پاکستان و درگیری‌های سرحدی تیره شده بود. محمد صادق خان نماینده ویژه پاکستان برای افغانستان در ماه‌های اخیر چندین بار به کابل سفر کرده است.

به گفته آگاهان، ارتقای سطح روابط می‌تواند زمینه‌ساز حل مشکلات ترانزیتی و تجارتی دو کشور شود.

شماری از تاجران در بندر تورخم می‌گویند که از این تصمیم خوشحال‌اند، اما خواهان حل مشکلات گمرکی هستند.

در همین حال، تیم ملی کرکت افغانستان برای اشتراک در سری مسابقات مقابل زیمبابوی آماده می‌شود.

طلوع‌نیوز
""",
    persons=[
        P("Ishaq Dar", "اسحاق دار", "Deputy Prime Minister and Minister of Foreign Affairs", "PK"),
        P("Zia Ahmad Takal", "ضیا احمد تکل", "Deputy Spokesman of the Ministry of Foreign Affairs", "AF"),
        P("Wang Yi", "وانگ یی", "Minister of Foreign Affairs", "CN"),
        P("Amir Khan Muttaqi", "امیرخان متقی", "Minister of Foreign Affairs", "AF"),
    ],
    events=[
        E("other", "PK AF", None, ["Ishaq Dar"], None, "2025-05-30",
          "اسلام‌آباد تصمیم گرفته است سطح نمایندگی خود در کابل را از کاردار به سفیر ارتقا دهد",
          topics="political cooperation"),
        E("other", "AF PK", None, ["Zia Ahmad Takal"], None, "2025-05-30",
          "کابل نیز سطح نمایندگی خود در اسلام‌آباد را به سفیر ارتقا می‌دهد", topics="political cooperation"),
        E("statement_praise", "AF PK", "PK", ["Zia Ahmad Takal"], None, "2025-05-30",
          "از این تصمیم پاکستان استقبال کرد"),
        E("meeting", "CN AF PK", None, ["Wang Yi", "Amir Khan Muttaqi", "Ishaq Dar"], "Beijing", "2025-05-21",
          "نشست سه‌جانبه وزیران خارجه چین، افغانستان و پاکستان در بیجینگ", topics="economic cooperation; trade"),
        E("agreement", "AF PK", None, ["Amir Khan Muttaqi", "Ishaq Dar"], "Beijing", "2025-05-21",
          "امیرخان متقی و اسحاق دار بر گسترش دهلیز اقتصادی چین-پاکستان به افغانستان توافق کردند",
          topics="economic cooperation"),
        E("statement_praise", "CN AF", "AF", [], None, "2025-05-30",
          "وزارت خارجه چین نیز امروز از تصمیم کابل و اسلام‌آباد استقبال کرد"),
        E("statement_praise", "CN PK", "PK", [], None, "2025-05-30",
          "وزارت خارجه چین نیز امروز از تصمیم کابل و اسلام‌آباد استقبال کرد"),
    ],
    notes="Pakistan's decision to upgrade its Kabul mission to ambassador level, announced by Ishaq Dar on Friday 30 May 2025 (9 Jawza 1404), Kabul's reciprocal step, and the Beijing trilateral of Wednesday 21 May (31 Sawr): facts follow the record; the Takal quote, China's same-day welcome and the Torkham traders are illustrative. An upgrade of representation is 'other' (as suspension of relations in the model set), one per deciding state. The CPEC extension 'agreed' in Beijing: agreement AF-PK (China hosts; doubtful whether CN is a party: left out as in the model set's mediator convention). Background: Sadiq Khan's visits 'in recent months' (no day) and deportations: not annotated. Afghan government code AF. Trap: cricket.",
))

ARTICLES.append(A(
    id="r2_fa_005_dushanbe_rahmon_credentials", date="2025-03-04",
    source="Khovar (National Information Agency of Tajikistan) style, Persian script",
    text="""
پیشوای ملت اعتمادنامه سفیران پنج کشور را پذیرفت

دوشنبه، 4 مارس 2025، «خاور». امروز در کاخ ملت، پیشوای ملت، رئیس جمهوری تاجیکستان امامعلی رحمان اعتمادنامه سفیران فوق‌العاده و مختار پنج کشور خارجی را پذیرفت.

اعتمادنامه‌های خود را سفیر جمهوری فدرال آلمان آندریاس پروبست، سفیر جمهوری اسلامی پاکستان سید علی اسد گیلانی، سفیر جمهوری کره کیم جون‌هو، سفیر پادشاهی عربستان سعودی عبدالله بن سعود الشمری و سفیر جمهوری آذربایجان حسین‌قلی باقروف تقدیم کردند.

پیشوای ملت ضمن تبریک به سفیران به مناسبت انتصاب در این مقام مسئولیت‌دار، ابراز اطمینان کرد که فعالیت آنها به تحکیم روابط دوستانه و همکاری‌های همه‌جانبه میان تاجیکستان و کشورهای متبوعشان مساعدت خواهد کرد.

رئیس جمهوری تاجیکستان توجه سفیران را به ابتکارات جهانی کشور در زمینه آب و اقلیم، از جمله برگزاری کنفرانس بین‌المللی سطح بالا درباره حفظ پیخچال‌ها در ماه مه سال جاری در دوشنبه، جلب کرد و از کشورهای آنها برای اشتراک در آن دعوت به عمل آورد.

در جریان دیدار درباره همکاری در عرصه‌های تجارت، سرمایه‌گذاری، انرژی برق‌آبی، ترانسپورت، معارف و مبارزه با تروریزم و قاچاق مواد مخدر تبادل نظر صورت گرفت.

سفیران نیز سلام و تمنیات نیک رهبران کشورهای خود را به پیشوای ملت ابلاغ کرده، آمادگی خود را برای گسترش روابط اعلام داشتند.

در همین روز، وزیر امور خارجه تاجیکستان سراج‌الدین مهرالدین با سفیر جدید آلمان ملاقات کرد و درباره برگزاری جلسه مشورت‌های سیاسی میان وزارتخانه‌های خارجه دو کشور گفتگو کرد.

یادآور می‌شویم که سال 2025 از طرف سازمان ملل متحد سال بین‌المللی حفظ پیخچال‌ها اعلام شده است.

همچنین تیم ملی فوتبال تاجیکستان برای دیدار با تیم فلسطین در مسابقات مقدماتی جام جهان آماده می‌شود.

«خاور»
""",
    orgs="UN",
    persons=[
        P("Emomali Rahmon", "امامعلی رحمان", "President", "TJ"),
        P("Andreas Probst", "آندریاس پروبست", "Ambassador", "DE"),
        P("Syed Ali Asad Gillani", "سید علی اسد گیلانی", "Ambassador", "PK"),
        P("Kim Jun-ho", "کیم جون‌هو", "Ambassador", "KR"),
        P("Abdullah bin Saud Al-Shammari", "عبدالله بن سعود الشمری", "Ambassador", "SA"),
        P("Huseyngulu Bagirov", "حسین‌قلی باقروف", "Ambassador", "AZ"),
        P("Sirojiddin Muhriddin", "سراج‌الدین مهرالدین", "Minister of Foreign Affairs", "TJ"),
    ],
    events=[
        E("appointment", "DE TJ", None, ["Andreas Probst", "Emomali Rahmon"], "Dushanbe", "2025-03-04",
          "سفیر جمهوری فدرال آلمان آندریاس پروبست"),
        E("appointment", "PK TJ", None, ["Syed Ali Asad Gillani", "Emomali Rahmon"], "Dushanbe", "2025-03-04",
          "سفیر جمهوری اسلامی پاکستان سید علی اسد گیلانی"),
        E("appointment", "KR TJ", None, ["Kim Jun-ho", "Emomali Rahmon"], "Dushanbe", "2025-03-04",
          "سفیر جمهوری کره کیم جون‌هو"),
        E("appointment", "SA TJ", None, ["Abdullah bin Saud Al-Shammari", "Emomali Rahmon"], "Dushanbe", "2025-03-04",
          "سفیر پادشاهی عربستان سعودی عبدالله بن سعود الشمری"),
        E("appointment", "AZ TJ", None, ["Huseyngulu Bagirov", "Emomali Rahmon"], "Dushanbe", "2025-03-04",
          "سفیر جمهوری آذربایجان حسین‌قلی باقروف"),
        E("meeting", "TJ DE", None, ["Sirojiddin Muhriddin", "Andreas Probst"], "Dushanbe", "2025-03-04",
          "وزیر امور خارجه تاجیکستان سراج‌الدین مهرالدین با سفیر جدید آلمان ملاقات کرد",
          topics="political cooperation"),
    ],
    notes="INVENTED ceremony in Khovar house style (Persian script, Tajik vocabulary: پیشوای ملت، اعتمادنامه، اشتراک، معارف، پیخچال): the date, the five ambassadors and their names are illustrative, not a report of a real day; Rahmon and Muhriddin held their posts then; the Dushanbe glaciers conference (May-June 2025) and the UN year of glaciers' preservation are real. One appointment per sending state (sending state first). The foreign minister's meeting with the new German ambassador: meeting TJ-DE. 'دوشنبه' is the city (Dushanbe) in the dateline, not Monday (4 March 2025 was a Tuesday). Traps: UN year (organisation), football qualifier.",
))
