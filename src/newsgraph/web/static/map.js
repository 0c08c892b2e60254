// The world map: country boundaries from world-atlas (Natural Earth 1:110m, bundled in vendor/),
// projected in the browser with d3-geo; countries shaded by the events they take part in (as
// source or target, GET /api/places "countries") and the geocoded places of events drawn as
// circles sized by their count: filled where the events' own sentences name the place, hollow where
// it is only the article's place (its dateline town or main country, `precision` "article"), given
// to events whose text names no place of their own. No tiles: nothing leaves the machine.

import { geoNaturalEarth1, geoPath, geoGraticule10 } from "./vendor/d3-geo/d3-geo.min.mjs";
import { COUNTRIES, ATLAS_NAMES } from "./countries.js";
import { el, svg, countryName, plural, clear } from "./util.js";

const W = 960, H = 500;
// event-count classes and their blues, light to dark (ColorBrewer "Blues"); Infinity closes the scale
const BINS = [
  [1, 1, "#c6dbef"], [2, 4, "#9ecae1"], [5, 9, "#6baed6"], [10, 24, "#3182bd"], [25, Infinity, "#08519c"],
];
const EMPTY = "#f1f1ef";

let atlasPromise = null;

/** The world's country shapes as GeoJSON features, each with its ISO3 code (fetched once). */
function atlas() {
  if (!atlasPromise) {
    atlasPromise = fetch("static/vendor/world-atlas/countries-110m.json")
      .then((r) => { if (!r.ok) throw new Error(`world map data: ${r.status}`); return r.json(); })
      .then((topo) => window.topojson.feature(topo, topo.objects.countries).features.map((f) => {
        f.properties.iso3 = iso3OfAtlas(f);
        return f;
      }));
  }
  return atlasPromise;
}

const numericToIso3 = Object.fromEntries(Object.entries(COUNTRIES).filter(([, v]) => v[1]).map(([k, v]) => [v[1], k]));

function iso3OfAtlas(f) {
  return numericToIso3[f.id] || ATLAS_NAMES[f.properties.name] || null;
}

function binOf(n) {
  return BINS.find(([lo, hi]) => n >= lo && n <= hi);
}

// The API's rows may name the count "events" or "count", the country "country" or "code".
const countOf = (r) => r.events ?? r.count ?? r.n ?? 0;
const countryOf = (r) => r.country ?? r.code ?? r.iso3 ?? r.location_country ?? null;

/** Draw the map of `data` ({countries: [...], places: [...]}, GET /api/places) into `box`. */
export async function drawMap(box, caption, data) {
  const features = await atlas();
  const byCountry = new Map((data.countries || []).map((r) => [countryOf(r), r]));
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [W - 4, H - 4]], { type: "Sphere" });
  const path = geoPath(projection);

  const shapes = features.map((f) => countryShape(f, path, byCountry));
  const dots = (data.places || [])
    .filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon))
    .sort((a, b) => countOf(b) - countOf(a)) // small circles drawn last, on top
    .map((p) => placeDot(p, projection));

  clear(box).append(svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": "map-svg-title", class: "map" },
    svg("title", { id: "map-svg-title" }, "World map: countries shaded by the events they take part in, places of events as circles (hollow: the article's place only)"),
    svg("path", { d: path({ type: "Sphere" }), class: "sphere" }),
    svg("path", { d: path(geoGraticule10()), class: "graticule" }),
    svg("g", { class: "countries" }, shapes),
    svg("g", { class: "places" }, dots)));
  box.append(mapLegend());
  describe(caption, data, byCountry);
}

function countryShape(f, path, byCountry) {
  const code = f.properties.iso3;
  const row = code && byCountry.get(code);
  const n = row ? countOf(row) : 0;
  const sides = row && row.as_source !== undefined ? ` (${row.as_source} as source, ${row.as_target} as target)` : "";
  const bin = n ? binOf(n) : null;
  return svg("path", {
    d: path(f), fill: bin ? bin[2] : EMPTY, class: "country",
    "data-country": code || "", "data-count": String(n),
  }, svg("title", {}, `${f.properties.name}${code ? ` (${code})` : ""}: ${plural(n, "event")}${sides}`));
}

function placeDot(p, projection) {
  const xy = projection([p.lon, p.lat]);
  if (!xy) return null;
  const n = countOf(p);
  const article = p.precision === "article";
  return svg("circle", {
    cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (2.5 + 2 * Math.sqrt(n)).toFixed(1),
    class: article ? "place article" : "place", "data-count": String(n), "data-precision": article ? "article" : "sentence",
  }, svg("title", {}, `${p.name || p.location_name || "?"}${countryOf(p) ? `, ${countryOf(p)}` : ""}: ${plural(n, "event")}` +
    (article ? " placed by the article only (its dateline or main country; the sentence names no place)" : "")));
}

function mapLegend() {
  const swatch = (colour) => el("span", { class: "swatch", style: `background:${colour}`, "aria-hidden": "true" });
  return el("ul", { class: "chart-legend", "aria-label": "Map legend" },
    BINS.map(([lo, hi, c]) => el("li", {}, swatch(c), hi === Infinity ? `${lo}+` : lo === hi ? `${lo}` : `${lo}–${hi}`)),
    el("li", {}, el("span", { class: "dot-sample", "aria-hidden": "true" }), "place (size: events)"),
    el("li", {}, el("span", { class: "dot-sample article", "aria-hidden": "true" }), "the article's place only"));
}

/** The caption says in words what the map shows, for screen readers and small screens. */
function describe(caption, data, byCountry) {
  const top = [...byCountry.entries()].filter(([c]) => c).sort((a, b) => countOf(b[1]) - countOf(a[1])).slice(0, 5);
  const nArticle = (data.places || []).filter((p) => p.precision === "article").length;
  const nPlaces = (data.places || []).length - nArticle;
  caption.textContent = (byCountry.size
    ? `${plural(byCountry.size, "country", "countries")} take part in these events; most: ` +
      top.map(([c, r]) => `${countryName(c)} ${countOf(r)}`).join(", ") + ". "
    : "No event of these filters has a country. ") +
    (nPlaces ? `${plural(nPlaces, "place")} of events are known.` : "No event of these filters has a place of its own.") +
    (nArticle ? ` ${plural(nArticle, "place")} (hollow) only the article's, for events whose sentence names none.` : "");
}
