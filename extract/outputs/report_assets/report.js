/* warta report: filters and pages over the article index. Article bodies are stored
   in gzipped blocks of config.chunk articles and inflated only when an article in
   the block is opened, so a page of 10,000 articles stays small and loads fast. */
(function () {
  "use strict";
  var read = function (id) { return JSON.parse(document.getElementById(id).textContent); };
  var config = read("w-config");
  var index = read("w-index");
  var blocks = {};  // block number -> Promise of its list of body HTML
  var $ = function (id) { return document.getElementById(id); };
  var f = { org: $("f-org"), prov: $("f-prov"), year: $("f-year"), text: $("f-text"), err: $("f-err"), warn: $("f-warn") };
  var list = $("w-list"), status = $("w-status"), pager = $("w-pager"), info = $("p-info");
  var shown = index, page = 0;

  index.forEach(function (a) {  // lower-case search keys, built once
    a._o = a.o.map(function (s) { return s.toLowerCase(); });
    a._t = (a.id + " " + a.t).toLowerCase();
  });

  function inflate(b64) {
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var k = 0; k < bin.length; k++) { bytes[k] = bin.charCodeAt(k); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text();
  }

  function body(i) {  // a Promise of the article's body HTML
    var k = Math.floor(i / config.chunk);
    if (!blocks[k]) {
      if (typeof DecompressionStream === "undefined") {
        return Promise.resolve("<p class='w-error'>This browser cannot open the article bodies " +
          "(it lacks DecompressionStream): use a current Chrome, Edge, Firefox or Safari.</p>");
      }
      blocks[k] = inflate(document.getElementById("w-b-" + k).textContent).then(JSON.parse);
    }
    return blocks[k].then(function (list) { return list[i - k * config.chunk]; });
  }

  function matches(a, q) {
    if (q.org && q.org.charAt(0) === "=" ? a.k.indexOf(q.org.slice(1)) < 0
        : q.org && !a._o.some(function (s) { return s.indexOf(q.org) >= 0; })) { return false; }
    if (q.prov && a.p.indexOf(q.prov) < 0) { return false; }
    if (q.year && (q.year === "-" ? a.y !== "" : a.y !== q.year)) { return false; }
    if (q.text && a._t.indexOf(q.text) < 0) { return false; }
    if (q.err && !a.e) { return false; }
    if (q.warn && !a.w) { return false; }
    return true;
  }

  function query() {
    return { org: f.org.value.trim().toLowerCase(), prov: f.prov.value, year: f.year.value,
             text: f.text.value.trim().toLowerCase(), err: f.err.checked, warn: f.warn.checked };
  }

  function apply() {
    var q = query();
    var any = q.org || q.prov || q.year || q.text || q.err || q.warn;
    shown = any ? index.filter(function (a) { return matches(a, q); }) : index;
    page = 0;
    draw();
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function money(v) {
    if (!v) { return ""; }
    var units = [[1e12, " trillion"], [1e9, " billion"], [1e6, " million"], [1e3, " thousand"]];
    for (var k = 0; k < units.length; k++) {
      if (v >= units[k][0]) { return "IDR " + Number((v / units[k][0]).toPrecision(3)) + units[k][1]; }
    }
    return "IDR " + v;
  }

  function row(a) {
    var li = el("li");
    li.dataset.doc = a.id;
    if (a.e) { li.className = "w-failed"; }
    var d = el("details");
    var s = el("summary");
    s.appendChild(el("span", "w-id", a.id));
    s.appendChild(el("span", "w-title", a.t || "(no title)"));
    var badges = el("span", "w-badges");
    if (a.e) { badges.appendChild(el("span", "w-badge w-errb", "error")); }
    if (a.w) { badges.appendChild(el("span", "w-badge w-warnb", a.w + " warning" + (a.w > 1 ? "s" : ""))); }
    if (a.g.length) { badges.appendChild(el("span", "w-badge", a.g.slice(0, 2).join(", ") + (a.g.length > 2 ? " …" : ""))); }
    if (a.p.length) { badges.appendChild(el("span", "w-badge", a.p[0])); }
    if (a.y) { badges.appendChild(el("span", "w-badge", a.y)); }
    if (a.m) { badges.appendChild(el("span", "w-badge", money(a.m))); }
    var counts = a.n.map(function (n, k) { return n ? n + " " + config.fields[k] : ""; }).filter(Boolean).join(" · ");
    if (counts) { badges.appendChild(el("span", "w-badge", counts)); }
    s.appendChild(badges);
    d.appendChild(s);
    var b = el("div", "w-body");
    d.appendChild(b);
    d.addEventListener("toggle", function () {
      if (d.open && !b.dataset.ready) {
        b.dataset.ready = "1";
        b.textContent = "…";
        body(a.i).then(function (h) { b.innerHTML = h; li.dataset.loaded = "1"; })
          .catch(function (err) { b.dataset.ready = ""; b.textContent = "cannot open this article: " + err; });
      }
    });
    li.appendChild(d);
    return li;
  }

  function draw() {
    var size = config.pageSize, pages = Math.max(1, Math.ceil(shown.length / size));
    page = Math.min(Math.max(page, 0), pages - 1);
    var from = page * size, to = Math.min(shown.length, from + size);
    var frag = document.createDocumentFragment();
    for (var k = from; k < to; k++) { frag.appendChild(row(shown[k])); }
    list.replaceChildren(frag);
    var total = index.length.toLocaleString("en");
    status.textContent = shown.length === index.length
      ? total + " articles" + (shown.length > size ? ", " + (from + 1) + "–" + to + " shown" : "")
      : shown.length.toLocaleString("en") + " of " + total + " articles match" +
        (shown.length > size ? ", " + (from + 1) + "–" + to + " shown" : "");
    pager.hidden = pages <= 1;
    info.textContent = "page " + (page + 1) + " of " + pages;
    $("p-prev").disabled = page === 0;
    $("p-next").disabled = page >= pages - 1;
  }

  function openDoc(id) {
    f.text.value = id;
    apply();
    var li = list.querySelector("li");
    if (li) { li.querySelector("details").open = true; li.scrollIntoView(); }
  }

  var timer = null;
  function later() { clearTimeout(timer); timer = setTimeout(apply, 120); }
  f.org.addEventListener("input", later);
  f.text.addEventListener("input", later);
  [f.prov, f.year, f.err, f.warn].forEach(function (e) { e.addEventListener("change", apply); });
  $("f-reset").addEventListener("click", function () {
    f.org.value = ""; f.text.value = ""; f.prov.value = ""; f.year.value = ""; f.err.checked = false; f.warn.checked = false;
    apply();
  });
  $("p-prev").addEventListener("click", function () { page -= 1; draw(); list.scrollIntoView(); });
  $("p-next").addEventListener("click", function () { page += 1; draw(); list.scrollIntoView(); });
  document.addEventListener("click", function (ev) {  // overview links set a filter
    var a = ev.target.closest && ev.target.closest("a.w-org, a.w-prov, a.w-year");
    if (!a) { return; }
    if (a.dataset.org !== undefined) { f.org.value = a.dataset.org; }
    if (a.dataset.prov !== undefined) { f.prov.value = a.dataset.prov; }
    if (a.dataset.year !== undefined) { f.year.value = a.dataset.year; }
    apply();
  });

  var byParent = $("w-by-parent");  // the giver panels: by organisation id, or by parent company
  if (byParent) {
    byParent.addEventListener("change", function () {
      $("overview").classList.toggle("w-by-parent", byParent.checked);
    });
  }

  window.addEventListener("hashchange", function () {  // links to one article (#doc=ID), e.g. an outlier's
    var h = decodeURIComponent(location.hash || "");
    if (h.indexOf("#doc=") === 0) { openDoc(h.slice(5)); }
  });

  var hash = decodeURIComponent(location.hash || "");
  if (hash.indexOf("#doc=") === 0) { openDoc(hash.slice(5)); } else { draw(); }
})();
