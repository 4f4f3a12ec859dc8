"""The search index: SQLite FTS5 over Snowball-stemmed text, bm25 ranking, highlighted snippets.

Plain Python (no Django). Built once from a list of documents per language; FTS5 finds and
ranks, this module analyses the text (see text.py) and cuts the snippets, because Python's
sqlite3 module cannot register a stemming tokenizer. The database is private to the process
(in memory) and separate from Django's, so it serves the SQLite and PostgreSQL deployments alike.
"""

from __future__ import annotations

import difflib
import html
import sqlite3
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass

from . import text
from .query import Query, parse

# bm25 weights of the columns: a word in a title counts ten times a passing mention.
WEIGHTS = {"title": 10.0, "context": 2.0, "body": 1.0, "alt": 1.0}
# Kinds of documents, in order of preference when bm25 scores are close.
KIND_FACTOR = {
    "term": 1.6,
    "page": 1.4,  # a whole page: its title and introduction
    "section": 1.4,
    "microaggression": 1.3,
    "resource": 1.0,
    "reference": 0.8,
}
TITLE_FACTOR = 2.0  # the title holds every word of the query
EXACT_FACTOR = 1.5  # ... and nothing else (the term "Microaggression" for "microaggressions")
SNIPPET_WORDS = 28


@dataclass(frozen=True)
class Doc:
    """One searchable thing: a page, a section, a term, a guide entry, a resource or a reference."""

    kind: str  # page | section | term | microaggression | resource | reference
    id: str
    title: str
    url: str
    body: str = ""  # shown in snippets
    context: str = ""  # where it sits (the page title of a section)
    extra: str = ""  # searched but not shown (authors, DOI, category)


@dataclass(frozen=True)
class Hit:
    doc: Doc
    title_html: str
    snippet_html: str


@dataclass(frozen=True)
class Results:
    query: Query
    hits: tuple[Hit, ...] = ()
    total: int = 0
    any_word: bool = False  # nothing had every word: results have some of them
    suggestion: str = ""  # a query that finds something, when this one found nothing


class _Prepared:
    """A document with its words located, for highlighting without re-analysing."""

    __slots__ = ("doc", "title", "body", "title_keys", "title_folded", "factor")

    def __init__(self, doc: Doc, lang: str):
        self.doc = doc
        self.title = text.tokens(doc.title, lang)
        self.body = text.tokens(doc.body, lang)
        self.title_keys = frozenset(k for t in self.title for k in t.keys)
        self.title_folded = " ".join(text.fold(w) for w in text.words(doc.title))
        self.factor = KIND_FACTOR.get(doc.kind, 1.0)

    def score(self, bm25: float, query: Query) -> float:
        """bm25 (negative: lower is better), weighted by kind and by a title that has it all."""
        factor = self.factor
        if all(any(set(seq) <= self.title_keys for seq in c.own) for c in query.clauses):
            factor *= TITLE_FACTOR
            if self.title_keys <= query.own_keys():
                factor *= EXACT_FACTOR
                if self.title_folded == query.folded:
                    factor *= 1.1
        return bm25 * factor


class SearchIndex:
    def __init__(self, docs: dict[str, list[Doc]]):
        start = time.perf_counter()
        self._lock = threading.Lock()
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._docs: dict[str, list[_Prepared]] = {}
        self._vocab: dict[str, dict[str, list[str]]] = {}
        self._keys: dict[str, set[str]] = {}
        self._spelling: dict[str, dict[str, str]] = {}
        self._rows: dict[str, list[tuple]] = {}  # the analysed rows, for the on-disk copy
        for lang, items in docs.items():
            self._build(lang, items)
        self.build_seconds = time.perf_counter() - start

    def _create_table(self, lang: str, rows: list[tuple]) -> None:
        table = f"fts_{lang}"
        columns = ", ".join(WEIGHTS)
        self._db.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5({columns}, tokenize='unicode61')"
        )
        self._db.executemany(f"INSERT INTO {table}(rowid, {columns}) VALUES (?, ?, ?, ?, ?)", rows)
        self._db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")

    def _build(self, lang: str, items: list[Doc]) -> None:
        rows, surface, keys = [], Counter(), set()
        for rowid, doc in enumerate(items):
            title, title_alt = text.analyse(doc.title, lang)
            context, context_alt = text.analyse(doc.context, lang)
            body, body_alt = text.analyse(doc.body + " " + doc.extra, lang)
            rows.append((rowid, f"{title} {title_alt}", f"{context} {context_alt}", body, body_alt))
            for chunk in (doc.title, doc.context, doc.body, doc.extra):
                surface.update(w.lower() for w in text.words(chunk) if not w.isdigit())
            for column in rows[-1][1:]:
                keys.update(column.split())
        self._create_table(lang, rows)
        self._rows[lang] = rows
        self._docs[lang] = [_Prepared(doc, lang) for doc in items]
        self._keys[lang] = keys
        # Spelling vocabulary: folded word -> its most frequent spelling, grouped by first letter.
        best: dict[str, tuple[int, str]] = {}
        for word, count in surface.items():
            folded = text.fold(word)
            if len(folded) > 2 and count > best.get(folded, (0, ""))[0]:
                best[folded] = (count, word)
        grouped: dict[str, list[str]] = defaultdict(list)
        for folded in best:
            grouped[folded[0]].append(folded)
        self._vocab[lang] = dict(grouped)
        self._spelling[lang] = {folded: word for folded, (_, word) in best.items()}

    # -- facts for the benchmark and the health of the index ------------------------------
    def __getstate__(self) -> dict:
        """For the on-disk copy (allykit.search.index): the analysed rows, not the database."""
        return {k: v for k, v in self.__dict__.items() if k not in ("_lock", "_db")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        for lang, rows in self._rows.items():
            self._create_table(lang, rows)

    def size_bytes(self) -> int:
        with self._lock:
            pages = self._db.execute("PRAGMA page_count").fetchone()[0]
            size = self._db.execute("PRAGMA page_size").fetchone()[0]
        return pages * size

    def count(self, lang: str) -> int:
        return len(self._docs[lang])

    def raw_match(self, expression: str, lang: str, limit: int = 10) -> list[int]:
        """Rowids for an FTS5 expression as given (the benchmark's baseline)."""
        with self._lock:
            sql = f"SELECT rowid FROM fts_{lang} WHERE fts_{lang} MATCH ? ORDER BY rank LIMIT ?"
            return [r[0] for r in self._db.execute(sql, (expression, limit))]

    # -- searching ----------------------------------------------------------------------
    def _match(self, query: Query, lang: str, any_word: bool = False) -> list[int]:
        """Rowids of the matching documents, best first."""
        weights = ", ".join(str(w) for w in WEIGHTS.values())
        sql = f"SELECT rowid, bm25(fts_{lang}, {weights}) FROM fts_{lang} WHERE fts_{lang} MATCH ?"
        with self._lock:
            try:
                rows = self._db.execute(sql, (query.fts(any_word),)).fetchall()
                # Documents found only through a related word (sponsor -> parrainage) come
                # after those that hold the words themselves, which are ranked on those words.
                own = (
                    dict(self._db.execute(sql, (query.fts(any_word, own=True),)).fetchall())
                    if query.has_related
                    else {}
                )
            except sqlite3.OperationalError:  # defensive: parse() only emits quoted keys
                return []
        docs = self._docs[lang]
        if own:
            rows = [(rowid, own.get(rowid, bm25)) for rowid, bm25 in rows]
        rows.sort(
            key=lambda row: (
                bool(own) and row[0] not in own,
                docs[row[0]].score(row[1], query),
                row[0],
            )
        )
        return [rowid for rowid, _ in rows]

    def search(
        self, raw: str, lang: str, limit: int = 10, offset: int = 0, live: bool = False
    ) -> Results:
        """Documents in `lang` matching every word of `raw` (else any word), best first."""
        query = parse(raw, lang, live=live)
        if query.empty:
            return Results(query)
        rowids, any_word = self._match(query, lang), False
        if not rowids and (len(query.clauses) > 1 or query.clauses[0].phrase):
            query = query.loosened()
            rowids, any_word = self._match(query, lang, any_word=True), True
        if not rowids:
            return Results(query, suggestion=self.suggest(query, lang))
        keys, prefixes = query.keys(), query.prefixes()
        hits = tuple(
            self._hit(self._docs[lang][rowid], keys, prefixes)
            for rowid in rowids[offset : offset + limit]
        )
        return Results(query, hits, len(rowids), any_word)

    def _hit(self, prepared: _Prepared, keys, prefixes) -> Hit:
        doc = prepared.doc
        title = _highlight(doc.title, prepared.title, keys, prefixes, 0, len(prepared.title))
        return Hit(doc, title, _snippet(doc.body, prepared.body, keys, prefixes))

    def suggest(self, query: Query, lang: str) -> str:
        """The query with unknown words replaced by the closest indexed word, if that finds
        something; otherwise ''."""
        known, changed, out = self._keys[lang], False, query.text
        for clause in query.clauses:
            if clause.phrase or any(k in known for seq in clause.alternatives for k in seq):
                continue
            word = clause.words[0]
            folded = text.fold(word)
            pool = [
                w for w in self._vocab[lang].get(folded[:1], ()) if abs(len(w) - len(folded)) < 3
            ]
            close = difflib.get_close_matches(folded, pool, n=1, cutoff=0.75)
            if close:
                out = out.replace(word, self._spelling[lang][close[0]], 1)
                changed = True
        if not changed:
            return ""
        retry = parse(out, lang)
        found = self._match(retry, lang) or self._match(retry, lang, any_word=True)
        return retry.text if found else ""


def _matches(token: text.Token, keys, prefixes) -> bool:
    if token.keys & keys:
        return True
    return any(k.startswith(p) for p in prefixes for k in token.keys)


def _highlight(source: str, tokens, keys, prefixes, first: int, last: int) -> str:
    """HTML of source[tokens[first].start : tokens[last - 1].end] (escaped), words marked."""
    if not tokens:
        return html.escape(source)
    start = tokens[first].start if first else 0
    end = tokens[last - 1].end if last < len(tokens) else len(source)
    out, at = [], start
    for token in tokens[first:last]:
        if _matches(token, keys, prefixes):
            out.append(html.escape(source[at : token.start]))
            out.append(f"<mark>{html.escape(source[token.start : token.end])}</mark>")
            at = token.end
    out.append(html.escape(source[at:end]))
    return "".join(out)


def _snippet(source: str, tokens, keys, prefixes) -> str:
    """About SNIPPET_WORDS words of `source` around its densest run of matches."""
    if len(tokens) <= SNIPPET_WORDS:
        return _highlight(source, tokens, keys, prefixes, 0, len(tokens))
    marked = [i for i, t in enumerate(tokens) if _matches(t, keys, prefixes)]
    first = 0
    if marked:
        best = max(marked, key=lambda i: sum(1 for j in marked if i <= j < i + SNIPPET_WORDS - 6))
        first = max(0, min(best - 5, len(tokens) - SNIPPET_WORDS))
    last = first + SNIPPET_WORDS
    body = _highlight(source, tokens, keys, prefixes, first, last)
    return ("… " if first else "") + body + (" …" if last < len(tokens) else "")
