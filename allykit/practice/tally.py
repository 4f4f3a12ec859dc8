"""A question's votes as the facilitator's screen and the phones show them: one row per answer
(and participants' own lines), with its count, share and bar length."""

from __future__ import annotations

from django.utils.translation import gettext as _

from . import labels, workshops


def results(ws, scenario) -> dict:
    counts = workshops.tally(ws)
    rows = [
        {
            "id": r.id,
            "d": r.d,
            "d_label": labels.DS[r.d],
            "text": r.plain["text"],
            "count": counts.get(r.id, 0),
        }
        for r in scenario.responses
    ]
    if ws.allow_own_lines:
        own = {"id": workshops.OWN, "d": "own", "d_label": labels.DS["own"]}
        rows.append({**own, "text": _("Their own line"), "count": counts.get(workshops.OWN, 0)})
    total = sum(r["count"] for r in rows)
    top = max([r["count"] for r in rows] + [1])
    for r in rows:
        r["percent"] = round(100 * r["count"] / total) if total else 0
        r["bar"] = round(100 * r["count"] / top)
    return {"rows": rows, "total": total}
