"""Words the checker understands, in English and French, any case, with or without accents.

Every value is compared after `norm()`: case-folded, accents removed, punctuation turned into
spaces. A value that is not in these lists is never guessed: it is reported with its row.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

GENDERS = ("woman", "man", "non_binary", "another", "not_stated", "unrecognised")
STATED = ("woman", "man", "non_binary", "another")
GENDER_DIVERSE = ("non_binary", "another")
ROLES = ("keynote", "plenary", "chair", "panellist", "speaker", "unrecognised")
# Keynotes and plenaries are counted apart from panels, as the issue asks.
ROLE_GROUPS = {
    "headline": ("keynote", "plenary"),
    "panels": ("chair", "panellist"),
    "talks": ("speaker",),
}
YES_NO_DIMENSIONS = ("racialised", "indigenous", "disability")
DIMENSIONS = (
    "racialised",
    "indigenous",
    "disability",
    "career_stage",
    "discipline",
    "institution",
    "region",
)

_PUNCT = re.compile(r"[^\w]+")
# French inclusive forms: « Intervenant·e », « Animateur·rice », « Conférencier(ère) ».
_INCLUSIVE = re.compile(
    r"(?<=\w)(?:[·•‧.]|\()(e|es|rice|rices|ère|ères|trice|trices|euse|euses|ne|nes|le|les)\)?(?!\w)"
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=4096)
def norm(text: str) -> str:
    """'  Modératrice ' -> 'moderatrice'; 'Non-Binary' -> 'non binary'; 'Animateur·rice'
    -> 'animateur'; 'firstName' -> 'first name'."""
    text = _INCLUSIVE.sub("", _CAMEL.sub(" ", text))
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_PUNCT.sub(" ", stripped.replace("_", " ")).split())


def _table(groups: dict[str, str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for key, words in groups.items():
        for word in words.split("|"):
            table[norm(word)] = key
    return table


COLUMNS = _table(
    {
        "session": "session|session title|session name|panel|panel title|title|talk|talk title"
        "|event|event title|slot|sequence|seance|titre|titre de la session|titre de la seance"
        "|nom de la session|nom de la seance|table ronde|atelier|workshop|activite|bloc",
        "name": "name|full name|speaker|speaker name|person|participant|nom|nom complet"
        "|prenom et nom|nom et prenom|personne|conferencier|conferenciere",
        "given_name": "first name|given name|forename|prenom",
        "family_name": "last name|family name|surname|nom de famille",
        "role": "role|roles|function|part|participation|capacity|speaker role|role on panel"
        "|fonction|role dans la seance|type de participation",
        "gender": "gender|gender identity|self described gender|self identified gender|sex"
        "|genre|identite de genre|sexe|genre declare|genre autodeclare",
        "code": "code|id|speaker id|speaker code|pretalx code|identifiant",
        "racialised": "racialised|racialized|racialised person|racialized person|person of colour"
        "|person of color|poc|bipoc|visible minority|racise|racisee|personne racisee"
        "|minorite visible",
        "indigenous": "indigenous|indigenous person|first nations inuit metis|autochtone"
        "|personne autochtone|premieres nations inuit metis",
        "disability": "disability|person with a disability|disabled|handicap|personne handicapee"
        "|personne en situation de handicap|incapacite",
        "career_stage": "career stage|career level|seniority|rank|stade de carriere"
        "|etape de carriere|niveau de carriere|rang",
        "discipline": "discipline|field|specialty|speciality|profession|domaine|specialite",
        "institution": "institution|organisation|organization|affiliation|employer|etablissement"
        "|employeur|organisme",
        "region": "region|country|province|geography|pays|geographie",
    }
)

GENDER_VALUES = _table(
    {
        "woman": "woman|women|female|f|w|girl|cis woman|cisgender woman|trans woman"
        "|transgender woman|femme|femmes|feminin|feminine|fem|femme cis|femme trans"
        "|femme transgenre",
        "man": "man|men|male|m|h|cis man|cisgender man|trans man|transgender man|homme|hommes"
        "|masculin|masculine|homme cis|homme trans|homme transgenre",
        "non_binary": "non binary|nonbinary|non binaire|nonbinaire|nb|enby|non binary person"
        "|personne non binaire",
        "another": "another term|another|other|self described|x|two spirit|2 spirit|2s"
        "|genderqueer|gender queer|agender|genderfluid|gender fluid|bigender|autre|autre terme"
        "|autre identite|bispirituel|bispirituelle|bispirituel le|queer|fluide|agenre",
        "not_stated": "not stated|unknown|prefer not to say|prefer not to answer|declined|n a|na"
        "|none|no answer|not given|non declare|non precise|non indique|inconnu|inconnue"
        "|prefere ne pas repondre|ne se prononce pas|nsp|pas de reponse|ne sait pas|s o"
        "|unspecified|not specified|not disclosed|undisclosed|tbc|tbd|ne souhaite pas repondre"
        "|non specifie|non communique|a confirmer",
    }
)
GENDER_VALUES.update({norm(w): "woman" for w in ("mme", "mlle", "madame", "mrs", "ms", "miss")})
GENDER_VALUES.update({norm(w): "man" for w in ("mr", "monsieur", "m.")})

ROLE_VALUES = _table(
    {
        "keynote": "keynote|keynotes|keynote speaker|keynote address|opening keynote"
        "|closing keynote|invited keynote|conferencier principal|conferenciere principale"
        "|conference principale"
        "|conference d ouverture|conference de cloture|conferencier d honneur"
        "|conferenciere d honneur|conference d honneur|discours principal",
        "plenary": "plenary|plenary speaker|plenary session|plenary talk|pleniere|plenier"
        "|seance pleniere|conferencier en pleniere|conferenciere en pleniere|conference pleniere",
        "chair": "chair|chairs|chairperson|co chair|session chair|moderator|moderators|moderater"
        "|host|facilitator|mc|emcee|master of ceremonies|moderateur|moderatrice|animateur"
        "|animatrice|president|presidente|president de seance|presidente de seance|facilitateur"
        "|facilitatrice|coprésident|copresidente|maitre de ceremonie|maitresse de ceremonie"
        "|presidence|presidence de seance|copresidence",
        "panellist": "panellist|panelist|panellists|panelists|panel member|panel|discussant"
        "|panel discussion|paneliste|panelistes|membre du panel|discutant|discutante"
        "|table ronde|membre de la table ronde",
        "speaker": "speaker|speakers|presenter|talk|invited speaker|author|presenting author"
        "|lecturer|poster|lightning talk|workshop|conferencier|conferenciere|conferencier invite"
        "|conferenciere invitee|presentateur|presentatrice|orateur|oratrice|intervenant"
        "|intervenante|auteur|autrice|auteure|communication|affiche|atelier",
    }
)

YES_NO_VALUES = _table(
    {
        "yes": "yes|y|oui|o|true|vrai|1|x|checked|coche",
        "no": "no|n|non|false|faux|0",
        "not_stated": "not stated|unknown|prefer not to say|prefer not to answer|declined|n a|na"
        "|non declare|non precise|inconnu|prefere ne pas repondre|nsp|s o",
    }
)

# Schedule exports give a session type ("Keynote", "Panel discussion", "Talk"): these words
# found anywhere in it decide the role; anything else is a talk.
TYPE_HINTS = (
    ("keynote", "keynote"),
    ("conference principale", "keynote"),
    ("conferencier principal", "keynote"),
    ("conference d ouverture", "keynote"),
    ("plenary", "plenary"),
    ("pleniere", "plenary"),
    ("panel", "panellist"),
    ("podium", "panellist"),
    ("fishbowl", "panellist"),
    ("aquarium", "panellist"),
    ("table ronde", "panellist"),
    ("round table", "panellist"),
    ("roundtable", "panellist"),
    ("debate", "panellist"),
    ("debat", "panellist"),
)
_TITLE_LEAD = re.compile(r"^\s*([^:–—|-]{2,30})\s*[:–—|-]")


def lookup(table: dict[str, str], raw: str) -> str | None:
    """Map a raw value with `table`; None when it cannot be mapped without guessing.

    Tries the whole value, then without a parenthesis ("Woman (she/her)"), then the parts of
    "F / Femme" when they all agree.
    """
    key = norm(raw)
    if key in table:
        return table[key]
    if "(" in raw:
        bare = norm(re.sub(r"\([^)]*\)", " ", raw))
        if bare in table:
            return table[bare]
    parts = [norm(p) for p in re.split(r"[/|;,]", raw) if norm(p)]
    if len(parts) > 1:
        found = {table.get(p) for p in parts}
        if len(found) == 1 and None not in found:
            return found.pop()
    return None


def column_key(header: str) -> str | None:
    key = lookup(COLUMNS, header)
    if key is None and " " in norm(header):
        # "Gender (self-described)", "Role / Rôle", "Panel session": try first words.
        words = norm(header).split()
        for size in (2, 1):
            key = COLUMNS.get(" ".join(words[:size]))
            if key:
                break
    return key


def role_from_type(type_name: str) -> str:
    text = norm(type_name)
    for hint, role in TYPE_HINTS:
        if hint in text:
            return role
    return "speaker"


def role_hint(*, type_name: str = "", track: str = "", title: str = "", extra: str = ""):
    """(role, where it came from): the session type, then a format category, the track, and
    the lead of the title ("Keynote: ...", "Panel - ..."). ('speaker', '') when none says."""
    for source, text in (("type", type_name), ("format", extra), ("track", track)):
        if text and (role := role_from_type(text)) != "speaker":
            return role, source
    lead = _TITLE_LEAD.match(title or "")
    if lead and len(norm(lead.group(1)).split()) <= 3:  # "Keynote: ...", "Panel - ..."
        if (role := role_from_type(lead.group(1))) != "speaker":
            return role, "title"
    folded = norm(title or "")
    for hint, role in TYPE_HINTS:  # "Fishbowl on burnout", not "Why keynotes matter"
        if folded.startswith(hint + " ") or folded == hint:
            return role, "title"
    return "speaker", ""
