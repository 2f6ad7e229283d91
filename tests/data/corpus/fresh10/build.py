"""Rebuild the PDF and DOCX documents of the tenth fresh set from the content held in this script, then check
that every labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh10/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh10/build.py --check   # check only

reportlab draws six resume PDFs (r01, r03, r11, r19, r23, r24) and the two PDF job descriptions (jd05, jd09) on
a canvas (invariant=1, TrueType DejaVu / Liberation fonts registered by ../buildkit.py); python-docx writes the DOCX files through buildkit (fixed core properties,
fixed ZIP entry timestamps); two resumes (r08, r12) are Word files that LibreOffice (`soffice --headless
--convert-to pdf`) turns into PDF, rewritten by buildkit through pypdf with fixed metadata and a fixed document ID,
so that a rebuild gives the same bytes. TXT and Markdown documents are committed as written and are not touched
here (the check reads them too).

The check extracts text with pypdf (PDF), python-docx (DOCX: header paragraphs, body paragraphs, every table cell
including nested tables) or a plain read (TXT/MD), collapses whitespace, and confirms that every labelled name,
employer, title, location, skill, project, school and education year, and every JD title / role / company /
must-have / nice-to-have string is found; that each resume's employers / titles lists are the unique role values
in order; that dates have the YYYY / YYYY-MM / present form; that the split follows the file number; that the
format counts are the ones this set promises; and that no PDF has more than two pages.

Everything is fictional: every person, employer, client, agency, school, project and public body was invented for
this set. Real names appear only as standards, regulators, certifications, licences, products, places and, in
r04, the United States Army of a military-to-civilian resume.
"""
import os
import re
import sys

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the shared helpers: tests/data/corpus/buildkit.py

import buildkit  # noqa: E402
from buildkit import (  # noqa: E402
    BLACK,
    WHITE,
    P,
    Pt,
    box,
    bullets,
    cell,
    cell_bullets,
    col_widths,
    docx_new,
    docx_save,
    hline,
    new_canvas,
    new_table,
    para_height,
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
TAG = "fresh10"
buildkit.TAG = TAG


# =========================================================================================================
# small helpers not in buildkit
# =========================================================================================================
class Cursor:
    """A y position moving down one column of a reportlab canvas. When a block would cross `bottom`, the page is
    ended and `on_new_page(c)` (which draws any page furniture) gives the new top y."""

    def __init__(self, c, x, w, y, bottom=48, on_new_page=None):
        self.c, self.x, self.w, self.y, self.bottom, self.on_new_page = c, x, w, y, bottom, on_new_page

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            self.y = self.on_new_page(self.c) if self.on_new_page else 790

    def para(self, s, font="Sans", size=9, color=BLACK, after=2, indent=0, lead=None, markup=False, align=0):
        h = para_height(re.sub(r"<[^>]+>", "", s) if markup else s, self.w - indent, font, size, lead)
        self.need(h)
        self.y = para_pdf(self.c, s, self.x + indent, self.y, self.w - indent, font, size, lead, color, align,
                          markup) - after

    def row(self, left, right="", font="Sans", size=9, rfont=None, color=BLACK, rcolor=None, after=2, rsize=None):
        self.need(size * 1.35)
        self.y -= size
        text(self.c, left, self.x, self.y, font, size, color)
        if right:
            text(self.c, right, self.x + self.w, self.y, rfont or font, rsize or size, rcolor or color, "r")
        self.y -= after + size * 0.3

    def bullets(self, items, font="Sans", size=9, mark="•", color=BLACK, indent=10, gap=1.2, mark_color=None):
        for it in items:
            self.need(para_height(it, self.w - indent, font, size))
            text(self.c, mark, self.x + 1, self.y - size, font, size, mark_color or color)
            self.y = para_pdf(self.c, it, self.x + indent, self.y, self.w - indent, font, size, None, color) - gap

    def gap(self, h):
        self.y -= h


def width(s, font, size):
    return stringWidth(s, font, size)


def heading(d, s, size=11.5, color="1F3864", rule=True, before=10, after=3, caps=False, font=None):
    p = P(d, before=before, after=after, keep=True)
    r = run(p, s, b=True, size=size, color=color, caps=caps, font=font)
    if rule:
        pborder(p, "bottom", color, 6, 1)
    return p, r


def cell_add(c_, s="", b=False, i=False, size=None, color=None, after=1, style=None, before=None):
    p = c_.add_paragraph(style=style) if style else c_.add_paragraph()
    if s:
        run(p, s, b=b, i=i, size=size, color=color)
    p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def runs(p, *parts, size=None, font=None):
    """parts: strings (plain) or (string, 'b'|'i'|'bi'|'', colour or None) tuples, written as runs of p."""
    for part in parts:
        if isinstance(part, str):
            run(p, part, size=size, font=font)
        else:
            s, how = part[0], part[1]
            col = part[2] if len(part) > 2 else None
            run(p, s, b="b" in how, i="i" in how, size=size, color=col, font=font)
    return p


# =========================================================================================================
# PDF resumes drawn with reportlab
# =========================================================================================================
def r01_tomasz_wierzbicki(path):
    """Online-builder export: colour header band with glyph icons, dates in a left gutter beside a timeline rule,
    skills as pills, dot-rated languages, a builder watermark."""
    c = new_canvas(path, A4, "Tomasz Wierzbicki - CV", "Tomasz Wierzbicki", "Resumio online resume builder")
    W, H = A4
    teal, pale, grey, ink = HexColor("#1D5C63"), HexColor("#E6F0F1"), HexColor("#5E6A73"), HexColor("#1F2A30")
    box(c, 0, H - 118, W, 118, fill=teal)
    text(c, "Tomasz Wierzbicki", 40, H - 55, "Sans-B", 25, WHITE)
    text(c, "Growth & Digital Marketing", 40, H - 76, "Sans", 11.5, HexColor("#CFE6E8"))
    x = 40
    for ic, s in (("✉", "tomasz.wierzbicki@example.com"), ("✆", "+353 87 555 0192"), ("⚲", "Dublin, Ireland"),
                  ("⊕", "linkedin.com/in/tomasz-wierzbicki-mkt")):
        text(c, ic, x, H - 100, "Sans", 9, WHITE)
        text(c, s, x + 12, H - 100, "Sans", 8, WHITE)
        x += 12 + width(s, "Sans", 8) + 16

    rule_x, main_x, main_w = 128, 142, W - 142 - 40  # the gutter starts at x=40

    def section(y, title, glyph):
        box(c, rule_x - 8, y - 14, 16, 16, fill=teal, r=3)
        text(c, glyph, rule_x, y - 10.5, "Sans-B", 8.5, WHITE, "c")
        text(c, title, main_x, y - 11, "Sans-B", 11, teal)
        return y - 24

    y = H - 140
    y = section(y, "PROFILE", "☺")
    y = para_pdf(c, "Growth marketer with seven years in B2B SaaS and consumer apps across Ireland and Poland. I run "
                    "lifecycle and paid programmes end to end and like to prove things with clean experiments.",
                 main_x, y, main_w, "Sans", 9, color=ink) - 12

    y = section(y, "WORK EXPERIENCE", "✎")
    jobs = [
        ("12/2021 – Present", "Growth Marketing Manager", "Lark & Ledger Ltd", "Dublin, Ireland",
         ["Own the paid and lifecycle budget (€1.4M) for a bookkeeping app used by 40,000 small firms.",
          "Rebuilt the onboarding emails in HubSpot; trial-to-paid conversion rose from 9% to 13%.",
          "Lead a team of three: a content marketer, a designer and a marketing operations analyst."]),
        ("03/2019 – 11/2021", "Digital Marketing Specialist", "Brightfen Media", "Kraków, Poland",
         ["Planned and ran paid social campaigns for 12 retail and travel clients.",
          "Built Looker Studio dashboards that replaced the weekly spreadsheet reports.",
          "Grew organic traffic to the agency's own site by 180% with an SEO content plan."]),
        ("07/2018 – 02/2019", "Marketing Intern", "Solvik Studio sp. z o.o.", "Warsaw, Poland",
         ["Wrote product copy and newsletters in Polish and English.",
          "Set up Google Analytics goals and UTM conventions for the studio's two apps."]),
    ]
    top = y
    for dates, title, comp, loc, items in jobs:
        c.setFillColor(teal)
        c.circle(rule_x, y - 5, 3.2, fill=1, stroke=0)
        text(c, dates, rule_x - 12, y - 8, "Cond-B", 8, grey, "r")
        text(c, title, main_x, y - 9.5, "Sans-B", 10, ink)
        text(c, comp, main_x, y - 22, "Sans-B", 9, teal)
        text(c, "⚲ " + loc, main_x + width(comp, "Sans-B", 9) + 12, y - 22, "Sans", 8.5, grey)
        y -= 30
        y = buildkit.bullets_pdf(c, items, main_x, y, main_w, "Sans", 8.8, ink, mark="›", mark_color=teal) - 9
    hline(c, rule_x, rule_x, top, HexColor("#9CC3C7"), 0.8)
    c.setStrokeColor(HexColor("#9CC3C7"))
    c.line(rule_x, top - 2, rule_x, y + 12)

    y = section(y - 2, "EDUCATION", "✪")
    for dates, deg, school, loc in (("2016 – 2018", "MA Marketing and Management", "Oderbrook University of Economics",
                                     "Kraków, Poland"),
                                    ("2013 – 2016", "BA English Philology", "Vistulan College of Languages",
                                     "Kraków, Poland")):
        c.setFillColor(teal)
        c.circle(rule_x, y - 5, 3.2, fill=1, stroke=0)
        text(c, dates, rule_x - 12, y - 8, "Cond-B", 8, grey, "r")
        text(c, deg, main_x, y - 9.5, "Sans-B", 9.5, ink)
        text(c, school, main_x, y - 21.5, "Sans", 9, teal)
        text(c, "⚲ " + loc, main_x + width(school, "Sans", 9) + 12, y - 21.5, "Sans", 8.5, grey)
        y -= 34

    y = section(y - 2, "SKILLS", "✔")
    xx, yy = main_x, y
    for s in ("Google Analytics 4", "HubSpot", "SEO", "Paid social", "Marketing automation", "Looker Studio",
              "A/B testing", "Copywriting"):
        w = width(s, "Sans", 8.5) + 16
        if xx + w > main_x + main_w:
            xx, yy = main_x, yy - 20
        box(c, xx, yy - 14, w, 16, fill=pale, r=7)
        text(c, s, xx + 8, yy - 9.5, "Sans", 8.5, ink)
        xx += w + 6
    y = yy - 30

    y = section(y, "LANGUAGES", "✍")
    for i, (lang, n) in enumerate((("Polish", 5), ("English", 5), ("German", 3))):
        xx = main_x + i * 130
        text(c, lang, xx, y - 8, "Sans", 9, ink)
        for k in range(5):
            c.setFillColor(teal if k < n else HexColor("#C9D6D8"))
            c.circle(xx + 52 + k * 10, y - 5, 3, fill=1, stroke=0)
    y -= 26
    y = section(y, "CERTIFICATES", "★")
    for s in ("Google Ads Search Certification (2023)", "HubSpot Inbound Marketing (2022)"):
        text(c, "› " + s, main_x, y - 8, "Sans", 8.8, ink)
        y -= 13
    text(c, "Made with Resumio · resumio.example", W - 40, 22, "Sans", 6.5, HexColor("#A0A8AE"), "r")
    c.showPage()
    c.save()


def r03_daniel_okafor_reyes(path):
    """awesome-cv look-alike: centred two-tone name, coloured first letters of section headings, company bold
    with dates right, title italic below with the place right, cvskills rows, footer with date / name / page."""
    c = new_canvas(path, LETTER, "Daniel Okafor-Reyes - Résumé", "Daniel Okafor-Reyes", "LaTeX with awesome-cv")
    W, H = LETTER
    red, dark, grey, light = HexColor("#DC3522"), HexColor("#333333"), HexColor("#5D5D5D"), HexColor("#999999")
    x0, x1 = 48, W - 48
    first, last = "Daniel ", "Okafor-Reyes"
    tw = width(first, "Sans", 26) + width(last, "Sans-B", 26)
    sx = (W - tw) / 2
    text(c, first, sx, H - 70, "Sans", 26, light)
    text(c, last, sx + width(first, "Sans", 26), H - 70, "Sans-B", 26, dark)
    text(c, "SOFTWARE ENGINEER · DISTRIBUTED SYSTEMS", W / 2, H - 88, "Sans", 8.5, red, "c")
    text(c, "☎ (512) 555-0148  |  ✉ daniel.okaforreyes@example.com  |  ⌂ github.com/dokaforreyes  |  "
            "in linkedin.com/in/dokaforreyes", W / 2, H - 103, "Sans", 7.6, grey, "c")
    text(c, "“Builds boring, reliable infrastructure so product teams can move fast.”", W / 2, H - 118, "Serif-I",
         8.5, grey, "c")
    cur = Cursor(c, x0, x1 - x0, H - 132)

    def section(name):
        cur.gap(8)
        cur.need(20)
        cur.y -= 13
        text(c, name[:3], x0, cur.y, "Sans-B", 13, red)
        wx = x0 + width(name[:3], "Sans-B", 13)
        text(c, name[3:], wx, cur.y, "Sans-B", 13, dark)
        wx += width(name[3:], "Sans-B", 13) + 6
        hline(c, wx, x1, cur.y + 3, light, 0.8)
        cur.y -= 8

    def entry(org, dates, title, place, items):
        cur.need(40)
        cur.row(org, dates, "Sans-B", 10, "Sans-I", dark, red, after=0)
        cur.row(title, place, "Sans-I", 8.6, "Sans-I", grey, grey, after=2)
        cur.bullets(items, "Sans", 8.6, "•", grey, 10)
        cur.gap(4)

    section("Summary")
    cur.para("Backend engineer with six years of experience building data-heavy platforms: event pipelines, job "
             "schedulers and the tooling around them. I care about observability, simple designs and teammates "
             "who can sleep through the night.", "Sans", 8.8, grey)
    section("Experience")
    entry("Tallowmere Systems Inc.", "Jan. 2022 – Present", "Senior Software Engineer", "San Francisco, CA",
          ["Tech lead for the usage-metering pipeline (Go, Kafka) that handles two billion events a day.",
           "Cut p99 ingestion latency from 4.1 s to 600 ms by replacing a batch stage with a streaming join.",
           "Mentor four engineers and run the team's weekly design review."])
    entry("Quarry Labs", "Jun. 2019 – Dec. 2021", "Software Engineer", "Austin, TX",
          ["Built the multi-tenant job scheduler in Python and PostgreSQL, now running 300k jobs a day.",
           "Introduced Terraform for every AWS account: 60 modules and no more click-ops.",
           "Led the move from cron boxes to Kubernetes CronJobs for 40 internal services."])
    entry("Parabola Health", "May 2018 – Aug. 2018", "Software Engineering Intern", "Austin, TX",
          ["Wrote a FHIR export service in TypeScript used by three clinic partners."])
    section("Projects")
    entry("ledgerline", "2020 – Present", "Open-source double-entry ledger library in Go", "github.com/dokaforreyes",
          ["1.9k stars; used in production by two fintech start-ups; property-based tests for every posting rule."])
    section("Education")
    cur.row("Pecos Valley University", "Aug. 2015 – May 2019", "Sans-B", 10, "Sans-I", dark, red, after=0)
    cur.row("B.S. in Computer Science", "Las Cruces, NM", "Sans-I", 8.6, "Sans-I", grey, grey, after=2)
    cur.bullets(["Minor in Mathematics; teaching assistant for Operating Systems."], "Sans", 8.6, "•", grey)
    section("Skills")
    for label, items in (("Programming", "Go, Python, TypeScript, SQL"),
                         ("Infrastructure", "Kubernetes, Terraform, AWS, Kafka, PostgreSQL"),
                         ("Practices", "Distributed tracing, Incident response, Code review")):
        cur.need(14)
        cur.y -= 9
        text(c, label, x0 + 80, cur.y, "Sans-B", 8.8, dark, "r")
        text(c, items, x0 + 90, cur.y, "Sans", 8.8, grey)
        cur.y -= 5
    text(c, "June 2024", x0, 30, "Sans-I", 7.5, light)
    text(c, "Daniel Okafor-Reyes · Résumé", W / 2, 30, "Sans-I", 7.5, light, "c")
    text(c, "1", x1, 30, "Sans-I", 7.5, light, "r")
    c.showPage()
    c.save()


def r11_grace_mwangi_holt(path):
    """Nurse's two-column resume: shaded left sidebar (contact, licensure, certifications, skills), main column
    with experience (unit and hours on a third line) and education with clinical rotations."""
    c = new_canvas(path, LETTER, "Grace Mwangi-Holt RN Resume", "Grace Mwangi-Holt", "Microsoft Word")
    W, H = LETTER
    rose, plum, ink, grey = HexColor("#F6ECEF"), HexColor("#7A2E4A"), HexColor("#262626"), HexColor("#666666")
    box(c, 0, 0, 196, H, fill=rose)
    sx, sw = 22, 156
    text(c, "Grace", sx, H - 60, "Serif-B", 24, plum)
    text(c, "Mwangi-Holt, RN", sx, H - 86, "Serif-B", 18, plum)
    text(c, "Registered Nurse · Cardiac & Telemetry", sx, H - 104, "Sans-I", 8, grey)
    s = Cursor(c, sx, sw, H - 124)

    def side(title):
        s.gap(8)
        s.y -= 10
        text(c, title, sx, s.y, "Sans-B", 9, plum)
        hline(c, sx, sx + sw, s.y - 4, plum, 0.6)
        s.y -= 10

    side("CONTACT")
    for t in ("(414) 555-0177", "grace.mwangiholt@example.com", "Milwaukee, WI 53207"):
        s.para(t, "Sans", 8, ink, after=2)
    side("LICENSURE")
    s.para("Registered Nurse, State of Wisconsin — License #299471-30, exp. 02/2026", "Sans", 8, ink)
    side("CERTIFICATIONS")
    s.bullets(["BLS, American Heart Association", "ACLS, American Heart Association",
               "PCCN — exam scheduled 09/2024"], "Sans", 8, "▪", ink, 9, mark_color=plum)
    side("SKILLS")
    s.bullets(["Telemetry monitoring", "IV therapy", "Medication administration", "Wound care", "Epic EHR",
               "Patient education", "Post-PCI care"], "Sans", 8, "▪", ink, 9, mark_color=plum)
    side("LANGUAGES")
    s.para("English (native), Swahili (fluent)", "Sans", 8, ink)

    mx, mw = 216, W - 216 - 36
    m = Cursor(c, mx, mw, H - 48)

    def main(title):
        m.gap(6)
        m.y -= 12
        text(c, title, mx, m.y, "Serif-B", 12, plum)
        hline(c, mx, mx + mw, m.y - 5, plum, 0.8)
        m.y -= 12

    main("PROFILE")
    m.para("Registered nurse with two years on a 32-bed cardiac step-down unit and four years of direct patient "
           "care before licensure. Calm in rapid responses, careful with titrations, and the nurse new graduates are "
           "paired with on nights.", "Sans", 8.8, ink)
    main("PROFESSIONAL EXPERIENCE")
    for title, dates, org, extra, items in (
        ("Registered Nurse", "06/2022 – Present", "Lakeshore Mercy Hospital — Milwaukee, WI",
         "Cardiac Step-Down Unit · 36 hrs/week, nights",
         ["Care for 4–5 telemetry patients per shift after PCI, CABG, ablation and heart-failure admissions.",
          "Titrate heparin, diltiazem and amiodarone drips per protocol; escalate early warning scores.",
          "Charge nurse on alternate weekends; precept new graduate nurses (six to date).",
          "Unit practice council member: led the bedside shift-report rollout (falls down 22%)."]),
        ("Patient Care Technician", "01/2020 – 05/2022", "Lakeshore Mercy Hospital — Milwaukee, WI",
         "Float pool · part-time during BSN",
         ["Vital signs, 12-lead ECGs, phlebotomy and glucose checks across medical and surgical units.",
          "Trained as a telemetry monitor tech for the cardiac floors."]),
        ("Certified Nursing Assistant", "2018 – 2019", "Briarwood Senior Living — Waukesha, WI",
         "Memory care neighbourhood",
         ["Personal care, mobility and feeding assistance for 12 residents per shift."]),
    ):
        m.need(50)
        m.row(title, dates, "Sans-B", 9.8, "Sans-B", ink, plum, after=0)
        m.row(org, "", "Sans-I", 8.8, color=ink, after=0)
        m.row(extra, "", "Sans", 8, color=grey, after=2)
        m.bullets(items, "Sans", 8.6, "•", ink, 10)
        m.gap(5)
    main("EDUCATION")
    m.row("Bachelor of Science in Nursing", "May 2022", "Sans-B", 9.8, "Sans-B", ink, plum, after=0)
    m.row("Kettle Moraine University — Milwaukee, WI", "", "Sans-I", 8.8, color=ink, after=3)
    m.row("Clinical Rotations", "", "Sans-B", 8.6, color=grey, after=1)
    m.bullets(["Medical-Surgical — St. Aldric Medical Center, Spring 2021 (135 hrs)",
               "Pediatrics — Lakeview Children's Hospital, Fall 2021 (90 hrs)",
               "Behavioral Health — Riverbend Psychiatric Center, Fall 2021 (90 hrs)",
               "Critical Care preceptorship — Lakeshore Mercy Hospital MICU, Spring 2022 (180 hrs)"],
              "Sans", 8.4, "–", ink, 10)
    m.gap(3)
    m.para("Honors: Sigma Theta Tau candidate; Daisy in Training award (2022)", "Sans", 8.4, grey)
    c.showPage()
    c.save()


def r19_hannah_oyelaran_price(path):
    """Career-office ("Harvard") one-page template in Times: education first, employer bold with the place right,
    title italic with dates right, seasonal dates (Summer 2021, Spring 2020), Leadership & Activities, Skills &
    Interests with Technical / Language / Interests lines."""
    c = new_canvas(path, LETTER, "Oyelaran-Price Resume", "Hannah Oyelaran-Price", "Microsoft Word")
    W, H = LETTER
    x0, x1 = 54, W - 54
    text(c, "Hannah Oyelaran-Price", W / 2, H - 58, "Times-B", 17, BLACK, "c")
    text(c, "12 Benefit Street, Apt 3 · Providence, RI 02906 · (401) 555-0163 · hannah.oyelaranprice@example.com",
         W / 2, H - 74, "Times", 10, BLACK, "c")
    cur = Cursor(c, x0, x1 - x0, H - 84)

    def section(t):
        cur.gap(10)
        cur.y -= 11
        text(c, t, W / 2, cur.y, "Times-B", 11, BLACK, "c")
        hline(c, x0, x1, cur.y - 4, BLACK, 0.7)
        cur.y -= 8

    def entry(org, place, title, dates, items):
        cur.row(org, place, "Times-B", 10.5, "Times-B", after=-1)
        cur.row(title, dates, "Times-I", 10.5, "Times", after=1)
        cur.bullets(items, "Times", 10.3, "•", BLACK, 14, 0.8)
        cur.gap(5)

    section("Education")
    entry("Ellery College", "Providence, RI", "Bachelor of Arts in Economics; minor in Data Science", "May 2022",
          ["GPA 3.7/4.0; Dean's List (six semesters).",
           "Relevant coursework: Econometrics, Machine Learning, Industrial Organization, Health Economics.",
           "Senior thesis: “Price Transparency and Outpatient Imaging Costs in New England.”"])
    section("Experience")
    entry("Bramwell Strategy Group", "Boston, MA", "Associate Consultant", "July 2022 – Present",
          ["Build cost and volume models for hospital-system and payer clients; four engagements to date.",
           "Automated the practice's claims-data cleaning in Python, cutting set-up time per project from two "
           "weeks to three days.",
           "Drafted client-ready slides on site-of-care shifts that the partner used in a board meeting."])
    entry("Pemberton Health Partners", "Providence, RI", "Data Analytics Intern", "Summer 2021",
          ["Analysed 1.2M outpatient claims in SQL and Stata to size a referral-leakage problem.",
           "Built a Tableau dashboard for clinic managers, still in use after the internship."])
    entry("Ellery College, Department of Economics", "Providence, RI", "Undergraduate Research Assistant",
          "Spring 2020 – Spring 2021",
          ["Cleaned and merged hospital price files for Prof. A. Lindqvist's study on price transparency.",
           "Wrote replication code and documentation in Stata and Python."])
    section("Leadership & Activities")
    entry("Ellery Consulting Club", "Providence, RI", "Treasurer", "Sept. 2019 – May 2021",
          ["Managed a $14,000 budget and ran pro bono projects for three local non-profits."])
    section("Skills & Interests")
    for label, s in (("Technical:", "Python (pandas), Stata, SQL, Tableau, Excel (financial modeling)"),
                     ("Language:", "Spanish (professional working proficiency), Yoruba (conversational)"),
                     ("Interests:", "Half-marathons, community radio, West African cooking")):
        cur.need(14)
        cur.y -= 10.5
        text(c, label, x0, cur.y, "Times-B", 10.5)
        text(c, s, x0 + width(label, "Times-B", 10.5) + 4, cur.y, "Times", 10.5)
        cur.y -= 3
    c.showPage()
    c.save()


def r23_catherine_ashdown_mbeki(path):
    """Executive two-page resume: name and strapline, contact bar, executive profile, career highlights, key
    skills in three columns, professional experience with an italic company description line, an "Earlier
    career" paragraph listing two older roles, board appointments under their own heading, education."""
    c = new_canvas(path, A4, "Catherine Ashdown-Mbeki - Executive CV", "Catherine Ashdown-Mbeki", "Microsoft Word")
    W, H = A4
    navy, gold, ink, grey = HexColor("#14284B"), HexColor("#B08D3C"), HexColor("#222222"), HexColor("#5F6670")
    x0, x1 = 52, W - 52

    def furniture(cv):
        text(cv, "Catherine Ashdown-Mbeki — page 2", x1, H - 36, "Sans-I", 7.5, grey, "r")
        hline(cv, x0, x1, H - 42, gold, 0.6)
        return H - 56

    box(c, 0, H - 104, W, 104, fill=navy)
    text(c, "CATHERINE ASHDOWN-MBEKI", x0, H - 52, "Serif-B", 22, WHITE)
    text(c, "Chief Operating Officer  |  Logistics & Supply Chain  |  P&L to £420m", x0, H - 72, "Sans", 9.5,
         HexColor("#D9C7A0"))
    text(c, "London  ·  +44 7700 900 418  ·  c.ashdown-mbeki@example.com  ·  linkedin.com/in/cashdownmbeki", x0,
         H - 90, "Sans", 8, WHITE)
    cur = Cursor(c, x0, x1 - x0, H - 118, bottom=56, on_new_page=furniture)

    def section(t):
        cur.gap(6)
        cur.need(30)
        cur.y -= 11
        text(c, t, x0, cur.y, "Serif-B", 11.5, navy)
        hline(c, x0 + width(t, "Serif-B", 11.5) + 8, x1, cur.y + 3.5, gold, 0.9)
        cur.y -= 9

    section("EXECUTIVE PROFILE")
    cur.para("Operations executive who has run national distribution networks for twenty years. I take businesses "
             "through growth, integration and turnaround, build leadership teams that stay, and report plainly to "
             "boards and investors. Known for getting service and cost right at the same time.", "Sans", 9, ink)
    section("CAREER HIGHLIGHTS")
    cur.bullets(["Led the integration of two acquired carriers (£85m revenue) into one network within 14 months.",
                 "Lifted on-time-in-full from 91.2% to 98.4% while cutting cost per parcel by 11%.",
                 "Opened three automated hubs (Daventry, Warrington, Bellshill) on time and £6m under budget."],
                "Sans", 9, "■", ink, 12, mark_color=gold)
    section("KEY SKILLS")
    sk = ["P&L ownership", "Network optimisation", "M&A integration", "Lean transformation",
          "Stakeholder engagement", "Board reporting"]
    colw = (x1 - x0) / 3
    for i, s in enumerate(sk):
        if i % 3 == 0:
            cur.y -= 12
        text(c, "◆ " + s, x0 + (i % 3) * colw, cur.y, "Sans", 9, ink)
    cur.y -= 6
    section("PROFESSIONAL EXPERIENCE")

    def role(title, comp, place, dates, desc, items):
        cur.need(60)
        cur.row(title, dates, "Sans-B", 10.2, "Sans-B", navy, gold, after=0)
        cur.row(comp + ", " + place, "", "Sans", 9.4, color=ink, after=0)
        if desc:
            cur.para(desc, "Sans-I", 8.4, grey, after=3)
        cur.bullets(items, "Sans", 8.9, "•", ink, 11)
        cur.gap(6)

    role("Chief Operating Officer", "Verity Lane Logistics plc", "London", "2019 – Present",
         "FTSE SmallCap parcel and pallet carrier; 6,200 people, 31 depots, £420m revenue.",
         ["Accountable for network, fleet, property, procurement and customer service; eight direct reports.",
          "Designed and delivered the £60m hub automation programme; sortation capacity up 70%.",
          "Moved 40% of the urban fleet to electric vans with a sale-and-leaseback that freed £18m of capital.",
          "Chair the executive safety committee; lost-time injuries down 46% in three years."])
    role("Managing Director, UK & Ireland", "Corran Freight Solutions Ltd", "Birmingham", "2014 – 2019",
         "Contract logistics arm of a Dutch-owned group; £210m revenue, 2,400 people.",
         ["Full P&L ownership; returned the business to profit in year one (EBIT from -2% to 4.5%).",
          "Won and mobilised the Brackley Foods and Ruxton Pharma contracts (£70m combined).",
          "Rebuilt the senior team: five of seven roles filled from inside the business."])
    role("Operations Director", "Corran Freight Solutions Ltd", "Birmingham", "2011 – 2014", "",
         ["Ran 14 warehouses and a 600-vehicle fleet; introduced lean daily management across every site.",
          "Consolidated three regional control rooms into one national transport office."])
    cur.need(40)
    cur.para("<b>Earlier career</b> — Regional Operations Manager, Halewood Parcels Ltd (2007 – 2011); Graduate "
             "Management Trainee, Halewood Parcels Ltd (2004 – 2007).", "Sans", 9, ink, markup=True)
    section("BOARD APPOINTMENTS")
    cur.para("Non-Executive Director, Tamarisk Housing Trust (2020 – present) — chair of the audit and risk "
             "committee.", "Sans", 9, ink)
    cur.para("Trustee, Freight Futures Foundation (2017 – 2022) — apprenticeships charity for young drivers.",
             "Sans", 9, ink)
    section("EDUCATION & PROFESSIONAL DEVELOPMENT")
    cur.para("MBA — Kingsbridge Business School, 2010", "Sans", 9, ink)
    cur.para("BSc Geography — University of Severnside, 2004", "Sans", 9, ink)
    cur.para("Chartered Member, Chartered Institute of Logistics and Transport (CMILT)", "Sans", 9, ink)
    cur.para("Senior Leadership Programme (executive education), Kingsbridge Business School, 2016", "Sans", 9, grey)
    c.showPage()
    c.save()


def r24_ana_maria_popescu(path):
    """moderncv "classic" look-alike: two-tone name top left, contact block top right, a coloured bar in the
    date column beside each section heading, dates right-aligned in the left column, entries as one line
    "Title, Employer, Place." with the description below, cvitem skill rows, languages with comments."""
    c = new_canvas(path, A4, "Ana-Maria Popescu — CV", "Ana-Maria Popescu", "LaTeX with moderncv")
    W, H = A4
    blue, grey, ink = HexColor("#3873B3"), HexColor("#737373"), HexColor("#1A1A1A")
    x0, x1 = 56, W - 56
    dcol = 96  # width of the date column
    bx = x0 + dcol + 8
    text(c, "Ana-Maria ", x0, H - 72, "Sans", 28, ink)
    text(c, "Popescu", x0 + width("Ana-Maria ", "Sans", 28), H - 72, "Sans", 28, grey)
    text(c, "Research Software Engineer", x0, H - 92, "Sans-I", 12, grey)
    for i, s in enumerate(("Str. Fabricii 14, Cluj-Napoca, Romania", "☏ +40 745 555 018",
                           "✉ anamaria.popescu@example.com", "⌂ github.com/ampopescu")):
        text(c, s, x1, H - 60 - i * 11, "Sans-I", 8, grey, "r")
    text(c, "“Faster code for better science.”", W / 2 + 40, H - 118, "Serif-I", 9, grey, "c")
    cur = Cursor(c, bx, x1 - bx, H - 134)

    def section(t):
        cur.gap(10)
        cur.y -= 12
        box(c, x0, cur.y - 1, dcol, 7, fill=blue)
        text(c, t, bx, cur.y, "Sans", 13, blue)
        cur.y -= 8

    def entry(dates, html, desc=None, items=None):
        cur.need(26)
        text(c, dates, x0 + dcol, cur.y - 9, "Sans", 9, ink, "r")
        cur.para(html, "Sans", 9, ink, after=1, markup=True)
        if desc:
            cur.para(desc, "Sans", 8.6, grey, after=1)
        if items:
            cur.bullets(items, "Sans", 8.6, "•", ink, 9)
        cur.gap(5)

    section("Education")
    entry("2014–2016", "<b>M.Sc. Computational Physics</b>, <i>Universitatea Someșeană</i>, Cluj-Napoca.",
          "Thesis: “GPU-accelerated lattice Boltzmann solvers for porous media” — graded 10/10.")
    entry("2011–2014", "<b>B.Sc. Physics</b>, <i>Universitatea Someșeană</i>, Cluj-Napoca.")
    section("Experience")
    entry("2020–present", "<b>Research Software Engineer</b>, <i>Institutul Carpatic de Fizică Aplicată</i>, "
                          "Cluj-Napoca, Romania.",
          None, ["Maintain the institute's plasma-transport code (C++/MPI, 400k lines) on two national clusters.",
                 "Ported the collision kernels to CUDA: 9× faster on the A100 partition.",
                 "Set up CI with regression physics tests; teach the yearly software-carpentry course."])
    entry("2017–2020", "<b>Software Developer</b>, <i>Someș Software S.R.L.</i>, Cluj-Napoca, Romania.",
          None, ["Simulation back ends for civil-engineering clients in C++ and Python.",
                 "Moved the build from hand-written Makefiles to CMake and Docker images."])
    entry("07/2016–09/2016", "<b>Summer Intern</b>, <i>Bravura Games S.R.L.</i>, București, Romania.",
          "Physics and collision code for a mobile racing game.")
    section("Computer skills")
    for label, s in (("Programming", "C++, Python, Fortran"), ("HPC", "MPI, OpenMP, SLURM, CUDA"),
                     ("Tools", "Git, CMake, Docker")):
        cur.need(14)
        text(c, label, x0 + dcol, cur.y - 9, "Sans", 9, ink, "r")
        text(c, s, bx, cur.y - 9, "Sans", 9, ink)
        cur.y -= 14
    section("Languages")
    for lang, lvl, note in (("Romanian", "Mother tongue", ""), ("English", "C1", "Cambridge Advanced, 2013"),
                            ("German", "B2", "Goethe-Zertifikat")):
        text(c, lang, x0 + dcol, cur.y - 9, "Sans", 9, ink, "r")
        text(c, lvl, bx, cur.y - 9, "Sans-B", 9, ink)
        if note:
            text(c, note, x1, cur.y - 9, "Sans-I", 8.5, grey, "r")
        cur.y -= 14
    section("Interests")
    entry("", "Climbing in the Apuseni mountains; open-source maintenance (ampopescu/lbm-lite); choir.")
    c.showPage()
    c.save()


# =========================================================================================================
# DOCX resumes written with python-docx
# =========================================================================================================
def r02_eleanor_fairweather_osei(path):
    """UK CV in Word: centred name and contact, personal statement, Key skills in two columns, Employment
    history with the title bold and dates right-aligned by a tab, 'Employer, Town' italic below, a sentence of
    scope, then "Key achievements:" bullets under each role; professional qualifications; education; references."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "Eleanor Fairweather-Osei", b=True, size=20, align="c", after=0, color="203864")
    P(d, "Harrogate, North Yorkshire  •  07700 900 562  •  eleanor.fo@example.com", size=9.5, align="c", after=8)
    heading(d, "Personal statement", color="203864")
    P(d, "CIMA-qualified finance business partner with ten years in housing, manufacturing and food. I turn "
         "numbers into decisions for non-finance managers, and I like a tidy month-end.", after=4)
    heading(d, "Key skills", color="203864")
    t = new_table(d, 4, 2, (8.5, 8.5))
    sk = ["Budgeting and forecasting", "Variance analysis", "Power BI", "Excel (advanced)", "Sage 200",
          "Month-end close", "Stakeholder management", "Capital appraisal"]
    for i, s in enumerate(sk):
        c_ = t.cell(i // 2, i % 2)
        p = c_.paragraphs[0]
        p.style = d.styles["List Bullet"]
        run(p, s)
    heading(d, "Employment history", color="203864")
    for title, dates, org, scope, ach in (
        ("Finance Business Partner", "Sep 2020 – Present", "Calderbrook Housing Association, Leeds",
         "Partner the Director of Property Services (£38m revenue budget, £22m capital programme).",
         ["Rebuilt the five-year repairs forecast; the board approved it unchanged.",
          "Cut the month-end timetable from eight to five working days.",
          "Introduced Power BI cost dashboards now used by 40 budget holders."]),
        ("Management Accountant", "Jun 2017 – Aug 2020", "Wexley & Stone Ltd, Harrogate",
         "Monthly management accounts for a £60m precision-engineering group with three sites.",
         ["Built a standard-costing model that exposed £0.9m of under-recovered overheads.",
          "Led the Sage 200 upgrade and trained twelve users."]),
        ("Assistant Accountant", "Oct 2014 – May 2017", "Pennine Fresh Foods plc, Bradford",
         "Purchase ledger, accruals and balance-sheet reconciliations for the chilled division.",
         ["Cleared a two-year backlog of intercompany differences within six months.",
          "Passed all CIMA exams first time while working full-time."]),
    ):
        p = P(d, before=6, after=0, keep=True)
        tabs(p, (17.0, "r"))
        run(p, title, b=True)
        run(p, "\t" + dates, b=True)
        P(d, org, i=True, after=2, keep=True)
        P(d, scope, after=2)
        p = P(d, after=1, keep=True)
        run(p, "Key achievements:", b=True, size=10)
        bullets(d, ach)
    heading(d, "Professional qualifications", color="203864")
    P(d, "Chartered Global Management Accountant (CIMA), 2018")
    heading(d, "Education", color="203864")
    P(d, "BA (Hons) Accounting and Finance, 2:1 — University of Airedale, 2014")
    P(d, "A levels: Mathematics (A), Economics (A), Geography (B) — Ripon Grammar School, 2011")
    heading(d, "Interests", color="203864")
    P(d, "Fell running, choir (alto), treasurer of the Nidd Valley Harriers.")
    P(d, "References available on request.", i=True, before=8)
    docx_save(d, path, "Eleanor Fairweather-Osei")


def r05_angela_whitford(path):
    """US federal resume in the USAJOBS resume-builder shape: employer first, then place, dates, hours per week,
    title, Series / Grade, supervisor and may-contact line, duties paragraph; education as Degree / Major lines."""
    d = docx_new("Times New Roman", 11, margins=(2.2, 2.2, 2.5, 2.5), after=0)
    P(d, "Angela M. Whitford", b=True, size=15, after=0)
    P(d, "4417 Larkspur Court, Alexandria, VA 22304", after=0)
    P(d, "Mobile: 703-555-0129  |  Email: angela.whitford@example.com", after=0)
    P(d, "U.S. Citizen  |  Veterans' Preference: None  |  Highest grade held: GS-12 (current)", after=0)
    P(d, "Clearance: Public Trust (Moderate Risk), 2019", after=8)
    heading(d, "WORK EXPERIENCE", size=11, color="000000", font="Times New Roman")
    for org, place, dates, hours, title, sg, sup, duties in (
        ("National Watershed Authority, Office of Grants Oversight", "Washington, DC United States",
         "10/2019 - Present", "40", "Program Analyst", "Series: 0343  Grade: GS-12",
         "Supervisor: Janet Okoro (202-555-0147)  Okay to contact this Supervisor: Yes",
         "Monitor a $240 million portfolio of state and tribal watershed restoration grants. Review quarterly "
         "performance and financial reports against cooperative agreement terms; conduct 15 desk and site "
         "reviews per year; draft corrective action plans. Designed the grants risk-scoring model now used "
         "agency-wide (SAS, Tableau). Briefed the Deputy Administrator on high-risk awards monthly. Led a "
         "four-person team that cleared a 300-report closeout backlog in nine months."),
        ("Federal Seed and Soil Service, Central Plains Region", "Kansas City, MO United States",
         "06/2015 - 09/2019", "40", "Management Analyst", "Series: 0343  Grade: GS-11 (promoted from GS-9 in 2017)",
         "Supervisor: Robert Lindahl (816-555-0102)  Okay to contact this Supervisor: Yes",
         "Conducted workload and staffing analyses for 22 field offices. Wrote standard operating procedures for "
         "the regional cost-share program. Tracked performance measures for the annual performance report; "
         "automated the quarterly data call in Excel, saving roughly 120 staff hours a quarter."),
        ("Halvorsen Community Foundation", "Saint Paul, MN United States",
         "08/2012 - 05/2015", "32", "Grants Coordinator", "",
         "Supervisor: Maren Dahl (651-555-0190)  Okay to contact this Supervisor: Contact me first",
         "Coordinated three competitive grant cycles a year ($4 million). Screened applications, organized review "
         "panels and maintained the grants database. Prepared board dockets and grantee reports."),
    ):
        P(d, org, b=True, before=8)
        P(d, place)
        P(d, dates)
        P(d, "Hours per week: " + hours)
        P(d, title, b=True)
        if sg:
            P(d, sg)
        P(d, sup)
        p = P(d, before=3)
        run(p, "Duties, Accomplishments and Related Skills: ", b=True)
        run(p, duties)
    heading(d, "EDUCATION", size=11, color="000000", font="Times New Roman", before=12)
    for school, place, deg, major, date, extra in (
        ("Crestfield State University", "Topeka, KS United States", "Master of Public Administration", "", "05/2015",
         "GPA: 3.82 of a maximum 4.0  |  Credits Earned: 42 Semester hours"),
        ("Northgate College", "Duluth, MN United States", "Bachelor of Arts", "Political Science", "05/2012",
         "GPA: 3.55 of a maximum 4.0  |  Credits Earned: 124 Semester hours"),
    ):
        P(d, school, b=True, before=6)
        P(d, place)
        P(d, "Degree: " + deg)
        if major:
            P(d, "Major: " + major)
        P(d, "Completed: " + date)
        P(d, extra)
    heading(d, "SKILLS", size=11, color="000000", font="Times New Roman", before=12)
    P(d, "Grants management; Federal financial assistance regulations (2 CFR 200); Performance measurement; SAS; "
         "Tableau; Microsoft Excel")
    heading(d, "CERTIFICATIONS", size=11, color="000000", font="Times New Roman", before=12)
    P(d, "Federal Grants Management Certificate, 2020; Lean Six Sigma Yellow Belt, 2017")
    heading(d, "ADDITIONAL INFORMATION", size=11, color="000000", font="Times New Roman", before=12)
    P(d, "Awards: Agency Team Award (2021, 2023); Time-off award (2018). Volunteer: tax-preparation volunteer, "
         "2016-present.")
    docx_save(d, path, "Angela Whitford")


def r06_tobias_guenther(path):
    """German Lebenslauf written in English: photo placeholder cell and personal data table, then one
    borderless two-column table per section with the dates (MM/YYYY – MM/YYYY, 'since MM/YYYY') on the left and
    title bold, company, city on the right; IT skills rows; place, date and name at the end."""
    d = docx_new("Arial", 10, margins=(2.0, 2.0, 2.2, 2.2), after=1)
    P(d, "Curriculum Vitae", b=True, size=18, after=6, color="2F2F2F")
    t = new_table(d, 1, 2, (12.6, 3.8))
    left = t.cell(0, 0)
    cell(left, "Tobias Günther", b=True, size=13)
    for s in ("Date of birth: 14.02.1993 in Krefeld", "Nationality: German",
              "Address: Lindenthalgürtel 88, 50935 Köln", "Phone: +49 171 5550 482",
              "E-mail: tobias.guenther@example.de"):
        cell_add(left, s, size=9.5)
    right = t.cell(0, 1)
    cell(right, "[photo]", i=True, size=8, color="888888", align="c", fill="EDEDED")
    for _ in range(5):
        cell_add(right, "")

    def block(title, rows):
        heading(d, title, size=11.5, color="2F2F2F", before=10)
        tb = new_table(d, len(rows), 2, (4.0, 12.4))
        for i, (dates, lines) in enumerate(rows):
            cell(tb.cell(i, 0), dates, size=9.5, after=4)
            r = tb.cell(i, 1)
            cell(r, lines[0], b=True, size=10)
            for ln in lines[1:]:
                cell_add(r, ln, size=9.5)
            cell_add(r, "", after=2)

    block("Professional Experience", [
        ("since 12/2021", ["Senior Data Engineer", "Auental Mobility GmbH, Köln",
                           "• Own the streaming platform for 3,000 e-scooters and 900 car-sharing vehicles (Kafka, "
                           "Flink)",
                           "• Lead a team of four data engineers; introduced data contracts and dbt tests"]),
        ("03/2019 – 11/2021", ["Data Engineer", "Brückner & Voss Logistik GmbH, Duisburg",
                               "• Built the Spark and Airflow pipelines behind the pallet-tracking dashboards",
                               "• Migrated the data warehouse from an on-premises Oracle to Snowflake"]),
        ("10/2016 – 02/2019", ["Working Student, Business Intelligence", "Elbtal Versicherung AG, Hamburg",
                               "• SQL reporting for the claims department (20 h/week alongside the Master's)"]),
    ])
    block("Education", [
        ("10/2016 – 02/2019", ["M.Sc. Computer Science", "Hochschule Hansestadt Süd, Hamburg",
                               "Thesis: Exactly-once stream joins under late data (grade 1.3)"]),
        ("10/2012 – 09/2016", ["B.Sc. Business Informatics", "Universität Emsfeld, Münster"]),
        ("06/2012", ["Abitur", "Gymnasium am Stadtpark, Krefeld"]),
    ])
    block("IT Skills", [
        ("Programming", ["Python, Scala, SQL"]),
        ("Data", ["Apache Spark, Kafka, Flink, Airflow, dbt, Snowflake"]),
        ("Operations", ["Docker, Kubernetes, Terraform"]),
    ])
    block("Languages", [
        ("German", ["native"]),
        ("English", ["fluent (C1)"]),
        ("Turkish", ["basic (A2)"]),
    ])
    P(d, "Köln, 14.05.2024", before=18, after=0)
    P(d, "Tobias Günther", i=True)
    docx_save(d, path, "Tobias Günther")


def r10_shanice_whitlock_barnes(path):
    """Retail manager's Word resume with the employment history as a reverse-chronological ruled table (Dates |
    Position | Employer | Location) followed by highlights grouped by position; core skills as one bulleted
    line; education and certifications."""
    d = docx_new("Calibri", 10.5, margins=(1.6, 1.6, 1.8, 1.8))
    P(d, "SHANICE WHITLOCK-BARNES", b=True, size=19, align="c", after=0, color="7B2C3F")
    P(d, "Columbus, OH 43215 · (614) 555-0133 · shanice.wb@example.com", size=9.5, align="c", after=6)
    heading(d, "Summary", color="7B2C3F")
    P(d, "Store manager with 13 years in specialty and department-store retail. I grow sales through people: "
         "well-trained teams, clear floor plans and fast replenishment.")
    heading(d, "Core Skills", color="7B2C3F")
    P(d, "Visual merchandising • Inventory control • P&L management • Staff scheduling • Loss prevention • "
         "Oracle Retail • Microsoft Excel")
    heading(d, "Employment History", color="7B2C3F")
    rows = [("Dates", "Position", "Employer", "Location"),
            ("Mar 2020 – Present", "Store Manager", "Fernhollow Outfitters Inc.", "Columbus, OH"),
            ("Jan 2017 – Feb 2020", "Assistant Store Manager", "Fernhollow Outfitters Inc.", "Dayton, OH"),
            ("Aug 2013 – Dec 2016", "Department Supervisor", "Marlow & Pike Department Stores", "Dayton, OH"),
            ("Jun 2011 – Jul 2013", "Sales Associate (part-time)", "Kettleby Shoes", "Springfield, OH")]
    t = d.add_table(rows=len(rows), cols=4)
    col_widths(t, (3.8, 4.4, 5.2, 3.4))
    tborders(t, color="7B2C3F", sz=4)
    for i, r in enumerate(rows):
        for j, s in enumerate(r):
            cell(t.cell(i, j), s, b=(i == 0), size=9.5, color="FFFFFF" if i == 0 else None,
                 fill="7B2C3F" if i == 0 else None)
    heading(d, "Highlights", color="7B2C3F")
    for who, items in (
        ("Store Manager — Fernhollow Outfitters", [
            "Run a $9.8M outdoor-apparel store with 34 associates; comp sales +12% in 2023.",
            "Reduced shrink from 2.1% to 1.2% with a new receiving process and camera audit.",
            "Three assistant managers promoted to store manager since 2021."]),
        ("Assistant Store Manager — Fernhollow Outfitters", [
            "Owned scheduling and payroll; cut overtime 30% while meeting service targets.",
            "Led the 2018 store refit without closing a single trading day."]),
        ("Department Supervisor — Marlow & Pike", [
            "Managed home and kitchen department ($3.1M); top-three in the district for attachment rate."]),
        ("Sales Associate — Kettleby Shoes", [
            "Top seller in the store in 2012; opened and closed the store on weekends."]),
    ):
        P(d, who, b=True, before=4, after=1, keep=True)
        bullets(d, items)
    heading(d, "Education", color="7B2C3F")
    P(d, "Associate of Applied Science in Business Management, Greene River Community College, 2013")
    heading(d, "Certifications", color="7B2C3F")
    P(d, "ServSafe Food Handler (2022) · NRF Customer Service and Sales (2019)")
    docx_save(d, path, "Shanice Whitlock-Barnes")


def r13_wen_hsuan_liao(path):
    """One-page academic CV turning industry (Word): name with ", PhD", research interests line, Research &
    Industry Experience with tab-aligned dates (years and one season), Education, Selected Projects,
    Technical Skills, Selected Publications."""
    d = docx_new("Cambria", 10, margins=(1.5, 1.5, 1.9, 1.9), after=1)
    P(d, "Wen-Hsuan Liao, PhD", b=True, size=17, after=0)
    P(d, "Pittsburgh, PA · wenhsuan.liao@example.com · wliao.example.io · github.com/wliao-robotics", size=9,
      color="555555", after=2)
    P(d, "Robotics researcher moving into industry: state estimation, SLAM and learning-based perception for "
         "field robots.", i=True, size=9.5, after=4)

    def sec(t):
        heading(d, t, size=11, color="0B4F6C", before=6, after=2)

    def entry(title, dates, org, items):
        p = P(d, before=3, after=0, keep=True)
        tabs(p, (17.6, "r"))
        run(p, title, b=True)
        run(p, "\t" + dates)
        P(d, org, i=True, after=1, keep=True)
        bullets(d, items, size=9.5, after=0)

    sec("Research & Industry Experience")
    entry("Postdoctoral Scholar", "2021 – present", "Halden Polytechnic University, Field Robotics Center, "
                                                    "Pittsburgh, PA",
          ["Lead the perception stack of a federally funded agricultural robot; 3 field seasons, 600 km logged.",
           "Supervise two PhD students and four undergraduates."])
    entry("Machine Learning Intern", "Summer 2019", "Quillon Robotics, Boston, MA",
          ["Trained a lidar place-recognition network (PyTorch) shipped in the warehouse AMR product."])
    entry("Graduate Research Assistant", "2016 – 2021", "Westmarch University, Madison, WI",
          ["Built a factor-graph SLAM back end in C++ that runs on a 15 W embedded board."])
    sec("Education")
    for deg, school, yr in (("Ph.D. Computer Science", "Westmarch University", "2021"),
                            ("B.S. Electrical Engineering", "Keelung Bay University", "2015")):
        p = P(d, after=0)
        tabs(p, (17.6, "r"))
        run(p, deg, b=True)
        run(p, ", " + school)
        run(p, "\t" + yr)
    sec("Selected Projects")
    for name, desc in (("PoseGraphLite", " — header-only C++ pose-graph optimiser; 800 GitHub stars."),
                       ("TerraNav", " — open dataset of 40 h of orchard-robot lidar, camera and GNSS logs.")):
        p = P(d, after=0)
        run(p, name, b=True)
        run(p, desc)
    sec("Technical Skills")
    P(d, "Python, C++, PyTorch, ROS 2, CUDA, SLAM, Docker")
    sec("Selected Publications")
    for s in ("W.-H. Liao, M. Ortega. Tightly coupled lidar-inertial odometry for orchards. Field Robotics, 2023.",
              "W.-H. Liao, et al. Learning loop closures under seasonal change. IROS, 2021."):
        P(d, s, size=9, after=0)
    docx_save(d, path, "Wen-Hsuan Liao")


def r15_lucia_fernandez_ibarra(path):
    """Word template with a shaded left sidebar cell (photo circle, contact, skills, languages) and a main cell
    (profile, experience, education): one borderless 1x2 table holding the whole page."""
    d = docx_new("Calibri", 10, margins=(1.2, 1.2, 1.2, 1.2), after=1)
    t = new_table(d, 1, 2, (6.0, 12.6))
    sb, mn = t.cell(0, 0), t.cell(0, 1)
    cell(sb, "●", size=40, color="C8553D", align="c", fill="22333B")
    for s, kw in (("CONTACT", dict(b=True, color="F2D0A4", before=10)),
                  ("Madrid, Spain", dict(color="FFFFFF")), ("+34 600 555 214", dict(color="FFFFFF")),
                  ("lucia.fdz.ibarra@example.es", dict(color="FFFFFF")),
                  ("SKILLS", dict(b=True, color="F2D0A4", before=10))):
        cell_add(sb, s, size=9.5, **kw)
    for s in ("Content strategy", "SEO copywriting", "Editorial calendars", "WordPress", "Semrush",
              "Team leadership"):
        cell_add(sb, "▸ " + s, size=9.5, color="FFFFFF")
    cell_add(sb, "LANGUAGES", b=True, size=9.5, color="F2D0A4", before=10)
    for s in ("Spanish — native", "English — C2", "Catalan — B2"):
        cell_add(sb, s, size=9.5, color="FFFFFF")
    cell(mn, "Lucía Fernández Ibarra", b=True, size=22, color="22333B")
    cell_add(mn, "Head of Content · Travel & Fintech", size=11, color="C8553D", after=8)

    def h(s):
        p = cell_add(mn, s, b=True, size=11.5, color="22333B", before=8, after=2)
        pborder(p, "bottom", "C8553D", 6, 1)

    h("Profile")
    cell_add(mn, "Editor turned content lead. Nine years writing, planning and measuring content for travel and "
                 "fintech brands in Spanish and English.", size=9.5)
    h("Experience")
    for title, org, place, dates, items in (
        ("Head of Content", "Olivar Digital S.L.", "Remote (EU)", "Jan 2022 – now",
         ["Lead six writers and two SEO specialists across three fintech products.",
          "Organic sign-ups up 64% in 2023 after a full content-hub rebuild."]),
        ("Content Marketing Manager", "Tramuntana Travel S.A.", "Palma de Mallorca, Spain", "Apr 2018 – Dec 2021",
         ["Ran the blog and newsletter (310k subscribers) in four languages.",
          "Set up the editorial calendar and style guide still used today."]),
        ("Copywriter", "Agencia Brío", "Madrid, Spain", "Sep 2015 – Mar 2018",
         ["Campaign and web copy for hotel, airline and retail clients."]),
    ):
        p = cell_add(mn, "", before=4, after=0)
        run(p, title, b=True, size=10.5)
        run(p, "  |  " + dates, size=9.5, color="777777")
        cell_add(mn, org + " — " + place, i=True, size=9.5, after=1)
        cell_bullets(mn, items, size=9.5)
    h("Education")
    cell_add(mn, "BA Journalism — Universidad del Jarama, Madrid — 2015", size=9.5)
    cell_add(mn, "Postgraduate Certificate in Digital Marketing — Escuela Abierta de Negocios, 2017", size=9.5)
    docx_save(d, path, "Lucía Fernández Ibarra")


def r16_thandiwe_mokoena_venter(path):
    """South African Word CV with the name and contact in the page header, a company heading ('Company — City,
    Province') followed by the two positions held there, each with its own dates; key skills; education;
    professional registration."""
    d = docx_new("Calibri", 10.5, margins=(2.4, 2.0, 2.0, 2.0))
    hdr = d.sections[0].header
    hp = hdr.paragraphs[0]
    run(hp, "Thandiwe Mokoena-Venter", b=True, size=16, color="1E5631")
    hp2 = hdr.add_paragraph()
    run(hp2, "Mine Planning Engineer  |  Johannesburg  |  +27 82 555 0147  |  thandiwe.mv@example.co.za", size=9,
        color="555555")
    pborder(hp2, "bottom", "1E5631", 8, 2)
    heading(d, "Career Summary", color="1E5631")
    P(d, "Mining engineer with nine years in open-pit and underground planning across platinum and coal. "
         "I build schedules that production teams believe in.")
    heading(d, "Work Experience", color="1E5631")
    p = P(d, before=6, after=2, keep=True)
    run(p, "Karoo Ridge Mining (Pty) Ltd", b=True, size=11.5)
    run(p, " — Johannesburg, Gauteng", size=10.5)
    for title, dates, items in (
        ("Senior Mine Planning Engineer", "March 2021 – Present",
         ["Own the life-of-mine and five-year plans for two open pits (38 Mtpa total moved).",
          "Led the pit optimisation that added four years to the Klipdrift reserve."]),
        ("Mine Planning Engineer", "January 2018 – February 2021",
         ["Monthly and weekly short-term schedules; reconciled plan versus actual with the surveyors.",
          "Drill and blast designs for the new south-pit pushback."]),
    ):
        p = P(d, before=3, after=0, keep=True, indent=0.5)
        tabs(p, (16.5, "r"))
        run(p, title, b=True, i=True)
        run(p, "\t" + dates, i=True)
        for it in items:
            q = d.add_paragraph(style="List Bullet")
            run(q, it)
            q.paragraph_format.left_indent = Pt(42)
            q.paragraph_format.space_after = Pt(1)
    p = P(d, before=8, after=2, keep=True)
    run(p, "Umhlaba Geotechnical Consulting CC", b=True, size=11.5)
    run(p, " — Pretoria, Gauteng", size=10.5)
    p = P(d, before=3, after=0, keep=True, indent=0.5)
    tabs(p, (16.5, "r"))
    run(p, "Graduate Engineer", b=True, i=True)
    run(p, "\tFebruary 2015 – December 2017", i=True)
    for it in ("Slope-stability and geotechnical logging for five open-pit clients.",
               "Completed the company's graduate programme with rotations in design and site supervision."):
        q = d.add_paragraph(style="List Bullet")
        run(q, it)
        q.paragraph_format.left_indent = Pt(42)
    heading(d, "Key Skills", color="1E5631")
    bullets(d, ["Deswik", "Surpac", "GEOVIA Whittle", "Drill and blast design", "Mine scheduling", "AutoCAD"])
    heading(d, "Education", color="1E5631")
    P(d, "BSc (Eng) Mining Engineering — University of the Highveld, 2014")
    P(d, "National Senior Certificate — Pretoria Girls' Academy, 2010")
    heading(d, "Professional Registration", color="1E5631")
    P(d, "Candidate Engineer, ECSA (2016); Mine Manager's Certificate of Competency (Metalliferous), 2022")
    docx_save(d, path, "Thandiwe Mokoena-Venter")


def r20_luiza_goncalves_araujo(path):
    """Brazilian product person's English resume in Word: company bold with ' | City, State', a one-line company
    description in grey, title line with MM/YYYY - MM/YYYY dates right-tabbed, bullets; skills inline; education
    with the Portuguese degree name."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "Luíza Gonçalves Araújo", b=True, size=20, after=0, color="00695C")
    P(d, "Product Owner  ·  São Paulo, Brazil  ·  +55 11 95555-0173  ·  luiza.araujo@example.com.br", size=9.5,
      after=6)
    heading(d, "About me", color="00695C", rule=False)
    P(d, "Product owner with a business-analysis background in payments and agribusiness software. I write "
         "crisp stories, measure everything and keep the backlog honest.")
    heading(d, "Professional experience", color="00695C", rule=False)
    for comp, place, desc, title, dates, items in (
        ("Cajuína Pagamentos Ltda.", "São Paulo, SP", "Pix and card acquiring for 80,000 small merchants",
         "Product Owner", "12/2021 - present",
         ["Own the merchant onboarding squad's backlog (7 engineers, 1 designer).",
          "Cut onboarding time from 3 days to 40 minutes with automated KYC checks.",
          "Defined the Mixpanel event plan; weekly product metrics review with the CPO."]),
        ("Jabuticaba Sistemas S.A.", "Campinas, SP", "ERP software for mid-size agribusiness cooperatives",
         "Business Analyst", "03/2019 - 11/2021",
         ["Gathered requirements with 14 cooperatives for the grain-storage module.",
          "Wrote SQL reports and acceptance tests; ran sprint reviews with clients."]),
        ("Cooperativa Agrícola Serra Azul", "Ribeirão Preto, SP", "Coffee and sugar-cane growers' cooperative",
         "IT Intern", "01/2018 - 02/2019",
         ["Supported 120 users; documented the field-inspection app's processes."]),
    ):
        p = P(d, before=6, after=0, keep=True)
        run(p, comp, b=True)
        run(p, " | " + place)
        P(d, desc, i=True, size=9, color="777777", after=1, keep=True)
        p = P(d, after=1, keep=True)
        tabs(p, (17.4, "r"))
        run(p, title, b=True, color="00695C")
        run(p, "\t" + dates)
        bullets(d, items)
    heading(d, "Skills", color="00695C", rule=False)
    P(d, "Scrum, Backlog management, SQL, Jira, Figma, Mixpanel")
    heading(d, "Education", color="00695C", rule=False)
    P(d, "Bacharelado em Sistemas de Informação (BSc Information Systems) — Universidade Estadual do Vale do "
         "Tietê, 2018")
    heading(d, "Certifications & languages", color="00695C", rule=False)
    P(d, "Professional Scrum Product Owner I (2022) · Portuguese (native), English (C1), Spanish (B2)")
    docx_save(d, path, "Luíza Gonçalves Araújo")


# =========================================================================================================
# Word files converted to PDF by LibreOffice
# =========================================================================================================
def r08_karthik_venkataraman_docx(path):
    """Indian resume in Word (Liberation Serif): centred CURRICULUM VITAE, career objective, professional summary
    bullets, Professional Experience with 'Company: / Designation: / Duration:' lines and Project blocks (name,
    client, role, environment, description) inside each employer, a Technical Skills table, an education table
    with percentages, personal details, and a Declaration with place and date."""
    d = docx_new("Liberation Serif", 11, margins=(1.8, 1.8, 2.0, 2.0), after=1)
    P(d, "CURRICULUM VITAE", b=True, size=14, align="c", after=6, color="000000")
    t = new_table(d, 1, 2, (10.5, 6.5))
    cell(t.cell(0, 0), "KARTHIK VENKATARAMAN", b=True, size=13)
    cell_add(t.cell(0, 0), "Senior Software Engineer (Java / Spring Boot)", size=10)
    cell(t.cell(0, 1), "Mobile: +91 98400 55501", size=10, align="r")
    cell_add(t.cell(0, 1), "Email: karthik.venkat@example.in", size=10).alignment = 2
    cell_add(t.cell(0, 1), "Chennai, Tamil Nadu", size=10).alignment = 2
    p = P(d, after=2)
    pborder(p, "bottom", "000000", 12, 1)

    def sec(s):
        p = P(d, before=8, after=3, keep=True)
        run(p, s, b=True, size=11)
        shade(p, "D9E2F3")

    sec("CAREER OBJECTIVE")
    P(d, "To work in a challenging environment where I can use my skills in Java and cloud technologies for the "
         "growth of the organisation and my own professional development.")
    sec("PROFESSIONAL SUMMARY")
    bullets(d, ["7.9 years of IT experience in design, development and support of Java / J2EE applications.",
                "Strong experience in Spring Boot microservices, REST APIs and Oracle / MySQL databases.",
                "Good exposure to the insurance and banking domains; worked in Agile (Scrum) teams.",
                "Onsite experience of three months at the client location in Singapore (2022)."])
    sec("PROFESSIONAL EXPERIENCE")

    def employer(comp, desig_lines, dur_lines, projects):
        p = P(d, before=6, after=0)
        run(p, "Company: ", b=True)
        run(p, comp, b=True)
        for lab, val in desig_lines:
            p = P(d, after=0)
            run(p, lab, b=True)
            run(p, val)
        for lab, val in dur_lines:
            p = P(d, after=2)
            run(p, lab, b=True)
            run(p, val)
        for pr in projects:
            tb = new_table(d, len(pr), 2, (4.0, 13.0), borders=dict(color="808080", sz=4))
            for i, (k, v) in enumerate(pr):
                cell(tb.cell(i, 0), k, b=True, size=10)
                cell(tb.cell(i, 1), v, size=10)
            P(d, "", after=2)

    employer("Sundaram Infotech Solutions Pvt. Ltd., Chennai",
             [("Designation: ", "Senior Software Engineer")],
             [("Duration: ", "July 2020 – Till date")],
             [[("Project #1", "ClaimSwift – Health Claims Automation Portal"),
               ("Client", "A leading general insurer (Singapore)"),
               ("Role", "Module Lead"),
               ("Environment", "Java 11, Spring Boot, Kafka, Oracle 19c, Jenkins, AWS"),
               ("Description", "Rules-based adjudication of cashless claims; cut average settlement time from "
                               "6 days to 36 hours.")],
              [("Project #2", "PolicyHub – Agent Self-Service"),
               ("Client", "Internal product"),
               ("Role", "Developer"),
               ("Environment", "Spring Boot, Angular, MySQL, Docker"),
               ("Description", "REST services for policy issuance and endorsements used by 4,000 agents.")]])
    employer("Kaveri Data Systems Pvt. Ltd., Bengaluru",
             [("Designation: ", "Software Engineer (June 2017 – June 2020)"),
              ("Designation: ", "Trainee Software Engineer (August 2016 – May 2017)")],
             [("Duration: ", "August 2016 – June 2020")],
             [[("Project #1", "CoreLink – Retail Banking Middleware"),
               ("Client", "A co-operative bank in Karnataka"),
               ("Role", "Developer"),
               ("Environment", "Java 8, Spring, Hibernate, Oracle 12c, JUnit"),
               ("Description", "Integration layer between the core banking system and mobile banking; "
                               "handled 1.2 lakh transactions per day.")]])
    sec("TECHNICAL SKILLS")
    tb = new_table(d, 5, 2, (5.0, 12.0), borders=dict(color="808080", sz=4))
    for i, (k, v) in enumerate((("Programming Languages", "Java, SQL, JavaScript"),
                                ("Frameworks", "Spring Boot, Hibernate, Angular"),
                                ("Databases", "Oracle, MySQL"),
                                ("Tools", "Jenkins, Git, Maven, JIRA"),
                                ("Cloud", "AWS (EC2, S3, Lambda)"))):
        cell(tb.cell(i, 0), k, b=True, size=10)
        cell(tb.cell(i, 1), v, size=10)
    sec("EDUCATIONAL QUALIFICATION")
    rows = [("Qualification", "Institution", "Board / University", "Year", "Percentage"),
            ("B.E. (Computer Science and Engineering)", "Sri Ranganatha College of Engineering, Tiruchirappalli",
             "Kaveri Technological University", "2016", "78.4%"),
            ("HSC", "Sri Vidya Mandir Higher Secondary School", "State Board", "2012", "91.2%"),
            ("SSC", "Sri Vidya Mandir Matriculation School", "State Board", "2010", "94.6%")]
    tb = d.add_table(rows=4, cols=5)
    col_widths(tb, (4.2, 4.8, 3.8, 1.6, 2.4))
    tborders(tb, color="808080", sz=4)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell(tb.cell(i, j), v, b=(i == 0), size=9.5, fill="D9E2F3" if i == 0 else None)
    sec("PERSONAL DETAILS")
    for k, v in (("Father's Name", "R. Venkataraman"), ("Date of Birth", "11-03-1994"),
                 ("Languages Known", "English, Tamil, Hindi, Kannada"), ("Marital Status", "Married"),
                 ("Passport", "Available")):
        p = P(d, after=0)
        tabs(p, (4.5, "l"))
        run(p, k)
        run(p, "\t: " + v)
    sec("DECLARATION")
    P(d, "I hereby declare that the information furnished above is true to the best of my knowledge and belief.")
    p = P(d, before=10, after=0)
    tabs(p, (17.0, "r"))
    run(p, "Place: Chennai")
    run(p, "\t(KARTHIK VENKATARAMAN)")
    P(d, "Date: 10/06/2024")
    docx_save(d, path, "Karthik")


def r12_jose_ignacio_pena_ordonez_docx(path):
    """Mexican engineer's English resume in Word (Liberation Sans): employers typed in capitals with the legal
    form (S.A. DE C.V.), dates right-tabbed on the company line, italic title and grey place below, bullets;
    skills as a two-column table; education; languages."""
    d = docx_new("Liberation Sans", 10, margins=(1.7, 1.7, 1.9, 1.9), after=1)
    P(d, "José Ignacio Peña Ordóñez", b=True, size=19, after=0, color="1B4965")
    P(d, "Process Engineering Lead  |  Querétaro, México  |  +52 442 555 0164  |  ji.pena@example.mx", size=9,
      color="444444", after=6)
    heading(d, "PROFILE", size=10.5, color="1B4965")
    P(d, "Mechatronics engineer with nine years in automotive die-casting and machining plants (IATF 16949). "
         "I launch new parts, stabilise processes and train the people who run them.")
    heading(d, "EXPERIENCE", size=10.5, color="1B4965")
    for comp, dates, title, place, items in (
        ("AUTOPARTES DEL BAJÍO S.A. DE C.V.", "Jan 2020 – Present", "Process Engineering Lead", "Querétaro, Qro.",
         ["Lead five process engineers for 14 high-pressure die-casting cells (aluminium housings).",
          "Launched 9 new part numbers for two German OEMs with first-pass PPAP approval.",
          "Scrap down from 6.8% to 3.1% through DOE on cooling and spray parameters."]),
        ("MANUFACTURAS TÉCNICAS DEL NORTE S.A. DE C.V.", "Jul 2016 – Dec 2019", "Process Engineer",
         "Monterrey, N.L.",
         ["Owned PFMEAs and control plans for CNC machining lines (steering knuckles).",
          "Introduced SPC on critical bores; Cpk raised from 1.0 to 1.67."]),
        ("FUNDICIONES ACEÑA S.A.", "Jan 2015 – Jun 2015", "Quality Intern", "Saltillo, Coah.",
         ["Dimensional audits and Minitab capability studies for the foundry's quality lab."]),
    ):
        p = P(d, before=6, after=0, keep=True)
        tabs(p, (17.6, "r"))
        run(p, comp, b=True)
        run(p, "\t" + dates, size=9.5)
        P(d, title, i=True, after=0, keep=True)
        P(d, place, size=9, color="777777", after=1, keep=True)
        bullets(d, items, size=9.5)
    heading(d, "SKILLS", size=10.5, color="1B4965")
    t = new_table(d, 3, 2, (8.8, 8.8))
    for i, s in enumerate(("PFMEA", "Control plans", "SPC", "Minitab", "SolidWorks", "Lean manufacturing")):
        cell(t.cell(i // 2, i % 2), "■ " + s, size=9.5)
    heading(d, "EDUCATION", size=10.5, color="1B4965")
    P(d, "B.Eng. Mechatronics Engineering — Instituto Tecnológico de la Sierra Gorda, 2015")
    heading(d, "CERTIFICATIONS & LANGUAGES", size=10.5, color="1B4965")
    P(d, "Six Sigma Green Belt (2019) · IATF 16949 Internal Auditor (2021) · Spanish (native), English (C1)")
    docx_save(d, path, "José Ignacio Peña")


# =========================================================================================================
# Job descriptions: DOCX and PDF
# =========================================================================================================
def jd06_kranich_logistik_lead_frontend_developer(path):
    """German employer's English vacancy in Word: letterhead with the legal name and street, title with
    '(m/w/d)', a facts line, intro, Your tasks, Your profile, Nice to have, What we offer, contact person."""
    d = docx_new("Arial", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=2)
    t = new_table(d, 1, 2, (9.0, 7.6))
    cell(t.cell(0, 0), "Kranich Logistik GmbH", b=True, size=14, color="C0392B")
    cell_add(t.cell(0, 0), "Digital Products", size=9, color="666666")
    cell(t.cell(0, 1), "Hafenstraße 12 · 20457 Hamburg", size=8.5, color="666666", align="r")
    cell_add(t.cell(0, 1), "karriere.kranich-logistik.example", size=8.5, color="666666").alignment = 2
    P(d, "Lead Frontend Developer (m/w/d)", b=True, size=17, before=14, after=2)
    P(d, "Hamburg (hybrid, 2 days a week in the office) · Full-time · Permanent · Start: as soon as possible",
      size=9.5, color="555555", after=8)
    P(d, "Kranich moves 1.8 million pallets a year across Germany, Poland and the Czech Republic. Our Digital "
         "Products team (28 people) builds the shipper portal, the driver app and the yard-management tools. We "
         "are looking for a Lead Frontend Developer (m/w/d) to lead our five-person frontend guild.")

    def h(s):
        P(d, s, b=True, size=12, color="C0392B", before=10, after=3, keep=True)

    h("Your tasks")
    bullets(d, ["Technical lead for the shipper portal and our shared component library",
                "Set frontend architecture, coding standards and review practice with the guild",
                "Work with product and UX on discovery, estimates and the quarterly roadmap",
                "Coach and hire frontend developers"])
    h("Your profile")
    bullets(d, ["6+ years of professional frontend development, at least 2 of them leading a team or a codebase",
                "Expert knowledge of TypeScript and React",
                "Experience with design systems and component libraries",
                "Solid understanding of web accessibility (WCAG 2.1, BITV 2.0)",
                "Very good German and English (C1 or above)"])
    h("Nice to have")
    bullets(d, ["Experience with micro-frontends or module federation",
                "Background in logistics, transport or supply-chain software",
                "Knowledge of Playwright or Cypress"])
    h("What we offer")
    bullets(d, ["€78,000 – €92,000 gross per year, depending on experience",
                "30 days of holiday plus 24 and 31 December",
                "Deutschlandticket and JobRad bike leasing",
                "Training budget of €2,000 a year"])
    h("Contact")
    P(d, "Please send your CV and your earliest start date to Jana Hoffmann, Talent Acquisition, "
         "jobs@kranich-logistik.example. We look forward to hearing from you!")
    P(d, "Kranich Logistik GmbH · Amtsgericht Hamburg HRB 000000 · Geschäftsführer: Dirk Brandt", size=8,
      color="888888", before=14)
    docx_save(d, path, "Kranich Logistik GmbH")


def jd08_corvane_aerospace_systems_engineer_level_3(path):
    """UK aerospace vacancy in Word: company and division banner, title 'Systems Engineer Level 3', shaded job
    facts table (grade, location, hours, clearance, closing date), About the role, Key responsibilities,
    Requirements, Nice to have, benefits, security-vetting and equal-opportunities footer."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0), after=2)
    p = P(d, after=0)
    run(p, "CORVANE AEROSPACE", b=True, size=16, color="0A2463")
    P(d, "Avionics & Mission Systems", size=10, color="3E92CC", after=10)
    P(d, "Systems Engineer Level 3", b=True, size=18, after=6)
    t = new_table(d, 5, 2, (4.5, 12.5), borders=dict(color="BFBFBF", sz=4))
    for i, (k, v) in enumerate((("Grade", "Level 3 (of 6) — £48,000 to £56,000"),
                                ("Location", "Filton, Bristol (hybrid, 3 days on site)"),
                                ("Hours", "37 per week, flexi-time"),
                                ("Security", "Must be eligible for SC clearance"),
                                ("Closing date", "28 June 2024"))):
        cell(t.cell(i, 0), k, b=True, fill="E8EEF7")
        cell(t.cell(i, 1), v)

    def h(s):
        P(d, s, b=True, size=12, color="0A2463", before=10, after=3, keep=True)

    h("About the role")
    P(d, "Corvane Aerospace designs mission computers and display systems for rotary-wing and transport aircraft. "
         "You will join the systems team for a new helicopter mission-system upgrade, owning requirements and "
         "interfaces from bid through to flight trials.")
    h("Key responsibilities")
    bullets(d, ["Capture, decompose and manage system and subsystem requirements in DOORS Next",
                "Define interfaces (ARINC 429, MIL-STD-1553, Ethernet) with hardware and software leads",
                "Plan and witness integration and qualification testing",
                "Support safety assessments and certification evidence"])
    h("Requirements")
    bullets(d, ["A degree in engineering, physics or a related subject",
                "At least 4 years' systems engineering experience in aerospace, defence or another regulated "
                "sector",
                "Requirements management and MBSE experience (SysML, Cameo or Rhapsody)",
                "Working knowledge of ARP4754A and DO-178C or DO-254",
                "Eligibility for SC security clearance"])
    h("Nice to have")
    bullets(d, ["Experience of military avionics or mission systems",
                "Chartered Engineer status or working towards it",
                "Experience with flight trials or aircraft installation"])
    h("What we offer")
    P(d, "Up to 12% employer pension contribution, 25 days' holiday plus bank holidays with the option to buy five "
         "more, private medical cover and a paid professional-institution membership.")
    P(d, "Owing to the nature of this role, successful applicants will be subject to security vetting. Corvane "
         "Aerospace Ltd is an equal opportunities employer and a Disability Confident Committed employer.",
      size=8.5, color="666666", before=12)
    docx_save(d, path, "Corvane Aerospace Ltd")


def jd05_ashcombe_partners_principal_structural_engineer(path):
    """Australian consultancy's one-page PDF: wordmark and discipline line, title, facts strip, About the role,
    What you'll do, Requirements, Preferred, What we offer, How to apply, footer with the Pty Ltd name and ABN."""
    c = new_canvas(path, A4, "Principal Structural Engineer - Ashcombe Partners", "Ashcombe Partners",
                   "Adobe InDesign 19.0")
    W, H = A4
    green, ink, grey = HexColor("#2E5E4E"), HexColor("#1E1E1E"), HexColor("#666666")
    x0, x1 = 50, W - 50
    box(c, x0, H - 78, 30, 30, fill=green)
    text(c, "A", x0 + 15, H - 70, "Serif-B", 20, WHITE, "c")
    text(c, "Ashcombe Partners", x0 + 40, H - 62, "Serif-B", 17, green)
    text(c, "Structural & Civil Engineers · Brisbane · Gold Coast · Townsville", x0 + 40, H - 76, "Sans", 8.5, grey)
    cur = Cursor(c, x0, x1 - x0, H - 100)
    cur.para("Principal Structural Engineer", "Sans-B", 20, ink, after=6)
    box(c, x0, cur.y - 20, x1 - x0, 20, fill=HexColor("#EAF1EE"))
    text(c, "Brisbane, QLD (hybrid)   |   Full-time, permanent   |   Ref: AP-2291   |   Closes 5 July 2024",
         x0 + 8, cur.y - 13.5, "Sans", 8.5, ink)
    cur.gap(32)

    def h(s):
        cur.gap(4)
        cur.row(s, "", "Sans-B", 11, color=green, after=2)

    h("About the role")
    cur.para("Ashcombe Partners is a 140-person structural and civil consultancy working on health, education, "
             "residential and infrastructure projects across Queensland. We are looking for a Principal to lead "
             "our building structures team of twelve engineers and drafters in Brisbane.", "Sans", 9, ink)
    h("What you'll do")
    cur.bullets(["Lead the design of multi-storey buildings from concept to construction phase.",
                 "Review and certify calculations and drawings as the responsible RPEQ.",
                 "Win and manage client relationships; prepare fee proposals and programmes.",
                 "Mentor engineers and grow the team's technical capability."], "Sans", 9, "•", ink)
    h("Requirements")
    cur.bullets(["Bachelor's degree in Civil or Structural Engineering",
                 "12+ years of structural design experience, including multi-storey concrete and steel buildings",
                 "Registered Professional Engineer of Queensland (RPEQ), or eligible within six months",
                 "Proven ability to lead design teams and review others' calculations",
                 "Strong working knowledge of AS 3600, AS 4100 and AS/NZS 1170"], "Sans", 9, "•", ink)
    h("Preferred")
    cur.bullets(["Master's degree in Structural Engineering",
                 "Experience with timber (CLT/glulam) or hybrid structures",
                 "Proficiency in ETABS, RAM Concept or SPACE GASS"], "Sans", 9, "•", ink)
    h("What we offer")
    cur.para("A salary of $190,000–$215,000 plus superannuation, a performance bonus, nine-day fortnight option, "
             "paid Engineers Australia membership and an annual professional development allowance.", "Sans", 9,
             ink)
    h("How to apply")
    cur.para("Send your CV and a short cover letter to careers@ashcombe.example quoting AP-2291. We respect your "
             "privacy: recruitment agencies please do not contact us about this role.", "Sans", 9, ink)
    hline(c, x0, x1, 46, green, 0.6)
    text(c, "Ashcombe Partners Pty Ltd · ABN 00 000 000 000 · Level 9, 120 Ann Street, Brisbane QLD 4000", W / 2, 34,
         "Sans", 7.5, grey, "c")
    c.showPage()
    c.save()


def jd09_orvella_bank_senior_product_manager(path):
    """A careers-site page printed to PDF from a browser: date/time and page title in the running header, URL and
    page number in the footer, site navigation, 'Role (Team) — Company' title, Apply now / Share this job,
    sections, compensation, EEO statement, cookie notice at the end."""
    W, H = LETTER
    c = new_canvas(path, LETTER, "Senior Product Manager (Payments) — Orvella Bank", "", "Chromium")
    ink, grey, blue = HexColor("#1A1A1A"), HexColor("#6B6B6B"), HexColor("#5B2A86")
    x0, x1 = 54, W - 54
    page = [1]

    def furniture(cv):
        text(cv, "6/10/24, 9:00 AM", 24, H - 18, "Arial", 7.5, ink)
        text(cv, "Senior Product Manager (Payments) — Orvella Bank", W / 2, H - 18, "Arial", 7.5, ink, "c")
        text(cv, "https://careers.orvellabank.example/jobs/4471-senior-product-manager-payments", 24, 16, "Arial",
             7.5, ink)
        text(cv, f"{page[0]}/1", W - 24, 16, "Arial", 7.5, ink, "r")
        page[0] += 1
        return H - 40

    y = furniture(c)
    text(c, "ORVELLA", x0, y - 14, "Arial-B", 14, blue)
    text(c, "Careers     Teams     Locations     Life at Orvella     Search jobs", x1, y - 13, "Arial", 8.5, grey, "r")
    hline(c, x0, x1, y - 24, HexColor("#DDDDDD"), 0.6)
    cur = Cursor(c, x0, x1 - x0, y - 40, bottom=44, on_new_page=furniture)
    cur.para("Senior Product Manager (Payments) — Orvella Bank", "Arial-B", 18, ink, after=4)
    cur.para("London, UK · Hybrid · Product · Full-time · Job ID 4471", "Arial", 9, grey, after=8)
    box(c, x0, cur.y - 22, 84, 22, fill=blue, r=4)
    text(c, "Apply now", x0 + 42, cur.y - 14.5, "Arial-B", 9.5, WHITE, "c")
    text(c, "Share this job:  LinkedIn · Email · Copy link", x0 + 100, cur.y - 14.5, "Arial", 8.5, grey)
    cur.gap(36)

    def h(s):
        cur.gap(4)
        cur.row(s, "", "Arial-B", 12, color=ink, after=3)

    h("The team")
    cur.para("Orvella is a UK-licensed digital bank for small businesses, with 310,000 customers and a full banking "
             "licence since 2021. The Payments team owns everything that moves money in and out of an Orvella "
             "account: Faster Payments, Bacs, SEPA, card issuing and our new payment-links product.", "Arial", 9.5,
             ink)
    h("What you'll do")
    cur.bullets(["Own the strategy and roadmap for outbound payments and payment links.",
                 "Work with engineering, risk, compliance and operations to ship reliable, regulated products.",
                 "Talk to customers every week and turn what you learn into clear problem statements.",
                 "Set and report on the team's OKRs with the Head of Payments."], "Arial", 9.5, "•", ink)
    h("What you'll bring")
    cur.bullets(["6+ years of product management experience, with at least 3 in payments or fintech",
                 "Deep understanding of card and account-to-account payment flows (ISO 20022, SEPA, Faster "
                 "Payments)",
                 "A track record of shipping platform or API products used by other teams",
                 "Comfort with data: you write your own SQL and define success metrics"], "Arial", 9.5, "•", ink)
    h("Bonus points")
    cur.bullets(["Experience with fraud, disputes or chargebacks",
                 "Worked in a regulated bank or e-money institution",
                 "Technical background (engineering degree or former engineer)"], "Arial", 9.5, "•", ink)
    h("Compensation")
    cur.para("£95,000 – £115,000 base, share options, 10% pension, 27 days' holiday, private healthcare and a "
             "£1,500 learning budget.", "Arial", 9.5, ink)
    cur.para("Orvella Bank is an equal opportunity employer. We welcome applicants of every background and will "
             "make reasonable adjustments at any stage; tell us what you need.", "Arial", 8.5, grey, after=10)
    box(c, x0, cur.y - 22, 84, 22, fill=blue, r=4)
    text(c, "Apply now", x0 + 42, cur.y - 14.5, "Arial-B", 9.5, WHITE, "c")
    cur.gap(34)
    cur.para("Similar jobs: Product Manager, Cards · Senior Product Manager, Lending · Product Analyst", "Arial", 8.5,
             grey, after=10)
    cur.para("We use cookies to make this site work and to understand how you use it. Accept all · Reject "
             "non-essential · Cookie settings", "Arial", 8, grey)
    cur.para("© 2024 Orvella Bank Ltd. Registered in England and Wales. Authorised by the Prudential Regulation "
             "Authority and regulated by the Financial Conduct Authority and the PRA.", "Arial", 7.5, grey)
    c.showPage()
    c.save()


# =========================================================================================================
# build lists, extraction and the check
# =========================================================================================================
PDF_RESUMES = [r01_tomasz_wierzbicki, r03_daniel_okafor_reyes, r11_grace_mwangi_holt, r19_hannah_oyelaran_price,
               r23_catherine_ashdown_mbeki, r24_ana_maria_popescu]
DOCX_RESUMES = [r02_eleanor_fairweather_osei, r05_angela_whitford, r06_tobias_guenther, r10_shanice_whitlock_barnes,
                r13_wen_hsuan_liao, r15_lucia_fernandez_ibarra, r16_thandiwe_mokoena_venter,
                r20_luiza_goncalves_araujo]
CONVERTED = {"r08_karthik_venkataraman": r08_karthik_venkataraman_docx,
             "r12_jose_ignacio_pena_ordonez": r12_jose_ignacio_pena_ordonez_docx}
JD_DOCX = [jd06_kranich_logistik_lead_frontend_developer, jd08_corvane_aerospace_systems_engineer_level_3]
JD_PDF = [jd05_ashcombe_partners_principal_structural_engineer, jd09_orvella_bank_senior_product_manager]

# what this set promises: resumes 8 PDF (2 converted by LibreOffice), 8 DOCX, 5 TXT, 3 MD; JDs 6 TXT, 2 MD, 2 DOCX,
# 2 PDF
EXPECTED = {"resumes": {"pdf": 8, "docx": 8, "txt": 5, "md": 3}, "jds": {"txt": 6, "md": 2, "docx": 2, "pdf": 2}}


def main():
    if "--check" not in sys.argv:
        buildkit.build(RES, JDS, pdf_resumes=PDF_RESUMES, docx_resumes=DOCX_RESUMES, converted=CONVERTED,
                       jd_docx=JD_DOCX, jd_pdf=JD_PDF)
    return buildkit.check_labels(HERE, formats=EXPECTED)


if __name__ == "__main__":
    sys.exit(main())
