"""Rebuild the PDF and DOCX documents of the fourteenth fresh set from the content held in this script, then check
that every labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh14/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh14/build.py --check   # check only

reportlab draws five resume PDFs (r01, r05, r10, r16, r23) and the three PDF job descriptions (jd04, jd08, jd12) on
a canvas (invariant=1, TrueType DejaVu / Liberation fonts registered by ../buildkit.py); python-docx writes the DOCX
files (r03, r07, r09, r11, r14, r18, r20, jd03, jd07, jd11) through buildkit (fixed core properties, fixed ZIP entry
timestamps); three resumes (r06, r15, r21) are Word files that LibreOffice (`soffice --headless --convert-to pdf`)
turns into PDF, rewritten by buildkit through pypdf with fixed metadata and a fixed document ID, so that a rebuild
gives the same bytes. TXT and Markdown documents are committed as written and are not touched here (the check
reads them too).

The check (buildkit.check_labels, with this set's format counts) extracts text with pypdf (PDF), python-docx
(DOCX: header paragraphs, body paragraphs, every table cell including nested tables) or a plain read (TXT/MD),
collapses whitespace, and confirms that every labelled name, employer, title, location, skill, project, school
and education year, and every JD title / role / company / must-have / nice-to-have string is found; that each
resume's employers / titles lists are the unique role values in order; that dates have the YYYY / YYYY-MM /
present form; that splits and formats follow the file names; and that no PDF has more than two pages.

Everything is fictional: every person, employer, client, agency, school, university, military unit, federal
agency, council, trust, project and referee was invented for this set. Real names appear only as places,
standards, schemes, certifications and products (e.g. Europass, GS grades, NYSC, NIST SP 800-53, CEFR levels,
Epic, SAP, TOTVS Protheus, Kubernetes, Figma).
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
TAG = "fresh14"
buildkit.TAG = TAG

FORMATS = {"resumes": {"pdf": 8, "docx": 7, "txt": 5, "md": 4},
           "jds": {"txt": 3, "md": 3, "docx": 3, "pdf": 3}}


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def runs_pdf(c, x, y, parts, color=BLACK):
    """Draw (text, font, size) pieces one after another on one baseline; return the x after the last."""
    for s, font, size in parts:
        text(c, s, x, y, font, size, color)
        x += sw(s, font, size)
    return x


def grid_cells(c, x, y, items, cols, col_w, font="Sans", size=8.5, lead=12, mark="•", color=BLACK):
    """A bullet grid: items filled row by row into `cols` columns; return the y under it."""
    rows = [items[i:i + cols] for i in range(0, len(items), cols)]
    for row in rows:
        y -= lead
        for k, it in enumerate(row):
            xx = x + k * col_w
            text(c, mark, xx, y, font, size, color)
            text(c, it, xx + 9, y, font, size, color)
    return y


# =========================================================================================================
# reportlab resumes
# =========================================================================================================
def r01_marisol_quintanilla_hart(path):
    """US one-column resume: 'Title, Company - City, ST' lines with the dates at the right margin."""
    c = new_canvas(path, letter, "Marisol Quintanilla-Hart Resume", "Marisol Quintanilla-Hart", "Microsoft Word")
    L, W = 54, 504
    navy = HexColor("#1d3557")
    text(c, "Marisol Quintanilla-Hart", L + W / 2, 742, "Times-B", 20, navy, "c")
    text(c, "Boise, ID  •  (208) 555-0164  •  marisol.qh@example.com  •  linkedin.com/in/marisol-qh-example",
         L + W / 2, 726, "Times", 9.5, BLACK, "c")
    f = Flow(c, L, W, 712, bottom=50)

    def sec(s):
        f.gap(8)
        f.line(s, font="Times-B", size=11, color=navy, after=2)
        hline(c, L, L + W, f.y + 0.5, navy, 0.8)
        f.gap(4)

    def job(title, rest, dates, items):
        f.room(16)
        f.y -= 10.5
        runs_pdf(c, L, f.y, [(title, "Times-B", 10.5), (", " + rest, "Times", 10.5)])
        text(c, dates, L + W, f.y, "Times-I", 10.5, BLACK, "r")
        f.y -= 3
        f.bullets(items, font="Times", size=10, indent=12, gap=1)
        f.gap(3)

    sec("SUMMARY")
    f.para("Data analyst with six years of experience turning messy retail and insurance data into decisions. "
           "Comfortable from the warehouse table to the executive slide; known for forecasts that come with "
           "honest error bars.", font="Times", size=10)
    sec("EXPERIENCE")
    job("Senior Data Analyst", "Brightwater Outfitters - Boise, ID", "Jun 2021 – Present", [
        "Lead analyst for merchandising and supply; built the weekly demand forecast used to place $40M of orders.",
        "Moved 120 legacy reports to dbt models on Snowflake and retired the old SQL Server reporting box.",
        "Designed the loyalty-programme A/B test framework; 14 tests run in the first year."])
    job("Data Analyst", "Brightwater Outfitters - Boise, ID", "Aug 2019 – May 2021", [
        "Built store-performance dashboards in Tableau used by 38 store managers every Monday.",
        "Automated the returns-fraud report, saving the loss-prevention team a day a week."])
    job("Business Intelligence Intern", "Sagebrush Mutual Insurance - Pocatello, ID", "May 2018 – Aug 2018", [
        "Profiled claims data for a new Power BI model; documented 60 source fields for the data dictionary."])
    job("Statistics Tutor", "Caldera State University - Pocatello, ID", "Sep 2017 – May 2019", [
        "Tutored introductory statistics and R for about 25 students a week in the Math Learning Center."])
    sec("SKILLS")
    for lab, val in (("Languages", "SQL, Python, R"),
                     ("BI & Visualization", "Tableau, Power BI, Looker Studio"),
                     ("Data Stack", "dbt, Snowflake, Airflow, Fivetran"),
                     ("Methods", "A/B testing, cohort analysis, demand forecasting")):
        f.y -= 10
        runs_pdf(c, L, f.y, [(lab + ": ", "Times-B", 10), (val, "Times", 10)])
        f.y -= 3
    sec("PROJECTS")
    for name, tech, dates, desc in (
            ("Trailhead Index", "Python, Streamlit", "2023",
             "A public dashboard ranking Idaho trailheads by weekend crowding, from parking-lot counts."),
            ("Snowpack Watch", "R, Shiny", "2021",
             "Daily snow-water-equivalent charts for the Boise River basin from open telemetry data.")):
        f.y -= 10.5
        runs_pdf(c, L, f.y, [(name, "Times-B", 10.5), (" | " + tech, "Times-I", 10)])
        text(c, dates, L + W, f.y, "Times-I", 10.5, BLACK, "r")
        f.y -= 3
        f.bullets([desc], font="Times", size=10, indent=12, gap=1)
        f.gap(2)
    sec("EDUCATION")
    f.y -= 10.5
    runs_pdf(c, L, f.y, [("B.S. Statistics", "Times-B", 10.5), (", Caldera State University - Pocatello, ID",
                                                                 "Times", 10.5)])
    text(c, "May 2019", L + W, f.y, "Times-I", 10.5, BLACK, "r")
    f.y -= 3
    f.bullets(["Minor in Computer Science; GPA 3.7; Dean's List six semesters."], font="Times", size=10, indent=12)
    c.save()


def r05_ruby_tane_whitfield(path):
    """Two-column PDF: a shaded left sidebar (contact, skills, languages, certifications) drawn first, then the
    main column (profile, experience, education)."""
    c = new_canvas(path, A4, "Ruby Tane-Whitfield CV", "Ruby Tane-Whitfield", "Canva")
    side = HexColor("#24443f")
    mint = HexColor("#cfe8e0")
    box(c, 0, 0, 190, 842, fill=side)
    # sidebar
    y = 770
    c.setFillColor(mint)
    c.circle(95, 790, 34, fill=1, stroke=0)
    text(c, "RTW", 95, 784, "Sans-B", 16, side, "c")
    y = 730

    def stitle(s, y):
        text(c, s, 22, y, "Sans-B", 10, mint)
        hline(c, 22, 168, y - 4, mint, 0.6)
        return y - 18

    y = stitle("CONTACT", y)
    for s in ("Wellington, New Zealand", "+64 21 555 0187", "ruby.tw@example.co.nz", "ruby-tw.example.nz"):
        text(c, s, 22, y, "Sans", 8.5, WHITE)
        y -= 13
    y -= 10
    y = stitle("SKILLS", y)
    for s in ("Brand strategy", "Campaign planning", "HubSpot", "Google Analytics 4", "Meta Ads Manager", "Canva",
              "Copywriting", "Budget management", "Market research"):
        text(c, "•", 22, y, "Sans", 8.5, mint)
        text(c, s, 32, y, "Sans", 8.5, WHITE)
        y -= 13
    y -= 10
    y = stitle("LANGUAGES", y)
    for s in ("English (native)", "te reo Māori (conversational)"):
        text(c, s, 22, y, "Sans", 8.5, WHITE)
        y -= 13
    y -= 10
    y = stitle("CERTIFICATIONS", y)
    for s in ("HubSpot Inbound Marketing, 2022", "Google Analytics", "Certification, 2021"):
        text(c, s, 22, y, "Sans", 8.5, WHITE)
        y -= 13
    y -= 10
    y = stitle("INTERESTS", y)
    for s in ("Waka ama paddling", "Community radio", "Sourdough"):
        text(c, s, 22, y, "Sans", 8.5, WHITE)
        y -= 13
    # main column
    X, W = 215, 345
    text(c, "Ruby Aroha Tane-Whitfield", X, 792, "Sans-B", 20, side)
    text(c, "Marketing Manager  ·  food & beverage brands", X, 774, "Sans", 10.5, HexColor("#4a7a70"))
    f = Flow(c, X, W, 750, bottom=40)

    def sec(s):
        f.gap(8)
        f.line(s, font="Sans-B", size=11, color=side, after=2)
        hline(c, X, X + W, f.y + 1, side, 1.2)
        f.gap(5)

    sec("PROFILE")
    f.para("Marketing manager with nine years across tea, wine and books. I build brands that small teams can "
           "actually run: clear positioning, sensible budgets and campaigns measured by sales, not likes.",
           size=9, lead=12.5)
    sec("EXPERIENCE")
    for title, comp, dates, items in (
            ("Marketing Manager", "Kōwhai Tea Company · Wellington", "Sept 2019 – Present", [
                "Lead a team of four and a NZ$1.2M budget across retail, online and export marketing.",
                "Relaunched the core range with new packaging; supermarket sales up 22% in the first year.",
                "Built the first CRM programme in HubSpot (58k subscribers, 31% open rate)."]),
            ("Senior Marketing Coordinator", "Harbourglass Wines · Nelson", "Jan 2017 – Aug 2019", [
                "Ran cellar-door events and the wine club; club membership grew from 900 to 2,300.",
                "Managed export marketing material for distributors in Australia and Japan."]),
            ("Marketing Assistant", "Tūī Street Books · Auckland", "Feb 2015 – Dec 2016", [
                "Organised 40 author events a year and the shop's weekly newsletter."])):
        f.room(30)
        f.y -= 10
        text(c, title, X, f.y, "Sans-B", 10, BLACK)
        text(c, dates, X + W, f.y, "Sans", 8.5, HexColor("#4a7a70"), "r")
        f.y -= 12
        text(c, comp, X, f.y, "Sans-I", 9, HexColor("#333333"))
        f.y -= 4
        f.bullets(items, size=8.8, indent=10, gap=1.2)
        f.gap(5)
    sec("EDUCATION")
    f.y -= 10
    text(c, "Bachelor of Communication (Marketing)", X, f.y, "Sans-B", 10)
    text(c, "2011 – 2014", X + W, f.y, "Sans", 8.5, HexColor("#4a7a70"), "r")
    f.y -= 12
    text(c, "Rangitoto University · Auckland", X, f.y, "Sans-I", 9, HexColor("#333333"))
    c.save()


def r10_priya_raman_castellanos(path):
    """Consultant resume: one employer with two titles (promotion) and client engagements listed under it."""
    c = new_canvas(path, letter, "Priya Raman Castellanos - Resume", "Priya Raman Castellanos", "Microsoft Word")
    L, W = 50, 512
    teal = HexColor("#0b5563")
    text(c, "PRIYA RAMAN CASTELLANOS", L, 740, "Arial-B", 18, teal)
    text(c, "Chicago, IL  |  (312) 555-0139", L + W, 746, "Arial", 9, BLACK, "r")
    text(c, "priya.rc@example.com  |  linkedin.com/in/priya-rc-example", L + W, 734, "Arial", 9, BLACK, "r")
    hline(c, L, L + W, 726, teal, 2)
    f = Flow(c, L, W, 716, bottom=48)

    def sec(s):
        f.gap(8)
        f.line(s, font="Arial-B", size=10.5, color=teal, after=2)
        hline(c, L, L + W, f.y + 1, teal, 0.6)
        f.gap(4)

    sec("PROFILE")
    f.para("Supply chain consultant with ten years of experience in retail, healthcare and manufacturing networks. I "
           "lead analytics-heavy engagements from the first data request to the operating change on the warehouse "
           "floor, and I coach the teams who keep the models running after we leave.", font="Arial", size=9.5)
    sec("PROFESSIONAL EXPERIENCE")

    def firm(name, place, dates):
        f.room(30)
        f.y -= 11
        text(c, name, L, f.y, "Arial-B", 10.5)
        text(c, place + "  |  " + dates, L + W, f.y, "Arial-B", 9.5, BLACK, "r")
        f.y -= 4

    def title(t, d):
        f.y -= 11
        text(c, t, L, f.y, "Arial-I", 10)
        text(c, d, L + W, f.y, "Arial-I", 9.5, BLACK, "r")
        f.y -= 3

    firm("Halyard & Stone Consulting LLP", "Chicago, IL", "Jul 2017 – Present")
    title("Manager", "Jan 2021 – Present")
    title("Senior Consultant", "Jul 2017 – Dec 2020")
    f.gap(3)
    f.para("Selected client engagements", font="Arial-B", size=9, color=teal, after=1)
    f.bullets([
        "Prairie Basket Grocers Cooperative (420 stores) — Engagement manager. Rebuilt store replenishment "
        "parameters with a team of six; inventory down 11% with in-stock rates held at 97.5%.",
        "Lakeshore Health System — Supply network redesign for 14 hospitals; consolidated three distribution "
        "centres into one, saving $6.8M a year.",
        "Maumee Valley Plastics — Designed the monthly S&OP process and the Tableau pack that supports it.",
        "Great Lakes Hardware Supply — Warehouse slotting study in Alteryx; picker travel down 18%.",
    ], font="Arial", size=9.3, indent=12, gap=1.5)
    f.para("Firm contributions: co-lead of the supply chain analytics practice (35 people); designed the "
           "analyst bootcamp used for all new hires since 2022.", font="Arial", size=9.3, after=4)
    firm("Prairie Line Railroad Supply Co.", "Joliet, IL", "Jun 2014 – Jun 2017")
    title("Business Analyst", "Jun 2014 – Jun 2017")
    f.bullets([
        "Built the parts-demand forecast for 22,000 SKUs; stockouts on critical parts fell by a third.",
        "Automated the weekly supplier scorecard in SQL and Excel."], font="Arial", size=9.3, indent=12)
    sec("CORE COMPETENCIES & TOOLS")
    y = grid_cells(c, L, f.y, ["Supply chain analytics", "Network optimization", "S&OP design", "Python", "SQL",
                               "Alteryx", "Tableau", "Excel modeling", "Stakeholder workshops"],
                   3, W / 3, "Arial", 9.3, 13, "▪", BLACK)
    f.y = y - 4
    sec("EDUCATION")
    for deg, school, yr in (("MBA (Operations concentration)", "Calumet Graduate School of Management", "2017"),
                            ("B.S. Industrial Engineering", "Wabash Valley University", "2014")):
        f.y -= 11
        runs_pdf(c, L, f.y, [(school, "Arial-B", 10), (" — " + deg, "Arial", 10)])
        text(c, yr, L + W, f.y, "Arial", 9.5, BLACK, "r")
        f.y -= 3
    sec("CERTIFICATIONS & SPEAKING")
    f.para("APICS CSCP (2019). Speaker, Midwest Supply Chain Forum 2023: \"Replenishment models that store "
           "managers trust\".", font="Arial", size=9.3)
    c.save()


def r16_friederike_vossberg(path):
    """German tabular CV (Lebenslauf) in English: a date column on the left, photo box, personal data, skills
    table with level words, place / date / signature line."""
    c = new_canvas(path, A4, "Lebenslauf Friederike Vossberg", "Friederike Vossberg", "Microsoft Word")
    L, DX, R = 56, 170, 540
    grey = HexColor("#555555")
    text(c, "Curriculum Vitae", L, 780, "Arial-B", 20)
    text(c, "Friederike Vossberg", L, 756, "Arial", 14)
    box(c, 455, 700, 85, 105, fill=HexColor("#e6e6e6"), stroke=HexColor("#999999"))
    text(c, "photo", 497, 748, "Arial-I", 8, grey, "c")
    f = Flow(c, L, R - L, 730, bottom=50)

    def sec(s):
        f.gap(10)
        f.line(s, font="Arial-B", size=11.5, after=2)
        hline(c, L, R, f.y + 1, BLACK, 0.8)
        f.gap(6)

    def row(left, first, rest=(), bold=True, items=()):
        f.room(26)
        f.y -= 10
        text(c, left, L, f.y, "Arial", 9.5, grey)
        text(c, first, DX, f.y, "Arial-B" if bold else "Arial", 10)
        for s in rest:
            f.y -= 12.5
            text(c, s, DX, f.y, "Arial", 9.5)
        f.y -= 3
        if items:
            keep = f.x, f.w
            f.x, f.w = DX, R - DX
            f.bullets(items, font="Arial", size=9, indent=9, mark="–", gap=1)
            f.x, f.w = keep
        f.gap(5)

    sec("Personal Details")
    for k, v in (("Address", "Lindenhofstraße 27, 68163 Mannheim"), ("Phone", "+49 176 5550 2231"),
                 ("E-mail", "f.vossberg@example.de"), ("Date of birth", "14 March 1992 in Heidelberg"),
                 ("Nationality", "German"), ("Marital status", "single")):
        f.y -= 10
        text(c, k, L, f.y, "Arial", 9.5, grey)
        text(c, v, DX, f.y, "Arial", 9.5)
        f.y -= 3
    sec("Professional Experience")
    row("since 04/2020", "Team Lead Embedded Software", ["Rheinauer Antriebstechnik GmbH, Mannheim"], items=[
        "Lead a team of seven developing motor-control firmware for industrial servo drives (C, FreeRTOS).",
        "Introduced hardware-in-the-loop tests in CI; field returns for firmware faults down 40%.",
        "Responsible for functional-safety work packages under IEC 61800-5-2 together with the safety manager."])
    row("10/2016 – 03/2020", "Embedded Software Engineer", ["Altmühl Sensorik AG, Ingolstadt"], items=[
        "Developed AUTOSAR Classic basic-software modules and CAN FD diagnostics for radar sensors.",
        "Ported the bootloader to a new microcontroller family; owner of the flashing toolchain (Python)."])
    row("09/2013 – 09/2016", "Working Student, Firmware Development", ["Neckarwerk Elektronik GmbH, Heilbronn"],
        items=["Part-time (20 h/week) alongside my studies: test firmware for battery-management boards."])
    sec("Education")
    row("10/2014 – 09/2016", "M.Sc. Electrical Engineering",
        ["Neckartal University of Applied Sciences, Heilbronn",
         "Thesis: Model-based current control for PMSM drives (grade 1.3)"])
    row("10/2010 – 09/2014", "B.Eng. Electrical Engineering", ["Neckartal University of Applied Sciences, Heilbronn"])
    row("06/2010", "Abitur", ["Kurpfalz-Gymnasium Heidelberg"], bold=False)
    sec("IT Skills")
    skills = [("C", "very good"), ("C++", "very good"), ("Embedded Linux", "good"), ("FreeRTOS", "very good"),
              ("AUTOSAR Classic", "good"), ("CAN FD", "very good"), ("Python", "good"), ("MATLAB/Simulink", "basic")]
    y = f.y
    text(c, "Programming & tools", L, y - 13, "Arial", 9.5, grey)
    for i, (s, lvl) in enumerate(skills):
        col = i % 2
        if col == 0:
            y -= 13
        x = DX + col * 185
        text(c, s, x, y, "Arial", 9.5)
        text(c, lvl, x + 170, y, "Arial-I", 9, grey, "r")
    f.y = y - 4
    sec("Languages")
    for k, v in (("German", "native"), ("English", "fluent (C1)"), ("French", "intermediate (B1)")):
        f.y -= 10
        text(c, k, L, f.y, "Arial", 9.5, grey)
        text(c, v, DX, f.y, "Arial", 9.5)
        f.y -= 3
    f.gap(26)
    text(c, "Mannheim, 12 May 2024", L, f.y, "Arial", 9.5)
    c.setFont("Times-I", 16)
    text(c, "F. Vossberg", DX + 80, f.y + 2, "Times-I", 16, HexColor("#1a3d7c"))
    hline(c, DX + 70, DX + 200, f.y - 3, grey, 0.4)
    c.save()


def r23_lachlan_tuilagi_morrison(path):
    """Two-column PDF with the sidebar on the right: 'Company | City | dates' lines under the titles, selected
    projects, a skills sidebar with two groups, tickets and referees."""
    c = new_canvas(path, A4, "Lachlan Tuilagi-Morrison - CV", "Lachlan Tuilagi-Morrison", "Adobe InDesign")
    ochre = HexColor("#b5651d")
    dark = HexColor("#2b2b2b")
    box(c, 0, 762, 595, 80, fill=dark)
    text(c, "Lachlan Tuilagi-Morrison", 40, 806, "Sans-B", 21, WHITE)
    text(c, "Civil project engineer · roads, bridges and drainage · Brisbane, QLD", 40, 786, "Sans", 9.5,
         HexColor("#f0d9c0"))
    SX, SW = 402, 158
    box(c, SX - 12, 0, 595 - SX + 12, 762, fill=HexColor("#f4efe9"))
    X, W = 40, 335
    f = Flow(c, X, W, 740, bottom=40)

    def sec(fl, s, x, w):
        fl.gap(8)
        fl.line(s.upper(), font="Sans-B", size=10, color=ochre, after=2)
        hline(c, x, x + w, fl.y + 1, ochre, 0.8)
        fl.gap(4)

    sec(f, "Profile", X, W)
    f.para("Chartered-track civil engineer with nine years delivering road, bridge and drainage works for councils "
           "and the state. I look after the contract, the programme and the people, and I like handing over a job "
           "with a clean defects list.", size=8.8, lead=12)
    sec(f, "Experience", X, W)
    for title, line, items in (
            ("Senior Project Engineer", "Moreton Bay Civil Pty Ltd | Brisbane, QLD | Feb 2020 – Current", [
                "Project engineer for a $86M interchange upgrade: contract administration, claims and variations.",
                "Manage 14 subcontractors and a site team of 30; zero lost-time injuries across 600 days.",
                "Introduced digital ITPs in Aconex, halving the time to close out lots."]),
            ("Project Engineer", "Darling Downs Earthworks Pty Ltd | Toowoomba, QLD | Nov 2016 – Jan 2020", [
                "Delivered six council road and drainage contracts between $2M and $15M.",
                "Prepared monthly cost reports and forecasts; all projects finished within 3% of budget."]),
            ("Graduate Engineer", "Darling Downs Earthworks Pty Ltd | Toowoomba, QLD | Feb 2015 – Oct 2016", [
                "Set-out, quality testing and as-constructed records; 12d Model design of minor drainage."])):
        f.room(30)
        f.y -= 10
        text(c, title, X, f.y, "Sans-B", 10, dark)
        f.y -= 12
        text(c, line, X, f.y, "Sans", 8.3, ochre)
        f.y -= 4
        f.bullets(items, size=8.5, indent=10, gap=1)
        f.gap(4)
    sec(f, "Selected projects", X, W)
    for name, note in (("Bald Hills Interchange Upgrade", "$86M · Moreton Bay Civil · 2021–2023"),
                       ("Lockyer Creek Bridge Replacement", "$14M · Darling Downs Earthworks · 2019"),
                       ("Pine Rivers Trunk Sewer Stage 2", "$9M · Moreton Bay Civil · 2020")):
        f.y -= 10
        runs_pdf(c, X, f.y, [(name, "Sans-B", 8.8), ("  —  " + note, "Sans", 8.5)])
        f.y -= 3
    sec(f, "Education", X, W)
    f.y -= 10
    text(c, "Bachelor of Engineering (Civil) (Honours)", X, f.y, "Sans-B", 9.5)
    f.y -= 12
    text(c, "Brigalow University, Toowoomba · 2011 – 2014", X, f.y, "Sans", 8.8)
    # sidebar
    g = Flow(c, SX, SW, 740, bottom=40)
    sec(g, "Contact", SX, SW)
    for s in ("0412 555 086", "lachlan.tm@example.com.au", "New Farm, Brisbane QLD"):
        g.line(s, size=8.3, after=3)
    sec(g, "Skills", SX, SW)
    g.line("Technical", font="Sans-B", size=8.5, after=2)
    g.bullets(["Contract administration", "Earthworks & drainage", "Quality assurance (ITPs)",
               "Subcontractor management", "Cost reporting", "Safety in design"], size=8.3, indent=9, gap=1)
    g.gap(3)
    g.line("Software", font="Sans-B", size=8.5, after=2)
    g.bullets(["12d Model", "AutoCAD Civil 3D", "Aconex", "MS Project"], size=8.3, indent=9, gap=1)
    sec(g, "Tickets & licences", SX, SW)
    g.bullets(["General construction induction (White Card)", "HR driver licence", "Provide First Aid",
               "RPEQ application lodged 2024"], size=8.3, indent=9, gap=1)
    sec(g, "Memberships", SX, SW)
    g.para("Engineers Australia (MIEAust)", size=8.3)
    sec(g, "Referees", SX, SW)
    g.para("Dana Whitlock, Project Director, Moreton Bay Civil — 0400 555 271", size=8.3, after=4)
    g.para("Grant Pemberton, Construction Manager, Darling Downs Earthworks — 0428 555 903", size=8.3)
    c.save()


# =========================================================================================================
# python-docx resumes
# =========================================================================================================
def tabline(d, parts, right="", stop=17.0, rb=False, ri=False, size=None, after=0, before=None, color=None,
            rcolor=None, leader=None):
    """One paragraph: (text, bold, italic) parts on the left, then a right tab stop with `right`."""
    p = P(d, after=after, before=before)
    tabs(p, (stop, "r", leader) if leader else (stop, "r"))
    for s, b, i in parts:
        run(p, s, b=b, i=i, size=size, color=color)
    if right:
        run(p, "\t" + right, b=rb, i=ri, size=size, color=rcolor or color)
    return p


def r03_callum_ogilvie_brandt(path):
    """A company heading with several roles under it (promotions), each with its own dates at the right."""
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "Callum Ogilvie-Brandt, ACMA", b=True, size=20, color="1F3864", after=0)
    P(d, "Financial planning & analysis lead  ·  Leeds, West Yorkshire  ·  07700 900 418  ·  "
         "callum.ob@example.co.uk", size=9, color="555555", after=4)
    heading(d, "Profile")
    P(d, "Chartered management accountant with thirteen years in financial services and logistics, ten of them at "
         "one building society, where I moved from analyst to running planning and forecasting for the whole "
         "business. I build forecasts people trust and explain them without jargon.", after=4)
    heading(d, "Career history")
    tabline(d, [("Haldane & Rooke Building Society, Leeds", True, False)], "2014 – present", rb=True, size=11,
            before=4, color="1F3864")
    P(d, "A mutual building society with £9bn of assets and 70 branches across the North of England.", i=True,
      size=9, color="555555", after=3)
    tabline(d, [("Head of Financial Planning & Analysis", True, False)], "Jan 2022 – present", ri=True, before=2)
    bullets(d, ["Lead a team of nine; own the five-year plan, the annual budget and the monthly reforecast.",
                "Moved planning from 40 linked spreadsheets to Anaplan; the budget cycle shortened from 14 weeks to 8.",
                "Present the forecast to the board's audit and risk committee each quarter."])
    tabline(d, [("Senior FP&A Analyst", True, False)], "Apr 2018 – Dec 2021", ri=True, before=4)
    bullets(d, ["Built the net-interest-margin model used in pricing decisions for mortgages and savings.",
                "Led the cost-allocation review that reshaped the branch network business case."])
    tabline(d, [("Financial Analyst", True, False)], "Sep 2014 – Mar 2018", ri=True, before=4)
    bullets(d, ["Monthly management accounts for the mortgage division; variance commentary for the executive."])
    tabline(d, [("Kirkstall Freight Holdings plc, Bradford", True, False)], "2011 – 2014", rb=True, size=11,
            before=8, color="1F3864")
    tabline(d, [("Graduate Management Accountant", True, False)], "Sep 2011 – Aug 2014", ri=True, before=2)
    bullets(d, ["Rotations in depot costing, group reporting and treasury; CIMA studies sponsored by the company.",
                "Built the depot profitability report used to close two loss-making sites."])
    heading(d, "Skills")
    P(d, "Excel & VBA (expert)  ·  Power BI (advanced)  ·  SQL (intermediate)  ·  Anaplan (advanced)  ·  "
         "SAP S/4HANA (working knowledge)  ·  Python (beginner)", after=4)
    heading(d, "Education & qualifications")
    P(d, "BSc (Hons) Accounting and Finance — University of Wharfedale, 2011", after=1)
    P(d, "CIMA Chartered Management Accountant (ACMA, CGMA), 2015", after=4)
    heading(d, "Outside work")
    P(d, "Treasurer of Meanwood Valley Harriers running club; school governor since 2019.")
    docx_save(d, path, "Callum Ogilvie-Brandt")


def r07_teresa_villalobos_grant(path):
    """DOCX whose experience, skills and education are ruled tables (Dates | Employer | Position)."""
    d = docx_new("Calibri", 10.5, margins=(1.6, 1.6, 1.8, 1.8))
    P(d, "Teresa Villalobos-Grant", b=True, size=22, color="2E4A62", after=0)
    P(d, "Clinical Systems Analyst  |  Santa Fe, NM  |  (505) 555-0126  |  teresa.vg@example.com", size=9.5,
      color="555555", after=6)
    heading(d, "Summary", color="2E4A62")
    P(d, "Clinical systems analyst with ten years in healthcare, from medical records to EHR build. Bridges "
         "clinicians and IT: I speak both and translate patiently.", after=4)
    heading(d, "Professional Experience", color="2E4A62")
    bd = dict(val="single", color="9DB6C9", sz=4)
    t = new_table(d, 4, 3, [3.0, 4.6, 10.2], borders=bd)
    for j, h in enumerate(("Dates", "Employer", "Position")):
        cell(t.cell(0, j), h, b=True, fill="DCE6F0")
    rows = (("10/2020 – present", "Mesa Verde Regional Health", "Santa Fe, NM", "Clinical Systems Analyst", [
        "Build and maintain Epic ambulatory and ClinDoc workflows for 46 clinics and two hospitals.",
        "Led the nursing flowsheet redesign; documentation time per shift down 22 minutes.",
        "Write Clarity reports in SQL for quality and regulatory submissions."]),
            ("06/2016 – 09/2020", "Sandia Crest Medical Group", "Albuquerque, NM", "EHR Support Specialist", [
                "Tier-2 support for 600 EHR users; trained 150 staff at go-live of the Cerner Millennium upgrade.",
                "Maintained HL7 v2 interface monitoring with the integration team."]),
            ("08/2014 – 05/2016", "Rio Puerco Family Clinic", "Belen, NM", "Medical Records Coordinator", [
                "Release-of-information and chart abstraction; led the scanning backlog project (40,000 charts)."]))
    for i, (dates, emp, place, title, items) in enumerate(rows, 1):
        cell(t.cell(i, 0), dates, size=9.5)
        cell(t.cell(i, 1), emp, b=True)
        cell_add(t.cell(i, 1), place, i=True, size=9.5)
        cell(t.cell(i, 2), title, b=True)
        cell_bullets(t.cell(i, 2), items, size=9.5)
    heading(d, "Skills", color="2E4A62")
    t = new_table(d, 5, 2, [4.0, 13.8], borders=bd)
    for j, h in enumerate(("Category", "Skills")):
        cell(t.cell(0, j), h, b=True, fill="DCE6F0")
    for i, (k, v) in enumerate((("EHR platforms", "Epic (Ambulatory, ClinDoc), Cerner Millennium"),
                                ("Reporting", "SQL, Epic Clarity, Crystal Reports"),
                                ("Interoperability", "HL7 v2, FHIR"),
                                ("Office & process", "Excel, Visio, Lean process mapping")), 1):
        cell(t.cell(i, 0), k, b=True)
        cell(t.cell(i, 1), v)
    heading(d, "Education", color="2E4A62")
    t = new_table(d, 2, 3, [7.0, 8.0, 2.8], borders=bd)
    for j, h in enumerate(("Degree", "School", "Year")):
        cell(t.cell(0, j), h, b=True, fill="DCE6F0")
    cell(t.cell(1, 0), "B.S. Health Information Management")
    cell(t.cell(1, 1), "Llano Estacado University, Lubbock, TX")
    cell(t.cell(1, 2), "2014")
    heading(d, "Certifications", color="2E4A62")
    P(d, "Epic Ambulatory Certified (2019)  ·  Registered Health Information Administrator (RHIA), 2015")
    docx_save(d, path, "Teresa Villalobos-Grant")


def r09_helena_marchetti(path):
    """Academic CV: appointments with department and university on one line, visiting position, grants,
    publications, teaching, supervision, service and a research-methods list."""
    d = docx_new("Times New Roman", 11, margins=(2.2, 2.2, 2.4, 2.4), after=2)

    def dated(when, s, after=2, i=False):
        p = P(d, after=after, indent=3.0, first=-3.0)
        tabs(p, (3.0, "l"))
        run(p, when + "\t")
        run(p, s, i=i)
        return p

    def sec(s):
        p = P(d, before=10, after=3, keep=True)
        run(p, s.upper(), b=True, size=11)
        pborder(p, "bottom", "000000", 4, 1)

    P(d, "Dr Helena Ruth Marchetti", b=True, size=17, align="c", after=0)
    P(d, "Associate Professor of Environmental Economics", i=True, align="c", after=0)
    P(d, "Department of Economics, Eastmarch University, Wivenhoe Road, Colchester CO4 3XX, UK", size=10,
      align="c", after=0)
    P(d, "h.marchetti@eastmarch.example.ac.uk  ·  ORCID 0000-0002-5555-0193  ·  helenamarchetti.example.org",
      size=10, align="c", after=6)
    sec("Academic appointments")
    dated("2021–present", "Associate Professor, Department of Economics, Eastmarch University, Colchester, UK")
    dated("2017–2021", "Lecturer in Environmental Economics, Department of Economics, Eastmarch University, "
                       "Colchester, UK")
    dated("2015–2017", "Postdoctoral Research Fellow, Institute for Water Governance, Hollandse Delta University, "
                       "Rotterdam, the Netherlands")
    sec("Visiting positions")
    dated("Sep–Dec 2019", "Visiting Scholar, Centre for Resource Policy, Mount Alder University, Vancouver, Canada")
    sec("Education")
    dated("2015", "PhD in Economics, Tarnbrook University. Thesis: Valuing wetlands under uncertainty: three "
                  "essays. Supervisors: Prof. Ian Rowntree, Dr Mei Okafor.")
    dated("2010", "MSc Environmental and Resource Economics, Kingsmere College London (Distinction)")
    dated("2009", "BA (Hons) Economics, Tarnbrook University (First Class)")
    sec("Research grants")
    dated("2022–2025", "Principal Investigator, \u201cPricing Peat: incentives for upland restoration\u201d, "
                       "Fenwright Foundation, £412,000.")
    dated("2019–2021", "Co-Investigator, \u201cFloodplain payments in the Stour catchment\u201d, Eastmarch "
                       "University Impact Fund, £48,500.")
    sec("Selected publications")
    for s in ("Marchetti, H. R. and Okafor, M. (2023). Paying for peat: a choice experiment with upland farmers. "
              "Ecological Valuation Review, 41(2), 133–158.",
              "Marchetti, H. R. (2021). Who pays for flood storage? Evidence from English floodplains. Water "
              "Policy Letters, 18(4), 501–522.",
              "de Vries, J., Marchetti, H. R. and Bakker, S. (2017). Delta governance and the value of "
              "uncertainty. Journal of Delta Studies, 9(1), 12–37."):
        P(d, s, size=10.5, indent=0.8, first=-0.8, after=3)
    sec("Teaching")
    P(d, "Environmental Economics (UG, 180 students, module lead since 2018); Cost–Benefit Analysis (MSc); "
         "Econometrics II (UG, seminars).", after=2)
    sec("Doctoral supervision")
    P(d, "Primary supervisor of four PhD students (two completed, 2022 and 2024).", after=2)
    sec("Service")
    P(d, "Director of Postgraduate Research, Department of Economics (2022–present); reviewer for six journals; "
         "member of the county flood partnership's economics panel.", after=2)
    sec("Research methods & software")
    P(d, "Discrete choice experiments; Contingent valuation; Hedonic pricing; Stata; R; Python; QGIS", after=2)
    docx_save(d, path, "Helena Marchetti")


def r11_andre_whitfield(path):
    """Military-to-civilian transition resume: civilian role first, then MILITARY EXPERIENCE with ranks and pay
    grades in brackets after the civilian-language titles; core competencies as a shaded 3x3 grid."""
    d = docx_new("Calibri", 10.5, margins=(1.5, 1.5, 1.8, 1.8))
    P(d, "ANDRE L. WHITFIELD", b=True, size=22, align="c", color="17365D", after=0)
    P(d, "Operations & Logistics Leader  |  Military Veteran  |  Tacoma, WA  |  (253) 555-0192  |  "
         "andre.whitfield@example.com", size=9.5, align="c", after=6)
    heading(d, "SUMMARY", color="17365D")
    P(d, "Operations leader with 15 years of experience running warehouses, fleets and supply teams of up to 45 "
         "people. Twelve years of military logistics service, now applying the same discipline to regional "
         "freight. Translates readiness metrics into on-time, in-full delivery.", after=4)
    heading(d, "CORE COMPETENCIES", color="17365D")
    t = new_table(d, 3, 3, [5.9, 5.9, 5.9], borders=dict(val="single", color="FFFFFF", sz=8))
    comp = ["Fleet & freight operations", "Inventory control", "Warehouse management systems", "SAP MM",
            "OSHA compliance", "Budget management", "Team leadership", "Excel", "Hazmat shipping"]
    for k, s in enumerate(comp):
        cell(t.cell(k // 3, k % 3), s, fill="E8EEF5", align="c")
    heading(d, "PROFESSIONAL EXPERIENCE", color="17365D")
    tabline(d, [("Operations Manager", True, False)], "Aug 2021 – Present", rb=True, size=11, before=2)
    P(d, "Cascade Freightways Inc. — Tacoma, WA", i=True, after=2)
    bullets(d, ["Run a 24/7 cross-dock and a fleet of 62 tractors; on-time delivery up from 91% to 97%.",
                "Cut overtime by 18% by rebuilding the shift pattern with the drivers' union stewards.",
                "Led the warehouse management system roll-out across two sites."])
    heading(d, "MILITARY EXPERIENCE", color="17365D")
    for title, rank, dates, unit, items in (
            ("Senior Logistics Supervisor", "Sergeant First Class, E-7", "Jun 2017 – Jul 2021",
             "Redcliff Sustainment Brigade — Killeen, TX", [
                 "Directed supply and transportation for a 4,200-person brigade; accountable for $310M of equipment.",
                 "Zero losses in three consecutive command inspections; led 45 soldiers and civilians."]),
            ("Supply Operations Specialist", "Staff Sergeant, E-6", "Mar 2013 – May 2017",
             "Redcliff Sustainment Brigade — Killeen, TX", [
                 "Ran the brigade's central warehouse (9,000 line items) and its SAP-based ordering.",
                 "Planned rail and road movement for two overseas deployments."]),
            ("Unit Supply Specialist", "Sergeant, E-5", "Jan 2009 – Feb 2013",
             "Blackthorn Engineer Battalion — Baumholder, Germany", [
                 "Managed property books and hazmat storage for a 600-person battalion."])):
        tabline(d, [(title, True, False), (" (" + rank + ")", False, False)], dates, rb=True, size=11, before=4)
        P(d, unit, i=True, after=2)
        bullets(d, items)
    heading(d, "EDUCATION & TRAINING", color="17365D")
    P(d, "B.S. Business Administration (Supply Chain Management) — Puget Crossing University, 2020", after=1)
    P(d, "Senior Leader Course (military leadership school), 2016  ·  Lean Six Sigma Green Belt, 2019", after=4)
    heading(d, "CLEARANCE", color="17365D")
    P(d, "Secret (inactive, eligible for reinstatement)")
    docx_save(d, path, "Andre Whitfield")


def r14_karthikeyan_iyer(path):
    """Indian QA resume: PROFILE SNAPSHOT table, 'Since Jun'22 with Company, City as Title' lines, IT SKILLS table,
    PROJECTS HANDLED, an education table with board / university and percentages, personal details, declaration."""
    d = docx_new("Cambria", 10.5, margins=(1.5, 1.5, 1.8, 1.8))
    P(d, "KARTHIKEYAN SUBRAMANIAM IYER", b=True, size=16, align="c", after=0)
    P(d, "Mobile: +91 98400 55512  |  E-mail: karthik.iyer@example.in  |  Pune, Maharashtra", size=9.5, align="c",
      after=6)

    def sec(s):
        p = P(d, before=8, after=3, keep=True)
        run(p, s, b=True, size=11)
        shade(p, "D9E2F3")

    sec("PROFILE SNAPSHOT")
    t = new_table(d, 5, 2, [5.0, 13.0], borders=dict(val="single", color="8EAADB", sz=4))
    for i, (k, v) in enumerate((("Current Designation", "Lead QA Engineer"),
                                ("Current Organisation", "Nilgiri CloudWorks Pvt. Ltd."),
                                ("Total Experience", "8 years 10 months"),
                                ("Notice Period", "60 days (negotiable)"),
                                ("Preferred Location", "Pune / Bengaluru / Remote"))):
        cell(t.cell(i, 0), k, b=True)
        cell(t.cell(i, 1), v)
    sec("PROFESSIONAL SUMMARY")
    bullets(d, ["8.8 years of experience in manual and automation testing of banking, insurance and logistics "
                "applications.",
                "Hands-on in building Selenium and Appium frameworks from scratch (Page Object Model, TestNG).",
                "Leading a team of 6 QA engineers; ISTQB certified."])
    sec("EMPLOYMENT HISTORY")
    for when, comp, title in (("Since Jun\u201922", "Nilgiri CloudWorks Pvt. Ltd., Pune", "Lead QA Engineer"),
                              ("Jul\u201918 \u2013 May\u201922", "Ammavaru Technologies Ltd., Chennai",
                               "Senior QA Engineer"),
                              ("Aug\u201915 \u2013 Jun\u201918", "Coromandel Softech Pvt. Ltd., Chennai",
                               "QA Engineer")):
        p = P(d, after=2, style="List Bullet")
        run(p, when + " with ", b=True)
        run(p, comp, b=True)
        run(p, " as ")
        run(p, title, b=True)
    sec("IT SKILLS")
    t = new_table(d, 5, 2, [5.0, 13.0], borders=dict(val="single", color="8EAADB", sz=4))
    for i, (k, v) in enumerate((("Test Automation", "Selenium WebDriver, Appium, Cypress, Rest Assured"),
                                ("Languages", "Java, Python, JavaScript"),
                                ("CI/CD", "Jenkins, GitLab CI"),
                                ("Tools", "JIRA, TestRail, Postman, JMeter"),
                                ("Databases", "Oracle, MySQL"))):
        cell(t.cell(i, 0), k, b=True)
        cell(t.cell(i, 1), v)
    sec("PROJECTS HANDLED")
    for name, client, role, env, desc in (
            ("RupeeRail Mobile Banking", "A private-sector bank (confidential)", "QA Lead",
             "Appium, Java, TestNG, Jenkins",
             "Mobile banking app for 6 million customers; automated 1,400 regression cases, release cycle cut "
             "from 3 weeks to 9 days."),
            ("Marina Claims Portal", "General insurance client, Chennai", "Senior QA Engineer",
             "Selenium WebDriver, Rest Assured, Oracle",
             "Motor and health claims portal; built the API test suite and the data-driven UI suite."),
            ("ShipSure Logistics Tracker", "Freight forwarder, Singapore", "QA Engineer",
             "Selenium, JMeter, MySQL",
             "Shipment-tracking web application; functional and load testing for 2,000 concurrent users.")):
        p = P(d, before=4, after=1)
        run(p, "Project: ", b=True)
        run(p, name, b=True)
        for k, v in (("Client", client), ("Role", role), ("Environment", env), ("Description", desc)):
            p = P(d, after=0, indent=0.6)
            run(p, k + " : ", b=True)
            run(p, v)
    sec("EDUCATIONAL QUALIFICATION")
    t = new_table(d, 4, 5, [4.2, 5.2, 4.4, 1.8, 2.4], borders=dict(val="single", color="8EAADB", sz=4))
    for j, h in enumerate(("Qualification", "Institute", "Board / University", "Year", "Percentage")):
        cell(t.cell(0, j), h, b=True, fill="D9E2F3")
    for i, row in enumerate((("B.E. (Electronics & Communication)", "Thanjavur Institute of Engineering, Thanjavur",
                              "Cauvery Technological University", "2015", "78.4%"),
                             ("HSC", "Sri Ramana Matriculation Hr. Sec. School, Trichy", "State Board", "2011",
                              "91.2%"),
                             ("SSLC", "Sri Ramana Matriculation Hr. Sec. School, Trichy", "State Board", "2009",
                              "94.0%")), 1):
        for j, v in enumerate(row):
            cell(t.cell(i, j), v, size=9.5)
    sec("CERTIFICATIONS")
    bullets(d, ["ISTQB Certified Tester Foundation Level (2017)", "AWS Cloud Practitioner (2023)"])
    sec("PERSONAL DETAILS")
    for k, v in (("Date of Birth", "21-09-1993"), ("Father's Name", "S. Subramaniam"), ("Marital Status", "Married"),
                 ("Languages Known", "Tamil, English, Hindi"), ("Passport", "Available")):
        p = P(d, after=0)
        tabs(p, (4.5, "l"))
        run(p, k + "\t: " + v)
    sec("DECLARATION")
    P(d, "I hereby declare that the information furnished above is true to the best of my knowledge.", after=6)
    tabline(d, [("Place: Pune", False, False)], "(KARTHIKEYAN S. IYER)", stop=18.0)
    P(d, "Date:")
    docx_save(d, path, "Karthikeyan Iyer")


def r18_kristine_villareal(path):
    """Philippine resume: personal information block, company headings in capitals with the place, several roles
    under one company with dot-leader dates, a skills grid, trainings, character references, certification."""
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "KRISTINE JOY B. VILLAREAL", b=True, size=18, color="7B1F1F", after=0)
    P(d, "Blk 7 Lot 12, Pacific Grand Villas, Lapu-Lapu City, Cebu  ·  0917 555 0284  ·  kj.villareal@example.ph",
      size=9, after=6)

    def sec(s):
        p = P(d, before=8, after=3, keep=True)
        run(p, s, b=True, size=11, color="7B1F1F")
        pborder(p, "bottom", "7B1F1F", 6, 1)

    sec("OBJECTIVE")
    P(d, "To obtain an operations or quality role in a customer experience company where I can use my nine years "
         "of BPO experience in coaching agents and improving customer satisfaction.", after=2)
    sec("PERSONAL INFORMATION")
    for k, v in (("Age", "31"), ("Date of Birth", "February 9, 1993"), ("Civil Status", "Married"),
                 ("Citizenship", "Filipino"), ("Religion", "Roman Catholic"), ("Height", "5'3\"")):
        p = P(d, after=0)
        tabs(p, (4.0, "l"))
        run(p, k + "\t: " + v)
    sec("WORK EXPERIENCE")
    for comp, place, roles in (
            ("BANAUE GLOBAL SERVICES, INC.", "Cebu City", [
                ("Team Leader, Customer Experience", "Nov. 2019 – Present", [
                    "Lead a team of 18 agents on a US telecom account (voice and chat); team CSAT 91%.",
                    "Run daily huddles, weekly coaching and QA calibration with the client's quality team.",
                    "Built the account's new-hire nesting plan, cutting attrition in the first 90 days by 30%."]),
                ("Senior Customer Service Representative", "Jun. 2017 – Oct. 2019", [
                    "Subject-matter expert for billing disputes; handled escalations and side-by-side coaching."])]),
            ("TAGAYTAY RIDGE OUTSOURCING CORP.", "Makati City", [
                ("Customer Service Representative", "Apr. 2015 – May 2017", [
                    "Inbound customer care for an Australian energy retailer; top-quartile AHT and QA scores."])])):
        p = P(d, before=5, after=1)
        run(p, comp, b=True)
        run(p, "  |  " + place)
        for title, dates, items in roles:
            tabline(d, [(title, False, True)], dates, leader="dot", after=1, before=2)
            bullets(d, items, size=9.5)
    sec("SKILLS")
    t = new_table(d, 4, 2, [8.5, 8.5])
    for k, s in enumerate(["Zendesk", "Salesforce Service Cloud", "Workforce management (WFM)",
                           "Coaching and QA calibration", "Microsoft Excel", "Google Workspace",
                           "Conflict de-escalation", "Report writing"]):
        cell(t.cell(k // 2, k % 2), "\u2022 " + s)
    sec("TRAININGS AND SEMINARS ATTENDED")
    bullets(d, ["Coaching for Performance Workshop — Banaue Global Services, 2021",
                "COPC Customer Experience Standard Awareness Training, 2020"], size=9.5)
    sec("EDUCATIONAL BACKGROUND")
    tabline(d, [("Tertiary: ", True, False), ("Bachelor of Science in Information Technology", False, False)],
            "2011 – 2015", after=0)
    P(d, "Visayan Coast University, Cebu City", i=True, after=2, indent=1.9)
    tabline(d, [("Secondary: ", True, False), ("Talisay Hills National High School", False, False)], "2007 – 2011")
    sec("CHARACTER REFERENCES")
    P(d, "Ramon D. Escaño — Operations Manager, Banaue Global Services, Inc. — 0918 555 0371", after=0)
    P(d, "Liza Marie T. Ong — Training Supervisor, Tagaytay Ridge Outsourcing Corp. — 0917 555 0456", after=6)
    P(d, "I hereby certify that the above information is true and correct to the best of my knowledge and belief.",
      i=True, after=10)
    P(d, "KRISTINE JOY B. VILLAREAL", b=True, align="r", after=0)
    P(d, "Applicant", align="r")
    docx_save(d, path, "Kristine Joy Villareal")


def r20_yasmin_haddad_lefebvre(path):
    """'Professional Journey' heading with quarter dates (Q2 2020 – present), a 'What I work with' skills grid."""
    d = docx_new("Segoe UI", 10, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "Yasmin Haddad-Lefebvre", b=True, size=24, color="6A1B9A", after=0)
    P(d, "Growth marketing lead · Toronto, ON · yasmin.hl@example.ca · 416-555-0175", size=9.5, color="555555",
      after=8)
    heading(d, "Hello", color="6A1B9A", rule=False)
    P(d, "I run growth for consumer brands that sell online: lifecycle, acquisition and the experiments that "
         "connect them. Lately most of my time goes to retention, because that's where the money is.", after=4)
    heading(d, "Professional Journey", color="6A1B9A")
    for when, title, comp, items in (
            ("Q2 2020 – present", "Head of Growth", "Northdrift Goods · Toronto, ON", [
                "Own acquisition and retention for a DTC outdoor-apparel brand; revenue from C$9M to C$31M.",
                "Built lifecycle programmes in Braze and Klaviyo that now drive 38% of online revenue.",
                "Lead a team of five and a C$4M paid-media budget."]),
            ("Q3 2017 – Q1 2020", "Growth Marketing Manager", "Cedarline Mobility Inc. · Toronto, ON", [
                "Scaled rider sign-ups for an e-scooter app launch in three cities; CAC down 41% in a year.",
                "Set up the experimentation process with product (80+ tests, Amplitude)."]),
            ("Q1 2016 – Q3 2017", "Digital Marketing Specialist", "Beaconsfield Books · Ottawa, ON", [
                "SEO and paid search for an independent bookseller's online shop."]),
            ("Q2 2014 – Q3 2014", "Marketing Coordinator (co-op)", "Bytown Ballet Company · Ottawa, ON", [
                "Season-launch campaign support and social media during a university co-op term."])):
        P(d, when, size=9, color="6A1B9A", before=6, after=0)
        P(d, title, b=True, size=11.5, after=0)
        P(d, comp, i=True, after=2)
        bullets(d, items)
    heading(d, "What I work with", color="6A1B9A")
    t = new_table(d, 3, 3, [5.6, 5.6, 5.6])
    for k, s in enumerate(["Lifecycle marketing", "SEO", "Paid social", "Braze", "Klaviyo", "Amplitude", "GA4",
                           "SQL", "Looker Studio"]):
        cell(t.cell(k // 3, k % 3), "\u25b8 " + s)
    heading(d, "Education", color="6A1B9A")
    P(d, "Bachelor of Commerce (Marketing) — Lakeshore Metropolitan University, Toronto — 2015", after=4)
    heading(d, "Recognition", color="6A1B9A")
    P(d, "\u201c30 under 30 in Canadian e-commerce\u201d, a retail trade newsletter, 2022; speaker at two "
         "lifecycle-marketing meetups in Toronto.")
    docx_save(d, path, "Yasmin Haddad-Lefebvre")


# =========================================================================================================
# Word files converted to PDF by LibreOffice
# =========================================================================================================
def r06_agnieszka_wroblewska_docx(path):
    """Europass CV (the 2013-2020 template): a two-column table with right-aligned grey labels / dates on the left,
    'JOB APPLIED FOR', dd/mm/yyyy date ranges, 'City (Country)' after the employer, EQF levels, a CEFR language
    grid, communication / organisational / job-related / digital skills, driving licence."""
    d = docx_new("Liberation Sans", 9.5, margins=(1.5, 1.5, 1.5, 1.5), after=1)
    blue = "0E4194"
    t = new_table(d, 1, 2, [5.2, 12.8])

    def row(left="", right="", lb=False, rb=False, lsize=8.5, rsize=None, lcolor=blue, rcolor=None):
        r_ = t.add_row()
        cell(r_.cells[0], left, b=lb, size=lsize, color=lcolor, align="r")
        cell(r_.cells[1], right, b=rb, size=rsize, color=rcolor)
        return r_.cells[1]

    cell(t.cell(0, 0), "europass", b=True, size=16, color=blue, align="r")
    cell(t.cell(0, 1), "Curriculum Vitae", size=11, color=blue)
    row("PERSONAL INFORMATION", "Agnieszka Zofia Wróblewska", rsize=15, rcolor=blue)
    row("", "ul. Długa 14/3, 31-147 Kraków (Poland)")
    row("", "+48 601 555 274        agnieszka.wroblewska@example.pl")
    row("", "Sex Female | Date of birth 07/11/1990 | Nationality Polish", rsize=8.5)
    row("JOB APPLIED FOR", "Lead Data Engineer", rsize=13, rcolor=blue)
    row("WORK EXPERIENCE", "", lb=True)

    def job(dates, title, emp, items, sector):
        c_ = row(dates, title, rsize=11.5, rcolor=blue, lcolor=blue)
        cell_add(c_, emp)
        for it in items:
            cell_add(c_, "▪ " + it, size=9)
        p = cell_add(c_, "", after=6)
        run(p, "Business or sector ", size=8.5, color=blue)
        run(p, sector, size=9)

    job("01/03/2019–Present", "Senior Data Engineer", "Wiślana Logistyka Sp. z o.o., Kraków (Poland)", [
        "Designing and running the company's Azure data platform (Data Factory, Databricks, dbt).",
        "Led the migration of 120 nightly SQL jobs to Apache Airflow; data ready 3 hours earlier each morning.",
        "Mentoring three data engineers; member of the architecture board."], "Transportation and storage")
    job("01/10/2015–28/02/2019", "Data Engineer", "Kolejowe Systemy Informatyczne S.A., Wrocław (Poland)", [
        "Built Spark pipelines for ticketing and train-punctuality data (4 TB a month).",
        "Introduced Kafka-based streaming of platform-display events."], "Information and communication")
    job("01/07/2014–30/09/2015", "Junior BI Developer", "Bursztyn Analytics Sp. z o.o., Gdańsk (Poland)", [
        "SSIS packages and Power BI reports for retail clients."], "Professional, scientific and technical activities")
    row("EDUCATION AND TRAINING", "", lb=True)
    for dates, deg, lvl, school in (
            ("01/10/2012–30/06/2014", "Master of Science in Computer Science", "EQF level 7",
             "Nadodrzańska University of Technology, Wrocław (Poland)"),
            ("01/10/2009–30/06/2012", "Bachelor of Engineering in Computer Science", "EQF level 6",
             "Nadodrzańska University of Technology, Wrocław (Poland)")):
        c_ = row(dates, deg, rsize=11.5, rcolor=blue, lcolor=blue)
        p = c_.paragraphs[0]
        tabs(p, (12.4, "r"))
        run(p, "\t" + lvl, size=8.5, color=blue)
        cell_add(c_, school, after=6)
    row("PERSONAL SKILLS", "", lb=True)
    row("Mother tongue(s)", "Polish")
    c_ = row("Other language(s)", "")
    lt = c_.add_table(rows=3, cols=6)
    buildkit.tborders(lt, color="BBBBBB")
    for j, h in enumerate(("", "Listening", "Reading", "Spoken interaction", "Spoken production", "Writing")):
        cell(lt.cell(0, j), h, size=7.5, color=blue)
    for i, rw in enumerate((("English", "C1", "C2", "C1", "C1", "C1"), ("German", "B1", "B2", "A2", "A2", "B1")), 1):
        for j, v in enumerate(rw):
            cell(lt.cell(i, j), v, size=8.5)
    cell_add(c_, "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user",
             size=7.5, color="666666")
    cell_add(c_, "Common European Framework of Reference for Languages", size=7.5, color="666666", after=6)
    row("Communication skills", "Good communication skills gained as a speaker at two data meetups in Kraków and "
                                "as the data team's contact for business users.")
    row("Organisational / managerial skills", "Planning and coordinating a migration project for a team of six "
                                              "engineers.")
    row("Job-related skills", "Python, Apache Spark, Apache Airflow, SQL, Apache Kafka, Azure Data Factory, "
                              "Databricks, dbt, Power BI")
    c_ = row("Digital skills", "SELF-ASSESSMENT", rsize=8.5, rcolor=blue)
    dt = c_.add_table(rows=2, cols=5)
    buildkit.tborders(dt, color="BBBBBB")
    for j, h in enumerate(("Information processing", "Communication", "Content creation", "Safety",
                           "Problem solving")):
        cell(dt.cell(0, j), h, size=7.5, color=blue)
        cell(dt.cell(1, j), "Proficient user", size=8.5)
    cell_add(c_, "Microsoft Certified: Azure Data Engineer Associate (2021)", after=6)
    row("Driving licence", "B")
    docx_save(d, path, "Agnieszka Wróblewska")


def r15_thiago_lacerda_docx(path):
    """Brazilian resume in English: title with the dates at a right tab, 'Company · City/UF' on the next line,
    MM-YYYY dates, an internship with its Portuguese name in brackets, a two-column skills grid with levels."""
    d = docx_new("Liberation Sans", 10, margins=(1.6, 1.6, 2.0, 2.0), after=1)
    green = "1B5E20"
    P(d, "THIAGO HENRIQUE BARBOSA LACERDA", b=True, size=17, align="c", color=green, after=0)
    P(d, "Supply Chain Coordinator  |  São Paulo – SP, Brazil  |  +55 11 95555-0143  |  "
         "thiago.lacerda@example.com.br", size=9, align="c", after=8)

    def sec(s):
        p = P(d, before=8, after=3, keep=True)
        run(p, s, b=True, size=11, color=green)
        pborder(p, "bottom", green, 8, 1)

    sec("PROFESSIONAL SUMMARY")
    P(d, "Supply chain professional with nine years in agribusiness and distribution. Leads S&OP and inventory "
         "planning for a grain and fertiliser business with 14 warehouses; fluent in SAP and TOTVS, and "
         "increasingly in Python.", after=2)
    sec("PROFESSIONAL EXPERIENCE")
    for title, dates, comp, items in (
            ("Supply Chain Coordinator", "03-2019 – present", "Itaberaba Agro S.A. · Ribeirão Preto/SP", [
                "Coordinate demand and supply planning for fertilisers and seeds across 14 warehouses (team of 7).",
                "Implemented the monthly S&OP cycle; forecast accuracy from 61% to 78% in two harvests.",
                "Reduced working capital in inventory by R$ 38 million with new safety-stock policies."]),
            ("Logistics Analyst", "08-2016 – 02-2019", "Cantareira Distribuidora Ltda. · São Paulo/SP", [
                "Freight cost analysis and carrier scorecards for 2,500 monthly deliveries.",
                "Built Power BI dashboards that replaced twelve weekly Excel reports."]),
            ("Logistics Intern (Estágio)", "01-2015 – 07-2016", "Transportadora Piracema Ltda. · Campinas/SP", [
                "Supported route planning and the migration of the transport module to TOTVS Protheus."])):
        tabline(d, [(title, True, False)], dates, stop=17.8, rb=True, size=10.5, before=5)
        P(d, comp, i=True, after=2)
        bullets(d, items)
    sec("EDUCATION")
    for deg, school in (("MBA in Supply Chain Management", "Escola Bandeirante de Negócios · 2019 – 2021"),
                        ("Bachelor's degree in Production Engineering",
                         "Centro Universitário Vale do Mogi · 2012 – 2016")):
        P(d, deg, b=True, after=0)
        P(d, school, after=3)
    sec("SKILLS")
    t = new_table(d, 4, 2, [8.9, 8.9])
    for k, s in enumerate(["SAP MM/WM", "TOTVS Protheus", "Power BI", "Excel (advanced)", "Python (basic)",
                           "S&OP", "Inventory management", "Demand planning"]):
        cell(t.cell(k // 2, k % 2), "• " + s)
    sec("LANGUAGES")
    P(d, "Portuguese – native  |  English – advanced  |  Spanish – intermediate", after=2)
    sec("COMPLEMENTARY COURSES")
    P(d, "Lean Six Sigma Green Belt (40 h), 2020  ·  Python for Data Analysis (online, 60 h), 2022")
    docx_save(d, path, "Thiago Lacerda")


def r21_freya_lindqvist_mackay_docx(path):
    """'Where I've worked' with 'Title — Company, Place' lines and dates at a right tab in seasons ('Winter
    2018/19 – Autumn 2020', 'Summers 2016–2018') and 'since 2021'; 'What I can do', 'Where I studied'."""
    d = docx_new("Liberation Serif", 11, margins=(2.0, 2.0, 2.2, 2.2), after=2)
    moss = "3E5C2B"
    P(d, "Freya Lindqvist-Mackay", b=True, size=24, color=moss, after=0)
    P(d, "Outdoor learning · conservation · people   |   Pitlochry, Perthshire   |   07700 900 652   |   "
         "freya.lm@example.scot", size=9.5, color="555555", after=8)

    def sec(s):
        p = P(d, before=10, after=4, keep=True)
        run(p, s, b=True, size=13, color=moss)

    P(d, "I have spent ten years getting people outdoors safely, from school groups on their first hill to "
         "corporate teams on a winter skills day. I now run the programmes for a landscape-scale estate trust and "
         "want to keep growing outdoor learning that pays for itself.", after=4)
    sec("Where I've worked")
    for line, dates, items in (
            ("Outdoor Programmes Manager — Glenrannoch Estate Trust, Pitlochry", "since 2021", [
                "Run the trust's schools, volunteering and guided-walks programmes (6,000 visitors a year).",
                "Manage a team of four instructors and 60 volunteers; budget of £280k, half of it self-earned.",
                "Wrote the risk-management framework adopted by the trust's board."]),
            ("Senior Instructor — Cairnmore Adventure Centre, Aviemore", "Winter 2018/19 – Autumn 2020", [
                "Led hill-walking, canoeing and winter skills courses; trained and assessed new instructors."]),
            ("Seasonal Ranger — Loch Vennachar Countryside Service, Callander", "Summers 2016–2018", [
                "Patrols, path work and guided walks; ran the junior ranger club."]),
            ("Ski Lift Attendant — Fjellheim Skisenter, Geilo, Norway", "Winter 2015/16", [
                "Lift operation and first response on the nursery slopes during a season abroad."])):
        tabline(d, [(line, True, False)], dates, stop=16.6, ri=True, before=6, after=1)
        bullets(d, items)
    sec("What I can do")
    bullets(d, ["Risk assessment and safety management", "Group facilitation", "Navigation",
                "Budgeting and grant reporting", "Volunteer coordination", "Environmental interpretation"])
    sec("Qualifications & awards")
    P(d, "Mountain Leader (Summer), 2017  ·  Paddlesport Leader, 2018  ·  Outdoor First Aid (16 h), renewed 2023  ·  "
         "John Muir Award leader", after=2)
    sec("Where I studied")
    P(d, "BSc Adventure Tourism Management — Lomond Highlands University, 2016", after=2)
    sec("Languages")
    P(d, "English (native), Swedish (conversational), Gaelic (learner)")
    docx_save(d, path, "Freya Lindqvist-Mackay")


# =========================================================================================================
# job descriptions: DOCX
# =========================================================================================================
def jd03_corvina_marketplace_machine_learning_engineer(path):
    """'Role (Team) — Company' title paragraph."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=3)
    P(d, "Machine Learning Engineer (Search Ranking) — Corvina Marketplace", b=True, size=16, color="C2410C",
      after=2)
    P(d, "Berlin or Lisbon  ·  Full-time  ·  Hybrid (3 days in the office)  ·  €75,000 – €92,000", size=9.5,
      color="555555", after=8)

    def sec(s):
        P(d, s, b=True, size=12, color="C2410C", before=8, after=2, keep=True)

    sec("About Corvina Marketplace")
    P(d, "Corvina Marketplace is where 4 million people in Europe buy and sell second-hand furniture. Every search "
         "is a chance to give a good table a second home, so ranking matters to us — and to the planet.")
    sec("The team")
    P(d, "Search Ranking is five engineers, a data scientist and a product manager. We own everything between the "
         "query box and the results grid: retrieval, ranking, and the experiments that tell us if we got it right.")
    sec("What you'll do")
    bullets(d, ["Train, evaluate and ship learning-to-rank models for search and recommendations",
                "Build the feature pipelines and online serving that keep them fast",
                "Design and analyse online experiments with the data scientist",
                "Share what you learn in design reviews and our monthly ML guild"])
    sec("What we're looking for")
    bullets(d, ["3+ years of experience building and deploying machine learning models in production",
                "Strong Python and solid software-engineering habits",
                "Experience with ranking, search or recommender systems",
                "Hands-on experience with PyTorch, LightGBM or similar libraries",
                "Comfort with SQL and large datasets"])
    sec("It's a plus if")
    bullets(d, ["You have worked with Elasticsearch or OpenSearch",
                "You have experience with feature stores or real-time inference",
                "You speak German or Portuguese"])
    sec("What we offer")
    bullets(d, ["Relocation support and a visa sponsorship programme", "30 days of holiday",
                "A yearly €2,000 budget for conferences and courses"])
    P(d, "Corvina Marketplace welcomes applicants of every background. Apply with your CV; no cover letter needed.",
      i=True, size=9.5, before=6)
    docx_save(d, path, "Corvina Talent Team")


def jd07_fenwick_hollow_maintenance_planner(path):
    """A title line with no company; the company is named only in the 'About us' paragraph."""
    d = docx_new("Arial", 10, margins=(2.0, 2.0, 2.2, 2.2), after=3)
    P(d, "Maintenance Planner", b=True, size=18, after=2)
    P(d, "Location: Thirsk, North Yorkshire  |  Shift: Days, Monday–Friday  |  Salary: £38,000 – £42,000 + 10% "
         "shift-cover allowance", size=9.5, after=8)

    def sec(s):
        p = P(d, s, b=True, size=11, before=8, after=2, keep=True)
        pborder(p, "bottom", "888888", 4, 1)

    sec("About us")
    P(d, "Fenwick Hollow Foods is a family-owned maker of chilled soups and ready meals, supplying major UK "
         "retailers from our site on the edge of Thirsk. We employ 420 people and run three production halls, "
         "five days a week.")
    sec("The role")
    P(d, "You will plan and schedule all planned and reactive maintenance work across the site, working closely "
         "with the engineering manager, production and hygiene teams to keep lines running safely.")
    sec("Key responsibilities")
    bullets(d, ["Plan and schedule preventive maintenance in the CMMS",
                "Coordinate shutdowns and contractor work",
                "Manage spares stock and critical spares lists",
                "Report on maintenance KPIs (MTBF, MTTR, PPM compliance)"])
    sec("Essential")
    bullets(d, ["At least 5 years' experience in maintenance planning in a manufacturing environment",
                "Experience with a computerised maintenance management system (CMMS)",
                "Good working knowledge of Excel",
                "An engineering qualification (HNC or equivalent) or a time-served apprenticeship"])
    sec("Desirable")
    bullets(d, ["Food manufacturing experience", "Knowledge of reliability-centred maintenance",
                "IOSH Managing Safely"])
    sec("Benefits")
    bullets(d, ["Company pension (6% matched)", "Free lunch every day from our staff shop",
                "Onsite parking and cycle-to-work scheme"])
    P(d, "To apply, send your CV to recruitment@fenwickhollow.example by Friday 13 September 2024.", before=6)
    docx_save(d, path, "HR")


def jd11_wyvern_vale_council_accounts_payable_officer(path):
    """Council job profile: a label | value table, a job purpose, duties and a person specification table whose
    rows are marked E (essential) or D (desirable)."""
    d = docx_new("Arial", 10.5, margins=(2.0, 2.0, 2.0, 2.0), after=3)
    P(d, "Wyvern Vale District Council", b=True, size=12, color="00594F", after=0)
    P(d, "Job Profile", b=True, size=18, after=6)
    bd = dict(val="single", color="7F7F7F", sz=4)
    t = new_table(d, 7, 2, [5.0, 12.0], borders=bd)
    for i, (k, v) in enumerate((("Job title", "Accounts Payable Officer"),
                                ("Directorate", "Finance and Resources"),
                                ("Service", "Exchequer Services"),
                                ("Grade", "Scale 4 (£24,702 – £25,979)"),
                                ("Hours", "37 hours per week"),
                                ("Reports to", "Exchequer Team Leader"),
                                ("Location", "Council Offices, Market Street, Pershore (hybrid working available)"))):
        cell(t.cell(i, 0), k, b=True, fill="E2EFEC")
        cell(t.cell(i, 1), v)
    P(d, "Job purpose", b=True, size=12, before=10, after=2)
    P(d, "To process supplier invoices and payments accurately and on time, so that the Council pays its "
         "suppliers within 30 days and keeps its financial records correct.")
    P(d, "Main duties", b=True, size=12, before=8, after=2)
    bullets(d, ["Match invoices to purchase orders and resolve discrepancies with budget holders",
                "Prepare weekly BACS payment runs", "Set up and check new supplier records",
                "Reconcile supplier statements and answer supplier queries"])
    P(d, "Person specification", b=True, size=12, before=8, after=2)
    P(d, "E = essential, D = desirable. Assessed by: A = application, I = interview, T = test.", size=9, i=True)
    rows = (("At least one year of experience in a finance or accounts office", "E", "A/I"),
            ("Good working knowledge of Excel", "E", "A/T"),
            ("Accuracy and attention to detail", "E", "T"),
            ("GCSE English and Maths at grade 4 (C) or above, or equivalent", "E", "A"),
            ("Experience of a local government finance system", "D", "A/I"),
            ("AAT Level 2 or working towards it", "D", "A"))
    t = new_table(d, len(rows) + 1, 3, [12.2, 2.0, 2.8], borders=bd)
    for j, h in enumerate(("Criteria", "E / D", "Assessed by")):
        cell(t.cell(0, j), h, b=True, fill="E2EFEC")
    for i, r_ in enumerate(rows, 1):
        for j, v in enumerate(r_):
            cell(t.cell(i, j), v, align="c" if j else None)
    P(d, "Wyvern Vale District Council is a Disability Confident employer and guarantees an interview to disabled "
         "applicants who meet the essential criteria.", size=9, i=True, before=8)
    docx_save(d, path, "Wyvern Vale District Council")


# =========================================================================================================
# job descriptions: PDF
# =========================================================================================================
def jd04_brookmere_water_network_modelling_engineer(path):
    """A posting whose first line is the company's tagline; the wordmark under it gives the company."""
    c = new_canvas(path, A4, "Water Network Modelling Engineer", "Brookmere Water", "Adobe InDesign")
    blue = HexColor("#005b96")
    box(c, 0, 742, 595, 100, fill=blue)
    text(c, "Every tap, every town, every day.", 50, 808, "Serif-I", 15, WHITE)
    text(c, "Brookmere Water", 50, 770, "Sans-B", 24, WHITE)
    text(c, "Careers", 545, 770, "Sans", 11, WHITE, "r")
    f = Flow(c, 50, 495, 716, bottom=50)
    f.para("Water Network Modelling Engineer", font="Sans-B", size=17, color=blue, after=4)
    f.para("Bedford (hybrid)  ·  Permanent, full-time  ·  £44,000 – £51,000 + car allowance", size=9.5,
           color=HexColor("#555555"), after=10)

    def sec(s):
        f.gap(6)
        f.para(s, font="Sans-B", size=11, color=blue, after=3)

    f.para("Brookmere Water supplies drinking water to 1.3 million people across four counties. Our network "
           "modelling team builds the hydraulic models that decide where we invest, how we respond to bursts and "
           "how we keep pressure steady on the hottest day of the year.", size=9.5, after=2)
    sec("What you'll be doing")
    f.bullets(["Build, calibrate and maintain hydraulic models of our distribution network",
               "Use the models to support capital schemes, mains-rehabilitation plans and incident response",
               "Analyse pressure and flow logger data to find leakage and capacity problems",
               "Work with operations teams to turn model results into practical changes"], size=9.5)
    sec("What you'll bring")
    f.bullets(["A degree in civil engineering or a related discipline",
               "A minimum of 3 years' experience in hydraulic modelling of water networks",
               "Experience with InfoWorks WS Pro or a similar modelling package",
               "Good GIS skills",
               "A full UK driving licence"], size=9.5)
    sec("It would be great if you also have")
    f.bullets(["Chartered or working towards chartership with ICE or CIWEM",
               "Python or SQL for data analysis",
               "Experience of transient analysis"], size=9.5)
    sec("What we offer")
    f.bullets(["27 days' holiday plus bank holidays, with the option to buy more",
               "Defined contribution pension with up to 10% employer contribution",
               "Paid volunteering days"], size=9.5)
    f.gap(8)
    f.para("Closing date: 20 September 2024. Brookmere Water is an equal opportunities employer.", font="Sans-I",
           size=8.5, color=HexColor("#555555"))
    c.save()


def jd08_brisamar_turismo_data_engineer(path):
    """A Spanish company's bilingual posting: the title with its Spanish translation in brackets, bilingual
    section headings ('Requisitos / Requirements', 'Se valorará / Nice to have'), Spanish benefit words."""
    c = new_canvas(path, A4, "Data Engineer - Brisamar Turismo", "Brisamar Turismo", "Google Docs")
    sea = HexColor("#0077a3")
    f = Flow(c, 56, 483, 790, bottom=50)
    f.para("Brisamar Turismo  ·  Valencia", font="Sans-B", size=10, color=sea, after=10)
    f.para("Data Engineer (Ingeniero/a de Datos)", font="Sans-B", size=18, after=4)
    f.para("Valencia · Híbrido (2 días en oficina) · Jornada completa · Contrato indefinido · 42.000 – 50.000 € "
           "brutos/año", size=9, color=HexColor("#555555"), after=8)
    hline(c, 56, 539, f.y + 2, sea, 1)
    f.gap(6)

    def sec(s):
        f.gap(6)
        f.para(s, font="Sans-B", size=11, color=sea, after=3)

    sec("Sobre nosotros / About us")
    f.para("Brisamar Turismo runs 38 holiday apartment buildings and two boutique hotels on the Mediterranean "
           "coast. Our small data team (four people) powers pricing, occupancy forecasting and guest analytics.",
           size=9.5)
    sec("Qué harás / What you'll do")
    f.bullets(["Build and maintain our ELT pipelines from booking engines, channel managers and PMS systems",
               "Model data in BigQuery with dbt for pricing and revenue teams",
               "Improve data quality monitoring and documentation",
               "Help the analysts move from spreadsheets to reliable tables"], size=9.5)
    sec("Requisitos / Requirements")
    f.bullets(["3+ years of experience as a data engineer or in a similar role",
               "Strong SQL and Python",
               "Experience with a cloud data warehouse (BigQuery, Snowflake or Redshift)",
               "Experience orchestrating pipelines with Airflow, Dagster or similar",
               "Spanish and English at a professional level"], size=9.5)
    sec("Se valorará / Nice to have")
    f.bullets(["Experience in travel, hospitality or revenue management",
               "Knowledge of dbt",
               "Experience with Terraform"], size=9.5)
    sec("Ofrecemos / What we offer")
    f.bullets(["Horario flexible and intensive summer hours (jornada intensiva) in July and August",
               "Retribución flexible: meal vouchers and transport card",
               "Two free nights a year in any of our apartments"], size=9.5)
    f.gap(10)
    f.para("¿Te interesa? Send your CV (English or Spanish) to empleo@brisamar.example. "
           "Brisamar Turismo S.L. — Avenida del Puerto 210, 46023 Valencia.", size=8.5,
           color=HexColor("#555555"))
    c.save()


def jd12_visayan_harbor_technical_support_team_leader(path):
    """A Philippine BPO hiring poster: 'WE'RE HIRING!' banner, the title, shift and walk-in details, Tagalog
    phrases, 'Qualifications' and 'Advantage if you have' lists."""
    c = new_canvas(path, A4, "We're hiring: Technical Support Team Leader", "Visayan Harbor Outsourcing",
                   "Canva")
    navy = HexColor("#0b2545")
    gold = HexColor("#f4b400")
    box(c, 0, 0, 595, 842, fill=HexColor("#f7f9fc"))
    box(c, 0, 700, 595, 142, fill=navy)
    text(c, "Visayan Harbor Outsourcing", 40, 810, "Sans-B", 12, gold)
    text(c, "WE'RE HIRING!", 40, 760, "Sans-B", 36, WHITE)
    text(c, "Mag-apply na!", 40, 722, "Sans-I", 14, gold)
    f = Flow(c, 40, 515, 676, bottom=40)
    f.para("Technical Support Team Leader", font="Sans-B", size=20, color=navy, after=4)
    f.para("Night shift  ·  IT Park, Cebu City  ·  Onsite  ·  Salary: PHP 38,000 – 45,000 + night differential "
           "+ performance incentives", size=9.5, after=8)

    def sec(s):
        f.gap(5)
        f.para(s, font="Sans-B", size=12, color=navy, after=3)

    f.para("Visayan Harbor Outsourcing is a Cebu-based contact centre with 2,800 employees serving software and "
           "telecom brands in the US and Australia. We are growing our technical support program and need team "
           "leaders who coach, not just monitor.", size=9.5)
    sec("What you will do")
    f.bullets(["Lead a team of 15–20 technical support agents (voice, chat and email)",
               "Coach agents daily on troubleshooting, call flow and customer empathy",
               "Own team metrics: CSAT, AHT, FCR and schedule adherence",
               "Handle escalations and join calibration sessions with the client"], size=9.5)
    sec("Qualifications")
    f.bullets(["At least 2 years of experience as a team leader in a BPO technical support account",
               "Excellent English communication skills, written and spoken",
               "Working knowledge of networking and Windows troubleshooting",
               "Willing to work night shift and on holidays"], size=9.5)
    sec("Advantage if you have")
    f.bullets(["Experience with Zendesk or Salesforce Service Cloud",
               "A college degree in IT or a related course",
               "CompTIA A+ or ITIL Foundation certification"], size=9.5)
    sec("Benefits")
    f.bullets(["HMO from day one, with 2 free dependents", "Free shuttle and free meals on weekends",
               "Monthly rice subsidy and 13th-month pay"], size=9.5)
    f.gap(8)
    f.para("Walk-in applicants welcome: Monday to Friday, 1:00 PM – 8:00 PM, 5th Floor, Skyrise Tower 3, IT Park, "
           "Cebu City. Bring two valid IDs. Hanggang sa muli! Bawal ang fixers — our hiring is free of charge.",
           size=9, color=HexColor("#333333"))
    c.save()


# =========================================================================================================
# build lists
# =========================================================================================================
PDF_RESUMES = [r01_marisol_quintanilla_hart, r05_ruby_tane_whitfield, r10_priya_raman_castellanos,
               r16_friederike_vossberg, r23_lachlan_tuilagi_morrison]
DOCX_RESUMES = [r03_callum_ogilvie_brandt, r07_teresa_villalobos_grant, r09_helena_marchetti, r11_andre_whitfield,
                r14_karthikeyan_iyer, r18_kristine_villareal, r20_yasmin_haddad_lefebvre]
CONVERTED = {"r06_agnieszka_wroblewska": r06_agnieszka_wroblewska_docx,
             "r15_thiago_lacerda": r15_thiago_lacerda_docx,
             "r21_freya_lindqvist_mackay": r21_freya_lindqvist_mackay_docx}
JD_DOCX = [jd03_corvina_marketplace_machine_learning_engineer, jd07_fenwick_hollow_maintenance_planner,
           jd11_wyvern_vale_council_accounts_payable_officer]
JD_PDF = [jd04_brookmere_water_network_modelling_engineer, jd08_brisamar_turismo_data_engineer,
          jd12_visayan_harbor_technical_support_team_leader]


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
