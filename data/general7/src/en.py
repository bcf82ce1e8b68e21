"""English items: wires and dailies of Latin America, Africa, Europe, South/East Asia, Oceania, the US."""
from common import event, item

ITEMS = [
item("buenos_aires_pensioners_congress_protest", "Buenos Aires daily style, protest", "2025-03-12", "en",
"Pensioners and football fans clash with police outside Congress",
"""BUENOS AIRES -- Police fired tear gas and water cannon on Wednesday at pensioners protesting outside the National Congress, as the weekly march drew thousands of supporters, including groups of football fans.

Marchers carried banners reading "Hands off our pensions" and chanted against the government's spending cuts, which they say have left the minimum pension below the poverty line. Several people were injured and dozens were detained, according to the city's security ministry.

Opposition lawmakers accused the security minister of ordering a disproportionate response. The ministry said officers acted after protesters threw stones and set a patrol car alight."""),

item("jakarta_us_embassy_gaza_rally", "Jakarta daily style, protest", "2024-11-10", "en",
"Thousands rally outside US embassy in Jakarta over Gaza",
"""JAKARTA -- Thousands of Indonesians marched to the United States embassy in central Jakarta on Sunday, waving Palestinian flags and chanting slogans against Washington's military support for Israel.

Protesters, many of them members of Islamic organisations, carried banners reading "Stop arming genocide" and "Boycott, divest, sanction". Organisers read a statement urging Indonesians to avoid products of companies linked to Israel.

About 2,000 police officers were deployed around the embassy and along the Medan Merdeka Selatan road, which was closed to traffic for several hours. The rally ended peacefully in the early afternoon, police said.""",
notes="Marchers' slogans and a consumer boycott call: no event."),

item("nairobi_protest_anniversary_police", "Nairobi daily style, protest", "2025-06-25", "en",
"Police fire tear gas as protesters mark anniversary of parliament storming",
"""NAIROBI -- Police fired tear gas at crowds in Nairobi's central business district on Wednesday as thousands of young Kenyans marched to mark one year since protesters stormed parliament over a finance bill.

Demonstrators waved national flags, blew whistles and carried portraits of people killed in last year's unrest, chanting for the president to step down. Shops along Kenyatta Avenue remained shut and public transport into the city was suspended.

Rights groups said several people had been shot in towns outside the capital. The Interior Ministry said officers had shown restraint and warned that looting and attacks on police stations would be dealt with firmly."""),

item("johannesburg_cash_heist_arrests", "South African news site style, crime", "2025-02-13", "en",
"Five arrested after cash-in-transit heist on R21",
"""JOHANNESBURG -- Police have arrested five suspects hours after an armed gang blew open a cash-in-transit van on the R21 highway near OR Tambo International Airport, the police service said on Thursday.

A police spokesperson said the suspects were traced to a house in Tembisa, where officers recovered two rifles, a pistol and bags of cash still marked with dye. Two security guards were wounded in the attack and are in a stable condition.

The spokesperson said investigators were looking into whether the gang was linked to three similar robberies in Gauteng since December. The suspects are expected to appear in the Kempton Park magistrate's court on Monday."""),

item("wong_visits_jakarta_meets_sugiono", "Australian government release style, visit", "2025-02-05", "en",
"Wong and Sugiono discuss maritime cooperation in Jakarta",
"""JAKARTA -- [[Australian Foreign Minister Penny Wong arrived in Jakarta on Wednesday]] for a two-day visit, [[holding talks with her Indonesian counterpart Sugiono]] on maritime security, trade and regional issues.

The two ministers discussed the implementation of the defence cooperation agreement signed last year and ways to expand scholarships for Indonesian students in Australia, officials said.

Wong told reporters after the meeting that Indonesia was "one of Australia's most important partners". She is also expected to visit a climate adaptation project in West Java before returning to Canberra.""",
persons=[("Penny Wong", "Penny Wong", "Minister for Foreign Affairs", "AU"),
         ("Sugiono", "Sugiono", "Minister of Foreign Affairs", "ID")],
events=[event("visit", ["AU", "ID"], 0, persons=["Penny Wong"], place="Jakarta", date="2025-02-05",
              topics=["political cooperation"]),
        event("meeting", ["ID", "AU"], 1, persons=["Sugiono", "Penny Wong"], place="Jakarta", date="2025-02-05",
              topics=["security", "trade", "education"])],
notes="Invented visit. The agreement 'signed last year' is background. Wong's remark about Indonesia as a partner is "
      "read as no praise event (doubtful)."),

item("paris_court_former_mayor_condemned", "European wire style, court", "2025-05-21", "en",
"Former mayor condemned to two years for misuse of public funds",
"""PARIS -- A French court on Wednesday condemned the former mayor of a town in the Paris suburbs to two years in prison, one of them suspended, for misusing public funds to pay for private trips and a holiday home.

The court in Nanterre also barred the former mayor from holding public office for five years and ordered him to repay 310,000 euros to the municipality. Prosecutors had said he used a municipal credit card for more than 80 personal expenses between 2016 and 2021.

His lawyer said he would appeal. The case was opened after the regional audit chamber flagged irregular spending in 2022.""",
notes="'condemned' by a court: no criticism between states."),

item("lahore_court_confession_kidnapping", "Pakistani daily style, court", "2024-09-24", "en",
"Kidnapping suspect retracts confession in Lahore court",
"""LAHORE -- A suspect in the kidnapping of a schoolboy from the city's Johar Town area on Tuesday told an anti-terrorism court that his confession had been obtained under pressure, his lawyer said.

The man had confessed before a magistrate last month to holding the 11-year-old for ransom for nine days. The boy was recovered during a police raid in Sheikhupura district, and two other suspects were arrested.

The court adjourned the hearing until October 8 and asked the prosecution to produce the magistrate who recorded the statement. Police said they had recovered part of the ransom money from one of the suspects."""),

item("starmer_swinney_bute_house_talks", "UK daily style, devolved politics", "2024-07-07", "en",
"Starmer meets Swinney in Edinburgh on first tour of the nations",
"""EDINBURGH -- Prime Minister Keir Starmer met Scotland's First Minister John Swinney at Bute House on Sunday, the first stop of a tour of the UK's nations three days after his election victory.

The two leaders discussed public sector pay, the future of the Grangemouth refinery and the planned publicly owned energy company, which will be headquartered in Scotland. Swinney said the talks were constructive but pressed for more funding for Scottish public services.

Starmer is due to travel to Belfast and Cardiff on Monday to meet the heads of the devolved governments there.""",
notes="Two politicians of one state (the UK Prime Minister and Scotland's First Minister): no event between states."),

item("bobi_wine_washington_congress_visit", "Ugandan news site style, opposition abroad", "2025-04-09", "en",
"Bobi Wine meets US lawmakers, urges pressure over Uganda vote",
"""KAMPALA -- Ugandan opposition leader Robert Kyagulanyi, known as Bobi Wine, has met members of the US Congress in Washington and urged them to press for free elections in Uganda next year, his party said on Wednesday.

The National Unity Platform said Kyagulanyi also addressed Ugandans living in the United States and criticised the government over the detention of party supporters and the trial of civilians in military courts.

A government spokesperson dismissed the trip as "a publicity tour" and said Uganda's elections would be held in line with the constitution. Kyagulanyi is expected to return to Kampala next week.""",
notes="An opposition leader meeting members of Congress and criticising his own government: no act of a state."),

item("nz_union_delegation_fiji_workers", "Pacific news site style, union abroad", "2025-08-06", "en",
"New Zealand union delegation visits Fiji to support sugar workers",
"""SUVA -- A delegation from New Zealand's Council of Trade Unions arrived in Fiji on Wednesday for a week-long visit to meet sugar cane workers and local union leaders in Lautoka and Labasa.

The visit follows complaints by Fijian unions that workers at sugar mills have waited months for overdue wages. The delegation will also meet officials from Fiji's employment ministry and the International Labour Organization office in Suva.

A spokesperson for the delegation said the unions wanted to share experience on collective bargaining and safety rules. Fiji's sugar output fell for a third straight season last year."""),

item("amnesty_report_condemns_mine_abuses", "Human rights wire style, NGO", "2025-01-29", "en",
"Amnesty report condemns abuses at cobalt mines",
"""JOHANNESBURG -- Amnesty International on Wednesday condemned what it called widespread abuses at cobalt and copper mines in southern Africa, saying families had been forcibly evicted to make way for mine expansions.

The rights group's report, based on interviews with more than 130 people, said residents were given little notice and inadequate compensation. It urged mining companies and the battery makers that buy from them to carry out independent audits.

Two of the companies named in the report said they complied with national law and were reviewing the findings. Amnesty called on regional governments to halt evictions until resettlement plans were agreed with communities.""",
notes="An NGO condemning companies: no criticism between states."),

item("dar_wang_yi_phone_call", "APP style, phone call", "2025-09-09", "en",
"Dar, Wang Yi discuss regional situation over phone",
"""ISLAMABAD -- [[Deputy Prime Minister and Foreign Minister Ishaq Dar on Tuesday received a telephone call from Chinese Foreign Minister Wang Yi]], the Foreign Office said.

The two sides reviewed progress on the second phase of the China-Pakistan Economic Corridor and the security of Chinese nationals working on projects in Pakistan, according to a statement.

Dar thanked China for its "steadfast support" on issues of core national interest, the statement said, adding that both ministers agreed to remain in close contact ahead of the upcoming strategic dialogue.""",
persons=[("Ishaq Dar", "Ishaq Dar", "Deputy Prime Minister and Minister of Foreign Affairs", "PK"),
         ("Wang Yi", "Wang Yi", "Minister of Foreign Affairs", "CN")],
events=[event("other", ["CN", "PK"], 0, persons=["Wang Yi", "Ishaq Dar"], date="2025-09-09",
              topics=["economic cooperation", "security"]),
        event("statement_praise", ["PK", "CN"], "Dar thanked China for its \"steadfast support\" on issues of core national interest",
              target="CN", persons=["Ishaq Dar"], date="2025-09-09", topics=["political cooperation"])],
notes="Invented call. Caller China first. The upcoming strategic dialogue is mentioned without a date or place; "
      "not annotated as a planned meeting (doubtful)."),

item("anglican_bishops_south_sudan_visit", "Church news style, clergy abroad", "2025-02-20", "en",
"Anglican bishops visit South Sudan camps on peace mission",
"""JUBA -- A delegation of Anglican bishops from Britain and Kenya arrived in Juba on Thursday for a five-day visit to camps for displaced people and to meet church leaders working on local peace initiatives.

The bishops will travel to Malakal and Bor, where thousands of families have sought shelter after clashes between armed groups. They are also due to hold a prayer service with leaders of the South Sudan Council of Churches.

The head of the delegation said the churches wanted to "stand with communities who feel forgotten" and would report back to their congregations on humanitarian needs.""",
notes="Clergy travelling abroad: no state visit."),

item("vinfast_executives_tamil_nadu_plant", "Indian business daily style, company", "2025-08-04", "en",
"VinFast executives meet Tamil Nadu chief minister ahead of plant launch",
"""CHENNAI -- Senior executives of Vietnamese carmaker VinFast met Tamil Nadu Chief Minister M.K. Stalin in Chennai on Monday ahead of the opening of the company's assembly plant in Thoothukudi.

The company said the plant, built with an initial investment of 500 million dollars, would assemble 50,000 electric vehicles a year and employ about 3,000 people. The state government has offered land and tax incentives under its electric vehicle policy.

A VinFast executive said the first cars assembled in India would reach dealers before the festive season."""),

item("arsenal_summit_league_red_card", "UK sport wire style, football", "2025-10-04", "en",
"Arsenal back at the summit after ten-man win",
"""LONDON -- Arsenal returned to the summit of the Premier League on Saturday with a 2-0 home win, despite playing the final 25 minutes with ten men.

The home side led through a first-half header before the referee sent off their midfielder for a second bookable offence. A penalty in the 78th minute sealed the result.

The manager said his side had "shown character" and would not appeal against the dismissal. Arsenal lead second-placed Liverpool by one point ahead of the international break.""",
notes="'summit' of the table, 'sent off': no event."),

item("psl_sanctions_club_fan_violence", "South African sport site style, league discipline", "2025-03-12", "en",
"PSL sanctions club after fan violence, team expelled from cup",
"""JOHANNESBURG -- The Premier Soccer League's disciplinary committee has sanctioned a top-flight club with a fine of 500,000 rand and ordered it to play two home matches behind closed doors after fans invaded the pitch and attacked a match official.

The club's reserve team was also expelled from this season's knockout competition for fielding an ineligible player in the same round, the league said in a statement on Wednesday.

The club said it accepted the sanctions and had banned 14 supporters identified on camera from attending its matches for three years.""",
notes="A league's 'sanctions' and a team 'expelled': no state act."),

item("all_blacks_visit_tokyo_hospital", "NZ sport site style, team visit", "2025-10-22", "en",
"All Blacks visit children's hospital in Tokyo before Japan test",
"""TOKYO -- Members of the All Blacks squad visited a children's hospital in Tokyo on Wednesday, handing out signed balls and jerseys to young patients ahead of Saturday's test against Japan.

The team arrived in Japan on Sunday and has been training at a university ground in the city. The head coach confirmed that two senior players would be rested for the match, which is expected to draw a crowd of more than 60,000.

The visit was organised with the New Zealand embassy, which is also hosting a reception for the squad and local rugby clubs on Thursday evening.""",
notes="A team's visit and an embassy reception for it: no visit between states."),

item("uk_sanctions_shadow_fleet_tankers", "UK government release style, sanctions", "2025-05-09", "en",
"UK sanctions 100 more shadow fleet tankers",
"""LONDON -- [[Britain on Friday imposed sanctions on 100 oil tankers it says belong to Russia's "shadow fleet"]], the largest single package of measures against vessels carrying Russian oil, the government said.

The ships, which officials said had carried billions of dollars' worth of cargo since last year, will be barred from British ports and from using British maritime services such as insurance.

The foreign secretary said the measures aimed to cut the revenues that fund Russia's war in Ukraine. The package was announced as European leaders met in Oslo to discuss maritime security in the Baltic Sea.""",
events=[event("sanction", ["GB"], 0, target="RU", date="2025-05-09", count=100,
              topics=["energy", "regional conflicts"])],
notes="Sanction on Russia (the vessels are Russia's shadow fleet). Ukraine is a topic, Oslo is the place of another "
      "meeting that is only mentioned (not annotated: no parties named)."),

item("champions_trophy_australia_afghanistan_preview", "Cricket wire style, preview", "2025-02-27", "en",
"Australia meet Afghanistan with semi-final place at stake",
"""LAHORE -- Australia meet Afghanistan at the Gaddafi Stadium on Friday knowing that a win will take them into the Champions Trophy semi-finals.

Afghanistan, who beat England in a thriller earlier this week, need a victory to keep their hopes alive. Their captain said the side had "nothing to fear" and would stick to a spin-heavy attack on a dry pitch.

Rain is forecast for Friday afternoon, and officials said a washout would favour Australia, who have a better run rate. Tickets for the match sold out within hours, according to the Pakistan Cricket Board.""",
notes="Teams that 'meet': a match."),

item("kilimanjaro_summit_charity_climb", "Tanzanian daily style, charity climb", "2025-01-12", "en",
"Students reach Kilimanjaro summit in water charity climb",
"""MOSHI -- A group of 18 university students from Tanzania and Kenya reached the summit of Mount Kilimanjaro on Saturday after a six-day climb to raise money for clean water projects in rural schools.

The climbers, accompanied by 40 porters and guides, reached Uhuru Peak at dawn in temperatures of minus 12 degrees Celsius. Two members of the group turned back at the last camp because of altitude sickness.

Organisers said the climb had raised about 45,000 dollars, which will be used to drill boreholes at 15 primary schools in the Dodoma and Singida regions.""",
notes="'summit' of a mountain."),

item("kenyan_nurse_recognised_award", "Kenyan daily style, award", "2025-05-13", "en",
"Kenyan nurse recognised for rural maternal care",
"""NAIROBI -- A nurse from Turkana County has been recognised with an international award for her work in reducing maternal deaths in remote villages, the health ministry said on Tuesday.

She was among 10 nurses honoured at a ceremony in Geneva for running mobile clinics that reach pastoralist communities by motorbike and camel. Over six years, her team has helped more than 4,000 women give birth in health facilities.

The Cabinet Secretary for Health said the award showed the value of community health workers and announced plans to hire 1,500 more nurses for arid counties.""",
notes="'recognised' with an award; Switzerland is only the place of the ceremony."),

item("tokyo_nikkei_record_yen", "Japanese wire style, markets", "2025-10-06", "en",
"Nikkei hits record as yen weakens",
"""TOKYO -- Japan's Nikkei share average jumped more than 4 percent to a record high on Monday, as investors bet on looser fiscal policy after the ruling party chose a new leader over the weekend.

Exporters led the gains as the yen weakened past 150 per dollar. Chip equipment makers and trading houses were among the biggest winners, while bank shares fell on expectations that interest rate rises would be delayed.

Analysts said the rally could continue in the short term but warned that a weaker yen would push up import costs for households."""),

item("santiago_copper_codelco_output", "Chilean business daily style, mining", "2025-07-31", "en",
"Codelco output falls as copper price holds near record",
"""SANTIAGO -- Chile's state copper miner Codelco said on Thursday its output fell 4 percent in the first half of the year, as lower ore grades and delays at new projects weighed on production.

The company produced 620,000 tonnes of copper between January and June. Its chairman said the company would review its targets for the year after a deadly accident at the El Teniente mine this week halted work in part of the site.

Copper prices on the London Metal Exchange stayed close to 9,800 dollars a tonne, supported by strong demand from grid and electric vehicle makers and concerns over supply from South America."""),

item("mumbai_monsoon_red_alert", "Indian daily style, weather", "2025-08-19", "en",
"Red alert in Mumbai as heavy rain floods roads, disrupts trains",
"""MUMBAI -- Heavy monsoon rain flooded roads and disrupted suburban train services in Mumbai on Tuesday, prompting the weather department to issue a red alert for the city and neighbouring districts.

More than 200 millimetres of rain fell in parts of the city in 24 hours. Schools and colleges were closed and the municipal corporation urged residents to stay indoors unless necessary. Several flights were diverted from the city's airport.

Disaster response teams were deployed in low-lying areas of Kurla and Andheri, where residents were moved to temporary shelters. More rain is forecast until Thursday."""),

item("ruto_receives_credentials_ghana_japan", "Kenyan State House release style, credentials", "2025-06-11", "en",
"President Ruto receives credentials of new envoys",
"""NAIROBI -- [[President William Ruto on Wednesday received letters of credence from the newly appointed High Commissioner of Ghana and the Ambassador of Japan]] at State House, Nairobi.

The President urged the envoys to help deepen trade and investment ties, noting Kenya's interest in Japanese support for the Dongo Kundu special economic zone and in closer cooperation with Ghana under the African Continental Free Trade Area.

The two diplomats pledged to strengthen relations between their countries and Kenya. Later, the President chaired a meeting on the affordable housing programme.""",
persons=[("William Ruto", "William Ruto", "President", "KE")],
events=[event("appointment", ["GH", "KE"], 0, persons=["William Ruto"], place="Nairobi", date="2025-06-11"),
        event("appointment", ["JP", "KE"], 0, persons=["William Ruto"], place="Nairobi", date="2025-06-11")],
notes="Invented ceremony. Two credentials, one event per sending state."),

item("hanoi_typhoon_yagi_floods", "Vietnamese wire style, weather", "2024-09-10", "en",
"Red River floods Hanoi suburbs after Typhoon Yagi",
"""HANOI -- Floodwaters from the Red River inundated low-lying neighbourhoods of Hanoi on Tuesday, forcing thousands of residents to leave their homes, as northern Vietnam struggled with the aftermath of Typhoon Yagi.

The storm and the heavy rain that followed have killed more than 140 people, most of them in landslides and flash floods in mountainous provinces, according to the disaster management agency. A bridge collapsed in Phu Tho province on Monday, sending cars and motorbikes into the river.

Authorities closed several schools in the capital and deployed soldiers to reinforce dykes along the river."""),

item("kinshasa_mpox_cases_who", "Health wire style", "2024-08-23", "en",
"Congo reports more mpox cases as vaccines awaited",
"""KINSHASA -- The Democratic Republic of Congo has recorded more than 16,000 suspected mpox cases this year, the health minister said on Friday, as officials waited for the first vaccine deliveries.

The World Health Organization declared the outbreak a public health emergency of international concern last week after a new strain spread to neighbouring countries. Most cases in Congo are in South Kivu and Equateur provinces, where health workers struggle to reach remote villages.

The minister said vaccination would begin with children and health workers in the worst-hit areas as soon as doses arrived.""",
orgs=["WHO"]),

item("afrobeats_festival_london_stadium", "Lagos daily style, music abroad", "2025-07-14", "en",
"Nigerian stars headline sold-out Afrobeats festival in London",
"""LAGOS -- Nigerian Afrobeats stars performed before a sold-out crowd of more than 50,000 at a London stadium on Saturday, in what organisers called the biggest African music festival held in Britain.

The line-up included artists from Nigeria, Ghana and South Africa, and the event was streamed live to fans across the continent. Promoters said tickets sold out within two days of going on sale.

Music industry analysts say Afrobeats streams in Britain have more than doubled in three years, driven by young listeners and the diaspora."""),

item("jakarta_hajj_quota_pilgrims", "Indonesian wire style, pilgrims", "2025-01-15", "en",
"Indonesia sets Hajj fee as 221,000 pilgrims prepare for season",
"""JAKARTA -- Indonesia's parliament and religious affairs ministry agreed on Wednesday on an average Hajj fee of about 89 million rupiah per pilgrim for this year's season, for which the country has a quota of 221,000 places.

Pilgrims will pay about 55 million rupiah themselves, with the rest covered by returns on the Hajj fund. Lawmakers asked the ministry to improve tents and food in Mina after complaints last year.

The first groups of pilgrims are scheduled to leave for Saudi Arabia in early May.""",
notes="Quota and pilgrims: no act between states."),

item("aceh_rohingya_boat_unhcr", "Indonesian wire style, migration", "2024-10-31", "en",
"Boat carrying Rohingya refugees lands in Aceh",
"""BANDA ACEH -- A wooden boat carrying about 150 Rohingya refugees, most of them women and children, landed on a beach in East Aceh on Thursday after more than three weeks at sea, local officials said.

Residents gave the refugees water and food but some villagers objected to them staying, and police moved them to a temporary shelter in a government building.

The UN refugee agency UNHCR said the group had left camps in Cox's Bazar, Bangladesh, and that at least three people had died during the journey. It urged authorities to allow the refugees to disembark safely and receive medical care.""",
orgs=["UNHCR"],
notes="Bangladesh is only where the refugees left from."),

item("modi_congratulates_dissanayake", "Indian wire style, congratulation", "2024-09-23", "en",
"Modi congratulates Dissanayake on Sri Lanka election win",
"""NEW DELHI -- [[Prime Minister Narendra Modi on Monday congratulated Anura Kumara Dissanayake on his victory in Sri Lanka's presidential election]], saying Sri Lanka had a special place in India's Neighbourhood First policy.

In a post on social media, Modi said he looked forward to working closely with the new president to strengthen cooperation for the benefit of the two peoples and of the region.

Dissanayake, who led the National People's Power coalition, was sworn in as president in Colombo earlier in the day. He thanked the Indian leader for his message.""",
persons=[("Narendra Modi", "Narendra Modi", "Prime Minister", "IN"),
         ("Anura Kumara Dissanayake", "Anura Kumara Dissanayake", "President", "LK")],
events=[event("congratulation", ["IN", "LK"], 0, target="LK", persons=["Narendra Modi", "Anura Kumara Dissanayake"],
              date="2024-09-23", topics=["political cooperation"])],
notes="Real congratulation. Dissanayake's thanks for a message is read as no separate praise (doubtful)."),

item("nz_will_not_recognise_palestine_now", "NZ wire style, negated recognition", "2025-09-27", "en",
"New Zealand says it will not recognise Palestinian state for now",
"""WELLINGTON -- New Zealand will not recognise a Palestinian state at this time, Foreign Minister Winston Peters told the UN General Assembly in New York, saying such a step could harden positions while fighting continues in Gaza.

Peters said recognition remained "a question of when, not if", but that the priorities were a ceasefire, the release of hostages and humanitarian access.

The decision sets New Zealand apart from several close partners, including Australia, Britain and Canada, which announced their recognition in recent days. Opposition parties called the decision a missed opportunity.""",
orgs=["UNGA"],
notes="A recognition that is not made (and one deferred): no event. The recognitions by Australia, Britain and "
      "Canada are background of the previous days, mentioned without act or date: not annotated (doubtful)."),

item("eff_demands_summons_us_ambassador", "South African daily style, party politics (hypothetical)", "2025-03-17", "en",
"EFF says minister must summon US envoy or face motion",
"""CAPE TOWN -- The Economic Freedom Fighters said on Monday that Parliament would debate a motion against the international relations minister if he did not summon the US ambassador over remarks made by American officials about South Africa.

"If the ambassador is not summoned this week, we will table a motion in the National Assembly," the party's spokesperson told reporters in Cape Town.

The ministry said it would not respond to "ultimatums from political parties" and that diplomatic matters were being handled through proper channels.""",
notes="A party's conditional demand: no summons."),

item("aranyaprathet_border_market_traders", "Thai English daily style, border trade", "2025-09-03", "en",
"Border traders count losses as market stays shut",
"""SA KAEO -- Traders at the Rong Kluea market in Aranyaprathet say they have lost most of their income since the border crossing with Cambodia was closed, with hundreds of stalls shuttered for more than two months.

Vendors of clothes and household goods, many of whom depend on Cambodian buyers, said they had fallen behind on loans. The provincial chamber of commerce estimated losses at more than 1 billion baht.

At a meeting with traders on Tuesday, provincial officials proposed that the two sides meet next month to discuss reopening the crossing for goods, but gave no date. Cambodian workers who used to cross daily have also been unable to return to farms in the province.""",
notes="A proposal by provincial officials that 'the two sides meet': no planned meeting, no date, no named parties acting."),

item("dhaka_denies_yunus_visit_report", "Bangladeshi daily style, denial", "2025-04-02", "en",
"Chief Adviser's office denies report of planned Washington trip",
"""DHAKA -- The press wing of Chief Adviser Muhammad Yunus on Wednesday denied media reports that he would travel to Washington later this month, calling them "baseless".

"There is no such visit on the Chief Adviser's schedule," the press secretary said in a statement, urging news outlets to verify information with official sources.

Several online portals had reported that Yunus would meet US officials to discuss tariffs on Bangladeshi garments. The interim government said separately that talks on tariffs were being handled by the commerce ministry.""",
notes="A denied visit: no event."),

item("oslo_freedom_forum_activists", "Norwegian English site style, conference", "2025-05-27", "en",
"Dissidents from three continents gather at Oslo Freedom Forum",
"""OSLO -- Activists and dissidents from more than 50 countries gathered in Oslo on Tuesday for the opening of the annual Oslo Freedom Forum, a conference organised by a New York-based human rights foundation.

Speakers included a journalist who fled Nicaragua, a Uyghur rights campaigner and a Venezuelan lawyer who defends political prisoners. Sessions focused on surveillance technology and the persecution of critics abroad.

Organisers said about 2,000 people had registered for the three-day event, which also includes workshops on digital security for reporters.""",
notes="A conference in Oslo: Norway is the place, the countries named are the speakers' origins."),

item("dakar_senegal_condemns_mali_convoy_attack", "Senegalese daily style, condemnation of an attack", "2025-09-16", "en",
"Senegal condemns attack on fuel convoy in western Mali",
"""DAKAR -- Senegal's foreign ministry on Tuesday condemned an attack by armed men on a convoy of fuel tankers in western Mali, which it said had killed several drivers, including Senegalese nationals.

In a statement, the ministry expressed solidarity with the families of the victims and called for greater security along the Dakar-Bamako corridor, a vital supply route for landlocked Mali.

Transport unions in Senegal said drivers would refuse to travel the route without military escorts. Mali has faced a blockade of fuel deliveries imposed by an armed group since early September.""",
notes="A state condemning an attack by an armed group: the target is not a state, Mali is the place. No event "
      "(general4 ar_004 convention)."),

item("japan_protests_china_coast_guard_senkaku", "Japanese wire style, protest note", "2025-05-04", "en",
"Japan protests to China over helicopter near Senkakus",
"""TOKYO -- [[Japan lodged a strong protest with China on Saturday after a helicopter launched from a Chinese coast guard ship entered Japanese airspace]] near the Senkaku Islands in the East China Sea, the government said.

The vice foreign minister conveyed the protest to the Chinese ambassador by phone, calling the incursion "extremely serious". Japan's air force scrambled fighter jets in response.

China's foreign ministry said the helicopter had been carrying out a routine patrol over what it calls the Diaoyu Islands and urged Japan to stop "provocations".""",
events=[event("statement_criticism", ["JP"], 0, target="CN", date="2025-05-03", topics=["security"])],
notes="Article dated the day after the incursion (2025-05-04); the protest 'on Saturday' = 2025-05-03. China's "
      "counter-statement urging Japan to stop 'provocations' is a rebuttal, not annotated as a criticism of JP "
      "(doubtful). The phone call conveying the protest is part of the same act."),

item("lima_extortion_gang_arrests", "Peruvian English site style, crime", "2025-04-23", "en",
"Police arrest 14 in raid on bus extortion gang",
"""LIMA -- Peruvian police arrested 14 suspected members of a gang accused of extorting bus companies in northern Lima, the interior ministry said on Wednesday.

Officers seized firearms, mobile phones and notebooks listing payments from drivers during raids on 11 properties in San Martin de Porres and Comas. Bus drivers staged a strike this month after a colleague was shot dead for refusing to pay.

The interior minister said the state of emergency in several districts of the capital would be extended by 30 days."""),

item("melbourne_magistrate_trial_arson", "Australian daily style, court", "2025-06-27", "en",
"Man committed to stand trial over restaurant fires",
"""MELBOURNE -- A magistrate on Friday committed a 34-year-old man to stand trial in the County Court over a series of fires at restaurants in the city's east last year.

The court heard that CCTV footage showed a man pouring fuel at the entrance of two restaurants on the same night. The accused, who has pleaded not guilty, was remanded in custody.

Police have said they are investigating whether the fires were linked to a dispute between rival tobacco sellers."""),

item("ottawa_commons_budget_vote", "Canadian wire style, parliament", "2025-11-17", "en",
"Carney's minority government survives budget vote",
"""OTTAWA -- Prime Minister Mark Carney's minority government survived a key vote on its budget in the House of Commons on Monday, after several opposition members abstained.

Conservative leader Pierre Poilievre accused the government of "record deficits" and said his party would keep pressing for lower taxes. Carney said the budget would fund defence, housing and infrastructure and protect jobs hit by US tariffs.

The result avoids an early election less than a year after the last one. The budget bill now goes to committee for detailed study.""",
notes="Domestic politics; US tariffs are background."),

item("urc_red_card_cardiff_leinster", "UK sport wire style, rugby", "2025-03-08", "en",
"Cardiff down to 14 as Leinster run in five tries",
"""CARDIFF -- Leinster beat Cardiff 35-12 in the United Rugby Championship at Cardiff Arms Park on Saturday after the home side's lock was sent off for a high tackle in the 29th minute.

The referee upgraded a yellow card to red after a review by the television match official. Leinster scored three tries in the second half to secure a bonus point.

Cardiff's coach said the decision was harsh but admitted his side had lost discipline. The defeat leaves the Welsh club ninth in the table, two points outside the play-off places.""",
notes="'sent off' and 'red card': no event."),

item("lagos_naira_official_window", "Nigerian business daily style, currency", "2025-06-10", "en",
"Naira gains at official window as reserves rise",
"""LAGOS -- The naira strengthened to 1,548 per dollar at the official foreign exchange market on Tuesday, its best level in three weeks, as foreign reserves rose above 38 billion dollars.

Dealers said inflows from foreign portfolio investors and oil exporters had eased pressure on the currency. At the parallel market in Lagos, the naira traded at about 1,580 per dollar.

Analysts said the central bank's steady interest rate policy had helped but warned that lower oil prices could reverse the gains."""),

item("uk_india_fta_signed_chequers", "Indian wire style, visit and trade agreement", "2025-07-24", "en",
"India, UK sign free trade agreement during Modi visit",
"""LONDON -- [[India and the United Kingdom signed a free trade agreement on Thursday]] [[as Prime Minister Narendra Modi held talks with his British counterpart Keir Starmer at Chequers]], the prime minister's country residence.

[[Modi, who arrived in London on Wednesday for a two-day visit]], said the agreement would open British markets to Indian textiles, leather goods and jewellery, while India will cut tariffs on British whisky, cars and medical devices.

The agreement was signed by India's Commerce Minister Piyush Goyal and Britain's Business and Trade Secretary Jonathan Reynolds in the presence of the two leaders. It must still be approved by the British parliament before it enters into force.""",
persons=[("Narendra Modi", "Narendra Modi", "Prime Minister", "IN"),
         ("Keir Starmer", "Keir Starmer", "Prime Minister", "GB"),
         ("Piyush Goyal", "Piyush Goyal", "Minister of Commerce and Industry", "IN"),
         ("Jonathan Reynolds", "Jonathan Reynolds", "Secretary of State for Business and Trade", "GB")],
events=[event("visit", ["IN", "GB"], 2, persons=["Narendra Modi"], place="London", date="2025-07-23",
              topics=["trade"]),
        event("meeting", ["GB", "IN"], 1, persons=["Keir Starmer", "Narendra Modi"], place="Chequers",
              date="2025-07-24", topics=["trade"]),
        event("agreement", ["IN", "GB"], 0, persons=["Piyush Goyal", "Jonathan Reynolds", "Narendra Modi", "Keir Starmer"],
              place="Chequers", date="2025-07-24", count=None, topics=["trade"])],
notes="Real (2025-07-23/24). Visit dated the arrival day; place of the meeting and signing: Chequers (the country "
      "residence, not a city; doubtful: could be London)."),

item("texas_measles_outbreak", "US wire style, health", "2025-03-04", "en",
"Texas measles outbreak grows to 159 cases",
"""AUSTIN -- A measles outbreak in West Texas has grown to 159 cases, state health officials said on Tuesday, most of them in children who had not been vaccinated.

The outbreak, centred in Gaines County, has led to 22 hospitalisations. A school-age child who was not vaccinated died last week, the first measles death in the United States in a decade.

Health officials have opened free vaccination clinics and urged parents to check their children's immunisation records. Cases linked to the outbreak have also been reported in neighbouring New Mexico."""),

item("edinburgh_fringe_ukrainian_theatre", "Scottish daily style, festival", "2025-08-12", "en",
"Ukrainian theatre company sells out Fringe run",
"""EDINBURGH -- A theatre company from Kharkiv has sold out its entire run at the Edinburgh Festival Fringe with a play about a family sheltering in a metro station during air raids.

The actors, who travelled to Scotland by bus through Poland and Germany, said performing abroad allowed them to keep working while their home theatre remains closed. Critics praised the production's mix of humour and grief.

The company plans to take the play to festivals in Dublin and Gdansk in the autumn before returning home.""",
notes="Critics' praise of a play: no praise of a state."),

item("prayagraj_kumbh_pilgrims_bathing_day", "Indian wire style, pilgrims", "2025-02-03", "en",
"Millions of pilgrims take holy dip on Basant Panchami",
"""PRAYAGRAJ -- Millions of pilgrims bathed at the confluence of the Ganges and Yamuna rivers on Monday on Basant Panchami, one of the main bathing days of the Maha Kumbh festival, under tight security after a deadly crush last week.

Authorities banned vehicles from the festival area, added extra entry and exit routes and deployed thousands of police officers to manage the crowds. Officials said more than 340 million people had visited the festival since it began in January.

Foreign visitors, including groups from Nepal, Mauritius and the United States, joined the bathing.""",
notes="Foreign pilgrims: no visit between states."),

item("dover_small_boats_record_day", "UK wire style, migration", "2025-09-20", "en",
"More than 1,000 people cross Channel in a single day",
"""DOVER -- More than 1,000 migrants crossed the English Channel in small boats on Friday, the highest daily figure this year, Home Office data showed.

Border Force vessels brought groups ashore at Dover throughout the day as calm weather allowed dozens of boats to leave the French coast. The total for the year so far is above 32,000.

The crossings came as the government said the first returns under a pilot arrangement agreed with France in the summer had begun this week. Opposition parties said the scheme was too small to deter crossings.""",
notes="The returns arrangement with France is background (agreed in the summer): no event in this text."),

item("kampala_coffee_exporters_dubai_deals", "Ugandan business daily style, exporters abroad", "2025-05-29", "en",
"Ugandan coffee exporters sign supply deals in Dubai",
"""KAMPALA -- Ugandan coffee exporters signed supply deals worth about 40 million dollars with buyers in the Gulf during a trade fair in Dubai this week, the Uganda Coffee Development Authority said on Thursday.

The authority said 12 companies took part in the fair, where roasters from the United Arab Emirates, Saudi Arabia and Qatar showed interest in Robusta and specialty Arabica beans.

Coffee is Uganda's largest export, and earnings have risen sharply this year on the back of high global prices.""",
notes="Companies' deals at a fair: no act between states."),

item("westminster_mps_delegation_kenya", "Kenyan daily style, parliamentary delegation", "2024-11-14", "en",
"British MPs tour Nairobi slums on fact-finding visit",
"""NAIROBI -- A cross-party delegation of British members of parliament toured informal settlements in Nairobi on Thursday as part of a week-long fact-finding visit on urban poverty and climate change.

The five MPs, members of a parliamentary committee on international development, met community health volunteers in Kibera and visited a sanitation project funded by British aid. They are also due to meet members of Kenya's National Assembly.

The head of the delegation said the committee would publish a report on the findings early next year.""",
notes="MPs travelling and meeting MPs: not acts of states (general4/general6 convention)."),
]

# Date lines vary by outlet: US-style wires and dailies print "Month D, YYYY", some sites a short form.
for _number, _item in enumerate(ITEMS, start=1):
    if _number % 3 == 0:
        _item["dateline"] = "en_us"
    elif _number % 7 == 0:
        _item["dateline"] = "en_short"
