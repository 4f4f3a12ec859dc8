// Search as you type on the results page. Progressive enhancement: without this file the
// form submits and the server renders the same results. Results come from the same view
// (?live=1 returns just the results); the summary is announced through a status region.
(function () {
  "use strict";
  var form = document.querySelector("[data-search-form]");
  var region = document.querySelector("[data-search-results]");
  var live = document.querySelector("[data-search-live]");
  if (!form || !region || !window.fetch || !window.URLSearchParams) { return; }
  var input = form.querySelector("input[name=q]");
  var timer = null;
  var controller = null;
  var last = input.value.trim();

  var show = function (query, html) {
    region.innerHTML = html;
    var summary = region.querySelector("[data-search-summary]");
    var note = region.querySelector(".search-note");
    if (live) {
      live.textContent = summary ? summary.textContent : (note ? note.textContent : "");
    }
    var url = form.action + (query ? "?" + new URLSearchParams({q: query}).toString() : "");
    window.history.replaceState(null, "", url);
  };

  var run = function () {
    var query = input.value;
    if (query.trim() === last) { return; }
    last = query.trim();
    if (controller) { controller.abort(); }
    controller = window.AbortController ? new AbortController() : null;
    var params = new URLSearchParams({q: query, live: "1"});
    fetch(form.action + "?" + params.toString(), {
      headers: {"Accept": "text/html"},
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.text();
    }).then(function (html) {
      show(query.trim(), html);
    }).catch(function () { /* the form still submits normally */ });
  };

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 250);
  });
}());
