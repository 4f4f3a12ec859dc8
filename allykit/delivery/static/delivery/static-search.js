// The static export's search page: Pagefind's index for this page's language, with the query
// kept in the address and in the link to the same search in the other language.
(function () {
  "use strict";
  var holder = document.querySelector("[data-static-search]");
  if (!holder || typeof window.PagefindUI === "undefined") {
    return;
  }
  var ui = new window.PagefindUI({
    element: "#static-search",
    showSubResults: true,
    showImages: false,
    resetStyles: false
  });
  var toggle = document.querySelector("a.lang-toggle, a[data-lang-toggle]");
  var toggleBase = toggle ? toggle.getAttribute("href").split("?")[0] : "";
  var sync = function (value) {
    var query = value ? "?q=" + encodeURIComponent(value) : "";
    window.history.replaceState(null, "", window.location.pathname + query);
    if (toggle) {
      toggle.setAttribute("href", toggleBase + query);
    }
  };
  var initial = (new URLSearchParams(window.location.search).get("q") || "").trim();
  if (initial) {
    ui.triggerSearch(initial);
  }
  sync(initial);
  holder.addEventListener("input", function (event) {
    if (event.target && event.target.tagName === "INPUT") {
      sync(event.target.value.trim());
    }
  });
})();
