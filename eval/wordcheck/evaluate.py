"""Evaluate the writing checker on the hand-labelled set in eval/wordcheck/docs/*.yaml.

Run: uv run python eval/wordcheck/evaluate.py [--lang en|fr] [--verbose] [--json]

Each document's text marks labelled spans inline as [[category:text]] (labels may nest, e.g.
[[conditional_superlative:one of the [[ability:best]] women]]). Document-level labels
(minimal_assurance: true/false) are fields. A predicted flag counts as correct when it overlaps
a labelled span of the same category; precision is counted over predictions and recall over
labels. Documents marked neutral: true are clinical text with no labels: every flag on them is
a false flag, reported per 1,000 words.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from allykit.wordcheck import check  # noqa: E402
from allykit.wordcheck.text import count_words, normalise  # noqa: E402

DOCS = Path(__file__).with_name("docs")
# Document-level labels (a field of the document: true when the note is expected).
DOCUMENT_LABELS = ("minimal_assurance", "posting_gap")


def parse(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Strip [[category:...]] marks; return the plain text and (start, end, category) spans."""
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    stack: list[tuple[int, str]] = []
    i, n, pos = 0, len(marked), 0
    while i < n:
        if marked.startswith("[[", i):
            colon = marked.index(":", i)
            stack.append((pos, marked[i + 2 : colon]))
            i = colon + 1
        elif marked.startswith("]]", i) and stack:
            start, cat = stack.pop()
            spans.append((start, pos, cat))
            i += 2
        else:
            out.append(marked[i])
            pos += 1
            i += 1
    if stack:
        raise ValueError(f"unclosed label in: {marked[:60]!r}")
    return "".join(out), spans


def load() -> list[dict]:
    docs = []
    for path in sorted(DOCS.glob("*.yaml")):
        for doc in yaml.safe_load(path.read_text(encoding="utf-8")):
            text, spans = parse(doc["text"])
            docs.append({**doc, "text": text, "spans": spans, "file": path.name})
    return docs


def evaluate(docs: list[dict], verbose: bool = False) -> dict:
    tp_p = defaultdict(int)  # predictions that hit a label
    fp = defaultdict(int)
    tp_r = defaultdict(int)  # labels that were found
    fn = defaultdict(int)
    neutral_words = 0
    neutral_flags = 0
    errors: list[str] = []
    for doc in docs:
        report = check(doc["text"], doc["genre"], doc["lang"])
        preds = [(f.start, f.end, f.category) for f in report.flags]
        gold = doc["spans"]
        if doc.get("neutral"):
            neutral_words += count_words(normalise(doc["text"]).text)
            neutral_flags += len(preds)
            for s, e, c in preds:
                errors.append(f"{doc['id']}: NEUTRAL FLAG {c} {doc['text'][s:e]!r}")
        for s, e, c in preds:
            if any(c == gc and s < ge and gs < e for gs, ge, gc in gold):
                tp_p[c] += 1
            else:
                fp[c] += 1
                if not doc.get("neutral"):
                    errors.append(f"{doc['id']}: FP {c} {doc['text'][s:e]!r}")
        for gs, ge, gc in gold:
            if any(c == gc and s < ge and gs < e for s, e, c in preds):
                tp_r[gc] += 1
            else:
                fn[gc] += 1
                errors.append(f"{doc['id']}: FN {gc} {doc['text'][gs:ge]!r}")
        for doc_cat in DOCUMENT_LABELS:
            if doc_cat not in doc:
                continue
            got = any(n.category == doc_cat for n in report.notes)
            want = bool(doc[doc_cat])
            if got and want:
                tp_p[doc_cat] += 1
                tp_r[doc_cat] += 1
            elif got:
                fp[doc_cat] += 1
                errors.append(f"{doc['id']}: FP {doc_cat}")
            elif want:
                fn[doc_cat] += 1
                errors.append(f"{doc['id']}: FN {doc_cat}")
    cats = sorted(set(tp_p) | set(fp) | set(tp_r) | set(fn))
    rows = {}
    for c in cats:
        p_den = tp_p[c] + fp[c]
        r_den = tp_r[c] + fn[c]
        p = tp_p[c] / p_den if p_den else None
        r = tp_r[c] / r_den if r_den else None
        f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        rows[c] = {"precision": p, "recall": r, "f1": f1, "labels": r_den, "predictions": p_den}
    if verbose:
        print("\n".join(errors))
    return {
        "documents": len(docs),
        "categories": rows,
        "neutral_words": neutral_words,
        "neutral_false_flags": neutral_flags,
        "neutral_false_flags_per_1000_words": (
            round(neutral_flags * 1000 / neutral_words, 2) if neutral_words else None
        ),
    }


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=["en", "fr"])
    ap.add_argument("--verbose", action="store_true", help="list every error")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    docs = load()
    langs = [args.lang] if args.lang else ["en", "fr", None]
    results = {}
    for lang in langs:
        subset = [d for d in docs if lang is None or d["lang"] == lang]
        results[lang or "all"] = evaluate(subset, verbose=args.verbose and lang is not None)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    failed = False
    for key, res in results.items():
        print(f"\n== {key}: {res['documents']} documents ==")
        print(f"{'category':26} {'prec':>6} {'recall':>6} {'F1':>6} {'labels':>6} {'preds':>6}")
        for c, row in res["categories"].items():
            print(
                f"{c:26} {_fmt(row['precision']):>6} {_fmt(row['recall']):>6} "
                f"{_fmt(row['f1']):>6} {row['labels']:>6} {row['predictions']:>6}"
            )
            if key == "all" and (
                (row["precision"] is not None and row["precision"] < 0.9)
                or (row["recall"] is not None and row["recall"] < 0.8)
            ):
                failed = True
        print(
            f"neutral clinical text: {res['neutral_false_flags']} false flags in "
            f"{res['neutral_words']} words = {res['neutral_false_flags_per_1000_words']} per 1,000"
        )
    print(
        "\nTargets (precision >= 0.9, recall >= 0.8 in every category):",
        "NOT MET" if failed else "met",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
