"""Rebuild the PDF and DOCX documents of the fifth fresh set from the content held in this script.

    /work/main/.venv/bin/python tests/data/corpus/fresh5/build.py

reportlab draws the PDFs (canvas drawing, invariant=1), python-docx writes the DOCX files (fixed core
properties, fixed ZIP timestamps), and LibreOffice (`soffice --headless --convert-to pdf`) converts two Word
files (r10, r20) to PDF; those PDFs are rewritten through pypdf with fixed metadata and a fixed document ID.
TXT and Markdown documents are committed as written and are not touched here. Everything is fictional: the
people, companies, schools and clients were invented for this set.
"""
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.colors import HexColor
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "resumes")
JDS = os.path.join(HERE, "job_descriptions")
TAG = "fresh5"

# ---------------------------------------------------------------------------------------------------------
# fonts (TrueType so that every accented letter is embedded and extractable)
# ---------------------------------------------------------------------------------------------------------
_TT = "/usr/share/fonts/truetype"
_FONT_FILES = {
    "DV": "dejavu/DejaVuSans.ttf", "DV-B": "dejavu/DejaVuSans-Bold.ttf",
    "DV-I": "dejavu/DejaVuSans-Oblique.ttf", "DV-BI": "dejavu/DejaVuSans-BoldOblique.ttf",
    "DVC": "dejavu/DejaVuSansCondensed.ttf", "DVC-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVS": "dejavu/DejaVuSerif.ttf", "DVS-B": "dejavu/DejaVuSerif-Bold.ttf",
    "DVS-I": "dejavu/DejaVuSerif-Italic.ttf", "DVS-BI": "dejavu/DejaVuSerif-BoldItalic.ttf",
    "LS": "liberation/LiberationSans-Regular.ttf", "LS-B": "liberation/LiberationSans-Bold.ttf",
    "LS-I": "liberation/LiberationSans-Italic.ttf", "LS-BI": "liberation/LiberationSans-BoldItalic.ttf",
    "LR": "liberation/LiberationSerif-Regular.ttf", "LR-B": "liberation/LiberationSerif-Bold.ttf",
    "LR-I": "liberation/LiberationSerif-Italic.ttf", "LR-BI": "liberation/LiberationSerif-BoldItalic.ttf",
    "LN": "liberation/LiberationSansNarrow-Regular.ttf", "LN-B": "liberation/LiberationSansNarrow-Bold.ttf",
}
for _n, _f in _FONT_FILES.items():
    pdfmetrics.registerFont(TTFont(_n, os.path.join(_TT, _f)))
for _fam in ("DV", "DVS", "LS", "LR"):
    addMapping(_fam, 0, 0, _fam)
    addMapping(_fam, 1, 0, _fam + "-B")
    addMapping(_fam, 0, 1, _fam + "-I")
    addMapping(_fam, 1, 1, _fam + "-BI")
for _fam in ("DVC", "LN"):
    addMapping(_fam, 0, 0, _fam)
    addMapping(_fam, 1, 0, _fam + "-B")
    addMapping(_fam, 0, 1, _fam)
    addMapping(_fam, 1, 1, _fam + "-B")

BLACK = colors.black
WHITE = colors.white


# ---------------------------------------------------------------------------------------------------------
# reportlab helpers
# ---------------------------------------------------------------------------------------------------------
def canvas(path, size, title, author):
    c = Canvas(path, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(TAG + "/build.py")
    c.setProducer("ReportLab (" + TAG + ")")
    return c


def wrap(c, s, x, y, w, font="DV", size=9, lead=None, color=BLACK, align=0, markup=False):
    """Draw a wrapped paragraph with its top at y and return the y under it."""
    st = ParagraphStyle("w", fontName=font, fontSize=size, leading=lead or size * 1.3, textColor=color,
                        alignment=align)
    p = Paragraph(s if markup else escape(s), st)
    _, h = p.wrap(w, 3000)
    p.drawOn(c, x, y - h)
    return y - h


def line(c, s, x, y, font="DV", size=9, color=BLACK, how="l"):
    c.setFillColor(color)
    c.setFont(font, size)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[how](x, y, s)


def bullet_block(c, items, x, y, w, font="DV", size=9, color=BLACK, mark="•", gap=1.5, indent=10, lead=None):
    for it in items:
        line(c, mark, x, y - size, font, size, color)
        y = wrap(c, it, x + indent, y, w - indent, font, size, lead, color) - gap
    return y


def rule(c, x1, x2, y, color=BLACK, width=0.6):
    c.setStrokeColor(color)
    c.setLineWidth(width)
    c.line(x1, y, x2, y)


# ---------------------------------------------------------------------------------------------------------
# python-docx helpers
# ---------------------------------------------------------------------------------------------------------
FIXED = datetime(2024, 6, 3, 8, 30, 0)


def docx_new(font="Calibri", size=10.5, margins=(2.0, 2.0, 2.0, 2.0), after=2):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    st.paragraph_format.space_after = Pt(after)
    s = d.sections[0]
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = (Cm(m) for m in margins)
    return d


def docx_save(d, path, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 6, 3, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))


def R(p, s, b=False, i=False, size=None, color=None, font=None, caps=False):
    r = p.add_run(s)
    r.bold = b
    r.italic = i
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    if caps:
        r.font.all_caps = True
    return r


def para(box, s="", b=False, i=False, size=None, color=None, align=None, after=None, before=None, style=None,
         indent=None):
    p = box.add_paragraph(style=style) if style else box.add_paragraph()
    if s:
        R(p, s, b, i, size, color)
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    pf = p.paragraph_format
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    return p


def bullets_docx(box, items, style="List Bullet", size=None, after=1):
    for it in items:
        p = box.add_paragraph(style=style)
        R(p, it, size=size)
        p.paragraph_format.space_after = Pt(after)


def tab_stop(p, cm, how="r"):
    p.paragraph_format.tab_stops.add_tab_stop(
        Cm(cm), WD_TAB_ALIGNMENT.RIGHT if how == "r" else WD_TAB_ALIGNMENT.LEFT)


def shade(el, fill):
    """Shade a table cell or a paragraph."""
    if hasattr(el, "_tc"):
        pr = el._tc.get_or_add_tcPr()
    else:
        pr = el._p.get_or_add_pPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    pr.append(sh)


def border_below(p, color="444444", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def no_borders(table):
    tblPr = table._tbl.tblPr
    bd = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "nil")
        bd.append(x)
    tblPr.append(bd)


def all_borders(table, color="A6A6A6", sz=4):
    tblPr = table._tbl.tblPr
    bd = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "single")
        x.set(qn("w:sz"), str(sz))
        x.set(qn("w:color"), color)
        bd.append(x)
    tblPr.append(bd)


def widths(table, cms):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for col, w in zip(table.columns, cms):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def cell_write(cell, s, b=False, i=False, size=None, color=None, align=None):
    p = cell.paragraphs[0]
    R(p, s, b, i, size, color)
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    return p


# =========================================================================================================
# PDF resumes (reportlab)
# =========================================================================================================
class Flow:
    """A y cursor for one column that starts a new page (and calls on_page) when it runs out of room."""

    def __init__(self, c, top, bottom, on_page=None):
        self.c, self.top, self.bottom, self.on_page = c, top, bottom, on_page
        self.y = top
        self.page = 1

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            self.page += 1
            self.y = self.top
            if self.on_page:
                self.on_page(self.page)


def r01_nadia_castellanos(path):
    """LinkedIn 'Save to PDF' export: grey left column (Contact, Top Skills, Languages, Certifications),
    main column with a company heading, total tenure, then each position's title, dates with duration, place."""
    W, H = LETTER
    c = canvas(path, LETTER, "Nadia Castellanos - LinkedIn", "LinkedIn")
    side_w = 190
    MX, MR = 222, W - 36
    grey = HexColor("#737373")
    ink = HexColor("#181818")

    def chrome(page):
        c.setFillColor(HexColor("#F3F2EF"))
        c.rect(0, 0, side_w, H, fill=1, stroke=0)
        line(c, f"Page {page} of 2", W / 2, 22, "LS", 8, grey, "c")

    chrome(1)
    # ----- side column first (this is how the export is drawn)
    sx, sw = 24, side_w - 40
    y = H - 50
    line(c, "Contact", sx, y, "LS-B", 13, ink)
    y -= 20
    for s in ["+52 55 5555 0127 (Mobile)", "nadia.castellanos@example.mx",
              "www.linkedin.com/in/nadia-castellanos-pm (LinkedIn)", "nadiacastellanos.example (Personal)"]:
        y = wrap(c, s, sx, y, sw, "LS", 9.5, 12, ink) - 5
    y -= 14
    line(c, "Top Skills", sx, y, "LS-B", 13, ink)
    y -= 18
    for s in ["Product Roadmapping", "Payments", "SQL"]:
        line(c, s, sx, y, "LS", 10, ink)
        y -= 14
    y -= 14
    line(c, "Languages", sx, y, "LS-B", 13, ink)
    y -= 18
    for s in ["Spanish (Native or Bilingual)", "English (Full Professional)", "Portuguese (Limited Working)"]:
        line(c, s, sx, y, "LS", 10, ink)
        y -= 14
    y -= 14
    line(c, "Certifications", sx, y, "LS-B", 13, ink)
    y -= 8
    for s in ["Certified Scrum Product Owner (CSPO)", "Payments Risk Fundamentals", "Product Strategy Intensive"]:
        y = wrap(c, s, sx, y, sw, "LS", 10, 12, ink) - 5
    y -= 14
    line(c, "Honors-Awards", sx, y, "LS-B", 13, ink)
    y -= 8
    wrap(c, "Quetzal Pagos Builder Award 2023", sx, y, sw, "LS", 10, 12, ink)

    # ----- main column
    f = Flow(c, H - 50, 50, chrome)
    line(c, "Nadia Castellanos", MX, f.y - 20, "LS", 26, ink)
    f.y -= 34
    f.y = wrap(c, "Senior Product Manager at Quetzal Pagos | Payments, Lending & Risk", MX, f.y, MR - MX, "LS", 12,
               15, ink) - 4
    line(c, "Mexico City, Mexico", MX, f.y - 10, "LS", 10, grey)
    f.y -= 36

    def heading(t):
        f.need(40)
        line(c, t, MX, f.y - 14, "LS", 15, ink)
        f.y -= 24

    heading("Summary")
    f.y = wrap(c, "Product manager with nine years in fintech and logistics across Mexico and Spain. I like messy "
                  "problems where money moves: card acquiring, instant transfers (SPEI), merchant lending and "
                  "fraud. I lead squads of engineers, designers and analysts, write the SQL myself, and care a "
                  "lot about the people on the other side of the checkout.", MX, f.y, MR - MX, "LS", 10, 13,
               ink) - 18
    heading("Experience")

    def company(name, tenure):
        f.need(60)
        line(c, name, MX, f.y - 12, "LS", 12, ink)
        f.y -= 16
        if tenure:
            line(c, tenure, MX, f.y - 10, "LS", 10, grey)
            f.y -= 16

    def position(title, dates, place, desc):
        f.need(55)
        line(c, title, MX, f.y - 11, "LS-B", 11, ink)
        f.y -= 15
        line(c, dates, MX, f.y - 10, "LS", 10, grey)
        f.y -= 14
        line(c, place, MX, f.y - 10, "LS", 10, grey)
        f.y -= 16
        for d in desc:
            f.need(30)
            f.y = wrap(c, d, MX, f.y, MR - MX, "LS", 10, 12.5, ink) - 3
        f.y -= 12

    company("Quetzal Pagos S.A. de C.V.", "4 years 9 months")
    position("Senior Product Manager", "March 2022 - Present (2 years 4 months)", "Mexico City, Mexico",
             ["Own the merchant acquiring roadmap (card-present and e-commerce) for 140k small businesses.",
              "- Launched instant settlement to SPEI accounts; same-day payouts went from 12% to 71% of volume.",
              "- Cut chargeback losses 38% with a rules-plus-model fraud layer built with the risk team.",
              "- Lead two squads (14 people) and a quarterly planning process now used company-wide."])
    position("Product Manager", "October 2019 - February 2022 (2 years 5 months)", "Mexico City, Mexico",
             ["Built the merchant cash-advance product from discovery to MXN 900M originated.",
              "Ran pricing experiments and a repayment flow redesign that reduced delinquencies by a fifth."])
    company("Lumbre Logística", "")
    position("Associate Product Manager", "July 2017 - September 2019 (2 years 3 months)",
             "Guadalajara, Jalisco, Mexico",
             ["Carrier app and dispatch console for a mid-mile freight marketplace; grew weekly active carriers "
              "from 300 to 2,100.", "Introduced the first product analytics stack (Segment, Metabase)."])
    company("Bosque Digital SL", "")
    position("Business Analyst", "September 2015 - June 2017 (1 year 10 months)",
             "Madrid, Community of Madrid, Spain",
             ["Requirements and reporting for e-commerce clients in retail and travel."])
    company("Bosque Digital SL", "")
    position("Business Analyst Intern", "January 2015 - August 2015 (8 months)", "Madrid Area, Spain",
             ["Dashboards in Excel and Tableau for the client services team."])
    heading("Education")
    for school, deg in [("Universidad Tecnológica del Valle de Anáhuac",
                         "Master of Business Administration (MBA), Finance · (2013 - 2015)"),
                        ("Instituto Politécnico de Sierra Madre",
                         "Licenciatura, Industrial Engineering · (2008 - 2013)")]:
        f.need(40)
        line(c, school, MX, f.y - 12, "LS-B", 12, ink)
        f.y -= 17
        line(c, deg, MX, f.y - 10, "LS", 10, grey)
        f.y -= 22
    c.showPage()
    c.save()


def r04_marguerite_ostrowski(path):
    """US federal resume (USAJOBS style): citizenship/grade header block, employer blocks with dates,
    hours per week, series/grade, salary, supervisor and long duty paragraphs."""
    W, H = LETTER
    c = canvas(path, LETTER, "Federal Resume - Ostrowski", "M. Ostrowski")
    L, RM = 54, W - 54
    f = Flow(c, H - 54, 54, lambda p: line(c, "Marguerite A. Ostrowski - Page 2", RM, H - 36, "LR-I", 9, BLACK,
                                          "r"))
    line(c, "MARGUERITE A. OSTROWSKI", W / 2, f.y - 14, "LR-B", 16, BLACK, "c")
    f.y -= 30
    for s in ["1408 Larkspur Lane, Apt 3B, Silver Spring, MD 20910",
              "Phone: (301) 555-0148  |  Email: m.ostrowski@example.com"]:
        line(c, s, W / 2, f.y - 10, "LR", 10.5, BLACK, "c")
        f.y -= 14
    f.y -= 6
    for k, v in [("Citizenship:", "United States Citizen"), ("Veterans' Preference:", "None"),
                 ("Security Clearance:", "Public Trust (Tier 4), active"),
                 ("Federal Status:", "Current federal employee; Highest Grade Held GS-0343-13, Step 4"),
                 ("Announcement:", "Applying to vacancy NCRA-24-1187-MP, Supervisory Program Analyst")]:
        line(c, k, L, f.y - 10, "LR-B", 10.5)
        line(c, v, L + 128, f.y - 10, "LR", 10.5)
        f.y -= 14
    f.y -= 8

    def section(t):
        f.need(40)
        line(c, t, L, f.y - 12, "LR-B", 12)
        rule(c, L, RM, f.y - 16, BLACK, 0.8)
        f.y -= 26

    section("WORK EXPERIENCE")

    def job(employer, addr, dates, hours, title, grade, salary, sup, duties, acc):
        f.need(120)
        line(c, employer, L, f.y - 11, "LR-B", 11)
        f.y -= 14
        line(c, addr, L, f.y - 10, "LR", 10.5)
        f.y -= 14
        for k, v in [("Dates of Employment:", dates), ("Hours per week:", hours), ("Position Title:", title),
                     ("Series/Grade:", grade), ("Salary:", salary), ("Supervisor:", sup)]:
            if v:
                line(c, k, L, f.y - 10, "LR-B", 10.5)
                line(c, v, L + 128, f.y - 10, "LR", 10.5)
                f.y -= 13.5
        f.y -= 4
        f.need(40)
        line(c, "Duties, Accomplishments and Related Skills:", L, f.y - 10, "LR-BI", 10.5)
        f.y -= 14
        for d in duties:
            f.need(40)
            f.y = wrap(c, d, L, f.y, RM - L, "LR", 10.5, 13) - 5
        if acc:
            f.need(30)
            line(c, "Key Accomplishments:", L, f.y - 10, "LR-BI", 10.5)
            f.y -= 13
            for a in acc:
                f.need(30)
                f.y = bullet_block(c, [a], L + 8, f.y, RM - L - 8, "LR", 10.5, lead=13)
        f.y -= 12

    job("National Coastal Resilience Administration", "1315 East-West Highway, Silver Spring, MD 20910",
        "05/2021 - Present", "40", "Program Analyst", "GS-0343-13", "$128,400 per year",
        "Dana Whitcombe, (301) 555-0170; may be contacted",
        ["Serve as senior program analyst for the Coastal Community Grants Program ($310M annual portfolio, "
         "1,140 active awards). Plan and conduct program evaluations, develop performance measures under the "
         "GPRA Modernization Act, and brief the Deputy Administrator on findings and options.",
         "Lead the annual budget formulation for three budget lines; prepare justifications, exhibits and "
         "responses to OMB and congressional staff questions. Track obligations in the agency financial system."],
        ["Designed a grant risk-scoring model in SAS that moved 22% of site visits to high-risk awards; improper "
         "payments fell from 3.1% to 1.4% in two years.",
         "Led a 9-person working group that replaced 14 spreadsheet trackers with a Power BI dashboard used by "
         "all regional offices."])
    job("National Coastal Resilience Administration", "1315 East-West Highway, Silver Spring, MD 20910",
        "08/2017 - 05/2021", "40", "Management Analyst", "GS-0343-11/12", "$94,200 per year (GS-12)",
        "Roberto Saldana, (301) 555-0162; may be contacted",
        ["Analyzed workflows, staffing and costs for grant operations; wrote decision memos and standard "
         "operating procedures; coordinated the internal control review (OMB Circular A-123) for the office."],
        ["Reduced average award processing time from 96 to 61 days through a redesigned review sequence."])
    job("Chesapeake Regional Transit Commission", "200 Pratt Street, Suite 900, Baltimore, MD 21202",
        "06/2013 - 08/2017", "40", "Budget Technician", "N/A (non-federal)", "$48,500 per year",
        "Helen Marsh-Odom, (410) 555-0199; may be contacted",
        ["Prepared monthly variance reports for a $220M operating budget, reconciled capital project "
         "accounts, and supported the annual audit."], [])
    section("EDUCATION")
    for s in ["Calloway University, Washington, DC - Master of Public Policy, 2017 (GPA 3.8/4.0; 42 semester hours)",
              "Severn Bay College, Annapolis, MD - Bachelor of Arts, Political Science, 2013 (cum laude)"]:
        f.need(30)
        f.y = wrap(c, s, L, f.y, RM - L, "LR", 10.5, 13) - 6
    f.y -= 8
    section("SKILLS")
    f.need(40)
    f.y = wrap(c, "Microsoft Excel (advanced); Power BI; SAS; SharePoint; Program evaluation; Performance "
                  "measurement; Budget formulation; Grants management", L, f.y, RM - L, "LR", 10.5, 13) - 12
    section("TRAINING AND CERTIFICATIONS")
    for s in ["Federal Acquisition Certification - Contracting Officer's Representative (FAC-COR) Level II, 2022",
              "Certified Government Financial Manager (CGFM), 2020"]:
        f.need(30)
        f.y = bullet_block(c, [s], L + 8, f.y, RM - L - 8, "LR", 10.5, lead=13)
    f.y -= 8
    section("AWARDS")
    f.need(30)
    f.y = bullet_block(c, ["NCRA Administrator's Award for Program Integrity, 2023",
                           "Time-Off Award (16 hours), 2019"], L + 8, f.y, RM - L - 8, "LR", 10.5, lead=13)
    c.showPage()
    c.save()


def r07_sebastian_kroll(path):
    """German tabular Lebenslauf written in English: photo box, personal-data table, a date column on the
    left ("since 04/2020", "10/2015 – 03/2020") and content on the right; place/date and signature at the end."""
    W, H = A4
    c = canvas(path, A4, "Curriculum Vitae Sebastian Kroll", "Sebastian Kroll")
    L, RM = 62, W - 56
    DX = L + 118  # content column
    accent = HexColor("#1F4E79")
    f = Flow(c, H - 60, 60)
    line(c, "Curriculum Vitae", L, f.y - 22, "LS-B", 22, accent)
    # photo placeholder
    c.setStrokeColor(HexColor("#9AA5B1"))
    c.setFillColor(HexColor("#E8ECF0"))
    c.rect(RM - 88, H - 240, 88, 108, fill=1, stroke=1)
    line(c, "[photo]", RM - 44, H - 188, "LS-I", 8, HexColor("#6B7785"), "c")
    f.y -= 46

    def section(t):
        f.need(50)
        line(c, t, L, f.y - 12, "LS-B", 12, accent)
        rule(c, L, RM, f.y - 17, accent, 0.9)
        f.y -= 30

    def row(left, right_lines, bold_first=True, extra=None):
        f.need(16 * len(right_lines) + 10)
        line(c, left, L, f.y - 10, "LS", 10)
        for k, s in enumerate(right_lines):
            f.y = wrap(c, s, DX, f.y, RM - DX - (100 if f.y > H - 180 else 0),
                       "LS-B" if (k == 0 and bold_first) else "LS", 10, 13.5)
        if extra:
            f.y -= 2
            f.y = bullet_block(c, extra, DX + 4, f.y, RM - DX - 4, "LS", 9.5, mark="–", lead=12.5)
        f.y -= 9

    section("Personal Data")
    for k, v in [("Name", "Sebastian Kroll"), ("Address", "Lindenstraße 22, 50674 Köln"),
                 ("Phone", "+49 176 5550 3381"), ("E-mail", "sebastian.kroll@example.de"),
                 ("Date of birth", "14.03.1988 in Aachen"), ("Nationality", "German"),
                 ("Marital status", "married, two children")]:
        line(c, k, L, f.y - 10, "LS", 10)
        line(c, v, DX, f.y - 10, "LS", 10)
        f.y -= 15
    f.y -= 10
    section("Professional Experience")
    row("since 04/2020", ["Senior Process Engineer", "Rheinwerk Anlagenbau GmbH & Co. KG, Köln"], extra=[
        "Basic and detail engineering for polymer and specialty-chemical plants (EUR 5–40 m projects)",
        "Lead process engineer for a 60 kt/a polyamide compounding line, commissioning 2023",
        "Technical lead for HAZOP studies; mentoring of three junior engineers"])
    row("10/2015 – 03/2020", ["Process Engineer", "Lechtal Chemie AG, Augsburg"], extra=[
        "Debottlenecking of distillation and drying units, +14 % throughput",
        "Process simulation in Aspen Plus; mass and energy balances; P&ID reviews",
        "Energy-efficiency programme that saved 9 GWh of steam per year"])
    row("09/2013 – 09/2015", ["Trainee Engineer", "Saar Kunststofftechnik GmbH, Saarbrücken"], extra=[
        "Two-year trainee programme: production, quality assurance and plant engineering"])
    row("03/2012 – 08/2012", ["Intern, Process Development", "Baltica Polymers Sp. z o.o., Gdańsk, Poland"],
        extra=["Pilot-plant trials for a new PET recycling step (internship during studies)"])
    section("Education")
    row("10/2008 – 07/2013", ["Dipl.-Ing. Chemical Engineering", "Eifel Technical University, Aachen",
                              "Final grade: 1.7 (good); thesis on reactive extrusion of polyolefins"])
    row("08/1998 – 06/2007", ["Abitur (university entrance qualification)", "Kaiser-Karl-Gymnasium, Aachen"])
    section("Skills")
    for k, v in [("Software", "Aspen Plus, MATLAB, SAP PM, AutoCAD Plant 3D, Python (basic)"),
                 ("Methods", "HAZOP, FMEA, Six Sigma Green Belt, Root cause analysis")]:
        f.need(20)
        line(c, k, L, f.y - 10, "LS", 10)
        f.y = wrap(c, v, DX, f.y, RM - DX, "LS", 10, 13.5) - 6
    f.y -= 6
    section("Languages")
    for k, v in [("German", "native"), ("English", "fluent (C1)"), ("French", "good (B1)")]:
        f.need(16)
        line(c, k, L, f.y - 10, "LS", 10)
        line(c, v, DX, f.y - 10, "LS", 10)
        f.y -= 15
    f.y -= 8
    section("Interests")
    f.need(20)
    line(c, "Cycling (Eifel marathon 2022), chess club Köln-Sülz, restoring old motorcycles", DX, f.y - 10, "LS",
         10)
    f.y -= 40
    f.need(50)
    line(c, "Köln, 02.05.2024", L, f.y - 10, "LS", 10)
    line(c, "Sebastian Kroll", DX + 40, f.y - 12, "DVS-I", 15, HexColor("#1A237E"))
    rule(c, DX + 30, DX + 200, f.y - 18, BLACK, 0.4)
    c.showPage()
    c.save()


def r09_oluwaseun_bello(path):
    """Designer-style two-column PDF: full-width terracotta header band, main column on the LEFT with a
    timeline (dots on a vertical line, date above the title), light sidebar on the RIGHT drawn after the
    main column (contact, skills as pill tags, software with level bars, education, clients)."""
    W, H = A4
    c = canvas(path, A4, "Oluwaseun Bello — Portfolio CV", "Oluwaseun Bello")
    terra = HexColor("#B5532F")
    sand = HexColor("#F6EEE6")
    ink = HexColor("#2B2118")
    muted = HexColor("#7A6A5C")
    band = 112
    c.setFillColor(terra)
    c.rect(0, H - band, W, band, fill=1, stroke=0)
    line(c, "OLUWASEUN", 40, H - 52, "DV-B", 28, WHITE)
    line(c, "BELLO", 40, H - 84, "DV", 28, WHITE)
    line(c, "Brand & Visual Designer", W - 40, H - 84, "DV-I", 12, WHITE, "r")
    sx = 392
    c.setFillColor(sand)
    c.rect(sx - 16, 0, W - sx + 16, H - band, fill=1, stroke=0)

    # ----- main (left)
    L, RM = 40, sx - 40
    y = H - band - 34
    line(c, "PROFILE", L, y, "DV-B", 11, terra)
    y -= 8
    y = wrap(c, "Brand designer with eight years of identity, packaging and campaign work for food, music and "
                "fintech brands in Lagos and Berlin. I build systems that survive contact with real printers, "
                "real screens and real marketing teams.", L, y, RM - L, "DV", 9, 12.5, ink) - 20
    line(c, "EXPERIENCE", L, y, "DV-B", 11, terra)
    y -= 16
    tl_x = L + 4
    top_tl = y
    entries = [
        ("Mar 2021 — Now", "Senior Brand Designer", "Imole Creative Studio · Lagos, Nigeria",
         ["Lead designer on 11 identity projects, from workshop to brand book.",
          "Built the studio's type and colour system library; halved handover time to clients.",
          "Art-directed photo shoots and motion toolkits for two national campaigns."]),
        ("Jun 2018 — Feb 2021", "Visual Designer", "Kettle & Crumb GmbH · Berlin, Germany",
         ["Packaging for 40+ SKUs across three markets; managed print checks with suppliers.",
          "Designed the in-store and social campaign for the 2019 rebrand."]),
        ("Aug 2016 — May 2018", "Junior Graphic Designer", "Adire Print House Ltd · Ibadan, Nigeria",
         ["Layouts, pre-press and colour proofs for books, posters and event branding."]),
    ]
    for dates, title, org, bl in entries:
        c.setFillColor(terra)
        c.circle(tl_x, y - 3, 3.6, fill=1, stroke=0)
        line(c, dates.upper(), L + 16, y - 6, "DV", 7.5, muted)
        y -= 20
        line(c, title, L + 16, y - 2, "DV-B", 10.5, ink)
        y -= 14
        line(c, org, L + 16, y - 2, "DV-I", 9, ink)
        y -= 10
        y = bullet_block(c, bl, L + 18, y, RM - L - 18, "DV", 8.8, ink, mark="–", lead=11.5) - 14
    c.setStrokeColor(HexColor("#D9B8A6"))
    c.setLineWidth(1)
    c.line(tl_x, top_tl - 3, tl_x, y + 20)
    line(c, "SELECTED WORK", L, y, "DV-B", 11, terra)
    y -= 16
    for name, what in [("Harmattan Jazz Week identity", "festival identity, posters and animated idents, 2023"),
                       ("Kettle & Crumb packaging refresh", "tea and biscuit range for DE/AT/CH, 2020"),
                       ("Adire Now exhibition catalogue", "120-page catalogue, Ibadan, 2017")]:
        line(c, name, L, y, "DV-B", 9.5, ink)
        y -= 12
        line(c, what, L, y, "DV", 8.8, muted)
        y -= 18

    # ----- sidebar (right), drawn after the main column
    x, w = sx, W - sx - 28
    y = H - band - 34

    def shead(t):
        nonlocal y
        line(c, t, x, y, "DV-B", 10.5, terra)
        y -= 16

    shead("CONTACT")
    for s in ["Lekki Phase 1, Lagos", "+234 803 555 0164", "hello@seunbello.example", "seunbello.example"]:
        line(c, s, x, y, "DV", 8.8, ink)
        y -= 13
    y -= 12
    shead("SKILLS")
    line(c, "Design", x, y, "DV-I", 8.5, muted)
    y -= 6
    px, row_top = x, y
    for s in ["Brand Identity", "Typography", "Art Direction", "Packaging", "Motion Design", "Illustration"]:
        tw = pdfmetrics.stringWidth(s, "DV", 8.2) + 14
        if px + tw > x + w:
            px, row_top = x, row_top - 20
        c.setFillColor(WHITE)
        c.setStrokeColor(terra)
        c.roundRect(px, row_top - 15, tw, 15, 7, fill=1, stroke=1)
        line(c, s, px + 7, row_top - 11, "DV", 8.2, ink)
        px += tw + 5
    y = row_top - 30
    line(c, "Software", x, y, "DV-I", 8.5, muted)
    y -= 14
    for s, lvl in [("Figma", 0.95), ("Adobe Illustrator", 0.9), ("Adobe InDesign", 0.85),
                   ("After Effects", 0.65), ("Blender", 0.4)]:
        line(c, s, x, y, "DV", 8.8, ink)
        c.setFillColor(HexColor("#E4D3C5"))
        c.rect(x + 92, y, w - 92, 5, fill=1, stroke=0)
        c.setFillColor(terra)
        c.rect(x + 92, y, (w - 92) * lvl, 5, fill=1, stroke=0)
        y -= 14
    y -= 12
    shead("EDUCATION")
    y += 9
    for s, st in [("BA Fine and Applied Arts", "DV-B"), ("Oke-Ogun College of Art and Design", "DV"),
                  ("2012 – 2016", "DV")]:
        y = wrap(c, s, x, y, w, st, 8.8, 11.5, ink) - 2
    y -= 9
    y -= 14
    shead("LANGUAGES")
    for s in ["Yoruba — native", "English — native", "German — B1"]:
        line(c, s, x, y, "DV", 8.8, ink)
        y -= 13
    y -= 12
    shead("SELECTED CLIENTS")
    y = wrap(c, "Palmwine Records, Lekki Surf Club, Obi & Sons Foods, Spree Kaffeerösterei", x, y + 9, w, "DV",
             8.8, 12, ink)
    c.showPage()
    c.save()


def r14_ines_moreau(path):
    """Europass CV (2020+ online-editor look): small 'europass' mark, name with labelled personal lines,
    section titles with a rule, each entry '[ DD/MM/YYYY – CURRENT ] City, Country' then the job title in
    capitals, then the employer; CEFR language table; digital skills as '|'-separated tags."""
    W, H = A4
    c = canvas(path, A4, "Europass CV - Inès Moreau", "Inès Moreau")
    blue = HexColor("#0A3D91")
    lite = HexColor("#4A6FB5")
    L, RM = 48, W - 48
    f = Flow(c, H - 48, 56, lambda p: line(c, "europass", L, H - 30, "DV-B", 9, lite))
    line(c, "europass", L, H - 30, "DV-B", 9, lite)
    line(c, "Inès Moreau", L, f.y - 22, "DV-B", 22, blue)
    f.y -= 36
    for k, v in [("Nationality:", "French"), ("Date of birth:", "02/11/1991"),
                 ("Phone number:", "(+33) 6 12 34 56 78 (Mobile)"), ("Email address:", "ines.moreau@example.fr"),
                 ("Address:", "18 rue des Tanneurs, 69002, Lyon, France (Home)")]:
        line(c, k, L, f.y - 9, "DV-B", 8.5)
        line(c, v, L + pdfmetrics.stringWidth(k, "DV-B", 8.5) + 5, f.y - 9, "DV", 8.5)
        f.y -= 13
    f.y -= 12

    def section(t):
        f.need(60)
        line(c, t, L, f.y - 12, "DV-B", 11, blue)
        rule(c, L + pdfmetrics.stringWidth(t, "DV-B", 11) + 8, RM, f.y - 8, lite, 0.8)
        f.y -= 26

    def entry(dates, place, title, org, lines, sector=None):
        f.need(80)
        ds = "[ " + dates + " ]"
        line(c, ds, L, f.y - 9, "DV", 8.5, HexColor("#555555"))
        line(c, place, L + pdfmetrics.stringWidth(ds, "DV", 8.5) + 8, f.y - 9, "DV", 8.5, HexColor("#555555"))
        f.y -= 15
        line(c, title, L, f.y - 10, "DV-B", 10.5, BLACK)
        f.y -= 15
        if org:
            line(c, org, L, f.y - 9, "DV", 9.5, blue)
            f.y -= 14
        f.y = bullet_block(c, lines, L + 4, f.y, RM - L - 4, "DV", 9, mark="◦", lead=12) - 2
        if sector:
            line(c, "Business or Sector:", L, f.y - 9, "DV-B", 8.5)
            line(c, sector, L + 100, f.y - 9, "DV", 8.5)
            f.y -= 13
        f.y -= 10

    section("WORK EXPERIENCE")
    entry("01/09/2020 – CURRENT", "Lyon, France", "SENIOR PROJECT MANAGER", "Ateliers Rhône-Bâti SAS",
          ["Lead three concurrent public-building projects (schools, sports halls) of EUR 8–25 M each.",
           "Manage design teams and 20+ subcontractors; planning in Primavera P6; BIM coordination.",
           "Delivered the Vaise school campus two weeks early and 3 % under budget."],
          "Construction of buildings")
    entry("01/03/2018 – 31/08/2020", "Lyon, France", "PROJECT MANAGER", "Ateliers Rhône-Bâti SAS",
          ["Residential and mixed-use projects up to EUR 12 M; cost control, claims and client reporting."])
    entry("15/09/2014 – 28/02/2018", "Antwerp, Belgium", "SITE ENGINEER", "Bouwgroep Schelde-Maas B.V.",
          ["Site supervision of port warehouses and a 9-storey office block; quality and safety inspections.",
           "Daily coordination with Dutch- and French-speaking crews."], "Civil engineering")
    entry("01/02/2014 – 31/07/2014", "Valencia, Spain", "WORKS SUPERVISOR INTERN", "Constructora Mirador S.L.",
          ["Final-year internship: quantity surveying and site diaries on a hospital extension."])
    section("EDUCATION AND TRAINING")
    for dates, place, deg, school, extra in [
        ("01/09/2011 – 30/06/2014", "Villeurbanne, France", "MASTER'S DEGREE IN CIVIL ENGINEERING",
         "École Supérieure des Travaux de Fourvière", "Level in EQF: EQF level 7"),
        ("01/09/2009 – 30/06/2011", "Lyon, France", "PREPARATORY CLASSES (CPGE), MATHEMATICS AND PHYSICS",
         "Lycée du Parc-Saint-Irénée", "Level in EQF: EQF level 5")]:
        f.need(60)
        ds = "[ " + dates + " ]"
        line(c, ds, L, f.y - 9, "DV", 8.5, HexColor("#555555"))
        line(c, place, L + pdfmetrics.stringWidth(ds, "DV", 8.5) + 8, f.y - 9, "DV", 8.5, HexColor("#555555"))
        f.y -= 15
        line(c, deg, L, f.y - 10, "DV-B", 10.5)
        f.y -= 15
        line(c, school, L, f.y - 9, "DV", 9.5, blue)
        f.y -= 13
        line(c, extra, L, f.y - 9, "DV", 8.5)
        f.y -= 22
    f.need(150)
    section("LANGUAGE SKILLS")
    line(c, "Mother tongue(s):", L, f.y - 9, "DV", 9)
    line(c, "FRENCH", L + 90, f.y - 9, "DV-B", 9)
    f.y -= 16
    line(c, "Other language(s):", L, f.y - 9, "DV", 9)
    f.y -= 16
    cols = [L, L + 110, L + 190, L + 270, L + 360, L + 450]
    for x, h in zip(cols, ["", "UNDERSTANDING", "", "SPEAKING", "", "WRITING"]):
        line(c, h, x, f.y - 8, "DV-B", 7.5, lite)
    f.y -= 12
    for x, h in zip(cols, ["", "Listening", "Reading", "Spoken production", "Spoken interaction", ""]):
        line(c, h, x, f.y - 8, "DV", 7.5, HexColor("#555555"))
    f.y -= 14
    for lang, lv in [("ENGLISH", ["C1", "C1", "B2", "C1", "B2"]), ("SPANISH", ["B2", "B2", "B2", "B2", "B1"]),
                     ("DUTCH", ["B1", "B1", "A2", "B1", "A2"])]:
        line(c, lang, cols[0], f.y - 8, "DV-B", 8.5)
        for x, v in zip(cols[1:], lv):
            line(c, v, x, f.y - 8, "DV", 8.5)
        f.y -= 14
    f.y -= 12
    section("DIGITAL SKILLS")
    f.need(30)
    f.y = wrap(c, "Autodesk Revit | Primavera P6 | MS Project | AutoCAD | BIM 360 | Microsoft Office", L, f.y, RM - L,
               "DV", 9, 12) - 14
    section("DRIVING LICENCE")
    f.need(20)
    line(c, "Driving Licence: B", L, f.y - 9, "DV", 9)
    c.showPage()
    c.save()


def r24_henrik_dahl(path):
    """Two-page executive resume: centred serif name, one-line positioning, executive profile, 'KEY SKILLS'
    as a three-column grid, career history with company heading + italic company description and the roles
    under it (full month names, em-dash, 'present'), a one-line 'Earlier career' entry, page-2 running head."""
    W, H = A4
    c = canvas(path, A4, "Henrik Dahl - CFO", "Henrik Dahl")
    navy = HexColor("#14213D")
    gold = HexColor("#A67C00")
    L, RM = 58, W - 58

    def running(p):
        line(c, "Henrik Dahl", L, H - 34, "LR-I", 9, navy)
        line(c, f"Page {p}", RM, H - 34, "LR-I", 9, navy, "r")
        rule(c, L, RM, H - 40, gold, 0.5)

    f = Flow(c, H - 56, 60, running)
    line(c, "HENRIK DAHL", W / 2, f.y - 24, "LR-B", 26, navy, "c")
    f.y -= 42
    line(c, "Chief Financial Officer  ·  Shipping, Energy & Logistics", W / 2, f.y - 10, "LR-I", 12, gold, "c")
    f.y -= 22
    line(c, "Oslo, Norway  ·  +47 915 55 021  ·  henrik.dahl@example.no  ·  linkedin.com/in/henrikdahl-cfo",
         W / 2, f.y - 9, "LR", 9.5, BLACK, "c")
    f.y -= 16
    rule(c, L, RM, f.y, gold, 1.2)
    f.y -= 18

    def section(t):
        f.need(50)
        line(c, t, L, f.y - 11, "LR-B", 11.5, navy)
        f.y -= 20

    section("EXECUTIVE PROFILE")
    f.y = wrap(c, "Listed-company CFO with 19 years in Nordic shipping and logistics. Led an Oslo Børs listing, "
                  "two cross-border acquisitions and a NOK 6 bn refinancing; builds finance teams that close in "
                  "five days and speak the language of operations. Comfortable with boards, banks and bondholders.",
               L, f.y, RM - L, "LR", 10.5, 14) - 16
    section("SELECTED ACHIEVEMENTS")
    for b in ["Took Fjordvik Maritime public in 2021 in a market where three other shipping IPOs were pulled.",
              "Negotiated and integrated two acquisitions adding DKK 1.9 bn of revenue at Nordhavn Logistik.",
              "Built finance functions that have delivered 20 consecutive clean audit opinions."]:
        f.y = bullet_block(c, [b], L + 6, f.y, RM - L - 6, "LR", 10.5, mark="▪", lead=13.5) - 1
    f.y -= 14
    section("KEY SKILLS")
    skills = ["Capital Markets & IPOs", "M&A and Integration", "Treasury & Hedging", "IFRS Reporting",
              "Investor Relations", "ERP Transformation", "Board Governance", "ESG Reporting",
              "Cost Restructuring"]
    cw = (RM - L) / 3
    for i, s in enumerate(skills):
        x = L + (i % 3) * cw
        yy = f.y - 10 - (i // 3) * 15
        c.setFillColor(gold)
        c.rect(x, yy + 2, 4, 4, fill=1, stroke=0)
        line(c, s, x + 10, yy, "LR", 10.5)
    f.y -= 15 * 3 + 16
    section("CAREER HISTORY")

    def company(name, desc):
        f.need(70)
        line(c, name, L, f.y - 11, "LR-B", 12, navy)
        f.y -= 15
        f.y = wrap(c, desc, L, f.y, RM - L, "LR-I", 10, 13, HexColor("#444444")) - 8

    def role(title, dates, bl):
        f.need(50)
        line(c, title, L, f.y - 10, "LR-B", 10.5)
        line(c, dates, RM, f.y - 10, "LR", 10.5, BLACK, "r")
        f.y -= 16
        for b in bl:
            f.need(28)
            f.y = bullet_block(c, [b], L + 6, f.y, RM - L - 6, "LR", 10.5, mark="▪", lead=13.5) - 1
        f.y -= 8

    company("Fjordvik Maritime ASA, Oslo, Norway",
            "Oslo Børs-listed owner and operator of product tankers; NOK 9 bn revenue, 1,400 employees.")
    role("Chief Financial Officer", "August 2019 — present",
         ["Led the 2021 listing on Oslo Børs (NOK 2.1 bn raised) and the investor relations programme since.",
          "Refinanced NOK 6 bn of ship debt into a sustainability-linked facility with seven banks.",
          "Cut the month-end close from 14 to 5 working days; replaced three ERPs with one.",
          "Finance, treasury, tax, IR and IT report to me (62 people)."])
    company("Nordhavn Logistik A/S, Copenhagen, Denmark",
            "Privately held contract-logistics group; DKK 7 bn revenue, operations in six countries.")
    role("Group Finance Director", "March 2015 — July 2019",
         ["Ran group finance through two acquisitions (Sweden, Poland) and their integration.",
          "Introduced rolling forecasts and a pricing desk that lifted EBITDA margin by 2.3 points."])
    role("Vice President, Financial Planning & Analysis", "January 2012 — February 2015",
         ["Built the FP&A function (9 people); owned budget, long-range plan and board reporting."])
    company("Tromsø Seafood Holding AS, Tromsø, Norway",
            "Vertically integrated salmon and whitefish exporter; NOK 3 bn revenue.")
    role("Finance Manager", "September 2008 — December 2011",
         ["Statutory reporting, FX hedging for EUR/USD exports and the first group consolidation."])
    section("EARLIER CAREER")
    f.need(20)
    f.y = wrap(c, "Audit Senior, Kvarstein & Berg Revisjon AS, Bergen (2005 — 2008)", L, f.y, RM - L, "LR", 10.5,
               14) - 16
    section("EDUCATION")
    for s in ["Executive MBA, Øresund Business School, Copenhagen, 2014",
              "MSc Business Economics, Vestland School of Economics, Bergen, 2005"]:
        f.need(20)
        f.y = wrap(c, s, L, f.y, RM - L, "LR", 10.5, 14) - 4
    f.y -= 12
    section("AFFILIATIONS & LANGUAGES")
    f.need(30)
    f.y = wrap(c, "Member, Norwegian Association of Finance Executives. Norwegian (native), English (fluent), "
                  "Danish and Swedish (professional).", L, f.y, RM - L, "LR", 10.5, 14)
    c.showPage()
    c.save()


# =========================================================================================================
# DOCX resumes (python-docx)
# =========================================================================================================
def r02_kwame_asante(path):
    """Chronological Word resume: centred capitals name with post-nominals, rule under each section title,
    bold title with right-tab dates, italic 'Company, City, Country' below, bullets; skills as a borderless
    two-column bulleted table; references line."""
    d = docx_new("Cambria", 10.5, (1.8, 1.8, 2.0, 2.0))
    p = para(d, "", align="c", after=0)
    R(p, "KWAME ASANTE", b=True, size=20, color="1B3A2F")
    R(p, ", ACCA", size=12, color="1B3A2F")
    para(d, "14 Kumasi Road, East Legon, Accra  •  +233 24 555 0192  •  kwame.asante@example.com", size=9.5,
         align="c", after=10)

    def head(t):
        p = para(d, t, b=True, size=11, color="1B3A2F", before=8, after=4)
        border_below(p, "1B3A2F", 8)

    head("PROFILE")
    para(d, "Chartered accountant (ACCA) with eleven years in audit and industry, including three years with a "
            "UK audit practice. Currently financial controller of a cocoa processor with USD 180m revenue; "
            "strong on IFRS, group reporting and building finance teams.", after=4)
    head("PROFESSIONAL EXPERIENCE")
    for title, dates, org, bl in [
        ("Financial Controller", "Jan 2020 – Present", "Adomi Cocoa Processing Company Limited, Tema, Ghana",
         ["Own monthly and annual IFRS reporting for three entities; audit sign-off with no adjustments in 2022 "
          "and 2023.", "Led the SAP S/4HANA finance roll-out; close time cut from 12 to 6 working days.",
          "Manage a team of 9 and the relationship with banks for USD 60m of seasonal trade finance."]),
        ("Senior Auditor", "Sep 2016 – Dec 2019", "Okyere, Mensah & Partners, Accra, Ghana",
         ["Led statutory audits of manufacturing, mining-services and NGO clients (fees up to GHS 1.2m).",
          "Trained new associates on audit methodology and working-paper review."]),
        ("Audit Associate", "Aug 2013 – Aug 2016", "Thamesbridge Audit LLP, London, United Kingdom",
         ["Audits of owner-managed businesses and charities; prepared statutory accounts under FRS 102.",
          "Passed all ACCA professional papers while working full-time."]),
    ]:
        p = para(d, "", before=6, after=0)
        tab_stop(p, 17.2)
        R(p, title, b=True)
        R(p, "\t" + dates)
        para(d, org, i=True, after=2)
        bullets_docx(d, bl)
    head("EDUCATION & QUALIFICATIONS")
    for a, b in [("BSc Accounting and Finance", " – Kingsmere University, Reading, 2013 (First Class)"),
                 ("ACCA", " – Member of the Association of Chartered Certified Accountants, 2018")]:
        p = para(d, "", after=2)
        R(p, a, b=True)
        R(p, b)
    head("SKILLS")
    items = ["IFRS reporting", "Group consolidations", "Statutory audit", "SAP S/4HANA", "Sage 300",
             "Advanced Excel", "Power BI", "Tax compliance"]
    t = d.add_table(rows=4, cols=2)
    no_borders(t)
    for k, s in enumerate(items):
        cell = t.cell(k % 4, k // 4)
        cp = cell.paragraphs[0]
        cp.style = d.styles["List Bullet"]
        R(cp, s)
    head("REFERENCES")
    para(d, "Available on request.")
    docx_save(d, path, "Kwame Asante")


def r06_hannah_oyelaran(path):
    """Academic CV: name with PhD, department address; Education FIRST, then Academic Appointments as
    'year–year <tab> Title, Department, University, City, Country' (years only, 'present'); grants,
    publications, teaching, service; a Skills section with labelled lines."""
    d = docx_new("Times New Roman", 11, (2.2, 2.2, 2.5, 2.5), after=3)
    para(d, "Hannah Oyelaran, PhD", b=True, size=18, after=0)
    para(d, "Curriculum Vitae — June 2024", i=True, size=10, after=2)
    para(d, "Department of Population Health Sciences, Marlowe University, Woodhouse Lane, Leeds LS2 9JT, UK",
         size=10, after=0)
    para(d, "h.oyelaran@example.ac.uk  ·  ORCID 0000-0002-5550-1843", size=10, after=10)

    def head(t):
        para(d, t, b=True, size=12, before=10, after=4, color="222222")

    def dated(when, what, sub=None):
        p = para(d, "", after=2)
        p.paragraph_format.left_indent = Cm(3.0)
        p.paragraph_format.first_line_indent = Cm(-3.0)
        tab_stop(p, 3.0, "l")
        R(p, when + "\t")
        R(p, what)
        if sub:
            q = para(d, sub, i=True, size=10, after=3)
            q.paragraph_format.left_indent = Cm(3.0)

    head("EDUCATION")
    dated("2018", "PhD Epidemiology, University of Ashcombe, London, UK",
          "Thesis: Spatial clustering of childhood malaria in peri-urban Lagos. Supervisor: Prof. Alan Rudd")
    dated("2013", "MSc Public Health, Ogun Valley University, Abeokuta, Nigeria (Distinction)")
    dated("2011", "BSc Microbiology, Ogun Valley University, Abeokuta, Nigeria")
    head("ACADEMIC APPOINTMENTS")
    dated("2021–present", "Lecturer in Epidemiology, Department of Population Health Sciences, Marlowe "
                          "University, Leeds, UK")
    dated("2018–2021", "Postdoctoral Research Fellow, Institute for Tropical Health, University of Ashcombe, "
                       "London, UK")
    dated("2014–2018", "Research Assistant, Lagos Centre for Health Policy, Lagos, Nigeria",
          "Part-time during doctoral studies; field coordination for the LAGMAL household survey")
    head("GRANTS AND FELLOWSHIPS")
    dated("2023", "Co-investigator, Wellfield Trust Seed Award, “Heat and hospital admissions in West African "
                  "cities”, £148,000")
    dated("2019", "Early Career Fellowship, Society for Tropical Epidemiology, £25,000")
    head("SELECTED PUBLICATIONS")
    for ref in [
        "Oyelaran H, Bakare T, Rudd A. Spatial clustering of febrile illness in peri-urban Lagos: a Bayesian "
        "analysis. Journal of Urban Health Methods. 2022;14(3):211–224.",
        "Mensah K, Oyelaran H, Idowu F, et al. Household water storage and malaria risk: a cross-sectional "
        "study. Tropical Epidemiology Reports. 2020;9:e113.",
        "Oyelaran H, Rudd A. Small-area estimation with routine surveillance data. Spatial Health. "
        "2019;6(1):45–58.",
    ]:
        para(d, ref, size=10.5, style="List Number", after=2)
    head("TEACHING")
    bullets_docx(d, ["Module lead, Introduction to Epidemiology (MSc Public Health, 90 students), 2021–present",
                     "Lecturer, Spatial Methods in Health Research (MSc), 2022–present",
                     "Supervision: 2 PhD students (co-supervisor), 14 MSc dissertations"])
    head("PROFESSIONAL SERVICE")
    bullets_docx(d, ["Associate editor, Spatial Health (2023–present)",
                     "Reviewer for Tropical Epidemiology Reports and Journal of Urban Health Methods"])
    head("SKILLS")
    for k, v in [("Statistical software", "R, Stata, SAS, QGIS"),
                 ("Methods", "Bayesian hierarchical models, survival analysis, geospatial analysis, "
                             "survey design")]:
        p = para(d, "", after=2)
        R(p, k + ": ", b=True)
        R(p, v)
    head("LANGUAGES")
    para(d, "English (native), Yoruba (native), French (conversational)")
    docx_save(d, path, "Hannah Oyelaran")


def r08_aisha_rahman(path):
    """New graduate: education first with GPA and coursework, co-op/internship entries (title bold, dates
    right-tabbed, company | city in italics), a Projects section with named projects, one-line skills."""
    d = docx_new("Arial", 10, (1.5, 1.5, 1.8, 1.8), after=1)
    para(d, "Aisha Rahman", b=True, size=20, align="c", after=0)
    para(d, "Toronto, ON  |  (416) 555-0133  |  aisha.rahman@example.ca  |  github.com/aisharahman-dev",
         size=9, align="c", after=8)

    def head(t):
        p = para(d, t.upper(), b=True, size=10.5, color="7A1F5C", before=8, after=3)
        border_below(p, "7A1F5C", 6)

    def entry(left, right, sub):
        p = para(d, "", before=4, after=0)
        tab_stop(p, 18.0)
        R(p, left, b=True)
        R(p, "\t" + right)
        if sub:
            para(d, sub, i=True, after=1)

    head("Education")
    entry("BASc, Computer Engineering (Co-op)", "Sep 2019 – Apr 2024", "Lakeshore Polytechnic University, "
                                                                       "Toronto, ON")
    bullets_docx(d, ["Cumulative GPA 3.7/4.0; Dean's Honours List (5 terms)",
                     "Coursework: Operating Systems, Embedded Systems, Computer Networks, Algorithms, "
                     "Machine Learning"])
    head("Experience")
    for left, right, sub, bl in [
        ("Software Developer Intern", "May 2023 – Dec 2023", "Maplegrid Energy Inc. | Toronto, ON",
         ["Built a FastAPI service that ingests smart-meter readings (2M rows/day) into PostgreSQL.",
          "Added integration tests and a GitHub Actions pipeline; cut release time from a day to an hour."]),
        ("Teaching Assistant", "Sep 2022 – Apr 2023", "Lakeshore Polytechnic University | Toronto, ON",
         ["Ran weekly labs for ECE 216 Signals and Systems (two sections, 70 students)."]),
        ("Embedded Software Intern", "Jan 2022 – Aug 2022", "Northwind Robotics Ltd. | Waterloo, ON",
         ["Wrote FreeRTOS drivers for a warehouse robot's IMU and motor controllers in C."]),
        ("QA Automation Intern", "May–Aug 2021", "Cobalt Ledger Corp. | Remote",
         ["Automated 140 regression tests for a web banking app with Playwright and TypeScript."]),
    ]:
        entry(left, right, sub)
        bullets_docx(d, bl)
    head("Projects")
    for name, tech, desc in [
        ("Transit Pulse", "Python, FastAPI, React",
         "Real-time bus arrival predictor using open GTFS feeds; 300 daily users during a campus pilot."),
        ("PlowPath", "C++, OR-Tools", "Route optimiser for municipal snow plows; 18% shorter routes on test data."),
        ("LoRa Soil Sensor Network", "C, LoRaWAN", "Capstone: low-power soil-moisture sensors for a community "
                                                  "farm, 9-month battery life."),
    ]:
        p = para(d, "", before=3, after=0)
        R(p, name, b=True)
        R(p, "  |  " + tech, i=True)
        bullets_docx(d, [desc])
    head("Skills")
    for k, v in [("Languages", "C, C++, Python, TypeScript, SQL"),
                 ("Frameworks & Tools", "React, FastAPI, Git, Docker, Linux, FreeRTOS")]:
        p = para(d, "", after=1)
        R(p, k + ": ", b=True)
        R(p, v)
    docx_save(d, path, "Aisha Rahman")


def r12_meiling_tan(path):
    """Consulting resume: family name first in capitals; one firm as a heading with its overall span, then
    the promotions under it, each with a table of client engagements (client | engagement | duration); an
    earlier employer with a 'Title, Team' title; skills as a 3x3 grid table without labels."""
    d = docx_new("Calibri", 10.5, (1.6, 1.6, 1.9, 1.9), after=2)
    p = para(d, "", after=0)
    R(p, "TAN", b=True, size=22, color="0B4F6C")
    R(p, " Mei Ling", size=22, color="0B4F6C")
    para(d, "Management Consultant — Financial Services Transformation", size=11, color="01BAEF", after=0)
    para(d, "Singapore  ·  +65 9555 0178  ·  meiling.tan@example.sg", size=9.5, after=8)

    def head(t):
        p = para(d, t, b=True, size=11, color="FFFFFF", before=8, after=4)
        shade(p, "0B4F6C")

    head("PROFILE")
    para(d, "Nine years of consulting and risk analytics for banks and insurers in Singapore and Malaysia. "
            "Leads teams of 4–8 consultants on operating-model, regulatory and finance-transformation "
            "engagements; CFA Level II candidate.")
    head("PROFESSIONAL EXPERIENCE")
    p = para(d, "", before=4, after=2)
    tab_stop(p, 17.8)
    R(p, "Meranti Advisory Pte. Ltd.", b=True, size=12)
    R(p, ", Singapore")
    R(p, "\tJul 2017 – Present", b=True)

    def role(title, dates, summary, rows):
        p = para(d, "", before=4, after=1)
        tab_stop(p, 17.8)
        R(p, title, b=True, i=True, color="0B4F6C")
        R(p, "\t" + dates, i=True)
        para(d, summary, after=2)
        t = d.add_table(rows=1, cols=3)
        all_borders(t, "BFD7E3")
        for cell, h in zip(t.rows[0].cells, ["Client", "Engagement", "Duration"]):
            cell_write(cell, h, b=True, size=9)
            shade(cell, "E6F1F6")
        for r in rows:
            cells = t.add_row().cells
            for cell, s in zip(cells, r):
                cell_write(cell, s, size=9)
        widths(t, [4.6, 10.0, 2.8])
        para(d, "", after=0, size=4)

    role("Manager", "Jan 2022 – Present",
         "Engagement manager for the insurance practice; P&L responsibility for SGD 3.4m of annual fees.",
         [("Kestrel Life Assurance Berhad", "IFRS 17 target operating model and finance data design",
           "9 months"),
          ("Regional bank (Malaysia)", "Core banking vendor selection and business case", "6 months"),
          ("Straits Harbour Insurance Ltd", "Claims process redesign; 22% faster settlement", "5 months")])
    role("Senior Consultant", "Jul 2019 – Dec 2021",
         "Workstream lead on regulatory and finance engagements; seconded to Kuala Lumpur for nine months.",
         [("Temasek Bay Bank", "MAS 610 regulatory reporting remediation", "11 months"),
          ("Kestrel Life Assurance Berhad", "Finance close acceleration", "4 months")])
    role("Consultant", "Jul 2017 – Jun 2019",
         "Analysis, process mapping and business-case models on banking engagements.",
         [("Lion City Savings Co-operative", "Branch network optimisation", "6 months"),
          ("Confidential digital bank", "Launch readiness PMO", "8 months")])
    p = para(d, "", before=8, after=1)
    tab_stop(p, 17.8)
    R(p, "Lion City Credit Bureau Pte Ltd", b=True, size=12)
    R(p, ", Singapore")
    R(p, "\tJan 2015 – Jun 2017", b=True)
    p = para(d, "", after=1)
    R(p, "Analyst, Risk Analytics", b=True, i=True, color="0B4F6C")
    bullets_docx(d, ["Built application scorecards for three lenders (Gini +6 points on average).",
                     "Automated monthly portfolio reports in Alteryx, saving 30 analyst hours a month."])
    head("EDUCATION")
    p = para(d, "", after=2)
    R(p, "Bachelor of Accountancy (Honours)", b=True)
    R(p, " — Temasek Bay University, 2014. Minor in Information Systems.")
    head("SKILLS")
    grid = ["Target operating model design", "IFRS 17", "Process mapping", "Vendor selection",
            "Business case modelling", "Stakeholder management", "Power BI", "Alteryx", "Excel VBA"]
    t = d.add_table(rows=3, cols=3)
    all_borders(t, "FFFFFF")
    for k, s in enumerate(grid):
        cell = t.cell(k // 3, k % 3)
        cell_write(cell, s, size=10)
        shade(cell, "F2F7FA")
    docx_save(d, path, "Tan Mei Ling")


def r15_kenji_watanabe(path):
    """Career history in chronological order, OLDEST FIRST (education too); ISO 'YYYY-MM – YYYY-MM' dates;
    bold title, then 'Company — City | dates' in grey; Japanese legal forms with commas (Co., Ltd.; K.K.)."""
    d = docx_new("Segoe UI", 10, (2.0, 2.0, 2.2, 2.2), after=2)
    para(d, "Kenji Watanabe", b=True, size=18, after=0)
    para(d, "Director of Engineering · autonomous vehicles & embedded systems", size=10.5, color="555555",
         after=0)
    para(d, "Seattle, WA · +1 206 555 0191 · kenji.watanabe@example.com · U.S. permanent resident", size=9,
         color="555555", after=10)

    def head(t):
        p = para(d, t, b=True, size=11, before=10, after=4)
        border_below(p, "888888", 4)

    head("Career History")
    for title, org, dates, bl in [
        ("Embedded Software Engineer", "Tsubame Electric Co., Ltd. — Osaka, Japan", "2011-04 – 2014-03",
         ["Motor-control firmware for electric power steering units (C, MISRA C).",
          "Automated hardware-in-the-loop tests; defect escape rate fell by half."]),
        ("Senior Software Engineer", "Hoshizora Mobility K.K. — Tokyo, Japan", "2014-04 – 2018-06",
         ["Tech lead for the sensor-fusion module of a Level 2 driver-assistance system (C++14, AUTOSAR).",
          "Led the ISO 26262 ASIL-B safety case for the module."]),
        ("Software Engineering Manager", "Hoshizora Mobility Inc. — Seattle, WA", "2018-07 – 2021-09",
         ["Opened the US engineering office of the group; hired and managed 18 engineers in two teams.",
          "Moved perception tooling to ROS 2 and a CI pipeline with nightly simulation runs."]),
        ("Director of Engineering", "Cascadia Autonomy Labs, Inc. — Seattle, WA", "2021-10 – present",
         ["Run the vehicle software organisation (4 managers, 41 engineers) for an autonomous yard-truck "
          "start-up.", "Shipped the first driver-out deployment at two logistics hubs in 2023."]),
    ]:
        para(d, title, b=True, size=11, before=6, after=0)
        para(d, org + " | " + dates, size=9.5, color="555555", after=2)
        bullets_docx(d, bl)
    head("Education")
    for s in ["B.Eng. Information Engineering — Kansai Institute of Technology, 2009",
              "M.Eng. Mechatronics — Kansai Institute of Technology, 2011"]:
        para(d, s, after=2)
    head("Skills")
    bullets_docx(d, ["C++", "Rust", "ROS 2", "AUTOSAR", "ISO 26262", "Engineering management", "Hiring"])
    head("Patents & Languages")
    para(d, "Co-inventor on JP 2017-145522 (sensor time-synchronisation). Japanese (native), English "
            "(professional).")
    docx_save(d, path, "Kenji Watanabe")


def r17_liam_oconnor(path):
    """Classic serif Word resume with YEARS ONLY; 'Title, Team' job titles in bold, company and place in
    italics on the next line, right-tabbed years; company legal names with commas; inline 'Skills:' line."""
    d = docx_new("Georgia", 10.5, (2.0, 2.0, 2.3, 2.3), after=2)
    para(d, "Liam O'Connor", b=True, size=20, align="c", after=0)
    para(d, "Galway, Ireland · +353 87 555 0142 · liam.oconnor@example.ie", size=9.5, align="c", after=10)

    def head(t):
        p = para(d, t, size=12, before=10, after=4, color="5B2333")
        p.runs[0].font.small_caps = True
        border_below(p, "5B2333", 4)

    head("Summary")
    para(d, "Backend engineer with twelve years in payments and banking software. Happiest designing systems "
            "that move money correctly and keep doing it at 3 a.m.")
    head("Experience")
    for title, org, years, bl in [
        ("Staff Engineer, Payments Platform", "Harbourline Payments DAC, Dublin, Ireland", "2021 – present",
         ["Technical lead for the card authorisation platform (4,000 TPS peak, 99.995% availability).",
          "Designed the move from a shared Oracle database to per-service PostgreSQL with Kafka events."]),
        ("Senior Software Engineer, Risk & Fraud", "Harbourline Payments DAC, Dublin, Ireland", "2018 – 2021",
         ["Built the real-time rules engine used by the fraud team; false positives down 30%."]),
        ("Software Engineer, Core Banking", "Corrib, Shannon & Lee Technologies, Ltd., Galway, Ireland",
         "2014 – 2018", ["Java services for deposit and loan products at credit unions in Ireland and the UK."]),
        ("Graduate Software Engineer", "Aranmore Systems Limited, Cork, Ireland", "2012 – 2014",
         ["Rotations in QA, support and the batch-processing team."]),
    ]:
        p = para(d, "", before=6, after=0)
        tab_stop(p, 16.4)
        R(p, title, b=True)
        R(p, "\t" + years)
        para(d, org, i=True, after=2)
        bullets_docx(d, bl)
    head("Education")
    p = para(d, "", after=2)
    tab_stop(p, 16.4)
    R(p, "B.Sc. Computer Science", b=True)
    R(p, ", University of the Western Seaboard\t2012")
    head("Skills")
    p = para(d, "")
    R(p, "Skills: ", b=True)
    R(p, "Java, Kotlin, PostgreSQL, Kafka, AWS, Distributed systems, Incident management")
    head("Interests")
    para(d, "Hurling (club coach, U12), sea swimming, Irish-language crosswords.")
    docx_save(d, path, "Liam O'Connor")


def r22_anastasia_volkova(path):
    """Functional / hybrid resume: competency groups with achievements not tied to an employer come first;
    a comma-separated Skills paragraph; a short Employment History with one line per job in the form
    'Title, Company, City, Country (Mon YYYY – Mon YYYY)'."""
    d = docx_new("Garamond", 11.5, (2.0, 2.0, 2.4, 2.4), after=3)
    para(d, "ANASTASIA VOLKOVA", b=True, size=19, color="3D2C5E", after=0)
    para(d, "HR Business Partner  |  CIPD Level 7", size=11, color="6C5B8E", after=0)
    para(d, "Limassol, Cyprus  |  +357 99 555 061  |  a.volkova@example.com.cy", size=10, after=10)

    def head(t):
        p = para(d, t, b=True, size=11.5, color="3D2C5E", before=10, after=4)
        border_below(p, "B7A9D6", 6)

    head("PROFILE")
    para(d, "Bilingual (English/Russian) HR business partner with 13 years across shipping, hospitality and "
            "logistics in Cyprus, the UAE and Estonia. Partners with leadership on organisation design, "
            "employee relations and reward.")
    head("KEY COMPETENCIES & ACHIEVEMENTS")
    for k, bl in [
        ("Talent acquisition", ["Hired 400+ seasonal and permanent staff a year for a 5-hotel group; time to "
                                "hire down from 41 to 23 days.",
                                "Set up a cadet programme with two maritime academies (32 cadets placed)."]),
        ("Employee relations", ["Handled 60+ disciplinary and grievance cases with no tribunal losses.",
                                "Rewrote the employee handbook for three jurisdictions."]),
        ("HR analytics & systems", ["Led a Workday HCM implementation for 1,100 shore and sea staff.",
                                    "Built attrition dashboards that informed a retention bonus scheme."]),
    ]:
        para(d, k, b=True, i=True, before=3, after=1)
        bullets_docx(d, bl)
    head("SKILLS")
    para(d, "Workday, SAP SuccessFactors, Employment law, Compensation benchmarking, Organisation design, "
            "Coaching, Advanced Excel")
    head("EMPLOYMENT HISTORY")
    for s in ["HR Business Partner, Aphrodite Shipping Management Ltd, Limassol, Cyprus (Oct 2019 – Present)",
              "Senior HR Generalist, Al Noor Hospitality L.L.C., Dubai, UAE (Feb 2016 – Sep 2019)",
              "HR Generalist, Baltic Amber Logistics OÜ, Tallinn, Estonia (Jul 2013 – Jan 2016)",
              "Recruitment Coordinator, Baltic Amber Logistics OÜ, Tallinn, Estonia (Sep 2011 – Jun 2013)"]:
        para(d, s, after=3)
    head("EDUCATION & CERTIFICATION")
    para(d, "MA Human Resource Management, Daugava Business School, Riga, 2011", after=2)
    para(d, "CIPD Level 7 Advanced Diploma in Strategic People Management, 2020", after=2)
    head("LANGUAGES")
    para(d, "English (fluent), Russian (native), Greek (basic)")
    docx_save(d, path, "Anastasia Volkova")


def r23_beatriz_santos(path):
    """Two-column Word resume built as one full-page table: shaded narrow LEFT cell (contact, skills bullets,
    languages, education) and the main RIGHT cell (profile, experience with 'Mon/YYYY – Current')."""
    d = docx_new("Calibri", 10, (1.2, 1.2, 1.2, 1.2), after=2)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    widths(t, [6.0, 12.6])
    left, right = t.rows[0].cells
    shade(left, "1D3557")
    W_ = "FFFFFF"
    cell_write(left, "BEATRIZ", b=True, size=20, color=W_)
    para(left, "SANTOS", size=20, color=W_, after=2)
    para(left, "Software Engineering Lead", i=True, size=10.5, color="A8DADC", after=12)

    def lhead(t_):
        para(left, t_, b=True, size=10.5, color="A8DADC", before=10, after=3)

    lhead("CONTACT")
    for s in ["São Paulo, SP, Brazil", "+55 11 95555 0147", "beatriz.santos@example.com.br",
              "github.com/biasantos"]:
        para(left, s, size=9, color=W_, after=1)
    lhead("SKILLS")
    for s in ["Java", "Kotlin", "Spring Boot", "PostgreSQL", "Kafka", "AWS", "Kubernetes", "Tech leadership"]:
        p = para(left, "", size=9, after=1)
        R(p, "▸ ", size=9, color="A8DADC")
        R(p, s, size=9, color=W_)
    lhead("LANGUAGES")
    for s in ["Portuguese — native", "English — fluent", "Spanish — intermediate"]:
        para(left, s, size=9, color=W_, after=1)
    lhead("EDUCATION")
    para(left, "BSc Computer Science", b=True, size=9, color=W_, after=0)
    para(left, "Universidade Federal do Vale do Capibaribe", size=9, color=W_, after=0)
    para(left, "2010 – 2014", size=9, color=W_, after=1)

    cell_write(right, "PROFILE", b=True, size=11, color="1D3557")
    para(right, "Backend engineer turned tech lead, ten years building payment and ERP systems in Brazil. "
                "Leads a team of nine across two squads; still reviews code every day.", after=8)
    para(right, "EXPERIENCE", b=True, size=11, color="1D3557", after=4)
    for title, org, dates, bl in [
        ("Software Engineering Lead", "Jabuticaba Pagamentos Ltda. · São Paulo, Brazil", "Mar/2021 – Current",
         ["Lead the PIX and boleto acquiring squads (9 engineers); on-call owner for the settlement system.",
          "Migrated the ledger from a monolith to Kotlin services on Kubernetes with zero downtime.",
          "Hired 6 engineers and created the career ladder for the backend chapter."]),
        ("Senior Backend Developer", "Ipê Sistemas S.A. · Campinas, Brazil", "Jun/2017 – Feb/2021",
         ["Owned invoicing (NF-e) and tax-calculation services for an ERP used by 8,000 companies.",
          "Cut p99 latency of the tax engine from 900 ms to 120 ms."]),
        ("Backend Developer", "Ipê Sistemas S.A. · Campinas, Brazil", "Jan/2015 – May/2017",
         ["Java/Spring services and PostgreSQL schema work for the inventory module."]),
        ("Developer Intern", "Caju Labs · Recife, Brazil", "Jul/2013 – Dec/2014",
         ["Android and backend features for a student start-up studio."]),
    ]:
        para(right, title, b=True, size=10.5, before=5, after=0)
        p = para(right, "", after=2)
        R(p, org, i=True, size=9.5, color="457B9D")
        R(p, "  |  " + dates, size=9.5, color="457B9D")
        bullets_docx(right, bl, size=9.5)
    docx_save(d, path, "Beatriz Santos")


# ----- Word files that are converted to PDF by LibreOffice ------------------------------------------------
def r10_ellen_marsh_docx(path):
    """Google Docs 'Serif'-template look: name top-left with contact block top-right (borderless table),
    coloured small section titles, 'Company, City — Title' lines, caps 'MONTH YYYY - PRESENT' date lines."""
    d = docx_new("Georgia", 10.5, (1.8, 1.8, 2.2, 2.2), after=2)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    widths(t, [10.5, 6.5])
    a, b = t.rows[0].cells
    cell_write(a, "Ellen Marsh", b=True, size=26, color="222222")
    para(a, "Operations leader for schools and clinics", size=10.5, color="666666", after=0)
    cell_write(b, "42 Mayfield Road", size=9, align="r")
    for s in ["Manchester M14 6RS", "07700 900 415", "ellen.marsh@example.co.uk"]:
        para(b, s, size=9, align="r", after=0)
    para(d, "", after=4)
    accent = "7B3F9E"

    def head(t_):
        para(d, t_, b=True, size=10, color=accent, before=12, after=4)

    def entry(org, place, title, dates, desc):
        p = para(d, "", before=6, after=0)
        R(p, org, b=True)
        R(p, ", " + place + " — ")
        R(p, title, i=True)
        para(d, dates, size=8.5, color="666666", after=2)
        para(d, desc, after=2)

    head("EXPERIENCE")
    entry("Harrowgate Learning Trust", "Manchester", "Head of Operations", "SEPTEMBER 2020 - PRESENT",
          "Run estates, IT, procurement and HR operations for a trust of seven primary schools (3,100 pupils, "
          "420 staff). Delivered a £1.8m energy retrofit and consolidated 23 supplier contracts into 9.")
    entry("Pennine Clinics Ltd", "Bolton", "Operations Manager", "MARCH 2017 - AUGUST 2020",
          "Managed four outpatient physiotherapy clinics; introduced online booking and cut no-shows by 35%.")
    entry("Dunmore & Vale Solicitors", "Stockport", "Office Manager", "JUNE 2013 - FEBRUARY 2017",
          "Facilities, billing administration and a team of six support staff for a 40-person law firm.")
    head("EDUCATION")
    entry("Salford Bridge University", "Manchester", "BA (Hons) Business Management",
          "SEPTEMBER 2010 - JUNE 2013", "Dissertation on outsourcing decisions in NHS trusts.")
    head("SKILLS")
    bullets_docx(d, ["Budget management", "Vendor negotiation", "HR policy", "Microsoft 365", "Xero",
                     "Project planning"])
    head("AWARDS")
    para(d, "Operations Leader of the Year, North West Education Business Awards 2022.")
    head("LANGUAGES")
    para(d, "English, French (conversational).")
    docx_save(d, path, "Ellen Marsh")


def r20_grace_nakamura_docx(path):
    """Word 'table template': the whole resume is a bordered two-column table; the left column carries the
    section names in shaded cells, the right column the content; each role as 'Title | Company' in bold and
    'City, Province | Mon YYYY – Current' below; skills as a nested 2-column bulleted table."""
    d = docx_new("Arial", 10, (1.6, 1.6, 1.8, 1.8), after=2)
    t = d.add_table(rows=6, cols=2)
    all_borders(t, "9DB4C0", 6)
    widths(t, [3.6, 13.8])
    top = t.cell(0, 0).merge(t.cell(0, 1))
    shade(top, "253237")
    cell_write(top, "GRACE NAKAMURA, PMP", b=True, size=20, color="FFFFFF")
    para(top, "Senior Project Manager  •  Vancouver, BC  •  604-555-0182  •  grace.nakamura@example.ca",
         size=9, color="E0FBFC", after=2)
    rows = ["Profile", "Experience", "Education", "Skills", "Certifications"]
    for k, name in enumerate(rows, start=1):
        cell = t.cell(k, 0)
        shade(cell, "E0FBFC")
        cell_write(cell, name.upper(), b=True, size=10, color="253237")
    cell_write(t.cell(1, 1), "Capital-projects manager with eleven years delivering water, transit and "
                             "institutional buildings in British Columbia, on budget and with safety records "
                             "clients brag about.")
    ex = t.cell(2, 1)
    first = True
    for title, org, where, dates, bl in [
        ("Senior Project Manager", "Salish Sea Engineering Ltd.", "Vancouver, BC", "Feb 2020 – Current",
         ["Deliver a CAD 140M portfolio of water-treatment upgrades for three municipalities.",
          "Lead 5 project managers and the owner's-engineer relationship; no lost-time incidents since 2021."]),
        ("Project Manager", "Fraser Delta Constructors Inc.", "Burnaby, BC", "May 2016 – Jan 2020",
         ["Design-build transit stations (CAD 20–65M); schedule recovery of 11 weeks on the Brentwood job."]),
        ("Project Coordinator", "Okanagan Build Group", "Kelowna, BC", "Sep 2013 – Apr 2016",
         ["RFIs, submittals, change orders and cost reports for school and clinic projects."]),
    ]:
        p = ex.paragraphs[0] if first else para(ex, "", before=6)
        first = False
        R(p, title + " | " + org, b=True)
        para(ex, where + " | " + dates, i=True, size=9, color="5C6B73", after=1)
        bullets_docx(ex, bl, size=9.5)
    cell_write(t.cell(3, 1), "Bachelor of Applied Science, Civil Engineering", b=True)
    para(t.cell(3, 1), "Cascade Pacific University, Vancouver, BC — 2013", after=1)
    sk = t.cell(4, 1)
    inner = sk.add_table(rows=4, cols=2)
    for k, s in enumerate(["Capital project delivery", "Contract administration", "Risk registers", "Cost control",
                           "MS Project", "Procore", "Bluebeam", "Stakeholder engagement"]):
        cp = inner.cell(k % 4, k // 4).paragraphs[0]
        cp.style = d.styles["List Bullet"]
        R(cp, s, size=9.5)
    widths(inner, [6.6, 6.6])
    cell_write(t.cell(5, 1), "Project Management Professional (PMP), 2017  •  Gold Seal Certification, 2019")
    docx_save(d, path, "Grace Nakamura")


# =========================================================================================================
# job descriptions
# =========================================================================================================
def jd04_corvid_lead_software_engineer(path):
    """'Role (Team) — Company' opening as a Word heading, then headed sections with bullet lists."""
    d = docx_new("Calibri", 11, (2.2, 2.2, 2.4, 2.4), after=4)
    para(d, "Lead Software Engineer (Payments Infrastructure) — Corvid Financial", b=True, size=16,
         color="1F2937", after=2)
    para(d, "Toronto, ON (hybrid, 2 days/week in office)  ·  Permanent, full-time  ·  Req. 24-0312", size=10,
         color="6B7280", after=10)

    def head(t):
        para(d, t, b=True, size=12.5, color="1F2937", before=10, after=3)

    head("About Corvid Financial")
    para(d, "Corvid Financial runs the payment rails behind 300 Canadian credit unions and fintechs: debit "
            "processing, Interac e-Transfer connectivity and real-time fraud screening. We move CAD 4 billion "
            "a week and we take that responsibility seriously.")
    head("About the team")
    para(d, "Payments Infrastructure owns the switching layer, the ledger and the settlement jobs. You will "
            "lead one of its two squads (six engineers) and report to the Director of Engineering, Payments.")
    head("What you'll do")
    bullets_docx(d, ["Set technical direction for the authorisation and settlement services (Java 21, Kafka, "
                     "PostgreSQL, Kubernetes).", "Lead design reviews and make build-vs-buy calls with the "
                     "architecture group.", "Coach engineers through code review, pairing and incident "
                     "retrospectives.", "Join the on-call rotation for your squad's services (one week in six)."])
    head("What you bring")
    bullets_docx(d, ["8+ years of backend engineering, 2+ years leading a team or a large technical "
                     "initiative.", "Experience with high-availability transactional systems; payments or "
                     "banking is a strong plus.", "Clear written communication: you like writing design "
                     "documents and decision records."])
    head("Compensation & benefits")
    para(d, "Base salary CAD 165,000 – 195,000 plus annual bonus, RRSP matching up to 6%, health and dental "
            "from day one, and a learning budget of CAD 2,500.")
    para(d, "Corvid Financial is committed to employment equity and accessible hiring. Tell us what "
            "accommodations you need at any stage.", i=True, size=9.5, before=10)
    docx_save(d, path, "Corvid Financial Talent Team")


def jd10_harlow_pike_senior_finance_business_partner(path):
    """Formal HR job description: a key-facts table (Job Title, Department, Reports to, Grade, Location),
    then Job Purpose, Key Accountabilities (numbered) and a person specification table."""
    d = docx_new("Arial", 10.5, (2.0, 2.0, 2.2, 2.2), after=3)
    para(d, "Harlow & Pike Building Society", b=True, size=14, color="004B49", after=0)
    para(d, "JOB DESCRIPTION", b=True, size=18, color="004B49", after=8)
    t = d.add_table(rows=0, cols=2)
    all_borders(t, "7FA6A5")
    for k, v in [("Job Title", "Senior Finance Business Partner"), ("Department", "Finance"),
                 ("Reports to", "Head of Financial Planning & Analysis"), ("Direct reports", "2 Finance Analysts"),
                 ("Grade", "Band F"), ("Location", "Northampton head office (hybrid)"),
                 ("Date", "May 2024")]:
        cells = t.add_row().cells
        cell_write(cells[0], k, b=True)
        shade(cells[0], "E3EFEE")
        cell_write(cells[1], v)
    widths(t, [4.5, 12.5])

    def head(s):
        para(d, s, b=True, size=12, color="004B49", before=12, after=4)

    head("Job Purpose")
    para(d, "To act as the lead finance partner to the Mortgages and Savings divisions, providing insight, "
            "challenge and decision support that help the Society meet its member-value and capital targets.")
    head("Key Accountabilities")
    for s in ["Lead the annual budget and three-year plan for Mortgages and Savings (income GBP 210m).",
              "Produce monthly performance packs and explain variances to divisional directors.",
              "Build and maintain product profitability and pricing models with Treasury.",
              "Support business cases for change investment and track benefits after delivery.",
              "Coach and develop two Finance Analysts."]:
        para(d, s, style="List Number", after=2)
    head("Person Specification")
    ps = d.add_table(rows=1, cols=2)
    all_borders(ps, "7FA6A5")
    cell_write(ps.cell(0, 0), "Essential", b=True)
    cell_write(ps.cell(0, 1), "Desirable", b=True)
    for a, b in [("CIMA, ACCA or ACA qualified", "Experience in a building society or retail bank"),
                 ("5+ years post-qualification, including business partnering", "Knowledge of IFRS 9"),
                 ("Advanced Excel and financial modelling", "Experience with Anaplan or similar")]:
        cells = ps.add_row().cells
        cell_write(cells[0], a)
        cell_write(cells[1], b)
    para(d, "Salary: GBP 68,000 – 76,000 plus 10% bonus potential, 12% pension contribution, 27 days' holiday.",
         before=10)
    para(d, "Harlow & Pike Building Society is authorised by the Prudential Regulation Authority. This job "
            "description is not exhaustive and may change in consultation with the post-holder.", i=True, size=9)
    docx_save(d, path, "HR Operations")


def jd09_marrowbone_senior_gameplay_programmer(path):
    """Careers-page PDF: studio wordmark, breadcrumb, role title with facts line, two-column body
    (text left, 'At a glance' box right), 'Other open roles' list at the bottom."""
    W, H = A4
    c = canvas(path, A4, "Senior Gameplay Programmer | Marrowbone Games Careers", "Marrowbone Games")
    dark = HexColor("#1B1B2F")
    hot = HexColor("#E43F5A")
    L, RM = 46, W - 46
    c.setFillColor(dark)
    c.rect(0, H - 58, W, 58, fill=1, stroke=0)
    line(c, "MARROWBONE", L, H - 36, "DV-B", 16, WHITE)
    line(c, "GAMES", L + pdfmetrics.stringWidth("MARROWBONE ", "DV-B", 16), H - 36, "DV", 16, hot)
    line(c, "Games   Studio   Careers   Press", RM, H - 35, "DV", 9, WHITE, "r")
    y = H - 82
    line(c, "Careers  ›  Engineering  ›  Senior Gameplay Programmer", L, y, "DV", 8, HexColor("#777777"))
    y -= 34
    line(c, "Senior Gameplay Programmer", L, y, "DV-B", 22, dark)
    y -= 20
    line(c, "Dundee, Scotland or Remote (UK)  ·  Engineering  ·  Full-time  ·  Posted 28 May 2024", L, y, "DV",
         9.5, HexColor("#555555"))
    y -= 26
    box_x = 392
    tw = box_x - L - 20
    y0 = y
    for h, body, bl in [
        ("About us", "Marrowbone Games is a 90-person independent studio making systemic, co-op action games. "
                     "Our last game, Lanternfall, sold 2.5 million copies; we are now in production on an "
                     "unannounced title built in Unreal Engine 5.", None),
        ("The role", "As a Senior Gameplay Programmer you will own core player and AI systems from prototype to "
                     "ship, working side by side with design and animation.", None),
        ("You will", None, ["Build and tune combat, traversal and AI behaviour in C++ and Blueprints.",
                            "Profile and optimise gameplay code on PC, PlayStation 5 and Xbox Series X|S.",
                            "Mentor mid-level programmers and review their code.",
                            "Work with designers to turn paper ideas into playable prototypes within days."]),
        ("You have", None, ["5+ years of professional game development with at least one shipped title.",
                            "Excellent modern C++; solid maths for 3D games.",
                            "Experience with Unreal Engine gameplay framework and networking.",
                            "Nice to have: animation systems, GAS, console certification experience."]),
    ]:
        line(c, h, L, y, "DV-B", 12, hot)
        y -= 8
        if body:
            y = wrap(c, body, L, y, tw, "DV", 9.5, 13) - 18
        else:
            y = bullet_block(c, bl, L + 2, y, tw - 2, "DV", 9.5, mark="•", lead=13) - 16
    # right box
    c.setFillColor(HexColor("#F4F4F8"))
    c.roundRect(box_x, y0 - 232, RM - box_x, 242, 6, fill=1, stroke=0)
    yy = y0 - 8
    line(c, "At a glance", box_x + 14, yy, "DV-B", 11, dark)
    yy -= 20
    for k, v in [("Salary", "£62,000 – £78,000"), ("Bonus", "Royalty share"), ("Location", "Dundee / Remote (UK)"),
                 ("Hours", "37.5, flexible core hours"), ("Holiday", "30 days + studio closure"),
                 ("Start", "As soon as possible")]:
        line(c, k, box_x + 14, yy, "DV-B", 8.5, HexColor("#555555"))
        yy -= 12
        line(c, v, box_x + 14, yy, "DV", 9, dark)
        yy -= 17
    c.setFillColor(hot)
    c.roundRect(box_x + 14, y0 - 222, 110, 24, 5, fill=1, stroke=0)
    line(c, "Apply for this job", box_x + 69, y0 - 214, "DV-B", 9, WHITE, "c")
    y -= 10
    rule(c, L, RM, y, HexColor("#DDDDDD"), 0.8)
    y -= 20
    line(c, "Other open roles", L, y, "DV-B", 11, dark)
    y -= 16
    for s in ["Technical Animator  ·  Dundee", "Senior Environment Artist  ·  Remote (UK)",
              "QA Lead  ·  Dundee"]:
        line(c, s, L, y, "DV", 9.5, HexColor("#333333"))
        y -= 14
    line(c, "© 2024 Marrowbone Games Ltd. All rights reserved.", W / 2, 30, "DV", 7.5, HexColor("#888888"), "c")
    c.showPage()
    c.save()


# =========================================================================================================
# build
# =========================================================================================================
PDF_RESUMES = [r01_nadia_castellanos, r04_marguerite_ostrowski, r07_sebastian_kroll, r09_oluwaseun_bello,
               r14_ines_moreau, r24_henrik_dahl]
DOCX_RESUMES = [r02_kwame_asante, r06_hannah_oyelaran, r08_aisha_rahman, r12_meiling_tan, r15_kenji_watanabe,
                r17_liam_oconnor, r22_anastasia_volkova, r23_beatriz_santos]
CONVERTED = {"r10_ellen_marsh": r10_ellen_marsh_docx, "r20_grace_nakamura": r20_grace_nakamura_docx}
JD_DOCX = [jd04_corvid_lead_software_engineer, jd10_harlow_pike_senior_finance_business_partner]
JD_PDF = [jd09_marrowbone_senior_gameplay_programmer]


def convert_with_libreoffice(stem, builder):
    """Write the Word file to a temporary folder, convert it with soffice (private profile), then rewrite the
    PDF through pypdf with fixed metadata and ID so that rebuilding gives the same bytes."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    out = os.path.join(RES, stem + ".pdf")
    if not soffice:
        print(f"  soffice not found; keeping {out}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, stem + ".docx")
        builder(src)
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        writer = PdfWriter(clone_from=PdfReader(os.path.join(tmp, stem + ".pdf")))
        if writer._info is not None:
            info = writer._info.get_object()
            for k in list(info.keys()):
                del info[k]
        writer.add_metadata({"/Producer": "LibreOffice (via " + TAG + "/build.py)", "/Creator": "Writer",
                             "/CreationDate": "D:20240603083000Z", "/ModDate": "D:20240603083000Z"})
        fid = ByteStringObject((TAG + "-" + stem).encode().ljust(16, b"0")[:16])
        writer._ID = ArrayObject([fid, fid])
        with open(out, "wb") as fh:
            writer.write(fh)


def main():
    os.makedirs(RES, exist_ok=True)
    os.makedirs(JDS, exist_ok=True)
    for fn in PDF_RESUMES:
        fn(os.path.join(RES, fn.__name__ + ".pdf"))
        print("  wrote", fn.__name__ + ".pdf")
    for fn in DOCX_RESUMES:
        fn(os.path.join(RES, fn.__name__ + ".docx"))
        print("  wrote", fn.__name__ + ".docx")
    for stem, fn in CONVERTED.items():
        convert_with_libreoffice(stem, fn)
        print("  wrote", stem + ".pdf (LibreOffice)")
    for fn in JD_DOCX:
        fn(os.path.join(JDS, fn.__name__ + ".docx"))
        print("  wrote", fn.__name__ + ".docx")
    for fn in JD_PDF:
        fn(os.path.join(JDS, fn.__name__ + ".pdf"))
        print("  wrote", fn.__name__ + ".pdf")


if __name__ == "__main__":
    sys.exit(main())
