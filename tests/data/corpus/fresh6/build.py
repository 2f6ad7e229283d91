"""Rebuild the PDF and DOCX documents of the sixth fresh set from the content held in this script.

    /work/main/.venv/bin/python tests/data/corpus/fresh6/build.py

reportlab draws six of the resume PDFs and the one PDF job description (canvas drawing, invariant=1);
python-docx writes the DOCX files (fixed core properties, fixed ZIP entry timestamps); two resumes (r06, r14)
are Word files that LibreOffice (`soffice --headless --convert-to pdf`) turns into PDF, and those PDFs are
rewritten through pypdf with fixed metadata and a fixed document ID so that a rebuild gives the same bytes.
TXT and Markdown documents are committed as written and are not touched here.

Everything is fictional: every person, employer, client, school and project was invented for this set.
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
    P,
    Pt,
    box,
    bullets,
    bullets_pdf,
    col_widths,
    docx_new,
    docx_save,
    escape,
    first_par,
    grid,
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
TAG = "fresh6"
buildkit.TAG = TAG


# =========================================================================================================
# PDF resumes drawn with reportlab
# =========================================================================================================
def r01_marta_sokolowska(path):
    """Online resume-builder export: teal header band, contact row with pictograms, a vertical timeline with
    the dates to the left of the line and a dot per entry, a right column with skill 'pills', language dots
    and the builder's watermark in the footer."""
    W, H = A4
    c = new_canvas(path, A4, "Marta_Sokolowska_CV", "Marta Sokołowska", "CVcraft.io resume builder")
    teal = HexColor("#0F766E")
    pale = HexColor("#E6F4F1")
    ink = HexColor("#1F2933")
    soft = HexColor("#5B6770")
    # header band
    box(c, 0, H - 118, W, 118, fill=teal)
    text(c, "Marta Sokołowska", 40, H - 58, "Sans-B", 26, WHITE)
    text(c, "Frontend Engineer  ·  Design Systems  ·  Accessibility", 40, H - 82, "Sans", 11.5, HexColor("#CCFBF1"))
    # contact strip with pictograms
    box(c, 0, H - 146, W, 28, fill=pale)
    x = 40
    for icon, s in [("✉", "marta.sokolowska@example.pl"), ("☎", "+48 600 000 417"), ("⌂", "Kraków, Poland"),
                    ("⚑", "marta-sok.example.dev")]:
        text(c, icon, x, H - 136, "Sans", 10, teal)
        text(c, s, x + 14, H - 136, "Sans", 8.5, ink)
        x += 14 + pdfmetrics.stringWidth(s, "Sans", 8.5) + 22

    # ---------------- main column with the timeline
    ML, MR = 40, 372
    TL = 112          # x of the timeline
    y = H - 176

    def section(title, yy, x0=ML, x1=MR):
        text(c, title.upper(), x0, yy, "Sans-B", 10.5, teal)
        hline(c, x0 + pdfmetrics.stringWidth(title.upper(), "Sans-B", 10.5) + 8, x1, yy + 3.5, HexColor("#99D5CB"),
              0.8)
        return yy - 16

    y = section("Profile", y)
    y = para_pdf(c, "Frontend engineer with eight years of experience turning design systems into fast, accessible "
                    "interfaces. I have led the component library at a travel-booking platform used by 30 product "
                    "teams, care about keyboard users as much as about Lighthouse scores, and enjoy mentoring "
                    "juniors through their first production releases.", ML, y, MR - ML, "Sans", 8.8, 12.2, ink) - 18
    y = section("Experience", y)

    def entry(y, d1, d2, title, org, bl):
        top = y
        text(c, d1, TL - 10, y - 9, "Sans-B", 7.8, teal, "r")
        text(c, d2, TL - 10, y - 19, "Sans", 7.8, soft, "r")
        c.setFillColor(WHITE)
        c.setStrokeColor(teal)
        c.setLineWidth(1.6)
        c.circle(TL, y - 6, 4, fill=1, stroke=1)
        x0 = TL + 12
        text(c, title, x0, y - 9, "Sans-B", 9.8, ink)
        text(c, org, x0, y - 21, "Sans", 8.6, teal)
        y -= 27
        y = bullets_pdf(c, bl, x0, y, MR - x0, "Sans", 8.3, ink, "–", 9, 1.2, 11)
        return top, y - 10

    tl_top = y
    _, y = entry(y, "03/2021 –", "Present", "Senior Frontend Engineer", "Wistula Travel Tech  |  Kraków",
                 ["Lead the Kompas design system (React, TypeScript, Storybook): 140 components adopted by 30 "
                  "product teams.",
                  "Cut the median checkout bundle from 410 kB to 180 kB with route-level code splitting.",
                  "Brought the booking flow to WCAG 2.1 AA; screen-reader conversion rose 2.4×.",
                  "Mentor four engineers; run the monthly frontend guild."])
    _, y = entry(y, "09/2018 –", "02/2021", "Frontend Developer", "Brzoza Commerce Sp. z o.o.  |  Wrocław",
                 ["Migrated a jQuery storefront to Vue.js 2 and Nuxt, page by page, without a freeze.",
                  "Built the product-configurator used for 65% of furniture orders.",
                  "Introduced visual regression tests with Playwright."])
    _, y = entry(y, "07/2016 –", "08/2018", "Junior Web Developer", "Pixelmarsh Agency  |  Katowice",
                 ["Built marketing sites and email templates for 20+ clients in regional retail and tourism.",
                  "Owned the agency's first accessibility checklist."])
    c.setStrokeColor(HexColor("#99D5CB"))
    c.setLineWidth(1.2)
    c.line(TL, tl_top - 11, TL, y + 12)
    y -= 4
    y = section("Education", y)
    tl_top = y
    _, y = entry(y, "2012 –", "2016", "BSc Computer Science", "Vistula Valley University of Technology  |  Kraków",
                 ["Thesis: automated contrast checking for web interfaces."])
    c.setStrokeColor(HexColor("#99D5CB"))
    c.line(TL, tl_top - 11, TL, y + 12)
    y -= 4
    y = section("Side projects", y)
    for name, desc in [("Szlak", "offline-first hiking map PWA for the Tatra trails; 9k monthly users."),
                       ("Paleta", "CLI that checks design-token colour pairs against WCAG contrast ratios; "
                                  "used in two open-source design systems.")]:
        y = para_pdf(c, "<b>" + name + "</b> — " + escape(desc), ML, y, MR - ML, "Sans", 8.5, 12, ink,
                     markup=True) - 5

    # ---------------- right column
    RX, RR = 398, W - 36
    y = H - 176
    y = section("Skills", y, RX, RR)
    px, py = RX, y
    for s in ["TypeScript", "React", "Vue.js", "Nuxt", "Storybook", "CSS Grid", "Web Accessibility",
              "WCAG 2.1", "Jest", "Playwright", "GraphQL", "Node.js", "Vite", "Figma", "Design Tokens"]:
        w = pdfmetrics.stringWidth(s, "Sans", 8) + 14
        if px + w > RR:
            px = RX
            py -= 20
        box(c, px, py - 12, w, 16, fill=pale, r=7)
        text(c, s, px + 7, py - 7, "Sans", 8, teal)
        px += w + 5
    y = py - 34
    y = section("Languages", y, RX, RR)
    for lang, n in [("Polish", 5), ("English", 4), ("German", 2)]:
        text(c, lang, RX, y - 8, "Sans", 8.6, ink)
        for k in range(5):
            c.setFillColor(teal if k < n else HexColor("#D5E8E4"))
            c.circle(RX + 90 + k * 11, y - 5, 3.6, fill=1, stroke=0)
        y -= 16
    y -= 14
    y = section("Certificates", y, RX, RR)
    for s in ["IAAP Web Accessibility Specialist (2022)", "Frontend Masters: Advanced TypeScript (2020)"]:
        y = para_pdf(c, s, RX, y, RR - RX, "Sans", 8.3, 11, ink) - 5
    y -= 12
    y = section("Interests", y, RX, RR)
    para_pdf(c, "Mountain running · risograph printing · Polish poster art", RX, y, RR - RX, "Sans", 8.3, 11, ink)

    text(c, "Made with CVcraft.io — create your own resume in minutes", W / 2, 22, "Sans", 6.8, HexColor("#9AA5AE"),
         "c")
    c.showPage()
    c.save()


def r04_larissa_figueiredo_monteiro(path):
    """Brazilian 'Currículo' in Portuguese: centred name in capitals with personal data (nationality, marital
    status, age), grey section bars, each job as labelled lines (Empresa / Cargo / Período / Atividades),
    Portuguese month abbreviations ('mar/2021 – atual')."""
    W, H = A4
    c = new_canvas(path, A4, "Currículo - Larissa Figueiredo Monteiro", "Larissa", "Microsoft Word")
    L, R_ = 56, W - 56
    y = H - 60
    text(c, "LARISSA FIGUEIREDO MONTEIRO", W / 2, y, "Times-B", 17, BLACK, "c")
    y -= 18
    for s in ["Brasileira, casada, 31 anos",
              "Rua das Paineiras, 214 – Jardim Chapadão – Campinas/SP – CEP 13070-000",
              "Celular: (19) 99999-0142  |  E-mail: larissa.fmonteiro@example.com.br",
              "LinkedIn: linkedin.com/in/larissa-figueiredo-monteiro"]:
        text(c, s, W / 2, y, "Times", 10.5, BLACK, "c")
        y -= 13.5
    y -= 8

    def brk(y, h):
        if y - h < 60:
            text(c, "1/2", W / 2, 30, "Times", 9, BLACK, "c")
            c.showPage()
            text(c, "2/2", W / 2, 30, "Times", 9, BLACK, "c")
            return H - 60
        return y

    def bar(title, y):
        y = brk(y, 70)
        box(c, L, y - 15, R_ - L, 16, fill=HexColor("#D9D9D9"))
        text(c, title, L + 5, y - 11, "Times-B", 11, BLACK)
        return y - 24

    y = bar("OBJETIVO", y)
    y = para_pdf(c, "Analista de Controladoria Sênior / Coordenação Financeira", L + 5, y, R_ - L - 10, "Times",
                 11, 14) - 10
    y = bar("RESUMO DE QUALIFICAÇÕES", y)
    y = bullets_pdf(c, ["Mais de 10 anos de experiência em controladoria, auditoria e planejamento financeiro em "
                        "indústria e agronegócio.",
                        "Implantação de orçamento base zero e de painéis gerenciais em Power BI.",
                        "Vivência em fechamento contábil mensal, consolidação e atendimento a auditorias externas."],
                    L + 8, y, R_ - L - 12, "Times", 10.5, BLACK, "•", 11, 2, 13.5) - 8
    y = bar("EXPERIÊNCIA PROFISSIONAL", y)

    def job(y, empresa, cargo, periodo, ativ):
        y = brk(y, 75 + 15 * len(ativ))
        for k, v in [("Empresa:", empresa), ("Cargo:", cargo), ("Período:", periodo)]:
            text(c, k, L + 5, y - 11, "Times-B", 10.5)
            text(c, v, L + 62, y - 11, "Times", 10.5)
            y -= 14
        text(c, "Principais atividades:", L + 5, y - 11, "Times-B", 10.5)
        y -= 15
        y = bullets_pdf(c, ativ, L + 14, y, R_ - L - 20, "Times", 10.5, BLACK, "-", 9, 1.5, 13.2)
        return y - 10

    y = job(y, "Cerâmica Três Rios Ltda. – Campinas/SP", "Analista de Controladoria Sênior", "mar/2021 – atual",
            ["Responsável pelo orçamento anual (R$ 480 milhões de receita) e pelo forecast trimestral.",
             "Estruturação do custeio por absorção das três fábricas, com redução de 7% no custo unitário.",
             "Elaboração do book mensal de resultados para a diretoria e o conselho."])
    y = job(y, "Cooperativa Agroindustrial Vale do Jequitibá – Jundiaí/SP", "Analista Financeira Pleno",
            "jan/2018 – fev/2021",
            ["Fluxo de caixa, conciliações bancárias e análise de crédito de cooperados.",
             "Migração do ERP para TOTVS Protheus (módulos financeiro e contábil)."])
    y = job(y, "Bastos & Lemes Auditores Independentes – São Paulo/SP", "Assistente de Auditoria",
            "fev/2015 – dez/2017",
            ["Auditoria de demonstrações financeiras de clientes dos setores de varejo e agronegócio.",
             "Testes de controles internos e revisão de provisões."])
    y = job(y, "Mercantil Irmãos Sato S.A. – Campinas/SP", "Estagiária de Contabilidade", "jul/2013 – jan/2015",
            ["Lançamentos contábeis, conciliações e apoio ao fechamento mensal."])
    y = bar("FORMAÇÃO ACADÊMICA", y)
    for s in ["MBA em Controladoria e Finanças – Fundação Paulista de Estudos Contábeis – concluído em 2020",
              "Bacharelado em Ciências Contábeis – Centro Universitário Serra Azul – concluído em 2014"]:
        y = bullets_pdf(c, [s], L + 8, y, R_ - L - 12, "Times", 10.5, BLACK, "•", 11, 2, 13.5)
    y -= 8
    y = bar("COMPETÊNCIAS TÉCNICAS", y)
    y = para_pdf(c, "SAP FI/CO (avançado); Excel (avançado); VBA; Power BI; TOTVS Protheus; IFRS e CPC; "
                    "Orçamento empresarial; Análise de custos", L + 5, y, R_ - L - 10, "Times", 10.5, 13.5) - 10
    y = bar("IDIOMAS", y)
    y = para_pdf(c, "Inglês – avançado  |  Espanhol – intermediário", L + 5, y, R_ - L - 10, "Times", 10.5,
                 13.5) - 10
    y = bar("CURSOS COMPLEMENTARES", y)
    bullets_pdf(c, ["Excel Avançado com VBA – Escola Técnica Paulista de Informática (40 h) – 2019",
                    "Power BI para Finanças – Instituto Ipê de Capacitação (24 h) – 2021"],
                L + 8, y, R_ - L - 12, "Times", 10.5, BLACK, "•", 11, 2, 13.5)
    c.showPage()
    c.save()


def r09_curtis_albrecht(path):
    """US enterprise-sales resume: name left / contact right, a ruled 'Quota Performance' table (year,
    company, quota, attainment, rank) at the top, then company lines with the place at the right margin and
    title + dates under them, and a two-group skills block."""
    W, H = LETTER
    c = new_canvas(path, LETTER, "Curtis Albrecht Resume", "Curtis Albrecht", "Pages")
    L, R_ = 50, W - 50
    navy = HexColor("#1D3557")
    red = HexColor("#C1121F")
    y = H - 62
    text(c, "CURTIS ALBRECHT", L, y, "Arial-B", 22, navy)
    text(c, "Enterprise Account Executive — SaaS / FinOps", L, y - 18, "Arial", 11, red)
    for k, s in enumerate(["Denver, CO 80205", "(720) 555-0193", "curtis.albrecht@example.com",
                           "linkedin.com/in/curtisalbrecht-sales"]):
        text(c, s, R_, y + 6 - k * 12, "Arial", 8.8, BLACK, "r")
    y -= 38
    hline(c, L, R_, y, navy, 2)
    y -= 16
    y = para_pdf(c, "Quota-carrying seller with eight years in B2B SaaS, the last five closing six- and seven-figure "
                    "deals with CFOs and heads of engineering. Consistent over-attainment, two President's Club "
                    "trips, and a reputation for clean forecasts.", L, y, R_ - L, "Arial", 9.5, 13) - 14

    def head(t, y):
        text(c, t, L, y - 11, "Arial-B", 11, navy)
        hline(c, L, R_, y - 15, HexColor("#A8B4C4"), 0.7)
        return y - 24

    y = head("QUOTA PERFORMANCE", y)
    rows = [["Year", "Company", "Annual quota", "Closed", "Attainment", "Rank"],
            ["2023", "Ledgerlight Software", "$1.6M ARR", "$2.21M", "138%", "#2 of 24"],
            ["2022", "Ledgerlight Software", "$1.4M ARR", "$1.75M", "125%", "#3 of 21"],
            ["2021", "Ledgerlight Software", "$1.1M ARR (ramp)", "$1.19M", "108%", "#6 of 18"],
            ["2020", "Tessellate Cloud", "$780K ACV", "$897K", "115%", "#1 of 9"],
            ["2019", "Tessellate Cloud", "$700K ACV", "$742K", "106%", "#3 of 9"],
            ["2017", "Tessellate Cloud", "240 SQLs", "291 SQLs", "121%", "#1 of 12 SDRs"]]
    y = grid(c, L, y, [44, 132, 92, 62, 70, 112], rows, "Arial", 8.8, 4, HexColor("#E8EEF5"), "Arial-B",
             HexColor("#A8B4C4")) - 18
    y = head("PROFESSIONAL EXPERIENCE", y)

    def company(y, name, place):
        text(c, name, L, y - 11, "Arial-B", 10.5)
        text(c, place, R_, y - 11, "Arial", 9.5, BLACK, "r")
        return y - 14

    def role(y, title, dates, bl):
        text(c, title, L, y - 10, "Arial-I", 10)
        text(c, dates, R_, y - 10, "Arial-I", 9.5, BLACK, "r")
        y -= 14
        return bullets_pdf(c, bl, L + 6, y, R_ - L - 6, "Arial", 9.3, BLACK, "•", 10, 1.5, 12.3) - 8

    y = company(y, "Ledgerlight Software", "Denver, CO")
    y = role(y, "Enterprise Account Executive", "Feb 2021 – Present",
             ["Own a territory of 60 named accounts ($1B+ revenue) in the Mountain and Central regions.",
              "Closed the company's largest new-logo deal ($640K ARR, 3 years) with a national grocery chain.",
              "Built a partner motion with two Denver MSPs that now sources 30% of my pipeline.",
              "Average sales cycle 94 days; forecast accuracy within 5% for 10 straight quarters."])
    y = company(y, "Tessellate Cloud", "Boulder, CO")
    y = role(y, "Mid-Market Account Executive", "Jan 2018 – Jan 2021",
             ["Full-cycle sales of cloud cost-management software to companies with 200–2,000 employees.",
              "President's Club 2020; top seller during the move to virtual selling."])
    y = role(y, "Sales Development Representative", "Jun 2016 – Dec 2017",
             ["Outbound prospecting into engineering leaders; promoted to AE in 18 months."])
    y = head("SKILLS", y)
    for k, v in [("Sales stack:", "Salesforce, Outreach, Gong, ZoomInfo, Clari, LinkedIn Sales Navigator"),
                 ("Methods:", "MEDDPICC, Challenger Sale, Command of the Message, value-based selling")]:
        text(c, k, L, y - 10, "Arial-B", 9.5)
        y = para_pdf(c, v, L + 78, y, R_ - L - 78, "Arial", 9.5, 12.5) - 4
    y -= 10
    y = head("EDUCATION & AWARDS", y)
    text(c, "B.A. Communication — Front Range State University, Fort Collins, CO", L, y - 10, "Arial", 9.5)
    text(c, "2016", R_, y - 10, "Arial", 9.5, BLACK, "r")
    y -= 14
    text(c, "President's Club: 2020 (Tessellate Cloud), 2023 (Ledgerlight Software)", L, y - 10, "Arial", 9.5)
    c.showPage()
    c.save()


def r17_hollis_redgrave(path):
    """Two columns with a dark sidebar on the RIGHT (contact, skills, education, licence). In the main column
    each job opens with the employer in capitals and its place, then the bullets, and only then an italic
    line with the job title and the dates."""
    W, H = LETTER
    c = new_canvas(path, LETTER, "Hollis Redgrave - Mechanical Engineer", "Hollis Redgrave", "Canva")
    side_x = W - 188
    dark = HexColor("#22313F")
    amber = HexColor("#E9A23B")
    box(c, side_x, 0, 188, H, fill=dark)
    L, R_ = 42, side_x - 26
    y = H - 64
    text(c, "Hollis", L, y, "Cond", 30, dark)
    text(c, "REDGRAVE", L, y - 32, "Cond-B", 30, amber)
    text(c, "Mechanical Design Engineer, P.Eng.", L, y - 54, "Cond", 12, dark)
    y -= 80
    y = para_pdf(c, "I design heavy bulk-handling equipment that has to survive Canadian winters: conveyors, "
                    "transfer chutes and hydraulic systems for steel, aggregates and port terminals. Ten years "
                    "from napkin sketch to site commissioning.", L, y, R_ - L, "Cond", 9.6, 13.4, dark) - 16

    def head(t, y, x=L, col=dark, rule=HexColor("#C9D1D9"), x1=None):
        text(c, t, x, y - 12, "Cond-B", 12.5, col)
        hline(c, x, x1 or R_, y - 17, rule, 0.8)
        return y - 28

    y = head("WORK EXPERIENCE", y)

    def job(y, org, place, bl, title, dates):
        text(c, org, L, y - 11, "Cond-B", 11, dark)
        text(c, place, R_, y - 11, "Cond", 9.5, HexColor("#6A7885"), "r")
        y -= 17
        y = bullets_pdf(c, bl, L + 2, y, R_ - L - 2, "Cond", 9.4, dark, "▪", 10, 1.6, 12.6, amber)
        y -= 2
        text(c, title + "  |  " + dates, L, y - 10, "Cond-I", 9.8, HexColor("#8A5A12"))
        return y - 26

    y = job(y, "Ironbridge Conveyor Systems", "Hamilton, ON",
            ["Lead designer for overland and plant conveyors up to 2.4 km, belt widths to 1,800 mm.",
             "Redesigned a sinter-plant transfer chute with DEM modelling; liner life went from 9 to 26 months.",
             "Own the engineering side of 12–15 projects a year (CAD 1–18M) and sign drawings as P.Eng.",
             "Introduced a SolidWorks design library and Windchill release workflow, halving drafting hours "
             "on repeat equipment.",
             "Mentor two EITs and the summer co-op students."],
            "Senior Mechanical Design Engineer", "May 2020 – Present")
    y = job(y, "Lakeshore Hydraulics Inc.", "Burlington, ON",
            ["Designed hydraulic power units and cylinder assemblies for steel-mill and marine customers.",
             "Ran DFMEA and FEA (ANSYS Mechanical) for pressure-containing parts to CSA B51.",
             "Cut warranty claims on the HPU range by 40% by redesigning manifolds and filtration."],
            "Mechanical Design Engineer", "Sep 2016 – Apr 2020")
    y = job(y, "Niagara Tooling Ltd.", "St. Catharines, ON",
            ["Drew fixtures and jigs for automotive stamping lines; first exposure to GD&T on the shop floor."],
            "Engineering Co-op Student", "Jan 2015 – Aug 2015")
    y = head("PROJECT HIGHLIGHTS", y)
    for name, d in [("Port Colborne ship-loader retrofit", "new shuttle conveyor and telescopic chute; "
                     "commissioned in a 10-day outage."),
                    ("Tube-press HPU platform", "modular hydraulic power unit now sold in three sizes.")]:
        y = para_pdf(c, "<b>" + escape(name) + "</b> — " + escape(d), L, y, R_ - L, "Cond", 9.4, 12.6, dark,
                     markup=True) - 5

    # sidebar
    sx, sr = side_x + 18, W - 18
    yy = H - 60
    for icon, s in [("@", "hollis.redgrave@example.ca"), ("T", "+1 905 555 0148"), ("A", "Hamilton, Ontario"),
                    ("in", "linkedin.com/in/hredgrave")]:
        text(c, s, sx, yy, "Cond", 8.8, WHITE)
        yy -= 14
    yy -= 16
    yy = head("SKILLS", yy, sx, amber, HexColor("#4B5D6E"), sr)
    for s in ["SolidWorks", "AutoCAD", "GD&T", "ANSYS Mechanical", "DEM simulation", "DFMEA",
              "Sheet metal design", "Hydraulic circuit design", "Windchill PDM", "MATLAB"]:
        text(c, "›  " + s, sx, yy, "Cond", 9.2, WHITE)
        yy -= 14
    yy -= 14
    yy = head("EDUCATION", yy, sx, amber, HexColor("#4B5D6E"), sr)
    yy = para_pdf(c, "B.Eng. Mechanical Engineering", sx, yy, sr - sx, "Cond-B", 9.4, 12, WHITE) - 1
    yy = para_pdf(c, "Escarpment University, Hamilton ON", sx, yy, sr - sx, "Cond", 9.2, 12, WHITE) - 1
    yy = para_pdf(c, "2011 – 2016 (co-op stream)", sx, yy, sr - sx, "Cond-I", 8.8, 12, HexColor("#C9D1D9")) - 18
    yy = head("LICENCE", yy, sx, amber, HexColor("#4B5D6E"), sr)
    yy = para_pdf(c, "Professional Engineer (P.Eng.), Professional Engineers Ontario, 2020", sx, yy, sr - sx,
                  "Cond", 9.2, 12, WHITE) - 18
    yy = head("LANGUAGES", yy, sx, amber, HexColor("#4B5D6E"), sr)
    para_pdf(c, "English, French (conversational)", sx, yy, sr - sx, "Cond", 9.2, 12, WHITE)
    c.showPage()
    c.save()


def r21_haruka_tsujimoto(path):
    """Japanese rirekisho translated into English: ruled form with personal data and a photo box, then a
    Year | Month | History grid in which employment is told as events ('Joined ...', 'Assigned to ... as ...',
    'Promoted to ...', 'Resigned ...', 'Currently employed', 'End'); page 2 is the shokumu-keirekisho (work
    history details) with a skills table and the self-PR."""
    W, H = A4
    c = new_canvas(path, A4, "Rirekisho - TSUJIMOTO Haruka", "TSUJIMOTO Haruka", "JIS rirekisho template")
    L, R_ = 48, W - 48
    grey = HexColor("#555555")
    y = H - 56
    text(c, "RIREKISHO  (Curriculum Vitae)", L, y, "Serif-B", 16)
    text(c, "As of June 1, 2024", R_, y, "Serif", 9.5, BLACK, "r")
    y -= 14
    photo_w = 96
    fx = L
    fw = R_ - L - photo_w - 12
    rows = [("Name (Romaji)", "TSUJIMOTO Haruka"), ("Date of birth", "March 8, 1991  (age 33)        Sex: Female"),
            ("Address", "3-14-2 Motosumiyoshi, Nakahara-ku, Kawasaki-shi, Kanagawa"),
            ("Postcode / Tel.", "211-0025   /   +81 90-0000-4471"), ("E-mail", "h.tsujimoto@example.jp")]
    for k, v in rows:
        h = 30 if k == "Name (Romaji)" else 20
        box(c, fx, y - h, 92, h, stroke=BLACK, width=0.6)
        box(c, fx + 92, y - h, fw - 92, h, stroke=BLACK, width=0.6)
        text(c, k, fx + 5, y - h / 2 - 3, "Serif", 8.3, grey)
        text(c, v, fx + 98, y - h / 2 - (5 if h == 30 else 3), "Serif-B" if h == 30 else "Serif", 14 if h == 30
             else 9.2)
        y -= h
    c.setDash(2, 2)
    box(c, R_ - photo_w, y + 8, photo_w, 110, stroke=grey, width=0.6)
    c.setDash()
    text(c, "Photo", R_ - photo_w / 2, y + 70, "Serif", 8.5, grey, "c")
    text(c, "30 × 40 mm", R_ - photo_w / 2, y + 58, "Serif", 7.5, grey, "c")
    y -= 18

    cw = [46, 34, R_ - L - 80]

    def hist_table(y, title_cols, entries):
        # header
        xx = L
        for t_, w in zip(title_cols, cw):
            box(c, xx, y - 18, w, 18, fill=HexColor("#EFEFEF"), stroke=BLACK, width=0.6)
            text(c, t_, xx + w / 2, y - 12.5, "Serif-B", 8.5, BLACK, "c")
            xx += w
        y -= 18
        for yr, mo, s in entries:
            xx = L
            for k, (v, w) in enumerate(zip((yr, mo, s), cw)):
                box(c, xx, y - 19, w, 19, stroke=BLACK, width=0.5)
                if k < 2:
                    text(c, v, xx + w / 2, y - 13, "Serif", 9, BLACK, "c")
                elif v in ("Education", "Employment"):
                    text(c, v, xx + w / 2, y - 13, "Serif-B", 9, BLACK, "c")
                elif v == "End":
                    text(c, v, xx + w - 8, y - 13, "Serif", 9, BLACK, "r")
                else:
                    text(c, v, xx + 6, y - 13, "Serif", 9)
                xx += w
            y -= 19
        return y

    y = hist_table(y, ["Year", "Month", "Education / Employment History"], [
        ("", "", "Education"),
        ("2006", "4", "Entered Kurobane Prefectural High School"),
        ("2009", "3", "Graduated from Kurobane Prefectural High School"),
        ("2009", "4", "Entered Kurobane Institute of Technology, Faculty of Engineering (Mechanical Eng.)"),
        ("2013", "3", "Graduated from Kurobane Institute of Technology — B.Eng. in Mechanical Engineering"),
        ("", "", "Employment"),
        ("2013", "4", "Joined Asagiri Precision Industries Co., Ltd. (Hamamatsu, Shizuoka)"),
        ("", "", "    Assigned to the Production Engineering Division as Production Engineer"),
        ("2018", "10", "    Promoted to Assistant Manager, Production Engineering Division"),
        ("2021", "3", "Resigned from Asagiri Precision Industries Co., Ltd. (career advancement)"),
        ("2021", "4", "Joined Tokiwa Medical Devices Corporation (Kawasaki, Kanagawa)"),
        ("", "", "    Quality Assurance Department — Quality Assurance Manager"),
        ("", "", "Currently employed"),
        ("", "", "End"),
    ])
    y -= 16
    y = hist_table(y, ["Year", "Month", "Licences / Qualifications"], [
        ("2010", "8", "Ordinary Motor Vehicle Licence (AT only)"),
        ("2015", "11", "Certified Quality Engineer, Grade 2 (QC Kentei Level 2)"),
        ("2019", "6", "TOEIC Listening & Reading Test: 865"),
        ("2022", "2", "ISO 13485 Lead Auditor (IRCA-registered course)"),
    ])
    y -= 14
    box(c, L, y - 44, R_ - L, 44, stroke=BLACK, width=0.6)
    text(c, "Personal requests (salary, position, working hours, location)", L + 6, y - 12, "Serif", 8.3, grey)
    text(c, "I will follow your company's regulations. Available to start from September 2024.", L + 6, y - 30,
         "Serif", 9.2)
    c.showPage()

    # ---------------- page 2: work history details
    y = H - 56
    text(c, "WORK HISTORY DETAILS  (Shokumu Keirekisho)", L, y, "Serif-B", 14)
    y -= 16
    text(c, "As of June 1, 2024      Name: TSUJIMOTO Haruka", R_, y, "Serif", 9, BLACK, "r")
    y -= 8
    hline(c, L, R_, y, BLACK, 1)
    y -= 18
    text(c, "■ Summary", L, y, "Serif-B", 10.5)
    y = para_pdf(c, "Eleven years in manufacturing: eight in production engineering for precision machined parts "
                    "and three leading quality assurance for Class II medical devices. Strong in process "
                    "capability studies, FMEA and regulatory audits (PMDA, notified bodies).", L + 10, y - 6,
                 R_ - L - 10, "Serif", 9.3, 13) - 12

    def company(y, period, name, info, blocks):
        box(c, L, y - 18, R_ - L, 18, fill=HexColor("#EFEFEF"), stroke=BLACK, width=0.5)
        text(c, period, L + 6, y - 12.5, "Serif-B", 9)
        text(c, name, L + 130, y - 12.5, "Serif-B", 9.5)
        y -= 18
        y = para_pdf(c, info, L + 6, y - 4, R_ - L - 12, "Serif", 8.3, 11, grey) - 6
        for hd, bl in blocks:
            text(c, hd, L + 6, y - 10, "Serif-B", 9.2)
            y -= 14
            y = bullets_pdf(c, bl, L + 14, y, R_ - L - 20, "Serif", 9, BLACK, "-", 11, 1.2, 12)
            y -= 6
        return y - 8

    y = company(y, "Apr 2021 – present", "Tokiwa Medical Devices Corporation",
                "Business: infusion pumps and disposable sets  |  Employees: 640  |  Capital: JPY 480 million",
                [("Quality Assurance Manager",
                  ["Manage a team of 7 QA engineers and inspectors.", "Maintain the ISO 13485 quality management system; zero major findings in three audits.",
                   "Led CAPA for a pump occlusion-alarm issue; field complaints fell 62% year on year.",
                   "Introduced risk files to ISO 14971:2019 for all legacy products."])])
    y = company(y, "Apr 2013 – Mar 2021", "Asagiri Precision Industries Co., Ltd.",
                "Business: machined aluminium and titanium parts for automotive and medical customers  |  "
                "Employees: 1,150",
                [("Assistant Manager, Production Engineering Division (Oct 2018 – Mar 2021)",
                  ["Led a team of 5 engineers launching 14 new parts a year on 5-axis machining lines.",
                   "Raised Cpk on critical bore diameters from 1.05 to 1.67 with fixture and tool-wear changes."]),
                 ("Production Engineer (Apr 2013 – Sep 2018)",
                  ["Wrote process sheets, control plans and PFMEAs; ran SPC for three machining cells.",
                   "Designed CATIA V5 fixtures that cut changeover time from 50 to 18 minutes."])])
    y -= 6
    text(c, "■ Technical skills", L, y, "Serif-B", 10.5)
    y -= 8
    y = grid(c, L + 10, y, [190, 110, R_ - L - 310], [
        ["Skill", "Experience", "Notes"],
        ["ISO 13485", "3 years", "QMS owner, lead auditor"],
        ["ISO 14971", "3 years", "Risk management files"],
        ["FMEA", "10 years", "Design and process FMEA"],
        ["Statistical process control", "10 years", "Cpk studies, control charts"],
        ["Minitab", "8 years", "DOE, capability analysis"],
        ["CATIA V5", "6 years", "Fixture design"],
        ["8D problem solving", "7 years", "Customer complaints"],
    ], "Serif", 8.6, 3, HexColor("#EFEFEF"), "Serif-B", BLACK) - 14
    y -= 6
    text(c, "■ Self-PR", L, y, "Serif-B", 10.5)
    para_pdf(c, "I enjoy making quality a shared habit rather than a department. At Tokiwa I started a monthly "
                "'gemba quality walk' with the production leaders, and at Asagiri I trained 40 operators in basic "
                "SPC. I would like to bring this experience to a global medical-device manufacturer.", L + 10,
             y - 6, R_ - L - 10, "Serif", 9.3, 13)
    c.showPage()
    c.save()


def r23_rasmus_lindqvist(path):
    """Airline-pilot resume: navy header with licence line, a flight-hours strip of boxed figures, type-rating
    line, the employment history as a five-column ruled table (Period | Position | Operator | Aircraft | Base)
    followed by highlights per operator, and a three-column competencies grid."""
    W, H = A4
    c = new_canvas(path, A4, "Rasmus Lindqvist - Pilot CV", "Rasmus Lindqvist", "Affinity Publisher")
    navy = HexColor("#0B2545")
    sky = HexColor("#8DA9C4")
    L, R_ = 44, W - 44
    box(c, 0, H - 104, W, 104, fill=navy)
    text(c, "RASMUS LINDQVIST", L, H - 50, "Arial-B", 23, WHITE)
    text(c, "Airline Captain  ·  ATPL(A)  ·  A320 family type rating  ·  Class 1 medical", L, H - 70, "Arial", 10.5,
         sky)
    text(c, "Malmö, Sweden  ·  +46 70 000 22 81  ·  rasmus.lindqvist@example.se  ·  EU passport, Right to work EU/EEA",
         L, H - 88, "Arial", 8.6, WHITE)
    y = H - 126
    # flight hours strip
    figs = [("6,420", "Total hours"), ("2,150", "PIC"), ("5,380", "Multi-crew"), ("4,610", "A320 family"),
            ("770", "ATR 72"), ("1,040", "Instruction given")]
    bw = (R_ - L - 5 * 6) / 6
    for k, (n, lab) in enumerate(figs):
        bx = L + k * (bw + 6)
        box(c, bx, y - 44, bw, 44, fill=HexColor("#EEF4FA"), stroke=sky, width=0.6)
        text(c, n, bx + bw / 2, y - 22, "Arial-B", 14, navy, "c")
        text(c, lab, bx + bw / 2, y - 36, "Arial", 7.6, HexColor("#34506B"), "c")
    text(c, "Hours as of 31 May 2024, logbook available on request.", R_, y - 55, "Arial-I", 7.5,
         HexColor("#6B7C8F"), "r")
    y -= 74

    def head(t, y):
        text(c, t, L, y - 11, "Arial-B", 11.5, navy)
        hline(c, L, R_, y - 16, navy, 1.2)
        return y - 26

    y = head("PROFILE", y)
    y = para_pdf(c, "Line captain on the Airbus A320 family with a low-cost carrier, previously first officer on "
                    "the A320 and ATR 72-600 and a flight instructor. Type Rating Instructor candidate. Calm in "
                    "non-normals, keen on crew resource management and on mentoring new first officers.", L, y,
                 R_ - L, "Arial", 9.4, 13) - 12
    y = head("FLYING EXPERIENCE", y)
    y = grid(c, L, y, [104, 84, 116, 96, R_ - L - 400], [
        ["Period", "Position", "Operator", "Aircraft", "Base"],
        ["Apr 2022 – Present", "Captain", "Cobaltair", "Airbus A320/A321", "Copenhagen (CPH)"],
        ["May 2017 – Mar 2022", "First Officer", "Cobaltair", "Airbus A320/A321", "Copenhagen (CPH)"],
        ["Jun 2014 – Apr 2017", "First Officer", "Norrsken Regional", "ATR 72-600", "Luleå (LLA)"],
        ["Aug 2012 – May 2014", "Flight Instructor", "Vänern Aero Academy", "PA-28, DA42", "Karlstad (KSD)"],
    ], "Arial", 8.8, 4.5, HexColor("#DCE6F0"), "Arial-B", sky) - 12
    for org, bl in [("Cobaltair", ["Command upgrade in 2022 at 4,200 hours; line check and OPC passed first time "
                                   "every year.", "Line training captain (LTC) candidate; run CRM workshops for "
                                   "new-hire first officers.", "Member of the base fatigue-risk working group."]),
                    ("Norrsken Regional", ["Arctic winter operations into short, contaminated runways.",
                                           "Safety-report champion for the Luleå base."]),
                    ("Vänern Aero Academy", ["Taught PPL and CPL/IR students; 38 first-time check-ride passes."])]:
        text(c, org, L, y - 10, "Arial-B", 9.6, navy)
        y -= 14
        y = bullets_pdf(c, bl, L + 4, y, R_ - L - 4, "Arial", 9, BLACK, "›", 9, 1.2, 12) - 6
    y -= 4
    y = head("CORE COMPETENCIES", y)
    comps = ["Crew resource management", "Threat and error management", "Multi-crew cooperation",
             "Line training", "Safety management systems", "Jeppesen FliteDeck Pro", "Performance calculations",
             "Winter operations", "ETOPS awareness"]
    cw = (R_ - L) / 3
    for k, s in enumerate(comps):
        text(c, "•  " + s, L + (k % 3) * cw, y - 10 - (k // 3) * 15, "Arial", 9.2)
    y -= 10 + 3 * 15 + 6
    y = head("LICENCES & EDUCATION", y)
    for a, b in [("ATPL(A), EASA Part-FCL — Swedish Transport Agency", "2017"),
                 ("Type ratings: A320 family (current), ATR 42/72 (lapsed)", ""),
                 ("English Language Proficiency Level 6", "2019"),
                 ("BSc Aeronautical Science — Klarälven University College, Karlstad", "2012")]:
        text(c, a, L, y - 10, "Arial", 9.2)
        text(c, b, R_, y - 10, "Arial", 9.2, BLACK, "r")
        y -= 14
    text(c, "References from Cobaltair chief pilot and Norrsken Regional training manager on request.", W / 2, 34,
         "Arial-I", 7.8, HexColor("#6B7C8F"), "c")
    c.showPage()
    c.save()


# =========================================================================================================
# DOCX resumes (python-docx)
# =========================================================================================================
def r02_gareth_pennington(path):
    """Job-board 'candidate profile' as generated by the site (Reed/CV-Library style): site banner and
    reference, a key-facts grid (current / desired job title, salary, relocation), then each work-history entry
    as its own label/value table (Job title, Company, Location, From, To) followed by a description, key skills
    as a dot-separated tag line, and the site's footer."""
    d = docx_new("Arial", 10, (1.6, 1.6, 1.8, 1.8), after=3)
    teal = "006D77"
    ban = d.add_table(rows=1, cols=2)
    tborders(ban, "nil")
    col_widths(ban, [9.0, 8.4])
    shade(ban.cell(0, 0), teal)
    shade(ban.cell(0, 1), teal)
    first_par(ban.cell(0, 0), "CareerHarbour", b=True, size=15, color="FFFFFF")
    first_par(ban.cell(0, 1), "Candidate profile  ·  Ref CH-448192", size=9, color="E0F2F1", align="r")
    P(d, "", after=2)
    P(d, "Gareth Pennington", b=True, size=18, after=0)
    P(d, "Transport Planner  ·  Stoke-on-Trent, Staffordshire", size=11, color="444444", after=8)
    facts = [("Current job title", "Transport Planner"), ("Desired job titles", "Transport Manager, Logistics Manager"),
             ("Desired salary", "£38,000 – £42,000 per annum"), ("Job type", "Permanent, full-time"),
             ("Willing to relocate", "No — up to 30 miles from ST4"), ("Right to work in the UK", "Yes"),
             ("Driving licence", "Full UK licence, C+E"), ("Notice period", "4 weeks"),
             ("Profile last updated", "14/05/2024")]
    t = d.add_table(rows=0, cols=4)
    tborders(t, "single", "D0D7DE", 4)
    for k in range(0, len(facts), 2):
        cells = t.add_row().cells
        for j, (a, b) in enumerate(facts[k:k + 2]):
            first_par(cells[2 * j], a, size=8.5, color="5F6B76")
            shade(cells[2 * j], "F1F5F7")
            first_par(cells[2 * j + 1], b, size=9.5)
    col_widths(t, [3.6, 5.1, 3.6, 5.1])

    def head(s):
        p = P(d, s, b=True, size=12.5, color=teal, before=12, after=4)
        pborder(p, "bottom", teal, 6)

    head("About me")
    P(d, "Transport planner with ten years in chilled and ambient food distribution, from the warehouse floor to "
         "planning 60 trunking and multi-drop routes a night. I know the tachograph rules inside out, keep drivers "
         "on side and have a Transport Manager CPC. Looking for my first transport manager role.")
    head("Work history")
    for title, comp, loc, frm, to, desc in [
        ("Transport Planner", "Ashworth Haulage Ltd", "Stoke-on-Trent", "01/2020", "Present",
         "Plan 55–60 overnight trunking and multi-drop routes for a 48-vehicle chilled fleet using Paragon. Cut "
         "empty running from 19% to 11% by building backhaul loads with two regional brokers. Run tachograph "
         "infringement reports and driver debriefs; covered the Transport Manager during leave."),
        ("Goods-In Shift Supervisor", "Meridale Foods Distribution", "Crewe", "06/2016", "12/2019",
         "Supervised a night shift of 22 in a 200,000 sq ft ambient DC. Managed booking-in slots, supplier "
         "compliance and the Manhattan SCALE goods-in module; dock-to-stock time down from 6 to 3.5 hours."),
        ("Warehouse Operative", "Meridale Foods Distribution", "Crewe", "09/2013", "05/2016",
         "Picking, loading and counterbalance/reach truck work; trained 15 new starters as a buddy."),
    ]:
        wt = d.add_table(rows=0, cols=2)
        tborders(wt, "single", "E3E8EC", 4, ("top", "bottom", "insideH"))
        for a, b in [("Job title", title), ("Company", comp), ("Location", loc), ("From", frm), ("To", to)]:
            cells = wt.add_row().cells
            first_par(cells[0], a, size=8.5, color="5F6B76")
            first_par(cells[1], b, b=(a == "Job title"), size=10)
        col_widths(wt, [3.2, 14.2])
        P(d, desc, size=9.5, before=3, after=10)
    head("Education")
    et = d.add_table(rows=0, cols=2)
    tborders(et, "single", "E3E8EC", 4, ("top", "bottom", "insideH"))
    for a, b in [("Institution", "Potteries Further Education College"), ("Qualification", "BTEC National Diploma"),
                 ("Subject", "Business Studies"), ("Grade", "Distinction Merit Merit"), ("Year", "2013")]:
        cells = et.add_row().cells
        first_par(cells[0], a, size=8.5, color="5F6B76")
        first_par(cells[1], b, size=10)
    col_widths(et, [3.2, 14.2])
    head("Key skills")
    P(d, "  ·  ".join(["Route planning", "Paragon", "Tachograph analysis", "Driver CPC", "Manhattan SCALE",
                       "Microsoft Excel", "Health & safety", "Team leadership", "Counterbalance forklift"]))
    head("Certificates")
    bullets(d, ["Transport Manager CPC (Road Haulage, National) — 2019", "IOSH Managing Safely — 2018"])
    head("Languages")
    P(d, "English — Native")
    P(d, "This profile was generated by CareerHarbour from information supplied by the candidate. Recruiters may "
         "contact the candidate only about genuine vacancies.", i=True, size=8, color="7B8794", before=16)
    docx_save(d, path, "CareerHarbour")


def r05_aurelien_fabre(path):
    """French CV written in English: header table with the family name in capitals, personal details (date of
    birth, nationality, driving licence) and a photo frame; a job-title banner with years of experience; every
    section is a two-column table with the period on the left ('Since September 2020', 'Sept. 2017 – Aug.
    2020') and the entry on the right; languages with TOEIC score; interests."""
    d = docx_new("Garamond", 11, (1.5, 1.5, 1.8, 1.8), after=1)
    blue = "1F3864"
    hd = d.add_table(rows=1, cols=2)
    tborders(hd, "nil")
    col_widths(hd, [13.4, 4.0])
    c0 = hd.cell(0, 0)
    p = first_par(c0)
    run(p, "Aurélien ", size=20, color=blue)
    run(p, "FABRE", b=True, size=20, color=blue)
    for s in ["34 years old (born 14/02/1990) — French nationality — Driving licence B",
              "27 rue Sainte-Catherine, 69001 Lyon, France", "+33 6 00 00 51 73  —  aurelien.fabre@example.fr"]:
        P(c0, s, size=10, after=0)
    c1 = hd.cell(0, 1)
    shade(c1, "E7E6E6")
    first_par(c1, "\n\n[ photo ]\n\n", size=9, color="808080", align="c")
    P(d, "", after=4)
    ban = P(d, "SUPPLY CHAIN PROJECT MANAGER  —  8 YEARS OF EXPERIENCE IN INDUSTRY AND LOGISTICS", b=True, size=11.5,
            color="FFFFFF", align="c", after=6)
    shade(ban, blue)
    P(d, "Engineer specialised in demand planning and warehouse flows. I have run S&OP in a cosmetics group and "
         "re-designed two distribution centres. Looking for an international role in Lyon or remote with travel.",
      i=True, size=10.5, align="j", after=6)

    def section(title, rows):
        p = P(d, title, b=True, size=12, color=blue, before=10, after=3)
        pborder(p, "bottom", blue, 10)
        t = d.add_table(rows=0, cols=2)
        tborders(t, "nil")
        for left, right in rows:
            cells = t.add_row().cells
            first_par(cells[0], left, b=True, size=10)
            r0 = right[0]
            p = first_par(cells[1])
            run(p, r0[0], b=bool(r0[1] or r0[2]), size=10.5)
            if r0[1]:
                run(p, " — " + r0[1], size=10.5)
            if r0[2]:
                run(p, " (" + r0[2] + ")", i=True, size=10)
            for extra in right[1:]:
                if isinstance(extra, str):
                    P(cells[1], extra, i=True, size=10, after=1)
                else:
                    bullets(cells[1], extra, size=10, after=0)
        col_widths(t, [4.6, 12.8])

    section("PROFESSIONAL EXPERIENCE", [
        ("Since September 2020", [("Supply Chain Project Manager", "Maison Verlaine Cosmétiques", "Lyon"),
                                  "Skincare and fragrance group, 1,900 employees, 60 countries",
                                  ["Run the monthly S&OP process for Europe (4,000 SKUs); forecast accuracy from "
                                   "61% to 78%.", "Led the move to a single European DC: 3 sites merged, "
                                   "€2.3M annual savings.", "Manage a team of 3 planners and 1 data analyst."]]),
        ("Sept. 2017 – Aug. 2020", [("Logistics Engineer", "Transports Guérin-Mallet", "Villefranche-sur-Saône"),
                                    "Regional road haulier and contract logistics, 650 employees",
                                    ["Designed the layout and WMS settings of a 28,000 m² multi-client warehouse.",
                                     "Answered 30+ tenders a year with costed logistics solutions."]]),
        ("Feb. 2016 – Aug. 2016", [("Supply Chain Intern", "Aérolys Composites", "Toulouse"),
                                   "End-of-studies internship (6 months)",
                                   ["DDMRP pilot on 120 components for composite aircraft parts; stock -18%."]]),
    ])
    section("EDUCATION", [
        ("2016", [("Engineering Degree (Master's level) in Industrial Engineering & Logistics",
                   "École Nationale d'Ingénieurs du Forez", "Saint-Étienne"),
                  "Diplôme d'ingénieur — specialisation in supply chain management"]),
        ("2011", [("Baccalauréat S (Scientific), with honours", "Lycée Ampère", "Lyon")]),
    ])
    section("SKILLS", [
        ("IT", [("SAP S/4HANA MM/SD, Excel VBA, Power BI, Python, Reflex WMS", "", "")]),
        ("Methods", [("S&OP, DDMRP, Lean Six Sigma (Green Belt), Incoterms 2020", "", "")]),
    ])
    section("LANGUAGES", [
        ("French", [("Native", "", "")]), ("English", [("C1 — TOEIC 945/990, daily use at work", "", "")]),
        ("Spanish", [("B1", "", "")]),
    ])
    section("INTERESTS", [
        ("Sport", [("Trail running (finisher of the 72 km Saintélyon), climbing", "", "")]),
        ("Associative", [("Treasurer of a choir in Lyon 1er since 2019", "", "")]),
    ])
    docx_save(d, path, "Aurélien Fabre")


def r07_ruairi_gallagher(path):
    """Chef's CV: centred name with a thin rule, a short 'Cuisine' line, kitchens as bold headings with the place
    and the dates on a right tab, the brigade position in italics under each, a borderless three-by-three
    skills table, and a separate 'Stages & training' list (unpaid kitchen stages, not jobs)."""
    d = docx_new("Century Gothic", 10, (1.8, 1.8, 2.0, 2.0), after=2)
    green = "2F4F3A"
    P(d, "RUAIRÍ GALLAGHER", b=True, size=22, color=green, align="c", after=0)
    p = P(d, "Sous Chef  |  Modern Irish & Nordic cooking  |  Dublin", size=10.5, color="6B705C", align="c", after=2)
    pborder(p, "bottom", "A5A58D", 6, 4)
    P(d, "087 000 4419  ·  ruairi.gallagher.chef@example.ie  ·  instagram.com/ruairi.cooks", size=9, align="c",
      color="6B705C", after=10)
    P(d, "Ten years in professional kitchens, from a 300-cover hotel to a two-rosette brasserie. I run the pass "
         "on busy services, write seasonal menus with our growers, and I am happiest with a whole lamb, a "
         "fermentation crock and a well-trained team.", size=10, align="c", i=True, after=8)

    def head(s):
        p = P(d, s.upper(), b=True, size=11, color=green, before=10, after=4)
        pborder(p, "bottom", "A5A58D", 4)

    def kitchen(name, place, spans):
        p = P(d, "", before=6, after=0, keep=True)
        tabs(p, (17.0, "r"))
        run(p, name, b=True, size=10.5)
        run(p, ", " + place, size=10.5)
        for title, dates, bl in spans:
            p = P(d, "", after=1, keep=True)
            tabs(p, (17.0, "r"))
            run(p, title, i=True, size=10, color=green)
            run(p, "\t" + dates, size=9.5, color="6B705C")
            bullets(d, bl, size=9.5, after=0)

    head("Kitchen experience")
    kitchen("Brasserie Aisling", "Dublin 2", [
        ("Sous Chef", "Mar 2022 – present",
         ["Second in command of a brigade of 14; 90 covers lunch, 140 dinner, two AA Rosettes since 2023.",
          "Write the weekly specials and the seasonal tasting menu with three Wicklow growers.",
          "Brought food cost from 34% to 29% through whole-animal butchery and a ferment/cure programme.",
          "Run rotas, HACCP records and allergen matrix; trained 6 commis to CDP."])])
    kitchen("Tern & Thistle", "Edinburgh", [
        ("Chef de Partie", "Apr 2019 – Feb 2022",
         ["Ran fish, then pastry sections in a 60-cover seafood restaurant.",
          "Developed the laminated-dough programme (croissant, kouign-amann) for weekend brunch."])])
    kitchen("Hotel Corrib Grand", "Galway", [
        ("Demi Chef de Partie", "Jun 2017 – Mar 2019", ["Banqueting for up to 300 covers and the grill section."]),
        ("Commis Chef", "Sep 2015 – May 2017", ["Rotated through larder, veg and breakfast."])])
    head("Skills")
    t = d.add_table(rows=3, cols=3)
    tborders(t, "nil")
    for k, s in enumerate(["Whole-animal butchery", "Fermentation & curing", "Pastry & lamination",
                           "Menu development", "Food costing", "Sous-vide",
                           "HACCP", "Allergen management", "Rota planning"]):
        first_par(t.cell(k // 3, k % 3), "◦ " + s, size=9.5)
    col_widths(t, [5.8, 5.8, 5.8])
    head("Stages & training")
    bullets(d, ["Stage, Restaurant Havfrue, Copenhagen — 3 weeks, October 2018",
                "Stage, Fiskebua, Ålesund — 2 weeks, May 2021",
                "HACCP Level 3 (Food Safety Authority approved course), 2022"], size=9.5)
    head("Education")
    p = P(d, "", after=0)
    tabs(p, (17.0, "r"))
    run(p, "Advanced Certificate in Culinary Arts", b=True, size=10)
    run(p, " — Atlantic Culinary College, Galway\t2015", size=10)
    head("Awards")
    P(d, "Young Chef of the West, finalist, 2018  ·  Brasserie Aisling: 2 AA Rosettes, 2023", size=9.5)
    P(d, "References available from Head Chef, Brasserie Aisling, and Executive Chef, Hotel Corrib Grand.",
      size=8.5, i=True, color="6B705C", before=10, align="c")
    docx_save(d, path, "Ruairí Gallagher")


def r10_imogen_achterberg(path):
    """UK solicitor's CV: serif, name with post-nominal-free heading and admission line, 'Career history' with
    each firm as a small-caps heading and its overall dates at the right, the positions held at that firm
    beneath with their own dates, 'Representative matters' as a numbered list, then education with the LPC."""
    d = docx_new("Georgia", 10, (2.0, 2.0, 2.2, 2.2), after=2)
    ink = "262626"
    P(d, "Imogen Achterberg", size=24, color=ink, after=0)
    P(d, "Solicitor (England & Wales)  —  Corporate M&A", size=11, color="7F6A4F", after=2)
    p = P(d, "London EC2  |  07700 900 512  |  imogen.achterberg@example.co.uk", size=9, color="595959", after=10)
    pborder(p, "bottom", "7F6A4F", 6, 6)

    def head(s):
        p = P(d, "", before=12, after=4)
        run(p, s, b=True, size=10.5, color="7F6A4F", caps=True)

    head("Profile")
    P(d, "Corporate lawyer admitted in 2016 with nine years' experience of public and private M&A, joint ventures "
         "and growth-equity investments, mainly in the life sciences and infrastructure sectors. Used to leading "
         "deal teams of five to eight lawyers and being the day-to-day contact for general counsel.", align="j")
    head("Career history")

    def firm(name, place, dates, roles):
        p = P(d, "", before=6, after=1, keep=True)
        tabs(p, (16.8, "r"))
        run(p, name, b=True, size=11, caps=True)
        run(p, ", " + place, size=10)
        run(p, "\t" + dates, size=9.5, color="595959")
        for title, rd, bl in roles:
            p = P(d, "", after=1, indent=0.4, keep=True)
            tabs(p, (16.8, "r"))
            run(p, title, i=True, size=10.5)
            run(p, "\t" + rd, i=True, size=9.5, color="595959")
            bullets(d, bl, size=9.5, after=0, indent=1.0)

    firm("Kittering Vale LLP", "London", "March 2022 – present", [
        ("Legal Director", "March 2022 – present",
         ["Corporate team. Lead lawyer on public takeovers and schemes of arrangement under the Takeover Code.",
          "Supervise four associates and two trainees; responsible for the team's know-how on NSI Act filings."])])
    firm("Ashdown Pryce LLP", "London", "September 2014 – February 2022", [
        ("Senior Associate", "September 2019 – February 2022",
         ["Ran mid-market private M&A (£20m–£400m) for PE houses and strategic buyers."]),
        ("Associate", "September 2016 – August 2019",
         ["Due diligence, SPAs, disclosure and completion mechanics; six-month secondment to the legal team of "
          "a FTSE 250 pharmaceutical company."]),
        ("Trainee Solicitor", "September 2014 – August 2016",
         ["Seats in Corporate, Real Estate, Banking and Commercial Litigation."])])
    head("Representative matters")
    for s in ["Advising Harrowgate Therapeutics plc on its £1.1bn recommended takeover by a US strategic bidder "
              "(scheme of arrangement).",
              "Advising a consortium of pension funds on the £380m acquisition of a UK solar portfolio.",
              "Advising the founders of Lintel Diagnostics on a £45m Series C growth-equity investment.",
              "Advising Carrick Water Group on a joint venture for a 60 MW green-hydrogen pilot."]:
        P(d, s, style="List Number", size=9.5, after=1)
    head("Key skills")
    P(d, "Public M&A  |  Private M&A  |  Joint ventures  |  Due diligence  |  Share purchase agreements  |  "
         "Takeover Code  |  NSI Act filings  |  Deal management  |  Negotiation", size=9.5)
    head("Education & admission")
    for a, b in [("Legal Practice Course — The City Law Academy, London (Distinction)", "2014"),
                 ("LLB Law — University of Aldermoor (First Class Honours)", "2013"),
                 ("Admitted as a solicitor of the Senior Courts of England and Wales", "September 2016")]:
        p = P(d, "", after=1)
        tabs(p, (16.8, "r"))
        run(p, a, size=10)
        run(p, "\t" + b, size=9.5, color="595959")
    head("Other")
    P(d, "Pro bono: Kensal Community Law Clinic (company and charity law advice), 2017 – present.  Languages: "
         "English, Dutch (fluent), French (working).", size=9.5)
    docx_save(d, path, "Imogen Achterberg")


def r12_tarek_el_amin(path):
    """PhD moving to industry: name with 'PhD', a shaded 'What I bring' box, a two-column 'Academic work →
    industry equivalent' table, experience as 'Title — Organisation' with dates on a right tab and the city
    under it, open-source projects, selected publications (numbered), grouped skills, education last."""
    d = docx_new("Calibri", 10.5, (1.9, 1.9, 2.0, 2.0), after=2)
    plum = "5B2A86"
    P(d, "Tarek El-Amin, PhD", b=True, size=20, color=plum, after=0)
    P(d, "Computational biologist → Machine Learning Scientist  ·  Cambridge, UK  ·  tarek.elamin@example.org  ·  "
         "github.com/telamin-example", size=9.5, color="555555", after=8)
    sb = d.add_table(rows=1, cols=1)
    tborders(sb, "single", "C9B6DB", 6)
    shade(sb.cell(0, 0), "F3EEF8")
    first_par(sb.cell(0, 0), "What I bring", b=True, size=10.5, color=plum)
    bullets(sb.cell(0, 0), [
        "Six years building ML models for noisy, high-dimensional biological data (single-cell, long-read "
        "sequencing), from question to production pipeline.",
        "Maintainer of an open-source Python package used by 40+ labs; I write tested, documented code.",
        "Used to explaining models to non-specialists: clinicians, wet-lab scientists and funders."], size=10)
    P(d, "", after=2)

    def head(s):
        p = P(d, s, b=True, size=12, color=plum, before=10, after=3)
        pborder(p, "bottom", "C9B6DB", 8)

    head("Academic work, translated")
    mt = d.add_table(rows=1, cols=2)
    tborders(mt, "single", "D9D9D9", 4)
    first_par(mt.cell(0, 0), "In the lab I…", b=True, size=9.5)
    first_par(mt.cell(0, 1), "…which in industry is", b=True, size=9.5)
    shade(mt.cell(0, 0), "EFEFEF")
    shade(mt.cell(0, 1), "EFEFEF")
    for a, b in [("ran a 4-year thesis project with three external collaborators", "project ownership and "
                  "stakeholder management"),
                 ("built a Nextflow pipeline processing 2,000 samples a month", "data engineering and MLOps"),
                 ("supervised 5 MSc students", "mentoring and line management"),
                 ("won a £60k follow-on grant", "writing a business case and securing budget")]:
        cells = mt.add_row().cells
        first_par(cells[0], a, size=9.5)
        first_par(cells[1], b, size=9.5)
    col_widths(mt, [8.6, 8.6])
    head("Experience")

    def job(title, org, dates, place, bl):
        p = P(d, "", before=5, after=0, keep=True)
        run(p, title, b=True)
        run(p, " — " + org)
        p = P(d, "", after=1, keep=True)
        tabs(p, (17.2, "r"))
        run(p, place, i=True, size=9, color="555555")
        run(p, "\t" + dates, size=9.5, color="555555")
        bullets(d, bl, size=9.8, after=0)

    job("Postdoctoral Research Associate", "Wexmoor Institute for Genomic Medicine", "Oct 2022 – present",
        "Cambridge, UK",
        ["Built transformer models for splice-variant calling from long reads; F1 0.71 → 0.84 on held-out "
         "patients.", "Moved the group's pipelines to AWS Batch and Docker; cost per sample down 55%.",
         "Co-supervise two PhD students; reviewer for two ML-for-biology workshops."])
    job("Machine Learning Research Intern", "Helixory Bio", "Jun – Sep 2020", "London, UK",
        ["Prototyped a graph neural network for protein–ligand ranking; became part of the production "
         "screening stack."])
    job("Doctoral Researcher", "University of Wexmoor", "Oct 2018 – Sep 2022",
        "Wexmoor, UK  ·  Department of Genetics",
        ["Thesis: 'Learning cell-state trajectories from sparse single-cell data'.",
         "Teaching assistant for the MSc module Statistical Learning (3 years)."])
    head("Open-source projects")
    for name, dsc in [("scTransit", "Python package for trajectory inference on single-cell RNA-seq; 420 GitHub "
                                    "stars, 40+ citing labs."),
                      ("SpliceGuard", "PyTorch models and a CLI for flagging mis-spliced reads; used in two "
                                      "clinical research pipelines.")]:
        p = P(d, "", after=1, style="List Bullet")
        run(p, name, b=True, size=10)
        run(p, " — " + dsc, size=10)
    head("Selected publications")
    for s in ["El-Amin T., Okafor L., Reyes M. (2023). Trajectory inference with sparse priors. Bioinformatics "
              "Advances 3(1).",
              "El-Amin T., Haldane P. (2022). Benchmarking cell-state models on 40 atlases. Genome Methods 12.",
              "Kovac J., El-Amin T. et al. (2021). Long-read splice variants in rare disease. Journal of "
              "Clinical Genomics 8."]:
        P(d, s, style="List Number", size=9.5, after=1)
    head("Skills")
    for k, v in [("Programming", "Python, R, Bash, SQL"), ("Machine learning", "PyTorch, scikit-learn, JAX, "
                 "Transformers"), ("Bioinformatics", "Nextflow, Snakemake, Scanpy, GATK"),
                 ("Infrastructure", "AWS Batch, Docker, Git, GitHub Actions")]:
        p = P(d, "", after=1)
        run(p, k + ": ", b=True, size=10)
        run(p, v, size=10)
    head("Education")
    for a, b in [("PhD Computational Biology — University of Wexmoor", "2022"),
                 ("MSc Bioinformatics — Kirkhaven University", "2018"),
                 ("BSc Biochemistry — Levant Coast University", "2016")]:
        p = P(d, "", after=1)
        tabs(p, (17.2, "r"))
        run(p, a, size=10)
        run(p, "\t" + b, size=10)
    docx_save(d, path, "Tarek El-Amin")


def r16_chidera_nwachukwu(path):
    """SRE resume: monospace-flavoured headings, each job opens with a bold line 'Jan 2021 – ongoing  |
    Kestrel Grid Systems  |  Remote' (dates first, then the company) with the title on the next line; an
    on-call statistics table under the current job; skills as bullets with a level after a dash."""
    d = docx_new("Segoe UI", 10, (1.7, 1.7, 1.9, 1.9), after=2)
    acc = "C2410C"
    p = P(d, "", after=0)
    run(p, "chidera", size=22, color="111827", font="Consolas")
    run(p, " nwachukwu", b=True, size=22, color=acc, font="Consolas")
    P(d, "Site Reliability Engineer  ·  Lagos, Nigeria (UTC+1)  ·  remote-first", size=10.5, color="374151",
      after=0)
    P(d, "chidera.nwachukwu@example.ng  ·  +234 800 000 7731  ·  github.com/chidera-sre-example", size=9,
      color="6B7280", after=8)

    def head(s):
        p = P(d, "", before=10, after=3)
        run(p, "## " + s, b=True, size=11.5, color=acc, font="Consolas")

    head("summary")
    P(d, "SRE with eight years keeping payment and energy platforms up. I like boring, reliable systems: clear "
         "SLOs, good alerts, practiced incident response and infrastructure that is all code. Comfortable as "
         "incident commander at 3 a.m. and as the person who writes the postmortem at 10.")
    head("experience")

    def job(dates, company, place, title, bl):
        p = P(d, "", before=6, after=0, keep=True)
        run(p, dates, b=True, size=10)
        run(p, "  |  ", color="9CA3AF")
        run(p, company, b=True, size=10)
        run(p, "  |  " + place, size=10, color="374151")
        P(d, title, i=True, size=10.5, color=acc, after=1, keep=True)
        bullets(d, bl, size=9.8, after=0)

    job("Jan 2021 – ongoing", "Kestrel Grid Systems", "Remote", "Senior Site Reliability Engineer",
        ["Own reliability for the grid-balancing platform (Go services on EKS, 40 clusters, 3 regions).",
         "Defined SLOs for 26 services with product owners; paging alerts down 63% after an alert review.",
         "Built the Terraform module library and the GitOps flow (Argo CD) used by 14 teams.",
         "Incident commander rota lead; introduced blameless postmortems and a weekly incident review."])
    P(d, "On-call, last 12 months (primary, 1 week in 5):", b=True, size=9.5, before=4, after=1)
    t = d.add_table(rows=2, cols=6)
    tborders(t, "single", "D1D5DB", 4)
    for k, (a, b) in enumerate([("Pages", "214"), ("Off-hours pages", "61"), ("MTTA", "4 min"),
                                ("MTTR (SEV1/2)", "38 min"), ("Incidents as IC", "17"), ("Postmortems", "11")]):
        first_par(t.cell(0, k), a, size=8.5, color="6B7280", align="c")
        shade(t.cell(0, k), "FFF7ED")
        first_par(t.cell(1, k), b, b=True, size=11, align="c")
    col_widths(t, [2.9] * 6)
    job("Mar 2018 – Dec 2020", "Okapi Payments", "Lagos", "Site Reliability Engineer",
        ["Moved card-processing services from VMs to Kubernetes with zero customer-facing downtime.",
         "Cut monthly cloud spend 31% with rightsizing and spot node pools.",
         "Wrote the runbooks and chaos drills for the PCI-DSS environment."])
    job("Aug 2016 – Feb 2018", "Ikeja Hosting Ltd", "Lagos", "Systems Administrator",
        ["Ran 300 Linux servers and the customer DNS/mail platform; automated provisioning with Ansible."])
    head("skills")
    for s in ["Kubernetes — expert", "Terraform — expert", "AWS — expert", "Prometheus — advanced",
              "Grafana — advanced", "Argo CD — advanced", "Python — advanced", "Go — intermediate",
              "PostgreSQL — intermediate", "GCP — intermediate"]:
        P(d, s, style="List Bullet", size=9.8, after=0)
    head("education")
    P(d, "B.Eng. Electrical and Electronics Engineering — Niger Delta Polytechnic University, 2016", size=10)
    head("certifications")
    P(d, "Certified Kubernetes Administrator (CKA), 2021  ·  AWS Certified SysOps Administrator, 2019", size=10)
    head("talks")
    P(d, "“Paging less, sleeping more: an alert review in 30 days” — SREcon EMEA Lightning Talk, 2023", size=10)
    docx_save(d, path, "Chidera Nwachukwu")


def r19_eleanor_quist(path):
    """Finance CV (hybrid format): a left accent bar on the name block, 'Key achievements' first, then a career
    history in which one employer carries a single date range for several titles listed as a promotion path
    ('Finance Manager  ←  Senior Management Accountant  ←  Management Accountant'), an explained career break,
    and a skills table with a category column."""
    d = docx_new("Calibri", 10.5, (1.8, 1.8, 2.0, 2.0), after=3)
    wine = "7A1F3D"
    hd = d.add_table(rows=1, cols=2)
    tborders(hd, "nil")
    col_widths(hd, [0.35, 17.0])
    shade(hd.cell(0, 0), wine)
    c1 = hd.cell(0, 1)
    first_par(c1, "ELEANOR QUIST FCCA", b=True, size=19, color=wine)
    P(c1, "Financial Controller  |  Bristol, UK  |  07700 900 266  |  eleanor.quist@example.co.uk", size=9.5,
      color="595959", after=0)

    def head(s):
        p = P(d, s, b=True, size=12, color=wine, before=10, after=3)
        pborder(p, "bottom", "D8B4C2", 8)

    head("Profile")
    P(d, "Chartered certified accountant with fifteen years across audit, shipping and housing. I build finance "
         "teams that close fast, forecast honestly and explain the numbers in plain English to boards and "
         "regulators.")
    head("Key achievements")
    bullets(d, ["Cut the month-end close from 12 to 5 working days at Northgate Ferries.",
                "Led the finance workstream of a £95m fleet-renewal financing (four vessels).",
                "Implemented Sage Intacct and Power BI reporting at Avonmere Housing Association in six months."],
            size=10)
    head("Career history")

    def employer(name, place, dates):
        p = P(d, "", before=6, after=0, keep=True)
        tabs(p, (17.4, "r"))
        run(p, name, b=True, size=11)
        run(p, ", " + place, size=10.5)
        run(p, "\t" + dates, b=True, size=10, color=wine)

    employer("Avonmere Housing Association", "Bath", "Jan 2024 – present")
    P(d, "Financial Controller", i=True, after=1, keep=True)
    bullets(d, ["Lead a team of 9 covering financial accounting, treasury and service-charge accounting "
                "(turnover £68m).", "Regulatory returns to the housing regulator; audit signed on time with no "
                "adjustments."], size=10)
    p = P(d, "", before=6, after=2)
    run(p, "Career break, Feb 2023 – Dec 2023: ", b=True, size=10)
    run(p, "caring for a family member; kept CPD current and completed an IFRS 16 refresher.", i=True, size=10)
    employer("Northgate Ferries Ltd", "Bristol", "Oct 2013 – Jan 2023")
    P(d, "Finance Manager  ←  Senior Management Accountant  ←  Management Accountant", i=True, after=1, keep=True)
    P(d, "Promoted twice; roles listed most recent first.", size=9, color="7F7F7F", after=1, keep=True)
    bullets(d, ["Owned budgeting and forecasting for a £140m-turnover ferry and freight operator.",
                "Rebuilt the route-profitability model used for fares and timetable decisions.",
                "Managed four accountants; two went on to qualify with my support."], size=10)
    employer("Clifton & Warde Chartered Accountants", "Bristol", "Sept 2009 – Sept 2013")
    P(d, "Audit Trainee  →  Audit Semi-Senior", i=True, after=1, keep=True)
    bullets(d, ["Audits of owner-managed businesses, charities and a listed logistics group."], size=10)
    head("Skills")
    t = d.add_table(rows=0, cols=2)
    tborders(t, "single", "E5CBD6", 4, ("top", "bottom", "insideH"))
    for a, b in [("Systems", "Sage Intacct, SAP Business One, Power BI, Excel (advanced)"),
                 ("Technical", "IFRS 16, FRS 102, Budgeting & forecasting, Month-end close, VAT"),
                 ("Leadership", "Team development, Board reporting, Audit liaison")]:
        cells = t.add_row().cells
        first_par(cells[0], a, b=True, size=10, color=wine)
        first_par(cells[1], b, size=10)
    col_widths(t, [3.2, 14.2])
    head("Education")
    P(d, "BSc Accounting and Finance, Wessex Vale University — 2009 (2:1)")
    head("Professional qualifications")
    P(d, "FCCA — Fellow of the Association of Chartered Certified Accountants (member since 2014, Fellow 2019)")
    docx_save(d, path, "Eleanor Quist")


def r24_johanna_kruetzfeldt(path):
    """German tabular Lebenslauf: title 'Lebenslauf', a 'Persönliche Daten' block, then every section as a
    borderless two-column table with the period on the left in German ('seit März 2022', 'Okt. 2019 – Feb.
    2022'), a gap year (Auslandsjahr) inside the work history, skills by category with German level words, and
    place, date and name at the end."""
    d = docx_new("Arial", 10, (2.2, 2.0, 2.2, 2.2), after=2)
    P(d, "Lebenslauf", b=True, size=20, after=8)

    def head(s):
        p = P(d, s, b=True, size=12, before=12, after=4)
        pborder(p, "bottom", "000000", 6)

    def rows(items, bold_first=True):
        t = d.add_table(rows=0, cols=2)
        tborders(t, "nil")
        for left, lines in items:
            cells = t.add_row().cells
            first_par(cells[0], left, size=10)
            p = first_par(cells[1])
            run(p, lines[0], b=bold_first, size=10)
            for ln in lines[1:]:
                if isinstance(ln, list):
                    bullets(cells[1], ln, size=9.5, after=0)
                else:
                    P(cells[1], ln, size=10, after=0)
            cells[1].paragraphs[-1].paragraph_format.space_after = Pt(6)
        col_widths(t, [4.4, 12.4])

    head("Persönliche Daten")
    rows([("Name", ["Johanna Krützfeldt"]), ("Anschrift", ["Eppendorfer Weg 118, 20259 Hamburg"]),
          ("Telefon", ["+49 151 0000 3388"]), ("E-Mail", ["johanna.kruetzfeldt@example.de"]),
          ("Geburtsdatum", ["11. Juli 1995 in Husum"])], bold_first=False)
    head("Berufserfahrung")
    rows([
        ("seit März 2022", ["Senior Softwareentwicklerin", "Elbwerk Digital GmbH, Hamburg",
                            ["Technische Leitung des Teams „Schadenportal“ (6 Personen) für Versicherungskunden",
                             "Migration einer Java-EE-Anwendung auf Spring Boot und Kubernetes",
                             "Einführung von Contract-Tests und Trunk-based Development"]]),
        ("Okt. 2019 – Feb. 2022", ["Softwareentwicklerin", "Nordmark Versicherung AG, Kiel",
                                   ["Entwicklung von Tarifrechnern in Kotlin und Angular",
                                    "Aufbau der CI/CD-Pipeline mit Jenkins und SonarQube"]]),
        ("Aug. 2018 – Sept. 2019", ["Auslandsjahr", "Work & Travel in Neuseeland und Australien"]),
        ("Apr. 2017 – Juli 2018", ["Werkstudentin Softwareentwicklung", "Alsterhafen Logistik GmbH, Hamburg",
                                   ["Weiterentwicklung eines Lagerverwaltungssystems (Java, PostgreSQL)"]]),
    ])
    head("Ausbildung")
    rows([("Okt. 2014 – Juli 2018", ["B.Sc. Informatik", "Hochschule Wandsbek, Hamburg",
                                     "Bachelorarbeit: „Ereignisgesteuerte Bestandsführung mit Apache Kafka“ "
                                     "(Note 1,3)"]),
          ("Juni 2014", ["Abitur", "Theodor-Storm-Gymnasium, Husum"])])
    head("Kenntnisse")
    rows([("Programmiersprachen", ["Java (sehr gut), Kotlin (sehr gut), TypeScript (gut), SQL (gut)"]),
          ("Frameworks", ["Spring Boot, Angular, Hibernate"]),
          ("Werkzeuge", ["Git, Docker, Kubernetes, Jenkins, SonarQube"]),
          ("Methoden", ["Scrum, TDD, Domain-Driven Design"])], bold_first=False)
    head("Sprachen")
    rows([("Deutsch", ["Muttersprache"]), ("Englisch", ["verhandlungssicher (C1)"]),
          ("Dänisch", ["Grundkenntnisse (A2)"])], bold_first=False)
    head("Ehrenamt")
    rows([("seit 2020", ["Mentorin bei „Code & Kaffee“ Hamburg – Programmierkurse für Schülerinnen"])],
         bold_first=False)
    P(d, "Hamburg, 2. Juni 2024", before=18, after=14)
    P(d, "Johanna Krützfeldt", i=True, size=13)
    docx_save(d, path, "Johanna Krützfeldt")


# ---------------------------------------------------------------------------------------------------------
# Word files that are converted to PDF by LibreOffice
# ---------------------------------------------------------------------------------------------------------
def r06_marisol_thibodeaux_docx(path):
    """Nurse's resume as written in Word: name with credentials, a licensure/certification box at the top,
    experience with employer + city on one line and 'Unit:' lines, education with a clinical-rotations table
    (rotation, site, hours) that belongs to the degree, clinical skills in two columns."""
    d = docx_new("Calibri", 10.5, (1.6, 1.6, 1.9, 1.9), after=2)
    blue = "1D4E89"
    P(d, "Marisol Thibodeaux, BSN, RN, CCRN", b=True, size=20, color=blue, align="c", after=0)
    P(d, "Lafayette, LA 70503  •  (337) 555-0164  •  marisol.thibodeaux@example.com", size=9.5, align="c",
      color="404040", after=6)
    lic = d.add_table(rows=1, cols=1)
    tborders(lic, "single", "8FB3DE", 8)
    shade(lic.cell(0, 0), "EAF2FB")
    first_par(lic.cell(0, 0), "LICENSURE & CERTIFICATIONS", b=True, size=9.5, color=blue)
    for s in ["Registered Nurse, Louisiana State Board of Nursing — License #RN-000000, expires 01/2026 "
              "(Nurse Licensure Compact: multistate)",
              "CCRN (Adult), AACN — 2023   •   ACLS, BLS, PALS — American Heart Association, current"]:
        P(lic.cell(0, 0), s, size=9.5, after=1)

    def head(s):
        p = P(d, s, b=True, size=11.5, color=blue, before=10, after=3)
        pborder(p, "bottom", "8FB3DE", 8)

    head("PROFESSIONAL SUMMARY")
    P(d, "Critical care nurse with five years of bedside experience, three of them in a 24-bed cardiovascular "
         "ICU caring for post-CABG, valve, ECMO and Impella patients. Charge nurse, preceptor and member of the "
         "unit's sepsis committee.", align="j")
    head("NURSING EXPERIENCE")

    def job(title, org, place, dates, unit, bl):
        p = P(d, "", before=6, after=0, keep=True)
        tabs(p, (17.6, "r"))
        run(p, title, b=True)
        run(p, "\t" + dates, b=True, color=blue)
        P(d, org + ", " + place, after=0, keep=True)
        P(d, "Unit: " + unit, i=True, size=9.5, color="404040", after=1, keep=True)
        bullets(d, bl, size=10, after=0)

    job("Registered Nurse II", "Acadiana Bayou Medical Center", "Lafayette, LA", "June 2021 – Present",
        "Cardiovascular Intensive Care (24 beds, 1:1–1:2 ratio)",
        ["Care for fresh open-heart patients: hemodynamic monitoring, titration of vasoactive drips, arterial "
         "and PA lines, CRRT.", "Charge nurse 1–2 shifts a week; precepted 7 new graduate nurses.",
         "Sepsis committee: helped bring bundle compliance from 71% to 92%."])
    job("Registered Nurse I", "St. Gervais Community Hospital", "Opelousas, LA", "July 2019 – May 2021",
        "Medical-Surgical / Telemetry (32 beds, 1:5 ratio)",
        ["Care for 5 patients per shift with cardiac, renal and post-surgical diagnoses.",
         "COVID-19 surge: floated to the step-down unit for 6 months."])
    job("Patient Care Technician", "St. Gervais Community Hospital", "Opelousas, LA", "May 2017 – June 2019",
        "Emergency Department (part-time during nursing school)",
        ["Vital signs, EKGs, phlebotomy and patient transport."])
    head("EDUCATION")
    p = P(d, "", after=1)
    tabs(p, (17.6, "r"))
    run(p, "Bachelor of Science in Nursing", b=True)
    run(p, " — Teche River University, Lafayette, LA\tMay 2019")
    P(d, "Clinical rotations (senior year)", i=True, size=9.5, after=1, before=3)
    t = d.add_table(rows=1, cols=3)
    tborders(t, "single", "BFBFBF", 4)
    for k, s in enumerate(["Rotation", "Site", "Hours"]):
        first_par(t.cell(0, k), s, b=True, size=9)
        shade(t.cell(0, k), "EAF2FB")
    for row in [("Adult Medical-Surgical", "Acadiana Bayou Medical Center", "120"),
                ("Pediatrics", "Cypress Grove Children's Hospital", "90"),
                ("Obstetrics / Labor & Delivery", "Vermilion Women's Center", "90"),
                ("Psychiatric-Mental Health", "Bayou Teche Behavioral Health", "60"),
                ("Critical Care Capstone (preceptorship)", "Acadiana Bayou Medical Center, CVICU", "180")]:
        cells = t.add_row().cells
        for k, s in enumerate(row):
            first_par(cells[k], s, size=9)
    col_widths(t, [6.4, 8.6, 2.4])
    head("CLINICAL SKILLS")
    sk = d.add_table(rows=5, cols=2)
    tborders(sk, "nil")
    for k, s in enumerate(["Hemodynamic monitoring", "Vasoactive drip titration", "Arterial line management",
                           "CRRT", "Ventilator management", "ECMO & Impella care", "Epic EHR",
                           "Ultrasound-guided IV insertion", "Rapid response", "Patient & family education"]):
        p = sk.cell(k % 5, k // 5).paragraphs[0]
        p.style = d.styles["List Bullet"]
        run(p, s, size=10)
    col_widths(sk, [8.7, 8.7])
    head("PROFESSIONAL MEMBERSHIPS")
    P(d, "American Association of Critical-Care Nurses (AACN)  •  Louisiana State Nurses Association", size=10)
    docx_save(d, path, "Marisol Thibodeaux")


def r14_solveig_brandvold_docx(path):
    """Product manager's Word resume: a 'Career at a glance' table at the very top with one line per role
    (years, company, title), then 'Experience in detail' with full month dates ('August 2021 – to date') per
    role, outcomes in bold lead-ins, and a skills line."""
    d = docx_new("Calibri", 10.5, (1.8, 1.8, 2.0, 2.0), after=3)
    ink = "0F3D3E"
    p = P(d, "", after=0)
    run(p, "Solveig Brandvold", b=True, size=22, color=ink)
    P(d, "Product leader — mobility, fintech, media  ·  Oslo, Norway  ·  +47 400 00 612  ·  "
         "solveig.brandvold@example.no", size=9.5, color="555555", after=10)
    P(d, "CAREER AT A GLANCE", b=True, size=10, color=ink, after=2)
    t = d.add_table(rows=0, cols=3)
    tborders(t, "single", "B7C9C9", 4, ("top", "bottom", "insideH"))
    for a, b, c_ in [("2021 – today", "Fjordline Mobility", "Group Product Manager"),
                     ("2018 – 2021", "Kvitt Bank ASA", "Senior Product Manager"),
                     ("2016 – 2017", "Nordlys Media", "Product Owner"),
                     ("2014 – 2016", "Nordlys Media", "Business Analyst")]:
        cells = t.add_row().cells
        first_par(cells[0], a, size=9.5, color="555555")
        first_par(cells[1], b, b=True, size=9.5)
        first_par(cells[2], c_, size=9.5)
    col_widths(t, [3.2, 6.0, 8.2])
    P(d, "", after=2)

    def head(s):
        p = P(d, s, b=True, size=12, color=ink, before=10, after=3)
        pborder(p, "bottom", "B7C9C9", 8)

    head("Summary")
    P(d, "Ten years in product, the last six leading product teams that sell subscriptions and transactions "
         "to consumers. I run discovery with real customers every week, set outcomes rather than feature lists, "
         "and I am at home in SQL and Amplitude.")
    head("Experience in detail")

    def role(title, org, place, dates, bl):
        p = P(d, "", before=6, after=0, keep=True)
        run(p, title, b=True, size=11)
        run(p, ", " + org + ", " + place, size=11)
        P(d, dates, i=True, size=9.5, color="555555", after=1, keep=True)
        for lead, rest in bl:
            p = P(d, "", style="List Bullet", after=0)
            run(p, lead, b=True, size=10)
            run(p, " " + rest, size=10)

    role("Group Product Manager", "Fjordline Mobility", "Oslo", "August 2021 – to date",
         [("Ticketing & passes:", "lead 3 PMs and 4 squads behind the app that sells 1.8M tickets a month."),
          ("Subscriptions:", "launched a monthly commuter pass; 210k subscribers in year one."),
          ("Discovery:", "introduced weekly customer interviews and an opportunity-tree practice.")])
    role("Senior Product Manager", "Kvitt Bank ASA", "Bergen", "January 2018 – July 2021",
         [("Onboarding:", "cut account-opening time from 11 to 3 minutes with BankID and video KYC."),
          ("Savings:", "round-up savings feature adopted by 38% of active customers.")])
    role("Product Owner", "Nordlys Media", "Oslo", "March 2016 – December 2017",
         [("Paywall:", "metered paywall experiments raised digital subscriptions 27%.")])
    role("Business Analyst", "Nordlys Media", "Oslo", "September 2014 – February 2016",
         [("Analytics:", "built the newsroom's first reader-engagement dashboards.")])
    head("Skills")
    P(d, "Product discovery · OKRs · A/B testing · Pricing & packaging · Amplitude · SQL · Jira · Figma · "
         "Stakeholder management")
    head("Education")
    p = P(d, "", after=1)
    tabs(p, (17.4, "r"))
    run(p, "MSc Industrial Economics", b=True)
    run(p, ", Bjørnvik University of Technology\t2014")
    head("Languages")
    P(d, "Norwegian (native), English (fluent), Swedish (good)")
    docx_save(d, path, "Solveig Brandvold")


# =========================================================================================================
# job descriptions
# =========================================================================================================
def jd04_ashcombe_principal_planning_officer(path):
    """Local-authority job profile as a Word form: council letterhead, form fields written as 'Label:' with a
    dotted tab leader, tick boxes for contract type, numbered sections, a person specification with
    E/D and 'how assessed' columns."""
    d = docx_new("Arial", 10, (2.0, 2.0, 2.0, 2.0), after=3)
    green = "00594F"
    hd = d.add_table(rows=1, cols=2)
    tborders(hd, "nil")
    col_widths(hd, [10.0, 7.0])
    first_par(hd.cell(0, 0), "Ashcombe District Council", b=True, size=16, color=green)
    P(hd.cell(0, 0), "Place & Growth Directorate", size=9.5, color="555555", after=0)
    first_par(hd.cell(0, 1), "HR form JP-1 (rev. 2023)", size=8, color="888888", align="r")
    p = P(d, "JOB PROFILE", b=True, size=15, before=10, after=6)
    pborder(p, "bottom", green, 12)

    def field(label, value):
        p = P(d, "", after=2)
        tabs(p, (4.8, "l", "dot"))
        run(p, label + ":", b=True)
        run(p, "\t" + value)

    P(d, "1.  Job details", b=True, size=11.5, color=green, before=6, after=4)
    for a, b in [("Post title", "Principal Planning Officer"), ("Post number", "PG-0147"),
                 ("Service", "Development Management"), ("Grade", "Grade 11 (SCP 38–41): £46,140 – £49,152"),
                 ("Responsible to", "Development Manager"), ("Responsible for", "3 Senior Planning Officers, "
                                                                                 "1 Planning Technician"),
                 ("Base", "Council Offices, Market Street, Ashcombe (hybrid: 2 days in office)")]:
        field(a, b)
    p = P(d, "", after=2)
    tabs(p, (4.8, "l", "dot"))
    run(p, "Contract:", b=True)
    run(p, "\t☒ Permanent    ☐ Fixed term    ☒ Full-time (37 hrs)    ☐ Part-time")
    p = P(d, "", after=2)
    tabs(p, (4.8, "l", "dot"))
    run(p, "Politically restricted:", b=True)
    run(p, "\t☐ Yes    ☒ No")
    P(d, "2.  Main purpose of the job", b=True, size=11.5, color=green, before=12, after=4)
    P(d, "To lead on the most complex and contentious planning applications and appeals in the district, to "
         "manage a small team of planning officers, and to give authoritative professional advice to members, "
         "applicants and the public.", align="j")
    P(d, "3.  Key responsibilities", b=True, size=11.5, color=green, before=12, after=4)
    for s in ["Determine major applications (housing schemes of 50+ homes, employment and infrastructure) and "
              "present them to Planning Committee.",
              "Negotiate Section 106 agreements with applicants and infrastructure providers.",
              "Represent the Council at appeals, hearings and public inquiries, working with counsel.",
              "Allocate and check the work of the team; coach officers working towards chartered membership.",
              "Contribute to the Local Plan review and the design-code work for the two new garden villages.",
              "Any other duties commensurate with the grade of the post."]:
        P(d, s, style="List Number", after=2)
    P(d, "4.  Person specification", b=True, size=11.5, color=green, before=12, after=4)
    t = d.add_table(rows=1, cols=3)
    tborders(t, "single", "8AA9A4", 4)
    for k, s in enumerate(["Criteria", "E / D", "Assessed by"]):
        first_par(t.cell(0, k), s, b=True, size=9.5, color="FFFFFF")
        shade(t.cell(0, k), green)
    for row in [("Degree or postgraduate qualification in town planning (RTPI-accredited)", "E", "Application"),
                ("Chartered Member of the RTPI (MRTPI)", "E", "Application"),
                ("Substantial experience (normally 5 years+) of development management, including major "
                 "applications", "E", "Application / Interview"),
                ("Experience of presenting at appeals or public inquiries", "E", "Interview"),
                ("Experience of supervising staff", "D", "Interview"),
                ("Knowledge of Uniform or Idox planning systems", "D", "Application"),
                ("Full driving licence and access to a vehicle for site visits", "E", "Application")]:
        cells = t.add_row().cells
        for k, s in enumerate(row):
            first_par(cells[k], s, size=9.5)
    col_widths(t, [11.0, 1.8, 4.2])
    P(d, "Closing date: 5 July 2024. Interviews: week commencing 15 July 2024. For an informal discussion contact "
         "the Development Manager on 01632 960 447.", before=12)
    P(d, "Ashcombe District Council is a Disability Confident employer and guarantees an interview to disabled "
         "applicants who meet the essential criteria.", i=True, size=8.5, color="555555", before=6)
    docx_save(d, path, "Ashcombe DC HR")


def jd10_wicklow_byte_junior_front_end_developer(path):
    """Small studio's job ad as a Word document: letterhead with a coloured rule, a big 'We're hiring' headline
    with the vacancy under it, a shaded key-facts line, 'A day in the job' as prose, a two-column 'You'll need /
    Bonus points' table, and a 'How to apply' checklist."""
    d = docx_new("Verdana", 9.5, (2.0, 2.0, 2.2, 2.2), after=4)
    pink = "D6336C"
    p = P(d, "", after=0)
    run(p, "wicklow", b=True, size=18, color="212529")
    run(p, "byte", b=True, size=18, color=pink)
    run(p, "  studio", size=12, color="868E96")
    p = P(d, "Unit 4, The Old Mill, Bray, Co. Wicklow  ·  hello@wicklowbyte.example  ·  wicklowbyte.example",
          size=8, color="868E96", after=14)
    pborder(p, "bottom", pink, 18, 4)
    P(d, "We're hiring!", b=True, size=24, color=pink, after=0)
    P(d, "Junior Front-End Developer", b=True, size=16, after=6)
    kf = P(d, "Bray or remote within Ireland  ·  Full-time, permanent  ·  €36,000 – €42,000  ·  Start: September "
              "2024", size=9.5, after=10)
    shade(kf, "FFF0F6")
    P(d, "Who we are", b=True, size=12, before=6)
    P(d, "Wicklow Byte Studio is a nine-person web studio. We build websites and small web apps for tourism "
         "businesses, charities and local councils across Leinster — sites that have to be quick on a poor "
         "rural connection and usable by everyone.")
    P(d, "A day in the job", b=True, size=12, before=8)
    P(d, "You'll pair with one of our two senior developers most mornings, turning Figma designs into accessible "
         "components, fixing bugs reported by clients and writing the odd test. In the afternoon you might "
         "join a call with a client, tidy up a CMS template or learn something new — we protect Friday "
         "afternoons for learning.")
    t = d.add_table(rows=1, cols=2)
    tborders(t, "single", "F3C4D6", 6)
    first_par(t.cell(0, 0), "You'll need", b=True, size=10.5, color=pink)
    first_par(t.cell(0, 1), "Bonus points", b=True, size=10.5, color=pink)
    bullets(t.cell(0, 0), ["Solid HTML and CSS, and JavaScript you can explain", "Some React or Vue, from a course, "
                           "college or your own projects", "Git basics", "0–2 years' experience — graduates, "
                           "bootcamp finishers and career changers welcome"], size=9)
    bullets(t.cell(0, 1), ["Accessibility knowledge (WCAG)", "A CMS such as WordPress or Craft",
                           "An eye for typography", "Irish (we have two Gaeltacht clients)"], size=9)
    col_widths(t, [8.5, 8.5])
    P(d, "What we offer", b=True, size=12, before=10)
    P(d, "A real mentor, a €1,000 learning budget, a four-day week in July and August, a bike-to-work scheme, and "
         "a studio with a sea view on the days you come in.")
    P(d, "How to apply", b=True, size=12, before=8)
    for s in ["☐  A CV (one page is fine)", "☐  A link to something you built — GitHub, CodePen or a live site",
              "☐  A few lines on why you'd like to work with us",
              "Send it to jobs@wicklowbyte.example by Friday 12 July 2024."]:
        P(d, s, after=1, indent=0.4)
    docx_save(d, path, "Wicklow Byte Studio")


def jd09_st_brigids_critical_care_registered_nurse(path):
    """Hospital recruitment flyer (print PDF): full-width coloured headline band, the job title in large type,
    three benefit 'badges', two columns (what you'll do / what you need), a sign-on bonus ribbon and a
    QR-code placeholder with the apply address."""
    W, H = LETTER
    c = new_canvas(path, LETTER, "St. Brigid's - Critical Care RN flyer", "St. Brigid's Regional Hospital",
                   "Adobe InDesign")
    teal = HexColor("#00727A")
    coral = HexColor("#F26B5B")
    box(c, 0, H - 150, W, 150, fill=teal)
    text(c, "ST. BRIGID'S REGIONAL HOSPITAL", 40, H - 40, "Arial-B", 11, HexColor("#BFE6E8"))
    text(c, "JOIN OUR ICU TEAM", 40, H - 82, "Arial-B", 34, WHITE)
    text(c, "Critical Care Registered Nurse", 40, H - 112, "Arial", 20, WHITE)
    text(c, "Medical-Surgical ICU  ·  32 beds  ·  Level II Trauma Center  ·  Duluth, MN", 40, H - 134, "Arial", 10.5,
         HexColor("#BFE6E8"))
    y = H - 176
    bw = (W - 80 - 24) / 3
    for k, (big, small) in enumerate([("$10,000", "sign-on bonus"), ("3 × 12s", "nights or rotating"),
                                      ("1:2", "nurse-to-patient ratio")]):
        x = 40 + k * (bw + 12)
        box(c, x, y - 56, bw, 56, fill=HexColor("#E6F4F5"), r=8)
        text(c, big, x + bw / 2, y - 28, "Arial-B", 19, teal, "c")
        text(c, small, x + bw / 2, y - 45, "Arial", 9.5, HexColor("#335C5F"), "c")
    y -= 80
    colw = (W - 80 - 24) / 2
    cols = [("What you'll do", ["Care for critically ill adults: sepsis, trauma, post-surgical and respiratory "
                                "failure patients.", "Manage ventilators, vasoactive infusions, arterial and "
                                "central lines and CRRT.", "Work with intensivists, respiratory therapists and "
                                "pharmacists on daily multidisciplinary rounds.", "Precept new graduates once "
                                "you are ready — we will train you."]),
            ("What you need", ["Current Minnesota RN license (or compact license).", "2+ years of acute care "
                               "experience; ICU or step-down preferred.", "BLS and ACLS (or within 6 months of "
                               "hire).", "BSN preferred; ADN with a plan to complete BSN considered."])]
    for k, (h, bl) in enumerate(cols):
        x = 40 + k * (colw + 24)
        text(c, h, x, y, "Arial-B", 14, coral)
        bullets_pdf(c, bl, x, y - 10, colw, "Arial", 10, BLACK, "●", 12, 4, 13.5, teal)
    y -= 175
    box(c, 0, y - 50, W, 50, fill=coral)
    text(c, "Pay: $38.50 – $54.20/hr + night & weekend differentials  ·  Full benefits from day one", W / 2, y - 30,
         "Arial-B", 11.5, WHITE, "c")
    y -= 76
    y = para_pdf(c, "St. Brigid's Regional Hospital is a 410-bed nonprofit hospital serving northeastern Minnesota "
                    "and northwestern Wisconsin. Our ICU nurses have a shared-governance council, tuition "
                    "reimbursement up to $5,250 a year and paid CCRN certification.", 40, y, W - 220, "Arial", 10,
                 14)
    qy = y + 42
    box(c, W - 150, qy - 100, 100, 100, stroke=BLACK, width=1)
    for i_ in range(6):
        for j_ in range(6):
            if (i_ * 7 + j_ * 3) % 4 < 2:
                box(c, W - 144 + i_ * 15, qy - 94 + j_ * 15, 12, 12, fill=BLACK)
    text(c, "Scan to apply", W - 100, qy - 114, "Arial", 8.5, HexColor("#666666"), "c")
    y -= 40
    text(c, "Apply today: stbrigids.example.org/careers  ·  Job ID 24-0871", 40, y, "Arial-B", 11, teal)
    text(c, "Questions? Call Nurse Recruitment at (218) 555-0120.", 40, y - 16, "Arial", 10)
    text(c, "St. Brigid's Regional Hospital is an Equal Opportunity Employer.", W / 2, 30, "Arial-I", 8,
         HexColor("#666666"), "c")
    c.showPage()
    c.save()


# =========================================================================================================
# build
# =========================================================================================================
PDF_RESUMES = [r01_marta_sokolowska, r04_larissa_figueiredo_monteiro, r09_curtis_albrecht, r17_hollis_redgrave,
               r21_haruka_tsujimoto, r23_rasmus_lindqvist]
DOCX_RESUMES = [r02_gareth_pennington, r05_aurelien_fabre, r07_ruairi_gallagher, r10_imogen_achterberg,
                r12_tarek_el_amin, r16_chidera_nwachukwu, r19_eleanor_quist, r24_johanna_kruetzfeldt]
CONVERTED = {"r06_marisol_thibodeaux": r06_marisol_thibodeaux_docx,
             "r14_solveig_brandvold": r14_solveig_brandvold_docx}
JD_DOCX = [jd04_ashcombe_principal_planning_officer, jd10_wicklow_byte_junior_front_end_developer]
JD_PDF = [jd09_st_brigids_critical_care_registered_nurse]


def main():
    buildkit.build(RES, JDS, pdf_resumes=PDF_RESUMES, docx_resumes=DOCX_RESUMES, converted=CONVERTED,
                   jd_docx=JD_DOCX, jd_pdf=JD_PDF)


if __name__ == "__main__":
    sys.exit(main())
