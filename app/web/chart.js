// Charts drawn as inline SVG by hand: the assessment's four dimension groups as bars, and the overall score across
// interviews as a line. Each chart has a text title and description for screen readers; the page also shows the
// same numbers in a table.

const SVG = "http://www.w3.org/2000/svg";

export const GROUPS = [
  ["communication", "Communication"],
  ["content", "Content"],
  ["behavioral", "Behavioral"],
  ["non_verbal", "Non-verbal"],
];

export function humanize(name) {
  const text = String(name).replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function el(name, attrs = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function accessibleSvg(id, width, height, title, description) {
  const svg = el("svg", {
    viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img",
    "aria-labelledby": `${id}-title ${id}-desc`, class: "chart", preserveAspectRatio: "xMinYMin meet",
  });
  svg.append(el("title", { id: `${id}-title` }, title), el("desc", { id: `${id}-desc` }, description));
  return svg;
}

export function formatScore(score) {
  return score === null || score === undefined ? "n/a" : String(Math.round(score));
}

// Horizontal bars, one block per group, 0-100 scale.
export function renderScoreChart(container, assessment) {
  const rows = [];
  for (const [key, label] of GROUPS) {
    const scores = assessment[`${key}_scores`] || {};
    rows.push({ group: key, heading: label });
    for (const [name, score] of Object.entries(scores)) rows.push({ group: key, name, score });
  }
  const labelWidth = 200, barWidth = 360, valueWidth = 50, rowHeight = 22, top = 24;
  const width = labelWidth + barWidth + valueWidth;
  const height = top + rows.length * rowHeight + 8;
  const description = rows.filter((r) => r.name)
    .map((r) => `${humanize(r.group)} – ${humanize(r.name)}: ${formatScore(r.score)}`).join("; ");
  const svg = accessibleSvg("score-chart", width, height,
    `Scores by dimension, overall ${formatScore(assessment.overall_score)} out of 100`, description);

  for (const tick of [0, 25, 50, 75, 100]) {
    const x = labelWidth + (tick / 100) * barWidth;
    svg.append(el("line", { x1: x, x2: x, y1: top - 6, y2: height - 8, class: "grid-line" }));
    svg.append(el("text", { x, y: top - 10, class: "tick", "text-anchor": "middle" }, String(tick)));
  }
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    if (row.heading) {
      svg.append(el("text", { x: 0, y: y + 15, class: "group-heading" }, row.heading));
      return;
    }
    const g = el("g", { class: `bar group-${row.group}`, "data-dimension": row.name });
    g.append(el("text", { x: 12, y: y + 15, class: "bar-label" }, humanize(row.name)));
    if (row.score === null || row.score === undefined) {
      g.append(el("text", { x: labelWidth + 4, y: y + 15, class: "bar-missing" }, "not measured"));
    } else {
      const w = Math.max(1, (Math.min(100, Math.max(0, row.score)) / 100) * barWidth);
      g.append(el("rect", { x: labelWidth, y: y + 4, width: w, height: rowHeight - 8, rx: 3 }));
      g.append(el("text", { x: labelWidth + barWidth + 8, y: y + 15, class: "bar-value" }, formatScore(row.score)));
    }
    svg.append(g);
  });
  container.replaceChildren(svg);
  return svg;
}

// The overall score of each assessed interview, oldest first.
export function renderProgressChart(container, progress) {
  const points = ((progress.dimensions || {}).overall || {}).points || [];
  if (!points.length) { container.replaceChildren(); return null; }
  const width = 600, height = 200, left = 36, right = 16, top = 16, bottom = 28;
  const plotW = width - left - right, plotH = height - top - bottom;
  const x = (i) => left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (score) => top + (1 - score / 100) * plotH;
  const svg = accessibleSvg("progress-chart", width, height, "Overall score across interviews",
    points.map((p, i) => `Interview ${i + 1}: ${formatScore(p.score)}`).join("; "));
  for (const tick of [0, 50, 100]) {
    svg.append(el("line", { x1: left, x2: width - right, y1: y(tick), y2: y(tick), class: "grid-line" }));
    svg.append(el("text", { x: left - 6, y: y(tick) + 4, class: "tick", "text-anchor": "end" }, String(tick)));
  }
  const valid = points.map((p, i) => [i, p.score]).filter(([, s]) => s !== null && s !== undefined);
  if (valid.length > 1) {
    svg.append(el("polyline", { points: valid.map(([i, s]) => `${x(i)},${y(s)}`).join(" "), class: "trend" }));
  }
  for (const [i, s] of valid) {
    svg.append(el("circle", { cx: x(i), cy: y(s), r: 4, class: "point" }));
    svg.append(el("text", { x: x(i), y: y(s) - 8, class: "tick", "text-anchor": "middle" }, formatScore(s)));
  }
  points.forEach((_, i) => {
    svg.append(el("text", { x: x(i), y: height - 8, class: "tick", "text-anchor": "middle" }, `#${i + 1}`));
  });
  container.replaceChildren(svg);
  return svg;
}
