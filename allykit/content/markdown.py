"""Markdown to sanitised HTML, with citations, glossary links, page links and anchors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from typing import Protocol

import nh3
from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from . import tables_md
from .apa import in_text_parts, join_in_text
from .labels import Labels
from .model import Problem, Reference
from .text import english_quotes, french_typography

CITE_RE = re.compile(r"\[@([^\[\]]+)\]")
TERM_RE = re.compile(r"\[\[([^\[\]|]+)(?:\|([^\[\]]+))?\]\]")
ANCHOR_RE = re.compile(r"\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$")
BLOCK_RE = re.compile(r'<div data-block="(\d+)"></div>')

ALLOWED_TAGS = set(
    "p a em strong code pre ul ol li blockquote h2 h3 h4 h5"
    " h6 table caption thead tbody tr th td hr br img div del span abbr".split()
)
ALLOWED_ATTRS = {
    "a": {"href", "class", "hreflang", "lang"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "h5": {"id"},
    "h6": {"id"},
    "div": {"data-block", "class", "tabindex", "role", "aria-label", "aria-labelledby"},
    "p": {"class"},
    "li": {"id"},  # a list item's {#id} (pages.py _item_anchor)
    "span": {"class", "lang"},
    "img": {"src", "alt"},
    "table": {"class"},
    "caption": {"id"},
    "th": {"scope"},
    "td": {"data-label"},
    "abbr": {"title"},
}


class Linker(Protocol):
    """Where things live on the site; supplied by the web app."""

    def page(self, key: str, lang: str) -> str | None: ...
    def term(self, term_id: str, lang: str) -> str: ...
    def reference(self, key: str, lang: str) -> str: ...
    def static(self, path: str) -> str: ...
    def static_exists(self, path: str) -> bool: ...


# `[words]{lang=en}` marks words in the other language (a title, a name of a programme), so
# screen readers pronounce them right: <span lang="en">words</span>.
LANG_SPAN_RE = re.compile(r"\[((?:(?!\]\{lang=)[^\[])+?)\]\{lang=(en|fr)\}")


def lang_spans(html: str) -> str:
    return LANG_SPAN_RE.sub(r'<span lang="\2">\1</span>', html)


def plain_lang_spans(text: str) -> str:
    return LANG_SPAN_RE.sub(r"\1", text)


def sanitise(html: str) -> str:
    """Keep only the tags and attributes content may produce; https/mailto links only."""
    return nh3.clean(
        lang_spans(html),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRS,
        url_schemes={"https", "mailto"},
        link_rel=None,
        strip_comments=True,
    )


class _EveryKey:
    """Stands for every key: used when a reference file did not parse."""

    def __contains__(self, key) -> bool:
        return True


EVERY_KEY = _EveryKey()


@dataclass
class RenderContext:
    """State for rendering one file: what it cites and links, and its problems."""

    lang: str
    path: str
    references: dict[str, Reference]
    glossary_ids: frozenset[str]
    linker: Linker
    labels: Labels = field(default_factory=Labels)
    glossary_terms: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    page_links: list[tuple[int, str, str]] = field(default_factory=list)  # line, key, anchor
    blocks: list = field(default_factory=list)
    # Keys and terms not to report as unknown: their definition failed, and that is reported.
    glossary_slugs: dict[str, str] = field(default_factory=dict)  # id -> address, per language
    quiet_refs: object = frozenset()
    quiet_terms: bool = False
    ids: set[str] = field(default_factory=set)  # ids the renderer gave out (tables, charts)

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def unique_id(self, base: str) -> str:
        """`base`, or `base-2`, `base-3`... : an id not yet used on this page."""
        candidate, n = base, 1
        while candidate in self.ids:
            n += 1
            candidate = f"{base}-{n}"
        self.ids.add(candidate)
        return candidate

    def cite(self, key: str, line: int) -> Reference | None:
        ref = self.references.get(key)
        if ref is None:
            if key not in self.quiet_refs:
                self.problem(line, f"unknown citation key '{key}'")
            return None
        if key not in self.citations:
            self.citations.append(key)
        return ref

    def term(self, term_id: str, line: int) -> bool:
        if term_id not in self.glossary_ids:
            if not self.quiet_terms:
                self.problem(line, f"unknown glossary term '{term_id}'")
            return False
        if term_id not in self.terms:
            self.terms.append(term_id)
        return True


def _citation_rule(state: StateInline, silent: bool) -> bool:
    m = CITE_RE.match(state.src, state.pos)
    if not m:
        return False
    if not silent:
        token = state.push("citation", "", 0)
        token.meta = {"keys": [k.strip().lstrip("@") for k in m.group(1).split(";")]}
        token.content = m.group(0)
    state.pos = m.end()
    return True


def _term_rule(state: StateInline, silent: bool) -> bool:
    m = TERM_RE.match(state.src, state.pos)
    if not m:
        return False
    if not silent:
        token = state.push("glossary_link", "", 0)
        token.meta = {"id": m.group(1).strip(), "text": (m.group(2) or "").strip()}
        token.content = m.group(0)
    state.pos = m.end()
    return True


def _render_citation(self, tokens, idx, options, env) -> str:
    ctx: RenderContext = env["ctx"]
    refs = [ctx.references[k] for k in tokens[idx].meta["keys"] if k in ctx.references]
    cited = in_text_parts(refs, ctx.lang)
    links = [
        f'<a class="cite" href="{escape(ctx.linker.reference(ref.key, ctx.lang))}">'
        f"{escape(text)}</a>"
        for ref, text in cited
    ]
    return join_in_text(links, refs, ctx.lang)


def _render_term(self, tokens, idx, options, env) -> str:
    ctx: RenderContext = env["ctx"]
    meta = tokens[idx].meta
    if meta["id"] not in ctx.glossary_ids:
        return escape(meta["text"] or meta["id"])
    text = meta["text"] or ctx.glossary_terms.get(meta["id"], meta["id"])
    href = escape(ctx.linker.term(ctx.glossary_slugs.get(meta["id"], meta["id"]), ctx.lang))
    return f'<a class="term" href="{href}">{escape(text)}</a>'


def _render_fence(self, tokens, idx, options, env) -> str:
    return f'<div data-block="{tokens[idx].meta["block"]}"></div>'


def make_parser() -> MarkdownIt:
    """A CommonMark parser with tables, citations and glossary links; raw HTML off."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.inline.ruler.before("link", "citation", _citation_rule)
    md.inline.ruler.before("link", "glossary_link", _term_rule)
    md.add_render_rule("citation", _render_citation)
    md.add_render_rule("glossary_link", _render_term)
    md.add_render_rule("fence", _render_fence)
    tables_md.install(md, plain_lang_spans)  # captions, row headers, phone labels
    return md


MD = make_parser()


def check_inline(children: list[Token], line: int, ctx: RenderContext) -> None:
    """Validate citations, glossary links, links and images in one inline run."""
    before = ""  # the run's text so far, ended: a quote after a link or a term closes

    def typeset(text: str) -> str:
        return french_typography(text) if ctx.lang == "fr" else english_quotes(text, before)

    for tok in children or ():
        if tok.type == "text":
            tok.content = typeset(tok.content)
        elif tok.type == "glossary_link" and tok.meta.get("text"):  # [[id|its own words]]
            tok.meta["text"] = typeset(tok.meta["text"])
        before = _text_end(tok, before)
        if tok.type == "citation":
            for key in tok.meta["keys"]:
                ctx.cite(key, line)
        elif tok.type == "glossary_link":
            ctx.term(tok.meta["id"], line)
        elif tok.type == "link_open":
            _check_link(tok, line, ctx)
        elif tok.type == "image":
            if not (tok.content or "").strip():
                ctx.problem(line, "image without alt text")
        elif tok.type == "content_problem":  # found by a core rule (tables_md)
            ctx.problem(line, tok.meta["message"])


def _text_end(tok: Token, before: str) -> str:
    """The last character of an inline run's text once `tok` is added (for quote direction)."""
    if tok.type in ("text", "code_inline"):
        return tok.content[-1:] or before
    if tok.type in ("softbreak", "hardbreak"):
        return " "
    if tok.type in ("citation", "glossary_link", "image"):
        return ")"  # they print words: what follows them closes
    return before  # link and emphasis markers print nothing


def _check_link(tok: Token, line: int, ctx: RenderContext) -> None:
    href = str(tok.attrGet("href") or "")
    if href.startswith("page:"):
        key, _, anchor = href[5:].partition("#")
        url = ctx.linker.page(key, ctx.lang)
        if url is None:
            ctx.problem(line, f"broken internal link: no page '{key}'")
            return
        ctx.page_links.append((line, key, anchor))
        tok.attrSet("href", url + (f"#{anchor}" if anchor else ""))
    elif href.startswith("#"):
        ctx.page_links.append((line, "", href[1:]))
    elif href.startswith("/"):
        ctx.problem(line, f"write internal links as page:KEY#anchor, not '{href}'")
    elif not href.startswith(("https://", "mailto:")):
        ctx.problem(line, f"link '{href}' must be https://, mailto: or page:KEY")


def inline_plain(children: list[Token], ctx: RenderContext) -> str:
    """The plain text of an inline run, citations written as (Author, Year)."""
    out = []
    for tok in children or ():
        if tok.type in ("text", "code_inline"):
            out.append(tok.content)
        elif tok.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif tok.type == "glossary_link":
            meta = tok.meta
            out.append(meta["text"] or ctx.glossary_terms.get(meta["id"], meta["id"]))
        elif tok.type == "citation":
            refs = [ctx.references[k] for k in tok.meta["keys"] if k in ctx.references]
            texts = [text for _, text in in_text_parts(refs, ctx.lang)]
            out.append(join_in_text(texts, refs, ctx.lang))
        elif tok.type == "image":
            out.append(tok.content)
    return plain_lang_spans("".join(out))


def render_inline(text: str, line: int, ctx: RenderContext) -> tuple[str, str]:
    """Inline Markdown to (sanitised HTML, plain text), validating as it goes."""
    env = {"ctx": ctx}
    tokens = MD.parseInline(str(text), env)
    children = tokens[0].children if tokens else []
    check_inline(children, line, ctx)
    html = MD.renderer.render(children, MD.options, env)
    return sanitise(html), inline_plain(children, ctx)
