"""Chart, data table, CSV export, checklist and letters: accessible, escaped, bilingual."""

from __future__ import annotations

import csv
import io

import pytest
from defusedxml.ElementTree import fromstring

from allykit.panelaudit import audit, parse_table
from allykit.panelaudit.chart import chart_svg, chart_table
from allykit.panelaudit.export import safe_cell, summary_csv
from allykit.panelaudit.letters import letter, organiser_checklist
from allykit.panelaudit.typo import NBSP, fr_typo

from .programs import ROWS, as_text

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def result():
    return audit(parse_table(as_text()), "who-2019-health-workforce")


def shared_outputs(result):
    for lang in ("en", "fr"):
        yield chart_svg(result, lang)
        yield summary_csv(result, lang)
        yield letter(result, "decline", lang)
        yield letter(result, "conditions", lang)
        yield str(chart_table(result, lang))


def test_names_never_appear_in_shared_outputs(result):
    for text in shared_outputs(result):
        for row in ROWS:
            assert row[1] not in text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_chart_is_accessible_svg(result, lang):
    root = fromstring(chart_svg(result, lang))
    assert root.get("role") == "img"
    title, desc = root.find(SVG + "title"), root.find(SVG + "desc")
    assert title.text and desc.text
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    texts = [t.text for t in root.iter(SVG + "text")]
    assert any("4 (" in t for t in texts)  # every bar has its figure as text
    assert ("Women" if lang == "en" else "Femmes") in texts


def test_chart_escapes_everything():
    hostile = "<script>alert(1)</script>"
    result = audit(parse_table(f'session,gender\n"{hostile}",F\n'))
    svg = chart_svg(result, "en", id_prefix='x"><y')
    assert "<script>" not in svg
    fromstring(svg)  # still well-formed


def test_data_table(result):
    table = chart_table(result, "fr")
    assert table["columns"][0] == "Groupe"
    assert table["rows"][0][1] == f"4 (19{NBSP}%)"
    assert len(table["rows"]) == 4


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_formula_injection_is_escaped(value):
    assert safe_cell(value) == "'" + value


def test_csv_summary_escapes_session_labels():
    result = audit(parse_table('session,gender\n"+cmd|x",F\n"@foo",M\n'))
    rows = list(csv.reader(io.StringIO(summary_csv(result, "en"))))
    labels = [r[1] for r in rows if r[0] == "Session"]
    assert labels == ["'+cmd|x", "'@foo"]


def test_csv_summary_in_both_languages(result):
    en = list(csv.reader(io.StringIO(summary_csv(result, "en"))))
    fr = list(csv.reader(io.StringIO(summary_csv(result, "fr", bom=True)), delimiter=";"))
    assert en[0][0] == "Section" and fr[0][0] == "\ufeffSection"
    assert en[1][2] == "4" and en[1][-5] == "19.0"
    assert fr[1][-5] == "19,0"
    assert len(en) == len(fr)


def test_checklist_names_the_flagged_sessions(result):
    items = organiser_checklist(result, "en")
    joined = "\n".join(items)
    assert "“Table ronde : leadership”" in joined and "Kanter" in joined
    # Chairs are one woman in three here, below the target: the checklist says why chairs matter.
    assert "Nittrouer" in joined
    fr = organiser_checklist(result, "fr")
    assert len(fr) == len(items)
    assert any(f"«{NBSP}Panel B{NBSP}»" in item for item in fr)


def test_checklist_cites_the_chairs_study_only_when_chairs_are_below_target():
    balanced = audit(
        parse_table("Session,Name,Role,Gender\nA,Ann Lee,chair,F\nA,Bo Li,panellist,M\n")
    )
    assert not any("Nittrouer" in item for item in organiser_checklist(balanced, "en"))


def test_checklist_fits_any_event_not_only_clinical_ones(result):
    joined = "\n".join(organiser_checklist(result, "en"))
    assert "hackathons" in joined and "early-career clinicians" not in joined


@pytest.mark.parametrize("kind", ["decline", "conditions"])
def test_letters_carry_the_event_figures(result, kind):
    en, fr = letter(result, kind, "en"), letter(result, kind, "fr")
    assert "4 (19%) go to women, against a target of 70%" in en
    assert f"4 (19{NBSP}%) reviennent à des femmes, pour une cible de 70{NBSP}%" in fr
    assert "One session has only men in it." in en
    assert f"Conférences principales et plénières{NBSP}:" in fr
    assert " ?" not in fr and " !" not in fr  # fr-CA: no space before ? and !
    assert "[" in en and "{" not in en and "{" not in fr


def test_letter_kind_checked(result):
    with pytest.raises(ValueError):
        letter(result, "accept", "en")
    with pytest.raises(ValueError):
        letter(result, "decline", "de")


def test_french_typography():
    assert fr_typo("Ligne 3 : « x » 25 %") == f"Ligne 3{NBSP}: «{NBSP}x{NBSP}» 25{NBSP}%"
    assert fr_typo("https://a.b 10:30 (%)") == "https://a.b 10:30 (%)"
