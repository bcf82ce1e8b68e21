"""Persian articles 011-015 of realistic3 with their gold facts (see ../README.md)."""
from build import A, E, P

ARTICLES = []

ARTICLES.append(A(
    id="r3_fa_011_doha_afghan_pakistan_ceasefire", date="2025-10-19",
    source="TOLOnews style (Kabul, Dari)",
    text="""
توافق آتش‌بس فوری میان افغانستان و پاکستان با میانجیگری قطر و ترکیه

طلوع‌نیوز – کابل، یکشنبه ۲۷ میزان ۱۴۰۴

هیئت‌های امارت اسلامی و پاکستان پس از چندین ساعت گفت‌وگو در دوحه، روی آتش‌بس فوری و ایجاد میکانیزم‌هایی برای تحکیم صلح پایدار میان دو کشور توافق کردند. وزارت خارجه قطر بامداد امروز یکشنبه با نشر اعلامیه‌ای این خبر را تأیید کرد.

گفت‌وگوهای دوحه شامگاه شنبه با میانجیگری قطر و ترکیه آغاز شد. هیئت امارت اسلامی به رهبری ملا محمد یعقوب مجاهد وزیر دفاع و هیئت پاکستان به رهبری خواجه محمد آصف وزیر دفاع این کشور روز شنبه وارد دوحه شده بودند.

بر اساس اعلامیه قطر، دو طرف همچنین توافق کرده‌اند که برای اطمینان از پایداری آتش‌بس و راستی‌آزمایی اجرای آن، در روزهای آینده نشست‌های بعدی برگزار کنند. منابع آگاه می‌گویند دور دوم این گفت‌وگوها روز شنبه ۳ عقرب (۲۵ اکتوبر) در استانبول برگزار خواهد شد.

ذبیح‌الله مجاهد سخنگوی امارت اسلامی در پیامی در شبکه ایکس نوشت که دو طرف متعهد شده‌اند علیه یکدیگر اقدام خصمانه نکنند و از گروه‌هایی که علیه حکومت طرف مقابل حمله می‌کنند، حمایت نکنند. وی از دولت‌های قطر و ترکیه به خاطر «نقش سازنده» شان تشکر کرد.

خواجه آصف نیز در پیامی نوشت: «از قطر و ترکیه صمیمانه سپاسگزاریم.» وی افزود که نشست بعدی در ۲۵ اکتوبر در استانبول مسائل جزئی را بررسی خواهد کرد.

این توافق پس از یک هفته درگیری‌های مرزی خونین انجام شد که ده‌ها کشته برجای گذاشت. امارت اسلامی روز شنبه حملات هوایی شامگاه جمعه پاکستان بر ولسوالی ارگون ولایت پکتیکا را «نقض آشکار حاکمیت ملی افغانستان» خواند و آن را محکوم کرد.

آتش‌بس ۴۸ ساعته‌ای که روز چهارشنبه اعلام شده بود، شامگاه جمعه پایان یافته بود.

در پی حملات پکتیکا، بورد کرکت افغانستان اعلام کرد که از اشتراک در مسابقات سه‌جانبه ماه آینده در پاکستان کناره‌گیری می‌کند. به گفته این بورد، سه بازیکن محلی در این حملات جان باخته‌اند.

ترکیه و قطر پیش از این نیز برای کاهش تنش میان کابل و اسلام‌آباد تلاش‌هایی انجام داده بودند.
""",
    persons=[
        P("Mohammad Yaqoob Mujahid", "محمد یعقوب مجاهد", "Minister of Defence", "AF"),
        P("Khawaja Muhammad Asif", "خواجه محمد آصف", "Minister of Defence", "PK"),
        P("Zabihullah Mujahid", "ذبیح‌الله مجاهد", "Spokesman of the Islamic Emirate", "AF"),
    ],
    events=[
        E("agreement", "AF PK", None, ["Mohammad Yaqoob Mujahid", "Khawaja Muhammad Asif"], "Doha", "2025-10-19",
          "روی آتش‌بس فوری و ایجاد میکانیزم‌هایی برای تحکیم صلح پایدار میان دو کشور توافق کردند",
          topics="regional conflicts; security"),
        E("meeting", "AF PK", None, ["Mohammad Yaqoob Mujahid", "Khawaja Muhammad Asif"], "Doha", "2025-10-18",
          "گفت‌وگوهای دوحه شامگاه شنبه با میانجیگری قطر و ترکیه آغاز شد", topics="regional conflicts; security"),
        E("visit", "AF QA", None, ["Mohammad Yaqoob Mujahid"], "Doha", "2025-10-18",
          "هیئت امارت اسلامی به رهبری ملا محمد یعقوب مجاهد وزیر دفاع و هیئت پاکستان به رهبری خواجه محمد آصف وزیر دفاع این کشور روز شنبه وارد دوحه شده بودند"),
        E("visit", "PK QA", None, ["Khawaja Muhammad Asif"], "Doha", "2025-10-18",
          "هیئت امارت اسلامی به رهبری ملا محمد یعقوب مجاهد وزیر دفاع و هیئت پاکستان به رهبری خواجه محمد آصف وزیر دفاع این کشور روز شنبه وارد دوحه شده بودند"),
        E("meeting", "AF PK", None, [], "Istanbul", "2025-10-25",
          "دور دوم این گفت‌وگوها روز شنبه ۳ عقرب (۲۵ اکتوبر) در استانبول برگزار خواهد شد",
          topics="regional conflicts; security", status="planned"),
        E("statement_praise", "AF QA", "QA", ["Zabihullah Mujahid"], None, "2025-10-19",
          "از دولت‌های قطر و ترکیه به خاطر «نقش سازنده» شان تشکر کرد"),
        E("statement_praise", "AF TR", "TR", ["Zabihullah Mujahid"], None, "2025-10-19",
          "از دولت‌های قطر و ترکیه به خاطر «نقش سازنده» شان تشکر کرد"),
        E("statement_praise", "PK QA", "QA", ["Khawaja Muhammad Asif"], None, "2025-10-19",
          "از قطر و ترکیه صمیمانه سپاسگزاریم"),
        E("statement_praise", "PK TR", "TR", ["Khawaja Muhammad Asif"], None, "2025-10-19",
          "از قطر و ترکیه صمیمانه سپاسگزاریم"),
        E("agreement", "AF PK", None, [], None, "2025-10-15",
          "آتش‌بس ۴۸ ساعته‌ای که روز چهارشنبه اعلام شده بود", topics="regional conflicts; security"),
        E("statement_criticism", "AF", "PK", [], None, "2025-10-18",
          "حملات هوایی شامگاه جمعه پاکستان بر ولسوالی ارگون ولایت پکتیکا را «نقض آشکار حاکمیت ملی افغانستان» خواند و آن را محکوم کرد",
          topics="regional conflicts"),
    ],
    notes="Doha talks between Afghanistan and Pakistan mediated by Qatar and Turkey, Saturday 18 October 2025, ceasefire announced by Qatar early Sunday 19 October (27 Mizan 1404): the delegation heads (defence ministers Mohammad Yaqoob and Khawaja Asif), the immediate ceasefire and follow-up mechanisms, the Istanbul round of 25 October, Mujahid's and Asif's thanks, the Paktika (Urgun) strikes, the expired 48-hour truce and the cricket board's withdrawal follow the record in outline; exact wording and hours illustrative. The ceasefire agreement is dated the announcement day (doubtful: agreed overnight). Mediators are not parties of the talks (data/realistic convention); their own sessions with each side are not stated. Both delegations' arrivals are visits to the host Qatar. Thanks: one praise per thanking and thanked state. Afghanistan's condemnation of the Friday strikes on Saturday: criticism AF->PK (within 30 days, dated). Qatar's announcement is a report of the agreement, not an act of its own. The 48-hour truce announced on Wednesday 15 October (expired Friday) is stated as a fact with a day within 30 days: agreement AF-PK (background rule of realistic2; doubtful: the text names no party, the context makes them the two states). Background: the week of clashes. Trap: cricket board's withdrawal (sports body). Afghan government code AF; Dari months میزان, عقرب; اکتوبر.",
))

ARTICLES.append(A(
    id="r3_fa_012_khujand_trilateral_summit", date="2025-03-31",
    source="Asia-Plus style (Dushanbe, Persian script)",
    text="""
سران تاجیکستان، قرغیزستان و ازبکستان در خجند شرتنامه نقطه اتصال سرحدات را امضا کردند

خجند، 31 مارت 2025 – «آسیا-پلاس»

امامعلی رحمان رئیس‌جمهور تاجیکستان، صدر ژاپاروف رئیس‌جمهور قرغیزستان و شوکت میرضیایف رئیس‌جمهور ازبکستان امروز دوشنبه در شهر خجند در نخستین نشست سه‌جانبه سران سه کشور اشتراک کردند.

در پایان این نشست، شرتنامه نقطه اتصال سرحدات دولتی سه کشور و اعلامیه خجند درباره دوستی جاودانه به امضا رسید. رحمان امضای شرتنامه را رویدادی «بسیار نمادین» خواند و گفت که تاجیکستان به روابط خود با قرغیزستان و ازبکستان، که بر حسن همجواری و احترام متقابل استوار است، ارج بالایی می‌گذارد.

صدر ژاپاروف روز یکشنبه و شوکت میرضیایف صبح امروز وارد خجند شدند و در فرودگاه از سوی پیشوای ملت استقبال گردیدند.

پیش از نشست سه‌جانبه، امامعلی رحمان و شوکت میرضیایف گفت‌وگوی دوجانبه‌ای در قالب محدود برگزار کردند. در همین چارچوب، بختیار سعیدوف وزیر خارجه ازبکستان و سراج‌الدین مهرالدین وزیر خارجه تاجیکستان پروتکل مبادله اسناد تصویب شرتنامه متفقی میان دو کشور را امضا کردند. این شرتنامه 18 اپریل 2023 در دوشنبه امضا شده بود و از امروز نافذ شد.

میرضیایف در سخنرانی خود، تاجیکستان و قرغیزستان را به مناسبت حل نهایی مسائل سرحدی و امضای شرتنامه تعیین حدود که 13 مارت در بیشکک امضا شده بود، تبریک گفت.

سران سه کشور سپس از طریق ویدیوکنفرانس در مراسم گشایش ستون نمادین دوستی در محل اتصال سرحدات شرکت کردند و همزمان دکمه‌ای را فشار دادند.

ژاپاروف گفت که همگرایی منطقه‌ای به خوبی پیش می‌رود و گسترش همکاری در همه عرصه‌ها برای رفاه آسیای مرکزی حیاتی است.

سران سه کشور همچنین در جشن نوروز در خجند شرکت کردند و از نمایشگاه هنرهای مردمی دیدن نمودند.

یادآوری می‌شود که درگیری‌های سرحدی تاجیکستان و قرغیزستان در سپتامبر 2022 ده‌ها کشته برجای گذاشته بود.

همچنین تیم فوتبال «خجند» در چارچوب لیگ عالی تاجیکستان فردا به مصاف «استقلال» دوشنبه می‌رود.
""",
    persons=[
        P("Emomali Rahmon", "امامعلی رحمان", "President", "TJ"),
        P("Sadyr Japarov", "صدر ژاپاروف", "President", "KG"),
        P("Shavkat Mirziyoyev", "شوکت میرضیایف", "President", "UZ"),
        P("Bakhtiyor Saidov", "بختیار سعیدوف", "Minister of Foreign Affairs", "UZ"),
        P("Sirojiddin Muhriddin", "سراج‌الدین مهرالدین", "Minister of Foreign Affairs", "TJ"),
    ],
    events=[
        E("summit", "TJ KG UZ", None, ["Emomali Rahmon", "Sadyr Japarov", "Shavkat Mirziyoyev"], "Khujand", "2025-03-31",
          "در نخستین نشست سه‌جانبه سران سه کشور اشتراک کردند", topics="political cooperation; security"),
        E("agreement", "TJ KG UZ", None, ["Emomali Rahmon", "Sadyr Japarov", "Shavkat Mirziyoyev"], "Khujand", "2025-03-31",
          "شرتنامه نقطه اتصال سرحدات دولتی سه کشور", topics="security; political cooperation"),
        E("agreement", "TJ KG UZ", None, ["Emomali Rahmon", "Sadyr Japarov", "Shavkat Mirziyoyev"], "Khujand", "2025-03-31",
          "اعلامیه خجند درباره دوستی جاودانه به امضا رسید", topics="political cooperation"),
        E("visit", "KG TJ", None, ["Sadyr Japarov"], "Khujand", "2025-03-30",
          "صدر ژاپاروف روز یکشنبه و شوکت میرضیایف صبح امروز وارد خجند شدند"),
        E("visit", "UZ TJ", None, ["Shavkat Mirziyoyev"], "Khujand", "2025-03-31",
          "صدر ژاپاروف روز یکشنبه و شوکت میرضیایف صبح امروز وارد خجند شدند"),
        E("meeting", "TJ UZ", None, ["Emomali Rahmon", "Shavkat Mirziyoyev", "Bakhtiyor Saidov", "Sirojiddin Muhriddin"],
          "Khujand", "2025-03-31", "امامعلی رحمان و شوکت میرضیایف گفت‌وگوی دوجانبه‌ای در قالب محدود برگزار کردند"),
        E("agreement", "UZ TJ", None, ["Bakhtiyor Saidov", "Sirojiddin Muhriddin"], "Khujand", "2025-03-31",
          "پروتکل مبادله اسناد تصویب شرتنامه متفقی میان دو کشور را امضا کردند", topics="political cooperation"),
        E("agreement", "TJ KG", None, [], "Bishkek", "2025-03-13",
          "شرتنامه تعیین حدود که 13 مارت در بیشکک امضا شده بود", topics="security; political cooperation"),
        E("congratulation", "UZ TJ", "TJ", ["Shavkat Mirziyoyev"], "Khujand", "2025-03-31",
          "تاجیکستان و قرغیزستان را به مناسبت حل نهایی مسائل سرحدی و امضای شرتنامه تعیین حدود که 13 مارت در بیشکک امضا شده بود، تبریک گفت"),
        E("congratulation", "UZ KG", "KG", ["Shavkat Mirziyoyev"], "Khujand", "2025-03-31",
          "تاجیکستان و قرغیزستان را به مناسبت حل نهایی مسائل سرحدی و امضای شرتنامه تعیین حدود که 13 مارت در بیشکک امضا شده بود، تبریک گفت"),
    ],
    notes="First trilateral summit of Tajikistan, Kyrgyzstan and Uzbekistan, Khujand, Monday 31 March 2025: the treaty on the junction point of state borders, the Khujand Declaration on Eternal Friendship, the Saidov-Muhriddin protocol bringing the 2023 alliance treaty into force, Mirziyoyev's congratulation on the border settlement, the stele opened by videoconference and Nowruz follow the record; the arrival days, the restricted bilateral format and the football item are illustrative. Treaty and declaration are two agreement events. The ratification protocol exchange is an agreement UZ-TJ (doubtful: an exchange of instruments, not a new text). Rahmon-Mirziyoyev talks and the foreign ministers' signing are one TJ-UZ meeting. Mirziyoyev's congratulation: one per congratulated state. The Bishkek border treaty of 13 March (18 days before, stated with its day) is gold as an agreement TJ-KG (background rule of realistic2). Background: the 2023 signing of the alliance treaty, the 2022 clashes. Asia-Plus house style in Persian script with Tajik vocabulary: شرتنامه، سرحد، اشتراک، پیشوای ملت، متفقی، نافذ، مارت، اپریل; Latin digits. Trap: Istiqlol/Khujand football; 'دوشنبه' is both Monday and the capital.",
))

ARTICLES.append(A(
    id="r3_fa_013_tajik_independence_day_congratulations", date="2025-09-08", orgs="EU CIS",
    source="Khovar (National Information Agency of Tajikistan) style, Persian script",
    text="""
پیشوای ملت به مناسبت سی و چهارمین سالگرد استقلال دولتی پیام‌های تبریک دریافت کردند

دوشنبه، 8 سپتامبر 2025، «خاور». به مناسبت فرا رسیدن سی و چهارمین سالگرد استقلال دولتی جمهوری تاجیکستان، سران شماری از کشورها به عنوان اسم پیشوای ملت، رئیس‌جمهور جمهوری تاجیکستان امامعلی رحمان تبریکنامه فرستادند.

رئیس‌جمهور فدراسیون روسیه ولادیمیر پوتین امروز در گفت‌وگوی تلفنی با پیشوای ملت، این جشن را صمیمانه تبریک گفت و برای مردم تاجیکستان صلح و رفاه آرزو کرد. در این گفت‌وگو دو طرف همچنین درباره آمادگی برای نشست سران کشورهای همسود در ماه اکتبر در دوشنبه تبادل نظر کردند.

رئیس جمهوری خلق چین شی جین‌پینگ در تبریکنامه خود تأکید کرد که چین آماده است مشارکت راهبردی همه‌جانبه با تاجیکستان را به سطح تازه‌ای برساند.

همچنین رئیس‌جمهور قزاقستان قاسم جومارت توکایف، رئیس‌جمهور ازبکستان شوکت میرضیایف، رئیس‌جمهور قرغیزستان صدر ژاپاروف و رئیس‌جمهور ترکمنستان سردار بردی‌محمداف به مناسبت روز استقلال پیام‌های تبریک فرستادند.

رئیس‌جمهور جمهوری اسلامی ایران مسعود پزشکیان در پیام خود روابط دو کشور را «برادرانه و ریشه‌دار در فرهنگ و زبان مشترک» خواند و این جشن را به مردم تاجیکستان تبریک گفت.

رئیس‌جمهور بلاروس الکساندر لوکاشنکو و رئیس‌جمهور آذربایجان الهام علی‌اف نیز تبریکنامه فرستادند.

رئیس شورای اروپا آنتونیو کاستا در پیام خود از گسترش همکاری اتحادیه اروپا و تاجیکستان پس از نخستین نشست اروپا-آسیای مرکزی در سمرقند یادآوری کرد.

تبریکنامه‌ها از سوی سران دیگر کشورها و سازمان‌های بین‌المللی همچنان ادامه دارند.

یادآوری می‌شود که استقلال دولتی جمهوری تاجیکستان 9 سپتامبر سال 1991 اعلام شده است. به همین مناسبت، در شهرها و نواحی جمهوری چاره‌بینی‌های فرهنگی برگزار می‌شوند.

همچنین در استادیوم مرکزی جمهوریوی، دیدار نهایی «جام استقلال» در فوتبال میان تیم‌های «استقلال» و «رواد» فردا برگزار می‌گردد.
""",
    persons=[
        P("Emomali Rahmon", "امامعلی رحمان", "President", "TJ"),
        P("Vladimir Putin", "ولادیمیر پوتین", "President", "RU"),
        P("Xi Jinping", "شی جین‌پینگ", "President", "CN"),
        P("Kassym-Jomart Tokayev", "قاسم جومارت توکایف", "President", "KZ"),
        P("Shavkat Mirziyoyev", "شوکت میرضیایف", "President", "UZ"),
        P("Sadyr Japarov", "صدر ژاپاروف", "President", "KG"),
        P("Serdar Berdimuhamedow", "سردار بردی‌محمداف", "President", "TM"),
        P("Masoud Pezeshkian", "مسعود پزشکیان", "President", "IR"),
        P("Alexander Lukashenko", "الکساندر لوکاشنکو", "President", "BY"),
        P("Ilham Aliyev", "الهام علی‌اف", "President", "AZ"),
        P("António Costa", "آنتونیو کاستا", "President of the European Council", None),
    ],
    events=[
        E("congratulation", "RU TJ", "TJ", ["Vladimir Putin", "Emomali Rahmon"], None, "2025-09-08",
          "امروز در گفت‌وگوی تلفنی با پیشوای ملت، این جشن را صمیمانه تبریک گفت"),
        E("congratulation", "CN TJ", "TJ", ["Xi Jinping"], None, None,
          "رئیس جمهوری خلق چین شی جین‌پینگ در تبریکنامه خود تأکید کرد"),
        E("congratulation", "KZ TJ", "TJ", ["Kassym-Jomart Tokayev"], None, None,
          "رئیس‌جمهور قزاقستان قاسم جومارت توکایف"),
        E("congratulation", "UZ TJ", "TJ", ["Shavkat Mirziyoyev"], None, None,
          "رئیس‌جمهور ازبکستان شوکت میرضیایف"),
        E("congratulation", "KG TJ", "TJ", ["Sadyr Japarov"], None, None,
          "رئیس‌جمهور قرغیزستان صدر ژاپاروف"),
        E("congratulation", "TM TJ", "TJ", ["Serdar Berdimuhamedow"], None, None,
          "رئیس‌جمهور ترکمنستان سردار بردی‌محمداف به مناسبت روز استقلال پیام‌های تبریک فرستادند"),
        E("congratulation", "IR TJ", "TJ", ["Masoud Pezeshkian"], None, None,
          "این جشن را به مردم تاجیکستان تبریک گفت"),
        E("congratulation", "BY TJ", "TJ", ["Alexander Lukashenko"], None, None,
          "رئیس‌جمهور بلاروس الکساندر لوکاشنکو و رئیس‌جمهور آذربایجان الهام علی‌اف نیز تبریکنامه فرستادند"),
        E("congratulation", "AZ TJ", "TJ", ["Ilham Aliyev"], None, None,
          "رئیس‌جمهور بلاروس الکساندر لوکاشنکو و رئیس‌جمهور آذربایجان الهام علی‌اف نیز تبریکنامه فرستادند"),
        E("summit", "TJ", None, [], "Dushanbe", None,
          "نشست سران کشورهای همسود در ماه اکتبر در دوشنبه", status="planned"),
    ],
    notes="INVENTED bulletin in Khovar house style (Persian script, Tajik vocabulary: پیشوای ملت، به عنوان اسم (addressed to)، تبریکنامه، همسود (CIS)، چاره‌بینی، جمهوریوی): the day, the senders and their wording are illustrative, not a report of a real day; all the leaders held their posts on 8 September 2025, Tajikistan's independence was proclaimed on 9 September 1991, the CIS summit in Dushanbe (October 2025) and the first EU-Central Asia summit in Samarkand (April 2025) are real. One congratulation per sending state (sending state first, target TJ); Putin's congratulatory phone call is the congratulation itself (no separate call event). Costa's message is an organisation act (EU): no event, listed with country null. The planned CIS summit ('کشورهای همسود', the Tajik name of the CIS: listed as CIS) is a planned summit of its host TJ (doubtful: members not named). Messages without a day: date null. 'دوشنبه' is the capital in the dateline (8 September 2025 was a Monday too). Trap: 'Independence Cup' football final and the club Istiqlol.",
))

ARTICLES.append(A(
    id="r3_fa_014_majlis_delegation_dushanbe", date="2025-11-24",
    source="Tasnim News Agency style",
    text="""
سفر هیئت پارلمانی ایران به دوشنبه؛ عزیزی: روابط تهران و دوشنبه در مسیر رو به رشد است

به گزارش خبرگزاری تسنیم، هیئتی پارلمانی از مجلس شورای اسلامی به ریاست ابراهیم عزیزی رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس، امروز دوشنبه ۳ آذرماه ۱۴۰۴ برای دیداری سه‌روزه وارد دوشنبه پایتخت تاجیکستان شد.

عزیزی در بدو ورود در جمع خبرنگاران گفت: «روابط دو کشور فارسی‌زبان پس از سفر رئیس‌جمهور به دوشنبه در دی‌ماه گذشته وارد مرحله تازه‌ای شده و پارلمان‌ها باید پشتیبان اجرای توافق‌ها باشند.»

اعضای این هیئت در نخستین روز سفر با محمدطاهر ذاکرزاده رئیس مجلس نمایندگان تاجیکستان دیدار کردند و یادداشت تفاهم همکاری میان گروه‌های دوستی پارلمانی دو کشور به امضا رسید. قرار است هیئت فردا با سراج‌الدین مهرالدین وزیر امور خارجه تاجیکستان نیز دیدار کند.

رئیس کمیسیون امنیت ملی مجلس در این دیدار تحریم‌های یکجانبه آمریکا را «جنایت علیه ملت‌ها» خواند و از مواضع تاجیکستان در قبال جنگ ۱۲ روزه قدردانی کرد.

در همین حال، علیرضا حقیقیان سفیر جمهوری اسلامی ایران در دوشنبه صبح امروز با معاون اول وزیر امور خارجه تاجیکستان دیدار و درباره مقدمات برگزاری نشست کمیسیون مشترک همکاری‌های اقتصادی دو کشور گفت‌وگو کرد.

بر اساس این گزارش، اجلاس کمیسیون مشترک ایران و تاجیکستان قرار است ماه آینده در تهران برگزار شود.

پیش از این نیز سید عباس عراقچی وزیر امور خارجه کشورمان روز یکشنبه در تماس تلفنی با سراج‌الدین مهرالدین درباره روابط دوجانبه و همکاری در چارچوب سازمان همکاری شانگهای گفت‌وگو کرده بود.

حجم مبادلات تجاری ایران و تاجیکستان در سال گذشته به حدود 400 میلیون دلار رسید. دو کشور در سفر دی‌ماه رئیس‌جمهور به دوشنبه ۲۳ سند همکاری امضا کرده بودند.

در حاشیه این سفر، نمایندگان عضو هیئت از مرکز فرهنگی ایران در دوشنبه و آرامگاه رودکی در پنجکنت بازدید خواهند کرد.

در خبری دیگر، تیم ملی فوتسال ایران در دیداری تدارکاتی در دوشنبه تاجیکستان را با نتیجه ۵ بر ۱ شکست داد.

انتهای پیام/
""",
    orgs="SCO",
    persons=[
        P("Alireza Haghighian", "علیرضا حقیقیان", "Ambassador to Tajikistan", "IR"),
        P("Abbas Araghchi", "عباس عراقچی", "Minister of Foreign Affairs", "IR"),
        P("Sirojiddin Muhriddin", "سراج‌الدین مهرالدین", "Minister of Foreign Affairs", "TJ"),
    ],
    events=[
        E("meeting", "TJ IR", None, ["Alireza Haghighian"], "Dushanbe", "2025-11-24",
          "سفیر جمهوری اسلامی ایران در دوشنبه صبح امروز با معاون اول وزیر امور خارجه تاجیکستان دیدار",
          topics="economic cooperation"),
        E("meeting", "IR TJ", None, [], "Tehran", None,
          "اجلاس کمیسیون مشترک ایران و تاجیکستان قرار است ماه آینده در تهران برگزار شود",
          topics="economic cooperation", status="planned"),
        E("other", "IR TJ", None, ["Abbas Araghchi", "Sirojiddin Muhriddin"], None, "2025-11-23",
          "عراقچی وزیر امور خارجه کشورمان روز یکشنبه در تماس تلفنی با سراج‌الدین مهرالدین",
          topics="political cooperation"),
    ],
    notes="INVENTED day in Tasnim house style: the Majlis delegation, its programme, the quotes, the ambassador's meeting, the Araghchi-Muhriddin call and the commission date are illustrative; Ebrahim Azizi chaired the Majlis national security and foreign policy committee, Zokirzoda the Tajik lower house, Muhriddin the Tajik MFA, and Pezeshkian's Dushanbe visit of January 2025 (Dey 1403) with 23 documents is real (data/realistic fa_003). Conventions: MPs do NOT act for the state: the delegation's arrival, its meeting with the Tajik speaker, the friendship groups' MoU, the planned meeting with Muhriddin, Azizi's criticism of US sanctions and his thanks to Tajikistan give no events, and Azizi and Zokirzoda are not listed (they act in no fact). State acts: the ambassador's meeting with the first deputy minister (meeting TJ-IR, host first; the deputy is unnamed), the planned joint commission in Tehran (planned meeting IR-TJ, no day: 'next month'), Araghchi's call on Sunday 23 November (other). The call is 'before' the article but dated by weekday (within 30 days). Background: the January visit and its documents. SCO named: memberships of IR and TJ from the reference. 'دوشنبه' is both the capital and Monday (24 November 2025 was a Monday). Trap: futsal friendly.",
))

ARTICLES.append(A(
    id="r3_fa_015_ashgabat_iran_turkmenistan_commission", date="2025-05-12", orgs="ECO",
    source="Hamshahri Online style",
    text="""
امضای ۹ سند همکاری در پایان اجلاس کمیسیون مشترک اقتصادی ایران و ترکمنستان

همشهری آنلاین- اجلاس کمیسیون مشترک همکاری‌های اقتصادی، بازرگانی، فرهنگی و فنی ایران و ترکمنستان امروز دوشنبه ۲۲ اردیبهشت با امضای ۹ سند همکاری در عشق‌آباد به کار خود پایان داد.

به گزارش همشهری، این اجلاس به ریاست محسن پاک‌نژاد وزیر نفت کشورمان و رشید مرداف معاون رئیس کابینه وزیران و وزیر امور خارجه ترکمنستان برگزار شد. اسناد امضاشده در حوزه‌های حمل‌ونقل ریلی، ترانزیت، گمرک، برق، کشاورزی، بهداشت و آموزش عالی است.

پاک‌نژاد که روز یکشنبه در رأس هیئتی متشکل از معاونان وزارتخانه‌های راه، نیرو و جهاد کشاورزی وارد عشق‌آباد شده بود، امروز پیش از مراسم امضا با سردار بردی‌محمداف رئیس‌جمهور ترکمنستان دیدار کرد و پیام کتبی مسعود پزشکیان را به وی تسلیم کرد.

به گفته وزیر نفت، رئیس‌جمهور ترکمنستان دعوت همتای ایرانی خود را برای سفر به تهران پذیرفته و این سفر در ماه‌های آینده انجام خواهد شد.

سردار بردی‌محمداف در این دیدار از نقش ایران در توسعه کریدورهای ترانزیتی منطقه قدردانی کرد و گفت ترکمنستان برای افزایش حجم مبادلات کالا از مسیر سرخس و اینچه‌برون آماده است.

دو طرف همچنین بر تقویت همکاری در چارچوب سازمان همکاری اقتصادی (اکو) و اجرای طرح‌های مشترک انتقال برق تأکید کردند.

در حاشیه این اجلاس، شرکت ملی گاز ایران و «ترکمن‌گاز» درباره افزایش حجم سوآپ گاز ترکمنستان به عراق از مسیر ایران مذاکره کردند و قراردادی الحاقی به امضا رساندند.

مقرر شد اجلاس بعدی کمیسیون مشترک سال آینده در تهران برگزار شود.

حجم مبادلات تجاری دو کشور در سال ۱۴۰۳ از مرز 1.2 میلیارد دلار گذشت. ترکمنستان پس از عراق و افغانستان یکی از مهم‌ترین مقاصد صادرات خدمات فنی و مهندسی ایران است.

در خبری دیگر، نرخ بلیت قطارهای مسافری مشهد- سرخس از ابتدای خرداد افزایش می‌یابد.
""",
    persons=[
        P("Mohsen Paknejad", "محسن پاک‌نژاد", "Minister of Petroleum", "IR"),
        P("Rashid Meredov", "رشید مرداف", "Deputy Chairman of the Cabinet of Ministers and Minister of Foreign Affairs", "TM"),
        P("Serdar Berdimuhamedow", "سردار بردی‌محمداف", "President", "TM"),
        P("Masoud Pezeshkian", "مسعود پزشکیان", "President", "IR"),
    ],
    events=[
        E("agreement", "IR TM", None, ["Mohsen Paknejad", "Rashid Meredov"], "Ashgabat", "2025-05-12",
          "با امضای ۹ سند همکاری در عشق‌آباد به کار خود پایان داد", count=9,
          topics="trade; energy; agriculture; health; education; economic cooperation"),
        E("meeting", "TM IR", None, ["Mohsen Paknejad", "Rashid Meredov", "Serdar Berdimuhamedow"], "Ashgabat", "2025-05-12",
          "این اجلاس به ریاست محسن پاک‌نژاد وزیر نفت کشورمان و رشید مرداف معاون رئیس کابینه وزیران و وزیر امور خارجه ترکمنستان برگزار شد",
          topics="economic cooperation; trade; energy"),
        E("visit", "IR TM", None, ["Mohsen Paknejad"], "Ashgabat", "2025-05-11",
          "روز یکشنبه در رأس هیئتی متشکل از معاونان وزارتخانه‌های راه، نیرو و جهاد کشاورزی وارد عشق‌آباد شده بود"),
        E("visit", "TM IR", None, ["Serdar Berdimuhamedow", "Masoud Pezeshkian"], "Tehran", None,
          "رئیس‌جمهور ترکمنستان دعوت همتای ایرانی خود را برای سفر به تهران پذیرفته و این سفر در ماه‌های آینده انجام خواهد شد",
          status="planned"),
        E("statement_praise", "TM IR", "IR", ["Serdar Berdimuhamedow"], "Ashgabat", "2025-05-12",
          "از نقش ایران در توسعه کریدورهای ترانزیتی منطقه قدردانی کرد"),
        E("meeting", "IR TM", None, [], "Tehran", None,
          "مقرر شد اجلاس بعدی کمیسیون مشترک سال آینده در تهران برگزار شود",
          topics="economic cooperation", status="planned"),
    ],
    notes="INVENTED session in Hamshahri house style: the date (Monday 12 May 2025 = 22 Ordibehesht 1404), the 9 documents and their fields, the meeting with Serdar Berdimuhamedow, the accepted invitation, the praise, the gas swap addendum and the trade figure are illustrative; the co-chairs' posts (Paknejad oil minister and Iran's co-chair of the commission with Turkmenistan; Meredov deputy chairman and foreign minister) and the Turkmen gas swap to Iraq through Iran (2024-2025) are real in outline. The commission session (co-chairs' talks) and the president's reception fold into one TM-IR meeting (host first). The written message delivered is part of the meeting. The accepted invitation is a planned visit TM->IR (no day). The next session in Tehran is a planned meeting (as data/realistic fa_018). Pezeshkian, the inviter, is a person of the planned visit (doubtful); his written message folds into the meeting. Trap: the gas companies' negotiation and 'قرارداد الحاقی' (companies do not act for the state); train fares. ECO named: memberships of IR and TM from the reference.",
))
