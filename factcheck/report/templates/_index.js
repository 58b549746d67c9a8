// Sort the table by a column (click its header; again to reverse) and filter its rows by text and by
// worst verdict. The rows arrive sorted worst first, as the "worst" heading's aria-sort says. No library; allowed by the page's Content-Security-Policy through this file's hash.
(function () {
  var table = document.getElementById("articles");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var text = document.getElementById("filter-text");
  var worst = document.getElementById("filter-worst");
  var count = document.getElementById("shown");
  function cell(row, i) { return row.cells[i].getAttribute("data-sort") || row.cells[i].textContent.trim(); }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
    th.tabIndex = 0;
    if (!th.hasAttribute("aria-sort")) { th.setAttribute("aria-sort", "none"); }
    function sort() {
      var up = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (o) { o.setAttribute("aria-sort", "none"); });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = cell(a, i), y = cell(b, i), nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return up ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    }
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
  });
  function filter() {
    var q = text.value.toLowerCase(), w = worst.value, n = 0;
    rows.forEach(function (r) {
      var show = r.textContent.toLowerCase().indexOf(q) !== -1 && (!w || r.getAttribute("data-worst") === w);
      r.hidden = !show;
      if (show) { n += 1; }
    });
    count.textContent = String(n);
  }
  text.addEventListener("input", filter);
  worst.addEventListener("change", filter);
})();
