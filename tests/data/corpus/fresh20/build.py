"""Rebuild every document of the twentieth fresh set from the content held in this script, then check that every
labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh20/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh20/build.py --check   # check only

reportlab draws six resume PDFs (r01, r05, r09, r14, r19, r22) and the two PDF job descriptions (jd05, jd10) on an
invariant canvas with the TrueType fonts registered by ../buildkit.py; python-docx writes the DOCX files (r02, r07,
r10, r12, r16, r18, r23, jd04, jd08, jd09) through buildkit (fixed core properties and ZIP timestamps); three
resumes (r06, r13, r24) are Word files that LibreOffice turns into PDF through buildkit (fixed metadata and ID).
TXT and Markdown documents are held here as strings, written as UTF-8 with LF line ends. A rebuild gives the same
bytes except for the LibreOffice PDFs.

Everything is fictional: people, employers, schools, universities and projects were invented for this set. Real
names appear only as places, regulators, standards, certifications and products.
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
    heading,
    hline,
    new_canvas,
    new_table,
    run,
    shade,
    tabs,
    text,
)

RES = os.path.join(HERE, "resumes")
JDS = os.path.join(HERE, "job_descriptions")
TAG = "fresh20"
buildkit.TAG = TAG

FORMATS = {"resumes": {"pdf": 9, "docx": 7, "txt": 4, "md": 4},
           "jds": {"txt": 4, "md": 3, "docx": 3, "pdf": 2}}
GREY = HexColor("#555555")


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def tabline(d, parts, right="", stop=17.0, size=None, after=0, before=None, color=None, rb=False, ri=False):
    """One paragraph: (text, bold, italic) parts on the left, then a right tab stop with `right`."""
    p = P(d, after=after, before=before)
    tabs(p, (stop, "r"))
    for s, b, i in parts:
        run(p, s, b=b, i=i, size=size, color=color)
    if right:
        run(p, "\t" + right, b=rb, i=ri, size=size, color=color)
    return p


def dots(c, x, y, n, of=5, r=2.6, on=BLACK, off=HexColor("#CCCCCC")):
    """A rating drawn as circles (no text)."""
    for k in range(of):
        c.setFillColor(on if k < n else off)
        c.circle(x + k * (2 * r + 3), y, r, stroke=0, fill=1)


# =========================================================================================================
# reportlab resumes
# =========================================================================================================
def r01_jordan_whitlock(path):
    """US two-column builder PDF: dark left sidebar with skill bars, main column with bold company + right city,
    italic title + right dates, promotion under one company."""
    c = new_canvas(path, letter, "Jordan Whitlock Resume", "Jordan Whitlock", "Resume builder")
    W, H = letter
    side = HexColor("#23303F")
    box(c, 0, 0, 190, H, fill=side)
    s = Flow(c, 20, 150, H - 40)
    for head, lines in [("CONTACT", ["Austin, TX 78704", "(512) 555-0183", "jordan.whitlock@example.com",
                                     "github.com/jwhitlock-example"])]:
        s.line(head, font="Sans-B", size=10, color=WHITE, after=6)
        for ln in lines:
            s.line(ln, size=8, color=WHITE, after=3)
    s.gap(10)
    s.line("SKILLS", font="Sans-B", size=10, color=WHITE, after=6)
    for sk, lvl in [("Go", .9), ("Python", .8), ("Kubernetes", .75), ("PostgreSQL", .8), ("Kafka", .6),
                    ("Terraform", .65), ("AWS", .8)]:
        s.line(sk, size=8.5, color=WHITE, after=3)
        box(c, 20, s.y - 2, 150, 4, fill=HexColor("#46596E"))
        box(c, 20, s.y - 2, 150 * lvl, 4, fill=HexColor("#F2B134"))
        s.gap(9)
    s.gap(8)
    s.line("EDUCATION", font="Sans-B", size=10, color=WHITE, after=6)
    s.line("B.S. Computer Science", font="Sans-B", size=8.5, color=WHITE, after=3)
    s.line("Tamarack State University", size=8.5, color=WHITE, after=3)
    s.line("Class of 2015", size=8.5, color=WHITE, after=3)
    f = Flow(c, 215, 370, H - 45)
    f.line("JORDAN WHITLOCK", font="Sans-B", size=22, color=side, after=6)
    f.line("Senior Software Engineer · Distributed Systems", font="Sans", size=11, color=HexColor("#B7791F"),
           after=12)

    def sect(t):
        f.gap(4)
        f.line(t, font="Sans-B", size=10.5, color=side, after=3)
        hline(c, 215, 585, f.y, side, 0.8)
        f.gap(6)

    sect("PROFILE")
    f.para("Backend engineer with nine years building payment and logistics platforms in Go and Python. I like "
           "boring, observable systems and teams that write things down.", size=9)
    sect("EXPERIENCE")
    for co, city, roles in [
        ("Lumenfield Payments, Inc.", "Austin, TX", [
            ("Senior Software Engineer", "Feb 2021 – Present",
             ["Lead the ledger team (5 engineers); moved settlement from nightly batch to Kafka streams.",
              "Cut p99 authorization latency from 340 ms to 95 ms by reworking PostgreSQL indexes."]),
            ("Software Engineer II", "Jul 2018 – Jan 2021",
             ["Built the merchant payouts service in Go; on-call for a 99.95% SLO."])]),
        ("Cobalt Ridge Logistics", "Dallas, TX", [
            ("Software Engineer", "Jun 2015 – Jun 2018",
             ["Wrote route-optimisation workers in Python and the Terraform modules for their AWS stack."])]),
    ]:
        f.line(co, city, font="Sans-B", size=10.5, rfont="Sans", after=3)
        for t_, dates, bl in roles:
            f.line(t_, dates, font="Sans-I", size=9.5, rfont="Sans", color=GREY, after=3)
            f.bullets(bl, size=8.8)
            f.gap(4)
        f.gap(4)
    sect("PROJECTS")
    f.line("ledgerlint", font="Sans-B", size=9.5, after=2)
    f.para("Open-source linter for double-entry ledger schemas (Go, 400 stars).", size=8.8)
    f.line("Trailhead Status Page", font="Sans-B", size=9.5, after=2)
    f.para("Self-hosted status page for a volunteer trail-running club.", size=8.8)
    c.save()


def r05_oskar_lindqvist(path):
    """Swedish CV in Swedish: photo frame, left date column, title bold then company, 'aug 2021 – nu'."""
    c = new_canvas(path, A4, "CV Oskar Lindqvist", "Oskar Lindqvist", "Word")
    W, H = A4
    box(c, 470, H - 140, 80, 95, stroke=GREY)
    text(c, "Foto", 510, H - 95, "Sans", 8, GREY, "c")
    text(c, "Oskar Lindqvist", 50, H - 70, "Serif-B", 22)
    text(c, "Logistikkoordinator", 50, H - 90, "Serif-I", 12, GREY)
    text(c, "Majorna, Göteborg  ·  070-555 31 82  ·  oskar.lindqvist@example.se", 50, H - 108, "Sans", 8.5)
    f = Flow(c, 50, 500, H - 160)

    def sect(t):
        f.gap(6)
        f.line(t.upper(), font="Sans-B", size=10.5, color=HexColor("#1D4E6E"), after=2)
        hline(c, 50, 550, f.y, HexColor("#1D4E6E"))
        f.gap(6)

    sect("Profil")
    f.para("Strukturerad logistiker med tio år i lager och transport, från truck till planering av inleveranser "
           "för tre kunder. Trivs med att lösa problem tillsammans med chaufförer och lagerpersonal.", size=9)
    sect("Arbetslivserfarenhet")
    for dates, title, co, bl in [
        ("aug 2021 – nu", "Logistikkoordinator", "Nordhamn Logistik AB, Göteborg",
         ["Planerar in- och utleveranser för tre e-handelskunder, cirka 400 order per dag.",
          "Införde SAP EWM-rapporter som halverade antalet felplock."]),
        ("mars 2018 – juli 2021", "Lagerarbetare", "Nordhamn Logistik AB, Göteborg",
         ["Plock, packning och inleverans; skyddsombud från 2020."]),
        ("juni 2015 – feb 2018", "Truckförare (deltid)", "Vänerbygg Grossist AB, Trollhättan",
         ["Lastning och lossning av byggmaterial vid sidan av studierna."]),
    ]:
        y0 = f.y
        text(c, dates, 50, y0 - 9.5, "Sans", 8.8, GREY)
        f.x, f.w = 175, 375
        f.line(title, font="Sans-B", size=10, after=2)
        f.line(co, font="Sans-I", size=9.5, after=3)
        f.bullets(bl, size=8.8)
        f.x, f.w = 50, 500
        f.gap(6)
    sect("Utbildning")
    text(c, "2016 – 2018", 50, f.y - 9.5, "Sans", 8.8, GREY)
    f.x, f.w = 175, 375
    f.line("YH-examen i logistik och inköp", font="Sans-B", size=10, after=2)
    f.line("Yrkeshögskolan Älvstranden (distans)", font="Sans-I", size=9.5, after=6)
    f.x, f.w = 50, 500
    text(c, "2012 – 2015", 50, f.y - 9.5, "Sans", 8.8, GREY)
    f.x, f.w = 175, 375
    f.line("Gymnasieexamen, fordons- och transportprogrammet", font="Sans-B", size=10, after=2)
    f.line("Nils Ericson-skolan, Trollhättan", font="Sans-I", size=9.5, after=6)
    f.x, f.w = 50, 500
    sect("Kompetenser")
    f.para("SAP EWM  ·  Ruttplanering  ·  Lagerstyrning  ·  Excel  ·  Inköp", size=9)
    sect("Språk och körkort")
    f.para("Svenska (modersmål), engelska (flytande). Körkort B och CE, truckkort A+B.", size=9)
    sect("Referenser")
    f.para("Lämnas på begäran.", size=9)
    c.save()


def r09_tomas_dvoracek(path):
    """Czech CV in Czech: vertical timeline with dots at the left, dates above each title, 'dosud'."""
    c = new_canvas(path, A4, "Životopis – Tomáš Dvořáček", "Tomáš Dvořáček", "Canva")
    W, H = A4
    acc = HexColor("#8E2C48")
    text(c, "Tomáš Dvořáček", W / 2, H - 62, "Sans-B", 20, acc, "c")
    text(c, "Inženýr kvality  |  Mladá Boleslav  |  +420 605 555 214  |  tomas.dvoracek@example.cz", W / 2,
         H - 82, "Sans", 8.5, GREY, "c")
    f = Flow(c, 80, 460, H - 115)

    def sect(t):
        f.gap(8)
        box(c, 50, f.y - 15, 495, 17, fill=HexColor("#F3E6EA"))
        text(c, t, 58, f.y - 11, "Sans-B", 10, acc)
        f.gap(25)

    sect("PROFIL")
    f.para("Inženýr kvality s osmiletou praxí v automobilovém průmyslu, zaměřený na řešení reklamací a "
           "zavádění nových dílů do sériové výroby.", size=9)
    sect("PRACOVNÍ ZKUŠENOSTI")
    for dates, title, co, bl in [
        ("03/2020 – dosud", "Inženýr kvality", "Valbrod Automotive s.r.o., Mladá Boleslav",
         ["Vedení 8D reklamací od zákazníků OEM, snížení ppm z 45 na 12.",
          "Příprava PPAP dokumentace pro 30 nových dílů."]),
        ("09/2017 – 02/2020", "Technik kvality", "Valbrod Automotive s.r.o., Mladá Boleslav",
         ["Měření na 3D CMM, vyhodnocování SPC a MSA studií."]),
        ("06/2016 – 08/2016", "Operátor výroby (brigáda)", "Kovolis Hradec a.s., Hradec Králové",
         ["Letní brigáda na lince lisování."]),
    ]:
        c.setFillColor(acc)
        c.circle(62, f.y - 5, 3.5, stroke=0, fill=1)
        hline(c, 62, 62, f.y - 9, acc, 0.8)
        y_top = f.y
        f.line(dates, font="Sans-B", size=8.5, color=acc, after=2)
        f.line(title, font="Sans-B", size=10.5, after=2)
        f.line(co, font="Sans-I", size=9, color=GREY, after=3)
        f.bullets(bl, size=8.8)
        hline(c, 62, 62, f.y - 2, acc, 0.8)
        c.line(62, y_top - 9, 62, f.y - 2)
        f.gap(6)
    sect("VZDĚLÁNÍ")
    f.line("2012 – 2017", font="Sans-B", size=8.5, color=acc, after=2)
    f.line("Ing. Strojírenská technologie", font="Sans-B", size=10.5, after=2)
    f.line("Vysoká škola technická Lomnice", font="Sans-I", size=9, color=GREY, after=6)
    f.line("2008 – 2012", font="Sans-B", size=8.5, color=acc, after=2)
    f.line("Maturita, Střední průmyslová škola strojní", font="Sans-I", size=9, color=GREY, after=4)
    sect("DOVEDNOSTI")
    f.para("FMEA, 8D report, SPC, MSA, Minitab, CATIA V5", size=9)
    sect("JAZYKY")
    f.para("Čeština – rodilý mluvčí; angličtina – B2; němčina – A2", size=9)
    sect("OSTATNÍ")
    f.para("Řidičský průkaz sk. B. Interní auditor IATF 16949 (2021).", size=9)
    c.save()


def r14_richard_hallam(path):
    """UK senior executive two-page CV: company heading with a descriptor, title with years at the right, board
    appointments under their own heading, a running footer."""
    c = new_canvas(path, A4, "Richard Hallam - CV", "Richard Hallam", "Microsoft Word")
    W, H = A4
    navy = HexColor("#14284B")

    def foot(cv):
        text(cv, "Richard Hallam FCA  ·  Curriculum Vitae  ·  Strictly confidential", W / 2, 28, "Serif-I", 7.5, GREY,
             "c")

    def newp(cv):
        foot(cv)
        return H - 60

    f = Flow(c, 60, 475, H - 60, bottom=55, new_page=lambda cv: newp(cv))
    f.line("Richard Hallam FCA", font="Serif-B", size=22, color=navy, after=4)
    f.line("Chief Financial Officer  |  Listed industrials  |  M&A and capital markets", font="Serif-I", size=11,
           color=GREY, after=4)
    f.line("Harpenden, Hertfordshire  ·  07700 900 318  ·  richard.hallam@example.co.uk", font="Serif", size=9,
           after=8)
    hline(c, 60, 535, f.y, navy, 1.2)
    f.gap(8)

    def sect(t):
        f.gap(6)
        f.line(t, font="Serif-B", size=11.5, color=navy, after=3)
        hline(c, 60, 535, f.y, navy, 0.5)
        f.gap(6)

    sect("Executive Profile")
    f.para("Chartered accountant and plc CFO with twenty years in building products and packaging. Led a £420m "
           "acquisition, two refinancings and an LSE main-market move; comfortable with boards, lenders and "
           "investors alike.", font="Serif", size=9.5)
    sect("Core Competencies")
    f.para("M&A  •  Capital markets  •  IFRS  •  Treasury  •  Investor relations  •  ERP transformation",
           font="Serif", size=9.5)
    sect("Key Achievements")
    f.bullets(["Delivered total shareholder return of 74% over five years as CFO, against 31% for the sector.",
               "Completed eleven acquisitions and three disposals with a combined value above £900m.",
               "Reduced net debt / EBITDA from 2.6x to 1.1x while funding a £150m capital programme.",
               "Built finance teams of up to 180 people across the UK, Ireland and the Netherlands.",
               "Chaired two ERP programmes and a shared service centre move to Leeds."], font="Serif", size=9.5)
    sect("Career History")
    for co, desc, roles in [
        ("Kestrelmoor Group plc, London", "FTSE 250 building products group; revenue £1.2bn, 4,800 employees", [
            ("Chief Financial Officer", "2019 – Present",
             ["Led the £420m acquisition of a Benelux roofing business and its integration.",
              "Refinanced the group's £600m revolving credit facility with a sustainability-linked margin.",
              "Sponsored a SAP S/4HANA programme across 14 sites, delivered on budget.",
              "Lead the annual budget, the three-year plan and the capital allocation framework for the board.",
              "Chair the group risk committee and the pension scheme funding negotiations with the trustees.",
              "Introduced a working-capital programme that released £85m of cash in eighteen months."])]),
        ("Halberd Industrial Holdings plc, Birmingham", "AIM-listed engineering group; revenue £380m", [
            ("Group Finance Director", "2015 – 2019",
             ["Moved the group from AIM to the Main Market in 2017.",
              "Built the investor relations function; analyst coverage from 2 to 7 houses.",
              "Negotiated a £250m private placement with US insurers at a fixed coupon.",
              "Led the finance side of six bolt-on acquisitions in Germany and the Netherlands."]),
            ("Divisional Finance Director, Building Products", "2012 – 2015",
             ["Turned round a loss-making division: EBITDA margin from 3% to 11% in three years."])]),
        ("Ravensbourne Packaging Ltd, Leeds", "Private-equity-backed packaging manufacturer", [
            ("Financial Controller", "2008 – 2012",
             ["Ran monthly reporting to the PE owner and lenders; supported the 2011 secondary buyout."])]),
        ("Atherley Frost LLP, London", "Mid-tier audit and advisory firm", [
            ("Audit Manager", "2002 – 2008",
             ["Managed audits of listed and PE-backed manufacturing clients; qualified ACA in 2005."])]),
    ]:
        f.gap(2)
        f.line(co, font="Serif-B", size=10.5, after=2)
        f.line(desc, font="Serif-I", size=8.8, color=GREY, after=4)
        for t_, dates, bl in roles:
            f.line(t_, dates, font="Serif-B", size=9.8, rfont="Serif", color=navy, after=3)
            f.bullets(bl, font="Serif", size=9.2)
            f.gap(4)
    sect("Board Appointments")
    f.para("Non-Executive Director and Audit Committee Chair, Wyvern Vale Housing Association (2021 – Present)",
           font="Serif", size=9.5)
    f.para("Trustee and Treasurer, Lea Valley Youth Sailing Trust (2016 – 2022)", font="Serif", size=9.5)
    sect("Education & Qualifications")
    f.line("MBA", "2011", font="Serif-B", size=9.8, rfont="Serif", after=2)
    f.line("Thameside Business School", font="Serif-I", size=9.5, after=5)
    f.line("BSc Economics", "2001", font="Serif-B", size=9.8, rfont="Serif", after=2)
    f.line("University of Eastmoor", font="Serif-I", size=9.5, after=5)
    f.para("Fellow of the Institute of Chartered Accountants in England and Wales (FCA); ACA 2005.", font="Serif",
           size=9.5)
    sect("Interests")
    f.para("Dinghy sailing, Victorian railway history, mentoring first-time finance directors.", font="Serif",
           size=9.5)
    foot(c)
    c.save()


def r19_emily_tran(path):
    """Canadian one-page student resume: education first, roles with dotted leaders to the dates, seasons."""
    c = new_canvas(path, letter, "Emily Tran Resume", "Emily Tran", "Google Docs")
    W, H = letter
    text(c, "Emily Tran", W / 2, H - 55, "Times-B", 22, how="c")
    text(c, "Ottawa, ON  |  613-555-0149  |  emily.tran@example.ca  |  linkedin.com/in/emilytran-example", W / 2,
         H - 73, "Times", 9.5, how="c")
    f = Flow(c, 54, 504, H - 95)

    def sect(t):
        f.gap(5)
        f.line(t, font="Times-B", size=11.5, after=2)
        hline(c, 54, 558, f.y, BLACK, 0.7)
        f.gap(5)

    def lead(left, right, font="Times-B"):
        f.room(14)
        f.y -= 10
        text(c, left, 54, f.y, font, 10.5)
        text(c, right, 558, f.y, "Times", 10.5, how="r")
        x1, x2 = 54 + sw(left, font, 10.5) + 6, 558 - sw(right, "Times", 10.5) - 6
        text(c, "." * int((x2 - x1) / sw(".", "Times", 10.5)), x1, f.y, "Times", 10.5, GREY)
        f.y -= 3

    sect("EDUCATION")
    lead("Laurentide University, Ottawa, ON", "Expected April 2025")
    f.line("Bachelor of Commerce, Accounting Option  —  GPA 3.7/4.0", font="Times-I", size=10.5, after=2)
    f.para("Relevant coursework: Intermediate Accounting I–II, Managerial Accounting, Income Tax, Auditing.",
           font="Times", size=10)
    sect("WORK EXPERIENCE")
    for t_, dates, co, bl in [
        ("Accounts Payable Co-op Student", "May 2024 – Aug 2024", "Rideau Terrace Property Management Inc., Ottawa, ON",
         ["Processed about 350 vendor invoices a month in Yardi and matched them to purchase orders.",
          "Reconciled two vendor statements a week and cleared a 60-day backlog."]),
        ("Cashier (part-time)", "Sept 2021 – Present", "Maple Basket Grocers, Ottawa, ON",
         ["Handle cash and card payments on weekends, about 15 hours a week; trusted with closing the till."]),
        ("Camp Counsellor", "Summer 2023", "Pine Ridge Day Camp, Chelsea, QC",
         ["Led a group of 12 campers aged 8 to 10; planned bilingual activities."]),
    ]:
        lead(t_, dates)
        f.line(co, font="Times-I", size=10.5, after=2)
        f.bullets(bl, font="Times", size=10)
        f.gap(3)
    sect("PROJECTS")
    f.line("Campus Café Break-even Model", font="Times-B", size=10.5, after=2)
    f.para("Excel model of the student café's fixed and variable costs, presented to the student union board.",
           font="Times", size=10)
    sect("VOLUNTEER")
    lead("Tax Clinic Volunteer, Laurentide Commerce Society", "Feb 2023 – Apr 2024", font="Times")
    sect("SKILLS")
    f.para("Excel, QuickBooks Online, Sage 50, Yardi, Customer service", font="Times", size=10.5)
    f.para("Languages: English and French (fluent), Vietnamese (conversational)", font="Times", size=10.5)
    c.save()


def r22_travis_lundgren(path):
    """US builder PDF with a header bar, skills rated with dots (drawn), dates in a left column."""
    c = new_canvas(path, letter, "Travis Lundgren", "Travis Lundgren", "Resume Now-like builder")
    W, H = letter
    acc = HexColor("#2E6B5E")
    box(c, 0, H - 85, W, 85, fill=acc)
    text(c, "TRAVIS LUNDGREN", 45, H - 45, "Arial-B", 24, WHITE)
    text(c, "Rockford, IL 61109  •  815-555-0172  •  travis.lundgren@example.com", 45, H - 68, "Arial", 9.5, WHITE)
    f = Flow(c, 45, 520, H - 110)

    def sect(t):
        f.gap(6)
        f.line(t, font="Arial-B", size=11.5, color=acc, after=3)
        hline(c, 45, 565, f.y, acc, 1)
        f.gap(6)

    sect("Summary")
    f.para("CNC machinist with ten years on Haas and Okuma equipment, building tight-tolerance aerospace parts "
           "from first article to production.", font="Arial", size=9.5)
    sect("Skills")
    y = f.y
    for k, (sk, n) in enumerate([("Mastercam", 5), ("G-code", 5), ("GD&T", 4), ("Blueprint reading", 5),
                                 ("CMM inspection", 3), ("Okuma lathes", 4)]):
        x = 45 + (k % 2) * 265
        yy = y - 12 - (k // 2) * 16
        text(c, sk, x, yy, "Arial", 9.5)
        dots(c, x + 150, yy + 3, n, on=acc)
    f.y = y - 12 - 3 * 16
    sect("Work History")
    for dates, t_, co, bl in [
        ("03/2021 - Current", "Lead CNC Machinist", "Halvorsen Aerospace Components, Inc. - Rockford, IL",
         ["Set up and prove out 5-axis programs; train 4 second-shift machinists.",
          "Reduced scrap on titanium brackets from 6% to 1.5%."]),
        ("06/2017 - 02/2021", "CNC Machinist", "Halvorsen Aerospace Components, Inc. - Rockford, IL",
         ["Ran Haas VF-4 and Okuma LB3000 cells holding ±0.0005 in."]),
        ("08/2014 - 05/2017", "Machine Operator", "Pecatonica Tool & Die LLC - Freeport, IL",
         ["Loaded and inspected stamping dies; moved to manual lathe work in 2016."]),
    ]:
        y0 = f.y
        text(c, dates, 45, y0 - 10, "Arial", 9, GREY)
        f.x, f.w = 165, 400
        f.line(t_, font="Arial-B", size=10.5, after=2)
        f.line(co, font="Arial-I", size=9.5, after=3)
        f.bullets(bl, font="Arial", size=9.2)
        f.x, f.w = 45, 520
        f.gap(6)
    sect("Education")
    text(c, "2014", 45, f.y - 10, "Arial", 9, GREY)
    f.x, f.w = 165, 400
    f.line("Associate of Applied Science in Machine Tool Technology", font="Arial-B", size=10, after=2)
    f.line("Rock River Technical College - Rockford, IL", font="Arial-I", size=9.5, after=4)
    f.x, f.w = 45, 520
    sect("Certifications")
    f.para("NIMS Machining Level I – CNC Milling (2018)  •  OSHA 10-Hour General Industry", font="Arial", size=9.5)
    c.save()


# =========================================================================================================
# python-docx resumes
# =========================================================================================================
def hdr(d, s, size=8.5, align="r", color="666666", footer=False):
    sec = d.sections[0]
    p = (sec.footer if footer else sec.header).paragraphs[0]
    run(p, s, size=size, color=color)
    p.alignment = {"l": 0, "c": 1, "r": 2}[align]
    return p


def r02_bethany_carrow(path):
    """UK nurse CV as a two-column Word table: shaded sidebar cell (contact, key skills, education) and a main
    cell with bold titles over italic 'Trust · Town' lines and dates."""
    d = docx_new("Arial", 10, margins=(1.5, 1.5, 1.5, 1.5))
    t = new_table(d, 1, 2, [5.6, 12.4])
    sb, mn = t.cell(0, 0), t.cell(0, 1)
    shade(sb, "DCEBF0")
    cell(sb, "Bethany Carrow", b=True, size=17, color="0B5563", after=2)
    cell_add(sb, "Registered Nurse (Adult)", i=True, after=10)
    cell_add(sb, "CONTACT", b=True, color="0B5563", after=2)
    for s in ["Coventry, CV3", "07700 900 562", "bethany.carrow@example.co.uk", "NMC PIN: 19X9999E"]:
        cell_add(sb, s, size=9, after=1)
    cell_add(sb, "", after=6)
    cell_add(sb, "KEY SKILLS", b=True, color="0B5563", after=2)
    cell_bullets(sb, ["Acute medical care", "IV therapy", "NEWS2 observations", "Medicines management",
                      "SystmOne", "Discharge planning"], size=9)
    cell_add(sb, "", after=6)
    cell_add(sb, "EDUCATION", b=True, color="0B5563", after=2)
    cell_add(sb, "BSc (Hons) Adult Nursing", b=True, size=9, after=0)
    cell_add(sb, "University of Nethercombe", size=9, after=0)
    cell_add(sb, "2016 – 2019", size=9, after=6)
    cell_add(sb, "INTERESTS", b=True, color="0B5563", after=2)
    cell_add(sb, "Open-water swimming, choir", size=9)
    cell(mn, "PROFILE", b=True, color="0B5563", after=2)
    cell_add(mn, "Compassionate adult nurse with five years on a busy acute medical unit, previously a healthcare "
                 "assistant. Confident with deteriorating patients, student mentoring and complex discharges.",
             after=8)
    cell_add(mn, "EMPLOYMENT", b=True, color="0B5563", after=2)
    for t_, co, dates, bl in [
        ("Staff Nurse (Band 5)", "Harwick & District NHS Trust · Coventry", "Sept 2019 – Present",
         ["Care for up to eight patients per shift on Ward 12, a 28-bed acute medical unit.",
          "Practice supervisor for second- and third-year student nurses."]),
        ("Healthcare Assistant (Bank)", "Harwick & District NHS Trust · Coventry", "Oct 2016 – Aug 2019",
         ["Bank shifts across medical wards alongside my degree: observations, personal care, admissions."]),
        ("Care Assistant", "Elmfield Lodge Care Home · Nuneaton", "Jun 2014 – Sep 2016",
         ["Supported 30 residents living with dementia on day and night shifts."]),
    ]:
        cell_add(mn, t_, b=True, after=0)
        cell_add(mn, co + "  |  " + dates, i=True, color="555555", after=1)
        cell_bullets(mn, bl)
        cell_add(mn, "", after=2)
    cell_add(mn, "REFERENCES", b=True, color="0B5563", after=2)
    cell_add(mn, "Available on request.")
    docx_save(d, path, "Bethany Carrow")


def r07_lena_marchetti(path):
    """US creative resume with the name and contact in the Word page header and a page footer; bold company with
    the city at a right tab, italic title with dates at a right tab; a concurrent teaching role."""
    d = docx_new("Calibri", 10.5, margins=(2.2, 2.0, 2.0, 2.0))
    hdr(d, "LENA MARCHETTI  |  Video Producer & Editor  |  Brooklyn, NY  |  917-555-0164  |  lenamarchetti.example",
        align="c")
    hdr(d, "Lena Marchetti · Résumé · Page 1 of 1", footer=True, align="c")
    P(d, "Lena Marchetti", b=True, size=24, color="7A1F3D", after=0)
    P(d, "Video producer who has shipped more than 300 branded and documentary pieces for web and broadcast.",
      i=True, after=6)
    heading(d, "Experience", color="7A1F3D")
    for co, city, roles in [
        ("Brightwater Media Group", "New York, NY", [
            ("Senior Video Producer", "Jan 2021 – Present",
             ["Produce the weekly 'City Desk' series (avg. 1.2M views) and manage a crew of six."]),
            ("Video Producer", "Mar 2018 – Dec 2020",
             ["Shot and cut 150+ social videos; introduced a DaVinci Resolve colour pipeline."])]),
        ("Eastbrook Community College", "Queens, NY", [
            ("Adjunct Instructor, Digital Media", "Sep 2022 – Present",
             ["Teach two evening sections of Intro to Video Editing each semester."])]),
        ("Foxglove Wedding Films", "Hoboken, NJ", [
            ("Assistant Editor", "May 2016 – Feb 2018",
             ["Synced multicam footage and built first cuts for 80 weddings a year."])]),
    ]:
        tabline(d, [(co, True, False)], city, before=6)
        for t_, dates, bl in roles:
            tabline(d, [(t_, False, True)], dates, before=2, ri=True)
            bullets(d, bl)
    heading(d, "Selected Projects", color="7A1F3D")
    P(d, "Salt & Current", b=True, after=0)
    P(d, "Documentary short on oyster farmers in Long Island Sound; festival selection.", after=3)
    P(d, "Night Market Diaries", b=True, after=0)
    P(d, "Six-episode web series shot on weekends with a two-person crew.", after=3)
    heading(d, "Skills", color="7A1F3D")
    P(d, "Adobe Premiere Pro, After Effects, DaVinci Resolve, Storyboarding, Color grading, Motion graphics")
    heading(d, "Education", color="7A1F3D")
    tabline(d, [("BFA Film and Television", True, False), (", Hollins Park School of the Arts", False, False)],
            "2016")
    docx_save(d, path, "Lena Marchetti")


def r10_goh_wei_ling(path):
    """Singapore resume with the employment history in a ruled Word table with a header row (Period /
    Organisation / Designation & Responsibilities), one row per role, bullets in the cell."""
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 1.8, 1.8))
    P(d, "GOH WEI LING", b=True, size=18, after=0)
    P(d, "Blk 512 Jurong West Street 52, Singapore  |  +65 9555 2741  |  goh.weiling@example.sg", size=9, after=2)
    P(d, "Nationality: Singaporean  |  Notice period: 1 month", size=9, after=8)
    heading(d, "CAREER SUMMARY", color="000000")
    P(d, "Warehouse and inventory professional with nine years in third-party and cold-chain logistics.")
    heading(d, "EMPLOYMENT HISTORY", color="000000")
    rows = [
        ("Jan 2022 – Present", "Merlion Cold Chain Pte. Ltd.", "Tuas, Singapore",
         "Assistant Manager, Warehouse Operations",
         ["Run a 12,000-pallet chilled and frozen warehouse with 45 staff across two shifts.",
          "Raised inventory accuracy from 97.1% to 99.6% with weekly cycle counts."]),
        ("Apr 2018 – Dec 2021", "Straits Harbour Logistics Pte Ltd", "Jurong, Singapore",
         "Senior Executive, Inventory Control", ["Led stock reconciliation for 14 FMCG clients."]),
        ("Jul 2015 – Mar 2018", "Straits Harbour Logistics Pte Ltd", "Jurong, Singapore", "Logistics Executive",
         ["Coordinated inbound containers and customs permits."]),
    ]
    t = new_table(d, len(rows) + 1, 3, [3.4, 4.8, 9.2], borders={"color": "808080"})
    for k, h in enumerate(["Period", "Organisation", "Designation & Key Responsibilities"]):
        cell(t.cell(0, k), h, b=True, fill="D9D9D9")
    for r_, (dates, co, loc, title, bl) in enumerate(rows, 1):
        cell(t.cell(r_, 0), dates)
        cell(t.cell(r_, 1), co, b=True)
        cell_add(t.cell(r_, 1), loc, i=True)
        cell(t.cell(r_, 2), title, b=True)
        cell_bullets(t.cell(r_, 2), bl)
    heading(d, "KEY SKILLS", color="000000")
    P(d, "WMS  |  Inventory control  |  Cold chain compliance  |  Lean  |  Power BI  |  SAP MM")
    heading(d, "EDUCATION", color="000000")
    t2 = new_table(d, 2, 3, [2.4, 9.0, 6.0], borders={"color": "808080"})
    for r_, (yr, deg, sch) in enumerate([
            ("2015", "Bachelor of Science in Logistics and Supply Chain Management", "Kallang Institute of Technology"),
            ("2012", "Diploma in Maritime Business", "Tanjong Rhu Polytechnic")]):
        cell(t2.cell(r_, 0), yr)
        cell(t2.cell(r_, 1), deg)
        cell(t2.cell(r_, 2), sch)
    heading(d, "LANGUAGES", color="000000")
    P(d, "English (fluent), Mandarin (fluent), Malay (basic)")
    P(d, "Expected salary: negotiable", i=True, before=6)
    docx_save(d, path, "Goh Wei Ling")


def r12_ciaran_mulcahy(path):
    """Irish sales CV: headline under the name; bold company line with the town at a right tab, italic title line
    with the dates at a right tab (promotion), key skills in a two-column table."""
    d = docx_new("Cambria", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "Ciarán Mulcahy", b=True, size=20, color="1E5631", after=0, align="c")
    P(d, "Key Account Manager | Medical & Dental Sales", size=11, color="555555", after=0, align="c")
    P(d, "Douglas, Cork  •  087 555 2291  •  ciaran.mulcahy@example.ie", size=9, align="c", after=8)
    heading(d, "PROFILE", color="1E5631")
    P(d, "Target-driven account manager with eight years in field and key account sales across Munster.")
    heading(d, "CAREER HISTORY", color="1E5631")
    for co, town, roles in [
        ("Ardmore Dental Supplies Ltd", "Cork", [
            ("Key Account Manager", "Jan 2022 – Present",
             ["Manage 40 group and corporate practices worth €3.1m a year; 118% of target in 2023."]),
            ("Territory Sales Executive", "Sep 2019 – Dec 2021",
             ["Opened 65 new practices in Cork and Kerry; promoted after two years."])]),
        ("Tullybrook Foods", "Limerick", [
            ("Field Sales Representative", "Jun 2016 – Aug 2019",
             ["Called on 120 independent retailers; won shelf space in 30 new stores."])]),
        ("Shannonside Mobile", "Ennis", [
            ("Retail Sales Assistant", "Jun 2014 – May 2016",
             ["Part-time sales and repairs desk during college."])]),
    ]:
        tabline(d, [(co, True, False)], town, before=6, rb=True)
        for t_, dates, bl in roles:
            tabline(d, [(t_, False, True)], dates, ri=True)
            bullets(d, bl)
    heading(d, "KEY SKILLS", color="1E5631")
    t = new_table(d, 3, 2, [8.5, 8.5])
    for k, s in enumerate(["Salesforce", "Account planning", "Negotiation", "Pipeline management",
                           "Territory management", "Product demonstrations"]):
        cell(t.cell(k // 2, k % 2), "• " + s)
    heading(d, "EDUCATION", color="1E5631")
    tabline(d, [("Bachelor of Business Studies in Marketing", True, False)], "2016")
    P(d, "South Munster Institute of Business", i=True)
    P(d, "Leaving Certificate, Coláiste Naomh Brendan, Ennis (2012)", before=3)
    heading(d, "INTERESTS", color="1E5631")
    P(d, "Hurling (club coach, U-12s), sea kayaking. Full clean driving licence.")
    docx_save(d, path, "Ciarán Mulcahy")


def r16_chloe_fairweather(path):
    """Australian career changer (teacher to instructional designer), hybrid Word resume: Relevant Experience and
    Teaching Experience headings, 'Title | Company | Place' bold lines with dates below, portfolio projects."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "Chloe Fairweather", b=True, size=22, color="5B2C6F", after=0)
    P(d, "Instructional Designer", size=13, color="5B2C6F", after=0)
    P(d, "Geelong VIC  |  0412 555 097  |  chloe.fairweather@example.com.au  |  portfolio: chloefd.example",
      size=9, after=6)
    heading(d, "Career Summary", color="5B2C6F")
    P(d, "Former primary teacher with eight years of classroom experience, now designing e-learning for "
         "workplaces. I bring lesson design, assessment and a lot of patience to adult learning.")
    for head, roles in [
        ("Relevant Experience", [
            ("Instructional Designer (Contract) | Wattle Learning Co. | Melbourne VIC", "Feb 2023 – Present",
             ["Design compliance and onboarding modules in Articulate Storyline 360 for three corporate clients."]),
            ("Freelance E-learning Developer | Fairweather Learning Design | Remote", "Jul 2022 – Jan 2023",
             ["Built five Rise 360 courses for not-for-profits while finishing my graduate certificate."])]),
        ("Teaching Experience", [
            ("Leading Teacher, Digital Technologies | Bellbird Hill Primary School | Geelong VIC",
             "Jan 2020 – Dec 2022",
             ["Led the school's move to Google Classroom and coached 20 staff in online lesson design."]),
            ("Primary Teacher | Bellbird Hill Primary School | Geelong VIC", "Jan 2015 – Dec 2019",
             ["Taught Years 3–6; wrote the school's inquiry-unit planning templates."])]),
    ]:
        heading(d, head, color="5B2C6F")
        for line, dates, bl in roles:
            P(d, line, b=True, before=4, after=0)
            P(d, dates, color="666666", after=1)
            bullets(d, bl)
    heading(d, "Portfolio Projects", color="5B2C6F")
    P(d, "Safe Lifting Micro-course", b=True, after=0)
    P(d, "Scenario-based Storyline module for warehouse staff.", after=2)
    P(d, "Onboarding Quest", b=True, after=0)
    P(d, "Gamified Rise 360 onboarding for a community health service.", after=2)
    heading(d, "Skills", color="5B2C6F")
    bullets(d, ["Articulate Storyline 360", "Rise 360", "Adobe Captivate", "ADDIE", "Storyboarding",
                "Moodle administration"])
    heading(d, "Education", color="5B2C6F")
    tabline(d, [("Graduate Certificate in Learning Design", True, False), (" – Yarra Bend University", False, False)],
            "2022")
    tabline(d, [("Bachelor of Education (Primary)", True, False), (" – Coastal Plains University", False, False)],
            "2014")
    P(d, "Victorian Institute of Teaching registration (non-practising). Working with Children Check.", before=4,
      size=9)
    docx_save(d, path, "Chloe Fairweather")


def r18_muhammad_hafiz(path):
    """Malaysian resume styled like a job-portal profile export: 'Mon YYYY - Present | Title' bold line, company and
    place line, an industry / salary line; skills with proficiency in a table; personal particulars."""
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 1.8, 1.8))
    P(d, "Muhammad Hafiz bin Rosli", b=True, size=18, color="0E4C92", after=0)
    P(d, "Perai, Penang  |  +60 12-555 8143  |  hafiz.rosli@example.my", size=9, after=8)
    heading(d, "Experience", color="0E4C92")
    for dates, t_, co, info, bl in [
        ("Jan 2022 - Present", "Senior Process Engineer", "Perai Precision Moulding Sdn. Bhd. | Perai, Penang",
         "Industry: Manufacturing / Production  |  Monthly Salary: MYR 7,400",
         ["Own 22 injection moulding machines for medical device housings; cut cycle time by 9%."]),
        ("Jul 2018 - Dec 2021", "Process Engineer", "Perai Precision Moulding Sdn. Bhd. | Perai, Penang",
         "Industry: Manufacturing / Production",
         ["Ran DOE and process validation (IQ/OQ/PQ) for 15 new moulds."]),
        ("Aug 2015 - Jun 2018", "Production Engineer", "Kinta Valley Electronics Sdn. Bhd. | Ipoh, Perak",
         "Industry: Electrical & Electronics",
         ["Line balancing and SPC for SMT lines; OEE from 71% to 80%."]),
        ("Mar 2014 - Aug 2014", "Industrial Trainee", "Kinta Valley Electronics Sdn. Bhd. | Ipoh, Perak",
         "Industry: Electrical & Electronics", ["Six-month industrial training in the engineering department."]),
    ]:
        P(d, dates + "  |  " + t_, b=True, before=6, after=0)
        P(d, co, after=0)
        P(d, info, size=8.5, color="777777", after=1)
        bullets(d, bl)
    heading(d, "Education", color="0E4C92")
    P(d, "2015  |  Bachelor of Mechanical Engineering (Hons)", b=True, after=0)
    P(d, "Universiti Sains Semenanjung  |  CGPA 3.41", after=2)
    P(d, "2010  |  Sijil Pelajaran Malaysia (SPM)", b=True, after=0)
    P(d, "SMK Taman Bersatu, Ipoh", after=2)
    heading(d, "Skills", color="0E4C92")
    t = new_table(d, 7, 2, [7.0, 4.0], borders={"color": "BBBBBB"})
    cell(t.cell(0, 0), "Skill", b=True, fill="E8EEF7")
    cell(t.cell(0, 1), "Proficiency", b=True, fill="E8EEF7")
    for k, (s, lv) in enumerate([("Injection moulding", "Advanced"), ("Six Sigma DMAIC", "Intermediate"),
                                 ("Minitab", "Advanced"), ("AutoCAD", "Intermediate"), ("SolidWorks", "Intermediate"),
                                 ("SPC", "Advanced")], 1):
        cell(t.cell(k, 0), s)
        cell(t.cell(k, 1), lv)
    heading(d, "Languages", color="0E4C92")
    P(d, "Bahasa Malaysia (native), English (fluent)")
    heading(d, "Additional Info", color="0E4C92")
    P(d, "Expected salary: MYR 8,500  |  Availability: 1 month notice  |  Own transport")
    docx_save(d, path, "Muhammad Hafiz bin Rosli")


def r23_georgia_pennington(path):
    """NZ teacher CV with roles in a borderless two-column Word table: school-term dates left, title / school /
    bullets right."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.0, 2.0))
    P(d, "Georgia Pennington", b=True, size=20, after=0)
    P(d, "Christchurch  ·  027 555 4410  ·  georgia.pennington@example.co.nz", size=9.5, after=8)
    heading(d, "Teaching Philosophy", color="2F5D50")
    P(d, "Every student can do maths when the lesson starts from what they already know.")
    heading(d, "Teaching Experience", color="2F5D50")
    rows = [("Term 1 2021 – Present", "Head of Mathematics", "Kōwhai Park High School, Christchurch",
             ["Lead a department of seven; NCEA Level 2 maths pass rate up from 68% to 81%."]),
            ("Term 3 2017 – Term 4 2020", "Teacher of Mathematics and Statistics", "Ōtākaro College, Christchurch",
             ["Taught Years 9–13 including Level 3 Statistics."]),
            ("2015 – 2017", "Mathematics Teacher (Fixed-term)", "Ashburton Valley School, Ashburton",
             ["Covered a long-term vacancy, then a parental-leave position."])]
    t = new_table(d, len(rows), 2, [4.2, 12.8])
    for k, (dates, t_, sch, bl) in enumerate(rows):
        cell(t.cell(k, 0), dates, color="555555")
        cell(t.cell(k, 1), t_, b=True)
        cell_add(t.cell(k, 1), sch, i=True)
        cell_bullets(t.cell(k, 1), bl)
    heading(d, "Key Skills", color="2F5D50")
    P(d, "NCEA assessment · Curriculum design · Desmos · Google Classroom · Differentiated instruction")
    heading(d, "Qualifications", color="2F5D50")
    tabline(d, [("Graduate Diploma of Teaching (Secondary)", True, False), (", University of Waitaha", False, False)],
            "2014")
    tabline(d, [("Bachelor of Science in Mathematics", True, False), (", University of Waitaha", False, False)],
            "2013")
    P(d, "Fully certificated teacher, Teaching Council of Aotearoa New Zealand.", before=4)
    heading(d, "Languages", color="2F5D50")
    P(d, "English (native), te reo Māori (conversational)")
    docx_save(d, path, "Georgia Pennington")


# =========================================================================================================
# Word files converted by LibreOffice
# =========================================================================================================
def r06_darnell_whitfield_docx(path):
    """US military-to-civilian resume: name and contact in the Word page header, page footer, civilian job then
    the U.S. Army as a company heading with three ranks/roles under it."""
    d = docx_new("Calibri", 10.5, margins=(2.2, 2.0, 2.0, 2.0))
    hdr(d, "Darnell Whitfield  •  Killeen, TX  •  254-555-0139  •  darnell.whitfield@example.com", align="c", size=9)
    hdr(d, "Veteran – U.S. Army, Honorable Discharge  •  Secret clearance (inactive)", footer=True, align="c", size=8)
    P(d, "DARNELL WHITFIELD", b=True, size=22, align="c", after=0)
    P(d, "Logistics & Operations Leader", size=12, align="c", color="555555", after=8)
    heading(d, "SUMMARY", color="1F3864")
    P(d, "Twelve years of Army logistics leadership translated into civilian freight operations: I plan, "
         "track and account for equipment and people, and I keep teams safe.")
    heading(d, "PROFESSIONAL EXPERIENCE", color="1F3864")
    tabline(d, [("Operations Supervisor", True, False)], "Oct 2021 – Present", rb=True, before=4)
    P(d, "Tri-County Freight Services, LLC — Killeen, TX", i=True, after=1)
    bullets(d, ["Supervise 18 drivers and dock staff; on-time delivery 97% over 2023.",
                "Rolled out a DOT compliance checklist that cleared two audits with no findings."])
    tabline(d, [("U.S. Army", True, False)], "Aug 2009 – Sep 2021", rb=True, before=8)
    for t_, place, dates, bl in [
        ("Platoon Sergeant (E-7)", "Fort Cavazos, TX", "Jun 2017 – Sep 2021",
         ["Led 32 soldiers and $14M of vehicles and equipment with zero loss over four inventories."]),
        ("Squad Leader (E-6)", "Fort Cavazos, TX", "Mar 2013 – May 2017",
         ["Ran the motor pool dispatch for a 60-vehicle company; trained 9 soldiers in SAP-based supply."]),
        ("Automated Logistical Specialist", "Camp Humphreys, South Korea", "Aug 2009 – Feb 2013",
         ["Managed a warehouse of 2,400 line items in GCSS-Army."]),
    ]:
        tabline(d, [(t_, False, True), ("  |  " + place, False, False)], dates, before=3)
        bullets(d, bl)
    heading(d, "CORE COMPETENCIES", color="1F3864")
    t = new_table(d, 2, 3, [5.6, 5.6, 5.6])
    for k, s in enumerate(["Fleet management", "Inventory control", "Team leadership", "Safety compliance", "SAP",
                           "Microsoft Excel"]):
        cell(t.cell(k // 3, k % 3), s)
    heading(d, "EDUCATION", color="1F3864")
    tabline(d, [("B.S. in Supply Chain Management", True, False), (", Pinecrest Global University (online)", False,
                                                                  False)], "2021")
    heading(d, "CERTIFICATIONS & TRAINING", color="1F3864")
    P(d, "Certified Supply Chain Professional (CSCP) – 2022  •  OSHA 30  •  Army Senior Leader Course")
    docx_save(d, path, "Darnell Whitfield")


def r13_rosalind_meyers_docx(path):
    """US federal-style resume (USAJOBS conventions): each job with agency address, MM/YYYY dates, series and
    grade, hours per week, salary and supervisor; long duty descriptions."""
    d = docx_new("Times New Roman", 11, margins=(2.0, 2.0, 2.2, 2.2))
    P(d, "ROSALIND K. MEYERS", b=True, size=15, after=0)
    for s in ["1420 Larimer Court, Denver, CO 80204", "Phone: 303-555-0171  |  Email: rosalind.meyers@example.com",
              "U.S. Citizen  |  Veterans' Preference: None  |  Highest grade held: GS-0343-12",
              "Availability: Permanent, full time"]:
        P(d, s, size=10, after=0)
    P(d, "", after=4)
    heading(d, "WORK EXPERIENCE", color="000000", size=12)
    for title, org, addr, dates, grade, hours, sal, sup, duties in [
        ("Management and Program Analyst", "Federal Rural Broadband Administration",
         "1961 Stout Street, Denver, CO 80294", "10/2020 – Present", "GS-0343-12", "40", "$98,500 per year",
         "Supervisor: Dana Holloway, (303) 555-0190; may contact: Yes",
         ["Analyze performance data for a $310 million grant portfolio covering 42 rural projects and brief the "
          "Regional Administrator quarterly.",
          "Designed the program's Power BI dashboard, replacing 12 manual spreadsheets.",
          "Lead the annual internal-controls review under OMB Circular A-123; closed 9 of 11 findings."]),
        ("Program Support Specialist", "Federal Rural Broadband Administration",
         "1961 Stout Street, Denver, CO 80294", "06/2017 – 09/2020", "GS-0301-09/11", "40", "$71,200 per year",
         "Supervisor: Marcus Bell, (303) 555-0155; may contact: Yes",
         ["Tracked grantee milestones and drafted correspondence for 150 awards.",
          "Maintained the SharePoint document library and trained 25 staff in its use."]),
        ("Grants Assistant", "Colorado Front Range Housing Authority", "800 Havana Street, Aurora, CO 80010",
         "03/2014 – 05/2017", "N/A (state position)", "40", "$41,000 per year",
         "Supervisor: Elena Ruiz, (720) 555-0133; may contact: Yes",
         ["Processed draw requests and reconciled grant ledgers in Excel for 60 subrecipients."]),
    ]:
        P(d, title, b=True, before=6, after=0)
        P(d, org, after=0)
        P(d, addr, after=0)
        P(d, dates, after=0)
        P(d, f"Series/Grade: {grade}  |  Hours per week: {hours}  |  Salary: {sal}", after=0)
        P(d, sup, after=2)
        P(d, "Duties, accomplishments and related skills:", i=True, after=1)
        bullets(d, duties)
    heading(d, "EDUCATION", color="000000", size=12)
    for deg, sch, done in [("Master of Public Administration", "Cherry Creek University, Denver, CO", "05/2017"),
                           ("B.A. Political Science", "Larkspur College, Fort Collins, CO", "05/2013")]:
        P(d, deg, b=True, after=0)
        P(d, sch + "  |  Completed: " + done + "  |  Credits: semester hours", after=3)
    heading(d, "SKILLS", color="000000", size=12)
    P(d, "Microsoft Excel; SharePoint; Power BI; Grants management; Performance measurement")
    heading(d, "TRAINING AND CERTIFICATIONS", color="000000", size=12)
    P(d, "Federal Acquisition Certification – Contracting Officer's Representative (FAC-COR) Level I, 2019")
    heading(d, "ADDITIONAL INFORMATION", color="000000", size=12)
    P(d, "Detail assignment: acting team lead, 120 days (2022). Awards: Time-off award 2021; Special Act award "
         "2023.")
    docx_save(d, path, "Rosalind K. Meyers")


def r24_amelia_hartigan_docx(path):
    """UK conveyancing CV: 'Title – Firm' bold lines over italic 'Town | dates', skills with ●●●●○ ratings in a
    table, references and a page number in the Word footer."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    hdr(d, "References available on request  ·  Amelia Hartigan CV", footer=True, align="c", size=8)
    P(d, "Amelia Hartigan", b=True, size=22, color="1B3A5C", after=0)
    P(d, "Tonbridge, Kent  ·  07700 900 733  ·  amelia.hartigan@example.co.uk", size=9.5, after=8)
    heading(d, "Profile", color="1B3A5C")
    P(d, "Residential conveyancer handling a caseload of freehold, leasehold and new-build matters from "
         "instruction to completion.")
    heading(d, "Experience", color="1B3A5C")
    for head, sub, bl in [
        ("Senior Conveyancing Executive – Pembury Lane Solicitors LLP", "Tunbridge Wells  |  April 2022 – Present",
         ["Run a caseload of 90 live sale and purchase files; supervise two conveyancing assistants."]),
        ("Conveyancing Executive – Pembury Lane Solicitors LLP", "Tunbridge Wells  |  October 2019 – March 2022",
         ["Handled remortgages and transfers of equity; cut average completion time to 11 weeks."]),
        ("Legal Secretary – Hartfield & Rowe Solicitors", "Sevenoaks  |  September 2016 – September 2019",
         ["Typed contracts and reports on title; managed post-completion SDLT and registrations."]),
        ("Receptionist (temporary) – Medway Staffing Solutions Ltd", "Maidstone  |  January 2016 – August 2016",
         ["Front desk cover placed with local firms."]),
    ]:
        P(d, head, b=True, before=5, after=0)
        P(d, sub, i=True, color="555555", after=1)
        bullets(d, bl)
    heading(d, "Skills", color="1B3A5C")
    t = new_table(d, 6, 2, [7.5, 3.5])
    for k, (s, n) in enumerate([("Freehold and leasehold sales", 5), ("Remortgages", 5),
                                ("Searches and enquiries", 4), ("Proclaim", 4), ("SDLT returns", 4),
                                ("Client care", 5)]):
        cell(t.cell(k, 0), s)
        cell(t.cell(k, 1), "●" * n + "○" * (5 - n), color="1B3A5C")
    heading(d, "Education", color="1B3A5C")
    tabline(d, [("LLB (Hons) Law", True, False), (", Weald University", False, False)], "2015")
    P(d, "CILEx Level 3 Professional Diploma in Law and Practice (2020)", before=3)
    docx_save(d, path, "Amelia Hartigan")


# =========================================================================================================
# job descriptions: DOCX and PDF
# =========================================================================================================
def jd04_coolabah_distribution_warehouse_supervisor(path):
    """Australian 'Position Description' Word template: labelled-field table, key selection criteria."""
    d = docx_new("Arial", 10, margins=(2.0, 2.0, 2.0, 2.0))
    hdr(d, "Coolabah Distribution Pty Ltd  |  People & Culture  |  PD template v3.2", align="r", size=8)
    P(d, "POSITION DESCRIPTION", b=True, size=16, color="7F3F00", after=6)
    t = new_table(d, 6, 2, [5.0, 12.0], borders={"color": "999999"})
    for k, (a, b) in enumerate([("Position title", "Warehouse Supervisor"),
                                ("Organisation", "Coolabah Distribution Pty Ltd"),
                                ("Location", "Dandenong South VIC"), ("Reports to", "Warehouse Manager"),
                                ("Employment type", "Full-time, permanent (Mon–Fri, 6am start)"),
                                ("Classification", "Storage Services Award, Level 5 + above-award rate")]):
        cell(t.cell(k, 0), a, b=True, fill="F2E6D9")
        cell(t.cell(k, 1), b)
    heading(d, "Position purpose", color="7F3F00")
    P(d, "Lead a team of 25 storepersons across inbound, pick-pack and dispatch for our grocery and liquor "
         "customers, keeping people safe and orders on time.")
    heading(d, "Key responsibilities", color="7F3F00")
    bullets(d, ["Plan daily labour against order volumes", "Run toolbox talks and incident investigations",
                "Own stock accuracy and cycle-count results", "Coach and roster team members"])
    heading(d, "Key selection criteria – Essential", color="7F3F00")
    bullets(d, ["Minimum 3 years' warehouse experience in a supervisory role",
                "Current LF forklift licence", "Working knowledge of a WMS (Manhattan, Korber or similar)",
                "Sound understanding of WHS obligations"])
    heading(d, "Key selection criteria – Desirable", color="7F3F00")
    bullets(d, ["Certificate IV in Warehousing Operations", "Experience in a 3PL environment"])
    P(d, "Approved by: General Manager Operations    Date: June 2024", size=8, color="777777", before=10)
    docx_save(d, path, "Coolabah Distribution")


def jd08_the_harrowgate_hotel_front_office_manager(path):
    """Hotel advert written in Word: shaded banner 'Title at Company', short paragraphs, apply line."""
    d = docx_new("Georgia", 10.5, margins=(2.0, 2.0, 2.0, 2.0))
    p = P(d, "Front Office Manager at The Harrowgate Hotel", b=True, size=16, color="FFFFFF", align="c", after=2)
    shade(p, "3B2F2F")
    P(d, "Harrogate, North Yorkshire  ·  Full time  ·  £36,000 – £40,000 + service charge", align="c", size=9.5,
      after=10)
    P(d, "The Harrowgate is a 96-bedroom Victorian spa hotel with a busy conference trade. We're looking for a "
         "Front Office Manager to lead reception, reservations and concierge.")
    heading(d, "What you'll do", color="3B2F2F", rule=False)
    bullets(d, ["Lead a team of 14 across reception, reservations and night audit",
                "Own guest satisfaction scores and online reviews", "Forecast occupancy and manage yield with "
                "the revenue manager"])
    heading(d, "What you'll need", color="3B2F2F", rule=False)
    bullets(d, ["At least 5 years' front office experience in a 4-star or luxury hotel",
                "Proven experience managing a front office team", "Confident user of Opera PMS",
                "Excellent written and spoken English"])
    heading(d, "Nice to have", color="3B2F2F", rule=False)
    bullets(d, ["Revenue management experience", "A second European language"])
    P(d, "To apply, send your CV to careers@harrowgate.example with the subject 'FOM'.", i=True, before=8)
    docx_save(d, path, "The Harrowgate Hotel HR")


def jd09_lawbridge_senior_conveyancing_solicitor(path):
    """Recruitment-agency advert in Word for an unnamed client firm: 'Role: ... | place | salary' line."""
    d = docx_new("Calibri", 11, margins=(2.0, 2.0, 2.0, 2.0))
    hdr(d, "LAWBRIDGE LEGAL RECRUITMENT  ·  Private Practice Division", align="l", size=8.5, color="1F4E79")
    P(d, "Role: Senior Conveyancing Solicitor  |  Maidstone, Kent  |  £55,000 – £65,000 + bonus", b=True, size=12,
      after=6)
    P(d, "Our client, a well-established high street firm with five offices across Kent, is looking for a "
         "Senior Conveyancing Solicitor to run its residential property team in Maidstone.")
    P(d, "The role", b=True, before=6)
    bullets(d, ["Own a caseload of residential sales, purchases and remortgages",
                "Supervise two conveyancers and a legal assistant", "Grow referrals from local estate agents"])
    P(d, "About you", b=True, before=6)
    bullets(d, ["Qualified solicitor with 6+ years' PQE in residential conveyancing",
                "Experience supervising fee earners", "Strong knowledge of CQS procedures"])
    P(d, "Desirable", b=True, before=6)
    bullets(d, ["Experience with new-build and shared ownership", "Proclaim or similar case management system"])
    P(d, "Contact Hannah Pryce at Lawbridge on 01622 555 019 quoting ref LB-4471. Lawbridge Legal Recruitment "
         "acts as an employment agency.", i=True, size=9, before=8)
    docx_save(d, path, "Lawbridge Legal Recruitment")


def jd05_ostrander_precision_components_cnc_machinist(path):
    """One-page hiring flyer: big NOW HIRING band, title with a shift after a dash, pay badge, tear-off strip."""
    c = new_canvas(path, letter, "Now Hiring - CNC Machinist", "Ostrander Precision Components", "Canva")
    W, H = letter
    red = HexColor("#C0392B")
    box(c, 0, H - 150, W, 150, fill=red)
    text(c, "NOW HIRING", W / 2, H - 80, "Arial-B", 48, WHITE, "c")
    text(c, "CNC Machinist — 2nd Shift", W / 2, H - 125, "Arial-B", 24, WHITE, "c")
    text(c, "Ostrander Precision Components", W / 2, H - 185, "Arial-B", 18, BLACK, "c")
    text(c, "Grand Rapids, MI  ·  $24–$31/hr + shift differential", W / 2, H - 205, "Arial", 12, GREY, "c")
    box(c, W - 150, H - 300, 110, 70, fill=HexColor("#F7DC6F"), r=8)
    text(c, "$1,500", W - 95, H - 262, "Arial-B", 18, BLACK, "c")
    text(c, "sign-on bonus", W - 95, H - 280, "Arial", 10, BLACK, "c")
    f = Flow(c, 60, 360, H - 240)
    f.line("What you'll do", font="Arial-B", size=13, color=red, after=4)
    f.bullets(["Set up and run Haas and Mazak mills and lathes", "Inspect parts to print with mics and gauges",
               "Make offsets and tool changes to hold tolerance"], font="Arial", size=11)
    f.gap(8)
    f.line("You need", font="Arial-B", size=13, color=red, after=4)
    f.bullets(["2+ years CNC mill or lathe experience", "Ability to read blueprints and GD&T",
               "High school diploma or GED"], font="Arial", size=11)
    f.gap(8)
    f.line("Bonus if you have", font="Arial-B", size=13, color=red, after=4)
    f.bullets(["Mastercam experience", "Experience with aerospace parts"], font="Arial", size=11)
    f.gap(8)
    f.line("Benefits: medical, dental, 401(k) match, paid training.", font="Arial", size=11, after=4)
    f.line("Apply: walk in Mon–Fri 9–3, or text MACHINIST to 616-555-0150", font="Arial-B", size=11, after=4)
    for k in range(6):
        x = 30 + k * 92
        c.setDash(3, 3)
        c.setStrokeColor(GREY)
        c.line(x, 20, x, 110)
        c.setDash()
        c.saveState()
        c.translate(x + 50, 25)
        c.rotate(90)
        text(c, "CNC Machinist", 0, 0, "Arial-B", 8)
        text(c, "616-555-0150", 0, -11, "Arial", 8)
        c.restoreState()
    c.save()


def jd10_rangiora_heights_college_teacher_of_mathematics(path):
    """NZ school vacancy notice as a PDF: crest box, 'Vacancy:' line with a bracketed status, two columns."""
    c = new_canvas(path, A4, "Vacancy - Teacher of Mathematics", "Rangiora Heights College", "Microsoft Publisher")
    W, H = A4
    navy = HexColor("#0B2545")
    box(c, 50, H - 120, 60, 70, stroke=navy, width=1.5)
    text(c, "RHC", 80, H - 90, "Serif-B", 14, navy, "c")
    text(c, "Rangiora Heights College", 125, H - 75, "Serif-B", 20, navy)
    text(c, "Te Kura Tuarua o Rangiora Heights  ·  Years 7–13  ·  Co-educational", 125, H - 93, "Serif-I", 10, GREY)
    hline(c, 50, W - 50, H - 135, navy, 1.5)
    text(c, "Vacancy: Teacher of Mathematics (Fixed Term)", 50, H - 165, "Serif-B", 16, navy)
    text(c, "Start: Term 1 2025  ·  Fixed term for one year (parental leave)  ·  Full time (1.0 FTE)", 50, H - 183,
         "Serif", 10)
    L = Flow(c, 50, 240, H - 205)
    L.para("We are a growing semi-rural college of 1,100 students north of Christchurch. Our maths department of "
           "nine teachers runs a strong NCEA and Scholarship programme and enjoys a great team culture.",
           font="Serif", size=10)
    L.gap(6)
    L.line("You will", font="Serif-B", size=11, color=navy, after=3)
    L.bullets(["Teach junior and senior mathematics", "Contribute to a form class and co-curricular life"],
              font="Serif", size=10)
    R = Flow(c, 310, 235, H - 205)
    R.line("Requirements", font="Serif-B", size=11, color=navy, after=3)
    R.bullets(["Registered teacher with a current practising certificate",
               "Ability to teach mathematics to NCEA Level 2", "Commitment to culturally responsive practice"],
              font="Serif", size=10)
    R.gap(6)
    R.line("Desirable", font="Serif-B", size=11, color=navy, after=3)
    R.bullets(["Ability to teach Level 3 Calculus", "Experience with Desmos or GeoGebra"], font="Serif", size=10)
    R.gap(6)
    R.para("Beginning teachers are warmly encouraged to apply; we offer a full induction and mentoring programme.",
           font="Serif-I", size=10)
    hline(c, 50, W - 50, 120, navy, 0.8)
    text(c, "Applications close 4pm, Friday 15 November. Apply with an application form and CV to "
            "vacancies@rhc.example.nz", 50, 100, "Serif", 9)
    text(c, "Ref: RHC-24-31", 50, 86, "Serif", 9, GREY)
    c.save()


# =========================================================================================================
# plain text and Markdown documents
# =========================================================================================================
TEXTS = {}

TEXTS["resumes/r03_ananya_krishnamurthy.txt"] = """\
ANANYA KRISHNAMURTHY
Data Engineer | Bengaluru, Karnataka | +91 98455 31207 | ananya.k@example.in
--------------------------------------------------------------------------------

SUMMARY
Data engineer with five years of batch and streaming pipelines for retail and
banking clients. Comfortable owning a pipeline from ingestion to dashboard.

WORK EXPERIENCE
--------------------------------------------------------------------------------
Jun 2022 - Present :: Data Engineer :: Tarangini Retail Analytics Pvt. Ltd., Bengaluru
  > Built PySpark jobs on AWS Glue that load 40 million POS rows a day into Redshift.
  > Moved 60 cron jobs to Apache Airflow with alerting; failed-run recovery from hours to minutes.

Jul 2019 - May 2022 :: Associate Data Engineer :: Northstar Infotech Ltd., Chennai
  > Wrote Kafka consumers for a private bank's card-transaction feed.
  > Maintained SQL data marts for 12 regional dashboards.

Jan 2019 - Jun 2019 :: Data Engineering Intern :: Northstar Infotech Ltd., Chennai
  > Final-semester internship: data quality checks in Python.

SKILLS
--------------------------------------------------------------------------------
Python, PySpark, SQL, Apache Airflow, AWS Glue, Redshift, Kafka, Git

PROJECTS
--------------------------------------------------------------------------------
Kirana Demand Forecaster - weekly demand forecasts for 300 neighbourhood stores (Prophet, Airflow).
tabla-etl - open-source helpers for incremental loads into Redshift.

EDUCATION
--------------------------------------------------------------------------------
B.E. Computer Science and Engineering, Sri Venkatadri College of Engineering, 2019 (CGPA 8.4/10)
Class XII, Vidya Niketan PU College, 2015 (92%)

CERTIFICATIONS
AWS Certified Data Engineer - Associate (2023)

LANGUAGES
English, Kannada, Tamil, Hindi
"""

TEXTS["resumes/r04_tama_ruarangi.md"] = """\
# Tama Ruarangi
**Registered Electrician** · Hamilton, Waikato · 021 555 0198 · tama.ruarangi@example.co.nz

Registered electrician with eight years on residential and light commercial jobs across the Waikato. Tidy,
safety-first and happy to work with the homeowner on site.

## Work history

| Dates | Role | Employer | Location |
|---|---|---|---|
| Aug 2020 – Present | Registered Electrician | Kahikatea Electrical Ltd | Hamilton |
| Feb 2016 – Jul 2020 | Apprentice Electrician | Kahikatea Electrical Ltd | Hamilton |
| Nov 2014 – Jan 2016 | Labourer | Riverbend Civil Ltd | Te Awamutu |

### Highlights
- Wired 40+ new builds a year for a local group-home builder; no failed inspections since 2021.
- Installed 60 rooftop solar PV systems with battery storage.
- Completed apprenticeship in four years and was kept on as a registered electrician.

## Skills
- Residential wiring
- Switchboard upgrades
- Solar PV installation
- Fault finding
- Test and tag

## Licences and qualifications
- Registered Electrician, EWRB practising licence (2020)
- New Zealand Certificate in Electrical Engineering Theory and Practice (Level 4)
- Site Safe Passport; Class 1 driver licence

## Education
NCEA Level 2 — Fraser Rise High School, Hamilton (2013)

_References available on request._
"""

TEXTS["resumes/r08_isla_brennan.txt"] = """\
ISLA BRENNAN
Byron Bay NSW 2481  |  0423 555 816  |  isla.brennan@example.com.au

ABOUT ME
Hospitality all-rounder: bar, floor and coffee. I like busy services and a
team that has each other's backs.

EXPERIENCE

Mar 2022 – Current      Bar Supervisor
                        The Salty Gull Hotel · Byron Bay NSW
                        - Supervise a bar team of six on Thursday to Sunday nights
                        - Look after weekly stock orders and the cocktail list

Jun 2022 – Current      Barista (casual)
                        Seedpod Café · Byron Bay NSW
                        - Weekday morning shifts alongside my bar job

Winter 2021             Food & Beverage Attendant
                        Snowgum Alpine Lodge · Thredbo NSW
                        - Seasonal role for the ski season: breakfast service and apres bar

Feb 2019 – May 2021     Waitstaff
                        Harbourline Bistro · Manly NSW
                        - Section waiter for a 90-seat bistro; trained new staff on the POS

SKILLS
Cocktail making / Stock control / Rostering / Lightspeed POS / Barista skills

TICKETS
RSA (NSW) | RCG (NSW) | Provide First Aid

EDUCATION & TRAINING
Certificate III in Hospitality (2019)

REFEREES
Available on request
"""

TEXTS["resumes/r11_valentina_fuentealba_rojas.md"] = """\
# Valentina Fuentealba Rojas

**Abogada** · Providencia, Santiago · +56 9 5555 2817 · valentina.fuentealba@example.cl

## Perfil
Abogada con experiencia en litigación civil y laboral, asesoría a empresas medianas y redacción de contratos
comerciales.

## Experiencia laboral

**Estudio Altamira & Cía. Abogados** — Santiago  
_Abogada asociada_ · marzo 2020 – actualidad
- Patrocinio de juicios laborales y civiles ante tribunales de primera instancia y Corte de Apelaciones.
- Revisión de contratos de distribución y arrendamiento para clientes del sector retail.

_Abogada junior_ · enero 2018 – febrero 2020
- Redacción de demandas, contestaciones y recursos; apoyo en procesos de due diligence.

**Corporación de Asistencia Legal del Litoral** — Valparaíso  
_Postulante en práctica_ · julio 2017 – diciembre 2017
- Atención de público y tramitación de causas de familia y laborales.

## Competencias
Litigación civil · Derecho laboral · Redacción de contratos · Due diligence · Negociación

## Formación
**Licenciatura en Ciencias Jurídicas**, Universidad del Pacífico Sur — 2017  
Título de Abogada otorgado por la Excma. Corte Suprema — 2018  
Diplomado en Derecho del Trabajo, Universidad del Pacífico Sur — 2021

## Idiomas
Español (nativo), inglés (avanzado)
"""

TEXTS["resumes/r15_andrei_mihai_vladescu.txt"] = """\
CURRICULUM VITAE

Andrei-Mihai Vlădescu
Cluj-Napoca, România  *  +40 745 555 318  *  andrei.vladescu@example.ro
github.com/avladescu-example

DESPRE MINE
  Dezvoltator backend cu peste șase ani de experiență în Java și sisteme
  distribuite pentru fintech și e-commerce.

EXPERIENȚĂ PROFESIONALĂ

  [oct. 2021 – prezent]  Senior Backend Developer @ Tălmăcel Software SRL (Cluj-Napoca)
      - Arhitectura serviciului de plăți (Spring Boot, Kafka), 2.000 tranzacții/secundă
      - Mentor pentru trei dezvoltatori juniori

  [mar. 2018 – sept. 2021]  Backend Developer @ Someșul Digital SRL (Cluj-Napoca)
      - API-uri REST pentru un magazin online cu 1,5 milioane de utilizatori
      - Migrarea bazei de date din MySQL în PostgreSQL

  [iul. 2017 – sept. 2017]  Stagiar Java @ Banatica Systems SA (Timișoara)
      - Stagiu de vară: teste automate și corecturi de bug-uri

COMPETENȚE TEHNICE
  Java, Spring Boot, PostgreSQL, Kafka, Docker, Kubernetes, Redis

PROIECTE PERSONALE
  cozonac-cli – utilitar open-source pentru generarea de migrații SQL
  Tramvai Live – aplicație web cu sosirile tramvaielor din Cluj, date publice GTFS

EDUCAȚIE
  2014 – 2018  Licență în Informatică, Universitatea Transilvană de Științe Aplicate
  2010 – 2014  Diplomă de bacalaureat, Colegiul Național „Avram Iancu”

LIMBI STRĂINE
  Engleză – C1, Germană – A2

Permis de conducere: categoria B
"""

TEXTS["resumes/r17_aino_heikkila.md"] = """\
Aino Heikkilä
=============

Sairaanhoitaja · Tampere · 040 555 7312 · aino.heikkila@example.fi

Tiivistelmä
-----------
Sairaanhoitaja sisätautien vuodeosastolta. Arvostan rauhallista työotetta, selkeää kirjaamista ja hyvää
yhteistyötä lääkärien kanssa.

Työkokemus
----------

### Sairaanhoitaja — Tammerkosken sairaala, Tampere
*08/2020 – nykyhetki*

Sisätautien osasto 4
- Potilaiden kokonaisvaltainen hoito, lääkehoito ja kotiutukset
- Opiskelijoiden ohjaus ja perehdytys

### Hoitoapulainen (osa-aikainen) — Hoivakoti Kuusikko Oy, Nokia
*09/2017 – 07/2020*

- Ikääntyneiden asukkaiden perushoito opiskelujen ohessa

### Hoitoapulainen — Palvelutalo Hopeakuusi, Kangasala
*kesä 2016*

- Kesätyö: avustaminen päivittäisissä toimissa

Koulutus
--------
**Sairaanhoitaja AMK** — Näsijärven ammattikorkeakoulu, 2016–2020  
Ylioppilastutkinto — Hervannan lukio, 2016

Osaaminen
---------
Lääkehoito, Haavanhoito, Kivunhoito, Potilasohjaus, Lifecare

Kielitaito
----------
Suomi (äidinkieli), englanti (hyvä), ruotsi (tyydyttävä)

Luvat ja kortit
---------------
Laillistettu sairaanhoitaja (Valvira), LOVe-lääkehoitoluvat, hygieniapassi
"""

TEXTS["resumes/r20_muhammad_usman_tariq.txt"] = """\
                               CURRICULUM VITAE

MUHAMMAD USMAN TARIQ
House No. 27, Street 4, Peoples Colony, Faisalabad
Cell: +92 300 5551842    Email: usman.tariq@example.pk

CAREER OBJECTIVE
To work in a progressive organization where I can utilize my accounting and
finance skills for the growth of the organization and myself.

PROFESSIONAL EXPERIENCE

1) Assistant Manager Finance
   Indus Crescent Textiles (Pvt.) Limited, Faisalabad
   July 2020 to date
   * Monthly closing, bank reconciliations and management reports for a
     spinning unit with annual sales of PKR 9 billion.
   * Sales tax and withholding tax returns; coordination with external auditors.

2) Accounts Officer
   Chenab Commercial Bank Limited, Lahore
   March 2017 to June 2020
   * Branch accounts, GL reconciliation and regulatory returns.

3) Audit Trainee
   Hameed Aslam & Co., Lahore
   January 2014 to December 2016
   * Statutory audits of manufacturing and trading clients (articleship).

ACADEMIC QUALIFICATION
   B.Com (Hons), Ravi Valley College of Commerce, Lahore, 2013, 1st Division
   Intermediate (I.Com), Government College of Commerce Faisalabad, 2010
   Matric, Allied School Faisalabad, 2008

PROFESSIONAL QUALIFICATION
   ACCA Affiliate (2019)

SKILLS
   SAP FICO, Oracle Financials, MS Excel, QuickBooks

PERSONAL INFORMATION
   Father's Name  : Muhammad Tariq
   Date of Birth  : 14-02-1992
   CNIC No.       : 33100-0000000-0
   Domicile       : Faisalabad
   Marital Status : Married

REFERENCES
   Will be furnished on request.
"""

TEXTS["resumes/r21_tanisha_ann_mckenzie.md"] = """\
# Tanisha-Ann McKenzie
Licensed Customs Broker | Kingston, Jamaica | (876) 555-0192 | tanisha.mckenzie@example.com.jm

## Profile
Customs broker with nine years in freight forwarding. I clear commercial shipments quickly and correctly
and keep importers out of trouble with Customs.

## Employment

### Caribbean Gateway Logistics Ltd. (Kingston)
Customs Broker, April 2021 – present  
Customs Clerk, June 2018 – March 2021
- Prepare and lodge import and export entries in ASYCUDA World for 70+ clients.
- Cut average clearance time for sea freight from 5 days to 3.

### Montego Freight Forwarders Ltd (Montego Bay)
Shipping Assistant, September 2015 – May 2018
- Prepared bills of lading and delivery orders; liaised with shipping lines.

## Skills
**Skills:** ASYCUDA World; HS classification; Customs valuation; Incoterms; Excel

## Education
- BSc Logistics and Supply Chain Management — Blue Mountain University College, 2020
- Associate of Science in Business Administration — Spanish Town College of Commerce, 2015

## Licences
Licensed Customs Broker (Jamaica Customs Agency), 2021
"""

TEXTS["job_descriptions/jd01_brindlecote_labs_senior_data_engineer.txt"] = """\
Brindlecote Labs
Senior Data Engineer
Chicago, IL (Hybrid)

Apply

Brindlecote Labs builds forecasting software for regional grocery chains. Our models decide how much fresh
food lands on 3,000 shelves every morning, and our data platform feeds them.

What you'll do
- Own our ingestion pipelines from store POS and supplier EDI feeds
- Design warehouse models that data scientists can trust
- Mentor two mid-level engineers

What we're looking for
- 5+ years building production data pipelines
- Strong SQL and Python
- Experience with Airflow or Dagster
- Hands-on experience with a cloud data warehouse (Snowflake, BigQuery or Redshift)

Bonus points
- dbt
- Experience with streaming (Kafka, Kinesis)

The base salary range for this role is $165,000 - $190,000 plus equity.

Brindlecote Labs is an equal opportunity employer.

Apply for this Job
* Required
First Name *
Last Name *
Email *
Phone
Resume/CV *
Attach  Dropbox  Google Drive  Enter manually
LinkedIn Profile
Submit Application

Powered by Greenhouse    Read our Privacy Policy
"""

TEXTS["job_descriptions/jd02_marram_and_finch_product_designer_ii.md"] = """\
![Marram & Finch](logo.png)

# Product Designer II

**Auckland, New Zealand** / Design / Full-time / Hybrid

[Apply for this job](https://jobs.example/marram-and-finch/apply)

Marram & Finch makes booking software for small tourism operators — kayak hire, glow-worm caves, surf
schools. We're a team of 40 and our product design team is growing from three to four.

## What you'll do
- Take features from a rough problem statement to shipped UI
- Run lightweight research with operators across NZ and Australia
- Keep our design system tidy

## What you'll bring
- 3+ years designing web or mobile products
- A portfolio showing end-to-end product work
- Strong Figma skills
- Comfort presenting work to engineers and customers

## Nice to have
- Experience with design systems
- Tourism or booking industry experience

---
APPLY FOR THIS JOB

Jobs powered by Lever
"""

TEXTS["job_descriptions/jd03_ridgeway_valley_health_registered_nurse_icu.txt"] = """\
Skip to main content
Ridgeway Valley Health Careers
Search for Jobs
Sign In

Registered Nurse, Intensive Care Unit
Apply

locations
Spokane, WA
time type
Full time
posted on
Posted 5 Days Ago
job requisition id
R-0048213

Ridgeway Valley Health is a not-for-profit health system with four hospitals in eastern Washington.

Position Summary:
Provides direct care to critically ill adult patients in our 24-bed ICU, using the nursing process and
working with the multidisciplinary team. Three 12-hour shifts per week, rotating weekends.

Required Qualifications:
- Current Washington State RN license
- BLS and ACLS certification
- Minimum 2 years of acute care nursing experience

Preferred Qualifications:
- CCRN certification
- BSN

Pay Range: $48.50 - $72.75 per hour

Ridgeway Valley Health is an Equal Opportunity Employer.

Similar Jobs (3)
Registered Nurse, Progressive Care
Charge Nurse, Emergency Department
Nurse Manager, Critical Care

Follow Us
Careers Home
© 2024 Workday, Inc. All rights reserved.
"""

TEXTS["job_descriptions/jd06_tarawhiti_bay_district_council_graduate_policy_analyst.txt"] = """\
Tarawhiti Bay District Council
Careers > Current vacancies > Reference 24/117

Graduate Policy Analyst
Reference: 24/117
Team: Strategy and Policy
Location: Tarawhiti Bay (Civic Centre)
Salary: $62,000 - $68,000
Closes: 5pm, Friday 8 November

About the role
Our Graduate Policy Analyst programme is a two-year fixed-term role for recent graduates. You'll rotate
across district plan, transport and community wellbeing policy, write reports for council committees and
help run public consultation.

What we're looking for
- A bachelor's degree in public policy, planning, law, economics or a related field, completed in the last two years
- Clear, plain-English writing
- An interest in local government and community engagement
- The right to work in New Zealand

It would be great if you have
- Some understanding of the Local Government Act 2002
- Experience with survey or consultation tools

How to apply
Apply online with a CV and cover letter. Please note that only online applications can be accepted.

Tarawhiti Bay District Council is an equal employment opportunities employer.
"""

TEXTS["job_descriptions/jd07_fenwick_and_aldous_junior_accountant.md"] = """\
# Fenwick & Aldous

[Home](/) · [About](/about) · [Services](/services) · **Careers** · [Contact](/contact)

## Junior Accountant

*Tanjong Pagar, Singapore · Full-time · Accounting & Tax*

Fenwick & Aldous is a boutique accounting practice serving 200 SMEs and start-ups across Singapore. We're
looking for a Junior Accountant to join our client accounting team.

### Your role
- Prepare monthly management accounts and GST returns for a portfolio of clients
- Process bookkeeping in Xero and QuickBooks
- Assist with year-end closing and audit schedules

### Requirements
- Diploma or degree in Accountancy
- 0-2 years of accounting experience; fresh graduates welcome
- Working knowledge of Xero or QuickBooks
- Good command of Excel

### Good to have
- Knowledge of Singapore GST filing
- ACCA or CA (Singapore) candidate

**How to apply:** email your CV to careers@fenwickaldous.example.sg.

© Fenwick & Aldous · Privacy · Terms
"""

TEXTS["job_descriptions/jd11_quarrystone_software_enterprise_account_executive.txt"] = """\
We use cookies to improve your experience. Accept  Reject
LinkedIn   Home  My Network  Jobs  Messaging  Notifications   Me   For Business
Jobs you may be interested in
Enterprise Account Manager · Halden Cloud
Regional Sales Director · Pivotwell

Enterprise Account Executive
Quarrystone Software · Denver, CO (Hybrid) · 1 week ago · Over 100 applicants
$140K/yr - $160K/yr base + commission · Full-time · Mid-Senior level
201-500 employees · Computer Software
Easy Apply   Save

About the job
Quarrystone Software makes construction scheduling software used by 4,000 general contractors. We are
hiring an Enterprise Account Executive to win new logos among the top 400 US contractors.

What you'll do
- Run complex sales cycles with multiple stakeholders from first meeting to signature
- Build territory plans and forecast accurately in Salesforce
- Partner with solutions engineers on demos and proofs of concept

What you'll need
- 7+ years of B2B SaaS sales experience, including 3+ selling to enterprise accounts
- A track record of closing six-figure deals
- Experience with a MEDDICC or similar sales methodology

Nice to have
- Experience selling into construction or engineering
- Existing relationships with general contractors

Benefits
Medical, dental, vision · 401(k) · Unlimited PTO

Quarrystone Software is an equal opportunity employer.

Show more   Show less
Set alert for similar jobs
Account Executive, Denver, CO
People also viewed
Senior Account Executive · Rockwell Yard
Enterprise Sales Manager · Tallgrass Systems
"""

TEXTS["job_descriptions/jd12_quillfeather_staff_site_reliability_engineer.md"] = """\
## We're hiring: Staff Site Reliability Engineer

**Quillfeather** · Remote (UK or Ireland) · £110k–£130k

Hi all 👋 — Quillfeather runs the document-signing platform behind a few thousand UK solicitors and estate
agents. We're looking for our first **Staff Site Reliability Engineer** to set the direction for
reliability across our platform team.

**What you'd be doing**
- Define SLOs with product teams and make them the basis for on-call
- Lead the move from hand-built EC2 hosts to Kubernetes
- Mentor the four engineers in the platform team

**Must-haves**
- 8+ years in SRE, infrastructure or backend roles
- Deep experience running Kubernetes in production
- Infrastructure as code with Terraform
- Strong incident management and postmortem culture

**Nice-to-haves**
- Experience with PostgreSQL at scale
- Experience in a regulated industry

DM me or apply at quillfeather.example/careers — Rhiannon (Head of Engineering)

#hiring #sre #remotejobs
"""


def write_texts():
    for rel, body in TEXTS.items():
        with open(os.path.join(HERE, rel), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(body)
        print("  wrote", os.path.basename(rel))


PDF_RESUMES = [r01_jordan_whitlock, r05_oskar_lindqvist, r09_tomas_dvoracek, r14_richard_hallam, r19_emily_tran,
               r22_travis_lundgren]
DOCX_RESUMES = [r02_bethany_carrow, r07_lena_marchetti, r10_goh_wei_ling, r12_ciaran_mulcahy,
                r16_chloe_fairweather, r18_muhammad_hafiz, r23_georgia_pennington]
CONVERTED = {"r06_darnell_whitfield": r06_darnell_whitfield_docx,
             "r13_rosalind_meyers": r13_rosalind_meyers_docx,
             "r24_amelia_hartigan": r24_amelia_hartigan_docx}
JD_DOCX = [jd04_coolabah_distribution_warehouse_supervisor, jd08_the_harrowgate_hotel_front_office_manager,
           jd09_lawbridge_senior_conveyancing_solicitor]
JD_PDF = [jd05_ostrander_precision_components_cnc_machinist, jd10_rangiora_heights_college_teacher_of_mathematics]


def main():
    if "--check" not in sys.argv:
        buildkit.build(RES, JDS, pdf_resumes=PDF_RESUMES, docx_resumes=DOCX_RESUMES, converted=CONVERTED,
                       jd_docx=JD_DOCX, jd_pdf=JD_PDF)
        write_texts()
    return buildkit.check_labels(HERE, FORMATS)


if __name__ == "__main__":
    sys.exit(main())
