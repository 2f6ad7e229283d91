"""Rebuild every document of the sixteenth fresh set from the content held in this script, then check that every
labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh16/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh16/build.py --check   # check only

reportlab draws six resume PDFs (r01, r04, r09, r10, r16, r22) and the two PDF job descriptions (jd05, jd09) on a
canvas (invariant=1, TrueType DejaVu / Liberation fonts registered by ../buildkit.py); python-docx writes the DOCX
files (r02, r07, r08, r12, r17, r18, r23, jd03, jd08, jd12) through buildkit (fixed core properties, fixed ZIP
entry timestamps); three resumes (r06, r13, r21) are Word files that LibreOffice (`soffice --headless --convert-to
pdf`) turns into PDF, rewritten by buildkit through pypdf with fixed metadata and a fixed document ID. The TXT and
Markdown documents (r03, r05, r11, r14, r15, r19, r20, r24; jd01, jd02, jd04, jd06, jd07, jd10, jd11) are held
here as strings and written as UTF-8 with LF line ends. A rebuild gives the same bytes, except that LibreOffice
may lay a PDF out identically yet write it with different object bytes (see ../README.md).

The check (buildkit.check_labels, with this set's format counts) extracts text with pypdf (PDF), python-docx
(DOCX: header paragraphs, body paragraphs, every table cell including nested tables) or a plain read (TXT/MD),
collapses whitespace, and confirms that every labelled name, employer, title, location, skill, project, school
and education year, and every JD title / role / company / must-have / nice-to-have string is found; that each
resume's employers / titles lists are the unique role values in order; that dates have the YYYY / YYYY-MM /
present form; that splits and formats follow the file names; and that no PDF has more than two pages.

Everything is fictional: every person, employer, client, agency, school, university, municipality, health
authority, military unit, project and referee was invented for this set. Real names appear only as places,
countries, the U.S. Army as a service branch, standards, codes, schemes, regulators, professional bodies,
certifications and products (e.g. AHPRA, GPhC, TSC, ICAN, SAIPA, IHK, NEC, OSHA, HACCP, EQF / CEFR, PMP, SAP,
Opera PMS, Lightspeed, Zendesk, Tableau, Kubernetes).
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
TAG = "fresh16"
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


def spaced(c, s, x, y, font, size, color, space=1.6, how="l"):
    """Letter-spaced heading text (Canva / template look); one string, drawn with a character spacing."""
    c.setFillColor(color)
    c.setFont(font, size)
    w = sw(s, font, size) + space * (len(s) - 1)
    if how == "r":
        x -= w
    elif how == "c":
        x -= w / 2
    c.drawString(x, y, s, charSpace=space)
    return w


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


def silhouette(c, cx, cy, r, bg, fg):
    """A round photo placeholder with a head-and-shoulders silhouette (no text)."""
    c.saveState()
    p = c.beginPath()
    p.circle(cx, cy, r)
    c.clipPath(p, stroke=0, fill=0)
    c.setFillColor(bg)
    c.rect(cx - r, cy - r, 2 * r, 2 * r, fill=1, stroke=0)
    c.setFillColor(fg)
    c.circle(cx, cy + r * 0.18, r * 0.33, fill=1, stroke=0)
    c.ellipse(cx - r * 0.62, cy - r * 1.15, cx + r * 0.62, cy - r * 0.15, fill=1, stroke=0)
    c.restoreState()


# =========================================================================================================
# reportlab resumes
# =========================================================================================================
def r01_aroha_tipene_whitlock(path):
    """Canva-style two-column PDF: dark left sidebar with a round photo placeholder, drawn contact icons, skills
    with progress bars, languages with dots and education; the main column has the name on two lines, a
    letter-spaced subtitle and headings, and per role a bold title, a 'Company | Town' line and the dates in a
    pill badge at the right ('MAR 2021 – PRESENT')."""
    c = new_canvas(path, A4, "Aroha Tipene-Whitlock - Resume", "Aroha Tipene-Whitlock", "Canva")
    teal = HexColor("#1d4e57")
    sand = HexColor("#f3e9dc")
    coral = HexColor("#e07a5f")
    pale = HexColor("#9fb8bc")
    box(c, 0, 0, 205, 842, fill=teal)
    silhouette(c, 102, 738, 54, sand, pale)
    c.setStrokeColor(coral)
    c.setLineWidth(3)
    c.circle(102, 738, 57, fill=0, stroke=1)

    SX = 26

    def shead(s, y):
        spaced(c, s, SX, y, "Sans-B", 10.5, sand, 2.0)
        hline(c, SX, 180, y - 6, coral, 1.2)
        return y - 24

    # contact with drawn icons
    y = shead("CONTACT", 650)
    def icon(kind, x, y):
        c.setFillColor(coral)
        c.setStrokeColor(coral)
        c.circle(x + 6, y + 3, 7.5, fill=1, stroke=0)
        c.setFillColor(WHITE)
        c.setStrokeColor(WHITE)
        c.setLineWidth(0.9)
        if kind == "phone":
            c.roundRect(x + 3.6, y - 1.5, 4.8, 9, 1, fill=0, stroke=1)
        elif kind == "mail":
            c.rect(x + 1.8, y, 8.4, 6, fill=0, stroke=1)
            c.line(x + 1.8, y + 6, x + 6, y + 2.6)
            c.line(x + 6, y + 2.6, x + 10.2, y + 6)
        elif kind == "pin":
            c.circle(x + 6, y + 5, 2.6, fill=1, stroke=0)
            p = c.beginPath()
            p.moveTo(x + 3.6, y + 4)
            p.lineTo(x + 8.4, y + 4)
            p.lineTo(x + 6, y - 1.5)
            p.close()
            c.drawPath(p, fill=1, stroke=0)
        else:
            c.circle(x + 6, y + 3, 4.2, fill=0, stroke=1)
            c.line(x + 1.8, y + 3, x + 10.2, y + 3)
            c.ellipse(x + 4.2, y - 1.2, x + 7.8, y + 7.2, fill=0, stroke=1)

    for kind, s in (("phone", "021 555 0193"), ("mail", "aroha.tw@example.co.nz"),
                    ("pin", "Christchurch, New Zealand"), ("web", "linkedin.com/in/arohatw-example")):
        icon(kind, SX, y)
        text(c, s, SX + 20, y, "Sans", 8.3, WHITE)
        y -= 20
    y = shead("SKILLS", y - 8)
    for s, lvl in (("Visual merchandising", 0.95), ("Stock control", 0.85), ("Rostering", 0.8),
                   ("Team coaching", 0.9), ("Lightspeed POS", 0.85), ("Microsoft Excel", 0.7)):
        text(c, s, SX, y, "Sans", 8.8, WHITE)
        box(c, SX, y - 9, 154, 4, fill=HexColor("#2f6a74"), r=2)
        box(c, SX, y - 9, 154 * lvl, 4, fill=coral, r=2)
        y -= 24
    y = shead("LANGUAGES", y - 6)
    for s, n in (("English", 5), ("te reo Māori", 3)):
        text(c, s, SX, y, "Sans", 8.8, WHITE)
        for k in range(5):
            c.setFillColor(coral if k < n else HexColor("#2f6a74"))
            c.circle(SX + 104 + k * 11, y + 3, 3.6, fill=1, stroke=0)
        y -= 18
    y = shead("EDUCATION", y - 8)
    y = para_pdf(c, "New Zealand Diploma in Business (Level 5)", SX, y + 8, 158, "Sans-B", 8.8, 11.5, WHITE)
    y = para_pdf(c, "Canterbury Plains Polytechnic", SX, y - 2, 158, "Sans", 8.6, 11.5, sand)
    text(c, "2015 – 2017 (part-time)", SX, y - 11, "Sans", 8.3, pale)
    y -= 30
    y = shead("REFERENCES", y - 8)
    para_pdf(c, "Referees available on request.", SX, y + 8, 158, "Sans-I", 8.5, 11.5, sand)

    # main column
    X, W = 230, 335
    text(c, "AROHA", X, 770, "Sans-B", 30, teal)
    text(c, "TIPENE-WHITLOCK", X, 738, "Sans-B", 24, teal)
    spaced(c, "RETAIL STORE MANAGER", X, 716, "Sans", 10.5, coral, 3.0)
    f = Flow(c, X, W, 690, bottom=40)

    def sec(s):
        f.gap(8)
        f.y -= 11
        spaced(c, s, X, f.y, "Sans-B", 11, teal, 2.2)
        hline(c, X, X + W, f.y - 6, coral, 1.2)
        f.y -= 16

    sec("PROFILE")
    f.para("Hands-on retail manager with ten years on the shop floor, from the till to running a NZ$4M store. I "
           "like tidy stockrooms, windows that stop people walking past and teams that know why the numbers "
           "matter.", font="Sans", size=9, lead=12.5)
    sec("WORK EXPERIENCE")
    for title, comp, dates, items in (
            ("Store Manager", "Kōwhai & Co Retail Ltd  |  Christchurch", "MAR 2021 – PRESENT", [
                "Lead a team of 14 in a 600 m² homewares and gifting store with annual sales of NZ$4.2M.",
                "Grew sales 18% in two years by reworking the floor plan and the seasonal displays.",
                "Cut shrinkage from 2.1% to 0.9% with weekly cycle counts and a clear receiving routine."]),
            ("Assistant Store Manager", "Kōwhai & Co Retail Ltd  |  Timaru", "JUN 2018 – FEB 2021", [
                "Ran the store on the manager's days off: rosters, banking, opening and closing.",
                "Trained new starters on Lightspeed POS, lay-bys and the returns policy."]),
            ("Visual Merchandiser", "Southern Alps Outfitters Ltd  |  Queenstown", "JAN 2016 – MAY 2018", [
                "Planned window and in-store displays for three outdoor-clothing stores.",
                "Set up the winter ski-hire corner that became the region's best-selling section."]),
            ("Retail Sales Assistant", "Harbourside Books & Gifts  |  Dunedin", "2013 – 2015", [
                "Customer service, till, gift wrapping and stock replenishment."])):
        f.room(52)
        f.y -= 12
        text(c, title, X, f.y, "Sans-B", 11, teal)
        bw = sw(dates, "Sans-B", 7.5) + 14
        box(c, X + W - bw, f.y - 3, bw, 13, fill=sand, r=6.5)
        text(c, dates, X + W - bw / 2, f.y + 0.5, "Sans-B", 7.5, teal, "c")
        f.y -= 13
        text(c, comp, X, f.y, "Sans", 9, coral)
        f.y -= 5
        f.bullets(items, font="Sans", size=8.8, indent=10, gap=1.2, color=BLACK)
        f.gap(5)
    sec("ACHIEVEMENTS")
    f.bullets(["Regional Store of the Year, Kōwhai & Co (2023).",
               "Shortlisted, South Island Retail Awards – Visual Display (2017)."], font="Sans", size=8.8, indent=10)
    c.save()


def r04_lukas_brandstaetter(path):
    """German Lebenslauf in English: 'Curriculum Vitae' heading, photo box top right, personal data with
    labels (date and place of birth, nationality, marital status), sections with a left date column
    ('since 04/2020', '09/2015 – 03/2020') and the title / 'Company GmbH, Town' / bullets at the right, a
    voluntary-service section, an IT-skills label table, languages, place, date and a drawn signature."""
    c = new_canvas(path, A4, "Lebenslauf Lukas Brandstätter", "Lukas Brandstätter", "Microsoft Word")
    navy = HexColor("#203864")
    L, DX, RX, RW = 56, 56, 178, 362
    text(c, "Curriculum Vitae", L, 778, "Arial-B", 22, navy)
    hline(c, L, 420, 768, navy, 1.2)
    # photo box
    box(c, 440, 650, 100, 128, fill=HexColor("#e4e7ec"), stroke=HexColor("#9aa3b0"), width=0.8)
    c.saveState()
    p = c.beginPath()
    p.rect(440, 650, 100, 128)
    c.clipPath(p, stroke=0, fill=0)
    c.setFillColor(HexColor("#b4bcc8"))
    c.circle(490, 730, 24, fill=1, stroke=0)
    c.ellipse(450, 620, 530, 700, fill=1, stroke=0)
    c.restoreState()
    y = 748
    text(c, "Personal Details", L, y, "Arial-B", 12, navy)
    y -= 18
    for k, v in (("Name", "Lukas Brandstätter"), ("Address", "Königstraße 48, 70173 Stuttgart"),
                 ("Phone", "+49 711 5550 1842"), ("Email", "lukas.brandstaetter@example.de"),
                 ("Date and place of birth", "17.08.1990 in Heilbronn"), ("Nationality", "German"),
                 ("Marital status", "Married, one child")):
        text(c, k, DX, y, "Arial", 9.5, GREY)
        text(c, v, RX, y, "Arial", 9.5)
        y -= 12.5
    f = Flow(c, RX, RW, y - 2, bottom=40, new_page=lambda cc: 790)

    def sec(s):
        f.room(50)
        f.gap(8)
        f.y -= 12
        text(c, s, L, f.y, "Arial-B", 12, navy)
        hline(c, L, L + 484, f.y - 4, navy, 0.6)
        f.y -= 11

    def entry(dates, head, sub, items=(), note=None):
        f.room(40)
        top = f.y
        text(c, dates, DX, top - 9.5, "Arial", 9.5)
        f.para(head, font="Arial-B", size=9.8, after=1)
        f.para(sub, font="Arial", size=9.5, after=2)
        if note:
            f.para(note, font="Arial-I", size=9, color=GREY, after=2)
        f.bullets(items, font="Arial", size=9.2, mark="–", indent=10, gap=1)
        f.gap(5)

    sec("Professional Experience")
    entry("since 04/2020", "Maintenance Engineer", "Brenner & Vogt Anlagenbau GmbH, Stuttgart", [
        "Responsible for the maintenance of two assembly halls with 38 automated stations (Siemens S7).",
        "Introduced vibration-based predictive maintenance for the main conveyors; unplanned downtime down 27%.",
        "Plan shutdown work with external contractors and supervise three electricians."])
    entry("09/2015 – 03/2020", "Industrial Electronics Technician",
          "Schwabenwerk Antriebstechnik GmbH & Co. KG, Esslingen", [
              "Commissioning and fault-finding on gearbox test benches and handling robots.",
              "Programmed PLC changes in TIA Portal and kept the EPLAN documentation up to date."])
    entry("09/2012 – 08/2015", "Apprentice Electronics Technician for Industrial Engineering",
          "Schwabenwerk Antriebstechnik GmbH & Co. KG, Esslingen", [],
          "Dual vocational training; final examination before the IHK Region Stuttgart, grade: good (2)")
    sec("Voluntary Service")
    entry("09/2011 – 08/2012", "Voluntary Social Year (FSJ)", "Kreisklinik Unterland, Heilbronn – patient transport")
    sec("Education")
    entry("09/2017 – 07/2019", "State-Certified Technician in Electrical Engineering",
          "Fachschule für Technik Neckartal, Esslingen", [], "Part-time evening course alongside work, grade 1.7")
    entry("06/2011", "Abitur (general university entrance qualification)", "Lindenhof-Gymnasium, Heilbronn")
    sec("IT and Technical Skills")
    for k, v in (("Automation", "Siemens TIA Portal, STEP 7, WinCC"), ("Electrical design", "EPLAN Electric P8"),
                 ("Maintenance", "SAP PM, Predictive maintenance, Pneumatics"), ("Office", "Microsoft Office")):
        f.room(14)
        text(c, k, DX, f.y - 9.5, "Arial", 9.5, GREY)
        f.para(v, font="Arial", size=9.5, after=3)
    sec("Languages")
    for k, v in (("German", "native speaker"), ("English", "fluent, C1 (CEFR)")):
        f.room(14)
        text(c, k, DX, f.y - 9.5, "Arial", 9.5, GREY)
        f.para(v, font="Arial", size=9.5, after=3)
    sec("Interests")
    f.room(14)
    text(c, "Hobbies", DX, f.y - 9.5, "Arial", 9.5, GREY)
    f.para("Mountain biking, volunteer fire brigade (Stuttgart-Vaihingen)", font="Arial", size=9.5, after=3)
    f.room(60)
    f.gap(18)
    text(c, "Stuttgart, 10 June 2024", L, f.y, "Arial", 9.5)
    c.setStrokeColor(navy)
    c.setLineWidth(1.1)
    x0, y0 = RX + 20, f.y + 2
    p = c.beginPath()
    p.moveTo(x0, y0)
    p.curveTo(x0 + 10, y0 + 22, x0 + 18, y0 + 20, x0 + 16, y0 - 4)
    p.curveTo(x0 + 30, y0 + 10, x0 + 42, y0 + 12, x0 + 50, y0 - 2)
    p.curveTo(x0 + 64, y0 + 16, x0 + 80, y0 - 6, x0 + 104, y0 + 6)
    c.drawPath(p, stroke=1, fill=0)
    c.save()


def r09_marisol_quintero_baptiste(path):
    """A Google Docs resume template exported as PDF ('Serif'-like): large name top left, contact details
    stacked at the top right, coloured small headings, main column with '<b>Company</b>, Place — <i>Title</i>'
    then 'MONTH YYYY - PRESENT' in grey capitals and a description paragraph (no bullets); a narrow right
    column with Skills, Awards and Languages."""
    c = new_canvas(path, letter, "Marisol Quintero-Baptiste - Resume", "Marisol Quintero-Baptiste",
                   "Google Docs Renderer")
    red = HexColor("#b5452a")
    grey = HexColor("#666666")
    X, W = 72, 318
    SX, SW_ = 418, 122
    text(c, "Marisol", X, 716, "Serif-B", 26)
    text(c, "Quintero-Baptiste", X, 688, "Serif-B", 26)
    yy = 722
    for s in ("118 E Jones St", "Savannah, GA 31401", "(912) 555-0164", "marisol.qb@example.com"):
        text(c, s, 540, yy, "Arial", 9, grey, "r")
        yy -= 12.5
    f = Flow(c, X, W, 660, bottom=50)

    def sec(fl, s):
        fl.gap(12)
        fl.y -= 10
        text(c, s, fl.x, fl.y, "Arial-B", 9.5, red)
        fl.y -= 8

    def item(fl, head, dates, body=None):
        fl.gap(4)
        fl.para(head, font="Arial", size=10.5, after=3, markup=True, lead=13)
        fl.y -= 8
        text(c, dates, fl.x, fl.y, "Arial", 8, grey)
        fl.y -= 6
        if body:
            fl.para(body, font="Arial", size=9.2, lead=12.5, color=HexColor("#333333"), after=4)

    sec(f, "EXPERIENCE")
    item(f, "<b>The Larkspur Hotel &amp; Suites</b>, Savannah, GA — <i>Front Office Manager</i>",
         "MAY 2021 - PRESENT",
         "Run a front office of 22 for a 164-room downtown hotel. Raised the guest-satisfaction score from 82 to "
         "91, cut front-desk overtime by a third with a new scheduling model and led the switch to mobile "
         "check-in.")
    item(f, "<b>Tybee Dunes Resort</b>, Tybee Island, GA — <i>Guest Services Supervisor</i>",
         "AUGUST 2018 - APRIL 2021",
         "Supervised eight agents on the evening and night shifts of a 210-room beach resort; handled group "
         "arrivals and guest complaints and trained every new hire on Opera.")
    item(f, "<b>Oglethorpe Square Inn</b>, Savannah, GA — <i>Front Desk Agent</i>",
         "JUNE 2016 - JULY 2018",
         "Check-in, reservations and concierge requests at a 48-room historic inn; top upsell figures two "
         "years running.")
    sec(f, "EDUCATION")
    item(f, "<b>Lowcountry State University</b>, Savannah, GA — <i>B.S. Hospitality Management</i>",
         "AUGUST 2012 - MAY 2016", "Minor in Spanish. President of the Hospitality Students Association.")
    sec(f, "PROJECTS")
    f.gap(4)
    f.para("<b>Guest Recovery Playbook</b> — <i>Author</i>", font="Arial", size=10.5, markup=True, after=3)
    f.para("A twelve-page playbook for handling complaints at the desk, now used across the hotel's two sister "
           "properties.", font="Arial", size=9.2, lead=12.5, color=HexColor("#333333"))
    # right column
    g = Flow(c, SX, SW_, 660, bottom=50)
    sec(g, "SKILLS")
    for s in ("Opera PMS", "Revenue management", "Guest recovery", "Staff scheduling", "Upselling",
              "Group bookings"):
        g.para(s, font="Arial", size=9.2, after=2)
    sec(g, "AWARDS")
    g.para("Employee of the Year 2022, Savannah Hospitality Council", font="Arial", size=9.2, lead=12, after=4)
    g.para("Front Office Star, 2019", font="Arial", size=9.2, lead=12, after=2)
    sec(g, "LANGUAGES")
    g.para("English, Spanish", font="Arial", size=9.2)
    c.save()


def r10_oliver_haddington_reyes(path):
    """UK logistics CV with the dates first in a shaded left column ('Jan 2020 – now', 'Sep 2014 – Apr 2017',
    '2011 – 2014'), and at the right a bold company with ', Town', the title in italics and bullets; a
    company with two roles repeated; key-skills grid, licences and education in the same gutter layout."""
    c = new_canvas(path, A4, "Oliver Haddington-Reyes CV", "Oliver Haddington-Reyes", "Microsoft Word")
    ink = HexColor("#263238")
    acc = HexColor("#00695c")
    box(c, 0, 0, 138, 842, fill=HexColor("#eceff1"))
    text(c, "Oliver Haddington-Reyes", 152, 786, "Sans-B", 20, ink)
    text(c, "Transport & Logistics Manager  ·  Warrington, Cheshire  ·  07700 900 284  ·  o.h-reyes@example.co.uk",
         152, 768, "Sans", 8.3, GREY)
    X, W, GX = 152, 400, 24
    f = Flow(c, X, W, 748, bottom=46)

    def sec(s):
        f.gap(10)
        f.y -= 11
        text(c, s.upper(), GX, f.y, "Sans-B", 9.5, acc)
        hline(c, X, X + W, f.y + 3, acc, 0.7)
        f.y -= 6

    def gutter(s):
        text(c, s, GX, f.y - 9.5, "Sans-B", 8.6, ink)

    sec("Profile")
    f.para("Transport planner turned manager with fifteen years in parcels and palletised distribution across "
           "the North West. I run tight, legal fleets and plans that drivers actually follow.", font="Sans",
           size=9.2, lead=12.5)
    sec("Experience")
    for dates, comp, town, title, items in (
            ("Jan 2020 – now", "Halewood & Finch Logistics Ltd", ", Warrington", "Transport Planning Manager", [
                "Lead a planning team of six for a 95-vehicle fleet delivering to 1,400 retail drops a week.",
                "Moved route planning to Paragon; empty running down from 24% to 15% in the first year.",
                "Hold the operator licence as nominated Transport Manager; DVSA earned-recognition audit passed."]),
            ("May 2017 – Dec 2019", "Mersey Gateway Distribution plc", ", Widnes", "Senior Transport Planner", [
                "Planned trunking between four cross-docks; on-time collection rose from 91% to 97%.",
                "Built the Excel tachograph exception report still used by the compliance team."]),
            ("Sep 2014 – Apr 2017", "Mersey Gateway Distribution plc", ", Widnes", "Transport Planner", [
                "Daily planning for 40 vehicles and subcontractor bookings."]),
            ("2011 – 2014", "Pennine Parcels Ltd", ", Bradford", "Warehouse Supervisor", [
                "Supervised a night shift of 25 on the parcel sortation line."])):
        f.room(50)
        f.gap(3)
        gutter(dates)
        f.y -= 10
        runs_pdf(c, X, f.y, [(comp, "Sans-B", 10), (town, "Sans", 10)], ink)
        f.y -= 13
        text(c, title, X, f.y, "Sans-I", 9.8, acc)
        f.y -= 5
        f.bullets(items, font="Sans", size=9, indent=10, gap=1.2)
        f.gap(4)
    sec("Key Skills")
    items = ["Route optimisation", "Paragon", "Tachograph analysis", "Fleet compliance", "Microsoft Excel",
             "Stakeholder management"]
    for i in range(0, len(items), 2):
        f.y -= 12
        for k, it in enumerate(items[i:i + 2]):
            text(c, "▪", X + k * 200, f.y, "Sans", 9, acc)
            text(c, it, X + 10 + k * 200, f.y, "Sans", 9.2)
    f.gap(4)
    sec("Licences")
    f.para("Transport Manager CPC (National Road Haulage) · Driver CPC · Category C+E licence, clean", font="Sans",
           size=9.2)
    sec("Education")
    f.gap(3)
    gutter("2006 – 2009")
    f.para("BSc (Hons) Logistics and Supply Chain Management", font="Sans-B", size=9.5, after=1)
    f.para("Lancashire Moors University, Preston", font="Sans", size=9.2)
    c.save()


def r16_joao_pedro_albuquerque_lima(path):
    """Brazilian candidate's English CV: name and contact with 'São Paulo – SP, Brazil', headings with a left
    accent bar, company lines '<b>Company Ltda.</b> | City, UF' with the positions below ('Data Engineer Sr.',
    'Data Analyst Jr.') and Brazilian month dates at the right ('Mar/2021 – Current'), skills line, education
    with a lato-sensu MBA, certifications and languages."""
    c = new_canvas(path, A4, "CV - João Pedro Albuquerque Lima", "João Pedro Albuquerque Lima", "Microsoft Word")
    green = HexColor("#0b6e4f")
    ink = HexColor("#1c1c1c")
    X, W = 50, 495
    text(c, "João Pedro Albuquerque Lima", X, 786, "Cond-B", 22, ink)
    text(c, "Data Engineer  |  São Paulo – SP, Brazil  |  +55 11 95555-0137", X, 768, "Cond", 9.5, GREY)
    text(c, "joaopedro.lima@example.com.br  |  linkedin.com/in/jpalima-example  |  github.com/jpalima-example", X,
         756, "Cond", 9.5, GREY)
    f = Flow(c, X, W, 738, bottom=42)

    def sec(s):
        f.gap(10)
        f.y -= 12
        box(c, X, f.y - 2, 4, 13, fill=green)
        text(c, s, X + 10, f.y, "Cond-B", 11.5, green)
        f.y -= 8

    sec("Professional Summary")
    f.para("Data engineer with 8 years of experience building batch and streaming pipelines for banking and "
           "e-commerce. Comfortable from ingestion to the data model, with a strong focus on data quality and "
           "cost. Open to remote work for international companies.", font="Cond", size=9.6, lead=13)
    sec("Professional Experience")
    for comp, place, roles in (
            ("Banco Ipê Digital S.A.", "São Paulo, SP", [
                ("Data Engineer Sr.", "Mar/2021 – Current", [
                    "Designed the lakehouse on Databricks for credit and fraud data (30 TB), replacing nightly "
                    "SQL Server jobs.",
                    "Built streaming ingestion of card transactions with Kafka and Spark Structured Streaming; "
                    "fraud features available in under 2 minutes.",
                    "Cut the monthly cloud bill by 22% by tuning cluster policies and partitioning."])]),
            ("Cafeeira Digital Ltda.", "Campinas, SP", [
                ("Data Engineer", "Jan/2019 – Feb/2021", [
                    "Migrated 140 Pentaho jobs to Airflow DAGs with tests and alerting.",
                    "Modelled the sales and logistics marts used by 60 analysts."]),
                ("Data Analyst Jr.", "Jul/2017 – Dec/2018", [
                    "Built Power BI dashboards for the commercial team and automated weekly reports in Python."])]),
            ("Mercado Serrano Comércio Ltda.", "Belo Horizonte, MG", [
                ("Business Intelligence Intern", "Feb/2016 – Jun/2017", [
                    "Supported the BI team with SQL extractions and data-quality checks."])])):
        f.room(50)
        f.gap(4)
        f.y -= 10
        runs_pdf(c, X, f.y, [(comp, "Cond-B", 10.5), ("  |  " + place, "Cond", 10)], ink)
        f.y -= 4
        for title, dates, items in roles:
            f.room(30)
            f.y -= 11
            text(c, title, X + 8, f.y, "Cond-B", 9.8, green)
            text(c, dates, X + W, f.y, "Cond", 9.5, GREY, "r")
            f.y -= 4
            f.bullets(items, font="Cond", size=9.3, indent=18, gap=1)
    sec("Technical Skills")
    f.para("Python, PySpark, SQL, Apache Airflow, Databricks, Kafka, AWS Glue, Amazon Redshift, dbt, Terraform, "
           "Power BI, Git", font="Cond", size=9.6, lead=13)
    sec("Education")
    for deg, school, yrs in (("MBA in Data Science and Analytics (lato sensu)", "Escola Paulista de Negócios Digitais",
                              "2020 – 2022"),
                             ("Bachelor's in Computer Science", "Universidade Estadual Serra do Curral",
                              "2013 – 2017")):
        f.y -= 10
        runs_pdf(c, X, f.y, [(deg, "Cond-B", 9.8), (" — " + school, "Cond", 9.8)], ink)
        text(c, yrs, X + W, f.y, "Cond", 9.5, GREY, "r")
        f.y -= 6
    sec("Certifications")
    f.para("Databricks Certified Data Engineer Associate (2023) · AWS Certified Data Analytics – Specialty (2022)",
           font="Cond", size=9.6)
    sec("Languages")
    f.para("Portuguese: native  ·  English: advanced (C1)  ·  Spanish: intermediate", font="Cond", size=9.6)
    c.save()


def r22_zhang_yiran(path):
    """Chinese candidate's English resume: name band with the surname in capitals and an English name,
    personal-data line (gender, date of birth, hometown) and job objective; work experience and education as a
    vertical timeline with dots, each entry one line 'YYYY.MM – Present   Company Co., Ltd.   Title' (title
    right-aligned), then bullets; skills as drawn chips; certificates."""
    c = new_canvas(path, A4, "Zhang Yiran Resume", "Zhang Yiran", "WPS Office")
    red = HexColor("#a4262c")
    ink = HexColor("#222222")
    box(c, 0, 752, 595, 90, fill=HexColor("#f6efe9"))
    text(c, "ZHANG YIRAN", 50, 800, "Sans-B", 24, red)
    text(c, "(Irene)", 50 + sw("ZHANG YIRAN", "Sans-B", 24) + 8, 800, "Sans", 13, GREY)
    text(c, "Gender: Female  |  Date of birth: 1993.11  |  Hometown: Ningbo, Zhejiang", 50, 781, "Sans", 8.6, ink)
    text(c, "Tel: +86 138 5555 0192  |  Email: irene.zhang@example.cn  |  Current city: Hangzhou", 50, 768,
         "Sans", 8.6, ink)
    X, W = 76, 480
    LX = 60
    f = Flow(c, X, W, 738, bottom=44)

    def sec(s):
        f.gap(10)
        f.y -= 12
        text(c, s, 50, f.y, "Sans-B", 11.5, red)
        hline(c, 50, 555, f.y - 4, red, 0.8)
        f.y -= 10

    sec("Job Objective")
    f.para("Category Management / E-commerce Operations  ·  Expected salary: negotiable  ·  Available: one month",
           font="Sans", size=9)
    sec("Work Experience")
    top = f.y
    for dates, comp, title, items in (
            ("2021.07 – Present", "Hangzhou Lanxi E-Commerce Co., Ltd.", "Senior Category Manager", [
                "Own the fresh-fruit and snacks categories (RMB 380M GMV a year) on the company's app and mini-program.",
                "Renegotiated terms with 45 key suppliers; gross margin up 3.1 points while keeping price index.",
                "Lead a team of four category specialists and two data analysts."]),
            ("2018.03 – 2021.06", "Suzhou Pinghe Retail Technology Co., Ltd.", "Category Manager", [
                "Managed the imported-snacks category across 120 convenience stores and the online shop.",
                "Built weekly SQL and Tableau reports on sell-through and stock days used by the buying team."]),
            ("2016.07 – 2018.02", "Suzhou Pinghe Retail Technology Co., Ltd.", "Management Trainee", [
                "Rotations in store operations, purchasing and marketing; final placement in category management."])):
        f.room(50)
        f.gap(4)
        f.y -= 10
        c.setFillColor(red)
        c.circle(LX, f.y + 3, 4, fill=1, stroke=0)
        text(c, dates, X, f.y, "Sans-B", 9, red)
        text(c, comp, X + 104, f.y, "Sans-B", 9.2, ink)
        text(c, title, X + W, f.y, "Sans-B", 9.2, ink, "r")
        f.y -= 4
        f.bullets(items, font="Sans", size=8.8, indent=10, gap=1.2)
    c.setStrokeColor(red)
    c.setLineWidth(0.8)
    c.line(LX, top - 6, LX, f.y + 6)
    sec("Education")
    top = f.y
    for dates, school, deg in (("2015.09 – 2016.11", "University of North Kent (UK)", "MSc Marketing"),
                               ("2011.09 – 2015.06", "Qiantang Foreign Studies University", "B.A. Business English")):
        f.gap(4)
        f.y -= 10
        c.setFillColor(red)
        c.circle(LX, f.y + 3, 4, fill=1, stroke=0)
        text(c, dates, X, f.y, "Sans-B", 9, red)
        text(c, school, X + 104, f.y, "Sans-B", 9.2, ink)
        text(c, deg, X + W, f.y, "Sans", 9.2, ink, "r")
        f.y -= 4
    c.setStrokeColor(red)
    c.line(LX, top - 6, LX, f.y + 8)
    sec("Professional Skills")
    x, y = 50, f.y - 14
    for s in ("Category planning", "Supplier negotiation", "Pricing analytics", "SQL", "Tableau", "Excel VBA",
              "Promotion planning"):
        w = sw(s, "Sans", 8.8) + 16
        if x + w > 555:
            x, y = 50, y - 20
        box(c, x, y - 4, w, 15, fill=HexColor("#f6efe9"), stroke=red, width=0.5, r=7)
        text(c, s, x + 8, y, "Sans", 8.8, ink)
        x += w + 8
    f.y = y - 10
    sec("Certificates")
    f.para("CET-6 (College English Test Band 6)  ·  IELTS 7.5  ·  Tmall Certified Operations Specialist",
           font="Sans", size=9)
    sec("Self-evaluation")
    f.para("Numbers-driven, calm under promotion deadlines, and happy to spend a day in a warehouse to understand "
           "a stock problem.", font="Sans", size=9, lead=12)
    c.save()


# =========================================================================================================
# python-docx resumes
# =========================================================================================================
def r02_etienne_marchand_liu(path):
    """Canadian resume (Toronto): name in capitals, postal-code contact line, Summary of Qualifications bullets,
    Technical Skills as 'Group: items' lines, Professional Experience with the bold title and the dates at a
    right tab stop and 'Company Inc., City, ON' in italics below (Software Engineer III / II, a co-op term with
    '(Co-op)'), a separate Volunteer Experience section, education, certification and languages."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0), after=1)
    P(d, "ÉTIENNE MARCHAND-LIU", b=True, size=17, align="c", after=0)
    P(d, "Toronto, ON M5V 2T6  |  416-555-0187  |  etienne.ml@example.ca  |  github.com/emliu-example", size=9.5,
      align="c", after=4)

    def sec(s):
        p = P(d, before=9, after=3, keep=True)
        run(p, s, b=True, size=11, color="1F4E79")
        pborder(p, "bottom", "1F4E79", 6, 1)

    sec("SUMMARY OF QUALIFICATIONS")
    bullets(d, ["7+ years building web services and internal tools for financial services and logistics.",
                "Strong in Python and TypeScript; comfortable owning services from design to on-call.",
                "Bilingual (English / French); experienced mentor of co-op students and new graduates."])
    sec("TECHNICAL SKILLS")
    for k, v in (("Languages: ", "Python, TypeScript, Java, SQL"),
                 ("Frameworks & Tools: ", "Django, React, PostgreSQL, Docker, Kubernetes, GitHub Actions"),
                 ("Cloud: ", "AWS, GCP")):
        p = P(d, after=1)
        run(p, k, b=True)
        run(p, v)
    sec("PROFESSIONAL EXPERIENCE")
    for title, dates, comp, items in (
            ("Software Engineer III", "May 2022 – Present", "Maplewood Financial Inc., Toronto, ON", [
                "Lead developer of the advisor-onboarding platform (Django, React, PostgreSQL) used by 2,300 "
                "advisors; onboarding time down from 9 days to 3.",
                "Designed the event-driven document-verification service on AWS; 99.95% availability in 2023.",
                "Mentor two intermediate developers and run the team's architecture reviews."]),
            ("Software Engineer II", "Sept 2019 – Apr 2022", "Maplewood Financial Inc., Toronto, ON", [
                "Built internal APIs for account transfers between custodians, processing $1.2B a month.",
                "Moved CI from Jenkins to GitHub Actions; average build time from 24 to 7 minutes."]),
            ("Software Developer", "Jul 2017 – Aug 2019", "Laurentian Cartage & Freight Ltd., Mississauga, ON", [
                "Developed the carrier-tendering portal in Java and Angular for 300 carriers.",
                "Wrote the EDI 204/214 integration with two major shippers."]),
            ("Software Developer (Co-op)", "Jan 2016 – Apr 2016", "Bytown Civic Software Corp., Ottawa, ON", [
                "Built reporting screens for a municipal permitting product."])):
        tabline(d, [(title, True, False)], dates, stop=17.4, before=6, after=0)
        P(d, comp, i=True, after=1)
        bullets(d, items)
    sec("VOLUNTEER EXPERIENCE")
    tabline(d, [("Mentor, Code Ladder Toronto", True, False)], "2019 – Present", stop=17.4, after=1)
    P(d, "Weekly evening mentoring for adults changing careers into software development.")
    sec("EDUCATION")
    tabline(d, [("B.A.Sc. Computer Engineering", True, False), (", Rideau Valley University, Ottawa, ON", False,
                                                                 False)], "2017", stop=17.4, after=1)
    sec("CERTIFICATIONS & LANGUAGES")
    P(d, "AWS Certified Developer – Associate (2021)")
    P(d, "English and French (fully bilingual)")
    docx_save(d, path, "Etienne Marchand-Liu")


def r07_jessica_tran_holloway(path):
    """Australian nursing resume: AHPRA registration under the name, Career Summary, Key Skills in a borderless
    two-column table, Employment History with an employer heading ('Hospital Pty Ltd – Suburb QLD') and the
    positions below with pay levels in brackets ('Clinical Nurse (Level 2)') and the dates at a right tab
    ('Jul 2022 – Current'); a casual role; education; licences and checks; two referees with phone numbers."""
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 2.0, 2.0), after=1)
    teal = "00707A"
    P(d, "Jessica Tran-Holloway", b=True, size=20, color=teal, after=0)
    P(d, "Registered Nurse  |  AHPRA Registration: NMW0002145678", b=True, size=10.5, after=0)
    P(d, "Mobile: 0412 555 019  |  Email: jess.tranholloway@example.com.au  |  Location: Chermside QLD 4032",
      size=9.5, after=4)

    def sec(s):
        p = P(d, before=10, after=3, keep=True)
        run(p, s, b=True, size=11.5, color=teal)
        pborder(p, "bottom", teal, 8, 1)

    sec("Career Summary")
    P(d, "Registered Nurse with five years of acute medical and surgical experience and three years in aged care "
         "before that. Calm in a busy ward, confident with deteriorating patients and proud of clear, kind "
         "communication with families.")
    sec("Key Skills")
    t = new_table(d, 3, 2, [8.5, 8.5])
    for i, row in enumerate((("Medication administration", "Wound care"),
                             ("ISBAR clinical handover", "Dementia care"),
                             ("Patient-centred care", "ieMR electronic records"))):
        for j, v in enumerate(row):
            cell(t.cell(i, j), "• " + v)
    sec("Employment History")
    for comp, roles in (
            ("Lilly Pilly Private Hospital Pty Ltd – Brisbane QLD", [
                ("Clinical Nurse (Level 2)", "Jul 2022 – Current", [
                    "Shift coordinator on a 32-bed medical ward; allocate patients and support graduate nurses.",
                    "Ward lead for falls prevention; falls with harm down 40% over 12 months.",
                    "Member of the hospital's rapid-response education team."]),
                ("Registered Nurse (Level 1)", "Feb 2019 – Jun 2022", [
                    "Completed the graduate program on surgical and medical wards, then a permanent medical-ward "
                    "position.",
                    "Cared for up to five acute patients a shift, including post-operative and palliative care."])]),
            ("Bayside Wattle Aged Care Ltd – Cleveland QLD", [
                ("Assistant in Nursing (casual)", "Mar 2016 – Jan 2019", [
                    "Personal care for residents in a 90-bed facility while completing my nursing degree.",
                    "Supported residents living with dementia in the secure memory-support unit."])])):
        p = P(d, before=7, after=1, keep=True)
        run(p, comp, b=True, size=10.5)
        for title, dates, items in roles:
            tabline(d, [(title, True, True)], dates, stop=17.4, after=1, color="333333")
            bullets(d, items)
    sec("Education")
    tabline(d, [("Bachelor of Nursing", True, False), (" — Moreton Coast University, Brisbane", False, False)],
            "2016 – 2018", stop=17.4)
    sec("Licences & Checks")
    bullets(d, ["AHPRA general registration (Registered Nurse), no conditions",
                "First Aid and CPR (HLTAID011), current to 2025",
                "NDIS Worker Screening Check; Blue Card (Working with Children)"])
    sec("Referees")
    t = new_table(d, 1, 2, [8.5, 8.5])
    for j, lines in enumerate((("Ms Karen Douglas", "Nurse Unit Manager, Ward 4B", "Lilly Pilly Private Hospital",
                                "Ph: 07 5550 1234"),
                               ("Mr Ravi Sundaram", "Clinical Nurse Educator", "Lilly Pilly Private Hospital",
                                "Ph: 07 5550 1288"))):
        cell(t.cell(0, j), lines[0], b=True)
        for s in lines[1:]:
            cell_add(t.cell(0, j), s)
    docx_save(d, path, "Jessica Tran-Holloway")


def r08_ngozi_chiamaka_okonkwo(path):
    """Nigerian CV: 'CURRICULUM VITAE' title, name in capitals, address, Personal Data with tab stops (date of
    birth, state of origin, L.G.A.), career objective, 'Educational Institutions Attended with Dates' and
    'Qualifications Obtained with Dates', Work Experience as a ruled table DATE | ORGANISATION (company, town
    line) | POSITION HELD ('Sept. 2019 – Date', an NYSC year), job responsibilities per position, skills,
    hobbies, three referees and a signature line."""
    d = docx_new("Cambria", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=1)
    P(d, "CURRICULUM VITAE", b=True, size=14, align="c", after=6, color="1F3864")
    P(d, "NGOZI CHIAMAKA OKONKWO", b=True, size=13, align="c", after=0)
    P(d, "12B Bisola Durosinmi Street, Lekki Phase 1, Lagos  •  +234 803 555 0142  •  ngozi.okonkwo@example.com.ng",
      size=9.5, align="c", after=6)

    def sec(s):
        p = P(d, before=9, after=3, keep=True)
        run(p, s, b=True, size=11, u=True)

    sec("PERSONAL DATA")
    for k, v in (("Date of Birth", "12th May, 1990"), ("Sex", "Female"), ("Marital Status", "Married"),
                 ("State of Origin", "Anambra"), ("L.G.A.", "Nnewi North"), ("Nationality", "Nigerian"),
                 ("Religion", "Christianity")):
        p = P(d, after=0)
        tabs(p, (5.0, "l"))
        run(p, k + ":\t" + v)
    sec("CAREER OBJECTIVE")
    P(d, "To contribute my skills in credit analysis and relationship management to a forward-looking financial "
         "institution, while growing into a leadership role in corporate banking.")
    sec("EDUCATIONAL INSTITUTIONS ATTENDED WITH DATES")
    for k, v in (("Eastern Savannah University, Awka", "2007 – 2011"),
                 ("Queen of Peace Girls' Secondary School, Onitsha", "2001 – 2007")):
        tabline(d, [(k, False, False)], v, stop=16.6)
    sec("EDUCATIONAL / PROFESSIONAL QUALIFICATIONS OBTAINED WITH DATES")
    for k, v in (("B.Sc. Accounting (Second Class Upper Division)", "2011"),
                 ("Associate Chartered Accountant (ACA), ICAN", "2014"),
                 ("West African Senior School Certificate (WASSCE)", "2007")):
        tabline(d, [(k, False, False)], v, stop=16.6)
    sec("WORK EXPERIENCE")
    t = new_table(d, 5, 3, [3.6, 6.6, 6.4], borders=dict(val="single", color="000000", sz=4))
    for j, h in enumerate(("DATE", "ORGANISATION", "POSITION HELD")):
        cell(t.cell(0, j), h, b=True, fill="D9E2F3")
    for i, (dates, comp, town, pos) in enumerate((
            ("Sept. 2019 – Date", "Lagoon Crest Bank Plc", "Victoria Island, Lagos",
             "Relationship Manager, Corporate Banking"),
            ("Mar. 2015 – Aug. 2019", "Lagoon Crest Bank Plc", "Ikeja, Lagos", "Credit Analyst"),
            ("Jan. 2013 – Feb. 2015", "Okafor, Bello & Associates", "Enugu", "Audit Trainee"),
            ("Nov. 2011 – Oct. 2012", "Sunrise Model Secondary School", "Kuje, FCT", "Mathematics Teacher (NYSC)")),
            1):
        cell(t.cell(i, 0), dates)
        cell(t.cell(i, 1), comp, b=True)
        cell_add(t.cell(i, 1), town, i=True)
        cell(t.cell(i, 2), pos)
    sec("JOB RESPONSIBILITIES")
    for pos, items in (
            ("Relationship Manager", [
                "Manage a portfolio of 38 corporate customers in manufacturing and FMCG with N42 billion in "
                "deposits.",
                "Structure working-capital and trade-finance facilities with the credit and treasury teams.",
                "Grew the portfolio's deposit base by 35% in 2023."]),
            ("Credit Analyst", [
                "Prepared credit memoranda and financial spreads for SME and commercial loan requests.",
                "Monitored covenant compliance and early-warning signals on a N15 billion loan book."]),
            ("Audit Trainee", [
                "Took part in statutory audits of manufacturing and NGO clients; prepared working papers."]),
            ("Mathematics Teacher", [
                "Taught SS1 and SS2 mathematics during the National Youth Service year."])):
        P(d, "As " + pos + ":", b=True, before=3, after=0)
        bullets(d, items)
    sec("SKILLS")
    bullets(d, ["Financial analysis", "Credit risk assessment", "Financial modelling", "Relationship management",
                "Finacle core banking", "Microsoft Excel"])
    sec("HOBBIES")
    P(d, "Reading, travelling and volunteering with a girls' mentoring group.")
    sec("REFEREES")
    for lines in (("Mr. Emeka Nwosu", "Group Head, Corporate Banking", "Lagoon Crest Bank Plc, Victoria Island, Lagos",
                   "08035550177"),
                  ("Dr. (Mrs.) Funmilayo Adeoye", "Senior Lecturer, Department of Accounting",
                   "Eastern Savannah University, Awka", "08055550190"),
                  ("Mr. Chinedu Okafor, FCA", "Managing Partner", "Okafor, Bello & Associates, Enugu",
                   "08095550113")):
        P(d, lines[0], b=True, before=3, after=0)
        for s in lines[1:]:
            P(d, s, after=0)
    P(d, "", after=10)
    P(d, "………………………………", after=0)
    P(d, "Ngozi C. Okonkwo")
    docx_save(d, path, "Ngozi Okonkwo")


def r12_camille_laurent_diallo(path):
    """French CV in English: a top table with the name ('Camille LAURENT-DIALLO'), target title, contact and
    personal lines (age, nationality, driving licence) and a shaded photo cell; experience as 'MM/YYYY – today'
    then the title in capitals at a tab, the company with 'City (department number)' and a short company
    description in italics below; an end-of-studies internship; education with the years first; IT skills as
    a label | items table; languages with CEFR / TOEIC; interests."""
    d = docx_new("Calibri", 10, margins=(1.5, 1.5, 1.8, 1.8), after=1)
    navy = "1B3A5C"
    t = new_table(d, 1, 2, [13.6, 3.4])
    c0 = t.cell(0, 0)
    first = c0.paragraphs[0]
    run(first, "Camille ", size=20, color=navy)
    run(first, "LAURENT-DIALLO", b=True, size=20, color=navy)
    cell_add(c0, "Senior Data Engineer – Spark, Airflow, GCP", b=True, size=11.5, after=4)
    for s in ("14 rue Juliette Récamier, 69006 Lyon  ·  +33 6 55 55 01 29  ·  camille.ld@example.fr",
              "32 years old  ·  French nationality  ·  Driving licence B"):
        cell_add(c0, s, size=9.5)
    c1 = t.cell(0, 1)
    cell(c1, "", fill="D6DCE4")
    c1.paragraphs[0].paragraph_format.space_after = buildkit.Pt(0)
    tr = t.rows[0]._tr
    trPr = tr.get_or_add_trPr()
    h = buildkit.OxmlElement("w:trHeight")
    h.set(buildkit.qn("w:val"), str(int(3.8 * 567)))
    h.set(buildkit.qn("w:hRule"), "exact")
    trPr.append(h)

    def sec(s):
        p = P(d, before=10, after=3, keep=True)
        run(p, s, b=True, size=11.5, color=navy)
        pborder(p, "bottom", navy, 8, 1)

    sec("PROFESSIONAL EXPERIENCE")
    for dates, title, comp, desc, items in (
            ("09/2021 – today", "SENIOR DATA ENGINEER", "Crédit Rhodanien S.A., Lyon (69)",
             " — regional retail bank, 4,000 employees", [
                 "Technical lead of the data platform team (6 people): migration of the on-premise Hadoop "
                 "cluster to GCP (BigQuery, Dataproc).",
                 "Designed the Airflow orchestration and data-quality checks for 300 daily pipelines.",
                 "Built the real-time fraud-scoring feed with Kafka and Spark Streaming."]),
            ("03/2018 – 08/2021", "DATA ENGINEER", "Saône & Dauphiné Distribution SAS, Villeurbanne (69)",
             " — food retail, 230 stores", [
                 "Developed the sales and stock pipelines in Scala / Spark feeding the replenishment models.",
                 "Set up CI/CD with GitLab and Terraform for the data team."]),
            ("02/2017 – 08/2017", "DATA SCIENCE INTERN (end-of-studies internship, 6 months)",
             "Aérolyre Systèmes SAS, Toulouse (31)", " — avionics equipment manufacturer", [
                 "Predictive-maintenance prototype on sensor data from test benches (Python, scikit-learn)."])):
        p = P(d, before=6, after=0, keep=True)
        tabs(p, (3.4, "l"))
        run(p, dates, b=True, color=navy)
        run(p, "\t" + title, b=True)
        p = P(d, after=1, indent=3.4)
        run(p, comp, i=True)
        run(p, desc, i=True, color="666666")
        bullets(d, items, indent=4.0)
    sec("EDUCATION")
    for yr, deg, school in (
            ("2017", "Diplôme d'ingénieur (MSc equivalent) in Computer Science",
             "École Nationale des Sciences Numériques de Valence"),
            ("2014", "Classes préparatoires (MP) – two-year intensive maths and physics programme",
             "Lycée Bellecour-Rive Gauche, Lyon"),
            ("2012", "Baccalauréat S (science), with highest honours", "Lycée Jean-Moulin-des-Pentes, Lyon")):
        p = P(d, before=3, after=0)
        tabs(p, (3.4, "l"))
        run(p, yr, b=True, color=navy)
        run(p, "\t" + deg, b=True)
        P(d, school, i=True, indent=3.4, after=1)
    sec("IT SKILLS")
    t = new_table(d, 4, 2, [3.4, 13.6])
    for i, (k, v) in enumerate((("Languages", "Python, Scala, SQL"), ("Big data", "Spark, Airflow, Kafka"),
                                ("Cloud & DevOps", "GCP, BigQuery, Terraform, Docker"),
                                ("Databases", "PostgreSQL"))):
        cell(t.cell(i, 0), k, b=True, color=navy)
        cell(t.cell(i, 1), v)
    sec("LANGUAGES")
    P(d, "French: mother tongue  ·  English: fluent (C1, TOEIC 945/990)  ·  Spanish: intermediate (B1)")
    sec("INTERESTS")
    P(d, "Trail running (Saintélyon 2023), competitive chess in a Lyon club, volunteering at a food bank.")
    docx_save(d, path, "Camille Laurent-Diallo")


def r17_harriet_osei_pemberton(path):
    """UK finance-director CV: name with post-nominal, target title, profile, Core Skills in a 3 x 2 table,
    SELECTED EXPERIENCE with 'Title | Company | Town' lines and years at a right tab, then an EARLIER CAREER
    paragraph naming three older roles as 'Title, Company (years)' joined by ' · '; education and
    qualifications; a separate Board & Trustee Roles section."""
    d = docx_new("Georgia", 10, margins=(2.0, 2.0, 2.2, 2.2), after=2)
    wine = "6D2E46"
    P(d, "HARRIET OSEI-PEMBERTON ACA", b=True, size=18, color=wine, after=0)
    P(d, "Finance Director", size=12, after=0)
    P(d, "London  ·  07700 900 731  ·  harriet.op@example.co.uk  ·  linkedin.com/in/harrietop-example", size=9,
      color="555555", after=6)

    def sec(s):
        p = P(d, before=10, after=3, keep=True)
        run(p, s, b=True, size=10.5, color=wine)
        pborder(p, "bottom", wine, 6, 1)

    sec("PROFILE")
    P(d, "Chartered accountant and finance director with twenty years in housing, property services and "
         "professional practice. I build finance teams that close fast, forecast honestly and talk to the "
         "business in plain English.")
    sec("CORE SKILLS")
    t = new_table(d, 2, 3, [5.6, 5.6, 5.6])
    for i, row in enumerate((("Financial planning", "Statutory reporting", "Treasury management"),
                             ("Board reporting", "Adaptive Insights", "Power BI"))):
        for j, v in enumerate(row):
            cell(t.cell(i, j), "▪ " + v)
    sec("SELECTED EXPERIENCE")
    for title, comp, town, dates, items in (
            ("Finance Director", "Thornbury & Vale Housing Association", "London", "2019 – Present", [
                "Lead a finance function of 28 for a housing association with 14,000 homes and £190M turnover.",
                "Refinanced £320M of debt through a private placement at a lower blended rate.",
                "Introduced rolling forecasts and a monthly close of five working days."]),
            ("Head of Financial Planning & Analysis", "Kestrel Lane Group plc", "Reading", "2014 – 2019", [
                "Owned budgeting and forecasting for a £600M facilities-services group across 11 divisions.",
                "Implemented Adaptive Insights; forecast cycle cut from three weeks to six days."]),
            ("Senior Finance Business Partner", "Kestrel Lane Group plc", "Reading", "2011 – 2014", [
                "Business partner to the Healthcare division MD; led bid pricing for NHS contracts."])):
        tabline(d, [(title, True, False), ("  |  " + comp + "  |  " + town, False, False)], dates, stop=16.9,
                before=5, after=1)
        bullets(d, items)
    sec("EARLIER CAREER")
    P(d, "Management Accountant, Blackwater & Coe Ltd (2008 – 2011)  ·  Audit Senior, Farrant Myles LLP "
         "(2005 – 2008)  ·  Audit Trainee, Farrant Myles LLP (2003 – 2005)")
    sec("EDUCATION & QUALIFICATIONS")
    tabline(d, [("ACA", True, False), (", Institute of Chartered Accountants in England and Wales", False, False)],
            "2006", stop=16.9)
    tabline(d, [("BA (Hons) Economics", True, False), (", University of East Wessex", False, False)], "2003",
            stop=16.9)
    sec("BOARD & TRUSTEE ROLES")
    tabline(d, [("Treasurer", True, False), (", Southwark Riverside Food Bank (charity)", False, False)],
            "2020 – present", stop=16.9)
    docx_save(d, path, "Harriet Osei-Pemberton")


def r18_faith_wanjiru_kamau(path):
    """Kenyan teacher's CV: 'CURRICULUM VITAE' over the name in capitals, P.O. Box address, TSC and ID numbers
    and date of birth, professional profile, Work Experience with the dates first and the position at a tab
    ('Jan 2020 – To date<TAB>Head of Mathematics Department'), the school and county on the next line, bullets;
    a '(BOM contract)' post and a teaching-practice term; educational background in the same layout;
    skills and competencies, co-curricular activities, languages and three referees."""
    d = docx_new("Times New Roman", 11, margins=(2.0, 2.0, 2.2, 2.2), after=1)
    maroon = "7B1E1E"
    P(d, "CURRICULUM VITAE", b=True, size=12, align="c", color=maroon, after=2)
    P(d, "FAITH WANJIRU KAMAU", b=True, size=16, align="c", after=0)
    P(d, "P.O. Box 1452-00208, Ngong Hills  |  +254 722 555 018  |  faith.kamau@example.co.ke", size=10,
      align="c", after=0)
    P(d, "TSC No.: 612345  |  ID No.: 27345561  |  Date of birth: 14/02/1989  |  Nationality: Kenyan", size=10,
      align="c", after=6)

    def sec(s):
        p = P(d, before=10, after=3, keep=True)
        run(p, s, b=True, size=11.5, color=maroon)
        pborder(p, "bottom", maroon, 6, 1)

    def entry(dates, head, sub, items=()):
        p = P(d, before=4, after=0, keep=True)
        p.paragraph_format.left_indent = buildkit.Cm(4.6)
        p.paragraph_format.first_line_indent = buildkit.Cm(-4.6)
        tabs(p, (4.6, "l"))
        run(p, dates, b=True)
        run(p, "\t" + head, b=True)
        P(d, sub, i=True, indent=4.6, after=1)
        bullets(d, items, indent=5.2)

    sec("PROFESSIONAL PROFILE")
    P(d, "TSC-registered secondary school teacher of Mathematics and Physics with over ten years of experience "
         "and a record of improving KCSE mean scores. Trained in the Competency Based Curriculum (CBC).")
    sec("WORK EXPERIENCE")
    entry("Jan 2020 – To date", "Head of Mathematics Department", "Ngong Ridge Academy, Kajiado", [
        "Lead a department of seven teachers; mathematics mean score rose from 5.2 to 7.1 (2019–2023).",
        "Coordinate schemes of work, internal examinations and departmental budgets."])
    entry("May 2016 – Dec 2019", "Teacher of Mathematics and Physics", "Ngong Ridge Academy, Kajiado", [
        "Taught Forms 1 to 4; class teacher of a Form 4 stream; physics laboratory in-charge."])
    entry("Jan 2014 – Apr 2016", "Teacher (BOM contract)", "Kiserian Valley Mixed Secondary School, Kajiado", [
        "Mathematics teacher employed by the Board of Management; started the school's mathematics contest team."])
    entry("May 2012 – Aug 2012", "Student Teacher (Teaching Practice)", "Kitengela Plains Secondary School, Kajiado")
    sec("EDUCATIONAL BACKGROUND")
    entry("2009 – 2013", "B.Ed. (Science) Mathematics and Physics",
          "Rift Valley University of Science and Technology")
    entry("2003 – 2006", "Kenya Certificate of Secondary Education (KCSE), mean grade B+",
          "St. Bakhita Girls' High School, Kiambu")
    sec("SKILLS AND COMPETENCIES")
    bullets(d, ["Curriculum planning", "CBC assessment", "GeoGebra", "Microsoft Excel", "Guidance and counselling",
                "KCSE examination marking"])
    sec("CO-CURRICULAR ACTIVITIES")
    P(d, "Patron, Mathematics and Science Club; county science-fair judge (2021, 2022).")
    sec("LANGUAGES")
    P(d, "English and Kiswahili (fluent), Kikuyu (native).")
    sec("REFEREES")
    for lines in (("Mr. Peter Njoroge Mwangi", "Principal, Ngong Ridge Academy", "P.O. Box 300-00208, Ngong Hills",
                   "Tel: 0711 555 201"),
                  ("Mrs. Grace Atieno Odhiambo", "Deputy Principal, Kiserian Valley Mixed Secondary School",
                   "P.O. Box 77-00206, Kiserian", "Tel: 0733 555 412"),
                  ("Dr. Samuel Kiprono", "Lecturer, Department of Science Education",
                   "Rift Valley University of Science and Technology", "Tel: 0720 555 873")):
        P(d, lines[0], b=True, before=3, after=0)
        for s in lines[1:]:
            P(d, s, after=0)
    docx_save(d, path, "Faith Kamau")


def r23_daniela_garza_villarreal(path):
    """Mexican demand planner's resume in English: Word 'Heading 1' sections, company headings with the legal
    form ('Grupo Industrial Sierra Madre, S.A. de C.V. — Monterrey, N.L.') and each position below as 'Title
    (Mon YYYY – present)'; skills in a 3 x 2 table; education; certification; languages with a TOEFL score."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0), after=1)
    st = d.styles["Heading 1"]
    st.font.size = buildkit.Pt(12.5)
    st.font.name = "Calibri"
    st.font.color.rgb = buildkit.RGBColor.from_string("8C3B0C")
    st.paragraph_format.space_before = buildkit.Pt(10)
    st.paragraph_format.space_after = buildkit.Pt(3)
    P(d, "DANIELA GARZA VILLARREAL", b=True, size=18, after=0, color="8C3B0C")
    P(d, "Demand Planning Lead  |  S&OP  |  Monterrey, N.L., México", size=10.5, after=0)
    P(d, "+52 81 5555 0147  ·  daniela.garza@example.com.mx  ·  linkedin.com/in/dgarzav-example", size=9.5,
      color="555555", after=4)
    d.add_paragraph("Profile", style="Heading 1")
    P(d, "Supply-chain planner with nine years in consumer goods and beverages. I turn noisy sales history into "
         "forecasts people trust and run S&OP meetings that end with decisions.")
    d.add_paragraph("Experience", style="Heading 1")
    for comp, roles in (
            ("Grupo Industrial Sierra Madre, S.A. de C.V. — Monterrey, N.L.", [
                ("Demand Planning Lead", "(Jan 2021 – present)", [
                    "Lead a team of five planners forecasting 1,800 SKUs of household products for Mexico and "
                    "Central America.",
                    "Rolled out SAP IBP demand planning; forecast accuracy from 61% to 74% (MAPE-based).",
                    "Run the monthly demand review that feeds the executive S&OP."]),
                ("Demand Planner", "(Mar 2018 – Dec 2020)", [
                    "Built statistical baselines in Forecast Pro and a Python promotion-uplift model."])]),
            ("Cervecería Valle de Anáhuac, S.A.P.I. de C.V. — Guadalajara, Jal.", [
                ("Supply Chain Analyst", "(Jun 2015 – Feb 2018)", [
                    "Weekly distribution requirements planning for 14 regional warehouses.",
                    "Power BI reports on fill rate and days of inventory for the logistics director."])]),
            ("Transportes Bajío Norte — León, Gto.", [
                ("Logistics Intern", "(Jan 2015 – May 2015)", [
                    "Mapped delivery routes and cost-to-serve for the retail customers."])])):
        p = P(d, before=6, after=1, keep=True)
        run(p, comp, b=True, size=11)
        for title, dates, items in roles:
            p = P(d, after=0, keep=True, indent=0.3)
            run(p, title, b=True, i=True)
            run(p, " " + dates, i=True, color="555555")
            bullets(d, items, indent=1.0)
    d.add_paragraph("Skills", style="Heading 1")
    t = new_table(d, 2, 3, [5.6, 5.6, 5.6])
    for i, row in enumerate((("SAP IBP", "Forecast Pro", "Python"), ("Power BI", "S&OP", "Statistical forecasting"))):
        for j, v in enumerate(row):
            cell(t.cell(i, j), v)
    d.add_paragraph("Education", style="Heading 1")
    tabline(d, [("B.Eng. Industrial and Systems Engineering", True, False),
                (" — Universidad Tecnológica de la Sierra Norte", False, False)], "2015", stop=17.4)
    d.add_paragraph("Certifications", style="Heading 1")
    P(d, "APICS CPIM – Certified in Planning and Inventory Management (2020)")
    d.add_paragraph("Languages", style="Heading 1")
    P(d, "Spanish (native)  ·  English (advanced, TOEFL iBT 104)")
    docx_save(d, path, "Daniela Garza Villarreal")


# =========================================================================================================
# Word files converted to PDF by LibreOffice
# =========================================================================================================
def r06_thandiwe_mokoena_docx(path):
    """South African CV: 'CURRICULUM VITAE' and the name, a personal-details table (surname, first names, ID
    number, date of birth, home language, driver's licence code, health, criminal record), career objective,
    tertiary and secondary education as labelled lines, professional membership, computer literacy as a
    comma list with '(Advanced)', employment history as labelled lines per job (Company / Location / Position
    / Period / Duties / Reason for leaving), references; converted by LibreOffice."""
    d = docx_new("Liberation Sans", 10, margins=(1.8, 1.8, 2.0, 2.0), after=1)
    green = "1E5B3A"
    P(d, "CURRICULUM VITAE", b=True, size=11, align="c", color=green, after=0)
    P(d, "THANDIWE MOKOENA", b=True, size=18, align="c", after=6)

    def sec(s):
        p = P(d, before=10, after=3, keep=True)
        run(p, s, b=True, size=11, color="FFFFFF")
        shade(p, green)

    def field(k, v, b=False):
        p = P(d, after=0)
        tabs(p, (4.6, "l"))
        run(p, k + ":", b=True)
        run(p, "\t" + v, b=b)

    sec("PERSONAL DETAILS")
    t = new_table(d, 7, 4, [3.4, 4.6, 3.4, 5.8])
    for i, (k1, v1, k2, v2) in enumerate((
            ("Surname", "Mokoena", "Identity number", "910314 0456 083"),
            ("First names", "Thandiwe Lerato", "Date of birth", "14 March 1991"),
            ("Gender", "Female", "Nationality", "South African"),
            ("Home language", "isiZulu", "Other languages", "English, Afrikaans, Sesotho"),
            ("Driver's licence", "Code 08 (EB), own vehicle", "Health", "Excellent"),
            ("Criminal record", "None", "Marital status", "Single"),
            ("Cell", "082 555 0143", "Email", "thandi.mokoena@example.co.za"))):
        cell(t.cell(i, 0), k1, b=True)
        cell(t.cell(i, 1), v1)
        cell(t.cell(i, 2), k2, b=True)
        cell(t.cell(i, 3), v2)
    P(d, "Address: 27 Jacaranda Crescent, Randburg, 2194", before=3)
    sec("CAREER OBJECTIVE")
    P(d, "A dedicated accountant seeking a senior financial accounting role in which I can use my experience in "
         "month-end reporting, VAT and audit preparation, and grow towards a financial manager position.")
    sec("EDUCATIONAL QUALIFICATIONS")
    P(d, "Tertiary", b=True, after=1)
    for inst, qual, yr in (("Southern Cape Open University (distance learning)", "Bachelor of Accounting Science",
                            "2018"),
                           ("Highveld University of Technology", "National Diploma: Cost and Management Accounting",
                            "2012")):
        field("Institution", inst)
        field("Qualification", qual, b=True)
        field("Year completed", yr)
        P(d, "", after=2)
    P(d, "Secondary", b=True, after=1)
    field("School", "Jabavu Heights Secondary School, Soweto")
    field("Highest grade passed", "Grade 12 (Matric), 2008")
    field("Subjects", "Accounting, Mathematics, Economics, English, isiZulu, Life Orientation")
    sec("PROFESSIONAL MEMBERSHIP")
    P(d, "Professional Accountant (SA) – SAIPA, member since 2019")
    sec("COMPUTER LITERACY")
    P(d, "Sage Evolution, Pastel Partner, CaseWare, VIP Payroll, MS Excel (Advanced), MS Word, MS Outlook")
    sec("EMPLOYMENT HISTORY")
    for comp, loc, pos, period, duties, reason in (
            ("Ubuntu Crest Holdings (Pty) Ltd", "Midrand", "Financial Accountant", "March 2020 – Present", [
                "Month-end close and management accounts for four subsidiaries (combined turnover R640m).",
                "VAT201 and EMP201 submissions; liaison with SARS on audits.",
                "Year-end audit file preparation in CaseWare; supervise two creditors clerks."],
             "Currently employed"),
            ("Sandton Ridge Motors (Pty) Ltd", "Sandton", "Assistant Accountant", "February 2016 – February 2020", [
                "Debtors and creditors reconciliations, fixed-asset register and dealership vehicle-stock "
                "reconciliations.",
                "Prepared the monthly trial balance and journals in Sage Evolution."],
             "Career advancement"),
            ("Vaal Valley Wholesalers CC", "Vereeniging", "Creditors Clerk", "January 2013 – January 2016", [
                "Captured supplier invoices in Pastel Partner and prepared weekly payment runs."],
             "Better opportunity")):
        field("Company", comp, b=True)
        field("Location", loc)
        field("Position", pos, b=True)
        field("Period", period)
        P(d, "Duties:", b=True, after=0)
        bullets(d, duties)
        field("Reason for leaving", reason)
        P(d, "", after=4)
    sec("REFERENCES")
    for s in ("Mr Sipho Dlamini – Financial Manager, Ubuntu Crest Holdings – 011 555 0198",
              "Mrs Anika van der Merwe – Financial Controller, Sandton Ridge Motors – 011 555 0271",
              "Ms Palesa Nkosi – Owner, Vaal Valley Wholesalers – 016 555 0330"):
        P(d, s, after=1)
    docx_save(d, path, "Thandiwe Mokoena")


def r13_karim_haddad_rahme_docx(path):
    """Middle-East expat CV (Lebanese civil engineer in Qatar): name, target title with location, a
    personal-details line (nationality, date of birth, visa / NOC, driving licences, notice period), summary,
    technical skills in a 2 x 3 table, experience with the company in capitals and '– City, Country' and the
    dates at a right tab ('BURJ AL-WAHA CONTRACTING W.L.L. – Doha, Qatar'), a 'Position:' line and key projects
    with values in QAR / SAR, then responsibilities; education, certifications, languages; converted by
    LibreOffice."""
    d = docx_new("Liberation Sans", 10, margins=(1.6, 1.6, 1.8, 1.8), after=1)
    blue = "0F4C81"
    P(d, "KARIM HADDAD-RAHME", b=True, size=19, color=blue, after=0)
    P(d, "Senior Site Engineer – Civil  |  Doha, Qatar", b=True, size=11, after=0)
    P(d, "Mobile: +974 5555 0172  |  Email: karim.hr@example.com  |  LinkedIn: linkedin.com/in/karimhr-example",
      size=9, after=2)
    P(d, "Nationality: Lebanese  |  Date of Birth: 02 Feb 1987  |  Marital Status: Married  |  Visa: Qatar "
         "residence permit (NOC available)  |  Driving Licence: Qatar, Lebanon  |  Notice period: 1 month",
      size=8.5, color="555555", after=4)

    def sec(s):
        p = P(d, before=10, after=3, keep=True)
        run(p, s, b=True, size=11, color=blue)
        pborder(p, "bottom", blue, 8, 1)

    sec("PROFESSIONAL SUMMARY")
    P(d, "Civil engineer with 13+ years of site execution on high-rise residential, precast and infrastructure "
         "projects in Qatar, Saudi Arabia and Lebanon. Strong on planning, method statements, subcontractor "
         "coordination and handing over on time with zero lost-time incidents.")
    sec("TECHNICAL SKILLS")
    t = new_table(d, 2, 3, [5.8, 5.8, 5.8])
    for i, row in enumerate((("Primavera P6", "AutoCAD", "MS Project"),
                             ("Quantity surveying", "Method statements", "QA/QC inspection"))):
        for j, v in enumerate(row):
            cell(t.cell(i, j), "■ " + v)
    sec("PROFESSIONAL EXPERIENCE")
    for comp, dates, pos, projects, items in (
            ("BURJ AL-WAHA CONTRACTING W.L.L. – Doha, Qatar", "Jun 2019 – Present", "Senior Site Engineer",
             ["Al Waab Residential Towers (2 × G+18), QAR 420 million",
              "Lusail Marina Mixed-Use Podium, QAR 185 million"], [
                 "Lead site execution for structural and finishing works with 6 site engineers and 400 workers.",
                 "Prepare three-week look-ahead programmes in Primavera P6 and weekly progress reports.",
                 "Review method statements and ITPs with the consultant; 98% of inspections passed first time."]),
            ("NAJD PRECAST & CONSTRUCTION CO. – Riyadh, KSA", "Sep 2014 – May 2019", "Site Engineer",
             ["King Salman Road Housing Compound (320 villas), SAR 260 million"], [
                 "Supervised erection of precast walls and hollow-core slabs; 4 villas a week at peak.",
                 "Quantity take-off and subcontractor measurement for monthly valuations."]),
            ("CEDAR LINE ENGINEERING S.A.L. – Beirut, Lebanon", "Aug 2010 – Aug 2014", "Junior Site Engineer", [], [
                "Site engineer on two residential buildings (B+G+12) and a school extension.",
                "Daily reports, concrete pour records and as-built drawings in AutoCAD."])):
        tabline(d, [(comp, True, False)], dates, stop=17.7, before=6, after=0, rb=True, color=blue)
        p = P(d, after=1)
        run(p, "Position: ", b=True)
        run(p, pos, b=True, i=True)
        if projects:
            P(d, "Key projects:", b=True, after=0)
            bullets(d, projects)
        P(d, "Responsibilities:", b=True, after=0)
        bullets(d, items)
    sec("EDUCATION")
    tabline(d, [("B.E. Civil Engineering", True, False), (" – Mount Lebanon Technical University, Beirut", False,
                                                           False)], "2005 – 2010", stop=17.7)
    sec("CERTIFICATIONS & MEMBERSHIPS")
    bullets(d, ["PMP – Project Management Professional (2021)", "UPDA-registered Civil Engineer, Qatar (Grade B)",
                "Member, Order of Engineers and Architects – Beirut", "NEBOSH International General Certificate"])
    sec("LANGUAGES")
    P(d, "Arabic (native), English (fluent), French (good)")
    sec("REFERENCES")
    P(d, "Available upon request.")
    docx_save(d, path, "Karim Haddad-Rahme")


def r21_alejandro_ruiz_montenegro_docx(path):
    """Spanish chef's resume from a Word 'modern' template: the whole page is a two-column table, a shaded left
    column (contact, skills one per line, languages, certificates) and a right column with the name, title,
    profile and experience ('Title' / 'Company, S.L. · City, Country' / 'MM/YYYY – Present' / bullets) and
    education; converted by LibreOffice."""
    d = docx_new("Liberation Sans", 9.5, margins=(1.2, 1.2, 1.4, 1.4), after=1)
    olive = "4F5D2F"
    t = new_table(d, 1, 2, [5.6, 12.8])
    L, R = t.cell(0, 0), t.cell(0, 1)
    shade(L, "EEF0E5")

    def lsec(s):
        p = cell_add(L, s, b=True, size=10.5, color=olive, after=3)
        p.paragraph_format.space_before = buildkit.Pt(10)

    def rsec(s):
        p = cell_add(R, s, b=True, size=11.5, color=olive, after=3)
        p.paragraph_format.space_before = buildkit.Pt(10)
        pborder(p, "bottom", olive, 6, 1)

    cell(L, "CONTACT", b=True, size=10.5, color=olive, after=3)
    for s in ("+34 655 555 019", "alejandro.ruizm@example.es", "Málaga, Spain",
              "instagram.com/chef.ruizm-example"):
        cell_add(L, s, size=9)
    lsec("SKILLS")
    for s in ("Menu costing", "HACCP", "Mediterranean cuisine", "Food cost control", "Kitchen brigade leadership",
              "Pastry"):
        cell_add(L, s, size=9)
    lsec("LANGUAGES")
    for s in ("Spanish – native", "English – C1", "Italian – B1"):
        cell_add(L, s, size=9)
    lsec("CERTIFICATES")
    for s in ("Food Handler Certificate (Manipulador de Alimentos)", "Allergen Awareness – Level 2 (2022)"):
        cell_add(L, s, size=9)
    cell(R, "ALEJANDRO RUIZ MONTENEGRO", b=True, size=18, after=0)
    cell_add(R, "Executive Sous Chef", size=12, color=olive, after=2)
    rsec("PROFILE")
    cell_add(R, "Chef with eleven years in hotel and restaurant kitchens in Spain and Scotland. I run calm, "
                "well-costed kitchens built on seasonal Mediterranean produce, and I enjoy training young cooks.",
             size=9.5)
    rsec("EXPERIENCE")
    for title, comp, dates, items in (
            ("Executive Sous Chef", "Hoteles Marisma Costa Azul, S.L. · Málaga, Spain", "04/2019 – Present", [
                "Second in charge of a 28-cook brigade across two restaurants, banqueting and room service "
                "(320-room resort).",
                "Rebuilt menu costings; food cost from 34% to 29% in one season.",
                "Lead the HACCP plan and allergen matrix; top grade in the 2023 health inspection."]),
            ("Chef de Partie", "The Granary Rooms Ltd · Edinburgh, UK", "03/2016 – 03/2019", [
                "Ran the fish and sauce sections in a 90-cover brasserie; trained commis chefs."]),
            ("Commis Chef", "Restaurante Casa Olmedo · Seville, Spain", "09/2013 – 02/2016", [
                "Prep and service on the cold and pastry sections of a traditional Andalusian restaurant."])):
        p = cell_add(R, title, b=True, size=10.5, after=0)
        p.paragraph_format.space_before = buildkit.Pt(6)
        cell_add(R, comp, i=True, size=9.5, after=0)
        cell_add(R, dates, size=9, color="777777", after=1)
        cell_bullets(R, items, size=9.5)
    rsec("EDUCATION")
    cell_add(R, "Higher Technician in Culinary Arts (Técnico Superior en Dirección de Cocina)", b=True, size=9.5,
             after=0)
    cell_add(R, "Escuela de Hostelería Bahía de Cádiz · 2011 – 2013", i=True, size=9.5)
    docx_save(d, path, "Alejandro Ruiz Montenegro")


# =========================================================================================================
# job descriptions: DOCX and PDF
# =========================================================================================================
def jd03_city_of_lakeshore_falls_water_treatment_plant_operator(path):
    """Municipal (government) vacancy notice: the city's name and HR address in the page header, 'VACANCY
    NOTICE', a two-column fact table (posting number, position title with 'Level 2', department, salary band,
    closing date), position summary, duties, Qualifications with Required and Assets lists, how to apply,
    accommodation / equal-opportunity statement."""
    d = docx_new("Arial", 10, margins=(2.0, 2.0, 2.0, 2.0), after=2)
    hp = d.sections[0].header.paragraphs[0]
    run(hp, "City of Lakeshore Falls", b=True, size=12, color="234E70")
    run(hp, "   |   Human Resources Division   |   300 Front Street, Lakeshore Falls, ON", size=8.5,
        color="555555")
    P(d, "VACANCY NOTICE", b=True, size=16, align="c", color="234E70", after=0)
    P(d, "Internal / External Posting", size=10, align="c", after=8)
    t = new_table(d, 8, 2, [4.6, 12.4], borders=dict(val="single", color="7F7F7F", sz=4))
    for i, (k, v) in enumerate((
            ("Posting No.", "PW-2024-031"),
            ("Position Title", "Water Treatment Plant Operator Level 2"),
            ("Department", "Public Works – Water Services"),
            ("Reports To", "Supervisor, Water Treatment"),
            ("Status", "Permanent, full-time (40 hours per week, rotating 12-hour shifts)"),
            ("Salary", "$38.12 – $42.67 per hour (2024 rates, Band 9)"),
            ("Work Location", "Lakeshore Falls Water Treatment Plant, 12 Pumphouse Road"),
            ("Closing Date", "4:00 p.m., Friday, July 12, 2024"))):
        cell(t.cell(i, 0), k, b=True, fill="DCE6F0")
        cell(t.cell(i, 1), v)

    def sec(s):
        P(d, s, b=True, size=11, color="234E70", before=10, after=3, keep=True)

    sec("POSITION SUMMARY")
    P(d, "Reporting to the Supervisor, Water Treatment, the Operator runs and monitors the City's 45 ML/day "
         "surface-water treatment plant and its reservoirs to deliver safe drinking water in compliance with "
         "provincial regulations.")
    sec("DUTIES AND RESPONSIBILITIES")
    bullets(d, ["Operate and adjust treatment processes (coagulation, filtration, disinfection) from the SCADA "
                "control room and in the field.",
                "Collect samples and perform process tests; record results in the operations log.",
                "Carry out preventive maintenance on pumps, chemical feed systems and analysers.",
                "Respond to alarms and participate in the on-call rotation.",
                "Other related duties as assigned."])
    sec("QUALIFICATIONS")
    P(d, "Required:", b=True, after=1)
    bullets(d, ["Ontario Class 2 Water Treatment Operator certificate",
                "Ontario Secondary School Diploma (Grade 12) or equivalent",
                "Minimum 2 years of experience operating a municipal water treatment plant",
                "Valid Class G driver's licence and a clean driving record"])
    P(d, "Assets:", b=True, after=1, before=3)
    bullets(d, ["Class 2 Water Distribution certificate", "Experience with SCADA systems",
                "WHMIS and confined-space entry training"])
    sec("HOW TO APPLY")
    P(d, "Submit a cover letter and resume quoting Posting No. PW-2024-031 through the City's careers portal by "
         "the closing date. We thank all applicants; only those selected for an interview will be contacted.")
    P(d, "The City of Lakeshore Falls is an equal opportunity employer. Accommodation is available on request "
         "throughout the recruitment process in accordance with the AODA.", i=True, size=9, color="555555")
    docx_save(d, path, "City of Lakeshore Falls")


def jd08_jacaranda_international_school_primary_class_teacher(path):
    """International-school teaching vacancy: letterhead in the page header, 'Teaching Vacancy: Primary Class
    Teacher', a facts line (start date, contract, curriculum), About the school, The role, Package bullets,
    Essential and Desirable criteria lists, how to apply, safeguarding statement."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=2)
    purple = "5B2C83"
    hp = d.sections[0].header.paragraphs[0]
    run(hp, "JACARANDA INTERNATIONAL SCHOOL", b=True, size=13, color=purple)
    hp2 = d.sections[0].header.add_paragraph()
    run(hp2, "Kuala Lumpur, Malaysia  ·  Ages 3–18  ·  British curriculum  ·  Founded 1998", size=8.5,
        color="666666")
    p = P(d, after=2)
    run(p, "Teaching Vacancy: ", size=15, color="666666")
    run(p, "Primary Class Teacher", b=True, size=15, color=purple)
    P(d, "Start date: August 2025  ·  Contract: two years, renewable  ·  Curriculum: English National Curriculum "
         "with IPC", size=9.5, color="444444", after=8)

    def sec(s):
        P(d, s, b=True, size=12, color=purple, before=8, after=2, keep=True)

    sec("About Jacaranda International School")
    P(d, "Jacaranda International School is a not-for-profit school of 1,100 students from more than 40 "
         "nationalities, on a green campus in the west of Kuala Lumpur. Our primary school follows the English "
         "National Curriculum with the International Primary Curriculum (IPC) for topic learning.")
    sec("The role")
    P(d, "We are looking for an experienced class teacher for Year 4 who plans creative, well-differentiated "
         "lessons, works closely with a teaching assistant and EAL specialists, and builds warm partnerships "
         "with families.")
    sec("Package")
    bullets(d, ["Competitive tax-free-equivalent salary on the school's scale", "Housing allowance",
                "Annual return flights and shipping allowance", "Medical insurance",
                "Tuition for up to two children"])
    sec("Essential criteria")
    bullets(d, ["Qualified teacher status (PGCE, QTS or equivalent)", "Bachelor's degree",
                "Minimum 5 years of primary teaching experience",
                "Experience of the English National Curriculum"])
    sec("Desirable criteria")
    bullets(d, ["International school experience", "IPC or IB PYP training", "An EAL teaching qualification"])
    sec("How to apply")
    P(d, "Send a letter of application, CV and the names of three referees to recruitment@example-jis.edu.my by "
         "31 October. Interviews will take place online in November.")
    P(d, "Jacaranda International School is committed to safeguarding children. All appointments are subject to "
         "satisfactory references and police checks from every country of residence.", i=True, size=9,
      color="666666")
    docx_save(d, path, "Jacaranda International School")


def jd12_hollins_rye_assistant_store_manager(path):
    """Retailer's job advert in Word: the brand in capitals with a tagline in the page header, the title,
    a store / hours / pay line, 'What you'll be doing', 'What we're looking for' and 'Nice to have' lists in a
    two-column table, benefits, and 'About Hollins & Rye' at the end with the full company name."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.0, 2.0), after=2)
    green = "2E5E3A"
    hp = d.sections[0].header.paragraphs[0]
    run(hp, "HOLLINS & RYE", b=True, size=14, color=green)
    run(hp, "    Home · Garden · Hardware", size=9, color="777777")
    P(d, "Assistant Store Manager", b=True, size=20, color=green, after=2)
    P(d, "Harrogate store (0147)  ·  Full-time, 40 hours  ·  £30,500 – £33,000 + quarterly bonus", size=10,
      color="444444", after=8)
    P(d, "Our Harrogate store is busy, friendly and full of people who know their way around a tin of paint. "
         "We need an Assistant Store Manager to help the Store Manager run the shop floor, the team and the "
         "numbers.")
    P(d, "What you'll be doing", b=True, size=12, color=green, before=6, after=2)
    bullets(d, ["Leading the store on a rota of opening and closing shifts, including weekends.",
                "Coaching a team of 22 colleagues and planning the weekly rota.",
                "Keeping stock accurate and the shop floor to standard.",
                "Tracking sales, margin and service KPIs with the Store Manager."])
    t = new_table(d, 1, 2, [8.4, 8.4])
    cell(t.cell(0, 0), "What we're looking for", b=True, color=green)
    cell_bullets(t.cell(0, 0), ["3+ years' supervisory experience in retail",
                                "Experience managing rotas, stock and store standards",
                                "Confident with KPIs and sales reporting",
                                "Flexibility to work weekends and bank holidays"])
    cell(t.cell(0, 1), "Nice to have", b=True, color=green)
    cell_bullets(t.cell(0, 1), ["Experience in DIY, garden or homewares retail", "A first-aid qualification"])
    P(d, "What you'll get", b=True, size=12, color=green, before=8, after=2)
    bullets(d, ["25% colleague discount", "Quarterly bonus", "Company pension with 6% employer contribution",
                "Birthday day off"])
    P(d, "About Hollins & Rye", b=True, size=12, color=green, before=8, after=2)
    P(d, "Hollins & Rye Home Stores is a family-owned retailer with 62 stores across the North of England and "
         "Scotland, selling everything from garden furniture to the right size of screw since 1921.")
    docx_save(d, path, "Hollins & Rye")


def jd05_pinecrest_mutual_financial_analyst_ii(path):
    """A Workday careers page printed to PDF: top bar with the logo and 'Search for Jobs', the requisition ID
    first, the title, an Apply button, the facts column (locations, time type, posted on, job requisition ID),
    a salary band line, the job description with Required and Nice-to-have lists, 'About Us', EEO text, a
    'Similar Jobs' list and the Workday footer."""
    c = new_canvas(path, letter, "Financial Analyst II - Pinecrest Mutual Careers", "Pinecrest Mutual",
                   "Chrome (print to PDF)")
    blue = HexColor("#0b3d6e")
    lblue = HexColor("#0875e1")
    g = HexColor("#5e6a75")
    text(c, "4/22/24, 10:14 AM", 30, 775, "Arial", 7.5, g)
    text(c, "Financial Analyst II - Pinecrest Mutual Careers", 306, 775, "Arial", 7.5, g, "c")
    box(c, 30, 722, 552, 40, fill=HexColor("#f4f6f8"))
    c.setFillColor(blue)
    c.circle(52, 742, 11, fill=1, stroke=0)
    text(c, "Pinecrest Mutual", 70, 738, "Arial-B", 13, blue)
    text(c, "Search for Jobs", 440, 738, "Arial", 9, g)
    text(c, "Sign In", 560, 738, "Arial", 9, g, "r")
    f = Flow(c, 44, 524, 706, bottom=40)
    f.para("Req ID: R-0048213", font="Arial", size=9, color=g, after=4)
    f.para("Financial Analyst II", font="Arial-B", size=20, color=HexColor("#1f2933"), after=6)
    box(c, 44, f.y - 20, 60, 20, fill=lblue, r=4)
    text(c, "Apply", 74, f.y - 14, "Arial-B", 9.5, WHITE, "c")
    f.gap(28)
    for k, v in (("locations", "Des Moines, IA"), ("time type", "Full time"), ("posted on", "Posted 5 Days Ago"),
                 ("job requisition id", "R-0048213")):
        f.line(k, font="Arial", size=8, color=g, after=1)
        f.line(v, font="Arial", size=9.5, after=4)
    f.para("Salary band: $72,400 – $94,100 annually (Grade F4), plus annual incentive", font="Arial-B", size=9.5,
           after=8)
    hline(c, 44, 568, f.y + 2, HexColor("#dde3e8"), 0.8)
    f.gap(4)

    def sec(s):
        f.gap(4)
        f.para(s, font="Arial-B", size=10.5, after=3)

    sec("About the role")
    f.para("Our Corporate Finance team is looking for a Financial Analyst II to own monthly forecasting for the "
           "Personal Lines business, build the models behind pricing and expense decisions, and explain the "
           "numbers to leaders who are not accountants.", font="Arial", size=9.3, lead=12.5)
    sec("What you'll do")
    f.bullets(["Own the monthly forecast and variance commentary for Personal Lines (about $900M premium).",
               "Build and maintain driver-based models for expenses and headcount.",
               "Partner with Actuarial and Underwriting on plan assumptions.",
               "Automate recurring reporting and improve data quality."], font="Arial", size=9.3)
    sec("What you'll need (required)")
    f.bullets(["Bachelor's degree in finance, accounting or economics",
               "3+ years of FP&A or financial analysis experience",
               "Advanced Excel and financial modelling skills",
               "Experience with a planning tool such as Oracle EPM or Anaplan"], font="Arial", size=9.3)
    sec("Nice to have")
    f.bullets(["Insurance industry experience", "Progress toward a CPA or CFA", "SQL or Power BI"], font="Arial",
              size=9.3)
    sec("About Us")
    f.para("Pinecrest Mutual has protected Midwest families, farms and small businesses since 1908. We are owned by "
           "our policyholders, not shareholders, so we can take the long view.", font="Arial", size=9.3, lead=12.5)
    f.para("Pinecrest Mutual is an Equal Opportunity Employer. All qualified applicants will receive "
           "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
           "identity, national origin, disability or protected veteran status.", font="Arial", size=8.3,
           color=g, lead=11)
    sec("Similar Jobs")
    for s in ("Senior Financial Analyst  ·  Des Moines, IA", "Actuarial Analyst II  ·  Des Moines, IA",
              "Accounting Specialist  ·  Remote"):
        f.para(s, font="Arial", size=9, color=lblue, after=2)
    text(c, "© 2024 Workday, Inc. All rights reserved.", 306, 24, "Arial", 7.5, g, "c")
    c.save()


def jd09_northern_lakes_health_medical_laboratory_technologist_ii(path):
    """Health-authority job posting PDF: posting number and bargaining unit first, a coloured band with the
    authority's name, the title with a grade numeral, site / status / wage / closing lines, summary, duties,
    Required and Preferred qualifications, application note."""
    c = new_canvas(path, A4, "Posting 2024-LAB-0412", "Northern Lakes Health Authority", "Microsoft Word")
    teal = HexColor("#00576b")
    f = Flow(c, 50, 495, 800, bottom=40)
    f.para("Posting #: 2024-LAB-0412    |    Bargaining unit: Health Sciences (Paramedical Technical)", font="Arial",
           size=8.5, color=GREY, after=6)
    box(c, 0, f.y - 46, 595, 46, fill=teal)
    text(c, "Northern Lakes Health Authority", 50, f.y - 22, "Arial-B", 15, WHITE)
    text(c, "Career Opportunities", 50, f.y - 37, "Arial", 9.5, HexColor("#cde6ec"))
    f.gap(62)
    f.para("Medical Laboratory Technologist II", font="Arial-B", size=18, color=teal, after=6)
    for k, v in (("Site:", "Thunder Cove Regional Hospital – Clinical Laboratory"),
                 ("Status:", "Permanent full-time (1.0 FTE), rotating days, evenings and weekends"),
                 ("Wage:", "$41.82 – $54.07 per hour"), ("Closing:", "Open until filled")):
        f.room(14)
        text(c, k, 50, f.y - 9.5, "Arial-B", 9.5)
        f.para(v, font="Arial", size=9.5, indent=60, after=2)
    f.gap(6)

    def sec(s):
        f.gap(4)
        f.para(s, font="Arial-B", size=11, color=teal, after=3)

    sec("Summary")
    f.para("The Medical Laboratory Technologist II performs routine and complex testing in hematology, clinical "
           "chemistry and transfusion medicine for a 180-bed regional hospital and its outpatient clinics, and "
           "takes a lead role in quality control and the training of students.", font="Arial", size=9.5,
           lead=13)
    sec("Duties")
    f.bullets(["Perform and verify laboratory tests according to established procedures.",
               "Run, calibrate and troubleshoot automated analysers; perform quality-control reviews.",
               "Train and sign off new staff and MLT students on the bench.",
               "Participate in the on-call rotation."], font="Arial", size=9.5)
    sec("Required Qualifications")
    f.bullets(["Diploma or degree in Medical Laboratory Science",
               "Registration in good standing with the provincial college of medical laboratory technologists",
               "Minimum one (1) year of recent clinical laboratory experience",
               "Competence with hematology and clinical chemistry analysers"], font="Arial", size=9.5)
    sec("Preferred Qualifications")
    f.bullets(["Transfusion medicine experience", "Experience with a laboratory information system (LIS)"],
              font="Arial", size=9.5)
    sec("How to apply")
    f.para("Apply online quoting posting 2024-LAB-0412. Internal applicants are considered first in accordance with "
           "the collective agreement. Northern Lakes Health Authority is committed to an inclusive workplace.",
           font="Arial", size=9.5, lead=13)
    c.save()


# =========================================================================================================
# plain-text and Markdown documents
# =========================================================================================================
TEXTS = {}

TEXTS["resumes/r03_darnell_whitacre.txt"] = """\
DARNELL WHITACRE
Colorado Springs, CO 80916 | (719) 555-0148 | d.whitacre@example.com | linkedin.com/in/dwhitacre-example

LOGISTICS AND SUPPLY CHAIN MANAGER
Former U.S. Army Staff Sergeant with 11 years of supply, warehouse and fleet logistics experience, now
leading civilian freight operations. Secret clearance (inactive). Proven at keeping $30M+ of equipment
accounted for, teams trained and shipments moving on schedule.

CORE COMPETENCIES
Inventory Management | Warehouse Operations | Fleet Maintenance Scheduling | Hazardous Materials Handling |
Team Leadership | SAP | GCSS-Army | Microsoft Excel | Forklift Operation

PROFESSIONAL EXPERIENCE

LOGISTICS OPERATIONS SUPERVISOR
Front Range Freightways, Inc. - Colorado Springs, CO
June 2022 - Present
- Supervise 18 dock workers and 4 leads across two shifts at a 120-door cross-dock.
- Cut average trailer dwell time from 5.2 to 3.1 hours by re-sequencing door assignments.
- Run weekly safety huddles; zero recordable injuries in 2023.

SUPPLY SERGEANT (E-6)
U.S. Army, 17th Quartermaster Support Battalion - Fort Carson, CO
March 2018 - May 2022
- Accountable for $34M of property across 6 companies; 100% accountability at every change-of-command
  inventory.
- Managed requisitions and turn-ins in GCSS-Army (SAP-based) for 650 soldiers.
- Trained and supervised 9 supply specialists.

UNIT SUPPLY SPECIALIST (E-4)
U.S. Army, 2nd Forward Support Company - Camp Humphreys, South Korea
August 2013 - February 2018
- Received, stored and issued equipment and repair parts; maintained hand receipts for 3 platoons.
- Licensed forklift and tactical-vehicle operator; hazmat-certified for air and ground shipments.

MILITARY TRAINING
Advanced Leader Course (MOS 92Y), 2019 | Basic Leader Course, 2016 | Hazardous Materials Certification, 2015

EDUCATION
Associate of Applied Science in Logistics Management, Cheyenne Mountain Technical College, Colorado Springs, CO, 2021

CERTIFICATIONS
Certified Logistics Associate (CLA), 2022 | OSHA 30-Hour General Industry, 2023

AWARDS
Army Commendation Medal (2), Army Achievement Medal (3), Good Conduct Medal (3)
"""

TEXTS["resumes/r11_maricel_dela_cruz_santos.txt"] = """\
MARICEL DELA CRUZ SANTOS
Blk 12 Lot 8, Mabolo Heights, Cebu City 6000
Mobile: 0917 555 0148 | Email: maricel.santos@example.ph

OBJECTIVE
To be part of a growing BPO company as an Operations Supervisor where I can use my eight years of
experience in customer service and team leadership.

PERSONAL INFORMATION
Age:             30
Date of Birth:   March 3, 1994
Place of Birth:  Tagbilaran City, Bohol
Sex:             Female
Civil Status:    Single
Citizenship:     Filipino
Religion:        Roman Catholic
Height:          5'3"
Weight:          52 kg

WORK EXPERIENCE

Team Leader
Bayanihan Contact Solutions, Inc.
Cebu IT Park, Cebu City
October 2021 - Present
  * Handles a team of 16 customer service representatives on a US telecommunications account
    (inbound voice).
  * Conducts daily huddles, coaching sessions and call calibrations with the QA team.
  * Team ranked #1 of 9 in CSAT for five consecutive months in 2023.

Customer Service Representative
Bayanihan Contact Solutions, Inc.
Cebu IT Park, Cebu City
March 2018 - September 2021
  * Handled 60-80 inbound calls per day on billing, plan changes and device concerns.
  * Consistently met AHT and QA targets; became Subject Matter Expert (SME) of the team in 2020.

Technical Support Representative
Visayas Global Teleservices Corp.
Mandaue City, Cebu
June 2016 - February 2018
  * Troubleshot internet and e-mail concerns for an Australian ISP account via chat and voice.

EDUCATIONAL ATTAINMENT

Tertiary:    Bachelor of Science in Information Technology
             Mactan Polytechnic College
             2012 - 2016
Secondary:   Bohol Seaside National High School
             2008 - 2012
Primary:     Tagbilaran East Riverside Elementary School
             2002 - 2008

SKILLS
  * Inbound and outbound calls
  * Coaching and call calibration
  * Zendesk
  * Salesforce Service Cloud
  * Microsoft Excel

SEMINARS AND TRAININGS ATTENDED
  * Leadership Essentials for Team Leaders - Bayanihan Contact Solutions, Inc. (2021)
  * Customer Experience Excellence Workshop - Cebu City (2019)

CHARACTER REFERENCES
Mr. Jonathan Villanueva - Operations Manager, Bayanihan Contact Solutions, Inc. - 0918 555 0193
Ms. Kristine Abellana - Team Leader, Visayas Global Teleservices Corp. - 0922 555 0107

I hereby certify that the above information is true and correct to the best of my knowledge and belief.

MARICEL D. SANTOS
Applicant
"""

TEXTS["resumes/r15_dwayne_kowalczyk.txt"] = """\
DWAYNE KOWALCZYK
Journeyman Electrician
Allentown, PA 18104  *  (610) 555-0126  *  dkowalczyk.electric@example.com

SUMMARY
Licensed journeyman electrician with ten years in commercial and light-industrial work: service
upgrades, tenant fit-outs, motor controls and troubleshooting. Clean safety record, own tools and truck.

LICENSES & CERTIFICATIONS
City of Allentown Journeyman Electrician License #JE-20419
OSHA 30-Hour Construction  *  NFPA 70E Arc Flash Safety  *  Aerial Lift Certified

WORK HISTORY
Keystone Ridge Electric, LLC, Allentown, PA -- Journeyman Electrician (2019 - Present)
  - Lead a crew of 3 on commercial fit-outs up to 40,000 sq ft: service upgrades, panel schedules,
    lighting controls.
  - Installed and commissioned VFD motor controls for two food-processing plants.
Lehigh & Delaware Mechanical Contractors, Inc., Bethlehem, PA -- Apprentice Electrician (2015 - 2019)
  - 8,000 hours of supervised on-the-job training in conduit, wire pulling, terminations and
    troubleshooting.
Valley Hardware Co., Easton, PA -- Sales Associate, Electrical Aisle (2012 - 2015)
  - Advised contractors and homeowners on wiring devices and materials.

SKILLS
Commercial wiring, Conduit bending, Motor controls, PLC troubleshooting, Blueprint reading, NEC 2023,
Fire alarm systems

EDUCATION & TRAINING
A.A.S. Electrical Technology, Lehigh Gap Community College, 2015
Electrical Apprenticeship Program (4 years), Lehigh Valley Electrical Training Center, 2019
"""

TEXTS["resumes/r20_brianna_castillo_wheeler.txt"] = """\
BRIANNA CASTILLO-WHEELER, CPhT
Tucson, AZ 85719 | 520-555-0164 | bri.castillo.wheeler@example.com

PROFESSIONAL SUMMARY
Certified Pharmacy Technician with eight years of retail pharmacy experience in high-volume stores
(up to 900 prescriptions a day). Accurate, fast with insurance rejections and trusted to train new
technicians.

SKILLS
Prescription processing; Insurance billing; Prior authorizations; Inventory management; Compounding;
PioneerRx; Customer service

PROFESSIONAL EXPERIENCE

Lead Pharmacy Technician
Sonoran Family Pharmacy, Inc., Tucson, AZ | 03/2020 - Present
- Lead a team of 6 technicians across two shifts; build the weekly schedule.
- Cut insurance-rejection backlog from 3 days to same-day by setting up a daily rejection queue.
- Manage controlled-substance counts and monthly inventory; zero discrepancies in two DEA audits.

Pharmacy Technician
Desert Bloom Drug Stores, Inc., Phoenix, AZ | 06/2016 - 02/2020
- Entered and filled 250+ prescriptions per shift; processed prior authorizations.
- Prepared non-sterile compounds (creams, suspensions) under pharmacist supervision.

Front Store Associate
Desert Bloom Drug Stores, Inc., Phoenix, AZ | 2014 - 2016
- Cashier and front-store merchandising; moved to the pharmacy team after certification.

CERTIFICATIONS AND LICENSES
Certified Pharmacy Technician (CPhT), PTCB, 2016
Arizona Licensed Pharmacy Technician, License #T012345

EDUCATION
Pharmacy Technician Certificate | Saguaro Valley Community College, Tucson, AZ | 2016
High School Diploma | Rincon Vista High School, Tucson, AZ | 2014
"""

TEXTS["resumes/r05_wendy_tan_wei_ling.md"] = """\
# Wendy Tan Wei Ling

Senior Data Analyst · Singapore · +65 9555 0172 · wendy.tan@example.com.sg · linkedin.com/in/wendytanwl-example

**Nationality:** Singaporean · **Notice period:** 1 month · **Expected salary:** S$7,500 – S$8,500

## Profile

Data analyst with seven years in logistics and retail across Singapore and Malaysia. I build the data
models, dashboards and forecasts that operations teams use every day, and I like explaining them in a
meeting room with a whiteboard.

## Work Experience

| Period | Position | Company | Location |
|---|---|---|---|
| Jan 2022 – Present | Senior Data Analyst | Merlion Harbour Logistics Pte. Ltd. | Singapore |
| Jul 2019 – Dec 2021 | Data Analyst | Merlion Harbour Logistics Pte. Ltd. | Singapore |
| Mar 2017 – Jun 2019 | Business Intelligence Executive | Selangor Omni Retail Sdn. Bhd. | Kuala Lumpur, Malaysia |
| May 2016 – Aug 2016 | Data Analytics Intern | Tanjong Pagar Fintech Pte Ltd | Singapore |

### Key achievements

**At Merlion Harbour Logistics**

- Lead analyst for the container-yard operations team; own 40 Tableau dashboards used by 300 staff.
- Moved reporting from spreadsheets to Snowflake and dbt; daily reports ready by 7 am instead of noon.
- Built a berth-delay forecast that cut overtime planning errors by a quarter.

**At Selangor Omni Retail**

- Built the weekly sales and stock reporting for 85 stores in Power BI.
- Ran the first A/B tests of in-store promotions with the marketing team.

## Projects

| Project | What | Tools |
|---|---|---|
| Port congestion nowcast | Hourly prediction of gate queues from truck GPS pings | Python, Airflow |
| Churn early-warning dashboard | Flags at-risk B2B customers for the sales team | Snowflake, Tableau |

## Skills

| Category | Skills |
|---|---|
| Programming | Python, SQL, R |
| BI & visualisation | Tableau, Power BI |
| Data engineering | Snowflake, dbt, Airflow |
| Methods | A/B testing, Forecasting |

## Education

| Year | Qualification | Institution |
|---|---|---|
| 2016 | B.Sc. Statistics (Second Upper Honours) | Bukit Timah University |
| 2012 | GCE 'A' Level | Serangoon Hills Junior College |

## Languages

English (fluent) · Mandarin (fluent) · Malay (conversational)
"""

TEXTS["resumes/r14_freya_lindqvist.md"] = """\
# Freya Lindqvist

Freelance front-end developer · Edinburgh, UK · hello@freyalindqvist.example · freyalindqvist.example

## About

I build fast, accessible websites and small web apps for arts organisations, clinics and independent
shops. Before going freelance I spent six years in agencies in Glasgow and Stirling.

## Experience

### Freelance Front-End Developer — Thistledown Web, Edinburgh
*Mar 2020 – present* · my own practice, trading as Thistledown Web; selected clients below

- Around eight client projects a year, from a one-page festival site to a member dashboard for a credit union.
- Accessibility audits and fixes to WCAG 2.2 AA for public-sector clients.

### Front-End Developer — Caledonia Bytes Ltd, Glasgow
*Jun 2016 – Feb 2020*

- Built Vue and TypeScript front ends for ticketing and membership products.
- Set up the agency's component library and visual regression tests.

### Junior Web Developer — Forth & Clyde Digital LLP, Stirling
*Sep 2014 – May 2016*

- HTML, CSS and jQuery builds of designs for tourism and charity websites.

## Client projects

| Project | Client | Year | What I did |
|---|---|---|---|
| Harbour Lights Festival site | Leith Arts Collective | 2024 | Astro site with a headless CMS, WCAG 2.2 AA |
| Bookable | Greenhill Physio Clinics | 2023 | Vue booking widget embedded in nine clinic sites |
| Tidal Ledger | Firth Credit Union | 2022 | Accessible member dashboard and design system |
| Peat & Pine shop | Peat & Pine Candles | 2021 | Shopify theme rebuild, Core Web Vitals all green |

## Toolbox

HTML · CSS · JavaScript · TypeScript · Vue · Astro · Webflow · Figma · Shopify Liquid

## Education

**BSc Computing**, University of the Lothians, 2014
"""

TEXTS["resumes/r19_omar_farouk_elsayed.md"] = """\
<h1 align="center">Hi, I'm Omar Farouk Elsayed 👋</h1>
<p align="center">Backend engineer · Go &amp; Python · Cairo, Egypt (open to remote)</p>

<p align="center">
  <a href="mailto:omar.elsayed@example.com">Email</a> ·
  <a href="https://github.com/ofelsayed-example">GitHub</a> ·
  <a href="https://linkedin.com/in/ofelsayed-example">LinkedIn</a>
</p>

![Go](https://img.shields.io/badge/Go-00ADD8?logo=go&logoColor=white)
![Python](https://img.shields.io/badge/Python-3776AB?logo=python&logoColor=white)
![PostgreSQL](https://img.shields.io/badge/PostgreSQL-4169E1?logo=postgresql&logoColor=white)
![Kubernetes](https://img.shields.io/badge/Kubernetes-326CE5?logo=kubernetes&logoColor=white)

## 🧑‍💻 About me

I build boring, reliable backend systems: ledgers, queues and APIs that other teams can lean on.
Seven years in payments and e-commerce, mostly Go, some Python, a lot of PostgreSQL.

## 💼 Experience

- **Senior Backend Engineer** @ [Nilebyte Technologies S.A.E.](https://nilebyte.example) — Cairo, Egypt · `2021-03 → now`
  - Own the payments ledger service (Go, PostgreSQL) handling 1.5M transactions a day.
  - Led the move from a shared database to event-driven services on Kafka; p99 latency down 60%.
  - Interview and mentor backend engineers; wrote the team's on-call handbook.
- **Backend Engineer** @ [Souq Tayeb for E-Commerce LLC](https://souqtayeb.example) — Alexandria, Egypt · `2018-07 → 2021-02`
  - Built the order and inventory APIs in Python (Django) and later Go for 2,000 merchants.
  - Introduced Redis caching for the catalogue; page load times halved during Ramadan peaks.
- **Software Engineer Intern** @ Delta Pixel Labs — Mansoura, Egypt · `2017-06 → 2017-09`
  - Wrote internal tools and a REST API for a mobile game's leaderboard.

## 🧰 Tech stack

| Area | Tools |
|---|---|
| Languages | Go, Python, SQL |
| Data | PostgreSQL, Redis, Kafka |
| Infra | Docker, Kubernetes, AWS, Terraform |
| APIs | gRPC, REST |

## 🚀 Projects

- [**pgqueue-lite**](https://github.com/ofelsayed-example/pgqueue-lite) — a tiny job queue on PostgreSQL `SKIP LOCKED` (1.2k ⭐)
- [**arabic-slugify**](https://github.com/ofelsayed-example/arabic-slugify) — URL slugs for Arabic text with transliteration
- [**ledgerlint**](https://github.com/ofelsayed-example/ledgerlint) — checks double-entry invariants in a PostgreSQL ledger

## 🎓 Education

**B.Sc. Computer and Systems Engineering** — Delta Canal University, 2018

## 🌍 Languages

Arabic (native) · English (fluent, IELTS 8.0) · German (A2)
"""

TEXTS["resumes/r24_katarzyna_wisniewska_obi.md"] = """\
Katarzyna Wiśniewska-Obi
========================

Senior QA Automation Engineer · Wrocław, Poland · +48 605 555 014 · k.wisniewska.obi@example.pl

Summary
-------

QA engineer with seven years in e-commerce and logistics software. I build test automation that
developers trust and run, and I like finding the bug before the customer does.

Work history
------------

1. **Nadodrze Software House Sp. z o.o.**, Wrocław
   *Senior QA Automation Engineer* — 10.2021 – present
   - Built the Playwright and TypeScript end-to-end suite for a retail client's web shop (900 tests,
     12 minutes in parallel).
   - Introduced contract tests between 14 services; integration defects in staging down by half.
   - Coach four testers on automation and code review.

2. **Baltic Parcel Tech S.A.**, Gdańsk
   *QA Engineer II* — 03.2019 – 09.2021
   - Java and REST Assured API tests for the parcel-locker platform; JMeter load tests before peak season.
   - Moved the test runs into Jenkins pipelines with reports in Allure.

   *Junior QA Engineer* — 07.2017 – 02.2019
   - Manual and exploratory testing of the courier mobile app; first Cypress tests for the web panel.

Skills
------

Playwright · Cypress · Java · TypeScript · REST Assured · JMeter · Jenkins · GitLab CI · SQL

Certifications
--------------

ISTQB Certified Tester – Advanced Level Test Automation Engineer (2022)

Education
---------

**Engineer's degree (inż.) in Computer Science** — Politechnika Nadodrzańska, Wrocław, 2017

Languages
---------

Polish (native) · English (C1) · German (B1)
"""

# ---------------------------------------------------------------------------------------------------------
# job descriptions: TXT and Markdown
# ---------------------------------------------------------------------------------------------------------
TEXTS["job_descriptions/jd01_harbourline_outfitters_data_analyst.txt"] = """\
Skip to main content
LinkedIn
Search
Home
My Network
Jobs
Messaging
Notifications
Me
For Business
Try Premium for CA$0

Harbourline Outfitters logo
Data Analyst
Harbourline Outfitters · Halifax, NS (Hybrid) · 2 weeks ago · Over 100 applicants
Promoted by hirer · Actively reviewing applicants

$68K/yr - $82K/yr   Hybrid   Full-time   Mid-Senior level
1,001-5,000 employees · Retail
See how you compare to over 100 other applicants. Try Premium for CA$0

Easy Apply
Save
Save Data Analyst at Harbourline Outfitters

Meet the hiring team
Leah MacIsaac
Senior Talent Partner at Harbourline Outfitters
Message

About the job
Harbourline Outfitters is an outdoor and workwear retailer with 74 stores across Atlantic Canada and a
fast-growing online shop. Our small analytics team sits between merchandising, e-commerce and finance,
and we are hiring a Data Analyst to help us answer questions faster and more reliably.

What you'll do
• Build and maintain dashboards for sales, margin and inventory
• Write SQL to answer questions from merchandising and e-commerce
• Design and read out A/B tests on the website with the digital team
• Improve data definitions and documentation with our data engineer

What you bring
• 2+ years of experience in a data or analytics role
• Strong SQL
• Experience with Tableau or Power BI
• Comfort using Python or R for analysis
• Clear written communication

Bonus points
• Retail or e-commerce experience
• Experience with dbt
• Spoken French

What we offer
• Hybrid work (2 days a week in our Halifax office)
• 30% employee discount and a yearly gear allowance
• Group benefits and RRSP matching

Harbourline Outfitters is committed to an inclusive, accessible workplace. Accommodations are available on
request.

Show more
Show less

Set alert for similar jobs
Data Analyst, Halifax, Nova Scotia, Canada
Set alert

About the company
Harbourline Outfitters
12,408 followers
Follow
Retail
1,001-5,000 employees
Outdoor and workwear for the North Atlantic since 1962.
Show more

More jobs
Senior Data Analyst
Chebucto Mutual Insurance · Moncton, NB (On-site)
Business Intelligence Developer
Fundy Power Co-operative · Saint John, NB (Hybrid)
Analytics Engineer
Tidewater Commerce · Remote

Looking for talent?
Post a job
About   Accessibility   Help Center   Privacy & Terms   Ad Choices   Advertising   Business Services
Get the LinkedIn app   More
LinkedIn Corporation © 2024
"""

TEXTS["job_descriptions/jd02_saltmarsh_kitchen_rooms_sous_chef.md"] = """\
# Sous Chef

**Whitstable, Kent · Full-time, 45 hours over 4 days · £38,000 + tronc**

We're a 70-cover seafood restaurant with eight bedrooms upstairs, right on the harbour, cooking whatever the
boats and the local growers bring in. Our head chef is looking for a Sous Chef to run the pass when she isn't
there, lead the team of six and help write a menu that changes every week.

## What you'll do

- Run service and the kitchen team in the head chef's absence
- Order from our fishermen and growers and keep food cost on target
- Train commis and chefs de partie, and keep our HACCP records spotless
- Help develop the weekly menu and the tasting menu

## What we need

- 5+ years in professional kitchens, including at least 2 as a Chef de Partie
- Confidence with fish butchery and shellfish
- Level 3 Food Hygiene certificate
- Calm leadership during a busy service

## Good to have

- Experience in a rosette-standard kitchen
- Allergen management training

## What you get

- Four-day week, no split shifts
- Tronc of roughly £4,000 a year on top of salary
- Staff meals, a room upstairs for late finishes, and a day out on the boats every summer

## About Saltmarsh Kitchen & Rooms

Family-run since 2009, with a guide listing we're proud of and a green wall of sea kale. Apply with your CV
and a few lines about the best dish you ever ate to jobs@example-saltmarsh.co.uk.
"""

TEXTS["job_descriptions/jd04_kookaburra_cold_chain_warehouse_team_leader.txt"] = """\
SEEK
Job search
Profile
Career advice
Company reviews
Employer site

Warehouse Team Leader
Kookaburra Cold Chain Pty Ltd
View all jobs
Truganina, Melbourne VIC
Warehousing, Storage & Distribution (Manufacturing, Transport & Logistics)
Full time
$75,000 – $82,000 per year + super
Posted 3d ago
Quick apply
Save

About the role
Kookaburra Cold Chain runs temperature-controlled distribution for supermarkets and food manufacturers from
our new 40,000-pallet facility in Truganina. We're looking for a Warehouse Team Leader for our afternoon
shift (2pm – 10:30pm, Monday to Friday).

What you'll be doing
• Leading a team of 15–20 pickers, forklift drivers and loaders
• Allocating work in the WMS and keeping the shift on plan
• Running toolbox talks and making sure everyone goes home safe
• Working with transport to get every truck out on time

About you
• Minimum 2 years' leadership experience in a warehouse or DC
• Current forklift licence (LF)
• WMS experience (Manhattan, Körber or similar)
• Flexibility to work afternoon shift

Desirable
• Cold-chain or FMCG experience
• Certificate IV in Warehousing Operations

What's in it for you
• Shift allowance on top of base salary
• Freezer gear supplied, free on-site parking
• Career path to Shift Manager

Employer questions
Your application will include the following questions:
• Which of the following statements best describes your right to work in Australia?
• How many years' experience do you have as a team leader?
• Do you have a current forklift licence?

Be careful
Don't provide your bank or credit card details when applying for jobs.
Report this job ad

Job seekers also viewed
Shift Supervisor – Cold Store   Laverton North VIC
Inventory Controller   Derrimut VIC
"""

TEXTS["job_descriptions/jd06_confidential_fintech_senior_dotnet_developer.txt"] = """\
REDBRICK TALENT PARTNERS
Technology Recruitment | Manchester · Leeds · Remote

Ref: RTP/24/1187
Senior .NET Developer
Location: Manchester city centre (hybrid, 2 days a week in the office)
Salary: £65,000 – £75,000 + 10% bonus + pension
Type: Permanent, full-time

Our client, a well-established fintech in Manchester that processes payments for thousands of UK small
businesses, is growing its engineering team and is looking for a Senior .NET Developer to join one of its
product squads.

The role
- Design and build services in C# / .NET 8 on Azure
- Break up a large monolith into well-defined services, carefully
- Review code and mentor mid-level developers
- Work with product and QA in a squad of seven

Essential skills
- 5+ years of commercial C# / .NET experience
- ASP.NET Core Web APIs
- SQL Server and Entity Framework Core
- Experience with Azure (App Service, Service Bus or Functions)
- Automated testing (xUnit or NUnit)

Nice to have
- Payments or financial services background
- Docker and Kubernetes
- Event-driven architecture

Benefits: 27 days holiday + bank holidays, private healthcare, £1,500 learning budget, enhanced parental
leave.

Interested? Send your CV to Hannah Pryce at hannah.pryce@example-redbrick.co.uk or call 0161 555 0142
quoting RTP/24/1187.

Redbrick Talent Partners is acting as an employment agency in relation to this vacancy. By applying you
agree to our privacy notice.
"""

TEXTS["job_descriptions/jd07_brightwell_pharmacy_community_pharmacist.md"] = """\
# Community Pharmacist – Leeds – Brightwell Pharmacy Group

**Full-time (37.5 hours) · £47,000 – £52,000 · Headingley branch**

Brightwell is an independent group of 14 pharmacies across West Yorkshire. Our Headingley branch is busy,
friendly and known for its clinical services, and we're looking for a pharmacist who enjoys talking to
patients as much as checking prescriptions.

### Your role

- Responsible Pharmacist for a busy high-street branch dispensing around 9,000 items a month
- Deliver Pharmacy First consultations, flu vaccinations and the New Medicine Service
- Support and develop a team of dispensers and a foundation trainee pharmacist

### You will have

- GPhC registration as a pharmacist
- At least 1 year of community pharmacy experience
- Strong clinical knowledge and clear communication with patients
- Confidence using a PMR system

### It would be great if you have

- An independent prescribing qualification or an interest in training
- Experience delivering NHS clinical services

### What we offer

- Paid GPhC fees and protected CPD time
- No Sunday working
- Funding towards the independent prescribing course

Apply via the link or send your CV to careers@example-brightwell.co.uk.
"""

TEXTS["job_descriptions/jd10_brightwire_electrical_journeyman_electrician.txt"] = """\
indeed
Find jobs
Company reviews
Find salaries
Sign in
Employers / Post Job

Journeyman Electrician
Brightwire Electrical Contractors, LLC
4.1 out of 5 stars
Raleigh, NC 27603
$32 - $40 an hour - Full-time
Apply now

Profile insights
Find out how your skills align with the job description
Licenses
Journeyman Electrician License?
Skills
Conduit bending?   Blueprint reading?

Job details
Here's how the job details align with your profile.
Pay
$32 - $40 an hour
Job type
Full-time
Shift and schedule
8 hour shift
Monday to Friday
Overtime

Location
Raleigh, NC 27603

Benefits
Pulled from the full job description
401(k) matching
Health insurance
Paid time off
Tool allowance

Full job description
Brightwire Electrical Contractors is a family-owned commercial electrical contractor serving the Triangle
since 1994. We're adding a Journeyman Electrician to our service and tenant-improvement team.

Responsibilities:
- Install, maintain and repair commercial electrical systems to NEC and local code
- Read and work from blueprints, one-lines and panel schedules
- Lead a helper or apprentice on daily tasks
- Troubleshoot lighting controls, motors and distribution equipment

Requirements:
- 4+ years of commercial electrical experience
- Journeyman electrician license
- Valid driver's license and clean driving record
- Own hand tools
- Able to lift 50 lbs and work from ladders and lifts

Preferred:
- Experience with fire alarm or low-voltage systems
- OSHA 10 or OSHA 30 card

Job Type: Full-time
Pay: $32.00 - $40.00 per hour
Experience:
- Commercial electrical: 4 years (Required)
Work Location: In person

Hiring Insights
Job activity
Posted 6 days ago

Report job

Electrician jobs in Raleigh, NC
Jobs at Brightwire Electrical Contractors, LLC in Raleigh, NC
Salary Search: Journeyman Electrician salaries in Raleigh, NC
"""

TEXTS["job_descriptions/jd11_tidewell_analytics_staff_machine_learning_engineer.md"] = """\
# Staff Machine Learning Engineer

| | |
|---|---|
| **Company** | Tidewell Analytics |
| **Team** | Ranking & Recommendations |
| **Location** | Remote (EU time zones) or Lisbon office |
| **Salary** | €120,000 – €145,000 + equity |
| **Level** | Staff (L6) |

## Who we are

Tidewell builds the search and recommendation engine behind 40 European travel and marketplace sites. We are
80 people, half of them engineers, and profitable since 2022.

## What you'll work on

- Own the architecture of our ranking stack, from candidate generation to online re-ranking
- Set the technical direction for three ML teams and review their designs
- Raise the bar on offline / online evaluation and experimentation
- Mentor senior engineers and help hire the next ones

## You should have

- 8+ years of experience building production ML systems
- Deep experience with ranking or recommendation models
- Strong Python and one of PyTorch or TensorFlow
- Experience running models in production at scale (feature stores, online serving, monitoring)
- A track record of technical leadership across teams

## Bonus

- Experience with learning-to-rank or contextual bandits
- Spark or Ray
- Publications or open-source work in ML

## Interview process

1. 30-minute intro call with the hiring manager
2. Technical deep-dive on a system you built
3. Design session with two staff engineers
4. Values conversation with a founder
"""


def write_texts():
    for rel, body in TEXTS.items():
        with open(os.path.join(HERE, rel), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(body)
        print("  wrote", os.path.basename(rel))


# =========================================================================================================
# build lists
# =========================================================================================================
PDF_RESUMES = [r01_aroha_tipene_whitlock, r04_lukas_brandstaetter, r09_marisol_quintero_baptiste,
               r10_oliver_haddington_reyes, r16_joao_pedro_albuquerque_lima, r22_zhang_yiran]
DOCX_RESUMES = [r02_etienne_marchand_liu, r07_jessica_tran_holloway, r08_ngozi_chiamaka_okonkwo,
                r12_camille_laurent_diallo, r17_harriet_osei_pemberton, r18_faith_wanjiru_kamau,
                r23_daniela_garza_villarreal]
CONVERTED = {"r06_thandiwe_mokoena": r06_thandiwe_mokoena_docx,
             "r13_karim_haddad_rahme": r13_karim_haddad_rahme_docx,
             "r21_alejandro_ruiz_montenegro": r21_alejandro_ruiz_montenegro_docx}
JD_DOCX = [jd03_city_of_lakeshore_falls_water_treatment_plant_operator,
           jd08_jacaranda_international_school_primary_class_teacher, jd12_hollins_rye_assistant_store_manager]
JD_PDF = [jd05_pinecrest_mutual_financial_analyst_ii, jd09_northern_lakes_health_medical_laboratory_technologist_ii]


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
