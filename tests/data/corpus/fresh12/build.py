"""Rebuild the PDF and DOCX documents of the twelfth fresh set from the content held in this script, then check
that every labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh12/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh12/build.py --check   # check only

reportlab draws five resume PDFs (r01, r04, r09, r13, r21) and the two PDF job descriptions (jd06, jd11) on a
canvas (invariant=1, TrueType DejaVu / Liberation fonts registered by ../buildkit.py); python-docx writes the DOCX
files (r02, r07, r11, r15, r18, r20, r23, jd07, jd08, jd09) through buildkit (fixed core properties, fixed ZIP
entry timestamps); three resumes (r06, r16, r22) are Word files that LibreOffice (`soffice --headless
--convert-to pdf`) turns into PDF, rewritten by buildkit through pypdf with fixed metadata and a fixed document
ID, so that a rebuild gives the same bytes. TXT and Markdown documents are committed as written and are not
touched here (the check reads them too).

The check (buildkit.check_labels, with this set's format counts) extracts text with pypdf (PDF), python-docx
(DOCX: header paragraphs, body paragraphs, every table cell including nested tables) or a plain read (TXT/MD),
collapses whitespace, and confirms that every labelled name, employer, title, location, skill, project, school
and education year, and every JD title / role / company / must-have / nice-to-have string is found; that each
resume's employers / titles lists are the unique role values in order; that dates have the YYYY / YYYY-MM /
present form; that splits and formats follow the file names; and that no PDF has more than two pages.

Everything is fictional: every person, employer, client, agency, school, federal agency, hospital, project and
referee was invented for this set. Real names appear only as places, standards, regulators, licences,
certifications and products (e.g. LinkedIn, Indeed, Canva-like template, Europass, Greenhouse, Lever, Workday,
SEEK-like profile, Epic, SAP, ISTQB, APEGA, RICS, CSA S16, WCAG).
"""
import os
import sys

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, letter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the shared helpers: tests/data/corpus/buildkit.py

import buildkit  # noqa: E402
from buildkit import (  # noqa: E402
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
    tabs,
    text,
)

RES = os.path.join(HERE, "resumes")
JDS = os.path.join(HERE, "job_descriptions")
TAG = "fresh12"
buildkit.TAG = TAG

FORMATS = {"resumes": {"pdf": 8, "docx": 7, "txt": 5, "md": 4},
           "jds": {"txt": 4, "md": 3, "docx": 3, "pdf": 2}}


# =========================================================================================================
# PDF resumes drawn with reportlab
# =========================================================================================================
def r01_mateusz_kowalczyk_hayes(path):
    """LinkedIn 'Save to PDF' profile: grey sidebar (Contact, Top Skills, Languages, Certifications,
    Honors-Awards) drawn first, then the main column: name, headline, location, Summary, Experience with a company
    line over nested positions and durations, Education; 'Page n of 2' footers."""
    W, H = letter
    c = new_canvas(path, letter, "Resume", "LinkedIn", "LinkedIn")
    grey = HexColor("#666666")
    dark = HexColor("#1D2226")
    SX, SW, MX, MW = 30, 135, 218, W - 218 - 42

    def footer(n):
        text(c, f"Page {n} of 2", W / 2, 28, "Arial", 8.5, grey, "c")

    # sidebar first (this is where it sits in the text order of these exports)
    box(c, 0, 0, 192, H, fill=HexColor("#EEF1F4"))
    y = H - 58
    for head, items in (
        ("Contact", ["mateusz.kh@example.com", "www.linkedin.com/in/mateusz-kowalczyk-hayes (LinkedIn)"]),
        ("Top Skills", ["Product Discovery", "Payments", "SQL"]),
        ("Languages", ["Polish (Native or Bilingual)", "English (Full Professional)", "German (Elementary)"]),
        ("Certifications", ["Certified Scrum Product Owner (CSPO)"]),
        ("Honors-Awards", ["Brightwell Hack Week 2022 – 1st place"]),
    ):
        text(c, head, SX, y, "Arial-B", 12.5, dark)
        y -= 8
        for it in items:
            y = para_pdf(c, it, SX, y, SW, "Arial", 9.5, 12, dark) - 3
        y -= 16
    footer(1)

    def new_page(cv):
        footer(2)
        return H - 50

    f = Flow(c, MX, MW, H - 50, bottom=60, new_page=new_page)
    f.para("Mateusz Kowalczyk-Hayes", "Arial", 25, dark, after=6, lead=29)
    f.para("Senior Product Manager at Brightwell Payments | Card issuing & B2B payments | Ex-marketplaces",
           "Arial", 11, dark, after=4)
    f.para("London, England, United Kingdom", "Arial", 10, grey, after=14)
    f.para("Summary", "Arial", 15, dark, after=5)
    f.para("I'm a product manager who started as a developer and has spent the last eight years in payments and "
           "marketplaces. I like messy, regulated problems (card issuing, payouts, KYC) and turning them into "
           "products that small businesses can use without reading a manual. Currently leading card issuing at "
           "Brightwell Payments.", "Arial", 10, dark, after=14)
    f.para("Experience", "Arial", 15, dark, after=8)

    def company(name, total=None):
        f.gap(4)
        f.para(name, "Arial-B", 11.5, dark, after=1)
        if total:
            f.para(total, "Arial", 10, grey, after=5)

    def position(title, dates, place, desc):
        f.para(title, "Arial", 11, dark, after=1)
        f.para(dates, "Arial", 10, grey, after=1)
        if place:
            f.para(place, "Arial", 10, grey, after=3)
        f.para(desc, "Arial", 10, dark, after=9)

    company("Brightwell Payments Ltd", "3 yrs 2 mos")
    position("Senior Product Manager", "April 2023 - Present (1 yr 4 mos)", "London, England, United Kingdom",
             "Lead the card-issuing product area (three squads, 24 engineers). Launched virtual and physical "
             "expense cards for 18,000 SME customers; card spend grew from £40m to £310m a year. Own the roadmap "
             "with our issuing processor and the scheme certification plan.")
    position("Product Manager", "June 2021 - March 2023 (1 yr 10 mos)", "London, England, United Kingdom",
             "Took B2B payouts from beta to general availability in 14 currencies; built the approval-workflow "
             "feature that became the main reason customers upgraded plans.")
    company("Kestrel & Ash Marketplace Group", "2 yrs 6 mos")
    position("Product Manager", "January 2020 - May 2021 (1 yr 5 mos)", "Warsaw, Masovian District, Poland",
             "Seller onboarding and payouts for a second-hand fashion marketplace in six countries; cut seller "
             "KYC drop-off from 38% to 17%.")
    position("Associate Product Manager", "December 2018 - December 2019 (1 yr 1 mo)",
             "Warsaw, Masovian District, Poland",
             "Search and filters for the buyer app; ran more than 40 A/B tests with the growth team.")
    company("Sundial Labs")
    position("Business Analyst", "September 2016 - November 2018 (2 yrs 3 mos)",
             "Kraków, Lesser Poland District, Poland",
             "Requirements and SQL reporting for a logistics SaaS product; wrote the first product specs before "
             "the company hired product managers.")
    company("Polar Byte Software House")
    position("Software Developer Intern", "July 2015 - September 2015 (3 mos)", None,
             "Java backend work for a hotel-booking client.")
    f.gap(6)
    f.para("Education", "Arial", 15, dark, after=8)
    f.para("Politechnika Nadwiślańska", "Arial-B", 11.5, dark, after=1)
    f.para("Master of Science - MS, Computer Science · (2011 - 2016)", "Arial", 10, grey, after=8)
    c.showPage()
    c.save()


def r04_denise_whitaker(path):
    """Indeed resume export: name, headline, contact lines, work authorisation, 'Work Experience' entries as
    Title / 'Company - City, ST' / 'Month YYYY to Present' / bullets, Education, Skills with '(N years)',
    Certifications and Licenses, Assessments with Indeed's disclaimer."""
    W, H = letter
    c = new_canvas(path, letter, "Denise Whitaker", "Indeed", "Indeed")
    grey = HexColor("#595959")
    X, Wd = 54, W - 108

    def new_page(cv):
        return H - 54

    f = Flow(c, X, Wd, H - 54, bottom=54, new_page=new_page)
    f.para("Denise Whitaker", "Arial-B", 22, after=4, lead=26)
    f.para("Warehouse Operations Supervisor", "Arial", 11, after=4)
    for s in ("Columbus, OH 43207", "denise.whitaker@example.com", "+1 614 555 0134"):
        f.para(s, "Arial", 10, grey, after=1)
    f.gap(4)
    f.para("Authorized to work in the US for any employer", "Arial", 10, after=6)
    hline(c, X, X + Wd, f.y, HexColor("#CCCCCC"))
    f.gap(12)

    def section(s):
        f.gap(4)
        f.para(s, "Arial-B", 13.5, after=8)

    section("Work Experience")
    jobs = [
        ("Operations Supervisor", "Redfern Supply Co., Inc. - Columbus, OH", "March 2019 to Present", [
            "Supervise 3 shift leads and 45 associates across receiving, put-away and outbound in a 320,000 sq ft "
            "distribution center",
            "Raised order accuracy from 98.6% to 99.7% by redesigning pick paths and adding scan verification",
            "Cut overtime 22% in 2023 through labor planning in the WMS and cross-training",
            "Lead weekly safety walks; more than 600 days without a recordable injury"]),
        ("Inventory Control Lead", "Lakeshore Foods & Beverage Group - Groveport, OH", "June 2015 to March 2019", [
            "Ran cycle counts for 14,000 SKUs; inventory variance under 0.3% for 11 straight quarters",
            "Trained 30+ associates on RF scanners and SAP transactions",
            "Worked with purchasing to clear $1.1M of slow-moving stock"]),
        ("Warehouse Associate", "Tri-County Distribution LLC - Obetz, OH", "August 2012 to June 2015", [
            "Picking, packing and loading in a third-party logistics warehouse; promoted to trainer after one year"]),
    ]
    for title, comp, dates, items in jobs:
        f.para(title, "Arial-B", 11, after=2)
        f.para(comp, "Arial", 10, after=2)
        f.para(dates, "Arial", 10, grey, after=4)
        f.bullets(items, "Arial", 10, indent=12, gap=2)
        f.gap(8)
    section("Education")
    f.para("Associate of Applied Science in Supply Chain Management", "Arial-B", 11, after=2)
    f.para("Columbus Ridge Community College - Columbus, OH", "Arial", 10, after=2)
    f.para("August 2010 to May 2012", "Arial", 10, grey, after=8)
    section("Skills")
    f.bullets(["Warehouse management systems (7 years)", "Inventory control (9 years)", "SAP (5 years)",
               "Microsoft Excel (8 years)", "Lean manufacturing (3 years)", "Team leadership (5 years)",
               "OSHA compliance (6 years)"], "Arial", 10, indent=12, gap=2)
    f.gap(6)
    section("Certifications and Licenses")
    f.para("Forklift Certification", "Arial-B", 10.5, after=1)
    f.para("March 2023 to March 2026", "Arial", 10, grey, after=5)
    f.para("OSHA 30-Hour General Industry", "Arial-B", 10.5, after=1)
    f.para("Present", "Arial", 10, grey, after=8)
    section("Assessments")
    f.para("Supervisory skills: Motivating & assessing employees — Highly Proficient", "Arial-B", 10.5, after=1)
    f.para("June 2023", "Arial", 10, grey, after=2)
    f.para("Measures a candidate's ability to effectively motivate and assess employees.", "Arial", 10, after=1)
    f.para("Full results: Highly Proficient", "Arial", 10, after=6)
    f.para("Indeed Assessments provides skills tests that are not indicative of a license or certification, or "
           "continued development in any professional field.", "Arial", 9, grey, after=4)
    c.showPage()
    c.save()


def r09_amara_nwachukwu(path):
    """Canva-style two-column PDF: a dark teal sidebar drawn first (photo circle, CONTACT, EDUCATION, SKILLS with
    bars, LANGUAGES), then the main column: the name split over two lines, headline, PROFILE, WORK EXPERIENCE
    ('Title' over 'Company | 2021 - Present'), REFERENCES with referees' titles and companies."""
    W, H = A4
    c = new_canvas(path, A4, "Amara Nwachukwu - CV", "Amara Nwachukwu", "Canva")
    teal = HexColor("#1F4E5A")
    pale = HexColor("#D9E6E8")
    ink = HexColor("#2B2B2B")
    box(c, 0, 0, 205, H, fill=teal)
    c.setFillColor(pale)
    c.circle(102, H - 95, 52, fill=1, stroke=0)
    SX, SW = 28, 150
    y = H - 185

    def shead(s, y):
        text(c, s, SX, y, "Sans-B", 11.5, WHITE)
        hline(c, SX, SX + SW, y - 5, pale, 0.8)
        return y - 20

    y = shead("CONTACT", y)
    for s in ("+44 7700 900 318", "amara.n@example.co.uk", "Salford, Greater Manchester", "amaranwachukwu.example"):
        text(c, s, SX, y, "Sans", 8.5, WHITE)
        y -= 14
    y -= 12
    y = shead("EDUCATION", y)
    text(c, "2013 - 2016", SX, y, "Sans", 8.5, pale)
    y -= 13
    y = para_pdf(c, "BA (Hons) Marketing & Communications", SX, y + 9, SW, "Sans-B", 8.5, 11, WHITE) - 4
    text(c, "Irwell University", SX, y - 8, "Sans", 8.5, WHITE)
    y -= 32
    y = shead("SKILLS", y)
    for s, lvl in (("Social Media Strategy", 0.95), ("Content Creation", 0.9), ("Paid Social", 0.8),
                   ("SEO & SEM", 0.7), ("Google Analytics", 0.75), ("Copywriting", 0.85),
                   ("Email Marketing", 0.7)):
        text(c, s, SX, y, "Sans", 8.5, WHITE)
        box(c, SX, y - 9, SW, 3.5, fill=HexColor("#3E6D78"))
        box(c, SX, y - 9, SW * lvl, 3.5, fill=pale)
        y -= 25
    y -= 6
    y = shead("LANGUAGES", y)
    for s in ("English (Native)", "French (Intermediate)", "Igbo (Conversational)"):
        text(c, s, SX, y, "Sans", 8.5, WHITE)
        y -= 14

    # main column
    MX, MW = 230, W - 230 - 36
    text(c, "AMARA", MX, H - 70, "Sans-B", 30, teal)
    text(c, "NWACHUKWU", MX, H - 104, "Sans", 30, teal)
    text(c, "MARKETING MANAGER", MX, H - 128, "Sans", 11, ink)
    hline(c, MX, MX + MW, H - 142, teal, 1.2)
    f = Flow(c, MX, MW, H - 160, bottom=40)

    def mhead(s):
        f.gap(4)
        f.para(s, "Sans-B", 12.5, teal, after=7)

    mhead("PROFILE")
    f.para("Creative, numbers-minded marketer with eight years in consumer brands, most recently leading a "
           "five-person team across social, email and paid media. I love building communities around a "
           "product and proving what works with data.", "Sans", 9, ink, after=10, lead=12.5)
    mhead("WORK EXPERIENCE")
    for title, line, items in (
        ("Marketing Manager", "Larkspur & Finch Home Group | 2021 - Present", [
            "Lead a team of five across social, email, paid media and influencer partnerships",
            "Grew online revenue 46% in two years; email now drives 22% of e-commerce sales",
            "Relaunched the brand's Instagram and TikTok presence (from 18k to 140k followers)"]),
        ("Senior Social Media Executive", "Oakmere Health Clubs | 2018 - 2021", [
            "Ran social channels for 34 gyms; built the member-stories campaign that lifted referrals 30%",
            "Managed a £250k annual paid social budget"]),
        ("Social Media Executive", "Brindle Digital Ltd | 2016 - 2018", [
            "Content calendars, community management and reporting for eight agency clients"]),
        ("Marketing Assistant (Part-Time)", "Copper Kettle Coffee Co. | 2014 - 2016", [
            "Social posts, menu boards and local events for a three-shop coffee chain while studying"]),
    ):
        f.para(title, "Sans-B", 10.5, ink, after=2)
        f.para(line, "Sans", 8.5, HexColor("#5F7F86"), after=4)
        f.bullets(items, "Sans", 8.5, color=ink, indent=10, gap=2)
        f.gap(8)
    mhead("REFERENCES")
    top = f.y
    for i, lines in enumerate((
        ["Harriet Croft", "Larkspur & Finch Home Group / Head of Brand", "Phone: +44 161 496 0250",
         "Email: h.croft@example.co.uk"],
        ["Daniel Osterley", "Oakmere Health Clubs / Marketing Director", "Phone: +44 161 496 0871",
         "Email: d.osterley@example.co.uk"],
    )):
        yy = top
        for j, s in enumerate(lines):
            yy = para_pdf(c, s, MX + i * (MW / 2), yy, MW / 2 - 10, "Sans-B" if j == 0 else "Sans", 8.5, 11,
                          ink) - 2
    c.showPage()
    c.save()


def r13_nikolai_brandvold(path):
    """Dates in the left margin: '03/2019 – 11/2022' in a narrow grey column, the bold title and the italic
    'Company Ltd., City, AB' line in the right column; the same margin carries the skill group labels."""
    W, H = A4
    c = new_canvas(path, A4, "Nikolai Brandvold - Resume", "Nikolai Brandvold", "Microsoft Word")
    grey = HexColor("#6B6B6B")
    navy = HexColor("#203864")
    LX, RX = 48, 158
    RW = W - RX - 48
    text(c, "NIKOLAI BRANDVOLD, P.Eng.", LX, H - 62, "Serif-B", 19, navy)
    text(c, "Structural Engineer — bridges, parking structures and mid-rise buildings", LX, H - 80, "Serif-I", 10.5)
    text(c, "Calgary, AB  ·  403-555-0191  ·  nikolai.brandvold@example.ca", LX, H - 96, "Serif", 9.5, grey)
    f = Flow(c, RX, RW, H - 118, bottom=48, new_page=lambda cv: H - 56)

    def section(s):
        f.gap(8)
        f.room(30)
        text(c, s, LX, f.y - 11, "Serif-B", 11, navy)
        hline(c, LX, W - 48, f.y - 16, navy, 0.7)
        f.y -= 26

    def entry(dates, title, where, items):
        f.room(40)
        text(c, dates, LX, f.y - 10, "Serif", 8.5, grey)
        f.para(title, "Serif-B", 10.5, after=1)
        f.para(where, "Serif-I", 9.5, after=3)
        f.bullets(items, "Serif", 9, mark="–", indent=10, gap=1.5)
        f.gap(7)

    section("PROFILE")
    f.para("Licensed structural engineer with eight years in bridge rehabilitation, parkades and wood-frame and "
           "concrete mid-rise. Comfortable owning design from concept to construction support, and leading a "
           "small team of designers and EITs.", "Serif", 9.5, after=2)
    section("EXPERIENCE")
    entry("12/2022 – present", "Senior Structural Engineer", "Aldergrove Structures Ltd., Calgary, AB", [
        "Engineer of record for six-storey mass-timber and concrete residential projects ($20M–$65M).",
        "Lead a team of two designers and two EITs; review all drawings and calculations before issue.",
        "Introduced a parametric gravity-design workflow that cut design hours per building by about 15%."])
    entry("03/2019 – 11/2022", "Structural Engineer", "Hollins & Mayer Engineering Group, Edmonton, AB", [
        "Rehabilitation design for 14 highway bridges and two parkades; condition assessments and load ratings.",
        "Prepared tender packages and provided site reviews during construction."])
    entry("06/2016 – 02/2019", "Engineer-in-Training", "Kestrel Bridge & Civil Inc., Edmonton, AB", [
        "Design checks, shop-drawing reviews and inspections for steel girder and culvert projects.",
        "Built the firm's first load-rating spreadsheet library for the provincial bridge inventory."])
    entry("05/2015 – 08/2015", "Engineering Summer Student", "Prairie Transportation Authority, Red Deer, AB", [
        "Bridge inspections and data entry for the regional inventory."])
    section("EDUCATION")
    entry("09/2018 – 04/2021", "M.Eng. Structural Engineering (part-time)",
          "Redwater Polytechnic University, Edmonton, AB", ["Project: seismic retrofit options for pre-1970 "
                                                            "concrete parkades."])
    entry("09/2011 – 04/2016", "B.Sc. Civil Engineering (Co-op)", "Redwater Polytechnic University, Edmonton, AB",
          ["Four co-op terms; graduated with distinction."])
    section("SKILLS")
    for label, s in (("Software", "ETABS, SAP2000, RAM Concept, Tekla Structures, Revit, AutoCAD"),
                     ("Design", "Bridge rehabilitation, Load rating, Seismic design, Post-tensioned slabs, "
                                "Mass timber")):
        text(c, label, LX, f.y - 9, "Serif", 8.5, grey)
        f.para(s, "Serif", 9.5, after=4)
    section("LICENCES & LANGUAGES")
    text(c, "Licence", LX, f.y - 9, "Serif", 8.5, grey)
    f.para("Professional Engineer (P.Eng.), APEGA, 2020", "Serif", 9.5, after=4)
    text(c, "Languages", LX, f.y - 9, "Serif", 8.5, grey)
    f.para("English, Norwegian, Spanish (conversational)", "Serif", 9.5, after=4)
    c.showPage()
    c.save()


def r21_victoria_ashdown(path):
    """Executive resume: centred serif name, a capitals headline, EXECUTIVE SUMMARY, a shaded CAREER HIGHLIGHTS
    box, CORE COMPETENCIES in three columns; each employer is 'Company, Inc. — City, ST' with a span on the
    right and an italic company description, then titles with their own years in brackets; an EARLIER CAREER
    block of one-line roles; BOARD & ADVISORY ROLES; EDUCATION."""
    W, H = letter
    c = new_canvas(path, letter, "Victoria Ashdown - Executive Resume", "Victoria Ashdown", "Microsoft Word")
    ink = HexColor("#222222")
    wine = HexColor("#5B1A2E")
    X, Wd = 54, W - 108
    text(c, "VICTORIA ASHDOWN", W / 2, H - 60, "Times-B", 22, wine, "c")
    text(c, "CHIEF OPERATING OFFICER  ·  MANUFACTURING & SUPPLY CHAIN TRANSFORMATION  ·  P&L TO $1.2B",
         W / 2, H - 78, "Times", 9.5, ink, "c")
    text(c, "Chicago, IL  ·  (312) 555-0176  ·  victoria.ashdown@example.com  ·  linkedin.com/in/victoriaashdown",
         W / 2, H - 92, "Times", 9.5, ink, "c")
    hline(c, X, X + Wd, H - 100, wine, 1.2)
    f = Flow(c, X, Wd, H - 110, bottom=50, new_page=lambda cv: H - 54)

    def section(s):
        f.gap(6)
        f.room(40)
        f.para(s, "Times-B", 11.5, wine, after=2)
        hline(c, X, X + Wd, f.y + 1, HexColor("#B9A3AA"), 0.6)
        f.gap(5)

    section("EXECUTIVE SUMMARY")
    f.para("Operations executive with 20+ years in industrial manufacturing, leading multi-plant networks, "
           "ERP transformations and post-merger integrations for private-equity and family-owned companies. "
           "Known for building plant leadership benches, taking cost out without breaking customer service, and "
           "giving boards a clear, honest view of operational risk.", "Times", 10.5, ink, after=4)
    # highlights box
    items = ["Delivered $86M of run-rate savings at Hartwell & Cross over four years while on-time delivery rose "
             "from 81% to 96%.",
             "Integrated two acquisitions (5 plants, 1,100 employees) within 14 months of close.",
             "Led a $40M SAP S/4HANA rollout across 9 plants, on time and 6% under budget."]
    h = 18 + sum(buildkit.para_height(s, Wd - 34, "Times", 10) + 3 for s in items)
    f.room(h + 10)
    box(c, X, f.y - h - 6, Wd, h + 2, fill=HexColor("#F5EEF0"))
    text(c, "CAREER HIGHLIGHTS", X + 10, f.y - 16, "Times-B", 10, wine)
    yy = buildkit.bullets_pdf(c, items, X + 12, f.y - 20, Wd - 24, "Times", 10, ink, mark="■", indent=11, gap=3,
                              mark_color=wine)
    f.y = yy - 10
    section("CORE COMPETENCIES")
    comps = ["P&L Management", "Lean Six Sigma", "S&OP", "M&A Integration", "ERP Transformation",
             "Labor Relations", "Capital Planning", "Board Reporting", "Safety Culture"]
    colw = Wd / 3
    for r_ in range(3):
        for k in range(3):
            text(c, "▪  " + comps[r_ * 3 + k], X + k * colw + 4, f.y - 10, "Times", 10, ink)
        f.y -= 14
    f.gap(2)
    section("PROFESSIONAL EXPERIENCE")

    def employer(name_place, span, desc):
        f.room(60)
        f.y -= 11
        text(c, name_place, X, f.y, "Times-B", 11, ink)
        text(c, span, X + Wd, f.y, "Times-B", 11, ink, "r")
        f.y -= 3
        f.para(desc, "Times-I", 9.5, ink, after=4)

    def title(s, items):
        f.room(30)
        f.para(s, "Times-B", 10.5, wine, after=2)
        f.bullets(items, "Times", 10, color=ink, indent=11, gap=1.5)
        f.gap(4)

    employer("Hartwell & Cross Holdings, Inc. — Chicago, IL", "2016 – Present",
             "Privately held manufacturer of commercial HVAC equipment; $1.2B revenue, 3,400 employees, nine plants "
             "in the US and Mexico.")
    title("Chief Operating Officer (2020 – Present)", [
        "Lead manufacturing, supply chain, quality, EHS and engineering; 2,900 people and a $780M cost base.",
        "Restructured the plant network from nine sites to seven; $31M annual savings, no customer disruption.",
        "Built a monthly S&OP process with sales and finance; inventory turns up from 4.1 to 6.3."])
    title("Senior Vice President, Operations (2016 – 2020)", [
        "Deployed a Lean operating system across all plants; recordable injury rate down 58%.",
        "Led operational due diligence and integration for two acquisitions."])
    employer("Calloway Brands Group — Milwaukee, WI", "2010 – 2016",
             "Consumer and commercial appliance maker, $650M revenue, owned by a private-equity sponsor.")
    title("Vice President, Supply Chain (2013 – 2016)", [
        "Owned procurement ($310M spend), planning and distribution; cut freight cost 18% through carrier "
        "consolidation.", "Prepared the operations data room and management presentations for the 2016 sale."])
    title("Director of Manufacturing (2010 – 2013)", [
        "Ran two assembly plants (850 employees); first-pass yield from 91% to 97.5%."])
    f.room(50)
    f.para("EARLIER CAREER", "Times-B", 10, ink, after=2)
    f.para("Plant Manager, Ironbridge Components Co., Rockford, IL (2005 – 2010)", "Times", 10, ink, after=1)
    f.para("Operations Engineer, Ironbridge Components Co., Rockford, IL (2001 – 2005)", "Times", 10, ink, after=2)
    section("BOARD & ADVISORY ROLES")
    f.para("Independent Director, Lakeshore Food Bank (2019 – present)", "Times", 10, ink, after=1)
    f.para("Advisory Board Member, College of Engineering, Prairie State Technological University (2021 – present)",
           "Times", 10, ink, after=2)
    section("EDUCATION")
    f.para("MBA, Lakefront Graduate School of Management, Evanston, IL — 2009", "Times", 10, ink, after=1)
    f.para("BS Industrial Engineering, Prairie State Technological University, Champaign, IL — 2001", "Times", 10,
           ink, after=1)
    c.showPage()
    c.save()


# =========================================================================================================
# DOCX resumes written with python-docx
# =========================================================================================================
def r02_eleanor_achterberg_mensah(path):
    """Academic CV: centred name with 'Dr', ACADEMIC APPOINTMENTS as a borderless two-column table (years |
    post, unit, university, city), honorary and visiting appointments among them; EDUCATION in the same table
    form; grants, publications, teaching, supervision and service; TECHNICAL SKILLS with group labels."""
    d = docx_new("Cambria", 10.5, margins=(2.0, 2.0, 2.2, 2.2))
    P(d, "Dr Eleanor Achterberg-Mensah", b=True, size=18, align="c", after=2)
    P(d, "Reader in Catchment Hydrology", i=True, size=11, align="c", after=2)
    P(d, "School of Engineering, Braemore University, King's Buildings, Edinburgh EH9 3JL, UK", size=9.5, align="c",
      after=0)
    P(d, "e.achterberg-mensah@braemore.example  ·  +44 131 496 0442  ·  ORCID 0000-0002-7141-5590", size=9.5,
      align="c", after=6)

    def sec(s):
        heading(d, s.upper(), size=11, color="2E4A3F", before=10, after=4)

    def rows(data, widths=(3.4, 13.4)):
        t = new_table(d, len(data), 2, widths)
        for i, (left, right, *more) in enumerate(data):
            cell(t.cell(i, 0), left, b=True, size=10)
            cell(t.cell(i, 1), right, size=10)
            for m in more:
                cell_add(t.cell(i, 1), m, i=True, size=9.5)
        return t

    sec("Academic appointments")
    rows([
        ("2022–present", "Honorary Research Associate, Caledonian Rivers Trust, Perth, UK"),
        ("2021–present", "Reader in Catchment Hydrology, School of Engineering, Braemore University, Edinburgh, UK"),
        ("2019 (Apr–Jul)", "Visiting Scientist, Kustwater Instituut, Delft, Netherlands",
         "Sabbatical visit funded by an international exchange award"),
        ("2017–2021", "Lecturer in Water Resources Engineering, School of Engineering, Braemore University, "
                      "Edinburgh, UK"),
        ("2014–2017", "Postdoctoral Research Associate, Centre for Flood Risk, University of Aldermoor, Bristol, UK"),
        ("2013–2014", "Research Assistant (part-time), Pennant Water Ltd, Cardiff, UK"),
    ])
    sec("Education")
    rows([
        ("2014", "PhD in Civil Engineering, University of Aldermoor, Bristol, UK",
         "Thesis: Uncertainty in flood frequency estimation for small ungauged catchments"),
        ("2010", "MSc in Hydrology and Water Resources, Kingsbridge University, London, UK"),
        ("2009", "BEng in Civil Engineering, Ashanti Plains University, Kumasi, Ghana"),
    ])
    sec("Research grants (selected)")
    rows([
        ("2023–2026", "Principal Investigator, 'Natural flood management at catchment scale' (£612,000), national "
                      "environment research council"),
        ("2020–2022", "Co-Investigator, 'Real-time flood forecasting for small Scottish towns' (£245,000)"),
        ("2018", "Principal Investigator, early-career pump-priming award (£18,500)"),
    ])
    sec("Selected publications")
    for s in ("Achterberg-Mensah, E., Rudd, T. & Calloway, J. (2023) Leaky dams and peak flows: evidence from "
              "twelve paired catchments. Journal of Catchment Science 41(2), 155–171.",
              "Achterberg-Mensah, E. & Olufemi, K. (2021) A Bayesian approach to flood frequency in ungauged "
              "basins. Water Resources Letters 57, e2021WR0301.",
              "Pryor, L., Achterberg-Mensah, E. et al. (2019) Sediment connectivity in upland catchments. "
              "Hydrological Processes Review 33, 2210–2224."):
        P(d, s, size=9.5, indent=0.6, first=-0.6, after=3)
    sec("Teaching")
    bullets(d, ["Hydrology and Hydraulics 3 (course organiser, 140 students, 2018–present)",
                "Flood Risk Management, MSc (co-organiser, 35 students, 2021–present)",
                "Supervision of 40+ undergraduate and MSc dissertations"], size=10)
    sec("Doctoral supervision")
    P(d, "Principal supervisor of 5 PhD students (3 completed) and co-supervisor of 4.", size=10)
    sec("Professional service")
    bullets(d, ["Associate Editor, Journal of Catchment Science (2022–present)",
                "Reviewer for national research councils and 12 journals",
                "Member of the Scottish flood forecasting stakeholder forum"], size=10)
    sec("Technical skills")
    for label, items in (("Modelling: ", "HEC-RAS, HEC-HMS, LISFLOOD-FP"),
                         ("Programming: ", "Python, R, MATLAB"),
                         ("GIS and data: ", "QGIS, Google Earth Engine")):
        p = P(d, after=2)
        run(p, label, b=True, size=10)
        run(p, items, size=10)
    sec("Memberships")
    P(d, "Fellow of the Higher Education Academy; Member, British Hydrological Society.", size=10)
    docx_save(d, path, "Eleanor Achterberg-Mensah")


def r07_harriet_osei(path):
    """Consultant: one employer block 'Ashcombe Partners LLP · Leeds' with its span on a right tab, two titles
    with their own dates in italics, then 'Selected client engagements' where each engagement names a client,
    a place and a duration; an earlier consultancy whose name contains a comma and an ampersand."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "HARRIET OSEI", b=True, size=20, color="0B3954", after=0)
    P(d, "Management Consultant  |  Operations & Supply Chain", size=11, color="0B3954", after=2)
    P(d, "Leeds, UK  |  07700 900 651  |  harriet.osei@example.co.uk  |  linkedin.com/in/harrietosei", size=9.5,
      after=6)
    heading(d, "PROFILE", size=11, color="0B3954")
    P(d, "Operations consultant with ten years of experience redesigning distribution networks, planning processes "
         "and operating models for retailers, food manufacturers and public-sector clients. I lead mixed client and "
         "consultant teams and like work that ends with something running differently on a Monday morning.",
      size=10.5)
    heading(d, "PROFESSIONAL EXPERIENCE", size=11, color="0B3954")

    def employer(name, span):
        p = P(d, before=6, after=1, keep=True)
        tabs(p, (17.4, "r"))
        run(p, name, b=True, size=11)
        run(p, "\t" + span, b=True, size=10.5)

    def title(t, dates):
        p = P(d, after=1, keep=True)
        tabs(p, (17.4, "r"))
        run(p, t, i=True, size=10.5)
        run(p, "\t" + dates, i=True, size=10)

    def engagement(client, what, items):
        p = P(d, indent=0.4, before=3, after=1, keep=True)
        run(p, client, b=True, size=10)
        run(p, " — " + what, size=10)
        bullets(d, items, size=10, indent=1.1)

    employer("Ashcombe Partners LLP · Leeds", "Sep 2019 – Present")
    title("Manager", "Apr 2022 – Present")
    title("Senior Consultant", "Sep 2019 – Mar 2022")
    P(d, "Selected client engagements", b=True, size=10, color="0B3954", before=4, after=1)
    engagement("Client: Harrowby Foods plc, York", "distribution network redesign (9 months, 2023–24)", [
        "Led a team of six; modelled 40 network scenarios and recommended closing two of five depots.",
        "£7.4m annual savings agreed with the client board; first depot transition completed on plan."])
    engagement("Client: a national grocery retailer, Bradford", "S&OP process design (6 months, 2022)", [
        "Designed the monthly S&OP cycle and KPI pack; forecast accuracy up 9 points in the pilot category."])
    engagement("Client: Calder Valley NHS Trust, Halifax", "outpatient operating model (5 months, 2020–21)", [
        "Process mapping across 14 clinics; new booking model reduced unused appointment slots by 31%."])
    employer("Marlow, Tate & Quince Consulting · Manchester", "Aug 2016 – Aug 2019")
    title("Consultant", "Sep 2017 – Aug 2019")
    title("Analyst", "Aug 2016 – Aug 2017")
    bullets(d, ["Inventory optimisation and warehouse design projects for eight retail and wholesale clients.",
                "Built the firm's Alteryx-based network modelling toolkit, still used on most supply-chain work."],
            size=10)
    employer("Pellow Engineering Group · Sheffield", "Sep 2014 – Jul 2016")
    title("Graduate Planner", "Sep 2014 – Jul 2016")
    bullets(d, ["Production planning for two machining plants; MRP parameter clean-up and weekly capacity reviews."],
            size=10)
    heading(d, "EDUCATION", size=11, color="0B3954")
    for deg, when in (("MSc Operations Management, Pennine University", "2014"),
                      ("BSc Mathematics, University of Wharfedale", "2013")):
        p = P(d, after=1)
        tabs(p, (17.4, "r"))
        run(p, deg, size=10.5)
        run(p, "\t" + when, size=10.5)
    heading(d, "CORE SKILLS", size=11, color="0B3954")
    P(d, "Network modelling  •  Lean  •  S&OP design  •  Process mapping  •  Stakeholder management  •  Alteryx  •  "
         "Power BI  •  Excel VBA", size=10.5)
    heading(d, "CERTIFICATIONS", size=11, color="0B3954")
    P(d, "PRINCE2 Practitioner (2018)  •  Lean Six Sigma Green Belt (2017)", size=10.5)
    docx_save(d, path, "Harriet Osei")


def r11_keisha_montgomery(path):
    """Travel nurse: the agency is the employer block ('Meridian Travel Nursing, Inc.' with its span), one title,
    and an 'Assignments' table (Facility | Location | Unit | Dates) of hospital placements; two staff posts
    before it; licensure and certifications; clinical skills."""
    d = docx_new("Calibri", 10.5, margins=(1.6, 1.6, 1.9, 1.9))
    P(d, "Keisha Montgomery, BSN, RN", b=True, size=19, color="7A1F3D", after=0)
    P(d, "Travel Registered Nurse  |  Critical Care  |  Multistate Compact License", size=11, after=2)
    P(d, "Houston, TX (home base)  •  (832) 555-0168  •  keisha.montgomery.rn@example.com", size=9.5, after=6)
    heading(d, "SUMMARY", size=11, color="7A1F3D")
    P(d, "Critical care RN with nine years of bedside experience, the last three as a travel nurse in medical, "
         "cardiovascular and neuro ICUs. Quick to orient, calm with high-acuity patients, and comfortable "
         "precepting staff nurses on CRRT and Impella.", size=10.5)
    heading(d, "LICENSURE & CERTIFICATIONS", size=11, color="7A1F3D")
    P(d, "RN, Texas, Multistate Compact License (exp. 08/2025)  •  CCRN (AACN)  •  BLS  •  ACLS  •  PALS  •  NIHSS",
      size=10)
    heading(d, "CLINICAL EXPERIENCE", size=11, color="7A1F3D")

    def block(company, span):
        p = P(d, before=6, after=1, keep=True)
        tabs(p, (17.8, "r"))
        run(p, company, b=True, size=11)
        run(p, "\t" + span, b=True, size=10.5)

    block("Meridian Travel Nursing, Inc.", "Mar 2021 – Present")
    P(d, "Travel Registered Nurse, Critical Care", i=True, size=10.5, after=3)
    P(d, "Assignments:", b=True, size=10, after=2)
    data = [("Facility", "Location", "Unit", "Dates"),
            ("St. Aurelia Medical Center", "Phoenix, AZ", "Medical ICU (26 beds)", "Jan 2024 – Apr 2024"),
            ("Bayou Crescent Health", "New Orleans, LA", "CVICU (18 beds)", "Aug 2023 – Jan 2024"),
            ("Cascade Ridge Hospital", "Spokane, WA", "Neuro/Trauma ICU", "Mar 2023 – Jul 2023"),
            ("Saguaro Valley Medical Center", "Tucson, AZ", "MICU, extended 3 times", "Jan 2022 – Feb 2023"),
            ("Lakeshore Regional Hospital", "Duluth, MN", "Mixed ICU", "Mar 2021 – Dec 2021")]
    t = new_table(d, len(data), 4, (5.6, 3.4, 4.4, 4.4), borders={"which": ("top", "bottom", "insideH"),
                                                                  "color": "BBBBBB"})
    for i, row in enumerate(data):
        for j, s in enumerate(row):
            cell(t.cell(i, j), s, b=(i == 0), size=9.5, fill="F3E6EB" if i == 0 else None)
    P(d, after=2)
    bullets(d, ["Oriented to five hospitals' policies and EHRs within the standard 2-shift orientation.",
                "Primary nurse for patients on CRRT, Impella and targeted temperature management.",
                "Asked to extend on every assignment; superuser for the CVICU's new infusion pumps."], size=10)
    block("Lone Star Regional Hospital · Houston, TX", "Jun 2017 – Feb 2021")
    P(d, "Staff Registered Nurse, Medical ICU", i=True, size=10.5, after=2)
    bullets(d, ["1:1 and 1:2 care in a 32-bed MICU; charge nurse on nights from 2019.",
                "Unit educator for sepsis bundle compliance; bundle compliance rose from 71% to 92%."], size=10)
    block("Gulfview Community Hospital · Galveston, TX", "Jul 2015 – May 2017")
    P(d, "Staff Registered Nurse, Cardiac Telemetry", i=True, size=10.5, after=2)
    bullets(d, ["Care for post-PCI, heart failure and arrhythmia patients on a 28-bed telemetry unit."], size=10)
    heading(d, "CLINICAL SKILLS", size=11, color="7A1F3D")
    P(d, "Ventilator management  •  CRRT  •  Vasoactive titration  •  Arterial line management  •  Targeted temperature "
         "management  •  Epic  •  Cerner", size=10)
    heading(d, "EDUCATION", size=11, color="7A1F3D")
    P(d, "Bachelor of Science in Nursing — Brazos Valley University, College Station, TX — May 2015", size=10.5)
    heading(d, "REFERENCES", size=11, color="7A1F3D")
    P(d, "Available on request, including nurse managers from my last three assignments.", size=10)
    docx_save(d, path, "Keisha Montgomery")


def r15_marcus_delacroix(path):
    """Military-to-civilian: headline with the clearance, CORE COMPETENCIES table, PROFESSIONAL EXPERIENCE where
    the civilian posts come first and the Army posts follow as 'U.S. Army | Fort Stewart, GA' blocks with a
    civilian title and the rank (or MOS code) in brackets; a SkillBridge internship; awards, training,
    education."""
    d = docx_new("Arial", 10, margins=(1.6, 1.6, 1.9, 1.9))
    P(d, "MARCUS DELACROIX", b=True, size=20, align="c", after=0)
    P(d, "Operations & Logistics Manager  |  U.S. Army Veteran  |  Secret Clearance (inactive)", size=10.5,
      align="c", after=1)
    P(d, "Savannah, GA 31405  •  (912) 555-0193  •  marcus.delacroix@example.com  •  linkedin.com/in/mdelacroix",
      size=9.5, align="c", after=6)
    heading(d, "SUMMARY", size=11, color="3B3B3B")
    P(d, "Logistics leader with 12 years of U.S. Army experience and two years in third-party logistics. Led teams "
         "of up to 60 and accountable for $45M of equipment; now running a cross-dock operation for a regional "
         "freight carrier. Translate military discipline into safe, measurable, on-time operations.", size=10)
    heading(d, "CORE COMPETENCIES", size=11, color="3B3B3B")
    comps = ["Fleet & Warehouse Operations", "Inventory Accountability", "Team Leadership",
             "Transportation Planning", "Safety & Compliance", "Training Development",
             "Process Improvement", "Budget Management", "SAP"]
    t = new_table(d, 3, 3, (5.9, 5.9, 5.9))
    for i, s in enumerate(comps):
        cell(t.cell(i // 3, i % 3), "■  " + s, size=10)
    heading(d, "PROFESSIONAL EXPERIENCE", size=11, color="3B3B3B")

    def org(s):
        P(d, s, b=True, size=10.5, before=6, after=1, keep=True)

    def role(t, dates, items):
        p = P(d, after=2, keep=True)
        tabs(p, (17.8, "r"))
        run(p, t, b=True, i=True, size=10)
        run(p, "\t" + dates, i=True, size=10)
        bullets(d, items, size=10)

    org("Coastline Freight Group  |  Savannah, GA")
    role("Operations Manager", "Jan 2022 – Present", [
        "Run a 120-door cross-dock handling 2,400 shipments a day with 4 supervisors and 70 team members.",
        "Cut dock-to-dispatch time by 27% by re-slotting doors and introducing hourly huddles.",
        "Zero lost-time injuries in 2023; led the site through its first ISO 45001 audit."])
    role("Operations Intern (DoD SkillBridge)", "Sep 2021 – Dec 2021", [
        "Completed a 12-week transition internship across dispatch, yard and warehouse functions."])
    org("U.S. Army  |  Fort Stewart, GA")
    role("Logistics Operations Supervisor (Sergeant First Class, E-7)", "Jun 2017 – Dec 2021", [
        "Directed supply and transportation operations for a 3,800-soldier brigade; 60 personnel.",
        "Accountable for $45M of equipment with zero losses across three command inspections.",
        "Planned the rail and convoy movement of 900 vehicles for a 9-month overseas rotation."])
    org("U.S. Army  |  Camp Humphreys, South Korea")
    role("Supply Chain Team Leader (Staff Sergeant, E-6)", "Jul 2013 – May 2017", [
        "Led a 14-person warehouse team supporting 1,200 soldiers; inventory accuracy 99.6%.",
        "Trained 40 junior soldiers on the Army's SAP-based supply system."])
    org("U.S. Army  |  Fort Bliss, TX")
    role("Automated Logistical Specialist (92A)", "Aug 2009 – Jun 2013", [
        "Received, stored and issued parts and equipment; managed a 2,000-line parts room."])
    heading(d, "EDUCATION & TRAINING", size=11, color="3B3B3B")
    P(d, "B.S. Supply Chain Management, Coastal Plains University (online), 2020", size=10, after=1)
    P(d, "Army Senior Leader Course (2018) • Army Advanced Leader Course (2015) • Hazmat certification (2016)",
      size=10, after=1)
    heading(d, "CERTIFICATIONS", size=11, color="3B3B3B")
    P(d, "APICS CSCP (2022)  •  Lean Six Sigma Green Belt (2021)  •  OSHA 30-Hour", size=10)
    heading(d, "AWARDS", size=11, color="3B3B3B")
    P(d, "Meritorious Service Medal; Army Commendation Medal (3); Army Achievement Medal (4)", size=10)
    docx_save(d, path, "Marcus Delacroix")


def r18_yusuf_haddad(path):
    """Functional resume: PROFILE, AREAS OF EXPERTISE (two-column table), SELECTED ACCOMPLISHMENTS grouped under
    competency headings (employers named only in the sentences), then a short EMPLOYMENT HISTORY chronology
    with a career break, VOLUNTEERING, EDUCATION & TRAINING."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2))
    P(d, "Yusuf Haddad", b=True, size=22, color="2F5597", after=0)
    P(d, "Project Coordinator", size=12, color="2F5597", after=2)
    P(d, "Dublin 6  ·  087 555 0142  ·  yusuf.haddad@example.ie", size=10, after=8)
    heading(d, "PROFILE", size=11, color="2F5597")
    P(d, "Organised, calm coordinator with twelve years in hotels and events, returning to work after a career break "
         "and a project management certificate. I keep many moving parts on schedule, keep suppliers honest and "
         "keep everyone informed.", size=10.5)
    heading(d, "AREAS OF EXPERTISE", size=11, color="2F5597")
    items = ["Project coordination", "Event logistics", "Budget tracking", "Supplier management",
             "Stakeholder communication", "Microsoft Project", "Asana", "Excel"]
    t = new_table(d, 4, 2, (8.3, 8.3))
    for i, s in enumerate(items):
        cell(t.cell(i % 4, i // 4), "✓  " + s, size=10.5)
    heading(d, "SELECTED ACCOMPLISHMENTS", size=11, color="2F5597")
    for head, pts in (
        ("Project & Event Coordination", [
            "Coordinated 300+ corporate events a year at Larchfield Events, from 20-guest dinners to a 2,000-person "
            "conference, with a 96% client rebooking rate.",
            "Planned the refurbishment of 48 bedrooms at a city-centre hotel while keeping it open, finishing two "
            "weeks early."]),
        ("Budget & Supplier Management", [
            "Managed event budgets of up to €450,000; renegotiated AV and catering contracts to save €60,000 a year.",
            "Built the supplier scorecard still used by the events team."]),
        ("Team Leadership & Communication", [
            "Led a front-office team of 12 across three shifts; introduced a handover log that cut guest complaints "
            "by a third.",
            "Wrote weekly status reports for directors and clients during multi-month projects."]),
    ):
        P(d, head, b=True, size=10.5, before=4, after=1, keep=True)
        bullets(d, pts, size=10)
    heading(d, "EMPLOYMENT HISTORY", size=11, color="2F5597")
    for left, right in (("Office Manager — Larchfield Events Ltd, Dublin", "2019 – 2023"),
                        ("Career break — full-time parent", "2016 – 2019"),
                        ("Events Coordinator — Grafton & Vale Hotels Group, Dublin", "2012 – 2016"),
                        ("Front Office Supervisor — Harbourview Hotel, Galway", "2009 – 2012")):
        p = P(d, after=1)
        tabs(p, (16.6, "r"))
        run(p, left, size=10.5)
        run(p, "\t" + right, size=10.5)
    heading(d, "VOLUNTEERING", size=11, color="2F5597")
    P(d, "Treasurer, Ranelagh Community Playgroup (2017 – 2019): accounts, grant applications and the annual fair.",
      size=10.5)
    heading(d, "EDUCATION & TRAINING", size=11, color="2F5597")
    P(d, "Professional Certificate in Project Management, Liffey Institute of Management, 2024", size=10.5, after=1)
    P(d, "BA in Hospitality Management, Shannon Coast Institute, 2009", size=10.5, after=1)
    docx_save(d, path, "Yusuf Haddad")


def r20_ana_kovacevic(path):
    """Europass CV (the classic Word template): a two-column table with right-aligned blue labels and dates on
    the left; 'dd/mm/yyyy–Present' ranges, the title, then 'Employer, street, postcode City (Country)', bullets
    and 'Business or sector'; a language self-assessment grid; 'Digital skills' as the skills list."""
    d = docx_new("Arial", 9.5, margins=(1.5, 1.5, 1.5, 1.5), after=1)
    blue = "0E4194"
    t = new_table(d, 1, 2, (5.0, 13.0))
    cell(t.cell(0, 0), "europass", b=True, size=16, color=blue, align="r")
    cell(t.cell(0, 1), "Curriculum Vitae", size=11, color=blue)

    def block(label, first, *lines, label_size=9, first_b=False, first_size=10.5):
        tb = new_table(d, 1, 2, (5.0, 13.0))
        cell(tb.cell(0, 0), label, size=label_size, color=blue, align="r")
        cell(tb.cell(0, 1), first, b=first_b, size=first_size, color=blue if first_b else None)
        for ln in lines:
            if isinstance(ln, tuple):
                cell_add(tb.cell(0, 1), ln[0], style="List Bullet", size=9.5)
            else:
                cell_add(tb.cell(0, 1), ln, size=9.5)
        P(d, after=2)
        return tb

    def section(s):
        p = P(d, before=6, after=3)
        run(p, s, size=10, color=blue)
        pborder(p, "bottom", blue, 6, 1)

    section("PERSONAL INFORMATION")
    block("", "Ana Kovačević", "Ilica 45, 10000 Zagreb (Croatia)", "+385 91 555 0176",
          "ana.kovacevic@example.hr", "Sex Female | Date of birth 12/05/1992 | Nationality Croatian",
          first_size=16)
    block("JOB APPLIED FOR", "Senior QA Engineer / Test Automation Lead", first_size=12)
    section("WORK EXPERIENCE")
    block("01/03/2021–Present", "Senior QA Engineer",
          "Sensora Labs d.o.o., Radnička cesta 80, 10000 Zagreb (Croatia)",
          ("Lead test automation for a medical-device data platform (IEC 62304 class B)",),
          ("Built the Playwright end-to-end suite (1,400 tests) and the nightly regression pipeline",),
          ("Mentor three QA engineers; run the risk-based test planning for each release",),
          "Business or sector Information and communication", first_b=True)
    block("15/09/2018–28/02/2021", "QA Engineer", "Adriaflow Software Group, Split (Croatia)",
          ("Manual and automated testing of booking and payment features for tourism SaaS products",),
          ("Introduced API contract tests in Postman and Newman, run on every merge request",),
          "Business or sector Information and communication", first_b=True)
    block("01/07/2017–31/08/2017", "Software Testing Intern", "Drava & Sava Telekom d.d., Osijek (Croatia)",
          ("Test-case design and execution for a customer self-care portal",),
          "Business or sector Telecommunications", first_b=True)
    section("EDUCATION AND TRAINING")
    block("10/2013–09/2018", "Master of Science in Computing", "Pannonian University of Technology, Osijek (Croatia)",
          "EQF level 7", first_b=True)
    section("PERSONAL SKILLS")
    block("Mother tongue(s)", "Croatian", first_size=9.5)
    tb = new_table(d, 4, 6, (5.0, 2.6, 2.6, 2.6, 2.6, 2.6), borders={"color": "BBBBBB"})
    for i, row in enumerate((("Other language(s)", "Listening", "Reading", "Spoken interaction", "Spoken production",
                              "Writing"),
                             ("English", "C1", "C1", "C1", "C1", "C1"),
                             ("German", "B1", "B2", "B1", "B1", "A2"),
                             ("Italian", "A2", "B1", "A2", "A2", "A1"))):
        for j, s in enumerate(row):
            cell(tb.cell(i, j), s, size=8.5, color=blue if (i == 0 or j == 0) else None,
                 align="r" if j == 0 else "c")
    P(d, "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user", size=7.5,
      align="r", after=4)
    block("Communication skills", "Good communication skills gained as the QA contact for three product teams and "
          "in customer acceptance sessions.", first_size=9.5)
    block("Organisational / managerial skills", "Release test planning and coordination of a distributed QA team.",
          first_size=9.5)
    block("Digital skills", "Selenium, Cypress, Playwright, Postman, Jira, Python, SQL, Jenkins", first_size=9.5)
    block("Driving licence", "B", first_size=9.5)
    section("ADDITIONAL INFORMATION")
    block("Certifications", "ISTQB Certified Tester Foundation Level (2019); ISTQB Advanced Test Automation "
          "Engineer (2022)", first_size=9.5)
    docx_save(d, path, "Ana Kovačević")


def r23_sofia_marchetti(path):
    """Graduate: EDUCATION first (degree, modules, dissertation, A levels), then INTERNSHIPS and PART-TIME &
    VACATION WORK as separate headings ('Title — Company, Town' with dates on a right tab), PROJECTS, SKILLS,
    POSITIONS OF RESPONSIBILITY."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "Sofia Marchetti", b=True, size=20, align="c", after=0)
    P(d, "Leamington Spa  |  07700 900 829  |  sofia.marchetti@example.co.uk  |  github.com/sofiamarchetti",
      size=9.5, align="c", after=6)

    def sec(s):
        heading(d, s, size=11, color="000000", before=8, after=3)

    def line(left, right, b=True):
        p = P(d, after=1, keep=True)
        tabs(p, (17.4, "r"))
        run(p, left, b=b, size=10.5)
        run(p, "\t" + right, size=10.5)

    sec("EDUCATION")
    line("BSc Mathematics and Statistics, First Class Honours — Avonmere University, Coventry", "2021 – 2024")
    P(d, "Modules: Statistical Learning, Time Series, Databases, Operational Research, Bayesian Statistics", size=10,
      after=1)
    P(d, "Dissertation: Forecasting bus journey times from open GTFS-realtime data (grade: 78%)", size=10, after=3)
    line("Kingsway Sixth Form College, Solihull — A levels: Mathematics (A*), Further Mathematics (A), Economics (A)",
         "2019 – 2021", b=False)
    sec("INTERNSHIPS")
    line("Data Analytics Intern — Thornbury Health Analytics, Birmingham", "Jun 2023 – Sep 2023")
    bullets(d, ["Built an automated weekly A&E waiting-time report in Python and SQL for three NHS client trusts.",
                "Presented a readmission-risk analysis to the client's clinical leads."], size=10)
    line("Spring Insight Intern — Halcyon Capital Group, London", "Apr 2022")
    bullets(d, ["One-week programme across risk, technology and operations; team case-study winner."], size=10)
    sec("PART-TIME & VACATION WORK")
    line("Sales Assistant (part-time) — Hobbs & Larkin Booksellers, Leamington Spa", "Oct 2021 – May 2024")
    bullets(d, ["Weekend and holiday shifts; ran the stock-count spreadsheet and trained new staff."], size=10)
    line("Activity Leader (seasonal) — Little Acorns Activity Camps, Coventry", "Jul 2021 – Aug 2021")
    bullets(d, ["Led groups of 15 children aged 7–11; first-aid trained."], size=10)
    sec("PROJECTS")
    for name, desc in (("Bus Punctuality Dashboard", " — Streamlit dashboard of live bus delays across the West "
                                                      "Midlands, fed by GTFS-realtime data."),
                       ("Premier League xG Model", " — logistic-regression expected-goals model with a write-up "
                                                   "comparing it to public models.")):
        p = P(d, after=2)
        run(p, name, b=True, size=10.5)
        run(p, desc, size=10.5)
    sec("SKILLS")
    P(d, "Python, SQL, R, Tableau, Excel, Git", size=10.5, after=1)
    P(d, "Languages: English (native), Italian (fluent)", size=10.5, after=1)
    sec("POSITIONS OF RESPONSIBILITY")
    P(d, "Treasurer, Avonmere Maths Society (2022 – 2023): budget of £9,000, sponsorship from two employers.",
      size=10.5)
    docx_save(d, path, "Sofia Marchetti")


# =========================================================================================================
# Word files converted to PDF by LibreOffice
# =========================================================================================================
def r06_jonas_weidemann_kroeger_docx(path):
    """German Lebenslauf in English: 'Curriculum Vitae' title, Personal Details rows, then tables with the
    period on the left ('09.2021 – today') and title / 'Company GmbH, City' / bullets on the right; Education
    with the Abitur row; Further Training, Language Skills, IT Skills, Interests; place, date and name at the
    foot (the signature line)."""
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 2.2, 2.0), after=1)
    P(d, "Curriculum Vitae", b=True, size=18, after=10)

    def sec(s):
        p = P(d, before=8, after=4, keep=True)
        run(p, s, b=True, size=11.5)
        pborder(p, "bottom", "000000", 6, 1)

    def rows(data):
        t = new_table(d, len(data), 2, (4.4, 12.6))
        for i, (left, right) in enumerate(data):
            cell(t.cell(i, 0), left, size=10)
            if isinstance(right, str):
                cell(t.cell(i, 1), right, size=10)
                continue
            cell(t.cell(i, 1), right[0], b=True, size=10)
            for ln in right[1:]:
                if ln.startswith("- "):
                    cell_add(t.cell(i, 1), ln[2:], style="List Bullet", size=9.5)
                else:
                    cell_add(t.cell(i, 1), ln, size=10)
            cell_add(t.cell(i, 1), "", size=4)

    sec("Personal Details")
    rows([("Name", "Jonas Weidemann-Kröger"), ("Address", "Rheinauer Straße 14, 68219 Mannheim"),
          ("Phone", "+49 176 5550 2231"), ("Email", "jonas.weidemann@example.de"),
          ("Date and place of birth", "14 March 1994 in Heidelberg"), ("Nationality", "German"),
          ("Marital status", "single")])
    sec("Professional Experience")
    rows([
        ("09.2021 – today", ["Process Engineer", "Rheintal Polymer GmbH & Co. KG, Ludwigshafen",
                             "- Process optimisation of two continuous polymerisation lines (38,000 t/a)",
                             "- Led the debottlenecking project for line 2: +9% capacity, payback 14 months",
                             "- HAZOP participation and management of change for plant modifications",
                             "- Technical contact for the plant's SAP PM maintenance planning"]),
        ("04.2019 – 08.2021", ["Junior Process Engineer", "Kessler & Brandt Verfahrenstechnik GmbH, Mannheim",
                               "- Basic and detail engineering for distillation and evaporation plants",
                               "- Process simulation in Aspen Plus; heat and mass balances, P&IDs",
                               "- Commissioning support at customer sites in Belgium and Poland"]),
        ("10.2017 – 03.2019", ["Working Student, Process Development (20 h/week)", "Neckarwerk Chemie AG, Heidelberg",
                               "- Pilot-plant trials for a new crystallisation step; data evaluation in MATLAB"]),
        ("03.2017 – 08.2017", ["Intern, Quality Assurance (mandatory internship)", "Odenwald Pharma GmbH, Weinheim",
                               "- In-process controls and deviation reports in a GMP environment"]),
    ])
    sec("Education")
    rows([
        ("10.2017 – 03.2019", ["Master of Science Process Engineering", "Technische Hochschule Neckartal, Mannheim",
                               "Thesis: Energy integration of a batch distillation unit (grade 1.3)",
                               "Final grade: 1.7"]),
        ("10.2013 – 09.2017", ["Bachelor of Science Chemical Engineering", "Technische Hochschule Neckartal, Mannheim",
                               "Final grade: 2.1"]),
        ("09.2004 – 06.2013", ["Abitur (university entrance qualification)", "Kurfürst-Friedrich-Gymnasium, Heidelberg"]),
    ])
    sec("Further Training")
    rows([("11.2022", "Lean Six Sigma Green Belt (certified)"),
          ("05.2020", "Explosion protection (ATEX) for process engineers, three-day course")])
    sec("Language Skills")
    rows([("German", "native speaker"), ("English", "fluent (C1)"), ("French", "basic knowledge (A2)")])
    sec("IT Skills")
    rows([("", "Aspen Plus, MATLAB, SAP PM, Python, AutoCAD Plant 3D, MS Office")])
    sec("Interests")
    rows([("", "Rowing (club regattas), cooking, hiking in the Palatinate Forest")])
    P(d, "Mannheim, 10 June 2024", size=10, before=18, after=14)
    P(d, "Jonas Weidemann-Kröger", i=True, size=11, after=0)
    docx_save(d, path, "Jonas Weidemann-Kröger")


def r16_lorraine_beaudry_docx(path):
    """US federal resume: citizenship / veterans' preference / federal status block, then for each job the
    title with series and grade, organisation with office, full street address, dates, hours per week,
    salary, supervisor and 'okay to contact', and long duties with capitalised competency lead-ins; education
    with GPA and semester hours; training, certifications, awards, technical skills."""
    d = docx_new("Times New Roman", 10, margins=(1.3, 1.3, 1.6, 1.6), after=1)
    P(d, "LORRAINE BEAUDRY", b=True, size=15, after=0)
    P(d, "2217 Colley Avenue, Norfolk, VA 23517  |  Day phone: (757) 555-0184  |  lorraine.beaudry@example.com",
      size=9.5, after=2)
    for s in ("Citizenship: U.S. Citizen  |  Veterans' Preference: None  |  Federal status: current federal employee "
              "(GS-0343-12 since 06/2020)  |  Security clearance: Public Trust, moderate risk",
              "Availability: Permanent, full-time  |  Desired locations: Norfolk, VA; Washington, DC (telework)",
              "Objective: Supervisory Program Analyst, GS-0343-13, Announcement No. ACI-24-0193-MP"):
        P(d, s, size=9.5, after=1)

    def sec(s):
        p = P(d, before=6, after=2, keep=True)
        run(p, s, b=True, size=10.5)
        pborder(p, "bottom", "000000", 6, 1)

    def job(title, org, addr, dates, hours, salary, sup, duties):
        P(d, title, b=True, size=10.5, before=5, after=0, keep=True)
        P(d, org, size=10, after=0, keep=True)
        P(d, addr, size=10, after=0, keep=True)
        P(d, f"{dates}  |  Hours per week: {hours}  |  Salary: {salary}", size=10, after=0, keep=True)
        P(d, sup, size=10, after=1, keep=True)
        P(d, "Duties, Accomplishments and Related Skills:", b=True, size=9.5, after=0)
        for lead, body in duties:
            p = P(d, size=9.5, after=1)
            run(p, lead + ": ", b=True, size=9.5)
            run(p, body, size=9.5)

    sec("WORK EXPERIENCE")
    job("Program Analyst, GS-0343-12", "Agency for Coastal Infrastructure, Office of Grants Management",
        "1200 Harbor Street, Suite 400, Norfolk, VA 23510", "06/2020 – Present", "40", "$98,496.00 per year",
        "Supervisor: Dana Whitcombe, Director of Grants Management, (757) 555-0119; Okay to contact: Yes", [
            ("PROGRAM EVALUATION", "Evaluate the performance of a $310M shoreline-resilience grant program covering "
             "140 active awards to states, localities and tribes; design performance measures and write the annual "
             "program assessment report to agency leadership and congressional staff."),
            ("DATA ANALYSIS", "Built the program's award-monitoring dashboard in Tableau from the grants system "
             "and financial data (SQL); identified $4.2M in unliquidated obligations that were deobligated and "
             "re-awarded."),
            ("POLICY AND REGULATIONS", "Interpret 2 CFR 200 (Uniform Guidance) for program staff and recipients; "
             "drafted four program policy notices, including the agency's first guidance on nature-based "
             "infrastructure costs."),
            ("LEADERSHIP", "Lead a team of three analysts on a detail basis; train 60+ staff a year on risk-based "
             "monitoring. Received a Superior Accomplishment Award (2022) and two time-off awards."),
        ])
    job("Management Analyst, GS-0343-11", "Agency for Coastal Infrastructure, Office of the Chief Financial Officer",
        "1200 Harbor Street, Suite 400, Norfolk, VA 23510", "03/2017 – 05/2020", "40", "$72,030.00 per year",
        "Supervisor: Raymond Okafor-Price, Budget Officer, (757) 555-0127; Okay to contact: Yes", [
            ("BUDGET FORMULATION", "Prepared budget justifications and spend plans for three program offices "
             "($85M); tracked execution monthly and briefed the CFO on variances."),
            ("PROCESS IMPROVEMENT", "Mapped the travel and purchase-card approval process and cut average approval "
             "time from 9 to 3 days; documented procedures for internal-control reviews."),
        ])
    job("Grants Management Specialist, GS-1109-09", "Federal Rural Water Administration, Region 3",
        "400 North 8th Street, Room 610, Richmond, VA 23219", "08/2014 – 02/2017", "40", "$53,380.00 per year",
        "Supervisor: Angela Trinh, Grants Officer, (804) 555-0146; Okay to contact: Yes", [
            ("AWARD ADMINISTRATION", "Managed a portfolio of 45 water and wastewater grants ($62M); reviewed "
             "applications, budgets and financial reports; conducted 12 site visits a year."),
        ])
    job("Administrative Officer", "Tidewater Community Health Partners, Inc.",
        "540 Settlers Landing Road, Hampton, VA 23669", "09/2011 – 07/2014", "40", "$41,200.00 per year",
        "Supervisor: Marcus Fenwick, Executive Director, (757) 555-0102; Okay to contact: Yes", [
            ("OPERATIONS", "Ran finance, HR administration and grant reporting for a nonprofit with five community "
             "clinics and 70 staff; prepared federal and state grant reports on time for three years."),
        ])
    sec("EDUCATION")
    P(d, "Chesapeake State University, Norfolk, VA — Master of Public Administration, 05/2016 — GPA 3.85 of 4.0 — "
         "39 semester hours", size=10, after=1)
    P(d, "James River College, Williamsburg, VA — Bachelor of Arts, Political Science, 05/2011 — GPA 3.40 of 4.0 — "
         "120 semester hours", size=10, after=1)
    sec("JOB-RELATED TRAINING")
    P(d, "Grants Management Certificate Program (2019, 80 hours); Federal Budget Formulation and Execution (2018, "
         "24 hours); Data Visualization for Managers (2021, 16 hours); Uniform Guidance update (2024, 8 hours).",
      size=10)
    sec("CERTIFICATIONS")
    P(d, "Certified Grants Management Specialist (2019); Project Management Professional (PMP) (2021).", size=10)
    sec("TECHNICAL SKILLS")
    P(d, "Tableau; SQL; Power BI; SharePoint; Excel", size=10)
    sec("REFERENCES")
    P(d, "Dana Whitcombe, Director of Grants Management, Agency for Coastal Infrastructure, (757) 555-0119; "
         "Angela Trinh, Grants Officer, Federal Rural Water Administration, (804) 555-0146.", size=10)
    docx_save(d, path, "Lorraine Beaudry")


def r22_elif_demirci_docx(path):
    """Titles in ALL CAPS (typed as capitals) in bold with the dates on a right tab, the employer and city in
    italics on the line below; one title carries '(FIXED-TERM)'; KEY SKILLS separated by middle dots."""
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 2.0, 2.0), after=1)
    P(d, "ELIF DEMIRCI", b=True, size=22, color="1B4F72", after=0)
    P(d, "Senior HR Business Partner  ·  Chartered Member, CIPD", size=11, after=1)
    P(d, "Copenhagen, Denmark  ·  +45 31 55 50 72  ·  elif.demirci@example.com  ·  linkedin.com/in/elifdemirci",
      size=9.5, after=8)

    def sec(s):
        heading(d, s, size=11, color="1B4F72", before=8, after=4)

    sec("PROFILE")
    P(d, "HR business partner with eleven years in shipping, healthcare and retail, across the UK and Denmark. I "
         "partner with leadership teams through reorganisations, growth and difficult employee-relations cases, "
         "and I like HR decisions to be grounded in data.", size=10)
    sec("EXPERIENCE")

    def job(title, dates, where, items):
        p = P(d, before=6, after=0, keep=True)
        tabs(p, (17.4, "r"))
        run(p, title, b=True, size=10.5)
        run(p, "\t" + dates, size=10)
        P(d, where, i=True, size=10, after=2, keep=True)
        bullets(d, items, size=10)

    job("SENIOR HR BUSINESS PARTNER", "Feb 2021 – Present", "Nordlys Shipping Group A/S, Copenhagen", [
        "HR partner to the Chief Operating Officer and five regional directors (1,900 employees in 11 countries).",
        "Led the people workstream of a global operating-model change: 140 roles redesigned, consultation in four "
        "jurisdictions, no tribunal claims.",
        "Introduced quarterly talent reviews; internal fill rate for senior roles up from 35% to 61%."])
    job("HR BUSINESS PARTNER", "Aug 2017 – Jan 2021", "Bellweather & Pike Health, London", [
        "Partnered with clinical and support-services leaders across 14 private clinics (900 staff).",
        "Managed the TUPE transfer of 230 staff from two acquired clinic groups.",
        "Cut average ER case length from 11 to 6 weeks with a new investigation framework."])
    job("HR ADVISOR", "Sep 2014 – Jul 2017", "Larchmont Retail Ltd, Reading", [
        "Advised 60 store managers on absence, disciplinary and grievance cases; ran manager training."])
    job("HR ASSISTANT (FIXED-TERM)", "Jan 2013 – Aug 2014", "Kennet Valley Housing Association, Reading", [
        "Recruitment administration, contracts and HR system data for a 400-employee housing association."])
    sec("EDUCATION")
    P(d, "MA Human Resource Management — Kennet University, 2014", size=10, after=1)
    P(d, "BA Sociology — University of the Chilterns, 2012", size=10, after=1)
    sec("KEY SKILLS")
    P(d, "Employee relations · Workday · Organisational design · TUPE transfers · Talent reviews · Coaching · "
         "Change management", size=10)
    sec("LANGUAGES & PROFESSIONAL MEMBERSHIP")
    P(d, "Turkish (native), English (fluent), Danish (intermediate)  ·  CIPD Level 7, Chartered Member (2019)",
      size=10)
    docx_save(d, path, "Elif Demirci")


# =========================================================================================================
# job descriptions: DOCX and PDF
# =========================================================================================================
def jd07_ardenne_motors_principal_mechanical_engineer(path):
    """Company careers Word advert: the company and 'Careers' in the page header, the title with the team in
    square brackets, a key-facts table, About us / About the role / Key responsibilities, then 'Person
    specification' with Essential and Desirable lists."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2))
    hp = d.sections[0].header.paragraphs[0]
    run(hp, "Ardenne Motors Ltd  ·  Careers", b=True, size=9, color="7F7F7F")
    P(d, "Principal Mechanical Engineer [Powertrain Integration]", b=True, size=17, color="8B0000", after=6)
    t = new_table(d, 5, 2, (4.0, 12.5), borders={"which": ("insideH", "top", "bottom"), "color": "CCCCCC"})
    for i, (k, v) in enumerate((("Location", "Whitley, Coventry (hybrid, three days a week on site)"),
                                ("Contract", "Permanent, full-time"),
                                ("Salary", "£78,000–£92,000 + car allowance + bonus"),
                                ("Closing date", "12 July 2024"), ("Reference", "AM-ENG-2231"))):
        cell(t.cell(i, 0), k, b=True, size=10)
        cell(t.cell(i, 1), v, size=10)
    heading(d, "About us", size=12, color="8B0000", rule=False)
    P(d, "Ardenne Motors Ltd designs and builds low-volume electric and hybrid sports cars in Coventry. Our 600 "
         "people take every car from sketch to road, and our next model line moves to a new 800-volt electric "
         "drive unit developed in-house.")
    heading(d, "About the role", size=12, color="8B0000", rule=False)
    P(d, "As Principal Mechanical Engineer you will be the senior technical authority for how the electric drive "
         "unit, inverter and battery package into the vehicle, leading a team of six design engineers and "
         "working closely with chassis, thermal and manufacturing engineering.")
    heading(d, "Key responsibilities", size=12, color="8B0000", rule=False)
    bullets(d, ["Own the mechanical integration of the powertrain from concept to start of production",
                "Set design standards and lead design reviews for the powertrain integration team",
                "Resolve packaging, NVH and serviceability trade-offs with the vehicle line director",
                "Coach and develop engineers, and support recruitment for the team"])
    heading(d, "Person specification", size=12, color="8B0000", rule=False)
    P(d, "Essential", b=True, after=1)
    bullets(d, ["Degree in Mechanical or Automotive Engineering, or equivalent",
                "12+ years of mechanical design experience in automotive or motorsport, including powertrain or "
                "driveline systems",
                "Expert user of CATIA V5 or 3DEXPERIENCE",
                "Strong GD&T and tolerance stack-up analysis",
                "Experience as technical lead for a vehicle programme from concept to start of production"])
    P(d, "Desirable", b=True, after=1, before=4)
    bullets(d, ["Chartered Engineer status (IMechE)",
                "Experience with high-voltage battery or e-axle packaging",
                "Knowledge of DFMEA and DVP&R processes"])
    heading(d, "How to apply", size=12, color="8B0000", rule=False)
    P(d, "Apply online with your CV and a short cover letter quoting AM-ENG-2231. We are a Disability Confident "
         "employer and will make reasonable adjustments at every stage.")
    docx_save(d, path, "Ardenne Motors Ltd")


def jd08_brackley_sons_finance_business_partner_ii(path):
    """Corporate role profile: company and 'Role Profile' in the page header, a key-value table (Job title,
    Business unit, Reports to, Location, Grade, Direct reports), purpose, numbered accountabilities, and a
    two-column 'Knowledge, skills and experience' table with Essential and Desirable bullets in its cells."""
    d = docx_new("Arial", 10, margins=(2.0, 2.0, 2.0, 2.0))
    hp = d.sections[0].header.paragraphs[0]
    run(hp, "Brackley & Sons Group plc", b=True, size=10, color="1F3864")
    run(hp, "    Role Profile", size=10, color="7F7F7F")
    P(d, "ROLE PROFILE", b=True, size=15, color="1F3864", after=6)
    t = new_table(d, 6, 2, (4.5, 12.5), borders={"color": "999999"})
    for i, (k, v) in enumerate((("Job title", "Finance Business Partner II"),
                                ("Business unit", "Brackley Foodservice"),
                                ("Reports to", "Head of Commercial Finance"),
                                ("Location", "Leicester (Meridian Business Park), hybrid"),
                                ("Grade", "F4"), ("Direct reports", "2 (Commercial Analysts)"))):
        cell(t.cell(i, 0), k, b=True, fill="DCE3EE")
        cell(t.cell(i, 1), v)
    heading(d, "Purpose of the role", size=11.5)
    P(d, "To be the trusted finance partner to the Foodservice commercial and supply-chain leadership teams, "
         "turning performance data into decisions on pricing, promotions, customer profitability and cost.")
    heading(d, "Key accountabilities", size=11.5)
    for i, s in enumerate(("Lead the monthly performance review for Foodservice (£420m revenue) with the "
                           "commercial director", "Own the annual budget and quarterly reforecasts for the "
                           "business unit", "Build customer and product profitability models and use them to "
                           "challenge pricing decisions", "Evaluate capital projects and commercial deals over "
                           "£250k", "Manage and develop two commercial analysts"), 1):
        P(d, f"{i}. {s}", indent=0.5, first=-0.5, after=2)
    heading(d, "Knowledge, skills and experience", size=11.5)
    t2 = new_table(d, 2, 2, (8.5, 8.5), borders={"color": "999999"})
    cell(t2.cell(0, 0), "Essential", b=True, fill="DCE3EE")
    cell(t2.cell(0, 1), "Desirable", b=True, fill="DCE3EE")
    cell_bullets(t2.cell(1, 0), ["Qualified accountant (ACA, ACCA or CIMA)",
                                 "5-7 years' post-qualification experience, including at least 2 in a business "
                                 "partnering role",
                                 "Strong Excel and financial modelling skills",
                                 "Experience presenting to senior, non-finance stakeholders"])
    cell_bullets(t2.cell(1, 1), ["Experience in FMCG, foodservice or wholesale",
                                 "Working knowledge of SAP S/4HANA and a BI tool such as Power BI",
                                 "Experience managing a small team"])
    P(d, "Brackley & Sons Group plc is an equal opportunities employer. Role profiles describe the main duties "
         "of a role and may change as the business develops.", size=8.5, color="7F7F7F", before=8)
    docx_save(d, path, "HR Shared Services")


def jd09_confidential_warehouse_operations_manager(path):
    """A company posting that never names the company (a 'confidential search'): title, one line of location /
    salary / shifts, About us, Responsibilities, Requirements, Desirable, Benefits, how to apply with 'no
    agencies please'."""
    d = docx_new("Calibri", 11, margins=(2.2, 2.2, 2.4, 2.4))
    P(d, "Warehouse Operations Manager", b=True, size=18, after=2)
    P(d, "Location: East Midlands (near Junction 24, M1)  |  Salary: £48,000 – £55,000 + 10% bonus  |  Days, "
         "Monday–Friday, with an on-call rota", size=10, color="595959", after=8)
    P(d, "About us", b=True, size=12.5, after=2)
    P(d, "We are a fast-growing third-party logistics (3PL) business providing warehousing and fulfilment for "
         "around 60 e-commerce and retail brands. With a new 250,000 sq ft site opening this autumn, we are "
         "looking for a Warehouse Operations Manager to run day-to-day operations at our existing site. This is "
         "a confidential search; we will share full company details with shortlisted candidates.")
    P(d, "Responsibilities", b=True, size=12.5, before=6, after=2)
    bullets(d, ["Run inbound, storage, pick/pack and dispatch across two shifts (about 140 people at peak)",
                "Plan labour against client forecasts and hit dispatch SLAs during peak",
                "Lead four shift managers and their team leaders; own training and performance",
                "Own site health and safety, 5S and the continuous-improvement plan",
                "Report weekly KPIs and costs to the Head of Operations and to clients"])
    P(d, "Requirements", b=True, size=12.5, before=6, after=2)
    bullets(d, ["3+ years' experience managing warehouse operations in a 3PL or e-commerce environment",
                "Experience leading teams of 50+ including shift managers",
                "Good working knowledge of a WMS (e.g. Manhattan, Mintsoft or similar)",
                "Strong grasp of KPIs: productivity, accuracy, dispatch SLAs and cost per order",
                "IOSH Managing Safely or equivalent"])
    P(d, "Desirable", b=True, size=12.5, before=6, after=2)
    bullets(d, ["NEBOSH General Certificate", "Lean or continuous-improvement training",
                "Experience of a new-site start-up or WMS implementation"])
    P(d, "Benefits", b=True, size=12.5, before=6, after=2)
    bullets(d, ["25 days' holiday plus bank holidays", "Company pension (6% employer contribution)",
                "Free on-site parking and subsidised canteen"])
    P(d, "To apply, please send your CV using the apply button on this advert. Applications are reviewed by our "
         "internal talent team; no agencies please.", before=6)
    docx_save(d, path, "Talent Team")


def jd06_thistlewood_associate_product_manager(path):
    """Workday job page printed to PDF from a browser: the browser's date / page-title header and URL footer,
    the site bar (company, Careers, Sign In, Search for Jobs), the title, an Apply button, the label-over-value
    facts (locations, time type, posted on, job requisition id), the description, 'Similar Jobs' and the
    Workday copyright line."""
    W, H = A4
    c = new_canvas(path, A4, "Associate Product Manager", "", "Chromium")
    grey = HexColor("#5F6368")
    blue = HexColor("#0875E1")
    ink = HexColor("#333333")
    url = ("https://thistlewood.wd3.myworkdayjobs.com/en-US/Careers/job/Glasgow-Scotland/"
           "Associate-Product-Manager_JR-104477")

    def chrome(n):
        text(c, "04/06/2024, 10:15", 28, H - 20, "Arial", 7.5, grey)
        text(c, "Associate Product Manager", W / 2, H - 20, "Arial", 7.5, grey, "c")
        text(c, url, 28, 16, "Arial", 7, grey)
        text(c, f"{n}/2", W - 28, 16, "Arial", 7.5, grey, "r")

    chrome(1)
    box(c, 0, H - 78, W, 44, fill=HexColor("#0B3B2E"))
    text(c, "Thistlewood Group", 44, H - 61, "Arial-B", 15, WHITE)
    text(c, "Careers", 200, H - 60, "Arial", 10, WHITE)
    text(c, "Sign In", W - 44, H - 60, "Arial", 9.5, WHITE, "r")
    text(c, "Search for Jobs", W - 100, H - 60, "Arial", 9.5, WHITE, "r")
    X, Wd = 60, W - 120
    text(c, "Associate Product Manager", X, H - 118, "Arial-B", 19, ink)
    box(c, X, H - 152, 72, 22, fill=blue, r=3)
    text(c, "Apply", X + 36, H - 145, "Arial-B", 10, WHITE, "c")
    y = H - 178
    for label, value in (("locations", "Glasgow, Scotland"), ("time type", "Full time"),
                         ("posted on", "Posted 5 Days Ago"), ("job requisition id", "JR-104477")):
        text(c, label, X, y, "Arial", 8.5, grey)
        text(c, value, X, y - 12, "Arial", 10, ink)
        y -= 30

    def new_page(cv):
        chrome(2)
        return H - 50

    f = Flow(c, X, Wd, y - 6, bottom=50, new_page=new_page)

    def head(s):
        f.gap(6)
        f.para(s, "Arial-B", 11, ink, after=4)

    head("About Thistlewood Group")
    f.para("Thistlewood Group runs 62 holiday parks and lodges across Scotland and the north of England, welcoming "
           "1.4 million guests a year. Our digital team (around 90 people in Glasgow) builds the website, booking "
           "engine and guest app that take four out of five of our bookings.", "Arial", 9.5, ink, after=4)
    head("The role")
    f.para("As an Associate Product Manager you'll join the Booking squad and own a part of the booking journey, "
           "working with a senior product manager, a designer and six engineers. It's a role for someone early in "
           "their product career who wants real ownership with plenty of support.", "Arial", 9.5, ink, after=4)
    head("What you'll do")
    f.bullets(["Own the backlog for search and availability, from discovery to release",
               "Talk to guests and contact-centre colleagues every week to understand their problems",
               "Define success measures and analyse experiments with our analytics team",
               "Write clear user stories and acceptance criteria with the engineers"], "Arial", 9.5, color=ink)
    head("Basic Qualifications")
    f.bullets(["1+ year of experience in product management, business analysis, UX or software engineering, or a "
               "relevant internship",
               "A degree in any subject, or equivalent practical experience",
               "Comfort working with data: you can write basic SQL or are keen to learn",
               "Clear written and verbal communication"], "Arial", 9.5, color=ink)
    head("Preferred Qualifications")
    f.bullets(["Experience with booking, e-commerce or travel products",
               "Familiarity with Jira, Figma and an analytics tool such as Amplitude",
               "An interest in hospitality and the outdoors"], "Arial", 9.5, color=ink)
    head("What we offer")
    f.para("£38,000 – £44,000, hybrid working (two days in our Glasgow office), 30 days' holiday, free stays at our "
           "parks, and a £1,000 learning budget.", "Arial", 9.5, ink, after=6)
    f.para("Thistlewood Group is committed to equal opportunities and welcomes applications from everyone.",
           "Arial", 9, grey, after=10)
    head("Similar Jobs (3)")
    for s in ("Product Manager, Guest App", "Senior Product Designer", "Data Analyst, Revenue Management"):
        f.para(s, "Arial", 9.5, blue, after=2)
    f.gap(10)
    f.para("Follow Us", "Arial-B", 9, grey, after=2)
    f.para("© 2024 Workday, Inc. All rights reserved.", "Arial", 8, grey, after=2)
    c.showPage()
    c.save()


def jd11_penrose_hale_carter_junior_quantity_surveyor(path):
    """Designed one-page hiring flyer: a coloured band with 'WE'RE HIRING', the title and a facts line, the firm's
    name (with commas) under it, then boxed sections: The role, What you'll be doing, What we're looking for,
    Great if you have, What we offer, How to apply."""
    W, H = A4
    c = new_canvas(path, A4, "We're hiring - Junior Quantity Surveyor", "Penrose, Hale & Carter", "Adobe InDesign")
    green = HexColor("#12614A")
    sand = HexColor("#F4EFE6")
    ink = HexColor("#222222")
    box(c, 0, H - 200, W, 200, fill=green)
    text(c, "WE'RE HIRING", 48, H - 70, "Sans-B", 34, WHITE)
    text(c, "Junior Quantity Surveyor", 48, H - 110, "Sans-B", 22, HexColor("#F2C14E"))
    text(c, "Nottingham  ·  Full-time  ·  £28,000 – £32,000 + benefits", 48, H - 135, "Sans", 11, WHITE)
    text(c, "Penrose, Hale & Carter", 48, H - 170, "Sans-B", 13, WHITE)
    text(c, "Chartered Quantity Surveyors & Cost Consultants · RICS regulated", 48, H - 186, "Sans", 9, WHITE)
    X, Wd = 48, W - 96
    y = H - 222
    y = para_pdf(c, "Penrose, Hale & Carter is an independent firm of 35 quantity surveyors and cost consultants "
                    "working on schools, healthcare and housing across the East Midlands. We're growing and want "
                    "to train the next generation of QSs.", X, y, Wd, "Sans", 9.5, 13, ink) - 10

    def panel(title, items, y, bullets_=True):
        body_h = sum(buildkit.para_height(s, Wd - 36, "Sans", 9.5, 12.5) + 3 for s in items)
        h = body_h + 30
        box(c, X, y - h, Wd, h, fill=sand, r=6)
        text(c, title, X + 12, y - 18, "Sans-B", 11, green)
        yy = y - 26
        if bullets_:
            buildkit.bullets_pdf(c, items, X + 14, yy, Wd - 26, "Sans", 9.5, ink, mark="●", indent=12, gap=3,
                                 lead=12.5, mark_color=green)
        else:
            for s in items:
                yy = para_pdf(c, s, X + 14, yy, Wd - 28, "Sans", 9.5, 12.5, ink) - 3
        return y - h - 10

    y = panel("The role", ["You'll support our senior QSs on cost plans, tender documents, valuations and final "
                           "accounts, with day-release study support if you are working towards chartership."],
              y, bullets_=False)
    y = panel("What you'll be doing", ["Measuring quantities and preparing cost plans with senior colleagues",
                                      "Helping to prepare tender documents and analyse returned tenders",
                                      "Site visits for monthly valuations and change control"], y)
    y = panel("What we're looking for", [
        "A degree in Quantity Surveying or Commercial Management (RICS-accredited), completed or due this summer",
        "Up to 2 years' experience in a consultancy or contractor's QS team, including placements",
        "Strong numeracy and good working knowledge of Excel",
        "A full UK driving licence"], y)
    y = panel("Great if you have", ["Experience with CostX or a similar measurement package",
                                    "Some exposure to NEC or JCT contracts"], y)
    y = panel("What we offer", ["Paid RICS APC support and a dedicated counsellor",
                                "25 days' holiday plus your birthday off", "Hybrid working after probation"], y)
    text(c, "How to apply", X, y - 14, "Sans-B", 11, green)
    para_pdf(c, "Email your CV and a short covering note to careers@penrosehale.example by 28 June 2024. "
                "Questions? Call Priya on 0115 496 0732.", X, y - 20, Wd, "Sans", 9.5, 12.5, ink)
    c.showPage()
    c.save()


# =========================================================================================================
# build lists
# =========================================================================================================
PDF_RESUMES = [r01_mateusz_kowalczyk_hayes, r04_denise_whitaker, r09_amara_nwachukwu, r13_nikolai_brandvold,
               r21_victoria_ashdown]
DOCX_RESUMES = [r02_eleanor_achterberg_mensah, r07_harriet_osei, r11_keisha_montgomery, r15_marcus_delacroix,
                r18_yusuf_haddad, r20_ana_kovacevic, r23_sofia_marchetti]
CONVERTED = {"r06_jonas_weidemann_kroeger": r06_jonas_weidemann_kroeger_docx,
             "r16_lorraine_beaudry": r16_lorraine_beaudry_docx,
             "r22_elif_demirci": r22_elif_demirci_docx}
JD_DOCX = [jd07_ardenne_motors_principal_mechanical_engineer, jd08_brackley_sons_finance_business_partner_ii,
           jd09_confidential_warehouse_operations_manager]
JD_PDF = [jd06_thistlewood_associate_product_manager, jd11_penrose_hale_carter_junior_quantity_surveyor]


# =========================================================================================================
# the check
# =========================================================================================================
def main():
    if "--check" not in sys.argv:
        buildkit.build(RES, JDS, pdf_resumes=PDF_RESUMES, docx_resumes=DOCX_RESUMES, converted=CONVERTED,
                       jd_docx=JD_DOCX, jd_pdf=JD_PDF)
    return buildkit.check_labels(HERE, FORMATS)


if __name__ == "__main__":
    sys.exit(main())
