"""The site-wide term list (content/terms.yaml): one term, one rendering, checked everywhere."""

from __future__ import annotations

import re
from pathlib import Path

from .model import LANGS, Problem
from .yamlio import YamlError, load_yaml

TERMS_FILE = "terms.yaml"
# Where a term can appear: page bodies and every data file of the language.
PATTERNS = ("*.md", "*.yaml", "*/*.md", "*/*.yaml")


def load_terms(root: Path) -> tuple[list[dict], list[Problem]]:
    path = root / TERMS_FILE
    rel = f"content/{TERMS_FILE}"
    if not path.exists():
        return [], []
    problems: list[Problem] = []
    try:
        raw = (
            load_yaml(
                path.read_text(encoding="utf-8"),
                warn=lambda line, message: problems.append(Problem(rel, line, message)),
            )
            or []
        )
    except YamlError as exc:
        return [], [Problem(rel, exc.line, str(exc))]
    entries = []
    for item in raw if isinstance(raw, list) else []:
        line = getattr(item, "line", 1)
        if not isinstance(item, dict) or not item.get("concept"):
            problems.append(Problem(rel, line, "each term needs a 'concept'"))
            continue
        for lang in set(item) - {"concept"} - set(LANGS):
            problems.append(Problem(rel, line, f"term {item['concept']!r}: unknown key {lang!r}"))
        for lang in LANGS:
            rule = item.get(lang) or {}
            avoid = []
            for pattern in rule.get("avoid") or ():
                try:
                    avoid.append(re.compile(str(pattern), re.IGNORECASE))
                except re.error as exc:
                    problems.append(Problem(rel, line, f"bad pattern {pattern!r}: {exc}"))
            gloss = {str(k): str(v) for k, v in (rule.get("gloss") or {}).items()}
            if avoid or gloss:
                entries.append(
                    {
                        "lang": lang,
                        "use": str(rule.get("use", "")),
                        "avoid": avoid,
                        "gloss": gloss,
                        "concept": str(item["concept"]),
                    }
                )
    return entries, problems


_KEY_LINE = re.compile(
    r"^\s*(?:- )?(?:id|see|cite|slug|url|setting|dimensions|type|language|position):"
)
_HIDDEN = re.compile(
    r"\[\[[^\]|]*\]\]"  # [[id]]: shows the term's own name
    r"|\[\[[^\]|]*\|"  # [[id|text]]: only the text shows
    r"|\(page:[^)]*\)|https?://\S+|\{#[^}]*\}|@[a-z0-9-]+"
)


def visible(text: str) -> str:
    """The words of a line that readers see: ids, links targets and anchors removed."""
    if _KEY_LINE.match(text):
        return ""
    return _HIDDEN.sub(" ", text)


def _gloss_patterns(gloss: dict[str, str]) -> list[tuple[str, str, re.Pattern]]:
    """'Différer (*Delay*)' and '*Delay* (différer)': capture the rendering next to the name."""
    out = []
    for english, french in gloss.items():
        name = re.escape(english)
        # The English name may be marked as such: [*Delay*]{lang=en}.
        marked = rf"\[?\*{name}\*(?:\]\{{lang=en\}})?"
        before = re.compile(rf"([\wÀ-ÿ'’ -]{{2,40}}?)\s*\({marked}\)")
        after = re.compile(rf"{marked}\s*\(([^)]{{2,40}})\)")
        out += [(english, french, before), (english, french, after)]
    return out


def check_terms(root: Path) -> list[Problem]:
    """Every use of a variant the term list rules out, as file:line problems."""
    entries, problems = load_terms(root)
    for lang in LANGS:
        mine = [e for e in entries if e["lang"] == lang]
        if not mine:
            continue
        files = sorted({p for pat in PATTERNS for p in (root / lang).glob(pat)})
        for path in files:
            rel = f"content/{path.relative_to(root).as_posix()}"
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                text = visible(line)
                for entry in mine:
                    for pattern in entry["avoid"]:
                        for m in pattern.finditer(text):
                            problems.append(
                                Problem(
                                    rel,
                                    number,
                                    f"term list: write {entry['use']!r}, not {m.group(0)!r} "
                                    f"({entry['concept']})",
                                )
                            )
                    for english, french, pattern in _gloss_patterns(entry["gloss"]):
                        for m in pattern.finditer(text):
                            said = m.group(1).strip().strip("*").strip()
                            last = said.split()[-1] if said else ""
                            if said and french.lower() not in said.lower() and last:
                                problems.append(
                                    Problem(
                                        rel,
                                        number,
                                        f"term list: *{english}* is {french!r} in French, not "
                                        f"{said!r} ({entry['concept']})",
                                    )
                                )
    return problems
