"""The component templates render what their documented parameters promise."""

from __future__ import annotations

import re

import pytest
from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import translation

from allykit.design.patterns import COMPONENTS, SampleForm, documentation

NAMES = sorted(p.stem for p in COMPONENTS.glob("*.html"))


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def render(name: str, **params) -> str:
    return render_to_string(f"components/{name}.html", params)


@pytest.mark.parametrize("name", NAMES)
def test_every_component_documents_its_parameters(name):
    assert len(documentation(name)) > 40, name


def test_card_stretches_the_heading_link_and_never_wraps_the_card_in_an_anchor():
    html = render(
        "card", title="Tools", url="/en/x/", text="One line", action="Try it", meta="5 min"
    )
    assert html.startswith('<div class="card card-link">')
    assert '<h3 class="card-title"><a href="/en/x/">Tools</a></h3>' in html
    assert html.count("<a ") == 1
    assert 'class="card-action" aria-hidden="true">Try it' in html
    plain = render("card", title="Plain", heading_level=2)
    assert "card-link" not in plain and "<h2" in plain and "<a" not in plain


def test_callout_block_form_takes_rich_content():
    tmpl = Template(
        '{% load components %}{% component "callout" kind="warning" title="Risk" %}'
        "<p>Be <em>careful</em></p>{% endcomponent %}"
    )
    html = tmpl.render(Context({}))
    assert "callout-warning" in html and "<p>Be <em>careful</em></p>" in html
    assert '<span class="visually-hidden">Warning: </span>Risk' in html


def test_key_takeaways_is_a_labelled_section():
    html = render("key_takeaways", items=["One", "Two"], reading_time="4-minute read")
    assert 'aria-labelledby="key-takeaways"' in html and 'id="key-takeaways"' in html
    assert html.count("<li>") == 2 and "Key takeaways" in html


def test_figure_caption_is_the_last_child_and_holds_the_long_description():
    html = render("figure", src="/x.svg", alt="A diagram", caption="Cap", long_description="Long")
    assert re.search(r"</figcaption>\s*</figure>$", html.strip())
    assert "<details" in html.split("<figcaption>")[1]


def test_error_summary_links_each_message_and_takes_focus():
    errors = [{"field": "id_name", "message": "Enter a name."}, {"href": "#x", "text": "Bad."}]
    html = render("error_summary", errors=errors, intro="Nothing was saved.")
    assert "autofocus data-error-summary" in html and 'tabindex="-1"' in html
    assert '<a href="#id_name">Enter a name.</a>' in html and '<a href="#x">Bad.</a>' in html
    assert render("error_summary", errors=[]).strip() == ""


def test_form_field_describes_the_widget_and_puts_the_error_above_it():
    form = SampleForm({"name": ""}, auto_id="t-%s")
    form.is_valid()
    html = render("form_field", field=form["name"])
    assert 'aria-describedby="t-name-hint t-name-error"' in html and 'aria-invalid="true"' in html
    assert html.index('class="field-error"') < html.index("<input")
    group = render("form_field", field=form["role"])
    assert group.startswith('<fieldset class="field field-group field-has-error"')
    assert "<legend" in group and group.count('type="radio"') == 3


def test_pagination_names_the_neighbours():
    html = render(
        "pagination", previous={"url": "/a/", "title": "A"}, next={"url": "/b/", "title": "B"}
    )
    assert 'rel="prev"' in html and 'rel="next"' in html and ">A<" in html and ">B<" in html
    assert render("pagination").strip() == ""


def test_tabs_without_script_are_links_to_sections():
    tabs = [{"id": "t1", "title": "One", "body": "x"}, {"id": "t2", "title": "Two", "body": "y"}]
    html = render("tabs", tabs=tabs, label="Choose")
    assert '<a class="tabs-tab" href="#t1">One</a>' in html and 'id="t2"' in html


def test_toast_is_a_polite_live_region():
    assert 'role="status"' in render("toast", text="Saved")
    assert "data-empty" in render("toast")


def test_component_strings_are_translated():
    with translation.override("fr"):
        html = render("error_summary", errors=[{"href": "#a", "text": "x"}])
        assert "Il y a un problème" in html
        assert "Précédent" in render("pagination", previous={"url": "/", "title": "A"})


def test_action_link_is_a_link_with_a_hidden_arrow_and_its_text():
    html = render("action_link", text="Writing checker", url="/en/tools/writing-checker/")
    assert html.startswith('<p class="action-link"><a href="/en/tools/writing-checker/">')
    assert '<svg class="icon icon-arrow"' in html and 'aria-hidden="true"' in html
    assert '<span class="action-link-text">Writing checker</span></a></p>' in html
    assert "<button" not in html
