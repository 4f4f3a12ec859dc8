"""Hostile uploads: every case is parsed or refused within the limits (issue 17).

Run by hand: `uv run python bench/hostile_uploads.py` (or `--case NAME` for one). Each case
runs in its own child process, which builds the upload, then times `parse_table` + `audit`
and reads the peak resident memory before and after. Every figure is printed as a ratio
against a baseline measured in the same run: an ordinary 2,000-row CSV programme (and the
same programme as .xlsx). The limits the readers promise: under 2 s and under 250 MB each,
whatever the file declares. No case is allowed to end in anything but a result or the
engine's own PanelInputError.
"""

from __future__ import annotations

import csv
import io
import json
import resource
import subprocess
import sys
import time
import zipfile

MAX_BYTES = 5 * 1024 * 1024
LIMIT_SECONDS = 2.0
LIMIT_MB = 250


def _csv(rows: int = 2_000) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Session", "Name", "Role", "Gender"])
    for i in range(rows):
        writer.writerow([f"Panel {i // 5}", f"Person {i}", "panellist", "FM"[i % 2]])
    return out.getvalue().encode()


def _xlsx_ordinary(rows: int = 2_000) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Session", "Name", "Role", "Gender"])
    for i in range(rows):
        sheet.append([f"Panel {i // 5}", f"Person {i}", "panellist", "FM"[i % 2]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_WORKBOOK = (
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
_HEAD = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Session</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Gender</t></is></c></row>'
)


def _xlsx(sheet_data: str, *, dimension: str = "A1:B2", shared: str | None = None) -> bytes:
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="{dimension}"/><sheetData>{sheet_data}</sheetData></worksheet>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
    return out.getvalue()


def _row(r: int) -> str:
    return (
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>P</t></is></c>'
        f'<c r="B{r}" t="inlineStr"><is><t>F</t></is></c></row>'
    )


def _frab(days: int, rooms: int, events: int, nested: bool) -> bytes:
    event = "<event><title>T</title><persons><person>A B</person></persons></event>" * events
    if nested:  # each level inside the previous one: the old reader walked all of it
        inner = "<room>" * rooms + event + "</room>" * rooms
        body = "<day>" * days + inner + "</day>" * days
    else:
        body = ("<day>" + ("<room>" + event + "</room>") * rooms + "</day>") * days
    return f"<schedule>{body}</schedule>".encode()


def _fill(unit: str, head: str = "", tail: str = "", limit: int = MAX_BYTES) -> str:
    return head + unit * ((limit - len(head) - len(tail)) // len(unit)) + tail


CASES = {
    "baseline-csv-2000": lambda: (_csv(), "programme.csv"),
    "baseline-xlsx-2000": lambda: (_xlsx_ordinary(), "programme.xlsx"),
    "xlsx-sparse-row-5000000": lambda: (_xlsx(_HEAD + _row(5_000_000)), "p.xlsx"),
    "xlsx-sparse-row-1000000": lambda: (_xlsx(_HEAD + _row(1_000_000)), "p.xlsx"),
    "xlsx-sparse-rows-spread": lambda: (
        _xlsx(_HEAD + "".join(_row(r) for r in range(2, 100_000, 50))),
        "p.xlsx",
    ),
    "xlsx-declared-dimension-XFD1048576": lambda: (
        _xlsx(_HEAD + _row(2), dimension="A1:XFD1048576"),
        "p.xlsx",
    ),
    "xlsx-wide-row-16384-cells": lambda: (
        _xlsx(
            _HEAD
            + '<row r="2">'
            + "".join(
                f'<c r="{_col(i)}2" t="inlineStr"><is><t>x</t></is></c>' for i in range(16384)
            )
            + "</row>"
        ),
        "p.xlsx",
    ),
    "xlsx-shared-strings-bomb": lambda: (
        _xlsx(_HEAD + _row(2), shared=_fill("<si><t>x</t></si>", "<sst>", "</sst>", 38 << 20)),
        "p.xlsx",
    ),
    "xlsx-shared-strings-declared-count": lambda: (
        _xlsx(_HEAD + _row(2), shared='<sst uniqueCount="900000000"><si><t>x</t></si></sst>'),
        "p.xlsx",
    ),
    "xlsx-many-empty-cells": lambda: (
        _xlsx(_HEAD + '<row r="2">' + "<c/>" * (9 << 20) + "</row>"),
        "p.xlsx",
    ),
    "xlsx-20000-rows": lambda: (
        _xlsx(_HEAD + "".join(_row(r) for r in range(2, 20_002))),
        "p.xlsx",
    ),
    "frab-nested-200x200x1000": lambda: (_frab(200, 200, 1000, True), "s.xml"),
    "frab-many-empty-events": lambda: (
        _fill("<event/>", "<schedule><day><room>", "</room></day></schedule>").encode(),
        "s.xml",
    ),
    "frab-empty-persons": lambda: (
        _fill(
            "<event><persons><person/><person></person></persons></event>",
            "<schedule><day><room>",
            "</room></day></schedule>",
        ).encode(),
        "s.xml",
    ),
    "frab-deep-nesting": lambda: (
        ("<schedule>" + "<x>" * 500_000 + "</x>" * 500_000 + "</schedule>").encode(),
        "s.xml",
    ),
    "xml-billion-laughs": lambda: (
        b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(
            f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10 if i else "&a;" * 10}">'.encode()
            for i in range(9)
        )
        + b"]><schedule>&a8;</schedule>",
        "s.xml",
    ),
    "json-deep-1000": lambda: (b"[" * 1000 + b"]" * 1000, "s.json"),
    "json-deep-5mb": lambda: (b"[" * MAX_BYTES, "s.json"),
    "json-many-empty-talks": lambda: (
        json.dumps(
            {"schedule": {"conference": {"days": [{"rooms": {"R": [{}] * 1_000_000}}]}}}
        ).encode()[:MAX_BYTES],
        "s.json",
    ),
    "json-empty-talks-valid": lambda: (
        (
            '{"schedule":{"conference":{"days":[{"rooms":{"R":['
            + ",".join(["{}"] * 1_500_000)
            + "]}}]}}}"
        ).encode(),
        "s.json",
    ),
    "json-submissions-50000": lambda: (
        json.dumps(
            [{"code": str(i), "title": "t", "speakers": [{"name": "A B"}]} for i in range(50_000)]
        ).encode(),
        "s.json",
    ),
    "json-small-objects-5mb": lambda: (
        ("[" + ",".join(["{}"] * 1_700_000) + "]").encode(),
        "s.json",
    ),
    "json-small-lists-5mb": lambda: (("[" + ",".join(["[]"] * 1_700_000) + "]").encode(), "s.json"),
    "json-empty-strings-5mb": lambda: (
        ("[" + ",".join(['""'] * 1_600_000) + "]").encode(),
        "s.json",
    ),
    "csv-5mb-of-newlines": lambda: (b"Session,Gender\n" + b"\n" * (MAX_BYTES - 20), "p.csv"),
    "csv-one-wide-row": lambda: (b"Session,Gender\nA," + b"," * (MAX_BYTES - 40), "p.csv"),
    "csv-20001-rows": lambda: (b"Session,Gender\n" + b"A,F\n" * 20_001, "p.csv"),
    "csv-quote-never-closed": lambda: (b'Session,Gender\n"' + b"a" * (MAX_BYTES - 20), "p.csv"),
}


def _col(i: int) -> str:
    name = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        name = chr(65 + rem) + name
    return name


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_case(name: str) -> dict:
    from allykit.panelaudit import PanelInputError, audit, parse_table

    data, filename = CASES[name]()
    assert len(data) <= MAX_BYTES + 1, (name, len(data))
    before = _rss_mb()
    start = time.perf_counter()
    try:
        result = audit(parse_table(data, filename))
        outcome = f"read: {result.people} people, {len(result.sessions)} sessions"
    except PanelInputError as exc:
        outcome = f"refused: {exc.code}"
    seconds = time.perf_counter() - start
    return {
        "case": name,
        "bytes": len(data),
        "seconds": seconds,
        "mb": max(_rss_mb() - before, 0.0),
        "outcome": outcome,
    }


def main(argv: list[str]) -> int:
    if argv[:1] == ["--case"]:
        print(json.dumps(run_case(argv[1])))
        return 0
    names = argv or list(CASES)
    results = []
    for name in ["baseline-csv-2000"] + [n for n in names if n != "baseline-csv-2000"]:
        done = subprocess.run(
            [sys.executable, __file__, "--case", name], capture_output=True, text=True, timeout=120
        )
        if done.returncode:
            results.append({"case": name, "error": done.stderr.strip().splitlines()[-1:]})
            continue
        results.append(json.loads(done.stdout))
    base = results[0]
    print(
        f"baseline: ordinary 2,000-row CSV, {base['seconds'] * 1000:.1f} ms, +{base['mb']:.1f} MB"
    )
    print(f"{'case':38} {'KB':>7} {'ms':>8} {'x time':>7} {'+MB':>6} {'ok':>3}  outcome")
    failed = 0
    for r in results:
        if "error" in r:
            failed += 1
            print(f"{r['case']:38} CRASHED {r['error']}")
            continue
        ok = r["seconds"] < LIMIT_SECONDS and r["mb"] < LIMIT_MB
        failed += not ok
        ratio = r["seconds"] / max(base["seconds"], 1e-6)
        print(
            f"{r['case']:38} {r['bytes'] / 1024:7.0f} {r['seconds'] * 1000:8.1f} "
            f"{ratio:7.2f} {r['mb']:6.1f} {'yes' if ok else 'NO':>3}  {r['outcome']}"
        )
    print(f"limits: {LIMIT_SECONDS:.0f} s and {LIMIT_MB} MB per case; {failed} case(s) over")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
