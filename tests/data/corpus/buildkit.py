"""Drawing and writing helpers shared by the fresh corpus sets' build scripts (fresh6, fresh7): TrueType fonts
registered with reportlab, canvas and paragraph helpers, python-docx helpers with fixed core properties and ZIP
timestamps, and the LibreOffice DOCX -> PDF conversion with fixed metadata, so that a rebuild gives the same bytes.

A build script sets `buildkit.TAG` to its set's name (it is written into each PDF's producer) and calls `build`.
"""

import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

TAG = "corpus"  # the set being built; each build script sets its own

# ---------------------------------------------------------------------------------------------------------
# fonts: TrueType only, so that accented letters and the few symbols used are embedded and extractable
# ---------------------------------------------------------------------------------------------------------
_TT = "/usr/share/fonts/truetype"
for _n, _f in {
    "Sans": "dejavu/DejaVuSans.ttf", "Sans-B": "dejavu/DejaVuSans-Bold.ttf", "Sans-I": "dejavu/DejaVuSans-Oblique.ttf",
    "Cond": "dejavu/DejaVuSansCondensed.ttf", "Cond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Cond-I": "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "Serif": "dejavu/DejaVuSerif.ttf", "Serif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "Serif-I": "dejavu/DejaVuSerif-Italic.ttf",
    "Arial": "liberation/LiberationSans-Regular.ttf", "Arial-B": "liberation/LiberationSans-Bold.ttf",
    "Arial-I": "liberation/LiberationSans-Italic.ttf",
    "Times": "liberation/LiberationSerif-Regular.ttf", "Times-B": "liberation/LiberationSerif-Bold.ttf",
    "Times-I": "liberation/LiberationSerif-Italic.ttf",
    "Narrow": "liberation/LiberationSansNarrow-Regular.ttf", "Narrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "Mono": "dejavu/DejaVuSansMono.ttf",
}.items():
    pdfmetrics.registerFont(TTFont(_n, os.path.join(_TT, _f)))

from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402

for _fam in ("Sans", "Cond", "Serif", "Arial", "Times"):
    registerFontFamily(_fam, normal=_fam, bold=_fam + "-B", italic=_fam + "-I", boldItalic=_fam + "-B")
registerFontFamily("Narrow", normal="Narrow", bold="Narrow-B", italic="Narrow", boldItalic="Narrow-B")

BLACK = colors.black
WHITE = colors.white


# ---------------------------------------------------------------------------------------------------------
# reportlab helpers
# ---------------------------------------------------------------------------------------------------------
def new_canvas(path, size, title, author, creator):
    c = Canvas(path, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(creator)
    c.setProducer("ReportLab (" + TAG + "/build.py)")
    return c


def text(c, s, x, y, font="Sans", size=9, color=BLACK, how="l"):
    """Draw one line of text with its baseline at y."""
    c.setFillColor(color)
    c.setFont(font, size)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[how](x, y, s)


def para_pdf(c, s, x, y, w, font="Sans", size=9, lead=None, color=BLACK, align=0, markup=False):
    """Draw a wrapped paragraph whose top is at y; return the y just under it."""
    st = ParagraphStyle("p", fontName=font, fontSize=size, leading=lead or size * 1.32, textColor=color,
                        alignment=align)
    p = Paragraph(s if markup else escape(s), st)
    _, h = p.wrap(w, 5000)
    p.drawOn(c, x, y - h)
    return y - h


def para_height(s, w, font="Sans", size=9, lead=None):
    st = ParagraphStyle("p", fontName=font, fontSize=size, leading=lead or size * 1.32)
    return Paragraph(escape(s), st).wrap(w, 5000)[1]


def bullets_pdf(c, items, x, y, w, font="Sans", size=9, color=BLACK, mark="•", indent=10, gap=1.5, lead=None,
                mark_color=None):
    for it in items:
        text(c, mark, x, y - size, font, size, mark_color or color)
        y = para_pdf(c, it, x + indent, y, w - indent, font, size, lead, color) - gap
    return y


def hline(c, x1, x2, y, color=BLACK, width=0.6):
    c.setStrokeColor(color)
    c.setLineWidth(width)
    c.line(x1, y, x2, y)


def box(c, x, y, w, h, fill=None, stroke=None, width=0.6, r=0):
    if fill is not None:
        c.setFillColor(fill)
    if stroke is not None:
        c.setStrokeColor(stroke)
        c.setLineWidth(width)
    if r:
        c.roundRect(x, y, w, h, r, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0)
    else:
        c.rect(x, y, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0)


def grid(c, x, y, col_w, rows, font="Sans", size=8.5, pad=4, head_fill=None, head_font=None, line_color=BLACK,
         lead=None, fills=None):
    """Draw a ruled table whose top is at y; rows are lists of strings (first row = header when head_fill).
    Returns the y under the table."""
    lead = lead or size * 1.3
    for ri, row in enumerate(rows):
        f = (head_font or font) if (ri == 0 and head_fill is not None) else font
        hs = [para_height(cell, w - 2 * pad, f, size, lead) for cell, w in zip(row, col_w)]
        h = max(hs) + 2 * pad
        fill = head_fill if (ri == 0 and head_fill is not None) else (fills[ri] if fills else None)
        xx = x
        for cell, w in zip(row, col_w):
            box(c, xx, y - h, w, h, fill=fill, stroke=line_color, width=0.5)
            para_pdf(c, cell, xx + pad, y - pad, w - 2 * pad, f, size, lead)
            xx += w
        y -= h
    return y


# ---------------------------------------------------------------------------------------------------------
# python-docx helpers
# ---------------------------------------------------------------------------------------------------------
FIXED = datetime(2024, 6, 10, 9, 0, 0)


def docx_new(font="Calibri", size=10.5, margins=(2.0, 2.0, 2.0, 2.0), after=2, line=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    st.paragraph_format.space_after = Pt(after)
    if line:
        st.paragraph_format.line_spacing = line
    s = d.sections[0]
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = (Cm(m) for m in margins)
    return d


def docx_save(d, path, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    for k in ("title", "subject", "comments", "keywords", "category"):
        setattr(cp, k, "")
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 6, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))


def run(p, s, b=False, i=False, size=None, color=None, font=None, caps=False, u=False):
    r = p.add_run(s)
    r.bold = b
    r.italic = i
    r.underline = u
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        r._element.get_or_add_rPr()
        rf = r._element.rPr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            r._element.rPr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
    if caps:
        r.font.all_caps = True
    return r


def P(box_, s="", b=False, i=False, size=None, color=None, align=None, after=None, before=None, style=None,
      indent=None, first=None, keep=False):
    p = box_.add_paragraph(style=style) if style else box_.add_paragraph()
    if s:
        run(p, s, b, i, size, color)
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    pf = p.paragraph_format
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if keep:
        pf.keep_with_next = True
    return p


def first_par(cell, s="", **kw):
    """Write into the empty first paragraph of a table cell."""
    p = cell.paragraphs[0]
    if s:
        run(p, s, kw.get("b", False), kw.get("i", False), kw.get("size"), kw.get("color"))
    if kw.get("align"):
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[kw["align"]]
    if kw.get("after") is not None:
        p.paragraph_format.space_after = Pt(kw["after"])
    return p


def bullets(box_, items, style="List Bullet", size=None, after=1, indent=None):
    for it in items:
        p = box_.add_paragraph(style=style)
        run(p, it, size=size)
        p.paragraph_format.space_after = Pt(after)
        if indent is not None:
            p.paragraph_format.left_indent = Cm(indent)


def tabs(p, *stops):
    """stops: (cm, 'r'|'l'|'c', leader) tuples."""
    for st in stops:
        cm, how = st[0], st[1]
        leader = st[2] if len(st) > 2 else None
        align = {"r": WD_TAB_ALIGNMENT.RIGHT, "l": WD_TAB_ALIGNMENT.LEFT, "c": WD_TAB_ALIGNMENT.CENTER}[how]
        if leader == "dot":
            p.paragraph_format.tab_stops.add_tab_stop(Cm(cm), align, WD_TAB_LEADER.DOTS)
        else:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(cm), align)


def shade(el, fill):
    pr = el._tc.get_or_add_tcPr() if hasattr(el, "_tc") else el._p.get_or_add_pPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    pr.append(sh)


def pborder(p, side="bottom", color="333333", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)


def tborders(table, val="single", color="999999", sz=4, which=("top", "left", "bottom", "right", "insideH",
                                                                   "insideV")):
    tblPr = table._tbl.tblPr
    bd = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        if e in which:
            x.set(qn("w:val"), val)
            x.set(qn("w:sz"), str(sz))
            x.set(qn("w:color"), color)
        else:
            x.set(qn("w:val"), "nil")
        bd.append(x)
    tblPr.append(bd)


def col_widths(table, cms):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for col, w in zip(table.columns, cms):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


# ---------------------------------------------------------------------------------------------------------
# LibreOffice conversion and the build loop
# ---------------------------------------------------------------------------------------------------------
def convert_with_libreoffice(stem, builder, res):
    """Write the Word file to a temporary folder, convert it with soffice (private profile), then rewrite the
    PDF through pypdf with fixed metadata and a fixed ID so that rebuilding gives the same bytes."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    out = os.path.join(res, stem + ".pdf")
    if not soffice:
        print(f"  soffice not found; keeping {out}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, stem + ".docx")
        builder(src)
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        writer = PdfWriter(clone_from=PdfReader(os.path.join(tmp, stem + ".pdf")))
        if writer._info is not None:
            info = writer._info.get_object()
            for k in list(info.keys()):
                del info[k]
        writer.add_metadata({"/Producer": "LibreOffice (via " + TAG + "/build.py)", "/Creator": "Writer",
                             "/CreationDate": "D:20240610090000Z", "/ModDate": "D:20240610090000Z"})
        fid = ByteStringObject((TAG + "-" + stem).encode().ljust(16, b"0")[:16])
        writer._ID = ArrayObject([fid, fid])
        with open(out, "wb") as fh:
            writer.write(fh)


def build(res, jds, *, pdf_resumes, docx_resumes, converted, jd_docx, jd_pdf):
    os.makedirs(res, exist_ok=True)
    os.makedirs(jds, exist_ok=True)
    for fn in pdf_resumes:
        fn(os.path.join(res, fn.__name__ + ".pdf"))
        print("  wrote", fn.__name__ + ".pdf")
    for fn in docx_resumes:
        fn(os.path.join(res, fn.__name__ + ".docx"))
        print("  wrote", fn.__name__ + ".docx")
    for stem, fn in converted.items():
        convert_with_libreoffice(stem, fn, res)
        print("  wrote", stem + ".pdf (LibreOffice)")
    for fn in jd_docx:
        fn(os.path.join(jds, fn.__name__ + ".docx"))
        print("  wrote", fn.__name__ + ".docx")
    for fn in jd_pdf:
        fn(os.path.join(jds, fn.__name__ + ".pdf"))
        print("  wrote", fn.__name__ + ".pdf")


# --- layout helpers first written for fresh9, shared by the later sets


class Flow:
    """A y cursor down one column of a reportlab canvas; calls new_page (which must return the new top y) when
    the next block does not fit above `bottom`."""

    def __init__(self, c, x, w, y, bottom=50, new_page=None):
        self.c, self.x, self.w, self.y, self.bottom, self.new_page = c, x, w, y, bottom, new_page

    def room(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            self.y = self.new_page(self.c) if self.new_page else 800

    def para(self, s, font="Sans", size=9, color=BLACK, after=2, indent=0, lead=None, markup=False):
        h = para_height(s, self.w - indent, font, size, lead) if not markup else size * 1.4
        self.room(h)
        self.y = para_pdf(self.c, s, self.x + indent, self.y, self.w - indent, font, size, lead, color,
                          markup=markup) - after

    def line(self, left, right="", font="Sans", size=9, rfont=None, color=BLACK, rcolor=None, after=3):
        self.room(size * 1.4)
        self.y -= size
        text(self.c, left, self.x, self.y, font, size, color)
        if right:
            text(self.c, right, self.x + self.w, self.y, rfont or font, size, rcolor or color, "r")
        self.y -= after

    def bullets(self, items, font="Sans", size=9, mark="•", color=BLACK, indent=10, gap=1.5):
        for it in items:
            self.room(para_height(it, self.w - indent, font, size))
            text(self.c, mark, self.x + 1, self.y - size, font, size, color)
            self.y = para_pdf(self.c, it, self.x + indent, self.y, self.w - indent, font, size, None, color) - gap

    def gap(self, h):
        self.y -= h


def heading(d, s, size=11.5, color="1F3864", rule=True, before=10, after=3, caps=False):
    p = P(d, before=before, after=after, keep=True)
    run(p, s, b=True, size=size, color=color, caps=caps)
    if rule:
        pborder(p, "bottom", color, 6, 1)
    return p


def new_table(box_, rows, cols, widths, borders=None):
    t = box_.add_table(rows=rows, cols=cols)
    col_widths(t, widths)
    if borders is None:
        tborders(t, which=())
    else:
        tborders(t, **borders)
    return t


def cell(c_, s="", b=False, i=False, size=None, color=None, align=None, fill=None, after=1):
    first_par(c_, s, b=b, i=i, size=size, color=color, align=align, after=after)
    if fill:
        shade(c_, fill)
    return c_


def cell_add(c_, s="", b=False, i=False, size=None, color=None, after=1, style=None):
    p = c_.add_paragraph(style=style) if style else c_.add_paragraph()
    if s:
        run(p, s, b=b, i=i, size=size, color=color)
    p.paragraph_format.space_after = Pt(after)
    return p


def cell_bullets(c_, items, size=None):
    for it in items:
        p = c_.add_paragraph(style="List Bullet")
        run(p, it, size=size)
        p.paragraph_format.space_after = Pt(1)


# --- reading a built document back, for the sets' `--check` (fresh9 onwards)


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    """Header, body and table-cell paragraphs (tables nested in cells too), in document order per container."""
    from docx import Document
    doc = Document(path)
    out = []

    def walk(container):
        for p in container.paragraphs:
            out.append(p.text)
        for t in container.tables:
            for row in t.rows:
                seen = set()
                for c_ in row.cells:
                    if id(c_._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(c_._tc))
                    walk(c_)

    for sec in doc.sections:
        walk(sec.header)
    walk(doc)
    return "\n".join(out)


def extract(path):
    """(whitespace-collapsed text, page count or None)."""
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        r = PdfReader(path)
        return squash("\n".join(pg.extract_text() or "" for pg in r.pages)), len(r.pages)
    if path.endswith(".docx"):
        return squash(docx_text(path)), None
    with open(path, encoding="utf-8") as fh:
        return squash(fh.read()), None


def check_labels(here, formats=None):
    """`build.py --check` of a fresh set (fresh9 onwards): every labelled string is in its document as extracted,
    employers and titles are the roles' own, splits and formats follow the file names, no PDF over two pages;
    with `formats` ({"resumes": {"pdf": 8, ...}, "jds": {...}}) also the count of each format and file numbers 1..n."""
    import yaml
    res, jds = os.path.join(here, "resumes"), os.path.join(here, "job_descriptions")
    with open(os.path.join(here, "labels.yaml"), encoding="utf-8") as fh:
        labels = yaml.safe_load(fh)
    problems = []
    counts = {"documents": 0, "strings": 0}

    def need(doc, what, s, body, fold=False):
        if s is None:
            return
        counts["strings"] += 1
        s = squash(str(s))
        if (s.casefold() not in body.casefold()) if fold else (s not in body):
            problems.append(f"{doc}: {what} {s!r} not found")

    for folder, key in ((res, "resumes"), (jds, "jds")):
        on_disk = sorted(os.listdir(folder))
        if sorted(labels[key]) != on_disk:
            problems.append(f"{key}: labelled and on-disk files differ: {sorted(set(on_disk) ^ set(labels[key]))}")
        if formats is None:
            continue
        got = {}
        for fn in on_disk:
            got[fn.rsplit(".", 1)[1]] = got.get(fn.rsplit(".", 1)[1], 0) + 1
        if got != formats[key]:
            problems.append(f"{key}: formats {got} != {formats[key]}")
        nums = sorted(int(re.match(r"[a-z]+(\d+)_", fn).group(1)) for fn in on_disk)
        if nums != list(range(1, len(on_disk) + 1)):
            problems.append(f"{key}: file numbers are not 1..{len(on_disk)}")
    for fn, lab in labels["resumes"].items():
        counts["documents"] += 1
        body, pages = extract(os.path.join(res, fn))
        if pages and pages > 2:
            problems.append(f"{fn}: {pages} pages")
        n = int(fn[1:3])
        if lab.get("split") != ("heldout" if n % 3 == 0 else "tune"):
            problems.append(f"{fn}: split {lab.get('split')!r}")
        if lab.get("format") != fn.rsplit(".", 1)[1]:
            problems.append(f"{fn}: format {lab.get('format')!r}")
        need(fn, "name", lab["name"], body, fold=True)  # a name printed in capitals is labelled in normal case
        for r_ in lab["roles"]:
            for k in ("title", "company", "location"):
                need(fn, "role " + k, r_[k], body)
            if not re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2]))?", str(r_["start"])):
                problems.append(f"{fn}: bad start {r_['start']!r}")
            if not re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2]))?|present", str(r_["end"])):
                problems.append(f"{fn}: bad end {r_['end']!r}")
            if r_["end"] != "present" and str(r_["end"]) < str(r_["start"])[:len(str(r_["end"]))]:
                problems.append(f"{fn}: ends before it starts {r_}")
        if lab["employers"] != list(dict.fromkeys(r_["company"] for r_ in lab["roles"])):
            problems.append(f"{fn}: employers are not the roles' companies, unique, in order")
        if lab["titles"] != list(dict.fromkeys(r_["title"] for r_ in lab["roles"])):
            problems.append(f"{fn}: titles are not the roles' titles, unique, in order")
        for k in ("skills", "projects"):
            for s in lab.get(k) or []:
                need(fn, k[:-1], s, body)
        for e in lab.get("education") or []:
            _, school, year = (x.strip() for x in e.rsplit(",", 2))
            need(fn, "school", school, body)
            need(fn, "education year", year, body)
    for fn, lab in labels["jds"].items():
        counts["documents"] += 1
        body, pages = extract(os.path.join(jds, fn))
        if pages and pages > 2:
            problems.append(f"{fn}: {pages} pages")
        n = int(fn[2:4])
        if lab.get("split", "heldout" if n % 3 == 0 else "tune") != ("heldout" if n % 3 == 0 else "tune"):
            problems.append(f"{fn}: split {lab.get('split')!r}")
        for k in ("title", "role", "company"):
            need(fn, k, lab[k], body)
        if lab["seniority"] not in ("junior", "mid", "senior", "staff"):
            problems.append(f"{fn}: seniority {lab['seniority']!r}")
        for k in ("must_have", "nice_to_have"):
            for s in lab[k]:
                need(fn, k, s, body)
    for p in problems:
        print("  " + p)
    print(f"check: {counts['documents']} documents, {counts['strings']} labelled strings, "
          + ("all found, no PDF over two pages" if not problems else f"{len(problems)} problem(s)"))
    return 1 if problems else 0
