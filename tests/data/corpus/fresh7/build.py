"""Rebuild the PDF and DOCX documents of the seventh fresh set from the content held in this script.

    /work/main/.venv/bin/python tests/data/corpus/fresh7/build.py

reportlab draws six of the resume PDFs and the one PDF job description (canvas drawing, invariant=1, TrueType
DejaVu / Liberation fonts); python-docx writes the DOCX files (fixed core properties, fixed ZIP entry
timestamps); two resumes (r06, r16) are Word files that LibreOffice (`soffice --headless --convert-to pdf`)
turns into PDF, and those PDFs are rewritten through pypdf with fixed metadata and a fixed document ID so that
a rebuild gives the same bytes. TXT and Markdown documents are committed as written and are not touched here.

Everything is fictional: every person, employer, client, agency, school and project was invented for this set.
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
    Cm,
    P,
    Paragraph,
    ParagraphStyle,
    Pt,
    box,
    bullets,
    col_widths,
    docx_new,
    docx_save,
    escape,
    first_par,
    hline,
    new_canvas,
    para_pdf,
    pborder,
    pdfmetrics,
    run,
    shade,
    tabs,
    tborders,
    text,
)

RES = os.path.join(HERE, "resumes")
JDS = os.path.join(HERE, "job_descriptions")
TAG = "fresh7"
buildkit.TAG = TAG


# =========================================================================================================
def para_h(s, w, font="Sans", size=9, lead=None, markup=False):
    st = ParagraphStyle("p", fontName=font, fontSize=size, leading=lead or size * 1.32)
    return Paragraph(s if markup else escape(s), st).wrap(w, 5000)[1]


class Flow:
    """A y cursor over one text column that starts a new page (and calls new_page) when it runs out."""

    def __init__(self, c, x, w, top, bottom, new_page=None):
        self.c, self.x, self.w, self.top, self.bottom, self.new_page = c, x, w, top, bottom, new_page
        self.y = top

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            if self.new_page:
                self.new_page(self.c)
            self.y = self.top

    def space(self, h):
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

    def row(self, left, right, font="Sans", size=9, rfont=None, color=BLACK, rcolor=None, after=None, lx=0):
        self.need(size * 1.4)
        self.y -= size
        text(self.c, left, self.x + lx, self.y, font, size, color)
        if right:
            text(self.c, right, self.x + self.w, self.y, rfont or font, size, rcolor or color, "r")
        self.y -= (size * 0.4 if after is None else after)


# =========================================================================================================
# PDF resumes drawn with reportlab
# =========================================================================================================
LI_BLUE = HexColor("#0A66C2")
LI_GREY = HexColor("#5E6B78")
LI_SIDE = HexColor("#EEF1F4")


def r01_tobias_wrenfield(path):
    """LinkedIn 'Save to PDF' profile export: grey sidebar (Contact, Top Skills, Languages, Certifications) on
    page 1, main column with company, title, 'Month Year - Present (n years m months)', location."""
    W, H = LETTER
    c = new_canvas(path, LETTER, "Tobias Wrenfield", "LinkedIn", "LinkedIn")
    side_w = 190

    def footer(cv):
        text(cv, "Page %d of 2" % cv.getPageNumber(), W / 2, 24, "Arial", 8, LI_GREY, "c")

    # sidebar (page 1 only)
    box(c, 0, 0, side_w, H, fill=LI_SIDE)
    sy = H - 50
    sx = 26

    def side_head(s):
        nonlocal sy
        text(c, s, sx, sy, "Arial-B", 12, BLACK)
        sy -= 18

    def side_line(s, font="Arial", size=9, color=BLACK):
        nonlocal sy
        text(c, s, sx, sy, font, size, color)
        sy -= 13

    side_head("Contact")
    side_line("tobias.wrenfield@mailbox.example")
    side_line("www.linkedin.com/in/tobiaswrenfield", color=LI_BLUE)
    side_line("(LinkedIn)", color=LI_GREY)
    side_line("tobiaswrenfield.example/writing", color=LI_BLUE)
    side_line("(Blog)", color=LI_GREY)
    sy -= 14
    side_head("Top Skills")
    for s in ("Go-to-Market Strategy", "Competitive Intelligence", "Product Positioning"):
        side_line(s)
    sy -= 14
    side_head("Languages")
    side_line("English (Native or Bilingual)")
    side_line("German (Professional Working")
    side_line("Proficiency)")
    sy -= 14
    side_head("Certifications")
    side_line("Certified Product Marketer")
    side_line("Pricing Strategy Masterclass")
    sy -= 14
    side_head("Honors-Awards")
    side_line("Launch of the Year, RevTech")
    side_line("Summit 2023")

    mx, mw = side_w + 34, W - side_w - 34 - 40
    footer(c)
    f = Flow(c, mx, mw, H - 44, 50, new_page=footer)
    text(c, "Tobias Wrenfield", mx, H - 66, "Arial", 24, BLACK)
    f.y = H - 78
    f.para("Director of Product Marketing at Harrowgate Software | B2B SaaS launches, pricing and "
           "competitive strategy", "Arial", 11.5, 15, BLACK, after=4)
    f.para("Denver, Colorado, United States", "Arial", 10, color=LI_GREY, after=16)
    text(c, "Summary", mx, f.y - 14, "Arial", 15, BLACK)
    f.y -= 24
    f.para("I help technical products find the words that make buyers say \u201cthat's exactly our problem.\u201d "
           "Twelve years in marketing, nine in product marketing for analytics and workflow software. I've "
           "built PMM teams from one person to seven, run more than forty launches, and rebuilt pricing twice "
           "without losing a customer over it.", "Arial", 10, 14, after=18)
    text(c, "Experience", mx, f.y - 14, "Arial", 15, BLACK)
    f.y -= 26

    def company(name, total=None):
        f.need(40)
        f.para(name, "Arial-B", 12, 15, after=1)
        if total:
            f.para(total, "Arial", 10, color=LI_GREY, after=6)

    def role(title, dates, loc, desc, bl=None):
        f.need(60)
        f.para(title, "Arial", 11.5, 14, after=1)
        f.para(dates, "Arial", 10, color=LI_GREY, after=1)
        if loc:
            f.para(loc, "Arial", 10, color=LI_GREY, after=5)
        if desc:
            f.para(desc, "Arial", 10, 13.5, after=3)
        if bl:
            f.bullets(bl, "Arial", 10, mark="-", indent=9, gap=1)
        f.space(10)

    company("Harrowgate Software", "6 years 2 months")
    role("Director of Product Marketing", "March 2022 - Present (2 years 5 months)",
         "Denver, Colorado, United States",
         "Lead a team of seven product marketers across the analytics and automation product lines.",
         ["Repositioned the platform from \u201creporting tool\u201d to \u201coperations analytics\u201d; "
          "win rate against the top two competitors rose from 31% to 44%.",
          "Ran the 2023 packaging change (three tiers to usage-based add-ons) with Finance and Sales.",
          "Built the competitive intelligence program: battlecards, win/loss interviews, quarterly teardown."])
    role("Senior Product Marketing Manager", "June 2018 - February 2022 (3 years 9 months)",
         "Denver, Colorado, United States",
         "First product marketing hire. Launched the workflow builder and the partner marketplace; "
         "wrote the messaging framework that Sales still uses.")
    company("Quillbrook Analytics")
    role("Product Marketing Manager", "August 2015 - May 2018 (2 years 10 months)",
         "Boulder, Colorado, United States",
         "Owned launches, sales enablement and analyst relations for a self-serve BI product; grew trial "
         "sign-ups 2.4x through landing-page and onboarding experiments.")
    company("Tessmer & Vail Communications")
    role("Marketing Coordinator", "July 2012 - July 2015 (3 years 1 month)", "Chicago, Illinois",
         "Agency side: press releases, trade-show logistics and case studies for industrial and software "
         "clients.")
    f.space(6)
    f.need(120)
    text(c, "Education", mx, f.y - 14, "Arial", 15, BLACK)
    f.y -= 26
    f.para("Northmere College", "Arial-B", 12, 15, after=2)
    f.para("Bachelor of Arts - BA, Communication and Media Studies \u00b7 (2008 - 2012)", "Arial", 10,
           color=LI_GREY, after=10)
    c.showPage()
    c.save()


def r05_ilse_marchetti(path):
    """Academic CV, two pages: serif, centred name, small-caps section rules, dates in a left column,
    appointments, education, publications, grants, teaching, technical skills, service."""
    W, H = LETTER
    c = new_canvas(path, LETTER, "Curriculum Vitae - Ilse Marchetti", "Ilse Marchetti", "Microsoft Word")
    L, R = 66, W - 66
    DX = L + 78

    def header(cv):
        text(cv, "Ilse Marchetti \u2014 Curriculum Vitae", L, H - 40, "Times-I", 9, HexColor("#555555"))
        text(cv, "%d" % cv.getPageNumber(), R, H - 40, "Times", 9, HexColor("#555555"), "r")

    f = Flow(c, L, R - L, H - 60, 56, new_page=header)
    text(c, "Ilse Marchetti, Ph.D.", W / 2, H - 70, "Times-B", 18, BLACK, "c")
    text(c, "Department of Biology, Halvorsen University \u00b7 1120 Lakeview Drive, Duluth, MN 55812",
         W / 2, H - 88, "Times", 10, BLACK, "c")
    text(c, "imarchetti@halvorsen.example \u00b7 (218) 555-0174 \u00b7 ORCID 0000-0002-0000-0000",
         W / 2, H - 101, "Times", 10, BLACK, "c")
    f.y = H - 118

    def section(s):
        f.need(40)
        f.space(8)
        text(c, s.upper(), L, f.y - 11, "Times-B", 11, BLACK)
        hline(c, L, R, f.y - 15, BLACK, 0.5)
        f.y -= 22

    def dated(d, s, markup=False, after=4, font="Times", size=10.5):
        h = para_h(s, R - DX, font, size, 13.5, markup)
        f.need(h)
        text(c, d, L, f.y - size, "Times", size)
        f.y = para_pdf(c, s, DX, f.y, R - DX, font, size, 13.5, markup=markup) - after

    section("Academic Appointments")
    dated("2021\u2013present", "<b>Assistant Professor</b>, Department of Biology, Halvorsen University, Duluth, MN",
          markup=True)
    dated("2018\u20132021", "<b>Postdoctoral Research Fellow</b>, Calder Marine Laboratory, Newport, OR "
          "(with Dr. A. Whitlow)", markup=True)
    dated("2017\u20132018", "<b>Visiting Researcher</b>, Seewald Institute for Limnology, Konstanz, Germany",
          markup=True)
    section("Education")
    dated("2017", "<b>Ph.D. Ecology and Evolutionary Biology</b>, Whitcombe University<br/>Dissertation: "
          "<i>Food-web responses to thermal stratification in northern lakes</i>. Advisor: R. Okonjo",
          markup=True)
    dated("2011", "<b>B.S. Biology</b>, magna cum laude, Larchmont College", markup=True)
    section("Research Interests")
    f.para("Freshwater food webs; climate-driven change in lake thermal structure; stable isotope ecology; "
           "environmental DNA for biodiversity monitoring.", "Times", 10.5, 13.5, after=2)
    section("Peer-Reviewed Publications")
    pubs = [
        "<b>Marchetti, I.</b>, Duarte, P. &amp; Lindqvist, S. (2024). Earlier stratification shortens the "
        "pelagic season for cold-water fishes. <i>Freshwater Biology Letters</i> 19: 211\u2013224.",
        "Soto-Kramer, L., <b>Marchetti, I.</b> &amp; Bayliss, T. (2023). eDNA metabarcoding detects rare "
        "sculpins missed by gill-net surveys. <i>Journal of Aquatic Monitoring</i> 8: 45\u201358.",
        "<b>Marchetti, I.</b> &amp; Whitlow, A. (2021). Stable isotopes reveal nearshore subsidies to "
        "offshore consumers. <i>Limnology Reports</i> 66: 1402\u20131415.",
        "<b>Marchetti, I.</b>, Okonjo, R. &amp; Feld, M. (2019). Thermal refugia and food-chain length in "
        "boreal lakes. <i>Ecosphere Notes</i> 10: e02871.",
        "Okonjo, R., <b>Marchetti, I.</b> &amp; Harrow, J. (2016). A 20-year record of zooplankton "
        "phenology. <i>Northern Lakes Research</i> 41: 77\u201390.",
    ]
    for i, p in enumerate(pubs, 1):
        dated("%d." % i, p, markup=True, after=5)
    section("Grants and Fellowships")
    dated("2023\u20132026", "Great Lakes Basin Research Fund, \u201cWarming, stratification and "
          "food-web length\u201d (PI), $412,000")
    dated("2022", "Halvorsen University Early Career Seed Grant (PI), $25,000")
    dated("2018\u20132020", "Calder Marine Laboratory Postdoctoral Fellowship")
    section("Teaching")
    dated("2021\u2013present", "BIOL 3410 Limnology (lecture and field lab); BIOL 5200 Quantitative Ecology "
          "(graduate); Halvorsen University")
    dated("2013\u20132016", "Graduate Teaching Assistant, General Ecology and Biostatistics, Whitcombe University")
    section("Mentoring")
    f.para("Current: 2 Ph.D. students, 1 M.S. student, 4 undergraduate researchers. Former: 3 M.S. "
           "students (all now in agency or consulting positions).", "Times", 10.5, 13.5, after=2)
    section("Technical Skills")
    f.para("R, Stan, Bayesian hierarchical models, QGIS, stable isotope analysis, eDNA metabarcoding, "
           "scientific diving", "Times", 10.5, 13.5, after=2)
    section("Service")
    dated("2022\u2013present", "Associate Editor, <i>Freshwater Biology Letters</i>", markup=True)
    dated("2021\u2013present", "Graduate Admissions Committee, Department of Biology, Halvorsen University")
    dated("2019", "Co-organiser, Upper Midwest Limnology Workshop, Duluth, MN")
    c.showPage()
    c.save()


PINE = HexColor("#1F2A44")
CORAL = HexColor("#E0684B")


def r09_anouk_verhaegen(path):
    """Designer two-column resume: dark sidebar with initials badge, contact, skill pills and language dots;
    main column with 'Title at Company' lines, right-aligned month ranges, city lines, selected work."""
    W, H = A4
    c = new_canvas(path, A4, "Anouk Verhaegen - CV", "Anouk Verhaegen", "Figma")
    side = 186
    box(c, 0, 0, side, H, fill=PINE)
    c.setFillColor(CORAL)
    c.circle(side / 2, H - 80, 38, fill=1, stroke=0)
    text(c, "AV", side / 2, H - 90, "Sans-B", 26, WHITE, "c")
    y = H - 150
    sx = 22

    def shead(s):
        nonlocal y
        text(c, s.upper(), sx, y, "Sans-B", 9.5, CORAL)
        y -= 16

    shead("Contact")
    for s in ("Rotterdam, the Netherlands", "+31 6 1234 5678", "anouk@verhaegen.example",
              "verhaegen.example/work"):
        text(c, s, sx, y, "Sans", 8.5, WHITE)
        y -= 13
    y -= 12
    shead("Skills")
    pills = ["User research", "Interaction design", "Figma", "Prototyping", "Design systems",
             "Usability testing", "Workshop facilitation", "Adobe Illustrator", "HTML/CSS"]
    px = sx
    for s in pills:
        w = pdfmetrics.stringWidth(s, "Sans", 8) + 14
        if px + w > side - 14:
            px = sx
            y -= 20
        box(c, px, y - 5, w, 15, fill=HexColor("#33415F"), r=7)
        text(c, s, px + 7, y, "Sans", 8, WHITE)
        px += w + 5
    y -= 34
    shead("Languages")
    for lang, n in (("Dutch", 5), ("English", 5), ("French", 3), ("German", 2)):
        text(c, lang, sx, y, "Sans", 8.5, WHITE)
        for i in range(5):
            c.setFillColor(CORAL if i < n else HexColor("#46526E"))
            c.circle(sx + 80 + i * 11, y + 3, 3.5, fill=1, stroke=0)
        y -= 15
    y -= 12
    shead("Education")
    for s, col in (("MA Interaction Design", WHITE), ("Academie Noorderlicht, 2019", HexColor("#C9D0DE")),
                   ("BA Communication and", WHITE), ("Multimedia Design", WHITE),
                   ("Hogeschool Westerschelde, 2015", HexColor("#C9D0DE"))):
        text(c, s, sx, y, "Sans", 8.5, col)
        y -= 12

    mx, mw = side + 30, W - side - 30 - 34
    text(c, "Anouk Verhaegen", mx, H - 70, "Sans-B", 26, PINE)
    text(c, "Product designer for mobility and public services", mx, H - 92, "Sans", 11, CORAL)
    f = Flow(c, mx, mw, H - 112, 40)
    f.para("Eleven years turning messy, real-world journeys \u2014 commuting, permits, parking \u2014 into "
           "calm, accessible products. I lead small design teams, run research myself and like working "
           "close to engineers.", "Sans", 9.5, 13.5, HexColor("#333333"), after=14)
    text(c, "EXPERIENCE", mx, f.y - 10, "Sans-B", 10.5, PINE)
    hline(c, mx, mx + mw, f.y - 15, CORAL, 1.2)
    f.y -= 26

    def job(title, comp, dates, city, bl):
        f.need(50)
        f.y -= 10
        c.setFillColor(PINE)
        c.setFont("Sans-B", 10.5)
        c.drawString(mx, f.y, title + " at " + comp)
        text(c, dates, mx + mw, f.y, "Sans", 8.5, HexColor("#666666"), "r")
        f.y -= 13
        text(c, city, mx, f.y, "Sans-I", 8.5, HexColor("#666666"))
        f.y -= 6
        f.bullets(bl, "Sans", 9, mark="\u2013", indent=9, gap=1.5, color=HexColor("#222222"), lead=12)
        f.space(8)

    job("Lead Product Designer", "Koraal Mobility", "Apr 2022 \u2013 now", "Rotterdam",
        ["Lead a team of three designers for the Koraal rider app (1.8M monthly users) and operator tools.",
         "Redesigned ticket purchase: checkout completion up from 71% to 86%.",
         "Set up a monthly research panel with riders who use screen readers."])
    job("Senior UX Designer", "Studio Brandaris", "Sep 2019 \u2013 Mar 2022", "Amsterdam",
        ["Design lead on municipal service projects: residents' parking permits, bulky-waste pickup, "
         "building-permit status tracker.",
         "Started the studio's accessibility review, now part of every project."])
    job("UX Designer", "Grachtwerk Digital", "Feb 2017 \u2013 Aug 2019", "Utrecht",
        ["Wireframes, prototypes and usability tests for e-commerce and insurance clients."])
    job("Junior Visual Designer", "Studio Brandaris", "Aug 2015 \u2013 Jan 2017", "Amsterdam",
        ["Icons, illustrations and presentation design; first steps into interaction design."])
    f.space(4)
    text(c, "SELECTED WORK", mx, f.y - 10, "Sans-B", 10.5, PINE)
    hline(c, mx, mx + mw, f.y - 15, CORAL, 1.2)
    f.y -= 24
    for name, desc in (("Koraal Rider App 3.0", "Trip planning and ticketing rebuilt around real-time "
                        "disruptions; WCAG 2.2 AA."),
                       ("Havenpas", "Digital port-access pass for 6,000 contractors, replacing paper forms."),
                       ("Tulp Design System", "Open component library for a group of Dutch municipalities; "
                        "38 components, tokens in Figma and code.")):
        f.para("<b>%s</b> \u2014 %s" % (escape(name), escape(desc)), "Sans", 9, 12.5, after=5, markup=True)
    c.showPage()
    c.save()


def r13_victor_amankwah(path):
    """One-page banking resume (classic finance format): Times, centred capitalised name, education first,
    company bold with city right-aligned, title italic with dates right-aligned, two roles under one company
    heading, 'Additional Information' with a 'Skills:' line."""
    W, H = LETTER
    c = new_canvas(path, LETTER, "Victor Amankwah Resume", "Victor Amankwah", "Microsoft Word")
    L, R = 54, W - 54
    f = Flow(c, L, R - L, H - 48, 40)
    text(c, "VICTOR AMANKWAH", W / 2, H - 58, "Times-B", 16, BLACK, "c")
    text(c, "245 West 71st Street, Apt 6C, New York, NY 10023 | (646) 555-0139 | v.amankwah@mailbox.example",
         W / 2, H - 72, "Times", 10, BLACK, "c")
    f.y = H - 82

    def section(s):
        f.space(6)
        f.need(30)
        text(c, s, L, f.y - 11, "Times-B", 11)
        hline(c, L, R, f.y - 14, BLACK, 0.8)
        f.y -= 18

    def two(lft, rgt, lf="Times-B", rf="Times-B", size=10.5):
        f.row(lft, rgt, lf, size, rfont=rf, after=3)

    def bl(items):
        f.bullets(items, "Times", 10.5, mark="\u2022", indent=12, gap=0.5, lead=12.5, left=8)

    section("EDUCATION")
    two("Harwell School of Business", "New York, NY")
    two("Master of Business Administration, concentration in Finance", "May 2019", "Times-I", "Times")
    bl(["Merit Fellowship; President, Private Equity Club; GMAT 750"])
    f.space(3)
    two("Abbotsleigh College", "Hartford, CT")
    two("Bachelor of Arts in Economics, cum laude", "May 2013", "Times-I", "Times")
    bl(["Varsity track and field (400m); Economics Department Prize for best senior thesis"])
    section("EXPERIENCE")
    two("Calloway Hart & Co.", "New York, NY")
    two("Vice President", "Jan 2023 \u2013 Present", "Times-I", "Times")
    bl(["Lead execution of leveraged loan and high-yield financings for sponsor-backed buyouts; closed 14 "
        "transactions totalling $9.6B since promotion",
        "Manage deal teams of two associates and three analysts; own credit memos and rating-agency "
        "presentations"])
    two("Associate", "Jul 2019 \u2013 Dec 2022", "Times-I", "Times")
    bl(["Built LBO and debt-capacity models for 30+ pitches; structured the $1.4B term loan B for a "
        "healthcare services carve-out",
        "Co-led summer analyst training on credit modelling (2021, 2022)"])
    f.space(3)
    two("Ridley Beaumont Partners", "New York, NY")
    two("Summer Associate", "Jun 2018 \u2013 Aug 2018", "Times-I", "Times")
    bl(["Middle-market private equity; screened 40 opportunities and drafted the investment memo for a "
        "$120M specialty chemicals platform acquisition"])
    f.space(3)
    two("Pemberton Lowe Capital", "Boston, MA")
    two("Senior Analyst", "Jun 2015 \u2013 Jul 2017", "Times-I", "Times")
    bl(["Credit research on industrials and business services issuers for a $6B leveraged credit fund",
        "Wrote quarterly portfolio reviews presented to the investment committee"])
    two("Analyst", "Jul 2013 \u2013 May 2015", "Times-I", "Times")
    bl(["Maintained models and covenant trackers for 45 portfolio credits"])
    section("ADDITIONAL INFORMATION")
    f.para("<b>Skills:</b> Financial modelling, LBO analysis, Credit analysis, Excel, VBA, Bloomberg Terminal, "
           "Capital IQ, FactSet", "Times", 10.5, 13, after=2, markup=True)
    f.para("<b>Certifications:</b> CFA Charterholder (2017)", "Times", 10.5, 13, after=2, markup=True)
    f.para("<b>Languages:</b> English (native), Twi (fluent), French (conversational)", "Times", 10.5, 13,
           after=2, markup=True)
    f.para("<b>Interests:</b> Marathon running (Boston 2022), West African highlife records, youth "
           "financial-literacy volunteering", "Times", 10.5, 13, after=2, markup=True)
    c.showPage()
    c.save()


def r20_beatriz_salgado_whitmore(path):
    """Hybrid / functional resume: qualifications summary, 'Areas of Expertise' grid with check marks,
    achievements grouped by theme, then a short 'Employment History' of one-line entries with year ranges,
    education, certification."""
    W, H = LETTER
    c = new_canvas(path, LETTER, "Resume", "Beatriz Salgado-Whitmore", "Microsoft Word")
    L, R = 56, W - 56
    TEAL = HexColor("#1D6E6A")
    text(c, "Beatriz Salgado-Whitmore", L, H - 62, "Serif-B", 20, TEAL)
    text(c, "Office Manager \u00b7 Healthcare & Property Administration", L, H - 80, "Serif-I", 10.5)
    for i, s in enumerate(("Sacramento, CA 95822", "(916) 555-0153", "bsalgadow@mailbox.example")):
        text(c, s, R, H - 52 - i * 13, "Sans", 8.5, BLACK, "r")
    hline(c, L, R, H - 92, TEAL, 1.5)
    f = Flow(c, L, R - L, H - 102, 44)

    def section(s):
        f.space(6)
        f.need(30)
        text(c, s, L, f.y - 12, "Serif-B", 12, TEAL)
        f.y -= 20

    section("Summary of Qualifications")
    f.bullets(["Thirteen years keeping busy offices running: front desk, billing, vendors, facilities and people.",
               "Trusted with budgets up to $1.1M and payroll for 28 staff across three locations.",
               "Calm under pressure; the person colleagues call when the server, the HVAC or the schedule breaks."],
              "Sans", 9.5, mark="\u25aa", indent=12, gap=2, lead=13)
    section("Areas of Expertise")
    items = ["Office operations", "Vendor management", "Accounts payable", "Payroll processing",
             "Patient scheduling", "HIPAA compliance", "QuickBooks Online", "Microsoft 365", "Dentrix",
             "Event planning", "Staff onboarding", "Facilities coordination"]
    colw = (R - L) / 3
    for i in range(0, len(items), 3):
        f.need(14)
        for j, it in enumerate(items[i:i + 3]):
            text(c, "\u2713", L + j * colw, f.y - 10, "Sans", 9.5, TEAL)
            text(c, it, L + j * colw + 14, f.y - 10, "Sans", 9.5)
        f.y -= 15
    section("Selected Achievements")
    for head, bl in (
            ("Operations", ["Opened a third dental location in 2022: lease, build-out schedule, IT, supplies and "
                            "hiring of nine staff, ready two weeks early.",
                            "Renegotiated supply and janitorial contracts, saving $46,000 a year."]),
            ("Finance & billing", ["Cut insurance claim denials from 14% to 5% by adding a pre-visit "
                                   "eligibility check.",
                                   "Moved bookkeeping from spreadsheets to QuickBooks Online; month-end now "
                                   "takes two days instead of six."]),
            ("People", ["Wrote the employee handbook and onboarding checklist for all three offices.",
                        "Trained and scheduled 11 front-desk and billing staff."])):
        f.para(head, "Sans-B", 9.5, 13, after=1)
        f.bullets(bl, "Sans", 9.5, mark="\u25aa", indent=12, gap=1.5, lead=13)
        f.space(3)
    section("Employment History")
    for left, right in (("Office Manager, Haverford Dental Partners, Sacramento, CA", "2018\u2013Present"),
                        ("Administrative Coordinator, Wexley Property Group, Sacramento, CA", "2014\u20132018"),
                        ("Front Desk Receptionist, Greenhaven Family Medicine, Elk Grove, CA", "2011\u20132014")):
        f.row(left, right, "Sans", 9.5, rfont="Sans-B", after=6)
    section("Education")
    f.row("A.A. Business Administration, Sierra Foothill College", "2011", "Sans", 9.5, after=6)
    section("Certification")
    f.row("Certified Administrative Professional (CAP)", "2020", "Sans", 9.5, after=6)
    c.showPage()
    c.save()


def r23_dominik_havel(path):
    """Two-page engineering resume: shaded header band, running header with page numbers on page 2,
    title bold left with dates right, company italic with city, a career-break note between roles,
    'Key Projects', grouped 'Technical Skills', education and certifications."""
    W, H = LETTER
    c = new_canvas(path, LETTER, "Dominik Havel - Resume", "Dominik Havel", "Microsoft Word")
    L, R = 54, W - 54
    NAVY = HexColor("#21344F")
    box(c, 0, H - 96, W, 96, fill=HexColor("#E9EDF2"))
    text(c, "DOMINIK HAVEL", L, H - 46, "Arial-B", 22, NAVY)
    text(c, "Quality Engineering \u00b7 Aerospace Structures \u00b7 ASQ CQE", L, H - 64, "Arial", 11, NAVY)
    text(c, "Wichita, KS 67205  |  (316) 555-0181  |  dominik.havel@mailbox.example  |  "
            "linkedin.com/in/dominikhavel", L, H - 82, "Arial", 9)

    def page2(cv):
        text(cv, "Dominik Havel", L, H - 40, "Arial-B", 9, NAVY)
        text(cv, "Page %d of 2" % cv.getPageNumber(), R, H - 40, "Arial", 9, NAVY, "r")
        hline(cv, L, R, H - 46, NAVY, 0.6)

    f = Flow(c, L, R - L, H - 60, 48, new_page=page2)
    f.y = H - 110

    def section(s):
        f.space(6)
        f.need(40)
        text(c, s.upper(), L, f.y - 12, "Arial-B", 11.5, NAVY)
        hline(c, L, R, f.y - 16, NAVY, 0.8)
        f.y -= 24

    section("Professional Summary")
    f.para("Quality engineer with 15 years in aerospace manufacturing, from the shop floor to principal "
           "engineer. I lead root-cause investigations, build inspection strategies that catch problems "
           "early, and get suppliers to the same standard as our own lines. Comfortable in front of "
           "customers' auditors and the FAA.", "Arial", 10, 13.5, after=2)
    section("Employment")

    def job(title, dates, comp, city, bl):
        f.need(70)
        f.row(title, dates, "Arial-B", 10.5, rfont="Arial", after=3)
        f.row(comp + ", " + city, "", "Arial-I", 10, after=4)
        f.bullets(bl, "Arial", 10, mark="\u2022", indent=12, gap=1.5, lead=13)
        f.space(7)

    job("Principal Quality Engineer", "Feb 2020 \u2013 Present", "Vanterpool Aerostructures", "Wichita, KS",
        ["Technical authority for quality on fuselage and wing-spar programs; approve all first-article "
         "inspections and major nonconformance dispositions.",
         "Led the 8D investigation into fastener-hole elongation that had cost $2.3M a year in rework; "
         "escapes dropped to zero for 18 months.",
         "Mentor five quality engineers; chair the weekly Material Review Board."])
    job("Senior Quality Engineer", "Oct 2016 \u2013 Jan 2020", "Vanterpool Aerostructures", "Wichita, KS",
        ["Owned quality planning for the composite stringer line (AS9100 / AS9145 APQP).",
         "Introduced statistical process control on autoclave cure data; scrap rate fell 37%."])
    f.need(30)
    f.para("<i>Career break, Jan 2016 \u2013 Sep 2016: relocated with family and prepared for the ASQ "
           "Certified Quality Engineer exam (passed June 2016).</i>", "Arial", 10, 13.5, after=9, markup=True)
    job("Quality Engineer", "May 2011 \u2013 Dec 2015", "Brennerhof Precision Castings", "Tulsa, OK",
        ["Supported investment-cast turbine components for three engine OEMs; ran PPAP and FAI submissions.",
         "Built the plant's first gauge R&R program; measurement-related escapes fell by half.",
         "Led supplier audits in the US and Mexico."])
    job("Manufacturing Technician", "Jun 2008 \u2013 Apr 2011", "Arkhaven Turbine Services",
        "Oklahoma City, OK",
        ["Repair and overhaul of turbine engine components; NDT Level II (fluorescent penetrant)."])
    section("Key Projects")
    for name, desc in (("Wing Spar NDT Automation", "replaced manual ultrasonic inspection of wing spars with "
                        "a robotic cell; inspection time per spar down from 9 hours to 2.5."),
                       ("Supplier PPAP Overhaul", "rebuilt supplier approval around risk tiers; 140 suppliers "
                        "re-qualified in one year without a line stoppage."),
                       ("Digital MRB", "moved nonconformance reports from paper to a shared workflow; average "
                        "disposition time from 11 days to 3.")):
        f.para("<b>%s</b> \u2014 %s" % (name, desc), "Arial", 10, 13.5, after=4, markup=True)
    section("Technical Skills")
    for head, vals in (("Quality systems", "AS9100, AS9145, APQP, PPAP, First Article Inspection"),
                       ("Problem solving", "8D, Root cause analysis, FMEA, Statistical process control"),
                       ("Tools", "Minitab, CATIA V5, PC-DMIS, SAP QM"),
                       ("Inspection", "Ultrasonic testing, Fluorescent penetrant inspection, CMM programming")):
        f.para("<b>%s:</b> %s" % (head, vals), "Arial", 10, 13.5, after=3, markup=True)
    section("Education")
    f.row("M.S. Quality Systems Engineering, Prairie Crest University", "2019", "Arial", 10, after=5)
    f.row("B.S. Mechanical Engineering Technology, Osage Hills State University", "2008", "Arial", 10, after=5)
    section("Certifications")
    f.row("ASQ Certified Quality Engineer (CQE)", "2016", "Arial", 10, after=5)
    f.row("ASQ Certified Six Sigma Black Belt", "2021", "Arial", 10, after=5)
    f.row("NAS 410 NDT Level II \u2013 Penetrant Testing", "2010", "Arial", 10, after=5)
    c.showPage()
    c.save()


def jd09_ostrander_foods_maintenance_electrician(path):
    """Printed hiring flyer PDF from a food plant's HR team: coloured 'Now hiring' band, title, key-facts box,
    duties, requirements, nice-to-haves, benefits and how to apply."""
    W, H = LETTER
    c = new_canvas(path, LETTER, "Maintenance Electrician - Ostrander Foods", "Ostrander Foods HR",
                   "Microsoft Publisher")
    L, R = 60, W - 60
    RED = HexColor("#B3261E")
    box(c, 0, H - 110, W, 110, fill=RED)
    text(c, "OSTRANDER FOODS", L, H - 44, "Sans-B", 13, WHITE)
    text(c, "Family-owned since 1961 \u00b7 Dubuque, Iowa", L, H - 60, "Sans", 9.5, WHITE)
    text(c, "NOW HIRING", R, H - 50, "Sans-B", 26, WHITE, "r")
    text(c, "Maintenance Electrician", L, H - 150, "Sans-B", 24, RED)
    box(c, L, H - 248, R - L, 78, fill=HexColor("#F6EDEC"), stroke=RED, width=0.8)
    facts = [("Location:", "Plant 2, 4100 Kerper Court, Dubuque, IA"), ("Schedule:", "2nd shift, 2:30 pm \u2013 "
             "11:00 pm, Monday\u2013Friday, with rotating Saturday on-call"), ("Pay:", "$34.50 \u2013 $41.00 per "
             "hour + $1.50/hr shift differential"), ("Type:", "Full-time, permanent, hourly (non-union)")]
    yy = H - 188
    for k, v in facts:
        text(c, k, L + 14, yy, "Sans-B", 9.5)
        text(c, v, L + 80, yy, "Sans", 9.5)
        yy -= 15
    f = Flow(c, L, R - L, H - 262, 50)

    def section(s):
        f.space(4)
        text(c, s, L, f.y - 12, "Sans-B", 12.5, RED)
        f.y -= 20

    f.para("Ostrander Foods makes frozen pierogi, dumplings and soups for grocery stores in 31 states. Our "
           "Plant 2 maintenance team keeps four production lines, two spiral freezers and an ammonia "
           "refrigeration system running. We need another licensed electrician on second shift.",
           "Sans", 10, 14, after=6)
    section("What you'll do")
    f.bullets(["Troubleshoot and repair motors, VFDs, conveyors, packaging machines and control panels",
               "Read electrical schematics and ladder logic to find faults quickly",
               "Complete preventive maintenance work orders in our CMMS",
               "Follow lockout/tagout and arc-flash procedures every time"], "Sans", 10, indent=12, lead=13.5)
    section("What you need")
    f.bullets(["Iowa journeyman electrician license (or ability to obtain within 90 days)",
               "At least 3 years of industrial or manufacturing maintenance experience",
               "Experience troubleshooting Allen-Bradley PLCs",
               "Working knowledge of the NEC and NFPA 70E",
               "Able to lift 50 lb and work from ladders and lifts"], "Sans", 10, indent=12, lead=13.5)
    section("Nice to have")
    f.bullets(["Food manufacturing or other USDA/FDA-regulated plant experience",
               "Servo and motion control experience",
               "Basic welding and mechanical repair"], "Sans", 10, indent=12, lead=13.5)
    section("Benefits")
    f.para("Medical, dental and vision after 30 days \u00b7 401(k) with 4% match \u00b7 two weeks' paid vacation "
           "in year one \u00b7 $1,000 tool allowance \u00b7 tuition help for the PLC program at the local "
           "community college \u00b7 free frozen dinners every Friday.", "Sans", 10, 14, after=6)
    section("How to apply")
    f.para("Apply online at careers.ostranderfoods.example (job #E-2207), or walk in to the Plant 2 front "
           "office, Monday\u2013Friday, 8 am \u2013 4 pm. Questions? Call Dana Kowalczyk, HR, at (563) 555-0117.",
           "Sans", 10, 14, after=6)
    text(c, "Ostrander Foods is an Equal Opportunity Employer. Drug screen and background check required.",
         W / 2, 36, "Sans-I", 8, HexColor("#555555"), "c")
    c.showPage()
    c.save()


# =========================================================================================================
# DOCX resumes written with python-docx
# =========================================================================================================
def heading_rule(d, s, size=11, color="000000", sz=8, before=8, after=3, caps=False, font=None):
    p = P(d, before=before, after=after, keep=True)
    run(p, s, b=True, size=size, color=color, caps=caps, font=font)
    pborder(p, "bottom", color, sz, 1)
    return p


def r02_lorraine_haskett(path):
    """US federal resume (USAJOBS style): capitalised name, citizenship / veterans' preference / federal status
    lines, each job with title + series-grade, agency and office, street address, MM/YYYY dates, hours per
    week, salary, supervisor and may-contact line, 'Duties, Accomplishments and Related Skills'."""
    d = docx_new("Times New Roman", 11, margins=(2.0, 2.0, 2.2, 2.2), after=0)
    P(d, "LORRAINE D. HASKETT", b=True, size=15, align="c", after=2)
    P(d, "2218 Brandon Avenue, Norfolk, VA 23507 | (757) 555-0108 | lorraine.haskett@mailbox.example",
      align="c", after=0)
    P(d, "Citizenship: United States | Veterans' Preference: None | Security clearance: Secret (active)",
      align="c", after=0)
    P(d, "Federal Status: Current Federal Employee, GS-1102-13 (career)", align="c", after=6)

    heading_rule(d, "PROFESSIONAL SUMMARY", 11.5)
    P(d, "Contracting professional with 13 years of federal acquisition experience, including four years as a "
         "supervisory contract specialist with an unlimited warrant. Experienced in the full acquisition "
         "life cycle for construction, architect-engineer, IT and professional services, from acquisition "
         "planning through closeout.", after=4)

    heading_rule(d, "PROFESSIONAL EXPERIENCE", 11.5)

    def job(title, agency, addr, dates, hours, salary, sup, duties, acc):
        P(d, title, b=True, before=6, after=0, keep=True)
        P(d, agency, after=0, keep=True)
        P(d, addr, after=0, keep=True)
        P(d, dates + " | Hours per week: " + hours + " | Salary: " + salary, after=0, keep=True)
        P(d, sup, i=True, after=3, keep=True)
        P(d, "Duties, Accomplishments and Related Skills:", b=True, after=1, keep=True)
        P(d, duties, after=2)
        bullets(d, acc, after=1)

    job("Supervisory Contract Specialist, GS-1102-13",
        "Federal Coastal Resilience Administration, Office of Acquisition Management",
        "1401 Harbor Street, Norfolk, VA 23510", "04/2020 – Present", "40", "$128,450 per year",
        "Supervisor: Dennis Aldana, (757) 555-0142; Okay to contact this supervisor: Yes",
        "Supervise a branch of seven contract specialists and two purchasing agents supporting shoreline "
        "restoration, dredging and facilities programs. Hold an unlimited contracting officer warrant. Review "
        "and sign acquisition plans, source selection decisions and contract awards; assign workload and "
        "write performance plans for branch staff.",
        ["Awarded and administered 212 actions worth $486M in FY2021–FY2023 with no sustained protests.",
         "Led the source selection for a $94M multiple-award IDIQ for coastal engineering services.",
         "Cut procurement administrative lead time for simplified acquisitions from 41 to 23 days."])
    job("Contract Specialist, GS-1102-12",
        "Federal Coastal Resilience Administration, Office of Acquisition Management",
        "1401 Harbor Street, Norfolk, VA 23510", "09/2016 – 03/2020", "40", "$98,200 per year",
        "Supervisor: Gail Orlofsky, (757) 555-0160; Okay to contact this supervisor: Yes",
        "Served as contracting officer (warrant up to $10M) for construction and architect-engineer contracts. "
        "Prepared solicitations, evaluated proposals, negotiated prices and administered modifications, "
        "claims and closeouts.",
        ["Negotiated $3.1M in savings on 14 construction modifications through independent government "
         "estimates and fact-finding.",
         "Closed out 160 physically complete contracts, de-obligating $5.7M."])
    job("Contract Specialist, GS-1102-09/11",
        "National Inland Waterways Commission, Vicksburg District Contracting Office",
        "3300 Clay Street, Vicksburg, MS 39183", "06/2013 – 08/2016", "40", "$64,650 per year (GS-11)",
        "Supervisor: Harold Benning, (601) 555-0131; Okay to contact this supervisor: No (retired)",
        "Career-ladder contract specialist in the Acquisition Career Development Program. Prepared pre- and "
        "post-award documents for supplies, services and lock-and-dam maintenance contracts.",
        ["Completed FAC-C Level II and all career-ladder requirements in 30 months."])
    job("Procurement Analyst",
        "Ambrose-Keele Federal Services, Inc. (contractor support to federal acquisition offices)",
        "11900 Sunrise Valley Drive, Reston, VA 20191", "01/2011 – 05/2013", "40", "$52,000 per year",
        "Supervisor: Monica Treadwell, (703) 555-0177; Okay to contact this supervisor: Yes",
        "Supported government contracting officers with market research, price analysis worksheets and "
        "contract file audits.",
        ["Built the file-audit checklist adopted by the client for all awards over $250,000."])

    heading_rule(d, "EDUCATION", 11.5)
    P(d, "Master of Business Administration (MBA)", b=True, before=4, after=0)
    P(d, "Tidewater Crescent University, Norfolk, VA | Completed 05/2015 | 42 semester hours | GPA 3.8", after=3)
    P(d, "Bachelor of Science in Business Administration", b=True, after=0)
    P(d, "Piedmont Ridge College, Lynchburg, VA | Completed 05/2010 | 124 semester hours", after=3)

    heading_rule(d, "CORE COMPETENCIES", 11.5)
    bullets(d, ["FAR and agency supplements", "Acquisition planning", "Source selection", "Cost and price analysis",
                "Contract negotiation", "Contract administration and closeout", "Small business programs",
                "Staff supervision"], after=0)

    heading_rule(d, "CERTIFICATIONS AND TRAINING", 11.5)
    P(d, "FAC-C (Professional), 2019 | Contracting Officer Warrant, unlimited, 2021 | Supervisory Leadership "
         "Program, 40 hours, 2020", after=2)
    heading_rule(d, "AWARDS", 11.5)
    P(d, "Acquisition Excellence Award, Federal Coastal Resilience Administration, 2022; Time-off awards "
         "2017, 2019", after=2)
    docx_save(d, path, "Lorraine D. Haskett")


def r07_jaylen_moorcroft(path):
    """One-page student resume: education first with expected graduation and GPA, internships and a co-op
    with the title in bold and the company in italics on one line separated by a pipe, dates on a right tab,
    projects, grouped skills."""
    d = docx_new("Calibri", 10.5, margins=(1.4, 1.4, 1.7, 1.7), after=0)
    P(d, "Jaylen Moorcroft", b=True, size=20, align="c", after=0)
    P(d, "Rochester, NY · (585) 555-0192 · jmoorcroft@ashgrove.example · linkedin.com/in/jaylenmoorcroft",
      align="c", size=9.5, after=4)

    def head(s):
        heading_rule(d, s, 11, "1F3864", 6, before=6, after=2)

    def line(left_b, left_i, right, loc=None):
        p = P(d, before=3, after=0, keep=True)
        tabs(p, (17.9, "r"))
        run(p, left_b, b=True)
        run(p, " | ")
        run(p, left_i, i=True)
        if loc:
            run(p, ", " + loc)
        run(p, "\t" + right)
        return p

    head("EDUCATION")
    line("Ashgrove Institute of Technology", "College of Engineering", "Rochester, NY")
    p = P(d, after=0)
    tabs(p, (17.9, "r"))
    run(p, "Bachelor of Science in Mechanical Engineering", i=True)
    run(p, ", Minor in Sustainability\tExpected May 2025")
    P(d, "GPA: 3.62/4.00 · Dean's List (6 terms) · Relevant coursework: Heat Transfer, Machine Design, "
         "Manufacturing Processes, Finite Element Analysis", size=9.5, after=0)

    head("EXPERIENCE")
    line("Manufacturing Engineering Intern", "Corliss Hydraulics", "May 2024 – Aug 2024", "Erie, PA")
    bullets(d, ["Redesigned a welding fixture for cylinder end caps; changeover time fell from 35 to 12 minutes",
                "Wrote work instructions and a PFMEA for a new honing cell; presented results to the plant manager"],
            size=10, after=0)
    line("Quality Engineering Co-op", "Varden Precision Components", "Jan 2023 – Aug 2023", "Syracuse, NY")
    bullets(d, ["Ran CMM inspections and capability studies (Cpk) on aerospace brackets",
                "Closed 23 nonconformance reports and traced two recurring defects to worn tooling"],
            size=10, after=0)
    line("Undergraduate Teaching Assistant", "Ashgrove Institute of Technology", "Aug 2022 – Dec 2022",
         "Rochester, NY")
    bullets(d, ["Held weekly recitations and office hours for Statics (120 students)"], size=10, after=0)
    line("Line Cook", "Dellaporta's Trattoria", "Jun 2021 – Aug 2022", "Rochester, NY")
    bullets(d, ["Worked 25 hrs/week through school; trained four new cooks"], size=10, after=0)

    head("PROJECTS")
    line("Hydrofoil Drivetrain Redesign", "Ashgrove Hydrofoil Team (Drivetrain Lead)", "Sep 2023 – Present")
    bullets(d, ["Designed a two-stage belt reduction in SolidWorks; cut drivetrain mass 18% and placed 2nd in "
                "endurance at the 2024 intercollegiate race"], size=10, after=0)
    line("Passive Prosthetic Knee Joint", "Senior Design", "Jan 2024 – May 2024")
    bullets(d, ["Four-bar knee for low-resource clinics; validated in ANSYS and 3D-printed for gait tests"],
            size=10, after=0)

    head("SKILLS")
    for k, v in (("CAD/CAE: ", "SolidWorks, Fusion 360, ANSYS Mechanical"),
                 ("Manufacturing: ", "CNC milling, GD&T, 3D printing, TIG welding"),
                 ("Programming: ", "MATLAB, Python, Arduino")):
        p = P(d, after=0)
        run(p, k, b=True)
        run(p, v)
    docx_save(d, path, "Jaylen Moorcroft")


def r10_harriet_blackwood(path):
    """Management-consultant resume: employer heading with city on a right tab, three promotions under one
    firm with italic title/date lines, 'Selected client engagements' naming clients that are not employers,
    a borderless three-column skills table."""
    d = docx_new("Cambria", 10.5, margins=(1.8, 1.8, 2.0, 2.0), after=1)
    P(d, "HARRIET BLACKWOOD", b=True, size=18, color="2E4A62", after=0)
    P(d, "Chicago, IL  •  (312) 555-0147  •  harriet.blackwood@mailbox.example", size=9.5, after=6)
    P(d, "Operations and supply-chain consultant with eleven years across industry and advisory work. I help "
         "manufacturers and retailers redesign networks, plan inventory and make S&OP something people "
         "actually attend.", i=True, after=4)

    def head(s):
        heading_rule(d, s, 11, "2E4A62", 8, before=8, after=3)

    def company(name, city):
        p = P(d, before=5, after=0, keep=True)
        tabs(p, (17.4, "r"))
        run(p, name, b=True, size=11)
        run(p, "\t" + city)

    def title(t, dates):
        p = P(d, after=1, keep=True)
        tabs(p, (17.4, "r"))
        run(p, t, b=True, i=True)
        run(p, "\t" + dates, i=True)

    head("PROFESSIONAL EXPERIENCE")
    company("Brightwater Advisory Group", "Chicago, IL")
    title("Senior Manager", "Jan 2021 – Present")
    P(d, "Lead the operations practice's supply-chain offering in the Midwest; sell and run engagements of "
         "$0.5M–$3M with teams of four to eight.", after=1)
    p = P(d, after=0)
    run(p, "Selected client engagements:", u=True)
    bullets(d, ["Client: national grocery retailer (1,900 stores) — redesigned a 14-DC network; $62M annual "
                "logistics savings, phased over three years",
                "Client: Kestrel Foods (specialty foods manufacturer) — built the S&OP process and demand "
                "forecasting model; forecast accuracy up from 58% to 74%",
                "Client: Orchard Lane Pharmacy — inventory policy reset for 600 stores; $40M working capital "
                "released"], after=0)
    title("Manager", "Jul 2018 – Dec 2020")
    bullets(d, ["Ran day-to-day delivery on eleven projects; hired and coached nine consultants",
                "Client: Harwick Tool & Die — footprint study that consolidated three plants into two"], after=0)
    title("Consultant", "Aug 2016 – Jun 2018")
    bullets(d, ["Network modelling, cost-to-serve and warehouse labor studies for industrial distributors"],
            after=0)
    company("Castellan Industrial Supply", "Milwaukee, WI")
    title("Supply Chain Analyst", "Jun 2013 – Jul 2016")
    bullets(d, ["Owned replenishment parameters for 45,000 SKUs across 12 branches; fill rate 93% → 97%",
                "Built the first SQL-based inventory dashboard used by branch managers"], after=0)

    head("EDUCATION")
    p = P(d, after=0)
    tabs(p, (17.4, "r"))
    run(p, "MBA, Operations Management", b=True)
    run(p, " — Ridgeview School of Management (part-time evening program)\t2016")
    p = P(d, after=0)
    tabs(p, (17.4, "r"))
    run(p, "B.S. Industrial Engineering", b=True)
    run(p, " — Lakeport University\t2013")

    head("SKILLS")
    t = d.add_table(rows=3, cols=3)
    tborders(t, which=())
    col_widths(t, [5.8, 5.8, 5.8])
    cells = [["Network optimization", "Demand planning", "S&OP design"],
             ["Inventory policy", "Cost-to-serve analysis", "Warehouse labor standards"],
             ["SQL", "Python (pandas)", "Tableau"]]
    for r_, row in enumerate(cells):
        for c_, val in enumerate(row):
            first_par(t.cell(r_, c_), "▪ " + val, after=0)
    P(d, "", after=2)
    head("CERTIFICATIONS")
    P(d, "Certified Supply Chain Professional (CSCP), 2017 · Lean Six Sigma Black Belt, 2019", after=0)
    docx_save(d, path, "Harriet Blackwood")


def r12_gunnar_tollefsen(path):
    """Tradesperson resume in a two-column Word table: year ranges in the left column, 'Title, Company, City,
    ST' in bold on the right with bullets under it, a career-break row, licenses, comma-list skills."""
    d = docx_new("Arial", 10, margins=(1.6, 1.6, 1.8, 1.8), after=1)
    P(d, "GUNNAR TOLLEFSEN", b=True, size=20, after=0)
    P(d, "Journeyman Electrician  |  Minnesota journeyman license (active)  |  Bloomington, MN  |  "
         "(952) 555-0135  |  g.tollefsen@mailbox.example", size=9, color="444444", after=6)
    P(d, "Licensed electrician with 12 years in commercial and light-industrial work: new construction, "
         "tenant improvements, service calls and controls. Safe, tidy, and good with a crew of apprentices.",
      after=4)

    def head(s):
        heading_rule(d, s, 11, "B35C00", 10, before=8, after=4)

    def table(rows, widths=(3.2, 14.6)):
        t = d.add_table(rows=0, cols=2)
        tborders(t, which=())
        col_widths(t, list(widths))
        for left, title, items in rows:
            cells = t.add_row().cells
            cells[0].width, cells[1].width = Cm(widths[0]), Cm(widths[1])
            first_par(cells[0], left, b=True, color="B35C00", after=0)
            p = first_par(cells[1], "", after=1)
            run(p, title, b=not title.startswith("Career break"), i=title.startswith("Career break"))
            for it in items:
                bp = cells[1].add_paragraph(style="List Bullet")
                run(bp, it)
                bp.paragraph_format.space_after = Pt(1)
            sp = cells[1].add_paragraph()
            sp.paragraph_format.space_after = Pt(2)
        return t

    head("WORK HISTORY")
    table([
        ("2019 – present", "Journeyman Electrician, Brightline Electric Co., Minneapolis, MN",
         ["Lead electrician on commercial fit-outs up to 60,000 sq ft; run crews of 2–5 apprentices",
          "Install and terminate service entrances to 1,200 A, switchgear, panelboards and lighting controls",
          "Troubleshoot motor controls, VFDs and rooftop unit circuits on service calls"]),
        ("2017 – 2019", "Journeyman Electrician, Northstar Mechanical & Electrical, St. Paul, MN",
         ["Hospital and school renovations; fire alarm device install and pre-testing",
          "Bent and ran EMT, rigid and MC in occupied buildings with infection-control rules"]),
        ("2016 – 2017", "Career break – full-time care for a family member", []),
        ("2012 – 2016", "Apprentice Electrician, Brightline Electric Co., Minneapolis, MN",
         ["8,000-hour registered apprenticeship; residential service, then commercial new construction"]),
        ("2010 – 2012", "Warehouse Associate, Fjordline Building Supply, Bloomington, MN",
         ["Pulled and delivered electrical and plumbing orders for contractors"]),
    ])
    head("LICENSES & SAFETY")
    bullets(d, ["Minnesota Journeyman Electrician license – active since 2016",
                "OSHA 30 Construction (2021) · NFPA 70E arc-flash training (2023) · First Aid/CPR (2024)",
                "Aerial and scissor lift operator"], after=0)
    head("SKILLS")
    P(d, "Commercial wiring, Conduit bending, Blueprint reading, NEC 2023, Motor controls, PLC troubleshooting, "
         "Fire alarm systems, Lockout/tagout", after=2)
    head("TRAINING & EDUCATION")
    table([("2012", "A.A.S. Electrical Construction Technology – Hennepin Lakes Technical College", [])])
    docx_save(d, path, "Gunnar Tollefsen")


def r15_camille_roussel(path):
    """French CV (Word): name and target post, contact line, two-column table with French date ranges on the
    left ('Depuis sept. 2021', 'Oct. 2018 – août 2021'), 'Poste — Entreprise, Ville' on the right; Formation,
    Compétences grouped as 'Logiciels :' / 'Techniques :', Langues, Centres d'intérêt."""
    d = docx_new("Calibri", 10.5, margins=(1.5, 1.5, 1.8, 1.8), after=1)
    P(d, "Camille Roussel", b=True, size=22, color="8B1E3F", after=0)
    P(d, "Ingénieure travaux – Génie civil / bâtiment", size=12, after=2)
    P(d, "Lyon (69003)  ·  06 12 34 56 78  ·  camille.roussel@courriel.example  ·  Permis B", size=9.5,
      color="555555", after=6)
    P(d, "Ingénieure travaux avec huit ans d'expérience en gros œuvre et tous corps d'état : logements "
         "collectifs, établissements scolaires et bureaux jusqu'à 14 M€. Rigoureuse sur la sécurité, le "
         "planning et le budget.", after=4)

    def head(s):
        heading_rule(d, s, 11.5, "8B1E3F", 8, before=8, after=4)

    def table(rows):
        t = d.add_table(rows=0, cols=2)
        tborders(t, which=())
        col_widths(t, [3.9, 13.9])
        for left, title, items in rows:
            cells = t.add_row().cells
            first_par(cells[0], left, i=True, color="555555", after=0)
            p = first_par(cells[1], "", after=1)
            run(p, title, b=True)
            for it in items:
                bp = cells[1].add_paragraph(style="List Bullet")
                run(bp, it)
                bp.paragraph_format.space_after = Pt(0)
            cells[1].add_paragraph().paragraph_format.space_after = Pt(1)

    head("EXPÉRIENCES PROFESSIONNELLES")
    table([
        ("Depuis sept. 2021", "Ingénieure travaux — Bâtisseurs du Rhône SAS, Lyon",
         ["Pilotage de deux chantiers simultanés (groupe scolaire de 18 classes, 64 logements), 9,5 M€ et 7 M€",
          "Encadrement de deux conducteurs de travaux et suivi des sous-traitants",
          "Suivi budgétaire mensuel, réunions de chantier, réception et levée des réserves"]),
        ("Oct. 2018 – août 2021", "Ingénieure études de prix — Grenat Construction, Villeurbanne",
         ["Chiffrage de 45 appels d'offres publics et privés ; taux de réussite de 27 %",
          "Métrés sur plans, consultation des sous-traitants, mémoires techniques"]),
        ("Févr. 2017 – sept. 2018", "Conductrice de travaux — Maçonnerie Delorme & Fils, Saint-Étienne",
         ["Conduite de chantiers de maçonnerie et de gros œuvre (maisons individuelles, petits collectifs)"]),
        ("Avr. – août 2016", "Stagiaire ingénieure travaux — Bâtisseurs du Rhône SAS, Lyon",
         ["Stage de fin d'études : planification et suivi d'un immeuble de bureaux R+6"]),
    ])
    head("FORMATION")
    table([
        ("2016", "Diplôme d'ingénieur en génie civil — École Supérieure des Travaux de la Saône, Lyon", []),
        ("2013", "DUT Génie civil et construction durable — IUT de Vaulx-Brandon", []),
    ])
    head("COMPÉTENCES")
    for k, v in (("Logiciels : ", "AutoCAD, Revit, MS Project, Excel (VBA)"),
                 ("Techniques : ", "béton armé, gros œuvre, planification de chantier, métrés, "
                                   "sécurité chantier (PPSPS)")):
        p = P(d, after=1)
        run(p, k, b=True)
        run(p, v)
    head("LANGUES")
    P(d, "Français (langue maternelle) · Anglais (B2, TOEIC 860) · Espagnol (notions)", after=1)
    head("CENTRES D'INTÉRÊT")
    P(d, "Escalade, bénévolat au sein d'une association d'auto-réhabilitation de logements, photographie "
         "d'architecture.", after=1)
    docx_save(d, path, "Camille Roussel")


def r19_craig_mcallister(path):
    """Recruitment-agency candidate profile (Word): agency letterhead, candidate summary table, consultant's
    notes, key skills, career history with employer headings carrying the overall range and titles with
    their own ranges in brackets, qualifications, agency disclaimer footer."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0), after=2)
    p = P(d, align="r", after=0)
    run(p, "HARCOURT & LYLE TALENT", b=True, size=14, color="0B5563")
    P(d, "Construction & Property Recruitment · Glasgow · Edinburgh · Aberdeen", align="r", size=8.5,
      color="0B5563", after=8)
    P(d, "Candidate Profile", b=True, size=18, after=4)
    t = d.add_table(rows=0, cols=2)
    tborders(t, color="BBBBBB")
    col_widths(t, [4.5, 12.9])
    for k, v in (("Candidate", "Craig McAllister"), ("Current position", "Senior Project Manager"),
                 ("Location", "Glasgow (will travel across the Central Belt)"),
                 ("Availability", "4 weeks' notice"), ("Salary expectation", "£68,000 – £72,000 + car allowance"),
                 ("Right to work", "UK citizen"), ("Consultant", "Fiona Baird, Senior Consultant")):
        cells = t.add_row().cells
        shade(cells[0], "E6F0F1")
        first_par(cells[0], k, b=True, after=0)
        first_par(cells[1], v, after=0)
    P(d, "", after=2)

    def head(s):
        heading_rule(d, s, 12, "0B5563", 8, before=8, after=3)

    head("Consultant's Summary")
    P(d, "Craig is a chartered civil engineer who has moved from site engineering to running £10–35m "
         "education, healthcare and residential schemes for a tier-two contractor. Clients describe him as "
         "calm and commercially sharp. He is looking for a larger contractor with a clearer route to "
         "Project Director.", after=2)
    head("Key Skills")
    bullets(d, ["Project planning and programming", "Contract administration (NEC4, JCT)",
                "Cost control and valuations", "Health and safety management (CDM 2015)",
                "Subcontractor management", "Stakeholder and client liaison", "Asta Powerproject"], after=0)
    head("Career History")

    def employer(s):
        P(d, s, b=True, size=11, before=6, after=1, keep=True)

    def role(s, items):
        P(d, s, b=True, i=True, color="0B5563", before=2, after=1, keep=True)
        bullets(d, items, after=0)

    employer("Strathmore Build Ltd, Glasgow — January 2019 to Present")
    role("Senior Project Manager (April 2022 – Present)",
         ["Leading delivery of a £34m secondary school under NEC4 Option C; on programme and 2% under target cost",
          "Managing a site team of 12 and 25+ subcontract packages"])
    role("Project Manager (January 2019 – March 2022)",
         ["Delivered three health centres (£8–14m) and a 96-unit social housing scheme",
          "Introduced weekly look-ahead planning that cut late subcontractor starts by a third"])
    employer("Clydeforth Construction Ltd, Paisley — August 2012 to December 2018")
    role("Assistant Project Manager (June 2015 – December 2018)",
         ["Supported PMs on residential and retail projects up to £18m; ran valuations and change control"])
    role("Site Engineer (August 2012 – May 2015)",
         ["Setting out, levels and temporary works coordination on groundworks and frame packages"])
    head("Education")
    bullets(d, ["BEng (Hons) Civil Engineering, Kelvinside Technical University, 2012"], after=0)
    head("Professional Qualifications")
    bullets(d, ["Chartered Engineer, Member of the Institution of Civil Engineers (CEng MICE), 2018",
                "SMSTS, CSCS Black Card, First Aid at Work, PRINCE2 Foundation"], after=0)
    P(d, "", after=6)
    P(d, "This profile has been prepared by Harcourt & Lyle Talent from information supplied by the candidate. "
         "Please do not contact the candidate or their current employer directly; all communication should go "
         "through your Harcourt & Lyle consultant.", i=True, size=8, color="666666", after=0)
    docx_save(d, path, "Fiona Baird")


def r21_helena_marsh_vasquez(path):
    """Two-page executive resume (Word): capitalised centred name, headline with pipes, executive summary,
    'Core Competencies' three-column table, 'Career' with company line (city, overall range on a right tab),
    italic company blurb, several promoted titles under one company, an 'Earlier Career' line naming two
    titles that share one range, board roles in their own section."""
    d = docx_new("Cambria", 10.5, margins=(1.8, 1.8, 2.0, 2.0), after=2)
    P(d, "HELENA MARSH-VASQUEZ", b=True, size=20, align="c", color="3A2E5C", after=0)
    P(d, "Chief Operating Officer | Medical Devices | Global Operations & Supply Chain", align="c", size=11,
      after=0)
    P(d, "Minneapolis, MN  ·  (612) 555-0129  ·  helena.marshvasquez@mailbox.example  ·  "
         "linkedin.com/in/helenamarshvasquez", align="c", size=9, color="555555", after=8)

    def head(s):
        heading_rule(d, s, 12, "3A2E5C", 12, before=10, after=4, caps=True)

    head("Executive Summary")
    P(d, "Operations executive who has spent 22 years building and running regulated manufacturing, the last "
         "nine at the top of a $1.2B medical device company. Known for turning around underperforming plants, "
         "integrating acquisitions without disrupting supply, and developing leaders who go on to run their "
         "own businesses.", after=2)
    head("Core Competencies")
    t = d.add_table(rows=3, cols=3)
    tborders(t, which=())
    col_widths(t, [5.8, 5.8, 5.8])
    comp = [["Global supply chain", "Lean transformation", "M&A integration"],
            ["P&L management", "FDA QSR and ISO 13485", "Capital planning"],
            ["Workforce development", "Supplier quality", "Board reporting"]]
    for r_, row in enumerate(comp):
        for c_, v in enumerate(row):
            first_par(t.cell(r_, c_), "◆ " + v, after=1)
    head("Career")

    def company(name, city, rng, blurb):
        p = P(d, before=8, after=0, keep=True)
        tabs(p, (17.4, "r"))
        run(p, name, b=True, size=11.5)
        run(p, " | " + city)
        run(p, "\t" + rng, b=True)
        P(d, blurb, i=True, size=9.5, color="555555", after=3, keep=True)

    def role(title, rng, items):
        p = P(d, before=4, after=1, keep=True)
        tabs(p, (17.4, "r"))
        run(p, title, b=True, color="3A2E5C")
        run(p, "\t" + rng)
        bullets(d, items, after=1)

    company("Orrin Medical Devices, Inc.", "Minneapolis, MN", "2015 – Present",
            "Publicly traded maker of cardiac monitoring and vascular access devices; $1.2B revenue, 4,100 "
            "employees, plants in Minnesota, Costa Rica and Ireland.")
    role("Chief Operating Officer", "2020 – Present",
         ["Accountable for manufacturing, supply chain, quality and facilities: 3,200 people, $640M cost base.",
          "Kept every product line in supply through the 2021–2022 component shortage by dual-sourcing 140 "
          "critical parts; backorders never exceeded 2 days.",
          "Integrated two acquisitions ($310M combined) and closed a redundant plant with zero FDA observations "
          "at the receiving site."])
    role("Senior Vice President, Global Operations", "2017 – 2020",
         ["Opened the Costa Rica plant on time and 6% under its $85M budget; 900 jobs at full ramp.",
          "Launched the company's lean operating system; gross margin up 310 basis points in three years."])
    role("Vice President of Manufacturing", "2015 – 2017",
         ["Ran two US plants; raised on-time delivery from 82% to 97% and cleared a 2014 FDA warning letter."])
    company("Tessaline Diagnostics", "St. Paul, MN", "2009 – 2015",
            "Private-equity-backed maker of in-vitro diagnostic analysers and reagents; sold to a strategic "
            "buyer in 2015.")
    role("Director of Operations", "2011 – 2015",
         ["Led manufacturing, planning and procurement for a $280M business; cut cost of goods by 11%."])
    role("Plant Manager", "2009 – 2011",
         ["Turned around the reagent plant: scrap down 45%, first ISO 13485 certification with no major "
          "findings."])
    P(d, "Earlier Career", b=True, size=11, before=8, after=1)
    P(d, "Production Supervisor and Process Engineer, Vernon-Kaye Plastics, Eau Claire, WI (2002 – 2009): "
         "injection moulding for medical and automotive customers; led the plant's first Six Sigma projects.",
      after=2)
    head("Board & Advisory Roles")
    bullets(d, ["Board Director, Upper Midwest MedTech Alliance (2021 – present)",
                "Advisory Board, Industrial Engineering Department, Northfield Ridge University (2019 – present)"],
            after=1)
    head("Education")
    P(d, "MBA, Carlisle Lake School of Management — 2010 (Executive program)", after=1)
    P(d, "B.S. Industrial Engineering, Northfield Ridge University — 2002", after=1)
    docx_save(d, path, "Helena Marsh-Vasquez")


def r24_shanice_whitlock(path):
    """Word template built as one two-column table: shaded left sidebar (contact, skills, certifications,
    languages) and a right main column (name, target title, profile, work experience with
    'Company | City | Years' lines under bold titles, education)."""
    d = docx_new("Calibri", 10, margins=(1.2, 1.2, 1.2, 1.2), after=2)
    t = d.add_table(rows=1, cols=2)
    tborders(t, which=())
    col_widths(t, [5.9, 12.7])
    left, right = t.cell(0, 0), t.cell(0, 1)
    shade(left, "DCE8E4")

    def lhead(s, first=False):
        p = first_par(left, "", after=3) if first else left.add_paragraph()
        run(p, s, b=True, size=11, color="2F5D50", caps=True)
        p.paragraph_format.space_before = Pt(0 if first else 12)
        p.paragraph_format.space_after = Pt(3)

    def lline(s):
        p = left.add_paragraph()
        run(p, s, size=9.5)
        p.paragraph_format.space_after = Pt(1)

    lhead("Contact", first=True)
    for s in ("Columbus, OH 43215", "(614) 555-0172", "shanice.whitlock@mailbox.example"):
        lline(s)
    lhead("Skills")
    for s in ("Visual merchandising", "P&L management", "Inventory shrink reduction", "Team scheduling",
              "Hiring and coaching", "Customer experience", "Loss prevention", "Microsoft Excel"):
        p = left.add_paragraph(style="List Bullet")
        run(p, s, size=9.5)
        p.paragraph_format.space_after = Pt(1)
    lhead("Certifications")
    lline("ServSafe Manager (2023)")
    lline("Retail Management Certificate (2018)")
    lhead("Languages")
    lline("English (native)")
    lline("Spanish (conversational)")

    p = first_par(right, "", after=0)
    run(p, "Shanice Whitlock", b=True, size=24, color="2F5D50")
    p = right.add_paragraph()
    run(p, "Retail Store Manager", size=13, color="555555")
    p.paragraph_format.space_after = Pt(10)

    def rhead(s):
        p = right.add_paragraph()
        run(p, s, b=True, size=12, color="2F5D50", caps=True)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(3)
        pborder(p, "bottom", "2F5D50", 6, 1)

    def rpar(s, **kw):
        p = right.add_paragraph()
        run(p, s, kw.get("b", False), kw.get("i", False), kw.get("size"), kw.get("color"))
        p.paragraph_format.space_after = Pt(kw.get("after", 1))
        return p

    rhead("Profile")
    rpar("Store manager with 12 years in specialty and department-store retail. I grow sales by getting the "
         "basics right — staffing to traffic, clean stockrooms, floor sets done on time — and by building "
         "teams people want to stay on.", after=2)
    rhead("Work Experience")
    for title, line, items in (
            ("Store Manager", "Maple & Moss Home | Columbus, OH | 2020 – Present",
             ["Run a $6.8M home-goods store with 32 associates and 3 assistant managers",
              "Comparable sales +9% in 2023; shrink down from 2.4% to 1.1%",
              "Two assistant managers promoted to store manager under my coaching"]),
            ("Assistant Store Manager", "Maple & Moss Home | Dublin, OH | 2017 – 2020",
             ["Owned scheduling, payroll budget and the stockroom; led the store's POS conversion"]),
            ("Department Supervisor", "Tilden's Department Store | Columbus, OH | 2014 – 2017",
             ["Supervised women's and home departments (14 associates); top-3 credit applications in district"]),
            ("Sales Associate", "Tilden's Department Store | Columbus, OH | 2012 – 2014",
             ["Sales, fitting room, visual resets and holiday receiving"])):
        rpar(title, b=True, size=11, after=0)
        rpar(line, i=True, color="555555", after=1)
        for it in items:
            bp = right.add_paragraph(style="List Bullet")
            run(bp, it)
            bp.paragraph_format.space_after = Pt(1)
    rhead("Education")
    rpar("Associate of Applied Science, Business Management", b=True, after=0)
    rpar("Olentangy Ridge Community College | 2016", after=1)
    docx_save(d, path, "Shanice Whitlock")


# =========================================================================================================
# Word files converted to PDF by LibreOffice
# =========================================================================================================
def r06_giulia_ferrandi_docx(path):
    """Europass CV (2013-style, English): two-column table, upper-case grey section labels and date ranges in
    the left column, position / employer (City, Country) / activities / 'Business or sector' on the right,
    language grid, 'Job-related skills' and 'Digital skills' rows, driving licence."""
    d = docx_new("Arial", 9.5, margins=(1.5, 1.5, 1.5, 1.5), after=1)
    BLUE = "0E4194"
    GREY = "1593CB"
    t = d.add_table(rows=0, cols=2)
    tborders(t, which=())
    col_widths(t, [5.0, 13.0])

    def row(left, right=None, lcolor="3F3A39", lsize=8, lbold=False, caps=False):
        cells = t.add_row().cells
        p = first_par(cells[0], "", align="r", after=1)
        if left:
            run(p, left, b=lbold, size=lsize, color=lcolor, caps=caps)
        return cells[1]

    def section(s):
        cells = t.add_row().cells
        p = first_par(cells[0], "", align="r", after=2)
        run(p, s, size=9, color=BLUE, caps=True)
        p.paragraph_format.space_before = Pt(10)
        p2 = first_par(cells[1], "", after=2)
        p2.paragraph_format.space_before = Pt(10)
        pborder(p2, "bottom", GREY, 6, 1)

    def add(cell, s, first=False, **kw):
        p = first_par(cell, "", after=kw.get("after", 1)) if first else cell.add_paragraph()
        run(p, s, kw.get("b", False), kw.get("i", False), kw.get("size"), kw.get("color"))
        p.paragraph_format.space_after = Pt(kw.get("after", 1))
        return p

    cell = row("")
    add(cell, "europass", first=True, b=True, size=16, color=BLUE, after=0)
    add(cell, "Curriculum Vitae", size=12, color=BLUE, after=6)
    section("Personal information")
    cell = row("")
    add(cell, "Giulia Ferrandi", first=True, size=16, color=BLUE, after=3)
    for s in ("Via Solferino 44, 25121 Brescia (Italy)", "+39 347 555 0182",
              "giulia.ferrandi@posta.example", "Sex Female | Date of birth 14/05/1990 | Nationality Italian"):
        add(cell, s, size=8.5, after=1)
    cell = row("JOB APPLIED FOR", lcolor=BLUE, lsize=9)
    add(cell, "Senior Process Engineer", first=True, size=13, color=BLUE)

    section("Work experience")

    def job(dates, title, emp, acts, sector):
        cell = row(dates, lcolor=BLUE, lsize=9)
        add(cell, title, first=True, size=11.5, color=BLUE, after=1)
        add(cell, emp, after=1)
        for a in acts:
            p = cell.add_paragraph()
            run(p, "▪ " + a)
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.left_indent = Cm(0.3)
        p = add(cell, "", after=6)
        run(p, "Business or sector ", size=8, color=BLUE)
        run(p, sector)

    job("01/03/2021–Present", "Process Engineer", "Ferrovia Lunetti S.p.A., Brescia (Italy)",
        ["Process owner for the bogie-frame welding and machining lines (42 operators, 3 shifts)",
         "Cut weld-repair rate from 6.1% to 2.4% with a new fixture and WPS set",
         "Lead the line's PFMEA and control plan reviews; support customer audits"],
        "Manufacture of railway locomotives and rolling stock")
    job("01/09/2017–28/02/2021", "Manufacturing Engineer", "Officine Tagliabue Meccanica S.r.l., Lecco (Italy)",
        ["Industrialisation of hydraulic valve bodies; cycle-time studies and CNC program optimisation",
         "Ran SMED workshops that cut average changeover from 95 to 38 minutes"],
        "Manufacture of fluid power equipment")
    job("01/03/2016–31/08/2017", "Graduate Engineer Trainee", "Brenzoni Automotive GmbH, Munich (Germany)",
        ["Rotations in assembly, logistics and quality; lean project on the seat-frame line"],
        "Manufacture of parts and accessories for motor vehicles")

    section("Education and training")

    def edu(dates, title, school, level):
        cell = row(dates, lcolor=BLUE, lsize=9)
        p = first_par(cell, "", after=1)
        run(p, title, size=11.5, color=BLUE)
        run(p, "   " + level, size=8, color="3F3A39")
        add(cell, school, after=6)

    edu("2013–2015", "Master's degree (Laurea Magistrale) in Mechanical Engineering",
        "Università degli Studi di Valtrompia, Brescia (Italy)", "EQF level 7")
    edu("2010–2013", "Bachelor's degree (Laurea) in Industrial Engineering",
        "Università degli Studi di Valtrompia, Brescia (Italy)", "EQF level 6")

    section("Personal skills")
    cell = row("Mother tongue(s)", lsize=8.5)
    add(cell, "Italian", first=True, after=4)
    cell = row("Other language(s)", lsize=8.5)
    lt = cell.add_table(rows=4, cols=6)
    tborders(lt, color="BBBBBB")
    lrows = [["", "Listening", "Reading", "Spoken interaction", "Spoken production", "Writing"],
             ["English", "C1", "C1", "B2", "B2", "C1"],
             ["German", "B2", "B2", "B1", "B1", "B1"],
             ["Spanish", "A2", "B1", "A2", "A2", "A1"]]
    for r_, rr in enumerate(lrows):
        for c_, v in enumerate(rr):
            first_par(lt.cell(r_, c_), v, size=8, after=0, b=(r_ == 0 or c_ == 0))
    add(cell, "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user",
        size=7.5, color="555555", after=4)
    cell = row("Communication skills", lsize=8.5)
    add(cell, "Good communication skills gained as the liaison between production, quality and customers' "
              "engineering teams in Italy and Germany.", first=True, after=4)
    cell = row("Organisational / managerial skills", lsize=8.5)
    add(cell, "Coordination of cross-functional teams of up to 12 people for line launches.", first=True,
        after=4)
    cell = row("Job-related skills", lsize=8.5)
    add(cell, "Lean manufacturing, Value stream mapping, Six Sigma Green Belt, PFMEA, SMED, Welding process "
              "qualification", first=True, after=4)
    cell = row("Digital skills", lsize=8.5)
    add(cell, "SolidWorks, Siemens NX, MATLAB, Minitab, SAP PP", first=True, after=4)
    cell = row("Driving licence", lsize=8.5)
    add(cell, "B", first=True, after=4)
    docx_save(d, path, "Giulia Ferrandi")


def r16_nadine_okafor_docx(path):
    """Word resume of a teacher moving into instructional design: name in a large serif, contact line,
    'Professional Experience' with '<b>Title</b> at <i>Company</i>' lines and a 'Location | Month Year -
    Month Year' line under each, an overlapping part-time contract, 'Portfolio Projects', bullet-separated
    skills line, education, certifications."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=2)
    p = P(d, after=0)
    run(p, "Nadine Okafor", size=26, color="7A3E00", font="Georgia")
    P(d, "Instructional Designer · Asheville, NC · nadine.okafor@mailbox.example · (828) 555-0164 · "
         "nadineokafor.example/portfolio", size=9.5, color="555555", after=8)

    def head(s):
        p = P(d, before=10, after=3, keep=True)
        run(p, s, b=True, size=12.5, color="7A3E00", font="Georgia")
        pborder(p, "bottom", "D9A066", 6, 1)

    head("Summary")
    P(d, "Former middle-school science teacher (8 years) now designing e-learning and blended training for "
         "adult learners. I bring classroom instincts — clear objectives, practice before testing, feedback "
         "that lands — to corporate and nonprofit programs.", after=2)
    head("Professional Experience")

    def job(title, comp, meta, items):
        p = P(d, before=6, after=0, keep=True)
        run(p, title, b=True, size=11)
        run(p, " at ", size=11)
        run(p, comp, i=True, size=11)
        P(d, meta, size=9.5, color="555555", after=2, keep=True)
        bullets(d, items, after=1)

    job("Instructional Designer", "Larkspur Learning Co.", "Remote | August 2022 – Present",
        ["Design and build e-learning, job aids and facilitator guides for utility and healthcare clients",
         "Rebuilt a 3-day technician onboarding course as blended learning; time to first solo job down 30%",
         "Run learner interviews and pilot tests; report Level 1–3 evaluation results to clients"])
    job("Curriculum Writer", "Piedmont STEM Collaborative", "Remote (part-time contract) | June 2019 – August 2021",
        ["Wrote 24 inquiry-based science units aligned to state standards, used by 60+ schools"])
    job("Eighth Grade Science Teacher", "Cedar Bluff Middle School", "Asheville, NC | August 2014 – June 2022",
        ["Taught physical and earth science to 130 students a year; grade-level team lead from 2018",
         "Moved all labs to a flipped model during remote learning; pass rate on the state test rose 12 points",
         "Mentored three student teachers"])
    head("Portfolio Projects")
    for name, desc in (("Lab Safety Escape Room", "branching Storyline scenario for middle-school labs; "
                        "adopted district-wide"),
                       ("Onboarding Academy for Field Technicians", "blended program with Rise modules, "
                        "practice checklists and coach guides"),
                       ("Sepsis Early Warning Microlearning", "five 4-minute modules with spaced quizzes for "
                        "hospital nursing staff")):
        p = P(d, after=1, style="List Bullet")
        run(p, name, b=True)
        run(p, " — " + desc)
    head("Skills")
    P(d, "Articulate Storyline 360 • Rise 360 • Adobe Captivate • Camtasia • Canvas LMS • ADDIE • "
         "Backward design • Learning needs analysis • xAPI", after=2)
    head("Education")
    P(d, "M.Ed. Curriculum and Instruction, Blue Ridge Hollow University, 2018", after=1)
    P(d, "B.S. Biology, Western Laurel College, 2014", after=1)
    head("Certifications")
    P(d, "North Carolina Professional Educator License (Science 6–9), inactive · "
         "Instructional Design Certificate, Larkspur Learning Co. internal academy, 2022", after=1)
    docx_save(d, path, "Nadine Okafor")


# =========================================================================================================
# DOCX job descriptions
# =========================================================================================================
def jd04_voltmark_project_engineer_electrical_systems(path):
    """German employer's English posting (Word): logo line, title with '(m/f/d)', reference line, 'Your tasks',
    'Your profile', 'Desirable', 'What we offer', contact person."""
    d = docx_new("Arial", 10, margins=(2.0, 2.0, 2.2, 2.2), after=3)
    p = P(d, after=0)
    run(p, "VOLTMARK", b=True, size=20, color="E2001A")
    run(p, "  Anlagenbau GmbH", size=14, color="333333")
    P(d, "Switchgear · Substations · Industrial power distribution", size=9, color="777777", after=14)
    P(d, "Project Engineer Electrical Systems (m/f/d)", b=True, size=17, after=2)
    P(d, "Stuttgart-Feuerbach · Full-time · Permanent · Reference no. VM-2025-PE-014", size=9.5, color="555555",
      after=10)
    P(d, "Voltmark Anlagenbau GmbH plans and builds medium-voltage switchgear and substations for industry, "
         "data centres and municipal utilities across Germany, Austria and Switzerland. With 640 colleagues and "
         "our own production in Stuttgart, we take projects from the first single-line diagram to "
         "commissioning. To strengthen our project team we are looking for you as a", after=4)
    P(d, "Project Engineer Electrical Systems (m/f/d)", b=True, align="c", after=8)

    def head(s):
        P(d, s, b=True, size=12, color="E2001A", before=8, after=3, keep=True)

    head("Your tasks")
    bullets(d, ["Technical project management of medium-voltage switchgear and substation projects from order "
                "to acceptance",
                "Preparation and review of single-line diagrams, circuit diagrams and cable lists in EPLAN",
                "Coordination with customers, network operators and our production and commissioning teams",
                "Participation in factory acceptance tests (FAT) and on-site commissioning"], after=1)
    head("Your profile")
    bullets(d, ["Degree in electrical engineering or a comparable qualification",
                "At least 3 years of professional experience in electrical project engineering",
                "Knowledge of relevant standards such as IEC 62271 and VDE 0101",
                "Experience with EPLAN Electric P8",
                "Very good German and good English skills",
                "Willingness to travel about 20% of the time"], after=1)
    head("Desirable")
    bullets(d, ["Experience with protection relays and station control technology",
                "Knowledge of IEC 61850"], after=1)
    head("What we offer")
    bullets(d, ["30 days' holiday, flexible working hours and up to two days of mobile working per week",
                "Company pension scheme and bicycle leasing",
                "Structured onboarding and our in-house Voltmark Academy"], after=1)
    P(d, "", after=4)
    P(d, "Interested? Please send your application, stating your salary expectations and earliest start date, "
         "to Ms Katrin Oberländer, HR, at karriere@voltmark.example.", after=2)
    P(d, "Voltmark Anlagenbau GmbH · Borsigstraße 21 · 70469 Stuttgart", size=8.5, color="777777", align="c",
      after=0)
    docx_save(d, path, "Voltmark HR")


def jd12_harlow_byrne_principal_structural_engineer(path):
    """UK consultancy job pack (Word): firm name, 'Job Description & Person Specification', details table,
    the role, key responsibilities, essential and desirable criteria, how to apply."""
    d = docx_new("Calibri", 10.5, margins=(2.2, 2.2, 2.4, 2.4), after=3)
    P(d, "Harlow Byrne Consulting Engineers", b=True, size=16, color="123E64", after=0)
    P(d, "Job Description & Person Specification", size=12, color="555555", after=8)
    t = d.add_table(rows=0, cols=2)
    tborders(t, color="9FB4C7")
    col_widths(t, [4.2, 12.4])
    for k, v in (("Job title", "Principal Structural Engineer"), ("Office", "Bristol (hybrid, 3 days in office)"),
                 ("Reports to", "Director, Structures"), ("Salary", "£68,000 – £78,000 plus bonus"),
                 ("Hours", "37.5 per week, flexible"), ("Contract", "Permanent, full-time"),
                 ("Closing date", "31 March 2025")):
        cells = t.add_row().cells
        shade(cells[0], "E3EBF3")
        first_par(cells[0], k, b=True, after=0)
        first_par(cells[1], v, after=0)
    P(d, "", after=2)

    def head(s):
        P(d, s, b=True, size=12.5, color="123E64", before=8, after=3, keep=True)

    head("About us")
    P(d, "Harlow Byrne is an employee-owned practice of 160 engineers with offices in Bristol, Cardiff and "
         "Exeter. We design schools, laboratories, homes and heritage refurbishments, and we care about "
         "low-carbon structures that are easy to build.", after=2)
    head("The role")
    P(d, "As Principal Structural Engineer you will lead the technical delivery of our most complex projects, "
         "act as technical reviewer for the Bristol structures team and help set our design standards. You "
         "will be a visible senior figure with clients and will mentor engineers at every level.", after=2)
    head("Key responsibilities")
    bullets(d, ["Lead structural design on projects up to £60m construction value",
                "Technical review and sign-off of calculations and drawings",
                "Coach and develop a team of 6–10 engineers",
                "Contribute to bids, fee proposals and client relationships",
                "Champion embodied-carbon reduction in our designs"], after=1)
    head("Person specification")
    p = P(d, after=1)
    run(p, "Essential criteria", b=True, i=True)
    bullets(d, ["Chartered Engineer status with the IStructE or ICE",
                "At least 12 years of post-graduate structural design experience",
                "Expert knowledge of Eurocodes for concrete, steel and timber",
                "Experience leading multi-disciplinary design teams"], after=1)
    p = P(d, after=1, before=4)
    run(p, "Desirable criteria", b=True, i=True)
    bullets(d, ["Experience with Tekla Structural Designer or RFEM",
                "Heritage or refurbishment project experience",
                "Embodied carbon assessment"], after=1)
    head("How to apply")
    P(d, "Send a CV and a short covering letter to careers@harlowbyrne.example, quoting reference HB-PSE-25. "
         "We are a Disability Confident employer and welcome applications from everyone.", after=2)
    docx_save(d, path, "Harlow Byrne HR")


# =========================================================================================================
# build
# =========================================================================================================
PDF_RESUMES = [r01_tobias_wrenfield, r05_ilse_marchetti, r09_anouk_verhaegen, r13_victor_amankwah,
               r20_beatriz_salgado_whitmore, r23_dominik_havel]
DOCX_RESUMES = [r02_lorraine_haskett, r07_jaylen_moorcroft, r10_harriet_blackwood, r12_gunnar_tollefsen,
                r15_camille_roussel, r19_craig_mcallister, r21_helena_marsh_vasquez, r24_shanice_whitlock]
CONVERTED = {"r06_giulia_ferrandi": r06_giulia_ferrandi_docx,
             "r16_nadine_okafor": r16_nadine_okafor_docx}
JD_DOCX = [jd04_voltmark_project_engineer_electrical_systems, jd12_harlow_byrne_principal_structural_engineer]
JD_PDF = [jd09_ostrander_foods_maintenance_electrician]


def main():
    buildkit.build(RES, JDS, pdf_resumes=PDF_RESUMES, docx_resumes=DOCX_RESUMES, converted=CONVERTED,
                   jd_docx=JD_DOCX, jd_pdf=JD_PDF)


if __name__ == "__main__":
    sys.exit(main())
