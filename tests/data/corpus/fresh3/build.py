#!/usr/bin/env python3
"""Rebuild the binary documents (PDF and DOCX) of the fresh3 evaluation corpus.

All people, companies and schools below are fictional. The TXT and MD documents are
plain files kept next to this script and are not generated.

Usage:  /work/main/.venv/bin/python build.py

Requires reportlab (PDF) and python-docx (DOCX). Two PDFs (r10, r15) are Word files
converted by LibreOffice (`soffice --headless --convert-to pdf`); if soffice is not on
PATH those two PDFs are left untouched and a warning is printed.

Output is deterministic for reportlab PDFs (rl_config.invariant) and DOCX files (fixed
core properties and fixed zip timestamps). LibreOffice-converted PDFs carry their own
creation metadata, so only their text content is stable.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

from reportlab import rl_config

rl_config.invariant = 1

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "resumes")
JDS = os.path.join(HERE, "job_descriptions")
FIXED_TIME = datetime(2024, 5, 1, 9, 0, 0)
ZIP_TIME = (2024, 5, 1, 9, 0, 0)


# ----------------------------------------------------------------------------
# generic helpers
# ----------------------------------------------------------------------------

def wrap(text, font, size, width):
    """Greedy word wrap using real font metrics."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        trial = w if not cur else cur + " " + w
        if stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def draw_wrapped(c, text, x, y, width, font="Helvetica", size=9.5, leading=12.5, color=colors.black):
    c.setFont(font, size)
    c.setFillColor(color)
    for line in wrap(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y


def draw_bullets(c, items, x, y, width, font="Helvetica", size=9.5, leading=12.5, bullet="\u2022"):
    for it in items:
        c.setFont(font, size)
        c.setFillColor(colors.black)
        c.drawString(x, y, bullet)
        y = draw_wrapped(c, it, x + 10, y, width - 10, font, size, leading)
        y -= 1.5
    return y


def finish_docx(doc, path, title):
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = title
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_printed = FIXED_TIME
    cp.revision = 1
    tmp = path + ".tmp"
    doc.save(tmp)
    # rewrite the zip with fixed timestamps and sorted-by-original order for byte stability
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.remove(tmp)


def new_doc(margins_cm=2.0, font="Calibri", size=10.5):
    doc = Document()
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm * 0.8)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None,
         space_after=None, color=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, *parts):
    """parts: (text, 'b'|'i'|'bi'|'')"""
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
    return p


def right_tab(p, pos_cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bullets(doc_or_cell, items, style="List Bullet"):
    for it in items:
        doc_or_cell.add_paragraph(it, style=style)


def set_col_widths(table, widths):
    """Set column widths so that both Word and LibreOffice honour them (tblGrid + each cell)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def cell_clear(cell):
    """Return the (empty) first paragraph of a fresh cell so that content starts there."""
    return cell.paragraphs[0]


# ----------------------------------------------------------------------------
# r01 DOCX: "Company (Location) | Title | MM/YYYY – MM/YYYY" one-liners, bullet skills
# ----------------------------------------------------------------------------

def r01(path):
    doc = new_doc()
    para(doc, "Nadia Petrov", bold=True, size=20, space_after=2)
    para(doc, "Chicago, IL \u00b7 nadia.petrov@example.com \u00b7 (312) 555-0148 \u00b7 linkedin.com/in/nadiapetrov",
         size=9.5, space_after=10)
    doc.add_heading("Summary", level=1)
    para(doc, "Financial systems analyst with eight years across accounting operations and ERP "
              "administration. Known for turning month-end close from a two-week scramble into a "
              "predictable five-day process through automation and clean data ownership.")
    doc.add_heading("Work History", level=1)
    jobs = [
        ("Ledgerline Engineering Group (Chicago, IL) | Senior Financial Systems Analyst | 04/2021 \u2013 Present",
         ["Own the NetSuite and Workday Financials integration for 14 legal entities.",
          "Automated intercompany reconciliations with SQL and Power Query, cutting close by 4 days.",
          "Lead a team of two analysts and coordinate with the external auditors each quarter."]),
        ("Lakefront Manager Services LLC (Evanston, IL) | Financial Systems Analyst | 08/2018 \u2013 03/2021",
         ["Implemented Oracle NetSuite for a 300-person property-management firm.",
          "Built Power BI dashboards for cash position and AP ageing used by the CFO weekly."]),
        ("Prairie Mutual Credit Union (Springfield, IL) | Staff Accountant | 06/2016 \u2013 07/2018",
         ["Prepared journal entries, accruals and bank reconciliations for a $900M credit union.",
          "Documented the close checklist later adopted by the whole finance department."]),
    ]
    for head, bl in jobs:
        para(doc, head, bold=True, space_after=2)
        bullets(doc, bl)
    doc.add_heading("Skills", level=1)
    bullets(doc, ["Oracle NetSuite", "Workday Financials", "SQL", "Power BI", "Advanced Excel",
                  "Process Automation", "Month-End Close"])
    doc.add_heading("Education", level=1)
    para(doc, "B.S. Accounting \u2014 Midlands Lake University, Normal, IL, 2016")
    doc.add_heading("Certifications", level=1)
    para(doc, "Certified Management Accountant (CMA), 2019")
    finish_docx(doc, path, "Nadia Petrov - Resume")


# ----------------------------------------------------------------------------
# r02 PDF: two columns, dark LEFT sidebar (skills bullets, education); main column with
# bold title + right-aligned dates, italic "Company — Location" on the next line
# ----------------------------------------------------------------------------

def r02(path):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Thabo Nkosi CV")
    side_w = 6.2 * cm
    c.setFillColor(colors.HexColor("#1f3a4d"))
    c.rect(0, 0, side_w, H, stroke=0, fill=1)
    white = colors.white
    x = 0.8 * cm
    y = H - 2.2 * cm
    sw = side_w - 1.6 * cm

    def side_head(t, y):
        c.setFont("Helvetica-Bold", 10.5)
        c.setFillColor(colors.HexColor("#f2b134"))
        c.drawString(x, y, t.upper())
        return y - 15

    y = side_head("Contact", y)
    for line in ["Cape Town, South Africa", "+27 82 555 0147", "thabo.nkosi@example.co.za",
                 "github.com/thabonkosi"]:
        y = draw_wrapped(c, line, x, y, sw, "Helvetica", 8.8, 11.5, white)
    y -= 12
    y = side_head("Skills", y)
    for s in ["Python", "Apache Spark", "Snowflake", "dbt", "Airflow", "Terraform", "AWS"]:
        c.setFillColor(white)
        c.setFont("Helvetica", 9)
        c.drawString(x, y, "\u2022")
        c.drawString(x + 9, y, s)
        y -= 12.5
    y -= 12
    y = side_head("Education", y)
    y = draw_wrapped(c, "BSc Computer Science", x, y, sw, "Helvetica-Bold", 9, 11.5, white)
    y = draw_wrapped(c, "University of the Highveld", x, y, sw, "Helvetica", 9, 11.5, white)
    y = draw_wrapped(c, "2012 \u2013 2015", x, y, sw, "Helvetica", 9, 11.5, white)
    y -= 12
    y = side_head("Languages", y)
    for line in ["English (fluent)", "isiZulu (native)", "Afrikaans (conversational)"]:
        y = draw_wrapped(c, line, x, y, sw, "Helvetica", 9, 11.5, white)

    # main column
    mx = side_w + 1.0 * cm
    mw = W - mx - 1.3 * cm
    y = H - 2.4 * cm
    c.setFillColor(colors.HexColor("#1f3a4d"))
    c.setFont("Helvetica-Bold", 24)
    c.drawString(mx, y, "Thabo Nkosi")
    y -= 18
    c.setFont("Helvetica", 12)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(mx, y, "Data Engineer")
    y -= 26

    def main_head(t, y):
        c.setFont("Helvetica-Bold", 12)
        c.setFillColor(colors.HexColor("#1f3a4d"))
        c.drawString(mx, y, t)
        c.setStrokeColor(colors.HexColor("#f2b134"))
        c.setLineWidth(1.2)
        c.line(mx, y - 4, mx + mw, y - 4)
        return y - 20

    y = main_head("Profile", y)
    y = draw_wrapped(c, "Data engineer with eight years of experience building batch and streaming "
                        "pipelines for payments and insurance. Comfortable owning a platform end to end, "
                        "from Terraform modules to the dbt models analysts query every morning.",
                     mx, y, mw, "Helvetica", 9.5, 12.5)
    y -= 14
    y = main_head("Experience", y)
    jobs = [
        ("Lead Data Engineer, Payments Platform", "Mar 2021 \u2013 Present",
         "Karoo Ledger Technologies \u2014 Cape Town, South Africa",
         ["Lead a squad of five engineers owning ingestion of 40M card transactions a day.",
          "Moved the warehouse from Redshift to Snowflake with zero reporting downtime.",
          "Introduced dbt tests and data contracts; incidents dropped by 60% in a year."]),
        ("Data Engineer", "Jul 2018 \u2013 Feb 2021",
         "Table Mountain Analytics Group \u2014 Cape Town, South Africa",
         ["Built Spark jobs on EMR for retail clients' loyalty analytics.",
          "Wrote the Airflow operators library still used across four client projects."]),
        ("Junior BI Developer", "Jan 2016 \u2013 Jun 2018",
         "Durban Harbour Insurance \u2014 Durban, South Africa",
         ["Maintained SSIS packages and claims reporting for the actuarial team.",
          "Rebuilt the monthly solvency report, reducing manual work from 3 days to 4 hours."]),
    ]
    for title, dates, comp, bl in jobs:
        c.setFont("Helvetica-Bold", 10.5)
        c.setFillColor(colors.black)
        c.drawString(mx, y, title)
        c.setFont("Helvetica", 9.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(mx + mw, y, dates)
        y -= 13
        c.setFont("Helvetica-Oblique", 9.5)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawString(mx, y, comp)
        y -= 14
        y = draw_bullets(c, bl, mx + 4, y, mw - 4, size=9.3, leading=12)
        y -= 9
    y -= 4
    y = main_head("Projects", y)
    c.setFont("Helvetica-Bold", 10)
    c.setFillColor(colors.black)
    c.drawString(mx, y, "rand-fx")
    y -= 13
    y = draw_wrapped(c, "Open-source Python library for cleaning and resampling ZAR exchange-rate feeds; "
                        "about 300 stars on GitHub.", mx, y, mw, "Helvetica", 9.5, 12.5)
    c.showPage()
    c.save()


# ----------------------------------------------------------------------------
# r03 PDF: French CV, dates first in a left column table; "Titre — Entreprise, Ville"
# ----------------------------------------------------------------------------

def _styles():
    return {
        "name": ParagraphStyle("name", fontName="Helvetica-Bold", fontSize=20, leading=24),
        "sub": ParagraphStyle("sub", fontName="Helvetica", fontSize=10, leading=13,
                              textColor=colors.HexColor("#444444")),
        "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=10,
                            spaceAfter=4, textColor=colors.HexColor("#8a1c2b")),
        "body": ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5),
        "small": ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=11.5,
                                textColor=colors.HexColor("#333333")),
        "dates": ParagraphStyle("dates", fontName="Helvetica-Bold", fontSize=9, leading=12,
                                textColor=colors.HexColor("#555555")),
    }


def _bl(items, st):
    return ListFlowable([ListItem(Paragraph(t, st), leftIndent=10) for t in items],
                        bulletType="bullet", start="\u2022", leftIndent=10, bulletFontSize=8)


def r03(path):
    S = _styles()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.8 * cm, title="CV Claire Dubois",
                            invariant=1)
    el = [Paragraph("Claire Dubois", S["name"]),
          Paragraph("Cheffe de projet digital", S["sub"]),
          Paragraph("Lyon \u00b7 claire.dubois@exemple.fr \u00b7 06 12 34 56 78 \u00b7 Permis B", S["sub"]),
          Spacer(1, 8)]

    def section(title, rows):
        el.append(Paragraph(title, S["h"]))
        data = []
        for dates, flow in rows:
            data.append([Paragraph(dates, S["dates"]), flow])
        t = Table(data, colWidths=[3.6 * cm, 13.4 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
        el.append(t)

    def job(title, rest, bl):
        return [Paragraph("<b>%s</b> \u2014 %s" % (title, rest), S["body"]), _bl(bl, S["small"])]

    section("EXP\u00c9RIENCE PROFESSIONNELLE", [
        ("03/2020 \u2013 aujourd'hui",
         job("Cheffe de projet digital", "Lyon Num\u00e9rique Conseil, Lyon",
             ["Pilotage de 12 refontes de sites pour des clients publics et priv\u00e9s (budget 40 \u00e0 250 k\u20ac).",
              "Animation des rituels Scrum et du backlog Jira d'une \u00e9quipe de 7 personnes.",
              "Mise en place d'un tableau de bord Google Analytics commun \u00e0 tous les projets."])),
        ("09/2017 \u2013 02/2020",
         job("Charg\u00e9e de communication web", "Atelier Rh\u00f4ne M\u00e9dias, Villeurbanne",
             ["Gestion des contenus WordPress et des r\u00e9seaux sociaux de 5 clients.",
              "Audit SEO et plan d'action : +35 % de trafic organique en 18 mois."])),
        ("2015 \u2013 2017",
         job("Assistante marketing", "Maison Vercors SAS, Grenoble",
             ["Contrat d'alternance pendant le Master.",
              "Organisation de salons professionnels et suivi des campagnes e-mailing."])),
    ])
    section("FORMATION", [
        ("2017", [Paragraph("<b>Master Communication num\u00e9rique</b> \u2014 Universit\u00e9 Lumi\u00e8re de Fourvi\u00e8re, Lyon",
                            S["body"])]),
        ("2015", [Paragraph("<b>Licence Information-Communication</b> \u2014 Universit\u00e9 Alpes-Dauphin\u00e9, Grenoble",
                            S["body"])]),
    ])
    el.append(Paragraph("COMP\u00c9TENCES", S["h"]))
    el.append(Paragraph("Gestion de projet Agile \u00b7 Jira \u00b7 Google Analytics \u00b7 WordPress \u00b7 SEO \u00b7 Figma",
                        S["body"]))
    el.append(Paragraph("LANGUES", S["h"]))
    el.append(Paragraph("Fran\u00e7ais (langue maternelle) \u00b7 Anglais (C1, TOEIC 945) \u00b7 Espagnol (B1)", S["body"]))
    el.append(Paragraph("CENTRES D'INT\u00c9R\u00caT", S["h"]))
    el.append(Paragraph("Escalade, photographie argentique, b\u00e9n\u00e9volat au festival Lumi\u00e8res en Sa\u00f4ne.",
                        S["body"]))
    doc.build(el)


# ----------------------------------------------------------------------------
# r05 DOCX: company headings with several roles (promotions), ISO "2019-06" dates,
# skills in a Skill | Proficiency table
# ----------------------------------------------------------------------------

def r05(path):
    doc = new_doc(font="Arial", size=10)
    para(doc, "Mateus Carvalho", bold=True, size=22, space_after=0)
    para(doc, "Analytics leader \u00b7 S\u00e3o Paulo, Brazil \u00b7 mateus.carvalho@example.com.br \u00b7 +55 11 95555-0192",
         size=9.5, color="555555", space_after=12)
    doc.add_heading("Professional Experience", level=1)

    def company(name, loc):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        runs(p, (name, "b"), (" \u2014 " + loc, ""))

    def role(title, dates, bl):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.5)
        p.paragraph_format.space_after = Pt(1)
        runs(p, (title, "bi"), (" \u00b7 " + dates, ""))
        for b in bl:
            q = doc.add_paragraph(b, style="List Bullet 2")
            q.paragraph_format.space_after = Pt(0)

    company("Paulista Grid Engineering S.A.", "S\u00e3o Paulo, Brazil")
    role("Head of Analytics", "2022-01 \u2013 now",
         ["Lead 11 analysts and data scientists across load forecasting and customer analytics.",
          "Set up the analytics roadmap with the COO; delivered a loss-detection model worth R$ 18M a year."])
    role("Senior Data Analyst", "2019-06 \u2013 2021-12",
         ["Built the Power BI reporting suite for 4.2 million residential customers.",
          "Migrated forecasting scripts from R to Python and Spark."])
    role("Data Analyst", "2017-02 \u2013 2019-05",
         ["Cleaned smart-meter data and produced weekly outage KPIs for regional managers."])
    company("Recife Port Authority", "Recife, Brazil")
    role("Analytics Intern", "2016-01 \u2013 2016-12",
         ["Analysed container dwell times and proposed a berth-scheduling heuristic."])

    doc.add_heading("Skills & Proficiency", level=1)
    rows = [("Skill", "Proficiency"), ("Python", "Advanced"), ("SQL", "Expert"), ("Power BI", "Advanced"),
            ("R", "Intermediate"), ("Apache Spark", "Intermediate"), ("Forecasting", "Advanced")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Light List Accent 1"
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    doc.add_heading("Education", level=1)
    para(doc, "MBA, Business Analytics \u2014 Escola de Neg\u00f3cios Guanabara, 2021")
    para(doc, "B.Eng. Electrical Engineering \u2014 Universidade Federal do Agreste, 2016")
    doc.add_heading("Languages", level=1)
    para(doc, "Portuguese (native) \u00b7 English (fluent) \u00b7 Spanish (intermediate)")
    finish_docx(doc, path, "Mateus Carvalho")


# ----------------------------------------------------------------------------
# r07 PDF: German tabular CV (Lebenslauf); dates in the left margin column
# ("seit 04.2021", "10.2017 – 03.2021"); IT-Kenntnisse table with levels
# ----------------------------------------------------------------------------

def r07(path):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Lebenslauf Lukas Brenner")
    left = 2.2 * cm
    col2 = 6.4 * cm
    width2 = W - col2 - 2.0 * cm
    y = H - 2.4 * cm
    c.setFont("Helvetica-Bold", 22)
    c.drawString(left, y, "Lebenslauf")
    y -= 30
    c.setFont("Helvetica-Bold", 14)
    c.drawString(left, y, "Lukas Brenner")
    y -= 22

    def head(t, y):
        c.setFont("Helvetica-Bold", 12)
        c.setFillColor(colors.HexColor("#0b4f6c"))
        c.drawString(left, y, t)
        c.setStrokeColor(colors.HexColor("#0b4f6c"))
        c.setLineWidth(0.8)
        c.line(left, y - 4, W - 2.0 * cm, y - 4)
        c.setFillColor(colors.black)
        return y - 20

    def row(label, lines_bold, lines, y, bl=()):
        c.setFont("Helvetica", 9.5)
        c.setFillColor(colors.black)
        c.drawString(left, y, label)
        yy = y
        for lb in lines_bold:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(col2, yy, lb)
            yy -= 13
        for ln in lines:
            yy = draw_wrapped(c, ln, col2, yy, width2, "Helvetica", 9.5, 12.5)
        if bl:
            yy = draw_bullets(c, bl, col2 + 2, yy - 1, width2 - 2, size=9, leading=11.5, bullet="\u2013")
        return min(yy, y - 14) - 7

    y = head("Pers\u00f6nliche Daten", y)
    for k, v in [("Anschrift", "Venloer Str. 112, 50672 K\u00f6ln"), ("Telefon", "+49 221 555 0193"),
                 ("E-Mail", "lukas.brenner@beispiel.de"), ("Geburtsdatum", "14.08.1993 in Aachen"),
                 ("Staatsangeh\u00f6rigkeit", "deutsch")]:
        c.setFont("Helvetica", 9.5)
        c.drawString(left, y, k + ":")
        c.drawString(col2, y, v)
        y -= 13
    y -= 8
    y = head("Berufserfahrung", y)
    y = row("seit 04.2021", ["Teamleiter Backend-Entwicklung"], ["Rheinwerk Logistik GmbH, K\u00f6ln, DE"], y,
            ["Fachliche und disziplinarische F\u00fchrung von 6 Entwickler:innen",
             "Migration der Sendungsverfolgung auf Kafka-basierte Event-Architektur",
             "Einf\u00fchrung von Kubernetes und GitOps f\u00fcr 30 Microservices"])
    y = row("10.2017 \u2013 03.2021", ["Softwareentwickler"], ["K\u00f6lner Datenlabor GmbH, D\u00fcsseldorf"], y,
            ["Entwicklung von REST-APIs mit Java und Spring Boot f\u00fcr Versicherungskunden",
             "Performance-Optimierung von PostgreSQL-Abfragen (Antwortzeiten \u221260 %)".replace("\u2212", "-")])
    y = row("03.2015 \u2013 09.2017", ["Werkstudent IT"], ["Eifelstrom Versorgung GmbH, Aachen"], y,
            ["Automatisierung von Testabl\u00e4ufen und Pflege interner Tools (20 Std./Woche)"])
    y -= 4
    y = head("Ausbildung", y)
    y = row("10.2015 \u2013 09.2017", ["M.Sc. Informatik"], ["Hochschule Rheinaue, Bonn",
                                                           "Masterarbeit: Konsistenzmodelle in ereignisgetriebenen Systemen (Note 1,3)"], y)
    y = row("10.2012 \u2013 09.2015", ["B.Sc. Wirtschaftsinformatik"], ["Hochschule Rheinaue, Bonn"], y)
    y -= 4
    y = head("IT-Kenntnisse", y)
    for skill, level in [("Java", "sehr gut"), ("Spring Boot", "sehr gut"), ("Kotlin", "gut"),
                         ("PostgreSQL", "sehr gut"), ("Apache Kafka", "gut"), ("Docker", "gut"),
                         ("Kubernetes", "Grundkenntnisse")]:
        c.setFont("Helvetica", 9.5)
        c.drawString(left, y, skill)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(col2, y, level)
        c.setFillColor(colors.black)
        y -= 13
    y -= 8
    y = head("Sprachen", y)
    for k, v in [("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher (C1)")]:
        c.setFont("Helvetica", 9.5)
        c.drawString(left, y, k)
        c.drawString(col2, y, v)
        y -= 13
    y -= 20
    c.setFont("Helvetica", 9.5)
    c.drawString(left, y, "K\u00f6ln, 12.03.2024")
    c.setFont("Helvetica-Oblique", 11)
    c.drawString(col2, y, "Lukas Brenner")
    c.showPage()
    c.save()


# ----------------------------------------------------------------------------
# r08 DOCX: academic CV; year ranges + TAB + "Position, Institution, City, Country"
# ----------------------------------------------------------------------------

def r08(path):
    doc = new_doc(font="Times New Roman", size=11)
    para(doc, "Siobh\u00e1n Kelly, PhD", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "Curriculum Vitae", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "Department of Ocean Sciences, Kilrush University, Galway, Ireland \u00b7 s.kelly@kilrush.example.ie",
         size=10, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)

    def dated(items):
        for yrs, text in items:
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
            p.paragraph_format.left_indent = Cm(3.0)
            p.paragraph_format.first_line_indent = Cm(-3.0)
            p.paragraph_format.space_after = Pt(3)
            p.add_run(yrs + "\t" + text)

    doc.add_heading("Academic Appointments", level=1)
    dated([("2021\u2013present", "Assistant Professor of Marine Biology, Kilrush University, Galway, Ireland"),
           ("2018\u20132021", "Postdoctoral Research Fellow, Oslo Institute for Coastal Research, Oslo, Norway"),
           ("2014\u20132018", "Graduate Research Assistant, Atlantic Shelf University, Cork, Ireland")])
    doc.add_heading("Education", level=1)
    dated([("2018", "Ph.D. Marine Biology, Atlantic Shelf University. Thesis: \u201cTrophic plasticity of "
                    "juvenile cod in warming coastal waters\u201d. Advisor: Prof. Declan Murray."),
           ("2013", "B.Sc. (Hons) Zoology, University of Connemara Coast. First Class Honours.")])
    doc.add_heading("Research Grants", level=1)
    dated([("2023\u20132026", "Principal Investigator, \u201cKelp forest food webs under marine heatwaves\u201d, "
                              "Western Seaboard Research Fund, \u20ac412,000."),
           ("2019\u20132021", "Co-Investigator, \u201cNorwegian fjord isotope baselines\u201d, Nordic Coastal Council, NOK 2.1M.")])
    doc.add_heading("Selected Publications", level=1)
    for ref in [
        "Kelly, S., Haugen, T. & Byrne, A. (2023). Heatwave-driven diet shifts in juvenile Atlantic cod. "
        "Journal of Coastal Ecology, 41(2), 155\u2013171.",
        "Kelly, S. & Nilsen, K. (2020). Stable isotope baselines for Norwegian fjords. Marine Food Web Letters, 12, 33\u201348.",
        "Kelly, S., Murray, D. (2018). Trophic plasticity in juvenile gadoids. North Atlantic Biology, 9(4), 201\u2013219.",
    ]:
        doc.add_paragraph(ref, style="List Number")
    doc.add_heading("Teaching", level=1)
    bullets(doc, ["MB301 Marine Ecology (lecturer, 2021\u2013present, ~90 students)",
                  "MB410 Quantitative Methods for Marine Scientists (co-lecturer, 2022\u2013present)"])
    doc.add_heading("Technical Skills", level=1)
    para(doc, "R; Python; QGIS; Stable Isotope Analysis; Bayesian Mixing Models; Scientific Diving (PADI Divemaster)")
    doc.add_heading("Service", level=1)
    bullets(doc, ["Associate Editor, Journal of Coastal Ecology (2022\u2013present)",
                  "Reviewer for Marine Food Web Letters and North Atlantic Biology"])
    finish_docx(doc, path, "CV Siobhan Kelly")


# ----------------------------------------------------------------------------
# r10 DOCX -> PDF (LibreOffice): new grad, Education first; "Company<TAB>Location" bold
# then "Title<TAB>dates" italic; seasons ("Summer 2023", "Spring 2022"); Projects
# ----------------------------------------------------------------------------

def r10_docx(path):
    doc = new_doc(margins_cm=1.8, font="Liberation Serif", size=10.5)
    para(doc, "Emily Tanaka", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "Seattle, WA | emily.tanaka@example.edu | (206) 555-0133 | github.com/etanaka", size=9.5,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    R = 17.4

    def sec(t):
        p = para(doc, t.upper(), bold=True, size=11, space_after=2)
        p.paragraph_format.space_before = Pt(8)
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
        pPr.append(bdr)

    def two(left, right, fmt):
        p = doc.add_paragraph()
        right_tab(p, R)
        p.paragraph_format.space_after = Pt(0)
        runs(p, (left, fmt), ("\t" + right, fmt if fmt != "b" else ""))
        return p

    sec("Education")
    two("Cascadia State University", "Pullman, WA", "b")
    two("B.S. Mechanical Engineering, Minor in Computer Science", "May 2024", "i")
    para(doc, "GPA 3.7/4.0 \u00b7 Relevant coursework: Heat Transfer, Finite Element Methods, Mechatronics, Control Systems",
         size=9.5, space_after=4)

    sec("Experience")
    jobs = [
        ("Olympic Peninsula Robotics", "Hybrid (Seattle)", "Associate Mechanical Engineer", "07/2024 \u2013 Present",
         ["Design sheet-metal and machined enclosures for warehouse picking robots in SolidWorks.",
          "Run thermal FEA in ANSYS for motor-controller housings; cut peak temperature by 11 \u00b0C."]),
        ("Ridgeview Aerospace Group", "Everett, WA", "Manufacturing Engineering Intern", "Summer 2023",
         ["Redesigned a drill fixture for wing-rib assembly, saving 6 minutes per part.",
          "Wrote a Python script to parse CMM reports and flag out-of-tolerance features."]),
        ("Cascadia State University", "Pullman, WA", "Undergraduate Research Assistant", "Sept 2022 \u2013 May 2024",
         ["Built a heat-pipe test rig and characterised wick structures printed in copper."]),
        ("Puget Sound Engineering Co.", "Tacoma, WA", "Engineering Co-op", "Spring 2022",
         ["Produced GD&T drawings for pump brackets and supported first-article inspections."]),
    ]
    for comp, loc, title, dates, bl in jobs:
        two(comp, loc, "b").paragraph_format.space_before = Pt(4)
        two(title, dates, "i")
        bullets(doc, bl)

    sec("Projects")
    for name, rest, bl in [
        ("Solar Car Suspension Redesign", "CSU Solar Racing Team, 2022\u20132023",
         "Led the redesign of the front double-wishbone suspension, saving 2.3 kg."),
        ("Low-Cost Prosthetic Hand", "Senior Capstone, 2023\u20132024",
         "Tendon-driven 3D-printed hand with EMG control; bill of materials under $120."),
    ]:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        runs(p, (name, "b"), (" | " + rest, "i"))
        bullets(doc, [bl])

    sec("Skills")
    para(doc, "SolidWorks \u00b7 MATLAB \u00b7 ANSYS Mechanical \u00b7 GD&T \u00b7 Python \u00b7 3D Printing")
    finish_docx(doc, path, "Emily Tanaka Resume")


# ----------------------------------------------------------------------------
# r12 DOCX: independent consultant (own company) with a client-engagement table
# ----------------------------------------------------------------------------

def r12(path):
    doc = new_doc(font="Calibri", size=10.5)
    para(doc, "Ana Rita Silva", bold=True, size=20, space_after=0)
    para(doc, "SAP FI/CO Consultant \u00b7 Lisbon, Portugal \u00b7 ana.silva@example.pt \u00b7 +351 912 555 038",
         size=9.5, space_after=10)
    doc.add_heading("Profile", level=1)
    para(doc, "SAP finance consultant with more than ten years in FI/CO, from accounting operations to leading "
              "S/4HANA migrations. Working independently since 2019 through my own company.")
    doc.add_heading("Professional Experience", level=1)

    doc.add_heading("Independent SAP FI/CO Consultant", level=3)
    para(doc, "Silva Advisory Lda \u00b7 Lisbon, Portugal / Remote \u00b7 Jan 2019 \u2013 ongoing", italic=True)
    para(doc, "Selected client engagements:", space_after=2)
    rows = [("Client", "Engagement", "Period"),
            ("Tejo Engineering Group", "S/4HANA Finance migration, lead FI consultant", "05/2022 \u2013 08/2023"),
            ("Porto Manager Seguros S.A.", "IFRS 16 lease accounting rollout", "02/2021 \u2013 04/2022"),
            ("Alentejo Wine Holdings", "Group reporting and consolidation redesign", "01/2019 \u2013 01/2021")]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
            if i == 0:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    para(doc, "")

    doc.add_heading("SAP FI Consultant", level=3)
    para(doc, "Atl\u00e2ntico Consulting Group \u00b7 Porto, Portugal \u00b7 Mar 2015 \u2013 Dec 2018", italic=True)
    bullets(doc, ["Delivered FI/CO implementations for 6 mid-sized manufacturers in Portugal and Spain.",
                  "Designed the asset-accounting template reused across the firm's SAP practice."])
    doc.add_heading("Junior Accountant", level=3)
    para(doc, "Braga T\u00eaxteis S.A. \u00b7 Braga, Portugal \u00b7 Sep 2012 \u2013 Feb 2015", italic=True)
    bullets(doc, ["Accounts payable, fixed assets and monthly VAT returns for a textile group with 3 plants."])

    doc.add_heading("Skills", level=1)
    para(doc, "SAP FI/CO, S/4HANA, SAP Activate, IFRS 16, Power Query, Stakeholder Workshops")
    doc.add_heading("Education", level=1)
    para(doc, "Licenciatura em Gest\u00e3o, Universidade de Vale do C\u00e1vado, 2012")
    doc.add_heading("Languages", level=1)
    para(doc, "Portuguese (native), English (C2), Spanish (B2)")
    finish_docx(doc, path, "Ana Rita Silva CV")


# ----------------------------------------------------------------------------
# r14 PDF: two columns, sidebar on the RIGHT with skill bars; "Title @ Company" then
# "Location | 2021/04 – now"; main column drawn before the sidebar
# ----------------------------------------------------------------------------

def r14(path):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Yuki Sato - Resume")
    side_w = 6.4 * cm
    sx0 = W - side_w
    c.setFillColor(colors.HexColor("#eef1f5"))
    c.rect(sx0, 0, side_w, H, stroke=0, fill=1)
    mx = 1.6 * cm
    mw = sx0 - mx - 0.9 * cm
    y = H - 2.3 * cm
    c.setFillColor(colors.HexColor("#c0392b"))
    c.setFont("Helvetica-Bold", 26)
    c.drawString(mx, y, "Yuki Sato")
    y -= 19
    c.setFillColor(colors.HexColor("#333333"))
    c.setFont("Helvetica", 12)
    c.drawString(mx, y, "Gameplay Programmer")
    y -= 28

    def head(t, y, x=mx, w=mw):
        c.setFont("Helvetica-Bold", 11.5)
        c.setFillColor(colors.HexColor("#c0392b"))
        c.drawString(x, y, t.upper())
        c.setFillColor(colors.black)
        return y - 17

    y = head("Profile", y)
    y = draw_wrapped(c, "Gameplay programmer with eight years in console and PC action games. I like small, "
                        "fast systems: combat, cameras and tooling that lets designers iterate without me.",
                     mx, y, mw, "Helvetica", 9.5, 12.5)
    y -= 12
    y = head("Experience", y)
    jobs = [
        ("Senior Gameplay Programmer @ Shibuya Engineering Labs", "Tokyo, Japan | 2021/04 \u2013 now",
         ["Own the melee combat system and hit-reaction tech for an unannounced UE5 title.",
          "Mentor four programmers; run the weekly gameplay code review."]),
        ("Gameplay Programmer @ Nagoya Pixel Group", "Nagoya, Japan | 2018/04 \u2013 2021/03",
         ["Shipped two mid-size action titles on PS4, Switch and PC.",
          "Wrote the camera collision and lock-on systems in C++ with Lua hooks for designers."]),
        ("Junior Programmer @ Sapporo Snowfield Games", "Remote | 2016/10 \u2013 2018/03",
         ["Gameplay scripting and bug fixing on a mobile snowboarding game.",
          "Built Perforce trigger scripts that caught broken asset references before submit."]),
    ]
    for t, sub, bl in jobs:
        c.setFont("Helvetica-Bold", 10.5)
        c.setFillColor(colors.black)
        c.drawString(mx, y, t)
        y -= 13
        c.setFont("Helvetica", 9)
        c.setFillColor(colors.HexColor("#777777"))
        c.drawString(mx, y, sub)
        y -= 14
        y = draw_bullets(c, bl, mx + 4, y, mw - 4, size=9.3, leading=12)
        y -= 10
    y = head("Side Projects", y)
    for name, desc in [("tiny-ecs", "A header-only entity-component-system in C++20 used in three game jams."),
                       ("Neon Koi", "Arcade jam game (Global Game Jam 2022), top 10 in the Tokyo site.")]:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(mx, y, name)
        y -= 12.5
        y = draw_wrapped(c, desc, mx, y, mw, "Helvetica", 9.3, 12)
        y -= 6

    # right sidebar
    sx = sx0 + 0.7 * cm
    sw = side_w - 1.4 * cm
    y = H - 2.3 * cm
    y = head("Contact", y, sx, sw)
    for line in ["Tokyo, Japan", "+81 90 5555 0171", "yuki.sato@example.jp", "yukisato.dev"]:
        y = draw_wrapped(c, line, sx, y, sw, "Helvetica", 9, 12)
    y -= 14
    y = head("Skills", y, sx, sw)
    for s, lvl in [("C++", 0.95), ("Unreal Engine 5", 0.9), ("HLSL", 0.6), ("Lua", 0.75), ("Perforce", 0.8),
                   ("Houdini", 0.4)]:
        c.setFont("Helvetica", 9.3)
        c.setFillColor(colors.black)
        c.drawString(sx, y, s)
        y -= 6
        c.setFillColor(colors.HexColor("#cfd6de"))
        c.rect(sx, y - 3, sw, 4, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#c0392b"))
        c.rect(sx, y - 3, sw * lvl, 4, stroke=0, fill=1)
        y -= 15
    y -= 8
    y = head("Education", y, sx, sw)
    y = draw_wrapped(c, "B.Eng. Computer Science", sx, y, sw, "Helvetica-Bold", 9.3, 12)
    y = draw_wrapped(c, "Kansai Institute of Interactive Media", sx, y, sw, "Helvetica", 9.3, 12)
    y = draw_wrapped(c, "2012 \u2013 2016", sx, y, sw, "Helvetica", 9.3, 12)
    y -= 14
    y = head("Languages", y, sx, sw)
    for line in ["Japanese (native)", "English (TOEIC 905)"]:
        y = draw_wrapped(c, line, sx, y, sw, "Helvetica", 9.3, 12)
    c.showPage()
    c.save()


# ----------------------------------------------------------------------------
# r15 DOCX -> PDF (LibreOffice): experience as a 3-column table "When | What | Where"
# (dates | title + achievements | company + city); pipe-separated skills
# ----------------------------------------------------------------------------

def r15_docx(path):
    doc = new_doc(margins_cm=1.8, font="Liberation Sans", size=10)
    para(doc, "Mar\u00eda Gonz\u00e1lez", bold=True, size=20, space_after=0)
    para(doc, "Product Owner \u00b7 Madrid, ES \u00b7 maria.gonzalez@example.es \u00b7 +34 611 555 204",
         size=9.5, color="555555", space_after=10)
    doc.add_heading("About", level=1)
    para(doc, "Product owner for mobile banking with a business-analysis background. I translate regulation and "
              "customer research into backlogs that teams can actually ship.")
    doc.add_heading("Career", level=1)
    rows = [
        ("Mar 2020 \u2013 Now", "Product Owner \u2013 Mobile Banking",
         ["Own the backlog of the retail app (2.1M monthly users) for two Scrum teams.",
          "Launched instant peer-to-peer transfers and in-app card controls; app rating 3.9 \u2192 4.6."],
         "Banco Mirador Digital", "Madrid, ES"),
        ("Sep 2017 \u2013 Feb 2020", "Business Analyst",
         ["Wrote requirements and SQL data checks for a PSD2 open-banking gateway."],
         "Valencia Engineering Hub S.L.", "Valencia, ES"),
        ("Feb 2017 \u2013 Jul 2017", "Business Analyst Intern",
         ["Mapped onboarding processes for an insurance client and prototyped screens in Figma."],
         "Sevilla Tech Group", "Remote"),
    ]
    t = doc.add_table(rows=len(rows) + 1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3.4), Cm(9.4), Cm(4.6)]
    for j, h in enumerate(["When", "What", "Where"]):
        cell = t.cell(0, j)
        cell.text = h
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, "D9E2F3")
    for i, (dates, title, bl, comp, city) in enumerate(rows, start=1):
        t.cell(i, 0).text = dates
        c1 = t.cell(i, 1)
        p = cell_clear(c1)
        runs(p, (title, "b"))
        for b in bl:
            c1.add_paragraph("\u2022 " + b)
        c2 = t.cell(i, 2)
        p = cell_clear(c2)
        runs(p, (comp, "i"))
        c2.add_paragraph(city)
    set_col_widths(t, widths)
    doc.add_heading("Skills", level=1)
    para(doc, "Scrum | Jira | Confluence | SQL | Figma | Stakeholder Management")
    doc.add_heading("Education", level=1)
    para(doc, "MSc Business Analytics \u2014 Escuela Superior de Comercio de Levante, 2017")
    para(doc, "Grado en Econom\u00eda \u2014 Universidad de la Albufera, 2016")
    doc.add_heading("Languages", level=1)
    para(doc, "Spanish (native) \u00b7 English (C1) \u00b7 French (B2)")
    finish_docx(doc, path, "Maria Gonzalez CV")


# ----------------------------------------------------------------------------
# r16 DOCX: hybrid; Heading 2 "Title | Company", italic "Location — Month YYYY to Present";
# promotion at the same company as separate entries; skills in a 3-column borderless table
# ----------------------------------------------------------------------------

def r16(path):
    doc = new_doc(font="Georgia", size=10.5)
    para(doc, "David Cohen", bold=True, size=22, space_after=0)
    para(doc, "Engineering leader \u00b7 Tel Aviv, Israel \u00b7 david.cohen@example.co.il \u00b7 +972 54 555 0123",
         size=9.5, space_after=10)
    doc.add_heading("Summary of Qualifications", level=1)
    bullets(doc, ["Twelve years building and leading engineering teams of up to 70 people.",
                  "Scaled a robotics software organisation from seed to Series C.",
                  "Hands-on background in distributed systems, Go and Kubernetes."])
    doc.add_heading("Employment", level=1)
    jobs = [
        ("VP Engineering", "Haifa Bay Robotics Ltd", "Haifa, Israel \u2014 January 2022 to Present",
         ["Run an engineering organisation of 70 across autonomy, cloud and QA.",
          "Cut release cycle from quarterly to bi-weekly without raising field incidents."]),
        ("Director of Engineering", "Negev Solar Labs", "Beersheba, Israel \u2014 2018 to 2021",
         ["Built the monitoring platform for 1.2 GW of solar plants; grew the team from 8 to 35."]),
        ("Engineering Manager, Platform Team", "Jaffa Port Software", "Tel Aviv, Israel \u2014 2015 to 2018",
         ["Managed the platform team (9 engineers) behind the company's container-tracking SaaS."]),
        ("Senior Software Engineer", "Jaffa Port Software", "Tel Aviv, Israel \u2014 2012 to 2015",
         ["Designed the event pipeline in Go that processed 5,000 port events per second."]),
    ]
    for title, comp, line, bl in jobs:
        doc.add_heading("%s | %s" % (title, comp), level=2)
        para(doc, line, italic=True, space_after=2)
        bullets(doc, bl)
    doc.add_heading("Skills", level=1)
    items = ["Technical Strategy", "Hiring & Team Building", "Distributed Systems",
             "Go", "Python", "Kubernetes",
             "Budget Planning", "Incident Management", "OKRs"]
    t = doc.add_table(rows=3, cols=3)
    for i, it in enumerate(items):
        t.cell(i // 3, i % 3).text = it
    doc.add_heading("Education", level=1)
    para(doc, "M.Sc. Computer Science, Carmel Institute of Science, 2012")
    para(doc, "B.Sc. Electrical Engineering, Galilee Technical University, 2010")
    finish_docx(doc, path, "David Cohen")


# ----------------------------------------------------------------------------
# r19 PDF: classic one-column "Harvard" layout; Company (bold, left) + City (right),
# Title (italic, left) + dates (right); promotion under one company; 3-column skills grid
# ----------------------------------------------------------------------------

def r19(path):
    W, H = LETTER
    c = canvas.Canvas(path, pagesize=LETTER, invariant=1)
    c.setTitle("Marcus Bell Resume")
    L, R = 0.9 * inch_(), W - 0.9 * inch_()
    y = H - 0.85 * inch_()
    c.setFont("Times-Bold", 18)
    c.drawCentredString(W / 2, y, "Marcus Bell")
    y -= 15
    c.setFont("Times-Roman", 10)
    c.drawCentredString(W / 2, y, "Nashville, TN \u2022 (615) 555-0182 \u2022 marcus.bell@example.com")
    y -= 22

    def head(t, y):
        c.setFont("Times-Bold", 11.5)
        c.drawString(L, y, t)
        c.setLineWidth(0.7)
        c.line(L, y - 3, R, y - 3)
        return y - 16

    def lr(left, right, y, lf, rf="Times-Roman"):
        c.setFont(lf, 10.5)
        c.drawString(L, y, left)
        c.setFont(rf, 10.5)
        c.drawRightString(R, y, right)
        return y - 13

    y = head("SUMMARY", y)
    y = draw_wrapped(c, "Hotel operations leader with 12 years in full-service and boutique properties. Raised "
                        "RevPAR and guest scores while keeping labour costs flat.", L, y, R - L, "Times-Roman", 10.5, 13)
    y -= 10
    y = head("WORK EXPERIENCE", y)
    y = lr("Music City Hospitality Group", "Nashville, TN", y, "Times-Bold")
    y = lr("General Manager", "May 2019 \u2013 Present", y, "Times-Italic")
    y = draw_bullets(c, ["Lead a 140-key boutique hotel with 85 staff and a $14M annual budget.",
                         "Grew RevPAR 22% in 2023 through revenue-management discipline and group sales."],
                     L + 8, y, R - L - 8, "Times-Roman", 10.5, 13)
    y -= 3
    y = lr("Assistant General Manager", "Jun 2017 \u2013 Apr 2019", y, "Times-Italic")
    y = draw_bullets(c, ["Opened the property's rooftop venue; booked 60 private events in year one."],
                     L + 8, y, R - L - 8, "Times-Roman", 10.5, 13)
    y -= 8
    y = lr("Memphis Riverfront Hotels LLC", "Memphis, TN", y, "Times-Bold")
    y = lr("Front Office Manager", "Aug 2014 \u2013 May 2017", y, "Times-Italic")
    y = draw_bullets(c, ["Supervised 22 front-desk and night-audit staff; introduced Opera PMS training."],
                     L + 8, y, R - L - 8, "Times-Roman", 10.5, 13)
    y -= 8
    y = lr("Gatlinburg Lodge & Spa", "Gatlinburg, TN", y, "Times-Bold")
    y = lr("Guest Services Associate", "Jun 2012 \u2013 Jul 2014", y, "Times-Italic")
    y = draw_bullets(c, ["Check-in, concierge and spa reservations for a 200-room mountain resort."],
                     L + 8, y, R - L - 8, "Times-Roman", 10.5, 13)
    y -= 10
    y = head("EDUCATION", y)
    y = lr("Cumberland Plateau University", "Knoxville, TN", y, "Times-Bold")
    y = lr("B.S. Hospitality and Tourism Management", "May 2012", y, "Times-Italic")
    y -= 10
    y = head("SKILLS", y)
    skills = ["Opera PMS", "Revenue Management", "P&L Management", "Staff Training", "ServSafe Certified",
              "Event Planning"]
    colw = (R - L) / 3
    for i, s in enumerate(skills):
        cx = L + (i % 3) * colw
        cy = y - (i // 3) * 13
        c.setFont("Times-Roman", 10.5)
        c.drawString(cx, cy, "\u2022  " + s)
    c.showPage()
    c.save()


def inch_():
    return 72.0


# ----------------------------------------------------------------------------
# r20 DOCX: whole page is a 2-column table (shaded left sidebar with contact, skills,
# education; right cell with experience)
# ----------------------------------------------------------------------------

def r20(path):
    doc = new_doc(margins_cm=1.2, font="Calibri", size=10)
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    left, right = t.cell(0, 0), t.cell(0, 1)
    set_col_widths(t, [Cm(6.0), Cm(12.6)])
    shade(left, "2E4057")

    def lpara(text, bold=False, size=9.5, first=False):
        p = cell_clear(left) if first else left.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        return p

    lpara("CONTACT", True, 11, first=True)
    for x in ["Dubai, UAE", "+971 50 555 0164", "fatima.rahman@example.ae", "linkedin.com/in/fatimarahman"]:
        lpara(x)
    lpara("")
    lpara("SKILLS", True, 11)
    for s in ["SEO", "Google Ads", "HubSpot", "Content Strategy", "Arabic Copywriting", "Marketing Analytics"]:
        lpara("\u25aa " + s)
    lpara("")
    lpara("EDUCATION", True, 11)
    lpara("MBA Marketing", True)
    lpara("Emirates Gulf Business School")
    lpara("2017")
    lpara("")
    lpara("BA Mass Communication", True)
    lpara("Corniche University")
    lpara("2012")
    lpara("")
    lpara("LANGUAGES", True, 11)
    lpara("English, Arabic, Urdu")

    p = cell_clear(right)
    r = p.add_run("Fatima Rahman")
    r.bold = True
    r.font.size = Pt(22)
    right.add_paragraph().add_run("Marketing Manager").font.size = Pt(12)
    right.add_paragraph()
    h = right.add_paragraph()
    h.add_run("PROFILE").bold = True
    right.add_paragraph("Marketing manager with 11 years across retail and B2B services in the Gulf and "
                        "Pakistan. Bilingual campaigns, performance marketing and teams that measure everything.")
    right.add_paragraph()
    h = right.add_paragraph()
    h.add_run("PROFESSIONAL BACKGROUND").bold = True
    jobs = [
        ("Marketing Manager \u2013 GCC", "Dune & Palm Retail Group, Dubai, UAE | Sep 2019 \u2013 Present",
         ["Own a AED 9M annual budget across 38 stores in the UAE, Oman and Bahrain.",
          "Rebuilt the loyalty-app funnel; online revenue share rose from 7% to 19%."]),
        ("Senior Marketing Executive", "Abu Dhabi Manager Solutions, Abu Dhabi, UAE | Jan 2016 \u2013 Aug 2019",
         ["Ran B2B lead generation in HubSpot for a facilities-management firm."]),
        ("Marketing Executive", "Karachi Textile Mills Group, Karachi, Pakistan | Jul 2012 \u2013 Dec 2015",
         ["Coordinated trade-fair presence and export catalogues for European buyers."]),
    ]
    for title, line, bl in jobs:
        q = right.add_paragraph()
        q.add_run(title).bold = True
        q.paragraph_format.space_after = Pt(0)
        q2 = right.add_paragraph()
        q2.add_run(line).italic = True
        for b in bl:
            right.add_paragraph(b, style="List Bullet")
    finish_docx(doc, path, "Fatima Rahman CV")


# ----------------------------------------------------------------------------
# r21 DOCX: "Title, Company, City, PROV" on one line (title bold), full-month dates on
# the next line; co-op term "Winter 2015"; skills separated by bullets in one paragraph
# ----------------------------------------------------------------------------

def r21(path):
    doc = new_doc(font="Cambria", size=10.5)
    para(doc, "Liam MacKenzie, CPA", bold=True, size=20, space_after=0)
    para(doc, "Ottawa, ON \u00b7 613-555-0157 \u00b7 liam.mackenzie@example.ca", size=9.5, space_after=10)
    doc.add_heading("Profile", level=1)
    para(doc, "Controller with audit and industry experience; IFRS and ASPE reporting, multi-entity "
              "consolidations and ERP migrations.")
    doc.add_heading("Experience", level=1)
    jobs = [
        ("Controller", "Rideau Engineering Group Inc., Ottawa, ON", "December 2021 \u2013 Present",
         ["Lead a finance team of 6 for a 400-person engineering firm with $85M revenue.",
          "Moved the general ledger from Sage 300 to Sage Intacct in five months."]),
        ("Senior Accountant", "Maple Manager Partners LLP, Toronto, ON", "March 2019 \u2013 November 2021",
         ["Ran year-end audit and review engagements for owner-managed businesses."]),
        ("Staff Accountant", "Maple Manager Partners LLP, Toronto, ON", "September 2016 \u2013 February 2019",
         ["Prepared compilation engagements and corporate tax provisions in CaseWare."]),
        ("Accounting Co-op Student", "Halifax Harbour Credit Union, Halifax, NS", "Winter 2015",
         ["Four-month co-op term: reconciliations and loan-loss provision schedules."]),
    ]
    for title, rest, dates, bl in jobs:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(6)
        runs(p, (title, "b"), (", " + rest, ""))
        para(doc, dates, italic=True, space_after=2)
        bullets(doc, bl)
    doc.add_heading("Skills", level=1)
    para(doc, "CaseWare \u2022 IFRS \u2022 ASPE \u2022 Sage Intacct \u2022 Excel Modelling \u2022 Tax Provisions")
    doc.add_heading("Education", level=1)
    para(doc, "Bachelor of Commerce, Accounting \u2014 Fundy Bay University, 2016")
    finish_docx(doc, path, "Liam MacKenzie Resume")


# ----------------------------------------------------------------------------
# r23 PDF: split rows (table): left cell company / location / dates, right cell
# title + bullets; skills in two bullet columns
# ----------------------------------------------------------------------------

def r23(path):
    S = _styles()
    S["h"].textColor = colors.HexColor("#2a6f62")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.6 * cm, title="Chiara Rossi - CV", invariant=1)
    comp_st = ParagraphStyle("comp", fontName="Helvetica-Bold", fontSize=9.5, leading=12)
    meta_st = ParagraphStyle("meta", fontName="Helvetica", fontSize=8.8, leading=11,
                             textColor=colors.HexColor("#555555"))
    title_st = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                              textColor=colors.HexColor("#2a6f62"))
    el = [Paragraph("Chiara Rossi", S["name"]),
          Paragraph("UX Researcher \u00b7 Milan, Italy \u00b7 chiara.rossi@example.it \u00b7 +39 347 555 0119", S["sub"]),
          Spacer(1, 6),
          Paragraph("PROFILE", S["h"]),
          Paragraph("Mixed-methods UX researcher. Eight years of studies in mobility, public services and "
                    "B2B software, from diary studies to large-sample surveys.", S["body"]),
          Paragraph("WORK EXPERIENCE", S["h"])]
    jobs = [
        ("Milano Design Labs S.r.l.", "Milan, Italy", "Jan 2021 \u2013 Present", "Lead UX Researcher",
         ["Lead a research team of 4 serving 9 product squads.",
          "Set up the research repository in Dovetail and a quarterly insights review."]),
        ("Torino Mobility Group", "Turin, Italy", "Apr 2018 \u2013 Dec 2020", "UX Researcher",
         ["Ran diary studies with 120 commuters for a multimodal ticketing app."]),
        ("Roma Civic Tech", "Hybrid (Rome)", "Oct 2016 \u2013 Mar 2018", "Research Assistant",
         ["Usability testing of municipal e-services with older adults."]),
    ]
    data = []
    for comp, loc, dates, title, bl in jobs:
        left = [Paragraph(comp, comp_st), Paragraph(loc, meta_st), Paragraph(dates, meta_st)]
        right = [Paragraph(title, title_st), _bl(bl, S["small"])]
        data.append([left, right])
    t = Table(data, colWidths=[5.0 * cm, 12.4 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#cccccc")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    el.append(t)
    el.append(Paragraph("EDUCATION", S["h"]))
    et = Table([[Paragraph("2016", comp_st),
                 Paragraph("M.Sc. Cognitive Psychology, Universit\u00e0 di Lagovista", S["body"])],
                [Paragraph("2014", comp_st),
                 Paragraph("B.Sc. Psychological Sciences, Universit\u00e0 di Lagovista", S["body"])]],
               colWidths=[5.0 * cm, 12.4 * cm])
    et.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    el.append(et)
    el.append(Paragraph("SKILLS", S["h"]))
    sk = ["Usability Testing", "Diary Studies", "Survey Design", "Dovetail", "Figma", "Statistics (R)"]
    st = Table([[_bl(sk[:3], S["body"]), _bl(sk[3:], S["body"])]], colWidths=[8.7 * cm, 8.7 * cm])
    st.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    el.append(st)
    el.append(Paragraph("LANGUAGES", S["h"]))
    el.append(Paragraph("Italian (native) \u00b7 English (C1) \u00b7 German (A2)", S["body"]))
    doc.build(el)


# ----------------------------------------------------------------------------
# r24 DOCX: nurse; "Clinical Experience"; "Title – Unit<TAB>MM/YYYY – Current" then
# employer line; clinical skills bullets in a 2-column borderless table
# ----------------------------------------------------------------------------

def r24(path):
    doc = new_doc(font="Calibri", size=10.5)
    para(doc, "Priscilla Adebayo, BSN, RN", bold=True, size=20, space_after=0)
    para(doc, "Atlanta, GA \u00b7 (404) 555-0139 \u00b7 p.adebayo@example.com", size=9.5, space_after=10)
    doc.add_heading("Licenses & Certifications", level=1)
    bullets(doc, ["Registered Nurse, Georgia Board of Nursing (active, multistate compact)",
                  "ACLS and BLS (Heart Rescue Council), valid through 2026", "CCRN (Adult), 2021"])
    doc.add_heading("Clinical Experience", level=1)
    jobs = [
        ("Registered Nurse \u2013 Cardiac ICU", "06/2019 \u2013 Current", "Peachtree Regional Medical Center, Atlanta, GA",
         ["1:2 care of post-CABG, LVAD and cardiogenic-shock patients in a 24-bed unit.",
          "Charge nurse two shifts per week; precept new graduate nurses."]),
        ("Registered Nurse \u2013 Medical-Surgical", "08/2016 \u2013 05/2019",
         "Savannah Coastal Health System, Savannah, GA",
         ["Cared for 5\u20136 patients per shift on a 32-bed telemetry-capable floor."]),
        ("Patient Care Technician", "01/2014 \u2013 07/2016", "Augusta Family Clinic Group, Augusta, GA",
         ["Vital signs, phlebotomy and EKGs while completing nursing school."]),
    ]
    for title, dates, emp, bl in jobs:
        p = doc.add_paragraph()
        right_tab(p, 17.0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(6)
        runs(p, (title, "b"), ("\t" + dates, ""))
        para(doc, emp, space_after=2)
        bullets(doc, bl)
    doc.add_heading("Clinical Skills", level=1)
    sk = ["Hemodynamic Monitoring", "Ventilator Management", "Telemetry", "IV Therapy", "Epic EHR",
          "Patient Education"]
    t = doc.add_table(rows=3, cols=2)
    for i, s in enumerate(sk):
        cell = t.cell(i // 2, i % 2)
        p = cell_clear(cell)
        p.style = doc.styles["List Bullet"]
        p.add_run(s)
    doc.add_heading("Education", level=1)
    para(doc, "Bachelor of Science in Nursing (BSN) \u2014 Chattahoochee State University, 2016")
    finish_docx(doc, path, "Priscilla Adebayo Resume")


# ----------------------------------------------------------------------------
# job descriptions: jd04 DOCX, jd08 PDF, jd09 DOCX
# ----------------------------------------------------------------------------

def jd04(path):
    doc = new_doc(font="Arial", size=10.5)
    para(doc, "Senior Software Engineer (m/w/d)", bold=True, size=18, space_after=2)
    para(doc, "Hamburg oder remote (Deutschland) \u00b7 Vollzeit \u00b7 unbefristet", color="555555", space_after=10)
    doc.add_heading("Wer wir sind", level=2)
    para(doc, "Die Eisvogel Mobility GmbH entwickelt Software f\u00fcr Ladeinfrastruktur: Wir betreiben \u00fcber "
              "18.000 Ladepunkte in sieben L\u00e4ndern. Unser Team von 60 Engineers arbeitet in Hamburg und remote.")
    doc.add_heading("Deine Aufgaben", level=2)
    bullets(doc, ["Du entwickelst unsere Lade-Backend-Services in Kotlin und Go weiter.",
                  "Du gestaltest APIs nach OCPP und OCPI gemeinsam mit unseren Partnern.",
                  "Du \u00fcbernimmst Verantwortung f\u00fcr Betrieb und Observability deiner Services.",
                  "Du begleitest j\u00fcngere Kolleg:innen in Code-Reviews und Pairing."])
    doc.add_heading("Dein Profil", level=2)
    bullets(doc, ["Mindestens 5 Jahre Erfahrung in der Backend-Entwicklung",
                  "Sehr gute Kenntnisse in Kotlin, Java oder Go",
                  "Erfahrung mit PostgreSQL, Kafka und Kubernetes",
                  "Sehr gute Deutsch- oder Englischkenntnisse"])
    doc.add_heading("Was wir bieten", level=2)
    bullets(doc, ["30 Urlaubstage, Deutschlandticket, Jobrad", "Gehaltsband 78.000 \u2013 95.000 \u20ac",
                  "4 Wochen Workation pro Jahr"])
    para(doc, "Bewirb dich mit Lebenslauf und fr\u00fchestem Eintrittstermin \u00fcber unser Karriereportal. "
              "Ansprechpartnerin: Jana Vogt, Talent Acquisition.")
    finish_docx(doc, path, "Senior Software Engineer (m/w/d)")


def jd08(path):
    S = _styles()
    doc = SimpleDocTemplate(path, pagesize=LETTER, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                            title="Principal Machine Learning Engineer - Osprey Clinical AI", invariant=1)
    top = ParagraphStyle("top", fontName="Helvetica-Bold", fontSize=11, leading=14,
                         textColor=colors.HexColor("#0a6e8a"))
    ttl = ParagraphStyle("ttl", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceBefore=6)
    meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=9.5, leading=12,
                          textColor=colors.HexColor("#555555"), alignment=TA_LEFT)
    h = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=10, spaceAfter=4)
    el = [Paragraph("OSPREY CLINICAL AI \u2014 CAREERS", top),
          Paragraph("Principal Machine Learning Engineer", ttl),
          Paragraph("Location: Boston, MA or Remote (US) \u00b7 Team: Imaging Models \u00b7 Employment type: Full-time \u00b7 "
                    "Req ID: OCA-2024-117", meta),
          Paragraph("About Osprey", h),
          Paragraph("Osprey Clinical AI builds FDA-cleared models that help radiologists triage chest CT and "
                    "mammography studies. Our software reads more than 2 million studies a year across 300 hospitals.",
                    S["body"]),
          Paragraph("The role", h),
          Paragraph("As a Principal Machine Learning Engineer you will set the technical direction for how we train, "
                    "validate and ship imaging models. You will work across research, regulatory and platform teams "
                    "and be the most senior individual contributor in the Imaging Models group.", S["body"]),
          Paragraph("What you will do", h),
          _bl(["Define the architecture for our next-generation multi-task imaging models.",
               "Own the training and evaluation platform (PyTorch, Ray, Kubernetes) end to end.",
               "Partner with regulatory to design validation studies for 510(k) submissions.",
               "Mentor staff and senior engineers; lead design reviews across three teams."], S["body"]),
          Paragraph("What we are looking for", h),
          _bl(["10+ years of software engineering, 6+ in applied machine learning.",
               "Deep experience with PyTorch, distributed training and model serving.",
               "Experience with medical imaging (DICOM) is a strong plus.",
               "A track record of leading technical strategy without direct reports."], S["body"]),
          Paragraph("Compensation", h),
          Paragraph("Base salary $245,000 \u2013 $290,000 plus equity and benefits. Osprey is an equal opportunity "
                    "employer.", S["body"])]
    doc.build(el)


def jd09(path):
    doc = new_doc(font="Calibri", size=10.5)
    para(doc, "JOB DESCRIPTION", bold=True, size=14, color="1F4E79", space_after=6)
    rows = [("Job Title", "Mobile Engineer II"), ("Company", "Quillon Travel"),
            ("Department", "Engineering \u2013 Traveller Apps"), ("Reports to", "Engineering Manager, Mobile"),
            ("Location", "Lisbon, Portugal (hybrid, 2 days in office)"), ("Grade", "P3"),
            ("Contract", "Permanent, full-time")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        t.cell(i, 0).text = k
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        shade(t.cell(i, 0), "DEEAF6")
        t.cell(i, 1).text = v
    set_col_widths(t, [Cm(4.0), Cm(13.0)])
    para(doc, "")
    doc.add_heading("Purpose of the role", level=2)
    para(doc, "The Mobile Engineer II builds and maintains features in the Quillon iOS and Android apps used by "
              "4 million travellers to book and manage trips. You work independently on well-scoped features and "
              "contribute to technical decisions within your squad.")
    doc.add_heading("Key responsibilities", level=2)
    bullets(doc, ["Deliver features in Swift/SwiftUI and Kotlin/Jetpack Compose from design to release.",
                  "Write unit and UI tests and keep crash-free sessions above 99.8%.",
                  "Take part in on-call for mobile releases on a rotating basis.",
                  "Review code from peers and help onboard Mobile Engineer I colleagues."])
    doc.add_heading("Requirements", level=2)
    bullets(doc, ["3+ years of professional native mobile development.",
                  "Good knowledge of either iOS or Android and willingness to work on both.",
                  "Experience with REST/GraphQL APIs, offline storage and app performance."])
    doc.add_heading("Benefits", level=2)
    para(doc, "Health insurance, annual travel credit of \u20ac1,500, learning budget, 25 days holiday.")
    finish_docx(doc, path, "JD - Mobile Engineer II")


# ----------------------------------------------------------------------------

def lo_convert(build_docx, out_pdf):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("WARNING: soffice not found; %s left unchanged" % out_pdf, file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as td:
        base = os.path.splitext(os.path.basename(out_pdf))[0]
        dpath = os.path.join(td, base + ".docx")
        build_docx(dpath)
        prof = "file://" + os.path.join(td, "profile")
        subprocess.run([soffice, "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", td, dpath], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(td, base + ".pdf"), out_pdf)


def main():
    os.makedirs(RES, exist_ok=True)
    os.makedirs(JDS, exist_ok=True)
    r = lambda n: os.path.join(RES, n)  # noqa: E731
    j = lambda n: os.path.join(JDS, n)  # noqa: E731
    r01(r("r01_nadia_petrov.docx"))
    r02(r("r02_thabo_nkosi.pdf"))
    r03(r("r03_claire_dubois.pdf"))
    r05(r("r05_mateus_carvalho.docx"))
    r07(r("r07_lukas_brenner.pdf"))
    r08(r("r08_siobhan_kelly.docx"))
    lo_convert(r10_docx, r("r10_emily_tanaka.pdf"))
    r12(r("r12_ana_silva.docx"))
    r14(r("r14_yuki_sato.pdf"))
    lo_convert(r15_docx, r("r15_maria_gonzalez.pdf"))
    r16(r("r16_david_cohen.docx"))
    r19(r("r19_marcus_bell.pdf"))
    r20(r("r20_fatima_rahman.docx"))
    r21(r("r21_liam_mackenzie.docx"))
    r23(r("r23_chiara_rossi.pdf"))
    r24(r("r24_priscilla_adebayo.docx"))
    jd04(j("jd04_eisvogel_senior_swe.docx"))
    jd08(j("jd08_osprey_principal_ml.pdf"))
    jd09(j("jd09_quillon_mobile_engineer_ii.docx"))
    print("built PDF/DOCX documents in", HERE)


if __name__ == "__main__":
    main()
