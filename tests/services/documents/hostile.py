"""Hostile documents built from code (no binaries in the repository): small files that cost a naive reader
minutes of CPU and hundreds of MB. Shapes as reported in issue 8."""

from __future__ import annotations

import io
import zipfile
import zlib

import docx

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_with_body(body_xml: str) -> bytes:
    """A real Word document (python-docx's template: styles, settings, relationships) whose body is `body_xml`."""
    template = io.BytesIO()
    docx.Document().save(template)
    source = zipfile.ZipFile(template)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}><w:body>'
                        f"{body_xml}<w:sectPr/></w:body></w:document>").encode()
            archive.writestr(info.filename, data)
    return out.getvalue()


def inflated_size(docx_bytes: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as archive:
        return sum(len(archive.read(name)) for name in archive.namelist())


def inflating_docx() -> bytes:
    """About 196 KB that inflates to about 48 MB of XML: one bullet repeated 420,000 times."""
    paragraph = ("<w:p><w:r><w:t>Led the migration of payment services to Kubernetes, cutting costs by 30 percent."
                 "</w:t></w:r></w:p>")
    return docx_with_body(paragraph * 420_000)


def text_heavy_docx() -> bytes:
    """About 40 KB holding about 2.3 MB of XML: 20,000 short paragraphs (900,000 characters of text)."""
    return docx_with_body("".join(f"<w:p><w:r><w:t>Achievement {i % 300}: shipped the feature on time</w:t></w:r>"
                                  "</w:p>" for i in range(20_000)))


def pdf_with_content(content: bytes) -> bytes:
    """A minimal one-page PDF whose only content stream is `content`, Flate-compressed."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
         b"/Contents 4 0 R >>"),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def text_lines_content(lines: int) -> bytes:
    """A page content stream drawing `lines` lines of text (66 bytes each)."""
    return b"".join(b"BT /F1 9 Tf 40 %d Td (Led the payments platform migration) Tj ET\n" % (700 - i % 10 * 10)
                    for i in range(lines))


def inflating_pdf() -> bytes:
    """About 20 KB whose one content stream inflates to about 4 MB."""
    return pdf_with_content(text_lines_content(62_000))
