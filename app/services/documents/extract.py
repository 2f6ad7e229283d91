"""What an uploaded file is (judged by its bytes) and its plain text, with normalised whitespace.

Everything here is deterministic and offline. Errors are domain errors with a user-facing detail; the API maps them
to 413/415/422. Hostile files are refused by what they would cost before that cost is paid: a DOCX by the declared
size of its parts (zipfile refuses a part that inflates past its declared size) and by the text its XML holds,
counted in a streaming pass; a PDF by the inflated size of each stream (pypdf stops decoding at the limit); any
document by the length of its text. The caller (worker.py) adds the CPU, memory and time limits.
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
from lxml import etree  # python-docx's own XML library
from pypdf import PasswordType, PdfReader, apply_configuration
from pypdf.errors import LimitReachedError, PyPdfError

from app.core.errors import InvalidInputError, TooLargeError, UnsupportedMediaError

Kind = Literal["pdf", "docx", "text"]

ACCEPTED_TYPES = "PDF, DOCX or plain text (TXT/MD)"
MIN_PDF_TEXT_CHARS = 20  # below this a PDF is almost certainly scanned images, not text
# Defaults of the DOCUMENT_MAX_* settings (app/core/config.py), for callers that pass none.
MAX_TEXT_CHARS = 100_000  # a 20-page resume is about 60,000 characters
MAX_DOCX_INFLATED_BYTES = 16 * 1024 * 1024  # all parts of the archive together, as they inflate
MAX_PDF_STREAM_BYTES = 2 * 1024 * 1024  # one decoded stream (a page's content streams count together)

BULLET_MARK = re.compile(r"^[-*•·▪◦‣]\s")  # how a list item reads once extracted
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc/.xls/.ppt container


def detect_kind(data: bytes, filename: str | None = None) -> Kind:
    """The file's type judged by its bytes; the filename only appears in error messages (extensions lie)."""
    name = f" ({filename})" if filename else ""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        names = _zip_names(data)
        if names is None:  # cut short or damaged: it cannot be read, whatever it was meant to be
            raise InvalidInputError(f"This file{name} is a damaged or incomplete ZIP/Word file and cannot be read. "
                                    f"Save it again and upload a {ACCEPTED_TYPES} file.")
        if "word/document.xml" in names:
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


def extract_text(data: bytes, kind: Kind, *, max_pages: int, max_text_chars: int = MAX_TEXT_CHARS,
                 max_docx_inflated_bytes: int = MAX_DOCX_INFLATED_BYTES,
                 max_pdf_stream_bytes: int = MAX_PDF_STREAM_BYTES) -> str:
    """Plain text of the document with normalised whitespace; raises 413/415/422 with a user-facing detail."""
    if kind == "pdf":
        text = _pdf_text(data, max_pages, max_pdf_stream_bytes, max_text_chars)
        if len(re.sub(r"\s", "", text)) < MIN_PDF_TEXT_CHARS:
            raise InvalidInputError("The PDF has no extractable text; it looks like a scanned image. "
                                     "Upload a text-based PDF, a DOCX or a TXT file instead.")
    elif kind == "docx":
        text = _docx_text(data, max_docx_inflated_bytes, max_text_chars)
    elif kind == "text":
        decoded = _decode_text(data, strict=False)
        if decoded is None:
            raise UnsupportedMediaError(f"The file is not readable text. Upload a {ACCEPTED_TYPES} file.")
        return pasted_text(_COLUMN_GAP.sub(" | ", decoded), max_text_chars=max_text_chars)
    else:
        raise UnsupportedMediaError(f"Unsupported document kind {kind!r}. Upload a {ACCEPTED_TYPES} file.")
    return _checked(text, max_text_chars)


def pasted_text(text: str, *, max_text_chars: int = MAX_TEXT_CHARS) -> str:
    """Plain text, from a text file or pasted into a request: normalised (control and zero-width characters dropped),
    so text with nothing visible in it is as empty as an empty file (422), and bounded in size (413)."""
    _check_text_size(len(text), max_text_chars, slack=2)  # before normalising: that is the slow part
    return _checked(normalize_text(text), max_text_chars)


def _checked(text: str, max_text_chars: int) -> str:
    if not text:
        raise InvalidInputError("The document is empty: no text was found in it.")
    _check_text_size(len(text), max_text_chars)
    return text


# In a text file a tab, or a wide run of spaces, between two words separates columns ("09/2019 – Present<tab>Cloud
# Engineer", "Period  Company  Role" rows); as in a Word paragraph, it becomes " | ", which reads as a column break.
_COLUMN_GAP = re.compile(r"(?<=[^\s,;:])(?:[ ]*\t[ \t]*| {3,})(?=[^\s,;:])")  # not around "Skills:", "Go,"


def _check_text_size(chars: int, max_text_chars: int, *, slack: int = 1) -> None:
    """`slack` allows for whitespace that normalising will remove, when checking raw text early."""
    if chars > max_text_chars * slack:
        raise TooLargeError(f"The document holds more than {max_text_chars:,} characters of text; a resume or job "
                            "description is far shorter. Upload the document itself, not a collection.")


# HTML inside Markdown (a GitHub profile README, a Jekyll page): block tags end a line, inline tags go. Only HTML's own
# tag names, so "Vec<String>" or "<50 ms" stay as written.
_BLOCK_TAGS = re.compile(r"(?:\s*</?(?:p|div|br|hr|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|details|summary|section"
                         r"|header|footer|blockquote|center|dl|dt|dd)\b[^<>]*>\s*)+", re.IGNORECASE)  # a run of them
_INLINE_TAG = re.compile(r"</?(?:span|b|i|u|strong|em|a|img|sup|sub|small|font|mark|abbr)\b[^<>]*>", re.IGNORECASE)


_PICTOGRAPHS = re.compile(r"[\U0001F000-\U0001FAFF]\ufe0f?")


def normalize_text(text: str) -> str:
    """NFKC (splits PDF ligatures such as "ﬁ", unifies odd spaces), HTML tags dropped, one space between words, line
    breaks kept, control characters dropped, at most one blank line in a row."""
    text = unicodedata.normalize("NFKC", text)
    text = _INLINE_TAG.sub("", _BLOCK_TAGS.sub("\n", text))
    text = re.sub(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]", "\n", text)
    text = re.sub(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", text)  # soft hyphens, zero-width characters
    text = _PICTOGRAPHS.sub("", text)  # "🏢 **Senior Data Scientist** @ ...", "## 💼 Experience": decoration, no word
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _zip_names(data: bytes) -> set[str] | None:
    """The archive's member names; None when the archive itself cannot be read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


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


def _pdf_text(data: bytes, max_pages: int, max_stream_bytes: int, max_text_chars: int) -> str:
    # pypdf stops inflating any stream at these sizes (LimitReachedError) instead of decoding a bomb whole.
    stream_limits = {name: max_stream_bytes for name in (
        "zlib_maximum_output_length", "lzw_maximum_output_length", "run_length_maximum_output_length",
        "brotli_maximum_output_length", "jbig2_maximum_output_length", "array_based_stream_maximum_output_length")}
    with apply_configuration(**stream_limits):
        return _pdf_text_limited(data, max_pages, max_stream_bytes, max_text_chars)


def _stream_too_large(max_stream_bytes: int) -> TooLargeError:
    return TooLargeError(f"The PDF holds content that expands to more than {max_stream_bytes // (1024 * 1024)} MB "
                         "when decompressed; it is too large to process. Export it again as a plain PDF.")


def _pdf_text_limited(data: bytes, max_pages: int, max_stream_bytes: int, max_text_chars: int) -> str:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many PDFs carry only an owner password (restrictions) and open with an empty user password.
            if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                raise InvalidInputError("The PDF is encrypted/password-protected. Remove the password and "
                                         "upload it again.")
        page_count = len(reader.pages)
    except (InvalidInputError, MemoryError):
        raise
    except LimitReachedError as exc:
        raise _stream_too_large(max_stream_bytes) from exc
    except Exception as exc:  # pypdf raises many types (PyPdfError, KeyError, ValueError...) on broken files
        if isinstance(exc, PyPdfError) and "crypt" in str(exc).lower():
            raise InvalidInputError("The PDF is encrypted/password-protected and cannot be read.") from exc
        raise InvalidInputError("The PDF could not be read; the file looks corrupt or truncated.") from exc
    if page_count == 0:
        raise InvalidInputError("The PDF could not be read; it has no pages.")
    if page_count > max_pages:
        raise TooLargeError(f"The PDF has {page_count} pages; at most {max_pages} are accepted.")
    pages: list[str] = []
    failures = chars = 0
    for page in reader.pages:
        try:
            pages.append(page.extract_text() or "")
        except LimitReachedError as exc:
            raise _stream_too_large(max_stream_bytes) from exc
        except MemoryError:
            raise
        except Exception:  # one damaged page should not lose the rest of the document
            failures += 1
            continue
        chars += len(pages[-1])
        _check_text_size(chars, max_text_chars, slack=2)  # stop early; the exact check follows normalising
    if failures == page_count:
        raise InvalidInputError("The PDF could not be read; the file looks corrupt or truncated.")
    return normalize_text("\n\n".join(pages))


_W_TEXT = qn("w:t")


def _docx_precheck(data: bytes, max_inflated_bytes: int, max_text_chars: int) -> None:
    """Refuse a DOCX that would cost too much to read, before python-docx builds its object tree: by the declared
    size of all parts (zipfile will not inflate a part past its declared size), then by the characters of text in
    its XML, counted in one streaming pass that stops at the limit."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = archive.infolist()
        if sum(info.file_size for info in parts) > max_inflated_bytes:
            raise TooLargeError(f"The DOCX file expands to more than {max_inflated_bytes // (1024 * 1024)} MB; it "
                                "is too large to process.")
        chars = 0
        for info in parts:
            if not info.filename.endswith(".xml"):
                continue
            with archive.open(info) as part:
                # Entities are never expanded and nothing is fetched (python-docx's parser does the same).
                for _, element in etree.iterparse(part, events=("end",), tag=_W_TEXT, resolve_entities=False,
                                                  no_network=True, load_dtd=False):
                    chars += len(element.text or "")
                    element.clear()
                    _check_text_size(chars, max_text_chars, slack=2)


def _docx_text(data: bytes, max_inflated_bytes: int = MAX_DOCX_INFLATED_BYTES,
               max_text_chars: int = MAX_TEXT_CHARS) -> str:
    try:
        _docx_precheck(data, max_inflated_bytes, max_text_chars)
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for section in document.sections:  # contact details often sit in the page header
            if not section.header.is_linked_to_previous:
                lines += _docx_blocks(section.header.iter_inner_content())
        lines += _docx_blocks(document.iter_inner_content())
        if not any(line.strip() for line in lines):
            lines = _docx_all_paragraphs(document.element.body)
    except (TooLargeError, MemoryError):
        raise
    except etree.XMLSyntaxError as exc:
        if exc.code == etree.ErrorTypes.ERR_NO_MEMORY:  # libxml2 ran out of memory: not a corrupt file
            raise MemoryError("XML parser out of memory") from exc
        raise InvalidInputError("The DOCX file could not be read; it looks corrupt.") from exc
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

