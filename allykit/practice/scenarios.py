"""The scenario bank: read and validate content/<lang>/scenarios.yaml into immutable objects.

Plain Python, no Django: the caller passes the loaded references, glossary ids, the page
anchors of each language and the site's Linker, so citations, glossary links and guidance
links are checked exactly like the rest of the content (`allykit check-content`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from allykit.content.markdown import RenderContext, render_inline
from allykit.content.model import Problem
from allykit.content.yamlio import YamlError, line_of, load_yaml

from . import quotes

FILE = "scenarios.yaml"
MIN_SCENARIOS = 30
SETTINGS = (
    "ward",
    "operating-room",
    "handover",
    "committee",
    "grand-rounds",
    "virtual-meeting",
    "email",
    "conference",
    "clinic",
    "mentoring",
)
POSITIONS = ("junior", "peer", "senior", "chair")
DS = ("distract", "delegate", "document", "delay", "direct", "nothing")
TEXT = ("title", "situation", "model", "follow_up", "pattern")
RESPONSE_TEXT = ("text", "achieves", "risks", "fits")


@dataclass(frozen=True)
class Response:
    id: str
    d: str
    html: MappingProxyType  # text, achieves, risks, fits -> sanitised inline HTML
    plain: MappingProxyType  # the same fields as plain text


@dataclass(frozen=True)
class Scenario:
    id: str
    setting: str
    position: str
    responses: tuple[Response, ...]
    discussion: tuple[str, ...]  # plain-text prompts for a workshop
    guidance: tuple[tuple[str, str], ...]  # (page key, anchor) pairs
    cite: tuple[str, ...]
    html: MappingProxyType  # TEXT fields -> sanitised inline HTML
    plain: MappingProxyType

    def response(self, rid: str) -> Response | None:
        return next((r for r in self.responses if r.id == rid), None)


@dataclass(frozen=True)
class Bank:
    langs: Mapping[str, tuple[Scenario, ...]]

    def get(self, lang: str, sid: str) -> Scenario | None:
        return next((s for s in self.langs[lang] if s.id == sid), None)

    def ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.langs["en"])


class BankError(Exception):
    def __init__(self, problems):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def raw_texts(raw, fields) -> list[tuple[str, str]]:
    return [(f, str(raw[f])) for f in fields]


def _keys(value) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    return tuple(str(v).strip().lstrip("@") for v in (value or []) if str(v).strip())


def _guidance(item, ctx: RenderContext, anchors: Mapping[str, frozenset[str]], at: int):
    out = []
    links = item.get("guidance") or []
    sid = item.get("id")
    if not isinstance(links, list) or not links:
        ctx.problem(at, f"scenario '{sid}': 'guidance' needs at least one page:KEY#anchor")
        return ()
    for link in links:
        text = str(link)
        if not text.startswith("page:"):
            ctx.problem(at, f"scenario '{sid}': guidance '{text}' must be page:KEY#anchor")
            continue
        key, _, anchor = text[5:].partition("#")
        found = resolve(key, anchor, anchors)
        if found is None:
            where = f"anchor '#{anchor}' in page '{key}'" if anchor else f"page '{key}'"
            ctx.problem(at, f"scenario '{sid}': guidance link: no {where}")
        else:
            out.append(found)
    return tuple(out)


def resolve(key: str, anchor: str, anchors: Mapping[str, frozenset[str]]):
    """Where a guidance link points once pages are split or merged, or None.

    `page:mentorship#bystander` still resolves after the section became its own page
    (`bystander`), or after the anchor moved to another page; the link is checked either way.
    """
    if key in anchors and (not anchor or anchor in anchors[key]):
        return (key, anchor)
    if anchor and anchor in anchors:  # the section became a page of its own
        return (anchor, "")
    holders = [k for k, found in anchors.items() if anchor and anchor in found]
    return (holders[0], anchor) if holders else None


def _check_quotes(ctx: RenderContext, at: int, where: str, texts) -> None:
    """Typographic quotation marks in every displayed text (allykit/practice/quotes.py)."""
    for name, text in texts:
        for message in quotes.problems(str(text), ctx.lang):
            ctx.problem(at, f"{where}, {name}: {message}")


def _response(raw, sid: str, ctx: RenderContext) -> Response | None:
    at = line_of(raw)
    if not isinstance(raw, dict):
        ctx.problem(at, f"scenario '{sid}': each response must be a mapping")
        return None
    rid = str(raw.get("id") or "").strip()
    missing = [f for f in ("id", "d", *RESPONSE_TEXT) if not str(raw.get(f) or "").strip()]
    if missing:
        ctx.problem(at, f"scenario '{sid}', response '{rid}': {', '.join(missing)} required")
        return None
    if raw["d"] not in DS:
        ctx.problem(at, f"scenario '{sid}', response '{rid}': d must be one of {DS}")
        return None
    rendered = {f: render_inline(str(raw[f]), at, ctx) for f in RESPONSE_TEXT}
    _check_quotes(ctx, at, f"scenario '{sid}', response '{rid}'", raw_texts(raw, RESPONSE_TEXT))
    return Response(
        id=rid,
        d=str(raw["d"]),
        html=MappingProxyType({f: h for f, (h, _) in rendered.items()}),
        plain=MappingProxyType({f: p for f, (_, p) in rendered.items()}),
    )


def _scenario(item, ctx: RenderContext, anchors) -> Scenario | None:
    at = line_of(item)
    sid = str(item.get("id") or "").strip()
    missing = [f for f in ("setting", "position", *TEXT) if not str(item.get(f) or "").strip()]
    if missing:
        ctx.problem(at, f"scenario '{sid}': {', '.join(missing)} required")
        return None
    if item["setting"] not in SETTINGS:
        ctx.problem(at, f"scenario '{sid}': setting must be one of {SETTINGS}")
    if item["position"] not in POSITIONS:
        ctx.problem(at, f"scenario '{sid}': position must be one of {POSITIONS}")
    raw_responses = item.get("responses") or []
    if not isinstance(raw_responses, list) or not 3 <= len(raw_responses) <= 5:
        ctx.problem(at, f"scenario '{sid}': 3 to 5 responses required")
        return None
    responses = [_response(r, sid, ctx) for r in raw_responses]
    if None in responses:
        return None
    rids = [r.id for r in responses]
    if len(set(rids)) != len(rids):
        ctx.problem(at, f"scenario '{sid}': response ids must be unique")
    cites = _keys(item.get("cite"))
    if not cites:
        ctx.problem(at, f"scenario '{sid}': 'cite' needs at least one reference key")
    for key in cites:
        ctx.cite(key, at)
    discussion = item.get("discussion") or []
    if not isinstance(discussion, list) or not discussion:
        ctx.problem(at, f"scenario '{sid}': 'discussion' needs at least one prompt")
        discussion = []
    rendered = {f: render_inline(str(item[f]), at, ctx) for f in TEXT}
    prompts = tuple(render_inline(str(p), at, ctx)[1] for p in discussion)
    texts = [*raw_texts(item, TEXT), *(("discussion", p) for p in discussion)]
    _check_quotes(ctx, at, f"scenario '{sid}'", texts)
    return Scenario(
        id=sid,
        setting=str(item["setting"]),
        position=str(item["position"]),
        responses=tuple(responses),
        discussion=prompts,
        guidance=_guidance(item, ctx, anchors, at),
        cite=cites,
        html=MappingProxyType({f: h for f, (h, _) in rendered.items()}),
        plain=MappingProxyType({f: p for f, (_, p) in rendered.items()}),
    )


def load_lang(path: Path, ctx: RenderContext, anchors) -> tuple[Scenario, ...]:
    """Every valid scenario of one language file; problems go to ctx.problems."""
    if not path.exists():
        ctx.problem(1, "file missing")
        return ()
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"), warn=ctx.problem)
    except YamlError as exc:
        ctx.problem(exc.line, str(exc))
        return ()
    if not isinstance(raw, list):
        ctx.problem(1, "the scenario file must be a YAML list")
        return ()
    out, seen = [], set()
    for item in raw:
        at = line_of(item)
        if not isinstance(item, dict) or not str(item.get("id") or "").strip():
            ctx.problem(at, "each scenario needs an 'id'")
            continue
        if item["id"] in seen:
            ctx.problem(at, f"duplicate scenario id '{item['id']}'")
            continue
        seen.add(item["id"])
        scenario = _scenario(item, ctx, anchors)
        if scenario is not None:
            out.append(scenario)
    if len(raw) < MIN_SCENARIOS:
        ctx.problem(1, f"at least {MIN_SCENARIOS} scenarios required, found {len(raw)}")
    return tuple(out)


def _shape(s: Scenario):
    return (s.setting, s.position, tuple((r.id, r.d) for r in s.responses), s.guidance)


def compare(langs: Mapping[str, tuple[Scenario, ...]]) -> list[Problem]:
    """Both languages hold the same scenarios with the same settings, responses and links."""
    problems = []
    en = {s.id: s for s in langs["en"]}
    fr = {s.id: s for s in langs["fr"]}
    for sid in sorted(set(en) ^ set(fr)):
        where = "fr" if sid in en else "en"
        problems.append(Problem(f"content/{where}/{FILE}", 1, f"scenario '{sid}' is missing"))
    for sid in sorted(set(en) & set(fr)):
        if _shape(en[sid]) != _shape(fr[sid]):
            message = f"scenario '{sid}': setting, position, responses or guidance differ from en"
            problems.append(Problem(f"content/fr/{FILE}", 1, message))
    return problems


def load_bank(root: Path, contexts: Mapping[str, RenderContext], anchors) -> Bank:
    """Load both languages; raise BankError listing every problem.

    `contexts[lang]` is a RenderContext for content/<lang>/scenarios.yaml; `anchors[lang]` maps
    each page key to the anchors of that page in that language.
    """
    langs = {}
    problems: list[Problem] = []
    for lang, ctx in contexts.items():
        langs[lang] = load_lang(Path(root) / lang / FILE, ctx, anchors[lang])
        problems.extend(ctx.problems)
    problems.extend(compare(langs))
    if problems:
        raise BankError(sorted(set(problems), key=lambda p: (p.path, p.line, p.message)))
    return Bank(langs=MappingProxyType(langs))
