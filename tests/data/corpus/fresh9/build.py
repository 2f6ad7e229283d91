"""Rebuild the PDF and DOCX documents of the ninth fresh set from the content held in this script, then check
that every labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh9/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh9/build.py --check   # check only

reportlab draws four resume PDFs (r01, r03, r11, r15) and the PDF job description (jd05) on a canvas
(invariant=1, TrueType DejaVu / Liberation fonts registered by ../buildkit.py); python-docx writes the DOCX files
through buildkit (fixed core properties, fixed ZIP entry timestamps); two resumes (r08, r12) are Word files that
LibreOffice (`soffice --headless --convert-to pdf`) turns into PDF, rewritten by buildkit through pypdf with fixed
metadata and a fixed document ID, so that a rebuild gives the same bytes. TXT and Markdown documents are committed
as written and are not touched here (the check reads them too).

The check extracts text with pypdf (PDF), python-docx (DOCX: header paragraphs, body paragraphs, every table cell
including nested tables) or a plain read (TXT/MD), collapses whitespace, and confirms that every labelled name,
employer, title, location, skill, project, school and education year, and every JD title / role / company /
must-have / nice-to-have string is found; that each resume's employers / titles lists are the unique role values
in order; that dates have the YYYY / YYYY-MM / present form; and that no PDF has more than two pages.

Everything is fictional: every person, employer, client, agency, school, project and government body was
invented for this set. Real names appear only as standards, regulators, certifications, licences, products and
places (e.g. Red Seal, CQC, OIIQ, SAP, Figma), and as r06's national military service.
"""
import os
import sys

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, LETTER

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the shared helpers: tests/data/corpus/buildkit.py

import buildkit  # noqa: E402
from buildkit import (  # noqa: E402
    BLACK,
    WHITE,
    Flow,
    P,
    Pt,
    box,
    bullets,
    cell,
    cell_add,
    cell_bullets,
    col_widths,
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
    tborders,
    text,
)

RES = os.path.join(HERE, "resumes")
JDS = os.path.join(HERE, "job_descriptions")
TAG = "fresh9"
buildkit.TAG = TAG


# =========================================================================================================
# PDF resumes drawn with reportlab
# =========================================================================================================
def r01_amara_okonkwo_bello(path):
    """Online-builder export: coloured sidebar with glyph icons and dot-rated skills; in the main column each
    entry has its dates on their own line above the title, then the company and a location line with a pin."""
    W, H = A4
    teal, grey, side = HexColor("#0E7C7B"), HexColor("#6B7280"), HexColor("#EEF6F6")
    c = new_canvas(path, A4, "Amara Okonkwo-Bello - Resume", "Amara Okonkwo-Bello", "ResumeCraft online builder")
    box(c, 0, 0, 190, H, fill=side)
    # sidebar
    text(c, "CONTACT", 22, H - 150, "Sans-B", 9.5, teal)
    y = H - 170
    for glyph, s in (("✉", "amara.ob@mailbox.example"), ("☎", "+44 7700 900 361"),
                     ("⌂", "Hackney, London E8"), ("⊕", "amaraob.example/portfolio")):
        text(c, glyph, 22, y, "Sans", 10, teal)
        text(c, s, 38, y, "Sans", 8.2)
        y -= 17
    y -= 14
    text(c, "SKILLS", 22, y, "Sans-B", 9.5, teal)
    y -= 18
    for s, n in (("Product Discovery", 5), ("Roadmapping", 5), ("SQL", 4), ("Amplitude", 4), ("Jira", 4),
                 ("A/B Testing", 4), ("Stakeholder Management", 5)):
        text(c, s, 22, y, "Sans", 8.5)
        y -= 11
        text(c, "●" * n + "○" * (5 - n), 22, y, "Sans", 7.5, teal)
        y -= 15
    y -= 10
    text(c, "LANGUAGES", 22, y, "Sans-B", 9.5, teal)
    y -= 17
    for s in ("English — Native", "Yorùbá — Native", "French — Intermediate (B1)"):
        text(c, s, 22, y, "Sans", 8.5)
        y -= 14
    y -= 14
    text(c, "CERTIFICATES", 22, y, "Sans-B", 9.5, teal)
    y -= 6
    para_pdf(c, "Professional Scrum Product Owner I (PSPO I), 2020", 22, y, 150, "Sans", 8.2)
    para_pdf(c, "Built with ResumeCraft", 22, 30, 150, "Sans-I", 6.5, color=grey)
    # main column
    text(c, "Amara Okonkwo-Bello", 212, H - 70, "Sans-B", 22, BLACK)
    text(c, "Senior Product Manager · Fintech & Payments", 212, H - 90, "Sans", 11, teal)
    f = Flow(c, 212, 350, H - 118, bottom=40)
    f.para("Product manager with eight years across payments, logistics and banking in London and Lagos. I turn "
           "messy operational problems into products that people use daily, and I like working in small, "
           "cross-functional teams with a lot of autonomy.", size=8.8, after=10)
    f.line("WORK EXPERIENCE", font="Sans-B", size=10.5, color=teal, after=2)
    hline(c, 212, 562, f.y, teal, 0.8)
    f.gap(8)
    jobs = [
        ("03/2021 – Present", "Senior Product Manager", "Paystream Technologies", "London, United Kingdom",
         ["Own the merchant onboarding and payouts product line (4 squads, 28 engineers)",
          "Cut merchant time-to-first-payout from 6 days to 26 hours with instant KYC checks",
          "Launched multi-currency wallets in 9 markets; £210M processed in the first year"]),
        ("06/2018 – 02/2021", "Product Manager", "Kòlá Logistics Ltd", "Lagos, Nigeria",
         ["Built the driver app and dispatch console used by 3,100 drivers",
          "Introduced weekly discovery interviews; delivery success rate up from 81% to 94%"]),
        ("08/2016 – 05/2018", "Business Analyst", "Zenhart Consulting", "Lagos, Nigeria",
         ["Requirements and process mapping for two retail-bank core-banking migrations",
          "Wrote the SQL reconciliation scripts used at cut-over"]),
    ]
    for dates, title, company, place, items in jobs:
        f.line(dates, font="Sans", size=8, color=grey, after=3)
        f.line(title, font="Sans-B", size=10.5, after=3)
        f.line(company, font="Sans-B", size=9, color=teal, after=3)
        f.line("◉ " + place, font="Sans", size=8, color=grey, after=4)
        f.bullets(items, size=8.6)
        f.gap(8)
    f.line("EDUCATION", font="Sans-B", size=10.5, color=teal, after=2)
    hline(c, 212, 562, f.y, teal, 0.8)
    f.gap(8)
    f.line("09/2012 – 07/2016", font="Sans", size=8, color=grey, after=3)
    f.line("B.Sc. Computer Science", font="Sans-B", size=10, after=3)
    f.line("Lagoon City University", font="Sans-B", size=9, color=teal, after=3)
    f.line("◉ Lagos, Nigeria", font="Sans", size=8, color=grey, after=10)
    f.line("INTERESTS", font="Sans-B", size=10.5, color=teal, after=2)
    hline(c, 212, 562, f.y, teal, 0.8)
    f.gap(6)
    f.para("Afrobeat vinyl · Mentoring with Women in Product Lagos · Long-distance cycling", size=8.6)
    c.showPage()
    c.save()


def r03_lin_meixuan(path):
    """Two-column PDF: a timeline down the left (dates beside a vertical rule with a dot per entry) and the
    entries on the right; dotted dates "2021.04 — now"; an overlapping part-time lecturing role."""
    W, H = A4
    red, grey = HexColor("#B03A2E"), HexColor("#555555")
    c = new_canvas(path, A4, "LIN Meixuan CV", "Lin Meixuan", "Microsoft Word")
    text(c, "Lin Meixuan", 40, H - 60, "Serif-B", 24)
    text(c, "Lead Data Scientist  ·  Singapore  ·  meixuan.lin@post.example  ·  +65 8555 0194", 40, H - 80,
         "Serif", 9.5, grey)
    hline(c, 40, W - 40, H - 92, red, 1.2)
    para_pdf(c, "Data scientist who builds pricing, demand and marketplace-balancing models and gets them into "
             "production. Eight years across ride-hailing and retail in Singapore and Shanghai.", 40, H - 102,
             W - 80, "Serif", 9.5)
    tx, rx = 150, 168  # the timeline rule and the right column

    def section(y, name):
        text(c, name.upper(), 40, y, "Serif-B", 11, red)
        return y - 14

    def entry(y, dates, lines, bullets_):
        top = y
        text(c, dates, tx - 12, y - 9, "Serif", 8.8, grey, "r")
        c.setFillColor(red)
        c.circle(tx, y - 6, 3, fill=1, stroke=0)
        yy = y
        for s, font, size, col in lines:
            yy = para_pdf(c, s, rx, yy, W - 40 - rx, font, size, color=col) - 1
        for b in bullets_:
            text(c, "–", rx, yy - 8.8, "Serif", 8.8)
            yy = para_pdf(c, b, rx + 9, yy, W - 49 - rx, "Serif", 8.8) - 1
        c.setStrokeColor(grey)
        c.line(tx, top - 2, tx, yy - 6)
        return yy - 10

    y = section(H - 150, "Experience")
    y = entry(y, "2021.04 — now", [("Lead Data Scientist", "Serif-B", 10.5, BLACK),
                                    ("Merlion Mobility Pte. Ltd., Singapore", "Serif-I", 9.5, grey)],
              ["Lead a team of 5 on surge pricing and driver incentives; +6.8% completed trips in A/B tests",
               "Moved model training from notebooks to Airflow + PySpark pipelines on a shared feature store",
               "Set up the causal-inference review that every pricing experiment now goes through"])
    y = entry(y, "2018.07 — 2021.03", [("Data Scientist", "Serif-B", 10.5, BLACK),
                                        ("Huaxin Retail Analytics Co., Ltd., Shanghai, China", "Serif-I", 9.5,
                                         grey)],
              ["Built store-level demand forecasts (XGBoost) for 1,900 convenience stores; waste down 12%",
               "Delivered Tableau dashboards used in weekly category reviews"])
    y = entry(y, "2019.02 — 2020.12", [("Adjunct Lecturer (part-time)", "Serif-B", 10.5, BLACK),
                                        ("Shanghai Open College of Commerce, Shanghai, China", "Serif-I", 9.5,
                                         grey)],
              ["Taught the evening course \"Applied Statistics for Business\" (two cohorts a year)"])
    y = entry(y, "2016.09 — 2018.06", [("Research Assistant", "Serif-B", 10.5, BLACK),
                                        ("Straits University of Technology, Singapore", "Serif-I", 9.5, grey)],
              ["Spatio-temporal models of taxi demand; two conference papers"])
    y = section(y - 4, "Education")
    y = entry(y, "2016 — 2018", [("M.Sc. Statistics", "Serif-B", 10.5, BLACK),
                                  ("Straits University of Technology, Singapore", "Serif-I", 9.5, grey)], [])
    y = entry(y, "2012 — 2016", [("B.Sc. Mathematics and Applied Mathematics", "Serif-B", 10.5, BLACK),
                                  ("Huangpu Normal University, Shanghai", "Serif-I", 9.5, grey)], [])
    y = section(y - 4, "Skills")
    para_pdf(c, "Python   ·   PySpark   ·   XGBoost   ·   Causal Inference   ·   Airflow   ·   Tableau", 40, y,
             W - 80, "Serif", 9.5)
    y -= 26
    y = section(y, "Languages")
    para_pdf(c, "Mandarin (native) · English (fluent, IELTS 8.0) · Shanghainese", 40, y, W - 80, "Serif", 9.5)
    c.showPage()
    c.save()


def r11_carlos_eduardo_ibarra(path):
    """Sales resume (US Letter): a ruled "Sales Achievements" table by year up front, then experience entries with
    a bold title and right-aligned dates over an italic "Company | City" line, each with a two-column
    Metric / Result table."""
    W, H = LETTER
    navy, gold = HexColor("#1B2A49"), HexColor("#F2E6C9")
    c = new_canvas(path, LETTER, "Carlos Eduardo Ibarra - Resume", "Carlos Eduardo Ibarra", "Microsoft Word")

    def top(c_):
        text(c_, "Carlos Eduardo Ibarra — page 2", 40, H - 40, "Arial-I", 8, navy)
        return H - 55

    box(c, 0, H - 88, W, 88, fill=navy)
    text(c, "CARLOS EDUARDO IBARRA", 40, H - 45, "Arial-B", 21, WHITE)
    text(c, "Enterprise SaaS Sales  |  President's Club 2022, 2023  |  Bilingual English / Spanish", 40, H - 64,
         "Arial", 9.5, WHITE)
    text(c, "Austin, TX 78704  •  (512) 555-0187  •  carlos.ibarra@inbox.example", 40, H - 78, "Arial", 9, WHITE)
    f = Flow(c, 40, W - 80, H - 102, bottom=30, new_page=top)
    f.para("Quota-carrying enterprise seller with 12 years in B2B software across Mexico and the US. Consistent "
           "over-attainment in new-logo and expansion sales to manufacturing, logistics and retail accounts.",
           font="Arial", size=9.5, after=8)
    f.line("SALES ACHIEVEMENTS", font="Arial-B", size=11, color=navy, after=4)
    rows = [["Year", "Position", "Quota", "Attainment", "Ranking"],
            ["2024", "Enterprise AE", "$2.6M", "118%", "#4 of 41"],
            ["2023", "Enterprise AE", "$2.4M", "131%", "#2 of 38"],
            ["2022", "Enterprise AE", "$2.0M", "124%", "#3 of 35"],
            ["2020", "Regional Sales Mgr", "MXN 48M", "109%", "#1 region"],
            ["2018", "Regional Sales Mgr", "MXN 40M", "115%", "#1 region"],
            ["2015", "Account Exec", "MXN 14M", "142%", "Top rep"]]
    f.y = grid(c, 40, f.y, [60, 150, 90, 110, 122], rows, "Arial", 8.8, head_fill=gold, head_font="Arial-B") - 12
    f.line("PROFESSIONAL EXPERIENCE", font="Arial-B", size=11, color=navy, after=4)
    jobs = [
        ("Enterprise Account Executive", "Feb 2021 – Present", "Cobalto Cloud Inc. | Austin, TX",
         "Sell the supply-chain visibility suite to Fortune 1000 manufacturers in the South and Mexico.",
         [["New logos", "14 enterprise accounts, incl. the largest deal in company history ($1.1M ACV)"],
          ["Net revenue retention", "127% across a book of 22 accounts"],
          ["Cycle time", "Average enterprise cycle cut from 9 to 6.5 months using MEDDICC"]]),
        ("Regional Sales Manager", "Jan 2017 – Jan 2021", "Grupo Altavista Tecnología S.A. de C.V. | Monterrey, "
         "Mexico", "Led a team of 7 account executives selling ERP and warehouse software in northern Mexico.",
         [["Team result", "Region #1 of 4 in 2018, 2019 and 2020"],
          ["Hiring", "Hired and ramped 5 AEs; 4 reached full quota within 2 quarters"]]),
        ("Account Executive", "Aug 2013 – Dec 2016", "Nexo Soluciones Empresariales | Ciudad de México",
         "Mid-market new business in CDMX and the Bajío.",
         [["Quota", "142% in 2015, 118% in 2016"]]),
        ("Inside Sales Representative", "Jan 2012 – Jul 2013", "Nexo Soluciones Empresariales | Ciudad de México",
         "Outbound prospecting for the mid-market team.",
         [["Pipeline", "Sourced $3.2M in qualified pipeline in 18 months"]]),
    ]
    for title, dates, co, blurb, table in jobs:
        f.room(60)
        f.line(title, dates, font="Arial-B", size=10.5, rfont="Arial-B", after=3)
        f.line(co, font="Arial-I", size=9.5, color=navy, after=4)
        f.para(blurb, font="Arial", size=9, after=3)
        f.room(16 * len(table))
        f.y = grid(c, 52, f.y, [140, W - 132 - 140], table, "Arial", 8.6, line_color=HexColor("#BBBBBB")) - 7
    f.line("CORE SKILLS", font="Arial-B", size=11, color=navy, after=4)
    f.para("Salesforce  |  MEDDICC  |  Outreach  |  Gong  |  Enterprise Negotiation  |  Territory Planning",
           font="Arial", size=9.5, after=8)
    f.line("EDUCATION", font="Arial-B", size=11, color=navy, after=4)
    f.line("B.A. International Business — Instituto Tecnológico de Cumbres, Monterrey", "2011", font="Arial",
           size=9.5, after=4)
    c.showPage()
    c.save()


def r15_elodie_marchand_nguyen(path):
    """Section labels in the left margin (small capitals) and content to the right; each role is a bold title,
    a line "Employer, City" and the dates right-aligned in words ("since 2020"); volunteering under its own
    label; French and Canadian posts."""
    W, H = A4
    plum, grey = HexColor("#5B2C6F"), HexColor("#666666")
    c = new_canvas(path, A4, "Élodie Marchand-Nguyễn - CV", "Élodie Marchand-Nguyễn", "Pages")
    box(c, 0, H - 96, W, 96, fill=HexColor("#F4ECF7"))
    text(c, "Élodie Marchand-Nguyễn, inf., M.Sc.", 40, H - 52, "Serif-B", 20, plum)
    text(c, "Clinical Nurse Educator  ·  Montréal (QC)  ·  514 555-0126  ·  elodie.mn@courriel.example", 40,
         H - 74, "Serif", 9.5, grey)
    lx, cx = 40, 150
    f = Flow(c, cx, W - 40 - cx, H - 120, bottom=45)

    def label(s):
        f.gap(6)
        text(c, s.upper(), lx, f.y - 9, "Sans-B", 8, plum)
        hline(c, lx, W - 40, f.y + 2, HexColor("#D7BDE2"), 0.6)

    label("Profile")
    f.para("Critical-care nurse and educator with 12 years of practice in France and Québec. I design simulation "
           "programmes that help new graduates settle into intensive care safely and stay.", font="Serif",
           size=9.5, after=4)
    label("Experience")
    for title, emp, dates, items in (
        ("Clinical Nurse Educator", "Hôpital Saint-Laurent-des-Rives, Montréal, QC", "since 2020",
         ["Run orientation for 60–80 new nurses a year across ICU, step-down and emergency",
          "Built a high-fidelity simulation curriculum; first-year turnover fell from 31% to 17%",
          "Co-lead the hospital's pressure-injury prevention committee"]),
        ("ICU Registered Nurse", "Hôpital Saint-Laurent-des-Rives, Montréal, QC", "2016 – 2020",
         ["24-bed medical-surgical ICU; ventilated, CRRT and ECMO patients",
          "Preceptor for 14 new graduates and 9 nursing students"]),
        ("Staff Nurse", "Clinique des Tilleuls, Lyon, France", "2013 – 2016",
         ["Post-operative cardiac surgery unit; night shifts 12 h"]),
    ):
        f.line(title, dates, font="Serif-B", size=10.5, rfont="Serif-I", rcolor=grey, after=3)
        f.line(emp, font="Serif-I", size=9.5, color=grey, after=3)
        f.bullets(items, font="Serif", size=9.2, mark="▸", color=BLACK)
        f.gap(5)
    label("Volunteering")
    f.line("Volunteer Nurse", "2012 – 2013", font="Serif-B", size=10, rfont="Serif-I", rcolor=grey, after=3)
    f.line("Soins du Monde (NGO), Dakar, Senegal", font="Serif-I", size=9.5, color=grey, after=3)
    f.para("Maternal-health clinics and vaccination campaigns in peri-urban Dakar.", font="Serif", size=9.2,
           after=4)
    label("Education")
    f.line("Master of Science in Nursing (Education)", "2019", font="Serif-B", size=10, rfont="Serif", after=3)
    f.line("Université du Haut-Richelieu, Saint-Jean-sur-Richelieu, QC", font="Serif-I", size=9.5, color=grey,
           after=6)
    f.line("Diplôme d'État d'Infirmier", "2013", font="Serif-B", size=10, rfont="Serif", after=3)
    f.line("Institut de Formation en Soins Infirmiers de Fourvière, Lyon", font="Serif-I", size=9.5, color=grey,
           after=4)
    label("Clinical skills")
    f.para("Critical care · Ventilator management · Simulation-based teaching · Curriculum design · "
           "Infection prevention · Epic", font="Serif", size=9.5, after=4)
    label("Licences")
    f.para("Ordre des infirmières et infirmiers du Québec (OIIQ), permit no. 19-0412 · ACLS provider · "
           "Canadian Nurses Association critical-care certification (CNCC(C))", font="Serif", size=9.5, after=4)
    label("Languages")
    f.para("French (native) · English (fluent) · Vietnamese (conversational)", font="Serif", size=9.5)
    c.showPage()
    c.save()


# =========================================================================================================
# DOCX resumes written with python-docx
# =========================================================================================================
def r02_joao_pedro_vasconcelos(path):
    """European CV in the classic Europass style: one borderless two-column table, right-aligned labels on the
    left ("Dates", "Occupation or position held", "Name and address of employer", ...), values on the right."""
    d = docx_new("Arial", 9.5, (1.5, 1.5, 1.5, 1.5), after=1)
    t = new_table(d, 0, 2, [5.2, 12.8], borders={"which": ("insideV",), "color": "1F4E79", "sz": 6})
    blue = "1F4E79"

    def row(label, value="", b=False, size=None, head=False, gap=False):
        r = t.add_row().cells
        cell(r[0], label, b=head, size=12 if head else 9, color=blue if head else "444444", align="r")
        cell(r[1], value, b=b, size=size)
        if gap:
            r[1].paragraphs[0].paragraph_format.space_after = Pt(8)
        return r

    r = row("Europass\nCurriculum Vitae")
    row("Personal information", head=True)
    row("First name(s) / Surname(s)", "João Pedro Vasconcelos", b=True, size=13)
    row("Address", "Technikumstrasse 38, 8400 Winterthur (Switzerland)")
    row("Telephone(s)", "+41 78 555 02 61")
    row("E-mail", "jp.vasconcelos@correio.example")
    row("Nationality", "Portuguese")
    row("Date of birth", "14/03/1991", gap=True)
    row("Desired employment / Occupational field", "Senior Structural Engineer – bridges and civil structures",
        b=True, gap=True)
    row("Work experience", head=True)
    for dates, job, acts, employer, sector in (
        ("03/2020 – present", "Project Engineer",
         "Design and verification of reinforced and prestressed concrete bridges to SIA and Eurocode standards; "
         "coordination of site supervision for two motorway overpasses (CHF 34 M); supervision of two junior "
         "engineers",
         "Brunnhofer Bau AG\nIndustriestrasse 14, 8404 Winterthur (Switzerland)", "Civil engineering contractor"),
        ("10/2016 – 02/2020", "Site Engineer",
         "Site engineering for the Foetz rail viaduct and a 3-level underground car park; quantity surveys, "
         "temporary works and method statements; daily coordination with subcontractors",
         "Société Luxembourgeoise de Génie Civil S.A.\n12, rue de l'Industrie, L-3895 Foetz (Luxembourg)",
         "Construction"),
        ("07/2014 – 09/2016", "Trainee Engineer",
         "Structural calculations for residential buildings; AutoCAD and Revit drawings; support on site",
         "Construções Meireles & Filhos, Lda.\nRua do Almada 210, 4050-032 Porto (Portugal)",
         "Building construction"),
    ):
        row("Dates", dates)
        row("Occupation or position held", job, b=True)
        row("Main activities and responsibilities", acts)
        row("Name and address of employer", employer)
        row("Type of business or sector", sector, gap=True)
    row("Education and training", head=True)
    row("Dates", "09/2009 – 07/2014")
    row("Title of qualification awarded", "Integrated Master in Civil Engineering (structures)", b=True)
    row("Principal subjects / occupational skills covered", "Structural analysis, concrete and steel structures, "
        "geotechnics; thesis on fatigue of composite bridge decks")
    row("Name and type of organisation providing education and training",
        "Universidade do Litoral Norte, Faculdade de Engenharia, Porto (Portugal)")
    row("Level in national or international classification", "ISCED 7", gap=True)
    row("Personal skills and competences", head=True)
    row("Mother tongue(s)", "Portuguese")
    row("Other language(s)", "English – C1 (understanding), C1 (speaking), B2 (writing)\n"
        "French – B2 (understanding), B2 (speaking), B1 (writing)\n"
        "German – B1 (understanding), A2 (speaking), A2 (writing)", gap=True)
    row("Organisational skills and competences", "Coordination of multi-disciplinary site teams of up to 40 "
        "people; planning with MS Project", gap=True)
    row("Technical skills and competences", "Eurocode design, Prestressed concrete, Bridge inspection, "
        "Temporary works design", gap=True)
    row("Computer skills and competences", "AutoCAD, Revit, SAP2000, Robot Structural Analysis, MS Project",
        gap=True)
    row("Driving licence", "B", gap=True)
    row("Annexes", "Diploma and Swiss recognition of qualification (REG B) on request")
    r[0].paragraphs[0].runs[0].bold = True
    docx_save(d, path, "João Pedro Vasconcelos")


def r05_annelies_kilic_verhoeven(path):
    """Academic CV turning to industry: a short industry-facing profile, then Academic Positions (with an
    overlapping visiting post), Industry Experience (an internship), Education, Grants & Awards, Selected
    Projects, Publications, Teaching and Technical Skills."""
    d = docx_new("Cambria", 10, (2.2, 2.2, 2.2, 2.2), after=2)
    P(d, "Annelies Kılıç-Verhoeven, PhD", b=True, size=18, after=0)
    P(d, "Computational biologist → machine-learning scientist", i=True, size=11, color="555555", after=0)
    P(d, "Leiden, Netherlands · annelies.kv@mail.example · +31 6 5555 0193 · orcid.org/0000-0002-0000-0193",
      size=9, color="555555", after=6)
    heading(d, "Profile", color="000000")
    P(d, "Postdoctoral researcher with eight years of building statistical and deep-learning models for "
      "single-cell genomics. I am moving to industry to work on ML for drug discovery, and I bring production "
      "habits from a pharma internship and from maintaining open-source tools used by 40+ labs.", after=4)
    heading(d, "Academic Positions", color="000000")

    def pos(title, inst, place, dates, items=()):
        p = P(d, after=0, keep=True)
        tabs(p, (16.5, "r"))
        run(p, title, b=True)
        run(p, "\t" + dates)
        P(d, inst + ", " + place, i=True, after=1)
        bullets(d, items, size=9.5)

    pos("Postdoctoral Research Fellow", "Leidenbrook University, Department of Cell Biology", "Leiden, Netherlands",
        "2021 – present", ["Lead the lab's single-cell atlas of kidney development (1.2 M cells)",
                           "Supervise 2 PhD students and 4 MSc students"])
    pos("Visiting Researcher", "Institut Lumière de Biologie", "Lyon, France", "Sep 2019 – Dec 2019",
        ["Three-month exchange on spatial transcriptomics methods"])
    pos("Doctoral Researcher", "Technische Universität Elbstadt, Institute of Bioinformatics", "Elbstadt, Germany",
        "2016 – 2020", ["Thesis: Bayesian models of cell-fate decisions from single-cell RNA-seq"])
    heading(d, "Industry Experience", color="000000")
    pos("Research Intern", "Nordlicht Pharma AG", "Basel, Switzerland", "Jun – Aug 2018",
        ["Built a target-prioritisation pipeline in Nextflow used by the computational biology group"])
    heading(d, "Education", color="000000")
    for deg, sch, yr in (("PhD Computational Biology", "Technische Universität Elbstadt", "2020"),
                         ("MSc Bioinformatics", "Leidenbrook University", "2016"),
                         ("BSc Molecular Biology and Genetics", "Marmara Bay University, Istanbul", "2014")):
        p = P(d, after=1)
        tabs(p, (16.5, "r"))
        run(p, deg, b=True)
        run(p, ", " + sch)
        run(p, "\t" + yr)
    heading(d, "Grants & Awards", color="000000")
    bullets(d, ["Talent Grant, Dutch Science Foundation (NWS), €250,000, 2022–2025 (PI)",
                "Short-term fellowship, European Cell Biology Network, 2019",
                "Best Poster, Single-Cell Genomics Europe conference, 2018"], size=9.5)
    heading(d, "Selected Projects", color="000000")
    P(d, "cellmap", b=True, after=0)
    P(d, "Open-source Python package for probabilistic cell-type mapping; 40+ labs, 600 GitHub stars.", after=2)
    P(d, "TideFold", b=True, after=0)
    P(d, "Workflow for benchmarking trajectory-inference methods on 30 public data sets.", after=2)
    heading(d, "Publications (selected, of 14)", color="000000")
    for s in ("Kılıç-Verhoeven A., de Graaf M., Okafor T. (2023). Probabilistic mapping of nephron progenitor "
              "states. Cell Systems Reports 11:221–236.",
              "Kılıç-Verhoeven A., Brandt S. (2020). Bayesian fate-decision models for scRNA-seq. "
              "Journal of Computational Genomics 8:45–61.",
              "Brandt S., Kılıç-Verhoeven A., et al. (2019). TideFold: benchmarking trajectory inference. "
              "Bioinformatics Methods 5:12–20."):
        P(d, s, size=9.5, indent=0.6, first=-0.6, after=2)
    heading(d, "Teaching", color="000000")
    P(d, "Introduction to Machine Learning for Biologists (MSc course, 2021–2024); Statistics II tutorials "
      "(2017–2019).", size=9.5)
    heading(d, "Technical Skills", color="000000")
    P(d, "Python, R, PyTorch, Nextflow, Single-cell RNA-seq analysis, Bayesian modelling, Git, SLURM", after=2)
    heading(d, "Languages", color="000000")
    P(d, "Dutch (native), Turkish (native), English (C2), German (B2)")
    docx_save(d, path, "Annelies Kilic-Verhoeven")


def r06_park_jiwoo(path):
    """Company first in bold, then the title in italics on the same line, dates right-aligned by a tab in
    Korean style ("2019.03 ~ 2021.08"), a grey location line under it; military service under its own heading."""
    d = docx_new("Malgun Gothic", 10, (2.0, 2.0, 2.0, 2.0), after=2)
    p = P(d, after=0)
    run(p, "Ji-woo Park", b=True, size=20)
    run(p, "  박지우", size=13, color="777777")
    P(d, "Product Designer · UX / UI · Design Systems", size=10.5, color="E4572E", after=0)
    P(d, "Seoul, South Korea  |  jiwoo.park.design@mail.example  |  +82 10-5555-0147  |  jiwoopark.example",
      size=9, color="777777", after=6)
    heading(d, "ABOUT", color="E4572E", size=11)
    P(d, "Product designer with 7 years in e-commerce and games. I build design systems that let small teams ship "
      "fast without losing consistency, and I test everything with real users.")
    heading(d, "WORK EXPERIENCE", color="E4572E", size=11)
    for co, title, dates, place, items in (
        ("Hangaram Commerce Co., Ltd.", "Senior Product Designer", "2021.09 ~ Present", "Seoul, South Korea",
         ["Lead designer for checkout and membership; conversion +9.4% after the 2023 checkout redesign",
          "Built the 'Gaon' design system (220 components) shared by web and app teams"]),
        ("Bitna Games Inc.", "UX Designer", "2019.03 ~ 2021.08", "Seongnam, South Korea",
         ["In-game store and onboarding UX for a mobile RPG with 3 M monthly players",
          "Ran 40+ moderated usability sessions; cut tutorial drop-off by a third"]),
        ("Studio Ohwa", "Freelance UI Designer", "2017.06 ~ 2019.02", "Seoul, South Korea",
         ["UI design and Protopie prototypes for 11 start-up clients"]),
        ("Lumen Tokyo K.K.", "Design Intern", "2016.07 ~ 2016.12", "Tokyo, Japan",
         ["Visual design for a travel-booking app; localisation of UI for Korean users"]),
    ):
        p = P(d, after=0, before=4, keep=True)
        tabs(p, (17.0, "r"))
        run(p, co, b=True, size=10.5)
        run(p, "  |  ", color="999999")
        run(p, title, i=True, size=10.5)
        run(p, "\t" + dates, size=9.5, color="555555")
        P(d, place, size=9, color="888888", after=1)
        bullets(d, items, size=9.5)
    heading(d, "SKILLS", color="E4572E", size=11)
    P(d, "Figma  ·  Design Systems  ·  User Research  ·  Prototyping  ·  Protopie  ·  Usability Testing  ·  "
      "HTML/CSS")
    heading(d, "EDUCATION", color="E4572E", size=11)
    p = P(d, after=1)
    tabs(p, (17.0, "r"))
    run(p, "Hanbit University of Arts", b=True)
    run(p, "  |  ", color="999999")
    run(p, "B.F.A. Visual Communication Design", i=True)
    run(p, "\t2013.03 ~ 2017.02", size=9.5, color="555555")
    heading(d, "MILITARY SERVICE", color="E4572E", size=11)
    p = P(d, after=1)
    tabs(p, (17.0, "r"))
    run(p, "Republic of Korea Army", b=True)
    run(p, "  |  ", color="999999")
    run(p, "Sergeant, honourably discharged", i=True)
    run(p, "\t2014.02 ~ 2015.11", size=9.5, color="555555")
    heading(d, "LANGUAGES & AWARDS", color="E4572E", size=11)
    bullets(d, ["Korean (native), English (TOEIC 945, OPIc AL), Japanese (JLPT N2)",
                "'Best App UX', Seoul Design Week Awards, 2022"], size=9.5)
    docx_save(d, path, "Park Jiwoo")


def r09_sunita_raghunathan(path):
    """Word template built from nested tables: a one-row outer table (shaded sidebar cell, main cell); the
    sidebar holds a contact table and a skills table, the main cell holds one inner table per role (a date cell
    "Aug '21 – Present" beside a cell with title, company and city, and bullets)."""
    d = docx_new("Calibri", 10, (1.2, 1.2, 1.2, 1.2), after=1)
    maroon = "7B1E3A"
    outer = new_table(d, 1, 2, [6.0, 12.6])
    side, main = outer.rows[0].cells
    shade(side, "F6EEF1")
    cell(side, "SUNITA", b=True, size=15, color=maroon, after=0)
    cell_add(side, "RAGHUNATHAN", b=True, size=15, color=maroon, after=6)
    cell_add(side, "HR Business Partner", i=True, size=11, after=8)
    ct = side.add_table(rows=4, cols=2)
    col_widths(ct, [1.5, 4.2])
    for r_, (k, v) in zip(ct.rows, (("Phone", "+971 50 555 0183"), ("Email", "sunita.r@mail.example"),
                                    ("City", "Dubai, UAE"), ("Visa", "UAE residence (employer)"))):
        cell(r_.cells[0], k, b=True, size=8, color=maroon)
        cell(r_.cells[1], v, size=8.5)
    cell_add(side, "", after=4)
    cell_add(side, "CORE SKILLS", b=True, size=10.5, color=maroon, after=2)
    st = side.add_table(rows=0, cols=1)
    col_widths(st, [5.7])
    for s in ("Talent Acquisition", "Employee Relations", "SAP SuccessFactors", "Payroll (UAE WPS)",
              "Labour Law Compliance", "HR Analytics"):
        cell(st.add_row().cells[0], "▪ " + s, size=9)
    cell_add(side, "", after=4)
    cell_add(side, "LANGUAGES", b=True, size=10.5, color=maroon, after=2)
    for s in ("English", "Hindi", "Tamil", "Arabic (basic)"):
        cell_add(side, s, size=9)
    cell_add(side, "", after=4)
    cell_add(side, "CERTIFICATIONS", b=True, size=10.5, color=maroon, after=2)
    cell_add(side, "SHRM-CP (2022)", size=9)
    cell_add(side, "CIPD Level 5 Associate Diploma (2020)", size=9)

    cell(main, "PROFILE", b=True, size=11, color=maroon, after=2)
    cell_add(main, "HR business partner with 9 years in retail and manufacturing across India and the UAE. I "
             "partner with operations leaders on workforce planning, hiring at volume and fair, well-documented "
             "employee relations.", size=9.5, after=8)
    cell_add(main, "PROFESSIONAL EXPERIENCE", b=True, size=11, color=maroon, after=4)
    for dates, title, co, city, items in (
        ("Aug '21 – Present", "HR Business Partner", "Falaj Retail Group LLC", "Dubai, UAE",
         ["HRBP for 1,400 store and warehouse staff across 38 stores",
          "Cut time-to-hire for store roles from 41 to 19 days with assessment days",
          "Led the move from spreadsheets to SAP SuccessFactors for 2,600 employees"]),
        ("Apr '17 – Jul '21", "Senior HR Executive", "Kaveri Loom Textiles Pvt. Ltd.", "Coimbatore, India",
         ["Ran recruitment, induction and grievance handling for a 2,000-worker mill",
          "Prepared the plant for Factories Act and ESI/PF audits; zero findings in 2019 and 2020"]),
        ("Jul '15 – Mar '17", "HR Trainee", "Sahyadri Auto Components Ltd.", "Pune, India",
         ["Payroll inputs, attendance and training records for 650 shop-floor employees"]),
    ):
        it = main.add_table(rows=1, cols=2)
        col_widths(it, [3.0, 9.3])
        tborders(it, which=("bottom",), color="D9C2CB")
        a, b = it.rows[0].cells
        cell(a, dates, b=True, size=9, color="555555")
        cell(b, title, b=True, size=10.5, after=0)
        cell_add(b, co + " · " + city, i=True, size=9.5, color=maroon, after=2)
        cell_bullets(b, items, size=9)
        cell_add(main, "", after=2)
    cell_add(main, "EDUCATION", b=True, size=11, color=maroon, after=4)
    et = main.add_table(rows=2, cols=2)
    col_widths(et, [3.0, 9.3])
    for r_, (yrs, deg) in zip(et.rows, (("2013 – 2015", "MBA – Human Resources | Deccan Institute of Management "
                                                         "Studies, Pune"),
                                        ("2010 – 2013", "B.Com | St. Agnes College for Women, Coimbatore"))):
        cell(r_.cells[0], yrs, b=True, size=9, color="555555")
        cell(r_.cells[1], deg, size=9.5)
    docx_save(d, path, "Sunita Raghunathan")


def r13_siobhan_ni_fhaolain(path):
    """A long two-page resume in the classic mould: "Title | Company | City, Country" on one line, the dates on
    the next in italics, many bullets; a concurrent non-executive board seat inside the experience list; roles
    in Ireland, the Netherlands, Singapore and Kenya; certifications, publications, speaking, volunteering."""
    d = docx_new("Garamond", 10.5, (1.8, 1.8, 1.9, 1.9), after=2)
    green = "1E5631"
    P(d, "Siobhán Ní Fhaoláin", b=True, size=22, color=green, align="c", after=0)
    P(d, "Global supply chain executive · S&OP · network design · sustainable sourcing", size=11, align="c",
      after=0)
    P(d, "Ranelagh, Dublin 6, Ireland  ·  +353 87 555 0122  ·  siobhan.nifhaolain@mail.example  ·  "
      "linkedin.com/in/sniffhaolain", size=9, align="c", color="555555", after=8)
    heading(d, "Executive Summary", color=green)
    P(d, "Supply chain leader with 18 years in food and consumer goods across four countries. I have run "
      "end-to-end supply chains of up to €1.9 bn in cost of goods, built S&OP processes from scratch on two "
      "continents and led teams of up to 240 people. Known for calm execution in a crisis (Brexit, COVID-19, "
      "Red Sea disruption), for developing leaders, and for turning sustainability targets into supplier "
      "programmes that pay for themselves.", align="j", after=4)
    heading(d, "Core Competencies", color=green)
    t = new_table(d, 2, 4, [4.3, 4.3, 4.3, 4.3])
    for c_, s in zip([*t.rows[0].cells, *t.rows[1].cells],
                     ("S&OP", "Network Design", "SAP IBP", "Supplier Development", "Lean Six Sigma",
                      "Procurement Strategy", "Change Management", "Team Leadership")):
        cell(c_, "◆ " + s, size=10)
    heading(d, "Professional Experience", color=green)

    def job(title, co, place, dates, items):
        p = P(d, after=0, before=6, keep=True)
        run(p, title, b=True, size=11)
        run(p, "  |  " + co + "  |  " + place, size=10.5)
        P(d, dates, i=True, color="555555", after=2, keep=True)
        bullets(d, items, size=10)

    job("Vice President, Global Supply Chain", "Harrowgate Foods plc", "Dublin, Ireland", "January 2020 – Present",
        ["Lead planning, procurement, manufacturing logistics and customer service for 11 plants in 6 countries; "
         "240 people, €1.9 bn cost of goods",
         "Designed and ran the Brexit and COVID-19 continuity plans; service level held above 97% through 2020–21",
         "Consolidated 14 third-party warehouses into 5 regional hubs; €23 M annual saving",
         "Launched the SAP IBP programme across Europe; forecast accuracy up from 68% to 81%",
         "Set the company's Scope 3 supplier programme: 120 key suppliers on science-based targets by 2024",
         "Member of the executive committee; report to the CEO"])
    job("Non-Executive Director", "Beara Seafood Co-operative Society", "Castletownbere, Ireland",
        "March 2021 – Present (concurrent, about 2 days a month)",
        ["Chair the audit and risk committee of a 90-member fishing co-operative",
         "Guided the co-op through its first EU-funded cold-chain investment (€4.2 M)"])
    job("Director of Supply Chain, EMEA", "Vandermolen Consumer Brands B.V.", "Rotterdam, Netherlands",
        "June 2015 – December 2019",
        ["Ran the EMEA supply chain for household and personal-care brands: 7 factories, 3 co-packers, 42 markets",
         "Built the EMEA S&OP process from scratch; inventory down 19 days while service rose to 98.5%",
         "Led the network redesign that closed two factories and opened a Polish hub; €31 M annual saving",
         "Introduced a supplier development programme with 30 strategic suppliers",
         "Developed four direct reports into country supply chain director roles"])
    job("Regional Logistics Manager, Asia Pacific", "Vandermolen Consumer Brands B.V.", "Singapore",
        "July 2011 – May 2015",
        ["Managed logistics for 14 APAC markets; team of 35 across Singapore, Jakarta and Ho Chi Minh City",
         "Set up the Singapore regional distribution centre (28,000 pallet positions) on time and on budget",
         "Cut ocean freight cost per pallet by 17% through carrier tenders and load optimisation",
         "Implemented a transport management system across 6 markets"])
    job("Supply Chain Consultant", "Savanna Trade Partners Ltd", "Nairobi, Kenya", "February 2009 – June 2011",
        ["Advised agri-food exporters and NGOs on cold-chain design for flowers, avocados and tea",
         "Led a donor-funded study of East African port and corridor costs used by three governments",
         "Trained 300 smallholder co-operative managers in inventory and logistics basics"])
    job("Graduate Logistics Analyst", "Harrowgate Foods plc", "Cork, Ireland", "September 2006 – January 2009",
        ["Graduate programme rotations in demand planning, transport and procurement",
         "Built the first weekly transport cost dashboard; adopted by all Irish sites"])
    heading(d, "Education", color=green)
    for deg, sch, yr in (("MSc Supply Chain Management (distinction)", "Maasstad Business School, Rotterdam",
                          "2014"),
                         ("BComm (First Class Honours)", "University College Tralee", "2006")):
        p = P(d, after=1)
        tabs(p, (17.2, "r"))
        run(p, deg, b=True)
        run(p, " — " + sch)
        run(p, "\t" + yr)
    heading(d, "Certifications", color=green)
    bullets(d, ["APICS Certified Supply Chain Professional (CSCP), 2013",
                "Lean Six Sigma Black Belt, 2016",
                "Chartered Director (IoD Ireland), 2022"], size=10)
    heading(d, "Publications & Speaking", color=green)
    bullets(d, ["\"Planning for the next shock: S&OP after the pandemic\", Supply Chain Ireland Journal, 2022",
                "Keynote, European Food Logistics Forum, Amsterdam, 2023: \"Scope 3 is a supplier-development "
                "problem\"",
                "Panel, Asia Supply Chain Summit, Singapore, 2014: \"Building a regional DC in 12 months\""],
            size=10)
    heading(d, "Awards", color=green)
    bullets(d, ["Supply Chain Leader of the Year, Irish Logistics Awards, 2023",
                "Vandermolen CEO Award for the EMEA network redesign, 2018"], size=10)
    heading(d, "Volunteering", color=green)
    bullets(d, ["Mentor, Women in Supply Chain Ireland (since 2019)",
                "Board member, Dublin Food Bank Network (2016–2020)"], size=10)
    heading(d, "Languages", color=green)
    P(d, "English (native) · Irish (fluent) · Dutch (professional) · French (working knowledge)")
    docx_save(d, path, "Siobhan Ni Fhaolain")


def r16_rhiannon_ap_dafydd(path):
    """Teacher's CV in Word with the employment history as a ruled three-column table (Dates | Employer and
    location | Post held) and "Mar 2019 to date"; an overlapping part-time examining post with no place."""
    d = docx_new("Arial", 10, (2.0, 2.0, 2.0, 2.0), after=3)
    P(d, "RHIANNON AP DAFYDD", b=True, size=16, after=0)
    P(d, "Head of Science  ·  MChem, PGCE, QTS", size=10.5, color="444444", after=0)
    P(d, "Abu Dhabi, UAE  |  +971 55 555 0137  |  rhiannon.apdafydd@mail.example", size=9, color="444444",
      after=8)
    heading(d, "Personal Statement", color="000000", size=11)
    P(d, "Chemistry specialist and Head of Science with ten years' teaching in the UK and the UAE. I lead a "
      "department of 14 and teach IB and A-level chemistry. I believe in practical work, clear feedback and "
      "data used to help students, not to label them.", align="j")
    heading(d, "Employment History", color="000000", size=11)
    t = new_table(d, 1, 3, [3.6, 6.8, 6.6], borders={"color": "888888", "sz": 4})
    for c_, s in zip(t.rows[0].cells, ("Dates", "Employer and location", "Post held")):
        cell(c_, s, b=True, fill="D9E2F3")
    for dates, emp, post, notes in (
        ("Mar 2019 to date", "Al Waha British School, Abu Dhabi, UAE", "Head of Science",
         "Lead 14 teachers and 3 technicians; IB Chemistry results up from 4.9 to 5.8 average"),
        ("Jan 2021 to date", "Meridian Examinations Board", "Examiner, A-level Chemistry (part-time)",
         "Mark 300+ scripts each summer series; team leader since 2023"),
        ("Sep 2014 – Feb 2019", "Kingsbridge Academy, Bristol, UK", "Teacher of Chemistry",
         "Taught KS3–KS5; KS5 chemistry lead from 2016"),
        ("Sep 2013 – Jul 2014", "Avonmere School, Bath, UK", "Trainee Teacher (PGCE placement)",
         "Main placement of the PGCE year"),
    ):
        r = t.add_row().cells
        cell(r[0], dates)
        cell(r[1], emp)
        cell(r[2], post, b=True)
        cell_add(r[2], notes, size=9, color="444444")
    heading(d, "Education and Qualifications", color="000000", size=11)
    t = new_table(d, 1, 3, [3.6, 6.8, 6.6], borders={"color": "888888", "sz": 4})
    for c_, s in zip(t.rows[0].cells, ("Year", "Institution", "Qualification")):
        cell(c_, s, b=True, fill="D9E2F3")
    for yr, inst, q in (("2014", "University of Severnside", "PGCE Secondary Science"),
                        ("2013", "University of Aberhaven", "MChem Chemistry (2:1)"),
                        ("2014", "Severnside School Direct Partnership", "Qualified Teacher Status (QTS)")):
        r = t.add_row().cells
        cell(r[0], yr)
        cell(r[1], inst)
        cell(r[2], q)
    heading(d, "Key Skills", color="000000", size=11)
    bullets(d, ["Curriculum planning", "IB Diploma Chemistry", "A-level Chemistry", "Practical assessment",
                "Data-driven intervention", "Safeguarding"], size=10)
    heading(d, "Additional Information", color="000000", size=11)
    P(d, "Welsh speaker (first language). Designated Safeguarding Lead training (2023). Full UK and UAE driving "
      "licences. References from my current Principal and the Head of Kingsbridge Academy.")
    docx_save(d, path, "Rhiannon ap Dafydd")


# =========================================================================================================
# Word files converted to PDF by LibreOffice
# =========================================================================================================
def r08_denise_harwell_robinson_docx(path):
    """US federal resume: citizenship / veterans' preference block, then per job the title, the agency and its
    office, the street address, the dates, hours per week, series/grade, supervisor and a duties paragraph."""
    d = docx_new("Times New Roman", 10.5, (1.8, 1.8, 2.0, 2.0), after=1)
    P(d, "DENISE HARWELL ROBINSON", b=True, size=15, align="c", after=0)
    P(d, "4512 Alder Glen Court, Alexandria, VA 22312  |  (703) 555-0164  |  denise.h.robinson@mail.example",
      size=9.5, align="c", after=6)
    for k, v in (("Citizenship:", "United States Citizen"), ("Veterans' Preference:", "None"),
                 ("Highest Federal Grade Held:", "GS-0343-14 (current)"), ("Security Clearance:", "Public Trust "
                                                                           "(Moderate Risk)"),
                 ("Availability:", "Permanent, full-time; Washington, DC area")):
        p = P(d, after=0)
        run(p, k + " ", b=True)
        run(p, v)
    heading(d, "PROFESSIONAL EXPERIENCE", color="000000", size=11.5)

    def job(title, agency, office, addr, dates, grade, sup, duties, acc):
        P(d, title, b=True, size=11, before=6, after=0, keep=True)
        P(d, agency + ", " + office, after=0, keep=True)
        P(d, addr, after=0, keep=True)
        p = P(d, after=0, keep=True)
        run(p, dates, b=True)
        run(p, "    Hours per week: 40    Series/Grade: " + grade)
        P(d, "Supervisor: " + sup, after=2, keep=True)
        p = P(d, after=2, align="j")
        run(p, "Duties, Accomplishments and Related Skills: ", b=True)
        run(p, duties)
        bullets(d, acc, size=10)

    job("Supervisory Program Analyst", "Federal Agency for Coastal Resilience", "Office of Grants Management",
        "1200 Harbor Street NW, Washington, DC 20004", "06/2021 – Present", "GS-0343-14",
        "Marcus Ellery, (202) 555-0143; may be contacted",
        "Supervise a team of 9 program analysts who monitor $1.4 billion in coastal-adaptation grants to 212 "
        "state, tribal and local recipients. Plan and assign work, approve leave, write performance plans and "
        "appraisals. Serve as the office's lead for performance measurement under GPRA Modernization Act "
        "reporting.",
        ["Designed the grant-risk scoring model now used agency-wide; site visits re-targeted to the highest-risk "
         "20% of awards",
         "Led the office's response to an OIG audit with zero repeat findings",
         "Built Power BI dashboards that replaced 30 monthly spreadsheet reports"])
    job("Program Analyst", "Federal Agency for Coastal Resilience", "Office of Grants Management",
        "1200 Harbor Street NW, Washington, DC 20004", "02/2018 – 06/2021", "GS-0343-12/13",
        "Janet Okafor, (202) 555-0178; may be contacted",
        "Analyzed grantee financial and performance reports, prepared budget justifications and briefed senior "
        "leaders on program results. Drafted policy guidance and standard operating procedures.",
        ["Drafted the FY2020 budget justification for a $310 million grant program",
         "Wrote the SOP for closing out 1,100 legacy awards; backlog cleared in 14 months"])
    job("Management Analyst", "National Veterans Readiness Service", "Hampton Roads Regional Office",
        "600 Granby Street, Norfolk, VA 23510", "09/2014 – 01/2018", "GS-0343-09/11",
        "Harold Brisbane, (757) 555-0110; may be contacted",
        "Conducted workload, staffing and process studies for a regional office of 400 employees; prepared "
        "findings and recommendations for the Regional Director.",
        ["Re-designed the claims intake workflow; average processing time fell from 41 to 26 days"])
    job("Contract Specialist", "Tidewater Maritime Contracting LLC", "Contracts Department",
        "2100 Shore Drive, Virginia Beach, VA 23451", "05/2011 – 08/2014", "N/A (private sector)",
        "Paul Ventner, (757) 555-0192; may be contacted",
        "Prepared proposals, pricing and subcontracts for ship-repair work under federal contracts governed by "
        "the FAR and DFARS.",
        ["Managed a portfolio of 60 subcontracts worth $18 million"])
    heading(d, "EDUCATION", color="000000", size=11.5)
    P(d, "Master of Public Administration (MPA), Chesapeake State University, Norfolk, VA — 05/2014", after=0)
    P(d, "Bachelor of Science, Business Administration, Old Harbor College, Hampton, VA — 05/2010. GPA 3.6",
      after=2)
    heading(d, "CORE COMPETENCIES", color="000000", size=11.5)
    P(d, "Grants Management; Performance Measurement; Budget Formulation; Federal Acquisition Regulation (FAR); "
      "Data Analysis (Power BI); Stakeholder Engagement")
    heading(d, "CERTIFICATIONS AND TRAINING", color="000000", size=11.5)
    bullets(d, ["Federal Acquisition Certification – Program and Project Managers (FAC-P/PM), Level II, 2019",
                "Grants Management Certificate, Federal Grants Institute, 2018",
                "Leadership for a Democratic Society, 2022"], size=10)
    heading(d, "AWARDS", color="000000", size=11.5)
    P(d, "Agency Honor Award for Excellence in Grants Oversight (2023); Time-Off Awards (2019, 2021)")
    docx_save(d, path, "Denise Harwell Robinson")


def r12_katharina_mueller_oeztuerk_docx(path):
    """German tabular CV (Lebenslauf) written in English: a photo box and personal-data table at the top, then
    each section as a borderless table with the period ("09/2019 – heute") in the left column and the post,
    employer and city on the right; a Werkstudentin post that becomes a permanent job at the same firm."""
    d = docx_new("Liberation Sans", 10, (2.2, 2.0, 2.2, 2.0), after=1)
    head = new_table(d, 1, 2, [12.5, 4.0])
    a, b = head.rows[0].cells
    cell(a, "Curriculum Vitae", size=10, color="666666", after=0)
    cell_add(a, "Katharina Müller-Öztürk", b=True, size=20, after=6)
    for k, v in (("Address", "Rotebühlstraße 121, 70178 Stuttgart"), ("Phone", "+49 171 5550 193"),
                 ("E-mail", "k.mueller-oeztuerk@post.example"), ("Date of birth", "22.07.1990 in Mannheim"),
                 ("Nationality", "German")):
        p = cell_add(a, after=0)
        tabs(p, (3.2, "l"))
        run(p, k, color="666666", size=9.5)
        run(p, "\t" + v, size=9.5)
    cell(b, "[Photo]", size=8, color="999999", align="c")
    shade(b, "EEEEEE")

    def section(name, rows):
        P(d, name, b=True, size=12, color="8B0000", before=10, after=2, keep=True)
        pborder(d.paragraphs[-1], "bottom", "8B0000", 6, 1)
        t = new_table(d, 0, 2, [4.0, 12.7])
        for period, lines, items in rows:
            r = t.add_row().cells
            cell(r[0], period, size=9.5)
            cell(r[1], lines[0], b=True, after=0)
            for s in lines[1:]:
                cell_add(r[1], s, i=True, color="444444", after=0)
            cell_bullets(r[1], items, size=9)
            cell_add(r[1], "", after=2)

    section("Professional Experience", [
        ("09/2019 – heute", ["Team Lead Financial Controlling", "Fernwerk Maschinenbau GmbH, Stuttgart"],
         ["Lead a team of 6 controllers; monthly close, forecast and budget for EUR 780 m revenue",
          "Introduced SAP S/4HANA group reporting and Power BI dashboards for the board"]),
        ("04/2016 – 08/2019", ["Senior Controller", "Alpenblick Logistik AG, München"],
         ["Business partner to the contract-logistics division; cost-centre and project controlling",
          "Built the driver-based forecast model used in all budget rounds since 2018"]),
        ("10/2013 – 03/2016", ["Junior Controller", "Rheinauen Chemie GmbH & Co. KG, Ludwigshafen am Rhein"],
         ["Plant controlling for two production sites; IFRS and HGB month-end reporting"]),
        ("10/2011 – 09/2013", ["Werkstudentin Controlling (working student, 16 h/week)",
                               "Rheinauen Chemie GmbH & Co. KG, Ludwigshafen am Rhein"],
         ["Variance analyses and Excel VBA tools for the plant controlling team"]),
    ])
    section("Education", [
        ("10/2011 – 09/2013", ["M.Sc. Business Administration", "Universität Hohenlohe, Schwäbisch Hall"],
         ["Major: Controlling and Corporate Finance; final grade 1.5",
          "08/2012 – 12/2012 semester abroad, Lisbon"]),
        ("10/2008 – 09/2011", ["B.Sc. Economics", "Hochschule Neckartal, Heilbronn"], []),
        ("06/2008", ["Abitur", "Carl-Benz-Gymnasium, Mannheim"], []),
    ])
    P(d, "Skills", b=True, size=12, color="8B0000", before=10, after=2, keep=True)
    pborder(d.paragraphs[-1], "bottom", "8B0000", 6, 1)
    t = new_table(d, 2, 2, [4.0, 12.7])
    cell(t.rows[0].cells[0], "IT skills", size=9.5)
    cell(t.rows[0].cells[1], "SAP S/4HANA, SAP BW, Power BI, Excel VBA")
    cell(t.rows[1].cells[0], "Accounting", size=9.5)
    cell(t.rows[1].cells[1], "IFRS, HGB")
    P(d, "Languages", b=True, size=12, color="8B0000", before=10, after=2, keep=True)
    pborder(d.paragraphs[-1], "bottom", "8B0000", 6, 1)
    P(d, "German (native), Turkish (native), English (C1), Portuguese (A2)")
    P(d, "")
    P(d, "Stuttgart, 03.02.2025", after=0)
    P(d, "Katharina Müller-Öztürk", i=True)
    docx_save(d, path, "Katharina Mueller-Oeztuerk")


# =========================================================================================================
# job descriptions (DOCX, PDF)
# =========================================================================================================
def jd03_tarrant_bryce_graduate_civil_engineer(path):
    """UK consultancy's graduate vacancy in Word: firm name as a letterhead, a shaded key-facts table, About us,
    The role, Essential / Desirable criteria as two bulleted lists, benefits, how to apply."""
    d = docx_new("Calibri", 10.5, (2.0, 2.0, 2.0, 2.0), after=3)
    P(d, "TARRANT BRYCE", b=True, size=18, color="00587A", after=0)
    P(d, "Consulting Engineers · Leeds · Sheffield · Newcastle", size=9, color="00587A", after=10)
    P(d, "Graduate Civil Engineer", b=True, size=16, after=4)
    P(d, "September 2025 intake", i=True, color="555555", after=6)
    t = new_table(d, 4, 2, [4.5, 12.5], borders={"color": "BBBBBB"})
    for r_, (k, v) in zip(t.rows, (("Location", "Leeds (hybrid after probation)"),
                                   ("Salary", "£29,500 + paid ICE membership"),
                                   ("Contract", "Permanent, full-time"),
                                   ("Closing date", "14 March 2025"))):
        cell(r_.cells[0], k, b=True, fill="E8F1F5")
        cell(r_.cells[1], v)
    heading(d, "About us", color="00587A", rule=False)
    P(d, "Tarrant Bryce Consulting Engineers is an employee-owned civil and structural engineering practice of 180 "
      "people. We design flood defences, highways drainage and bridges for local authorities, water companies "
      "and private developers across the North of England.")
    heading(d, "The role", color="00587A", rule=False)
    P(d, "Our two-year graduate scheme rotates you through our water, highways and structures teams. You will "
      "work on live projects from your first week, with a chartered mentor and a structured route to "
      "Incorporated or Chartered status with the ICE.")
    bullets(d, ["Hydraulic and drainage design using Flood Modeller and MicroDrainage",
                "Preparing drawings and calculations for review",
                "Site visits and supervision of ground investigations",
                "Writing technical notes and reports for clients"])
    heading(d, "Essential criteria", color="00587A", rule=False)
    bullets(d, ["A 2:1 or above in Civil Engineering (BEng or MEng), or expected in summer 2025",
                "Right to work in the UK",
                "Good written English and clear technical reports",
                "Willingness to travel to sites across the North of England"])
    heading(d, "Desirable criteria", color="00587A", rule=False)
    bullets(d, ["A full UK driving licence",
                "A summer placement or year in industry with a consultant or contractor",
                "Some experience of AutoCAD Civil 3D"])
    heading(d, "What we offer", color="00587A", rule=False)
    P(d, "25 days' holiday rising to 30, employee-ownership bonus, 6% matched pension, cycle-to-work scheme and "
      "paid study leave for professional reviews.")
    P(d, "Apply with a CV and a short covering letter via our careers site. We are a Disability Confident "
      "employer and guarantee an interview to disabled applicants who meet the essential criteria.", size=9.5,
      color="555555", before=6)
    docx_save(d, path, "Tarrant Bryce HR")


def jd08_marigold_care_homes_registered_care_home_manager(path):
    """UK care provider's vacancy in Word: two-cell banner table (logo text / job reference), the title, a
    "Hours / Salary / Reports to" line block, About the home, Key responsibilities, What you'll need, It would be
    great if you have, Benefits, safer-recruitment footer."""
    d = docx_new("Verdana", 9.5, (1.8, 1.8, 1.8, 1.8), after=3)
    t = new_table(d, 1, 2, [11.0, 6.4])
    a, b = t.rows[0].cells
    cell(a, "Marigold Care Homes", b=True, size=16, color="B8860B", after=0)
    cell_add(a, "Caring for people, close to home", i=True, size=9, color="777777")
    cell(b, "Job ref: MCH-2025-031", size=8.5, align="r")
    cell_add(b, "Willow Brook House, Harrogate", size=8.5)
    shade(a, "FFF8E1")
    shade(b, "FFF8E1")
    P(d, "Registered Care Home Manager", b=True, size=15, before=10, after=4)
    for k, v in (("Hours:", "37.5 per week plus on-call rota"), ("Salary:", "£52,000 – £58,000 + £3,000 CQC "
                                                                     "rating bonus"),
                 ("Reports to:", "Regional Operations Director")):
        p = P(d, after=0)
        run(p, k + " ", b=True)
        run(p, v)
    heading(d, "About the home", color="B8860B", rule=False, size=11)
    P(d, "Willow Brook House is a 64-bed residential and dementia care home on the edge of Harrogate, rated Good by "
      "the CQC. Marigold Care Homes runs nine family-owned homes across North Yorkshire.")
    heading(d, "Key responsibilities", color="B8860B", rule=False, size=11)
    bullets(d, ["Register with the CQC as the home's Registered Manager",
                "Lead a team of 85 care, nursing, kitchen and housekeeping staff",
                "Keep the home compliant with the Health and Social Care Act regulations",
                "Manage the budget, occupancy and agency spend",
                "Build warm relationships with residents, families and the local community"])
    heading(d, "What you'll need", color="B8860B", rule=False, size=11)
    bullets(d, ["Level 5 Diploma in Leadership for Health and Social Care (or willing to complete it)",
                "At least 2 years' management experience in a CQC-regulated care service",
                "Sound knowledge of safeguarding, MCA and DoLS",
                "A full UK driving licence"])
    heading(d, "It would be great if you have", color="B8860B", rule=False, size=11)
    bullets(d, ["Experience in dementia care",
                "A nursing qualification (RGN or RMN)",
                "Experience of digital care planning systems"])
    heading(d, "Benefits", color="B8860B", rule=False, size=11)
    P(d, "33 days' holiday including bank holidays, free meals on shift, Blue Light Card, enhanced pension and a "
      "paid DBS check.")
    P(d, "Marigold Care Homes is committed to safer recruitment. All appointments are subject to an enhanced DBS "
      "check and satisfactory references.", size=8.5, i=True, color="777777", before=8)
    docx_save(d, path, "Marigold Care Homes")


def jd05_ostrander_packaging_maintenance_technician_iii(path):
    """US plant's job posting as a one-page PDF: company name bar, title with a shift line, a two-column
    job-facts box, then Summary, Essential Duties, Minimum Qualifications, Preferred Qualifications, EEO line."""
    W, H = LETTER
    green = HexColor("#2E5E4E")
    c = new_canvas(path, LETTER, "Maintenance Technician III", "Ostrander Packaging Co.", "Microsoft Word")
    box(c, 0, H - 60, W, 60, fill=green)
    text(c, "OSTRANDER PACKAGING CO.", 40, H - 38, "Arial-B", 16, WHITE)
    text(c, "Corrugated & folding-carton solutions since 1962", 40, H - 52, "Arial-I", 8.5, WHITE)
    text(c, "Maintenance Technician III", 40, H - 92, "Arial-B", 18, green)
    text(c, "2nd Shift (2:00 pm – 10:30 pm), Monday–Friday", 40, H - 108, "Arial", 10)
    y = grid(c, 40, H - 120, [266, 266],
             [["Location: Dayton, OH plant", "Pay: $34.50 – $39.00/hour + shift differential"],
              ["Department: Plant Maintenance", "Status: Full-time, non-exempt"],
              ["Reports to: Maintenance Supervisor", "Requisition: OPC-MT3-0412"]], "Arial", 9,
             line_color=HexColor("#AAAAAA"))
    f = Flow(c, 40, W - 80, y - 14, bottom=40)

    def h(s):
        f.gap(4)
        f.line(s, font="Arial-B", size=11, color=green, after=4)

    h("Summary")
    f.para("Ostrander Packaging Co. is looking for an experienced Maintenance Technician III to keep our "
           "corrugators, flexo folder-gluers and die cutters running. You will troubleshoot electrical, "
           "mechanical, hydraulic and pneumatic systems, lead root-cause work on repeat failures and coach "
           "Technician I and II colleagues on the shift.", font="Arial", size=9.5, after=2)
    h("Essential Duties")
    f.bullets(["Diagnose and repair faults on high-speed converting equipment",
               "Troubleshoot PLC-controlled machines (Allen-Bradley ControlLogix) using ladder logic",
               "Carry out preventive and predictive maintenance in our CMMS",
               "Lead root-cause failure analysis and write up corrective actions",
               "Train and mentor less experienced technicians"], font="Arial", size=9.5)
    h("Minimum Qualifications")
    f.bullets(["5+ years of industrial maintenance experience in a manufacturing plant",
               "Strong electrical troubleshooting skills up to 480V three-phase",
               "Working knowledge of PLCs, VFDs and motor controls",
               "Ability to read electrical schematics and mechanical drawings",
               "Ability to lift 50 lbs and work at heights"], font="Arial", size=9.5)
    h("Preferred Qualifications")
    f.bullets(["Associate degree in Industrial Maintenance or Electrical Technology",
               "Experience in corrugated or packaging manufacturing",
               "Journeyman electrician card"], font="Arial", size=9.5)
    h("Benefits")
    f.para("Medical, dental and vision from day one · 401(k) with 5% match · 10 paid holidays · tool allowance · "
           "tuition reimbursement", font="Arial", size=9.5)
    f.gap(10)
    f.para("Ostrander Packaging Co. is an Equal Opportunity Employer, including disability and veterans. This "
           "position requires a pre-employment drug screen and background check.", font="Arial-I", size=8,
           color=HexColor("#555555"))
    c.showPage()
    c.save()


# =========================================================================================================
# the build lists and the label check
# =========================================================================================================
PDF_RESUMES = [r01_amara_okonkwo_bello, r03_lin_meixuan, r11_carlos_eduardo_ibarra, r15_elodie_marchand_nguyen]
DOCX_RESUMES = [r02_joao_pedro_vasconcelos, r05_annelies_kilic_verhoeven, r06_park_jiwoo, r09_sunita_raghunathan,
                r13_siobhan_ni_fhaolain, r16_rhiannon_ap_dafydd]
CONVERTED = {"r08_denise_harwell_robinson": r08_denise_harwell_robinson_docx,
             "r12_katharina_mueller_oeztuerk": r12_katharina_mueller_oeztuerk_docx}
JD_DOCX = [jd03_tarrant_bryce_graduate_civil_engineer, jd08_marigold_care_homes_registered_care_home_manager]
JD_PDF = [jd05_ostrander_packaging_maintenance_technician_iii]


def main():
    if "--check" not in sys.argv:
        buildkit.build(RES, JDS, pdf_resumes=PDF_RESUMES, docx_resumes=DOCX_RESUMES, converted=CONVERTED,
                       jd_docx=JD_DOCX, jd_pdf=JD_PDF)
    return buildkit.check_labels(HERE)


if __name__ == "__main__":
    sys.exit(main())
