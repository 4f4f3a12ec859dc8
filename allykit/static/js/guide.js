// The microaggressions guide: filter by who you are in the scene, setting and kind of bias as
// the selects change, keep the address shareable, and open the entry an address points to.
// "Show all entries" ([data-filter-reset], shown while a filter is on) clears the filters here,
// or is followed as the link it is when the server left entries out.
// Without this script the same form asks the server, which renders the same result.
(function () {
  "use strict";
  var guide = document.querySelector("[data-ma-guide]");
  if (!guide) return;
  var entries = guide.querySelectorAll(".ma-entry");
  var count = guide.querySelector(".filter-count");
  var reset = guide.querySelector("[data-filter-reset]");
  var selects = guide.querySelectorAll("select[data-filter]");
  var value = function (name) {
    var select = guide.querySelector('[data-filter="' + name + '"]');
    return select ? select.value : "";
  };
  var total = count && count.dataset.total ? parseInt(count.dataset.total, 10) : entries.length;
  // Whether the server sent every entry: if it left some out (the page was asked for with a
  // setting or a kind of bias), a filter that could bring them back asks it again.
  var full = entries.length === total;

  function apply() {
    var setting = value("setting"), dimension = value("dimension"), role = value("role");
    var shown = 0;
    if (reset) reset.hidden = !(setting || dimension || role);
    entries.forEach(function (entry) {
      var roles = entry.dataset.roles.split(" ");
      var ok = (!setting || entry.dataset.setting === setting) &&
        (!dimension || entry.dataset.dimensions.split(" ").indexOf(dimension) !== -1) &&
        (!role || roles.indexOf(role) !== -1);
      entry.hidden = !ok;
      if (ok) shown += 1;
      entry.querySelectorAll("[data-role]").forEach(function (line) {
        line.hidden = Boolean(role) && line.dataset.role !== role;
      });
    });
    guide.querySelectorAll("[data-setting-group]").forEach(function (group) {
      var visible = group.querySelectorAll(".ma-entry:not([hidden])").length;
      group.hidden = visible === 0;
      group.open = Boolean(setting || dimension || role) && visible > 0 ? true : group.open;
      var meta = group.querySelector("[data-group-count]");
      if (meta) {
        var one = new Intl.PluralRules(document.documentElement.lang).select(visible) === "one";
        meta.textContent = (one ? meta.dataset.countOne : meta.dataset.countMany).replace("{n}", visible);
      }
    });
    if (count && count.dataset.countMany) {
      var single = new Intl.PluralRules(document.documentElement.lang).select(shown) === "one";
      count.textContent = (single ? count.dataset.countOne : count.dataset.countMany)
        .replace("{shown}", shown).replace("{total}", total);
    }
    var params = new URLSearchParams(window.location.search);
    [["setting", setting], ["dimension", dimension], ["role", role]].forEach(function (pair) {
      if (pair[1]) params.set(pair[0], pair[1]); else params.delete(pair[0]);
    });
    params.delete("entry");
    var query = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + "#ma-guide");
  }

  guide.querySelectorAll("select[data-filter]").forEach(function (select) {
    select.addEventListener("change", function () {
      if (full) apply(); else select.form.submit(); // what the server left out can come back
    });
  });

  if (reset) {
    reset.addEventListener("click", function (event) {
      if (!full) return; // the server left entries out: its unfiltered page is the link's
      event.preventDefault();
      selects.forEach(function (select) { select.value = ""; });
      guide.querySelectorAll("[data-setting-group]").forEach(function (group) {
        group.open = false; // folded again, as the unfiltered page shows them
      });
      apply(); // every entry, the count said in its status line, the address without filters
      selects[0].focus(); // the link is hidden now: focus goes back to the first filter
    });
  }

  // An address such as #ma-mistaken-for-nurse opens that entry.
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.classList.contains("ma-entry")) {
      var details = target.querySelector("details");
      if (details) details.open = true;
      var group = target.closest("details");
      if (group) group.open = true;
      target.scrollIntoView();
    }
  }
  openTarget();
  window.addEventListener("hashchange", openTarget);
}());
