"""The action catalogue: read and validate content/<lang>/actions.yaml into immutable objects.

Plain Python, no Django. The caller passes what the entries are checked against: the page keys
(`module` must name one), the reference keys (`cite`) and the tools (`tool`). Both languages
must list the same ids in the same order, with the same module, cite, tool and due; only the
title and the how-to line are translated. Problems are reported as `file:line: problem`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from allykit.content.model import Problem
from allykit.content.yamlio import YamlError, line_of, load_yaml
from allykit.typography import spacing

FILE = "actions.yaml"
LANGS = ("en", "fr")
MIN_ACTIONS = 40
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_MAX = 40
TITLE_MAX = 140
HOW_MAX = 300
# When an action is added to a plan, its date is proposed this many days ahead.
DUE_DAYS = MappingProxyType({"week": 7, "month": 30, "quarter": 90})
FIELDS = ("id", "module", "cite", "tool", "due", "title", "how")
SHARED = ("module", "cite", "tool", "due")  # the same in every language


@dataclass(frozen=True)
class Action:
    id: str
    module: str  # page key
    cite: tuple[str, ...]  # reference keys
    tool: str  # route key of the tool it uses, or ""
    due: str  # week | month | quarter
    title: str
    how: str

    @property
    def due_days(self) -> int:
        return DUE_DAYS[self.due]


@dataclass(frozen=True)
class Catalogue:
    langs: Mapping[str, tuple[Action, ...]]

    def ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.langs["en"])

    def get(self, lang: str, action_id: str) -> Action | None:
        return self._index(lang).get(action_id)

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._index("en")

    def _index(self, lang: str) -> dict[str, Action]:
        cache = self.__dict__.setdefault("_by_id", {})
        if lang not in cache:
            cache[lang] = {a.id: a for a in self.langs[lang]}
        return cache[lang]

    def by_module(self, lang: str) -> dict[str, list[Action]]:
        out: dict[str, list[Action]] = {}
        for action in self.langs[lang]:
            out.setdefault(action.module, []).append(action)
        return out


class CatalogueError(Exception):
    def __init__(self, problems):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def _keys(value) -> tuple[str, ...] | None:
    """`cite` as a tuple of keys ('@key' or 'key', a string or a list); None when malformed."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return tuple(v.strip().lstrip("@") for v in value if v.strip())


def _text(raw: dict, name: str) -> str:
    value = raw.get(name)
    return " ".join(str(value).split()) if isinstance(value, str | int | float) else ""


def _entry(raw, path: str, lang: str, known: Mapping[str, Collection[str]], problems: list):
    at = line_of(raw)

    def problem(message: str) -> None:
        problems.append(Problem(path, at, message))

    if not isinstance(raw, dict):
        problem("each action must be a mapping (id, module, cite or tool, due, title, how)")
        return None
    aid = _text(raw, "id")
    label = f"action '{aid}'" if aid else "action"
    unknown = sorted(set(raw) - set(FIELDS))
    if unknown:
        problem(f"{label}: unknown field(s) {', '.join(unknown)} (known: {', '.join(FIELDS)})")
    if not aid:
        problem("action without an id")
        return None
    if not ID_RE.match(aid) or len(aid) > ID_MAX:
        problem(f"{label}: id must be lowercase words joined by '-', at most {ID_MAX} characters")
    module = _text(raw, "module")
    if not module:
        problem(f"{label}: 'module' (a page key) is required")
    elif module not in known["pages"]:
        problem(f"{label}: unknown module '{module}' (not a page key in allykit/toolkit/pages.py)")
    cite = _keys(raw.get("cite"))
    if cite is None:
        problem(f"{label}: 'cite' must be a reference key or a list of them")
        cite = ()
    for key in cite:
        if key not in known["references"]:
            problem(f"{label}: unknown reference key '{key}'")
    tool = _text(raw, "tool")
    if tool and tool not in known["tools"]:
        problem(f"{label}: unknown tool '{tool}' (known: {', '.join(sorted(known['tools']))})")
    if not cite and not tool:
        problem(f"{label}: give its source: 'cite' (reference keys) or 'tool', or both")
    due = _text(raw, "due")
    if due not in DUE_DAYS:
        problem(f"{label}: 'due' must be one of {', '.join(DUE_DAYS)}")
        due = "month"
    title, how = _text(raw, "title"), _text(raw, "how")
    for name, value, limit in (("title", title, TITLE_MAX), ("how", how, HOW_MAX)):
        if not value:
            problem(f"{label}: '{name}' is required")
        elif len(value) > limit:
            problem(f"{label}: '{name}' is {len(value)} characters (at most {limit})")
        elif any(c in value for c in "<>[]{}`*"):
            problem(f"{label}: '{name}' is plain text (no Markdown or HTML)")
    action = Action(aid, module, cite, tool, due, spacing(title, lang), spacing(how, lang))
    return action, at


def load_lang(path: Path, lang: str, known, problems: list) -> tuple[tuple[Action, ...], dict]:
    """One language's actions and the line of each id."""
    shown = f"content/{lang}/{FILE}"
    if not path.is_file():
        problems.append(Problem(shown, 1, "file missing: the action catalogue"))
        return (), {}
    try:
        data = load_yaml(
            path.read_text(encoding="utf-8"),
            warn=lambda line, message: problems.append(Problem(shown, line, message)),
        )
    except YamlError as exc:
        problems.append(Problem(shown, exc.line, str(exc)))
        return (), {}
    if not isinstance(data, list):
        problems.append(Problem(shown, 1, "the action catalogue must be a list of actions"))
        return (), {}
    actions, lines = [], {}
    for raw in data:
        found = _entry(raw, shown, lang, known, problems)
        if found is None:
            continue
        action, at = found
        if action.id in lines:
            problems.append(Problem(shown, at, f"action id '{action.id}' defined twice"))
            continue
        lines[action.id] = at
        actions.append(action)
    if len(actions) < MIN_ACTIONS:
        problems.append(
            Problem(shown, 1, f"{len(actions)} actions; the catalogue needs at least {MIN_ACTIONS}")
        )
    return tuple(actions), lines


def compare(langs: Mapping[str, tuple[Action, ...]], lines: Mapping[str, dict]) -> list[Problem]:
    """Every language has the same ids, in the same order, with the same shared fields."""
    problems = []
    base = {a.id: a for a in langs["en"]}
    for lang in LANGS[1:]:
        shown = f"content/{lang}/{FILE}"
        other = {a.id: a for a in langs[lang]}
        for aid in base.keys() - other.keys():
            problems.append(Problem(shown, 1, f"action '{aid}' is in English but not in {lang}"))
        for aid in other.keys() - base.keys():
            problems.append(
                Problem(shown, lines[lang][aid], f"action '{aid}' is not in the English file")
            )
        common = [a for a in base if a in other]
        if common != [a for a in other if a in base]:
            problems.append(Problem(shown, 1, "actions are not in the same order as in English"))
        for aid in common:
            for name in SHARED:
                if getattr(base[aid], name) != getattr(other[aid], name):
                    problems.append(
                        Problem(
                            shown,
                            lines[lang][aid],
                            f"action '{aid}': '{name}' differs from the English file",
                        )
                    )
    return problems


def load_catalogue(
    root: str | Path,
    pages: Collection[str],
    references: Collection[str],
    tools: Collection[str],
) -> Catalogue:
    """Load both languages from the content folder `root`; raise CatalogueError on problems."""
    known = {"pages": pages, "references": references, "tools": tools}
    problems: list[Problem] = []
    langs, lines = {}, {}
    for lang in LANGS:
        langs[lang], lines[lang] = load_lang(Path(root) / lang / FILE, lang, known, problems)
    problems.extend(compare(langs, lines))
    if problems:
        raise CatalogueError(sorted(set(problems), key=lambda p: (p.path, p.line, p.message)))
    return Catalogue(langs=MappingProxyType(langs))
