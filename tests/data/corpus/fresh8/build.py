"""Rebuild the PDF and DOCX documents of the eighth fresh set from the content held in this script, then check
that every labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh8/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh8/build.py --check   # check only

reportlab draws six of the resume PDFs and the two PDF job descriptions (canvas drawing, invariant=1, TrueType
DejaVu / Liberation fonts); python-docx writes the DOCX files (fixed core properties, fixed ZIP entry timestamps);
two resumes (r06, r16) are Word files that LibreOffice (`soffice --headless --convert-to pdf`) turns into PDF, and
those PDFs are rewritten through pypdf with fixed metadata and a fixed document ID so that a rebuild gives the same
bytes. TXT and Markdown documents are committed as written and are not touched here (the check reads them too).

The check extracts text with pypdf (PDF), python-docx (DOCX: body paragraphs, every table cell, headers) or a
plain read (TXT/MD), collapses whitespace, and confirms that every labelled employer, title, skill, project and
school string is found, that each resume's role companies/titles appear in the employers/titles lists, and that
no PDF has more than two pages.

Everything is fictional: every person, employer, client, agency, school and project was invented for this set.
"""
import os
import re
import sys

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, LETTER

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the shared helpers: tests/data/corpus/buildkit.py

import buildkit  # noqa: E402
from buildkit import (  # noqa: E402
    BLACK,
    WHITE,
    OxmlElement,
    P,
    Paragraph,
    ParagraphStyle,
    box,
    bullets,
    col_widths,
    docx_new,
    docx_save,
    escape,
    first_par,
    grid,
    hline,
    new_canvas,
    para_pdf,
    pborder,
    pdfmetrics,
    qn,
    run,
    shade,
    tabs,
    tborders,
    text,
)

RES = os.path.join(HERE, "resumes")
JDS = os.path.join(HERE, "job_descriptions")
TAG = "fresh8"
buildkit.TAG = TAG


# =========================================================================================================
# helpers
# =========================================================================================================
def para_h(s, w, font="Sans", size=9, lead=None, markup=False):
    st = ParagraphStyle("p", fontName=font, fontSize=size, leading=lead or size * 1.32)
    return Paragraph(s if markup else escape(s), st).wrap(w, 5000)[1]


class Column:
    """A y cursor over one text column; starts a new page (calling on_page) when it runs out of room."""

    def __init__(self, c, x, w, top, bottom, on_page=None, top2=None):
        self.c, self.x, self.w, self.top, self.bottom, self.on_page = c, x, w, top, bottom, on_page
        self.top2 = top2 or top
        self.y = top

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            if self.on_page:
                self.on_page(self.c)
            self.y = self.top2

    def gap(self, h):
        self.y -= h

    def para(self, s, font="Sans", size=9, lead=None, color=BLACK, after=2, markup=False, indent=0, align=0):
        h = para_h(s, self.w - indent, font, size, lead, markup)
        self.need(h)
        self.y = para_pdf(self.c, s, self.x + indent, self.y, self.w - indent, font, size, lead, color, align,
                          markup) - after

    def bullets(self, items, font="Sans", size=9, mark="•", indent=10, gap=1.5, color=BLACK, lead=None, left=0):
        for it in items:
            h = para_h(it, self.w - indent - left, font, size, lead)
            self.need(h)
            text(self.c, mark, self.x + left, self.y - size, font, size, color)
            self.y = para_pdf(self.c, it, self.x + left + indent, self.y, self.w - indent - left, font, size, lead,
                              color) - gap

    def row(self, left, right, font="Sans", size=9, rfont=None, color=BLACK, rcolor=None, after=None, rsize=None):
        self.need(size * 1.5)
        self.y -= size
        text(self.c, left, self.x, self.y, font, size, color)
        if right:
            text(self.c, right, self.x + self.w, self.y, rfont or font, rsize or size, rcolor or color, "r")
        self.y -= (size * 0.45 if after is None else after)


def pills(c, items, x, y, w, font="Sans", size=8, fill=None, color=BLACK, pad=4, gap=4, h=None):
    """Draw rounded 'pill' tags that wrap inside width w; top at y; return the y under the last row."""
    h = h or size + 2 * pad
    xx = x
    for it in items:
        tw = pdfmetrics.stringWidth(it, font, size) + 2 * pad + 2
        if xx + tw > x + w:
            xx = x
            y -= h + gap
        box(c, xx, y - h, tw, h, fill=fill, r=h / 2)
        text(c, it, xx + pad + 1, y - h + pad + 1, font, size, color)
        xx += tw + gap
    return y - h


# =========================================================================================================
# PDF resumes drawn with reportlab
# =========================================================================================================
def r01_larissa_quintao_menezes(path):
    # Canva-style two-column resume: teal sidebar with an initials "photo" circle, contact, skill pills and
    # language dots; main column with a large name, About me, Experience cards with date chips, Projects, Education
    W, H = A4
    teal, dark, chip = HexColor("#0F5257"), HexColor("#1F2933"), HexColor("#D7EFEA")
    c = new_canvas(path, A4, "Larissa Quintão Menezes — Resume", "Larissa Quintão Menezes", "Canva")
    sw = 190
    box(c, 0, 0, sw, H, fill=teal)
    c.setFillColor(HexColor("#E9C46A"))
    c.circle(sw / 2, H - 85, 48, stroke=0, fill=1)
    text(c, "LQ", sw / 2, H - 97, "Sans-B", 30, teal, "c")
    y = H - 165

    def side_head(s, y):
        text(c, s.upper(), 22, y, "Sans-B", 10, WHITE)
        hline(c, 22, sw - 22, y - 5, HexColor("#E9C46A"), 1.2)
        return y - 20

    y = side_head("Contact", y)
    for s in ["+55 11 95555-0134", "larissa.qmenezes@correio.br", "São Paulo, SP — Brazil", "github.com/lqmenezes"]:
        text(c, s, 22, y, "Sans", 8, WHITE)
        y -= 14
    y -= 10
    y = side_head("Skills", y)
    y = pills(c, ["Python", "SQL", "PySpark", "scikit-learn", "XGBoost", "Causal inference", "A/B testing",
                  "Airflow", "Databricks", "Looker"], 22, y, sw - 40, "Sans", 7.8, chip, teal) - 22
    y = side_head("Languages", y)
    for lang, n in [("Portuguese", 5), ("English", 4), ("Spanish", 3)]:
        text(c, lang, 22, y, "Sans", 8, WHITE)
        for i in range(5):
            c.setFillColor(HexColor("#E9C46A") if i < n else HexColor("#3C7A7E"))
            c.circle(112 + i * 11, y + 3, 3.5, stroke=0, fill=1)
        y -= 15
    y -= 12
    y = side_head("Interests", y)
    para_pdf(c, "Capoeira, trail running, open data for public transport", 22, y + 8, sw - 40, "Sans", 8, color=WHITE)

    x0, mw = sw + 30, W - sw - 60
    text(c, "LARISSA", x0, H - 70, "Sans-B", 28, dark)
    text(c, "QUINTÃO MENEZES", x0, H - 100, "Sans", 22, teal)
    text(c, "Senior Data Scientist · fraud, credit & experimentation", x0, H - 120, "Sans-I", 10, dark)
    col = Column(c, x0, mw, H - 150, 40)

    def head(s):
        col.gap(6)
        col.need(30)
        box(c, x0, col.y - 16, 4, 16, fill=HexColor("#E9C46A"))
        text(c, s, x0 + 10, col.y - 12, "Sans-B", 12, teal)
        col.gap(24)

    head("About me")
    col.para("Data scientist with eight years in Brazilian fintech and insurance. I build fraud and credit models "
             "that ship, and I like the unglamorous parts too: feature pipelines, monitoring, and explaining a "
             "model to a risk committee in plain Portuguese.", size=9, after=4)
    head("Experience")

    def job(title, comp, city, dates, items):
        col.need(50)
        text(c, title, x0, col.y - 10, "Sans-B", 10.5, dark)
        tw = pdfmetrics.stringWidth(dates, "Sans", 7.5) + 12
        box(c, x0 + mw - tw, col.y - 13, tw, 14, fill=chip, r=7)
        text(c, dates, x0 + mw - tw / 2, col.y - 9, "Sans", 7.5, teal, "c")
        col.gap(14)
        text(c, comp + "  |  " + city, x0, col.y - 9, "Sans-I", 8.8, teal)
        col.gap(14)
        col.bullets(items, size=8.6, mark="–", indent=9)
        col.gap(5)

    job("Senior Data Scientist", "Tucanaré Pagamentos S.A.", "São Paulo, SP", "03/2021 – Present",
        ["Lead the fraud modelling squad (4 DS, 2 MLE) for card and Pix transactions; chargebacks down 31%.",
         "Designed the company's experimentation guidelines and a CUPED-based A/B testing library."])
    job("Data Scientist", "Tucanaré Pagamentos S.A.", "São Paulo, SP", "07/2019 – 02/2021",
        ["Built the first merchant credit-limit model (XGBoost) behind R$ 900M of working-capital loans.",
         "Moved batch scoring from cron jobs to Airflow on Databricks."])
    job("Data Analyst", "Vale do Ipê Seguros", "Campinas, SP", "01/2017 – 06/2019",
        ["Claims-severity dashboards in Looker; churn analysis for the auto-insurance portfolio."])
    job("Research Intern", "Instituto Cerrado de Matemática Aplicada", "Brasília, DF", "08/2015 – 12/2016",
        ["Spatial statistics for dengue case forecasting with the state health secretariat."])
    head("Selected Projects")
    col.para("<b>Chargeback Radar</b> — streaming feature store and real-time scoring for disputed card payments.",
             size=8.8, markup=True, after=3)
    col.para("<b>Pix Fraud Graph</b> — graph features over account-to-account transfers to catch mule rings.",
             size=8.8, markup=True, after=3)
    head("Education")
    col.para("<b>M.Sc. Statistics</b> — Universidade Federal do Planalto Central, 2017", size=8.8, markup=True)
    col.para("<b>B.Sc. Applied Mathematics</b> — Universidade Federal do Planalto Central, 2015", size=8.8,
             markup=True)
    c.save()


def r05_bronwyn_tallis(path):
    # Timeline layout: start years large in a left gutter, a vertical rule with dots, entries to the right with the
    # full date range repeated in small type; Clinical Skills and Registration boxes at the end
    W, H = A4
    plum, grey = HexColor("#5B2A86"), HexColor("#6B6B6B")
    c = new_canvas(path, A4, "Bronwyn Tallis RN", "Bronwyn Tallis", "Microsoft Word")
    text(c, "Bronwyn Tallis", 50, H - 62, "Serif-B", 24, plum)
    text(c, "Registered Nurse · Emergency", 50, H - 82, "Serif-I", 11.5, grey)
    text(c, "Southport QLD 4215  ·  0421 555 378  ·  bronwyn.tallis@nursemail.com.au", 50, H - 100, "Sans", 8.5)
    hline(c, 50, W - 50, H - 110, plum, 1.5)
    gut, rule = 50, 118
    col = Column(c, rule + 16, W - rule - 16 - 50, H - 125, 50)

    def head(s):
        col.gap(8)
        col.need(30)
        text(c, s.upper(), gut, col.y - 11, "Sans-B", 10.5, plum)
        col.gap(20)

    head("Profile")
    col.para("ED nurse with nine years in Queensland hospitals, from aged care to a level 5 emergency department. "
             "Calm in resus, careful with documentation, and known for looking after new graduates.", size=9.2,
             after=4)
    head("Career Timeline")

    def entry(year, title, place, dates, items):
        col.need(55)
        top = col.y
        text(c, year, gut, top - 16, "Serif-B", 17, plum)
        c.setFillColor(plum)
        c.circle(rule, top - 10, 4, stroke=0, fill=1)
        text(c, title, col.x, top - 11, "Sans-B", 10.5)
        col.gap(15)
        text(c, place, col.x, col.y - 9, "Sans", 9, grey)
        col.gap(13)
        text(c, dates, col.x, col.y - 8, "Sans-I", 8.2, plum)
        col.gap(13)
        col.bullets(items, size=8.8, indent=9)
        col.gap(8)
        hline(c, rule, rule, top - 14, plum, 1)
        c.setStrokeColor(HexColor("#C9B6DD"))
        c.setLineWidth(1.2)
        c.line(rule, top - 16, rule, col.y)

    entry("2021", "Clinical Nurse Specialist", "Kookaburra Bay Hospital · Emergency Department · Southport QLD",
          "Feb 2021 – present",
          ["Team leader on rotating shifts in a 48-bed ED seeing ~85,000 presentations a year.",
           "Triage educator: runs the ATS refresher for 60+ nurses and audits triage accuracy quarterly.",
           "Co-designed the sepsis pathway that cut time-to-antibiotics from 94 to 51 minutes."])
    entry("2017", "Registered Nurse (NG5)", "Mangrove Coast Private Hospital · Cairns QLD", "Jun 2017 – Jan 2021",
          ["Emergency and short-stay unit; rapid-response team member from 2019.",
           "Super-user for the ieMR go-live; trained 40 colleagues."])
    entry("2016", "Graduate Registered Nurse", "Tablelands Health Service · Atherton QLD", "Feb 2016 – May 2017",
          ["Transition-to-practice program: medical, surgical and ED rotations in a rural hospital."])
    entry("2013", "Assistant in Nursing", "Wattle Grove Aged Care · Toowoomba QLD", "2013 – 2015",
          ["Personal care for 30 residents while studying; part-time."])
    head("Clinical Skills")
    col.need(60)
    top = col.y
    sk = ["Triage (ATS)", "Cannulation", "ECG interpretation", "Advanced life support", "Paediatric emergency care",
          "Wound management", "ieMR documentation"]
    for i, s in enumerate(sk):
        xx = col.x + (i % 2) * (col.w / 2)
        text(c, "▸ " + s, xx, top - 10 - (i // 2) * 14, "Sans", 9)
    col.y = top - 10 - ((len(sk) + 1) // 2) * 14
    head("Education")
    col.para("Graduate Certificate in Emergency Nursing — Coral Sea University, 2019", size=9.2)
    col.para("Bachelor of Nursing — Darling Downs University, 2015", size=9.2)
    head("Registration")
    col.para("AHPRA registered nurse, registration no. NMW0001990421 (current). ALS2 (2023), PEPP (2022).", size=9)
    col.para("Referees available on request.", font="Sans-I", size=8.5, color=grey)
    c.save()


def r09_haruto_sekiguchi(path):
    # Rirekisho-style English resume: ruled header grid (name, furigana-like reading, date, address), a single
    # Year | Month | Education and Work History table with "Joined / Promoted / Left" rows and a closing "End"
    # row, then licences, skills and a motivation box
    W, H = A4
    c = new_canvas(path, A4, "Resume (Rirekisho) - Haruto Sekiguchi", "Sekiguchi Haruto", "Microsoft Excel")
    x, w = 45, W - 90
    text(c, "RÉSUMÉ (Rirekisho)", x, H - 50, "Serif-B", 16)
    text(c, "as of June 1, 2024", x + w, H - 50, "Serif", 9, how="r")
    y = grid(c, x, H - 60, [90, w - 90 - 100, 100], [
        ["Reading", "Haruto SEKIGUCHI", "Photo"],
        ["Name", "SEKIGUCHI Haruto (Haruto Sekiguchi)", "(3 x 4 cm)"],
        ["Date of birth", "May 14, 1990 (age 34)   Sex: Male", ""],
        ["Address", "2-11-7 Nakameguro, Meguro-ku, Tokyo 153-0061", ""],
        ["Contact", "090-5555-0172   h.sekiguchi@mailbox.jp", ""],
    ], font="Serif", size=9, pad=5)
    y -= 14
    hist = [
        ["Year", "Month", "Education and Work History"],
        ["", "", "Education"],
        ["2006", "4", "Entered Kitamori Prefectural High School"],
        ["2009", "3", "Graduated from Kitamori Prefectural High School"],
        ["2009", "4", "Entered Tohoku Kaisei University, Faculty of Engineering, Department of Electronics"],
        ["2013", "3", "Graduated from Tohoku Kaisei University (B.Eng. Electronics)"],
        ["2015", "3", "Completed Master's Program (M.Eng. Information Sciences), Tohoku Kaisei University"],
        ["", "", "Work History"],
        ["2015", "4", "Joined Kurosawa Denki Co., Ltd. (Sendai) as Embedded Software Engineer in the Automotive "
                      "ECU Division — body-control ECU firmware in C on Renesas RH850"],
        ["2018", "10", "Promoted to Senior Embedded Software Engineer — AUTOSAR migration of the door-module ECU"],
        ["2019", "6", "Left Kurosawa Denki Co., Ltd. (career change)"],
        ["2019", "7", "Joined Shirasagi Robotics Inc. (Tokyo) as Robotics Software Engineer — motion control for "
                      "warehouse picking arms, ROS 2 and C++"],
        ["2022", "4", "Appointed Motion Planning Team Lead (team of 6)"],
        ["", "", "Currently employed"],
        ["", "", "End"],
    ]
    y = grid(c, x, y, [45, 48, w - 93], hist, font="Serif", size=9, pad=4, head_fill=HexColor("#EEEEEE"),
             head_font="Serif-B")
    y -= 14
    y = grid(c, x, y, [45, 48, w - 93], [
        ["Year", "Month", "Licenses and Qualifications"],
        ["2010", "8", "Ordinary motor vehicle license"],
        ["2014", "6", "Fundamental Information Technology Engineer Examination (passed)"],
        ["2021", "11", "TOEIC Listening & Reading 885"],
    ], font="Serif", size=9, pad=4, head_fill=HexColor("#EEEEEE"), head_font="Serif-B")
    y -= 14
    y = grid(c, x, y, [130, w - 130], [
        ["Skills", "C, C++, ROS 2, AUTOSAR, MATLAB/Simulink, Python, CAN bus"],
        ["Motivation for application", "After nine years between automotive ECUs and robot arms, I want to bring "
         "safety-grade embedded practice to mobile robots that work next to people."],
        ["Personal preferences", "Available from September 2024. Prefers Tokyo or Kanagawa."],
    ], font="Serif", size=9, pad=5)
    c.save()


def r13_mateo_arriaga_fuentes(path):
    # Left-labelled sections: section names in a narrow left column (small caps, right-aligned), content to the
    # right; co-op terms written as month ranges ("Jan–Apr 2021") and seasons ("Fall 2019 – Winter 2020")
    W, H = LETTER
    navy = HexColor("#23395B")
    c = new_canvas(path, LETTER, "Mateo Arriaga Fuentes", "Mateo Arriaga Fuentes", "Pages")
    text(c, "Mateo Arriaga Fuentes", W / 2, H - 55, "Times-B", 22, navy, "c")
    text(c, "Toronto, ON  ·  416-555-0148  ·  mateo.arriaga@uofgr.ca  ·  linkedin.com/in/mateoaf", W / 2, H - 72,
         "Times", 10, how="c")
    hline(c, 40, W - 40, H - 82, navy, 0.8)
    lab_x, cx = 130, 145
    col = Column(c, cx, W - cx - 45, H - 95, 45)

    def section(s):
        col.gap(6)
        col.need(40)
        text(c, s, lab_x, col.y - 11, "Times-B", 11, navy, "r")

    def job(title, org, where, dates, items):
        col.need(40)
        col.row(title, dates, font="Times-B", size=10.5, rfont="Times-I", after=3)
        col.row(org + (", " + where if where else ""), None, font="Times-I", size=10, after=4)
        col.bullets(items, font="Times", size=10, mark="◦", indent=10, gap=1)
        col.gap(5)

    section("Experience")
    job("Data Analyst", "Maplestone Insurance Group", "Toronto, ON", "Sep 2022 – present",
        ["Pricing and retention analysis for the home-insurance book; dbt models on Snowflake.",
         "Built the weekly quote-to-bind funnel report used by three regional sales leads."])
    job("Data Science Co-op", "Northcrest Energy", "Calgary, AB", "Jan–Apr 2021",
        ["Forecasted feeder-level load for 40 substations; gradient-boosted models beat the baseline by 12%."])
    job("Business Intelligence Co-op", "Loonie Lane Grocers", "Kitchener, ON", "May–Aug 2020",
        ["Tableau dashboards for fresh-food shrink across 22 stores."])
    job("Research Assistant (part-time)", "University of Grand River, Department of Statistics", None,
        "Fall 2019 – Winter 2020", ["Cleaned and documented survey data for a study on transit ridership."])
    job("Camp Counsellor", "Camp Tamarack Point", "Huntsville, ON", "Summer 2018",
        ["Led canoe trips for groups of eight campers aged 12–14."])
    section("Projects")
    col.para("<b>Transit Delay Predictor</b> — predicts streetcar delays from GTFS-realtime feeds and weather; "
             "Python, LightGBM, Streamlit.", font="Times", size=10, markup=True, after=3)
    col.para("<b>Grocery Basket Recommender</b> — association rules on 1.2M anonymised receipts (course project, "
             "STAT 441).", font="Times", size=10, markup=True, after=3)
    section("Skills")
    col.para("<b>Languages:</b> Python, R, SQL", font="Times", size=10, markup=True, after=2)
    col.para("<b>Tools:</b> Tableau, dbt, Snowflake, Excel", font="Times", size=10, markup=True, after=2)
    col.para("<b>Methods:</b> Regression, Time-series forecasting, Experiment design", font="Times", size=10,
             markup=True, after=2)
    section("Education")
    col.row("Bachelor of Mathematics in Statistics (Co-op)", "2022", font="Times-B", size=10.5, rfont="Times-I")
    col.para("University of Grand River, Waterloo, ON — Dean's Honours List, 2020 and 2021", font="Times-I",
             size=10)
    section("Other")
    col.para("Spanish (native), English (fluent). Volunteer tax clinic preparer, 2021–2023.", font="Times",
             size=10)
    c.save()


def r20_wanjiru_kamau(path):
    # Main column on the left, dark sidebar on the right (contact, skill bars with level words, referees);
    # "Professional Journey" with title first, company and city in italics, "Mar 2017 — Feb 2020 · 3 yrs"
    W, H = A4
    forest, amber, light = HexColor("#1B4332"), HexColor("#D4A373"), HexColor("#F4F1DE")
    c = new_canvas(path, A4, "Wanjiru Kamau CV", "Wanjiru Kamau", "Canva")
    sx = W - 180
    box(c, sx, 0, 180, H, fill=forest)
    x0, mw = 40, sx - 70
    text(c, "Wanjiru Kamau", x0, H - 65, "Sans-B", 24, forest)
    text(c, "LOGISTICS & WAREHOUSE OPERATIONS", x0, H - 85, "Sans", 9.5, amber)
    col = Column(c, x0, mw, H - 110, 40)

    def head(s):
        col.gap(6)
        col.need(30)
        text(c, s, x0, col.y - 12, "Sans-B", 12.5, forest)
        hline(c, x0, x0 + 40, col.y - 17, amber, 2)
        col.gap(26)

    head("Profile")
    col.para("Supply-chain manager with ten years across fresh-produce export, milling and third-party logistics "
             "in Kenya. I run warehouses by the numbers and fleets by the clock.", size=9, after=4)
    head("Professional Journey")

    def job(title, comp, city, dates, items):
        col.need(50)
        text(c, title, x0, col.y - 10, "Sans-B", 10.5)
        col.gap(14)
        text(c, comp + ", " + city, x0, col.y - 9, "Sans-I", 9, HexColor("#40664F"))
        col.gap(13)
        text(c, dates, x0, col.y - 8, "Sans", 8, HexColor("#8A6A3B"))
        col.gap(12)
        col.bullets(items, size=8.8, mark="■", indent=10)
        col.gap(6)

    job("Regional Logistics Manager", "Savannah Freightways Ltd", "Nairobi, Kenya", "Mar 2020 — Present · 4 yrs",
        ["Run transport and warehousing for East Africa: 3 DCs, 140 trucks, 260 staff.",
         "Cut empty-running kilometres by 18% with backhaul planning; on-time delivery 91% → 97%."])
    job("Warehouse Operations Supervisor", "Savannah Freightways Ltd", "Mombasa, Kenya",
        "Mar 2017 — Feb 2020 · 3 yrs",
        ["Port-side bonded warehouse of 22,000 m²; led the SAP EWM go-live.",
         "Reduced inventory variance from 1.8% to 0.4%."])
    job("Inventory Controller", "Baobab Fresh Produce Exporters", "Naivasha, Kenya", "Jul 2014 — Feb 2017 · 2 yrs",
        ["Cold-chain stock control for flower and French-bean exports to Europe."])
    job("Graduate Trainee", "Rift Valley Millers", "Nakuru, Kenya", "Aug 2013 — Jun 2014 · 11 mos",
        ["Rotations in procurement, stores and dispatch."])
    head("Education")
    col.para("<b>Bachelor of Commerce (Supply Chain Management)</b> — Kilimani University, 2013", size=9,
             markup=True)
    head("Certifications")
    col.para("CIPS Level 4 Diploma in Procurement and Supply (2018) · Lean Six Sigma Yellow Belt (2020)", size=9)

    y = H - 60
    for s in ["CONTACT"]:
        text(c, s, sx + 20, y, "Sans-B", 10, amber)
    y -= 18
    for s in ["+254 722 555 081", "wanjiru.kamau@logimail.co.ke", "Westlands, Nairobi"]:
        text(c, s, sx + 20, y, "Sans", 8.2, WHITE)
        y -= 13
    y -= 16
    text(c, "SKILLS", sx + 20, y, "Sans-B", 10, amber)
    y -= 18
    for s, lvl, n in [("Warehouse management systems", "Expert", 5), ("SAP EWM", "Advanced", 4),
                      ("Fleet management", "Expert", 5), ("Customs clearance", "Advanced", 4),
                      ("Power BI", "Intermediate", 3), ("Lean warehousing", "Advanced", 4)]:
        text(c, s, sx + 20, y, "Sans", 8.2, WHITE)
        y -= 8
        box(c, sx + 20, y - 4, 140, 4, fill=HexColor("#2D6A4F"))
        box(c, sx + 20, y - 4, 28 * n, 4, fill=amber)
        text(c, lvl, sx + 160, y - 12, "Sans-I", 6.5, light, "r")
        y -= 22
    y -= 8
    text(c, "LANGUAGES", sx + 20, y, "Sans-B", 10, amber)
    y -= 16
    for s in ["English — fluent", "Kiswahili — native", "Kikuyu — native"]:
        text(c, s, sx + 20, y, "Sans", 8.2, WHITE)
        y -= 13
    y -= 16
    text(c, "REFEREES", sx + 20, y, "Sans-B", 10, amber)
    y -= 16
    for s in ["Peter Otieno", "Operations Director", "Savannah Freightways Ltd", "+254 733 555 410", "",
              "Grace Wambui", "Head of Exports", "Baobab Fresh Produce Exporters", "+254 711 555 902"]:
        text(c, s, sx + 20, y, "Sans", 7.8, light)
        y -= 11
    c.save()


def r23_genevieve_tremblay_okoro(path):
    # Canadian public-service resume on two pages: each position as a ruled key/value block (Position,
    # Classification, Organization, Branch, Location, Period with ISO-style "2019-04 to present"), then
    # Key Competencies, Education, Language profile and security clearance
    W, H = LETTER
    red = HexColor("#8B1E2D")
    c = new_canvas(path, LETTER, "Geneviève Tremblay-Okoro — Résumé", "Geneviève Tremblay-Okoro", "LibreOffice")

    def page2(cv):
        text(cv, "Geneviève Tremblay-Okoro — page 2", W - 50, H - 40, "Arial-I", 8, how="r")

    text(c, "Geneviève Tremblay-Okoro", 50, H - 60, "Arial-B", 20)
    text(c, "Ottawa, ON  |  613-555-0129  |  g.tremblay.okoro@courriel.ca", 50, H - 78, "Arial", 9.5)
    text(c, "Second language evaluation: CBC  |  Security clearance: Secret (valid to 2028)", 50, H - 92,
         "Arial", 9.5)
    hline(c, 50, W - 50, H - 100, red, 2)
    col = Column(c, 50, W - 100, H - 115, 55, on_page=page2, top2=H - 60)

    def section(s):
        col.gap(8)
        col.need(40)
        text(c, s, 50, col.y - 12, "Arial-B", 12.5, red)
        col.gap(20)

    section("Summary")
    col.para("Bilingual policy analyst with ten years in federal and provincial public service: marine "
             "infrastructure, rural connectivity and water policy. Drafts Memoranda to Cabinet and Treasury Board "
             "submissions, and runs consultations with Indigenous and municipal partners.", font="Arial", size=9.5,
             after=4)
    section("Employment")

    def position(title, cls, org, branch, loc, period, duties):
        rows = [["Position", title], ["Classification", cls], ["Organization", org]]
        if branch:
            rows.append(["Branch", branch])
        rows += [["Location", loc], ["Period", period]]
        h = sum(para_h(v, W - 100 - 110 - 8, "Arial", 9) + 8 for _, v in rows) + 60
        col.need(h)
        col.y = grid(c, 50, col.y, [110, W - 100 - 110], rows, font="Arial", size=9, pad=4,
                     line_color=HexColor("#BBBBBB")) - 5
        col.bullets(duties, font="Arial", size=9.2, indent=10)
        col.gap(8)

    position("Senior Policy Analyst", "EC-06", "Maritime Infrastructure Canada", "Ports Policy Directorate",
             "Ottawa, ON", "2019-04 to present",
             ["Lead analyst on the small-craft harbours renewal program (C$ 310M over five years).",
              "Drafted two Memoranda to Cabinet and four Treasury Board submissions.",
              "Coordinate the interdepartmental working group on Arctic resupply."])
    position("Policy Analyst", "EC-04", "Maritime Infrastructure Canada", "Ports Policy Directorate",
             "Ottawa, ON", "2016-09 to 2019-03",
             ["Regulatory impact analysis for the port fees modernization regulations.",
              "Prepared briefing notes and Question Period cards for the Deputy Minister."])
    position("Research Officer", "ES-02", "Canadian Rural Broadband Agency", None, "Gatineau, QC",
             "2014-05 to 2016-08",
             ["Mapped underserved communities and modelled subsidy scenarios for the connectivity fund."])
    position("Policy Research Student", "Student (FSWEP)", "Prairie Water Commission", None, "Regina, SK",
             "2013-05 to 2013-08",
             ["Literature review on drought-adaptation programs in three provinces."])
    section("Key Competencies")
    col.bullets(["Policy analysis", "Memoranda to Cabinet", "Treasury Board submissions", "Stakeholder consultation",
                 "Regulatory impact analysis", "GBA Plus", "Briefing notes"], font="Arial", size=9.2, indent=10)
    section("Education")
    col.para("Master of Public Administration — Ottawa Valley University, 2014", font="Arial", size=9.5)
    col.para("B.A. Political Science — Université du Témiscamingue, 2012", font="Arial", size=9.5)
    section("Languages")
    col.para("French (first official language), English (CBC), Yoruba (conversational).", font="Arial", size=9.5)
    c.save()


# =========================================================================================================
# DOCX resumes written with python-docx
# =========================================================================================================
def heading_rule(d, s, size=11, color="000000", sz=8, before=8, after=3, caps=False, font=None):
    p = P(d, before=before, after=after, keep=True)
    run(p, s, b=True, size=size, color=color, caps=caps, font=font)
    pborder(p, "bottom", color, sz, 1)
    return p


def table(d, rows, cols, widths, style=None):
    t = d.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    col_widths(t, widths)
    return t


def cell_text(cell, s, b=False, i=False, size=None, color=None, align=None, fill=None):
    first_par(cell, s, b=b, i=i, size=size, color=color, align=align, after=1)
    if fill:
        shade(cell, fill)
    return cell


def r02_harshvardhan_kulkarni(path):
    # Naukri-style Indian resume: "RESUME" title, objective, Professional Snapshot, Work Experience as a bordered
    # Organisation / Designation / Duration / Location table, Roles & Responsibilities per organisation, Key
    # Projects, Technical Skills table with group labels, Academic table (Institute and University columns),
    # Personal Details and Declaration
    d = docx_new("Arial", 10, margins=(1.6, 1.6, 1.8, 1.8))
    P(d, "RESUME", b=True, size=14, align="c", after=6)
    P(d, "HARSHVARDHAN KULKARNI", b=True, size=13, after=0)
    P(d, "Mobile: +91 98220 55417  |  Email: harsh.kulkarni88@mailnet.in", size=9.5, after=0)
    P(d, "Address: Flat 7, Shivsagar Residency, Pimple Saudagar, Pune – 411027", size=9.5, after=6)

    def head(s):
        p = P(d, before=8, after=4, keep=True)
        run(p, s, b=True, size=10.5)
        shade(p, "D9E2F3")

    head("CAREER OBJECTIVE")
    P(d, "To work in a growth-oriented automotive organisation where my experience in process engineering, "
         "line balancing and quality tools can add value.", after=2)
    head("PROFESSIONAL SNAPSHOT")
    bullets(d, ["7+ years of experience in machining and assembly process engineering for automotive components.",
                "Hands-on with new line installation, PFMEA, control plans and PPAP documentation.",
                "Handled customer audits for two global OEMs."])
    head("WORK EXPERIENCE")
    rows = [("Organisation", "Designation", "Duration", "Location"),
            ("Tarkshya Auto Components Pvt. Ltd.", "Deputy Manager – Process Engineering", "Apr 2021 – Present",
             "Chakan, Pune"),
            ("Tarkshya Auto Components Pvt. Ltd.", "Senior Engineer – Process Engineering", "Jul 2018 – Mar 2021",
             "Chakan, Pune"),
            ("Sahyadri Forgings Ltd.", "Graduate Engineer Trainee", "Aug 2016 – Jun 2018", "Kolhapur")]
    t = table(d, 4, 4, [5.2, 5.6, 3.6, 3.0], "Table Grid")
    for ri, r in enumerate(rows):
        for ci, v in enumerate(r):
            cell_text(t.cell(ri, ci), v, b=ri == 0, size=9.5, fill="F2F2F2" if ri == 0 else None)
    P(d, "", after=2)
    P(d, "Roles & Responsibilities – Tarkshya Auto Components Pvt. Ltd.", b=True, after=2)
    bullets(d, ["Lead a team of 6 engineers for cylinder-head and crankshaft machining lines (14 CNC cells).",
                "Installed and commissioned a new VMC line; cycle time reduced by 17%.",
                "Own PFMEA, control plan and PPAP for new part development."])
    P(d, "Roles & Responsibilities – Sahyadri Forgings Ltd.", b=True, after=2)
    bullets(d, ["Die maintenance planning and tool-life monitoring for 1600T press line.",
                "Kaizen and 5S coordinator for forging shop."])
    head("KEY PROJECTS")
    P(d, "1. Cylinder Head Line Balancing – balanced 9 stations; output improved from 410 to 520 parts/shift.")
    P(d, "2. Fixture Changeover SMED – changeover time reduced from 95 min to 32 min on HMC cell.")
    head("TECHNICAL SKILLS")
    t = table(d, 4, 2, [4.0, 13.4], "Table Grid")
    for ri, (k, v) in enumerate([("CAD / CAM", "CATIA V5, SolidWorks, AutoCAD"),
                                 ("Quality Tools", "PFMEA, SPC, 8D, Poka-yoke"),
                                 ("Manufacturing", "Line balancing, SMED, Kaizen"),
                                 ("ERP", "SAP PP")]):
        cell_text(t.cell(ri, 0), k, b=True, size=9.5)
        cell_text(t.cell(ri, 1), v, size=9.5)
    head("ACADEMIC QUALIFICATION")
    rows = [("Qualification", "Institute", "University / Board", "Year", "Percentage"),
            ("B.E. (Mechanical)", "Krishna Valley College of Engineering, Sangli", "Shivneri University", "2016",
             "72.40%"),
            ("H.S.C.", "Willingdon Junior College, Sangli", "Maharashtra State Board", "2012", "81.50%"),
            ("S.S.C.", "Sangli High School", "Maharashtra State Board", "2010", "88.20%")]
    t = table(d, 4, 5, [3.2, 6.0, 4.0, 1.6, 2.6], "Table Grid")
    for ri, r in enumerate(rows):
        for ci, v in enumerate(r):
            cell_text(t.cell(ri, ci), v, b=ri == 0, size=9, fill="F2F2F2" if ri == 0 else None)
    head("PERSONAL DETAILS")
    for k, v in [("Date of Birth", "03 November 1994"), ("Languages Known", "Marathi, Hindi, English"),
                 ("Marital Status", "Married"), ("Notice Period", "60 days")]:
        p = P(d, after=0)
        tabs(p, (4.5, "l"))
        run(p, k)
        run(p, "\t: " + v)
    head("DECLARATION")
    P(d, "I hereby declare that the above-mentioned information is correct to the best of my knowledge.")
    p = P(d, before=10)
    tabs(p, (17.4, "r"))
    run(p, "Place: Pune")
    run(p, "\t(Harshvardhan Kulkarni)", b=True)
    docx_save(d, path, "Harshvardhan Kulkarni")


def r07_marcus_delacroix_fynn(path):
    # Company on its own line (small caps, with city), then each title on its own line followed by the dates in
    # parentheses; several titles under one company; a seasonal job "(Summer 2013)"
    d = docx_new("Georgia", 10.5, margins=(2.0, 2.0, 2.2, 2.2))
    P(d, "Marcus Delacroix-Fynn", b=True, size=20, after=0, color="7A3E1D")
    P(d, "Canmore, AB · 403-555-0191 · marcus.dfynn@lodgemail.ca", size=9.5, after=8, color="555555")
    heading_rule(d, "Profile", color="7A3E1D")
    P(d, "Front-office leader in mountain resorts since 2014. Happiest at 3 a.m. on a sold-out night with a tour "
         "bus in the driveway. Bilingual service, calm recoveries, clean audits.")
    heading_rule(d, "Employment", color="7A3E1D")

    def company(s):
        p = P(d, before=6, after=0, keep=True)
        run(p, s, b=True, caps=True, color="7A3E1D")

    def title(t, dates, items):
        p = P(d, after=1, keep=True)
        run(p, t, b=True)
        run(p, " (" + dates + ")", i=True, color="555555")
        bullets(d, items, size=10)

    company("Glacier Ridge Lodge, Lake Louise, AB")
    title("Front Office Manager", "May 2021 – present",
          ["Lead a team of 28 across front desk, bell, concierge and night audit for a 312-room lodge.",
           "Raised guest-satisfaction scores for check-in from 8.1 to 9.0 in two seasons."])
    title("Assistant Front Office Manager", "June 2019 – April 2021",
          ["Scheduling, group arrivals and the 2020 re-opening playbook."])
    company("Tamarack Springs Resort, Canmore, AB")
    title("Guest Services Supervisor", "2016 – 2019", ["Supervised 12 agents; trained on Opera PMS upgrades."])
    company("The Harbourview Inn, Victoria, BC")
    title("Front Desk Agent", "2014 – 2016", ["Check-in, reservations and cashiering for an 86-room inn."])
    company("Cedar Hollow Motel, Tofino, BC")
    title("Night Auditor", "Summer 2013", ["Night audit and reservations during peak surf season."])
    heading_rule(d, "Skills", color="7A3E1D")
    P(d, "Opera PMS  ·  Revenue management  ·  Group bookings  ·  Staff scheduling  ·  Guest recovery  ·  "
         "Night audit")
    heading_rule(d, "Education", color="7A3E1D")
    P(d, "Diploma in Hospitality Management — Okanagan Lakes College, 2014")
    heading_rule(d, "Languages", color="7A3E1D")
    P(d, "English and French (fluent); Spanish (basic)")
    docx_save(d, path, "Marcus Delacroix-Fynn")


def r10_fionnuala_brennan(path):
    # Australian Public Service resume in one Word table with merged cells: the employer cell is merged down
    # over its roles (left column), title and dates on one row, and the duties in a row whose two right-hand
    # cells are merged; APS/EL classifications in brackets after the titles
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "FIONNUALA BRENNAN", b=True, size=18, after=0, color="1F3864")
    P(d, "Canberra ACT  |  0403 555 612  |  f.brennan@govmail.net.au  |  Baseline security clearance", size=9.5,
      after=6)
    heading_rule(d, "Career Overview", color="1F3864")
    P(d, "Policy and program officer with nine years in Commonwealth agencies: regional grants, water policy and "
         "Cabinet processes. Experienced in briefing ministers' offices and managing small teams.")
    heading_rule(d, "Employment History", color="1F3864")
    jobs = [
        ("Department of Coastal and Regional Affairs\nCanberra ACT", [
            ("Assistant Director, Regional Programs (EL1)", "Jul 2021 – present",
             "Manage a team of five administering the $180m Regional Harbours Fund; author of two Cabinet "
             "submissions and the 2023 program evaluation."),
            ("Senior Policy Officer (APS6)", "Jan 2019 – Jun 2021",
             "Drafted ministerial briefs and correspondence; led stakeholder workshops in 11 coastal towns.")]),
        ("Murray Basin Water Authority\nCanberra ACT", [
            ("Policy Officer (APS5)", "Feb 2016 – Dec 2018",
             "Water-recovery policy analysis; supported the Authority's Senate Estimates preparation."),
            ("Graduate Officer (APS3)", "Feb 2015 – Jan 2016",
             "Three rotations through policy, data and communications teams.")]),
    ]
    nrows = sum(2 * len(r) for _, r in jobs) + 1
    t = table(d, nrows, 3, [4.6, 8.6, 4.2])
    tborders(t, color="8EAADB", sz=4)
    for ci, h in enumerate(["Organisation", "Position", "Period"]):
        cell_text(t.cell(0, ci), h, b=True, size=9.5, color="FFFFFF", fill="1F3864")
    ri = 1
    for org, roles in jobs:
        start = ri
        for title_, dates, duty in roles:
            cell_text(t.cell(ri, 1), title_, b=True, size=10)
            cell_text(t.cell(ri, 2), dates, size=10)
            m = t.cell(ri + 1, 1).merge(t.cell(ri + 1, 2))
            cell_text(m, duty, size=9.5)
            ri += 2
        top = t.cell(start, 0).merge(t.cell(ri - 1, 0))
        name, city = org.split("\n")
        cell_text(top, name, b=True, size=10, fill="DEEAF6")
        P(top, city, i=True, size=9.5, after=0)
    heading_rule(d, "Skills", color="1F3864")
    bullets(d, ["Policy development", "Cabinet submissions", "Program evaluation", "Grants administration",
                "Stakeholder engagement", "Ministerial correspondence", "Power BI"], size=10)
    heading_rule(d, "Qualifications", color="1F3864")
    P(d, "Master of Public Policy — Molonglo University, 2015")
    P(d, "Bachelor of Arts (Geography) — Molonglo University, 2013")
    heading_rule(d, "Referees", color="1F3864")
    P(d, "Dr Anil Mehra, Director, Regional Programs — 02 6155 5021")
    P(d, "Sally Tran, former Assistant Director, Murray Basin Water Authority — 0417 555 880")
    docx_save(d, path, "Fionnuala Brennan")


def set_columns(section, num, space_cm=1.0):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))


def r12_eleri_vaughan_price(path):
    # Word document in two newspaper columns: a one-column banner section, then a continuous section break into
    # two columns (Profile, Skills, Education, Qualifications, then Teaching Experience flowing across)
    from docx.enum.section import WD_SECTION
    d = docx_new("Cambria", 10, margins=(1.6, 1.6, 1.8, 1.8))
    p = P(d, after=0, align="c")
    run(p, "Eleri Vaughan-Price", b=True, size=22, color="2E5E4E")
    P(d, "Teacher of Geography  •  Bridgend  •  07700 555 214  •  eleri.vp@schoolmail.cymru", size=9.5, align="c",
      after=4)
    pborder(d.paragraphs[-1], "bottom", "2E5E4E", 12, 4)
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    set_columns(sec, 2, 0.9)

    def head(s):
        p = P(d, before=8, after=3, keep=True)
        run(p, s.upper(), b=True, size=10.5, color="2E5E4E")

    head("Profile")
    P(d, "Head of department with ten years in Welsh secondary schools. Fieldwork enthusiast; I have taken "
         "more than 1,500 pupils to the Gower coast and back again.")
    head("Skills")
    bullets(d, ["Curriculum design", "GIS in the classroom", "Fieldwork leadership", "Assessment for learning",
                "Google Classroom", "Department leadership"], size=9.5)
    head("Education")
    P(d, "PGCE Secondary Geography", b=True, after=0)
    P(d, "Tawe Valley University, 2015", after=3)
    P(d, "BA (Hons) Geography", b=True, after=0)
    P(d, "University of the Marches, 2014", after=3)
    head("Qualifications")
    P(d, "Qualified Teacher Status (2016); EWC registered; Mountain Leader (summer) award.")
    head("Languages")
    P(d, "English (first language); Welsh (conversational).")
    from docx.enum.text import WD_BREAK
    P(d, after=0).add_run().add_break(WD_BREAK.COLUMN)
    head("Teaching Experience")

    def job(title_, school, dates, items):
        P(d, title_, b=True, after=0, keep=True)
        P(d, school, i=True, after=0, keep=True)
        P(d, dates, size=9, color="666666", after=1, keep=True)
        bullets(d, items, size=9.5)

    job("Head of Geography", "Ysgol Bryn Celyn, Bridgend", "Sept 2020 – present",
        ["Lead a department of five; GCSE A*–C up from 64% to 79%.",
         "Rebuilt KS3 around the Curriculum for Wales humanities area.",
         "Introduced ArcGIS Online projects for Year 9."])
    job("Teacher of Geography", "Castell Rhos High School, Newport", "Sept 2016 – Aug 2020",
        ["Taught KS3 to A level; ran the residential fieldwork week.",
         "Second in department from 2018."])
    job("Teacher of Geography (NQT)", "Ysgol Glan Tywi, Carmarthen", "Sept 2015 – Aug 2016",
        ["Induction year; form tutor for Year 8."])
    P(d, "References available on request.", i=True, size=9, before=6)
    docx_save(d, path, "Eleri Vaughan-Price")


def r15_keziah_osei_mensah(path):
    # "Relevant Experience" and "Other Experience" headings; each role as bold title + tab + right-aligned dates,
    # with the organisation and town in italics on the next line; a practice placement under Relevant Experience
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "KEZIAH OSEI-MENSAH", b=True, size=17, align="c", after=0)
    P(d, "Leeds LS8  ·  07911 555 307  ·  keziah.om@socialmail.co.uk  ·  Social Work England registered", size=9.5,
      align="c", after=6)

    def head(s):
        p = P(d, before=9, after=3, keep=True)
        run(p, s, b=True, size=11, caps=True, color="5B2C6F")
        pborder(p, "bottom", "5B2C6F", 6, 1)

    def role(title_, dates, org, items=None):
        p = P(d, after=0, keep=True)
        tabs(p, (17.4, "r"))
        run(p, title_, b=True)
        run(p, "\t" + dates)
        P(d, org, i=True, after=1, keep=bool(items))
        if items:
            bullets(d, items, size=10)

    head("Personal Statement")
    P(d, "Children's social worker with a background in family support. I build trust with families who have "
         "had good reason not to trust services, and I write court reports that judges read to the end.")
    head("Relevant Experience")
    role("Children's Social Worker", "Oct 2021 – present", "Harrowfield Borough Council, Children's Services — Leeds",
         ["Caseload of 18–22 children in need and child protection cases.",
          "Prepared parenting assessments and statements for care proceedings."])
    role("Student Social Worker (placement)", "Jan 2020 – May 2020", "Calder Vale Youth Trust — Huddersfield",
         ["100-day final placement with a youth homelessness team."])
    role("Family Support Worker", "Jun 2017 – Sep 2021", "Brightsteps Family Centre — Leeds",
         ["Home visits and parenting groups for families referred by health visitors."])
    head("Other Experience")
    role("Barista", "2016 – 2017", "Ginger Moth Coffee — Leeds")
    role("Customer Assistant (part-time)", "2013 – 2016", "Penfold's Supermarket — Bradford")
    head("Skills")
    P(d, "Child protection; Motivational interviewing; Risk assessment; Mosaic case management; Court report "
         "writing; Signs of Safety")
    head("Education")
    P(d, "MA Social Work, University of West Riding, 2021 (Distinction)")
    P(d, "BSc Psychology, University of West Riding, 2016")
    head("Additional")
    P(d, "Full UK driving licence. Languages: English, Twi. Enhanced DBS on the update service.")
    docx_save(d, path, "Keziah Osei-Mensah")


def r19_ingrid_solberg_matthews(path):
    # Shaded name band (one-cell table), "Areas of Expertise" in a borderless three-column table, then
    # "Title, Company — City (2019–2022)" role lines; a self-employed role under its trading name
    d = docx_new("Calibri", 10.5, margins=(1.6, 1.6, 2.0, 2.0))
    t = table(d, 1, 1, [17.4])
    c0 = t.cell(0, 0)
    shade(c0, "203864")
    first_par(c0, "INGRID SOLBERG-MATTHEWS, CPA", b=True, size=18, color="FFFFFF", after=0)
    P(c0, "Calgary, AB  |  587-555-0166  |  ingrid.sm@ledgermail.ca", size=9.5, color="DDDDDD", after=2)
    P(d, "", after=0)
    heading_rule(d, "Summary", color="203864")
    P(d, "FP&A and finance leader for energy and credit-union businesses; builds forecasts that operations "
         "teams trust and month-end closes that finish on day four.")
    heading_rule(d, "Areas of Expertise", color="203864")
    items = ["Budgeting and forecasting", "Variance analysis", "Capital planning", "IFRS", "Hyperion Planning",
             "Power Query", "Month-end close", "Board reporting", "Cost modelling"]
    t = table(d, 3, 3, [5.8, 5.8, 5.8])
    for i, s in enumerate(items):
        cell_text(t.cell(i // 3, i % 3), "▪ " + s, size=10)
    heading_rule(d, "Professional Experience", color="203864")

    def role(line, items):
        p = P(d, before=5, after=1, keep=True)
        run(p, line, b=True)
        bullets(d, items, size=10)

    role("Finance Manager, Chinook Midstream Partners — Calgary, AB (2022–present)",
         ["Lead a team of four; own the $420M operating budget and the five-year capital plan.",
          "Cut the close from eight to four business days."])
    role("Senior FP&A Analyst, Chinook Midstream Partners — Calgary, AB (2019–2022)",
         ["Built the driver-based throughput forecast in Hyperion; variance to actual under 3%."])
    role("Financial Analyst, Prairie Crown Credit Union — Red Deer, AB (2015–2019)",
         ["Branch profitability reporting and loan-loss provisioning under IFRS 9."])
    role("Owner, Solberg Bookkeeping Services — Red Deer, AB (2013–2015)",
         ["Bookkeeping and GST filings for 25 small businesses."])
    heading_rule(d, "Education & Designation", color="203864")
    P(d, "Bachelor of Commerce, Accounting — University of Bow River, 2013")
    P(d, "Chartered Professional Accountant (CPA Alberta), 2017")
    docx_save(d, path, "Ingrid Solberg-Matthews")


def r21_yuki_tanabe(path):
    # Career Summary table at the top (Period "2022.04 – present" | Employer | Position), then Career Details
    # repeating each employer with its city and the roles in prose; dotted year.month dates
    d = docx_new("Yu Gothic", 10, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "YUKI TANABE", b=True, size=18, after=0, color="9C2C2C")
    P(d, "Director of Rooms  |  Kyoto, Japan  |  +81 90-5555-0147  |  yuki.tanabe@hotelmail.jp", size=9.5, after=8)
    heading_rule(d, "Career Summary", color="9C2C2C")
    rows = [("Period", "Employer", "Position"),
            ("2022.04 – present", "Hotel Mizunara Kyoto", "Director of Rooms"),
            ("2019.01 – 2022.03", "Azure Crescent Resort Dubai", "Front Office Manager"),
            ("2016.06 – 2018.12", "Azure Crescent Resort Dubai", "Assistant Front Office Manager"),
            ("2014.04 – 2016.05", "Hotel Kinsei Tokyo Bay", "Guest Relations Officer")]
    t = table(d, 5, 3, [4.2, 7.0, 6.2])
    tborders(t, color="BBBBBB", sz=4, which=("top", "bottom", "insideH"))
    for ri, r in enumerate(rows):
        for ci, v in enumerate(r):
            cell_text(t.cell(ri, ci), v, b=ri == 0, size=9.5, fill="F3E5E5" if ri == 0 else None)
    heading_rule(d, "Career Details", color="9C2C2C")

    def employer(name, city, paras):
        p = P(d, before=6, after=1, keep=True)
        run(p, name, b=True)
        run(p, "  (" + city + ")", color="666666")
        for title_, rng, s in paras:
            p = P(d, after=2, indent=0.5)
            run(p, title_ + ", " + rng + ". ", b=True, size=9.5)
            run(p, s, size=9.5)

    employer("Hotel Mizunara Kyoto", "Kyoto, Japan", [
        ("Director of Rooms", "2022.04 – present",
         "Pre-opening team of a 156-key luxury hotel; front office, housekeeping, spa and guest relations "
         "(94 staff). RevPAR index 118 in the first full year.")])
    employer("Azure Crescent Resort Dubai", "Dubai, UAE", [
        ("Front Office Manager", "2019.01 – 2022.03",
         "600-room beach resort; led the team through the 2020 closure and re-opening."),
        ("Assistant Front Office Manager", "2016.06 – 2018.12",
         "Arrivals for Japanese and Korean key accounts; built the Japanese-language service desk.")])
    employer("Hotel Kinsei Tokyo Bay", "Tokyo, Japan", [
        ("Guest Relations Officer", "2014.04 – 2016.05",
         "VIP arrivals and concierge requests for a 410-room city hotel.")])
    heading_rule(d, "Skills", color="9C2C2C")
    P(d, "OPERA Cloud PMS / Revenue management / Pre-opening planning / Service standards training / "
         "Budget control / Guest recovery")
    heading_rule(d, "Education", color="9C2C2C")
    P(d, "B.A. Tourism Management, Rakuhoku University of Foreign Studies, 2014")
    heading_rule(d, "Languages", color="9C2C2C")
    P(d, "Japanese (native), English (TOEIC 965), Arabic (basic)")
    docx_save(d, path, "Yuki Tanabe")


def r24_brandon_achterberg(path):
    # One shaded company line with the overall span and city, then the promotions under it with "↳ Title ·
    # dates"; a second company with one role; an "Earlier" line with a summer internship
    d = docx_new("Segoe UI", 10, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "Brandon Achterberg", b=True, size=20, after=0)
    P(d, "B2B SaaS sales · Amsterdam · +31 6 5555 0193 · brandon@achterberg.nl", size=9.5, color="555555",
      after=8)
    heading_rule(d, "Experience", color="E36C0A")

    def company(name, city, span, note=None):
        p = P(d, before=6, after=1, keep=True)
        tabs(p, (17.4, "r"))
        run(p, name, b=True, size=11)
        run(p, " · " + city, color="555555")
        run(p, "\t" + span, color="555555")
        shade(p, "FDE9D9")
        if note:
            P(d, note, i=True, size=9, color="E36C0A", after=1)

    def role(title_, dates, items):
        p = P(d, after=1, indent=0.4, keep=True)
        run(p, "↳ " + title_, b=True)
        run(p, " · " + dates, color="555555")
        bullets(d, items, size=9.5, indent=1.1)

    company("Veldhoven Telematics B.V.", "Amsterdam", "2019 – present", "Promoted twice in four years")
    role("Enterprise Account Executive", "Jan 2023 – present",
         ["Benelux and DACH logistics accounts; 132% of quota in 2023, €2.4M new ARR."])
    role("Account Executive", "Apr 2021 – Dec 2022",
         ["Mid-market fleet operators; average deal size up from €28k to €46k."])
    role("Sales Development Representative", "Sep 2019 – Mar 2021",
         ["Booked 310 qualified meetings; #1 SDR in five of six quarters."])
    company("Grachtwerk Solar", "Utrecht", "2017 – 2019")
    role("Inside Sales Representative", "Aug 2017 – Aug 2019",
         ["Residential solar leads to signed contracts; 40–60 calls a day."])
    p = P(d, before=6, after=1)
    run(p, "Earlier: ", b=True)
    run(p, "Sales Intern, Bolder Bikes, Rotterdam (Summer 2016)")
    heading_rule(d, "Skills", color="E36C0A")
    P(d, "Outbound prospecting | Salesforce | Outreach.io | MEDDIC | Discovery | Demo delivery | HubSpot")
    heading_rule(d, "Education", color="E36C0A")
    P(d, "BSc International Business — Amstelland University of Applied Sciences, 2017")
    heading_rule(d, "Languages", color="E36C0A")
    P(d, "Dutch (native), English (C2), German (B2)")
    docx_save(d, path, "Brandon Achterberg")


# =========================================================================================================
# Word files converted to PDF by LibreOffice
# =========================================================================================================
def r06_katrin_oberholzer_docx(path):
    # German-style CV in English: "Curriculum Vitae" title, personal-details table with a framed photo box on the
    # right, then two-column tables (period | content) for Professional Experience and Education, "since 10/2019",
    # Skills table with group labels, Languages, place/date/signature line
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 2.2, 2.0))
    P(d, "Curriculum Vitae", b=True, size=20, after=8, color="333333")
    t = table(d, 1, 2, [12.6, 4.6])
    left, right = t.cell(0, 0), t.cell(0, 1)
    first_par(left, "Katrin Oberholzer", b=True, size=14, after=4)
    for k, v in [("Address", "Ulmer Straße 48, 86154 Augsburg, Germany"), ("Phone", "+49 171 5550 284"),
                 ("Email", "k.oberholzer@postfach.de"), ("Date of birth", "22 April 1988 in Kempten"),
                 ("Nationality", "German"), ("Marital status", "married, one child")]:
        p = P(left, after=0)
        tabs(p, (3.4, "l"))
        run(p, k, b=True, size=9.5)
        run(p, "\t" + v, size=9.5)
    ph = right.paragraphs[0]
    ph.alignment = 1
    for _ in range(3):
        P(right, "", after=6)
    P(right, "[photo]", i=True, size=8, color="888888", align="c")
    tcPr = right._tc.get_or_add_tcPr()
    bd = OxmlElement("w:tcBorders")
    for e in ("top", "left", "bottom", "right"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "single")
        x.set(qn("w:sz"), "8")
        x.set(qn("w:color"), "888888")
        bd.append(x)
    tcPr.append(bd)

    def head(s):
        p = P(d, before=12, after=4, keep=True)
        run(p, s, b=True, size=12, color="8B0000")
        pborder(p, "bottom", "8B0000", 6, 1)

    def rows(items, widths=(3.8, 13.4)):
        t = table(d, len(items), 2, list(widths))
        for ri, (per, title_, rest, bl) in enumerate(items):
            cell_text(t.cell(ri, 0), per, size=9.5, color="444444")
            c1 = t.cell(ri, 1)
            first_par(c1, title_, b=True, after=0)
            for s in rest:
                P(c1, s, size=9.5, after=0)
            for s in bl:
                P(c1, "– " + s, size=9.5, after=0, indent=0.3)
            P(c1, "", after=2, size=4)

    head("Professional Experience")
    rows([("since 10/2019", "Head of Supply Chain Controlling", ["Lindenhof Maschinenbau GmbH, Augsburg"],
           ["Lead a team of four controllers for purchasing, production logistics and distribution",
            "Introduced monthly rolling forecasts and a cost-to-serve model for 1,200 SKUs",
            "Project lead for SAP S/4HANA controlling in the 2022 migration"]),
          ("04/2015 – 09/2019", "Senior Controller Logistics", ["Rheinfels Logistik AG, Duisburg"],
           ["Contract logistics controlling for automotive and retail customers (EUR 140m revenue)",
            "Activity-based costing for 9 warehouses"]),
          ("09/2012 – 03/2015", "Junior Controller", ["Rheinfels Logistik AG, Duisburg"],
           ["Monthly reporting, deviation analyses, budget preparation"]),
          ("03/2011 – 08/2011", "Intern in Controlling", ["Brauerei Kaltenbach KG, Munich"],
           ["Cost centre reporting and a study on returnable-bottle logistics"])])
    head("Education")
    rows([("10/2010 – 09/2012", "M.Sc. Business Administration", ["Universität Regnitztal, Bamberg",
                                                                   "Major: Supply Chain Management; final grade 1.7"],
           []),
          ("10/2007 – 09/2010", "B.Sc. Economics", ["Universität Regnitztal, Bamberg"], []),
          ("06/2007", "Abitur", ["Carl-von-Linde-Gymnasium, Kempten"], [])])
    head("Skills")
    t = table(d, 2, 2, [3.8, 13.4])
    cell_text(t.cell(0, 0), "IT", size=9.5, color="444444")
    cell_text(t.cell(0, 1), "SAP S/4HANA, SAP BW, Power BI, Excel VBA", size=9.5)
    cell_text(t.cell(1, 0), "Methods", size=9.5, color="444444")
    cell_text(t.cell(1, 1), "Activity-based costing, Rolling forecasts, Cost-to-serve analysis", size=9.5)
    head("Languages")
    P(d, "German (native), English (business fluent, C1), French (basic)")
    head("Interests")
    P(d, "Alpine touring, choir (alto), volunteer treasurer of the local sports club")
    p = P(d, before=18)
    run(p, "Augsburg, June 2024")
    P(d, "Katrin Oberholzer", i=True, before=6)
    docx_save(d, path, "Katrin Oberholzer")


def r16_gareth_llewellyn_docx(path):
    # UK medical-sales CV in Word: header table (name left, contact right), a three-cell shaded "Key
    # Achievements" band, "Employment" with "Title | Company | City" lines and right-tabbed "2018 – 2021 (3 yrs)"
    # durations, Core Skills in a three-column table, Education
    d = docx_new("Calibri", 10.5, margins=(1.6, 1.6, 1.9, 1.9))
    t = table(d, 1, 2, [10.0, 7.6])
    first_par(t.cell(0, 0), "Gareth Llewellyn", b=True, size=22, color="0B5394", after=0)
    P(t.cell(0, 0), "Medical Device Sales · Orthopaedics & Dental", size=10, color="666666", after=0)
    first_par(t.cell(0, 1), "Cardiff, Wales", align="r", size=9.5, after=0)
    P(t.cell(0, 1), "07855 555 421", align="r", size=9.5, after=0)
    P(t.cell(0, 1), "gareth.llewellyn@salesmail.co.uk", align="r", size=9.5, after=0)
    P(d, "", after=2)
    t = table(d, 1, 3, [5.8, 5.8, 6.0])
    for i, (n, s) in enumerate([("148%", "of target, FY2023"), ("£6.2M", "territory revenue"),
                                ("11", "NHS tenders won")]):
        c0 = t.cell(0, i)
        shade(c0, "DCE9F7")
        first_par(c0, n, b=True, size=16, color="0B5394", align="c", after=0)
        P(c0, s, size=9, align="c", after=2)
    P(d, "", after=0)

    def head(s):
        p = P(d, before=10, after=3, keep=True)
        run(p, s.upper(), b=True, size=11, color="0B5394")
        pborder(p, "bottom", "0B5394", 8, 1)

    head("Profile")
    P(d, "Twelve years selling orthopaedic implants and dental consumables into NHS trusts and private groups in "
         "Wales and the South West. Theatre-credentialed; comfortable with surgeons, procurement and finance.")
    head("Employment")

    def job(title_, comp, city, span, items):
        p = P(d, before=5, after=1, keep=True)
        tabs(p, (17.8, "r"))
        run(p, title_, b=True)
        run(p, " | " + comp + " | " + city)
        run(p, "\t" + span, i=True, color="666666")
        bullets(d, items, size=10)

    job("Regional Account Director", "Cardigan Bay Medical Ltd", "Cardiff", "2021 – present (3 yrs)",
        ["Manage 4 account managers across Wales; 148% of target in FY2023.",
         "Won the all-Wales hip and knee framework (£3.1M over 3 years)."])
    job("Key Account Manager", "Cardigan Bay Medical Ltd", "Swansea", "2018 – 2021 (3 yrs)",
        ["Grew theatre consignment stock accounts from 6 to 15 hospitals."])
    job("Territory Sales Executive", "Pembrey Orthopaedics", "Bristol", "2015 – 2018 (3 yrs)",
        ["Trauma and extremities range; rookie of the year 2016."])
    job("Field Sales Representative", "Gower Dental Supplies", "Swansea", "2013 – 2015 (2 yrs)",
        ["Consumables and small equipment to 140 dental practices."])
    head("Core Skills")
    t = table(d, 2, 3, [5.8, 5.8, 6.0])
    for i, s in enumerate(["Consultative selling", "Tender management", "NHS procurement", "Salesforce",
                           "KOL relationships", "Forecasting"]):
        cell_text(t.cell(i // 3, i % 3), "✓ " + s, size=10)
    head("Education")
    P(d, "BSc (Hons) Sport and Exercise Science — University of Glamorgan Vale, 2012")
    head("Other")
    P(d, "Full UK driving licence · Welsh speaker (conversational) · Theatre access credentialed (2024)")
    docx_save(d, path, "Gareth Llewellyn")


# =========================================================================================================
# job descriptions (DOCX and PDF)
# =========================================================================================================
def jd03_brueckner_foerdertechnik_mechanical_design_engineer(path):
    # German employer's English posting in Word: logo line, "(m/w/d)" title, reference / location / start
    # table, intro, Your tasks, Your profile, Ideally you also bring, What we offer, contact block
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 2.2, 2.2))
    p = P(d, after=10)
    run(p, "BRÜCKNER", b=True, size=16, color="005A9C")
    run(p, " FÖRDERTECHNIK", size=16, color="7F7F7F")
    P(d, "We are looking for you as", size=10, color="555555", after=0)
    P(d, "Mechanical Design Engineer (m/w/d)", b=True, size=17, color="005A9C", after=6)
    t = table(d, 1, 3, [5.8, 5.8, 5.8])
    for i, s in enumerate(["Ref. no. BF-2024-117", "Location: Heilbronn", "Start: as soon as possible"]):
        cell_text(t.cell(0, i), s, size=9, fill="E8F0F8")
    P(d, "", after=2)
    P(d, "Brückner Fördertechnik GmbH develops and builds conveyor and sorting systems for airports, parcel "
         "hubs and warehouses. 640 colleagues at three sites design, manufacture and commission our systems "
         "worldwide. To strengthen our design department in Heilbronn, we are looking for a committed engineer.",
      align="j")

    def head(s):
        P(d, s, b=True, size=11.5, color="005A9C", before=10, after=3, keep=True)

    head("Your tasks")
    bullets(d, ["Design of conveyor modules, frames and transfer units in SolidWorks",
                "Creation of production drawings, parts lists and assembly instructions",
                "Dimensioning of drives, shafts and bearings including calculation documentation",
                "Close coordination with production, purchasing and commissioning teams"])
    head("Your profile")
    bullets(d, ["Degree in mechanical engineering or a comparable qualification",
                "At least 3 years of professional experience in mechanical design",
                "Very good knowledge of SolidWorks and PDM systems",
                "Knowledge of the Machinery Directive and relevant DIN EN ISO standards",
                "Good German and English skills"])
    head("Ideally you also bring")
    bullets(d, ["Experience in intralogistics or materials handling",
                "Knowledge of sheet-metal design",
                "Experience with FEM calculations"])
    head("What we offer")
    bullets(d, ["30 days of holiday and flexible working hours", "Company pension scheme and JobRad bike leasing",
                "Structured onboarding with a mentor"])
    P(d, "Have we aroused your interest? Please send your application documents, stating your salary "
         "expectations and earliest possible starting date, via our careers portal.", before=8)
    P(d, "Brückner Fördertechnik GmbH · Human Resources · Ms Lena Hofstetter · Industriestraße 22 · 74076 "
         "Heilbronn", size=8.5, color="7F7F7F", before=10)
    docx_save(d, path, "Brückner Fördertechnik HR")


def jd08_kowhai_grove_college_mathematics_teacher(path):
    # New Zealand school vacancy in Word: school name and motto, vacancy banner table (position, start date,
    # units, closing date), About the school, About the role, About you, It would be great if you also have,
    # how to apply with the principal's name
    d = docx_new("Calibri", 11, margins=(2.0, 2.0, 2.2, 2.2))
    P(d, "Kōwhai Grove College", b=True, size=18, color="7A6A00", align="c", after=0)
    P(d, "Ako mai, ako atu — learning together", i=True, size=10, align="c", after=8)
    t = table(d, 4, 2, [5.0, 12.0])
    tborders(t, color="C9B800", sz=6)
    for ri, (k, v) in enumerate([("Vacancy", "Secondary Mathematics Teacher"),
                                 ("Start date", "Term 1, 2025 (27 January)"),
                                 ("Tenure", "Permanent, full-time (1.0 FTE)"),
                                 ("Applications close", "Friday 8 November, 3 pm")]):
        cell_text(t.cell(ri, 0), k, b=True, fill="FFF7CC")
        cell_text(t.cell(ri, 1), v, b=ri == 0)
    P(d, "", after=2)

    def head(s):
        P(d, s, b=True, size=12, color="7A6A00", before=8, after=3, keep=True)

    head("About the school")
    P(d, "Kōwhai Grove College is a co-educational state secondary school of 1,150 students in Hamilton. We are "
         "proud of our bilingual unit, our strong NCEA results and a staffroom that looks after its own.")
    head("About the role")
    P(d, "We are looking for a teacher of Mathematics from Year 9 to Year 13, including NCEA Level 2 and 3 "
         "Statistics. Beginning teachers are warmly welcomed: you will have a dedicated mentor and a reduced "
         "timetable in your first year.")
    head("About you")
    bullets(d, ["New Zealand teacher registration, or eligibility for it",
                "A degree with a major in Mathematics or Statistics",
                "A commitment to te Tiriti o Waitangi and culturally responsive practice",
                "Willingness to contribute to co-curricular life"])
    head("It would be great if you also have")
    bullets(d, ["Experience teaching NCEA Statistics", "Te reo Māori", "Interest in coaching a sports team"])
    head("How to apply")
    P(d, "Send a cover letter, CV and the names of two referees to Mrs Hinemoa Walters, Principal, at "
         "vacancies@kowhaigrove.school.nz. Police vetting applies.")
    docx_save(d, path, "Kōwhai Grove College")


def jd12_shirakaba_hotels_sous_chef(path):
    # Japanese hotel group's English posting in Word: property name header, "Sous Chef – Western Cuisine" title,
    # job-information table (department, employment type, salary, visa support), Duties, Requirements,
    # Preferred, Benefits
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2))
    P(d, "SHIRAKABA HOTELS & RESORTS", b=True, size=12, color="2F4F4F", after=0)
    P(d, "Hotel Shirakaba Sapporo — Careers", size=9.5, color="777777", after=10)
    P(d, "Sous Chef – Western Cuisine", b=True, size=18, after=6)
    t = table(d, 5, 2, [4.5, 12.5])
    tborders(t, color="AAAAAA", sz=4)
    for ri, (k, v) in enumerate([("Department", "Food & Beverage – Restaurant Nire (all-day dining, 180 seats)"),
                                 ("Employment type", "Full-time, regular employee after 3-month probation"),
                                 ("Location", "Chuo-ku, Sapporo, Hokkaido"),
                                 ("Salary", "JPY 4.8M – 6.0M per year, plus bonus twice a year"),
                                 ("Visa", "Visa sponsorship available")]):
        cell_text(t.cell(ri, 0), k, b=True, fill="EEF3F3")
        cell_text(t.cell(ri, 1), v)
    P(d, "", after=2)
    P(d, "Shirakaba Hotels & Resorts operates eleven hotels across Hokkaido and Tohoku. Our Sapporo flagship "
         "is re-launching its all-day dining room around Hokkaido produce, and we are looking for a Sous Chef "
         "to run the line alongside our Executive Chef.")

    def head(s):
        P(d, s, b=True, size=11.5, color="2F4F4F", before=8, after=2, keep=True)

    head("Duties")
    bullets(d, ["Supervise a brigade of 14 cooks across breakfast, lunch and dinner service",
                "Develop seasonal menus and standard recipes with the Executive Chef",
                "Manage ordering, inventory and food cost",
                "Maintain HACCP-based hygiene standards"])
    head("Requirements")
    bullets(d, ["4+ years of experience in Western cuisine, including 2 years as Chef de Partie or above",
                "Experience in a hotel or high-volume restaurant",
                "Conversational Japanese (JLPT N3 or equivalent)",
                "Ability to work shifts, weekends and holidays"])
    head("Preferred")
    bullets(d, ["Pastry or bakery experience", "Experience with banquets of 300+ covers", "English"])
    head("Benefits")
    bullets(d, ["Staff dormitory available", "Meals on duty", "Social insurance", "Paid leave 120 days/year"])
    docx_save(d, path, "Shirakaba Hotels & Resorts")


def jd05_national_reef_authority_senior_policy_officer(path):
    # Australian government vacancy as a PDF: crest-like header band, job-details grid (classification,
    # salary, job number, location, closing date), About us / The role / Essential criteria / Desirable
    # criteria, Eligibility, contact officer
    W, H = A4
    navy = HexColor("#12355B")
    c = new_canvas(path, A4, "Senior Policy Officer - Vacancy", "National Reef and Fisheries Authority",
                   "Microsoft Word")
    box(c, 0, H - 80, W, 80, fill=navy)
    text(c, "Australian Government", 45, H - 35, "Arial", 9, WHITE)
    text(c, "National Reef and Fisheries Authority", 45, H - 58, "Arial-B", 15, WHITE)
    text(c, "Senior Policy Officer", 45, H - 115, "Arial-B", 20, navy)
    y = grid(c, 45, H - 130, [140, W - 90 - 140], [
        ["Classification", "APS Level 6"],
        ["Salary", "$103,614 – $116,934 plus 15.4% superannuation"],
        ["Job number", "NRFA/24/0318"],
        ["Location", "Townsville QLD or Canberra ACT"],
        ["Employment type", "Ongoing, full-time"],
        ["Closing date", "11:30 pm AEST, Sunday 14 July 2024"],
    ], font="Arial", size=9, pad=4, line_color=HexColor("#9FB3C8"))
    col = Column(c, 45, W - 90, y - 12, 45)

    def head(s):
        col.gap(4)
        col.need(30)
        text(c, s, 45, col.y - 12, "Arial-B", 12, navy)
        col.gap(20)

    head("About us")
    col.para("The National Reef and Fisheries Authority manages Commonwealth fisheries and works with industry, "
             "Traditional Owners and scientists to keep the reef and its fisheries healthy.", font="Arial",
             size=9.5, after=4)
    head("The role")
    col.para("The Senior Policy Officer will lead policy work on the reform of reef line-fishery quotas: "
             "drafting briefs and submissions for the Minister, running consultation with industry and First "
             "Nations groups, and supervising two APS 5 officers.", font="Arial", size=9.5, after=4)
    head("Essential criteria")
    col.bullets(["Demonstrated experience developing and implementing public policy",
                 "Excellent written communication skills, including ministerial briefing",
                 "Ability to build productive relationships with diverse stakeholders",
                 "Experience supervising staff"], font="Arial", size=9.5)
    head("Desirable criteria")
    col.bullets(["Knowledge of fisheries or natural resource management",
                 "Tertiary qualifications in public policy, environmental science or economics"],
                font="Arial", size=9.5)
    head("Eligibility")
    col.para("Applicants must be Australian citizens and able to obtain and maintain a Baseline security "
             "clearance.", font="Arial", size=9.5, after=4)
    head("Contact officer")
    col.para("Michelle Tran, Director, Fisheries Policy — 07 4755 5190", font="Arial", size=9.5)
    c.save()


def jd11_aroeira_engenharia_lead_mechanical_engineer(path):
    # Brazilian engineering firm's one-page English posting: big title block with a green band, location /
    # contract chips, two columns (left: Responsibilities and Requirements; right: Desirable and What we
    # offer), footer with "Vaga" code
    W, H = A4
    green, gold = HexColor("#1E5631"), HexColor("#F2C14E")
    c = new_canvas(path, A4, "Lead Mechanical Engineer", "Aroeira Engenharia S.A.", "Adobe InDesign")
    box(c, 0, H - 150, W, 150, fill=green)
    text(c, "AROEIRA ENGENHARIA S.A.", 45, H - 45, "Sans-B", 11, gold)
    text(c, "Lead Mechanical Engineer", 45, H - 90, "Sans-B", 26, WHITE)
    chips = ["Belo Horizonte, MG", "CLT – full-time", "Hybrid", "Mining equipment"]
    xx = 45
    for s in chips:
        tw = pdfmetrics.stringWidth(s, "Sans", 8.5) + 16
        box(c, xx, H - 130, tw, 18, fill=gold, r=9)
        text(c, s, xx + tw / 2, H - 124, "Sans", 8.5, green, "c")
        xx += tw + 8
    para_pdf(c, "Aroeira Engenharia designs and maintains crushing, screening and conveying plants for iron-ore "
                "and gold mines in Minas Gerais and Pará. We are hiring a Lead Mechanical Engineer to head the "
                "mechanical discipline on plant-expansion projects.", 45, H - 170, W - 90, "Sans", 9.5)
    lw = (W - 110) / 2
    L = Column(c, 45, lw, H - 230, 60)
    R = Column(c, 45 + lw + 20, lw, H - 230, 60)

    def head(col, s):
        col.gap(4)
        text(c, s, col.x, col.y - 12, "Sans-B", 12, green)
        hline(c, col.x, col.x + 30, col.y - 17, gold, 2)
        col.gap(26)

    head(L, "Responsibilities")
    L.bullets(["Lead a team of 8 mechanical engineers and designers",
               "Own mechanical design reviews for conveyors, chutes and crushers",
               "Sign technical documents as responsible engineer (ART)",
               "Support commissioning at client sites"], size=9)
    head(L, "Requirements")
    L.bullets(["Degree in Mechanical Engineering with active CREA registration",
               "10+ years in mining or heavy-industry projects",
               "Experience leading multidisciplinary engineering teams",
               "Advanced English"], size=9)
    head(R, "Desirable")
    R.bullets(["Postgraduate degree in project management", "Experience with Inventor or SolidWorks",
               "Knowledge of NR-12"], size=9)
    head(R, "What we offer")
    R.bullets(["Health and dental plan", "Profit sharing (PLR)", "Meal allowance", "Hybrid schedule"], size=9)
    hline(c, 45, W - 45, 50, green, 0.8)
    text(c, "Aroeira Engenharia S.A. · Vaga 2024-ME-031 · Apply at carreiras.aroeira.com.br", 45, 36, "Sans", 8,
         green)
    c.save()


# =========================================================================================================
# the build loop and the label check
# =========================================================================================================
PDF_RESUMES = [r01_larissa_quintao_menezes, r05_bronwyn_tallis, r09_haruto_sekiguchi, r13_mateo_arriaga_fuentes,
               r20_wanjiru_kamau, r23_genevieve_tremblay_okoro]
DOCX_RESUMES = [r02_harshvardhan_kulkarni, r07_marcus_delacroix_fynn, r10_fionnuala_brennan,
                r12_eleri_vaughan_price, r15_keziah_osei_mensah, r19_ingrid_solberg_matthews, r21_yuki_tanabe,
                r24_brandon_achterberg]
CONVERTED = {"r06_katrin_oberholzer": r06_katrin_oberholzer_docx,
             "r16_gareth_llewellyn": r16_gareth_llewellyn_docx}
JD_DOCX = [jd03_brueckner_foerdertechnik_mechanical_design_engineer, jd08_kowhai_grove_college_mathematics_teacher,
           jd12_shirakaba_hotels_sous_chef]
JD_PDF = [jd05_national_reef_authority_senior_policy_officer, jd11_aroeira_engenharia_lead_mechanical_engineer]


def extract(path):
    """Text of one document as a parser would see it, whitespace collapsed; and its page count (PDF)."""
    pages = None
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        r = PdfReader(path)
        pages = len(r.pages)
        s = "\n".join(p.extract_text() or "" for p in r.pages)
    elif path.endswith(".docx"):
        from docx import Document
        doc = Document(path)
        parts = []
        for sec in doc.sections:
            parts += [p.text for p in sec.header.paragraphs]
        parts += [p.text for p in doc.paragraphs]

        def tables(ts):
            for t in ts:
                for row in t.rows:
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.paragraphs)
                        tables(cell.tables)
        tables(doc.tables)
        s = "\n".join(parts)
    else:
        with open(path, encoding="utf-8") as fh:
            s = fh.read()
    return re.sub(r"\s+", " ", s).strip(), pages


def check():
    import yaml
    with open(os.path.join(HERE, "labels.yaml"), encoding="utf-8") as fh:
        labels = yaml.safe_load(fh)
    bad = 0

    def miss(doc, what, s, text_):
        nonlocal bad
        if s and re.sub(r"\s+", " ", s) not in text_:
            print(f"  MISSING in {doc}: {what} {s!r}")
            bad += 1

    files = sorted(os.listdir(RES))
    assert sorted(labels["resumes"]) == files, set(files) ^ set(labels["resumes"])
    for fn, lab in labels["resumes"].items():
        t, pages = extract(os.path.join(RES, fn))
        if pages and pages > 2:
            print(f"  {fn}: {pages} pages")
            bad += 1
        for r in lab["roles"]:
            miss(fn, "role title", r["title"], t)
            miss(fn, "role company", r["company"], t)
            miss(fn, "role location", r["location"], t)
            if r["company"] not in lab["employers"] or r["title"] not in lab["titles"]:
                print(f"  {fn}: role {r} not in employers/titles")
                bad += 1
            for k in ("start", "end"):
                if not re.fullmatch(r"\d{4}(-\d{2})?" + ("|present" if k == "end" else ""), str(r[k])):
                    print(f"  {fn}: bad {k} {r[k]!r}")
                    bad += 1
        emp = list(dict.fromkeys(r["company"] for r in lab["roles"]))
        tit = list(dict.fromkeys(r["title"] for r in lab["roles"]))
        if emp != lab["employers"] or tit != lab["titles"]:
            print(f"  {fn}: employers/titles are not the roles' unique values in order")
            bad += 1
        for k in ("skills", "projects"):
            for s in lab.get(k) or []:
                miss(fn, k[:-1], s, t)
        for e in lab.get("education") or []:
            parts = [x.strip() for x in e.split(",")]
            miss(fn, "school", parts[-2], t)
            miss(fn, "year", parts[-1], t)
    files = sorted(os.listdir(JDS))
    assert sorted(labels["jds"]) == files, set(files) ^ set(labels["jds"])
    for fn, lab in labels["jds"].items():
        t, pages = extract(os.path.join(JDS, fn))
        for k in ("title", "role", "company"):
            miss(fn, k, lab[k], t)
        assert lab["seniority"] in ("junior", "mid", "senior", "staff"), fn
        for k in ("must_have", "nice_to_have"):
            for s in lab[k]:
                miss(fn, k, s, t)
    print("check:", "all labelled strings found" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def main():
    if "--check" not in sys.argv:
        buildkit.build(RES, JDS, pdf_resumes=PDF_RESUMES, docx_resumes=DOCX_RESUMES, converted=CONVERTED,
                       jd_docx=JD_DOCX, jd_pdf=JD_PDF)
    return check()


if __name__ == "__main__":
    sys.exit(main())
