"""A resume's structured parse: name, roles (titles, employers, dates), projects, skills, education, years of
experience. Heuristic by nature: right on the common layouts, "not found" rather than invented elsewhere."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.services.documents.extract import normalize_text
from app.services.documents.job_titles import names_a_job
from app.services.documents.places import (
    ORGANISATION_WORDS,
    is_legal_form,
    is_place,
    is_street_address,
    is_street_line,
    office_site,
    split_trailing_place,
)
from app.services.documents.sections import (
    BULLET,
    DATE_RANGE,
    ONE_DATE,
    TABLE_RULE,
    TITLE_WORDS,
    classify_resume_heading,
    clean_line,
    range_months,
    sections_dict,
    split_sections,
    unique,
    unique_ci,
    years_of_experience,
)
from app.services.documents.skills import SkillLexicon, load_skill_lexicon

# Separators between the parts of a role header: "Title — Company", "Company | Title | Place", "Title @ Company",
# "Title · Company", "Title at Company", "Title, Company - City, ST". A hyphen only counts with spaces around it
# ("Halvorsen-Abara", "Mid-level").
# ... "at Company", but not the "at large" of a title ("Member at Large", "Director-at-Large")
_SEGMENT_SPLIT = re.compile(r"\s+(?:-|--)\s+|\s*(?:—|–|\||·|•|▪)\s*|\s*@\s*|\s+at\s+(?=[A-Z])(?!Large\b)")
# "Role: Developer Advocate" / "Company: Muskoka Dev Tools Inc." / "Dates: 2021-11 to Present"
# "Company Name | : Malabar Commerce Pvt. Ltd." is a two-cell Word table row read as text
# ... and the same labels of CVs in Portuguese, Spanish, French and German ("Empresa:", "Cargo:", "Período:"), and a
# job board's label | value rows ("Job title | Transport Planner").
_FIELD = re.compile(r"^(job title|position title|title|role|position|designation|company(?: name)?|employer(?: name)?"
                    r"|occupation or position held|name and address of employer"  # Europass
                    r"|organi[sz]ation(?: name)?|agency|client|location|place"
                    r"|dates?(?: of employment)?|employment dates|period|duration"
                    r"|empresa|cargo|fun[çc][ãa]o|puesto|entreprise|employeur|poste|unternehmen|arbeitgeber"
                    r"|per[íi]odo|zeitraum|p[ée]riode|local|localiza[çc][ãa]o|ubicaci[óo]n|ort|lieu)"
                    r"\s*(?:\|?\s*:|\|)\s*(.*)$", re.IGNORECASE)
_FIELD_KIND = {"job title": "title", "position title": "title", "title": "title", "role": "title", "position": "title",
               "designation": "title", "company": "company", "employer": "company", "organisation": "company",
               "agency": "company", "empresa": "company", "entreprise": "company", "employeur": "company",
               "unternehmen": "company", "arbeitgeber": "company", "cargo": "title", "função": "title",
               "funcao": "title", "puesto": "title", "poste": "title", "local": "place", "localização": "place",
               "localizacao": "place", "ubicación": "place", "ubicacion": "place", "ort": "place", "lieu": "place",
               "organization": "company", "client": "company", "location": "place", "place": "place",
               "company name": "company", "employer name": "company", "organisation name": "company",
               "organization name": "company", "occupation or position held": "title",
               "name and address of employer": "company"}
# Column headings of an experience table ("Dates | Role | Highlights"): never a company.
_COLUMN_LABELS = {"dates", "date", "role", "roles", "title", "job title", "position", "company", "employer",
                  "highlights", "location", "period", "duration", "responsibilities", "achievements", "details",
                  "description", "organisation", "organization", "when", "where", "what", "school", "post",
                  "institution", "firm", "client", "from", "to"}
# "3 years 10 months", "1 yr 2 mos", "(8 months)": how long a role lasted, as LinkedIn prints it.
_DURATION = re.compile(r"\(?\s*(?:(?:\d+|less than a)\s*(?:years?|yrs?|months?|mos?)\s*)+\)?", re.IGNORECASE)
# Fields of a role that name none of its title, company or place (federal and agency forms).
_OTHER_FIELD = re.compile(r"^(?:series/grade|grade|series|salary|pay|hours(?: per week)?|supervisor|duties"
                          r"(?: and accomplishments)?|reason for leaving|may we contact|team size|from|reference"
                          r"|manager|phone|e-?mail|classification|branch|division|directorate"
                          r"|main activities and responsibilities|(?:type of )?business or sector"
                          r"|url|website|summary|highlights|skills)\s*(?::|\|)",
                          re.IGNORECASE)
_EMPLOYMENT_TYPE = re.compile(r"(?:part|full)[- ]?time|contract(?:or)?|temporary|seasonal|permanent|internship"
                              r"|casual|fixed[- ]term|locum|temp"
                              # a French work-study contract ("Apprentice Data Analyst (alternance)")
                              r"|alternance|work[- ]study"
                              # a Kenyan and an Indonesian internship ("(Industrial Attachment)", "(Magang)"), and
                              # Scandinavian and Finnish part- and full-time
                              r"|(?:industrial )?attachment|magang|deltid|heltid|osa-aikainen|kokoaikainen"
                              # Polish contract forms ("Senior Java Developer (B2B)", "(umowa zlecenie)"), a student's
                              # work term ("(co-op)") and a posting within a service scheme ("(Primary Assignment)")
                              r"|b2b|uop|umowa(?:\s+(?:o\s+)?\w+)?|co-?op|(?:primary\s+)?assignment"
                              r"|(?:(?:bootcamp|industry|industrial|sandwich|university)\s+)?placement"
                              # a job held beside one's studies ("IT Support Technician (Student Worker)"), as German
                              # CVs name it ("(Werkstudent)", "(HiWi)")
                              r"|student\s+(?:worker|employee|job)|werkstudent(?:in)?|hiwi"
                              r"|secondment"
                              # a national service year ("Mathematics Teacher (NYSC)": Nigeria's youth service corps)
                              r"|nysc|national(?:\s+youth)?\s+service"
                              # a chartered accountant's training contract ("Audit Trainee (Articleship)")
                              r"|articleship|articled|traineeship"
                              # South Africa's workplace training contract, a temp job meant to become permanent,
                              # and a teacher's induction years ("Teacher of English (NQT)", "(ECT)")
                              r"|learnership|temp[- ]to[- ](?:hire|perm)|nqt|ect"
                              # a day-rate or pool post ("Staff Nurse (Per Diem)", "Healthcare Assistant (Bank)"), a
                              # returners' programme, a fly-in fly-out roster ("(FIFO 8/6)") and a fraction of a
                              # full-time post ("Clinical Tutor (0.2 FTE)")
                              r"|per[- ]diem|bank|returnship|return[- ]to[- ]work|(?:fifo|dido)(?:\s+\d+/\d+)?"
                              r"|(?:\d*\.)?\d+\s*fte"
                              # ... and the hours it filled ("Locum Pharmacist (Weekends)")
                              r"|(?:evenings?|nights?|weekends?)(?:\s+(?:and|&)\s+(?:evenings?|nights?|weekends?))?"
                              r"|(?:bank|public)\s+holidays", re.IGNORECASE)
# ... and a role held without pay, in brackets after its title ("Member at Large (volunteer)"); alone on a line,
# "Volunteer" is the title itself
_UNPAID = r"volunteer|voluntary|unpaid|pro bono"
_HOW_HELD = re.compile(rf"{_EMPLOYMENT_TYPE.pattern}|{_UNPAID}", re.IGNORECASE)
_SELF_EMPLOYED = re.compile(r"freelance|self[- ]employed|independent(?: consultant)?", re.IGNORECASE)
_HEADER_REACH = 4  # header lines looked at above a date line (company, place, title, team)
# Brackets left empty once the dates in them are cut out: "Software Engineer (June 2017 – June 2020)" -> "( | )".
_EMPTY_BRACKETS = re.compile(r"\(\s*\|?\s*\)|\[\s*\|?\s*\]")


@dataclass
class _Piece:
    kind: str  # title | company | place
    text: str
    line: int  # index of the line it came from (-1: the date line itself)


def _segments(text: str, line: int) -> list[_Piece]:
    """The parts of one header line, each read as a title (it names a job), a place (gazetteer) or a company."""
    text = clean_line(text)
    if field := _FIELD.match(text):
        kind = _FIELD_KIND.get(field.group(1).lower())
        value = field.group(2).strip(" ,;|")
        if kind == "company" and value:  # "Organisation: Kaveri Datasoft Solutions, Chennai"
            value, *rest = re.split(r"\s+[–—-]\s+|\s*\|\s*", value)  # "Empresa: Cerâmica Ltda. – Campinas/SP"
            name, place = split_trailing_place(value)
            # ... but a form's company field names the organisation whole: a place glued on without a comma belongs
            # to the name ("Organization: Maritime Infrastructure Canada")
            value, place = (name, place) if place is None or "," in value[len(name):] else (value, None)
            places = [p for p in rest if is_place(p)] or ([place] if place else [])
            return [_Piece("company", value, line)] + [_Piece("place", p, line) for p in places[:1]]
        return [_Piece(kind, value, line)] if kind and value else []
    pieces: list[_Piece] = []
    if _OTHER_FIELD.match(text):
        return []  # "Salary: $92,500 per year", "Series/Grade: GS-0343-12", "From: 03/2019"
    # "Field Studies Tutor (seasonal), Kinder Edge Field Studies Centre, Edale": how the job was held, not its name
    text = _NOTE_BEFORE_COMMA.sub("", text)
    for raw in _header_parts(text):
        if re.fullmatch(r"\([^()]*\)", raw.strip(" ,;|")):
            continue  # a note in brackets of its own: "(rotation 14 in / 7 out)", "(concurrent, about 2 days a month)"
        segment = _strip_unbalanced(re.sub(_EMPTY_BRACKETS, "", raw).strip(" ,;:|[]*_"))
        if (not segment or segment.lower() in _COLUMN_LABELS or not re.search(r"[^\W\d_]", segment)
                or _DURATION.fullmatch(segment)):
            continue
        if is_street_line(segment):
            continue  # "2210 Foothill Boulevard" under the employer: its address, neither employer nor place
        glued = _GLUED_PLACE.fullmatch(segment)
        if glued and is_place(glued.group(2)):  # a job board's export: "Redline Freight Carriers-Joplin, MO"
            pieces += [_Piece("company", glued.group(1), line), _Piece("place", glued.group(2), line)]
            continue
        segment = office_site(segment) or segment  # "Cebu IT Park, Cebu City" under the employer: its town
        if is_place(segment) or is_street_address(segment):
            # Europass: "Sensora Labs d.o.o., Radnička cesta 80, 10000 Zagreb (Croatia)" is the employer, then its
            # street address; the parts before the first with a number name the employer, the last one without its
            # postcode the town ("Norfolk, VA 23510": with its state)
            parts = [p.strip() for p in segment.split(",")]
            lead = list(itertools.takewhile(lambda p: not re.search(r"\d", p), parts))
            if (not is_place(segment) and 0 < len(lead) < len(parts) - 1 and not is_place(", ".join(lead))
                    and not _names_job(", ".join(lead))):
                pieces.append(_Piece("company", ", ".join(lead), line))
                segment = re.sub(r"^(?:[A-Z]{1,2}-?)?\d{4,5}\s+|\s+\d{5}(?:-\d{4})?$", "", parts[-1])
                if re.fullmatch(r"[A-Z]{2}", segment) and not re.search(r"\d", parts[-2]):
                    segment = f"{parts[-2]}, {segment}"
            pieces.append(_Piece("place", segment, line))
            continue
        bracketed = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", segment)
        if bracketed and (_HOW_HELD.fullmatch(note := bracketed.group(2).strip()) or _SELF_EMPLOYED.fullmatch(note)):
            # "Senior Data Engineer (Contract)", "Video Editor (Freelance)": how, not what; before the gazetteer,
            # which knows a "Bank" (London) and a "Contract"
            segment = bracketed.group(1).strip(" ,;:")
        elif bracketed and is_place(bracketed.group(2)):  # "Ledgerline Engineering Group (Chicago, IL)"
            pieces.append(_Piece("place", bracketed.group(2).strip(), line))
            segment = bracketed.group(1).strip(" ,;:")
        if _EMPLOYMENT_TYPE.fullmatch(segment):
            continue  # "Part-time", "Full-time", "Contract"
        if _SELF_EMPLOYED.fullmatch(segment):
            pieces.append(_Piece("company", segment, line))  # "Freelance | Kraków, Poland"
            continue
        if town := _town_after_organisation(segment):  # "Riverside Teaching Hospital, Nnewi, Anambra State"
            pieces += [_Piece("company", segment[:town.start()], line), _Piece("place", town.group(1), line)]
            continue
        # "Manager Tools Inc" is a company; "Senior Accountant, Qasr Trading LLC" a title with its company
        words = segment.split()
        # ... unless it starts with the job ("Head of Data Systems")
        legal = len(words) > 1 and "," not in segment and (is_legal_form(words[-1]) or (
            words[-1].lower() in ORGANISATION_WORDS and not TITLE_WORDS.match(words[0])  # "... Housing Foundation"
            and not _LEAD_OPENING.match(segment)))  # "Team Lead Embedded Software" is the job
        # "Agency for Coastal Infrastructure, Office of the Chief Financial Officer": an employer with its unit after
        # the comma, where a job word is part of the unit's name, not a job
        unit = _COMPANY_TAIL.search(segment)
        legal = legal or (unit is not None and unit.group().lstrip().startswith(",")
                          and not _names_job(segment[:unit.start()]))
        # a name that opens with an article is an organisation's, whatever job word is in it ("The Tideline
        # Courier, Tacoma, WA — Copy Editor"): a job is never "The ..."
        legal = legal or re.match(r"The\s+[A-Z]", segment) is not None
        if (_names_job(segment) or _names_job(segment.split(",")[0])) and not legal:
            head, place = _split_comma_place(segment)
            pieces.append(_Piece("title", head, line))
        else:
            head, place = split_trailing_place(segment)
            if place and is_place(head):  # "Washington, DC United States": a place and its country, no comma
                pieces.append(_Piece("place", segment, line))
                continue
            if _is_description(head):
                continue  # a tagline under the employer's name: "Pix and card acquiring for 80,000 small merchants"
            pieces.append(_Piece("company", head, line))
        if place:
            pieces.append(_Piece("place", place, line))
    if sum(p.kind == "company" for p in pieces) >= 2:
        # "Emergency Department · Wattle Creek Health Service · Ballarat VIC": the unit is not the employer
        units = [p for p in pieces if p.kind == "company" and _UNIT_NAME.search(p.text)]
        if len(units) < sum(p.kind == "company" for p in pieces):
            pieces = [p for p in pieces if p not in units]
    return pieces


_GLUED_PLACE = re.compile(r"(.*[^\W\d_])-([A-Z][^,-]*,\s*[A-Z]{2})")
_UNIT_NAME = re.compile(r"\b(?:department|dept\.?|wards?|unit|division|team)$", re.IGNORECASE)
_LAB_AFTER_TITLE = re.compile(r",\s*[^,]*\b(?:lab|laboratory|research group)$", re.IGNORECASE)
# A label before a role's title that says when or how it was held ("EARLIER WORK:", "Previous:", "Higher duties:",
# "Secondment:"): one to three words and a colon, naming no job itself
_ROLE_LABEL = re.compile(r"([A-Za-z][A-Za-z-]*(?: [A-Za-z-]+){0,2})\s*:\s+(?=[A-Z])")
# "Camp Counselor (Seasonal) Summers 2019 – 2021": the seasons belong to the dates after them
_SEASONS_BEFORE_DATES = re.compile(r"\s+(?:summers|winters|seasons)$", re.IGNORECASE)


def _names_job(text: str) -> bool:
    """A job word, or failing one a job name the title model is confident of ("Pharmacy Dispenser", "Lineworker")."""
    return TITLE_WORDS.search(text) is not None or names_a_job(text)


# A job named by the team it leads, opening the line: "Team Lead Embedded Software", "Tech Lead Payments Platform"
_LEAD_OPENING = re.compile(r"(?:team|tech|technical|squad|shift|section)\s+(?:lead|leader|manager)\b", re.IGNORECASE)

_FUNCTION_WORDS = set("a an and the of for in on at to with by from or & de da do das dos del la le les van von der"
                      .split())


def _is_description(text: str) -> bool:
    """A phrase that describes rather than names: most of its words (four or more; function words and legal forms
    aside) start in lower case ("ERP software for mid-size agribusiness cooperatives"), where a name capitalises
    them ("Bank of the West", "Żuraw Systems sp. z o.o.")."""
    words = [w for w in text.split() if w.lower() not in _FUNCTION_WORDS and w[:1].isalpha() and not is_legal_form(w)
             and "." not in w and len(w) > 2]  # abbreviations: "sp. z o.o.", "S.A. de C.V."
    return len(words) >= 4 and sum(w[0].islower() for w in words) > len(words) / 2


def _header_parts(text: str) -> list[str]:
    """The parts of a header line. A table row of three or more cells ("Tarkshya Auto Components Pvt. Ltd. | Deputy
    Manager – Process Engineering | Chakan, Pune") splits on its cell borders only: a dash inside a cell is part of
    that cell's field."""
    cells = [cell for cell in text.split("|") if cell.strip()]
    return cells if len(cells) >= 3 else _SEGMENT_SPLIT.split(text)


def _strip_unbalanced(text: str) -> str:
    """Brackets at either end that do not pair up: "(Berlin" -> "Berlin", but "London (hybrid)" stays whole."""
    while (text.startswith("(") and ")" not in text) or (text.endswith(")") and "(" not in text):
        text = text.strip("()").strip(" ,;:")
    while text.endswith("(") or text.startswith(")"):
        text = text.strip("()").strip(" ,;:")
    if text.count("(") > text.count(")") and not text.startswith("("):
        text += ")"  # a date range cut out of "London (hybrid, Jul '22 – Sep '22)"
    return text


def _split_comma_place(text: str) -> tuple[str, str | None]:
    """"Data Engineer, Donau Versicherung AG, Vienna, Austria" -> the place after the last comma-separated parts."""
    parts = [p.strip() for p in text.split(",")]
    for cut in range(1, len(parts)):
        tail = ", ".join(parts[cut:])
        # the place starts with a place: "Holloway & Finch Solicitors, Leeds" is a firm and its city
        if is_place(tail) and (cut == len(parts) - 1 or is_place(parts[cut])):
            return ", ".join(parts[:cut]), tail
    return text, None


_GAP = re.compile(r"^(?:career (?:break|gap|pause)|break|sabbatical|parental leave|maternity leave|paternity leave|gap year"
                  r"|travel(?:l?ing)?|family (?:leave|care))\b", re.IGNORECASE)
_UNIT = r"(?:school|department|dept\.?|faculty|division|college|office|bureau) of\b"  # a part of an organisation
# ... and a research unit named for its subject ("Centre for Flood Risk", "Institute of Bioinformatics")
_DEPARTMENT = re.compile(rf"^(?:{_UNIT}|(?:institute|centre|center|laboratory) (?:of|for)\b)", re.IGNORECASE)
# "Career break, Jan 2016 – Sep 2016: relocated ...": a gap named on its own, whatever the note after it says
_GAP_ALONE = re.compile(_GAP.pattern + r"(?=\s*(?:[,:;(|–—-]|$))", re.IGNORECASE)
# A pay grade or a military rank after a title: "Contract Specialist, GS-1102-12", "Supervisor (Staff Sergeant, E-6)";
# a rank's own grade stays ("Communications Sergeant (E-5)")
_GRADE_SUFFIX = re.compile(r"(?:,\s*(?:GS|GG|WG|NH|SES)-?\d[\d/-]*|\s*\((?=[^)]*\b(?:sergeant|corporal|specialist to|private"
                           r"|lieutenant|petty officer|airman|captain|colonel|warrant officer|ensign)\b)[^)]*\))\s*$", re.IGNORECASE)
# How a job was held, in brackets after a title on a form's line ("Designation : Trainee Analyst (Internship)"), and a
# public service's classification code ("Senior Policy Officer (APS6)", "(EL1)"): neither is part of the title. A
# one-letter level ("(L5)", "(E-5)") is the employer's own name for the job and stays.
_TITLE_NOTE = re.compile(rf"\s*\((?:(?:summer|winter|spring|autumn|fall)\s+)?(?:(?:{_HOW_HELD.pattern}|seasons?"
                         rf"|{_SELF_EMPLOYED.pattern})(?:\s*[,;]\s*[^()]*)?"  # "(self-employed, evenings and weekends)"
                         rf"|(?-i:[A-Z]{{2,4}}\s?-?\d{{1,2}}))\)\s*$", re.IGNORECASE)  # ... or "(Summer Internship)"
_NOTE_BEFORE_COMMA = re.compile(rf"\s*\((?:(?:summer|winter|spring|autumn|fall)\s+)?(?:{_HOW_HELD.pattern}|seasons?)\)"
                                r"(?=\s*,)", re.IGNORECASE)
# A level or a pay band around a title: "Financial Analyst (mid-level)", "Clinical Nurse (Level 2)", "Band 6 Staff
# Nurse", "Staff Nurse, Band 5", "Healthcare Assistant (Band 3, bank)" (the NHS's Agenda for Change bands, 1 to 9 and
# 8a-8d): the grade the job was paid at, not the job
_BAND = r"band\s*[1-9][a-d]?"
_LEVEL_NOTE = re.compile(rf"\s*\((?:(?:entry|mid|junior|senior)[- ]level|[^()]*\b(?:{_BAND}|(?:level|grade|step)\s*\d{{1,2}})\b"
                         rf"[^()]*)\)\s*$"
                         rf"|,\s*{_BAND}\s*$|^{_BAND}\s+(?=\S)", re.IGNORECASE)
# A translation of the title in brackets after it, as CVs written for another country print it ("Research Engineer
# (Ingénieur d'études)", "Software Developer (Softwareentwickler)"): the job word in the other language gives it away
_GLOSS = re.compile(r"\s*\((?=[^()]*(?<!\w)(?:ingénieur|développeu|chargée? d|directeur|directrice|stagiaire"
                    r"|desarrollador|ingenier[oa]|analista|gerente|jef[ea] de|\w*entwickler|\w*leiter|\w*berater"
                    r"|sachbearbeiter|engenheir|desenvolvedor|sviluppat|ingegnere))[^()]*\)\s*$", re.IGNORECASE)
# "Federal Coastal Resilience Administration, Office of Acquisition Management", "Acme Inc. (contractor support to
# ...)": a sub-unit after the employer's name, or a note in lower case in brackets, is not part of it
# ... and so is a unit named after it ("Tidewater Maritime Contracting LLC, Contracts Department", "National Veterans
# Readiness Service, Hampton Roads Regional Office", "Technische Universität Elbstadt, Institute of Bioinformatics")
_COMPANY_TAIL = re.compile(rf"(?:,\s*(?:{_UNIT}|(?:institute|centre|center|laboratory) (?:of|for)\b|[^,]*\b(?:department"
                           rf"|dept\.?|(?:regional|field|district|area|local|head|branch) office|division|directorate"
                           # "..., Central Plains Region", "..., Field Robotics Center"
                           rf"|region|cent(?:er|re)|lab(?:oratory)?|unit)"
                           rf"(?:\s+(?:\d{{1,2}}|[IVX]{{1,4}}))?\s*$)[^,]*|\s*\((?=[a-z])[^)]*\))\s*$", re.IGNORECASE)

# "Department of Computational Biology, Fenland University": a unit before the employer's name, not part of it
_UNIT_HEAD = re.compile(rf"^(?:{_UNIT}|(?:institute|centre|center|laboratory) (?:of|for)\b)[^,]*,\s*(?=\S)",
                        re.IGNORECASE)
# "Sherwood Vale Hospitals NHS Trust, Trentside General Hospital": a health trust or board runs several hospitals, the
# one named after it is the site
_SITE_TAIL = re.compile(r"(\b(?:trust|health board))\s*,\s*[^,]*\b(?:hospital|infirmary)\s*$", re.IGNORECASE)

# "Acute Medical Unit, Wyvern Valley NHS Foundation Trust", "Ward 4 (Elderly Care), ...": the ward or unit the job was
# on, before the organisation that employed the person; so too a university's lab or chair ("Interactive Systems Lab,
# Harlan State University", "Chair of Operations Research, Universität Lechfeld")
_WARD_OR_UNIT = re.compile(r"(?:wards?\s+\w+(?:\s*\([^()]*\))?|(?:chair|office) of [^,()]+"
                           r"|[^,()]*\b(?:unit|ward|department|dept\.?|team|division|lab|laboratory)"
                           r"(?:\s*\([^()]*\))?)\s*,\s*", re.IGNORECASE)


def _unit_before_employer(company: str) -> str:
    unit = _WARD_OR_UNIT.match(company)
    if not unit:
        return company
    rest = company[unit.end():]
    words = rest.split(",")[0].split()
    if len(words) < 2:  # "Bell Labs, Inc." keeps its name
        return company
    # ... the organisation named by its last word, or a university in another language first ("Universität Lechfeld")
    return rest if (words[-1].lower() in ORGANISATION_WORDS or is_legal_form(words[-1])
                    or re.match(r"univers|hochschule", words[0], re.IGNORECASE)) else company


# A national service scheme's acronym before the organisation the person was posted to ("NYSC: Ilorin Model College,
# Ilorin"): the scheme placed them, the organisation employed them
_SCHEME_PREFIX = re.compile(r"^[A-Z]{2,6}\s*:\s+(?=[A-Z])")

# One or two capitalised words, the shape of a town's name ("Okehampton", "Leamington Spa")
_TOWN = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?")


# One or two towns or regions after a name that ends in an organisation word ("Ogudu Specialist Hospital, Ogudu",
# "Asa Dam Cottage Hospital, Ilorin, Kwara State"): places too small for the gazetteer, not part of the name
_TOWN_TAIL = re.compile(rf",\s*({_TOWN.pattern}(?:,\s*{_TOWN.pattern})?)$")


def _town_after_organisation(segment: str) -> re.Match[str] | None:
    tail = _TOWN_TAIL.search(segment)
    if not tail or "," in segment[:tail.start()]:
        return None
    last = segment[:tail.start()].split()[-1:] or [""]
    words = tail.group(1).replace(",", " ").split()
    if (last[0].lower() not in ORGANISATION_WORDS
            or any(w.lower() in ORGANISATION_WORDS or is_legal_form(w) for w in words) or _names_job(tail.group(1))):
        return None
    return tail


def _split_title_company(title: str) -> tuple[str, str | None]:
    """"Software Engineer II, Marrow Analytics, Inc." -> ("Software Engineer II", "Marrow Analytics, Inc."),
    "Software Engineer, Search, Pennine Outfitters Ltd" -> ("Software Engineer, Search", "Pennine Outfitters Ltd"):
    the last comma part without a job word (with any legal form after it) is the company."""
    parts = [p.strip() for p in title.split(",")]
    merged: list[str] = []
    for part in parts:
        if merged and is_legal_form(part):
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    if len(merged) < 2 or TITLE_WORDS.search(merged[-1]) or not _names_job(merged[0]):
        return title, None
    # "Field Assistant, Moorland Ecology Group, Okehampton": a town too small for the gazetteer after an employer
    # whose name ends in an organisation word is the place, not the employer
    if (len(merged) >= 3 and _TOWN.fullmatch(merged[-1])
            and not any(w.lower() in ORGANISATION_WORDS or is_legal_form(w) for w in merged[-1].split())
            and (merged[-2].split()[-1].lower() in ORGANISATION_WORDS or is_legal_form(merged[-2].split()[-1]))
            and not TITLE_WORDS.search(merged[-2])):
        merged = merged[:-1]
    # A department between the job and the employer belongs to neither: "Lecturer, School of Informatics, Carrick
    # University" -> ("Lecturer", "Carrick University").
    head = [part for part in merged[:-1] if not _DEPARTMENT.match(part)] or merged[:1]
    return ", ".join(head), merged[-1]


# Roles numbered as a list, the number before a "Title — Company" header ("1. Aircraft Maintenance Engineer — Boreal
# Skyways Inc., Thunder Bay, ON"): a numbered line with a header's separator is no bullet.
_NUMBERED_HEADER = re.compile(r"^\s*\d{1,2}[.)]\s+[^—–|@·]+?\s*(?:—|–|\||@|·)\s*\S")


def _is_header_text(line: str) -> bool:
    """Could this line name a role, a company or a place (not a sentence from a description)?"""
    text = clean_line(line)
    # ... and a numbered block of a form's fields opens on its first field ("1. Company Name : Nexora Softlabs Pvt.
    # Ltd., Pune" / "Role : Software Development Intern" / "Period : Jan 2024 - till date")
    numbered_field = re.match(r"\s*\d{1,2}[.)]\s", line) is not None and _FIELD.match(text) is not None
    # ... and so does a numbered job title on a line of its own ("1) Assistant Manager Finance")
    numbered_title = (re.match(r"\s*\d{1,2}[.)]\s", line) is not None and len(text.split()) <= 6
                      and TITLE_WORDS.search(text) is not None and not text.endswith("."))
    return (bool(text) and (not BULLET.match(line) or _NUMBERED_HEADER.match(line) is not None or numbered_field
                            or numbered_title)
            and not text[0].islower()
            # a long header still splits into its parts: "Director of Supply Chain, EMEA | Vandermolen ... | Rotterdam",
            # "IT Support Technician - Office of Information Technology, Peachtree Metro University, Atlanta, GA"
            and (len(text.split()) <= 12 or (len(text.split()) <= 20 and (
                len(_SEGMENT_SPLIT.findall(text)) >= 2 or (_SEGMENT_SPLIT.search(text) is not None
                                                           and _ends_in_place(text)))))
            and not _is_sentence(text) and DATE_RANGE.search(text) is None
            and not text.endswith(":"))  # "Selected client engagements:" introduces a list


def _ends_in_place(text: str) -> bool:
    parts = [part.strip() for part in text.split(",")]
    return len(parts) >= 3 and (is_place(parts[-1]) or is_place(", ".join(parts[-2:])))


def _is_sentence(text: str) -> bool:
    """Ends with a full stop that is not part of an abbreviation ("Inc.", "S.L.", "Co.")."""
    if not text.endswith("."):
        return False
    parts = [part.strip() for part in text[:-1].split(",")]
    if len(parts) >= 3 and is_place(parts[-1]) and _names_job(parts[0]):
        return False  # a header closed like a sentence (moderncv): "Teacher of English, Ashgrove Academy, Stockport."
    last = text.split()[-1]
    return not is_legal_form(last) and re.fullmatch(r"(?:[A-Za-z]\.)+|[A-Z][a-z]{0,3}\.", last) is None


def _join_wrapped_ranges(lines: list[str]) -> list[str]:
    """Rejoin a date range that a narrow column wrapped over two lines ("... February 2022 -" / "Present")."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        own = DATE_RANGE.search(clean_line(line))
        if (i + 1 < len(lines) and lines[i + 1].strip() and not BULLET.match(lines[i + 1])
                and (not own or own.group("open_start"))):  # "June 2019 -" / "March 2023": not left open
            joined = f"{line.rstrip()} {lines[i + 1].strip()}"
            match = DATE_RANGE.search(clean_line(joined))
            if match and match.start() < len(clean_line(line)) < match.end():
                out.append(joined)
                i += 2
                continue
        out.append(line)
        i += 1
    return out


def _join_wrapped_titles(lines: list[str]) -> list[str]:
    """Rejoin a role header that a narrow column wrapped just before its last word or two, right above its dates
    ("Larkspur + Finch, Chicago, IL — Content Marketing" / "Manager" / "MARCH 2022 - PRESENT")."""
    out: list[str] = []
    for i, line in enumerate(lines):
        text = clean_line(line)
        if (out and 0 < len(text.split()) <= 2 and TITLE_WORDS.fullmatch(text.split()[-1])
                and i + 1 < len(lines) and DATE_RANGE.search(clean_line(lines[i + 1]))
                and _SEGMENT_SPLIT.search(clean_line(out[-1]))
                # the line breaks off inside a title ("— Content Marketing"), not after a place ("— Cardiff, Wales")
                and not TITLE_WORDS.search(last := _SEGMENT_SPLIT.split(clean_line(out[-1]))[-1])
                and not is_place(last) and not is_place(last.split(",")[-1].strip())
                and not DATE_RANGE.search(clean_line(out[-1])) and not BULLET.match(out[-1])
                and not _OTHER_FIELD.match(clean_line(out[-1]))):  # "Skills: Product Management · Payments"
            out[-1] = f"{out[-1].rstrip()} {text}"
            continue
        out.append(line)
    return out


_WRAPPED_CELL = re.compile(r"([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)?)\s+\|\s+[^\s:]")


def _join_wrapped_cells(lines: list[str]) -> list[str]:
    """Rejoin a "Title | Employer | Place" header that a narrow page wrapped inside the employer's name ("Acting
    Director (EL2) | Department of Regional" / "Connectivity | Canberra, ACT"): the next line opens with a word or two
    and a cell border, the dates follow, and neither piece is a place or names a job."""
    out: list[str] = []
    for i, line in enumerate(lines):
        text = clean_line(line)
        before = clean_line(out[-1]) if out else ""
        cell = _WRAPPED_CELL.match(text)
        last = before.rsplit("|", 1)[-1].strip()
        if (cell and " | " in before and not before.endswith("|") and last and not DATE_RANGE.search(before)
                and i + 1 < len(lines) and DATE_RANGE.search(clean_line(lines[i + 1]))
                and not is_place(last) and not is_place(cell.group(1)) and not TITLE_WORDS.search(cell.group(1))
                and not TITLE_WORDS.search(last) and not BULLET.match(out[-1])):
            out[-1] = f"{out[-1].rstrip()} {text}"
            continue
        out.append(line)
    return out


def _join_field_values(lines: list[str]) -> list[str]:
    """A form that sets each label on a line of its own ("Position Title:" / "Program Analyst", "Dates of
    Employment:" / "05/2021 - Present"): the label and its value become one line, as most forms write them."""
    def is_field(line: str) -> bool:
        text = clean_line(line)
        return bool(_FIELD.match(text) or _OTHER_FIELD.match(text) or _FROM.match(text) or _TO.match(text))

    lines = _colon_bare_labels(lines)
    # A Word table of label | value rows reads with a blank line after each row: the rows of one role go together.
    lines = [line for n, line in enumerate(lines)
             if line.strip() or not (0 < n < len(lines) - 1 and is_field(lines[n - 1]) and is_field(lines[n + 1]))]
    out: list[str] = []
    i = 0
    while i < len(lines):
        label = clean_line(lines[i])
        if (label.endswith(":") and (_FIELD.match(label) or _OTHER_FIELD.match(label)) and i + 1 < len(lines)
                and (value := clean_line(lines[i + 1])) and not value.endswith(":") and not BULLET.match(lines[i + 1])
                and len(value.split()) <= 12):
            out.append(f"{label} {value}")
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


def _is_label(text: str) -> bool:
    """"Position", "Organization", "Period", "Classification": a field's name alone, without its colon."""
    if not re.fullmatch(r"[^\W\d_](?:[^\W\d_]|[ /'-])*", text):
        return False  # "Empresa:" has its colon; "Position | Period" is a table's header row
    labelled = f"{text}:"
    return any((m := field.match(labelled)) is not None and m.end() == len(labelled) for field in (_FIELD, _OTHER_FIELD))


def _colon_bare_labels(lines: list[str]) -> list[str]:
    """A PDF of a two-column label | value table gives each label and value a line of its own, without colons
    ("Position" / "Senior Policy Analyst" / "Organization" / "Maritime Infrastructure Canada"): where labels and
    values alternate, each label gets the colon a form would print."""
    texts = [clean_line(line) for line in lines]
    bare = [bool(t) and not BULLET.match(line) and _is_label(t) for t, line in zip(texts, lines, strict=True)]
    out = list(lines)
    for n, is_bare in enumerate(bare):
        value = n + 1 < len(lines) and bool(texts[n + 1]) and not bare[n + 1]
        paired = (n + 2 < len(lines) and bare[n + 2]) or (n >= 2 and bare[n - 2])
        if is_bare and value and paired:
            out[n] = f"{texts[n]}:"
    return out


# ... and JSON Resume's "startDate: 2021-09-01" / "endDate: _current_" as Markdown exports print them
_FROM = re.compile(r"^(?:from|start(?: ?date)?|de|desde|von|du)\s*[:|]\s*[_*]*(.+?)[_*]*$", re.IGNORECASE)
_TO = re.compile(r"^(?:to|until|end(?: ?date)?|at[ée]|hasta|bis|au)\s*[:|]\s*[_*]*(.+?)[_*]*$", re.IGNORECASE)
# A JSON Resume export's key-value bullet ("- **position:** Senior Data Engineer", "- **startDate:** 2021-09-01"): a
# field of the role. Its keys are single lower-case words; a bold lead-in in a person's own words ("- **Led the
# migration:** ...") stays a bullet.
_KEY_VALUE_BULLET = re.compile(r"^\s*[-*•]\s+\*\*([a-z][a-zA-Z]{1,20}):\*\*\s*(.*)$")
# A full ISO date ("2021-09-01"): roles are dated by month.
_ISO_DAY = re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b")


def _join_from_to(lines: list[str]) -> list[str]:
    """"From | 06/2016" and "To | 12/2019" on lines of their own (a job board's profile, a form): one range."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        start = _FROM.match(clean_line(lines[i]))
        j = i + 1
        while j < len(lines) and j <= i + 2 and not lines[j].strip():
            j += 1
        end = _TO.match(clean_line(lines[j])) if start and j < len(lines) else None
        if start and end:
            out.append(f"{start.group(1).strip()} – {end.group(1).strip()}")
            i = j + 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _join_lone_bullets(lines: list[str]) -> list[str]:
    """A PDF may set a bullet on a line of its own ("–" / "Einführung von Kubernetes"): the item is the next line."""
    out: list[str] = []
    for line in lines:
        if out and _LONE_BULLET.fullmatch(out[-1]) and line.strip():
            out[-1] = f"{out[-1].strip()} {line.strip()}"
        else:
            out.append(line)
    return out


_LONE_BULLET = re.compile(r"\s*[-*•·▪◦‣–—]\s*")


# A role told as one clause after its dates, as Indian resumes bullet them: "Jun’17 – Feb’21 with Kodagu Infotech
# Ltd., Mysuru as Test Engineer" names the employer after "with" (or "at") and the job after "as".
_WITH_AS = re.compile(r"(?:with|at)\s+(?P<company>[A-Z].*?)\s+as\s+(?:an?\s+)?(?P<title>[A-Z][^,;]*)")


def _date_lines(lines: list[str]) -> list[tuple[int, re.Match[str], str]]:
    """(index, date range, the rest of the line) of every line that dates a role."""
    found = []
    for i, line in enumerate(lines):
        # dot leaders between a header and its dates ("Office Manager, Brightwater Dental, Leeds ..... 2019 - present")
        cleaned = re.sub(r"(?:\s+\.+|\s*\.{3,})(?=\s|$)", "", clean_line(line))
        match = DATE_RANGE.search(cleaned)
        if not match:
            continue
        whole_range = match.span() == (0, len(cleaned)) and not match.group("lone_year")  # "mars 2018 – juli 2021"
        if (cleaned[:1].islower() or match.group("lone_year")) and (
                cleaned.endswith(".") or (i and BULLET.match(lines[i - 1]) and not whole_range)):
            continue  # the wrapped end of a sentence: "... no lost-time incidents" / "since 2021.", "... line" / "2023"
        # the same dates in another calendar, in brackets after them: "Jan 2023 – Present (Poush 2079 – present)"
        after = re.sub(r"^\s*\([^()]*\d{4}[^()]*\)", "", cleaned[match.end():])
        if match.start() > 0 and re.match(r"\s+[—–]\s+\S", after) and _is_header_text(cleaned[:match.start()]):
            after = ""  # the role's duties run on after its dates: "Larkspur & Vine | Sous Chef | 2019–2022 — Ran ..."
        rest = (cleaned[:match.start()] + " | " + after).strip()
        rest = _strip_unbalanced(re.sub(_EMPTY_BRACKETS, "", rest).strip(" ,;|—–-·•[]").lstrip(": "))
        if with_as := _WITH_AS.fullmatch(rest):  # "Since Mar’21 with Acme Pvt. Ltd., Pune as QA Lead"
            rest = f"{with_as.group('title')} | {with_as.group('company')}"
        if (match.start() == 0 and rest[:1].islower() and not BULLET.match(line)
                and re.match(r"\s*[·•|—–]\s", cleaned[match.end():])):
            rest = ""  # the dates under a role's header with a note after them: "Mar 2020 – present · my own practice"
        words = rest.split()
        if rest and ((rest[0].islower() and not _FIELD.match(rest)) or len(words) > 16 or ";" in rest):
            continue  # a sentence that mentions years, not a role header ("Mark 300+ scripts; team leader since 2023")
        if BULLET.match(line) and (not TITLE_WORDS.search(rest) or re.search(r":\s+[a-z]", rest)
                                   or _is_sentence(cleaned)):  # "- Three assistant managers promoted since 2021."
            continue  # an achievement bullet such as "grew revenue 2019-2021", or an engagement under a role
            # ("– Kingsmere Building Society (Jun 2022 – Present): lead a 12-person team ...")
        found.append((i, match, rest))
    return [entry for n, entry in enumerate(found) if not _timeline_year(entry, found[n + 1:n + 2])]


def _timeline_year(entry: tuple[int, re.Match[str], str], following: list[tuple[int, re.Match[str], str]]) -> bool:
    """A year alone on its line over a role dated in that year ("2021" / "Clinical Nurse Specialist" / ... /
    "Feb 2021 – present"): the marker of a timeline layout, not a role of its own."""
    i, match, _ = entry
    if not match.group("lone_year") or not following:
        return False
    j, below, _ = following[0]
    start = below.group("start") or below.group("since") or below.group("months_year") or ""
    return j - i <= _HEADER_REACH + 1 and match.group("lone_year") in start


# "Client: Halverson Building Society (via Brightstone Resourcing)": the client of an engagement, as a field
_CLIENT_FIELD = re.compile(r"^client\s*(?:\|?\s*:|\|)", re.IGNORECASE)
_PROMOTION_ARROW = re.compile(r"\s+(?:→|←|⟶|⟵|->|<-|=>)\s+")


# A role told in one sentence, as Indian resumes often do: "Worked as Software Engineer in Godavari Infosolutions Pvt.
# Ltd., Hyderabad from Jun 2018 to Jul 2021", "Working as ... at ... from Aug 2021 to till date".
_WORKED_AS = re.compile(r"^\W*(?:currently\s+)?(?:working|worked|employed|serving|served)\s+as\s+(?:an?\s+)?"
                        r"(?P<title>[A-Z][^|]{1,60}?)\s+(?:in|at|with)\s+(?P<company>[A-Z][^|]{1,90}?)\s+from\s+"
                        r"(?P<start>[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}[/-]\d{4}|\d{4})\s+(?:to|till|until|–|-)\s+"
                        r"(?P<end>(?:till|to)\s+date|date|present|now|current|[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}[/-]\d{4}"
                        r"|\d{4})\W*$", re.IGNORECASE)


# A range left open at the start of a role's line: "2018 – | Installation Electrician, Norrsken El AB" is ongoing.
_OPEN_RANGE = re.compile(r"^((?:[A-Za-z]{3,9}\.?\s+|\d{1,2}[/.])?(?:19|20)\d\d)\s*[–—-]\s*(?=\|)")
# An earlier career summed up on one line: "Management Accountant, Blackwater & Coe Ltd (2008 – 2011) · Audit Senior,
# Farrant Myles LLP (2005 – 2008) · ...": each item is a role with its dates in brackets at its end.
_LIST_SEPARATOR = re.compile(r"\s+[·•;]\s+|\s+\|\s+(?=[A-Z])")


# A title given as the first bullet under a dated employer line, set off by emphasis: "**Gefen Mobility** | Herzliya |
# 2017–2019" / "- *Backend Developer*" / "- Trip-pricing service in Python."
_EMPHASISED_BULLET = re.compile(r"[-*•]\s+(\*{1,2}|_{1,2})([^*_]{2,60})\1")


# A PDF table of roles gives each cell a line of its own: the header row's column names, then each row's cells in the
# same order ("Period" / "Company" / "Department" / "Position" / "2020.03 ~ Present" / "Hanbit Commerce Co., Ltd." /
# ...). Columns named here say what their cells are; any other column (aircraft, department, status) is read past.
_TABLE_COLUMNS = {"dates": "dates", "date": "dates", "period": "dates", "duration": "dates", "when": "dates",
                  "tenure": "dates", "from - to": "dates", "from – to": "dates",
                  "position": "title", "title": "title", "job title": "title", "role": "title", "designation": "title",
                  "rank": "title", "post": "title", "occupation": "title", "position held": "title",
                  "company": "company", "employer": "company", "organisation": "company", "organization": "company",
                  "operator": "company", "airline": "company", "firm": "company", "company name": "company",
                  "employer name": "company", "organisation name": "company", "organization name": "company",
                  "location": "place", "base": "place", "place": "place", "city": "place", "where": "place"}
_COLUMN_NAME = re.compile(r"[^\W\d_][^\W\d_ /&'’.-]*(?:[ /&'’.-]+[^\W\d_]+){0,3}")
_TABLE_FIELD = {"title": "Position", "company": "Company", "place": "Location", "dates": "Dates"}


def _cell_rows(lines: list[str], k: int, width: int,
               row_ok: Callable[[list[str]], bool]) -> tuple[list[list[str]], int]:
    """The rows of a table read one cell a line, from line `k` on: `width` cells each, while `row_ok` accepts them."""
    rows = []
    while k + width <= len(lines):
        cells = [clean_line(line) for line in lines[k:k + width]]
        if not all(cells) or any(BULLET.match(line) for line in lines[k:k + width]) or not row_ok(cells):
            break
        rows.append(cells)
        k += width
    return rows, k


def _rewrite_cell_tables(lines: list[str], is_column: Callable[[str], bool],
                         rewrite: Callable[[list[str], int], tuple[list[str], int] | None]) -> list[str]:
    """Each run of column names (lines `is_column` accepts) is offered to `rewrite` with the names (lower case) and the
    index of the line after them; it returns the lines that replace the table and the index after it, or None."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and is_column(lines[k]):
            k += 1
        done = rewrite([clean_line(line).lower() for line in lines[i:k]], k) if k > i else None
        if done is None:
            out.append(lines[i])
            i += 1
        else:
            replacement, i = done
            out += replacement
    return out


def _unfold_column_tables(lines: list[str]) -> list[str]:
    """Rewrite a table of roles read one cell a line into a form's labelled fields per row ("Position: Captain" /
    "Company: Skybridge Airways" / "Location: Madrid" / "Dates: 04/2021 – present"). A header needs three or more
    column names, among them the dates and a title column (a table of schools has no title column); rows are read
    while each row's dates cell, and no other, holds a date range."""
    def rewrite(names: list[str], k: int) -> tuple[list[str], int] | None:
        kinds = [_TABLE_COLUMNS.get(name) for name in names]
        if len(kinds) < 3 or "title" not in kinds or kinds.count("dates") != 1:
            return None
        at = kinds.index("dates")
        rows, end = _cell_rows(lines, k, len(kinds), lambda cells: all(
            bool(DATE_RANGE.search(cell)) == (n == at) for n, cell in enumerate(cells)))
        fields = [{kind: cell for kind, cell in zip(kinds, cells, strict=True) if kind and cell not in "—–-"}
                  for cells in rows]
        order = ("title", "company", "place", "dates")
        return ([f"{_TABLE_FIELD[kind]}: {row[kind]}" for row in fields for kind in order if kind in row], end
                ) if rows else None

    return _rewrite_cell_tables(
        lines, lambda line: _COLUMN_NAME.fullmatch(clean_line(line)) is not None and not BULLET.match(line), rewrite)


# A Japanese rirekisho's work history: one event a row, "2015 | 4 | Joined Kanzaki Precision Industries Co., Ltd.",
# "2019 | 10 | Promoted to Assistant Manager", "2021 | 3 | Left ...", "Currently employed".
_EVENT_ROW = re.compile(r"^((?:19|20)\d\d)\s*\|\s*(\d{1,2})\s*\|\s*(\S.*)$")
_JOINED = re.compile(r"(?:joined|hired by|started at)\s+(?P<company>.+?)(?:\s+as\s+(?:an?\s+)?(?P<title>[^(]+?))?"
                     r"\s*(?:\([^)]*\))?", re.IGNORECASE)
_NEW_POST = re.compile(r"(?:promoted to|appointed(?: as| to)?|(?:assigned|transferred|seconded) to .+? as|became)\s+"
                       r"(?:an?\s+)?(?P<title>[^(]+?)\s*(?:\([^)]*\))?", re.IGNORECASE)
_LEFT = re.compile(r"(?:left|resigned|retired|quit)\b", re.IGNORECASE)
_STILL_EMPLOYED = re.compile(r"(?:currently|still)\s+(?:employed|working)\b.*|present", re.IGNORECASE)


def _unfold_history_events(lines: list[str]) -> list[str]:
    """A history told as dated events becomes a form's fields per post: a post runs from the event that gives its
    title (joined as, assigned as, promoted to) to the next such event, the day its holder left, or the present."""
    events = [(n, m) for n, line in enumerate(lines) if (m := _EVENT_ROW.match(clean_line(line)))]
    if sum(bool(_JOINED.match(m[3])) for _, m in events) < 1 or len(events) < 2:
        return lines
    posts: list[list[str]] = []  # [title, company, start, end]
    company: str | None = None

    def close(when: str) -> None:
        if posts and not posts[-1][3]:
            posts[-1][3] = when

    for _, m in events:
        when, text = f"{m[1]}-{int(m[2]):02d}", m[3].strip()
        if joined := _JOINED.fullmatch(text):
            close(when)
            company = joined["company"].strip()
            if joined["title"]:
                posts.append([joined["title"].strip(), company, when, ""])
        elif (post := _NEW_POST.fullmatch(text)) and company:
            close(when)
            posts.append([post["title"].strip(), company, when, ""])
        elif _LEFT.match(text):
            close(when)
            company = None
    first, taken = events[0][0], {n for n, _ in events}
    fields = [f"{label}: {value}" for title, company_name, start, end in posts
              for label, value in (("Position", title), ("Company", company_name),
                                   ("Dates", f"{start} – {end or 'present'}"))]
    return [*(line for n, line in enumerate(lines[:first]) if n not in taken), *fields,
            *(line for n, line in enumerate(lines[first:], start=first)
              if n not in taken and not _STILL_EMPLOYED.fullmatch(clean_line(line)))]


# A school year's term before its year dates a teacher's post by the year: "Term 3 2017 – Term 4 2020"
_SCHOOL_TERM = re.compile(r"\b(?:term|semester|trimester)\s+[1-4]\s+(?=(?:19|20)\d\d)", re.IGNORECASE)
# "Summers 2019 – 2022": the seasons of a range of years belong to its dates, not to the employer before them
_SEASONS_OF_RANGE = re.compile(r"\b(?:summers|winters|seasons)\s+(?=(?:19|20)\d\d\s*[-–—])", re.IGNORECASE)
# Seasonal work dated by a list of seasons: "Winter seasons 2022–23 and 2023–24", "Summers 2016, 2017 & 2018".
_YEAR_ITEM = r"(?:19|20)\d\d(?:\s*[–-]\s*\d\d(?!\d))?"
_SEASON_LIST = re.compile(rf"\b(?:(?:summer|winter|ski|harvest)\s+seasons?|seasons|summers|winters)\s+"
                          rf"({_YEAR_ITEM}(?:\s*(?:,|and|&)\s*{_YEAR_ITEM})+)\b", re.IGNORECASE)


def _season_list_range(line: str) -> str:
    """The seasons listed become one range from the first season's year to the last one's."""
    def span(m: re.Match[str]) -> str:
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m[1])]
        ends = [int(f"{str(y)[:2]}{tail}") for y, tail in re.findall(r"((?:19|20)\d\d)\s*[–-]\s*(\d\d)", m[1])]
        return f"{min(years)} – {max(years + ends)}"
    return _SEASON_LIST.sub(span, line)


def _titles_in_bullets(lines: list[str]) -> list[str]:
    out = list(lines)
    for k in range(1, len(lines)):
        m = _EMPHASISED_BULLET.fullmatch(lines[k].strip())
        above = next((line for line in reversed(lines[:k]) if line.strip()), "")
        if m and TITLE_WORDS.search(m.group(2)) and len(m.group(2).split()) <= 6 and DATE_RANGE.search(above) \
                and not BULLET.match(above):
            out[k] = m.group(2)
    return out


def _listed_roles(line: str) -> list[str]:
    items = _LIST_SEPARATOR.split(line.strip())
    if len(items) < 2 or not all(re.search(rf"\(\s*{DATE_RANGE.pattern}\s*\)\s*$", item, re.IGNORECASE)
                                 for item in items):
        return [line]
    return items


_DRAWN_RULE = re.compile(r"\s*[.·_=~*]{5,}\s*")


def _roles(lines: list[str], *, today: date) -> list[dict[str, Any]]:
    """Roles from an Experience section. Each line with a date range is one role; its title, company and place come
    from that line and the header lines next to it: the block directly above (up to the previous role's text), or
    the block directly below when it is followed by a description rather than by the next role. A company heading
    with no title under it ("Tessellate Bank plc — London, UK") carries over to the roles that follow it until the
    next company (promotions in one company)."""
    lines = [_ISO_DAY.sub(r"\1-\2", _KEY_VALUE_BULLET.sub(lambda m: f"{m[1][:1].upper()}{m[1][1:]}: {m[2]}", line))
             for line in lines if not _DRAWN_RULE.fullmatch(line)]  # a rule drawn with dots between a role's lines
    lines = [_WORKED_AS.sub(r"\g<title> | \g<company> | \g<start> – \g<end>", line) for line in lines]
    lines = [item for line in lines for item in _listed_roles(line)]
    lines = [_SEASONS_OF_RANGE.sub("", _season_list_range(_OPEN_RANGE.sub(r"\1 – present ", _SCHOOL_TERM.sub("", line))))
             for line in lines]
    lines = _titles_in_bullets(_unfold_column_tables(_unfold_history_events(lines)))
    lines = _join_wrapped_cells(lines)
    lines = _join_wrapped_titles(_join_wrapped_ranges(_join_lone_bullets(_join_from_to(_join_field_values(lines)))))
    dated = _date_lines(lines)
    roles: list[dict[str, Any]] = []
    claimed: set[int] = set()
    group_company: str | None = None
    group_span: tuple[int, int] | None = None  # the dates of an employer's own range over its roles
    for n, (i, match, rest) in enumerate(dated):
        previous = dated[n - 1][0] if n else -1
        following = dated[n + 1][0] if n + 1 < len(dated) else len(lines)
        pieces = _segments(rest, i) if rest else []
        above = []
        j = i - 1
        # A form's other fields ("Classification: EC-06", "Branch: ...") name nothing and take none of the reach.
        while (j > previous and sum(not _OTHER_FIELD.match(clean_line(lines[k])) for k in above) < _HEADER_REACH
               and j not in claimed and _is_header_text(lines[j])):
            if j > 0 and clean_line(lines[j - 1]).endswith(":"):
                break  # the value of a field of the role above ("Business or Sector:" / "Construction of buildings")
            above.append(j)
            j -= 1
        below = []
        j = i + 1
        if j + 1 < following and not lines[j].strip() and _is_header_text(lines[j + 1]) and not _has_title_and_company(
                pieces):
            j += 1  # "Senior Product Manager | Mar 2022 – Present" / "" / "Kumasi Payments Ltd | Remote"
        while j < following and len(below) < _HEADER_REACH - 1 and (
                _is_header_text(lines[j]) or _OTHER_FIELD.match(clean_line(lines[j]))):
            if _OTHER_FIELD.match(clean_line(lines[j])):  # "Main activities and responsibilities | ...": read past it
                j += 1
                continue
            if j + 1 < len(lines) and clean_line(lines[j + 1])[:1].islower():
                break  # the first line of a wrapped paragraph ("Built the merchant product ..." / "originated.")
            below.append(j)
            j += 1
        # A block directly followed by the next date line is that role's header, not this one's.
        if below and below[-1] + 1 == following and following < len(lines):
            below = []
        for j in above:
            pieces += _segments(lines[j], j)
        # "Regional Sales Manager" / "Jan 2017 – Jan 2021" / "Grupo Altavista | Monterrey": the employer right under
        # the dates is nearer than a line with figures two or more lines up (the last role's metric row, "142% in
        # 2015"); a company heading above the title ("Acme Corp" / "Senior Engineer" / dates / "Payments Platform")
        # stays, and a place the gazetteer half knows ("Madrid, Community of Madrid, Spain") is no employer
        near_below = _segments(lines[below[0]], below[0]) if below else []
        if (any(p.kind == "company" and not is_place(p.text.split(",")[0]) for p in near_below)
                and not any(p.kind == "title" for p in near_below)
                and any(p.kind == "title" and p.line >= i - 1 for p in pieces)
                and (chosen := next((p for p in pieces if p.kind == "company"), None)) is not None
                and chosen.line < i - 1
                # ... and the line up there is a metric row, or the line below names its place too ("| Monterrey")
                and (re.search(r"\d", chosen.text) or any(p.kind == "place" for p in near_below))):
            pieces = [p for p in pieces if p.line >= i - 1] + near_below
            claimed.add(below[0])
        own = [p for p in pieces if p.kind != "place"]
        start, end, start_label, end_label = range_months(match, today=today)
        # "Ashcombe Partners LLP · Leeds | Sep 2019 – Present" over "Manager | Apr 2022 – Present": a title dated
        # within its employer's range is complete; the lines under it ("Selected client engagements", "Client: ...")
        # describe the work, they name no employer
        # ... and so is a title on the line right above its own dates ("Principal" / "Apr 2020 – Present")
        in_group = (group_company is not None and group_span is not None and group_span[0] <= start
                    and end <= group_span[1] and any(p.kind == "title" and p.line >= i - 1 for p in own)
                    and not any(p.kind == "company" for p in own))
        if not in_group and (not any(p.kind == "company" for p in own) or not any(p.kind == "title" for p in own)):
            for j in below:
                pieces += _segments(lines[j], j)
                claimed.add(j)
        if not any(p.kind == "company" for p in pieces) and (heading := _heading_above(
                lines, (above[-1] if above else i) - 1, previous, claimed)) is not None:
            pieces += _segments(lines[heading], heading)
            above.append(heading)
        _company_among_titles(pieces)
        title = next((p for p in pieces if p.kind == "title"), None)
        company = next((p for p in pieces if p.kind == "company"), None)
        if company is not None:
            heading = company.line in above and not any(p.kind == "title" and p.line == company.line
                                                         for p in pieces)
            group_company = company.text if heading else None
        title_text = title.text if title else None
        company_text = company.text if company else group_company
        if title_text and (company_text is None or (company is None and any(
                p.kind == "place" and p.line == title.line for p in pieces))):
            # ... and a role line with its own employer and place under a company heading ("EARLIER CAREER" /
            # "Buyer, Great Bend Hardware Supply, Wichita, KS (2001–2005)") names the employer it was held at
            title_text, own_company = _split_title_company(title_text)
            company_text = own_company or company_text
        place = next((p.text for p in pieces if p.kind == "place"), None)
        untitled = not (title_text and TITLE_WORDS.search(title_text))
        if _GAP.search(rest) and (untitled or _GAP_ALONE.match(rest)):
            continue  # "Career break (2019-12 to 2020-01): a data-engineering course" is time between roles
        if title_text is None and company_text and _GAP_ALONE.match(company_text):
            continue  # ... under its dates: "06/2013 – 12/2020" / "Career break"
        if untitled and i and _GAP_ALONE.match(clean_line(lines[i - 1])):
            continue  # ... and so is a gap named on the line above its own dates: "Career break (caregiving)" / "2023 – 2024"
        if title_text is None and company_text and _titled_role_below(dated, n, lines, today=today):
            # "Ashdown Pryce LLP, London | Sept 2014 – Feb 2022" over "Associate | Sept 2016 – Aug 2019" ...: the
            # employer's own range heads the roles held there, it is not a role
            group_company, group_span = company_text, (start, end)
            continue
        within = [roles[-1]["_span"]] if roles and roles[-1]["title"] and roles[-1]["company"] else []
        if title_text is None and company_text and not _SELF_EMPLOYED.fullmatch(company_text) and any(
                first <= start and end <= last for first, last in within + ([group_span] if group_span else [])):
            # "Meridian Travel Nursing, Inc. | Mar 2021 – Present" / "Travel Registered Nurse" over a table of
            # "St. Aurelia Medical Center | Phoenix, AZ | Medical ICU | Jan 2024 – Apr 2024", or "Client: Harrowby
            # Foods plc, York — network redesign (2023–24)" under a consultancy's range: the assignments or clients
            # of a role or an employer, dated within it and naming no job of their own, are not roles
            continue
        if within and any(_CLIENT_FIELD.match(clean_line(lines[k])) for k in range(previous + 1, i + 1)) and (
                within[0][0] <= start and end <= within[0][1]):
            # A contractor's own company over its engagements ("Ferriter Digital Ltd -- Director" / "Apr 2019 -
            # Present", then "> Client: Halverson Building Society" / "Role: Platform Engineer | Jan 2023 - Present"):
            # a client's engagement dated within the role above is work done in that role, not a role
            continue
        if title_text:
            title_text = _SEASONS_BEFORE_DATES.sub("", title_text)
            if (label := _ROLE_LABEL.match(title_text)) and not TITLE_WORDS.search(label.group(1)):
                title_text = title_text[label.end():]  # "Earlier: Registered Nurse", "Secondment: Senior Adviser"
            title_text = _TITLE_NOTE.sub("", _GRADE_SUFFIX.sub("", title_text)).strip() or title_text
            if company_text:  # "Graduate Research Assistant, Hollis Materials Lab" at a university: the lab is a unit
                title_text = _LAB_AFTER_TITLE.sub("", title_text)
            if TITLE_WORDS.search(_GLOSS.sub("", title_text)):
                title_text = _GLOSS.sub("", title_text).strip()
            title_text = _LEVEL_NOTE.sub("", title_text).strip() or title_text
        if company_text:
            company_text = _SCHEME_PREFIX.sub("", company_text)
            company_text = _unit_before_employer(company_text)
            company_text = _COMPANY_TAIL.sub("", company_text).strip() or company_text
            company_text = _SITE_TAIL.sub(r"\1", _UNIT_HEAD.sub("", company_text)).strip() or company_text
        # "Audit Trainee → Audit Semi-Senior": promotions under one date range, each title a role of its own
        for one_title in _PROMOTION_ARROW.split(title_text) if title_text else [title_text]:
            roles.append({"title": one_title, "company": company_text, "location": place, "start": start_label,
                          "end": end_label, "_span": (start, end)})
    return roles


def _titled_role_below(dated: list[tuple[int, re.Match[str], str]], n: int, lines: list[str], *,
                       today: date) -> bool:
    """The next date line follows directly (at most one line between) and names a title and no company; or the line
    between names them and the next dates lie within these ("Ormond & Vail Advisory LLP" / "Denver, CO | Mar
    2016 – Present" / "Principal" / "Apr 2020 – Present"): the title over its own dates under the employer's range."""
    if n + 1 >= len(dated) or dated[n + 1][0] - dated[n][0] > 2:
        return False
    i, below, rest = dated[n + 1]
    pieces = _segments(rest, i) if rest else []
    if not pieces and i - dated[n][0] == 2 and _is_header_text(lines[i - 1]):
        first, last, *_ = range_months(dated[n][1], today=today)
        start, end, *_ = range_months(below, today=today)
        pieces = _segments(lines[i - 1], i - 1) if first <= start and end <= last else []
    return any(p.kind == "title" for p in pieces) and not any(p.kind == "company" for p in pieces)


# "Co-op" ends both a student's work term ("Data Science Co-op") and a cooperative's name ("Assiniboine Learning
# Co-op"): next to a title that ends in another job word, it names the employer.
_JOB_OR_ORGANISATION = {"co-op"}


def _company_among_titles(pieces: list[_Piece]) -> None:
    """Two titles and no company ("Senior Marketing Executive" / "Abu Dhabi Manager Solutions, Abu Dhabi"): a job is
    named by its last word ("Executive"), so the one that does not end in a job word is the company."""
    titles = [p for p in pieces if p.kind == "title"]
    if len(titles) != 2 or any(p.kind == "company" for p in pieces):
        return
    # ... its pay grade aside ("Management Analyst, GS-0343-11")
    words = [(_GRADE_SUFFIX.sub("", p.text).split() or p.text.split())[-1] for p in titles]
    ends = [bool(TITLE_WORDS.fullmatch(w)) and w.lower() not in _JOB_OR_ORGANISATION for w in words]
    if ends.count(True) == 1:
        titles[ends.index(False)].kind = "company"


def _has_title_and_company(pieces: list[_Piece]) -> bool:
    return any(p.kind == "title" for p in pieces) and any(p.kind == "company" for p in pieces)


def _heading_above(lines: list[str], j: int, previous: int, claimed: set[int]) -> int | None:
    """A company heading set off from its first role by a blank line or a duration ("### Sahel Byte — Rabat" / "" /
    "Software Developer · July 2015 – August 2017"; "**Lumen Arbor**" / "8 years 2 months" / "" / "Head of Design")."""
    skipped = 0
    while j > previous and skipped < 2 and (not lines[j].strip() or _DURATION.fullmatch(clean_line(lines[j]))):
        j -= 1
        skipped += 1
    if j <= previous or j in claimed or not _is_header_text(lines[j]):
        return None
    pieces = _segments(lines[j], j)
    if any(p.kind == "company" for p in pieces) and not any(p.kind == "title" for p in pieces):
        return j
    return None


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
# Abbreviations are matched case-sensitively ("BA", "B.Sc.", "MS") so words such as "be" or "ms" do not count.
_DEGREE = re.compile(
    r"(?<!\w)(?:(?:B|M)\.?\s?(?:Sc|SC|S|A|Eng|Tech|E|Ed|Phil)|MBA|Ph\.?\s?D|PHD|D\.?\s?Phil|LL\.?[BM]|PGCE|HND|GCSEs?"
    r"|(?i:bachelor(?:['’]?s)?|master(?:['’]?s)?|doctor\w*|diploma|associate degree|bootcamp|a-levels?|high school|degree"
    r"|abitur|baccalaureate|laurea|grado|licenciatura|licence|diplom\w*|diplôme|magist\w*|ingenier\w*"
    r"|ingénieur))(?![a-z])")
_SCHOOL = re.compile(r"\b(?:universit\w*|universidad|college|institute|instituto|school|escuela|scuola|academy"
                     r"|polytechnic|politecnico|conservatory|école|ecole|bootcamp"
                     # ... as other languages name them ("Fachschule für Technik", "Universidade Estadual", "Escola")
                     r"|\w*schule|gymnasium|lyc[ée]e|liceo|universidade|escola|faculdade|facultad)\b", re.IGNORECASE)
_PROJECT_SEPARATOR = re.compile(r"\s+(?:--|[—–-])\s+|:\s+|\s+\|\s+")
# "Project #1: Loan Origination System", and a bare list number: "### 1. Roster — redesigning shift swaps"
_NUMBERED_PROJECT = re.compile(r"^(?:project\s*(?:#?\s*\d+|[ivx]+)?\s*[:.)-]|\d{1,2}[.)])\s*(?=\S)", re.IGNORECASE)
_PROJECT_LABELS = {"tech", "stack", "tech stack", "technologies", "tools", "built with", "link", "links", "github",
                   "url", "demo", "role", "website", "source", "code", "client", "team size", "team", "environment",
                   "description", "responsibilities", "duration", "technologies used", "tools used", "platform",
                   "domain", "contribution", "outcome", "status", "period"}


_LOGO_LINE = re.compile(r"^\S.{0,80}\slogo$")


def _undouble_lines(text: str) -> str:
    """A LinkedIn profile copied from the page gives every line twice (the text and its screen-reader copy) and a
    "<Company> logo" line above each employer: where three or more lines come doubled, one of each, without the
    logos."""
    lines = text.split("\n")
    doubled = sum(1 for a, b in itertools.pairwise(lines) if a.strip() and a == b)
    if doubled < 3:
        return text
    out = [line for n, line in enumerate(lines) if not (n and line.strip() and line == lines[n - 1])]
    return "\n".join(line for line in out if not _LOGO_LINE.match(line))


def parse_resume(text: str, *, today: date | None = None) -> dict[str, Any]:
    """Name, email, roles (employers/titles), projects, skills, education, certifications, total years of
    experience and the text of each section. `today` resolves "Present" (defaults to the current date)."""
    today = today or datetime.now().date()
    text = _undouble_lines(normalize_text(text))
    preamble, sections = split_sections(text, classify_resume_heading, generic_headings=False)
    section_text = sections_dict(preamble, sections)

    experience_lines = [line for s in sections if s.key == "experience" for line in s.lines]
    if not experience_lines:  # no recognisable Experience heading: look for roles outside the other sections
        skip = {"education", "projects", "certifications", "skills"}
        experience_lines = preamble + [line for s in sections if s.key not in skip for line in s.lines]
    roles = _roles(experience_lines, today=today)
    years = years_of_experience([role.pop("_span") for role in roles])

    return {
        "name": _name(preamble or text.split("\n")[:5]),
        "email": (m.group() if (m := _EMAIL.search(text)) else None),
        "employers": unique_ci(r["company"] for r in roles if r["company"]),
        "titles": unique_ci(r["title"] for r in roles if r["title"]),
        "roles": roles,
        "projects": _projects(section_text.get("projects", "")),
        "skills": _resume_skills(text, section_text.get("skills", "")),
        "education": _education(section_text.get("education", "")),
        "certifications": _entries(section_text.get("certifications", "")),
        "years_of_experience": years,
        "sections": section_text,
        "source": "heuristic",
    }


def _name(lines: list[str]) -> str | None:
    """The first short line of capitalised words at the top (upper-case names are title-cased)."""
    for line in [line for line in lines if line.strip()][:5]:
        candidate = re.sub(r"^(?:name\s*:\s*)", "", clean_line(line), flags=re.IGNORECASE).strip(" ,|")
        words = candidate.split()
        if (2 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words) and "@" not in candidate
                and all(w[0].isupper() for w in words if len(w) > 3)
                and classify_resume_heading(candidate) is None and not TITLE_WORDS.search(candidate)
                and not re.search(r"\b(?:resume|résumé|curriculum|vitae|cv)\b", candidate, re.IGNORECASE)):
            return candidate.title() if candidate.isupper() else candidate
    return None


def _projects(section: str) -> list[str]:
    """Project names: the left side of "Name — description" / "Name: description" entry lines, or a short
    stand-alone name line. Bullets only count when the section is nothing but bullets ("• Name – ...")."""
    # a bullet a PDF set on a line of its own heads the line below ("•" / "Mobile app showing live queue times"), and
    # a project's dates on a line of their own name nothing ("Jan. 2024 – Apr. 2024")
    lines = _join_project_details([line for line in _join_wrapped_items(_join_lone_bullets(section.split("\n")))
                                   if line.strip() and not _LONE_BULLET.fullmatch(line)
                                   and not TABLE_RULE.fullmatch(line) and not _PROJECT_TABLE_HEADER.match(line)
                                   and not _only_dates(clean_line(line))])
    # a form per project ("Project Title | Claims Hub", "Client | ...", "Role | ..."): the titles are the names
    titled = [m.group(1).strip() for line in lines
              if (m := _PROJECT_TITLE_ROW.match(_NUMBERED_PROJECT.sub("", clean_line(line))))]
    if titled:  # ... each read as a name line is ("Loan App – a web app for ..." -> "Loan App")
        return unique_ci(_project_name(value, allow_bare=True) or value for value in titled)
    if any(_SUBHEADING.match(line) for line in lines):  # "### Marée" over its description: the names are these
        return unique_ci(n for line in lines if _SUBHEADING.match(line)
                         and (n := _project_name(line, allow_bare=True)))
    headers = [line for line in lines if not BULLET.match(line)]
    # A name written in lower case ("pgsnap — snapshot tests") counts when a separator sets it apart; a bare
    # lower-case line is a wrapped description.
    # ... unless it is one package-like word on its own line ("rand-fx", "tiny_ecs").
    names = [n for line in headers
             if (n := _project_name(line, allow_bare=not clean_line(line)[:1].islower()
                                    or _PACKAGE_NAME.fullmatch(clean_line(line)) is not None))]
    if not names:
        names = [n for line in lines if BULLET.match(line) and (n := _project_name(line, allow_bare=False))]
    return unique_ci(names)


# A list item wrapped onto the next line, which opens in lower case, on an ampersand or on a code span ("- **Cotação
# Bot** — Telegram bot that compares ..." / "`Python` — 2022", "... ByteBash CTF" / "& Hack Day 2024"); a package's
# name before its stack opens the next project ("tinyraft | Go")
_ITEM_CONTINUATION = re.compile(r"^\s*(?:[a-z]|&\s|`)(?![\w.-]*\s+\|\s)")


def _join_wrapped_items(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if (out and BULLET.match(out[-1]) and not BULLET.match(line) and _ITEM_CONTINUATION.match(line)
                and (not line.lstrip()[:1].islower() or not out[-1].rstrip().endswith((".", "!", "?")))):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


_SUBHEADING = re.compile(r"^\s*#{3,6}\s+\S")
# The header row of a table of projects ("| Project | Client | Year |")
_PROJECT_TABLE_HEADER = re.compile(r"\s*\|?\s*(?:projects?|project name|name|title)\s*\|", re.IGNORECASE)
# A PDF line that opens with the separator after a project's name: what a right-aligned or styled run puts on a line
# of its own ("Allotment Finder" / "| Python, Flask", "Riverbend Footbridge Renewal Stage 3" / "— $4M · Carrow Civil")
_DETAIL_CONTINUATION = re.compile(r"^\s*(?:\||[—–]\s)")


def _join_project_details(lines: list[str]) -> list[str]:
    """A name line and the details line that continues it become one "Name | details" line."""
    out: list[str] = []
    for line in lines:
        if (out and _DETAIL_CONTINUATION.match(line) and not BULLET.match(out[-1])
                and not _PROJECT_SEPARATOR.search(clean_line(out[-1])) and not _is_sentence(clean_line(out[-1]))):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


# "Project Title | Claims Hub", "Project Name: Order Routing Engine", "Project Title | : ..." (a Word table row)
_PROJECT_TITLE_ROW = re.compile(r"^(?:project\s*(?:title|name)|title)\s*(?:\|\s*:?|:)\s*(\S.*)$", re.IGNORECASE)
_PACKAGE_NAME = re.compile(r"[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+")


def _project_name(line: str, *, allow_bare: bool) -> str | None:
    text = _NUMBERED_PROJECT.sub("", clean_line(line))  # "Project #1: Loan Origination System"
    parts = _PROJECT_SEPARATOR.split(text, maxsplit=1)
    if len(parts) == 2:
        name = parts[0]
    elif allow_bare and len(text.split()) <= 5 and not text.endswith("."):
        name = text
    else:
        return None
    name = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*$", "", name).strip(" *_-–—:|`")  # "Name (2023)", "Name [link]", "`name`"
    if (not name or len(name.split()) > 6 or name.lower() in _PROJECT_LABELS
            or re.match(r"https?://|www\.", name) or DATE_RANGE.fullmatch(name)):
        return None
    return name


def _education(section: str) -> list[str]:
    """One entry per degree; a school or year on its own line joins the degree above it (and vice versa);
    detail lines (coursework, grades) are left out."""
    entries: list[str] = []
    section = "\n".join(_education_events(_join_education_cells(section.split("\n"))))
    # Dates above their degree ("10.2015 – 09.2017" / "M.Sc. Informatik"): seen in a section that opens with them,
    # or once the entry above has its own dates
    leading = next((text for text in map(clean_line, section.split("\n")) if text), "")
    dates_lead = bool(leading) and _only_dates(leading)
    dates_first = ""
    dated: dict[int, str] = {}  # entry index -> the dates read above it, written at its end
    for line in section.split("\n"):
        text = clean_line(line)
        if not text or TABLE_RULE.fullmatch(line):
            continue
        if "|" in text and all(_education_column(c) for c in text.split("|") if c.strip()):
            continue  # the header row of an education table: "Qualification | Institute | Year | Percentage"
        # a school word inside brackets describes a course, it names no school ("Advanced Leader Course (army
        # leadership school), 2018")
        has_degree, has_school = bool(_DEGREE.search(text)), bool(_SCHOOL.search(re.sub(r"\([^()]*\)", "", text)))
        only_dates = _only_dates(text) or _place_and_dates(text)  # "Limerick, Ireland · 2012 – 2016"
        if only_dates and (dates_lead or (entries and re.search(r"(?:19|20)\d\d", entries[-1]))
                           or len(entries) - 1 in dated):
            dates_first = text
            continue
        # the degree under its school, set off by a dash ("Ardmore Business School" / "— MBA (Finance)")
        dash_degree = bool(re.match(r"\s*[—–-]\s", line)) and has_degree and not has_school
        if entries and (not BULLET.match(line) or dash_degree) and not dates_first:
            last = entries[-1]
            completes = ((has_school and not has_degree and not _SCHOOL.search(last))
                         or (has_degree and not has_school and not _DEGREE.search(last)) or only_dates)
            if completes or text[0].islower():
                entries[-1] = f"{last}, {text}"
                continue
        if has_degree or has_school or not entries:
            entries.append(text)
            if dates_first:
                dated[len(entries) - 1] = dates_first
            dates_first = ""
    return [f"{entry}, {dated[i]}" if i in dated else entry for i, entry in enumerate(entries)
            if not _school_level(entry)]


# School-leaving qualifications, which an Education section lists under the degrees ("Abitur", "HSC | ... | 2011",
# "West African Senior School Certificate (WASSCE) — ... High School, 2009"): no degree. Indian boards' "Class XII",
# British "A-levels" / "GCSEs", the Irish "Leaving Certificate", the French "Baccalauréat".
_SCHOOL_LEVEL = re.compile(r"(?<!\w)(?:abitur|matura|h\.?s\.?c\.?|s\.?s\.?c\.?|sslc|class\s+(?:x|xii|10|12)(?:th)?|(?:higher|senior)"
                           r"\s+secondary(?:\s+school)?|secondary\s+school|high\s+school|senior\s+school"
                           r"|wassce|waec|a[- ]levels?|o[- ]levels?|gcses?|leaving\s+certificate|baccalauréat|matriculation"
                           r"|(?:10|12)th(?:\s+(?:standard|std|grade))?|intermediate(?=\s*[(|,])|junior\s+college"
                           r"|(?:elementary|primary|middle|grade|junior\s+high)\s+school|gymnasium|lyc[ée]e|liceo"
                           # South Africa's and Canada's school-leaving certificates
                           r"|national\s+senior\s+certificate|matric|grade\s+12)"
                           r"(?:\s+(?:diploma|certificate))?(?!\w)", re.IGNORECASE)


def _school_level(entry: str) -> bool:
    """A school-leaving row: a school-level name and, once it is set aside, no degree."""
    return _SCHOOL_LEVEL.search(entry) is not None and not _DEGREE.search(_SCHOOL_LEVEL.sub(" ", entry))


def _place_and_dates(text: str) -> bool:
    """"Limerick, Ireland · 2012 – 2016": where and when a degree was studied, on the line under it."""
    match = DATE_RANGE.search(text)
    return match is not None and is_place(text[:match.start()].strip(" ,·|•–—-")) and not text[match.end():].strip(
        " ,·|•–—-)")


_EDUCATION_COLUMNS = {"qualification", "degree", "course", "institute", "institution", "school", "college",
                      "university", "board / university", "board/university", "board", "year", "year of passing",
                      "percentage", "cgpa", "gpa", "grade", "marks", "result", "specialisation", "specialization",
                      "%", "passing year", "year of completion", "marks obtained", "% marks", "score", "division",
                      "class", "stream", "major", "duration", "name of institution", "name of the institution",
                      "period", "status", "dates", "date", "field of study", "field"}
_SCHOOL_COLUMNS = {"institute", "institution", "school", "college", "university", "board", "name of institution",
                   "name of the institution"}


_ENTERED = re.compile(r"(?:entered|enrolled (?:at|in))\b", re.IGNORECASE)
_GRADUATED = re.compile(r"(?:graduated from|completed(?: the)?)\s+(?P<what>.+?)\s*(?:\((?P<degree>[^)]*)\))?",
                        re.IGNORECASE)


def _education_events(lines: list[str]) -> list[str]:
    """A rirekisho's schooling told as events ("2009 | 4 | Entered ...", "2013 | 3 | Graduated from <school>
    (<degree>)"): the day a school was finished is the entry, "<degree>, <school>, <year>"; entering it is none."""
    out = []
    for line in lines:
        event = _EVENT_ROW.match(clean_line(line))
        if event and _ENTERED.match(event[3]):
            continue
        if event and (done := _GRADUATED.fullmatch(event[3].strip())):
            out.append(", ".join(part for part in (done["degree"], done["what"], event[1]) if part))
            continue
        out.append(line)
    return out


def _join_education_cells(lines: list[str]) -> list[str]:
    """A PDF's education table read one cell a line ("Period" / "School" / "Major / Degree" / "Status" /
    "2010.03 ~ 2015.02" / "Namsan National University" / ...) back into one "a | b | c" line a row: a header of
    three or more column names with a school column, then rows of as many cells that name a year."""
    def rewrite(names: list[str], k: int) -> tuple[list[str], int] | None:
        if len(names) < 3 or not any(part.strip() in _SCHOOL_COLUMNS for name in names for part in name.split("/")):
            return None
        rows, end = _cell_rows(lines, k, len(names),
                               lambda cells: re.search(r"(?:19|20)\d\d", " ".join(cells)) is not None)
        return ([" | ".join(names), *(" | ".join(cells) for cells in rows)], end) if rows else None

    return _rewrite_cell_tables(lines, lambda line: bool(clean_line(line)) and _education_column(clean_line(line)),
                                rewrite)


def _education_column(cell: str) -> bool:
    """A column name of an education table, alone or with another ("University / Board", "CGPA/%")."""
    return all(part.strip() in _EDUCATION_COLUMNS for part in cell.lower().split("/") if part.strip())


def _only_dates(text: str) -> bool:
    return re.fullmatch(rf"[\d\s–—-]+|{DATE_RANGE.pattern}", text, re.IGNORECASE) is not None or bool(
        ONE_DATE.fullmatch(text))


def _entries(section: str) -> list[str]:
    """One entry per line or bullet; a line starting in lower case continues the previous entry."""
    entries: list[str] = []
    for line in section.split("\n"):
        text = clean_line(line)
        if not text:
            continue
        if entries and text[0].islower() and not BULLET.match(line):
            entries[-1] = f"{entries[-1]} {text}"
        else:
            entries.append(text)
    return entries


def _resume_skills(text: str, skills_section: str) -> list[str]:
    """Skills-section items first (known skills by canonical name, unknown items as written, lower-cased), then
    the known skills mentioned anywhere else in the resume."""
    lexicon = load_skill_lexicon()
    skills: list[str] = []
    for item in _skill_items(skills_section):
        found = lexicon.find(item, skills_context=True)
        if found:
            skills += found
        elif _short_item(item) and re.search(r"[A-Za-z]", item):
            skills.append(item.lower())
    return unique(skills + lexicon.find(text))


def _short_item(item: str) -> bool:
    """Short enough to name a skill rather than say a sentence: up to four words, not counting the "and" that joins
    two of them ("Stock control and shrinkage reduction") or a bracket that qualifies the item; up to six when every
    word is capitalised, as in the name of a syllabus or a product ("AQA GCSE English Language and Literature")."""
    core = re.sub(r"\s*\([^()]*\)", "", item)
    words = [word for word in core.split() if word.lower() not in {"and", "&"}]
    named = len(words) <= 6 and len(core) <= 50 and all(word[0].isupper() for word in words)
    return 1 <= len(words) and (len(words) <= 4 and len(core) <= 40 or named)


_LEVEL = re.compile(r"(?i:expert|advanced|intermediate|proficient|basic|beginner|fluent|native|good|very good"
                    r"|working knowledge|familiar|strong|[A-C][12]|\d(?:\.\d)?\s*/\s*\d+|\d+\s*(?:years?|yrs?)"
                    # the same levels as CVs in other languages write them ("SAP FI/CO (avançado)")
                    r"|avançad[oa]|intermediári[oa]|básic[oa]|fluente|nativ[oa]|avanzad[oa]|intermedi[oa]|experto"
                    r"|avancé|intermédiaire|débutant|courant|notions|fortgeschritten|grundkenntnisse|sehr gut"
                    r"|gut|verhandlungssicher|fließend|muttersprache|[★☆●○■□*]+)")
_SKILL_TABLE_HEADERS = {"skill", "skills", "level", "proficiency", "category", "technology", "tool", "tools",
                        "years", "experience", "area"}


# A "Languages:" line whose items carry a speaker's level ("English (native)", "German (B2)"): spoken languages, where
# "Languages: Python, Go" lists programming ones
_SPOKEN_LANGUAGES = re.compile(r"(?:spoken\s+)?languages?\s*:.*\((?:native|fluent|bilingual|conversational"
                               r"|mother tongue|(?-i:[A-C][12]))\)", re.IGNORECASE)
# A ticket or licence someone holds, listed among the skills ("CSCS card holder", "Full UK driving licence"): no skill
_CREDENTIAL = re.compile(r"\b(?:card|licen[cs]e|ticket|permit)\s+holder\b|\bdriv(?:ing|er['’]?s)\s+licen[cs]e\b",
                         re.IGNORECASE)
_GROUP_ROW = re.compile(r"[^|,]+\|[^|]+,[^|]*")  # "Quality Tools | PFMEA, SPC, 8D"


def _skill_items(section: str) -> list[str]:
    """Items of a skills list: split on commas, semicolons, pipes, bullets and brackets ("AWS (S3, EMR)"), with
    "Languages:"-style labels dropped. A line wrapped inside a comma-separated list continues its item."""
    pieces: list[str] = []
    comma_list = "," in section or ";" in section  # items wrapped over lines continue across the break
    # ... and in a list set off by middle dots or bullets within its lines, a line that starts in lower case
    # continues the item it wraps ("Coaching · Change" / "management"); a capital starts the next item. Word's
    # bullet comes out of a LibreOffice PDF as the private-use glyph U+F0B7.
    dot_list = re.search(r"[^\s·•\uf0b7]\s+[·•\uf0b7]\s+\S", section) is not None
    lexicon = load_skill_lexicon()
    lines = section.split("\n")
    # a table of "group | items" rows: a row with one item has its group first too ("ERP | SAP PP"); a row of
    # bulleted cells is items ("◦ HACCP | ◦ Sous-vide")
    grouped = sum(_GROUP_ROW.fullmatch(clean_line(line)) is not None for line in lines) >= 2

    def label_like(text: str) -> bool:
        return (bool(text) and not re.search(r"[,;|•·/()]", text) and len(text.split()) <= 3
                and not lexicon.find(text, skills_context=True))

    # Groups labelled on lines of their own, alternating with their items ("Automation" / "Siemens TIA Portal, WinCC" /
    # "Office" / "Microsoft Office"): every other line is a label, a label over a single item too
    filled = [n for n, line in enumerate(lines) if line.strip()]
    texts = [clean_line(lines[n]) for n in filled]
    over_lists = [k for k in range(len(texts) - 1) if label_like(texts[k]) and "," in texts[k + 1]]
    parity = over_lists[0] % 2 if over_lists else 0
    alternating = (len(over_lists) >= 2 and all(k % 2 == parity for k in over_lists)
                   and all(label_like(texts[k]) for k in range(parity, len(texts), 2)))
    label_lines = {filled[k] for k in range(parity, len(texts) - 1, 2)} if alternating else set()
    after_label = False
    for n, line in enumerate(lines):
        if _SPOKEN_LANGUAGES.match(clean_line(line)):
            continue  # "Languages: English (native), Italian (fluent)": the languages one speaks are no skills
        text = re.sub(r"^[^:,]{1,40}:\s*", "", clean_line(line))  # "Languages: Python, Go" -> "Python, Go"
        # ... and a group's label set off by a dash before a comma list ("Tools — Figma, FigJam, Maze"), where a
        # spoken language's dash leads to its levels ("English – C1 (understanding), C1 (speaking)")
        if not re.search(r"\b[A-C][12]\b", text):
            text = re.sub(r"^[^\W\d_][^:,—–]{0,30}?\s+[—–]\s+(?=[^,]+,)", "", text)
        following_raw = next((x for x in lines[n + 1:] if x.strip()), "")
        following = clean_line(following_raw)
        # ... or over a bulleted list ("Software" / "• 12d Model" / "• Aconex"), the bullet perhaps on a line of its
        # own as PDFs set it
        previous_raw = next((x for x in reversed(lines[:n]) if x.strip()), "")
        bullets_below = bool(BULLET.match(following_raw) or _LONE_BULLET.fullmatch(following_raw)) and not (
            _LONE_BULLET.fullmatch(previous_raw))  # "•" / "Contract administration" is an item
        # ... or over a grid of skills, each over its level ("Programming & tools" / "C" / "very good" / "C++")
        after_next = [clean_line(x) for x in lines[n + 1:] if x.strip()][1:2]
        levels_below = bool(after_next) and _LEVEL.fullmatch(after_next[0]) is not None and not _LEVEL.fullmatch(
            following) and not _LEVEL.fullmatch(text)
        single_below = n in label_lines
        if (label_like(text) and ("," in following or bullets_below or levels_below or single_below)
                and not BULLET.match(line) and not (dot_list and text[:1].islower())):  # a wrapped item's end
            # ... and between two comma lists, the list under it starts afresh ("Revit, AutoCAD" / "Design" /
            # "Bridge rehabilitation, Load rating"): its first item does not continue the last one above
            after_label = (n > 0 and "," in lines[n - 1]) or single_below
            continue  # a group's label on a line of its own: "Software" / "Aspen Plus, MATLAB, SAP PM"
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if text.startswith("|") and len(cells) >= 2:
            # a table with a level column: "| FreeRTOS | | Advanced | |" -> "FreeRTOS"; its header row goes
            named = [c for c in cells if c and not _LEVEL.fullmatch(c) and re.search(r"[^\W\d_]", c)]
            if all(c.lower() in _SKILL_TABLE_HEADERS for c in named):
                continue
            text = ", ".join(named) if "," not in text else text
        if (len(cells) >= 2 and ("," in text or (grouped and not BULLET.match(line)))
                and not lexicon.find(cells[0], skills_context=True)
                and not BULLET.match(cells[0])):  # "| - Sage 300 | - Power BI |" is items, not a group and items
            # a table row or tab-separated line, its group first: "| Streaming | Kafka, Flink |", "Cloud | GCP, AWS"
            text = ", ".join(c for c in cells[1:] if c)
        elif text.startswith("|") and (not re.search(r"[^|:\s-]", text) or not lexicon.find(text, skills_context=True)):
            continue  # a table's rule or header row: "|---|---|", "| Category | Skills |"
        if not text:
            continue
        # an item wraps onto the next line, never across an empty one
        starts_new = (BULLET.match(line) or text != clean_line(line) or not pieces or not lines[n - 1].strip()
                      or after_label)
        after_label = False
        if ((comma_list or (dot_list and text[:1].islower())) and not starts_new
                and not re.search(r"[,;|•·]\s*$", pieces[-1])):
            pieces[-1] = f"{pieces[-1]} {text}"
        else:
            pieces.append(text)
    items = [i.strip(" .-–—*") for piece in pieces for part in _top_level_items(piece)
             for i in _bracket_items(part, lexicon)]
    # "Python (basic)": the level in brackets is no skill
    return [re.sub(r"^(?:and|or)\s+", "", i) for i in items if i and not _LEVEL.fullmatch(i)
            and not _CREDENTIAL.search(i)]


# Items split on commas, semicolons, pipes, " / " or a wide gap between columns ("Figma / Framer", "Procore  WHS
# Compliance"), on bullet glyphs, check marks among them ("◦ HACCP | ◦ Sous-vide", "✓ Tender management ✓ Salesforce")
# and on Markdown code spans ("`Rust` `Go`"); "CI/CD" stays.
_ITEM_SEPARATOR = re.compile(r"[,;|•·◦▪‣`\[\]\ue000-\uf8ff✓✔➢➤►▸■●◆❖]|\s+/\s+|\s{2,}")


def _top_level_items(piece: str) -> list[str]:
    """A list line split between its items, with each bracket kept with the item it follows ("Non-destructive testing
    (eddy current, dye penetrant)", "AWS (S3, EMR)")."""
    parts: list[str] = []
    depth = start = 0
    for token in re.finditer(rf"[()]|{_ITEM_SEPARATOR.pattern}", piece):
        if token.group() in "()":
            depth = max(depth + (1 if token.group() == "(" else -1), 0)
        elif depth == 0:
            parts.append(piece[start:token.start()])
            start = token.end()
    return [*parts, piece[start:]]


def _bracket_items(item: str, lexicon: SkillLexicon) -> list[str]:
    """A bracket after an item lists known skills or a level ("AWS (S3, EMR)", "Python (basic)"): each is an item
    of its own. Around no known skill it qualifies the item, which is kept as written and without the bracket
    ("Triage (ATS)" and "Triage", "Lean Six Sigma (Green Belt)" and "Lean Six Sigma")."""
    inner = re.search(r"\(([^()]*)\)", item)
    if inner and not lexicon.find(item, skills_context=True) and not _LEVEL.fullmatch(inner.group(1).strip()) \
            and not re.search(r"\d\s*\+?\s*(?:years?|yrs?)", inner.group(1), re.IGNORECASE):
        return [item.strip(), item[:inner.start()]]
    return re.split(rf"[()]|{_ITEM_SEPARATOR.pattern}", item)

