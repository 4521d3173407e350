(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var config = { displaylogo: false, responsive: true, scrollZoom: false,
    modeBarButtonsToRemove: ["lasso2d", "select2d", "autoScale2d"],
    toImageButtonOptions: { format: "png", scale: 2, filename: "timeline" } };
  var views = { timeline: "chart", network: "network" };
  var drawn = {};

  function draw(view) {
    var el = document.getElementById(views[view]);
    var fig = view === "timeline" ? data.figure : data.network;
    if (!drawn[view]) {
      var layout = fig.layout;
      if (view === "timeline") { layout = laneButtons(el, fig.layout); }
      Plotly.newPlot(el, fig.data, layout, config);
      drawn[view] = true;
      if (view === "timeline") {
        el.on("plotly_click", function (ev) {
          var p = ev && ev.points && ev.points[0];
          if (p && p.customdata) { showRow(p.customdata[0]); }
        });
        el.on("plotly_afterplot", function () { nameLanes(el); syncTopAxis(el); });
        estimateSwitch(el);
        reportSwitch(el);
        fitTop(el);
        syncTopAxis(el);
        nameLanes(el);
      } else {
        el.on("plotly_afterplot", function () { placeLabels(el); });
        placeLabels(el);
      }
    } else {
      Plotly.Plots.resize(el);
    }
  }

  // --- the chart's lane switch: page buttons (they wrap on a narrow screen) that keep the zoom ---
  function laneButtons(el, layout) {
    var menus = layout.updatemenus || [];
    var box = document.getElementById("lane-buttons");
    if (!menus.length || !box) { return layout; }
    var menu = menus[0];
    var copy = Object.assign({}, layout);
    delete copy.updatemenus;          // drawn by the page instead
    menu.buttons.forEach(function (b, i) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = b.label;
      button.setAttribute("aria-pressed", String(i === (menu.active || 0)));
      button.addEventListener("click", function () {
        var range = (el.layout.xaxis.range || []).slice();
        var relayout = Object.assign({}, b.args[1]);
        if (range.length === 2) { relayout["xaxis.range"] = range; relayout["xaxis.autorange"] = false; }
        relayout["margin.t"] = el.layout.margin.t;
        relayout.height = b.args[1].height + (el.layout.margin.t - data.figure.layout.margin.t);
        delete relayout["legend2.y"];     // placed by fitTop, from what the legends measure
        Plotly.update(el, b.args[0], relayout).then(function () { fitTop(el); });
        box.querySelectorAll("button").forEach(function (other) {
          other.setAttribute("aria-pressed", String(other === button));
        });
      });
      box.appendChild(button);
    });
    return copy;
  }

  // --- a switch that hides the events dated only from tense (long faint bars): what the texts
  // date stays; the table still lists every event ---
  function estimateSwitch(el) {
    var box = document.getElementById("lane-buttons");
    var count = 0;
    el.data.forEach(function (t) {
      if (isEstimate(t) && (t.meta.reports === "both" || t.meta.reports === shown.reports)) { count += (t.customdata || []).length; }
    });
    if (!box || !count) { return; }
    var label = document.createElement("label");
    label.className = "estimate-switch";
    var input = document.createElement("input");
    input.type = "checkbox";
    input.checked = true;
    input.id = "show-estimates";
    input.addEventListener("change", function () {
      shown.estimates = input.checked;
      applyVisibility(el);
    });
    label.appendChild(input);
    label.appendChild(document.createTextNode(" show the " + count + " event" + (count === 1 ? "" : "s") +
      " dated only from tense"));
    box.insertBefore(label, box.firstChild);
  }

  // --- what the chart shows: estimates from tense (switch above), and for an event told by several
  // articles one marker for the group or one per report (switch above); both switches restyle
  // the same traces, so each computes every trace's visibility from both ---
  var shown = { estimates: true, reports: data.reports_view || "group" };
  function isEstimate(t) {
    return t.meta && t.meta.role === "events" && (t.meta.kind === "estimate" || t.meta.kind === "narrowed");
  }
  function applyVisibility(el) {
    var ids = [], vis = [];
    el.data.forEach(function (t, i) {
      if (!t.meta || t.meta.role !== "events") { return; }
      var view = t.meta.reports || "both";
      ids.push(i);
      vis.push((view === "both" || view === shown.reports) && (shown.estimates || !isEstimate(t)));
    });
    if (ids.length) { Plotly.restyle(el, { visible: vis }, ids); }
  }
  function reportSwitch(el) {
    var box = document.getElementById("lane-buttons");
    var groups = 0, reports = 0;
    el.data.forEach(function (t) {
      if (!t.meta || t.meta.role !== "events") { return; }
      if (t.meta.reports === "group") { groups += (t.customdata || []).length; }
      if (t.meta.reports === "each") { reports += (t.customdata || []).length; }
    });
    if (!box || !groups) { return; }
    var label = document.createElement("label");
    label.className = "estimate-switch";
    var input = document.createElement("input");
    input.type = "checkbox";
    input.checked = shown.reports === "each";
    input.id = "show-reports";
    input.addEventListener("change", function () {
      shown.reports = input.checked ? "each" : "group";
      applyVisibility(el);
    });
    label.appendChild(input);
    label.appendChild(document.createTextNode(" show every report (" + groups + " event" + (groups === 1 ? "" : "s") +
      " told by several articles, in " + reports + " reports)"));
    box.insertBefore(label, box.firstChild);
  }

  // the legends wrap on a narrow screen: the date legend goes below the status legend, and the
  // chart makes room for both above the top date axis
  function fitTop(el) {
    var top = el.getBoundingClientRect().top;
    var first = el.querySelector("g.legend"), second = el.querySelector("g.legend2");
    if (!first) { return; }
    var r1 = first.getBoundingClientRect(), h2 = second ? second.getBoundingClientRect().height : 0;
    var below = Math.ceil(r1.bottom - top) + 2, height = el.layout.height;
    var want = below + Math.ceil(h2) + 50, have = el.layout.margin.t, update = {};
    if (Math.abs(want - have) > 4) { update["margin.t"] = want; update.height = height + want - have; }
    var newHeight = update.height || height;
    var y2 = 1 - below / newHeight;
    if (second && Math.abs((el.layout.legend2 || {}).y - y2) * newHeight > 2) { update["legend2.y"] = y2; }
    if (Object.keys(update).length) { Plotly.relayout(el, update); }
  }

  // the top axis repeats the bottom one's ticks (its own would be computed apart)
  function syncTopAxis(el) {
    var full = el._fullLayout, ax = full && full.xaxis;
    if (!ax || !ax._vals || !full.xaxis2) { return; }
    var vals = ax._vals.map(function (v) { return v.x; });
    var text = ax._vals.map(function (v) { return v.text; });
    var now = el.layout.xaxis2 || {};
    if (JSON.stringify(now.tickvals) === JSON.stringify(vals) && JSON.stringify(now.ticktext) === JSON.stringify(text)) { return; }
    Plotly.relayout(el, { "xaxis2.tickmode": "array", "xaxis2.tickvals": vals, "xaxis2.ticktext": text });
  }

  // a lane label cut short ("…") shows the full name on hover
  function nameLanes(el) {
    var lay = el.layout, names = lay.meta && lay.meta.lane_names;
    if (!names) { return; }
    var all = [];
    Object.keys(names).forEach(function (mode) { all = all.concat(names[mode] || []); });
    el.querySelectorAll(".yaxislayer-above .ytick text").forEach(function (t) {
      var label = t.getAttribute("data-unformatted") || "", name = null;
      if (label.slice(-1) === "…") {
        var stem = label.slice(0, -1);
        name = all.filter(function (n) { return n.indexOf(stem) === 0; })[0] || null;
      }
      var g = t.parentNode, title = g.querySelector(":scope > title");  // beside the text, not in it
      if (name && !title) { title = document.createElementNS("http://www.w3.org/2000/svg", "title"); g.appendChild(title); }
      if (title) { title.textContent = name || ""; }
      if (name) { t.style.pointerEvents = "all"; }
    });
  }

  // --- network labels: the busiest nodes named first, each where it overlaps nothing ---
  var measure = document.createElement("canvas").getContext("2d");
  function placeLabels(el) {
    var full = el._fullLayout, xa = full && full.xaxis, ya = full && full.yaxis;
    if (!xa || !xa._length) { return; }
    var traces = el.data, boxes = [], want = [];
    traces.forEach(function (t, ti) {
      if (!t.meta || t.meta.role !== "nodes") { return; }
      var sizes = Array.isArray(t.marker.size) ? t.marker.size : [];
      t.x.forEach(function (x, i) {
        var px = xa.c2p(x), py = ya.c2p(t.y[i]), r = (sizes[i] || t.marker.size || 10) / 2 + 1;
        boxes.push([px - r, py - r, px + r, py + r, t.meta.kind === "event"]);
        var label = (t.meta.labels || [])[i];
        if (label) { want.push({ t: ti, i: i, x: px, y: py, r: r, label: label, rank: (t.meta.rank || [])[i] || 0 }); }
      });
    });
    want.sort(function (a, b) { return b.rank - a.rank || a.label.localeCompare(b.label); });
    measure.font = "12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    var W = xa._length, H = ya._length, text = {}, pos = {};
    traces.forEach(function (t, ti) {
      if (t.meta && t.meta.role === "nodes") { text[ti] = t.x.map(function () { return ""; }); pos[ti] = t.x.map(function () { return "top center"; }); }
    });
    // first choice: over nothing; else over event diamonds only (drawn beneath, the label haloed)
    function free(b, overEvents) {
      if (b[0] < 0 || b[2] > W || b[1] < 0 || b[3] > H) { return false; }
      return !boxes.some(function (o) {
        return !(overEvents && o[4]) && b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3];
      });
    }
    want.forEach(function (w) {
      var tw = measure.measureText(w.label).width + 4, th = 15, g = 2;
      var options = [
        ["top center", w.x - tw / 2, w.y - w.r - g - th], ["bottom center", w.x - tw / 2, w.y + w.r + g],
        ["middle right", w.x + w.r + g, w.y - th / 2], ["middle left", w.x - w.r - g - tw, w.y - th / 2],
        ["top right", w.x + w.r * 0.7, w.y - w.r - th], ["top left", w.x - w.r * 0.7 - tw, w.y - w.r - th],
        ["bottom right", w.x + w.r * 0.7, w.y + w.r], ["bottom left", w.x - w.r * 0.7 - tw, w.y + w.r]];
      // beside the node first (over nothing, then over events), then at its corners
      for (var pass = 0; pass < 4; pass++) {
        for (var k = pass < 2 ? 0 : 4; k < (pass < 2 ? 4 : options.length); k++) {
          var b = [options[k][1], options[k][2], options[k][1] + tw, options[k][2] + th, false];
          if (free(b, pass % 2 === 1)) { boxes.push(b); text[w.t][w.i] = w.label; pos[w.t][w.i] = options[k][0]; return; }
        }
      }
    });
    var ids = Object.keys(text).map(Number);
    var same = ids.every(function (ti) {
      return JSON.stringify(traces[ti].text || []) === JSON.stringify(text[ti]) &&
        JSON.stringify(traces[ti].textposition || []) === JSON.stringify(pos[ti]);
    });
    if (same) { return; }
    Plotly.restyle(el, { text: ids.map(function (ti) { return text[ti]; }),
                         textposition: ids.map(function (ti) { return pos[ti]; }) }, ids);
  }

  function selectView(view) {
    Object.keys(views).forEach(function (v) {
      document.getElementById("view-" + v).hidden = v !== view;
      document.getElementById("tab-" + v).setAttribute("aria-selected", String(v === view));
    });
    draw(view);
  }
  Object.keys(views).forEach(function (v) {
    document.getElementById("tab-" + v).addEventListener("click", function () { selectView(v); });
  });

  // --- the events table: built with text nodes only (article text is never parsed as HTML) ---
  var rows = data.events;
  var tbody = document.querySelector("#events-table tbody");
  var filterInput = document.getElementById("event-filter");
  var statusSelect = document.getElementById("status-filter");
  var countEl = document.getElementById("event-count");
  var sortKey = "date", sortDir = 1;

  function td(tr, text, cls) {
    var cell = document.createElement("td");
    if (cls) { cell.className = cls; }
    cell.textContent = text == null ? "" : String(text);
    tr.appendChild(cell);
    return cell;
  }

  function evidence(tr, r) {
    var cell = td(tr, "", "evidence");
    var s = r.sentence || "", pos = 0;
    (r.marks || []).forEach(function (m) {
      if (m[0] < pos || m[1] > s.length) { return; }
      cell.appendChild(document.createTextNode(s.slice(pos, m[0])));
      var mark = document.createElement("mark");
      mark.className = m[2];
      mark.textContent = s.slice(m[0], m[1]);
      cell.appendChild(mark);
      pos = m[1];
    });
    cell.appendChild(document.createTextNode(s.slice(pos)));
  }

  function sortValue(r, key) {
    if (key === "date") { return r.sort_date || ""; }
    if (key === "precision") { return r.precision_rank; }
    return String(r[key] == null ? "" : r[key]).toLowerCase();
  }

  function compare(a, b) {
    var x = sortValue(a, sortKey), y = sortValue(b, sortKey);
    if (sortKey === "date") {            // undated events always last
      if (!x && y) { return 1; }
      if (x && !y) { return -1; }
    }
    if (x < y) { return -sortDir; }
    if (x > y) { return sortDir; }
    return a.order - b.order;
  }

  function matches(r, words, status) {
    if (status && r.status !== status) { return false; }
    return words.every(function (w) { return r.search.indexOf(w) !== -1; });
  }

  function render() {
    var words = filterInput.value.toLowerCase().split(/\s+/).filter(Boolean);
    var status = statusSelect.value;
    var shown = rows.filter(function (r) { return matches(r, words, status); }).sort(compare);
    tbody.textContent = "";
    shown.forEach(function (r) {
      var tr = document.createElement("tr");
      tr.id = "ev-" + r.id;
      tr.dataset.id = r.id;
      td(tr, r.date, "date");
      td(tr, r.precision, "kind-" + r.kind);
      td(tr, r.type, "type");
      var st = td(tr, "", "");
      var badge = document.createElement("span");
      badge.className = "status " + r.status;
      badge.textContent = r.status + (r.review ? " · " + r.review : "");
      st.appendChild(badge);
      td(tr, r.actors, "actors");
      td(tr, r.summary, "summary");
      evidence(tr, r);
      var how = td(tr, r.derivation, "how");
      if (r.flags) { var f = document.createElement("div"); f.className = "flags"; f.textContent = "⚠ " + r.flags; how.appendChild(f); }
      var src = td(tr, r.doc, "src");
      if (r.reports > 1) { var n = document.createElement("div"); n.className = "reports"; n.textContent = "one of " + r.reports + " reports of this event"; src.appendChild(n); }
      tbody.appendChild(tr);
    });
    countEl.textContent = shown.length === rows.length ? rows.length + " events" : shown.length + " of " + rows.length + " events";
  }

  document.querySelectorAll("#events-table th[data-key]").forEach(function (th) {
    th.tabIndex = 0;
    th.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); th.click(); }
    });
    th.addEventListener("click", function () {
      var key = th.dataset.key;
      sortDir = key === sortKey ? -sortDir : 1;
      sortKey = key;
      document.querySelectorAll("#events-table th[data-key]").forEach(function (h) {
        if (h === th) { h.setAttribute("aria-sort", sortDir === 1 ? "ascending" : "descending"); }
        else { h.removeAttribute("aria-sort"); }
      });
      render();
    });
  });
  filterInput.addEventListener("input", render);
  statusSelect.addEventListener("change", render);

  function showRow(id) {
    if (filterInput.value || statusSelect.value) { filterInput.value = ""; statusSelect.value = ""; render(); }
    var tr = document.getElementById("ev-" + id);
    if (!tr) { return; }
    tr.scrollIntoView({ behavior: "smooth", block: "center" });
    tr.classList.add("flash");
    setTimeout(function () { tr.classList.remove("flash"); }, 1600);
  }

  render();
  selectView("timeline");
})();
