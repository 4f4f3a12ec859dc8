// Panel checker: progressive enhancement only; the page works fully without this file.
// Strings come from data- attributes rendered through gettext.
(function () {
  "use strict";

  // After the form was sent, move focus to the result's heading. The error summary (the
  // shared component, also id="outcome", the form's action fragment) is focused by site.js.
  var summary = document.querySelector("[data-error-summary]");
  var outcome = document.getElementById("outcome");
  if (!summary && outcome && window.location.hash === "#outcome") {
    outcome.focus();
  }

  // Copy a letter to the clipboard.
  var status = document.querySelector("[data-copy-status]");
  var say = function (text) {
    if (status) { status.textContent = text; }
  };
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var area = document.getElementById(button.getAttribute("data-copy"));
    if (!area || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(area.value).then(function () {
        say(button.getAttribute("data-copied"));
      }, function () {
        area.focus();
        area.select();
        say(button.getAttribute("data-copy-failed"));
      });
    });
  });

  // Print the report (the print style sheet leaves the form out).
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  // Warn before sending a file over the size limit (the server checks it too).
  document.querySelectorAll("input[type=file][data-max-bytes]").forEach(function (input) {
    input.addEventListener("change", function () {
      var limit = Number(input.getAttribute("data-max-bytes"));
      var file = input.files && input.files[0];
      input.setCustomValidity(file && file.size > limit ? input.getAttribute("data-too-large") : "");
      if (file && file.size > limit) { input.reportValidity(); }
    });
    // The form has novalidate (the server's messages are the reference), so stop it here.
    if (input.form) {
      input.form.addEventListener("submit", function (event) {
        if (input.validationMessage) {
          event.preventDefault();
          input.focus();
          input.reportValidity();
        }
      });
    }
  });
}());
