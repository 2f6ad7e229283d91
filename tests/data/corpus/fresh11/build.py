"""Rebuild the PDF and DOCX documents of the eleventh fresh set from the content held in this script, then check
that every labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh11/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh11/build.py --check   # check only

reportlab draws four resume PDFs (r01, r03, r11, r15) and the PDF job description (jd05) on a canvas
(invariant=1, TrueType DejaVu / Liberation fonts registered by ../buildkit.py); python-docx writes the DOCX files
(r02, r06, r07, r09, r13, r17, jd03, jd08) through buildkit (fixed core properties, fixed ZIP entry timestamps);
two resumes (r08, r12) are Word files that LibreOffice (`soffice --headless --convert-to pdf`) turns into PDF,
rewritten by buildkit through pypdf with fixed metadata and a fixed document ID, so that a rebuild gives the same
bytes. TXT and Markdown documents are committed as written and are not touched here (the check reads them too).

The check extracts text with pypdf (PDF), python-docx (DOCX: header paragraphs, body paragraphs, every table cell
including nested tables) or a plain read (TXT/MD), collapses whitespace, and confirms that every labelled name,
employer, title, location, skill, project, school and education year, and every JD title / role / company /
must-have / nice-to-have string is found; that each resume's employers / titles lists are the unique role values
in order; that dates have the YYYY / YYYY-MM / present form; and that no PDF has more than two pages.

Everything is fictional: every person, employer, client, agency, school, project, hospital trust and award was
invented for this set. Real names appear only as places, standards, regulators, licences, certifications and
products (e.g. EASA, AESA, CDL, NMC, IFRS, SAP IBP, HubSpot, Personio, Slack, Notion).
"""
import os
import sys

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the shared helpers: tests/data/corpus/buildkit.py

import buildkit  # noqa: E402
from buildkit import (  # noqa: E402
    BLACK,
    WHITE,
    Cm,
    Flow,
    P,
    Pt,
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
    para_pdf,
    pborder,
    run,
    shade,
    tabs,
    text,
)

RES = os.path.join(HERE, "resumes")
JDS = os.path.join(HERE, "job_descriptions")
TAG = "fresh11"
buildkit.TAG = TAG


# =========================================================================================================
# PDF resumes drawn with reportlab
# =========================================================================================================
def r01_declan_oneill(path):
    """Plain single column; each job is one bold line '2021 – now: Title at Company (City)' with bullets."""
    c = new_canvas(path, A4, "Declan O'Neill - CV", "Declan O'Neill", "Pages")
    W, H = A4
    L, R = 58, W - 58
    ink, grey, acc = HexColor("#1b1b1b"), HexColor("#666666"), HexColor("#2f5d50")
    text(c, "Declan O'Neill", L, H - 70, "Serif-B", 24, ink)
    text(c, "Backend engineer  ·  Berlin, Germany  ·  declan.oneill@example.net  ·  +49 151 2345 6789  ·  "
            "github.com/doneill-dev", L, H - 88, "Sans", 8.2, grey)
    f = Flow(c, L, R - L, H - 104, bottom=56, new_page=lambda c_: H - 60)

    def section(s):
        f.gap(10)
        f.room(30)
        f.line(s.upper(), font="Sans-B", size=9, color=acc, after=3)
        hline(c, L, R, f.y + 1, acc, 0.5)
        f.gap(5)

    section("Profile")
    f.para("Backend engineer with nine years of experience building payment and logistics systems in Go and "
           "Python. I like boring infrastructure, clear on-call runbooks and small pull requests. Looking for a "
           "team that owns its services end to end.", "Serif", 9.5, ink, after=2)
    section("Work")
    jobs = [
        ("2021 – now: Senior Backend Engineer at Fernhollow Systems (Berlin)",
         ["Lead a team of four on the shipment-tracking API (40k requests/s at peak).",
          "Moved event ingestion from RabbitMQ to Kafka, cutting end-to-end latency from 9 s to 700 ms.",
          "Introduced consumer-driven contract tests across 14 services; release rollbacks fell by two thirds."]),
        ("2018 – 2021: Backend Engineer at Quayside Pay (Dublin)",
         ["Built the card-dispute service in Go and PostgreSQL, handling 1.2 million disputes a year.",
          "Ran the on-call rotation for the disputes domain and wrote the incident review template still in use.",
          "Cut the monthly reconciliation batch from 6 hours to 25 minutes."]),
        ("2016 – 2018: Software Developer at Tallis & Rowe Consulting (Dublin)",
         ["Delivered Django back ends for three public-sector clients, from requirements workshops to handover.",
          "Set up the firm's first CI pipeline and shared Docker base images."]),
        ("Jun – Aug 2015: Software Engineering Intern at Brightlough Labs (Cork)",
         ["Prototyped a sensor-data pipeline for dairy farms in Python; the prototype became the v1 product."]),
    ]
    for head, bl in jobs:
        f.room(40)
        f.gap(2)
        f.para(head, "Sans-B", 9.8, ink, after=3)
        f.bullets(bl, "Serif", 9.2, "–", ink, indent=12, gap=1)
        f.gap(4)
    section("Side projects")
    f.para("<b>tidewatch</b> — a command-line tide-table client for Irish and German ports (Go, about 300 stars "
           "on GitHub).", "Serif", 9.2, ink, after=3, markup=True)
    f.para("<b>ledgerlite</b> — a small double-entry bookkeeping library for Python with a plain-text file "
           "format.", "Serif", 9.2, ink, after=3, markup=True)
    section("Skills")
    f.para("Go · Python · PostgreSQL · Kafka · Kubernetes · gRPC · Terraform · Pact", "Serif", 9.2, ink)
    section("Education")
    f.line("BSc Computer Science, Ardmore Institute of Technology", "2012 – 2016", "Serif", 9.2, color=ink)
    section("Languages")
    f.para("English (native), Irish (conversational), German (B2, Goethe certificate 2020)", "Serif", 9.2, ink)
    c.save()


def r03_ingrid_solbakken_ruiz(path):
    """Company — City on one line, Title · years on the next; a coloured band for the header."""
    c = new_canvas(path, A4, "CV Ingrid Solbakken-Ruiz", "Ingrid Solbakken-Ruiz", "Microsoft Word")
    W, H = A4
    L, R = 50, W - 50
    navy, teal, grey = HexColor("#14213d"), HexColor("#1d7874"), HexColor("#5c5c5c")
    box(c, 0, H - 112, W, 112, fill=navy)
    text(c, "INGRID SOLBAKKEN-RUIZ", L, H - 58, "Arial-B", 22, WHITE)
    text(c, "Supply chain planning  |  S&OP  |  Inventory", L, H - 78, "Arial", 10.5, HexColor("#a8dadc"))
    text(c, "Oslo, Norway  |  ingrid.sr@example.no  |  +47 912 34 567", L, H - 96, "Arial", 8.8, WHITE)
    f = Flow(c, L, R - L, H - 132, bottom=52, new_page=lambda c_: H - 56)

    def section(s):
        f.gap(8)
        f.room(30)
        f.line(s, font="Arial-B", size=11.5, color=teal, after=2)
        hline(c, L, L + 40, f.y, teal, 2)
        f.gap(7)

    section("Summary")
    f.para("Demand and supply planner with nine years in seafood, retail and third-party logistics. I run S&OP "
           "cycles, build the forecasting models behind them and like turning a messy spreadsheet into a process "
           "that survives my holidays.", "Arial", 9.3, BLACK, after=2)
    section("Experience")
    jobs = [
        ("Halvorsen & Vik Logistics — Oslo", "Supply Chain Manager · 2022–present",
         ["Own the monthly S&OP cycle for 11 retail and pharma clients (NOK 1.4 bn throughput).",
          "Lead four planners; introduced exception-based planning that cut expediting costs by 18%."]),
        ("Halvorsen & Vik Logistics — Oslo", "Senior Demand Planner · 2019–2022",
         ["Rebuilt client forecasts in SAP IBP; weighted MAPE down from 31% to 19%.",
          "Designed the safety-stock policy used across both Oslo warehouses."]),
        ("Fjordlys Seafood AS — Ålesund", "Demand Planner · 2016–2019",
         ["Forecast fresh and frozen salmon for 14 export markets with weekly volatility from catch and air "
          "freight.", "Built a Power BI dashboard for sales and production that replaced 20 spreadsheets."]),
        ("Bryggen Retail Group — Bergen", "Logistics Trainee · 2015–2016",
         ["Rotations in inbound, replenishment and transport planning across 60 stores."]),
    ]
    for comp, sub, bl in jobs:
        f.room(48)
        f.line(comp, font="Arial-B", size=10.2, color=navy, after=2)
        f.line(sub, font="Arial-I", size=9.3, color=grey, after=4)
        f.bullets(bl, "Arial", 9, "▪", BLACK, indent=11, gap=1)
        f.gap(6)
    section("Skills")
    f.para("SAP IBP / Excel (Power Query) / SQL / Power BI / S&OP / Inventory optimisation / Python",
           "Arial", 9.3)
    section("Certifications")
    f.para("APICS CPIM (2020)", "Arial", 9.3)
    section("Education")
    f.line("MSc Supply Chain Management — Vestland School of Economics, 2015", font="Arial", size=9.3, after=4)
    f.line("BSc Business Administration — Trollheim University College, 2013", font="Arial", size=9.3, after=2)
    section("Languages")
    f.para("Norwegian (native), Spanish (native), English (fluent)", "Arial", 9.3)
    c.save()


def r11_rafael_quintero_basso(path):
    """Airline pilot: flight-time grid, licences, and the employment history as a ruled table
    (Dates | Operator | Position | Aircraft | Base)."""
    c = new_canvas(path, A4, "Rafael Quintero-Basso - Pilot resume", "Rafael Quintero-Basso", "LibreOffice")
    W, H = A4
    L, R = 48, W - 48
    navy, gold, pale = HexColor("#0b2545"), HexColor("#c9a227"), HexColor("#e8eef5")
    box(c, 0, H - 96, W, 96, fill=navy)
    text(c, "RAFAEL QUINTERO-BASSO", L, H - 50, "Cond-B", 22, WHITE)
    text(c, "Airline Captain — Airbus A320 family", L, H - 70, "Cond", 11, gold)
    text(c, "Madrid, Spain  ·  r.quintero.basso@example.es  ·  +34 611 204 873", R, H - 70, "Cond", 8.8, WHITE, "r")
    f = Flow(c, L, R - L, H - 114, bottom=50, new_page=lambda c_: H - 56)

    def section(s):
        f.gap(8)
        f.room(40)
        f.line(s.upper(), font="Cond-B", size=10.5, color=navy, after=2)
        hline(c, L, R, f.y, gold, 1.2)
        f.gap(6)

    section("Profile")
    f.para("Captain with 8,420 hours, 6,150 of them on the A320 family, and a background in flight instruction. "
           "Known for calm CRM, thorough briefings and coaching first officers through line training.",
           "Cond", 9.3, BLACK)
    section("Flight time")
    f.y = grid(c, L, f.y, [100, 100, 100, 99, 100],
               [["Total", "PIC", "Multi-engine turbine", "A320 family", "Instruction"],
                ["8,420 h", "2,960 h", "7,310 h", "6,150 h", "1,050 h"]],
               font="Cond", size=8.8, head_fill=pale, head_font="Cond-B", line_color=HexColor("#9aa5b1")) - 4
    section("Licences and ratings")
    f.bullets(["EASA ATPL(A), issued by AESA (Spain)", "Type rating A320; ATR 42/72 (lapsed)",
               "Class 1 Medical, valid to 03/2025", "ICAO English Level 6"], "Cond", 9, "•", BLACK, indent=10)
    section("Flying experience")
    rows = [["Dates", "Operator", "Position", "Aircraft", "Base"],
            ["04/2021 – present", "Skybridge Airways", "Captain", "A320/A321", "Madrid"],
            ["09/2016 – 03/2021", "Skybridge Airways", "First Officer", "A320/A321", "Barcelona"],
            ["02/2014 – 08/2016", "Islas Regional Air Services", "First Officer", "ATR 72-600",
             "Palma de Mallorca"],
            ["06/2012 – 01/2014", "Alcántara Flight Academy", "Flight Instructor", "Cessna 172, PA-34", "Salamanca"]]
    f.y = grid(c, L, f.y, [92, 132, 92, 92, 91], rows, font="Cond", size=8.8, head_fill=pale,
               head_font="Cond-B", line_color=HexColor("#9aa5b1")) - 8
    f.para("Highlights", "Cond-B", 9.3, navy, after=2)
    f.bullets(["Line training: supervised more than 40 first officers to their final line check.",
               "Member of the company safety action group since the 2022 SMS review; co-wrote two FOQA-based "
               "briefing packs on unstable approaches.",
               "At Islas Regional: short island sectors, up to six landings a day, frequent crosswind operations.",
               "At Alcántara: taught PPL and CPL students, ran the multi-engine syllabus."],
              "Cond", 9, "•", BLACK, indent=10)
    section("Skills")
    f.para("Crew Resource Management · Threat and Error Management · Line training · Safety Management Systems · "
           "EFB operations", "Cond", 9.3)
    section("Education")
    f.line("BSc Aeronautical Management — Universidad del Alto Tajo, Toledo", "2007–2011", "Cond", 9.3)
    f.line("Integrated ATPL course — Alcántara Flight Academy", "2011–2012", "Cond", 9.3)
    section("Languages")
    f.para("Spanish (native), English (ICAO 6), Italian (good)", "Cond", 9.3)
    c.save()


def r15_bronwen_hale_okafor(path):
    """Career changer: 'Relevant Experience' (volunteer roles) before 'Employment History' (retail)."""
    c = new_canvas(path, A4, "Bronwen Hale-Okafor CV", "Bronwen Hale-Okafor", "Canva")
    W, H = A4
    L, R = 54, W - 54
    plum, grey = HexColor("#5b2a86"), HexColor("#595959")
    text(c, "Bronwen Hale-Okafor", L, H - 64, "Sans-B", 20, plum)
    text(c, "Aspiring data analyst (from retail management)", L, H - 82, "Sans", 10, grey)
    text(c, "Cardiff", R, H - 58, "Sans", 8.5, grey, "r")
    text(c, "bronwen.hale.okafor@example.co.uk", R, H - 70, "Sans", 8.5, grey, "r")
    text(c, "07700 900 318", R, H - 82, "Sans", 8.5, grey, "r")
    hline(c, L, R, H - 94, plum, 1.5)
    f = Flow(c, L, R - L, H - 104, bottom=50, new_page=lambda c_: H - 56)

    def section(s):
        f.gap(8)
        f.room(36)
        f.line(s, font="Sans-B", size=11, color=plum, after=5)

    section("Profile")
    f.para("Store manager of six years retraining as a data analyst. I have spent the last year building SQL and "
           "Python skills on real problems for a food bank and my rowing club, and I already use data every week "
           "to staff a store and plan stock. Looking for a junior analyst or apprenticeship role.", "Sans", 9)
    section("Relevant Experience")
    rel = [("Volunteer Data Analyst", "Sep 2023 – present", "Riverside Food Bank, Cardiff",
            ["Built a SQL database of 18 months of parcel data and a weekly demand report used by the trustees.",
             "Forecast seasonal demand so the food bank could time donation appeals; shortfalls fell from 9 weeks "
             "to 2."]),
           ("Treasurer (volunteer)", "2021 – present", "Penarth Rowing Club, Penarth",
            ["Moved the club's accounts from paper to a spreadsheet model with monthly budget-versus-actual.",
             "Presented the annual accounts and a five-year boat replacement plan to 140 members."])]
    for t_, d_, org, bl in rel:
        f.room(44)
        f.line(t_, d_, "Sans-B", 9.6, rfont="Sans", color=BLACK, rcolor=grey, after=2)
        f.line(org, font="Sans-I", size=9, color=grey, after=3)
        f.bullets(bl, "Sans", 8.9, "•", BLACK, indent=10, gap=1)
        f.gap(5)
    section("Projects")
    f.para("<b>Footfall Forecaster</b> — a Python (pandas, statsmodels) model predicting hourly footfall from "
           "weather and school holidays, tested on two years of anonymised store data.", "Sans", 9, markup=True)
    f.gap(2)
    f.para("<b>Cardiff Bus Delays Dashboard</b> — a Tableau Public dashboard built from open timetable and "
           "real-time feeds.", "Sans", 9, markup=True)
    section("Employment History")
    emp = [("Store Manager — Hartley &amp; Crane Home Stores, Cardiff", "Mar 2018 – present",
            "Run a £4.1m store with 32 staff; top-three region ranking for availability three years running."),
           ("Assistant Store Manager — Hartley &amp; Crane Home Stores, Bristol", "2015 – 2018",
            "Rota planning, stock control and the store's first click-and-collect rollout."),
           ("Sales Assistant — Teal Street Books, Bath", "2012 – 2015",
            "Bookselling, events and the children's section; promoted to key-holder in 2013.")]
    for head, d_, desc in emp:
        f.room(30)
        f.y -= 9.4
        para_pdf(c, head, L, f.y + 9.4, R - L - 110, "Sans-B", 9.4, markup=True)
        text(c, d_, R, f.y, "Sans", 9, grey, "r")
        f.y -= 4
        f.para(desc, "Sans", 8.9, BLACK, after=5)
    section("Skills")
    f.para("<b>Technical:</b> SQL, Python (pandas), Excel, Tableau, Looker Studio", "Sans", 9, markup=True)
    f.para("<b>Transferable:</b> Team leadership, Budgeting, Stock control, Customer insight", "Sans", 9,
           markup=True)
    section("Training")
    f.para("Data Analytics Career Accelerator, Northgate Coding School, 2023 (16 weeks, part-time)", "Sans", 9)
    section("Education")
    f.line("BA History, Severnside University", "2009 – 2012", "Sans", 9, color=BLACK, rcolor=grey)
    c.save()


# =========================================================================================================
# DOCX resumes written with python-docx
# =========================================================================================================
def r02_hoa_nguyen_smith(path):
    """Two-column template: one borderless table, the shaded sidebar (name, contact, skills, languages,
    education) is the first column, profile and experience the second."""
    d = docx_new("Segoe UI", 9.5, margins=(1.2, 1.2, 1.2, 1.2), after=1)
    t = new_table(d, 1, 2, [6.0, 12.6])
    side, main = t.rows[0].cells
    shade(side, "E9F1EF")
    teal = "1E5E57"
    cell(side, "Hoa Nguyễn-Smith", b=True, size=17, color=teal, after=0)
    cell_add(side, "UX Research Lead", size=10.5, color="444444", after=10)
    for h, items in (("CONTACT", ["hoa.nguyensmith@example.com.au", "+61 412 555 019", "Melbourne, VIC",
                                  "linkedin.com/in/hoanguyensmith"]),
                     ("SKILLS", ["Usability testing", "Contextual inquiry", "Survey design", "Journey mapping",
                                 "Research operations", "Dovetail", "Figma", "Qualtrics"]),
                     ("LANGUAGES", ["English (native)", "Vietnamese (fluent)"])):
        cell_add(side, h, b=True, size=9.5, color=teal, after=3)
        for it in items:
            cell_add(side, it, size=9, after=1)
        cell_add(side, "", after=6)
    cell_add(side, "EDUCATION", b=True, size=9.5, color=teal, after=3)
    for deg, sch, yrs in (("Master of Design Research", "Yarra Hills University", "2013 – 2014"),
                          ("Bachelor of Psychological Science", "Kingsford University", "2009 – 2012")):
        cell_add(side, deg, b=True, size=9, after=0)
        cell_add(side, sch, size=9, after=0)
        cell_add(side, yrs, size=8.5, color="666666", after=6)
    cell(main, "PROFILE", b=True, size=10.5, color=teal, after=3)
    cell_add(main, "Mixed-methods researcher with ten years in health, finance and agency settings. I build research "
                   "programmes that product teams actually use: fast, well-documented studies, a shared insight "
                   "library and clear recommendations.", size=9.5, after=10)
    cell_add(main, "EXPERIENCE", b=True, size=10.5, color=teal, after=4)
    jobs = [("UX Research Lead", "Marrow + Bloom Design Studio · Melbourne · 04/2021 – Present",
             ["Lead a team of three researchers across 12 client engagements a year.",
              "Set up the studio's research repository in Dovetail and a consent process reviewed by legal.",
              "Ran diary studies with 60 carers for a state health department's booking service."]),
            ("Senior UX Researcher", "Coral Point Health · Melbourne · 02/2018 – 03/2021",
             ["Owned research for the patient app (400k monthly users); usability benchmark up 22 points.",
              "Coached designers to run their own moderated tests."]),
            ("UX Researcher", "Tidewater Bank · Sydney · 07/2015 – 01/2018",
             ["Interviews and card sorts for the home-loan journey; drop-off at the income step halved."]),
            ("Research Intern", "Wattle & Gum Insights · Sydney · 11/2014 – 06/2015",
             ["Recruited participants and wrote up focus groups for FMCG and telco clients."])]
    for title, meta, bl in jobs:
        cell_add(main, title, b=True, size=10, after=0)
        cell_add(main, meta, size=8.8, color="5A6B69", after=2)
        cell_bullets(main, bl, size=9)
        cell_add(main, "", after=4)
    docx_save(d, path, "Hoa Nguyen-Smith")


def r06_aoife_darcy(path):
    """Teacher: each school is a bold heading (school, town, county, school type in brackets) with the posts held
    there below it, the dates right-aligned on a tab."""
    d = docx_new("Cambria", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=2)
    P(d, "Aoife D'Arcy", b=True, size=20, align="c", after=0)
    P(d, "Qualified Teacher of English (QTS)", i=True, size=11, align="c", after=2, color="555555")
    P(d, "Norwich, Norfolk  •  aoife.darcy@example.org.uk  •  07700 900 771", size=9.5, align="c", after=8)
    heading(d, "Personal Statement", color="7A1F2B")
    P(d, "Head of English in a large 11–18 academy, with ten years of classroom practice and a record of raising "
         "GCSE outcomes for disadvantaged students. I lead a department of fourteen, teach a full Key Stage 5 "
         "timetable and mentor trainee teachers.", after=4)
    heading(d, "Teaching Experience", color="7A1F2B")
    schools = [("Ashgrove Academy, Norwich, Norfolk", "(11–18 academy, 1,400 pupils)",
                [("Head of English", "September 2021 – present",
                  ["Lead a department of 14 teachers and 2 teaching assistants.",
                   "GCSE English Language grade 4+ up from 62% to 74% in two years.",
                   "Rewrote the Key Stage 3 curriculum around a reading spine of 30 texts."]),
                 ("Second in Department, English", "September 2018 – August 2021",
                  ["Led Key Stage 4 assessment and moderation; introduced whole-class feedback.",
                   "Mentored four trainee teachers and two early career teachers."])]),
               ("Fenmoor High School, King's Lynn, Norfolk", "(11–16 comprehensive)",
                [("Teacher of English", "September 2014 – August 2018",
                  ["Taught English and English Literature across Years 7–11.",
                   "Ran the school's reading intervention for Year 7 students with reading ages below 9."])])]
    for school, kind, posts in schools:
        p = P(d, before=8, after=2, keep=True)
        run(p, school, b=True, size=11)
        run(p, "  " + kind, size=9.5, color="777777")
        for title, dates, bl in posts:
            p = P(d, after=1, keep=True)
            tabs(p, (16.6, "r"))
            run(p, title, i=True)
            run(p, "\t" + dates, size=9.5, color="555555")
            bullets(d, bl, size=10)
    heading(d, "Additional Responsibilities", color="7A1F2B")
    bullets(d, ["Trust-wide GCSE English moderation lead", "Year 9 residential trip leader",
                "Debating club and school magazine"], size=10)
    heading(d, "Key Skills", color="7A1F2B")
    bullets(d, ["Curriculum planning", "Assessment for learning", "Behaviour management", "Literacy intervention",
                "Google Classroom", "Arbor MIS"], size=10)
    heading(d, "Education and Qualifications", color="7A1F2B")
    for a, b_ in (("PGCE Secondary English — University of Eastmarsh", "2014"),
                  ("BA English Literature — Westcliff University", "2013"),
                  ("Qualified Teacher Status (QTS)", "2014")):
        p = P(d, after=2)
        tabs(p, (16.6, "r"))
        run(p, a)
        run(p, "\t" + b_)
    heading(d, "References", color="7A1F2B")
    P(d, "Available on request.")
    docx_save(d, path, "Aoife D'Arcy")


def r07_tomas_ferreira_lund(path):
    """Chef: the dates sit on their own small line above each job; the job line is 'Title — Restaurant, City'
    with the restaurant in bold."""
    d = docx_new("Georgia", 10.5, margins=(2.2, 2.2, 2.4, 2.4), after=2)
    P(d, "TOMÁS FERREIRA-LUND", b=True, size=22, after=0, color="2B2B2B")
    P(d, "Head Chef", size=12, color="B5562B", after=2)
    P(d, "Bristol  ·  tomas.fl@example.com  ·  07700 900 412", size=9.5, color="666666", after=10)
    heading(d, "Profile", color="B5562B", rule=False)
    P(d, "Head chef with eleven years in hotel, brasserie and neighbourhood restaurant kitchens. Seasonal British "
         "cooking, whole-animal butchery and a fermentation room I built myself. I run kitchens where people "
         "learn and stay.", after=4)
    heading(d, "Experience", color="B5562B", rule=False)
    jobs = [("2021 – Present", "Head Chef", "Salt & Ember", "Bristol", "60-cover seasonal restaurant",
             ["Write a weekly-changing menu from three farm suppliers; food cost held at 27%.",
              "Brigade of nine; two of my commis are now sous chefs.",
              "Launched the Sunday whole-animal lunch, now 30% of weekend revenue."]),
            ("2018 – 2021", "Sous Chef", "The Gilded Pike", "Bath", "Gastropub with rooms",
             ["Ran the pass four nights a week and all ordering and rotas.",
              "Introduced allergen matrices and HACCP logs that passed two inspections with top marks."]),
            ("2015 – 2018", "Chef de Partie", "Brasserie Loriot", "London", "180-cover French brasserie",
             ["Sauce and fish sections; trained new starters on the section."]),
            ("2013 – 2015", "Commis Chef", "Hotel Marchmont", "Edinburgh", "Four-star hotel, banqueting to 300",
             ["Rotated through pastry, larder and banqueting."])]
    for dates, title, place, city, note, bl in jobs:
        P(d, dates, size=9, color="8A8A8A", before=8, after=0, keep=True)
        p = P(d, after=0, keep=True)
        run(p, title + " — ", size=11)
        run(p, place, b=True, size=11)
        run(p, ", " + city, size=11)
        P(d, note, i=True, size=9.5, color="666666", after=2, keep=True)
        bullets(d, bl, size=10)
    heading(d, "Skills", color="B5562B", rule=False)
    P(d, "Menu development, Whole-animal butchery, Fermentation, Kitchen P&L, Allergen management, Team training")
    heading(d, "Certificates", color="B5562B", rule=False)
    P(d, "Level 3 Award in Supervising Food Safety in Catering; Level 2 Award in Food Allergen Awareness")
    heading(d, "Education", color="B5562B", rule=False)
    P(d, "BA (Hons) Culinary Arts Management, Firth University, 2010 – 2013")
    docx_save(d, path, "Tomas Ferreira-Lund")


def r09_kwame_asante_lindqvist(path):
    """Academic CV: dates in a hanging left column (tab), bold post, then 'Institute, University, City, Country'
    on the next line; postdocs; projects, grants, publications, teaching."""
    d = docx_new("Times New Roman", 11, margins=(2.5, 2.5, 2.5, 2.5), after=2)
    P(d, "Kwame Asante-Lindqvist, PhD", b=True, size=16, align="c", after=0)
    P(d, "Curriculum Vitae", size=11, align="c", after=2, color="444444")
    P(d, "Hallworth University, Plymouth, UK  |  k.asante-lindqvist@hallworth.example.ac.uk  |  "
         "ORCID 0000-0003-4417-2096", size=9.5, align="c", after=10)

    def sec(s):
        heading(d, s, size=11.5, color="000000", rule=True, before=10, after=4, caps=True)

    def row(left, right, sub=None, b=True):
        p = P(d, after=0 if sub else 3, keep=bool(sub))
        tabs(p, (3.2, "l"))
        p.paragraph_format.left_indent = Cm(3.2)
        p.paragraph_format.first_line_indent = Cm(-3.2)
        run(p, left + "\t")
        run(p, right, b=b)
        if sub:
            P(d, sub, indent=3.2, after=4, i=True)

    sec("Research Interests")
    P(d, "Carbon export in shelf seas; stable-isotope tracers of organic matter; coupling observations with "
         "biogeochemical models.", after=4)
    sec("Academic Appointments")
    row("2022–present", "Senior Research Fellow",
        "Institute of Marine Biogeochemistry, Hallworth University, Plymouth, UK")
    row("2019–2022", "Postdoctoral Research Fellow", "Nordsee Centre for Ocean Research, Bremerhaven, Germany")
    row("2017–2019", "Postdoctoral Researcher", "Department of Geosciences, Calloway University, Halifax, Canada")
    sec("Education")
    row("2013–2017", "PhD Chemical Oceanography", "University of Tarrowmere, UK. Thesis: Sinking particles and "
                                                   "the fate of shelf-sea carbon")
    row("2012–2013", "MSc Marine Science", "Cape Lagoon University, Ghana")
    row("2008–2012", "BSc Chemistry", "Cape Lagoon University, Ghana")
    sec("Selected Projects")
    row("2022–2025", "CARBOFLUX", "Carbon export fluxes in UK shelf seas (principal investigator)")
    row("2020–2022", "Seagrass Sentinel", "Low-cost sensor moorings for seagrass meadows in the Wadden Sea")
    sec("Grants and Awards")
    for a, b_ in (("2022", "Early Career Research Grant, Marine Futures Trust, £412,000 (PI)"),
                  ("2019", "Nordsee Centre Visiting Fellowship"),
                  ("2017", "Best Thesis Prize, Tarrowmere Graduate School")):
        row(a, b_, b=False)
    sec("Selected Publications")
    for s in ("Asante-Lindqvist, K., Marlow, J. and Brandt, S. (2023) Seasonal carbon export on a stratified shelf. "
              "Journal of Shelf Sea Science, 41, 112–130.",
              "Asante-Lindqvist, K. and Okyere, E. (2021) A low-cost particle trap for coastal moorings. Methods in "
              "Coastal Oceanography, 9, 55–67.",
              "Brandt, S., Asante-Lindqvist, K. et al. (2020) Seagrass carbon in the Wadden Sea revisited. Coastal "
              "Systems Letters, 12, 201–214."):
        P(d, s, indent=0.6, first=-0.6, after=3, size=10)
    sec("Teaching and Supervision")
    bullets(d, ["Guest lectures, Marine Chemistry (MSc), Hallworth University, 2023–present",
                "Co-supervisor of three PhD students and six MSc projects"], size=10.5)
    sec("Technical Skills")
    P(d, "R; Python; Isotope-ratio mass spectrometry; Biogeochemical modelling; Research cruise planning")
    sec("Service")
    P(d, "Reviewer for four journals; sea-going scientist on nine research cruises (212 days at sea).")
    docx_save(d, path, "Kwame Asante-Lindqvist")


def r13_priyanka_rao_whitfield(path):
    """Sales: name and contact in the Word header; each employer line carries the industry in brackets and the
    city after a bar, dates right-aligned; the title in italics below."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.0, 2.0), after=2)
    hdr = d.sections[0].header
    hp = hdr.paragraphs[0]
    run(hp, "Priyanka Rao-Whitfield", b=True, size=18, color="0F4C81")
    hp2 = hdr.add_paragraph()
    run(hp2, "National Account Manager  |  Leeds  |  priyanka.rw@example.co.uk  |  07700 900 654", size=9,
        color="555555")
    pborder(hp2, "bottom", "0F4C81", 8, 2)
    heading(d, "PROFILE", size=11, color="0F4C81", rule=False, before=4)
    P(d, "Grocery and food-service account manager with twelve years of growth across multiples, wholesalers and "
         "food-service distributors. Commercially minded, comfortable with Nielsen and EPOS data and happiest "
         "building joint plans with buyers.", after=4)
    heading(d, "CAREER HISTORY", size=11, color="0F4C81", rule=False)
    jobs = [("Harrowgate Dairies (FMCG)", "Leeds", "Jan 2019 – Present", "National Account Manager",
             ["Manage two grocery multiples worth £38m net revenue; grew share of chilled desserts by 2.1 points.",
              "Negotiated the 2023 range review with zero delists and three new lines."]),
            ("Pellow & Strand (Food Service Distribution)", "Sheffield", "Mar 2015 – Dec 2018",
             "Key Account Manager",
             ["Looked after 45 contract-catering and hospital accounts; retention 96%.",
              "Won the regional university catering tender (£4.2m over three years)."]),
            ("Brightwell Beverages (Soft Drinks)", "Manchester", "Sep 2012 – Feb 2015", "Field Sales Executive",
             ["Territory of 220 independent and convenience stores; top performer in 2014."])]
    for comp, city, dates, title, bl in jobs:
        p = P(d, before=8, after=0, keep=True)
        tabs(p, (17.0, "r"))
        run(p, comp + " | " + city, b=True)
        run(p, "\t" + dates, color="555555")
        P(d, title, i=True, after=2, keep=True)
        bullets(d, bl, size=10)
    heading(d, "SKILLS & TOOLS", size=11, color="0F4C81", rule=False)
    P(d, "Key account management • Joint business planning • Category management • Negotiation • Salesforce • "
         "Nielsen data analysis")
    heading(d, "EDUCATION", size=11, color="0F4C81", rule=False)
    P(d, "BA (Hons) Business Management, University of Calderwood, 2009 – 2012")
    heading(d, "INTERESTS", size=11, color="0F4C81", rule=False)
    P(d, "Fell running, pickling, volunteer coach for an under-12s netball team.")
    docx_save(d, path, "Priyanka Rao-Whitfield")


def r17_femke_van_den_berg_yilmaz(path):
    """Dutch-style CV: work experience as a ruled table Period | Employer | Position | Location; skills as a table
    of group label and items."""
    d = docx_new("Arial", 10, margins=(2.0, 2.0, 2.0, 2.0), after=2)
    P(d, "Curriculum Vitae", size=9, color="888888", after=0)
    P(d, "Femke van den Berg-Yılmaz", b=True, size=18, after=2, color="1A3A5F")
    pi = new_table(d, 4, 2, [4.0, 13.0])
    for r_, (k, v) in enumerate((("Address", "Oudegracht 212, Utrecht"), ("Email", "femke.vdberg@example.nl"),
                                 ("Phone", "+31 6 1234 5678"), ("Nationality", "Dutch"))):
        cell(pi.cell(r_, 0), k, b=True, size=9, color="555555")
        cell(pi.cell(r_, 1), v, size=9)
    heading(d, "Profile", color="1A3A5F")
    P(d, "Audit manager with eleven years in statutory audit of mid-sized companies and public bodies. Chartered "
         "(RA) since 2017. I like a well-scoped audit file and data analytics that replace sampling.", after=4)
    heading(d, "Work experience", color="1A3A5F")
    rows = [("Period", "Employer", "Position", "Location"),
            ("09/2021 – present", "Verhoeven & Kaya Accountants", "Audit Manager", "Utrecht"),
            ("09/2017 – 08/2021", "Verhoeven & Kaya Accountants", "Senior Auditor", "Utrecht"),
            ("02/2014 – 08/2017", "Dekker Brandt Audit B.V.", "Audit Assistant", "Rotterdam"),
            ("07/2013 – 01/2014", "Gemeente Zuidervliet", "Finance Intern", "Zuidervliet")]
    t = new_table(d, len(rows), 4, [3.6, 5.6, 4.4, 3.4],
                  borders={"color": "A0A0A0", "sz": 4, "which": ("top", "bottom", "insideH")})
    for ri, rw in enumerate(rows):
        for ci, v in enumerate(rw):
            cell(t.cell(ri, ci), v, b=(ri == 0), size=9.5, fill="DCE6F0" if ri == 0 else None)
    P(d, "", after=2)
    P(d, "Key achievements", b=True, after=1)
    bullets(d, ["Manage a portfolio of 22 audit clients (housing associations, wholesalers, two municipalities).",
                "Introduced journal-entry testing in IDEA on all engagements; hours per file down 12%.",
                "At Dekker Brandt: first-year assistant of the year; moved to in-charge on three engagements."],
            size=9.5)
    heading(d, "Skills", color="1A3A5F")
    sk = new_table(d, 3, 2, [4.0, 13.0])
    for r_, (k, v) in enumerate((("Reporting", "IFRS, Dutch GAAP"), ("Audit tools", "CaseWare, IDEA, Excel"),
                                 ("Other", "Data analytics, Team coaching"))):
        cell(sk.cell(r_, 0), k, b=True, size=9.5, color="555555")
        cell(sk.cell(r_, 1), v, size=9.5)
    heading(d, "Education", color="1A3A5F")
    for a, b_ in (("MSc Accountancy & Control, Hanzevliet University", "2011 – 2013"),
                  ("BSc Business Economics, Hanzevliet University", "2008 – 2011"),
                  ("Post-master Registeraccountant (RA), Hanzevliet University", "2014 – 2017")):
        p = P(d, after=2)
        tabs(p, (17.0, "r"))
        run(p, a)
        run(p, "\t" + b_, color="555555")
    heading(d, "Languages", color="1A3A5F")
    P(d, "Dutch (native), Turkish (native), English (C1), German (B1)")
    docx_save(d, path, "Femke van den Berg")


# =========================================================================================================
# Word files converted to PDF by LibreOffice
# =========================================================================================================
def r08_yasmin_chaudhry_beck_docx(path):
    """In the manner of a Google Docs résumé template export: name, address lines, then a borderless two-column
    table, main column (EXPERIENCE, EDUCATION, PROJECTS) with 'Company, City — Title' and a capitalised date line
    below, and a right column with SKILLS, AWARDS, LANGUAGES."""
    d = docx_new("Merriweather", 10, margins=(1.9, 1.9, 1.9, 1.9), after=2, line=1.1)
    P(d, "Yasmin Chaudhry-Beck", b=True, size=26, after=2)
    P(d, "2211 N Leavitt St, Chicago, IL 60647", size=9, color="666666", after=0)
    P(d, "(312) 555-0148", size=9, color="666666", after=0)
    P(d, "yasmin.cb@example.com", size=9, color="666666", after=12)
    t = new_table(d, 1, 2, [11.6, 5.6])
    main, side = t.rows[0].cells
    accent = "D44500"

    def head(c_, s, first=False):
        p = c_.paragraphs[0] if first else c_.add_paragraph()
        run(p, s, b=True, size=9, color=accent)
        p.paragraph_format.space_before = Pt(0 if first else 12)
        p.paragraph_format.space_after = Pt(6)

    def entry(c_, bold, place, title, dates, desc):
        p = c_.add_paragraph()
        run(p, bold, b=True, size=11)
        run(p, place + " — ", size=11)
        run(p, title, i=True, size=11)
        p.paragraph_format.space_after = Pt(2)
        p = c_.add_paragraph()
        run(p, dates, size=8, color="666666")
        p.paragraph_format.space_after = Pt(3)
        p = c_.add_paragraph()
        run(p, desc, size=9.5)
        p.paragraph_format.space_after = Pt(8)

    head(main, "EXPERIENCE", first=True)
    entry(main, "Larkspur + Finch, ", "Chicago, IL", "Content Marketing Manager", "MARCH 2022 - PRESENT",
          "Run content for a B2B software agency: editorial calendar, two writers, and a newsletter that grew from "
          "4k to 19k subscribers. Organic sign-ups up 140% year on year.")
    entry(main, "Bellwright Insurance, ", "Milwaukee, WI", "Marketing Coordinator", "JUNE 2019 - FEBRUARY 2022",
          "Coordinated campaigns for small-business insurance products; built the HubSpot nurture flows and "
          "reporting dashboards; managed a $250k events budget.")
    entry(main, "Pinewick Candle Co., ", "Madison, WI", "Marketing Intern", "MAY 2018 - AUGUST 2018",
          "Wrote product copy and email campaigns for a DTC candle brand; ran the first Instagram giveaway.")
    head(main, "EDUCATION")
    entry(main, "Lakeshore State University, ", "Madison, WI", "B.A. Communication", "SEPTEMBER 2015 - MAY 2019",
          "Minor in Marketing. Editor of the student magazine.")
    head(main, "PROJECTS")
    for nm, ds in (("Northside Makers Market Rebrand", "Volunteer rebrand and launch campaign for a 60-stall "
                                                       "weekend market."),
                   ("Pod & Pitch", "A fortnightly podcast interviewing Midwest founders about their first hire.")):
        p = main.add_paragraph()
        run(p, nm, b=True, size=10)
        run(p, " — " + ds, size=9.5)
        p.paragraph_format.space_after = Pt(4)
    head(side, "SKILLS", first=True)
    for s in ("SEO", "HubSpot", "Google Analytics 4", "Copywriting", "Email marketing", "Canva"):
        p = side.add_paragraph()
        run(p, s, size=9.5)
        p.paragraph_format.space_after = Pt(1)
    head(side, "AWARDS")
    p = side.add_paragraph()
    run(p, "Best B2B Blog, Lakefront Content Awards, 2023", size=9.5)
    head(side, "LANGUAGES")
    p = side.add_paragraph()
    run(p, "English, Spanish (professional)", size=9.5)
    docx_save(d, path, "Yasmin Chaudhry-Beck")


def r12_thandiwe_mokoena_reid_docx(path):
    """Classic Word CV: one bold employer line per company with its span, then the titles held there as a bullet
    list with their own dates, then achievements."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=2)
    P(d, "Thandiwe Mokoena-Reid", b=True, size=20, after=0, color="1F4E3D")
    P(d, "Johannesburg, South Africa | +27 82 555 0193 | thandiwe.mr@example.co.za", size=9.5, color="555555",
      after=8)
    heading(d, "Professional Summary", color="1F4E3D")
    P(d, "Payments operations leader with fourteen years in retail banking, from operations analyst to head of a "
         "120-person payments function. Delivered the bank's ISO 20022 migration on time and led the move to "
         "real-time clearing.", after=4)
    heading(d, "Career History", color="1F4E3D")
    comps = [("Corvane Bank Limited, Johannesburg", "2012 – present",
              ["Head of Payments Operations (2020 – present)", "Payments Operations Manager (2016 – 2020)",
               "Operations Analyst (2012 – 2016)"],
              ["Run payments operations for 3.4 million retail and business clients (EFT, card, SWIFT, real-time).",
               "Delivered the ISO 20022 migration with no missed settlement windows.",
               "Cut manual payment repairs by 41% through rules-based routing and a Power BI exceptions view.",
               "Built the operations analytics team from scratch in 2014."]),
             ("Mthunzi & Dube Chartered Accountants, Pretoria", "2010 – 2011",
              ["Trainee Accountant (Jan 2010 – Dec 2011)"],
              ["Audit fieldwork for banking and retail clients; bank confirmations and cash testing."])]
    for head_, span, titles, ach in comps:
        p = P(d, before=8, after=1, keep=True)
        tabs(p, (16.6, "r"))
        run(p, head_, b=True, size=11)
        run(p, "\t" + span, b=True, size=10, color="555555")
        P(d, "Roles held:", i=True, size=9.5, color="555555", after=0, keep=True)
        bullets(d, titles, size=10.5)
        P(d, "Key achievements:", i=True, size=9.5, color="555555", after=0, keep=True)
        bullets(d, ach, size=10)
    heading(d, "Core Skills", color="1F4E3D")
    P(d, "ISO 20022 migration | SWIFT gpi | Process improvement | Power BI | Vendor management | Team leadership")
    heading(d, "Education", color="1F4E3D")
    P(d, "Postgraduate Diploma in Banking — Witberg Business School, 2015")
    P(d, "BCom Accounting — University of Witberg, 2009")
    heading(d, "Certifications", color="1F4E3D")
    P(d, "Lean Six Sigma Green Belt (2018)")
    docx_save(d, path, "Thandiwe Mokoena-Reid")


# =========================================================================================================
# job descriptions: DOCX and PDF
# =========================================================================================================
def jd03_carrick_vale_university_research_software_engineer(path):
    """University posting: letterhead, title, particulars table (grade, salary scale, contract, closing date),
    duties, person specification with Essential and Desirable criteria."""
    d = docx_new("Arial", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=3)
    P(d, "Carrick Vale University", b=True, size=15, color="4B2E83", after=0)
    P(d, "Human Resources — Vacancy details", size=9, color="666666", after=10)
    P(d, "Research Software Engineer", b=True, size=17, after=6)
    t = new_table(d, 9, 2, [4.6, 12.0], borders={"color": "BFBFBF", "sz": 4})
    for r_, (k, v) in enumerate((
            ("Faculty / School", "Faculty of Science and Engineering — School of Computing"),
            ("Grade", "Grade 7"),
            ("Salary", "£38,205 to £45,585 per annum (pay scale points 30–36)"),
            ("Contract", "Fixed term for 36 months"),
            ("Hours", "Full-time, 35 hours per week (part-time considered)"),
            ("Location", "Kelso Road campus, Carrick Vale; hybrid working available"),
            ("Reference", "CVU-04417"),
            ("Closing date", "Sunday 14 July 2024 at 23:59"),
            ("Interview date", "Week commencing 29 July 2024"))):
        cell(t.cell(r_, 0), k, b=True, size=9.5, fill="EEEAF5")
        cell(t.cell(r_, 1), v, size=9.5)
    heading(d, "The role", color="4B2E83", rule=False)
    P(d, "The School of Computing's Research Software Group works with research teams across the University to "
         "turn research code into reliable, documented and reusable software. You will join a team of six "
         "engineers and work on projects in climate modelling, genomics and digital humanities.")
    heading(d, "Main duties and responsibilities", color="4B2E83", rule=False)
    bullets(d, ["Design, develop and maintain research software in close collaboration with academic staff.",
                "Improve the performance of scientific codes on the University's HPC cluster.",
                "Introduce testing, packaging and continuous integration to research projects.",
                "Run training sessions for postgraduate researchers.",
                "Contribute to grant applications as a named research software engineer."])
    heading(d, "Person specification", color="4B2E83", rule=False)
    P(d, "Essential criteria", b=True, after=1)
    bullets(d, ["A degree in computer science, physics, mathematics or a related discipline, or equivalent "
                "experience",
                "At least three years' experience developing research or scientific software in Python or C++",
                "Experience with version control (Git) and automated testing",
                "Ability to explain technical choices to non-specialist colleagues",
                "Excellent written and verbal communication skills"])
    P(d, "Desirable criteria", b=True, after=1, before=4)
    bullets(d, ["A PhD in a relevant field", "Experience with HPC job schedulers such as Slurm",
                "Contributions to open-source scientific software"])
    heading(d, "How to apply", color="4B2E83", rule=False)
    P(d, "Apply online with a CV and a supporting statement that addresses each essential criterion. Informal "
         "enquiries to Dr Morven Achterlonie, Head of Research Software, at rse@carrickvale.example.ac.uk.")
    P(d, "Carrick Vale University is committed to equality, diversity and inclusion and welcomes applications from "
         "all sections of the community.", i=True, size=9, color="666666", before=6)
    docx_save(d, path, "Carrick Vale University HR")


def jd08_keystone_talent_harlow_mills_production_supervisor(path):
    """Agency advert: the agency letterhead in the Word header, the client named in the first paragraph, shift and
    salary lines, 'What you'll need' / 'It would be great if you also have', agency footer text."""
    d = docx_new("Calibri", 11, margins=(2.0, 2.0, 2.0, 2.0), after=3)
    hdr = d.sections[0].header
    run(hdr.paragraphs[0], "KEYSTONE TALENT PARTNERS", b=True, size=13, color="C0392B")
    hp = hdr.add_paragraph()
    run(hp, "Food & Manufacturing Division  ·  01733 555 210  ·  jobs@keystonetalent.example.co.uk", size=8.5,
        color="666666")
    P(d, "Production Supervisor", b=True, size=18, after=4)
    for k, v in (("Location", "Peterborough, Cambridgeshire"), ("Salary", "£38,000 + 15% shift allowance"),
                 ("Shift", "4 on 4 off, nights (18:00–06:00)"), ("Job type", "Permanent, full-time"),
                 ("Ref", "KTP-8842")):
        p = P(d, after=0)
        run(p, k + ": ", b=True)
        run(p, v)
    P(d, "", after=4)
    P(d, "Our client, Harlow Mills Bakery, is a family-owned craft bakery supplying sliced bread, rolls and "
         "morning goods to national retailers from two sites in Cambridgeshire. Following investment in a new "
         "high-speed roll line, they are looking for a Production Supervisor to lead the night shift.")
    heading(d, "The role", color="C0392B", rule=False)
    bullets(d, ["Lead a shift team of 25 operatives and 3 team leaders across mixing, baking and packing.",
                "Deliver the production plan safely, on time and to specification.",
                "Own shift KPIs (OEE, waste, labour) and run the daily performance meeting.",
                "Make sure food safety, HACCP and BRCGS standards are followed on shift."])
    heading(d, "What you'll need", color="C0392B", rule=False)
    bullets(d, ["3+ years' supervisory experience in food manufacturing",
                "Working knowledge of HACCP and food safety management systems",
                "Experience of continuous improvement tools such as 5S or root cause analysis",
                "Confident IT skills, including Excel",
                "Flexibility to work nights on a 4 on 4 off pattern"])
    heading(d, "It would be great if you also have", color="C0392B", rule=False)
    bullets(d, ["Level 3 Food Safety and HACCP qualifications", "IOSH Managing Safely",
                "Experience in a bakery or high-speed packing environment"])
    heading(d, "What's on offer", color="C0392B", rule=False)
    P(d, "Salary of £38,000 plus a 15% shift allowance, 25 days' holiday plus bank holidays, a 5% matched pension, "
         "free parking and a staff bakery shop.")
    P(d, "Keystone Talent Partners is acting as an employment agency in relation to this vacancy. Please apply with "
         "your CV quoting reference KTP-8842.", i=True, size=9, color="666666", before=8)
    docx_save(d, path, "Keystone Talent Partners")


def jd05_brannock_vale_lead_transport_planner(path):
    """One-page PDF whose headline is 'Company is hiring a Role'; Requirements and Preferred qualifications."""
    c = new_canvas(path, A4, "Brannock & Vale is hiring a Lead Transport Planner", "Brannock & Vale",
                   "Adobe InDesign")
    W, H = A4
    L, R = 60, W - 60
    green, grey = HexColor("#1f6f43"), HexColor("#555555")
    box(c, 0, H - 8, W, 8, fill=green)
    text(c, "Brannock & Vale", L, H - 44, "Serif-B", 13, green)
    text(c, "Freight and contract logistics since 1987", L, H - 58, "Serif-I", 8.5, grey)
    f = Flow(c, L, R - L, H - 84, bottom=50, new_page=lambda c_: H - 56)
    f.para("Brannock &amp; Vale is hiring a <b>Lead Transport Planner</b>", "Sans", 17, BLACK, after=4,
           markup=True, lead=21)
    f.para("Northampton, UK  ·  Full-time, permanent  ·  £46,000–£52,000 + bonus  ·  Monday to Friday with an "
           "on-call rota", "Sans", 9, grey, after=10)

    def sec(s):
        f.gap(4)
        f.room(30)
        f.line(s, font="Sans-B", size=11, color=green, after=4)

    sec("About the role")
    f.para("Our Northampton hub plans around 320 deliveries a day for grocery, DIY and healthcare customers. As Lead "
           "Transport Planner you will run the planning office, lead a team of five planners and own the daily "
           "plan from order cut-off to the last return.", "Sans", 9.3)
    sec("What you'll do")
    f.bullets(["Build and optimise the next-day plan for 85 vehicles across multi-drop and trunking work.",
               "Lead, coach and schedule the planning team, including the weekend rota.",
               "Work with the traffic office and customers to handle changes on the day.",
               "Report on cost per drop, vehicle utilisation and on-time delivery every week."], "Sans", 9.3)
    sec("Requirements")
    f.bullets(["5+ years of transport planning experience in a multi-drop or trunking operation",
               "Hands-on experience with a transport management system (Paragon, Descartes or similar)",
               "Strong Excel skills, including pivot tables and lookups",
               "Working knowledge of drivers' hours and working time rules",
               "A full UK driving licence"], "Sans", 9.3)
    sec("Preferred qualifications")
    f.bullets(["Transport Manager CPC", "Experience planning temperature-controlled loads",
               "Experience leading a team of planners or traffic clerks"], "Sans", 9.3)
    sec("Benefits")
    f.para("Annual bonus of up to 10%, 25 days' holiday rising with service, a 6% matched pension, life assurance "
           "and an electric-vehicle salary sacrifice scheme.", "Sans", 9.3)
    sec("How to apply")
    f.para("Send your CV to careers@brannockvale.example.co.uk with the subject line LTP-NN24. We review "
           "applications as they arrive and may close the advert early.", "Sans", 9.3)
    c.save()


# =========================================================================================================
# build lists
# =========================================================================================================
PDF_RESUMES = [r01_declan_oneill, r03_ingrid_solbakken_ruiz, r11_rafael_quintero_basso, r15_bronwen_hale_okafor]
DOCX_RESUMES = [r02_hoa_nguyen_smith, r06_aoife_darcy, r07_tomas_ferreira_lund, r09_kwame_asante_lindqvist,
                r13_priyanka_rao_whitfield, r17_femke_van_den_berg_yilmaz]
CONVERTED = {"r08_yasmin_chaudhry_beck": r08_yasmin_chaudhry_beck_docx,
             "r12_thandiwe_mokoena_reid": r12_thandiwe_mokoena_reid_docx}
JD_DOCX = [jd03_carrick_vale_university_research_software_engineer,
           jd08_keystone_talent_harlow_mills_production_supervisor]
JD_PDF = [jd05_brannock_vale_lead_transport_planner]


# =========================================================================================================
# extraction and the check
# =========================================================================================================
def main():
    if "--check" not in sys.argv:
        buildkit.build(RES, JDS, pdf_resumes=PDF_RESUMES, docx_resumes=DOCX_RESUMES, converted=CONVERTED,
                       jd_docx=JD_DOCX, jd_pdf=JD_PDF)
    return buildkit.check_labels(HERE)


if __name__ == "__main__":
    sys.exit(main())
