// Small helpers shared by the page's modules: building DOM nodes, calling the API, formatting.

import { COUNTRIES } from "./countries.js";

// An event of CAMEO roots 13-20 (threats and force) may have no source: the text does not name
// who did it ("a car bomb killed ..."). The page says so instead of leaving the cell empty.
export const UNIDENTIFIED = "(unidentified)";
export const UNIDENTIFIED_TITLE = "The text does not name who did it";

/** Whether an event (a contract event, a stored article's mention, or an events row) is a threat or
 * act of force whose perpetrator the text does not name: no source, CAMEO root 13-20. */
export function unidentifiedSource(e) {
  const named = e.source || e.source_id || e.source_code || e.source_name;
  const root = Number(e.cameo_root || String(e.cameo || "").slice(0, 2));
  return !named && root >= 13 && root <= 20;
}

/** Make an element: el("td", {class: "num", dataset: {key: 1}}, "text", otherNode). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  appendAll(node, children);
  return node;
}

/** Make an SVG element (attributes only, no properties). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) node.setAttribute(k, v);
  appendAll(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k === "style") node.style.cssText = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v === true) node.setAttribute(k, "");
    else node.setAttribute(k, v);
  }
}

function appendAll(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : String(c));
  }
}

/** An error the API answered with: its message is the API's own (`detail`), shown to the user. */
export class ApiError extends Error {}

/** GET or POST the API (relative URL, so the page works under any prefix) and parse JSON. */
export async function api(path, { params, body } = {}) {
  const qs = params ? query(params) : "";
  const opts = body === undefined ? {} : {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  };
  let res;
  try {
    res = await fetch(`api/${path}${qs ? "?" + qs : ""}`, opts);
  } catch (err) {
    throw new ApiError(`The newsgraph server did not answer (${err.message}). Is "newsgraph serve" running?`);
  }
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(errorText(res, data));
  return data;
}

function errorText(res, data) {
  const detail = data && data.detail;
  if (typeof detail === "string") return detail;
  // FastAPI's validation errors: a list of {loc, msg}
  if (Array.isArray(detail)) return detail.map((d) => `${(d.loc || []).slice(-1)[0] || ""}: ${d.msg}`).join("; ");
  return `${res.status} ${res.statusText}`;
}

/** URL query string of the non-empty values. */
export function query(params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) qs.set(k, v);
  return qs.toString();
}

// Where an actor's country came from (its `resolved_by`; docs/kb.md): the first four from the
// actor's own words, the KB or a phrase beside it, the last four from context only.
const RESOLVED_BY = {
  kb: "from the KB", title: "from its title", appositive: "from the words beside it", place: "from its place",
  sentence: "from the sentence", paragraph: "from the paragraph", article: "from the article",
  pronoun: "from the pronoun's antecedent",
};

/** "from the article" for an actor's `resolved_by`; "" when it has none. */
export function resolvedText(resolvedBy) {
  return RESOLVED_BY[resolvedBy] || (resolvedBy ? `from ${resolvedBy}` : "");
}

/** "Russia" for "RUS"; the code itself when the KB has no such country. */
export function countryName(code) {
  return (code && COUNTRIES[code] && COUNTRIES[code][0]) || code || "";
}

/** "2023-10-18" or "2023-10-18 – 2023-10-19". */
export function dateRange(date, end) {
  if (!date) return "";
  return end && end !== date ? `${date} – ${end}` : date;
}

/** A table cell with a date, and its end date on a second line (a date never breaks). */
export function dateCell(date, end) {
  const td = el("td", { class: "date" }, date || "");
  if (end && end !== date) td.append(el("br"), `– ${end}`);
  return td;
}

export function plural(n, word, many = `${word}s`) {
  return `${n.toLocaleString("en")} ${n === 1 ? word : many}`;
}

/** Announce a message in a status line; `error` makes it an alert and styles it. */
export function status(node, message, { error = false, busy = false } = {}) {
  node.textContent = message;
  node.classList.toggle("error", error);
  node.classList.toggle("busy", busy);
  node.setAttribute("role", error ? "alert" : "status");
}

/** Clear a node's children. */
export function clear(node) {
  node.replaceChildren();
  return node;
}
