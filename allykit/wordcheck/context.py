"""How the checker reads a word in its context: the principles that decide whether a match
describes the candidate (issue 14). Plain functions over a `rules.Context`, used by the engine.

- The word has to describe the candidate: a person in the clause, not patients, families in
  care, the families she serves or an institution's name (`about_care`, `serves_families`,
  `names_institution`, `person_in_clause`).
- Part of speech and idiom: a participle after an auxiliary is a verb (`context_ok`).
- What the word modifies: a descriptor of a thing is not a trait (`modifies_thing`).
- Negation and deficit: a negated strength, or one still to build, is a doubt (`negated`,
  `deficit`).
"""

from __future__ import annotations

import re

from . import rules
from .lexicon import Entry
from .model import DESCRIPTORS

Hit = tuple[int, int, str, str, "Entry | None"]
SUFFIX = re.compile(r"[(\[·./\-]")
DEFICIT_RULE = ".doubt.confidence-deficit"


def negated(ctx: rules.Context, i: int, extra: frozenset[str] = frozenset()) -> bool:
    neg = ctx.words["negators"] | extra
    for k in range(i - 1, max(-1, i - 4), -1):
        if not ctx.joined(k + 1):
            return False
        w = ctx.toks.words[k]
        if w == "t" and not (k and ctx.toks.sep(k) == "'" and ctx.toks.words[k - 1][-1:] == "n"):
            continue  # only the "t" of "n't" negates (not a quote mark before a "T")
        if w in neg and ctx.toks.words[k + 1] not in ctx.words["not_only"]:
            return True
    return False


# Descriptors (model.DESCRIPTORS) only count when they describe the person: a negated one
# ("not confident", "lacks confidence") is a doubt raiser, not a strength, and one attached to
# a family role ("devoted mother", "caring for her mother") belongs to the personal-life mention.


def drop_out_of_context(ctx: rules.Context, hits: list[Hit], genre: str) -> list[Hit]:
    """Keep a hit only when the word describes the candidate (principles, not exceptions):

    - negation: a negated strength is not a strength (*not confident*, *lacks confidence*);
    - a confidence the candidate is told to build is a doubt raiser, not agentic praise;
    - what the word modifies: a descriptor of a thing (*dramatic improvement*, *emotional
      depth*, *beautiful work*) or of a family role (*devoted mother*) is not a trait;
    - whose family: a family word in a clause about patients or care (*treats children with
      cancer and their families*, *the patient's family*) or naming an institution
      (*Children's Hospital*) is not the candidate's private life;
    - a Title Case name (*Award for Excellence*) is not running text.
    """
    personal_starts = {i for i, _j, cat, _r, _e in hits if cat == "personal"}
    lack = ctx.words["lack_words"]
    out: list[Hit] = []
    for hit in hits:
        i, j, cat, _rid, _entry = hit
        if cat in DESCRIPTORS:
            if cat == "agentic" and (d := deficit(ctx, i)) is not None:
                out.append((d, j, "doubt", ctx.lang + DEFICIT_RULE, None))
                continue
            if cat != "vague_praise" and negated(ctx, i, lack):
                continue
            if attached_to_personal(ctx, j, personal_starts):
                continue
            if genre != "job" and title_case(ctx, i):
                continue
        if cat in TRAITS and modifies_thing(ctx, i, j):
            continue
        if cat == "personal" and (
            about_care(ctx, i) or names_institution(ctx, j) or serves_families(ctx, i)
        ):
            continue
        out.append(hit)
    return out


TRAITS = frozenset({"communal", "stereotype", "personal"})


def deficit(ctx: rules.Context, i: int) -> int | None:
    """The first token of a deficit phrase just before an agentic word (*should be more
    confident*, *as she develops more confidence*, *gagner en assurance*), or None."""
    deficit = ctx.words.get("deficit_words", frozenset())
    first = None
    for k in range(i - 1, max(-1, i - 4), -1):
        if not ctx.joined(k + 1):
            break
        if ctx.toks.words[k] in deficit:
            first = k
    return first


def modifies_thing(ctx: rules.Context, i: int, j: int) -> bool:
    """The descriptor qualifies a noun for a thing or a result: the noun just after it in
    English (*dramatic improvement*), just before it in French (*un travail soigné*)."""
    things = ctx.words.get("thing_nouns", frozenset())
    words = ctx.toks.words
    if ctx.lang == "fr":
        return i > 0 and ctx.joined(i) and words[i - 1] in things
    return j < len(words) and ctx.joined(j) and words[j] in things


def about_care(ctx: rules.Context, i: int) -> bool:
    """Earlier in the clause comes a word about patients or care, and no possessive that
    makes the family the candidate's own (*her children*, *caring for her mother*)."""
    words = ctx.toks.words
    care = ctx.words.get("care_words", frozenset())
    own = ctx.words.get("own_possessives", frozenset())
    for k in range(i - 1, max(-1, i - 10), -1):
        if not ctx.joined(k + 1):
            return False
        if words[k] in own:
            return False
        if words[k] in care:
            return True
    return False


def serves_families(ctx: rules.Context, i: int) -> bool:
    """The family word completes a plural of the families the candidate works for
    (*families of children*, *familles d'enfants*): they are those families' children, not
    hers. (Plural family nouns themselves are not in the personal list: one candidate has
    one family, so *open for families* and *aux familles* name the families she serves.)"""
    words = ctx.toks.words
    return (
        i >= 2
        and words[i - 1] in ctx.words.get("of_words", frozenset())
        and ctx.joined(i)
        and ctx.joined(i - 1)
        and words[i - 2] in ctx.words.get("served_plurals", frozenset())
    )


def names_institution(ctx: rules.Context, j: int) -> bool:
    """*Children's Hospital*, *family medicine*, *hôpital pour enfants*."""
    words, n = ctx.toks.words, len(ctx.toks.words)
    k = j
    if k < n and ctx.joined(k) and words[k] == "s" and ctx.toks.sep(k) == "'":
        k += 1  # possessive 's
    inst = ctx.words.get("institution_nouns", frozenset())
    if k < n and ctx.joined(k) and words[k] in inst:
        return True
    # French puts the institution first: hôpital pour enfants, clinique de la famille
    for m in range(j - 2, max(-1, j - 6), -1):
        if m >= 0 and words[m] in inst and all(ctx.joined(x) for x in range(m + 1, j)):
            return ctx.lang == "fr"
    return False


def attached_to_personal(ctx: rules.Context, j: int, personal_starts: set[int]) -> bool:
    stop = ctx.words["conjunctions"]
    for k in range(j, min(j + 4, len(ctx.toks.words))):
        if not ctx.joined(k) or (k > j and ctx.toks.words[k - 1] in stop):
            return False
        if k in personal_starts:
            return True
    return False


def title_case(ctx: rules.Context, i: int) -> bool:
    """Token i sits in a Title Case name (an award, a department), not in running text."""
    if not ctx.cap(i) or not ctx.joined(i):
        return False
    n = len(ctx.toks.words)
    caps = 0
    for k in range(max(0, i - 3), min(n, i + 4)):
        if k != i and ctx.cap(k) and (k == 0 or ctx.joined(k) or k == i + 1):
            caps += 1
    return caps >= 2


def context_ok(ctx: rules.Context, i: int, k: int, e: Entry) -> bool:
    words, n = ctx.toks.words, len(ctx.toks.words)
    if e.folded and ctx.cap(i):
        return False  # an accentless form on a capital is more likely a name (Marie, marié)
    if e.unless_prev or e.require_prev or e.participle:
        p = i - 1
        if p > 0 and words[p] == "s" and ctx.toks.sep(p) == "'" and ctx.joined(p):
            p -= 1  # look through a possessive: the patient's family
        prev = words[p] if p >= 0 else None
        # (whether it is in the same sentence matters only when the word itself does)
        if prev is not None and (prev in e.unless_prev or e.require_prev or e.participle):
            prev = prev if ctx.joined(p + 1) else None
        if prev is not None and prev in e.unless_prev:
            return False
        if e.require_prev and (prev is None or prev not in e.require_prev):
            return False
        if e.participle and prev is not None and prev in ctx.words.get("auxiliaries", ()):
            return False  # a verb: she has accomplished, elle a accompli
        if e.participle and i + k < n and ctx.joined(i + k):
            if words[i + k] in ctx.words.get("determiners", ()):
                return False  # a verb with its object: the tool accomplished the goals
    if e.unless_next or e.require_next:
        m = i + k
        if m + 1 < n and words[m] == "s" and ctx.toks.sep(m) == "'" and ctx.joined(m):
            m += 1
        nxt = words[m] if m < n else None
        if nxt is not None and (nxt in e.unless_next or e.require_next):
            nxt = nxt if ctx.joined(m) else None
        if nxt is not None and nxt in e.unless_next:
            return False
        if e.require_next and (nxt is None or nxt not in e.require_next):
            return False
    if e.person_clause and not person_in_clause(ctx, i, i + k):
        return False
    if e.pair:
        # An abbreviated doublet (infirmier(ère), infirmier·ère) or a full doublet nearby.
        sep = ctx.toks.sep(i + k) if i + k < n else ""
        if SUFFIX.search(sep) and not any(c.isspace() for c in sep) and len(words[i + k]) <= 6:
            return False
        lo, hi = max(0, i - 5), min(n, i + k + 5)
        if any(words[m] in e.pair for m in range(lo, hi)):
            return False
    return True


def person_in_clause(ctx: rules.Context, i: int, j: int) -> bool:
    """A person is named in the same clause: a pronoun or possessive (she, her, elle, son...)
    or a capitalised word inside the clause (a name or a title: Mme Lavoie, Sarah)."""
    person = ctx.words.get("person_words", frozenset())
    stop = ctx.words["name_stop"]
    words, n = ctx.toks.words, len(ctx.toks.words)

    def is_person(k: int) -> bool:
        return words[k] in person or (ctx.cap(k) and words[k] not in stop)

    k = i
    while k > 0 and ctx.joined(k) and i - k < 12:
        k -= 1
        if is_person(k):
            return True
    k = j - 1
    while k + 1 < n and ctx.joined(k + 1) and k - j < 12:
        k += 1
        if is_person(k):
            return True
    return any(words[m] in person for m in range(i, j))
