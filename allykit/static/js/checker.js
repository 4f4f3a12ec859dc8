// Writing checker: re-check as one types. Progressive enhancement only: without this file the
// form posts and the server renders the result. With it, the same form is posted in the
// background with the header X-Fragment: result, and the result fragment the server renders
// (the one template, the one presenter) replaces the current one. Messages come from the
// form's data-strings (rendered through gettext).
(function () {
  "use strict";
  var form = document.querySelector("form[data-checker]");
  if (!form || !window.fetch || !window.FormData || !window.DOMParser) { return; }
  var S = JSON.parse(form.getAttribute("data-strings") || "{}");
  var result = form.querySelector("[data-result]");
  var status = form.querySelector("[data-status]");
  var textarea = form.querySelector("#id_text");
  var timer = null;
  form.setAttribute("data-live", "true");
  var sequence = 0;
  var lastBody = "";

  // The error summary takes focus (the form's #result target is the summary on an error
  // page, so it is in view without JavaScript too); again after load, when the browser has
  // scrolled to the fragment.
  var summary = document.querySelector("[data-error-summary]");
  function focusSummary() { if (summary) { summary.focus(); } }
  focusSummary();
  window.addEventListener("load", function () { window.setTimeout(focusSummary, 0); });

  function body() {
    var data = new FormData(form);
    data.delete("upload");  // a file is sent only with the button
    data.delete("download");
    data.delete("load_sample");
    return data;
  }
  function key(data) {
    var parts = [];
    data.forEach(function (value, name) { parts.push(name + "=" + value); });
    return parts.join("&");
  }

  function check() {
    var data = body();
    if (!String(data.get("text") || "").trim()) {  // nothing to check: no result
      sequence++;
      lastBody = "";
      result.replaceChildren();
      status.textContent = "";
      return;
    }
    if (String(data.get("text")).length > Number(textarea.getAttribute("data-max-chars"))) {
      status.textContent = S.too_long;
      return;
    }
    var k = key(data);
    if (k === lastBody) { return; }
    lastBody = k;
    var mine = ++sequence;
    status.textContent = S.checking;
    fetch(form.getAttribute("action").split("#")[0] || window.location.pathname, {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "X-Fragment": "result" }
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.text();
    }).then(function (html) {
      if (mine !== sequence) { return; }
      var doc = new DOMParser().parseFromString(html, "text/html");
      var fragment = doc.querySelector("[data-fragment]");
      if (!fragment) { throw new Error("no fragment"); }
      if (fragment.querySelector(".error-summary")) {
        status.textContent = fragment.querySelector(".error-summary li").textContent;
        return;
      }
      var open = result.querySelector(".wc-flag:focus");
      result.replaceChildren.apply(result, Array.prototype.slice.call(fragment.childNodes));
      status.textContent = fragment.getAttribute("data-status-text") || "";
      if (open && open.id) {
        var again = document.getElementById(open.id);
        if (again) { again.focus(); }
      }
    }).catch(function () {
      if (mine === sequence) { status.textContent = S.failed; }
    });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 400);
  }
  textarea.addEventListener("input", later);
  form.querySelectorAll("#id_genre, #id_text_lang, #id_name, #id_text_b").forEach(function (el) {
    el.addEventListener(el.tagName === "SELECT" ? "change" : "input", later);
  });
  form.addEventListener("change", function (event) {
    if (event.target && event.target.name === "ignore") { later(); }
  });
}());
