"""What an uploaded file is (judged by its bytes) and its plain text, with normalised whitespace.

Everything here is deterministic and offline. Errors are domain errors with a user-facing detail; the API maps them
to 413/415/422.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from typing import Any, Literal

import docx
import filetype
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PasswordType, PdfReader
from pypdf.errors import PyPdfError

from app.core.errors import InvalidInputError, TooLargeError, UnsupportedMediaError

Kind = Literal["pdf", "docx", "text"]

ACCEPTED_TYPES = "PDF, DOCX or plain text (TXT/MD)"
MIN_PDF_TEXT_CHARS = 20  # below this a PDF is almost certainly scanned images, not text
MAX_DOCX_UNCOMPRESSED = 50 * 1024 * 1024  # a 5 MB upload must not inflate into gigabytes (zip bomb)

BULLET_MARK = re.compile(r"^[-*•·▪◦‣]\s")  # how a list item reads once extracted
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
            raise InvalidInputError("The PDF has no extractable text; it looks like a scanned image. "
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
        raise InvalidInputError("The document is empty: no text was found in it.")
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
                raise InvalidInputError("The PDF is encrypted/password-protected. Remove the password and "
                                         "upload it again.")
        page_count = len(reader.pages)
    except InvalidInputError:
        raise
    except Exception as exc:  # pypdf raises many types (PyPdfError, KeyError, ValueError...) on broken files
        if isinstance(exc, PyPdfError) and "crypt" in str(exc).lower():
            raise InvalidInputError("The PDF is encrypted/password-protected and cannot be read.") from exc
        raise InvalidInputError("The PDF could not be read; the file looks corrupt or truncated.") from exc
    if page_count == 0:
        raise InvalidInputError("The PDF could not be read; it has no pages.")
    if page_count > max_pages:
        raise TooLargeError(f"The PDF has {page_count} pages; at most {max_pages} are accepted.")
    pages: list[str] = []
    failures = 0
    for page in reader.pages:
        try:
            pages.append(page.extract_text() or "")
        except Exception:  # one damaged page should not lose the rest of the document
            failures += 1
    if failures == page_count:
        raise InvalidInputError("The PDF could not be read; the file looks corrupt or truncated.")
    return normalize_text("\n\n".join(pages))


def _docx_text(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
        if inflated > MAX_DOCX_UNCOMPRESSED:
            raise TooLargeError("The DOCX file expands to more than 50 MB; it is too large to process.")
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for section in document.sections:  # contact details often sit in the page header
            if not section.header.is_linked_to_previous:
                lines += _docx_blocks(section.header.iter_inner_content())
        lines += _docx_blocks(document.iter_inner_content())
        if not any(line.strip() for line in lines):
            lines = _docx_all_paragraphs(document.element.body)
    except TooLargeError:
        raise
    except Exception as exc:  # python-docx / lxml / zipfile errors all mean the same thing to the user
        raise InvalidInputError("The DOCX file could not be read; it looks corrupt.") from exc
    return normalize_text("\n".join(lines))


def _docx_blocks(blocks: Iterable[Paragraph | Table]) -> list[str]:
    """Paragraphs and tables in document order. A table row of one-line cells becomes one "a | b | c" line (so a
    "Title | Company | Dates" row reads like a text resume). In a row whose cells hold several paragraphs the
    one-line cells (dates, a title) come first, joined the same way, then the longer cells, and a blank line ends
    the row: each row is one entry, wherever its dates column is."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            # A tab separates columns laid out with tab stops ("Company<tab>City", "Title<tab>dates").
            text = re.sub(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)", " | ", block.text)
            # Word list items carry their bullet as numbering, not text; keep a marker so they still read as
            # bullets (an achievement under a role, not a new entry).
            lines.append(f"- {text}" if text.strip() and _is_list_item_paragraph(block) else text)
            continue
        for row in block.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # merged cells repeat the same cell object across the span
                    continue
                seen.add(id(cell._tc))
                cells.append(_docx_blocks(cell.iter_inner_content()))
            filled = [[x.strip() for x in c if x.strip()] for c in cells]
            if all(len(c) <= 1 for c in filled):
                lines.append(" | ".join(x for c in filled for x in c))
            else:
                short = [i for i, c in enumerate(filled) if len(c) == 1 and not BULLET_MARK.match(c[0])]
                if short:
                    lines.append(" | ".join(filled[i][0] for i in short))
                for i, cell_lines in enumerate(cells):
                    if i not in short:
                        lines += cell_lines
            lines.append("")
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

