"""The PDF report of an assessed interview (ReportLab): scores with a chart, every question with the answer and
its evaluation, and the feedback."""

from __future__ import annotations

import io
import logging
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as _escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.services.assessment.scoring import DIMENSIONS

logger = logging.getLogger(__name__)
# The standard PDF fonts hold only Windows-1252: a name or an answer in Greek, Cyrillic, Hebrew or with most symbols
# would print as boxes. DejaVu Sans covers them; Debian and Ubuntu ship it as fonts-dejavu-core (in the image).
_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
              Path("/usr/share/fonts/TTF"))
_DEJAVU = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf", "italic": "DejaVuSans-Oblique.ttf",
           "bold_italic": "DejaVuSans-BoldOblique.ttf"}
# DejaVu has no Chinese, Japanese or Korean: text it lacks is set in a CJK font when one is installed
# (fonts-wqy-microhei, in the image; or Droid Sans Fallback, which has no Hangul).
_CJK_FONTS = (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
              Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"))
# Direction overrides and isolates would print a name or an answer reversed ("U+202E"): they are dropped.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"))


@dataclass(frozen=True)
class _Fonts:
    regular: str
    bold: str
    covered: frozenset[int]  # the code points the regular font has
    fallback: str | None = None  # the CJK font, and what it has that the regular font lacks
    fallback_covers: frozenset[int] = frozenset()


@lru_cache(maxsize=1)
def fonts() -> _Fonts:
    """Fonts for regular and bold text: DejaVu Sans when installed, else the standard Helvetica; and a CJK font for
    what they lack, when one is installed."""
    chosen = None
    for folder in _FONT_DIRS:
        files = {style: folder / name for style, name in _DEJAVU.items()}
        if all(path.is_file() for path in files.values()):
            names = {style: f"Report-{style}" for style in files}
            faces = {}
            for style, path in files.items():
                faces[style] = TTFont(names[style], str(path))
                pdfmetrics.registerFont(faces[style])
            pdfmetrics.registerFontFamily(names["regular"], normal=names["regular"], bold=names["bold"],
                                          italic=names["italic"], boldItalic=names["bold_italic"])
            chosen = _Fonts(names["regular"], names["bold"], frozenset(faces["regular"].face.charToGlyph))
            break
    if chosen is None:
        logger.info("DejaVu Sans not found (fonts-dejavu-core): reports print text outside Windows-1252 as boxes")
        chosen = _Fonts("Helvetica", "Helvetica-Bold", frozenset(
            ord(ch) for ch in bytes(range(32, 256)).decode("cp1252", errors="ignore")))
    for path in _CJK_FONTS:
        if path.is_file():
            cjk = TTFont("Report-cjk", str(path), subfontIndex=0)
            pdfmetrics.registerFont(cjk)
            return _Fonts(chosen.regular, chosen.bold, chosen.covered, "Report-cjk",
                          frozenset(cjk.face.charToGlyph) - chosen.covered)
    return chosen


def escape(text: str) -> str:
    """Text for a paragraph: composed (an accent typed as a separate mark joins its letter, which the fonts have),
    without direction overrides, with the markup characters escaped, and runs the regular font lacks set in the
    CJK font when it has them."""
    escaped = _escape(unicodedata.normalize("NFC", text).translate(_BIDI_CONTROLS))
    available = fonts()
    if available.fallback is None or escaped.isascii():
        return escaped
    out, run = [], []
    for ch in escaped:
        if ord(ch) in available.fallback_covers:
            run.append(ch)
            continue
        if run:
            out.append(f'<font name="{available.fallback}">{"".join(run)}</font>')
            run = []
        out.append(ch)
    if run:
        out.append(f'<font name="{available.fallback}">{"".join(run)}</font>')
    return "".join(out)


INK = colors.HexColor("#1f2937")
MUTED = colors.HexColor("#6b7280")
ACCENT = colors.HexColor("#2563eb")
GOOD = colors.HexColor("#16a34a")
MID = colors.HexColor("#d97706")
BAD = colors.HexColor("#dc2626")
RULE = colors.HexColor("#e5e7eb")
GROUP_TITLES = {"communication": "Communication", "content": "Content", "behavioral": "Behavioral",
                "non_verbal": "Non-verbal"}


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    regular, bold = fonts().regular, fonts().bold
    for name in ("Normal", "Title", "Heading2", "Heading3"):
        base[name].fontName = bold if name != "Normal" else regular
    return {
        "title": ParagraphStyle("title", parent=base["Title"], textColor=INK, fontSize=20, leading=24,
                                alignment=TA_LEFT, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base["Normal"], textColor=MUTED, fontSize=9.5, leading=13),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], textColor=INK, fontSize=13, leading=16, spaceBefore=10,
                             spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base["Heading3"], textColor=ACCENT, fontSize=10.5, leading=13,
                             spaceBefore=6, spaceAfter=2),
        "body": ParagraphStyle("body", parent=base["Normal"], textColor=INK, fontSize=9.5, leading=13),
        "small": ParagraphStyle("small", parent=base["Normal"], textColor=MUTED, fontSize=8.5, leading=11),
        "quote": ParagraphStyle("quote", parent=base["Normal"], textColor=INK, fontSize=9, leading=12.5,
                                leftIndent=8, borderColor=RULE, borderPadding=(4, 6, 4, 6), borderWidth=0.6,
                                backColor=colors.HexColor("#f9fafb")),
        "bullet": ParagraphStyle("bullet", parent=base["Normal"], textColor=INK, fontSize=9.5, leading=13,
                                 leftIndent=10, bulletIndent=0),
    }


def _score_color(score: float | None) -> colors.Color:
    if score is None:
        return MUTED
    return GOOD if score >= 75 else MID if score >= 55 else BAD


def _fmt(score: float | None) -> str:
    return "n/a" if score is None else f"{score:.0f}"


def _p(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def _chart(result: dict[str, Any]) -> Drawing:
    """Horizontal bars for every measured dimension, grouped in the order of the four groups."""
    labels, values = [], []
    for group, names in DIMENSIONS.items():
        for name in names:
            score = (result.get(f"{group}_scores") or {}).get(name)
            if score is not None:
                labels.append(name.replace("_", " ").title())
                values.append(score)
    height = 14 * max(len(values), 1) + 40
    drawing = Drawing(170 * mm, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 38 * mm, 28, 120 * mm, height - 36
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = labels or ["(nothing measured)"]
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.reverseDirection = True
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.bars.strokeColor = None
    chart.barWidth = 8
    for i, value in enumerate(values):
        chart.bars[(0, i)].fillColor = _score_color(value)
    drawing.add(chart)
    drawing.add(String(38 * mm, 2, "Scores out of 100 (green 75+, amber 55-74, red below 55)", fontSize=7,
                       fillColor=MUTED))
    return drawing


def _group_table(result: dict[str, Any], styles: dict[str, ParagraphStyle]) -> Table:
    rows = [["Group", "Dimensions", "Average"]]
    for group, names in DIMENSIONS.items():
        scores = result.get(f"{group}_scores") or {}
        known = [v for v in scores.values() if v is not None]
        avg = sum(known) / len(known) if known else None
        dims = ", ".join(f"{n.replace('_', ' ')} {_fmt(scores.get(n))}" for n in names)
        rows.append([GROUP_TITLES[group], Paragraph(escape(dims), styles["small"]), _fmt(avg)])
    table = Table(rows, colWidths=[32 * mm, 118 * mm, 20 * mm])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), fonts().bold, 8.5), ("FONT", (0, 1), (-1, -1), fonts().regular, 9),
        ("TEXTCOLOR", (0, 0), (-1, 0), MUTED), ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def build_report(*, result: dict[str, Any], title: str, candidate: str, interview_type: str, role: str | None,
                 company: str | None, created_at: datetime | None) -> bytes:
    styles = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=f"Interview report: {title}", author="AI Mock Interview")
    story: list[Any] = []
    target = " at ".join(p for p in (role, company) if p) or "the target role"
    when = created_at.strftime("%d %b %Y") if created_at else ""
    story += [_p("Mock interview report", styles["title"]),
              _p(f"{candidate} · {interview_type.replace('_', ' ').title()} interview for {target} · {when} · "
                 f"{title}", styles["subtitle"]), Spacer(1, 6)]

    overall = result.get("overall_score")
    banner = Table([[Paragraph(f"<font size=26 color='{_score_color(overall).hexval()}'><b>{_fmt(overall)}</b></font>"
                               "<font size=10 color='#6b7280'> / 100</font>", styles["body"]),
                     _p(result.get("feedback", {}).get("narrative", ""), styles["body"])]],
                   colWidths=[38 * mm, 132 * mm])
    banner.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                                ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#f3f4f6")),
                                ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                                ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    story += [banner, Spacer(1, 4),
              _p(f"Scored by: {result.get('method', 'heuristic')}. Non-verbal scores: "
                 f"{result.get('non_verbal_source', 'text proxies')}. Answered {result.get('answered_questions', 0)} "
                 f"question(s){' (ended early)' if result.get('ended_early') else ''}.", styles["small"])]

    story += [_p("Scores", styles["h2"]), _chart(result), Spacer(1, 4), _group_table(result, styles)]
    speech = result.get("speech_metrics") or {}
    story += [Spacer(1, 4), _p(
        f"Speech: {speech.get('total_words', 0)} words, {speech.get('filler_words', 0)} filler words "
        f"({speech.get('filler_rate_per_100_words', 0)} per 100 words), {speech.get('hedges', 0)} hedges"
        + (f", {speech['words_per_minute']:.0f} words per minute" if speech.get("words_per_minute") else
           ", pace not measured (no timing)") + ".", styles["small"])]

    feedback = result.get("feedback") or {}
    for heading, key in (("Strengths", "strengths"), ("To improve", "improvements"), ("Next steps", "next_steps")):
        items = feedback.get(key) or []
        if items:
            story.append(_p(heading, styles["h2"]))
            story += [Paragraph(escape(item), styles["bullet"], bulletText="•") for item in items]
    if feedback.get("recommended_topics"):
        story += [_p("Recommended topics", styles["h2"]), _p(", ".join(feedback["recommended_topics"]), styles["body"])]

    story += [PageBreak(), _p("Question by question", styles["h2"])]
    for q in result.get("per_question") or []:
        scores = {k: v for k, v in (q.get("scores") or {}).items() if v is not None}
        score_line = " · ".join(f"{k.replace('_', ' ')} {v:.0f}" for k, v in scores.items())
        block = [
            _p(f"Q{q['question_number']} · {q.get('phase', '').replace('_', ' ')} · score {_fmt(q.get('overall_score'))}",
               styles["h3"]),
            _p(q["question"], styles["body"]), Spacer(1, 3), _p(q["answer"], styles["quote"]), Spacer(1, 3),
            _p(score_line, styles["small"]),
        ]
        if q.get("star"):
            block.append(_p("STAR parts present: " + ", ".join(q["star"]), styles["small"]))
        notes = q.get("notes") or {}
        for label, key in (("Went well", "strengths"), ("Improve", "improvements")):
            # With its quote: the sentence of the answer that shows the point (older results have texts only).
            items = notes.get(key) or [{"text": t} for t in q.get(key) or []]
            for item in items:
                quote = f" <i>{escape(item['quote'])}</i>" if item.get("quote") else ""
                block.append(Paragraph(f"<b>{label}:</b> {escape(item['text'])}{quote}", styles["bullet"],
                                       bulletText="–"))
        if q.get("missed_key_points") and q.get("category") != "behavioral":
            block.append(_p("Key points to cover: " + "; ".join(q["missed_key_points"][:4]), styles["small"]))
        block.append(Spacer(1, 6))
        story.append(KeepTogether(block[:6]))
        story += block[6:]

    def footer(canvas, document) -> None:  # noqa: ANN001
        canvas.saveState()
        canvas.setFont(fonts().regular, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(18 * mm, 9 * mm, "AI Mock Interview · practice report")
        canvas.drawRightString(A4[0] - 18 * mm, 9 * mm, f"Page {document.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
