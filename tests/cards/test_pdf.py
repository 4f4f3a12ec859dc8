"""Every card as a tagged PDF (PDF/UA-1) of exactly one page, on Letter and A4, in both
languages: checked with poppler's pdfinfo and with pypdf."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from django.test import Client

from allykit.cards.deck import IDS
from allykit.routes import url_for

pytestmark = pytest.mark.django_db
CASES = [(cid, lang, paper) for cid in IDS for lang in ("en", "fr") for paper in ("letter", "a4")]
SIZES = {"letter": (612, 792), "a4": (595, 842)}  # points


def pdfinfo(body: bytes, tmp_path) -> dict:
    if not shutil.which("pdfinfo"):
        pytest.skip("pdfinfo (poppler-utils) not installed")
    path = tmp_path / "card.pdf"
    path.write_bytes(body)
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)


@pytest.mark.parametrize(("cid", "lang", "paper"), CASES)
def test_card_pdf_is_one_tagged_page(cid, lang, paper, tmp_path):
    response = Client().get(url_for(f"card-{cid}-pdf", lang) + f"?paper={paper}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    body = response.content
    info = {k.strip(): v.strip() for k, v in pdfinfo(body, tmp_path).items()}
    assert info["Pages"] == "1", (cid, lang, paper)
    assert info["Tagged"] == "yes"
    width, height = (round(float(x)) for x in re.findall(r"[\d.]+", info["Page size"])[:2])
    assert (width, height) == SIZES[paper]
    assert info["Title"]
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(body))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"]
    assert str(root["/Lang"]).startswith(lang)
    assert "/StructTreeRoot" in root
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert re.search(r"pdfuaid:part(>|=\")1", xmp), "PDF/UA-1 identification"


def test_unknown_paper_is_404():
    assert Client().get(url_for("card-panels-pdf", "en") + "?paper=legal").status_code == 404


def test_a_card_pdf_is_made_once_per_process(monkeypatch):
    from allykit.cards import pdf

    pdf.cached.cache_clear()
    calls = []
    real = pdf.build
    monkeypatch.setattr(pdf, "build", lambda *a: calls.append(a) or real(*a))
    url = url_for("card-sponsorship-pdf", "fr") + "?paper=a4"
    first, second = Client().get(url), Client().get(url)
    assert first.content == second.content and len(calls) == 1
