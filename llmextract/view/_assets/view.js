// llmextract view: lays out the embedded data. Every piece of data reaches the page through
// textContent or a class name chosen here, never through markup, so article text stays text.
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("data").textContent);
  // The list works from a light index; the articles themselves come in a second data block
  // after this script, parsed once the page has loaded, so the first article (embedded in
  // the index block) is on screen and interactive before the bulk of a large run is read.
  var INDEX = DATA.index || [];
  var ARTICLES = null, pendingOpen = -1, pendingFilter = false;
  function full(i) {
    if (ARTICLES) return ARTICLES[i];
    return i === 0 ? DATA.first : null;
  }
  var MODE = DATA.mode || "extractions";
  var LAYERS = DATA.layers || ["prediction"];
  var EVAL = MODE === "evaluation" || MODE === "comparison";
  var ROW = 46, MAX_LANE = 5;

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
    return parent;
  }
  function num(x, d) { return x === null || x === undefined ? "—" : Number(x).toFixed(d === undefined ? 3 : d); }
  function signed(x) { return x === null || x === undefined ? "—" : (x >= 0 ? "+" : "") + Number(x).toFixed(3); }
  function interval(lo, hi) { return lo === null || hi === null || lo === undefined ? "—" : num(lo) + " – " + num(hi); }
  function field(item, label) {
    for (var i = 0; i < item.fields.length; i++) if (item.fields[i][0] === label) return item.fields[i][1];
    return "";
  }
  function badge(cls, text, title) { var b = el("span", "badge " + cls, text); if (title) b.title = title; return b; }
  function st(status, text) { return el("span", "st " + status, text || status); }

  // ---- header and summary ---------------------------------------------------------------
  $("title").textContent = DATA.title || "llmextract";
  (DATA.meta || []).forEach(function (kv) {
    add($("meta"), add(el("div"), el("dt", null, kv[0]), el("dd", null, kv[1])));
  });
  if (MODE === "extractions" && INDEX.length <= 1) document.body.classList.add("single");

  function metricsTable(rows, header, cells, headline) {
    var t = el("table", "metrics");
    var tr = el("tr");
    header.forEach(function (h) { tr.appendChild(el("th", null, h)); });
    add(t, add(el("thead"), tr));
    var body = el("tbody");
    rows.forEach(function (r) {
      var row = el("tr", headline(r) ? "headline" : "minor");
      cells(r).forEach(function (c) {
        var td = el("td", c[1] || null, c[0]);
        row.appendChild(td);
      });
      body.appendChild(row);
    });
    return add(t, body);
  }

  function allToggle(t) {
    var toggle = el("button", null, "show all metrics");
    toggle.type = "button";
    toggle.addEventListener("click", function () {
      t.classList.toggle("all");
      toggle.textContent = t.classList.contains("all") ? "fewer metrics" : "show all metrics";
    });
    return toggle;
  }

  function summary() {
    var body = $("summary-body");
    if (MODE === "evaluation") {
      $("summary-title").textContent = "Metrics (micro over articles; 95% bootstrap intervals, " + DATA.bootstrap + " resamples)";
      var t = metricsTable(DATA.metrics, ["metric", "micro", "95% CI", "macro", "counts"], function (m) {
        return [[m.label], [num(m.value)], [interval(m.low, m.high)], [num(m.macro)], [m.counts]];
      }, function (m) { return m.headline; });
      t.id = "metrics";
      add(body, add(el("div"), t, allToggle(t)));
      if (DATA.gate) {
        var g = DATA.gate;
        var gt = metricsTable(g.rows, ["metric", "baseline", "now", "95% CI of change", ""], function (r) {
          return [[r[0]], [num(r[1])], [num(r[2])], [interval(r[3], r[4])], r[5] ? ["REGRESSION", "worse"] : ["ok"]];
        }, function () { return true; });
        add(body, add(el("div"), el("div", g.passed ? "gate-pass" : "gate-fail",
          (g.passed ? "Gate passed" : "REGRESSION") + " against " + g.baseline), gt));
      }
      if (DATA.notes && DATA.notes.length) {
        var ul = el("ul", "notes");
        DATA.notes.forEach(function (n) { ul.appendChild(el("li", null, n)); });
        body.appendChild(ul);
      }
    } else if (MODE === "comparison") {
      $("summary-title").textContent = "B − A, paired bootstrap over articles (" + DATA.bootstrap + " resamples)";
      var dt = metricsTable(DATA.deltas, ["metric", "A", "B", "B − A", "95% CI", "p", "verdict"], function (d) {
        return [[d.label], [num(d.a)], [num(d.b)], [signed(d.diff)], [interval(d.low, d.high)], [num(d.p)],
          [d.verdict, d.verdict === "same" ? "" : d.verdict]];
      }, function (d) { return d.headline || d.verdict !== "same"; });
      dt.id = "deltas";
      add(body, add(el("div"), dt, allToggle(dt)));
      var runs = el("div", "runlines");
      (DATA.runs || []).forEach(function (meta, n) {
        runs.appendChild(el("p", null, "ABC"[n] + ": " + meta.map(function (kv) { return kv[0] + " " + kv[1]; }).join(" · ")));
      });
      body.appendChild(runs);
    } else {
      return;
    }
    $("summary").hidden = false;
  }
  summary();

  // ---- the article list: filtered, virtualised ------------------------------------------
  var list = $("list"), spacer = $("list-spacer"), search = $("search");
  var view = INDEX.map(function (_, i) { return i; });
  var cur = -1, hay = null;
  var filters = {};

  function hasProblems(a) {
    if (a.error) return true;
    var t = (a.tally || [])[a.tally ? a.tally.length - 1 : 0];
    return !!((t && (t.missed || t.spurious)) || a.nFindings);
  }

  function buildFilters() {
    var box = $("filters");
    function select(name, options) {
      var s = el("select");
      s.id = "filter-" + name;
      options.forEach(function (o) { var op = el("option", null, o[1]); op.value = o[0]; s.appendChild(op); });
      s.addEventListener("change", function () { filters[name] = s.value; applyFilter(); });
      filters[name] = options[0][0];
      add(box, add(el("label"), s));
    }
    function check(name, label) {
      var c = el("input");
      c.type = "checkbox";
      c.id = "filter-" + name;
      c.addEventListener("change", function () { filters[name] = c.checked; applyFilter(); });
      add(box, add(el("label"), c, document.createTextNode(label)));
    }
    if (MODE === "extractions") {
      select("status", [["all", "all articles"], ["ok", "extracted"], ["error", "errors"]]);
      var backends = {};
      INDEX.forEach(function (a) { if (a.backend) backends[a.backend] = 1; });
      var names = Object.keys(backends).sort();
      if (names.length > 1) select("backend", [["", "any backend"]].concat(names.map(function (b) { return [b, b]; })));
      check("events", "has events");
      check("claims", "has claims");
      if (INDEX.some(function (a) { return a.nRejected; })) check("rejected", "has rejected");
    } else if (MODE === "evaluation") {
      select("status", [["all", "all articles"], ["problems", "with problems"], ["error", "errors"]]);
    } else {
      select("status", [["all", "all articles"], ["changed", "changed"], ["same", "unchanged"]]);
    }
  }

  function keep(a, terms) {
    var f = filters;
    if (f.status === "ok" && a.error) return false;
    if (f.status === "error" && !a.error) return false;
    if (f.status === "problems" && !hasProblems(a)) return false;
    if (f.status === "changed" && !a.changed) return false;
    if (f.status === "same" && a.changed) return false;
    if (f.backend && a.backend !== f.backend) return false;
    if (f.events && !a.events) return false;
    if (f.claims && !a.claims) return false;
    if (f.rejected && !a.nRejected) return false;
    return true;
  }

  function haystack(i) {
    if (!hay) hay = new Array(INDEX.length);
    if (hay[i] === undefined) {
      var a = ARTICLES[i];
      hay[i] = (a.id + "\n" + (a.find || "") + "\n" + (a.text || "")).toLowerCase();
    }
    return hay[i];
  }

  function applyFilter() {
    var q = search.value.trim().toLowerCase();
    var terms = q ? q.split(/\s+/) : [];
    if (terms.length && !ARTICLES) { pendingFilter = true; $("list-count").textContent = "loading the texts…"; return; }
    view = [];
    for (var i = 0; i < INDEX.length; i++) {
      if (!keep(INDEX[i])) continue;
      var h = terms.length ? haystack(i) : "";
      var ok = true;
      for (var t = 0; t < terms.length && ok; t++) ok = h.indexOf(terms[t]) !== -1;
      if (ok) view.push(i);
    }
    $("list-count").textContent = view.length === INDEX.length
      ? INDEX.length + " article" + (INDEX.length === 1 ? "" : "s")
      : view.length + " of " + INDEX.length + " articles";
    spacer.style.height = view.length * ROW + "px";
    list.scrollTop = 0;
    renderRows();
    $("empty").hidden = view.length > 0;
    if (!view.length) { clearArticle(); return; }
    if (view.indexOf(cur) === -1) open(view[0]);
    else scrollListTo(view.indexOf(cur));
  }

  function rowBadges(a) {
    var box = el("div", "badges");
    if (a.error) box.appendChild(badge("err", "error", a.error));
    if (MODE === "extractions") {
      box.appendChild(badge("", a.events + " event" + (a.events === 1 ? "" : "s")));
      box.appendChild(badge("", a.claims + " claim" + (a.claims === 1 ? "" : "s")));
      if (a.nRejected) box.appendChild(badge("warn", a.nRejected + " rejected"));
      if (a.partial) box.appendChild(badge("warn", "quotes only"));
    } else if (MODE === "evaluation") {
      var t = a.tally[0];
      if (DATA.gold) {
        box.appendChild(badge("matched", t.matched + " matched"));
        if (t.missed) box.appendChild(badge("missed", t.missed + " missed"));
        if (t.spurious) box.appendChild(badge("spurious", t.spurious + " spurious"));
      } else {
        var n = a.nFindings;
        box.appendChild(badge(n ? "missed" : "matched", n ? n + " wrong" : "all right"));
      }
    } else {
      if (a.changed) box.appendChild(badge("changed", "changed"));
      if (a.nGained) box.appendChild(badge("gained", "+" + a.nGained + " gained"));
      if (a.nLost) box.appendChild(badge("lost", "−" + a.nLost + " lost"));
    }
    return box;
  }

  function renderRows() {
    var top = list.scrollTop, height = list.clientHeight || 600;
    var first = Math.max(0, Math.floor(top / ROW) - 8);
    var last = Math.min(view.length, Math.ceil((top + height) / ROW) + 8);
    while (spacer.firstChild) spacer.removeChild(spacer.firstChild);
    for (var p = first; p < last; p++) {
      var i = view[p], a = INDEX[i];
      var row = el("div", "row" + (i === cur ? " current" : ""));
      row.setAttribute("role", "option");
      row.setAttribute("aria-selected", i === cur ? "true" : "false");
      row.dataset.index = String(i);
      row.style.top = p * ROW + "px";
      row.title = a.id;
      add(row, el("div", "rid", a.id), rowBadges(a));
      spacer.appendChild(row);
    }
  }
  list.addEventListener("scroll", function () { window.requestAnimationFrame(renderRows); });
  spacer.addEventListener("click", function (e) {
    var row = e.target.closest(".row");
    if (row) open(Number(row.dataset.index));
  });

  function scrollListTo(p) {
    var top = p * ROW, h = list.clientHeight;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + ROW > list.scrollTop + h) list.scrollTop = top + ROW - h;
    renderRows();
  }

  function move(step) {
    if (!view.length) return;
    var p = view.indexOf(cur);
    p = p === -1 ? 0 : Math.max(0, Math.min(view.length - 1, p + step));
    open(view[p]);
  }

  // ---- one article -------------------------------------------------------------------------
  var art = $("article");
  var state = null; // the open article: spans, marks per item, selection

  function toU16(text) {
    // Offsets are code points (Python); JavaScript strings index UTF-16 units.
    if (!/[\uD800-\uDFFF]/.test(text)) return function (x) { return x; };
    var map = [], u = 0;
    for (var cp = 0; u <= text.length; cp++) {
      map.push(u);
      var c = text.charCodeAt(u);
      u += c >= 0xD800 && c <= 0xDBFF ? 2 : 1;
    }
    return function (x) { return map[Math.min(x, map.length - 1)]; };
  }

  function itemColour(item) {
    if (EVAL && item.status) return "st-" + item.status;
    return item.type === "event" ? "" : "c" + (item.colour || 0);
  }
  function itemBackground(item) {
    if (EVAL && item.status) return "bg-" + item.status;
    return item.type === "event" ? "bg-event" : "bg-c" + (item.colour || 0);
  }

  function layoutText(a) {
    var text = a.text || "", map = toU16(text), spans = [];
    a.items.forEach(function (item, ii) {
      item.spans.forEach(function (sp) {
        spans.push({ k: spans.length, ii: ii, s: map(sp[0]), e: map(sp[1]) });
      });
    });
    // Lanes: overlapping spans get different underline rows, greedily by start.
    var order = spans.slice().sort(function (x, y) { return x.s - y.s || (y.e - y.s) - (x.e - x.s) || x.k - y.k; });
    var laneEnd = [], lanes = 0;
    order.forEach(function (sp) {
      var l = 0;
      while (l < laneEnd.length && laneEnd[l] > sp.s) l++;
      if (l > MAX_LANE) l = MAX_LANE;
      laneEnd[l] = Math.max(laneEnd[l] || 0, sp.e);
      sp.lane = l;
      lanes = Math.max(lanes, l + 1);
    });
    var cuts = {}; cuts[0] = 1; cuts[text.length] = 1;
    spans.forEach(function (sp) { cuts[sp.s] = 1; cuts[sp.e] = 1; });
    var bounds = Object.keys(cuts).map(Number).sort(function (x, y) { return x - y; });
    var frag = document.createDocumentFragment();
    var marks = a.items.map(function () { return []; });
    var empties = {};
    spans.forEach(function (sp) { if (sp.e <= sp.s) (empties[sp.s] = empties[sp.s] || []).push(sp); });
    for (var b = 0; b < bounds.length; b++) {
      var start = bounds[b], end = bounds[b + 1];
      (empties[start] || []).forEach(function (sp) {
        var m = el("mark", "seg empty");
        m.dataset.s = String(sp.k);
        marks[sp.ii].push(m);
        frag.appendChild(m);
      });
      if (end === undefined) break;
      var piece = text.slice(start, end);
      var covering = spans.filter(function (sp) { return sp.s <= start && sp.e >= end && sp.e > sp.s; });
      if (!covering.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      var top = covering.reduce(function (x, y) { return (y.e - y.s) < (x.e - x.s) ? y : x; });
      var mark = el("mark", "seg " + itemBackground(a.items[top.ii]));
      mark.dataset.s = covering.map(function (sp) { return sp.k; }).join(" ");
      var inner = mark;
      covering.sort(function (x, y) { return y.lane - x.lane; }).forEach(function (sp) {
        var item = a.items[sp.ii];
        var ln = el("span", "ln l" + sp.lane + " " + item.type + " layer-" + item.layer + " " + itemColour(item) +
          (EVAL && item.layer > 0 ? " pred" : ""));
        inner.appendChild(ln);
        inner = ln;
      });
      inner.textContent = piece;
      var seen = {};
      covering.forEach(function (sp) { if (!seen[sp.ii]) { seen[sp.ii] = 1; marks[sp.ii].push(mark); } });
      frag.appendChild(mark);
    }
    return { frag: frag, spans: spans, marks: marks, lanes: Math.max(1, Math.min(lanes, MAX_LANE + 1)) };
  }

  function clearArticle() {
    state = null;
    ["article-head", "banners", "tables", "findings", "rejected", "provenance"].forEach(function (id) {
      var e = $(id); while (e.firstChild) e.removeChild(e.firstChild);
    });
    while (art.firstChild) art.removeChild(art.firstChild);
    resetDetail();
  }

  function open(i) {
    if (i === cur && state) return;
    var a = full(i);
    if (!a) { pendingOpen = i; return; }
    cur = i;
    clearArticle();
    head(a);
    var laid = layoutText(a);
    art.className = "article lanes-" + laid.lanes;
    art.appendChild(laid.frag);
    state = { a: a, spans: laid.spans, marks: laid.marks, selected: -1, hidden: {} };
    tables(a);
    findings(a);
    rejected(a);
    provenance(a);
    $("article-pane").scrollTop = 0;
    var p = view.indexOf(i);
    if (p !== -1) scrollListTo(p); else renderRows();
    try { history.replaceState(null, "", "#article=" + encodeURIComponent(a.id)); } catch (e) { /* file: URLs may refuse */ }
  }

  function head(a) {
    var h = $("article-head");
    h.appendChild(el("h2", null, a.id));
    var sub = el("div", "sub");
    if (a.published) sub.appendChild(el("span", null, "published " + a.published));
    if (a.backend && MODE === "extractions") sub.appendChild(el("span", null, "backend " + a.backend));
    if (a.text) sub.appendChild(el("span", null, a.text.length.toLocaleString("en") + " characters"));
    if (MODE === "extractions") {
      sub.appendChild(el("span", null, a.events + " events · " + a.claims + " claims · " + state_spans(a) + " evidence spans"));
    } else if (DATA.gold) {
      (a.tally || []).forEach(function (t, n) {
        var who = MODE === "comparison" ? "ABC"[n] + ": " : "";
        add(sub, el("span", null, who), st("matched", t.matched + " matched"), st("missed", t.missed + " missed"),
          st("spurious", t.spurious + " spurious"));
      });
    }
    h.appendChild(sub);
    var legend = el("div", "legend");
    if (MODE === "extractions") {
      add(legend, add(el("span"), el("i", "sw event"), document.createTextNode("strike event")));
      (a.legend || []).forEach(function (c) {
        add(legend, add(el("span"), el("i", "sw c" + c[1]), document.createTextNode("claim by " + c[0])));
      });
    } else if (MODE === "evaluation") {
      [["matched", "matched (gold and prediction)"], ["missed", "missed (gold only)"], ["spurious", "spurious (prediction only)"]]
        .forEach(function (s) { add(legend, add(el("span"), el("i", "sw st-" + s[0]), document.createTextNode(s[1]))); });
      add(legend, add(el("span"), el("i", "sw event"), document.createTextNode("dashed: event, solid: claim")));
    } else {
      [["gained", "gold item B found, A missed"], ["lost", "gold item A found, B missed"], ["kept", "found by both"],
        ["missed", "missed by both"], ["matched", "prediction matched"], ["spurious", "spurious prediction"]]
        .forEach(function (s) { add(legend, add(el("span"), el("i", "sw st-" + s[0]), document.createTextNode(s[1]))); });
    }
    h.appendChild(legend);
    if (EVAL) layerButtons(a, h);
    var banners = $("banners");
    if (a.error) banners.appendChild(el("div", "banner error", "Extraction failed: " + a.error));
    if (a.warning) banners.appendChild(el("div", "banner warning", a.warning));
    if (a.partial && !a.warning) banners.appendChild(el("div", "banner info", "Only the evidence quotes are shown, joined by […]."));
    (a.notes || []).forEach(function (n) { banners.appendChild(el("div", "banner info", "Repaired: " + n)); });
  }
  function state_spans(a) { return a.items.reduce(function (n, it) { return n + it.spans.length; }, 0); }

  function layerButtons(a, h) {
    var box = el("div", "layers");
    LAYERS.forEach(function (name, n) {
      if (n === 0 && !DATA.gold) return;
      var b = el("button", null, (n + 1) + " " + name);
      b.type = "button";
      b.dataset.layer = String(n);
      b.setAttribute("aria-pressed", "true");
      b.addEventListener("click", function () { toggleLayer(n); });
      box.appendChild(b);
    });
    h.appendChild(box);
  }
  function toggleLayer(n) {
    if (!state || !EVAL || n >= LAYERS.length) return;
    var hide = !art.classList.contains("hide-" + n);
    art.classList.toggle("hide-" + n, hide);
    var b = document.querySelector('.layers button[data-layer="' + n + '"]');
    if (b) b.setAttribute("aria-pressed", hide ? "false" : "true");
  }

  // ---- items: tooltip, detail, selection -------------------------------------------------
  var tip = $("tip");

  function fieldsTable(item, pair) {
    var t = el("table", "fields");
    var wrong = {};
    (item.wrong || []).forEach(function (w) { wrong[w] = 1; });
    if (pair) {
      var gold = item.layer === 0 ? item : pair, pred = item.layer === 0 ? pair : item;
      add(t, add(el("thead"), add(el("tr"), el("th", null, ""), el("th", null, LAYERS[gold.layer]), el("th", null, LAYERS[pred.layer]))));
      gold.fields.forEach(function (f) {
        add(t, add(el("tr", wrong[f[0]] ? "wrong" : null), el("th", null, f[0]), el("td", null, f[1]), el("td", null, field(pred, f[0]) || "—")));
      });
      return t;
    }
    item.fields.forEach(function (f) {
      add(t, add(el("tr", wrong[f[0]] ? "wrong" : null), el("th", null, f[0]), el("td", null, f[1])));
    });
    return t;
  }

  function itemByKey(a, key) {
    for (var i = 0; i < a.items.length; i++) if (a.items[i].key === key) return i;
    return -1;
  }

  function title(item) {
    var t = item.type + " " + item.id;
    if (LAYERS.length > 1) t += " · " + LAYERS[item.layer];
    if (item.status) t += " · " + item.status;
    return t;
  }

  function showTip(mark, x, y) {
    var a = state.a, ks = mark.dataset.s.split(" "), seen = {};
    while (tip.firstChild) tip.removeChild(tip.firstChild);
    ks.forEach(function (k) {
      var ii = state.spans[Number(k)].ii;
      if (seen[ii]) return;
      seen[ii] = 1;
      var item = a.items[ii];
      if (state.hidden[item.layer] || art.classList.contains("hide-" + item.layer)) return;
      tip.appendChild(el("div", "tk", title(item)));
      tip.appendChild(fieldsTable(item, null));
    });
    if (!tip.firstChild) { tip.hidden = true; return; }
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(x + 14, window.innerWidth - w - 8), top = y + 18;
    if (top + h > window.innerHeight - 8) top = Math.max(8, y - h - 12);
    tip.style.left = Math.max(8, left) + "px";
    tip.style.top = top + "px";
  }
  art.addEventListener("mousemove", function (e) {
    var m = e.target.closest && e.target.closest("mark.seg");
    if (!m || !state) { tip.hidden = true; return; }
    showTip(m, e.clientX, e.clientY);
  });
  art.addEventListener("mouseleave", function () { tip.hidden = true; });
  art.addEventListener("click", function (e) {
    var m = e.target.closest && e.target.closest("mark.seg");
    if (!m || !state) return;
    var items = [];
    m.dataset.s.split(" ").forEach(function (k) {
      var sp = state.spans[Number(k)];
      if (items.indexOf(sp.ii) === -1 && !art.classList.contains("hide-" + state.a.items[sp.ii].layer)) items.push(sp.ii);
    });
    if (!items.length) return;
    // The shortest span first; clicking again cycles through the items under the pointer.
    items.sort(function (x, y) { return spanLength(x) - spanLength(y); });
    var at = items.indexOf(state.selected);
    select(items[at === -1 ? 0 : (at + 1) % items.length], false);
  });
  function spanLength(ii) {
    return state.a.items[ii].spans.reduce(function (n, sp) { return n + sp[1] - sp[0]; }, 0);
  }

  function resetDetail() {
    var d = $("detail");
    while (d.firstChild) d.removeChild(d.firstChild);
    var p = el("p", "hint", "Hover a highlighted passage to see its item; click it, or a row below, to select it. Keys n / p step through the items, ? lists all keys.");
    d.appendChild(p);
  }

  function select(ii, scroll) {
    if (!state) return;
    var a = state.a;
    document.querySelectorAll("mark.seg.sel").forEach(function (m) { m.classList.remove("sel", "flash"); });
    document.querySelectorAll("tr.item.selected").forEach(function (r) { r.classList.remove("selected"); });
    state.selected = ii;
    if (ii < 0) { resetDetail(); return; }
    var item = a.items[ii];
    var marks = state.marks[ii];
    marks.forEach(function (m) { m.classList.add("sel"); });
    if (scroll && marks.length) {
      marks[0].scrollIntoView({ block: "center", inline: "nearest" });
      marks.forEach(function (m) { void m.offsetWidth; m.classList.add("flash"); });
    }
    var row = document.querySelector('tr.item[data-keys~="' + cssKey(item.key) + '"]');
    if (row) { row.classList.add("selected"); if (!scroll) row.scrollIntoView({ block: "nearest" }); }
    detail(a, item);
  }
  function cssKey(key) { return key.replace(/["\\]/g, "\\$&"); }

  function detail(a, item) {
    var d = $("detail");
    while (d.firstChild) d.removeChild(d.firstChild);
    var h = el("h4", null, title(item));
    d.appendChild(h);
    d.dataset.key = item.key;
    var pair = item.pair ? a.items[itemByKey(a, item.pair)] : null;
    if (pair && pair.layer === 0 && item.layer > 0 && MODE === "evaluation") d.appendChild(el("div", "hint", "matched with gold " + pair.type + " " + pair.id));
    d.appendChild(fieldsTable(item, pair || null));
    if (item.runs) {
      var p = el("div", "hint");
      item.runs.forEach(function (r, n) { add(p, el("span", null, " " + LAYERS[n + 1] + ": "), st(r.status)); });
      d.appendChild(p);
    }
    var ol = el("ol", "quotes");
    item.spans.forEach(function (sp) {
      var li = el("li");
      var text = state.a.text ? state.a.text.slice(toU16(state.a.text)(sp[0]), toU16(state.a.text)(sp[1])) : "";
      add(li, el("q", null, text), el("span", "off", "@" + (sp.length > 3 ? sp[3] : sp[0]) + "–" + (sp.length > 3 ? sp[4] : sp[1]) + (sp[2] ? " · " + sp[2] : "")));
      ol.appendChild(li);
    });
    add(d, el("div", "hint", item.spans.length + " evidence span" + (item.spans.length === 1 ? "" : "s")), ol);
  }

  function visibleItems() {
    var a = state.a, out = [];
    var rows = document.querySelectorAll("tr.item");
    rows.forEach(function (r) {
      var ii = itemByKey(a, r.dataset.keys.split(" ")[0]);
      if (ii !== -1 && out.indexOf(ii) === -1) out.push(ii);
    });
    return out.filter(function (ii) { return !art.classList.contains("hide-" + a.items[ii].layer); });
  }

  function step(d) {
    if (!state) return;
    var order = visibleItems();
    if (!order.length) return;
    var at = order.indexOf(state.selected);
    var next = at === -1 ? (d > 0 ? 0 : order.length - 1) : (at + d + order.length) % order.length;
    select(order[next], true);
  }

  // ---- side tables ---------------------------------------------------------------------
  function table(titleText, header, rows) {
    var sec = el("div");
    sec.appendChild(el("h3", null, titleText + " (" + rows.length + ")"));
    if (!rows.length) return sec;
    var t = el("table", "items");
    var tr = el("tr");
    header.forEach(function (h) { tr.appendChild(el("th", null, h)); });
    add(t, add(el("thead"), tr));
    var body = el("tbody");
    rows.forEach(function (r) {
      var row = el("tr", "item " + (r.cls || ""));
      row.dataset.keys = r.keys.join(" ");
      r.cells.forEach(function (c) {
        var td = el("td", c && c.cls ? c.cls : null);
        if (c && c.node) td.appendChild(c.node); else td.textContent = c && c.text !== undefined ? c.text : (c === null ? "" : String(c));
        row.appendChild(td);
      });
      body.appendChild(row);
    });
    add(t, body);
    t.addEventListener("click", function (e) {
      var row = e.target.closest("tr.item");
      if (!row) return;
      var ii = itemByKey(state.a, row.dataset.keys.split(" ")[0]);
      if (ii !== -1) select(ii, true);
    });
    return add(sec, t);
  }

  function idCell(item) { return { text: item.id, cls: "id" }; }
  function claimantCell(item) {
    var span = el("span");
    add(span, el("i", "sw c" + (item.colour || 0)), document.createTextNode(" " + field(item, "claimant")));
    return { node: span };
  }

  function extractionTables(a, into, items) {
    var events = items.filter(function (it) { return it.type === "event"; });
    var claims = items.filter(function (it) { return it.type === "claim"; });
    into.appendChild(table("Strike events", ["id", "kind", "date", "places", "attacker"], events.map(function (it) {
      return { keys: [it.key], cells: [idCell(it), field(it, "kind"), field(it, "date"), field(it, "places"),
        field(it, "attacker") + " (" + field(it, "attribution") + ")"] };
    })));
    into.appendChild(table("Casualty claims", ["id", "outcome", "count", "claimant", "stance", "event"], claims.map(function (it) {
      return { keys: [it.key], cells: [idCell(it), field(it, "outcome") + " · " + field(it, "population"), field(it, "count"),
        EVAL ? field(it, "claimant") : claimantCell(it), field(it, "stance"), field(it, "event")] };
    })));
  }

  function pairTables(a, into) {
    ["event", "claim"].forEach(function (type) {
      var rows = [];
      var gold = a.items.filter(function (it) { return it.layer === 0 && it.type === type; });
      gold.forEach(function (g) {
        var p = g.pair ? a.items[itemByKey(a, g.pair)] : null;
        rows.push({ keys: p ? [g.key, p.key] : [g.key], cls: g.status, cells: [{ node: st(g.status) }, idCell(g), g.summary,
          p ? p.id + " · " + p.summary : "—", { text: (g.wrong || []).filter(function (w, i, all) { return all.indexOf(w) === i; }).join(", "), cls: "wrongs" }] });
      });
      a.items.filter(function (it) { return it.layer > 0 && it.type === type && it.status === "spurious"; }).forEach(function (p) {
        rows.push({ keys: [p.key], cls: "spurious", cells: [{ node: st("spurious") }, "—", "—", p.id + " · " + p.summary, ""] });
      });
      into.appendChild(table(type === "event" ? "Strike events: gold ↔ prediction" : "Casualty claims: gold ↔ prediction",
        ["", "gold", "gold item", "prediction", "wrong"], rows));
    });
  }

  function compareTables(a, into) {
    ["event", "claim"].forEach(function (type) {
      var rows = [];
      a.items.filter(function (it) { return it.layer === 0 && it.type === type; }).forEach(function (g) {
        var cells = [{ node: st(g.status) }, idCell(g), g.summary];
        g.runs.forEach(function (r) {
          cells.push(r.status === "matched" ? "✓ " + (r.wrong.length ? "(" + r.wrong.filter(function (w, i, all) { return all.indexOf(w) === i; }).join(", ") + " wrong)" : "") : "✗");
        });
        var keys = [g.key].concat(g.runs.map(function (r) { return r.pair; }).filter(Boolean));
        rows.push({ keys: keys, cls: g.status, cells: cells });
      });
      a.items.filter(function (it) { return it.layer > 0 && it.type === type && it.status === "spurious"; }).forEach(function (p) {
        var cells = [{ node: st("spurious") }, p.id, p.summary];
        for (var n = 1; n < LAYERS.length; n++) cells.push(p.layer === n ? "spurious" : "");
        rows.push({ keys: [p.key], cls: "spurious", cells: cells });
      });
      into.appendChild(table(type === "event" ? "Strike events" : "Casualty claims",
        ["", "id", "item"].concat(LAYERS.slice(1)), rows));
    });
  }

  function tables(a) {
    var into = $("tables");
    if (MODE === "extractions") extractionTables(a, into, a.items);
    else if (!DATA.gold) extractionTables(a, into, a.items);
    else if (MODE === "evaluation") pairTables(a, into);
    else compareTables(a, into);
  }

  function findingList(titleText, list, cls) {
    var sec = el("div");
    sec.appendChild(el("h3", null, titleText + " (" + list.length + ")"));
    var ul = el("ul", "findings " + (cls || ""));
    list.forEach(function (f) {
      var li = el("li");
      add(li, st(f[0], f[0]), document.createTextNode(" " + f[1] + ": " + f[2] + " "));
      if (f[3]) li.appendChild(el("q", null, f[3]));
      ul.appendChild(li);
    });
    return add(sec, ul);
  }

  function findings(a) {
    var into = $("findings");
    if (MODE === "evaluation" && a.findings) into.appendChild(findingList("Findings", a.findings[0]));
    if (MODE === "comparison") {
      into.appendChild(findingList("Gained by B", a.gained, "gained"));
      into.appendChild(findingList("Lost by B", a.lost, "lost"));
    }
  }

  function rejected(a) {
    if (!a.rejected || !a.rejected.length) return;
    var into = $("rejected");
    into.appendChild(el("h3", null, "Rejected by validation (" + a.rejected.length + ")"));
    a.rejected.forEach(function (r) {
      var box = el("div", "rejected-item");
      box.appendChild(el("div", null, r.kind + (r.ref ? " " + r.ref : "")));
      var ul = el("ul");
      r.problems.forEach(function (p) { ul.appendChild(el("li", null, p)); });
      add(box, ul, el("pre", null, r.item));
      into.appendChild(box);
    });
  }

  function provenance(a) {
    if (!a.provenance || !a.provenance.length) return;
    var into = $("provenance");
    var det = el("details");
    det.appendChild(el("summary", null, "How this was extracted"));
    var t = el("table", "fields");
    a.provenance.forEach(function (f) { add(t, add(el("tr"), el("th", null, f[0]), el("td", null, f[1]))); });
    into.appendChild(add(det, t));
  }

  // ---- keyboard --------------------------------------------------------------------------
  var help = $("help");
  $("help-button").addEventListener("click", function () { help.hidden = !help.hidden; });
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var inSearch = e.target === search;
    var inField = inSearch || (e.target.tagName === "SELECT" || e.target.tagName === "INPUT");
    if (e.key === "Escape") {
      if (!help.hidden) help.hidden = true;
      else if (inField) e.target.blur();
      else select(-1, false);
      return;
    }
    if (inSearch && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault();
      move(e.key === "ArrowDown" ? 1 : -1);
      return;
    }
    if (inSearch && e.key === "Enter") { search.blur(); return; }
    if (inField) return;
    var listFocus = e.target === list || list.contains(e.target);
    switch (e.key) {
      case "/": e.preventDefault(); search.focus(); search.select(); break;
      case "j": move(1); break;
      case "k": move(-1); break;
      case "ArrowDown": if (listFocus) { e.preventDefault(); move(1); } break;
      case "ArrowUp": if (listFocus) { e.preventDefault(); move(-1); } break;
      case "Home": if (listFocus) { e.preventDefault(); if (view.length) open(view[0]); } break;
      case "End": if (listFocus) { e.preventDefault(); if (view.length) open(view[view.length - 1]); } break;
      case "n": step(1); break;
      case "p": step(-1); break;
      case "?": help.hidden = !help.hidden; break;
      case "1": case "2": case "3": toggleLayer(Number(e.key) - 1); break;
      default: return;
    }
  });
  var timer = 0;
  search.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(applyFilter, INDEX.length > 2000 ? 150 : 60);
  });

  // ---- start ------------------------------------------------------------------------------
  buildFilters();
  var wanted = /^#article=(.*)$/.exec(location.hash);
  applyFilter();
  if (wanted) {
    var id = decodeURIComponent(wanted[1]);
    for (var i = 0; i < INDEX.length; i++) if (INDEX[i].id === id) { open(i); break; }
  }
  if (!INDEX.length) $("empty").hidden = false;
  window.__viewReady = performance.now();
  document.body.dataset.ready = "1";

  function loadArticles() {
    ARTICLES = JSON.parse(document.getElementById("articles").textContent);
    window.__viewLoaded = performance.now();
    document.body.dataset.loaded = "1";
    if (pendingFilter) { pendingFilter = false; applyFilter(); }
    if (pendingOpen !== -1) { var i = pendingOpen; pendingOpen = -1; open(i); }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", loadArticles);
  else loadArticles();
})();
