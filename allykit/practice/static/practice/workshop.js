// Live workshop screens: poll the state with ETag/304 and update in place (no framework).
// The facilitator's counts update every second; a participant's page reloads when the
// facilitator opens, closes, reveals or moves on. Without JavaScript, reloading does the same.
(function () {
  "use strict";
  var root = document.querySelector("[data-live]");
  if (!root || !window.fetch) return;
  var isHost = root.getAttribute("data-live") === "host";
  var url = root.getAttribute("data-state-url");
  var version = root.getAttribute("data-version");
  var etag = "";
  var base = isHost ? 1000 : 1500;
  var period = base;
  // "{n}%" in English, "{n} %" in French: the page gives the form (data-percent-template).
  var results = root.querySelector("[data-percent-template]");
  var percentTemplate = (results && results.getAttribute("data-percent-template")) || "{n}%";

  // Follow the facilitator with a fresh GET of this page's address. Not reload(): after a
  // vote posted without the background request (an error shown, or a phone that fell back),
  // reloading would send the form again or ask the browser's "resubmit?" question; and the
  // "voted" flag of the address would keep announcing a vote on a question that moved on.
  function refresh() {
    // "new" (the private-link box of a just-started workshop) goes for the same reason.
    var query = new URLSearchParams(window.location.search);
    query.delete("voted");
    query.delete("new");
    var search = query.toString();
    window.location.replace(window.location.pathname + (search ? "?" + search : ""));
  }

  function text(selector, value) {
    var nodes = root.querySelectorAll(selector);
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = value;
  }

  function showCounts(data) {
    var counts = data.counts || {};
    var ids = [];
    var cells = root.querySelectorAll("[data-count]");
    var top = 1;
    for (var i = 0; i < cells.length; i++) {
      var id = cells[i].getAttribute("data-count");
      ids.push(id);
      top = Math.max(top, counts[id] || 0);
    }
    ids.forEach(function (id) {
      var n = counts[id] || 0;
      text('[data-count="' + id + '"]', String(n));
      text('[data-count-bar="' + id + '"]', String(n));
      text('[data-percent="' + id + '"]', percentTemplate.replace("{n}", String(data.total ? Math.round((100 * n) / data.total) : 0)));
      var bar = root.querySelector('[data-bar="' + id + '"]');
      if (bar) bar.setAttribute("width", String(Math.round((100 * n) / top)));
    });
    text("[data-total]", String(data.total || 0));
    if (typeof data.participants === "number") text("[data-participants]", String(data.participants));
  }

  function poll() {
    if (document.hidden) return schedule();
    var headers = etag ? { "If-None-Match": etag } : {};
    fetch(url, { headers: headers, cache: "no-store", credentials: "same-origin" })
      .then(function (response) {
        if (response.status !== 304 && !response.ok) throw new Error(String(response.status));
        period = base; // reachable again: back to the normal pace after a failure's back-off
        if (response.status === 304) return null;
        etag = response.headers.get("ETag") || "";
        return response.json();
      })
      .then(function (data) {
        if (!data) return;
        if (String(data.version) !== version) {
          // A phone's page changes only with the phase or the question: showing or hiding
          // the room's own lines changes the facilitator's screen alone, and reloading the
          // phone for it would wipe a line being typed.
          var moved = String(data.phase) !== root.getAttribute("data-phase") ||
            String(data.question) !== root.getAttribute("data-question");
          if (isHost || moved) {
            refresh();
            return;
          }
          version = String(data.version);
        }
        if (isHost) showCounts(data);
      })
      .catch(function () { period = Math.min(period * 2, 10000); })
      .then(schedule);
  }

  function schedule() {
    window.setTimeout(poll, period + Math.floor(Math.random() * 200));
  }

  var timer = root.querySelector("[data-timer]");
  var opened = Number(root.getAttribute("data-opened-at") || 0);
  if (isHost && timer && opened) {
    var minutes = Number(root.getAttribute("data-minutes") || 0);
    var template = root.getAttribute("data-timer-template") || "{elapsed}";
    var tick = function () {
      var seconds = Math.max(0, Math.floor(Date.now() / 1000 - opened));
      var mm = Math.floor(seconds / 60);
      var ss = seconds % 60;
      var elapsed = mm + ":" + (ss < 10 ? "0" : "") + ss;
      timer.textContent = template.replace("{elapsed}", elapsed).replace("{minutes}", String(minutes));
      timer.classList.toggle("timer-over", minutes > 0 && seconds >= minutes * 60);
    };
    if (root.getAttribute("data-phase") === "open") {
      tick();
      window.setInterval(tick, 1000);
    }
  }
  // A phone's vote is sent in the background, so the page is not reloaded for it; when that
  // fails for any reason the form is posted the ordinary way (and shows its errors).
  var voteForm = isHost ? null : root.querySelector("form.practice-answer");
  // Once a vote is recorded, the errors of an earlier attempt (a vote sent without a choice)
  // no longer hold: take away their summary, their messages and the fields' error state.
  function clearErrors() {
    var gone = root.querySelectorAll(".error-summary, .field-error");
    for (var i = 0; i < gone.length; i++) gone[i].parentNode.removeChild(gone[i]);
    var marked = root.querySelectorAll(".field-has-error");
    for (var j = 0; j < marked.length; j++) marked[j].classList.remove("field-has-error");
    var invalid = root.querySelectorAll("[aria-invalid]");
    for (var k = 0; k < invalid.length; k++) invalid[k].removeAttribute("aria-invalid");
    var described = root.querySelectorAll("[aria-describedby]");
    for (var m = 0; m < described.length; m++) {
      var ids = described[m].getAttribute("aria-describedby").split(/\s+/).filter(function (id) {
        return id && document.getElementById(id);
      });
      if (ids.length) described[m].setAttribute("aria-describedby", ids.join(" "));
      else described[m].removeAttribute("aria-describedby");
    }
    if (document.title.indexOf(root.getAttribute("data-error-prefix") || "\u0000") === 0) {
      document.title = document.title.slice(root.getAttribute("data-error-prefix").length).replace(/^\s+/, "");
    }
  }
  var status = root.querySelector("[data-vote-status]");
  function nested(label) {
    /* The line is quoted whole by the message: its own quotation marks go one level in. */
    var pairs = [];
    try { pairs = JSON.parse(status.getAttribute("data-nested-quotes") || "[]"); } catch (e) { pairs = []; }
    return pairs.reduce(function (text, pair) { return text.split(pair[0]).join(pair[1]); }, String(label));
  }
  if (voteForm && status && window.FormData) {
    voteForm.addEventListener("submit", function (event) {
      if (!voteForm.querySelector("input[name=choice]:checked")) return;
      event.preventDefault();
      fetch(window.location.href, {
        method: "POST", body: new FormData(voteForm), credentials: "same-origin",
        headers: { "Accept": "application/json" }
      }).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      }).then(function (data) {
        status.textContent = status.getAttribute("data-recorded-template").replace("{choice}", nested(data.label));
        clearErrors();
        var button = voteForm.querySelector("button[type=submit]");
        if (button) button.textContent = button.getAttribute("data-change-label");
      }).catch(function () { voteForm.submit(); });
    });
  }
  schedule();
})();
