// The review app. Every piece of data reaches the page through textContent or element
// properties, never through innerHTML. Changes go through POST with the session's CSRF token.
"use strict";

const CSRF = document.querySelector('meta[name="csrf-token"]').content;
const PRECISIONS = ["day", "week", "month", "quarter", "half", "season", "year", "decade", "unknown"];
const BASIS = {
  expression: "a date expression", tense: "tense only", constraint: "other events' dates",
  analyst: "an analyst's correction", none: "nothing",
};
const STATUSES = ["occurred", "planned", "cancelled", "denied", "hypothetical", "ongoing"];

const state = {
  events: [],        // every event view from /api/events
  shown: [],         // the filtered queue
  selected: null,    // id of the open event
  editing: false,
  summary: null,
  lanes: "actor",
  reports: "group",  // an event told by several articles: one marker ("group") or one per report ("each")
};

// --- small helpers --------------------------------------------------------------------------

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "list") node.setAttribute("list", value);
    else if (key in node) node[key] = value;
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function reviewer() {
  return document.getElementById("reviewer").value.trim() || (state.summary && state.summary.reviewer) || "analyst";
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" });
  const data = await response.json();
  if (!response.ok) throw Object.assign(new Error(data.error || response.statusText), { data, status: response.status });
  return data;
}

async function post(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": CSRF },
    body: JSON.stringify({ ...body, reviewer: reviewer() }),
    cache: "no-store",
  });
  const data = await response.json();
  if (!response.ok) throw Object.assign(new Error(data.error || response.statusText), { data, status: response.status });
  return data;
}

function banner(message, kind) {
  const box = document.getElementById("banner");
  box.replaceChildren();
  if (!message) { box.hidden = true; return; }
  box.className = kind || "";
  if (message instanceof Node) box.append(message); else box.textContent = message;
  box.hidden = false;
}

function dateLabel(record) {
  const s = record.date_start, e = record.date_end;
  if (!s) return "undated";
  return e && e !== s ? `${s} – ${e}` : s;
}

function findEvent(id) { return state.events.find((e) => e.id === id); }

// --- loading --------------------------------------------------------------------------------

async function loadAll() {
  const [summary, events] = await Promise.all([getJSON("/api/session"), getJSON("/api/events")]);
  state.summary = summary;
  state.events = events.events;
  const who = document.getElementById("reviewer");
  if (!who.value) who.value = localStorage.getItem("timeline-reviewer") || summary.reviewer || "";
  renderSummary();
  fillFilters();
  applyFilters();
  loadFigure();
}

function renderSummary() {
  const s = state.summary;
  const { reviewed, total } = s.progress;
  document.getElementById("progress-text").textContent = `${reviewed} of ${total} reviewed`;
  document.getElementById("progress-fill").style.width = total ? `${(100 * reviewed) / total}%` : "0";
  const docs = s.documents.map((d) => `${d.title}${d.dct ? ` (published ${d.dct}, from ${d.dct_source})` : ""}`);
  document.getElementById("docs").textContent = docs.join(" · ");
  const warnings = document.getElementById("warnings");
  warnings.hidden = !s.warnings.length;
  // every kind of warning (dates, actors, linked reports that disagree ...), as the built page says it
  warnings.replaceChildren(el("summary", {}, `⚠ ${s.warnings.length} warning${s.warnings.length === 1 ? "" : "s"}`),
    el("ul", {}, ...s.warnings.map((w) => el("li", {}, w))));
}

function fillSelect(id, values, anyLabel) {
  const select = document.getElementById(id);
  const current = select.value;
  select.replaceChildren(el("option", { value: "" }, anyLabel), ...values.map((v) => el("option", { value: v[0] }, v[1])));
  if (values.some((v) => v[0] === current)) select.value = current;
}

function fillFilters() {
  const uniq = (xs) => [...new Set(xs)].sort((a, b) => a.localeCompare(b));
  const actors = uniq(state.events.flatMap((e) => e.record.actors));
  fillSelect("f-actor", actors.map((a) => [a, a]), "any actor");
  fillSelect("f-type", uniq(state.events.map((e) => e.record.type)).map((t) => [t, t]), "any type");
  fillSelect("f-status", uniq(state.events.map((e) => e.record.status)).map((t) => [t, t]), "any status");
  fillSelect("f-doc", state.summary.documents.map((d) => [d.id, d.title]), "any document");
}

let figureRequest = 0;
async function loadFigure() {
  const mine = ++figureRequest;
  const box = document.getElementById("figure");
  try {
    const data = await getJSON(`/api/figure?lanes=${encodeURIComponent(state.lanes)}`);
    if (mine !== figureRequest) return;
    if (!data.figure || typeof Plotly === "undefined") {
      box.replaceChildren(el("p", { class: "muted" }, data.message || "The chart is not available."));
      return;
    }
    const layout = { ...data.figure.layout, autosize: true };
    // every lane legible (a lane of about 30 px at least), the two legends on their own rows: a
    // short chart crushed many lanes into an unreadable stack of names
    const lanes = ((layout.yaxis || {}).categoryarray || []).length;
    layout.height = Math.max(360, Math.min(layout.height || 360, 190 + 32 * lanes, 900));
    if (layout.legend2) layout.legend2 = { ...layout.legend2, y: 1 - 30 / layout.height };
    if (layout.title) layout.title = { text: "" };
    await Plotly.react(box, reportsShown(data.figure.data), layout, { displaylogo: false, responsive: true });
    reportSwitch(data.figure.data);
    if (!box.dataset.bound) {
      box.dataset.bound = "1";
      box.on("plotly_click", (ev) => {
        const point = ev.points && ev.points[0];
        const id = point && point.customdata && point.customdata[0];
        if (id && findEvent(id)) select(id, true);
      });
    }
  } catch (err) {
    box.replaceChildren(el("p", { class: "muted" }, `The chart could not be drawn: ${err.message}`));
  }
}

// the chart holds, for an event told by several articles, a trace of one marker per event
// ("group") and a hidden one of a marker per report ("each"; meta.reports): the switch above the
// chart shows one or the other, as the switch of the built page does
function reportsShown(traces) {
  return traces.map((t) => {
    const view = t.meta && t.meta.role === "events" ? t.meta.reports || "both" : null;
    return view === null ? t : { ...t, visible: view === "both" || view === state.reports };
  });
}

function reportSwitch(traces) {
  let groups = 0, reports = 0;
  for (const t of traces) {
    if (!t.meta || t.meta.role !== "events") continue;
    if (t.meta.reports === "group") groups += (t.customdata || []).length;
    if (t.meta.reports === "each") reports += (t.customdata || []).length;
  }
  const tools = document.querySelector("#chart-panel .chart-tools");
  const old = document.getElementById("show-reports-label");
  if (old) old.remove();
  if (!tools || !groups) return;
  const input = el("input", { type: "checkbox", id: "show-reports", checked: state.reports === "each",
    onchange: () => { state.reports = input.checked ? "each" : "group"; loadFigure(); } });
  tools.append(el("label", { id: "show-reports-label", class: "report-switch" }, input,
    ` show every report (${groups} event${groups === 1 ? "" : "s"} told by several articles, in ${reports} reports)`));
}

// --- queue ----------------------------------------------------------------------------------

function applyFilters() {
  const unreviewed = document.getElementById("f-unreviewed").checked;
  const flagged = document.getElementById("f-flagged").checked;
  const actor = document.getElementById("f-actor").value;
  const type = document.getElementById("f-type").value;
  const status = document.getElementById("f-status").value;
  const doc = document.getElementById("f-doc").value;
  state.shown = state.events.filter((e) => {
    const r = e.record;
    if (unreviewed && e.decision.status !== "unreviewed") return false;
    if (flagged && !(r.flags.length || e.missing_since)) return false;
    if (actor && !r.actors.includes(actor)) return false;
    if (type && r.type !== type) return false;
    if (status && r.status !== status) return false;
    if (doc && r.doc !== doc) return false;
    return true;
  });
  renderQueue();
  if (!state.selected || !findEvent(state.selected)) {
    state.selected = state.shown.length ? state.shown[0].id : null;
  }
  renderDetail();
}

// the outlet an event was read in (else the article's title or id): with several articles, the
// queue says which one each event comes from
function outletOf(docId) {
  const d = (state.summary.documents || []).find((doc) => doc.id === docId);
  return d ? d.outlet || d.title || d.id : docId;
}

function renderQueue() {
  const list = document.getElementById("queue");
  const multi = (state.summary.documents || []).length > 1;
  list.replaceChildren(...state.shown.map((e) => {
    const r = e.record;
    const item = el("li", {
      class: `${e.review}${e.id === state.selected ? " selected" : ""}`,
      dataset: { id: e.id },
      onclick: () => select(e.id, false),
    },
      el("div", { class: "q-line" },
        el("span", { class: "q-date" }, dateLabel(r)),
        el("span", { class: "badge type" }, r.type),
        r.status !== "occurred" ? el("span", { class: "badge" }, r.status) : null,
        e.review !== "unreviewed" ? el("span", { class: `badge review-${e.review}` }, e.review) : null,
        r.flags.length ? el("span", { class: "badge flag", title: r.flags.join(", ") }, `${r.flags.length} flag${r.flags.length > 1 ? "s" : ""}`) : null,
        e.missing_since ? el("span", { class: "badge missing" }, "no longer extracted") : null,
        multi ? el("span", { class: "q-source muted" }, outletOf(r.doc)) : null),
      el("div", { class: "q-summary" }, r.summary));
    return item;
  }));
  document.getElementById("queue-count").textContent = `${state.shown.length} of ${state.events.length} events shown`;
}

function select(id, scroll) {
  state.selected = id;
  state.editing = false;
  for (const li of document.querySelectorAll("#queue li")) li.classList.toggle("selected", li.dataset.id === id);
  const item = [...document.querySelectorAll("#queue li")].find((li) => li.dataset.id === id);
  if (item && scroll !== false) item.scrollIntoView({ block: "nearest" });
  renderDetail();
}

function step(delta) {
  if (!state.shown.length) return;
  let index = state.shown.findIndex((e) => e.id === state.selected);
  index = Math.max(0, Math.min(state.shown.length - 1, index + delta));
  select(state.shown[index].id, true);
}

// --- detail ---------------------------------------------------------------------------------

function highlighted(sentence, marks) {
  // marks: [[start, end, class]] relative to the sentence; overlapping marks are dropped
  const spans = marks.filter((m) => m && m[0] !== undefined && m[0] < m[1]).sort((a, b) => a[0] - b[0]);
  const out = [];
  let at = 0;
  for (const [start, end, cls] of spans) {
    if (start < at) continue;
    out.push(sentence.slice(at, start));
    out.push(el("mark", { class: cls, title: cls === "date" ? "date expression" : "trigger" }, sentence.slice(start, end)));
    at = end;
  }
  out.push(sentence.slice(at));
  return out;
}

// the article an event was read in, as an analyst cites it: outlet, title (a link to the page when
// its address is a web address), publication date, and the document id
function sourceLine(docId) {
  const d = (state.summary.documents || []).find((x) => x.id === docId);
  if (!d) return [docId || "unknown document"];
  const title = d.title && d.title !== d.id ? `“${d.title}”` : "";
  const named = /^https?:\/\//i.test(d.url || "") && title
    ? el("a", { href: d.url, target: "_blank", rel: "noopener noreferrer" }, title) : title;
  const out = [];
  if (d.outlet) out.push(d.outlet, named ? ", " : "");
  if (named) out.push(named);
  out.push(d.dct ? ` (published ${d.dct})` : " (no publication date)");
  out.push(el("span", { class: "muted" }, ` · ${d.id}`));
  return out.filter((x) => x !== "");
}

function renderDetail() {
  const box = document.getElementById("detail");
  const e = findEvent(state.selected);
  if (!e) {
    box.replaceChildren(el("p", { class: "muted" }, state.events.length ? "No event matches the filters." : "This session has no events."));
    return;
  }
  const r = e.record, x = e.extracted, ev = e.evidence;
  const marks = [];
  if (ev.trigger) marks.push([ev.trigger[0], ev.trigger[1], "trigger"]);
  if (ev.date) marks.push([ev.date[0], ev.date[1], "date"]);
  const changedDate = r.date_start !== x.date_start || r.date_end !== x.date_end;
  const actorsLine = [r.actors.join(", ") || "none"];
  if (r.source_actor || r.target_actor) actorsLine.push(` (${r.source_actor || "?"} → ${r.target_actor || "?"})`);

  box.replaceChildren(...[
    el("div", { class: "head-line" },
      el("span", { class: "when", id: "event-date" }, dateLabel(r)),
      el("span", { class: "badge" }, r.precision),
      el("span", { class: "badge type" }, r.mode ? `${r.type} (${r.mode})` : r.type),
      el("span", { class: "badge" }, r.status),
      el("span", { class: `badge review-${e.review}`, id: "event-review" }, e.review),
      el("span", { class: "badge", title: "extraction confidence" }, `confidence ${r.confidence}`),
      ...r.flags.map((f) => el("span", { class: "badge flag" }, f)),
      e.missing_since ? el("span", { class: "badge missing", title: e.carry_note || "" }, `no longer extracted since run ${e.missing_since}`) : null,
      e.carry_note ? el("span", { class: "badge flag" }, "decision not carried: two edited events alike") : null),
    el("h2", {}, r.summary),
    el("div", { class: "evidence" }, el("span", { class: "label" }, "Evidence"), ...highlighted(ev.sentence, marks)),
    ev.date_sentence ? el("div", { class: "evidence" }, el("span", { class: "label" }, "Date expression, in its sentence"),
      ...highlighted(ev.date_sentence.sentence, [[ev.date_sentence.date[0], ev.date_sentence.date[1], "date"]])) : null,
    ...ev.mentions.map((m) => el("div", { class: "evidence" }, el("span", { class: "label" }, "Also mentioned"),
      ...highlighted(m.sentence, [m.trigger ? [m.trigger[0], m.trigger[1], "trigger"] : null]))),
    el("dl", { class: "facts" },
      el("dt", {}, "Date"), el("dd", { class: changedDate ? "changed" : "" }, dateLabel(r), ` (${r.precision}; rests on: ${BASIS[r.date_basis] || r.date_basis})`),
      r.date_text ? el("dt", {}, "Expression") : null,
      r.date_text ? el("dd", {}, `“${r.date_text}”`, r.timex ? ` = ${r.timex}` : "") : null,
      el("dt", {}, "Derivation"), el("dd", { id: "event-derivation" }, r.date_derivation || "none given"),
      ownDiffers(r) ? el("dt", {}, "This report alone") : null,
      ownDiffers(r) ? el("dd", { id: "event-own-date" }, dateLabel(r.report_date),
        r.report_date.date_text ? ` (“${r.report_date.date_text}”)` : "", ` — rests on: ${BASIS[r.report_date.date_basis] || r.report_date.date_basis}`) : null,
      changedDate ? el("dt", {}, "Extracted") : null, changedDate ? el("dd", {}, dateLabel(x)) : null,
      el("dt", {}, "Source"), el("dd", { id: "event-source" }, ...sourceLine(r.doc)),
      el("dt", {}, "Actors"), el("dd", {}, ...actorsLine),
      el("dt", {}, "Location"), el("dd", {}, r.location || "not stated"),
      el("dt", {}, "Trigger"), el("dd", {}, r.trigger),
      e.merged_from.length ? el("dt", {}, "Merged in") : null,
      e.merged_from.length ? el("dd", {}, e.merged_from.map((id) => (findEvent(id) ? findEvent(id).record.summary : id)).join("; ")) : null,
      e.decision.reviewer ? el("dt", {}, "Last decision") : null,
      e.decision.reviewer ? el("dd", {}, `${e.decision.reviewer}, ${e.decision.updated_at} (version ${e.decision.version})`) : null),
    el("div", { class: "actions" },
      el("button", { type: "button", class: "accept", id: "accept", onclick: () => decide("accept") }, "Accept (a)"),
      el("button", { type: "button", class: "reject", id: "reject", onclick: () => decide("reject") }, "Reject (r)"),
      el("button", { type: "button", id: "edit", onclick: () => openEditor() }, "Edit (e)"),
      e.review !== "unreviewed" ? el("button", { type: "button", id: "reset", onclick: () => decide("reset") }, "Back to unreviewed") : null),
    state.editing ? editor(e) : null,
    reportsBox(e),
    mergeBox(e),
    notesBox(e),
    historyBox(e),
  ].filter(Boolean));
}

function field(label, input, wide) {
  return [el("label", { htmlFor: input.id }, label), wide ? el("div", { class: "wide" }, input) : input];
}

function editor(e) {
  const r = e.record;
  const opts = (values, current) => values.map((v) => el("option", { value: v, selected: v === current }, v));
  const start = el("input", { type: "date", id: "edit-date-start", value: r.date_start || "" });
  const end = el("input", { type: "date", id: "edit-date-end", value: r.date_end || "" });
  const precision = el("select", { id: "edit-precision" }, el("option", { value: "" }, "from the dates"), ...opts(PRECISIONS, null));
  const type = el("input", { type: "text", id: "edit-type", value: r.type, list: "types" });
  const types = el("datalist", { id: "types" }, ...[...new Set(state.events.map((x) => x.record.type))].map((t) => el("option", { value: t })));
  const status = el("select", { id: "edit-status" }, ...opts(STATUSES, r.status));
  const actors = el("input", { type: "text", id: "edit-actors", value: r.actors.join(", ") });
  const source = el("input", { type: "text", id: "edit-source", value: r.source_actor || "" });
  const target = el("input", { type: "text", id: "edit-target", value: r.target_actor || "" });
  const location = el("input", { type: "text", id: "edit-location", value: r.location || "" });
  const summary = el("input", { type: "text", id: "edit-summary", value: r.summary });
  const preview = el("div", { class: "preview", id: "edit-preview" });
  const form = el("form", { class: "edit", id: "edit-form", onsubmit: (ev) => { ev.preventDefault(); saveEdit(e); } },
    ...field("Date from", start), ...field("to", end),
    ...field("Precision", precision), ...field("Type", type), types,
    ...field("Status", status), ...field("Location", location),
    ...field("Actors", actors, true),
    ...field("Source", source), ...field("Target", target),
    ...field("Summary", summary, true),
    preview,
    el("div", { class: "buttons" },
      el("button", { type: "submit", class: "primary", id: "edit-save" }, "Save"),
      el("button", { type: "button", onclick: () => { state.editing = false; renderDetail(); } }, "Cancel")));
  const refresh = () => previewEdit(e);
  // a single day stays a single day when its start moves; an end before the start follows it
  let lastStart = start.value;
  start.addEventListener("change", () => {
    if (start.value && (!end.value || end.value === lastStart || end.value < start.value)) end.value = start.value;
    lastStart = start.value;
  });
  for (const input of [start, end, precision]) input.addEventListener("change", refresh);
  setTimeout(() => start.focus(), 0);
  return form;
}

function formChanges(e) {
  const r = e.record;
  const value = (id) => document.getElementById(id).value.trim();
  const changes = {};
  const start = value("edit-date-start"), end = value("edit-date-end"), precision = value("edit-precision");
  if (start !== (r.date_start || "") || end !== (r.date_end || "")) {
    changes.date_start = start || null;
    changes.date_end = end || start || null;
  }
  if (precision) changes.precision = precision;
  if (value("edit-type") && value("edit-type") !== r.type) changes.type = value("edit-type");
  if (value("edit-status") !== r.status) changes.status = value("edit-status");
  const actors = value("edit-actors").split(",").map((a) => a.trim()).filter(Boolean);
  if (actors.join("\u0001") !== r.actors.join("\u0001")) changes.actors = actors;
  if (value("edit-source") !== (r.source_actor || "")) changes.source_actor = value("edit-source") || null;
  if (value("edit-target") !== (r.target_actor || "")) changes.target_actor = value("edit-target") || null;
  if (value("edit-location") !== (r.location || "")) changes.location = value("edit-location") || null;
  if (value("edit-summary") !== r.summary) changes.summary = value("edit-summary");
  return changes;
}

function movesList(moves, selfId) {
  const others = moves.filter((m) => m.id !== selfId);
  if (!others.length) return el("p", { class: "muted" }, "No other event's date depends on this one.");
  return el("ul", {}, ...others.map((m) => el("li", { class: "move" },
    `${m.summary}: ${m.from[0] || "undated"}${m.from[1] && m.from[1] !== m.from[0] ? ` – ${m.from[1]}` : ""} → `,
    el("strong", {}, `${m.to[0] || "undated"}${m.to[1] && m.to[1] !== m.to[0] ? ` – ${m.to[1]}` : ""}`),
    m.flags_added.length ? ` (new flags: ${m.flags_added.join(", ")})` : "")));
}

let previewRequest = 0;
async function previewEdit(e) {
  const box = document.getElementById("edit-preview");
  if (!box) return;
  const changes = formChanges(e);
  if (!("date_start" in changes) && !("precision" in changes)) { box.replaceChildren(); return; }
  const mine = ++previewRequest;
  try {
    const data = await post(`/api/events/${encodeURIComponent(e.id)}/preview`, { changes });
    if (mine !== previewRequest || !document.getElementById("edit-preview")) return;
    box.replaceChildren(el("strong", {}, "Saving will move:"), movesList(data.moves, e.id),
      ...data.warnings.map((w) => el("p", { class: "badge flag" }, w)));
  } catch (err) {
    box.replaceChildren(el("p", { class: "badge flag" }, err.data ? `${err.data.error}${err.data.fix ? ` (${err.data.fix})` : ""}` : err.message));
  }
}

async function saveEdit(e) {
  const changes = formChanges(e);
  if (!Object.keys(changes).length) { state.editing = false; renderDetail(); return; }
  await act(() => post(`/api/events/${encodeURIComponent(e.id)}/edit`, { version: e.decision.version, changes }), (data) => {
    state.editing = false;
    const others = (data.moved || []).filter((m) => m.id !== e.id);
    if (others.length) banner(el("div", {}, el("strong", {}, "Saved. Dates that moved with it:"), movesList(others, e.id)), "info");
    else banner("Saved.", "info");
  }, false);
}

function mergeBox(e) {
  if (e.decision.status === "merged") {
    const into = findEvent(e.decision.merged_into);
    return el("section", { class: "box" }, el("h3", {}, "Merged"),
      el("p", {}, "Merged as a duplicate into: ", into ? into.record.summary : e.decision.merged_into));
  }
  // the likeliest duplicates first: the same event told by another article has the same type, an
  // actor in common and a date that overlaps this one; then the nearest dates
  const r = e.record, far = Date.parse("2100-01-01");
  const day = (d) => (d ? Date.parse(d) : far);
  const unlike = (x) => (x.record.type === r.type ? 0 : 2)
    + (x.record.actors.some((a) => r.actors.includes(a)) ? 0 : 1)
    + (r.date_start && x.record.date_start && day(x.record.date_start) <= day(r.date_end || r.date_start)
       && day(r.date_start) <= day(x.record.date_end || x.record.date_start) ? 0 : 1);
  const candidates = state.events.filter((x) => x.id !== e.id && x.decision.status !== "merged")
    .map((x) => [unlike(x), Math.abs(day(x.record.date_start) - day(r.date_start)), x])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map((t) => t[2]);
  const pick = el("select", { id: "merge-pick" }, el("option", { value: "" }, "pick a duplicate of this event…"),
    ...candidates.map((x) => el("option", { value: x.id }, `${dateLabel(x.record)} ${x.record.type}: ${x.record.summary} (${outletOf(x.record.doc)})`)));
  return el("section", { class: "box" }, el("h3", {}, "Merge a duplicate into this event"),
    el("div", { class: "actions" }, pick,
      el("button", { type: "button", id: "merge", onclick: () => {
        const dup = findEvent(pick.value);
        if (!dup) return;
        act(() => post(`/api/events/${encodeURIComponent(e.id)}/merge`,
          { version: e.decision.version, duplicate: dup.id, duplicate_version: dup.decision.version }), () => banner("Merged: the duplicate is kept as evidence of this event.", "info"), false);
      } }, "Merge")));
}

// the same event told by other articles (linked by the tool): each report's source and date, and a
// button that splits a wrong link (the event then stands alone; undo links it again)
function reportsBox(e) {
  const r = e.record, split = e.decision.edits && e.decision.edits.split_from_group;
  if (split) {
    return el("section", { class: "box", id: "reports" }, el("h3", {}, "Other reports"),
      el("p", {}, "Split from its report group by an analyst: this event stands alone (undo links it again)."));
  }
  if (!r.linked_events || !r.linked_events.length) return null;
  return el("section", { class: "box", id: "reports" }, el("h3", {}, `Told by ${r.reports} reports`),
    el("ul", {}, ...r.linked_events.map((id) => {
      const x = findEvent(id);
      // each report as its own text dates it (the evidence), whatever date the group took
      const own = x && (x.record.report_date || x.record);
      return el("li", {}, x ? `${dateLabel(own)}${own.date_text ? ` (“${own.date_text}”)` : ""} · ${outletOf(x.record.doc)}: ${x.record.sentence}` : id);
    })),
    el("div", { class: "actions" }, el("button", { type: "button", id: "split", onclick: () =>
      act(() => post(`/api/events/${encodeURIComponent(e.id)}/split`, { version: e.decision.version }),
        () => banner("Split: this event no longer counts as a report of the others.", "info"), false),
    }, "Not the same event: split")));
}

// linking dated this report by another report of the same event: its own date differs
function ownDiffers(r) {
  const own = r.report_date;
  return !!own && (own.date_start !== r.date_start || own.date_end !== r.date_end);
}

function notesBox(e) {
  const text = el("textarea", { id: "note-text", placeholder: "A note for other analysts (sources checked, doubts…)" });
  return el("section", { class: "box" }, el("h3", {}, `Notes (${e.notes.length})`),
    ...e.notes.map((n) => el("div", { class: "note" }, el("div", { class: "meta" }, `${n.reviewer}, ${n.at}`), el("div", {}, n.text))),
    text,
    el("div", { class: "actions" }, el("button", { type: "button", id: "add-note", onclick: () => {
      if (!text.value.trim()) return;
      act(() => post(`/api/events/${encodeURIComponent(e.id)}/notes`, { text: text.value }), () => banner(null), false);
    } }, "Add note")));
}

function historyBox(e) {
  const box = el("section", { class: "box", id: "history" }, el("h3", {}, "History"));
  getJSON(`/api/audit?event=${encodeURIComponent(e.id)}`).then((data) => {
    if (!data.audit.length) { box.append(el("p", { class: "muted" }, "No decision yet.")); return; }
    box.append(el("ul", { class: "history" }, ...data.audit.map((a) => el("li", {},
      `${a.at} ${a.reviewer}: ${a.action}${a.undone_by ? " (undone)" : ""}`,
      a.action === "note" ? "" : ` → ${brief(a.after)}`))));
  }).catch(() => {});
  return box;
}

// --- decisions ------------------------------------------------------------------------------

async function act(call, after, advance) {
  const before = state.selected;
  try {
    const data = await call();
    if (after) after(data);
    else banner(null);
    await reload();
    if (advance) {
      const index = state.shown.findIndex((x) => x.id === before);
      const next = state.shown.slice(index + 1).find((x) => x.decision.status === "unreviewed") || state.shown[index + 1];
      if (next) select(next.id, true);
    }
  } catch (err) {
    if (err.status === 409 && err.data && err.data.current) {
      const c = err.data.current;
      const msg = el("div", {},
        el("strong", {}, "Not saved: "), err.data.error, ". ",
        `Their version: ${c.review}, ${dateLabel(c.record)}, ${c.record.type}, ${c.record.status}`,
        c.decision.reviewer ? ` (by ${c.decision.reviewer} at ${c.decision.updated_at})` : "",
        ". The event now shows their change; decide again if needed.");
      banner(msg);
      await reload();
    } else {
      banner(err.data ? `${err.data.error}${err.data.fix ? ` (${err.data.fix})` : ""}` : `Failed: ${err.message}`);
    }
  }
}

async function reload() {
  const [summary, events] = await Promise.all([getJSON("/api/session"), getJSON("/api/events")]);
  state.summary = summary;
  state.events = events.events;
  renderSummary();
  fillFilters();
  applyFilters();
  loadFigure();
  if (!document.getElementById("audit-panel").hidden) loadAudit();
}

function decide(action) {
  const e = findEvent(state.selected);
  if (!e) return;
  act(() => post(`/api/events/${encodeURIComponent(e.id)}/decision`, { version: e.decision.version, action }), null, action !== "reset");
}

function openEditor() {
  if (!findEvent(state.selected)) return;
  state.editing = true;
  renderDetail();
}

function undo() {
  act(() => post("/api/undo", {}), (data) => {
    banner(`Undone: ${data.undid} on “${data.event.record.summary}”.`, "info");
    state.selected = data.event.id;
  }, false);
}

// --- audit ----------------------------------------------------------------------------------

function brief(s) {
  if (!s) return "";
  const edits = Object.entries(s.edits || {}).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join("; ") : v}`);
  return `${s.status}${s.merged_into ? ` into ${s.merged_into}` : ""}${edits.length ? `; ${edits.join(", ")}` : ""} (v${s.version})`;
}

async function loadAudit() {
  const data = await getJSON("/api/audit");
  const body = document.querySelector("#audit tbody");
  body.replaceChildren(...data.audit.map((a) => {
    const event = findEvent(a.event_id);
    const canUndo = !a.undone_by && !a.undoes && a.action !== "note";
    return el("tr", {},
      el("td", {}, a.id), el("td", {}, a.at), el("td", {}, a.reviewer),
      el("td", {}, a.action + (a.undone_by ? " (undone)" : "") + (a.detail && a.detail.note ? `: ${a.detail.note}` : "")),
      el("td", {}, el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); if (event) select(a.event_id, true); } }, event ? event.record.summary : a.event_id)),
      el("td", { class: "json" }, brief(a.before)), el("td", { class: "json" }, brief(a.after)),
      el("td", {}, canUndo ? el("button", { type: "button", onclick: () => act(() => post("/api/undo", { audit_id: a.id }), () => banner("Undone.", "info"), false) }, "Undo") : null));
  }));
}

// --- wiring ---------------------------------------------------------------------------------

function typing(target) {
  return target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

document.addEventListener("keydown", (ev) => {
  if (ev.key === "Escape" && state.editing) { state.editing = false; renderDetail(); return; }
  if (ev.ctrlKey || ev.metaKey || ev.altKey || typing(ev.target)) return;
  const keys = { a: () => decide("accept"), r: () => decide("reject"), j: () => step(1), k: () => step(-1), u: undo, e: openEditor };
  if (keys[ev.key]) { ev.preventDefault(); keys[ev.key](); }
});

for (const id of ["f-unreviewed", "f-flagged", "f-actor", "f-type", "f-status", "f-doc"]) {
  document.getElementById(id).addEventListener("change", applyFilters);
}
document.getElementById("undo").addEventListener("click", undo);
document.getElementById("show-audit").addEventListener("click", () => {
  document.getElementById("audit-panel").hidden = false;
  loadAudit();
  document.getElementById("audit-panel").scrollIntoView();
});
document.getElementById("hide-audit").addEventListener("click", () => { document.getElementById("audit-panel").hidden = true; });
document.getElementById("reviewer").addEventListener("change", (ev) => localStorage.setItem("timeline-reviewer", ev.target.value.trim()));

// other analysts' decisions show up without a reload (not while this one is editing or typing)
setInterval(async () => {
  if (!state.summary || state.editing || document.hidden || typing(document.activeElement)) return;
  try {
    const summary = await getJSON("/api/session");
    if (summary.revision !== state.summary.revision) await reload();
  } catch (err) { /* the server may be restarting: try again later */ }
}, 5000);

loadAll().catch((err) => banner(`Could not load the session: ${err.message}`));
