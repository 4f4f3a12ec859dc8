"""Cards to keep: the list, each card as a print page, and each card as a tagged PDF."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe

from . import pdf, present
from .bank import get_deck
from .deck import IDS


@require_safe
def card_list(request, lang: str):
    deck = get_deck()
    cards = [present.summary(deck.get(lang, cid), lang) for cid in IDS]
    return render(request, "cards/list.html", {"lang": lang, "cards": cards})


def _card_page(request, lang: str, cid: str):
    context = present.card_context(get_deck().get(lang, cid), lang)
    return render(request, "cards/card.html", context)


def _card_pdf(request, lang: str, cid: str):
    paper = request.GET.get("paper", present.DEFAULT_PAPER)
    if paper not in pdf.PAPERS:
        raise Http404("paper")
    return pdf.response(request, get_deck().get(lang, cid), lang, paper)


def _views(cid: str):
    @require_safe
    def page(request, lang: str):
        return _card_page(request, lang, cid)

    @require_safe
    def download(request, lang: str):
        return _card_pdf(request, lang, cid)

    return page, download


card_five_ds, pdf_five_ds = _views("five-ds")
card_microaggressions, pdf_microaggressions = _views("microaggressions")
card_sponsorship, pdf_sponsorship = _views("sponsorship")
card_reference_letters, pdf_reference_letters = _views("reference-letters")
card_panels, pdf_panels = _views("panels")
