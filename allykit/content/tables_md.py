"""Markdown tables with their semantics: a caption, row headers, and the phone layout's labels.

A content table is a pipe table followed, after a blank line, by a paragraph that starts with
`Table:` (Pandoc's syntax); that paragraph becomes the table's `<caption>`, and the scrolling
region around the table is named by it (`aria-labelledby`), so each table on a page has its own
name. Every table needs one: check-content reports a table without it.

The first cell of each body row is the row's header (`<th scope="row">`), the header row's cells
are column headers (`scope="col"`): every content table names a thing per row and compares
things across columns (decision 1604). Each body cell also carries its column heading as
`data-label`, which the stylesheet shows above the cell when the table stacks on a phone.

This is a markdown-it core rule run after inline parsing. A problem is reported through the
inline run of the table's first heading cell (a `content_problem` token that
`markdown.check_inline` reports with the page's line number), since only the page renderer knows
where the body starts in the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from .text import english_quotes, french_typography

CAPTION_RE = re.compile(r"^(?:Table|Tableau)\s?:\s*")  # "Tableau :" in French files too
MISSING = (
    "table without a caption: after the table, leave a blank line and write a paragraph "
    "'Table: what the table shows'"
)
EMPTY = "table caption is empty: write what the table shows after 'Table:'"
ROW_CAPTION = (
    "a table row starts with 'Table:': leave a blank line between the table and its caption"
)


def install(md: MarkdownIt, plain: Callable[[str], str]) -> None:
    """Add the table semantics to a parser; `plain` strips the page's inline lang markers."""

    def rule(state: StateCore) -> None:
        _tables(state, plain)

    md.core.ruler.push("table_semantics", rule)
    md.add_render_rule("table_open", _render_table_open)
    md.add_render_rule("table_close", _render_table_close)
    md.add_render_rule("content_problem", lambda *args: "")


def _problem(inline: Token | None, message: str) -> None:
    if inline is None:
        return
    tok = Token("content_problem", "", 0)
    tok.meta = {"message": message}
    inline.children = [*(inline.children or []), tok]


def _text(inline: Token, plain: Callable[[str], str], lang: str) -> str:
    words = []
    for tok in inline.children or ():
        if tok.type in ("text", "code_inline"):
            words.append(tok.content)
        elif tok.type in ("softbreak", "hardbreak"):
            words.append(" ")
    text = " ".join(plain("".join(words)).split())
    return french_typography(text) if lang == "fr" else english_quotes(text)


def _tables(state: StateCore, plain: Callable[[str], str]) -> None:
    ctx = state.env.get("ctx")
    lang = getattr(ctx, "lang", "en")
    tokens = state.tokens
    i = 0
    while i < len(tokens):
        if tokens[i].type == "table_open":
            i = _table(tokens, i, ctx, lang, plain)
        i += 1


def _table(tokens: list[Token], start: int, ctx, lang: str, plain) -> int:
    """Give the table starting at `start` its semantics; return the index of its end."""
    end = next(j for j in range(start, len(tokens)) if tokens[j].type == "table_close")
    labels: list[str] = []
    first_head: Token | None = None
    in_body = False
    column = 0
    for j in range(start, end):
        tok = tokens[j]
        if tok.type == "tbody_open":
            in_body = True
        elif tok.type == "tr_open":
            column = 0
        elif tok.type == "th_open":
            tok.attrSet("scope", "col")
            first_head = first_head or tokens[j + 1]
            labels.append(_text(tokens[j + 1], plain, lang))
        elif tok.type == "td_open" and in_body:
            cell = tokens[j + 1]
            if column == 0:
                tok.tag = "th"
                tok.attrSet("scope", "row")
                close = next(k for k in range(j, end) if tokens[k].type == "td_close")
                tokens[close].tag = "th"
                if CAPTION_RE.match(cell.content):
                    _problem(cell, ROW_CAPTION)
            else:
                tok.attrSet("data-label", labels[column] if column < len(labels) else "")
            column += 1
    tokens[start].attrSet("class", "stack")
    caption = _caption(tokens, end)
    if caption is None:
        _problem(first_head, MISSING)
        return end
    inline = tokens[end + 2]
    text = CAPTION_RE.sub("", inline.content, count=1)
    if not text.strip():
        _problem(inline, EMPTY)
    _strip_marker(inline)
    caption_id = ctx.unique_id("table-caption") if ctx is not None else "table-caption"
    tokens[start].meta = {**(tokens[start].meta or {}), "caption_id": caption_id}
    open_, close_ = tokens[end + 1], tokens[end + 3]
    open_.type, open_.tag = "caption_open", "caption"
    close_.type, close_.tag = "caption_close", "caption"
    open_.attrs = {"id": caption_id}
    del tokens[end + 1 : end + 4]
    tokens[start + 1 : start + 1] = [open_, inline, close_]
    return end + 3


def _caption(tokens: list[Token], end: int) -> Token | None:
    """The `Table:` paragraph right after the table's end, if there is one."""
    if end + 3 >= len(tokens) or tokens[end + 1].type != "paragraph_open":
        return None
    inline = tokens[end + 2]
    return inline if CAPTION_RE.match(inline.content) else None


def _strip_marker(inline: Token) -> None:
    """Remove 'Table:' from the caption's first text token (the rest keeps its markup)."""
    inline.content = CAPTION_RE.sub("", inline.content, count=1)
    for tok in inline.children or ():
        if tok.type == "text":
            tok.content = CAPTION_RE.sub("", tok.content, count=1)
            return


def _render_table_open(self, tokens, idx, options, env) -> str:
    # Wide tables scroll sideways on phones; the scrolling region takes keyboard focus and is
    # named by the table's caption (the generic label only when a table has none, an error).
    caption_id = (tokens[idx].meta or {}).get("caption_id")
    if caption_id:
        name = f'aria-labelledby="{escape(caption_id)}"'
    else:
        name = f'aria-label="{escape(env["ctx"].labels.table)}"'
    return f'<div class="table-scroll" tabindex="0" role="region" {name}>' + self.renderToken(
        tokens, idx, options, env
    )


def _render_table_close(self, tokens, idx, options, env) -> str:
    return self.renderToken(tokens, idx, options, env).rstrip("\n") + "</div>\n"
