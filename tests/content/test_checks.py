"""The checks that keep issue 10's and issue 17 item 9's defects from coming back."""

from __future__ import annotations

import pytest

from allykit.content import ContentError
from allykit.content.components import COMPONENTS
from allykit.content.references import apa_html, build_reference, cite_names, cite_year
from allykit.content.terms import check_terms
from allykit.content.yamlio import comment_cuts, load_yaml

from .conftest import GLOSSARY, REFS


def problems(load, root) -> list[str]:
    with pytest.raises(ContentError) as info:
        load(root)
    return [str(p) for p in info.value.problems]


CHECKED = "  checked: {date: 2026-12-01, how: doi-record, where: https://doi.org/10.1/x}\n"


def ref(body: str):
    import yaml

    from allykit.content.yamlio import load_yaml

    raw = load_yaml(body)
    assert isinstance(raw, dict), yaml.safe_dump(raw)
    return build_reference(raw, "refs.yaml")


BASE = (
    "key: doe2020\ntype: article\nauthors: [{family: Doe, given: J. A.}]\nyear: 2020\n"
    "title: A title\ncontainer: A journal\nverified: V\n"
)


# -- issue 17 item 9: one syntax error, one problem --------------------------------------------
def test_a_yaml_syntax_error_comes_first_without_its_follow_on_problems(tree, load):
    broken = GLOSSARY.format(term="Allié") + "- id: x\n  term: [unclosed\n"
    found = problems(load, tree(**{"fr/glossary.yaml": broken}))
    assert "invalid YAML" in found[0] and found[0].startswith("content/fr/glossary.yaml:")
    assert not [p for p in found if "exists in" in p or "unknown glossary term" in p], found


def test_a_broken_reference_file_does_not_turn_every_citation_into_a_problem(tree, load):
    found = problems(load, tree(**{"references/main.yaml": REFS + "- key: [oops\n"}))
    assert len(found) == 1 and "invalid YAML" in found[0]


def test_an_invalid_reference_is_reported_once_not_at_each_citation(tree, load):
    bad = REFS.replace(
        "  verified: V\n  checked: {date: 2026-12-01, how: doi-record",
        "  verified: U\n  checked: {date: 2026-12-01, how: doi-record",
        1,
    )
    found = problems(load, tree(**{"references/main.yaml": bad}))
    assert [p for p in found if "verified must be V or P" in p]
    assert not [p for p in found if "unknown citation key 'trix2003'" in p], found


@pytest.mark.parametrize(
    "text, cut",
    [
        ("description: Why men stepped back after #MeToo and what to do\n", True),
        ("items:\n  - Say it #now\n", True),
        ('description: "Why men stepped back after #MeToo"\n', False),
        ("type: guide  # article | book\n", False),
        ("a: b #\n", False),
    ],
)
def test_a_value_cut_short_by_a_comment_is_caught(text, cut):
    assert bool(comment_cuts(text)) is cut


def test_the_content_check_reports_a_comment_cut_value(tree, load):
    res = (
        "- id: r1\n  title: T\n  type: article\n  language: en\n  length: short\n"
        "  url: https://x.org\n  description: Men after #MeToo step back\n"
    )
    found = problems(load, tree(**{"en/resources.yaml": res, "fr/resources.yaml": res}))
    assert any("value cut short by a comment" in p and "#MeToo" in p for p in found)


@pytest.mark.parametrize(
    "text, doubled",
    [
        ("- Que peut faire une personne qui a peu d''autorité?\n", True),
        ("text: \"Il l''a dit\"\n", True),
        ("text: 'Il l''a dit'\n", False),
        ("items:\n  - {a: 'c''est ça'}\n", False),
    ],
)
def test_two_apostrophes_outside_single_quotes_are_caught(text, doubled):
    found = []
    load_yaml(text, warn=lambda line, message: found.append(message))
    assert bool(found) is doubled, found


def test_every_content_loader_hears_the_yaml_warnings():
    """Comment-cut values and doubled apostrophes are reported for every content file: each
    load_yaml call in the apps passes `warn`."""
    import ast
    from pathlib import Path

    import allykit

    missing = []
    for path in Path(allykit.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "load_yaml"
                and "warn" not in {k.arg for k in node.keywords}
            ):
                missing.append(f"{path.name}:{node.lineno}")
    assert missing == []


# -- references ----------------------------------------------------------------------------------
def test_a_reference_without_its_verification_record_is_refused():
    _, found = ref(BASE)
    assert any("'checked' is required" in str(p) for p in found)
    r, found = ref(BASE + CHECKED.lstrip())
    assert not found and r.checked.how == "doi-record" and r.checked.date == "2026-12-01"


@pytest.mark.parametrize(
    "checked, message",
    [
        ("  checked: {date: yesterday, how: doi-record, where: x}\n", "ISO date"),
        ("  checked: {date: 2026-12-01, how: memory, where: x}\n", "checked.how"),
        ("  checked: {date: 2026-12-01, how: catalogue}\n", "checked.where"),
    ],
)
def test_the_verification_record_says_how_when_and_where(checked, message):
    _, found = ref(BASE + checked.replace("  checked", "checked"))
    assert any(message in str(p) for p in found)


def test_a_full_given_name_is_refused_and_initials_pass():
    _, found = ref(BASE.replace("given: J. A.", "given: Jane") + CHECKED.lstrip())
    assert any("must be initials" in str(p) for p in found)
    for given in ("J.", "J. A.", "Y.-H. H.", "M. D. F."):
        _, found = ref(BASE.replace("J. A.", given) + CHECKED.lstrip())
        assert not found, given


def test_titles_in_brackets_and_editors_in_the_container_are_refused():
    _, found = ref(BASE.replace("A title", '"[A title]"') + CHECKED.lstrip())
    assert any("no brackets in the title" in str(p) for p in found)
    chapter = BASE.replace("type: article", "type: chapter").replace(
        "container: A journal", 'container: "A book (N. J. Evans, Ed.)"'
    )
    _, found = ref(chapter + CHECKED.lstrip())
    assert any("'editors'" in str(p) for p in found)


def test_a_work_with_no_known_author_has_a_short_title_not_its_title_as_author():
    body = BASE.replace("authors: [{family: Doe, given: J. A.}]\n", "") + CHECKED.lstrip()
    _, found = ref(body)
    assert any("short_title" in str(p) for p in found)
    r, found = ref(body + "short_title: A title\n")
    assert not found
    assert cite_names(r, "en") == "\u201cA title\u201d"
    assert cite_names(r, "fr") == "«\u00a0A title\u00a0»"
    assert apa_html(r, "en").startswith("A title. (2020).")


def _ok(body: str):
    r, found = ref(body + CHECKED.lstrip())
    assert not found, found
    return r


def test_french_entries_follow_french_apa():
    chapter = _ok(
        "key: washington1991\ntype: chapter\nauthors: [{family: Washington, given: J.}, "
        "{family: Evans, given: N. J.}]\neditors: [{family: Evans, given: N. J.}, "
        "{family: Wall, given: V. A.}]\nyear: 1991\ntitle: Becoming an ally\n"
        "container: Beyond tolerance\npages: 195–204\npublisher: ACPA\nverified: P\n"
    )
    en, fr = apa_html(chapter, "en"), apa_html(chapter, "fr")
    assert (
        "Washington, J., &amp; Evans, N. J." in en
        and "In N. J. Evans &amp; V. A. Wall (Eds.)" in en
    )
    assert "Washington, J. et Evans, N. J." in fr
    assert "Dans N. J. Evans et V. A. Wall (dir.)" in fr and "(p. 195–204)" in fr
    assert '<span lang="en">Becoming an ally.</span>' in fr
    video = _ok(
        "key: ramsey2014\ntype: video\nauthors: [{family: Ramsey, given: F.}]\nyear: 2014\n"
        "month_day: December\ntitle: 5 tips\ncontainer: YouTube\nverified: V\n"
    )
    assert "(2014, décembre)" in apa_html(video, "fr") and "[Vidéo]" in apa_html(video, "fr")
    assert "(2014, December)" in apa_html(video, "en") and "[Video]" in apa_html(video, "en")
    nd = _ok("key: x-nd\ntype: web\nauthors: [{literal: X}]\nyear: n.d.\ntitle: T\nverified: V\n")
    assert "(s. d.)" in apa_html(nd, "fr") and cite_year(nd, "fr") == "s. d."
    edited = _ok(
        BASE.replace("type: article", "type: book").replace("container: A journal\n", "")
        + "edited: true\n"
    )
    assert apa_html(edited, "en").startswith("Doe, J. A. (Ed.).")
    assert apa_html(edited, "fr").startswith("Doe, J. A. (dir.).")


def test_organisations_go_by_their_french_names_on_french_pages():
    who = _ok(
        "key: who2019\ntype: report\nauthors: [{literal: World Health Organization, "
        "literal_fr: Organisation mondiale de la Santé, abbr_fr: OMS}]\nyear: 2019\n"
        "title: Delivered by women, led by men\nverified: V\n"
    )
    assert cite_names(who, "fr") == "OMS" and cite_names(who, "en") == "World Health Organization"
    assert apa_html(who, "fr").startswith("Organisation mondiale de la Santé. (2019).")


def test_every_reference_is_cited_or_marked_further_reading(tree, load):
    extra = (
        "- key: doe2020\n  type: web\n  authors: [{literal: X}]\n  year: 2020\n  title: T\n"
        "  url: https://x.org\n  verified: V\n" + CHECKED
    )
    found = problems(load, tree(**{"references/more.yaml": extra}))
    assert any("reference doe2020 is cited nowhere" in p for p in found)
    load(tree(**{"references/more.yaml": extra + "  further_reading: true\n"}))
    marked = REFS.replace(
        "  verified: V\n  checked: {date: 2026-12-01, how: doi-record",
        "  verified: V\n  further_reading: true\n  checked: {date: 2026-12-01, how: doi-record",
        1,
    )
    found = problems(load, tree(**{"references/main.yaml": marked}))
    assert any("trix2003 is marked further_reading but is cited" in p for p in found)


def test_the_real_reference_list_records_how_each_entry_was_verified(site):
    for key, r in site.references.items():
        assert r.checked and r.checked.date and r.checked.where, key
        for a in r.authors:
            assert not a.given or all(p.endswith(".") for p in a.given.replace("-", " ").split()), (
                key
            )


SCRAPERS = ("vdocuments", "pdfslide", "insurance-canada", "fdocuments", "docslib", "yumpu")


def test_the_real_references_link_no_scraper_or_news_site(site):
    for key, r in site.references.items():
        assert not any(b in r.link for b in (*SCRAPERS, "orwh.od.nih.gov")), (key, r.link)


def test_the_real_resources_link_publishers_not_scrapers(site):
    for lang in ("en", "fr"):
        for r in site[lang].resources:
            assert not any(b in r.url for b in (*SCRAPERS, "womenlifthealth.org")), (r.id, r.url)


# -- the term list -------------------------------------------------------------------------------
def test_the_term_list_catches_each_variant_it_rules_out(tmp_path):
    root = tmp_path / "content"
    (root / "fr").mkdir(parents=True)
    (root / "en").mkdir()
    (root / "terms.yaml").write_text(
        "- concept: microassault\n  fr:\n    use: microassaut\n    avoid: ['micro-assauts?']\n"
        "- concept: 5Ds\n  fr:\n    use: Différer\n    gloss: {Delay: Différer}\n",
        encoding="utf-8",
    )
    (root / "fr" / "page.md").write_text(
        "Un micro-assaut.\nAgir après coup (*Delay*).\nDifférer (*Delay*).\n"
        "Voir [[micro-assaut|le terme]] et l'id:\nid: micro-assaut\n",
        encoding="utf-8",
    )
    found = [str(p) for p in check_terms(root)]
    assert found == [
        "content/fr/page.md:1: term list: write 'microassaut', not 'micro-assaut' (microassault)",
        "content/fr/page.md:2: term list: *Delay* is 'Différer' in French, not 'Agir après "
        "coup' (5Ds)",
    ]


def test_the_real_content_keeps_to_the_term_list(content_root):
    assert [str(p) for p in check_terms(content_root)] == []


# -- components ----------------------------------------------------------------------------------
def test_the_web_layer_builds_exactly_the_components_the_engine_knows():
    from allykit.toolkit.components import BUILDERS

    assert set(BUILDERS) == set(COMPONENTS)


# -- the microaggressions guide -----------------------------------------------------------------
def test_every_bystander_line_in_the_guide_names_its_d(site):
    from allykit.content.data import D_NAMES

    for lang in ("en", "fr"):
        for m in site[lang].microaggressions:
            assert m.bystander_d, m.id
            assert m.html["bystander_can_say"].startswith(
                f'<strong class="d-tag">{D_NAMES[lang][m.bystander_d]}.</strong>'
            ), m.id


def test_the_guide_has_patient_and_family_scenarios_and_lines_for_an_outranked_bystander(site):
    entries = site["en"].microaggressions
    assert len([m for m in entries if m.speaker in ("patient", "family")]) >= 4
    outranked = [m for m in entries if "if-outranked" in m.html["bystander_can_say"]]
    assert len(outranked) >= 4
    assert {m.speaker for m in outranked} == {"supervisor"}


def test_each_guide_entry_is_cited_or_marked_illustrative(site, tree, load):
    for lang in ("en", "fr"):
        for m in site[lang].microaggressions:
            assert m.cite or m.illustrative, m.id
    entry = (
        "- id: e1\n  title: T\n  setting: clinic\n  dimensions: [gender]\n  sounds_like: s\n"
        "  communicates: c\n  target_can_say: t\n  bystander_can_say: b\n  if_you_said_it: i\n"
        "  bystander_d: direct\n"
    )
    found = problems(
        load, tree(**{"en/microaggressions.yaml": entry, "fr/microaggressions.yaml": entry})
    )
    assert any("mark the entry 'illustrative: true'" in p for p in found)


def test_the_french_5d_names_in_the_guide_are_the_term_list_s(content_root):
    from allykit.content.data import D_NAMES
    from allykit.content.terms import load_terms

    entries, _ = load_terms(content_root)
    gloss = next(e["gloss"] for e in entries if e["gloss"])
    assert {k.lower(): v for k, v in gloss.items()} == D_NAMES["fr"]


def test_a_bilingual_resource_links_the_version_in_the_page_s_language(tree, load):
    res = (
        "- id: r1\n  title: T\n  type: guide\n  language: en-fr\n  length: short\n"
        "  url: https://example.gc.ca/fr/guide-fra\n  description: d\n"
    )
    found = problems(load, tree(**{"en/resources.yaml": res, "fr/resources.yaml": res}))
    assert any("this en entry links the fr version" in p for p in found)
    assert not any("this fr entry" in p for p in found)


def test_words_in_the_other_language_are_marked_with_their_language(site):
    from allykit.content.markdown import lang_spans, plain_lang_spans

    assert lang_spans("voir [<em>Ally Toolkit</em>]{lang=en}") == (
        'voir <span lang="en"><em>Ally Toolkit</em></span>'
    )
    assert lang_spans("[Statement] stays") == "[Statement] stays"
    assert plain_lang_spans("[*Delay*]{lang=en}") == "*Delay*"
    html = "".join(s for s in site["fr"].pages["bystander"].segments if isinstance(s, str))
    assert '<span lang="en"><em>Delay</em></span>' in html and "{lang=" not in html


def test_the_gloss_check_sees_through_language_marks(tmp_path):
    root = tmp_path / "content"
    (root / "fr").mkdir(parents=True)
    (root / "terms.yaml").write_text(
        "- concept: 5Ds\n  fr:\n    use: Différer\n    gloss: {Delay: Différer}\n", encoding="utf-8"
    )
    (root / "fr" / "p.md").write_text("Agir après coup ([*Delay*]{lang=en}).\n", encoding="utf-8")
    assert len(check_terms(root)) == 1
