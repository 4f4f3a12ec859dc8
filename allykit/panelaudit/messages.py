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
    "col_given_name": ("first name", "prénom"),
    "col_family_name": ("last name", "nom de famille"),
    "col_role_hint": ("session type", "type de séance"),
    "col_ignore": ("ignored", "ignorée"),
    "one_chair": ("chair", "présidence"),
    "one_panellist": ("panellist", "panéliste"),
    "one_speaker": ("speaker", "conférencier ou conférencière"),
    "one_keynote": ("keynote speaker", "conférence principale"),
    "src_type": ("type", "type"),
    "src_format": ("format category", "catégorie de format"),
    "src_track": ("track", "volet"),
    "src_title": ("title", "titre"),
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
        "This does not look like a table or a schedule export (it contains binary data). "
        "The checker reads: {formats}.",
        "Ce contenu ne ressemble ni à un tableau ni à un export d'horaire "
        "(il contient des données binaires). Le vérificateur lit : {formats}.",
    ),
    "xls_unsupported": (
        "Old Excel (.xls) or password-protected files cannot be read: save as .xlsx or CSV.",
        "Les anciens fichiers Excel (.xls) ou protégés par "
        "mot de passe ne peuvent pas être lus : enregistrez en .xlsx ou CSV.",
    ),
    "not_xlsx": (
        "This file is named as an Excel workbook but is not one. Save it again as .xlsx or "
        "CSV; the checker reads: {formats}.",
        "Ce fichier porte le nom d'un classeur Excel sans en être un. Enregistrez-le de "
        "nouveau en .xlsx ou en CSV; le vérificateur lit : {formats}.",
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
        "No header row with a {missing} column was found in the first rows of any sheet "
        "(columns read: {found}). Name the columns session, name, role and gender (gender may "
        "be left out), or choose below what each column holds.",
        "Aucune ligne d'en-tête avec une colonne {missing} n'a été trouvée dans les premières "
        "lignes des feuilles (colonnes lues : {found}). Nommez les colonnes séance, nom, rôle et "
        "genre (le genre peut manquer), ou choisissez ci-dessous ce que contient chaque colonne.",
    ),
    "supplement_no_gender": (
        "The supplementary table has no gender column. Add a column named gender next to the "
        "names (or speaker codes).",
        "Le tableau complémentaire n'a pas de colonne de genre. Ajoutez une colonne genre à côté "
        "des noms (ou des codes des personnes).",
    ),
    "supplement_no_name": (
        "The supplementary table has no name or speaker code column to match the schedule: "
        "add one.",
        "Le tableau complémentaire n'a pas de colonne de nom ni de code de personne pour "
        "l'apparier à l'horaire : ajoutez-en une.",
    ),
    "bad_mapping": (
        "The column choice could not be used ({detail}): choose session, name, role, gender "
        "or ignore for each column.",
        "Le choix des colonnes est inutilisable ({detail}) : choisissez séance, nom, rôle, genre "
        "ou ignorer pour chaque colonne.",
    ),
    "header_found": (
        "Header on row {header_row}{sheet_part}; {columns}.",
        "En-tête à la ligne {header_row}{sheet_part}; {columns}.",
    ),
    "other_sheets": (
        "The other sheets ({count}) were not read: they hold no better header.",
        "Les autres feuilles ({count}) n'ont pas été lues : elles n'ont pas de meilleur en-tête.",
    ),
    "no_gender_column": (
        "There is no gender column: everyone is counted as not stated. Download the template "
        "below, fill in the gender column and check again.",
        "Il n'y a pas de colonne de genre : tout le monde est compté comme non déclaré. "
        "Téléchargez le modèle ci-dessous, remplissez la colonne du genre et vérifiez de nouveau.",
    ),
    "comment_rows": (
        "{count} comment rows (starting with #) were skipped.",
        "{count} lignes de commentaire (commençant par #) ont été ignorées.",
    ),
    "several_people": (
        "{count} people in one cell: each is counted.",
        "{count} personnes dans une cellule : chacune est comptée.",
    ),
    "gender_mismatch": (
        "{names} names but {values} gender values: give one gender per name, in the same order "
        "and with the same separator. These people are counted as not recognised.",
        "{names} noms mais {values} valeurs de genre : indiquez un genre par nom, dans le même "
        "ordre et avec le même séparateur. Ces personnes sont comptées comme non reconnues.",
    ),
    "role_mismatch": (
        "{names} names but {values} roles: give one role for all or one per name, in order.",
        "{names} noms mais {values} rôles : indiquez un rôle pour toutes ou un par nom, "
        "dans l'ordre.",
    ),
    "sheet_rows_declared": (
        "Sheet “{sheet}” declares a row number of {declared}, beyond the {limit} rows read. "
        "Delete the rows below the programme (or save it as CSV) and try again.",
        "La feuille « {sheet} » déclare une ligne numéro {declared}, au-delà des {limit} lignes "
        "lues. Supprimez les lignes sous le programme (ou enregistrez-le en CSV) et réessayez.",
    ),
    "too_many_events": (
        "The schedule lists more than {limit} sessions. Export one part of the event (a day "
        "or a track) at a time.",
        "L'horaire compte plus de {limit} séances. Exportez une partie de l'événement (un jour "
        "ou un volet) à la fois.",
    ),
    "too_deep": (
        "The file is nested more than {limit} levels deep, which no schedule export is. Export "
        "the schedule again from pretalx, frab or Sessionize.",
        "Le fichier est imbriqué sur plus de {limit} niveaux, ce qu'aucun export d'horaire ne "
        "fait. Exportez de nouveau l'horaire depuis pretalx, frab ou Sessionize.",
    ),
    "too_many_lines": (
        "The text has more than {limit} lines, most of them blank. Delete the empty lines "
        "below the table, or split the programme into parts.",
        "Le texte compte plus de {limit} lignes, vides pour la plupart. Supprimez les lignes "
        "vides sous le tableau ou divisez le programme en parties.",
    ),
    "too_many_elements": (
        "The file holds more than {limit} elements. Export one part of the event at a time.",
        "Le fichier compte plus de {limit} éléments. Exportez une partie de l'événement à la fois.",
    ),
    "empty_persons": (
        "{count} empty person entries were skipped.",
        "{count} entrées de personne vides ont été ignorées.",
    ),
    "names_split": (
        "{count} person entries held several names joined by commas or “and”: each name is "
        "counted. Check these sessions.",
        "{count} entrées de personne contenaient plusieurs noms joints par des virgules ou "
        "« et » : chaque nom est compté. Vérifiez ces séances.",
    ),
    "roles_inferred": (
        "Roles of {count} sessions were read from their {source} (keynote, panel, podium, "
        "fishbowl).",
        "Les rôles de {count} séances ont été déduits de leur {source} (conférence principale, "
        "panel, podium, aquarium).",
    ),
    "submissions_left_out": (
        "{count} submissions that are not accepted or confirmed were left out.",
        "{count} propositions qui ne sont ni acceptées ni confirmées ont été laissées de côté.",
    ),
    "gender_from_question": (
        "Gender was read from the speakers' answers to a question about gender ({count} people).",
        "Le genre a été lu dans les réponses des personnes à une question sur le genre "
        "({count} personnes).",
    ),
    "no_rows": (
        "The table has a header but no rows of people.",
        "Le tableau a une ligne d'en-tête mais aucune ligne de personnes.",
    ),
    "bad_json": ("The JSON could not be read ({detail}).", "Le JSON est illisible ({detail})."),
    "bad_xml": ("The XML could not be read ({detail}).", "Le XML est illisible ({detail})."),
    "bad_schedule": (
        "This is not a schedule export we can read ({detail}). Download one of: pretalx "
        "<event>/schedule/export/schedule.json or schedule.xml, the pretalx API's "
        "/api/events/<event>/submissions/, frab's schedule.xml, or Sessionize's JSON view "
        "“All”; or paste a table.",
        "Ce n'est pas un export d'horaire lisible ({detail}). Téléchargez l'un de ceux-ci : "
        "pretalx <événement>/schedule/export/schedule.json ou schedule.xml, l'API pretalx "
        "/api/events/<événement>/submissions/, le schedule.xml de frab ou la vue JSON « All » "
        "de Sessionize; ou collez un tableau.",
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
    "no_people": (
        "The schedule lists sessions but no people in them. Export it again with speakers "
        "included, or paste a table of session, name and gender.",
        "L'horaire énumère des séances mais aucune personne. Exportez-le de nouveau avec les "
        "personnes, ou collez un tableau de séances, de noms et de genres.",
    ),
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
    if "{formats}" in template:
        from .formats import labels

        values["formats"] = labels(lang)
    if "key" in values:
        values["key"] = label("col_" + str(values["key"]), lang)
    if "missing" in values:
        values["missing"] = label("col_" + str(values["missing"]), lang)
    if "columns" in values or "found" in values:
        for key in ("columns", "found"):
            if key in values:
                values[key] = _columns(values[key], lang)
    if "header_row" in values:
        sheet = values.get("sheet") or ""
        values["sheet_part"] = (
            (f" of sheet “{sheet}”" if lang == "en" else f" de la feuille « {sheet} »")
            if sheet
            else ""
        )
    if "source" in values:
        values["source"] = label("src_" + str(values["source"]), lang)
    try:
        text = template.format_map(_Default(values))
    except (ValueError, IndexError):  # a brace in a value never reaches format
        text = template
    if row is not None:
        prefix = fr_typo(ROW_PREFIX[1]) if lang == "fr" else ROW_PREFIX[0]
        text = prefix.format(row=fmt_int(row, lang)) + text[:1].upper() + text[1:]
    return text


def coverage_line(stated: int, people: int, lang: str) -> str:
    """The headline of how much is known: 'Gender stated for 12 of 40 places (30 %).'"""
    from .typo import fmt_pct

    share = fmt_pct(stated / people, lang) if people else "–"
    if lang == "fr":
        return fr_typo(
            f"Genre déclaré pour {fmt_int(stated, lang)} des {fmt_int(people, lang)} places "
            f"({share})."
        )
    return f"Gender stated for {fmt_int(stated, lang)} of {fmt_int(people, lang)} places ({share})."


def no_information_line(count: int, lang: str) -> str:
    """One line for all the sessions where nobody's gender is stated."""
    if lang == "fr":
        word = "séance" if count < 2 else "séances"
        return fr_typo(
            f"{fmt_int(count, lang)} {word} sans aucune information sur le genre : elles ne sont "
            "pas détaillées ici. Remplissez le modèle pour les compter."
        )
    word = "session has" if count == 1 else "sessions have"
    return (
        f"{fmt_int(count, lang)} {word} no gender information at all: not listed one by one. "
        "Fill in the template to count them."
    )


def layout_message(layout: dict, lang: str) -> str:
    """'Header on row 3 of sheet “Programme”; Speaker → name, Gender → gender.'"""
    pairs = [[c["header"], c["field"]] for c in layout.get("columns", []) if c.get("field")]
    return problem_message(
        "header_found",
        lang,
        sheet=layout.get("sheet") or "",
        header_row=layout.get("row") or 1,
        columns=pairs[:20],
    )


def _columns(pairs: object, lang: str) -> str:
    """[['Speaker', 'name'], ...] -> 'Speaker → name, Gender → gender'."""
    out = []
    for pair in pairs if isinstance(pairs, (list, tuple)) else []:
        header, key = (list(pair) + ["", ""])[:2]
        out.append(f"{header} → {field_label(key, lang)}")
    return ", ".join(out) or ("none" if lang == "en" else "aucune")


def field_label(key: str | None, lang: str) -> str:
    if not key:
        return "ignored" if lang == "en" else "ignorée"
    if key.startswith("slot:") or key.startswith("slotgender:"):
        kind, role, number = key.split(":")
        what = label("one_" + role, lang)
        if kind == "slotgender":
            return f"gender of {what} {number}" if lang == "en" else f"genre : {what} {number}"
        return f"{what} {number}"
    if key.startswith("x:"):
        return "extra column" if lang == "en" else "colonne supplémentaire"
    return label("col_" + key, lang) if "col_" + key in LABELS else label(key, lang)


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "?"
