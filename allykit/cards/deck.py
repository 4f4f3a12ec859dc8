"""Cards to keep: read and validate content/<lang>/cards.yaml into frozen objects.

Plain Python, no Django: the caller passes a RenderContext per language, so citations are
checked like the rest of the content. A card's `sources` are printed in full at its foot;
every [@key] the card uses must be among them.
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

FILE = "cards.yaml"
# The five cards, in the order of the list page; their routes are declared in routes.py.
IDS = ("five-ds", "microaggressions", "sponsorship", "reference-letters", "panels")
MAX_SECTIONS = 6
MAX_ITEMS = 4  # per section: a card is one page
MAX_WORDS = 420  # a card's text without its sources: more will not fit one page


@dataclass(frozen=True)
class Section:
    heading: str
    items: tuple[str, ...]  # sanitised inline HTML


@dataclass(frozen=True)
class Card:
    id: str
    title: str
    summary: str  # one line for the list of cards
    intro_html: str
    sections: tuple[Section, ...]
    sources: tuple[str, ...]
    words: int


@dataclass(frozen=True)
class Deck:
    langs: Mapping[str, Mapping[str, Card]]

    def get(self, lang: str, cid: str) -> Card:
        return self.langs[lang][cid]


class DeckError(Exception):
    def __init__(self, problems):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def _text(value, lang: str) -> str:
    return spacing(" ".join(str(value or "").split()), lang)


def _section(raw, cid: str, ctx: RenderContext) -> Section | None:
    at = line_of(raw)
    if not isinstance(raw, dict) or not _text(raw.get("heading"), ctx.lang):
        ctx.problem(at, f"card '{cid}': each section needs a 'heading'")
        return None
    items = raw.get("items")
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_ITEMS:
        ctx.problem(at, f"card '{cid}': a section holds 1 to {MAX_ITEMS} items")
        return None
    rendered = [render_inline(_text(i, ctx.lang), at, ctx) for i in items]
    return Section(_text(raw["heading"], ctx.lang), tuple(h for h, _ in rendered)), sum(
        len(p.split()) for _, p in rendered
    )


def _card(raw, ctx: RenderContext) -> Card | None:
    at = line_of(raw)
    cid = _text(raw.get("id"), "en")
    missing = [f for f in ("title", "summary", "intro", "sections", "sources") if not raw.get(f)]
    if missing:
        ctx.problem(at, f"card '{cid}': {', '.join(missing)} required")
        return None
    sources = tuple(str(k).strip().lstrip("@") for k in raw.get("sources") or [])
    for key in sources:
        ctx.cite(key, at)
    ctx.citations.clear()
    intro_html, intro_plain = render_inline(_text(raw["intro"], ctx.lang), at, ctx)
    raw_sections = raw["sections"]
    if not isinstance(raw_sections, list) or not 2 <= len(raw_sections) <= MAX_SECTIONS:
        ctx.problem(at, f"card '{cid}': 2 to {MAX_SECTIONS} sections required")
        return None
    sections, words = [], len(intro_plain.split())
    for s in raw_sections:
        built = _section(s, cid, ctx)
        if built is not None:
            sections.append(built[0])
            words += built[1]
    used = [k for k in ctx.citations if k in ctx.references]
    for key in used:
        if key not in sources:
            ctx.problem(at, f"card '{cid}': cites '{key}' but does not list it in 'sources'")
    for key in sources:
        if key in ctx.references and key not in used:
            ctx.problem(at, f"card '{cid}': lists '{key}' in 'sources' but never cites it")
    if words > MAX_WORDS:
        ctx.problem(at, f"card '{cid}': {words} words, more than the {MAX_WORDS} a page holds")
    title = _text(raw["title"], ctx.lang)
    summary = _text(raw["summary"], ctx.lang)
    return Card(cid, title, summary, intro_html, tuple(sections), sources, words)


def load_lang(path: Path, ctx: RenderContext) -> dict[str, Card]:
    if not path.exists():
        ctx.problem(1, "file missing")
        return {}
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"), warn=ctx.problem)
    except YamlError as exc:
        ctx.problem(exc.line, str(exc))
        return {}
    if not isinstance(raw, list):
        ctx.problem(1, "the cards file must be a YAML list")
        return {}
    cards: dict[str, Card] = {}
    for item in raw:
        at = line_of(item)
        cid = str(item.get("id") or "") if isinstance(item, dict) else ""
        if cid not in IDS:
            ctx.problem(at, f"card id must be one of {IDS}, not '{cid}'")
            continue
        if cid in cards:
            ctx.problem(at, f"duplicate card '{cid}'")
            continue
        card = _card(item, ctx)
        if card is not None:
            cards[cid] = card
    for cid in IDS:
        if cid not in cards and not any(cid in p.message for p in ctx.problems):
            ctx.problem(1, f"card '{cid}' missing")
    return {cid: cards[cid] for cid in IDS if cid in cards}


def compare(langs: Mapping[str, Mapping[str, Card]]) -> list[Problem]:
    """Both languages hold the same cards, with as many sections and the same sources."""
    problems = []
    en, fr = langs["en"], langs["fr"]
    for cid in sorted(set(en) & set(fr)):
        a, b = en[cid], fr[cid]
        shape_a = (a.sources, tuple(len(s.items) for s in a.sections))
        shape_b = (b.sources, tuple(len(s.items) for s in b.sections))
        if shape_a != shape_b:
            message = f"card '{cid}': sections, items or sources differ from en"
            problems.append(Problem(f"content/fr/{FILE}", 1, message))
    return problems


def load_deck(root: Path, contexts: Mapping[str, RenderContext]) -> Deck:
    langs, problems = {}, []
    for lang, ctx in contexts.items():
        langs[lang] = MappingProxyType(load_lang(Path(root) / lang / FILE, ctx))
        problems.extend(ctx.problems)
    if not problems:
        problems.extend(compare(langs))
    if problems:
        raise DeckError(sorted(set(problems), key=lambda p: (p.path, p.line, p.message)))
    return Deck(MappingProxyType(langs))
