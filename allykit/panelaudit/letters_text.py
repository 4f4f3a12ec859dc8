"""Texts of the organiser checklist and of the letters' figures paragraph, in English: the
msgids of the `panelaudit` gettext domain (contexts "checklist" and "letter"); French is in
locale/fr/LC_MESSAGES/panelaudit.po. The letters themselves are content files in texts/.

Placeholders in {braces} are filled with the event's figures; [square brackets] are for the
person sending the letter to fill in. No person's name is ever filled in by the checker.
"""

CHECKLIST: dict[str, str] = {
    "fix_problems": (
        "Fix the {n} problems listed with their row numbers, then check again: "
        "until then the counts are incomplete."
    ),
    "all_men": (
        "Sessions with only men ({n}): {sessions}. Invite women and "
        "gender-diverse speakers before you confirm these sessions."
    ),
    "all_men_but_moderator": (
        "Sessions where the only women or gender-diverse people moderate ({n}):"
        " {sessions}. Give them speaking places too, not only the chair."
    ),
    "token": (
        "Sessions with a single woman or gender-diverse person among five or "
        "more ({n}): {sessions}. Add at least one more: a lone member of a "
        "group is easily treated as a token (Kanter, 1977)."
    ),
    "unknown": (
        "Sessions where gender is missing for some or all people ({n}): "
        "{sessions}. Ask speakers to describe their gender if they wish "
        '(optional, with "prefer not to say"), rather than guessing.'
    ),
    "below_target": (
        "{group}: women hold {share} of the places whose gender is stated, "
        "against a target of {target}. {needed} more places would need to go to"
        " women."
    ),
    "chairs": (
        "Choose chairs and moderators with care: in a study of 3,652 colloquium"
        " talks, about 49% of speakers were women when a woman chaired the "
        "committee that invited them, against about 30% with a man (Nittrouer "
        "et al., 2018)."
    ),
    "dimensions": (
        "Look at the other dimensions counted ({names}) the same way: who is "
        "missing from keynotes and panels?"
    ),
    "ask_speakers": (
        "Ask the women and gender-diverse speakers already confirmed whom they "
        "would recommend, and thank them for it."
    ),
    "look_wider": (
        "Look beyond the usual senior names: people early in their careers, "
        "other professions and roles (from clinical and research staff to data,"
        " technical and community partners), other institutions and regions."
    ),
    "directories": (
        "Search professional associations' member lists, their women's and "
        "equity sections, award lists and past programmes of similar events "
        "(conferences, research days, hackathons) in your field."
    ),
    "networks": (
        "Reach Indigenous and racialised experts through their own "
        "organisations and networks, with enough notice and fair pay."
    ),
    "feasible": (
        "Make saying yes possible: invite early, cover travel and child care, "
        "offer remote participation and pay speakers equally."
    ),
}

FIGURES = (
    "Of the {stated} speaking places whose speakers' gender is stated, "
    "{women} ({share}) go to women, against a target of {target}: "
    "{target_label}."
)
FIGURES_HEADLINE = " Keynotes and plenaries: {women} of {stated} ({share})."
# ngettext: singular, plural (the number is {n})
FIGURES_MANELS = (
    " One session has only men in it.",
    " {n} sessions have only men in them.",
)
