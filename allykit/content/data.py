"""Build glossary terms, resources and microaggression entries from their YAML lists."""

from __future__ import annotations

import re
from types import MappingProxyType

from allykit.typography import spacing

from .markdown import RenderContext, render_inline
from .model import GlossaryTerm, Microaggression, Resource
from .yamlio import line_of

SETTINGS = ("clinic", "meetings", "hiring", "teaching")
DIMENSIONS = ("gender", "race", "indigeneity", "disability", "sexual-orientation", "age")
RESOURCE_TYPES = (
    "article",
    "book",
    "course",
    "guide",
    "podcast",
    "report",
    "toolkit",
    "video",
    "website",
)
RESOURCE_LANGS = ("en", "fr", "en-fr")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# How a URL says which language version it is (Canadian government and institutional sites).
OTHER_LANGUAGE_URL = {
    "en": re.compile(r"/en/|-eng\b|[?&]lang=eng?\b"),
    "fr": re.compile(r"/fr/|-fra\b|[?&]lang=fra?\b"),
}
MA_TEXT = (
    "title",
    "sounds_like",
    "communicates",
    "target_can_say",
    "bystander_can_say",
    "if_you_said_it",
)


def _entries(raw, ctx: RenderContext, what: str, id_field: str = "id") -> list[dict]:
    """The list's mappings with a unique id each; problems for the rest."""
    if not isinstance(raw, list):
        ctx.problem(1, f"{what} must be a YAML list")
        return []
    seen: set[str] = set()
    out = []
    for item in raw:
        at = line_of(item)
        if not isinstance(item, dict) or not str(item.get(id_field) or "").strip():
            ctx.problem(at, f"each {what} entry needs an '{id_field}'")
            continue
        ident = str(item[id_field]).strip()
        if ident in seen:
            ctx.problem(at, f"duplicate {what} id '{ident}'")
            continue
        seen.add(ident)
        out.append(item)
    return out


def _require(item: dict, fields, ctx: RenderContext, what: str) -> bool:
    ok = True
    for name in fields:
        if not str(item.get(name) or "").strip():
            ctx.problem(line_of(item), f"{what} '{item.get('id')}': '{name}' is required")
            ok = False
    return ok


def _keys(value) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    return tuple(str(k).strip().lstrip("@") for k in items)


def build_glossary(raw, ctx: RenderContext) -> MappingProxyType:
    """id -> GlossaryTerm, sorted by term; definitions may cite and link other terms."""
    terms = []
    items = _entries(raw, ctx, "glossary")
    ctx.glossary_terms.update({str(i["id"]): str(i.get("term") or i["id"]) for i in items})
    seen_slugs: dict[str, str] = {}
    for item in items:
        slug = str(item.get("slug") or "")
        if slug and (not SLUG_RE.match(slug) or slug in seen_slugs):
            ctx.problem(
                line_of(item),
                f"glossary term '{item['id']}': slug {slug!r} must be "
                "lowercase words joined by hyphens, and unique",
            )
        seen_slugs[slug] = str(item["id"])
    aliases = _glossary_aliases(items, ctx)
    for item in items:
        at = line_of(item)
        if not _require(item, ("term", "definition"), ctx, "glossary term"):
            continue
        cites = _keys(item.get("cite"))
        if not cites:
            ctx.problem(at, f"glossary term '{item['id']}': at least one 'cite' key is required")
        for key in cites:
            ctx.cite(key, at)
        for other in _keys(item.get("see")):
            ctx.term(other, at)
        html, text = render_inline(str(item["definition"]), at, ctx)
        terms.append(
            GlossaryTerm(
                str(item["id"]),
                str(item["term"]),
                html,
                text,
                cites,
                _keys(item.get("see")),
                slug=str(item.get("slug") or ""),
                aliases=aliases.get(str(item["id"]), ()),
            )
        )
    terms.sort(key=lambda t: t.term.lower())
    return MappingProxyType({t.id: t for t in terms})


def _glossary_aliases(items: list[dict], ctx: RenderContext) -> dict[str, tuple[str, ...]]:
    """id -> the term's `aliases`: earlier slugs that redirect to its address. An alias is a
    slug, given once, and never the address (slug, or id when it has none) or id of a term."""
    taken = {str(i.get("slug") or i["id"]): str(i["id"]) for i in items}
    taken.update({str(i["id"]): str(i["id"]) for i in items})
    seen: dict[str, str] = {}
    out = {}
    for item in items:
        ident = str(item["id"])
        raw = item.get("aliases")
        if raw is None:
            continue
        values = raw if isinstance(raw, list) else [raw]
        kept = []
        for alias in (str(v).strip() for v in values):
            problem = ""
            if not SLUG_RE.match(alias):
                problem = "must be lowercase words joined by hyphens"
            elif alias in taken:
                owner = taken[alias]
                problem = (
                    "is this term's own address"
                    if owner == ident
                    else f"is the address or id of term '{owner}'"
                )
            elif alias in seen:
                problem = f"is already an alias of term '{seen[alias]}'"
            if problem:
                ctx.problem(line_of(item), f"glossary term '{ident}': alias {alias!r} {problem}")
                continue
            seen[alias] = ident
            kept.append(alias)
        out[ident] = tuple(kept)
    return out


def build_resources(raw, ctx: RenderContext) -> tuple[Resource, ...]:
    out = []
    fields = ("title", "type", "language", "length", "url", "description")
    for item in _entries(raw, ctx, "resource"):
        at = line_of(item)
        if not _require(item, fields, ctx, "resource"):
            continue
        if item["type"] not in RESOURCE_TYPES:
            ctx.problem(at, f"resource '{item['id']}': type must be one of {RESOURCE_TYPES}")
        if item["language"] not in RESOURCE_LANGS:
            ctx.problem(at, f"resource '{item['id']}': language must be en, fr or en-fr")
        if not str(item["url"]).startswith("https://"):
            ctx.problem(at, f"resource '{item['id']}': url must start with https://")
        other = "fr" if ctx.lang == "en" else "en"
        if (
            item["language"] == "en-fr"
            and OTHER_LANGUAGE_URL[other].search(str(item["url"]))
            and not item.get("own_language_url")
        ):
            ctx.problem(
                at,
                f"resource '{item['id']}': it exists in both languages, but this {ctx.lang} entry "
                f"links the {other} version; link the {ctx.lang} one, or say in "
                "'own_language_url' why there is none",
            )
        values = {k: str(item[k]) for k in ("id", *fields)}
        for k in ("title", "description"):
            values[k] = spacing(values[k], ctx.lang)
        out.append(Resource(**values))
    return tuple(out)


# Right To Be's 5Ds, by the names each language uses (content/terms.yaml keeps the French ones;
# a test checks that the two agree).
FIVE_DS = ("distract", "delegate", "document", "delay", "direct")
D_NAMES = {
    "en": {
        "distract": "Distract",
        "delegate": "Delegate",
        "document": "Document",
        "delay": "Delay",
        "direct": "Direct",
    },
    "fr": {
        "distract": "Distraire",
        "delegate": "Déléguer",
        "document": "Documenter",
        "delay": "Différer",
        "direct": "Dire",
    },
}
SPEAKERS = ("colleague", "supervisor", "patient", "family")
OUTRANKED_DS = ("delegate", "delay")


def _d_tag(d: str, lang: str) -> str:
    return f'<strong class="d-tag">{D_NAMES[lang][d]}.</strong> '


def build_microaggressions(raw, ctx: RenderContext) -> tuple[Microaggression, ...]:
    out = []
    for item in _entries(raw, ctx, "microaggression"):
        at = line_of(item)
        if not _require(item, (*MA_TEXT, "setting", "bystander_d"), ctx, "microaggression"):
            continue
        ident = item["id"]
        d = str(item["bystander_d"])
        if d not in FIVE_DS:
            ctx.problem(at, f"microaggression '{ident}': bystander_d must be one of {FIVE_DS}")
            d = ""
        speaker = str(item.get("speaker") or "")
        if speaker and speaker not in SPEAKERS:
            ctx.problem(at, f"microaggression '{ident}': speaker must be one of {SPEAKERS}")
        illustrative = item.get("illustrative", False)
        if not isinstance(illustrative, bool):
            ctx.problem(at, f"microaggression '{ident}': illustrative must be true or false")
            illustrative = False
        if not _keys(item.get("cite")) and not illustrative:
            ctx.problem(
                at,
                f"microaggression '{ident}': cite the sources that document the pattern, or mark "
                "the entry 'illustrative: true'",
            )
        outranked = item.get("if_they_outrank_you")
        if outranked is not None and not (
            isinstance(outranked, dict)
            and outranked.get("d") in OUTRANKED_DS
            and outranked.get("say")
        ):
            ctx.problem(
                at,
                f"microaggression '{ident}': if_they_outrank_you needs d (delegate, delay) and say",
            )
            outranked = None
        if item["setting"] not in SETTINGS:
            ctx.problem(at, f"microaggression '{item['id']}': setting must be one of {SETTINGS}")
        dims = _keys(item.get("dimensions"))
        if not dims or set(dims) - set(DIMENSIONS):
            ctx.problem(at, f"microaggression '{item['id']}': dimensions from {DIMENSIONS}")
        cites = _keys(item.get("cite"))
        for key in cites:
            ctx.cite(key, at)
        html = {f: render_inline(str(item[f]), at, ctx)[0] for f in MA_TEXT}
        if d:
            html["bystander_can_say"] = _d_tag(d, ctx.lang) + html["bystander_can_say"]
        if outranked:
            said = render_inline(str(outranked["say"]), at, ctx)[0]
            html["bystander_can_say"] += (
                f'<br><span class="if-outranked">{ctx.labels.outranked} '
                f"{_d_tag(outranked['d'], ctx.lang)}{said}</span>"
            )
        html["cite"] = render_inline("[@" + "; @".join(cites) + "]", at, ctx)[0] if cites else ""
        if not cites and illustrative:
            html["cite"] = ctx.labels.illustrative
        out.append(
            Microaggression(
                id=str(ident),
                setting=str(item["setting"]),
                dimensions=dims,
                cite=cites,
                html=MappingProxyType(html),
                bystander_d=d,
                speaker=speaker,
                illustrative=illustrative,
                **{f: str(item[f]) for f in MA_TEXT},
            )
        )
    return tuple(out)
