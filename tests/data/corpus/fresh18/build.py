"""Rebuild every document of the eighteenth fresh set from the content held in this script, then check that every
labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh18/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh18/build.py --check   # check only

reportlab draws six resume PDFs (r01, r05, r09, r14, r19, r22) and the two PDF job descriptions (jd05, jd09) on a
canvas (invariant=1, TrueType DejaVu / Liberation fonts registered by ../buildkit.py); python-docx writes the DOCX
files (r02, r07, r10, r12, r16, r18, r23, jd03, jd08, jd12) through buildkit (fixed core properties and ZIP
timestamps); three resumes (r06, r13, r24) are Word files that LibreOffice turns into PDF through buildkit (fixed
metadata and document ID). The TXT and Markdown documents are held here as strings and written as UTF-8 with LF
line ends. A rebuild gives the same bytes except for the LibreOffice PDFs (see ../README.md).

The check is buildkit.check_labels with this set's format counts.

Everything is fictional: people, employers, clients, agencies, schools, universities, councils, projects and
referees were invented for this set. Real names appear only as places, countries, regulators, standards,
certifications, tests and products.
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
    docx_new,
    docx_save,
    grid,
    heading,
    hline,
    new_canvas,
    new_table,
    para_pdf,
    run,
    shade,
    tabs,
    text,
)

RES = os.path.join(HERE, "resumes")
JDS = os.path.join(HERE, "job_descriptions")
TAG = "fresh18"
buildkit.TAG = TAG

FORMATS = {"resumes": {"pdf": 9, "docx": 7, "txt": 4, "md": 4},
           "jds": {"txt": 4, "md": 3, "docx": 3, "pdf": 2}}

GREY = HexColor("#555555")


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def tabline(d, parts, right="", stop=17.0, rb=False, ri=False, size=None, after=0, before=None, color=None):
    """One paragraph: (text, bold, italic) parts on the left, then a right tab stop with `right`."""
    p = P(d, after=after, before=before)
    tabs(p, (stop, "r"))
    for s, b, i in parts:
        run(p, s, b=b, i=i, size=size, color=color)
    if right:
        run(p, "\t" + right, b=rb, i=ri, size=size, color=color)
    return p


# =========================================================================================================
# reportlab resumes
# =========================================================================================================
def r01_ondrej_kratochvil(path):
    """LaTeX moderncv 'classic' look: dates in a left column, a blue rule left of each section title."""
    W, H = A4
    blue, grey = HexColor("#3873b3"), HexColor("#737373")
    c = new_canvas(path, A4, "Ondřej Kratochvíl — CV", "Ondřej Kratochvíl", "LaTeX with moderncv")
    text(c, "Ondřej Kratochvíl", 50, H - 78, "Sans", 26, HexColor("#404040"))
    text(c, "Backend Developer", 50, H - 100, "Sans-I", 12, grey)
    y = H - 60
    for s in ("Údolní 12, 602 00 Brno, Czech Republic", "☎ +420 605 555 118", "✉ ondrej.kratochvil@example.cz",
              "github.com/okratochvil"):
        text(c, s, W - 50, y, "Sans-I", 8.5, grey, "r")
        y -= 12
    f = Flow(c, 160, W - 210, H - 130)

    def section(title):
        f.gap(8)
        f.room(30)
        c.setFillColor(blue)
        c.rect(50, f.y - 9, 100, 4, fill=1, stroke=0)
        text(c, title, 160, f.y - 11, "Sans", 13, blue)
        f.gap(20)

    def entry(date, markup, note=None, items=()):
        f.room(24)
        text(c, date, 148, f.y - 9, "Sans", 8.5, grey, "r")
        f.para(markup, "Sans", 9, markup=True, after=1)
        if note:
            f.para(note, "Sans-I", 8.5, grey, after=2)
        f.bullets(list(items), "Sans", 8.5, mark="•", gap=1)
        f.gap(4)

    section("Experience")
    entry("03/2021–today", "<b>Senior Backend Developer</b>, <i>Kvádr Software s.r.o.</i>, Brno",
          "Fleet-telematics SaaS for 1,400 logistics customers in CEE.",
          ["Split the Java monolith into 9 Kotlin services on Kubernetes; deploy time fell from 40 to 6 minutes.",
           "Designed the Kafka event backbone handling 22k messages per second.",
           "Mentor two junior developers; run the backend guild."])
    entry("06/2018–02/2021", "<b>Backend Developer</b>, <i>Vltava Data a.s.</i>, Praha",
          "Payment-reconciliation platform for Czech and Slovak banks.",
          ["Built reconciliation jobs in Spring Boot over PostgreSQL, cutting manual matching by 70 %.",
           "Introduced contract tests and GitLab CI pipelines for 14 repositories."])
    entry("07/2016–05/2018", "<b>Junior Java Developer</b>, <i>Moravská pojišťovna, a.s.</i>, Olomouc",
          None, ["Maintained the claims back office (Java EE, Oracle).",
                 "Wrote the first REST API of the company, used by 3 partner brokers."])
    section("Education")
    entry("2014–2016", "<b>Ing. Computer Science</b>, <i>Jihomoravská technická univerzita</i>, Brno",
          "Thesis: Consistency models for event-sourced systems")
    entry("2011–2014", "<b>Bc. Computer Science</b>, <i>Jihomoravská technická univerzita</i>, Brno")
    section("Computer skills")
    for k, v in (("Languages", "Java, Kotlin, Python"), ("Frameworks", "Spring Boot, Quarkus"),
                 ("Data", "PostgreSQL, Kafka, Redis"), ("Tools", "Docker, Kubernetes, GitLab CI")):
        text(c, k, 148, f.y - 9, "Sans-B", 8.5, grey, "r")
        f.para(v, "Sans", 9, after=3)
    section("Projects")
    entry("2022", "<b>jsonpatch-kt</b> — RFC 6902 JSON Patch library for Kotlin, 300 stars on GitHub")
    entry("2019", "<b>brno-transit-bot</b> — Telegram bot with live tram departures for Brno")
    section("Languages")
    for k, v in (("Czech", "native"), ("English", "fluent (C1)"), ("German", "intermediate (B1)")):
        text(c, k, 148, f.y - 9, "Sans-B", 8.5, grey, "r")
        f.para(v, "Sans", 9, after=3)
    c.save()


def r05_karen_chan_hoi_yan(path):
    """Jake's resume (LaTeX) one-page new graduate: small-caps headings over rules, two-line entries."""
    W, H = letter
    c = new_canvas(path, letter, "Karen Chan Hoi-yan Resume", "Karen Chan Hoi-yan", "LaTeX with pdfTeX-1.40")
    text(c, "Karen Chan Hoi-yan", W / 2, H - 58, "Times-B", 24, how="c")
    text(c, "+852 5555 0192 | karen.chan.hy@example.hk | linkedin.com/in/karenchanhy | github.com/karenchy",
         W / 2, H - 76, "Times", 9.5, how="c")
    f = Flow(c, 40, W - 80, H - 84)

    def section(title):
        f.gap(8)
        f.line(title.upper(), font="Times", size=11.5, after=2)
        hline(c, 40, W - 40, f.y + 1, BLACK, 0.5)
        f.gap(3)

    def entry(a, b, cc, d, items=()):
        f.line(a, b, font="Times-B", size=10, rfont="Times", after=1.5)
        if cc:
            f.line(cc, d, font="Times-I", size=9.5, after=2)
        f.bullets(list(items), "Times", 9.5, mark="•", indent=16, gap=0.5)
        f.gap(3)

    section("Education")
    entry("Lion Rock University", "Hong Kong", "Bachelor of Engineering in Computer Science; GPA 3.71/4.3",
          "Sep. 2020 – May 2024",
          ["Relevant coursework: Data Structures, Operating Systems, Databases, Machine Learning, Computer Networks"])
    section("Experience")
    entry("Software Engineering Intern", "Jun. 2023 – Aug. 2023", "Harbourline Securities Limited", "Hong Kong",
          ["Built a React dashboard for 40 dealers to monitor order latency, replacing a daily Excel export",
           "Cut the end-of-day reconciliation job from 25 to 7 minutes by batching SQL queries",
           "Wrote 120 unit tests with Jest; coverage of the trading UI rose from 38% to 71%"])
    entry("Research Assistant", "Sep. 2022 – May 2024", "Lion Rock University", "Hong Kong",
          ["Trained PyTorch models to forecast minibus passenger loads from 2.1M tap-in records",
           "Co-authored a workshop paper on spatio-temporal graph networks"])
    entry("IT Support Intern", "Jun. 2022 – Aug. 2022", "Jade Tram Logistics Co., Limited", "Kwun Tong, Hong Kong",
          ["Automated laptop provisioning for 60 staff with PowerShell scripts",
           "Resolved 300+ helpdesk tickets in English and Cantonese"])
    section("Projects")
    for name, stack, when, items in (
            ("Dim Sum Queue", "React Native, Firebase, Google Maps API", "Jan. 2024 – Apr. 2024",
             ["Mobile app showing live queue times for 25 restaurants; 1,800 downloads in the first month",
              "Push notifications when a table is about to be called, built with Firebase Cloud Messaging"]),
            ("Minibus Tracker", "Python, PyTorch, Flask", "Sep. 2023 – Dec. 2023",
             ["Final-year project: arrival predictions for 12 green minibus routes with a mean error of 1.9 minutes"])):
        f.room(14)
        f.y -= 10
        text(c, name, 40, f.y, "Times-B", 10)
        text(c, " | " + stack, 40 + sw(name, "Times-B", 10), f.y, "Times-I", 10)
        text(c, when, W - 40, f.y, "Times", 10, how="r")
        f.y -= 2
        f.bullets(items, "Times", 9.5, mark="•", indent=16, gap=0.5)
        f.gap(3)
    section("Technical Skills")
    for k, v in (("Languages", "Python, Java, TypeScript, SQL, C++"),
                 ("Frameworks", "React, React Native, Flask, PyTorch"),
                 ("Developer Tools", "Git, Docker, Firebase, AWS")):
        f.para(f"<b>{k}</b>: {v}", "Times", 9.5, markup=True, after=1)
    c.save()


def r09_noemi_keller_rossi(path):
    """awesome-cv look: light first name / bold last name, accent position line, organisation and place on the
    first line of an entry, position in capitals and dates on the second."""
    W, H = A4
    acc, grey, dark = HexColor("#DC3522"), HexColor("#5D5D5D"), HexColor("#333333")
    c = new_canvas(path, A4, "Noemi Keller-Rossi CV", "Noemi Keller-Rossi", "LaTeX with awesome-cv")
    text(c, "Noemi Keller-Rossi", W / 2, H - 70, "Sans-B", 28, dark, "c")
    text(c, "Financial Controller · FP&A · IFRS Reporting", W / 2, H - 90, "Sans", 9, acc, "c")
    text(c, "+41 79 555 24 18  |  noemi.keller@example.ch  |  Seefeldstrasse 88, 8008 Zürich  |  "
            "linkedin.com/in/noemikeller", W / 2, H - 104, "Sans", 7.5, grey, "c")
    f = Flow(c, 50, W - 100, H - 116)

    def section(t):
        f.gap(10)
        f.room(24)
        f.y -= 14
        text(c, t[:3], 50, f.y, "Sans-B", 14, acc)
        text(c, t[3:], 50 + sw(t[:3], "Sans-B", 14), f.y, "Sans-B", 14, dark)
        c.setStrokeColor(grey)
        c.setLineWidth(0.4)
        c.line(60 + sw(t, "Sans-B", 14), f.y + 4, W - 50, f.y + 4)
        f.gap(6)

    def entry(org, place, pos, dates, items):
        f.line(org, place, font="Sans-B", size=10, rfont="Sans-I", color=dark, rcolor=acc, after=2)
        f.line(pos, dates, font="Sans", size=7.5, rfont="Sans-I", color=grey, rcolor=grey, after=3)
        f.bullets(items, "Sans", 8.5, mark="•", color=grey, indent=12, gap=1)
        f.gap(4)

    section("Summary")
    f.para("Chartered controller with eleven years in insurance and watchmaking finance. Builds monthly closing, "
           "group consolidation and planning processes that management actually reads.", "Sans-I", 8.5, grey)
    section("Experience")
    entry("Alpenrand Versicherungen AG", "Zürich, Switzerland", "FINANCIAL CONTROLLER", "Apr. 2021 - Present",
          ["Own the IFRS 17 monthly close for the non-life segment (CHF 1.2bn gross written premium).",
           "Shortened the close from working day 9 to working day 5 with an Anaplan planning model.",
           "Lead a team of 4 controllers in Zürich and Lausanne."])
    entry("Alpenrand Versicherungen AG", "Zürich, Switzerland", "SENIOR FINANCIAL ANALYST", "Jan. 2019 - Mar. 2021",
          ["Built the cost-allocation model across 14 cost centres in SAP S/4HANA.",
           "Prepared board reporting packs and the three-year mid-term plan."])
    entry("Lémanique Horlogerie SA", "Genève, Switzerland", "FINANCIAL ANALYST", "Sep. 2015 - Dec. 2018",
          ["Monthly reporting for 6 boutiques and the wholesale channel under Swiss GAAP FER.",
           "Automated the inventory valuation workbook with Excel VBA, saving 2 days per month."])
    entry("Treuhand Aareblick GmbH", "Bern, Switzerland", "AUDIT ASSISTANT", "Aug. 2013 - Aug. 2015",
          ["Statutory audits of 30+ SMEs; year-end tax returns for sole traders."])
    section("Education")
    entry("Hochschule Limmattal", "Zürich, Switzerland", "MSC IN ACCOUNTING AND FINANCE", "2011 - 2013", [])
    entry("Hochschule Limmattal", "Zürich, Switzerland", "BSC IN BUSINESS ADMINISTRATION", "2008 - 2011", [])
    section("Skills")
    for k, v in (("Finance", "IFRS reporting, Swiss GAAP FER, Consolidation, Budgeting & forecasting"),
                 ("Tools", "SAP S/4HANA, Excel VBA, Power BI, Anaplan"),
                 ("Languages", "German (native), Italian (native), French (C1), English (C1)")):
        f.room(14)
        text(c, k, 120, f.y - 9, "Sans-B", 8.5, dark, "r")
        f.x, f.w = 130, W - 180
        f.para(v, "Sans", 8.5, grey, after=4)
        f.x, f.w = 50, W - 100
    section("Certificates")
    f.para("Swiss Certified Expert in Finance and Controlling (2019)  ·  Anaplan Certified Model Builder (2021)",
           "Sans", 8.5, grey)
    c.save()


def r14_pimchanok_srisuwan(path):
    """Canva-style one-pager: pastel header band, timeline with dots, right column with skill bars."""
    W, H = A4
    peach, teal, dark = HexColor("#F6D7C3"), HexColor("#2A7F7F"), HexColor("#2B2B2B")
    c = new_canvas(path, A4, "Pimchanok Srisuwan - Resume", "Canva", "Canva")
    box(c, 0, H - 150, W, 150, fill=peach)
    c.setFillColor(teal)
    c.circle(90, H - 75, 48, fill=1, stroke=0)
    text(c, "PS", 90, H - 85, "Sans-B", 26, WHITE, "c")
    text(c, "Pimchanok Srisuwan", 160, H - 70, "Sans-B", 26, dark)
    text(c, "HOTEL MARKETING  •  DIGITAL  •  SALES", 160, H - 92, "Sans", 10, teal)
    text(c, "“Ploy”  —  Bangkok, Thailand", 160, H - 110, "Sans-I", 9, dark)
    # right column
    rx, rw = 390, W - 420
    box(c, rx - 12, 0, W - rx + 12, H - 150, fill=HexColor("#F4F7F7"))
    y = H - 180
    text(c, "CONTACT", rx, y, "Sans-B", 11, teal)
    y -= 18
    for s in ("☎ +66 81 555 3047", "✉ ploy.srisuwan@example.co.th", "⌂ Sathorn, Bangkok 10120",
              "in/pimchanok-srisuwan"):
        text(c, s, rx, y, "Sans", 8.5, dark)
        y -= 14
    y -= 14
    text(c, "SKILLS", rx, y, "Sans-B", 11, teal)
    y -= 18
    for s, lvl in (("Social Media Marketing", .9), ("Google Ads", .8), ("Meta Ads Manager", .85),
                   ("Content Strategy", .8), ("Revenue Management", .6), ("Canva", .95)):
        text(c, s, rx, y, "Sans", 8.5, dark)
        box(c, rx, y - 9, rw, 4, fill=HexColor("#D5E3E3"), r=2)
        box(c, rx, y - 9, rw * lvl, 4, fill=teal, r=2)
        y -= 24
    y -= 8
    text(c, "LANGUAGES", rx, y, "Sans-B", 11, teal)
    y -= 18
    for s in ("Thai — Native", "English — Fluent", "Chinese — Basic"):
        text(c, s, rx, y, "Sans", 8.5, dark)
        y -= 14
    y -= 14
    text(c, "EDUCATION", rx, y, "Sans-B", 11, teal)
    y -= 16
    y = para_pdf(c, "Bachelor of Arts in Tourism Management", rx, y, rw, "Sans-B", 8.5)
    y = para_pdf(c, "Suvarnabhumi Valley University", rx, y - 2, rw, "Sans", 8.5)
    text(c, "2012 - 2016", rx, y - 11, "Sans-I", 8.5, teal)
    # main column
    f = Flow(c, 60, 300, H - 172)
    text(c, "PROFILE", 40, f.y - 11, "Sans-B", 11, teal)
    f.gap(20)
    f.para("Hotel marketer with eight years in Thai hospitality. I plan campaigns that fill rooms in the green "
           "season and turn first-time guests into direct bookers.", "Sans", 8.5, dark, after=10)
    text(c, "WORK EXPERIENCE", 40, f.y - 11, "Sans-B", 11, teal)
    f.gap(22)
    for title, org, dates, items in (
            ("Marketing Manager", "Siam Orchid Hotels Co., Ltd. | Bangkok", "2021 - NOW",
             ["Lead marketing for 3 city hotels (612 rooms) and a team of 5.",
              "Raised direct bookings from 18% to 34% of room revenue in two years.",
              "Relaunched the loyalty programme with LINE Official Account; 41,000 members."]),
            ("Digital Marketing Executive", "Andaman Pearl Resort | Phuket", "2018 - 2021",
             ["Ran Google Ads and Meta campaigns for European and Chinese markets.",
              "Grew Instagram followers from 9k to 52k with a weekly reels plan."]),
            ("Sales Coordinator", "Chao Phraya Travel Co., Ltd. | Bangkok", "2016 - 2018",
             ["Handled group quotations for 40+ inbound agents and MICE enquiries."])):
        c.setFillColor(teal)
        c.circle(44, f.y - 6, 4, fill=1, stroke=0)
        box(c, 290, f.y - 11, 70, 14, fill=teal, r=7)
        text(c, dates, 325, f.y - 7.5, "Sans-B", 7.5, WHITE, "c")
        f.line(title, font="Sans-B", size=10, color=dark, after=3)
        f.line(org, font="Sans-I", size=8.5, color=teal, after=4)
        f.bullets(items, "Sans", 8.5, mark="–", color=dark, gap=1.5)
        f.gap(10)
    c.setStrokeColor(teal)
    c.setLineWidth(1)
    c.line(44, H - 225, 44, f.y + 6)
    text(c, "AWARDS", 40, f.y - 11, "Sans-B", 11, teal)
    f.gap(20)
    f.para("Best Digital Campaign, Thailand Hotel Marketing Awards (2023)", "Sans", 8.5, dark)
    c.save()


def r19_katharina_steindl_pichler(path):
    """Long senior CV over two pages: running header on page 2, 'since MM/YYYY' dates in a left column, role
    blocks with context line, selected projects, talks, teaching and memberships."""
    W, H = A4
    navy, grey = HexColor("#1D3557"), HexColor("#666666")
    c = new_canvas(path, A4, "CV Katharina Steindl-Pichler", "Katharina Steindl-Pichler", "Microsoft Word")

    def page2(c_):
        text(c_, "Katharina Steindl-Pichler, MSc  —  Curriculum Vitae", 50, H - 40, "Sans", 8, grey)
        text(c_, "Page 2 of 2", W - 50, H - 40, "Sans", 8, grey, "r")
        hline(c_, 50, W - 50, H - 46, grey, 0.4)
        return H - 60

    text(c, "Katharina Steindl-Pichler, MSc", 50, H - 64, "Serif-B", 22, navy)
    text(c, "Chief Architect  ·  Enterprise & Integration Architecture  ·  Insurance", 50, H - 82, "Sans", 9.5, grey)
    text(c, "Wien, Austria  ·  +43 664 555 2210  ·  k.steindl-pichler@example.at  ·  linkedin.com/in/ksteindl",
         50, H - 96, "Sans", 8.5, grey)
    hline(c, 50, W - 50, H - 104, navy, 1.2)
    f = Flow(c, 150, W - 200, H - 112, bottom=50, new_page=page2)

    def section(t):
        f.gap(8)
        f.room(40)
        f.y -= 12
        text(c, t.upper(), 50, f.y, "Sans-B", 10.5, navy)
        f.gap(8)

    def role(dates, title, org, ctx, items):
        f.room(50)
        text(c, dates, 50, f.y - 9, "Sans", 8.5, grey)
        f.para(f"<b>{title}</b>", "Sans", 9.5, markup=True, after=1)
        f.para(org, "Sans-I", 9, navy, after=1)
        if ctx:
            f.para(ctx, "Sans", 8, grey, after=2)
        f.bullets(items, "Sans", 8.5, mark="▪", gap=1)
        f.gap(6)

    section("Profile")
    f.para("Architect with more than twenty years in software, the last twelve leading architecture in insurance. "
           "I run architecture as a product: a small team, clear principles, decisions written down, and "
           "platforms that let forty delivery teams move without asking for permission.", "Sans", 9)
    section("Professional experience")
    role("since 03/2019", "Chief Architect", "Donauwelle Versicherung AG, Vienna",
         "Composite insurer, 3,800 employees, 6 countries; reporting to the CIO",
         ["Lead 11 enterprise, solution and data architects; own the target architecture and its roadmap.",
          "Drove the move of 140 applications to Azure; data-centre exit completed in 2023 at 8 % under budget.",
          "Set up the architecture review board and a decision log with 420 recorded decisions.",
          "Sponsor of the event-driven integration platform (Kafka, 2.5bn events per month)."])
    role("01/2015 – 02/2019", "Head of Integration Architecture", "Donauwelle Versicherung AG, Vienna", None,
         ["Replaced point-to-point interfaces with an API gateway and 60 published partner APIs.",
          "Built a team of 6 integration architects; introduced API design guidelines.",
          "Negotiated the enterprise agreement for the integration suite (savings of EUR 1.1m over 5 years)."])
    role("04/2011 – 12/2014", "Senior Solution Architect", "Alpenblick IT Consulting GmbH, Graz",
         "IT consultancy, 250 employees; clients in banking, insurance and energy",
         ["Solution architect for a policy-administration replacement at a regional insurer (EUR 18m programme).",
          "Designed the document-output platform used by 4 clients.",
          "Presales lead for 12 bids, 7 won."])
    role("09/2007 – 03/2011", "Software Engineer", "Murtal Software GmbH & Co KG, Linz", None,
         ["Java EE development of a claims workflow engine; led a team of 4 from 2009.",
          "Introduced continuous integration and automated regression tests (3,000 cases)."])
    role("07/2004 – 08/2007", "Java Developer", "Tauernbahn Informatik GmbH, Salzburg", None,
         ["Ticketing back-end and timetable interfaces for regional transport operators."])
    role("10/2002 – 06/2004", "Working Student", "Tauernbahn Informatik GmbH, Salzburg", None,
         ["Test automation and internal tooling, 20 hours a week alongside the diploma studies."])
    section("Selected projects")
    for name, desc in (("Claims Platform 2025", "Cloud-native claims platform replacing three legacy systems; "
                                                "architecture lead, 9 teams, go-live 2024."),
                       ("EventHub", "Company-wide event streaming platform on Kafka with schema governance."),
                       ("Partner API Gateway", "External API programme for brokers and bancassurance partners.")):
        f.room(24)
        f.para(name, "Sans-B", 9, after=1)
        f.para(desc, "Sans", 8.5, grey, after=4)
    section("Education")
    for d, s in (("2011 – 2013", "MBA, Wachau Business School, Krems"),
                 ("1998 – 2004", "Dipl.-Ing. Software Engineering, Technische Hochschule Donaustadt, Vienna")):
        text(c, d, 50, f.y - 9, "Sans", 8.5, grey)
        f.para(s, "Sans", 9, after=4)
    section("Skills")
    for k, v in (("Architecture", "Enterprise architecture, ArchiMate, Domain-Driven Design, Event-driven architecture"),
                 ("Platforms", "Azure, Kafka, Kubernetes, Java, Spring"),
                 ("Leadership", "Architecture governance, Vendor management, Stakeholder management")):
        text(c, k, 50, f.y - 9, "Sans-B", 8.5, grey)
        f.para(v, "Sans", 9, after=4)
    section("Certifications")
    f.para("TOGAF 9 Certified (2012)  ·  Microsoft Certified: Azure Solutions Architect Expert (2020)  ·  "
           "iSAQB CPSA-F (2010)", "Sans", 8.5)
    section("Talks and publications")
    f.bullets(["“Architecture decisions as code”, Vienna Architecture Days, 2023",
               "“From ESB to events: five years later”, Insurance IT Summit Munich, 2022",
               "Co-author of “Integration Patterns in Insurance”, Fachverlag Donau, 2018"], "Sans", 8.5, mark="▪")
    section("Teaching")
    f.para("External lecturer for Software Architecture, FH Wienerwald (since 2016)", "Sans", 8.5)
    section("Memberships")
    f.para("Board member, Austrian Association for Software Architecture (since 2020)", "Sans", 8.5)
    section("Languages")
    f.para("German (native), English (C2), Italian (B1)", "Sans", 8.5)
    c.save()


def r22_renzo_huaman_quispe(path):
    """Peruvian CV in Spanish, two columns: dark left sidebar (photo, contact, skills, languages, certificates),
    main column with 'Mes. YYYY – Actualidad' dates."""
    W, H = A4
    side, gold = HexColor("#263238"), HexColor("#C9A227")
    c = new_canvas(path, A4, "CV Renzo Huamán Quispe", "Renzo Huamán Quispe", "Microsoft Word")
    box(c, 0, 0, 190, H, fill=side)
    c.setFillColor(HexColor("#90A4AE"))
    c.circle(95, H - 80, 45, fill=1, stroke=0)
    text(c, "FOTO", 95, H - 84, "Sans", 9, WHITE, "c")
    y = H - 150

    def stitle(t, y):
        text(c, t, 20, y, "Sans-B", 10.5, gold)
        hline(c, 20, 170, y - 4, gold, 0.6)
        return y - 18

    y = stitle("CONTACTO", y)
    for s in ("Jr. Los Cedros 245, Huaraz", "+51 943 555 718", "renzo.huaman@example.pe",
              "Colegiatura CIP vigente"):
        text(c, s, 20, y, "Sans", 8, WHITE)
        y -= 13
    y = stitle("HABILIDADES", y - 12)
    for s in ("Deswik", "Vulcan", "AutoCAD Civil 3D", "MS Project", "Power BI", "Python"):
        text(c, "›  " + s, 20, y, "Sans", 8.5, WHITE)
        y -= 13
    y = stitle("IDIOMAS", y - 12)
    for s in ("Español — nativo", "Quechua — intermedio", "Inglés — avanzado"):
        text(c, s, 20, y, "Sans", 8, WHITE)
        y -= 13
    y = stitle("CERTIFICACIONES", y - 12)
    for s in ("Deswik.CAD Avanzado (2021)", "Supervisor de Seguridad Minera —", "D.S. 024-2016-EM (2019)"):
        text(c, s, 20, y, "Sans", 8, WHITE)
        y -= 13
    text(c, "RENZO HUAMÁN QUISPE", 215, H - 70, "Sans-B", 22, side)
    text(c, "Ingeniero de Minas  |  Planeamiento de Mina", 215, H - 90, "Sans", 10.5, gold)
    f = Flow(c, 215, W - 250, H - 110)

    def section(t):
        f.gap(10)
        f.line(t, font="Sans-B", size=11, color=side, after=2)
        hline(c, 215, W - 35, f.y, side, 0.8)
        f.gap(6)

    section("PERFIL PROFESIONAL")
    f.para("Ingeniero de minas colegiado con diez años en planeamiento de minado a tajo abierto y subterráneo, "
           "secuenciamiento y control de costos. Orientado a la seguridad y a la mejora continua.", "Sans", 8.5)
    section("EXPERIENCIA PROFESIONAL")
    for t, org, place, dates, items in (
            ("Ingeniero de Planeamiento Senior", "Minera Cordillera Blanca S.A.A.", "Huaraz, Áncash",
             "Mar. 2020 – Actualidad",
             ["Planeamiento de mediano plazo para un tajo de 45 000 t/día con Deswik.",
              "Reduje la dilución en 1,8 puntos mediante rediseño de voladura con el área de perforación.",
              "Lidero a 3 ingenieros y 2 practicantes."]),
            ("Ingeniero de Planeamiento", "Minera Cordillera Blanca S.A.A.", "Huaraz, Áncash", "Ene. 2017 – Feb. 2020",
             ["Programas semanales y mensuales de producción; conciliación topográfica mensual.",
              "Automatizó reportes de KPI en Power BI para la gerencia de operaciones."]),
            ("Asistente de Geología", "Compañía Minera Río Mantaro S.A.C.", "La Oroya, Junín", "Jul. 2014 – Dic. 2016",
             ["Mapeo geológico de labores subterráneas y control de leyes (120 muestras por semana)."]),
            ("Practicante Pre-profesional", "Consultora Geoandina E.I.R.L.", "Lima", "Ene. 2013 – Jun. 2014",
             ["Apoyo en estudios de factibilidad y modelamiento en Vulcan."])):
        f.line(t, dates, font="Sans-B", size=9.5, rfont="Sans-I", color=side, rcolor=GREY, after=2)
        f.line(f"{org}  ·  {place}", font="Sans-I", size=8.5, color=gold, after=3)
        f.bullets(items, "Sans", 8.5, mark="•", gap=1)
        f.gap(6)
    section("FORMACIÓN ACADÉMICA")
    f.line("Bachiller en Ingeniería de Minas", "2008 – 2013", font="Sans-B", size=9, rfont="Sans-I", after=2)
    f.line("Universidad Nacional del Altiplano Andino, Puno", font="Sans", size=8.5, after=6)
    section("REFERENCIAS")
    f.para("Ing. Walter Ccori Mamani — Superintendente de Planeamiento, Minera Cordillera Blanca S.A.A.  "
           "Teléfono: +51 943 555 201", "Sans", 8.5)
    c.save()


# =========================================================================================================
# python-docx resumes
# =========================================================================================================
def r02_bronwyn_tallis(path):
    """Australian nursing resume: AHPRA line, 'Title | Hospital, Suburb NSW' with right-tab dates, a unit line,
    Key Skills in a two-column table, referees."""
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "BRONWYN TALLIS", b=True, size=20, color="1B4F72", after=0)
    P(d, "Registered Nurse  |  Penrith NSW 2750  |  0412 555 908  |  bronwyn.tallis@example.com.au", size=9, after=0)
    P(d, "AHPRA Registration: NMW0002xxxxxx (General, no conditions)  |  Working with Children Check: current",
      size=9, after=6)
    heading(d, "Career Objective", color="1B4F72")
    P(d, "Emergency nurse seeking a Clinical Nurse Educator pathway in a Western Sydney hospital.")
    heading(d, "Employment History", color="1B4F72")
    for t, org, dates, unit, items in (
            ("Clinical Nurse", "Wollemi Private Hospital, Penrith NSW", "Feb 2021 – Present", "Emergency Department",
             ["Team leader on rotating shifts; allocate patients and coordinate ambulance offload",
              "Triage using the Australasian Triage Scale and escalate deteriorating patients",
              "Precept new graduates and transition-to-practice nurses"]),
            ("Registered Nurse (Level 1)", "Dharug Valley Health Service, Blacktown NSW", "Jan 2017 – Jan 2021",
             "Acute Medical Unit", ["Cared for patients with complex medical and mental health needs",
                                    "Completed the hospital's cannulation and venepuncture credentialing",
                                    "Member of the ward's falls prevention working party"]),
            ("Graduate Registered Nurse", "Dharug Valley Health Service, Blacktown NSW", "Feb 2016 – Dec 2016",
             "New Graduate Program: surgical and aged care rotations", ["Supported by a clinical nurse educator through two rotations"])):
        tabline(d, [(t, True, False), ("  |  " + org, False, False)], dates, stop=17.4, rb=True, before=6)
        P(d, unit, i=True, color="555555", after=1)
        bullets(d, items)
    heading(d, "Key Skills", color="1B4F72")
    t = new_table(d, 3, 2, [8.7, 8.7])
    for i, s in enumerate(("Triage", "Wound management", "Cannulation", "IV therapy", "Medication administration",
                           "eMR documentation")):
        cell(t.cell(i // 2, i % 2), "✓  " + s)
    heading(d, "Education", color="1B4F72")
    tabline(d, [("Bachelor of Nursing", True, False), (" — Western Ridge University, Sydney", False, False)],
            "2015", stop=17.4)
    heading(d, "Certificates", color="1B4F72")
    bullets(d, ["Advanced Life Support (ALS2), renewed 2024", "Trauma Nursing Care Course (TNCC)",
                "Immunisation Provider course"])
    heading(d, "Referees", color="1B4F72")
    P(d, "Janine Corbett, Nurse Unit Manager, Wollemi Private Hospital — details available on request.")
    docx_save(d, path, "Bronwyn Tallis")


def r07_sindre_haugland_eide(path):
    """Norwegian CV: key-facts table, experience as a three-column Word table (Periode / Stilling og
    arbeidsgiver / Sted) with 'MM.YYYY – d.d.', selected projects, software list."""
    d = docx_new("Calibri", 10.5)
    P(d, "CV", b=True, size=11, color="7F7F7F", after=0)
    P(d, "Sindre Haugland Eide", b=True, size=22, after=4)
    t = new_table(d, 4, 2, [4.0, 13.0])
    for i, (k, v) in enumerate((("Født", "14.03.1989"), ("Bosted", "Fyllingsdalen, Bergen"),
                                ("Kontakt", "+47 905 55 412  ·  sindre.eide@example.no"),
                                ("Stilling", "Senior rådgiver, konstruksjon (Senior Structural Engineer)"))):
        cell(t.cell(i, 0), k, b=True)
        cell(t.cell(i, 1), v)
    heading(d, "Sammendrag / Summary", color="00465F")
    P(d, "Chartered structural engineer (RIF) with ten years of bridges, quays and public buildings in "
         "concrete and timber along the west coast.")
    heading(d, "Arbeidserfaring / Work experience", color="00465F")
    t = new_table(d, 4, 3, [3.2, 11.0, 2.8], borders={"which": ("insideH", "top", "bottom"), "color": "BFBFBF"})
    for i, s in enumerate(("Periode", "Stilling og arbeidsgiver", "Sted")):
        cell(t.cell(0, i), s, b=True, fill="DCE6EA")
    rows = (("08.2019 – d.d.", "Senior Structural Engineer", "Fjordbyen Rådgivning AS", "Bergen",
             ["Lead engineer for quay and bridge projects up to NOK 400 million",
              "Responsible for design checks to Eurocode 2 and 5; supervise 3 engineers"]),
            ("01.2015 – 07.2019", "Structural Engineer", "Vestkyst Betong ASA", "Stavanger",
             ["Precast concrete design for 20+ residential and industrial buildings",
              "Introduced Tekla-to-production data flow for the precast plant"]),
            ("06.2013 – 12.2014", "Graduate Engineer", "Vestkyst Betong ASA", "Stavanger",
             ["Rotations in design, production planning and site follow-up"]))
    for i, (per, title, org, place, items) in enumerate(rows, start=1):
        cell(t.cell(i, 0), per)
        cell(t.cell(i, 1), title, b=True)
        cell_add(t.cell(i, 1), org, i=True)
        for it in items:
            cell_add(t.cell(i, 1), "– " + it, size=9.5)
        cell(t.cell(i, 2), place)
    heading(d, "Utvalgte prosjekter / Selected projects", color="00465F")
    for name, desc in (("Sandviken Ferry Terminal", "new quay and passenger building, 2022–2024, lead engineer"),
                       ("Laksevåg School Extension", "glulam and CLT extension, 2020–2021, design of timber frame"),
                       ("Hillevåg Precast Car Park", "six-storey precast car park, 2017, design engineer")):
        p = P(d, after=1)
        run(p, name, b=True)
        run(p, " — " + desc)
    heading(d, "Utdanning / Education", color="00465F")
    tabline(d, [("MSc Structural Engineering", True, False), (", Vestland Technical University", False, False)],
            "2008 – 2013", stop=17.0)
    heading(d, "Programvare / Software", color="00465F")
    P(d, "FEM-Design  ·  Robot Structural Analysis  ·  Revit  ·  AutoCAD  ·  Tekla Structures")
    heading(d, "Språk / Languages", color="00465F")
    P(d, "Norsk (morsmål), English (fluent), Deutsch (basic)")
    docx_save(d, path, "Sindre Haugland Eide")


def r10_eleanor_okonjo_pryce(path):
    """UK solicitor's CV: admission line, firm heading with three roles in brackets-dated lines and seats,
    'Key Skills' as a slash line, LPC and LLB."""
    d = docx_new("Georgia", 10.5, margins=(2.0, 2.0, 2.2, 2.2))
    P(d, "Eleanor Okonjo-Pryce", b=True, size=18, align="c", after=0)
    P(d, "Didsbury, Manchester M20  •  07700 900 418  •  eleanor.op@example.co.uk", size=9, align="c", after=0)
    P(d, "Solicitor of the Senior Courts of England and Wales (admitted September 2019)", i=True, size=9,
      align="c", after=8)
    heading(d, "PROFILE", color="000000", size=11)
    P(d, "Commercial property solicitor handling leases, acquisitions and portfolio management for retail, "
         "logistics and investor clients.", align="j")
    heading(d, "LEGAL EXPERIENCE", color="000000", size=11)
    p = P(d, before=4, after=2)
    run(p, "Hartwell Byrne LLP", b=True, size=11)
    run(p, ", Manchester", size=11)
    for t, dates, items in (
            ("Associate Solicitor, Commercial Property", "(Sept 2021 – present)",
             ["Run a caseload of 45 files: leases, licences, acquisitions and disposals up to £12m",
              "Lead the property workstream on corporate deals and supervise two trainees"]),
            ("Solicitor, Commercial Property", "(Sept 2019 – Aug 2021)",
             ["Acted for a national logistics landlord on 60+ new lettings",
              "Prepared reports on title for secured lending"]),
            ("Trainee Solicitor", "(Sept 2017 – Aug 2019)",
             ["Seats: Real Estate; Corporate; Private Client; Commercial Litigation"])):
        p = P(d, before=4, after=1)
        run(p, t, b=True, i=True)
        run(p, " " + dates)
        bullets(d, items)
    p = P(d, before=8, after=1)
    run(p, "Paralegal", b=True, i=True)
    run(p, " – Northgate Conveyancing Ltd, Stockport (Jan 2016 – Aug 2017)")
    bullets(d, ["Residential sales and purchases from instruction to completion; 30 live files"])
    heading(d, "EDUCATION", color="000000", size=11)
    P(d, "Postgraduate Diploma in Legal Practice (LPC) – Pennine Law School, 2017 (Distinction)")
    P(d, "LLB (Hons) Law – University of Irwell Valley, 2016 (2:1)")
    heading(d, "KEY SKILLS", color="000000", size=11)
    P(d, "Commercial leases / Property due diligence / Title investigation / Lease negotiation / "
         "Land Registry applications / Visualfiles")
    heading(d, "INTERESTS", color="000000", size=11)
    P(d, "Fell running, Pro bono volunteer at a Manchester law centre, Choir (alto).")
    docx_save(d, path, "Eleanor Okonjo-Pryce")


def r12_md_tanvir_hasan_bhuiyan(path):
    """bdjobs.com-style resume: photo box, Career Objective / Summary, 'Total Year of Experience', numbered
    'Title ( Month D, YYYY - Continuing)' entries with company, 'Company Location :', department and duties,
    Academic Qualification table, Specialization table, personal details."""
    d = docx_new("Times New Roman", 11, margins=(1.5, 1.5, 2.0, 2.0))
    t = new_table(d, 1, 2, [13.5, 3.5])
    cell(t.cell(0, 0), "Md. Tanvir Hasan Bhuiyan", b=True, size=16)
    for s in ("House # 17, Road # 4, Sector 11, Uttara, Dhaka-1230", "Mobile No 1 : 01711-555482",
              "e-mail : tanvir.bhuiyan@example.com.bd"):
        cell_add(t.cell(0, 0), s, size=10)
    cell(t.cell(0, 1), "[Photo]", align="c", fill="EEEEEE")
    for title, body in (("Career Objective:", "To build a career in apparel merchandising with a leading export "
                         "oriented knit composite where I can use my costing and buyer-handling experience."),
                        ("Career Summary:", "Merchandiser with over ten years of experience in knit garments for "
                         "European buyers, from sampling and costing to shipment.")):
        p = P(d, before=8, after=2)
        run(p, title, b=True, u=True)
        P(d, body, align="j")
    p = P(d, before=8, after=2)
    run(p, "Employment History:", b=True, u=True)
    P(d, "Total Year of Experience : 10.2 Year(s)", b=True)
    for n, (title, dates, org, loc, dept, items) in enumerate((
            ("Senior Merchandiser", "( March 1, 2020 - Continuing)", "Shitalakkhya Knit Composite Ltd.",
             "Narayanganj", "Merchandising",
             ["Handle 4 European buyers with annual order value of USD 18 million",
              "Prepare costing, negotiate prices and follow up the time and action calendar"]),
            ("Merchandiser", "( July 15, 2016 - February 29, 2020)", "Padma Apparels Ltd.", "Gazipur",
             "Merchandising", ["Sample development, lab dips and PP meetings for 3 buyers",
                               "Booked fabrics and trims and tracked shipment dates"]),
            ("Assistant Merchandiser", "( January 10, 2014 - July 10, 2016)", "Karnaphuli Fashion Wear Ltd.",
             "Chattogram", "Merchandising & Marketing",
             ["Maintained order sheets and sample records", "Followed up accessories in-house status"])), start=1):
        p = P(d, before=6, after=0)
        run(p, f"{n}. {title} {dates}", b=True, u=True)
        P(d, org, b=True, after=0)
        P(d, f"Company Location : {loc}", after=0)
        P(d, f"Department: {dept}", after=0)
        p = P(d, after=0)
        run(p, "Duties/Responsibilities:", b=True)
        bullets(d, items, style="List Number")
    p = P(d, before=8, after=2)
    run(p, "Academic Qualification:", b=True, u=True)
    rows = [("Exam Title", "Concentration/Major", "Institute", "Result", "Pas.Year", "Duration"),
            ("Master of Business Administration (MBA)", "Marketing", "Buriganga University of Business",
             "CGPA:3.42 out of 4", "2013", "2 Years"),
            ("Bachelor of Science (B.Sc)", "Textile Engineering", "Lalbagh Textile Engineering College",
             "CGPA:3.18 out of 4", "2011", "4 Years"),
            ("HSC", "Science", "Dhaka Residential Model College", "GPA:4.80 out of 5", "2006", "2 Years"),
            ("SSC", "Science", "Uttara High School", "GPA:5.00 out of 5", "2004", "")]
    t = new_table(d, len(rows), 6, [3.6, 2.6, 3.8, 2.6, 1.6, 1.6], borders={"color": "000000"})
    for i, row in enumerate(rows):
        for j, s in enumerate(row):
            cell(t.cell(i, j), s, b=(i == 0), size=9.5, align="c")
    p = P(d, before=8, after=2)
    run(p, "Specialization:", b=True, u=True)
    t = new_table(d, 6, 1, [17.0], borders={"color": "000000"})
    cell(t.cell(0, 0), "Fields of Specialization", b=True)
    for i, s in enumerate(("Garments Merchandising", "Order Costing", "Fabric Sourcing", "Sample Development",
                           "Microsoft Excel"), start=1):
        cell(t.cell(i, 0), s)
    p = P(d, before=8, after=2)
    run(p, "Language Proficiency:", b=True, u=True)
    P(d, "Bangla – High, English – High, Hindi – Medium")
    p = P(d, before=8, after=2)
    run(p, "Personal Details :", b=True, u=True)
    for k, v in (("Father's Name", "Md. Abul Kashem Bhuiyan"), ("Mother's Name", "Mrs. Rokeya Begum"),
                 ("Date of Birth", "Sep 2, 1988"), ("Gender", "Male"), ("Marital Status", "Married"),
                 ("Nationality", "Bangladeshi"), ("Religion", "Islam"), ("Permanent Address", "Cumilla")):
        p = P(d, after=0)
        tabs(p, (4.5, "l"))
        run(p, f"{k}\t: {v}")
    p = P(d, before=8, after=2)
    run(p, "Reference (s):", b=True, u=True)
    P(d, "Engr. Shafiqul Alam, General Manager (Merchandising), Shitalakkhya Knit Composite Ltd., "
         "Mobile: 01819-555210")
    docx_save(d, path, "Tanvir")


def r16_jordan_alvarez_kim(path):
    """Google Docs 'Serif'-like template: name, contact block, coloured small-caps headings, entries
    'Company, Location — Title' over 'MONTH YYYY - PRESENT' in small grey capitals, Projects, Awards."""
    d = docx_new("Merriweather", 10, margins=(1.8, 1.8, 2.2, 2.2), after=4)
    P(d, "Jordan Alvarez-Kim", b=True, size=24, after=0)
    P(d, "1847 W Cortland St, Chicago, IL 60622  ·  (312) 555-0164  ·  jordan.ak@example.com", size=9,
      color="666666", after=10)
    col = "2F7A78"

    def h(s):
        P(d, s, b=True, size=10, color=col, before=12, after=4)

    h("SKILLS")
    bullets(d, ["HubSpot", "Google Analytics 4", "SEO", "Paid social", "Marketing automation", "Brand strategy"])
    h("EXPERIENCE")
    for org, place, title, dates, items in (
            ("Lakeshore Outfitters", "Chicago, IL", "Senior Marketing Manager", "MARCH 2021 - PRESENT",
             ["Own a $4.2M annual budget across paid, lifecycle and retail marketing for 28 stores.",
              "Grew e-commerce revenue 37% in two years while cutting cost per acquisition by 22%."]),
            ("Prairie Bloom Foods, Inc.", "Evanston, IL", "Marketing Manager", "JUNE 2017 - FEBRUARY 2021",
             ["Launched two snack lines into 1,100 grocery doors with a trade and shopper plan.",
              "Built the email program from zero to 85,000 subscribers on HubSpot."]),
            ("Halsted & Rowe Agency", "Chicago, IL", "Account Coordinator", "AUGUST 2015 - MAY 2017",
             ["Coordinated campaigns for six CPG clients; managed timelines and vendor proofs."])):
        p = P(d, before=6, after=0)
        run(p, org, b=True)
        run(p, ", " + place + " — ")
        run(p, title, i=True)
        P(d, dates, size=8, color="777777", after=2)
        bullets(d, items)
    h("EDUCATION")
    p = P(d, before=4, after=0)
    run(p, "Northshore Lakes University", b=True)
    run(p, ", Evanston, IL — ")
    run(p, "BA Communications", i=True)
    P(d, "AUGUST 2011 - MAY 2015", size=8, color="777777")
    h("PROJECTS")
    for name, desc in (("Trailhead Rebrand", "New identity, packaging and store signage for Lakeshore "
                                             "Outfitters' 25th anniversary; led agency selection."),
                       ("Loyalty Relaunch", "Points-to-tiers loyalty redesign with 140,000 members migrated.")):
        p = P(d, after=2)
        run(p, name, b=True)
        run(p, ". " + desc)
    h("AWARDS")
    P(d, "Chicago AMA Marketer of the Year, finalist (2023)")
    docx_save(d, path, "Jordan Alvarez-Kim")


def r18_faisal_al_harbi(path):
    """Gulf-region CV: personal information table, experience as a Word table with From / To / Position /
    Employer / Location columns and a header row, responsibilities per employer below it."""
    d = docx_new("Calibri", 10.5)
    P(d, "CURRICULUM VITAE", b=True, size=12, color="0B5394", align="c")
    P(d, "Faisal Abdulrahman Al-Harbi", b=True, size=18, align="c", after=0)
    P(d, "Senior HSE Officer  –  NEBOSH IGC  –  OSHA 30", size=10, align="c", after=8)
    heading(d, "Personal Information", color="0B5394")
    t = new_table(d, 5, 2, [5.0, 12.0], borders={"color": "BBBBBB"})
    for i, (k, v) in enumerate((("Nationality", "Saudi"), ("Date of Birth", "04/11/1991"), ("Marital Status", "Married"),
                                ("Mobile", "+966 55 555 3108"), ("E-mail", "faisal.alharbi@example.sa"))):
        cell(t.cell(i, 0), k, b=True, fill="EAF1FB")
        cell(t.cell(i, 1), v)
    heading(d, "Career Objective", color="0B5394")
    P(d, "Seeking a challenging HSE leadership position in the petrochemical or marine sector in the Eastern "
         "Province.")
    heading(d, "Professional Experience", color="0B5394")
    rows = [("From", "To", "Position", "Employer", "Location"),
            ("02/2020", "Present", "Senior HSE Officer", "Najd Industrial Services Co.", "Jubail"),
            ("06/2016", "01/2020", "HSE Officer", "Red Sea Marine Contracting Co. Ltd.", "Yanbu"),
            ("09/2014", "05/2016", "Safety Inspector", "Tuwaiq Construction Est.", "Riyadh")]
    t = new_table(d, 4, 5, [2.0, 2.0, 4.0, 6.2, 2.8], borders={"color": "888888"})
    for i, row in enumerate(rows):
        for j, s in enumerate(row):
            cell(t.cell(i, j), s, b=(i == 0), fill="0B5394" if i == 0 else None,
                 color="FFFFFF" if i == 0 else None)
    heading(d, "Key Responsibilities", color="0B5394")
    for org, items in (("Najd Industrial Services Co.", [
            "HSE lead for shutdown and turnaround contracts with up to 650 workers on site",
            "Chair the weekly safety committee; reduced recordable incidents by 40% in two years",
            "Audit contractors against ISO 45001 and client permit-to-work rules"]),
            ("Red Sea Marine Contracting Co. Ltd.", [
                "Risk assessments and toolbox talks for marine construction crews",
                "Investigated incidents and tracked corrective actions to closure"]),
            ("Tuwaiq Construction Est.", ["Daily site inspections on two villa compounds"])):
        P(d, org, b=True, before=4, after=1)
        bullets(d, items)
    heading(d, "Education", color="0B5394")
    P(d, "Bachelor of Science in Environmental Health – Al-Ahsa College of Health Sciences – 2014")
    heading(d, "Certificates", color="0B5394")
    bullets(d, ["NEBOSH International General Certificate (2017)", "OSHA 30-Hour General Industry (2015)",
                "IOSH Managing Safely (2016)", "First Aid & CPR – Saudi Red Crescent (2023)"])
    heading(d, "Skills", color="0B5394")
    P(d, "Risk assessment, Incident investigation, Permit to work, HAZOP, ISO 45001 audits, Emergency response "
         "planning")
    heading(d, "Languages", color="0B5394")
    P(d, "Arabic: Native    English: Very good")
    docx_save(d, path, "Faisal")


def r23_mikkel_sogaard_thomsen(path):
    """Danish electrician's CV: photo / facts table at the top, Danish-English headings, each role one line
    'Title, Company, Town (YYYY – nu)' followed by prose, 'Kompetencer / Skills' list."""
    d = docx_new("Calibri", 11)
    t = new_table(d, 1, 2, [12.5, 4.5])
    cell(t.cell(0, 0), "Mikkel Søgaard Thomsen", b=True, size=20, color="C00000")
    cell_add(t.cell(0, 0), "Elinstallatør / Electrician  ·  Aarhus N", size=10)
    cell_add(t.cell(0, 0), "Tlf. 28 55 51 93  ·  mikkel.st@example.dk  ·  Kørekort B", size=10)
    cell(t.cell(0, 1), "[foto]", align="c", fill="F2F2F2")
    heading(d, "Profil", color="C00000")
    P(d, "Practical and calm electrician who likes difficult fault finding and tidy installations. Happy to "
         "lead a small team and to talk to customers.")
    heading(d, "Erhvervserfaring / Experience", color="C00000")
    for line, prose in (
            ("Lead Electrician, Nordlys El-Service ApS, Aarhus (2020 – nu)",
             "Lead a team of electricians on commercial fit-outs, heat pumps and EV charging; plan the work, "
             "order materials and hand over documentation to customers."),
            ("Electrician, Nordlys El-Service ApS, Aarhus (2016 – 2020)",
             "Installation and service in homes, shops and offices; KNX programming and fire alarm service."),
            ("Apprentice Electrician, Vestjysk Elteknik A/S, Herning (2012 – 2016)",
             "Apprenticeship in agricultural and industrial installations, control panels and PLC wiring.")):
        P(d, line, b=True, before=6, after=1)
        P(d, prose, align="j")
    heading(d, "Kompetencer / Skills", color="C00000")
    bullets(d, ["PLC programming (Siemens S7)", "KNX", "Solar PV installation", "EV charger installation",
                "Fault finding", "Fire alarm systems"])
    heading(d, "Uddannelse / Education", color="C00000")
    P(d, "AP Degree in Energy Technology, Østjysk Academy of Technology, 2021 (evening study)")
    P(d, "Elektriker (EUD, svendebrev), Midtjysk Erhvervsskole, 2016")
    heading(d, "Kurser / Courses", color="C00000")
    P(d, "Autoriseret elinstallatør (Sikkerhedsstyrelsen)  ·  Arbejde under spænding  ·  Førstehjælp")
    heading(d, "Sprog / Languages", color="C00000")
    P(d, "Dansk (modersmål), English (good), Deutsch (basic)")
    docx_save(d, path, "Mikkel Søgaard Thomsen")


# =========================================================================================================
# Word files converted to PDF by LibreOffice
# =========================================================================================================
def header_para(d, s, size=9, color="555555", align="c"):
    hdr = d.sections[0].header
    p = hdr.paragraphs[0]
    run(p, s, size=size, color=color)
    p.alignment = {"c": 1, "r": 2, "l": 0}[align]


def r06_ioana_madalina_stoica_docx(path):
    """Romanian CV in English with Romanian headings: contact in the page header, day-first dates
    'DD.MM.YYYY – prezent' in a left table column, digital skills, languages grid."""
    d = docx_new("Arial", 10, margins=(2.2, 1.8, 2.0, 2.0))
    header_para(d, "Ioana Mădălina Stoica  ·  Str. Observatorului 41, Cluj-Napoca  ·  +40 744 555 309  ·  "
                   "ioana.stoica@example.ro", 8.5)
    P(d, "CURRICULUM VITAE", b=True, size=10, color="0E4C92", after=0)
    P(d, "Ioana Mădălina Stoica", b=True, size=20, after=8)

    def h(s):
        heading(d, s, size=10.5, color="0E4C92")

    h("DATE PERSONALE / PERSONAL DATA")
    P(d, "Data nașterii: 22.07.1991  ·  Cetățenie: română  ·  Permis de conducere: categoria B")
    h("EXPERIENȚĂ PROFESIONALĂ / WORK EXPERIENCE")
    t = new_table(d, 3, 2, [4.0, 13.0])
    for i, (dates, title, org, items) in enumerate((
            ("01.04.2020 – prezent", "Senior Accountant", "Carpatia Logistic S.R.L., Cluj-Napoca",
             ["Monthly close and statutory reporting for 3 companies of the group",
              "SAF-T (D406) and e-Factura roll-out with the IT team",
              "Coordinate 2 accountants and the external auditor"]),
            ("15.09.2016 – 31.03.2020", "Accountant", "Someș Agro S.A., Dej",
             ["Fixed assets, VAT returns and intercompany reconciliations",
              "Reduced supplier invoice backlog from 900 to under 100"]),
            ("01.07.2014 – 14.09.2016", "Junior Accountant", "Contabil Expert Nord S.R.L., Cluj-Napoca",
             ["Bookkeeping for 25 SME clients in Saga C"]))):
        cell(t.cell(i, 0), dates, size=9.5, color="555555")
        cell(t.cell(i, 1), title, b=True)
        cell_add(t.cell(i, 1), org, i=True)
        for it in items:
            cell_add(t.cell(i, 1), "• " + it, size=9.5)
    h("EDUCAȚIE ȘI FORMARE / EDUCATION AND TRAINING")
    t = new_table(d, 2, 2, [4.0, 13.0])
    for i, (dates, deg, sch) in enumerate((
            ("2014 – 2016", "Master Audit financiar și control de gestiune",
             "Universitatea Transilvană de Științe Economice, Cluj-Napoca"),
            ("2011 – 2014", "Licență Contabilitate și informatică de gestiune",
             "Universitatea Transilvană de Științe Economice, Cluj-Napoca"))):
        cell(t.cell(i, 0), dates, size=9.5, color="555555")
        cell(t.cell(i, 1), deg, b=True)
        cell_add(t.cell(i, 1), sch, i=True)
    h("COMPETENȚE DIGITALE / DIGITAL SKILLS")
    P(d, "SAP FI  |  Saga C  |  Microsoft Excel  |  Power BI  |  SQL")
    h("LIMBI STRĂINE / LANGUAGES")
    t = new_table(d, 3, 4, [4.0, 4.3, 4.3, 4.4], borders={"color": "BBBBBB"})
    for i, row in enumerate((("", "Înțelegere", "Vorbire", "Scriere"), ("Engleză", "C1", "B2", "C1"),
                             ("Germană", "A2", "A2", "A1"))):
        for j, s in enumerate(row):
            cell(t.cell(i, j), s, b=(i == 0 or j == 0), size=9)
    h("ALTE INFORMAȚII / OTHER")
    P(d, "Membru CECCAR (expert contabil stagiar, 2022). Voluntar la Banca de Alimente Cluj.")
    docx_save(d, path, "Ioana Stoica")


def r13_aigerim_sadykova_docx(path):
    """Kazakh logistics CV laid out as a two-column Word table: shaded left cell with contact, skills and
    languages; right cell with profile, experience ('MM.YYYY – present · City') and education."""
    d = docx_new("Calibri", 10, margins=(1.2, 1.2, 1.2, 1.2))
    t = new_table(d, 1, 2, [5.6, 13.0])
    L, R = t.cell(0, 0), t.cell(0, 1)
    shade(L, "E8EEF4")
    cell(L, "CONTACT", b=True, color="1F4E79", after=3)
    for s in ("Almaty, Kazakhstan", "+7 701 555 4432", "aigerim.sadykova@example.kz"):
        cell_add(L, s, size=9)
    cell_add(L, "")
    cell_add(L, "SKILLS", b=True, color="1F4E79", after=3)
    for s in ("1C:Enterprise", "SAP TM", "Incoterms 2020", "Customs declarations", "Route planning",
              "Microsoft Excel"):
        cell_add(L, "▸ " + s, size=9)
    cell_add(L, "")
    cell_add(L, "LANGUAGES", b=True, color="1F4E79", after=3)
    for s in ("Kazakh — native", "Russian — fluent", "English — upper-intermediate (IELTS 6.5)",
              "Chinese — HSK 3"):
        cell_add(L, s, size=9)
    cell(R, "Aigerim Sadykova", b=True, size=22, color="1F4E79", after=0)
    cell_add(R, "Logistics Coordinator — road, rail and multimodal freight", i=True, color="555555", after=8)
    cell_add(R, "PROFILE", b=True, color="1F4E79", after=2)
    cell_add(R, "Coordinator with nine years in freight forwarding between China, Central Asia and Europe via "
                "Khorgos and the Caspian ports.", after=8)
    cell_add(R, "EXPERIENCE", b=True, color="1F4E79", after=2)
    for title, org, meta, items in (
            ("Logistics Coordinator", "Steppe Cargo LLP", "09.2020 – present · Almaty",
             ["Coordinate 120+ container moves a month on the China–Europe rail corridor",
              "Cut average customs clearance time at Khorgos from 4 to 2.5 days"]),
            ("Customs Broker Assistant", "Tengri Trans Logistics LLP", "03.2017 – 08.2020 · Aktau",
             ["Prepared EAEU customs declarations for Caspian ferry cargo"]),
            ("Shipping Clerk", "Irtysh Rail Service JSC", "07.2015 – 02.2017 · Pavlodar",
             ["Rail waybills, wagon tracking and demurrage reports"])):
        cell_add(R, title, b=True, after=0)
        cell_add(R, org, after=0)
        cell_add(R, meta, i=True, color="555555", after=1)
        for it in items:
            cell_add(R, "• " + it, size=9.5, after=1)
        cell_add(R, "", after=2)
    cell_add(R, "EDUCATION", b=True, color="1F4E79", after=2)
    cell_add(R, "Bachelor's degree in Transport Logistics", b=True, after=0)
    cell_add(R, "Zhetysu Transport Academy, Almaty · 2011 – 2015", after=0)
    docx_save(d, path, "Aigerim Sadykova")


def r24_yu_ting_lin_docx(path):
    """Taiwanese engineer's resume: contact in the page header, experience summary as a Word table with a header
    row (Company / Position / Location / Period, 'YYYY/MM – present'), then work details per company, skills
    table, patents, education."""
    d = docx_new("Arial", 10, margins=(2.2, 1.8, 1.8, 1.8))
    header_para(d, "Yu-Ting Lin  |  Hsinchu City, Taiwan  |  +886 912 555 730  |  yuting.lin@example.tw", 8.5,
                align="r")
    P(d, "Yu-Ting Lin (林宇婷)", b=True, size=20, after=0)
    P(d, "Process Integration Engineer — 28nm/16nm logic", color="555555", after=8)
    heading(d, "Experience Summary", color="7030A0")
    rows = [("Company", "Position", "Location", "Period"),
            ("Formosa Crest Semiconductor Co., Ltd.", "Senior Process Integration Engineer", "Hsinchu",
             "2021/07 – present"),
            ("Formosa Crest Semiconductor Co., Ltd.", "Process Engineer II", "Hsinchu", "2019/01 – 2021/06"),
            ("Jade Mountain Optoelectronics Corp.", "Equipment Engineer", "Taichung", "2016/08 – 2018/12")]
    t = new_table(d, 4, 4, [5.6, 5.2, 2.4, 3.8], borders={"color": "999999"})
    for i, row in enumerate(rows):
        for j, s in enumerate(row):
            cell(t.cell(i, j), s, b=(i == 0), fill="E4DFEC" if i == 0 else None, size=9.5)
    heading(d, "Work Details", color="7030A0")
    for org, items in (("Formosa Crest Semiconductor Co., Ltd.", [
            "Owner of the BEOL yield module for 16nm; raised line yield from 91.2% to 95.8%",
            "Led 8D investigations for 14 customer returns; closed all within target",
            "Built JMP and Python scripts that flag SPC excursions 6 hours earlier"]),
            ("Jade Mountain Optoelectronics Corp.", [
                "Kept MOCVD uptime above 93% on 12 tools; wrote PM procedures"])):
        P(d, org, b=True, before=4, after=1)
        bullets(d, items)
    heading(d, "Technical Skills", color="7030A0")
    t = new_table(d, 2, 3, [5.6, 5.6, 5.8], borders={"color": "CCCCCC"})
    for i, s in enumerate(("SPC", "FMEA", "8D", "JMP", "Python", "DOE")):
        cell(t.cell(i // 3, i % 3), s)
    heading(d, "Patents", color="7030A0")
    P(d, "TW Patent I8xxxxx — Method for reducing via resistance variation (co-inventor, 2023)")
    heading(d, "Education", color="7030A0")
    P(d, "M.S. Materials Science and Engineering, Zhuqian Tech University, 2016")
    P(d, "B.S. Chemical Engineering, Zhuqian Tech University, 2014")
    heading(d, "Languages", color="7030A0")
    P(d, "Mandarin (native), Taiwanese Hokkien (native), English (TOEIC 880), Japanese (JLPT N3)")
    docx_save(d, path, "Yu-Ting Lin")


# =========================================================================================================
# plain-text and Markdown documents
# =========================================================================================================
TEXTS = {}

TEXTS["resumes/r03_deshawn_carter_bell.txt"] = """\
DeShawn Carter-Bell
Forklift Operator / Warehouse Lead
Memphis, TN 38118
deshawn.cb@example.com
+1 901 555 0147

Reliable warehouse lead with 8 years in high-volume distribution. Safety first, no lost-time incidents.

Authorized to work in the US for any employer

Work Experience

Warehouse Lead
Riverbend Distribution Co. - Memphis, TN
November 2020 to Present

- Lead a second-shift crew of 14 associates across receiving, putaway and outbound
- Raised pick accuracy from 98.1% to 99.6% by re-slotting 2,000 fast movers
- Train new hires on reach trucks and RF scanners; run daily safety huddles

Forklift Operator
Delta Freight Services, LLC - Olive Branch, MS
March 2017 to October 2020

- Loaded and unloaded 30+ trailers per shift with sit-down and stand-up forklifts
- Cycle counted high-value locations and resolved inventory variances

Order Picker
Bluff City Grocers - Memphis, TN
June 2015 to February 2017

- Picked grocery orders using voice picking at 115% of standard

Education

Certificate in Supply Chain Management
Shelby Plains Community College - Memphis, TN
2018 to 2019

High School Diploma
Whitehaven Central High School - Memphis, TN
2010 to 2014

Skills

• Forklift (8 years)
• Inventory control (5 years)
• RF scanning
• Warehouse management systems (4 years)
• Shipping & receiving
• OSHA regulations

Certifications and Licenses

OSHA 10
January 2021 to Present

Forklift Certification
March 2017 to Present

Assessments

Warehouse Safety — Highly Proficient
July 2023

Indeed Assessments provides skills tests that are not indicative of a license or certification, or continued
development in any professional field.
"""

TEXTS["resumes/r04_florencia_ibarra_quiroga.md"] = """\
<!-- GitHub profile README: github.com/florib -->
# Hola, soy Flor 👋

### Florencia Ibarra Quiroga · Data Scientist · Buenos Aires, Argentina

[![LinkedIn](https://img.shields.io/badge/LinkedIn-florenciaibarra-blue)](https://linkedin.com/in/florenciaibarra)
[![Email](https://img.shields.io/badge/mail-flor.ibarra%40example.com.ar-red)](mailto:flor.ibarra@example.com.ar)
![Profile views](https://komarev.com/ghpvc/?username=florib)

I build forecasting and pricing models for retail and fintech, and I like my pipelines boring and my plots honest.
Currently mentoring at a women-in-data meetup in CABA. 🧉

## 💼 Experience

- 🏢 **Senior Data Scientist** @ [Pampa Analytics S.A.](https://example.com/pampa) — Buenos Aires · `2022-03 → present`
  - Demand-forecasting service for 900 stores; MAPE down from 31% to 19%
  - Led the migration of 40 notebooks into dbt + Airflow jobs on BigQuery
- 🏢 **Data Scientist** @ Mercado Austral S.R.L. — Córdoba · `2019-08 → 2022-02`
  - Credit-risk scorecards for a BNPL product with 250k monthly applications
  - A/B testing framework used by 6 product squads
- 🏢 **Data Analyst Intern** @ Cooperativa Litoral Ltda. — Rosario · `2018-09 → 2019-06`
  - Churn dashboards in R Shiny for the member services team

## 🛠️ Tech stack

`Python` `R` `SQL` `scikit-learn` `PyTorch` `dbt` `BigQuery` `Airflow`

## 📌 Pinned projects

| Project | What it does | ⭐ |
|---|---|---|
| [**tango-forecast**](https://github.com/florib/tango-forecast) | Hierarchical time-series forecasting helpers for pandas | 412 |
| [**subte-delays**](https://github.com/florib/subte-delays) | Scrapes and models Buenos Aires subway delays | 138 |

## 🎓 Education

Licenciatura en Ciencias de la Computación — Universidad del Río Austral, 2019

## 📊 GitHub stats

![stats](https://github-readme-stats.example.app/api?username=florib&show_icons=true)
"""

TEXTS["resumes/r08_tamika_grant_morrison.txt"] = """\
=====================================================================
                         TAMIKA GRANT-MORRISON
          Negril, Westmoreland, Jamaica  |  (876) 555-0193
                  tamika.grantmorrison@example.com
=====================================================================

PROFILE
-------
Warm, organised food & beverage supervisor with ten years in all-inclusive
resorts. Known for calm service under pressure and for training new staff.

PROFESSIONAL EXPERIENCE
-----------------------

Coral Cove Resort & Spa Ltd. -- Negril, Westmoreland

  Food & Beverage Supervisor ..................... May 2019 - Present
    * Supervise 3 outlets (220 covers) and a team of 26 servers and bartenders
    * Raised guest satisfaction scores for dining from 82% to 91%
    * Prepare weekly rosters and control beverage cost (kept under 21%)

  Senior Server .................................. Nov 2016 - Apr 2019
    * Trained 15 new servers on Micros POS and wine service
    * Employee of the Quarter, Q3 2018

Blue Mahoe Hotel -- Ocho Rios, St. Ann

  Bartender ...................................... Jun 2013 - Oct 2016
    * Mixed and served at the pool and lobby bars; handled cash and card sales

Cape Harbor Inn -- Ocean City, MD, USA (J-1 Summer Work Travel)

  Line Server .................................... Summer 2012
    * Breakfast and lunch service for a 180-seat seafood restaurant

CORE COMPETENCIES
-----------------
  * Guest relations          * Micros POS
  * Wine service             * Cash handling
  * Staff training           * Food safety

EDUCATION
---------
  Associate of Science in Hospitality Management
  Cornwall Hills Community College, Montego Bay ............. 2013

  CSEC: 7 subjects including English A and Mathematics ...... 2009

CERTIFICATIONS
--------------
  NVQ-J Level 2 Food & Beverage Service (HEART/NSTA Trust)
  Food Handler's Permit (current)

REFERENCES
----------
  Available upon request.
"""

TEXTS["resumes/r11_valeria_ospina_restrepo.md"] = """\
# Valeria Ospina Restrepo

**Location:** Medellín, Colombia · **Portfolio:** valeriaospina.example.co · **Email:** valeria.ospina@example.co
**Phone:** +57 310 555 2281 · **Languages:** Español (nativo), English (C1), Português (B1)

> 💡 Product designer who turns messy onboarding and payments flows into things people finish. Open to remote
> roles in US time zones.

## Experiencia / Experience

| Period | Role | Company | City |
| --- | --- | --- | --- |
| Feb 2022 – Present | Senior Product Designer | Guadua Digital S.A.S. | Medellín |
| Jul 2019 – Jan 2022 | UX/UI Designer | Cafetal Tech S.A.S. | Bogotá |
| Jan 2018 – Jun 2019 | Graphic Designer | Estudio Orquídea | Medellín |

### Highlights

- **Guadua Digital** — Lead designer for the SME lending app; completion of the onboarding flow went from 41% to 68%.
  Built the design system (120 components) with two front-end engineers.
- **Cafetal Tech** — Redesigned the merchant dashboard for 15,000 coffee growers' cooperatives; ran 30+ usability
  sessions in rural Huila and Caldas.
- **Estudio Orquídea** — Brand identities and packaging for local food brands.

## Toolbox

> 🧰 Figma · FigJam · Maze · Adobe Illustrator · Webflow · Design systems · Usability testing

## Case studies

1. [Pyme Onboarding Redesign](https://valeriaospina.example.co/pyme) — from 14 screens to 6, +27 pts completion
2. [Cable Line Wayfinding](https://valeriaospina.example.co/cable) — signage concept for a cable-car line, student award

## Educación / Education

- Profesional en Diseño Gráfico — Universidad de la Montaña Antioqueña, 2017
- Diplomado en UX Research (online, 120 h), 2020
"""

TEXTS["resumes/r15_aino_rasanen.txt"] = """\
AINO RÄSÄNEN
Class teacher, M.Ed.
Tampere, Finland · +358 40 555 7720 · aino.rasanen@example.fi
Date of birth 3.5.1988 · Languages: Finnish (native), Swedish (good), English (fluent)


WORK EXPERIENCE

2019–          Class Teacher, Tammela International School, Tampere
               Homeroom teacher for grades three to six in the English-medium
               programme. I plan phenomenon-based modules with colleagues and
               coordinate the school's outdoor-learning days.

2015–2019      Special Education Teacher, Kaleva Education Oy, Tampere
               Part-time special education in small groups and co-teaching in
               mainstream classes; wrote individual learning plans with families.

2013–2015      Substitute Teacher, Näsijärvi Education Foundation sr, Tampere
               Long-term substitutions in primary classes and in preparatory
               education for immigrant pupils.


EDUCATION

2008–2013      M.Ed., Primary Teacher Education
               Pirkanmaa University of Education
               Minor subject: special education

2007           Matriculation examination, Hervannan lukio


SKILLS

Differentiated instruction; Phenomenon-based learning; Special needs support;
Outdoor education; Wilma; Google Classroom


POSITIONS OF TRUST

2020–          Member of the school's wellbeing team
2017–2019      Board member, local teachers' association


REFERENCES

Principal Heikki Laaksonen, Tammela International School (contact on request)
"""

TEXTS["resumes/r17_anish_maharjan.md"] = """\
Anish Maharjan
==============

DevOps / Site Reliability · Lalitpur, Nepal · anish.maharjan@example.com.np · +977 985-5551234 ·
[github.com/anishm](https://github.com/anishm)

Summary
-------

DevOps engineer running Kubernetes for payment and e-commerce platforms in Nepal. I automate the boring parts
and write the runbooks nobody else wants to.

Experience
----------

### Himalayan Cloud Pvt. Ltd. — Lalitpur

**Senior DevOps Engineer** · Jan 2023 – Present *(Poush 2079 – present)*

- Run 6 production Kubernetes clusters (EKS and on-prem) for 30+ client workloads
- Cut monthly AWS spend by 28% with rightsizing and spot node groups

**DevOps Engineer** · Jul 2021 – Dec 2022 *(Shrawan 2078 – Poush 2079)*

- Moved 40 services from VMs to Helm charts and GitHub Actions pipelines
- Set up Prometheus and Grafana alerting; MTTR down from 3 h to 40 min

### Gandaki Fintech Pvt. Ltd. — Pokhara

**System Administrator** · Mar 2018 – Jun 2021

- Managed Linux servers, backups and VPN for a remittance platform serving 200k users
- Automated server builds with Ansible

### Sagarmatha Netlink Pvt. Ltd. — Kathmandu

**Network Support Intern** · Sep 2017 – Feb 2018

- Fibre customer support and router configuration

Skills
------

**Cloud:** AWS, DigitalOcean · **IaC:** Terraform, Ansible · **Containers:** Docker, Kubernetes, Helm ·
**CI/CD:** GitHub Actions, Jenkins · **Monitoring:** Prometheus, Grafana

Projects
--------

- [nepse-exporter](https://github.com/anishm/nepse-exporter) — Prometheus exporter for stock-exchange market data
- [sewa-bot](https://github.com/anishm/sewa-bot) — Slack bot that opens on-call incidents and status pages

Education
---------

BE Computer Engineering, Bagmati Institute of Engineering, 2017

Certifications
--------------

Certified Kubernetes Administrator (CKA), 2022 · AWS Certified SysOps Administrator – Associate, 2021
"""

TEXTS["resumes/r20_dora_szilagyi.txt"] = """\
Dóra Szilágyi
Senior Product Manager at Tisza Pay | Payments | Fintech
Budapest, Budapest, Hungary  Contact info
500+ connections

Open to work
Product Manager roles

About
Product manager for payments products used by 2 million people in Hungary and Romania. I care about checkout
conversion, fraud that nobody notices, and teams that ship every week.

Activity
1,204 followers
Dóra Szilágyi reposted this • 2w
Show all posts

Experience
Tisza Pay Zrt. logo
Tisza Pay Zrt.
Tisza Pay Zrt.
Full-time · 4 yrs 3 mos
Full-time · 4 yrs 3 mos
Budapest, Hungary
Budapest, Hungary
Senior Product Manager
Senior Product Manager
Jan 2022 - Present · 2 yrs 6 mos
Jan 2022 - Present · 2 yrs 6 mos
Own the card-acquiring checkout for 14,000 merchants. Raised authorisation rate by 3.1 points with network tokens.
Skills: Product Management · Payments
Product Manager
Product Manager
Apr 2020 - Dec 2021 · 1 yr 9 mos
Apr 2020 - Dec 2021 · 1 yr 9 mos
Launched instant bank transfers (AFR) in the consumer app; 600k users in the first year.
Duna Szoftver Kft. logo
Business Analyst
Business Analyst
Duna Szoftver Kft. · Full-time
Duna Szoftver Kft. · Full-time
Sep 2017 - Mar 2020 · 2 yrs 7 mos
Sep 2017 - Mar 2020 · 2 yrs 7 mos
Budapest, Hungary
Budapest, Hungary
Requirements and SQL analysis for core-banking integrations at 5 Hungarian banks.
Balaton Telecom Nyrt. logo
Product Intern
Product Intern
Balaton Telecom Nyrt. · Internship
Balaton Telecom Nyrt. · Internship
Jul 2016 - Dec 2016 · 6 mos
Jul 2016 - Dec 2016 · 6 mos
Debrecen, Hajdú-Bihar, Hungary
Debrecen, Hajdú-Bihar, Hungary
Show all 4 experiences

Education
Pest Hill University of Economics logo
Pest Hill University of Economics
Pest Hill University of Economics
Master's degree, Finance
Master's degree, Finance
2015 - 2017
2015 - 2017
Pest Hill University of Economics
Pest Hill University of Economics
Bachelor's degree, Business Informatics
Bachelor's degree, Business Informatics
2012 - 2015
2012 - 2015

Licenses & certifications
Professional Scrum Product Owner I (PSPO I)
Scrum.org
Issued Mar 2019

Skills
Product Management
Product Management
Endorsed by 12 colleagues at Tisza Pay Zrt.
Payments
Payments
Agile Methodologies
Agile Methodologies
SQL
SQL
Jira
Jira
User Research
User Research
Show all 23 skills

Languages
Hungarian
Native or bilingual proficiency
English
Full professional proficiency
German
Limited working proficiency

People also viewed
Gergő Tóth · 2nd
Product Lead at Kolibri Bank
"""

TEXTS["resumes/r21_grace_nakato_ssempijja.md"] = """\
**CURRICULUM VITAE**

**GRACE NAKATO SSEMPIJJA**

Plot 14, Kahinju Road, Fort Portal \\| +256 772 555 019 \\| grace.ssempijja@example.ug

**PERSONAL PROFILE**

A committed monitoring and evaluation specialist with nine years of experience in community health programmes,
HIV and maternal health data systems in Western and Eastern Uganda.

**WORK EXPERIENCE**

**Employer:** Rwenzori Community Health Initiative

**Position:** Monitoring and Evaluation Officer

**Duration:** August 2019 -- To date

**Duty station:** Fort Portal

**Key responsibilities:**

-   Manage the DHIS2 reporting of 48 health facilities and 600 village health teams

-   Designed KoboToolbox surveys for the maternal health baseline (n = 2,400 households)

-   Train district biostatisticians on data quality assessments

**Employer:** Lake Victoria Basin Health Alliance

**Position:** Data Officer

**Duration:** March 2016 -- July 2019

**Duty station:** Jinja

**Key responsibilities:**

-   Cleaned and analysed HIV programme data in Stata; quarterly donor reports

-   Supported the roll-out of ODK data collection to 12 sub-counties

**Employer:** Ankole Diocesan Health Services

**Position:** Records Assistant (Internship)

**Duration:** June 2015 -- February 2016

**Duty station:** Mbarara

**EDUCATION BACKGROUND**

  ------------------------------------------------------------------------
  **Year**      **Award**                                  **Institution**
  ------------- ------------------------------------------ ---------------
  2019          Master of Public Health                    Nile Crest University

  2014          Bachelor of Environmental Health Science   Nile Crest University

  2009          Uganda Advanced Certificate of Education   Kabarole Hill Secondary School
  ------------------------------------------------------------------------

**COMPUTER SKILLS**

DHIS2, Stata, KoboToolbox, ODK, Microsoft Excel, Power BI

**LANGUAGES**

English (fluent), Luganda (native), Rutooro (good), Kiswahili (fair)

**REFEREES**

1.  Dr. Moses Tumwine, Executive Director, Rwenzori Community Health Initiative, +256 701 555 330

2.  Ms. Harriet Akello, Programme Manager, Lake Victoria Basin Health Alliance, +256 782 555 417
"""

TEXTS["job_descriptions/jd01_ironbark_mutual_senior_data_analyst.txt"] = """\
Skip to content
SEEK
Job search   Profile   Career advice   Company reviews
Sign in   Employer site

Keywords: data analyst     Classification: Any     Where: All Melbourne VIC     SEEK

< Back to search results

Senior Data Analyst
Ironbark Mutual
4.1 ★ 37 reviews · View all jobs
Melbourne VIC (Hybrid)
Insurance & Superannuation (Analysis & Reporting)
Full time
$125,000 – $140,000 per year + super
Posted 4d ago
Quick apply    Save

About the role
Ironbark Mutual is a member-owned health and life insurer looking after 320,000 Australians. Our Member
Insights team is growing and we need a Senior Data Analyst to own claims and retention analytics, partner with
product owners and mentor two analysts.

What you'll do
• Build and maintain Power BI reporting on claims, lapses and member experience
• Turn ambiguous business questions into analysis the executive team can act on
• Improve data quality with our data engineers in Snowflake

About you
Must have:
• 5+ years in data analysis, ideally in insurance or financial services
• Advanced SQL
• Power BI or Tableau
• Experience presenting insights to senior stakeholders

Nice to have:
• Python or R
• Experience with Snowflake
• Knowledge of APRA reporting

Why Ironbark?
• Hybrid: two days a week in our Collins Street office
• 17.5% leave loading and a member discount on cover
• Study support and paid volunteering day

Ironbark Mutual is an equal opportunity employer. Aboriginal and Torres Strait Islander people are strongly
encouraged to apply.

Employer questions
Your application will include the following questions:
• Which of the following statements best describes your right to work in Australia?
• How many years' experience do you have as a data analyst?

Be careful
Don't provide your bank or credit card details when applying for jobs.
Learn how to protect yourself    Report this job ad

Similar jobs
Data Analyst · Bayside Health Fund · Melbourne VIC
Lead Data Analyst · Eucalypt Bank · Docklands, Melbourne VIC
Insights Analyst · Coolabah Retail · Richmond, Melbourne VIC
"""

TEXTS["job_descriptions/jd02_kelpwise_senior_platform_engineer.md"] = """\
# 🛠️ Senior Platform Engineer

| Property | Value |
| --- | --- |
| Team | Infrastructure |
| Location | Remote (Europe, UTC−1 to UTC+3) |
| Type | Full-time |
| Status | 🟢 Open |
| Hiring manager | Ines (VP Engineering) |

> 💡 **TL;DR** — Kelpwise builds software that helps seaweed and shellfish farms forecast harvests. We're 24
> people, Series A, and our platform runs on a single Kubernetes cluster that now needs a grown-up. That's you.

## About Kelpwise

At Kelpwise we turn satellite, buoy and farm-log data into harvest forecasts for 300 farms in Norway, Ireland,
Scotland and Chile. We're profitable on our core product and raised our Series A in 2024.

## What you'll do

- Own our AWS infrastructure and the Kubernetes platform the product teams deploy to
- Build golden paths: templates, CI pipelines and observability that make the right thing the easy thing
- Lead incident reviews and set SLOs with product engineers

## You'll need

- 5+ years running production infrastructure
- Deep experience with Kubernetes
- Infrastructure as code with Terraform
- Strong Linux and networking fundamentals
- Clear written communication (we're remote-first and async)

## Bonus points

- Experience with ArgoCD or Flux
- Time-series databases (TimescaleDB, InfluxDB)
- You've been the first platform hire somewhere before

## Stack

`AWS` `EKS` `Terraform` `GitHub Actions` `Grafana` `Python` `Go`

## Process

1. 30-min intro call with Ines
2. Take-home (max 3 h, paid) or a walkthrough of something you've built
3. Systems design conversation with two engineers
4. Meet the founders

## Comp

€85k–€105k + 0.3–0.5% equity · 30 days holiday · €1,500 learning budget · yearly off-site (last one: Lofoten)

---
*Last edited by Ines · Kelpwise Hiring Wiki / Open roles*
"""

TEXTS["job_descriptions/jd04_unnamed_3pl_warehouse_team_leader.txt"] = """\
reed.co.uk
Jobs   Courses   Career advice   Recruiters
Home > Warehouse jobs > Warehouse team leader jobs in Nuneaton

Warehouse Team Leader
Posted 19 June by Ashgrove Recruitment Ltd    Featured
£28,500 - £31,000 per annum
Nuneaton, Warwickshire
Permanent, full-time
Apply now     Save

Ashgrove Recruitment are delighted to be working with our client, a leading third-party logistics provider, to
recruit a Warehouse Team Leader for their 400,000 sq ft ambient site near Junction 3 of the M6.

Shift: 4 on 4 off, days (06:00 - 18:00)

The role
- Lead a team of 20 to 25 operatives across goods in, replenishment and despatch
- Hit productivity and accuracy targets and report them at shift handover
- Carry out return-to-work interviews, inductions and toolbox talks

Essential requirements
- At least 2 years' experience in a supervisory role in a warehouse
- Counterbalance or reach truck licence
- Confident with a WMS and Microsoft Excel
- Flexible to cover overtime at peak

Desirable
- IOSH Managing Safely
- Experience in a 3PL environment

What's on offer
- Shift allowance and overtime at time and a half
- 28 days holiday including bank holidays
- Free parking and on-site canteen

Ashgrove Recruitment Ltd is acting as an employment agency in relation to this vacancy.

Apply now
Similar jobs
Warehouse Supervisor - Hinckley
Shift Manager - Coventry
Transport Team Leader - Rugby
"""

TEXTS["job_descriptions/jd06_larkspur_books_machine_learning_engineer_search.md"] = """\
![Larkspur Books](https://boards.example.io/larkspur/logo.png)

# Machine Learning Engineer, Search

**Larkspur Books** · Remote — Europe · Engineering · Full-time

[Apply for this job](#app)

---

Larkspur Books is an independent online bookshop and reading app with 2.3 million readers across Europe. Our
Search & Discovery team decides what a reader sees when they type "something like The Secret History but set at
sea" - and we'd like that answer to be better.

## What you'll work on

- Ranking and retrieval models for search and recommendations (hybrid lexical + vector)
- Offline evaluation and A/B experiments together with our data scientists
- Serving models at low latency with the platform team

## What we're looking for

- 4+ years building machine learning systems in production
- Strong Python
- Experience with search ranking or recommender systems
- Experience with PyTorch or TensorFlow
- Comfort with SQL and large datasets

## Nice to have

- Elasticsearch or OpenSearch
- Vector databases
- Multilingual NLP

## Benefits

- Salary €78,000 – €96,000 depending on location and experience
- A book allowance of €50 a month (obviously)
- Work from anywhere in our European hiring countries

We welcome applicants of all backgrounds and will make reasonable adjustments at every stage.

---

Powered by Boardwalk ATS · [Privacy policy](#)
"""

TEXTS["job_descriptions/jd07_maplestone_retail_group_junior_financial_analyst.txt"] = """\
LinkedIn
Home   My Network   Jobs   Messaging   Notifications   Me   For Business   Try Premium for £0

Maplestone Retail Group
Junior Financial Analyst
Leeds, England, United Kingdom · 2 weeks ago · Over 100 applicants
Promoted by hirer · Responses managed off LinkedIn
Hybrid   Full-time   Entry level
1,001-5,000 employees · Retail
See how you compare to over 100 other applicants. Try Premium for £0
Apply   Save

Meet the hiring team
Rachel Dunmore
Finance Business Partner at Maplestone Retail Group
Message

About the job
Maplestone Retail Group runs 180 home and garden stores across the North of England and Scotland. We are looking
for a Junior Financial Analyst to join our commercial finance team at our Leeds support centre.

Your responsibilities
• Prepare weekly sales and margin reporting for the trading teams
• Support the monthly forecast and variance commentary
• Build and improve Excel models and Power BI dashboards

What we need from you
• A degree in finance, economics, mathematics or a related subject
• Strong Excel skills (lookups, pivot tables)
• Up to 1 year of experience in a finance or analyst role, including placements
• Good communication skills and curiosity about retail

Desirable
• Studying towards CIMA or ACCA
• Experience with Power BI

What we offer
• Study support for CIMA / ACCA
• 25% colleague discount
• Hybrid working: 3 days in the office

Show more

Set alert for similar jobs
Financial Analyst, Leeds, England, United Kingdom
Set alert

About the company
Maplestone Retail Group
24,518 followers   Follow
Retail · 1,001-5,000 employees · 2,212 on LinkedIn

More jobs
Senior Financial Analyst · Harrowgate Foods · Harrogate (Hybrid)
Management Accountant · Calder Homes · Wakefield
Finance Business Partner · Maplestone Retail Group · Leeds
"""

TEXTS["job_descriptions/jd10_rheinbogen_consulting_junior_sap_fi_co_consultant.txt"] = """\
StepStone
Jobs finden   Unternehmen   Gehalt   Karriereberatung   Für Arbeitgeber   Anmelden

Startseite > Jobs > SAP Berater > Düsseldorf

Rheinbogen Consulting GmbH
Junior SAP FI/CO Consultant (m/w/d)
Düsseldorf
Feste Anstellung
Vollzeit
Home-Office möglich
erschienen: vor 3 Tagen
Jetzt bewerben     Merken

Über uns
Rheinbogen Consulting GmbH is an SAP partner with 140 consultants in Düsseldorf, Köln and Wien. We implement
SAP S/4HANA Finance for mid-sized manufacturers and retailers across the DACH region.

Ihre Aufgaben / Your tasks
• Support customising of SAP FI and CO in S/4HANA projects
• Test, document and train key users
• Grow into a consultant role with your own modules within two years

Ihr Profil / Your profile
• Degree in business administration, business informatics or a comparable field
• First experience with SAP FI/CO, e.g. from an internship or working student job
• Good knowledge of accounting and cost accounting
• Fluent German and good English
• Willingness to travel up to 40%

Nice to have
• SAP certification (C_TS4FI)
• Knowledge of SQL or ABAP

Wir bieten / We offer
• Structured onboarding and SAP academy
• 30 Tage Urlaub, company car from the second year
• Mobile working up to 3 days a week

Kontakt: Frau Leonie Brandt, Talent Acquisition, +49 211 555 3300

Jetzt bewerben
Ähnliche Jobs
SAP FI/CO Berater (m/w/d) · Neuss
Consultant SAP S/4HANA Finance (m/w/d) · Köln
"""

TEXTS["job_descriptions/jd11_tucan_pagos_mid_level_go_developer.md"] = """\
📣 **We're hiring: Mid-level Go Developer** 🐹

Tucán Pagos is growing! We process payments for 9,000 online stores in Colombia, Peru and Ecuador, and our
backend team (12 engineers, Bogotá + remote LATAM) is looking for one more Gopher.

🌎 Remote (LATAM) or hybrid in Bogotá · 💰 USD 3,800 – 4,800/month (contractor) or COP equivalent · 🗓️ Start: ASAP

**What you'll do**
- Build and run payment APIs in Go (PSE, cards, Nequi-style wallets)
- Work on idempotency, reconciliation and webhooks that never lose an event
- Be on call one week in six (paid)

**Must have** ✅
- 3+ years of backend development, at least 1 in Go
- PostgreSQL
- REST APIs and message queues
- Conversational English

**Nice to have** ➕
- Experience in payments or fintech
- Kubernetes
- gRPC

Interested? Apply at careers.tucanpagos.example/go or DM me 💬 Referrals welcome!

#hiring #golang #backend #fintech #remotelatam #colombia
"""


def write_texts():
    for rel, body in TEXTS.items():
        with open(os.path.join(HERE, rel), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(body)
        print("  wrote", os.path.basename(rel))


# =========================================================================================================
# job descriptions: DOCX and PDF
# =========================================================================================================
def jd03_university_of_westmarch_nursing_lecturer(path):
    """University HR template: particulars table, role purpose, duties, person specification as a table with
    Essential / Desirable columns."""
    d = docx_new("Arial", 10.5)
    P(d, "UNIVERSITY OF WESTMARCH", b=True, size=14, color="4B2E83", after=0)
    P(d, "Further Particulars", size=11, color="4B2E83", after=8)
    t = new_table(d, 6, 2, [5.0, 12.0], borders={"color": "999999"})
    for i, (k, v) in enumerate((("Job title", "Nursing Lecturer"), ("Faculty", "Health & Life Sciences"),
                                ("School", "School of Nursing and Midwifery"), ("Grade", "Grade 8 (£45,585 – £54,395)"),
                                ("Contract", "Permanent, full-time (part-time considered)"),
                                ("Reference", "UW-2024-117"))):
        cell(t.cell(i, 0), k, b=True, fill="EDE7F6")
        cell(t.cell(i, 1), v)
    heading(d, "Purpose of the role", color="4B2E83")
    P(d, "The University of Westmarch seeks a Nursing Lecturer to teach on the pre-registration BSc and MSc Adult "
         "Nursing programmes, support students in practice and contribute to the school's research on "
         "community care.", align="j")
    heading(d, "Main duties", color="4B2E83")
    bullets(d, ["Plan, deliver and assess teaching, including simulation", "Act as academic assessor and personal "
                "tutor", "Work with NHS practice partners on placement quality", "Contribute to scholarship and "
                "research bids"])
    heading(d, "Person specification", color="4B2E83")
    t = new_table(d, 3, 2, [8.5, 8.5], borders={"color": "999999"})
    cell(t.cell(0, 0), "Essential", b=True, fill="EDE7F6")
    cell(t.cell(0, 1), "Desirable", b=True, fill="EDE7F6")
    for s in ("Registered Nurse (Adult) with the NMC", "At least three years' post-registration clinical experience",
              "A master's degree in nursing or a related subject", "Experience of teaching or supporting learners in practice"):
        cell_add(t.cell(1, 0), "• " + s)
    for s in ("Teaching qualification or Fellowship of the HEA", "Doctorate or working towards one",
              "Experience of simulation-based education"):
        cell_add(t.cell(1, 1), "• " + s)
    cell(t.cell(2, 0), "Assessed at: application (A), interview (I)", i=True, size=9)
    heading(d, "How to apply", color="4B2E83")
    P(d, "Apply online by 23:59 on 14 July 2024 quoting UW-2024-117. Informal enquiries to Dr Helen Ashworth, Head "
         "of Adult Nursing. The University of Westmarch is committed to equality, diversity and inclusion.")
    docx_save(d, path, "HR Services")


def jd08_caldicott_marsh_commercial_property_paralegal(path):
    """Law-firm job description on a DOCX template: labelled fields table (Job Title / Department / Reports to /
    Location / Firm), key responsibilities, 'Skills and experience required' and 'Desirable' lists."""
    d = docx_new("Calibri", 11)
    P(d, "JOB DESCRIPTION", b=True, size=16, color="1F3864", after=6)
    t = new_table(d, 5, 2, [4.5, 12.5], borders={"color": "1F3864"})
    for i, (k, v) in enumerate((("Job Title:", "Commercial Property Paralegal"), ("Department:", "Real Estate"),
                                ("Reports to:", "Partner, Real Estate"), ("Location:", "Bristol (hybrid)"),
                                ("Firm:", "Caldicott Marsh LLP"))):
        cell(t.cell(i, 0), k, b=True, fill="D9E2F3")
        cell(t.cell(i, 1), v)
    heading(d, "Main purpose of the job", color="1F3864")
    P(d, "To support the real estate team with a varied commercial property caseload for retail, investor and "
         "charity clients.")
    heading(d, "Key responsibilities", color="1F3864")
    bullets(d, ["Draft leases, licences and transfers from precedents", "Carry out searches, SDLT returns and "
                "Land Registry applications", "Manage completion and post-completion matters", "Keep files and "
                "the case management system up to date"])
    heading(d, "Skills and experience required", color="1F3864")
    bullets(d, ["At least 1 year of experience in a property department", "A law degree or CILEx qualification",
                "Excellent attention to detail", "Good working knowledge of Microsoft Office"])
    heading(d, "Desirable", color="1F3864")
    bullets(d, ["Experience of commercial leases", "Knowledge of Land Registry portal"])
    heading(d, "What we offer", color="1F3864")
    P(d, "Salary £26,000 – £30,000, 25 days holiday, pension, support towards CILEx or SQE. Caldicott Marsh LLP "
         "is authorised and regulated by the Solicitors Regulation Authority.")
    docx_save(d, path, "HR")


def jd12_ashcombe_park_school_teacher_of_mathematics(path):
    """School advert with a banner table: 'Teacher of Mathematics (MPS/UPS)', start date, the school, then
    'The successful candidate will have' / 'It would be an advantage if you have' lists, safeguarding."""
    d = docx_new("Calibri", 11)
    t = new_table(d, 1, 1, [17.0])
    shade(t.cell(0, 0), "0F5132")
    cell(t.cell(0, 0), "Ashcombe Park School", b=True, size=18, color="FFFFFF")
    cell_add(t.cell(0, 0), "“Learning together, achieving together”", i=True, color="FFFFFF")
    P(d, "Teacher of Mathematics (MPS/UPS)", b=True, size=16, before=10, after=2)
    P(d, "Required for September 2024  ·  Full-time, permanent  ·  Salary: MPS/UPS + TLR available for the "
         "right candidate", size=10, color="555555", after=8)
    P(d, "Ashcombe Park School is an oversubscribed 11–18 comprehensive of 1,250 students. Our mathematics "
         "department of eleven specialists achieves results well above the national average and we are "
         "expanding our A level offer.", align="j")
    heading(d, "The successful candidate will have", color="0F5132", rule=False)
    bullets(d, ["Qualified Teacher Status", "At least two years' experience teaching mathematics at secondary level",
                "The ability to teach mathematics to GCSE", "A commitment to safeguarding"])
    heading(d, "It would be an advantage if you have", color="0F5132", rule=False)
    bullets(d, ["Experience of teaching A level Mathematics or Further Mathematics", "Experience of running a "
                "maths club or competition team"])
    heading(d, "We offer", color="0F5132", rule=False)
    bullets(d, ["A supportive department with shared schemes of work", "CPD including an NPQ route",
                "Cycle to work scheme and on-site parking"])
    P(d, "Closing date: Monday 10 June 2024, 9am. Interviews: w/c 17 June.", b=True, before=6)
    P(d, "Ashcombe Park School is committed to safeguarding and promoting the welfare of children and expects all "
         "staff to share this commitment. This post is subject to an enhanced DBS check.", i=True, size=9)
    docx_save(d, path, "Ashcombe Park School")


def jd05_savannah_palms_hotel_housekeeping_supervisor(path):
    """A4 'WE'RE HIRING!' flyer: diagonal colour band, big title, icons, two boxed lists, QR placeholder."""
    W, H = A4
    coral, navy = HexColor("#F0654A"), HexColor("#1B2A49")
    c = new_canvas(path, A4, "We're hiring - Housekeeping Supervisor", "Savannah Palms Hotel", "Canva")
    box(c, 0, 0, W, H, fill=HexColor("#FFF8F0"))
    p = c.beginPath()
    p.moveTo(0, H)
    p.lineTo(W, H)
    p.lineTo(W, H - 170)
    p.lineTo(0, H - 250)
    p.close()
    c.setFillColor(coral)
    c.drawPath(p, fill=1, stroke=0)
    text(c, "SAVANNAH PALMS HOTEL", 50, H - 60, "Sans-B", 13, WHITE)
    text(c, "Port of Spain · Trinidad and Tobago", 50, H - 76, "Sans", 9, WHITE)
    text(c, "WE'RE HIRING!", 50, H - 135, "Sans-B", 44, WHITE)
    text(c, "Housekeeping Supervisor", 50, H - 290, "Sans-B", 28, navy)
    text(c, "Full-time  ·  Rotating shifts incl. weekends  ·  Immediate start", 50, H - 312, "Sans", 10.5, navy)
    y = para_pdf(c, "Join the Savannah Palms Hotel team behind the friendliest rooms in Port of Spain. You will lead a team of room "
                    "attendants and make sure every one of our 164 rooms and suites is guest-ready.",
                 50, H - 330, W - 100, "Sans", 10.5, color=navy)

    def panel(x, top, w, title, items):
        h = 30 + 17 * len(items) + 14 * sum(len(i) > 38 for i in items)
        box(c, x, top - h, w, h, fill=WHITE, stroke=coral, width=1.2, r=8)
        text(c, title, x + 14, top - 22, "Sans-B", 12, coral)
        yy = top - 30
        for it in items:
            text(c, "✓", x + 14, yy - 10, "Sans-B", 10, coral)
            yy = para_pdf(c, it, x + 30, yy, w - 44, "Sans", 9.5, color=navy) - 5
        return top - h

    top = y - 20
    b1 = panel(50, top, 240, "WHAT YOU NEED", ["Minimum 2 years' housekeeping supervisory experience",
                                                 "Strong attention to detail", "Able to lead and motivate a team",
                                                 "Good computer skills"])
    b2 = panel(305, top, 240, "NICE TO HAVE", ["Experience with Opera PMS", "Food safety or first-aid certificate"])
    yb = min(b1, b2) - 30
    text(c, "WE OFFER", 50, yb, "Sans-B", 12, navy)
    para_pdf(c, "Competitive salary + service charge  ·  Meals on duty  ·  Group health plan  ·  Training and "
                "growth within the hotel", 50, yb - 6, W - 200, "Sans", 10, color=navy)
    box(c, W - 130, 60, 80, 80, stroke=navy, width=1)
    text(c, "QR", W - 90, 95, "Sans-B", 14, navy, "c")
    text(c, "Send your CV to careers@savannahpalms.example.tt", 50, 110, "Sans-B", 10.5, coral)
    text(c, "or drop it at the front desk, 12 Queen's Park West.", 50, 94, "Sans", 10, navy)
    text(c, "Applications close 30 June 2024", 50, 70, "Sans-I", 9, navy)
    c.save()


def jd09_harbourside_regional_council_senior_policy_advisor(path):
    """Public-sector position description (New Zealand style): logo band, 'Position description' facts table,
    purpose, key accountabilities, person specification Essential / Desirable, two pages with a footer."""
    W, H = A4
    sea = HexColor("#00577A")
    c = new_canvas(path, A4, "Position Description - Senior Policy Advisor", "Harbourside Regional Council",
                   "Microsoft Word")

    def footer(c_, n):
        text(c_, f"Harbourside Regional Council · Position description · Page {n} of 2", W / 2, 30, "Sans", 7.5,
             GREY, "c")

    box(c, 0, H - 70, W, 70, fill=sea)
    text(c, "Harbourside Regional Council", 50, H - 40, "Sans-B", 16, WHITE)
    text(c, "Te Kaunihera ā-Rohe o Te Whanga", 50, H - 56, "Sans-I", 9, WHITE)
    text(c, "POSITION DESCRIPTION", 50, H - 100, "Sans-B", 13, sea)
    y = grid(c, 50, H - 110, [150, W - 250], [
        ["Position title", "Senior Policy Advisor"], ["Group", "Strategy and Policy"],
        ["Reports to", "Manager, Policy"], ["Direct reports", "None"],
        ["Location", "Wellington (flexible working available)"], ["Salary band", "Band 17 ($104,300 – $127,500)"],
        ["Date", "May 2024"]], size=9)
    f = Flow(c, 50, W - 100, y - 10, bottom=60, new_page=lambda c_: (footer(c_, 2), H - 60)[1])

    def sec(t):
        f.gap(6)
        f.line(t, font="Sans-B", size=11, color=sea, after=4)

    sec("Purpose of the position")
    f.para("The Senior Policy Advisor leads the development of regional policy on freshwater, coastal hazards and "
           "climate adaptation, and provides free and frank advice to councillors and the executive team.", size=9.5)
    sec("Key accountabilities")
    f.bullets(["Lead complex policy projects from problem definition to council decision",
               "Prepare council reports, submissions on central government proposals and plan changes",
               "Engage with mana whenua, communities and stakeholders",
               "Coach and quality-assure the work of policy advisors"], size=9.5)
    sec("Person specification")
    f.line("Essential", font="Sans-B", size=9.5, after=3)
    f.bullets(["Relevant tertiary qualification in public policy, planning, environmental science or law",
               "At least six years' experience in public policy",
               "Excellent written and oral communication",
               "Understanding of the Resource Management Act and local government"], size=9.5)
    f.line("Desirable", font="Sans-B", size=9.5, after=3)
    f.bullets(["Experience working with iwi and hapū", "Knowledge of te reo Māori and tikanga",
               "Experience in climate adaptation policy"], size=9.5)
    sec("Working relationships")
    f.para("Internal: councillors, executive leadership team, science, planning and legal teams. External: "
           "mana whenua, central government agencies, territorial authorities, community groups.", size=9.5)
    sec("Health and safety")
    f.para("All employees take reasonable care of their own health and safety and that of others, and follow "
           "council procedures.", size=9.5)
    sec("How to apply")
    f.para("Apply through our careers site by 5pm, Friday 21 June 2024, with a CV and a cover letter. "
           "Harbourside Regional Council is an equal employment opportunities employer.", size=9.5)
    footer(c, 1 if c.getPageNumber() == 1 else 2)
    c.save()


# =========================================================================================================
# build lists
# =========================================================================================================
PDF_RESUMES = [r01_ondrej_kratochvil, r05_karen_chan_hoi_yan, r09_noemi_keller_rossi, r14_pimchanok_srisuwan,
               r19_katharina_steindl_pichler, r22_renzo_huaman_quispe]
DOCX_RESUMES = [r02_bronwyn_tallis, r07_sindre_haugland_eide, r10_eleanor_okonjo_pryce, r12_md_tanvir_hasan_bhuiyan,
                r16_jordan_alvarez_kim, r18_faisal_al_harbi, r23_mikkel_sogaard_thomsen]
CONVERTED = {"r06_ioana_madalina_stoica": r06_ioana_madalina_stoica_docx,
             "r13_aigerim_sadykova": r13_aigerim_sadykova_docx,
             "r24_yu_ting_lin": r24_yu_ting_lin_docx}
JD_DOCX = [jd03_university_of_westmarch_nursing_lecturer, jd08_caldicott_marsh_commercial_property_paralegal,
           jd12_ashcombe_park_school_teacher_of_mathematics]
JD_PDF = [jd05_savannah_palms_hotel_housekeeping_supervisor, jd09_harbourside_regional_council_senior_policy_advisor]


def main():
    if "--check" not in sys.argv:
        buildkit.build(RES, JDS, pdf_resumes=PDF_RESUMES, docx_resumes=DOCX_RESUMES, converted=CONVERTED,
                       jd_docx=JD_DOCX, jd_pdf=JD_PDF)
        write_texts()
    return buildkit.check_labels(HERE, FORMATS)


if __name__ == "__main__":
    sys.exit(main())
