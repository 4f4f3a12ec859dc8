"""The panel checker's engine strings, in English: the msgids of the `panelaudit` gettext
domain. French is in locale/fr/LC_MESSAGES/panelaudit.po (see i18n.py); a plural is a
`Plural(singular, plural, param)` chosen with ngettext on the number in `param`."""

from __future__ import annotations

from typing import NamedTuple


class Plural(NamedTuple):
    singular: str
    plural: str
    param: str = "count"


# Labels are looked up with the context "label" (pgettext).
LABELS: dict[str, str] = {
    "woman": "Women",
    "man": "Men",
    "non_binary": "Non-binary people",
    "another": "Another term",
    "not_stated": "Not stated",
    "unrecognised": "Not recognised (see problems)",
    "keynote": "Keynote speakers",
    "plenary": "Plenary speakers",
    "chair": "Chairs and moderators",
    "panellist": "Panellists",
    "speaker": "Speakers",
    "all": "Whole event",
    "headline": "Keynotes and plenaries",
    "panels": "Panels (chairs and panellists)",
    "talks": "Other talks",
    "racialised": "Racialised",
    "indigenous": "Indigenous",
    "disability": "Disability",
    "career_stage": "Career stage",
    "discipline": "Discipline",
    "institution": "Institution",
    "region": "Region",
    "yes": "Yes",
    "no": "No",
    "col_session": "session",
    "col_name": "name",
    "col_role": "role",
    "col_gender": "gender",
    "col_code": "code",
    "col_given_name": "first name",
    "col_family_name": "last name",
    "col_role_hint": "session type",
    "col_ignore": "ignored",
    "one_chair": "chair",
    "one_panellist": "panellist",
    "one_speaker": "speaker",
    "one_keynote": "keynote speaker",
    "src_type": "type",
    "src_format": "format category",
    "src_track": "track",
    "src_title": "title",
    "all_men": "All-men panel",
    "all_men_but_moderator": "All men except the moderator",
    "token": "Single woman or gender-diverse person among five or more (token)",
    "all_known_men": "Men only among those whose gender is stated",
    "no_information": "No gender information",
}

FLAG_HELP: dict[str, str] = {
    "all_men": "Everyone in this session is a man.",
    "all_men_but_moderator": (
        "The only women or gender-diverse people in this session moderate or chair it."
    ),
    "token": (
        "One woman or gender-diverse person among five or more people: Kanter "
        "(1977) found that people who are roughly 15 % or less of a group tend "
        "to be treated as tokens."
    ),
    "all_known_men": (
        "Some genders are not stated, and all the stated ones are men: check "
        "before the programme is final."
    ),
    "no_information": "Nobody in this session has a gender stated.",
}

PROBLEMS: dict[str, str | Plural] = {
    "empty": (
        "The file or text is empty. Paste a table (with its row of column names) or choose a file."
    ),
    "too_large": "The input is larger than {limit} MB. Split the programme into parts.",
    "too_many_rows": "The table has more than {limit} rows. Split the programme into parts.",
    "binary": (
        "This does not look like a table or a schedule export (it contains "
        "binary data). The checker reads: {formats}."
    ),
    "xls_unsupported": (
        "Old Excel (.xls) or password-protected files cannot be read: save as .xlsx or CSV."
    ),
    "not_xlsx": (
        "This file is named as an Excel workbook but is not one. Save it again "
        "as .xlsx or CSV; the checker reads: {formats}."
    ),
    "unsafe_xlsx": (
        "The workbook was refused: {detail}. Save it again as .xlsx or CSV from"
        " your spreadsheet program, or copy the cells and paste them here."
    ),
    "unreadable_xlsx": "The Excel workbook could not be read. Save it again as .xlsx or CSV.",
    "bad_encoding": "The text encoding could not be read. Save the file as UTF-8 CSV.",
    "malformed_csv": (
        "The table cannot be read from here on ({detail}). Check for a "
        "quotation mark that is never closed, or save the file again as CSV."
    ),
    "one_column": ("Only one column was found. Separate columns with commas, semicolons or tabs."),
    "no_header": (
        "No header row with a {missing} column was found in the first rows of "
        "any sheet (columns read: {found}). Name the columns session, name, "
        "role and gender (gender may be left out), or choose below what each "
        "column holds."
    ),
    "supplement_no_gender": (
        "The supplementary table has no gender column. Add a column named "
        "gender next to the names (or speaker codes)."
    ),
    "supplement_no_name": (
        "The supplementary table has no name or speaker code column to match the schedule: add one."
    ),
    "bad_mapping": (
        "The column choice could not be used ({detail}): choose session, name, "
        "role, gender or ignore for each column."
    ),
    "header_found": "Header on row {header_row}{sheet_part}; {columns}.",
    "other_sheets": Plural(
        "The other sheet was not read: it holds no better header.",
        "The other {count} sheets were not read: they hold no better header.",
        "count",
    ),
    "no_gender_column": (
        "There is no gender column: everyone is counted as not stated. Download"
        " the template below, fill in the gender column and check again."
    ),
    "comment_rows": Plural(
        "{count} comment row (starting with #) was skipped.",
        "{count} comment rows (starting with #) were skipped.",
        "count",
    ),
    "several_people": Plural(
        "{count} person in one cell.",
        "{count} people in one cell: each is counted.",
        "count",
    ),
    "gender_mismatch": Plural(
        (
            "{names} names but {values} gender value: give one gender per name, in "
            "the same order and with the same separator. These people are counted "
            "as not recognised."
        ),
        (
            "{names} names but {values} gender values: give one gender per name, in"
            " the same order and with the same separator. These people are counted "
            "as not recognised."
        ),
        "values",
    ),
    "role_mismatch": Plural(
        ("{names} names but {values} role: give one role for all or one per name, in order."),
        ("{names} names but {values} roles: give one role for all or one per name, in order."),
        "values",
    ),
    "sheet_rows_declared": (
        "Sheet “{sheet}” declares a row number of {declared}, beyond the "
        "{limit} rows read. Delete the rows below the programme (or save it as "
        "CSV) and try again."
    ),
    "too_many_events": (
        "The schedule lists more than {limit} sessions. Export one part of the "
        "event (a day or a track) at a time."
    ),
    "too_deep": (
        "The file is nested more than {limit} levels deep, which no schedule "
        "export is. Export the schedule again from pretalx, frab or Sessionize."
    ),
    "too_many_lines": (
        "The text has more than {limit} lines, most of them blank. Delete the "
        "empty lines below the table, or split the programme into parts."
    ),
    "too_many_elements": (
        "The file holds more than {limit} elements. Export one part of the event at a time."
    ),
    "empty_persons": Plural(
        "{count} empty person entry was skipped.",
        "{count} empty person entries were skipped.",
        "count",
    ),
    "names_split": Plural(
        (
            "{count} person entry held several names joined by commas or “and”: "
            "each name is counted. Check this session."
        ),
        (
            "{count} person entries held several names joined by commas or “and”: "
            "each name is counted. Check these sessions."
        ),
        "count",
    ),
    "roles_inferred": Plural(
        (
            "The role of {count} session was read from its {source} (keynote, "
            "panel, podium, fishbowl)."
        ),
        (
            "The roles of {count} sessions were read from their {source} (keynote, "
            "panel, podium, fishbowl)."
        ),
        "count",
    ),
    "submissions_left_out": Plural(
        "{count} submission that is not accepted or confirmed was left out.",
        "{count} submissions that are not accepted or confirmed were left out.",
        "count",
    ),
    "gender_from_question": Plural(
        ("Gender was read from the speakers' answers to a question about gender ({count} person)."),
        ("Gender was read from the speakers' answers to a question about gender ({count} people)."),
        "count",
    ),
    "no_rows": (
        "The table has a header but no rows of people under it. Add one row per person and session."
    ),
    "bad_json": (
        "The JSON could not be read ({detail}). Download the export again: "
        "pretalx <event>/schedule/export/schedule.json, the pretalx API's "
        "/api/events/<event>/submissions/, or Sessionize's JSON view “All”."
    ),
    "bad_xml": (
        "The XML could not be read ({detail}). Download the export again: "
        "pretalx <event>/schedule/export/schedule.xml or frab's schedule.xml."
    ),
    "bad_schedule": (
        "This is not a schedule export we can read ({detail}). Download one of:"
        " pretalx <event>/schedule/export/schedule.json or schedule.xml, the "
        "pretalx API's /api/events/<event>/submissions/, frab's schedule.xml, "
        "or Sessionize's JSON view “All”; or paste a table."
    ),
    "unknown_column": "Column “{column}” was not recognised and was ignored.",
    "duplicate_column": "Column “{column}” repeats an earlier {key} column and was ignored.",
    "no_role_column": "There is no role column: everyone is counted as a speaker.",
    "unknown_gender": (
        "gender “{value}” was not recognised. Use woman, man, non-binary, "
        "another term or not stated."
    ),
    "unknown_role": (
        "role “{value}” was not recognised. Use keynote, plenary, chair, "
        "moderator, panellist or speaker."
    ),
    "missing_role": "no role given: counted under “role not recognised”.",
    "cells_outside": "cells beyond the {columns} named columns were ignored.",
    "unknown_value": (
        "“{value}” in column “{column}” was not recognised (use yes, no or leave blank)."
    ),
    "formula": ("column “{column}” holds a formula, which is not read. Paste the values instead."),
    "session_filled": "no session given: counted in the session above ({session}).",
    "no_session": "no session given and no session above: the row was not counted.",
    "ragged_row": (
        "the row has {cells} cells but the header has {columns}: the row was "
        "not counted (check for a separator inside a cell)."
    ),
    "short_row": (
        "the row has {cells} cells but the header has {columns}: the missing "
        "cells were read as blank."
    ),
    "duplicate_person": (
        "the same person appears again in this session (first on row {first}): counted once."
    ),
    "conflicting_gender": (
        "the same person has a different gender on row {first}: check both rows."
    ),
    "schedule_no_gender": Plural(
        (
            "Schedule exports do not say anyone's gender: {count} person is counted"
            " as not stated. Add a table of name and gender to count them."
        ),
        (
            "Schedule exports do not say anyone's gender: {count} people are "
            "counted as not stated. Add a table of name and gender to count them."
        ),
        "count",
    ),
    "schedule_roles": (
        "Schedule exports do not say who moderates: everyone on a panel is counted as a panellist."
    ),
    "supplement_unmatched": "this person in the supplementary table is not in the schedule.",
    "supplement_for_table": (
        "A supplementary table is only used with schedule exports: add the "
        "gender column to the table itself."
    ),
    "no_people": (
        "The schedule lists sessions but no people in them. Export it again "
        "with speakers included, or paste a table of session, name and gender."
    ),
    "more_problems": Plural(
        "{count} more problem is not listed.",
        "{count} more problems are not listed.",
        "count",
    ),
}
