"""Read the content folder, validate everything, and build the immutable Site."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

from .components import COMPONENTS, LangData
from .crosschecks import check_uncited, compare_languages
from .data import build_glossary, build_microaggressions, build_resources
from .figures import check_figures
from .labels import Labels
from .markdown import EVERY_KEY, Linker, RenderContext
from .model import LANGS, Component, LangContent, Page, Problem, Reference, Site
from .pages import render_page
from .references import apa_html, build_reference, cite_names, sort_key, title_order
from .refkeys import check_unambiguous
from .terms import check_terms
from .yamlio import YamlError, load_yaml

DATA_FILES = {
    "glossary": "glossary.yaml",
    "resources": "resources.yaml",
    "microaggressions": "microaggressions.yaml",
}
SYNTAX = "invalid YAML"


class ContentError(Exception):
    """Raised when content is invalid; `problems` lists every one of them."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def _order(problems: list[Problem]) -> list[Problem]:
    """YAML syntax errors first (what follows from them is noise until they are fixed)."""
    return sorted(set(problems), key=lambda p: (SYNTAX not in p.message, p.path, p.line, p.message))


def _read_yaml(path: Path, rel: str, problems: list[Problem]):
    def warn(line: int, message: str) -> None:
        problems.append(Problem(rel, line, message))

    try:
        return load_yaml(path.read_text(encoding="utf-8"), warn=warn)
    except YamlError as exc:
        problems.append(Problem(rel, exc.line, str(exc)))
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(rel, 1, f"cannot read file: {exc}"))
    return None


@dataclasses.dataclass
class _References:
    refs: dict[str, Reference]
    where: dict[str, tuple[str, int]]  # key -> (file, line)
    quiet: object  # keys whose citations must not be reported unknown (follow-on problems)


def load_references(root: Path, problems: list[Problem]) -> _References:
    refs: dict[str, Reference] = {}
    where: dict[str, tuple[str, int]] = {}
    broken: set[str] = set()
    unreadable = False
    files = sorted((root / "references").glob("*.yaml"))
    if not files:
        problems.append(Problem("content/references", 1, "no reference files found"))
    for path in files:
        rel = f"content/references/{path.name}"
        raw = _read_yaml(path, rel, problems)
        if raw is None:
            unreadable = True
            continue
        if not isinstance(raw, list):
            problems.append(Problem(rel, 1, "a reference file must be a YAML list"))
            unreadable = True
            continue
        for item in raw:
            ref, found = build_reference(item, rel)
            problems.extend(found)
            if ref is None:
                if isinstance(item, dict) and item.get("key"):
                    broken.add(str(item["key"]).strip())
                continue
            line = getattr(item, "line", 1)
            if ref.key in refs:
                problems.append(
                    Problem(
                        rel,
                        line,
                        f"reference key '{ref.key}' already defined in {where[ref.key][0]}",
                    )
                )
                continue
            refs[ref.key] = ref
            where[ref.key] = (rel, line)
    ordered = dict(sorted(refs.items(), key=lambda kv: sort_key(kv[1])))

    def ambiguous(key: str, message: str) -> None:
        problems.append(Problem(where[key][0], where[key][1], message))

    check_unambiguous(
        ordered.values(), lambda r: (cite_names(r, "en"), r.year), ambiguous, title_order
    )
    return _References(ordered, where, EVERY_KEY if unreadable else frozenset(broken))


def load_site(
    root: Path,
    page_keys: Sequence[str],
    linker: Linker,
    labels: Mapping[str, Labels] | None = None,
) -> Site:
    """Load and validate all content under `root`; raise ContentError listing every problem."""
    root = Path(root)
    problems: list[Problem] = []
    references = load_references(root, problems)
    langs = {}
    loaders = {}
    for lang in LANGS:
        loader = _LangLoader(root, lang, references, linker, (labels or {}).get(lang, Labels()))
        langs[lang] = loader.load(page_keys)
        problems.extend(loader.problems)
        loaders[lang] = loader
    problems.extend(
        compare_languages(
            root,
            page_keys,
            {lang: loader.data_ids for lang, loader in loaders.items()},
            {lang: loader.unreadable for lang, loader in loaders.items()},
            tuple(DATA_FILES),
        )
    )
    if not any(SYNTAX in p.message for p in problems):
        problems.extend(check_uncited(references.refs, references.where, langs))
        problems.extend(check_terms(root))
        problems.extend(check_figures(root))
    if problems:
        raise ContentError(_order(problems))
    return Site(references=MappingProxyType(references.refs), langs=MappingProxyType(langs))


class _LangLoader:
    """Loads one language: its data files, then its pages, then checks its internal links."""

    def __init__(self, root: Path, lang: str, references: _References, linker, labels):
        self.root, self.lang, self.folder = root, lang, root / lang
        self.references, self.linker, self.labels = references, linker, labels
        self.problems: list[Problem] = []
        self.unreadable: set[str] = set()  # data kinds whose file could not be parsed
        self.glossary_slugs: dict[str, str] = {}

    def ctx(self, rel: str, glossary_ids=frozenset(), terms=None) -> RenderContext:
        return RenderContext(
            lang=self.lang,
            path=rel,
            references=self.references.refs,
            glossary_ids=glossary_ids,
            linker=self.linker,
            labels=self.labels,
            glossary_terms=terms or {},
            problems=self.problems,
            quiet_refs=self.references.quiet,
            quiet_terms="glossary" in self.unreadable,
            glossary_slugs=self.glossary_slugs,
        )

    def load(self, page_keys: Sequence[str]) -> LangContent:
        data = self.load_data()
        pages, contexts = self.render_pages(page_keys, data)
        self.check_links(pages, contexts, page_keys)
        self.data_ids = {
            "glossary": set(data.glossary),
            "resources": {r.id for r in data.resources},
            "microaggressions": {m.id for m in data.microaggressions},
        }
        return LangContent(
            lang=self.lang,
            pages=MappingProxyType(pages),
            glossary=data.glossary,
            resources=tuple(data.resources),
            microaggressions=tuple(data.microaggressions),
            references_html=MappingProxyType(
                {k: apa_html(r, self.lang) for k, r in self.references.refs.items()}
            ),
        )

    def read_data_files(self) -> dict[str, object]:
        raw = {}
        for kind, name in DATA_FILES.items():
            rel = f"content/{self.lang}/{name}"
            if not (self.folder / name).exists():
                self.problems.append(Problem(rel, 1, "file missing"))
                self.unreadable.add(kind)
                raw[kind] = []
                continue
            value = _read_yaml(self.folder / name, rel, self.problems)
            if value is None:
                self.unreadable.add(kind)
            raw[kind] = value or []
        return raw

    def load_data(self) -> LangData:
        raw = self.read_data_files()
        self.glossary_ids = frozenset(
            str(i.get("id")) for i in raw["glossary"] if isinstance(i, dict)
        )
        self.glossary_slugs.update(
            {
                str(i["id"]): str(i["slug"])
                for i in raw["glossary"]
                if isinstance(i, dict) and i.get("id") and i.get("slug")
            }
        )
        rel = f"content/{self.lang}/"
        gctx = self.ctx(rel + "glossary.yaml", self.glossary_ids)
        glossary = build_glossary(raw["glossary"], gctx)
        self.terms = {t.id: t.term for t in glossary.values()}
        resources = build_resources(raw["resources"], self.ctx(rel + "resources.yaml"))
        micro = build_microaggressions(
            raw["microaggressions"],
            self.ctx(rel + "microaggressions.yaml", self.glossary_ids, self.terms),
        )
        return LangData(self.references.refs, glossary, resources, micro)

    def render_pages(self, page_keys, data: LangData):
        pages: dict[str, Page] = {}
        contexts = {}
        for key in page_keys:
            path = self.folder / f"{key}.md"
            if not path.exists():
                continue  # reported by crosschecks.compare_languages
            ctx = self.ctx(f"content/{self.lang}/{key}.md", self.glossary_ids, self.terms)
            page = render_page(key, path.read_text(encoding="utf-8"), ctx)
            pages[key] = _with_components(page, data)
            contexts[key] = ctx
        return pages, contexts

    def check_links(self, pages: dict[str, Page], contexts, page_keys=()) -> None:
        for key, ctx in contexts.items():
            for line, target, anchor in ctx.page_links:
                page = pages.get(target or key)
                if page is None and target not in page_keys and not anchor:
                    continue  # an app's page (a tool): the linker resolved it, it has no anchors
                if page is None:
                    ctx.problem(
                        line, f"broken internal link: page '{target}' has no {self.lang} file"
                    )
                elif anchor and anchor not in page.anchors:
                    ctx.problem(
                        line,
                        f"broken internal link: no anchor '#{anchor}' in page '{target or key}'",
                    )


def _with_components(page: Page, data: LangData) -> Page:
    """Add the anchors and citations of the components a page shows."""
    specs = [COMPONENTS[s.name] for s in page.segments if isinstance(s, Component)]
    anchors = set(page.anchors)
    # Entries shown by a component cite their own sources; the page's Sources list them too.
    cited = list(page.citations)
    for spec in specs:
        anchors |= spec.anchors(data)
        cited += [k for k in spec.citations(data) if k not in cited]
    return dataclasses.replace(page, anchors=frozenset(anchors), citations=tuple(cited))
