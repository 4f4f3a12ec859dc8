// Old links into a section that now has its own page (/what-allyship-entails/#microaggressions)
// are sent on to that page. The map (fragment -> new URL) is a JSON data block on the page.
(function () {
  "use strict";
  var data = document.getElementById("moved-anchors");
  if (!data) return;
  var moved;
  try {
    moved = JSON.parse(data.textContent);
  } catch (e) {
    return;
  }
  function follow() {
    var anchor = decodeURIComponent(window.location.hash.slice(1));
    if (anchor && Object.prototype.hasOwnProperty.call(moved, anchor)) {
      window.location.replace(moved[anchor]);
    }
  }
  follow();
  window.addEventListener("hashchange", follow);
})();
