ARTICLES = []
def add(**k): ARTICLES.append(k)

add(slug="almaty_metro_extension", source="Kazinform-style English item, transport", date="2025-06-19", dl="en", text="""
Almaty metro opens two new stations on western line

ALMATY, June 19 (Kazinform) -- Two new metro stations opened in Almaty's Auezov district on Thursday, extending the city's single line to 13 stations and cutting travel times from the western suburbs to the centre by about 20 minutes.

The mayor's office said the stations would carry up to 30,000 passengers a day. Construction of a second line, repeatedly delayed since 2019, is expected to begin next year after financing is confirmed, an official said.

Residents welcomed the opening but complained about the lack of park-and-ride facilities near the new stations.
""")

add(slug="bishkek_court_journalists", source="regional English wire style, court", date="2025-10-09", dl="en", text="""
Kyrgyz court sentences two journalists to prison

BISHKEK -- A district court in Bishkek on Thursday sentenced two journalists of an investigative news outlet to five and six years in prison on charges of calling for mass unrest, a verdict their lawyers said they would appeal.

The defendants, who denied the charges, were condemned by the court after a closed trial that lasted four months. Press freedom groups called the ruling a blow to independent reporting in Kyrgyzstan and urged the authorities to release them.

Several dozen supporters gathered outside the courthouse, where police detained three people briefly.
""", notes="'condemned by the court' = sentenced; NGO criticism of a state is not a state act.")

add(slug="lima_protest_transport_strike", source="AFP-style wire, protest", date="2025-10-06", dl="enus", text="""
Bus drivers strike in Lima over extortion killings

LIMA, Oct 6 -- Thousands of bus and minibus drivers in Peru's capital stopped work on Monday to protest against a wave of extortion and killings of drivers by criminal gangs, leaving millions of commuters stranded.

Transport unions said at least 15 drivers had been shot this year for refusing to pay protection money. Protesters marched towards Congress, demanding a state of emergency and tougher penalties. The interior minister said police patrols on high-risk routes would be doubled.
""")

add(slug="nairobi_matatu_fare_hike", source="Kenyan daily style, transport", date="2025-03-14", dl="en", text="""
Matatu fares rise as fuel prices climb

NAIROBI -- Commuters in Nairobi paid up to 20 shillings more per trip on Friday after matatu operators raised fares, citing the latest increase in pump prices announced by the energy regulator.

The Matatu Owners Association said the rise was unavoidable after diesel went up by almost 9 shillings a litre. Commuters on the Thika Road corridor said the higher fares would strain household budgets already hit by rising food prices.
""")

add(slug="uk_fm_calls_nigerian_counterpart", source="Nigerian daily style, flood report with a phone call", date="2025-05-31", dl="en", text="""
Mokwa flood death toll rises to over 150

MINNA -- The death toll from floods that swept through the market town of Mokwa in Niger State has risen above 150, emergency officials said on Saturday, as rescue teams continued to search for missing residents.

The National Emergency Management Agency said more than 3,000 people had been displaced and several hundred homes destroyed. Survivors described a wall of water that hit the town before dawn on Thursday.

In Abuja, Foreign Affairs Minister Yusuf Tuggar said he had received a telephone call from the British Foreign Secretary, David Lammy, who conveyed the condolences of the United Kingdom over the disaster.
""", per=[("Yusuf Tuggar", "Yusuf Tuggar", "Minister of Foreign Affairs", None, "NG"),
         ("David Lammy", "David Lammy", "Foreign Secretary", None, "GB")],
    ev=[dict(type="other", p=["GB", "NG"], persons=["David Lammy", "Yusuf Tuggar"], topics=["humanitarian"],
             ev="he had received a telephone call from the British Foreign Secretary, David Lammy, who conveyed the condolences of the United Kingdom over the disaster")],
    notes="Phone call with condolences: other (no condolence type), caller first. Date of the call not stated: null.")

add(slug="dhaka_garment_wage_talks", source="Bangladeshi daily style, labour", date="2025-02-11", dl="en", text="""
Garment unions and factory owners fail to agree on wage review

DHAKA -- Talks between garment workers' unions and factory owners ended without agreement on Tuesday, with union leaders threatening demonstrations in Ashulia and Gazipur if an interim wage increase is not announced this month.

The owners' association said rising energy costs and falling orders made a new increase impossible before the end of the year. The labour ministry said it would convene a further meeting of the wage board next week.
""", notes="'Talks' between unions and owners: domestic labour news.")

add(slug="everest_summit_season", source="Kathmandu daily style, mountaineering", date="2025-05-20", dl="en", text="""
More than 200 climbers reach Everest summit in a single day

KATHMANDU -- More than 200 climbers and Sherpa guides reached the summit of Mount Everest on Monday, taking advantage of a window of good weather, officials at the Department of Tourism said.

Among them were climbers from India, China, the United States and Britain. The department has issued a record number of permits this season, raising concerns about overcrowding near the summit. A Nepali guide said queues formed on the Hillary Step in the early morning.
""", notes="'summit' of a mountain.")

add(slug="ecuador_banana_exports_rise", source="Reuters-style wire, trade figures", date="2025-04-08", dl="en", text="""
Ecuador banana exports rise 8% in first quarter

QUITO, April 8 -- Ecuador's banana exports rose 8% in the first quarter from a year earlier, helped by strong demand in Europe and Russia, the country's banana exporters' association said on Tuesday.

Shipments reached about 107 million boxes. The association warned that higher freight costs and security problems at the port of Guayaquil, where traffickers have hidden cocaine in fruit containers, remained risks for the sector.
""")

add(slug="tashkent_uzbek_pm_receives_korean_delegation", source="UzDaily-style item, business delegation", date="2025-09-24", dl="en", text="""
Korean business delegation explores textile investment in Uzbekistan

TASHKENT -- A delegation of about 40 South Korean companies visited Tashkent this week to explore investment in textile, pharmaceutical and car-parts production, the Chamber of Commerce and Industry of Uzbekistan said.

The chamber hosted a business forum where companies signed 12 commercial agreements worth about $180 million. Korean executives also toured the Namangan free economic zone.

"Our members see Uzbekistan as a base for the Central Asian market," the head of the Korean delegation said.
""", notes="Company delegation and commercial agreements: no event.")

add(slug="manchester_united_tour_asia", source="UK sport page style, pre-season tour", date="2025-07-15", dl="en", text="""
United confirm Asian tour with matches in Hong Kong and Kuala Lumpur

MANCHESTER -- Manchester United will visit Malaysia and Hong Kong on their pre-season tour this month, playing an ASEAN All-Stars team in Kuala Lumpur and a local side in Hong Kong.

The club said the squad would fly out after a week of training at Carrington. The manager said the tour would give younger players a chance to impress. United last visited Malaysia in 2009.
""", notes="A football club's 'visit'.")

add(slug="un_humanitarian_sudan_appeal", source="UN news style, humanitarian appeal", date="2025-02-17", dl="en", text="""
UN appeals for $6 billion to help Sudanese inside country

GENEVA -- The United Nations on Monday appealed for $6 billion to assist about 21 million people inside Sudan this year, saying the country had become the world's largest displacement crisis.

Aid agencies said access to parts of Darfur and Kordofan remained severely restricted. The World Food Programme said famine conditions had been confirmed in several camps for displaced people.
""", org=["UN"], notes="An organisation's appeal; Sudan is the place of need. No event, no state listed; UN named (no member state listed, so no membership).")

add(slug="mp_urges_embassy_closure_westminster", source="UK daily style, parliament", date="2025-11-19", dl="en", text="""
Backbench MPs urge Government to expel Russian diplomats

LONDON -- A group of backbench MPs on Wednesday urged the Government to expel more Russian diplomats and close a consulate, after reports of sabotage plots targeting British infrastructure.

In a Westminster Hall debate, a Conservative MP said the Foreign Office should "act before it is too late". A minister replying for the Government said all options remained on the table but gave no commitment.

The Russian embassy dismissed the accusations as "fantasies".
""", notes="MPs' demand ('urged ... to expel') and an undecided government: no event. The embassy dismissing accusations is not criticism of a state by name.")

add(slug="sri_lanka_tea_auction", source="Colombo daily style, tea market", date="2025-08-06", dl="en", text="""
Tea prices ease at Colombo auction

COLOMBO -- Prices of high-grown teas eased at this week's Colombo auction as buyers from Russia and the Middle East held back ahead of a holiday period, brokers said.

About 6.3 million kilograms were on offer. Brokers said low-grown teas held steady thanks to demand from Iraqi and Turkish buyers, while off-grade teas lost up to 50 rupees a kilo.
""")

add(slug="buenos_aires_inflation_minister", source="Buenos Aires daily style, economy", date="2025-05-14", dl="en", text="""
Argentine monthly inflation falls to lowest in five years

BUENOS AIRES -- Argentina's monthly inflation slowed to 2.8% in April, the national statistics institute said on Wednesday, the lowest reading for the month in five years.

Economy Minister Luis Caputo said the figure showed that the government's programme was working and predicted further falls. Opposition economists warned that wages were still lagging behind prices and that consumption remained weak.
""")

add(slug="kazakh_president_receives_credentials", source="Akorda-style release", date="2025-03-26", dl="en", text="""
Tokayev receives credentials of new ambassadors

ASTANA -- President Kassym-Jomart Tokayev on Wednesday received the credentials of newly appointed ambassadors of Brazil and Malaysia at the Akorda presidential residence.

Addressing the diplomats, the head of state said Kazakhstan was open to broader cooperation in trade, transport and energy and wished them success in their mission.

Separately, the Kazakh government approved a plan to modernise 11 regional airports by 2029.
""", per=[("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", "President", None, "KZ")],
    ev=[dict(type="appointment", p=["BR", "KZ"], persons=["Kassym-Jomart Tokayev"], place="Astana", topics=[],
             ev="President Kassym-Jomart Tokayev on Wednesday received the credentials of newly appointed ambassadors of Brazil and Malaysia at the Akorda presidential residence"),
        dict(type="appointment", p=["MY", "KZ"], persons=["Kassym-Jomart Tokayev"], place="Astana", topics=[],
             ev="President Kassym-Jomart Tokayev on Wednesday received the credentials of newly appointed ambassadors of Brazil and Malaysia at the Akorda presidential residence")],
    notes="Two credentials, one event per sending state.")

add(slug="fifa_sanctions_club_transfer_ban", source="sports wire style", date="2025-01-30", dl="en", text="""
FIFA bans Turkish club from registering players

ISTANBUL -- FIFA has banned a Turkish Super Lig club from registering new players for three transfer windows over unpaid fees owed to a former coach, the club confirmed on Thursday.

The sanction can be lifted if the debt, estimated at 2.4 million euros, is settled. The club said it would appeal to the Court of Arbitration for Sport. Last month the same club expelled two players from its squad for disciplinary reasons.
""", notes="FIFA sanction on a club; a club expelling players.")

add(slug="antananarivo_cyclone_warning", source="wire style, weather", date="2025-02-25", dl="en", text="""
Madagascar braces for cyclone as schools close

ANTANANARIVO -- Madagascar closed schools in four eastern regions on Tuesday as a tropical cyclone approached the coast with winds of up to 180 km per hour, the national meteorological office said.

The disaster management office said shelters had been prepared for about 50,000 people in Toamasina and surrounding districts. Fishermen were told to stay in port until further notice.
""")

add(slug="india_pakistan_hockey_handshake", source="Indian sport page style", date="2025-10-17", dl="en", text="""
India, Pakistan junior hockey teams meet in Johor final

JOHOR BAHRU -- India and Pakistan will meet in the final of the Sultan of Johor Cup junior hockey tournament on Saturday after both won their semi-finals on Thursday.

The two teams exchanged high-fives before their group-stage match last week, a rare gesture between sides from the two countries in recent months. India's coach said his team expected a tough game and would not read anything into the group result.
""", notes="Teams 'meet' in a final; a sporting gesture.")

add(slug="ethiopia_coffee_export_record", source="Addis daily style, exports", date="2025-07-22", dl="en", text="""
Ethiopia earns record $2.6 billion from coffee exports

ADDIS ABABA -- Ethiopia earned a record $2.6 billion from coffee exports in the fiscal year that ended on July 7, the Ethiopian Coffee and Tea Authority said, as prices on world markets stayed high.

Germany, Saudi Arabia and the United States were the main buyers. The authority said export volumes rose to about 470,000 tonnes, and smallholder farmers were receiving better prices than a year ago.
""")

add(slug="tbilisi_protest_parliament", source="regional wire style, protest", date="2025-03-04", dl="en", text="""
Protesters rally outside Georgian parliament for 90th night

TBILISI -- Several thousand demonstrators gathered outside Georgia's parliament on Tuesday evening for the 90th consecutive night of protests against the government's decision to suspend talks on joining the European Union.

Protesters waved EU and Georgian flags and chanted slogans condemning the ruling party. Police said one person was detained for assault. Opposition leaders called for new elections.
""", org=["EU"], notes="Crowds condemning their own ruling party; EU named (Georgia is not a member; no state listed, so no membership).")

add(slug="kuala_lumpur_durian_exports_china", source="Malaysian daily style, agriculture", date="2025-06-11", dl="en", text="""
Durian growers eye bigger share of Chinese market

KUALA LUMPUR -- Malaysian durian growers expect exports of fresh fruit to China to double this year after the first shipments of whole durians cleared Chinese customs last season, a growers' federation said on Wednesday.

The federation said farms in Pahang and Johor had been registered with Chinese inspectors. Growers complained, however, that air freight costs made small shipments unprofitable.
""")

add(slug="pretoria_minister_visits_township_clinic", source="South African daily style, health", date="2025-08-27", dl="en", text="""
Health minister visits Soshanguve clinic after complaints

PRETORIA -- Health Minister Aaron Motsoaledi made an unannounced visit to a clinic in Soshanguve on Wednesday after patients complained of waiting up to eight hours for medicines.

The minister said the province would send additional pharmacists and that a new dispensing machine would be installed next month. Patients told reporters that the clinic often ran out of chronic medication.
""", notes="A minister's domestic visit: no event.")

add(slug="rome_pope_audience_pilgrims", source="Vatican-news style, religion", date="2025-10-29", dl="en", text="""
Pope addresses 40,000 pilgrims at Wednesday audience

VATICAN CITY -- Pope Leo XIV addressed about 40,000 pilgrims in St Peter's Square at his weekly general audience on Wednesday, calling for prayers for victims of floods in Asia and for peace in Ukraine and the Middle East.

Groups of pilgrims from Poland, Mexico, Nigeria and the Philippines were greeted in their languages. The pope later met a delegation of Catholic university rectors.
""", notes="A religious leader's audience and appeals: no state act (the Holy See acting diplomatically would be an event; a general audience is not).")

add(slug="turkmen_gas_china_denied_pipeline", source="Central Asian news site style, energy (denial)", date="2025-09-30", dl="en", text="""
Turkmenistan has not signed Line D deal, official says

ASHGABAT -- A Turkmen energy official on Tuesday denied reports that Turkmenistan and China had signed an agreement to build the long-delayed Line D of the Central Asia-China gas pipeline.

"Negotiations continue, and no document has been signed," the official told journalists. Several regional media outlets had reported that a deal would be signed during an upcoming visit, without naming a date.

Turkmenistan currently exports about 40 billion cubic metres of gas a year to China through three existing lines.
""", notes="A denied agreement and an undated rumoured visit: no event.")

add(slug="quito_university_recognised_accreditation", source="Latin American daily style (English edition), education", date="2025-11-05", dl="en", text="""
Medical degrees from private university recognised after accreditation

QUITO -- Ecuador's higher education council on Wednesday recognised the medical degrees of a private university in Guayaquil after a two-year accreditation review, ending uncertainty for about 1,200 students.

The council said the university had met standards on teaching hospitals and faculty qualifications. Student representatives, who had protested outside the council's offices in June, welcomed the decision.
""", notes="'recognised' degrees.")

add(slug="spain_morocco_interior_meeting", source="Spanish agency style (English), migration", date="2025-04-03", dl="en", text="""
Spanish and Moroccan interior ministers meet on migration

RABAT -- Spanish Interior Minister Fernando Grande-Marlaska met his Moroccan counterpart Abdelouafi Laftit in Rabat on Thursday to discuss migration and cooperation against drug trafficking across the Strait of Gibraltar.

The two ministers agreed to hold a meeting of the joint migration working group in Madrid before the summer. Grande-Marlaska praised Morocco's cooperation in preventing irregular departures, according to a statement from his ministry.

Arrivals of migrants to the Canary Islands fell by more than a third in the first quarter.
""", per=[("Fernando Grande-Marlaska", "Fernando Grande-Marlaska", "Minister of the Interior", None, "ES"),
         ("Abdelouafi Laftit", "Abdelouafi Laftit", "Minister of the Interior", None, "MA")],
    ev=[dict(type="meeting", p=["MA", "ES"], persons=["Fernando Grande-Marlaska", "Abdelouafi Laftit"], place="Rabat",
             topics=["drug trafficking", "security"],
             ev="Spanish Interior Minister Fernando Grande-Marlaska met his Moroccan counterpart Abdelouafi Laftit in Rabat on Thursday"),
        dict(type="visit", p=["ES", "MA"], persons=["Fernando Grande-Marlaska"], place="Rabat", topics=["drug trafficking", "security"],
             ev="Spanish Interior Minister Fernando Grande-Marlaska met his Moroccan counterpart Abdelouafi Laftit in Rabat"),
        dict(type="statement_praise", p=["ES", "MA"], t="MA", persons=["Fernando Grande-Marlaska"], place="Rabat", topics=["security"],
             ev="Grande-Marlaska praised Morocco's cooperation in preventing irregular departures")],
    notes="The visit is implied (Spanish minister in Rabat); evidence is the meeting sentence. The agreed working-group meeting is of officials, planned, undated and unnamed: left out (doubtful; could be a planned meeting). Migration has no topic label: security.")

add(slug="karachi_port_congestion_shipping", source="Pakistani daily style, port", date="2025-12-02", dl="en", text="""
Ships wait days at Karachi port as customs system falters

KARACHI -- More than 20 cargo ships were waiting at anchorage off Karachi on Tuesday after a new customs clearance system slowed the processing of containers, port officials said.

Importers said demurrage charges were mounting and some perishable goods had spoiled. The Federal Board of Revenue said technical problems had been fixed and clearance would return to normal within days.
""")

add(slug="qatar_emir_congratulates_chile", source="QNA English style, cables", date="2025-12-15", dl="en", text="""
Amir sends congratulatory cable to Chilean President-elect

DOHA, Dec 15 (QNA) -- His Highness the Amir Sheikh Tamim bin Hamad Al-Thani sent a cable of congratulations to the President-elect of Chile, José Antonio Kast, on his victory in the presidential election.

In other news, the Qatar Meteorology Department forecast strong winds and high seas offshore over the next two days, warning against all marine activities.
""", per=[("Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al-Thani", "Emir", None, "QA"),
         ("José Antonio Kast", "José Antonio Kast", "President-elect", None, "CL")],
    ev=[dict(type="congratulation", p=["QA", "CL"], t="CL", persons=["Tamim bin Hamad Al Thani", "José Antonio Kast"], topics=[],
             ev="His Highness the Amir Sheikh Tamim bin Hamad Al-Thani sent a cable of congratulations to the President-elect of Chile, José Antonio Kast, on his victory in the presidential election")],
    notes="Kast won the run-off on 2025-12-14. Person country CL for a president-elect (doubtful: not yet in office).")

add(slug="baku_brand_ambassador_tennis", source="Azerbaijani news site style, sport/business", date="2025-06-03", dl="en", text="""
Tennis star named brand ambassador of Azerbaijani airline

BAKU -- A former world top-ten tennis player has been named global brand ambassador of Azerbaijan Airlines, the carrier announced on Tuesday, as it expands routes to Europe and Asia.

The player will appear in advertising campaigns and attend the airline's events in London and Beijing. The airline said it would add flights to Milan and Tashkent this summer.
""", notes="'brand ambassador': no diplomat.")

add(slug="bogota_water_rationing_ends", source="Colombian daily style (English), utilities", date="2025-04-11", dl="enus", text="""
Bogotá ends water rationing after a year

BOGOTA -- Bogotá ended water rationing on Friday, almost a year after it began, as reservoirs of the Chingaza system recovered to more than 70% of capacity after heavy rains, the mayor's office said.

Mayor Carlos Fernando Galán urged residents to keep saving water, noting that the city had cut consumption by about 10% during the rationing. Some neighbourhoods on the city's outskirts reported low pressure on the first day.
""")

add(slug="manila_fishermen_water_cannon_protest", source="Philippine daily style, fishing community with a diplomatic protest", date="2025-09-17", dl="en", text="""
Zambales fishermen say catches falling near Scarborough Shoal

MASINLOC, Zambales -- Fishermen in Masinloc said on Wednesday that their catches had fallen by half this year because they can no longer safely reach the rich fishing grounds around Scarborough Shoal.

"We used to stay there for a week. Now we go home after two days," said a boat captain. The local fisheries office said it was distributing fuel subsidies to about 600 small boats.

In Manila, the Department of Foreign Affairs said it had lodged a diplomatic protest with China and summoned a senior Chinese embassy official over the use of water cannon against a Philippine government vessel near the shoal on Tuesday.
""", ev=[dict(type="statement_criticism", p=["PH"], t="CN", place="Manila", topics=["regional conflicts"],
              ev="the Department of Foreign Affairs said it had lodged a diplomatic protest with China"),
         dict(type="other", p=["PH"], t="CN", place="Manila", date=None, topics=["regional conflicts"],
              ev="summoned a senior Chinese embassy official")],
    notes="A diplomatic protest -> criticism of CN; the summons -> other, target CN (date not stated: null; the incident was on Tuesday). Place from 'In Manila'.")
