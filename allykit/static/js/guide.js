// The microaggressions guide: filter as the selects change, keep the address shareable, open
// the entry an address points to, and clear the filters ("Show all"). Without this script the
// form asks the server, which renders the same result.
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
  var total = count ? +count.dataset.total : entries.length;
  var full = entries.length === total; // else a filter asks the server for what it left out

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

  selects.forEach(function (select) {
    select.addEventListener("change", function () {
      if (full) apply(); else select.form.submit();
    });
  });

  if (reset) reset.addEventListener("click", function (event) {
    if (!full) return; // the link: the server's page of every entry
    event.preventDefault();
    selects.forEach(function (s) { s.value = ""; });
    guide.querySelectorAll("[data-setting-group]").forEach(function (g) { g.open = false; });
    apply();
    selects[0].focus(); // the link is hidden now
  });

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
