"""Rebuild every document of the seventeenth fresh set from the content held in this script, then check that every
labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh17/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh17/build.py --check   # check only

reportlab draws six resume PDFs (r01, r04, r09, r10, r16, r22) and the two PDF job descriptions (jd05, jd09) on a
canvas (invariant=1, TrueType DejaVu / Liberation fonts registered by ../buildkit.py); python-docx writes the DOCX
files (r02, r07, r08, r12, r17, r18, r23, jd03, jd08, jd12) through buildkit (fixed core properties, fixed ZIP
entry timestamps); three resumes (r06, r13, r21) are Word files that LibreOffice (`soffice --headless --convert-to
pdf`) turns into PDF, rewritten by buildkit through pypdf with fixed metadata and a fixed document ID (r13's Word
file carries its sidebar in a floating DrawingML text box). The TXT and Markdown documents (r03, r05, r11, r14,
r15, r19, r20, r24; jd01, jd02, jd04, jd06, jd07, jd10, jd11) are held here as strings and written as UTF-8 with LF
line ends. A rebuild gives the same bytes, except that LibreOffice may lay a PDF out identically yet write it
with different object bytes (see ../README.md).

The check (buildkit.check_labels, with this set's format counts) extracts text with pypdf (PDF), python-docx
(DOCX: header paragraphs, body paragraphs, every table cell including nested tables) or a plain read (TXT/MD),
collapses whitespace, and confirms that every labelled string is found, that employers / titles are the unique
role values in order, that dates have the YYYY / YYYY-MM / present form, that splits and formats follow the file
names, and that no PDF has more than two pages.

Everything is fictional: every person, employer, client, recruiter, school, university, council, health network,
franchise, project and referee was invented for this set. Real names appear only as places, countries, service
branches, regulators, professional bodies, standards, certifications, tests and products.
"""
import os
import sys
from xml.sax.saxutils import escape as xesc

from docx.oxml import parse_xml
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
    docx_new,
    docx_save,
    grid,
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
TAG = "fresh17"
buildkit.TAG = TAG

FORMATS = {"resumes": {"pdf": 9, "docx": 7, "txt": 4, "md": 4},
           "jds": {"txt": 4, "md": 3, "docx": 3, "pdf": 2}}

GREY = HexColor("#555555")


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def tabline(d, parts, right="", stop=17.0, rb=False, ri=False, size=None, after=0, before=None, color=None):
    """One paragraph: (text, bold, italic) parts on the left, then a right tab stop with `right`."""
    p = P(d, after=after, before=before)
    tabs(p, (stop, "r"))
    for s, b, i in parts:
        run(p, s, b=b, i=i, size=size, color=color)
    if right:
        run(p, "\t" + right, b=rb, i=ri, size=size, color=color)
    return p


# =========================================================================================================
# reportlab resumes
# =========================================================================================================
def r01_aoife_gallagher_byrne(path):
    """Irish retail CV (A4, one page): centred name, 'Curriculum Vitae', a details line with the Eircode and
    'Full clean driving licence'; Personal Profile; Career History with per role a bold title and the dates at
    the right, the company and town in italics, 'Responsibilities' bullets and a shaded 'Key Achievements' box;
    Key Skills in three columns; Education with the Leaving Certificate; 'References available on request'."""
    c = new_canvas(path, A4, "Aoife Gallagher-Byrne CV", "Aoife Gallagher-Byrne", "Microsoft Word")
    green = HexColor("#1b5e20")
    pale = HexColor("#eef5ee")
    text(c, "Aoife Gallagher-Byrne", 297, 800, "Times-B", 21, green, "c")
    text(c, "Curriculum Vitae", 297, 784, "Times-I", 10.5, GREY, "c")
    text(c, "12 Bóthar na Trá, Salthill, Galway H91 X2C4  ·  087 555 0192  ·  aoife.gb@example.ie  ·  "
            "Full clean driving licence", 297, 770, "Times", 9, BLACK, "c")
    X, W = 50, 495
    f = Flow(c, X, W, 756, bottom=36)

    def sec(s):
        f.gap(7)
        f.y -= 12
        text(c, s, X, f.y, "Times-B", 12, green)
        hline(c, X, X + W, f.y - 3, green, 0.8)
        f.y -= 8

    sec("Personal Profile")
    f.para("Hands-on store manager with over ten years in Irish retail, from the shop floor to running a "
           "multi-department home and garden store. I like clear rosters, tidy stockrooms and teams who know "
           "what good looks like. Seeking a regional or larger-format store role in the West of Ireland.",
           font="Times", size=10, lead=12.5)
    sec("Career History")
    for title, dates, comp, resp, ach in (
            ("Store Manager", "March 2020 – Present", "Corrib Home & Garden Ltd., Galway",
             ["Full P&L responsibility for a 3,200 m² store with 38 staff and seasonal garden centre.",
              "Rostering, recruitment and training; weekly trading reviews with the regional manager."],
             ["Grew like-for-like sales by 14% in 2023 against a flat regional market.",
              "Cut stock loss from 2.1% to 1.2% of sales with cycle counts and a new receiving routine.",
              "Store of the Year (Connacht region), 2022."]),
            ("Deputy Store Manager", "August 2017 – February 2020", "Corrib Home & Garden Ltd., Athlone",
             ["Ran the store on the manager's days off; led the hardware and paint departments.",
              "Managed deliveries, replenishment and the weekly planogram changes."],
             ["Reopened the store on time after a four-week refit in 2019.",
              "Two of my supervisors were promoted to deputy manager elsewhere in the group."]),
            ("Retail Supervisor", "May 2014 – July 2017", "Shannonside Pharmacy Group, Limerick",
             ["Supervised a team of 9 on the retail side of a busy city-centre pharmacy."],
             ["Raised fragrance and skincare sales by 22% with a loyalty-card campaign."]),
            ("Sales Assistant (part-time)", "2011 – 2014", "Quay Street Books, Galway",
             ["Till, customer orders and window displays while studying."], [])):
        f.room(70)
        f.y -= 11
        text(c, title, X, f.y, "Times-B", 11)
        text(c, dates, X + W, f.y, "Times", 10, BLACK, "r")
        f.y -= 13
        text(c, comp, X, f.y, "Times-I", 10, GREY)
        f.y -= 4
        f.para("Responsibilities:", font="Times-B", size=9.5, after=1)
        f.bullets(resp, font="Times", size=9.8, indent=12, gap=1)
        if ach:
            h = 14 + 13.5 * len(ach)
            box(c, X, f.y - h, W, h, fill=pale)
            f.y -= 2
            f.para("Key Achievements:", font="Times-B", size=9.5, color=green, after=1, indent=4)
            f.bullets(ach, font="Times", size=9.8, indent=16, gap=1, mark="✓", color=BLACK)
            f.gap(3)
        f.gap(2)
    sec("Key Skills")
    skills = ["Retail operations", "P&L management", "Rostering", "Stock control", "Visual merchandising",
              "Microsoft Excel"]
    for i in range(0, 6, 3):
        f.y -= 12
        for k, s in enumerate(skills[i:i + 3]):
            text(c, "•  " + s, X + k * 165, f.y, "Times", 10)
    f.gap(3)
    sec("Education")
    for q, d_ in (("Higher Diploma in Business, Atlantic Coast Institute of Technology", "2016"),
                  ("BA English and History, University of West Connacht", "2011"),
                  ("Leaving Certificate, Coláiste na Coille, Oughterard (520 points)", "2008")):
        f.line(q, d_, font="Times", size=10, after=3)
    sec("Interests")
    f.para("Sea swimming, Galway Hooker sailing club volunteer, GAA (camogie coach, under-12s).", font="Times",
           size=10)
    f.gap(4)
    f.para("References available on request.", font="Times-I", size=9.5)
    c.save()


def r04_tyler_brandt_okafor(path):
    """US enterprise sales resume (Letter): name band, 'Enterprise Account Executive | Denver, CO' line,
    summary; Professional Experience with a bold company and place line, the title in italics with the dates at
    the right, and a ruled quota-attainment table (Year / Quota / Closed / Attainment / Rank) under each sales
    role before the bullets; Sales Skills & Tools; Awards; Education."""
    c = new_canvas(path, letter, "Tyler Brandt-Okafor Resume", "Tyler Brandt-Okafor", "Microsoft Word")
    navy = HexColor("#0d2b45")
    box(c, 0, 718, 612, 74, fill=navy)
    text(c, "TYLER BRANDT-OKAFOR", 40, 758, "Arial-B", 22, WHITE)
    text(c, "Enterprise Account Executive  |  Denver, CO  |  (720) 555-0148  |  tyler.bo@example.com  |  "
            "linkedin.com/in/tbo-example", 40, 738, "Arial", 8.8, WHITE)
    X, W = 40, 532
    f = Flow(c, X, W, 702, bottom=36)

    def sec(s):
        f.gap(6)
        f.y -= 11
        text(c, s, X, f.y, "Arial-B", 10.5, navy)
        hline(c, X, X + W, f.y - 3, navy, 1)
        f.y -= 8

    sec("SUMMARY")
    f.para("Quota-carrying SaaS seller with seven years from SDR to enterprise AE. Consistently above plan, "
           "strongest in multi-threaded deals with supply-chain and operations buyers.", font="Arial", size=9.3)
    sec("PROFESSIONAL EXPERIENCE")
    rows_ent = [["Year", "Quota", "Closed", "Attainment", "Rank"],
                ["2023", "$1.6M", "$2.07M", "129%", "2 of 24"],
                ["2022", "$1.4M", "$1.65M", "118%", "4 of 22"],
                ["2021", "$1.2M", "$1.28M", "107%", "7 of 20"]]
    rows_mm = [["Year", "Quota", "Closed", "Attainment", "Rank"],
               ["2020", "$720K", "$806K", "112%", "3 of 15"],
               ["2019 (Apr–Dec)", "$450K", "$468K", "104%", "5 of 14"]]
    for comp, title, dates, table, items in (
            ("Summitline Software, Inc. — Denver, CO", "Enterprise Account Executive", "Jan 2021 – Present",
             rows_ent, ["Own 35 named accounts in manufacturing and 3PL; average deal size $310K ARR.",
                        "Closed the company's largest new-logo deal ($640K ARR) with a national food distributor.",
                        "Built the MEDDICC deal-review template now used by the whole enterprise team."]),
            ("Summitline Software, Inc. — Denver, CO", "Mid-Market Account Executive", "Apr 2019 – Dec 2020",
             rows_mm, ["Full-cycle sales to companies of 200–1,000 employees; 42-day average sales cycle."]),
            ("Cobalt Yard Logistics — Boulder, CO", "Sales Development Representative", "Jun 2017 – Mar 2019",
             [["Year", "Meetings target", "Meetings held", "Attainment", "Rank"],
              ["2018", "240", "291", "121%", "1 of 9"]],
             ["Promoted to team lead for the last six months; onboarded four new SDRs."])):
        f.room(90)
        f.y -= 11
        text(c, comp, X, f.y, "Arial-B", 10)
        f.y -= 13
        text(c, title, X, f.y, "Arial-I", 9.8)
        text(c, dates, X + W, f.y, "Arial", 9.5, BLACK, "r")
        f.y -= 6
        f.y = grid(c, X + 10, f.y, [110, 80, 80, 80, 80], table, font="Arial", size=8.2, pad=3,
                   head_fill=HexColor("#dfe8f0"), head_font="Arial-B", line_color=HexColor("#8fa3b5")) - 5
        f.bullets(items, font="Arial", size=9.2, indent=12, gap=1.2)
        f.gap(3)
    sec("SALES SKILLS & TOOLS")
    f.para("Salesforce  •  Outreach  •  Gong  •  MEDDICC  •  Negotiation  •  Forecasting", font="Arial", size=9.3)
    sec("AWARDS")
    f.para("President's Club 2022 and 2023  ·  Rookie AE of the Year 2019", font="Arial", size=9.3)
    sec("EDUCATION")
    f.line("B.S. Marketing, Front Range State University, Fort Collins, CO", "2017", font="Arial", size=9.3)
    c.save()


def r09_fiona_mackenzie_reid(path):
    """Scottish nursing CV over two A4 pages with a running header on each page ('Fiona Mackenzie-Reid RN —
    Curriculum Vitae' at the left, 'Page n of 2' at the right, a rule) and a footer with the NMC PIN; Personal
    Statement, Professional Registration, Employment History with a bold 'Title (Band n)' line, a ward line,
    'NHS board, Town' and the dates at the right, bullets; Clinical Skills; Education; Mandatory Training;
    Referees on page two."""
    c = new_canvas(path, A4, "Fiona Mackenzie-Reid - CV", "Fiona Mackenzie-Reid", "Microsoft Word")
    plum = HexColor("#4a2c5a")
    state = {"page": 1}

    def chrome(c_):
        text(c_, "Fiona Mackenzie-Reid RN — Curriculum Vitae", 50, 810, "Arial", 8.5, GREY)
        text(c_, f"Page {state['page']} of 2", 545, 810, "Arial", 8.5, GREY, "r")
        hline(c_, 50, 545, 804, GREY, 0.5)
        text(c_, "NMC PIN 12A3456S  ·  PVG Scheme member", 297, 24, "Arial", 7.5, GREY, "c")

    def new_page(c_):
        state["page"] += 1
        chrome(c_)
        return 790

    chrome(c)
    X, W = 50, 495
    text(c, "Fiona Mackenzie-Reid", X, 772, "Arial-B", 20, plum)
    text(c, "Registered Nurse (Adult)  ·  Bridge of Allan, Stirling FK9  ·  07700 900 516  ·  fiona.mr@example.scot",
         X, 756, "Arial", 8.8)
    f = Flow(c, X, W, 742, bottom=44, new_page=new_page)

    def sec(s):
        f.room(40)
        f.gap(8)
        f.y -= 11
        text(c, s.upper(), X, f.y, "Arial-B", 10.5, plum)
        hline(c, X, X + W, f.y - 3, plum, 0.8)
        f.y -= 9

    sec("Personal Statement")
    f.para("I am a compassionate and organised adult nurse with nine years' registered experience in acute "
           "medicine and respiratory care, and three years before that as a healthcare support worker. I lead "
           "shifts on a busy acute medical unit, teach students and new starts, and I am completing a "
           "postgraduate certificate in advanced clinical practice. I am looking for a Band 7 charge nurse or "
           "advanced practice trainee post in the Forth Valley or Glasgow area.", font="Arial", size=9.4,
           lead=12.6)
    sec("Professional Registration")
    f.para("Nursing and Midwifery Council, Registered Nurse (Adult), PIN 12A3456S, registered since September "
           "2015, revalidated 2021 and 2024.", font="Arial", size=9.4)
    sec("Employment History")
    for title, unit, org, dates, items in (
            ("Senior Staff Nurse (Band 6)", "Acute Medical Unit, Royal Strathallan Infirmary",
             "NHS Strathallan, Stirling", "August 2020 – present", [
                 "Nurse in charge of a 36-bed acute medical unit on day and night shifts, leading up to 12 staff.",
                 "Coordinate admissions and flow with the site team; average unit length of stay fell from 2.9 to "
                 "2.3 days after we introduced a nurse-led discharge checklist.",
                 "Practice supervisor and assessor for pre-registration students; supported 26 students since "
                 "2020.",
                 "Ward lead for falls prevention; falls with harm reduced by 40% over 18 months.",
                 "Deliver the unit's induction programme for newly qualified nurses and international recruits."]),
            ("Staff Nurse (Band 5)", "Ward 7 – Respiratory Medicine, Royal Strathallan Infirmary",
             "NHS Strathallan, Stirling", "February 2017 – July 2020", [
                 "Cared for patients with COPD, pneumonia and lung cancer, including non-invasive ventilation.",
                 "Redeployed to the COVID-19 respiratory high-dependency area from March to June 2020.",
                 "Link nurse for tracheostomy care; updated the ward's competency pack."]),
            ("Staff Nurse", "Kelvinbrae House Nursing Home", "Kelvinbrae Care Homes Ltd, Glasgow",
             "September 2015 – January 2017", [
                 "Nurse in charge of a 40-bed nursing home unit for older adults with complex needs.",
                 "Medicines administration, care planning and liaison with GPs and district nurses."]),
            ("Healthcare Support Worker", "Kelvinbrae House Nursing Home", "Kelvinbrae Care Homes Ltd, Glasgow",
             "June 2012 – August 2015", [
                 "Personal care, observations and activities for residents; worked part-time during my degree."])):
        f.room(60)
        f.gap(3)
        f.y -= 10.5
        text(c, title, X, f.y, "Arial-B", 10.2)
        text(c, dates, X + W, f.y, "Arial", 9.4, BLACK, "r")
        f.y -= 12
        text(c, unit, X, f.y, "Arial-I", 9.2, GREY)
        f.y -= 12
        text(c, org, X, f.y, "Arial", 9.4, plum)
        f.y -= 4
        f.bullets(items, font="Arial", size=9.2, indent=12, gap=1.2)
        f.gap(2)
    sec("Clinical Skills")
    f.para("IV cannulation  ·  Venepuncture  ·  Medicines management  ·  Tracheostomy care  ·  NEWS2 monitoring  ·  "
           "Care planning", font="Arial", size=9.4)
    sec("Education")
    for q, school, yr in (("Postgraduate Certificate in Advanced Clinical Practice", "Ochil Hills University", "2022"),
                          ("BSc Adult Nursing", "Ochil Hills University", "2015"),
                          ("Higher National Certificate in Care and Administrative Practice",
                           "Clydebank Riverside College", "2012")):
        f.line(q, yr, font="Arial-B", size=9.5, rfont="Arial", after=1)
        f.line(school, font="Arial", size=9.2, after=5)
    sec("Mandatory Training (current)")
    f.bullets(["Immediate Life Support (Resuscitation Council UK), renewed March 2024",
               "Moving and handling, infection prevention and control, adult support and protection",
               "Blood transfusion and venepuncture competencies (Turas Learn)"], font="Arial", size=9.2,
              indent=12)
    sec("Professional Development")
    f.bullets(["Royal College of Nursing member; ward representative for the local branch.",
               "Presented a poster on nurse-led discharge at the Scottish Acute Medicine study day, 2023."],
              font="Arial", size=9.2, indent=12)
    sec("Referees")
    f.para("Mrs Lorna Drummond, Senior Charge Nurse, Acute Medical Unit, Royal Strathallan Infirmary — "
           "lorna.drummond@example.scot", font="Arial", size=9.2, after=3)
    f.para("Mr Callum Baird, Clinical Nurse Manager, Kelvinbrae Care Homes Ltd — callum.baird@example.co.uk",
           font="Arial", size=9.2)
    c.save()


def r10_hannah_lindgren_moss(path):
    """US elementary teacher, timeline resume (Letter): name and contact at the top, profile; a vertical
    timeline down the left with each role's start year as a large heading ('2021', '2018', '2016') on a dot,
    beside it the title, the school and town, 'Month YYYY – Present' and bullets; Skills, Licensure and
    Education below."""
    c = new_canvas(path, letter, "Hannah Lindgren-Moss Resume", "Hannah Lindgren-Moss", "Canva")
    teal = HexColor("#00796b")
    text(c, "Hannah Lindgren-Moss", 50, 740, "Sans-B", 24, BLACK)
    text(c, "Elementary Educator  ·  Naperville, IL  ·  (630) 555-0177  ·  hlmoss@example.com", 50, 722, "Sans",
         9, GREY)
    f = Flow(c, 50, 512, 700, bottom=40)
    f.para("Warm, data-minded elementary teacher with eight years in public and charter classrooms, "
           "experienced with multilingual learners and co-taught inclusion classrooms.", size=9.4, lead=12.5)
    f.gap(8)
    f.y -= 12
    text(c, "EXPERIENCE", 50, f.y, "Sans-B", 11, teal)
    f.y -= 10
    LX = 64
    top = f.y
    for year, title, school, dates, items in (
            ("2021", "Fifth Grade Teacher", "Maple Bluff Elementary School · Naperville, IL",
             "August 2021 – Present", [
                 "Teach a class of 26 in a co-taught inclusion classroom with IEP and ELL students.",
                 "Raised the share of students meeting reading growth targets from 58% to 74% in one year.",
                 "Grade-level team lead for math; introduced weekly small-group intervention blocks."]),
            ("2018", "Third Grade Teacher", "Willow Run Academy · Aurora, IL", "August 2018 – June 2021", [
                "Planned and taught all core subjects; moved to hybrid and remote teaching in 2020.",
                "Ran the after-school reading club for 30 students."]),
            ("2016", "Paraprofessional", "Willow Run Academy · Aurora, IL", "September 2016 – June 2018", [
                "Supported students with IEPs in K–2 classrooms, one-to-one and in small groups."])):
        f.gap(6)
        c.setFillColor(teal)
        c.circle(LX, f.y - 12, 6, fill=1, stroke=0)
        text(c, year, LX + 16, f.y - 20, "Sans-B", 22, teal)
        f.y -= 34
        sub = Flow(c, LX + 16, 480, f.y, bottom=40)
        sub.line(title, dates, font="Sans-B", size=10.5, rfont="Sans", after=2)
        sub.line(school, font="Sans-I", size=9.4, color=GREY, after=3)
        sub.bullets(items, size=9.2, indent=11, gap=1.2)
        f.y = sub.y - 4
    c.setStrokeColor(teal)
    c.setLineWidth(1.5)
    c.line(LX, top, LX, f.y + 4)
    f.gap(8)
    for head, body in (
            ("SKILLS", "Classroom management · Differentiated instruction · Google Classroom · Seesaw · "
                       "IEP collaboration · Guided reading"),
            ("LICENSURE", "Illinois Professional Educator License, Elementary (1–6), ESL endorsement")):
        f.y -= 12
        text(c, head, 50, f.y, "Sans-B", 11, teal)
        f.y -= 5
        f.para(body, size=9.4)
        f.gap(6)
    f.y -= 12
    text(c, "EDUCATION", 50, f.y, "Sans-B", 11, teal)
    f.y -= 5
    f.line("M.Ed. Curriculum and Instruction, Northern Prairie State University", "2020", size=9.4)
    f.line("B.S. Elementary Education, Northern Prairie State University", "2016", size=9.4)
    c.save()


def r16_park_ji_hoon(path):
    """Korean resume in English (A4): 'RESUME' title, photo box beside a personal-information grid (name, date of
    birth, phone, e-mail, address, military service), Education and Career tables with 'YYYY.MM ~ YYYY.MM'
    periods (Period / Company / Department / Position), a skills grid, certificates, then a 'Career
    Description' section per company; no places per role."""
    c = new_canvas(path, A4, "Resume - Park Ji-hoon", "Park Ji-hoon", "Hancom Office")
    ink = HexColor("#1a237e")
    head = HexColor("#e8eaf6")
    text(c, "RESUME", 297, 800, "Sans-B", 20, ink, "c")
    box(c, 48, 650, 90, 118, stroke=GREY)
    text(c, "Photo", 93, 706, "Sans", 8, GREY, "c")
    y = grid(c, 150, 768, [100, 297], [
        ["Name", "Park Ji-hoon"],
        ["Date of birth", "1991.08.17"],
        ["Phone", "+82 10-5555-0132"],
        ["E-mail", "jihoon.park@example.kr"],
        ["Address", "Mapo-gu, Seoul, Republic of Korea"],
        ["Military service", "Republic of Korea Army, Sergeant, 2012.05 ~ 2014.02 (honorably discharged)"]],
        font="Sans", size=8.6, pad=4, line_color=GREY)
    X, W = 48, 499

    def sec(s, y_):
        text(c, "■ " + s, X, y_ - 12, "Sans-B", 11, ink)
        return y_ - 18

    y = sec("Education", min(y, 650) - 10)
    y = grid(c, X, y, [120, 200, 109, 70], [
        ["Period", "School", "Major / Degree", "Status"],
        ["2010.03 ~ 2015.02", "Namsan National University", "Statistics (B.S.)", "Graduated"],
        ["2007.03 ~ 2010.02", "Hyehwa High School", "—", "Graduated"]],
        font="Sans", size=8.6, pad=4, head_fill=head, head_font="Sans-B", line_color=GREY) - 8
    y = sec("Career", y)
    y = grid(c, X, y, [120, 150, 129, 100], [
        ["Period", "Company", "Department", "Position"],
        ["2020.03 ~ Present", "Hanbit Commerce Co., Ltd.", "Data Platform Team", "Senior Data Engineer"],
        ["2017.01 ~ 2020.02", "Dasan Mobility Inc.", "Data Engineering Part", "Data Engineer"],
        ["2015.07 ~ 2016.12", "Seorim Card Co., Ltd.", "Risk Analytics Team", "Data Analyst"]],
        font="Sans", size=8.6, pad=4, head_fill=head, head_font="Sans-B", line_color=GREY) - 8
    y = sec("Skills", y)
    y = grid(c, X, y, [120, 379], [
        ["Languages", "Python, Scala, SQL"],
        ["Data", "Spark, Airflow, Kafka, Hive"],
        ["Cloud", "AWS, Kubernetes"]],
        font="Sans", size=8.6, pad=4, line_color=GREY) - 8
    y = sec("Certificates / Language", y)
    y = grid(c, X, y, [120, 379], [
        ["2019.11", "Engineer Information Processing (HRDK)"],
        ["2021.06", "AWS Certified Data Analytics – Specialty"],
        ["2023.03", "TOEIC 905"]], font="Sans", size=8.6, pad=4, line_color=GREY) - 8
    y = sec("Career Description", y)
    f = Flow(c, X, W, y, bottom=36)
    for comp, items in (
            ("Hanbit Commerce Co., Ltd. (2020.03 ~ Present)", [
                "Designed the lakehouse on S3 and Spark that replaced the Hadoop cluster; batch cost down 38%.",
                "Built real-time order and click pipelines on Kafka for a 12-million-member shopping app.",
                "Lead a team of four engineers; run the on-call rotation and design reviews."]),
            ("Dasan Mobility Inc. (2017.01 ~ 2020.02)", [
                "Built Airflow pipelines for ride and payment data used by pricing and finance (140 DAGs).",
                "Migrated Hive reporting tables to Spark SQL; nightly batch from 6 hours to 80 minutes."]),
            ("Seorim Card Co., Ltd. (2015.07 ~ 2016.12)", [
                "Built card-fraud monitoring reports and scorecard validation datasets in SQL and SAS."])):
        f.para(comp, font="Sans-B", size=9.4, after=2)
        f.bullets(items, size=9, indent=11, gap=1, mark="-")
        f.gap(3)
    c.save()


def r22_valentina_rojas_pizarro(path):
    """Chilean career changer (retail to data analytics), modern one-column A4: initials monogram, name and
    headline, a contact row; 'About me'; Experience with the dates in a narrow left column
    ('03/2022 – Present') and a bold title over 'Company SpA · City' at the right;
    a Projects section with lower-case repository names; skill chips; Education; Languages."""
    c = new_canvas(path, A4, "Valentina Rojas Pizarro CV", "Valentina Rojas Pizarro", "Microsoft Word")
    acc = HexColor("#b23a48")
    light = HexColor("#f6e9eb")
    c.setFillColor(acc)
    c.circle(70, 790, 22, fill=1, stroke=0)
    text(c, "VR", 70, 784, "Sans-B", 15, WHITE, "c")
    text(c, "Valentina Rojas Pizarro", 104, 794, "Sans-B", 19)
    text(c, "Data Analyst  ·  Santiago, Chile  ·  +56 9 5555 0164  ·  vrojas@example.cl  ·  github.com/vrojas-example",
         104, 778, "Sans", 8.5, GREY)
    X, W, DX = 48, 499, 118
    f = Flow(c, X, W, 752, bottom=36)

    def sec(s):
        f.gap(8)
        f.y -= 11
        text(c, s, X, f.y, "Sans-B", 11, acc)
        hline(c, X + sw(s, "Sans-B", 11) + 8, X + W, f.y + 3, acc, 0.6)
        f.y -= 7

    sec("About me")
    f.para("Data analyst who spent six years running retail stores before moving into analytics through a "
           "bootcamp and a diploma. I know what store managers need from a dashboard because I used to be one.",
           size=9.3, lead=12.3)
    sec("Experience")
    for dates, title, comp, items in (
            ("03/2022 – Present", "Data Analyst", "Cordillera Retail Analytics SpA · Santiago", [
                "Build Power BI dashboards on sales, stock and staffing for 140 stores of three retail clients.",
                "Wrote the demand-forecast model (Python) that cut overstock in seasonal lines by 11%."]),
            ("06/2021 – 02/2022", "Junior Data Analyst", "Mercado Austral S.A. · Santiago", [
                "SQL reporting on loyalty-card data; automated the weekly promotions report."]),
            ("01/2017 – 05/2021", "Store Manager", "Mercado Austral S.A. · Viña del Mar", [
                "Managed a supermarket with 62 staff and USD 9M annual sales."]),
            ("04/2015 – 12/2016", "Assistant Store Manager", "Tiendas Pacífico Ltda. · Valparaíso", [
                "Rosters, cash control and replenishment for a department store."])):
        f.room(40)
        f.y -= 10
        text(c, dates, X, f.y, "Sans", 8.6, GREY)
        text(c, title, X + DX, f.y, "Sans-B", 10)
        f.y -= 12
        text(c, comp, X + DX, f.y, "Sans", 9, acc)
        f.y -= 3
        sub = Flow(c, X + DX, W - DX, f.y, bottom=36)
        sub.bullets(items, size=8.9, indent=10, gap=1)
        f.y = sub.y - 4
    sec("Projects")
    for name, desc in (("stock-outs-cl", "open dataset and notebook on supermarket stock-outs in Chile"),
                       ("boleta-parser", "Python package that reads electronic receipts into tidy tables")):
        f.para(f"<b>{name}</b> — {desc}", size=9.1, after=2, markup=True)
    sec("Skills")
    xx = X
    f.y -= 14
    for s in ("SQL", "Python", "Power BI", "pandas", "Excel", "Looker Studio"):
        w = sw(s, "Sans", 8.6) + 14
        box(c, xx, f.y - 4, w, 15, fill=light, r=7)
        text(c, s, xx + 7, f.y, "Sans", 8.6, acc)
        xx += w + 6
    f.gap(8)
    sec("Education")
    f.line("Diploma in Data Science, Universidad del Maipo", "2021", size=9.2)
    f.line("Ingeniería Comercial (Business Engineering), Universidad Costa Pacífico", "2014", size=9.2)
    sec("Languages")
    f.para("Spanish (native) · English (C1)", size=9.2)
    c.save()


# =========================================================================================================
# python-docx resumes
# =========================================================================================================
def r02_daan_van_der_meulen(path):
    """Dutch CV in English (DOCX): 'Curriculum Vitae' title, a Personal details table (woonplaats, date of birth,
    nationality, driving licence), Profile, Work experience as a borderless two-column table with Dutch-style
    dates in the left column ('sep. 2021 – heden', 'feb. 2019 – aug. 2021') and the bold title, '| Company B.V.,
    City' and a description at the right; Education, Skills ('Vaardigheden / Skills'), Languages, Hobbies."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=2)
    orange = "C55A11"
    P(d, "Curriculum Vitae", b=True, size=20, color=orange, after=0)
    P(d, "Daan van der Meulen", b=True, size=14, after=6)

    def sec(s):
        p = P(d, before=10, after=4, keep=True)
        run(p, s, b=True, size=12, color=orange)
        pborder(p, "bottom", orange, 6, 1)

    sec("Personal details")
    t = new_table(d, 6, 2, [4.5, 11.5])
    for i, (k, v) in enumerate((("Name", "Daan van der Meulen"), ("Woonplaats", "Utrecht, the Netherlands"),
                                ("Date of birth", "3 May 1993"), ("Nationality", "Dutch"),
                                ("Driving licence", "B"),
                                ("Contact", "+31 6 5555 0182  ·  daan.vdmeulen@example.nl"))):
        cell(t.cell(i, 0), k, b=True)
        cell(t.cell(i, 1), v)
    sec("Profile")
    P(d, "Backend developer with eight years of Java and Kotlin in logistics and energy software. I like boring, "
         "well-tested services and short feedback loops, and I enjoy pairing with junior colleagues.")
    sec("Work experience")
    t = new_table(d, 4, 2, [4.0, 12.0])
    for i, (dates, title, comp, desc) in enumerate((
            ("sep. 2021 – heden", "Senior Backend Developer", "Bolderwerk B.V., Utrecht",
             "Platform team for a charge-point management system (14,000 chargers). Designed the OCPP message "
             "pipeline on Kafka; reduced failed sessions by 30%. Technical lead for a team of five."),
            ("feb. 2019 – aug. 2021", "Backend Developer", "Bolderwerk B.V., Utrecht",
             "Spring Boot services for billing and roaming; moved the team from VMs to Docker on Azure."),
            ("jul. 2016 – jan. 2019", "Software Developer", "Polderdata Software B.V., Amersfoort",
             "Route-planning software for inland shipping; Java 8, PostgreSQL and a lot of SQL tuning."),
            ("feb. 2016 – jun. 2016", "Graduation Intern", "Kanaalzicht ICT, Delft",
             "Afstudeerstage: prototype of a lock-scheduling service for a water board (grade 8.5)."))):
        cell(t.cell(i, 0), dates, color="595959")
        c_ = t.cell(i, 1)
        p = c_.paragraphs[0]
        run(p, title, b=True)
        run(p, "  |  " + comp)
        cell_add(c_, desc, after=6)
    sec("Education")
    t = new_table(d, 2, 2, [4.0, 12.0])
    cell(t.cell(0, 0), "2012 – 2016", color="595959")
    cell(t.cell(0, 1), "BSc Technische Informatica", b=True)
    cell_add(t.cell(0, 1), "Hogeschool Vecht en Eem, Utrecht (HBO bachelor, Computer Science)", after=4)
    cell(t.cell(1, 0), "2006 – 2012", color="595959")
    cell(t.cell(1, 1), "VWO (Natuur & Techniek)", b=True)
    cell_add(t.cell(1, 1), "Christelijk Lyceum De Vecht, Maarssen")
    sec("Vaardigheden / Skills")
    P(d, "Java · Kotlin · Spring Boot · PostgreSQL · Kafka · Docker · Azure")
    sec("Languages")
    P(d, "Nederlands (moedertaal)  ·  English (C1)  ·  Deutsch (B1)")
    sec("Hobbies")
    P(d, "Korfball (club trainer), cycling, board games.")
    docx_save(d, path, "Daan van der Meulen")


def r07_muhammad_usman_tariq(path):
    """Pakistani accountant CV (DOCX, Times New Roman): 'CURRICULUM VITAE' and the name, contact, personal
    information (father's name, CNIC, domicile), Career Objective, Academic Qualification as a ruled table
    (Degree / Institute / Year / Division), Professional Experience with labelled lines per job ('Organization:',
    'Designation:', 'Duration: August 2020 to date', 'Job Responsibilities:' bullets), Computer Skills,
    professional qualification, languages, 'References will be furnished on demand'."""
    d = docx_new("Times New Roman", 11, margins=(1.8, 1.8, 2.2, 2.2), after=1)
    p = P(d, align="c", after=2)
    run(p, "CURRICULUM VITAE", b=True, size=14, u=True)
    P(d, "MUHAMMAD USMAN TARIQ", b=True, size=16, align="c", after=0)
    P(d, "House No. 214, Street 6, Madina Town, Faisalabad  |  Cell: 0300-5550161  |  usman.tariq@example.pk",
      size=10, align="c", after=6)

    def sec(s):
        p_ = P(d, before=8, after=3, keep=True)
        run(p_, s, b=True, size=11.5)
        shade(p_, "D9D9D9")

    def field(k, v, b=False):
        p_ = P(d, after=0)
        tabs(p_, (4.2, "l"))
        run(p_, k, b=True)
        run(p_, "\t" + v, b=b)

    sec("PERSONAL INFORMATION")
    for k, v in (("Father's Name:", "Muhammad Tariq Mehmood"), ("CNIC No.:", "33100-5550161-9"),
                 ("Date of Birth:", "11-02-1991"), ("Domicile:", "Faisalabad (Punjab)"),
                 ("Marital Status:", "Married")):
        field(k, v)
    sec("CAREER OBJECTIVE")
    P(d, "To work in a progressive organization where I can utilize my accounting, taxation and ERP skills for "
         "the growth of the organization and my own professional development.")
    sec("ACADEMIC QUALIFICATION")
    t = new_table(d, 5, 4, [3.4, 7.4, 2.0, 3.6], borders={})
    for i, row in enumerate((("Degree", "Institute", "Year", "Division / CGPA"),
                             ("M.Com Accounting & Finance", "Chenab Valley University, Faisalabad", "2013",
                              "CGPA 3.41"),
                             ("B.Com", "Sandal Bar College of Commerce, Faisalabad", "2011", "1st Division"),
                             ("I.Com", "Board of Intermediate & Secondary Education, Faisalabad", "2009",
                              "1st Division"),
                             ("Matric (Science)", "Board of Intermediate & Secondary Education, Faisalabad", "2007",
                              "A Grade"))):
        for j, v in enumerate(row):
            cell(t.cell(i, j), v, b=(i == 0), fill="F2F2F2" if i == 0 else None)
    sec("PROFESSIONAL EXPERIENCE")
    for org, des, dur, items in (
            ("Indus Crescent Textiles Ltd., Faisalabad", "Assistant Manager Accounts", "August 2020 to date", [
                "Month-end closing and preparation of monthly management accounts for a 3-unit spinning mill.",
                "Supervise a team of 4 accountants; payables, receivables and bank reconciliations.",
                "Sales tax and withholding tax returns on IRIS; coordination with external auditors.",
                "Implemented SAP FICO fixed-asset module with the IT department in 2022."]),
            ("Ravi Fields Fertilizers (Pvt.) Limited, Lahore", "Senior Accountant",
             "March 2017 – July 2020 (3 years 5 months)", [
                 "Dealer ledgers, credit control and monthly receivable ageing for 600+ dealers.",
                 "Prepared quarterly financial statements under IFRS for the group consolidation."]),
            ("Hafeez Nadeem & Co., Lahore", "Audit Trainee (Articleship)",
             "January 2014 – December 2016 (3 years)", [
                 "Statutory audits of manufacturing and trading companies; vouching, stock counts and working "
                 "papers."])):
        field("Organization:", org, b=True)
        field("Designation:", des)
        field("Duration:", dur)
        P(d, "Job Responsibilities:", b=True, before=2, after=0)
        bullets(d, items)
        P(d, after=4)
    sec("COMPUTER SKILLS")
    P(d, "SAP FICO, Oracle Financials, QuickBooks, MS Excel, MS Word")
    sec("PROFESSIONAL QUALIFICATION")
    P(d, "CA Intermediate (ICAP), all papers cleared 2016")
    sec("LANGUAGES")
    P(d, "Urdu, Punjabi, English")
    sec("REFERENCES")
    P(d, "References will be furnished on demand.")
    docx_save(d, path, "Muhammad Usman Tariq")


def r08_marco_bellandi_price(path):
    """US chef resume (DOCX, Georgia): name and contact centred; Culinary Profile; Experience where each role is
    ONE paragraph: a bold 'Company (City, ST) | Title | 2022–Present' lead followed on the same line by inline
    achievements separated by '•'; Skills as a '·' line; Education and certifications as short lines."""
    d = docx_new("Georgia", 10, margins=(1.6, 1.6, 2.0, 2.0), after=4, line=1.1)
    P(d, "MARCO BELLANDI-PRICE", b=True, size=18, align="c", after=0)
    P(d, "Jersey City, NJ · (201) 555-0129 · marco.bp@example.com · instagram.com/marcocooks-example", size=9,
      align="c", after=8)

    def sec(s):
        p = P(d, before=8, after=4, keep=True)
        run(p, s, b=True, size=11, color="7B2D26", caps=True)
        pborder(p, "bottom", "7B2D26", 4, 1)

    sec("Culinary Profile")
    P(d, "Italian-trained chef with a decade in high-volume New York kitchens, equally at home on the line, in "
         "the butcher room and in the office with a food-cost spreadsheet.")
    sec("Experience")
    for lead, rest in (
            ("Larkspur & Vine (Brooklyn, NY) | Executive Sous Chef | 2022–Present",
             "Run a brigade of 14 for a 160-cover restaurant and private dining room • Cut food cost from 34% "
             "to 29% by moving to whole-animal butchery • Write the seasonal menus with the chef-owner • "
             "Passed every city health inspection with an A grade"),
            ("Osteria Calabrone (Manhattan, NY) | Sous Chef | 2019–2022",
             "Second in command of a pasta-focused kitchen doing 300 covers a night • Built the prep system and "
             "order guides • Trained 20+ cooks, four of whom became sous chefs"),
            ("The Dockside Grill Group (Hoboken, NJ) | Chef de Partie | 2016–2019",
             "Ran grill and sauté stations • Led the kitchen's move to HACCP logs on tablets"),
            ("Caffè Ferrante (Providence, RI) | Line Cook | 2014–2016",
             "Breakfast and lunch line, fresh pasta and bread programme")):
        p = P(d, after=6, align="j")
        run(p, lead, b=True)
        run(p, " — " + rest)
    sec("Skills")
    P(d, "Menu development · Food costing · HACCP · Butchery · Fresh pasta · Staff training")
    sec("Education & Certifications")
    P(d, "A.O.S. Culinary Arts, Hudson Bluffs Culinary College, Poughkeepsie, NY — 2014")
    P(d, "ServSafe Food Protection Manager (2023) · NYC Food Protection Certificate")
    docx_save(d, path, "Marco Bellandi-Price")


def r12_burak_yildirim_aksoy(path):
    """Turkish CV (DOCX): name, target title, a personal-information block (date of birth, military service
    'Completed', driving licence); Work Experience in reverse order where the company and the dates sit on one
    line split by a right tab stop into a separate date column ('03.2019 – Present'), with the title in italics
    on the next line and bullets; Education with 'MM.YYYY' dates at the same right tab; Skills; Certificates;
    Languages; References."""
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 2.0, 2.0), after=1)
    red = "A4161A"
    P(d, "Burak Yıldırım Aksoy", b=True, size=20, color=red, after=0)
    P(d, "Warehouse Operations Manager", size=12, after=2)
    P(d, "Gebze, Kocaeli, Türkiye  |  +90 532 555 01 47  |  burak.aksoy@example.com.tr", size=9, after=2)
    P(d, "Date of Birth: 14.09.1988  |  Military Service: Completed (2013)  |  Driving Licence: B  |  "
         "Marital Status: Married", size=9, color="595959", after=4)

    def sec(s):
        p = P(d, before=10, after=3, keep=True)
        run(p, s.upper(), b=True, size=11, color=red)
        pborder(p, "bottom", red, 6, 1)

    sec("Summary")
    P(d, "Warehouse and inventory professional with 11 years in 3PL and retail distribution, running "
         "multi-client sites of up to 42,000 m² and 180 staff.")
    sec("Work Experience")
    for comp, dates, title, items in (
            ("Marmara Lojistik A.Ş. – Gebze, Kocaeli", "03.2019 – Present", "Warehouse Operations Manager", [
                "Run a 42,000 m² multi-client e-commerce and retail site with 180 staff in three shifts.",
                "Led the SAP EWM go-live; pick accuracy up from 99.1% to 99.7%.",
                "Cut overtime cost by 18% with a new shift and labour-planning model."]),
            ("Marmara Lojistik A.Ş. – Gebze, Kocaeli", "06.2016 – 02.2019", "Warehouse Supervisor", [
                "Supervised inbound and returns for two fashion clients; 5S and lean waste walks."]),
            ("Boğaziçi Perakende Ticaret Ltd. Şti. – Istanbul", "09.2013 – 05.2016",
             "Inventory Control Specialist", [
                 "Cycle counts and stock reconciliation for 64 stores and the central warehouse."]),
            ("Ege Kargo A.Ş. – Izmir", "07.2011 – 09.2011", "Logistics Intern", [
                "Summer internship in hub operations and route planning."])):
        tabline(d, [(comp, True, False)], dates, stop=17.0, rb=True, before=6, after=0)
        P(d, title, i=True, after=1)
        bullets(d, items)
    sec("Education")
    tabline(d, [("B.Sc. Industrial Engineering", True, False), (" – Körfez University, Kocaeli", False, False)],
            "09.2008 – 06.2012", stop=17.0, after=1)
    tabline(d, [("High School Diploma", True, False), (" – Gebze Anatolian High School", False, False)],
            "09.2004 – 06.2008", stop=17.0, after=1)
    sec("Skills")
    P(d, "SAP EWM, WMS, Lean warehousing, 5S, Labour planning, MS Excel")
    sec("Certificates")
    P(d, "Lean Six Sigma Green Belt (2018)  |  Forklift Operator Certificate (2012)")
    sec("Languages")
    P(d, "Turkish (native), English (B2), German (A2)")
    sec("References")
    P(d, "Available upon request.")
    docx_save(d, path, "Burak Yildirim Aksoy")


def r17_johan_lindqvist_berg(path):
    """Swedish electrician CV (DOCX): name and 'Elektriker / Electrician'; Profile; Employment with a left date
    column at a tab stop ('2018 –' open-ended, '2014 – 2018') and 'Title, Company AB, Town' at the tab, a
    plain-prose description under it (no figures); Kompetenser / Skills; Authorisations and cards; Education;
    Languages; 'Referenser lämnas på begäran'."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=2)
    P(d, "Johan Lindqvist Berg", b=True, size=22, after=0)
    P(d, "Elektriker / Electrician  ·  Umeå  ·  070-555 01 38  ·  johan.lberg@example.se", size=10,
      color="404040", after=8)

    def sec(s):
        p = P(d, before=10, after=4, keep=True)
        run(p, s, b=True, size=12, color="005B99")

    def row(left, right, b=True):
        p = P(d, after=0)
        tabs(p, (3.2, "l"))
        p.paragraph_format.left_indent = buildkit.Cm(3.2)
        p.paragraph_format.first_line_indent = buildkit.Cm(-3.2)
        run(p, left)
        run(p, "\t" + right, b=b)
        return p

    sec("Profile")
    P(d, "Authorised electrician with a background in both new-build installation and property service. Calm "
         "with customers, careful with documentation and happy to take an apprentice along.")
    sec("Employment")
    for dates, head, desc in (
            ("2018 –", "Installation Electrician, Norrsken El AB, Umeå",
             "Installations in new-build housing and commercial premises, from drawings to self-inspection. "
             "Site lead on smaller projects and responsible for the company's EV charger and solar PV jobs."),
            ("2014 – 2018", "Service Electrician, Kvarken Fastighetsservice AB, Skellefteå",
             "Fault finding and repairs in housing associations' properties, on-call duty and customer visits."),
            ("2012 – 2014", "Apprentice Electrician, Vindeln Kraft & El AB, Vindeln",
             "Apprenticeship towards the ECY certificate, mainly domestic installations and farm buildings.")):
        row(dates, head)
        p = P(d, desc, after=6)
        p.paragraph_format.left_indent = buildkit.Cm(3.2)
    sec("Kompetenser / Skills")
    P(d, "Electrical installation · Fault finding · KNX · PLC basics · EV charger installation · Solar PV")
    sec("Authorisations and cards")
    P(d, "Auktorisation AB (Elsäkerhetsverket)  ·  ECY certificate  ·  ID06  ·  Heta arbeten  ·  Driving licence B")
    sec("Education")
    row("2015 – 2017", "Higher Vocational Diploma in Electrical Automation, Umevik Higher Vocational School")
    P(d, "Part-time distance programme alongside work.", after=4).paragraph_format.left_indent = buildkit.Cm(3.2)
    row("2009 – 2012", "Electricity and Energy Programme, Backens Gymnasium, Umeå")
    sec("Languages")
    P(d, "Swedish (native), English (good), Finnish (basic)")
    P(d, "Referenser lämnas på begäran.", i=True, before=10)
    docx_save(d, path, "Johan Lindqvist Berg")


def r18_giulia_ferraro_conti(path):
    """Italian CV in the old Europass layout (DOCX): a two-column borderless table with right-aligned labels in
    the left column ('Dates', 'Occupation or position held', 'Main activities and responsibilities', 'Name and
    address of employer', 'Type of business or sector') and the values at the right; day-first dates
    '15/03/2019 → present'; personal skills (mother tongue, other languages grid, technical skills, driving
    licence) and the Italian privacy consent line."""
    d = docx_new("Arial", 9.5, margins=(1.6, 1.6, 1.6, 1.6), after=1)
    blue = "1F3864"
    t = new_table(d, 1, 2, [5.2, 12.0])
    cell(t.cell(0, 0), "Europass\nCurriculum Vitae", b=True, size=12, color=blue, align="r")
    cell(t.cell(0, 1), "", after=0)

    def block(title, rows):
        tb = new_table(d, len(rows) + 1, 2, [5.2, 12.0])
        cell(tb.cell(0, 0), title, b=True, size=11, color=blue, align="r", after=4)
        cell(tb.cell(0, 1), "", after=4)
        for i, (k, v) in enumerate(rows, start=1):
            cell(tb.cell(i, 0), k, align="r", color="404040")
            if isinstance(v, tuple):
                cell(tb.cell(i, 1), v[0], b=True)
            else:
                cell(tb.cell(i, 1), v)
        return tb

    block("Personal information", [("First name(s) / Surname(s)", ("Giulia Ferraro Conti",)),
                                   ("Address", "Via dei Mulini 14, 24020 Gorle (BG), Italy"),
                                   ("Mobile", "+39 345 555 0119"), ("E-mail", "giulia.ferraro@example.it"),
                                   ("Nationality", "Italian"), ("Date of birth", "22/07/1994"),
                                   ("Gender", "Female")])
    P(d, after=4)
    block("Desired employment / Occupational field", [("", ("Maintenance Technician – Industrial Automation",))])
    P(d, after=4)
    rows = [("", ("Work experience",))]
    for dates, pos, acts, emp, sector in (
            ("15/03/2019 → present", "Maintenance Technician",
             "Preventive and breakdown maintenance on packaging lines; PLC fault finding and HMI changes; "
             "planning of weekend shutdowns with external contractors; cut unplanned downtime by 27% in 2023.",
             "Officine Brembana S.r.l. – Bergamo, Italy", "Food packaging machinery"),
            ("01/06/2015 → 14/03/2019", "Electromechanical Technician",
             "Installation and commissioning of conveyor systems at customer sites in Italy and Austria.",
             "Valseriana Impianti S.p.A. – Clusone, Italy", "Industrial plant engineering"),
            ("02/09/2013 → 31/05/2015", "Apprentice Maintenance Technician",
             "Apprenticeship contract: electrical panels, motor replacement, lubrication plans.",
             "Valseriana Impianti S.p.A. – Clusone, Italy", "Industrial plant engineering")):
        rows += [("Dates", dates), ("Occupation or position held", (pos,)),
                 ("Main activities and responsibilities", acts), ("Name and address of employer", emp),
                 ("Type of business or sector", sector), ("", "")]
    tb = new_table(d, len(rows), 2, [5.2, 12.0])
    for i, (k, v) in enumerate(rows):
        if i == 0:
            cell(tb.cell(0, 0), "Work experience", b=True, size=11, color=blue, align="r", after=4)
            cell(tb.cell(0, 1), "", after=4)
            continue
        cell(tb.cell(i, 0), k, align="r", color="404040")
        cell(tb.cell(i, 1), v[0] if isinstance(v, tuple) else v, b=isinstance(v, tuple))
    P(d, after=4)
    block("Education and training", [
        ("Dates", "2011 → 2013"),
        ("Title of qualification awarded", ("Higher Technical Diploma in Industrial Automation",)),
        ("Name and type of organisation", "ITS Orobica Academy, Bergamo (post-secondary, EQF level 5)"),
        ("Dates", "2006 → 2011"),
        ("Title of qualification awarded", ("Diploma di Perito Industriale – Electrotechnics",)),
        ("Name and type of organisation", "Istituto Tecnico Industriale Val Seriana, Clusone (upper secondary)")])
    P(d, after=4)
    block("Personal skills and competences", [
        ("Mother tongue(s)", "Italian"),
        ("Other language(s)", "English B2 (understanding B2, speaking B1, writing B2); German A2"),
        ("Technical skills and competences", "Siemens S7 PLC programming, Hydraulics, Pneumatics, "
                                             "Preventive maintenance, AutoCAD Electrical"),
        ("Computer skills and competences", "Microsoft Office, SAP PM (work orders)"),
        ("Driving licence", "B")])
    P(d, "I authorise the processing of my personal data pursuant to Legislative Decree 196/2003 and EU Regulation "
         "2016/679 (GDPR).", i=True, size=8, before=10)
    docx_save(d, path, "Giulia Ferraro Conti")


def r23_ines_carvalho_matos(path):
    """Portuguese retail-manager CV (DOCX): Word Title style name, a subtitle line, Heading 1 sections; each role
    a Heading 2 title followed by an italic 'Company, Lda. · City · MM/YYYY – present' line and bullets; a
    'Competências / Skills' two-column table; Education; Languages."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=2)
    d.add_paragraph("Inês Carvalho Matos", style="Title")
    P(d, "Retail Area Manager · Porto, Portugal · +351 912 555 014 · ines.matos@example.pt", color="595959",
      after=6)
    d.add_paragraph("Professional Summary", style="Heading 1")
    P(d, "Retail manager with twelve years in fashion and sporting goods, from store opening teams to area "
         "management of nine stores in northern Portugal.")
    d.add_paragraph("Professional Experience", style="Heading 1")
    for title, meta, items in (
            ("Area Manager", "Atlântico Desporto, Lda. · Porto · 04/2021 – present", [
                "Responsible for nine stores (120 staff, €31M sales); coach store managers on KPIs and rosters.",
                "Led two new store openings in Braga and Viana do Castelo on time and under budget."]),
            ("Store Manager", "Atlântico Desporto, Lda. · Matosinhos · 09/2017 – 03/2021", [
                "Flagship store of 2,400 m²; sales up 19% in three years; lowest staff turnover in the region."]),
            ("Assistant Store Manager", "Moda Ribeira, S.A. · Porto · 02/2014 – 08/2017", [
                "Visual merchandising, stock rotation and weekly sales reporting for a high-street fashion store."]),
            ("Sales Associate", "Moda Ribeira, S.A. · Coimbra · 06/2012 – 01/2014", [
                "Customer service, fitting rooms and tills while finishing my degree."])):
        d.add_paragraph(title, style="Heading 2")
        P(d, meta, i=True, color="404040", after=1)
        bullets(d, items)
    d.add_paragraph("Competências / Skills", style="Heading 1")
    t = new_table(d, 3, 2, [8.0, 8.0])
    for i, (a, b_) in enumerate((("Multi-site management", "Visual merchandising"),
                                  ("KPI analysis", "Recruitment and coaching"),
                                  ("SAP Retail", "Microsoft Excel"))):
        cell(t.cell(i, 0), "• " + a)
        cell(t.cell(i, 1), "• " + b_)
    d.add_paragraph("Education", style="Heading 1")
    P(d, "Licenciatura em Gestão (Bachelor in Management), Universidade do Douro Litoral, 2013")
    d.add_paragraph("Languages", style="Heading 1")
    P(d, "Portuguese (native) · English (C1) · Spanish (B2)")
    docx_save(d, path, "Ines Carvalho Matos")


# =========================================================================================================
# Word files converted by LibreOffice
# =========================================================================================================
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
EMU = 360000  # per cm


def textbox(d, paras, x_cm, y_cm, w_cm, h_cm, fill, shape_id=1):
    """Anchor a floating DrawingML text box (Word 2010 'wps' shape, no wrapping) to a new body paragraph.
    paras: (text, bold, size_pt, hex colour, space_after_pt) tuples."""
    body = ""
    for s, b, size, color, after in paras:
        rpr = ("<w:b/>" if b else "") + f'<w:color w:val="{color}"/><w:sz w:val="{int(size * 2)}"/>'
        body += (f'<w:p><w:pPr><w:spacing w:before="0" w:after="{int(after * 20)}"/></w:pPr>'
                 f'<w:r><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/>{rpr}</w:rPr>'
                 f'<w:t xml:space="preserve">{xesc(s)}</w:t></w:r></w:p>')
    cx, cy = int(w_cm * EMU), int(h_cm * EMU)
    xml = (f'<w:r {W_NS}><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
           f'relativeHeight="{251659264 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
           '<wp:simplePos x="0" y="0"/>'
           f'<wp:positionH relativeFrom="page"><wp:posOffset>{int(x_cm * EMU)}</wp:posOffset></wp:positionH>'
           f'<wp:positionV relativeFrom="page"><wp:posOffset>{int(y_cm * EMU)}</wp:posOffset></wp:positionV>'
           f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
           f'<wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
           f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
           '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
           f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>'
           f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
           '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="144000" tIns="144000" rIns="108000" bIns="72000" '
           'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
           '</wp:anchor></w:drawing></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    p.paragraph_format.space_after = buildkit.Pt(0)
    return p


def r06_takahashi_kenji_docx(path):
    """Japanese job history sheet (shokumu keirekisho) in English (A4, MS Mincho-like serif): centred title,
    'As of' date and name at the right; Career Summary; Work History in CHRONOLOGICAL order (oldest first): per
    company a bold name with 'Period of employment', an overview line (business, established, capital,
    employees, location) and a ruled Period / Duties table whose cells give 'Department:' and 'Position:' lines,
    projects with team size and role; Technical Skills as a Category / Skill / Experience table; Qualifications
    with 'YYYY/MM'; Self-PR; '— End —'. Two pages."""
    d = docx_new("Liberation Serif", 10.5, margins=(2.0, 2.0, 2.0, 2.0), after=1)
    P(d, "Job History Sheet (Shokumu Keirekisho)", b=True, size=15, align="c", after=6)
    P(d, "As of June 1, 2024", align="r", after=0)
    P(d, "Name: Kenji Takahashi", align="r", after=8)

    def sec(s):
        p = P(d, before=10, after=3, keep=True)
        run(p, "■ " + s, b=True, size=11.5)

    sec("Career Summary")
    P(d, "After graduating I joined Asahigawa Systems Co., Ltd. as a systems engineer and spent five and a half "
         "years on core banking and payment systems for regional banks, from detailed design to release. In "
         "October 2021 I moved to Kaminari Data Solutions K.K., where I manage cloud migration projects for "
         "financial and insurance clients.", align="j")
    sec("Work History")
    for comp, period, overview, rows in (
            ("Asahigawa Systems Co., Ltd.", "April 2016 – September 2021",
             "Business: system integration for financial institutions  |  Established: 1987  |  Capital: JPY 480 "
             "million  |  Employees: 1,200  |  Location: Kita-ku, Osaka",
             [("2016/04 – 2019/03",
               ["Department: Financial Systems Division, Development Section 2", "Position: Systems Engineer",
                "[Project] Core banking system renewal for a regional bank (team of 8)",
                "Role: detailed design, Java batch development, integration testing",
                "Achievement: zero severity-1 defects in the first year after go-live"]),
              ("2019/04 – 2021/09",
               ["Department: Financial Systems Division, Development Section 2",
                "Position: Senior Systems Engineer",
                "[Project] QR-code payment gateway for three regional banks (team of 15, sub-leader of 5)",
                "Role: basic design, customer meetings, vendor management, Oracle Database tuning",
                "Achievement: cut batch processing time from 4 hours to 70 minutes"])]),
            ("Kaminari Data Solutions K.K.", "October 2021 – Present",
             "Business: cloud migration and managed services  |  Established: 2009  |  Capital: JPY 300 million  |  "
             "Employees: 450  |  Location: Shinagawa, Tokyo",
             [("2021/10 – Present",
               ["Department: Cloud Migration Division, Financial Services Unit", "Position: Project Manager",
                "[Project] Migration of an insurer's policy administration system to AWS (team of 22)",
                "[Project] Rebuild of a securities firm's reporting platform on PostgreSQL (team of 9)",
                "Role: planning, budget (JPY 380 million), progress and quality management, client reporting",
                "Achievement: both projects delivered on schedule; client satisfaction score 4.6 / 5"])])):
        p = P(d, before=6, after=0, keep=True)
        run(p, comp, b=True, size=11)
        run(p, "    (Period of employment: " + period + ")", size=9.5)
        P(d, overview, size=9, color="404040", after=3)
        t = new_table(d, len(rows) + 1, 2, [3.6, 13.4], borders={"color": "808080"})
        cell(t.cell(0, 0), "Period", b=True, fill="E7E6E6", align="c")
        cell(t.cell(0, 1), "Duties", b=True, fill="E7E6E6", align="c")
        for i, (per, lines) in enumerate(rows, start=1):
            cell(t.cell(i, 0), per)
            cell(t.cell(i, 1), lines[0])
            for ln in lines[1:]:
                cell_add(t.cell(i, 1), ln, b=ln.startswith("Position:"))
    sec("Technical Skills")
    t = new_table(d, 6, 3, [4.0, 8.0, 5.0], borders={"color": "808080"})
    for i, row in enumerate((("Category", "Skill", "Experience"), ("OS", "Linux", "8 years"),
                             ("Languages", "Java", "6 years"), ("Languages", "SQL", "8 years"),
                             ("Database", "Oracle Database", "6 years"), ("Database / Cloud", "PostgreSQL", "3 years"))):
        for j, v in enumerate(row):
            cell(t.cell(i, j), v, b=(i == 0), fill="E7E6E6" if i == 0 else None)
    P(d, "Also used: AWS (EC2, RDS, S3) 3 years; Jenkins 4 years.", size=9.5, before=2)
    sec("Qualifications")
    for q in ("2016/11  Fundamental Information Technology Engineer Examination (IPA)",
              "2018/10  Applied Information Technology Engineer Examination (IPA)",
              "2022/05  Project Management Professional (PMP)",
              "2023/01  TOEIC Listening & Reading 820"):
        P(d, q)
    sec("Self-PR")
    P(d, "1. Turning requirements into plans. In banking projects I learned to write down the assumptions "
         "behind every estimate, which lets me explain delays early and honestly to clients.", align="j")
    P(d, "2. Building trust with vendors and teams. As a project manager I hold short weekly one-on-ones with "
         "each sub-leader and share one dashboard with the client, so that nobody is surprised at a steering "
         "meeting.", align="j")
    P(d, "— End —", align="r", before=8)
    docx_save(d, path, "Kenji Takahashi")


def r13_dewi_ayu_lestari_docx(path):
    """Indonesian data-analyst CV (A4) made in Word with a floating text box: a dark sidebar text box anchored to
    the right of the page holds the photo placeholder note, contact, skills and languages; the body (with a wide
    right margin) has the name, headline, summary, Work Experience with 'Title' / 'PT ... Tbk — City' /
    'Mon YYYY – Now' lines and bullets, Education, Organisational Experience and Training; converted by
    LibreOffice."""
    d = docx_new("Liberation Sans", 10, margins=(1.6, 1.6, 1.8, 7.4), after=1)
    navy = "12355B"
    textbox(d, [("[ photo ]", False, 9, "BFC9D6", 30),
                ("CONTACT", True, 10.5, "FFFFFF", 3),
                ("+62 812 5555 0173", False, 9, "FFFFFF", 1),
                ("dewi.lestari@example.co.id", False, 9, "FFFFFF", 1),
                ("linkedin.com/in/dewiayu-example", False, 9, "FFFFFF", 1),
                ("Tebet, Jakarta Selatan", False, 9, "FFFFFF", 12),
                ("SKILLS", True, 10.5, "FFFFFF", 3),
                ("SQL", False, 9.5, "FFFFFF", 2), ("Python", False, 9.5, "FFFFFF", 2),
                ("BigQuery", False, 9.5, "FFFFFF", 2), ("Looker Studio", False, 9.5, "FFFFFF", 2),
                ("Tableau", False, 9.5, "FFFFFF", 2), ("Microsoft Excel", False, 9.5, "FFFFFF", 12),
                ("LANGUAGES", True, 10.5, "FFFFFF", 3),
                ("Bahasa Indonesia (native)", False, 9, "FFFFFF", 1),
                ("English (TOEFL ITP 587)", False, 9, "FFFFFF", 1),
                ("Javanese (conversational)", False, 9, "FFFFFF", 1)],
            14.3, 0.0, 6.7, 29.7, navy)
    P(d, "DEWI AYU LESTARI", b=True, size=22, color=navy, after=0)
    P(d, "Data Analyst | E-commerce & Logistics", size=11.5, color="5A6B7D", after=8)

    def sec(s):
        p = P(d, before=10, after=3, keep=True)
        run(p, s, b=True, size=11.5, color=navy)
        pborder(p, "bottom", navy, 6, 1)

    sec("SUMMARY")
    P(d, "Data analyst with five years of experience in e-commerce and logistics. I turn messy operational data "
         "into dashboards and experiments that product and operations teams actually use.", align="j")
    sec("WORK EXPERIENCE")
    for title, comp, dates, items in (
            ("Data Analyst", "PT Nusantara Niaga Digital Tbk — Jakarta Selatan", "Feb 2021 – Now", [
                "Own the seller-performance dashboards in Looker Studio used by 60 account managers.",
                "Designed the A/B test framework for checkout; one test lifted conversion by 3.4%.",
                "Built BigQuery models for daily GMV and cancellation reporting."]),
            ("Junior Data Analyst", "PT Sinar Pagi Logistik — Surabaya", "Jan 2019 – Jan 2021", [
                "Weekly delivery-performance reports for 45 hubs; automated them with Python.",
                "Analysed failed deliveries; route changes reduced them from 7% to 4.5%."]),
            ("Business Intelligence Intern", "PT Merapi Asuransi — Yogyakarta", "Jun 2018 – Aug 2018", [
                "Cleaned claims data and built a Tableau dashboard for the branch managers."])):
        P(d, title, b=True, size=10.5, before=5, after=0)
        P(d, comp, i=True, after=0)
        P(d, dates, size=9, color="5A6B7D", after=1)
        bullets(d, items)
    sec("EDUCATION")
    P(d, "Bachelor of Computer Science (S.Kom.)", b=True, after=0)
    P(d, "Universitas Lembah Progo, Yogyakarta  |  2014 – 2018  |  GPA 3.62 / 4.00")
    sec("ORGANISATIONAL EXPERIENCE")
    P(d, "Head of Data Division, Informatics Student Association, Universitas Lembah Progo (2016 – 2017)")
    sec("TRAINING & CERTIFICATION")
    P(d, "Google Data Analytics Professional Certificate (2020)  ·  Dicoding: Belajar Machine Learning untuk "
         "Pemula (2021)")
    docx_save(d, path, "Dewi Ayu Lestari")


def r21_eleni_papadopoulou_docx(path):
    """Greek hotel front-office CV (A4): contact details in the Word page header; the body is set in two Word
    newspaper columns (the section's w:cols): hotels in bold capitals with '– Island / City', the title with the dates after a
    ' | ' ('Nov 2019 – Present', 'Summer seasons 2015 – 2017'), 'Key responsibilities' bullets; after a column
    break Skills, Education, Languages and References fill the second column; converted by LibreOffice."""
    d = docx_new("Liberation Sans", 9.5, margins=(1.6, 1.6, 1.8, 1.8), after=1)
    sec0 = d.sections[0]
    hp = sec0.header.paragraphs[0]
    run(hp, "ELENI PAPADOPOULOU", b=True, size=16, color="0B5394")
    hp2 = sec0.header.add_paragraph()
    run(hp2, "Rhodes, Greece  ·  +30 694 555 0125  ·  eleni.papadopoulou@example.gr  ·  Front Office Manager",
        size=8.5, color="595959")
    pborder(hp2, "bottom", "0B5394", 8, 2)
    P(d, "Hospitality professional with eleven years in front office and guest relations in resort and city "
         "hotels, fluent in four languages and at ease with demanding guests and busy arrival days.", i=True,
      after=6)
    def sec(s):
        p = P(d, before=8, after=3, keep=True)
        run(p, s, b=True, size=10.5, color="0B5394")
        pborder(p, "bottom", "0B5394", 4, 1)

    sec("PROFESSIONAL EXPERIENCE")
    for hotel, title, dates, items in (
            ("AEGEAN PEARL HOTELS S.A. – Rhodes", "Front Office Manager", "Nov 2019 – Present", [
                "Lead a front office of 18 across two resorts (640 rooms); year-round since 2022.",
                "Raised online review scores from 8.6 to 9.1 and upselling revenue by 26%.",
                "Introduced online check-in and digital keys with the IT team."]),
            ("AEGEAN PEARL HOTELS S.A. – Rhodes", "Assistant Front Office Manager", "Apr 2018 – Oct 2019", [
                "Shift leadership, night audit checks, group arrivals and VIP handling."]),
            ("KALIMERA BAY RESORT – Chania, Crete", "Guest Relations Agent", "Summer seasons 2015 – 2017", [
                "Welcomed guests, handled complaints and organised excursions for a 300-room resort."]),
            ("HOTEL LEFKOS PYRGOS – Thessaloniki", "Receptionist", "Jun 2013 – Dec 2014", [
                "Check-in and check-out, reservations and cashiering in a 120-room city hotel."])):
        P(d, hotel, b=True, before=5, after=0)
        p = P(d, after=1)
        run(p, title, i=True)
        run(p, "  |  " + dates, size=9)
        P(d, "Key responsibilities:", size=9, color="595959", after=0)
        bullets(d, items, size=9)
    brk = buildkit.OxmlElement("w:br")
    brk.set(buildkit.qn("w:type"), "column")
    P(d, after=0).add_run()._r.append(brk)  # the rest goes to the second column
    sec("SKILLS")
    for s in ("Opera PMS", "Protel", "Revenue management", "Guest relations", "Staff training"):
        P(d, "▸ " + s, after=0)
    sec("EDUCATION")
    P(d, "BA in Tourism Management", b=True, after=0)
    P(d, "University of the Dodecanese, Rhodes, 2013", after=3)
    P(d, "Certificate in Hotel Revenue Management", b=True, after=0)
    P(d, "Online course, 2021")
    sec("LANGUAGES")
    P(d, "Greek (native) · English (C2) · German (C1) · Italian (B1)")
    sec("REFERENCES")
    P(d, "Available upon request.")
    # the one section is set in two newspaper columns
    cols = d.sections[-1]._sectPr.find(buildkit.qn("w:cols"))
    if cols is None:
        cols = buildkit.OxmlElement("w:cols")
        d.sections[-1]._sectPr.append(cols)
    cols.set(buildkit.qn("w:num"), "2")
    cols.set(buildkit.qn("w:space"), "567")
    docx_save(d, path, "Eleni Papadopoulou")


# =========================================================================================================
# plain-text and Markdown documents
# =========================================================================================================
TEXTS = {}

TEXTS["resumes/r03_kwame_boateng_ellis.txt"] = """\
From: Kwame Boateng-Ellis <kwame.be@example.co.uk>
To: recruitment@example.co.uk
Date: Tue, 14 May 2024 07:42
Subject: Application - Class 1 HGV Driver (ref DRV-2207) - Kwame Boateng-Ellis

Dear Hiring Manager,

I would like to apply for the Class 1 driver position advertised on your website. I could not attach a file
from my phone so my CV is copied below. I can start on two weeks' notice and I am happy to do nights.

Many thanks,
Kwame

Sent from my phone

-----

KWAME BOATENG-ELLIS
Doncaster, South Yorkshire | 07700 900 642 | kwame.be@example.co.uk

LICENCES
Cat C+E (clean) | Driver CPC card (valid) | Digital tachograph card | ADR (packages and tanks)

EMPLOYMENT

Jun 2019 - present: Class 1 HGV Driver, Brackenfold Haulage Ltd (Doncaster)
 * Trunking and multi-drop deliveries across the North and Midlands, days and nights
 * Daily walkaround checks and defect reporting, clean record with DVSA roadside checks
 * Chosen to train new drivers on the company's routes and customer sites

Mar 2016 - May 2019: Class 2 Driver, Ridings Builders Merchants Ltd (Wakefield)
 * Delivered building materials to sites and homes with a crane-mounted rigid
 * Planned my own drops and kept customers updated when running late

Sep 2013 - Feb 2016: Warehouse Operative, Calder Valley Fulfilment Ltd (Huddersfield)
 * Picking, packing and loading in a busy online retail warehouse
 * Counterbalance and reach truck driving, goods in and returns

SKILLS
Tachograph compliance, Vehicle defect checks, Load securing, Counterbalance forklift, Customer service

EDUCATION
BTEC National Diploma in Engineering - Don Valley College, 2012

Full references available from my current and previous employers.
"""

TEXTS["resumes/r05_nguyen_thi_thu_ha.md"] = """\
<h1 align="center">Nguyễn Thị Thu Hà</h1>
<p align="center">
  <b>Senior Backend Developer</b> · Ho Chi Minh City, Vietnam<br>
  <a href="mailto:thuha.nguyen@example.vn">thuha.nguyen@example.vn</a> ·
  <a href="https://github.com/thuha-example">github.com/thuha-example</a> · +84 90 555 0136
</p>

<hr>

<h2>About</h2>
<p>Backend developer with seven years building payment, logistics and e-commerce systems in Go and PHP.
I care about clear APIs, boring deployments and good on-call runbooks.</p>

<h2>Experience</h2>

<h3>Senior Backend Developer — <a href="https://example.vn/songlam">Sông Lam Technology JSC</a></h3>
<p><i>Ho Chi Minh City · 03/2021 – Present</i></p>
<ul>
  <li>Lead a squad of five building the merchant settlement service in <b>Go</b> (4 million transactions a day).</li>
  <li>Moved batch reconciliation to event streaming on RabbitMQ; settlement delay from T+2 to T+1.</li>
  <li>Introduced contract tests and cut production incidents by 35% in a year.</li>
</ul>

<h3>Backend Developer — Hải Vân Software Co., Ltd.</h3>
<p><i>Da Nang · 07/2018 – 02/2021</i></p>
<ul>
  <li>Built REST APIs in Laravel and MySQL for a Japanese logistics client (offshore team of 12).</li>
  <li>Added Redis caching to the tracking API; p95 latency from 900 ms to 180 ms.</li>
</ul>

<h3>Junior PHP Developer — Bến Thành Digital Co., Ltd.</h3>
<p><i>Ho Chi Minh City · 01/2017 – 06/2018</i></p>
<ul>
  <li>Maintained e-commerce sites for local retailers; wrote payment integrations for two local e-wallets.</li>
</ul>

<h2>Skills</h2>
<p><b>Skills:</b> Go, PHP, Laravel, MySQL, Redis, RabbitMQ, Docker</p>

<h2>Projects</h2>
<details open>
<summary><b>vnpost-tracker</b> — open-source Go client for parcel tracking APIs (300+ stars)</summary>
<p>Unified client for four Vietnamese carriers with retries and webhooks.</p>
</details>
<details open>
<summary><b>lotus-queue</b> — tiny job queue on top of Redis streams</summary>
<p>Used in production by two former teams.</p>
</details>

<h2>Education</h2>
<p><b>Engineer's Degree in Information Technology</b><br>
Saigon Riverside University of Technology · 2012 – 2016</p>

<h2>Languages &amp; Certificates</h2>
<p>Vietnamese (native) · English (TOEIC 850) · Japanese (JLPT N3)<br>
<sub>References available on request.</sub></p>
"""

TEXTS["resumes/r11_oleksandr_kovalenko.txt"] = """\
Oleksandr Kovalenko
Senior Python Developer

Lviv, Ukraine · Ready to work remotely · Salary expectations: $4,500
Experience: 6 years · English: Upper-Intermediate
Employment options: Remote work, Office work (Lviv), Full-time
Not interested in: gambling, adult, crypto casinos
Domains: FinTech, E-commerce, Logistics

Skills
Python · Django · FastAPI · PostgreSQL · Celery · Docker · AWS

About me
Backend developer who likes owning a service end to end: design, code, monitoring and the 3 a.m. alert.
I have led small teams and I enjoy mentoring juniors, but I still want to write code every day.

Work experience

Senior Python Developer — Hoverla Soft LLC (Lviv)
Jun 2021 – now · 3 yrs
- Tech lead of a 4-person team building a lending platform for an EU fintech client (Django, PostgreSQL, AWS).
- Split the monolith's scoring module into a FastAPI service; response time down from 1.2 s to 250 ms.
- Kept the team delivering through power cuts and air-raid alerts by moving the on-call to shared runbooks.

Python Developer — Dnipro Pay Systems LLC (Dnipro)
Feb 2019 – May 2021 · 2 yrs 4 mos
- Payment gateway integrations (12 PSPs), Celery workers for settlements and refunds.
- Wrote the reconciliation job that replaced a full-time manual check.

Junior Python Developer — Stryi Code Lab (Lviv)
Mar 2018 – Jan 2019 · 11 mos
- Django admin panels and REST APIs for outsourcing clients in logistics and retail.

What I'm looking for
A product company with a strong engineering culture, code review and time for refactoring. Ideally a team
where backend engineers talk to users.

Achievements
- Speaker at a Lviv Python meetup (2023): "Celery in production without tears".

Education
MSc Computer Science — Carpathian National University of Technology (2018)
"""

TEXTS["resumes/r14_noa_ben_ami.md"] = """\
# Noa Ben-Ami

Senior Software Engineer · Tel Aviv · +972-54-555-0190 · noa.benami@example.co.il · github.com/noaba-example

**Backend engineer, 7 years, distributed systems and security products. Hands-on, product-minded, loves
on-call tooling.**

## Experience

**Lirat Cyber Ltd.** | Tel Aviv | 2019–Present
- *Senior Software Engineer* (2021–Present)
  - Tech lead of the detection-pipeline team (6 engineers); pipeline processes 2B events/day in Go and Kafka.
  - Cut cloud cost of the ingestion tier by 40% with a Kubernetes autoscaling rewrite.
- *Software Engineer* (2019–2021)
  - Built the alerting API (gRPC, PostgreSQL) used by all customer-facing dashboards.

**Gefen Mobility** | Herzliya | 2017–2019
- *Backend Developer*
  - Trip-pricing service in Python; A/B framework for fare experiments.

## Military Service

**IDF, C4I Corps** | 2011–2014
Software developer, later team lead of four soldiers, on internal logistics systems. Sergeant First Class.

## Education

**B.Sc. in Computer Science**, Yarkon Academic College | 2014–2017 | GPA 91

## Skills

Go, Python, Kubernetes, gRPC, PostgreSQL, Kafka, Terraform, AWS

## Side Projects

- **pgwatchdog** — small Go daemon that pages you when Postgres replication lags (500 stars).
- **shabbat-cron** — cron wrapper that skips jobs on Shabbat and holidays, used by a few local shops.

## Languages

Hebrew (native), English (fluent), Russian (conversational)
"""

TEXTS["resumes/r15_catherine_ashdown_mercer.txt"] = """\
CATHERINE ASHDOWN-MERCER
Chief Operating Officer | Food Manufacturing and Supply Chain
Market Harborough, Leicestershire | 07700 900 733 | catherine@ashdown-mercer.example.co.uk

EXECUTIVE BIOGRAPHY

Catherine Ashdown-Mercer is an operations executive with more than twenty years in food and packaging
manufacturing. She is known for turning around under-performing sites, for integrating acquisitions without
losing customers, and for building leadership teams that stay.

Since January 2020, Catherine has served as Chief Operating Officer of Hollybrook Foods Group plc, a GBP 640m
chilled-food manufacturer headquartered in Leicester. She leads six factories, the group supply chain and
technical functions, some 3,100 people in all. Under her leadership the group integrated two acquisitions,
raised OTIF from 94% to 98.6% and delivered GBP 22m of cost savings while achieving BRCGS AA grades at every
site.

From 2015 to 2019 she was Group Supply Chain Director at Marlow & Tanner plc in Reading, where she
consolidated four distribution centres into two and led the S&OP process for a GBP 1.1bn branded-goods
portfolio.

Before that, she spent eight years at Eastfield Packaging Ltd in Bristol, rising from Operations Manager
(2007-2011) to Plant Director (2011-2015), and took the Avonmouth plant from loss to a 9% operating margin.

Catherine began her career as a graduate engineer in the automotive supply chain. She holds an MBA from
Severnside Business School (2012) and a BEng in Mechanical Engineering from the University of North Mercia
(2004), and is a Chartered Engineer.

CORE EXPERTISE
Lean manufacturing; S&OP; M&A integration; Supplier negotiation; Food safety culture; Capital projects

BOARD AND NON-EXECUTIVE ROLES
Non-Executive Director, Trentside Housing Trust (2021 - present)
Governor, Wreake Valley Academy (2018 - 2022)
"""

TEXTS["resumes/r19_ama_serwaa_owusu_ansah.md"] = """\
Ama Serwaa Owusu-Ansah
======================

*Chartered Accountant (ICAG) · Tema, Ghana · +233 24 555 0158 · ama.owusuansah@example.com.gh*

Profile
-------

Finance manager with ten years in audit and industry, strong on IFRS reporting, tax and cost control in
agro-processing. Comfortable presenting to boards and banks.

Work History
------------

Volta Basin Agro Processing Ltd, Tema
:   **Finance Manager** (January 2020 – present)
:   Lead a finance team of seven; monthly board packs, budgets and cash-flow forecasts for a GHS 480m business.
:   Renegotiated the working-capital facility, saving GHS 3.2m in interest a year.

Volta Basin Agro Processing Ltd, Tema
:   **Senior Accountant** (June 2017 – December 2019)
:   Ran month-end close and the move from spreadsheets to Sage 300; close time from 12 to 6 working days.

Asante Mensah & Co., Accra
:   **Audit Senior** (September 2014 – May 2017)
:   Led audits of manufacturing, NGO and banking clients with teams of up to five.

Ankobra District Assembly, Tarkwa
:   **National Service Personnel** (September 2013 – August 2014)
:   Supported the accounts office with payment vouchers and revenue records.

Skills
------

IFRS reporting | Sage 300 | QuickBooks | Budgeting | Tax compliance | Power Query

Education
---------

- MBA Finance, Ashanti Highlands Business School, 2021
- BCom Accounting, Pra River University, 2013

Professional Qualification
--------------------------

Chartered Accountant, Institute of Chartered Accountants, Ghana (ICAG), 2016

Referees
--------

Available on request.
"""

TEXTS["resumes/r20_priya_raghunathan.txt"] = """\
                                   RESUME

PRIYA RAGHUNATHAN
Mobile: +91-98455-50123                              Email: priya.r@example.in

CAREER OBJECTIVE:
To work in a challenging environment where I can apply my knowledge of machine learning and statistics to
solve business problems and grow along with the organisation.

PROFESSIONAL SUMMARY:
* 7+ years of IT experience in data science, machine learning and analytics.
* Hands-on experience in demand forecasting, churn modelling and customer segmentation.
* Good exposure to Agile methodology and client interaction with US and UK customers.

EXPERIENCE SUMMARY:
* Working as Senior Data Scientist in Vayu Analytics Pvt. Ltd., Bengaluru from July 2021 to till date.
* Worked as Data Scientist in Kaveri Infotech Solutions Pvt. Ltd., Chennai from June 2018 to June 2021.
* Worked as Data Analyst in Nilgiri Retail Ventures Ltd., Coimbatore from August 2016 to May 2018.

TECHNICAL SKILLS:
Languages        : Python, R, SQL
ML / DL          : scikit-learn, TensorFlow, XGBoost
Tools            : Tableau, Airflow, Git
Cloud            : Azure ML

EDUCATIONAL QUALIFICATIONS:
* M.Tech in Data Science from Deccan Institute of Technology, Hyderabad with 8.4 CGPA (2016).
* B.E. in Electronics and Communication from Sri Ranganatha College of Engineering, Coimbatore with 76% (2014).

PROJECT DETAILS:

Project #1
Title         : Demand Sensing Engine
Client        : A leading FMCG company (USA)
Role          : Senior Data Scientist
Duration      : Jan 2022 - Till date
Environment   : Python, Azure ML, Databricks
Description   : Short-term demand forecasts for 12,000 SKUs using weather, promotions and POS data.
Roles & Responsibilities:
* Built gradient-boosted models that improved forecast accuracy (WMAPE) by 9 points.
* Led a team of 3 data scientists and presented results to client stakeholders.

Project #2
Title         : Churn Prediction for Telecom
Client        : A UK telecom operator
Role          : Data Scientist
Duration      : Aug 2018 - May 2021
Environment   : Python, SQL, Tableau
Description   : Monthly churn scores for 4 million prepaid subscribers and retention campaign targeting.
Roles & Responsibilities:
* Feature engineering on usage and recharge data; model lift of 3.1x in the top decile.

Project #3
Title         : Store Footfall Analytics
Client        : Nilgiri Retail Ventures Ltd. (internal)
Role          : Data Analyst
Duration      : Aug 2016 - May 2018
Environment   : R, SQL, Excel
Description   : Footfall and conversion reporting for 85 stores.

PERSONAL DETAILS:
Father's Name     : K. Raghunathan
Date of Birth     : 04-11-1992
Languages Known   : English, Tamil, Hindi, Kannada
Passport          : Available

DECLARATION:
I hereby declare that the above-mentioned information is true to the best of my knowledge.

Place: Bengaluru                                                   (PRIYA RAGHUNATHAN)
Date:
"""

TEXTS["resumes/r24_tharindu_perera.md"] = """\
---
layout: resume
title: "Résumé — Tharindu Perera"
permalink: /resume/
name: Tharindu Perera
location: Colombo, Sri Lanka
email: tharindu.perera@example.lk
github: tharindu-example
---

# Tharindu Perera

Colombo, Sri Lanka · [tharindu.perera@example.lk](mailto:tharindu.perera@example.lk) ·
[github.com/tharindu-example](https://github.com/tharindu-example)

Full-stack engineer (Java / React) with 7+ years in fintech and travel products for Sri Lankan and Nordic
clients.

## Experience

- **Lanka Spice Tech (Pvt) Ltd**, Colombo
  - *Senior Software Engineer* · 2022/01 – present
    - Lead developer of a card-issuing platform for two banks; 1.5M cards under management.
    - Moved CI/CD from Jenkins jobs to pipelines as code; release frequency from monthly to weekly.
  - *Software Engineer* · 2019/06 – 2021/12
    - Built the booking and payment APIs of a Nordic travel client in Spring Boot.
- **Kandy Hills Software (Pvt) Ltd**, Kandy
  - *Associate Software Engineer* · 2017/08 – 2019/05
    - React front ends and MySQL reporting for an insurance client.
- **Serendib Apps**, Colombo
  - *Software Engineering Intern* · 2016/09 – 2017/02
    - Android and backend bug fixing during the university internship.

## Skills

`Java` `Spring Boot` `React` `TypeScript` `MySQL` `AWS` `Jenkins`

## Side Projects

- [ceylon-pay-sdk](https://github.com/tharindu-example/ceylon-pay-sdk) — Java SDK for local payment gateways.
- [poya-calendar](https://github.com/tharindu-example/poya-calendar) — full-moon holiday calendar as an npm
  package and iCal feed.

## Education

- **BSc (Hons) in Software Engineering** — Kelani Valley Institute of Technology (2017), First Class

## Languages

Sinhala (native), English (professional), Tamil (basic)
"""

TEXTS["job_descriptions/jd01_quarryhill_foods_data_engineer.txt"] = """\
Skip to content
Glassdoor
Community   Jobs   Companies   Salaries   For Employers
Search jobs: data engineer   Columbus, OH
Sign In

Quarryhill Foods
3.8 ★
Data Engineer
Columbus, OH
$98K - $125K (Employer est.)
Easy Apply
Save

Job   Company   Rating   Salary   Benefits

Job description

Quarryhill Foods makes snacks and baked goods sold in 9,000 stores across the Midwest. Our new data team is
moving reporting off spreadsheets and onto a modern stack, and we need a Data Engineer to build the pipelines
that feed it - from plant sensors and ERP to sales and retailer data.

What you'll do:
- Build and maintain batch and streaming pipelines into Snowflake
- Model data with dbt for finance, supply chain and sales analysts
- Own data quality checks and alerting
- Work with IT and plant engineers to bring production data online

What you'll need:
- 3+ years of experience building data pipelines
- Strong SQL and Python
- Experience with Snowflake or BigQuery
- Experience with an orchestration tool such as Airflow or Dagster

Nice to have:
- Experience with dbt
- Manufacturing or supply-chain data
- Terraform

Show less

Company overview
Size: 1001 to 5000 Employees    Founded: 1968    Type: Company - Private
Industry: Food & Beverage Manufacturing    Revenue: $500 million to $1 billion (USD)

Company rating
3.8 ★   Recommend to a friend 71%   Approve of CEO 80%
Career opportunities 3.4   Comp & benefits 3.7   Culture & values 3.9   Work/life balance 3.6

Benefits
Health insurance   401(k) with match   Paid time off   Employee discount

Base pay range
$98K - $125K /yr (Employer est.)

Data Engineer jobs near Columbus, OH
Senior Data Engineer - Buckeye Mutual Insurance - Columbus, OH - $130K - $160K
Analytics Engineer - Olentangy Health - Dublin, OH - 24d
Data Platform Engineer - Scioto Rail Services - Columbus, OH - 3d

About   Help   Terms of Use   Privacy & Ad Choices   Do Not Sell Or Share My Information
Copyright © 2008-2024, Glassdoor LLC.
"""

TEXTS["job_descriptions/jd02_tallgrass_robotics_staff_backend_engineer.md"] = """\
![Tallgrass Robotics logo](https://example.com/logos/tallgrass.png)

**Tallgrass Robotics**
Autonomous mowing robots for sports fields and parks
`Series A` · `11-50 employees` · `Actively hiring`

---

### Staff Backend Engineer

$185k – $215k · 0.25% – 0.6% · Remote (US) · Full Time · 8 years of exp

Posted 3 days ago · Recruiter recently active

[Apply](https://example.com/apply) · [Save](https://example.com/save)

#### About the job

Our robots mow 400 fields every night and send home 2 TB of telemetry. You will be the first staff engineer on
a team of nine, setting the architecture for the fleet backend: device provisioning, mission planning, telemetry
ingestion and the operator apps' APIs.

#### Requirements

- 8+ years of backend engineering experience
- Deep experience with Go or Rust
- Designed and operated distributed systems on AWS or GCP
- Experience with PostgreSQL and time-series data

#### Nice to have

- Robotics or IoT fleet experience
- ROS 2
- Kubernetes

#### Benefits

Health, dental and vision · 401(k) · home-office budget · a robot named after you

**Visa sponsorship:** Not available
**Remote policy:** Remote only, US time zones
**Hiring contact:** Priya (Head of Engineering)

#### Similar jobs

- Senior Backend Engineer · Fieldpoint AI · Remote
- Founding Platform Engineer · Hedgerow Labs · Boston
"""

TEXTS["job_descriptions/jd04_bramble_bean_coffee_shift_supervisor.txt"] = """\
*************************************************
      ☕   JOIN OUR TEAM!   ☕
  BRAMBLE & BEAN COFFEE  —  ASHFORD ROAD
*************************************************

Now Hiring: Shift Supervisor

Full & part time  |  Early & late shifts  |  From £12.40/hour + tips

Love coffee? Love people? We're looking for a Shift Supervisor to run the floor,
look after our crew and make every guest's day a bit better.

YOU'LL BE:
  > Opening or closing the store and running the shift
  > Coaching new team members on drinks and service
  > Cashing up, stock counts and deliveries

WHAT WE'RE LOOKING FOR
  ✔ At least 6 months' experience in a supervisory role in hospitality or retail
  ✔ Confident running a till and cashing up
  ✔ Food hygiene Level 2 (or willing to get it)
  ✔ Friendly, reliable and great with customers

NICE TO HAVE
  ✔ Barista experience
  ✔ First aid certificate

PERKS
  Free drinks on shift  *  50% off food  *  Paid training  *  Flexible rota

HOW TO APPLY
  Drop your CV in store and ask for Jade, or scan the QR code on the window.

Bramble & Bean Coffee is a franchise brand. This café is independently owned and operated under licence.
"""

TEXTS["job_descriptions/jd06_fernhill_logistics_transport_planner.txt"] = """\
From: Rachel Dunmore <rachel.dunmore@pathwaysearch.example.co.uk>
To: Sam Whitlow <sam.whitlow@example.co.uk>
Subject: Transport Planner - Fernhill Logistics, Daventry (GBP 38-42k)

Hi Sam,

Hope you're well! I came across your profile on LinkedIn and thought you could be a great fit for a role I'm
working on exclusively with my client, Fernhill Logistics, at their Daventry hub.

They're looking for an experienced Transport Planner to join a planning team of six, covering a fleet of
80 tractor units delivering ambient and chilled goods to retail DCs across the UK. It's a days role (6am-2pm or
2pm-10pm on a rota), Monday to Friday with one Saturday in four.

The essentials:
- 5+ years' transport planning experience in a multi-drop or trunking operation
- Experience with a routing system such as Paragon or Descartes
- Strong Excel (pivot tables, lookups)
- Working knowledge of drivers' hours and working time rules

Would be a bonus:
- Transport Manager CPC
- Experience with temperature-controlled freight

Package: GBP 38,000 - 42,000 depending on experience, 8% pension, 25 days' holiday plus bank holidays, free
parking and a quarterly bonus.

Are you free for a quick 10-minute call this week? If it's not for you, I'd really appreciate a
recommendation - we pay a GBP 250 referral fee.

Best,
Rachel

Rachel Dunmore | Senior Consultant, Supply Chain | Pathway Search Ltd
M: 07700 900 415 | www.pathwaysearch.example.co.uk
Pathway Search Ltd is acting as an employment agency in relation to this vacancy.
"""

TEXTS["job_descriptions/jd07_lumenfold_senior_frontend_engineer.md"] = """\
**Ask HN: Who is hiring? (June 2024)**

---

**lumenfold_cto** · 3 hours ago

Lumenfold | Senior Frontend Engineer | REMOTE (US / EU overlap) | Full-time | $150k–$180k + equity

Lumenfold (https://lumenfold.example) makes collaborative floor-plan software for architects and interior
designers. We're 24 people, profitable, and the editor is the product: a canvas that has to stay at 60 fps with
20 people in the same drawing.

We're looking for:

- 5+ years building complex web apps
- Expert TypeScript and React
- Experience with canvas or WebGL rendering
- Care about accessibility and performance

Bonus:

- CRDTs or real-time collaboration
- Figma plugin or design-tool experience

Stack: TypeScript, React, WebGL, Rust (WASM), Postgres. Four-day interview loop, all paid take-home work.

Apply: email jobs@lumenfold.example with "HN" in the subject. I'm the CTO and I read every email.

*reply*

> **mkt_dev** · 2 hours ago
> Is this open to people in Canada?
>
> > **lumenfold_cto** · 1 hour ago
> > Yes, Canada works for us.
"""

TEXTS["job_descriptions/jd10_northway_haulage_hgv_class_1_driver.txt"] = """\
Immingham, Lincolnshire DN40
£34,000 - £41,000 a year - Full-time, Permanent
Nights · Monday to Friday · Overtime

HGV Class 1 Driver
Northway Haulage Ltd
4.1 ★ 57 reviews

Apply now     Save     Share

Job details
Pay: £34,000 - £41,000 a year
Job type: Full-time, Permanent
Shift and schedule: Night shift, Monday to Friday, Overtime

Full job description

Northway Haulage Ltd moves containers and trailers between the Humber ports and customers across the North
and Midlands. We are growing our night trunking fleet and need Class 1 drivers who take pride in their truck.

What you'll do:
- Night trunks from Immingham to hubs in Doncaster, Leeds and Nottingham
- Coupling and uncoupling port trailers, vehicle checks and paperwork
- Keep planners updated through the in-cab app

Requirements:
- Full C+E licence with no more than 6 points
- Valid Driver CPC and digital tachograph card
- At least 12 months' Class 1 experience
- Able to work nights

Desirable:
- ADR licence
- Experience of port or container work

Benefits:
- Company pension
- On-site parking
- Newer fleet, all automatic

Hiring Insights
Hiring 6 candidates for this role
Job activity: Posted 2 days ago

Report job
"""

TEXTS["job_descriptions/jd11_stroomlijn_medior_software_engineer.md"] = """\
# Vacature: Medior Software Engineer

**Stroomlijn B.V.** · Utrecht (hybrid, 2 days in the office) · 36–40 hours · €4,200 – €5,600 per month

*This vacancy is in English because our team is international; Dutch is our office language at lunch.*

## Over Stroomlijn

Stroomlijn helps housing associations and municipalities plan heat pumps, solar panels and grid capacity for
whole neighbourhoods. We are 35 people and part of a Dutch energy cooperative.

## Wat ga je doen? (What will you do?)

- Build and run our planning API and the data pipelines behind it
- Work with our energy modellers to turn notebooks into production services
- Review code and help our two junior engineers grow

## Wat vragen we? (What we ask)

- 3+ years of experience as a software engineer
- Solid Python and SQL
- Experience with Django or FastAPI
- You speak Dutch or are willing to learn it

## Pré's (Nice to have)

- Experience with energy-market data
- Kubernetes

## Wat bieden we? (What we offer)

- 8% holiday allowance and a 13th month
- NS Business Card or a lease bike
- 30 vacation days on a full-time contract

Questions? Ask Femke de Groot, engineering manager: femke@stroomlijn.example.nl
"""


# =========================================================================================================
# job descriptions: DOCX and PDF
# =========================================================================================================
def jd03_north_harcourt_county_council_accounts_payable_officer(path):
    """Public-sector vacancy notice (DOCX): council name and 'VACANCY NOTICE' in the page header, a fact table
    (Reference number, Job Title, Grade with spinal column points, Directorate, Hours, Contract, Closing date),
    the role purpose, duties, a Person Specification table with Essential / Desirable columns, a trade-union
    recognition note, the guaranteed-interview and equal-opportunities statements."""
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 2.0, 2.0), after=2)
    hp = d.sections[0].header.paragraphs[0]
    run(hp, "North Harcourt County Council", b=True, size=13, color="006272")
    hp2 = d.sections[0].header.add_paragraph()
    run(hp2, "VACANCY NOTICE  ·  Finance & Corporate Resources", size=9, color="595959")
    pborder(hp2, "bottom", "006272", 8, 2)
    t = new_table(d, 8, 2, [4.6, 12.4], borders={"color": "A6A6A6"})
    for i, (k, v) in enumerate((("Reference number", "NHCC/FIN/24/031"), ("Job Title", "Accounts Payable Officer"),
                                ("Grade", "Grade 5, SCP 18–22 (£27,711 – £29,777 per annum)"),
                                ("Directorate", "Finance & Corporate Resources – Exchequer Services"),
                                ("Hours", "37 hours per week (flexible working scheme)"),
                                ("Contract", "Permanent"), ("Location", "County Hall, Harcourt Bridge"),
                                ("Closing date", "Friday 28 June 2024, 12 noon"))):
        cell(t.cell(i, 0), k, b=True, fill="E2EFF1")
        cell(t.cell(i, 1), v, b=(i == 1))
    P(d, "Purpose of the role", b=True, size=11, before=10)
    P(d, "To make sure the Council's suppliers are paid accurately and on time, and that every payment is "
         "properly authorised, recorded and reconciled.")
    P(d, "Main duties", b=True, size=11, before=6)
    bullets(d, ["Process supplier invoices, credit notes and payment runs on the Council's finance system",
                "Resolve supplier queries by phone and e-mail and keep the supplier master file clean",
                "Carry out monthly creditor and VAT reconciliations",
                "Support internal and external audit requests"])
    P(d, "Person Specification", b=True, size=11, before=8)
    t = new_table(d, 5, 2, [8.5, 8.5], borders={"color": "A6A6A6"})
    cell(t.cell(0, 0), "Essential", b=True, fill="E2EFF1")
    cell(t.cell(0, 1), "Desirable", b=True, fill="E2EFF1")
    ess = ["At least two years' experience in a purchase ledger or accounts payable role",
           "AAT Level 3 or equivalent", "Good working knowledge of Microsoft Excel",
           "Experience of a finance system such as Unit4 or Oracle"]
    des = ["AAT Level 4", "Experience of local government finance"]
    for i in range(4):
        cell(t.cell(i + 1, 0), ess[i])
        cell(t.cell(i + 1, 1), des[i] if i < len(des) else "")
    P(d, "Terms and conditions", b=True, size=11, before=8)
    P(d, "This post is covered by the National Joint Council (NJC) terms and conditions for local government "
         "services. The Council recognises trade unions for collective bargaining; you are welcome to join the "
         "union of your choice.")
    P(d, "We guarantee an interview to disabled applicants and care leavers who meet the essential criteria. "
         "North Harcourt County Council is an equal opportunities employer.", i=True, before=4)
    P(d, "For an informal discussion contact the Exchequer Services Manager on 01632 960 118, quoting reference "
         "NHCC/FIN/24/031.", before=4)
    docx_save(d, path, "North Harcourt County Council")


def jd08_ostrander_hotel_chef_de_partie(path):
    """Hotel kitchen advert (DOCX) with no title heading at all: a centred hotel wordmark and town, then prose in
    which the job title appears only inside a sentence ('... is looking for an experienced Chef de Partie to
    join ...'), 'What you will bring' and 'It would be great if you also have' bullet lists, 'What we offer',
    and how to apply."""
    d = docx_new("Cambria", 10.5, margins=(2.2, 2.2, 2.4, 2.4), after=4)
    P(d, "THE OSTRANDER", b=True, size=22, align="c", color="3B3B3B", after=0)
    P(d, "Hotel · Restaurant · Spa  —  Harrogate, North Yorkshire", size=9.5, align="c", color="7F7F7F", after=14)
    P(d, "The Ostrander Hotel is looking for an experienced Chef de Partie to join our kitchen brigade of twelve. "
         "Our restaurant holds two AA rosettes and cooks seasonal Yorkshire produce for up to 90 covers a night, "
         "alongside afternoon teas, weddings and the spa café.", align="j")
    P(d, "You will run your own section — most likely larder or fish to start — and work closely with our sous "
         "chefs on new dishes every season. Four-day weeks are possible.", align="j")
    P(d, "What you will bring", b=True, before=8)
    bullets(d, ["At least two years' experience as a Chef de Partie or strong Commis in a quality kitchen",
                "Level 2 Food Hygiene certificate", "Knowledge of allergen management",
                "Ability to run a section independently during busy services"])
    P(d, "It would be great if you also have", b=True, before=6)
    bullets(d, ["Pastry experience", "NVQ Level 3 in Professional Cookery"])
    P(d, "What we offer", b=True, before=6)
    bullets(d, ["£30,500 a year plus tronc (around £3,000 last year)", "Live-in accommodation available",
                "Meals on duty, spa access and 50% off stays for family"])
    P(d, "Send your CV to the Head Chef, Tom Ashcroft, at kitchen.jobs@theostrander.example.co.uk.", before=8)
    docx_save(d, path, "The Ostrander Hotel")


def jd12_greenfield_facilities_maintenance_electrician(path):
    """Facilities-services advert (DOCX): a two-cell banner table (company name left, 'Careers' right, shaded),
    then the title with the contract after a dash, a fact line (location, salary, shifts), About the role,
    Key responsibilities, 'Essential' and 'Desirable' lists, benefits and an equal-opportunities line."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0), after=2)
    t = new_table(d, 1, 2, [12.0, 5.0])
    cell(t.cell(0, 0), "Greenfield Facilities Services", b=True, size=15, color="FFFFFF", fill="2E7D32")
    cell(t.cell(0, 1), "Careers", size=11, color="FFFFFF", fill="2E7D32", align="r")
    P(d, "Maintenance Electrician — St Aldhelm's Hospital Contract", b=True, size=16, before=10, after=2)
    P(d, "Leeds, LS9  ·  £40,500 per year + on-call allowance  ·  Monday–Friday 08:00–16:30, 1 in 6 on-call",
      color="595959", after=8)
    P(d, "About the role", b=True, size=12, color="2E7D32")
    P(d, "Greenfield Facilities Services Ltd maintains hospitals, schools and offices for public-sector clients "
         "across Yorkshire. On our hospital contract you will keep a busy acute site safe and running, working "
         "with the NHS estates team.")
    P(d, "Key responsibilities", b=True, size=12, color="2E7D32", before=6)
    bullets(d, ["Planned and reactive maintenance of LV distribution, lighting and emergency systems",
                "Inspection and testing, with accurate certificates and CAFM records",
                "Supporting contractors and isolations under the site's electrical safety rules"])
    P(d, "Essential", b=True, size=12, color="2E7D32", before=6)
    bullets(d, ["Qualified to NVQ Level 3 in Electrical Installation with AM2",
                "18th Edition (BS 7671) qualification",
                "5+ years' post-qualification experience in maintenance",
                "Full UK driving licence"])
    P(d, "Desirable", b=True, size=12, color="2E7D32", before=6)
    bullets(d, ["Experience in healthcare estates (HTM 06-01)",
                "Inspection and testing qualification (2391)"])
    P(d, "What we offer", b=True, size=12, color="2E7D32", before=6)
    P(d, "33 days' holiday including bank holidays · company van for on-call · 6% pension · paid training")
    P(d, "Greenfield Facilities Services Ltd is an equal opportunities employer and a Disability Confident "
         "Committed employer.", i=True, size=9, before=8)
    docx_save(d, path, "Greenfield Facilities Services")


def jd05_fleuve_valley_health_registered_nurse(path):
    """Bilingual (English / French) Canadian hospital posting as a PDF (Letter): a bilingual logo band, a
    competition-number line, then two columns side by side, English at the left and French at the right, each
    with the title, facts, duties, required and asset qualifications; a bilingual footer."""
    c = new_canvas(path, letter, "Registered Nurse / Infirmière immatriculée - Competition 2024-0712",
                   "Fleuve Valley Health Network", "Microsoft Word")
    blue = HexColor("#00558c")
    box(c, 0, 732, 612, 60, fill=blue)
    text(c, "Fleuve Valley Health Network", 40, 764, "Arial-B", 15, WHITE)
    text(c, "Réseau de santé Vallée-du-Fleuve", 572, 764, "Arial-B", 15, WHITE, "r")
    text(c, "Competition No. / Concours no : 2024-0712   ·   Closing date / Date de clôture : 2024-07-05", 306, 742,
         "Arial", 8.5, WHITE, "c")
    en = [("Registered Nurse – Emergency Department", "Arial-B", 13),
          ("Edmundston Regional Hospital · Permanent full-time · Rotating shifts · $37.91 – $49.20 / hour",
           "Arial", 8.8),
          ("The Emergency Department sees 38,000 visits a year. You will assess, plan and deliver nursing care "
           "for patients of all ages, working with physicians, paramedics and the mental-health team.", "Arial",
           9),
          ("Required qualifications", "Arial-B", 10)]
    fr = [("Infirmière immatriculée / Infirmier immatriculé – Service d'urgence", "Arial-B", 13),
          ("Hôpital régional d'Edmundston · Permanent à temps plein · Quarts rotatifs · 37,91 $ – 49,20 $ / heure",
           "Arial", 8.8),
          ("Le Service d'urgence reçoit 38 000 visites par année. Vous évaluerez, planifierez et prodiguerez des "
           "soins infirmiers à des patients de tous âges, en collaboration avec les médecins et les ambulanciers.",
           "Arial", 9),
          ("Qualifications requises", "Arial-B", 10)]
    en_req = ["Current registration with the Nurses Association of New Brunswick",
              "Minimum of one (1) year of acute care experience", "Current BCLS certification",
              "Proficiency in English and French (oral)"]
    fr_req = ["Immatriculation en règle auprès de l'Association des infirmières et infirmiers du "
              "Nouveau-Brunswick", "Minimum d'un (1) an d'expérience en soins aigus", "Certification SIR valide",
              "Maîtrise du français et de l'anglais (oral)"]
    en_asset = ["ACLS and TNCC certification", "Triage experience (CTAS)"]
    fr_asset = ["Certifications ACLS et TNCC", "Expérience en triage (ÉTG)"]
    for X, blocks, req, ahead, asset in ((40, en, en_req, "Assets", en_asset),
                                         (318, fr, fr_req, "Atouts", fr_asset)):
        f = Flow(c, X, 254, 716, bottom=60)
        for s, font, size in blocks:
            f.para(s, font=font, size=size, color=blue if font == "Arial-B" else BLACK, after=5)
        f.bullets(req, font="Arial", size=9, indent=10, gap=2)
        f.gap(4)
        f.para(ahead, font="Arial-B", size=10, color=blue, after=5)
        f.bullets(asset, font="Arial", size=9, indent=10, gap=2)
    c.setStrokeColor(HexColor("#b0c4d4"))
    c.line(306, 420, 306, 716)
    hline(c, 40, 572, 86, blue, 0.8)
    para_pdf(c, "Fleuve Valley Health Network is committed to an inclusive workplace. / Le Réseau de santé "
                "Vallée-du-Fleuve s'engage à offrir un milieu de travail inclusif. Apply online / Postulez en "
                "ligne : careers.fleuvevalley.example.ca", 40, 80, 532, "Arial", 8, color=GREY)
    c.save()


def jd09_kranich_systems_lead_backend_developer(path):
    """German company posting printed from its careers site (A4): logo wordmark, the heading 'Kranich Systems
    GmbH — Lead Backend Developer (m/f/d)', a fact row (Hamburg / hybrid / full-time / permanent / start),
    'Your tasks', 'Your profile' and 'Nice to have' lists, 'What we offer', a contact with a reference number and
    an imprint line."""
    c = new_canvas(path, A4, "Lead Backend Developer (m/f/d) - Kranich Systems GmbH", "Kranich Systems GmbH",
                   "Chrome (print to PDF)")
    ink = HexColor("#222222")
    acc = HexColor("#c8102e")
    text(c, "KRANICH", 48, 800, "Sans-B", 16, acc)
    text(c, "SYSTEMS", 48 + sw("KRANICH ", "Sans-B", 16), 800, "Sans", 16, ink)
    text(c, "Jobs  ·  Über uns  ·  Kontakt", 547, 800, "Sans", 8.5, GREY, "r")
    hline(c, 48, 547, 790, HexColor("#dddddd"), 0.8)
    f = Flow(c, 48, 499, 770, bottom=40)
    f.para("Kranich Systems GmbH — Lead Backend Developer (m/f/d)", font="Sans-B", size=16, color=ink, after=6)
    f.para("Hamburg (hybrid, 2 office days)  ·  Full-time  ·  Permanent  ·  Start: as soon as possible",
           font="Sans", size=9, color=GREY, after=10)
    f.para("We build the transport-management software used by 300 freight forwarders in Germany, Austria and "
           "Switzerland. Our backend team of eleven is looking for a lead who still likes to code.", size=9.5,
           after=8)
    for head, items in (
            ("Your tasks", ["Lead a team of five backend developers technically and in their personal growth",
                            "Shape the architecture of our order and tariff services (Kotlin, Spring Boot, Kafka)",
                            "Work with product management on the roadmap and estimates"]),
            ("Your profile", ["At least 6 years of professional experience in backend development",
                              "Very good knowledge of Java or Kotlin and Spring Boot",
                              "Experience leading a development team", "Fluent German and good English"]),
            ("Nice to have", ["Experience with Kafka", "Knowledge of the logistics domain"]),
            ("What we offer", ["30 days of holiday, 24 December and 31 December off",
                               "Deutschlandticket and JobRad bike leasing",
                               "Salary range €85,000 – €100,000 depending on experience"])):
        f.para(head, font="Sans-B", size=11, color=acc, after=4)
        f.bullets(items, size=9.4, indent=11, gap=2, mark="–")
        f.gap(6)
    f.para("Questions? Jana Wulff (People & Culture) is happy to help: jobs@kranich-systems.example.de — please "
           "quote reference KS-2024-17.", size=9.2, after=10)
    f.para("Kranich Systems GmbH · Amtsgericht Hamburg HRB 000000 · Managing director: Lars Petersen",
           size=7.5, color=GREY)
    c.save()


def write_texts():
    for rel, body in TEXTS.items():
        with open(os.path.join(HERE, rel), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(body)
        print("  wrote", os.path.basename(rel))


# =========================================================================================================
# build lists
# =========================================================================================================
PDF_RESUMES = [r01_aoife_gallagher_byrne, r04_tyler_brandt_okafor, r09_fiona_mackenzie_reid,
               r10_hannah_lindgren_moss, r16_park_ji_hoon, r22_valentina_rojas_pizarro]
DOCX_RESUMES = [r02_daan_van_der_meulen, r07_muhammad_usman_tariq, r08_marco_bellandi_price,
                r12_burak_yildirim_aksoy, r17_johan_lindqvist_berg, r18_giulia_ferraro_conti,
                r23_ines_carvalho_matos]
CONVERTED = {"r06_takahashi_kenji": r06_takahashi_kenji_docx,
             "r13_dewi_ayu_lestari": r13_dewi_ayu_lestari_docx,
             "r21_eleni_papadopoulou": r21_eleni_papadopoulou_docx}
JD_DOCX = [jd03_north_harcourt_county_council_accounts_payable_officer, jd08_ostrander_hotel_chef_de_partie,
           jd12_greenfield_facilities_maintenance_electrician]
JD_PDF = [jd05_fleuve_valley_health_registered_nurse, jd09_kranich_systems_lead_backend_developer]


def main():
    if "--check" not in sys.argv:
        buildkit.build(RES, JDS, pdf_resumes=PDF_RESUMES, docx_resumes=DOCX_RESUMES, converted=CONVERTED,
                       jd_docx=JD_DOCX, jd_pdf=JD_PDF)
        write_texts()
    return buildkit.check_labels(HERE, FORMATS)


if __name__ == "__main__":
    sys.exit(main())
