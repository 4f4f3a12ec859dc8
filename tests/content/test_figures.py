"""A figure in a page's prose or takeaways needs a citation in the same paragraph (issue 10:
the uncited-claim sweep), so that an uncited figure cannot come back."""

from __future__ import annotations

import pytest

from allykit.content import ContentError
from allykit.content.figures import check_figures, uncited_figures

from .conftest import HOME

PAGE = """\
---
title: T
description: D.
reviewed: 2026-12-01
takeaways:
  - "Women hold {takeaway} of the posts."
---

Intro [@who2019].

{body}

## What you can do this week {{#this-week}}

- Spend 30% of the meeting listening.
"""


def found(body: str, takeaway: str = "most") -> list[str]:
    return [str(p) for p in uncited_figures(PAGE.format(body=body, takeaway=takeaway), "p.md")]


@pytest.mark.parametrize(
    "claim",
    [
        "Women are 70% of the workforce.",
        "Les femmes forment 77 % de l'effectif.",
        "Only 8 of 152 presidents were women.",
        "About four in five health care workers are women.",
        "Deux médecins sur cinq étaient des femmes.",
        "Women are five times as likely to meet opposition.",
        "- a list item: men gave 69% of talks",
        "| Row | 28% |",
    ],
)
def test_an_uncited_figure_is_reported_with_its_line(claim):
    problems = found(claim)
    assert len(problems) == 1 and problems[0].startswith("p.md:11: figure "), problems


@pytest.mark.parametrize(
    "text",
    [
        "Women are 70% of the workforce [@who2019].",
        # the citation may close the paragraph, on a later line
        "Women are 70% of the workforce\nbut hold 25% of senior roles [@who2019].",
        "No figure here, only words.",
        "```chart\ntitle: A chart\nrows:\n  - [World, 70, 25]\n```",
    ],
)
def test_cited_figures_fences_and_prose_without_figures_pass(text):
    assert found(text) == []


def test_the_this_week_section_holds_actions_not_claims():
    assert found("Plain text.") == []  # PAGE's this-week item says "30%"


def test_a_takeaway_with_a_figure_needs_its_citation():
    assert found("Plain text.", takeaway="25%")[0].startswith("p.md:6: figure '25%'")
    assert found("Plain text.", takeaway="25% [@who2019]") == []


def test_check_content_refuses_an_uncited_figure(tree, load):
    page = HOME.format(title="Home").replace(
        "Intro with a citation", "Women hold 25% of senior roles.\n\nIntro with a citation"
    )
    with pytest.raises(ContentError) as info:
        load(tree(**{"fr/home.md": page}))
    messages = [str(p) for p in info.value.problems]
    assert messages == [
        "content/fr/home.md:7: figure '25%' has no citation in the same paragraph: cite its "
        "source with [@key], or write the sentence without the figure"
    ]


def test_the_real_pages_cite_every_figure(content_root):
    assert [str(p) for p in check_figures(content_root)] == []
