"""Rebuild every document of the nineteenth fresh set from the content held in this script, then check that every
labelled string is present in the extracted text.

    /work/main/.venv/bin/python tests/data/corpus/fresh19/build.py           # rebuild, then check
    /work/main/.venv/bin/python tests/data/corpus/fresh19/build.py --check   # check only

reportlab draws six resume PDFs (r01, r05, r09, r14, r19, r22) and the two PDF job descriptions (jd05, jd09) on an
invariant canvas with the TrueType fonts registered by ../buildkit.py; python-docx writes the DOCX files (r02, r07,
r10, r12, r16, r18, r23, jd04, jd08, jd12) through buildkit (fixed core properties and ZIP timestamps); three
resumes (r06, r13, r24) are Word files that LibreOffice turns into PDF through buildkit (fixed metadata and ID).
TXT and Markdown documents are held here as strings, written as UTF-8 with LF line ends. A rebuild gives the same
bytes except for the LibreOffice PDFs.

Everything is fictional: people, employers, clients, schools, universities, projects and referees were invented
for this set. Real names appear only as places, regulators, standards, certifications, tests and products.
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
    grid,
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
TAG = "fresh19"
buildkit.TAG = TAG

FORMATS = {"resumes": {"pdf": 9, "docx": 7, "txt": 4, "md": 4},
           "jds": {"txt": 4, "md": 3, "docx": 3, "pdf": 2}}

GREY = HexColor("#5A5A5A")


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


def tags(c, items, x, y, w, font="Sans", size=8, fill=None, fg=BLACK, pad=4, gap=4):
    """Skill chips (rounded boxes) wrapped into rows; returns the y under them."""
    xx = x
    for it in items:
        tw = sw(it, font, size) + 2 * pad
        if xx + tw > x + w:
            xx, y = x, y - size - 2 * pad - gap
        box(c, xx, y - size - 2 * pad + 2, tw, size + 2 * pad, fill=fill, r=3)
        text(c, it, xx + pad, y - size - pad + 3, font, size, fg)
        xx += tw + gap
    return y - size - 2 * pad - gap


# =========================================================================================================
# reportlab resumes
# =========================================================================================================
def r01_kayla_dunmore(path):
    """Novoresume-like two-column PDF (US Letter): name band, main column left, grey sidebar right with chips."""
    acc = HexColor("#1B4F72")
    c = new_canvas(path, letter, "Kayla Dunmore - Resume", "Kayla Dunmore", "Novoresume-like builder")
    W, H = letter
    box(c, 0, H - 92, W, 92, fill=HexColor("#EAF1F7"))
    text(c, "Kayla R. Dunmore", 40, H - 45, "Sans-B", 22, acc)
    text(c, "Data Analyst", 40, H - 64, "Sans", 11, GREY)
    text(c, "kayla.dunmore@example.com  ·  (614) 555-0147  ·  Columbus, OH  ·  linkedin.com/in/kdunmore-example",
         40, H - 82, "Sans", 8.2, BLACK)
    box(c, 408, 0, W - 408, H - 92, fill=HexColor("#F4F4F4"))
    f = Flow(c, 40, 350, H - 112)

    def sect(s):
        f.gap(6)
        f.line(s, font="Sans-B", size=11, color=acc, after=2)
        hline(c, 40, 390, f.y, acc, 1)
        f.gap(6)

    sect("SUMMARY")
    f.para("Analyst with two years of insurance analytics, comfortable from SQL extraction to executive dashboards. "
           "Looking for a team that treats data quality as a product.", size=9)
    sect("WORK EXPERIENCE")
    for t_, co, dates, loc, bl in [
        ("Data Analyst", "Buckeye Lane Insurance Group", "08/2022 – Present", "Columbus, OH",
         ["Built a claims-leakage dashboard in Tableau used by 40 adjusters; flagged $1.2M in duplicate payments.",
          "Moved 25 legacy Excel reports to dbt models on Snowflake, cutting refresh time from 6 hours to 20 minutes.",
          "Partner with actuarial on quarterly loss-ratio reviews."]),
        ("Data Analytics Intern", "Scioto Health Partners", "05/2021 – 08/2021", "Dublin, OH",
         ["Cleaned 3 years of appointment no-show data in Python (pandas) and presented drivers to clinic leads.",
          "Automated a weekly referral report in Power BI."]),
        ("Barista (part-time)", "Lantern Roasters", "09/2018 – 05/2022", "Columbus, OH",
         ["Worked 20 hours a week through college; trained 6 new hires on opening procedures."]),
    ]:
        f.line(t_, font="Sans-B", size=10.5, after=2)
        f.line(co, font="Sans", size=10, color=acc, after=2)
        f.line(dates, loc, font="Sans-I", size=8.5, color=GREY, after=3)
        f.bullets(bl, size=8.8)
        f.gap(5)
    sect("EDUCATION")
    f.line("B.S. in Statistics", font="Sans-B", size=10, after=2)
    f.line("Olentangy State University", font="Sans", size=10, color=acc, after=2)
    f.line("2018 – 2022", "Columbus, OH", font="Sans-I", size=8.5, color=GREY, after=2)
    f.para("Minor in Economics. Dean's List six semesters.", size=8.8)
    sect("PROJECTS")
    f.line("bus-bunching-tracker", font="Sans-B", size=9.5, after=2)
    f.para("Python scraper and notebook measuring bus bunching on COTA routes from public GTFS feeds.", size=8.8)
    f.line("Ohio Food Deserts Map", font="Sans-B", size=9.5, after=2)
    f.para("Tableau Public map joining USDA access data with census tracts.", size=8.8)
    s = Flow(c, 420, 170, H - 112)
    s.line("SKILLS", font="Sans-B", size=10.5, color=acc, after=6)
    s.y = tags(c, ["SQL", "Python", "pandas", "Tableau", "Power BI", "Excel", "dbt", "Snowflake"], 420, s.y, 170,
               fill=HexColor("#D6E4F0"))
    s.gap(12)
    s.line("LANGUAGES", font="Sans-B", size=10.5, color=acc, after=4)
    s.para("English — Native", size=8.8)
    s.para("Spanish — Professional working", size=8.8)
    s.gap(10)
    s.line("CERTIFICATES", font="Sans-B", size=10.5, color=acc, after=4)
    s.para("Google Data Analytics Certificate (2021)", size=8.8)
    s.para("Tableau Desktop Specialist (2023)", size=8.8)
    s.gap(10)
    s.line("INTERESTS", font="Sans-B", size=10.5, color=acc, after=4)
    s.para("Transit maps · Bouldering · Pour-over coffee", size=8.8)
    c.save()


def r05_nguyen_thi_thu_ha(path):
    """Vietnamese CV in a TopCV-like design: green sidebar left (contact, skills, certificates, languages)."""
    g = HexColor("#1E7B4F")
    c = new_canvas(path, A4, "CV Nguyễn Thị Thu Hà", "Nguyễn Thị Thu Hà", "TopCV-like builder")
    W, H = A4
    box(c, 0, 0, 185, H, fill=g)
    c.setFillColor(HexColor("#BFE3CF"))
    c.circle(92, H - 80, 45, fill=1, stroke=0)
    text(c, "ẢNH", 92, H - 84, "Sans-B", 12, g, "c")
    s = Flow(c, 18, 152, H - 150)
    for head, lines in [
        ("THÔNG TIN CÁ NHÂN", ["Ngày sinh: 14/03/1996", "Điện thoại: 0905 555 218", "Email: thuha.nguyen@example.vn",
                               "Địa chỉ: Quận Hải Châu, Đà Nẵng"]),
        ("KỸ NĂNG", ["MISA SME", "Fast Accounting", "Microsoft Excel", "Lập báo cáo tài chính", "Kê khai thuế"]),
        ("CHỨNG CHỈ", ["Chứng chỉ Kế toán trưởng (2022)", "TOEIC 750 (2019)"]),
        ("NGOẠI NGỮ", ["Tiếng Anh: giao tiếp tốt"]),
    ]:
        s.line(head, font="Sans-B", size=10, color=WHITE, after=3)
        hline(c, 18, 170, s.y, WHITE, 0.6)
        s.gap(5)
        for ln in lines:
            s.para(("• " if head == "KỸ NĂNG" else "") + ln, size=8.5, color=WHITE, after=2)
        s.gap(10)
    f = Flow(c, 205, 350, H - 48)
    f.line("NGUYỄN THỊ THU HÀ", font="Sans-B", size=20, color=g, after=6)
    f.line("Kế toán tổng hợp", font="Sans", size=11.5, color=GREY, after=14)

    def sect(t_):
        f.gap(4)
        f.line(t_, font="Sans-B", size=11, color=g, after=2)
        hline(c, 205, 555, f.y, g, 1.2)
        f.gap(6)

    sect("MỤC TIÊU NGHỀ NGHIỆP")
    f.para("Trở thành kế toán trưởng trong một doanh nghiệp thương mại trong vòng 3 năm, góp phần minh bạch hóa số "
           "liệu tài chính và tối ưu chi phí thuế.", size=9)
    sect("KINH NGHIỆM LÀM VIỆC")
    for co, dates, t_, bl in [
        ("Công ty TNHH Thương mại Sông Hàn", "03/2021 - Hiện tại", "Kế toán tổng hợp",
         ["Lập báo cáo tài chính năm và quyết toán thuế TNDN cho 2 pháp nhân.",
          "Kê khai thuế GTGT hàng tháng, đối chiếu công nợ với 120 nhà cung cấp.",
          "Chuyển dữ liệu kế toán từ Excel sang MISA SME trong 4 tháng."]),
        ("Công ty Cổ phần Bao bì Hải Vân", "08/2018 - 02/2021", "Kế toán viên",
         ["Hạch toán chi phí sản xuất, tính giá thành theo đơn hàng.",
          "Theo dõi tài sản cố định và trích khấu hao trên Fast Accounting."]),
        ("Công ty TNHH Kiểm toán An Tín", "06/2018 - 08/2018", "Thực tập sinh kiểm toán",
         ["Hỗ trợ kiểm tra chứng từ và lập giấy tờ làm việc cho 5 khách hàng."]),
    ]:
        f.line(co, dates, font="Sans-B", size=9.8, rfont="Sans", after=3)
        f.line(t_, font="Sans-I", size=9.5, color=g, after=3)
        f.bullets(bl, size=8.8, mark="–")
        f.gap(6)
    sect("HỌC VẤN")
    f.line("Trường Đại học Kinh tế Miền Trung", "2014 - 2018", font="Sans-B", size=9.8, rfont="Sans", after=3)
    f.line("Cử nhân Kế toán", font="Sans-I", size=9.5, color=g, after=3)
    f.para("Tốt nghiệp loại Khá, GPA 3.2/4.", size=8.8)
    sect("HOẠT ĐỘNG")
    f.para("Tình nguyện viên chương trình Mùa hè xanh (2016).", size=8.8)
    c.save()


def r09_emre_yildirim(path):
    """Turkish CV in a Kariyer.net-like export: grey header band, red section bars, key/value personal grid."""
    red = HexColor("#B3262E")
    c = new_canvas(path, A4, "Özgeçmiş - Emre Yıldırım", "Emre Yıldırım", "Kariyer-like export")
    W, H = A4
    box(c, 0, H - 95, W, 95, fill=HexColor("#EDEDED"))
    text(c, "Emre Yıldırım", 45, H - 48, "Sans-B", 21)
    text(c, "Makine Mühendisi", 45, H - 68, "Sans", 11, red)
    text(c, "Nilüfer / Bursa  ·  0532 555 47 19  ·  emre.yildirim@example.com.tr", 45, H - 84, "Sans", 8.5, GREY)
    f = Flow(c, 45, W - 90, H - 115)

    def sect(t_):
        f.gap(6)
        f.room(30)
        box(c, 45, f.y - 16, W - 90, 17, fill=red)
        text(c, t_, 51, f.y - 12, "Sans-B", 9.5, WHITE)
        f.gap(24)

    sect("KİŞİSEL BİLGİLER")
    f.y = grid(c, 45, f.y, [130, W - 220], [["Doğum Tarihi", "09.11.1994"], ["Uyruk", "T.C."],
                                            ["Askerlik Durumu", "Yapıldı (2017)"], ["Ehliyet", "B"]],
               size=8.5, line_color=HexColor("#CCCCCC")) - 4
    sect("İŞ DENEYİMLERİ")
    for co, t_, dates, meta, bl in [
        ("Marmara Oto Yedek Parça A.Ş.", "Bakım Mühendisi", "Şubat 2020 - Devam Ediyor",
         "Bursa, Türkiye  |  Tam Zamanlı  |  Otomotiv",
         ["Pres ve kaynak hatlarında TPM programını yürüttüm; plansız duruşları %28 azalttım.",
          "SAP PM üzerinde 1.400 ekipmanlık periyodik bakım planını kurdum.",
          "6 kişilik bakım ekibinin vardiya planlamasından sorumluyum."]),
        ("Uludağ Kalıp Sanayi ve Ticaret Ltd. Şti.", "Üretim Mühendisi", "Temmuz 2017 - Ocak 2020",
         "Bursa, Türkiye  |  Tam Zamanlı  |  Makine",
         ["Kalıp üretiminde çevrim sürelerini ölçtüm ve SolidWorks ile fikstür tasarladım.",
          "Kalite ekibiyle 8D raporları hazırladım."]),
        ("Ege Kompresör A.Ş.", "Stajyer Mühendis", "Temmuz 2016 - Ağustos 2016", "İzmir, Türkiye  |  Staj",
         ["Montaj hattında zaman etüdü yaptım."]),
    ]:
        f.line(co, font="Sans-B", size=10, after=3)
        f.line(t_, dates, font="Sans-B", size=9.5, rfont="Sans", color=red, rcolor=GREY, after=3)
        f.line(meta, font="Sans", size=8.5, color=GREY, after=3)
        f.bullets(bl, size=8.8)
        f.gap(6)
    sect("EĞİTİM BİLGİLERİ")
    f.line("Bozkır Teknik Üniversitesi", "2012 - 2017", font="Sans-B", size=10, rfont="Sans", after=3)
    f.line("Lisans: Makine Mühendisliği  (Not ortalaması 2,91 / 4,00)", font="Sans", size=9, after=6)
    f.line("Bursa Anadolu Lisesi", "2008 - 2012", font="Sans-B", size=10, rfont="Sans", after=3)
    f.line("Lise: Sayısal", font="Sans", size=9, after=4)
    sect("YETKİNLİKLER")
    f.para("SolidWorks  ·  AutoCAD  ·  TPM  ·  SAP PM  ·  Kestirimci bakım  ·  PLC (Siemens S7)", size=9)
    sect("YABANCI DİL")
    f.para("İngilizce: Okuma İyi, Yazma İyi, Konuşma Orta", size=9)
    sect("SERTİFİKALAR")
    f.para("İş Sağlığı ve Güvenliği Eğitimi (2021)  ·  Yalın Üretim Temel Eğitimi (2019)", size=9)
    c.save()


def r14_poppy_ashworth(path):
    """Resume.io-like PDF: 'Title at Company, City' headings, uppercase grey dates, light right 'Details' column."""
    c = new_canvas(path, A4, "Poppy Ashworth CV", "Poppy Ashworth", "Resume.io-like builder")
    W, H = A4
    box(c, 400, 0, W - 400, H, fill=HexColor("#F1EEE9"))
    text(c, "Poppy Ashworth", 40, H - 60, "Serif-B", 24)
    text(c, "Graphic Designer", 40, H - 80, "Sans", 10.5, GREY)
    f = Flow(c, 40, 335, H - 108)

    def sect(t_):
        f.gap(8)
        f.line(t_, font="Serif-B", size=13, after=6)

    sect("Profile")
    f.para("Brand and editorial designer with seven years in studios and freelance, from identity systems to "
           "print production. I like tight typography and clear briefs.", size=9)
    sect("Employment History")
    for head, dates, bl in [
        ("Senior Designer at Harbourside Creative Ltd, Bristol", "MARCH 2021 — PRESENT",
         ["Lead designer on 11 brand identities for food, culture and charity clients.",
          "Mentor two juniors; run the studio's InDesign template library."]),
        ("Freelance Graphic Designer at Poppy Ashworth Design, Bristol", "SEPTEMBER 2019 — FEBRUARY 2021",
         ["Packaging, menus and festival print for 14 independent clients.",
          "Produced the Tidewater Festival identity across 30 formats."]),
        ("Junior Designer at Oxbow & Finch Ltd, Bath", "JULY 2017 — AUGUST 2019",
         ["Artworked annual reports and prepared print-ready files for litho and digital."]),
        ("Design Intern at Kite Lane Studio, London", "JUNE 2016 — SEPTEMBER 2016",
         ["Summer placement: mood boards, mock-ups and social assets."]),
    ]:
        f.para(head, font="Sans-B", size=10, after=2)
        f.line(dates, font="Sans", size=7.5, color=GREY, after=4)
        f.bullets(bl, size=8.8)
        f.gap(6)
    sect("Education")
    f.para("BA (Hons) Graphic Communication, Severn Vale School of Art, Gloucester", font="Sans-B", size=10, after=2)
    f.line("SEPTEMBER 2014 — JUNE 2017", font="Sans", size=7.5, color=GREY, after=4)
    f.para("First Class Honours. Degree show prize for typography.", size=8.8)
    sect("Selected Projects")
    for n_, d_ in [("Tidewater Festival identity", "Modular poster system and wayfinding for a harbour festival."),
                   ("Nook Coffee rebrand", "Logo, cups and signage for a three-site coffee chain.")]:
        f.para(n_, font="Sans-B", size=9.5, after=1)
        f.para(d_, size=8.8, after=4)
    s = Flow(c, 418, 150, H - 108)
    s.line("Details", font="Serif-B", size=12, after=5)
    for ln in ["Bristol, BS3", "United Kingdom", "07700 900 812", "poppy@ashworth-design.example"]:
        s.para(ln, size=8.5, after=1)
    s.gap(10)
    s.line("Links", font="Serif-B", size=12, after=5)
    s.para("Behance", size=8.5, color=HexColor("#1A5FB4"), after=1)
    s.para("LinkedIn", size=8.5, color=HexColor("#1A5FB4"), after=1)
    s.gap(10)
    s.line("Skills", font="Serif-B", size=12, after=5)
    for sk in ["Adobe InDesign", "Adobe Illustrator", "Figma", "Brand identity", "Typography", "After Effects"]:
        s.para(sk, size=8.5, after=2)
        box(c, 418, s.y - 2, 130, 3, fill=HexColor("#D5CEC4"))
        box(c, 418, s.y - 2, 130 * (0.9 if len(sk) % 2 else 0.7), 3, fill=HexColor("#3C3C3C"))
        s.gap(8)
    s.gap(6)
    s.line("Languages", font="Serif-B", size=12, after=5)
    s.para("English", size=8.5, after=1)
    s.para("Dutch", size=8.5, after=1)
    c.save()


def r19_park_ji_won(path):
    """Korean resume in English: company and 'YYYY.MM ~ YYYY.MM' period in a left column, the role at the right."""
    blue = HexColor("#2F5BEA")
    c = new_canvas(path, A4, "Resume_ParkJiwon", "Park Ji-won", "Wanted-like builder")
    W, H = A4
    text(c, "Park Ji-won", 45, H - 60, "Sans-B", 22)
    text(c, "Product Designer  |  jiwon.park@example.kr  |  +82 10-5555-3702  |  Seoul", 45, H - 80, "Sans", 8.8,
         GREY)
    f = Flow(c, 45, W - 90, H - 100)

    def sect(t_):
        f.gap(10)
        f.line(t_, font="Sans-B", size=12, color=blue, after=3)
        hline(c, 45, W - 45, f.y, BLACK, 0.8)
        f.gap(8)

    def entry(left, title, bl, size=8.8):
        top = f.y
        ly = top
        for i, ln in enumerate(left):
            ly -= 11
            text(c, ln, 45, ly, "Sans-B" if i == 0 else "Sans", 8.8 if i == 0 else 8.2, BLACK if i == 0 else GREY)
        g = Flow(c, 200, W - 245, top)
        g.line(title, font="Sans-B", size=10, after=3)
        g.bullets(bl, size=size)
        f.y = min(ly, g.y) - 8

    sect("Experience")
    entry(["Hanbit Mobility Co., Ltd.", "2021.09 ~ Present", "Seoul"], "Product Designer",
          ["Own the driver app's onboarding and payout flows (1.2M monthly users).",
           "Built the Figma design system with 180 components and tokens shared with iOS and Android.",
           "Ran 24 usability sessions; completion of driver sign-up rose from 61% to 78%."])
    entry(["Dasom Commerce Inc.", "2018.07 ~ 2021.08", "Seongnam"], "UX Designer",
          ["Redesigned checkout for the grocery app, lowering cart abandonment by 9%.",
           "Prototyped in Protopie for A/B tests with the growth team."])
    entry(["Pureun Studio", "2018.01 ~ 2018.06", "Seoul"], "UI Design Intern",
          ["Produced icon sets and marketing banners for agency clients."])
    sect("Side Projects")
    entry(["2023"], "Jeju Bus Now", ["A PWA showing live Jeju bus arrivals from the open data API."])
    entry(["2022"], "hanok-icons", ["Open-source icon set of 120 traditional Korean motifs."])
    sect("Skills")
    f.para("Figma, Protopie, Framer, Adobe XD, User research, Design systems, HTML/CSS", size=9)
    sect("Education")
    entry(["Hangang Arts University", "2012.03 ~ 2018.02", "Seoul"], "B.F.A. in Visual Communication Design",
          ["Leave of absence 2013.02 ~ 2014.11 for military service."])
    sect("Military Service")
    f.para("Republic of Korea Army, Sergeant, 2013.02 ~ 2014.11 (honorably discharged)", size=9)
    sect("Languages")
    f.para("Korean (native), English (OPIc IH)", size=9)
    c.save()


def r22_siobhan_ni_bhriain(path):
    """LaTeX article-like CV: serif, centred name, small-caps-like rules under sections, \\hfill dates."""
    c = new_canvas(path, A4, "CV", "Siobhán Ní Bhriain", "LaTeX with hyperref")
    W, H = A4
    text(c, "Siobhán Ní Bhriain", W / 2, H - 62, "Times-B", 20, how="c")
    text(c, "Galway, Ireland  •  +353 87 555 4410  •  siobhan.nibhriain@example.ie  •  PSI Reg. No. 55123",
         W / 2, H - 80, "Times", 9.5, how="c")
    f = Flow(c, 60, W - 120, H - 96)

    def sect(t_):
        f.gap(8)
        f.line(t_, font="Times-B", size=12.5, after=2)
        hline(c, 60, W - 60, f.y, BLACK, 0.5)
        f.gap(5)

    sect("Experience")
    for t_, dates, co, bl in [
        ("Supervising Pharmacist", "Sep 2020 – Present", "Corrib Pharmacy Ltd, Galway",
         ["Supervise dispensing for a community pharmacy of 2,100 items a week and a team of 9.",
          "Led the flu and COVID-19 vaccination clinic (1,400 doses in the 2023 season).",
          "Completed clinical audits on methadone dispensing and controlled drugs records."]),
        ("Community Pharmacist", "Jul 2018 – Aug 2020", "Corrib Pharmacy Ltd, Galway",
         ["Medicines reconciliation for two nursing homes; patient counselling on new medicines."]),
        ("Pharmacist (locum)", "Sep 2017 – Jun 2018", "Shannonside Locum Services, Limerick",
         ["Cover shifts in 12 pharmacies across Limerick and Clare."]),
        ("Intern Pharmacist", "Jan 2017 – Jun 2017", "St. Enda's University Hospital, Dublin",
         ["Fifth-year MPharm placement in the hospital pharmacy's aseptic and ward services."]),
    ]:
        f.line(t_, dates, font="Times-B", size=11, rfont="Times", after=2)
        f.line(co, font="Times-I", size=10.5, after=3)
        f.bullets(bl, font="Times", size=10, mark="•", indent=12)
        f.gap(4)
    sect("Education")
    f.line("Master of Pharmacy (MPharm)", "2012 – 2017", font="Times-B", size=11, rfont="Times", after=2)
    f.line("University of the Western Seaboard, Galway", font="Times-I", size=10.5, after=2)
    f.para("Second Class Honours, Grade I.", font="Times", size=10)
    sect("Skills")
    f.para("Medicines reconciliation; Vaccination; Clinical audit; Patient counselling; Controlled drugs management; "
           "Team supervision", font="Times", size=10.5)
    sect("Registration and Training")
    f.para("Registered pharmacist, Pharmaceutical Society of Ireland (PSI), since 2017. Certificate in Vaccination "
           "and Emergency Medicines (2019).", font="Times", size=10.5)
    sect("Languages")
    f.para("English, Irish (fluent)", font="Times", size=10.5)
    c.save()


# =========================================================================================================
# python-docx resumes
# =========================================================================================================
def r02_hollie_marsden(path):
    """UK Word chronological CV: company heading with place, roles below with the dates at a right tab."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "Hollie Marsden", b=True, size=20, after=0)
    P(d, "Wakefield, West Yorkshire  |  07700 900412  |  hollie.marsden@example.co.uk", size=9.5, color="444444",
      after=8)
    heading(d, "Personal Profile", color="2E4053")
    P(d, "Transport planner with seven years in road haulage, from the warehouse floor to planning a fleet of "
         "40 tractor units. Organised, calm under pressure and good with drivers.", after=4)
    heading(d, "Employment History", color="2E4053")
    P(d, "Calder Freight Ltd, Normanton", b=True, after=1, before=4)
    tabline(d, [("Transport Planner", False, True)], "Mar 2021 – present")
    bullets(d, ["Plan daily trunking and multi-drop work for 40 units and 65 trailers using Paragon.",
                "Cut empty running by 12% by pairing backloads with regular customers.",
                "Check tachograph infringements and brief drivers on working time rules."])
    tabline(d, [("Assistant Transport Planner", False, True)], "Sep 2019 – Feb 2021", before=4)
    bullets(d, ["Booked collections, chased PODs and kept the customer portal up to date."])
    P(d, "Pennine Retail Distribution plc, Wakefield", b=True, after=1, before=6)
    tabline(d, [("Warehouse Operative", False, True)], "Jun 2016 – Aug 2019")
    bullets(d, ["Picked and loaded chilled orders on nights; counterbalance and reach truck licensed."])
    heading(d, "Key Skills", color="2E4053")
    bullets(d, ["Route planning", "Paragon", "Microsoft Excel", "Tachograph analysis", "Load planning",
                "Customer service"])
    heading(d, "Education & Qualifications", color="2E4053")
    tabline(d, [("FdA Logistics and Supply Chain Management", True, False),
                (" – Airedale University Centre (part-time)", False, False)], "2019 – 2021")
    tabline(d, [("BTEC Level 3 Extended Diploma in Business", True, False),
                (" – Kirkgate Sixth Form College", False, False)], "2014 – 2016")
    tabline(d, [("Transport Manager CPC (Road Haulage)", True, False)], "2022")
    heading(d, "Interests", color="2E4053")
    P(d, "Fell running, volunteering at Wakefield parkrun.")
    P(d, "References available on request.", i=True, before=6)
    docx_save(d, path, "Hollie Marsden")


def r07_daan_kuipers(path):
    """Dutch CV in Word: experience as a borderless table, period left ('jan. 2020 – heden'), role right."""
    d = docx_new("Arial", 10, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "Curriculum Vitae", size=9, color="777777", after=0)
    P(d, "Daan Kuipers", b=True, size=18, after=2)
    P(d, "Tilburg  ·  06 5555 2187  ·  daan.kuipers@example.nl  ·  geboren 22-08-1994", size=9, after=8)
    heading(d, "Profiel", color="C55A11")
    P(d, "Ervaren transportplanner die rust brengt in een drukke planning. Sterk in Excel en altijd in gesprek met "
         "chauffeurs en klanten.")
    heading(d, "Werkervaring", color="C55A11")
    rows = [("jan. 2020 – heden", "Senior Planner Transport", "Brabantse Wegtransport B.V., Tilburg",
             ["Plannen van 55 trekkers in nationaal en Benelux-distributievervoer.",
              "Invoering SAP TM-planbord samen met IT; planningstijd per dag 1,5 uur korter."]),
            ("mrt. 2017 – dec. 2019", "Planner", "Brabantse Wegtransport B.V., Tilburg",
             ["Dagplanning voor koel- en vriesvervoer; bewaken van rij- en rusttijden."]),
            ("sep. 2013 – feb. 2017", "Medewerker Klantenservice (parttime)", "Kempenland Koeriers B.V., Eindhoven",
             ["Naast mijn studie: klantvragen over zendingen afhandelen, 20 uur per week."])]
    t = new_table(d, len(rows), 2, [4.0, 13.2])
    for i, (per, fn, co, bl) in enumerate(rows):
        cell(t.cell(i, 0), per, size=9.5, color="555555")
        cell(t.cell(i, 1), fn, b=True)
        cell_add(t.cell(i, 1), co, i=True)
        cell_bullets(t.cell(i, 1), bl, size=9.5)
    heading(d, "Opleiding", color="C55A11")
    t = new_table(d, 2, 2, [4.0, 13.2])
    cell(t.cell(0, 0), "2013 – 2017", size=9.5, color="555555")
    cell(t.cell(0, 1), "Bachelor Logistics Management", b=True)
    cell_add(t.cell(0, 1), "Hogeschool Midden-Brabant, Tilburg", i=True)
    cell(t.cell(1, 0), "2007 – 2013", size=9.5, color="555555")
    cell(t.cell(1, 1), "HAVO, profiel Economie en Maatschappij", b=True)
    cell_add(t.cell(1, 1), "Sint-Odulphuscollege, Tilburg", i=True)
    heading(d, "Vaardigheden", color="C55A11")
    P(d, "Transportplanning  •  SAP TM  •  Microsoft Excel  •  Power BI  •  Routeplanning  •  Rij- en rusttijden")
    heading(d, "Talen", color="C55A11")
    P(d, "Nederlands (moedertaal), Engels (goed), Duits (redelijk)")
    heading(d, "Hobby's", color="C55A11")
    P(d, "Wielrennen, vrijwilliger bij de lokale voedselbank.")
    docx_save(d, path, "Daan Kuipers")


def r10_brianna_castellanos(path):
    """US legal resume in a Word 'Professional' template: firm + city heading, italic titles with year ranges."""
    d = docx_new("Garamond", 11, margins=(1.6, 1.6, 2.2, 2.2))
    P(d, "BRIANNA M. CASTELLANOS", b=True, size=17, align="c", after=0)
    P(d, "Queens, NY 11375  •  (718) 555-0193  •  bcastellanos@example.com", size=9.5, align="c", after=8)
    heading(d, "PROFESSIONAL SUMMARY", color="000000", size=11)
    P(d, "Litigation paralegal with eight years in commercial litigation and legal aid. Trusted with e-discovery "
         "review sets, trial binders and court filings under tight deadlines.")
    heading(d, "EXPERIENCE", color="000000", size=11)
    for firm, city, roles in [
        ("Bexley & Rourke LLP", "New York, NY", [
            ("Senior Litigation Paralegal", "2021 – Present",
             ["Manage document review in Relativity for matters of up to 900,000 documents.",
              "Prepare trial binders and exhibit lists; supervise 3 case assistants."]),
            ("Litigation Paralegal", "2018 – 2021",
             ["Drafted subpoenas and deposition notices; cite-checked briefs in Westlaw."])]),
        ("Hollis Street Legal Aid Society", "Brooklyn, NY", [
            ("Legal Assistant", "2016 – 2018",
             ["Screened 30 housing-court intakes a week and kept the eviction defense calendar."])]),
        ("Mayfair County Public Defender's Office", "Mineola, NY", [
            ("Case Clerk (Internship)", "Summer 2015", ["Organized discovery files for felony trial teams."])]),
    ]:
        tabline(d, [(firm, True, False)], city, stop=17.6, before=5, after=1)
        for t_, dates, bl in roles:
            tabline(d, [(t_, False, True)], dates, stop=17.6, after=1)
            bullets(d, bl)
    heading(d, "CORE COMPETENCIES", color="000000", size=11)
    items = ["E-discovery", "Relativity", "Westlaw", "LexisNexis", "Legal research", "Deposition preparation",
             "Trial binders", "NYSCEF e-filing"]
    t = new_table(d, 4, 2, [8.3, 8.3])
    for k, it in enumerate(items):
        p = t.cell(k % 4, k // 4).paragraphs[0]
        p.style = d.styles["List Bullet"]
        run(p, it)
    heading(d, "EDUCATION", color="000000", size=11)
    tabline(d, [("Hudson Bluff College", True, False), (", B.A. in Political Science", False, False)], "2015",
            stop=17.6)
    heading(d, "CERTIFICATION", color="000000", size=11)
    P(d, "Paralegal Certificate, Gotham Heights Community College (2016)")
    docx_save(d, path, "Brianna Castellanos")


def r12_sneha_raghunathan(path):
    """Indian Word resume: grey-shaded heading bars, company line with tab dates (Apr'19), KRAs, tables."""
    d = docx_new("Cambria", 10.5, margins=(1.6, 1.6, 2.0, 2.0))
    P(d, "SNEHA RAGHUNATHAN", b=True, size=16, after=0)
    P(d, "Mobile: +91 94430 55512  |  E-mail: sneha.raghu@example.in  |  Coimbatore, Tamil Nadu", size=9.5, after=6)

    def bar(s):
        p = P(d, s, b=True, size=10.5, before=8, after=3)
        shade(p, "D9D9D9")

    bar("PROFILE SUMMARY")
    bullets(d, ["Finance professional with 8+ years in accounting, GST compliance and month-end closing.",
                "Hands-on with Tally ERP 9 and SAP FICO; completed CA Intermediate (IPCC)."])
    bar("ORGANISATIONAL EXPERIENCE")
    tabline(d, [("Kavery Agro Foods Pvt. Ltd., Coimbatore", True, False)], "Since Jun’17", before=4, after=1)
    tabline(d, [("Senior Accounts Executive", True, True)], "Apr’19 – Present", after=1)
    P(d, "Key Result Areas:", b=True, after=1)
    bullets(d, ["Monthly GST returns (GSTR-1, GSTR-3B) and reconciliation with GSTR-2B for 3 plants.",
                "TDS returns and Form 16A issue; coordinate statutory audit.",
                "Closed books by the 5th working day from the 9th."])
    tabline(d, [("Accounts Executive", True, True)], "Jun’17 – Mar’19", after=1, before=3)
    bullets(d, ["Vendor payments, bank reconciliation and fixed-asset register in SAP FICO."])
    tabline(d, [("Venkatesan Iyer & Co., Chennai", True, False)], "Jan’14 – Dec’16", before=6, after=1)
    tabline(d, [("Articled Assistant", True, True)], "", after=1)
    bullets(d, ["Statutory and tax audits for 25 clients in manufacturing and trading."])
    bar("IT SKILLS")
    bullets(d, ["Tally ERP 9", "SAP FICO", "Advanced MS Excel", "GST filing", "TDS returns"])
    bar("ACADEMIC CREDENTIALS")
    t = new_table(d, 4, 4, [3.2, 7.0, 3.5, 3.0],
                  borders={"which": ("top", "left", "bottom", "right", "insideH", "insideV")})
    for i, row in enumerate([("Qualification", "Institute", "Year", "Result"),
                             ("M.Com (Distance Education)", "Bharathi Open University", "2017", "68%"),
                             ("B.Com", "Sri Ranga Arts and Science College", "2014", "81%"),
                             ("HSC", "Velammal Matriculation Hr. Sec. School", "2011", "92%")]):
        for j, v in enumerate(row):
            cell(t.cell(i, j), v, b=(i == 0), size=9.5, fill="F2F2F2" if i == 0 else None)
    P(d, "Professional: CA Intermediate (IPCC) – cleared both groups, 2015.", before=4)
    bar("PERSONAL DETAILS")
    P(d, "Date of Birth: 02-07-1993  |  Languages: Tamil, English, Hindi  |  Marital Status: Married")
    P(d, "I hereby declare that the above information is true to the best of my knowledge.", i=True, before=6)
    P(d, "Place: Coimbatore                                                                    (SNEHA RAGHUNATHAN)")
    docx_save(d, path, "Sneha Raghunathan")


def r16_gurpreet_sandhu(path):
    """Canadian teacher resume, Resume Genius-like Word file: name/contact in a 2-cell table, skills table."""
    d = docx_new("Calibri", 10.5, margins=(1.5, 1.5, 1.9, 1.9))
    t = new_table(d, 1, 2, [9.5, 8.2])
    cell(t.cell(0, 0), "Gurpreet K. Sandhu", b=True, size=20, color="1F4E79")
    cell_add(t.cell(0, 0), "Ontario Certified Teacher (OCT)", size=10, color="555555")
    cell(t.cell(0, 1), "Brampton, ON L6Y 2K4", size=9, align="r")
    for ln in ["(905) 555-0178", "gurpreet.sandhu@example.ca"]:
        cell_add(t.cell(0, 1), ln, size=9).alignment = 2
    heading(d, "Professional Summary", color="1F4E79")
    P(d, "Primary teacher with experience in Grade 3 and occasional teaching across the Junior division, and "
         "three years as an early childhood educator while studying.")
    heading(d, "Teaching Experience", color="1F4E79")
    for t_, co, dates, bl in [
        ("Grade 3 Teacher", "Maple Crest Public School, Brampton, ON", "Sept 2021 – Present",
         ["Plan and deliver the Ontario curriculum for a class of 26, including 4 students with IEPs.",
          "Introduced guided reading groups; 80% of students met the provincial reading standard in 2023.",
          "Co-lead the school's eco club."]),
        ("Occasional Teacher", "Credit River District School Board, Mississauga, ON", "Jan 2020 – Jun 2021",
         ["Daily and long-term occasional assignments from Kindergarten to Grade 6, in person and online."]),
    ]:
        tabline(d, [(t_, True, False)], dates, stop=17.9, before=5, after=0)
        P(d, co, i=True, after=1)
        bullets(d, bl)
    heading(d, "Other Experience", color="1F4E79")
    tabline(d, [("Early Childhood Educator (part-time)", True, False)], "Sept 2016 – Dec 2019", stop=17.9,
            after=0)
    P(d, "Little Acorns Child Care Centre, Brampton, ON", i=True, after=1)
    bullets(d, ["Preschool room, 15 hours a week during university; planned play-based learning centres."])
    heading(d, "Education", color="1F4E79")
    tabline(d, [("Bachelor of Education (Primary/Junior)", True, False)], "2019", stop=17.9, after=0)
    P(d, "Lakeshore Crest University, Toronto, ON", i=True, after=3)
    tabline(d, [("Honours Bachelor of Arts in Psychology", True, False)], "2017", stop=17.9, after=0)
    P(d, "Lakeshore Crest University, Toronto, ON", i=True, after=3)
    heading(d, "Additional Qualifications", color="1F4E79")
    P(d, "Special Education, Part 1 (2022)  ·  English as a Second Language, Part 1 (2021)")
    heading(d, "Skills", color="1F4E79")
    t = new_table(d, 3, 2, [8.8, 8.8])
    for k, it in enumerate(["Differentiated instruction", "Google Classroom", "IEP implementation",
                            "Classroom management", "Assessment for learning", "Parent communication"]):
        p = t.cell(k // 2, k % 2).paragraphs[0]
        p.style = d.styles["List Bullet"]
        run(p, it)
    P(d, "Languages: English, Punjabi, conversational French", before=6)
    docx_save(d, path, "Gurpreet Sandhu")


def r18_mohamed_abdel_rahman(path):
    """Egyptian CV in Word: personal-data table, 'From MM/YYYY till now' paragraphs, 'Title – Company, City'."""
    d = docx_new("Times New Roman", 11.5, margins=(1.8, 1.8, 2.2, 2.2))
    P(d, "Curriculum Vitae", b=True, size=16, align="c", after=6)
    P(d, "Eng. Mohamed Ashraf Abdel-Rahman", b=True, size=13, after=0)
    P(d, "Civil Engineer – Site Execution", i=True, after=6)
    heading(d, "Personal Data", color="000000", size=12)
    t = new_table(d, 6, 2, [5.0, 11.5], borders={"which": ("insideH", "top", "bottom")})
    for i, (k, v) in enumerate([("Date of Birth", "17/05/1991"), ("Nationality", "Egyptian"),
                                ("Military Status", "Completed (2013 – 2014)"), ("Marital Status", "Married"),
                                ("Mobile", "+20 100 555 7741"), ("E-mail", "m.ashraf.ar@example.com.eg")]):
        cell(t.cell(i, 0), k, b=True)
        cell(t.cell(i, 1), v)
    heading(d, "Career Objective", color="000000", size=12)
    P(d, "Seeking a senior site role in a leading contractor where I can use my experience in reinforced concrete "
         "and finishing works.")
    heading(d, "Work Experience", color="000000", size=12)
    for when, what, bl in [
        ("From 09/2017 till now", "Senior Site Engineer – Delta Crown Contracting Co., New Cairo, Egypt",
         ["Execution of a residential compound of 14 buildings (G+4) and its infrastructure.",
          "Review shop drawings, quantity surveying and subcontractor invoices.",
          "Supervise 4 site engineers and 120 workers."]),
        ("From 11/2014 to 08/2017",
         "Site Engineer – Nile Arch Engineering & Construction S.A.E., 6th of October City, Egypt",
         ["Structural works of an administrative building (3 basements + 12 floors).",
          "Daily and weekly reports, concrete pour planning."]),
        ("From 07/2011 to 09/2011", "Summer Trainee – Pharos Consulting Engineers, Alexandria, Egypt",
         ["Site visits and checking of reinforcement against drawings."]),
    ]:
        P(d, when, b=True, before=5, after=0)
        P(d, what, after=1)
        bullets(d, bl)
    heading(d, "Education", color="000000", size=12)
    P(d, "B.Sc. in Civil Engineering – Delta Plains University (Faculty of Engineering), 2008 – 2013, "
         "Grade: Very Good with honour.")
    heading(d, "Computer Skills", color="000000", size=12)
    bullets(d, ["AutoCAD", "Primavera P6", "MS Project", "SAP2000", "ETABS"])
    heading(d, "Courses", color="000000", size=12)
    P(d, "PMP preparation course (35 PDUs), 2019  ·  Quantity surveying course, 2016")
    heading(d, "Languages", color="000000", size=12)
    P(d, "Arabic: Mother tongue  ·  English: Very good")
    docx_save(d, path, "Mohamed Ashraf Abdel-Rahman")


def r23_chukwuemeka_eze(path):
    """Nigerian Word CV on a two-column table template: section labels in the left column, content right."""
    d = docx_new("Cambria", 10.5, margins=(1.6, 1.6, 1.8, 1.8))
    P(d, "CHUKWUEMEKA OBINNA EZE", b=True, size=18, color="7B2C2C", after=0)
    P(d, "14 Adeola Odeku Street, Victoria Island, Lagos  •  0803 555 2290  •  emeka.eze@example.com.ng", size=9,
      after=8)
    secs = [
        ("Career Objective", [("p", "To grow a high-value SME portfolio in a forward-looking bank, using strong "
                                    "credit analysis and relationship skills.")]),
        ("Work Experience", [
            ("b", "Tristar Bank Plc – Victoria Island, Lagos"), ("i", "Relationship Manager, SME Banking"),
            ("d", "March 2020 – Date"),
            ("l", ["Manage a portfolio of 85 SME customers with ₦4.2bn in deposits.",
                   "Grew the risk-asset book by 35% in 2023 with zero non-performing loans."]),
            ("b", "Tristar Bank Plc – Ikeja, Lagos"), ("i", "Relationship Officer"),
            ("d", "January 2017 – February 2020"),
            ("l", ["Opened 400 current accounts and cross-sold POS terminals and payroll services."]),
            ("b", "Coal City Microfinance Bank Ltd – Enugu"), ("i", "NYSC Corps Member"),
            ("d", "November 2015 – October 2016"),
            ("l", ["Loan recovery desk and customer onboarding during the national youth service year."])]),
        ("Education", [("b", "Oji River State University"),
                       ("p", "B.Sc. Banking and Finance (Second Class Upper), 2011 – 2015"),
                       ("b", "Community Secondary School, Nsukka"), ("p", "WASSCE, 2010")]),
        ("Professional", [("p", "ICAN ATS – Accounting Technician Scheme, 2018")]),
        ("Skills", [("l", ["Credit analysis", "Finacle", "Cross-selling", "KYC/AML compliance",
                           "Microsoft Excel"])]),
        ("Hobbies", [("p", "Football, reading, chess")]),
        ("Referees", [("p", "Available on request")]),
    ]
    t = new_table(d, len(secs), 2, [3.8, 13.6], borders={"which": ("insideH",), "color": "BBBBBB"})
    for i, (lab, items) in enumerate(secs):
        cell(t.cell(i, 0), lab.upper(), b=True, size=9.5, color="7B2C2C")
        first = True
        for kind, v in items:
            if kind == "l":
                cell_bullets(t.cell(i, 1), v)
                continue
            kw = {"b": {"b": True}, "i": {"i": True}, "d": {"color": "555555", "size": 9.5}, "p": {}}[kind]
            if first:
                cell(t.cell(i, 1), v, **kw)
                first = False
            else:
                cell_add(t.cell(i, 1), v, **kw)
    docx_save(d, path, "Chukwuemeka Eze")


# =========================================================================================================
# Word files converted to PDF by LibreOffice
# =========================================================================================================
def r06_mackenzie_laroche_docx(path):
    """Canadian Word 'Modern' resume: Title / Heading 1 styles, 'Title | Company | City, PR' lines, dates below."""
    d = docx_new("Calibri", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "Mackenzie Laroche", style="Title", after=0)
    P(d, "Construction Project Coordinator  ·  North Vancouver, BC  ·  604-555-0126  ·  mlaroche@example.ca",
      size=9.5, after=8)
    P(d, "Summary", style="Heading 1")
    P(d, "Red Seal-trained carpenter turned project coordinator. Five years keeping mid-rise residential "
         "projects on schedule, from RFIs and submittals to WorkSafeBC paperwork.")
    P(d, "Experience", style="Heading 1")
    for head, dates, bl in [
        ("Project Coordinator | Northshore Builders Ltd. | North Vancouver, BC", "May 2021 – Present",
         ["Coordinate two six-storey wood-frame projects ($38M combined) with 25 subtrades.",
          "Track RFIs, submittals and change orders in Procore; average RFI turnaround down to 4 days."]),
        ("Assistant Project Coordinator | Northshore Builders Ltd. | North Vancouver, BC", "Jan 2020 – Apr 2021",
         ["Maintained drawing logs in Bluebeam Revu and prepared minutes for weekly OAC meetings."]),
        ("Site Administrator (Contract) | Fraser Crossing Developments Inc. | Surrey, BC", "Jun 2019 – Dec 2019",
         ["Six-month contract: site orientation, daily reports and delivery scheduling."]),
        ("Carpenter Apprentice | Cedar Mill Framing Co. | Langley, BC", "Apr 2016 – May 2019",
         ["Framing and formwork on townhouse projects; completed Level 3 technical training."]),
    ]:
        P(d, head, b=True, before=6, after=0)
        P(d, dates, i=True, color="595959", after=1)
        bullets(d, bl)
    P(d, "Education", style="Heading 1")
    P(d, "Diploma in Construction Management", b=True, after=0)
    P(d, "Coastal Ridge Institute of Technology, Burnaby, BC  ·  2017 – 2019 (evenings)", after=4)
    P(d, "Skills", style="Heading 1")
    t = new_table(d, 3, 3, [5.8, 5.8, 5.8])
    for k, it in enumerate(["Procore", "Bluebeam Revu", "MS Project", "AutoCAD", "Budget tracking",
                            "RFIs and submittals", "Scheduling", "WorkSafeBC compliance", "Site safety"]):
        cell(t.cell(k // 3, k % 3), it)
    P(d, "Certifications", style="Heading 1")
    P(d, "Gold Seal Certification (in progress)  ·  Occupational First Aid Level 1  ·  Fall Protection")
    docx_save(d, path, "Mackenzie Laroche")


def r13_kristina_dela_cruz_docx(path):
    """Philippine Word resume: titles in capitals over company, place and dates lines; personal data table."""
    d = docx_new("Arial", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    P(d, "MARIA KRISTINA DELA CRUZ", b=True, size=16, align="c", after=0)
    P(d, "Blk 12 Lot 7, Brgy. San Isidro, Antipolo City, Rizal", size=9.5, align="c", after=0)
    P(d, "0917 555 4821  |  kristina.delacruz@example.ph", size=9.5, align="c", after=8)
    heading(d, "OBJECTIVE", color="000000", size=11)
    P(d, "To obtain an Operations Supervisor position where I can share my experience in coaching agents and "
         "improving customer satisfaction.")
    heading(d, "WORK EXPERIENCE", color="000000", size=11)
    for t_, co, place, dates, bl in [
        ("TEAM LEADER", "Kalayaan Contact Solutions, Inc.", "Eastwood City, Quezon City", "June 2019 – present",
         ["Leads a team of 18 voice agents on a US telecom account.",
          "Raised team CSAT from 82% to 91% through weekly call calibration and coaching.",
          "Handles escalations and schedules via Avaya CMS."]),
        ("CUSTOMER SERVICE REPRESENTATIVE", "Kalayaan Contact Solutions, Inc.", "Eastwood City, Quezon City",
         "March 2016 – May 2019", ["Inbound billing and technical support calls; top performer for 5 months."]),
        ("SERVICE CREW (PART-TIME)", "Bida Burger Food Corp.", "Antipolo City", "June 2013 – March 2015",
         ["Cashier and counter service while in college."]),
    ]:
        P(d, t_, b=True, before=6, after=0)
        P(d, co, after=0)
        P(d, place, after=0)
        P(d, dates, i=True, after=1)
        bullets(d, bl)
    heading(d, "SKILLS", color="000000", size=11)
    bullets(d, ["Zendesk", "Salesforce Service Cloud", "Avaya CMS", "Coaching and QA", "Workforce scheduling"])
    heading(d, "EDUCATION", color="000000", size=11)
    P(d, "Bachelor of Science in Business Administration, major in Marketing Management", b=True, after=0)
    P(d, "Rizal Heights College, Antipolo City  |  2011 – 2015", after=3)
    P(d, "Secondary: Antipolo National High School  |  2011", after=3)
    heading(d, "SEMINARS AND TRAININGS", color="000000", size=11)
    P(d, "Leadership Essentials for New Team Leaders (2019)  ·  COPC Customer Experience Awareness (2018)")
    heading(d, "PERSONAL DATA", color="000000", size=11)
    t = new_table(d, 4, 2, [5.0, 11.5])
    for i, (k, v) in enumerate([("Date of Birth", "March 3, 1995"), ("Civil Status", "Single"),
                                ("Citizenship", "Filipino"), ("Religion", "Roman Catholic")]):
        cell(t.cell(i, 0), k + ":", b=True)
        cell(t.cell(i, 1), v)
    heading(d, "CHARACTER REFERENCES", color="000000", size=11)
    P(d, "Ms. Rowena Santiago, Operations Manager, Kalayaan Contact Solutions, Inc. – 0918 555 1034")
    P(d, "I hereby certify that the above information is true and correct.", i=True, before=6)
    docx_save(d, path, "Maria Kristina Dela Cruz")


def r24_nomvula_dlamini_docx(path):
    """South African Word CV: page-header title, Employer / Position / Period / Reason for leaving fields."""
    d = docx_new("Arial", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
    hp = d.sections[0].header.paragraphs[0]
    run(hp, "CURRICULUM VITAE – N.P. DLAMINI", size=8.5, color="777777")
    hp.alignment = 2
    P(d, "Nomvula Precious Dlamini", b=True, size=17, after=2)
    heading(d, "PERSONAL DETAILS", color="005A32", size=11)
    for k, v in [("ID Number", "Available on request"), ("Nationality", "South African"),
                 ("Home language", "isiZulu"), ("Driver's licence", "Code 08 (B)"),
                 ("Contact", "072 555 8831  |  nomvula.dlamini@example.co.za"), ("Address", "Ermelo, Mpumalanga")]:
        p = P(d, after=0)
        tabs(p, (4.5, "l"))
        run(p, k + ":", b=True)
        run(p, "\t" + v)
    heading(d, "EDUCATION", color="005A32", size=11)
    for q, s_, y in [("Bachelor of Technology: Human Resource Management", "Highveld University of Technology",
                      "2018"),
                     ("National Diploma: Human Resource Management", "Highveld University of Technology", "2014"),
                     ("National Senior Certificate (Matric)", "Ermelo Comprehensive High School", "2010")]:
        p = P(d, after=0)
        tabs(p, (4.5, "l"))
        run(p, "Qualification:", b=True)
        run(p, "\t" + q)
        p = P(d, after=4)
        tabs(p, (4.5, "l"))
        run(p, "Institution:", b=True)
        run(p, "\t" + s_ + " (" + y + ")")
    heading(d, "EMPLOYMENT HISTORY", color="005A32", size=11)
    for emp, pos, per, place, why, bl in [
        ("Sizakele Local Municipality", "Human Resource Practitioner", "01 April 2019 – Present", "Ermelo",
         "Currently employed",
         ["Recruitment and selection for 14 departments, from advert to appointment letters.",
          "Leave administration and PERSAL capturing; monthly staff establishment reports."]),
        ("Inkanyezi Security Services (Pty) Ltd", "Human Resource Officer (Contract)",
         "01 February 2016 – 31 March 2019", "Middelburg", "Contract ended",
         ["Payroll input for 600 security officers on VIP Payroll; disciplinary hearing records."]),
        ("Sizakele Local Municipality", "HR Intern", "01 February 2015 – 31 January 2016", "Ermelo",
         "End of internship", ["Filing, employee records and induction packs."]),
    ]:
        for k, v in [("Employer", emp), ("Position", pos), ("Period", per), ("Town", place),
                     ("Reason for leaving", why)]:
            p = P(d, after=0)
            tabs(p, (4.5, "l"))
            run(p, k + ":", b=True)
            run(p, "\t" + v)
        P(d, "Duties:", b=True, after=0)
        bullets(d, bl)
        P(d, after=4)
    heading(d, "COMPUTER LITERACY", color="005A32", size=11)
    bullets(d, ["VIP Payroll", "PERSAL", "MS Word", "MS Excel", "MS PowerPoint"])
    heading(d, "REFERENCES", color="005A32", size=11)
    P(d, "Mr T. Mahlangu, Manager: Corporate Services, Sizakele Local Municipality – 017 555 0102")
    docx_save(d, path, "Nomvula Dlamini")


# =========================================================================================================
# job descriptions: DOCX and PDF
# =========================================================================================================
def jd04_the_gilded_wren_sous_chef(path):
    d = docx_new("Georgia", 10.5, margins=(2.0, 2.0, 2.2, 2.2))
    P(d, "Sous Chef at The Gilded Wren", b=True, size=18, after=2)
    P(d, "Edinburgh, New Town  ·  Full-time, 45 hours  ·  £38,000 + tronc", size=9.5, color="666666", after=8)
    heading(d, "About us", color="6B4226")
    P(d, "The Gilded Wren is a 110-cover restaurant and cocktail bar serving modern Scottish food from local "
         "growers and day-boat fish.")
    heading(d, "The role", color="6B4226")
    bullets(d, ["Run the pass on the Head Chef's days off and lead a brigade of eight.",
                "Write the weekly specials and keep GP on target.",
                "Own ordering, stock takes and allergen records."])
    heading(d, "What you'll need", color="6B4226")
    bullets(d, ["At least 2 years as Sous Chef or a strong Junior Sous Chef", "Level 2 Food Hygiene certificate",
                "Experience running a pass in a 100+ cover restaurant", "Sound knowledge of allergen control"])
    heading(d, "Nice to have", color="6B4226")
    bullets(d, ["Butchery and fish prep skills", "Experience with kitchen management software"])
    heading(d, "What we offer", color="6B4226")
    P(d, "Four-day week, staff meals, 28 days' holiday, birthday off. Apply with your CV to jobs@gildedwren.example.")
    docx_save(d, path, "The Gilded Wren")


def jd08_parcelgrove_account_executive_mid_market(path):
    d = docx_new("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2))
    t = new_table(d, 1, 1, [17.0])
    cell(t.cell(0, 0), "Account Executive, Mid-Market — Parcelgrove", b=True, size=17, color="FFFFFF",
         fill="0B3D2E")
    cell_add(t.cell(0, 0), "Toronto, ON (hybrid, 3 days in office)  ·  Sales  ·  Full-time", size=9.5,
             color="FFFFFF")
    shade(t.cell(0, 0), "0B3D2E")
    P(d, after=4)
    heading(d, "Who we are", color="0B3D2E")
    P(d, "Parcelgrove builds shipping software for Canadian online retailers: rates, labels and returns in one "
         "place. We are 140 people and growing.")
    heading(d, "What you'll do", color="0B3D2E")
    bullets(d, ["Own the full cycle for retailers shipping 2,000–20,000 parcels a month.",
                "Run discovery and demos, build business cases and close.",
                "Work with Solutions and Customer Success on smooth handovers."])
    heading(d, "Requirements", color="0B3D2E")
    bullets(d, ["3+ years of full-cycle B2B SaaS sales", "A track record of meeting or beating quota",
                "Experience with Salesforce", "Excellent written and spoken English"])
    heading(d, "Bonus points", color="0B3D2E")
    bullets(d, ["Experience selling to logistics or e-commerce companies", "French"])
    heading(d, "Compensation", color="0B3D2E")
    P(d, "OTE $140,000–$160,000 CAD (50/50 split), equity, health and dental from day one.")
    docx_save(d, path, "Parcelgrove People Team")


def jd12_little_harbour_learning_centre_early_childhood_educator(path):
    d = docx_new("Arial", 10.5, margins=(2.0, 2.0, 2.2, 2.2))
    t = new_table(d, 1, 2, [4.0, 13.0])
    cell(t.cell(0, 0), "LH", b=True, size=26, color="FFFFFF", align="c", fill="E07A1F")
    cell(t.cell(0, 1), "Little Harbour Learning Centre", b=True, size=14)
    cell_add(t.cell(0, 1), "Licensed child care  ·  Halifax, NS", size=9.5, color="666666")
    P(d, after=4)
    P(d, "Early Childhood Educator – Toddler Room", b=True, size=16, after=2)
    P(d, "Permanent, full-time (37.5 hours)  ·  $21.50–$24.00 per hour  ·  Start: September", size=9.5, after=8)
    heading(d, "About the position", color="E07A1F")
    P(d, "Join a team of six in our toddler room (18 months to 3 years). You will plan emergent, play-based "
         "programming and build warm partnerships with families.")
    heading(d, "Required qualifications", color="E07A1F")
    bullets(d, ["Diploma in Early Childhood Education", "Level 2 ECE classification or higher",
                "Standard First Aid and CPR Level C", "Clear Vulnerable Sector Check",
                "1+ year of experience in a licensed child care setting"])
    heading(d, "Assets", color="E07A1F")
    bullets(d, ["Experience with HiMama or a similar app", "Second language (French or Arabic)"])
    heading(d, "How to apply", color="E07A1F")
    P(d, "Send a cover letter and résumé to hiring@littleharbour.example by June 30. Only those selected for an "
         "interview will be contacted.")
    docx_save(d, path, "Little Harbour Learning Centre")


def jd05_wessex_vale_hospitals_staff_nurse(path):
    nhs = HexColor("#005EB8")
    c = new_canvas(path, A4, "Job Description - Staff Nurse", "Wessex Vale Hospitals NHS Foundation Trust",
                   "Microsoft Word")
    W, H = A4
    text(c, "Wessex Vale Hospitals NHS Foundation Trust", W - 50, H - 50, "Arial-B", 11, nhs, "r")
    text(c, "JOB DESCRIPTION", 50, H - 90, "Arial-B", 16)
    y = grid(c, 50, H - 105, [150, W - 250], [
        ["Job Title:", "Staff Nurse – Acute Medical Unit"], ["Band:", "5"],
        ["Hours:", "37.5 per week, rotating days and nights"], ["Location:", "Salisbury Road Hospital"],
        ["Reports to:", "Ward Sister / Charge Nurse"]], font="Arial", size=9.5, line_color=HexColor("#999999"))
    f = Flow(c, 50, W - 100, y - 14)
    for h_, body in [
        ("Job summary", "The post holder will assess, plan, deliver and evaluate care for acutely unwell adults "
                        "on a 36-bed admissions unit. Newly qualified nurses are welcome and supported by a "
                        "12-month preceptorship programme."),
        ("Main duties", None)]:
        f.line(h_, font="Arial-B", size=11, color=nhs, after=4)
        if body:
            f.para(body, font="Arial", size=9.5, after=8)
    f.bullets(["Take charge of a bay of patients, recognising deterioration and escalating using NEWS2.",
               "Administer medicines safely in line with Trust policy.",
               "Support students and healthcare assistants."], font="Arial", size=9.5)
    f.gap(8)
    f.line("Person specification", font="Arial-B", size=11, color=nhs, after=6)
    f.y = grid(c, 50, f.y, [(W - 100) / 2, (W - 100) / 2], [
        ["Essential", "Desirable"],
        ["Registered Nurse (Adult) with current NMC registration", "Experience in acute medicine"],
        ["Degree or diploma in Adult Nursing", "Practice assessor qualification"],
        ["Evidence of continuing professional development", "IV therapy and venepuncture competencies"]],
        font="Arial", size=9.5, head_fill=HexColor("#DCE8F5"), head_font="Arial-B", line_color=HexColor("#999999"))
    f.gap(12)
    f.para("The Trust is committed to equality of opportunity. This post is subject to an enhanced DBS check.",
           font="Arial-I", size=8.5)
    c.save()


def jd09_kestrel_and_quill_studio_middleweight_graphic_designer(path):
    c = new_canvas(path, A4, "Kestrel & Quill - Middleweight Graphic Designer", "Kestrel & Quill Studio",
                   "Adobe InDesign")
    W, H = A4
    box(c, 0, H - 230, W, 230, fill=HexColor("#111111"))
    text(c, "Kestrel & Quill Studio —", 50, H - 80, "Sans-B", 22, WHITE)
    text(c, "Middleweight", 50, H - 130, "Serif-B", 40, HexColor("#F5C518"))
    text(c, "Graphic Designer", 50, H - 178, "Serif-B", 40, HexColor("#F5C518"))
    text(c, "Manchester, Ancoats  ·  Full-time  ·  £30–35k", 50, H - 210, "Sans", 10, WHITE)
    f = Flow(c, 50, W - 100, H - 260)
    f.para("We are an independent branding studio of twelve working for arts, food and purpose-led brands. We're "
           "looking for a designer who can take a brand from first sketch to the finished guidelines.", size=10,
           after=10)
    for h_, items in [
        ("You'll be", ["Designing identities, packaging and campaigns with our two senior designers.",
                       "Presenting work to clients and preparing artwork for print and digital."]),
        ("You'll have", ["2–4 years' agency or in-house experience",
                         "Expert knowledge of Adobe InDesign, Illustrator and Photoshop",
                         "A portfolio showing brand identity work"]),
        ("Bonus", ["Motion skills in After Effects", "Figma"]),
    ]:
        f.line(h_.upper(), font="Sans-B", size=11, after=5)
        f.bullets(items, size=10, mark="→", indent=14)
        f.gap(8)
    f.para("Send your portfolio (PDF, under 10 MB) to studio@kestrelquill.example. No agencies, please.",
           font="Sans-I", size=9)
    c.save()


# =========================================================================================================
# plain text and Markdown documents
# =========================================================================================================
TEXTS = {}

TEXTS["resumes/r03_pradeep_kumar_nallamothu.txt"] = """\
RESUME

PRADEEP KUMAR NALLAMOTHU
Mobile: +91 98480 55123
E-mail: pradeep.nallamothu@example.in

CAREER OBJECTIVE:
To work in a challenging environment where I can use my technical skills for the growth of the organization
and my own career.

PROFESSIONAL SUMMARY:
* Having 6+ years of experience in design and development of web applications using Java and Spring Boot.
* Good experience in REST APIs, microservices and Angular front ends.
* Experience in Agile (Scrum) methodology and client interaction.

PROFESSIONAL EXPERIENCE:
* Currently working as Senior Software Engineer in Infoloop Technologies Pvt. Ltd., Pune from Aug 2021 to till date.
* Worked as Software Engineer in Kaveri Systems Private Limited, Hyderabad from June 2018 to July 2021.
* Worked as Trainee Software Engineer in Kaveri Systems Private Limited, Hyderabad from Dec 2017 to May 2018.

TECHNICAL SKILLS:
Languages        : Java, SQL, JavaScript
Frameworks       : Spring Boot, Hibernate, Angular
Databases        : Oracle, MySQL
Tools            : Git, Jenkins, JIRA, Maven
Cloud            : AWS

PROJECT DETAILS:

Project #1
Project Title    : ClaimSure
Client           : A leading US insurer
Role             : Senior Software Engineer
Duration         : Aug 2021 - Till date
Team Size        : 12
Environment      : Java 11, Spring Boot, Angular, Oracle, AWS
Description      : ClaimSure is a claims processing platform for property and casualty lines.
Responsibilities :
  - Developed REST services for first notice of loss and claim assignment.
  - Reduced batch run time from 3 hours to 40 minutes by tuning Hibernate queries.
  - Code reviews and mentoring of 3 junior developers.

Project #2
Project Title    : RetailEdge POS Integration
Client           : A UK supermarket chain
Role             : Software Engineer
Duration         : Jan 2019 - July 2021
Environment      : Java 8, Spring Boot, MySQL, Jenkins
Description      : Integration layer between store POS terminals and the central pricing system.
Responsibilities :
  - Built price-sync microservices handling 2 million messages a day.
  - Wrote JUnit tests and Jenkins pipelines.

Project #3
Project Title    : Kaveri HRMS
Client           : In-house
Role             : Trainee Software Engineer
Duration         : Dec 2017 - Dec 2018
Environment      : Java, JSP, MySQL
Description      : Leave and attendance module of the internal HR system.

EDUCATIONAL QUALIFICATION:
* B.Tech in Computer Science and Engineering from Sitara Institute of Engineering and Technology, Kakinada with 72% in 2017.
* Intermediate (MPC) from Sri Vaishnavi Junior College, Vijayawada with 89% in 2013.
* SSC from Z.P. High School, Gudivada with 9.2 CGPA in 2011.

PERSONAL DETAILS:
Father's Name    : N. Venkateswara Rao
Date of Birth    : 14-02-1996
Languages Known  : English, Telugu, Hindi
Address          : Flat 304, Sai Residency, Hinjewadi Phase 1, Pune - 411057

DECLARATION:
I hereby declare that the above written particulars are true to the best of my knowledge and belief.

Place: Pune
Date:                                                              (N. PRADEEP KUMAR)
"""

TEXTS["resumes/r08_jarrah_whitcombe.txt"] = """\
JARRAH WHITCOMBE
Sous Chef | Fremantle WA 6160 | 0412 555 018 | jarrah.whitcombe@example.com.au

ABOUT ME
Hands-on chef with ten years in WA kitchens, from a bowling club to a 140-seat waterfront restaurant.
Strong on costing, rosters and keeping a calm kitchen on a Saturday night.

WORK HISTORY

Sous Chef – The Salt Cellar Pty Ltd, Fremantle WA (Oct 2021 – current)
 - Run the kitchen four nights a week, brigade of 9.
 - Rewrote the seafood menu with the head chef; food cost down from 34% to 29%.
 - Do ordering, stocktakes and the weekly roster.

Chef de Partie – Bluewren Hotel Group Pty Ltd, Perth WA (Feb 2018 – Sep 2021)
 - Ran the grill and larder sections for the hotel restaurant and functions up to 300 guests.
 - Trained two apprentices through their Cert III.

Commis Chef (casual) – Tuart Hill Bowling Club Inc., Tuart Hill WA (Jan 2016 – Jan 2018)
 - Bistro service and weekend functions.

Apprentice Chef – Mandurah Quay Bistro, Mandurah WA (2012 – 2015)
 - Four-year apprenticeship across all sections.

SKILLS
Menu costing, Stock control, Rostering, HACCP, Butchery, Pastry basics, Staff training

TRAINING & TICKETS
Certificate III in Commercial Cookery – Swan Coast TAFE (2015)
Food Safety Supervisor (2022)
Responsible Service of Alcohol (WA)
Current Working with Children Check not required / Police clearance 2023

REFEREES
Available on request
"""

TEXTS["resumes/r15_eleni_papadaki.txt"] = """\
ELENI PAPADAKI
Chania, Crete, Greece  |  +30 694 555 1234  |  eleni.papadaki@example.gr

PROFILE
Front office professional with ten seasons in Cretan resort hotels, fluent in English and German.

PROFESSIONAL EXPERIENCE
-----------------------
Front Office Manager | Aegean Lithos Hotels S.A., Chania | 05/2019 - present
  * Lead a front office team of 14 across reception, concierge and guest relations (320 rooms).
  * Raised the TripAdvisor score from 4.3 to 4.7 in two seasons.
  * Manage overbooking and room allocation in Opera PMS.

Front Office Supervisor | Aegean Lithos Hotels S.A., Chania | 04/2016 - 04/2019
  * Shift lead; trained seasonal receptionists; night audit cover.

Receptionist (seasonal) | Villa Thalassa Apartments, Rethymno | 04/2013 - 10/2015
  * Check-in/out, bookings on Booking.com Extranet, Protel.

EDUCATION
---------
BSc in Tourism Management | Minoan College of Tourism Studies, Heraklion | 2009 - 2013
Lyceum Apolytirion | 2nd General Lyceum of Chania | 2009

SKILLS
------
Opera PMS, Protel, Booking.com Extranet, Revenue management, Guest relations, Microsoft Office

LANGUAGES
---------
Greek (native), English (C2 - Certificate of Proficiency), German (B2)
"""

TEXTS["resumes/r20_raymond_kowalczyk.txt"] = """\
Raymond T. Kowalczyk
Toledo, OH 43614 * (419) 555-0166 * ray.kowalczyk@example.net

Licensed HVAC tech with 10+ years in residential and light commercial service. EPA 608 Universal, NATE certified.

EXPERIENCE:

Lead HVAC Service Technician
Great Lakes Comfort Systems, LLC   Toledo, OH
4/2021 - present
 * Diagnose and repair heat pumps, furnaces, rooftop units and ductless mini-splits.
 * Ride along with new techs; run 5-7 calls a day with a 96% first-time fix rate.
 * Top seller of maintenance agreements in 2023.

Career break - family caregiving (6/2019 - 3/2021)

HVAC Service Technician
Maumee Valley Heating & Cooling, Inc.   Perrysburg, OH
8/2014 - 5/2019
 * Service and installs, boiler service in the winter season.

HVAC Installer Helper
Sylvania Air Pros   Sylvania, OH
6/2011 - 7/2014
 * Set equipment, ran line sets and ductwork.

SKILLS:
Refrigerant recovery, Heat pump diagnostics, Rooftop units, Boiler service, Ductless mini-splits, ServiceTitan,
Customer service

CERTIFICATIONS & LICENSES:
EPA Section 608 Universal (2011)
NATE Certified - Air Conditioning and Heat Pump Service (2016)
Valid Ohio driver's license, clean record

EDUCATION:
Associate of Applied Science in HVAC Technology - Glass City Technical Institute, Toledo OH - 2011
High School Diploma - Toledo Central High School - 2009
"""

TEXTS["resumes/r04_larissa_figueiredo_campos.md"] = """\
# Larissa Figueiredo Campos

**Desenvolvedora Front-end** · Belo Horizonte, MG · [larissa.dev](https://larissa.example.dev) · \
[GitHub](https://github.com/larissafc-example)

## Sobre mim

Desenvolvedora front-end há 6 anos, apaixonada por acessibilidade e design systems. Hoje cuido do app web de \
uma plataforma de agendamento usada por 3 mil clínicas.

## Experiência

### Nuvem Mineira Tecnologia Ltda. — Belo Horizonte, MG

**Desenvolvedora Front-end Pleno** · mar/2022 – atual
- Migrei o painel das clínicas de Vue 2 para React com TypeScript, sem parar as entregas.
- Criei a biblioteca de componentes acessíveis (WCAG 2.1 AA) usada por 4 squads.

**Desenvolvedora Front-end Júnior** · jan/2020 – fev/2022
- Implementei telas de agenda e pagamento; cobertura de testes com Jest de 35% para 80%.

### Caju Pagamentos S.A. — remoto

**Estagiária de Desenvolvimento** · jul/2018 – dez/2019
- Landing pages em Vue.js e testes end-to-end com Cypress.

## Competências

`TypeScript` `React` `Next.js` `Vue.js` `Jest` `Cypress` `Tailwind CSS` `Figma`

## Projetos

- **feira-livre-bh** — mapa colaborativo das feiras livres de Belo Horizonte (Next.js + Leaflet).
- **cep-autocomplete** — componente React de endereço com busca por CEP.

## Formação

- **Bacharelado em Sistemas de Informação** — Universidade Federal do Vale do Jequitaí, 2016–2020

## Idiomas

Português (nativo) · Inglês (avançado) · Espanhol (intermediário)
"""

TEXTS["resumes/r11_achieng_otieno.md"] = """\
**ACHIENG MERCY OTIENO**

Territory Sales Representative | Nakuru, Kenya | +254 712 555 310 | achieng.otieno@example.co.ke

---

**PROFILE**

Results-driven sales professional with seven years in agricultural inputs across the Rift Valley. I know the \
agrovets, the farmers and the roads.

**WORK EXPERIENCE**

**Shamba Bora Agrovet Ltd** | Nakuru  
_Territory Sales Representative_ | Jan 2020 – Present

- Manage 60 agrovet dealers in Nakuru, Baringo and Laikipia counties.
- Grew territory sales from KES 18M to KES 31M in three years.
- Run farmer field days with the agronomy team.

**Mavuno Seeds Kenya Limited** | Eldoret  
_Sales Executive_ | May 2017 – Dec 2019

- Opened 25 new stockists for certified maize and bean seed.

**Kisumu Dairy Cooperative Society** | Kisumu  
_Marketing Intern (Industrial Attachment)_ | May – Aug 2016

- Supported milk-collection campaigns and member surveys.

**KEY SKILLS**

Key account management | Route planning | Agronomy advice | Salesforce | Microsoft Excel | Market surveys

**EDUCATION**

Bachelor of Commerce in Marketing — Rongai University College, 2012 – 2016  
Kenya Certificate of Secondary Education (KCSE) — Ng'iya Girls' High School, 2011

**LANGUAGES**

English, Kiswahili, Dholuo

**REFEREES**

1. Mr. Peter Kiprono, Regional Sales Manager, Shamba Bora Agrovet Ltd — 0722 555 101
2. Ms. Grace Wambui, Sales Manager, Mavuno Seeds Kenya Limited — 0733 555 202
"""

TEXTS["resumes/r17_rizky_pratama_wibowo.md"] = """\
# Rizky Pratama Wibowo

Data Engineer — Jakarta Selatan · rizky.wibowo@example.id · github.com/rizkypw-example

## Ringkasan

Data engineer dengan pengalaman 6 tahun membangun pipeline data untuk e-commerce dan logistik. Terbiasa \
dengan Airflow, BigQuery dan dbt.

## Pengalaman Kerja

**Data Engineer** — PT Nusantara Data Cerdas, Jakarta  
*Mei 2021 – Sekarang*

- Membangun 70+ DAG Airflow yang memindahkan data transaksi ke BigQuery setiap jam.
- Menurunkan biaya query bulanan sebesar 40% dengan partisi dan model dbt inkremental.

**Business Intelligence Analyst** — PT Sinar Logistik Andalan Tbk, Surabaya  
*Agu 2018 – Apr 2021*

- Membuat dasbor pengiriman di Looker Studio untuk 12 cabang.

**Data Analyst (Magang)** — PT Kopi Kawan Kita, Bandung  
*Jan 2018 – Jul 2018*

- Analisis penjualan harian outlet dengan Python dan SQL.

## Keahlian

Python · SQL · Apache Airflow · BigQuery · dbt · Apache Spark · Looker Studio · Docker

## Proyek

- **airflow-idx-scraper** — DAG open-source untuk mengunduh data harga saham harian.
- **Dasbor Banjir Jakarta** — peta ketinggian air pintu air dari data terbuka.

## Pendidikan

**S1 Teknik Informatika**, Institut Teknologi Cendana Nusantara, 2014 – 2018

## Sertifikasi

Google Cloud Professional Data Engineer (2023)
"""

TEXTS["resumes/r21_yasmine_el_idrissi.md"] = """\
# Yasmine EL IDRISSI

Analyste financière · Casablanca · +212 6 61 55 02 30 · yasmine.elidrissi@example.ma

## Profil

Analyste financière, 6 ans d'expérience en contrôle de gestion et en modélisation pour l'industrie et la \
distribution.

## Expériences professionnelles

**Depuis sept. 2021 — Analyste financière senior**, Atlas Carrières SA, Casablanca

- Construction du modèle budgétaire pluriannuel (3 sites, 900 salariés).
- Reporting mensuel au comité de direction sous Power BI ; clôture ramenée de J+10 à J+6.

**Sept. 2018 – août 2021 — Analyste financière**, Oasis Distribution Maroc SARL, Rabat

- Suivi de la rentabilité par enseigne et par magasin (45 points de vente).
- Préparation des liasses de consolidation IFRS.

**Févr. 2018 – juil. 2018 — Stagiaire contrôle de gestion**, Groupe Argan Sud SA, Agadir

- Stage de fin d'études : analyse des écarts budgétaires.

## Formation

- **Master en Finance d'entreprise**, École Supérieure de Gestion de l'Atlas, 2018
- **Licence en Économie et Gestion**, Université Hassan-Bouregreg, 2016

## Compétences

Modélisation financière · Excel (VBA) · Power BI · SAP FI · IFRS · Consolidation

## Langues

Arabe (langue maternelle) · Français (courant) · Anglais (professionnel)
"""

TEXTS["job_descriptions/jd01_cold_creek_mechanical_hvac_service_technician.txt"] = """\
Skip to main content
Home   Company reviews   Find salaries   Sign in   Employers / Post Job

What: HVAC technician        Where: Toledo, OH        Find jobs

HVAC Service Technician
Cold Creek Mechanical, LLC
4.1 out of 5 stars
Toledo, OH 43612
$28 - $38 an hour - Full-time
Apply now        Save

Profile insights
Licenses: Driver's License
Certifications: EPA Universal Certification

Job details
Pay: $28 - $38 an hour
Job type: Full-time
Shift & schedule: 8 hour shift, On call, Weekends as needed

Benefits
Pulled from the full job description
401(k) matching   Health insurance   Paid time off   Company truck

Full job description
Cold Creek Mechanical is a family-owned heating, cooling and plumbing contractor serving Northwest Ohio since 1988.
We are adding an HVAC Service Technician to our residential and light-commercial service team.

What you'll do:
- Diagnose and repair furnaces, boilers, heat pumps and split systems
- Perform preventive maintenance and explain options to homeowners
- Keep accurate service tickets on a tablet

Requirements:
- 3+ years of residential or light-commercial HVAC service experience
- EPA 608 Universal certification
- Valid driver's license with a clean driving record
- Ability to lift 75 lbs and work in attics and crawl spaces

Preferred:
- NATE certification
- Experience with ServiceTitan

Cold Creek Mechanical is an equal opportunity employer.

Hiring Insights
Job activity: Posted 3 days ago

Report job

People also searched:  hvac installer   maintenance technician   refrigeration technician
"""

TEXTS["job_descriptions/jd03_town_of_port_aldric_payroll_clerk.txt"] = """\
TOWN OF PORT ALDRIC
EMPLOYMENT OPPORTUNITY - INTERNAL / EXTERNAL POSTING

Job Title:        Payroll Clerk
Employer:         Town of Port Aldric
Department:       Finance & Corporate Services
Posting Number:   2024-117
Status:           Permanent Full-Time (35 hours/week)
Pay Grade:        Inside Workers, Grade 6 ($29.14 - $33.87 per hour)
Location:         Town Hall, 40 Harbour Street
Closing Date:     Friday, June 21, 2024 at 4:30 p.m.

POSITION SUMMARY
Reporting to the Payroll & Benefits Supervisor, the Payroll Clerk processes bi-weekly payroll for about
450 full-time, part-time, seasonal and volunteer firefighter employees.

DUTIES
- Enter and verify time, overtime and leave for all departments
- Apply collective agreement provisions and process retroactive pay
- Prepare ROEs, T4s and remittances to CRA
- Answer employee questions about pay and deductions

QUALIFICATIONS
- Two-year diploma in Accounting, Business Administration or Payroll
- Payroll Compliance Practitioner (PCP) certification, or working towards it
- 2 years of payroll experience, preferably in a unionized environment
- Advanced Excel skills

ASSETS
- Experience with a municipal ERP system
- Knowledge of OMERS pension administration

Please submit your resume and cover letter quoting posting number 2024-117 to careers@portaldric.example
by the closing date. We thank all applicants; only those selected for an interview will be contacted.
Accommodations are available on request for candidates taking part in all aspects of the selection process.
"""

TEXTS["job_descriptions/jd07_unnamed_bfsi_client_senior_java_developer.txt"] = """\
From: Divya Menon <divya.menon@talentnest.example>
Subject: Urgent opening || Senior Java Developer || Bengaluru (Hybrid)

Hi,

Greetings from TalentNest Consulting!

Hope you are doing well. We have an urgent requirement with one of our clients, a leading BFSI product company,
for the below position. Please find the JD and let me know your interest.

Position: Senior Java Developer
Experience: 6 - 9 years
Location: Bengaluru (Hybrid - 3 days WFO)
Notice Period: Immediate to 30 days
Employment: Full time, client payroll

Mandatory Skills:
- Core Java
- Spring Boot
- Microservices
- Kafka
- Oracle or PostgreSQL

Good to have:
- AWS
- Kubernetes

Roles & Responsibilities:
- Design and develop high-volume payment microservices
- Own code quality, reviews and production support
- Work with product owners in an Agile setup

If interested, kindly share your updated CV with the below details:
Total Exp:
Relevant Exp:
CTC:
ECTC:
Notice Period:
Current Location:

Thanks & Regards,
Divya Menon
Senior Technical Recruiter | TalentNest Consulting
"""

TEXTS["job_descriptions/jd10_brightwire_electrical_electrician.txt"] = """\
Gumtree > Jobs > Trades & Services > Electricians        Posted 2 days ago

Electrician wanted - immediate start - Newcastle NSW

Price: $45-$52/hr + overtime
Location: Mayfield, NSW 2304

Brightwire Electrical Pty Ltd is a busy Newcastle contractor doing domestic, strata and small commercial
work. Due to new builders coming on board we need another sparky ASAP.

The job:
- New homes fit-off, switchboard upgrades, fault finding
- Some solar and battery installs
- Mon-Fri 7am-3:30pm, some Saturdays

You must have:
- Unrestricted electrical licence (NSW)
- White Card
- Min. 3 years post-trade experience
- Own reliable vehicle and full driver's licence

Would be good:
- Solar / battery install experience
- Level 2 ASP accreditation

Company ute and tools after probation for the right person. Call Shane on 0400 555 219 or reply to this ad
with your resume. No recruiters.

Ad ID 1329991047       Report ad       Save       Share
"""

TEXTS["job_descriptions/jd02_fernhollow_backend_engineer_python.md"] = """\
---
title: "Backend Engineer (Python)"
team: Platform
location: Remote (UK/EU)
employment: Full-time
published: 2024-05-28
---

# Backend Engineer (Python)

**Fernhollow** · Remote (UK/EU) · Full-time · £70k–£85k

Fernhollow makes booking and billing software for independent physiotherapy clinics. This file lives in
our public `careers` repo; open an issue if anything is unclear.

## What you'll work on

- The appointments and invoicing APIs (Django, PostgreSQL, Celery)
- Integrations with payment providers and insurers
- On-call, one week in six, with a sane rota

## You have

- 3+ years building production web services in Python
- Django or FastAPI
- PostgreSQL and solid SQL
- Experience with automated testing and CI

## Nice to have

- Celery or another task queue
- Healthcare or payments domain knowledge

## How we hire

1. 30-minute chat with the hiring manager
2. Take-home (paid, max 3 hours) or a pairing session, your choice
3. Team interview and values chat
"""

TEXTS["job_descriptions/jd06_tallowood_analytics_founding_data_engineer.md"] = """\
# Founding Data Engineer | Tallowood Analytics

📍 Melbourne, VIC or remote (AU time zones) · 💰 A$150k – A$175k + 0.4% – 0.8% equity · 🧑‍💻 Full-time

> Tallowood Analytics · Seed · 11 employees · Climate & agriculture

## About Tallowood

We turn satellite and sensor data into yield forecasts for Australian growers. You'll be our first dedicated
data engineer, working with two ML engineers and the CTO.

## What you'll do

- Design the warehouse and orchestration from scratch
- Build ingestion for satellite tiles, weather feeds and farm sensors
- Set the standards for testing, lineage and data quality

## What we're looking for

- 4+ years as a data engineer
- Python and SQL
- Airflow or Dagster
- dbt
- A cloud warehouse (BigQuery, Snowflake or Redshift)

## Nice to have

- Kafka
- Terraform
- Geospatial data (GDAL, rasterio)

## Perks

Flexible hours · Home-office budget · Annual team week in the Yarra Valley

[Apply for this job](https://jobs.example/tallowood/founding-data-engineer)
"""

TEXTS["job_descriptions/jd11_cabinet_valmont_avocats_juriste_droit_social.md"] = """\
**Cabinet Valmont Avocats**

# Juriste droit social (H/F)

Lyon 3e · CDI · Hybride (2 jours de télétravail) · 42–48 k€ bruts annuels

## Qui sommes-nous ?

Cabinet Valmont Avocats est un cabinet d'affaires lyonnais de 35 personnes. Notre pôle social conseille des
PME et ETI en droit du travail individuel et collectif.

## Vos missions

- Rédaction de contrats de travail, avenants et accords d'entreprise
- Préparation des dossiers contentieux prud'homaux avec les avocats associés
- Veille juridique et notes de synthèse pour les clients

## Profil recherché

- Master 2 en droit social
- 3 ans d'expérience minimum en cabinet ou en entreprise
- Maîtrise du Code du travail et de la convention collective Syntec
- Excellentes qualités rédactionnelles

## Un plus

- Anglais juridique
- Expérience en restructurations

## Processus

Entretien RH, puis entretien avec l'associée du pôle social, puis cas pratique.
"""


def write_texts():
    for rel, body in TEXTS.items():
        with open(os.path.join(HERE, rel), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(body)
        print("  wrote", os.path.basename(rel))


PDF_RESUMES = [r01_kayla_dunmore, r05_nguyen_thi_thu_ha, r09_emre_yildirim, r14_poppy_ashworth, r19_park_ji_won,
               r22_siobhan_ni_bhriain]
DOCX_RESUMES = [r02_hollie_marsden, r07_daan_kuipers, r10_brianna_castellanos, r12_sneha_raghunathan,
                r16_gurpreet_sandhu, r18_mohamed_abdel_rahman, r23_chukwuemeka_eze]
CONVERTED = {"r06_mackenzie_laroche": r06_mackenzie_laroche_docx,
             "r13_kristina_dela_cruz": r13_kristina_dela_cruz_docx,
             "r24_nomvula_dlamini": r24_nomvula_dlamini_docx}
JD_DOCX = [jd04_the_gilded_wren_sous_chef, jd08_parcelgrove_account_executive_mid_market,
           jd12_little_harbour_learning_centre_early_childhood_educator]
JD_PDF = [jd05_wessex_vale_hospitals_staff_nurse, jd09_kestrel_and_quill_studio_middleweight_graphic_designer]


def main():
    if "--check" not in sys.argv:
        buildkit.build(RES, JDS, pdf_resumes=PDF_RESUMES, docx_resumes=DOCX_RESUMES, converted=CONVERTED,
                       jd_docx=JD_DOCX, jd_pdf=JD_PDF)
        write_texts()
    return buildkit.check_labels(HERE, FORMATS)


if __name__ == "__main__":
    sys.exit(main())
