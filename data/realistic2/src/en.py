"""English articles of realistic2 with their gold facts (see ../README.md)."""
from build import A, E, P

ARTICLES = []

ARTICLES.append(A(
    id="r2_en_001_india_canada_expulsions", date="2024-10-15",
    source="PTI (Press Trust of India) style",
    text="""
India expels six Canadian diplomats, withdraws envoy as Nijjar row deepens

NEW DELHI, Oct 15 (PTI) India on Monday expelled six Canadian diplomats, including the acting high commissioner, and announced it was withdrawing its High Commissioner to Canada Sanjay Kumar Verma and other "targeted" officials, sharply escalating a year-long row over the killing of Khalistani separatist Hardeep Singh Nijjar.

The Ministry of External Affairs (MEA) said acting High Commissioner Stewart Ross Wheeler, deputy high commissioner Patrick Hebert and four first secretaries had been asked to leave India by 11:59 pm on Saturday, October 19.

The decision came hours after Wheeler was summoned to South Block and told that the "baseless targeting" of the Indian envoy and other diplomats by Ottawa was "completely unacceptable". The MEA described Canada's allegations as "preposterous imputations" driven by the "vote bank politics" of the Justin Trudeau government.

In Ottawa, Foreign Minister Melanie Joly said Canada had expelled six Indian diplomats, Verma among them, after the Royal Canadian Mounted Police gathered "clear and concrete evidence" that they were persons of interest in the Nijjar case. Trudeau accused India of a "fundamental error" in supporting criminal activity against Canadians.

New Delhi had rejected on Sunday a Canadian diplomatic communication that named Verma as a person of interest, calling it part of a political agenda.

Relations between the two countries nosedived in September last year when Trudeau told Parliament there were "credible allegations" of a link between Indian agents and Nijjar's killing in Surrey, British Columbia. India dismissed the claim as "absurd".

Officials said the expulsions would not affect visa services for students, who make up a large share of the Indian diaspora in Canada.

Separately, External Affairs Minister S Jaishankar spoke by phone with his Singapore counterpart Vivian Balakrishnan on Monday and discussed the upcoming Shangri-La follow-up consultations and connectivity projects.

In Mumbai, the Sensex closed 592 points higher as investors shrugged off the diplomatic tensions, while India's cricket team began preparations for the second Test against New Zealand.

PTI AKV RHL
""",
    persons=[
        P("Sanjay Kumar Verma", "Sanjay Kumar Verma", "High Commissioner", "IN"),
        P("Stewart Ross Wheeler", "Stewart Ross Wheeler", "Acting High Commissioner", "CA"),
        P("Mélanie Joly", "Melanie Joly", "Minister of Foreign Affairs", "CA"),
        P("Justin Trudeau", "Justin Trudeau", "Prime Minister", "CA"),
        P("Subrahmanyam Jaishankar", "S Jaishankar", "External Affairs Minister", "IN"),
        P("Vivian Balakrishnan", "Vivian Balakrishnan", "Minister of Foreign Affairs", "SG"),
    ],
    events=[
        E("expulsion", "IN", "CA", [], "New Delhi", "2024-10-14",
          "India on Monday expelled six Canadian diplomats", count=6, topics="security"),
        E("other", "IN", "CA", ["Sanjay Kumar Verma"], None, "2024-10-14",
          "announced it was withdrawing its High Commissioner to Canada Sanjay Kumar Verma"),
        E("other", "IN", "CA", [], "New Delhi", "2024-10-14", "hours after Wheeler was summoned to South Block"),
        E("statement_criticism", "IN", "CA", [], "New Delhi", "2024-10-14",
          "The MEA described Canada's allegations as \"preposterous imputations\""),
        E("expulsion", "CA", "IN", ["Mélanie Joly"], "Ottawa", "2024-10-14",
          "Canada had expelled six Indian diplomats, Verma among them", count=6, topics="security"),
        E("statement_criticism", "CA", "IN", ["Justin Trudeau"], "Ottawa", "2024-10-14",
          "Trudeau accused India of a \"fundamental error\""),
        E("statement_criticism", "IN", "CA", [], None, "2024-10-13",
          "New Delhi had rejected on Sunday a Canadian diplomatic communication"),
        E("other", "IN SG", None, ["Subrahmanyam Jaishankar", "Vivian Balakrishnan"], None, "2024-10-14",
          "External Affairs Minister S Jaishankar spoke by phone with his Singapore counterpart Vivian Balakrishnan on Monday"),
    ],
    notes="India-Canada expulsions, Monday 14 October 2024 (PTI dateline Oct 15): the six expelled on each side, Verma's withdrawal, Wheeler's summons, the MEA and Joly/Trudeau wording follow the record; the Jaishankar-Balakrishnan call and market/cricket lines are illustrative. Withdrawing one's own envoy is other IN->CA (Verma listed: recalled by his own state). The summons of Wheeler: other IN->CA (Wheeler listed: named actor of the Canadian side; doubtful, the object of a summons). Two Indian criticisms: Monday's 'preposterous imputations' and Sunday's rejection (different days, two acts). Background: September 2023 statement (no day, more than 30 days) not annotated. Trap: 'expulsions would not affect visa services'.",
))

ARTICLES.append(A(
    id="r2_en_002_spain_ireland_norway_recognise_palestine", date="2024-05-28",
    source="Reuters-style wire (Madrid/Dublin/Oslo)",
    text="""
Spain, Ireland and Norway formally recognise Palestinian state, angering Israel

MADRID/DUBLIN/OSLO, May 28 - Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday, a coordinated move that Israel condemned as a "reward for terrorism" and that the three governments said was meant to keep alive the prospect of a two-state solution.

Spanish Prime Minister Pedro Sanchez, in a televised address from the Moncloa palace, said recognition was "a matter of historic justice" and "the only way to advance towards peace". His cabinet approved the decision at its weekly meeting.

In Dublin, the Irish government approved recognition at a cabinet meeting and Prime Minister Simon Harris said Ireland wanted to "keep hope alive". Foreign Minister Micheal Martin said Ireland would establish full diplomatic relations with Palestine and upgrade its representative office in Ramallah to an embassy.

Norway's Foreign Minister Espen Barth Eide said recognition took effect on Tuesday, calling it "a special day" for Norwegian-Palestinian relations.

Israeli Foreign Minister Israel Katz attacked Sanchez on social media, saying Spain was "complicit in inciting genocide against Jews". Katz ordered the Spanish consulate in Jerusalem to stop serving Palestinians from the West Bank from June 1.

The Palestinian Authority welcomed the move. Palestinian Prime Minister Mohammad Mustafa said he thanked the three countries and urged other European states to follow.

Israel recalled its ambassadors from Dublin, Oslo and Madrid last week after the three governments first announced their plans.

Slovenia's government is expected to decide on its own recognition on Thursday, Prime Minister Robert Golob told reporters, while Belgium and Malta have said they are considering the step.

About 140 of the 193 UN member states already recognise a Palestinian state, including most countries in the Global South. France and Germany have said the time is not right.

Also on Tuesday, Spain's national football team announced its squad for the European Championship, while Irish farmers protested in Dublin against new nitrate rules.
""",
    orgs="UN",
    persons=[
        P("Pedro Sánchez", "Pedro Sanchez", "Prime Minister", "ES"),
        P("Simon Harris", "Simon Harris", "Prime Minister", "IE"),
        P("Micheál Martin", "Micheal Martin", "Minister of Foreign Affairs", "IE"),
        P("Espen Barth Eide", "Espen Barth Eide", "Minister of Foreign Affairs", "NO"),
        P("Israel Katz", "Israel Katz", "Minister of Foreign Affairs", "IL"),
        P("Mohammad Mustafa", "Mohammad Mustafa", "Prime Minister", "PS"),
        P("Robert Golob", "Robert Golob", "Prime Minister", "SI"),
    ],
    events=[
        E("recognition", "ES PS", "PS", ["Pedro Sánchez"], "Madrid", "2024-05-28",
          "Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday", topics="Palestinian question"),
        E("recognition", "IE PS", "PS", ["Simon Harris", "Micheál Martin"], "Dublin", "2024-05-28",
          "Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday", topics="Palestinian question"),
        E("recognition", "NO PS", "PS", ["Espen Barth Eide"], "Oslo", "2024-05-28",
          "Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday", topics="Palestinian question"),
        E("statement_criticism", "IL", "ES", ["Israel Katz"], None, "2024-05-28",
          "Israeli Foreign Minister Israel Katz attacked Sanchez on social media"),
        E("statement_criticism", "IL", "IE", [], None, "2024-05-28",
          "a coordinated move that Israel condemned as a \"reward for terrorism\""),
        E("statement_criticism", "IL", "NO", [], None, "2024-05-28",
          "a coordinated move that Israel condemned as a \"reward for terrorism\""),
        E("sanction", "IL", "ES", ["Israel Katz"], "Jerusalem", "2024-05-28",
          "Katz ordered the Spanish consulate in Jerusalem to stop serving Palestinians from the West Bank"),
        E("statement_praise", "PS ES", "ES", ["Mohammad Mustafa"], None, "2024-05-28",
          "he thanked the three countries"),
        E("statement_praise", "PS IE", "IE", ["Mohammad Mustafa"], None, "2024-05-28",
          "he thanked the three countries"),
        E("statement_praise", "PS NO", "NO", ["Mohammad Mustafa"], None, "2024-05-28",
          "he thanked the three countries"),
        E("recognition", "SI PS", "PS", ["Robert Golob"], None, "2024-05-30",
          "Slovenia's government is expected to decide on its own recognition on Thursday", status="planned",
          topics="Palestinian question"),
    ],
    notes="Recognition of Palestine by Spain, Ireland and Norway, Tuesday 28 May 2024: facts follow the record (Katz's post, the consulate order from 1 June, Israel's recall of ambassadors on 22 May); wording is ours; Mustafa's thanks are illustrative wording. One recognition per state. Israel's condemnation: one criticism per recognising state (Katz's attack on Sanchez is the ES one). The consulate restriction is annotated as a sanction IL->ES (doubtful: a punitive measure). Ireland's upgrade of its office to an embassy is folded into its recognition. Background: Israel's recall 'last week' (no day) not annotated. Slovenia's decision 'on Thursday' is a planned recognition (2024-05-30; it is a decision expected, doubtful). Belgium and Malta 'considering': no event. Traps: football squad, farmers.",
))

ARTICLES.append(A(
    id="r2_en_003_vientiane_asean_summit", date="2024-10-09", orgs="ASEAN",
    source="Bernama style",
    text="""
ASEAN leaders open 44th and 45th summits in Vientiane with Myanmar, South China Sea in focus

VIENTIANE, Oct 9 (Bernama) -- Leaders of the Association of Southeast Asian Nations (ASEAN) opened their 44th and 45th summits here today, with the Myanmar crisis and tensions in the South China Sea dominating talks hosted by Laos as this year's chair.

Lao Prime Minister Sonexay Siphandone welcomed Prime Minister Datuk Seri Anwar Ibrahim, Philippine President Ferdinand Marcos Jr, Singapore Prime Minister Lawrence Wong, Thai Prime Minister Paetongtarn Shinawatra, Vietnamese Prime Minister Pham Minh Chinh, Cambodian Prime Minister Hun Manet and Brunei's Sultan Haji Hassanal Bolkiah at the National Convention Centre. Indonesia was represented by Vice-President Ma'ruf Amin, and Timor-Leste, an observer, by Prime Minister Xanana Gusmao.

Myanmar sent a senior foreign ministry official, Aung Kyaw Moe, the first time in three years that the junta has been represented at the summit by anyone other than a non-political representative.

Anwar, who will take over the ASEAN chairmanship in January, held a bilateral meeting with Paetongtarn on the sidelines and discussed border security and the peace process in southern Thailand. He also praised Laos for "steering the region through a difficult year".

Marcos, in his intervention, criticised China over what he called "dangerous manoeuvres" by its coast guard against Philippine vessels near Scarborough Shoal.

The leaders are expected to adopt a statement on the Myanmar crisis on Thursday and hold separate meetings with Japan's new Prime Minister Shigeru Ishiba, Chinese Premier Li Qiang and South Korean President Yoon Suk Yeol.

ASEAN has barred Myanmar's military leaders from its summits since 2021 over their failure to implement a five-point peace consensus.

Meanwhile, a football friendly between Laos and Malaysia's under-23 sides ended 1-1 at the New Laos National Stadium.

-- BERNAMA
""",
    persons=[
        P("Sonexay Siphandone", "Sonexay Siphandone", "Prime Minister", "LA"),
        P("Anwar Ibrahim", "Anwar Ibrahim", "Prime Minister", "MY"),
        P("Ferdinand Marcos Jr.", "Ferdinand Marcos Jr", "President", "PH"),
        P("Lawrence Wong", "Lawrence Wong", "Prime Minister", "SG"),
        P("Paetongtarn Shinawatra", "Paetongtarn Shinawatra", "Prime Minister", "TH"),
        P("Pham Minh Chinh", "Pham Minh Chinh", "Prime Minister", "VN"),
        P("Hun Manet", "Hun Manet", "Prime Minister", "KH"),
        P("Hassanal Bolkiah", "Hassanal Bolkiah", "Sultan", "BN"),
        P("Ma'ruf Amin", "Ma'ruf Amin", "Vice-President", "ID"),
        P("Xanana Gusmão", "Xanana Gusmao", "Prime Minister", "TL"),
        P("Aung Kyaw Moe", "Aung Kyaw Moe", "senior foreign ministry official", "MM"),
        P("Shigeru Ishiba", "Shigeru Ishiba", "Prime Minister", "JP"),
        P("Li Qiang", "Li Qiang", "Premier", "CN"),
        P("Yoon Suk Yeol", "Yoon Suk Yeol", "President", "KR"),
    ],
    events=[
        E("summit", "LA MY PH SG TH VN KH BN ID TL MM", None,
          ["Sonexay Siphandone", "Anwar Ibrahim", "Ferdinand Marcos Jr.", "Lawrence Wong", "Paetongtarn Shinawatra",
           "Pham Minh Chinh", "Hun Manet", "Hassanal Bolkiah", "Ma'ruf Amin", "Xanana Gusmão", "Aung Kyaw Moe"],
          "Vientiane", "2024-10-09",
          "Leaders of the Association of Southeast Asian Nations (ASEAN) opened their 44th and 45th summits here today",
          topics="regional conflicts; security; political cooperation"),
        E("meeting", "MY TH", None, ["Anwar Ibrahim", "Paetongtarn Shinawatra"], "Vientiane", "2024-10-09",
          "held a bilateral meeting with Paetongtarn on the sidelines", topics="security"),
        E("statement_praise", "MY LA", "LA", ["Anwar Ibrahim"], "Vientiane", "2024-10-09",
          "He also praised Laos"),
        E("statement_criticism", "PH", "CN", ["Ferdinand Marcos Jr."], "Vientiane", "2024-10-09",
          "Marcos, in his intervention, criticised China", topics="security; regional conflicts"),
        E("agreement", "LA MY PH SG TH VN KH BN ID", None, [], "Vientiane", "2024-10-10",
          "The leaders are expected to adopt a statement on the Myanmar crisis on Thursday", status="planned",
          topics="regional conflicts"),
        E("summit", "LA MY PH SG TH VN KH BN ID JP", None, ["Shigeru Ishiba"], "Vientiane", None,
          "hold separate meetings with Japan's new Prime Minister Shigeru Ishiba", status="planned"),
        E("summit", "LA MY PH SG TH VN KH BN ID CN", None, ["Li Qiang"], "Vientiane", None,
          "Chinese Premier Li Qiang", status="planned"),
        E("summit", "LA MY PH SG TH VN KH BN ID KR", None, ["Yoon Suk Yeol"], "Vientiane", None,
          "South Korean President Yoon Suk Yeol", status="planned"),
    ],
    notes="44th/45th ASEAN summits, Vientiane, Wednesday 9 October 2024: attendance (Ma'ruf Amin for Indonesia, Aung Kyaw Moe for Myanmar, Xanana for Timor-Leste) follows the record; the Anwar-Paetongtarn meeting, Anwar's praise and the Marcos wording are illustrative of real positions. Summit: all delegations named, Myanmar and Timor-Leste included (doubtful: observer and a non-leader). The planned Myanmar statement: agreement of the nine members present at leader level (doubtful). The ASEAN+1 meetings with Japan, China and Korea are planned summits of the nine plus the partner (date null: 'separate meetings' has no day). Anwar taking the chair in January: no event (future rotation, doubtful). Trap: football friendly.",
))

ARTICLES.append(A(
    id="r2_en_004_lima_xi_biden_meeting", date="2024-11-17", orgs="APEC",
    source="Xinhua English style",
    text="""
Xi meets Biden in Lima, says China ready to work with new U.S. administration

LIMA, Nov. 16 (Xinhua) -- Chinese President Xi Jinping met with U.S. President Joe Biden on Saturday on the sidelines of the 31st APEC Economic Leaders' Meeting in the Peruvian capital.

Xi said China's goal of a stable, healthy and sustainable China-U.S. relationship remains unchanged, and that China is ready to work with the new U.S. administration to maintain communication, expand cooperation and manage differences. He reiterated China's "four red lines" on Taiwan, democracy and human rights, its path and system, and its right to development.

Biden said the two leaders had not always agreed but their conversations had been "candid" and "constructive". The two sides affirmed the need to maintain human control over decisions to use nuclear weapons, according to the White House.

It was their third in-person meeting and is likely to be the last before President-elect Donald Trump takes office in January.

Earlier this week, Xi paid a state visit to Peru. On Thursday he held talks with Peruvian President Dina Boluarte at the Government Palace, and the two heads of state attended by video link the inauguration of the Chancay port, built with Chinese investment. The two sides signed a protocol upgrading their free trade agreement and more than 10 other cooperation documents.

On Friday, Xi met separately on the APEC sidelines with Japanese Prime Minister Shigeru Ishiba and South Korean President Yoon Suk Yeol.

Boluarte praised China as "a reliable partner" for Peru's development.

After the APEC meeting, Xi will travel to Rio de Janeiro for the G20 summit and will pay a state visit to Brazil at the invitation of President Luiz Inacio Lula da Silva.

The APEC meeting closed on Saturday with the Machu Picchu Declaration, in which leaders pledged to advance regional economic integration.

Enditem
""",
    persons=[
        P("Xi Jinping", "Xi Jinping", "President", "CN"),
        P("Joe Biden", "Joe Biden", "President", "US"),
        P("Donald Trump", "Donald Trump", "President-elect", None),
        P("Dina Boluarte", "Dina Boluarte", "President", "PE"),
        P("Shigeru Ishiba", "Shigeru Ishiba", "Prime Minister", "JP"),
        P("Yoon Suk Yeol", "Yoon Suk Yeol", "President", "KR"),
        P("Luiz Inácio Lula da Silva", "Luiz Inacio Lula da Silva", "President", "BR"),
    ],
    events=[
        E("meeting", "CN US", None, ["Xi Jinping", "Joe Biden"], "Lima", "2024-11-16",
          "Chinese President Xi Jinping met with U.S. President Joe Biden on Saturday",
          topics="political cooperation; security; trade"),
        E("visit", "CN PE", None, ["Xi Jinping"], "Lima", None, "Earlier this week, Xi paid a state visit to Peru"),
        E("meeting", "PE CN", None, ["Dina Boluarte", "Xi Jinping"], "Lima", "2024-11-14",
          "On Thursday he held talks with Peruvian President Dina Boluarte at the Government Palace",
          topics="trade; economic cooperation"),
        E("agreement", "CN PE", None, ["Xi Jinping", "Dina Boluarte"], "Lima", "2024-11-14",
          "The two sides signed a protocol upgrading their free trade agreement", topics="trade"),
        E("agreement", "CN PE", None, [], "Lima", "2024-11-14",
          "more than 10 other cooperation documents", topics="economic cooperation"),
        E("meeting", "CN JP", None, ["Xi Jinping", "Shigeru Ishiba"], "Lima", "2024-11-15",
          "Xi met separately on the APEC sidelines with Japanese Prime Minister Shigeru Ishiba"),
        E("meeting", "CN KR", None, ["Xi Jinping", "Yoon Suk Yeol"], "Lima", "2024-11-15",
          "South Korean President Yoon Suk Yeol"),
        E("statement_praise", "PE CN", "CN", ["Dina Boluarte"], None, None,
          "Boluarte praised China as \"a reliable partner\""),
        E("visit", "CN BR", None, ["Xi Jinping", "Luiz Inácio Lula da Silva"], "Brasilia", None,
          "will pay a state visit to Brazil", status="planned"),
    ],
    notes="Xi-Biden meeting in Lima, Saturday 16 November 2024 (article date taken as 17 November, the page's posting day; the dateline says Nov. 16: doubtful, the events are dated by the text). Xi's state visit to Peru, talks with Boluarte on Thursday 14 November, Chancay port, FTA upgrade protocol, meetings with Ishiba and Yoon on Friday 15 follow the record; 'more than 10 other documents' and Boluarte's quote are illustrative. The FTA protocol and the other documents: two agreements; 'more than 10' is not an exact count (null). The planned state visit to Brazil: place Brasilia (the visit's capital; doubtful, the text names no city). Trump listed with null state (president-elect, no act). The G20 summit (no states named) and the APEC Machu Picchu Declaration (organisation meeting; members not named): not annotated (doubtful).",
))

ARTICLES.append(A(
    id="r2_en_005_modi_moscow_visit", date="2024-07-09",
    source="PTI (Press Trust of India) style",
    text="""
Modi, Putin hold summit talks in Moscow; Zelenskyy calls meeting 'huge disappointment'

MOSCOW, Jul 9 (PTI) Prime Minister Narendra Modi on Tuesday held wide-ranging talks with Russian President Vladimir Putin at the Kremlin, and told him that solutions to the Ukraine conflict cannot be found "on the battlefield" and that the death of innocent children was "painful".

The 22nd India-Russia annual summit, the first since 2021, reviewed cooperation in energy, trade, connectivity and defence. The two sides set a target of raising bilateral trade to USD 100 billion by 2030 and signed nine documents, including agreements on climate research and investment promotion.

Putin later conferred on Modi Russia's highest state honour, the Order of St Andrew the Apostle, which was announced in 2019.

Modi arrived in Moscow on Monday on a two-day visit, his first to Russia since the start of the Ukraine war, and was received at the airport by First Deputy Prime Minister Denis Manturov. Putin hosted him for a private dinner at his residence in Novo-Ogaryovo the same evening.

Official sources said Moscow had agreed to discharge Indians recruited into the Russian army.

In Kyiv, Ukrainian President Volodymyr Zelenskyy said it was "a huge disappointment and a devastating blow to peace efforts to see the leader of the world's largest democracy hug the world's most bloody criminal in Moscow", on a day a Russian missile hit a children's hospital in the Ukrainian capital.

The US State Department said it had raised its concerns about India's relationship with Russia with New Delhi.

From Moscow, Modi will travel to Vienna on Tuesday evening for the first visit by an Indian prime minister to Austria in 41 years. He is scheduled to meet Chancellor Karl Nehammer and President Alexander Van der Bellen on Wednesday.

PTI NSA RT
""",
    persons=[
        P("Narendra Modi", "Narendra Modi", "Prime Minister", "IN"),
        P("Vladimir Putin", "Vladimir Putin", "President", "RU"),
        P("Denis Manturov", "Denis Manturov", "First Deputy Prime Minister", "RU"),
        P("Volodymyr Zelensky", "Volodymyr Zelenskyy", "President", "UA"),
        P("Karl Nehammer", "Karl Nehammer", "Chancellor", "AT"),
        P("Alexander Van der Bellen", "Alexander Van der Bellen", "President", "AT"),
    ],
    events=[
        E("meeting", "RU IN", None, ["Vladimir Putin", "Narendra Modi"], "Moscow", "2024-07-09",
          "Prime Minister Narendra Modi on Tuesday held wide-ranging talks with Russian President Vladimir Putin at the Kremlin",
          topics="energy; trade; defence cooperation; regional conflicts"),
        E("agreement", "IN RU", None, [], "Moscow", "2024-07-09", "signed nine documents", count=9,
          topics="science and technology; economic cooperation"),
        E("statement_praise", "RU IN", "IN", ["Vladimir Putin", "Narendra Modi"], "Moscow", "2024-07-09",
          "Putin later conferred on Modi Russia's highest state honour"),
        E("visit", "IN RU", None, ["Narendra Modi", "Denis Manturov"], "Moscow", "2024-07-08",
          "Modi arrived in Moscow on Monday on a two-day visit"),
        E("statement_criticism", "UA", "IN", ["Volodymyr Zelensky"], "Kyiv", "2024-07-09",
          "Volodymyr Zelenskyy said it was \"a huge disappointment"),
        E("statement_criticism", "UA", "RU", ["Volodymyr Zelensky"], "Kyiv", "2024-07-09",
          "hug the world's most bloody criminal in Moscow"),
        E("visit", "IN AT", None, ["Narendra Modi"], "Vienna", "2024-07-09",
          "Modi will travel to Vienna on Tuesday evening", status="planned"),
        E("meeting", "AT IN", None, ["Karl Nehammer", "Alexander Van der Bellen", "Narendra Modi"], "Vienna",
          "2024-07-10", "He is scheduled to meet Chancellor Karl Nehammer and President Alexander Van der Bellen on Wednesday",
          status="planned"),
    ],
    notes="Modi in Moscow, 8-9 July 2024: the 22nd annual summit, the 100 billion dollars target, the Order of St Andrew, Manturov at the airport, the Novo-Ogaryovo dinner, Zelensky's words and the Vienna trip follow the record; the number nine of documents follows press reports (not checked closely). The dinner and the Kremlin talks are one RU-IN meeting. The state honour is annotated as praise RU->IN (doubtful: an award). Zelensky's remark: criticism of India (the visit) and of Russia ('most bloody criminal'); two events. The US State Department's 'concerns' is a mild criticism without a stated act: not annotated (doubtful). The agreement on discharging Indian recruits: no document (no event).",
))

ARTICLES.append(A(
    id="r2_en_006_trump_win_congratulations", date="2024-11-06", orgs="NATO",
    source="AFP-style world reaction roundup",
    text="""
World leaders congratulate Trump on election victory; Kremlin holds back

PARIS, Nov 6, 2024 (AFP) - Leaders around the world rushed on Wednesday to congratulate Donald Trump on his victory in the US presidential election, with allies in Europe and Asia pledging to work with him even as some voiced unease over his plans on trade and Ukraine.

Israeli Prime Minister Benjamin Netanyahu hailed "history's greatest comeback", while French President Emmanuel Macron said on X that he was "ready to work together as we did for four years". British Prime Minister Keir Starmer congratulated Trump on a "historic election victory" and said the "special relationship" would prosper.

Indian Prime Minister Narendra Modi wrote to his "friend" to congratulate him, and Ukrainian President Volodymyr Zelensky said he had been impressed by Trump's commitment to "peace through strength". Hungary's Viktor Orban, a Trump ally, called the result "a much needed victory for the world".

Italian Prime Minister Giorgia Meloni, Turkish President Recep Tayyip Erdogan and Argentina's Javier Milei also sent congratulations. Saudi Arabia's King Salman and Crown Prince Mohammed bin Salman cabled the president-elect, according to the Saudi Press Agency.

China's foreign ministry said Beijing respected "the choice of the American people" and would handle relations on the basis of mutual respect, without offering congratulations.

Kremlin spokesman Dmitry Peskov said President Vladimir Putin had no plans to congratulate Trump, noting that the United States was an "unfriendly country" directly involved in the war in Ukraine.

NATO Secretary General Mark Rutte said he looked forward to working with Trump again.

German Chancellor Olaf Scholz, who congratulated Trump in a brief statement, later sacked his finance minister Christian Lindner, plunging his coalition into crisis.

Markets reacted strongly, with the dollar and bitcoin surging while the Mexican peso fell.

burs/jj
""",
    persons=[
        P("Donald Trump", "Donald Trump", "President-elect", "US"),
        P("Benjamin Netanyahu", "Benjamin Netanyahu", "Prime Minister", "IL"),
        P("Emmanuel Macron", "Emmanuel Macron", "President", "FR"),
        P("Keir Starmer", "Keir Starmer", "Prime Minister", "GB"),
        P("Narendra Modi", "Narendra Modi", "Prime Minister", "IN"),
        P("Volodymyr Zelensky", "Volodymyr Zelensky", "President", "UA"),
        P("Viktor Orbán", "Viktor Orban", "Prime Minister", "HU"),
        P("Giorgia Meloni", "Giorgia Meloni", "Prime Minister", "IT"),
        P("Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "President", "TR"),
        P("Javier Milei", "Javier Milei", "President", "AR"),
        P("Salman bin Abdulaziz Al Saud", "King Salman", "King", "SA"),
        P("Mohammed bin Salman", "Mohammed bin Salman", "Crown Prince", "SA"),
        P("Mark Rutte", "Mark Rutte", "Secretary General of NATO", None),
        P("Olaf Scholz", "Olaf Scholz", "Chancellor", "DE"),
    ],
    events=[
        E("congratulation", "IL US", "US", ["Benjamin Netanyahu", "Donald Trump"], None, "2024-11-06",
          "Israeli Prime Minister Benjamin Netanyahu hailed \"history's greatest comeback\""),
        E("congratulation", "FR US", "US", ["Emmanuel Macron", "Donald Trump"], None, "2024-11-06",
          "French President Emmanuel Macron said on X that he was \"ready to work together"),
        E("congratulation", "GB US", "US", ["Keir Starmer", "Donald Trump"], None, "2024-11-06",
          "British Prime Minister Keir Starmer congratulated Trump"),
        E("congratulation", "IN US", "US", ["Narendra Modi", "Donald Trump"], None, "2024-11-06",
          "Indian Prime Minister Narendra Modi wrote to his \"friend\" to congratulate him"),
        E("congratulation", "UA US", "US", ["Volodymyr Zelensky", "Donald Trump"], None, "2024-11-06",
          "Ukrainian President Volodymyr Zelensky said he had been impressed"),
        E("congratulation", "HU US", "US", ["Viktor Orbán", "Donald Trump"], None, "2024-11-06",
          "Hungary's Viktor Orban, a Trump ally, called the result"),
        E("congratulation", "IT US", "US", ["Giorgia Meloni", "Donald Trump"], None, "2024-11-06",
          "Italian Prime Minister Giorgia Meloni, Turkish President Recep Tayyip Erdogan and Argentina's Javier Milei also sent congratulations"),
        E("congratulation", "TR US", "US", ["Recep Tayyip Erdogan", "Donald Trump"], None, "2024-11-06",
          "Italian Prime Minister Giorgia Meloni, Turkish President Recep Tayyip Erdogan and Argentina's Javier Milei also sent congratulations"),
        E("congratulation", "AR US", "US", ["Javier Milei", "Donald Trump"], None, "2024-11-06",
          "Italian Prime Minister Giorgia Meloni, Turkish President Recep Tayyip Erdogan and Argentina's Javier Milei also sent congratulations"),
        E("congratulation", "SA US", "US", ["Salman bin Abdulaziz Al Saud", "Mohammed bin Salman", "Donald Trump"],
          None, "2024-11-06", "Saudi Arabia's King Salman and Crown Prince Mohammed bin Salman cabled the president-elect"),
        E("congratulation", "DE US", "US", ["Olaf Scholz", "Donald Trump"], None, "2024-11-06",
          "who congratulated Trump in a brief statement"),
        E("statement_criticism", "RU", "US", [], None, "2024-11-06",
          "noting that the United States was an \"unfriendly country\""),
    ],
    notes="Reactions to Trump's election, Wednesday 6 November 2024: senders and the gist of their messages follow the record; wording paraphrased. One congratulation per state (Saudi king and crown prince: one event). China's 'respect the choice' without congratulations and Putin's 'no plans to congratulate' are no congratulations (traps: negated). Peskov calling the US an 'unfriendly country' is annotated as a criticism RU->US (doubtful: a description). Rutte (NATO) is an organisation official: no event. Scholz firing Lindner is domestic. Trump is listed with US (target of the congratulations). Markets: no event.",
))

ARTICLES.append(A(
    id="r2_en_007_dushanbe_cis_summit", date="2025-10-10", orgs="CIS",
    source="Asia-Plus English style",
    text="""
CIS leaders meet in Dushanbe; Putin tells Aliyev Russian air defence caused AZAL crash

DUSHANBE, October 10, 2025, Asia-Plus -- Heads of state of the Commonwealth of Independent States (CIS) gathered in Dushanbe on Friday for their annual summit, hosted by President Emomali Rahmon at the Palace of Nations.

The summit was attended by Russian President Vladimir Putin, Belarusian President Alexander Lukashenko, Kazakh President Kassym-Jomart Tokayev, Uzbek President Shavkat Mirziyoyev, Kyrgyz President Sadyr Japarov, Azerbaijani President Ilham Aliyev and Turkmenistan's President Serdar Berdimuhamedov. Armenia was represented by Deputy Prime Minister Mher Grigoryan.

Before the plenary session, Putin held talks with Aliyev, their first meeting since relations soured over the crash of an Azerbaijan Airlines plane near Aktau last December. Putin said the plane had been hit by fragments of Russian air defence missiles and promised compensation and "a legal assessment" of the actions of officials. Aliyev thanked Putin for his "detailed explanation".

The leaders adopted a statement marking the 80th anniversary of the end of the Second World War and signed documents on security cooperation and on a concept of joint actions against drug trafficking.

The summit followed Putin's state visit to Tajikistan, which began on Wednesday. During his talks with Rahmon on Thursday, the two leaders signed a joint statement and witnessed the exchange of documents on migration, education and energy.

Also on Thursday, Dushanbe hosted the second Russia-Central Asia summit, attended by Putin and the five regional leaders.

Rahmon praised the CIS as "an effective platform for dialogue" and thanked the leaders for their participation.

The next CIS summit will be held in Turkmenistan next October, the leaders agreed.

Meanwhile, Tajikistan's national football team drew 2-2 with Uzbekistan in a friendly at the Republican Central Stadium.

Asia-Plus
""",
    persons=[
        P("Emomali Rahmon", "Emomali Rahmon", "President", "TJ"),
        P("Vladimir Putin", "Vladimir Putin", "President", "RU"),
        P("Alexander Lukashenko", "Alexander Lukashenko", "President", "BY"),
        P("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", "President", "KZ"),
        P("Shavkat Mirziyoyev", "Shavkat Mirziyoyev", "President", "UZ"),
        P("Sadyr Japarov", "Sadyr Japarov", "President", "KG"),
        P("Ilham Aliyev", "Ilham Aliyev", "President", "AZ"),
        P("Serdar Berdimuhamedow", "Serdar Berdimuhamedov", "President", "TM"),
        P("Mher Grigoryan", "Mher Grigoryan", "Deputy Prime Minister", "AM"),
    ],
    events=[
        E("summit", "TJ RU BY KZ UZ KG AZ TM AM", None,
          ["Emomali Rahmon", "Vladimir Putin", "Alexander Lukashenko", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev",
           "Sadyr Japarov", "Ilham Aliyev", "Serdar Berdimuhamedow", "Mher Grigoryan"], "Dushanbe", "2025-10-10",
          "Heads of state of the Commonwealth of Independent States (CIS) gathered in Dushanbe on Friday for their annual summit",
          topics="security; political cooperation"),
        E("meeting", "RU AZ", None, ["Vladimir Putin", "Ilham Aliyev"], "Dushanbe", "2025-10-10",
          "Putin held talks with Aliyev", topics="political cooperation"),
        E("statement_praise", "AZ RU", "RU", ["Ilham Aliyev"], "Dushanbe", "2025-10-10",
          "Aliyev thanked Putin for his \"detailed explanation\""),
        E("agreement", "TJ RU BY KZ UZ KG AZ TM AM", None, [], "Dushanbe", "2025-10-10",
          "signed documents on security cooperation and on a concept of joint actions against drug trafficking",
          topics="security; drug trafficking"),
        E("visit", "RU TJ", None, ["Vladimir Putin"], "Dushanbe", "2025-10-08",
          "Putin's state visit to Tajikistan, which began on Wednesday"),
        E("meeting", "TJ RU", None, ["Emomali Rahmon", "Vladimir Putin"], "Dushanbe", "2025-10-09",
          "During his talks with Rahmon on Thursday", topics="political cooperation"),
        E("agreement", "TJ RU", None, ["Emomali Rahmon", "Vladimir Putin"], "Dushanbe", "2025-10-09",
          "the two leaders signed a joint statement and witnessed the exchange of documents on migration, education and energy",
          topics="education; energy"),
        E("summit", "RU TJ KZ UZ KG TM", None, ["Vladimir Putin"], "Dushanbe", "2025-10-09",
          "Dushanbe hosted the second Russia-Central Asia summit"),
        E("summit", "TM", None, [], None, None,
          "The next CIS summit will be held in Turkmenistan next October", status="planned"),
    ],
    notes="CIS summit in Dushanbe, Friday 10 October 2025, with Putin's state visit (from Wednesday 8 October) and the Russia-Central Asia summit of Thursday 9: the attendance, the Putin-Aliyev meeting on the AZAL crash (Putin's admission) follow the record; Armenia's representative, the documents' subjects, the joint statement, Rahmon's quote and the next venue are illustrative (not checked). The anniversary statement is folded into the agreement of the summit (one agreement for the summit documents). Putin's promise of compensation is not annotated (no type). Aliyev's thanks: praise AZ->RU. The Tajik-Russian joint statement and the exchange of documents: one agreement (one sentence). Russia-Central Asia summit: RU and the five. Trap: football friendly.",
))

ARTICLES.append(A(
    id="r2_en_008_uk_sanctions_shadow_fleet", date="2025-05-20", orgs="EU",
    source="British broadsheet style (diplomatic correspondent)",
    text="""
UK hits 100 more shadow fleet tankers as EU adopts 17th sanctions package

By our Diplomatic Correspondent
Tuesday 20 May 2025

Britain on Tuesday announced sanctions on 100 oil tankers it said belonged to Russia's "shadow fleet", its largest single action against the vessels, as the European Union adopted its 17th package of measures against Moscow.

The Foreign Secretary, David Lammy, said the tankers had carried more than $24bn worth of cargo since the start of 2024 and that "Putin's shadow fleet" was funding the war against Ukraine. The UK also sanctioned 18 individuals and entities linked to the theft of Ukrainian grain and to Russian military intelligence cyber attacks.

In Brussels, EU foreign ministers approved a package that lists nearly 200 more vessels. The EU's foreign policy chief, Kaja Kallas, said the bloc was preparing further measures.

The announcements came a day after President Donald Trump spoke with Vladimir Putin for more than two hours. Trump said afterwards that Russia and Ukraine would "immediately start negotiations" towards a ceasefire, but he did not commit the United States to new sanctions.

Moscow reacted angrily. The Russian embassy in London accused Britain of "economic warfare" and of "sabotaging peace efforts", and said the measures would have no effect.

Ukraine's President Volodymyr Zelensky welcomed the British and European decisions and thanked Keir Starmer's government for its "consistent leadership".

Lammy also held talks in London with his Polish counterpart Radoslaw Sikorski on Tuesday about support for Kyiv and European defence spending.

The shadow fleet is made up of ageing tankers with opaque ownership that Russia uses to sell oil above the G7 price cap of $60 a barrel.

Elsewhere, the FTSE 100 edged higher and the Bank of England was expected to keep interest rates on hold.
""",
    persons=[
        P("David Lammy", "David Lammy", "Foreign Secretary", "GB"),
        P("Kaja Kallas", "Kaja Kallas", "High Representative of the EU for Foreign Affairs", None),
        P("Donald Trump", "Donald Trump", "President", "US"),
        P("Vladimir Putin", "Vladimir Putin", "President", "RU"),
        P("Volodymyr Zelensky", "Volodymyr Zelensky", "President", "UA"),
        P("Keir Starmer", "Keir Starmer", "Prime Minister", "GB"),
        P("Radosław Sikorski", "Radoslaw Sikorski", "Minister of Foreign Affairs", "PL"),
    ],
    events=[
        E("sanction", "GB", "RU", ["David Lammy"], None, "2025-05-20",
          "Britain on Tuesday announced sanctions on 100 oil tankers", count=100, topics="energy; regional conflicts"),
        E("other", "US RU", None, ["Donald Trump", "Vladimir Putin"], None, "2025-05-19",
          "President Donald Trump spoke with Vladimir Putin for more than two hours", topics="regional conflicts"),
        E("statement_criticism", "RU", "GB", [], "London", "2025-05-20",
          "The Russian embassy in London accused Britain of \"economic warfare\""),
        E("statement_praise", "UA GB", "GB", ["Volodymyr Zelensky", "Keir Starmer"], None, "2025-05-20",
          "thanked Keir Starmer's government for its \"consistent leadership\""),
        E("meeting", "GB PL", None, ["David Lammy", "Radosław Sikorski"], "London", "2025-05-20",
          "Lammy also held talks in London with his Polish counterpart Radoslaw Sikorski on Tuesday",
          topics="security; defence cooperation"),
    ],
    notes="UK sanctions on 100 shadow-fleet tankers and the EU's 17th package, Tuesday 20 May 2025; the Trump-Putin call of Monday 19 May: facts follow the record; the $24bn figure, the Russian embassy's wording, Zelensky's thanks and the Lammy-Sikorski talks are illustrative. UK sanction on Russia with count 100 (the 18 individuals/entities are folded in; two numbers but the headline act is the tankers, doubtful). EU package: organisation act, no event. Zelensky's welcome of the EU decision gives no event (organisation); his thanks to the UK: praise UA->GB. The Trump-Putin call: other US-RU.",
))

ARTICLES.append(A(
    id="r2_en_009_us_expels_rasool", date="2025-03-15",
    source="South African online news style (News24-like)",
    text="""
US expels South African ambassador Ebrahim Rasool; Ramaphosa calls move 'regrettable'

Pretoria, 15 March 2025

The United States has declared South Africa's ambassador in Washington, Ebrahim Rasool, persona non grata, in an unprecedented escalation of tensions between the two countries.

US Secretary of State Marco Rubio announced the decision on X on Friday, describing Rasool as "a race-baiting politician who hates America and hates President Donald Trump" and saying he was "no longer welcome in our great country". Rubio was reacting to remarks Rasool made at an online seminar in which he said Trump's policies were mobilising a "supremacist" sentiment.

The Presidency said on Saturday that it had noted "the regrettable expulsion" of the ambassador and urged all relevant stakeholders to maintain diplomatic decorum. Presidential spokesperson Vincent Magwenya said South Africa remained committed to building a mutually beneficial relationship with Washington.

Minister of International Relations and Cooperation Ronald Lamola said the department would engage US authorities through diplomatic channels.

The expulsion follows Trump's executive order in February freezing aid to South Africa over its land expropriation law and its genocide case against Israel at the International Court of Justice. Rubio also boycotted the G20 foreign ministers' meeting in Johannesburg last month.

Rasool, who served as ambassador to the US from 2010 to 2015, returned to the post in January.

Opposition parties were divided. The Democratic Alliance, a partner in the government of national unity, said Rasool's comments had been "reckless", while the EFF called for the US ambassador to be expelled in return.

Separately, Lamola received the credentials copies of the new Brazilian ambassador in Pretoria on Friday, and the two discussed preparations for the BRICS summit in Rio de Janeiro in July.

In sport, the Springboks named their squad for the July Tests against Italy.
""",
    orgs="ICJ G20 BRICS",
    persons=[
        P("Ebrahim Rasool", "Ebrahim Rasool", "Ambassador", "ZA"),
        P("Marco Rubio", "Marco Rubio", "Secretary of State", "US"),
        P("Vincent Magwenya", "Vincent Magwenya", "Presidential spokesperson", "ZA"),
        P("Ronald Lamola", "Ronald Lamola", "Minister of International Relations and Cooperation", "ZA"),
    ],
    events=[
        E("expulsion", "US", "ZA", ["Marco Rubio"], "Washington", "2025-03-14",
          "The United States has declared South Africa's ambassador in Washington, Ebrahim Rasool, persona non grata"),
        E("statement_criticism", "US", "ZA", ["Marco Rubio"], None, "2025-03-14",
          "describing Rasool as \"a race-baiting politician who hates America and hates President Donald Trump\""),
        E("statement_criticism", "ZA", "US", ["Vincent Magwenya"], "Pretoria", "2025-03-15",
          "it had noted \"the regrettable expulsion\" of the ambassador"),
        E("meeting", "ZA BR", None, ["Ronald Lamola"], "Pretoria", "2025-03-14",
          "Lamola received the credentials copies of the new Brazilian ambassador in Pretoria on Friday",
          topics="political cooperation"),
    ],
    notes="Rasool declared persona non grata by Rubio on Friday 14 March 2025; the Presidency's 'regrettable' statement on Saturday 15: facts follow the record; the Lamola-Brazil item is illustrative. Expulsion US->ZA; Rasool is the object of the expulsion but also a named actor of the quoted remarks: listed (doubtful, cf. the model set which leaves out expelled envoys). Rubio's insult is a criticism aimed at the ambassador: target ZA (doubtful). The Presidency's 'regrettable' is a mild criticism ZA->US (doubtful). Receiving copies of credentials is a courtesy meeting with the foreign minister, not the presentation to the head of state: meeting ZA-BR, no appointment (doubtful). Background: Trump's February order and the G20 boycott 'last month' (no day): not annotated. Opposition parties are not the state. Trap: Springboks 'Tests'.",
))

ARTICLES.append(A(
    id="r2_en_010_kuala_lumpur_xi_31_agreements", date="2025-04-16", orgs="ASEAN",
    source="The Star / Bernama style (Malaysia)",
    text="""
Malaysia, China sign 31 agreements as Xi holds talks with Anwar

PUTRAJAYA, April 16 -- Malaysia and China today exchanged 31 agreements and memoranda of understanding covering the digital economy, artificial intelligence, railways, agriculture and people-to-people exchanges, after talks between Prime Minister Datuk Seri Anwar Ibrahim and Chinese President Xi Jinping.

The documents were exchanged at Seri Perdana in the presence of both leaders, who also issued a joint statement on a high-level strategic China-Malaysia community with a shared future.

Xi, who arrived in Kuala Lumpur yesterday on a three-day state visit, was accorded an official welcome at Istana Negara this morning by His Majesty Sultan Ibrahim, King of Malaysia, who later hosted a state banquet in his honour.

Anwar said Malaysia "will not be swayed" by pressure to take sides, and thanked China for its support for Malaysia's ASEAN chairmanship this year.

Xi said China and Malaysia should jointly oppose "unilateral bullying" and safeguard free trade, in remarks seen as a reference to US tariffs. He described Malaysia as "a good friend and good partner".

Among the agreements was a mutual visa exemption arrangement for ordinary passport holders, a protocol on exports of Malaysian durian and coconut to China, and cooperation on the East Coast Rail Link.

Xi is due to leave for Phnom Penh tomorrow for a state visit to Cambodia, the final stop of a Southeast Asian tour that began in Vietnam, where he and Vietnamese leader To Lam witnessed the signing of 45 cooperation documents on Monday.

Bilateral trade between Malaysia and China reached US$212 billion last year, making China Malaysia's largest trading partner for the 16th consecutive year.

Meanwhile, the ringgit strengthened against the US dollar and Bursa Malaysia closed higher.

-- BERNAMA
""",
    persons=[
        P("Anwar Ibrahim", "Anwar Ibrahim", "Prime Minister", "MY"),
        P("Xi Jinping", "Xi Jinping", "President", "CN"),
        P("Ibrahim Iskandar", "Sultan Ibrahim", "King", "MY"),
        P("To Lam", "To Lam", "General Secretary", "VN"),
    ],
    events=[
        E("agreement", "MY CN", None, ["Anwar Ibrahim", "Xi Jinping"], "Putrajaya", "2025-04-16",
          "Malaysia and China today exchanged 31 agreements and memoranda of understanding", count=31,
          topics="science and technology; agriculture; economic cooperation; trade"),
        E("meeting", "MY CN", None, ["Anwar Ibrahim", "Xi Jinping", "Ibrahim Iskandar"], "Putrajaya", "2025-04-16",
          "after talks between Prime Minister Datuk Seri Anwar Ibrahim and Chinese President Xi Jinping",
          topics="trade; political cooperation"),
        E("agreement", "MY CN", None, [], "Putrajaya", "2025-04-16", "also issued a joint statement"),
        E("visit", "CN MY", None, ["Xi Jinping"], "Kuala Lumpur", "2025-04-15",
          "Xi, who arrived in Kuala Lumpur yesterday on a three-day state visit"),
        E("statement_praise", "MY CN", "CN", ["Anwar Ibrahim"], None, "2025-04-16",
          "thanked China for its support for Malaysia's ASEAN chairmanship"),
        E("statement_praise", "CN MY", "MY", ["Xi Jinping"], None, "2025-04-16",
          "He described Malaysia as \"a good friend and good partner\""),
        E("visit", "CN KH", None, ["Xi Jinping"], "Phnom Penh", "2025-04-17",
          "Xi is due to leave for Phnom Penh tomorrow for a state visit to Cambodia", status="planned"),
        E("agreement", "CN VN", None, ["Xi Jinping", "To Lam"], None, "2025-04-14",
          "witnessed the signing of 45 cooperation documents on Monday", count=45),
    ],
    notes="Xi's state visit to Malaysia, 15-17 April 2025: 31 documents and the joint statement on Wednesday 16 April, the welcome by Sultan Ibrahim, the onward trip to Cambodia on 17 April, and the 45 documents in Hanoi on Monday 14 April follow the record; quotes paraphrased, the durian/visa items follow reports in outline. The King's welcome and banquet are folded into the one MY-CN meeting (one meeting per pair). Documents and joint statement: two agreements. Xi's 'unilateral bullying' aims at no named state: no criticism (doubtful: US tariffs implied). Background rule: the Hanoi signing of Monday (within 30 days, dated to a day) is gold; Xi's Vietnam visit itself is not separately stated as an act here (only 'began in Vietnam'): not annotated.",
))
