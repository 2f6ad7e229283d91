"""Rebuild every document of the twenty-first fresh set from the content held in this script, then check that
every labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh21/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh21/build.py --check   # check only

The set is about ordinary, mainstream English-language resumes as people upload them in 2026: online-builder
exports (Canva-, Novoresume-, Resume.io-, Zety-like), Word and Google Docs templates, LaTeX templates (Jake's
resume, moderncv, awesome-cv) redrawn with reportlab, a LinkedIn "Save to PDF" profile, and plain-text / Markdown
resumes pasted from email, Indeed or a GitHub profile.

reportlab draws six resume PDFs (r01, r05, r09, r14, r18, r22) and the two PDF job descriptions (jd05, jd11) on an
invariant canvas with the TrueType fonts registered by ../buildkit.py; python-docx writes the DOCX files (r02, r07,
r10, r13, r16, r19, r24, jd03, jd08, jd12) through buildkit (fixed core properties and ZIP timestamps); three
resumes (r06, r12, r23) are Word files that LibreOffice turns into PDF through buildkit (fixed metadata and ID).
TXT and Markdown documents are held here as strings, written as UTF-8 with LF line ends.

Everything is fictional: people, employers, clients, schools, universities and projects were invented for this
set. Real names appear only as places, countries, regulators, certifications and products.
"""
import io
import os
import sys

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the shared helpers: tests/data/corpus/buildkit.py

import buildkit  # noqa: E402
from buildkit import (  # noqa: E402
    BLACK,
    WHITE,
    Flow,
    P,
    box,
    bullets,
    cell,
    cell_add,
    cell_bullets,
    docx_new,
    docx_save,
    heading,
    hline,
    new_canvas,
    new_table,
    para_pdf,
    pborder,
    run,
    shade,
    tabs,
    text,
)

RES = os.path.join(HERE, "resumes")
JDS = os.path.join(HERE, "job_descriptions")
TAG = "fresh21"
buildkit.TAG = TAG

FORMATS = {"resumes": {"pdf": 9, "docx": 7, "txt": 4, "md": 4},
           "jds": {"txt": 4, "md": 3, "docx": 3, "pdf": 2}}
GREY = HexColor("#555555")
LIGHT = HexColor("#8A8A8A")


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def tabline(d, parts, right="", stop=17.0, size=None, after=0, before=None, color=None, rb=False, ri=False,
            rcolor=None):
    """One paragraph: (text, bold, italic) parts on the left, then a right tab stop with `right`."""
    p = P(d, after=after, before=before)
    tabs(p, (stop, "r"))
    for s, b, i in parts:
        run(p, s, b=b, i=i, size=size, color=color)
    if right:
        run(p, "\t" + right, b=rb, i=ri, size=size, color=rcolor or color)
    return p


def hdr(d, s, size=8.5, align="r", color="666666", footer=False, first=True):
    """Write a line into the Word page header (or footer); later calls add paragraphs."""
    sec = d.sections[0]
    part = sec.footer if footer else sec.header
    p = part.paragraphs[0] if first else part.add_paragraph()
    run(p, s, size=size, color=color)
    p.alignment = {"l": 0, "c": 1, "r": 2}[align]
    return p


def pills(c, items, x, y, w, font="Sans", size=8, fill=None, stroke=None, color=BLACK, h=14, gap=5):
    """Skill tags as rounded boxes that wrap inside width w; y is the top of the first row. Returns the y under."""
    xx = x
    for it in items:
        tw = sw(it, font, size) + 12
        if xx + tw > x + w:
            xx = x
            y -= h + gap
        box(c, xx, y - h, tw, h, fill=fill, stroke=stroke, width=0.7, r=4)
        text(c, it, xx + 6, y - h + 4.2, font, size, color)
        xx += tw + gap
    return y - h - gap


def multi(c, x, y, parts):
    """Draw (text, font, size, colour) parts one after another in a single text object, as LaTeX does."""
    t = c.beginText(x, y)
    for s, font, size, color in parts:
        t.setFont(font, size)
        t.setFillColor(color)
        t.textOut(s)
    t.textLine("")
    c.drawText(t)


def icon(c, x, y, color, r=4.5):
    """A round contact icon drawn as shapes (no text), centred at x, y."""
    c.setFillColor(color)
    c.circle(x, y, r, stroke=0, fill=1)
    c.setFillColor(WHITE)
    c.circle(x, y, r * 0.38, stroke=0, fill=1)


# =========================================================================================================
# reportlab resumes
# =========================================================================================================
def r01_alyssa_moreno(path):
    """Canva-like one-page design: peach name band, pale left column with round contact icons, skills as pills,
    education and certifications; main column with job titles in capitals, 'Company  |  City, ST' and
    'MM/YYYY - Present' lines."""
    c = new_canvas(path, letter, "Alyssa Moreno - Resume", "Alyssa Moreno", "Canva")
    W, H = letter
    peach, accent, ink = HexColor("#F4E1D2"), HexColor("#B4533A"), HexColor("#2E2A27")
    box(c, 0, H - 118, W, 118, fill=peach)
    box(c, 0, 0, 200, H - 118, fill=HexColor("#FBF6F2"))
    text(c, "ALYSSA MORENO", 40, H - 64, "Sans-B", 27, ink)
    text(c, "Marketing Coordinator", 42, H - 88, "Sans", 12.5, accent)

    y = H - 148

    def lhead(t, y):
        text(c, t, 28, y, "Sans-B", 10.5, accent)
        hline(c, 28, 178, y - 5, accent, 0.8)
        return y - 20

    y = lhead("CONTACT", y)
    for ln in ["(602) 555-0147", "alyssa.moreno@example.com", "Phoenix, AZ 85016",
               "linkedin.com/in/alyssamoreno-mkt"]:
        icon(c, 33, y + 3, accent)
        text(c, ln, 44, y, "Sans", 8, ink)
        y -= 17
    y -= 10
    y = lhead("SKILLS", y)
    y = pills(c, ["Content strategy", "Email marketing", "HubSpot", "Canva", "Google Analytics 4", "SEO",
                  "Copywriting", "Meta Ads Manager", "Event planning"], 28, y + 10, 155, size=7.8,
              fill=WHITE, stroke=accent, color=ink)
    y -= 16
    y = lhead("EDUCATION", y)
    text(c, "B.A. Communication", 28, y, "Sans-B", 8.8, ink)
    text(c, "Sonoran Valley University", 28, y - 13, "Sans", 8.5, ink)
    text(c, "2016 - 2020", 28, y - 26, "Sans", 8.5, GREY)
    y -= 52
    y = lhead("CERTIFICATIONS", y)
    for ln in ["Google Analytics Certification", "HubSpot Content Marketing", "Certification"]:
        text(c, ln, 28, y, "Sans", 8, ink)
        y -= 12

    f = Flow(c, 228, 352, H - 140)

    def sect(t):
        f.gap(4)
        f.line(t, font="Sans-B", size=11, color=accent, after=4)
        hline(c, 228, 580, f.y + 1, accent, 0.8)
        f.gap(8)

    sect("PROFILE")
    f.para("Marketing coordinator with five years of social, email and event marketing for healthcare and "
           "hospitality brands. Organised, curious about data, and happiest when a campaign calendar is full.",
           size=9, color=ink, lead=12.5)
    sect("WORK EXPERIENCE")
    for t_, co, dates, bl in [
        ("MARKETING COORDINATOR", "Saguaro Ridge Health Partners  |  Phoenix, AZ", "03/2022 - Present",
         ["Plan and ship the monthly patient newsletter (62,000 subscribers); open rate up from 24% to 38%.",
          "Coordinate 14 community health fairs a year with clinic managers and local vendors.",
          "Run the HubSpot content calendar and report campaign results to the marketing director."]),
        ("SOCIAL MEDIA SPECIALIST", "Copperline Creative Agency  |  Tempe, AZ", "06/2020 - 02/2022",
         ["Managed Instagram, Facebook and TikTok for six restaurant and hotel clients.",
          "Grew a resort client's Instagram following from 9k to 31k in 18 months."]),
        ("MARKETING INTERN", "Desert Bloom Boutique Hotels  |  Scottsdale, AZ", "01/2020 - 05/2020",
         ["Wrote blog posts and email copy; built the first Canva brand kit for three properties."]),
    ]:
        f.line(t_, font="Sans-B", size=10, color=ink, after=3)
        f.line(co, font="Sans", size=9, color=accent, after=3)
        f.line(dates, font="Sans-I", size=8.5, color=GREY, after=4)
        f.bullets(bl, size=8.7, color=ink)
        f.gap(7)
    sect("ACHIEVEMENTS")
    f.bullets(["Valley Marketing Association Rising Star shortlist, 2024",
               "Volunteer social media lead, Sunlit Tails Animal Rescue (2021 - present)"], size=8.7, color=ink)
    c.save()


def r05_ethan_castellano(path):
    """Jake's-resume-like LaTeX one-pager: centred name and contact line, small-caps style section rules;
    Education first; entries as bold title + right dates over italic company + right location; Projects with
    '| tech stack'; Technical Skills with bold group labels."""
    c = new_canvas(path, letter, "Ethan Castellano Resume", "Ethan Castellano", "LaTeX with hyperref")
    W, H = letter
    L, R = 40, W - 40
    text(c, "Ethan Castellano", W / 2, H - 52, "Times-B", 24, BLACK, "c")
    text(c, "412-555-0164  |  ethan.castellano@example.com  |  linkedin.com/in/ethan-castellano  |  "
            "github.com/ecastellano", W / 2, H - 68, "Times", 9.5, BLACK, "c")
    f = Flow(c, L, R - L, H - 82)

    def sect(t):
        f.gap(6)
        f.line(t, font="Times", size=12.5, after=2)
        hline(c, L, R, f.y, BLACK, 0.6)
        f.gap(5)

    def entry(a, b, cc, d):
        f.line(a, b, font="Times-B", size=10.5, rfont="Times", after=2)
        f.line(cc, d, font="Times-I", size=9.8, after=3)

    sect("Education")
    entry("Riverbend Institute of Technology", "Pittsburgh, PA",
          "Bachelor of Science in Computer Science, Minor in Mathematics", "Aug. 2021 – May 2025")
    f.gap(2)
    sect("Experience")
    for t_, dates, co, place, bl in [
        ("Software Engineer", "July 2025 – Present", "Tollgate Systems", "Pittsburgh, PA",
         ["Build REST services in Java and Spring Boot for the toll-transaction reconciliation platform.",
          "Added contract tests with JUnit and Testcontainers that caught 11 breaking API changes before release.",
          "Took part in the on-call rotation from month three; wrote two runbooks now used by the team."]),
        ("Software Engineering Intern", "May 2024 – Aug. 2024", "Halvorsen Robotics", "Boston, MA",
         ["Wrote a Python tool that replays warehouse-robot telemetry, cutting bug reproduction time by 60%.",
          "Moved the fleet dashboard's charts from polling to WebSockets in TypeScript and React."]),
        ("Undergraduate Teaching Assistant", "Jan. 2023 – May 2025", "Riverbend Institute of Technology",
         "Pittsburgh, PA",
         ["Led weekly recitations for Data Structures (120 students) and held office hours.",
          "Wrote autograder test suites in Java for six programming assignments."]),
        ("Software Engineering Intern", "May 2023 – Aug. 2023", "Allegheny Mutual Insurance", "Pittsburgh, PA",
         ["Built an internal claims search page with React and a Node.js API over PostgreSQL."]),
    ]:
        entry(t_, dates, co, place)
        f.bullets(bl, font="Times", size=9.8, indent=14)
        f.gap(3)
    sect("Projects")
    for name, stack, dates, bl in [
        ("CampusRide", "React Native, Node.js, PostgreSQL", "Jan. 2024 – May 2024",
         ["Ride-sharing app for students; 900 sign-ups in its first semester on campus.",
          "Implemented route matching with PostGIS and push notifications with Firebase."]),
        ("tinykv", "Go, Raft, gRPC", "Sept. 2024 – Present",
         ["Distributed key-value store with Raft consensus, snapshotting and a linearizability test harness."]),
    ]:
        f.room(14)
        f.y -= 10.5
        multi(c, L, f.y, [(name, "Times-B", 10.5, BLACK), (" | ", "Times", 10.5, BLACK),
                          (stack, "Times-I", 10.5, BLACK)])
        text(c, dates, R, f.y, "Times", 10.5, BLACK, "r")
        f.y -= 3
        f.bullets(bl, font="Times", size=9.8, indent=14)
        f.gap(3)
    sect("Technical Skills")
    for lab, items in [("Languages", "Java, Python, C++, TypeScript, SQL, Go"),
                       ("Frameworks", "React, Node.js, Spring Boot, JUnit"),
                       ("Developer Tools", "Git, Docker, AWS, Linux"),
                       ("Libraries", "pandas, NumPy")]:
        f.y -= 10
        multi(c, L + 4, f.y, [(lab + ": ", "Times-B", 10, BLACK), (items, "Times", 10, BLACK)])
        f.y -= 3
    c.save()


def r09_niamh_gallagher(path):
    """Novoresume-like two-column A4: name, title and summary across the top with a contact row of icons; main
    column with title (blue, bold), company (bold), 'MM/YYYY – Present' left and city right (italic),
    'Achievements/Tasks' label and bullets; right column with skill tags, certificates, languages as dots."""
    c = new_canvas(path, A4, "Niamh Gallagher CV", "Niamh Gallagher", "Novoresume")
    W, H = A4
    blue, ink = HexColor("#1F5FA8"), HexColor("#222222")
    text(c, "Niamh Gallagher", 36, H - 56, "Sans-B", 24, ink)
    text(c, "Data Analyst", 36, H - 76, "Sans", 12.5, blue)
    para_pdf(c, "Data analyst with seven years in insurance, energy and food manufacturing. I turn messy "
                "operational data into reporting that people actually open, and I like explaining numbers to "
                "non-technical teams.", 36, H - 86, W - 72, "Sans", 8.8, 12, GREY)
    box(c, 0, H - 146, W, 24, fill=HexColor("#EEF3FA"))
    x = 44
    for ln in ["niamh.gallagher@example.ie", "+353 87 555 2194", "Galway, Ireland", "linkedin.com/in/niamhgallagher"]:
        box(c, x - 5, H - 139, 9, 9, fill=blue, r=2)
        text(c, ln, x + 8, H - 137, "Sans", 8, ink)
        x += sw(ln, "Sans", 8) + 30
    f = Flow(c, 36, 335, H - 166)

    def sect(flow, t, x1, x2):
        flow.line(t, font="Sans-B", size=11, color=ink, after=3)
        hline(c, x1, x2, flow.y + 1, ink, 1.2)
        flow.gap(7)

    sect(f, "WORK EXPERIENCE", 36, 371)
    for t_, co, dates, place, bl in [
        ("Senior Data Analyst", "Corrib Mutual Insurance DAC", "10/2023 – Present", "Galway, Ireland",
         ["Own the claims and pricing dashboards in Power BI used by 120 staff.",
          "Rebuilt the monthly loss-ratio pack in SQL and Python; it now runs in 20 minutes instead of two days."]),
        ("Data Analyst", "Corrib Mutual Insurance DAC", "08/2021 – 09/2023", "Galway, Ireland",
         ["Built the customer-retention model that flagged 3,400 at-risk policies a quarter.",
          "Moved 40 Excel reports to Azure Data Factory pipelines and a governed SQL model."]),
        ("Business Intelligence Analyst (Contract)", "Liffeyside Energy", "01/2020 – 07/2021", "Dublin, Ireland",
         ["Delivered smart-meter usage reporting in Tableau for the retail team."]),
        ("Graduate Analyst", "Shannon Valley Foods Ltd", "09/2018 – 12/2019", "Limerick, Ireland",
         ["Forecast weekly demand for 180 chilled products; cut waste by 6%."]),
    ]:
        f.line(t_, font="Sans-B", size=10.5, color=blue, after=2)
        f.line(co, font="Sans-B", size=9.5, color=ink, after=2)
        f.line(dates, place, font="Sans-I", size=8.2, color=GREY, after=3)
        f.line("Achievements/Tasks", font="Sans-I", size=7.8, color=LIGHT, after=2)
        f.bullets(bl, size=8.6, color=ink)
        f.gap(6)
    f.gap(4)
    sect(f, "EDUCATION", 36, 371)
    for deg, sch, dates, place in [("MSc Business Analytics", "Ardmore University", "09/2017 – 09/2018",
                                    "Dublin, Ireland"),
                                   ("BSc Mathematical Sciences", "Ardmore University", "09/2013 – 05/2017",
                                    "Dublin, Ireland")]:
        f.line(deg, font="Sans-B", size=10, color=blue, after=2)
        f.line(sch, font="Sans-B", size=9.5, color=ink, after=2)
        f.line(dates, place, font="Sans-I", size=8.2, color=GREY, after=8)
    g = Flow(c, 395, 165, H - 166)
    sect(g, "SKILLS", 395, 560)
    g.y = pills(c, ["SQL", "Python", "Power BI", "Tableau", "Azure Data Factory", "Excel", "Statistics",
                    "Stakeholder management", "Data modelling"], 395, g.y, 165, size=8, fill=HexColor("#E4E8EE"),
                color=ink)
    g.gap(10)
    sect(g, "CERTIFICATES", 395, 560)
    for ln in ["Microsoft Certified: Power BI", "Data Analyst Associate (2022)", "",
               "Tableau Desktop Specialist (2020)"]:
        g.line(ln, size=8.2, color=ink, after=2) if ln else g.gap(4)
    g.gap(10)
    sect(g, "LANGUAGES", 395, 560)
    for lang, lvl, n in [("English", "Native or Bilingual Proficiency", 5), ("Irish", "Limited Working Proficiency", 2),
                         ("French", "Elementary Proficiency", 1)]:
        g.line(lang, font="Sans-B", size=8.8, color=ink, after=2)
        g.line(lvl, font="Sans-I", size=7.6, color=GREY, after=3)
        for k in range(5):
            c.setFillColor(blue if k < n else HexColor("#D0D7E2"))
            c.circle(400 + k * 11, g.y - 5, 3.2, stroke=0, fill=1)
        g.gap(17)
    g.gap(4)
    sect(g, "INTERESTS", 395, 560)
    g.y = pills(c, ["Sea swimming", "Camogie", "Parkrun volunteering"], 395, g.y, 165, size=8,
                fill=HexColor("#E4E8EE"), color=ink)
    c.save()


def r14_rebecca_thornley(path):
    """moderncv-classic-like CV: name and title top left, contact with symbols top right; section bars in the
    left column; entries as right-aligned dates in the left column and '<b>Title</b>, <i>School</i>, Town.' on
    the right (cventry), skills as cvitems with group labels on the left."""
    c = new_canvas(path, A4, "Rebecca Thornley - Curriculum Vitae", "Rebecca Thornley", "LaTeX with moderncv")
    W, H = A4
    blue = HexColor("#3873B3")
    L, DATE_R, BODY = 50, 136, 146
    multi(c, L, H - 70, [("Rebecca ", "Sans", 30, HexColor("#7F7F7F")), ("Thornley", "Sans", 30, BLACK)])
    text(c, "Teacher of English", L, H - 92, "Sans-I", 13, HexColor("#7F7F7F"))
    for k, ln in enumerate(["Stockport, Greater Manchester", "☎ 07700 900 418", "✉ rebecca.thornley@example.co.uk"]):
        text(c, ln, W - 50, H - 56 - k * 13, "Sans-I", 8.5, GREY, "r")
    f = Flow(c, BODY, W - 50 - BODY, H - 118)

    def sect(t):
        f.gap(10)
        f.room(30)
        f.y -= 12
        box(c, L, f.y + 1, DATE_R - L, 5, fill=blue)
        text(c, t, BODY, f.y, "Sans", 13, blue)
        f.y -= 8

    def cventry(dates, markup, bl=()):
        f.room(30)
        text(c, dates, DATE_R, f.y - 9, "Sans", 8.5, GREY, "r")
        f.y = para_pdf(c, markup, BODY, f.y, f.w, "Sans", 9.4, 12.5, markup=True) - 2
        if bl:
            f.bullets(bl, size=8.8, mark="◦", indent=10)
        f.gap(5)

    sect("Experience")
    cventry("Sept 2021–present", "<b>Head of Year 9</b>, <i>Ashgrove Academy</i>, Stockport.",
            ["Pastoral lead for 240 students and a team of nine form tutors; attendance up from 91.8% to 94.6%.",
             "Run the Year 9 options evenings and the transition programme with feeder primaries."])
    cventry("Sept 2019–present", "<b>Teacher of English</b>, <i>Ashgrove Academy</i>, Stockport.",
            ["Teach KS3 and GCSE English Language and Literature to mixed-attainment groups.",
             "2024 GCSE results: 78% grade 4+ across my three Year 11 classes against a 69% school average.",
             "Lead the department's reading-for-pleasure programme and the Year 7 library lessons."])
    cventry("Sept 2017–Aug 2019", "<b>Teacher of English (NQT)</b>, <i>Kingsway Fold High School</i>, Oldham.",
            ["Completed my induction year; took on a Year 10 group and ran the debating club."])
    cventry("Jan 2016–Jul 2016", "<b>Cover Supervisor</b>, <i>Hazelbank Academy</i>, Manchester.",
            ["Covered lessons across all subjects for absent staff, up to five lessons a day."])
    sect("Education")
    cventry("2016–2017", "<b>PGCE Secondary English</b>, <i>University of Mersey Vale</i>, Manchester.")
    cventry("2012–2015", "<b>BA (Hons) English Literature</b>, <i>University of Mersey Vale</i>, Manchester, "
                         "<i>First Class</i>.")
    sect("Professional registration")
    cventry("2018", "Qualified Teacher Status (QTS); Designated Safeguarding Lead training, 2023.")
    sect("Skills")
    for lab, items in [("Classroom", "Behaviour management, Differentiation, Formative assessment"),
                       ("Curriculum", "AQA GCSE English Language and Literature, KS3 curriculum design"),
                       ("Digital", "Google Classroom, Microsoft Teams, Bromcom")]:
        f.room(14)
        text(c, lab, DATE_R, f.y - 9, "Sans-B", 8.5, BLACK, "r")
        f.y = para_pdf(c, items, BODY, f.y, f.w, "Sans", 9.4, 12.5) - 4
    sect("Languages")
    text(c, "French", DATE_R, f.y - 9, "Sans-B", 8.5, BLACK, "r")
    f.y = para_pdf(c, "Intermediate (B1)", BODY, f.y, f.w, "Sans", 9.4, 12.5) - 4
    sect("Interests")
    f.para("Fell walking, Stockport Community Choir, and reviewing young-adult fiction for a local bookshop.",
           size=9.4, lead=12.5)
    c.save()


def _r18_draw(c, total):
    """LinkedIn 'Save to PDF' profile on Letter pages; returns the number of pages drawn."""
    W, H = letter
    side_fill = HexColor("#F3F6F8")
    ink, mute = HexColor("#181818"), HexColor("#666666")
    pages = [1]

    def page_bg(cv):
        box(cv, 0, 0, 200, H, fill=side_fill)

    def footer(cv):
        text(cv, f"Page {pages[0]} of {total}", W / 2, 24, "Arial", 8, mute, "c")

    def new_page(cv):
        footer(cv)
        cv.showPage()
        pages[0] += 1
        page_bg(cv)
        return H - 50

    page_bg(c)
    s = Flow(c, 26, 160, H - 50)
    for head, items in [
        ("Contact", ["danielle.ostrowski@example.com", "", "www.linkedin.com/in/danielle-ostrowski-ea",
                     "(LinkedIn)"]),
        ("Top Skills", ["Calendar Management", "Executive Support", "Travel Coordination"]),
        ("Languages", ["Polish (Native or Bilingual)", "English (Native or Bilingual)"]),
        ("Certifications", ["Certified Administrative Professional", "(CAP)", "Microsoft Office Specialist: Excel",
                            "Associate"]),
        ("Honors-Awards", ["Harborview Capital Advisors", "Excellence Award 2023"]),
    ]:
        s.line(head, font="Arial-B", size=12, color=ink, after=6)
        for it in items:
            if it:
                s.line(it, font="Arial", size=9, color=ink, after=2.5)
            else:
                s.gap(4)
        s.gap(12)
    f = Flow(c, 225, 355, H - 50, bottom=60)

    def room(h):
        if f.y - h < 60:
            f.y = new_page(c)

    f.room = room
    f.line("Danielle Ostrowski", font="Arial", size=26, color=ink, after=8)
    f.para("Executive Assistant to the CEO at Harborview Capital Advisors", font="Arial", size=11, color=ink,
           lead=14, after=4)
    f.line("New York, New York, United States", font="Arial", size=10, color=mute, after=14)

    def sect(t):
        room(40)
        f.line(t, font="Arial", size=15, color=ink, after=8)

    sect("Summary")
    f.para("Executive assistant with thirteen years supporting partners and C-suite leaders in finance and law. I run "
           "complicated calendars, plan board meetings and international travel, and keep confidential things "
           "confidential.", font="Arial", size=9.5, color=ink, lead=13, after=14)
    sect("Experience")

    def company(name, span=None):
        room(60)
        f.line(name, font="Arial", size=11.5, color=ink, after=3)
        if span:
            f.line(span, font="Arial", size=9.5, color=mute, after=6)

    def role(t_, dates, place, desc):
        room(50)
        f.line(t_, font="Arial", size=10.5, color=ink, after=3)
        f.line(dates, font="Arial", size=9.5, color=mute, after=3)
        f.line(place, font="Arial", size=9.5, color=mute, after=4)
        for d_ in desc:
            f.para(d_, font="Arial", size=9.5, color=ink, lead=12.5, after=2)
        f.gap(8)

    company("Harborview Capital Advisors")
    role("Executive Assistant to the CEO", "April 2021 - Present (4 years 10 months)",
         "New York, New York, United States",
         ["Support the CEO of a $6B investment firm: calendar, correspondence, travel and expenses.",
          "- Plan quarterly board meetings and the annual investor conference (300 guests).",
          "- Moved the executive team's expenses from paper to Concur."])
    company("Fulton & Pierce LLP", "5 years 10 months")
    role("Executive Assistant", "September 2017 - March 2021 (3 years 7 months)", "New York, New York, United States",
         ["Supported two senior partners in the litigation group; managed court calendars and client billing."])
    role("Administrative Assistant", "June 2015 - August 2017 (2 years 3 months)", "New York, New York, United States",
         ["Front-of-house, conference rooms and supplies for a 90-person office; backup for three assistants."])
    company("Brightwater Dental Group")
    role("Front Desk Receptionist", "January 2013 - May 2015 (2 years 5 months)", "Hoboken, New Jersey, United States",
         ["Scheduled patients, verified insurance and handled check-in for a four-dentist practice."])
    sect("Education")
    room(40)
    f.line("Hudson Palisades Community College", font="Arial", size=11.5, color=ink, after=3)
    f.line("Associate of Applied Science - AAS, Office Administration · (2011 - 2013)", font="Arial",
           size=9.5, color=mute, after=6)
    footer(c)
    return pages[0]


def r18_danielle_ostrowski(path):
    """LinkedIn 'Save to PDF' profile: grey left column (Contact, Top Skills, Languages, Certifications,
    Honors-Awards), main column with name, headline, location, Summary, Experience grouped by company (company
    line, total span when several roles, then each title / 'Month YYYY - Present (n years n months)' /
    location), Education; page footer 'Page n of n'."""
    probe = Canvas(io.BytesIO(), pagesize=letter, invariant=1)
    total = _r18_draw(probe, 9)
    c = new_canvas(path, letter, "Danielle Ostrowski", "LinkedIn", "LinkedIn")
    _r18_draw(c, total)
    c.save()


def r22_lerato_mokoena(path):
    """awesome-cv-like A4: centred two-tone name, accent position line and contact row with drawn icons; section
    titles with the first three letters in the accent colour and a rule; entries as bold organisation with the
    place right (accent italic) over the position in capitals with dates right; Key Projects, Skills as label
    column + items, Education, Registration."""
    c = new_canvas(path, A4, "Lerato Mokoena - CV", "Lerato Mokoena", "LaTeX with Awesome-CV")
    W, H = A4
    red, ink, grey = HexColor("#DC3522"), HexColor("#333333"), HexColor("#5D5D5D")
    L, R = 42, W - 42
    first, last = "Lerato ", "Mokoena"
    tw = sw(first, "Sans", 28) + sw(last, "Sans-B", 28)
    multi(c, W / 2 - tw / 2, H - 62, [(first, "Sans", 28, HexColor("#7C7C7C")), (last, "Sans-B", 28, ink)])
    text(c, "CIVIL ENGINEER  ·  WATER AND SANITATION", W / 2, H - 80, "Sans", 8.5, red, "c")
    parts = ["Pretoria, South Africa", "+27 82 555 0147", "lerato.mokoena@example.co.za",
             "linkedin.com/in/leratomokoena"]
    tot = sum(sw(p, "Sans", 8) + 22 for p in parts)
    x = W / 2 - tot / 2
    for p in parts:
        c.setFillColor(ink)
        c.rect(x, H - 98, 7, 7, stroke=0, fill=1)
        text(c, p, x + 11, H - 97, "Sans", 8, ink)
        x += sw(p, "Sans", 8) + 22
    f = Flow(c, L, R - L, H - 112)

    def sect(t):
        f.gap(6)
        f.y -= 14
        multi(c, L, f.y, [(t[:3], "Sans-B", 14, red), (t[3:], "Sans-B", 14, ink)])
        hline(c, L + sw(t, "Sans-B", 14) + 6, R, f.y + 4, HexColor("#A0A0A0"), 0.6)
        f.y -= 8

    def entry(org, place, pos, dates):
        f.room(40)
        f.line(org, place, font="Sans-B", size=10.2, rfont="Sans-I", color=ink, rcolor=red, after=2)
        f.line(pos, dates, font="Sans", size=8, rfont="Sans-I", color=grey, rcolor=grey, after=4)

    sect("Summary")
    f.para("Registered professional engineer with ten years in bulk water, sewer and stormwater projects for "
           "municipal clients, from feasibility to close-out. Comfortable on site and in front of a council "
           "committee.", size=9, color=grey, lead=12.5)
    sect("Experience")
    for org, place, pos, dates, bl in [
        ("Bosveld Consulting Engineers (Pty) Ltd", "Pretoria, South Africa", "SENIOR CIVIL ENGINEER",
         "Apr. 2022 - Present",
         ["Project lead for water and sewer upgrades worth R480 million across three Gauteng municipalities.",
          "Manage a team of four engineers and two technologists; mentor candidates towards registration."]),
        ("Bosveld Consulting Engineers (Pty) Ltd", "Pretoria, South Africa", "CIVIL ENGINEER",
         "Jan. 2019 - Mar. 2022",
         ["Designed 38 km of bulk pipelines and two pump stations; administered GCC 2015 contracts on site."]),
        ("Karoo Aqua Engineering CC", "Bloemfontein, South Africa", "CANDIDATE ENGINEER",
         "Feb. 2016 - Dec. 2018",
         ["Hydraulic modelling of town reticulation networks and site supervision of reservoir works."]),
        ("Vaalbank Construction (Pty) Ltd", "Vanderbijlpark, South Africa", "VACATION WORK STUDENT",
         "Dec. 2014 - Jan. 2015",
         ["Assisted the site agent with levels, concrete cube testing and daily diaries."]),
    ]:
        entry(org, place, pos, dates)
        f.bullets(bl, size=8.6, color=ink, mark="•")
        f.gap(5)
    sect("Key Projects")
    for name, place, desc in [
        ("Mamelodi Bulk Water Pipeline Upgrade", "2023 - 2025",
         "12 km of 900 mm steel pipeline and a 20 Ml reservoir; delivered three weeks early."),
        ("Sasolburg Stormwater Masterplan", "2020 - 2021",
         "Catchment study and a ten-year capital plan for the local municipality."),
    ]:
        f.line(name, place, font="Sans-B", size=9.5, rfont="Sans-I", color=ink, rcolor=grey, after=2)
        f.para(desc, size=8.6, color=ink, after=5)
    sect("Skills")
    for lab, items in [("Design", "Civil 3D, WaterCAD, SewerGEMS, Prokon"),
                       ("Delivery", "Contract administration, Site supervision, MS Project"),
                       ("Specialist", "Stormwater design, Hydraulic modelling")]:
        f.y -= 9.5
        text(c, lab, L + 70, f.y, "Sans-B", 8.8, ink, "r")
        text(c, items, L + 80, f.y, "Sans", 8.8, grey)
        f.y -= 4
    sect("Education")
    entry("Witberg University", "Johannesburg, South Africa", "B.ENG. CIVIL ENGINEERING", "2011 - 2015")
    sect("Registration")
    f.para("Professional Engineer (Pr.Eng.), Engineering Council of South Africa (ECSA), 2020.",
           size=8.8, color=ink)
    c.save()


# =========================================================================================================
# python-docx resumes
# =========================================================================================================
def r02_sophie_ashworth(path):
    """Resume.io-like DOCX export: name and job title, Details / Profile / Employment History / Education /
    Skills / Hobbies / References; roles as a bold 'Title at Company, Town' line over a grey 'Mon YYYY — Present'
    line; skills with level words in a borderless two-pair table."""
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "Sophie Ashworth", b=True, size=20, after=0)
    P(d, "Store Manager", size=11, color="666666", after=8)

    def head(t):
        P(d, t, b=True, size=12.5, before=10, after=4, keep=True)

    head("Details")
    for s in ["Leeds, LS6 2AB, United Kingdom", "07700 900 731", "sophie.ashworth@example.co.uk"]:
        P(d, s, size=9.5, after=0)
    head("Profile")
    P(d, "Retail manager with eleven years on the shop floor, from Saturday sales assistant to running a "
         "£4.2m store. I build calm, well-trained teams and I know my way around a stock file.", after=2)
    head("Employment History")
    for t_, dates, bl in [
        ("Store Manager at Hollins & Pryce, Harrogate", "Jun 2021 — Present",
         ["Run a 9,000 sq ft fashion and homeware store with a team of 24.",
          "Grew like-for-like sales 12% in 2024 while cutting shrinkage to 0.8% of turnover.",
          "Recruited and trained three supervisors who have since been promoted."]),
        ("Assistant Store Manager at Hollins & Pryce, Leeds", "Mar 2018 — May 2021",
         ["Managed rotas, deliveries and visual merchandising for the Briggate flagship.",
          "Led the store's click-and-collect launch during 2020."]),
        ("Sales Supervisor at Bramwell's Department Store, Leeds", "Sep 2016 — Feb 2018",
         ["Supervised the ladieswear floor and opened and closed the store twice a week."]),
        ("Sales Assistant at Bramwell's Department Store, Leeds", "Sep 2014 — Aug 2016",
         ["Served customers, processed returns and maintained stock replenishment."]),
    ]:
        P(d, t_, b=True, size=11, before=6, after=0, keep=True)
        P(d, dates, size=8.5, color="8A8A8A", after=2, keep=True)
        bullets(d, bl)
    head("Education")
    P(d, "BA (Hons) Business Management, University of Wharfedale, Leeds", b=True, size=11, after=0)
    P(d, "Sep 2011 — Jun 2014", size=8.5, color="8A8A8A", after=2)
    P(d, "Worked weekends at Bramwell's throughout my final year.", after=2)
    head("Skills")
    t = new_table(d, 3, 4, [5.2, 2.8, 5.2, 2.8])
    pairs = [("Visual merchandising", "Expert"), ("Stock control", "Expert"), ("Team leadership", "Experienced"),
             ("Rota planning", "Experienced"), ("Loss prevention", "Skillful"), ("Customer service", "Expert")]
    for k, (sk, lv) in enumerate(pairs):
        r_, c0 = k // 2, (k % 2) * 2
        cell(t.cell(r_, c0), sk, size=9.5)
        cell(t.cell(r_, c0 + 1), lv, size=8.5, color="8A8A8A")
    head("Hobbies")
    P(d, "Running, charity-shop upcycling, five-a-side netball")
    head("References")
    P(d, "References available upon request")
    docx_save(d, path, "Sophie Ashworth")


def r07_hannah_kowalczyk(path):
    """Australian nurse resume in Word: contact and AHPRA line in the page header, footer; headed sections; role
    as bold title with the dates at a right tab, then an italic 'Department · Health service · Town STATE' line."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2))
    hdr(d, "Ballarat VIC 3350  |  0412 555 806  |  hannah.k@example.com.au  |  AHPRA Registration NMW0002468135",
        align="c", size=8.5)
    hdr(d, "Hannah Kowalczyk – Resume", footer=True, align="c", size=8)
    P(d, "Hannah Kowalczyk", b=True, size=22, color="1F4E5F", after=0)
    P(d, "Registered Nurse – Emergency", size=12, color="4F7F8F", after=6)
    heading(d, "CAREER SUMMARY", color="1F4E5F")
    P(d, "Emergency nurse with six years of acute experience in a regional Victorian emergency department. "
         "Confident in triage, resuscitation and caring for deteriorating patients, and a preceptor for "
         "graduate nurses.")
    heading(d, "EMPLOYMENT HISTORY", color="1F4E5F")
    for t_, dates, where, bl in [
        ("Clinical Nurse", "Jul 2023 – Current", "Emergency Department · Wattle Creek Health Service · Ballarat VIC",
         ["Nurse in charge on rotation for a 32-bed ED seeing around 150 presentations a day.",
          "Triage-trained; preceptor to 8 graduate nurses since 2023."]),
        ("Registered Nurse", "Feb 2021 – Jun 2023",
         "Emergency Department · Wattle Creek Health Service · Ballarat VIC",
         ["Resus, acute and fast-track streams; MET and code blue team member."]),
        ("Graduate Registered Nurse", "Feb 2020 – Jan 2021",
         "Medical and Surgical Wards · Eureka Private Hospital · Ballarat VIC",
         ["Two six-month rotations (general medicine, orthopaedics) in the graduate program."]),
        ("Assistant in Nursing (casual)", "Mar 2018 – Dec 2019", "Goldfields Aged Care · Bendigo VIC",
         ["Personal care and observations for residents while studying."]),
    ]:
        tabline(d, [(t_, True, False)], dates, stop=16.6, before=6, rb=True)
        P(d, where, i=True, color="4F4F4F", after=2)
        bullets(d, bl)
    heading(d, "EDUCATION", color="1F4E5F")
    tabline(d, [("Graduate Certificate in Emergency Nursing", True, False), (" — Mount Clear University", False,
                                                                            False)], "2023", stop=16.6)
    tabline(d, [("Bachelor of Nursing", True, False), (" — Mount Clear University", False, False)], "2019",
            stop=16.6)
    heading(d, "KEY SKILLS", color="1F4E5F")
    t = new_table(d, 3, 2, [8.3, 8.3])
    for k, s in enumerate(["Triage", "Advanced life support", "Wound care", "Medication administration",
                           "Patient education", "Electronic medical records"]):
        c_ = t.cell(k // 2, k % 2)
        c_.paragraphs[0].style = d.styles["List Bullet"]
        cell(c_, s)
    heading(d, "REGISTRATION & PROFESSIONAL DEVELOPMENT", color="1F4E5F")
    bullets(d, ["Registered Nurse (Division 1), AHPRA – registered since February 2020",
                "Advanced Life Support (ALS2), 2024", "Triage Emergency Care course, 2022"])
    heading(d, "REFEREES", color="1F4E5F")
    P(d, "Available on request.")
    docx_save(d, path, "Hannah Kowalczyk")


def r10_renee_sutherland(path):
    """Word-template resume (US HR generalist) laid out in a borderless two-column table: section names in the
    narrow left column, content on the right; each role as a 'MON YYYY – PRESENT' line in capitals over a bold
    'Title, Company' line (no places), skills in a nested two-column table."""
    d = docx_new("Calibri", 10.5, margins=(1.6, 1.6, 1.8, 1.8))
    P(d, "Renee Sutherland", b=True, size=24, color="2F5496", after=0)
    P(d, "Columbus, OH 43215  ·  (614) 555-0172  ·  renee.sutherland@example.com  ·  linkedin.com/in/reneesutherland",
      size=9, color="595959", after=10)
    t = new_table(d, 6, 2, [3.6, 14.2])
    rows = ["PROFILE", "EXPERIENCE", "EDUCATION", "SKILLS", "CERTIFICATIONS", "VOLUNTEER"]
    for k, name in enumerate(rows):
        cell(t.cell(k, 0), name, b=True, size=10, color="2F5496", after=8)
    m = t.cell(0, 1)
    cell(m, "HR generalist with eight years across healthcare, food manufacturing and staffing. I keep managers "
            "out of trouble, make onboarding painless and like a well-written policy.", after=10)
    m = t.cell(1, 1)
    first = True
    for dates, line, bl in [
        ("JAN 2022 – PRESENT", "HR Generalist, Lakeview Medical Group",
         ["HR partner to 11 clinics and 430 employees: employee relations, investigations and leave.",
          "Moved onboarding into Workday and cut time-to-first-shift from 14 to 6 days."]),
        ("MAY 2019 – DEC 2021", "HR Coordinator, Buckeye Harvest Foods",
         ["Ran benefits enrollment and FMLA / ADA paperwork for a two-shift plant of 600.",
          "Rewrote the attendance policy with the plant manager; grievances fell by a third."]),
        ("AUG 2017 – APR 2019", "Recruiting Assistant (Temp-to-Hire), Talentbridge Staffing Group",
         ["Screened and scheduled up to 40 light-industrial candidates a week."]),
        ("JUN 2016 – AUG 2016", "Human Resources Intern, Olentangy Valley Credit Union",
         ["Audited personnel files and updated the employee handbook."]),
    ]:
        if first:
            cell(m, dates, size=9, color="595959", after=0)
            first = False
        else:
            cell_add(m, dates, size=9, color="595959", after=0)
        cell_add(m, line, b=True, size=11, after=2)
        cell_bullets(m, bl)
        cell_add(m, "", after=4)
    m = t.cell(2, 1)
    cell(m, "MAY 2017", size=9, color="595959", after=0)
    cell_add(m, "Bachelor of Arts, Psychology", b=True, size=11, after=0)
    cell_add(m, "Scioto State University", after=10)
    m = t.cell(3, 1)
    inner = m.add_table(rows=4, cols=2)
    for k, s in enumerate(["Employee relations", "Onboarding", "FMLA and ADA administration", "Workday HCM",
                           "ADP Workforce Now", "Benefits enrollment", "Policy writing", "HR compliance"]):
        c_ = inner.cell(k % 4, k // 4)
        c_.paragraphs[0].style = d.styles["List Bullet"]
        cell(c_, s)
    m = t.cell(4, 1)
    cell(m, "SHRM Certified Professional (SHRM-CP), 2020", after=10)
    m = t.cell(5, 1)
    cell(m, "Mentor, Columbus Youth Futures (2019 – present): monthly mock interviews for high-school seniors.")
    docx_save(d, path, "Renee Sutherland")


def r13_tyler_bergstrom(path):
    """Canadian electrician resume in Word: name and contact in the page header, a footer line; bold
    'Company — Town, SK' with years at a right tab over an italic title; Skills and Tickets as separate lists;
    education only Grade 12 and the apprenticeship's technical training."""
    d = docx_new("Calibri", 11, margins=(2.0, 2.0, 2.2, 2.2))
    hdr(d, "TYLER BERGSTROM", align="l", size=16, color="1A1A1A")
    hdr(d, "Saskatoon, SK  |  306-555-0128  |  tyler.bergstrom@example.ca", align="l", size=9, first=False)
    hdr(d, "References available upon request", footer=True, align="c", size=8)
    heading(d, "Profile", size=12, color="7A3E00", before=4)
    P(d, "Red Seal construction electrician with eight years in commercial, industrial and potash-mine work. "
         "Safe, tidy and comfortable leading a small crew.")
    heading(d, "Work Experience", size=12, color="7A3E00")
    for co, years, t_, bl in [
        ("Northern Lights Electrical Contractors Ltd. — Saskatoon, SK", "2021 – Present", "Journeyperson Electrician",
         ["Lead hand on commercial fit-outs and mine-site shutdowns with crews of up to six.",
          "Install and troubleshoot motor controls, VFDs and PLC panels."]),
        ("Prairie Spark Electric Inc. — Regina, SK", "2017 – 2021", "Apprentice Electrician",
         ["Completed all four apprenticeship levels with Prairie Spark on residential and commercial sites.",
          "Ran conduit, pulled wire and roughed in services under a journeyperson."]),
        ("Qu'Appelle Home & Yard — Fort Qu'Appelle, SK", "Summer 2016", "Yard Associate (seasonal)",
         ["Loaded lumber orders and ran the forklift in the yard."]),
    ]:
        tabline(d, [(co, True, False)], years, stop=17.0, before=6, rb=True)
        P(d, t_, i=True, after=2)
        bullets(d, bl)
    heading(d, "Skills", size=12, color="7A3E00")
    bullets(d, ["Commercial and industrial wiring", "Conduit bending", "Motor controls", "PLC troubleshooting",
                "Blueprint reading", "CEC compliance"])
    heading(d, "Tickets & Certifications", size=12, color="7A3E00")
    bullets(d, ["Red Seal Electrician (Construction), 2021", "WHMIS 2015", "Fall Protection",
                "Standard First Aid / CPR-C",
                "Class 5 driver's licence"])
    heading(d, "Education & Training", size=12, color="7A3E00")
    P(d, "Apprenticeship technical training, Levels 1–4 — Wascana Polytechnic Institute (2017 – 2021)")
    P(d, "Grade 12 Diploma — Balcarres Composite High School (2016)")
    docx_save(d, path, "Tyler Bergstrom")


def r16_brianna_whitaker(path):
    """Google Docs 'Serif'-like template saved as DOCX: name and contact in a two-cell header table, body in a
    two-column borderless table (Experience / Education left; Skills / Awards / Languages right); each role as
    '**Company**, City, ST — *Title*' over a capitals 'MONTH YYYY - PRESENT' line."""
    d = docx_new("Georgia", 10, margins=(1.5, 1.5, 1.8, 1.8))
    top = new_table(d, 1, 2, [11.0, 7.0])
    cell(top.cell(0, 0), "Brianna Whitaker", b=True, size=24, after=0)
    cell_add(top.cell(0, 0), "Account executive who closes mid-market SaaS deals and keeps them renewing.", size=9.5,
             color="555555")
    cell(top.cell(0, 1), "1450 Larimer Street", size=9, align="r", after=0)
    for s in ["Denver, CO 80202", "(720) 555-0139", "brianna.whitaker@example.com"]:
        p = cell_add(top.cell(0, 1), s, size=9, after=0)
        p.alignment = 2
    P(d, "", after=4)
    body = new_table(d, 1, 2, [12.2, 5.8])
    L_, R_ = body.cell(0, 0), body.cell(0, 1)

    def lhead(cc, t, first=False):
        if first:
            cell(cc, t, b=True, size=10, color="D35400", after=4)
        else:
            cell_add(cc, t, b=True, size=10, color="D35400", after=4)

    lhead(L_, "EXPERIENCE", first=True)
    for co, place, t_, dates, bl in [
        ("Summitline Software", "Denver, CO", "Account Executive, Mid-Market", "JANUARY 2023 - PRESENT",
         ["Closed $1.9M in new ARR in 2024 (128% of quota) selling workflow software to 200–1,000 seat companies.",
          "Run full-cycle deals with MEDDICC; average sales cycle down from 94 to 71 days."]),
        ("Summitline Software", "Denver, CO", "Sales Development Representative", "JUNE 2021 - DECEMBER 2022",
         ["Booked 310 qualified meetings; promoted to AE after 18 months."]),
        ("Aspen Crest Apparel", "Boulder, CO", "Assistant Store Manager", "MAY 2018 - MAY 2021",
         ["Ran a team of 12 and the store's local events programme."]),
    ]:
        p = L_.add_paragraph()
        run(p, co, b=True, size=11)
        run(p, ", " + place + " — ", size=11)
        run(p, t_, i=True, size=11)
        p.paragraph_format.space_after = buildkit.Pt(1)
        cell_add(L_, dates, size=8, color="666666", after=2)
        cell_bullets(L_, bl, size=9.5)
        cell_add(L_, "", after=2)
    lhead(L_, "EDUCATION")
    p = L_.add_paragraph()
    run(p, "Foothills State University", b=True, size=11)
    run(p, ", Fort Collins, CO — ", size=11)
    run(p, "B.S. Marketing", i=True, size=11)
    cell_add(L_, "AUGUST 2014 - MAY 2018", size=8, color="666666", after=2)
    lhead(R_, "SKILLS", first=True)
    cell_bullets(R_, ["Salesforce", "Outreach", "Gong", "MEDDICC qualification", "Pipeline forecasting",
                      "Negotiation", "LinkedIn Sales Navigator"], size=9.5)
    cell_add(R_, "", after=4)
    lhead(R_, "AWARDS")
    cell_add(R_, "President's Club, 2024", size=9.5, after=1)
    cell_add(R_, "Rookie AE of the Year, 2023", size=9.5, after=4)
    lhead(R_, "LANGUAGES")
    cell_add(R_, "English, Spanish (conversational)", size=9.5)
    docx_save(d, path, "Brianna Whitaker")


def r19_adaeze_nwankwo(path):
    """Nigerian banking CV in Word: name in capitals, personal details, career summary; experience in a
    borderless table with dates left ('Jan. 2022 – Date') and bold title / company line with the place / bullets
    right; NYSC under its own heading; education with class of degree; referees."""
    d = docx_new("Cambria", 10.5, margins=(2.0, 2.0, 2.0, 2.0))
    P(d, "ADAEZE NWANKWO", b=True, size=18, align="c", color="0E4D2F", after=0)
    P(d, "12 Adeola Odeku Street, Victoria Island, Lagos  |  0803 555 2716  |  adaeze.nwankwo@example.com.ng",
      size=9, align="c", after=8)
    heading(d, "CAREER SUMMARY", color="0E4D2F", size=11)
    P(d, "Relationship manager with eight years in commercial banking and insurance sales. I grow and protect "
         "SME and mid-corporate portfolios and I know the credit process from both sides of the table.")
    heading(d, "WORK EXPERIENCE", color="0E4D2F", size=11)
    t = new_table(d, 3, 2, [3.8, 13.2])
    for k, (dates, t_, co, bl) in enumerate([
        ("Jan. 2022 – Date", "Relationship Manager, Commercial Banking",
         "Lagoon Trust Bank Plc, Victoria Island, Lagos",
         ["Manage a portfolio of 65 mid-corporate clients with ₦38 billion in deposits and ₦21 billion in loans.",
          "Grew portfolio deposits 44% in 2024 and kept non-performing loans under 2%."]),
        ("Mar. 2019 – Dec. 2021", "Relationship Officer", "Lagoon Trust Bank Plc, Ikeja, Lagos",
         ["Onboarded SME customers, prepared credit memos and cross-sold trade and payroll products."]),
        ("Oct. 2017 – Feb. 2019", "Sales Executive", "Kolanut Insurance Brokers Ltd, Ibadan",
         ["Sold motor and fire policies to SMEs; top performer in Oyo branch for three quarters."]),
    ]):
        cell(t.cell(k, 0), dates, b=True, size=9.5, after=6)
        m = t.cell(k, 1)
        cell(m, t_, b=True, after=0)
        cell_add(m, co, i=True, after=1)
        cell_bullets(m, bl)
        cell_add(m, "", after=4)
    heading(d, "NATIONAL YOUTH SERVICE (NYSC)", color="0E4D2F", size=11)
    P(d, "Corps Member, Government Secondary School, Maiduguri, Borno State — 2016 – 2017 (taught economics to SS2 "
         "students)")
    heading(d, "CORE SKILLS", color="0E4D2F", size=11)
    t2 = new_table(d, 2, 3, [5.6, 5.6, 5.6])
    for k, s in enumerate(["Relationship management", "Credit analysis", "Cross-selling", "Finacle",
                           "Microsoft Excel", "Customer onboarding (KYC)"]):
        cell(t2.cell(k // 3, k % 3), "• " + s)
    heading(d, "EDUCATION", color="0E4D2F", size=11)
    tabline(d, [("B.Sc. Economics (Second Class Upper)", True, False), (" – Olumo University, Abeokuta", False,
                                                                      False)], "2016", stop=17.0)
    heading(d, "PROFESSIONAL MEMBERSHIP", color="0E4D2F", size=11)
    P(d, "Associate, Chartered Institute of Bankers of Nigeria (ACIB), 2021")
    heading(d, "PERSONAL DETAILS", color="0E4D2F", size=11)
    for s in ["Date of Birth: 4th August 1993", "State of Origin: Anambra", "Marital Status: Single",
              "Nationality: Nigerian"]:
        P(d, s, after=0)
    heading(d, "REFEREES", color="0E4D2F", size=11)
    P(d, "Available on request.")
    docx_save(d, path, "Adaeze Nwankwo")


def r24_rania_haddad(path):
    """Zety-like DOCX export (UAE guest relations): shaded name band, Summary, Skills as a two-column table of
    skill and level word, Work History and Education as tables with 'YYYY-MM - Current' in the left column and
    bold title / 'Company, City' / bullets in the right; Languages, Certifications."""
    d = docx_new("Calibri", 10.5, margins=(1.5, 1.5, 1.8, 1.8))
    band = new_table(d, 1, 1, [17.8])
    b = band.cell(0, 0)
    shade(b, "2B3A4A")
    cell(b, "Rania Haddad", b=True, size=22, color="FFFFFF", after=0)
    cell_add(b, "Guest Relations Manager", size=12, color="D9E2EC", after=2)
    cell_add(b, "Dubai, UAE  •  +971 50 555 3821  •  rania.haddad@example.ae", size=9, color="FFFFFF", after=4)
    P(d, "", after=2)

    def head(t):
        p = P(d, t, b=True, size=12, color="2B3A4A", before=8, after=4, keep=True)
        pborder(p, "bottom", "2B3A4A", 6, 1)

    head("Summary")
    P(d, "Guest relations professional with ten years in luxury resorts in the UAE and Lebanon. Multilingual, calm "
         "with VIPs and complaints alike, and focused on return guests.")
    head("Skills")
    t = new_table(d, 3, 4, [5.3, 3.6, 5.3, 3.6])
    for k, (sk, lv) in enumerate([("Guest relations", "Excellent"), ("VIP handling", "Excellent"),
                                  ("Complaint resolution", "Excellent"), ("Opera PMS", "Very Good"),
                                  ("Upselling", "Very Good"), ("Team training", "Good")]):
        r_, c0 = k // 2, (k % 2) * 2
        cell(t.cell(r_, c0), sk)
        cell(t.cell(r_, c0 + 1), lv, i=True, color="7F7F7F")
    head("Work History")
    wt = new_table(d, 4, 2, [3.4, 14.4])
    for k, (dates, t_, co, bl) in enumerate([
        ("2022-03 - Current", "Guest Relations Manager", "Saffron Sands Resort & Spa, Dubai",
         ["Lead a team of 14 guest relations officers across a 420-key beachfront resort.",
          "Raised the resort's guest satisfaction score from 86 to 92 in two years."]),
        ("2019-09 - 2022-02", "Assistant Guest Relations Manager", "Saffron Sands Resort & Spa, Dubai",
         ["Managed VIP arrivals, in-villa amenities and the loyalty desk."]),
        ("2017-06 - 2019-08", "Guest Relations Executive", "Pearl Creek Hotel Apartments, Abu Dhabi",
         ["Handled check-in for long-stay corporate guests and resolved service complaints."]),
        ("2015-07 - 2017-05", "Front Office Agent", "Cedar Bay Hotel, Beirut",
         ["Reception, reservations and night audit cover in a 160-room city hotel."]),
    ]):
        cell(wt.cell(k, 0), dates, size=9.5, color="595959")
        m = wt.cell(k, 1)
        cell(m, t_, b=True, after=0)
        cell_add(m, co, i=True, after=1)
        cell_bullets(m, bl)
        cell_add(m, "", after=3)
    head("Education")
    et = new_table(d, 1, 2, [3.4, 14.4])
    cell(et.cell(0, 0), "2015-06", size=9.5, color="595959")
    cell(et.cell(0, 1), "Bachelor of Arts: Hospitality Management", b=True, after=0)
    cell_add(et.cell(0, 1), "Cedar Coast University - Beirut", i=True)
    head("Languages")
    P(d, "Arabic: Native     English: Fluent     French: Upper intermediate")
    head("Certifications")
    P(d, "Certified Guest Service Professional (CGSP) - 2020")
    docx_save(d, path, "Rania Haddad")


# =========================================================================================================
# Word files converted to PDF by LibreOffice
# =========================================================================================================
def r06_angelica_dizon_docx(path):
    """Philippine BPO resume in Word: name and photo box in a header table, objective; work experience in a
    borderless two-column table (dates left; company in capitals, 'Title | Place' italic, bullets right);
    skills table, education, trainings, personal information, character references, certification line."""
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 2.0, 2.0))
    top = new_table(d, 1, 2, [13.8, 3.6])
    cell(top.cell(0, 0), "ANGELICA R. DIZON", b=True, size=18, color="1B3A6B", after=2)
    for s in ["Blk 5 Lot 12, Mabolo, Cebu City 6000", "0917 555 2841  |  angelica.dizon@example.ph"]:
        cell_add(top.cell(0, 0), s, size=9.5, after=0)
    ph = top.cell(0, 1)
    cell(ph, "2x2 photo", size=8, color="999999", align="c", after=30)
    tb = top.cell(0, 1)._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for e in ("top", "left", "bottom", "right"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "single")
        x.set(qn("w:sz"), "6")
        x.set(qn("w:color"), "999999")
        borders.append(x)
    tb.append(borders)
    heading(d, "CAREER OBJECTIVE", color="1B3A6B", size=11)
    P(d, "To grow as a team leader in a customer-focused company where I can use my six years of call center and "
         "hospitality experience to coach agents and keep customers happy.")
    heading(d, "WORK EXPERIENCE", color="1B3A6B", size=11)
    t = new_table(d, 4, 2, [4.2, 13.2])
    for k, (dates, co, line, bl) in enumerate([
        ("October 2021 – Present", "BRIGHTPATH CONTACT SOLUTIONS, INC.", "Team Leader  |  Cebu IT Park, Cebu City",
         ["Lead a team of 16 agents on a US telecommunications account (inbound voice).",
          "Team CSAT at 91% for 2024; lowest agent attrition on the floor.",
          "Conduct daily huddles, call calibration and coaching sessions."]),
        ("March 2019 – September 2021", "BRIGHTPATH CONTACT SOLUTIONS, INC.",
         "Senior Customer Service Representative  |  Cebu IT Park, Cebu City",
         ["Handled billing and technical escalations; subject matter expert for new hires."]),
        ("June 2017 – February 2019", "ISLA MACTAN BEACH RESORT", "Front Desk Agent  |  Lapu-Lapu City, Cebu",
         ["Check-in and check-out, reservations and guest concerns for a 200-room resort."]),
        ("2016 – 2017", "SUGBO MART DEPARTMENT STORE", "Sales Associate (Contractual)  |  Cebu City",
         ["Assisted customers in the appliance section and handled cashiering during peak season."]),
    ]):
        cell(t.cell(k, 0), dates, b=True, size=9.5, after=6)
        m = t.cell(k, 1)
        cell(m, co, b=True, after=0)
        cell_add(m, line, i=True, after=1)
        cell_bullets(m, bl, size=9.5)
        cell_add(m, "", after=2)
    heading(d, "SKILLS", color="1B3A6B", size=11)
    st = new_table(d, 4, 2, [8.7, 8.7])
    for k, s in enumerate(["Customer handling and de-escalation", "Coaching and quality monitoring", "Zendesk",
                           "Salesforce Service Cloud", "Avaya CMS", "Microsoft Excel", "Google Workspace"]):
        c_ = st.cell(k % 4, k // 4)
        c_.paragraphs[0].style = d.styles["List Bullet"]
        cell(c_, s)
    heading(d, "EDUCATION", color="1B3A6B", size=11)
    tabline(d, [("Bachelor of Science in Tourism Management", True, False)], "2013 – 2017", stop=17.0)
    P(d, "University of San Lorenzo – Cebu City", after=4)
    tabline(d, [("Secondary: Mabolo National High School", False, False)], "2009 – 2013", stop=17.0)
    heading(d, "SEMINARS AND TRAININGS ATTENDED", color="1B3A6B", size=11)
    bullets(d, ["Team Leader Development Program – BrightPath Academy, 2021",
                "Customer Experience Excellence Workshop – Cebu City, 2019"])
    heading(d, "PERSONAL INFORMATION", color="1B3A6B", size=11)
    for s in ["Date of Birth: March 14, 1996", "Civil Status: Single", "Citizenship: Filipino",
              "Languages: English, Filipino, Cebuano"]:
        P(d, s, after=0)
    heading(d, "CHARACTER REFERENCES", color="1B3A6B", size=11)
    P(d, "Mr. Ramon T. Villaflor – Operations Manager, BrightPath Contact Solutions, Inc. – 0918 555 0142", after=0)
    P(d, "Ms. Liza P. Abellana – Front Office Manager, Isla Mactan Beach Resort – 0922 555 7731", after=8)
    P(d, "I hereby certify that the above information is true and correct to the best of my knowledge.", i=True)
    P(d, "ANGELICA R. DIZON", b=True, align="r", before=12)
    docx_save(d, path, "Angelica Dizon")


def r12_rahul_deshmukh_docx(path):
    """Indian engineer's Word resume: shaded section bars, career objective, professional snapshot, then
    'Since Jul'21 with M/s. Company, Town as Title' organisational-experience lines with Key Result Areas;
    skill set, academic table, personal details, declaration; a footer with the name."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    hdr(d, "Rahul Deshmukh  |  Resume", footer=True, align="c", size=8)
    P(d, "RAHUL DESHMUKH", b=True, size=18, after=0)
    P(d, "Mobile: +91 98220 55173  |  E-mail: rahul.deshmukh@example.in  |  Aurangabad, Maharashtra", size=9.5,
      after=8)

    def bar(t):
        p = P(d, t, b=True, size=10.5, before=8, after=4, keep=True)
        shade(p, "D9D9D9")

    bar("CAREER OBJECTIVE")
    P(d, "Seeking a challenging position in production or quality engineering in the automotive sector where I "
         "can apply my experience in forging and machining to improve quality and productivity.")
    bar("PROFESSIONAL SNAPSHOT")
    bullets(d, ["A result-oriented Mechanical Engineer with 8+ years of experience in production and quality "
                "of automotive components.",
                "Hands-on with PPAP, PFMEA and control plans for Tier-1 customers; IATF 16949 internal auditor."])
    bar("ORGANISATIONAL EXPERIENCE")
    for head, kra in [
        ("Since Jul'21 with M/s. Deccan Forge & Castings Pvt. Ltd., Aurangabad as Production Engineer",
         ["Managing production of crankshaft and connecting-rod forgings across two shifts (45 operators).",
          "Improved OEE of the 2,500 T press line from 68% to 79% through SMED and TPM.",
          "Lead for kaizen and 5S in the forging shop."]),
        ("Aug'18 – Jun'21 with M/s. Sahyadri Auto Components Ltd., Pune as Quality Engineer",
         ["Handled customer complaints and 8D reports for machined brake components.",
          "Prepared PPAP documents and conducted layout inspections."]),
        ("Jul'17 – Jul'18 with M/s. Sahyadri Auto Components Ltd., Pune as Graduate Engineer Trainee",
         ["Trained in machining, inspection and SAP PP transactions."]),
    ]:
        P(d, head, b=True, before=6, after=2, keep=True)
        P(d, "Key Result Areas:", i=True, after=1, keep=True)
        bullets(d, kra)
    bar("SKILL SET")
    bullets(d, ["AutoCAD", "SolidWorks", "SAP PP", "Minitab", "PFMEA and Control Plans", "Lean Manufacturing",
                "MS Office"])
    bar("ACADEMIC CREDENTIALS")
    t = new_table(d, 4, 4, [4.2, 7.0, 2.6, 3.6], borders={"color": "808080"})
    for r_, row in enumerate([["Qualification", "Institute", "Year", "Percentage"],
                              ["B.E. in Mechanical Engineering", "Ajanta Valley College of Engineering, Aurangabad",
                               "2017", "72.4%"],
                              ["HSC", "Saraswati Junior College, Jalna", "2013", "81.2%"],
                              ["SSC", "Vidya Niketan High School, Jalna", "2011", "88.6%"]]):
        for k, s in enumerate(row):
            cell(t.cell(r_, k), s, b=(r_ == 0), size=9.5)
    bar("PERSONAL DETAILS")
    for s in ["Date of Birth: 18th November 1995", "Languages Known: English, Hindi, Marathi",
              "Permanent Address: Plot 27, Shivaji Nagar, Jalna – 431203"]:
        P(d, s, after=0)
    bar("DECLARATION")
    P(d, "I hereby declare that the information furnished above is true to the best of my knowledge.")
    tabline(d, [("Place: Aurangabad", False, False)], "(Rahul Deshmukh)", stop=17.0, before=10)
    docx_save(d, path, "Rahul Deshmukh")


def r23_jasmine_carter_docx(path):
    """US elementary teacher's Word resume: name and contact in the page header, a footer; Teaching Experience
    and Related Experience headings (both roles), bold title with dates at a right tab over 'School — City, ST';
    a student-teaching placement; concurrent summer and part-time jobs; Volunteer heading (not roles)."""
    d = docx_new("Garamond", 11.5, margins=(2.0, 2.0, 2.2, 2.2))
    hdr(d, "JASMINE CARTER", align="c", size=18, color="274E13")
    hdr(d, "Charlotte, NC 28205  •  (704) 555-0186  •  jasmine.carter@example.com", align="c", size=9.5,
        first=False)
    hdr(d, "Jasmine Carter  •  Elementary Educator", footer=True, align="c", size=8.5)
    heading(d, "PROFILE", color="274E13", size=11.5, before=2)
    P(d, "Licensed elementary teacher (K–6) who builds warm, structured classrooms and uses data to plan small-group "
         "reading and math instruction.")
    heading(d, "TEACHING EXPERIENCE", color="274E13", size=11.5)
    for t_, dates, where, bl in [
        ("Third Grade Teacher", "August 2022 – Present", "Piedmont Ridge Elementary School — Concord, NC",
         ["Teach all subjects to a class of 24, including six multilingual learners.",
          "Raised the share of students reading on grade level from 58% to 81% in the 2023–24 year.",
          "Grade-level chair for third grade since 2024."]),
        ("Long-Term Substitute Teacher, Kindergarten", "January 2022 – June 2022",
         "Sugar Hollow Elementary School — Charlotte, NC",
         ["Planned and taught the full kindergarten curriculum during a teacher's leave."]),
        ("Student Teacher, Second Grade", "August 2021 – December 2021",
         "Sugar Hollow Elementary School — Charlotte, NC",
         ["Completed a 16-week placement; took over full teaching for the final five weeks."]),
    ]:
        tabline(d, [(t_, True, False)], dates, stop=16.5, before=6, rb=False)
        P(d, where, i=True, after=2)
        bullets(d, bl)
    heading(d, "RELATED EXPERIENCE", color="274E13", size=11.5)
    for t_, dates, where, bl in [
        ("Camp Counselor (Seasonal)", "Summers 2019 – 2021", "Catawba Pines Day Camp — Belmont, NC",
         ["Led a group of twelve campers aged 7–9 through daily activities."]),
        ("Tutor (Part-Time)", "2019 – 2021", "Brightside Learning Center — Charlotte, NC",
         ["Tutored K–5 students in reading and math after school."]),
    ]:
        tabline(d, [(t_, True, False)], dates, stop=16.5, before=6)
        P(d, where, i=True, after=2)
        bullets(d, bl)
    heading(d, "EDUCATION", color="274E13", size=11.5)
    P(d, "Bachelor of Science in Elementary Education  |  Uwharrie State University, Albemarle, NC  |  May 2021  |  "
         "GPA 3.8", after=2)
    heading(d, "LICENSURE", color="274E13", size=11.5)
    P(d, "North Carolina Professional Educator's License, Elementary Education (K–6)")
    heading(d, "CLASSROOM SKILLS", color="274E13", size=11.5)
    t = new_table(d, 2, 3, [5.5, 5.5, 5.5])
    for k, s in enumerate(["Differentiated instruction", "Guided reading", "PBIS classroom management",
                           "Google Classroom", "Seesaw", "IEP collaboration"]):
        c_ = t.cell(k // 3, k % 3)
        c_.paragraphs[0].style = d.styles["List Bullet"]
        cell(c_, s)
    heading(d, "VOLUNTEER", color="274E13", size=11.5)
    P(d, "Reading Buddies Volunteer, Plaza Midwood Public Library (2018 – 2021)")
    docx_save(d, path, "Jasmine Carter")


# =========================================================================================================
# plain-text and Markdown documents
# =========================================================================================================
TEXTS = {}

TEXTS["resumes/r03_rohit_venkatesan.txt"] = """\
RESUME

ROHIT VENKATESAN
Mobile: +91 97910 48213
Email: rohit.venkatesan@example.in
Location: Pune, Maharashtra

CAREER OBJECTIVE
To work in a challenging environment where I can use my skills in Java backend
development and contribute to the growth of the organization.

PROFESSIONAL SUMMARY
* 7.5+ years of experience in design, development and support of Java/J2EE
  applications in insurance, logistics and retail domains.
* Strong experience in Spring Boot microservices, REST APIs and Kafka.
* Good exposure to AWS deployment and CI/CD using Jenkins and Docker.
* Experience in Agile (Scrum) methodology; handled client calls with US teams.

TECHNICAL SKILLS
Programming     : Java, Python, SQL
Frameworks      : Spring Boot, Hibernate, Angular
Databases       : Oracle, MySQL, MongoDB
Tools           : Git, Jenkins, Docker, JIRA
Cloud           : AWS, Azure DevOps

PROFESSIONAL EXPERIENCE
* Currently working as Senior Software Engineer at Kaveri Softech Solutions
  Pvt. Ltd., Pune from August 2021 to till date.
* Worked as Software Engineer at Brahmaputra Infosystems Ltd., Hyderabad from
  July 2018 to July 2021.
* Worked as Trainee Software Engineer at Brahmaputra Infosystems Ltd.,
  Hyderabad from January 2018 to June 2018.

PROJECT DETAILS

Project #1
Project Title   : ClaimSure
Client          : US-based health insurer
Duration        : Aug 2021 - Till date
Role            : Module Lead (Backend)
Environment     : Java 17, Spring Boot, Kafka, Oracle 19c, AWS
Team Size       : 9
Description     : ClaimSure is a claims processing platform that receives claims
                  from providers, validates them against policy rules and sends
                  them for adjudication.
Responsibilities:
 - Designed the claim-intake microservice handling 1.2 lakh claims per day.
 - Reduced batch adjudication time from 6 hours to 50 minutes using Kafka
   consumers and parallel processing.
 - Mentored 4 junior developers and reviewed code.

Project #2
Project Title   : FleetTrack Dispatch Portal
Client          : Logistics company, Netherlands
Duration        : Jul 2018 - Jul 2021
Role            : Software Engineer
Environment     : Java 8, Spring Boot, Hibernate, MySQL, Angular
Team Size       : 12
Description     : Web portal for dispatchers to plan routes and track trucks.
Responsibilities:
 - Developed REST APIs for route planning and driver assignment.
 - Wrote unit tests with JUnit and Mockito (coverage 82%).

Project #3
Project Title   : RetailEdge Loyalty Engine
Client          : Internal product
Duration        : Jan 2018 - Jun 2018
Role            : Trainee
Environment     : Java, MySQL
Description     : Points and rewards engine for retail chains.
Responsibilities:
 - Fixed defects and wrote SQL reports during the training period.

EDUCATIONAL QUALIFICATION
Degree                                   Institution                                            Year   Score
B.E. (Computer Science and Engineering)  Sri Venkatadri College of Engineering, Chennai          2017   7.8 CGPA
HSC                                      Vidya Mandir Higher Secondary School, Salem             2013   89%
SSLC                                     Vidya Mandir Higher Secondary School, Salem             2011   92%

CERTIFICATIONS
* AWS Certified Developer - Associate (2023)
* Oracle Certified Professional, Java SE 11 Developer (2020)

PERSONAL DETAILS
Father's Name    : S. Venkatesan
Date of Birth    : 12-03-1996
Gender           : Male
Marital Status   : Married
Languages Known  : English, Tamil, Hindi
Notice Period    : 60 days

DECLARATION
I hereby declare that the above written particulars are true to the best of my
knowledge and belief.

Place: Pune
Date:                                                       (ROHIT VENKATESAN)
"""

TEXTS["resumes/r08_thandiwe_nkosi.txt"] = """\
CURRICULUM VITAE

THANDIWE NKOSI
Senior Accountant

PERSONAL DETAILS
Surname:              Nkosi
First names:          Thandiwe Precious
Nationality:          South African
Residential area:     Randburg, Johannesburg
Driver's licence:     Code B (EB)
Health:               Excellent
Contact number:       082 555 7731
Email:                thandiwe.nkosi@example.co.za

CAREER PROFILE
Professional Accountant (SA) with ten years of experience in audit-firm and
commercial accounting: month-end close, VAT, payroll and annual financial
statements for owner-managed businesses.

EDUCATION
Institution:          Vaal Ridge University
Qualification:        BCom Accounting
Year completed:       2014

Institution:          Jabavu Secondary School, Soweto
Qualification:        National Senior Certificate (Matric), Bachelor pass
Year completed:       2010

PROFESSIONAL QUALIFICATIONS
Professional Accountant (SA), SAIPA - 2019

COMPUTER SKILLS AND COMPETENCIES
Pastel Partner, Sage Evolution, CaseWare, MS Excel (Advanced), SAP Business One,
VAT201 submissions on eFiling, Payroll (VIP)

EMPLOYMENT HISTORY

Company:              Mabena Botha Inc.
Position:             Senior Accountant
Period:               March 2022 - Present
Location:             Sandton
Duties:
  - Manage a portfolio of 35 clients: bookkeeping review, management accounts
    and annual financial statements.
  - Prepare and submit VAT201 returns and provisional tax calculations.
  - Supervise and review the work of three trainee accountants.

Company:              Highveld Fresh Produce (Pty) Ltd
Position:             Accountant
Period:               January 2019 - February 2022
Location:             Midrand
Duties:
  - Month-end close, balance sheet reconciliations and cash-flow forecasts.
  - Took over payroll for 140 staff on VIP.
Reason for leaving:   Career growth; move back into practice.

Company:              Highveld Fresh Produce (Pty) Ltd
Position:             Creditors Clerk
Period:               February 2017 - December 2018
Location:             Midrand
Duties:
  - Captured supplier invoices and ran the weekly payment run.
Reason for leaving:   Promoted to Accountant.

Company:              Ngema Dube Accounting Services
Position:             Trainee Accountant (learnership)
Period:               February 2015 - January 2017
Location:             Soweto
Duties:
  - Bookkeeping and tax returns for small businesses and sole traders.
Reason for leaving:   End of learnership contract.

LANGUAGES
English (read, write, speak), isiZulu (home language), Afrikaans (read, speak)

REFERENCES
Mr J. Botha - Director, Mabena Botha Inc. - 011 555 0190
Ms L. Pillay - Financial Manager, Highveld Fresh Produce (Pty) Ltd - 011 555 4428
"""

TEXTS["resumes/r17_cody_ferguson.txt"] = """\
Cody Ferguson
Joplin, MO 64801
cody.ferguson@example.com
+1 417 555 0192

Safe, on-time CDL-A driver with a clean record and warehouse experience.
Looking for regional or dedicated routes with home time every week.

Authorized to work in the US for any employer

Work Experience

Class A CDL Driver
Redline Freight Carriers-Joplin, MO
March 2021 to Present

- Haul dry van and refrigerated loads on regional routes across the Midwest and South
- Complete pre-trip and post-trip inspections and keep logs in the ELD
- Keep a clean safety record with no preventable accidents
- Recognized as driver of the quarter by the terminal manager

Warehouse Associate
Ozark Valley Distribution-Springfield, MO
June 2018 to February 2021

- Loaded and unloaded trailers with forklift and pallet jack
- Picked and staged orders for outbound routes
- Trained new associates on safety and scanning procedures

Seasonal Delivery Driver
SwiftPoint Parcel Service-Joplin, MO
November 2017 to January 2018

- Delivered residential packages during the holiday peak season

Education

High school diploma
Webb Valley High School-Webb City, MO
2012 to 2016

Skills

- Commercial driving (5 years)
- Forklift (4 years)
- Pallet jack
- DOT regulations
- Electronic logging devices
- Inventory management

Certifications and Licenses

CDL A
Present

Hazmat endorsement
Present

Forklift certification

Additional Information

Willing to do regional routes. Clean MVR and clean drug screens.
"""

TEXTS["resumes/r21_jamie_pritchard.txt"] = """\
JAMIE PRITCHARD
Head Chef

Ambleside, Cumbria  |  07700 900 356  |  jamie.pritchard@example.co.uk

PROFILE
---------------------------------------------------------------
Head chef with ten years in Lake District hotels and gastropubs. Seasonal
British cooking, tight GP control and calm, well-trained kitchen teams.

EXPERIENCE
---------------------------------------------------------------
Head Chef — The Lantern House, Ambleside (Apr 2023 – present)
  * Run a 70-cover restaurant and 12-room inn kitchen with a brigade of seven.
  * Took food GP from 63% to 71% by re-costing the menu and cutting waste.
  * Two AA Rosettes awarded in 2024.

Sous Chef — The Lantern House, Ambleside (Jun 2021 – Mar 2023)
  * Ran the pass four nights a week and wrote the weekly specials.
  * Set up the allergen matrix and HACCP records after reopening.

Chef de Partie — Wasdale Grange Hotel, Seascale (Feb 2019 – May 2021)
  * Sauce and fish sections for a 90-cover hotel restaurant and weddings.

Commis Chef (Apprenticeship) — Castle Howe Bistro, Kendal (Sep 2016 – Jan 2019)
  * Prep, larder and breakfast service while completing my apprenticeship.

KEY SKILLS
---------------------------------------------------------------
Menu development • Food costing and GP control • Allergen management • HACCP •
Team leadership • Butchery and fish preparation

QUALIFICATIONS
---------------------------------------------------------------
NVQ Level 3 Diploma in Professional Cookery (2019)
Level 3 Award in Supervising Food Safety in Catering (2021)
Personal Licence holder (2023)

INTERESTS
---------------------------------------------------------------
Fell running, foraging, and the Keswick food festival.

References available on request.
"""

TEXTS["resumes/r04_priya_sandhu.md"] = """\
# Hi, I'm Priya Sandhu 👋

**Frontend Developer** in Toronto · [priya.dev](https://priya.example.dev) · [GitHub](https://github.com/priyasandhu-example) · [LinkedIn](https://linkedin.com/in/priyasandhu-example) · priya.sandhu@example.ca

I build accessible React interfaces for e-commerce. Before tech I spent four years in restaurant kitchens, so I
stay calm when production is on fire. 🔥

## 💼 Experience

### Frontend Developer @ Maplewood Commerce
📍 Toronto, ON · 🗓 Jan 2023 – present

- Own the checkout UI (React + TypeScript) for 40+ merchant storefronts.
- Cut Largest Contentful Paint from 3.9 s to 1.8 s with image and bundle work.
- Led the WCAG 2.2 AA audit and fixes for the whole storefront theme.

### Junior Web Developer @ Lakeshore Digital Studio
📍 Mississauga, ON · 🗓 May 2021 – Dec 2022

- Built marketing sites and Shopify themes for small businesses.
- Set up Playwright end-to-end tests for the studio's starter template.

### Web Developer (Co-op) @ Northbay Credit Union
📍 North Bay, ON · 🗓 Sep 2020 – Dec 2020

- Rebuilt the branch locator and rates pages as accessible components.

## 🍳 Earlier experience

### Line Cook @ The Copper Pot Bistro
📍 Toronto, ON · 🗓 Jun 2015 – Aug 2019

- Grill and sauté stations on a 110-cover dinner service.

## 🛠 Skills

`React` `TypeScript` `Next.js` `Tailwind CSS` `Jest` `Playwright` `GraphQL` `Figma` `Accessibility (WCAG)`

## 📌 Projects

- **[pocketledger](https://github.com/priyasandhu-example/pocketledger)** — a budgeting PWA that works offline (React, IndexedDB).
- **[transit-eta-widget](https://github.com/priyasandhu-example/transit-eta-widget)** — a tiny web component showing TTC arrival times.

## 🎓 Education

**Advanced Diploma in Computer Programming and Analysis** — Humberview College, Toronto · 2019 – 2021 (Dean's List)

---
📫 Open to senior frontend roles in Toronto or remote (Canada).
"""

TEXTS["resumes/r11_tom_radcliffe.md"] = """\
# Tom Radcliffe

Platform Engineer · Manchester, UK · tom.radcliffe@example.co.uk · github.com/tradcliffe-example

> Platform engineer who makes deploys boring. Eight years of AWS, Kubernetes and Terraform, most of it in
> regulated financial services.

## Experience

### Kingfell Bank plc, Manchester

**Senior Platform Engineer** · Oct 2022 – now

- Lead the internal developer platform team (5 engineers) serving 60 product teams.
- Moved 140 services from hand-built EKS clusters to a GitOps setup with Argo CD.
- Cut median build-to-production time from 3 days to 40 minutes.

**Platform Engineer** · Mar 2020 – Sep 2022

- Wrote the Terraform module library used for every new AWS account.
- Ran the migration from Jenkins to GitHub Actions.

### Pennine Pixel Games Ltd, Salford

**DevOps Engineer (contract)** · Jun 2018 – Feb 2020

- Built the game-server autoscaling on GCP and the Prometheus / Grafana monitoring.

### Holcombe Brook College, Bury

**IT Support Technician** · Sep 2015 – May 2018

- First- and second-line support for 1,200 students and staff; scripted lab imaging in PowerShell.

## Skills

- **Cloud:** AWS, GCP
- **Infrastructure as code:** Terraform, Helm
- **Containers:** Kubernetes, Argo CD
- **CI/CD:** GitHub Actions
- **Observability:** Prometheus, Grafana
- **Languages:** Python, Bash, Go

## Side projects

- [`tf-guardrails`](https://github.com/tradcliffe-example/tf-guardrails) — policy checks for Terraform plans, used by three teams at work.
- [`pi-cluster`](https://github.com/tradcliffe-example/pi-cluster) — a four-node Raspberry Pi k3s cluster that runs my home automation.

## Education

**BSc (Hons) Computer Networks** — Northern Pennine University, 2015

## Certifications

Certified Kubernetes Administrator (CKA) · AWS Certified Solutions Architect – Professional
"""

TEXTS["resumes/r15_wanjiru_mwangi.md"] = """\
Wanjiru Mwangi
==============

**Data Scientist** | Nairobi, Kenya | +254 712 555 408 | wanjiru.mwangi@example.co.ke | [GitHub](https://github.com/wmwangi-example)

Summary
-------

Data scientist with six years in mobile money and microfinance. I build credit-scoring and fraud models that
ship, and I translate them for risk and product teams.

Work Experience
---------------

**Data Scientist** | Savanna Mobile Money Ltd | Nairobi | Jan 2022 – Present

- Built the nano-loan credit-scoring model used for 2.3 million customers; default rate down 18%.
- Deployed fraud-detection features on the real-time transaction stream with the platform team.

**Junior Data Analyst** | Msingi Microfinance Bank | Nairobi | Jun 2019 – Dec 2021

- Automated branch portfolio-at-risk reports in SQL and Python.
- Ran the first A/B test on SMS repayment reminders.

**Data Collection Intern** | Afya Mashinani Trust | Kisumu | Jan 2019 – Apr 2019

- Supervised household survey data collection on tablets in two counties.

Technical Skills
----------------

- Languages: Python, R, SQL
- Machine learning: scikit-learn, XGBoost
- Data: PostgreSQL, Apache Spark, Airflow
- Visualisation: Power BI, Plotly

Projects
--------

- **Matatu Route Optimiser**: scraped fares and travel times for Nairobi matatu routes and suggested cheaper
  transfers.
- **Maize Price Forecaster**: weekly maize price forecasts for twelve county markets using public data.

Education
---------

**BSc Actuarial Science**, Rift Valley University of Technology, 2018 (Second Class Honours, Upper Division)

Certifications: Google Data Analytics Professional Certificate (2021)

Languages: English, Kiswahili, Kikuyu
"""

TEXTS["resumes/r20_liam_osullivan.md"] = """\
# Liam O'Sullivan

🧭 **Product Manager** · Melbourne, VIC · liam.osullivan@example.com.au · 0413 555 270

> Product manager in health tech. I run discovery properly, write short specs and measure what ships.

---

## Experience

### Tallowood Health — Senior Product Manager
`Aug 2023 → Present` · Melbourne

- Own the patient booking app (380k monthly users) and a squad of seven.
- Launched online rescheduling; no-shows down 22% in six months.

### Tallowood Health — Product Manager
`Feb 2021 → Jul 2023` · Melbourne

- Shipped telehealth video consults for 140 clinics during 2021.

### Brightline Telco — Business Analyst (contract)
`Mar 2019 → Jan 2021` · Sydney

- Requirements and UAT for the NBN ordering portal rebuild.

### Coastal Credit Union — Graduate Analyst
`Feb 2018 → Feb 2019` · Wollongong

- Rotations in digital banking and risk reporting.

---

## Toolkit

- Product discovery
- Roadmapping
- Jira
- Amplitude
- SQL
- Figma
- A/B testing

## Side projects

- **Op-Shop Finder** — a map of Melbourne op shops with opening hours, 4k monthly visitors.
- **Footy Tipping Bot** — a Slack bot that runs our office AFL tipping comp.

## Education

- **Bachelor of Commerce, majoring in Information Systems** — Yarra Bend University, 2017
- Certified Scrum Product Owner (CSPO), 2020
"""

TEXTS["job_descriptions/jd01_fernbrook_health_senior_backend_engineer.md"] = """\
[![Fernbrook Health](https://jobs.example-ashby.com/fernbrook/logo.png)](https://jobs.example-ashby.com/fernbrook)

[← Back to jobs](https://jobs.example-ashby.com/fernbrook)

# Senior Backend Engineer

**Location**
Remote (US)

**Employment Type**
Full time

**Location Type**
Remote

**Department**
Engineering

**Compensation**
$170K – $200K • Offers Equity

[Overview](#overview) · [Application](#application)

---

Fernbrook Health builds scheduling, intake and referral software for community health centers. More than 900
clinics use Fernbrook to get patients seen sooner.

## About the role

You'll join the Core Platform team (six engineers) that owns our scheduling engine, patient records API and the
integrations that connect us to electronic health record systems.

## What you'll do

- Design, build and operate Python and Go services that handle millions of appointments a month
- Own reliability for the services you ship, including on-call one week in six
- Work with product and clinical advisors to turn messy real-world workflows into clean APIs
- Mentor other engineers through code review and design docs

## What we're looking for

- 5+ years of backend engineering experience
- Strong Python or Go
- Experience designing and operating PostgreSQL-backed services
- Comfort with AWS and infrastructure as code (Terraform)

## Nice to have

- Experience with HL7 FHIR or other healthcare integrations
- Familiarity with HIPAA and SOC 2 controls

## Benefits

- Medical, dental and vision with 100% of premiums covered for you
- $1,500 home-office budget and a yearly learning stipend
- 16 weeks of paid parental leave

Fernbrook Health is an equal opportunity employer.

[Apply for this Job](#application)

---

Powered by Ashby · Privacy Policy · Security · Vulnerability Disclosure
"""

TEXTS["job_descriptions/jd02_juniper_and_pine_outfitters_retail_sales_associate.txt"] = """\
Skip to main content
indeed
Find jobs   Company reviews   Find salaries                         Sign in   |   Employers / Post Job

What: retail sales associate          Where: Portland, OR           Find jobs

Retail Sales Associate
Juniper & Pine Outfitters
3.8 out of 5 stars
Portland, OR 97205
$17.50 - $19.00 an hour - Part-time, Full-time

Apply now

Profile insights
Here's how the job qualifications align with your profile.
Skills
Retail sales
Cash handling
Do you have experience in Retail sales?   Yes   No

Job details
Here's how the job details align with your profile.
Pay
$17.50 - $19.00 an hour
Job type
Part-time
Full-time
Shift and schedule
Weekends as needed
Evening shift

Location
Portland, OR 97205

Benefits
Pulled from the full job description
Employee discount
Paid time off
401(k)

Full job description
Juniper & Pine Outfitters is an independent outdoor and travel store in downtown Portland. We sell packs,
footwear, tents and everything you forgot to pack, and we love helping people get outside.

What you'll do:
- Greet customers, find out where they're headed and help them choose the right gear
- Run the register, process returns and open store credit cards
- Keep the floor stocked, tidy and merchandised
- Help with inventory counts and receiving deliveries

Requirements:
- Friendly, confident communication with customers
- Availability on weekends and at least two weekday evenings
- Able to lift up to 40 lbs and stand for a full shift
- Basic math and cash-handling skills

Nice to have:
- Previous retail or hospitality experience
- Hiking, camping or travel know-how

No experience? No problem. We train everyone on product and on our point-of-sale system.

Job Types: Part-time, Full-time
Pay: $17.50 - $19.00 per hour
Expected hours: 20 - 38 per week

Experience:
Retail sales: 1 year (Preferred)

Work Location: In person

Report job

Hiring Insights
Job activity
Posted 3 days ago

Explore other jobs
Stockroom Associate - Cascade Goods Co. - Beaverton, OR
Barista - Rosebud Coffee House - Portland, OR
Customer Service Representative - Willamette Home Supply - Tigard, OR

(c) 2026 Indeed   Accessibility at Indeed   Privacy Center and Ad Choices   Terms
"""

TEXTS["job_descriptions/jd04_quayside_energy_senior_data_analyst.txt"] = """\
From: Megan Hollis <megan.hollis@quayside-energy.example.co.uk>
To: Sam Okafor <sam.okafor@example.com>
Date: Tue, 13 Jan 2026 10:42:17 +0000
Subject: Opportunity: Senior Data Analyst at Quayside Energy (Hybrid, Bristol)

Hi Sam,

I hope you don't mind me reaching out directly. I'm the talent partner for our data teams at Quayside Energy,
and your background in customer analytics caught my eye on LinkedIn.

We're hiring a Senior Data Analyst to join our Customer Insights team. Quick overview:

The role: Senior Data Analyst, Customer Insights
Where: Bristol (Temple Quay), hybrid - two days a week in the office
Salary: £55,000 - £62,000 + 10% bonus, 30 days' holiday

What you'd be doing:
* Owning the analysis behind our churn, tariff and smart-meter campaigns
* Building the self-serve dashboards our customer directors use every week
* Coaching two analysts and setting the team's SQL and code-review standards

What we need:
* 5+ years in a data or analytics role
* Advanced SQL
* Python or R for analysis
* Experience presenting insight to senior stakeholders

Would be great if you have:
* Energy or utilities experience
* Looker or Power BI

The process is a 30-minute call with me, a take-home task (about two hours) and a final interview with the
Head of Insights. If it sounds interesting, could you send over your CV or pick a time here:
https://calendly.example.com/megan-hollis/20min

Best wishes,
Megan

--
Megan Hollis | Talent Partner | Quayside Energy
Quayside House, Temple Quay, Bristol BS1 6EA
Quayside Energy Ltd is registered in England and Wales. This email and any attachments are confidential.
"""

TEXTS["job_descriptions/jd06_loomwork_customer_success_manager.md"] = """\
Loomwork Careers / Open roles / Customer Success Manager

# Customer Success Manager

🏢 **Loomwork** · 📍 Dublin, Ireland (Hybrid) · 🕐 Full-time · 💶 €55k–€65k + bonus

> Loomwork is a workflow platform for textile and apparel suppliers. 300 brands use us to track orders from
> mill to warehouse. We're 70 people, mostly in Dublin and Porto.

## 👋 About the role

You'll look after a book of around 40 mid-sized brand and supplier accounts: onboarding them, making sure they
get value, and renewing and growing them with our account executives.

## 🧰 What you'll do

- Run onboarding projects from kick-off to go-live
- Hold quarterly business reviews and track account health
- Turn customer feedback into clear requests for the product team
- Own renewals and spot expansion opportunities

## ✅ What you need

- 3+ years in customer success or account management at a B2B SaaS company
- Experience running onboarding or implementation projects
- Confident presenting to senior customer stakeholders
- Comfortable with a CRM (we use HubSpot)

## ✨ Bonus points

- Experience in supply chain, manufacturing or fashion
- Portuguese or Italian

## 🎁 Perks

- 25 days' holiday plus your birthday off
- Pension contribution of 6%
- Hybrid: two days a week in our Dublin office

## How to apply

Send your CV and a few lines about why Loomwork to careers@loomwork.example.io, or use
[this form](https://loomwork.example.io/apply).

---
*Last edited January 2026*
"""

TEXTS["job_descriptions/jd07_cypress_bend_medical_center_registered_nurse.txt"] = """\
Cypress Bend Medical Center
Registered Nurse - Medical/Surgical
Houston, TX, United States
Full-time
Department: Nursing - Med/Surg 5 West
Job ID: 742190331

I'm interested          Refer a friend

Company Description

Cypress Bend Medical Center is a 410-bed not-for-profit hospital serving west Houston. We are a Magnet-
designated hospital and a Level II trauma center.

Job Description

As a Registered Nurse on our 36-bed medical/surgical unit, you will provide direct care to adult patients
recovering from surgery or managing acute illness. You will work 12-hour shifts (days or nights) with a
patient ratio of 1:5.

- Assess, plan, implement and evaluate patient care
- Administer medications and treatments and document in Epic
- Educate patients and families for a safe discharge
- Work with physicians, case managers and therapists on each patient's plan of care

Qualifications

- Current Texas RN license or multistate compact license
- BLS certification (AHA)
- Minimum 1 year of acute care RN experience
- Associate Degree in Nursing (ADN)

Preferred:
- Bachelor of Science in Nursing (BSN)
- Med/Surg certification (CMSRN)

Additional Information

Sign-on bonus of $10,000 for eligible candidates. Night shift differential. Tuition reimbursement.

Cypress Bend Medical Center is an equal opportunity employer.

Privacy Policy | Cookie Settings
Powered by SmartRecruiters
"""

TEXTS["job_descriptions/jd09_bluegum_coffee_co_marketing_manager.txt"] = """\
Glassdoor
Community    Jobs    Companies    Salaries    For Employers
Search   Marketing Manager                    San Diego, CA

Bluegum Coffee Co.
4.1 ★
Marketing Manager
San Diego, CA
$85K - $105K (Employer est.)
Easy Apply
Save

Job description
Bluegum Coffee Co. roasts specialty coffee in San Diego and sells it through our six cafés, grocery stores and
our online subscription. We're looking for a hands-on Marketing Manager to own the brand and grow
subscriptions.

What you'll do
- Own the marketing plan and budget across cafés, grocery and e-commerce
- Lead email, paid social and in-store campaigns with our designer and a freelance copywriter
- Grow the subscription program and report on acquisition cost and retention
- Manage the website content and the loyalty app promotions

What you'll need
- 4+ years of B2C marketing experience
- Experience managing paid social budgets
- Strong writing and project management skills
- Working knowledge of Shopify and Klaviyo

Nice to have
- Food & beverage or retail marketing background
- Basic photo and video editing

Show more

Job type: Full-time
Pay: $85,000.00 - $105,000.00 per year

Company overview
Size: 51 to 200 Employees
Founded: 2011
Type: Company - Private
Industry: Food & Beverage Manufacturing
Revenue: Unknown / Non-Applicable

Benefits
4.0 ★  12 ratings
Health Insurance    Free coffee    401K Plan

Similar jobs
Brand Marketing Manager - Sunset Cliffs Kombucha - San Diego, CA - $90K - $110K
Digital Marketing Specialist - Coronado Kitchens - Chula Vista, CA - $65K - $78K

Glassdoor has millions of jobs plus salary information, company reviews, and interview questions.
"""

TEXTS["job_descriptions/jd10_the_copper_kettle_group_sous_chef.md"] = """\
[The Copper Kettle Group](https://copperkettle.example.co.uk) — [Home](/) | [Our Pubs](/pubs) | [Menus](/menus) | **[Careers](/careers)** | [Book a table](/book)

# Join our team: Sous Chef

**The Wheatsheaf, Ilkley** · Full time, 45 hours a week · £36,000 + tronc (around £4,000 a year)

We're The Copper Kettle Group, five independent pubs across West and North Yorkshire that cook everything from
scratch with produce from farms we know by name.

### The role

Our head chef at The Wheatsheaf is looking for a sous chef to run the kitchen on their days off and to help
develop the seasonal menus. It's a 60-cover dining pub with a busy Sunday lunch and a garden that doubles in
summer.

### What we're looking for

- 2+ years as a Junior Sous or strong Chef de Partie in a fresh-food kitchen
- Solid understanding of allergen management and food safety
- Able to lead a team of four during service
- Level 3 Food Hygiene (or willing to get it with us)

### It'd be great if you had

- Butchery skills
- Experience of costing dishes and ordering

### What you get

- Four-day weeks available
- Staff food on every shift and 50% off in all our pubs
- Paid training, including WSET and butchery courses

[Apply now](/careers/apply?role=sous-chef-ilkley)

---
© 2026 The Copper Kettle Group Ltd · Privacy · Cookies
"""


# =========================================================================================================
# job descriptions: Word and PDF
# =========================================================================================================
def jd03_halden_foods_group_payroll_officer(path):
    """UK internal vacancy notice in Word: 'INTERNAL VACANCY' banner, labelled-field table (Job title /
    Department / Grade / Closing date ...), purpose, responsibilities, Essential / Desirable criteria lists, how
    to apply."""
    d = docx_new("Arial", 10, margins=(2.0, 2.0, 2.0, 2.0))
    hdr(d, "Halden Foods Group  ·  People Team  ·  Internal use only", align="r", size=8)
    p = P(d, "INTERNAL VACANCY", b=True, size=16, color="FFFFFF", align="c", after=6)
    shade(p, "7A1F2B")
    P(d, "Halden Foods Group – open to current colleagues only", i=True, align="c", size=9, after=6)
    t = new_table(d, 7, 2, [4.5, 12.5], borders={"color": "BFBFBF"})
    for k, (a, b) in enumerate([("Job title", "Payroll Officer"), ("Department", "Finance – Payroll"),
                                ("Location", "Wakefield head office (hybrid, 3 days on site)"),
                                ("Reporting to", "Payroll Manager"), ("Grade / hours", "G5 · 37.5 hours per week"),
                                ("Closing date", "Friday 13 March 2026"), ("Reference", "HFG-INT-0412")]):
        cell(t.cell(k, 0), a, b=True, fill="F2E6E8")
        cell(t.cell(k, 1), b)
    P(d, "", after=4)
    heading(d, "Purpose of the role", color="7A1F2B", size=11)
    P(d, "Process accurate and timely weekly and monthly payrolls for around 2,100 colleagues across our "
         "three Yorkshire sites, and be a helpful first point of contact for pay queries.")
    heading(d, "Key responsibilities", color="7A1F2B", size=11)
    bullets(d, ["Run the weekly (hourly-paid) and monthly (salaried) payrolls in iTrent",
                "Process starters, leavers, overtime, shift allowances and statutory payments",
                "Reconcile payroll to the general ledger and prepare HMRC and pension submissions",
                "Answer colleague pay queries through the HR service desk"])
    heading(d, "Essential criteria", color="7A1F2B", size=11)
    bullets(d, ["At least two years' experience of end-to-end payroll processing",
                "Good knowledge of PAYE, NI and statutory payments",
                "Strong Excel skills (VLOOKUP, pivot tables)",
                "Accuracy and the ability to keep confidential information confidential"])
    heading(d, "Desirable criteria", color="7A1F2B", size=11)
    bullets(d, ["CIPP Foundation Degree in Payroll Management (or working towards it)",
                "Experience of iTrent or another large payroll system"])
    heading(d, "How to apply", color="7A1F2B", size=11)
    P(d, "Please let your line manager know, then send an up-to-date CV and a short supporting statement to "
         "internal.vacancies@haldenfoods.example.co.uk quoting HFG-INT-0412. Interviews will be held the week "
         "commencing 23 March 2026.")
    docx_save(d, path, "Halden Foods People Team")


def jd08_brackenfield_homes_hr_advisor(path):
    """UK housing association's 'Job Description and Person Specification' in Word: labelled-field table, job
    purpose and main duties, then a person-specification table with Essential and Desirable columns."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.0, 2.0))
    P(d, "Brackenfield Homes", b=True, size=14, color="2E6B3F", after=0)
    P(d, "JOB DESCRIPTION AND PERSON SPECIFICATION", b=True, size=12, after=8)
    t = new_table(d, 5, 2, [4.5, 12.5], borders={"color": "999999"})
    for k, (a, b) in enumerate([("Job title:", "HR Advisor"), ("Team:", "People & Culture"),
                                ("Reports to:", "HR Business Partner"),
                                ("Salary:", "£34,500 – £37,000 per annum"),
                                ("Location:", "Sheffield (hybrid)")]):
        cell(t.cell(k, 0), a, b=True)
        cell(t.cell(k, 1), b)
    heading(d, "Job purpose", color="2E6B3F", size=11)
    P(d, "To give clear, practical HR advice to managers across our housing, repairs and support services and "
         "to look after the employee lifecycle for around 650 colleagues.")
    heading(d, "Main duties", color="2E6B3F", size=11)
    bullets(d, ["Advise managers on absence, performance, disciplinary and grievance cases",
                "Take notes and prepare letters for formal hearings",
                "Run recruitment administration and pre-employment checks, including DBS",
                "Keep the HR system (Cezanne) accurate and produce monthly reports"])
    heading(d, "Person specification", color="2E6B3F", size=11)
    ps = new_table(d, 4, 3, [3.4, 7.3, 6.3], borders={"color": "999999"})
    for k, s in enumerate(["Criteria", "Essential", "Desirable"]):
        cell(ps.cell(0, k), s, b=True, fill="DDEBE0")
    rows = [
        ("Qualifications", ["CIPD Level 5 Associate Diploma (or working towards it)"],
         ["CIPD Level 7"]),
        ("Experience", ["At least two years' experience in an HR generalist or advisory role",
                        "Experience of supporting formal employee relations cases"],
         ["Experience in housing or the not-for-profit sector"]),
        ("Skills and knowledge", ["Up-to-date knowledge of UK employment law",
                                  "Clear written communication"],
         ["Full UK driving licence"]),
    ]
    for r_, (crit, ess, des) in enumerate(rows, start=1):
        cell(ps.cell(r_, 0), crit, b=True)
        for col, items in ((1, ess), (2, des)):
            c_ = ps.cell(r_, col)
            cell(c_, items[0])
            for it in items[1:]:
                cell_add(c_, it)
    P(d, "", after=4)
    P(d, "Brackenfield Homes is a Disability Confident employer and welcomes applications from everyone.", i=True,
      size=9)
    docx_save(d, path, "Brackenfield Homes")


def jd12_great_plains_agri_supply_logistics_coordinator_ii(path):
    """US Word 'Position Description' with a labelled-field table (Job Title, Department, Reports To, FLSA
    Status, Location), summary, essential duties, Minimum / Preferred Qualifications, physical demands, EEO."""
    d = docx_new("Times New Roman", 11, margins=(2.2, 2.2, 2.2, 2.2))
    hdr(d, "Great Plains Agri Supply, Inc.  —  Human Resources", align="l", size=9)
    hdr(d, "Rev. 01/2026", footer=True, align="r", size=8)
    P(d, "POSITION DESCRIPTION", b=True, size=15, align="c", after=8)
    t = new_table(d, 5, 2, [4.5, 12.0], borders={"color": "000000", "sz": 4})
    for k, (a, b) in enumerate([("Job Title:", "Logistics Coordinator II"), ("Department:", "Transportation"),
                                ("Reports To:", "Transportation Manager"), ("FLSA Status:", "Non-exempt"),
                                ("Location:", "Grand Island, NE")]):
        cell(t.cell(k, 0), a, b=True)
        cell(t.cell(k, 1), b)
    P(d, "POSITION SUMMARY", b=True, before=10, after=2)
    P(d, "The Logistics Coordinator II schedules inbound and outbound freight for our fertilizer, seed and feed "
         "distribution network across Nebraska and Kansas, working with carriers, branch managers and customers.")
    P(d, "ESSENTIAL DUTIES AND RESPONSIBILITIES", b=True, before=8, after=2)
    bullets(d, ["Tender and track loads with contract and spot carriers",
                "Build daily delivery schedules for 14 branch locations in the TMS",
                "Audit carrier invoices and resolve freight claims",
                "Keep customers informed about delivery windows during spring and fall peaks"])
    P(d, "MINIMUM QUALIFICATIONS", b=True, before=8, after=2)
    bullets(d, ["High school diploma or GED",
                "2-4 years of experience in freight or logistics coordination",
                "Proficiency with Microsoft Excel",
                "Ability to work extended hours during planting and harvest seasons"])
    P(d, "PREFERRED QUALIFICATIONS", b=True, before=8, after=2)
    bullets(d, ["Associate or bachelor's degree in supply chain or business",
                "Experience with a transportation management system (TMS)",
                "Knowledge of hazardous materials shipping rules"])
    P(d, "PHYSICAL DEMANDS", b=True, before=8, after=2)
    P(d, "Office environment; occasional visits to branch yards and warehouses. Must be able to lift 25 pounds.")
    P(d, "Great Plains Agri Supply, Inc. is an Equal Opportunity Employer.", i=True, before=8, size=9.5)
    docx_save(d, path, "Great Plains Agri Supply HR")


def jd05_blackwood_facility_services_maintenance_electrician(path):
    """Australian company careers PDF (A4): logo block and company name, large title, key-facts band, About us /
    The role / About you (required) / Bonus points / What we offer / How to apply."""
    c = new_canvas(path, A4, "Maintenance Electrician - Blackwood Facility Services", "Blackwood Facility Services",
                   "Adobe InDesign")
    W, H = A4
    navy, amber = HexColor("#14304A"), HexColor("#F2A007")
    box(c, 40, H - 90, 44, 44, fill=amber, r=6)
    text(c, "BFS", 62, H - 74, "Sans-B", 13, navy, "c")
    text(c, "Blackwood Facility Services", 96, H - 66, "Sans-B", 14, navy)
    text(c, "Careers", 96, H - 82, "Sans", 10, GREY)
    text(c, "Maintenance Electrician", 40, H - 130, "Sans-B", 26, navy)
    box(c, 40, H - 172, W - 80, 28, fill=HexColor("#EAF0F5"))
    text(c, "Location: Perth, WA (metro sites)   |   Full-time, permanent   |   $105,000 + super + vehicle",
         50, H - 162, "Sans", 9.5, navy)
    f = Flow(c, 40, W - 80, H - 190)

    def sect(t):
        f.gap(6)
        f.line(t, font="Sans-B", size=12, color=navy, after=4)

    sect("About us")
    f.para("Blackwood Facility Services maintains hospitals, schools and shopping centres across Western Australia. "
           "Our 180 technicians keep the lights on, the air cool and the lifts moving.", size=9.5, lead=13)
    sect("The role")
    f.para("You'll join our Perth metro maintenance crew, working on planned and reactive maintenance at a "
           "portfolio of commercial sites, with a monthly on-call roster.", size=9.5, lead=13)
    f.bullets(["Fault-find and repair lighting, power and switchboards",
               "Carry out RCD, emergency lighting and test-and-tag programs",
               "Complete job cards and compliance reports on the mobile app"], size=9.5)
    sect("About you")
    f.bullets(["Unrestricted WA Electrician's Licence",
               "Minimum 3 years' post-trade experience in commercial maintenance",
               "Current driver's licence",
               "Construction White Card"], size=9.5)
    sect("Bonus points")
    f.bullets(["HV switching experience", "Experience with BMS and fire systems"], size=9.5)
    sect("What we offer")
    f.bullets(["Fully maintained ute and fuel card", "Paid training and licences", "Rostered days off"], size=9.5)
    sect("How to apply")
    f.para("Apply online at careers.blackwoodfs.example.com.au or email your resume to jobs@blackwoodfs.example.com.au "
           "quoting PER-ELEC-26. Applications close 27 February 2026.", size=9.5, lead=13)
    hline(c, 40, W - 40, 50, GREY, 0.5)
    text(c, "Blackwood Facility Services Pty Ltd  ·  ABN 00 000 000 000  ·  An equal opportunity employer", W / 2, 38,
         "Sans", 7.5, GREY, "c")
    c.save()


def jd11_indrayani_technologies_java_developer(path):
    """Indian IT company's JD PDF (A4): company header with address, 'Job Description' title, a ruled table of
    labelled fields (Job Title / Experience / Location / Notice Period / Employment Type), then Job Summary,
    Roles and Responsibilities, Required Skills, Good to Have, Education."""
    c = new_canvas(path, A4, "JD - Java Developer", "Indrayani Technologies HR", "Microsoft Word")
    W, H = A4
    teal = HexColor("#0B6E75")
    text(c, "Indrayani Technologies Pvt. Ltd.", 45, H - 55, "Sans-B", 15, teal)
    text(c, "Tower B, 4th Floor, Blue Ridge IT Park, Hinjewadi Phase 1, Pune – 411057", 45, H - 70, "Sans", 8.5, GREY)
    hline(c, 45, W - 45, H - 78, teal, 1.2)
    text(c, "Job Description", W / 2, H - 102, "Sans-B", 14, BLACK, "c")
    y = buildkit.grid(c, 45, H - 118, [150, W - 90 - 150],
                      [["Job Title", "Java Developer"], ["Experience", "3 – 6 years"],
                       ["Location", "Pune (Hinjewadi) – Work from office, 5 days"],
                       ["Notice Period", "Immediate to 30 days"], ["Employment Type", "Full time, permanent"],
                       ["CTC", "As per industry standards"]], size=9.5, fills=[HexColor("#FFFFFF")] * 6)
    f = Flow(c, 45, W - 90, y - 14)

    def sect(t):
        f.gap(5)
        f.line(t, font="Sans-B", size=11, color=teal, after=4)

    sect("Job Summary")
    f.para("We are looking for a Java Developer to join our BFSI delivery team and build microservices for a "
           "leading private-sector bank's lending platform.", size=9.5, lead=13)
    sect("Roles and Responsibilities")
    f.bullets(["Develop and maintain Spring Boot microservices and REST APIs",
               "Write unit and integration tests and take part in code reviews",
               "Work with the client's architects on design and performance tuning",
               "Support SIT / UAT and production releases"], size=9.5)
    sect("Required Skills")
    f.bullets(["Strong hands-on experience in Core Java (8 or above)", "Spring Boot and Spring Data JPA",
               "REST API development", "SQL with Oracle or PostgreSQL", "Git and Maven"], size=9.5)
    sect("Good to Have")
    f.bullets(["Kafka", "Docker and Kubernetes", "Banking or lending domain knowledge"], size=9.5)
    sect("Education")
    f.para("B.E. / B.Tech / MCA / M.Sc. (Computer Science)", size=9.5)
    f.gap(10)
    f.para("Interested candidates may share their updated resume at careers@indrayanitech.example.in with the "
           "subject line 'Java Developer – Pune'.", size=9.5, lead=13)
    c.save()


def write_texts():
    for rel, body in TEXTS.items():
        with open(os.path.join(HERE, rel), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(body)
        print("  wrote", os.path.basename(rel))


PDF_RESUMES = [r01_alyssa_moreno, r05_ethan_castellano, r09_niamh_gallagher, r14_rebecca_thornley,
               r18_danielle_ostrowski, r22_lerato_mokoena]
DOCX_RESUMES = [r02_sophie_ashworth, r07_hannah_kowalczyk, r10_renee_sutherland, r13_tyler_bergstrom,
                r16_brianna_whitaker, r19_adaeze_nwankwo, r24_rania_haddad]
CONVERTED = {"r06_angelica_dizon": r06_angelica_dizon_docx,
             "r12_rahul_deshmukh": r12_rahul_deshmukh_docx,
             "r23_jasmine_carter": r23_jasmine_carter_docx}
JD_DOCX = [jd03_halden_foods_group_payroll_officer, jd08_brackenfield_homes_hr_advisor,
           jd12_great_plains_agri_supply_logistics_coordinator_ii]
JD_PDF = [jd05_blackwood_facility_services_maintenance_electrician, jd11_indrayani_technologies_java_developer]


def main():
    if "--check" not in sys.argv:
        buildkit.build(RES, JDS, pdf_resumes=PDF_RESUMES, docx_resumes=DOCX_RESUMES, converted=CONVERTED,
                       jd_docx=JD_DOCX, jd_pdf=JD_PDF)
        write_texts()
    return buildkit.check_labels(HERE, FORMATS)


if __name__ == "__main__":
    sys.exit(main())
