"""The page-feedback form for the end of each content page."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def feedback_form(context):
    """The bound form when the feedback view shows errors; otherwise a fresh one for the page."""
    from allykit.contact.forms import FeedbackForm, describe

    form = context.get("feedback_form")
    if form is None:
        form = FeedbackForm(prefix="feedback", initial={"page": context.get("page_key", "")})
        describe(form)
    return form


@register.simple_tag(takes_context=True)
def feedback_action(context):
    """Where the feedback form posts; empty (no form shown) if the route is not registered."""
    from django.urls import NoReverseMatch

    from allykit.routes import url_for

    try:
        return url_for("feedback", context.get("lang", "en"))
    except NoReverseMatch:
        return ""
