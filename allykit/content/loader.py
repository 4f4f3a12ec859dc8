"""Read the content folder, validate everything, and build the immutable Site."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

from .data import build_glossary, build_microaggressions, build_resources
from .labels import Labels
from .markdown import Linker, RenderContext
from .model import LANGS, Component, LangContent, Page, Problem, Reference, Site
from .pages import render_page
from .references import apa_html, build_reference, sort_key
from .yamlio import YamlError, load_yaml

DATA_FILES = ("glossary.yaml", "resources.yaml", "microaggressions.yaml")
COMPONENT_ANCHORS = {"glossary": "term-", "references": "ref-", "resources": "res-",
                     "microaggressions": "ma-"}  # fmt: skip


class ContentError(Exception):
    """Raised when content is invalid; `problems` lists every one of them."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def _read_yaml(path: Path, rel: str, problems: list[Problem]):
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except YamlError as exc:
        problems.append(Problem(rel, exc.line, str(exc)))
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(rel, 1, f"cannot read file: {exc}"))
    return None


def load_references(root: Path, problems: list[Problem]) -> dict[str, Reference]:
    refs: dict[str, Reference] = {}
    where: dict[str, str] = {}
    files = sorted((root / "references").glob("*.yaml"))
    if not files:
        problems.append(Problem("content/references", 1, "no reference files found"))
    for path in files:
        rel = f"content/references/{path.name}"
        raw = _read_yaml(path, rel, problems)
        if raw is None:
            continue
        if not isinstance(raw, list):
            problems.append(Problem(rel, 1, "a reference file must be a YAML list"))
            continue
        for item in raw:
            ref, found = build_reference(item, rel)
            problems.extend(found)
            if ref is None:
                continue
            if ref.key in refs:
                problems.append(
                    Problem(
                        rel,
                        getattr(item, "line", 1),
                        f"reference key '{ref.key}' already defined in {where[ref.key]}",
                    )
                )
                continue
            refs[ref.key] = ref
            where[ref.key] = rel
    return dict(sorted(refs.items(), key=lambda kv: sort_key(kv[1])))


def load_site(
    root: Path,
    page_keys: Sequence[str],
    linker: Linker,
    labels: Mapping[str, Labels] | None = None,
) -> Site:
    """Load and validate all content under `root`; raise ContentError listing every problem."""
    root = Path(root)
    problems: list[Problem] = []
    refs = load_references(root, problems)
    langs = {}
    ids: dict[str, dict[str, set[str]]] = {}
    for lang in LANGS:
        content, found, lang_ids = _load_lang(
            root, lang, refs, page_keys, linker, (labels or {}).get(lang, Labels())
        )
        langs[lang] = content
        problems.extend(found)
        ids[lang] = lang_ids
    problems.extend(_compare_languages(root, page_keys, ids))
    if problems:
        raise ContentError(sorted(set(problems), key=lambda p: (p.path, p.line, p.message)))
    return Site(references=MappingProxyType(refs), langs=MappingProxyType(langs))


def _load_lang(root, lang, refs, page_keys, linker, labels):
    problems: list[Problem] = []
    folder = root / lang

    def ctx_for(rel: str, glossary_ids=frozenset(), terms=None) -> RenderContext:
        return RenderContext(
            lang=lang,
            path=rel,
            references=refs,
            glossary_ids=glossary_ids,
            linker=linker,
            labels=labels,
            glossary_terms=terms or {},
            problems=problems,
        )

    raw = {name: (_read_yaml(folder / name, f"content/{lang}/{name}", problems)
                  if (folder / name).exists() else None) for name in DATA_FILES}  # fmt: skip
    for name, value in raw.items():
        if value is None and not (folder / name).exists():
            problems.append(Problem(f"content/{lang}/{name}", 1, "file missing"))
    glossary_ids = frozenset(
        str(i.get("id")) for i in (raw["glossary.yaml"] or []) if isinstance(i, dict)
    )
    gctx = ctx_for(f"content/{lang}/glossary.yaml", glossary_ids)
    glossary = build_glossary(raw["glossary.yaml"] or [], gctx)
    terms = {t.id: t.term for t in glossary.values()}
    resources = build_resources(
        raw["resources.yaml"] or [], ctx_for(f"content/{lang}/resources.yaml")
    )
    mctx = ctx_for(f"content/{lang}/microaggressions.yaml", glossary_ids, terms)
    micro = build_microaggressions(raw["microaggressions.yaml"] or [], mctx)

    pages: dict[str, Page] = {}
    contexts = {}
    for key in page_keys:
        path = folder / f"{key}.md"
        rel = f"content/{lang}/{key}.md"
        if not path.exists():
            continue  # reported by _compare_languages
        ctx = ctx_for(rel, glossary_ids, terms)
        page = render_page(key, path.read_text(encoding="utf-8"), ctx)
        extra = {COMPONENT_ANCHORS[c.name] + i for c in _components(page)
                 for i in _component_ids(c.name, refs, glossary, resources, micro)}  # fmt: skip
        # Entries shown by a component cite their own sources; the page's Sources list them too.
        cited = list(page.citations)
        for comp in _components(page):
            for k in _component_citations(comp.name, glossary, micro):
                if k not in cited:
                    cited.append(k)
        pages[key] = dataclasses.replace(page, anchors=page.anchors | extra, citations=tuple(cited))
        contexts[key] = ctx
    for key, ctx in contexts.items():
        for line, target, anchor in ctx.page_links:
            page = pages.get(target or key)
            if page is None and target not in page_keys and not anchor:
                continue  # an app's page (a tool): the linker resolved it, it has no anchors
            if page is None:
                ctx.problem(line, f"broken internal link: page '{target}' has no {lang} file")
            elif anchor and anchor not in page.anchors:
                ctx.problem(
                    line, f"broken internal link: no anchor '#{anchor}' in page '{target or key}'"
                )
    content = LangContent(
        lang=lang,
        pages=MappingProxyType(pages),
        glossary=glossary,
        resources=resources,
        microaggressions=micro,
        references_html=MappingProxyType({k: apa_html(r) for k, r in refs.items()}),
    )
    ids = {
        "glossary": set(glossary), "resources": {r.id for r in resources},
        "microaggressions": {m.id for m in micro},
    }  # fmt: skip
    return content, problems, ids


def _components(page: Page):
    return [s for s in page.segments if isinstance(s, Component)]


def _component_ids(name, refs, glossary, resources, micro):
    return {
        "glossary": lambda: list(glossary),
        "references": lambda: list(refs),
        "resources": lambda: [r.id for r in resources],
        "microaggressions": lambda: [m.id for m in micro],
    }.get(name, lambda: [])()


def _component_citations(name, glossary, micro):
    if name == "microaggressions":
        return [k for m in micro for k in m.cite]
    if name == "glossary":
        return [k for t in glossary.values() for k in t.cite]
    return []


def _compare_languages(root: Path, page_keys, ids) -> list[Problem]:
    problems = []
    for lang in LANGS:
        other = "fr" if lang == "en" else "en"
        for path in sorted((root / lang).glob("*.md")):
            if path.stem not in page_keys:
                problems.append(
                    Problem(
                        f"content/{lang}/{path.name}",
                        1,
                        f"page '{path.stem}' is not in the page table",
                    )
                )
        for key in page_keys:
            if not (root / lang / f"{key}.md").exists() and (root / other / f"{key}.md").exists():
                problems.append(
                    Problem(
                        f"content/{other}/{key}.md",
                        1,
                        f"page exists in {other} only (no content/{lang}/{key}.md)",
                    )
                )
            elif not (root / lang / f"{key}.md").exists() and lang == "en":
                problems.append(
                    Problem(
                        f"content/{lang}/{key}.md",
                        1,
                        f"page '{key}' is in the page table but has no file",
                    )
                )
        for kind, found in ids[lang].items():
            for missing in sorted(found - ids[other][kind]):
                problems.append(
                    Problem(
                        f"content/{other}/{kind}.yaml",
                        1,
                        f"{kind} entry '{missing}' exists in {lang} only",
                    )
                )
    return problems
