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
      Plotly.newPlot(el, fig.data, fig.layout, config);
      drawn[view] = true;
      if (view === "timeline") {
        el.on("plotly_click", function (ev) {
          var p = ev && ev.points && ev.points[0];
          if (p && p.customdata) { showRow(p.customdata[0]); }
        });
      }
    } else {
      Plotly.Plots.resize(el);
    }
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
      td(tr, r.doc, "src");
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
