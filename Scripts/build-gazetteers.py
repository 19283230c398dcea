#!/usr/bin/env python3
"""Builds Sources/DossierKit/Resources/gazetteers.tsv, the word lists the entity tagger uses as features
and the alias resolver uses for demonyms.

Sources (all with a clear licence):
  * countries, former countries, subdivisions: Debian package `iso-codes` (LGPL-2.1+),
    /usr/share/iso-codes/json/iso_3166-{1,2,3}.json
  * first names: Debian package `python3-fake-factory` (Faker, MIT licence), person providers
  * capitals/major cities, demonyms, organisation words, titles: lists written for Dossier below
    (plain geographic/linguistic facts).

Output: one line per entry, `kind<TAB>phrase<TAB>canonical`, sorted, UTF-8. Run:
    apt-get install -y iso-codes python3-fake-factory
    /usr/bin/python3 Scripts/build-gazetteers.py
"""
import importlib, json, os, re, sys

ISO = "/usr/share/iso-codes/json"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "DossierKit", "Resources", "gazetteers.tsv")

# demonym -> country (as the country is usually called in news)
DEMONYMS = """
Afghan:Afghanistan Albanian:Albania Algerian:Algeria American:United States Andorran:Andorra Angolan:Angola
Argentine:Argentina Argentinian:Argentina Armenian:Armenia Australian:Australia Austrian:Austria Azerbaijani:Azerbaijan
Azeri:Azerbaijan Bahraini:Bahrain Bangladeshi:Bangladesh Belarusian:Belarus Belgian:Belgium Bolivian:Bolivia
Bosnian:Bosnia and Herzegovina Brazilian:Brazil British:United Kingdom Bulgarian:Bulgaria Burmese:Myanmar
Cambodian:Cambodia Cameroonian:Cameroon Canadian:Canada Chadian:Chad Chilean:Chile Chinese:China Colombian:Colombia
Congolese:Congo Croatian:Croatia Croat:Croatia Cuban:Cuba Cypriot:Cyprus Czech:Czech Republic Danish:Denmark
Dutch:Netherlands Ecuadorian:Ecuador Egyptian:Egypt English:England Eritrean:Eritrea Estonian:Estonia
Ethiopian:Ethiopia Fijian:Fiji Filipino:Philippines Finnish:Finland French:France Georgian:Georgia German:Germany
Ghanaian:Ghana Greek:Greece Guatemalan:Guatemala Haitian:Haiti Honduran:Honduras Hungarian:Hungary
Icelandic:Iceland Indian:India Indonesian:Indonesia Iranian:Iran Iraqi:Iraq Irish:Ireland Israeli:Israel
Italian:Italy Ivorian:Ivory Coast Jamaican:Jamaica Japanese:Japan Jordanian:Jordan Kazakh:Kazakhstan
Kazakhstani:Kazakhstan Kenyan:Kenya Korean:Korea Kosovan:Kosovo Kuwaiti:Kuwait Kyrgyz:Kyrgyzstan Laotian:Laos
Latvian:Latvia Lebanese:Lebanon Liberian:Liberia Libyan:Libya Lithuanian:Lithuania Luxembourgish:Luxembourg
Macedonian:North Macedonia Malagasy:Madagascar Malawian:Malawi Malaysian:Malaysia Malian:Mali Maltese:Malta
Mexican:Mexico Moldovan:Moldova Mongolian:Mongolia Montenegrin:Montenegro Moroccan:Morocco Mozambican:Mozambique
Namibian:Namibia Nepalese:Nepal Nepali:Nepal Nicaraguan:Nicaragua Nigerian:Nigeria Nigerien:Niger
Norwegian:Norway Omani:Oman Pakistani:Pakistan Palestinian:Palestine Panamanian:Panama Paraguayan:Paraguay
Peruvian:Peru Polish:Poland Portuguese:Portugal Qatari:Qatar Romanian:Romania Russian:Russia Rwandan:Rwanda
Saudi:Saudi Arabia Scottish:Scotland Senegalese:Senegal Serbian:Serbia Serb:Serbia Sierra_Leonean:Sierra Leone
Singaporean:Singapore Slovak:Slovakia Slovenian:Slovenia Slovene:Slovenia Somali:Somalia South_African:South Africa
Spanish:Spain Sri_Lankan:Sri Lanka Sudanese:Sudan Swedish:Sweden Swiss:Switzerland Syrian:Syria Taiwanese:Taiwan
Tajik:Tajikistan Tanzanian:Tanzania Thai:Thailand Tibetan:Tibet Tunisian:Tunisia Turkish:Turkey Turkmen:Turkmenistan
Ugandan:Uganda Ukrainian:Ukraine Uruguayan:Uruguay Uzbek:Uzbekistan Venezuelan:Venezuela Vietnamese:Vietnam
Welsh:Wales Yemeni:Yemen Yugoslav:Yugoslavia Zambian:Zambia Zimbabwean:Zimbabwe European:Europe African:Africa
Asian:Asia Arab:Arab world Latin_American:Latin America Soviet:Soviet Union Bosnian_Serb:Bosnia and Herzegovina
North_Korean:North Korea South_Korean:South Korea New_Zealander:New Zealand Basque:Basque Country Kurdish:Kurdistan
Chechen:Chechnya Catalan:Catalonia Flemish:Flanders Balkan:Balkans Caribbean:Caribbean Scandinavian:Scandinavia
"""

CITIES = """
Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Almaty|Amman|Amsterdam|Ankara|Antananarivo|Astana|Asuncion|Athens|Atlanta|
Auckland|Baghdad|Baku|Bamako|Bangkok|Barcelona|Basra|Beijing|Beirut|Belfast|Belgrade|Berlin|Bern|Birmingham|Bishkek|
Bogota|Bombay|Bonn|Boston|Brasilia|Bratislava|Brisbane|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Calcutta|
Canberra|Cape Town|Caracas|Cardiff|Casablanca|Chicago|Colombo|Copenhagen|Dakar|Dallas|Damascus|Dhaka|Detroit|Doha|
Dubai|Dublin|Dushanbe|Edinburgh|Frankfurt|Geneva|Glasgow|Gothenburg|Guangzhou|Hamburg|Hanoi|Harare|Havana|Helsinki|
Hong Kong|Houston|Islamabad|Istanbul|Jakarta|Jerusalem|Johannesburg|Kabul|Kampala|Karachi|Kathmandu|Khartoum|Kiev|
Kyiv|Kigali|Kinshasa|Kolkata|Kuala Lumpur|Kuwait City|Lagos|Lahore|La Paz|Leeds|Lima|Lisbon|Liverpool|Ljubljana|
London|Los Angeles|Luanda|Lusaka|Luxembourg|Lyon|Madrid|Managua|Manchester|Manila|Maputo|Marseille|Melbourne|
Mexico City|Miami|Milan|Minsk|Mogadishu|Monrovia|Montevideo|Montreal|Moscow|Mumbai|Munich|Muscat|Nairobi|Naples|
New Delhi|Delhi|New York|Nicosia|Osaka|Oslo|Ottawa|Panama City|Paris|Philadelphia|Phnom Penh|Prague|Pretoria|
Pyongyang|Quito|Rabat|Reykjavik|Riga|Rio de Janeiro|Riyadh|Rome|San Francisco|Santiago|Sao Paulo|Sarajevo|Seattle|
Seoul|Shanghai|Singapore|Skopje|Sofia|St Petersburg|Stockholm|Sydney|Taipei|Tallinn|Tashkent|Tbilisi|Tehran|
Tel Aviv|Tirana|Tokyo|Toronto|Tripoli|Tunis|Turin|Ulan Bator|Vancouver|Vienna|Vilnius|Warsaw|Washington|Wellington|
Windhoek|Yerevan|Zagreb|Zurich|Grozny|Gaza|Ramallah|Kandahar|Falluja|Mosul|Kirkuk|Srinagar|Chennai|Bangalore|
Hyderabad|Shenzhen|Wuhan|Chengdu|Kyoto|Yokohama|Nagoya|Busan|Sapporo|Perth|Adelaide|Oxford|Cambridge|Bristol|
Sheffield|Newcastle|Nottingham|Leicester|Southampton|Aberdeen|Dundee|Swansea|Derby|Coventry|Brighton|Bradford|
Cologne|Stuttgart|Dusseldorf|Dresden|Leipzig|Seville|Valencia|Bilbao|Porto|Florence|Venice|Genoa|Rotterdam|Antwerp|
Bordeaux|Toulouse|Nice|Strasbourg|Krakow|Gdansk|St Louis|Denver|Phoenix|Las Vegas|New Orleans|Baltimore|Pittsburgh|
Cleveland|Minneapolis|San Diego|Hollywood|Brooklyn|Manhattan
"""

# short names news uses that iso-codes spells formally
EXTRA_COUNTRIES = [(n, c) for n, c in (x.split(":") for x in """Russia:Russia|Britain:United Kingdom|Great Britain:United Kingdom|UK:United Kingdom|U.K.:United Kingdom|America:United States|US:United States|U.S.:United States|USA:United States|Iran:Iran|Syria:Syria|Vietnam:Vietnam|Bolivia:Bolivia|Venezuela:Venezuela|Tanzania:Tanzania|Moldova:Moldova|Taiwan:Taiwan|Laos:Laos|Macedonia:North Macedonia|Czech Republic:Czech Republic|Czechia:Czech Republic|Holland:Netherlands|England:England|Scotland:Scotland|Wales:Wales|Northern Ireland:Northern Ireland|Palestine:Palestine|Kosovo:Kosovo|Ivory Coast:Ivory Coast|Burma:Myanmar|Zaire:Zaire|Yugoslavia:Yugoslavia|Soviet Union:Soviet Union|USSR:Soviet Union|Europe:Europe|Africa:Africa|Asia:Asia|Tibet:Tibet|Chechnya:Chechnya|Kurdistan:Kurdistan|Catalonia:Catalonia|Flanders:Flanders|Balkans:Balkans|Caribbean:Caribbean|Scandinavia:Scandinavia|Latin America:Latin America|Middle East:Middle East|Gulf:Gulf""".split("|"))]

ORG_WORDS = """Inc Corp Corporation Ltd Limited plc PLC Co Company Group Holdings Bank Party Union Council Ministry Agency
Association Institute University College School Federation Committee Commission Authority Organisation Organization
Foundation Trust Society Club United City Rovers Athletic Airlines Airways Motors Technologies Systems Industries
Enterprises Partners Capital Securities Investments Insurance Fund Exchange Board Department Office Bureau Service
Services Police Army Navy Force Forces Court Parliament Assembly Congress Senate Front Movement Alliance League
Network Media News Times Post Journal Herald Telegraph Broadcasting Television Radio Records Studios Pictures
Entertainment Communications Telecom Energy Oil Petroleum Gas Electric Pharmaceuticals Hospital Church Centre Center
AG SA NV GmbH BV SpA AB ASA Bancorp Financial Holding Reserve Treasury Secretariat Tribunal Cabinet Coalition""".split()

TITLES = """Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady President Premier Minister Chancellor Secretary Senator Governor
Mayor King Queen Prince Princess Pope Rev Father Sheikh General Gen Colonel Col Captain Capt Lieutenant Sergeant
Judge Justice Chairman Chairwoman Chief Director Ambassador Commissioner Inspector Detective Officer Coach
Manager Striker Midfielder Defender Goalkeeper Spokesman Spokeswoman""".split()


def iso(name, key):
    with open(os.path.join(ISO, name), encoding="utf-8") as f:
        return json.load(f)[key]


def main():
    rows = set()
    for c in iso("iso_3166-1.json", "3166-1"):
        canonical = c.get("common_name", c["name"])
        for key in ("name", "common_name", "official_name"):
            if key in c:
                rows.add(("country", c[key], canonical))
                short = re.sub(r",.*$", "", c[key]).strip()       # "Korea, Republic of" -> "Korea"
                rows.add(("country", short, canonical))
    for name, canonical in EXTRA_COUNTRIES:
        rows.add(("country", name, canonical))
    for c in iso("iso_3166-3.json", "3166-3"):
        rows.add(("country", re.sub(r",.*$", "", c["name"]).strip(), re.sub(r",.*$", "", c["name"]).strip()))
    for s in iso("iso_3166-2.json", "3166-2"):
        name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", s["name"]).split(",")[0].strip()
        if name:
            rows.add(("region", name, name))
    # each pair starts at a word holding ':'; multi-word demonyms are written with '_'
    pairs, current = [], None
    for word in DEMONYMS.split():
        if ":" in word:
            demonym, country = word.split(":", 1)
            current = [demonym.replace("_", " "), country]
            pairs.append(current)
        else:
            current[1] += " " + word
    for demonym, country in pairs:
        rows.add(("demonym", demonym, country))
    for city in CITIES.replace("\n", "").split("|"):
        if city.strip():
            rows.add(("city", city.strip(), city.strip()))
    for w in ORG_WORDS:
        rows.add(("orgword", w, w))
    for w in TITLES:
        rows.add(("title", w, w))
    for locale in ("en_US", "en_GB"):
        person = importlib.import_module("faker.providers.person." + locale).Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names = getattr(person, attr, ())
            for n in (names.keys() if isinstance(names, dict) else names):
                rows.add(("firstname", n, n))
    with open(OUT, "w", encoding="utf-8") as f:
        for kind, phrase, canonical in sorted(rows):
            f.write(f"{kind}\t{phrase}\t{canonical}\n")
    print(f"wrote {len(rows)} entries to {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
