"""Messages of the panel checker in English or Canadian French, through the engine's gettext
domain (i18n.py); the English strings are in strings.py, the French in the catalogue."""

from __future__ import annotations

from .errors import DETAILS
from .i18n import gettext, ngettext, pgettext
from .strings import FLAG_HELP, LABELS, PROBLEMS, Plural
from .typo import check_lang, fmt_int


def label(key: str, lang: str) -> str:
    check_lang(lang)
    return pgettext(lang, "label", LABELS[key]) if key in LABELS else key


def flag_help(key: str, lang: str) -> str:
    return gettext(check_lang(lang), FLAG_HELP[key])


def problem_message(code: str, lang: str, *, row: int | None = None, **params: object) -> str:
    check_lang(lang)
    entry = PROBLEMS.get(code, code)
    if isinstance(entry, Plural):
        number = params.get(entry.param)
        n = number if isinstance(number, int) else 2
        template = ngettext(lang, entry.singular, entry.plural, n)
    else:
        template = gettext(lang, entry)
    values = {
        k: (fmt_int(v, lang) if isinstance(v, int) and not isinstance(v, bool) else v)
        for k, v in params.items()
        if v is not None
    }
    if values.get("detail") in DETAILS:
        values["detail"] = gettext(lang, values["detail"]).format_map(_Default(values))
    if "{formats}" in template:
        from .formats import labels

        values["formats"] = labels(lang)
    if "key" in values:
        values["key"] = label("col_" + str(values["key"]), lang)
    if "missing" in values:
        values["missing"] = label("col_" + str(values["missing"]), lang)
    if "columns" in values or "found" in values:
        for key in ("columns", "found"):
            if key in values:
                values[key] = _columns(values[key], lang)
    if "header_row" in values:
        sheet = values.get("sheet") or ""
        values["sheet_part"] = (
            gettext(lang, " of sheet “{sheet}”").format(sheet=sheet) if sheet else ""
        )
    if "source" in values:
        values["source"] = label("src_" + str(values["source"]), lang)
    try:
        text = template.format_map(_Default(values))
    except (ValueError, IndexError):  # a brace in a value never reaches format
        text = template
    if row is not None:
        prefix = gettext(lang, "Row {row}: ")
        text = prefix.format(row=fmt_int(row, lang)) + text[:1].upper() + text[1:]
    return text


def coverage_line(stated: int, people: int, lang: str) -> str:
    """The headline of how much is known: 'Gender stated for 12 of 40 places (30 %).'"""
    from .typo import fmt_pct

    share = fmt_pct(stated / people, lang) if people else "–"
    template = gettext(lang, "Gender stated for {stated} of {people} places ({share}).")
    return template.format(stated=fmt_int(stated, lang), people=fmt_int(people, lang), share=share)


def no_information_line(count: int, lang: str) -> str:
    """One line for all the sessions where nobody's gender is stated."""
    template = ngettext(
        lang,
        "{count} session has no gender information at all: not listed one by one. Fill in "
        "the template to count it.",
        "{count} sessions have no gender information at all: not listed one by one. Fill in "
        "the template to count them.",
        count,
    )
    return template.format(count=fmt_int(count, lang))


def layout_message(layout: dict, lang: str) -> str:
    """'Header on row 3 of sheet “Programme”; Speaker → name, Gender → gender.'"""
    pairs = [[c["header"], c["field"]] for c in layout.get("columns", []) if c.get("field")]
    return problem_message(
        "header_found",
        lang,
        sheet=layout.get("sheet") or "",
        header_row=layout.get("row") or 1,
        columns=pairs[:20],
    )


def _columns(pairs: object, lang: str) -> str:
    """[['Speaker', 'name'], ...] -> 'Speaker → name, Gender → gender'."""
    out = []
    for pair in pairs if isinstance(pairs, (list, tuple)) else []:
        header, key = (list(pair) + ["", ""])[:2]
        out.append(f"{header} → {field_label(key, lang)}")
    return ", ".join(out) or gettext(lang, "none")


def field_label(key: str | None, lang: str) -> str:
    if not key:
        return gettext(lang, "ignored")
    if key.startswith("slot:") or key.startswith("slotgender:"):
        kind, role, number = key.split(":")
        what = label("one_" + role, lang)
        if kind == "slotgender":
            return gettext(lang, "gender of {what} {number}").format(what=what, number=number)
        return f"{what} {number}"
    if key.startswith("x:"):
        return gettext(lang, "extra column")
    return label("col_" + key, lang) if "col_" + key in LABELS else label(key, lang)


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "?"
