/* Self-assessment result: keep the answers in this browser (localStorage) and compare with the
   answers kept last time, per function. Nothing is sent anywhere. Strings come from data-
   attributes rendered through gettext. */
(function () {
  "use strict";
  var section = document.querySelector("[data-keep]");
  var dataNode = document.getElementById("assessment-keep");
  var stringsNode = document.querySelector("[data-keep-strings]");
  var printButton = document.querySelector("[data-print]");
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () { window.print(); });
  }
  if (!section || !dataNode || !stringsNode) return;
  var current = JSON.parse(dataNode.textContent);
  var s = stringsNode.dataset;
  var names = JSON.parse(s.keepStrings);
  var lang = document.documentElement.lang || "en";
  var KEY = "allykit.assessment." + current.assessment;
  var MAX_KEPT = 12;
  var status = section.querySelector("[data-keep-status]");

  function storage() {
    try {
      var probe = "allykit.probe";
      window.localStorage.setItem(probe, "1");
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }
  var store = storage();
  section.hidden = false;
  if (!store) {
    section.querySelector(".keep-buttons").hidden = true;
    status.textContent = s.unavailable;
    return;
  }

  function kept() {
    try {
      var list = JSON.parse(store.getItem(KEY) || "[]");
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }
  function level(mean) { return mean >= 3 ? "strength" : mean < 2 ? "gap" : "growing"; }
  function of4(mean) {
    var n = Number(mean).toLocaleString(lang + "-CA", {minimumFractionDigits: 1, maximumFractionDigits: 1});
    return s.of4.replace("%(mean)s", n);
  }
  function cell(row, text, header) {
    var c = document.createElement(header ? "th" : "td");
    if (header) c.scope = "row";
    c.textContent = text;
    row.appendChild(c);
  }

  function showCompare() {
    var list = kept();
    var box = section.querySelector("[data-keep-compare]");
    if (!list.length) { box.hidden = true; return; }
    var before = list[list.length - 1];
    var rows = section.querySelector("[data-keep-rows]");
    rows.textContent = "";
    Object.keys(current.functions).forEach(function (fid) {
      var now = current.functions[fid];
      var then = before.functions ? before.functions[fid] : undefined;
      var tr = document.createElement("tr");
      cell(tr, names.titles[fid] || fid, true);
      if (typeof then !== "number") {
        cell(tr, s["new"]);
        cell(tr, of4(now) + " (" + names.levels[level(now)] + ")");
        cell(tr, "");
      } else {
        var delta = Math.round((now - then) * 100) / 100;
        var word = delta > 0 ? s.up : delta < 0 ? s.down : s.same;
        cell(tr, of4(then) + " (" + names.levels[level(then)] + ")");
        cell(tr, of4(now) + " (" + names.levels[level(now)] + ")");
        cell(tr, word);
        tr.className = "change-" + (delta > 0 ? "up" : delta < 0 ? "down" : "same");
      }
      rows.appendChild(tr);
    });
    var when = new Date(before.saved);
    section.querySelector("[data-keep-when]").textContent = s.when.replace(
      "%(date)s", when.toLocaleDateString(lang + "-CA", {year: "numeric", month: "long", day: "numeric"}));
    box.hidden = false;
  }

  var saveButton = section.querySelector("[data-keep-save]");
  saveButton.addEventListener("click", function () {
    var list = kept();
    list.push({saved: new Date().toISOString(), answers: current.answers, functions: current.functions});
    store.setItem(KEY, JSON.stringify(list.slice(-MAX_KEPT)));
    saveButton.disabled = true;
    status.textContent = s.saved;
  });
  section.querySelector("[data-keep-clear]").addEventListener("click", function () {
    store.removeItem(KEY);
    saveButton.disabled = false;
    section.querySelector("[data-keep-compare]").hidden = true;
    status.textContent = s.cleared;
  });
  showCompare();
})();
