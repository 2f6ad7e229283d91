"""The structure of a document's text: bullets and markup, date ranges, section headings and the sections they open.

Shared by the resume and job-description parsers. Document text is always data: nothing in it changes how it is
parsed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

# Private-use glyphs are what Word's symbol-font bullets become when a PDF is read back (LibreOffice exports).
BULLET = re.compile(r"^\s*(?:[-*•·▪◦‣–—+>›»▸►▹➢➤→✓✔■□●○◆◇❖\ue000-\uf8ff]|\d{1,2}[.)])\s*(?<=\s|[\ue000-\uf8ff])")
_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
# A Markdown table's rule under its header row: "|---|:---:|"
TABLE_RULE = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")
_ATX = re.compile(r"^\s*(#{1,6})\s+(.*?)\s*#*\s*$")

_RESUME_HEADINGS: dict[str, str] = {
    **dict.fromkeys(["summary", "profile", "about", "about me", "objective", "career objective", "overview",
                     "personal statement", "personal profile", "introduction", "bio", "summary of qualifications",
                     "qualifications summary", "highlights of qualifications"], "summary"),
    **dict.fromkeys(["experience", "work", "work experience", "employment", "employment history", "work history",
                     "career history", "professional background", "experience history", "positions",
                     "career", "appointments", "academic appointments", "positions held",
                     "professional experience", "teaching experience",
                     # a career drawn as a timeline: "Career Timeline", "Employment Timeline"
                     "timeline",
                     # a freelancer's or contractor's list of engagements ("FREELANCE CONTRACTS", "Contract Work")
                     "freelance contracts", "freelance work", "freelance experience", "freelance engagements",
                     "contract work", "contract experience", "contract roles", "contracts", "contract history",
                     # a student's or graduate's work under headings of its kind ("INTERNSHIPS", "PART-TIME &
                     # VACATION WORK")
                     "internships", "internship experience", "summer internship", "summer internships",
                     "winter internship", "part-time work", "part-time experience",
                     "vacation work", "part-time and vacation work", "part-time employment", "holiday work",
                     # ... and the employment beside them ("## Contracts" then "## Permanent roles")
                     "permanent roles", "permanent positions", "permanent employment",
                     # a career told as a story ("Professional Journey", "My career journey")
                     "journey", "career journey"], "experience"),
    **dict.fromkeys(["projects", "side projects", "open source", "open source projects", "open source work",
                     "portfolio", "project experience", "selected work", "case studies", "work samples",
                     "project highlights", "projects highlights",
                     # Indian resumes' project tables ("PROJECT DETAILS:", "Projects Handled")
                     "project details", "projects details", "projects handled", "projects undertaken", "key projects",
                     "project profile", "projects worked on"],
                    "projects"),
    **dict.fromkeys(["skills", "tools", "technologies", "tech stack", "skills and tools", "skills and technologies",
                     "tools and technologies", "competencies", "core competencies", "expertise", "proficiencies",
                     "technical proficiencies", "areas of expertise", "skill set", "skillset", "strengths", "toolbox",
                     "toolkit", "stack",  # "## 🛠 Stack" over a developer's tools
                     # the public service's word for them ("Key capabilities")
                     "capabilities", "key capabilities", "core capabilities",
                     # ... and the same said in the first person ("What I work with")
                     "what i work with", "what i use", "tools i use"],
                    "skills"),
    **dict.fromkeys(["education", "academic background", "education and training", "academics", "studies",
                     "education and qualifications", "qualifications", "educational qualification",
                     "educational qualifications", "academic qualifications",
                     # ... and the headings of Indian, African, Gulf and Philippine CVs ("ACADEMIC QUALIFICATION",
                     # "Academic Details", "Educational Background", "Educational Attainment"), where "details"
                     # alone names no section
                     "qualification", "academic qualification", "professional qualification",
                     "academic details", "educational details", "education details", "educational background",
                     "education background", "academic credentials", "academic record", "academic records",
                     "academic history", "educational history", "scholastic profile", "scholastic record",
                     "degrees", "educational attainment"], "education"),
    **dict.fromkeys(["certifications", "certification", "certificates", "licenses and certifications",
                     "certifications and licenses", "courses and certifications", "accreditations",
                     "certifications and training", "licenses", "trainings", "trainings and certifications",
                     # a tradesperson's or engineer's site cards and licences ("TICKETS & LICENCES")
                     "licences", "tickets", "tickets and licences", "tickets and licenses", "licences and tickets",
                     "licenses and tickets"], "certifications"),
    **dict.fromkeys(["languages", "spoken languages", "languages known", "language proficiency"], "languages"),
    **dict.fromkeys(["awards", "honors", "honours", "awards and honors", "achievements", "accomplishments",
                     "grants", "grants and awards", "awards and grants", "funding", "fellowships", "recognition"],
                    "awards"),
    **dict.fromkeys(["publications", "talks", "publications and talks", "speaking", "patents"], "publications"),
    **dict.fromkeys(["volunteering", "volunteer experience", "volunteer work", "community", "voluntary service",
                     "voluntary work", "volunteer service", "volunteer"], "volunteering"),
    **dict.fromkeys(["interests", "hobbies", "hobbies and interests", "activities", "leadership and activities",
                     "activities and leadership", "extracurricular activities", "extracurriculars",
                     "campus involvement", "student activities", "societies",
                     # a student's society and committee posts: not jobs
                     "positions of responsibility", "extra-curricular activities", "extra curricular activities",
                     "extracurricular", "co-curricular activities"], "interests"),
    **dict.fromkeys(["references", "contact", "contact information", "courses", "training", "teaching",
                     "supervision", "service", "professional service", "memberships", "membership", "affiliations",
                     "board appointments", "board positions", "board memberships", "non-executive roles",
                     "governance roles", "research interests", "research", "driving licence", "driving license",
                     # the closing blocks of many CVs outside the US: date of birth, nationality, "I hereby declare"
                     "personal details", "personal data", "personal information", "personal particulars",
                     "declaration",
                     # a resume builder's sidebar: "Details" (address, phone), "Links" (Behance, LinkedIn)
                     "details", "contact details", "links", "social", "social links", "profiles", "online profiles",
                     # a conscript's service in a section of its own (Singapore, Korea, Israel): not a job held
                     "national service", "military service"],
                    "other"),
    # Europass: "Personal skills" holds the languages, "Digital skills" the tools.
    "personal skills": "languages", "digital skills": "skills", "digital competences": "skills",
    # The usual headings of German, French, Spanish, Italian and Portuguese CVs.
    **dict.fromkeys(["werkervaring", "werkervaring en stages", "doświadczenie zawodowe", "doświadczenie",
                     "berufserfahrung", "berufliche erfahrung", "beruflicher werdegang", "praxiserfahrung",
                     "expérience professionnelle", "expériences professionnelles", "expérience", "experiencia",
                     "experiencia laboral", "experiencia profesional", "esperienza professionale", "esperienze",
                     "experiência profissional", "arbeidserfaring", "yrkeserfaring", "arbetslivserfarenhet",
                     "erhvervserfaring", "työkokemus", "pracovní zkušenosti", "szakmai tapasztalat",
                     "pengalaman kerja", "pengalaman", "kinh nghiệm làm việc", "kinh nghiệm"], "experience"),
    **dict.fromkeys(["opleiding", "opleidingen", "wykształcenie", "edukacja", "formación académica",
                     "ausbildung", "bildungsweg", "studium", "formation", "formación", "educación", "istruzione",
                     "formazione", "formação", "educação", "utdanning", "utbildning", "uddannelse", "koulutus",
                     "vzdělání", "tanulmányok", "pendidikan", "học vấn", "trình độ học vấn"], "education"),
    **dict.fromkeys(["vaardigheden", "competenties", "umiejętności", "kenntnisse", "it-kenntnisse", "edv-kenntnisse", "fachkenntnisse", "fähigkeiten", "compétences",
                     "compétences techniques", "habilidades", "competencias", "competenze", "competências",
                     "kompetanse", "ferdigheter", "kompetenser", "kompetencer", "taidot", "dovednosti", "készségek",
                     "programvare", "keahlian", "keterampilan", "kỹ năng"], "skills"),
    **dict.fromkeys(["talen", "języki", "języki obce", "sprachen", "sprachkenntnisse", "langues", "idiomas", "lingue"], "languages"),
    **dict.fromkeys(["projekte", "projets", "proyectos", "progetti", "projetos", "proyek"], "projects"),
}
_SKILL_LIST_WORDS = {"software", "methods", "tools", "programming", "technologies", "platforms", "languages",
                     "frameworks", "techniques", "equipment", "applications", "systems", "technical"}
# Heading words that also end ordinary phrases, so they name a heading only on their own or in the table above.
_NAMES_NOT_HEADINGS = {"studies", "tools", "technologies", "positions", "portfolio", "strengths", "expertise",
                       "training", "career", "qualifications", "journey"}  # "Journey mapping" is a skill
# Words that only qualify a heading: "Professional Experience", "Technical Skills", "Selected Projects".
_HEADING_QUALIFIERS = {"work", "professional", "relevant", "technical", "key", "selected", "personal", "core",
                       "additional", "other", "recent", "notable", "my", "industry", "career", "academic", "and",
                       "previous", "prior", "earlier", "past", "further"}
# Labels that may carry their section's content on the same line ("Skills: Python, Go"). Only these plain names:
# "Languages: Python, Go" or "Technologies: React" are lines inside a Skills section or under a project.
_INLINE_HEADINGS = {"summary", "profile", "skills", "technical skills", "key skills", "core skills", "education",
                    "certifications", "requirements", "must have", "nice to have", "preferred", "bonus",
                    "responsibilities"}

_JD_HEADINGS: dict[str, str] = {
    **dict.fromkeys(["about us", "who we are", "about the company", "the company", "company", "our company",
                     "our mission", "company overview", "about"], "about"),
    **dict.fromkeys(["the role", "about the role", "role", "the opportunity", "overview", "position summary",
                     "job summary", "summary", "about the job", "about the position", "the position",
                     "role overview", "job description", "description"], "role"),
    **dict.fromkeys(["responsibilities", "key responsibilities", "your responsibilities", "what you'll do",
                     "what you will do", "what you'll be doing", "what you will be doing", "duties",
                     "in this role you will", "in this role", "day to day", "the work", "your role", "your impact",
                     "what you'll work on", "what you will work on", "job duties", "role and responsibilities",
                     "roles and responsibilities", "you will", "what the job involves"], "responsibilities"),
    **dict.fromkeys(["requirements", "must have", "must haves", "must-have", "must-haves", "qualifications",
                     "minimum qualifications", "basic qualifications", "required qualifications",
                     "what you'll need", "what you will need", "you have", "what we're looking for",
                     "what we are looking for", "who you are", "required skills", "skills", "about you",
                     "you should have", "you bring", "what you bring", "requirements and qualifications",
                     "skills and experience", "experience", "key requirements", "essential", "essential skills",
                     "what we need", "we're looking for", "we are looking for", "you'll need", "you will need",
                     "job requirements", "skills and qualifications", "your profile", "profile"],
                    "requirements"),
    **dict.fromkeys(["nice to have", "nice to haves", "nice-to-have", "nice-to-haves", "preferred",
                     "preferred qualifications", "bonus", "bonus points", "plus", "pluses", "it's a plus",
                     "would be a plus", "desirable", "good to have", "extra credit", "preferred skills",
                     "desired qualifications", "desired skills", "bonus if you have", "even better if",
                     "nice to have but not required", "additional qualifications"], "nice_to_have"),
    **dict.fromkeys(["what we offer", "benefits", "perks", "perks and benefits", "compensation", "why join",
                     "why join us", "we offer", "salary", "compensation and benefits", "why work with us",
                     "what's in it for you"], "benefits"),
    **dict.fromkeys(["about the team", "the team", "how we work", "our team", "team"], "team"),
    **dict.fromkeys(["how to apply", "hiring process", "interview process", "our process", "next steps"],
                    "process"),
}


_Classifier = Callable[[str], "str | None"]  # heading text -> section key, None when not a known heading


@dataclass
class _Section:
    key: str
    heading: str
    lines: list[str]


def _heading_key(text: str) -> str:
    """Lower-case heading words without markup or punctuation: "**Work Experience:**" -> "work experience"."""
    text = text.strip().strip("#*_=:|-–— \t").replace("’", "'").replace("&", " and ").lower()
    return re.sub(r"\s+", " ", re.sub(r"[^\w' -]", " ", text)).strip()


def classify_resume_heading(text: str) -> str | None:
    if "/" in text:  # bilingual headings: "Werkervaring / Experience"
        for part in text.split("/"):
            if key := classify_resume_heading(part):
                return key
        return None
    key = _heading_key(text)
    if key in _RESUME_HEADINGS:
        return _RESUME_HEADINGS[key]
    # "Languages & Professional Membership", "Awards and Memberships": two sections of the kinds that hold no work,
    # skills or schooling under one heading, named by the first
    halves = key.split(" and ")
    if len(halves) == 2 and all(halves):
        kinds = [classify_resume_heading(half) for half in halves]
        if None not in kinds and not {"experience", "projects", "skills", "education"} & set(kinds):
            return kinds[0]
        # ... and two names of one section ("Sales Skills & Tools", "Technical Skills and Toolkit")
        if kinds[0] is not None and kinds[0] == kinds[1]:
            return kinds[0]
    # "Methods & Software", "Tools and Software": two or more words that each name the things a skills list holds (one
    # alone, "Software", is as often a line of a role or a project)
    named = [w for w in key.split() if w not in ("and", "of")]
    if len(named) >= 2 and all(w in _SKILL_LIST_WORDS for w in named):
        return "skills"
    words = [w for w in key.split() if w not in _HEADING_QUALIFIERS] or key.split()[-1:]  # "Previous Career"
    stripped = " ".join(words)
    if stripped in _RESUME_HEADINGS:
        return _RESUME_HEADINGS[stripped]
    # "Bootcamp Case Studies", "Hackathon Side Projects": a known two-word heading after a word that qualifies it.
    if len(words) == 3 and " ".join(words[1:]) in _RESUME_HEADINGS:
        return _RESUME_HEADINGS[" ".join(words[1:])]
    # "Skills & Tools", "Licenses & Certifications": a two- or three-word heading named by its first/last word;
    # in "X of Y" only X names it ("Dates of Employment" is a form's label, not Experience).
    if 1 < len(words) <= 3:
        for word in (words[0],) if "of" in words else (words[0], words[-1]):
            if word in _NAMES_NOT_HEADINGS:
                continue  # "Diary Studies", "User Research", "Developer Tools" are items of a list
            if _RESUME_HEADINGS.get(word) in {"experience", "projects", "skills", "education", "certifications"}:
                return _RESUME_HEADINGS[word]
    return None


def classify_jd_heading(text: str) -> str | None:
    key = _heading_key(text)
    if key in _JD_HEADINGS:
        return _JD_HEADINGS[key]
    if key.startswith("about "):  # "About Fernhollow"
        return "about"
    if re.match(r"(bonus|nice|preferred|plus)\b", key):
        return "nice_to_have"
    return None


def split_sections(text: str, classify: _Classifier, *,
                    generic_headings: bool) -> tuple[list[str], list[_Section]]:
    """Lines before the first heading, and the sections. A heading is a line naming a known section in any
    style (markdown #/setext, UPPER CASE, bold, trailing colon); markdown h1/h2 or UPPER CASE lines with other
    names start an "other" section once a known section has been seen, so they end the previous one.
    `generic_headings` also accepts short Title-like lines between blank lines (job descriptions)."""
    lines = text.split("\n")
    preamble: list[str] = []
    sections: list[_Section] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        setext = bool(stripped) and i + 1 < len(lines) and _UNDERLINE.match(lines[i + 1]) is not None
        if _PAGE_FURNITURE.search(stripped):  # a running header or footer at a page break ends no section
            i += 2 if setext else 1
            continue
        heading = _heading_line(lines, i, classify, setext, bool(sections), generic_headings)
        if heading is not None and sections and sections[-1].key == "experience" and heading[0] == "awards" \
                and not stripped.isupper() and _more_roles_below(lines, i, classify):
            heading = None  # "Achievements:" under one role, with more roles after it, labels that role's bullets
        if heading is not None and sections and sections[-1].key == "experience" and heading[0] == "projects" \
                and stripped.endswith(":") and not stripped.isupper() and _more_roles_below(lines, i, classify):
            heading = None  # ... and so does "Key projects:" under a role ("Position: Site Engineer" / "Key projects:")
        if heading is not None and heading[2] and sections and sections[-1].key == "experience" \
                and heading[0] == "skills" and _more_roles_below(lines, i, classify):
            heading = None  # ... and so does LinkedIn's "Skills: Product Management · Payments" under each role
        if heading is not None:
            key, title, inline = heading
            sections.append(_Section(key, title, [inline] if inline else []))
            i += 2 if setext else 1
            continue
        if not _UNDERLINE.match(line):  # rules and setext underlines carry no text
            (sections[-1].lines if sections else preamble).append(line)
        i += 1
    return preamble, sections


_PAGE_FURNITURE = re.compile(r"\bpage \d+ (?:of|/) \d+\b|\((?:continued|cont\.?)\)|^-\s*\d+\s*-$"
                             r"|\s[-–—|·]\s*page \d+$", re.IGNORECASE)  # "... of 2", "Jane Doe - Page 2"


def _more_roles_below(lines: list[str], i: int, classify: _Classifier) -> bool:
    """A dated line follows before the next heading of another kind of section."""
    for line in lines[i + 1:i + 60]:
        text = line.strip().strip(" *_#:")
        if DATE_RANGE.search(line):
            return True
        if text and len(text.split()) <= 6 and classify(text) not in (None, "awards"):
            return False
    return False


def _dated_just_below(lines: list[str], i: int) -> bool:
    """A company written in capitals over its roles ("ASHGROVE PARTNERS LLP" / "Manager | London | 2020 – Present")
    is part of the section it stands in, not a new heading."""
    below = [line for line in lines[i + 1:i + 4] if line.strip()][:2]
    return any(DATE_RANGE.search(line) for line in below)


# National, military or community service under a heading of its own ("NATIONAL YOUTH SERVICE" over "Corps Member,
# ... | 2011 – 2012"): a heading even with a dated line below it; a company is "... SERVICES" in the plural.
_SERVICE_HEADING = re.compile(r"\bSERVICE(?:\s*\([A-Z]{2,6}\))?$")  # ... with its acronym: "(NYSC)"


# A heading in capitals with its section's first line after it on the same line: what a PDF of a Word table with
# the section names in the left column gives ("PROFILE Capital-projects manager with ...").
_GLUED_HEADING = re.compile(r"^([A-Z][A-Z&/' -]{3,40}?[A-Z])\s+(?=[A-Z][a-z]|[a-z0-9])(.+)$")


_HEADING_ORNAMENT = re.compile(r"[■□◆◇❖▶►●]\s+")


def _heading_line(lines: list[str], i: int, classify: _Classifier, setext: bool, in_sections: bool,
                  generic: bool) -> tuple[str, str, str] | None:
    line = lines[i].strip()
    if ornament := _HEADING_ORNAMENT.match(line):
        # "■ Education", "◆ Career": a heading set off by a glyph, told from a list item by its name and by
        # neighbours that do not start with the same glyph
        text = line[ornament.end():].strip()
        neighbours = [lines[k].strip()[:1] for k in (i - 1, i + 1) if 0 <= k < len(lines)]
        if line[0] not in neighbours and len(text.split()) <= 4 and (key := classify(text)) is not None:
            return key, text, ""
    if not line or BULLET.match(line):
        return None
    if line[:1].islower() and i and lines[i - 1].strip() and not lines[i - 1].rstrip().endswith((".", ":", "!", "?")):
        return None  # a wrapped line of the text above ("(EUR 5–40" / "m projects)"), however it ends
    atx = _ATX.match(line)
    body = atx.group(2) if atx else line
    label, colon, inline = body.partition(":")
    if colon and inline.strip():
        key = classify(label)
        if key is not None and _heading_key(label) in _INLINE_HEADINGS:
            return key, label.strip(" *_#"), inline.strip()
        return None
    glued = _GLUED_HEADING.match(body)  # a heading cell read onto its first line: "EXPERIENCE Senior PM | Acme"
    if glued and (key := classify(glued.group(1))) is not None:
        return key, glued.group(1), glued.group(2)
    title = body.strip(" *_#:")
    bare = re.sub(r"\s*\([^)]*\)$", "", title)  # "EXPERIENCE (contracts and freelance gigs, most recent first)"
    if bare != title and bare and (key := classify(bare)) is not None:
        return key, bare, ""
    if not title or len(title.split()) > 6:
        return None
    key = classify(title)
    if key is not None:
        return key, title, ""
    if not in_sections or DATE_RANGE.search(title):
        return None
    slug = re.sub(r"\W+", "_", _heading_key(title)).strip("_") or "other"
    if setext or (atx and len(atx.group(1)) <= 2):
        return slug, title, ""
    prev_blank = i == 0 or not lines[i - 1].strip()
    next_text = i + 1 < len(lines) and bool(lines[i + 1].strip())
    if (title.isupper() and len(title.split()) <= 4 and re.fullmatch(r"[A-Z][A-Z &/'-]+(?:\s*\([A-Z]{2,6}\))?", title)
            and prev_blank and sum(ch.isalpha() for ch in title) >= 4
            and (not _dated_just_below(lines, i) or _SERVICE_HEADING.search(title))):
        return slug, title, ""
    if (generic and prev_blank and next_text and len(title.split()) <= 5 and title[0].isupper()
            and not re.search(r"[\d.,;!?()|·•—–@]", title) and not colon):
        return slug, title, ""
    return None


def sections_dict(preamble: list[str], sections: list[_Section]) -> dict[str, str]:
    out: dict[str, str] = {}
    header = "\n".join(preamble).strip()
    if header:
        out["header"] = header
    for section in sections:
        body = "\n".join(section.lines).strip()
        if body:
            out[section.key] = f"{out[section.key]}\n\n{body}" if section.key in out else body
    return out


# --- dates

_FOREIGN_MONTHS: dict[str, int] = {
    **{m: i for i, m in enumerate(["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                                   "september", "oktober", "november", "dezember"], start=1)},
    **{m: i for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                   "septembre", "octobre", "novembre", "décembre"], start=1)},
    **{m: i for i, m in enumerate(["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                   "september", "oktober", "november", "december"], start=1)},
    **{m: i for i, m in enumerate(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                   "septiembre", "octubre", "noviembre", "diciembre"], start=1)},
    **{m: i for i, m in enumerate(["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                                   "settembre", "ottobre", "novembre", "dicembre"], start=1)},
    **{m: i for i, m in enumerate(["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
                                   "setembro", "outubro", "novembro", "dezembro"], start=1)},
    **{m: i for i, m in enumerate(["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
                                   "wrzesień", "październik", "listopad", "grudzień"], start=1)},
    **{m: i for i, m in enumerate(["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                                   "september", "oktober", "november", "desember"], start=1)},  # Indonesian
}

# Abbreviations of month names in Portuguese, Spanish and German that English ones do not cover ("fev/2021",
# "ene. 2020", "Okt. 2019")
_FOREIGN_ABBREVIATIONS = {"fev": 2, "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10, "dez": 12, "ene": 1, "dic": 12,
                          "okt": 10, "mrt": 3, "agu": 8, "agt": 8, "des": 12}  # ... and Dutch and Indonesian
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|fev|abr|mai|ago|set|out|dez|ene|dic|okt|mrt|agu|agt|des"
          # the same months in the other languages resumes here come in (German, French, Dutch, Spanish, Italian,
          # Portuguese, Polish), full names only: their abbreviations collide with English words
          + "".join(f"|{name}" for name in _FOREIGN_MONTHS) + r")\.?")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_DATE = (rf"(?:{_DAY}[/.]{_DAY}[/.](?:19|20)\d{{2}}"  # a full date: "01/09/2020" (Europass), "09/15/2020"
         rf"|{_MONTH}\s*[,/-]?\s*(?:(?:19|20)\d{{2}}|['’]\d{{2}})|(?:0?[1-9]|1[0-2])\s*[/.]\s*(?:19|20)\d{{2}}"
         r"|(?:0[1-9]|1[0-2])/\d{2}(?![\d/])|['’]\d{2}(?!\d)"  # "03/21", "’19"
         rf"|(?:19|20)\d{{2}}\s*[/.-]\s*(?:0[1-9]|1[0-2])(?!\d)"
         r"|(?:Q[1-4]\s*)?(?:19|20)\d{2})")  # a year, or a quarter of one ("Q3 2020", a sales team's calendar)
# "June 2017 to Till Date", "Sept 2019 – date", and the same in the languages resumes here come in
_PRESENT = (r"(?:present|current(?:ly)?|now|today|ongoing|(?:till|to) date|date|heute|aujourd['’]hui|actuel(?:lement)?"
            r"|presente|actualidad|hoy|oggi|in corso|atual|heden|nu|obecnie|prezent|d\.\s?d\.|continuing"
            r"|jelenleg|současnost|dosud|sekarang|saat ini|hiện tại|nay|nykyhetki|nykyään|pågående)")
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
DATE_RANGE = re.compile(
    rf"(?<![\w/])(?P<start>{_DATE})\s*(?:[-–—−~]+|(?:to|until|till|through):?|→|->)\s*(?P<end>{_DATE}|{_PRESENT})(?!\w)"
    rf"|(?<!\w)(?:since|seit|depuis|desde|dal)\s+(?P<since>{_DATE})(?!\w)"
    # A range left open at the end of its line: "Soar Valley Food Bank, Leicester | 2020 –" runs to the present
    rf"|(?<![\w/])(?P<open_start>{_DATE})\s*[-–—]\s*$"
    # Months of one year: "Sep–Dec 2023"; one month opening a line before a bar: "Apr 2022 | Festival do Tejo".
    rf"|(?<!\w)(?P<first_month>{_MONTH})\s*[-–—]\s*(?P<last_month>{_MONTH})\s*,?\s*(?P<months_year>(?:19|20)\d{{2}})(?!\w)"
    rf"|^(?P<lone_month>{_MONTH}\s+(?:19|20)\d{{2}})(?=\s*\|)"
    # ... or ending a line after a bar: "Spring Insight Intern — Halcyon Capital Group, London | Apr 2022"
    rf"|(?<=\|\s)(?P<bar_month>{_MONTH}\s+(?:19|20)\d{{2}})\s*$"
    # An academic or financial year, its second year in two digits that cannot be a month: "2018-19", "2018/19"
    rf"|(?<![\w/])(?P<split_year>(?:19|20)\d{{2}})\s*[-–—/]\s*(?P<split_end>1[3-9]|[2-9]\d)(?![\w/.-])"
    # ... and the year first with its months in brackets, as academic CVs date a visit: "2019 (Apr–Jul)", and as
    # students date a co-op term: "Winter 2025 (Jan – Apr)"
    rf"|(?<![\w/])(?:{_SEASON}\s+)?(?P<bracket_year>(?:19|20)\d{{2}})\s*\(\s*(?P<bracket_first>{_MONTH})\s*[-–—]\s*"
    rf"(?P<bracket_last>{_MONTH})\s*\)"
    # A role within one season or one year: "Product Intern | Summer 2018", a year alone on its line or after a bar.
    # A student's terms: "Fall 2019 – Winter 2020" runs from one season's year to the other's.
    rf"|(?<!\w){_SEASON}\s+(?P<first_season_year>(?:19|20)\d{{2}})\s*[-–—]\s*{_SEASON}\s+(?P<last_season_year>(?:19|20)\d{{2}})(?!\w)"
    rf"|(?<!\w)(?P<season>spring|summer|fall|autumn|winter)\s+(?P<season_year>(?:19|20)\d{{2}})(?!\w)"
    rf"|(?:^|(?<=\|\s))(?P<lone_year>(?:19|20)\d{{2}})\s*$", re.IGNORECASE)
ONE_DATE = re.compile(_DATE, re.IGNORECASE)  # "May 2012", "03/2020", "2016": a date alone
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
def _parse_date(text: str, *, today: date) -> tuple[int, int | None]:
    """(year, month or None) of "Mar 2022", "03/2022", "2022-03", "Mar '22" or "2022"."""
    text = re.sub(r"^q[1-4]\s*", "", text.strip().lower())  # a quarter names no month: "Q3 2020" is 2020
    month_name = re.match(r"[^\W\d_]+", text)
    years = re.findall(r"\d+", text)
    def full_year(year: int) -> int:  # "Mar '22", "03/21", "’19"
        return year + (2000 if year <= today.year % 100 else 1900) if year < 100 else year

    if month_name:
        year = full_year(int(years[-1]))
        name = month_name.group()
        return year, _FOREIGN_MONTHS.get(name) or _FOREIGN_ABBREVIATIONS.get(name) or _MONTHS[name[:3]]
    if len(years) == 3:  # day, month and year ("15/09/2014"); month first only when the day cannot be one
        first, second, year = (int(x) for x in years)
        return year, first if second > 12 else second
    if len(years) == 2:
        first, second = (int(x) for x in years)
        if len(years[1]) == 2 and len(years[0]) <= 2:
            return full_year(second), first  # "03/21"
        return (second, first) if second > 31 else (first, second)
    return full_year(int(years[0])), None


def _month_index(year: int, month: int | None) -> int:
    return year * 12 + ((month or 7) - 1)  # a bare year counts from mid-year: the expected value of the month


_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def range_months(match: re.Match[str], *, today: date) -> tuple[int, int, str, str]:
    """(start index, end index, "YYYY-MM", "YYYY-MM" | "present") of a date range match."""
    now = today.year * 12 + today.month - 1
    if first_year := match.group("first_season_year"):  # seasons give the years only
        first, last = int(first_year), int(match.group("last_season_year"))
        return (min(_month_index(first, None), now), min(_month_index(last, None), now), f"{first:04d}",
                f"{last:04d}")
    if split := match.group("split_year"):  # "2018-19": the second year is the first's next ones
        first = int(split)
        last = first // 100 * 100 + int(match.group("split_end"))
        last += 100 if last < first else 0
        return (min(_month_index(first, None), now), min(_month_index(last, None), now), f"{first:04d}",
                f"{last:04d}")
    if single := match.group("season_year") or match.group("lone_year"):
        year = int(single)
        first = _month_index(year, _SEASON_START.get((match.group("season") or "").lower(), 1))
        last = _month_index(year, _SEASON_START.get((match.group("season") or "").lower(), 10) + 2)
        return min(first, now), min(last, now), f"{year:04d}", f"{year:04d}"
    lone_month = match.group("lone_month") or match.group("bar_month")
    if match.group("months_year") or lone_month or match.group("bracket_year"):
        year = int(match.group("months_year") or match.group("bracket_year") or lone_month[-4:])
        first_name = (match.group("first_month") or match.group("bracket_first") or lone_month).split()[0]
        last_name = match.group("last_month") or match.group("bracket_last") or first_name
        first_month, last_month = (_parse_date(f"{name} {year}", today=today)[1] for name in (first_name, last_name))
        first, last = min(_month_index(year, first_month), now), min(_month_index(year, last_month), now)
        return first, max(first, last), f"{year:04d}-{first_month:02d}", f"{year:04d}-{last_month:02d}"
    start_text = match.group("start") or match.group("since") or match.group("open_start")
    year, month = _parse_date(start_text, today=today)
    start = min(_month_index(year, month), now)
    start_label = f"{year:04d}-{month:02d}" if month else f"{year:04d}"
    end_text = match.group("end")
    if end_text is None or re.fullmatch(_PRESENT, end_text.strip(), re.IGNORECASE):
        return start, now, start_label, "present"
    end_year, end_month = _parse_date(end_text, today=today)
    end = min(_month_index(end_year, end_month), now)
    return start, max(end, start), start_label, f"{end_year:04d}-{end_month:02d}" if end_month else f"{end_year:04d}"


def clean_line(line: str) -> str:
    """A line without bullet, markdown heading/bold/italic markers or link syntax."""
    line = BULLET.sub("", line.strip())
    line = re.sub(r"^#{1,6}\s+", "", line)
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
    return re.sub(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)", "", line).strip()


def label_span(start: str, end: str, *, today: date) -> tuple[int, int] | None:
    """Month indexes of a role dated by labels ("2019-06", "2019", "present"), as `range_months` counts them."""
    def index(label: str) -> int | None:
        if m := re.fullmatch(r"((?:19|20)\d{2})(?:-(0[1-9]|1[0-2]))?", label):
            return _month_index(int(m.group(1)), int(m.group(2)) if m.group(2) else None)
        return None

    now = today.year * 12 + today.month - 1
    first = index(start)
    last = now if end == "present" else index(end)
    if first is None or last is None:
        return None
    return min(first, now), max(min(last, now), min(first, now))


def years_of_experience(spans: list[tuple[int, int]]) -> float | None:
    """Total of the date ranges with overlaps merged (two jobs at once count once)."""
    if not spans:
        return None
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return round(sum(end - start for start, end in merged) / 12, 1)



# --- vocabulary shared by the parsers

TITLE_WORDS = re.compile(
    r"\b(engineer|developer|programmer|architect|manager|director|head|lead|analyst|scientist|designer|consultant"
    r"|intern|internship|teacher|lecturer|professor|researcher|specialist|administrator|officer|coordinator"
    r"|technician|associate|assistant|president|vp|founder|co-founder|owner|cto|ceo|cfo|coo|cio|advisor|adviser"
    r"|strategist|writer|editor|accountant|nurse|sre|tester|sdet|recruiter|representative|executive|principal"
    r"|fellow|trainee|apprentice|tutor|instructor|contractor|freelancer|freelance|supervisor|auditor|clerk"
    r"|agent|operator|product owner|scrum master|student|leader|animator|artist|photographer|producer|paralegal|pharmacist|physician|therapist|co-op"
    r"|sergeant|corporal|lieutenant|captain|commander|airman|soldier"
    r"|(?:audit|tax|assurance|accounts)\s+(?:semi-)?senior"  # the accountant's grade as a noun: "Audit Senior"
    # everyday occupations beyond software, as resumes name them ("Inventory Planner", "HR Generalist")
    r"|planner|controller|comptroller|generalist|partner|buyer|merchandiser|estimator|surveyor|inspector|dispatcher"
    r"|technologist|hygienist|counsel|attorney|lawyer|solicitor|barrister|bookkeeper|cashier|barista|chef|cook"
    r"|driver|mechanic|electrician|plumber|carpenter|welder|machinist|pilot|midwife|dentist|veterinarian|surgeon"
    r"|practitioner|clinician|receptionist|secretary|teller|underwriter|actuary|broker|trader|banker|statistician"
    r"|librarian|archivist|curator|journalist|reporter|correspondent|translator|interpreter|marketer|copywriter"
    r"|scheduler|foreman|superintendent|steward|attendant|concierge|firefighter|paramedic|counsell?ou?r|coach"
    r"|trainer|facilitator|ambassador|evangelist|liaison|organi[sz]er|caregiver|custodian|courier|waiter|waitress"
    r"|bartender|baker|drafts(?:wo)?man|drafter|modell?er|reviewer|investigator|examiner|assessor|appraiser"
    r"|negotiator|treasurer|registrar|postdoc|scholar|worker|dietitian|nutritionist|radiographer|sonographer"
    r"|labou?rer|handyman|fitter|pipefitter|millwright|artisan|boilermaker|tradesperson|journeyman|rigger|roofer|bricklayer|plasterer|glazier|janitor|caretaker|nanny|deckhand"
    r"|groundskeeper|landscaper|dishwasher|storekeeper|housekeeper|volunteer|paraprofessional|host|hostess|server"
    r"|educator|installer|helper|crew|corps\s+member|waitstaff|waitperson|busser|porter|valet|usher|picker|packer"
    r"|service\s+personnel"  # Ghana's national service post: "National Service Personnel"
    r"|(?-i:RN|LPN|LVN|CNA|APRN|CRNA)"  # nurses' licences as job names: "Per Diem RN, Float Pool", "Charge RN"
    r"|[a-z]*(?:olog|physic|chem|econom)ist"  # "Geophysicist", "Biologist", "Economist"
    r"|reader(?=\s+in\s)"  # the British academic rank: "Reader in Catchment Hydrology"
    # German compounds ("Softwareentwickler", "Teamleiter"), French, Spanish, Italian and Portuguese titles
    r"|\w*(?:entwickler|leiter|ingenieur|berater|architekt|referent|praktikant|werkstudent|sachbearbeiter)(?:in)?"
    r"|développeu\w+|ingénieur\w*|chef de projet|stagiaire|directeur|directrice|responsable|juriste|avocate?"
    r"|comptable|technicien(?:ne)?|infirmi(?:er|ère)"
    r"|kế toán|thực tập sinh|nhân viên|kỹ sư|lập trình viên|trưởng phòng|giám đốc"  # Vietnamese
    r"|abogad[oa]|contador(?:a)?|enfermer[oa]|profesor(?:a)?|auxiliar|postulante"  # Spanish
    # Swedish and Finnish compounds end in the job: "Lagerarbetare", "Truckförare", "Sairaanhoitaja"
    r"|\w*(?:koordinator|arbetare|förare|utvecklare|ingenjör|sköterska|säljare|lärare|montör|handläggare"
    r"|tekniker|hoitaja|apulainen|insinööri|kehittäjä|päällikkö|myyjä|opettaja|kuljettaja|asiantuntija"
    r"|suunnittelija)"
    r"|desarrollador\w*|ingenier[oa]|gerente|jef[ea]|analista|becari[oa]|técnic[oa]|sviluppat\w+|ingegnere|practicante|pasante"
    r"|responsabile|stagista|desenvolvedor\w*|engenheir[oa]|estagiári[oa]"
    r"|\w*(?:medewerker|leider|ontwikkelaar|adviseur|beheerder)|stagiair|specjalista|kierownik|programista|inżynier"
    r"|assistente|asistente|coordena\w+|coordina\w+|diretor\w*|consultor\w*|vendedor\w*|mitarbeiter\w*|assistenz"
    r"|kauf(?:mann|frau)|(?<!co-)operative"  # "a co-operative bank" is no job
    # abbreviations: "Store Mgr.", "Asst. Store Mgr.", "Sales Assoc.", "Shift Supv."
    r"|mgr|asst|assoc|supv|coord|rep)"
    r"\b", re.IGNORECASE)
LOCATION = re.compile(r"^(?:remote|hybrid|on-?site|in-office|full-?time|part-?time|contract)\b", re.IGNORECASE)


# --- helpers

def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def unique_ci(items: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.lower(), item)
    return list(seen.values())
