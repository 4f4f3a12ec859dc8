"""The plan's PDF is tagged PDF/UA-1 in the plan's language (pdfinfo and pypdf), and holds
the plan; the shared allykit.pdf fetches nothing."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pypdf
import pytest
from django.test import Client

from allykit import pdf
from allykit.action_plan import plan as pl
from allykit.action_plan import state
from allykit.action_plan.store import get_catalogue

pytestmark = pytest.mark.django_db
TODAY = dt.date.today()


def _plan(lang: str, n: int = 4) -> pl.Plan:
    plan = pl.Plan(lang=lang)
    for action in get_catalogue().langs[lang][:n]:
        plan = pl.add(plan, action.id, action.due_days, TODAY, note="Private note: Dr Lee")
    return pl.check_in(plan, plan.items[0].id, "done", TODAY, "Put her forward")


def tagged(body: bytes) -> dict:
    """What makes a PDF tagged and PDF/UA: mark info, structure tree, language, XMP id."""
    reader = pypdf.PdfReader(io.BytesIO(body))
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode()
    return {
        "marked": bool(root.get("/MarkInfo", {}).get("/Marked")),
        "struct": "/StructTreeRoot" in root,
        "lang": str(root.get("/Lang", "")),
        "pdfua": 'pdfuaid:part="1"' in xmp or "<pdfuaid:part>1</pdfuaid:part>" in xmp,
        "title": str(reader.metadata.title or ""),
        "text": " ".join(page.extract_text() for page in reader.pages),
        "display_title": bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle")),
    }


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_plan_pdf_is_tagged_pdf_ua_in_the_plan_language(lang, tmp_path):
    plan = _plan(lang)
    response = Client().post(f"/{lang}/plan/", {"state": state.dumps(plan), "op": "pdf"})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert ".pdf" in response["Content-Disposition"]
    found = tagged(response.content)
    assert found["marked"] and found["struct"] and found["pdfua"] and found["display_title"]
    assert found["lang"] == lang
    assert found["title"] == ("My action plan" if lang == "en" else "Mon plan d'action")
    catalogue = get_catalogue()
    words = " ".join(found["text"].split())
    for item in plan.items[1:]:
        assert catalogue.get(lang, item.id).title[:30] in words
    assert "Dr Lee" in words
    if shutil.which("pdfinfo"):
        path = tmp_path / "plan.pdf"
        path.write_bytes(response.content)
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        assert "Tagged:          yes" in info


def test_the_shared_module_fetches_nothing():
    html = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head>'
        '<body><h1>T</h1><img src="https://example.org/x.png" alt="x">'
        '<img src="file:///etc/hostname" alt="y"><p>Text</p></body></html>'
    )
    body = pdf.render_pdf(html, ("h1 { color: #0e5c63 }",))
    found = tagged(body)
    assert found["marked"] and found["pdfua"] and found["lang"] == "en"
    assert len(pypdf.PdfReader(io.BytesIO(body)).pages[0].images) == 0
