"""Uploaded resumes and job descriptions: file type by content, text extraction, and a structured parse.

Everything here is deterministic and offline (no model calls) so an upload is parsed the same way every time and
in tests. The parse is heuristic by nature; it aims to be right on the common layouts (markdown, upper-case or
"Heading:" sections, "Title — Company (dates)" style roles) and to degrade to "not found" rather than to invent.
Document text is always treated as data: nothing in it changes how it is parsed.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import docx
import filetype
import yaml
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PasswordType, PdfReader
from pypdf.errors import PyPdfError

from app.core.errors import PayloadTooLargeError, UnprocessableError, UnsupportedMediaError
from app.services.question_bank import role_family, seniority_for

Kind = Literal["pdf", "docx", "text"]

SKILLS_PATH = Path(__file__).resolve().parents[1] / "data" / "skills.yaml"
ACCEPTED_TYPES = "PDF, DOCX or plain text (TXT/MD)"
MIN_PDF_TEXT_CHARS = 20  # below this a PDF is almost certainly scanned images, not text
MAX_DOCX_UNCOMPRESSED = 50 * 1024 * 1024  # a 5 MB upload must not inflate into gigabytes (zip bomb)

# ===================================================================================== file type and text

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc/.xls/.ppt container


def detect_kind(data: bytes, filename: str | None = None) -> Kind:
    """The file's type judged by its bytes; the filename only appears in error messages (extensions lie)."""
    name = f" ({filename})" if filename else ""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if _zip_names(data) & {"word/document.xml"}:
            return "docx"
        raise UnsupportedMediaError(f"This file{name} is a ZIP archive but not a Word document. "
                                    f"Upload a {ACCEPTED_TYPES} file.")
    if data.startswith(_OLE2_MAGIC):
        raise UnsupportedMediaError(f"Old binary Word (.doc) files{name} are not supported; save it as DOCX or PDF. "
                                    f"Accepted: {ACCEPTED_TYPES}.")
    if _decode_text(data, strict=True) is not None:
        return "text"
    guessed = filetype.guess_mime(data)
    detected = f" (detected {guessed})" if guessed else ""
    raise UnsupportedMediaError(f"Unsupported file type{detected}{name}. Upload a {ACCEPTED_TYPES} file.")


def extract_text(data: bytes, kind: Kind, *, max_pages: int) -> str:
    """Plain text of the document with normalised whitespace; raises 413/415/422 with a user-facing detail."""
    if kind == "pdf":
        text = _pdf_text(data, max_pages)
        if len(re.sub(r"\s", "", text)) < MIN_PDF_TEXT_CHARS:
            raise UnprocessableError("The PDF has no extractable text; it looks like a scanned image. "
                                     "Upload a text-based PDF, a DOCX or a TXT file instead.")
        return text
    if kind == "docx":
        text = _docx_text(data)
    elif kind == "text":
        decoded = _decode_text(data, strict=False)
        if decoded is None:
            raise UnsupportedMediaError(f"The file is not readable text. Upload a {ACCEPTED_TYPES} file.")
        text = normalize_text(decoded)
    else:
        raise UnsupportedMediaError(f"Unsupported document kind {kind!r}. Upload a {ACCEPTED_TYPES} file.")
    if not text:
        raise UnprocessableError("The document is empty: no text was found in it.")
    return text


def normalize_text(text: str) -> str:
    """NFKC (splits PDF ligatures such as "ﬁ", unifies odd spaces), one space between words, line breaks kept,
    control characters dropped, at most one blank line in a row."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]", "\n", text)
    text = re.sub(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", text)  # soft hyphens, zero-width characters
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _zip_names(data: bytes) -> set[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return set()


def _decode_text(data: bytes, *, strict: bool) -> str | None:
    """The bytes as text if they are text: UTF-8 (optional BOM) or UTF-16 with a BOM, else a Windows-1252/latin-1
    reading when that yields mostly printable characters and no known binary signature. None when not text.
    `strict` (type detection) refuses any NUL byte, a sure sign of binary data; extraction tolerates a stray one
    and normalisation drops it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = [("utf-16", True)]
    else:
        candidates = [("utf-8-sig", True), ("cp1252", False), ("latin-1", False)]
    for encoding, trusted in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Single-byte encodings decode anything, so a recognised binary signature (PNG, JPEG, ...) wins over them.
        if not trusted and filetype.guess(data) is not None:
            return None
        return text if _looks_like_text(text, strict=strict) else None
    return None


def _looks_like_text(text: str, *, strict: bool) -> bool:
    if strict and "\x00" in text:
        return False
    sample = text[:20000]
    if not sample:
        return True
    # Control characters and unassigned code points are what binary data decodes to; odd spaces and zero-width
    # characters are ordinary in text exported from word processors.
    binary = sum(1 for ch in sample if ch not in "\n\r\t\f" and unicodedata.category(ch) in {"Cc", "Cn", "Co", "Cs"})
    return binary / len(sample) <= 0.05


def _pdf_text(data: bytes, max_pages: int) -> str:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many PDFs carry only an owner password (restrictions) and open with an empty user password.
            if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                raise UnprocessableError("The PDF is encrypted/password-protected. Remove the password and "
                                         "upload it again.")
        page_count = len(reader.pages)
    except UnprocessableError:
        raise
    except Exception as exc:  # pypdf raises many types (PyPdfError, KeyError, ValueError...) on broken files
        if isinstance(exc, PyPdfError) and "crypt" in str(exc).lower():
            raise UnprocessableError("The PDF is encrypted/password-protected and cannot be read.") from exc
        raise UnprocessableError("The PDF could not be read; the file looks corrupt or truncated.") from exc
    if page_count == 0:
        raise UnprocessableError("The PDF could not be read; it has no pages.")
    if page_count > max_pages:
        raise PayloadTooLargeError(f"The PDF has {page_count} pages; at most {max_pages} are accepted.")
    pages: list[str] = []
    failures = 0
    for page in reader.pages:
        try:
            pages.append(page.extract_text() or "")
        except Exception:  # one damaged page should not lose the rest of the document
            failures += 1
    if failures == page_count:
        raise UnprocessableError("The PDF could not be read; the file looks corrupt or truncated.")
    return normalize_text("\n\n".join(pages))


def _docx_text(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
        if inflated > MAX_DOCX_UNCOMPRESSED:
            raise PayloadTooLargeError("The DOCX file expands to more than 50 MB; it is too large to process.")
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for section in document.sections:  # contact details often sit in the page header
            if not section.header.is_linked_to_previous:
                lines += _docx_blocks(section.header.iter_inner_content())
        lines += _docx_blocks(document.iter_inner_content())
        if not any(line.strip() for line in lines):
            lines = _docx_all_paragraphs(document.element.body)
    except PayloadTooLargeError:
        raise
    except Exception as exc:  # python-docx / lxml / zipfile errors all mean the same thing to the user
        raise UnprocessableError("The DOCX file could not be read; it looks corrupt.") from exc
    return normalize_text("\n".join(lines))


def _docx_blocks(blocks: Iterable[Paragraph | Table]) -> list[str]:
    """Paragraphs and tables in document order. A table row of one-line cells becomes one "a | b | c" line (so a
    "Title | Company | Dates" row reads like a text resume); cells holding several paragraphs stay as lines."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            # Word list items carry their bullet as numbering, not text; keep a marker so they still read as
            # bullets (an achievement under a role, not a new entry).
            lines.append(f"- {block.text}" if block.text.strip() and _is_list_item_paragraph(block) else block.text)
            continue
        for row in block.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # merged cells repeat the same cell object across the span
                    continue
                seen.add(id(cell._tc))
                cells.append(_docx_blocks(cell.iter_inner_content()))
            if all(len([x for x in c if x.strip()]) <= 1 for c in cells):
                lines.append(" | ".join(x.strip() for c in cells for x in c if x.strip()))
            else:
                for cell_lines in cells:
                    lines += cell_lines
        lines.append("")
    return lines


def _docx_all_paragraphs(body: Any) -> list[str]:
    """Every paragraph in the body, text boxes included: layouts built from text boxes are invisible to the
    paragraph API. Word stores each text box twice (drawing plus a legacy VML fallback); the fallback is skipped."""
    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    lines = []
    for p in body.iter(qn("w:p")):
        if any(ancestor.tag == fallback for ancestor in p.iterancestors()):
            continue
        lines.append("".join(t.text or "" for t in p.xpath("./w:r/w:t | ./w:hyperlink/w:r/w:t")))
    return lines


def _is_list_item_paragraph(paragraph: Paragraph) -> bool:
    p_pr = paragraph._p.pPr
    style = getattr(paragraph.style, "name", "") or ""
    return (p_pr is not None and p_pr.numPr is not None) or style.startswith("List")


# ===================================================================================== skill lexicon


@dataclass(frozen=True)
class Skill:
    name: str
    family: str
    roles: tuple[str, ...]
    ambiguous: bool


@dataclass(frozen=True)
class SkillMatch:
    skill: str
    start: int
    end: int
    text: str


# A list item is delimited by these; "and"/"or" join neighbours without making a list on their own.
_LIST_SEPARATORS = ",;|•·/"
_ITEM_BOUNDARIES = _LIST_SEPARATORS + "():\n"
_ITEM_REACH = 40
_CONNECTOR = re.compile(r"^[\s,;/|&+()·•:-]*(?:and|or|with|plus|&)?[\s,;/|&+()·•:-]*$", re.IGNORECASE)
_SKILLS_LABEL = re.compile(
    r"^[ \t]*(?:[-*•·][ \t]*)?(?:[A-Za-z][\w &/-]{0,30}[ \t])?"
    r"(?:skills|technologies|tech stack|stack|tools|languages|frameworks|libraries|platforms|databases)"
    r"[ \t]*[:：][^\n]*", re.IGNORECASE | re.MULTILINE)


class SkillLexicon:
    """Canonical skills and their aliases (app/data/skills.yaml), matched on word boundaries."""

    def __init__(self, entries: Mapping[str, Mapping[str, Any]]) -> None:
        self.skills: dict[str, Skill] = {}
        self._terms: dict[str, str] = {}  # lower-case spelling (canonical or alias) -> canonical name
        for name, info in entries.items():
            canonical = str(name).lower()
            self.skills[canonical] = Skill(canonical, str(info.get("family", "")), tuple(info.get("roles") or ()),
                                           bool(info.get("ambiguous", False)))
            for term in [canonical, *(str(a).lower() for a in info.get("aliases") or ())]:
                self._terms[_squash(term)] = canonical
        # Longest first so "spring boot" wins over "spring" and "c++" over "c" at the same position.
        alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(self._terms, key=len, reverse=True))
        # Symbols count as part of a name (c++, c#, .net, node.js): no word character, "+", "#" or "." may touch a
        # match, except a sentence-ending full stop.
        self._pattern = re.compile(rf"(?<![\w.+#])(?:{alternatives})(?![\w+#]|\.\w)", re.IGNORECASE)

    def canonical(self, term: str) -> str | None:
        """The canonical name for a spelling ("Postgres" -> "postgresql"), or None when unknown."""
        return self._terms.get(_squash(term.lower()))

    def find(self, text: str, *, skills_context: bool = False) -> list[str]:
        """Canonical skills in `text` in order of first appearance. `skills_context` says the whole text is a
        skills list (a resume's Skills section), where even ambiguous names such as "Go" count."""
        return _unique(m.skill for m in self.matches(text, skills_context=skills_context))

    def matches(self, text: str, *, skills_context: bool = False) -> list[SkillMatch]:
        raw = [SkillMatch(self._terms[_squash(m.group().lower())], m.start(), m.end(), m.group())
               for m in self._pattern.finditer(text)]
        labelled = [] if skills_context else [(m.start(), m.end()) for m in _SKILLS_LABEL.finditer(text)]
        accepted = []
        for i, hit in enumerate(raw):
            if (skills_context or not self._needs_context(hit)
                    or any(start <= hit.start < end for start, end in labelled)
                    or _is_list_item(text, hit) or _next_to_skill(text, raw, i)):
                accepted.append(hit)
        return accepted

    def _needs_context(self, hit: SkillMatch) -> bool:
        # Only the bare canonical name of an ambiguous entry ("go", "rust", "spark") is ambiguous; its aliases
        # ("golang", "apache spark") are distinctive on their own.
        return self.skills[hit.skill].ambiguous and _squash(hit.text.lower()) == hit.skill


def _squash(term: str) -> str:
    return re.sub(r"\s+", " ", term.strip())


def _is_list_item(text: str, hit: SkillMatch) -> bool:
    """True when the match is a whole item of a comma/slash/pipe separated list ("Go, Rust, Python")."""
    # Only a few characters (spaces, "and ") may separate the name from its delimiters, so a short reach keeps
    # this linear on long lines.
    left = hit.start
    while left > 0 and text[left - 1] not in _ITEM_BOUNDARIES and hit.start - left < _ITEM_REACH:
        left -= 1
    right = hit.end
    while right < len(text) and text[right] not in _ITEM_BOUNDARIES and right - hit.end < _ITEM_REACH:
        right += 1
    item = re.sub(r"^(?:and|or)\s+", "", text[left:right].strip(" \t.*-_"), flags=re.IGNORECASE)
    separators = (text[left - 1] if left > 0 else "") + (text[right] if right < len(text) else "")
    return item.lower() == hit.text.lower() and any(ch in _LIST_SEPARATORS for ch in separators)


def _next_to_skill(text: str, hits: list[SkillMatch], i: int) -> bool:
    """True when a capitalised ambiguous name sits right next to another skill ("Python and Go", "Spark or
    BigQuery"): the casing plus the company it keeps rules out "go to market" or "the rust belt"."""
    hit = hits[i]
    if hit.text == hit.text.lower():
        return False

    def joined(start: int, end: int) -> bool:
        return end - start <= _ITEM_REACH and _CONNECTOR.match(text[start:end]) is not None

    return (i > 0 and joined(hits[i - 1].end, hit.start)) or (i + 1 < len(hits) and joined(hit.end, hits[i + 1].start))


@lru_cache(maxsize=1)
def load_skill_lexicon() -> SkillLexicon:
    return SkillLexicon(yaml.safe_load(SKILLS_PATH.read_text(encoding="utf-8")) or {})


# ===================================================================================== sections

_BULLET = re.compile(r"^\s*(?:[-*•·▪◦‣–—+>]|\d{1,2}[.)])\s+")
_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
_ATX = re.compile(r"^\s*(#{1,6})\s+(.*?)\s*#*\s*$")

_RESUME_HEADINGS: dict[str, str] = {
    **dict.fromkeys(["summary", "profile", "about", "about me", "objective", "career objective", "overview",
                     "personal statement", "personal profile", "introduction", "bio"], "summary"),
    **dict.fromkeys(["experience", "work experience", "employment", "employment history", "work history",
                     "career history", "professional background", "experience history", "positions",
                     "career"], "experience"),
    **dict.fromkeys(["projects", "side projects", "open source", "open source projects", "open source work",
                     "portfolio", "project experience"], "projects"),
    **dict.fromkeys(["skills", "tools", "technologies", "tech stack", "skills and tools", "skills and technologies",
                     "tools and technologies", "competencies", "core competencies", "expertise", "proficiencies",
                     "technical proficiencies", "areas of expertise", "skill set", "skillset", "strengths"],
                    "skills"),
    **dict.fromkeys(["education", "academic background", "education and training", "academics", "studies",
                     "education and qualifications", "qualifications"], "education"),
    **dict.fromkeys(["certifications", "certification", "certificates", "licenses and certifications",
                     "certifications and licenses", "courses and certifications", "accreditations",
                     "certifications and training", "licenses"], "certifications"),
    **dict.fromkeys(["languages", "spoken languages"], "languages"),
    **dict.fromkeys(["awards", "honors", "honours", "awards and honors", "achievements", "accomplishments"],
                    "awards"),
    **dict.fromkeys(["publications", "talks", "publications and talks", "speaking", "patents"], "publications"),
    **dict.fromkeys(["volunteering", "volunteer experience", "volunteer work", "community"], "volunteering"),
    **dict.fromkeys(["interests", "hobbies", "hobbies and interests", "activities"], "interests"),
    **dict.fromkeys(["references", "contact", "contact information", "courses", "training"], "other"),
}
# Words that only qualify a heading: "Professional Experience", "Technical Skills", "Selected Projects".
_HEADING_QUALIFIERS = {"work", "professional", "relevant", "technical", "key", "selected", "personal", "core",
                       "additional", "other", "recent", "notable", "my", "industry", "career", "academic", "and"}
# Labels that may carry their section's content on the same line ("Skills: Python, Go"). Only these plain names:
# "Languages: Python, Go" or "Technologies: React" are lines inside a Skills section or under a project.
_INLINE_HEADINGS = {"summary", "profile", "skills", "technical skills", "key skills", "core skills", "education",
                    "certifications", "requirements", "must have", "nice to have", "preferred", "bonus",
                    "responsibilities"}

_JD_HEADINGS: dict[str, str] = {
    **dict.fromkeys(["about us", "who we are", "about the company", "the company", "company", "our company",
                     "our mission", "company overview", "about"], "about"),
    **dict.fromkeys(["the role", "about the role", "role", "the opportunity", "overview", "position summary",
                     "job summary", "summary", "about the job", "about the position", "the position",
                     "role overview", "job description", "description"], "role"),
    **dict.fromkeys(["responsibilities", "key responsibilities", "your responsibilities", "what you'll do",
                     "what you will do", "what you'll be doing", "what you will be doing", "duties",
                     "in this role you will", "in this role", "day to day", "the work", "your role", "your impact",
                     "what you'll work on", "what you will work on", "job duties", "role and responsibilities",
                     "roles and responsibilities", "you will", "what the job involves"], "responsibilities"),
    **dict.fromkeys(["requirements", "must have", "must haves", "must-have", "must-haves", "qualifications",
                     "minimum qualifications", "basic qualifications", "required qualifications",
                     "what you'll need", "what you will need", "you have", "what we're looking for",
                     "what we are looking for", "who you are", "required skills", "skills", "about you",
                     "you should have", "you bring", "what you bring", "requirements and qualifications",
                     "skills and experience", "experience", "key requirements", "essential", "essential skills",
                     "what we need", "we're looking for", "we are looking for", "you'll need", "you will need",
                     "job requirements", "skills and qualifications", "your profile", "profile"],
                    "requirements"),
    **dict.fromkeys(["nice to have", "nice to haves", "nice-to-have", "nice-to-haves", "preferred",
                     "preferred qualifications", "bonus", "bonus points", "plus", "pluses", "it's a plus",
                     "would be a plus", "desirable", "good to have", "extra credit", "preferred skills",
                     "desired qualifications", "desired skills", "bonus if you have", "even better if",
                     "nice to have but not required", "additional qualifications"], "nice_to_have"),
    **dict.fromkeys(["what we offer", "benefits", "perks", "perks and benefits", "compensation", "why join",
                     "why join us", "we offer", "salary", "compensation and benefits", "why work with us",
                     "what's in it for you"], "benefits"),
    **dict.fromkeys(["about the team", "the team", "how we work", "our team", "team"], "team"),
    **dict.fromkeys(["how to apply", "hiring process", "interview process", "our process", "next steps"],
                    "process"),
}


_Classifier = Callable[[str], "str | None"]  # heading text -> section key, None when not a known heading


@dataclass
class _Section:
    key: str
    heading: str
    lines: list[str]


def _heading_key(text: str) -> str:
    """Lower-case heading words without markup or punctuation: "**Work Experience:**" -> "work experience"."""
    text = text.strip().strip("#*_=:|-–— \t").replace("’", "'").replace("&", " and ").lower()
    return re.sub(r"\s+", " ", re.sub(r"[^\w' -]", " ", text)).strip()


def _classify_resume_heading(text: str) -> str | None:
    key = _heading_key(text)
    if key in _RESUME_HEADINGS:
        return _RESUME_HEADINGS[key]
    words = [w for w in key.split() if w not in _HEADING_QUALIFIERS]
    stripped = " ".join(words)
    if stripped in _RESUME_HEADINGS:
        return _RESUME_HEADINGS[stripped]
    # "Skills & Tools", "Licenses & Certifications": a two- or three-word heading named by its first/last word.
    if 1 < len(words) <= 3:
        for word in (words[0], words[-1]):
            if _RESUME_HEADINGS.get(word) in {"experience", "projects", "skills", "education", "certifications"}:
                return _RESUME_HEADINGS[word]
    return None


def _classify_jd_heading(text: str) -> str | None:
    key = _heading_key(text)
    if key in _JD_HEADINGS:
        return _JD_HEADINGS[key]
    if key.startswith("about "):  # "About Fernhollow"
        return "about"
    if re.match(r"(bonus|nice|preferred|plus)\b", key):
        return "nice_to_have"
    return None


def _split_sections(text: str, classify: _Classifier, *,
                    generic_headings: bool) -> tuple[list[str], list[_Section]]:
    """Lines before the first heading, and the sections. A heading is a line naming a known section in any
    style (markdown #/setext, UPPER CASE, bold, trailing colon); markdown h1/h2 or UPPER CASE lines with other
    names start an "other" section once a known section has been seen, so they end the previous one.
    `generic_headings` also accepts short Title-like lines between blank lines (job descriptions)."""
    lines = text.split("\n")
    preamble: list[str] = []
    sections: list[_Section] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        setext = bool(stripped) and i + 1 < len(lines) and _UNDERLINE.match(lines[i + 1]) is not None
        heading = _heading_line(lines, i, classify, setext, bool(sections), generic_headings)
        if heading is not None:
            key, title, inline = heading
            sections.append(_Section(key, title, [inline] if inline else []))
            i += 2 if setext else 1
            continue
        if not _UNDERLINE.match(line):  # rules and setext underlines carry no text
            (sections[-1].lines if sections else preamble).append(line)
        i += 1
    return preamble, sections


def _heading_line(lines: list[str], i: int, classify: _Classifier, setext: bool, in_sections: bool,
                  generic: bool) -> tuple[str, str, str] | None:
    line = lines[i].strip()
    if not line or _BULLET.match(line):
        return None
    atx = _ATX.match(line)
    body = atx.group(2) if atx else line
    label, colon, inline = body.partition(":")
    if colon and inline.strip():
        key = classify(label)
        if key is not None and _heading_key(label) in _INLINE_HEADINGS:
            return key, label.strip(" *_#"), inline.strip()
        return None
    title = body.strip(" *_#:")
    if not title or len(title.split()) > 6:
        return None
    key = classify(title)
    if key is not None:
        return key, title, ""
    if not in_sections or _DATE_RANGE.search(title):
        return None
    slug = re.sub(r"\W+", "_", _heading_key(title)).strip("_") or "other"
    if setext or (atx and len(atx.group(1)) <= 2):
        return slug, title, ""
    prev_blank = i == 0 or not lines[i - 1].strip()
    next_text = i + 1 < len(lines) and bool(lines[i + 1].strip())
    if (title.isupper() and len(title.split()) <= 4 and re.fullmatch(r"[A-Z][A-Z &/'-]+", title)
            and prev_blank and sum(ch.isalpha() for ch in title) >= 4):
        return slug, title, ""
    if (generic and prev_blank and next_text and len(title.split()) <= 5 and title[0].isupper()
            and not re.search(r"[\d.,;!?()|·•—–@]", title) and not colon):
        return slug, title, ""
    return None


def _sections_dict(preamble: list[str], sections: list[_Section]) -> dict[str, str]:
    out: dict[str, str] = {}
    header = "\n".join(preamble).strip()
    if header:
        out["header"] = header
    for section in sections:
        body = "\n".join(section.lines).strip()
        if body:
            out[section.key] = f"{out[section.key]}\n\n{body}" if section.key in out else body
    return out


# ===================================================================================== dates and roles

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE = (rf"(?:{_MONTH}\s*,?\s*(?:(?:19|20)\d{{2}}|['’]\d{{2}})|(?:0?[1-9]|1[0-2])\s*[/.]\s*(?:19|20)\d{{2}}"
         rf"|(?:19|20)\d{{2}}\s*[/.-]\s*(?:0[1-9]|1[0-2])(?!\d)|(?:19|20)\d{{2}})")
_PRESENT = r"(?:present|current(?:ly)?|now|today|ongoing|to date)"
_DATE_RANGE = re.compile(
    rf"(?<![\w/])(?P<start>{_DATE})\s*(?:[-–—−~]+|to|until|till|through|→|->)\s*(?P<end>{_DATE}|{_PRESENT})(?!\w)"
    rf"|(?<!\w)since\s+(?P<since>{_DATE})(?!\w)", re.IGNORECASE)
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}

_TITLE_WORDS = re.compile(
    r"\b(engineer|developer|programmer|architect|manager|director|head|lead|analyst|scientist|designer|consultant"
    r"|intern|internship|teacher|lecturer|professor|researcher|specialist|administrator|officer|coordinator"
    r"|technician|associate|assistant|president|vp|founder|co-founder|owner|cto|ceo|cfo|coo|cio|advisor|adviser"
    r"|strategist|writer|editor|accountant|nurse|sre|tester|sdet|recruiter|representative|executive|principal"
    r"|fellow|trainee|apprentice|tutor|instructor|contractor|freelancer|freelance|supervisor|auditor|clerk"
    r"|agent|operator|product owner|scrum master)\b", re.IGNORECASE)
_ROLE_SPLIT = re.compile(r"\s+(?:—|–|-|\||·|•|@|at)\s+|\s*\|\s*|\s+@\s*")
_LOCATION = re.compile(r"^(?:remote|hybrid|on-?site|in-office|full-?time|part-?time|contract)\b", re.IGNORECASE)


def _parse_date(text: str, *, today: date) -> tuple[int, int | None]:
    """(year, month or None) of "Mar 2022", "03/2022", "2022-03", "Mar '22" or "2022"."""
    text = text.strip().lower()
    month_name = re.match(r"[a-z]+", text)
    years = re.findall(r"\d+", text)
    if month_name:
        year = int(years[-1])
        if year < 100:  # "Mar '22"
            year += 2000 if year <= today.year % 100 else 1900
        return year, _MONTHS[month_name.group()[:3]]
    if len(years) == 2:
        first, second = (int(x) for x in years)
        return (second, first) if second > 31 else (first, second)
    return int(years[0]), None


def _month_index(year: int, month: int | None) -> int:
    return year * 12 + ((month or 7) - 1)  # a bare year counts from mid-year: the expected value of the month


def _range_months(match: re.Match[str], *, today: date) -> tuple[int, int, str, str]:
    """(start index, end index, "YYYY-MM", "YYYY-MM" | "present") of a date range match."""
    now = today.year * 12 + today.month - 1
    start_text = match.group("start") or match.group("since")
    year, month = _parse_date(start_text, today=today)
    start = min(_month_index(year, month), now)
    start_label = f"{year:04d}-{month:02d}" if month else f"{year:04d}"
    end_text = match.group("end")
    if end_text is None or re.fullmatch(_PRESENT, end_text.strip(), re.IGNORECASE):
        return start, now, start_label, "present"
    end_year, end_month = _parse_date(end_text, today=today)
    end = min(_month_index(end_year, end_month), now)
    return start, max(end, start), start_label, f"{end_year:04d}-{end_month:02d}" if end_month else f"{end_year:04d}"


def _clean_line(line: str) -> str:
    """A line without bullet, markdown heading/bold/italic markers or link syntax."""
    line = _BULLET.sub("", line.strip())
    line = re.sub(r"^#{1,6}\s+", "", line)
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
    return re.sub(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)", "", line).strip()


def _title_and_company(text: str) -> tuple[str | None, str | None]:
    """Split a role header without its dates into (title, company): "Title — Company", "Company | Title",
    "Title at Company", "Title, Company, City". The part with a job-title word is the title."""
    text = text.strip(" ,;|—–-·•()[]")
    parts = [p.strip(" ,;()[]") for p in _ROLE_SPLIT.split(text)]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        parts = [p.strip() for p in text.split(",") if p.strip()]
    parts = [p for p in parts if not _LOCATION.match(p)]
    if not parts:
        return None, None
    if len(parts) == 1:
        return (parts[0], None) if _TITLE_WORDS.search(parts[0]) else (None, parts[0])
    title_at = next((i for i, p in enumerate(parts) if _TITLE_WORDS.search(p)), 0)
    company = next(p for i, p in enumerate(parts) if i != title_at)
    return parts[title_at], company


def _is_header_text(line: str) -> bool:
    """Could this line name a role or a company (not a wrapped sentence)? Used for lines around a date line."""
    text = _clean_line(line)
    return (bool(text) and not _BULLET.match(line) and not text[0].islower() and len(text.split()) <= 10
            and not text.endswith(".") and _DATE_RANGE.search(text) is None)


def _roles(lines: list[str], *, today: date) -> list[dict[str, Any]]:
    """Roles from an Experience section: every non-sentence line holding a date range, with the title and company
    taken from that line or, when it has only the dates (or only one of the two), from the lines next to it."""
    roles: list[dict[str, Any]] = []
    for i, line in enumerate(lines):
        cleaned = _clean_line(line)
        match = _DATE_RANGE.search(cleaned)
        if not match:
            continue
        rest = (cleaned[:match.start()] + " " + cleaned[match.end():]).strip()
        rest = re.sub(r"\(\s*\)|\[\s*\]", "", rest).strip(" ,;|—–-·•()[]")
        if rest and (rest[0].islower() or len(rest.split()) > 14):
            continue  # a sentence that mentions years, not a role header
        if _BULLET.match(line) and not _TITLE_WORDS.search(rest):
            continue  # an achievement bullet such as "grew revenue 2019-2021"
        title, company = _title_and_company(rest) if rest else (None, None)
        if title is None or company is None:
            for neighbour in _neighbour_headers(lines, i):
                t, c = _title_and_company(_clean_line(neighbour))
                if not _TITLE_WORDS.search(neighbour):  # a company line, perhaps with a place: "Acme — Berlin"
                    t, c = None, t or c
                title = title or t
                company = company or c
        start, end, start_label, end_label = _range_months(match, today=today)
        roles.append({"title": title, "company": company, "start": start_label, "end": end_label,
                      "_span": (start, end)})
    return roles


def _neighbour_headers(lines: list[str], i: int) -> list[str]:
    """Header-like lines directly above a date line (nearest first, at most two), else directly below."""
    above = []
    j = i - 1
    while j >= 0 and len(above) < 2 and lines[j].strip() and _is_header_text(lines[j]):
        above.append(lines[j])
        j -= 1
    if above:
        return above
    below = []
    j = i + 1
    while j < len(lines) and len(below) < 2 and lines[j].strip() and _is_header_text(lines[j]):
        below.append(lines[j])
        j += 1
    return below


def _years_of_experience(spans: list[tuple[int, int]]) -> float | None:
    """Total of the date ranges with overlaps merged (two jobs at once count once)."""
    if not spans:
        return None
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return round(sum(end - start for start, end in merged) / 12, 1)


# ===================================================================================== resume


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
# Abbreviations are matched case-sensitively ("BA", "B.Sc.", "MS") so words such as "be" or "ms" do not count.
_DEGREE = re.compile(
    r"(?<!\w)(?:(?:B|M)\.?\s?(?:Sc|SC|S|A|Eng|Tech|E|Ed|Phil)|MBA|Ph\.?\s?D|PHD|D\.?\s?Phil|LL\.?[BM]|PGCE|HND|GCSEs?"
    r"|(?i:bachelor\w*|master\w*|doctor\w*|diploma|associate degree|bootcamp|a-levels?|high school|degree"
    r"|abitur|baccalaureate))(?![a-z])")
_SCHOOL = re.compile(r"\b(?:universit\w*|college|institute|school|academy|polytechnic|conservatory|école|ecole"
                     r"|hochschule|bootcamp)\b", re.IGNORECASE)
_PROJECT_SEPARATOR = re.compile(r"\s+[—–-]\s+|:\s+|\s+\|\s+")
_PROJECT_LABELS = {"tech", "stack", "tech stack", "technologies", "tools", "built with", "link", "links", "github",
                   "url", "demo", "role", "website", "source", "code"}


def parse_resume(text: str, *, today: date | None = None) -> dict[str, Any]:
    """Name, email, roles (employers/titles), projects, skills, education, certifications, total years of
    experience and the text of each section. `today` resolves "Present" (defaults to the current date)."""
    today = today or datetime.now().date()
    text = normalize_text(text)
    preamble, sections = _split_sections(text, _classify_resume_heading, generic_headings=False)
    section_text = _sections_dict(preamble, sections)

    experience_lines = [line for s in sections if s.key == "experience" for line in s.lines]
    if not experience_lines:  # no recognisable Experience heading: look for roles outside the other sections
        skip = {"education", "projects", "certifications", "skills"}
        experience_lines = preamble + [line for s in sections if s.key not in skip for line in s.lines]
    roles = _roles(experience_lines, today=today)
    years = _years_of_experience([role.pop("_span") for role in roles])

    return {
        "name": _name(preamble or text.split("\n")[:5]),
        "email": (m.group() if (m := _EMAIL.search(text)) else None),
        "employers": _unique_ci(r["company"] for r in roles if r["company"]),
        "titles": _unique_ci(r["title"] for r in roles if r["title"]),
        "roles": roles,
        "projects": _projects(section_text.get("projects", "")),
        "skills": _resume_skills(text, section_text.get("skills", "")),
        "education": _education(section_text.get("education", "")),
        "certifications": _entries(section_text.get("certifications", "")),
        "years_of_experience": years,
        "sections": section_text,
    }


def _name(lines: list[str]) -> str | None:
    """The first short line of capitalised words at the top (upper-case names are title-cased)."""
    for line in [line for line in lines if line.strip()][:5]:
        candidate = re.sub(r"^(?:name\s*:\s*)", "", _clean_line(line), flags=re.IGNORECASE).strip(" ,|")
        words = candidate.split()
        if (2 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words) and "@" not in candidate
                and all(w[0].isupper() for w in words if len(w) > 3)
                and _classify_resume_heading(candidate) is None and not _TITLE_WORDS.search(candidate)
                and not re.search(r"\b(?:resume|résumé|curriculum|vitae|cv)\b", candidate, re.IGNORECASE)):
            return candidate.title() if candidate.isupper() else candidate
    return None


def _projects(section: str) -> list[str]:
    """Project names: the left side of "Name — description" / "Name: description" entry lines, or a short
    stand-alone name line. Bullets only count when the section is nothing but bullets ("• Name – ...")."""
    lines = [line for line in section.split("\n") if line.strip()]
    headers = [line for line in lines if not _BULLET.match(line) and not _clean_line(line)[:1].islower()]
    names = [n for line in headers if (n := _project_name(line, allow_bare=True))]
    if not names:
        names = [n for line in lines if _BULLET.match(line) and (n := _project_name(line, allow_bare=False))]
    return _unique_ci(names)


def _project_name(line: str, *, allow_bare: bool) -> str | None:
    text = _clean_line(line)
    parts = _PROJECT_SEPARATOR.split(text, maxsplit=1)
    if len(parts) == 2:
        name = parts[0]
    elif allow_bare and len(text.split()) <= 5 and not text.endswith("."):
        name = text
    else:
        return None
    name = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*$", "", name).strip(" *_-–—:|")  # "Name (2023)", "Name [link]"
    if (not name or len(name.split()) > 6 or name.lower() in _PROJECT_LABELS
            or re.match(r"https?://|www\.", name) or _DATE_RANGE.fullmatch(name)):
        return None
    return name


def _education(section: str) -> list[str]:
    """One entry per degree; a school or year on its own line joins the degree above it (and vice versa);
    detail lines (coursework, grades) are left out."""
    entries: list[str] = []
    for line in section.split("\n"):
        text = _clean_line(line)
        if not text:
            continue
        has_degree, has_school = bool(_DEGREE.search(text)), bool(_SCHOOL.search(text))
        if entries and not _BULLET.match(line):
            last = entries[-1]
            completes = ((has_school and not has_degree and not _SCHOOL.search(last))
                         or (has_degree and not has_school and not _DEGREE.search(last))
                         or re.fullmatch(rf"[\d\s–—-]+|{_DATE_RANGE.pattern}", text, re.IGNORECASE) is not None)
            if completes or text[0].islower():
                entries[-1] = f"{last}, {text}"
                continue
        if has_degree or has_school or not entries:
            entries.append(text)
    return entries


def _entries(section: str) -> list[str]:
    """One entry per line or bullet; a line starting in lower case continues the previous entry."""
    entries: list[str] = []
    for line in section.split("\n"):
        text = _clean_line(line)
        if not text:
            continue
        if entries and text[0].islower() and not _BULLET.match(line):
            entries[-1] = f"{entries[-1]} {text}"
        else:
            entries.append(text)
    return entries


def _resume_skills(text: str, skills_section: str) -> list[str]:
    """Skills-section items first (known skills by canonical name, unknown items as written, lower-cased), then
    the known skills mentioned anywhere else in the resume."""
    lexicon = load_skill_lexicon()
    skills: list[str] = []
    for item in _skill_items(skills_section):
        found = lexicon.find(item, skills_context=True)
        if found:
            skills += found
        elif 1 <= len(item.split()) <= 4 and len(item) <= 40 and re.search(r"[A-Za-z]", item):
            skills.append(item.lower())
    return _unique(skills + lexicon.find(text))


def _skill_items(section: str) -> list[str]:
    """Items of a skills list: split on commas, semicolons, pipes, bullets and brackets ("AWS (S3, EMR)"), with
    "Languages:"-style labels dropped. A line wrapped inside a comma-separated list continues its item."""
    pieces: list[str] = []
    comma_list = "," in section
    for line in section.split("\n"):
        text = re.sub(r"^[^:,]{1,40}:\s*", "", _clean_line(line))  # "Languages: Python, Go" -> "Python, Go"
        if not text:
            continue
        starts_new = _BULLET.match(line) or text != _clean_line(line) or not pieces
        if comma_list and not starts_new and not re.search(r"[,;|•·]\s*$", pieces[-1]):
            pieces[-1] = f"{pieces[-1]} {text}"
        else:
            pieces.append(text)
    items = [i.strip(" .") for piece in pieces for i in re.split(r"[,;|•·()\[\]]", piece)]
    return [re.sub(r"^(?:and|or)\s+", "", i) for i in items if i]


# ===================================================================================== job description

_LEVEL_PREFIX = re.compile(r"^(?:(?:senior|sr\.?|junior|jr\.?|staff|principal|lead|associate|entry[- ]level"
                           r"|mid[- ]level|intermediate|graduate|new grad|trainee)\s+)+", re.IGNORECASE)
_LEVEL_SUFFIX = re.compile(r"\s+(?:i{1,3}|iv|[1-5])$", re.IGNORECASE)  # "Software Engineer II"
_YEARS = re.compile(r"(?<![\d.])(\d{1,2})\s*(?:\+|(?:–|-|to)\s*\d{1,2})?\s*\+?\s*(?:years?|yrs?)\b", re.IGNORECASE)

# Requirement-phrase mining: strip the "Experience with" style lead-in and "at scale" style tails from each list
# item of a requirement bullet; what is left and short is a requirement topic ("idempotency keys").
_LEAD_IN = re.compile(
    r"^(?:(?:a|an|some|strong|solid|deep|good|great|excellent|proven|practical|hands-on|production|professional"
    r"|previous|prior|clear|genuine|basic|working|demonstrated|extensive|in-depth|familiarity|comfort|comfortable"
    r"|ability|track record|understanding|knowledge|experience|exposure|expertise|proficiency|background|work"
    r"|skills?|grasp|fluency|command)\b[\s,]*)+(?:(?:with|in|of|on|to|using|designing|building|writing|creating"
    r"|developing|running|operating|shipping|maintaining)\b\s*)*", re.IGNORECASE)
_TAIL = re.compile(r"\s+(?:at scale|or similar|or equivalent|experience|tooling|tools?|skills?|knowledge"
                   r"|a plus|is a plus|preferred)$", re.IGNORECASE)
_CUT = re.compile(r"\s+(?:in|at|for|with|between|across|about|from|into|within|on|to|that|which|when|so)\s+.*$",
                  re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(r"[;:()]|\bsuch as\b|\be\.g\.|\bfor example\b|\bincluding\b|\bideally\b|\bespecially\b"
                           r"|\blike\b", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r",|\s+and\s+|\s+or\s+|\s+&\s+|\s+as well as\s+", re.IGNORECASE)
_NOT_A_TOPIC = re.compile(
    r"\b(?:you|your|we|our|us|they|them|their|it|its|this|that|these|those|how|what|why|who|which|where|when"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|years?|similar|etc|other|others|related|relevant)\b"
    r"|\d", re.IGNORECASE)
_WEAK_WORDS = {"written", "verbal", "strong", "solid", "clear", "good", "deep", "basic", "data", "work", "team",
               "teams", "ability", "experience", "knowledge", "understanding", "plus", "bonus", "degree",
               "english", "communication skills", "familiarity", "background", "comfort", "passion", "interest"}

_STOPWORDS = set("""
a about above across after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each every few for from further had has have having he
her here hers him his how i if in into is it its itself just like make makes making me more most much must my no
nor not now of off on once only or other our ours out over own per same she should so some such than that the
their theirs them then there these they this those through to too under until up upon us very via was we were what
when where which while who whom why will with within without would you your yours yourself today day days week
weeks month months year years time times new every way ways thing things lot lots part parts well also etc able
""".split())
# Verbs and filler nouns that open or pad responsibility bullets; they say nothing about what to ask.
_GENERIC_WORDS = set("""
design designs build builds building operate operates evolve evolves lead leads leading write writes writing
improve improves take takes mentor mentors work works working automate automates keep keeps ship ships shipping
define defines monitor monitors review reviews reviewing contribute contributes understand understands plan plans
run runs read reads prioritise prioritize share shares explain explains track tracks set sets develop develops
create creates drive drives partner partners collaborate collaborates support supports maintain maintains ensure
ensures deliver delivers implement implements manage manages own owns stay stays move moves let lets watch split
fix fixes meet meets help helps join joins grow grows learn learns use uses using get gets give gives find finds
bring brings tell tells want wants need needs look looking closely clear clearly sure end whole across team teams
engineer engineers engineering people person someone everyone services service changes change stack first today
role roles part responsible responsibility responsibilities including include includes based high low small large
feature features product products production user users offline online end-to-end
""".split())


def parse_job_description(text: str) -> dict[str, Any]:
    """Title, role without seniority, seniority, role family, must-have and nice-to-have requirements, ranked
    focus topics for the interview, and the text of each section."""
    text = normalize_text(text or "")
    preamble, sections = _split_sections(text, _classify_jd_heading, generic_headings=True)
    section_text = _sections_dict(preamble, sections)
    lexicon = load_skill_lexicon()

    title, company = _jd_title_and_company(text)
    role = _role_from_title(title) if title else None
    requirements = section_text.get("requirements", "")
    nice_text = section_text.get("nice_to_have", "")
    if requirements:
        must_have = _requirements(requirements, lexicon, mine_phrases=True)
    else:  # no requirements heading: the skills named anywhere but the company blurb, nice-to-haves and perks
        requirements = "\n".join(v for k, v in section_text.items()
                                 if k not in {"about", "nice_to_have", "benefits"})
        must_have = _requirements(requirements, lexicon, mine_phrases=False)
    nice_to_have = [s for s in _requirements(nice_text, lexicon, mine_phrases=True) if s not in must_have]
    min_years = _min_years(requirements) if _YEARS.search(requirements) else _min_years(text)

    level_text = title or ""
    if re.search(r"\b(?:mid[- ]?level|intermediate)\b", level_text, re.IGNORECASE):
        seniority = "mid"
    else:
        seniority = seniority_for(level_text, min_years, None)
    family = role_family(role)
    if family == "any":
        family = role_family(title)

    return {
        "title": title,
        "company": company,
        "role": role,
        "seniority": seniority,
        "role_family": family,
        "min_years": min_years,
        "must_have": must_have,
        "nice_to_have": nice_to_have,
        "focus_topics": _focus_topics(text, must_have, section_text.get("responsibilities", ""), lexicon),
        "sections": section_text,
    }


def _jd_title_and_company(text: str) -> tuple[str | None, str | None]:
    """A "Job title:" label, else the first of the opening lines that names a job; the company from a "Company:"
    label or the line right after the title ("Lanternfish Logistics · Remote · Full-time")."""
    lines = [_clean_line(line) for line in text.split("\n") if line.strip()][:8]
    labelled: dict[str, str] = {}
    for line in lines:
        if m := re.match(r"^(job title|title|position|role|company|employer)\s*:\s*(.+)$", line, re.IGNORECASE):
            labelled.setdefault(m.group(1).lower(), m.group(2).strip())
    title = labelled.get("job title") or labelled.get("title") or labelled.get("position") or labelled.get("role")
    company = _first_segment(labelled.get("company") or labelled.get("employer") or "") or None
    if title is None:
        index = next((i for i, line in enumerate(lines[:5]) if _TITLE_WORDS.search(line)
                      and len(line.split()) <= 14 and not line.endswith(".")), None)
        if index is not None:
            title = lines[index]
            if company is None and index + 1 < len(lines):
                first = _first_segment(lines[index + 1])
                if (first and len(first.split()) <= 5 and not first.endswith(".") and not _LOCATION.match(first)
                        and _classify_jd_heading(first) is None):
                    company = first
    if title and company is None and (m := re.search(r"\s+at\s+([A-Z][\w&.' -]+)$", title)):
        company = m.group(1).strip()
    return title, company


def _first_segment(line: str) -> str:
    """"Lanternfish Logistics · Remote · Full-time" -> "Lanternfish Logistics"."""
    return re.split(r"\s+[·|•—–-]\s+|\s*[·|•]\s*", line)[0].strip()


def _role_from_title(title: str) -> str | None:
    """"Senior Backend Engineer — Payments Platform" -> "Backend Engineer": the job, without team, level or
    bracketed notes."""
    role = re.split(r"\s+[—–|·-]\s+|\s*[(\[,]|\s+at\s+", title, maxsplit=1)[0].strip()
    role = _LEVEL_SUFFIX.sub("", _LEVEL_PREFIX.sub("", role)).strip(" -–—,")
    return role or None


def _min_years(text: str) -> int | None:
    match = _YEARS.search(text)
    return int(match.group(1)) if match else None


def _requirements(section: str, lexicon: SkillLexicon, *, mine_phrases: bool) -> list[str]:
    """Known skills (canonical names) in the section, then (`mine_phrases`, for real requirement lists only, not
    prose) the other short requirement topics of its bullets."""
    skills = lexicon.find(section)
    topics: list[str] = []
    for line in section.split("\n") if mine_phrases else []:
        for clause in _CLAUSE_SPLIT.split(_clean_line(line)):
            for item in _ITEM_SPLIT.split(clause):
                if lexicon.find(item, skills_context=True):
                    continue  # the lexicon already names this item ("Strong Python", "MLOps tooling")
                if topic := _requirement_topic(item):
                    topics.append(topic)
    return _unique(skills + topics)


def _requirement_topic(item: str) -> str | None:
    phrase = item.strip(" .,;:!-–—'\"")
    for _ in range(2):
        phrase = _LEAD_IN.sub("", phrase).strip()
        phrase = _TAIL.sub("", phrase).strip()
        phrase = _CUT.sub("", phrase).strip(" .,")
    words = phrase.split()
    if (not 1 <= len(words) <= 4 or _NOT_A_TOPIC.search(phrase) or phrase.lower() in _WEAK_WORDS
            or phrase.lower() in _STOPWORDS or not re.match(r"[A-Za-z]", phrase)
            or (len(words) > 1 and words[0].lower().endswith("ing"))):  # "making them safe", "leading work"
        return None
    return phrase.lower()


def _focus_topics(text: str, must_have: list[str], responsibilities: str, lexicon: SkillLexicon,
                  limit: int = 10) -> list[str]:
    """What the interview should dwell on: must-haves first (most mentioned first), then the skills and key
    nouns of the responsibilities by frequency. A few slots are kept for responsibilities so the day-to-day
    work is represented even when the must-have list is long."""
    lowered = text.lower()
    counts = Counter(m.skill for m in lexicon.matches(text))
    must_ranked = sorted(must_have, key=lambda s: (-(counts.get(s) or lowered.count(s)), must_have.index(s)))

    duties: Counter[str] = Counter()
    order: dict[str, int] = {}
    named = lexicon.matches(responsibilities)
    for m in named:
        duties[m.skill] += 2  # a named skill in the duties outranks a plain noun mentioned as often
        order.setdefault(m.skill, m.start)
    covered = [(m.start, m.end) for m in named]
    for word in re.finditer(r"[A-Za-z][A-Za-z-]{3,}", responsibilities):
        token = word.group().lower()
        if (token in _STOPWORDS or token in _GENERIC_WORDS or token.endswith("ly")
                or any(s <= word.start() < e for s, e in covered)):
            continue
        duties[token] += 1
        order.setdefault(token, word.start())
    duty_ranked = [t for t in sorted(duties, key=lambda t: (-duties[t], order[t])) if t not in must_have]

    reserved = min(3, len(duty_ranked))
    topics = must_ranked[:limit - reserved]
    topics += duty_ranked[:limit - len(topics)]
    topics += [t for t in must_ranked if t not in topics][:limit - len(topics)]
    return _unique(topics)[:limit]


# ===================================================================================== chunking


def chunk_text(text: str, *, size: int = 700, overlap: int = 120) -> list[str]:
    """Chunks of at most `size` characters cut at line boundaries (inside an over-long line: at sentence, then
    word boundaries); each chunk after the first starts with up to `overlap` characters, whole words, from the
    end of the previous one so a fact split across a boundary is still retrievable in one piece."""
    if size <= 0 or overlap < 0 or overlap >= size - 1:
        raise ValueError("chunk_text needs size > 0 and 0 <= overlap < size - 1")
    # Units leave room for the carried-over tail plus its line break, so no chunk exceeds `size`.
    units = [piece for line in text.split("\n") for piece in _split_long(line.strip(), size - overlap - 1)]
    chunks: list[str] = []
    current: list[str] = []
    fresh = False  # does `current` hold anything beyond the carried-over tail?
    for unit in units:
        if fresh and len("\n".join([*current, unit])) > size:
            chunks.append("\n".join(current).strip())
            tail = _tail(chunks[-1], overlap)
            current, fresh = ([tail] if tail else []), False
        if unit or fresh:  # blank lines separate paragraphs inside a chunk, never open one
            current.append(unit)
            fresh = True
    if fresh:
        chunks.append("\n".join(current).strip())
    return [c for c in chunks if c]


def _split_long(line: str, limit: int) -> Iterator[str]:
    while len(line) > limit:
        window = line[:limit + 1]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        cut = cut + 1 if cut >= limit // 2 else window.rfind(" ")
        if cut <= 0:
            cut = limit  # one enormous "word" (a URL, base64): cut it anywhere
        yield line[:cut].strip()
        line = line[cut:].strip()
    yield line


def _tail(chunk: str, overlap: int) -> str:
    """The last `overlap` characters of a chunk, starting at a word boundary."""
    if overlap == 0:
        return ""
    tail = chunk[-overlap:]
    if len(chunk) > overlap and not chunk[-overlap - 1].isspace():
        tail = tail.split(maxsplit=1)[1] if len(tail.split(maxsplit=1)) == 2 else ""
    return tail.strip()


# ===================================================================================== helpers


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _unique_ci(items: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.lower(), item)
    return list(seen.values())
