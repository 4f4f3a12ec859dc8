// Writing checker: re-check as one types, through the JSON API (/api/v1/check).
// Progressive enhancement only: without this file the form posts and the server renders the
// same result. Every visible string comes from the form's data-strings (rendered through
// gettext); the DOM is built with textContent, never innerHTML, so the text stays text.
(function () {
  "use strict";
  var form = document.querySelector("form[data-checker]");
  if (!form || !window.fetch || !window.JSON) { return; }
  var S = JSON.parse(form.getAttribute("data-strings") || "{}");
  var pageLang = form.getAttribute("data-page-lang") || "en";
  var api = form.getAttribute("data-api");
  var result = form.querySelector("[data-result]");
  var status = form.querySelector("[data-status]");
  var textarea = form.querySelector("#id_text");
  var numbers = new Intl.NumberFormat(pageLang === "fr" ? "fr-CA" : "en-CA", { maximumFractionDigits: 2 });
  var timer = null;
  var sequence = 0;
  var lastBody = "";

  function fill(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (_m, key) {
      return values[key] === undefined ? "" : String(values[key]);
    });
  }
  function plural(pair, n, values) {  // pair: [singular, plural]; French counts 0 and 1 as singular
    var many = pageLang === "fr" ? n > 1 : n !== 1;
    return fill(pair[many ? 1 : 0], values);
  }
  function num(n) { return numbers.format(n); }
  function pct(share) {
    if (share === null || share === undefined) { return S.na; }
    return new Intl.NumberFormat(pageLang === "fr" ? "fr-CA" : "en-CA", { style: "percent" }).format(share);
  }
  function label(category) { return (S.categories || {})[category] || category; }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (attrs[key] !== null && attrs[key] !== undefined && attrs[key] !== false) {
        node.setAttribute(key, attrs[key] === true ? "" : attrs[key]);
      }
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) { return; }
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  function hidden(text) { return el("span", { "class": "visually-hidden" }, [text]); }
  function source(src) {
    return src.url ? el("a", { href: src.url }, [src.citation]) : document.createTextNode(src.citation);
  }

  function payload() {
    var ignore = [];
    form.querySelectorAll('input[name="ignore"]:checked').forEach(function (box) { ignore.push(box.value); });
    return {
      text: textarea.value,
      genre: form.querySelector("#id_genre").value,
      lang: form.querySelector("#id_text_lang").value,
      name: form.querySelector("#id_name").value,
      ignore: ignore
    };
  }

  function highlighted(text, flags, textLang) {
    var box = el("div", { "class": "wc-text", lang: textLang, role: "region",
      "aria-labelledby": "wc-text-title", "aria-describedby": "wc-key" });
    var pos = 0;
    var i = 0;
    while (i < flags.length) {
      var start = Math.max(flags[i].start, pos);
      var end = flags[i].end;
      var refs = [i];
      var j = i + 1;
      while (j < flags.length && flags[j].start < end) { end = Math.max(end, flags[j].end); refs.push(j); j += 1; }
      if (start > pos) { box.appendChild(document.createTextNode(text.slice(pos, start))); }
      var warning = refs.some(function (k) { return flags[k].severity === "warning"; });
      box.appendChild(el("mark", { "class": "wc-hl wc-" + (warning ? "warning" : "note") }, [text.slice(start, end)]));
      refs.forEach(function (k) {
        box.appendChild(el("a", { "class": "wc-ref", href: "#wc-flag-" + (k + 1), id: "wc-ref-" + (k + 1), lang: pageLang },
          ["[" + (k + 1) + "]", hidden(" " + label(flags[k].category))]));
      });
      pos = Math.max(pos, end);
      i = j;
    }
    if (pos < text.length) { box.appendChild(document.createTextNode(text.slice(pos))); }
    return box;
  }

  function flagList(report, foreign) {
    if (!report.flags.length) { return el("p", {}, [S.no_flags]); }
    return el("ol", { "class": "wc-flags", "aria-labelledby": "wc-flags-title" }, report.flags.map(function (f, k) {
      var n = k + 1;
      return el("li", { id: "wc-flag-" + n, "class": "wc-flag wc-" + f.severity, tabindex: "-1" }, [
        el("p", { "class": "wc-flag-head" }, [el("span", { "class": "wc-num" }, ["[" + n + "]"]), " ",
          el("q", { lang: report.lang }, [f.text]), " ", el("strong", {}, [label(f.category)]), " ",
          el("span", { "class": "wc-severity" }, ["(" + (f.severity === "note" ? S.note : S.warning) + ")"])]),
        el("p", { lang: foreign }, [f.reason]),
        f.alternatives.length ? el("p", {}, [S.alternatives + " ", el("span", { lang: foreign }, [f.alternatives.join("; ")])]) : null,
        el("p", { "class": "wc-source" }, [S.source + " ", source(f.source)]),
        el("p", { "class": "wc-back" }, [el("a", { href: "#wc-ref-" + n }, [S.back, hidden(" (" + n + ")")])])
      ]);
    }));
  }

  function ignoreBox(report, ignored) {
    var rules = {};
    var order = [];
    function add(id, rule) { if (!rules[id]) { rules[id] = rule; order.push(id); } return rules[id]; }
    report.flags.forEach(function (f) {
      var rule = add(f.rule_id, { words: [], label: label(f.category), checked: false });
      var low = rule.words.map(function (w) { return w.toLowerCase(); });
      if (low.indexOf(f.text.toLowerCase()) === -1) { rule.words.push(f.text); }
    });
    report.notes.forEach(function (n) { add(n.rule_id, { words: [], label: label(n.category), checked: false }); });
    ignored.forEach(function (id) {
      if (rules[id]) { rules[id] = { words: [], label: "", checked: true }; } else { add(id, { words: [], label: "", checked: true }); }
    });
    if (!order.length) { return null; }
    return el("fieldset", { "class": "wc-ignore" }, [el("legend", {}, [S.ignore_legend]), el("p", { "class": "hint" }, [S.ignore_hint])]
      .concat(order.map(function (id) {
        var r = rules[id];
        var bits = [];
        if (r.words.length) { bits.push(el("span", { lang: report.lang }, [r.words.join(", ")]), " · "); }
        if (r.label) { bits.push(r.label + " · "); }
        bits.push(el("code", {}, [id]));
        if (r.checked) { bits.push(" (" + S.ignored + ")"); }
        return el("div", { "class": "choice" }, [
          el("input", { type: "checkbox", name: "ignore", value: id, id: "wc-ignore-" + id, checked: r.checked }),
          el("label", { "for": "wc-ignore-" + id }, bits)]);
      }))
      .concat([el("button", { type: "submit", "class": "button button-secondary" }, [S.again])]));
  }

  function summary(report, foreign) {
    var s = report.summary;
    var out = [el("h3", { id: "wc-summary-title" }, [S.summary]), el("h4", { id: "wc-changes-title" }, [S.changes])];
    out.push(s.top_changes.length ? el("ol", { "class": "wc-changes" }, s.top_changes.map(function (c) {
      return el("li", { lang: foreign }, [c.message]);
    })) : el("p", {}, [S.no_change]));
    out.push(el("h4", { id: "wc-figures-title" }, [S.figures]));
    var dl = el("dl", { "class": "key-figures wc-figures" });
    var ae = s.ability_effort_balance;
    if (ae) {
      dl.appendChild(el("dt", {}, [S.ability_effort]));
      dl.appendChild(el("dd", {}, [fill(S.ability_effort_value, { a: ae.ability, e: ae.effort, share: pct(ae.ability_share) })]));
    }
    var ac = s.agentic_communal_balance;
    if (ac) {
      var job = report.genre === "job";
      dl.appendChild(el("dt", {}, [job ? S.balance_job : S.balance]));
      dl.appendChild(el("dd", {}, [fill(job ? S.balance_job_value : S.balance_value,
        { a: ac.agentic, c: ac.communal, share: pct(ac.agentic_share) })]));
    }
    var length = plural(S.words, s.words, { words: num(s.words) });
    if (s.length && s.length.band === "short") { length += ". " + fill(S.short, { n: num(s.length.short_below) }); }
    dl.appendChild(el("dt", {}, [S.length]));
    dl.appendChild(el("dd", {}, [length]));
    var spec = s.specificity || { specifics: 0, per_100_words: 0 };
    var specific = plural(S.specifics, spec.specifics, { counter: spec.specifics, rate: num(spec.per_100_words) });
    if (spec.low) { specific += ". " + S.low; }
    dl.appendChild(el("dt", {}, [S.specificity]));
    dl.appendChild(el("dd", {}, [specific]));
    out.push(dl, el("p", { "class": "hint" }, [S.not_verdict]));
    var rows = Object.keys(s.counts).map(function (c) {
      return el("tr", {}, [el("th", { scope: "row" }, [label(c)]), el("td", {}, [String(s.counts[c])]),
        el("td", {}, [num(s.rates_per_1000[c] || 0)])]);
    });
    out.push(el("div", { "class": "table-scroll" }, [el("table", { "class": "data-table wc-counts" }, [
      el("caption", {}, [S.caption]),
      el("thead", {}, [el("tr", {}, [el("th", { scope: "col" }, [S.category]), el("th", { scope: "col" }, [S.count]),
        el("th", { scope: "col" }, [S.per_1000])])]),
      el("tbody", {}, rows)])]));
    if (s.indicative_note) {
      out.push(el("p", { "class": "wc-indicative" }, [el("strong", {}, [S.lists]), " ",
        el("span", { lang: foreign }, [s.indicative_note]), " " + S.concerned + " " +
        s.indicative_lists.map(label).join(", ") + "."]));
    }
    return out;
  }

  function statusLine(report) {
    var warnings = report.flags.filter(function (f) { return f.severity === "warning"; }).length;
    var notes = report.flags.length - warnings;
    var parts = [plural(S.words_checked, report.summary.words, { n: num(report.summary.words) })];
    if (!report.flags.length) { parts.push(S.nothing); } else {
      parts.push(plural(S.passages, warnings, { n: warnings }) + ", " + plural(S.notes, notes, { n: notes }));
    }
    if (report.notes.length) { parts.push(S.whole_note); }
    return parts.join(" ");
  }

  function render(report, body) {
    var foreign = report.lang !== pageLang ? report.lang : null;
    var focusedId = document.activeElement && result.contains(document.activeElement) ? document.activeElement.id : "";
    var section = el("section", { "class": "wc-result", "aria-labelledby": "wc-result-title" }, [
      el("h2", { id: "wc-result-title" }, [S.result]),
      el("p", {}, [fill(S.genre_words, { genre: S.genres[report.genre], words: num(report.summary.words) })]),
      el("h3", { id: "wc-text-title" }, [S.highlights]),
      el("p", { "class": "hint", id: "wc-key" }, [S.key]),
      highlighted(body.text, report.flags, report.lang),
      el("h3", { id: "wc-flags-title" }, [S.flagged]),
      flagList(report, foreign)
    ]);
    if (report.notes.length) {
      section.appendChild(el("h3", { id: "wc-notes-title" }, [S.whole]));
      section.appendChild(el("ul", { "class": "wc-notes" }, report.notes.map(function (n) {
        return el("li", {}, [el("strong", {}, [label(n.category)]), " ", el("span", { lang: foreign }, [n.reason]),
          " " + S.source + " ", source(n.source)]);
      })));
    }
    var box = ignoreBox(report, body.ignore);
    if (box) { section.appendChild(box); }
    summary(report, foreign).forEach(function (node) { section.appendChild(node); });
    result.replaceChildren(section);
    var line = statusLine(report);
    if (status.textContent !== line) { status.textContent = line; }
    if (focusedId && document.getElementById(focusedId)) { document.getElementById(focusedId).focus(); }
  }

  function run() {
    var body = payload();
    var key = JSON.stringify(body);
    if (key === lastBody) { return; }
    lastBody = key;
    var mine = ++sequence;
    if (!body.text.trim()) { result.replaceChildren(); status.textContent = ""; return; }
    status.textContent = S.checking;
    fetch(api, { method: "POST", headers: { "Content-Type": "application/json" }, body: key, credentials: "omit" })
      .then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (answer) {
        if (mine !== sequence) { return; }
        if (answer.ok) { render(answer.data, body); return; }
        result.replaceChildren();
        var code = answer.data && answer.data.error ? answer.data.error.code : "";
        status.textContent = code === "too_long" ? S.too_long : S.failed;
      })
      .catch(function () { if (mine === sequence) { status.textContent = S.failed; lastBody = ""; } });
  }

  function schedule() { window.clearTimeout(timer); timer = window.setTimeout(run, 600); }
  form.addEventListener("input", function (event) {
    if (event.target.name !== "ignore") { schedule(); }
  });
  form.addEventListener("change", function (event) {
    if (event.target.tagName === "SELECT" || event.target.name === "ignore") { window.clearTimeout(timer); run(); }
  });
  form.setAttribute("data-live", "true");
  if (!result.firstChild && textarea.value.trim()) { schedule(); }
  if (result.firstChild) { lastBody = JSON.stringify(payload()); }
})();
