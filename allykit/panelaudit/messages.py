"""Every user-visible string of the panel checker, in English and Canadian French."""

from __future__ import annotations

from .typo import check_lang, fmt_int, fr_typo

LABELS: dict[str, tuple[str, str]] = {
    # genders
    "woman": ("Women", "Femmes"),
    "man": ("Men", "Hommes"),
    "non_binary": ("Non-binary people", "Personnes non binaires"),
    "another": ("Another term", "Autre terme"),
    "not_stated": ("Not stated", "Non déclaré"),
    "unrecognised": ("Not recognised (see problems)", "Non reconnu (voir les problèmes)"),
    # roles
    "keynote": ("Keynote speakers", "Conférences principales"),
    "plenary": ("Plenary speakers", "Conférences en plénière"),
    "chair": ("Chairs and moderators", "Présidences et animation"),
    "panellist": ("Panellists", "Panélistes"),
    "speaker": ("Speakers", "Conférencières et conférenciers"),
    # role groups
    "all": ("Whole event", "Ensemble de l'événement"),
    "headline": ("Keynotes and plenaries", "Conférences principales et plénières"),
    "panels": ("Panels (chairs and panellists)", "Panels (présidences et panélistes)"),
    "talks": ("Other talks", "Autres présentations"),
    # dimensions
    "racialised": ("Racialised", "Personnes racisées"),
    "indigenous": ("Indigenous", "Personnes autochtones"),
    "disability": ("Disability", "Personnes en situation de handicap"),
    "career_stage": ("Career stage", "Étape de carrière"),
    "discipline": ("Discipline", "Discipline"),
    "institution": ("Institution", "Établissement"),
    "region": ("Region", "Région"),
    "yes": ("Yes", "Oui"),
    "no": ("No", "Non"),
    # column names
    "col_session": ("session", "séance"),
    "col_name": ("name", "nom"),
    "col_role": ("role", "rôle"),
    "col_gender": ("gender", "genre"),
    "col_code": ("code", "code"),
    # flags
    "all_men": ("All-men panel", "Panel entièrement masculin"),
    "all_men_but_moderator": (
        "All men except the moderator",
        "Uniquement des hommes, sauf à l'animation",
    ),
    "token": (
        "Single woman or gender-diverse person among five or more (token)",
        "Une seule femme ou personne de la diversité de genre parmi cinq ou plus (tokénisme)",
    ),
    "all_known_men": (
        "Men only among those whose gender is stated",
        "Uniquement des hommes parmi les personnes dont le genre est déclaré",
    ),
    "no_information": ("No gender information", "Aucune information sur le genre"),
}

FLAG_HELP: dict[str, tuple[str, str]] = {
    "all_men": (
        "Everyone in this session is a man.",
        "Toutes les personnes de cette séance sont des hommes.",
    ),
    "all_men_but_moderator": (
        "The only women or gender-diverse people in this session moderate or chair it.",
        "Les seules femmes ou personnes de la diversité de genre de cette séance en assurent "
        "l'animation ou la présidence.",
    ),
    "token": (
        "One woman or gender-diverse person among five or more people: Kanter (1977) found "
        "that people who are roughly 15 % or less of a group tend to be treated as tokens.",
        "Une seule femme ou personne de la diversité de genre parmi cinq personnes ou plus : "
        "selon Kanter (1977), les personnes qui forment environ 15 % ou moins d'un groupe "
        "tendent à être traitées comme des « jetons ».",
    ),
    "all_known_men": (
        "Some genders are not stated, and all the stated ones are men: check before the "
        "programme is final.",
        "Certains genres ne sont pas déclarés et tous ceux qui le sont sont des hommes : "
        "vérifiez avant que le programme soit final.",
    ),
    "no_information": (
        "Nobody in this session has a gender stated.",
        "Personne dans cette séance n'a de genre déclaré.",
    ),
}

PROBLEMS: dict[str, tuple[str, str]] = {
    "empty": ("The file or text is empty.", "Le fichier ou le texte est vide."),
    "too_large": (
        "The input is larger than {limit} MB. Split the programme into parts.",
        "Les données dépassent {limit} Mo. Divisez le programme en parties.",
    ),
    "too_many_rows": (
        "The table has more than {limit} rows. Split the programme into parts.",
        "Le tableau dépasse {limit} lignes. Divisez le programme en parties.",
    ),
    "binary": (
        "This does not look like a table or a schedule export (it contains binary data).",
        "Ce contenu ne ressemble ni à un tableau ni à un export d'horaire "
        "(il contient des données binaires).",
    ),
    "xls_unsupported": (
        "Old Excel (.xls) or password-protected files cannot be read: save as .xlsx or CSV.",
        "Les anciens fichiers Excel (.xls) ou protégés par "
        "mot de passe ne peuvent pas être lus : enregistrez en .xlsx ou CSV.",
    ),
    "not_xlsx": (
        "This archive is not an Excel workbook (.xlsx).",
        "Cette archive n'est pas un classeur Excel (.xlsx).",
    ),
    "unsafe_xlsx": ("The workbook was refused: {detail}.", "Le classeur a été refusé : {detail}."),
    "unreadable_xlsx": (
        "The Excel workbook could not be read. Save it again as .xlsx or CSV.",
        "Le classeur Excel est illisible. Enregistrez-le de nouveau en .xlsx ou en CSV.",
    ),
    "bad_encoding": (
        "The text encoding could not be read. Save the file as UTF-8 CSV.",
        "L'encodage du texte est illisible. Enregistrez le fichier en CSV UTF-8.",
    ),
    "malformed_csv": (
        "The table cannot be read from here on ({detail}).",
        "Le tableau est illisible à partir d'ici ({detail}).",
    ),
    "one_column": (
        "Only one column was found. Separate columns with commas, semicolons or tabs.",
        "Une seule colonne a été trouvée. Séparez les colonnes par des "
        "virgules, des points-virgules ou des tabulations.",
    ),
    "no_header": (
        "The first row must name the columns; no {missing} column was found. "
        "Expected columns: session, name (optional), role, gender.",
        "La première ligne doit nommer les colonnes; aucune colonne {missing} n'a été "
        "trouvée. Colonnes attendues : séance, nom (facultatif), rôle, genre.",
    ),
    "no_rows": (
        "The table has a header but no rows of people.",
        "Le tableau a une ligne d'en-tête mais aucune ligne de personnes.",
    ),
    "bad_json": ("The JSON could not be read ({detail}).", "Le JSON est illisible ({detail})."),
    "bad_xml": ("The XML could not be read ({detail}).", "Le XML est illisible ({detail})."),
    "bad_schedule": (
        "This is not a pretalx or frab schedule export ({detail}).",
        "Ce n'est pas un export d'horaire pretalx ou frab ({detail}).",
    ),
    "unknown_column": (
        "Column “{column}” was not recognised and was ignored.",
        "La colonne « {column} » n'a pas été reconnue et a été ignorée.",
    ),
    "duplicate_column": (
        "Column “{column}” repeats an earlier {key} column and was ignored.",
        "La colonne « {column} » répète une colonne {key} précédente et a été ignorée.",
    ),
    "no_role_column": (
        "There is no role column: everyone is counted as a speaker.",
        "Il n'y a pas de colonne de rôle : tout le monde est compté comme "
        "conférencière ou conférencier.",
    ),
    "unknown_gender": (
        "gender “{value}” was not recognised. Use woman, man, non-binary, "
        "another term or not stated.",
        "le genre « {value} » n'a pas été reconnu. Utilisez femme, homme, "
        "non binaire, autre terme ou non déclaré.",
    ),
    "unknown_role": (
        "role “{value}” was not recognised. Use keynote, plenary, chair, "
        "moderator, panellist or speaker.",
        "le rôle « {value} » n'a pas été reconnu. Utilisez conférence principale, "
        "plénière, présidence, animation, panéliste ou conférencier.",
    ),
    "missing_role": (
        "no role given: counted under “role not recognised”.",
        "aucun rôle indiqué : compté sous « rôle non reconnu ».",
    ),
    "cells_outside": (
        "cells beyond the {columns} named columns were ignored.",
        "les cellules au-delà des {columns} colonnes nommées ont été ignorées.",
    ),
    "unknown_value": (
        "“{value}” in column “{column}” was not recognised (use yes, no or leave blank).",
        "« {value} » dans la colonne « {column} » n'a pas été "
        "reconnu (utilisez oui, non ou laissez vide).",
    ),
    "formula": (
        "column “{column}” holds a formula, which is not read. Paste the values instead.",
        "la colonne « {column} » contient une formule, qui n'est pas lue. "
        "Collez plutôt les valeurs.",
    ),
    "session_filled": (
        "no session given: counted in the session above ({session}).",
        "aucune séance indiquée : comptée dans la séance précédente ({session}).",
    ),
    "no_session": (
        "no session given and no session above: the row was not counted.",
        "aucune séance indiquée ni de séance précédente : la ligne n'a pas été comptée.",
    ),
    "ragged_row": (
        "the row has {cells} cells but the header has {columns}: the row was not "
        "counted (check for a separator inside a cell).",
        "la ligne compte {cells} cellules mais l'en-tête en a {columns} : la ligne "
        "n'a pas été comptée (vérifiez s'il y a un séparateur dans une cellule).",
    ),
    "short_row": (
        "the row has {cells} cells but the header has {columns}: the missing cells "
        "were read as blank.",
        "la ligne compte {cells} cellules mais l'en-tête en a "
        "{columns} : les cellules manquantes ont été lues comme vides.",
    ),
    "duplicate_person": (
        "the same person appears again in this session (first on row {first}): counted once.",
        "la même personne figure de nouveau dans "
        "cette séance (d'abord à la ligne {first}) : comptée une seule fois.",
    ),
    "conflicting_gender": (
        "the same person has a different gender on row {first}: check both rows.",
        "la même personne a un genre différent à la ligne {first} : vérifiez les deux lignes.",
    ),
    "extra_sheets": (
        "The workbook has {count} sheets: only the first one was read.",
        "Le classeur compte {count} feuilles : seule la première a été lue.",
    ),
    "schedule_no_gender": (
        "Schedule exports do not say anyone's gender: {count} people are "
        "counted as not stated. Add a table of name and gender to count "
        "them.",
        "Les exports d'horaire n'indiquent pas le genre : "
        "{count} personnes sont comptées comme non déclarées. Ajoutez un "
        "tableau de noms et de genres pour les compter.",
    ),
    "schedule_roles": (
        "Schedule exports do not say who moderates: everyone on a panel is counted as a panellist.",
        "Les exports d'horaire n'indiquent pas qui "
        "anime : tout le monde dans un panel est compté comme panéliste.",
    ),
    "supplement_unmatched": (
        "this person in the supplementary table is not in the schedule.",
        "cette personne du tableau complémentaire ne figure pas à l'horaire.",
    ),
    "supplement_for_table": (
        "A supplementary table is only used with schedule exports: add "
        "the gender column to the table itself.",
        "Un tableau "
        "complémentaire ne sert qu'avec les exports d'horaire : ajoutez la "
        "colonne du genre au tableau lui-même.",
    ),
    "no_people": ("The schedule lists no people.", "L'horaire ne compte aucune personne."),
    "more_problems": (
        "{count} more problems are not listed.",
        "{count} autres problèmes ne sont pas affichés.",
    ),
}

ROW_PREFIX = ("Row {row}: ", "Ligne {row} : ")


def label(key: str, lang: str) -> str:
    en, fr = LABELS.get(key, (key, key))
    return fr_typo(fr) if check_lang(lang) == "fr" else en


def flag_help(key: str, lang: str) -> str:
    en, fr = FLAG_HELP[key]
    return fr_typo(fr) if check_lang(lang) == "fr" else en


def problem_message(code: str, lang: str, *, row: int | None = None, **params: object) -> str:
    check_lang(lang)
    en, fr = PROBLEMS.get(code, (code, code))
    template = fr_typo(fr) if lang == "fr" else en
    values = {
        k: (fmt_int(v, lang) if isinstance(v, int) and not isinstance(v, bool) else v)
        for k, v in params.items()
        if v is not None
    }
    if "key" in values:
        values["key"] = label("col_" + str(values["key"]), lang)
    if "missing" in values:
        values["missing"] = label("col_" + str(values["missing"]), lang)
    try:
        text = template.format_map(_Default(values))
    except (ValueError, IndexError):  # a brace in a value never reaches format
        text = template
    if row is not None:
        prefix = fr_typo(ROW_PREFIX[1]) if lang == "fr" else ROW_PREFIX[0]
        text = prefix.format(row=fmt_int(row, lang)) + text[:1].upper() + text[1:]
    return text


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "?"
