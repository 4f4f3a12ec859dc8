"""Render one Markdown page (front matter, headings, blocks) into a Page."""

from __future__ import annotations

import re
from html import escape

from markdown_it.token import Token

from . import blocks
from .markdown import (
    ANCHOR_RE,
    BLOCK_RE,
    MD,
    RenderContext,
    check_inline,
    inline_plain,
    render_inline,
    sanitise,
)
from .model import Page, Section
from .text import english_quotes, french_typography, slugify
from .yamlio import YamlError, load_yaml

FRONT_FIELDS = {
    "title": True,
    "description": True,
    "nav_title": False,
    "takeaways": False,
    "reviewed": True,
}
LIST_FIELDS = {"takeaways"}  # front-matter fields that hold a list of inline-Markdown texts
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def split_front_matter(text: str, ctx: RenderContext) -> tuple[dict, str, int]:
    """Return (front matter, body, line number where the body starts)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        ctx.problem(1, "front matter missing: the file must start with a '---' line")
        return {}, text, 1
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            try:
                meta = load_yaml("".join(lines[1:i]), first_line=2, warn=ctx.problem) or {}
            except YamlError as exc:
                ctx.problem(exc.line, f"bad front matter: {exc}")
                meta = {}
            if not isinstance(meta, dict):
                ctx.problem(2, "bad front matter: it must be a mapping of fields")
                meta = {}
            return meta, "".join(lines[i + 1 :]), i + 2
    ctx.problem(1, "front matter is not closed with a '---' line")
    return {}, text, 1


def _check_front(meta: dict, ctx: RenderContext) -> None:
    for name, required in FRONT_FIELDS.items():
        value = meta.get(name)
        if name in LIST_FIELDS:
            if value is not None and not (
                isinstance(value, list) and value and all(isinstance(v, str) for v in value)
            ):
                ctx.problem(2, f"bad front matter: '{name}' must be a list of texts")
        elif required and not (isinstance(value, str) and value.strip()):
            ctx.problem(2, f"bad front matter: '{name}' is required and must be text")
        elif value is not None and not isinstance(value, str):
            ctx.problem(2, f"bad front matter: '{name}' must be text")
    reviewed = meta.get("reviewed")
    if isinstance(reviewed, str) and reviewed.strip() and not DATE_RE.match(reviewed.strip()):
        ctx.problem(2, "bad front matter: 'reviewed' is the date of the last review, YYYY-MM-DD")
    for name in sorted(set(meta) - set(FRONT_FIELDS)):
        ctx.problem(2, f"bad front matter: unknown field '{name}'")


def _heading_anchor(inline: Token, ctx: RenderContext, line: int) -> tuple[str, str]:
    """Strip a trailing {#id} from a heading; return (anchor, plain title)."""
    children = inline.children or []
    anchor = ""
    if children and children[-1].type == "text":
        last = children[-1]
        m = ANCHOR_RE.search(last.content)
        if m:
            anchor = m.group(1)
            last.content = last.content[: m.start()]
    title = inline_plain(children, ctx).strip()
    return anchor or slugify(title), title


def _item_anchor(
    tokens: list[Token], i: int, anchors: set[str], ctx: RenderContext, line: int
) -> None:
    """A list item may end with {#id}, like a heading: the item gets that id. The items of
    "What you can do this week" name their action in the catalogue this way (actions.yaml)."""
    if i < 2 or tokens[i - 1].type != "paragraph_open" or tokens[i - 2].type != "list_item_open":
        return
    children = tokens[i].children or []
    if not children or children[-1].type != "text":
        return
    m = ANCHOR_RE.search(children[-1].content)
    if not m:
        return
    anchor = m.group(1)
    children[-1].content = children[-1].content[: m.start()]
    if anchor in anchors:
        ctx.problem(line, f"duplicate anchor '#{anchor}'")
    anchors.add(anchor)
    tokens[i - 2].attrSet("id", anchor)


def _back_to_top(ctx: RenderContext) -> Token:
    tok = Token("html_block", "", 0)
    label = escape(ctx.labels.back_to_top)
    tok.content = f'<p class="back-to-top"><a href="#top">{label}</a></p>\n'
    return tok


def render_page(key: str, text: str, ctx: RenderContext) -> Page:
    """Parse and validate a page; the caller checks cross-page links with ctx.page_links."""
    meta, body, offset = split_front_matter(text, ctx)
    _check_front(meta, ctx)
    env = {"ctx": ctx}
    tokens = MD.parse(body, env)
    title = str(meta.get("title") or key)
    typeset = french_typography if ctx.lang == "fr" else english_quotes
    meta = {k: typeset(v) if isinstance(v, str) else v for k, v in meta.items()}
    title = typeset(title)
    raw = meta.get("takeaways")
    raw = raw if isinstance(raw, list) else []
    takeaways = tuple(render_inline(t, 2, ctx)[0] for t in raw if isinstance(t, str))
    out: list[Token] = []
    # The text before the first heading belongs to the page's h1, whose anchor is #top.
    sections: list[Section] = [Section("top", title, 1, "")]
    anchors: set[str] = {"top", "main", "sources"}
    texts: list[str] = []
    level = 1
    seen_h2 = False
    line = offset
    for i, tok in enumerate(tokens):
        if tok.map:
            line = tok.map[0] + offset
        if tok.type == "heading_open":
            n = int(tok.tag[1])
            if n == 1:
                ctx.problem(line, "use '##' and below: the page title is the only h1")
            elif n > level + 1:
                ctx.problem(line, f"heading level skipped: h{level} to h{n}")
            level = n
            # Validate (and, in French, space) the heading's text before it becomes a title.
            check_inline(tokens[i + 1].children, line, ctx)
            anchor, heading = _heading_anchor(tokens[i + 1], ctx, line)
            if anchor in anchors:
                ctx.problem(line, f"duplicate anchor '#{anchor}'")
            anchors.add(anchor)
            tok.attrSet("id", anchor)
            if n == 2 and seen_h2:
                out.append(_back_to_top(ctx))
            seen_h2 = seen_h2 or n == 2
            sections[-1] = _with_text(sections[-1], texts)
            texts = []
            sections.append(Section(anchor, heading, n, ""))
        elif tok.type == "inline" and not (i and tokens[i - 1].type == "heading_open"):
            _item_anchor(tokens, i, anchors, ctx, line)
            check_inline(tok.children, line, ctx)
            texts.append(inline_plain(tok.children, ctx))
        elif tok.type == "fence":
            tok.meta = {"block": len(ctx.blocks)}
            ctx.blocks.append(blocks.render_block(tok.info.strip(), tok.content, line + 1, ctx))
            texts.append(blocks.plain_text(ctx.blocks[-1]))
        out.append(tok)
    sections[-1] = _with_text(sections[-1], texts)
    if seen_h2:
        out.append(_back_to_top(ctx))
    html = sanitise(MD.renderer.render(out, MD.options, env))
    segments = _segments(html, ctx.blocks)
    page = Page(
        key=key,
        lang=ctx.lang,
        path=ctx.path,
        title=title,
        nav_title=str(meta.get("nav_title") or title),
        description=str(meta.get("description") or ""),
        reviewed=str(meta.get("reviewed") or ""),
        segments=segments,
        sections=tuple(sections),
        anchors=frozenset(anchors),
        citations=tuple(ctx.citations),
        terms=tuple(ctx.terms),
        takeaways=takeaways,
    )
    return page


def _with_text(section: Section, texts: list[str]) -> Section:
    return Section(section.anchor, section.title, section.level, " ".join(t for t in texts if t))


def _segments(html: str, rendered: list) -> tuple:
    """Split sanitised HTML at block placeholders; merge neighbouring HTML."""
    parts: list = []
    pos = 0
    for m in BLOCK_RE.finditer(html):
        parts.append(html[pos : m.start()])
        parts.append(rendered[int(m.group(1))])
        pos = m.end()
    parts.append(html[pos:])
    merged: list = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif part != "":
            merged.append(part)
    return tuple(merged)
