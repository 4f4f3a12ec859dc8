// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Collapsible main menu on narrow screens.
  var nav = document.querySelector("[data-nav]");
  if (nav) {
    var button = nav.querySelector(".nav-toggle");
    var narrow = window.matchMedia("(max-width: 40rem)");
    var sync = function () {
      if (narrow.matches) {
        button.hidden = false;
        var open = button.getAttribute("aria-expanded") === "true";
        nav.classList.toggle("nav-collapsed", !open);
      } else {
        button.hidden = true;
        nav.classList.remove("nav-collapsed");
      }
    };
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") === "true";
      button.setAttribute("aria-expanded", String(!open));
      sync();
    });
    narrow.addEventListener("change", sync);
    sync();
  }

  // Filter the microaggressions guide as the selects change, keeping the URL shareable.
  var guide = document.querySelector("[data-filter-guide]");
  if (guide) {
    var selects = guide.querySelectorAll("select[data-filter]");
    var entries = guide.querySelectorAll(".ma-entry");
    var count = guide.querySelector(".filter-count");
    var apply = function () {
      var setting = guide.querySelector('[data-filter="setting"]').value;
      var dimension = guide.querySelector('[data-filter="dimension"]').value;
      var shown = 0;
      entries.forEach(function (entry) {
        var ok = (!setting || entry.dataset.setting === setting) &&
          (!dimension || entry.dataset.dimensions.split(" ").indexOf(dimension) !== -1);
        entry.hidden = !ok;
        if (ok) { shown += 1; }
      });
      if (count && count.dataset.countTemplate) {
        count.textContent = count.dataset.countTemplate
          .replace("{shown}", shown).replace("{total}", entries.length);
      }
      var params = new URLSearchParams(window.location.search);
      if (setting) { params.set("setting", setting); } else { params.delete("setting"); }
      if (dimension) { params.set("dimension", dimension); } else { params.delete("dimension"); }
      var query = params.toString();
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + "#ma-guide");
    };
    // Only enhance when the full list is on the page (no server-side filter applied).
    var full = entries.length && !new URLSearchParams(window.location.search).has("setting") &&
      !new URLSearchParams(window.location.search).has("dimension");
    selects.forEach(function (select) {
      select.addEventListener("change", function () {
        // A list already filtered by the server lacks entries: ask the server again.
        if (full) { apply(); } else { select.form.submit(); }
      });
    });
  }
}());
