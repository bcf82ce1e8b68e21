"""Who the parties are in long wire sentences: officials written one after the other, a clause of its
own for each contact, and "the two leaders" after two of them met."""
import pytest

from kg.extract import Extractor, to_gold
from kg.extract.actors import ActorFinder
from kg.extract.discourse import Discourse
from kg.normalise import match_key
from kg.model import Article


@pytest.fixture(scope="module")
def extractor():
    return Extractor(min_confidence=0.0)


def _events(extractor, text, lang):
    got = to_gold(extractor.extract(Article(id="t", text=text, lang=lang)), extractor.ref)
    return {(e["type"], frozenset(e["participants"]) | ({e["target"]} if e["target"] else set()))
            for e in got["events"]}


def _lead(sentence: str, lang: str) -> str:
    dateline = {"ar": "بكين - 13 - 5 (كونا) -- وصل الرئيس الكيني إلى بكين اليوم.",
                "en": "BEIJING, May 13 (Reuters) - Kenya's president arrived in Beijing on Tuesday.",
                "fa": "پکن - ایرنا - رئیس‌جمهور کنیا امروز سه‌شنبه وارد پکن شد."}[lang]
    return f"خبر\n\n{dateline}\n\n{sentence}\n" if lang != "en" else f"News\n\n{dateline}\n\n{sentence}\n"


@pytest.mark.parametrize("sentence,pair", [
    # A post with a preposition written onto it, after a post and its nationality, is the next official.
    ("كما التقى الرئيس الصيني بالرئيس الكازاخستاني.", {"CN", "KZ"}),
    # ... and one with a conjunction written onto it, after any post.
    ("وعقد لقاء ثنائي بين الرئيس الطاجيكي والرئيس الأوزبكي.", {"TJ", "UZ"}),
    # Where nationality follows the post, a post after "post + nationality" opens the next official.
    ("واستقبل ولي العهد السعودي الرئيس اللبناني.", {"SA", "LB"}),
])
def test_officials_written_one_after_the_other_are_two_parties(extractor, sentence, pair):
    assert ("meeting", frozenset(pair)) in _events(extractor, _lead(sentence, "ar"), "ar")


def test_the_envoy_of_a_president_is_one_official(extractor):
    # "for the US president" belongs to the envoy's post: no official "for Middle East affairs" follows.
    text = _lead("والتقى وزير الخارجية الصيني والسيد ستيف ويتكوف المبعوث الخاص للرئيس الأمريكي لشؤون الشرق "
                 "الأوسط.", "ar")
    x = extractor.extract(Article(id="t", text=text, lang="ar"))
    assert not [p for p in x.persons if "Sharq" in p.name or "Shuoun" in p.name]


@pytest.mark.parametrize("lang,sentence,meeting", [
    ("ar", "وعقد الرئيس الصيني مباحثات مع نظيره الروسي، كما التقى الرئيس الإيراني بالرئيس الكازاخستاني.",
     {"CN", "RU"}),
    ("en", "Chinese President Xi Jinping held talks with Russian President Vladimir Putin, while Iran's "
           "president met the president of Kazakhstan.", {"CN", "RU"}),
    ("fa", "رئیس‌جمهور چین با رئیس‌جمهور روسیه دیدار کرد، در حالی که رئیس‌جمهور ایران با رئیس‌جمهور قزاقستان "
           "گفت‌وگو کرد.", {"CN", "RU"}),
])
def test_a_meeting_takes_its_parties_from_its_own_clause(extractor, lang, sentence, meeting):
    events = _events(extractor, _lead(sentence, lang), lang)
    meetings = {parties for kind, parties in events if kind == "meeting"}
    assert frozenset(meeting) in meetings
    assert not [p for p in meetings if len(p) > 2]


def test_a_clause_that_names_one_state_goes_on_with_the_sentence(extractor):
    # "..., where he met the prime minister": the visitor of the first clause is the one who meets.
    text = _lead("وصل الرئيس الإيراني مسعود بزشكيان إلى بغداد، حيث التقى رئيس الوزراء العراقي.", "ar")
    assert ("meeting", frozenset({"IR", "IQ"})) in _events(extractor, text, "ar")


@pytest.mark.parametrize("lang,text", [
    ("ar", "خبر\n\nبكين - 13 - 5 (شينخوا) -- حضر الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا والرئيس الكولومبي "
           "غوستافو بيترو افتتاح المنتدى.\n\nوفي وقت سابق، أجرى شي محادثات مع لولا في قاعة الشعب الكبرى.\n\n"
           "وعقب المحادثات، شهد الرئيسان توقيع 20 وثيقة تعاون.\n"),
    ("en", "News\n\nBEIJING, May 13 (Xinhua) - Brazilian President Luiz Inacio Lula da Silva and Colombian "
           "President Gustavo Petro attended the opening of the forum.\n\nEarlier, Chinese President Xi "
           "Jinping held talks with Lula at the Great Hall of the People.\n\nAfter the talks, the two "
           "presidents witnessed the signing of 20 cooperation documents.\n"),
])
def test_the_two_leaders_are_the_two_who_last_met(extractor, lang, text):
    events = _events(extractor, text, lang)
    assert ("agreement", frozenset({"CN", "BR"})) in events
    assert ("agreement", frozenset({"BR", "CO"})) not in events


@pytest.mark.parametrize("lang,text", [
    ("en", "News\n\nKYIV (Reuters) - A Russian missile attack on Kyiv killed 12 people on Monday.\n\nBritain imposed new "
           "sanctions on Russia on Tuesday.\n\nIn a joint statement, France, Germany and the United Kingdom "
           "strongly condemned the attack.\n"),
    ("ar", "خبر\n\nكييف (رويترز) - قتل 12 شخصا في هجوم صاروخي روسي على كييف يوم الاثنين.\n\nوفرضت بريطانيا عقوبات "
           "جديدة على روسيا.\n\nوأدانت فرنسا وألمانيا والمملكة المتحدة في بيان مشترك الهجوم.\n"),
])
def test_an_act_of_a_list_aims_past_its_members_at_the_last_other_author_of_a_hostile_act(extractor, lang, text):
    listed = {"FR", "DE", "GB"}
    criticisms = {parties for kind, parties in _events(extractor, text, lang) if kind == "statement_criticism"}
    assert criticisms and all(len(parties & listed) == 1 and "RU" in parties for parties in criticisms)


@pytest.mark.parametrize("lang,sentence,post", [
    ("fa", "ملک سلمان پادشاه عربستان سعودی و ولیعهد این کشور نیز در تلگرام‌هایی به پزشکیان تبریک گفتند.", "ولیعهد"),
    ("ar", "وبعث الملك سلمان ملك السعودية وولي عهد هذا البلد برقيتي تهنئة إلى الرئيس بزشكيان.", "ولي عهد"),
    ("en", "King Salman of Saudi Arabia and the crown prince of this kingdom also congratulated Pezeshkian.",
     "crown prince"),
])
def test_a_post_of_this_country_belongs_to_the_state_named_last(extractor, lang, sentence, post):
    doc = extractor.prepare(Article(id="t", text=f"{sentence}\n", lang=lang))
    actors = ActorFinder(doc, extractor.ref, Discourse()).find().per_sentence[0]
    officials = [a for a in actors if a.kind == "person" and match_key(post) in doc.text[a.start:a.end]]
    assert officials and all(a.states == ["SA"] for a in officials)


def test_verb_first_the_list_after_the_verb_acts_and_the_dateline_city_is_no_party(extractor):
    text = "خبر\n\nباريس (أ ف ب) - وأدانت فرنسا وألمانيا وبولندا الهجوم الروسي على كييف.\n"
    events = _events(extractor, text, "ar")
    assert {("statement_criticism", frozenset({st, "RU"})) for st in ("FR", "DE", "PL")} <= events
    assert not [p for kind, p in events if kind == "statement_criticism" and len(p & {"FR", "DE", "PL"}) > 1]


def test_the_dateline_city_stands_for_an_official_of_no_state(extractor):
    text = ("خبر\n\nطهران/ 3 آذار/مارس 2025 /إرنا/- أدان المتحدث باسم وزارة الخارجية إسماعيل بقائي العقوبات "
            "التي فرضتها الولايات المتحدة على شركات إيرانية.\n")
    assert ("statement_criticism", frozenset({"IR", "US"})) in _events(extractor, text, "ar")


def test_each_signatory_of_a_statement_reported_before_makes_its_act(extractor):
    text = ("خبر\n\nقاهره - مصر روز دوشنبه در بیانیه‌ای مشترک با چند کشور عربی و اسلامی حملات اسرائیل به "
            "لبنان را به شدت محکوم کرد.\n\nاین بیانیه را وزیران خارجه ترکیه، اردن، پاکستان، عراق، عمان و قطر "
            "امضا کرده‌اند.\n")
    events = _events(extractor, text, "fa")
    signatories = {"TR", "JO", "PK", "IQ", "OM", "QA"}
    assert ("statement_criticism", frozenset({"EG", "IL"})) in events
    assert {("statement_criticism", frozenset({st, "IL"})) for st in signatories} <= events
    # "عمان" among states is Oman, not Amman.
    assert ("agreement", frozenset(signatories)) in events


@pytest.mark.parametrize("lang,text,visit", [
    ("ar", "خبر\n\nالكويت - 22 - 12 (كونا) -- استقبل سمو أمير البلاد رئيس الوزراء الهندي ناريندرا مودي اليوم.\n\n"
           "وكان رئيس الوزراء الهندي وصل إلى البلاد مساء أمس في زيارة تستغرق يومين.\n", ("IN", "KW")),
    ("fa", "خبر\n\nتهران- ایرنا- ولیعهد عربستان سعودی امروز وارد کشورمان شد.\n", ("SA", "IR")),
])
def test_a_wire_s_word_for_its_own_country_is_where_a_visit_goes(extractor, lang, text, visit):
    got = to_gold(extractor.extract(Article(id="t", text=text, lang=lang)), extractor.ref)
    assert [e["participants"] for e in got["events"] if e["type"] == "visit"] == [list(visit)]


def test_a_match_in_another_clause_leaves_an_official_s_visit_alone(extractor):
    text = ("خبر\n\nالكويت - 22 - 12 (كونا) -- استقبل سمو أمير البلاد رئيس الوزراء الهندي ناريندرا مودي اليوم.\n\n"
            "وكان رئيس الوزراء الهندي وصل إلى البلاد مساء أمس، كما حضر حفل افتتاح بطولة كأس الخليج لكرة القدم.\n")
    assert ("visit", frozenset({"IN", "KW"})) in _events(extractor, text, "ar")
    sport = "خبر\n\nالرياض - التقى المنتخب السعودي نظيره الكويتي في مباراة ودية ضمن بطولة كأس الخليج لكرة القدم.\n"
    assert not {kind for kind, _ in _events(extractor, sport, "ar")} & {"meeting", "visit"}


def test_a_post_with_with_written_onto_it_after_a_name_is_the_other_party_and_elected_is_no_team(extractor):
    # "بالرئيس اللبناني المنتخب": no apposition of the king opens with "with"; المنتخب after an
    # official's phrase is "elected", not the national team of a match.
    text = "خبر\n\nأجرى جلالة الملك عبدالله الثاني اتصالاً هاتفياً بالرئيس اللبناني المنتخب.\n"
    assert ("other", frozenset({"JO", "LB"})) in _events(extractor, text, "ar")


def test_a_state_s_known_official_is_one_party_and_an_unknown_name_is_not_an_official(extractor):
    text = ("News\n\nMEXICO CITY - US President Joe Biden congratulated Claudia Sheinbaum on her election.\n\nColombia's Gustavo "
            "Petro, Cuba's Miguel Diaz-Canel and Venezuela's Nicolas Maduro also sent congratulatory messages.\n")
    events = _events(extractor, text, "en")
    assert {("congratulation", frozenset({st, "MX"})) for st in ("CO", "CU", "VE")} <= events
    doc = extractor.prepare(Article(id="t", text="News\n\nItaly's Jannik Sinner thanked the crowd in Melbourne.\n",
                                    lang="en"))
    actors = ActorFinder(doc, extractor.ref, Discourse()).find().per_sentence[1]
    assert not [a for a in actors if a.kind == "person"]


def test_the_kingdom_alone_is_the_state_the_wire_is_filed_from(extractor):
    text = ("خبر\n\nالرياض (واس) - تلقى ولي العهد اتصالا هاتفيا من رئيس الوزراء الباكستاني، أعرب خلاله عن شكره "
            "للمملكة على جهودها.\n")
    assert ("statement_praise", frozenset({"PK", "SA"})) in _events(extractor, text, "ar")


def test_every_rule_an_event_names_is_listed_and_a_party_rule_can_be_switched_off(extractor):
    from kg.extract.rules import rule_names

    text = ("News\n\nBEIJING (Reuters) - Chinese President Xi Jinping held talks with Russian President "
            "Vladimir Putin, while Iran's president met the president of Kazakhstan.\n")
    article = Article(id="t", text=text, lang="en")
    x = extractor.extract(article)
    named = {rule.split(":", 1)[1] for ev in x.events for rule in ev.rules if ":" in rule
             and rule.split(":", 1)[0] in ("subject", "parties")}
    assert "own-clause" in named and named <= rule_names()
    off = Extractor(extractor.ref, min_confidence=0.0, disabled=frozenset({"own-clause"})).extract(article)
    assert not [ev for ev in off.events if "parties:own-clause" in ev.rules]


def test_neither_meeting_nor_call_is_no_event_and_especially_is_no_negation(extractor):
    denied = 'خبر\n\nالقاهرة - قال المتحدث باسم الوزارة إن "لا لقاء ولا اتصال حدث بين الوزيرين المصري والجزائري".\n'
    assert not _events(extractor, denied, "ar")
    held = "خبر\n\nالقاهرة - التقى وزير الخارجية المصري نظيره الجزائري، لا سيما بعد لقاء الرئيسين.\n"
    assert ("meeting", frozenset({"EG", "DZ"})) in _events(extractor, held, "ar")


@pytest.mark.parametrize("lang,sentence,praise", [
    # "people of X" alone is what talks are about; coordinated with "government" it is the state thanked.
    ("fa", "رئیس‌جمهور ایران از دولت و ملت عراق به خاطر این مهمان‌نوازی قدردانی کرد.", {"IR", "IQ"}),
    ("ar", "وشكر الرئيس الإيراني حكومة وشعب العراق على دعمهم.", {"IR", "IQ"}),
    ("en", "The Iranian president thanked the government and people of Iraq for their support.", {"IR", "IQ"}),
])
def test_the_government_and_people_of_a_state_are_that_state(extractor, lang, sentence, praise):
    assert ("statement_praise", frozenset(praise)) in _events(extractor, _lead(sentence, lang), lang)


@pytest.mark.parametrize("lang,sentence", [
    ("fa", "رئیس‌جمهور ایران با نخست‌وزیر ترکیه درباره وضعیت مردم لبنان گفت‌وگو کرد."),
    ("en", "The Iranian president discussed the situation of the people of Lebanon with the Turkish prime minister."),
])
def test_the_people_of_a_state_alone_remain_a_topic(extractor, lang, sentence):
    meetings = {parties for kind, parties in _events(extractor, _lead(sentence, lang), lang) if kind == "meeting"}
    assert frozenset({"IR", "TR"}) in meetings and not any("LB" in m for m in meetings)


@pytest.mark.parametrize("sentence,summons", [
    # Nationality after the post: a post with its own state after "body + state" or after a state alone
    # is another state's official.
    ("وزارت امور خارجه ایران کاردار آلمان در تهران را احضار کرد.", {"IR", "DE"}),
    ("ایران سفیر آلمان را احضار کرد.", {"IR", "DE"}),
])
def test_a_post_with_its_own_state_after_a_state_is_another_official(extractor, sentence, summons):
    assert ("other", frozenset(summons)) in _events(extractor, _lead(sentence, "fa"), "fa")


def test_officials_listed_with_commas_keep_their_own_states(extractor):
    text = _lead("تمیم بن حمد آل ثانی امیر قطر، سلطان هیثم بن طارق پادشاه عمان و محمد شیاع السودانی نخست‌وزیر "
                 "عراق پیام‌های تبریک جداگانه‌ای برای رئیس‌جمهور کنیا ارسال کردند.", "fa")
    x = extractor.extract(Article(id="t", text=text, lang="fa"))
    assert {p.name: p.country for p in x.persons} == {
        "Tamim bin Hamad Al Thani": "QA", "Haitham bin Tariq": "OM", "Mohammed Shia al-Sudani": "IQ"}


@pytest.mark.parametrize("lang,sentence", [
    # Where an attack happened was struck: "in western Mali" as "in Mali".
    ("en", "Senegal's foreign ministry on Tuesday condemned an attack by armed men on a convoy of fuel tankers "
           "in western Mali."),
    ("ar", "وأدانت وزارة الخارجية السنغالية الهجوم الذي شنه مسلحون على قافلة شاحنات في غرب مالي."),
    # The state a condemnation stands with is not its target.
    ("ar", "وأكدت وزارة الخارجية الإماراتية رفض الإمارات لجميع أشكال العنف، وأعربت عن تضامنها مع جمهورية مالي."),
    ("en", "The Emirati foreign ministry rejected all forms of violence and expressed its solidarity with Mali."),
])
def test_the_state_struck_or_stood_with_is_no_target_of_a_condemnation(extractor, lang, sentence):
    events = _events(extractor, _lead(sentence, lang), lang)
    assert not any(kind == "statement_criticism" and "ML" in parties for kind, parties in events)


def test_the_same_post_twice_is_two_officials(extractor):
    # "His Highness the foreign minister met the Syrian foreign minister": two officials, not one.
    text = "والتقى سمو وزير الخارجية وزير الخارجية السوري أسعد الشيباني."
    doc = extractor.prepare(Article(id="t", text=text, lang="ar"))
    index = ActorFinder(doc, extractor.ref, Discourse()).find()
    syrian = [doc.text[a.start:a.end] for a in index.per_sentence[0] if a.states == ["SY"]]
    assert syrian and all(text.count("وزير") == 1 for text in syrian), syrian  # the first post is not his


@pytest.mark.parametrize("lang,text", [
    ("fa", "عراقچی و میرزویان وزیران امور خارجه ایران و ارمنستان امروز تلفنی گفت‌وگو کردند. دو وزیر درباره ترانزیت "
           "کالا از مرز نوردوز نیز رایزنی کردند."),
    ("en", "Iranian Foreign Minister Abbas Araghchi and his Armenian counterpart Ararat Mirzoyan held a phone call on "
           "Monday. The two ministers also held talks on transit through the Nordouz crossing."),
])
def test_what_the_two_discussed_after_their_call_is_the_call(extractor, lang, text):
    events = _events(extractor, text, lang)
    assert ("other", frozenset({"IR", "AM"})) in events and ("meeting", frozenset({"IR", "AM"})) not in events


def test_a_meeting_the_two_agree_on_after_their_call_is_news(extractor):
    text = ("Iranian Foreign Minister Abbas Araghchi and his Armenian counterpart Ararat Mirzoyan held a phone call on "
            "Monday. The two ministers agreed to meet in person in the near future.")
    assert ("meeting", frozenset({"IR", "AM"})) in _events(extractor, text, "en")


@pytest.mark.parametrize("lang,text,members", [
    ("en", "ASTANA (Reuters) - The 24th summit of the Shanghai Cooperation Organisation opened in Astana on Thursday "
           "under Kazakh President Kassym-Jomart Tokayev. Taking part were Chinese President Xi Jinping, Russian "
           "President Vladimir Putin and Tajik President Emomali Rahmon.", {"KZ", "CN", "RU", "TJ"}),
    ("ar", "أستانا (شينخوا) -- افتتح الرئيس الكازاخستاني قاسم جومارت توكاييف اليوم القمة الرابعة والعشرين لمنظمة شنغهاي "
           "للتعاون. وشارك في القمة الرئيس الصيني شي جين بينغ والرئيس الروسي فلاديمير بوتين والرئيس الطاجيكي إمام علي رحمن.",
     {"KZ", "CN", "RU", "TJ"}),
])
def test_those_taking_part_join_the_summit_reported(extractor, lang, text, members):
    assert ("summit", frozenset(members)) in _events(extractor, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "KUWAIT (KUNA) - Qatar's Emir Sheikh Tamim and Saudi Crown Prince Mohammed bin Salman arrived in Kuwait on "
           "Sunday for the Gulf summit."),
    ("fa", "کویت - ایرنا - امیر قطر و ولیعهد عربستان سعودی برای شرکت در اجلاس سران وارد کویت شدند."),
])
def test_officials_listed_before_an_arrival_each_visit(extractor, lang, text):
    events = _events(extractor, text, lang)
    assert {("visit", frozenset({"QA", "KW"})), ("visit", frozenset({"SA", "KW"}))} <= events


def test_a_state_named_after_the_comma_is_not_who_was_congratulated(extractor):
    text = ("PARIS, Nov 6 (AFP) - British Prime Minister Keir Starmer congratulated Donald Trump on his victory. "
            "Indian Prime Minister Narendra Modi wrote to his friend to congratulate him, and Ukrainian President "
            "Volodymyr Zelensky said he was impressed.")
    events = _events(extractor, text, "en")
    assert ("congratulation", frozenset({"IN", "US"})) in events
    assert ("congratulation", frozenset({"IN", "UA"})) not in events


def test_states_listed_after_a_verbal_noun_each_act(extractor):
    text = _lead("ورحبت الجزائر باعتراف كل من جامايكا وبربادوس بدولة فلسطين.", "ar")
    events = _events(extractor, text, "ar")
    assert {("recognition", frozenset({"JM", "PS"})), ("recognition", frozenset({"BB", "PS"}))} <= events
    assert ("recognition", frozenset({"DZ", "JM"})) not in events


def test_an_expulsion_of_the_staff_of_listed_states_expels_each(extractor):
    text = ("CARACAS, July 29 (EFE) - The Venezuelan government on Monday ordered the withdrawal of the diplomatic "
            "staff of Argentina, Chile, Panama, the Dominican Republic and Uruguay.")
    events = _events(extractor, text, "en")
    assert {("expulsion", frozenset({"VE", code})) for code in ("AR", "CL", "PA", "DO", "UY")} <= events


@pytest.mark.parametrize("lang,text,other", [
    ("ar", "الكويت (كونا) - بعث أمير دولة الكويت ببرقية تعزية إلى رئيس جمهورية باكستان في ضحايا الفيضانات.",
     {"KW", "PK"}),
    ("en", "TOKYO (Kyodo) - Turkish President Recep Tayyip Erdogan on Monday expressed condolences to Japanese Prime "
           "Minister Shigeru Ishiba over the victims of the earthquake.", {"TR", "JP"}),
    ("fa", "تهران - ایرنا - رئیس‌جمهور ایران در پیامی به رئیس‌الوزرای افغانستان تسلیت گفت.", {"IR", "AF"}),
])
def test_condolences_are_an_act_of_their_own(extractor, lang, text, other):
    assert ("other", frozenset(other)) in _events(extractor, text, lang)


def test_condolences_conveyed_in_a_meeting_are_the_meeting(extractor):
    text = ("ISLAMABAD (APP) - Chinese Ambassador Jiang Zaidong called on Pakistani Prime Minister Shehbaz Sharif on "
            "Tuesday and conveyed condolences over the loss of lives in the floods.")
    events = _events(extractor, text, "en")
    assert ("meeting", frozenset({"CN", "PK"})) in events and ("other", frozenset({"CN", "PK"})) not in events


def test_the_subject_of_a_verb_of_attack_is_the_author_condemned_later(extractor):
    # Verb last, "X به Y حمله کرد": X struck; "this attack" condemned after aims at X.
    text = "تهران - ایرنا - رژیم صهیونیستی به دوحه حمله کرد. وزیر امور خارجه ایران این حمله را به شدت محکوم کرد."
    assert ("statement_criticism", frozenset({"IR", "IL"})) in _events(extractor, text, "fa")
