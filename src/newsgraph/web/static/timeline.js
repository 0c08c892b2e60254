// The dyad timeline: for one source and target, the events per week or month as bars (stacked by
// QuadClass) and the mean Goldstein score as a line on its own -10..+10 scale. Drawn as plain SVG.

import { el, svg, plural, clear } from "./util.js";
import { goldsteinColour } from "./network.js";

const M = { top: 30, right: 40, bottom: 36, left: 40 };
const MAX_BAR = 48; // px: one or two periods should not fill the chart with one slab
let W = 760, H = 300; // set from the box's width at each drawing, so the text keeps its size
// QuadClass colours, cooperation blue, conflict red; verbal lighter than material
const QUADS = [
  ["q1", "verbal cooperation", "#93c5fd"], ["q2", "material cooperation", "#1d4ed8"],
  ["q3", "verbal conflict", "#fca5a5"], ["q4", "material conflict", "#b91c1c"],
];

/** Draw the rows of GET /api/dyads into `box`; `label` names the dyad ("USA → CHN"). */
export function drawTimeline(box, caption, rows, label) {
  clear(box);
  const total = rows.reduce((s, r) => s + (r.events || 0), 0);
  if (!rows.length || !total) {
    caption.textContent = `No events from ${label}.`;
    return;
  }
  W = Math.max(300, Math.round(box.clientWidth || 760));
  H = W < 500 ? 240 : 300;
  const iw = W - M.left - M.right, ih = H - M.top - M.bottom;
  const maxY = niceMax(Math.max(...rows.map((r) => r.events || 0)));
  const step = iw / rows.length;
  const x = (i) => M.left + i * step;
  const y = (v) => M.top + ih - (v / maxY) * ih;
  const gy = (g) => M.top + ih / 2 - (g / 10) * (ih / 2);

  box.append(svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": "timeline-svg-title", class: "timeline" },
    svg("title", { id: "timeline-svg-title" }, `Events and mean Goldstein score from ${label}`),
    axes(rows, maxY, x, y, gy, step),
    svg("g", { class: "bars" }, rows.map((r, i) => bar(r, x(i), step, y))),
    goldsteinLine(rows, x, gy, step)));
  box.append(legend());
  const mean = rows.filter((r) => r.events).reduce((s, r) => s + r.goldstein_sum, 0) / total;
  caption.textContent = `${label}: ${plural(total, "event")} in ${plural(rows.length, "period")} ` +
    `(${rows[0].period} to ${rows[rows.length - 1].period}), mean Goldstein ${mean.toFixed(2)}.`;
}

function niceMax(v) {
  if (v <= 5) return Math.max(v, 1);
  const p = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / p) * p;
}

/** One period's bar, stacked by QuadClass, with a tooltip title. */
function bar(r, x0, step, y) {
  const w = Math.min(Math.max(step * 0.7, 1), MAX_BAR);
  let base = 0;
  const parts = QUADS.map(([k, , colour]) => {
    const v = r[k] || 0;
    if (!v) return null;
    const rect = svg("rect", { x: (x0 + (step - w) / 2).toFixed(1), y: y(base + v).toFixed(1), width: w.toFixed(1),
      height: (y(base) - y(base + v)).toFixed(1), fill: colour });
    base += v;
    return rect;
  });
  const g = r.goldstein_mean === null || r.goldstein_mean === undefined ? "n/a" : r.goldstein_mean.toFixed(2);
  return svg("g", { class: "bar", "data-period": r.period, "data-count": String(r.events || 0) },
    svg("title", {}, `${r.period}: ${plural(r.events || 0, "event")} (${QUADS.map(([k]) => `${k} ${r[k] || 0}`).join(", ")}), mean Goldstein ${g}`),
    parts);
}

/** The mean Goldstein per period as points joined where consecutive periods have events. */
function goldsteinLine(rows, x, gy, step) {
  const pts = rows.map((r, i) => (r.events && r.goldstein_mean !== null ? [x(i) + step / 2, gy(r.goldstein_mean), r.goldstein_mean] : null));
  let d = "";
  pts.forEach((p, i) => { if (p) d += `${pts[i - 1] ? "L" : "M"}${p[0].toFixed(1)},${p[1].toFixed(1)}`; });
  return svg("g", { class: "goldstein" },
    svg("path", { d, fill: "none", stroke: "#111827", "stroke-width": 2 }),
    pts.filter(Boolean).map((p) => svg("circle", { cx: p[0].toFixed(1), cy: p[1].toFixed(1), r: 4, fill: goldsteinColour(p[2]), stroke: "#111827" })));
}

function axes(rows, maxY, x, y, gy, step) {
  const g = svg("g", { class: "axes" });
  const x0 = M.left, x1 = W - M.right;
  // left axis: events
  for (const v of [0, maxY / 2, maxY]) {
    g.append(svg("line", { x1: x0, x2: x1, y1: y(v), y2: y(v), class: "grid" }),
      svg("text", { x: x0 - 6, y: y(v) + 4, "text-anchor": "end" }, Number.isInteger(v) ? v : v.toFixed(1)));
  }
  g.append(svg("text", { x: 4, y: M.top - 14, class: "axis-title" }, "events"));
  // right axis: Goldstein -10..+10, with its zero line
  for (const v of [-10, 0, 10]) {
    g.append(svg("text", { x: x1 + 6, y: gy(v) + 4 }, v > 0 ? `+${v}` : v));
  }
  g.append(svg("line", { x1: x0, x2: x1, y1: gy(0), y2: gy(0), class: "zero" }));
  g.append(svg("text", { x: W - 4, y: M.top - 14, "text-anchor": "end", class: "axis-title" }, "Goldstein"));
  // period labels, thinned so they do not overlap
  const every = Math.ceil(rows.length / Math.max(1, Math.floor((W - M.left - M.right) / 80)));
  rows.forEach((r, i) => {
    if (i % every) return;
    g.append(svg("text", { x: x(i) + step / 2, y: H - M.bottom + 18, "text-anchor": "middle" }, r.period));
  });
  return g;
}

function legend() {
  const swatch = (c) => el("span", { class: "swatch", style: `background:${c}`, "aria-hidden": "true" });
  return el("ul", { class: "chart-legend", "aria-label": "Timeline legend" },
    QUADS.map(([k, name, c]) => el("li", {}, swatch(c), `${name} (${k})`)),
    el("li", {}, el("span", { class: "line-sample dark", "aria-hidden": "true" }), "mean Goldstein (right scale)"));
}
