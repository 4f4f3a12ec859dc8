"""Fenced YAML blocks in pages: quote cards, figures, charts, videos, checklists, components."""

from __future__ import annotations

import re
from html import escape

from . import markup
from .charts import bar_chart
from .components import COMPONENTS
from .markdown import RenderContext, render_inline
from .model import Component
from .text import slugify
from .yamlio import YamlError, line_of, load_yaml

FIELDS = {
    # block: {field: required}
    "quote": {"text": True, "who": True, "role": False, "cite": False, "link": False},
    "figure": {"src": True, "alt": True, "caption": False, "description": True},
    "chart": {
        "title": True,
        "unit": False,
        "max": False,
        "cite": True,
        "description": True,
        "series": True,
        "rows": True,
    },
    "video": {
        "title": True,
        "url": True,
        "start": False,
        "end": False,
        "lang": False,
        "description": False,
    },
    "checklist": {"title": True, "cite": False, "items": True},
    "component": {"name": True},
}
TIME_RE = re.compile(r"^(?:(\d+):)?([0-5]?\d):([0-5]\d)$")
TAG_RE = re.compile(r"<[^>]+>")


def render_block(name: str, source: str, line: int, ctx: RenderContext) -> str | Component:
    """Validate a block's YAML and return its HTML (or a Component rendered per request)."""
    if name not in FIELDS:
        ctx.problem(line - 1, f"unknown block '{name}' (known: {', '.join(FIELDS)})")
        return ""
    try:
        data = load_yaml(
            source, first_line=line, warn=lambda at, msg: ctx.problem(at, f"{name} block: {msg}")
        )
    except YamlError as exc:
        ctx.problem(exc.line, f"{name} block: {exc}")
        return ""
    if not isinstance(data, dict):
        ctx.problem(line, f"{name} block must be a YAML mapping")
        return ""
    at = line_of(data, line)
    before = len(ctx.problems)
    for field, required in FIELDS[name].items():
        if required and data.get(field) in (None, "", []):
            ctx.problem(at, f"{name} block: '{field}' is required")
    for field in sorted(set(data) - set(FIELDS[name])):
        ctx.problem(at, f"{name} block: unknown field '{field}'")
    if len(ctx.problems) > before:
        return ""
    return RENDERERS[name](data, at, ctx)


def plain_text(block) -> str:
    """The words of a rendered block, for search and section summaries."""
    return "" if isinstance(block, Component) else " ".join(TAG_RE.sub(" ", block).split())


def _cite(data: dict, at: int, ctx: RenderContext) -> str:
    key = str(data.get("cite") or "").strip().lstrip("@")
    return render_inline(f"[@{key}]", at, ctx)[0] if key else ""


def _quote(data: dict, at: int, ctx: RenderContext) -> str:
    text = render_inline(data["text"], at, ctx)[0]
    role = render_inline(data["role"], at, ctx)[0] if data.get("role") else ""
    link = str(data.get("link") or "")
    if link and not link.startswith("https://"):
        ctx.problem(at, "quote block: link must start with https://")
        link = ""
    source = f'<a href="{escape(link)}">{escape(ctx.labels.source)}</a>' if link else ""
    return markup.quote(
        text,
        who=str(data["who"]),
        role_html=role,
        source_html=" ".join(filter(None, (_cite(data, at, ctx), source))),
        cite_url=link,
    )


def _figure(data: dict, at: int, ctx: RenderContext) -> str:
    src = str(data["src"])
    if not ctx.linker.static_exists(src):
        ctx.problem(at, f"figure block: image '{src}' not found under allykit/static/")
    alt = str(data.get("alt") or "").strip()
    if not alt:
        ctx.problem(at, "image without alt text")
    caption = render_inline(data["caption"], at, ctx)[0] if data.get("caption") else ""
    desc = render_inline(data["description"], at, ctx)[0]
    return markup.figure(
        # Not lazy: the block declares no size to reserve, and the offline copy of a page
        # keeps only the images the reader's browser fetched.
        markup.image(ctx.linker.static(src), alt, lazy=False),
        caption_html=caption,
        long_html=f"<p>{desc}</p>",
        long_label=ctx.labels.long_description,
    )


def _chart(data: dict, at: int, ctx: RenderContext) -> str:
    series = [str(s) for s in data.get("series") or ()]
    rows = []
    for row in data.get("rows") or ():
        if not isinstance(row, list) or len(row) != len(series) + 1:
            ctx.problem(line_of(row, at), "chart block: each row is [label, one value per series]")
            return ""
        try:
            rows.append((str(row[0]), [float(v) for v in row[1:]]))
        except (TypeError, ValueError):
            ctx.problem(line_of(row, at), "chart block: values must be numbers")
            return ""
    desc = render_inline(data["description"], at, ctx)[0]
    return bar_chart(
        title=str(data["title"]),
        unit=str(data.get("unit") or ""),
        maximum=float(data.get("max") or max(v for _, vs in rows for v in vs)),
        series=series,
        rows=rows,
        description_html=desc,
        cite_html=_cite(data, at, ctx),
        labels=ctx.labels,
        lang=ctx.lang,
        chart_id=ctx.unique_id("chart-" + slugify(str(data["title"]))[:40]),
    )


def _seconds(text: str) -> int | None:
    m = TIME_RE.match(text.strip())
    if not m:
        return None
    h, mi, s = m.groups()
    return int(h or 0) * 3600 + int(mi) * 60 + int(s)


def _video(data: dict, at: int, ctx: RenderContext) -> str:
    url = str(data["url"])
    if not url.startswith("https://"):
        ctx.problem(at, "video block: url must start with https://")
    times = []
    start = str(data.get("start") or "")
    if start:
        secs = _seconds(start)
        if secs is None:
            ctx.problem(at, "video block: start must be mm:ss or h:mm:ss")
        else:
            joiner = "&" if "?" in url else "?"
            url += f"{joiner}t={secs}s" if ("youtu" in url) else f"#t={secs}"
            times.append(ctx.labels.watch_from.format(start=start))
    end = str(data.get("end") or "")
    if end:
        if _seconds(end) is None:
            ctx.problem(at, "video block: end must be mm:ss or h:mm:ss")
        times.append(ctx.labels.until.format(end=end))
    vlang = str(data.get("lang") or ctx.lang)
    lang_attr = f' lang="{escape(vlang)}" hreflang="{escape(vlang)}"' if vlang != ctx.lang else ""
    note = (
        f' <span class="video-lang">({escape(ctx.labels.in_english)})</span>'
        if (vlang == "en" and ctx.lang != "en")
        else ""
    )
    when = f" ({escape(', '.join(times))})" if times else ""
    desc = render_inline(data["description"], at, ctx)[0] if data.get("description") else ""
    return (
        f'<div class="video-link"><p><span class="video-label">{escape(ctx.labels.video)}</span> '
        f'<a href="{escape(url)}"{lang_attr}>{escape(str(data["title"]))}</a>{note}{when}</p>'
        + (f"<p>{desc}</p>" if desc else "")
        + "</div>"
    )


def _checklist(data: dict, at: int, ctx: RenderContext) -> str:
    items = data.get("items")
    if not isinstance(items, list) or not items:
        ctx.problem(at, "checklist block: items must be a list")
        return ""
    lis = "".join(f"<li>{render_inline(str(i), at, ctx)[0]}</li>" for i in items)
    title = render_inline(str(data["title"]), at, ctx)[0]
    cite = _cite(data, at, ctx)
    return (
        f'<div class="checklist"><p class="checklist-title"><strong>{title}</strong> {cite}</p>'
        f"<ol>{lis}</ol></div>"
    )


def _component(data: dict, at: int, ctx: RenderContext) -> Component | str:
    name = str(data["name"])
    if name not in COMPONENTS:
        known = ", ".join(COMPONENTS)
        ctx.problem(at, f"component block: unknown component '{name}' (known: {known})")
        return ""
    return Component(name)


RENDERERS = {
    "quote": _quote,
    "figure": _figure,
    "chart": _chart,
    "video": _video,
    "checklist": _checklist,
    "component": _component,
}
