"""Uploaded resumes and job descriptions: type detection, text extraction, parsing, skills and chunking."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
import yaml
from docx.oxml import parse_xml
from docx.shared import Pt
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.core.errors import InvalidInputError, TooLargeError, UnsupportedMediaError
from app.services.documents.extract import detect_kind, extract_text
from app.services.documents.job_description import parse_job_description
from app.services.documents.resume import parse_resume
from app.services.documents.skills import load_skill_lexicon
from app.services.retrieval.chunking import chunk_text

DATA = Path(__file__).resolve().parents[2] / "data" / "documents"
EXPECTED = yaml.safe_load((DATA / "expected.yaml").read_text(encoding="utf-8"))
TODAY = date(2026, 11, 1)  # expected.yaml counts "Present" as Nov 2026


def lower(items: list[str]) -> list[str]:
    return [item.lower() for item in items]


def as_skills(names: list[str]) -> list[str]:
    """Expected skill strings as the parser reports them: the lexicon's canonical name when it knows the skill
    ("PySpark" -> "spark", "React Query" -> "tanstack query"), else the phrase in lower case."""
    lexicon = load_skill_lexicon()
    return [found[0] if (found := lexicon.find(name, skills_context=True)) else name.lower() for name in names]


# ------------------------------------------------------------------------------------------ sample documents


@pytest.mark.parametrize("filename", sorted(EXPECTED["resumes"]))
def test_sample_resume_parses_to_expected(filename: str) -> None:
    want = EXPECTED["resumes"][filename]
    got = parse_resume((DATA / filename).read_text(encoding="utf-8"), today=TODAY)

    assert (got["name"] or "").lower() == want["name"].lower()
    assert got["email"] == want["email"]
    assert lower(got["employers"]) == lower(want["employers"])
    assert lower(got["titles"]) == lower(want["titles"])
    assert lower(got["projects"]) == lower(want["projects"])
    assert [(r["title"], r["company"], r["start"], r["end"]) for r in got["roles"]] == [
        (r["title"], r["company"], r["start"], r["end"]) for r in want["roles"]]
    missing = set(as_skills(want["skills"])) - set(got["skills"])
    assert not missing, f"skills not found: {missing}"
    assert got["years_of_experience"] == pytest.approx(want["years_of_experience"], abs=0.5)

    assert len(got["education"]) == len(want["education"])
    for entry in want["education"]:
        school, year = (part.strip() for part in entry.rsplit(",", 2)[-2:])
        assert any(school in e and year in e for e in got["education"]), f"{entry!r} not in {got['education']}"
    assert lower(got["certifications"]) == lower(want.get("certifications", []))
    for section in ("summary", "experience", "projects", "skills", "education"):
        assert got["sections"].get(section), f"section {section} missing"


def test_name_written_in_capitals_is_title_cased() -> None:
    got = parse_resume((DATA / "resume_data.txt").read_text(encoding="utf-8"), today=TODAY)
    assert got["name"] == "Kwame Ashby-Lund"


def test_prompt_injection_in_resume_is_kept_as_plain_resume_text() -> None:
    want = EXPECTED["resumes"]["resume_injection.txt"]
    got = parse_resume((DATA / "resume_injection.txt").read_text(encoding="utf-8"), today=TODAY)
    assert want["injection_text"] in got["sections"]["summary"]
    assert got["titles"] == want["titles"]  # the "instruction" changes nothing about how the resume is read


@pytest.mark.parametrize("filename", sorted(EXPECTED["job_descriptions"]))
def test_sample_job_description_parses_to_expected(filename: str) -> None:
    want = EXPECTED["job_descriptions"][filename]
    got = parse_job_description((DATA / filename).read_text(encoding="utf-8"))

    assert got["title"] == want["title"]
    assert got["company"] == want["company"]
    assert got["role"].lower() == want["role"]
    assert got["seniority"] == want["seniority"]
    assert got["role_family"] == want["role_family"]
    assert got["min_years"] == want["min_years"]
    missing_must = set(as_skills(want["must_have"])) - set(got["must_have"])
    assert not missing_must, f"must-haves not found: {missing_must}"
    missing_nice = set(as_skills(want["nice_to_have"])) - set(got["nice_to_have"])
    assert not missing_nice, f"nice-to-haves not found: {missing_nice}"
    assert not set(got["must_have"]) & set(got["nice_to_have"])

    topics = got["focus_topics"]
    assert 5 <= len(topics) <= 10
    assert len(set(topics)) == len(topics) and all(t == t.lower() for t in topics)
    assert topics[0] in got["must_have"]
    assert {"requirements", "nice_to_have", "responsibilities"} <= set(got["sections"])


def test_job_description_focus_topics_lead_with_most_mentioned_must_haves_then_duties() -> None:
    got = parse_job_description((DATA / "jd_backend_senior.txt").read_text(encoding="utf-8"))
    assert got["focus_topics"][:2] == ["python", "go"]  # both named twice in the requirements
    assert "reconciliation" in got["focus_topics"]  # the responsibilities' key noun, mentioned twice


def test_skill_named_in_both_lists_counts_as_must_have() -> None:
    got = parse_job_description("Data Engineer\n\nRequirements\n- Python and SQL\n\nNice to have\n- Python, dbt\n")
    assert got["must_have"][:2] == ["python", "sql"]
    assert got["nice_to_have"] == ["dbt"]


def test_job_description_without_sections_or_text_does_not_fail() -> None:
    got = parse_job_description("")
    assert got["title"] is None and got["must_have"] == [] and got["focus_topics"] == []
    prose = parse_job_description("Senior Go Developer\nCompany: Initech · Remote\n\n"
                                  "We need someone who knows Go, Kubernetes and PostgreSQL, and who likes to ship.")
    assert (prose["seniority"], prose["role"], prose["company"]) == ("senior", "Go Developer", "Initech")
    assert prose["must_have"] == ["go", "kubernetes", "postgresql"]  # prose is not mined for phrases


# ------------------------------------------------------------------------------------------ experience variants


@pytest.mark.parametrize(("entry", "title", "company", "years"), [
    ("Data Scientist at Brightline Labs, 2019-2022", "Data Scientist", "Brightline Labs", 3.0),
    ("Brightline Labs | Data Scientist | Jan 2020 - Present", "Data Scientist", "Brightline Labs", 6.8),
    ("Data Scientist, Brightline Labs  2018 – 2021", "Data Scientist", "Brightline Labs", 3.0),
    ("**Data Scientist** | Brightline Labs | 03/2021 – 09/2023", "Data Scientist", "Brightline Labs", 2.5),
    ("Brightline Labs — Berlin\nData Scientist\nSept 2020 to Current", "Data Scientist", "Brightline Labs", 6.2),
    ("Brightline Labs                       Jun 2016 – Jun 2019\nData Scientist", "Data Scientist",
     "Brightline Labs", 3.0),
])
def test_common_experience_layouts(entry: str, title: str, company: str, years: float) -> None:
    text = f"Jo Tester\n\nWork History\n\n{entry}\n- Built churn models in Python.\n\nEducation\nBSc Maths, 2012"
    got = parse_resume(text, today=TODAY)
    assert got["titles"] == [title]
    assert got["employers"] == [company]
    assert got["years_of_experience"] == pytest.approx(years, abs=0.1)


def test_overlapping_roles_are_counted_once() -> None:
    text = ("EXPERIENCE\nLead Engineer — Acme (Jan 2020 – Jan 2022)\nFreelance Developer — Self (Jan 2021 – Jan 2023)\n"
            "Engineer — Beta (Jan 2015 – Jan 2016)\n\nEDUCATION\nBSc Physics, Old College, 2014 – 2018")
    got = parse_resume(text, today=TODAY)
    assert got["years_of_experience"] == 4.0  # 2020-2023 merged (3 years) plus 2015 (1 year); the degree is not work
    assert got["employers"] == ["Acme", "Self", "Beta"]


def test_resume_without_dates_has_no_years() -> None:
    got = parse_resume("Sam Lee\nsam@example.com\n\nSkills: Go, Rust, Python", today=TODAY)
    assert got["years_of_experience"] is None
    assert got["skills"][:3] == ["go", "rust", "python"]
    assert got["name"] == "Sam Lee" and got["email"] == "sam@example.com"


# ------------------------------------------------------------------------------------------ file formats


def plain_resume() -> str:
    """resume_backend.md without markdown markup: what a PDF or Word version shows."""
    text = (DATA / "resume_backend.md").read_text(encoding="utf-8")
    return re.sub(r"^#+\s*|\*\*", "", text, flags=re.MULTILINE)


def make_pdf(lines: list[str], *, lines_per_page: int = 30) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for first in range(0, len(lines), lines_per_page):
        pdf.setFont("Helvetica", 8)
        y = 800
        for line in lines[first:first + lines_per_page]:
            pdf.drawString(30, y, line)
            y -= 14
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_docx(text: str) -> bytes:
    """A Word resume as people make them: heading styles, list bullets, contact details in the page header, and
    each role's title, company and dates in a table row."""
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10)
    heading_names = {"Summary", "Experience", "Projects", "Skills", "Education", "Certifications"}
    lines = text.split("\n")
    document.add_heading(lines[0], level=0)
    document.sections[0].header.is_linked_to_previous = False
    document.sections[0].header.paragraphs[0].text = lines[2]
    for line in lines[3:]:
        role = re.match(r"(.+?) — (.+?) \((.+)\)$", line)
        if not line.strip():
            continue
        if line in heading_names:
            document.add_heading(line, level=1)
        elif role:
            row = document.add_table(rows=1, cols=3).rows[0]
            for cell, value in zip(row.cells, role.groups(), strict=True):
                cell.text = value
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line.startswith("  ") and document.paragraphs:
            document.paragraphs[-1].add_run(" " + line.strip())  # a wrapped bullet is one paragraph in Word
        else:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_pdf_docx_txt_and_md_versions_of_a_resume_agree(tmp_path: Path) -> None:
    text = plain_resume()
    files = {
        "resume.pdf": make_pdf(text.split("\n")),
        "resume.docx": make_docx(text),
        "resume.txt": text.encode("utf-8"),
        "resume.md": (DATA / "resume_backend.md").read_bytes(),
    }
    kinds = {"resume.pdf": "pdf", "resume.docx": "docx", "resume.txt": "text", "resume.md": "text"}
    parsed = {}
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        kind = detect_kind(path.read_bytes(), name)
        assert kind == kinds[name]
        extracted = extract_text(path.read_bytes(), kind, max_pages=5)
        assert "Quillstone Payments" in extracted and "Certified Kubernetes Application Developer" in extracted
        parsed[name] = parse_resume(extracted, today=TODAY)
    assert len(PdfReader(tmp_path / "resume.pdf").pages) >= 3  # the PDF really is multi-page

    reference = parsed["resume.md"]
    for name, got in parsed.items():
        for field in ("name", "email", "employers", "titles", "projects", "education", "certifications",
                      "years_of_experience"):
            assert got[field] == reference[field], f"{name}: {field}"
        assert set(got["skills"]) == set(reference["skills"]), name


def test_docx_table_cells_and_paragraphs_are_read_in_order() -> None:
    text = extract_text(make_docx(plain_resume()), "docx", max_pages=5)
    assert text.index("Senior Backend Engineer | Quillstone Payments | Mar 2022 – Present") < text.index(
        "Led a team of four engineers") < text.index("Backend Engineer | Harborline Freight Systems")
    assert text.startswith("alina.pw@example.com")  # the page header comes first


def test_docx_text_boxes_are_read_once() -> None:
    """Template resumes often put everything in text boxes, which Word stores twice (drawing + VML fallback)."""
    document = docx.Document()
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    paragraphs = "".join(f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>'
                         for line in ("Jo Tester", "Skills: Go, Rust, Python"))
    body.insert(0, parse_xml(
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>'
        f'<w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r></w:p>'))
    buffer = io.BytesIO()
    document.save(buffer)
    assert extract_text(buffer.getvalue(), "docx", max_pages=5) == "Jo Tester\nSkills: Go, Rust, Python"


def test_content_decides_the_kind_not_the_extension() -> None:
    pdf = make_pdf(["Jo Tester, Software Engineer"])
    assert detect_kind(pdf, "resume.txt") == "pdf"
    assert detect_kind(b"Jo Tester\nSoftware Engineer\n", "resume.pdf") == "text"
    assert detect_kind("Zoë Müller — Entwicklerin\n".encode("utf-16"), "cv.txt") == "text"
    assert detect_kind("Zoë Müller, Café Straße\n".encode("latin-1"), "cv.txt") == "text"


@pytest.mark.parametrize(("data", "label"), [
    (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "png"),
    (b"\x89PNG\r\n\x1a\n" + b"junk" * 200, "png with printable junk"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200), "jpeg"),
    (b"MZ\x90\x00\x03\x00\x00\x00" + bytes(300), "exe"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "legacy .doc"),
])
def test_binary_files_are_unsupported_media(data: bytes, label: str) -> None:
    with pytest.raises(UnsupportedMediaError) as info:
        detect_kind(data, f"resume.{label.split()[0]}")
    assert "PDF" in info.value.detail and "DOCX" in info.value.detail


def test_zip_that_is_not_a_word_document_is_unsupported() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("resume.txt", "Jo Tester, Software Engineer")
    with pytest.raises(UnsupportedMediaError) as info:
        detect_kind(buffer.getvalue(), "resume.docx")
    assert "not a Word document" in info.value.detail


def test_encrypted_pdf_is_rejected_with_a_clear_reason() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(make_pdf(plain_resume().split("\n"))))
    writer.encrypt("s3cret")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(InvalidInputError) as info:
        extract_text(buffer.getvalue(), detect_kind(buffer.getvalue()), max_pages=5)
    assert "password" in info.value.detail


def test_pdf_with_only_an_owner_password_is_read() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(make_pdf(plain_resume().split("\n"))))
    writer.encrypt("", owner_password="restrictions-only")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "Quillstone Payments" in extract_text(buffer.getvalue(), "pdf", max_pages=5)


def test_scanned_image_only_pdf_is_rejected() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.rect(50, 600, 400, 150, fill=1)
    pdf.circle(300, 300, 80, fill=1)
    pdf.line(50, 50, 500, 500)
    pdf.save()
    with pytest.raises(InvalidInputError) as info:
        extract_text(buffer.getvalue(), "pdf", max_pages=5)
    assert "no extractable text" in info.value.detail and "scanned" in info.value.detail


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_corrupt_pdf_is_unprocessable(damage: str) -> None:
    good = make_pdf(plain_resume().split("\n"))
    data = good[:len(good) // 2] if damage == "truncated" else b"%PDF-1.7\n" + bytes(range(256)) * 8
    assert detect_kind(data) == "pdf"
    with pytest.raises(InvalidInputError) as info:
        extract_text(data, "pdf", max_pages=5)
    assert "corrupt" in info.value.detail


def test_corrupt_docx_is_unprocessable() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document>not really")
    assert detect_kind(buffer.getvalue()) == "docx"
    with pytest.raises(InvalidInputError) as info:
        extract_text(buffer.getvalue(), "docx", max_pages=5)
    assert "corrupt" in info.value.detail


def test_pdf_over_the_page_limit_is_too_large() -> None:
    data = make_pdf([f"Line {i} of a very long CV" for i in range(90)], lines_per_page=30)
    with pytest.raises(TooLargeError) as info:
        extract_text(data, "pdf", max_pages=2)
    assert "3 pages" in info.value.detail and "2" in info.value.detail


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  \n", "\ufeff".encode("utf-8")])
def test_empty_text_is_unprocessable(data: bytes) -> None:
    with pytest.raises(InvalidInputError) as info:
        extract_text(data, detect_kind(data, "empty.txt"), max_pages=5)
    assert "empty" in info.value.detail


def test_text_is_decoded_and_whitespace_normalised() -> None:
    raw = "\ufeffJo\x00 Tester\r\n\r\n\r\n\r\nSkills:\t\tPython,   Go\x07\r\nﬁnance  APIs\u00a0and\u200bmore  ".encode()
    assert extract_text(raw, "text", max_pages=5) == "Jo Tester\n\nSkills: Python, Go\nfinance APIs andmore"
    utf16 = "Zoë Müller\nData Engineer".encode("utf-16")
    assert extract_text(utf16, detect_kind(utf16), max_pages=5) == "Zoë Müller\nData Engineer"


# ------------------------------------------------------------------------------------------ skill lexicon


def test_ambiguous_skills_need_a_skills_context() -> None:
    lexicon = load_skill_lexicon()
    assert "go" not in lexicon.find("I like to go to market fast")
    assert lexicon.find("Born in the rust belt, I like to go hiking.") == []
    assert lexicon.find("Skills: Go, Rust, Python") == ["go", "rust", "python"]
    assert lexicon.find("Services in Python and Go") == ["python", "go"]
    assert lexicon.find("go, rust") == ["go", "rust"]
    assert lexicon.find("Go", skills_context=True) == ["go"]


def test_skill_names_with_symbols_and_aliases() -> None:
    lexicon = load_skill_lexicon()
    assert lexicon.find("C++ and C# on .NET") == ["c++", "c#", ".net"]
    assert lexicon.find("Ran Postgres on k8s with Golang services") == ["postgresql", "kubernetes", "go"]
    assert lexicon.find("Node.js and ASP.NET Core; CI/CD with GitHub Actions") == [
        "node.js", "asp.net", "ci/cd", "github actions"]
    assert lexicon.find("see github.com/jo or python.org") == []  # web addresses are not skills
    assert lexicon.find("PYTHON, python3 and Python again") == ["python"]  # one entry per skill, in order
    assert lexicon.canonical("Postgres") == "postgresql"


# ------------------------------------------------------------------------------------------ chunking


def test_chunks_respect_size_and_carry_overlap() -> None:
    text = (DATA / "resume_career_changer.md").read_text(encoding="utf-8")
    chunks = chunk_text(text, size=400, overlap=80)
    assert len(chunks) >= len(text) // 400
    assert all(0 < len(c) <= 400 and c.strip() == c for c in chunks)
    for previous, current in zip(chunks, chunks[1:], strict=False):
        shared = max(n for n in range(0, 81) if previous.endswith(current[:n]))
        assert 40 <= shared <= 80, (previous[-100:], current[:100])
    words = set(re.findall(r"\w+", text))
    assert words <= set(re.findall(r"\w+", " ".join(chunks)))  # nothing is lost


def test_chunks_split_on_line_boundaries_and_never_empty() -> None:
    lines = [f"Line {i}: " + "x" * 40 for i in range(30)]
    chunks = chunk_text("\n\n\n".join(lines), size=200, overlap=0)
    assert all(c.startswith("Line ") and c.endswith("x") for c in chunks)
    assert chunk_text("") == [] and chunk_text(" \n\n ") == []
    assert chunk_text("short text") == ["short text"]


def test_an_over_long_line_is_split_inside() -> None:
    long_line = " ".join(f"word{i}" for i in range(400))
    chunks = chunk_text(long_line, size=300, overlap=50)
    assert len(chunks) > 5 and all(len(c) <= 300 for c in chunks)
    assert all(re.fullmatch(r"(word\d+\s?)+", c) for c in chunks)  # cut between words, not inside them


# ------------------------------------------------------------------------------------------ job title shapes

_JD_BODY = ("\n\nRequirements\n- 4+ years of backend development.\n- Python and PostgreSQL.\n\n"
            "Nice to have\n- Kafka\n")


@pytest.mark.parametrize(("opening", "role", "seniority", "company"), [
    ("Wrenfield - Senior Platform Engineer, Developer Tools\nAbout Wrenfield\nWrenfield builds kiln software.",
     "Platform Engineer", "senior", "Wrenfield"),
    ("Data Engineer at Osprey Mutual\nCardiff, UK · Hybrid", "Data Engineer", "mid", "Osprey Mutual"),
    ("Backend Engineer (Ledger) — Tallowmere\nRemote (EU)", "Backend Engineer", "mid", "Tallowmere"),
    ("Lead QA Engineer\nSheffield, UK · Permanent\n\nOur client, a retail group, needs a QA lead.",
     "QA Engineer", "senior", None),
    (("Cookie settings\nWe use cookies to improve your experience. Accept all\nHome\nJobs\nSign in\n"
      "Junior Data Analyst\nBramblecote Foods · Leeds, England, United Kingdom (Hybrid)\n"
      "Posted 3 days ago · 112 applicants\nEasy Apply\nSave\nAbout the job\n"
      "At Bramblecote Foods we make soups.\n\nSimilar jobs\nSenior Data Scientist at Hollin Ltd"),
     "Data Analyst", "junior", "Bramblecote Foods"),
    ("We're hiring: Machine Learning Engineer 🚀\n\nKestrel Yard · Bristol or remote (UK)",
     "Machine Learning Engineer", "mid", "Kestrel Yard"),
])
def test_job_description_title_shapes(opening: str, role: str, seniority: str, company: str | None) -> None:
    got = parse_job_description(opening + _JD_BODY)
    assert (got["role"], got["seniority"], got["company"]) == (role, seniority, company)


def test_employer_under_the_dates_beats_the_last_roles_metric_rows_but_not_a_company_heading() -> None:
    """A sales resume's metric rows end each role ("Quota" / "142% in 2015"), then the next title, dates and "Company |
    City": the employer is the line under the dates. A company heading over its title keeps its role, whatever line
    follows the dates."""
    sales = parse_resume("Lena Ortiz\nEXPERIENCE\nAccount Executive\nMar 2019 – Present\nTidewell Software | Austin, TX\n"
                         "Quota\n131% in 2021, 124% in 2022\nSales Development Representative\nJan 2017 – Feb 2019\n"
                         "Brightline Data | Denver, CO\nSourced pipeline for the mid-market team.\n",
                         today=date(2026, 6, 1))
    assert sales["employers"] == ["Tidewell Software", "Brightline Data"]
    headed = parse_resume("Sam Reyes\nEXPERIENCE\nAcme Corp\nSenior Engineer\nJan 2020 – Present\nPayments Platform\n"
                          "- Built the ledger service in Go\nBeta Ltd\nEngineer\nJan 2017 – Dec 2019\nData Team\n"
                          "- Wrote pipelines\n", today=date(2026, 6, 1))
    assert headed["employers"] == ["Acme Corp", "Beta Ltd"]


def test_a_europass_table_and_dot_leaders_read_as_roles() -> None:
    europass = parse_resume(
        "Europass\nCurriculum Vitae\nWork experience\nDates | 03/2020 – present\n\nOccupation or position held | "
        "Project Engineer\n\nMain activities and responsibilities | Design and verification of concrete bridges; site "
        "supervision for two motorway overpasses\n\nName and address of employer | Brunnhofer Bau AG\n"
        "Industriestrasse 14, 8404 Winterthur (Switzerland)\n\nType of business or sector | Civil engineering\n",
        today=date(2026, 6, 1))
    assert [(r["title"], r["company"]) for r in europass["roles"]] == [("Project Engineer", "Brunnhofer Bau AG")]
    leaders = parse_resume("Ann Lee\nEMPLOYMENT HISTORY\nOffice Manager, Brightwater Dental Group, Manchester ...... "
                           "2019 - present\nCareer break (full-time carer) ........... 2013 - 2019\n"
                           "Administrative Assistant, Holloway & Finch Solicitors, Leeds . 2009 - 2013\n",
                           today=date(2026, 6, 1))
    assert leaders["employers"] == ["Brightwater Dental Group", "Holloway & Finch Solicitors"]
