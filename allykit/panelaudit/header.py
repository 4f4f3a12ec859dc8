"""Which row is the header, and what each column holds: scored, not guessed from one word.

Every sheet's first rows are tried as the header (also combined with the row above, for a
"Speaker" merged over "Name" and "Gender"). Each header cell is scored: an exact phrase from
`vocab.COLUMNS` wins; otherwise words anywhere in it count, with attribute words (gender,
role, first name) before entity words (session, speaker), and blocking words (type, date,
room, email, bio...) keep a column out. Side-by-side role columns ("Chair", "Panelist 1")
are person slots. A `mapping` (header text -> field) from the user overrides all of this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vocab import COLUMNS, GENDER_VALUES, lookup, norm

FIELDS = ("session", "name", "given_name", "family_name", "role", "gender", "code", "role_hint")
IGNORE = "ignore"
HEADER_ROWS = 15  # rows of each sheet tried as the header

_WORDS = {
    "gender": "gender genders genre genres sex sexe",
    "role": "role roles function fonction fonctions capacity participation",
    "given_name": "first given forename prenom",
    "family_name": "last family surname",
    "code": "id ids code codes identifiant uuid guid",
    "role_hint": "type format kind formule",
    "person": "speaker speakers presenter presenters person persons people participant"
    " participants orateur oratrice orateurs intervenant intervenants conferencier"
    " conferenciers presentateur presentateurs personne personnes author authors auteur"
    " auteurs who qui invite invites",
    "name": "name names nom noms fullname",
    "session": "session sessions title titre panel panels talk talks topic topics sujet"
    " theme seance seances event activity activite atelier workshop slot presentation"
    " conference communication bloc",
}
_BLOCK = set(
    "date dates time times heure heures start end debut fin day jour room rooms salle salles"
    " location lieu email mail courriel e bio biography biographie pronoun pronouns pronom"
    " pronoms phone telephone url link lien photo picture twitter linkedin website site year"
    " annee duration duree level niveau abstract resume description summary note notes"
    " comment comments commentaire language langue status statut count number nombre track"
    " piste affiliation organisation organization company".split()
)
_LOOKUP = {word: key for key, words in _WORDS.items() for word in words.split()}
_SLOT_ROLES = {
    "chair": "chair",
    "chairs": "chair",
    "chairperson": "chair",
    "moderator": "chair",
    "moderateur": "chair",
    "moderatrice": "chair",
    "animateur": "chair",
    "animatrice": "chair",
    "animation": "chair",
    "president": "chair",
    "presidente": "chair",
    "host": "chair",
    "facilitator": "chair",
    "panelist": "panellist",
    "panellist": "panellist",
    "panelists": "panellist",
    "panellists": "panellist",
    "paneliste": "panellist",
    "panelistes": "panellist",
    "discussant": "panellist",
    "keynote": "keynote",
    "speaker": "speaker",
    "presenter": "speaker",
}
_NUMBERED = re.compile(r"^(.*?)\s*(\d{1,2})\s*(.*)$")


@dataclass(frozen=True, slots=True)
class Column:
    """How one header cell was read: `key` is a field, 'slot:<role>:<n>', 'slotgender:...',
    a dimension key, or None (ignored); `how` is exact, words, slot, mapping or none."""

    position: int
    text: str
    key: str | None
    how: str

    def to_dict(self) -> dict:
        return {"position": self.position, "header": self.text, "field": self.key, "how": self.how}


def score_column(text: str) -> tuple[str | None, str]:
    """(key, how) for one header cell."""
    folded = norm(text)
    if not folded:
        return None, "none"
    exact = lookup(COLUMNS, text)
    if exact is not None:
        return exact, "exact"
    words = folded.split()
    slot = _slot(words)
    if slot:
        return slot, "slot"
    kinds = [_LOOKUP.get(w) for w in words]
    if "role_hint" in kinds and any(k in ("session", None) for k in kinds):
        if not ({"gender", "role"} & set(kinds)):
            return "role_hint", "words"
    if any(w in _BLOCK for w in words):
        return None, "blocked"
    if "code" in kinds and "session" in kinds:
        return None, "blocked"  # a session id, not a speaker code
    for attribute in ("gender", "role", "given_name", "family_name", "code"):
        if attribute in kinds:
            return attribute, "words"
    has_person = "person" in kinds
    has_session = "session" in kinds
    if has_person:
        return "name", "words"
    if has_session:
        return "session", "words"
    if "name" in kinds:
        return "name", "words"
    return None, "none"


def _slot(words: list[str]) -> str | None:
    """'panelist 2' -> slot:panellist:2; 'gender panelist 2' / 'panelist 2 gender' -> slotgender."""
    joined = " ".join(words)
    match = _NUMBERED.match(joined)
    number = match.group(2) if match else ""
    rest = (f"{match.group(1)} {match.group(3)}" if match else joined).split()
    roles = [_SLOT_ROLES[w] for w in rest if w in _SLOT_ROLES]
    others = [w for w in rest if w not in _SLOT_ROLES and w not in ("name", "nom", "de", "du")]
    if len(roles) != 1:
        return None
    role = roles[0]
    if not others and (number or role in ("chair", "panellist")):
        return f"slot:{role}:{number or 1}"
    if others and all(_LOOKUP.get(w) == "gender" for w in others):
        if number or role in ("chair", "panellist"):
            return f"slotgender:{role}:{number or 1}"
    return None


def read_columns(cells: list[str], mapping: dict[str, str] | None = None) -> list[Column]:
    wanted = {norm(k): v for k, v in (mapping or {}).items()}
    out = []
    for position, raw in enumerate(cells):
        text = " ".join(str(raw).split())
        if norm(text) in wanted and text:
            value = wanted[norm(text)]
            out.append(Column(position, text, None if value == IGNORE else value, "mapping"))
            continue
        key, how = score_column(text)
        out.append(Column(position, text, key, how))
    return out


def header_score(columns: list[Column]) -> int:
    if any(c.how != "mapping" and norm(c.text) in GENDER_VALUES for c in columns):
        return -1000  # a row holding a gender value ("F", "man") is data, not a header
    keys = {c.key.split(":")[0] if c.key else None for c in columns}
    score = 0
    score += 4 if "session" in keys else 0
    score += 3 if keys & {"name", "given_name", "family_name", "slot"} else 0
    score += 3 if keys & {"gender", "slotgender"} else 0
    score += 1 if keys & {"role", "role_hint"} else 0
    unknown = sum(1 for c in columns if c.text and c.key is None)
    return score * 10 - unknown


@dataclass(frozen=True)
class Found:
    sheet: int
    sheet_name: str | None
    row_index: int  # index into the sheet's rows list
    row: int  # spreadsheet row number
    cells: list[str]
    columns: list[Column]
    score: int


def _combined(parent: list[str], child: list[str]) -> list[str]:
    width = max(len(parent), len(child))
    out = []
    for i in range(width):
        top = parent[i] if i < len(parent) else ""
        low = child[i] if i < len(child) else ""
        out.append(f"{top} {low}".strip() if top and low and norm(top) != norm(low) else low or top)
    return out


def detect(sheets, mapping: dict[str, str] | None = None) -> Found | None:
    """The best header among the first rows of every sheet (earliest on a tie)."""
    best: Found | None = None
    for number, sheet in enumerate(sheets):
        rows = sheet.rows
        for index in range(min(len(rows), HEADER_ROWS)):
            row, cells = rows[index]
            candidates = [cells]
            if index:
                candidates.append(_combined(rows[index - 1][1], cells))
            for option in candidates:
                columns = read_columns(option, mapping)
                score = header_score(columns)
                if best is None or score > best.score:
                    best = Found(number, sheet.name, index, row, option, columns, score)
    return best
