// The event tooltip: one element (#tooltip) shared by every trigger mark. It opens on hover and on
// keyboard focus (so it is reachable without a mouse), stays open while the pointer is on it, and
// Escape closes it (WCAG 1.4.13: dismissable, hoverable, persistent).

import { el, countryName, dateRange, resolvedText, unidentifiedSource, UNIDENTIFIED } from "./util.js";

let hideTimer = null;
let current = null;

function tip() {
  return document.getElementById("tooltip");
}

/** Show the details of the events behind each `.trigger` inside `container`;
 * `eventsOf(node)` returns them (one word can code two events: A -> B and B -> A). */
export function attachTooltip(container, eventsOf) {
  const show = (e) => {
    const node = e.target.closest && e.target.closest(".trigger");
    if (node && container.contains(node)) open(node, eventsOf(node));
  };
  const hide = (e) => {
    const node = e.target.closest && e.target.closest(".trigger");
    if (node) scheduleClose();
  };
  container.addEventListener("pointerover", show);
  container.addEventListener("focusin", show);
  container.addEventListener("pointerout", hide);
  container.addEventListener("focusout", hide);
}

function open(node, events) {
  if (!events || !events.length) return;
  clearTimeout(hideTimer);
  const t = tip();
  t.replaceChildren(...events.flatMap(details));
  t.hidden = false;
  current = node;
  place(t, node);
}

function scheduleClose() {
  clearTimeout(hideTimer);
  // a short delay lets the pointer travel from the mark onto the tooltip
  hideTimer = setTimeout(close, 250);
}

export function close() {
  clearTimeout(hideTimer);
  const t = tip();
  if (t) t.hidden = true;
  current = null;
}

/** Put the tooltip under the mark, or above it when there is no room below, inside the viewport. */
function place(t, node) {
  const r = node.getBoundingClientRect();
  const w = Math.min(t.offsetWidth, window.innerWidth - 16);
  const left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8));
  let top = r.bottom + 6;
  if (top + t.offsetHeight > window.innerHeight - 8) top = Math.max(8, r.top - t.offsetHeight - 6);
  t.style.left = `${left}px`;
  t.style.top = `${top}px`;
}

function actorText(a) {
  if (!a) return "—";
  const who = a.name || a.text || "?";
  const code = a.code || a.country;
  // how its country was found: "Lawmakers (IRNLEG, from the article)"
  const how = a.country ? resolvedText(a.resolved_by) : "";
  return code ? `${who} (${code}${how ? `, ${how}` : ""})` : who;
}

function placeText(loc) {
  if (!loc) return "not given";
  const name = loc.name || loc.text || "";
  const c = loc.country ? countryName(loc.country) : "";
  const text = c && c !== name ? `${name}, ${c}` : name || c;
  return loc.precision === "article" ? `${text} (the article's place; the sentence names none)` : text;
}

/** The tooltip's lines: CAMEO code and name, source -> target, modality, date, place, rule. */
function details(ev) {
  const row = (k, v) => [el("dt", {}, k), el("dd", {}, v)];
  const date = dateRange(ev.date, ev.date_end) + (ev.date_text ? ` (“${ev.date_text}”)` : "");
  return [
    el("p", { class: "tip-title" }, el("span", { class: "code" }, ev.cameo || "?"), " ", ev.cameo_name || ""),
    el("dl", {},
      row("Who", `${unidentifiedSource(ev) ? UNIDENTIFIED : actorText(ev.source)} → ${actorText(ev.target)}`),
      row("Modality", ev.modality || "?"),
      row("Date", date || "?"),
      row("Place", placeText(ev.location)),
      row("Rule", ev.rule || "?")),
  ];
}

// Escape closes the tooltip wherever focus is; the tooltip itself keeps itself open on hover.
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && current) close();
});
// module scripts run after the document is parsed, so #tooltip exists here
tip().addEventListener("pointerover", () => clearTimeout(hideTimer));
tip().addEventListener("pointerout", scheduleClose);
window.addEventListener("scroll", () => current && place(tip(), current), { passive: true });
