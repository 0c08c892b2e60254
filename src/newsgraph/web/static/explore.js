// "Explore the store": the filter form, the events table with its pages, and the map, network and
// dyad timeline drawn from the same filters. The filters live in the URL (#explore?source=RUS&page=2)
// so the back button, a reload or a shared link show the same view.

import { el, api, query, countryName, dateCell, plural, status, clear, resolvedText, unidentifiedSource, UNIDENTIFIED, UNIDENTIFIED_TITLE } from "./util.js";
import { COUNTRIES } from "./countries.js";
import { drawMap } from "./map.js";
import { drawNetwork } from "./network.js";
import { drawTimeline } from "./timeline.js";

const FILTERS = ["source", "target", "root", "quad", "modality", "from", "to", "q"];
const CAMEO_ROOTS = [
  "Make public statement", "Appeal", "Express intent to cooperate", "Consult", "Engage in diplomatic cooperation",
  "Engage in material cooperation", "Provide aid", "Yield", "Investigate", "Demand", "Disapprove", "Reject",
  "Threaten", "Protest", "Exhibit force posture", "Reduce relations", "Coerce", "Assault", "Fight",
  "Use unconventional mass violence",
];

const $ = (id) => document.getElementById(id);
let lastChartKey = null; // the filters the map and network were last drawn for
let lastParams = {};
let lastFilters = {};
// what the network and the timeline last drew, to draw again at a new width
let lastNetwork = null;
let lastDyad = null;
let lastTimelineKey = null; // the dyad the timeline was last asked for: a late answer for another is not drawn

/** Fill the form's fixed choices once. */
export function initExplore(go) {
  const root = $("f-root");
  CAMEO_ROOTS.forEach((name, i) => {
    const code = String(i + 1).padStart(2, "0");
    root.append(el("option", { value: code }, `${code} ${name}`));
  });
  $("country-list").append(...Object.entries(COUNTRIES).map(([code, [name]]) => el("option", { value: code }, name)));

  $("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    go(hashFor({ ...formValues(), size: $("page-size").value, page: 1 }));
  });
  $("filters").addEventListener("reset", () => setTimeout(() => go(hashFor({ size: $("page-size").value })), 0));
  $("page-prev").addEventListener("click", () => go(hashFor({ ...lastParams, page: page(lastParams) - 1 })));
  $("page-next").addEventListener("click", () => go(hashFor({ ...lastParams, page: page(lastParams) + 1 })));
  $("page-size").addEventListener("change", () => go(hashFor({ ...lastParams, size: $("page-size").value, page: 1 })));
  $("dyad-form").addEventListener("submit", (e) => { e.preventDefault(); loadTimeline(); });
  redrawOnResize();
}

/** The network and the timeline are drawn at the box's width in pixels (their text stays
 * readable on a phone), so a new width draws them again. */
function redrawOnResize() {
  let timer = null, width = window.innerWidth;
  window.addEventListener("resize", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (window.innerWidth === width || $("view-explore").hidden) return;
      width = window.innerWidth;
      if (lastNetwork) drawNetwork($("network"), $("network-caption"), lastNetwork);
      if (lastDyad) drawTimeline($("timeline"), $("timeline-caption"), lastDyad.rows, lastDyad.label);
    }, 200);
  });
}

function hashFor(params) {
  const qs = query(params);
  return `#explore${qs ? "?" + qs : ""}`;
}

function formValues() {
  const out = {};
  for (const k of FILTERS) {
    const v = $(`f-${k}`).value.trim();
    // countries are typed in any case; the API wants ISO3 upper case
    out[k] = (k === "source" || k === "target") && /^[a-z]{3}$/i.test(v) ? v.toUpperCase() : v;
  }
  return out;
}

const page = (p) => Math.max(1, parseInt(p.page, 10) || 1);

/** Show the view for the URL's parameters. */
export async function showExplore(params) {
  lastParams = params;
  for (const k of FILTERS) $(`f-${k}`).value = params[k] || "";
  if (params.size) $("page-size").value = params.size;
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params[k] || ""]));
  const chartKey = query(filters);
  lastFilters = filters;
  const jobs = [loadEvents(filters, page(params), params.size || $("page-size").value)];
  if (chartKey !== lastChartKey) {
    lastChartKey = chartKey;
    jobs.push(loadCharts(filters));
  }
  await Promise.all(jobs);
}

// -- events table ------------------------------------------------------------------------

async function loadEvents(filters, pageNo, size) {
  const box = $("explore-status");
  status(box, "Loading events…", { busy: true });
  try {
    const data = await api("events", { params: { ...filters, page: pageNo, size } });
    fillTable(data.events || []);
    pager(data.total ?? 0, data.page ?? pageNo, data.size ?? Number(size));
    const active = Object.entries(filters).filter(([, v]) => v).map(([k, v]) => `${k} ${v}`);
    status(box, `${plural(data.total ?? 0, "event")}${active.length ? ` matching ${active.join(", ")}` : " in the store"}.`);
  } catch (err) {
    fillTable([]);
    pager(0, 1, Number(size));
    status(box, err.message, { error: true });
  }
}

function fillTable(events) {
  const body = $("events-table").tBodies[0];
  clear(body).append(...events.map(eventRow));
  if (!events.length) body.append(el("tr", {}, el("td", { colspan: "8", class: "muted" }, "No events.")));
}

function actorCell(e, side) {
  const name = e[`${side}_name`], code = e[`${side}_code`];
  if (side === "source" && unidentifiedSource(e)) {
    return el("td", { class: "muted unidentified", title: UNIDENTIFIED_TITLE }, UNIDENTIFIED);
  }
  if (!name && !code) return el("td", { class: "muted" }, "—");
  // how its country was found, on hover ("country from the article")
  const how = e[`${side}_country`] ? resolvedText(e[`${side}_resolved_by`]) : "";
  return el("td", how ? { title: `country ${how}` } : {}, name || "", code ? el("span", { class: "code" }, ` ${code}`) : null);
}

/** A row; its sentence is a link to the article (the keyboard's way in), the whole row is
 * clickable for the mouse. */
function eventRow(e) {
  const href = articleHref(e.first_article, e.event_key);
  const sentence = e.first_sentence || "(open the article)";
  const row = el("tr", { dataset: {
    eventKey: e.event_key || "", sentence: e.first_sentence || "",
    sourceCountry: e.source_country || "", sourceCode: e.source_code || "", targetCountry: e.target_country || "",
  }, class: "clickable" },
    dateCell(e.date, e.date_end),
    actorCell(e, "source"),
    el("td", {}, el("span", { class: "code" }, e.cameo || ""), " ", e.cameo_name || ""),
    actorCell(e, "target"),
    el("td", {}, el("span", { class: `mod-label mod-${e.modality}` }, e.modality || "")),
    el("td", e.location_precision === "article" ? { class: "muted", title: "The article's place (its dateline or main country): the sentence names no place" } : {},
      e.location_name ? `${e.location_name}${e.location_country && e.location_country !== e.location_name ? ` (${e.location_country})` : ""}` +
        (e.location_precision === "article" ? ", the article's" : "") : ""),
    el("td", { class: "num" }, String(e.num_mentions ?? "")),
    el("td", { class: "sentence-cell" }, href ? el("a", { href, class: "open-article", title: "Open the article at this sentence" }, shorten(sentence, 160)) : sentence));
  if (href) {
    row.addEventListener("click", (ev) => {
      if (ev.target.closest("a")) return;
      location.hash = href;
    });
  }
  return row;
}

export function articleHref(articleId, eventKey) {
  if (!articleId) return null;
  return `#article/${encodeURIComponent(articleId)}${eventKey ? "?" + query({ event: eventKey }) : ""}`;
}

function shorten(s, n) {
  return s.length > n ? s.slice(0, n - 1).trimEnd() + "…" : s;
}

function pager(total, pageNo, size) {
  const pages = Math.max(1, Math.ceil(total / size));
  $("page-info").textContent = `Page ${pageNo} of ${pages}`;
  $("page-prev").disabled = pageNo <= 1;
  $("page-next").disabled = pageNo >= pages;
}

// -- charts -----------------------------------------------------------------------------------

async function loadCharts(filters) {
  const key = lastChartKey;
  $("timeline").setAttribute("aria-busy", "true"); // its dyad comes from the network
  await Promise.all([
    chart("places", filters, key, (d) => drawMap($("map"), $("map-caption"), d), $("map")),
    chart("network", filters, key, (d) => {
      lastNetwork = d;
      drawNetwork($("network"), $("network-caption"), d);
      defaultDyad(filters, d);
    }, $("network")),
  ]);
  if (key === lastChartKey) await loadTimeline();
}

/** Fetch and draw one chart. The box is aria-busy until the drawing for these filters is in
 * place, and an answer that arrives after newer filters were chosen is not drawn over theirs. */
async function chart(path, filters, key, draw, box) {
  const caption = $(`${box.id}-caption`);
  box.setAttribute("aria-busy", "true");
  caption.textContent = "Loading…";
  caption.classList.remove("error");
  try {
    const data = await api(path, { params: filters });
    if (key !== lastChartKey) return;
    await draw(data);
  } catch (err) {
    if (key !== lastChartKey) return;
    clear(box);
    caption.textContent = `Could not draw: ${err.message}`;
    caption.classList.add("error");
  }
  box.setAttribute("aria-busy", "false");
}

/** The timeline shows the filtered dyad, else the busiest link of the network that fits the
 * filters (between two countries rather than within one). */
function defaultDyad(filters, net) {
  let source = filters.source, target = filters.target;
  if (!source || !target) {
    const fits = (e) => (!source || e.source === source) && (!target || e.target === target);
    const edges = (net.edges || []).filter(fits).sort((a, b) => (a.source === a.target) - (b.source === b.target) ||
      (b.events ?? 0) - (a.events ?? 0));
    if (edges[0]) { source = source || edges[0].source; target = target || edges[0].target; }
  }
  $("d-source").value = source || "";
  $("d-target").value = target || "";
}

async function loadTimeline() {
  const source = $("d-source").value.trim().toUpperCase(), target = $("d-target").value.trim().toUpperCase();
  const box = $("timeline"), caption = $("timeline-caption");
  if (!source || !target) {
    clear(box);
    lastDyad = null;
    lastTimelineKey = null;
    box.setAttribute("aria-busy", "false");
    caption.textContent = "Choose a source and a target.";
    return;
  }
  const label = `${countryName(source)} → ${countryName(target)}`;
  const asked = { source, target, by: $("d-by").value, from: lastFilters.from, to: lastFilters.to };
  const key = query(asked);
  lastTimelineKey = key;
  box.setAttribute("aria-busy", "true");
  caption.textContent = "Loading…";
  caption.classList.remove("error");
  try {
    // the timeline keeps the filters' dates; its own source and target replace theirs
    const data = await api("dyads", { params: asked });
    if (key !== lastTimelineKey) return;
    const rows = Array.isArray(data) ? data : data.series || [];
    lastDyad = { rows, label };
    drawTimeline(box, caption, rows, label);
  } catch (err) {
    if (key !== lastTimelineKey) return;
    clear(box);
    caption.textContent = err.message;
    caption.classList.add("error");
  }
  box.setAttribute("aria-busy", "false");
}
