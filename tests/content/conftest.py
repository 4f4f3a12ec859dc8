"""A tiny, valid content tree to break in controlled ways."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from allykit.content import load_site

KEYS = ("home", "other")


class FakeLinker:
    def page(self, key, lang):
        return f"/{lang}/{key}/" if key in KEYS else None

    def term(self, term_id, lang):
        return f"/{lang}/glossary/{term_id}/"

    def reference(self, key, lang):
        return f"/{lang}/other/#ref-{key}"

    def static(self, path):
        return f"/static/{path}"

    def static_exists(self, path):
        return path == "img/ok.svg"


REFS = """\
- key: trix2003
  type: article
  authors:
    - {family: Trix, given: F.}
    - {family: Psenka, given: C.}
  year: 2003
  title: >-
    Exploring the color of glass: Letters of recommendation for female and male
    medical faculty
  container: Discourse & Society
  volume: "14"
  issue: "2"
  pages: 191–220
  doi: 10.1177/0957926503014002277
  verified: V
  checked: {date: 2026-12-01, how: doi-record, where: https://doi.org/10.1177/0957926503014002277}
- key: who2019
  type: report
  authors:
    - {literal: World Health Organization}
  year: 2019
  title: >-
    Delivered by women, led by men: A gender and equity analysis of the global
    health and social workforce
  url: https://www.who.int/publications/i/item/9789241515467
  verified: V
  checked: {date: 2026-12-01, how: publisher-page, where: test fixture}
"""
GLOSSARY = """\
- id: ally
  term: {term}
  definition: Someone who acts [@trix2003].
  cite: [trix2003]
"""
HOME = """\
---
title: {title}
description: A page.
reviewed: 2026-12-01
---

Intro with a citation [@who2019] and a term [[ally]].

## First section {{#first}}

See [the other page](page:other#second) and [[ally|allies]].

```quote
text: A paraphrased view [@trix2003].
who: Dr Example
link: https://example.org/talk
```

## What you can do this week {{#this-week}}

- Act.
"""
OTHER = """\
---
title: Other
description: Another page.
reviewed: 2026-12-01
---

## Second {#second}

Text [@trix2003].

```component
name: references
```
"""


def write_tree(root: Path, **overrides) -> Path:
    files = {
        "references/main.yaml": REFS,
        "en/glossary.yaml": GLOSSARY.format(term="Ally"),
        "fr/glossary.yaml": GLOSSARY.format(term="Allié"),
        "en/home.md": HOME.format(title="Home"),
        "fr/home.md": HOME.format(title="Accueil"),
        "en/other.md": OTHER,
        "fr/other.md": OTHER,
        "en/resources.yaml": "[]\n",
        "fr/resources.yaml": "[]\n",
        "en/microaggressions.yaml": "[]\n",
        "fr/microaggressions.yaml": "[]\n",
    }
    files.update(overrides)
    for rel, text in files.items():
        if text is None:
            continue
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.fixture
def tree(tmp_path):
    return lambda **overrides: write_tree(tmp_path / "content", **overrides)


@pytest.fixture
def load():
    return lambda root: load_site(root, KEYS, FakeLinker())


@pytest.fixture
def content_root():
    from django.conf import settings

    return Path(settings.CONTENT_DIR)
