/* Reading progress: "3 of 11 pages read", kept in this browser's localStorage only (key
   allykit.read: the page keys read). A page counts as read once its end is on screen.
   No cookie, nothing sent. Strings come from data- attributes rendered through gettext. */
(function () {
  "use strict";
  var box = document.querySelector("[data-reading-progress]");
  if (!box) return;
  var KEY = "allykit.read";
  var store;
  try {
    store = window.localStorage;
    store.setItem("allykit.probe", "1");
    store.removeItem("allykit.probe");
  } catch (e) {
    return; // storage refused: the counter stays hidden
  }
  var pages = JSON.parse(box.dataset.pages);
  var here = box.dataset.page;
  var text = box.querySelector("[data-progress-text]");
  var bar = box.querySelector("[data-progress-bar]");
  var status = box.querySelector("[data-progress-status]");

  function read() {
    try {
      var list = JSON.parse(store.getItem(KEY) || "[]");
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }
  function show() {
    var done = read();
    var n = pages.filter(function (p) { return done.indexOf(p) !== -1; }).length;
    text.textContent = box.dataset.label.replace("%(read)s", n).replace("%(total)s", pages.length);
    bar.value = n;
  }
  function markRead() {
    var done = read();
    if (done.indexOf(here) === -1) {
      done.push(here);
      store.setItem(KEY, JSON.stringify(done));
    }
    show();
  }

  box.querySelector("[data-progress-clear]").addEventListener("click", function () {
    store.removeItem(KEY);
    show();
    status.textContent = box.dataset.cleared;
  });
  window.addEventListener("storage", function (event) {
    if (event.key === KEY || event.key === null) show();
  });
  show();
  box.hidden = false;

  if (here !== "home" && pages.indexOf(here) !== -1) {
    var end = document.querySelector(".pagination") || box;
    if ("IntersectionObserver" in window) {
      var seen = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) {
          markRead();
          seen.disconnect();
        }
      });
      seen.observe(end);
    } else {
      markRead();
    }
  }
})();
