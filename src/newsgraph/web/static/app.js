// newsgraph's page: wires the three views to the URL's hash and to the API.
//   #code                          code an article (paste or drop text)
//   #explore?source=RUS&page=2     the store: events table, map, network, dyad timeline
//   #article/<id>?event=<key>      one stored article, the event's sentence highlighted
// Plain ES modules, no build step; every asset is served by newsgraph itself.

import { api, status, clear, plural } from "./util.js";
import { fromCoded, fromStored, renderArticle, eventSentence } from "./article.js";
import { initExplore, showExplore } from "./explore.js";
import { close as closeTooltip } from "./tooltip.js";

const $ = (id) => document.getElementById(id);
const VIEWS = ["code", "explore", "article"];

// -- routing ----------------------------------------------------------------------------------

function parseHash() {
  const raw = location.hash.replace(/^#/, "");
  const [path, qs = ""] = raw.split("?");
  const params = Object.fromEntries(new URLSearchParams(qs));
  const [view, ...rest] = path.split("/");
  return { view: VIEWS.includes(view) ? view : "code", arg: rest.length ? decodeURIComponent(rest.join("/")) : null, params };
}

function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

let lastView = null;

async function route() {
  const { view, arg, params } = parseHash();
  closeTooltip();
  for (const v of VIEWS) $(`view-${v}`).hidden = v !== view;
  for (const a of document.querySelectorAll("[data-nav]")) {
    const here = a.dataset.nav === view || (view === "article" && a.dataset.nav === "explore");
    if (here) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  }
  document.title = { code: "Code an article", explore: "Explore the store", article: "Article" }[view] + " — newsgraph";
  // moving to another view puts focus on its heading, so keyboard and screen-reader users
  // start there instead of at a link that has just been hidden
  if (lastView !== null && lastView !== view) $(`view-${view}`).querySelector("h2").focus?.();
  lastView = view;
  if (view === "explore") await showExplore(params);
  if (view === "article") await showArticle(arg, params.event);
}

// -- health -----------------------------------------------------------------------------------

async function health() {
  try {
    const h = await api("health");
    const n = h.articles ?? h.stats?.articles;
    status($("health"), `Server ${h.status || "ok"}${Number.isFinite(n) ? ` · ${plural(n, "article")} stored` : ""}`);
  } catch (err) {
    status($("health"), "Server unreachable", { error: true });
  }
}

// -- code an article --------------------------------------------------------------------------

function initCode() {
  $("code-date").value = new Date().toISOString().slice(0, 10);
  $("code-form").addEventListener("submit", (e) => { e.preventDefault(); codeArticle(); });
  $("code-file").addEventListener("change", (e) => readFile(e.target.files[0]));
  $("choose-file").addEventListener("click", () => $("code-file").click());
  const zone = $("drop-zone");
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("dragging"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("dragging");
    if (e.dataTransfer.files.length) readFile(e.dataTransfer.files[0]);
  });
}

/** Put a dropped or chosen file's text in the box; a date in its name (…-2023-10-16.txt)
 * becomes the publication date, as the founding sample's name carries it. */
async function readFile(file) {
  if (!file) return;
  if (file.size > 5e6) {
    status($("code-status"), `${file.name} is larger than 5 MB; use "newsgraph ingest" for it.`, { error: true });
    return;
  }
  $("code-text").value = await file.text();
  const date = file.name.match(/(\d{4}-\d{2}-\d{2})/);
  if (date) $("code-date").value = date[1];
  if (!$("code-title-input").value) $("code-title-input").value = file.name.replace(/\.[^.]+$/, "");
  status($("code-status"), `Read ${file.name} (${plural(file.size, "byte")}). Press "Code the article".`);
}

async function codeArticle() {
  const text = $("code-text").value;
  const out = $("code-result"), line = $("code-status"), button = $("code-submit");
  if (!text.trim()) {
    status(line, "Paste or drop an article first.", { error: true });
    $("code-text").focus();
    return;
  }
  button.disabled = true;
  status(line, "Coding…", { busy: true });
  try {
    const body = { text, date: $("code-date").value || null, title: $("code-title-input").value.trim() || null };
    const coded = await api("code", { body });
    if (coded.text === undefined) coded.text = text; // the spans index the text we sent
    const model = fromCoded(coded);
    clear(out).append(articleHeader(model.meta), renderArticle(model));
    out.hidden = false;
    const a = model.meta;
    status(line, a.status && a.status !== "ok"
      ? `The article was ${a.status}: ${a.error || "no reason given"}.`
      : `Coded: ${plural(model.events.length, "event")}, ${plural(model.flags.length, "warning")}.`,
    { error: Boolean(a.status && a.status !== "ok") });
  } catch (err) {
    status(line, err.message, { error: true });
  } finally {
    button.disabled = false;
  }
}

function articleHeader(meta) {
  const header = document.createElement("div");
  header.className = "article-meta";
  const bits = [meta.title, meta.date, meta.source, meta.id || meta.article_id].filter(Boolean);
  header.textContent = bits.join(" · ");
  if (meta.url && /^https?:\/\//.test(meta.url)) { // the article's own page, only when asked for
    const a = document.createElement("a");
    a.href = meta.url;
    a.rel = "noreferrer";
    a.textContent = "original";
    header.append(" · ", a);
  }
  return header;
}

// -- one stored article -----------------------------------------------------------------------

async function showArticle(id, eventKey) {
  const out = $("article-result"), line = $("article-status");
  clear(out);
  if (!id) { status(line, "No article given.", { error: true }); return; }
  $("article-title").textContent = "Article";
  status(line, "Loading the article…", { busy: true });
  try {
    const data = await api(`articles/${encodeURIComponent(id)}`);
    const model = fromStored(data);
    const ev = eventKey ? model.events.find((e) => e.key === eventKey || e.event_key === eventKey) : null;
    const highlight = ev ? eventSentence(model, ev) : null;
    $("article-title").textContent = model.meta.title || id;
    out.append(articleHeader({ ...model.meta, title: null }), renderArticle(model, { highlight, highlightKey: ev && ev.key }));
    status(line, ev ? `The event's sentence is highlighted: “${shorten(model.text.slice(highlight.start, highlight.end), 90)}”`
      : `${plural(model.events.length, "event")} in this article.`);
    const mark = $("highlighted-sentence");
    if (mark) mark.scrollIntoView({ block: "center" });
  } catch (err) {
    status(line, err.message, { error: true });
  }
}

function shorten(s, n) {
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}

// -- start ------------------------------------------------------------------------------------

initCode();
initExplore(go);
for (const h of document.querySelectorAll("h2")) h.tabIndex = -1; // focus targets, not tab stops
window.addEventListener("hashchange", route);
health();
route();
