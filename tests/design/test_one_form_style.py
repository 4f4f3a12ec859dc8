"""Issue 11: one error summary and one field-error markup for every form in the site.

The markup lives only in allykit/templates/components/ (error_summary.html, field_error.html,
form_field.html); every other template includes those components instead of writing its own.
"""

from __future__ import annotations

import re
from pathlib import Path

import allykit

ROOT = Path(allykit.__file__).parent
COMPONENTS = ROOT / "templates" / "components"

# The class names and hooks that make an error summary or a field error, as markup
# (class="... error-summary ...", data-error-summary, class="field-error"), not CSS selectors.
MARKUP = re.compile(
    r"""class\s*=\s*["'][^"']*\b(error-summary|field-error|errorlist)\b|data-error-summary"""
)


def _templates() -> list[Path]:
    return sorted(p for p in ROOT.rglob("templates/**/*.html") if p.is_file())


def test_the_templates_are_found():
    names = {p.relative_to(ROOT).as_posix() for p in _templates()}
    assert "templates/components/error_summary.html" in names
    assert "templates/components/field_error.html" in names
    assert any(n.startswith("practice/templates/") for n in names)
    assert any(n.startswith("panel_checker/templates/") for n in names)


def test_no_template_outside_components_defines_an_error_summary_or_field_error():
    offenders = []
    for path in _templates():
        if COMPONENTS in path.parents:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if MARKUP.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:120]}")
    assert not offenders, "use components/error_summary.html or field_error.html:\n" + "\n".join(
        offenders
    )


def test_the_components_are_the_only_ones_holding_the_markup():
    summary = (COMPONENTS / "error_summary.html").read_text(encoding="utf-8")
    field_error = (COMPONENTS / "field_error.html").read_text(encoding="utf-8")
    form_field = (COMPONENTS / "form_field.html").read_text(encoding="utf-8")
    assert 'class="error-summary"' in summary and "data-error-summary" in summary
    assert 'class="field-error"' in field_error
    # form_field.html draws its errors through field_error.html, not a copy of the markup
    assert "field-error" not in form_field.replace("field_error", "")
    assert 'include "components/field_error.html"' in form_field


def test_no_app_keeps_its_own_error_partial():
    gone = [
        "practice/templates/practice/_errors.html",
        "practice/templates/practice/_form_errors.html",
        "panel_checker/templates/panel_checker/_field_error.html",
        "writing_checker/templates/writing_checker/_field_error.html",
    ]
    assert not [name for name in gone if (ROOT / name).exists()]
