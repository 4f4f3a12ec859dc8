"""Sessionize's "All" JSON view (`/api/v2/<id>/view/All`) and its "Sessions" view.

"All" has `sessions` (speaker ids, category item ids), `speakers` (names, question answers),
`categories` (e.g. "Session format" with its items) and `questions`. A category named like
a format or type is read as a role hint; a speaker question about gender gives the gender.
"Sessions" is a list of groups, each with `sessions` holding their speakers by name.
"""

from __future__ import annotations

from ..vocab import norm
from .schedule import Collector, text_of

_FORMAT_WORDS = ("format", "type", "kind", "forme", "genre de seance")
_GENDER_WORDS = ("gender", "genre", "sex", "sexe")


def is_sessionize(doc: object) -> bool:
    if isinstance(doc, dict):
        return isinstance(doc.get("sessions"), list) and isinstance(doc.get("speakers"), list)
    if isinstance(doc, list) and doc and isinstance(doc[0], dict):
        return "groupName" in doc[0] and isinstance(doc[0].get("sessions"), list)
    return False


def _format_items(categories: object) -> dict[str, str]:
    """Category item id -> name, for categories that describe the session's format."""
    items: dict[str, str] = {}
    for category in categories if isinstance(categories, list) else []:
        if not isinstance(category, dict):
            continue
        title = norm(text_of(category.get("title") or category.get("name")))
        if not any(word in title for word in _FORMAT_WORDS):
            continue
        for item in category.get("items") or category.get("categoryItems") or []:
            if isinstance(item, dict):
                items[text_of(item.get("id"))] = text_of(item.get("name"))
    return items


def _gender_answers(doc: dict) -> dict[str, str]:
    questions = {
        text_of(q.get("id"))
        for q in doc.get("questions") or []
        if isinstance(q, dict)
        and any(w in norm(text_of(q.get("question"))).split() for w in _GENDER_WORDS)
    }
    genders: dict[str, str] = {}
    if not questions:
        return genders
    for speaker in doc.get("speakers") or []:
        if not isinstance(speaker, dict):
            continue
        for answer in speaker.get("questionAnswers") or []:
            if isinstance(answer, dict) and text_of(answer.get("questionId")) in questions:
                value = text_of(answer.get("answerValue") or answer.get("answer"))
                if value:
                    genders[text_of(speaker.get("id"))] = value
    return genders


def read(doc, out: Collector):
    if isinstance(doc, list):  # the "Sessions" view: groups of sessions
        for group in doc:
            for session in (group.get("sessions") if isinstance(group, dict) else None) or []:
                if not isinstance(session, dict):
                    continue
                hints = []
                for category in session.get("categories") or []:
                    if isinstance(category, dict) and any(
                        w in norm(text_of(category.get("name"))) for w in _FORMAT_WORDS
                    ):
                        hints += [
                            text_of(i.get("name"))
                            for i in category.get("categoryItems") or []
                            if isinstance(i, dict)
                        ]
                persons = [
                    (text_of(s.get("id")), text_of(s.get("name")))
                    for s in session.get("speakers") or []
                    if isinstance(s, dict)
                ]
                out.event(
                    text_of(session.get("id")) or f"#{out.events + 1}",
                    text_of(session.get("title")),
                    persons,
                    extra=" ".join(hints),
                )
        return out.result()
    names = {}
    for speaker in doc.get("speakers") or []:
        if isinstance(speaker, dict):
            full = text_of(speaker.get("fullName")) or " ".join(
                x
                for x in (text_of(speaker.get("firstName")), text_of(speaker.get("lastName")))
                if x
            )
            names[text_of(speaker.get("id"))] = full
    formats = _format_items(doc.get("categories"))
    genders = _gender_answers(doc)
    for session in doc.get("sessions") or []:
        if not isinstance(session, dict) or session.get("isServiceSession"):
            continue
        ids = [text_of(s) for s in session.get("speakers") or [] if not isinstance(s, (dict, list))]
        hints = [
            formats[i] for i in map(text_of, session.get("categoryItems") or []) if i in formats
        ]
        out.event(
            text_of(session.get("id")) or f"#{out.events + 1}",
            text_of(session.get("title")),
            [(i, names.get(i, "")) for i in ids],
            extra=" ".join(hints),
            genders=genders,
        )
    result = out.result()
    if genders:
        result.notes.append(("gender_from_question", {"count": len(genders)}))
    return result
