"""Rebuild the PDF and DOCX documents of the thirteenth fresh set from the content held in this script, then check
that every labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh13/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh13/build.py --check   # check only

reportlab draws five resume PDFs (r01, r07, r14, r18, r24) and the two PDF job descriptions (jd06, jd11) on a
canvas (invariant=1, TrueType DejaVu / Liberation fonts registered by ../buildkit.py); python-docx writes the DOCX
files (r02, r05, r09, r13, r16, r19, r23, jd07, jd08, jd12) through buildkit (fixed core properties, fixed ZIP
entry timestamps); three resumes (r06, r11, r21) are Word files that LibreOffice (`soffice --headless
--convert-to pdf`) turns into PDF, rewritten by buildkit through pypdf with fixed metadata and a fixed document
ID, so that a rebuild gives the same bytes. TXT and Markdown documents are committed as written and are not
touched here (the check reads them too).

The check (buildkit.check_labels, with this set's format counts) extracts text with pypdf (PDF), python-docx
(DOCX: header paragraphs, body paragraphs, every table cell including nested tables) or a plain read (TXT/MD),
collapses whitespace, and confirms that every labelled name, employer, title, location, skill, project, school
and education year, and every JD title / role / company / must-have / nice-to-have string is found; that each
resume's employers / titles lists are the unique role values in order; that dates have the YYYY / YYYY-MM /
present form; that splits and formats follow the file names; and that no PDF has more than two pages.

Everything is fictional: every person, employer, client, agency, school, university, trust, charity, government
office, project and referee was invented for this set. Real names appear only as places, standards, regulators,
registers, licences, certifications and products (e.g. Jake's-resume-like and Google Docs "Serif"-like templates,
Notion-like export, NHS bands, JIB, ECSA, ARB, BS 7671, SAP, TOTVS Protheus, Salesforce, Figma, ROS 2).
"""
import os
import sys

from docx.shared import Cm
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
TAG = "fresh13"
buildkit.TAG = TAG

FORMATS = {"resumes": {"pdf": 8, "docx": 7, "txt": 5, "md": 4},
           "jds": {"txt": 4, "md": 3, "docx": 3, "pdf": 2}}


def smallcaps(c, s, x, y, size, font="Times", how="l", color=BLACK):
    """Fake small capitals (as LaTeX's \\scshape looks): capitals at `size`, other letters upper-cased smaller."""
    small = size * 0.8
    parts = []
    for ch in s:
        sz = size if (ch.isupper() or not ch.isalpha()) else small
        if parts and parts[-1][1] == sz:
            parts[-1][0] += ch.upper()
        else:
            parts.append([ch.upper(), sz])
    w = sum(pdfmetrics.stringWidth(t, font, sz) for t, sz in parts)
    if how == "c":
        x -= w / 2
    elif how == "r":
        x -= w
    c.setFillColor(color)
    to = c.beginText(x, y)
    for t, sz in parts:
        to.setFont(font, sz)
        to.textOut(t)
    c.drawText(to)
    return w


# =========================================================================================================
# PDF resumes drawn with reportlab
# =========================================================================================================
def r01_elliot_marchbanks(path):
    """Jake's-resume-like LaTeX look (Letter): small-caps name and headings with a rule, company / location on one
    line and the italic title / dates on the next, projects with a tech list after a bar, skills lines."""
    c = new_canvas(path, letter, "Elliot Marchbanks - Resume", "Elliot Marchbanks", "LaTeX with hyperref")
    W, H = letter
    L, R = 36, W - 36
    y = H - 48
    smallcaps(c, "Elliot Marchbanks", W / 2, y, 24, "Times-B", "c")
    y -= 17
    text(c, "510-555-0147  |  elliot.marchbanks@example.com  |  linkedin.com/in/emarchbanks  |  "
            "github.com/emarchbanks", W / 2, y, "Times", 10, how="c")
    y -= 12

    def section(s):
        nonlocal y
        y -= 14
        smallcaps(c, s, L, y, 13, "Times")
        hline(c, L, R, y - 4, BLACK, 0.5)
        y -= 10

    def two(left, right, lf="Times-B", rf="Times", size=11, rsize=None):
        nonlocal y
        y -= size + 1
        text(c, left, L + 6, y, lf, size)
        text(c, right, R - 6, y, rf, rsize or size, how="r")

    def items(lst):
        nonlocal y
        y -= 2
        for it in lst:
            text(c, "•", L + 16, y - 10, "Times", 10)
            y = para_pdf(c, it, L + 26, y, R - L - 36, "Times", 10, 12.2) - 1
        y -= 3

    section("Education")
    two("Tern Harbor University", "Eureka, CA")
    two("Bachelor of Science in Computer Science, Minor in Mathematics", "Aug. 2015 – May 2019", "Times-I",
        "Times-I", 10)
    y -= 4
    section("Experience")
    two("Quillfeather Analytics", "Oakland, CA")
    two("Software Engineer II", "Mar. 2022 – Present", "Times-I", "Times-I", 10)
    items(["Own the event ingestion service (Go, Kafka) that accepts 1.8 billion events a day from customer SDKs; "
           "cut p99 write latency from 310 ms to 85 ms by batching and moving hot keys off the shared partition",
           "Designed the tenant-isolation layer for the query API, removing a class of noisy-neighbour incidents "
           "that caused 40% of pages in 2022",
           "Lead the on-call rotation for a team of six; wrote the runbooks and the incident review template now "
           "used by three other teams",
           "Mentor two engineers through the company's Engineer I to II promotion process"])
    two("Bramblewood Systems", "Sacramento, CA")
    two("Software Engineer", "Jul. 2019 – Feb. 2022", "Times-I", "Times-I", 10)
    items(["Built the scheduling and notification backend (Python, FastAPI, PostgreSQL) for a field-service app "
           "used by 2,300 technicians across 14 utilities",
           "Migrated 60 cron jobs to a queue-based worker system with retries and dead-lettering, ending the "
           "weekly 'missed job' support tickets",
           "Added contract tests between the mobile app and the API with Pact, catching 23 breaking changes "
           "before release in the first year"])
    two("Tern Harbor University", "Eureka, CA")
    two("Undergraduate Research Assistant", "May 2018 – Aug. 2018", "Times-I", "Times-I", 10)
    items(["Wrote Python tooling to clean and align ten years of coastal sensor readings for the Marine Lab's "
           "sediment study; the scripts are still used by the lab",
           "Presented a poster on missing-data imputation at the university's undergraduate research day"])
    section("Projects")
    y -= 12
    c.setFillColor(BLACK)
    to = c.beginText(L + 6, y)
    to.setFont("Times-B", 11)
    to.textOut("Tidepool")
    to.setFont("Times", 11)
    to.textOut(" | ")
    to.setFont("Times-I", 11)
    to.textOut("Go, SQLite, HTMX")
    c.drawText(to)
    text(c, "Jan. 2023 – Present", R - 6, y, "Times", 10, how="r")
    items(["Self-hosted tide and swell dashboard for surfers on the North Coast; pulls NOAA station data every "
           "ten minutes and serves 400 weekly users from a single small VM",
           "Wrote a tiny migration runner and an embedded full-text search over station notes"])
    y -= 12
    to = c.beginText(L + 6, y)
    to.setFont("Times-B", 11)
    to.textOut("Ledgerline")
    to.setFont("Times", 11)
    to.textOut(" | ")
    to.setFont("Times-I", 11)
    to.textOut("TypeScript, React, PostgreSQL")
    c.drawText(to)
    text(c, "Jun. 2020 – Dec. 2020", R - 6, y, "Times", 10, how="r")
    items(["Household budgeting web app with shared envelopes and bank CSV import; 1,100 stars on GitHub",
           "Property-based tests for the CSV parser found 9 date-format bugs from different banks"])
    section("Technical Skills")
    for lab, vals in (("Languages", "Go, Python, TypeScript, Java, SQL (Postgres), Bash"),
                      ("Frameworks", "React, Flask, FastAPI, gRPC"),
                      ("Developer Tools", "Git, Docker, Kubernetes, Terraform, GitHub Actions"),
                      ("Libraries", "pandas, NumPy, Kafka Streams")):
        y = para_pdf(c, f"<b>{lab}</b>: {vals}", L + 6, y - 2, R - L - 12, "Times", 10.5, 13, markup=True)
    c.showPage()
    c.save()


def r07_theodora_quinlan(path):
    """Google Docs "Serif"-like template (Letter): big serif name top left, contact block top right; main column
    (Experience, Education, Projects) and a narrow right column (Skills, Awards, Languages); each entry is
    "**Company**, Place — *Title*" over a small upper-case date line."""
    c = new_canvas(path, letter, "Theodora Quinlan - Resume", "Theodora Quinlan", "Google Docs Renderer")
    W, H = letter
    red = HexColor("#B4462E")
    grey = HexColor("#666666")
    L = 54
    text(c, "Theodora", L, H - 78, "Times-B", 30)
    text(c, "Quinlan", L, H - 110, "Times-B", 30)
    cx = 390
    yy = H - 60
    for s in ("2217 SE Alder Street", "Portland, OR 97214", "(503) 555-0190", "theo.quinlan@example.com"):
        text(c, s, cx, yy, "Serif", 8.5, grey)
        yy -= 12.5
    y = H - 150
    mx, mw = L, 300
    sx = 390

    def head(s, x, y_):
        text(c, s, x, y_ - 10, "Serif-B", 9, red)
        return y_ - 20

    def entry(y_, org, place, role, dates, desc):
        y_ = para_pdf(c, f"<b>{org}</b>, {place} — <i>{role}</i>", mx, y_, mw, "Serif", 9.5, 13, markup=True)
        y_ -= 2
        text(c, dates, mx, y_ - 7, "Serif", 7, grey)
        y_ -= 12
        y_ = para_pdf(c, desc, mx, y_, mw, "Serif", 8.3, 11.6, grey) - 10
        return y_

    y = head("EXPERIENCE", mx, y)
    y = entry(y, "Larkspur Health", "Portland, OR", "Senior Content Designer", "MARCH 2021 - PRESENT",
              "Lead content designer for the patient app (1.2M monthly users). Rewrote appointment and billing "
              "flows in plain language, cutting support contacts about bills by 31%. Built the voice and tone "
              "guide and the content patterns in the design system; run a monthly content critique for eleven "
              "designers and two product writers.")
    y = entry(y, "Foxglove Travel Co.", "Seattle, WA", "Content Designer", "JUNE 2018 - FEBRUARY 2021",
              "Owned words across booking, trip management and refunds. Partnered with research on 40+ usability "
              "sessions; introduced content testing with unmoderated highlighter studies. Led localization "
              "handoff for Spanish and French markets with a terminology base of 900 terms.")
    y = entry(y, "The Tideline Courier", "Tacoma, WA", "Copy Editor", "SEPTEMBER 2015 - MAY 2018",
              "Edited news and features for print and web on a nightly deadline; wrote headlines and SEO "
              "summaries; kept the house style guide current and trained new reporters on it.")
    y = head("EDUCATION", mx, y)
    y = entry(y, "Rainier State University", "Tacoma, WA", "B.A. English", "SEPTEMBER 2011 - JUNE 2015",
              "Minor in Linguistics. Editor of the student literary magazine, The Narrows Review.")
    y = head("PROJECTS", mx, y)
    y = para_pdf(c, "<b>Plain Language Toolkit</b> — <i>Open-source checklist and linter rules</i>", mx, y, mw,
                 "Serif", 9.5, 13, markup=True) - 2
    y = para_pdf(c, "A set of Vale rules and a one-page checklist for health content, adopted by two public "
                    "health departments.", mx, y, mw, "Serif", 8.3, 11.6, grey) - 8
    y = para_pdf(c, "<b>Voice &amp; Tone Audit</b> — <i>Workshop kit</i>", mx, y, mw, "Serif", 9.5, 13,
                 markup=True) - 2
    y = para_pdf(c, "Templates and a scoring sheet for auditing product voice, presented at a regional UX "
                    "meetup.", mx, y, mw, "Serif", 8.3, 11.6, grey)
    # right column
    y2 = H - 150
    y2 = head("SKILLS", sx, y2)
    for s in ("Content strategy", "UX writing", "Information architecture", "Usability testing", "Localization",
              "Figma", "Markdown & Git"):
        text(c, s, sx, y2 - 9, "Serif", 8.5, grey)
        y2 -= 13
    y2 -= 10
    y2 = head("AWARDS", sx, y2)
    for s in ("Pacific Northwest Design Awards,", "Gold — Health category (2022)", "",
              "Tideline Courier Editor's Prize", "(2017)"):
        if s:
            text(c, s, sx, y2 - 9, "Serif", 8.5, grey)
        y2 -= 12
    y2 -= 10
    y2 = head("LANGUAGES", sx, y2)
    text(c, "English (native),", sx, y2 - 9, "Serif", 8.5, grey)
    text(c, "Spanish (conversational)", sx, y2 - 21, "Serif", 8.5, grey)
    c.showPage()
    c.save()


def r14_anjali_rao_fitzgerald(path):
    """Academic-to-industry resume (A4): "Dr" and "PhD" around the name, a one-line pivot headline; EXPERIENCE
    mixes the industry job, the postdoc (department before the university) and a PhD-time internship and
    teaching post; SELECTED PROJECTS; SKILLS with group labels; EDUCATION with thesis; selected publications."""
    c = new_canvas(path, A4, "Anjali Rao-Fitzgerald CV", "A. Rao-Fitzgerald", "Microsoft Word")
    W, H = A4
    L, R = 50, W - 50
    teal = HexColor("#1D5C63")
    grey = HexColor("#555555")

    def new_page(cv):
        text(cv, "Anjali Rao-Fitzgerald — page 2", R, H - 30, "Arial", 7.5, grey, "r")
        return H - 50

    f = Flow(c, L, R - L, H - 50, 50, new_page)
    text(c, "Dr Anjali Rao-Fitzgerald, PhD", L, f.y - 20, "Arial-B", 20, teal)
    f.gap(28)
    f.para("Data Scientist  ·  computational biology → production machine learning", "Arial", 10.5, grey, 2)
    f.para("Cambridge, UK  ·  +44 7700 900612  ·  anjali.raofitz@example.co.uk  ·  github.com/araofitz  ·  "
           "Right to work: UK (Global Talent visa)", "Arial", 8.5, grey, 8)

    def section(s):
        f.room(40)
        f.gap(6)
        text(c, s, L, f.y - 10, "Arial-B", 10, teal)
        hline(c, L, R, f.y - 14, teal, 0.8)
        f.gap(20)

    def role(title, dates, where, items):
        f.room(46)
        f.line(title, dates, "Arial-B", 10, rfont="Arial", after=3)
        f.para(where, "Arial-I", 9, grey, 2)
        f.bullets(items, "Arial", 9)
        f.gap(4)

    section("SUMMARY")
    f.para("Computational biologist turned data scientist. Five years building statistical and ML models on "
           "messy, high-dimensional data, the last two shipping them to production in a drug-discovery "
           "company. Comfortable from experimental design to a monitored service.", "Arial", 9.2, after=2)
    section("EXPERIENCE")
    role("Data Scientist", "Sep 2022 – present", "Pellucid Biotech Ltd  ·  Cambridge, UK",
         ["Built the assay-quality model that flags failed plates before analysis (gradient boosting on "
          "plate-level features); saves about 120 scientist-hours a month",
          "Moved the team's notebooks into a tested Python package with CI and a Nextflow pipeline on AWS Batch",
          "Designed the A/B-style comparison framework used to decide between two screening protocols"])
    role("Postdoctoral Research Associate", "Oct 2019 – Aug 2022",
         "Department of Computational Biology, Fenland University  ·  Norwich, UK",
         ["Developed probabilistic models of cell-state trajectories from single-cell RNA-seq (PyTorch, Pyro); "
          "released as the open-source package scTrajectory",
          "Ran a 14-lab data-sharing consortium's analysis group; wrote the data standards document",
          "Co-supervised three MSc projects"])
    role("Data Science Intern", "Jun–Sep 2018", "Graymalkin Insights  ·  London, UK",
         ["Twelve-week PhD internship: churn model and uplift analysis for a subscription retailer; the "
          "uplift targeting went into the autumn campaign"])
    role("Graduate Teaching Assistant (part-time)", "Oct 2016 – Jun 2019",
         "School of Biological Sciences, Fenland University  ·  Norwich, UK",
         ["Taught R and statistics practicals to 150 second-year students a year; marked coursework"])
    section("SELECTED PROJECTS")
    f.para("<b>scTrajectory</b> — Python package for single-cell trajectory inference with uncertainty; "
           "340 GitHub stars, used in 20+ published studies.", "Arial", 9, markup=True, after=3)
    f.para("<b>Variant Atlas</b> — Streamlit dashboard that lets bench scientists browse variant effect "
           "predictions; 60 weekly users at Pellucid.", "Arial", 9, markup=True, after=3)
    section("SKILLS")
    for lab, vals in (("Programming", "Python, R, SQL"), ("ML", "PyTorch, scikit-learn, Pyro"),
                      ("Infrastructure", "AWS, Docker, Nextflow"),
                      ("Methods", "Statistical modelling, Experimental design, Causal inference")):
        f.para(f"<b>{lab}:</b> {vals}", "Arial", 9, markup=True, after=3)
    section("EDUCATION")
    for deg, dates, where in (("PhD Computational Biology", "2015 – 2019", "Fenland University"),
                              ("MSc Bioinformatics", "2014 – 2015", "Kestrel Bay University"),
                              ("BSc Biochemistry", "2011 – 2014", "University of Hallow Marsh")):
        f.line(deg, dates, "Arial-B", 9.5, rfont="Arial", after=2)
        f.para(where, "Arial-I", 9, grey, 2 if deg.startswith("PhD") else 4)
        if deg.startswith("PhD"):
            f.para("Thesis: Bayesian models of lineage commitment in haematopoiesis.", "Arial", 8.5, grey, 4)
    section("SELECTED PUBLICATIONS (3 of 14)")
    for p_ in ("Rao-Fitzgerald A, Okoye T, Lindgren M. Uncertainty-aware trajectory inference for single-cell "
               "data. Journal of Computational Cell Biology 12 (2022).",
               "Rao-Fitzgerald A, Banerjee S. Batch effects are a design problem. Genome Methods Letters 8 (2021).",
               "Okoye T, Rao-Fitzgerald A, et al. A consortium atlas of early blood development. Cell Atlas "
               "Reports 4 (2020)."):
        f.para(p_, "Arial", 8.5, after=3)
    c.showPage()
    c.save()


def r18_lukas_ferreira_nkosi(path):
    """Modern timeline resume (A4): dark header band; roles hang off a vertical line with a dot each, dates in
    the left gutter; a company printed once with its two levels ("Software Engineer I / II") under it and an
    "(acquired by ...)" note; skills as pills; education and languages at the bottom."""
    c = new_canvas(path, A4, "CV Lukas Ferreira-Nkosi", "Lukas Ferreira-Nkosi", "Enhancv")
    W, H = A4
    navy = HexColor("#1B2A41")
    accent = HexColor("#2A9D8F")
    grey = HexColor("#5B6470")
    box(c, 0, H - 110, W, 110, fill=navy)
    text(c, "LUKAS FERREIRA-NKOSI", 44, H - 52, "Sans-B", 22, WHITE)
    text(c, "Embedded & Robotics Software Engineer", 44, H - 72, "Sans", 11, HexColor("#A8DADC"))
    text(c, "Munich, Germany  •  +49 151 5550 2291  •  lukas.fnkosi@example.de  •  github.com/lfnkosi", 44,
         H - 92, "Sans", 8.2, WHITE)
    y = H - 136
    para_pdf(c, "Eight years writing software that moves things: motor control, robot fleets and now vehicle "
                "platforms. I like hard real-time problems, clean interfaces and test rigs that catch bugs before "
                "the hardware does.", 44, y, W - 88, "Sans", 8.8, 12, grey)
    y -= 44
    text(c, "EXPERIENCE", 44, y, "Sans-B", 11, navy)
    hline(c, 44, W - 44, y - 5, accent, 1)
    y -= 22
    gx, lx, cx = 118, 128, 140  # gutter right edge, timeline x, content x
    top = y
    cw = W - 44 - cx

    def company(name, place):
        nonlocal y
        text(c, name, cx, y - 10, "Sans-B", 10, navy)
        text(c, place, W - 44, y - 10, "Sans", 8.5, grey, "r")
        y -= 17

    def level(title, dates, items):
        nonlocal y
        c.setFillColor(accent)
        c.circle(lx, y - 6, 3.2, stroke=0, fill=1)
        text(c, dates, gx, y - 9, "Sans", 7.8, accent, "r")
        text(c, title, cx, y - 9, "Sans-B", 9.3)
        y -= 14
        for it in items:
            text(c, "–", cx + 2, y - 8.5, "Sans", 8.5, grey)
            y = para_pdf(c, it, cx + 10, y, cw - 10, "Sans", 8.4, 11, grey) - 1.5
        y -= 6

    company("Ostwind Mobility GmbH & Co. KG", "Munich, Germany")
    level("Software Engineer III", "04/2022 – present",
          ["Tech lead for the vehicle gateway software (C++17, AUTOSAR Adaptive-style services on embedded Linux)",
           "Introduced hardware-in-the-loop regression runs on every merge request; escaped defects fell by half",
           "Interview and onboard engineers for the platform team of 14"])
    company("Quayline Robotics (acquired by Veridian Automation)", "Eindhoven, Netherlands")
    level("Software Engineer II", "09/2019 – 03/2022",
          ["Owned fleet coordination for 300 warehouse robots: path reservation service in Rust and ROS 2",
           "Cut deadlock-related stoppages from weekly to twice a year with a formal model of the reservation "
           "protocol"])
    level("Software Engineer I", "10/2016 – 08/2019",
          ["Motor-control firmware and CAN FD drivers for the drive units; built the Yocto image and update "
           "pipeline"])
    company("Hollerith Messtechnik AG", "Stuttgart, Germany")
    level("Test Engineer Intern", "03/2016 – 08/2016",
          ["Automated end-of-line tests for pressure sensors in Python; wrote the master thesis on the rig"])
    c.setStrokeColor(accent)
    c.setLineWidth(0.8)
    c.line(lx, top - 4, lx, y + 8)
    y -= 6
    text(c, "SKILLS", 44, y, "Sans-B", 11, navy)
    hline(c, 44, W - 44, y - 5, accent, 1)
    y -= 24
    x = 44
    for s in ("C++17", "Rust", "Python", "ROS 2", "Embedded Linux", "CAN / CAN FD", "Yocto", "GitLab CI",
              "Hardware-in-the-loop testing"):
        w = pdfmetrics.stringWidth(s, "Sans", 8.4) + 14
        if x + w > W - 44:
            x = 44
            y -= 20
        box(c, x, y - 5, w, 15, fill=HexColor("#E6F2F1"), stroke=accent, width=0.5, r=6)
        text(c, s, x + 7, y, "Sans", 8.4, navy)
        x += w + 6
    y -= 28
    text(c, "EDUCATION", 44, y, "Sans-B", 11, navy)
    hline(c, 44, W - 44, y - 5, accent, 1)
    y -= 22
    for deg, sch, yrs in (("M.Sc. Electrical Engineering", "Hochschule Rheinauen, Karlsruhe", "2014 – 2016"),
                          ("B.Eng. Mechatronics", "Hochschule Rheinauen, Karlsruhe", "2011 – 2014")):
        text(c, deg, 44, y, "Sans-B", 9.3)
        text(c, yrs, W - 44, y, "Sans", 8.5, grey, "r")
        text(c, sch, 44, y - 12, "Sans", 8.5, grey)
        y -= 28
    text(c, "LANGUAGES", 44, y, "Sans-B", 11, navy)
    hline(c, 44, W - 44, y - 5, accent, 1)
    y -= 20
    text(c, "Portuguese (native)  •  German (C2)  •  English (C1)  •  Dutch (A2)", 44, y, "Sans", 8.8, grey)
    c.showPage()
    c.save()


def r24_thandiwe_dlamini_van_wyk(path):
    """South African CV (A4, two pages): centred title, PERSONAL DETAILS grid (ID number, licence, home
    language, health, criminal record), grey section bars, EMPLOYMENT HISTORY as key/value blocks with
    Company / Position / Period / Location / Duties / Reason for leaving, tertiary and school education,
    computer literacy, references."""
    c = new_canvas(path, A4, "CV - T Dlamini-van Wyk", "Thandiwe", "Microsoft Word 2016")
    W, H = A4
    L, R = 56, W - 56
    bar = HexColor("#D9D9D9")

    def new_page(cv):
        text(cv, "Curriculum Vitae: T.N. Dlamini-van Wyk", W / 2, H - 34, "Arial-I", 8, how="c")
        return H - 56

    f = Flow(c, L, R - L, H - 50, 56, new_page)
    text(c, "CURRICULUM VITAE", W / 2, f.y - 16, "Arial-B", 16, how="c")
    f.gap(34)
    text(c, "THANDIWE NOMSA DLAMINI-VAN WYK", W / 2, f.y, "Arial-B", 12, how="c")
    f.gap(20)

    def bar_head(s):
        f.room(40)
        box(c, L, f.y - 16, R - L, 16, fill=bar)
        text(c, s, L + 6, f.y - 11.5, "Arial-B", 10)
        f.gap(24)

    def kv(rows, kw=150):
        for k, v in rows:
            h = max(12, 12 * (1 + len(v) // 70))
            f.room(h)
            text(c, k, L + 4, f.y - 9, "Arial-B", 9)
            text(c, ":", L + kw - 8, f.y - 9, "Arial", 9)
            f.y = para_pdf(c, v, L + kw, f.y, R - L - kw, "Arial", 9, 12) - 2

    bar_head("PERSONAL DETAILS")
    kv([("Surname", "Dlamini-van Wyk"), ("First names", "Thandiwe Nomsa"), ("Identity number", "910417 0XXX 08X"),
        ("Date of birth", "17 April 1991"), ("Nationality", "South African"), ("Gender", "Female"),
        ("Home language", "isiZulu"), ("Other languages", "English, Afrikaans"),
        ("Driver's licence", "Code 08 (B), own vehicle"), ("Health", "Excellent"), ("Criminal record", "None"),
        ("Contact", "082 555 0173  |  thandiwe.dvw@example.co.za"), ("Address", "14 Jacaranda Crescent, "
                                                                              "Westville, Durban, 3629")])
    bar_head("CAREER OBJECTIVE")
    f.para("A registered Professional Engineering Technologist seeking a senior technologist or project lead role "
           "in roads and stormwater design, where I can take projects from concept design to close-out.", "Arial",
           9, after=4)
    bar_head("EMPLOYMENT HISTORY")

    def job(rows, duties, reason):
        kv(rows)
        f.room(14)
        text(c, "Duties", L + 4, f.y - 9, "Arial-B", 9)
        text(c, ":", L + 142, f.y - 9, "Arial", 9)
        f.y -= 2
        ff = Flow(c, L + 150, R - L - 150, f.y, 56)
        ff.bullets(duties, "Arial", 9, gap=1)
        f.y = ff.y
        kv([("Reason for leaving", reason)])
        f.gap(10)

    job([("Company", "Mzansi Roads & Bridges (Pty) Ltd"), ("Position", "Senior Civil Technologist"),
         ("Period", "February 2020 – Present"), ("Location", "Durban")],
        ["Lead technologist on provincial road rehabilitation contracts up to R180 million",
         "Geometric and stormwater design in Civil 3D; checking of drawings by two junior technologists",
         "Site meetings, payment certificates and variation orders with the resident engineer"],
        "Currently employed")
    job([("Company", "Karoo Consulting Engineers Inc."), ("Position", "Civil Technologist"),
         ("Period", "January 2016 – January 2020"), ("Location", "Bloemfontein")],
        ["Township services design: roads, water reticulation and sewer for four low-cost housing projects",
         "Quantities and tender documents; construction monitoring on site"],
        "Career advancement")
    job([("Company", "Thukela Municipal Services (SOC) Ltd"),
         ("Position", "Candidate Technologist (in-service training)"),
         ("Period", "January 2014 – December 2015"), ("Location", "Pietermaritzburg")],
        ["Completed the in-service training for the National Diploma and the first year of candidacy",
         "Surveying, as-built drawings and GIS updates of the water network"],
        "Contract ended")
    bar_head("EDUCATIONAL QUALIFICATIONS")
    kv([("Tertiary", "BTech Civil Engineering (Transportation) — Tugela University of Technology, 2017"),
        ("", "National Diploma: Civil Engineering — Tugela University of Technology, 2013"),
        ("Secondary", "National Senior Certificate (Matric), Bachelor pass — Westridge Girls' High School, 2009"),
        ("Registration", "ECSA Professional Engineering Technologist (Pr Tech Eng), 2019")])
    bar_head("COMPUTER LITERACY")
    kv([("Design", "Civil 3D, AutoCAD, PROKON, Microsoft Project"), ("Office", "MS Excel, MS Word, MS Outlook")])
    bar_head("REFERENCES")
    kv([("Mr S. Pillay", "Contracts Director, Mzansi Roads & Bridges (Pty) Ltd — 031 555 0144"),
        ("Ms L. Botha", "Associate, Karoo Consulting Engineers Inc. — 051 555 0102")])
    c.showPage()
    c.save()


# =========================================================================================================
# DOCX resumes written with python-docx
# =========================================================================================================
def r02_ishikawa_haruto(path):
    """Japanese rirekisho translated to English: title and "as of" date, a ruled personal-data table with
    furigana, name (surname first, in capitals), birth date, address and a photo box; the year / month / history
    table with centred "Education" and "Work History" rows, promotions as their own rows, "Currently employed"
    and "End"; licences table; free-text boxes (motivation, technical skills, hobbies, personal requests)."""
    d = docx_new("Calibri", 10, (1.6, 1.6, 1.8, 1.8), after=0)
    p = P(d, align="c", after=2)
    run(p, "RESUME (Rirekisho / 履歴書)", b=True, size=16)
    P(d, "As of June 1, 2024", align="r", size=9, after=4)
    borders = {"val": "single", "color": "000000", "sz": 6}
    t = new_table(d, 6, 3, (3.2, 10.0, 4.2), borders)
    rows = [("Furigana", "いしかわ はると"), ("Name", "ISHIKAWA Haruto (石川 陽翔)"),
            ("Date of birth", "March 8, 1991 (age 33)   Sex: Male"),
            ("Address", "〒221-0835  3-9-12 Tsuruya-chō, Kanagawa-ku, Yokohama-shi, Kanagawa"),
            ("Phone", "090-5550-3318 (mobile)"), ("E-mail", "h.ishikawa.robo@example.jp")]
    for i, (k, v) in enumerate(rows):
        cell(t.cell(i, 0), k, b=True, size=9, fill="F2F2F2")
        cell(t.cell(i, 1), v, size=14 if k == "Name" else 10, b=(k == "Name"))
    ph = t.cell(0, 2).merge(t.cell(5, 2))
    cell(ph, "Photo", size=8, color="808080", align="c")
    cell_add(ph, "(3 cm × 4 cm, taken within 3 months)", size=7, color="808080")
    P(d, after=6)
    hist = [("", "", "Education", "c"),
            ("2006", "4", "Entered Minami-Tsurumi Prefectural High School", ""),
            ("2009", "3", "Graduated from Minami-Tsurumi Prefectural High School", ""),
            ("2009", "4", "Entered Hoshimi Institute of Technology, Faculty of Engineering, Department of Mechanical "
                          "Engineering", ""),
            ("2013", "3", "Graduated from Hoshimi Institute of Technology, Faculty of Engineering, Department of "
                          "Mechanical Engineering (Bachelor of Engineering)", ""),
            ("2013", "4", "Entered Hoshimi Institute of Technology, Graduate School of Engineering, Master's Program "
                          "in Mechanical Engineering", ""),
            ("2015", "3", "Completed the Master's Program in Mechanical Engineering, Hoshimi Institute of Technology "
                          "(Master of Engineering)", ""),
            ("", "", "Work History", "c"),
            ("2015", "4", "Joined Kanzaki Precision Industries Co., Ltd.", ""),
            ("2015", "4", "Assigned to the Nagoya Plant as Production Engineer (automation of press lines, jig and "
                          "fixture design)", ""),
            ("2019", "10", "Promoted to Assistant Manager", ""),
            ("2021", "3", "Left Kanzaki Precision Industries Co., Ltd. for personal reasons (career change)", ""),
            ("2021", "4", "Joined Sorahane Robotics K.K. as Robotics Application Engineer (Yokohama Office)", ""),
            ("2023", "4", "Promoted to Senior Application Engineer (customer projects for collaborative robots)", ""),
            ("", "", "Currently employed", "r"),
            ("", "", "End", "r")]
    t = new_table(d, len(hist) + 1, 3, (1.6, 1.2, 14.6), borders)
    for j, h in enumerate(("Year", "Month", "Education and Work History")):
        cell(t.cell(0, j), h, b=True, size=9, align="c", fill="F2F2F2")
    for i, (yr, mo, s, al) in enumerate(hist, start=1):
        cell(t.cell(i, 0), yr, align="c")
        cell(t.cell(i, 1), mo, align="c")
        cell(t.cell(i, 2), s, b=(al == "c"), align=al or None)
    P(d, after=6)
    lic = [("2011", "8", "Ordinary Motor Vehicle Driver's License"),
           ("2016", "11", "Mechanical Design Technician, Grade 2 (certification)"),
           ("2018", "6", "Electrical Work Specialist Education for Industrial Robots (teaching)"),
           ("2022", "1", "TOEIC Listening & Reading Test: 845")]
    t = new_table(d, len(lic) + 1, 3, (1.6, 1.2, 14.6), borders)
    for j, h in enumerate(("Year", "Month", "Licences and Qualifications")):
        cell(t.cell(0, j), h, b=True, size=9, align="c", fill="F2F2F2")
    for i, (yr, mo, s) in enumerate(lic, start=1):
        cell(t.cell(i, 0), yr, align="c")
        cell(t.cell(i, 1), mo, align="c")
        cell(t.cell(i, 2), s)
    P(d, after=6)
    t = new_table(d, 4, 1, (17.4,), borders)
    cell(t.cell(0, 0), "Motivation for applying", b=True, size=9)
    cell_add(t.cell(0, 0), "I want to use six years of factory automation experience and three years of customer "
                           "robot integration to design cells that shop-floor operators can run without an engineer "
                           "present. Your company's work on small-batch welding cells matches this goal.")
    cell(t.cell(1, 0), "Technical skills", b=True, size=9)
    cell_add(t.cell(1, 0), "SolidWorks, CATIA V5, Mitsubishi MELSEC PLC programming, FANUC robot teaching, "
                           "Python, OpenCV")
    cell(t.cell(2, 0), "Hobbies and special abilities", b=True, size=9)
    cell_add(t.cell(2, 0), "Go (amateur 3-dan), long-distance cycling")
    cell(t.cell(3, 0), "Personal requests (salary, job type, working hours, location, etc.)", b=True, size=9)
    cell_add(t.cell(3, 0), "I will follow your company's regulations. Commuting time: about 40 minutes. Dependants "
                           "(excluding spouse): 1. Spouse: Yes.")
    docx_save(d, path, "Ishikawa Haruto")


def r05_larissa_figueiredo_albuquerque(path):
    """Brazilian currículo in English: centred capitals name, "Brazilian, married, 31 years old" and a full
    address with CEP; OBJECTIVE; SUMMARY OF QUALIFICATIONS; ACADEMIC BACKGROUND; PROFESSIONAL EXPERIENCE as bold
    "Company S.A. (City – UF) – MM/YYYY to current" lines with "Position:" and "Main activities:"; courses,
    languages, IT skills and additional information."""
    d = docx_new("Arial", 10, (2.0, 2.0, 2.2, 2.2), after=2)
    P(d, "LARISSA FIGUEIREDO ALBUQUERQUE", b=True, size=15, align="c", after=2)
    P(d, "Brazilian, married, 31 years old", align="c", size=9.5, after=0)
    P(d, "Rua das Acácias, 418 – Apto 302 – Funcionários – Belo Horizonte – MG – CEP 30140-000", align="c",
      size=9.5, after=0)
    P(d, "Phone: (31) 99876-5432  |  E-mail: larissa.albuquerque@example.com.br  |  "
         "linkedin.com/in/larissafalbuquerque", align="c", size=9.5, after=8)

    def sec(s):
        p = P(d, s, b=True, size=10.5, before=8, after=4, keep=True)
        pborder(p, "bottom", "000000", 6, 1)

    sec("OBJECTIVE")
    P(d, "Senior Financial Analyst / Controllership Coordinator")
    sec("SUMMARY OF QUALIFICATIONS")
    bullets(d, ["Nine years in controllership and corporate finance in industrial and banking companies",
                "Month-end closing, cost accounting, budgeting and rolling forecast, management reports",
                "Implementation of SAP FI/CO and migration from TOTVS Protheus",
                "Experience leading a team of four analysts and working with external audit"])
    sec("ACADEMIC BACKGROUND")
    bullets(d, ["MBA in Controllership and Finance – Fundação Mineira de Estudos Empresariais – completed in 2021",
                "Bachelor's degree in Accounting Sciences – Centro Universitário Serra do Curral – 2012 to 2016"])
    sec("PROFESSIONAL EXPERIENCE")

    def job(head, position, acts):
        P(d, head, b=True, before=4, after=1, keep=True)
        p = P(d, after=1)
        run(p, "Position: ", b=True)
        run(p, position)
        p = P(d, after=1)
        run(p, "Main activities: ", b=True)
        run(p, acts)

    job("Companhia Mineira de Laminados S.A. (Belo Horizonte – MG) – 03/2020 to current",
        "Senior Financial Analyst",
        "Coordination of the monthly closing and consolidation of three plants; preparation of management reports "
        "for the board; budget and rolling forecast; cost centre analysis; support to external audit (Big Four) "
        "and to the SAP FI/CO implementation, acting as key user for the controlling module.")
    job("Grupo Serra Azul Ltda. (Contagem – MG) – 01/2017 to 02/2020", "Financial Analyst (mid-level)",
        "Accounts payable and receivable reconciliation; cash flow; standard cost review for 1,200 SKUs; "
        "automation of the management reports in Excel VBA, reducing the closing by two days.")
    job("Banco Cruzeiro do Vale S.A. (Belo Horizonte – MG) – 07/2015 to 12/2016", "Controllership Intern",
        "Support in the preparation of balance sheets and regulatory reports; reconciliation of accounts; "
        "control of fixed assets.")
    sec("COMPLEMENTARY COURSES")
    bullets(d, ["IFRS and CPC pronouncements (40 h) – 2022", "Power BI for Finance (24 h) – 2021",
                "Advanced Excel with VBA (32 h) – 2018"])
    sec("LANGUAGES")
    P(d, "English – advanced (fluent conversation)   |   Spanish – intermediate")
    sec("IT SKILLS")
    P(d, "Excel (VBA, Power Query)  •  Power BI  •  SAP FI/CO  •  TOTVS Protheus  •  SQL")
    sec("ADDITIONAL INFORMATION")
    P(d, "Active registration at CRC-MG. Available for travel. CNH category B.")
    docx_save(d, path, "Larissa F. Albuquerque")


def r09_saskia_van_rijswijk(path):
    """Architect's CV with a career TIMELINE table: a shaded year column ("2023 – now", "2018 – 2023") and a
    description column mixing jobs ("**Title** — Company, City" plus a line of detail), degrees, registration
    and a year out; then Selected projects, Software, Languages."""
    d = docx_new("Calibri Light", 10.5, (2.0, 2.0, 2.2, 2.2), after=2)
    p = P(d, after=0)
    run(p, "Saskia van Rijswijk", b=True, size=22, color="2F4F4F")
    P(d, "Architect  ·  ARB registered (UK)  ·  Architectenregister (NL)", size=10.5, color="5F7F7F", after=2)
    P(d, "Rotterdam, Netherlands  ·  +31 6 5550 8813  ·  saskia@vanrijswijk.example  ·  "
         "vanrijswijk.example/portfolio", size=9, after=8)
    heading(d, "Profile", 12, "2F4F4F")
    P(d, "Architect with eleven years in housing, cultural and retrofit projects in the UK and the Netherlands. "
         "I lead design teams from feasibility to handover and care about buildings that use little energy and "
         "age well.", after=4)
    heading(d, "Timeline", 12, "2F4F4F")
    rows = [("2023 – now", "Senior Architect", " — Velde & Kroon Architecten B.V., Rotterdam",
             "Lead architect for two mass-timber housing schemes (140 and 86 homes); design team of six."),
            ("2019", "Registered as an architect with the ARB", "", ""),
            ("2018 – 2023", "Project Architect", " — Marlowe Hargreaves LLP, London",
             "Stages 2–6 on a £24m library and a listed-building retrofit; contract administration under JCT."),
            ("2017 – 2018", "Postgraduate Diploma in Professional Practice (Part 3)", " — Avonmere University",
             "Completed alongside work."),
            ("2015 – 2018", "Architectural Assistant (Part 2)", " — Ashgrove Studio Ltd, Bristol",
             "Schools and community buildings; Revit families and the office BIM standard."),
            ("2013 – 2015", "MArch Architecture", " — Avonmere University, Bristol",
             "Thesis project: a floating school for the Severn estuary."),
            ("2012 – 2013", "Year out: Architectural Assistant (Part 1)", " — Finch Row Architects, Bath",
             "Residential extensions; planning drawings and models."),
            ("2009 – 2012", "BA (Hons) Architecture", " — Severnside University, Cardiff", "")]
    t = new_table(d, len(rows), 2, (3.2, 13.4), {"val": "single", "color": "BFCFCF", "sz": 4,
                                                  "which": ("insideH", "bottom", "top")})
    for i, (yrs, b_, rest, detail) in enumerate(rows):
        cell(t.cell(i, 0), yrs, b=True, color="2F4F4F", fill="E8F0F0")
        p = t.cell(i, 1).paragraphs[0]
        run(p, b_, b=True)
        if rest:
            run(p, rest)
        if detail:
            cell_add(t.cell(i, 1), detail, size=9.5, color="404040")
    heading(d, "Selected projects", 12, "2F4F4F")
    for name, what in (("Maaskade Housing", "Rotterdam, 2024 – on site: 140 homes in cross-laminated timber"),
                       ("Holloway Lane Library", "London, completed 2022: RIBA Stages 2–6"),
                       ("Clifton Mews Retrofit", "Bristol, completed 2017: EnerPHit retrofit of six mews houses")):
        p = P(d, after=2)
        run(p, name, b=True)
        run(p, " — " + what)
    heading(d, "Software", 12, "2F4F4F")
    P(d, "Revit · ArchiCAD · Rhino + Grasshopper · Enscape · AutoCAD · Adobe InDesign")
    heading(d, "Languages", 12, "2F4F4F")
    P(d, "English (native) · Dutch (B2, NT2 Programme II) · French (school)")
    docx_save(d, path, "Saskia van Rijswijk")


def r13_jordan_pemberton_ruiz(path):
    """Enterprise sales resume: header table (name / contact), PERFORMANCE SNAPSHOT table by fiscal year, then
    EXPERIENCE where each role ("Company | City, ST" over "Title | dates") carries its own small quota table;
    SALES SKILLS & TOOLS; EDUCATION; AWARDS."""
    d = docx_new("Calibri", 10.5, (1.8, 1.8, 2.0, 2.0), after=2)
    t = new_table(d, 1, 2, (10.0, 7.0))
    p = t.cell(0, 0).paragraphs[0]
    run(p, "JORDAN PEMBERTON-RUIZ", b=True, size=18, color="0B3D91")
    cell_add(t.cell(0, 0), "Enterprise Account Executive · B2B SaaS", size=10.5, color="555555")
    cell(t.cell(0, 1), "Denver, CO 80205", size=9, align="r")
    for s in ("(720) 555-0136", "jordan.pr@example.com", "linkedin.com/in/jordanpemberton"):
        q = cell_add(t.cell(0, 1), s, size=9)
        q.alignment = 2
    heading(d, "PERFORMANCE SNAPSHOT", 11, "0B3D91")
    perf = [("Fiscal year", "Quota", "Closed", "Attainment", "Rank"),
            ("FY2024 (H1)", "$700K", "$612K", "87% (on pace)", "—"),
            ("FY2023", "$1.2M", "$1.61M", "134%", "#2 of 38"),
            ("FY2022", "$950K", "$1.08M", "114%", "#6 of 35"),
            ("FY2021", "$820K", "$1.02M", "124%", "#1 of 12"),
            ("FY2020", "$640K", "$705K", "110%", "#3 of 12")]
    t = new_table(d, len(perf), 5, (3.4, 2.8, 2.8, 4.0, 3.0), {"val": "single", "color": "A6A6A6", "sz": 4})
    for i, r_ in enumerate(perf):
        for j, v in enumerate(r_):
            cell(t.cell(i, j), v, b=(i == 0), size=9.5, fill="DCE6F2" if i == 0 else None)
    heading(d, "EXPERIENCE", 11, "0B3D91")

    def role(company, title, dates, items, table):
        p = P(d, before=6, after=0, keep=True)
        run(p, company, b=True, size=11)
        p = P(d, after=2, keep=True)
        tabs(p, (17.0, "r"))
        run(p, title, i=True)
        run(p, "\t" + dates, i=True)
        bullets(d, items)
        if table:
            tt = new_table(d, len(table), len(table[0]), (4.0, 4.0, 4.0, 4.0),
                           {"val": "single", "color": "C0C0C0", "sz": 2})
            for i, r_ in enumerate(table):
                for j, v in enumerate(r_):
                    cell(tt.cell(i, j), v, b=(i == 0), size=8.5, fill="F2F2F2" if i == 0 else None)

    role("Corvalis Software, Inc. | Denver, CO", "Enterprise Account Executive", "Feb 2022 – Present",
         ["Full-cycle sales of the workforce analytics platform to companies with 2,000–20,000 employees in the "
          "Mountain and Central regions; average deal $210K ACV",
          "Closed the company's largest new-logo deal ($640K ACV, three-year term) with a national grocery chain",
          "Built a partner-sourced pipeline with two HR consultancies: 30% of my 2023 bookings"],
         [("Year", "Quota", "Closed", "Attainment"), ("2023", "$1.2M", "$1.61M", "134%"),
          ("2022 (from Feb)", "$950K", "$1.08M", "114%")])
    role("Halyard HR Systems | Denver, CO", "Account Executive, Mid-Market", "Mar 2019 – Jan 2022",
         ["Sold payroll and benefits software to companies with 200–2,000 employees; 45-day average cycle",
          "Ranked #1 of 12 in 2021; President's Club 2020 and 2021"],
         [("Year", "Quota", "Closed", "Attainment"), ("2021", "$820K", "$1.02M", "124%"),
          ("2020", "$640K", "$705K", "110%")])
    role("Halyard HR Systems | Denver, CO", "Sales Development Representative", "Jul 2017 – Feb 2019",
         ["Outbound prospecting for two AEs; 142% of meetings target over six quarters; promoted in 20 months"],
         None)
    heading(d, "SALES SKILLS & TOOLS", 11, "0B3D91")
    P(d, "MEDDICC · Value selling · Forecasting · Salesforce · Outreach · Gong · LinkedIn Sales Navigator")
    heading(d, "EDUCATION", 11, "0B3D91")
    P(d, "B.S. Business Administration (Marketing emphasis) — Front Range State University, Fort Collins, CO — "
         "2017")
    heading(d, "AWARDS", 11, "0B3D91")
    P(d, "President's Club 2020, 2021, 2023 · Corvalis 'Closer of the Year' 2023")
    docx_save(d, path, "Jordan Pemberton-Ruiz")


def r16_oskar_villanueva(path):
    """Two-column Word resume made of one table row: a shaded left sidebar (contact, skills, languages,
    certifications) and a main column whose roles end in different words for "present": "Current", "ongoing",
    and a bare dash ("2020 –")."""
    d = docx_new("Segoe UI", 9.5, (1.2, 1.2, 1.2, 1.2), after=2)
    t = new_table(d, 1, 2, (5.8, 12.8))
    sb, mn = t.cell(0, 0), t.cell(0, 1)
    shade(sb, "263238")
    cell(sb, "OSKAR", b=True, size=20, color="FFFFFF")
    cell_add(sb, "VILLANUEVA", b=True, size=20, color="FFB74D")
    cell_add(sb, "Supply Chain & Planning", size=10, color="FFFFFF", after=10)
    for h, lines in (("CONTACT", ["Leicester, UK", "07700 900288", "oskar.villanueva@example.co.uk",
                                  "linkedin.com/in/oskarvillanueva"]),
                     ("SKILLS", ["S&OP", "Demand planning", "SAP IBP", "Power BI", "Supplier negotiation",
                                 "Inventory optimisation"]),
                     ("LANGUAGES", ["English (fluent)", "Spanish (native)"]),
                     ("CERTIFICATIONS", ["APICS CPIM (2019)", "Lean Six Sigma Green Belt (2017)"])):
        cell_add(sb, h, b=True, size=10, color="FFB74D", after=3)
        for s in lines:
            cell_add(sb, s, size=9, color="FFFFFF", after=1)
        cell_add(sb, "", after=6)
    cell(mn, "PROFILE", b=True, size=11, color="263238", after=3)
    cell_add(mn, "Planning and supply chain manager with ten years in food manufacturing and distribution. I run "
                 "S&OP end to end, from the demand review to the executive meeting, and I teach the subject "
                 "part-time.", after=8)
    cell_add(mn, "EXPERIENCE", b=True, size=11, color="263238", after=3)

    def job(title, company, dates, items):
        p = cell_add(mn, "", after=0)
        run(p, title, b=True, size=10.5)
        p = cell_add(mn, "", after=2)
        tabs(p, (12.4, "r"))
        run(p, company, i=True, color="555555")
        run(p, "\t" + dates, color="555555")
        for it in items:
            cell_add(mn, "", style="List Bullet", after=1).add_run(it)
        cell_add(mn, "", after=4)

    job("Supply Chain Manager", "Harrowfield Foods plc, Leicester", "Jan 2021 – Current",
        ["Lead planning, procurement and logistics for a £140m chilled-foods site (team of 14)",
         "Introduced monthly S&OP; forecast accuracy rose from 68% to 81% and stock cover fell by four days",
         "Renegotiated packaging contracts worth £9m a year during the 2022 price spike"])
    job("Associate Lecturer (part-time)", "Wreake Valley University, Leicester", "Sep 2022 – ongoing",
        ["Teach the Operations Planning module on the MSc Supply Chain Management (one evening a week)"])
    job("Volunteer Logistics Coordinator", "Soar Valley Food Bank, Leicester", "2020 –",
        ["Plan weekly collections and deliveries for 22 distribution points with a team of volunteer drivers"])
    job("Senior Demand Planner", "Calloway Distribution Ltd, Nottingham", "Jun 2016 – Dec 2020",
        ["Owned the demand plan for 3,400 SKUs across grocery and foodservice customers",
         "Implemented SAP IBP demand planning with the project team; trained 30 users"])
    job("Demand Planner", "Calloway Distribution Ltd, Nottingham", "Mar 2014 – May 2016",
        ["Weekly forecast and promotional uplift analysis for two national grocery accounts"])
    cell_add(mn, "EDUCATION", b=True, size=11, color="263238", after=3)
    p = cell_add(mn, "", after=1)
    run(p, "MSc Supply Chain Management", b=True)
    run(p, " — Wreake Valley University, 2014")
    p = cell_add(mn, "", after=1)
    run(p, "BA Economics", b=True)
    run(p, " — Universidad de Valdeverde (Spain), 2012")
    docx_save(d, path, "Oskar Villanueva")


def r19_fiona_adebayo_marsh(path):
    """Word resume built on the built-in styles: Title for the name, Heading 1 for sections, Heading 2 for
    "Company, City" lines whose companies carry plc / GmbH & Co. KG / LLP / Pty Ltd / S.A., then an italic
    "Title<TAB>years" line and bullets."""
    d = docx_new("Cambria", 10.5, (2.0, 2.0, 2.3, 2.3), after=3)
    d.add_paragraph("Fiona Adebayo-Marsh", style="Title")
    P(d, "ACA (ICAEW)  ·  London  ·  +44 7700 900519  ·  fiona.adebayomarsh@example.com", size=9.5, after=6)
    d.add_paragraph("Profile", style="Heading 1")
    P(d, "Chartered accountant and group financial controller. Thirteen years across audit, mining, industrial "
         "manufacturing and a listed holding company, in four countries. Strong on consolidation, IFRS and "
         "building finance teams that close fast.")
    d.add_paragraph("Professional experience", style="Heading 1")

    def job(company, title, years, items):
        d.add_paragraph(company, style="Heading 2")
        p = P(d, after=2)
        tabs(p, (16.4, "r"))
        run(p, title, i=True)
        run(p, "\t" + years)
        bullets(d, items)

    job("Thornbury Holdings plc, London", "Group Financial Controller", "2021 – present",
        ["Own the group close and consolidation for 38 entities in 11 countries; close cut from 12 to 6 days",
         "Led the OneStream implementation and the move to a shared service centre in Kraków",
         "Primary contact for the external auditor and the audit committee on judgements and estimates"])
    job("Weissach Industriepumpen GmbH & Co. KG, Stuttgart", "Finance Manager", "2018 – 2021",
        ["Ran finance for the pump division (€310m revenue): HGB and IFRS reporting, budgeting, treasury",
         "Migrated the division to SAP S/4HANA with a three-day cut-over and no late filing"])
    job("Harcourt Lyle LLP, London", "Senior Auditor", "2015 – 2018",
        ["Audit senior on listed and private clients in industrials and mining; teams of up to eight"])
    job("Coralline Minerals Pty Ltd, Perth, WA", "Financial Analyst", "2012 – 2014",
        ["Cost reporting and capex tracking for two open-pit gold mines"])
    job("Atlântico Seguros S.A., Lisbon", "Graduate Accountant", "2011 – 2012",
        ["One-year graduate placement in the reporting team of an insurer; Solvency II data preparation"])
    d.add_paragraph("Key skills", style="Heading 1")
    P(d, "IFRS reporting; Consolidation; SAP S/4HANA; OneStream; Power BI; Treasury management")
    d.add_paragraph("Education and qualifications", style="Heading 1")
    P(d, "ACA, Institute of Chartered Accountants in England and Wales, 2017", after=2)
    P(d, "BSc Economics and Accounting, Northcliffe University, 2011", after=2)
    d.add_paragraph("Languages", style="Heading 1")
    P(d, "English (native), Yoruba (fluent), German (B2), Portuguese (B1)")
    docx_save(d, path, "Fiona Adebayo-Marsh")


def r23_rhiannon_fairbairn(path):
    """UK teacher CV: a key-details table (QTS, TRN, DBS, subject), TEACHING EXPERIENCE and OTHER EXPERIENCE
    with the dates in a left tab column and "Title, School, City" bold/regular lines, EDUCATION AND TRAINING
    (PGCE, degree), SKILLS, referees on request."""
    d = docx_new("Calibri", 10.5, (1.8, 1.8, 2.0, 2.0), after=2)
    P(d, "Rhiannon Fairbairn", b=True, size=20, color="7B2D26", after=0)
    P(d, "Teacher of Geography  ·  Sheffield  ·  07700 900774  ·  r.fairbairn@example.org.uk", size=9.5,
      color="555555", after=6)
    t = new_table(d, 2, 4, (3.2, 5.3, 3.2, 5.3), {"val": "single", "color": "BFBFBF", "sz": 4})
    for (r_, c_), s, b_ in (((0, 0), "QTS", True), ((0, 1), "Yes (2016), TRN 1654321", False),
                            ((0, 2), "DBS", True), ((0, 3), "Enhanced, on the Update Service", False),
                            ((1, 0), "Subject", True), ((1, 1), "Geography (11–18)", False),
                            ((1, 2), "Notice", True), ((1, 3), "Half term (31 October)", False)):
        cell(t.cell(r_, c_), s, b=b_, size=9.5, fill="F4EAE9" if b_ else None)

    def sec(s):
        p = P(d, s.upper(), b=True, size=11, color="7B2D26", before=10, after=3, keep=True)
        pborder(p, "bottom", "7B2D26", 6, 1)

    def job(dates, title, where, items):
        p = P(d, before=4, after=1, keep=True, indent=4.4, first=-4.4)
        tabs(p, (4.4, "l"))
        run(p, dates, color="555555")
        run(p, "\t" + title, b=True)
        run(p, ", " + where)
        for it in items:
            q = P(d, it, style="List Bullet", after=1)
            q.paragraph_format.left_indent = Cm(5.0)

    sec("Profile")
    P(d, "Geography teacher and head of department with eight years in two Sheffield secondary schools. I build "
         "fieldwork into every key stage and have raised GCSE outcomes in both schools.")
    sec("Teaching experience")
    job("Sept 2020 – present", "Head of Geography", "Larchfield Academy, Sheffield",
        ["Lead a department of five teachers; rewrote the KS3 curriculum around local fieldwork",
         "GCSE grade 4+ rose from 58% to 71% in three years; A level entries doubled"])
    job("Sept 2016 – Aug 2020", "Teacher of Geography", "Hallam Park School, Sheffield",
        ["NQT year 2016–17; KS3–KS5 teaching; Year 9 pastoral lead from 2018",
         "Ran the Duke of Edinburgh expedition programme"])
    sec("Other experience")
    job("Summers 2014, 2015", "Field Studies Tutor (seasonal)", "Kinder Edge Field Studies Centre, Edale",
        ["Led river and upland fieldwork days for visiting school groups aged 10–18"])
    sec("Education and training")
    P(d, "PGCE Secondary Geography, Don Valley University, 2016 (with QTS recommendation)", after=2)
    P(d, "BA (Hons) Geography, Wolds University, 2015 (2:1)", after=2)
    sec("Skills")
    bullets(d, ["GIS (ArcGIS Online)", "Fieldwork planning", "Curriculum design", "Behaviour management", "SIMS",
                "Google Classroom"])
    sec("References")
    P(d, "Available on request.")
    docx_save(d, path, "Rhiannon Fairbairn")


# =========================================================================================================
# Word files converted to PDF by LibreOffice
# =========================================================================================================
def r06_elin_bergqvist_docx(path):
    """Swedish CV: a header table with a grey photo box on the left and name, headline, personal data (born,
    family, driving licence) on the right; Profile; Work experience and Education as two-column tables (dates
    "2020-08 – present" on the left; bold title, italic "Company AB, City" and text on the right); Skills
    (Kompetenser); Languages; Other."""
    d = docx_new("Calibri", 10.5, (1.8, 1.8, 2.0, 2.0), after=2)
    t = new_table(d, 1, 2, (3.6, 13.4))
    t.rows[0].height = Cm(4.4)
    ph = t.cell(0, 0)
    shade(ph, "C9CED6")
    cell(ph, "", size=8)
    nm = t.cell(0, 1)
    cell(nm, "Elin Bergqvist", b=True, size=22, color="1F3A5F")
    cell_add(nm, "Product Owner · logistics and insurance", size=11, color="4A6A8A", after=6)
    for s in ("Born 12 March 1990 · married, two children", "Linnégatan 42, 413 04 Göteborg",
              "+46 70 555 18 42 · elin.bergqvist@example.se", "Driving licence: B"):
        cell_add(nm, s, size=9.5, after=1)
    P(d, after=4)

    def sec(s):
        heading(d, s, 12, "1F3A5F", before=8)

    def rows(data):
        t_ = new_table(d, len(data), 2, (3.6, 13.4))
        for i, (dates, title, where, desc) in enumerate(data):
            cell(t_.cell(i, 0), dates, size=9.5, color="4A6A8A")
            cell(t_.cell(i, 1), title, b=True)
            if where:
                cell_add(t_.cell(i, 1), where, i=True)
            if desc:
                cell_add(t_.cell(i, 1), desc, size=9.5, after=6)

    sec("Profile")
    P(d, "Product owner with a business-analysis background. I turn operational problems into backlogs that "
         "teams can deliver, and I like measuring whether we actually fixed them.")
    sec("Work experience")
    rows([("2020-08 – present", "Product Owner", "Fjällbacka Logistik AB, Göteborg",
           "Owns the driver app and the route-planning backlog for 1,400 drivers; two Scrum teams. Launched "
           "digital proof of delivery, cutting disputed deliveries by 38%."),
          ("2017-03 – 2020-07", "Business Analyst", "Nordvind Försäkring AB, Stockholm",
           "Requirements and process models (BPMN 2.0) for the claims platform replacement; acceptance tests "
           "with the claims handlers."),
          ("2015-09 – 2017-02", "Junior Business Analyst", "Nordvind Försäkring AB, Stockholm",
           "Reporting and data quality for the motor insurance line; SQL and Power BI."),
          ("2013-06 – 2013-08", "Customer Service Assistant (summer job)", "Västkust Energi AB, Uddevalla", "")])
    sec("Education")
    rows([("2010 – 2015", "Master of Science in Industrial Engineering and Management",
           "Kattegatt University of Technology, Göteborg", "Civilingenjör. Thesis on last-mile delivery planning."),
          ("2007 – 2010", "Natural Science Programme", "Majorna Gymnasium, Göteborg", "")])
    sec("Skills")
    P(d, "Backlog management · Jira · Confluence · SQL · Power BI · BPMN 2.0")
    sec("Languages")
    P(d, "Swedish (native) · English (fluent) · German (basic)")
    sec("Other")
    P(d, "Certified Scrum Product Owner (PSPO I, 2019). Board member of the local orienteering club.")
    docx_save(d, path, "Elin Bergqvist")


def r11_jessamy_tait_docx(path):
    """Hospitality CV with seasonal jobs: a shaded header band (name, "Hospitality · Front of House · Seasonal",
    contact); Profile; Experience with bold titles, italic "Company — Place" and season dates on a right tab
    ("Winter seasons 2022–23 and 2023–24", "Summers 2016, 2017 & 2018"); Skills; Qualifications & licences;
    Education; Languages."""
    d = docx_new("Calibri", 10.5, (1.5, 1.8, 1.8, 1.8), after=2)
    t = new_table(d, 1, 1, (17.4,))
    band = t.cell(0, 0)
    shade(band, "2E6F5E")
    cell(band, "JESSAMY TAIT", b=True, size=22, color="FFFFFF")
    cell_add(band, "Hospitality · Front of House · Seasonal", size=11, color="DDEFE9")
    cell_add(band, "Inverness & the Alps  |  07700 900860  |  jessamy.tait@example.com  |  Full UK licence",
             size=9, color="FFFFFF", after=4)

    def sec(s):
        heading(d, s, 12, "2E6F5E", before=10)

    def job(title, where, dates, items):
        p = P(d, before=4, after=0, keep=True)
        run(p, title, b=True)
        p = P(d, after=1, keep=True)
        tabs(p, (17.2, "r"))
        run(p, where, i=True)
        run(p, "\t" + dates, color="555555")
        bullets(d, items, size=10)

    sec("Profile")
    P(d, "Friendly, calm front-of-house lead with eight seasons in Scottish hotels and Alpine chalets. Happy "
         "running a 60-cover restaurant, a busy bar or a ten-guest chalet on my own.")
    sec("Experience")
    job("Assistant Restaurant Manager", "The Heron & Anchor Inn — Portree, Isle of Skye",
        "April 2024 – present (summer season)",
        ["Run the 60-cover restaurant on the manager's days off; rotas for 12 staff",
         "Introduced an allergen matrix and tablet ordering; complaints about waits halved"])
    job("Chalet Host", "Alpenglow Chalets Sàrl — Verbier, Switzerland", "Winter seasons 2022–23 and 2023–24",
        ["Sole host of a ten-guest catered chalet: breakfast, afternoon tea and a three-course dinner six "
         "days a week", "Managed the chalet budget and the weekly changeover"])
    job("Bar Supervisor", "The Saltire Arms Hotel — Oban", "Summer seasons 2022 and 2023",
        ["Supervised a bar team of five; stock takes and cellar management; cocktail list for the terrace"])
    job("Food & Beverage Supervisor", "Quayside Collection Hotels plc — Aberdeen", "March 2019 – March 2022",
        ["Breakfast and banqueting supervisor in a 120-room hotel; weddings of up to 180 guests",
         "Kept the team together through the 2020 furlough and the reopening"])
    job("Waitress (summer seasons)", "Glen Orrin Lodge — Fort William", "Summers 2016, 2017 & 2018",
        ["Silver service in the lodge restaurant while studying"])
    sec("Skills")
    P(d, "Opera PMS · Lightspeed EPOS · Cash handling · Wine service · Team rota planning · Allergen management")
    sec("Qualifications & licences")
    bullets(d, ["Personal Licence (Scotland), 2021", "REHIS Elementary Food Hygiene", "WSET Level 2 Award in Wines",
                "First Aid at Work (2023)"], size=10)
    sec("Education")
    P(d, "BA Hospitality Management, Strathmore Coast University, 2018")
    sec("Languages")
    P(d, "English (native), French (conversational), German (basic)")
    docx_save(d, path, "Jessamy Tait")


def r21_andres_montoya_restrepo_docx(path):
    """Colombian hoja de vida in English: bilingual title, a PERSONAL DATA table (cédula, place and date of
    birth, marital status), PROFESSIONAL PROFILE, ACADEMIC TRAINING and WORK EXPERIENCE as field tables
    (Company / City / Position / Period / Immediate supervisor / Phone / Functions), TECHNICAL SKILLS, LANGUAGES,
    PERSONAL REFERENCES, signature line."""
    d = docx_new("Arial", 10, (1.8, 1.8, 2.2, 2.2), after=2)
    P(d, "HOJA DE VIDA / CURRICULUM VITAE", b=True, size=14, align="c", after=2)
    P(d, "Andrés Felipe Montoya Restrepo", b=True, size=13, align="c", after=8)
    borders = {"val": "single", "color": "808080", "sz": 4}

    def sec(s):
        p = P(d, s, b=True, size=10.5, before=8, after=3, keep=True)
        shade(p, "D9E2F3")

    def fields(data, widths=(4.6, 12.0)):
        t = new_table(d, len(data), 2, widths, borders)
        for i, (k, v) in enumerate(data):
            cell(t.cell(i, 0), k, b=True, size=9.5, fill="F2F2F2")
            if isinstance(v, list):
                cell(t.cell(i, 1), "")
                cell_bullets(t.cell(i, 1), v, size=9.5)
            else:
                cell(t.cell(i, 1), v, size=9.5)
        P(d, after=4)

    sec("PERSONAL DATA / DATOS PERSONALES")
    fields([("Identity document", "Cédula de ciudadanía No. 1.045.XXX.XXX of Barranquilla"),
            ("Place and date of birth", "Barranquilla, Atlántico – 21 September 1991"),
            ("Marital status", "Single"), ("Address", "Carrera 53 # 79-120, Apto 804, Barranquilla"),
            ("Mobile", "+57 300 555 2741"), ("E-mail", "andres.montoya.r@example.com.co")])
    sec("PROFESSIONAL PROFILE / PERFIL PROFESIONAL")
    P(d, "Mechanical engineer with a specialization in maintenance management and nine years in heavy-vehicle "
         "fleets and metalworking plants. Experience in reliability-centred maintenance, SAP PM and team "
         "leadership of up to 35 technicians.")
    sec("ACADEMIC TRAINING / FORMACIÓN ACADÉMICA")
    fields([("Specialization", "Specialization in Maintenance Management"),
            ("Institution", "Instituto Superior de Gestión Industrial del Caribe"), ("Year of graduation", "2018")])
    fields([("Undergraduate", "Mechanical Engineer"),
            ("Institution", "Corporación Universitaria del Magdalena Medio"), ("Year of graduation", "2014")])
    fields([("Secondary", "Bachiller Académico"), ("Institution", "Colegio San Lucas de Soledad"),
            ("Year", "2008")])
    sec("WORK EXPERIENCE / EXPERIENCIA LABORAL")
    fields([("Company", "Transportes Andinos del Caribe S.A.S."), ("City", "Barranquilla"),
            ("Position", "Fleet Maintenance Manager"), ("Period", "March 2019 – to date"),
            ("Immediate supervisor", "Eng. Luz Marina Pérez, Operations Director"), ("Phone", "(605) 555 3310"),
            ("Functions", ["Maintenance of 240 tractor-trailers and 60 buses; team of 35 technicians",
                           "Implemented SAP PM and an RCM plan; availability rose from 86% to 94%",
                           "Annual maintenance budget of COP 9,800 million"])])
    fields([("Company", "Industrias Metálicas del Valle S.A."), ("City", "Cali"),
            ("Position", "Maintenance Engineer"), ("Period", "February 2015 – February 2019"),
            ("Immediate supervisor", "Eng. Hernán Castaño, Plant Manager"), ("Phone", "(602) 555 8870"),
            ("Functions", ["Preventive and predictive maintenance of presses, furnaces and rolling mills",
                           "Vibration analysis route and root cause analysis of critical failures"])])
    fields([("Company", "Cementos Río Claro S.A."), ("City", "Medellín"),
            ("Position", "Maintenance Engineering Intern"), ("Period", "July 2014 – December 2014"),
            ("Immediate supervisor", "Eng. Carlos Agudelo"), ("Phone", "(604) 555 1209"),
            ("Functions", ["Professional internship: lubrication plan and spare-parts catalogue for the kiln area"])])
    sec("TECHNICAL SKILLS / COMPETENCIAS TÉCNICAS")
    P(d, "SAP PM – Reliability-centred maintenance (RCM) – Vibration analysis – Root cause analysis – AutoCAD – "
         "MS Project")
    sec("LANGUAGES / IDIOMAS")
    P(d, "Spanish: native. English: B2 (intermediate-high).")
    sec("PERSONAL REFERENCES / REFERENCIAS PERSONALES")
    P(d, "Mauricio Jaramillo – Civil Engineer, Constructora Bahía Dorada S.A.S. – (300) 555 7781", after=1)
    P(d, "Paola Andrea Ríos – Accountant – (315) 555 0046", after=12)
    P(d, "______________________________", after=0)
    P(d, "ANDRÉS FELIPE MONTOYA RESTREPO", b=True, after=0)
    P(d, "C.C. 1.045.XXX.XXX of Barranquilla", size=9)
    docx_save(d, path, "Andres Montoya")


# =========================================================================================================
# job descriptions: DOCX
# =========================================================================================================
def jd07_carrick_vale_graduate_process_engineer(path):
    """Vacancy notice form: company name in the page header, "VACANCY NOTICE" and a reference, a field table
    (Position / Department / Reports to / Location / Closing date / Intake) holding the only statement of the
    title, then Overview, Key responsibilities, Candidate requirements, Desirable, Benefits, How to apply."""
    d = docx_new("Arial", 10, (2.0, 2.0, 2.2, 2.2), after=3)
    hp = d.sections[0].header.paragraphs[0]
    run(hp, "CARRICK & VALE PROCESS ENGINEERING LTD", b=True, size=9, color="00506E")
    run(hp, "   ·   Registered in Scotland SC512877", size=8, color="808080")
    P(d, "VACANCY NOTICE", b=True, size=16, color="00506E", after=0)
    P(d, "Ref: CVPE-GR-2024-07", size=9, color="808080", after=8)
    t = new_table(d, 6, 2, (4.0, 12.6), {"val": "single", "color": "9FB6C3", "sz": 4})
    for i, (k, v) in enumerate((("Position:", "Graduate Process Engineer"), ("Department:", "Process Design"),
                                ("Reports to:", "Lead Process Engineer"), ("Location:", "Grangemouth, Falkirk"),
                                ("Closing date:", "30 June 2024"), ("Intake:", "September 2024"))):
        cell(t.cell(i, 0), k, b=True, fill="E6EEF2")
        cell(t.cell(i, 1), v)

    def sec(s):
        P(d, s, b=True, size=11, color="00506E", before=10, after=3, keep=True)

    sec("Overview")
    P(d, "Carrick & Vale designs and upgrades process plant for the chemicals, energy-transition and water "
         "sectors. Our two-year graduate programme rotates you through process design, commissioning support and "
         "a site placement, with a chartership mentor from day one.")
    sec("Key responsibilities")
    bullets(d, ["Prepare heat and mass balances and process flow diagrams under supervision",
                "Size equipment such as pumps, vessels and heat exchangers",
                "Take part in HAZOP studies and record actions", "Support commissioning teams on client sites"])
    sec("Candidate requirements")
    bullets(d, ["A 2:1 or higher MEng or BEng in Chemical Engineering (or expected in summer 2024)",
                "Working knowledge of process simulation (Aspen HYSYS or similar)",
                "Clear written and spoken English", "Full UK driving licence, or working towards one"])
    sec("Desirable")
    bullets(d, ["An industrial placement or summer internship in a process industry",
                "Experience with Python or VBA for engineering calculations", "Student membership of IChemE"])
    sec("Benefits")
    P(d, "Salary £31,500 rising to £35,000 after year one; 28 days' holiday plus public holidays; 8% employer "
         "pension contribution; IChemE membership paid.")
    sec("How to apply")
    P(d, "Send your CV and a one-page cover letter quoting the reference above to careers@carrickvale.example.")
    P(d, "Carrick & Vale Process Engineering Ltd is an equal opportunities employer and a Disability Confident "
         "Committed organisation.", i=True, size=9, before=6)
    docx_save(d, path, "Carrick & Vale HR")


def jd08_tamarack_lane_intermediate_software_developer(path):
    """Canadian employer posting: the company name as a banner, then pipe-separated key lines ("Role: X |
    Location: Y | Type: Z", "Team: ... | Salary: ..."), About us, What you'll do, What you bring, Assets,
    Why Tamarack Lane, an accommodation statement."""
    d = docx_new("Calibri", 10.5, (2.0, 2.0, 2.2, 2.2), after=3)
    P(d, "Tamarack Lane Financial", b=True, size=18, color="2C5F2D", after=0)
    P(d, "Careers", size=10, color="97BC62", after=8)
    p = P(d, after=1)
    run(p, "Role: ", b=True)
    run(p, "Intermediate Software Developer")
    run(p, "  |  ")
    run(p, "Location: ", b=True)
    run(p, "Winnipeg, MB (hybrid, 2 days in office)")
    run(p, "  |  ")
    run(p, "Type: ", b=True)
    run(p, "Full-time, permanent")
    p = P(d, after=8)
    run(p, "Team: ", b=True)
    run(p, "Member Digital")
    run(p, "  |  ")
    run(p, "Salary: ", b=True)
    run(p, "$82,000 – $98,000 CAD")
    run(p, "  |  ")
    run(p, "Posting closes: ", b=True)
    run(p, "July 5, 2024")

    def sec(s):
        P(d, s, b=True, size=12, color="2C5F2D", before=8, after=3, keep=True)

    sec("About us")
    P(d, "Tamarack Lane Financial is a member-owned financial co-operative serving 190,000 members across "
         "Manitoba and Saskatchewan. Our Member Digital team builds the online and mobile banking experience.")
    sec("What you'll do")
    bullets(d, ["Build and maintain features in our online banking platform (C#, .NET 8, Angular)",
                "Write automated tests and take part in code reviews",
                "Work with designers and business analysts to refine stories",
                "Share on-call support for member-facing services during business hours"])
    sec("What you bring")
    bullets(d, ["3-5 years of professional software development experience",
                "Solid C# and .NET experience, including Web APIs",
                "Experience with a modern front-end framework, ideally Angular",
                "Comfort with SQL Server and writing efficient queries",
                "A diploma or degree in computer science or equivalent experience"])
    sec("Assets")
    bullets(d, ["Experience in banking, credit unions or another regulated industry",
                "Familiarity with Azure DevOps pipelines", "Knowledge of accessibility standards (WCAG 2.1 AA)",
                "Fluency in French"])
    sec("Why Tamarack Lane")
    P(d, "Defined-benefit pension, annual profit share, four weeks' vacation to start, paid volunteer days and a "
         "learning budget of $2,000 a year.")
    P(d, "Tamarack Lane Financial is committed to an inclusive, barrier-free recruitment process. "
         "Accommodations are available on request.", i=True, size=9.5)
    docx_save(d, path, "Tamarack Lane People & Culture")


def jd12_brenntal_embedded_software_developer(path):
    """German Mittelstand posting in English: company and "family-owned since 1962" strap, the title with
    "(m/f/d)", location / start / contract line, Your tasks, Your profile, Nice to have, What we offer, contact
    person with reference number."""
    d = docx_new("Arial", 10, (2.0, 2.0, 2.2, 2.2), after=3)
    P(d, "Brenntal Antriebstechnik GmbH & Co. KG", b=True, size=13, color="B22222", after=0)
    P(d, "Drive technology · family-owned since 1962 · 1,150 employees worldwide", size=9, color="666666",
      after=10)
    P(d, "We are looking for you as", size=10, after=0)
    P(d, "Embedded Software Developer (m/f/d)", b=True, size=17, after=2)
    P(d, "Location: Heilbronn  ·  Start: as soon as possible  ·  Full-time, permanent", size=9.5, color="444444",
      after=8)
    P(d, "Our electric drives move conveyor systems, stage technology and agricultural machines. For our "
         "development department in Heilbronn we are looking for reinforcement for the firmware of our new servo "
         "inverter family.")

    def sec(s):
        P(d, s, b=True, size=11.5, color="B22222", before=8, after=3, keep=True)

    sec("Your tasks")
    bullets(d, ["Development of firmware for motor control and communication on ARM Cortex-M microcontrollers",
                "Implementation of fieldbus protocols (EtherCAT, CANopen)",
                "Creation of unit and integration tests, participation in code reviews",
                "Close cooperation with hardware development, testing and production"])
    sec("Your profile")
    bullets(d, ["Completed degree in electrical engineering, computer science or a comparable qualification",
                "At least 5 years of professional experience in embedded software development",
                "Very good knowledge of C and C++ for microcontrollers",
                "Experience with real-time operating systems such as FreeRTOS",
                "Good German and English skills"])
    sec("Nice to have")
    bullets(d, ["Knowledge of functional safety (IEC 61508)", "Experience with motor control algorithms (FOC)",
                "Experience with Python for test automation"])
    sec("What we offer")
    bullets(d, ["Collective agreement of the metal and electrical industry (IG Metall)", "30 days of vacation",
                "Flexible working hours and up to 2 days of mobile work per week", "Company bicycle leasing",
                "Company restaurant"])
    P(d, "Interested? Then send us your application documents, stating reference number 2024-117, to our contact "
         "person Ms Katrin Vogelsang, Human Resources, jobs@brenntal.example.", before=6)
    docx_save(d, path, "Brenntal HR")


# =========================================================================================================
# job descriptions: PDF
# =========================================================================================================
def jd06_tollgate_freight_lead_data_engineer(path):
    """Careers one-pager whose first line is the company tagline ("Making freight boring again."), then the
    wordmark, the title with a pill row (location, type, salary), The role, What you'll do, What you need,
    Nice to have, Benefits, footer URL."""
    c = new_canvas(path, A4, "Lead Data Engineer | Tollgate Freight", "Tollgate Freight", "Figma")
    W, H = A4
    ink = HexColor("#14213D")
    amber = HexColor("#FCA311")
    grey = HexColor("#4A4A4A")
    L, R = 56, W - 56
    text(c, "Making freight boring again.", L, H - 70, "Serif-I", 24, ink)
    box(c, L, H - 92, 60, 5, fill=amber)
    text(c, "TOLLGATE FREIGHT", L, H - 116, "Sans-B", 10, amber)
    text(c, "Lead Data Engineer", L, H - 150, "Sans-B", 22, ink)
    x = L
    for s in ("Leeds or remote (UK)", "Full-time", "£85k – £100k + options"):
        w = pdfmetrics.stringWidth(s, "Sans", 8.5) + 16
        box(c, x, H - 180, w, 17, fill=HexColor("#E5E5E5"), r=8)
        text(c, s, x + 8, H - 174, "Sans", 8.5, ink)
        x += w + 8
    f = Flow(c, L, R - L, H - 200, 50)

    def sec(s):
        f.gap(6)
        f.line(s, font="Sans-B", size=11.5, color=ink, after=5)

    sec("The role")
    f.para("Tollgate Freight books 30,000 truck journeys a month for UK manufacturers. Our pricing, matching and "
           "ETA models all run on a data platform that a team of four built in two years. You will lead that "
           "team, set its technical direction and still write a fair amount of the code.", "Sans", 9, grey, 2)
    sec("What you'll do")
    f.bullets(["Lead four data engineers: planning, reviews, hiring and growth",
               "Own the platform: Kafka, dbt on Snowflake, Dagster and our event contracts",
               "Work with pricing and operations to turn messy telematics into reliable datasets",
               "Set standards for testing, data quality and cost"], "Sans", 9, color=grey)
    sec("What you need")
    f.bullets(["6+ years in data engineering, with at least one leading a team or a major platform",
               "Strong SQL and Python", "Production experience with Kafka or a similar event-streaming system",
               "Experience running dbt or a similar transformation framework at scale",
               "A habit of writing things down"], "Sans", 9, color=grey)
    sec("Nice to have")
    f.bullets(["Logistics, mobility or marketplace experience", "Geospatial data (PostGIS, H3)",
               "Terraform and AWS"], "Sans", 9, color=grey)
    sec("Benefits")
    f.para("Share options, 30 days' holiday, a £1,500 learning budget, a home-office allowance and a team week "
           "in Leeds every quarter.", "Sans", 9, grey, 2)
    hline(c, L, R, 60, amber, 1)
    text(c, "tollgatefreight.example/careers  ·  We reply to every application within ten working days.", L, 46,
         "Sans", 7.8, grey)
    c.showPage()
    c.save()


def jd11_linnet_trust_digital_fundraising_manager(path):
    """Charity candidate information pack (two pages): a cover block with the charity, "Candidate Information
    Pack" and the role; About us, The role, Key responsibilities, Terms; page two a Person Specification table
    with Essential / Desirable tick columns, and How to apply with the closing date."""
    c = new_canvas(path, A4, "Candidate Information Pack - Digital Fundraising Manager", "The Linnet Trust",
                   "Adobe InDesign 19.4")
    W, H = A4
    plum = HexColor("#5B2A86")
    grey = HexColor("#3C3C3C")
    L, R = 56, W - 56
    box(c, 0, H - 200, W, 200, fill=plum)
    text(c, "The Linnet Trust", L, H - 60, "Serif-B", 16, WHITE)
    text(c, "Helping young carers be young too · Registered charity no. 1190447", L, H - 78, "Sans", 8.5,
         HexColor("#D9C8EA"))
    text(c, "Candidate Information Pack", L, H - 130, "Sans", 12, HexColor("#D9C8EA"))
    text(c, "Digital Fundraising Manager", L, H - 160, "Sans-B", 24, WHITE)
    text(c, "Salary £38,000 – £42,000 (Band C)  ·  Hybrid, Bristol office  ·  Permanent, 35 hours", L, H - 182,
         "Sans", 9, WHITE)

    def new_page(cv):
        text(cv, "The Linnet Trust · Candidate Information Pack", L, H - 36, "Sans", 7.5, plum)
        return H - 60

    f = Flow(c, L, R - L, H - 226, 60, new_page)

    def sec(s):
        f.room(60)
        f.gap(4)
        f.line(s, font="Sans-B", size=12, color=plum, after=6)

    sec("About us")
    f.para("The Linnet Trust supports 9,000 young carers across the South West with breaks, mentoring and "
           "school support. Our income is £6.2m, a third of it from individual givers.", "Sans", 9.2, grey, 3)
    sec("The role")
    f.para("You will lead our digital fundraising: paid social, search, email journeys and our online "
           "community events. You will manage a Digital Fundraising Officer and work closely with our brand "
           "and data teams.", "Sans", 9.2, grey, 3)
    sec("Key responsibilities")
    f.bullets(["Plan and deliver digital acquisition campaigns for regular giving and events",
               "Own the email supporter journeys and their testing programme",
               "Manage a digital budget of £450k and report return on investment monthly",
               "Line-manage the Digital Fundraising Officer",
               "Make sure our fundraising meets the Code of Fundraising Practice and GDPR"], "Sans", 9.2,
              color=grey)
    sec("Terms")
    f.para("Pension 6% employer contribution; 27 days' annual leave plus bank holidays; an extra day off for "
           "your birthday; flexible and compressed hours considered.", "Sans", 9.2, grey, 3)
    c.showPage()
    y = new_page(c)
    text(c, "Person Specification", L, y - 14, "Sans-B", 14, plum)
    y -= 30
    rows = [["Criteria", "Essential", "Desirable"],
            ["Four or more years' experience in digital fundraising or digital marketing", "✓", ""],
            ["A track record of running paid social and search campaigns with measurable results", "✓", ""],
            ["Experience of building and testing email journeys", "✓", ""],
            ["Confident managing budgets and reporting on return on investment", "✓", ""],
            ["Experience of line management", "✓", ""],
            ["Knowledge of the Code of Fundraising Practice and GDPR", "✓", ""],
            ["Experience of regular-giving products", "", "✓"],
            ["Experience with a supporter CRM such as Dynamics or Salesforce", "", "✓"],
            ["Personal or professional understanding of caring responsibilities", "", "✓"]]
    y = grid(c, L, y, [R - L - 160, 80, 80], rows, "Sans", 9, 5, head_fill=HexColor("#E9DDF4"),
             head_font="Sans-B", line_color=HexColor("#B9A3CF"))
    y -= 24
    text(c, "How to apply", L, y, "Sans-B", 12, plum)
    para_pdf(c, "Send your CV and a supporting statement (no more than two pages) showing how you meet the "
                "person specification to recruitment@linnettrust.example. Closing date: 12 July 2024 at 9am. "
                "Interviews: 23 and 24 July 2024 in Bristol.", L, y - 8, R - L, "Sans", 9.2, 12.5, grey)
    c.showPage()
    c.save()


# =========================================================================================================
# build lists
# =========================================================================================================
PDF_RESUMES = [r01_elliot_marchbanks, r07_theodora_quinlan, r14_anjali_rao_fitzgerald, r18_lukas_ferreira_nkosi,
               r24_thandiwe_dlamini_van_wyk]
DOCX_RESUMES = [r02_ishikawa_haruto, r05_larissa_figueiredo_albuquerque, r09_saskia_van_rijswijk,
                r13_jordan_pemberton_ruiz, r16_oskar_villanueva, r19_fiona_adebayo_marsh, r23_rhiannon_fairbairn]
CONVERTED = {"r06_elin_bergqvist": r06_elin_bergqvist_docx,
             "r11_jessamy_tait": r11_jessamy_tait_docx,
             "r21_andres_montoya_restrepo": r21_andres_montoya_restrepo_docx}
JD_DOCX = [jd07_carrick_vale_graduate_process_engineer, jd08_tamarack_lane_intermediate_software_developer,
           jd12_brenntal_embedded_software_developer]
JD_PDF = [jd06_tollgate_freight_lead_data_engineer, jd11_linnet_trust_digital_fundraising_manager]


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
