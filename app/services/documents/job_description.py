"""A job description's structured parse: title, company, role, seniority, must-have and nice-to-have
requirements, and the focus topics an interview should dwell on."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from app.services.documents.extract import normalize_text
from app.services.documents.places import ORGANISATION_WORDS, is_legal_form, is_place
from app.services.documents.sections import (
    LOCATION,
    TABLE_RULE,
    TITLE_WORDS,
    classify_jd_heading,
    clean_line,
    sections_dict,
    split_sections,
    unique,
)
from app.services.documents.skills import SkillLexicon, load_skill_lexicon
from app.services.roles import role_family, seniority_for

# "Staff" names the job, not a level, before these: a staff accountant or staff nurse is an employed professional, often
# at the start of a career (a staff engineer is a level above senior).
_STAFF_JOB = r"staff(?=\s+(?:accountants?|nurses?|pharmacists?|writers?|auditors?|attorneys?|physicians?|"\
             r"physiotherapists?|photographers?|midwives|midwife|accountancy)\b)"
_LEVEL_PREFIX = re.compile(r"^(?:(?:senior|sr\.?|junior|jr\.?|(?!" + _STAFF_JOB + r")staff|principal|lead|associate|entry[- ]level"
                           r"|mid[- ]level|intermediate|medior|graduate|new grad|trainee)\s+)+", re.IGNORECASE)
_LEVEL_SUFFIX = re.compile(r"\s+(?:i{1,3}|iv|[1-5]|intern|internship|trainee|apprentice|junior|senior)$",
                           re.IGNORECASE)  # "Software Engineer II", "Software Engineer Intern"
# An employer's own grade after a title: "IT Support Analyst Level 3", "Data Scientist IC4", "Software Engineer L5",
# "Band 6": part of no role, and no level word either (seniority then comes from the years asked for).
_GRADE_SUFFIX = re.compile(r"\s+(?:level|grade|band)\s*\d{1,2}$|\s+(?:ic|l|p|e)\d{1,2}$", re.IGNORECASE)
_YEARS = re.compile(r"(?<![\d.])(\d{1,2})\s*(?:\+|(?:–|-|to)\s*\d{1,2})?\s*\+?\s*(?:years?|yrs?)\b", re.IGNORECASE)
# The years spelled out, as a council's or a charity's person specification writes them ("At least one year of
# experience", "Two or more years' experience in ..."): counted only where experience is what they measure
_NUMBER_WORDS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), start=1)}
_YEARS_IN_WORDS = re.compile(rf"\b({'|'.join(_NUMBER_WORDS)})\s*(?:\+|or more|(?:–|-|to)\s*\w+)?\s+(?:full\s+)?"
                             r"years?(?:['’]s?)?(?=[^.\n;]{0,40}\bexperience\b)", re.IGNORECASE)

# Requirement-phrase mining: strip the "Experience with" style lead-in and "at scale" style tails from each list
# item of a requirement bullet; what is left and short is a requirement topic ("idempotency keys").
_LEAD_IN = re.compile(
    r"^(?:(?:a|an|some|strong|solid|deep|good|great|excellent|proven|practical|hands-on|production|professional"
    r"|previous|prior|clear|genuine|basic|working|demonstrated|extensive|in-depth|familiarity|comfort|comfortable"
    r"|ability|track record|understanding|knowledge|experience|exposure|expertise|proficiency|background|work"
    r"|skills?|grasp|fluency|command)\b[\s,]*)+(?:(?:with|in|of|on|to|using|designing|building|writing|creating"
    r"|developing|running|operating|shipping|maintaining)\b\s*)*", re.IGNORECASE)
_TAIL = re.compile(r"\s+(?:at scale|or similar|or equivalent|experience|tooling|tools?|skills?|knowledge"
                   r"|a plus|is a plus|preferred)$", re.IGNORECASE)
_CUT = re.compile(r"\s+(?:in|at|for|with|between|across|about|from|into|within|on|to|that|which|when|so)\s+.*$",
                  re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(r"[;:()]|\bsuch as\b|\be\.g\.|\bfor example\b|\bincluding\b|\bideally\b|\bespecially\b"
                           r"|\blike\b", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r",|\s+and\s+|\s+or\s+|\s+&\s+|\s+as well as\s+", re.IGNORECASE)
_NOT_A_TOPIC = re.compile(
    r"\b(?:you|your|we|our|us|they|them|their|it|its|this|that|these|those|how|what|why|who|which|where|when"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|years?|similar|etc|other|others|related|relevant)\b"
    r"|\d", re.IGNORECASE)
_WEAK_WORDS = {"written", "verbal", "strong", "solid", "clear", "good", "deep", "basic", "data", "work", "team",
               "teams", "ability", "experience", "knowledge", "understanding", "plus", "bonus", "degree",
               "english", "communication skills", "familiarity", "background", "comfort", "passion", "interest"}

_STOPWORDS = set("""
a about above across after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each every few for from further had has have having he
her here hers him his how i if in into is it its itself just like make makes making me more most much must my no
nor not now of off on once only or other our ours out over own per same she should so some such than that the
their theirs them then there these they this those through to too under until up upon us very via was we were what
when where which while who whom why will with within without would you your yours yourself today day days week
weeks month months year years time times new every way ways thing things lot lots part parts well also etc able
""".split())
# Verbs and filler nouns that open or pad responsibility bullets; they say nothing about what to ask.
_GENERIC_WORDS = set("""
design designs build builds building operate operates evolve evolves lead leads leading write writes writing
improve improves take takes mentor mentors work works working automate automates keep keeps ship ships shipping
define defines monitor monitors review reviews reviewing contribute contributes understand understands plan plans
run runs read reads prioritise prioritize share shares explain explains track tracks set sets develop develops
create creates drive drives partner partners collaborate collaborates support supports maintain maintains ensure
ensures deliver delivers implement implements manage manages own owns stay stays move moves let lets watch split
fix fixes meet meets help helps join joins grow grows learn learns use uses using get gets give gives find finds
bring brings tell tells want wants need needs look looking closely clear clearly sure end whole across team teams
engineer engineers engineering people person someone everyone services service changes change stack first today
role roles part responsible responsibility responsibilities including include includes based high low small large
feature features product products production user users offline online end-to-end
""".split())


# A posting pasted as one paragraph: "Senior Backend Engineer at Stripe. Must have: Python, ... Nice to have: Kafka."
# Each labelled part starts a line of its own, so the title sentence and the sections read as in a laid-out post.
_INLINE_SECTION = re.compile(r"(?<=[.!?])[ \t]+(?=(?:must[- ]haves?|nice[- ]to[- ]haves?|requirements|responsibilities"
                             r"|qualifications|preferred|bonus|benefits|what you(?:'|’)ll do|about (?:us|the role))"
                             r"\s*:)", re.IGNORECASE)


def parse_job_description(text: str) -> dict[str, Any]:
    """Title, role without seniority, seniority, role family, must-have and nice-to-have requirements, ranked
    focus topics for the interview, and the text of each section."""
    text = _INLINE_SECTION.sub("\n", normalize_text(text or ""))
    preamble, sections = split_sections(text, classify_jd_heading, generic_headings=True)
    section_text = sections_dict(preamble, sections)
    lexicon = load_skill_lexicon()

    title, company = _jd_title_and_company(text)
    if client := _AGENCY_CLIENT.search(text):  # an agency's post that names the client it recruits for
        company = _company_name(client.group("client"))
    role = _role_from_title(title) if title else None
    requirements = section_text.get("requirements", "")
    nice_text = section_text.get("nice_to_have", "")
    if requirements:
        must_have = _requirements(requirements, lexicon, mine_phrases=True)
    else:  # no requirements heading: the skills named anywhere but the company blurb, nice-to-haves and perks
        requirements = "\n".join(v for k, v in section_text.items()
                                 if k not in {"about", "nice_to_have", "benefits"})
        must_have = _requirements(requirements, lexicon, mine_phrases=False)
    nice_to_have = [s for s in _requirements(nice_text, lexicon, mine_phrases=True) if s not in must_have]
    min_years = _min_years(requirements) if _min_years(requirements) is not None else _min_years(text)

    seniority = _seniority(title or "", min_years, beginners=_BEGINNERS_WELCOME.search(text) is not None)
    family = role_family(role)
    if family == "any":
        family = role_family(title)

    return {
        "title": title,
        "company": company,
        "role": role,
        "seniority": seniority,
        "role_family": family,
        "min_years": min_years,
        "must_have": must_have,
        "nice_to_have": nice_to_have,
        "focus_topics": _focus_topics(text, must_have, section_text.get("responsibilities", ""), lexicon),
        "sections": section_text,
        "source": "heuristic",
    }


# Page chrome around a posting pasted from a job board: cookie banners, navigation, buttons, counters.
_BOILERPLATE = re.compile(
    r"^(?:skip to (?:main )?content|sign in|sign up|join now|log ?in|log ?out|home|my network|jobs|messaging"
    r"|notifications|me|for business|try premium.*|apply(?: now)?(?: on company website)?|easy apply|save|saved"
    r"|share|report (?:this )?job|show (?:more|less)|see (?:more|all).*|about the job|menu|search|back to (?:all )?jobs"
    r"|accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:preferences|cookies|settings)|cookie settings"
    r"|oferta de empleo|vacature|vacancy|job offer|job opening|stellenangebot|offre d['’]emploi|offerta di lavoro"
    r"|.*\bcookies?\b.*|.*\bprivacy\b.*|posted\b.*|reposted\b.*|.*\b\d+\+?\s+applicants?\b.*|promoted"
    r"|actively (?:recruiting|hiring)|be an early applicant|\d+\s+(?:minutes?|hours?|days?|weeks?|months?) ago.*"
    r"|seniority level|employment type|job function|industries|mid-senior level|full-time|part-time|internship"
    r"|(?:what|where)\s*:.*|<?\s*back to (?:search|results).*|find jobs\b.*|search jobs?\b.*|for employers"
    # a job board's own name at the top of its page is never the employer
    r"|glassdoor|indeed(?:\.com)?|linkedin|ziprecruiter|totaljobs|reed\.co\.uk|wellfound|angellist"
    r"|stepstone|naukri(?:\.com)?|jobstreet|welcome to the jungle|jobsdb|bayt(?:\.com)?"
    r"|(?-i:SEEK)"  # in capitals, as its page prints it: the word itself names other things
    # ... and its search form's fields ("Keywords: data analyst  Classification: Any  Where: All Melbourne VIC")
    r"|(?:keywords?|classification|job title, keywords(?: or company)?)\s*:.*|quick apply\b.*"
    # ... nor its rating of the employer ("3.8 ★", "4.0 out of 5 stars")
    r"|\d(?:[.,]\d)?\s*(?:★+|out of 5(?: stars)?)(?:\s+[\d,]+\s+reviews?\b.*)?"
    # a forwarded e-mail's header fields and separators ("Subject: FW: JD for the QA role", "---Original Message---")
    r"|(?:from|sent|to|cc|bcc|date|subject)\s*:.*|[-=_]{3,}[^\w*]*(?:\w+[^\w*]*){0,4}[-=_]{3,}"
    # a site's breadcrumb trail ("Home > Jobs and careers > Current vacancies > ...", "Careers > Vacancies")
    r"|(?:home|careers?|jobs?|vacancies|work with us)\s*(?:[>/›»]\s*\S.*)?\s*[>/›»].*"
    # ... in any language: three or more short steps ("Startseite > Jobs > SAP Berater > Düsseldorf")
    r"|[^>›»]{1,40}(?:\s[>›»]\s[^>›»]{1,40}){2,})$",
    re.IGNORECASE)
# Lists of other jobs that job boards paste before or after the real one.
_OTHER_JOBS = re.compile(r"^(?:people also viewed|similar jobs|more jobs.*|jobs you may be interested in"
                         r"|recommended jobs|other jobs.*|related jobs|you may also like)$", re.IGNORECASE)
# An announcement before the title, also as a label | value row ("Vacancy | Secondary Mathematics Teacher").
_HIRING_PREFIX = re.compile(r"^(?:(?:we(?:'|’)re|we are|now)\s+hiring|hiring|job opening|open (?:role|position)"
                            r"|vacancy|join us as|join our team|career opportunity|oferta de empleo|vacature|stellenangebot"
                            r"|offre d['’]emploi|offerta di lavoro)\s*(?:[:!–—|-]\s*|\s+)(?:an?\s+)?", re.IGNORECASE)
_LOOKING_FOR = re.compile(r"^(?:(?:[Mm]y|[Oo]ur) team at\s+|[Ww]e at\s+)?(?!(?:We|I|You|They|Our|This)\b)"
                         r"(?!The\s+[a-z])"  # "The Ostrander Hotel is looking for", but not "The team is"
                         r"(?P<company>[A-Z][\w&.'’ -]{1,60}?)\s+(?:is|are)\s+"
                         r"(?:looking for|hiring|seeking|searching for|recruiting):?\s+(?:an?\s+|our\s+(?:next|new|first)\s+)?"
                         # ... what it wants of the person, which is no part of the job's name ("an experienced Chef")
                         r"(?:(?:experienced|talented|motivated|passionate|skilled|dedicated|enthusiastic|driven"
                         r"|friendly|qualified|hard-working|hardworking|reliable)\s+(?:and\s+)?)*"
                         r"(?P<title>[^:;!?]{3,200}?)(?=[.:;!?](?:\s|$)|\s+[—–-]\s+|$)")
# A posting that opens by saying what it needs: "We need a senior python engineer with ...", "I'm looking for an SRE"
_WE_NEED = re.compile(r"^(?:we|i)\s*(?:['’]re|['’]m|are|am)?\s+(?:need|needs|looking for|seeking|searching for|want)"
                      r"\s+(?:an?\s+|our\s+(?:next|new|first)\s+)?(?P<title>.{3,90})$", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"^(?:we|i|you|our|your|they)\b", re.IGNORECASE)
# What follows a title in a sentence that introduces it: "a Senior Marketing Manager to lead our consumer marketing"
_TITLE_CLAUSE = re.compile(r"\s+(?:(?:to|who|who'll|who will|that|which|with|and)\s+[a-z]|(?:for|in|on|at) our\s).*$")
_JOIN_AS = re.compile(r"^Join\s+(?P<company>[A-Z][\w&.'’ -]{1,60}?)\s+as\s+(?:an?\s+|our\s+(?:next|new|first)\s+)?"
                      r"(?P<title>.{3,90}?)[.!]?$")
# A recruiter's or hiring manager's post: "🚀 I'm hiring for a Lead iOS Engineer at Brightmoor Bank! 🚀"
_HIRING_FOR = re.compile(r"\b(?:I['’]m|I am|we['’]re|we are)\s+(?:hiring|recruiting)(?:\s+for)?\s+(?:an?\s+)?"
                         r"(?P<title>[^!.\n]{3,80}?)\s+(?:at|for)\s+(?P<company>[A-Z][\w&.'’ -]{1,60}?)\s*(?:[!.]|\W*$)",
                         re.IGNORECASE)
# A newsletter or a job board's digest that features one posting among other content: "2. Job of the week: Head of
# Data at Kittiwake Energy" names the posting's title and employer wherever the issue's contents list it
_FEATURED_JOB = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?:job|role|vacancy|hire) of the (?:day|week|month)\s*(?:\([^()]*\))?"
                           r"\s*[:–—-]\s*(?P<title>[^\n]{3,80}?)\s+at\s+(?P<company>[A-Z][^\n.!?]{1,60}?)\s*$",
                           re.IGNORECASE | re.MULTILINE)
_COMPANY_COLON_TITLE = re.compile(r"^(?P<company>[A-Z][\w&.'’ -]{1,50}?):\s+(?P<title>[A-Z].{2,90})$")
_CAREERS_PAGE = re.compile(r"^(?P<company>[^·|:]{2,60}?)\s*[·|–—-]\s*(?:careers|jobs|job openings|open positions)$",
                           re.IGNORECASE)
# "At Thistledown AI we build ...", and the same opening in Dutch, Spanish, French, German, Italian ("Bij Zeeland
# Digitaal B.V. bouwen we", "En Grupo Almendro Logística movemos").
_AT_COMPANY = re.compile(r"(?:^|[.!?]\s+|\n)(?:At|Bij|En|Chez|Bei|Presso|Na)\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})"
                         r",?\s+(?:we|wir|nous|\w+en we|\w+(?:amos|emos|imos))\b")
# A job-board export: "at Hollowtree Games (View all jobs)" under the title, or a logo's alt text.
_AT_LINE = re.compile(r"^at\s+([A-Z][^()\n]{1,60}?)\s*(?:\(view all jobs\))?$", re.IGNORECASE)
_LOGO = re.compile(r"!\[([^\]\n]{2,60}?)\s+logo\]", re.IGNORECASE)
# "... a Senior Data Scientist to join our team at Acme Analytics."
_TEAM_AT = re.compile(r"\b(?i:join) (?:our|the|a)\s+(?:[\w-]+\s+){0,2}team (?:at|with) "
                      r"([A-Z][\w&'’-]*(?:\.?(?:[ \t]+(?:&|and|of))?[ \t]+[A-Z][\w&'’-]*|\.[\w&'’-]+){0,4})")
_JOBS_AT = re.compile(r"^(?:jobs|careers|open (?:roles|positions)|vacancies|work) (?:at|with) ([A-Z][^\n:|·]{1,60}?)$",
                      re.IGNORECASE)  # "Jobs at Bramblecote" above the title
# "Tillbury is an equal opportunity employer": the statement a posting closes with names the employer.
_NOT_A_NAME = (r"(?!(?:We|Our|The|This|That|These|You|Your|It|Its|They|He|She|As|In|At|If|Every|Each|All|Join"
               r"|About|Here|There|What|Who|When|Why|How)\b)")
_EQUAL_OPPORTUNITY = re.compile(r"(?:^|[.!?]\s+|\n)" + _NOT_A_NAME
                                + r"([A-Z][\w&.'’-]*(?:[ \t]+(?:[A-Z][\w&.'’-]*|&|and|of)){0,4})[ \t]+(?:is|are)[ \t]+"
                                r"(?:proud to be[ \t]+)?an?[ \t]+equal[ -]opportunit(?:y|ies)[ \t]+employer")
# A paragraph that opens with the company doing what it does: "Stoatly is the app 3 million people use ...",
# "Tillbury Software builds scheduling software for ...", "Pennyroyal Health makes the booking software ...".
# ... also after a short opening phrase: "After two years of building quietly, Tern & Tide Robotics is growing ..."
_SUBJECT_OPENING = re.compile(r"^(?:[A-Z][a-z][^,.:;\n]{2,50},[ \t]+)?" + _NOT_A_NAME
                              + r"([A-Z][\w&.'’-]*(?:[ \t]+(?:[A-Z][\w&.'’-]*|&|and)){0,3})"
                              r"[ \t]+(?:is[ \t]+(?:the|an?|one)|are[ \t]+(?:the|an?)|builds|makes|helps|runs|designs"
                              r"|develops|operates|provides|powers|connects|creates|sells|serves|gives|lets|turns|brings"
                              r"|offers|employs|manages|delivers|supports|was founded|has been"
                              r"|is (?:growing|hiring|expanding|scaling|recruiting))\b", re.MULTILINE)
# "We're Pebblebrook Games, a 25-person indie studio", "We're The Copper Kettle Group, five independent pubs"
_WE_ARE = re.compile(r"\bWe(?:['’]re| are)\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}),\s+"
                     r"(?:a|an|the|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s")
# A name with its legal form anywhere in the text, without the article before it ("Die", "The"), an ampersand
# inside it ("Brackley & Sons Group plc").
_LEGAL_NAME = re.compile(r"(?:\b(?:Die|Der|Das|The|La|Le|El|Les|Bij|En|At|Bei|Chez|In)\s+)?\b"
                         r"((?!(?:Die|Der|Das|The|La|Le|El|Les|Bij|En|At|Bei|Chez|In)\b)"
                         r"[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|&)){0,4}"
                         r"[ \t]+(?:GmbH|AG|SE|KG|Inc\.?|(?:Pvt\.?|Pty\.?|Private)[ \t]+(?:Ltd\.?|Limited)|Ltd\.?|LLC|plc"
                         r"|S\.A\.|B\.V\.|S\.r\.l\.|Oy|AB))(?!\w)")
# The company as the subject of the first sentence under an "about us" heading.
_INTRODUCED = re.compile(r"^(?i:who we are|about us|about the company|the company|our company)\s*:?\s*\n+"
                         r"(?!(?:We|Our|The|This|It)\b)([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s+(?:is|are)\s+"
                         r"(?:an?|the)\s", re.MULTILINE)
_LABEL = re.compile(r"^(?:\|\s*)?(job title|post title|position title|job posting|(?:[a-z]+\s+)?vacancy|title|position"
                    r"|role|company|employer|organi[sz]ation|hiring company|firm)"
                    r"\s*(?::\s*\|?|\|)\s*(.+?)(?:\s*\|)?$",
                    # "Job Title: ...", a Word table row read as text ("Job Title | ..."), a Markdown table's row
                    # ("| Company | Tidewell Analytics |")
                    re.IGNORECASE)
# "recruiting on behalf of our client, Cobaltline Communications, a regional ...", "Our client, Fenwick Labs, is",
# "working exclusively with our client, Harbourline Capital, a ...":
# the hiring company, not the agency that posted the job.
_CLIENT = r"(?:our|my|a|one of our) clients?"
_AGENCY_CLIENT = re.compile(rf"(?:\b(?:on behalf of|for|(?:working|partnering)(?: exclusively)? with) {_CLIENT}"
                            rf"|(?:^|(?<=\n)|(?<=[.!?]\s))(?:Our|My) clients?),?\s+(?P<client>[A-Z][\w&.'’-]*"
                            r"(?:\s+(?:[A-Z][\w&.'’-]*|&|of|and))*)(?=[,.;:(]|\s+(?:is|are|who|to|in|for)\b)")
_ON_BEHALF = re.compile(rf"\s+on behalf of {_CLIENT}\b[^.]*?\s+for(?=\s+(?:an?|our)\s)")
# A classified's title: "Electrician wanted - immediate start - Newcastle NSW"
_WANTED = re.compile(r"\s+(?:wanted|needed|required)(?:\s*(?:[-–—!|,].*)?)$", re.IGNORECASE)
# The fields a job board prints before the description, which name no company: "Job type: Internship".
_POSTING_FIELD = re.compile(r"^(?:job|employment|contract|work|position)\s+(?:type|category|level|function|status)$"
                            r"|^(?:category|department|duration|schedule|shift|seniority|level|industry|team"
                            r"|location(?: type)?|compensation|salary|pay|type|hours|grade|closing date|reference"
                            # a job board's "profile insights" ("Licenses: Driver's License")
                            r"|licen[cs]es?|certifications?|skills|education|experience|languages?|benefits)$"
                            r"|^(?:reports? to|reporting (?:to|line)|(?:line|hiring) manager|supervisor)$",
                            re.IGNORECASE)  # "Reports to: Regional Operations Director" names no company
_COMPANY_TAIL = re.compile(r"(?:,?\s+(?:inc\.?|llc|ltd\.?|limited|plc|gmbh|ag|s\.?a\.?|b\.?v\.?|n\.?v\.?|ab|oy|a/s"
                           r"|pty\.?(?: ltd\.?)?|pvt\.?(?: ltd\.?)?|corp\.?|s\.?r\.?l\.?|sas|s\.l\.))+$", re.IGNORECASE)


# An e-mail's subject line ("Subject: RE: Principal Data Engineer - Quarry Lane Health"), whatever its reply or
# forward prefixes: a recruiter's e-mail names the job there.
_SUBJECT = re.compile(r"^\s*subject\s*:\s*(?:(?:re|fwd?|aw|wg)\s*:\s*)*(.{3,120}?)\s*$", re.IGNORECASE | re.MULTILINE)


def _header_lines(text: str) -> list[str]:
    """The posting's opening lines without page chrome and without other jobs' listings."""
    out: list[str] = []
    skipping = False
    for raw in text.split("\n"):
        line = clean_line(raw)
        if not line:
            skipping = False
            continue
        if _OTHER_JOBS.match(line):
            skipping = True
            continue
        if skipping and (TITLE_WORDS.search(line) or is_place(_first_segment(line))):
            continue  # "Robotics Software Engineer", "Senior Frontend Engineer at Cobaltline"
        skipping = False
        # Job boards put the company and the chrome on one line: "Wrenfield Freight · Rotterdam · Reposted 1 week
        # ago · Over 100 applicants" keeps its first two parts.
        parts = [part for part in re.split(r"\s+·\s+", line) if not _BOILERPLATE.match(part.strip())]
        if not parts:
            continue
        line = " · ".join(parts)
        out.append(line)
        if len(out) >= 14:
            break
    # A logo's letters above the name they abbreviate ("RHC" / "Rangiora Heights College") name nothing of their own
    return [line for n, line in enumerate(out)
            if not (n + 1 < len(out) and re.fullmatch(r"[A-Z]{2,6}", line)
                    and "".join(w[0] for w in re.findall(r"\b[A-Z][\w'’-]*", out[n + 1])).startswith(line))]


def _is_place_line(line: str) -> bool:
    first = _first_segment(line)
    return bool(re.match(r"^(?:location|based in|office)\s*:", line, re.IGNORECASE) or is_place(first)
                or LOCATION.match(first))


def _company_name(text: str) -> str | None:
    """A company as the interview should name it: without its legal form ("Greyfriars Systems AG")."""
    text = text.strip(" ,;:|·•-–—")
    short = _COMPANY_TAIL.sub("", text).strip(" ,")
    return (short or text) or None


# A public employer named for what it runs or where: "Department of Regional Connectivity", "Town of Kelso Bay"
_PUBLIC_BODY = re.compile(r"(?:department|ministry|office|agency|bureau|town|city|county|borough|municipality|village"
                          r"|township|district|region|province|state)\s+of\s+[A-Z]", re.IGNORECASE)
# A recruitment agency's name ("Carrow & Finch Recruitment"): the posting's author, not the employer.
_AGENCY = re.compile(r"\b(?:recruitment|recruiting|recruiters|staffing|resourcing|personnel"
                     r"|talent(?: partners| solutions)?|search(?: partners)?|headhunt\w*|executive search)(?:\s+(?:ltd\.?|limited|llc|inc\.?|group))?$",
                     re.IGNORECASE)
# Only the names of departments and functions: "Engineering", "Data & Analytics", "Research & Design".
_DEPARTMENT_WORDS = set("""engineering product design research data analytics science sales marketing operations finance
people hr legal support customer success it security infrastructure platform documentation growth strategy technology
editorial content communications insight insights revenue services service clinical nursing teaching and & team
department group division""".split())


# A unit of the employer, whatever it is named for: "Emergency Department", "Cardiology Unit", "Surgical Ward"
_UNIT_NOUNS = {"department", "dept", "dept.", "unit", "ward", "team", "division", "directorate"}


# ... and a site of it named for the work done there: "Distribution Center", "Contact Centre"
_SITE = re.compile(r"(?:distribution|fulfil?l?ment|sortation|contact|call|customer (?:service|support)|service|support"
                   r"|operations|logistics|repair|processing)\s+(?:center|centre)", re.IGNORECASE)


def _is_department(text: str) -> bool:
    words = [word.lower().strip(",") for word in text.split()]
    return (all(word in _DEPARTMENT_WORDS for word in words) or (len(words) > 1 and words[-1] in _UNIT_NOUNS)
            or _SITE.fullmatch(text.strip()) is not None)


# A flyer's banner over the title ("WE'RE HIRING", "Now hiring!"): an announcement, not the employer
_ANNOUNCEMENT = re.compile(r"(?:(?:we(?:'|’)re|we are|now)\s+)?hiring|join (?:our|the) team", re.IGNORECASE)


# A heading phrased as a question ("How we hire", "What we offer", "Why join") and the name of the document itself
# ("Candidate Information Pack", "Job Description", "Recruitment Pack"), which a charity's or a council's pack prints
# over the title, and a careers page's own section names ("Open roles", "Table of contents"): none is the employer
_NOT_AN_EMPLOYER = re.compile(r"(?:how|what|why|who|where|when)\s+[a-z]|(?:candidate|applicant|recruitment|application"
                              r"|job|role)\s+(?:information\s+)?(?:pack|packet|brief|profile|description)s?\W*$"
                              r"|(?:open|current)\s+(?:roles|positions|vacancies|jobs)\W*$|(?:table of )?contents\W*$"
                              # what the posting calls itself ("Teaching Vacancy: Primary Class Teacher")
                              r"|(?:[\w-]+\s+){0,2}(?:vacancy|vacancies|job opening|opening|opportunity)\W*$",
                              re.IGNORECASE)


def _could_be_company(text: str) -> bool:
    return (bool(text) and len(text.split()) <= 6 and text[:1].isupper()
            and not _ANNOUNCEMENT.fullmatch(text.strip(" !."))
            and not _NOT_AN_EMPLOYER.match(text)
            and not _POSTING_FIELD.match(text) and not _is_department(text)
            and not re.match(r"^[\w /&-]{1,30}:\s", text)  # "Team: Infrastructure" is a field
            and (not text.endswith(".") or is_legal_form(text.split()[-1]))  # "Brindlewood Bakery Co."
            and not TITLE_WORDS.search(text) and not is_place(text) and not LOCATION.match(text)
            and not re.search(r"\b(?:remote|hybrid|on-?site)\b", text, re.IGNORECASE)  # "Bray or remote within Ireland"
            and classify_jd_heading(text) is None and not _BOILERPLATE.match(text)
            and not re.search(r"\d|[£$€]", text))


def _jd_title_and_company(text: str) -> tuple[str | None, str | None]:
    """Title and hiring company from the posting's opening: "Job title:" / "Company:" labels; a title line in any
    of the common shapes ("Company - Role", "Role at Company", "Role (Team) — Company", "Role | Company | City",
    "We're hiring: Role"); else the company on the line before the title ("Marigold Insurance" / "Senior Backend
    Engineer") or after it ("Tillpoint · Seattle, WA"), or an "About <Company>" heading. A place is never the
    company, and a name after a dash counts as the company only when the posting backs it up (it names it again,
    the title already has its team, or it carries a legal form); otherwise it is the team ("ML Engineer -
    Perception")."""
    lines = _header_lines(text)
    labelled: dict[str, str] = {}
    for n, line in enumerate(lines):
        if line.startswith("|") and (len([cell for cell in line.split("|") if cell.strip()]) != 2 or (
                n + 1 < len(lines) and TABLE_RULE.fullmatch(lines[n + 1]))):
            continue  # a table's header ("| Role | Location |" over "|---|---|") or a listing's row ("| Principal
            # Platform Engineer | Remote | open |"), not a label and its value
        if m := _LABEL.match(line):
            # "Teaching Vacancy: Primary Class Teacher" labels the title as "Vacancy:" does
            key = "vacancy" if m.group(1).lower().endswith("vacancy") else m.group(1).lower()
            labelled.setdefault(key, m.group(2).strip())
    title = next((labelled[k] for k in ("job title", "post title", "position title", "job posting", "vacancy", "title",
                                        "position", "role")
                  if k in labelled), None)
    company = next((labelled[k] for k in ("company", "employer", "organisation", "organization", "hiring company", "firm")
                    if k in labelled), None)
    company = _company_name(_first_segment(company)) if company else None

    index = None
    if title is not None and company is None and (heading := _heading_with_title(lines, title)) is not None:
        index, title = heading  # "Front Office Manager – Saltmarsh Hotels – Halifax, NS" over "Position: ..."
    if title is None and (featured := _FEATURED_JOB.search(re.sub(r"\*\*|__", "", text))) \
            and TITLE_WORDS.search(featured.group("title")) and _could_be_company(featured.group("company")):
        title, company = featured.group("title").strip(), company or _company_name(featured.group("company"))
    if title is None:
        for line in lines[:8]:
            m = _HIRING_FOR.search(re.sub(r"\*\*|__", "", line))
            if m and TITLE_WORDS.search(m.group("title")) and _could_be_company(m.group("company")):
                title, company = m.group("title").strip(), company or _company_name(m.group("company"))
                break
    if title is None:
        for n, line in enumerate(lines[:8]):
            if n and re.search(r"(?:^|\s)[a-z][\w'’-]*,?$", lines[n - 1]) and len(lines[n - 1].split()) >= 8:
                continue  # the rest of a wrapped sentence ("... more than 9,000 homes across" / "Cardiff and the Vale
                # and is looking for a Gas Engineer"): its subject started on the line above
            # "Quenby Robotics is looking for a Sr. Embedded Software Engineer", "Join Brightpath as a Lead PM",
            # "Halcyon Bank: Principal Security Architect, Cloud Security"
            line = _ON_BEHALF.sub("", line)  # "X is recruiting on behalf of our client, Y, for a Z" -> "... a Z"
            m = _LOOKING_FOR.match(line) or _JOIN_AS.match(line) or (
                None if _HIRING_PREFIX.match(line) or _LABEL.match(line) else _COMPANY_COLON_TITLE.match(line))
            if (m and TITLE_WORDS.search(m.group("title")) and _could_be_company(m.group("company"))
                    and not _POSTING_FIELD.match(m.group("company"))):  # "Job type: Internship" is a field
                title = _TITLE_CLAUSE.sub("", m.group("title")).strip()
                company = company or _company_name(m.group("company"))
                break
    if title is None:
        for i, line in enumerate(lines[:8]):
            candidate = _HIRING_PREFIX.sub("", re.sub(r"^[^\w(]+", "", line)).strip()  # "🚀 HIRING: Jr. DevOps ..."
            if candidate != line.strip() and _HIRING_PREFIX.match(line.strip()):
                # ... in a sentence: "We're hiring a Senior Data Analyst to join our Customer Insights team. Quick ..."
                candidate = _TITLE_CLAUSE.sub("", candidate).strip()
            if i == 0 and (sentence := re.match(r"([^.!?]{3,100}?(?:\s+at\s+[A-Z][^.!?]{0,60})?)[.!](?:\s+[A-Z]|$)",
                                                candidate)):
                candidate = sentence.group(1)  # a first line that is a sentence: "Senior Backend Engineer at Stripe."
            if need := _WE_NEED.match(candidate):
                # "We need a senior python engineer with kubernetes experience": the job is the object of the need
                candidate = _TITLE_CLAUSE.sub("", need.group("title")).strip()
                if candidate.islower():
                    candidate = " ".join(w[:1].upper() + w[1:] for w in candidate.split())
            elif _FIRST_PERSON.match(candidate):
                continue  # a sentence about the team or the candidate ("We build ...", "You will own ...")
            cells = re.split(r"\s+\|\s+", candidate)
            if len(cells) >= 4 and (at := next((n for n, cell in enumerate(cells) if TITLE_WORDS.search(cell)),
                                               None)) is not None and at <= 1:
                # a "Who is hiring?" post's first line: "Company | Title | Place | ONSITE | Pay | Visa": the company
                # and the title lead, the terms after them are no part of the title
                candidate = " | ".join(cells[:at + 1] if at else cells[:2])
            jobs = {m.lower() for m in TITLE_WORDS.findall(candidate)}
            if (jobs and jobs != {"internship"} and len(candidate.split()) <= 14 and not candidate.endswith(".")
                    and not _LABEL.match(line) and not _is_place_line(candidate)):
                index, title = i, candidate
                break
    if title is None and (subject := _SUBJECT.search(text)) and TITLE_WORDS.search(subject.group(1)):
        # a recruiter's e-mail names the job in its subject only ("Subject: Principal Data Engineer - Quarry Lane
        # Health (London/hybrid, £120-135k)"); the place and pay in brackets after it are no part of it
        title = re.sub(r"\s*\([^()]*\)$", "", subject.group(1)).strip()
    if title is None:
        return None, company
    title = re.sub(r"\s*[^\w\s().,&/'’+#-]+\s*$", "", title).strip()  # trailing emoji or symbols
    # ... without a front matter's quotes ('title: "Backend Engineer (Python)"') or a classified's "wanted"
    title = _WANTED.sub("", title.strip("\"'“”")).strip() or title

    def named_elsewhere(name: str) -> bool:
        """Named again in the posting as a company ("At Orchid Row we ...", "Cedarline Health builds"), not as a
        team ("our Payments Platform team")."""
        mentions = re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)(?!\s+(?:team|group|squad|org)\b)", text)
        return sum(1 for m in mentions if not re.search(r"\b(?:our|the)\s+$", text[:m.start()][-5:],
                                                         re.IGNORECASE)) >= 2

    pieces = re.split(r"(\s+(?:[-–—|·•]|at|@)\s+)", title)
    parts, separators = pieces[0::2], [""] + [sep.strip() for sep in pieces[1::2]]
    title_at = next((i for i, part in enumerate(parts) if TITLE_WORDS.search(part)), 0)
    dropped: set[int] = set()
    weak: str | None = None  # a name after a dash that only the posting's other mentions back up
    unbacked: list[str] = []  # names after a dash that nothing backs up yet
    for i, part in enumerate(parts):
        if i == title_at:
            continue
        placed = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", part)  # "Brambleway Software (Remote, EU)"
        if placed and (is_place(placed.group(2)) or LOCATION.match(placed.group(2))):
            parts[i] = part = placed.group(1)
        if is_place(part) or LOCATION.match(part):
            dropped.add(i)
            continue
        if not _could_be_company(part):
            continue
        separator = separators[i] if i > title_at else separators[i + 1]
        strong = (i < title_at or separator in {"at", "@", "|"} or _names_team(parts[title_at])
                  or _COMPANY_TAIL.search(part) is not None)
        if strong and company is None:
            company = _company_name(part)
            dropped.add(i)
        elif not strong and weak is None and named_elsewhere(part):
            weak = part
        elif not strong:
            unbacked.append(part)
    # The title as written, less the company and place parts ("Senior ML Engineer - Perception" keeps its team).
    kept = [i for i in range(len(parts)) if i not in dropped]
    title = "".join((f" {separators[i]} " if n else "") + parts[i] for n, i in enumerate(kept)) or parts[title_at]

    if company is None and index is not None:
        before = lines[index - 1] if index > 0 else None
        after = lines[index + 1] if index + 1 < len(lines) else None
        after2 = lines[index + 2] if index + 2 < len(lines) else None
        if after is not None:
            first = _first_segment(after)
            placed = first != after.strip() and _is_place_line(after[len(first):].strip(" ·|•-–—"))
            # named again, if only without its legal form ("Vallby Robotics AB" under the title, "my client, Vallby
            # Robotics" above it)
            if _could_be_company(first) and (placed or named_elsewhere(first)
                                             or named_elsewhere(_company_name(first) or "")
                                             or (after2 is not None and _is_place_line(after2))):
                company = _company_name(first)
        if before is not None and (page := _CAREERS_PAGE.match(before)):
            before = _careers_company(page, text)  # "OSPREY CLINICAL AI — CAREERS" above the title
        if before is not None and (jobs_at := _JOBS_AT.match(before)):
            before = jobs_at.group(1)  # "Careers at Notion" above the title
        if before is not None and _breadcrumb(before):
            before = _first_segment(before)  # "Quayline · Sales · Amsterdam or London · Hybrid"
        above = lines[index - 2] if index > 1 else None
        if (company is None and above is not None and _could_be_company(above) and before is not None
                and not named_elsewhere(before)
                and (named_elsewhere(above) or named_elsewhere(_as_spelled(above, text)))):
            # "Ashcombe Partners" / "Structural & Civil Engineers · Brisbane" / title; "CORVANE AEROSPACE" / "Avionics
            # & Mission Systems" / title: the name the posting uses again, not its tagline or department
            company = _company_name(_as_spelled(above, text))
        if (company is None and before is not None and _could_be_company(before)
                and (named_elsewhere(before) or (after is not None and _is_place_line(after))
                     or before.split()[-1].lower() in ORGANISATION_WORDS)):  # "National Reef and Fisheries Authority"
            company = _company_name(before)
        if (company is None and after is not None and after2 is not None and _is_place_line(after)
                and _could_be_company(after2) and named_elsewhere(after2)):
            # a flyer: the title, its place and terms ("Nottingham · Full-time · £28,000"), then the employer the
            # posting names again ("Penrose, Hale & Carter")
            company = _company_name(after2)
    if company is None and weak is not None:
        company = _company_name(weak)
        title = re.sub(rf"\s+(?:[-–—|·•]|at|@)\s+{re.escape(weak)}", "", title).strip()
    if company is None and (page := next((m for line in lines[:3] if (m := _CAREERS_PAGE.match(line))), None)):
        company = _company_name(_careers_company(page, text))  # "PINECREST STUDIOS · Careers"
    if company is None and index is not None and index + 1 < len(lines) and (
            at_line := _AT_LINE.match(lines[index + 1])) and _could_be_company(at_line.group(1)):
        company = _company_name(at_line.group(1))  # "Senior Product Designer" / "at Hollowtree Games (View all jobs)"
    if company is None and (logo := _LOGO.search(text)) and _could_be_company(logo.group(1)):
        company = _company_name(logo.group(1))  # "![Tidewater Energy logo](...)"
    plain = re.sub(r"\*\*|__", "", text)
    # "At Thistledown AI we build ...", "We're Pebblebrook Games, a 25-person indie studio", "join our team at Acme"
    for pattern in (_AT_COMPANY, _WE_ARE, _TEAM_AT):
        if company is None and (at := pattern.search(plain)) and _could_be_company(at.group(1)):
            company = _company_name(at.group(1))
    if company is None and (legal := _LEGAL_NAME.search(plain)):
        company = _company_name(legal.group(1))  # "Die Eisvogel Mobility GmbH entwickelt Software ..."
    if company is None:
        about = re.search(r"^\s*#*\s*(?:[^\w\s#]+\s*)?(?:about|About|ABOUT)\s+(?!the\b|us\b|you\b|this\b|our\b|me\b|[Tt]he\b|[Uu]s\b|[Yy]ou\b"
                          r"|[Tt]his\b|[Oo]ur\b)([A-Z][^\n:]{1,60}?)\s*:?\s*$",
                          text, re.MULTILINE)
        if about and _could_be_company(about.group(1)):
            company = _company_name(about.group(1))
    if company is None and (letterhead := next((line for line in lines[:3] if _could_be_company(line) and (
            named_elsewhere(line) or _as_spelled(line, text) != line or _PUBLIC_BODY.match(line)
            or line.split()[-1].lower() in ORGANISATION_WORDS)), None)):  # "Marrowby District Council"
        # a letterhead: "Harlow & Pike Building Society" / "JOB DESCRIPTION", or "OSTRANDER PACKAGING CO." that the
        # posting spells "Ostrander Packaging Co." further down
        company = _company_name(_as_spelled(letterhead, text))
    if company is None and (intro := _INTRODUCED.search(plain)) and _could_be_company(intro.group(1)):
        company = _company_name(intro.group(1))  # "Who we are" / "Wicklow Byte Studio is a nine-person studio."
    if company is None and (jobs_at := next((m for line in lines[:4] if (m := _JOBS_AT.match(line))), None)) \
            and _could_be_company(jobs_at.group(1)):
        company = _company_name(jobs_at.group(1))
    if company is None:
        company = _employer_named_in_prose(plain)
    if company is not None and (full := next((name for name in unbacked if name.startswith(f"{company} ") and (
            name.split()[-1].lower() in ORGANISATION_WORDS or is_legal_form(name.split()[-1]))), None)):
        # the posting shortens the name its title line gives in full: "Community Pharmacist – Leeds – Brightwell
        # Pharmacy Group" over "Brightwell is an independent group of 14 pharmacies"
        company = _company_name(full)
        title = re.sub(rf"\s+(?:[-–—|·•]|at|@)\s+{re.escape(full)}", "", title).strip()
    if company is not None and _AGENCY.search(company):
        company = None  # the agency that posted it; the client it recruits for is named, if at all, above
    return title, company


def _employer_named_in_prose(text: str) -> str | None:
    """The employer as the posting's prose names it when no heading does: its equal-opportunity statement, else a
    paragraph that opens with it ("Stoatly is the app ...", "Tidewright helps coastal councils ..."). A skill or a
    place in that position ("Python is a ...", "Leeds is ...") is not a company."""
    lexicon = load_skill_lexicon()
    names = []
    for pattern in (_EQUAL_OPPORTUNITY, _SUBJECT_OPENING):
        for match in pattern.finditer(text):
            name = match.group(1).strip()
            # a proper name is never written in lower case in the same posting ("Travel is a big part of the role"
            # and "some travel" is a common noun)
            common = re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text) is not None
            if _could_be_company(name) and not lexicon.find(name) and not common:
                names.append(name)
    if not names:
        return None
    # the name in full where the posting also shortens it ("Tillbury Software builds ...", "Tillbury is an equal ...")
    return _company_name(max((n for n in names if n.startswith(names[0])), key=len))


def _heading_with_title(lines: list[str], title: str) -> tuple[int, str] | None:
    """A labelled title ("Position: Front Office Manager") repeated in the posting's heading line with its company
    and place ("Front Office Manager – Saltmarsh Hotels – Halifax, NS"): that line, read as a title line."""
    for i, line in enumerate(lines[:3]):
        if line.startswith(title) and re.match(r"\s+[-–—|·@]\s+\S", line[len(title):]):
            return i, line
    return None


def _breadcrumb(line: str) -> bool:
    """"Quayline · Sales · Amsterdam or London · Hybrid": a company with its department and place, as a careers page
    prints them above the title; "Olivar Viajes · Sevilla": a company and its place alone."""
    parts = re.split(r"\s+[·|•]\s+", line)
    return (len(parts) >= 3 and any(_is_place_line(part) for part in parts[1:])) or (
        len(parts) == 2 and _is_place_line(parts[1]))


def _careers_company(page: re.Match[str], text: str) -> str:
    """The company of a careers-page heading, spelled as the posting spells it elsewhere ("OSPREY CLINICAL AI" ->
    "Osprey Clinical AI"), else in title case."""
    name = page.group("company").strip()
    spelled = _as_spelled(name, text)
    return spelled if spelled != name or not name.isupper() else name.title()


def _as_spelled(name: str, text: str) -> str:
    """A name in capitals as the posting spells it elsewhere in mixed case, else unchanged."""
    if not name.isupper():
        return name
    spelled = (m.group(0) for m in re.finditer(re.escape(name), text, re.IGNORECASE) if not m.group(0).isupper())
    return next(spelled, name)


def _names_team(title: str) -> bool:
    """"Principal Engineer, Data Platform", "ML Engineer (Search)": the title already names its team, so what
    follows a dash is the company. A bracketed level or contract note ("(Mid-level)", "(12-month contract)") is
    not a team."""
    if "," in title:
        return True
    notes = re.findall(r"\(([^)]*)\)", title)
    return any(not (_LEVEL_PREFIX.match(note + " ") or re.search(r"\d|contract|level|remote|hybrid|m/f|f/m|w/m",
                                                                 note, re.IGNORECASE) or is_place(note))
               for note in notes)


def _first_segment(line: str) -> str:
    """"Lanternfish Logistics · Remote · Full-time" -> "Lanternfish Logistics"."""
    return re.split(r"\s+[·|•—–-]\s+|\s*[·|•]\s*", line)[0].strip()


def _role_from_title(title: str) -> str | None:
    """"Senior Backend Engineer — Payments Platform" -> "Backend Engineer": the job, without team, level or
    bracketed notes."""
    role = re.split(r"\s+[—–|·-]\s+|\s*[(\[,]|\s+at\s+", title, maxsplit=1)[0].strip()
    role = _GRADE_SUFFIX.sub("", _LEVEL_PREFIX.sub("", role)).strip(" -–—,")
    without_level = _LEVEL_SUFFIX.sub("", role).strip(" -–—,")
    # "Software Engineer Intern" -> "Software Engineer", but "Marketing Intern" stays: "Marketing" names no job
    return (without_level if TITLE_WORDS.search(without_level) or not TITLE_WORDS.search(role) else role) or None


_LEVELS = [("staff", rf"(?!{_STAFF_JOB})staff|principal|distinguished"), ("senior", r"senior|sr\.?|lead"),
           ("mid", r"mid[- ]?level|intermediate|medior"),
           # ... and a student's job beside their studies ("Working Student Data Engineering", "Werkstudent")
           ("junior", r"junior|jr\.?|graduate|new grad|entry[- ]level|associate|trainee|apprentice|intern(?:ship)?"
                      r"|working student|werkstudent(?:in)?")]
# A post open to people starting out: "New graduates welcome", "Beginning teachers are warmly welcomed".
_BEGINNERS_WELCOME = re.compile(r"\b(?:new|recent|beginning|newly[- ]qualified)\s+(?:grad(?:uate)?s|teachers|nurses"
                                r"|engineers|professionals)\s+(?:are\s+)?(?:(?:very|warmly|most|always)\s+)?"
                                r"(?:welcome|encouraged to apply|encouraged)",
                                re.IGNORECASE)
_LEVEL_NUMERAL = {"i": "junior", "1": "junior", "ii": "mid", "2": "mid", "iii": "senior", "3": "senior"}


def _seniority(title: str, min_years: int | None, *, beginners: bool = False) -> str:
    """The title's level word ("Senior", "Staff", "Graduate", "Mid-level"), else its level numeral ("Engineer II")
    when no years are asked for, else a welcome to new graduates (`beginners`: junior), else the years asked for,
    else what the role itself implies ("Head of", "Architect")."""
    for level, pattern in _LEVELS:
        if re.search(rf"\b(?:{pattern})(?!\w)", title, re.IGNORECASE):
            return level
    role = _GRADE_SUFFIX.sub("", re.split(r"\s+[—–|·-]\s+|\s*[(\[,]", title, maxsplit=1)[0].strip())
    # an employer's grade numeral ("Finance Business Partner II") counts only where the posting states no years: the
    # numeral means different things at different employers, "5-7 years' experience" the same everywhere
    if min_years is None and (numeral := re.search(r"\s(i{1,3}|[123])$", role.strip(), re.IGNORECASE)):
        return _LEVEL_NUMERAL[numeral.group(1).lower()]
    if beginners:
        return "junior"
    if min_years is not None:
        return "junior" if min_years < 2 else "mid" if min_years < 5 else "senior" if min_years < 10 else "staff"
    return seniority_for(title, None, None)


# Experience asked for in months: "At least 6 months' experience", "12 months' Class 1 experience"
_MONTHS = re.compile(r"(?<![\d.])(\d{1,2})\s*\+?\s*months?['’]?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}experience", re.IGNORECASE)


def _min_years(text: str) -> int | None:
    if match := _YEARS.search(text):
        return int(match.group(1))
    if words := _YEARS_IN_WORDS.search(text):
        return _NUMBER_WORDS[words.group(1).lower()]
    return int(months.group(1)) // 12 if (months := _MONTHS.search(text)) else None


def _requirements(section: str, lexicon: SkillLexicon, *, mine_phrases: bool) -> list[str]:
    """Known skills (canonical names) in the section, then (`mine_phrases`, for real requirement lists only, not
    prose) the other short requirement topics of its bullets."""
    skills = lexicon.find(section)
    topics: list[str] = []
    for line in section.split("\n") if mine_phrases else []:
        for clause in _CLAUSE_SPLIT.split(clean_line(line)):
            for item in _ITEM_SPLIT.split(clause):
                if lexicon.find(item, skills_context=True):
                    continue  # the lexicon already names this item ("Strong Python", "MLOps tooling")
                if topic := _requirement_topic(item):
                    topics.append(topic)
    return unique(skills + topics)


def _requirement_topic(item: str) -> str | None:
    phrase = item.strip(" .,;:!-–—'\"")
    for _ in range(2):
        phrase = _LEAD_IN.sub("", phrase).strip()
        phrase = _TAIL.sub("", phrase).strip()
        phrase = _CUT.sub("", phrase).strip(" .,")
    words = phrase.split()
    if (not 1 <= len(words) <= 4 or _NOT_A_TOPIC.search(phrase) or phrase.lower() in _WEAK_WORDS
            or phrase.lower() in _STOPWORDS or not re.match(r"[A-Za-z]", phrase)
            or (len(words) > 1 and words[0].lower().endswith("ing"))):  # "making them safe", "leading work"
        return None
    return phrase.lower()


def _focus_topics(text: str, must_have: list[str], responsibilities: str, lexicon: SkillLexicon,
                  limit: int = 10) -> list[str]:
    """What the interview should dwell on: must-haves first (most mentioned first), then the skills and key
    nouns of the responsibilities by frequency. A few slots are kept for responsibilities so the day-to-day
    work is represented even when the must-have list is long."""
    lowered = text.lower()
    counts = Counter(m.skill for m in lexicon.matches(text))
    must_ranked = sorted(must_have, key=lambda s: (-(counts.get(s) or lowered.count(s)), must_have.index(s)))

    duties: Counter[str] = Counter()
    order: dict[str, int] = {}
    named = lexicon.matches(responsibilities)
    for m in named:
        duties[m.skill] += 2  # a named skill in the duties outranks a plain noun mentioned as often
        order.setdefault(m.skill, m.start)
    covered = [(m.start, m.end) for m in named]
    for word in re.finditer(r"[A-Za-z][A-Za-z-]{3,}", responsibilities):
        token = word.group().lower()
        if (token in _STOPWORDS or token in _GENERIC_WORDS or token.endswith("ly")
                or any(s <= word.start() < e for s, e in covered)):
            continue
        duties[token] += 1
        order.setdefault(token, word.start())
    duty_ranked = [t for t in sorted(duties, key=lambda t: (-duties[t], order[t])) if t not in must_have]

    reserved = min(3, len(duty_ranked))
    topics = must_ranked[:limit - reserved]
    topics += duty_ranked[:limit - len(topics)]
    topics += [t for t in must_ranked if t not in topics][:limit - len(topics)]
    return unique(topics)[:limit]
