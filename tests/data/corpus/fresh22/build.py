"""Rebuild every document of the twenty-second fresh set from the content held in this script, then check that
every labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh22/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh22/build.py --check   # check only

The set is about what people in mid-size and large employers actually upload when no template guides them: long
careers with an "Earlier career" line of older jobs, gaps and career breaks, returners, contractors with many short
engagements, two jobs held at once, internal moves, acting roles and secondments, military veterans, public-sector
staff, academics moving to industry, tradespeople and healthcare workers.

reportlab draws six resume PDFs (r01, r04, r09, r13, r17, r22) and the two PDF job descriptions (jd04, jd09) on an
invariant canvas with the TrueType fonts registered by ../buildkit.py; python-docx writes the DOCX files (r02, r05,
r08, r12, r15, r19, r23, jd03, jd07, jd12) through buildkit (fixed core properties and ZIP timestamps); three
resumes (r06, r11, r20) are Word files that LibreOffice turns into PDF through buildkit (fixed metadata and ID).
TXT and Markdown documents are held here as strings, written as UTF-8 with LF line ends.

Everything is fictional: people, employers, clients, agencies, hospitals, councils, schools, universities and
projects were invented for this set. Real names appear only as places, countries, national armed forces,
regulators, schemes, certifications and products.
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
    para_pdf,
    pborder,
    run,
    shade,
    tabs,
    text,
)

RES = os.path.join(HERE, "resumes")
JDS = os.path.join(HERE, "job_descriptions")
TAG = "fresh22"
buildkit.TAG = TAG

FORMATS = {"resumes": {"pdf": 9, "docx": 7, "txt": 4, "md": 4},
           "jds": {"txt": 4, "md": 3, "docx": 3, "pdf": 2}}
GREY = HexColor("#555555")
LIGHT = HexColor("#8A8A8A")


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def tabline(d, parts, right="", stop=17.0, size=None, after=0, before=None, color=None, rb=False, ri=False,
            rcolor=None, keep=True):
    """One paragraph: (text, bold, italic) parts on the left, then a right tab stop with `right`."""
    p = P(d, after=after, before=before, keep=keep)
    tabs(p, (stop, "r"))
    for s, b, i in parts:
        run(p, s, b=b, i=i, size=size, color=color)
    if right:
        run(p, "\t" + right, b=rb, i=ri, size=size, color=rcolor or color)
    return p


def hdr(d, s, size=8.5, align="r", color="666666", footer=False, first=True, b=False):
    """Write a line into the Word page header (or footer); later calls add paragraphs."""
    sec = d.sections[0]
    part = sec.footer if footer else sec.header
    p = part.paragraphs[0] if first else part.add_paragraph()
    run(p, s, b=b, size=size, color=color)
    p.alignment = {"l": 0, "c": 1, "r": 2}[align]
    return p


def side_list(c, items, x, y, w, font="Sans", size=8.3, color=BLACK, mark="•", gap=2.5):
    """A bulleted list in a sidebar; returns the y under it."""
    for it in items:
        text(c, mark, x, y - size, font, size, color)
        y = para_pdf(c, it, x + 9, y, w - 9, font, size, size * 1.3, color) - gap
    return y


# =========================================================================================================
# reportlab resumes
# =========================================================================================================
def r01_gregory_halvorsen(path):
    """US supply-chain director, 26 years: builder-style PDF with a shaded right sidebar (contact, core skills,
    education, certifications) drawn before the main column; company headings with a total span over several
    roles with their own dates at the right; EARLIER CAREER as one line per job 'Title, Company, City, ST
    (years)'."""
    c = new_canvas(path, letter, "Gregory Halvorsen - Resume", "Gregory Halvorsen", "Enhancv")
    W, H = letter
    ink, accent = HexColor("#1D2B3A"), HexColor("#2F6690")
    side_x, side_w = W - 196, 196

    def side_bg(c_):
        box(c_, side_x, 0, side_w, H, fill=HexColor("#EEF2F6"))

    side_bg(c)
    sx, sww = side_x + 18, side_w - 34

    def shead(t, y):
        text(c, t, sx, y, "Sans-B", 10, accent)
        hline(c, sx, sx + sww, y - 5, accent, 0.7)
        return y - 19

    _r01_sidebar(c, sx, sww, H, shead, ink)
    text(c, "Gregory Halvorsen", 40, H - 60, "Sans-B", 24, ink)
    text(c, "Supply Chain Planning Leader  ·  S&OP  ·  Inventory Strategy", 41, H - 80, "Sans", 9.5, accent)

    def page2(c_):
        side_bg(c_)
        return H - 50

    f = Flow(c, 40, side_x - 40 - 24, H - 102, bottom=48, new_page=page2)

    def sect(t):
        f.gap(7)
        f.line(t, font="Sans-B", size=10.5, color=accent, after=3)
        hline(c, f.x, f.x + f.w, f.y + 1, accent, 0.7)
        f.gap(4)

    sect("SUMMARY")
    f.para("Supply chain planner and people leader with 26 years in food manufacturing, distribution and "
           "industrial supply. I run monthly S&OP for a $1.4B business, and I have rebuilt demand planning twice "
           "from spreadsheets to an integrated planning platform.", size=9, lead=12.5)
    sect("EXPERIENCE")
    f.line("Prairie State Foods, Inc. — Omaha, NE", "2011 – Present", font="Sans-B", size=10.5, rfont="Sans",
           color=ink, rcolor=GREY, after=5)
    for t_, dates, bl in [
        ("Director, Supply Chain Planning", "Mar 2019 – Present",
         ["Lead a team of 18 demand, supply and inventory planners across four plants and two DCs.",
          "Cut finished-goods inventory by $23M (19%) while raising case fill rate from 96.1% to 98.4%.",
          "Chair the monthly executive S&OP; moved the forecast horizon from 6 to 18 months.",
          "Sponsored the SAP IBP rollout (go-live 2022, on time and 8% under budget)."]),
        ("Senior Manager, Demand Planning", "Jan 2015 – Feb 2019",
         ["Built a statistical forecasting process for 2,300 SKUs; forecast accuracy up 11 points.",
          "Set up collaborative planning with the top 10 retail customers."]),
        ("Demand Planning Manager", "Jun 2011 – Dec 2014",
         ["Consolidated three regional forecasts into one national plan."]),
    ]:
        f.line(t_, dates, font="Sans-B", size=9.5, rfont="Sans-I", color=accent, rcolor=GREY, after=3)
        f.bullets(bl, size=8.8)
        f.gap(3)
    f.gap(3)
    f.line("Hartwell Distribution Co. — Kansas City, MO", "2005 – 2011", font="Sans-B", size=10.5, rfont="Sans",
           color=ink, rcolor=GREY, after=5)
    for t_, dates, bl in [
        ("Inventory Control Manager", "Aug 2008 – May 2011",
         ["Ran cycle counting and replenishment for a 600,000 sq ft distribution center.",
          "Reduced obsolete stock write-offs by 42% in two years."]),
        ("Senior Inventory Analyst", "Apr 2005 – Jul 2008",
         ["Built the first ABC segmentation and safety-stock model for 14,000 items."]),
    ]:
        f.line(t_, dates, font="Sans-B", size=9.5, rfont="Sans-I", color=accent, rcolor=GREY, after=3)
        f.bullets(bl, size=8.8)
        f.gap(3)
    sect("EARLIER CAREER")
    for ln in ["Buyer, Great Bend Hardware Supply, Wichita, KS (2001–2005)",
               "Inventory Analyst, Sunflower Rail Parts, Topeka, KS (1999–2001)",
               "Warehouse Supervisor, Sunflower Rail Parts, Topeka, KS (1997–1999)"]:
        f.para(ln, size=8.8, after=2.5)

    c.save()


def _r01_sidebar(c, sx, sww, H, shead, ink):
    y = shead("CONTACT", H - 60)
    for ln in ["Omaha, NE 68114", "(402) 555-0163", "g.halvorsen@example.com", "linkedin.com/in/ghalvorsen"]:
        text(c, ln, sx, y, "Sans", 8.3, ink)
        y -= 13
    y -= 12
    y = shead("CORE SKILLS", y)
    y = side_list(c, ["Demand planning", "S&OP", "SAP IBP", "Inventory optimization", "Supplier negotiation",
                      "Network design", "Power BI", "Team leadership"], sx, y + 4, sww, color=ink)
    y -= 12
    y = shead("EDUCATION", y)
    for a, b_, yr in [("MBA, Supply Chain Management", "Platte River University", "2010"),
                      ("B.S. Business Administration", "Flint Hills State University", "1997")]:
        y = para_pdf(c, a, sx, y + 8, sww, "Sans-B", 8.5, 11, ink)
        text(c, b_, sx, y - 9, "Sans", 8.3, ink)
        text(c, yr, sx, y - 21, "Sans", 8.3, GREY)
        y -= 36
    y -= 2
    y = shead("CERTIFICATIONS", y)
    y = side_list(c, ["APICS CSCP (2012)", "Lean Six Sigma Green Belt"], sx, y + 4, sww, color=ink)


def r04_marc_andre_belliveau(path):
    """Canadian veteran turned project coordinator: navy left sidebar drawn first (contact, skills, education,
    certifications, languages); main column with bold title and dates at the right over an italic 'Company  |
    City, PROV' line; the Canadian Armed Forces as one employer heading with its span over three postings,
    each 'Title (Rank)  —  Place' with years at the right."""
    c = new_canvas(path, letter, "Marc-Andre Belliveau CV", "Marc-André Belliveau", "Microsoft Word")
    W, H = letter
    navy, gold, ink = HexColor("#1B2A41"), HexColor("#C9A227"), HexColor("#222222")
    box(c, 0, 0, 190, H, fill=navy)
    x, w = 22, 150
    y = H - 50
    text(c, "MARC-ANDRÉ", x, y, "Sans-B", 17, WHITE)
    text(c, "BELLIVEAU", x, y - 21, "Sans-B", 17, WHITE)
    text(c, "Project Coordinator | CAF Veteran", x, y - 40, "Sans", 8.5, gold)
    y -= 72

    def shead(t, y):
        text(c, t, x, y, "Sans-B", 9.5, gold)
        hline(c, x, x + w, y - 4, gold, 0.6)
        return y - 17

    y = shead("CONTACT", y)
    for ln in ["Dartmouth, NS", "902-555-0118", "ma.belliveau@example.ca", "linkedin.com/in/mabelliveau"]:
        text(c, ln, x, y, "Sans", 8.2, WHITE)
        y -= 12.5
    y -= 10
    y = shead("SKILLS", y)
    y = side_list(c, ["Project scheduling", "MS Project", "Risk registers", "Procurement", "Stakeholder engagement",
                      "Fleet and inventory management", "SAP MM", "Contract administration"], x, y + 4, w,
                  color=WHITE)
    y -= 10
    y = shead("EDUCATION", y)
    y = para_pdf(c, "Bachelor of Business Administration", x, y + 8, w, "Sans-B", 8.4, 11, WHITE)
    text(c, "Fundy Shore University", x, y - 9, "Sans", 8.2, WHITE)
    text(c, "2015  (part-time, while serving)", x, y - 21, "Sans", 7.8, HexColor("#C8CED8"))
    y -= 40
    y = shead("CERTIFICATIONS", y)
    y = side_list(c, ["PMP (2022)", "Lean Six Sigma Yellow Belt"], x, y + 4, w, color=WHITE)
    y -= 10
    y = shead("LANGUAGES", y)
    text(c, "English, French (bilingual)", x, y, "Sans", 8.2, WHITE)

    f = Flow(c, 214, W - 214 - 36, H - 48, bottom=44)

    def sect(t):
        f.gap(6)
        f.line(t, font="Sans-B", size=11, color=navy, after=3)
        hline(c, f.x, f.x + f.w, f.y + 1, gold, 1.2)
        f.gap(5)

    sect("PROFILE")
    f.para("Project coordinator with 17 years of logistics leadership in the Canadian Armed Forces and four years "
           "delivering capital projects in the utility sector. Calm under pressure, fluent in both official "
           "languages, security-cleared.", size=9, lead=12.5)
    sect("PROFESSIONAL EXPERIENCE")
    for t_, dates, org, bl in [
        ("Project Coordinator", "Sept 2021 – Present", "Atlantic Tidewater Power Corp.  |  Halifax, NS",
         ["Coordinate schedules, budgets and vendor deliverables for substation upgrades worth $38M.",
          "Introduced a weekly risk register review; late change orders fell by a third.",
          "Prepare bilingual progress reports for the regulator and community liaison meetings."]),
        ("Logistics Consultant (contract)", "Jan 2021 – Aug 2021", "Bluenose Defence Solutions Ltd.  |  Halifax, NS",
         ["Wrote inventory procedures for a ship-repair support contract."]),
    ]:
        f.line(t_, dates, font="Sans-B", size=9.8, rfont="Sans", color=ink, rcolor=GREY, after=2)
        f.line(org, font="Sans-I", size=8.8, color=navy, after=3)
        f.bullets(bl, size=8.7)
        f.gap(5)
    f.line("Canadian Armed Forces", "2003 – 2020", font="Sans-B", size=10.5, rfont="Sans-B", color=navy,
           rcolor=navy, after=5)
    for t_, dates, bl in [
        ("Logistics Officer (Captain)  —  Halifax, NS", "2016 – 2020",
         ["Led a 40-person supply and transport section supporting two ship squadrons.",
          "Managed a $12M annual materiel budget with zero audit findings in four years."]),
        ("Supply Technician (Sergeant)  —  Petawawa, ON", "2009 – 2016",
         ["Ran the unit warehouse (9,000 line items) and deployed to Kandahar, Afghanistan in 2010.",
          "Commissioned from the ranks in 2016 after completing a degree part-time."]),
        ("Supply Technician (Corporal)  —  Edmonton, AB", "2003 – 2009",
         ["Issued, tracked and accounted for vehicle parts and field equipment."]),
    ]:
        f.line(t_, dates, font="Sans-B", size=9.3, rfont="Sans", color=ink, rcolor=GREY, after=3)
        f.bullets(bl, size=8.7)
        f.gap(4)
    sect("AWARDS")
    f.para("Canadian Forces' Decoration (CD)  ·  Commander's Commendation, 2018", size=8.8)
    c.save()


def r09_declan_murtagh(path):
    """Irish financial controller, 26 years: A4 with a pale left sidebar (contact, key skills, systems,
    education, professional) and a main column with the dates in a column at the left ('03/2019 – Present'),
    title bold and 'Company, Town' under it at the right; a career break between roles; a company heading with a
    span over two roles; PREVIOUS EXPERIENCE as dated one-liners."""
    c = new_canvas(path, A4, "CV - Declan Murtagh", "Declan Murtagh", "Kickresume")
    W, H = A4
    green, ink = HexColor("#2E6B5E"), HexColor("#20262B")
    box(c, 0, 0, 178, H, fill=HexColor("#E8F0EE"))
    x, w = 22, 136
    text(c, "Declan", x, H - 62, "Serif-B", 22, green)
    text(c, "Murtagh", x, H - 88, "Serif-B", 22, green)
    text(c, "ACA, FCA", x, H - 104, "Sans", 8.5, GREY)
    y = H - 136

    def shead(t, y):
        text(c, t, x, y, "Sans-B", 9.3, green)
        return y - 15

    y = shead("Contact", y)
    for ln in ["Oranmore, Co. Galway", "+353 87 555 0194", "declan.murtagh@example.ie"]:
        text(c, ln, x, y, "Sans", 8, ink)
        y -= 12
    y -= 12
    y = shead("Key skills", y)
    y = side_list(c, ["Statutory reporting", "Budgeting and forecasting", "Month-end close", "IFRS and FRS 102",
                      "Team leadership", "Cash management", "Audit liaison"], x, y + 3, w, size=8, color=ink)
    y -= 10
    y = shead("Systems", y)
    y = side_list(c, ["NetSuite", "Sage 200", "Power BI", "Advanced Excel"], x, y + 3, w, size=8, color=ink)
    y -= 10
    y = shead("Education", y)
    y = para_pdf(c, "B.Comm.", x, y + 3, w, "Sans-B", 8.2, 10.5, ink)
    y = para_pdf(c, "Clonmore University, 1999", x, y, w, "Sans", 8, 10.5, ink) - 12
    y = shead("Professional", y)
    para_pdf(c, "Chartered Accountant (ACA 2004, FCA 2015), Chartered Accountants Ireland", x, y + 3, w, "Sans", 8,
             10.5, ink)

    mx, dx = 196, 292
    mw = W - dx - 34
    y = H - 62
    text(c, "Financial Controller", mx, y, "Sans-B", 13, ink)
    y -= 16
    y = para_pdf(c, "Qualified accountant with 26 years in audit, insurance and manufacturing finance. I like "
                    "small, hands-on finance teams and close, plain-spoken working relationships with the board.",
                 mx, y, W - mx - 34, "Sans", 8.8, 12, ink) - 12

    def sect(t, y):
        text(c, t.upper(), mx, y, "Sans-B", 9.8, green)
        hline(c, mx, W - 34, y - 5, green, 0.7)
        return y - 20

    def entry(y, dates, title, org=None, bl=(), tfont="Sans-B"):
        text(c, dates, mx, y - 9, "Sans", 7.9, GREY)
        y = para_pdf(c, title, dx, y, mw, tfont, 9.5, 12, ink)
        if org:
            y = para_pdf(c, org, dx, y, mw, "Sans-I", 8.8, 11.5, green)
        y -= 2
        for b_ in bl:
            text(c, "–", dx, y - 8.5, "Sans", 8.5, ink)
            y = para_pdf(c, b_, dx + 9, y, mw - 9, "Sans", 8.5, 11, ink) - 1.5
        return y - 8

    y = sect("Work experience", y)
    y = entry(y, "03/2019 – Present", "Financial Controller", "Corrib Valley Foods Ltd, Galway",
              ["Run finance for a €140m food manufacturer (two sites, team of 9).",
               "Brought the month-end close from 12 to 5 working days.",
               "Led the NetSuite implementation and the 2023 refinancing."])
    y = entry(y, "09/2018 – 02/2019", "Interim Financial Controller (contract)",
              "Shannonside Medical Devices DAC, Limerick",
              ["Six-month cover during a finance restructure; delivered the FY18 audit file."])
    y = entry(y, "01/2017 – 08/2018", "Career break",
              bl=["Cared for a parent full-time; completed a Certificate in Data Analytics (evening study)."],
              tfont="Sans-I")
    text(c, "2008 – 2016", mx, y - 9.5, "Sans-B", 7.9, ink)
    y = para_pdf(c, "Liffey Bridge Insurance DAC, Dublin 2", dx, y, mw, "Sans-B", 10, 12.5, green) - 4
    y = entry(y, "2012 – 2016", "Head of Finance Operations", None,
              ["Managed a team of 14 across payables, receivables and treasury.",
               "Implemented Solvency II quarterly reporting on time."])
    y = entry(y, "2008 – 2012", "Financial Accountant", None,
              ["Prepared statutory accounts and regulatory returns."])
    y = sect("Previous experience", y - 2)
    for dates, ln in [("2004 – 2008", "Audit Senior, Kerrigan Doyle & Co., Dublin"),
                      ("2001 – 2004", "Audit Trainee, Kerrigan Doyle & Co., Dublin"),
                      ("1999 – 2001", "Accounts Assistant, Midland Turf Supplies Ltd, Athlone")]:
        text(c, dates, mx, y - 9, "Sans", 7.9, GREY)
        y = para_pdf(c, ln, dx, y, mw, "Sans", 8.8, 12, ink) - 3
    y -= 10
    y = sect("Interests", y)
    para_pdf(c, "Hurling (club treasurer, 2015 – 2021), sea swimming, local history.", mx, y + 4, W - mx - 34, "Sans",
             8.6, 12, ink)
    c.save()


def r13_aroha_mitchell(path):
    """New Zealand intensive care paramedic: full-width teal header band (name, headline, contact); single column;
    bold title with dates at the right over a 'Service · Town' line; a part-time tutoring job held alongside the
    paramedic post ('Mar 2022 – ongoing'); an internal move to another station; an overseas job in the UK."""
    c = new_canvas(path, A4, "Aroha Mitchell CV", "Aroha Mitchell", "Microsoft Word for Microsoft 365")
    W, H = A4
    teal, ink = HexColor("#0F5E66"), HexColor("#1F2426")
    box(c, 0, H - 108, W, 108, fill=teal)
    text(c, "Aroha Mitchell", 44, H - 52, "Sans-B", 24, WHITE)
    text(c, "Intensive Care Paramedic  ·  Clinical Educator", 45, H - 72, "Sans", 10.5, HexColor("#CDE7EA"))
    text(c, "Tauranga, Bay of Plenty   |   027 555 0162   |   aroha.mitchell@example.co.nz   |   APC current",
         45, H - 92, "Sans", 8.3, WHITE)
    f = Flow(c, 44, W - 88, H - 128, bottom=44)

    def sect(t):
        f.gap(7)
        f.line(t, font="Sans-B", size=10.5, color=teal, after=3)
        hline(c, f.x, f.x + f.w, f.y + 1, teal, 0.6)
        f.gap(5)

    sect("Profile")
    f.para("Intensive care paramedic with 16 years on the road in New Zealand and the UK, from rural single-crew "
           "shifts to urban critical care. I also teach: two days a fortnight I tutor paramedicine students.",
           size=9, lead=12.5)
    sect("Work history")
    for t_, dates, org, bl in [
        ("Intensive Care Paramedic", "Feb 2020 – present", "Kōwhai Coast Ambulance Service · Tauranga",
         ["Critical care response for the western Bay of Plenty; about 1,100 patient contacts a year.",
          "Station clinical lead for airway audit since 2023; first-pass intubation success 94%."]),
        ("Clinical Tutor (0.2 FTE)", "Mar 2022 – ongoing", "Bay Coast Polytechnic · Tauranga",
         ["Teach simulation labs and mark clinical portfolios for second-year paramedicine students."]),
        ("Paramedic", "Jan 2015 – Jan 2020", "Kōwhai Coast Ambulance Service · Rotorua",
         ["Single- and double-crewed emergency response across Rotorua and the lakes district.",
          "Peer support team member."]),
        ("Emergency Medical Technician", "Nov 2011 – Dec 2014", "Southern Lakes Ambulance Trust · Queenstown",
         ["Rural and alpine emergency work, including ski-field and road-crash callouts."]),
        ("Ambulance Care Assistant", "2009 – 2011", "East Pennine Ambulance Service · Leeds, UK",
         ["Patient transport and urgent tier work during two years' OE."]),
    ]:
        f.line(t_, dates, font="Sans-B", size=10, rfont="Sans", color=ink, rcolor=GREY, after=2)
        f.line(org, font="Sans", size=9, color=teal, after=3)
        f.bullets(bl, size=8.8)
        f.gap(5)
    sect("Skills")
    f.para("Advanced airway management  •  12-lead ECG interpretation  •  Clinical teaching  •  Major incident "
           "triage  •  Rural and remote practice  •  Mental health crisis response", size=8.9, lead=12.5)
    sect("Education")
    for a, b_ in [("Postgraduate Diploma in Specialty Care Paramedicine", "Te Matau University, 2019"),
                  ("Bachelor of Health Science in Paramedicine", "Aoraki University of Technology, 2011")]:
        f.line(a, font="Sans-B", size=9, color=ink, after=2)
        f.line(b_, font="Sans", size=8.8, color=GREY, after=4)
    sect("Registration and languages")
    f.para("Registered with Te Kaunihera Manapou Paramedic Council (annual practising certificate current). "
           "English; te reo Māori (conversational).", size=8.8, lead=12)
    c.save()


def r17_natalie_brooks(path):
    """Australian public servant: A4 serif, one column, two pages; role headers 'Title (Classification)  |
    Department  |  City, ACT' (wrapping) over an italic 'Month YYYY – present' line; a 'Higher duties:' acting
    role inside the current post; a 'Secondment:' to another body; APS levels in brackets; a graduate role."""
    c = new_canvas(path, A4, "Natalie Brooks - Resume", "Natalie Brooks", "Microsoft Word")
    W, H = A4
    plum, ink = HexColor("#4B2142"), HexColor("#1E1E1E")
    text(c, "NATALIE BROOKS", W / 2, H - 58, "Serif-B", 20, plum, "c")
    text(c, "Belconnen ACT 2617  ·  0412 555 093  ·  natalie.brooks@example.com.au  ·  Baseline clearance (NV1)",
         W / 2, H - 76, "Serif", 8.8, ink, "c")
    hline(c, 50, W - 50, H - 86, plum, 1)

    def page2(c_):
        text(c_, "Natalie Brooks  –  page 2", W - 50, H - 36, "Serif-I", 8, GREY, "r")
        return H - 52

    f = Flow(c, 50, W - 100, H - 100, bottom=52, new_page=page2)

    def sect(t):
        f.gap(8)
        f.line(t, font="Serif-B", size=11, color=plum, after=3)
        hline(c, f.x, f.x + f.w, f.y + 1, plum, 0.5)
        f.gap(5)

    sect("Career summary")
    f.para("Policy and program manager with 14 years in Australian public service, most recently leading freight "
           "policy work for the Australian Government. Experienced in Cabinet processes, ministerial briefing, "
           "stakeholder consultation and program evaluation, with a secondment to a cross-jurisdictional taskforce.",
           font="Serif", size=9.5, lead=13)
    sect("Employment history")

    def role(head, dates, bl, sub=False):
        f.para(head, font="Serif-B", size=10 if not sub else 9.6, after=1, indent=14 if sub else 0, lead=13)
        f.para(dates, font="Serif-I", size=9.2, color=GREY, after=3, indent=14 if sub else 0)
        f.bullets(bl, font="Serif", size=9.2) if not sub else None
        if sub:
            for b_ in bl:
                f.para("– " + b_, font="Serif", size=9.2, indent=24, after=1.5)
        f.gap(6)

    role("Assistant Director, Freight Policy (EL1)  |  Department of Regional Connectivity  |  Canberra, ACT",
         "July 2022 – present",
         ["Lead a team of six on national freight strategy, supply chain resilience and road user charging.",
          "Drafted two Cabinet submissions and more than 60 ministerial briefs; all cleared without rework.",
          "Manage the $48m Regional Freight Links grants program, including the 2024 mid-term evaluation."])
    role("Higher duties: Acting Director, Freight Policy (EL2)  |  Department of Regional Connectivity  |  Canberra, "
         "ACT", "February 2024 – August 2024",
         ["Led the section of 14 staff during the Director's leave; represented the department at the "
          "national senior officials' meetings on freight."], sub=True)
    role("Secondment: Senior Adviser  |  National Heavy Vehicle Reform Taskforce  |  Canberra, ACT",
         "October 2021 – June 2022",
         ["Coordinated state and territory input to the heavy vehicle charging options paper.",
          "Ran 22 industry roundtables and wrote the consultation summary report."])
    role("Senior Policy Officer (APS 6)  |  Department of Regional Connectivity  |  Canberra, ACT",
         "March 2018 – September 2021",
         ["Policy lead for regional airports and remote air services; managed a $9m grants round.",
          "Prepared Senate Estimates briefs and responses to parliamentary questions on notice."])
    role("Policy Officer (APS 5)  |  Hunter Regional Transport Authority  |  Newcastle, NSW", "2014 – 2018",
         ["Analysed bus network reform options and ran community consultation for the Lake Macquarie network.",
          "Wrote the authority's first freight movements data report."])
    role("Graduate Officer (APS 3)  |  Department of Water and Rural Affairs  |  Canberra, ACT",
         "February 2012 – December 2013",
         ["Graduate program with three rotations: drought policy, corporate finance and ministerial liaison."])
    sect("Key capabilities")
    f.bullets(["Policy analysis", "Cabinet submissions", "Ministerial briefing", "Stakeholder consultation",
               "Program evaluation", "Grants administration", "Risk management", "Power BI"], font="Serif",
              size=9.2)
    sect("Education")
    for ln in ["Master of Public Policy, Molonglo University, 2017 (part-time)",
               "Bachelor of Economics, University of the Hunter Valley, 2011"]:
        f.para(ln, font="Serif", size=9.4, after=2)
    sect("Referees")
    f.para("Available on request. One referee is my current EL2 Director; the other is the Taskforce Head.",
           font="Serif", size=9.2)
    c.save()


def r22_rachel_tan_shu_fen(path):
    """Singapore banker, 22 years: A4 with a dark left sidebar (contact, expertise, education, languages) drawn
    first; a company heading 'Bank | Singapore' with its span over three internal moves each with right-aligned
    dates; a second employer; EARLIER ROLES as 'Title — Company (years)' lines."""
    c = new_canvas(path, A4, "Rachel Tan Shu Fen", "Rachel Tan", "Microsoft Word")
    W, H = A4
    dark, red, ink = HexColor("#263238"), HexColor("#B23A48"), HexColor("#222222")
    box(c, 0, 0, 172, H, fill=dark)
    x, w = 18, 138
    text(c, "Rachel", x, H - 60, "Sans-B", 21, WHITE)
    text(c, "Tan Shu Fen", x, H - 84, "Sans-B", 17, WHITE)
    y = para_pdf(c, "Senior Vice President, Trade Finance Operations", x, H - 96, w, "Sans", 8.4, 11,
                 HexColor("#F2B8BF")) - 18

    def shead(t, y):
        text(c, t, x, y, "Sans-B", 9.2, HexColor("#F2B8BF"))
        hline(c, x, x + w, y - 4, HexColor("#F2B8BF"), 0.5)
        return y - 16

    y = shead("CONTACT", y)
    for ln in ["Singapore 449269", "+65 9155 0127", "rachel.tan.sf@example.com.sg"]:
        text(c, ln, x, y, "Sans", 8, WHITE)
        y -= 12
    y -= 10
    y = shead("EXPERTISE", y)
    y = side_list(c, ["Trade finance", "Letters of credit", "Supply chain financing", "KYC and AML",
                      "Process automation", "Operational risk", "SWIFT messaging", "Team leadership"], x, y + 3, w,
                  size=8, color=WHITE)
    y -= 10
    y = shead("EDUCATION", y)
    for a, b_ in [("Executive MBA", "Merlion Business School, 2015"),
                  ("Bachelor of Business Administration", "Straits National University, 2003")]:
        y = para_pdf(c, a, x, y + 3, w, "Sans-B", 8.2, 10.5, WHITE)
        y = para_pdf(c, b_, x, y, w, "Sans", 8, 10.5, HexColor("#D5DBDF")) - 7
    y -= 4
    y = shead("LANGUAGES", y)
    text(c, "English, Mandarin, Hokkien", x, y, "Sans", 8, WHITE)

    f = Flow(c, 190, W - 190 - 30, H - 56, bottom=44)

    def sect(t):
        f.gap(6)
        f.line(t, font="Sans-B", size=10.5, color=red, after=3)
        hline(c, f.x, f.x + f.w, f.y + 1, red, 0.8)
        f.gap(5)

    sect("SUMMARY")
    f.para("Banking operations leader with 22 years in trade finance, cash management and securities operations. "
           "I run large regional operations teams and like turning manual processing into straight-through "
           "processing without losing control of risk.", size=8.9, lead=12.3)
    sect("EXPERIENCE")
    f.line("Straits Meridian Bank Limited  |  Singapore", "Jul 2011 – Present", font="Sans-B", size=9.8,
           rfont="Sans", color=ink, rcolor=ink, after=6)
    for t_, dates, bl in [
        ("Senior Vice President, Trade Finance Operations", "Jan 2021 – Present",
         ["Head a 120-strong operations team across Singapore, Kuala Lumpur and Manila.",
          "Raised straight-through processing for import LCs from 35% to 71%.",
          "Closed 14 audit issues in 2023, the bank's best result for operations."]),
        ("Vice President, Trade Finance Operations", "Apr 2016 – Dec 2020",
         ["Moved document checking to a hub-and-spoke model; turnaround fell from 3 days to 1."]),
        ("Assistant Vice President, Cash Management", "Jul 2011 – Mar 2016",
         ["Led payments operations for corporate clients; launched same-day FAST payments processing."]),
    ]:
        f.line(t_, dates, font="Sans-B", size=8.9, rfont="Sans-I", color=red, rcolor=GREY, after=3)
        f.bullets(bl, size=8.7)
        f.gap(4)
    f.gap(3)
    f.line("Lion City Securities Pte. Ltd.  |  Singapore", "Mar 2008 – Jun 2011", font="Sans-B", size=9.8,
           rfont="Sans", color=ink, rcolor=ink, after=6)
    f.line("Senior Associate, Operations", font="Sans-B", size=9.2, color=red, after=3)
    f.bullets(["Settlements and corporate actions for equities and bonds across five markets."], size=8.7)
    sect("EARLIER ROLES")
    for ln in ["Operations Executive — Orchid Freight Forwarding Pte Ltd (2005 – 2008)",
               "Bank Officer — Peranakan Savings Bank (2003 – 2005)"]:
        f.para(ln, size=8.8, after=2)
    sect("COMMUNITY")
    f.para("Mentor, Women in Banking Operations circle (since 2019).", size=8.8)
    c.save()


# =========================================================================================================
# python-docx resumes
# =========================================================================================================
def r02_claire_whitcombe(path):
    """UK nurse and returner, Word CV: centred name and contact; personal statement; employment history as a
    borderless two-column table (dates left, e.g. '04/2022 – present'; right: bold title with a band in
    brackets, 'Unit, Trust, Town' and bullets); an acting ward-manager secondment inside the current post; a
    dated career break row; a bank healthcare-assistant job; key skills as a 3-column table."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "Claire Whitcombe RN", b=True, size=20, align="c", after=0, color="1F4E79")
    P(d, "Malvern, Worcestershire  |  07700 900 264  |  claire.whitcombe@example.co.uk  |  NMC PIN 05B1234E",
      size=9, align="c", after=8, color="595959")
    heading(d, "Personal statement", color="1F4E79", size=12)
    P(d, "Adult nurse with ten years' acute experience. I returned to practice in 2020 after a career break to "
         "raise my children and care for my father, and I have since stepped up to senior staff nurse and covered "
         "as ward manager. I am applying for Band 7 roles in acute or elderly care.", after=4)
    heading(d, "Employment history", color="1F4E79", size=12)
    rows = [
        ("04/2022 – present", "Senior Staff Nurse (Band 6)",
         "Acute Medical Unit, Wyvern Valley NHS Foundation Trust, Worcester",
         ["Nurse in charge on a 36-bed acute medical unit; coordinate flow with the site team.",
          "Practice assessor for student nurses and preceptor for newly qualified staff.",
          "Led the unit's sepsis screening audit: compliance up from 71% to 93% in a year."]),
        ("09/2023 – 03/2024", "Acting Ward Manager (Band 7, secondment)",
         "Ward 4 (Elderly Care), Wyvern Valley NHS Foundation Trust, Worcester",
         ["Six-month secondment while the substantive manager was on long-term leave.",
          "Managed a budget of £1.9m and a team of 42; cut agency spend by 30%."]),
        ("01/2021 – 03/2022", "Staff Nurse (Band 5)",
         "Acute Medical Unit, Wyvern Valley NHS Foundation Trust, Worcester",
         ["First post after revalidation; also worked on the COVID-19 cohort ward in 2021."]),
        ("06/2013 – 12/2020", "Career break",
         "",
         ["Full-time parent and carer for my father.",
          "Completed the Return to Practice (Adult Nursing) course in 2020 and re-joined the NMC register."]),
        ("08/2008 – 05/2013", "Staff Nurse",
         "Cardiology Ward, Severnside Hospitals NHS Trust, Gloucester",
         ["Cared for patients after PCI and with heart failure; link nurse for tissue viability."]),
        ("09/2003 – 07/2008", "Healthcare Assistant (Bank)",
         "Abbeydale Care Home, Gloucester",
         ["Weekend and holiday shifts before and during my nursing degree."]),
    ]
    t = new_table(d, len(rows), 2, [3.6, 13.6])
    for k, (dates, title, org, bl) in enumerate(rows):
        cell(t.cell(k, 0), dates, size=9.5, color="404040")
        c_ = t.cell(k, 1)
        cell(c_, title, b=True, size=10.5)
        if org:
            cell_add(c_, org, i=True, size=10)
        cell_bullets(c_, bl, size=10)
        cell_add(c_, "", size=4)
    heading(d, "Education and training", color="1F4E79", size=12)
    P(d, "BSc (Hons) Adult Nursing, University of Severn Vale, 2008", after=1)
    P(d, "Return to Practice (Adult Nursing), University of Severn Vale, 2020", after=1)
    P(d, "Mentorship / practice assessor preparation (2022); Immediate Life Support (renewed 2025)", after=4)
    heading(d, "Key skills", color="1F4E79", size=12)
    t = new_table(d, 3, 3, [5.7, 5.7, 5.7])
    for k, s in enumerate(["Acute medicine", "IV therapy", "Sepsis recognition", "Medicines management",
                           "Electronic patient records", "Rota planning", "Student assessment",
                           "Discharge planning", "Safeguarding adults"]):
        c_ = t.cell(k // 3, k % 3)
        c_.paragraphs[0].style = d.styles["List Bullet"]
        cell(c_, s)
    heading(d, "References", color="1F4E79", size=12)
    P(d, "Available on request (current matron and practice education lead).")
    docx_save(d, path, "Claire Whitcombe")


def r05_kylie_brennan(path):
    """Australian heavy diesel fitter, FIFO, Word: name and trade line, contact; 'Work History' as bold
    'Company — Town, STATE' with MM/YYYY dates at a right tab over an italic title with roster or contract notes
    in brackets; a labour-hire employer with the client site in brackets; a dated travel gap line; an
    apprenticeship; tickets and licences apart from Key Skills."""
    d = docx_new("Arial", 10, margins=(1.6, 1.6, 1.9, 1.9))
    P(d, "KYLIE BRENNAN", b=True, size=18, after=0)
    P(d, "Heavy Diesel Fitter  |  Trade Qualified 2014", size=11, color="C55A11", after=2)
    P(d, "Mackay QLD  •  0438 555 207  •  kylie.brennan@example.com  •  Happy to FIFO from BNE / MKY", size=9,
      color="595959", after=6)
    heading(d, "Summary", color="C55A11", size=11)
    P(d, "Fitter with ten years on Cat and Komatsu fleets in open-cut coal and iron ore. Safe, tidy, and not "
         "afraid of a night shift. Looking for a permanent FIFO role on a 2/1 or 8/6 roster.")
    heading(d, "Work History", color="C55A11", size=11)
    for org, dates, title, bl in [
        ("Ironbark Mining Services — Newman, WA", "03/2022 – Current", "Heavy Diesel Fitter (FIFO 8/6)",
         ["Maintain Cat 793F haul trucks and 994 loaders on a 24/7 iron ore site.",
          "Component change-outs, PM services and breakdown call-outs; 98% PM compliance on my crew.",
          "Trained two second-year apprentices."]),
        ("Redgum Labour Hire (placed at Tallowwood Coal) — Moranbah, QLD", "08/2019 – 02/2022",
         "Heavy Duty Fitter (contract)",
         ["Shutdown and field service work on Komatsu PC4000 excavators and dozers."]),
        ("Break — travelling around Australia", "02/2019 – 07/2019", "", []),
        ("Coolabah Earthmoving Pty Ltd — Toowoomba, QLD", "01/2015 – 01/2019", "Plant Mechanic",
         ["Serviced and repaired excavators, graders and water carts in the workshop and on site."]),
        ("Coolabah Earthmoving Pty Ltd — Toowoomba, QLD", "01/2011 – 12/2014", "Apprentice Diesel Mechanic",
         ["Four-year apprenticeship; Apprentice of the Year for the region, 2013."]),
    ]:
        tabline(d, [(org, True, False)], dates, stop=17.8, before=6, size=10)
        if title:
            P(d, title, i=True, after=2, keep=True)
        bullets(d, bl, size=9.5)
    heading(d, "Key Skills", color="C55A11", size=11)
    t = new_table(d, 3, 2, [8.9, 8.9])
    for k, s in enumerate(["Hydraulic fault-finding", "Engine rebuilds", "CAT ET diagnostics",
                           "Preventive maintenance", "MIG welding", "Isolation and tagging"]):
        c_ = t.cell(k // 2, k % 2)
        c_.paragraphs[0].style = d.styles["List Bullet"]
        cell(c_, s, size=9.5)
    heading(d, "Tickets & Licences", color="C55A11", size=11)
    P(d, "Certificate III in Heavy Commercial Vehicle Mechanical Technology (2014)  •  HR licence  •  Working at "
         "Heights  •  Confined Space  •  Standard 11 Coal Board Medical  •  First Aid (HLTAID011)")
    heading(d, "Referees", color="C55A11", size=11)
    P(d, "Dale Hendry, Maintenance Supervisor, Ironbark Mining Services — 0400 555 318")
    P(d, "Tanya Pace, Workshop Manager, Coolabah Earthmoving — 0412 555 664")
    docx_save(d, path, "Kylie Brennan")


def r08_chinedu_okonkwo(path):
    """Nigerian pharmacist, Word: name in capitals, contact, profile; WORK EXPERIENCE as a bold title line, a
    'Company Ltd, Area, City' line and the dates in brackets on a line of their own ('(March 2019 – Date)'); a
    weekend locum job held at the same time; the NYSC year and the internship under the experience heading;
    skills as a comma line; licence, education, referees."""
    d = docx_new("Cambria", 10.5, margins=(2.0, 2.0, 2.2, 2.2))
    P(d, "CHINEDU EMEKA OKONKWO", b=True, size=17, align="c", after=0, color="385623")
    P(d, "Pharmacist (B.Pharm, FPCPharm)", size=10.5, align="c", after=0)
    P(d, "14 Adeniyi Jones Avenue, Ikeja, Lagos  |  +234 803 555 0172  |  chinedu.okonkwo@example.com.ng", size=9,
      align="c", after=8, color="595959")
    heading(d, "PROFESSIONAL PROFILE", color="385623", size=11.5)
    P(d, "Licensed pharmacist with eleven years in community and hospital practice, currently running a busy "
         "retail pharmacy chain outlet and locuming at a specialist hospital at weekends. Strong on inventory "
         "control, regulatory compliance and patient counselling.")
    heading(d, "WORK EXPERIENCE", color="385623", size=11.5)
    for title, org, dates, bl in [
        ("Superintendent Pharmacist", "Medbay Pharmacy Ltd, Ikeja, Lagos", "(March 2019 – Date)",
         ["Superintendent for three outlets; responsible for PCN premises registration and inspections.",
          "Introduced a stock-control system that cut expiries by 60% in the first year.",
          "Supervise four pharmacists and nine pharmacy technicians."]),
        ("Locum Pharmacist (Weekends)", "Ogudu Specialist Hospital, Ogudu, Lagos", "(June 2020 – Date)",
         ["Inpatient and outpatient dispensing; antimicrobial stewardship ward rounds."]),
        ("Community Pharmacist", "Healthline Pharmacy & Stores Ltd, Surulere, Lagos", "(August 2016 – February 2019)",
         ["Dispensing, patient counselling and blood-pressure clinics; drove a 25% rise in repeat customers."]),
        ("Pharmacist (NYSC)", "Asa Dam Cottage Hospital, Ilorin, Kwara State", "(July 2015 – July 2016)",
         ["Primary assignment during the national youth service year; ran the hospital's drug revolving fund."]),
        ("Intern Pharmacist", "Riverside Teaching Hospital, Nnewi, Anambra State", "(June 2014 – June 2015)",
         ["Rotations through outpatient, inpatient, production and drug information units."]),
    ]:
        P(d, title, b=True, size=11, before=6, after=0, keep=True)
        P(d, org, after=0, keep=True)
        P(d, dates, i=True, size=9.5, color="595959", after=2, keep=True)
        bullets(d, bl)
    heading(d, "SKILLS", color="385623", size=11.5)
    P(d, "Dispensing and counselling, Inventory management, Pharmacovigilance, Clinical audit, Staff supervision, "
         "MS Excel, Pharmacy management software")
    heading(d, "PROFESSIONAL LICENCE AND MEMBERSHIP", color="385623", size=11.5)
    P(d, "Pharmacists Council of Nigeria (PCN) – full registration, 2015; annual licence current", after=1)
    P(d, "Fellow, West African Postgraduate College of Pharmacists (FPCPharm), 2022", after=1)
    heading(d, "EDUCATION", color="385623", size=11.5)
    P(d, "B.Pharm., Eastgate University, Awka — 2014", after=1)
    P(d, "West African Senior School Certificate (WASSCE) — 2007", after=1)
    heading(d, "REFEREES", color="385623", size=11.5)
    P(d, "Pharm. (Mrs.) Funmilayo Adebayo, Director of Pharmacy, Ogudu Specialist Hospital — 0802 555 0144",
      after=1)
    P(d, "Dr. Ikenna Obi, Senior Lecturer, Faculty of Pharmacy, Eastgate University — 0806 555 0199")
    docx_save(d, path, "Chinedu Okonkwo")


def r12_jasmine_goh_hui_min(path):
    """Singapore public officer, Word: name with the English name first and the Chinese name after it;
    personal particulars; 'Career History' as a ruled table with a header row 'Period | Organisation |
    Designation and key responsibilities'; designations with the function in brackets; a secondment to another
    agency; a National Service line under its own heading; competencies in a table."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "JASMINE GOH HUI MIN", b=True, size=18, after=0, color="203864")
    P(d, "jasmine.goh@example.com.sg  |  +65 9555 0173  |  Singapore Citizen", size=9.5, color="595959", after=8)
    heading(d, "Profile", color="203864", size=11.5)
    P(d, "Public officer with 15 years in park and urban planning, including a secondment to a whole-of-government "
         "office. Looking to move into an urban-development consultancy.")
    heading(d, "Career History", color="203864", size=11.5)
    rows = [
        ("Apr 2022 – Present", "Urban Greenways Board", "Deputy Director (Planning & Policy)",
         ["Lead a division of 22 planners on the island-wide park connector masterplan.",
          "Secured S$180m in development funding over five years."]),
        ("Jan 2021 – Mar 2022", "Liveable Towns Office", "Senior Assistant Director (Secondment)",
         ["Seconded from Urban Greenways Board to coordinate estate-renewal pilots across four agencies."]),
        ("Jul 2017 – Dec 2020", "Urban Greenways Board", "Assistant Director (Parks Development)",
         ["Delivered 14 km of new park connectors and two nature parks."]),
        ("Jul 2013 – Jun 2017", "Urban Greenways Board", "Senior Manager",
         ["Ran public consultations for the northern parks masterplan."]),
        ("Jan 2010 – Jun 2013", "Kallang Engineering Consultants Pte Ltd", "Project Engineer",
         ["Drainage and earthworks design for residential developments."]),
    ]
    t = new_table(d, len(rows) + 1, 3, [3.4, 4.6, 9.4],
                  borders={"val": "single", "color": "8EA9DB", "sz": 4})
    for j, h in enumerate(["Period", "Organisation", "Designation and key responsibilities"]):
        cell(t.cell(0, j), h, b=True, fill="D9E2F3", size=10)
    for k, (dates, org, title, bl) in enumerate(rows, start=1):
        cell(t.cell(k, 0), dates, size=9.5)
        cell(t.cell(k, 1), org, size=9.5)
        c_ = t.cell(k, 2)
        cell(c_, title, b=True, size=10)
        cell_bullets(c_, bl, size=9.5)
    heading(d, "National Service", color="203864", size=11.5)
    P(d, "Full-time National Service, 2004 – 2006 (Signals Specialist); now in the reserve.")
    heading(d, "Education", color="203864", size=11.5)
    P(d, "Master of Urban Planning, Merlion Institute of Technology, 2016 (part-time)", after=1)
    P(d, "B.Eng. Civil Engineering, Straits National University, 2009", after=1)
    heading(d, "Core Competencies", color="203864", size=11.5)
    t = new_table(d, 2, 4, [4.35, 4.35, 4.35, 4.35])
    for k, s in enumerate(["Policy development", "Stakeholder management", "Project management",
                           "Landscape planning", "Budget planning", "Public consultation", "Tableau", "ArcGIS"]):
        cell(t.cell(k // 4, k % 4), s, size=9.5)
    heading(d, "Languages", color="203864", size=11.5)
    P(d, "English (native), Mandarin (fluent)")
    docx_save(d, path, "Jasmine Goh")


def r15_marcus_delgado(path):
    """US Army veteran turned operations manager, Word template: name, contact, summary; PROFESSIONAL
    EXPERIENCE with a bold title and dates at a right tab over an italic 'Company, LLC  |  City, ST' line (an
    internal move between sites); a dated transition gap; a 'U.S. Army' heading with its span over three
    postings whose titles carry the rank in brackets; skills in two columns; education; clearance."""
    d = docx_new("Calibri", 10.5, margins=(1.6, 1.6, 1.9, 1.9))
    P(d, "MARCUS A. DELGADO", b=True, size=20, after=0, color="1F3864")
    P(d, "Fayetteville, NC 28303  •  (910) 555-0129  •  marcus.delgado@example.com  •  U.S. Army Veteran", size=9.5,
      color="595959", after=6)
    heading(d, "SUMMARY", size=11)
    P(d, "Operations manager with 20 years leading people, fleets and warehouses, 12 of them as an Army "
         "non-commissioned officer. I run safe, on-time operations and I develop front-line supervisors.")
    heading(d, "PROFESSIONAL EXPERIENCE", size=11)
    for title, dates, org, bl in [
        ("Operations Manager", "May 2021 – Present", "Summit Ridge Logistics, LLC  |  Fayetteville, NC",
         ["Run a 310,000 sq ft third-party logistics site with 140 associates over two shifts.",
          "Improved on-time shipping from 91% to 99.2% and cut recordable injuries by half.",
          "Own a $14M annual operating budget."]),
        ("Operations Supervisor", "Oct 2018 – Apr 2021", "Summit Ridge Logistics, LLC  |  Raleigh, NC",
         ["Supervised inbound and returns teams of 35; rolled out RF scanning for returns."]),
    ]:
        tabline(d, [(title, True, False)], dates, stop=17.8, before=6)
        P(d, org, i=True, after=2, keep=True)
        bullets(d, bl)
    tabline(d, [("Career transition", True, True)], "Sep 2017 – Sep 2018", stop=17.8, before=6)
    P(d, "Full-time student finishing my degree after leaving the Army.", i=True, after=2)
    tabline(d, [("U.S. Army", True, False)], "2005 – 2017", stop=17.8, before=8, size=11.5, color="1F3864",
            rb=True)
    for title, dates, bl in [
        ("Platoon Sergeant (SFC/E-7)  |  Fort Campbell, KY", "Jun 2013 – Aug 2017",
         ["Led a 38-soldier transportation platoon and 45 tactical vehicles; zero accidents over 400,000 miles.",
          "Planned convoy operations for two deployments and a humanitarian mission."]),
        ("Squad Leader (SSG/E-6)  |  Fort Campbell, KY", "Mar 2009 – May 2013",
         ["Trained and supervised a squad of 10 motor transport operators."]),
        ("Motor Transport Operator (SPC/E-4)  |  Fort Riley, KS", "Jul 2005 – Feb 2009",
         ["Drove and maintained heavy tactical vehicles; deployed to Iraq in 2007."]),
    ]:
        tabline(d, [(title, True, False)], dates, stop=17.8, before=5)
        bullets(d, bl)
    heading(d, "SKILLS", size=11)
    t = new_table(d, 4, 2, [8.9, 8.9])
    for k, s in enumerate(["Warehouse operations", "Fleet management", "DOT compliance", "OSHA safety programs",
                           "Manhattan WMS", "Budget management", "Lean process improvement", "Team leadership"]):
        c_ = t.cell(k // 2, k % 2)
        c_.paragraphs[0].style = d.styles["List Bullet"]
        cell(c_, s)
    heading(d, "EDUCATION", size=11)
    P(d, "B.S. in Business Administration, Cape Fear Valley University, 2018", after=1)
    P(d, "Army Senior Leader Course (2013); Lean Six Sigma Green Belt (2020)", after=1)
    heading(d, "CLEARANCE", size=11)
    P(d, "Secret (inactive)")
    docx_save(d, path, "Marcus Delgado")


def r19_lisa_tremblay(path):
    """Canadian payroll returner, Word: name, contact in the page header; summary; EXPERIENCE as one bold line
    'Title (note) · Employer · City, ON' with the dates on their own grey line under it ('Sept. 2024 – present',
    'Jan. 2018'), a dated career-break entry, an agency temp job; skills in a 3-column table; a college
    diploma; a professional certification; volunteer work under its own heading."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    hdr(d, "Kitchener, ON N2M 4K7  ·  519-555-0185  ·  lisa.tremblay@example.ca", align="l", size=9)
    P(d, "Lisa Tremblay, PCP", b=True, size=22, after=0, color="7B2C49")
    P(d, "Payroll Administrator", size=11, color="7B2C49", after=8)
    heading(d, "Summary", color="7B2C49", size=11.5)
    P(d, "Payroll professional with 12 years of full-cycle Canadian payroll for unionized and salaried staff. "
         "I returned to work in 2024 after six years caring for a family member, through a returnship, and "
         "was hired permanently after three months.")
    heading(d, "Experience", color="7B2C49", size=11.5)
    for head, dates, bl in [
        ("Payroll Administrator (Returnship) · Maple Crest Health Network · Kitchener, ON", "Sept. 2024 – present",
         ["Process bi-weekly payroll for 2,100 unionized health-care staff in Ceridian Dayforce.",
          "Rebuilt the retro-pay calculator for the 2025 collective agreement; saved about 40 hours a cycle."]),
        ("Career break", "Jan. 2018 – Aug. 2024",
         ["Full-time caregiver for a family member.",
          "Completed the Payroll Compliance Practitioner (PCP) certification in 2023."]),
        ("Payroll and Benefits Coordinator · Grand River Packaging Inc. · Cambridge, ON", "May 2012 – Dec. 2017",
         ["Ran payroll for 450 employees in three provinces; year-end T4 and RL-1 with no CRA reassessments.",
          "Administered group benefits enrolment and WSIB claims."]),
        ("Payroll Clerk · Grand River Packaging Inc. · Cambridge, ON", "Mar. 2009 – Apr. 2012",
         ["Timecard audit, ROE filing and garnishments."]),
        ("Accounts Payable Clerk (Temp) · Northfield Staffing Solutions · Waterloo, ON", "Jun. 2008 – Feb. 2009",
         ["Placed at two manufacturers for invoice matching and vendor set-up."]),
        ("Administrative Assistant · Conestoga Dental Group · Waterloo, ON", "Jul. 2005 – May 2008",
         ["Front desk, billing and insurance claims for a four-dentist practice."]),
    ]:
        P(d, head, b=True, size=10.5, before=6, after=0, keep=True)
        P(d, dates, size=9.5, color="7F7F7F", after=2, keep=True)
        bullets(d, bl)
    heading(d, "Skills", color="7B2C49", size=11.5)
    t = new_table(d, 3, 3, [5.8, 5.8, 5.8])
    for k, s in enumerate(["Ceridian Dayforce", "ADP Workforce Now", "Year-end T4 and RL-1",
                           "Employment Standards Act", "Benefits administration", "ROE filing",
                           "Excel pivot tables", "Union payroll", "Account reconciliation"]):
        cell(t.cell(k // 3, k % 3), s, size=10)
    heading(d, "Education & Certification", color="7B2C49", size=11.5)
    P(d, "Diploma in Business Administration – Accounting, Grand Valley College, 2005", after=1)
    P(d, "Payroll Compliance Practitioner (PCP), National Payroll Institute, 2023", after=1)
    heading(d, "Volunteer", color="7B2C49", size=11.5)
    P(d, "Treasurer (volunteer), Forest Heights Community Association, 2019 – present")
    docx_save(d, path, "Lisa Tremblay")


def r23_deborah_hines(path):
    """US county public-health manager, federal-resume style in Word: name and contact, summary; WORK EXPERIENCE
    with each role as a bold employer line, an address line, a 'Title' line, a fields line 'MM/YYYY – Present |
    Hours per week: 40 | Grade: ... | Supervisor: ...' and duties; a per-diem hospital job at the same time as a
    county job; an 'Earlier' line; skills as a comma paragraph, licences, education."""
    d = docx_new("Times New Roman", 11, margins=(2.0, 2.0, 2.2, 2.2))
    P(d, "DEBORAH L. HINES, MPH, RN", b=True, size=15, after=0)
    P(d, "2214 West Eldorado Street, Decatur, IL 62522  |  (217) 555-0148  |  deborah.hines@example.com", size=10,
      after=0)
    P(d, "U.S. Citizen  |  Veterans' Preference: None  |  Available: 30 days' notice", size=10, after=6)
    heading(d, "SUMMARY OF QUALIFICATIONS", color="000000", size=11)
    P(d, "Public health nurse and epidemiologist with 23 years in hospital and local health department practice. "
         "Manage communicable disease, immunization and emergency preparedness programs serving a county of "
         "104,000.")
    heading(d, "WORK EXPERIENCE", color="000000", size=11)
    for org, addr, title, fields, duties in [
        ("Marlow County Public Health District", "1340 North Jasper Street, Decatur, IL",
         "Public Health Program Manager",
         "03/2016 – Present  |  Hours per week: 40  |  Grade: PHM-3  |  Supervisor: Dr. Alan Kreis, (217) 555-0110, "
         "may contact",
         ["Manage the communicable disease, immunization and emergency preparedness programs (staff of 16, budget "
          "$2.7M, four state and federal grants).",
          "Led the district's COVID-19 case investigation and vaccination operation: 61,000 doses in 2021.",
          "Wrote the 2024 Community Health Improvement Plan with 30 partner agencies."]),
        ("Marlow County Public Health District", "1340 North Jasper Street, Decatur, IL", "Epidemiologist II",
         "06/2011 – 02/2016  |  Hours per week: 40  |  Grade: EPI-2",
         ["Surveillance and outbreak investigation for reportable diseases; built the REDCap case database.",
          "Published the annual county health data book."]),
        ("Kaskaskia Valley Health District", "Shelbyville, IL", "Public Health Nurse",
         "05/2006 – 05/2011  |  Hours per week: 40",
         ["TB case management, immunization clinics and maternal-child home visits."]),
        ("Prairie Mercy Hospital", "Decatur, IL", "Staff Nurse (Per Diem)",
         "08/2008 – 12/2014  |  Hours per week: 8–16",
         ["Weekend shifts on the medical-surgical unit alongside my county post."]),
    ]:
        P(d, org, b=True, before=8, after=0, keep=True)
        P(d, addr, after=0, keep=True)
        P(d, title, b=True, i=True, after=0, keep=True)
        P(d, fields, size=10, after=2, keep=True)
        bullets(d, duties, size=10.5)
    P(d, "Earlier: Registered Nurse, Medical-Surgical, Prairie Mercy Hospital, Decatur, IL (2002 – 2006)",
      before=6, after=4)
    heading(d, "SKILLS", color="000000", size=11)
    P(d, "Program evaluation, Epidemiology, SAS, REDCap, Grant writing, Community outreach, Emergency preparedness, "
         "Incident Command System")
    heading(d, "LICENSES AND CERTIFICATIONS", color="000000", size=11)
    P(d, "Registered Professional Nurse, State of Illinois (active)  |  Certified in Public Health (CPH)")
    heading(d, "EDUCATION", color="000000", size=11)
    P(d, "Master of Public Health, Illinois Prairie University, Springfield, IL, 2011", after=1)
    P(d, "Bachelor of Science in Nursing, Sangamon Valley College, Decatur, IL, 2002", after=1)
    docx_save(d, path, "Deborah Hines")


# =========================================================================================================
# Word files converted to PDF by LibreOffice
# =========================================================================================================
def r06_thandiwe_mahlangu_docx(path):
    """South African public-sector CV in Word (becomes PDF): CURRICULUM VITAE title; PERSONAL DETAILS as a
    two-column table; EDUCATIONAL QUALIFICATIONS table; EMPLOYMENT HISTORY as one ruled field table per post
    (Employer / Position / Period with day-month-year dates and 'to date' / Duties); an acting post above the
    substantive one it runs alongside; an internship; skills, languages, referees; footer; two pages."""
    d = docx_new("Arial", 10, margins=(2.0, 2.0, 2.2, 2.2))
    hdr(d, "Curriculum Vitae: T.P. Mahlangu", footer=True, align="c", size=8)
    P(d, "CURRICULUM VITAE", b=True, size=16, align="c", after=2, color="1F3864")
    P(d, "THANDIWE PRUDENCE MAHLANGU", b=True, size=13, align="c", after=10)
    heading(d, "1. PERSONAL DETAILS", color="1F3864", size=11)
    t = new_table(d, 6, 2, [5.0, 11.6], borders={"val": "single", "color": "A6A6A6", "sz": 4})
    for k, (a, b_) in enumerate([("Surname", "Mahlangu"), ("First names", "Thandiwe Prudence"),
                                 ("Nationality", "South African"), ("Home language", "Sepedi"),
                                 ("Driver's licence", "Code EB (08)"),
                                 ("Contact", "072 555 0138  |  tp.mahlangu@example.co.za  |  Polokwane")]):
        cell(t.cell(k, 0), a, b=True, size=9.5, fill="F2F2F2")
        cell(t.cell(k, 1), b_, size=9.5)
    heading(d, "2. EDUCATIONAL QUALIFICATIONS", color="1F3864", size=11)
    t = new_table(d, 4, 3, [7.4, 6.4, 2.8], borders={"val": "single", "color": "A6A6A6", "sz": 4})
    for k, row in enumerate([("Qualification", "Institution", "Year obtained"),
                             ("Bachelor of Administration", "Marula University", "2016"),
                             ("National Diploma: Purchasing Management", "Marula University of Technology", "2007"),
                             ("Senior Certificate (Matric)", "Sekgweng High School", "2003")]):
        for j, v in enumerate(row):
            cell(t.cell(k, j), v, b=(k == 0), size=9.5, fill="D9E2F3" if k == 0 else None)
    heading(d, "3. EMPLOYMENT HISTORY", color="1F3864", size=11)
    posts = [
        ("Nkwali District Municipality", "Deputy Director: Supply Chain Management (Acting)",
         "01 November 2023 – to date",
         ["Head the SCM unit (demand, acquisition, logistics, contract management) in an acting capacity.",
          "Secretariat to the Bid Adjudication Committee; tenders worth R310 million awarded in 2024.",
          "Reduced irregular expenditure findings from seven to one in the 2023/24 audit."]),
        ("Nkwali District Municipality", "Assistant Director: Demand and Acquisition",
         "01 April 2018 – to date",
         ["Compile the procurement plan and specifications with user departments.",
          "Supervise six practitioners; manage the quotations process up to R300 000."]),
        ("Ditlou Water Board", "Senior Procurement Officer", "01 March 2013 – 31 March 2018",
         ["Ran open tenders for chemicals, pipes and plant hire; maintained the contracts register."]),
        ("Ditlou Water Board", "Procurement Clerk", "15 January 2009 – 28 February 2013",
         ["Captured requisitions and orders; reconciled the supplier database with the CSD."]),
        ("Nkwali District Municipality", "Finance Intern", "01 February 2008 – 31 January 2009",
         ["Rotated through expenditure, revenue and supply chain sections."]),
    ]
    for org, pos, period, duties in posts:
        t = new_table(d, 4, 2, [3.6, 13.0], borders={"val": "single", "color": "A6A6A6", "sz": 4})
        for k, (a, b_) in enumerate([("Employer", org), ("Position", pos), ("Period", period)]):
            cell(t.cell(k, 0), a, b=True, size=9.5, fill="F2F2F2")
            cell(t.cell(k, 1), b_, size=9.5, b=(k == 1))
        cell(t.cell(3, 0), "Duties", b=True, size=9.5, fill="F2F2F2")
        c_ = t.cell(3, 1)
        cell(c_, duties[0], size=9.5)
        for x_ in duties[1:]:
            cell_add(c_, x_, size=9.5)
        P(d, "", after=4)
    heading(d, "4. SKILLS AND COMPETENCIES", color="1F3864", size=11)
    bullets(d, ["Contract management", "Demand management", "Bid committee secretariat", "Asset management",
                "MS Excel", "Report writing"], size=10)
    heading(d, "5. LANGUAGES", color="1F3864", size=11)
    P(d, "Sepedi (home language), English, Xitsonga, Afrikaans (read only)")
    heading(d, "6. REFEREES", color="1F3864", size=11)
    P(d, "Mr K.J. Mathebula, Chief Financial Officer, Nkwali District Municipality — 015 555 0112", after=1)
    P(d, "Ms R. Baloyi, Senior Manager: Finance, Ditlou Water Board — 015 555 0167", after=1)
    docx_save(d, path, "Thandiwe Mahlangu")


def r11_raymond_kowalski_docx(path):
    """US HVAC service technician in Word (becomes PDF): large name, contact line; summary; licenses; WORK
    HISTORY with bold 'Company — City, ST' headings (one with two roles under it, titles with years at a right
    tab), a dated lay-off gap, an apprenticeship and an EARLIER WORK line; skills in a bordered table; an
    associate degree."""
    d = docx_new("Calibri", 11, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "Raymond Kowalski", b=True, size=24, after=0, color="C00000")
    P(d, "Parma, OH 44134  |  (216) 555-0177  |  ray.kowalski@example.com", size=10, after=8)
    heading(d, "SUMMARY", color="C00000", size=11.5)
    P(d, "Commercial HVAC service tech with 26 years in the trade, the last 14 at one contractor. Rooftop units, "
         "chillers, boilers and controls. I train the young guys and I get called for the hard ones.")
    heading(d, "LICENSES & CERTIFICATIONS", color="C00000", size=11.5)
    P(d, "EPA 608 Universal  •  NATE Certified (Air Conditioning, Gas Heating)  •  City of Cleveland HVAC "
         "Contractor License  •  OSHA 30")
    heading(d, "WORK HISTORY", color="C00000", size=11.5)
    P(d, "Lakeshore Mechanical Contractors, Inc. — Cleveland, OH", b=True, before=6, after=1, keep=True)
    for title, yrs, bl in [
        ("Senior HVAC Service Technician", "2016–Present",
         ["Lead tech on service contracts for 120 commercial buildings; average 1.2 callbacks a month.",
          "Mentor four apprentices through the union program."]),
        ("HVAC Service Technician", "2012–2016",
         ["Preventive maintenance and repair on rooftop units up to 150 tons."]),
    ]:
        tabline(d, [(title, False, True)], yrs, stop=17.2, before=2, size=11)
        bullets(d, bl, size=10.5)
    tabline(d, [("Laid off — ", True, False), ("slow construction market; finished my EPA and NATE certs and did "
                                                "side jobs", False, True)], "2010–2011", stop=17.2, before=8)
    for org, title, yrs, bl in [
        ("Erie Shore Heating & Cooling — Parma, OH", "HVAC Installer", "2004–2010",
         ["Residential and light-commercial installs; furnaces, heat pumps and ductwork."]),
        ("Buckeye Mechanical Services — Akron, OH", "Apprentice Pipefitter", "2000–2004",
         ["Four-year apprenticeship: piping, brazing, boilers and hydronic systems."]),
    ]:
        P(d, org, b=True, before=8, after=1, keep=True)
        tabline(d, [(title, False, True)], yrs, stop=17.2, size=11)
        bullets(d, bl, size=10.5)
    P(d, "EARLIER WORK: Warehouse Associate, Great Lakes Paper Supply, Cleveland, OH (1997–2000)", before=8,
      size=10.5)
    heading(d, "SKILLS", color="C00000", size=11.5)
    t = new_table(d, 3, 3, [5.6, 5.6, 5.6], borders={"val": "single", "color": "BFBFBF", "sz": 4})
    for k, s in enumerate(["Commercial rooftop units", "Chillers and boilers", "Refrigerant recovery",
                           "BACnet controls", "Brazing", "Troubleshooting", "ServiceTitan", "Customer service",
                           "Blueprint reading"]):
        cell(t.cell(k // 3, k % 3), s, size=10.5)
    heading(d, "EDUCATION", color="C00000", size=11.5)
    P(d, "Associate of Applied Science in HVAC Technology, Lake Erie Technical College, 2004")
    docx_save(d, path, "Raymond Kowalski")


def r20_gareth_pryce_docx(path):
    """Welsh gas engineer in Word (becomes PDF): name and trade line, contact; profile; EMPLOYMENT as a ruled
    table 'Dates | Position and employer' with a self-employed business run at the same time as the employed
    job; an apprenticeship; a 'Previous:' line; skills as a bulleted list in two columns; qualifications and
    tickets; driving licence."""
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 2.0, 2.0))
    hdr(d, "Gareth Pryce  |  Gas Safe Reg. No. 000000 (on request)", footer=True, align="c", size=8)
    P(d, "Gareth Pryce", b=True, size=22, after=0, color="00594F")
    P(d, "Gas Engineer  |  Heating & Renewables", size=11, color="00594F", after=2)
    P(d, "Caerphilly CF83  |  07700 900 519  |  gareth.pryce@example.co.uk  |  Full UK driving licence", size=9,
      color="595959", after=8)
    heading(d, "PROFILE", color="00594F", size=11)
    P(d, "Gas Safe registered engineer with 19 years in domestic and social-housing heating. Employed full time by "
         "a housing association and run my own small heating business on evenings and weekends.")
    heading(d, "EMPLOYMENT", color="00594F", size=11)
    rows = [
        ("Jan 2019 – present", "Multi-trade Gas Engineer", "Valleys Crest Housing Association, Pontypridd",
         ["Annual gas safety checks, breakdowns and boiler replacements across 3,800 homes.",
          "First-time fix rate 87%; lead on the association's air-source heat pump pilot (40 homes)."]),
        ("Apr 2015 – present", "Owner / Gas Engineer (self-employed, evenings and weekends)",
         "Pryce Heating Services, Caerphilly",
         ["Boiler installs, servicing and landlord certificates for about 300 regular customers."]),
        ("Sep 2009 – Dec 2018", "Service and Breakdown Engineer", "Celtic Boiler Care Ltd, Cardiff",
         ["Up to eight service and repair calls a day; top customer-satisfaction score in 2016 and 2017."]),
        ("Sep 2006 – Aug 2009", "Apprentice Heating Engineer", "Celtic Boiler Care Ltd, Cardiff",
         ["Three-year apprenticeship with day release at college."]),
    ]
    t = new_table(d, len(rows), 2, [3.8, 13.6], borders={"val": "single", "color": "BFBFBF", "sz": 4,
                                                          "which": ("insideH", "bottom", "top")})
    for k, (dates, pos, org, bl) in enumerate(rows):
        cell(t.cell(k, 0), dates, size=9.5, b=True)
        c_ = t.cell(k, 1)
        cell(c_, pos, b=True, size=10)
        cell_add(c_, org, i=True, size=10)
        cell_bullets(c_, bl, size=9.5)
    P(d, "Previous: Labourer, Taff Valley Builders, Pontypridd, 2004 – 2006", before=4, size=9.5)
    heading(d, "SKILLS", color="00594F", size=11)
    t = new_table(d, 3, 2, [8.7, 8.7])
    for k, s in enumerate(["Boiler installation and servicing", "Unvented hot water systems",
                           "Landlord gas safety records", "Fault finding", "Heat pump installation", "Customer care"]):
        c_ = t.cell(k // 2, k % 2)
        c_.paragraphs[0].style = d.styles["List Bullet"]
        cell(c_, s, size=10)
    heading(d, "QUALIFICATIONS & TICKETS", color="00594F", size=11)
    bullets(d, ["NVQ Level 3 Gas Installation and Maintenance (2009)",
                "ACS: CCN1, CENWAT, CKR1, HTR1, CPA1 (renewed 2024)",
                "Unvented hot water (G3), Water Regulations, Air Source Heat Pump (MCS)",
                "Working at height; asbestos awareness"], size=10)
    docx_save(d, path, "Gareth Pryce")


# =========================================================================================================
# plain-text and Markdown documents
# =========================================================================================================
TEXTS = {}

TEXTS["resumes/r03_srinivas_iyer.txt"] = """\
                              CURRICULUM VITAE

SRINIVAS RAGHAVAN IYER
Principal Consultant - SAP FICO | 21 Years | S/4HANA Finance
Mobile : +91 98450 55213
E-mail : srinivas.iyer.fico@example.in
Current Location : Bengaluru, Karnataka
Passport : Available (valid till 2031)

PROFESSIONAL SUMMARY
--------------------
* 21 years of total experience, of which 16 years in SAP FICO consulting and 6 years in
  industry accounting.
* 4 end-to-end implementations, 2 ECC to S/4HANA conversions, 1 Central Finance project and
  3 support engagements, for clients in India, the Middle East and Singapore.
* Strong in GL, AP, AR, Asset Accounting, Bank Accounting, Cost Centre and Profit Centre
  Accounting, Product Costing and GST.
* Worked onsite at client locations in Dubai and Singapore.

SKILL SET
---------
SAP Modules       : SAP FI, SAP CO, SAP S/4HANA Finance, Central Finance
Functional Areas  : Bank reconciliation, Asset accounting, Cost centre accounting, GST configuration
Tools             : SAP Solution Manager, ServiceNow, MS Excel

ORGANISATIONAL EXPERIENCE
-------------------------
Organisation                           Location    Designation            Duration
-------------------------------------  ----------  ---------------------  ----------------------
Vyoma Consulting Services Pvt. Ltd.    Bengaluru   Principal Consultant   Nov 2019 - Till Date
Nandavana Infotech Ltd.                Chennai     Lead Consultant        Apr 2015 - Oct 2019
Nandavana Infotech Ltd.                Chennai     Senior Consultant      Jul 2012 - Mar 2015
Pinnacleview Business Solutions        Hyderabad   SAP FI Consultant      Jun 2010 - Jun 2012
Sahyadri Ridge Auto Components Ltd.    Pune        Senior Accounts Exec.  Aug 2006 - May 2010
Meenakshi Sundar Traders               Madurai     Accounts Assistant     Jul 2004 - Jul 2006

(While with Nandavana Infotech, on deputation to the client's Dubai office from Jan 2017 to
Dec 2017.)

PROJECT EXPERIENCE
------------------
Project #1
Project Name   : Tejas Central Finance
Client         : Godavari Ridge Cements Ltd.
Duration       : Jun 2023 - Till Date
Role           : Solution Architect - Finance
Environment    : SAP S/4HANA 2022, Central Finance, SLT
Description    : Replicating finance postings from 6 source ECC systems into one Central
                 Finance instance for group reporting.
Responsibilities:
  - Design of mapping (MDG) for GL accounts, cost centres and profit centres.
  - Lead a team of 5 consultants onsite and offshore.

Project #2
Project Name   : Samarth S/4HANA Rollout
Client         : Arabian Crescent Trading LLC, Dubai
Duration       : Jan 2020 - May 2023
Role           : FICO Lead
Environment    : SAP S/4HANA 1909
Description    : Greenfield implementation for a trading group across 4 company codes.
Responsibilities:
  - Blueprint workshops, configuration of FI/CO, data migration and cutover.
  - VAT configuration for UAE and KSA.

Project #3
Project Name   : Unnati ECC to S/4HANA Conversion
Client         : Nandavana Infotech customer (automotive)
Duration       : Apr 2017 - Sep 2019
Role           : Lead Consultant
Environment    : SAP ECC 6.0 EhP7, S/4HANA 1709
Responsibilities:
  - Brownfield conversion; New Asset Accounting and Business Partner conversion.

Project #4
Project Name   : Nandavana AMS Support
Client         : Multiple (4 clients)
Duration       : Jul 2012 - Mar 2017
Role           : Senior Consultant / Support Lead
Responsibilities:
  - L2/L3 support, month-end closing support, change requests and GST changes.

EDUCATIONAL QUALIFICATION
-------------------------
Qualification     Institution / Board                         Year    Percentage
M.Com.            Vaigai University, Madurai                  2004    71%
B.Com.            Vaigai University, Madurai                  2002    68%
HSC               Tamil Nadu State Board                      1999    82%
SSLC              Tamil Nadu State Board                      1997    85%

CERTIFICATION
-------------
SAP Certified Application Associate - SAP S/4HANA for Financial Accounting (2020)

PERSONAL DETAILS
----------------
Date of Birth    : 12-03-1982
Languages Known  : English, Tamil, Hindi, Kannada
Notice Period    : 60 days

DECLARATION
I hereby declare that the information furnished above is true to the best of my knowledge.

Place : Bengaluru                                            (SRINIVAS R. IYER)
"""

TEXTS["resumes/r10_oliver_pennington.txt"] = """\
From: Oliver Pennington <ollie@penningtoncloud.example.co.uk>
To: Sarah Whitlock <sarah.w@harbourtech-recruitment.example.co.uk>
Subject: CV - Oliver Pennington - DevOps / Platform contractor (available 1 April)

Hi Sarah,

As discussed on the phone, CV pasted below (Word copy attached as well). Day rate as before,
happy with hybrid 2 days a week in London. Outside IR35 preferred but will consider inside for
the right role.

Thanks,
Ollie

------------------------------------------------------------------------------------

OLIVER PENNINGTON
Contract DevOps & Platform Engineer | SC cleared | Reading, Berkshire
07700 900 482 | ollie@penningtoncloud.example.co.uk | github.com/openningt

PROFILE
Contractor since 2016 (through my own limited company, Pennington Cloud Ltd). I get dropped
into platform teams that need Kubernetes, Terraform and CI/CD sorted quickly, and I leave
them with something they can run without me. Financial services, rail, energy, public sector.

TECHNICAL SKILLS
Cloud ........ AWS, Azure
Containers ... Kubernetes, Helm, ArgoCD
IaC / CI ..... Terraform, GitHub Actions, Jenkins
Code ......... Python, Bash
Observability  Prometheus, Grafana

CONTRACT HISTORY

Oct 2024 - Mar 2025 | Platform Engineer (contract) | Ardent Mutual Insurance plc (inside IR35) | London
  - Moved 40 services from ECS to EKS with ArgoCD; halved deploy times.

Feb 2024 - Sep 2024 | Senior DevOps Engineer | Halcyon Rail Systems Ltd | Derby
  - Built Terraform modules and a landing zone for a new AWS organisation.

Jun 2023 - Jan 2024 | DevOps Engineer (contract) | Office for Rural Payments | Remote
  - GitHub Actions pipelines and Azure policy for a grants service (SC clearance).

Nov 2022 - May 2023 | Kubernetes Engineer | Cobalt Street Bank | London
  - Upgraded 12 AKS clusters across three versions without downtime.

Mar 2022 - Oct 2022 | DevOps Engineer | Fennmoor Energy Ltd | Remote
  - Prometheus/Grafana monitoring for smart-meter ingestion; on-call runbooks.

Jul 2021 - Feb 2022 | Cloud Engineer (contract) | Brightwater Retail Group | Leeds
  - Cost review that cut the AWS bill by 28% (GBP 310k a year).

Jan 2020 - Jun 2021 | AWS Engineer | Tamesis Health Analytics Ltd | London
  - Extended twice; HIPAA-style controls for a US client, EKS and RDS.

Apr 2018 - Dec 2019 | DevOps Engineer | Marlowe & Finch Asset Management LLP | London
  - Jenkins to GitLab CI migration; Packer golden images.

May 2016 - Mar 2018 | Build and Release Engineer | Kestrel Games Studio Ltd | Guildford
  - Nightly build farm, Jenkins pipelines for three console titles.

PERMANENT ROLES (before contracting)

2012 - 2016   Systems Engineer, Kingsmead Software Ltd, Reading
2009 - 2012   IT Support Analyst, Kingsmead Software Ltd, Reading
2007 - 2009   Helpdesk Technician, Blackwater Vale District Council, Wokingham

CERTIFICATIONS
AWS Certified Solutions Architect - Professional (2023), CKA (2022), HashiCorp Terraform
Associate (2021)

EDUCATION
BSc Computer Science, University of Kennet Vale, 2007

References on request.
"""

TEXTS["resumes/r16_sipho_ndlovu.txt"] = """\
Good day,

Please find my CV below for the Millwright position (ref. MW-0226). My trade certificate and ID
copy are attached.

Kind regards
Sipho Ndlovu
082 555 0191

==============================================================
CURRICULUM VITAE OF SIPHO NDLOVU
==============================================================
Trade : Millwright (Red Seal, 2013)
Area  : Rustenburg, North West
Cell  : 082 555 0191
Email : sipho.ndlovu.mw@example.co.za
Driver's licence : Code 10 (C1)
Own transport : Yes
Health : Good, no medical restrictions

--------------------------------------------------------------
CAREER OBJECTIVE
--------------------------------------------------------------
To keep plant running safely as a senior artisan or maintenance
foreman on a mine or in heavy industry.

--------------------------------------------------------------
WORK EXPERIENCE
--------------------------------------------------------------
2019/03 - present
MILLWRIGHT | Thaba Mining Services (Pty) Ltd | Rustenburg, North West
 - Maintenance on conveyors, crushers, mills and slurry pumps at a PGM concentrator.
 - Electrical and mechanical fault finding on breakdowns; standby 1 week in 4.
 - Acting foreman for 6 weeks in 2024 (team of 8).

2016/07 - 2019/02
MAINTENANCE ARTISAN (CONTRACT) | Vaal Rolling Mills (Pty) Ltd | Vanderbijlpark, Gauteng
 - Shutdown work on rolling-mill gearboxes, hydraulics and overhead cranes.

2014/01 - 2016/06
ARTISAN | Mogale Castings CC | Krugersdorp, Gauteng
 - Planned maintenance on furnaces, compressors and extraction fans.

2010/01 - 2013/12
APPRENTICE MILLWRIGHT | Vaal Rolling Mills (Pty) Ltd | Vanderbijlpark, Gauteng
 - 4-year apprenticeship; trade test passed first attempt (Olifantsfontein, 2013).

--------------------------------------------------------------
SKILLS
--------------------------------------------------------------
 - Conveyor maintenance
 - Gearbox overhauls
 - Pump alignment
 - Motor control circuits
 - Hydraulics
 - SAP PM

--------------------------------------------------------------
QUALIFICATIONS
--------------------------------------------------------------
Trade Certificate: Millwright (Red Seal) ........ 2013
N3 Electrical Engineering, Emfuleni North TVET ... 2009
Grade 12 (Matric), Lekoa Technical High School .. 2008

--------------------------------------------------------------
SHORT COURSES / TICKETS
--------------------------------------------------------------
Working at heights (2024), Lock-out procedures, First Aid Level 1,
Mine Health and Safety Act induction, Rigging (basic)

--------------------------------------------------------------
LANGUAGES
--------------------------------------------------------------
isiZulu, English, Setswana, Sesotho, Afrikaans

REFERENCES
Mr D. van Wyk - Engineering Foreman, Thaba Mining Services - 014 555 0136
Mr P. Mokoena - Maintenance Planner, Vaal Rolling Mills - 016 555 0177
"""

TEXTS["resumes/r24_alistair_keane.txt"] = """\
ALISTAIR KEANE, PhD, CEng MIMechE
Principal Engineer (Composites)
Bristol, UK  *  07700 900 633  *  alistair.keane@example.org.uk
linkedin.com/in/alistairkeane-composites

ABOUT ME
After eleven years as a university lecturer I moved into industry in 2022. I lead structural
analysis and testing of composite parts for aerospace and wind customers, and I still
supervise one PhD student.

EXPERIENCE

2022 - present
    Principal Engineer
    Marlin Advanced Composites Ltd, Bristol
    * Technical lead for a 9-person analysis and test team; wing-rib and blade-root programmes.
    * Cut certification test time by 30% with a building-block test plan agreed with the customer.

2014 - 2021
    Senior Lecturer in Mechanical Engineering
    University of Severnside, Bristol
    * Taught structural mechanics and composites (MEng, 180 students a year).
    * Brought in GBP 2.1m of research funding as principal or co-investigator.

2017 - 2021 (alongside the above, one day a week)
    Technical Consultant
    Aerostruct Testing Ltd, Filton
    * Fatigue test design and reporting for aerospace brackets and fittings.

2010 - 2014
    Lecturer in Mechanical Engineering
    University of Severnside, Bristol

2007 - 2010
    Research Associate
    Department of Aerospace Engineering, Northgate University, Sheffield

TECHNICAL SKILLS
Composite structures; Finite element analysis; Abaqus; Python; MATLAB; Fatigue testing;
Technical bid writing

SELECTED RESEARCH PROJECTS
CompFAST - rapid fatigue screening of thermoplastic composites (2018-2021), PI
ThermoLam - thermal damage in laminated wind-blade roots (2015-2018), Co-I
BoltSafe - bolted joints in hybrid metal-composite structures (2011-2014), PI

EDUCATION
PhD Mechanical Engineering, Northgate University, 2007
MEng Aerospace Engineering, University of Severnside, 2003

PROFESSIONAL
Chartered Engineer (CEng), Member of the Institution of Mechanical Engineers
Fellow of the Higher Education Academy (2012)

PUBLICATIONS
34 journal papers (h-index 19); full list on request or at my Google Scholar profile.
"""

TEXTS["resumes/r07_miriam_feldstein.md"] = """\
# Miriam Feldstein, PhD

Senior Data Scientist · Boston, MA · miriam.feldstein@example.com · github.com/mfeldstein

I moved from academic research (polymer chemistry, then machine learning for materials) into industry
in 2022. I build forecasting and experimentation tools that product teams actually use, and I still
enjoy a good methods argument.

## Experience

**Senior Data Scientist** — Larchmont Analytics, Inc., Boston, MA  
*January 2023 – present*

- Lead data scientist for demand forecasting; the new hierarchical model cut MAPE from 18% to 11%.
- Built the company's experimentation platform (Bayesian A/B testing); 40+ experiments a quarter.
- Mentor two junior data scientists.

**Data Scientist** — Larchmont Analytics, Inc., Boston, MA  
*June 2022 – December 2022*

- Joined through the company's PhD-to-industry fellowship; moved to permanent staff after six months.

**Postdoctoral Research Associate**, Department of Chemical Engineering, Bellwether Institute of Technology (Cambridge, MA), Sept 2019 – May 2022

- Active-learning pipeline that found three new polymer electrolytes with 30× fewer experiments.
- Managed lab compute budget ($120k) and supervised four graduate students.

**Graduate Research Assistant**, Hollis Materials Lab, Wrenfield University (Providence, RI), Aug 2014 – Aug 2019

- Thesis: Bayesian optimization of polymer synthesis; 6 first-author papers.

**Teaching Fellow**, Wrenfield University (Providence, RI), Jan 2016 – May 2018

- Ran recitations for Physical Chemistry (about 90 students a term), alongside my PhD research.

## Skills

- **Languages:** Python, R, SQL
- **ML / stats:** PyTorch, scikit-learn, Bayesian optimization, causal inference
- **Data & infra:** Airflow, Snowflake, Docker

## Selected projects

- **polymerbench** — open-source benchmark of 12 property-prediction models on 40k polymers (1.1k GitHub stars).
- **kinetix** — Python package for fitting reaction kinetics with uncertainty; used in two undergraduate courses.

## Education

- PhD in Chemical Engineering, Wrenfield University, 2019
- B.S. in Chemistry, Marrowstone College, 2014

## Publications

11 peer-reviewed papers; list on Google Scholar.
"""

TEXTS["resumes/r14_fiona_marsh.md"] = """\
Fiona Marsh MRTPI
=================

Principal Planning Officer (Development Management)
Tonbridge, Kent · 07700 900 358 · fiona.marsh@example.co.uk

I have spent twenty years in local-authority planning, mostly on major housing and mixed-use
applications. I'm looking for a planning manager post in the public or private sector.

Career history
--------------

### Wealdmoor District Council, Tonbridge

- **Principal Planning Officer**, April 2019 – present
  Case officer for major applications (up to 1,200 homes); present at planning committee monthly.
- **Acting Team Leader, Major Applications**, Sept 2022 – March 2023 (maternity cover)
  Led a team of seven officers; cleared a backlog of 60 applications.
- **Senior Planning Officer**, June 2014 – March 2019
  Appeals, enforcement liaison and Section 106 negotiation.

### Downsbridge Borough Council, Chatham

- **Planning Officer**, Oct 2008 – May 2014
- **Assistant Planning Officer**, Sept 2005 – Sept 2008

### Earlier career

Planning Technician, Kestrel Planning Consultancy LLP, Maidstone (2002–2005) · Administrative Assistant, Greensand Estates Ltd, Sevenoaks (2000–2002)

Key skills
----------

Development management · Planning appeals · Section 106 agreements · Committee reports · Idox Uniform · QGIS

Education
---------

- MA Town and Country Planning, University of the Downs, 2005 (part-time, employer-funded)
- BA (Hons) Geography, Canterbury Vale University, 2000

Membership: Chartered Member of the Royal Town Planning Institute (MRTPI) since 2009.
"""

TEXTS["resumes/r18_anand_subramaniam.md"] = """\
# Anand Subramaniam

**Engineering Manager – Payments** | Bengaluru, India | anand.subramaniam@example.in | +91 99000 55281

---

### Summary

19 years building and running backend teams in e-commerce, logistics and fintech. Currently manage
three teams (22 engineers) on the payments platform. Still review code and do system design
interviews every week.

### Experience

#### Nilgiri Commerce Pvt Ltd — Bengaluru (2017 – Present)

**Engineering Manager, Payments** | Apr 2021 – Present
- Own card, UPI and wallet payments for 14M monthly users; success rate up from 91.5% to 96.8%.
- Grew the team from 9 to 22; two engineers promoted to tech lead.

**Technical Lead** | Jul 2017 – Mar 2021
- Re-architected the order service from a monolith into 11 services on Kubernetes.

#### Sahyadri Cloud Labs Pvt. Ltd. — Pune (2011 – 2017)

**Senior Software Engineer II** | Jan 2014 – Jun 2017
- Built route-planning APIs for a logistics SaaS; p99 latency from 900 ms to 180 ms.

**Senior Software Engineer** | Aug 2011 – Dec 2013
- Kafka-based shipment event pipeline (4M events a day).

**Visiting Faculty (part-time)**, Mula-Mutha Institute of Management Studies, Pune | Jun 2015 – Apr 2017
- Taught a weekend elective on distributed systems to MCA students, alongside the job above.

#### Earlier

Pallavanthi Softech (Software Engineer, 2008 – 2011) · Infomatrika Systems (Trainee Software Engineer, 2006 – 2008)

### Skills

Java · Kotlin · Go · PostgreSQL · Kafka · Kubernetes · AWS · System design · Hiring and mentoring

### Education

B.Tech in Computer Science, Palar Institute of Technology, 2006

### Other

- Speaker, two regional developer conferences (2019, 2023)
- Languages: English, Tamil, Hindi, Kannada
"""

TEXTS["resumes/r21_callum_fraser.md"] = """\
# Callum Fraser

Site Manager - residential and light commercial
Christchurch | 021 555 0143 | callum.fraser@example.co.nz | LBP Carpentry licence

## About me

Carpenter by trade, 18 years on the tools and running sites in Christchurch and London. I like
tidy sites, honest programmes and subbies who want to come back.

## Work history

2019 - now: **Site Manager**, Ōtautahi Build Group Ltd, Christchurch
- Run 3-5 concurrent residential builds (terraces and walk-ups, up to $9m).
- All jobs handed over on or before programme in 2023 and 2024.

2016 - 2019: **Foreman**, Ōtautahi Build Group Ltd, Christchurch
- Ran the carpentry crew on rebuild and new-build housing.

2014 - 2016: **Carpenter** (working holiday), Hartley & Finch Construction, London, UK
- Fit-out and refurbishment on commercial jobs in central London during my OE.

2011 - 2014: **Carpenter**, Port Hills Homes, Christchurch
- Framing, cladding and fit-out on earthquake rebuild houses.

2007 - 2011: **Apprentice Carpenter**, Port Hills Homes, Christchurch

Took six months off in 2014 to travel before heading to London.

## What I'm good at

- Site programming
- Subcontractor management
- Consenting and inspections
- Budget tracking
- Procore
- Framing and fit-out

## Tickets

- Licensed Building Practitioner (Carpentry), since 2012
- National Certificate in Carpentry (Level 4), 2011
- Site Safe Construction Passport, First Aid, Working at Heights, Forklift (F endorsement)

## References

Happy to provide - current GM and a client.
"""

# --- job descriptions (text and Markdown)

TEXTS["job_descriptions/jd01_ironbark_mining_services_heavy_diesel_fitter.txt"] = """\
Skip to content
SEEK
Job search   Profile   Career advice   Company reviews
Employer site

Keywords: diesel fitter FIFO        Where: All Australia        SEEK

< Back to search results

Heavy Diesel Fitter
Ironbark Mining Services
3.6  ★ 41 reviews  · View all jobs
Newman, Pilbara & Kimberley WA
Mining, Resources & Energy (Mechanical Engineering)
Full time
$58 – $64 per hour + super + FIFO allowances
Posted 3d ago

Quick apply    Save

About the role

Ironbark Mining Services is looking for experienced Heavy Diesel Fitters to join our
maintenance crews on an iron ore operation near Newman. You will fly in and fly out of Perth on
an 8/6 roster (day/night swing), working on a Cat ultra-class fleet.

What you'll be doing
- Scheduled servicing, component change-outs and breakdown repairs on haul trucks, loaders,
  dozers and graders
- Fault-finding hydraulic, electrical and engine systems with CAT ET and OEM manuals
- Completing work orders and inspection sheets accurately in SAP

What you'll need
- Trade certificate in Heavy Commercial Vehicle Mechanical Technology (or equivalent)
- Minimum 3 years' post-trade experience on mining mobile plant
- Current manual driver's licence
- Ability to pass a pre-employment medical and drug and alcohol screen

It would be great if you also have
- Experience on Cat 793F or 797F haul trucks
- HR licence
- Previous FIFO experience

What's on offer
- Flights from Perth, quality village accommodation and meals
- Long-term roster stability and annual tool allowance
- Paid Cat and Komatsu training

If this sounds like you, click Quick apply and tell us which roster you prefer.

Employer questions
Your application will include the following questions:
- Which of the following statements best describes your right to work in Australia?
- How many years' experience do you have as a diesel mechanic?
- Do you hold a current HR licence?

Report this job advert

Be careful
Don't provide your bank or credit card details when applying for jobs.
Learn how to protect yourself

Similar jobs
Heavy Duty Fitter - Shutdowns     Auto Electrician - FIFO     Maintenance Planner

© SEEK. All rights reserved
"""

TEXTS["job_descriptions/jd02_harrow_and_vale_group_senior_financial_analyst.md"] = """\
[Harrow & Vale Group careers](https://harrowvale.example.com/careers) · [Search for jobs](#) · [Sign in](#)

# Senior Financial Analyst

[Apply](#)

**locations**
Manchester, United Kingdom

**time type**
Full time

**posted on**
Posted 5 Days Ago

**job requisition id**
R-104482

---

### About Harrow & Vale Group

Harrow & Vale Group is one of the UK's largest building-products distributors, with 9,000
colleagues and more than 600 branches. Our Group Finance team in Manchester supports every
division with planning, reporting and decision support.

### The opportunity

As Senior Financial Analyst in Group FP&A you will own the monthly reporting pack for two
divisions (£1.1bn revenue), lead the annual budget and reforecasts for them, and partner with
divisional leadership on pricing, branch performance and capital investment cases.

### What you'll do

- Prepare monthly management accounts commentary and KPI packs for the Divisional Boards
- Lead the budget and three reforecast cycles for your divisions
- Build and challenge investment cases for new branches and fleet
- Improve our Anaplan models and Power BI dashboards

### What we're looking for

- ACA, ACCA or CIMA qualified (or finalist)
- At least 3 years' post-qualification experience in FP&A or commercial finance
- Advanced Excel and financial modelling
- Confident presenting to senior, non-finance stakeholders

### Nice to have

- Experience with Anaplan
- Multi-site retail or distribution background

### What we offer

Hybrid working (3 days in the office), 26 days' holiday plus bank holidays, bonus of up to 10%,
pension matched to 8%, and a colleague discount across the Group's brands.

Harrow & Vale Group is an equal opportunity employer. We welcome applications from all
backgrounds and will make reasonable adjustments throughout the process.

[Apply](#)

---

**Similar Jobs**
- Financial Analyst - Commercial Finance (Leeds)
- FP&A Manager (Manchester)

© 2026 Workday, Inc. All rights reserved.   Follow Us
"""

TEXTS["job_descriptions/jd05_dragon_trades_recruitment_gas_engineer.txt"] = """\
Gas Engineer - Social Housing - Cardiff - £38,000 + Van + Overtime

Ref: DTR-GE-4471 | Permanent | Monday to Friday, 1 in 6 on-call

Dragon Trades Recruitment is working with a well-established housing association in South Wales
that is growing its in-house repairs team. Our client looks after more than 9,000 homes across
Cardiff and the Vale and is looking for a Gas Engineer to join them on a permanent basis.

The role:
- Annual landlord gas safety inspections (LGSRs) and servicing
- Breakdowns and repairs on combi and system boilers
- Boiler replacements as part of the planned programme
- Working from a fully stocked van, with jobs sent to a handheld device

What our client needs from you:
- Gas Safe registered with current ACS (CCN1, CENWAT, CKR1, HTR1)
- 2+ years' post-qualification experience in domestic gas
- Full UK driving licence
- Happy to complete a basic DBS check

Desirable:
- Unvented hot water (G3) ticket
- Social housing experience
- Heat pump qualification

Package:
- £38,000 basic, overtime at time and a half (realistic OTE £45k)
- Company van and fuel card (private use allowed)
- 25 days' holiday + bank holidays, pension, paid ACS renewals

Interested? Apply with your CV or call Rhys at Dragon Trades Recruitment on 029 2055 0118.

Dragon Trades Recruitment is acting as an employment agency in relation to this vacancy.
"""

TEXTS["job_descriptions/jd06_wyvern_valley_nhs_foundation_trust_senior_staff_nurse.md"] = """\
[Skip to main content](#main)

**NHS Jobs** · [Search jobs](#) · [Your applications](#) · [Sign in](#)

[< Back to search results](#)

# Senior Staff Nurse - Acute Medical Unit

**Wyvern Valley NHS Foundation Trust**

Wyvern Valley Hospital, Worcester, WR5 1DD

---

**Date posted:** 02 February 2026
**Closing date:** 23 February 2026
**Salary:** £38,682 to £46,580 a year, per annum pro rata
**Contract:** Permanent
**Working pattern:** Full-time, Part-time, Flexible working
**Reference number:** 218-MED-7731-B6
**Job locations:** Wyvern Valley Hospital, Worcester
**Pay scheme:** Agenda for change
**Band:** Band 6

---

## Job summary

An exciting opportunity has arisen for a motivated Senior Staff Nurse to join our 36-bed Acute
Medical Unit. You will take charge of shifts, support the ward manager and develop junior
colleagues and students.

## Main duties of the job

- Nurse in charge of shifts, coordinating patient flow with the site team
- Assess, plan and evaluate care for acutely unwell adults
- Act as practice assessor and supervisor for students and preceptees
- Lead on one unit quality improvement theme (for example sepsis, falls or discharge)

## About us

Wyvern Valley is a teaching trust serving 600,000 people across Worcestershire. We are proud of
our staff networks and our flexible-working offer.

## Person specification

### Qualifications

**Essential criteria**
- Registered Nurse (Adult) with current NMC registration
- Degree in nursing or equivalent experience
- Practice assessor / supervisor preparation

**Desirable criteria**
- Post-registration qualification in acute medicine
- Immediate Life Support (ILS)

### Experience

**Essential criteria**
- At least 2 years' post-registration experience in acute medicine
- Experience of taking charge of a ward or unit

**Desirable criteria**
- Experience of leading a quality improvement project

---

## Disclosure and Barring Service Check

This post is subject to the Rehabilitation of Offenders Act (Exceptions Order) 1975 and as such
it will be necessary for a submission for Disclosure to be made to the Disclosure and Barring
Service.

## Employer details

**Employer name:** Wyvern Valley NHS Foundation Trust
**Address:** Wyvern Valley Hospital, Worcester, WR5 1DD
**Employer's website:** https://wyvernvalley.example.nhs.uk

[Apply now](#)
"""

TEXTS["job_descriptions/jd08_vyoma_consulting_services_sap_fico_consultant.txt"] = """\
naukri.com   Jobs   Companies   Services        Search jobs here        Login   Register

SAP FICO Consultant
Vyoma Consulting Services
3.9  ★  212 Reviews
8 - 12 years  |  Not Disclosed  |  Bengaluru, Hyderabad, Pune (Hybrid)

Send me jobs like this        Apply on company site

Posted: 4 days ago   Openings: 3   Applicants: 100+

Job highlights
- 8+ years in SAP FI/CO with at least 2 S/4HANA implementations
- Immediate joiners to 30 days notice preferred

Job description
We are looking for an SAP FICO Consultant to join our S/4HANA Finance practice and work on
greenfield implementations and conversions for clients in manufacturing and retail in India
and the Middle East.

Roles and Responsibilities
- Lead blueprint workshops and design for GL, AP, AR, Asset Accounting and Controlling
- Configure and unit-test FI/CO; support integration testing and cutover
- Guide junior consultants and coordinate with ABAP and integration teams
- Onsite travel to client locations as required (up to 30%)

Desired Candidate Profile
Must have:
- 8+ years of SAP FICO experience
- At least 2 end-to-end S/4HANA Finance implementations
- Strong knowledge of GST and Indian localisation
- Excellent client communication

Good to have:
- Central Finance or Group Reporting exposure
- SAP certification in S/4HANA Financial Accounting
- Experience with Middle East VAT

Role: SAP Consultant
Industry Type: IT Services & Consulting
Department: Consulting
Employment Type: Full Time, Permanent
Role Category: Enterprise & Business Solutions
Education
UG: B.Com in Any Specialization
PG: CA in Any Specialization, M.Com in Commerce, MBA/PGDM in Finance

Key Skills
SAP FICO   S/4HANA   Central Finance   GST   Asset Accounting   Controlling

About company
Vyoma Consulting Services is an SAP partner with 1,800 consultants across Bengaluru,
Hyderabad, Pune and Dubai.

Similar jobs
SAP FICO Lead - Halden Systems India
SAP MM Consultant - Vyoma Consulting Services
Beware of imposters! naukri.com does not promise a job or an interview in exchange of money.
"""

TEXTS["job_descriptions/jd10_northpoint_home_supply_operations_supervisor.md"] = """\
[Northpoint Home Supply Careers](https://careers.northpoint.example.com) | Stores | Distribution | Corporate | Veterans | Students

# We're Hiring: Operations Supervisor – Distribution Center

📍 Greensboro, NC (Distribution Center 6041) · 🕒 Full-time, 2nd shift · 💲 $62,000 – $71,000 a year
Requisition 26-DC-08842

[Apply Now](#)  [Save Job](#)

## Why Northpoint

Northpoint Home Supply is a home-improvement retailer with 480 stores and 11 distribution centers.
Our DC team keeps stores stocked with everything from lumber to light bulbs.

**Military veterans:** we value the leadership you built in service. Use our military skills
translator on the Veterans page to see how your experience matches this role.

## What you'll do

- Lead a team of 25–40 associates in receiving, put-away, picking and loading on 2nd shift
- Hit daily productivity, accuracy and safety targets and report against them
- Train and coach associates and leads; complete performance reviews
- Partner with maintenance, inventory control and transportation to keep the building moving

## What you need

- 3+ years of supervisory experience in distribution, warehousing, logistics or the military
- Experience with a warehouse management system (WMS)
- Able to work 2nd shift and occasional weekends
- Proficient with Microsoft Excel and Outlook

## Nice to have

- Bachelor's degree in business, supply chain or a related field
- Powered industrial truck (forklift) certification
- Lean or Six Sigma training

## Benefits

Medical, dental and vision from day one · 401(k) with 4% match · Tuition assistance · 15% employee
discount · Paid time off starting at 3 weeks

*Northpoint Home Supply is an Equal Opportunity Employer, including disability and protected
veterans.*

[Apply Now](#)
"""

TEXTS["job_descriptions/jd11_shannon_estuary_dairies_financial_controller.txt"] = """\
LinkedIn
Home   My Network   Jobs   Messaging   Notifications   Me   For Business

We use cookies to improve your experience. Accept  Reject

Shannon Estuary Dairies
Financial Controller
Foynes, County Limerick, Ireland · 1 week ago · 64 applicants
On-site · Full-time · Mid-Senior level
51-200 employees · Food and Beverage Manufacturing
See how you compare to 64 applicants. Try Premium for €0

Easy Apply    Save

About the job
Shannon Estuary Dairies is a family-owned dairy processor making butter, cheese and milk powders
for customers in 30 countries. Following the promotion of our current Financial Controller to
CFO, we are looking for a hands-on successor to lead our finance team of seven.

Key responsibilities
• Own month-end close, management accounts and board reporting
• Prepare statutory financial statements and lead the external audit
• Manage cash flow, bank facilities and milk-price forecasting
• Lead the annual budget and quarterly reforecasts
• Develop and coach the finance team

Requirements
• Qualified accountant (ACA, ACCA or CIMA)
• 7+ years' post-qualification experience, including 3 years in a management role
• Strong knowledge of FRS 102 and Irish tax compliance
• Advanced Excel skills

Desirable
• Experience in food or dairy manufacturing
• Experience of an ERP implementation

Seniority level
Mid-Senior level
Employment type
Full-time
Job function
Accounting/Auditing and Finance
Industries
Food and Beverage Manufacturing

Referrals increase your chances of interviewing at Shannon Estuary Dairies by 2x
See who you know

Show more    Show less

Similar jobs
Finance Manager · Cork · 2 weeks ago
Group Financial Controller · Dublin · 3 days ago
Management Accountant · Limerick · 5 days ago

About the company
Shannon Estuary Dairies
2,145 followers
Follow
"""


# =========================================================================================================
# job descriptions: Word and PDF
# =========================================================================================================
def jd03_university_of_kennet_vale_lecturer_in_data_science(path):
    """UK university vacancy in Word: university banner, 'Further particulars'; a ruled field table (Job title /
    School / Grade / Contract / Reference / Closing date); About the School, The role, Main duties; a person
    specification table with Criteria / Essential / Desirable columns (rows grouped by area)."""
    d = docx_new("Arial", 10, margins=(2.0, 2.0, 2.2, 2.2))
    p = P(d, "UNIVERSITY OF KENNET VALE", b=True, size=15, color="4B1E5A", after=0)
    pborder(p, "bottom", "4B1E5A", 12, 2)
    P(d, "People Services  ·  Further particulars", size=9, color="7F7F7F", after=10)
    t = new_table(d, 6, 2, [4.2, 12.4], borders={"val": "single", "color": "BFBFBF", "sz": 4})
    for k, (a, b_) in enumerate([("Job title", "Lecturer in Data Science"),
                                 ("School", "School of Computing and Mathematical Sciences"),
                                 ("Grade", "Grade 7 (£44,128 – £52,815 per annum)"),
                                 ("Contract", "Permanent, full time (Teaching and Research)"),
                                 ("Reference", "UKV-ACA-0425"),
                                 ("Closing date", "15 March 2026, 23:59")]):
        cell(t.cell(k, 0), a, b=True, fill="EDE4F1", size=9.5)
        cell(t.cell(k, 1), b_, size=9.5, b=(k == 0))
    heading(d, "About the School", color="4B1E5A", size=11)
    P(d, "The School of Computing and Mathematical Sciences has 70 academic staff and 1,900 students. Our new "
         "MSc Applied Data Science recruits 150 students a year, many of them career changers.")
    heading(d, "The role", color="4B1E5A", size=11)
    P(d, "We are looking for a Lecturer in Data Science who will teach on the MSc and undergraduate programmes, "
         "supervise projects and build a research profile in applied machine learning, statistics or data "
         "engineering. Applicants from industry with a strong applied record are warmly encouraged.")
    heading(d, "Main duties", color="4B1E5A", size=11)
    bullets(d, ["Teach and assess modules in machine learning, data engineering and statistics",
                "Supervise MSc and undergraduate projects, including industry-sponsored projects",
                "Develop externally funded research and publish in recognised venues",
                "Contribute to School administration and outreach"])
    heading(d, "Person specification", color="4B1E5A", size=11)
    rows = [("Criteria", "Essential", "Desirable"),
            ("Qualifications", "PhD in data science, computer science, statistics or a related field",
             "Fellowship of the Higher Education Academy (or willingness to obtain)"),
            ("Experience", "At least two years' postdoctoral or industry experience in data science",
             "Experience of supervising student projects"),
            ("Teaching", "Ability to teach Python-based machine learning at MSc level",
             "Experience of designing a new module"),
            ("Research", "A record of publications or applied outputs appropriate to career stage",
             "Success in obtaining research or knowledge-exchange funding"),
            ("Personal", "Excellent communication skills", "")]
    t = new_table(d, len(rows), 3, [3.2, 6.7, 6.7], borders={"val": "single", "color": "BFBFBF", "sz": 4})
    for k, row in enumerate(rows):
        for j, v in enumerate(row):
            cell(t.cell(k, j), v, b=(k == 0 or j == 0), size=9.5, fill="EDE4F1" if k == 0 else None)
    heading(d, "How to apply", color="4B1E5A", size=11)
    P(d, "Apply online with a CV, a two-page statement addressing the person specification, and the names of "
         "three referees. Informal enquiries to the Head of School, Professor Ruth Adeyemi.")
    P(d, "The University of Kennet Vale is committed to equality, diversity and inclusion and holds an Athena "
         "Swan Bronze award.", size=9, color="7F7F7F")
    docx_save(d, path, "University of Kennet Vale")


def jd07_town_of_kelso_bay_payroll_administrator(path):
    """Canadian municipal job posting in Word: 'Town of Kelso Bay' / 'JOB POSTING' banner, posting number,
    the title, a field block (Department / Status / Union / Hours / Rate / Closing), Position summary, Duties,
    Qualifications (required) and Assets (preferred), an accommodation statement."""
    d = docx_new("Calibri", 11, margins=(2.0, 2.0, 2.2, 2.2))
    P(d, "Town of Kelso Bay", b=True, size=18, color="0B5394", after=0)
    P(d, "JOB POSTING  #2026-014  (Internal / External)", b=True, size=11, color="595959", after=8)
    p = P(d, "Payroll Administrator", b=True, size=15, after=6)
    pborder(p, "bottom", "0B5394", 8, 2)
    for a, b_ in [("Department:", "Corporate Services – Finance"), ("Status:", "Permanent Full-Time"),
                  ("Union:", "Kelso Bay Municipal Employees, Local 4471"),
                  ("Hours:", "35 hours per week, Monday to Friday"),
                  ("Rate:", "$34.18 – $39.72 per hour (2026 rates)"), ("Closing date:", "March 6, 2026, 4:30 p.m.")]:
        p = P(d, after=1)
        run(p, a + " ", b=True)
        run(p, b_)
    heading(d, "Position Summary", color="0B5394", size=11.5)
    P(d, "Reporting to the Manager of Financial Services, the Payroll Administrator is responsible for the accurate "
         "and timely processing of bi-weekly payroll for approximately 320 full-time, part-time, seasonal and "
         "volunteer firefighter employees, as well as Council remuneration.")
    heading(d, "Duties and Responsibilities", color="0B5394", size=11.5)
    bullets(d, ["Process bi-weekly payroll in accordance with collective agreements, policies and legislation",
                "Prepare and reconcile remittances (CRA, OMERS, WSIB, benefits) and year-end T4/T4A",
                "Issue Records of Employment and respond to employee payroll inquiries",
                "Maintain the payroll module of the Town's ERP and support system upgrades"])
    heading(d, "Qualifications", color="0B5394", size=11.5)
    bullets(d, ["Post-secondary diploma in accounting, business administration or a related field",
                "Payroll Compliance Practitioner (PCP) certification",
                "Minimum three (3) years of payroll experience in a unionized environment",
                "Knowledge of the Employment Standards Act and CRA payroll requirements",
                "Advanced Excel skills"])
    heading(d, "Assets", color="0B5394", size=11.5)
    bullets(d, ["Municipal or public-sector payroll experience",
                "Experience with Ceridian Dayforce",
                "Certified Payroll Manager (CPM) designation or progress towards it"])
    heading(d, "How to Apply", color="0B5394", size=11.5)
    P(d, "Submit a cover letter and resume, quoting Job Posting #2026-014, to careers@kelsobay.example.ca by the "
         "closing date. We thank all applicants; only those selected for an interview will be contacted.")
    P(d, "The Town of Kelso Bay is an equal opportunity employer. Accommodations are available on request for "
         "candidates taking part in all aspects of the selection process.", size=9.5, color="595959")
    docx_save(d, path, "Town of Kelso Bay")


def jd12_nkwali_district_municipality_deputy_director_supply_chain_management(path):
    """South African public-sector advertisement in Word: the municipality's name in capitals over a
    'VACANCY' banner; the post printed in capitals with a colon ('DEPUTY DIRECTOR: SUPPLY CHAIN MANAGEMENT');
    REFERENCE NO / SALARY / CENTRE lines; REQUIREMENTS, RECOMMENDATIONS and DUTIES lists; ENQUIRIES,
    APPLICATIONS, CLOSING DATE, NOTE paragraphs."""
    d = docx_new("Arial", 10, margins=(2.0, 2.0, 2.2, 2.2))
    P(d, "NKWALI DISTRICT MUNICIPALITY", b=True, size=15, align="c", color="385723", after=0)
    P(d, "Private Bag X9412, Polokwane, 0700  ·  Tel 015 555 0100", size=9, align="c", color="595959", after=4)
    p = P(d, "VACANCY", b=True, size=13, align="c", after=8)
    shade(p, "E2EFD9")
    P(d, "Nkwali District Municipality invites applications from suitably qualified and experienced persons for "
         "the following position:", after=8)
    P(d, "DEPUTY DIRECTOR: SUPPLY CHAIN MANAGEMENT", b=True, size=12, after=4)
    for a, b_ in [("REFERENCE NO:", "NDM/FIN/2026/03"),
                  ("SALARY:", "R1 016 136 per annum (all-inclusive remuneration package), Level 11"),
                  ("CENTRE:", "Budget and Treasury Office, Polokwane")]:
        p = P(d, after=1)
        run(p, a + " ", b=True)
        run(p, b_)
    P(d, "REQUIREMENTS:", b=True, before=8, after=2)
    bullets(d, ["An appropriate Bachelor's degree or National Diploma (NQF 6/7) in Supply Chain Management, "
                "Purchasing, Public Administration or Commerce",
                "Minimum of 5 years' experience in supply chain management, of which at least 3 years at "
                "middle management level",
                "Minimum Competency Level requirements in terms of the MFMA Regulations (or obtain within 18 months)",
                "Valid driver's licence"])
    P(d, "RECOMMENDATIONS:", b=True, before=8, after=2)
    bullets(d, ["Postgraduate qualification in Public Procurement or Supply Chain Management",
                "Experience as secretariat or member of a Bid Committee"])
    P(d, "DUTIES:", b=True, before=8, after=2)
    bullets(d, ["Manage demand, acquisition, logistics, disposal and contract management in line with the SCM "
                "Policy", "Provide secretariat support to the bid committees and compile SCM reports to Council",
                "Manage the supplier database and compliance with the Central Supplier Database",
                "Supervise and develop SCM staff"])
    P(d, "ENQUIRIES:", b=True, before=8, after=0)
    P(d, "Ms L. Maponya, Acting Chief Financial Officer, Tel 015 555 0121.")
    P(d, "APPLICATIONS:", b=True, before=6, after=0)
    P(d, "Applications must be submitted on the new application for employment form (Z83), with a comprehensive "
         "CV, and hand-delivered to the Municipal Offices or e-mailed to recruitment@nkwali.example.gov.za.")
    P(d, "CLOSING DATE: 13 March 2026 at 12:00", b=True, before=6)
    P(d, "NOTE: Shortlisted candidates will be subjected to competency assessments, security vetting and "
         "verification of qualifications. The Municipality is an equal opportunity, affirmative action employer.",
      size=9, color="595959")
    docx_save(d, path, "Nkwali District Municipality")


def jd04_department_of_regional_connectivity_senior_project_officer(path):
    """Australian Government vacancy PDF (A4): department name block, 'Senior Project Officer' title, a shaded
    key-details table (Classification / Position number / Location / Salary / Closing), About us, The role,
    Duties, Eligibility, What we're looking for / Desirable, How to apply, footer."""
    c = new_canvas(path, A4, "Senior Project Officer - Department of Regional Connectivity",
                   "Department of Regional Connectivity", "Adobe InDesign")
    W, H = A4
    navy, gold = HexColor("#002B49"), HexColor("#B58500")
    box(c, 0, H - 96, W, 96, fill=navy)
    text(c, "Australian Government", 44, H - 40, "Sans", 9.5, HexColor("#D6DEE5"))
    text(c, "Department of Regional Connectivity", 44, H - 62, "Sans-B", 16, WHITE)
    text(c, "Job vacancy", 44, H - 80, "Sans", 9.5, gold)
    text(c, "Senior Project Officer", 44, H - 132, "Sans-B", 22, navy)
    rows = [("Classification", "APS Level 6"), ("Position number", "DRC-26-0187"),
            ("Location", "Canberra, ACT (flexible working considered)"),
            ("Salary", "$101,245 – $113,867 plus 15.4% superannuation"),
            ("Closing date", "11:30 pm AEDT, Sunday 8 March 2026")]
    y = H - 150
    box(c, 44, y - len(rows) * 17 - 8, W - 88, len(rows) * 17 + 8, fill=HexColor("#EEF2F5"))
    y -= 16
    for a, b_ in rows:
        text(c, a, 54, y, "Sans-B", 9, navy)
        text(c, b_, 170, y, "Sans", 9, BLACK)
        y -= 17
    f = Flow(c, 44, W - 88, y - 10, bottom=60)

    def sect(t):
        f.gap(6)
        f.line(t, font="Sans-B", size=11.5, color=navy, after=4)

    sect("About us")
    f.para("The Department of Regional Connectivity delivers the Australian Government's programs for regional "
           "roads, airports and freight. The Regional Programs Branch manages more than $2 billion of grants to "
           "councils and community organisations.", size=9.3, lead=12.8)
    sect("The role")
    f.para("The Senior Project Officer will manage a portfolio of infrastructure grant projects from assessment to "
           "acquittal, working closely with state agencies, councils and the department's finance and legal "
           "teams. You will supervise one or two APS 4–5 officers.", size=9.3, lead=12.8)
    f.bullets(["Manage project milestones, variations and payments under grant agreements",
               "Prepare briefs, correspondence and reports for the Minister and senior executive",
               "Identify and manage project risks and escalate issues early",
               "Contribute to program evaluation and continuous improvement"], size=9.3)
    sect("Eligibility")
    f.para("To be eligible you must be an Australian citizen and able to obtain and maintain a Baseline security "
           "clearance.", size=9.3, lead=12.8)
    sect("What we're looking for")
    f.bullets(["Demonstrated experience managing grants or infrastructure projects in a government setting",
               "Strong written communication, including ministerial briefing",
               "Sound judgement in managing risk and competing priorities",
               "Ability to lead and develop a small team"], size=9.3)
    sect("Desirable")
    f.bullets(["Qualifications in project management (e.g. PRINCE2 or PMP)",
               "Experience with a grants management system"], size=9.3)
    sect("How to apply")
    f.para("Submit your CV and a pitch of no more than 750 words explaining how your skills and experience match "
           "the role. Contact Sam Okoro, Director, Regional Programs, on 02 6255 0143 for more information.",
           size=9.3, lead=12.8)
    hline(c, 44, W - 44, 48, LIGHT, 0.5)
    text(c, "We value diversity and encourage applications from Aboriginal and Torres Strait Islander peoples, "
            "people with disability and people from all backgrounds.", W / 2, 36, "Sans", 7.2, GREY, "c")
    c.save()


def jd09_orchard_line_logistics_senior_data_engineer(path):
    """Singapore company careers PDF (A4): logo square and company name, 'Senior Data Engineer' with a
    department line under it, an icon-free fact row, Who we are / What you will do / What you bring / Good to
    have / What we offer, a PDPA-style data notice footer."""
    c = new_canvas(path, A4, "Senior Data Engineer | Orchard Line Logistics", "Orchard Line Logistics",
                   "Canva")
    W, H = A4
    green, ink = HexColor("#00775A"), HexColor("#1C1C1C")
    box(c, 44, H - 84, 36, 36, fill=green, r=5)
    text(c, "OL", 62, H - 71, "Sans-B", 13, WHITE, "c")
    text(c, "Orchard Line Logistics", 90, H - 64, "Sans-B", 13, ink)
    text(c, "Careers", 90, H - 78, "Sans", 9, GREY)
    text(c, "Senior Data Engineer", 44, H - 126, "Sans-B", 24, green)
    text(c, "Data & Analytics  ·  Group Technology", 44, H - 144, "Sans", 10.5, GREY)
    text(c, "Singapore (Paya Lebar)   ·   Full-time   ·   Hybrid (3 days in office)   ·   Ref OLL-DE-2026-07",
         44, H - 164, "Sans", 9, ink)
    hline(c, 44, W - 44, H - 174, green, 1)
    f = Flow(c, 44, W - 88, H - 184, bottom=60)

    def sect(t):
        f.gap(6)
        f.line(t, font="Sans-B", size=11.5, color=green, after=4)

    sect("Who we are")
    f.para("Orchard Line Logistics moves 1.2 million parcels a day across Southeast Asia for marketplaces and "
           "retailers. Our Data & Analytics team of 40 builds the platform behind routing, pricing and customer "
           "promises.", size=9.3, lead=12.8)
    sect("What you will do")
    f.bullets(["Design and build batch and streaming pipelines on our lakehouse (Spark, Kafka, Delta Lake)",
               "Own data models for shipments, network capacity and billing",
               "Set engineering standards for testing, data quality and cost",
               "Mentor data engineers and work with analysts and ML engineers across six markets"], size=9.3)
    sect("What you bring")
    f.bullets(["5+ years of data engineering experience",
               "Strong SQL and Python",
               "Hands-on experience with Apache Spark and Kafka",
               "Experience with a cloud data platform (AWS, GCP or Azure)",
               "Data modelling for analytics"], size=9.3)
    sect("Good to have")
    f.bullets(["Experience with dbt and Airflow",
               "Logistics or e-commerce domain knowledge",
               "Working knowledge of Bahasa Indonesia, Thai or Vietnamese"], size=9.3)
    sect("What we offer")
    f.para("Competitive salary and variable bonus, flexible benefits, 18 days' annual leave, learning budget of "
           "S$3,000 a year, and regional travel.", size=9.3, lead=12.8)
    sect("How to apply")
    f.para("Apply at careers.orchardline.example.sg with your CV. Only shortlisted candidates will be notified.",
           size=9.3, lead=12.8)
    hline(c, 44, W - 44, 48, LIGHT, 0.5)
    text(c, "By applying you consent to Orchard Line Logistics Pte. Ltd. collecting and using your personal data for "
            "recruitment purposes.", W / 2, 36, "Sans", 7.2, GREY, "c")
    c.save()


# =========================================================================================================
# the build
# =========================================================================================================
def write_texts():
    for rel, body in TEXTS.items():
        with open(os.path.join(HERE, rel), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(body)
        print("  wrote", os.path.basename(rel))


PDF_RESUMES = [r01_gregory_halvorsen, r04_marc_andre_belliveau, r09_declan_murtagh, r13_aroha_mitchell,
               r17_natalie_brooks, r22_rachel_tan_shu_fen]
DOCX_RESUMES = [r02_claire_whitcombe, r05_kylie_brennan, r08_chinedu_okonkwo, r12_jasmine_goh_hui_min,
                r15_marcus_delgado, r19_lisa_tremblay, r23_deborah_hines]
CONVERTED = {"r06_thandiwe_mahlangu": r06_thandiwe_mahlangu_docx,
             "r11_raymond_kowalski": r11_raymond_kowalski_docx,
             "r20_gareth_pryce": r20_gareth_pryce_docx}
JD_DOCX = [jd03_university_of_kennet_vale_lecturer_in_data_science, jd07_town_of_kelso_bay_payroll_administrator,
           jd12_nkwali_district_municipality_deputy_director_supply_chain_management]
JD_PDF = [jd04_department_of_regional_connectivity_senior_project_officer,
          jd09_orchard_line_logistics_senior_data_engineer]


def main():
    if "--check" not in sys.argv:
        buildkit.build(RES, JDS, pdf_resumes=PDF_RESUMES, docx_resumes=DOCX_RESUMES, converted=CONVERTED,
                       jd_docx=JD_DOCX, jd_pdf=JD_PDF)
        write_texts()
    return buildkit.check_labels(HERE, FORMATS)


if __name__ == "__main__":
    sys.exit(main())
