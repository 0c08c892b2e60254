// The actor network: countries as nodes (area by events), an edge from source to target country
// (width by events, colour by mean Goldstein score: red conflictual, grey neutral, blue
// cooperative). The layout is a small force-directed one (Fruchterman-Reingold) written here
// rather than a library: a few dozen nodes need no more, and a fixed start makes it
// deterministic, so the same store always draws the same picture.

import { el, svg, countryName, plural, clear } from "./util.js";

const PAD = 46; // room for the biggest circle and its label
let W = 640, H = 480; // set from the box's width at each drawing, so labels keep their size

const countOf = (r) => r.events ?? r.count ?? r.n ?? 0;
const nodeId = (n) => n.id ?? n.country ?? n.code;
const edgeEnd = (e, side) => e[side] ?? e[`${side}_country`];

/** Draw GET /api/network's {nodes, edges} into `box`. */
export function drawNetwork(box, caption, data) {
  const nodes = (data.nodes || []).map((n) => ({ id: nodeId(n), events: countOf(n) })).filter((n) => n.id);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = (data.edges || [])
    .map((e) => ({ source: edgeEnd(e, "source"), target: edgeEnd(e, "target"), events: countOf(e), g: e.goldstein_mean }))
    .filter((e) => ids.has(e.source) && ids.has(e.target));
  clear(box);
  if (!nodes.length) {
    caption.textContent = "No event of these filters has a country on both sides.";
    return;
  }
  W = Math.max(300, Math.round(box.clientWidth || 640));
  H = Math.round(Math.min(480, Math.max(300, W * 0.7)));
  layout(nodes, edges);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const maxEdge = Math.max(1, ...edges.map((e) => e.events));
  const maxNode = Math.max(1, ...nodes.map((n) => n.events));
  box.append(svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": "network-svg-title", class: "network" },
    svg("title", { id: "network-svg-title" }, "Network of countries: who acts on whom, coloured by mean Goldstein score"),
    svg("g", { class: "edges" }, edges.map((e) => edgeShape(e, byId, maxEdge))),
    svg("g", { class: "nodes" }, nodes.map((n) => nodeShape(n, maxNode)))));
  box.append(networkLegend());
  describe(caption, nodes, edges);
}

// -- layout ---------------------------------------------------------------------------------

/** Place nodes (sets n.x, n.y inside the drawing area). */
function layout(nodes, edges) {
  const n = nodes.length;
  // start on a circle, busiest first, so the result does not depend on chance
  nodes.sort((a, b) => b.events - a.events || a.id.localeCompare(b.id));
  nodes.forEach((node, i) => {
    const a = (2 * Math.PI * i) / n;
    node.x = Math.cos(a) * 100 * (1 + (i % 3) * 0.1);
    node.y = Math.sin(a) * 100 * (1 + (i % 3) * 0.1);
  });
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges.filter((e) => e.source !== e.target).map((e) => [index.get(e.source), index.get(e.target)]);
  const k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.55; // ideal edge length
  let temp = W / 8;
  for (let step = 0; step < 300; step++) {
    const dx = new Float64Array(n), dy = new Float64Array(n);
    repel(nodes, dx, dy, k);
    attract(nodes, links, dx, dy, k);
    gravity(nodes, dx, dy);
    for (let i = 0; i < n; i++) {
      const d = Math.hypot(dx[i], dy[i]) || 1;
      nodes[i].x += (dx[i] / d) * Math.min(d, temp);
      nodes[i].y += (dy[i] / d) * Math.min(d, temp);
    }
    temp *= 0.985; // cool down so it settles
  }
  fit(nodes);
}

function repel(nodes, dx, dy, k) {
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      let x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
      const d2 = Math.max(x * x + y * y, 0.01);
      const f = (k * k) / d2;
      dx[i] += x * f; dy[i] += y * f;
      dx[j] -= x * f; dy[j] -= y * f;
    }
  }
}

function attract(nodes, links, dx, dy, k) {
  for (const [s, t] of links) {
    const x = nodes[s].x - nodes[t].x, y = nodes[s].y - nodes[t].y;
    const d = Math.hypot(x, y) || 0.01;
    const f = d / k;
    dx[s] -= x * f; dy[s] -= y * f;
    dx[t] += x * f; dy[t] += y * f;
  }
}

// unconnected nodes would drift away for ever; a weak pull to the centre keeps them in view
function gravity(nodes, dx, dy) {
  nodes.forEach((node, i) => { dx[i] -= node.x * 0.05; dy[i] -= node.y * 0.05; });
}

/** Scale the layout into the drawing area, keeping its proportions. */
function fit(nodes) {
  const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const s = Math.min((W - 2 * PAD) / Math.max(x1 - x0, 1), (H - 2 * PAD) / Math.max(y1 - y0, 1));
  const ox = (W - (x1 - x0) * s) / 2, oy = (H - (y1 - y0) * s) / 2;
  for (const n of nodes) { n.x = ox + (n.x - x0) * s; n.y = oy + (n.y - y0) * s; }
}

// -- drawing ----------------------------------------------------------------------------------

/** Mean Goldstein (-10..10) to a colour: red below zero, grey at zero, blue above. */
export function goldsteinColour(g) {
  if (g === null || g === undefined || Number.isNaN(g)) return "#737373";
  const t = Math.min(Math.abs(g) / 10, 1) ** 0.6;
  const [r0, g0, b0] = [115, 115, 115];
  const [r1, g1, b1] = g < 0 ? [185, 28, 28] : [29, 78, 216];
  const mix = (a, b) => Math.round(a + (b - a) * t);
  return `rgb(${mix(r0, r1)},${mix(g0, g1)},${mix(b0, b1)})`;
}

const fmt = (g) => (g === null || g === undefined ? "n/a" : (g > 0 ? "+" : "") + Number(g).toFixed(1));

function edgeShape(e, byId, maxEdge) {
  const s = byId.get(e.source), t = byId.get(e.target);
  const width = (1.5 + 6 * Math.sqrt(e.events / maxEdge)).toFixed(1);
  const title = svg("title", {}, `${e.source} → ${e.target}: ${plural(e.events, "event")}, mean Goldstein ${fmt(e.g)}`);
  const attrs = {
    class: "edge", stroke: goldsteinColour(e.g), "stroke-width": width, fill: "none",
    "data-source": e.source, "data-target": e.target, "data-count": String(e.events),
  };
  if (s === t) { // an event within one country: a loop above the node
    return svg("path", { ...attrs, d: `M${s.x - 6},${s.y - 8} C${s.x - 30},${s.y - 50} ${s.x + 30},${s.y - 50} ${s.x + 6},${s.y - 8}` }, title);
  }
  // A -> B and B -> A bend to opposite sides, so both directions stay visible
  const mx = (s.x + t.x) / 2, my = (s.y + t.y) / 2;
  const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
  const bend = Math.min(40, len * 0.18);
  const cx = mx + ((t.y - s.y) / len) * bend, cy = my - ((t.x - s.x) / len) * bend;
  return svg("path", { ...attrs, d: `M${s.x.toFixed(1)},${s.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${t.x.toFixed(1)},${t.y.toFixed(1)}` }, title);
}

function nodeShape(n, maxNode) {
  const r = 7 + 18 * Math.sqrt(n.events / maxNode);
  return svg("g", { class: "node", transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`, "data-country": n.id, "data-count": String(n.events) },
    svg("title", {}, `${countryName(n.id)} (${n.id}): ${plural(n.events, "event")}`),
    svg("circle", { r: r.toFixed(1) }),
    svg("text", { y: (r + 13).toFixed(1), "text-anchor": "middle" }, n.id));
}

function networkLegend() {
  const line = (g) => el("span", { class: "line-sample", style: `background:${goldsteinColour(g)}`, "aria-hidden": "true" });
  return el("ul", { class: "chart-legend", "aria-label": "Network legend" },
    el("li", {}, line(-8), "conflict (mean Goldstein < 0)"),
    el("li", {}, line(0), "neutral"),
    el("li", {}, line(6), "cooperation (> 0)"),
    el("li", {}, "edge width: events; edges curve clockwise from source to target"));
}

function describe(caption, nodes, edges) {
  const top = [...edges].sort((a, b) => b.events - a.events).slice(0, 4);
  caption.textContent = `${plural(nodes.length, "country", "countries")} and ${plural(edges.length, "link")}` +
    (top.length ? `. Busiest: ${top.map((e) => `${e.source} → ${e.target} ${e.events} (Goldstein ${fmt(e.g)})`).join(", ")}.` : ".");
}
