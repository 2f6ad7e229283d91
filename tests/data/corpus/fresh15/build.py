"""Rebuild every document of the fifteenth fresh set from the content held in this script, then check that every
labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh15/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh15/build.py --check   # check only

reportlab draws six resume PDFs (r01, r04, r07, r09, r13, r19) and the two PDF job descriptions (jd05, jd09) on a
canvas (invariant=1, TrueType DejaVu / Liberation fonts registered by ../buildkit.py); python-docx writes the DOCX
files (r02, r08, r10, r12, r18, r22, r23, jd03, jd08, jd12) through buildkit (fixed core properties, fixed ZIP
entry timestamps); three resumes (r06, r14, r21) are Word files that LibreOffice (`soffice --headless --convert-to
pdf`) turns into PDF, rewritten by buildkit through pypdf with fixed metadata and a fixed document ID. The TXT and
Markdown documents (r03, r05, r11, r15, r16, r17, r20, r24; jd01, jd02, jd04, jd06, jd07, jd10, jd11) are held
here as strings and written as UTF-8 with LF line ends. A rebuild gives the same bytes, except that LibreOffice
may lay a PDF out identically yet write it with different object bytes (see ../README.md).

The check (buildkit.check_labels, with this set's format counts) extracts text with pypdf (PDF), python-docx
(DOCX: header paragraphs, body paragraphs, every table cell including nested tables) or a plain read (TXT/MD),
collapses whitespace, and confirms that every labelled name, employer, title, location, skill, project, school
and education year, and every JD title / role / company / must-have / nice-to-have string is found; that each
resume's employers / titles lists are the unique role values in order; that dates have the YYYY / YYYY-MM /
present form; that splits and formats follow the file names; and that no PDF has more than two pages.

Everything is fictional: every person, employer, client, agency, school, university, federal agency, sports club,
hospital, project and referee was invented for this set. Real names appear only as places, standards, schemes,
certifications, professional bodies and products (e.g. Europass, EQF / CEFR levels, GS grades, FAR, ISO 13485,
NEBOSH, HACCP, BRCGS, Epic, SAP, Salesforce, Kubernetes).
"""
import os
import sys

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics

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
    grid,
    heading,
    hline,
    new_canvas,
    new_table,
    pborder,
    run,
    shade,
    tabs,
    text,
)

RES = os.path.join(HERE, "resumes")
JDS = os.path.join(HERE, "job_descriptions")
TAG = "fresh15"
buildkit.TAG = TAG

FORMATS = {"resumes": {"pdf": 9, "docx": 7, "txt": 4, "md": 4},
           "jds": {"txt": 4, "md": 3, "docx": 3, "pdf": 2}}

GREY = HexColor("#555555")


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def runs_pdf(c, x, y, parts, color=BLACK):
    """Draw (text, font, size) pieces one after another on one baseline; return the x after the last."""
    for s, font, size in parts:
        text(c, s, x, y, font, size, color)
        x += sw(s, font, size)
    return x


def tabline(d, parts, right="", stop=17.0, rb=False, ri=False, size=None, after=0, before=None, color=None,
            rcolor=None):
    """One paragraph: (text, bold, italic) parts on the left, then a right tab stop with `right`."""
    p = P(d, after=after, before=before)
    tabs(p, (stop, "r"))
    for s, b, i in parts:
        run(p, s, b=b, i=i, size=size, color=color)
    if right:
        run(p, "\t" + right, b=rb, i=ri, size=size, color=rcolor or color)
    return p


# =========================================================================================================
# reportlab resumes
# =========================================================================================================
def r01_rosalind_achterberg(path):
    """Functional (skills-first) resume: qualifications summary, areas of expertise grid, accomplishments grouped
    by theme, and only at the end a compact employment history with years at the right; a career break line."""
    c = new_canvas(path, letter, "Rosalind Achterberg - Resume", "Rosalind Achterberg", "Microsoft Word")
    L, W = 60, 492
    plum = HexColor("#4b2142")
    text(c, "ROSALIND ACHTERBERG", L + W / 2, 738, "Serif-B", 19, plum, "c")
    text(c, "Westerville, OH 43081  ·  (614) 555-0172  ·  r.achterberg@example.com", L + W / 2, 722, "Serif", 9,
         BLACK, "c")
    hline(c, L, L + W, 713, plum, 1.4)
    f = Flow(c, L, W, 704, bottom=48)

    def sec(s):
        f.gap(9)
        f.line(s, font="Serif-B", size=10.5, color=plum, after=2)
        hline(c, L, L + W, f.y + 0.5, plum, 0.5)
        f.gap(4)

    sec("QUALIFICATIONS SUMMARY")
    f.para("Operations and purchasing professional with twelve years in distribution and medical supply. Known for "
           "calm vendor negotiations, clean inventory records and processes that keep working after I leave. "
           "Returning to full-time work after a planned career break; CSCP certified in 2024.", font="Serif",
           size=9.5, lead=13)
    sec("AREAS OF EXPERTISE")
    items = ["Vendor management", "Inventory control", "Contract negotiation", "Process improvement",
             "Budget forecasting", "Team leadership", "SAP MM", "Microsoft Excel", "Power BI"]
    y = f.y
    for i in range(0, len(items), 3):
        y -= 12.5
        for k, it in enumerate(items[i:i + 3]):
            text(c, "■", L + 4 + k * 164, y + 1, "Sans", 5.5, plum)
            text(c, it, L + 14 + k * 164, y, "Serif", 9.5)
    f.y = y - 4
    sec("SELECTED ACCOMPLISHMENTS")
    for theme, items in (
            ("Operations & Process Improvement", [
                "Redesigned the receiving-to-putaway flow at a 180,000 sq ft home-goods DC; dock-to-stock time fell "
                "from 3 days to 20 hours.",
                "Introduced cycle counting by ABC class, lifting inventory record accuracy from 91% to 99.2%.",
                "Wrote the standard work instructions still used for onboarding warehouse leads."]),
            ("Vendor & Contract Management", [
                "Renegotiated freight and packaging contracts worth $14M a year, saving $1.1M in the first year.",
                "Built a supplier scorecard for 60 medical-supply vendors; late deliveries halved within a year.",
                "Qualified second sources for 40 critical items during the 2020 supply disruptions."]),
            ("Team Leadership", [
                "Led a team of 4 supervisors and 55 associates across two shifts with turnover below the site "
                "average.",
                "Trained 12 buyers and planners on SAP MM purchasing and MRP exception handling."])):
        f.para(theme, font="Serif-B", size=9.8, after=2)
        f.bullets(items, font="Serif", size=9.3, indent=12, gap=1)
        f.gap(3)
    sec("EMPLOYMENT HISTORY")
    for title, comp, place, dates in (
            ("Operations Manager", "Marlowe & Finch Home Goods, Inc.", "Columbus, OH", "2019 – 2023"),
            ("Purchasing Coordinator", "Scioto Valley Medical Supply Co.", "Dublin, OH", "2015 – 2019"),
            ("Inventory Control Specialist", "Buckeye Crossing Distribution, LLC", "Groveport, OH", "2011 – 2015")):
        f.y -= 10
        runs_pdf(c, L, f.y, [(title, "Serif-B", 9.5), ("  |  " + comp + "  |  " + place, "Serif", 9.5)])
        text(c, dates, L + W, f.y, "Serif", 9.5, BLACK, "r")
        f.y -= 4
    f.y -= 10
    text(c, "Career break (family caregiving and CSCP study)", L, f.y, "Serif-I", 9.3, GREY)
    text(c, "2023 – 2024", L + W, f.y, "Serif-I", 9.3, GREY, "r")
    f.y -= 4
    sec("EDUCATION & CERTIFICATION")
    f.y -= 10
    runs_pdf(c, L, f.y, [("B.S. in Supply Chain Management", "Serif-B", 9.5),
                         (", Franklin Ridge University, Columbus, OH", "Serif", 9.5)])
    text(c, "2011", L + W, f.y, "Serif", 9.5, BLACK, "r")
    f.y -= 14
    text(c, "APICS Certified Supply Chain Professional (CSCP)", L, f.y, "Serif", 9.5)
    text(c, "2024", L + W, f.y, "Serif", 9.5, BLACK, "r")
    c.save()


def r04_anjali_deshmukh_brennan(path):
    """A LinkedIn 'Save to PDF' profile export: grey left sidebar (Contact, Top Skills, Languages, Certifications,
    Honors-Awards), main column with name, headline, location, Summary, Experience grouped by company (a company
    line with the total tenure, then each title with 'Month YYYY - Present (n years m months)' and the place),
    Education with '· (YYYY - YYYY)', and 'Page n of 2' footers."""
    c = new_canvas(path, letter, "Anjali Deshmukh-Brennan", "LinkedIn", "LinkedIn")
    side = HexColor("#f2f2f2")
    dark = HexColor("#1b1f23")
    mid = HexColor("#6a737c")
    SX, _SWD = 36, 150
    X, W = 220, 356

    def page_bg(cc, n):
        box(cc, 0, 0, 200, 792, fill=side)
        text(cc, f"Page {n} of 2", 396, 24, "Arial", 8, mid, "c")

    page_bg(c, 1)
    # sidebar
    y = 740

    def stitle(s, y):
        text(c, s, SX, y, "Arial-B", 12, dark)
        return y - 18

    y = stitle("Contact", y)
    for s in ("anjali.db@example.com", "www.linkedin.com/in/anjali-", "deshmukh-brennan-example", "(LinkedIn)"):
        text(c, s, SX, y, "Arial", 9, dark)
        y -= 12
    y -= 14
    y = stitle("Top Skills", y)
    for s in ("ISO 13485", "CAPA", "Design Controls"):
        text(c, s, SX, y, "Arial", 9, dark)
        y -= 12
    y -= 14
    y = stitle("Languages", y)
    for s in ("English (Native or Bilingual)", "Marathi (Native or Bilingual)", "Spanish (Limited Working)"):
        text(c, s, SX, y, "Arial", 9, dark)
        y -= 12
    y -= 14
    y = stitle("Certifications", y)
    for s in ("ASQ Certified Quality Engineer", "(CQE)", "Lead Auditor ISO 13485:2016"):
        text(c, s, SX, y, "Arial", 9, dark)
        y -= 12
    y -= 14
    y = stitle("Honors-Awards", y)
    for s in ("Quality Champion Award 2021", "Dean's List"):
        text(c, s, SX, y, "Arial", 9, dark)
        y -= 12
    # main column
    text(c, "Anjali Deshmukh-Brennan", X, 738, "Arial", 24, dark)
    text(c, "Director of Quality Assurance at Mystic River Diagnostics | Medical", X, 716, "Arial", 10.5, dark)
    text(c, "Devices | ISO 13485 | Design Controls", X, 702, "Arial", 10.5, dark)
    text(c, "Greater Boston", X, 686, "Arial", 9.5, mid)
    pg = [1]

    def new_page(cc):
        pg[0] += 1
        page_bg(cc, pg[0])
        return 750

    f = Flow(c, X, W, 660, bottom=50, new_page=new_page)

    def sec(s):
        f.gap(8)
        f.line(s, font="Arial", size=14, color=dark, after=6)

    sec("Summary")
    f.para("Quality leader for Class II diagnostic devices. I build quality systems that pass FDA inspections "
           "without drama and that engineers actually use: lean procedures, risk files people read, and CAPAs that "
           "close. Ten years across design assurance, supplier quality and audits.", font="Arial", size=9.5,
           lead=13, color=dark, after=6)
    f.para("What I bring: a practical reading of 21 CFR 820, ISO 13485 and the EU MDR; calm front-room skills "
           "during inspections and notified-body audits; and a habit of asking the people on the line what the "
           "procedure should say before anyone writes it down. I enjoy mentoring engineers who are new to "
           "quality and I am always happy to talk about risk management, usability engineering and how to make "
           "a design history file that someone can actually navigate.", font="Arial", size=9.5, lead=13,
           color=dark)
    sec("Experience")

    def company(name, tenure=None):
        f.room(60)
        f.y -= 11
        text(c, name, X, f.y, "Arial", 11, dark)
        if tenure:
            f.y -= 13
            text(c, tenure, X, f.y, "Arial", 9, mid)
        f.y -= 4

    def role(title, dates, place, desc):
        f.room(50)
        f.y -= 11
        text(c, title, X, f.y, "Arial-B", 10, dark)
        f.y -= 13
        text(c, dates, X, f.y, "Arial", 9, mid)
        f.y -= 12
        text(c, place, X, f.y, "Arial", 9, mid)
        f.y -= 4
        for chunk in desc.split("\n"):
            if chunk:
                f.para(chunk, font="Arial", size=9, lead=12, color=dark, after=2)
            else:
                f.gap(5)
        f.gap(6)

    company("Mystic River Diagnostics", "6 years 3 months")
    role("Director of Quality Assurance", "March 2022 - Present (2 years 4 months)",
         "Woburn, Massachusetts, United States",
         "Lead a team of 14 across design quality, supplier quality and post-market surveillance. Took the site "
         "through two FDA inspections with zero 483 observations and an MDSAP recertification.\n\n"
         "- Rebuilt the complaint-handling process with customer service and R&D; median complaint closure fell "
         "from 62 to 21 days and trending now feeds the management review every month.\n"
         "- Led the quality workstream for the EU MDR transition of four product families, including the "
         "technical documentation, PMS plans and PSURs.\n"
         "- Introduced a risk-based supplier monitoring programme covering 180 suppliers; supplier-caused "
         "nonconformances down 38% in two years.\n"
         "- Member of the site leadership team; own the quality budget of $3.1M and the quality objectives.")
    role("Senior Quality Engineer", "April 2018 - March 2022 (4 years)", "Woburn, Massachusetts, United States",
         "Owned design controls and risk management (ISO 14971) for the immunoassay analyzer platform; cut CAPA "
         "cycle time from 120 to 45 days.\n\n"
         "- Quality lead on the core team for two new analyzer launches (510(k) cleared in 2019 and 2021).\n"
         "- Wrote the design-review and design-transfer procedures and trained 70 engineers on them.\n"
         "- Chaired the CAPA review board and the monthly quality metrics review.")
    company("Salem Precision Instruments, Inc.", "2 years 10 months")
    role("Quality Engineer", "July 2015 - April 2018 (2 years 10 months)", "Salem, Massachusetts, United States",
         "Supplier quality for machined and molded components; ran 30 supplier audits a year and the MRB.")
    company("Dorchester Bay Devices")
    role("Quality Engineering Intern", "June 2014 - August 2014 (3 months)", "Boston, Massachusetts",
         "Process validation protocols (IQ/OQ/PQ) for a catheter coating line.")
    sec("Education")
    for school, deg in (("Commonwealth Institute of Engineering", "Master of Science - MS, Regulatory Affairs · "
                                                                   "(2016 - 2018)"),
                        ("Lowell Polytechnic University", "Bachelor of Science - BS, Biomedical Engineering · "
                                                          "(2010 - 2014)")):
        f.room(30)
        f.y -= 11
        text(c, school, X, f.y, "Arial-B", 10, dark)
        f.y -= 13
        text(c, deg, X, f.y, "Arial", 9, mid)
        f.y -= 10
    c.save()


def r07_tobias_featherstone_ng(path):
    """Two-column PDF with a shaded sidebar on the right (contact, skills, education, languages) drawn after the
    main column; titles with hyphens and one with 'at' ('Member at Large', a volunteer board seat listed under
    Experience); 'Company · City, ST · MM/YYYY – present' lines under each bold title."""
    c = new_canvas(path, A4, "Tobias Featherstone-Ng — Resume", "Tobias Featherstone-Ng", "Figma")
    ink = HexColor("#1f2a44")
    accent = HexColor("#d0543c")
    X, W = 36, 360
    SX, SWD = 430, 135
    box(c, 415, 0, 180, 842, fill=HexColor("#eef1f6"))
    text(c, "Tobias Featherstone-Ng", X, 790, "Cond-B", 24, ink)
    text(c, "Software engineer · payments, APIs and the odd hockey app", X, 770, "Cond", 11, accent)
    f = Flow(c, X, W, 745, bottom=40)

    def sec(fl, s, x, w):
        fl.gap(8)
        fl.line(s.upper(), font="Cond-B", size=10.5, color=accent, after=2)
        hline(c, x, x + w, fl.y + 1, accent, 0.8)
        fl.gap(4)

    sec(f, "About", X, W)
    f.para("Backend-leaning full-stack engineer with eight years of experience. I like boring, well-tested money "
           "movement, clear API contracts and teams that write things down.", font="Cond", size=9.5, lead=13)
    sec(f, "Experience", X, W)
    for title, line, items in (
            ("Senior Software Engineer - Payments Platform",
             "Cascade & Sound Technologies, Inc. · Seattle, WA · 03/2021 – present", [
                 "Tech lead for the ledger and payouts services (Go, PostgreSQL, Kafka) moving $2B a year.",
                 "Designed idempotent payout APIs; duplicate-payment incidents went from monthly to zero.",
                 "Mentor three engineers; run the team's design-review rota."]),
            ("Co-Founder & CTO", "Pintail Labs · Portland, OR · 06/2019 – 02/2021", [
                 "Built a booking and payments product for independent fitness studios from the first line of "
                 "code; 140 studios at its peak.",
                 "Wound the company down responsibly and moved customers to a partner platform."]),
            ("Front-End Developer - Digital", "Tacoma Tidewater FC · Tacoma, WA · 08/2016 – 05/2019", [
                 "Rebuilt the club's ticketing site and match-day app in React; mobile ticket scans up 60%.",
                 "Worked with the academy staff on a player-development dashboard."]),
            ("Member at Large (volunteer)", "Puget Code Commons · Seattle, WA · 01/2022 – present", [
                 "Board seat at a non-profit that runs free coding evenings for teenagers; I look after the "
                 "volunteer mentor programme."])):
        f.room(40)
        f.y -= 10.5
        text(c, title, X, f.y, "Cond-B", 10.5, ink)
        f.y -= 12
        text(c, line, X, f.y, "Cond", 9, accent)
        f.y -= 4
        f.bullets(items, font="Cond", size=9.2, indent=10, gap=1)
        f.gap(5)
    # sidebar
    g = Flow(c, SX, SWD, 790, bottom=40)
    sec(g, "Contact", SX, SWD)
    for s in ("Seattle, WA", "(206) 555-0117", "tobias.fng@example.com", "github.com/tfng-example"):
        g.line(s, font="Cond", size=9, after=3)
    sec(g, "Skills", SX, SWD)
    g.bullets(["Go", "TypeScript", "React", "Node.js", "PostgreSQL", "Kafka", "AWS", "Terraform", "gRPC"],
              font="Cond", size=9, indent=9, gap=1.5, color=ink)
    sec(g, "Education", SX, SWD)
    g.para("B.S. Computer Science", font="Cond-B", size=9, after=1)
    g.para("Olympic Peninsula University", font="Cond", size=9, after=1)
    g.para("2012 – 2016", font="Cond", size=9, after=4)
    sec(g, "Languages", SX, SWD)
    g.para("English (native), Cantonese (conversational)", font="Cond", size=9)
    sec(g, "Interests", SX, SWD)
    g.para("Beer-league hockey, bike commuting, fixing old radios.", font="Cond", size=9)
    c.save()


def r09_takahashi_haruka(path):
    """Japanese-style resume (rirekisho) in English: personal data table, a year / month / details table holding
    education and work history together ('Joined ...', 'Promoted to ...', 'Currently employed', 'End'),
    licences and qualifications in the same columns, then a job-history sheet with the periods per position."""
    c = new_canvas(path, A4, "Resume - TAKAHASHI Haruka", "TAKAHASHI Haruka", "Microsoft Excel")
    L, W = 42, 511
    Flow(c, L, W, 800, bottom=40)
    text(c, "RESUME", L, 800, "Sans-B", 18)
    text(c, "As of June 1, 2024", L + W, 800, "Sans", 9, BLACK, "r")
    y = 786
    y = grid(c, L, y, [110, 401], [
        ["Name", "TAKAHASHI Haruka"],
        ["Date of birth", "August 3, 1991 (age 32)"],
        ["Address", "3-14-8 Ujina-kaigan, Minami-ku, Hiroshima 734-0011, Japan"],
        ["Phone / Email", "+81 90 5555 0132  /  haruka.takahashi@example.jp"]], font="Sans", size=9)
    y -= 14
    text(c, "Education and Work History", L, y, "Sans-B", 11)
    y -= 6
    rows = [["Year", "Month", "Details"],
            ["", "", "Education"],
            ["2010", "3", "Graduated from Hiroshima Prefectural Kaita High School"],
            ["2010", "4", "Entered Kansai Mirai University, Faculty of Engineering, Department of Information Science"],
            ["2014", "3", "Graduated from Kansai Mirai University, Faculty of Engineering (Bachelor of Engineering)"],
            ["2014", "4", "Entered Kansai Mirai University, Graduate School of Informatics, Master's Program"],
            ["2016", "3", "Completed the Master's Program, Kansai Mirai University, Graduate School of Informatics "
                          "(Master of Informatics)"],
            ["", "", "Work History"],
            ["2016", "4", "Joined Naniwa Precision Electronics Co., Ltd. (Osaka): assigned to the Embedded Software "
                          "Section as Software Engineer"],
            ["2019", "10", "Promoted to Senior Software Engineer"],
            ["2021", "6", "Left the company for career advancement"],
            ["2021", "7", "Joined Setouchi Mobility Systems, Inc. (Hiroshima) as Embedded Systems Lead"],
            ["", "", "Currently employed"],
            ["", "", "End"]]
    y = grid(c, L, y, [50, 44, 417], rows, font="Sans", size=8.8, head_fill=HexColor("#e8e8e8"),
             head_font="Sans-B")
    y -= 14
    text(c, "Licenses and Qualifications", L, y, "Sans-B", 11)
    y -= 6
    y = grid(c, L, y, [50, 44, 417], [
        ["Year", "Month", "Details"],
        ["2013", "8", "Ordinary Motor Vehicle License"],
        ["2015", "12", "Passed the Applied Information Technology Engineer Examination"],
        ["2022", "5", "TOEIC Listening & Reading Test: 865"]], font="Sans", size=8.8,
        head_fill=HexColor("#e8e8e8"), head_font="Sans-B")
    y -= 14
    text(c, "Technical Skills", L, y, "Sans-B", 11)
    y -= 6
    y = grid(c, L, y, [511], [["C, C++, Python, FreeRTOS, CAN, AUTOSAR, MATLAB/Simulink, Git"]], font="Sans",
             size=8.8)
    y -= 14
    text(c, "Self-Promotion", L, y, "Sans-B", 11)
    y -= 6
    y = grid(c, L, y, [511], [[
        "For eight years I have developed motor-control and battery-management firmware. At my current company I "
        "lead a team of five engineers on the controller for an electric mini-truck. I value careful reviews and "
        "test benches that catch problems before the vehicle does."]], font="Sans", size=8.8)
    c.showPage()
    # second page: job-history sheet
    text(c, "Job History Sheet", L, 800, "Sans-B", 16)
    text(c, "TAKAHASHI Haruka", L + W, 800, "Sans", 9, BLACK, "r")
    y = 780
    for comp, info, rows in (
            ("Setouchi Mobility Systems, Inc.", "Business: electric light commercial vehicles  |  Employees: 420  |  "
                                                "Head office: Hiroshima", [
                ["Period", "Position and work details"],
                ["July 2021 – present", "Embedded Systems Lead, Vehicle Control Unit Group. Leading five engineers "
                                        "on motor-control and battery-management firmware; introduced "
                                        "hardware-in-the-loop testing, reducing field defects by 40%."]]),
            ("Naniwa Precision Electronics Co., Ltd.", "Business: industrial motors and inverters  |  "
                                                       "Employees: 3,200  |  Head office: Osaka", [
                ["Period", "Position and work details"],
                ["October 2019 – June 2021", "Senior Software Engineer, Embedded Software Section. Led the port of "
                                             "the inverter firmware to AUTOSAR; reviewed code for a team of eight."],
                ["April 2016 – September 2019", "Software Engineer, Embedded Software Section. Developed CAN "
                                                "communication and diagnostics for servo drives in C."]])):
        text(c, comp, L, y, "Sans-B", 11)
        y -= 13
        text(c, info, L, y, "Sans", 8.5, GREY)
        y -= 6
        y = grid(c, L, y, [130, 381], rows, font="Sans", size=8.8, head_fill=HexColor("#e8e8e8"),
                 head_font="Sans-B")
        y -= 20
    text(c, "End", L + W, y, "Sans", 9, BLACK, "r")
    c.save()


def r13_dmitri_valenzuela_osei(path):
    """Graduate resume in the one-page LaTeX-template look: education first, then Experience entries as
    'Company — dates' over 'Title — City, ST' (internships dated 'Summer 2023', a TA post 'Fall 2022 – Spring
    2024'), Projects, Technical Skills and a separate Volunteering section."""
    c = new_canvas(path, letter, "Dmitri Valenzuela-Osei Resume", "Dmitri Valenzuela-Osei", "LaTeX with hyperref")
    L, W = 50, 512
    text(c, "Dmitri Valenzuela-Osei", L + W / 2, 740, "Serif-B", 22, BLACK, "c")
    text(c, "412-555-0163  |  dmitri.vo@example.edu  |  github.com/dvo-example  |  Pittsburgh, PA", L + W / 2, 724,
         "Serif", 9.5, BLACK, "c")
    f = Flow(c, L, W, 712, bottom=44)

    def sec(s):
        f.gap(6)
        f.line(s, font="Serif", size=12, after=2)
        hline(c, L, L + W, f.y + 1, BLACK, 0.5)
        f.gap(3)

    def entry(left1, right1, left2, right2):
        f.room(30)
        f.y -= 10
        text(c, left1, L, f.y, "Serif-B", 10)
        text(c, right1, L + W, f.y, "Serif", 10, BLACK, "r")
        f.y -= 12
        text(c, left2, L, f.y, "Serif-I", 9.5)
        text(c, right2, L + W, f.y, "Serif-I", 9.5, BLACK, "r")
        f.y -= 3

    sec("Education")
    entry("Marshfield Institute of Technology", "Pittsburgh, PA", "Bachelor of Science in Computer Engineering",
          "Aug. 2020 – May 2024")
    f.para("GPA 3.62/4.00. Coursework: Embedded Systems, Digital Logic, Operating Systems, Control Systems, Signals "
           "and Systems.", font="Serif", size=9.3, indent=12, after=2)
    sec("Experience")
    for l1, r1, l2, r2, items in (
            ("Quarry Creek Robotics, Inc.", "Summer 2023", "Firmware Engineering Intern", "Pittsburgh, PA", [
                "Wrote a DMA-driven SPI driver for the IMU on an STM32 board; sensor loop jitter dropped to 40 µs.",
                "Added hardware-in-the-loop tests to the CI pipeline for the warehouse robot's motor controller."]),
            ("Allegheny & Erie Railway Co.", "Summer 2022", "Software Engineering Intern", "Erie, PA", [
                "Built a Python tool that parses locomotive event-recorder logs into a searchable database.",
                "Cut the weekly safety report from a day of spreadsheet work to a 10-minute script."]),
            ("Marshfield Institute of Technology", "Fall 2022 – Spring 2024",
             "Undergraduate Teaching Assistant, Digital Logic", "Pittsburgh, PA", [
                 "Ran two lab sections a week for 50 students; wrote the FPGA lab on finite-state machines."])):
        entry(l1, r1, l2, r2)
        f.bullets(items, font="Serif", size=9.3, indent=14, gap=1)
        f.gap(2)
    sec("Projects")
    for name, tech, dates, items in (
            ("Tern", "C, LoRa, KiCad", "2023", [
                "Solar-powered weather station that reports over LoRa; custom PCB and a 9-month battery life."]),
            ("Palletbot", "C++, ROS 2, Python", "2023 – 2024", [
                "Senior design: autonomous pallet mover for a food bank warehouse; team of four, I owned the "
                "motion controller."])):
        f.room(26)
        f.y -= 10
        runs_pdf(c, L, f.y, [(name, "Serif-B", 10), (" | ", "Serif", 10), (tech, "Serif-I", 9.5)])
        text(c, dates, L + W, f.y, "Serif", 10, BLACK, "r")
        f.y -= 3
        f.bullets(items, font="Serif", size=9.3, indent=14, gap=1)
        f.gap(2)
    sec("Technical Skills")
    for lab, val in (("Languages", "C, C++, Python, Verilog"),
                     ("Tools", "Git, KiCad, STM32CubeIDE, ROS 2, Linux")):
        f.y -= 10
        runs_pdf(c, L, f.y, [(lab + ": ", "Serif-B", 9.5), (val, "Serif", 9.5)])
        f.y -= 3
    sec("Volunteering")
    entry("Hill District Code Club", "2021 – 2024", "Volunteer Mentor", "Pittsburgh, PA")
    f.bullets(["Saturday robotics sessions for middle-school students."], font="Serif", size=9.3, indent=14)
    c.save()


def r19_sanne_de_wit_okafor(path):
    """European one-column CV with a date gutter: 'MM/YYYY – MM/YYYY' in a narrow left column, 'Title at Company'
    in the right column with the place below; personal details block, skills and languages lines."""
    c = new_canvas(path, A4, "CV Sanne de Wit-Okafor", "Sanne de Wit-Okafor", "Microsoft Word")
    L, W = 50, 495
    G = 118  # width of the date gutter
    teal = HexColor("#00695c")
    text(c, "Sanne de Wit-Okafor", L, 790, "Arial-B", 22, teal)
    text(c, "Data Scientist", L, 771, "Arial", 12, GREY)
    for i, s in enumerate(("Rotterdam, the Netherlands", "+31 6 5555 0194", "sanne.dewit@example.nl")):
        text(c, s, L + W, 790 - i * 12, "Arial", 9, BLACK, "r")
    hline(c, L, L + W, 758, teal, 1)
    f = Flow(c, L + G, W - G, 744, bottom=44)

    def sec(s):
        f.gap(8)
        f.room(30)
        text(c, s.upper(), L, f.y - 10, "Arial-B", 10, teal)
        f.y -= 16

    def item(dates, head, sub, items=(), head_font="Arial-B"):
        f.room(40)
        f.y -= 10
        text(c, dates, L, f.y, "Arial", 9, GREY)
        text(c, head, L + G, f.y, head_font, 10)
        if sub:
            f.y -= 12
            text(c, sub, L + G, f.y, "Arial-I", 9, GREY)
        f.y -= 4
        if items:
            f.bullets(items, font="Arial", size=9, indent=10, gap=1)
        f.gap(5)

    sec("Profile")
    f.para("Data scientist with six years in energy and port logistics. I forecast things that are hard to "
           "forecast (wind, ships, people) and I care about models that operators understand.", font="Arial",
           size=9.3, lead=12.5)
    sec("Work experience")
    item("04/2021 – present", "Senior Data Scientist at Zuiderzee Energie B.V.", "Utrecht, the Netherlands", [
        "Lead the short-term wind and solar forecasting models used for day-ahead trading (Python, PySpark).",
        "Reduced forecast error (MAE) by 18% with gradient-boosted ensembles and weather-ensemble features.",
        "Set up the team's MLOps practice on Azure ML: model registry, monitoring and retraining."])
    item("09/2018 – 03/2021", "Data Scientist at Rijnmond Port Analytics B.V.", "Rotterdam, the Netherlands", [
        "Built vessel arrival-time predictions from AIS data used by three terminal operators.",
        "Maintained the berth-planning optimisation model and its dashboard."])
    item("02/2018 – 07/2018", "Graduation intern at Bank of Zeeland N.V.", "Middelburg, the Netherlands", [
        "Master's thesis on early-warning signals for SME credit risk."])
    sec("Education")
    item("09/2016 – 08/2018", "MSc Econometrics and Operations Research", "Maasland University, Rotterdam")
    item("09/2013 – 08/2016", "BSc Econometrics", "Maasland University, Rotterdam")
    sec("Skills")
    f.para("Python · PySpark · SQL · scikit-learn · XGBoost · time-series forecasting · Azure ML · Docker",
           font="Arial", size=9.3)
    sec("Languages")
    f.para("Dutch (native) · English (C2) · German (B1)", font="Arial", size=9.3)
    sec("Personal details")
    f.para("Nationality: Dutch · Driving licence: B · Available from 1 September 2024", font="Arial", size=9.3)
    c.save()


# =========================================================================================================
# python-docx resumes
# =========================================================================================================
def r02_venkata_sai_krishna_gollapudi(path):
    """Indian developer resume: career objective, professional summary bullets, a technical-skills table,
    'Worked as ... in Company, City from ... to ...' lines ('till date'), PROJECT DETAILS tables with Client /
    Role / Team Size / Duration / Environment / Roles & Responsibilities rows, an education table with
    percentages, personal details and a declaration."""
    d = docx_new("Times New Roman", 11, margins=(1.6, 1.6, 1.8, 1.8), after=1)
    P(d, "VENKATA SAI KRISHNA GOLLAPUDI", b=True, size=15, after=0)
    P(d, "Email: vsk.gollapudi@example.in", after=0)
    P(d, "Mobile: +91-98855 55021", after=6)
    pborder(d.paragraphs[-1], "bottom", "000000", 12, 1)

    def sec(s):
        p = P(d, before=8, after=3, keep=True)
        run(p, s, b=True, size=11.5, u=True)

    sec("CAREER OBJECTIVE:")
    P(d, "To work in a challenging environment where I can use my technical skills in Java and cloud technologies "
         "for the growth of the organisation and my own career.", after=3)
    sec("PROFESSIONAL SUMMARY:")
    bullets(d, ["Having 7.2 years of IT experience in design, development and support of Java-based web "
                "applications in the insurance, banking and logistics domains.",
                "Strong experience in Spring Boot microservices, REST APIs, Hibernate and Oracle.",
                "Experience in deploying applications on AWS using Jenkins pipelines.",
                "Good exposure to Agile (Scrum) methodology, code reviews and production support."])
    sec("TECHNICAL SKILLS:")
    t = new_table(d, 6, 2, [5.0, 12.8], borders=dict(val="single", color="000000", sz=4))
    for i, (k, v) in enumerate((("Languages", "Java, SQL"),
                                ("Frameworks", "Spring Boot, Spring MVC, Hibernate"),
                                ("Databases", "Oracle 19c, MySQL"),
                                ("Tools", "Jenkins, Git, Maven, JIRA"),
                                ("Cloud", "AWS"),
                                ("Operating Systems", "Windows, Linux"))):
        cell(t.cell(i, 0), k, b=True)
        cell(t.cell(i, 1), v)
    sec("PROFESSIONAL EXPERIENCE:")
    bullets(d, ["Working as Senior Software Engineer in Sahyadri Digital Systems Pvt. Ltd., Bengaluru from Aug 2021 "
                "to till date.",
                "Worked as Software Engineer in Godavari Infosolutions Pvt. Ltd., Hyderabad from Jun 2018 to Jul "
                "2021.",
                "Worked as Trainee Software Engineer in Krishnaveni Technologies, Vijayawada from Jan 2017 to May "
                "2018."], after=2)
    sec("PROJECT DETAILS:")
    for n, (title, client, role, size, dur, env, desc, rr) in enumerate((
            ("Claims Hub", "Shoreline Mutual Insurance, USA", "Senior Developer", "8", "Aug 2021 – Till date",
             "Java 17, Spring Boot, Hibernate, Oracle 19c, AWS, Jenkins",
             "Claims Hub is a web platform for registering, assessing and settling property insurance claims.",
             ["Designing and developing REST APIs for claim registration and assessment.",
              "Migrating legacy EJB modules to Spring Boot microservices.",
              "Participating in sprint planning, code reviews and production support."]),
            ("e-Mandate Gateway", "Deccan Co-operative Bank", "Developer", "6", "Jun 2018 – Jul 2021",
             "Java 8, Spring MVC, MySQL, Tomcat",
             "A gateway for registering and processing recurring payment mandates for loan customers.",
             ["Developed mandate registration and status modules.",
              "Wrote unit tests with JUnit and Mockito.",
              "Fixed production issues within SLA."]),
            ("FleetTrack", "Internal product", "Trainee Developer", "4", "Jan 2017 – May 2018",
             "Java, JSP, Servlets, MySQL",
             "Vehicle tracking and trip management application for a logistics client.",
             ["Developed JSP screens and DAO classes.", "Prepared test cases and supported UAT."]))):
        p = P(d, before=6, after=2)
        run(p, f"Project #{n + 1}", b=True)
        t = new_table(d, 8, 2, [5.0, 12.8], borders=dict(val="single", color="000000", sz=4))
        for i, (k, v) in enumerate((("Project Title", title), ("Client", client), ("Role", role),
                                    ("Team Size", size), ("Duration", dur), ("Environment", env),
                                    ("Description", desc))):
            cell(t.cell(i, 0), k, b=True)
            cell(t.cell(i, 1), v)
        cell(t.cell(7, 0), "Roles & Responsibilities", b=True)
        c_ = t.cell(7, 1)
        cell(c_, rr[0])
        for it in rr[1:]:
            cell_add(c_, it)
    sec("EDUCATIONAL QUALIFICATION:")
    t = new_table(d, 4, 5, [3.8, 5.2, 4.4, 1.6, 2.8], borders=dict(val="single", color="000000", sz=4))
    for j, h in enumerate(("Qualification", "Institution", "University / Board", "Year", "Percentage")):
        cell(t.cell(0, j), h, b=True)
    for i, row in enumerate((("B.Tech (CSE)", "Nallamala Institute of Technology, Ongole",
                              "Andhra Coastal Technological University", "2016", "72.4%"),
                             ("Intermediate (MPC)", "Sri Chaitanya Junior College, Guntur",
                              "Board of Intermediate Education", "2012", "89.6%"),
                             ("SSC", "Z.P. High School, Chirala", "Board of Secondary Education", "2010", "86.0%")), 1):
        for j, v in enumerate(row):
            cell(t.cell(i, j), v)
    sec("PERSONAL DETAILS:")
    for k, v in (("Father's Name", "G. Venkateswara Rao"), ("Date of Birth", "12-03-1995"),
                 ("Gender", "Male"), ("Marital Status", "Single"), ("Languages Known", "Telugu, English, Hindi"),
                 ("Address", "Flat 304, Sai Residency, HSR Layout, Bengaluru – 560102")):
        p = P(d, after=0)
        tabs(p, (4.5, "l"))
        run(p, k + "\t: " + v)
    sec("DECLARATION:")
    P(d, "I hereby declare that the above information is true to the best of my knowledge and belief.", after=8)
    tabline(d, [("Place: Bengaluru", False, False)], "(G. V. S. KRISHNA)", stop=17.8)
    P(d, "Date:")
    docx_save(d, path, "Venkata Sai Krishna")


def r08_lorraine_castellanos_whitby(path):
    """US federal-style resume (USAJOBS builder export): contact and eligibility block, then per job the employer,
    the address line, dates, grade / series lines, hours per week, salary, supervisor and 'Duties,
    Accomplishments and Related Skills' prose; long education, training, certification and reference blocks."""
    d = docx_new("Times New Roman", 11, margins=(2.0, 2.0, 2.2, 2.2), after=2)
    P(d, "Lorraine M. Castellanos-Whitby", b=True, size=16, after=0)
    for s in ("4417 Pershing Place, St. Louis, MO 63108", "Day phone: 314-555-0147",
              "Email: lorraine.cw@example.com"):
        P(d, s, after=0)
    P(d, "", after=4)
    for k, v in (("Citizenship", "United States of America"), ("Veterans' Preference", "No"),
                 ("Federal Status", "Current federal civilian employee"),
                 ("Highest Federal Civilian Grade Held", "GS-1102-12 (04/2020 - Present)"),
                 ("Security Clearance", "Secret"), ("Availability", "Job Type: Permanent; Work Schedule: Full-Time"),
                 ("Desired Locations", "St. Louis, MO; Scott AFB, IL; Remote")):
        p = P(d, after=0)
        run(p, k + ": ", b=True)
        run(p, v)

    def sec(s):
        p = P(d, before=12, after=4, keep=True)
        run(p, s, b=True, size=12)
        pborder(p, "bottom", "000000", 6, 1)

    sec("WORK EXPERIENCE")

    def job(employer, addr, dates, title, lines, duties):
        p = P(d, before=8, after=0, keep=True)
        run(p, employer, b=True)
        P(d, addr, after=0)
        P(d, dates, after=0)
        p = P(d, after=0)
        run(p, title, b=True)
        for s in lines:
            P(d, s, after=0)
        p = P(d, before=4, after=2)
        run(p, "Duties, Accomplishments and Related Skills:", b=True)
        for para in duties:
            P(d, para, after=3, align="j")

    job("National Inland Waterways Agency", "1200 Riverfront Drive, St. Louis, MO 63102 United States",
        "04/2020 - Present", "Contract Specialist",
        ["Series: 1102  Pay Plan: GS  Grade: 12", "Hours per week: 40", "Salary: $98,496.00 USD Per Year",
         "Supervisor: Dana Whitcombe (314-555-0190)", "Okay to contact this Supervisor: Yes",
         "Office: Office of Acquisition Management, Lock and Dam Services Branch"], [
            "CONTRACT ADMINISTRATION: Administer a portfolio of 38 contracts and task orders valued at $142 million "
            "for lock and dam maintenance, dredging and engineering services, including firm-fixed-price, "
            "time-and-materials and indefinite-delivery/indefinite-quantity (IDIQ) vehicles. Review contractor "
            "performance, process modifications, exercise options and prepare closeout documentation in "
            "accordance with FAR Part 4.8 and FAR Subpart 42.7.",
            "PRE-AWARD AND SOURCE SELECTION: Plan and conduct competitive acquisitions from market research "
            "through award. Draft acquisition plans, statements of work, evaluation criteria and Section L and M "
            "language; chair technical evaluation panels; prepare price negotiation memoranda. Awarded a $61 "
            "million multiple-award IDIQ for dredging services without a sustained protest.",
            "COST AND PRICE ANALYSIS: Perform cost and price analysis using certified cost or pricing data, "
            "Independent Government Cost Estimates and audit reports; negotiated savings of $4.3 million across "
            "FY2022-FY2023.",
            "SYSTEMS: Use PRISM for contract writing, SAM.gov for responsibility determinations and FPDS-NG for "
            "contract action reporting with 100% data accuracy in the FY2023 data validation."])
    job("Cahokia Air Logistics Center", "600 Heritage Drive, Belleville, IL 62225 United States",
        "06/2016 - 03/2020", "Purchasing Agent",
        ["Series: 1105  Pay Plan: GS  Grade: 7", "Hours per week: 40", "Salary: $47,810.00 USD Per Year",
         "Supervisor: MSgt (Ret.) Harold Pruitt (618-555-0133)", "Okay to contact this Supervisor: Yes"], [
            "SIMPLIFIED ACQUISITIONS: Purchased supplies, equipment and services under the simplified acquisition "
            "threshold for aircraft maintenance shops using the Government-wide commercial purchase card, "
            "purchase orders and blanket purchase agreements; completed more than 1,100 actions a year.",
            "CUSTOMER SUPPORT: Advised requiring activities on requirements packages and sole-source "
            "justifications; trained 45 cardholders and approving officials each year."])
    job("Arch City Builders Supply, Inc.", "2250 Chouteau Avenue, St. Louis, MO 63103 United States",
        "08/2013 - 05/2016", "Procurement Assistant",
        ["Hours per week: 25", "Salary: $14.50 USD Per Hour",
         "Supervisor: Renee Obermeyer (314-555-0108)", "Okay to contact this Supervisor: Yes"], [
            "Entered purchase orders, matched receipts and invoices, and maintained the vendor master file for a "
            "building-materials distributor while completing my degree."])
    sec("SKILLS")
    P(d, "Federal Acquisition Regulation (FAR), source selection, cost and price analysis, contract "
         "administration, PRISM, SAM.gov, FPDS-NG, Microsoft Excel")
    sec("EDUCATION")
    for s, b_ in (("Missouri Confluence University", True), ("St. Louis, MO United States", False),
                  ("Bachelor's Degree 05/2016", False), ("Major: Business Administration", False),
                  ("Minor: Economics", False), ("GPA: 3.41 out of 4.0", False),
                  ("Relevant Coursework, Licensures and Certifications: Government Contracting; Business Law; "
                   "Managerial Accounting; Statistics", False)):
        P(d, s, b=b_, after=0)
    sec("JOB RELATED TRAINING")
    bullets(d, ["Federal Acquisition Certification in Contracting (FAC-C) Professional, 2023",
                "CON 1000 Fundamentals of Contracting; CON 2000 Contract Administration; CON 3990V Contracting "
                "Fundamentals", "Contracting Officer's Representative refresher, 2022"])
    sec("REFERENCES")
    for s in ("Dana Whitcombe, Supervisory Contract Specialist, 314-555-0190, dana.whitcombe@example.gov",
              "Harold Pruitt, Purchasing Supervisor (Retired), 618-555-0133"):
        P(d, s, after=1)
    sec("ADDITIONAL INFORMATION")
    P(d, "Unlimited warrant holder candidate. Member, National Contract Management Association (NCMA), St. Louis "
         "Gateway Chapter. Awards: Agency Special Act Award (2021, 2023).")
    docx_save(d, path, "Lorraine Castellanos-Whitby")


def r10_marguerite_svensson(path):
    """US accountant resume with the name in the Word page header and the contact details in the footer; company
    lines 'Company<TAB>City, ST' (bold) over 'Title<TAB>Month YYYY – Month YYYY' (italic) at right tab stops, a
    company with two titles, a borderless skills table, certifications."""
    d = docx_new("Garamond", 11, margins=(1.6, 1.6, 2.0, 2.0), after=1)
    sec0 = d.sections[0]
    hp = sec0.header.paragraphs[0]
    run(hp, "Marguerite A. Svensson, CPA", b=True, size=18, color="0B3D5C")
    hp2 = sec0.header.add_paragraph()
    run(hp2, "Senior audit professional · public accounting & banking", i=True, size=10, color="555555")
    fp = sec0.footer.paragraphs[0]
    run(fp, "msvensson.cpa@example.com  ·  (612) 555-0148  ·  Minneapolis, MN 55408", size=9, color="555555")

    def sec(s):
        heading(d, s, size=11.5, color="0B3D5C", before=10)

    sec("PROFESSIONAL SUMMARY")
    P(d, "Licensed CPA with eight years in audit and accounting, from a community bank's back office to managing "
         "financial-statement audits of manufacturers and credit unions. Strong on revenue, leases and internal "
         "controls; patient teacher of first-year staff.", after=3)
    sec("EXPERIENCE")
    for comp, place, roles in (
            ("Harlow, Brandt & Keene, LLP", "Minneapolis, MN", [
                ("Audit Manager", "October 2022 – Present", [
                    "Manage 9 audit and review engagements a year for manufacturers and credit unions with "
                    "revenue up to $400M.",
                    "Led the firm's first ASC 842 lease-accounting training; rolled out CaseWare templates to 60 "
                    "staff."]),
                ("Audit Senior", "September 2019 – September 2022", [
                    "Ran fieldwork for SOX 404 and single-audit engagements; supervised teams of three to five.",
                    "Cut engagement hours on the largest client by 15% with data-analytics testing in "
                    "Power Query."])]),
            ("Bank of Itasca, N.A.", "Grand Rapids, MN", [
                ("Staff Accountant", "June 2016 – August 2019", [
                    "Prepared monthly reconciliations for 120 general-ledger accounts and the call report "
                    "schedules.",
                    "Automated the loan-fee amortisation schedule, removing a two-day manual process."])]),
            ("Dakota & Pine Tax Services", "Fargo, ND", [
                ("Tax Intern", "January 2016 – April 2016", [
                    "Prepared 140 individual and small-business returns in CCH Axcess during busy season."])])):
        p = P(d, before=7, after=0, keep=True)
        tabs(p, (17.4, "r"))
        run(p, comp, b=True, size=11.5)
        run(p, "\t" + place, b=True)
        for title, dates, items in roles:
            p = P(d, before=2, after=1, keep=True)
            tabs(p, (17.4, "r"))
            run(p, title, i=True)
            run(p, "\t" + dates, i=True)
            bullets(d, items)
    sec("SKILLS")
    t = new_table(d, 2, 2, [4.2, 13.2])
    cell(t.cell(0, 0), "Audit & accounting", b=True)
    cell(t.cell(0, 1), "US GAAP, GAAS, SOX 404 testing, ASC 842 lease accounting, single audits")
    cell(t.cell(1, 0), "Software", b=True)
    cell(t.cell(1, 1), "CaseWare Working Papers, CCH Axcess, QuickBooks, Excel, Power Query")
    sec("CERTIFICATIONS")
    P(d, "Certified Public Accountant, Minnesota (license no. 55123), 2018")
    sec("EDUCATION")
    for deg, school, yr in (("Master of Accountancy", "Lake Superior Lutheran College, Duluth, MN", "2016"),
                            ("B.A. Accounting", "Lake Superior Lutheran College, Duluth, MN", "2015")):
        p = P(d, after=1)
        tabs(p, (17.4, "r"))
        run(p, deg, b=True)
        run(p, ", " + school)
        run(p, "\t" + yr)
    docx_save(d, path, "Marguerite Svensson")


def r12_eleanor_fairweather_quayle(path):
    """UK teacher CV (DOCX): personal statement, an Employment History table (From | To | Employer | Post held)
    with the employer's town on a second line in its cell and a career-break row, a qualifications table, key
    skills as Word bullets, professional development, referees."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0), after=2)
    P(d, "Eleanor Fairweather-Quayle", b=True, size=20, color="2F5D50", after=0)
    P(d, "Teacher of Geography  |  Knaresborough, North Yorkshire  |  07700 900 261  |  e.fq@example.co.uk",
      size=9.5, color="555555", after=2)
    P(d, "QTS (2020)  ·  Enhanced DBS on the Update Service  ·  Full UK driving licence", size=9.5, color="555555",
      after=6)

    def sec(s):
        heading(d, s, size=12, color="2F5D50", before=10)

    sec("Personal statement")
    P(d, "Geography teacher with four years in the classroom and three years before that teaching fieldwork "
         "outdoors. I lead the department's Key Stage 4 curriculum and fieldwork programme and I am ready for a "
         "Head of Geography post.", after=3)
    sec("Employment History")
    t = new_table(d, 6, 4, [2.0, 2.0, 6.0, 7.4], borders=dict(val="single", color="9FB8AD", sz=4))
    for j, h in enumerate(("From", "To", "Employer", "Post held")):
        cell(t.cell(0, j), h, b=True, fill="DCE8E3")
    for i, (fr, to, emp, town, post) in enumerate((
            ("09/2023", "Present", "Brackenfield Academy", "Harrogate, North Yorkshire",
             "Second in Department, Geography"),
            ("09/2021", "08/2023", "Brackenfield Academy", "Harrogate, North Yorkshire", "Teacher of Geography"),
            ("09/2020", "07/2021", "Nidderdale High School", "Pateley Bridge, North Yorkshire",
             "Teacher of Geography (NQT)"),
            ("01/2019", "08/2019", "—", "", "Career break: travel and volunteering in Nepal"),
            ("03/2016", "12/2018", "Wharfedale Field Studies Centre", "Grassington, North Yorkshire",
             "Field Studies Tutor")), 1):
        cell(t.cell(i, 0), fr)
        cell(t.cell(i, 1), to)
        cell(t.cell(i, 2), emp)
        if town:
            cell_add(t.cell(i, 2), town, size=9, color="555555")
        cell(t.cell(i, 3), post)
    P(d, "", after=2)
    P(d, "Key responsibilities in my current post:", b=True, after=1)
    bullets(d, ["Lead the Key Stage 4 curriculum (AQA GCSE) and the Year 10 and Year 12 fieldwork days.",
                "Line-manage one early-career teacher and coordinate moderation of coursework.",
                "GCSE results: 78% grade 4+ in 2023, up from 64% in 2021."])
    sec("Qualifications")
    t = new_table(d, 3, 3, [8.0, 7.2, 2.2], borders=dict(val="single", color="9FB8AD", sz=4))
    for j, h in enumerate(("Qualification", "Institution", "Year")):
        cell(t.cell(0, j), h, b=True, fill="DCE8E3")
    for i, row in enumerate((("PGCE Secondary Geography with QTS", "Ouse Valley University", "2020"),
                             ("BA (Hons) Geography, 2:1", "University of Hallamshire", "2015")), 1):
        for j, v in enumerate(row):
            cell(t.cell(i, j), v)
    sec("Key skills")
    bullets(d, ["Curriculum planning", "Fieldwork leadership", "Behaviour management", "Assessment for learning",
                "ArcGIS Online", "SIMS", "Google Classroom"])
    sec("Professional development")
    bullets(d, ["Mountain Leader (Summer) award, 2017", "NPQ in Leading Teaching, in progress (2024)",
                "Designated Safeguarding Lead training level 3, 2023"])
    sec("Referees")
    P(d, "Mr J. Oduya, Headteacher, Brackenfield Academy — j.oduya@example.sch.uk", after=1)
    P(d, "Mrs K. Lister, Centre Manager, Wharfedale Field Studies Centre — k.lister@example.org.uk")
    docx_save(d, path, "Eleanor Fairweather-Quayle")


def r18_adaeze_nwankwo_sterling(path):
    """Hybrid resume (DOCX): a Key Skills grid (3 x 3 table), then Career History as a two-column table with the
    dates in the left cell and 'Title' / 'Company · City' / bullets in the right cell, one row per role;
    titles with 'Head of', 'Principal' and ' - '."""
    d = docx_new("Calibri", 10.5, margins=(1.7, 1.7, 1.9, 1.9), after=1)
    P(d, "Adaeze Nwankwo-Sterling", b=True, size=22, color="3A0CA3", after=0)
    P(d, "Head of Platform Engineering", size=12, color="555555", after=0)
    P(d, "London  ·  +44 7700 900 475  ·  adaeze.ns@example.co.uk  ·  linkedin.com/in/adaeze-ns-example", size=9,
      color="555555", after=6)

    def sec(s):
        heading(d, s, size=12, color="3A0CA3", before=10)

    sec("Profile")
    P(d, "Engineering leader who has built platform teams at an insurer, a building society and a digital agency. "
         "I care about paved roads, honest on-call and developers who ship without asking permission.", after=3)
    sec("Key Skills")
    t = new_table(d, 3, 3, [5.8, 5.8, 5.8], borders=dict(val="single", color="C8B6F0", sz=4))
    for i, row in enumerate((("Platform strategy", "Kubernetes", "Team building"),
                             ("Go", "AWS", "Incident management"),
                             ("Budget ownership", "Terraform", "Developer experience"))):
        for j, v in enumerate(row):
            cell(t.cell(i, j), v, fill="F3EEFC")
    sec("Career History")
    rows = (("Jan 2022 – Present", "Head of Platform Engineering", "Hawthorn & Vale Insurance Group · London", [
                "Lead 4 platform teams (28 engineers) and a £3.2M budget; built the internal developer platform "
                "used by 300 engineers.",
                "Cut lead time for changes from 9 days to under 1 day; on-call pages down 55%."]),
            ("Apr 2019 – Dec 2021", "Principal Engineer, Infrastructure",
             "Southwark & Bermondsey Building Society · London", [
                 "Designed the society's move from two data centres to AWS; 140 services migrated in 20 months.",
                 "Set up the SRE practice and the incident review process."]),
            ("Sep 2015 – Mar 2019", "Senior Software Engineer - Cloud Platform", "Mercia Digital Ltd · Birmingham", [
                "Built the Terraform and Kubernetes platform for 40 client sites; cost per site down 30%."]),
            ("Jul 2012 – Aug 2015", "Software Engineer", "Mercia Digital Ltd · Birmingham", [
                "PHP and Go services for retail clients; introduced automated deployments."]))
    t = new_table(d, len(rows), 2, [3.6, 13.8], borders=dict(val="single", color="C8B6F0", sz=4,
                                                            which=("insideH", "bottom")))
    for i, (dates, title, comp, items) in enumerate(rows):
        cell(t.cell(i, 0), dates, b=True, color="3A0CA3", size=9.5)
        cl = t.cell(i, 1)
        cell(cl, title, b=True)
        cell_add(cl, comp, i=True, color="555555")
        cell_bullets(cl, items)
    sec("Education")
    P(d, "MEng Computer Science, University of Feldon — 2012", after=1)
    sec("Speaking & community")
    P(d, "Speaker at PlatformCon 2023 (\"Paved roads in a regulated business\"); mentor with a women-in-tech "
         "returners programme.")
    docx_save(d, path, "Adaeze Nwankwo-Sterling")


def r22_mohammed_irfan_shaikh(path):
    """Gulf-region HSE resume (DOCX): career objective, professional snapshot, an 'Organization | Designation |
    Duration' table with 'Company, City, Country' cells, 'Roles & Responsibilities' per organisation, key result
    areas, technical skills, certifications, education table, personal data with visa status and passport."""
    d = docx_new("Arial", 10, margins=(1.6, 1.6, 1.8, 1.8), after=1)
    P(d, "MOHAMMED IRFAN SHAIKH", b=True, size=17, color="7F1D1D", align="c", after=0)
    P(d, "HSE Officer | NEBOSH IGC | 11 Years Gulf & India Experience", size=10, align="c", after=0)
    P(d, "Mobile: +971 50 555 0193  |  E-mail: irfan.shaikh@example.ae  |  Al Qusais, Dubai, UAE", size=9,
      align="c", after=6)

    def sec(s):
        p = P(d, before=8, after=3, keep=True)
        run(p, s, b=True, size=10.5, color="FFFFFF")
        shade(p, "7F1D1D")

    sec("CAREER OBJECTIVE")
    P(d, "Seeking a challenging position as HSE Officer / HSE Engineer in a reputed construction or facilities "
         "organization where I can contribute to zero-harm culture.", after=3)
    sec("PROFESSIONAL SNAPSHOT")
    bullets(d, ["11 years of experience in Health, Safety and Environment on high-rise, infrastructure and "
                "industrial projects in UAE, Qatar and India.",
                "2.5 million man-hours without Lost Time Injury on the current project.",
                "Conversant with ISO 45001, ISO 14001 and local authority (DM, Civil Defence) requirements."])
    sec("EMPLOYMENT DETAILS")
    t = new_table(d, 4, 3, [9.2, 4.4, 4.2], borders=dict(val="single", color="000000", sz=4))
    for j, h in enumerate(("Organization", "Designation", "Duration")):
        cell(t.cell(0, j), h, b=True, fill="F2DCDB")
    for i, row in enumerate((("Al Sahel & Partners Contracting L.L.C., Dubai, UAE", "Senior HSE Officer",
                              "Mar 2020 – Present"),
                             ("Gulf Crescent Engineering W.L.L., Doha, Qatar", "HSE Officer", "Jan 2016 – Feb 2020"),
                             ("Konkan Infra Projects Pvt. Ltd., Mumbai, India", "Safety Supervisor",
                              "Jul 2013 – Dec 2015")), 1):
        for j, v in enumerate(row):
            cell(t.cell(i, j), v)
    for comp, proj, items in (
            ("Al Sahel & Partners Contracting L.L.C.", "Project: G+32 residential tower and podium, Jumeirah "
                                                      "Village Circle (AED 410 million)", [
                "Implementing the project HSE plan for a workforce of 1,200 including subcontractors.",
                "Conducting daily inspections, toolbox talks and permit-to-work audits for work at height and "
                "lifting operations.",
                "Investigating incidents and near misses; preparing root-cause reports and monthly HSE "
                "statistics."]),
            ("Gulf Crescent Engineering W.L.L.", "Project: Utilities and road works, Lusail (QAR 260 million)", [
                "Prepared risk assessments and method-statement reviews for excavation and confined space work.",
                "Coordinated emergency drills and first-aid arrangements across six work fronts."]),
            ("Konkan Infra Projects Pvt. Ltd.", "Project: Elevated metro viaduct package, Mumbai", [
                "Supervised safety of launching-girder and pier works; maintained the PPE and fire-extinguisher "
                "registers."])):
        p = P(d, before=6, after=0)
        run(p, "Roles & Responsibilities – " + comp, b=True)
        P(d, proj, i=True, after=1)
        bullets(d, items)
    sec("KEY RESULT AREAS")
    P(d, "Site inspections • Incident investigation • HSE training • Permit to work • Environmental compliance • "
         "Statutory documentation", after=3)
    sec("TECHNICAL SKILLS")
    bullets(d, ["Risk assessment", "Permit to work systems", "Incident investigation", "ISO 45001 internal audit",
                "Fire safety", "MS Office"])
    sec("CERTIFICATIONS")
    bullets(d, ["NEBOSH International General Certificate (IGC), 2015",
                "IOSH Managing Safely, 2014", "OSHA 30-Hour Construction, 2019", "First Aid at Work (valid to 2025)"])
    sec("ACADEMIC QUALIFICATION")
    t = new_table(d, 2, 4, [5.6, 6.4, 3.8, 2.0], borders=dict(val="single", color="000000", sz=4))
    for j, h in enumerate(("Degree", "College", "University", "Year")):
        cell(t.cell(0, j), h, b=True, fill="F2DCDB")
    for j, v in enumerate(("Bachelor of Engineering (Mechanical)", "Ratnagiri College of Engineering",
                           "Sahyadri University", "2013")):
        cell(t.cell(1, j), v)
    sec("PERSONAL DATA")
    for k, v in (("Date of Birth", "04 May 1990"), ("Nationality", "Indian"), ("Marital Status", "Married"),
                 ("Visa Status", "Employment visa (transferable)"),
                 ("Driving License", "UAE Light Vehicle"), ("Passport No.", "Z55XXXXX (valid till 2031)"),
                 ("Languages", "English, Hindi, Urdu, Marathi, basic Arabic")):
        p = P(d, after=0)
        tabs(p, (4.5, "l"))
        run(p, k + "\t: " + v)
    docx_save(d, path, "Mohammed Irfan Shaikh")


def r23_jordan_emeka_blackwood(path):
    """Sports-analytics resume (DOCX): 'Title | Club' lines with the dates at a right tab stop and an italic
    place line below ('Sr.' and 'II' titles, clubs named after cities), a two-column skills table, side
    projects with lower-case names, education."""
    d = docx_new("Calibri", 10.5, margins=(1.6, 1.6, 1.8, 1.8), after=1)
    P(d, "JORDAN EMEKA BLACKWOOD", b=True, size=20, color="111111", after=0)
    P(d, "Sports data scientist  ·  Sacramento, CA  ·  (916) 555-0182  ·  jordan.eb@example.com  ·  "
         "github.com/jeb-example", size=9.5, color="444444", after=6)

    def sec(s):
        heading(d, s.upper(), size=11, color="B45309", before=10)

    sec("Summary")
    P(d, "Data scientist who has spent six years inside basketball, hockey and sports media front offices. I turn "
         "tracking data into decisions coaches will actually use on a Tuesday.", after=3)
    sec("Experience")
    for title, club, dates, place, items in (
            ("Sr. Data Scientist", "Sacramento Sawmills Basketball Club", "Aug 2022 – Present", "Sacramento, CA", [
                "Built the shot-quality and lineup models used in every pre-game report for the coaching staff.",
                "Lead a team of two analysts; own the player-tracking data pipeline (Spark, dbt, Snowflake)."]),
            ("Data Scientist II", "Fort Worth Wranglers Hockey Club", "Jan 2020 – Jul 2022", "Fort Worth, TX", [
                "Bayesian player-value model used in two trade-deadline decisions and the 2021 draft.",
                "Automated video tagging of zone entries with a computer-vision vendor feed."]),
            ("Data Analyst", "Phoenix & Mesa Sports Media Group", "Jun 2018 – Dec 2019", "Tempe, AZ", [
                "Audience and ticket-demand forecasting for eleven regional broadcasts."]),
            ("Baseball Operations Intern", "Modesto Almond Growers Baseball, LLC", "Summer 2017", "Modesto, CA", [
                "Cleaned and loaded pitch-tracking data; built the first scouting dashboard in Tableau."])):
        p = P(d, before=6, after=0, keep=True)
        tabs(p, (17.8, "r"))
        run(p, title, b=True)
        run(p, " | " + club)
        run(p, "\t" + dates, b=True)
        P(d, place, i=True, color="666666", after=1)
        bullets(d, items)
    sec("Skills")
    t = new_table(d, 3, 2, [4.4, 13.4])
    for i, (k, v) in enumerate((("Languages & data", "Python, R, SQL, Spark"),
                                ("Modelling", "Bayesian hierarchical models, gradient boosting, player tracking data"),
                                ("Tools", "dbt, Snowflake, Tableau, Git"))):
        cell(t.cell(i, 0), k, b=True)
        cell(t.cell(i, 1), v)
    sec("Side projects")
    for name, desc in (("hoopsgrid", "open-source Python package for court-coordinate shot charts (1,900 GitHub "
                                     "stars)"),
                       ("rink-rater", "a public Elo-style rating site for junior hockey leagues")):
        p = P(d, after=1)
        run(p, name, b=True)
        run(p, " — " + desc)
    sec("Education")
    for deg, school, yr in (("M.S. Statistics", "Sierra Foothills University", "2018"),
                            ("B.A. Mathematics", "Delta Valley College", "2016")):
        p = P(d, after=1)
        tabs(p, (17.8, "r"))
        run(p, deg, b=True)
        run(p, ", " + school)
        run(p, "\t" + yr)
    docx_save(d, path, "Jordan Blackwood")


# =========================================================================================================
# Word files converted to PDF by LibreOffice
# =========================================================================================================
def r06_ines_carvalho_magalhaes_docx(path):
    """Europass CV in the 2020+ online-editor look: name, personal data line and contact lines; blue capital
    headings with a rule; '[ MM/YYYY – MM/YYYY ] TITLE' lines with the title in capitals, the employer below and a
    'City: … | Country: …' line; EQF level and field lines in education; a language table; digital skills as a
    ' | '-separated list; driving licence; the Europass notice in the page footer."""
    d = docx_new("Liberation Sans", 9.5, margins=(1.6, 1.6, 1.6, 1.6), after=1)
    blue = "003399"
    grey = "565656"
    fp = d.sections[0].footer.paragraphs[0]
    run(fp, "© European Union, 2002-2024 | europass.europa.eu", size=7.5, color=grey)
    P(d, "Inês Carvalho Magalhães", b=True, size=18, color=blue, after=2)
    p = P(d, after=0)
    for k, v in (("Nationality: ", "Portuguese  "), ("Date of birth: ", "14/02/1991  "), ("Gender: ", "Female")):
        run(p, k, b=True, size=8.5, color=grey)
        run(p, v, size=8.5)
    for k, v in (("Phone number: ", "(+351) 915550176 (Mobile)"), ("Email address: ", "ines.magalhaes@example.pt"),
                 ("Address: ", "Rua de Cedofeita 512, 4050-174, Porto (Portugal) (Home)")):
        p = P(d, after=0)
        run(p, k, b=True, size=8.5, color=grey)
        run(p, v, size=8.5)

    def sec(s):
        p = P(d, before=12, after=4, keep=True)
        run(p, s, b=True, size=11, color=blue)
        pborder(p, "bottom", blue, 6, 1)

    def item(dates, title, org, place, extra=(), items=()):
        p = P(d, before=6, after=0, keep=True)
        run(p, "[ " + dates + " ] ", size=8.5, color=grey)
        run(p, title, b=True, size=10)
        P(d, org, after=0)
        P(d, place, size=8.5, color=grey, after=1)
        for s in extra:
            P(d, s, size=8.5, color=grey, after=1)
        bullets(d, items, size=9)

    sec("ABOUT ME")
    P(d, "Payroll specialist with nine years of experience in multi-country payroll for logistics and insurance "
         "companies. Calm at month-end, precise with collective agreements and happy to explain a payslip twice.")
    sec("WORK EXPERIENCE")
    item("04/2021 – Current", "SENIOR PAYROLL SPECIALIST", "Norte Ibérica Logística, S.A.",
         "City: Porto | Country: Portugal", (), [
             "Run monthly payroll for 1,450 employees in Portugal and Spain in SAP SuccessFactors.",
             "Led the migration from a local payroll system; zero late payments during cut-over.",
             "Prepare Social Security and IRS withholding returns and the annual Relatório Único."])
    item("09/2018 – 03/2021", "PAYROLL AND BENEFITS ANALYST", "Atlântico Azul Seguros, S.A.",
         "City: Lisbon | Country: Portugal", (), [
             "Payroll for 600 employees; health-insurance and pension benefits administration.",
             "Built Power BI dashboards for overtime and absence costs."])
    item("02/2017 – 08/2018", "HR ADMINISTRATION TRAINEE", "Kessler & Lindqvist Consulting GmbH",
         "City: Munich | Country: Germany", ("Erasmus+ traineeship",), [
             "Maintained employee records and prepared onboarding packs for new hires."])
    sec("EDUCATION AND TRAINING")
    item("09/2014 – 07/2016", "MASTER'S DEGREE IN HUMAN RESOURCE MANAGEMENT",
         "Instituto Superior de Gestão do Douro", "City: Porto | Country: Portugal",
         ("Field(s) of study: Business and administration | Final grade: 16/20 | Level in EQF: EQF level 7",))
    item("09/2011 – 07/2014", "BACHELOR'S DEGREE IN MANAGEMENT", "Universidade do Vale do Cávado",
         "City: Braga | Country: Portugal", ("Level in EQF: EQF level 6",))
    sec("LANGUAGE SKILLS")
    P(d, "Mother tongue(s): PORTUGUESE", after=2)
    P(d, "Other language(s):", after=2)
    t = new_table(d, 4, 6, [3.0, 2.7, 2.7, 2.7, 2.7, 2.7], borders=dict(val="single", color="BBBBBB", sz=4))
    for j, h in enumerate(("", "Listening", "Reading", "Spoken production", "Spoken interaction", "Writing")):
        cell(t.cell(0, j), h, b=True, size=8, color=blue)
    for i, row in enumerate((("ENGLISH", "C1", "C2", "C1", "C1", "C1"), ("SPANISH", "B2", "C1", "B2", "B2", "B1"),
                             ("GERMAN", "A2", "B1", "A2", "A2", "A2")), 1):
        for j, v in enumerate(row):
            cell(t.cell(i, j), v, size=8.5)
    P(d, "Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user", size=7.5,
      color=grey, after=2)
    sec("DIGITAL SKILLS")
    P(d, "SAP SuccessFactors | Primavera Payroll | Microsoft Excel | Power BI | Microsoft Teams")
    sec("DRIVING LICENCE")
    P(d, "Driving Licence: B")
    docx_save(d, path, "Ines Magalhaes")


def r14_niamh_costigan_bauer_docx(path):
    """A Word-template CV whose body is a two-column borderless table (section labels left, content right), the
    name and contact details in the page header and a footer line; company lines 'Company, Town' with the dates
    at a right tab stop, italic titles below (one with ' - ', one with ', function'), converted by LibreOffice."""
    d = docx_new("Liberation Sans", 10, margins=(1.6, 1.6, 1.8, 1.8), after=1)
    green = "1E5631"
    sec0 = d.sections[0]
    hp = sec0.header.paragraphs[0]
    run(hp, "Niamh Costigan-Bauer", b=True, size=20, color=green)
    hp2 = sec0.header.add_paragraph()
    run(hp2, "Galway, Ireland  |  +353 86 555 0129  |  niamh.cb@example.ie  |  linkedin.com/in/niamh-cb-example",
        size=9, color="444444")
    pborder(hp2, "bottom", green, 8, 4)
    fp = sec0.footer.paragraphs[0]
    run(fp, "References available on request", i=True, size=8.5, color="777777")
    t = new_table(d, 5, 2, [3.6, 14.2])

    def label(i, s):
        cell(t.cell(i, 0), s.upper(), b=True, size=9.5, color=green)

    label(0, "Profile")
    cell(t.cell(0, 1), "Enterprise account executive with nine years in B2B sales across software, banking and "
                       "sport sponsorship. Consistent over-achiever on quota who likes long sales cycles and "
                       "complicated buying committees.", after=6)
    label(1, "Experience")
    c_ = t.cell(1, 1)
    first = True
    for comp, dates, title, items in (
            ("Liffey & Dodder Software Ltd, Dublin", "Feb 2021 – Present", "Senior Account Executive - Enterprise", [
                "Closed €4.6M in new annual recurring revenue in FY2023 (142% of quota).",
                "Won the company's two largest public-sector deals using MEDDICC qualification."]),
            ("Bank of Connemara plc, Galway", "Jun 2017 – Jan 2021", "Business Development Manager, SME Banking", [
                "Grew the SME lending book in the west region by €38M in three years.",
                "Ran the bank's relationship programme with 60 agri-food businesses."]),
            ("Shannonside Hurricanes Basketball Club, Limerick", "Aug 2015 – May 2017", "Partnerships Executive", [
                "Sold and renewed 25 corporate sponsorships; sponsorship revenue up 70%."])):
        p = c_.paragraphs[0] if first else c_.add_paragraph()
        p.paragraph_format.space_before = buildkit.Pt(0 if first else 6)
        first = False
        tabs(p, (14.0, "r"))
        run(p, comp, b=True)
        run(p, "\t" + dates, size=9.5, color="444444")
        cell_add(c_, title, i=True, after=1)
        for it in items:
            cell_add(c_, "•  " + it, size=9.5, after=1)
    label(2, "Skills")
    cell(t.cell(2, 1), "Salesforce · HubSpot · Outreach · Gong · MEDDICC · Solution selling · Negotiation · "
                       "Pipeline forecasting", after=6)
    label(3, "Education")
    cell(t.cell(3, 1), "Bachelor of Commerce, Corrib University, Galway — 2015", after=6)
    label(4, "Languages")
    cell(t.cell(4, 1), "English (native), Irish (fluent), German (conversational)")
    docx_save(d, path, "Niamh Costigan-Bauer")


def r21_rafael_dominguez_whitcombe_docx(path):
    """US one-column resume from Word: Word 'Heading 1' section styles, employer lines in capitals 'COMPANY —
    City, ST' with the years at a right tab stop, the title on the next line (titles with ' - ' and a numeral), a
    co-op dated 'Summer 2014', skills separated by ' · ', converted by LibreOffice."""
    d = docx_new("Liberation Sans", 10, margins=(1.7, 1.7, 1.9, 1.9), after=1)
    st = d.styles["Heading 1"]
    st.font.size = buildkit.Pt(12)
    st.font.name = "Liberation Sans"
    st.font.color.rgb = buildkit.RGBColor.from_string("7A1F2B")
    st.paragraph_format.space_before = buildkit.Pt(10)
    st.paragraph_format.space_after = buildkit.Pt(3)
    P(d, "Rafael Domínguez-Whitcombe", b=True, size=20, align="c", after=0)
    P(d, "Marlborough, MA · (508) 555-0151 · rafael.dw@example.com", size=9.5, align="c", after=4)
    d.add_paragraph("Summary", style="Heading 1")
    P(d, "Process engineer with ten years in Class II and III medical-device manufacturing: catheters, "
         "molded components and clean-room assembly. I make processes capable, validated and boring.")
    d.add_paragraph("Professional Experience", style="Heading 1")
    for comp, place, dates, title, items in (
            ("WORCESTER SCIENTIFIC CORPORATION", "Marlborough, MA", "2019 – Present",
             "Senior Process Engineer - Catheter Assembly", [
                 "Own four catheter assembly lines (120 operators); first-pass yield from 91% to 97.5%.",
                 "Led process validation (IQ/OQ/PQ) for a new balloon-bonding process approved by the notified "
                 "body."]),
            ("NASHUA VALLEY MEDICAL, INC.", "Nashua, NH", "2015 – 2019", "Process Engineer II", [
                "Scaled up an injection-molded component from pilot to 2 million parts a year.",
                "Ran DOE studies in Minitab that cut scrap on the overmolding line by 35%."]),
            ("PROVIDENCE & PAWTUCKET PLASTICS CO.", "Pawtucket, RI", "Summer 2014",
             "Manufacturing Engineering Co-op", [
                 "Designed SolidWorks fixtures for a trimming cell and wrote the work instructions."])):
        p = P(d, before=6, after=0, keep=True)
        tabs(p, (17.6, "r"))
        run(p, comp + " — " + place, b=True)
        run(p, "\t" + dates, b=True)
        P(d, title, i=True, after=1)
        bullets(d, items)
    d.add_paragraph("Technical Skills", style="Heading 1")
    P(d, "Process validation · Minitab · SolidWorks · DOE · pFMEA · Lean manufacturing · ISO 13485 · GD&T")
    d.add_paragraph("Education", style="Heading 1")
    p = P(d, after=1)
    tabs(p, (17.6, "r"))
    run(p, "B.S. Mechanical Engineering", b=True)
    run(p, ", Blackstone River Polytechnic, Worcester, MA")
    run(p, "\t2015")
    d.add_paragraph("Certifications", style="Heading 1")
    P(d, "ASQ Certified Six Sigma Green Belt (2018)")
    docx_save(d, path, "Rafael Dominguez-Whitcombe")


# =========================================================================================================
# job descriptions: DOCX and PDF
# =========================================================================================================
def jd03_confidential_insurer_lead_data_engineer(path):
    """Recruitment-agency advert for an unnamed client: agency letterhead in the page header, a reference / salary
    / location table, 'Our client' prose, Key responsibilities, Requirements, Nice to have, agency footer."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=3)
    hp = d.sections[0].header.paragraphs[0]
    run(hp, "CALDER BLAKE RECRUITMENT  ·  Data & Technology Practice", b=True, size=9, color="1F4E79")
    P(d, "Lead Data Engineer", b=True, size=18, color="1F4E79", after=2)
    P(d, "Specialist insurance  ·  London (hybrid, 2 days in the City)  ·  Permanent", size=10, color="555555",
      after=6)
    t = new_table(d, 4, 2, [4.0, 12.6], borders=dict(val="single", color="BBBBBB", sz=4))
    for i, (k, v) in enumerate((("Reference", "CB-DT-40917"), ("Salary", "£95,000 – £110,000 + 15% bonus"),
                                ("Location", "London EC3 / hybrid"), ("Consultant", "Priya Okonedo"))):
        cell(t.cell(i, 0), k, b=True)
        cell(t.cell(i, 1), v)

    def sec(s):
        P(d, s, b=True, size=12, color="1F4E79", before=8, after=2, keep=True)

    sec("The opportunity")
    P(d, "Our client, a well-established specialist insurer in the Lloyd's market, is building a modern data "
         "platform and is looking for a Lead Data Engineer to head a team of five engineers. This is a hands-on "
         "leadership role with real influence over architecture and hiring.")
    sec("Key responsibilities")
    bullets(d, ["Lead the design and build of the new Azure lakehouse and its ingestion pipelines",
                "Line-manage and mentor five data engineers", "Set engineering standards for testing, CI/CD and "
                "data quality", "Work with actuarial and underwriting teams on their data needs"])
    sec("Requirements")
    bullets(d, ["Proven experience leading a data engineering team",
                "Strong Python and SQL",
                "Hands-on experience with Databricks and Azure Data Factory",
                "Experience with data modelling for analytics (Kimball or Data Vault)",
                "Excellent stakeholder communication"])
    sec("Nice to have")
    bullets(d, ["Insurance or Lloyd's market experience", "Terraform", "dbt"])
    P(d, "Calder Blake Recruitment is acting as an employment agency in relation to this vacancy. Only shortlisted "
         "candidates will be contacted. By applying you agree to our privacy notice.", i=True, size=9,
      color="777777", before=8)
    docx_save(d, path, "Calder Blake Recruitment")


def jd08_pemberton_valley_usd_it_support_technician(path):
    """School-district job bulletin (DOCX): labelled fields table (Job Title, Department, Employer, Salary, ...),
    Definition, Examples of Duties, Minimum Qualifications, Desirable Qualifications, equal-opportunity line."""
    d = docx_new("Arial", 10, margins=(2.0, 2.0, 2.0, 2.0), after=3)
    P(d, "PEMBERTON VALLEY UNIFIED SCHOOL DISTRICT", b=True, size=12, align="c", after=0)
    P(d, "Classified Job Bulletin  ·  Posting #2024-117", size=9, align="c", color="555555", after=8)
    t = new_table(d, 6, 2, [4.2, 12.8], borders=dict(val="single", color="888888", sz=4))
    for i, (k, v) in enumerate((("Job Title", "Entry-level IT Support Technician"),
                                ("Department", "Technology Services"),
                                ("Employer", "Pemberton Valley Unified School District"),
                                ("Salary", "$22.40 – $27.10 per hour (Range 18)"),
                                ("Schedule", "8 hours/day, 12 months/year"),
                                ("Closing date", "July 19, 2024, 4:00 p.m."))):
        cell(t.cell(i, 0), k, b=True, fill="EEEEEE")
        cell(t.cell(i, 1), v)

    def sec(s):
        P(d, s, b=True, size=11, before=8, after=2, keep=True)

    sec("DEFINITION")
    P(d, "Under general supervision, installs, maintains and troubleshoots computers, Chromebooks, printers and "
         "classroom technology at school sites across the district.")
    sec("EXAMPLES OF DUTIES")
    bullets(d, ["Respond to help-desk tickets from teachers and office staff",
                "Image, deploy and repair student Chromebooks and staff laptops",
                "Set up projectors, document cameras and interactive displays",
                "Keep inventory records of district equipment"])
    sec("MINIMUM QUALIFICATIONS")
    bullets(d, ["High school diploma or equivalent",
                "Basic knowledge of Windows and macOS troubleshooting",
                "Ability to lift 50 pounds",
                "Valid driver's license"])
    sec("DESIRABLE QUALIFICATIONS")
    bullets(d, ["CompTIA A+ certification", "Experience with Google Workspace for Education",
                "Bilingual English/Spanish"])
    P(d, "No experience required; recent graduates are encouraged to apply. Pemberton Valley Unified School "
         "District is an equal opportunity employer.", i=True, size=9, before=8)
    docx_save(d, path, "PVUSD Human Resources")


def jd12_fernhollow_energy_sr_backend_engineer(path):
    """Careers-page DOCX whose first line is 'Sr. Backend Engineer (Go) at Fernhollow Energy'; meta line; Who we
    are; What you'll work on; You have; Extra credit; Perks; apply line."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=3)
    P(d, "Sr. Backend Engineer (Go) at Fernhollow Energy", b=True, size=17, color="14532D", after=2)
    P(d, "Remote (UK or Ireland)  ·  Full-time  ·  £85k – £100k  ·  Engineering", size=9.5, color="555555",
      after=8)

    def sec(s):
        P(d, s, b=True, size=12, color="14532D", before=8, after=2, keep=True)

    sec("Who we are")
    P(d, "Fernhollow Energy runs a smart-tariff platform that shifts 400,000 homes' heat pumps and EV chargers to "
         "the cheapest, greenest hours. Our backend is mostly Go, with a Postgres core and a lot of time-series "
         "data.")
    sec("What you'll work on")
    bullets(d, ["The device-control services that talk to chargers and heat pumps",
                "Pricing and settlement pipelines that run every half hour",
                "Reliability work: SLOs, load tests, incident reviews"])
    sec("You have")
    bullets(d, ["5+ years building backend services in production",
                "Strong Go, or deep experience in another typed language and a wish to write Go",
                "Experience with PostgreSQL and event-driven systems",
                "Comfort owning services on Kubernetes"])
    sec("Extra credit")
    bullets(d, ["Energy or IoT experience", "TimescaleDB or another time-series database", "gRPC"])
    sec("Perks")
    bullets(d, ["Share options", "£1,500 home-office budget", "Your electricity on our smart tariff, free"])
    P(d, "Apply with your CV or GitHub profile. We reply to everyone within ten working days.", i=True, size=9.5)
    docx_save(d, path, "Fernhollow Energy")


def jd05_kingsmead_park_academy_graduate_mathematics_teacher(path):
    """School vacancy advert (PDF): school crest band, 'Graduate Mathematics Teacher' with start date and pay
    scale, About our school, The role, a Person Specification table with Essential / Desirable columns, how to
    apply, safeguarding statement."""
    c = new_canvas(path, A4, "Vacancy: Graduate Mathematics Teacher", "Kingsmead Park Academy", "Microsoft Publisher")
    navy = HexColor("#1e3a5f")
    gold = HexColor("#c9a227")
    box(c, 0, 772, 595, 70, fill=navy)
    c.setFillColor(gold)
    c.circle(62, 807, 24, fill=1, stroke=0)
    text(c, "KP", 62, 801, "Serif-B", 16, navy, "c")
    text(c, "Kingsmead Park Academy", 100, 812, "Serif-B", 17, WHITE)
    text(c, "Part of the Fosse Way Learning Trust  ·  Leicester", 100, 795, "Serif", 9.5, gold)
    f = Flow(c, 50, 495, 750, bottom=40)
    f.para("Graduate Mathematics Teacher", font="Serif-B", size=20, color=navy, after=4)
    f.para("Start: September 2024  ·  Salary: Teachers' Main Pay Scale (M1–M2) plus training  ·  Full-time, "
           "permanent", font="Serif", size=9.5, color=GREY, after=8)

    def sec(s):
        f.gap(4)
        f.para(s, font="Serif-B", size=12, color=navy, after=3)

    sec("About our school")
    f.para("Kingsmead Park Academy is a mixed 11–18 school of 1,150 students in the west of Leicester. Our "
           "mathematics department of twelve teachers gets some of the best progress scores in the city, and we "
           "train new teachers every year with a structured two-year programme.", font="Serif", size=9.8,
           lead=13.5)
    sec("The role")
    f.para("We are looking for a maths graduate who wants to teach. You will train on the job towards Qualified "
           "Teacher Status with a reduced timetable, a dedicated mentor and weekly training sessions. "
           "Career changers and recent graduates are equally welcome.", font="Serif", size=9.8, lead=13.5)
    sec("Person specification")
    ys = grid(c, 50, f.y, [247, 248], [
        ["Essential", "Desirable"],
        ["A degree with a substantial mathematics component (2:2 or above)",
         "Experience working with young people (tutoring, coaching, youth work)"],
        ["GCSE English and Mathematics at grade C/4 or above",
         "Confidence using GeoGebra or Desmos in lessons"],
        ["Strong subject knowledge up to A level", "Willingness to support extra-curricular activities"],
        ["Excellent communication skills", ""],
        ["A commitment to safeguarding and promoting the welfare of children", ""]],
        font="Serif", size=9.3, head_fill=HexColor("#e3e9f1"), head_font="Serif-B")
    f.y = ys - 8
    sec("How to apply")
    f.para("Complete the application form on our website and send it to recruitment@example-kpa.sch.uk by noon on "
           "Friday 14 June. Visits to the school are warmly welcomed.", font="Serif", size=9.8, lead=13.5)
    f.gap(6)
    f.para("Kingsmead Park Academy is committed to safeguarding and promoting the welfare of children and young "
           "people. This post is subject to an enhanced DBS check.", font="Serif-I", size=8.8, color=GREY)
    c.save()


def jd09_brackwater_health_site_reliability_engineer_iii(path):
    """Careers-site PDF print: top navigation and logo line, 'Site Reliability Engineer III | Brackwater Health'
    title, a key-facts box (location, team, type, requisition), Responsibilities, Minimum Qualifications,
    Preferred Qualifications, benefits, EEO statement and a footer with the URL."""
    c = new_canvas(path, letter, "Site Reliability Engineer III | Brackwater Health Careers", "Brackwater Health",
                   "Chrome")
    teal = HexColor("#0f766e")
    text(c, "Brackwater Health   Careers", 40, 760, "Sans-B", 11, teal)
    text(c, "Teams    Locations    Life at Brackwater    Search jobs", 572, 760, "Sans", 8.5, GREY, "r")
    hline(c, 40, 572, 750, HexColor("#cccccc"), 0.6)
    f = Flow(c, 40, 532, 732, bottom=44)
    f.para("Site Reliability Engineer III | Brackwater Health", font="Sans-B", size=17, color=BLACK, after=6)
    box(c, 40, f.y - 44, 532, 42, fill=HexColor("#f0fdfa"), stroke=HexColor("#99f6e4"))
    text(c, "Location: Nashville, TN or Remote (US)    Team: Infrastructure", 50, f.y - 16, "Sans", 9)
    text(c, "Employment type: Full-time    Req ID: R-24-0311", 50, f.y - 31, "Sans", 9)
    f.y -= 54
    box(c, 40, f.y - 18, 120, 20, fill=teal, r=3)
    text(c, "Apply for this job", 100, f.y - 11.5, "Sans-B", 9, WHITE, "c")
    f.y -= 30

    def sec(s):
        f.gap(4)
        f.para(s, font="Sans-B", size=11.5, color=teal, after=3)

    f.para("Brackwater Health builds the scheduling and remote-monitoring software used by 900 dialysis clinics. "
           "When our platform is down, patients miss treatments, so reliability is the product.", size=9.3,
           lead=12.5)
    sec("Responsibilities")
    f.bullets(["Own availability, latency and capacity for the clinical scheduling platform",
               "Build and improve our Kubernetes, Terraform and observability tooling",
               "Lead incident response and blameless post-incident reviews",
               "Partner with product teams on SLOs and launch readiness"], size=9.3)
    sec("Minimum Qualifications")
    f.bullets(["5+ years of experience in SRE, DevOps or production infrastructure roles",
               "Deep experience operating Kubernetes in production",
               "Infrastructure as code with Terraform",
               "Proficiency in Go or Python",
               "Experience with Prometheus, Grafana or a similar observability stack"], size=9.3)
    sec("Preferred Qualifications")
    f.bullets(["Experience in healthcare or another regulated industry (HIPAA, SOC 2)",
               "AWS certifications", "Experience with PostgreSQL at scale"], size=9.3)
    sec("Benefits")
    f.para("Medical, dental and vision from day one · 401(k) with 5% match · 20 days PTO plus holidays · "
           "$2,000 learning budget.", size=9.3)
    f.gap(6)
    f.para("Brackwater Health is an Equal Opportunity Employer. All qualified applicants will receive consideration "
           "for employment without regard to race, color, religion, sex, sexual orientation, gender identity, "
           "national origin, disability or protected veteran status.", font="Sans-I", size=8, color=GREY)
    text(c, "https://careers.example-brackwater.com/jobs/R-24-0311", 40, 26, "Sans", 7.5, GREY)
    text(c, "1/1", 572, 26, "Sans", 7.5, GREY, "r")
    c.save()


# =========================================================================================================
# plain-text and Markdown documents
# =========================================================================================================
TEXTS = {}

TEXTS["resumes/r03_gareth_pryce_llewellyn.txt"] = """\
GARETH PRYCE-LLEWELLYN
Contract Kotlin / Java Developer | SC cleared | Outside IR35
Cardiff (happy to travel) | 07700 900 512 | gareth@pryce-dev.example.co.uk

PROFILE
Contractor since 2019 through my own limited company. Backend developer with ten
years in banking, utilities and ticketing. I take over half-finished services,
make them testable and hand them back with runbooks.

SKILLS
Kotlin, Java 17, Spring Boot, Kafka, PostgreSQL, AWS, Terraform, Docker,
Kubernetes, JUnit 5

CONTRACT & EMPLOYMENT HISTORY

Q3 2021 - present
Senior Kotlin Developer (contract via Corran Technical Recruitment)
Bank of Pembrokeshire, Cardiff
- Rebuilding the mortgage-offer service in Kotlin and Spring Boot; offers now
  issued in minutes instead of two days.
- Introduced contract tests with the broker platform; release rollbacks fell
  from 1 in 5 to 1 in 40.

2019 - 2021 (1 yr 11 mos)
Java Developer - Contractor via Brightlands IT Staffing at Severn & Usk Water, Newport
- Smart-meter ingestion pipeline on Kafka handling 9 million readings a day.
- Migrated batch billing jobs from WebLogic to containers on AWS.

2018 - 2019 (1 yr 3 mos)
Software Engineer, Glamorgan Ticketing Ltd, Swansea
- Payment and seat-reservation APIs for 40 venues; PCI DSS remediation work.

2017
Career break - travelled in South America and volunteered with a coding school
in Cusco.

Sep 2014 - Dec 2016
Junior Developer, Taff Vale Insurance Services, Cardiff
- Maintained the Java quote engine for home insurance.

EDUCATION
BSc (Hons) Computer Science - University of the Valleys, Pontypridd, 2014

CLEARANCE
SC (active, sponsored by Bank of Pembrokeshire)
"""

TEXTS["resumes/r05_maren_hollstein_ayodele.md"] = """\
# Maren Hollstein-Ayodele, PhD

Assistant Professor of Epidemiology · School of Public Health, Tallgrass State University
[maren.ha@example.edu](mailto:maren.ha@example.edu) · ORCID 0000-0002-5555-0148 · Lawrence, KS

---

## Research interests

Maternal and child health in low-income settings; multilevel and longitudinal models; causal inference with
routinely collected health data.

## Academic appointments

- **Assistant Professor**, Department of Epidemiology, Tallgrass State University, Lawrence, KS — 2021–present
- **Postdoctoral Research Fellow**, Centre for Global Health Data, Ashcombe University, Bristol, UK — 2018–2021
- **Visiting Researcher**, Institut Méridien de Santé Publique, Lyon, France — Summer 2017

## Education

- **PhD Epidemiology**, Ashcombe University, 2018
  *Thesis:* "Birth spacing and child growth: multilevel evidence from twelve demographic surveys." Advisor: Prof. R. Castell.
- **MSc Medical Statistics**, University of Fenmoor, 2014
- **BSc Biology**, University of Fenmoor, 2013

## Grants

- *Principal Investigator*, "Growth trajectories in twins", Tallgrass Early Career Award, $150,000, 2022–2025
- *Co-Investigator*, "Routine data for maternal health in Malawi", Wellspring Foundation, £420,000, 2019–2021

## Publications

### Peer-reviewed articles (\\* = supervised student)

1. **Hollstein-Ayodele M**, Banda T, Castell R. Birth interval and stunting: a multilevel analysis of 12 surveys.
   *International Journal of Epidemiology Methods*. 2023;52(4):1101–1112.
2. Kuria J\\*, **Hollstein-Ayodele M**. Seasonal births and neonatal mortality in routinely collected data.
   *Journal of Global Health Data*. 2022;9:e0412.
3. **Hollstein-Ayodele M**, Castell R. Twin growth curves in low-income settings. *Paediatric Epidemiology
   Review*. 2020;34(2):210–219.

### Book chapters

1. **Hollstein-Ayodele M**. "Multilevel models for survey data." In: Okoro A (ed.), *Methods for Global Health*.
   Fenmoor University Press; 2021.

## Teaching

- EPID 701 Introduction to Epidemiology (MPH core), 2021–present
- EPID 840 Longitudinal Data Analysis, 2022–present

## Methods & software

R · Stata · SAS · Python · multilevel modelling · survival analysis · causal inference · REDCap

## Service

Reviewer for six journals; member of the School of Public Health admissions committee (2022–).

## Languages

English (fluent), German (native), Yoruba (conversational)
"""

TEXTS["resumes/r11_shanice_abernathy_moyo.txt"] = """\
Shanice T. Abernathy-Moyo, BSN, RN, CCRN
Dayton, OH 45419 | (937) 555-0153 | shanice.am@example.com

SUMMARY
Critical care nurse with six years of acute-care experience, four of them in a
cardiovascular ICU. Charge nurse on nights; preceptor for new graduate nurses.

LICENSURE & CERTIFICATIONS
Registered Nurse, Ohio Board of Nursing, license no. RN.555148, exp. 08/2025
CCRN (Adult), AACN, 2022
BLS, ACLS, PALS - American Heart Association, current

CLINICAL EXPERIENCE

St. Columba's Heart Institute - Dayton, OH
Charge Nurse, Cardiovascular ICU                          03/2022 - Present
  - Lead a 24-bed CVICU on nights: assignments, admissions, rapid responses.
  - Precept new graduate nurses; 11 precepted since 2022.
Staff Nurse, Cardiovascular ICU                           07/2020 - 02/2022
  - Post-op open-heart, Impella and IABP patients; CRRT and arterial lines.

Miami Valley Urgent Care Network - Kettering, OH
Per Diem RN, Float Pool                                   2021 - Present
  - Two to four shifts a month across five urgent-care sites.

Great Miami Community Hospital - Hamilton, OH
Staff Nurse, Medical-Surgical Unit                        06/2018 - 06/2020
  - 5-6 patient assignments on a 32-bed med-surg unit; telemetry patients.

Great Miami Community Hospital - Hamilton, OH
Student Nurse Extern                                      Summer 2017
  - Ten-week paid externship on the medical-surgical unit.

CLINICAL SKILLS
Hemodynamic monitoring, arterial line management, ventilator care, CRRT,
IV therapy, telemetry interpretation, Epic, patient education

EDUCATION
Bachelor of Science in Nursing - Shawnee Valley University, Dayton, OH - May 2018
  Clinical rotations: ICU, ED, pediatrics, labor & delivery, behavioral health

PROFESSIONAL MEMBERSHIPS
American Association of Critical-Care Nurses (AACN)
"""

TEXTS["resumes/r15_marcus_oyelaran_fitch.txt"] = """\
MARCUS OYELARAN-FITCH
Food Safety & Quality Specialist
Leicester, UK  ·  07700 900 338  ·  marcus.of@example.co.uk

PROFILE
Former head chef who moved into food safety and quality in 2022. Twelve years in
professional kitchens taught me HACCP from the inside; now I audit it, write it
and train people in it for a chilled-foods manufacturer.

EXPERIENCE

Food Safety & Quality Specialist  --  Soar Valley Foods Ltd, Leicester
2022 - present (2 yrs 4 mos)
  * Own the HACCP plans for two chilled ready-meal lines and lead the internal
    audit programme (BRCGS Grade AA in 2023).
  * Run root cause analysis for customer complaints; complaints per million
    units down 30%.
  * Approve new ingredient suppliers and maintain the allergen matrix.

Career break  --  2021 - 2022 (9 mos)
  Cared for a parent; retrained (Level 4 Award in Managing Food Safety).

Head Chef  --  The Brass Monkey & Fiddle, Market Harborough
2018 - 2021 (3 yrs 2 mos)
  * Ran a 90-cover kitchen with a brigade of seven; 5-star food hygiene rating
    held at every inspection.

Sous Chef  --  Everdene Hotels plc, Leicester
2016 - 2018 (1 yr 11 mos)
  * Banqueting for up to 300 covers; wrote the allergen procedures for events.

Commis Chef  --  Everdene Hotels plc, Leicester
2014 - 2016 (2 yrs 1 mo)

SKILLS
HACCP, BRCGS Food Safety, internal auditing, root cause analysis, allergen
management, supplier approval, Microsoft Excel, SAP QM

EDUCATION & QUALIFICATIONS
FdSc Culinary Arts, Charnwood College, 2014
Level 4 Award in Managing Food Safety in Manufacturing (Highfield), 2022
Level 3 Award in HACCP for Food Manufacturing, 2022
"""

TEXTS["resumes/r16_oskar_vaitkevicius.md"] = """\
---
title: "Oskar Vaitkevičius — Résumé"
name: "Oskar Vaitkevičius"
role: "Sr. DevOps Engineer"
location: "Vilnius, Lithuania"
email: "oskar.v@example.lt"
layout: resume
draft: false
---

{{< intro >}}
DevOps engineer who likes quiet pagers. Eight years of Linux, five of Kubernetes, all of them in production.
{{< /intro >}}

## Experience

### Sr. DevOps Engineer — Baltic Amber Payments, UAB
*Vilnius · Mar 2022 – present*

- Run the Kubernetes platform (EKS, 14 clusters) behind card processing for 3 million customers.
- Rebuilt CI/CD on GitLab and Argo CD; deploys went from weekly to 40 a day.
- PCI DSS evidence automation with Terraform and OPA policies.

### DevOps Engineer II — Neringa Cloud & Hosting, UAB
*Kaunas · Jul 2019 – Feb 2022*

- Managed 600 customer VMs and the move to a Kubernetes-based hosting product.
- Wrote the Ansible roles and Prometheus alerts still used for the fleet.

### Systems Administrator — Curonian Logistics, UAB
*Klaipėda · Sep 2016 – Jun 2019*

- Linux servers, backups and the warehouse Wi-Fi for a port logistics company.

## Skills

{{< skills >}}
- Kubernetes
- Terraform
- AWS
- GitLab CI
- Argo CD
- Ansible
- Prometheus
- Linux
- Python
- Bash
{{< /skills >}}

## Education

**BSc Informatics**, Nemunas University of Technology, Kaunas — 2016

## Languages

Lithuanian (native) · English (C1) · Russian (B2)
"""

TEXTS["resumes/r17_hollis_bramwell.txt"] = """\
HOLLIS J. BRAMWELL
Austin, TX | 512-555-0137 | hollis.bramwell@example.com

SUMMARY
-------
Product manager for data products and consumer apps. Ten years from associate
PM to leading the data platform roadmap at a B2B analytics company. Comfortable
with SQL, pricing conversations and saying no.

EXPERIENCE
----------
Kettle & Crane Analytics, Inc. (Austin, TX)                   2019-09 to date
  Senior Product Manager, Data Platform
  * Own the roadmap for ingestion, modeling and the query layer used by 900
    customer accounts; ARR from platform add-ons up $6M.
  * Launched usage-based pricing with finance and sales.

Houston Bayou Hawks Hockey Club (Houston, TX)         2016-06 to 2019-08
  Product Manager, Fan Experience
  * Shipped the club's first mobile ticketing and in-seat ordering app;
    4.7-star rating, 120k monthly users in season.

Llano Estacado Software (Lubbock, TX)                 2014-01 to 2016-05
  Associate Product Manager
  * Wrote specs and ran beta programs for a farm-management SaaS product.

SKILLS
------
Product discovery; roadmapping; SQL; Amplitude; Jira; Figma; A/B testing;
pricing

EDUCATION
---------
MBA, Balcones University, 2014
BBA Management Information Systems, Balcones University, 2012
"""

TEXTS["resumes/r20_aoife_brennan_kowalski.md"] = """\
# Aoife Brennan-Kowalski

Cork, Ireland | +353 87 555 0142 | aoife.bk@example.ie | Full clean driving licence

## Personal Profile

Anti-money-laundering professional with six years in banking and credit-union compliance. I like
investigations that end in a clear decision and a file an auditor can follow.

## Key Skills

* AML/KYC investigations
* Transaction monitoring
* Sanctions screening
* Actimize
* Excel
* SQL (basic)

## Employment History

**Bank of Inishowen plc** — Dublin
*Senior AML Analyst* | May 2022 – Present

**Key Responsibilities:**
- Investigate transaction-monitoring alerts and escalate suspicious activity reports to the MLRO.
- Quality-check analysts' case files and run the team's monthly training.

**Key Achievements:**
- Cleared a backlog of 2,400 alerts in four months without missing a regulatory deadline.

**Munster & Leinster Credit Union Ltd.** — Cork
*Compliance Officer* | Sep 2019 – Apr 2022

**Key Responsibilities:**
- Wrote the credit union's AML risk assessment and board reports.
- Ran the annual AML training for 70 staff.

**Lee Valley Financial Services, Ltd.** — Cork
*Customer Service Representative (Summer Internship)* | Jun 2018 – Aug 2018

**Key Responsibilities:**
- Answered customer queries about savings and loan accounts.

## Education

**BA Accounting and Finance** — University of the Lee, 2019

## Professional Qualifications

Certified AML Specialist (in progress); QFA (Qualified Financial Adviser), 2021

## Interests

Sea swimming, camogie coaching, crosswords.

*References available on request.*
"""

TEXTS["resumes/r24_beatriz_almeida_sorensen.md"] = """\
---
title: Beatriz Almeida Sørensen
subtitle: Clinical Pharmacist · Aarhus, Denmark
---

beatriz.as@example.dk · +45 55 55 01 64 · Danish authorisation as pharmacist (cand.pharm.)

Profile
=======

Hospital pharmacist with eight years on medical and surgical wards. I sit on the ward round, fix medication
lists and teach junior doctors why the vancomycin level matters.

Experience
==========

Senior Clinical Pharmacist
:   Kattegat University Hospital, Aarhus, Denmark
:   March 2021 – present

    - Lead pharmacist for the antimicrobial stewardship programme (4 wards, 120 beds).
    - Medication reconciliation service reached 92% of admissions within 24 hours.

Parental leave
:   January 2020 – February 2021

Clinical Pharmacist
:   Limfjord Regional Hospital, Aalborg, Denmark
:   August 2016 – December 2019

    - Ward pharmacist for internal medicine and geriatrics; therapeutic drug monitoring.

Hospital Pharmacy Intern
:   Limfjord Regional Hospital, Aalborg, Denmark
:   February 2016 – July 2016

Skills
======

Medication reconciliation · antimicrobial stewardship · therapeutic drug monitoring · pharmacokinetics ·
parenteral nutrition · clinical audit

Education
=========

MSc Pharmacy (cand.pharm.)
:   University of Jutland, 2016

BSc Pharmacy
:   University of Jutland, 2014

Languages
=========

Portuguese (native) · Danish (fluent) · English (fluent)
"""

# ---------------------------------------------------------------------------------------------------------
# job descriptions as text
# ---------------------------------------------------------------------------------------------------------
TEXTS["job_descriptions/jd01_ashgrove_pike_senior_accountant.txt"] = """\
Skip to main content
Jobs   Company reviews   Salary guide        Sign in   Employers / Post Job

Senior Accountant
Ashgrove & Pike Ltd
4.1 out of 5 stars
Sandyford, Dublin 18
€58,000 - €66,000 a year  -  Permanent, Full-time

Apply now          Save          Share

Profile insights
Here's how the job qualifications align with your profile.
Skills: Month-end close (Required)   ACA (Required)   Sage Intacct

Full job description

Ashgrove & Pike is an independent distributor of catering equipment to hotels and
hospitals across Ireland, with 240 staff and a turnover of €90m. Our finance team
of nine is growing, and we are looking for a Senior Accountant to take ownership of
month-end and the statutory audit.

Responsibilities:
* Prepare monthly management accounts and board packs
* Own the month-end close, balance-sheet reconciliations and accruals
* Prepare the year-end audit file and liaise with our external auditors
* Manage VAT and RCT returns
* Supervise two accounts assistants

Requirements:
* Qualified accountant (ACA, ACCA or CIMA)
* 3+ years post-qualification experience
* Strong Excel skills
* Experience with a cloud ERP such as Sage Intacct or NetSuite

Advantageous:
* Experience in distribution or manufacturing
* Irish tax knowledge (VAT, RCT)

Benefits:
* Pension contribution of 6%
* Health insurance
* Hybrid working (2 days from home)

Job Type: Full-time, Permanent
Pay: €58,000.00-€66,000.00 per year
Work Location: Hybrid remote in Sandyford, Dublin 18

Report job

Similar jobs
Financial Accountant - Heatherbrook Foods - Dublin 12
Management Accountant - Parnell Logistics - Swords
Senior Accountant - Practice - Dundrum
"""

TEXTS["job_descriptions/jd02_willowbrook_community_health_registered_nurse.md"] = """\
## About us

Willowbrook Community Health is a not-for-profit health system serving four rural counties in
southern Oregon from a 140-bed regional hospital and six clinics. We are proud of our Magnet
journey, our nurse-led shared governance and our ten-minute door-to-provider time.

## Registered Nurse – Emergency Department

**Location:** Medford, OR · **Shift:** Nights, 3 x 12-hour · **Pay:** $52.40 – $71.80/hour + night differential

Our 28-bed Emergency Department sees 48,000 visits a year, including a Level III trauma service.
We are looking for experienced emergency or critical-care nurses to join our night team.

### What you will do

- Triage, assess and care for patients of all ages, from minor injuries to trauma activations
- Work with physicians, advanced practice providers and paramedics in a fast-paced team
- Precept students and new graduates once you are settled in

### Requirements

- Current Oregon RN license or multistate compact license
- BLS and ACLS certification
- Minimum 2 years of acute care nursing experience
- Strong assessment and prioritisation skills

### Preferred

- TNCC and PALS certification
- Emergency department experience
- Bachelor of Science in Nursing

### Benefits

Sign-on bonus of $15,000 · relocation support · tuition reimbursement · free parking.

*Willowbrook Community Health is an equal opportunity employer.*
"""

TEXTS["job_descriptions/jd04_tern_tide_robotics_principal_software_engineer.txt"] = """\
We're hiring: Principal Software Engineer 🚀

After two years of building quietly, Tern & Tide Robotics is growing the
autonomy team. We make inspection robots that crawl ship hulls and offshore wind
foundations so that divers don't have to.

Based in Aberdeen (hybrid) or remote within the UK.

The job:
You'll set the technical direction for the software that runs on the robot and
in the cloud, from perception and navigation to fleet management. You will write
code every week and help five engineers grow.

What you'll bring:
- 8+ years of professional software engineering
- Strong C++ and Python
- Experience shipping software for robots or other embedded Linux systems
- Experience with ROS 2
- A track record of leading technical design across teams

Bonus points:
- Computer vision or SLAM experience
- Rust
- Offshore or marine industry experience

We offer equity, 33 days of holiday including bank holidays, and a trip to sea
(optional, but recommended).

DM me or apply via the link in the comments 👇
#hiring #robotics #cplusplus #ros2 #aberdeen
"""

TEXTS["job_descriptions/jd06_lantern_bay_logistics_software_engineer_ii.txt"] = """\
Back to search results

Software Engineer II | Lantern Bay Logistics
Charlotte, NC (Hybrid)
Posted 3 days ago · 87 applicants
Full-time · Mid-Senior level
$118,000/yr - $142,000/yr

[Easy Apply]  [Save]

About the job

Lantern Bay Logistics moves freight for 3,000 shippers across the Southeast. Our
engineering team of 60 builds the load-matching, pricing and tracking systems
that dispatchers and drivers use all day.

As a Software Engineer II on the Carrier Platform team, you will build and run
the services that match loads to carriers in real time.

What you'll do
- Design, build and operate backend services in Java and Kotlin
- Improve the matching and pricing APIs used by our mobile apps
- Take part in code review, on-call and incident follow-ups

Required qualifications
- 2+ years of professional software development experience
- Proficiency in Java or Kotlin
- Experience with relational databases such as PostgreSQL
- Familiarity with REST API design

Preferred qualifications
- Experience with Kafka or another message broker
- Experience in logistics, transportation or marketplaces
- AWS experience

Benefits found in job post
Medical insurance · Vision insurance · Dental insurance · 401(k)

Lantern Bay Logistics is an equal opportunity employer.

Show more
People also viewed
Backend Engineer - Freightwise - Atlanta, GA
Senior Java Developer - Piedmont Rail Services - Charlotte, NC
"""

TEXTS["job_descriptions/jd07_osprey_lark_hospitality_head_of_finance.md"] = """\
**Osprey & Lark Hospitality Group**

# Head of Finance

Location: Bristol (hybrid, 3 days in the office) · Salary: £95,000 – £110,000 + bonus · Permanent

Osprey & Lark runs 14 boutique hotels and 22 restaurants across the South West and Wales. After
five years of growth we are creating a Head of Finance role to lead our finance team of twelve and
to partner with the CEO and the board.

## The role

- Lead month-end, forecasting, budgeting and the annual audit
- Build a finance business-partnering model for our hotel general managers
- Own cash management, banking relationships and covenant reporting
- Lead the replacement of our finance system

## About you

- Qualified accountant (ACA, ACCA or CIMA)
- 10+ years of post-qualification experience, including leading a team
- Multi-site hospitality, leisure or retail experience
- Strong commercial judgement and board-level communication

## Nice to have

- Experience of a finance-system implementation
- Experience in a private-equity-backed business

## What we offer

25 days' holiday · free stays in our hotels · 50% off food and drink · private healthcare

*Osprey & Lark Hospitality Group is committed to equal opportunities.*
"""

TEXTS["job_descriptions/jd10_cache_la_poudre_brewing_staff_accountant.txt"] = """\
CACHE LA POUDRE BREWING COMPANY
Fort Collins, Colorado

Job Posting: Staff Accountant
Department: Finance | Reports to: Controller | Type: Full-time, onsite
Pay range: $62,000 - $72,000 per year

WHO WE ARE
Family-owned since 1996, Cache la Poudre Brewing Company brews 90,000 barrels a
year and runs two taprooms in northern Colorado.

WHAT YOU WILL DO
- Process accounts payable and receivable and reconcile bank accounts
- Prepare journal entries, accruals and inventory reconciliations for month-end
- Prepare monthly excise tax returns (TTB and Colorado)
- Support the annual audit

WHAT YOU NEED
- Bachelor's degree in accounting or finance
- 1-3 years of accounting experience
- Working knowledge of GAAP
- Intermediate Excel (pivot tables, VLOOKUP)

NICE TO HAVE
- Experience with NetSuite
- Experience in manufacturing or beverage alcohol
- Progress toward a CPA

To apply, send your resume to careers@example-clpbrewing.com. Must be 21 or older.
"""

TEXTS["job_descriptions/jd11_pebblebrook_learning_lead_product_designer.md"] = """\
Pebblebrook Learning

# Lead Product Designer

**Remote (Europe, UTC±2)** · Full-time · €80,000 – €95,000

Pebblebrook Learning makes reading apps for children aged 4 to 9, used in 3,000 primary schools.
We are looking for a Lead Product Designer to lead a team of three designers and to own the design
of our classroom product.

## What you'll do

- Lead design for the teacher dashboard and the classroom reading experience
- Run research with teachers and children, and turn it into clear product decisions
- Grow and coach three product designers
- Own our design system together with engineering

## What we're looking for

- 6+ years of product design experience, including leading other designers
- A portfolio showing end-to-end product work
- Strong interaction design and prototyping skills in Figma
- Experience doing research with users

## Nice to have

- Experience designing for children or education
- Accessibility expertise (WCAG 2.2)
- Illustration or motion design skills

## Benefits

Four-day week in August · €1,000 learning budget · yearly team retreat

Questions? Write to jobs@example-pebblebrook.eu.
"""


def write_texts():
    for rel, body in TEXTS.items():
        with open(os.path.join(HERE, rel), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(body)
        print("  wrote", os.path.basename(rel))


# =========================================================================================================
# build lists
# =========================================================================================================
PDF_RESUMES = [r01_rosalind_achterberg, r04_anjali_deshmukh_brennan, r07_tobias_featherstone_ng,
               r09_takahashi_haruka, r13_dmitri_valenzuela_osei, r19_sanne_de_wit_okafor]
DOCX_RESUMES = [r02_venkata_sai_krishna_gollapudi, r08_lorraine_castellanos_whitby, r10_marguerite_svensson,
                r12_eleanor_fairweather_quayle, r18_adaeze_nwankwo_sterling, r22_mohammed_irfan_shaikh,
                r23_jordan_emeka_blackwood]
CONVERTED = {"r06_ines_carvalho_magalhaes": r06_ines_carvalho_magalhaes_docx,
             "r14_niamh_costigan_bauer": r14_niamh_costigan_bauer_docx,
             "r21_rafael_dominguez_whitcombe": r21_rafael_dominguez_whitcombe_docx}
JD_DOCX = [jd03_confidential_insurer_lead_data_engineer, jd08_pemberton_valley_usd_it_support_technician,
           jd12_fernhollow_energy_sr_backend_engineer]
JD_PDF = [jd05_kingsmead_park_academy_graduate_mathematics_teacher, jd09_brackwater_health_site_reliability_engineer_iii]


# =========================================================================================================
# the check
# =========================================================================================================
def main():
    if "--check" not in sys.argv:
        buildkit.build(RES, JDS, pdf_resumes=PDF_RESUMES, docx_resumes=DOCX_RESUMES, converted=CONVERTED,
                       jd_docx=JD_DOCX, jd_pdf=JD_PDF)
        write_texts()
    return buildkit.check_labels(HERE, FORMATS)


if __name__ == "__main__":
    sys.exit(main())
