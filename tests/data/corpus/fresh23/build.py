"""Rebuild every document of the twenty-third fresh set from the content held in this script, then check that
every labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh23/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh23/build.py --check   # check only

The set is about the people who use a mock-interview service most: students, new graduates, interns, bootcamp
graduates and career switchers into tech, data, product, design, finance and consulting, with resumes in the shapes
the popular templates produce (Jake's Resume and awesome-cv LaTeX, Google Docs, Canva two-column, moderncv on
Overleaf, LinkedIn "Save to PDF", plain text from a form, Markdown from a personal site), and internship, new-grad,
graduate-scheme and working-student job posts.

reportlab draws five resume PDFs (r01, r03, r08, r11, r17) and the two PDF job descriptions (jd04, jd09) on an
invariant canvas with the TrueType fonts registered by ../buildkit.py; python-docx writes the DOCX files (r02, r05,
r06, r14, r18, jd03, jd07) through buildkit (fixed core properties and ZIP timestamps); two resumes (r07, r12) are
Word files that LibreOffice turns into PDF through buildkit (fixed metadata and ID). TXT and Markdown documents are
held here as strings, written as UTF-8 with LF line ends.

Everything is fictional: people, employers, schools, universities, bootcamps, hackathons and projects were invented
for this set. Real names appear only as places, countries, products, technologies, certifications and schemes.
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
TAG = "fresh23"
buildkit.TAG = TAG

FORMATS = {"resumes": {"pdf": 7, "docx": 5, "txt": 3, "md": 3},
           "jds": {"txt": 3, "md": 2, "docx": 2, "pdf": 2}}
GREY = HexColor("#555555")
LIGHT = HexColor("#8A8A8A")


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def smallcaps(c, s, x, y, size, font="Times", color=BLACK):
    """LaTeX-like small capitals: each word's first letter at full size, the rest as capitals at 78%, in one
    text object (so the heading reads back as one word per word)."""
    c.setFillColor(color)
    t = c.beginText(x, y)
    for k, word in enumerate(s.split()):
        t.setFont(font, size)
        t.textOut((" " if k else "") + word[0])
        t.setFont(font, size * 0.78)
        t.textOut(word[1:].upper())
    c.drawText(t)


def runs(c, x, y, parts, how="l"):
    """Draw (text, font, size, color) parts on one baseline in a single text object, as LaTeX does; how="c"
    centres the whole line on x, "r" right-aligns it at x."""
    width = sum(sw(t_, f_, z_) for t_, f_, z_, _ in parts)
    x = x - width / 2 if how == "c" else x - width if how == "r" else x
    t = c.beginText(x, y)
    for t_, f_, z_, col_ in parts:
        t.setFont(f_, z_)
        t.setFillColor(col_)
        t.textOut(t_)
    t.textLine("")  # end the line, so that the next line drawn reads back on a line of its own
    c.drawText(t)
    return x + width


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
    for it in items:
        text(c, mark, x, y - size, font, size, color)
        y = para_pdf(c, it, x + 9, y, w - 9, font, size, size * 1.3, color) - gap
    return y


# =========================================================================================================
# reportlab resumes
# =========================================================================================================
def r01_owen_castellano(path):
    """US computer-science junior, Jake's Resume look (Letter, serif): centred name and contact, small-caps
    headings over rules; EDUCATION first with coursework; EXPERIENCE as bold title / dates at the right over
    italic company / place at the right; PROJECTS as 'Name | stack' with dates at the right; TECHNICAL SKILLS
    as 'Group: items' lines."""
    c = new_canvas(path, letter, "Owen Castellano Resume", "Owen Castellano", "LaTeX with hyperref")
    W, H = letter
    L, R = 36, W - 36
    f = Flow(c, L, R - L, H - 36, bottom=36)
    text(c, "Owen Castellano", W / 2, H - 58, "Times-B", 24, how="c")
    text(c, "614-555-0148  |  owen.castellano@example.com  |  linkedin.com/in/owencastellano  |  "
            "github.com/owenc", W / 2, H - 74, "Times", 9.5, how="c")
    f.y = H - 84

    def sect(t):
        f.gap(10)
        f.y -= 11
        smallcaps(c, t, L, f.y, 12.5)
        hline(c, L, R, f.y - 3, BLACK, 0.6)
        f.y -= 8

    def entry(a, b, cc, d):
        f.line(a, b, font="Times-B", size=10.5, rfont="Times", after=2)
        f.line(cc, d, font="Times-I", size=9.5, after=2)

    sect("Education")
    entry("Harlan State University", "Columbus, OH",
          "Bachelor of Science in Computer Science, Minor in Mathematics", "Aug. 2022 – May 2026")
    f.para("Relevant Coursework: Data Structures, Algorithms, Systems II, Database Systems, Machine Learning, "
           "Computer Networks, Probability", font="Times", size=9.5, after=1)
    sect("Experience")
    for t_, d_, co, pl, bl in [
        ("Software Engineering Intern", "May 2025 – Aug. 2025", "Corvane Systems", "Chicago, IL",
         ["Built a Kafka consumer in Java that deduplicates shipment events, cutting duplicate alerts by 37%",
          "Added contract tests with JUnit and Testcontainers to 14 REST endpoints of the tracking service",
          "Shipped a React admin page used by the support team to replay failed events"]),
        ("Undergraduate Teaching Assistant", "Jan. 2024 – Present", "Harlan State University", "Columbus, OH",
         ["Lead two weekly labs of 30 students for CSE 2231 (Software II) and hold 4 office hours a week",
          "Wrote an autograder in Python that cut grading turnaround from 6 days to 1"]),
        ("Undergraduate Research Assistant", "June 2024 – Dec. 2024",
         "Interactive Systems Lab, Harlan State University", "Columbus, OH",
         ["Built a Flask and PostgreSQL backend for an eye-tracking study with 120 participants",
          "Co-authored a poster on adaptive reading interfaces (HSU Undergraduate Research Forum)"]),
        ("Crew Member", "Jun. 2021 – Aug. 2022", "Buckeye Burger Co.", "Dublin, OH",
         ["Trained 6 new crew members; worked register, grill and closing shifts 25 hours a week"]),
    ]:
        f.gap(2)
        entry(t_, d_, co, pl)
        f.bullets(bl, font="Times", size=9.5, gap=0.5)
    sect("Projects")
    for name, stack, d_, bl in [
        ("PantryPal", "React Native, Firebase, Node.js", "Mar. 2025",
         ["Won Best Social Impact at HackHarlan 2025: an app that matches campus food-pantry stock to "
          "student requests",
          "Built the matching service and push notifications in 36 hours with a team of four"]),
        ("CourseMesh", "Python, FastAPI, PostgreSQL, Docker", "Sep. 2024 – Dec. 2024",
         ["Course-planning tool that resolves prerequisite chains for 4,000+ courses; 900 monthly users"]),
        ("tinyraft", "Go", "Summer 2024",
         ["Implemented the Raft consensus algorithm with leader election and log replication; passes 40 tests"]),
    ]:
        f.gap(2)
        f.room(14)
        f.y -= 10.5
        runs(c, L, f.y, [(name, "Times-B", 10.5, BLACK), (" | ", "Times", 10.5, BLACK),
                         (stack, "Times-I", 10.5, BLACK)])
        text(c, d_, R, f.y, "Times", 10.5, how="r")
        f.y -= 3
        f.bullets(bl, font="Times", size=9.5, gap=0.5)
    sect("Technical Skills")
    for k, v in [("Languages", "Java, Python, C/C++, SQL (Postgres), JavaScript, TypeScript, Go"),
                 ("Frameworks", "React, Node.js, Flask, FastAPI, JUnit"),
                 ("Developer Tools", "Git, Docker, AWS, VS Code, IntelliJ"),
                 ("Libraries", "pandas, NumPy, Matplotlib")]:
        f.para(f"<b>{k}</b>: {v}", font="Times", size=10, after=1, markup=True)
    c.save()


def r03_ananya_raghunathan(path):
    """Indian B.Tech new graduate, awesome-cv look (A4): centred name, headline in small capitals, contact line;
    section headings with the first three letters in the accent colour and a rule; entries with the organisation
    in bold and the place at the right over the position in small capitals (all capitals here) and the dates at
    the right; projects in the same entry shape; skills as a two-column table (category | items)."""
    c = new_canvas(path, A4, "Ananya Raghunathan - CV", "Ananya Raghunathan", "LaTeX (awesome-cv)")
    W, H = A4
    L, R = 42, W - 42
    acc, dark, grey = HexColor("#DC3522"), HexColor("#333333"), HexColor("#5D5D5D")
    runs(c, W / 2, H - 62, [("Ananya ", "Sans", 26, grey), ("Raghunathan", "Sans-B", 26, dark)], "c")
    text(c, "SOFTWARE ENGINEER  ·  BACKEND AND DISTRIBUTED SYSTEMS", W / 2, H - 78, "Sans", 7.5, acc, "c")
    text(c, "Chennai, India  |  +91 98400 55512  |  ananya.r@example.in  |  github.com/ananyar  |  "
            "linkedin.com/in/ananya-raghunathan", W / 2, H - 92, "Sans", 7.8, grey, "c")
    f = Flow(c, L, R - L, H - 100, bottom=40)

    def sect(t):
        f.gap(10)
        f.y -= 13
        x = runs(c, L, f.y, [(t[:3], "Sans-B", 13, acc), (t[3:], "Sans-B", 13, dark)]) + 6
        hline(c, x, R, f.y + 3, HexColor("#BBBBBB"), 0.8)
        f.y -= 6

    def entry(org, place, pos, dates):
        f.line(org, place, font="Sans-B", size=9.8, rfont="Sans-I", color=dark, rcolor=acc, after=2)
        f.line(pos.upper(), dates, font="Sans", size=7.6, rfont="Sans-I", color=grey, rcolor=grey, after=3)

    sect("Education")
    entry("Kaveri Institute of Technology", "Chennai, India", "B.Tech. in Computer Science and Engineering",
          "2021 – 2025")
    f.bullets(["CGPA: 8.91 / 10  (Department rank 4 of 180)",
               "Coursework: Operating Systems, Distributed Systems, DBMS, Computer Networks, Compiler Design"],
              size=8.3, color=dark, gap=0.5)
    sect("Experience")
    for org, pl, pos, d_, bl in [
        ("Zentrix Labs", "Bengaluru, India", "Software Development Engineer Intern", "Jan. 2025 – Jun. 2025",
         ["Moved the invoice export job from cron scripts to a Kafka-driven service in Spring Boot; p95 latency "
          "from 42 s to 3 s.",
          "Wrote the idempotency layer (Redis) that stopped duplicate webhook deliveries to 1,200 merchants."]),
        ("Finlytic Technologies Pvt. Ltd.", "Remote", "Backend Developer Intern", "May 2024 – Jul. 2024",
         ["Built REST APIs in Go for a loan-eligibility engine and added table-driven tests (coverage 48% to 81%)."]),
        ("Kaveri Institute of Technology", "Chennai, India", "Teaching Assistant, Data Structures",
         "Aug. 2023 – Dec. 2023",
         ["Ran weekly lab sessions for 60 second-year students and set the mid-term programming paper."]),
    ]:
        entry(org, pl, pos, d_)
        f.bullets(bl, size=8.3, color=dark, gap=0.5)
        f.gap(3)
    sect("Projects")
    for name, link, stack, d_, bl in [
        ("ratelimitd", "github.com/ananyar/ratelimitd", "Go, Redis, gRPC, Docker", "Mar. 2024",
         ["Distributed token-bucket rate limiter with a sliding-window fallback; 85k requests/s on a laptop."]),
        ("NyayaBot", "Finalist, CodeSangam National Hackathon 2024", "Python, FastAPI, LangChain, React",
         "Oct. 2024",
         ["Legal-aid chatbot that answers tenancy questions in Tamil and English from 300 government FAQs."]),
        ("Campus Canteen Pre-order", "Kaveri Institute of Technology", "Flutter, Firebase", "2023",
         ["Pre-order app used by 1,500 students across three canteens during exam weeks."]),
    ]:
        entry(name, link, stack, d_)
        f.bullets(bl, size=8.3, color=dark, gap=0.5)
        f.gap(3)
    sect("Skills")
    for k, v in [("Languages", "Java, Go, Python, C++, SQL"),
                 ("Backend", "Spring Boot, gRPC, Kafka, Redis, PostgreSQL"),
                 ("Cloud & DevOps", "AWS, Docker, Kubernetes, GitHub Actions"),
                 ("Frontend", "React, Flutter")]:
        f.room(12)
        f.y -= 9
        text(c, k, L + 90, f.y, "Sans-B", 8.6, dark, "r")
        text(c, v, L + 100, f.y, "Sans", 8.6, grey)
        f.y -= 4
    sect("Honors & Awards")
    for ln, d_ in [("Finalist, CodeSangam National Hackathon (team of 4, 1 of 12 finalists)", "2024"),
                   ("Merit scholarship, Kaveri Institute of Technology (top 2% of the batch)", "2022")]:
        f.line(ln, d_, font="Sans", size=8.3, rfont="Sans-I", color=dark, rcolor=grey, after=3)
    c.save()


def r08_darren_chua_kai_wen(path):
    """Singapore business-analytics graduate into product, Canva-style two-column PDF (A4): a teal left sidebar
    drawn first (photo circle, CONTACT, SKILLS as bullets, EDUCATION, LANGUAGES) and a main column with the name,
    headline, PROFILE, EXPERIENCE as bold title over 'Company · dates' in the accent colour, PROJECTS and a
    NATIONAL SERVICE block of its own."""
    c = new_canvas(path, A4, "Darren Chua Resume", "Darren Chua", "Canva")
    W, H = A4
    teal, pale, ink = HexColor("#0F5257"), HexColor("#E6F2F1"), HexColor("#222222")
    sw_ = 185
    box(c, 0, 0, sw_, H, fill=teal)
    c.setFillColor(pale)
    c.circle(sw_ / 2, H - 80, 44, fill=1, stroke=0)
    text(c, "DC", sw_ / 2, H - 88, "Sans-B", 22, teal, "c")
    sx, sww = 20, sw_ - 38
    y = H - 150

    def shead(t, y):
        text(c, t, sx, y, "Sans-B", 10.5, WHITE)
        hline(c, sx, sx + sww, y - 5, pale, 0.6)
        return y - 18

    y = shead("CONTACT", y)
    for ln in ["+65 9123 4567", "darren.chua@example.sg", "linkedin.com/in/darrenchuakw", "Tampines, Singapore"]:
        text(c, ln, sx, y, "Sans", 8.2, WHITE)
        y -= 12.5
    y -= 12
    y = shead("SKILLS", y)
    y = side_list(c, ["Product discovery", "User interviews", "PRD writing", "SQL", "Python", "Figma", "Jira",
                      "Amplitude", "A/B testing"], sx, y + 4, sww, color=WHITE)
    y -= 12
    y = shead("EDUCATION", y)
    y = para_pdf(c, "Bachelor of Business Administration (Business Analytics)", sx, y + 8, sww, "Sans-B", 8.4, 11,
                 WHITE)
    text(c, "Kallang University", sx, y - 9, "Sans", 8.2, WHITE)
    text(c, "2021 – 2025", sx, y - 21, "Sans", 8.2, pale)
    text(c, "Dean's List (AY2023/24)", sx, y - 33, "Sans-I", 8.2, pale)
    y -= 58
    y = shead("LANGUAGES", y)
    for ln in ["English (native)", "Mandarin (fluent)", "Malay (conversational)"]:
        text(c, ln, sx, y, "Sans", 8.2, WHITE)
        y -= 12.5
    mx = sw_ + 26
    mw = W - mx - 30
    text(c, "DARREN CHUA KAI WEN", mx, H - 66, "Sans-B", 22, teal)
    text(c, "Aspiring Associate Product Manager", mx, H - 86, "Sans", 11, ink)
    f = Flow(c, mx, mw, H - 104, bottom=40)

    def sect(t):
        f.gap(9)
        f.line(t, font="Sans-B", size=11, color=teal, after=3)
        hline(c, mx, mx + 40, f.y + 1, teal, 2)
        f.gap(5)

    sect("PROFILE")
    f.para("Business analytics graduate who likes talking to users and reading the numbers. Two product and "
           "analytics internships, one shipped feature and a hackathon app still in use at my hall.", size=8.8,
           color=ink, lead=12)
    sect("EXPERIENCE")
    for t_, meta, bl in [
        ("Product Management Intern", "Lumiq Pte. Ltd.  ·  Jan 2025 – Jun 2025",
         ["Ran 18 user interviews with SME owners and wrote the PRD for recurring invoices (shipped in May).",
          "Set up Amplitude funnels for onboarding; a copy and layout test lifted activation from 31% to 38%."]),
        ("Business Analyst Intern", "Harbourline Logistics Pte Ltd  ·  May 2024 – Aug 2024",
         ["Built SQL reports on container dwell time and a Python script that flagged late bookings daily."]),
        ("Student Assistant, Career Centre", "Kallang University  ·  Aug 2023 – Apr 2024",
         ["Part-time: booked 400+ advising slots and ran the resume-clinic sign-up sheet."]),
    ]:
        f.line(t_, font="Sans-B", size=9.8, color=ink, after=2)
        f.line(meta, font="Sans", size=8.6, color=teal, after=3)
        f.bullets(bl, size=8.6, color=ink, gap=1)
        f.gap(4)
    sect("PROJECTS")
    for name, rest in [("KopiQ", " — queue-number app for hall canteens (Figma, Firebase). 2nd place, HackLah "
                                 "2024; 600 weekly users."),
                       ("GreenCart Analytics", " — class project: basket analysis of 1M supermarket transactions in "
                                               "Python; recommended three bundles.")]:
        f.para(f"<b>{name}</b>{rest}", size=8.8, color=ink, markup=True, after=4)
        f.gap(6)
    sect("NATIONAL SERVICE")
    f.line("Section Commander (3SG), Singapore Armed Forces", "2019 – 2021", font="Sans", size=8.8, color=ink)
    c.save()


def r11_andres_villasenor_ruiz(path):
    """Mexican industrial engineer into consulting, LinkedIn 'Save to PDF' profile (Letter, two pages): a grey
    left column (Contact, Top Skills, Languages, Certifications, Honors-Awards) and a main column with the name,
    headline, place, Summary, Experience (company in bold; one company with a total duration over two roles;
    'Month YYYY - Present (n months)' and the place under each title), Education ('Degree, Field · (YYYY -
    YYYY)'); 'Page n of 2' footers."""
    c = new_canvas(path, letter, "Andrés Villaseñor Ruiz", "Andrés Villaseñor Ruiz", "LinkedIn")
    W, H = letter
    side, ink, grey = HexColor("#E4E8EB"), HexColor("#181818"), HexColor("#666666")
    sww = 170

    def page(c_, n):
        box(c_, 0, 0, sww, H, fill=side)
        text(c_, f"Page {n} of 2", W / 2 + sww / 2, 22, "Arial", 8, grey, "c")

    page(c, 1)
    sx, y = 22, H - 50
    for head, lines in [("Contact", ["andres.villasenor@example.mx", "www.linkedin.com/in/avillasenor",
                                     "(LinkedIn)"]),
                        ("Top Skills", ["Process Mapping", "Power BI", "Stakeholder Management"]),
                        ("Languages", ["Español (Native or Bilingual)", "English (Full Professional)",
                                       "Deutsch (Elementary)"]),
                        ("Certifications", ["Lean Six Sigma Green Belt", "Microsoft Certified: Power BI Data",
                                            "Analyst Associate"]),
                        ("Honors-Awards", ["1st place, Valle Alto Case Challenge", "2023"])]:
        text(c, head, sx, y, "Arial-B", 12, ink)
        y -= 16
        for ln in lines:
            text(c, ln, sx, y, "Arial", 9, ink)
            y -= 12
        y -= 14
    mx, mw = sww + 30, W - sww - 60
    text(c, "Andrés Villaseñor Ruiz", mx, H - 62, "Arial", 24, ink)
    text(c, "Business Analyst at Cordillera Consulting Group | Industrial Engineer | Operations & Analytics",
         mx, H - 80, "Arial", 10, ink)
    text(c, "Monterrey, Nuevo León, Mexico", mx, H - 95, "Arial", 9.5, grey)

    def page2(c_):
        page(c_, 2)
        return H - 50

    f = Flow(c, mx, mw, H - 112, bottom=50, new_page=page2)

    def sect(t):
        f.gap(8)
        f.line(t, font="Arial", size=15, color=ink, after=6)

    sect("Summary")
    f.para("Industrial engineer turned business analyst. I map processes, build the dashboard that shows where "
           "the time goes and help plant and operations teams decide what to fix first. Open to consulting and "
           "strategy roles in Mexico and remote.", font="Arial", size=9.5, color=ink, lead=13)
    sect("Experience")

    def role(t_, d_, pl, desc=None):
        f.line(t_, font="Arial", size=10.5, color=ink, after=2)
        f.line(d_, font="Arial", size=9.5, color=grey, after=2)
        f.line(pl, font="Arial", size=9.5, color=grey, after=3)
        if desc:
            f.para(desc, font="Arial", size=9.5, color=ink, lead=12.5, after=4)
        f.gap(6)

    f.line("Cordillera Consulting Group", font="Arial-B", size=11, color=ink, after=2)
    f.line("1 year 3 months", font="Arial", size=9.5, color=grey, after=6)
    role("Business Analyst", "January 2025 - Present (8 months)", "Monterrey, Nuevo León, Mexico",
         "Operations due diligence and cost-reduction work for manufacturing clients. Built the Power BI model "
         "behind a 12-plant procurement review that found MXN 41M in savings.")
    role("Business Analyst Intern", "June 2024 - December 2024 (7 months)", "Monterrey, Nuevo León, Mexico",
         "Interviewed line supervisors and mapped order-to-cash for an auto-parts client; prepared slides for "
         "partner reviews.")
    f.line("Tecnoplast del Bajío", font="Arial-B", size=11, color=ink, after=4)
    role("Process Improvement Intern", "January 2023 - July 2023 (7 months)", "León, Guanajuato, Mexico",
         "Cut changeover time on two injection-moulding lines from 74 to 46 minutes with SMED workshops.")
    f.line("Instituto Tecnológico de Valle Alto", font="Arial-B", size=11, color=ink, after=4)
    role("Teaching Assistant, Operations Research", "August 2022 - December 2022 (5 months)",
         "Guadalajara, Jalisco, Mexico")
    sect("Education")
    for school, deg in [("Instituto Tecnológico de Valle Alto",
                         "Bachelor of Engineering - BE, Industrial Engineering · (2019 - 2024)"),
                        ("Hanseatic School of Management", "Exchange semester, Business Administration · "
                                                           "(2023 - 2023)")]:
        f.line(school, font="Arial-B", size=11, color=ink, after=3)
        f.line(deg, font="Arial", size=9.5, color=grey, after=10)
    c.showPage()  # LinkedIn profiles of this length spill onto a second page
    page2(c)
    text(c, "Volunteering and recommendations are not included in this export.", mx, H - 60, "Arial", 8.5, grey)
    c.save()


def r17_vikram_nair(path):
    """Indian chemical engineer turned US data-science master's student, moderncv 'classic' look from Overleaf
    (Letter): first name light and surname dark, a title under the name, contact lines at the right; section
    headings with a coloured bar in the date column; entries with the dates in the left column and 'Title,
    Institution, City.' (title bold, institution italic) at the right; projects and skills as label | text
    items."""
    c = new_canvas(path, letter, "Vikram Nair -- CV", "Vikram Nair", "LaTeX with moderncv")
    W, H = letter
    blue, ink, grey = HexColor("#3873B3"), HexColor("#1A1A1A"), HexColor("#737373")
    L, R = 50, W - 50
    col = 110
    runs(c, L, H - 70, [("Vikram ", "Sans", 28, grey), ("Nair", "Sans", 28, ink)])
    text(c, "Data Science Graduate Student", L, H - 88, "Sans-I", 11, grey)
    for k, ln in enumerate(["Boston, MA", "(617) 555-0199", "vikram.nair@example.com", "github.com/vnair-ds"]):
        text(c, ln, R, H - 58 - k * 12, "Sans", 8.5, grey, "r")
    f = Flow(c, L + col + 8, R - L - col - 8, H - 118, bottom=40)

    def sect(t):
        f.gap(10)
        f.room(20)
        f.y -= 12
        box(c, L, f.y - 1, col, 5, fill=blue)
        text(c, t, f.x, f.y - 2, "Sans", 13, blue)
        f.y -= 8

    def entry(dates, title, inst, city, extra=None, bl=None):
        f.room(24)
        text(c, dates, L + col, f.y - 9, "Sans", 8.5, grey, "r")
        bits = f"<b>{title}</b>, <i>{inst}</i>, {city}."
        if extra:
            bits += f" <i>{extra}</i>"
        f.para(bits, size=9, color=ink, markup=True, after=2)
        if bl:
            f.bullets(bl, size=8.5, color=ink, gap=1)
        f.gap(4)

    sect("Education")
    entry("2024–2026", "M.S. in Data Science", "Fenway Polytechnic University", "Boston, MA",
          "Expected May 2026. GPA 3.87/4.")
    entry("2016–2020", "B.Tech. in Chemical Engineering", "Sabarmati Institute of Technology", "Ahmedabad, India")
    sect("Experience")
    entry("Jan 2025–present", "Graduate Research Assistant", "Fenway Polytechnic University", "Boston, MA", None,
          ["Causal-inference lab: built a PySpark pipeline over 9 years of hospital readmission claims.",
           "Matched-cohort analysis in R for a paper under review."])
    entry("May 2025–Aug 2025", "Data Science Intern", "Beacon Harbor Analytics", "Remote", None,
          ["Churn model for a subscription client (XGBoost, AUC 0.81); wrote the model card and handover notes."])
    entry("Sep 2024–Dec 2024", "Teaching Assistant, Probability & Statistics", "Fenway Polytechnic University",
          "Boston, MA", None, ["Graded weekly problem sets for 85 students and ran a Friday recitation."])
    entry("Jul 2021–Jun 2024", "Process Engineer", "Narmada Petrochem Ltd.", "Vadodara, India", None,
          ["Ran a soft-sensor regression on DCS data that cut off-spec batches by 22%.",
           "Owned energy-efficiency reporting for two distillation units."])
    entry("Jul 2020–Jun 2021", "Graduate Engineer Trainee", "Narmada Petrochem Ltd.", "Vadodara, India")
    sect("Projects")
    for yr, name, rest in [
        ("2025", "Readmit-Lens", ": calibrated readmission-risk model with SHAP explanations; Streamlit demo."),
        ("2024", "Boston 311 Forecaster", ": weekly demand forecasts for city service requests (Prophet, LightGBM)."),
        ("2023", "DCS Anomaly Watch", ": isolation-forest alerts on plant sensor data, built at Narmada Petrochem."),
    ]:
        f.room(14)
        text(c, yr, L + col, f.y - 9, "Sans", 8.5, grey, "r")
        f.para(f"<b>{name}</b>{rest}", size=9, color=ink, markup=True, after=4)
    sect("Skills")
    for k, v in [("Languages", "Python, R, SQL, MATLAB"),
                 ("ML & data", "scikit-learn, XGBoost, PyTorch, PySpark, pandas"),
                 ("Tools", "Git, Docker, Airflow, Tableau, Streamlit")]:
        f.room(14)
        text(c, k, L + col, f.y - 9, "Sans", 8.5, grey, "r")
        f.para(v, size=9, color=ink, after=4)
    c.save()


# =========================================================================================================
# python-docx resumes
# =========================================================================================================
def r02_hannah_osei(path):
    """UK economics student into banking, Google Docs 'Serif'-template look in Word: large name, contact line;
    headings in an accent colour; each entry as '**Organisation**, Town — *Title*' over the dates in capitals
    ('JUNE 2024 - AUGUST 2024'); a spring insight week with a single month; a part-time job running alongside
    the degree; POSITIONS OF RESPONSIBILITY under its own heading; skills as 'Label: items' lines."""
    d = docx_new("Georgia", 10, margins=(1.6, 1.6, 2.0, 2.0), after=2)
    P(d, "Hannah Osei", b=True, size=24, after=2, color="1C1C1C")
    P(d, "Leeds, UK  •  07700 900 418  •  hannah.osei@example.co.uk  •  linkedin.com/in/hannahosei", size=9,
      color="666666", after=8)

    def h(t):
        p = P(d, before=10, after=4, keep=True)
        run(p, t, b=True, size=11, color="B45F06", caps=True)

    def entry(org, town, title, dates, bl):
        p = P(d, before=6, after=0, keep=True)
        run(p, org, b=True, size=10.5)
        run(p, ", " + town + " — ", size=10.5)
        run(p, title, i=True, size=10.5)
        P(d, dates, size=8.5, color="666666", after=2, keep=True)
        bullets(d, bl, size=9.5)

    h("Education")
    entry("University of Airedale", "Leeds", "BSc Economics", "SEPTEMBER 2022 - JUNE 2025",
          ["Predicted First (year 2 average 74%). Modules: Econometrics, Corporate Finance, Financial Markets, "
           "Game Theory.",
           "Dissertation: do UK spring-week schemes widen access to banking?"])
    entry("Whitcliffe Sixth Form College", "Bradford", "A Levels", "SEPTEMBER 2020 - JUNE 2022",
          ["Mathematics (A*), Economics (A), History (A)"])
    h("Experience")
    entry("Harrowgate Capital", "London", "Summer Analyst, Investment Banking", "JUNE 2024 - AUGUST 2024",
          ["Ten-week internship in the industrials coverage team; built trading comparables for a £400m "
           "mid-market sale.",
           "Drafted 15 pages of a pitch book and a one-page teaser; received a return offer."])
    entry("Kestrel & Marsh LLP", "Leeds", "Spring Intern, Audit & Assurance", "APRIL 2024",
          ["One-week insight programme: shadowed a stock count and presented a team case on going concern."])
    entry("University of Airedale", "Leeds", "Student Ambassador, Careers Service", "OCTOBER 2023 - PRESENT",
          ["Paid campus role: run open-day tours and speak to sixth-formers about finance careers."])
    entry("Brewhouse & Bean", "Leeds", "Barista (part-time)", "SEPTEMBER 2022 - MAY 2024",
          ["Up to 16 hours a week during term; trained four new baristas."])
    h("Positions of responsibility")
    P(d, "Treasurer, Airedale Investment Society (2023 - 2024): ran a £6,000 budget and the mock-portfolio "
         "competition.", size=9.5)
    P(d, "Mentor, Leeds Girls in Finance (2023 - present)", size=9.5)
    h("Skills")
    for k, v in [("Technical", "Excel (pivot tables and VLOOKUP), PowerPoint, Python (pandas), Stata, "
                               "Bloomberg Terminal, Financial modelling"),
                 ("Certifications", "Bloomberg Market Concepts (2023)"),
                 ("Languages", "English (native), Twi (conversational), French (intermediate)")]:
        p = P(d, after=1)
        run(p, k + ": ", b=True, size=9.5)
        run(p, v, size=9.5)
    docx_save(d, path, "Hannah Osei")


def r05_mei_lin_fraser(path):
    """Canadian co-op engineering student, Word with the experience in a ruled table: header row 'Term |
    Position and employer | Location'; terms as seasons, some with the months in brackets ('Winter 2025 (Jan –
    Apr)'), others bare ('Fall 2023'); title bold and employer italic over bullets in the middle cell; an OTHER
    EXPERIENCE paragraph with summers as years; skills as label lines; projects after a DESIGN TEAMS heading."""
    d = docx_new("Arial", 10, margins=(1.5, 1.5, 1.8, 1.8), after=1)
    P(d, "Mei-Lin Fraser", b=True, size=20, align="c", after=0)
    P(d, "Kitchener, ON  |  519-555-0173  |  mlfraser@example.ca  |  github.com/meilinf  |  Available: "
         "January 2026 (4-month co-op)", size=8.5, align="c", after=6)

    def h(t):
        return heading(d, t.upper(), size=10.5, color="000000", before=8, after=3)

    h("Education")
    tabline(d, [("Candidate for Bachelor of Applied Science, Mechatronics Engineering (Co-op)", True, False)],
            "Sept 2021 – Apr 2026", stop=18.0, size=10)
    P(d, "Grand River University, Kitchener, ON  ·  Cumulative average 84%  ·  Dean's Honours List", i=True,
      size=9.5, after=3)
    h("Co-op Experience")
    rows = [("Term", "Position and employer", "Location", None),
            ("Winter 2025 (Jan – Apr)", "Machine Learning Engineering Intern", "Toronto, ON",
             ("Northlake Robotics Inc.",
              ["Trained a YOLOv8 model to spot mis-picked items on a conveyor; recall from 0.71 to 0.89.",
               "Wrote a ROS 2 node that publishes detections to the PLC at 30 fps."])),
            ("Spring 2024 (May – Aug)", "Data Analyst Co-op", "Waterloo, ON",
             ("Maplecrest Mutual Insurance",
              ["Automated the weekly claims report with Python and SQL, saving 6 analyst hours a week."])),
            ("Fall 2023", "Embedded Software Co-op", "Ottawa, ON",
             ("Voltaic Motion Ltd.",
              ["Wrote CAN bus drivers in C for a motor controller and unit tests with Unity."])),
            ("Winter 2023", "IT Support Co-op", "Kitchener, ON",
             ("Grand River University",
              ["Imaged 300 lab machines and answered 40 tickets a week for the engineering faculty."]))]
    t = new_table(d, len(rows), 3, [3.6, 11.0, 3.4],
                  borders={"val": "single", "color": "808080", "sz": 4})
    for k, (term, title, place, body) in enumerate(rows):
        if body is None:
            for j, s in enumerate((term, title, place)):
                cell(t.cell(k, j), s, b=True, size=9.5, fill="D9D9D9")
            continue
        cell(t.cell(k, 0), term, size=9.5)
        c_ = t.cell(k, 1)
        cell(c_, title, b=True, size=10)
        cell_add(c_, body[0], i=True, size=9.5)
        cell_bullets(c_, body[1], size=9.5)
        cell(t.cell(k, 2), place, size=9.5)
    h("Other Experience")
    tabline(d, [("Lifeguard and Swim Instructor", True, False), (", Cedar Point Aquatics Centre, Guelph, ON", False,
                                                                 False)],
            "Summers 2019 – 2022", stop=18.0, size=10)
    P(d, "Taught 120+ children a summer; first-aid responder for a 50-metre pool.", size=9.5, after=3)
    h("Design Teams & Projects")
    for name, rest in [("Rover Vision Stack", " | C++, ROS 2, OpenCV  —  Grand River Robotics Team, perception lead "
                                              "(2023 – present)"),
                       ("PlateScan", " | Python, TensorFlow Lite, Raspberry Pi  —  licence-plate reader for the "
                                     "campus lot, 4th-year capstone")]:
        p = P(d, after=2)
        run(p, name, b=True, size=10)
        run(p, rest, size=9.5)
    h("Skills")
    for k, v in [("Languages", "Python, C, C++, MATLAB, SQL"),
                 ("Tools & frameworks", "ROS 2, OpenCV, PyTorch, Git, Linux, SolidWorks")]:
        p = P(d, after=1)
        run(p, k + ": ", b=True, size=9.5)
        run(p, v, size=9.5)
    docx_save(d, path, "Mei-Lin Fraser")


def r06_chiamaka_eze_nwosu(path):
    """Nigerian economics graduate into data analysis, Word CV: centred name in capitals, contact and a CAREER
    OBJECTIVE; EDUCATION; WORK EXPERIENCE as a bold title with the dates at a right tab over 'Company, Area,
    City' in italics ('July 2024 – Date'); NYSC place of primary assignment with '(NYSC)' after the title; a SIWES
    industrial-training post; a fellowship under TRAINING & CERTIFICATIONS; PROJECTS with the tool after a dash;
    skills as bullets; referees."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0), after=2)
    P(d, "CHIAMAKA EZE-NWOSU", b=True, size=18, align="c", after=0, color="2E4053")
    P(d, "Lekki Phase 1, Lagos  |  +234 803 555 0192  |  chiamaka.ezenwosu@example.com.ng  |  "
         "linkedin.com/in/chiamakaezenwosu", size=9, align="c", after=8)

    def h(t):
        return heading(d, t, size=11, color="2E4053", before=8, after=3)

    h("CAREER OBJECTIVE")
    P(d, "Economics graduate and data analyst seeking an entry-level analytics role in fintech or banking where "
         "I can turn transaction data into decisions.", after=4)
    h("EDUCATION")
    tabline(d, [("B.Sc. Economics (Second Class Upper)", True, False)], "2018 – 2022", stop=17.4)
    P(d, "Aduralere University, Ibadan", i=True, after=1)
    P(d, "Project: Mobile money adoption and household savings in South-West Nigeria", size=9.5, after=4)
    h("WORK EXPERIENCE")
    for title, dates, org, bl in [
        ("Data Analyst Intern", "July 2024 – Date", "Paystride Technologies Ltd, Yaba, Lagos",
         ["Build weekly Power BI dashboards on failed card transactions for the operations team.",
          "Wrote SQL checks that caught a settlement mismatch worth ₦14m in the first month."]),
        ("Accounts Assistant (NYSC)", "February 2023 – January 2024", "Olumo Ridge Microfinance Bank, Abeokuta, "
                                                                       "Ogun State",
         ["Reconciled 1,200 loan accounts a month in Excel and prepared the monthly PAR report."]),
        ("SIWES Intern", "June 2021 – November 2021", "Greenfield Agro-Allied Ltd, Moniya, Ibadan",
         ["Six-month industrial training in the finance unit; cleaned and entered sales records."]),
    ]:
        tabline(d, [(title, True, False)], dates, stop=17.4, before=4)
        P(d, org, i=True, after=1, keep=True)
        bullets(d, bl, size=10)
    h("TRAINING & CERTIFICATIONS")
    bullets(d, ["Data Analytics Fellow, DataLeap Africa Fellowship (remote), March 2024 – June 2024",
                "Google Data Analytics Professional Certificate (2023)"], size=10)
    h("PROJECTS")
    for name, tool in [("Lagos Road Crash Dashboard", "Power BI, five years of open road-crash data"),
                       ("Naira Inflation Tracker", "Python and pandas, monthly CPI series since 2010")]:
        p = P(d, after=1)
        run(p, name, b=True)
        run(p, " – " + tool)
    h("SKILLS")
    bullets(d, ["Microsoft Excel", "SQL (MySQL)", "Power BI", "Python", "Tableau", "Data cleaning",
                "Dashboard design"], size=10)
    h("REFEREES")
    P(d, "Available on request.")
    docx_save(d, path, "Chiamaka Eze-Nwosu")


def r14_sneha_kulkarni(path):
    """Indian MBA student into product management, Word one-pager in the business-school format: name bar,
    ACADEMIC QUALIFICATIONS as a ruled table (Degree / Institute / Year / Score, school rows included); SUMMER
    INTERNSHIP and WORK EXPERIENCE (24 months) as bold 'Company, City | Title' with dates at a right tab; a
    company line with its span over two titles each with dates in brackets; LIVE PROJECTS; SKILLS as label
    lines; POSITIONS OF RESPONSIBILITY."""
    d = docx_new("Cambria", 9.5, margins=(1.2, 1.2, 1.5, 1.5), after=1)
    p = P(d, after=0)
    run(p, "SNEHA KULKARNI", b=True, size=16, color="FFFFFF")
    shade(p, "203864")
    P(d, "MBA (2024–26), Deccan Plateau Institute of Management, Pune  |  +91 98220 55140  |  "
         "sneha.kulkarni@example.in", size=8.5, after=6)

    def h(t):
        p = P(d, before=6, after=2, keep=True)
        run(p, t, b=True, size=10, color="203864")
        pborder(p, "bottom", "203864", 6, 1)

    h("ACADEMIC QUALIFICATIONS")
    rows = [("Degree", "Institute", "Year", "Score"),
            ("MBA (Marketing & Strategy)", "Deccan Plateau Institute of Management, Pune", "2026", "7.8 CGPA"),
            ("B.E. (Electronics & Telecommunication)", "Sahyadri College of Engineering, Nashik", "2021",
             "8.4 CGPA"),
            ("Class XII (HSC)", "Rachana Junior College, Nashik", "2017", "88.6%"),
            ("Class X (SSC)", "Abhinav Vidyalaya, Nashik", "2015", "93.2%")]
    t = new_table(d, len(rows), 4, [5.2, 7.6, 1.6, 2.2], borders={"val": "single", "color": "7F7F7F", "sz": 4})
    for i, r in enumerate(rows):
        for j, s in enumerate(r):
            cell(t.cell(i, j), s, b=(i == 0), size=9, fill="D9E2F3" if i == 0 else None)
    h("SUMMER INTERNSHIP")
    tabline(d, [("Zephyr Retail Technologies Pvt. Ltd., Bengaluru", True, False), ("  |  Product Management Intern",
                                                                                    True, False)],
            "Apr 2025 – Jun 2025", stop=18.4, size=9.5, before=2)
    bullets(d, ["Wrote the PRD for a 'save for later' cart feature after 22 shopper interviews; projected +3% "
                "conversion.",
                "Sized the repeat-purchase opportunity for tier-2 cities with SQL on 4M orders; PPO received."],
            size=9.5)
    h("WORK EXPERIENCE (24 months)")
    tabline(d, [("Trivikram Software Services Ltd., Pune", True, False)], "Jul 2021 – Jun 2023", stop=18.4,
            size=9.5, before=2)
    for title, dates, bl in [
        ("Senior Systems Engineer", "Jul 2022 – Jun 2023",
         ["Led a 4-member team on a retail banking client's card-dispute module; 0 Sev-1 defects in 3 releases."]),
        ("Systems Engineer", "Jul 2021 – Jun 2022",
         ["Built Java microservices and wrote test cases for the same module; Star Performer award (Q3 FY22)."]),
    ]:
        p = P(d, after=0, keep=True)
        run(p, title, b=True, i=True, size=9.5)
        run(p, f" ({dates})", i=True, size=9.5)
        bullets(d, bl, size=9.5)
    h("LIVE PROJECTS")
    for name, rest in [("D2C Pricing Study", " — Ambrosia Naturals (8 weeks): price-ladder survey of 310 buyers; "
                                             "recommended two pack sizes"),
                       ("Campus Food Delivery App PRD", " — course project, Product Management elective: PRD, "
                                                        "wireframes in Figma and a launch plan")]:
        p = P(d, after=1)
        run(p, name, b=True, size=9.5)
        run(p, rest, size=9.5)
    h("SKILLS")
    for k, v in [("Tools", "Jira, Figma, SQL, Mixpanel, Excel, Tableau"),
                 ("Product", "PRDs, User research, Roadmapping, A/B testing")]:
        p = P(d, after=1)
        run(p, k + ": ", b=True, size=9.5)
        run(p, v, size=9.5)
    h("POSITIONS OF RESPONSIBILITY & ACHIEVEMENTS")
    bullets(d, ["Member, Placement Committee, Deccan Plateau Institute of Management (2024–25)",
                "National finalist, Marketeers' Arena case competition (2025), 1 of 8 teams from 1,400"], size=9.5)
    docx_save(d, path, "Sneha Kulkarni")


def r18_tahlia_nguyen(path):
    """Australian commerce student applying to graduate programs, Word resume: name and contact; EDUCATION
    first; EXPERIENCE as bold 'Title — Company' with the dates at a right tab over the suburb in italics; a
    summer vacationer program, a casual job still held, a PASS leader post dated by semesters, a retail job in
    years; skills as 'Technical skills:' line; AWARDS; referees. No projects."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0), after=2)
    P(d, "Tahlia Nguyen", b=True, size=22, after=0, color="0B5394")
    P(d, "Brisbane QLD  |  0412 555 083  |  tahlia.nguyen@example.com.au  |  linkedin.com/in/tahlianguyen", size=9,
      after=6, color="444444")

    def h(t):
        return heading(d, t, size=11.5, color="0B5394", before=8, after=3)

    h("Education")
    tabline(d, [("Bachelor of Commerce (Accounting and Finance)", True, False)], "2022 – 2025 (expected)",
            stop=17.2)
    P(d, "Kurilpa University, Brisbane  ·  GPA 6.3/7  ·  Dean's Commendation for Academic Excellence (2023, 2024)",
      i=True, size=10, after=4)
    h("Experience")
    for title, org, dates, place, bl in [
        ("Summer Vacationer, Audit & Assurance", "Hallett Brierley", "Nov 2024 – Feb 2025", "Brisbane, QLD",
         ["Tested revenue and payroll controls for two ASX-listed clients; drafted 9 workpapers.",
          "Offered a place in the 2026 graduate intake."]),
        ("Finance Assistant (casual)", "Mango Hill Physio Group Pty Ltd", "Mar 2023 – Present", "North Lakes, QLD",
         ["Process 150 supplier invoices a month in Xero and prepare BAS working papers for the accountant."]),
        ("PASS Leader, ACCT1101 Accounting Principles", "Kurilpa University", "Semester 1 & 2, 2024",
         "Brisbane, QLD",
         ["Ran weekly peer-assisted study sessions for first-year students; average attendance 28."]),
        ("Retail Team Member", "Bramble & Co Homewares", "2020 – 2023", "Chermside, QLD",
         ["Casual shifts alongside school and university; trusted with closing and banking."]),
    ]:
        tabline(d, [(title + " — " + org, True, False)], dates, stop=17.2, before=5)
        P(d, place, i=True, size=10, after=1, keep=True)
        bullets(d, bl, size=10)
    h("Skills")
    p = P(d, after=1)
    run(p, "Technical skills: ", b=True)
    run(p, "Xero, MYOB, Excel (pivot tables), Power BI, SQL")
    p = P(d, after=1)
    run(p, "Languages: ", b=True)
    run(p, "English, Vietnamese (conversational)")
    h("Awards & Activities")
    bullets(d, ["2nd place, Kurilpa Business School Case Competition (2024)",
                "Treasurer, Kurilpa Accounting Students' Society (2024)"], size=10)
    h("Referees")
    P(d, "Available on request.")
    docx_save(d, path, "Tahlia Nguyen")


# =========================================================================================================
# Word files converted to PDF by LibreOffice
# =========================================================================================================
def r07_tobias_rehberg_docx(path):
    """German master's student and working student (Werkstudent) in data engineering, German-style tabular CV in
    Word (becomes PDF): contact in the page header; 'Curriculum Vitae' title; every entry as dates at the left
    ('10/2023 – present') and a left tab to the title in bold and 'Company GmbH, City' under it; education
    first; a glossed title '(Werkstudent)'; a university chair before the university; IT skills as a bordered
    table; languages; projects; a 'Munich, May 2025' place-and-date line at the end."""
    d = docx_new("Arial", 10, margins=(2.0, 2.0, 2.2, 2.2), after=1)
    hdr(d, "Tobias Rehberg  ·  Leopoldstraße 112, 80802 Munich  ·  +49 151 5550 2291  ·  tobias.rehberg@example.de",
        size=8, align="c")
    P(d, "Curriculum Vitae", b=True, size=20, after=2, color="1F3864")
    P(d, "Tobias Rehberg  —  M.Sc. Data Science student, looking for a thesis position from October 2025", size=10,
      after=6, color="595959")

    def h(t):
        return heading(d, t, size=12, color="1F3864", before=10, after=4)

    def entry(dates, title, org, bl=()):
        p = P(d, after=0, keep=True, before=4)
        tabs(p, (4.2, "l"))
        run(p, dates, size=9.5, color="595959")
        run(p, "\t" + title, b=True)
        p = P(d, after=1, indent=4.2, keep=True)
        run(p, org, i=True)
        for b_ in bl:
            P(d, "– " + b_, indent=4.2, size=9.5, after=0)

    h("Education")
    entry("10/2023 – present", "M.Sc. Data Science", "Technische Hochschule Isartal, Munich",
          ["Expected graduation 03/2026; current grade 1.6",
           "Focus: data engineering, distributed systems, time-series forecasting"])
    entry("10/2019 – 09/2023", "B.Sc. Business Informatics (Wirtschaftsinformatik)", "Universität Lechfeld, Augsburg",
          ["Final grade 1.9; thesis on event streaming for warehouse telemetry"])
    h("Work Experience")
    entry("10/2023 – present", "Working Student Data Engineering (Werkstudent)", "Brezelwerk Logistics GmbH, Munich",
          ["20 hours a week alongside the master's; build Airflow and dbt pipelines on Azure",
           "Moved 40 nightly SQL Server jobs to Spark on Databricks; runtime from 3 h to 25 min"])
    entry("04/2023 – 09/2023", "Intern, Business Intelligence", "Auerbach Versicherung AG, Nuremberg",
          ["Mandatory internship (Pflichtpraktikum): Power BI reports for the claims department"])
    entry("03/2021 – 02/2023", "Student Assistant (HiWi)", "Chair of Operations Research, Universität Lechfeld, "
                                                           "Augsburg",
          ["Tutorials in linear optimisation for 90 students; Python exercises with PuLP"])
    h("Projects")
    for name, rest in [("Rail Delay Predictor", " (2024): gradient-boosting model on open regional-train delay "
                                                "data; Streamlit front end"),
                       ("Parkplatz-Radar", " (2023): parking-space forecasts for Augsburg, Kafka and TimescaleDB, "
                                           "team project")]:
        p = P(d, after=1)
        run(p, name, b=True)
        run(p, rest, size=9.5)
    h("IT Skills")
    t = new_table(d, 3, 2, [4.0, 13.0], borders={"val": "single", "color": "A6A6A6", "sz": 4})
    for i, (k, v) in enumerate([("Programming", "Python, SQL, Scala"),
                                ("Data", "Apache Spark, Airflow, dbt, Kafka, Databricks"),
                                ("Cloud & tools", "Azure, Docker, Terraform, Git")]):
        cell(t.cell(i, 0), k, b=True, size=9.5, fill="EDEDED")
        cell(t.cell(i, 1), v, size=9.5)
    h("Languages")
    P(d, "German (native)  ·  English (C1, TOEFL 108)  ·  French (B1)")
    P(d, "Munich, May 2025", before=16, size=9.5)
    P(d, "Tobias Rehberg", i=True, size=9.5)
    docx_save(d, path, "Tobias Rehberg")


def r12_isla_mcbride_docx(path):
    """Scottish economics-and-politics student into strategy consulting, Word (becomes PDF): name and contact in
    the page header; headings in small capitals over a rule; EDUCATION first; EXPERIENCE as 'Title — Company |
    Town' in bold with the dates at a right tab (long lines wrap before the dates); a research-centre post named
    before the university; LEADERSHIP & ACTIVITIES under its own heading; a 'Skills & Interests' paragraph. No
    projects."""
    d = docx_new("Garamond", 11, margins=(1.6, 1.6, 1.9, 1.9), after=1)
    hdr(d, "ISLA McBRIDE", size=18, align="c", color="000000", b=True)
    hdr(d, "Edinburgh  |  07700 900 527  |  isla.mcbride@example.ac.uk  |  linkedin.com/in/islamcbride", size=9,
        align="c", color="404040", first=False)

    def h(t):
        p = P(d, before=9, after=3, keep=True)
        r_ = run(p, t, b=True, size=11.5)
        r_.font.small_caps = True
        pborder(p, "bottom", "000000", 6, 1)

    h("Education")
    tabline(d, [("University of Lothian Vale", True, False), (" | Edinburgh", False, False)], "Sept 2021 – Jun 2025",
            stop=17.6)
    P(d, "MA (Hons) Economics and Politics — predicted First", i=True, after=1)
    P(d, "Relevant courses: Industrial Organisation, Public Economics, Data Analysis for Social Science, "
         "Strategy", size=10, after=3)
    tabline(d, [("Balgreen Academy", True, False), (" | Edinburgh", False, False)], "2015 – 2021", stop=17.6)
    P(d, "Advanced Highers: Economics (A), Mathematics (A), Modern Studies (B)", i=True, size=10, after=2)
    h("Experience")
    for left, dates, bl in [
        ("Strategy Consulting Intern — Thistlebank Partners | Edinburgh", "Jun 2024 – Aug 2024",
         ["Built the market model for a private-equity client's due diligence on UK veterinary clinics "
          "(£2.1bn market, 6 scenarios).",
          "Ran 14 expert calls and wrote the customer-survey chapter of the final report."]),
        ("Research Assistant (part-time) — Centre for Public Policy, University of Lothian Vale | Edinburgh",
         "Oct 2023 – May 2024",
         ["Cleaned and merged council-tax and census data in Stata for a study of local service funding."]),
        ("Sales Assistant — Dalry Books & Coffee | Edinburgh", "Sep 2021 – Jun 2023",
         ["Weekend shifts; ran the shop's first author events (up to 80 guests)."]),
    ]:
        tabline(d, [(left, True, False)], dates, stop=17.6, before=5)
        bullets(d, bl, size=10.5)
    h("Leadership & Activities")
    bullets(d, ["President, Lothian Vale Consulting Society (2024 – present): 9 pro-bono projects for Edinburgh "
                "charities a year",
                "Winner, Northern Lights Case Competition (2024)",
                "Debating: quarter-finalist, Forth Valley Debating Open (2023)"], size=10.5)
    h("Skills & Interests")
    P(d, "Skills: Excel, PowerPoint, Stata, Tableau, Python (basic), market sizing, expert interviews", size=10.5)
    P(d, "Interests: hill walking (31 Munros so far), long-distance running, Scottish folk music", size=10.5)
    docx_save(d, path, "Isla McBride")


# =========================================================================================================
# plain-text and Markdown documents
# =========================================================================================================
TEXTS = {}

TEXTS["resumes/r04_rafael_monteiro_souza.md"] = """\
# Rafael Monteiro Souza

Full-stack developer (React · Node.js · TypeScript) — former civil engineer · São Paulo, Brazil
[rafaelsouza.dev](https://rafaelsouza.dev) · [GitHub](https://github.com/rafams) · rafael.souza@example.com.br

## About

I spent five years on building sites checking concrete pours and schedules, and the part I liked best was the
spreadsheets and little tools I wrote to keep track of it all. In 2023 I did a full-time bootcamp and switched to
software. I like boring, reliable backends and forms that don't lose your data.

## Experience

### Junior Full-Stack Developer — Pixtrilha Pagamentos
*São Paulo, SP · Mar 2024 – present*

- Build merchant-dashboard features in Next.js and NestJS for a Pix payments startup (40k merchants).
- Wrote the reconciliation job that matches Pix receipts to invoices; support tickets on it fell by half.
- Added Playwright end-to-end tests to the checkout flow.

### Full-Stack Developer Intern (bootcamp placement) — Casa Verde Imóveis
*Remote · Oct 2023 – Feb 2024*

- Rebuilt the property-listing admin in React and Express; page loads from 6 s to under 1 s.

### Civil Engineer — Construtora Alvorada Ltda.
*Campinas, SP · Feb 2019 – Jul 2023*

- Site engineer on three residential towers (R$ 120M); owned schedule, quantities and subcontractor payments.
- Wrote VBA and Google Apps Script tools for concrete-pour tracking that the company still uses.

### Engineering Intern — Construtora Alvorada Ltda.
*Campinas, SP · Jul 2017 – Dec 2018*

## Projects

- **[FeiraFácil](https://github.com/rafams/feirafacil)** — pre-orders for street-market stalls, with Pix QR
  payments. `React` `Node.js` `PostgreSQL` — 2023
- **[obra-tracker](https://github.com/rafams/obra-tracker)** — daily site reports from WhatsApp messages to a
  dashboard. `TypeScript` `NestJS` `Prisma` — 2024
- **[Cotação Bot](https://github.com/rafams/cotacao-bot)** — Telegram bot that compares building-material quotes.
  `Python` — 2022

## Skills

- **Frontend:** React, Next.js, TypeScript, Tailwind CSS
- **Backend:** Node.js, Express, NestJS, PostgreSQL, Prisma
- **Tools:** Git, Docker, Jest, Playwright, AWS (basic)
- **Languages:** Portuguese (native), English (fluent), Spanish (basic)

## Education

- **Full-Stack Web Development Bootcamp** — Trampolim Academy, 2023 (full-time, 24 weeks)
- **B.Eng. Civil Engineering** — Instituto Politécnico Serra Azul, Campinas, 2018
"""

TEXTS["resumes/r09_wanjiru_njoroge.txt"] = """\
CURRICULUM VITAE

PERSONAL DETAILS
Full name: Wanjiru Njoroge
Phone: +254 712 555 038
Email: wanjiru.njoroge@example.co.ke
Location: Nakuru, Kenya
Nationality: Kenyan

CAREER OBJECTIVE
A finance graduate and CPA candidate looking for a graduate trainee or junior analyst role in banking, audit or
financial services.

EDUCATION
Institution: Nairobi Highlands University
Qualification: Bachelor of Commerce (Finance Option)
Year of completion: 2024
Grade: Second Class Honours (Upper Division)

Institution: Menengai Girls' High School
Qualification: KCSE
Year of completion: 2019
Grade: A-

PROFESSIONAL QUALIFICATIONS
CPA Part II (KASNEB) - sitting November 2025
Certificate in Computer Applications (2020)

WORK EXPERIENCE
Employer: Kilima Savings & Credit Co-operative Society Ltd
Position: Graduate Trainee, Finance
Location: Nakuru, Kenya
Period: Sep 2024 - to date
Responsibilities:
- Prepare daily cash and bank reconciliations for 4 branches
- Assist in loan portfolio reporting and member statements
- Support the annual external audit with schedules and vouchers

Employer: Mwangaza Audit Partners LLP
Position: Audit Intern (Attachment)
Location: Nairobi, Kenya
Period: May 2023 - Aug 2023
Responsibilities:
- Vouching and testing of expenses for 6 NGO and SME clients
- Drafted working papers and bank confirmation letters

Employer: Rongai Fresh Mart
Position: Cashier (Holiday job)
Location: Nakuru, Kenya
Period: Dec 2021 - Jan 2022
Responsibilities:
- Handled till and M-Pesa payments and end-of-day cash-up

SKILLS
Financial reporting, Bank reconciliation, QuickBooks, Sage Pastel, Microsoft Excel, IFRS basics, Customer service

HOBBIES
Reading, hiking, church choir

REFEREES
1. Mr. Peter Kiprono, Finance Manager, Kilima Savings & Credit Co-operative Society Ltd, +254 722 555 101
2. Dr. Grace Atieno, Lecturer, Nairobi Highlands University, +254 733 555 212
"""

TEXTS["resumes/r10_sophie_kowalczyk.md"] = """\
# Sophie Kowalczyk

**UX/UI Designer** · Melbourne, VIC · [sophiek.design](https://sophiek.design) · sophie.kowalczyk@example.com.au

Ten years running bars and restaurants taught me how people really use software when they're busy, tired and
holding a tray. I retrained in UX/UI design in 2024 and now design tools for frontline workers.

---

## Case studies

### 1. Roster — redesigning shift swaps for hospitality staff
Interviewed 14 bar and floor staff, mapped the swap process and tested three prototypes. Task time in testing
dropped from 4 min to 50 s. *Figma, Maze*

### 2. Greenline — checkout for a zero-waste grocer
Self-serve weigh-and-pay flow for refill stations; built a small design system and handed over to developers.
*Figma, Webflow*

### 3. Parkside Library booking flow
Volunteer project for a community library: room booking that works with a screen reader. *Figma, HTML/CSS*

## Experience

**Harbourside Digital** — UX/UI Design Intern  
Melbourne, VIC · Jan 2025 – Apr 2025

- Redesigned the booking widget for a physio-clinic client; drop-off at the time-picker fell by 23%.
- Ran five moderated usability tests and wrote up the findings.

**Wattle & Stone Hospitality Group** — Venue Manager  
Fitzroy, VIC · 2019 – 2024

- Ran a 180-seat venue with 35 staff; rolled out a new POS and rostering app across two sites.

**Wattle & Stone Hospitality Group** — Bar Supervisor  
Fitzroy, VIC · 2016 – 2019

## Skills

Figma · FigJam · Design systems · User research · Usability testing · Wireframing · Prototyping · Webflow · HTML/CSS

## Education

- UX/UI Design Certificate (part-time, 24 weeks), Brightside Design Academy, 2024
- Bachelor of Arts (Media and Communications), Merri Creek University, 2015
"""

TEXTS["resumes/r13_deshawn_carter.txt"] = """\
DESHAWN CARTER
Atlanta, GA | (404) 555-0132 | deshawn.carter@example.com | github.com/dcarter-sec

EDUCATION
-----------------------------------------------------------------
Peachtree Metro University, Atlanta, GA
B.S. Information Technology, Cybersecurity concentration - Expected May 2026
GPA: 3.6/4.0 | Dean's List (4 semesters)

Chattahoochee Ridge Community College, Marietta, GA
A.S. Computer Science - May 2024

CERTIFICATIONS
-----------------------------------------------------------------
CompTIA Security+ (2025) | CompTIA A+ (2023)

EXPERIENCE
-----------------------------------------------------------------
Cybersecurity Intern - Southbridge Health Partners, Remote
Jun 2025 - Aug 2025
  * Triaged 300+ SIEM alerts a week in Splunk and wrote 4 new detection rules for impossible-travel logins
  * Ran a phishing simulation for 1,100 staff and built the click-rate report for the CISO

IT Support Technician (Student Worker) - Office of Information Technology, Peachtree Metro University, Atlanta, GA
Aug 2024 - Present
  * Resolve 25+ tickets a week for students and faculty (Active Directory, MFA, Wi-Fi, printers)
  * Wrote a PowerShell script that cut new-lab-machine setup from 2 hours to 20 minutes

Shift Lead - Peach State Fuel & Market, Decatur, GA
2021 - 2024
  * Opened and closed the store, trained new cashiers, handled cash counts (worked through community college)

PROJECTS
-----------------------------------------------------------------
Home SOC Lab (Wazuh, pfSense, Proxmox) - 2025
  * Built a home lab with a firewall, a SIEM and three victim VMs; documented 10 attack/detect exercises
PhishNet (Python, scikit-learn) - 2024
  * Classifier for phishing emails trained on 8k public samples; 94% accuracy; won 2nd place at ByteBash CTF
    & Hack Day 2024

SKILLS
-----------------------------------------------------------------
Security: Splunk, Wazuh, Wireshark, Nmap, Burp Suite
Systems: Windows Server, Active Directory, Linux, Proxmox
Scripting: Python, Bash, PowerShell
"""

TEXTS["resumes/r15_niamh_o_suilleabhain.md"] = """\
Niamh Ó Súilleabháin
====================

Front-end developer & designer · Dublin, Ireland · niamh.os@example.ie · [github.com/niamhos](https://github.com/niamhos)

Final-year computer science student. I build small, fast, accessible web apps and I care about the details.

Education
---------

**BSc (Hons) Computer Science**, Dublin Bay University — 2021–2025 (expected First)
Modules: Human-Computer Interaction, Web Engineering, Algorithms, Software Testing, Interaction Design

Experience
----------

**Front-end Developer Intern**, Cobblestone Fintech Ltd. (Dublin) — *June–August 2024*
Built the new onboarding screens in React and TypeScript; fixed 40+ accessibility issues flagged by axe.

**Student Demonstrator**, School of Computing, Dublin Bay University — *Sept 2023 – Apr 2024*
Helped 50 first-years a week in web-development labs; marked weekly assignments.

**Retail Assistant (weekends)**, Ha'penny Lane Books, Dublin — *2021–2023*

Projects
--------

* **Tidewatch** — tide-times PWA for sea swimmers · Svelte, TypeScript, Vite · Jan 2024
* **gaeilge-flashcards** — spaced-repetition flashcards for Irish learners · Vue, Firebase · 2023
* **BusBuddy** — live bus arrivals on a €10 e-ink display · Python, Raspberry Pi · 2nd place, HackTheLiffey 2023

Skills
------

`JavaScript` `TypeScript` `Svelte` `Vue` `React` `CSS` `Figma` `Accessibility (WCAG 2.2)` `Git`

Languages: English (native), Irish (fluent)
"""

TEXTS["resumes/r16_ayesha_tariq.txt"] = """\
AYESHA TARIQ
House 14, Street 7, Garden Town, Lahore, Pakistan | +92 300 5550 417 | ayesha.tariq@example.pk

CAREER OBJECTIVE
================
BBA (Finance) graduate and ACCA affiliate seeking a graduate role in audit, corporate banking or financial
advisory.

ACADEMIC QUALIFICATION
======================
BBA (Hons) Finance - Ravi Valley School of Business, Lahore - 2024 (CGPA 3.71/4.00, Gold Medal)
FSc Pre-Engineering - Anarkali Model College, Lahore - 2020 (87%)
Matric (Science) - Iqbal Public School, Lahore - 2018 (91%)

PROFESSIONAL QUALIFICATION
==========================
ACCA - Applied Skills completed (9 of 13 papers), Strategic Professional in progress

PROFESSIONAL EXPERIENCE
=======================
Trainee Auditor | Qureshi Anwar & Co., Chartered Accountants | Lahore | Aug 2024 - Present
- Statutory audits of 5 manufacturing and textile clients under IFRS; lead on receivables and payables
- Prepare audit working papers, lead schedules and management letter points

Internee, Corporate Banking Division | Shalimar Bank Limited | Lahore | Jun 2023 - Aug 2023
- Spread financial statements for 12 corporate borrowers and drafted credit memos
- Shadowed relationship managers on client visits

Campus Ambassador | Rupiya Wallet | Lahore | Oct 2022 - May 2023
- Signed up 900+ students to a mobile wallet through stalls and society events

FINAL YEAR PROJECT
==================
Interest Rates and Stock Returns: Evidence from the KSE-100 (2024)
- Regression of monthly KSE-100 returns on policy-rate changes, 2013-2023, in EViews

SKILLS
======
- Financial statement analysis
- Audit working papers
- IFRS
- Excel (advanced)
- QuickBooks
- EViews

LANGUAGES
=========
English, Urdu, Punjabi

REFERENCES
==========
Available on request
"""

TEXTS["job_descriptions/jd01_quarrylight_software_software_engineering_intern.txt"] = """\
Skip to main content
LinkedIn
Search
Home   My Network   Jobs   Messaging   Notifications   Me   For Business
We use cookies to improve your experience. Accept  Reject

Software Engineering Intern (Summer 2026)
Quarrylight Software · Denver, CO (Hybrid) · 2 weeks ago · Over 100 applicants
$38/hr - $45/hr  Internship  Matches your job preferences
Easy Apply   Save

About the job

Quarrylight Software builds scheduling and dispatch software for 3,000 field-service companies across North
America. Our interns work on real features that ship to customers before the summer ends.

As a Software Engineering Intern you will join one of our product squads for 12 weeks (May/June to August 2026),
pair with a mentor, and own a feature from design doc to production.

What you'll do
- Build and test features in our TypeScript/React web app and our Go services
- Write design docs and review code with your squad
- Present your project at our end-of-summer demo day

Minimum qualifications
- Currently pursuing a Bachelor's or Master's degree in Computer Science or a related field, graduating between December 2026 and June 2027
- Experience with at least one programming language such as Java, Go, Python or TypeScript
- Understanding of data structures and algorithms
- Able to work on site in Denver three days a week for 12 weeks

Preferred qualifications
- Prior internship or project experience building web applications
- Familiarity with SQL databases
- Experience with Git and code review

Benefits
Housing stipend for interns relocating more than 50 miles. Free lunch on office days.

Quarrylight Software is an equal opportunity employer.

Seniority level
Internship
Employment type
Internship
Job function
Engineering and Information Technology

Similar jobs
Software Engineer Intern - Backend · Palisade Health · Remote
Junior Software Developer · Cobalt Mesa · Boulder, CO
People also viewed
Data Engineering Intern · Wrenfield · Denver, CO
"""

TEXTS["job_descriptions/jd02_brackenbury_labs_graduate_software_engineer.md"] = """\
[Brackenbury Labs](https://brackenbury.example/careers) · [All jobs](https://brackenbury.example/careers#jobs)

# Brackenbury Labs

## Graduate Software Engineer

**London, England, United Kingdom (Hybrid)** · Engineering · Full-time · Graduate programme, September 2026 start

[Apply for this job](https://boards.example/brackenburylabs/jobs/5510248)

---

Brackenbury Labs makes accounting software for 60,000 UK small businesses. Our two-year graduate programme puts
you in a product team from day one, with a mentor, a training budget and two team rotations.

### What you'll be doing

- Shipping features in our Kotlin and TypeScript services and our React front end
- Writing tests, taking part in code review and joining the on-call rota in your second year
- Learning how payments, tax and bank feeds work in the UK

### What you'll need

- A degree (or graduating in 2026) in computer science, maths, engineering or a similar subject — or equivalent experience from a bootcamp or self-taught projects
- Confidence writing code in at least one language (Kotlin, Java, TypeScript or Python)
- A grasp of the basics: data structures, HTTP, SQL
- The right to work in the UK

### Bonus points

- A project, hackathon entry or open-source contribution you can talk us through
- Exposure to cloud platforms such as AWS or GCP
- Interest in fintech or small businesses

### What we offer

£36,000 salary, 27 days holiday, hybrid working (two office days a week), £1,000 learning budget.

We welcome applications from people of every background. Tell us if you need adjustments for the interview.

*Powered by a hiring platform · Privacy notice*
"""

TEXTS["job_descriptions/jd05_kestrelyn_analytics_associate_data_analyst.txt"] = """\
Jobs  Recruiters  Companies  Services                           Login  Register
Home > Jobs > Data Analyst Jobs in Bengaluru

Associate Data Analyst
Kestrelyn Analytics Pvt. Ltd.  3.9 (212 Reviews)
0 - 1 Yrs    4-6 Lacs P.A.    Bengaluru (Hybrid)
Posted: 5 days ago   Openings: 12   Applicants: 1000+
Apply   Save   Send me jobs like this

Job highlights
- Freshers from the 2024 and 2025 batches can apply
- Six-week paid training in SQL, Python and BI tools before project allocation

Job description
Kestrelyn Analytics is a 900-person analytics services company working for retail, banking and consumer brands in
India, the UK and the Middle East. Associate Data Analysts join a client pod, clean and analyse data, build
dashboards and present findings to the client lead.

Required skills:
- B.E./B.Tech, B.Sc., B.Com. or BBA with at least 60% throughout
- Strong SQL (joins, group by, window functions)
- Working knowledge of Excel
- Good written and spoken English
- Willing to work from the Bengaluru office three days a week

Good to have:
- Python (pandas)
- Power BI or Tableau
- Internship or academic project in analytics

Role: Data Analyst
Industry Type: Analytics / KPO / Research
Department: Data Science & Analytics
Employment Type: Full Time, Permanent
Role Category: Business Intelligence & Analytics
Education
UG: Any Graduate
Key Skills
SQL  Excel  Python  Power BI  Tableau  Data Analysis

About company
Kestrelyn Analytics Pvt. Ltd. | Bengaluru | kestrelyn.example.in

Similar jobs
Data Analyst Trainee - Mysuru
Business Analyst - Fresher - Pune
"""

TEXTS["job_descriptions/jd06_saltbush_studio_junior_ux_ui_designer.md"] = """\
# We're hiring: Junior UX/UI Designer

**Saltbush Studio** · Melbourne, VIC (hybrid, Collingwood studio) · Full-time · $72,000 – $80,000 + super

We're a 25-person product design studio working with health, transport and not-for-profit clients. We're looking
for a junior designer to join our service and product team. Career changers and bootcamp grads are very welcome:
we care what you can do, not where you learnt it.

## What you'll do

- Design flows, wireframes and high-fidelity screens in Figma alongside a senior designer
- Help plan and run usability tests and turn what you learn into changes
- Keep our clients' design systems tidy and documented

## What we're looking for

- A portfolio with two or three case studies that show your process, not just final screens
- Up to 2 years' experience in UX/UI design (including internships, freelance or bootcamp projects)
- Solid Figma skills, including components and auto layout
- Clear writing and the confidence to explain your design decisions

## Nice to have

- Some front-end knowledge (HTML/CSS)
- Experience designing for accessibility (WCAG)
- Background in hospitality, retail, health or another customer-facing job

## How to apply

Send your portfolio link and a short note (no cover letter needed) through our careers page by 30 November.
Saltbush Studio is an equal opportunity employer; Aboriginal and Torres Strait Islander people are encouraged to
apply.
"""

TEXTS["job_descriptions/jd08_lumenhaus_working_student_data_engineering.txt"] = """\
Jobs > IT & Software > Data Engineering > Berlin

Lumenhaus – Working Student Data Engineering (m/f/d)

Lumenhaus GmbH | Berlin-Kreuzberg | Working student (Werkstudent), 16-20 hours/week | Start: as soon as possible
Posted 3 days ago | Apply directly on the company website

About us
Lumenhaus makes smart-home energy management for 180,000 households in Germany and Austria. Our data team (7
people) runs the platform that turns smart-meter readings into savings tips and tariff advice.

Your tasks
- Build and maintain data pipelines in Python and SQL (Airflow, dbt) on Google Cloud
- Write data-quality checks and help us monitor them
- Support analysts with clean, documented datasets

Your profile
- Enrolled at a German university in computer science, data science, business informatics or a similar subject (at least 12 months of study remaining)
- Good Python and SQL skills
- First experience with data pipelines, from a job, internship or university project
- Very good English; German is a plus but not required

Nice to have
- Experience with dbt or Airflow
- Familiarity with Docker and Git-based workflows
- Interest in energy and climate topics

What we offer
EUR 17/hour, flexible hours around your lectures, remote days, Deutschlandticket subsidy, and the option to write
your master's thesis with us.

Contact: Jana Falkenberg, Talent Acquisition

Lumenhaus GmbH values diversity. We welcome all applications regardless of gender, nationality, ethnic and social
origin, religion, disability, age and sexual identity.

Similar jobs: Working Student Data Analytics (m/f/d) | Junior Data Engineer (m/f/d) | Werkstudent BI
"""


# =========================================================================================================
# job descriptions in Word and PDF
# =========================================================================================================
def jd03_halden_crane_graduate_financial_analyst(path):
    """UK graduate scheme advert in Word: company name and 'Graduate Programmes 2026' banner; a ruled field
    table (Job title 'Graduate Financial Analyst (Rotational Programme)', Company, Business area, Location,
    Salary, Start date, Closing date); About the programme / Your rotations / Entry requirements / It would be
    great if you also have / How to apply."""
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2), after=3)
    P(d, "HALDEN CRANE PLC", b=True, size=18, color="7B2C3A", after=0)
    p = P(d, "Graduate Programmes 2026  ·  Finance", size=11, color="595959", after=8)
    pborder(p, "bottom", "7B2C3A", 8, 2)
    rows = [("Job title", "Graduate Financial Analyst (Rotational Programme)"), ("Company", "Halden Crane plc"),
            ("Business area", "Group Finance"), ("Location", "Birmingham (hybrid, three office days a week)"),
            ("Salary", "£32,500 plus £2,000 joining bonus"), ("Start date", "September 2026"),
            ("Closing date", "Rolling; we may close early")]
    t = new_table(d, len(rows), 2, [4.0, 12.6], borders={"val": "single", "color": "BFBFBF", "sz": 4})
    for i, (k, v) in enumerate(rows):
        cell(t.cell(i, 0), k, b=True, fill="F2E6E8")
        cell(t.cell(i, 1), v)
    heading(d, "About the programme", color="7B2C3A", size=12)
    P(d, "Halden Crane is a FTSE 250 engineering and facilities group with 14,000 people. Our three-year finance "
         "graduate programme combines four eight-month rotations with fully funded CIMA or ACCA study.")
    heading(d, "Your rotations", color="7B2C3A", size=12)
    bullets(d, ["Financial planning & analysis: monthly forecasts and variance commentary for a division",
                "Group reporting: consolidation and year-end",
                "Commercial finance: bid pricing and contract margins",
                "An elective rotation in treasury, tax or internal audit"])
    heading(d, "Entry requirements", color="7B2C3A", size=12)
    bullets(d, ["A 2:1 degree in any subject, achieved or expected in 2026",
                "Grade 6 (B) or above in GCSE Mathematics and English",
                "Strong Excel skills and comfort with numbers",
                "The right to work in the UK without sponsorship"])
    heading(d, "It would be great if you also have", color="7B2C3A", size=12)
    bullets(d, ["A finance internship, spring week or placement year",
                "Some experience of Power BI or SQL"])
    heading(d, "How to apply", color="7B2C3A", size=12)
    P(d, "Apply online with your CV. The process: online tests, a video interview and an assessment centre in "
         "Birmingham. We guarantee an interview to applicants who tell us they have a disability and meet the "
         "entry requirements.")
    docx_save(d, path, "Halden Crane plc Early Careers")


def jd07_larchmont_advisory_associate_consultant(path):
    """Canadian consulting firm's campus-recruiting posting in Word: a one-line title 'Associate Consultant,
    Strategy & Operations — Larchmont Advisory' in bold, a grey line with place, program and class, then
    Who we are / What you'll do / Qualifications / Assets / Recruiting timeline (as a table)."""
    d = docx_new("Segoe UI", 10, margins=(2.0, 2.0, 2.2, 2.2), after=3)
    P(d, "Campus Recruiting 2025–26", size=9, color="808080", after=2)
    P(d, "Associate Consultant, Strategy & Operations — Larchmont Advisory", b=True, size=16, color="00457C",
      after=2)
    P(d, "Toronto, ON  ·  Full-time, new graduate  ·  Class of 2026  ·  Start: September 2026", size=9.5,
      color="595959", after=8)
    heading(d, "Who we are", color="00457C", size=11.5)
    P(d, "Larchmont Advisory is a 400-person management consultancy with offices in Toronto, Montréal and Calgary. "
         "We help Canadian retailers, utilities and public-sector clients with strategy, cost and operations "
         "work.")
    heading(d, "What you'll do", color="00457C", size=11.5)
    bullets(d, ["Analyse client data and build Excel models that answer one question well",
                "Interview client staff and customers and synthesise what you hear",
                "Write slides and present findings to managers and, soon, to clients"])
    heading(d, "Qualifications", color="00457C", size=11.5)
    bullets(d, ["Graduating in 2026 with a bachelor's or master's degree in any discipline",
                "Strong analytical and problem-solving skills",
                "Excellent written and verbal communication in English",
                "Legally entitled to work in Canada"])
    heading(d, "Assets", color="00457C", size=11.5)
    bullets(d, ["Professional working proficiency in French",
                "Previous consulting, case competition or internship experience",
                "Experience with SQL, Python or Tableau"])
    heading(d, "Recruiting timeline", color="00457C", size=11.5)
    t = new_table(d, 4, 2, [5.0, 11.6], borders={"val": "single", "color": "BFBFBF", "sz": 4})
    for i, (k, v) in enumerate([("Applications close", "October 6"), ("First-round interviews", "Mid-October "
                                                                                                 "(case and fit)"),
                                ("Final round", "Late October, in person"), ("Offers", "By November 1")]):
        cell(t.cell(i, 0), k, b=True)
        cell(t.cell(i, 1), v)
    P(d, "Larchmont Advisory is committed to employment equity and provides accommodations throughout the "
         "recruitment process.", size=9, color="808080", before=8)
    docx_save(d, path, "Larchmont Advisory Campus Recruiting")


def jd04_sampan_technologies_product_management_intern(path):
    """Singapore start-up's internship post as a careers-page PDF (A4): company wordmark and 'Careers' at the
    top, title line 'Product Management Intern | Sampan Technologies', a shaded details strip (Location /
    Duration / Allowance / Start), About us / The internship / You should have / Bonus if you have / How to
    apply."""
    c = new_canvas(path, A4, "Product Management Intern | Sampan Technologies", "Sampan Technologies",
                   "Careers site")
    W, H = A4
    navy, orange, ink = HexColor("#13294B"), HexColor("#F28C28"), HexColor("#222222")
    L, R = 50, W - 50
    text(c, "sampan", L, H - 50, "Sans-B", 20, navy)
    text(c, "Careers  ·  Life at Sampan  ·  Open roles", R, H - 48, "Sans", 9, GREY, "r")
    hline(c, L, R, H - 60, orange, 2)
    text(c, "Product Management Intern | Sampan Technologies", L, H - 92, "Sans-B", 16, navy)
    box(c, L, H - 142, R - L, 36, fill=HexColor("#F3F5F8"))
    text(c, "Location: Singapore (one-north)   Duration: 6 months, Jan – Jun 2026   Allowance: S$1,800/month",
         L + 10, H - 120, "Sans", 8.8, ink)
    text(c, "Open to: undergraduates on an internship module or a gap semester", L + 10, H - 134, "Sans", 8.8, ink)
    f = Flow(c, L, R - L, H - 160, bottom=50)

    def sect(t):
        f.gap(8)
        f.line(t, font="Sans-B", size=11.5, color=navy, after=4)

    sect("About us")
    f.para("Sampan builds inventory and ordering software for 2,500 restaurants and cafés in Singapore, Malaysia "
           "and Indonesia. We are 70 people, Series B, and the product team is eight.", size=9.5, color=ink)
    sect("The internship")
    f.bullets(["Own a small feature end to end with a product manager as your mentor",
               "Talk to restaurant owners, write problem statements and user stories",
               "Work with engineers and designers in two-week sprints and check the data after launch"], size=9.5,
              color=ink)
    sect("You should have")
    f.bullets(["Currently enrolled in a degree in business, computing, engineering or a related field",
               "Availability for a full-time internship from January to June 2026",
               "Structured thinking and clear writing",
               "Comfort with spreadsheets and basic SQL"], size=9.5, color=ink)
    sect("Bonus if you have")
    f.bullets(["Experience with Figma or other prototyping tools",
               "A previous internship at a start-up",
               "Fluency in Bahasa Indonesia or Malay"], size=9.5, color=ink)
    sect("How to apply")
    f.para("Send your CV and a one-page note on a product you would improve to careers@sampan.example.sg. We reply "
           "to everyone within two weeks.", size=9.5, color=ink)
    text(c, "© 2025 Sampan Technologies Pte. Ltd.  ·  Privacy  ·  Terms", W / 2, 30, "Sans", 7.5, GREY, "c")
    c.save()


def jd09_ridgeback_systems_software_engineer_new_grad(path):
    """US company's new-grad posting printed from its careers site (Letter): a 'RIDGEBACK' logo line and breadcrumb,
    title 'Software Engineer, New Grad (2026)' without the company, a location / team line, then About
    Ridgeback, What you'll do, Basic qualifications, Preferred qualifications, Pay and benefits, EEO text."""
    c = new_canvas(path, letter, "Software Engineer, New Grad (2026) - Ridgeback Systems Careers", "Ridgeback Systems",
                   "Chrome")
    W, H = letter
    ink, green = HexColor("#1B1B1B"), HexColor("#2E7D32")
    L, R = 54, W - 54
    text(c, "RIDGEBACK", L, H - 48, "Sans-B", 15, green)
    text(c, "Careers > University > Engineering", L, H - 64, "Sans", 8.5, GREY)
    text(c, "10/14/25, 9:12 AM", R, H - 30, "Sans", 7, LIGHT, "r")
    text(c, "Software Engineer, New Grad (2026)", L, H - 98, "Sans-B", 19, ink)
    text(c, "Austin, TX or Seattle, WA  ·  Infrastructure Software  ·  Full-time", L, H - 116, "Sans", 9.5, GREY)
    f = Flow(c, L, R - L, H - 130, bottom=50)

    def sect(t):
        f.gap(9)
        f.line(t, font="Sans-B", size=11.5, color=ink, after=4)

    sect("About Ridgeback")
    f.para("Ridgeback Systems builds the control software that keeps 4,000 wind and solar sites running. Our new-grad "
           "engineers join a team in June or August 2026 and are paired with a senior engineer for their first "
           "six months.", size=9.5, color=ink)
    sect("What you'll do")
    f.bullets(["Design, build and operate services in Go and Python that talk to equipment in the field",
               "Write tests, review code and take part in on-call with support from your team",
               "Learn our stack: Kubernetes, PostgreSQL, Kafka and a lot of telemetry"], size=9.5, color=ink)
    sect("Basic qualifications")
    f.bullets(["Bachelor's or Master's degree in Computer Science, Computer Engineering or a related field, "
               "completed between December 2025 and August 2026",
               "Proficiency in at least one of Go, Python, Java or C++",
               "Coursework or projects in data structures, algorithms and operating systems"], size=9.5, color=ink)
    sect("Preferred qualifications")
    f.bullets(["Internship experience in software engineering",
               "Experience with Linux and distributed systems",
               "Interest in energy or industrial systems"], size=9.5, color=ink)
    sect("Pay and benefits")
    f.para("Base pay $118,000 – $132,000 depending on location, plus equity, relocation and a 401(k) match.",
           size=9.5, color=ink)
    f.gap(8)
    f.para("Ridgeback Systems is an equal opportunity employer. We consider all qualified applicants without regard "
           "to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or "
           "veteran status.", size=8, color=GREY)
    text(c, "https://ridgeback.example.com/careers/university/se-new-grad-2026", L, 24, "Sans", 7, LIGHT)
    text(c, "1/1", R, 24, "Sans", 7, LIGHT, "r")
    c.save()


# =========================================================================================================
# the build
# =========================================================================================================
def write_texts():
    for rel, body in TEXTS.items():
        with open(os.path.join(HERE, rel), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(body)
        print("  wrote", os.path.basename(rel))


PDF_RESUMES = [r01_owen_castellano, r03_ananya_raghunathan, r08_darren_chua_kai_wen, r11_andres_villasenor_ruiz,
               r17_vikram_nair]
DOCX_RESUMES = [r02_hannah_osei, r05_mei_lin_fraser, r06_chiamaka_eze_nwosu, r14_sneha_kulkarni, r18_tahlia_nguyen]
CONVERTED = {"r07_tobias_rehberg": r07_tobias_rehberg_docx,
             "r12_isla_mcbride": r12_isla_mcbride_docx}
JD_DOCX = [jd03_halden_crane_graduate_financial_analyst, jd07_larchmont_advisory_associate_consultant]
JD_PDF = [jd04_sampan_technologies_product_management_intern, jd09_ridgeback_systems_software_engineer_new_grad]


def main():
    if "--check" not in sys.argv:
        buildkit.build(RES, JDS, pdf_resumes=PDF_RESUMES, docx_resumes=DOCX_RESUMES, converted=CONVERTED,
                       jd_docx=JD_DOCX, jd_pdf=JD_PDF)
        write_texts()
    return buildkit.check_labels(HERE, FORMATS)


if __name__ == "__main__":
    sys.exit(main())
