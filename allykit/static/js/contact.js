// Contact form enhancements; the form works fully without this file.
(function () {
  "use strict";
  // Move focus to the error summary, so it is read out first. The form posts to #contact-form,
  // and the browser's scroll to that fragment after loading can take focus away: focus again.
  var summary = document.querySelector("[data-error-summary]");
  var focusSummary = function () {
    if (summary && document.activeElement !== summary) {
      summary.focus();
    }
  };
  focusSummary();
  window.addEventListener("load", function () { window.setTimeout(focusSummary, 0); });
  // Links in the summary move focus to their field, not only scroll to it.
  document.querySelectorAll("[data-error-summary] a[href^='#']").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (target) {
        event.preventDefault();
        target.focus();
        target.scrollIntoView({block: "center"});
      }
    });
  });
  // Character count for the message: shown, and announced politely after typing pauses.
  var counter = document.querySelector(".char-count[data-limit]");
  var area = counter && document.getElementById(counter.id.replace(/-count$/, ""));
  if (counter && area) {
    var limit = parseInt(counter.dataset.limit, 10);
    var timer = null;
    var update = function () {
      var left = limit - area.value.length;
      var template = left >= 0 ? counter.dataset.left : counter.dataset.over;
      counter.textContent = template.replace("{n}", Math.abs(left).toLocaleString(
        document.documentElement.lang));
      counter.classList.toggle("over", left < 0);
    };
    counter.hidden = false;
    update();
    counter.setAttribute("aria-live", "polite");
    area.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 700);
    });
  }
})();
