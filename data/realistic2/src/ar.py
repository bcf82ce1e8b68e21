"""Arabic articles of realistic2 with their gold facts (see ../README.md)."""
from build import A, E, P

ARTICLES = []

ARTICLES.append(A(
    id="r2_ar_001_gcc_kuwait_summit", date="2024-12-01", orgs="GCC",
    source="KUNA (Kuwait News Agency) style",
    text="""
قادة دول مجلس التعاون يختتمون قمتهم الـ45 في الكويت ويصدرون "إعلان الكويت"

الكويت - 1 - 12 (كونا) -- اختتم أصحاب الجلالة والسمو قادة دول مجلس التعاون لدول الخليج العربية مساء اليوم الأحد أعمال الدورة الخامسة والأربعين للمجلس الأعلى التي استضافتها دولة الكويت في قصر بيان برئاسة حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح حفظه الله ورعاه.

وكان سمو الأمير في مقدمة مستقبلي القادة ورؤساء الوفود لدى وصولهم إلى البلاد في وقت سابق اليوم، إذ وصل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر، وصاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء في المملكة العربية السعودية، وسمو الشيخ منصور بن زايد آل نهيان نائب رئيس دولة الإمارات العربية المتحدة نيابة عن رئيس الدولة، وصاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء في مملكة البحرين، وصاحب السمو السيد فهد بن محمود آل سعيد نائب رئيس الوزراء لشؤون مجلس الوزراء في سلطنة عمان.

وفي كلمته الافتتاحية، جدد سمو الأمير إدانة الكويت "للاحتلال الإسرائيلي الغاشم" ولما يتعرض له الشعب الفلسطيني في قطاع غزة، داعياً مجلس الأمن إلى تحمل مسؤولياته لوقف إطلاق النار وفتح الممرات الإنسانية.

وتوجه سموه بالشكر إلى دولة قطر على ما بذلته خلال رئاستها للدورة الرابعة والأربعين من جهود لدفع مسيرة العمل الخليجي المشترك.

وأصدر القادة في ختام أعمالهم "إعلان الكويت" الذي أكد تسريع خطوات التكامل الاقتصادي واستكمال مشروع سكة الحديد الخليجية، ودعم قيام الدولة الفلسطينية المستقلة على حدود عام 1967.

وعلى هامش القمة، عقد سمو الأمير لقاءً ثنائياً مع سمو ولي العهد السعودي استعرضا خلاله العلاقات الأخوية الوثيقة بين البلدين الشقيقين وسبل تطويرها في مختلف المجالات.

وقال الأمين العام لمجلس التعاون جاسم محمد البديوي في مؤتمر صحفي مشترك مع وزير الخارجية عبدالله علي اليحيا إن القادة وافقوا على أن تستضيف مملكة البحرين الدورة السادسة والأربعين العام المقبل.

يذكر أن القادة كانوا قد عقدوا قمتهم السابقة في الدوحة في ديسمبر من العام الماضي.

وفي الشأن الرياضي، تستعد الكويت لاستضافة بطولة كأس الخليج العربي لكرة القدم (خليجي 26) التي تنطلق في الحادي والعشرين من الشهر الجاري، حيث يُنتظر أن تشهد قمة مرتقبة بين المنتخبين الكويتي والقطري في مباراة الافتتاح. (النهاية) ع ق / م ع
""",
    persons=[
        P("Mishal Al-Ahmad Al-Jaber Al-Sabah", "مشعل الأحمد الجابر الصباح", "Emir", "KW"),
        P("Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني", "Emir", "QA"),
        P("Mohammed bin Salman", "محمد بن سلمان", "Crown Prince and Prime Minister", "SA"),
        P("Mansour bin Zayed Al Nahyan", "منصور بن زايد آل نهيان", "Vice President", "AE"),
        P("Salman bin Hamad Al Khalifa", "سلمان بن حمد آل خليفة", "Crown Prince and Prime Minister", "BH"),
        P("Fahd bin Mahmoud Al Said", "فهد بن محمود آل سعيد", "Deputy Prime Minister", "OM"),
        P("Jasem Mohamed Albudaiwi", "جاسم محمد البديوي", "Secretary General of the GCC", None),
        P("Abdullah Ali Al-Yahya", "عبدالله علي اليحيا", "Minister of Foreign Affairs", "KW"),
    ],
    events=[
        E("visit", "QA KW", None, ["Tamim bin Hamad Al Thani"], "Kuwait City", "2024-12-01",
          "وصل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر"),
        E("visit", "SA KW", None, ["Mohammed bin Salman"], "Kuwait City", "2024-12-01",
          "وصاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء في المملكة العربية السعودية"),
        E("visit", "AE KW", None, ["Mansour bin Zayed Al Nahyan"], "Kuwait City", "2024-12-01",
          "وسمو الشيخ منصور بن زايد آل نهيان نائب رئيس دولة الإمارات العربية المتحدة"),
        E("visit", "BH KW", None, ["Salman bin Hamad Al Khalifa"], "Kuwait City", "2024-12-01",
          "وصاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء في مملكة البحرين"),
        E("visit", "OM KW", None, ["Fahd bin Mahmoud Al Said"], "Kuwait City", "2024-12-01",
          "وصاحب السمو السيد فهد بن محمود آل سعيد نائب رئيس الوزراء لشؤون مجلس الوزراء في سلطنة عمان"),
        E("summit", "KW QA SA AE BH OM", None,
          ["Mishal Al-Ahmad Al-Jaber Al-Sabah", "Tamim bin Hamad Al Thani", "Mohammed bin Salman",
           "Mansour bin Zayed Al Nahyan", "Salman bin Hamad Al Khalifa", "Fahd bin Mahmoud Al Said"],
          "Kuwait City", "2024-12-01",
          "اختتم أصحاب الجلالة والسمو قادة دول مجلس التعاون لدول الخليج العربية مساء اليوم الأحد أعمال الدورة الخامسة والأربعين للمجلس الأعلى",
          topics="political cooperation; economic cooperation; security; Palestinian question"),
        E("statement_criticism", "KW", "IL", ["Mishal Al-Ahmad Al-Jaber Al-Sabah"], "Kuwait City", "2024-12-01",
          "جدد سمو الأمير إدانة الكويت \"للاحتلال الإسرائيلي الغاشم\"", topics="Palestinian question"),
        E("statement_praise", "KW QA", "QA", ["Mishal Al-Ahmad Al-Jaber Al-Sabah"], "Kuwait City", "2024-12-01",
          "وتوجه سموه بالشكر إلى دولة قطر"),
        E("agreement", "KW QA SA AE BH OM", None, [], "Kuwait City", "2024-12-01",
          "وأصدر القادة في ختام أعمالهم \"إعلان الكويت\"",
          topics="economic cooperation; Palestinian question"),
        E("meeting", "KW SA", None, ["Mishal Al-Ahmad Al-Jaber Al-Sabah", "Mohammed bin Salman"], "Kuwait City",
          "2024-12-01", "عقد سمو الأمير لقاءً ثنائياً مع سمو ولي العهد السعودي", topics="political cooperation"),
        E("summit", "BH", None, [], None, None,
          "وافقوا على أن تستضيف مملكة البحرين الدورة السادسة والأربعين العام المقبل", status="planned"),
    ],
    notes="GCC 45th summit, Kuwait, Sunday 1 December 2024: heads of delegation follow press reports (Tamim, Mohammed bin Salman, Mansour bin Zayed, Salman bin Hamad, Fahd bin Mahmoud); the lines of the speech and declaration are paraphrased, the bilateral Emir-Crown Prince meeting is illustrative. Arrivals of each delegation stated with 'وصل' are visits (five). Final declaration: agreement of the six. Thanks to Qatar for its presidency: praise KW->QA. Next session hosted by Bahrain: planned summit BH (as the model set's planned summit of a host). The GCC SG is listed with country null. Background: the Doha summit 'in December last year' (month only) is not annotated. Trap: 'قمة مرتقبة' between the football teams at Gulf Cup 26.",
))

ARTICLES.append(A(
    id="r2_ar_002_baghdad_arab_summit", date="2025-05-17", orgs="AL UN",
    source="INA (Iraqi News Agency) style",
    text="""
انطلاق أعمال القمة العربية الرابعة والثلاثين في بغداد بمشاركة السيسي وأمير قطر وعباس

بغداد – واع
انطلقت، اليوم السبت، في العاصمة بغداد أعمال الدورة العادية الرابعة والثلاثين لمجلس جامعة الدول العربية على مستوى القمة، بحضور عدد من القادة العرب ورؤساء الوفود، فيما تحدث رئيس مجلس الوزراء محمد شياع السوداني عن "قمة الأمل في زمن الأزمات".

وحضر القمة الرئيس المصري عبد الفتاح السيسي، وأمير دولة قطر الشيخ تميم بن حمد آل ثاني، ورئيس دولة فلسطين محمود عباس، فيما ترأس وفد المملكة العربية السعودية وزير الخارجية الأمير فيصل بن فرحان، ومثّل سوريا وزير خارجيتها أسعد الشيباني. كما شارك رئيس الوزراء الإسباني بيدرو سانشيز ضيفاً على القمة، إلى جانب الأمين العام للأمم المتحدة أنطونيو غوتيريش.

وقال السوداني في كلمته إن العراق قرر تخصيص 20 مليون دولار لصندوق إعادة إعمار غزة، ومثلها لدعم لبنان، داعياً إلى "موقف عربي موحد" إزاء ما يجري في القطاع.

من جانبه، وصف سانشيز الحرب الإسرائيلية على غزة بأنها "كارثة إنسانية غير مقبولة"، وانتقد بشدة منع إسرائيل دخول المساعدات، معلناً أن بلاده ستطرح على الجمعية العامة للأمم المتحدة مشروع قرار يطالب محكمة العدل الدولية بالنظر في التزامات إسرائيل.

وعلى هامش القمة، استقبل السوداني الرئيس السيسي، وجرى بحث العلاقات الثنائية ومشروعات الربط الكهربائي والتبادل التجاري. كما التقى رئيس الوزراء نظيره الإسباني وبحث معه فرص الاستثمار الإسباني في قطاع الطاقة.

وفي ختام الجلسة، تبنى المجتمعون "إعلان بغداد" الذي دعا إلى وقف فوري للحرب في غزة، ورفض تهجير الفلسطينيين، وأكد دعم وحدة سوريا وسيادتها.

وكان ملك البحرين حمد بن عيسى آل خليفة قد أجرى، أمس الجمعة، اتصالاً هاتفياً بالسوداني تمنى فيه النجاح للقمة، بحسب بيان لمكتب رئيس الوزراء.

ولم يحضر الرئيس السوري أحمد الشرع القمة، بعد جدل داخلي في العراق حول دعوته، فيما غادر أمير قطر بغداد بعد الجلسة الافتتاحية.

وتزامن انعقاد القمة مع إجراءات أمنية مشددة في العاصمة، حيث أُغلقت طرق رئيسة، ومنحت الحكومة الموظفين عطلة رسمية.

انتهى
""",
    persons=[
        P("Mohammed Shia al-Sudani", "محمد شياع السوداني", "Prime Minister", "IQ"),
        P("Abdel Fattah el-Sisi", "عبد الفتاح السيسي", "President", "EG"),
        P("Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني", "Emir", "QA"),
        P("Mahmoud Abbas", "محمود عباس", "President", "PS"),
        P("Faisal bin Farhan Al Saud", "فيصل بن فرحان", "Minister of Foreign Affairs", "SA"),
        P("Asaad al-Shaibani", "أسعد الشيباني", "Minister of Foreign Affairs", "SY"),
        P("Pedro Sánchez", "بيدرو سانشيز", "Prime Minister", "ES"),
        P("Antonio Guterres", "أنطونيو غوتيريش", "Secretary-General of the United Nations", None),
        P("Hamad bin Isa Al Khalifa", "حمد بن عيسى آل خليفة", "King", "BH"),
    ],
    events=[
        E("summit", "IQ EG QA PS SA SY ES", None,
          ["Mohammed Shia al-Sudani", "Abdel Fattah el-Sisi", "Tamim bin Hamad Al Thani", "Mahmoud Abbas",
           "Faisal bin Farhan Al Saud", "Asaad al-Shaibani", "Pedro Sánchez"], "Baghdad", "2025-05-17",
          "انطلقت، اليوم السبت، في العاصمة بغداد أعمال الدورة العادية الرابعة والثلاثين لمجلس جامعة الدول العربية على مستوى القمة",
          topics="political cooperation; Palestinian question; regional conflicts"),
        E("statement_criticism", "ES", "IL", ["Pedro Sánchez"], "Baghdad", "2025-05-17",
          "وانتقد بشدة منع إسرائيل دخول المساعدات", topics="humanitarian; Palestinian question"),
        E("meeting", "IQ EG", None, ["Mohammed Shia al-Sudani", "Abdel Fattah el-Sisi"], "Baghdad", "2025-05-17",
          "استقبل السوداني الرئيس السيسي", topics="energy; trade"),
        E("meeting", "IQ ES", None, ["Mohammed Shia al-Sudani", "Pedro Sánchez"], "Baghdad", "2025-05-17",
          "كما التقى رئيس الوزراء نظيره الإسباني", topics="energy; economic cooperation"),
        E("agreement", "IQ EG QA PS SA SY", None, [], "Baghdad", "2025-05-17",
          "تبنى المجتمعون \"إعلان بغداد\"", topics="Palestinian question; regional conflicts"),
        E("other", "BH IQ", None, ["Hamad bin Isa Al Khalifa", "Mohammed Shia al-Sudani"], None, "2025-05-16",
          "أجرى، أمس الجمعة، اتصالاً هاتفياً بالسوداني"),
    ],
    notes="Arab League summit, Baghdad, Saturday 17 May 2025: the attendance of Sisi, Tamim (who left early), Abbas, Sanchez and Guterres and the Saudi and Syrian foreign ministers follows press reports; the 20 million dollars pledges follow the record; quotes, the two sideline meetings' topics and the Bahraini call are illustrative. Summit: the states whose delegations are named, Spain included as guest (doubtful: a guest at an Arab League summit). The Baghdad Declaration: agreement of the Arab states named (Spain left out as a guest). Sanchez's criticism of Israel's blocking aid: ES->IL; his announced UNGA draft is a plan of an organisation resolution: no event. Sharaa's absence: negative, no event; Sudani's pledges give no event type. Bahrain's call of Friday: other BH-IQ dated 2025-05-16 (dated to a day: gold under this set's background rule).",
))

ARTICLES.append(A(
    id="r2_ar_003_algeria_france_expulsions", date="2025-04-16",
    source="France 24 Arabic style (Paris desk)",
    text="""
باريس تطرد 12 موظفاً جزائرياً وتستدعي سفيرها.. والعلاقات مع الجزائر تعود إلى نقطة الصفر

باريس – فرانس 24 / أ ف ب
نُشر في: 16/04/2025 - 09:12

أعلنت الرئاسة الفرنسية، مساء أمس الثلاثاء، أن الرئيس إيمانويل ماكرون قرر طرد اثني عشر موظفاً يعملون في الشبكة القنصلية والدبلوماسية الجزائرية في فرنسا، واستدعاء السفير الفرنسي لدى الجزائر ستيفان روماتيه للتشاور، رداً على خطوة مماثلة اتخذتها السلطات الجزائرية.

وقال الإليزيه في بيانه إن "السلطات الجزائرية تتحمل مسؤولية التدهور الحاد في العلاقات الثنائية"، داعياً الجزائر إلى "التحلي بروح المسؤولية" لاستئناف الحوار.

وكانت الجزائر قد استدعت القائم بالأعمال في السفارة الفرنسية يوم الأحد وأبلغته قرارها اعتبار اثني عشر موظفاً في السفارة، ينتمون إلى وزارة الداخلية الفرنسية، أشخاصاً غير مرغوب فيهم، ومنحتهم 48 ساعة لمغادرة أراضيها.

وجاء القرار الجزائري بعد أن وجّه القضاء الفرنسي اتهامات إلى ثلاثة رجال، بينهم موظف في إحدى القنصليات الجزائرية، في قضية اختطاف المؤثر المعارض أمير بوخرص المعروف بـ"أمير دي زاد". واحتجت وزارة الخارجية الجزائرية يوم السبت على توقيف موظفها القنصلي، ووصفت الإجراء بأنه "تطور غير مقبول"، محملة وزير الداخلية الفرنسي برونو روتايو المسؤولية.

وتأتي هذه الأزمة بعد أقل من أسبوعين على زيارة وزير الخارجية الفرنسي جان نويل بارو إلى الجزائر في السادس من أبريل، حيث استقبله الرئيس عبد المجيد تبون وأعلن الطرفان "مرحلة جديدة" من التعاون الأمني والقضائي. وكانت تلك الزيارة قد أعقبت اتصالاً هاتفياً أجراه ماكرون بتبون في 31 مارس.

وقال بارو أمس إن "فرنسا ترد بحزم"، مضيفاً أن باب الحوار "يبقى مفتوحاً رغم كل شيء".

ويرى مراقبون أن التوتر يعيد العلاقات إلى الأجواء التي سادت منذ صيف العام الماضي، حين أعلنت باريس دعمها لمخطط الحكم الذاتي المغربي في الصحراء الغربية، وهو ما دفع الجزائر حينها إلى سحب سفيرها من باريس.

في سياق آخر، تأهل فريق باريس سان جرمان إلى نصف نهائي دوري أبطال أوروبا رغم خسارته أمام أستون فيلا، بعد مباراة شهدت طرد أحد لاعبي الفريق الإنجليزي.
""",
    persons=[
        P("Emmanuel Macron", "إيمانويل ماكرون", "President", "FR"),
        P("Stéphane Romatet", "ستيفان روماتيه", "Ambassador", "FR"),
        P("Jean-Noel Barrot", "جان نويل بارو", "Minister of Foreign Affairs", "FR"),
        P("Abdelmadjid Tebboune", "عبد المجيد تبون", "President", "DZ"),
    ],
    events=[
        E("expulsion", "FR", "DZ", ["Emmanuel Macron"], None, "2025-04-15",
          "قرر طرد اثني عشر موظفاً يعملون في الشبكة القنصلية والدبلوماسية الجزائرية في فرنسا", count=12,
          topics="security"),
        E("other", "FR", "DZ", ["Emmanuel Macron", "Stéphane Romatet"], None, "2025-04-15",
          "واستدعاء السفير الفرنسي لدى الجزائر ستيفان روماتيه للتشاور"),
        E("statement_criticism", "FR", "DZ", [], None, "2025-04-15",
          "\"السلطات الجزائرية تتحمل مسؤولية التدهور الحاد في العلاقات الثنائية\""),
        E("other", "DZ", "FR", [], "Algiers", "2025-04-13",
          "استدعت القائم بالأعمال في السفارة الفرنسية يوم الأحد"),
        E("expulsion", "DZ", "FR", [], "Algiers", "2025-04-13",
          "اعتبار اثني عشر موظفاً في السفارة، ينتمون إلى وزارة الداخلية الفرنسية، أشخاصاً غير مرغوب فيهم",
          count=12, topics="security"),
        E("statement_criticism", "DZ", "FR", [], None, "2025-04-12",
          "واحتجت وزارة الخارجية الجزائرية يوم السبت على توقيف موظفها القنصلي"),
        E("visit", "FR DZ", None, ["Jean-Noel Barrot"], "Algiers", "2025-04-06",
          "زيارة وزير الخارجية الفرنسي جان نويل بارو إلى الجزائر في السادس من أبريل"),
        E("meeting", "DZ FR", None, ["Abdelmadjid Tebboune", "Jean-Noel Barrot"], "Algiers", "2025-04-06",
          "حيث استقبله الرئيس عبد المجيد تبون", topics="security; political cooperation"),
        E("other", "FR DZ", None, ["Emmanuel Macron", "Abdelmadjid Tebboune"], None, "2025-03-31",
          "اتصالاً هاتفياً أجراه ماكرون بتبون في 31 مارس"),
    ],
    notes="Franco-Algerian expulsions of April 2025: facts follow the record (Algeria's 12 expelled French interior-ministry staff with 48 hours, announced after the summons on Sunday 13 April; France's 12 expelled Algerian agents and Romatet's recall on Tuesday 15 April; Barrot's visit of 6 April; the Macron-Tebboune call of 31 March); wording and quotes are ours. Background rule of this set: earlier acts dated to a day (6 April, 31 March, 'يوم السبت') are gold; the summer-2024 French position on Western Sahara and Algeria's recall of its ambassador 'حينها' (no day) are background. The Algerian summons of the French chargé and the expulsion communicated to him are two events (summons other, expulsion). Barrot's 'France responds firmly' is folded into the French acts (no separate criticism). Romatet is listed (recalled by his own state). Trap: a football player sent off ('طرد').",
))

ARTICLES.append(A(
    id="r2_ar_004_sudan_cuts_ties_uae", date="2025-05-07", orgs="ICJ",
    source="SUNA (Sudan News Agency) style with regional reactions",
    text="""
السودان يقطع علاقاته الدبلوماسية مع الإمارات ويعلنها "دولة عدوان"

بورتسودان 7-5-2025 (سونا) - أعلن مجلس الأمن والدفاع السوداني، مساء الثلاثاء، قطع العلاقات الدبلوماسية مع دولة الإمارات العربية المتحدة وسحب السفارة السودانية والقنصلية العامة من أبوظبي ودبي، وذلك في اجتماع طارئ ترأسه رئيس مجلس السيادة القائد العام للقوات المسلحة الفريق أول ركن عبد الفتاح البرهان.

وتلا وزير الدفاع الفريق يس إبراهيم يس بيان المجلس الذي أعلن فيه اعتبار الإمارات "دولة عدوان"، متهماً إياها بتزويد ميليشيا الدعم السريع بأسلحة استراتيجية متطورة استُخدمت في الهجمات بالطائرات المسيرة التي استهدفت منذ الأحد الماضي ميناء بورتسودان ومطارها ومستودعات الوقود ومحطات الكهرباء.

وأكد البيان أن السودان يحتفظ بحقه الكامل في الرد "بكل الوسائل" استناداً إلى المادة 51 من ميثاق الأمم المتحدة، حفاظاً على سيادة البلاد ووحدة أراضيها.

وجاء القرار بعد يوم واحد من إعلان محكمة العدل الدولية عدم اختصاصها بالنظر في الدعوى التي رفعها السودان ضد الإمارات بتهمة التواطؤ في الإبادة الجماعية بحق قبيلة المساليت في غرب دارفور.

وفي أبوظبي، قالت وزارة الخارجية الإماراتية في بيان مساء الثلاثاء إنها "لا تعترف" بالقرار لأنه صادر عن "سلطة بورتسودان" التي لا تمثل الحكومة الشرعية للسودان وشعبه، ورفضت ما وصفته بـ"الادعاءات الباطلة"، مؤكدة أن العلاقات بين البلدين "ستظل قائمة على أساس الأخوة".

إقليمياً، أعربت المملكة العربية السعودية ودولة قطر عن إدانتهما للهجمات التي استهدفت المنشآت المدنية في بورتسودان، ودعتا إلى حماية المدنيين. وأجرى وزير الخارجية المصري بدر عبد العاطي اليوم الأربعاء اتصالاً هاتفياً بنظيره السوداني أكد خلاله تضامن القاهرة الكامل مع السودان ورفضها أي مساس بمؤسساته الوطنية.

ويشهد السودان منذ منتصف أبريل 2023 حرباً بين الجيش وقوات الدعم السريع أودت بحياة عشرات الآلاف وشردت أكثر من 13 مليون شخص، في ما تصفه الأمم المتحدة بأسوأ أزمة إنسانية في العالم.

وكانت الحكومة السودانية قد استدعت سفيرها من أبوظبي في وقت سابق من الحرب احتجاجاً على ما تعتبره دعماً إماراتياً للميليشيا، وهو ما تنفيه أبوظبي باستمرار.

سونا
""",
    persons=[
        P("Abdel Fattah al-Burhan", "عبد الفتاح البرهان", "Chairman of the Sovereignty Council", "SD", rank="General"),
        P("Yassin Ibrahim Yassin", "يس إبراهيم يس", "Minister of Defence", "SD", rank="Lieutenant General"),
        P("Badr Abdelatty", "بدر عبد العاطي", "Minister of Foreign Affairs", "EG"),
    ],
    events=[
        E("other", "SD", "AE", ["Abdel Fattah al-Burhan"], "Port Sudan", "2025-05-06",
          "قطع العلاقات الدبلوماسية مع دولة الإمارات العربية المتحدة وسحب السفارة السودانية والقنصلية العامة من أبوظبي ودبي",
          topics="regional conflicts"),
        E("statement_criticism", "SD", "AE", ["Yassin Ibrahim Yassin"], "Port Sudan", "2025-05-06",
          "اعتبار الإمارات \"دولة عدوان\"، متهماً إياها بتزويد ميليشيا الدعم السريع بأسلحة استراتيجية متطورة",
          topics="arms smuggling; regional conflicts"),
        E("statement_criticism", "AE", "SD", [], "Abu Dhabi", "2025-05-06",
          "ورفضت ما وصفته بـ\"الادعاءات الباطلة\""),
        E("other", "EG SD", None, ["Badr Abdelatty"], None, "2025-05-07",
          "وأجرى وزير الخارجية المصري بدر عبد العاطي اليوم الأربعاء اتصالاً هاتفياً بنظيره السوداني"),
    ],
    notes="Sudan's break with the UAE, Port Sudan, Tuesday 6 May 2025 (article Wednesday 7 May): the Security and Defence Council decision read by the defence minister, the 'aggressor state' label, the ICJ ruling of 5 May and the UAE's 'does not recognise' reply follow the record in outline (the UAE reply's exact timing is illustrative). Breaking relations with withdrawal of the embassy and consulate: one 'other' SD->AE; the aggressor label and accusation: a separate criticism. The UAE's rejection of 'false allegations': criticism AE->SD; its 'لا تعترف' concerns a decision, not a state: no recognition event (trap). The Egyptian call of Wednesday: other EG-SD (Sudanese FM unnamed); Egypt's solidarity is not praise of a state act. Saudi and Qatari condemnations of drone strikes name no state attacker (RSF is not a state): no events. The ICJ ruling: organisation act, no event. Sudan's earlier recall of its ambassador 'في وقت سابق من الحرب' (no day): background. Burhan chaired the council: listed with the break.",
))

ARTICLES.append(A(
    id="r2_ar_005_riyadh_syria_ministerial", date="2025-01-12", orgs="EU AL",
    source="SPA (Saudi Press Agency) style",
    text="""
سمو وزير الخارجية يرأس الاجتماعات الوزارية بشأن سوريا في الرياض

الرياض 12 رجب 1446 هـ الموافق 12 يناير 2025 م واس
ترأس صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اليوم، الاجتماعات الوزارية العربية والموسعة بشأن سوريا التي استضافتها الرياض، بمشاركة وزير الخارجية السوري في الإدارة الجديدة أسعد حسن الشيباني.

وشارك في الاجتماعات وزراء خارجية وممثلو كل من: تركيا، والأردن، والعراق، ولبنان، ومصر، وقطر، والإمارات، والبحرين، والكويت، وسلطنة عمان، إلى جانب ألمانيا وفرنسا وإيطاليا وإسبانيا والمملكة المتحدة والولايات المتحدة، فضلاً عن الأمين العام لجامعة الدول العربية أحمد أبو الغيط والممثلة العليا للاتحاد الأوروبي للشؤون الخارجية كايا كالاس.

وأكد سموه في البيان الصادر عن الاجتماع دعم المملكة لوحدة سوريا وسيادتها واستقرارها، وأدان توغل إسرائيل في المنطقة العازلة في الجولان والمواقع المجاورة لها، مطالباً بانسحابها الفوري. ودعا المشاركون إلى رفع العقوبات الأحادية والأممية المفروضة على سوريا، معتبرين أن استمرارها يعرقل تطلعات الشعب السوري الشقيق إلى التنمية وإعادة الإعمار.

وعلى هامش الاجتماعات، التقى سمو وزير الخارجية وزير الخارجية السوري، واستعرضا مستجدات الأوضاع في سوريا وسبل دعم المرحلة الانتقالية. كما التقى سموه وزير الخارجية التركي هاكان فيدان وبحث معه التنسيق المشترك حيال الملف السوري.

من جهتها، أعلنت وزيرة الخارجية الألمانية أنالينا بيربوك تقديم مساعدات إنسانية إضافية بقيمة 50 مليون يورو، واقترحت "نهجاً ذكياً" لتخفيف العقوبات يبقي الإجراءات المفروضة على رموز النظام السابق. وقال وزير الخارجية الإيطالي أنطونيو تاياني إن بلاده تؤيد مراجعة أوروبية للعقوبات.

ويأتي الاجتماع بعد أسابيع من سقوط نظام بشار الأسد في الثامن من ديسمبر الماضي، وكان الشيباني قد زار المملكة مطلع الشهر الجاري على رأس وفد ضم وزير الدفاع ورئيس الاستخبارات.

وأوضح سموه في مؤتمر صحفي أن الاجتماع المقبل سيعقد في موعد يحدد لاحقاً، مشيراً إلى أن المملكة "ستواصل اتصالاتها مع الإدارة السورية الجديدة".

// انتهى //
12:40ت م
""",
    persons=[
        P("Faisal bin Farhan Al Saud", "فيصل بن فرحان بن عبدالله", "Minister of Foreign Affairs", "SA"),
        P("Asaad al-Shaibani", "أسعد حسن الشيباني", "Minister of Foreign Affairs", "SY"),
        P("Ahmed Aboul Gheit", "أحمد أبو الغيط", "Secretary-General of the Arab League", None),
        P("Kaja Kallas", "كايا كالاس", "High Representative of the EU for Foreign Affairs", None),
        P("Hakan Fidan", "هاكان فيدان", "Minister of Foreign Affairs", "TR"),
        P("Annalena Baerbock", "أنالينا بيربوك", "Minister of Foreign Affairs", "DE"),
        P("Antonio Tajani", "أنطونيو تاياني", "Minister of Foreign Affairs", "IT"),
    ],
    events=[
        E("meeting", "SA SY TR JO IQ LB EG QA AE BH KW OM DE FR IT ES GB US", None,
          ["Faisal bin Farhan Al Saud", "Asaad al-Shaibani", "Hakan Fidan", "Annalena Baerbock", "Antonio Tajani"],
          "Riyadh", "2025-01-12",
          "ترأس صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اليوم، الاجتماعات الوزارية العربية والموسعة بشأن سوريا",
          topics="regional conflicts; humanitarian; political cooperation"),
        E("statement_criticism", "SA", "IL", ["Faisal bin Farhan Al Saud"], "Riyadh", "2025-01-12",
          "وأدان توغل إسرائيل في المنطقة العازلة في الجولان", topics="regional conflicts"),
        E("meeting", "SA SY", None, ["Faisal bin Farhan Al Saud", "Asaad al-Shaibani"], "Riyadh", "2025-01-12",
          "التقى سمو وزير الخارجية وزير الخارجية السوري", topics="regional conflicts; political cooperation"),
        E("meeting", "SA TR", None, ["Faisal bin Farhan Al Saud", "Hakan Fidan"], "Riyadh", "2025-01-12",
          "كما التقى سموه وزير الخارجية التركي هاكان فيدان", topics="regional conflicts"),
        E("meeting", "SA SY TR JO IQ LB EG QA AE BH KW OM DE FR IT ES GB US", None, [], None, None,
          "الاجتماع المقبل سيعقد في موعد يحدد لاحقاً", status="planned", topics="regional conflicts"),
    ],
    notes="Riyadh meetings on Syria, Sunday 12 January 2025 (12 Rajab 1446): chaired by Faisal bin Farhan with Shaibani, Arab, Turkish, European and US participants, Baerbock's 50 million euros and 'smart approach', the call to lift sanctions, the condemnation of the Israeli incursion: facts follow the record in outline; the roster of states is taken from press reports and may differ in detail (Oman's and Spain's presence not checked), the two sideline meetings are illustrative. A ministerial meeting of many states is a 'meeting' (not a summit: no leaders). The call to lift sanctions is a generic call: no event. The next meeting 'at a date to be set' is a planned meeting of the same participants (doubtful). Background: Assad's fall on 8 December (no diplomatic act) and Shaibani's visit 'مطلع الشهر' (no day): not annotated. Arab League SG and Kallas are listed with country null; AL and EU named.",
))

ARTICLES.append(A(
    id="r2_ar_006_sisi_ankara_visit", date="2024-09-04",
    source="Anadolu Agency Arabic style",
    text="""
أردوغان والسيسي يوقعان 17 اتفاقية في أنقرة ويترأسان مجلس التعاون الاستراتيجي

أنقرة / الأناضول
04.09.2024

استقبل الرئيس التركي رجب طيب أردوغان، اليوم الأربعاء، نظيره المصري عبد الفتاح السيسي بمراسم رسمية في المجمع الرئاسي بالعاصمة أنقرة، في أول زيارة يجريها رئيس مصري إلى تركيا منذ 12 عاماً.

وعقد الرئيسان لقاءً ثنائياً مغلقاً، أعقبته مباحثات موسعة بمشاركة وفدي البلدين، ثم ترأسا الاجتماع الأول لمجلس التعاون الاستراتيجي رفيع المستوى بين تركيا ومصر.

وفي ختام الاجتماع، وقع الجانبان 17 اتفاقية ومذكرة تفاهم في مجالات الطاقة والدفاع والسياحة والصحة والزراعة والتعليم، إضافة إلى إعلان مشترك حول إعادة تشكيل مجلس التعاون.

وقال أردوغان في مؤتمر صحفي مشترك إن البلدين يهدفان إلى رفع حجم التبادل التجاري من نحو 10 مليارات دولار إلى 15 مليار دولار خلال خمس سنوات، مشيداً بـ"الدور البناء" الذي تؤديه القاهرة في جهود الوساطة لوقف إطلاق النار في غزة.

وأضاف الرئيس التركي أن إسرائيل "ترتكب جرائم حرب بحق الفلسطينيين"، داعياً المجتمع الدولي إلى التحرك لوقفها.

من جانبه، قال السيسي إن الزيارة "تعكس الإرادة المشتركة لفتح صفحة جديدة"، ووجه الشكر لأردوغان على حفاوة الاستقبال، معرباً عن تطلعه لاستقبال الرئيس التركي في القاهرة العام المقبل لعقد الاجتماع الثاني للمجلس.

وكان أردوغان قد زار القاهرة في 14 فبراير الماضي، في أول زيارة له لمصر منذ عام 2012، ووقع حينها مع السيسي إعلاناً مشتركاً لإعادة تفعيل المجلس.

وشهدت العلاقات بين البلدين تحسناً تدريجياً منذ عام 2021، وتوّجت بتبادل السفراء في يوليو 2023 للمرة الأولى منذ عقد.

وفي سياق آخر، أعلن الاتحاد التركي لكرة القدم توقيع اتفاقية رعاية جديدة مع إحدى شركات الطيران، بينما يستعد المنتخب التركي لمواجهة ويلز ضمن دوري الأمم الأوروبية.
""",
    persons=[
        P("Recep Tayyip Erdogan", "رجب طيب أردوغان", "President", "TR"),
        P("Abdel Fattah el-Sisi", "عبد الفتاح السيسي", "President", "EG"),
    ],
    events=[
        E("visit", "EG TR", None, ["Abdel Fattah el-Sisi"], "Ankara", "2024-09-04",
          "في أول زيارة يجريها رئيس مصري إلى تركيا منذ 12 عاماً"),
        E("meeting", "TR EG", None, ["Recep Tayyip Erdogan", "Abdel Fattah el-Sisi"], "Ankara", "2024-09-04",
          "وعقد الرئيسان لقاءً ثنائياً مغلقاً", topics="political cooperation; trade; energy; defence cooperation"),
        E("agreement", "TR EG", None, ["Recep Tayyip Erdogan", "Abdel Fattah el-Sisi"], "Ankara", "2024-09-04",
          "وقع الجانبان 17 اتفاقية ومذكرة تفاهم في مجالات الطاقة والدفاع والسياحة والصحة والزراعة والتعليم",
          count=17, topics="energy; defence cooperation; tourism; health; agriculture; education"),
        E("agreement", "TR EG", None, [], "Ankara", "2024-09-04",
          "إضافة إلى إعلان مشترك حول إعادة تشكيل مجلس التعاون", topics="political cooperation"),
        E("statement_praise", "TR EG", "EG", ["Recep Tayyip Erdogan"], "Ankara", "2024-09-04",
          "مشيداً بـ\"الدور البناء\" الذي تؤديه القاهرة", topics="Palestinian question"),
        E("statement_criticism", "TR", "IL", ["Recep Tayyip Erdogan"], "Ankara", "2024-09-04",
          "أن إسرائيل \"ترتكب جرائم حرب بحق الفلسطينيين\"", topics="Palestinian question"),
        E("statement_praise", "EG TR", "TR", ["Abdel Fattah el-Sisi"], "Ankara", "2024-09-04",
          "ووجه الشكر لأردوغان على حفاوة الاستقبال"),
        E("visit", "TR EG", None, ["Recep Tayyip Erdogan"], "Cairo", None,
          "معرباً عن تطلعه لاستقبال الرئيس التركي في القاهرة العام المقبل", status="planned"),
    ],
    notes="Sisi's visit to Ankara, Wednesday 4 September 2024, and the first meeting of the High-Level Strategic Cooperation Council: facts follow the record in outline; the number 17 and the list of fields are illustrative (not checked), quotes are ours. The two presidents' closed meeting, the delegations' talks and the council are one TR-EG meeting (host first). Documents and the joint declaration: two agreements. Thanks for hospitality: praise EG->TR (thanks count as praise). The hoped-for return visit 'next year' is a planned visit (doubtful: a hope, not a decision). Background rule of this set: Erdogan's Cairo visit of 14 February 2024 and the declaration signed then are dated to a day but more than 30 days before the article: background, not annotated; the ambassadors' exchange of July 2023 likewise. Trap: the football federation's 'اتفاقية رعاية'.",
))

ARTICLES.append(A(
    id="r2_ar_007_kuwait_national_day_cables", date="2024-12-02",
    source="KUNA (Kuwait News Agency) style bulletin",
    text="""
سمو الأمير يهنئ رئيس دولة الإمارات بالعيد الوطني الـ53

الكويت - 2 - 12 (كونا) -- بعث حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح حفظه الله ورعاه ببرقية تهنئة إلى أخيه صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس دولة الإمارات العربية المتحدة الشقيقة عبر فيها سموه عن خالص تهانيه بمناسبة العيد الوطني الثالث والخمسين لبلاده، متمنياً لسموه موفور الصحة والعافية وللبلد الشقيق دوام التقدم والازدهار.

كما بعث سمو ولي العهد الشيخ صباح خالد الحمد الصباح وسمو رئيس مجلس الوزراء الشيخ أحمد عبدالله الأحمد الصباح ببرقيتي تهنئة مماثلتين.

وفي سياق متصل، بعث سمو أمير البلاد ببرقية تهنئة إلى رئيس جمهورية لاو الديمقراطية الشعبية ثونغلون سيسوليث بمناسبة العيد الوطني لبلاده، وببرقية أخرى إلى رئيس رومانيا كلاوس يوهانيس بمناسبة العيد الوطني الذي صادف يوم أمس.

ومن جهة أخرى، بعث سموه ببرقية تعزية إلى الرئيس الإندونيسي برابوو سوبيانتو أعرب فيها عن خالص تعازيه بضحايا الانهيارات الأرضية التي شهدتها جزيرة سومطرة.

وعلى صعيد آخر، تلقى وزير الخارجية عبدالله علي اليحيا اليوم اتصالاً هاتفياً من وزير خارجية سلطنة عمان بدر بن حمد البوسعيدي، جرى خلاله استعراض نتائج القمة الخليجية التي اختتمت أعمالها أمس في الكويت، والتنسيق المشترك بشأن التطورات المتسارعة في سوريا.

واستقبل الوزير اليحيا في مكتبه سفير جمهورية كوريا لدى البلاد تشونغ بيونغ-ها، الذي سلمه رسالة خطية من نظيره الكوري تتعلق بالعلاقات الثنائية والتحضير لاجتماعات اللجنة المشتركة.

وفي الشأن المحلي، احتفلت وزارة التربية بتكريم الطلبة المتفوقين، وقدمت شهادات تقدير لعدد من المعلمين "سفراء التميز" تقديراً لجهودهم في تطوير العملية التعليمية.

كما شهدت البلاد اليوم أمطاراً خفيفة متفرقة، فيما توقعت إدارة الأرصاد الجوية استمرار الأجواء الباردة نسبياً حتى نهاية الأسبوع. (النهاية) ف ع / ر ج
""",
    persons=[
        P("Mishal Al-Ahmad Al-Jaber Al-Sabah", "مشعل الأحمد الجابر الصباح", "Emir", "KW"),
        P("Mohamed bin Zayed Al Nahyan", "محمد بن زايد آل نهيان", "President", "AE"),
        P("Sabah Al-Khalid Al-Sabah", "صباح خالد الحمد الصباح", "Crown Prince", "KW"),
        P("Ahmad Abdullah Al-Ahmad Al-Sabah", "أحمد عبدالله الأحمد الصباح", "Prime Minister", "KW"),
        P("Thongloun Sisoulith", "ثونغلون سيسوليث", "President", "LA"),
        P("Klaus Iohannis", "كلاوس يوهانيس", "President", "RO"),
        P("Abdullah Ali Al-Yahya", "عبدالله علي اليحيا", "Minister of Foreign Affairs", "KW"),
        P("Badr Albusaidi", "بدر بن حمد البوسعيدي", "Minister of Foreign Affairs", "OM"),
        P("Chung Byung-ha", "تشونغ بيونغ-ها", "Ambassador", "KR"),
    ],
    events=[
        E("congratulation", "KW AE", "AE",
          ["Mishal Al-Ahmad Al-Jaber Al-Sabah", "Mohamed bin Zayed Al Nahyan", "Sabah Al-Khalid Al-Sabah",
           "Ahmad Abdullah Al-Ahmad Al-Sabah"], None, "2024-12-02",
          "بعث حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح حفظه الله ورعاه ببرقية تهنئة"),
        E("congratulation", "KW LA", "LA", ["Mishal Al-Ahmad Al-Jaber Al-Sabah", "Thongloun Sisoulith"], None,
          "2024-12-02", "بعث سمو أمير البلاد ببرقية تهنئة إلى رئيس جمهورية لاو الديمقراطية الشعبية ثونغلون سيسوليث"),
        E("congratulation", "KW RO", "RO", ["Mishal Al-Ahmad Al-Jaber Al-Sabah", "Klaus Iohannis"], None,
          "2024-12-02", "وببرقية أخرى إلى رئيس رومانيا كلاوس يوهانيس"),
        E("other", "OM KW", None, ["Abdullah Ali Al-Yahya", "Badr Albusaidi"], None, "2024-12-02",
          "تلقى وزير الخارجية عبدالله علي اليحيا اليوم اتصالاً هاتفياً من وزير خارجية سلطنة عمان بدر بن حمد البوسعيدي",
          topics="regional conflicts; political cooperation"),
        E("meeting", "KW KR", None, ["Abdullah Ali Al-Yahya", "Chung Byung-ha"], "Kuwait City", "2024-12-02",
          "واستقبل الوزير اليحيا في مكتبه سفير جمهورية كوريا لدى البلاد", topics="political cooperation"),
    ],
    notes="KUNA bulletin, Monday 2 December 2024 (UAE national day). The Emir's cable and the identical cables of the Crown Prince and the Prime Minister are one congratulation KW->AE (several cables of one state's leaders). Laos's national day (2 December) and Romania's (1 December, 'يوم أمس'): one congratulation each, dated the bulletin day (the cables are sent today). The condolence cable to Indonesia is no event type (Indonesia not listed, Prabowo not listed). Oman's call to the Kuwaiti minister: other OM-KW (the caller first). The Korean ambassador's call on the minister with a letter: meeting KW-KR; the ambassador's name is illustrative. Cables and the call are plausible for the day but not checked one by one (illustrative). Traps: teachers as 'سفراء التميز', weather.",
))

ARTICLES.append(A(
    id="r2_ar_008_qatar_emir_credentials", date="2025-02-11",
    source="QNA (Qatar News Agency) style",
    text="""
سمو الأمير يتسلم أوراق اعتماد سفراء ست دول

الدوحة في 11 فبراير /قنا/ تسلم حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، في الديوان الأميري صباح اليوم، أوراق اعتماد ستة سفراء جدد لدى دولة قطر.

وتسلم سمو الأمير أوراق اعتماد كل من: سعادة السيد ماركو أنطونيو سيلفا سفير جمهورية البرازيل الاتحادية، وسعادة السيدة ليندا أوتينو سفيرة جمهورية كينيا، وسعادة السيد أحمد فاضل بن يعقوب سفير ماليزيا، وسعادة السيد يوها ناسي سفير جمهورية فنلندا، وسعادة السيد مانويل غارسيا سفير جمهورية الأرجنتين، وسعادة السيد رستم خوجاييف سفير جمهورية أوزبكستان.

وتمنى سموه للسفراء التوفيق في مهامهم، وللعلاقات بين دولة قطر وبلدانهم المزيد من التطور والنماء، فيما نقل السفراء إلى سموه تحيات قادة بلدانهم وتمنياتهم لدولة قطر وشعبها بالمزيد من التقدم والازدهار.

وفي وقت لاحق، تلقى حضرة صاحب السمو أمير البلاد المفدى اتصالاً هاتفياً من فخامة الرئيس مسعود بزشكيان رئيس جمهورية إيران الإسلامية، جرى خلاله استعراض علاقات التعاون بين البلدين وبحث آخر المستجدات في المنطقة، لا سيما تطورات الأوضاع في قطاع غزة وتنفيذ اتفاق وقف إطلاق النار. وأشاد الرئيس الإيراني خلال الاتصال بجهود دولة قطر في التوصل إلى الاتفاق.

كما استقبل معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، في مكتبه اليوم، سعادة السيد دانيال ستيفن وزير الدولة البريطاني لشؤون الشرق الأوسط، وجرى خلال المقابلة استعراض علاقات التعاون الاستراتيجي بين البلدين.

وفي الشأن الاقتصادي، اعتمد مجلس إدارة هيئة قطر للاستثمار خطة توسع جديدة في قطاع التكنولوجيا، فيما أعلن بنك قطر الوطني عن نتائجه السنوية. وفي الرياضة، تستضيف الدوحة الأسبوع المقبل بطولة قطر المفتوحة للتنس بمشاركة نخبة من اللاعبين.

/قنا/
""",
    persons=[
        P("Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني", "Emir", "QA"),
        P("Marco Antonio Silva", "ماركو أنطونيو سيلفا", "Ambassador", "BR"),
        P("Linda Otieno", "ليندا أوتينو", "Ambassador", "KE"),
        P("Ahmad Fadil bin Yaakob", "أحمد فاضل بن يعقوب", "Ambassador", "MY"),
        P("Juha Nassi", "يوها ناسي", "Ambassador", "FI"),
        P("Manuel Garcia", "مانويل غارسيا", "Ambassador", "AR"),
        P("Rustam Khojayev", "رستم خوجاييف", "Ambassador", "UZ"),
        P("Masoud Pezeshkian", "مسعود بزشكيان", "President", "IR"),
        P("Mohammed bin Abdulrahman Al Thani", "محمد بن عبدالرحمن بن جاسم آل ثاني", "Prime Minister and Minister of Foreign Affairs", "QA"),
        P("Daniel Stephen", "دانيال ستيفن", "Minister of State for the Middle East", "GB"),
    ],
    events=[
        E("appointment", "BR QA", None, ["Marco Antonio Silva", "Tamim bin Hamad Al Thani"], "Doha", "2025-02-11",
          "سعادة السيد ماركو أنطونيو سيلفا سفير جمهورية البرازيل الاتحادية"),
        E("appointment", "KE QA", None, ["Linda Otieno", "Tamim bin Hamad Al Thani"], "Doha", "2025-02-11",
          "وسعادة السيدة ليندا أوتينو سفيرة جمهورية كينيا"),
        E("appointment", "MY QA", None, ["Ahmad Fadil bin Yaakob", "Tamim bin Hamad Al Thani"], "Doha", "2025-02-11",
          "وسعادة السيد أحمد فاضل بن يعقوب سفير ماليزيا"),
        E("appointment", "FI QA", None, ["Juha Nassi", "Tamim bin Hamad Al Thani"], "Doha", "2025-02-11",
          "وسعادة السيد يوها ناسي سفير جمهورية فنلندا"),
        E("appointment", "AR QA", None, ["Manuel Garcia", "Tamim bin Hamad Al Thani"], "Doha", "2025-02-11",
          "وسعادة السيد مانويل غارسيا سفير جمهورية الأرجنتين"),
        E("appointment", "UZ QA", None, ["Rustam Khojayev", "Tamim bin Hamad Al Thani"], "Doha", "2025-02-11",
          "وسعادة السيد رستم خوجاييف سفير جمهورية أوزبكستان"),
        E("other", "IR QA", None, ["Masoud Pezeshkian", "Tamim bin Hamad Al Thani"], None, "2025-02-11",
          "تلقى حضرة صاحب السمو أمير البلاد المفدى اتصالاً هاتفياً من فخامة الرئيس مسعود بزشكيان",
          topics="Palestinian question; political cooperation"),
        E("statement_praise", "IR QA", "QA", ["Masoud Pezeshkian"], None, "2025-02-11",
          "وأشاد الرئيس الإيراني خلال الاتصال بجهود دولة قطر في التوصل إلى الاتفاق", topics="Palestinian question"),
        E("meeting", "QA GB", None, ["Mohammed bin Abdulrahman Al Thani", "Daniel Stephen"], "Doha", "2025-02-11",
          "استقبل معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، في مكتبه اليوم",
          topics="political cooperation"),
    ],
    notes="Invented bulletin in QNA house style dated Tuesday 11 February 2025: the ceremony, the six ambassadors and their names, the Iranian call and the British minister's visit are ILLUSTRATIVE (plausible, not a report of a real day); Tamim, Pezeshkian and the Qatari PM held those posts then. The British minister's name is invented (listed as written). One appointment per sending state, sending state first, evidence the state's item. The call from Pezeshkian: other IR-QA; his praise of Qatar's mediation: a separate praise IR->QA. The British minister's call on the PM: meeting QA-GB (his visit is implied but not stated: no visit event). Traps: 'اعتمد مجلس إدارة' (board approval), tennis.",
))

ARTICLES.append(A(
    id="r2_ar_009_sharaa_white_house", date="2025-11-11", orgs="UN",
    source="SANA (Syrian Arab News Agency) style",
    text="""
الرئيس الشرع يلتقي الرئيس ترامب في البيت الأبيض في أول زيارة لرئيس سوري إلى واشنطن

واشنطن-سانا
التقى رئيس الجمهورية العربية السورية أحمد الشرع، أمس الاثنين، الرئيس الأمريكي دونالد ترامب في البيت الأبيض، في أول زيارة يجريها رئيس سوري إلى العاصمة الأمريكية منذ استقلال سوريا عام 1946.

وجرى خلال اللقاء، الذي عقد في المكتب البيضاوي بحضور وزير الخارجية والمغتربين أسعد حسن الشيباني ووزير الخارجية الأمريكي ماركو روبيو، بحث العلاقات الثنائية وسبل دعم جهود إعادة الإعمار ورفع العقوبات المتبقية المفروضة على سوريا.

وأعلنت وزارة الخزانة الأمريكية عقب اللقاء تعليق العمل بعقوبات "قانون قيصر" لمدة 180 يوماً، باستثناء المعاملات المتعلقة بروسيا وإيران.

كما أعلن الجانبان انضمام سوريا إلى التحالف الدولي لمكافحة تنظيم داعش، لتصبح الدولة التسعين في التحالف، وذلك في إطار التعاون لمكافحة الإرهاب وتعزيز الأمن الإقليمي.

وأشاد الرئيس ترامب بالرئيس الشرع، واصفاً إياه بأنه "قائد قوي"، وقال إن الولايات المتحدة "ستبذل كل ما بوسعها لإنجاح سوريا".

وفي وقت لاحق، عقد وزير الخارجية الشيباني ونظيراه الأمريكي روبيو والتركي هاكان فيدان اجتماعاً ثلاثياً في واشنطن بحث تنفيذ اتفاق العاشر من آذار مع قوات سوريا الديمقراطية ودمجها في مؤسسات الدولة.

وكان الرئيس الشرع قد وصل إلى واشنطن مساء السبت قادماً من البرازيل، حيث شارك في مؤتمر المناخ "كوب 30" في مدينة بيليم. وقبيل الزيارة، رفع مجلس الأمن الدولي يوم الخميس الماضي اسم الرئيس الشرع ووزير الداخلية أنس خطاب من قوائم العقوبات.

من جهتها، رحبت وزارة الخارجية السعودية في بيان اليوم بنتائج الزيارة، وثمنت قرار الإدارة الأمريكية تعليق العقوبات، معربة عن أملها في أن يسهم ذلك في تعافي الاقتصاد السوري.

وفي دمشق، احتفل أهالي العاصمة بالزيارة في ساحة الأمويين، فيما شهدت الأسواق ارتفاعاً في سعر صرف الليرة السورية أمام الدولار.
""",
    persons=[
        P("Ahmed al-Sharaa", "أحمد الشرع", "President", "SY"),
        P("Donald Trump", "دونالد ترامب", "President", "US"),
        P("Asaad al-Shaibani", "أسعد حسن الشيباني", "Minister of Foreign Affairs", "SY"),
        P("Marco Rubio", "ماركو روبيو", "Secretary of State", "US"),
        P("Hakan Fidan", "هاكان فيدان", "Minister of Foreign Affairs", "TR"),
    ],
    events=[
        E("visit", "SY US", None, ["Ahmed al-Sharaa"], "Washington", "2025-11-10",
          "في أول زيارة يجريها رئيس سوري إلى العاصمة الأمريكية"),
        E("meeting", "US SY", None, ["Donald Trump", "Ahmed al-Sharaa", "Asaad al-Shaibani", "Marco Rubio"],
          "Washington", "2025-11-10",
          "التقى رئيس الجمهورية العربية السورية أحمد الشرع، أمس الاثنين، الرئيس الأمريكي دونالد ترامب في البيت الأبيض",
          topics="political cooperation; economic cooperation"),
        E("other", "SY", None, [], "Washington", "2025-11-10",
          "انضمام سوريا إلى التحالف الدولي لمكافحة تنظيم داعش", topics="counter-terrorism"),
        E("statement_praise", "US SY", "SY", ["Donald Trump"], "Washington", "2025-11-10",
          "وأشاد الرئيس ترامب بالرئيس الشرع"),
        E("meeting", "SY US TR", None, ["Asaad al-Shaibani", "Marco Rubio", "Hakan Fidan"], "Washington",
          "2025-11-10", "اجتماعاً ثلاثياً في واشنطن", topics="security; regional conflicts"),
        E("statement_praise", "SA US", "US", [], None, "2025-11-11",
          "وثمنت قرار الإدارة الأمريكية تعليق العقوبات", topics="economic cooperation"),
    ],
    notes="Sharaa at the White House, Monday 10 November 2025 (article Tuesday 11): the first visit of a Syrian president, the Oval Office meeting, the 180-day suspension of Caesar Act sanctions, Syria joining the anti-ISIS coalition, the Rubio-Fidan-Shaibani trilateral and the UNSC delisting on Thursday 6 November follow the record in outline; quotes, the Saudi statement and the closing items are illustrative. Suspending sanctions is no event type (not a sanction; doubtful). Joining the coalition is an accession: other with SY alone (the coalition is not an organisation of the table). The trilateral is a meeting of its own (other set of parties). Saudi Arabia's appreciation of the US decision: praise SA->US; its welcome of the visit's results is folded in. The UNSC delisting: organisation act, no event; COP30 in Belem: a conference, no event; the arrival on Saturday is the same visit (dated the meeting day? no: the visit is dated the talks day as stated 'أمس الاثنين'; doubtful).",
))

ARTICLES.append(A(
    id="r2_ar_010_jordan_king_white_house", date="2025-02-11",
    source="Petra (Jordan News Agency) style",
    text="""
الملك يلتقي الرئيس الأمريكي في البيت الأبيض ويؤكد موقف الأردن الثابت برفض تهجير الفلسطينيين

واشنطن 11 شباط (بترا)- التقى جلالة الملك عبدالله الثاني، اليوم الثلاثاء، الرئيس الأمريكي دونالد ترامب، في البيت الأبيض، بحضور سمو الأمير الحسين بن عبدالله الثاني، ولي العهد.

وأكد جلالته، خلال اللقاء، موقف الأردن الثابت ضد تهجير الفلسطينيين في غزة والضفة الغربية، مشدداً على أن هذا هو الموقف العربي الموحد، وأن إعادة إعمار غزة دون تهجير أهلها يجب أن تكون الأولوية.

وأعلن جلالة الملك أن الأردن سيستقبل ألفي طفل من أطفال غزة المصابين بالسرطان أو الذين يعانون من أمراض خطيرة، في خطوة قال إنها يمكن القيام بها فوراً. وأشار إلى أن مصر ستقدم خطة للتعامل مع الوضع في القطاع، وأن الدول العربية ستأتي إلى الولايات المتحدة بموقف مشترك بعد التشاور في الرياض.

من جهته، أعرب الرئيس ترامب عن تقديره لمبادرة الأردن بشأن الأطفال، ووصفها بأنها "لفتة جميلة".

وكان جلالة الملك قد التقى، أمس الاثنين، وزير الخارجية الأمريكي ماركو روبيو، ومستشار الأمن القومي مايك والتز، ومبعوث الرئيس الأمريكي إلى الشرق الأوسط ستيف ويتكوف، كما التقى أعضاء في لجنتي العلاقات الخارجية والقوات المسلحة في مجلس الشيوخ.

وأجرى جلالته، يوم الأحد، اتصالاً هاتفياً مع الرئيس المصري عبد الفتاح السيسي جرى خلاله تنسيق المواقف قبيل زيارة واشنطن، وأكد الزعيمان رفضهما لأي محاولات لتصفية القضية الفلسطينية.

وتأتي الزيارة بعد أيام من تصريحات أدلى بها الرئيس ترامب بشأن تولي الولايات المتحدة السيطرة على غزة ونقل سكانها إلى دول مجاورة، وهي تصريحات قوبلت برفض عربي واسع.

وفي عمان، نفذت القوات المسلحة الأردنية إنزالاً جوياً جديداً لمساعدات إنسانية وطبية على شمال غزة بالتعاون مع دول شقيقة وصديقة.

ويختتم جلالة الملك زيارته العملية إلى الولايات المتحدة غداً الأربعاء، على أن يعود إلى أرض الوطن.

--(بترا) ع ح/ س ب
""",
    persons=[
        P("Abdullah II", "عبدالله الثاني", "King", "JO"),
        P("Donald Trump", "دونالد ترامب", "President", "US"),
        P("Hussein bin Abdullah", "الحسين بن عبدالله الثاني", "Crown Prince", "JO"),
        P("Marco Rubio", "ماركو روبيو", "Secretary of State", "US"),
        P("Mike Waltz", "مايك والتز", "National Security Adviser", "US"),
        P("Steve Witkoff", "ستيف ويتكوف", "Special Envoy to the Middle East", "US"),
        P("Abdel Fattah el-Sisi", "عبد الفتاح السيسي", "President", "EG"),
    ],
    events=[
        E("meeting", "US JO", None,
          ["Donald Trump", "Abdullah II", "Hussein bin Abdullah", "Marco Rubio", "Mike Waltz", "Steve Witkoff"],
          "Washington", "2025-02-11",
          "التقى جلالة الملك عبدالله الثاني، اليوم الثلاثاء، الرئيس الأمريكي دونالد ترامب، في البيت الأبيض",
          topics="Palestinian question; humanitarian"),
        E("statement_praise", "US JO", "JO", ["Donald Trump"], "Washington", "2025-02-11",
          "أعرب الرئيس ترامب عن تقديره لمبادرة الأردن بشأن الأطفال", topics="humanitarian; health"),
        E("other", "JO EG", None, ["Abdullah II", "Abdel Fattah el-Sisi"], None, "2025-02-09",
          "وأجرى جلالته، يوم الأحد، اتصالاً هاتفياً مع الرئيس المصري عبد الفتاح السيسي",
          topics="Palestinian question"),
        E("visit", "JO US", None, ["Abdullah II"], "Washington", None,
          "زيارته العملية إلى الولايات المتحدة"),
    ],
    notes="King Abdullah II at the White House, Tuesday 11 February 2025: the meeting, the crown prince's presence, the 2,000 sick children, the reference to an Egyptian plan, the Monday meetings with Rubio, Waltz and Witkoff follow the record in outline; the Sunday call with Sisi is illustrative; quotes paraphrased. The Monday meetings with US officials are folded into the one US-JO meeting of the article (one meeting per pair). The visit is stated only as 'زيارته العملية' (no arrival day): visit dated null. Senators are not state actors. Rejecting displacement names no state act target: no criticism (doubtful: aimed at Trump's plan). Jordan's airdrops and the Arab consultations in Riyadh (no date, no parties) give no events.",
))

ARTICLES.append(A(
    id="r2_ar_011_us_sanctions_burhan", date="2025-01-17",
    source="Sky News Arabia style wire roundup",
    text="""
واشنطن تفرض عقوبات على البرهان.. والخارجية السودانية: قرار "غريب" ومعيب

واشنطن - بورتسودان - سكاي نيوز عربية
الجمعة 17 يناير 2025 - 10:31 بتوقيت أبوظبي

فرضت وزارة الخزانة الأمريكية، الخميس، عقوبات على قائد الجيش السوداني رئيس مجلس السيادة عبد الفتاح البرهان، متهمة القوات المسلحة تحت قيادته بشن هجمات على المدنيين والمدارس والأسواق والمستشفيات، واستخدام التجويع سلاحاً في الحرب.

وقالت الوزارة في بيان إن الجيش اختار الحرب بدلاً من المفاوضات لإنهاء الصراع، مشيرة إلى أنها فرضت عقوبات أيضاً على شركة مقرها هونغ كونغ ومواطن سوداني أوكراني متهمين بتزويد الجيش بالأسلحة.

وقال وزير الخارجية الأمريكي أنتوني بلينكن إن "الأطراف المتحاربة أظهرت تجاهلاً صارخاً لحياة المدنيين"، مؤكداً أن واشنطن ستواصل محاسبة المسؤولين عن الفظائع.

في المقابل، انتقدت وزارة الخارجية السودانية القرار بشدة، ووصفته بأنه "غريب ويفتقر إلى أي أساس قانوني"، معتبرة أنه "يعكس تخبط الإدارة الأمريكية المنتهية ولايتها". وقال البرهان، خلال زيارة لولاية الجزيرة، إنه يرحب بأي عقوبات "من أجل خدمة السودان".

وتأتي هذه العقوبات بعد أسبوع من فرض واشنطن عقوبات على قائد قوات الدعم السريع محمد حمدان دقلو (حميدتي)، وإعلانها أن قواته ارتكبت إبادة جماعية في دارفور.

وفي سياق متصل، استقبل رئيس مجلس السيادة في بورتسودان، أمس الخميس، وزير الدولة للشؤون الخارجية القطري محمد بن عبدالعزيز الخليفي، الذي نقل رسالة من أمير قطر تتعلق بالعلاقات الثنائية وجهود وقف الحرب.

ومن جهته، أعرب الاتحاد الإفريقي عن قلقه من تداعيات العقوبات على مسار السلام، داعياً إلى استئناف محادثات جدة برعاية سعودية أمريكية.

ويشهد السودان منذ أبريل 2023 حرباً خلفت عشرات الآلاف من القتلى ونزوح أكثر من 12 مليون شخص.

وفي شأن رياضي، فرض الاتحاد السوداني لكرة القدم عقوبات مالية على ناديي الهلال والمريخ بسبب أحداث شغب جماهيري في مباراة ودية أقيمت في بورتسودان.
""",
    orgs="AU",
    persons=[
        P("Abdel Fattah al-Burhan", "عبد الفتاح البرهان", "Chairman of the Sovereignty Council", "SD"),
        P("Antony Blinken", "أنتوني بلينكن", "Secretary of State", "US"),
        P("Mohammed bin Abdulaziz Al-Khulaifi", "محمد بن عبدالعزيز الخليفي", "Minister of State for Foreign Affairs", "QA"),
    ],
    events=[
        E("sanction", "US", "SD", ["Antony Blinken"], None, "2025-01-16",
          "فرضت وزارة الخزانة الأمريكية، الخميس، عقوبات على قائد الجيش السوداني رئيس مجلس السيادة عبد الفتاح البرهان",
          topics="human rights; regional conflicts"),
        E("statement_criticism", "US", "SD", ["Antony Blinken"], None, "2025-01-16",
          "وقالت الوزارة في بيان إن الجيش اختار الحرب بدلاً من المفاوضات لإنهاء الصراع", topics="regional conflicts"),
        E("statement_criticism", "SD", "US", [], None, "2025-01-16",
          "انتقدت وزارة الخارجية السودانية القرار بشدة"),
        E("meeting", "SD QA", None, ["Abdel Fattah al-Burhan", "Mohammed bin Abdulaziz Al-Khulaifi"], "Port Sudan",
          "2025-01-16", "استقبل رئيس مجلس السيادة في بورتسودان، أمس الخميس، وزير الدولة للشؤون الخارجية القطري",
          topics="regional conflicts; political cooperation"),
    ],
    notes="US sanctions on Burhan, Thursday 16 January 2025 (article Friday 17): the Treasury designation with its accusations, the Hong Kong company, Blinken's words and the Sudanese reply 'غريب' follow the record in outline; the Qatari minister's visit the same day is illustrative. Sanction US->SD (on the head of state; the Hong Kong company's designation is folded in: Hong Kong is not a state target). The Treasury's statement on the army is a US criticism of SD (the Sudanese state's army). Burhan's 'welcome' of any sanctions is sarcastic: no praise. Background: the sanctions on Hemedti 'a week ago' (no day; RSF is no state) are not annotated. The Qatari minister's visit to Port Sudan is implied: only the meeting is annotated. AU statement: organisation act. Trap: the football federation's 'عقوبات مالية'.",
))

ARTICLES.append(A(
    id="r2_ar_012_ghazouani_rabat_visit", date="2024-12-20",
    source="MAP (Maghreb Arabe Presse) style",
    text="""
جلالة الملك يستقبل رئيس الجمهورية الإسلامية الموريتانية بالقصر الملكي بالدار البيضاء

الدار البيضاء - 20/12/2024 (ومع) - استقبل صاحب الجلالة الملك محمد السادس، نصره الله، اليوم الجمعة بالقصر الملكي بالدار البيضاء، فخامة السيد محمد ولد الشيخ الغزواني، رئيس الجمهورية الإسلامية الموريتانية، الذي يقوم بزيارة خاصة إلى المملكة.

وأفاد بلاغ للديوان الملكي بأن هذا الاستقبال شكل مناسبة للتأكيد على عمق العلاقات الأخوية المتينة والتعاون المثمر بين البلدين الشقيقين، حيث أشاد قائدا البلدين بالتقدم الذي تعرفه مختلف مجالات التعاون الثنائي.

وأضاف البلاغ أن جلالة الملك والرئيس الموريتاني اتفقا على تطوير مشاريع استراتيجية للربط بين البلدين، وتنسيق مساهمتهما في إطار المبادرات الملكية بإفريقيا، لا سيما أنبوب الغاز الإفريقي الأطلسي نيجيريا-المغرب، والمبادرة الملكية لتسهيل ولوج دول الساحل إلى المحيط الأطلسي.

وحضر هذا الاستقبال مستشار صاحب الجلالة فؤاد عالي الهمة، ووزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج ناصر بوريطة.

وأقام جلالة الملك مأدبة غداء على شرف الرئيس الموريتاني والوفد المرافق له.

وكان رئيس الجمهورية الموريتانية قد حل يوم الأربعاء بالمملكة في زيارة خاصة، رفقة حرمه، حيث زارها في إطار رعاية طبية لقرينته، بحسب مصادر موريتانية.

من جهة أخرى، بعث جلالة الملك برقية تهنئة إلى السيد جون دراماني ماهاما، بمناسبة انتخابه رئيساً لجمهورية غانا، أعرب فيها جلالته عن متمنياته له بالتوفيق في مهامه السامية، وعن عزمه مواصلة العمل معه لتعزيز العلاقات الثنائية.

وعلى صعيد آخر، أجرى السيد بوريطة مباحثات هاتفية مع نظيره الإسباني خوسي مانويل ألباريس تناولت التحضير للاجتماع رفيع المستوى المقبل بين البلدين.

وفي المجال الرياضي، يستعد المنتخب الوطني المغربي لاحتضان نهائيات كأس الأمم الإفريقية 2025، حيث أكد رئيس الجامعة الملكية المغربية لكرة القدم جاهزية الملاعب.

ومع
""",
    persons=[
        P("Mohammed VI", "محمد السادس", "King", "MA"),
        P("Mohamed Ould Ghazouani", "محمد ولد الشيخ الغزواني", "President", "MR"),
        P("Fouad Ali El Himma", "فؤاد عالي الهمة", "Adviser to the King", "MA"),
        P("Nasser Bourita", "ناصر بوريطة", "Minister of Foreign Affairs", "MA"),
        P("John Mahama", "جون دراماني ماهاما", "President-elect", "GH"),
        P("José Manuel Albares", "خوسي مانويل ألباريس", "Minister of Foreign Affairs", "ES"),
    ],
    events=[
        E("meeting", "MA MR", None, ["Mohammed VI", "Mohamed Ould Ghazouani", "Fouad Ali El Himma", "Nasser Bourita"],
          "Casablanca", "2024-12-20",
          "استقبل صاحب الجلالة الملك محمد السادس، نصره الله، اليوم الجمعة بالقصر الملكي بالدار البيضاء",
          topics="energy; economic cooperation; political cooperation"),
        E("visit", "MR MA", None, ["Mohamed Ould Ghazouani"], None, "2024-12-18",
          "وكان رئيس الجمهورية الموريتانية قد حل يوم الأربعاء بالمملكة في زيارة خاصة"),
        E("congratulation", "MA GH", "GH", ["Mohammed VI", "John Mahama"], None, "2024-12-20",
          "بعث جلالة الملك برقية تهنئة إلى السيد جون دراماني ماهاما"),
        E("other", "MA ES", None, ["Nasser Bourita", "José Manuel Albares"], None, None,
          "أجرى السيد بوريطة مباحثات هاتفية مع نظيره الإسباني خوسي مانويل ألباريس"),
    ],
    notes="King Mohammed VI received President Ghazouani in Casablanca on Friday 20 December 2024 during a private visit: the reception, the Royal Cabinet's points (Atlantic gas pipeline, Sahel Atlantic initiative), El Himma and Bourita's presence follow the record in outline; the arrival day, the Ghana cable and the Bourita-Albares call are illustrative. The reception is the meeting MA-MR; the 'agreed to develop' projects are folded into it (no signed text: no agreement event; doubtful). The private visit is a visit (place null: a country, not a city stated for arrival). The mutual praise of progress is not annotated as praise of a state (both praise joint cooperation). The Ghana cable: congratulation MA->GH (dated the bulletin day). The Bourita-Albares call has no day: date null. Trap: football AFCON.",
))

ARTICLES.append(A(
    id="r2_ar_013_macron_beirut_visit", date="2025-01-17",
    source="NNA (National News Agency, Lebanon) style",
    text="""
ماكرون في بيروت: فرنسا إلى جانب لبنان ومؤتمر دولي لإعادة الإعمار خلال أسابيع

وطنية - بيروت - وصل الرئيس الفرنسي إيمانويل ماكرون، قبل ظهر اليوم الجمعة، إلى بيروت في زيارة رسمية تستمر يوماً واحداً، هي الأولى لرئيس أجنبي بعد انتخاب العماد جوزاف عون رئيساً للجمهورية، وكان في استقباله في مطار رفيق الحريري الدولي رئيس حكومة تصريف الأعمال نجيب ميقاتي.

وعقد ماكرون لقاءً مع ميقاتي في السراي الحكومي، قبل أن ينتقل إلى قصر بعبدا حيث عقد محادثات مع الرئيس عون تناولت تثبيت وقف إطلاق النار وانسحاب الجيش الإسرائيلي من الجنوب ودعم الجيش اللبناني. كما التقى الرئيس المكلف تشكيل الحكومة القاضي نواف سلام.

وفي مؤتمر صحافي مشترك في بعبدا، أشاد ماكرون بانتخاب عون وتكليف سلام، معتبراً أن لبنان "يطوي صفحة" الفراغ، ومعلناً أن باريس ستنظم خلال أسابيع مؤتمراً دولياً لدعم إعادة إعمار لبنان.

ودعا الرئيس الفرنسي إلى تسريع انسحاب القوات الإسرائيلية من جنوب لبنان، وقال إن "هناك تأخيراً" في الانسحاب يجب أن يتوقف.

وشكر الرئيس عون فرنسا على "وقوفها الدائم إلى جانب لبنان"، مؤكداً أن الجيش سينتشر في كل الجنوب.

وكان ماكرون قد أجرى الأسبوع الماضي اتصالاً هاتفياً بالرئيس عون لتهنئته فور انتخابه.

وفي وقت لاحق من اليوم، التقى الرئيس الفرنسي رئيس مجلس النواب نبيه بري في عين التينة، وجال في شارع الجميزة المتضرر من انفجار المرفأ.

وتزامنت الزيارة مع إعلان وزارة الخارجية السعودية أن وزير الخارجية الأمير فيصل بن فرحان سيزور بيروت الخميس المقبل، في أول زيارة لوزير خارجية سعودي منذ سنوات.

من جهة ثانية، تابع المنتخب اللبناني لكرة السلة استعداداته لتصفيات كأس آسيا، فيما شهدت أسعار المحروقات انخفاضاً طفيفاً.

==========ر.إ
""",
    persons=[
        P("Emmanuel Macron", "إيمانويل ماكرون", "President", "FR"),
        P("Joseph Aoun", "جوزاف عون", "President", "LB"),
        P("Najib Mikati", "نجيب ميقاتي", "Caretaker Prime Minister", "LB"),
        P("Nawaf Salam", "نواف سلام", "Prime Minister-designate", "LB"),
        P("Nabih Berri", "نبيه بري", "Speaker of Parliament", None),
        P("Faisal bin Farhan Al Saud", "فيصل بن فرحان", "Minister of Foreign Affairs", "SA"),
    ],
    events=[
        E("visit", "FR LB", None, ["Emmanuel Macron"], "Beirut", "2025-01-17",
          "وصل الرئيس الفرنسي إيمانويل ماكرون، قبل ظهر اليوم الجمعة، إلى بيروت في زيارة رسمية"),
        E("meeting", "LB FR", None, ["Joseph Aoun", "Emmanuel Macron", "Najib Mikati", "Nawaf Salam"], "Beirut",
          "2025-01-17", "حيث عقد محادثات مع الرئيس عون", topics="security; regional conflicts; defence cooperation"),
        E("statement_praise", "FR LB", "LB", ["Emmanuel Macron"], "Beirut", "2025-01-17",
          "أشاد ماكرون بانتخاب عون وتكليف سلام"),
        E("summit", "FR", None, ["Emmanuel Macron"], "Paris", None,
          "باريس ستنظم خلال أسابيع مؤتمراً دولياً لدعم إعادة إعمار لبنان", status="planned",
          topics="economic cooperation; humanitarian"),
        E("statement_criticism", "FR", "IL", ["Emmanuel Macron"], "Beirut", "2025-01-17",
          "وقال إن \"هناك تأخيراً\" في الانسحاب يجب أن يتوقف", topics="regional conflicts"),
        E("statement_praise", "LB FR", "FR", ["Joseph Aoun"], "Beirut", "2025-01-17",
          "وشكر الرئيس عون فرنسا"),
        E("visit", "SA LB", None, ["Faisal bin Farhan Al Saud"], "Beirut", "2025-01-23",
          "سيزور بيروت الخميس المقبل", status="planned"),
    ],
    notes="Macron in Beirut, Friday 17 January 2025: the visit, the talks with Aoun, Mikati, Salam and Berri, the reconstruction conference announcement and the call on Israel to withdraw follow the record in outline; quotes paraphrased; Faisal bin Farhan's visit on Thursday 23 January is on the record (its announcement that day is illustrative). All Lebanese officials fold into one LB-FR meeting (one meeting per pair; host first); Speaker Berri is listed without state (parliament does not act for the state) but he is part of the visit's programme only. The planned international conference is annotated as a planned summit FR (doubtful: a donors' conference). The remark on delayed withdrawal is criticism FR->IL. Background: Macron's congratulatory call 'last week' (no day) not annotated. Saudi visit 'الخميس المقبل' = 2025-01-23, planned.",
))

ARTICLES.append(A(
    id="r2_ar_014_france_recognises_palestine", date="2025-09-23", orgs="UN UNGA",
    source="WAFA (Palestinian News Agency) style",
    text="""
فرنسا ودول أوروبية تعترف رسمياً بدولة فلسطين في مؤتمر نيويورك.. والرئاسة ترحب

نيويورك 23-9-2025 وفا- أعلن الرئيس الفرنسي إيمانويل ماكرون، مساء أمس الاثنين، اعتراف بلاده رسمياً بدولة فلسطين، خلال المؤتمر الدولي رفيع المستوى للتسوية السلمية للقضية الفلسطينية وتنفيذ حل الدولتين، الذي عقد في مقر الأمم المتحدة برئاسة مشتركة فرنسية سعودية.

وقال ماكرون في كلمته أمام المؤتمر: "لقد حان الوقت لإحلال السلام"، مؤكداً أن الاعتراف "انتصار للسلام على الحرب" ولا يمثل "مكافأة لحماس".

وأعلنت كل من بلجيكا ولوكسمبورغ ومالطا وموناكو وأندورا خلال المؤتمر اعترافها بدولة فلسطين، بعد يوم واحد من اعتراف المملكة المتحدة وكندا وأستراليا والبرتغال.

وألقى ولي العهد رئيس مجلس الوزراء السعودي الأمير محمد بن سلمان كلمة المملكة عبر الاتصال المرئي، ألقاها نيابة عنه وزير الخارجية الأمير فيصل بن فرحان، رحب فيها بالاعترافات الجديدة ودعا بقية الدول إلى اتخاذ خطوة مماثلة.

ورحبت الرئاسة الفلسطينية بإعلان فرنسا والدول الأوروبية، وثمنت "الموقف الشجاع" للرئيس ماكرون. وشارك الرئيس محمود عباس في المؤتمر عبر تقنية الاتصال المرئي، بعد أن رفضت الولايات المتحدة منحه تأشيرة دخول.

في المقابل، رفضت الولايات المتحدة المؤتمر، وقالت المتحدثة باسم الخارجية الأمريكية إن الاعترافات "رمزية" ولا تخدم السلام. كما انتقد رئيس الوزراء الإسرائيلي بنيامين نتنياهو الخطوة الفرنسية واعتبرها "مكافأة للإرهاب".

وأكد الأمين العام للأمم المتحدة أنطونيو غوتيريش أن إقامة الدولة الفلسطينية "حق وليست مكافأة".

وبهذا يرتفع عدد الدول المعترفة بدولة فلسطين إلى أكثر من 150 دولة من أصل 193 دولة عضواً في الأمم المتحدة.

ومن المقرر أن يلقي الرئيس عباس كلمته أمام الجمعية العامة للأمم المتحدة عبر الفيديو يوم الخميس.

وفي رام الله، خرج مواطنون إلى ميدان المنارة احتفاءً بالاعترافات الجديدة، ورفعوا الأعلام الفرنسية والفلسطينية، فيما أكدت وزارة الخارجية والمغتربين أنها ستعمل على رفع مستوى التمثيل الدبلوماسي مع الدول المعترفة.

ي.ع
""",
    persons=[
        P("Emmanuel Macron", "إيمانويل ماكرون", "President", "FR"),
        P("Mohammed bin Salman", "محمد بن سلمان", "Crown Prince and Prime Minister", "SA"),
        P("Faisal bin Farhan Al Saud", "فيصل بن فرحان", "Minister of Foreign Affairs", "SA"),
        P("Mahmoud Abbas", "محمود عباس", "President", "PS"),
        P("Benjamin Netanyahu", "بنيامين نتنياهو", "Prime Minister", "IL"),
        P("Antonio Guterres", "أنطونيو غوتيريش", "Secretary-General of the United Nations", None),
    ],
    events=[
        E("recognition", "FR PS", "PS", ["Emmanuel Macron"], "New York", "2025-09-22",
          "أعلن الرئيس الفرنسي إيمانويل ماكرون، مساء أمس الاثنين، اعتراف بلاده رسمياً بدولة فلسطين",
          topics="Palestinian question"),
        E("recognition", "BE PS", "PS", [], "New York", "2025-09-22",
          "وأعلنت كل من بلجيكا ولوكسمبورغ ومالطا وموناكو وأندورا خلال المؤتمر اعترافها بدولة فلسطين",
          topics="Palestinian question"),
        E("recognition", "LU PS", "PS", [], "New York", "2025-09-22",
          "وأعلنت كل من بلجيكا ولوكسمبورغ ومالطا وموناكو وأندورا خلال المؤتمر اعترافها بدولة فلسطين",
          topics="Palestinian question"),
        E("recognition", "MT PS", "PS", [], "New York", "2025-09-22",
          "وأعلنت كل من بلجيكا ولوكسمبورغ ومالطا وموناكو وأندورا خلال المؤتمر اعترافها بدولة فلسطين",
          topics="Palestinian question"),
        E("recognition", "MC PS", "PS", [], "New York", "2025-09-22",
          "وأعلنت كل من بلجيكا ولوكسمبورغ ومالطا وموناكو وأندورا خلال المؤتمر اعترافها بدولة فلسطين",
          topics="Palestinian question"),
        E("recognition", "AD PS", "PS", [], "New York", "2025-09-22",
          "وأعلنت كل من بلجيكا ولوكسمبورغ ومالطا وموناكو وأندورا خلال المؤتمر اعترافها بدولة فلسطين",
          topics="Palestinian question"),
        E("recognition", "GB PS", "PS", [], None, "2025-09-21",
          "بعد يوم واحد من اعتراف المملكة المتحدة وكندا وأستراليا والبرتغال", topics="Palestinian question"),
        E("recognition", "CA PS", "PS", [], None, "2025-09-21",
          "بعد يوم واحد من اعتراف المملكة المتحدة وكندا وأستراليا والبرتغال", topics="Palestinian question"),
        E("recognition", "AU PS", "PS", [], None, "2025-09-21",
          "بعد يوم واحد من اعتراف المملكة المتحدة وكندا وأستراليا والبرتغال", topics="Palestinian question"),
        E("recognition", "PT PS", "PS", [], None, "2025-09-21",
          "بعد يوم واحد من اعتراف المملكة المتحدة وكندا وأستراليا والبرتغال", topics="Palestinian question"),
        E("summit", "FR SA", None, ["Emmanuel Macron", "Mohammed bin Salman", "Faisal bin Farhan Al Saud"],
          "New York", "2025-09-22", "الذي عقد في مقر الأمم المتحدة برئاسة مشتركة فرنسية سعودية",
          topics="Palestinian question"),
        E("statement_praise", "PS FR", "FR", [], None, "2025-09-22",
          "وثمنت \"الموقف الشجاع\" للرئيس ماكرون", topics="Palestinian question"),
        E("statement_criticism", "US", "FR", [], None, "2025-09-22",
          "قالت المتحدثة باسم الخارجية الأمريكية إن الاعترافات \"رمزية\" ولا تخدم السلام"),
        E("statement_criticism", "IL", "FR", ["Benjamin Netanyahu"], None, "2025-09-22",
          "كما انتقد رئيس الوزراء الإسرائيلي بنيامين نتنياهو الخطوة الفرنسية"),
    ],
    notes="France's recognition of Palestine at the two-state conference in New York, Monday 22 September 2025 (article Tuesday 23), co-chaired with Saudi Arabia; Belgium, Luxembourg, Malta, Monaco and Andorra the same evening; the UK, Canada, Australia and Portugal on Sunday 21 September ('بعد يوم واحد'): facts follow the record; quotes paraphrased; the US spokeswoman's words and Netanyahu's are illustrative wording of real positions. One recognition per recognising state (participants the state and PS, target PS). The conference co-chaired by two states is annotated as a summit FR-SA (doubtful: other states attended, not named as participants). The Palestinian presidency's welcome of France and the European states: praise PS->FR only (the others are not named in the praise sentence; doubtful). The US criticism of the recognitions and Netanyahu's of 'the French step': target FR. Saudi welcome of the recognitions (read by Faisal for MBS) is not annotated as praise (no named recogniser; doubtful). The US visa refusal to Abbas (background, no day) and Abbas's planned UNGA speech (an organisation session) give no events.",
))

ARTICLES.append(A(
    id="r2_ar_015_niamey_aes_confederation", date="2024-07-07", orgs="ECOWAS",
    source="Sputnik Arabic style",
    text="""
قادة مالي وبوركينا فاسو والنيجر يوقعون معاهدة "كونفدرالية دول الساحل" في نيامي

نيامي – سبوتنيك. وقع قادة مالي وبوركينا فاسو والنيجر، أمس السبت، في العاصمة النيجرية نيامي، معاهدة إنشاء "كونفدرالية دول الساحل"، في أول قمة لتحالف الدول الثلاث منذ إعلانه في سبتمبر الماضي، وعشية قمة لمجموعة "إيكواس" في أبوجا.

ووصل رئيس المرحلة الانتقالية في مالي العقيد أسيمي غويتا، ورئيس بوركينا فاسو النقيب إبراهيم تراوري، إلى نيامي صباح السبت، حيث كان في استقبالهما رئيس المجلس الوطني لحماية الوطن في النيجر الجنرال عبد الرحمن تياني.

وقال تياني في افتتاح القمة إن شعوب الدول الثلاث "أدارت ظهرها نهائياً" لمجموعة إيكواس، معتبراً أن المنظمة "أصبحت أداة في يد قوى أجنبية". واتهم تياني فرنسا بمواصلة "زعزعة استقرار" المنطقة.

وانتخب القادة الثلاثة العقيد غويتا رئيساً للكونفدرالية لمدة عام، فيما تقرر إنشاء بنك استثماري مشترك وصندوق للاستقرار.

وكانت الدول الثلاث قد أعلنت في 28 يناير الماضي انسحابها "الفوري" من إيكواس، متهمة المجموعة بعدم دعمها في مواجهة الجماعات المسلحة.

وعلى هامش القمة، عقد تياني لقاءين ثنائيين مع ضيفيه، بحثا التعاون الأمني وتبادل المعلومات الاستخباراتية.

ومن المقرر أن يعقد قادة دول إيكواس قمتهم اليوم الأحد في أبوجا برئاسة الرئيس النيجيري بولا تينوبو، لبحث تداعيات انسحاب الدول الثلاث.

وأشاد نائب وزير الدفاع الروسي يونس بك يفكوروف، الذي زار المنطقة مرات عدة، في تصريحات سابقة بـ"إرادة شعوب الساحل".

وتعد الدول الثلاث من أفقر دول العالم، وتشهد منذ سنوات هجمات لجماعات مرتبطة بتنظيمي القاعدة وداعش.

وشهدت شوارع نيامي احتفالات شعبية بالمناسبة، حيث رفع المشاركون أعلام الدول الثلاث إلى جانب الأعلام الروسية، فيما دعت منظمات من المجتمع المدني إلى إشراك الشباب في مؤسسات الكونفدرالية الجديدة وتسهيل حرية التنقل بين البلدان الثلاثة دون تأشيرات.

سبوتنيك
""",
    persons=[
        P("Assimi Goïta", "أسيمي غويتا", "President of the Transition", "ML", rank="Colonel"),
        P("Ibrahim Traoré", "إبراهيم تراوري", "President", "BF", rank="Captain"),
        P("Abdourahamane Tiani", "عبد الرحمن تياني", "President of the CNSP", "NE", rank="General"),
        P("Bola Tinubu", "بولا تينوبو", "President", "NG"),
    ],
    events=[
        E("agreement", "ML BF NE", None, ["Assimi Goïta", "Ibrahim Traoré", "Abdourahamane Tiani"], "Niamey",
          "2024-07-06", "معاهدة إنشاء \"كونفدرالية دول الساحل\"", topics="security; political cooperation"),
        E("summit", "NE ML BF", None, ["Abdourahamane Tiani", "Assimi Goïta", "Ibrahim Traoré"], "Niamey",
          "2024-07-06", "في أول قمة لتحالف الدول الثلاث", topics="security; political cooperation"),
        E("visit", "ML NE", None, ["Assimi Goïta"], "Niamey", "2024-07-06",
          "ووصل رئيس المرحلة الانتقالية في مالي العقيد أسيمي غويتا"),
        E("visit", "BF NE", None, ["Ibrahim Traoré"], "Niamey", "2024-07-06",
          "ورئيس بوركينا فاسو النقيب إبراهيم تراوري، إلى نيامي صباح السبت"),
        E("statement_criticism", "NE", "FR", ["Abdourahamane Tiani"], "Niamey", "2024-07-06",
          "واتهم تياني فرنسا بمواصلة \"زعزعة استقرار\" المنطقة", topics="security"),
        E("meeting", "NE ML", None, ["Abdourahamane Tiani", "Assimi Goïta"], "Niamey", "2024-07-06",
          "عقد تياني لقاءين ثنائيين مع ضيفيه", topics="security"),
        E("meeting", "NE BF", None, ["Abdourahamane Tiani", "Ibrahim Traoré"], "Niamey", "2024-07-06",
          "عقد تياني لقاءين ثنائيين مع ضيفيه", topics="security"),
        E("summit", "NG", None, ["Bola Tinubu"], "Abuja", "2024-07-07",
          "ومن المقرر أن يعقد قادة دول إيكواس قمتهم اليوم الأحد في أبوجا", status="planned"),
    ],
    notes="First AES summit in Niamey, Saturday 6 July 2024 (article Sunday 7): the confederation treaty, Goita, Traore and Tiani, the ECOWAS summit in Abuja on 7 July follow the record; Goita's one-year presidency and the bank/fund follow reports; quotes paraphrased; the bilateral sideline meetings are illustrative. Treaty: agreement of ML, BF, NE; summit host NE first in the summit list of the article's order? (host first: NE). Arrivals: two visits. Tiani's attack on ECOWAS: an organisation target, no event; on France: criticism NE->FR. Goita's election as chair of the confederation: not annotated (the confederation is not an organisation of the table; doubtful). Background: the withdrawal from ECOWAS on 28 January (dated to a day, but a withdrawal from an organisation: 'other' of each state would be the type) is background (dated to a day but more than 30 days before the article: this set's background rule). ECOWAS's Abuja summit 'اليوم الأحد': planned summit of the host NG with Tinubu. Yevkurov's praise 'in earlier statements' (no day, no state target): not annotated.",
))
