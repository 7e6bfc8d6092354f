#!/usr/bin/env python3
"""Build the actor gazetteer ``data/gazetteer/actors.jsonl``.

Generated entries come from the shared corpora (only their facts are used; no
source file is copied):

* ``countries-mledoze/countries.json`` (ODbL): one ``country/<ISO3>`` entry per
  country/territory with English and Italian names, and one ``city/<slug>``
  entry per capital;
* ``country-list-umpirsky/{it,en}/country.json`` (MIT): more country names;
* ``reign/leaderlist_3_21.csv`` (REIGN, One Earth Future): "leader" offices of
  every leader in office on or after 2000-01-01, one ``person/<slug>`` each;
* ``petrarch2/Phoenix.Countries.actors.txt`` (MIT): full names and spelling
  variants of those leaders (REIGN mostly gives surnames only).

Italian demonyms and Italian capital names come from the tables below.
Hand-curated entries (``data/gazetteer/curated.jsonl``) are merged last: a
curated entry overrides the scalar fields of the generated entry with the same
id, extends its lists, and replaces generated offices with the same
(role, country, start). Finally an open-ended office is closed on the day the
next holder of the same role in the same country takes over.

Usage::

    python scripts/build_gazetteer.py [--corpora ../shared/data] [--out data/gazetteer]

The output is deterministic: entries sorted by id, one JSON object per line.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import unicodedata
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "data" / "gazetteer"

TYPES = {"Person", "Country", "Organization", "Government", "ArmedForces", "MediaOutlet",
         "IntelligenceAgency", "Company", "InternationalOrganization", "PoliticalParty",
         "ArmedGroup", "Group", "Location", "City", "Region", "WaterBody", "Facility", "Event",
         "Weapon"}
ROLES = {"leader", "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "crown_prince", "pope"}
FIELDS = ("id", "type", "label_it", "label_en", "wikidata", "names", "demonyms", "metonyms",
          "country", "offices")
LIST_FIELDS = ("names", "demonyms", "metonyms")

REIGN_FROM = date(2000, 1, 1)   # leaders in office on or after this day
REIGN_COVERAGE_END = date(2021, 3, 31)

# mledoze uses the placeholder cca3 "UNK" for Kosovo; we use the code XKX
# (user-assigned ISO 3166 code used by the EU and the IMF).
CCA3_FIX = {"UNK": "XKX"}

# --------------------------------------------------------------------------- #
# Italian demonyms. One item per adjective: a masculine singular that inflects
# regularly (-o: o/a/i/e, -e: e/i, -a: a/i/e), or the explicit forms "m|f|mp|fp"
# (any number of forms) for irregular or invariable ones.
# --------------------------------------------------------------------------- #
DEMONYMS: dict[str, tuple[str, ...]] = {
    # Europe
    "ITA": ("italiano",),
    "FRA": ("francese", "transalpino"),
    "DEU": ("tedesco|tedesca|tedeschi|tedesche",),
    "ESP": ("spagnolo", "iberico|iberica|iberici|iberiche"),
    "PRT": ("portoghese", "lusitano"),
    "GBR": ("britannico|britannica|britannici|britanniche", "inglese"),
    "IRL": ("irlandese",),
    "NLD": ("olandese", "neerlandese"),
    "BEL": ("belga|belgi|belghe",),
    "LUX": ("lussemburghese",),
    "CHE": ("svizzero", "elvetico|elvetica|elvetici|elvetiche"),
    "AUT": ("austriaco|austriaca|austriaci|austriache",),
    "POL": ("polacco|polacca|polacchi|polacche",),
    "CZE": ("ceco|ceca|cechi|ceche",),
    "SVK": ("slovacco|slovacca|slovacchi|slovacche",),
    "HUN": ("ungherese", "magiaro"),
    "ROU": ("romeno", "rumeno"),
    "BGR": ("bulgaro",),
    "GRC": ("greco|greca|greci|greche", "ellenico|ellenica|ellenici|elleniche"),
    "SRB": ("serbo",),
    "HRV": ("croato",),
    "SVN": ("sloveno",),
    "BIH": ("bosniaco|bosniaca|bosniaci|bosniache",),
    "MNE": ("montenegrino",),
    "MKD": ("macedone",),
    "ALB": ("albanese",),
    "XKX": ("kosovaro",),
    "MDA": ("moldavo",),
    "UKR": ("ucraino",),
    "BLR": ("bielorusso",),
    "RUS": ("russo",),
    "LTU": ("lituano",),
    "LVA": ("lettone",),
    "EST": ("estone",),
    "FIN": ("finlandese",),
    "SWE": ("svedese",),
    "NOR": ("norvegese",),
    "DNK": ("danese",),
    "ISL": ("islandese",),
    "MLT": ("maltese",),
    "CYP": ("cipriota",),
    "SMR": ("sammarinese",),
    "VAT": ("vaticano",),
    "MCO": ("monegasco|monegasca|monegaschi|monegasche",),
    "AND": ("andorrano",),
    "GRL": ("groenlandese",),
    # Caucasus and Central Asia
    "GEO": ("georgiano",),
    "ARM": ("armeno",),
    "AZE": ("azero", "azerbaigiano"),
    "KAZ": ("kazako|kazaka|kazaki|kazake", "kazakho|kazakha|kazakhi|kazakhe"),
    "UZB": ("uzbeko|uzbeka|uzbeki|uzbeke",),
    "TKM": ("turkmeno",),
    "TJK": ("tagiko|tagika|tagiki|tagike",),
    "KGZ": ("kirghiso",),
    "MNG": ("mongolo",),
    # Middle East and North Africa
    "TUR": ("turco|turca|turchi|turche",),
    "IRN": ("iraniano",),
    "IRQ": ("iracheno",),
    "SYR": ("siriano",),
    "LBN": ("libanese",),
    "ISR": ("israeliano",),
    "PSE": ("palestinese",),
    "JOR": ("giordano",),
    "SAU": ("saudita", "saudiano"),
    "YEM": ("yemenita",),
    "OMN": ("omanita",),
    "ARE": ("emiratino",),
    "QAT": ("qatariota", "qatarino"),
    "KWT": ("kuwaitiano",),
    "BHR": ("bahreinita", "bahreinese"),
    "EGY": ("egiziano",),
    "LBY": ("libico|libica|libici|libiche",),
    "TUN": ("tunisino",),
    "DZA": ("algerino",),
    "MAR": ("marocchino",),
    # Sub-Saharan Africa
    "SDN": ("sudanese",),
    "SSD": ("sudsudanese",),
    "ETH": ("etiope", "etiopico|etiopica|etiopici|etiopiche"),
    "ERI": ("eritreo",),
    "SOM": ("somalo",),
    "DJI": ("gibutiano",),
    "KEN": ("keniano", "keniota"),
    "UGA": ("ugandese",),
    "RWA": ("ruandese",),
    "COD": ("congolese",),
    "TZA": ("tanzaniano",),
    "MOZ": ("mozambicano",),
    "AGO": ("angolano",),
    "ZWE": ("zimbabwese", "zimbabwiano"),
    "ZAF": ("sudafricano",),
    "NGA": ("nigeriano",),
    "NER": ("nigerino",),
    "MLI": ("maliano",),
    "BFA": ("burkinabé",),
    "TCD": ("ciadiano",),
    "SEN": ("senegalese",),
    "GHA": ("ghanese", "ghaneano"),
    "CIV": ("ivoriano",),
    "CMR": ("camerunense",),
    "CAF": ("centrafricano",),
    "MRT": ("mauritano",),
    "BDI": ("burundese",),
    "BEN": ("beninese",),
    "TGO": ("togolese",),
    "GIN": ("guineano",),
    "GNQ": ("equatoguineano",),
    "GAB": ("gabonese",),
    "LBR": ("liberiano",),
    "SLE": ("sierraleonese",),
    "GMB": ("gambiano",),
    "CPV": ("capoverdiano",),
    "ZMB": ("zambiano",),
    "MWI": ("malawiano",),
    "NAM": ("namibiano",),
    "MDG": ("malgascio|malgascia|malgasci|malgasce",),
    "MUS": ("mauriziano",),
    # Asia and Oceania
    "CHN": ("cinese",),
    "TWN": ("taiwanese",),
    "HKG": ("hongkonghese",),
    "PRK": ("nordcoreano", "nord-coreano"),
    "KOR": ("sudcoreano", "sud-coreano"),
    "JPN": ("giapponese", "nipponico|nipponica|nipponici|nipponiche"),
    "IND": ("indiano",),
    "PAK": ("pakistano", "pachistano"),
    "AFG": ("afghano", "afgano"),
    "BGD": ("bengalese",),
    "LKA": ("srilankese", "singalese"),
    "NPL": ("nepalese",),
    "MMR": ("birmano",),
    "THA": ("thailandese", "tailandese"),
    "VNM": ("vietnamita",),
    "KHM": ("cambogiano",),
    "LAO": ("laotiano",),
    "PHL": ("filippino",),
    "IDN": ("indonesiano",),
    "MYS": ("malese",),
    "SGP": ("singaporiano",),
    "AUS": ("australiano",),
    "NZL": ("neozelandese",),
    "BTN": ("bhutanese",),
    "MDV": ("maldiviano",),
    "TLS": ("timorese",),
    "FJI": ("figiano",),
    "PNG": ("papuano",),
    # Americas
    "USA": ("statunitense", "americano"),
    "CAN": ("canadese",),
    "MEX": ("messicano",),
    "CUB": ("cubano",),
    "HTI": ("haitiano",),
    "NIC": ("nicaraguense",),
    "PAN": ("panamense",),
    "GTM": ("guatemalteco|guatemalteca|guatemaltechi|guatemalteche",),
    "SLV": ("salvadoregno",),
    "HND": ("honduregno",),
    "COL": ("colombiano",),
    "VEN": ("venezuelano",),
    "ECU": ("ecuadoriano",),
    "PER": ("peruviano",),
    "BOL": ("boliviano",),
    "BRA": ("brasiliano",),
    "ARG": ("argentino",),
    "CHL": ("cileno",),
    "URY": ("uruguaiano",),
    "PRY": ("paraguaiano",),
    "DOM": ("dominicano",),
    "CRI": ("costaricano",),
    "JAM": ("giamaicano",),
    "GUY": ("guyanese",),
    "SUR": ("surinamese",),
    "PRI": ("portoricano",),
}


def inflect(spec: str) -> list[str]:
    """The Italian forms of one demonym spec (see ``DEMONYMS``)."""
    if "|" in spec:
        return spec.split("|")
    if spec.endswith(("co", "go", "ca", "ga")):
        raise ValueError(f"irregular plural, give the explicit forms: {spec}")
    if spec.endswith("o"):
        stem = spec[:-1]
        return [spec, stem + "a", stem + "i", stem + "e"]
    if spec.endswith("e"):
        return [spec, spec[:-1] + "i"]
    if spec.endswith("a"):
        stem = spec[:-1]
        return [spec, stem + "i", stem + "e"]
    return [spec]


# --------------------------------------------------------------------------- #
# Italian names of capitals (mledoze gives English ones). First = label_it;
# further items are extra surface forms. Unlisted capitals keep their name.
# --------------------------------------------------------------------------- #
CAPITALS_IT: dict[str, tuple[str, ...]] = {
    "Moscow": ("Mosca",), "Beijing": ("Pechino",), "London": ("Londra",),
    "Paris": ("Parigi",), "Berlin": ("Berlino",), "Rome": ("Roma",),
    "Brussels": ("Bruxelles",), "Kyiv": ("Kiev", "Kyiv"), "Tehran": ("Teheran",),
    "Washington D.C.": ("Washington", "Washington DC"), "Lisbon": ("Lisbona",),
    "Athens": ("Atene",), "Warsaw": ("Varsavia",), "Prague": ("Praga",),
    "Bucharest": ("Bucarest",), "Belgrade": ("Belgrado",), "Zagreb": ("Zagabria",),
    "Ljubljana": ("Lubiana",), "Copenhagen": ("Copenaghen",), "Stockholm": ("Stoccolma",),
    "Bern": ("Berna",), "Valletta": ("La Valletta",), "Luxembourg": ("Lussemburgo",),
    "Dublin": ("Dublino",), "Chișinău": ("Chișinău", "Chisinau"),
    "Yerevan": ("Erevan", "Yerevan"), "Damascus": ("Damasco",),
    "Jerusalem": ("Gerusalemme",), "Riyadh": ("Riad", "Riyad"), "Sana'a": ("Sana'a", "Sanaa"),
    "Muscat": ("Mascate",), "Kuwait City": ("Kuwait City", "Città del Kuwait"),
    "Cairo": ("Il Cairo", "Cairo"), "Tunis": ("Tunisi",), "Algiers": ("Algeri",),
    "Khartoum": ("Khartum", "Khartoum"), "Addis Ababa": ("Addis Abeba",),
    "Mogadishu": ("Mogadiscio",), "New Delhi": ("Nuova Delhi", "New Delhi"),
    "Seoul": ("Seul", "Seoul"), "Jakarta": ("Giacarta", "Jakarta"),
    "Mexico City": ("Città del Messico",), "Havana": ("L'Avana", "Avana"),
    "Brasília": ("Brasilia",), "Bogotá": ("Bogotà", "Bogotá"),
    "Asunción": ("Asunción",), "Panama City": ("Città di Panama",),
    "Guatemala City": ("Città del Guatemala",), "Vatican City": ("Città del Vaticano",),
    "Vilnius": ("Vilnius", "Vilna"), "Nicosia": ("Nicosia",), "Pristina": ("Pristina",),
    "Skopje": ("Skopje", "Scopje"), "Tbilisi": ("Tbilisi", "Tiflis"),
    "Baghdad": ("Baghdad", "Bagdad"), "Kabul": ("Kabul",), "Beirut": ("Beirut",),
    "Ulan Bator": ("Ulan Bator", "Ulaanbaatar"), "Naypyidaw": ("Naypyidaw", "Naypyitaw"),
    "Hanoi": ("Hanoi",), "Phnom Penh": ("Phnom Penh",), "Tashkent": ("Tashkent",),
    "Ashgabat": ("Ashgabat",), "Dushanbe": ("Dushanbe",), "Bishkek": ("Bishkek",),
    "Astana": ("Astana",), "Reykjavik": ("Reykjavík", "Reykjavik"),
    "Tallinn": ("Tallinn",), "Riga": ("Riga",), "Minsk": ("Minsk",),
    "Kinshasa": ("Kinshasa",), "N'Djamena": ("N'Djamena",), "Tripoli": ("Tripoli",),
    "Abu Dhabi": ("Abu Dhabi",), "Doha": ("Doha",), "Manama": ("Manama",),
    "Amman": ("Amman",), "Ankara": ("Ankara",), "Islamabad": ("Islamabad",),
    "Tokyo": ("Tokyo", "Tokio"), "Pyongyang": ("Pyongyang",), "Taipei": ("Taipei",),
    "Caracas": ("Caracas",), "Buenos Aires": ("Buenos Aires",), "Santiago": ("Santiago del Cile", "Santiago"),
    "Lima": ("Lima",), "Quito": ("Quito",), "Managua": ("Managua",),
    "Port-au-Prince": ("Port-au-Prince",), "Ottawa": ("Ottawa",), "Canberra": ("Canberra",),
    "Wellington": ("Wellington",), "Pretoria": ("Pretoria",), "Abuja": ("Abuja",),
    "Nairobi": ("Nairobi",), "Kigali": ("Kigali",), "Kampala": ("Kampala",),
    "Juba": ("Giuba", "Juba"), "Asmara": ("Asmara",), "Bamako": ("Bamako",),
    "Niamey": ("Niamey",), "Ouagadougou": ("Ouagadougou",), "Dakar": ("Dakar",),
    "Rabat": ("Rabat",), "Dhaka": ("Dacca", "Dhaka"), "Kathmandu": ("Kathmandu",),
    "Bangkok": ("Bangkok",), "Manila": ("Manila",), "Kuala Lumpur": ("Kuala Lumpur",),
    "Amsterdam": ("Amsterdam",), "Madrid": ("Madrid",), "Vienna": ("Vienna",),
    "Budapest": ("Budapest",), "Bratislava": ("Bratislava",), "Sofia": ("Sofia",),
    "Helsinki": ("Helsinki",), "Oslo": ("Oslo",), "Tirana": ("Tirana",),
    "Sarajevo": ("Sarajevo",), "Podgorica": ("Podgorica",), "Baku": ("Baku",),
    "Ramallah": ("Ramallah",), "Nuuk": ("Nuuk",),
}

# Capitals whose name stands for an actor other than the state (Brussels → EU).
METONYM_OWNER = {"Brussels": "org/ue"}

# --------------------------------------------------------------------------- #
# REIGN: Correlates of War state abbreviation → ISO 3166-1 alpha-3.
# --------------------------------------------------------------------------- #
COW_TO_ISO3 = {
    "USA": "USA", "CAN": "CAN", "BHM": "BHS", "CUB": "CUB", "HAI": "HTI", "DOM": "DOM",
    "JAM": "JAM", "TRI": "TTO", "BAR": "BRB", "DMA": "DMA", "GRN": "GRD", "SLU": "LCA",
    "SVG": "VCT", "AAB": "ATG", "SKN": "KNA", "MEX": "MEX", "BLZ": "BLZ", "GUA": "GTM",
    "HON": "HND", "SAL": "SLV", "NIC": "NIC", "COS": "CRI", "PAN": "PAN", "COL": "COL",
    "VEN": "VEN", "GUY": "GUY", "SUR": "SUR", "ECU": "ECU", "PER": "PER", "BRA": "BRA",
    "BOL": "BOL", "PAR": "PRY", "CHL": "CHL", "ARG": "ARG", "URU": "URY", "UKG": "GBR",
    "IRE": "IRL", "NTH": "NLD", "BEL": "BEL", "LUX": "LUX", "FRN": "FRA", "MNC": "MCO",
    "LIE": "LIE", "SWZ": "CHE", "SPN": "ESP", "AND": "AND", "POR": "PRT", "GMY": "DEU",
    "POL": "POL", "AUS": "AUT", "HUN": "HUN", "CZR": "CZE", "SLO": "SVK", "ITA": "ITA",
    "SNM": "SMR", "MLT": "MLT", "ALB": "ALB", "MNG": "MNE", "MAC": "MKD", "CRO": "HRV",
    "YUG": "SRB", "BOS": "BIH", "KOS": "XKX", "SLV": "SVN", "GRC": "GRC", "CYP": "CYP",
    "BUL": "BGR", "MLD": "MDA", "ROM": "ROU", "RUS": "RUS", "EST": "EST", "LAT": "LVA",
    "LIT": "LTU", "UKR": "UKR", "BLR": "BLR", "ARM": "ARM", "GRG": "GEO", "AZE": "AZE",
    "FIN": "FIN", "SWD": "SWE", "NOR": "NOR", "DEN": "DNK", "ICE": "ISL", "CAP": "CPV",
    "STP": "STP", "GNB": "GNB", "EQG": "GNQ", "GAM": "GMB", "MLI": "MLI", "SEN": "SEN",
    "BEN": "BEN", "MAA": "MRT", "NIR": "NER", "CDI": "CIV", "GUI": "GIN", "BFO": "BFA",
    "LBR": "LBR", "SIE": "SLE", "GHA": "GHA", "TOG": "TGO", "CAO": "CMR", "NIG": "NGA",
    "GAB": "GAB", "CEN": "CAF", "CHA": "TCD", "CON": "COG", "DRC": "COD", "UGA": "UGA",
    "KEN": "KEN", "TAZ": "TZA", "BUI": "BDI", "RWA": "RWA", "SOM": "SOM", "DJI": "DJI",
    "ETH": "ETH", "ERI": "ERI", "ANG": "AGO", "MZM": "MOZ", "ZAM": "ZMB", "ZIM": "ZWE",
    "MAW": "MWI", "SAF": "ZAF", "NAM": "NAM", "LES": "LSO", "BOT": "BWA", "SWA": "SWZ",
    "MAG": "MDG", "COM": "COM", "MAS": "MUS", "SEY": "SYC", "MOR": "MAR", "ALG": "DZA",
    "TUN": "TUN", "LIB": "LBY", "SUD": "SDN", "SSD": "SSD", "IRN": "IRN", "TUR": "TUR",
    "IRQ": "IRQ", "EGY": "EGY", "SYR": "SYR", "LEB": "LBN", "JOR": "JOR", "ISR": "ISR",
    "SAU": "SAU", "YEM": "YEM", "KUW": "KWT", "BAH": "BHR", "QAT": "QAT", "UAE": "ARE",
    "OMA": "OMN", "AFG": "AFG", "TKM": "TKM", "TAJ": "TJK", "KYR": "KGZ", "UZB": "UZB",
    "KZK": "KAZ", "CHN": "CHN", "MON": "MNG", "PRK": "PRK", "ROK": "KOR", "JPN": "JPN",
    "IND": "IND", "BHU": "BTN", "PAK": "PAK", "BNG": "BGD", "MYA": "MMR", "SRI": "LKA",
    "MAD": "MDV", "NEP": "NPL", "THI": "THA", "CAM": "KHM", "LAO": "LAO", "DRV": "VNM",
    "MAL": "MYS", "SIN": "SGP", "BRU": "BRN", "PHI": "PHL", "INS": "IDN", "ETM": "TLS",
    "AUL": "AUS", "PNG": "PNG", "NEW": "NZL", "VAN": "VUT", "SOL": "SLB", "KIR": "KIR",
    "TUV": "TUV", "FIJ": "FJI", "TON": "TON", "NAU": "NRU", "MSI": "MHL", "PAL": "PLW",
    "FSM": "FSM", "WSM": "WSM", "TAW": "TWN",
}

# In REIGN the "leader" of Iran is the president; in the gazetteer the Supreme
# Leader holds "leader" (curated) and the president is head of government.
REIGN_ROLE = {"IRN": "head_of_government"}

# REIGN leader strings that are misspelt or too short to identify the person,
# keyed by (ISO3, REIGN string[, birth year]) → full name (well-known facts).
REIGN_NAMES: dict[tuple[str, ...], str] = {
    ("USA", "Clinton"): "Bill Clinton", ("USA", "G.W. Bush"): "George W. Bush",
    ("USA", "Obama"): "Barack Obama", ("USA", "Trump"): "Donald Trump", ("USA", "Biden"): "Joe Biden",
    ("CAN", "Chretien"): "Jean Chrétien", ("CAN", "Harper"): "Stephen Harper",
    ("CAN", "Trudeau"): "Justin Trudeau", ("CUB", "Castro"): "Fidel Castro",
    ("MEX", "Zedillo"): "Ernesto Zedillo", ("MEX", "Calderon"): "Felipe Calderón",
    ("MEX", "Lopez Obrador"): "Andrés Manuel López Obrador",
    ("MEX", "Vicente Fox Quesada"): "Vicente Fox",
    ("GTM", "Maldanado"): "Alejandro Maldonado", ("GTM", "Giammattei"): "Alejandro Giammattei",
    ("SLV", "Saca Gonzšlez"): "Antonio Saca", ("SLV", "Funes"): "Mauricio Funes",
    ("COL", "Santos Calderon"): "Juan Manuel Santos",
    ("BRA", "Cardoso"): "Fernando Henrique Cardoso", ("BRA", "Lula da Silva"): "Luiz Inácio Lula da Silva",
    ("BRA", "Rousseff"): "Dilma Rousseff", ("BRA", "Temer"): "Michel Temer",
    ("BRA", "Bolsonaro"): "Jair Bolsonaro", ("BOL", "Anez"): "Jeanine Áñez", ("BOL", "Arce"): "Luis Arce",
    ("PRY", "Benitez"): "Mario Abdo Benítez", ("CHL", "Frei Ruiz-Tagle"): "Eduardo Frei Ruiz-Tagle",
    ("ARG", "de la Rua"): "Fernando de la Rúa", ("ARG", "Fernandez de Kirchner"): "Cristina Fernández de Kirchner",
    ("ARG", "Macri"): "Mauricio Macri", ("ARG", "Fernandez"): "Alberto Fernández",
    ("URY", "Sanguinetti"): "Julio María Sanguinetti", ("URY", "Luis Pou"): "Luis Lacalle Pou",
    ("PER", "Fujimori"): "Alberto Fujimori", ("PER", "Garcia Perez"): "Alan García",
    ("GBR", "Blair"): "Tony Blair", ("GBR", "Brown"): "Gordon Brown", ("GBR", "Cameron"): "David Cameron",
    ("GBR", "May"): "Theresa May", ("GBR", "Johnson"): "Boris Johnson",
    ("IRL", "Ahern"): "Bertie Ahern", ("IRL", "B. Cowen"): "Brian Cowen", ("IRL", "E. Kenny"): "Enda Kenny",
    ("IRL", "Varadkar"): "Leo Varadkar", ("IRL", "Martin"): "Micheál Martin",
    ("NLD", "Kok"): "Wim Kok", ("NLD", "M. Rutte"): "Mark Rutte",
    ("BEL", "Verhofstadt"): "Guy Verhofstadt", ("BEL", "Leterme"): "Yves Leterme",
    ("BEL", "van Rompuy"): "Herman Van Rompuy", ("BEL", "Di Rupo"): "Elio Di Rupo",
    ("LUX", "Juncker"): "Jean-Claude Juncker", ("LUX", "Bettel"): "Xavier Bettel",
    ("FRA", "Chirac"): "Jacques Chirac", ("FRA", "Sarkozy"): "Nicolas Sarkozy",
    ("FRA", "Hollande"): "François Hollande", ("FRA", "Macron"): "Emmanuel Macron",
    ("MCO", "Rainier"): "Ranieri III", ("MCO", "Albert"): "Alberto II",
    ("ESP", "Aznar"): "José María Aznar", ("ESP", "Rodriguez Zapatero"): "José Luis Rodríguez Zapatero",
    ("ESP", "Rajoy Brey"): "Mariano Rajoy", ("ESP", "Sanchez"): "Pedro Sánchez",
    ("PRT", "Sampaio"): "Jorge Sampaio", ("PRT", "Cavaco Silva"): "Aníbal Cavaco Silva",
    ("PRT", "de Sousa"): "Marcelo Rebelo de Sousa",
    ("DEU", "Schroder"): "Gerhard Schröder", ("DEU", "Merkel"): "Angela Merkel",
    ("POL", "Kwasniewski"): "Aleksander Kwaśniewski", ("POL", "Kaczynski"): "Lech Kaczyński",
    ("POL", "Komorowski"): "Bronisław Komorowski", ("POL", "Schetyna"): "Grzegorz Schetyna",
    ("POL", "Duda"): "Andrzej Duda",
    ("AUT", "Klima"): "Viktor Klima", ("AUT", "Schussel"): "Wolfgang Schüssel",
    ("AUT", "Gusenbauer"): "Alfred Gusenbauer", ("AUT", "Faymann"): "Werner Faymann",
    ("AUT", "Kern"): "Christian Kern", ("AUT", "Kurz"): "Sebastian Kurz",
    ("AUT", "Bierlein"): "Brigitte Bierlein",
    ("HUN", "Orban"): "Viktor Orbán", ("HUN", "Bajnai"): "Gordon Bajnai",
    ("CZE", "Zeman"): "Miloš Zeman", ("CZE", "Sobotka"): "Bohuslav Sobotka",
    ("CZE", "Andrej Babis"): "Andrej Babiš",
    ("SVK", "Fico"): "Robert Fico", ("SVK", "Dzurinda"): "Mikuláš Dzurinda",
    ("SVK", "Radicova"): "Iveta Radičová", ("SVK", "Pellegrini"): "Peter Pellegrini",
    ("SVK", "Matovic"): "Igor Matovič",
    ("ITA", "D'Alema"): "Massimo D'Alema", ("ITA", "Amato"): "Giuliano Amato",
    ("ITA", "Berlusconi"): "Silvio Berlusconi", ("ITA", "Prodi"): "Romano Prodi",
    ("ITA", "Monti"): "Mario Monti", ("ITA", "Letta"): "Enrico Letta", ("ITA", "Renzi"): "Matteo Renzi",
    ("ITA", "Gentiloni"): "Paolo Gentiloni", ("ITA", "Conte"): "Giuseppe Conte", ("ITA", "Draghi"): "Mario Draghi",
    ("MLT", "Muscat"): "Joseph Muscat", ("MLT", "Abela"): "Robert Abela",
    ("ALB", "Berisha"): "Sali Berisha", ("ALB", "Rama"): "Edi Rama",
    ("MNE", "Dukanovic"): "Milo Đukanović", ("MKD", "Zaev"): "Zoran Zaev", ("MKD", "Spasovksi"): "Oliver Spasovski",
    ("HRV", "Plenkovic"): "Andrej Plenković", ("HRV", "Milanovic"): "Zoran Milanović",
    ("SRB", "Vucic"): "Aleksandar Vučić", ("SRB", "Ivica Dačić"): "Ivica Dačić", ("SRB", "Ana Brnabic"): "Ana Brnabić",
    ("BIH", "Dodik"): "Milorad Dodik", ("XKX", "Kurti"): "Albin Kurti", ("XKX", "Hoti"): "Avdullah Hoti",
    ("SVN", "Jansa"): "Janez Janša", ("GRC", "Tsipras"): "Alexis Tsipras",
    ("GRC", "Mitsotakis"): "Kyriakos Mitsotakis",
    ("ROU", "Iohannis"): "Klaus Iohannis", ("ROU", "Traian Basescu"): "Traian Băsescu",
    ("RUS", "Yeltsin"): "Boris Yeltsin", ("RUS", "Putin"): "Vladimir Putin",
    ("EST", "Ratas"): "Jüri Ratas", ("LVA", "Karins"): "Krišjānis Kariņš",
    ("LTU", "Adamkus"): "Valdas Adamkus", ("LTU", "Grybauskaite"): "Dalia Grybauskaitė",
    ("LTU", "Nauseda"): "Gitanas Nausėda",
    ("UKR", "Kuchma"): "Leonid Kuchma", ("UKR", "Yushchenko"): "Viktor Yushchenko",
    ("UKR", "Yanukovych"): "Viktor Yanukovych", ("UKR", "Turchynov"): "Oleksandr Turchynov",
    ("UKR", "Poroshenko"): "Petro Poroshenko", ("UKR", "Zelensky"): "Volodymyr Zelensky",
    ("BLR", "Lukashenko"): "Alexander Lukashenko",
    ("ARM", "Sargsyan"): "Serzh Sargsyan", ("ARM", "Pashinyan"): "Nikol Pashinyan",
    ("GEO", "Garibashvili"): "Irakli Garibashvili",
    ("AZE", "H. Aliyev"): "Heydar Aliyev", ("AZE", "Ilhma Aliyev"): "Ilham Aliyev",
    ("FIN", "Sipila"): "Juha Sipilä", ("SWE", "Persson"): "Göran Persson",
    ("SWE", "Reinfeldt"): "Fredrik Reinfeldt", ("SWE", "Lofven"): "Stefan Löfven",
    ("NOR", "Bondevik"): "Kjell Magne Bondevik", ("NOR", "Stoltenberg"): "Jens Stoltenberg",
    ("NOR", "Solberg"): "Erna Solberg", ("DNK", "Thorning-Schmidt"): "Helle Thorning-Schmidt",
    ("DNK", "Rasmussen"): "Lars Løkke Rasmussen",
    ("IRN", "Khatami"): "Mohammad Khatami", ("IRN", "Ahmadinejad"): "Mahmoud Ahmadinejad",
    ("IRN", "Rouhani"): "Hassan Rouhani",
    ("TUR", "Ecevit"): "Bülent Ecevit", ("TUR", "Erdogan"): "Recep Tayyip Erdoğan",
    ("IRQ", "al-Abadi"): "Haider al-Abadi", ("IRQ", "Abdul-Mahdi"): "Adil Abdul-Mahdi",
    ("IRQ", "Al-Kadhimi"): "Mustafa al-Kadhimi",
    ("EGY", "Morsi"): "Mohamed Morsi", ("EGY", "Mansour"): "Adly Mansour", ("EGY", "al-Sisi"): "Abdel Fattah al-Sisi",
    ("SYR", "Al-Assad H."): "Hafez al-Assad", ("SYR", "Bashar al-Assad"): "Bashar al-Assad",
    ("LBN", "Michel Aoun"): "Michel Aoun",
    ("JOR", "Abdullah Ibn Hussein El-Hashimi"): "Abdullah II",
    ("ISR", "Olmert"): "Ehud Olmert", ("ISR", "Netanyahu"): "Benjamin Netanyahu",
    ("SAU", "Abdullah"): "Abdullah bin Abdulaziz Al Saud", ("SAU", "Salman"): "Salman bin Abdulaziz Al Saud",
    ("YEM", "Saleh al-Hashidi"): "Ali Abdullah Saleh", ("YEM", "Hadi"): "Abd Rabbuh Mansur Hadi",
    ("YEM", "Houthi"): "Abdul-Malik al-Houthi",
    ("QAT", "Amad Al Thani"): "Hamad bin Khalifa Al Thani", ("QAT", "Khalifah Al Thani"): "Tamim bin Hamad Al Thani",
    ("ARE", "An-Nahayan"): "Zayed bin Sultan Al Nahyan", ("ARE", "Khalifa Al Nahayan"): "Khalifa bin Zayed Al Nahyan",
    ("OMN", "Qabus Bin Said"): "Qabus bin Said", ("OMN", "Haitham ibn Tariq"): "Haitham bin Tariq",
    ("AFG", "Mullah Omar"): "Mullah Omar",
    ("TKM", "Niyazov"): "Saparmurat Niyazov", ("TKM", "Berdymukhammedov"): "Gurbanguly Berdimuhamedow",
    ("TJK", "Rakhmonov"): "Emomali Rahmon", ("UZB", "Karimov"): "Islam Karimov",
    ("KAZ", "Nazarbaev"): "Nursultan Nazarbayev", ("KAZ", "Tokayev"): "Kassym-Jomart Tokayev",
    ("PRK", "Kim Jong Un"): "Kim Jong-un", ("PRK", "Kim Jong-Il"): "Kim Jong-il",
    ("KOR", "Park Geun Hye"): "Park Geun-hye", ("KOR", "Moon Jae-in"): "Moon Jae-in",
    ("KOR", "Kim Dae Jung"): "Kim Dae-jung", ("KOR", "Roh Moo Hyun"): "Roh Moo-hyun",
    ("KOR", "Lee Myung Bak"): "Lee Myung-bak", ("KOR", "Hwang Kyo Ahn"): "Hwang Kyo-ahn",
    ("IND", "Vajpayee"): "Atal Bihari Vajpayee",
    ("PAK", "Musharraf"): "Pervez Musharraf", ("PAK", "Imran Khan"): "Imran Khan",
    ("BGD", "Hasina Wazed"): "Sheikh Hasina",
    ("LKA", "M. Rajapakse"): "Mahinda Rajapaksa", ("LKA", "G. Rajapakse"): "Gotabaya Rajapaksa",
    ("LKA", "Sirisena"): "Maithripala Sirisena",
    ("THA", "Yingluck"): "Yingluck Shinawatra", ("THA", "Prayuth Chan-ocha"): "Prayut Chan-o-cha",
    ("VNM", "Phu Trong"): "Nguyễn Phú Trọng",
    ("MYS", "Mahathir Bin Mohamed"): "Mahathir Mohamad",
    ("AUS", "Abbott"): "Tony Abbott", ("AUS", "Turnbull"): "Malcolm Turnbull", ("AUS", "Morrison"): "Scott Morrison",
    ("ZAF", "Zuma"): "Jacob Zuma", ("ZAF", "Ramaphosa"): "Cyril Ramaphosa", ("ZAF", "Mbeki"): "Thabo Mbeki",
    ("NGA", "Buhari"): "Muhammadu Buhari", ("NGA", "Obasanjo"): "Olusegun Obasanjo",
    ("KEN", "Kenyatta"): "Uhuru Kenyatta", ("TZA", "Magufuli"): "John Magufuli",
    ("ETH", "Desalegn"): "Hailemariam Desalegn",
    ("COD", "Felix Tschisekedi"): "Félix Tshisekedi", ("MWI", "Chakewera"): "Lazarus Chakwera",
    ("TCD", "Deby"): "Idriss Déby", ("GIN", "Conde"): "Alpha Condé", ("GAB", "Ondimba"): "Ali Bongo Ondimba",
    ("SEN", "Macky Sall"): "Macky Sall", ("NER", "Issoufou"): "Mahamadou Issoufou",
    ("BFA", "Kabore"): "Roch Marc Christian Kaboré", ("MLI", "Keita"): "Ibrahim Boubacar Keïta",
    ("SDN", "Al-Bashir"): "Omar al-Bashir", ("SDN", "Abdelrahman Burhan"): "Abdel Fattah al-Burhan",
    ("LBY", "Fayez al-Sarraj"): "Fayez al-Sarraj", ("DZA", "Bouteflika"): "Abdelaziz Bouteflika",
    ("DZA", "Tebboune"): "Abdelmadjid Tebboune", ("TUN", "Saied"): "Kais Saied",
    ("MAR", "Muhammad VI"): "Mohammed VI",
    ("SOM", "Mohamed Abdullahi Farmajo"): "Mohamed Abdullahi Farmajo",
    ("ZWE", "Mugabe"): "Robert Mugabe", ("ZWE", "Mnangagwa"): "Emmerson Mnangagwa",
    ("AGO", "Dos Santos"): "José Eduardo dos Santos", ("AGO", "Lourenco"): "João Lourenço",
    ("UGA", "Museveni"): "Yoweri Museveni", ("ERI", "Afeworki"): "Isaias Afwerki",
    ("CMR", "Biya"): "Paul Biya", ("COG", "Nguesso"): "Denis Sassou Nguesso",
    ("CIV", "Ouattara"): "Alassane Ouattara", ("GHA", "Akufo-Addo"): "Nana Akufo-Addo",
    ("GHA", "Mahama"): "John Mahama", ("LBR", "Weah"): "George Weah",
    ("LBR", "Johnson Sirleaf"): "Ellen Johnson Sirleaf",
    ("SSD", "Kiir"): "Salva Kiir", ("RWA", "Paul Kagame"): "Paul Kagame", ("DJI", "Guelleh"): "Ismaïl Omar Guelleh",
    ("GNQ", "Nguema Mbasogo"): "Teodoro Obiang Nguema Mbasogo",
    ("NAM", "Geingob"): "Hage Geingob", ("BWA", "Mokgweetsi Masisi"): "Mokgweetsi Masisi",
    ("ZMB", "Lungu"): "Edgar Lungu", ("MOZ", "Nyussi"): "Filipe Nyusi",
    ("TGO", "Faure Gnassingbe"): "Faure Gnassingbé", ("GMB", "Barrow"): "Adama Barrow",
    ("GMB", "Jammeh"): "Yahya Jammeh",
    ("SWZ", "Mswati"): "Mswati III", ("BRN", "Hassanal Bolkiah"): "Hassanal Bolkiah",
    ("KHM", "Hun Sen"): "Hun Sen", ("CHN", "Jiang Zemin"): "Jiang Zemin",
    ("JPN", "Shinzo Abe"): "Shinzo Abe", ("JPN", "Yoshihide Suga"): "Yoshihide Suga",
    ("IND", "Narendra Modi"): "Narendra Modi",
    ("PHL", "Rodrigo Duterte"): "Rodrigo Duterte", ("IDN", "Joko Widodo"): "Joko Widodo",
    ("NZL", "Jacinda Ardern"): "Jacinda Ardern", ("MMR", "Min Aung Hlaing"): "Min Aung Hlaing",
    ("MMR", "Aung San Suu Kyi"): "Aung San Suu Kyi",
    ("KWT", "Nawaf Al-Sabah"): "Nawaf Al-Ahmad Al-Jaber Al-Sabah",
    ("BHR", "Hamad Isa Ibn Al-Khalifah"): "Hamad bin Isa Al Khalifa",
    ("IRQ", "Saddam Hussein"): "Saddam Hussein",
    ("CUB", "Raul Castro"): "Raúl Castro", ("VEN", "Hugo Chavez"): "Hugo Chávez",
    ("VEN", "Nicolas Maduro"): "Nicolás Maduro", ("NIC", "Daniel Ortega"): "Daniel Ortega",
    ("ECU", "Lenin Moreno"): "Lenín Moreno", ("ECU", "Rafael Correa"): "Rafael Correa",
    ("COL", "Ivan Duque"): "Iván Duque", ("COL", "Alvaro Uribe Velez"): "Álvaro Uribe",
    ("SLV", "Nayib Bukele"): "Nayib Bukele", ("HND", "Juan Orlando Hernandez"): "Juan Orlando Hernández",
    ("CRI", "Carlos Alvarado Quesada"): "Carlos Alvarado Quesada", ("PAN", "Laurentino Cortizo"): "Laurentino Cortizo",
    ("PER", "Francisco Sagasti"): "Francisco Sagasti", ("BOL", "Evo Morales"): "Evo Morales",
    ("CHL", "Sebastian Pinera"): "Sebastián Piñera", ("CHL", "Michelle Bachelet"): "Michelle Bachelet",
    ("EST", "Kaja Kallas"): "Kaja Kallas", ("FIN", "Sanna Marin"): "Sanna Marin",
    ("DNK", "Mette Frederiksen"): "Mette Frederiksen", ("ISL", "Bjarni Benediktsson"): "Bjarni Benediktsson",
    ("CYP", "Nikos Anastasiadis"): "Nikos Anastasiades", ("BGR", "Boiko Borisov"): "Boyko Borisov",
    ("BEL", "Alexander De Croo"): "Alexander De Croo", ("BEL", "Charles Michel"): "Charles Michel",
    ("BEL", "Sophie Wilmes"): "Sophie Wilmès", ("NLD", "Jan Peter Balkenende"): "Jan Peter Balkenende",
    ("AFG", "Ashraf Ghani"): "Ashraf Ghani", ("AFG", "Hamid Karzai"): "Hamid Karzai",
    ("CHN", "Hu Jintao"): "Hu Jintao", ("CHN", "Xi Jinping"): "Xi Jinping",
    ("IND", "Manmohan Singh"): "Manmohan Singh", ("UZB", "Shavkat Mirziyoyev"): "Shavkat Mirziyoyev",
    ("KGZ", "Sadyr Japarov"): "Sadyr Japarov", ("SOM", "Hassan Sheikh Mohamud"): "Hassan Sheikh Mohamud",
    ("ETH", "Abiy Ahmed"): "Abiy Ahmed", ("ETH", "Meles Zenawi"): "Meles Zenawi",
    ("IRQ", "al-Maliki"): "Nouri al-Maliki", ("AUS", "Gillard"): "Julia Gillard",
    ("AUS", "Rudd"): "Kevin Rudd", ("SRB", "Milosevic"): "Slobodan Milošević",
    ("SRB", "Kostunica"): "Vojislav Koštunica", ("SRB", "Dacic"): "Ivica Dačić",
    ("SRB", "Cvetkovic"): "Mirko Cvetković", ("XKX", "Thaci"): "Hashim Thaçi", ("XKX", "Mustafa"): "Isa Mustafa",
    ("LBN", "Siniora"): "Fouad Siniora", ("GRC", "Simitis"): "Costas Simitis", ("GAB", "Bongo"): "Omar Bongo",
    ("LBR", "Taylor"): "Charles Taylor", ("ARM", "Kocharian"): "Robert Kocharyan",
    ("MNG", "Elbegdorj"): "Tsakhiagiin Elbegdorj", ("HTI", "Martelly"): "Michel Martelly",
    ("LKA", "Kumaratunga"): "Chandrika Kumaratunga", ("NPL", "Oli"): "K. P. Sharma Oli",
    ("BDI", "Nkurunziza"): "Pierre Nkurunziza", ("BDI", "Ndayishimiye"): "Évariste Ndayishimiye",
    ("MDG", "Rajoelina"): "Andry Rajoelina", ("ZMB", "Sata"): "Michael Sata", ("ZMB", "Scott"): "Guy Scott",
    ("GEO", "Burdjanadze"): "Nino Burjanadze", ("GEO", "Burdzhanadze"): "Nino Burjanadze",
    ("GEO", "Margvelashvili"): "Giorgi Margvelashvili", ("GEO", "Bakhtadze"): "Mamuka Bakhtadze",
    ("GEO", "Gakharia"): "Giorgi Gakharia", ("BIH", "Komisic"): "Željko Komšić", ("BIH", "Komsic"): "Željko Komšić",
    ("BIH", "Zeljko Komsic"): "Željko Komšić", ("BIH", "Dzaferovic"): "Šefik Džaferović",
    ("BIH", "Izetbegovic", "1925"): "Alija Izetbegović", ("BIH", "Izetbegovic", "1956"): "Bakir Izetbegović",
    ("BGR", "Saksgoburggotski"): "Simeon Sakskoburggotski", ("BFA", "Campaore"): "Blaise Compaoré",
    ("BFA", "Zida"): "Isaac Zida", ("TUN", "Marzouki"): "Moncef Marzouki", ("TUN", "Essebi"): "Beji Caid Essebsi",
    ("TUN", "Mebazaa"): "Fouad Mebazaa", ("TUN", "Ennaceur"): "Mohamed Ennaceur",
    ("DZA", "Bensalah"): "Abdelkader Bensalah", ("PAN", "Martinelli"): "Ricardo Martinelli",
    ("HND", "Lobo"): "Porfirio Lobo", ("HND", "Micheletti"): "Roberto Micheletti", ("GTM", "Colom"): "Álvaro Colom",
    ("GTM", "Molina"): "Otto Pérez Molina", ("GTM", "Morales"): "Jimmy Morales", ("CRI", "Arias"): "Óscar Arias",
    ("CRI", "Miranda"): "Laura Chinchilla", ("SUR", "Bouterse"): "Dési Bouterse", ("SUR", "Santokhi"): "Chan Santokhi",
    ("THA", "Vejjajiva"): "Abhisit Vejjajiva", ("PAK", "Abbasi"): "Shahid Khaqan Abbasi",
    ("EST", "Roivas"): "Taavi Rõivas", ("LVA", "Straujuma"): "Laimdota Straujuma",
    ("LVA", "Kucinskis"): "Māris Kučinskis", ("CZE", "Rusnok"): "Jiří Rusnok", ("SVN", "Sarec"): "Marjan Šarec",
    ("SVN", "Drnovsek"): "Janez Drnovšek", ("HRV", "Oreskovic"): "Tihomir Orešković",
    ("AUT", "Loeger"): "Hartwig Löger", ("CHE", "Parmelin"): "Guy Parmelin", ("BEN", "Talon"): "Patrice Talon",
    ("GNB", "Embalo"): "Umaro Sissoco Embaló", ("FJI", "Bainimarama"): "Frank Bainimarama",
    ("PNG", "Somare"): "Michael Somare", ("PNG", "O'Neill"): "Peter O'Neill",
    ("ISL", "Gunnlaugsson"): "Sigmundur Davíð Gunnlaugsson", ("LAO", "Sisoulith"): "Thongloun Sisoulith",
    ("TLS", "Gusmao"): "Xanana Gusmão", ("TLS", "Ramos-Horta"): "José Ramos-Horta", ("MWI", "Banda"): "Joyce Banda",
    ("MWI", "Mutharika"): "Peter Mutharika", ("TTO", "Rowley"): "Keith Rowley", ("TTO", "Manning"): "Patrick Manning",
    ("LSO", "Thabane"): "Tom Thabane", ("LSO", "Mosisili"): "Pakalitha Mosisili", ("LSO", "Majoro"): "Moeketsi Majoro",
    ("CAF", "Samba-Panza"): "Catherine Samba-Panza", ("MNE", "Luksic"): "Igor Lukšić",
    ("DOM", "Fernandez Reyna"): "Leonel Fernández", ("SLB", "Sogavare"): "Manasseh Sogavare",
    ("GRD", "Mitchell"): "Keith Mitchell", ("MNE", "Dusko Markovic"): "Duško Marković",
    ("MKD", "Dimitriev"): "Emil Dimitriev", ("GRC", "Thanou"): "Vassiliki Thanou",
    ("NER", "Djibo"): "Salou Djibo", ("ROU", "Antonescu"): "Crin Antonescu",
    ("CYP", "Clerides"): "Glafcos Clerides", ("JAM", "Holness"): "Andrew Holness",
    ("CHE", "Maurer"): "Ueli Maurer", ("CHE", "Sommaruga"): "Simonetta Sommaruga",
    ("CHE", "Leuenberger"): "Moritz Leuenberger", ("LCA", "Chastanet"): "Allen Chastanet",
    ("ARM", "Karapetyan"): "Karen Karapetyan", ("MLI", "Sanogo"): "Amadou Sanogo",
    ("JPN", "Hatoyama Yukio"): "Yukio Hatoyama", ("FSM", "Christian"): "Peter M. Christian",
    ("BTN", "Tobgay"): "Tshering Tobgay", ("NPL", "Prachanda"): "Pushpa Kamal Dahal",
    ("TTO", "Persad-Bissessar"): "Kamla Persad-Bissessar", ("MUS", "Ramgoolam N."): "Navin Ramgoolam",
    ("LBN", "Salam"): "Tammam Salam", ("LBN", "Saad Hariri"): "Saad Hariri", ("LBN", "Hassan Diab"): "Hassan Diab",
}

# Surnames not added alone as a surface form (common words or first names).
SURNAME_STOPLIST = {"may", "king", "brown", "martin", "thomas", "james", "paul", "charles",
                    "douglas", "harris", "anthony", "mitchell", "arthur", "stuart", "thompson",
                    "spencer", "flores", "morales", "michel", "albert", "scott", "ali", "khan",
                    "kim", "lee", "li", "wang", "park", "moon", "singh", "abdullah", "salman",
                    "costa", "silva", "sanchez", "fernandez", "garcia", "lopez", "rodriguez",
                    "castro", "ortega", "mahama", "hadi", "saleh", "omar", "conte", "monti",
                    "letta", "amato", "prodi", "renzi", "bush", "clinton", "johnson", "modi", "banda",
                    "note", "lasso", "meta", "grossi", "albanese", "morsi", "oli", "orsi", "mulino",
                    "christian", "lini"}

# Surface forms never emitted (common Italian words: "un" = UN, "riunione" = Réunion).
SURFACE_BLOCKLIST = {"un", "is", "riunione", "la riunione"}

TITLE_WORDS = {"PRESIDENT", "PRIME", "MINISTER", "KING", "QUEEN", "PRINCE", "GENERAL", "GEN",
               "GEN.", "SHEIKH", "SHAIKH", "EMIR", "SULTAN", "MR", "MR.", "MRS", "MS", "DR", "DR.",
               "CHANCELLOR", "SECRETARY", "LEADER", "PREMIER", "COLONEL", "COL", "MARSHAL",
               "CHAIRMAN", "GOVERNMENT", "REGIME", "ADMINISTRATION", "FORCES", "PARTY", "CABINET",
               "SENATOR", "AYATOLLAH", "FORMER", "VICE", "ACTING", "INTERIM", "OFFICIAL", "SPOKESMAN",
               "MAJOR", "CAPTAIN", "LIEUTENANT", "DEPUTY", "FOREIGN", "DEFENSE", "DEFENCE", "HIS",
               "THE", "OF", "PM"}
PARTICLES = {"de", "da", "di", "del", "della", "dos", "das", "do", "du", "van", "von", "der",
             "den", "la", "le", "bin", "ibn", "bint", "al", "el", "ul", "y", "e"}


# --------------------------------------------------------------------------- #
# helpers
# --------------------------------------------------------------------------- #
def slug(text: str) -> str:
    """ASCII slug: ``slug("Recep Tayyip Erdoğan")`` → ``recep-tayyip-erdogan``."""
    text = text.replace("ß", "ss").replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def fold(text: str) -> str:
    """Comparison key: no accents, lowercase, hyphens and dots as spaces."""
    text = text.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("ø", "o")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[-‐‑–—_.’']", " ", text)
    return " ".join(text.split())


def is_latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def add_unique(items: list[str], *new: str) -> None:
    """Append surface forms, skipping empty ones and case-insensitive duplicates."""
    seen = {" ".join(x.split()).casefold() for x in items}
    for item in new:
        if not item:
            continue
        item = " ".join(item.split())
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            items.append(item)


def new_entry(actor_id: str, type_: str, label_it: str, label_en: str | None = None,
              country: str | None = None) -> dict:
    return {"id": actor_id, "type": type_, "label_it": label_it, "label_en": label_en or label_it,
            "wikidata": None, "names": [], "demonyms": [], "metonyms": [], "country": country,
            "offices": []}


def smart_title(phrase: str) -> str:
    """``"BASHAR_AL-ASSAD"`` → ``"Bashar al-Assad"``."""
    words = []
    for i, word in enumerate(phrase.replace("_", " ").split()):
        parts = word.split("-")
        out = []
        for j, part in enumerate(parts):
            low = part.lower()
            if (i or j) and low in PARTICLES:
                out.append(low)
            elif low[:2] in ("o'", "d'") and len(low) > 2:
                out.append(low[:2].title() + low[2:].title())
            else:
                out.append(part[:1].upper() + part[1:].lower())
        words.append("-".join(out))
    return " ".join(words)


# --------------------------------------------------------------------------- #
# countries and capitals
# --------------------------------------------------------------------------- #
def build_countries(corpora: Path) -> tuple[dict[str, dict], dict[str, dict]]:
    countries_json = json.loads((corpora / "countries-mledoze" / "countries.json").read_text("utf-8"))
    names_it = json.loads((corpora / "country-list-umpirsky" / "it" / "country.json").read_text("utf-8"))
    names_en = json.loads((corpora / "country-list-umpirsky" / "en" / "country.json").read_text("utf-8"))
    countries: dict[str, dict] = {}
    capitals: list[tuple[bool, str, dict]] = []
    for c in sorted(countries_json, key=lambda c: c["cca3"]):
        iso3 = CCA3_FIX.get(c["cca3"], c["cca3"])
        ita = c["translations"]["ita"]
        entry = new_entry(f"country/{iso3}", "Country", ita["common"], c["name"]["common"])
        names = entry["names"]
        add_unique(names, ita["common"], ita["official"])
        for umpirsky in (names_it.get(c["cca2"]), names_en.get(c["cca2"])):
            if not umpirsky or " - " in umpirsky:
                continue
            match = re.fullmatch(r"(.+?)\s*\((.+)\)", umpirsky)
            add_unique(names, *(match.groups() if match else (umpirsky,)))
        add_unique(names, c["name"]["common"], c["name"]["official"])
        for alt in c.get("altSpellings", []):
            if alt == c["cca2"] or ", " in alt or not is_latin(alt) or len(alt) < 2:
                continue
            add_unique(names, alt)
        for spec in DEMONYMS.get(iso3, ()):
            add_unique(entry["demonyms"], *inflect(spec))
        countries[entry["id"]] = entry
        if c.get("capital"):
            capitals.append((bool(c.get("independent")), c["capital"][0], entry))
    # Capitals: city entries, and metonyms of their state.
    cities: dict[str, dict] = {}
    slugs: dict[str, int] = defaultdict(int)
    for _, capital, _ in capitals:
        slugs[slug(CAPITALS_IT.get(capital, (capital,))[0])] += 1
    # independent states first, so that they keep the plain slug on a clash
    for independent, capital, country in sorted(capitals, key=lambda t: (not t[0], t[2]["id"])):
        forms = CAPITALS_IT.get(capital, (capital,))
        city_slug = slug(forms[0])
        if slugs[city_slug] > 1 and f"city/{city_slug}" in cities:
            city_slug = f"{city_slug}-{country['id'].split('/')[1].lower()}"
        city = new_entry(f"city/{city_slug}", "City", forms[0], capital, country["id"])
        add_unique(city["names"], *forms, capital)
        cities[city["id"]] = city
        owner = METONYM_OWNER.get(capital)
        if owner:
            continue
        country_keys = {fold(n) for n in country["names"]}
        metonyms = [f for f in city["names"] if fold(f) not in country_keys]
        add_unique(country["metonyms"], *metonyms)
    return countries, cities


# --------------------------------------------------------------------------- #
# PETRARCH2 Phoenix country actors: full names of leaders
# --------------------------------------------------------------------------- #
def _phoenix_date(text: str, upper: bool) -> date:
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy < 30 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, 12, 31) if upper else date(year, 1, 1)


def load_phoenix(path: Path) -> dict[str, list[dict]]:
    """Phoenix person records by country code: name, synonyms, GOV intervals."""
    records: list[dict] = []
    current = None
    for raw in path.read_text("utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("\t") or raw.startswith(" \t"):
            if current is None:
                continue
            m = re.match(r"\s*\[([A-Z]{3})([A-Z]*)\s*([<>]?)(\d{6,8})?-?(\d{6,8})?\]", raw)
            if not m:
                continue
            code, sector, op, first, second = m.groups()
            code = {"KSV": "XKX"}.get(code, code)
            if not first:
                continue
            if op == ">":
                span = (_phoenix_date(first, False), date(9000, 1, 1))
            elif op == "<":
                span = (date(1000, 1, 1), _phoenix_date(first, True))
            elif second:
                span = (_phoenix_date(first, False), _phoenix_date(second, True))
            else:
                continue
            current["roles"].append((code, sector, span))
            continue
        text = raw.split("#", 1)[0]
        text = re.sub(r"\[[^\]]*\]", "", text).strip().strip("_").strip()
        if raw.startswith("+"):
            if current is not None and text.lstrip("+"):
                current["synonyms"].append(text.lstrip("+").strip("_"))
            continue
        current = {"name": text, "synonyms": [], "roles": []}
        records.append(current)
    by_country: dict[str, list[dict]] = defaultdict(list)
    for rec in records:
        if not rec["name"] or not rec["roles"]:
            continue
        for code in {code for code, sector, _ in rec["roles"] if sector.startswith(("GOV", "ELI"))}:
            by_country[code].append(rec)
    return by_country


def _tokens(text: str) -> list[str]:
    return fold(text).split()


def phoenix_match(records: list[dict], reign_name: str, start: date, end: date) -> dict | None:
    """The unique Phoenix person whose name contains the REIGN name (ending with its
    last word) and who held a government role in the country: first a role that
    began within four months of the REIGN spell (a holder's role starts when they
    take office), else a general government role ("GOV", no sector) overlapping it."""
    wanted = [t for t in _tokens(reign_name) if len(t) > 1]
    if not wanted:
        return None
    candidates = []
    for rec in records:
        toks = _tokens(rec["name"])
        if len(toks) > len(wanted) and set(wanted) <= set(toks) and toks[-1] == wanted[-1]:
            candidates.append((" ".join(toks), rec))
    near, margin = timedelta(days=120), timedelta(days=400)
    tests = (lambda sector, a, b: sector.startswith("GOV") and abs(a - start) <= near,
             lambda sector, a, b: sector == "GOV" and a - margin <= end and b + margin >= start)
    for test in tests:
        found = {key: rec for key, rec in candidates if any(test(s, a, b) for _, s, (a, b) in rec["roles"])}
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def phoenix_variants(rec: dict, surname_tokens: set[str]) -> list[str]:
    """Name-only synonyms of a Phoenix record (no titles), title-cased."""
    out = []
    for syn in rec["synonyms"]:
        words = syn.replace("_", " ").split()
        if not words or any(w.upper().strip(",") in TITLE_WORDS for w in words):
            continue
        if len(words) == 1 or not re.fullmatch(r"[\w .'\-]+", syn.replace("_", " ")):
            continue
        if fold(words[-1]) not in surname_tokens:
            continue
        out.append(smart_title(syn))
    return out


# --------------------------------------------------------------------------- #
# REIGN leaders
# --------------------------------------------------------------------------- #
def _read_reign(path: Path) -> list[dict]:
    raw = path.read_bytes()
    lines = []
    for line in raw.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(line.decode("cp1252", errors="replace"))
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def clean_reign_name(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\)", "", name)       # "(acting)", "(2nd time)", "(f)"
    name = re.sub(r"^Lyonpo\s+", "", name)          # Bhutanese title "minister"
    name = re.sub(r"\.(?=\S)", ". ", name)           # "D.Barrow" → "D. Barrow"
    return " ".join(name.split())


def reign_spells(corpora: Path) -> list[dict]:
    rows = _read_reign(corpora / "reign" / "leaderlist_3_21.csv")
    by_state: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_state[row["stateabb"]].append(row)
    spells = []
    for abb, state_rows in by_state.items():
        parsed = []
        for row in state_rows:
            start = date(int(row["syear"]), int(row["smonth"]), int(row["sdate"]))
            parsed.append((start, row))
        parsed.sort(key=lambda t: t[0])
        for i, (start, row) in enumerate(parsed):
            end = None
            if row["eyear"].strip():
                ey, em = int(float(row["eyear"])), int(float(row["emonth"]))
                nxt = parsed[i + 1][0] if i + 1 < len(parsed) else None
                if nxt and (nxt.year, nxt.month) == (ey, em):
                    end = nxt
                else:
                    end = date(ey + (em == 12), em % 12 + 1, 1)
            if end is not None and end < REIGN_FROM:
                continue
            if abb not in COW_TO_ISO3:
                raise SystemExit(f"REIGN: no ISO3 code for state {abb!r} (add it to COW_TO_ISO3)")
            if " and " in row["leader"]:       # San Marino's two Captains Regent
                continue
            spells.append({"iso3": COW_TO_ISO3[abb], "name": clean_reign_name(row["leader"]),
                           "raw": row["leader"].strip(), "start": start, "end": end,
                           "birth": row["birthyear"].strip()})
    spells.sort(key=lambda s: (s["iso3"], s["start"], s["name"]))
    return spells


def build_reign_people(corpora: Path, curated: dict[str, dict]) -> dict[str, dict]:
    phoenix = load_phoenix(corpora / "petrarch2" / "Phoenix.Countries.actors.txt")
    # curated persons by (ISO3, folded name)
    curated_names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in curated.values():
        if entry.get("type") != "Person":
            continue
        isos = {o["country"].split("/")[1] for o in entry.get("offices", [])
                if o["country"].startswith("country/")}
        if entry.get("country"):
            isos.add(entry["country"].split("/")[1])
        for name in [entry.get("label_it", ""), entry.get("label_en", ""), *entry.get("names", [])]:
            for iso in isos:
                curated_names[(iso, fold(name))].add(entry["id"])

    # 1. a full name for every spell: our table, then the curated entries, then Phoenix
    spells = reign_spells(corpora)
    for spell in spells:
        iso3, name = spell["iso3"], spell["name"]
        full = (REIGN_NAMES.get((iso3, spell["raw"], spell["birth"])) or REIGN_NAMES.get((iso3, spell["raw"]))
                or REIGN_NAMES.get((iso3, name)))
        spell["curated"] = None
        spell["variants"] = []
        for candidate in (full, name):
            ids = curated_names.get((iso3, fold(candidate)), set()) if candidate else set()
            if len(ids) == 1 and not spell["curated"]:
                spell["curated"] = next(iter(ids))
        if not full and not spell["curated"]:
            rec = phoenix_match(phoenix.get(iso3, []), name, spell["start"], spell["end"] or REIGN_COVERAGE_END)
            if rec:
                full = smart_title(rec["name"])
                spell["variants"] = phoenix_variants(rec, set(_tokens(name)))
        spell["label"] = full or name
        spell["resolved"] = bool(full or spell["curated"])
    # 2. an unresolved spell takes the full name of a resolved spell of the same
    #    person (same state, same birth year, the REIGN name inside the full name)
    for spell in spells:
        if spell["resolved"]:
            continue
        toks = fold(spell["name"]).split()
        same = {(s["label"], s["curated"]) for s in spells
                if s["resolved"] and s["iso3"] == spell["iso3"] and s["birth"] == spell["birth"]
                and fold(s["label"]).split()[-len(toks):] == toks}
        if len(same) == 1:
            spell["label"], spell["curated"] = next(iter(same))
    # 3. one entry per person: same full name in the same state, or same name and birth year
    people: dict[str, dict] = {}
    keys: dict[tuple[str, str], str] = {}
    for spell in spells:
        iso3, name, label = spell["iso3"], spell["name"], spell["label"]
        actor_id = spell["curated"]
        if actor_id is None:
            base = slug(label)
            actor_id = keys.get(("state", base, iso3)) or keys.get(("birth", base, spell["birth"]))
            if actor_id is None:
                actor_id = f"person/{base}"
                if actor_id in people or actor_id in curated:
                    actor_id = f"person/{base}-{iso3.lower()}"
                if actor_id in people:
                    actor_id = f"person/{base}-{iso3.lower()}-{spell['birth'] or 'x'}"
            keys[("state", base, iso3)] = actor_id
            if spell["birth"]:
                keys[("birth", base, spell["birth"])] = actor_id
        entry = people.get(actor_id)
        if entry is None:
            entry = people[actor_id] = new_entry(actor_id, "Person", label, label, f"country/{iso3}")
        entry["country"] = f"country/{iso3}"        # latest spell wins (spells sorted by start per state)
        add_unique(entry["names"], label, *spell["variants"])
        # the REIGN string as a short form ("Matovic" for "Igor Matovič"), unless it is
        # a misspelling, has initials, or is a common word
        short = fold(name)
        if (short != fold(label) and set(short.split()) <= set(fold(label).split())
                and short not in SURNAME_STOPLIST and not re.match(r"^[A-Z]\. ", name)):
            add_unique(entry["names"], name)
        entry["offices"].append({"role": REIGN_ROLE.get(iso3, "leader"), "country": f"country/{iso3}",
                                 "start": spell["start"].isoformat(),
                                 "end": spell["end"].isoformat() if spell["end"] else None})
    return people


# --------------------------------------------------------------------------- #
# curated entries, merging, checks
# --------------------------------------------------------------------------- #
def load_curated(path: Path) -> dict[str, dict]:
    curated: dict[str, dict] = {}
    for lineno, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise SystemExit(f"{path}:{lineno}: malformed JSON ({err.msg})")
        if not isinstance(obj, dict) or "id" not in obj:
            raise SystemExit(f"{path}:{lineno}: each line must be an object with an 'id'")
        unknown = set(obj) - set(FIELDS)
        if unknown:
            raise SystemExit(f"{path}:{lineno}: unknown field(s) {sorted(unknown)}")
        if obj["id"] in curated:
            raise SystemExit(f"{path}:{lineno}: duplicate id {obj['id']}")
        curated[obj["id"]] = obj
    return curated


def merge(generated: dict[str, dict], curated: dict[str, dict]) -> dict[str, dict]:
    entries = {k: json.loads(json.dumps(v)) for k, v in generated.items()}
    for actor_id, cur in curated.items():
        base = entries.get(actor_id)
        if base is None:
            missing = [f for f in ("type", "label_it") if f not in cur]
            if missing:
                raise SystemExit(f"curated {actor_id}: new entries need {missing}")
            base = new_entry(actor_id, cur["type"], cur["label_it"], cur.get("label_en"))
        for field in ("type", "label_it", "label_en", "wikidata", "country"):
            if field in cur:
                base[field] = cur[field]
        for field in LIST_FIELDS:
            merged: list[str] = []
            add_unique(merged, *cur.get(field, []), *base[field])
            base[field] = merged
        if "offices" in cur:
            offices = {(o["role"], o["country"], o["start"]): o for o in base["offices"]}
            for o in cur["offices"]:
                offices[(o["role"], o["country"], o["start"])] = dict(o)
            base["offices"] = list(offices.values())
        entries[actor_id] = base
    return entries


def close_open_offices(entries: dict[str, dict]) -> None:
    """An open-ended office ends when the next holder of the same role starts."""
    starts: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for entry in entries.values():
        for o in entry["offices"]:
            starts[(o["role"], o["country"])].append((o["start"], entry["id"]))
    for entry in entries.values():
        for o in entry["offices"]:
            if o["end"] is None:
                later = [s for s, who in starts[(o["role"], o["country"])]
                         if s > o["start"] and who != entry["id"]]
                if later:
                    o["end"] = min(later)


def finalize(entry: dict) -> dict:
    for field in ("names", "metonyms"):
        entry[field] = [f for f in entry[field] if fold(f) not in SURFACE_BLOCKLIST]
    entry["offices"] = sorted(entry["offices"], key=lambda o: (o["start"], o["role"], o["country"]))
    entry["offices"] = [{"role": o["role"], "country": o["country"], "start": o["start"],
                         "end": o.get("end")} for o in entry["offices"]]
    return {field: entry[field] for field in FIELDS}


def check(entries: dict[str, dict]) -> list[str]:
    problems = []
    for actor_id, e in entries.items():
        if e["type"] not in TYPES:
            problems.append(f"{actor_id}: unknown type {e['type']}")
        if not re.fullmatch(r"(country/[A-Z]{3}|(person|org|city|region|location)/[a-z0-9]+(-[a-z0-9]+)*)", actor_id):
            problems.append(f"{actor_id}: malformed id")
        if e["country"] and e["country"] not in entries:
            problems.append(f"{actor_id}: unknown country {e['country']}")
        if e["wikidata"] is not None and not re.fullmatch(r"Q[1-9][0-9]*", e["wikidata"]):
            problems.append(f"{actor_id}: malformed wikidata id {e['wikidata']}")
        for o in e["offices"]:
            if o["role"] not in ROLES:
                problems.append(f"{actor_id}: unknown role {o['role']}")
            if o["country"] not in entries:
                problems.append(f"{actor_id}: office in unknown {o['country']}")
            try:
                start = date.fromisoformat(o["start"])
                end = date.fromisoformat(o["end"]) if o["end"] else None
            except (TypeError, ValueError):
                problems.append(f"{actor_id}: bad office date {o}")
                continue
            if end is not None and end < start:
                problems.append(f"{actor_id}: office ends before it starts {o}")
        if not e["names"]:
            problems.append(f"{actor_id}: no names")
    return problems


def build(corpora: Path, out: Path) -> dict[str, dict]:
    curated = load_curated(out / "curated.jsonl")
    countries, cities = build_countries(corpora)
    people = build_reign_people(corpora, curated)
    generated = {**countries, **cities}
    for actor_id, person in people.items():
        if actor_id in generated:
            raise SystemExit(f"id clash between REIGN person and place: {actor_id}")
        generated[actor_id] = person
    entries = merge(generated, curated)
    close_open_offices(entries)
    # metonym owners outside mledoze (Brussels → EU)
    for capital, owner in METONYM_OWNER.items():
        forms = CAPITALS_IT.get(capital, (capital,))
        if owner in entries:
            merged: list[str] = []
            add_unique(merged, *entries[owner]["metonyms"], *forms, capital)
            entries[owner]["metonyms"] = merged
    problems = check(entries)
    if problems:
        raise SystemExit("gazetteer check failed:\n  " + "\n  ".join(problems[:50]))
    return {k: finalize(entries[k]) for k in sorted(entries)}


def write(entries: dict[str, dict], out: Path) -> Path:
    path = out / "actors.jsonl"
    text = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries.values())
    tmp = path.with_suffix(".jsonl.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=DEFAULT_CORPORA,
                        help="shared corpora directory (default: ../shared/data)")
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT,
                        help="output directory holding curated.jsonl (default: data/gazetteer)")
    parser.add_argument("--corpora", dest="corpora_opt", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", dest="out_opt", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    corpora = args.corpora_opt or args.corpora
    out = args.out_opt or args.out
    entries = build(corpora, out)
    path = write(entries, out)
    counts: dict[str, int] = defaultdict(int)
    for e in entries.values():
        counts[e["type"]] += 1
    summary = ", ".join(f"{t} {n}" for t, n in sorted(counts.items()))
    print(f"wrote {len(entries)} entries to {path} ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
