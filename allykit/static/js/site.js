// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var api = window.allykit = window.allykit || {};

  // Main menu (narrow screens). CSS keeps it collapsed from the first paint; without script the
  // "Menu" link opens it with :target. Here it becomes a disclosure button; Escape closes it.
  var toggle = document.querySelector("[data-menu-toggle]");
  var nav = document.getElementById("site-nav");
  if (toggle && nav) {
    var closeLink = nav.querySelector(".menu-close");
    toggle.setAttribute("role", "button");
    toggle.setAttribute("aria-controls", "site-nav");
    var setOpen = function (open, focusToggle) {
      nav.classList.toggle("is-open", open);
      toggle.setAttribute("aria-expanded", String(open));
      if (!open && focusToggle) { toggle.focus(); }
    };
    setOpen(window.location.hash === "#site-nav");
    if (window.location.hash === "#site-nav") {
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
    }
    toggle.addEventListener("click", function (event) {
      event.preventDefault();
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    toggle.addEventListener("keydown", function (event) {
      if (event.key === " ") { event.preventDefault(); toggle.click(); }
    });
    if (closeLink) {
      closeLink.setAttribute("role", "button");
      closeLink.addEventListener("click", function (event) {
        event.preventDefault();
        setOpen(false, true);
      });
    }
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") { return; }
      var sub = document.querySelector(".nav-sub[open]");
      if (sub && sub.contains(document.activeElement)) {
        sub.open = false;
        sub.querySelector("summary").focus();
      } else if (toggle.getAttribute("aria-expanded") === "true") {
        setOpen(false, true);
      } else if (sub) {
        sub.open = false;
      }
    });
    // Submenus (drop-downs at desktop widths): one open at a time; a click elsewhere closes.
    var subs = nav.querySelectorAll(".nav-sub");
    subs.forEach(function (sub) {
      sub.addEventListener("toggle", function () {
        if (sub.open) { subs.forEach(function (o) { if (o !== sub) { o.open = false; } }); }
      });
    });
    document.addEventListener("click", function (event) {
      subs.forEach(function (sub) { if (!sub.contains(event.target)) { sub.open = false; } });
    });
    nav.addEventListener("focusout", function (event) {
      subs.forEach(function (sub) {
        if (sub.open && event.relatedTarget && !sub.contains(event.relatedTarget) &&
            window.matchMedia("(min-width: 80rem)").matches) { sub.open = false; }
      });
    });
  }

  // Colour scheme: the choice is a cookie (read by the server's scheme.css on the next page)
  // and data-scheme on <html> now, so the switch needs no reload.
  var readScheme = function () {
    var found = document.cookie.match(/(?:^|;\s*)scheme=(auto|light|dark)/);
    return found ? found[1] : "auto";
  };
  var systemDark = window.matchMedia("(prefers-color-scheme: dark)");
  var isDark = function (choice) { return choice === "dark" || (choice === "auto" && systemDark.matches); };
  var applyScheme = function (choice) {
    root.dataset.scheme = choice;  // "auto" too: it must override what scheme.css said
    document.querySelectorAll("[data-scheme-form] button[name=scheme]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.value === choice));
    });
    document.querySelectorAll("[data-scheme-toggle]").forEach(function (t) {
      t.setAttribute("aria-pressed", String(isDark(choice)));
    });
  };
  var saveScheme = function (choice) {
    var secure = window.location.protocol === "https:" ? "; secure" : "";
    document.cookie = "scheme=" + choice + "; path=/; max-age=31536000; samesite=lax" + secure;
    applyScheme(choice);
  };
  document.querySelectorAll("[data-scheme-toggle]").forEach(function (t) {
    var label = t.querySelector(".visually-hidden");
    if (label && t.dataset.labelToggle) { label.textContent = t.dataset.labelToggle; }
    t.setAttribute("role", "button");
    t.addEventListener("click", function (event) {
      event.preventDefault();
      var dark = isDark(readScheme());
      // Back to "auto" when the wanted scheme is the device's own.
      var wanted = dark ? "light" : "dark";
      saveScheme((wanted === "dark") === systemDark.matches ? "auto" : wanted);
    });
    t.addEventListener("keydown", function (event) {
      if (event.key === " ") { event.preventDefault(); t.click(); }
    });
  });
  document.querySelectorAll("[data-scheme-form]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var button = event.submitter;
      if (!button || button.name !== "scheme") { return; }
      event.preventDefault();
      saveScheme(button.value);
    });
  });
  applyScheme(readScheme());
  systemDark.addEventListener("change", function () { applyScheme(readScheme()); });

  // Error summary (components/error_summary.html): take focus, also after the browser's scroll
  // to a fragment; its links move focus to their field, not only scroll to it.
  var summary = document.querySelector("[data-error-summary]");
  var focusSummary = function () {
    if (summary && document.activeElement !== summary && !summary.contains(document.activeElement)) {
      summary.focus();
    }
  };
  if (summary) {
    focusSummary();
    window.addEventListener("load", function () { window.setTimeout(focusSummary, 0); });
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".error-summary a[href^='#']");
    if (!link) { return; }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) { return; }
    event.preventDefault();
    // A group (a fieldset with tabindex="-1", as components/form_field.html makes it) takes the
    // focus itself, so a screen reader says its legend, hint and error; the legend is scrolled
    // into view. Another fieldset hands the focus to its first control.
    var group = target.matches("fieldset");
    var field = group && !target.hasAttribute("tabindex") ? target.querySelector("input, select, textarea") : target;
    (field || target).focus({preventScroll: true});
    var label = (group && target.querySelector("legend")) || document.querySelector("label[for='" + target.id + "']") || target;
    label.scrollIntoView({block: "center"});
  });

  // Character count (components/form_field.html with count=N): shown, and announced politely
  // once typing pauses; the plural form follows the page's language (Intl.PluralRules).
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(root.lang) : null;
  document.querySelectorAll(".char-count[data-limit]").forEach(function (counter) {
    var area = document.getElementById(counter.id.replace(/-count$/, ""));
    if (!area) { return; }
    var limit = parseInt(counter.dataset.limit, 10);
    var timer = null;
    var update = function () {
      var left = limit - area.value.length;
      var n = Math.abs(left);
      var form = plural && plural.select(n) === "one" ? "One" : "Other";
      var template = counter.dataset[(left >= 0 ? "left" : "over") + form];
      counter.textContent = template.replace("{n}", n.toLocaleString(root.lang));
      counter.classList.toggle("over", left < 0);
    };
    counter.hidden = false;
    update();
    counter.setAttribute("aria-live", "polite");
    area.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 700);
    });
  });

  // Side column (toolkit/_aside.html, wide screens): mark the section being read. Only colour
  // and an inset line change, so nothing moves.
  var toc = document.querySelector("[data-page-aside] .aside-toc");
  if (toc && window.matchMedia) {
    var wide = window.matchMedia("(min-width: 70rem)");
    var tocLinks = Array.prototype.slice.call(toc.querySelectorAll("a[href^='#']"));
    var heads = tocLinks.map(function (a) { return document.getElementById(a.hash.slice(1)); });
    var ticking = false;
    var mark = function () {
      ticking = false;
      if (!wide.matches) { return; }
      var current = -1;
      heads.forEach(function (h, i) { if (h && h.getBoundingClientRect().top < 140) { current = i; } });
      tocLinks.forEach(function (a, i) {
        if (i === current) { a.setAttribute("aria-current", "true"); } else { a.removeAttribute("aria-current"); }
      });
    };
    window.addEventListener("scroll", function () {
      if (!ticking) { ticking = true; window.requestAnimationFrame(mark); }
    }, {passive: true});
    mark();
  }

  // Page feedback: answered in place (the form posts as usual without script and comes back to
  // #page-feedback). The server's answer, thanks or errors, replaces the widget.
  document.querySelectorAll("[data-feedback]").forEach(function (section) {
    section.addEventListener("submit", function (event) {
      var form = event.target;
      if (!window.fetch || !window.DOMParser) { return; }
      event.preventDefault();
      var button = form.querySelector("button[type=submit]");
      if (button) { button.disabled = true; }
      fetch(form.action, {method: "POST", body: new FormData(form), credentials: "same-origin"})
        .then(function (response) { return response.text(); })
        .then(function (text) {
          var fresh = new DOMParser().parseFromString(text, "text/html").querySelector("[data-feedback]");
          if (!fresh) { throw new Error("no widget in the answer"); }
          section.innerHTML = fresh.innerHTML;
          var focus = section.querySelector(".error-summary, .toast");
          if (focus) { focus.setAttribute("tabindex", "-1"); focus.focus(); }
        })
        .catch(function () { form.submit(); });
    });
  });

  // Toast (components/toast.html): fill a live region.
  api.toast = function (id, text) {
    var region = document.getElementById(id);
    if (!region) { return; }
    region.removeAttribute("data-empty");
    region.textContent = "";
    var p = document.createElement("p");
    p.className = "toast-text";
    p.textContent = text;
    region.appendChild(p);
  };

  // Tabs (components/tabs.html): links to sections become ARIA tabs.
  document.querySelectorAll("[data-tabs]").forEach(function (box) {
    var list = box.querySelector(".tabs-list");
    var tabs = Array.prototype.slice.call(box.querySelectorAll(".tabs-tab"));
    var panels = tabs.map(function (t) { return document.getElementById(t.hash.slice(1)); });
    if (!list || panels.indexOf(null) !== -1) { return; }
    box.classList.add("tabs-enhanced");
    list.setAttribute("role", "tablist");
    var select = function (index, focus) {
      tabs.forEach(function (tab, i) {
        var on = i === index;
        tab.setAttribute("aria-selected", String(on));
        tab.tabIndex = on ? 0 : -1;
        panels[i].hidden = !on;
      });
      if (focus) { tabs[index].focus(); }
    };
    tabs.forEach(function (tab, i) {
      tab.parentNode.setAttribute("role", "presentation");
      tab.setAttribute("role", "tab");
      tab.id = tab.id || panels[i].id + "-tab";
      tab.setAttribute("aria-controls", panels[i].id);
      panels[i].setAttribute("role", "tabpanel");
      panels[i].setAttribute("aria-labelledby", tab.id);
      panels[i].tabIndex = 0;
      tab.addEventListener("click", function (event) { event.preventDefault(); select(i); });
      tab.addEventListener("keydown", function (event) {
        var next = {ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1}[event.key];
        if (next === undefined) { return; }
        event.preventDefault();
        select((next + tabs.length) % tabs.length, true);
      });
    });
    var start = tabs.findIndex(function (t) { return t.hash === window.location.hash; });
    select(start < 0 ? 0 : start);
  });

  // A link to a collapsed accordion item (or into one) opens it.
  var openTarget = function () {
    if (!window.location.hash) { return; }
    var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    var details = target && target.closest("details");
    if (details && !details.open) { details.open = true; target.scrollIntoView(); }
  };
  openTarget();
  window.addEventListener("hashchange", openTarget);
}());
