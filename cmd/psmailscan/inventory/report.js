(function () {
  "use strict";
  var table = document.getElementById("scripts");
  if (!table) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var text = rows.map(function (r) { return r.textContent.toLowerCase(); });
  var q = document.getElementById("q"), fv = document.getElementById("f-verdict"),
      fm = document.getElementById("f-method"), fs = document.getElementById("f-status"),
      mail = document.getElementById("f-mail"), exo = document.getElementById("f-exo"),
      count = document.getElementById("count");
  function apply() {
    var t = q.value.trim().toLowerCase(), n = 0;
    rows.forEach(function (r, i) {
      var d = r.dataset;
      var ok = (!t || text[i].indexOf(t) >= 0) &&
        (!fv.value || d.verdict === fv.value) &&
        (!fm.value || d.methods.split("|").indexOf(fm.value) >= 0) &&
        (!fs.value || d.status === fs.value) &&
        (!mail.checked || d.mail === "1") &&
        (!exo.checked || d.exo === "1");
      r.hidden = !ok;
      if (ok) n++;
    });
    count.textContent = n + " of " + rows.length + " shown";
  }
  [q, fv, fm, fs, mail, exo].forEach(function (el) {
    el.addEventListener(el.tagName === "INPUT" && el.type === "search" ? "input" : "change", apply);
  });
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  heads.forEach(function (th, col) {
    th.tabIndex = 0;
    function sort() {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var num = th.dataset.type === "num";
      var keyed = rows.map(function (r, i) {
        var c = r.cells[col];
        var v = num ? parseFloat(c.dataset.v || c.textContent) || 0 : c.textContent.trim();
        return { r: r, v: v, i: i };
      });
      keyed.sort(function (a, b) {
        var d = num ? a.v - b.v : collator.compare(a.v, b.v);
        if (!asc) d = -d;
        return d || a.i - b.i;
      });
      var frag = document.createDocumentFragment();
      keyed.forEach(function (k) { frag.appendChild(k.r); });
      tbody.appendChild(frag);
      rows = keyed.map(function (k) { return k.r; });
      text = rows.map(function (r) { return r.textContent.toLowerCase(); });
    }
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
  });
  // A link can carry a filtered view: report.html#filter:q=office365&verdict=manual&method=EWS&status=ok&mail=1&exo=1
  function fromHash() {
    var h = decodeURIComponent(location.hash || "");
    if (h.indexOf("#filter:") !== 0) return;
    h.slice(8).split("&").forEach(function (kv) {
      var i = kv.indexOf("="), k = kv.slice(0, i), v = kv.slice(i + 1);
      if (k === "q") q.value = v;
      else if (k === "verdict") fv.value = v;
      else if (k === "method") fm.value = v;
      else if (k === "status") fs.value = v;
      else if (k === "mail") mail.checked = v === "1";
      else if (k === "exo") exo.checked = v === "1";
    });
    apply();
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
  document.documentElement.setAttribute("data-ready", String(rows.length));
})();
