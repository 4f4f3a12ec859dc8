// The export's front door: go to the reader's language (French when the browser prefers it).
(function () {
  "use strict";
  var langs = navigator.languages || [navigator.language || "en"];
  for (var i = 0; i < langs.length; i += 1) {
    var base = String(langs[i]).slice(0, 2).toLowerCase();
    if (base === "fr" || base === "en") {
      window.location.replace(base + "/");
      return;
    }
  }
  window.location.replace("en/");
})();
