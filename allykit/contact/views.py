"""The contact page with its form, the confirmation page, and page feedback."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.http import HttpResponseRedirect
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from allykit.routes import url_for
from allykit.toolkit.pages import PAGE_KEYS
from allykit.toolkit.site import get_site
from allykit.toolkit.views import page_context

from . import ratelimit
from .forms import ContactForm, FeedbackForm, client_binding, describe, issue_token
from .mail import queue_notification
from .models import Feedback, Message
from .outbox import send_one

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
MAX_BODY = 100_000  # bytes: 5,000 characters percent-encoded are at most about 45 kB


class _CsrfCheck(CsrfViewMiddleware):
    def _reject(self, request, reason):
        return reason


def csrf_problem(request) -> str | None:
    """Django's CSRF check, returning the reason instead of the failure page."""
    return _CsrfCheck(lambda r: None).process_view(request, None, (), {})


def see_other(url: str) -> HttpResponseRedirect:
    response = HttpResponseRedirect(url)
    response.status_code = 303  # POST, then GET the confirmation
    return response


def _fresh(request, **initial) -> ContactForm:
    """An unbound form whose start token names this browser (its CSRF cookie is made if new)."""
    get_token(request)
    client = client_binding(request)
    return ContactForm(initial={**initial, "started": issue_token(client=client)}, client=client)


def _kept(request, form: ContactForm) -> ContactForm:
    """An unbound form showing what was typed (for refusals that are not field errors)."""
    return _fresh(
        request, **{k: form.data.get(k, "") for k in ("name", "email", "topic", "message")}
    )


def _render(request, lang, key, form, status=200, notice=""):
    problems = describe(form)
    if notice:
        problems.insert(0, {"text": notice, "href": ""})
    form.fields["name"].widget.attrs.setdefault("autocomplete", "name")
    form.fields["email"].widget.attrs.setdefault("autocomplete", "email")
    # The form's heading (contact/_form.html) is listed in the side column like a section.
    form_section = {"anchor": "contact-form", "title": _("Send us a message")}
    ctx = page_context(
        request,
        lang,
        key,
        sections_after=[form_section],
        form=form,
        problems=problems,
        retention_days=settings.RETENTION_DAYS,
    )
    return render(request, "contact/contact_page.html", ctx, status=status)


@csrf_exempt  # checked in the view, so a failed check keeps the person's text on the page
@require_http_methods(["GET", "HEAD", "POST"])
def contact_page(request, lang: str, key: str = "contact"):
    """The contact content page with the form below it."""
    if request.method != "POST":
        return _render(request, lang, key, _fresh(request))
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY:
        notice = _(
            "This message is too large to accept. Please shorten it to 5,000 "
            "characters or fewer and send it again."
        )
        return _render(request, lang, key, _fresh(request), 413, notice)
    form = ContactForm(request.POST, client=client_binding(request))
    if request.content_type not in FORM_TYPES:
        notice = _("This form can only be sent from the page itself. Please fill it in below.")
        return _render(request, lang, key, _kept(request, form), 415, notice)
    if csrf_problem(request):
        notice = _(
            "For your security, we could not accept this form: it may have been open "
            "for a long time, or your browser may block cookies. Your text is still "
            "here: please send it again."
        )
        return _render(request, lang, key, _kept(request, form), 403, notice)
    if not form.is_valid():
        get_token(request)  # the page shown again sets the CSRF cookie if it was missing
        form.refresh(client_binding(request))
        return _render(request, lang, key, form, 400)
    if not ratelimit.allow(request, "contact", settings.CONTACT_RATE_LIMIT):
        notice = _(
            "You have sent several messages in a short time, so this one was not sent. "
            "Your text is still here: please try again later, or write to us at "
            "%(email)s."
        ) % {"email": settings.CONTACT_CONTENT_EMAIL}
        return _render(request, lang, key, _kept(request, form), 429, notice)
    data = form.cleaned_data
    with transaction.atomic():
        message = Message.objects.create(
            lang=lang,
            topic=data["topic"],
            name=data["name"],
            email=data["email"],
            body=data["message"],
        )
        mail = queue_notification(message)
    send_one(mail.pk)  # if the server is down, `allykit send-outbox` sends it later
    # An explicit fragment, or the browser would keep the form's #contact-form after the redirect.
    return see_other(url_for("contact-thanks", lang) + "#top")


@require_safe
def contact_thanks(request, lang: str):
    title = get_site()[lang].pages["contact"].nav_title
    crumbs = [{"url": url_for("contact", lang), "title": title}]
    return render(request, "contact/thanks.html", {"lang": lang, "crumbs": crumbs})


def _valid_key(key) -> str:
    return key if key in PAGE_KEYS else ""


def _feedback_page(request, lang, form, status=200, notice=""):
    problems = describe(form)
    if notice:
        problems.insert(0, {"text": notice, "href": ""})
    key = form.data.get("feedback-page", "") if form.is_bound else form.initial.get("page", "")
    key = _valid_key(key)
    ctx = {
        "lang": lang,
        "form": form,
        "problems": problems,
        "page_key": key,
        "page_url": url_for(key, lang) if key else "",
        "page_title": get_site()[lang].pages[key].title if key else "",
    }
    return render(request, "contact/feedback.html", ctx, status=status)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def feedback(request, lang: str):
    """Page feedback: the form posts here, then goes back to the page with a thank-you.

    No CSRF token: the answer is anonymous and changes nothing on anyone's behalf, and leaving
    the token out lets content pages be read without setting any cookie (decision 0003).
    """
    if request.method != "POST":
        key = _valid_key(request.GET.get("page", ""))
        return _feedback_page(request, lang, FeedbackForm(prefix="feedback", initial={"page": key}))
    form = FeedbackForm(request.POST, prefix="feedback")
    if not form.is_valid():
        return _feedback_page(request, lang, form, 400)
    if not ratelimit.allow(request, "feedback", settings.FEEDBACK_RATE_LIMIT):
        notice = _(
            "You have sent a lot of feedback in a short time, so this answer was not "
            "saved. Please try again later."
        )
        return _feedback_page(request, lang, form, 429, notice)
    data = form.cleaned_data
    Feedback.objects.create(
        page_key=data["page"], lang=lang, helpful=data["helpful"] == "yes", comment=data["comment"]
    )
    return see_other(url_for(data["page"], lang) + "?feedback=thanks#page-feedback")
