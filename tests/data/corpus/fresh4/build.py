"""Rebuild the PDF and DOCX documents of the fourth fresh set from the content held in this script.

    /work/main/.venv/bin/python tests/data/corpus/fresh4/build.py

reportlab draws the PDFs, python-docx writes the DOCX files, and LibreOffice (`soffice`) converts two Word
files (r10, r20) to PDF. Output is deterministic: reportlab runs with invariant=1, DOCX core properties and
ZIP timestamps are fixed, and the LibreOffice PDFs are rewritten through pypdf with fixed metadata and ID.
TXT and Markdown documents are committed as they are and are not touched here. Everything is fictional.
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
from reportlab.platypus import Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "resumes")
JDS = os.path.join(HERE, "job_descriptions")

# ----------------------------------------------------------------------------------------------------------
# fonts
# ----------------------------------------------------------------------------------------------------------
_FONTS = {
    "Sans": "dejavu/DejaVuSans.ttf",
    "Sans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "Sans-Oblique": "dejavu/DejaVuSans-Oblique.ttf",
    "Sans-BoldOblique": "dejavu/DejaVuSans-BoldOblique.ttf",
    "Sans-Light": "dejavu/DejaVuSans-ExtraLight.ttf",
    "Serif": "liberation/LiberationSerif-Regular.ttf",
    "Serif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "Serif-Italic": "liberation/LiberationSerif-Italic.ttf",
    "Serif-BoldItalic": "liberation/LiberationSerif-BoldItalic.ttf",
    "Arial": "liberation/LiberationSans-Regular.ttf",
    "Arial-Bold": "liberation/LiberationSans-Bold.ttf",
    "Arial-Italic": "liberation/LiberationSans-Italic.ttf",
    "Arial-BoldItalic": "liberation/LiberationSans-BoldItalic.ttf",
}
for _name, _rel in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_name, os.path.join("/usr/share/fonts/truetype", _rel)))
for fam, (r, b, i, bi) in {
    "Sans": ("Sans", "Sans-Bold", "Sans-Oblique", "Sans-BoldOblique"),
    "Serif": ("Serif", "Serif-Bold", "Serif-Italic", "Serif-BoldItalic"),
    "Arial": ("Arial", "Arial-Bold", "Arial-Italic", "Arial-BoldItalic"),
}.items():
    addMapping(fam, 0, 0, r)
    addMapping(fam, 1, 0, b)
    addMapping(fam, 0, 1, i)
    addMapping(fam, 1, 1, bi)

BLACK = colors.black
GREY = HexColor("#666666")


# ----------------------------------------------------------------------------------------------------------
# PDF helpers (reportlab canvas)
# ----------------------------------------------------------------------------------------------------------
def new_canvas(path, size, title, author):
    c = __import__("reportlab.pdfgen.canvas", fromlist=["Canvas"]).Canvas(path, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("fresh4/build.py")
    return c


def para(c, text, x, y, w, font="Sans", size=9, leading=None, color=BLACK, align=0, markup=False):
    """Draw a wrapped paragraph whose top is at y; return the y below it."""
    st = ParagraphStyle("p", fontName=font, fontSize=size, leading=leading or size * 1.32,
                        textColor=color, alignment=align)
    p = Paragraph(text if markup else escape(text), st)
    _, h = p.wrap(w, 2000)
    p.drawOn(c, x, y - h)
    return y - h


def bullets(c, items, x, y, w, font="Sans", size=9, color=BLACK, mark="•", gap=2, indent=10):
    for it in items:
        c.setFillColor(color)
        c.setFont(font, size)
        c.drawString(x, y - size, mark)
        y = para(c, it, x + indent, y, w - indent, font=font, size=size, color=color) - gap
    return y


def text(c, s, x, y, font="Sans", size=9, color=BLACK, how="l"):
    c.setFillColor(color)
    c.setFont(font, size)
    if how == "l":
        c.drawString(x, y, s)
    elif how == "r":
        c.drawRightString(x, y, s)
    else:
        c.drawCentredString(x, y, s)


# ----------------------------------------------------------------------------------------------------------
# DOCX helpers
# ----------------------------------------------------------------------------------------------------------
FIXED = datetime(2024, 6, 1, 9, 0, 0)


def new_doc(font="Calibri", size=10.5, margins_cm=(2.0, 2.0, 2.0, 2.0)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(2)
    sec = d.sections[0]
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Cm(m) for m in margins_cm)
    return d


def save_docx(d, path, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 6, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))


def run(p, s, bold=False, italic=False, size=None, color=None, caps=False, font=None):
    r = p.add_run(s)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.small_caps = True
    if font:
        r.font.name = font
    return r


def P(container, s="", bold=False, italic=False, size=None, color=None, align=None, after=None, before=None,
      style=None, indent_cm=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if s:
        run(p, s, bold=bold, italic=italic, size=size, color=color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    return p


def bullet_list(container, items, style="List Bullet", size=None):
    for it in items:
        p = container.add_paragraph(style=style)
        run(p, it, size=size)
        p.paragraph_format.space_after = Pt(1)


def right_tab(p, cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(cm), WD_TAB_ALIGNMENT.RIGHT)


def left_tab(p, cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(cm), WD_TAB_ALIGNMENT.LEFT)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bottom_border(p, color="999999", sz=6):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def cell_text(cell, s, bold=False, italic=False, size=None, color=None):
    p = cell.paragraphs[0] if not cell.paragraphs[0].text and len(cell.paragraphs) == 1 else cell.add_paragraph()
    run(p, s, bold=bold, italic=italic, size=size, color=color)
    p.paragraph_format.space_after = Pt(1)
    return p


def cell_bullets(d, cell, items, size=9.5):
    for i, it in enumerate(items):
        p = cell.paragraphs[0] if i == 0 and not cell.paragraphs[0].text else cell.add_paragraph()
        p.style = d.styles["List Bullet"]
        run(p, it, size=size)
        p.paragraph_format.space_after = Pt(1)


def grid_borders(table, color="BFBFBF"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        borders.append(e)
    tblPr.append(borders)


# ==========================================================================================================
# PDF resumes (reportlab)
# ==========================================================================================================
def r01_zoe_lindqvist(path):
    """Canva-style export: dark left sidebar with text icons, skills with dot ratings; name split on two lines."""
    W, H = A4
    c = new_canvas(path, A4, "Zoe Lindqvist CV", "Zoe Lindqvist")
    teal, sand = HexColor("#1f4e5a"), HexColor("#e9d8c4")
    white = colors.white
    side = 205
    c.setFillColor(teal)
    c.rect(0, 0, side, H, fill=1, stroke=0)
    c.setFillColor(sand)
    c.circle(side / 2, H - 92, 52, fill=1, stroke=0)
    text(c, "ZL", side / 2, H - 102, "Sans-Bold", 28, teal, "c")
    y = H - 178

    def shead(t):
        nonlocal y
        text(c, t, 24, y, "Sans-Bold", 11, white)
        c.setStrokeColor(sand)
        c.setLineWidth(0.8)
        c.line(24, y - 6, side - 24, y - 6)
        y -= 24

    shead("CONTACT")
    for icon, s in [("☎", "+46 70 318 22 41"), ("✉", "zoe@lindqvist.example"), ("⌂", "Göteborg, Sweden"),
                    ("in", "linkedin.com/in/zoelindqvist")]:
        text(c, icon, 24, y, "Sans-Bold", 9.5, sand)
        text(c, s, 44, y, "Sans", 8.5, white)
        y -= 17
    y -= 10
    shead("SKILLS")
    for s, n in [("Brand Strategy", 5), ("Content Marketing", 5), ("HubSpot", 4), ("Google Ads", 4),
                 ("Adobe Creative Cloud", 3), ("Copywriting", 5), ("Market Research", 4)]:
        text(c, s, 24, y, "Sans", 8.5, white)
        text(c, "●" * n + "○" * (5 - n), side - 24, y, "Sans", 7.5, sand, "r")
        y -= 16
    y -= 10
    shead("LANGUAGES")
    for s in ["Swedish — Native", "English — Fluent", "German — Intermediate"]:
        text(c, s, 24, y, "Sans", 8.5, white)
        y -= 15
    y -= 10
    shead("EDUCATION")
    for yrs, deg, school in [("2014 – 2016", "M.Sc. Marketing", "Göteborg School of Business and Design"),
                             ("2011 – 2014", "B.A. Media and Communication", "Vänern University College")]:
        text(c, yrs, 24, y, "Sans", 8, sand)
        y -= 13
        text(c, deg, 24, y, "Sans-Bold", 9, white)
        y -= 2
        y = para(c, school, 24, y, side - 44, size=8.5, color=white) - 12

    # main column
    x0, w = side + 28, W - side - 28 - 34
    text(c, "ZOE", x0, H - 78, "Sans-Bold", 34, teal)
    text(c, "LINDQVIST", x0, H - 116, "Sans-Bold", 34, teal)
    text(c, "BRAND & MARKETING MANAGER", x0, H - 140, "Sans", 11, GREY)
    y = H - 178

    def mhead(t):
        nonlocal y
        text(c, t, x0, y, "Sans-Bold", 12, teal)
        c.setStrokeColor(teal)
        c.line(x0, y - 6, x0 + w, y - 6)
        y -= 22

    mhead("PROFILE")
    y = para(c, "Brand marketer with eight years in Scandinavian design and financial services. I turn fuzzy "
                "positioning into campaigns people remember, and I like measuring whether they worked.",
             x0, y, w, size=9, color=GREY) - 16
    mhead("WORK EXPERIENCE")
    jobs = [
        ("MAR 2021 – PRESENT", "Senior Brand Marketing Manager", "Nordlys Studio AB  |  Göteborg",
         ["Own the brand platform for a 60-person furniture and interiors studio; relaunched the visual identity "
          "across web, retail and packaging.",
          "Grew newsletter subscribers from 9k to 41k with a content series on Nordic craft.",
          "Manage a SEK 6m annual media budget and two agencies."]),
        ("JAN 2018 – FEB 2021", "Marketing Manager", "Bank of Kattegat  |  Malmö",
         ["Led marketing for the savings and mortgage product lines of a regional bank.",
          "Launched the first digital-only mortgage campaign; applications up 34% year on year.",
          "Set up HubSpot lead scoring together with the sales team."]),
        ("JUN 2016 – DEC 2017", "Digital Marketing Coordinator", "Västkust Partners  |  Göteborg",
         ["Ran paid search and social campaigns for tourism and hospitality clients.",
          "Wrote monthly performance reports and A/B test summaries."]),
    ]
    for dates, title, comp, bl in jobs:
        text(c, dates, x0, y, "Sans", 8, GREY)
        y -= 15
        text(c, title, x0, y, "Sans-Bold", 11, BLACK)
        y -= 14
        text(c, comp, x0, y, "Sans", 9.5, teal)
        y -= 8
        y = bullets(c, bl, x0 + 4, y, w - 4, size=8.8, color=HexColor("#333333")) - 12
    mhead("REFERENCES")
    para(c, "Available upon request.", x0, y, w, size=9, color=GREY)
    c.showPage()
    c.save()


def r05_samuel_okafor(path):
    """LinkedIn 'Save to PDF' profile: grey left column (Contact, Top Skills, Languages, Certifications),
    main column with Experience grouped by company, durations in brackets, 'Page 1 of 2' footers."""
    W, H = LETTER
    c = new_canvas(path, LETTER, "Samuel Okafor - LinkedIn", "LinkedIn")
    side = 190
    grey_bg, dark, mid = HexColor("#f3f2ef"), HexColor("#1d2226"), HexColor("#56687a")

    def sidebar():
        c.setFillColor(grey_bg)
        c.rect(0, 0, side, H, fill=1, stroke=0)

    def footer(n):
        text(c, f"Page {n} of 2", W / 2, 28, "Arial", 8, mid, "c")

    sidebar()
    y = H - 60
    for head, items in [
        ("Contact", ["samuel.okafor@inbox.example", "www.linkedin.com/in/samuel-okafor-eng (LinkedIn)"]),
        ("Top Skills", ["Engineering Management", "Distributed Systems", "Go"]),
        ("Languages", ["English (Native or Bilingual)", "Igbo (Professional Working)"]),
        ("Certifications", ["AWS Certified Solutions Architect – Associate"]),
    ]:
        text(c, head, 28, y, "Arial", 13, dark)
        y -= 20
        for it in items:
            y = para(c, it, 28, y + 9, side - 50, font="Arial", size=9.5, color=dark) - 8
        y -= 14
    x0, w = side + 30, W - side - 30 - 40
    text(c, "Samuel Okafor", x0, H - 68, "Arial", 24, dark)
    y = para(c, "Engineering Manager at Lambeth Payments | Building reliable payment rails", x0, H - 80, w,
             font="Arial", size=12, color=dark)
    y = para(c, "London, England, United Kingdom", x0, y - 4, w, font="Arial", size=10, color=mid) - 18
    text(c, "Summary", x0, y, "Arial", 15, dark)
    y = para(c, "I lead teams that build payment infrastructure: ledgers, payouts and the boring glue that keeps "
                "money moving. Before management I spent seven years writing backend services in Go and Java.",
             x0, y - 8, w, font="Arial", size=10, color=dark) - 20
    text(c, "Experience", x0, y, "Arial", 15, dark)
    y -= 24
    text(c, "Lambeth Payments Ltd", x0, y, "Arial", 12, dark)
    y -= 14
    text(c, "6 years 2 months", x0, y, "Arial", 9.5, mid)
    y -= 18
    for title, dates, loc, desc in [
        ("Engineering Manager", "March 2021 - Present (3 years 5 months)", "London, England, United Kingdom",
         "Manage two squads (11 engineers) owning the payouts ledger and reconciliation services. Cut settlement "
         "incidents by 60% through on-call reform and better runbooks."),
        ("Senior Software Engineer", "June 2018 - February 2021 (2 years 9 months)",
         "London, England, United Kingdom",
         "Designed the double-entry ledger service in Go; led the migration from a monolith to event-driven "
         "services on Kafka."),
    ]:
        text(c, title, x0, y, "Arial-Bold", 11, dark)
        y -= 14
        text(c, dates, x0, y, "Arial", 9.5, mid)
        y -= 13
        text(c, loc, x0, y, "Arial", 9.5, mid)
        y = para(c, desc, x0, y - 6, w, font="Arial", size=9.5, color=dark) - 16
    text(c, "Mancunian Data Institute", x0, y, "Arial", 12, dark)
    y -= 16
    text(c, "Software Engineer", x0, y, "Arial-Bold", 11, dark)
    y -= 14
    text(c, "September 2014 - May 2018 (3 years 9 months)", x0, y, "Arial", 9.5, mid)
    y -= 13
    text(c, "Manchester, England, United Kingdom", x0, y, "Arial", 9.5, mid)
    para(c, "Built data ingestion APIs for a research data institute; maintained Java services and a PostgreSQL "
            "warehouse used by 40 partner universities.", x0, y - 6, w, font="Arial", size=9.5, color=dark)
    footer(1)
    c.showPage()
    sidebar()
    y = H - 60
    text(c, "Education", x0, y, "Arial", 15, dark)
    y -= 24
    text(c, "University of Pennine Moors", x0, y, "Arial", 12, dark)
    y -= 15
    text(c, "Bachelor of Science - BS, Computer Science · (2011 - 2014)", x0, y, "Arial", 9.5, mid)
    footer(2)
    c.showPage()
    c.save()


def r08_wei_chen(path):
    """One-column serif resume; each role: title LEFT and company RIGHT-aligned on one line, then italic dates
    left / place right."""
    W, H = LETTER
    c = new_canvas(path, LETTER, "Wei Chen Resume", "Wei Chen")
    L, R = 54, W - 54
    text(c, "Wei Chen", W / 2, H - 62, "Serif-Bold", 22, BLACK, "c")
    text(c, "San Mateo, CA  •  (650) 555-0142  •  wei.chen@mail.example  •  linkedin.com/in/weichenpm",
         W / 2, H - 80, "Serif", 10, BLACK, "c")
    y = H - 108

    def head(t):
        nonlocal y
        text(c, t, L, y, "Serif-Bold", 11.5, BLACK)
        c.setLineWidth(0.6)
        c.line(L, y - 4, R, y - 4)
        y -= 20

    head("EXPERIENCE")
    for title, comp, dates, place, bl in [
        ("Senior Product Manager (L5)", "Lumen Harbor Technologies", "Jan 2021 – Present", "Bay Area",
         ["Own the merchant onboarding funnel (2.3M sign-ups a year); shipped a guided setup that lifted "
          "activation by 18%.",
          "Run quarterly planning for three engineering squads and a design pod.",
          "Introduced an experimentation review that cut inconclusive A/B tests by half."]),
        ("Product Manager", "Pudong Pixel Studio", "Aug 2017 – Dec 2020", "Shanghai, China",
         ["Led the creator tools roadmap for a mobile photo-editing app with 12M monthly users.",
          "Launched subscription tiers; paid conversion grew from 1.1% to 3.4%."]),
        ("Associate Product Manager", "Qiantang Mobile Co.", "Jul 2015 – Jul 2017", "Hangzhou, China",
         ["Wrote specs for the payments and wallet features of a ride-hailing app.",
          "Analysed funnel data in SQL and presented weekly metrics to leadership."]),
    ]:
        text(c, title, L, y, "Serif-Bold", 11, BLACK)
        text(c, comp, R, y, "Serif-Bold", 11, BLACK, "r")
        y -= 13
        text(c, dates, L, y, "Serif-Italic", 10, BLACK)
        text(c, place, R, y, "Serif-Italic", 10, BLACK, "r")
        y -= 4
        y = bullets(c, bl, L + 8, y, R - L - 8, font="Serif", size=10, gap=1) - 10
    head("EDUCATION")
    text(c, "B.Eng. Software Engineering", L, y, "Serif-Bold", 11, BLACK)
    text(c, "Zhejiang Lakeside University", R, y, "Serif-Bold", 11, BLACK, "r")
    y -= 13
    text(c, "2011 – 2015", L, y, "Serif-Italic", 10, BLACK)
    text(c, "Hangzhou, China", R, y, "Serif-Italic", 10, BLACK, "r")
    y -= 26
    head("SKILLS")
    y = para(c, "Product Strategy, A/B Testing, SQL, Amplitude, Roadmapping, Figma, Jira", L, y + 6, R - L,
             font="Serif", size=10.5) - 14
    head("ADDITIONAL")
    para(c, "Languages: Mandarin (native), English (fluent). Volunteer mentor, Bay Area Women in Product.",
         L, y + 6, R - L, font="Serif", size=10.5)
    c.showPage()
    c.save()


def r14_emma_schulz(path):
    """Novoresume-like one-column timeline: dates and place in a LEFT RAIL, a vertical line with dots,
    title / company / 'Achievements/Tasks' on the right; skills as rounded pills."""
    W, H = A4
    c = new_canvas(path, A4, "Emma Schulz - Resume", "Emma Schulz")
    blue, light = HexColor("#2f5d8a"), HexColor("#e3ecf5")
    L, R = 40, W - 40
    text(c, "Emma Schulz", L, H - 62, "Sans-Bold", 24, BLACK)
    text(c, "UX Researcher", L, H - 82, "Sans", 12.5, blue)
    y = para(c, "Mixed-methods researcher who has spent eight years making insurance and health products less "
                "confusing. Happiest when a diary study changes a roadmap.", L, H - 92, R - L,
             font="Sans-Oblique", size=9, color=GREY)
    y -= 10
    c.setFillColor(light)
    c.rect(L, y - 22, R - L, 22, fill=1, stroke=0)
    xs = L + 8
    for icon, s in [("✉", "emma.schulz@mail.example"), ("☎", "+41 79 555 01 23"), ("⌂", "Zürich, CH"),
                    ("in", "linkedin.com/in/emmaschulz")]:
        text(c, icon, xs, y - 15, "Sans-Bold", 9, blue)
        text(c, s, xs + 14, y - 15, "Sans", 8.5, BLACK)
        xs += 14 + pdfmetrics.stringWidth(s, "Sans", 8.5) + 16
    y -= 46
    rail_w, line_x = 96, L + 104
    x1 = line_x + 14

    def head(t):
        nonlocal y
        text(c, t, L, y, "Sans-Bold", 12.5, blue)
        c.setStrokeColor(blue)
        c.setLineWidth(1.2)
        c.line(L, y - 5, R, y - 5)
        y -= 24

    def entry(dates, place, title, org, tasks, label="Achievements/Tasks"):
        nonlocal y
        top = y
        yy = para(c, dates, L, top + 2, rail_w, size=8.5, color=GREY)
        para(c, place, L, yy - 1, rail_w, font="Sans-Oblique", size=8, color=GREY)
        c.setFillColor(blue)
        c.circle(line_x, top - 4, 3.2, fill=1, stroke=0)
        text(c, title, x1, top - 8, "Sans-Bold", 11, BLACK)
        text(c, org, x1, top - 22, "Sans", 10, blue)
        yy = top - 30
        if tasks:
            text(c, label, x1, yy - 8, "Sans-Oblique", 8, GREY)
            yy = bullets(c, tasks, x1 + 2, yy - 12, R - x1 - 2, size=8.6, mark="▪") - 2
        c.setStrokeColor(light)
        c.setLineWidth(1.5)
        c.line(line_x, top - 9, line_x, yy - 4)
        y = yy - 12

    head("WORK EXPERIENCE")
    entry("09/2019 – Present", "Zürich, CH", "Senior UX Researcher", "Zürich Lakeside Insurance AG",
          ["Built the research practice for the digital claims journey; 40+ studies a year across CH and DE.",
           "Introduced a research repository in Dovetail used by 70 product staff.",
           "Diary study on first-time claimants led to a redesigned claim tracker (NPS +21)."])
    entry("04/2016 – 08/2019", "Basel, CH", "UX Researcher", "Rhine Institute of Human Factors",
          ["Ran usability tests and surveys for medical-device and pharma clients.",
           "Co-authored guidance on remote moderated testing for older adults."])
    entry("10/2015 – 03/2016", "München, DE", "UX Design Intern", "Isar Studio GmbH",
          ["Produced wireframes and interview guides for a mobility start-up."])
    head("EDUCATION")
    entry("09/2013 – 07/2015", "Lucerne, CH", "M.Sc. Human-Computer Interaction", "Pilatus University",
          ["Trust cues in insurance chatbots: a mixed-methods study (grade 5.75/6)."], label="Thesis")
    head("SKILLS")
    xs, yy = L, y
    for s in ["Usability Testing", "Diary Studies", "Survey Design", "Dovetail", "Figma", "SPSS",
              "Stakeholder Workshops"]:
        wdt = pdfmetrics.stringWidth(s, "Sans", 9) + 16
        if xs + wdt > R:
            xs, yy = L, yy - 24
        c.setFillColor(light)
        c.roundRect(xs, yy - 14, wdt, 18, 6, fill=1, stroke=0)
        text(c, s, xs + 8, yy - 8, "Sans", 9, BLACK)
        xs += wdt + 8
    y = yy - 36
    head("LANGUAGES")
    text(c, "German — Native or Bilingual Proficiency   ·   English — Full Professional Proficiency   ·   "
            "French — Limited Working", L, y + 4, "Sans", 8.3, BLACK)
    c.showPage()
    c.save()


def r17_jasmine_patel(path):
    """Indeed 'Download resume' PDF: headline + contact lines, 'Work Experience' with Title / 'Company - City, ST'
    / 'Month YYYY to Present'; skills as bullets with '(N years)'."""
    W, H = LETTER
    c = new_canvas(path, LETTER, "Jasmine Patel", "Indeed")
    L, R = 60, W - 60
    ink, sub = HexColor("#2d2d2d"), HexColor("#595959")
    text(c, "Jasmine Patel", L, H - 70, "Arial-Bold", 22, ink)
    y = H - 92
    for s in ["Supply Chain Analyst", "Houston, TX 77002", "jasmine.patel@mail.example", "+1 713 555 0148",
              "Authorized to work in the US for any employer"]:
        text(c, s, L, y, "Arial", 10, sub)
        y -= 14
    y -= 14

    def head(t):
        nonlocal y
        text(c, t, L, y, "Arial-Bold", 14, ink)
        c.setStrokeColor(HexColor("#d4d2d0"))
        c.line(L, y - 6, R, y - 6)
        y -= 26

    head("Work Experience")
    for title, comp, dates, desc, bl in [
        ("Supply Chain Analyst", "Bayou Energy Partners - Houston, TX", "March 2019 to Present",
         "Analyze inventory and procurement data for 14 field sites supplying offshore operations.",
         ["Built a Tableau dashboard for stock-outs that is reviewed in the weekly ops meeting",
          "Reduced excess MRO inventory by $2.1M through reorder-point clean-up in SAP MM"]),
        ("Inventory Control Specialist", "Lone Star Distribution Co - Katy, TX", "June 2016 to February 2019",
         "Cycle counts, variance research and receiving audits for a 400,000 sq ft distribution center.",
         ["Improved inventory accuracy from 94.5% to 99.2%"]),
        ("Student Warehouse Assistant", "Brazos Valley University - College Station, TX",
         "August 2013 to May 2016", "Part-time role at the university central stores while studying.", []),
    ]:
        text(c, title, L, y, "Arial-Bold", 11.5, ink)
        y -= 15
        text(c, comp, L, y, "Arial", 10, ink)
        y -= 14
        text(c, dates, L, y, "Arial", 10, sub)
        y = para(c, desc, L, y - 6, R - L, font="Arial", size=10, color=ink) - 2
        y = bullets(c, bl, L + 6, y, R - L - 6, font="Arial", size=10, color=ink) - 14
    head("Education")
    text(c, "Bachelor's degree in Supply Chain Management", L, y, "Arial-Bold", 11.5, ink)
    y -= 15
    text(c, "Brazos Valley University - College Station, TX", L, y, "Arial", 10, ink)
    y -= 14
    text(c, "August 2012 to May 2016", L, y, "Arial", 10, sub)
    y -= 28
    head("Skills")
    y = bullets(c, ["SAP MM (4 years)", "Microsoft Excel (8 years)", "Inventory Management (7 years)",
                    "Tableau (3 years)", "SQL (2 years)", "Demand Forecasting (4 years)"],
                L + 6, y + 8, R - L - 6, font="Arial", size=10, color=ink) - 16
    head("Certifications and Licenses")
    text(c, "APICS CPIM", L, y, "Arial-Bold", 11, ink)
    y -= 14
    text(c, "March 2020 to Present", L, y, "Arial", 10, sub)
    y -= 28
    head("Additional Information")
    para(c, "Bilingual English/Gujarati. Forklift certified. Open to relocation within Texas.", L, y + 8, R - L,
         font="Arial", size=10, color=ink)
    c.showPage()
    c.save()


def r23_amir_haddad(path):
    """Deedy-style two-column LaTeX resume: narrow left column (education, links, coursework, skills) and a
    right column with 'Company | Title' lines over 'dates | place'."""
    W, H = LETTER
    c = new_canvas(path, LETTER, "Amir Haddad Resume", "Amir Haddad")
    L, R = 36, W - 36
    gray = HexColor("#555555")
    para(c, '<font name="Sans-Light">Amir</font> <font name="Sans-Bold">Haddad</font>', L, H - 30, 330,
         font="Sans", size=30, leading=34, markup=True)
    for i, s in enumerate(["amir.haddad@mail.example", "+1 650 555 0199", "github.com/amirh"]):
        text(c, s, R, H - 46 - 12 * i, "Sans", 8.5, gray, "r")
    split = 190
    lx, _lw = L, split - L - 14
    rx, rw = split + 4, R - split - 4
    # left column
    y = H - 100

    def head(t, x, yy):
        text(c, t.upper(), x, yy, "Sans-Light", 13, BLACK)
        return yy - 16

    y = head("Education", lx, y)
    for school, deg, yrs in [("Lakeshore University", "M.Sc. Computer Science", "Sep 2020 – Jun 2022"),
                             ("Lakeshore University", "B.A.Sc. Computer Engineering", "Sep 2016 – Apr 2020")]:
        text(c, school, lx, y, "Sans-Bold", 9.5, BLACK)
        y -= 12
        text(c, deg, lx, y, "Sans", 8.5, BLACK)
        y -= 11
        text(c, yrs + " | Toronto, ON", lx, y, "Sans", 8, gray)
        y -= 18
    y = head("Links", lx, y - 4)
    for s in ["Github:// amirh", "LinkedIn:// amirhaddad", "Scholar:// a-haddad"]:
        text(c, s, lx, y, "Sans", 8.5, BLACK)
        y -= 12
    y = head("Coursework", lx, y - 10)
    text(c, "Graduate", lx, y, "Sans-Bold", 9, BLACK)
    y -= 12
    for s in ["Probabilistic Graphical Models", "Parallel Computer Architecture", "Convex Optimization"]:
        text(c, s, lx, y, "Sans", 8.5, BLACK)
        y -= 11
    y -= 6
    text(c, "Undergraduate", lx, y, "Sans-Bold", 9, BLACK)
    y -= 12
    for s in ["Operating Systems", "Compilers", "Digital Signal Processing"]:
        text(c, s, lx, y, "Sans", 8.5, BLACK)
        y -= 11
    y = head("Skills", lx, y - 10)
    for grp, items in [("Programming", "Python • C++ • CUDA • SQL"), ("Frameworks", "PyTorch • JAX"),
                       ("Infrastructure", "Docker • Kubernetes")]:
        text(c, grp, lx, y, "Sans-Bold", 9, BLACK)
        y -= 12
        text(c, items, lx, y, "Sans", 8.5, BLACK)
        y -= 14
    # right column
    y = H - 100
    y = head("Experience", rx, y)
    for comp, title, when, bl in [
        ("Sequoia Grove Robotics", "Machine Learning Engineer", "Jul 2022 – Present | Bay Area",
         ["Train and deploy grasp-prediction models for warehouse picking arms; p95 inference down from 41 ms "
          "to 12 ms with fused CUDA kernels.",
          "Own the evaluation harness used for weekly model releases."]),
        ("Mont-Royal Institute for Learning Algorithms", "ML Research Intern", "May 2021 – Aug 2021 | Montréal, QC",
         ["Studied sparse attention for long-horizon robot policies; workshop paper at a major ML venue."]),
        ("Bank of the Great Lakes", "Software Engineering Intern", "May 2020 – Aug 2020 | Toronto, ON",
         ["Built a fraud-alert triage service in Python and PostgreSQL used by 30 analysts."]),
        ("Lakeshore University", "Teaching Assistant", "Sep 2019 – Apr 2021 | Toronto, ON",
         ["TA for Operating Systems and Intro to Machine Learning (3 terms, ~400 students)."]),
    ]:
        para(c, f"<b>{escape(comp)}</b> | {escape(title)}", rx, y + 9, rw, font="Sans", size=10, markup=True)
        y -= 12
        text(c, when, rx, y, "Sans", 8.5, gray)
        y -= 4
        y = bullets(c, bl, rx + 4, y, rw - 4, size=8.6, mark="–") - 10
    y = head("Projects", rx, y - 8)
    for name, desc in [("Sparse Attention Kernels", "Triton and CUDA kernels for block-sparse attention; 2.7x "
                                                    "faster than dense attention at 16k tokens."),
                       ("TinyDiffusion", "A 600-line educational diffusion model in JAX; 1.2k GitHub stars.")]:
        text(c, name, rx, y, "Sans-Bold", 9.5, BLACK)
        y = para(c, desc, rx, y - 3, rw, size=8.6) - 10
    y = head("Publications", rx, y - 8)
    para(c, "A. Haddad, L. Tremblay. Sparse Attention for Long-Horizon Manipulation. Workshop on Robot "
            "Learning, 2021.", rx, y + 2, rw, size=8.6)
    c.showPage()
    c.save()


# ==========================================================================================================
# DOCX resumes (python-docx)
# ==========================================================================================================
def r02_arjun_mehta(path):
    """Indian resume: 'RESUME' banner, 'Total Experience', 'Company Name: / Role: / Duration:' blocks,
    technical skills table with group labels, project blocks, education table with percentages, declaration."""
    d = new_doc("Times New Roman", 11)
    P(d, "RESUME", bold=True, size=14, align="c", after=6)
    P(d, "ARJUN MEHTA", bold=True, size=13, after=0)
    P(d, "Mobile: +91 98450 55123 | Email: arjun.mehta@mail.example | Bengaluru, Karnataka", after=0)
    p = P(d, "", after=6)
    bottom_border(p, "000000", 8)

    def head(t):
        p = P(d, t, bold=True, size=11.5, before=8, after=3)
        shade_p(p, "D9D9D9")

    head("CAREER OBJECTIVE")
    P(d, "To work in a challenging environment where I can apply my backend engineering skills and grow along "
         "with the organisation.")
    head("PROFESSIONAL SUMMARY")
    bullet_list(d, [
        "Total Experience: 8.2 years in backend development for e-commerce and retail platforms.",
        "Currently working as SDE-2 at Malabar Commerce Pvt. Ltd.",
        "Hands-on in Java, Go, microservices, event-driven systems and AWS.",
        "Mentored 6 junior engineers; conducted 150+ technical interviews.",
    ])
    head("WORK EXPERIENCE")
    for comp, role, dur, resp in [
        ("Malabar Commerce Pvt. Ltd., Bengaluru", "SDE-2", "Jul 2021 – Present",
         ["Own the order routing and inventory reservation services (12k orders/min at peak).",
          "Reduced p99 latency of checkout APIs from 900 ms to 240 ms."]),
        ("Malabar Commerce Pvt. Ltd., Bengaluru", "SDE-1", "Aug 2019 – Jun 2021",
         ["Built the loyalty points ledger in Go with Cassandra.",
          "Wrote the Kafka consumer framework adopted by 9 teams."]),
        ("Sahyadri Infosystems Ltd., Pune", "Associate Software Engineer", "Jun 2016 – Jul 2019",
         ["Developed Spring Boot services for retail clients; supported production releases."]),
    ]:
        for k, v in [("Company Name", comp), ("Role", role), ("Duration", dur)]:
            p = P(d, "", after=0)
            left_tab(p, 3.5)
            run(p, k, bold=True)
            run(p, "\t: " + v)
        P(d, "Responsibilities:", bold=True, after=0, before=2)
        bullet_list(d, resp)
        P(d, "", after=2)
    head("TECHNICAL SKILLS")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Languages", "Java, Go, Python"), ("Frameworks", "Spring Boot, gRPC"),
                 ("Databases", "MySQL, Redis, Cassandra"), ("Cloud & DevOps", "AWS, Docker, Kubernetes, Jenkins")]:
        cells = t.add_row().cells
        cell_text(cells[0], k, bold=True)
        cell_text(cells[1], v)
    col_widths(t, [4.0, 12.5])
    head("PROJECTS")
    for name, client, env, desc in [
        ("Order Routing Engine", "Malabar Commerce (internal)", "Java 17, Spring Boot, Kafka, MySQL",
         "Rule-based routing of orders to 40 fulfilment centres based on stock, distance and SLA."),
        ("Loyalty Points Ledger", "Malabar Commerce (internal)", "Go, Cassandra, Redis",
         "Append-only ledger for 30M customer wallets with daily reconciliation."),
        ("Vendor Onboarding Portal", "Konkan Retail Ltd", "Java 8, Spring Boot, Angular, MySQL",
         "Self-service onboarding and document verification for 2,000 vendors."),
    ]:
        p = P(d, "", after=0, before=4)
        run(p, "Project Title: ", bold=True)
        run(p, name, bold=True)
        for k, v in [("Client", client), ("Environment", env), ("Description", desc)]:
            p = P(d, "", after=0)
            run(p, k + ": ", bold=True)
            run(p, v)
    head("EDUCATIONAL QUALIFICATIONS")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Qualification", "Institute", "Board / University", "Year", "Percentage"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
    for row in [("B.E. (Information Technology)", "Sahyadri Institute of Technology, Pune",
                 "Deccan Plateau University", "2016", "74.2%"),
                ("HSC (Class XII)", "Fergusson Road Junior College, Pune", "Maharashtra State Board", "2012",
                 "86.5%")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    head("PERSONAL DETAILS")
    for k, v in [("Date of Birth", "14-02-1994"), ("Languages Known", "English, Hindi, Marathi, Kannada"),
                 ("Marital Status", "Single"), ("Nationality", "Indian")]:
        p = P(d, "", after=0)
        left_tab(p, 4.0)
        run(p, k)
        run(p, "\t: " + v)
    head("DECLARATION")
    P(d, "I hereby declare that the information furnished above is true to the best of my knowledge.")
    p = P(d, "Place: Bengaluru", before=10, after=0)
    p = P(d, "")
    right_tab(p, 17)
    run(p, "Date:\t(ARJUN MEHTA)")
    save_docx(d, path, "Arjun Mehta")


def shade_p(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def r06_ingrid_halvorsen(path):
    """Experience as a Word table: Period | Position | Employer, with the employer cell merged vertically over
    two promotion rows and full-width merged rows holding each role's achievements."""
    d = new_doc("Arial", 10)
    P(d, "Ingrid Halvorsen", bold=True, size=20, color="1F3864", after=0)
    P(d, "Process Engineer  ·  Bergen, Norway  ·  +47 412 55 873  ·  ingrid.halvorsen@mail.example", color="555555")
    P(d, "Profile", bold=True, size=12, color="1F3864", before=8)
    P(d, "Chemical process engineer with ten years in offshore and hydrogen projects, from FEED through "
         "commissioning. Chartered, HAZOP facilitator, comfortable between design office and plant floor.")
    P(d, "Employment", bold=True, size=12, color="1F3864", before=10)
    t = d.add_table(rows=6, cols=3)
    grid_borders(t)
    for i, h in enumerate(["Period", "Position", "Employer"]):
        cell_text(t.cell(0, i), h, bold=True, color="FFFFFF")
        shade(t.cell(0, i), "1F3864")
    cell_text(t.cell(1, 0), "Jan 2020 – present")
    cell_text(t.cell(1, 1), "Lead Process Engineer", bold=True)
    cell_text(t.cell(2, 0), "May 2017 – Dec 2019")
    cell_text(t.cell(2, 1), "Process Engineer", bold=True)
    emp = t.cell(1, 2).merge(t.cell(2, 2))
    cell_text(emp, "Vestland Hydrogen AS, Bergen")
    cell_bullets(d, t.cell(3, 0).merge(t.cell(3, 2)), [
        "Lead process engineer for a 20 MW electrolyser plant from FEED to start-up (2023).",
        "Facilitated 14 HAZOP and LOPA workshops; owner of the process safety basis.",
        "Promoted to lead after delivering the Mongstad pilot skid two months early."])
    cell_text(t.cell(4, 0), "Aug 2014 – Apr 2017")
    cell_text(t.cell(4, 1), "Graduate Engineer", bold=True)
    cell_text(t.cell(4, 2), "Stavanger Offshore Institute, Stavanger")
    cell_bullets(d, t.cell(5, 0).merge(t.cell(5, 2)), [
        "Two-year graduate rotation: topsides process design, flow assurance and operations support.",
        "Built HYSYS models for gas dehydration upgrades on three platforms."])
    col_widths(t, [3.6, 5.4, 7.5])
    P(d, "Education", bold=True, size=12, color="1F3864", before=12)
    t = d.add_table(rows=2, cols=3)
    grid_borders(t)
    cell_text(t.cell(0, 0), "Aug 2012 – Jun 2014")
    cell_text(t.cell(0, 1), "M.Sc. Chemical Engineering", bold=True)
    cell_text(t.cell(0, 2), "Trøndelag University of Technology, Trondheim")
    note = t.cell(1, 0).merge(t.cell(1, 2))
    cell_text(note, "Thesis on PEM electrolyser degradation; exchange semester in Delft.", italic=True, size=9.5)
    col_widths(t, [3.6, 5.4, 7.5])
    P(d, "Skills", bold=True, size=12, color="1F3864", before=12)
    bullet_list(d, ["Aspen HYSYS", "HAZOP Facilitation", "P&ID Review", "Python", "Electrolyser Design",
                    "Process Safety Management"])
    P(d, "Languages", bold=True, size=12, color="1F3864", before=10)
    P(d, "Norwegian (native), English (fluent), Swedish (good)")
    save_docx(d, path, "Ingrid Halvorsen")


def r09_katarzyna_nowak(path):
    """Polish CV in Polish: dates in a left tab column ('10.2020 – obecnie', 'lipiec 2015 – luty 2017'),
    bold title, company line below; 'Umiejętności' bullets; RODO consent clause at the end."""
    d = new_doc("Calibri", 10.5)
    P(d, "Katarzyna Nowak", bold=True, size=22, color="7B1E3A", after=0)
    P(d, "Kierownik Projektu IT", size=12, color="555555", after=2)
    P(d, "tel. +48 601 555 214  |  katarzyna.nowak@poczta.example  |  Kraków", size=9.5, after=8)

    def head(t):
        p = P(d, t.upper(), bold=True, size=11, color="7B1E3A", before=10, after=4)
        bottom_border(p, "7B1E3A")

    head("Podsumowanie zawodowe")
    P(d, "Kierownik projektów IT z doświadczeniem w bankowości i usługach danych. Prowadzę zespoły zwinne, "
         "łączę analizę biznesową z dowożeniem wdrożeń.")
    head("Doświadczenie zawodowe")
    for dates, title, comp, tasks in [
        ("10.2020 – obecnie", "Kierownik Projektu", "Wisła Software Partners Sp. z o.o., Kraków",
         ["prowadzenie projektów wdrożeniowych dla klientów z sektora finansowego (budżety do 4 mln zł)",
          "koordynacja pracy 3 zespołów Scrum (22 osoby)",
          "raportowanie postępów do zarządu i klienta"]),
        ("03.2017 – 09.2020", "Analityk Biznesowy", "Bank Pomorski S.A., Gdańsk",
         ["zbieranie i modelowanie wymagań (BPMN) dla bankowości elektronicznej",
          "przygotowanie specyfikacji dla zespołów deweloperskich i testów akceptacyjnych"]),
        ("lipiec 2015 – luty 2017", "Młodszy Analityk Biznesowy", "Poznańskie Centrum Danych Sp. z o.o., Poznań",
         ["analiza danych sprzedażowych w SQL i Excelu", "dokumentacja procesów"]),
    ]:
        p = P(d, "", after=0, before=4)
        left_tab(p, 4.5)
        p.paragraph_format.left_indent = Cm(4.5)
        p.paragraph_format.first_line_indent = Cm(-4.5)
        run(p, dates, color="555555")
        run(p, "\t")
        run(p, title, bold=True)
        P(d, comp, italic=True, indent_cm=4.5, after=1)
        P(d, "Obowiązki:", indent_cm=4.5, after=0, size=9.5)
        for s in tasks:
            q = d.add_paragraph(style="List Bullet")
            q.paragraph_format.left_indent = Cm(5.1)
            run(q, s, size=9.5)
    head("Wykształcenie")
    p = P(d, "", after=0)
    left_tab(p, 4.5)
    run(p, "2010 – 2015", color="555555")
    run(p, "\t")
    run(p, "Uniwersytet Nadbałtycki w Gdyni", bold=True)
    P(d, "kierunek: Informatyka i Ekonometria, studia magisterskie (mgr)", indent_cm=4.5)
    head("Umiejętności")
    bullet_list(d, ["Zarządzanie projektami (Scrum)", "Jira", "Confluence", "SQL", "BPMN 2.0",
                    "Analiza wymagań"])
    head("Języki obce")
    P(d, "angielski – C1, niemiecki – B1")
    head("Zainteresowania")
    P(d, "turystyka górska, fotografia, gry planszowe")
    P(d, "Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu "
         "rekrutacji zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia "
         "2016 r. (RODO).", italic=True, size=8, color="777777", before=18)
    save_docx(d, path, "Katarzyna Nowak")


def r13_lucia_fernandez(path):
    """Spanish CV in Spanish: header table (name + 'Datos personales'), each role as bold title line, then
    'Empresa | Ciudad | mes año – actualidad', 'Funciones:' bullets; 'Competencias', 'Idiomas', 'Otros datos'."""
    d = new_doc("Calibri", 10.5)
    t = d.add_table(rows=1, cols=2)
    left, right = t.cell(0, 0), t.cell(0, 1)
    shade(right, "F2F2F2")
    cell_text(left, "Lucía Fernández García", bold=True, size=20, color="C0392B")
    cell_text(left, "Responsable de Marketing Digital", size=12)
    cell_text(right, "Datos personales", bold=True)
    for s in ["Fecha de nacimiento: 14/05/1993", "Teléfono: +34 612 555 903", "Email: lucia.fg@correo.example",
              "Madrid, España"]:
        cell_text(right, s, size=9.5)
    col_widths(t, [10.5, 6.5])

    def head(s):
        p = P(d, s.upper(), bold=True, size=11.5, color="C0392B", before=12, after=4)
        bottom_border(p, "C0392B")

    head("Perfil profesional")
    P(d, "Profesional del marketing digital con ocho años de experiencia en banca, turismo y agencias creativas. "
         "Orientada a datos, con foco en SEO, campañas de pago y automatización.")
    head("Experiencia profesional")
    for title, meta, funcs in [
        ("Responsable de Marketing Digital", "Ibérica Studio Creativo S.L. | Madrid | septiembre 2019 – actualidad",
         ["Dirección de la estrategia digital de 15 clientes (presupuesto anual de 1,2 M€).",
          "Coordinación de un equipo de 5 personas (SEO, SEM, contenidos y diseño).",
          "Implantación de HubSpot y de cuadros de mando en Google Analytics 4."]),
        ("Técnica de Marketing", "Banco de Levante S.A. | Valencia | enero 2016 – agosto 2019",
         ["Campañas de captación para cuentas y tarjetas; +22 % de altas digitales.",
          "Gestión de la web corporativa y de la newsletter mensual."]),
        ("Becaria de Comunicación", "Instituto de Turismo de Alicante | Alicante | marzo 2015 – diciembre 2015",
         ["Redes sociales y notas de prensa para la temporada de verano."]),
    ]:
        P(d, title, bold=True, size=11.5, before=6, after=0)
        P(d, meta, color="666666", after=2)
        P(d, "Funciones:", italic=True, after=0)
        bullet_list(d, funcs)
    head("Formación académica")
    for deg, school in [("Máster en Marketing Digital", "Escuela de Negocios del Turia (2016 – 2017)"),
                        ("Grado en Publicidad y Relaciones Públicas",
                         "Universidad Mediterránea de Valencia (2011 – 2015)")]:
        p = P(d, "", after=1)
        run(p, deg, bold=True)
        run(p, " — " + school)
    head("Competencias")
    bullet_list(d, ["SEO/SEM", "Google Analytics 4", "Meta Ads", "HubSpot", "Canva", "Redacción publicitaria"])
    head("Idiomas")
    P(d, "Español (nativo) · Inglés (C1) · Francés (B2)")
    head("Otros datos")
    P(d, "Carné de conducir B. Disponibilidad para viajar.")
    save_docx(d, path, "Lucia Fernandez")


def r15_richard_hamilton(path):
    """Executive CV: capitals name, Core Competencies grid, Career History by company with right-tab durations
    '2018 – 2019 (1 yr)', context line in grey, Board Appointments section, Professional Affiliations."""
    d = new_doc("Georgia", 10.5, (1.8, 1.8, 2.0, 2.0))
    P(d, "RICHARD HAMILTON", bold=True, size=22, align="c", after=0)
    P(d, "Chief Executive Officer  |  Non-Executive Director", size=12, align="c", color="555555", after=0)
    P(d, "Edinburgh  ·  +44 7700 900 431  ·  richard.hamilton@mail.example", size=9.5, align="c", after=10)

    def head(s):
        p = P(d, s, bold=True, size=11.5, color="1B365D", before=12, after=4)
        bottom_border(p, "1B365D", 10)

    head("EXECUTIVE PROFILE")
    P(d, "CEO with 25 years in regulated utilities and banking. Led a £1.2bn water utility through a "
         "regulatory price review and two acquisitions; previously ran operations for a 2,400-branch-staff retail "
         "bank. Known for turning round underperforming divisions without losing the people.")
    head("CORE COMPETENCIES")
    comp = ["Strategic Planning", "M&A Integration", "Regulatory Affairs", "P&L Leadership",
            "Stakeholder Engagement", "Digital Transformation"]
    t = d.add_table(rows=2, cols=3)
    for i, s in enumerate(comp):
        cell_text(t.cell(i // 3, i % 3), "▪ " + s)
    head("CAREER HISTORY")

    def company(name, context):
        P(d, name, bold=True, size=11.5, before=8, after=0)
        P(d, context, italic=True, size=9.5, color="777777", after=2)

    def role(title, dates, achievements):
        p = P(d, "", after=1, before=2)
        right_tab(p, 17.0)
        run(p, title, bold=True, italic=True)
        run(p, "\t" + dates)
        bullet_list(d, achievements)

    company("Caledonian Water Holdings plc — Edinburgh", "Listed water and wastewater utility; 3,100 staff; "
                                                          "£1.2bn revenue")
    role("Chief Executive Officer", "2019 – present (5 yrs)",
         ["Delivered the 2020–25 business plan two years early; customer satisfaction ranking from 11th to 3rd.",
          "Led the acquisition and integration of two regional networks (£310m)."])
    company("Bank of Lothian — Edinburgh", "Regional retail and SME bank; 140 branches")
    role("Chief Operating Officer", "2018 – 2019 (1 yr)",
         ["Ran operations, technology and property for the bank; cost-to-income ratio from 68% to 59%."])
    role("Managing Director, Retail Banking", "2014 – 2018 (4 yrs)",
         ["P&L owner for retail banking (£420m income); launched the bank's first mobile app."])
    company("Glasgow Clyde Partners LLP — Glasgow", "Operations consultancy to financial services")
    role("Director of Operations", "2009 – 2014 (5 yrs)",
         ["Built the operations practice from 6 to 45 consultants."])
    head("BOARD APPOINTMENTS")
    for title, org, dates in [("Non-Executive Director", "Highland Rail Trust", "2021 – present"),
                              ("Lay Member of Court", "Forth Valley University", "2017 – 2022 (5 yrs)")]:
        p = P(d, "", after=1)
        right_tab(p, 17.0)
        run(p, title, bold=True)
        run(p, ", " + org)
        run(p, "\t" + dates)
    head("EDUCATION")
    P(d, "MBA — Lothian Business School, 2008", after=1)
    P(d, "MA (Hons) Economics — University of St Rule, 1998", after=1)
    head("PROFESSIONAL AFFILIATIONS")
    P(d, "Fellow, Chartered Institute of Bankers in Scotland (FCIBS)", after=1)
    P(d, "Member, Institute of Directors", after=1)
    save_docx(d, path, "Richard Hamilton")


def r18_minjun_park(path):
    """Korean-style academic CV: 'YYYY.MM – YYYY.MM' date column in borderless tables for Education and
    Academic Appointments (postdocs), then grants, publications, teaching, service, technical skills."""
    d = new_doc("Times New Roman", 11)
    P(d, "CURRICULUM VITAE", bold=True, size=15, align="c", after=4)
    P(d, "Min-jun Park, Ph.D.", bold=True, size=13, align="c", after=0)
    P(d, "Department of Materials Science and Engineering, Hanbit Institute of Science and Technology (HIST)",
      align="c", size=10, after=0)
    P(d, "Daejeon 34141, Republic of Korea  |  minjun.park@hist.example  |  +82 42 555 0173", align="c",
      size=10, after=8)

    def head(s):
        p = P(d, s, bold=True, size=11.5, before=10, after=3)
        bottom_border(p, "000000", 6)

    def dated_table(rows):
        t = d.add_table(rows=0, cols=2)
        for dates, lines in rows:
            cells = t.add_row().cells
            cell_text(cells[0], dates)
            for i, (s, b, it) in enumerate(lines):
                cell_text(cells[1], s, bold=b, italic=it)
        col_widths(t, [4.2, 12.8])

    head("EDUCATION")
    dated_table([
        ("2010.03 – 2016.02", [("Ph.D. in Materials Science and Engineering", True, False),
                               ("Hanbit Institute of Science and Technology (HIST), Daejeon, Korea", False, False),
                               ("Dissertation: Interface engineering of atomic-layer-deposited oxide thin films",
                                False, True)]),
        ("2006.03 – 2010.02", [("B.S. in Materials Science and Engineering", True, False),
                               ("Gyeongju National University, Gyeongju, Korea", False, False)]),
    ])
    head("ACADEMIC APPOINTMENTS")
    dated_table([
        ("2021.03 – present", [("Assistant Professor", True, False),
                               ("Hanbit Institute of Science and Technology (HIST), Daejeon, Korea", False, False),
                               ("Department of Materials Science and Engineering", False, True)]),
        ("2018.09 – 2021.02", [("Postdoctoral Researcher", True, False),
                               ("Limmat Institute of Technology, Zürich, CH", False, False),
                               ("Laboratory for Thin Films and Interfaces (host: Prof. A. Keller)", False, True)]),
        ("2016.03 – 2018.08", [("Postdoctoral Fellow", True, False),
                               ("Golden Hills National Laboratory, Bay Area, CA, USA", False, False),
                               ("Nanofabrication Center", False, True)]),
    ])
    head("RESEARCH GRANTS")
    dated_table([
        ("2022.06 – 2025.05", [("Principal Investigator, Young Researcher Program, National Research "
                                "Foundation (KRW 450M)", False, False)]),
        ("2021.09 – 2024.08", [("Co-Investigator, Next-Generation Memory Materials Consortium", False, False)]),
    ])
    head("SELECTED PUBLICATIONS")
    for s in ["M.-J. Park, A. Keller. Hydrogen-free ALD of HfO2 on 2D channels. Adv. Funct. Thin Films 14, "
              "2203 (2021).",
              "M.-J. Park et al. Interface dipoles in stacked oxide gates. J. Appl. Interfaces 9, 118 (2019).",
              "S. Lee, M.-J. Park, H. Kim. Low-temperature crystallisation of ZrO2. Thin Solid Lett. 31, 77 (2016)."]:
        P(d, s, style="List Number", size=10)
    head("TEACHING")
    dated_table([("2021.09 – present", [("MSE301 Thermodynamics of Materials (undergraduate)", False, False)]),
                 ("2022.03 – present", [("MSE612 Thin Film Processing (graduate)", False, False)])])
    head("PROFESSIONAL SERVICE")
    P(d, "Reviewer for Adv. Funct. Thin Films, J. Appl. Interfaces; Program committee, Korean Thin Film "
         "Symposium 2023.", size=10)
    head("TECHNICAL SKILLS")
    bullet_list(d, ["Transmission Electron Microscopy (TEM)", "X-ray Diffraction (XRD)", "Atomic Layer Deposition",
                    "DFT Calculations (VASP)", "Python", "MATLAB"])
    save_docx(d, path, "Min-jun Park")


def r21_andrei_popescu(path):
    """New-style Europass CV exported to Word: '[ DD/MM/YYYY – CURRENT ] Title' lines, employer line,
    'City: … | Country: …' line; language-skills grid; 'DIGITAL SKILLS' pipe-separated."""
    d = new_doc("Arial", 10)
    blue = "003399"
    t = d.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), "europass", bold=True, size=16, color=blue)
    cell_text(t.cell(0, 1), "Andrei Popescu", bold=True, size=20)
    for s in ["Date of birth: 12/04/1992 | Nationality: Romanian",
              "Phone number: (+40) 721555014 (Mobile)",
              "Email address: andrei.popescu@mail.example",
              "Address: Str. Exemplului 7, 010101, Bucharest, Romania (Home)"]:
        cell_text(t.cell(0, 1), s, size=9)
    col_widths(t, [3.5, 13.5])

    def head(s):
        p = P(d, s, bold=True, size=11, color=blue, before=12, after=4)
        bottom_border(p, blue, 8)

    head("ABOUT MYSELF")
    P(d, "Network engineer with ten years in data centres and telecom backbones. CCNP-certified, automating "
         "whatever I have to do twice.")
    head("WORK EXPERIENCE")
    for dates, title, comp, city, acts in [
        ("[ 01/09/2019 – CURRENT ]", "Senior Network Engineer", "Carpathia Telecom S.A.", "Bucharest",
         ["Design and operate the national IP/MPLS backbone (120 PoPs).",
          "Automated configuration compliance with Python and Ansible; change failures down 70%."]),
        ("[ 15/03/2016 – 31/08/2019 ]", "Network Engineer II", "Danube Data Centres S.R.L.", "Constanța",
         ["Built leaf-spine fabrics for two Tier III data centres; BGP peering with 40 carriers."]),
        ("[ 01/07/2014 – 29/02/2016 ]", "NOC Technician", "Someș Institute of Informatics", "Cluj-Napoca",
         ["24/7 monitoring with Zabbix; first-line incident response for the research network."]),
    ]:
        p = P(d, "", before=6, after=0)
        run(p, dates + " ", size=8.5, color="555555")
        run(p, title, bold=True, size=11)
        P(d, comp, after=0)
        p = P(d, "", after=2)
        run(p, "City: ", bold=True, size=9)
        run(p, city + " ", size=9)
        run(p, "| Country: ", bold=True, size=9)
        run(p, "Romania", size=9)
        bullet_list(d, acts, size=9.5)
    head("EDUCATION AND TRAINING")
    p = P(d, "", after=0)
    run(p, "[ 01/10/2010 – 30/06/2014 ] ", size=8.5, color="555555")
    run(p, "Bachelor's Degree in Telecommunications", bold=True, size=11)
    P(d, "Technical University of Ilfov", after=0)
    p = P(d, "", after=0)
    for k, v in [("City: ", "Bucharest "), ("| Country: ", "Romania "),
                 ("| Field(s) of study: ", "Information and Communication Technologies "),
                 ("| Final grade: ", "9.12")]:
        run(p, k, bold=True, size=9)
        run(p, v, size=9)
    head("LANGUAGE SKILLS")
    p = P(d, "", after=2)
    run(p, "Mother tongue(s): ", bold=True)
    run(p, "ROMANIAN")
    P(d, "Other language(s):", bold=True, after=2)
    t = d.add_table(rows=3, cols=6)
    grid_borders(t)
    for i, h in enumerate(["", "Listening", "Reading", "Spoken production", "Spoken interaction", "Writing"]):
        cell_text(t.cell(0, i), h, bold=True, size=8.5)
    for r, row in enumerate([("ENGLISH", "C1", "C1", "B2", "C1", "B2"),
                             ("FRENCH", "B1", "B2", "A2", "A2", "A2")], start=1):
        for i, v in enumerate(row):
            cell_text(t.cell(r, i), v, size=8.5)
    P(d, "Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user",
      italic=True, size=8, color="777777")
    head("DIGITAL SKILLS")
    P(d, "Cisco IOS | BGP | OSPF | Juniper Junos | Python | Ansible | Wireshark | Zabbix")
    head("DRIVING LICENCE")
    p = P(d, "")
    run(p, "Driving Licence: ", bold=True)
    run(p, "B")
    save_docx(d, path, "Andrei Popescu")


def r24_maya_goldberg(path):
    """Google-Docs-'Serif'-template export: name + contact in a header table; body is a 2-column table,
    wide left cell with EXPERIENCE ('Company, City — Title' then 'MONTH YYYY - PRESENT' caps line) and
    EDUCATION, narrow right cell with SKILLS, AWARDS, LANGUAGES."""
    d = new_doc("Georgia", 10, (1.5, 1.5, 1.8, 1.8))
    accent = "4A6C8C"
    t = d.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), "Maya Goldberg", bold=True, size=26)
    cell_text(t.cell(0, 0), "Enterprise sales · SaaS analytics", size=11, color=accent)
    for s in ["1420 W Fulton St", "Chicago, IL 60607", "(312) 555-0119", "maya.goldberg@mail.example"]:
        p = cell_text(t.cell(0, 1), s, size=9)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    col_widths(t, [11.0, 7.0])
    P(d, "", after=4)
    body = d.add_table(rows=1, cols=2)
    left, right = body.cell(0, 0), body.cell(0, 1)

    def head(cell, s):
        p = cell_text(cell, s, bold=True, size=10, color=accent)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(4)

    head(left, "EXPERIENCE")
    for comp, city, title, dates, bl in [
        ("Windy City Analytics", "Chicago, IL", "Enterprise Account Executive", "MARCH 2021 - PRESENT",
         ["Closed $3.8M new ARR in FY23 (142% of quota); President's Club 2022 and 2023.",
          "Run full-cycle deals with Fortune 1000 retail and CPG buyers using MEDDIC."]),
        ("Bank of Lake Michigan", "Milwaukee, WI", "Commercial Banking Associate", "JUNE 2018 - FEBRUARY 2021",
         ["Managed a book of 85 mid-market clients; cross-sold treasury services worth $1.1M in fees."]),
        ("Evanston Software Studio", "Evanston, IL", "Sales Development Representative",
         "AUGUST 2016 - MAY 2018",
         ["Booked 40+ qualified meetings a month; promoted to team lead of 4 SDRs in 2017."]),
    ]:
        p = cell_text(left, "")
        p.paragraph_format.space_before = Pt(6)
        run(p, comp, bold=True, size=11)
        run(p, ", " + city + " — ", size=11)
        run(p, title, italic=True, size=11)
        cell_text(left, dates, size=8, color="666666")
        for s in bl:
            q = left.add_paragraph(style="List Bullet")
            run(q, s, size=9.5)
    head(left, "EDUCATION")
    p = cell_text(left, "")
    run(p, "Lake Forest Ridge University", bold=True, size=11)
    run(p, ", Lake Forest, IL — ", size=11)
    run(p, "B.A. Communication", italic=True, size=11)
    cell_text(left, "SEPTEMBER 2012 - MAY 2016", size=8, color="666666")
    head(right, "SKILLS")
    for s in ["Salesforce", "Outreach", "Gong", "MEDDIC", "Negotiation", "Pipeline Forecasting"]:
        q = right.add_paragraph(style="List Bullet")
        run(q, s, size=9.5)
    head(right, "AWARDS")
    cell_text(right, "President's Club, Windy City Analytics — 2022, 2023", size=9.5)
    head(right, "LANGUAGES")
    cell_text(right, "English, Hebrew (conversational)", size=9.5)
    col_widths(body, [12.5, 5.5])
    save_docx(d, path, "Maya Goldberg")


# ----------------------------------------------------------------------------------------------------------
# DOCX files that are converted to PDF by LibreOffice
# ----------------------------------------------------------------------------------------------------------
def r10_olivia_harper_docx(path):
    """Australian resume: bold title with right-tab dates ('Feb 2019 – Current'), italic 'Company, City STATE'
    line; Key Skills in a two-column table; Licences & Tickets; Referees with names, titles and employers."""
    d = new_doc("Calibri", 10.5)
    P(d, "Olivia Harper", bold=True, size=22, color="0B5563", after=0)
    P(d, "Senior Project Coordinator — Commercial Construction", size=12, after=0)
    P(d, "Surry Hills NSW 2010  |  0412 555 019  |  olivia.harper@mail.example", size=9.5, color="555555",
      after=8)

    def head(s):
        p = P(d, s, bold=True, size=12, color="0B5563", before=10, after=3)
        bottom_border(p, "0B5563")

    head("Professional Summary")
    P(d, "Project coordinator with ten years on commercial and civil builds up to $180m. Calm on site, fast "
         "with a programme, and known for tidy contract paperwork.")
    head("Key Skills")
    t = d.add_table(rows=3, cols=2)
    for i, s in enumerate(["Procore", "MS Project", "Contract Administration", "WHS Compliance",
                           "Stakeholder Management", "Budget Tracking"]):
        q = t.cell(i % 3, i // 3).paragraphs[0]
        q.style = d.styles["List Bullet"]
        run(q, s)
    head("Career History")
    for title, comp, dates, bl in [
        ("Senior Project Coordinator", "Harbourside Construction Partners, Sydney NSW", "Feb 2019 – Current",
         ["Coordinate three concurrent commercial fit-out and base-build projects ($40m–$180m).",
          "Run subcontractor claims, RFIs and variations in Procore; average RFI turnaround down to 3 days.",
          "Prepare monthly cost reports for the project director and client."]),
        ("Project Coordinator", "Parramatta Civil Group, Parramatta NSW", "Mar 2016 – Jan 2019",
         ["Supported delivery of road and drainage upgrades for two councils.",
          "Maintained the WHS register and toolbox talk records."]),
        ("Site Administrator", "Brisbane River Builders Pty Ltd, Brisbane QLD", "Jan 2014 – Feb 2016",
         ["Site induction, timesheets, deliveries and document control on residential towers."]),
    ]:
        p = P(d, "", before=6, after=0)
        right_tab(p, 17.0)
        run(p, title, bold=True, size=11)
        run(p, "\t" + dates, color="555555")
        P(d, comp, italic=True, after=2)
        bullet_list(d, bl)
    head("Education & Training")
    P(d, "Bachelor of Construction Management — Hawkesbury Technical University, 2013", after=1)
    head("Licences & Tickets")
    bullet_list(d, ["White Card (General Construction Induction)", "First Aid (HLTAID011), renewed 2023",
                    "NSW Driver Licence (C class)"])
    head("Referees")
    t = d.add_table(rows=1, cols=2)
    for i, lines in enumerate([["Mark Doyle", "Construction Director", "Harbourside Construction Partners",
                                "0412 555 301"],
                               ["Leanne Cho", "Operations Manager", "Parramatta Civil Group", "0423 555 782"]]):
        for j, s in enumerate(lines):
            cell_text(t.cell(0, i), s, bold=(j == 0))
    save_docx(d, path, "Olivia Harper")


def r20_aroha_ngata_docx(path):
    """New Zealand CV: 'CURRICULUM VITAE' title, Personal Details table, Employment History with bold
    'Employer, City' + right-tab 'July 2020 to date', position line, 'Key responsibilities:' and
    'Achievements:' lists; Referees at the end."""
    d = new_doc("Arial", 10)
    P(d, "CURRICULUM VITAE", bold=True, size=10, color="2E7D32", after=0)
    P(d, "Aroha Ngata", bold=True, size=22, after=6)
    t = d.add_table(rows=0, cols=2)
    for k, v in [("Address", "14 Karaka Street, Devonport, Auckland 0624"), ("Phone", "021 555 4410"),
                 ("Email", "aroha.ngata@mail.example"), ("Visa status", "NZ Citizen"),
                 ("Driver licence", "Full (Class 1)")]:
        cells = t.add_row().cells
        cell_text(cells[0], k, bold=True, size=9.5)
        cell_text(cells[1], v, size=9.5)
    col_widths(t, [3.5, 13.0])

    def head(s):
        p = P(d, s, bold=True, size=12, color="2E7D32", before=12, after=3)
        bottom_border(p, "2E7D32")

    head("Personal Statement")
    P(d, "Operations supervisor with ten years in passenger transport. I keep sailings on time, crews safe and "
         "customers informed when things go sideways.")
    head("Key Skills")
    bullet_list(d, ["Rostering", "Health and Safety Compliance", "Customer Service", "Microsoft Excel",
                    "Team Leadership", "Incident Reporting"])
    head("Employment History")
    for emp, dates, title, resp, ach in [
        ("Hauraki Gulf Ferries Ltd, Auckland", "July 2020 to date", "Operations Supervisor",
         ["Supervise daily operations for 9 vessels and 60 crew across four island routes.",
          "Build weekly rosters and manage leave and fatigue rules."],
         ["Cut late departures from 7% to 2% in 2023.",
          "Led the rollout of digital incident reporting."]),
        ("Kapiti Coast Partners, Wellington", "February 2017 to June 2020", "Customer Operations Team Leader",
         ["Led a contact-centre team of 12 handling bookings and complaints for regional transport clients."],
         ["Team NPS up 18 points in two years."]),
        ("Southern Alps Coachlines, Christchurch", "November 2014 to January 2017", "Ticketing Agent",
         ["Sold tickets and tours; handled group bookings and refunds."], []),
    ]:
        p = P(d, "", before=8, after=0)
        right_tab(p, 17.0)
        run(p, emp, bold=True)
        run(p, "\t" + dates)
        P(d, title, bold=True, italic=True, after=2)
        P(d, "Key responsibilities:", after=0)
        bullet_list(d, resp)
        if ach:
            P(d, "Achievements:", after=0)
            bullet_list(d, ach)
    head("Education and Training")
    P(d, "NZ Certificate in Business (Level 5), Manukau Harbour Polytechnic, 2014", after=1)
    P(d, "Maritime NZ Passenger Safety Induction, 2020", after=1)
    head("Interests")
    P(d, "Waka ama, tramping, coaching junior netball.")
    head("Referees")
    P(d, "Hemi Walker, Operations Manager, Hauraki Gulf Ferries Ltd — 021 555 7781", after=1)
    P(d, "Sarah Lin, Contact Centre Manager, Kapiti Coast Partners — 027 555 2290", after=1)
    save_docx(d, path, "Aroha Ngata")


# ==========================================================================================================
# Job descriptions (DOCX, PDF)
# ==========================================================================================================
def jd04_zeeland_medior_backend(path):
    """Dutch posting: 'Vacature' kicker, title with hours in brackets, company named in the first paragraph."""
    d = new_doc("Calibri", 11)
    P(d, "VACATURE", bold=True, size=9, color="E07A1F", after=0)
    P(d, "Medior Backend Developer (32–40 uur)", bold=True, size=18, after=2)
    P(d, "Middelburg of hybride  ·  € 3.800 – € 5.200 bruto per maand  ·  vast contract", color="555555",
      after=8)
    P(d, "Bij Zeeland Digitaal B.V. bouwen we de software waarmee gemeenten, waterschappen en havenbedrijven "
         "in Zeeland hun dienstverlening regelen. Ons team van 35 mensen werkt vanuit een oud pakhuis aan de "
         "Middelburgse kade, en een paar dagen per week thuis.")
    P(d, "Wat ga je doen?", bold=True, size=12, before=8)
    bullet_list(d, ["Je ontwikkelt en onderhoudt API's in C# en .NET 8 voor ons vergunningenplatform.",
                    "Je werkt samen met frontend-developers, een product owner en een tester in een Scrum-team.",
                    "Je denkt mee over architectuur, code reviews en het verbeteren van onze CI/CD-straat."])
    P(d, "Wat vragen we?", bold=True, size=12, before=8)
    bullet_list(d, ["Minimaal 3 jaar ervaring als backend developer;",
                    "goede kennis van C#, .NET, SQL Server en REST;",
                    "ervaring met Azure DevOps of GitHub Actions is een pré;",
                    "hbo-werk- en denkniveau en je spreekt goed Nederlands."])
    P(d, "Wat bieden we?", bold=True, size=12, before=8)
    bullet_list(d, ["Een salaris tussen € 3.800 en € 5.200 bruto per maand, plus 8% vakantiegeld;",
                    "27 vakantiedagen en een opleidingsbudget van € 1.500 per jaar;",
                    "een NS Business Card of reiskostenvergoeding."])
    P(d, "Interesse?", bold=True, size=12, before=8)
    P(d, "Solliciteer vóór 15 juli via de knop hieronder of mail je cv naar werken@zeelanddigitaal.example. "
         "Vragen? Bel Sanne de Wit (teamlead development) via 0118 555 010. Acquisitie naar aanleiding van deze "
         "vacature wordt niet op prijs gesteld.")
    save_docx(d, path, "Zeeland Digitaal")


def jd12_kingsbridge_principal_rse(path):
    """University job-description document: crest line, vacancy reference and grade block, Job Purpose,
    Main Duties (numbered), Person Specification table with Essential/Desirable columns."""
    d = new_doc("Arial", 10.5)
    P(d, "KINGSBRIDGE UNIVERSITY", bold=True, size=14, color="5B2C6F", after=0)
    P(d, "Human Resources — Job Description and Person Specification", size=10, color="555555", after=10)
    t = d.add_table(rows=0, cols=2)
    grid_borders(t)
    for k, v in [("Job title", "Principal Research Software Engineer"),
                 ("Department", "Research Computing Services"),
                 ("Faculty / Directorate", "Information Services Directorate"),
                 ("Grade", "Grade 9 (£58,225 – £66,531)"),
                 ("Reports to", "Head of Research Software Engineering"),
                 ("Vacancy reference", "KU-ISD-2024-117"),
                 ("Contract", "Full-time, open-ended"),
                 ("Closing date", "30 June 2024")]:
        cells = t.add_row().cells
        cell_text(cells[0], k, bold=True)
        cell_text(cells[1], v)
    col_widths(t, [5.0, 11.5])
    P(d, "Job Purpose", bold=True, size=12, before=12)
    P(d, "The post holder will lead the technical direction of the University's Research Software Engineering "
         "group (14 engineers), set engineering standards for research codes across all faculties, and act as "
         "senior technical partner on externally funded projects.")
    P(d, "Main Duties and Responsibilities", bold=True, size=12, before=10)
    for s in ["Provide technical leadership on the design of scientific software in Python, C++ and Julia.",
              "Define and champion practices for testing, packaging, reproducibility and HPC performance.",
              "Mentor senior and junior research software engineers; lead technical hiring.",
              "Contribute to grant applications as named co-investigator where appropriate.",
              "Any other duties commensurate with the grade of the post."]:
        P(d, s, style="List Number")
    P(d, "Person Specification", bold=True, size=12, before=10)
    t = d.add_table(rows=1, cols=3)
    grid_borders(t)
    for i, h in enumerate(["Criteria", "Essential", "Desirable"]):
        cell_text(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "E8DAEF")
    for row in [("Qualifications", "PhD in a computational discipline or equivalent experience",
                 "Fellowship of the Software Sustainability Institute"),
                ("Experience", "10+ years developing research or scientific software; leading technical teams",
                 "Experience with GPU programming and national HPC services"),
                ("Skills", "Expert Python and one compiled language; CI/CD; code review at scale",
                 "Julia; Kubernetes; workflow managers (Snakemake, Nextflow)")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, bold=(i == 0))
    col_widths(t, [3.5, 7.0, 6.0])
    P(d, "Kingsbridge University is committed to equality, diversity and inclusion and welcomes applications "
         "from all sections of the community.", italic=True, size=9, before=12)
    save_docx(d, path, "Kingsbridge University HR")


def jd09_verity_ml_engineer_ii(path):
    """Careers-page PDF whose first line is the TEAM name; title below; company · place · type meta line."""
    W, H = LETTER
    c = new_canvas(path, LETTER, "Machine Learning Engineer II", "Verity Pay")
    L, R = 64, W - 64
    violet = HexColor("#4b3fb5")
    text(c, "Payments Risk", L, H - 64, "Sans-Bold", 11, violet)
    text(c, "Machine Learning Engineer II", L, H - 94, "Sans-Bold", 22, BLACK)
    text(c, "Verity Pay  ·  New York, NY (hybrid, 3 days in office)  ·  Full-time", L, H - 114, "Sans", 10, GREY)
    c.setStrokeColor(HexColor("#dddddd"))
    c.line(L, H - 126, R, H - 126)
    y = H - 140
    sections = [
        ("About the team",
         "Payments Risk decides, in under 80 milliseconds, whether each of the 40 million monthly card and "
         "bank transfers on Verity Pay is legitimate. We are eight engineers and scientists who own the fraud "
         "models, the feature store behind them and the tooling analysts use to investigate cases.", None),
        ("What you'll do", None,
         ["Train, evaluate and ship gradient-boosted and deep models that score transactions in real time.",
          "Build features on our streaming platform (Kafka, Flink) and keep training and serving consistent.",
          "Run shadow deployments and A/B tests with the risk operations team.",
          "Share on-call for the scoring service (about one week in eight)."]),
        ("What we're looking for", None,
         ["3+ years building and deploying machine-learning systems in production.",
          "Strong Python; comfortable with SQL and one of PyTorch, XGBoost or LightGBM.",
          "Experience with imbalanced classification problems; fraud or credit risk is a plus.",
          "You write clear design docs and enjoy reviewing other people's code."]),
        ("Compensation",
         "The base salary range for this role in New York is $165,000 – $195,000, plus equity and an annual "
         "bonus. Benefits include medical, dental and vision cover, 401(k) matching and 20 days of PTO.", None),
        ("Equal opportunity",
         "Verity Pay is an equal opportunity employer. We welcome applicants of every background and will "
         "provide reasonable accommodations throughout the hiring process.", None),
    ]
    for head, body, bl in sections:
        text(c, head, L, y, "Sans-Bold", 12, BLACK)
        y -= 8
        if body:
            y = para(c, body, L, y, R - L, size=9.5) - 20
        else:
            y = bullets(c, bl, L + 4, y, R - L - 4, size=9.5) - 18
    c.setFillColor(violet)
    c.roundRect(L, y - 26, 110, 24, 5, fill=1, stroke=0)
    text(c, "Apply now", L + 55, y - 18, "Sans-Bold", 10, colors.white, "c")
    c.showPage()
    c.save()


# ==========================================================================================================
# build
# ==========================================================================================================
PDF_RESUMES = [r01_zoe_lindqvist, r05_samuel_okafor, r08_wei_chen, r14_emma_schulz, r17_jasmine_patel,
               r23_amir_haddad]
DOCX_RESUMES = [r02_arjun_mehta, r06_ingrid_halvorsen, r09_katarzyna_nowak, r13_lucia_fernandez,
                r15_richard_hamilton, r18_minjun_park, r21_andrei_popescu, r24_maya_goldberg]
CONVERTED = {"r10_olivia_harper": r10_olivia_harper_docx, "r20_aroha_ngata": r20_aroha_ngata_docx}
JD_DOCX = [jd04_zeeland_medior_backend, jd12_kingsbridge_principal_rse]
JD_PDF = [jd09_verity_ml_engineer_ii]


def convert_with_libreoffice(stem, builder):
    """Write the DOCX to a temp dir, convert it with soffice, then rewrite the PDF with fixed metadata."""
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
        profile = "file://" + os.path.join(tmp, "lo_profile")
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        reader = PdfReader(os.path.join(tmp, stem + ".pdf"))
        writer = PdfWriter(clone_from=reader)
        info = writer._info.get_object() if writer._info is not None else None
        if info is not None:
            for k in list(info.keys()):
                del info[k]
        writer.add_metadata({"/Producer": "LibreOffice 7.4 (via fresh4/build.py)", "/Creator": "Writer",
                             "/CreationDate": "D:20240601090000Z", "/ModDate": "D:20240601090000Z"})
        fixed_id = ByteStringObject(("fresh4-" + stem).encode().ljust(16, b"0")[:16])
        writer._ID = ArrayObject([fixed_id, fixed_id])
        with open(out, "wb") as f:
            writer.write(f)


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
