"""A small HTML reader for tests: headings, ids, links and visible text of a page."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


@dataclass
class Page:
    lang: str = ""
    headings: list[tuple[int, str]] = field(default_factory=list)  # (level, text)
    ids: list[str] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)  # attributes of <a> and <link>
    text: list[str] = field(default_factory=list)
    attrs_text: list[str] = field(default_factory=list)  # aria-label, alt, title, placeholder
    scripts: list[dict] = field(default_factory=list)
    styles_inline: int = 0
    images: list[dict] = field(default_factory=list)

    @property
    def h1_count(self) -> int:
        return sum(1 for level, _ in self.headings if level == 1)

    @property
    def visible_text(self) -> str:
        return " ".join(" ".join(self.text).split())


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._heading: list | None = None
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "html":
            self.page.lang = a.get("lang", "")
        if "id" in a:
            self.page.ids.append(a["id"])
        if "style" in a:
            self.page.styles_inline += 1
        for name in ("aria-label", "alt", "title", "placeholder"):
            if a.get(name):
                self.page.attrs_text.append(a[name])
        if tag in ("a", "link"):
            self.page.links.append({"tag": tag, **a})
        if tag == "img":
            self.page.images.append(a)
        if tag == "script":
            self.page.scripts.append(a)
        if tag in ("script", "style", "title", "svg"):
            self._skip += 1
        if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
            self._heading = [int(tag[1]), []]

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title", "svg"):
            self._skip = max(0, self._skip - 1)
        if self._heading and tag == f"h{self._heading[0]}":
            self.page.headings.append(
                (self._heading[0], " ".join("".join(self._heading[1]).split()))
            )
            self._heading = None

    def handle_data(self, data):
        if self._heading is not None:
            self._heading[1].append(data)
        if not self._skip:
            self.page.text.append(data)


def read(html: str | bytes) -> Page:
    """Parse a page's HTML into what the invariant tests look at."""
    reader = _Reader()
    reader.feed(html.decode() if isinstance(html, bytes) else html)
    return reader.page


def skipped_levels(headings: list[tuple[int, str]]) -> list[str]:
    """Headings that jump more than one level down from the previous one."""
    problems = []
    previous = 0
    for level, text in headings:
        if level > previous + 1:
            problems.append(f"h{previous} -> h{level} ({text!r})")
        previous = level
    return problems
