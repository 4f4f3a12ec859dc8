"""The self-assessments: read and validate content/<lang>/assessments.yaml into frozen objects.

Plain Python, no Django: the caller passes a RenderContext per language (references, glossary,
linker), the page anchors of each language and, when the action plan is installed, the known
action ids. Citations and page links are checked like the rest of the content.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from allykit.content.markdown import RenderContext, render_inline
from allykit.content.model import Problem
from allykit.content.yamlio import YamlError, line_of, load_yaml
from allykit.typography import spacing

FILE = "assessments.yaml"
IDS = ("mentor", "sponsor")  # the two assessments; their routes are declared in routes.py
SCALE_SIZE = 5  # never, rarely, sometimes, often, always
MIN_ITEMS = 20  # in all
MIN_PER_FUNCTION = 2
# The functions each assessment must measure (issue 13): the mentor functions of the
# mentorship module (Anderson & Shannon), and sponsorship's three behaviours with speaking up
# and panels and letters.
FUNCTIONS = {
    "mentor": ("teaching", "sponsoring", "encouraging", "counselling", "befriending"),
    "sponsor": ("protect", "support", "promote", "speaking-up", "panels-letters"),
}


@dataclass(frozen=True)
class Function:
    id: str
    title: str
    means: str
    read: tuple[str, str]  # (page key, anchor)
    actions: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    id: str
    function: str
    html: str  # sanitised inline HTML
    text: str  # plain text
    cite: tuple[str, ...]


@dataclass(frozen=True)
class Assessment:
    id: str
    title: str
    summary: str
    intro_html: str
    functions: tuple[Function, ...]
    items: tuple[Item, ...]
    cite: tuple[str, ...]  # every source the assessment draws on, first use first

    def function(self, fid: str) -> Function | None:
        return next((f for f in self.functions if f.id == fid), None)

    def items_of(self, fid: str) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.function == fid)


@dataclass(frozen=True)
class LangAssessments:
    scale: tuple[str, ...]
    assessments: Mapping[str, Assessment]


@dataclass(frozen=True)
class Bank:
    langs: Mapping[str, LangAssessments]

    def get(self, lang: str, aid: str) -> Assessment:
        return self.langs[lang].assessments[aid]


class AssessmentError(Exception):
    def __init__(self, problems):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def _keys(value) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return ()
    return tuple(str(v).strip().lstrip("@") for v in value if str(v).strip())


def _text(raw, field: str, lang: str = "en") -> str:
    """A text field on one line, with Canadian-French spacing in French."""
    return spacing(" ".join(str(raw.get(field) or "").split()), lang)


def _read_link(text: str, where: str, at: int, ctx: RenderContext, anchors) -> tuple | None:
    if not text.startswith("page:"):
        ctx.problem(at, f"{where}: 'read' must be page:KEY or page:KEY#anchor")
        return None
    key, _, anchor = text[5:].partition("#")
    if key not in anchors:
        ctx.problem(at, f"{where}: 'read' names no page '{key}'")
        return None
    if anchor and anchor not in anchors[key]:
        ctx.problem(at, f"{where}: 'read' names no anchor '#{anchor}' in page '{key}'")
        return None
    return (key, anchor)


def _function(raw, aid: str, ctx: RenderContext, anchors, action_ids) -> Function | None:
    at = line_of(raw)
    fid = _text(raw, "id")
    where = f"assessment '{aid}', function '{fid}'"
    missing = [f for f in ("id", "title", "means", "read") if not _text(raw, f)]
    if missing:
        ctx.problem(at, f"{where}: {', '.join(missing)} required")
        return None
    actions = raw.get("actions")
    if actions is None:
        actions = []
    if not isinstance(actions, list):
        ctx.problem(at, f"{where}: 'actions' must be a list of action ids")
        actions = []
    actions = tuple(str(a).strip() for a in actions if str(a).strip())
    if action_ids is not None:
        for action in actions:
            if action not in action_ids:
                ctx.problem(at, f"{where}: no action '{action}' in the action catalogue")
    read = _read_link(_text(raw, "read"), where, at, ctx, anchors)
    if read is None:
        return None
    return Function(
        fid, _text(raw, "title", ctx.lang), _text(raw, "means", ctx.lang), read, actions
    )


def _item(raw, aid: str, function_ids, ctx: RenderContext) -> Item | None:
    at = line_of(raw)
    if not isinstance(raw, dict):
        ctx.problem(at, f"assessment '{aid}': each item must be a mapping")
        return None
    iid = _text(raw, "id")
    where = f"assessment '{aid}', item '{iid}'"
    missing = [f for f in ("id", "function", "text") if not _text(raw, f)]
    if missing:
        ctx.problem(at, f"{where}: {', '.join(missing)} required")
        return None
    if raw["function"] not in function_ids:
        ctx.problem(at, f"{where}: function '{raw['function']}' is not one of {function_ids}")
        return None
    cite = _keys(raw.get("cite"))
    if not cite:
        ctx.problem(at, f"{where}: 'cite' needs at least one reference key")
    for key in cite:
        ctx.cite(key, at)
    html, plain = render_inline(_text(raw, "text", ctx.lang), at, ctx)
    return Item(iid, str(raw["function"]), html, plain, cite)


def _assessment(raw, ctx: RenderContext, anchors, action_ids) -> Assessment | None:
    at = line_of(raw)
    aid = _text(raw, "id")
    if aid not in IDS:
        ctx.problem(at, f"assessment id must be one of {IDS}, not '{aid}'")
        return None
    missing = [f for f in ("title", "summary", "intro") if not _text(raw, f)]
    if missing:
        ctx.problem(at, f"assessment '{aid}': {', '.join(missing)} required")
        return None
    raw_functions = raw.get("functions")
    raw_items = raw.get("items")
    if not isinstance(raw_functions, list) or not isinstance(raw_items, list):
        ctx.problem(at, f"assessment '{aid}': 'functions' and 'items' must be lists")
        return None
    intro_html, _ = render_inline(_text(raw, "intro", ctx.lang), at, ctx)
    functions = [
        _function(f, aid, ctx, anchors, action_ids) for f in raw_functions if isinstance(f, dict)
    ]
    functions = [f for f in functions if f is not None]
    fids = tuple(f.id for f in functions)
    if sorted(fids) != sorted(FUNCTIONS[aid]):
        ctx.problem(at, f"assessment '{aid}': functions must be exactly {FUNCTIONS[aid]}")
    items = [i for i in (_item(r, aid, fids, ctx) for r in raw_items) if i is not None]
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            ctx.problem(at, f"assessment '{aid}': duplicate item id '{item.id}'")
        seen.add(item.id)
    for fid in fids:
        if sum(1 for i in items if i.function == fid) < MIN_PER_FUNCTION:
            ctx.problem(
                at, f"assessment '{aid}': function '{fid}' needs at least {MIN_PER_FUNCTION} items"
            )
    cite = tuple(k for k in ctx.citations if k in ctx.references)  # intro first, then items
    title, summary = _text(raw, "title", ctx.lang), _text(raw, "summary", ctx.lang)
    return Assessment(aid, title, summary, intro_html, tuple(functions), tuple(items), cite)


def load_lang(path: Path, ctx: RenderContext, anchors, action_ids=None) -> LangAssessments:
    """One language file; problems go to ctx.problems."""
    empty = LangAssessments((), MappingProxyType({}))
    if not path.exists():
        ctx.problem(1, "file missing")
        return empty
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"), warn=ctx.problem)
    except YamlError as exc:
        ctx.problem(exc.line, str(exc))
        return empty
    if not isinstance(raw, dict):
        ctx.problem(1, "the file must be a mapping with 'scale' and 'assessments'")
        return empty
    scale = raw.get("scale")
    if not isinstance(scale, list) or len(scale) != SCALE_SIZE or not all(scale):
        ctx.problem(line_of(raw), f"'scale' must list {SCALE_SIZE} labels, never to always")
        scale = []
    out = {}
    for item in raw.get("assessments") or []:
        if not isinstance(item, dict):
            ctx.problem(line_of(raw), "each assessment must be a mapping")
            continue
        ctx.citations.clear()
        assessment = _assessment(item, ctx, anchors, action_ids)
        if assessment is None:
            continue
        if assessment.id in out:
            ctx.problem(line_of(item), f"duplicate assessment '{assessment.id}'")
        out[assessment.id] = assessment
    for aid in IDS:
        if aid not in out:
            ctx.problem(1, f"assessment '{aid}' missing")
    total = sum(len(a.items) for a in out.values())
    if out and total < MIN_ITEMS:
        ctx.problem(1, f"at least {MIN_ITEMS} items in all required, found {total}")
    return LangAssessments(tuple(str(s) for s in scale), MappingProxyType(out))


def _shape(a: Assessment):
    return (
        tuple((f.id, f.read, f.actions) for f in a.functions),
        tuple((i.id, i.function) for i in a.items),
    )


def compare(langs: Mapping[str, LangAssessments]) -> list[Problem]:
    """Both languages hold the same assessments, functions, links, actions and item ids."""
    problems = []
    en, fr = langs["en"].assessments, langs["fr"].assessments
    for aid in sorted(set(en) & set(fr)):
        if _shape(en[aid]) != _shape(fr[aid]):
            message = (
                f"assessment '{aid}': functions, links, actions or item ids (and their "
                "order) differ from en"
            )
            problems.append(Problem(f"content/fr/{FILE}", 1, message))
    return problems


def load_bank(root: Path, contexts: Mapping[str, RenderContext], anchors, action_ids=None):
    """Load both languages; raise AssessmentError listing every problem."""
    langs, problems = {}, []
    for lang, ctx in contexts.items():
        langs[lang] = load_lang(Path(root) / lang / FILE, ctx, anchors[lang], action_ids)
        problems.extend(ctx.problems)
    if not problems:
        problems.extend(compare(langs))
    if problems:
        raise AssessmentError(sorted(set(problems), key=lambda p: (p.path, p.line, p.message)))
    return Bank(MappingProxyType(langs))
