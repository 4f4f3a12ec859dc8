"""One bibliography: every source the writing checker cites is an entry of the site's reference
list (content/references/*.yaml) that says how it was verified, and its citation follows the
reader's language (issue 10)."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest

from allykit.content.loader import load_references
from allykit.content.references import DATE_RE
from allykit.wordcheck import check, citing, cli
from allykit.wordcheck.lexicon import NOTE_SOURCES, PROJECT, RULE_SOURCES, source_keys

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def refs():
    problems: list = []
    loaded = load_references(CONTENT, problems)
    assert not problems, problems
    return loaded.refs


def test_every_source_key_is_a_checked_reference(refs) -> None:
    assert source_keys(), "the checker cites nothing"
    for key in sorted(source_keys()):
        ref = refs.get(key)
        assert ref is not None, f"{key} is not in content/references/*.yaml"
        assert ref.checked is not None, key
        assert DATE_RE.match(ref.checked.date) and ref.checked.how and ref.checked.where, key
    assert citing.problems(refs) == []


def test_rule_and_note_sources_are_counted() -> None:
    keys = source_keys()
    for by_lang in RULE_SOURCES.values():
        assert set(by_lang) == {"en", "fr"}
        assert set(by_lang.values()) <= keys
    assert set(NOTE_SOURCES.values()) <= keys
    assert PROJECT in keys


def test_the_old_private_bibliography_is_gone() -> None:
    data = Path(__file__).resolve().parents[2] / "allykit" / "wordcheck" / "data"
    assert not (data / "sources.yaml").exists()
    for old in ("genderdecoder", "genderbias", "uacsw", "creo", "alex", "crc2014", "oqlf"):
        assert old not in source_keys()


def test_a_missing_key_is_reported(refs) -> None:
    fewer = {k: r for k, r in refs.items() if k != "trix2003"}
    found = citing.problems(fewer)
    assert len(found) == 1 and "'trix2003'" in found[0]


def test_citations_follow_the_language(refs) -> None:
    en, fr = citing.table(refs, "en"), citing.table(refs, "fr")
    assert en["trix2003"]["citation"] == "Trix & Psenka (2003)"
    assert fr["trix2003"]["citation"] == "Trix et Psenka (2003)"
    assert fr["vanier-nd"]["citation"].endswith("(s. d.)")
    assert en["vanier-nd"]["citation"].endswith("(n.d.)")
    assert fr[PROJECT]["citation"] == "Trousse de l’allié (2026)"
    for key, source in fr.items():
        assert "&" not in source["citation"], key
        assert "n.d." not in source["citation"], key
    assert en["trix2003"]["url"] == "https://doi.org/10.1177/0957926503014002277"


def test_cite_fills_every_finding(refs) -> None:
    text = "Dear colleagues, Ann is hardworking and caring. She is a female surgeon."
    report = check(text, "letter", "en", ui_lang="fr").to_dict()
    link = lambda key, lang: f"/{lang}/references/#ref-{key}"  # noqa: E731
    citing.cite(report, citing.table(refs, "fr", link))
    assert report["flags"] and report["notes"]
    for finding in report["flags"] + report["notes"]:
        source = finding["source"]
        assert set(source) == {"key", "citation", "url", "reference_url"}
        assert source["reference_url"] == f"/fr/references/#ref-{source['key']}"
        assert "&" not in source["citation"]


def test_cli_cites_from_the_reference_list(capsys) -> None:
    argv = ["-", "--genre", "letter", "--lang", "fr", "--format", "json"]
    assert cli.main(argv, stdin=StringIO("Marie est travaillante et dévouée.")) == 0
    report = json.loads(capsys.readouterr().out)
    cited = {f["source"]["key"]: f["source"]["citation"] for f in report["flags"]}
    assert cited["vanier-nd"].endswith("(s. d.)")
    argv = ["-", "--genre", "letter", "--lang", "en"]
    assert cli.main(argv, stdin=StringIO("Ann is hardworking.")) == 0
    assert "[Trix & Psenka (2003)]" in capsys.readouterr().out


def test_a_french_list_called_published_rests_on_french_guidance():
    """A French block marked `provenance: published` takes its words from French-language
    guidance; a block adapted from an English source (Marr's gender markers, say) is the
    project's own and is reported as indicative."""
    from pathlib import Path

    import yaml

    from allykit.content.loader import load_references

    refs = load_references(Path(__file__).resolve().parents[2] / "content", []).refs
    data = Path(__file__).resolve().parents[2] / "allykit/wordcheck/data/fr.yaml"
    blocks = yaml.safe_load(data.read_text(encoding="utf-8"))["categories"]
    published = {c: b for c, b in blocks.items() if b.get("provenance", "published") == "published"}
    assert published
    for category, block in published.items():
        sources = {block.get("source")} | {
            e.get("source") for e in block.get("entries", []) if isinstance(e, dict)
        }
        french = [s for s in sources if s in refs and refs[s].lang == "fr"]
        assert french, f"{category}: marked published, but no French-language source"
    assert blocks["gender_marker"]["provenance"] == "project"
