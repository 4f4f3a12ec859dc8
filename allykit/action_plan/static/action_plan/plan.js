/* The action plan in the browser: kept in localStorage, never sent anywhere except to this
   site when you use the plan pages (to draw them and make downloads; nothing is kept there).

   - "Add to my plan" buttons on content pages ([data-plan-add]) add the action here, in place,
     and say so in the button's status line; without JavaScript they post to /plan/add/.
   - The plan pages ([data-plan-app]) are drawn by the server from the browser's copy: the
     page posts it as plan_json and swaps in the answer; every button that changes the plan
     does the same. Download buttons ([data-download]) post the form as usual.
   Strings come from data- attributes rendered through gettext. */
(function () {
  "use strict";
  if (window.allykitPlan) return;
  var KEY = "allykit.plan.v1";
  var LINK = "allykit.plan.link";
  var MAX_ITEMS = 60;

  function storage() {
    try { var s = window.localStorage; s.getItem(KEY); return s; } catch (e) { return null; }
  }
  function load() {
    var s = storage();
    if (!s) return null;
    try {
      var plan = JSON.parse(s.getItem(KEY) || "null");
      return plan && Array.isArray(plan.items) ? plan : null;
    } catch (e) { return null; }
  }
  function save(plan) {
    var s = storage();
    if (!s || !plan) return;
    try { s.setItem(KEY, JSON.stringify(plan)); } catch (e) { /* full or blocked: keep going */ }
  }
  function iso(d) {
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }
  function newUid() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    var text = "";
    for (var i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
    return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function emptyPlan(lang) { return { v: 1, uid: newUid(), lang: lang, items: [] }; }
  function has(plan, id) {
    return !!plan && plan.items.some(function (item) { return item.id === id; });
  }

  /* --- "Add to my plan" on content pages ----------------------------------------------- */
  function say(form, message, linkText) {
    /* The button's toast (components/toast.html): the message and a link to the plan. */
    var id = "plan-added-" + form.getAttribute("data-action");
    if (window.allykit && window.allykit.toast) window.allykit.toast(id, message);
    var region = document.getElementById(id);
    if (!region) return;
    var p = region.querySelector(".toast-text");
    if (!p) {
      region.removeAttribute("data-empty");
      p = document.createElement("p"); p.className = "toast-text"; p.textContent = message;
      region.appendChild(p);
    }
    var link = document.createElement("a");
    link.href = form.getAttribute("data-plan-url");
    link.textContent = linkText;
    p.appendChild(document.createTextNode(" "));
    p.appendChild(link);
  }

  function addHere(form) {
    var id = form.getAttribute("data-action");
    var lang = document.documentElement.lang || "en";
    var plan = load() || emptyPlan(lang);
    var message;
    if (has(plan, id)) {
      message = form.getAttribute("data-already");
    } else if (plan.items.length >= MAX_ITEMS) {
      message = form.getAttribute("data-full");
    } else {
      var due = new Date();
      due.setDate(due.getDate() + parseInt(form.getAttribute("data-due") || "7", 10));
      var today = iso(new Date());
      if (!plan.uid) plan.uid = newUid();
      plan.items.push({ id: id, date: iso(due), note: "", status: "open",
                        log: [{ on: today, status: "added", note: "" }] });
      save(plan);
      if (!has(load(), id)) return false; /* storage refused: let the form post instead */
      message = form.getAttribute("data-added");
    }
    say(form, message, form.getAttribute("data-open"));
    return true;
  }

  function markAdded() {
    /* Actions already in the plan say so, quietly (not a live region), with the way to it. */
    var plan = load();
    if (!plan) return;
    document.querySelectorAll("[data-plan-add]").forEach(function (form) {
      if (!has(plan, form.getAttribute("data-action")) || form.querySelector(".plan-add-in")) return;
      var note = document.createElement("span");
      note.className = "plan-add-in";
      var link = document.createElement("a");
      link.href = form.getAttribute("data-plan-url");
      link.textContent = form.getAttribute("data-in");
      note.appendChild(link);
      form.insertBefore(note, form.querySelector(".toast"));
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.matches && form.matches("[data-plan-add]") && storage()) {
      if (addHere(form)) event.preventDefault();
    }
  });

  /* --- The plan pages ------------------------------------------------------------------- */
  var app = document.querySelector("[data-plan-app]");
  function pageData() {
    var node = document.getElementById("plan-data");
    try { return node ? JSON.parse(node.textContent) : null; } catch (e) { return null; }
  }
  function announce(text) {
    var live = document.getElementById("plan-live");
    if (live && text) { live.textContent = ""; window.setTimeout(function () { live.textContent = text; }, 50); }
  }
  function focusAfter(op, target) {
    var el = null;
    var summary = app.querySelector(".error-summary");
    if (summary) el = summary;
    else if (op === "add") el = document.getElementById("action-" + target) || document.getElementById("item-" + target);
    else if (op === "save" || op === "checkin") el = document.getElementById("item-" + target);
    else if (op === "remove") el = document.getElementById("plan-items");
    if (el) { if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1"); el.focus(); }
  }
  function swap(html, op, target, keepStored) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var fresh = doc.querySelector("[data-plan-app]");
    if (!fresh) return false;
    app.innerHTML = fresh.innerHTML;
    app.setAttribute("data-source", "posted");
    var data = pageData();
    if (data && !keepStored) save(data);
    var toast = app.querySelector("#plan-notice .toast-text, #plan-toast .toast-text");
    announce(toast ? toast.textContent : "");
    focusAfter(op, target);
    wire();
    return true;
  }
  function post(url, body, op, target) {
    return fetch(url, { method: "POST", body: body, credentials: "same-origin",
                        headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        /* A plan the server could not read: show its page, keep the browser's copy. */
        var keep = response.headers.get("X-Plan-Unreadable") === "1";
        return response.text().then(function (html) { return swap(html, op, target, keep); });
      });
  }
  function csrf() {
    var input = app.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }
  function link() { var s = storage(); return s ? s.getItem(LINK) || "" : ""; }

  function wire() {
    var copy = app.querySelector("[data-copy-link]");
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.onclick = function () {
        var input = document.getElementById(copy.getAttribute("data-copy-link"));
        navigator.clipboard.writeText(input.value).then(function () {
          announce(copy.getAttribute("data-copied"));
        });
      };
    }
    var print = app.querySelector("[data-print]");
    if (print) { print.hidden = false; print.onclick = function () { window.print(); }; }
  }

  function start() {
    markAdded();
    if (!app) return;
    wire();
    var page = app.getAttribute("data-page");
    var source = app.getAttribute("data-source");
    var data = pageData();
    var stored = load();
    var s = storage();
    if (page === "private") {
      var key = app.getAttribute("data-key");
      if (key && s && /[?&]saved=1/.test(window.location.search)) s.setItem(LINK, key);
      var warning = app.querySelector("[data-replaces]");
      if (warning && stored && stored.items.length && data && stored.uid !== data.uid) {
        warning.hidden = false; /* this browser holds another plan, which "Change" replaces */
      }
      return;
    }
    if (!s || page === "print") return;
    if (source === "posted") { if (data) save(data); return; }
    if (!stored || !stored.items.length) {
      if (source === "added" && data) save(data);
      if (source === "added") history.replaceState(null, "", window.location.pathname);
      return;
    }
    /* Draw the browser's copy (and add the action the address asked for). */
    var body = new FormData();
    body.append("csrfmiddlewaretoken", csrf());
    body.append("plan_json", JSON.stringify(stored));
    if (link()) body.append("key", link());
    var added = source === "added" && data && data.items.length ? data.items[0].id : "";
    if (added) body.append("op", "add:" + added);
    var form = app.querySelector("[data-plan-form]");
    post(form ? form.getAttribute("action") : window.location.pathname, body, added ? "add" : "", added)
      .catch(function () { /* the server's page stays */ });
    if (source === "added") history.replaceState(null, "", window.location.pathname);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!app || !form.matches || !form.matches("[data-plan-form]") || !storage()) return;
    var button = event.submitter;
    if (!button || button.hasAttribute("data-download")) {
      var s = storage();
      if (s && button && button.value === "delete") s.removeItem(LINK);
      if (s && button && button.hasAttribute("data-keep-here") && app.getAttribute("data-key")) {
        s.setItem(LINK, app.getAttribute("data-key")); /* later saves update this link */
      }
      return; /* downloads and moves to another page post as usual */
    }
    event.preventDefault();
    var body = new FormData(form);
    body.append(button.name, button.value);
    var parts = button.value.split(":");
    function plain() { /* the server could not be reached by fetch: post the form itself */
      var op = document.createElement("input");
      op.type = "hidden"; op.name = button.name; op.value = button.value;
      form.appendChild(op);
      form.submit();
    }
    post(form.getAttribute("action"), body, parts[0], parts[1] || "").then(function (ok) {
      if (!ok) plain();
    }).catch(plain);
  });

  window.allykitPlan = { load: load };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
