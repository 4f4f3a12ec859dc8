// An address pointing into a folded section (/en/#who) opens that section.
(function () {
  "use strict";
  function open() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    var details = target && (target.tagName === "DETAILS" ? target : target.closest("details"));
    if (details) details.open = true;
  }
  open();
  window.addEventListener("hashchange", open);
}());
