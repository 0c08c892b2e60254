// The article view: the text with its actors, event triggers, quotes and flags marked, a legend,
// the warnings beside their paragraph, and the events as a table. Used for a freshly coded
// article (POST /api/code) and for a stored one (GET /api/articles/{id}); both are first turned
// into one model (fromCoded) with {start, end} offsets, so the drawing code has one input shape.

import { el, countryName, dateCell, resolvedText, unidentifiedSource, UNIDENTIFIED, UNIDENTIFIED_TITLE } from "./util.js";
import { attachTooltip } from "./tooltip.js";

// Light backgrounds (text stays near-black on them, contrast > 10:1) with a darker border of
// the same hue, so two neighbouring countries differ by border as well as fill.
const PALETTE = [
  ["#cfe3ff", "#1d4ed8"], ["#ffd6d6", "#b91c1c"], ["#d3f5d3", "#15803d"], ["#ffe8b3", "#b45309"],
  ["#eadcff", "#7e22ce"], ["#c9f1f1", "#0f766e"], ["#ffd9ef", "#be185d"], ["#e8e2d0", "#78581a"],
  ["#dfe7c4", "#4d7c0f"], ["#ffe0cc", "#c2410c"], ["#d9e0ea", "#334155"], ["#f3e8b0", "#854d0e"],
];
const NO_COUNTRY = ["#ececec", "#525252"];

// Nesting order of the marks, outermost first. An inner mark that crosses an outer one's edge is
// cut in two, so the HTML always nests.
const LAYERS = ["sentence", "quote", "flag", "actor", "trigger"];

// ---------------------------------------------------------------------------------------------
// Models

/** {start, end} of a contract span [start, end], or of a store row's span_start/span_end. */
function spanOf(x) {
  if (Array.isArray(x.span)) return { start: x.span[0], end: x.span[1] };
  return { start: x.span_start ?? null, end: x.span_end ?? null };
}

/** The model of POST /api/code's answer (the output contract plus "text"), and of
 * GET /api/articles/{id} (the same shapes: its events are the article's mentions, each with
 * its merged event's `event_key`). */
export function fromCoded(d) {
  return {
    meta: d.article || {},
    text: d.text || "",
    actors: (d.actors || []).map((a) => ({ ...a, ...spanOf(a) })),
    events: (d.events || d.mentions || []).map((e, i) => ({
      ...e, ...spanOf(e), key: e.event_key || e.event_id || String(i),
      location: e.location || null,
    })),
    quotes: (d.quotes || []).map((q) => ({ ...q, ...spanOf(q) })),
    flags: (d.flags || []).map((f) => ({ ...f, ...spanOf(f) })),
  };
}

export const fromStored = fromCoded;

// ---------------------------------------------------------------------------------------------
// Colours

/** Country -> [background, border], most mentioned country first. */
function countryColours(actors) {
  const counts = new Map();
  for (const a of actors) if (a.country) counts.set(a.country, (counts.get(a.country) || 0) + 1);
  const order = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return new Map(order.map(([c, n], i) => [c, { colour: PALETTE[i % PALETTE.length], count: n }]));
}

function colourOf(colours, country) {
  return (country && colours.get(country)?.colour) || NO_COUNTRY;
}

// ---------------------------------------------------------------------------------------------
// Sentences: where a flag's or an event's sentence begins and ends

/** The [start, end) of `sentence` in `text` that contains `pos`, or null. */
function locateSentence(text, sentence, pos) {
  if (!sentence) return null;
  for (let i = text.indexOf(sentence); i >= 0; i = text.indexOf(sentence, i + 1)) {
    if (pos === null || pos === undefined || (pos >= i && pos < i + sentence.length)) {
      return { start: i, end: i + sentence.length };
    }
  }
  return null;
}

/** A rough sentence around `pos` when the coder gave none: from the previous sentence end
 * (". ", "! ", "? " or a line break) to the next one. */
function sentenceAround(text, pos, end) {
  const stop = /[.!?]["”’)]?\s+|\n+/g;
  let start = 0;
  for (let m; (m = stop.exec(text)) && m.index + m[0].length <= pos;) start = m.index + m[0].length;
  stop.lastIndex = Math.max(end, pos);
  const next = stop.exec(text);
  const stopAt = next ? next.index + next[0].replace(/\s+$/, "").length : text.length;
  return { start, end: stopAt };
}

/** The sentence of an event: the coder's own sentence when it is found in the text. */
export function eventSentence(model, ev) {
  return locateSentence(model.text, ev.sentence, ev.start) || sentenceAround(model.text, ev.start, ev.end);
}

/** The sentence of a flag: the coder's sentence of an event there, else a rough one. */
function flagSentence(model, flag) {
  for (const ev of model.events) {
    const s = locateSentence(model.text, ev.sentence, ev.start);
    if (s && s.start <= flag.start && flag.end <= s.end) return s;
  }
  return sentenceAround(model.text, flag.start, flag.end);
}

// ---------------------------------------------------------------------------------------------
// Marks: the annotations as nested elements

function annotations(model, colours, opts) {
  const anns = [];
  const sentences = new Map(); // "start:end" -> class list, so one sentence gets one element
  const addSentence = (s, cls) => {
    const k = `${s.start}:${s.end}`;
    if (!sentences.has(k)) sentences.set(k, { ...s, classes: new Set() });
    sentences.get(k).classes.add(cls);
  };
  model.flags.forEach((f) => addSentence(flagSentence(model, f), "flagged-sentence"));
  if (opts.highlight) addSentence(opts.highlight, "hl-sentence");
  for (const s of sentences.values()) {
    anns.push({ layer: "sentence", start: s.start, end: s.end, make: () => sentenceEl(s.classes) });
  }
  model.quotes.forEach((q) => anns.push({ layer: "quote", start: q.start, end: q.end, make: () => quoteEl(q), after: () => speakerTag(q) }));
  model.flags.forEach((f, i) => anns.push({ layer: "flag", start: f.start, end: f.end, make: () => flagEl(f, i), after: () => flagMarker(i) }));
  model.actors.forEach((a) => anns.push({ layer: "actor", start: a.start, end: a.end, make: () => actorEl(a, colours), after: () => actorTag(a) }));
  for (const group of triggerGroups(model.events)) {
    const first = model.events[group[0]];
    anns.push({ layer: "trigger", start: first.start, end: first.end, make: () => triggerEl(model.events, group), after: () => modalityTag(model.events, group) });
  }
  return anns.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.end > a.start);
}

function sentenceEl(classes) {
  const node = el("span", { class: ["sentence", ...classes].join(" ") });
  if (classes.has("hl-sentence")) node.id = "highlighted-sentence";
  return node;
}

function quoteEl(q) {
  const who = speakerName(q.speaker);
  return el("span", { class: "quote", title: who ? `Quote: ${who}` : "Quote, speaker unknown", dataset: { speaker: who } });
}

function speakerName(sp) {
  if (!sp) return "";
  return sp.name || sp.text || "";
}

function speakerTag(q) {
  const who = speakerName(q.speaker);
  const code = q.speaker && q.speaker.code;
  return el("span", { class: "speaker-tag" }, ` — ${who || "speaker unknown"}${code ? ` (${code})` : ""}`);
}

function flagEl(f, i) {
  return el("mark", { class: "flag", id: `flag-${i + 1}`, title: f.message || f.kind });
}

function flagMarker(i) {
  return el("a", { class: "flag-marker", href: `#flag-note-${i + 1}`, "aria-label": `warning ${i + 1}` }, `⚠${i + 1}`);
}

function actorEl(a, colours) {
  const [bg, border] = colourOf(colours, a.country);
  const how = a.country ? resolvedText(a.resolved_by) : "";
  const who = [a.name, a.code, a.country ? countryName(a.country) + (how ? ` (${how})` : "") : null]
    .filter(Boolean).join(", ");
  return el("mark", {
    class: `actor${a.country ? "" : " no-country"}`, title: who,
    style: `--actor-bg:${bg};--actor-border:${border}`,
    dataset: { country: a.country || "", code: a.code || "", resolvedBy: a.resolved_by || "" },
  });
}

function actorTag(a) {
  const tag = a.country || a.code;
  return tag ? el("span", { class: "actor-tag", "aria-hidden": "true" }, tag) : null;
}

/** Event indices grouped by trigger span: "forge" can code two events (A -> B and B -> A),
 * and one word gets one mark (one tab stop) whose tooltip lists both. */
function triggerGroups(events) {
  const groups = new Map();
  events.forEach((e, i) => {
    const k = `${e.start}:${e.end}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(i);
  });
  return [...groups.values()];
}

function modalities(events, group) {
  return [...new Set(group.map((i) => events[i].modality || "actual"))];
}

function triggerEl(events, group) {
  const mods = modalities(events, group);
  return el("mark", {
    class: `trigger ${mods.map((m) => `mod-${m}`).join(" ")}`, tabindex: "0", "aria-describedby": "tooltip",
    dataset: { events: group.join(" "), modality: mods.join(" "), cameo: group.map((i) => events[i].cameo).join(" ") },
  });
}

/** The modality in words after a trigger that is not actual (style alone would not say it). */
function modalityTag(events, group) {
  const mods = modalities(events, group).filter((m) => m !== "actual");
  // the brackets are for screen readers and copied text ("visit (planned)"); the pill shows it
  return mods.map((m) => el("span", { class: `mod-tag mod-${m}` },
    el("span", { class: "visually-hidden" }, " ("), m, el("span", { class: "visually-hidden" }, ")")));
}

/** Render text[a, b) into `parent`, with the annotations that fall in it, outer layers first. */
function renderRange(parent, text, a, b, anns) {
  if (a >= b) return;
  if (!anns.length) { parent.append(text.slice(a, b)); return; }
  const top = Math.min(...anns.map((x) => LAYERS.indexOf(x.layer)));
  const tops = anns.filter((x) => LAYERS.indexOf(x.layer) === top).sort((x, y) => x.start - y.start);
  const rest = anns.filter((x) => LAYERS.indexOf(x.layer) !== top);
  let pos = a;
  for (const t of tops) {
    const s = Math.max(t.start, pos), e = Math.min(t.end, b);
    if (s >= e) continue; // overlaps one drawn already
    renderRange(parent, text, pos, s, clip(rest, pos, s));
    const node = t.make();
    renderRange(node, text, s, e, clip(rest, s, e));
    if (e === t.end && t.after) appendAll(node, t.after()); // tags go after the mark's last piece
    parent.append(node);
    pos = e;
  }
  renderRange(parent, text, pos, b, clip(rest, pos, b));
}

function appendAll(node, extra) {
  for (const x of [extra].flat()) if (x) node.append(x);
}

function clip(anns, a, b) {
  return anns.filter((x) => x.start < b && x.end > a);
}

// ---------------------------------------------------------------------------------------------
// The parts of the view

/** Paragraphs as [start, end) offsets: the text split at line breaks. */
function paragraphs(text) {
  const out = [];
  const re = /[^\n]+/g;
  for (let m; (m = re.exec(text));) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function body(model, colours, opts) {
  const anns = annotations(model, colours, opts);
  const box = el("div", { class: "article-body" });
  for (const p of paragraphs(model.text)) {
    const para = el("p", { class: "para" });
    renderRange(para, model.text, p.start, p.end, clip(anns, p.start, p.end));
    const notes = model.flags
      .map((f, i) => [f, i])
      .filter(([f]) => f.start >= p.start && f.start < p.end)
      .map(([f, i]) => flagNote(f, i));
    box.append(el("div", { class: "para-row" }, para,
      notes.length ? el("aside", { class: "notes", "aria-label": "Warnings for this paragraph" }, notes) : null));
  }
  attachTooltip(box, (node) => node.dataset.events.split(" ").map((i) => model.events[Number(i)]));
  return box;
}

function flagNote(f, i) {
  return el("div", { class: "flag-note", id: `flag-note-${i + 1}`, role: "note", dataset: { kind: f.kind || "" } },
    el("p", { class: "flag-title" }, el("span", { "aria-hidden": "true" }, "⚠ "), `Warning ${i + 1}: ${kindLabel(f.kind)}`),
    el("p", {}, f.message || f.claim || ""),
    f.kb_fact ? el("p", { class: "kb-fact" }, "Knowledge base: ", f.kb_fact) : null,
    el("p", {}, el("a", { href: `#flag-${i + 1}`, class: "small" }, `“${f.text}” in the text`)));
}

function kindLabel(kind) {
  return { office_country: "office of another country", credit_country: "credited to another country" }[kind] || kind || "check";
}

function legend(colours, model) {
  const items = [...colours.entries()].map(([c, { colour, count }]) =>
    el("li", { dataset: { country: c } },
      el("span", { class: "swatch", style: `background:${colour[0]};border-color:${colour[1]}`, "aria-hidden": "true" }),
      `${c} ${countryName(c)} `, el("span", { class: "muted" }, `(${count})`)));
  if (model.actors.some((a) => !a.country)) {
    items.push(el("li", {}, el("span", { class: "swatch", style: `background:${NO_COUNTRY[0]};border-color:${NO_COUNTRY[1]}`, "aria-hidden": "true" }),
      "no country (IGO, NGO, unnamed group)"));
  }
  return el("details", { class: "legend", open: true },
    el("summary", {}, "Legend"),
    el("ul", { class: "legend-countries", "aria-label": "Actor colours by country" }, items),
    el("ul", { class: "legend-marks" },
      el("li", {}, el("span", { class: "trigger mod-actual sample" }, "trigger"), " an event (hover or focus it for details); its modality when not actual: ",
        el("span", { class: "mod-tag mod-planned" }, "planned"), " ", el("span", { class: "mod-tag mod-negated" }, "negated"), " ",
        el("span", { class: "mod-tag mod-hypothetical" }, "hypothetical")),
      el("li", {}, el("span", { class: "quote sample" }, "quoted words"), el("span", { class: "speaker-tag" }, " — speaker")),
      el("li", {}, el("mark", { class: "flag sample" }, "flagged words"), " a contradiction with the knowledge base, explained beside its paragraph")));
}

function counts(model) {
  const n = (k) => model[k].length;
  return el("p", { class: "counts" },
    `${n("events")} events, ${n("actors")} actor mentions, ${n("quotes")} quotes, ${n("flags")} warnings`);
}

function actorCell(a, unidentified = false) {
  if (!a && unidentified) return el("td", { class: "muted unidentified", title: UNIDENTIFIED_TITLE }, UNIDENTIFIED);
  if (!a) return el("td", { class: "muted" }, "—");
  const label = a.name || a.text || "";
  return el("td", {}, label, a.code ? el("span", { class: "code" }, ` ${a.code}`) : null);
}

function placeText(loc) {
  if (!loc) return "";
  const name = loc.name || loc.text || "";
  const text = loc.country && loc.country !== name ? `${name} (${loc.country})` : name;
  return loc.precision === "article" ? `${text}, the article's place` : text;
}

/** The events as a table; each row's trigger button jumps to the mark in the text. */
function eventsTable(model, box, opts) {
  const rows = model.events.map((e, i) => el("tr", {
    dataset: { event: String(i), modality: e.modality || "" },
    "aria-current": opts.highlightKey && e.key === opts.highlightKey ? "true" : null,
  },
  el("td", { class: "num" }, String(i + 1)),
  el("td", {}, el("button", { type: "button", class: "link", onclick: () => focusTrigger(box, i) }, e.trigger || "(trigger)")),
  dateCell(e.date, e.date_end),
  actorCell(e.source, unidentifiedSource(e)),
  el("td", {}, el("span", { class: "code" }, e.cameo || ""), " ", e.cameo_name || ""),
  actorCell(e.target),
  el("td", {}, el("span", { class: `mod-label mod-${e.modality}` }, e.modality || "")),
  el("td", {}, placeText(e.location))));
  return el("div", { class: "table-wrap", role: "region", "aria-label": "Events of the article", tabindex: "0" },
    el("table", { class: "events article-events" },
      el("caption", {}, "Events in the article, in text order"),
      el("thead", {}, el("tr", {}, ["#", "Trigger", "Date", "Source", "Event (CAMEO)", "Target", "Modality", "Place"]
        .map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, rows)));
}

function focusTrigger(box, i) {
  const mark = box.querySelector(`.trigger[data-events~="${i}"]`);
  if (!mark) return;
  mark.scrollIntoView({ block: "center", behavior: "smooth" });
  mark.focus({ preventScroll: true });
}

/** The whole view of one article. opts.highlight: {start, end} of a sentence to highlight;
 * opts.highlightKey: the event whose table row is marked current. */
export function renderArticle(model, opts = {}) {
  const colours = countryColours(model.actors);
  const box = body(model, colours, opts);
  return el("div", { class: "article-view" },
    counts(model),
    legend(colours, model),
    el("div", { class: "article-text", lang: model.meta.language || "en" }, box),
    model.events.length ? eventsTable(model, box, opts) : el("p", {}, "No events were coded in this article."));
}
