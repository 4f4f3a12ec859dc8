# ruff: noqa: E501  (letter paragraphs are kept one per line)
"""Texts of the organiser checklist and of the letters, in English and Canadian French.

Placeholders in {braces} are filled with the event's figures; [square brackets] are for the
person sending the letter to fill in. No person's name is ever filled in by the checker.
"""

# fmt: off
CHECKLIST = {
    "fix_problems": (
        "Fix the {n} problems listed with their row numbers, then check again: until then "
        "the counts are incomplete.",
        "Corrigez les {n} problèmes signalés avec leur numéro de ligne, puis vérifiez de "
        "nouveau : d'ici là, les chiffres sont incomplets."),
    "all_men": (
        "Sessions with only men ({n}): {sessions}. Invite women and gender-diverse speakers "
        "before you confirm these sessions.",
        "Séances composées uniquement d'hommes ({n}) : {sessions}. Invitez des femmes et des "
        "personnes de la diversité de genre avant de confirmer ces séances."),
    "all_men_but_moderator": (
        "Sessions where the only women or gender-diverse people moderate ({n}): {sessions}. "
        "Give them speaking places too, not only the chair.",
        "Séances où les seules femmes ou personnes de la diversité de genre animent ({n}) : "
        "{sessions}. Confiez-leur aussi des places de panéliste, pas seulement l'animation."),
    "token": (
        "Sessions with a single woman or gender-diverse person among five or more ({n}): "
        "{sessions}. Add at least one more: a lone member of a group is easily treated as a "
        "token (Kanter, 1977).",
        "Séances comptant une seule femme ou personne de la diversité de genre parmi cinq ou "
        "plus ({n}) : {sessions}. Ajoutez-en au moins une autre : une personne seule de son "
        "groupe est facilement traitée comme un « jeton » (Kanter, 1977)."),
    "unknown": (
        "Sessions where gender is missing for some or all people ({n}): {sessions}. Ask "
        "speakers to describe their gender if they wish (optional, with \"prefer not to say\"), "
        "rather than guessing.",
        "Séances où le genre manque pour une partie ou la totalité des personnes ({n}) : "
        "{sessions}. Demandez aux personnes de décrire leur genre si elles le souhaitent "
        "(facultatif, avec « préfère ne pas répondre »), plutôt que de le deviner."),
    "below_target": (
        "{group}: women hold {share} of the places whose gender is stated, against a target "
        "of {target}. {needed} more places would need to go to women.",
        "{group} : les femmes occupent {share} des places dont le genre est déclaré, pour une "
        "cible de {target}. Il faudrait confier {needed} places de plus à des femmes."),
    "chairs": (
        "Choose chairs and moderators with care: in a study of 3,652 colloquium talks, about "
        "49% of speakers were women when a woman chaired the committee that invited them, "
        "against about 30% with a man (Nittrouer et al., 2018).",
        "Choisissez avec soin les présidences et l'animation : dans une étude de 3 652 "
        "colloques, environ 49 % des conférences étaient données par des femmes quand une "
        "femme présidait le comité qui invitait, contre environ 30 % avec un homme "
        "(Nittrouer et al., 2018)."),
    "dimensions": (
        "Look at the other dimensions counted ({names}) the same way: who is missing from "
        "keynotes and panels?",
        "Examinez de la même façon les autres dimensions comptées ({names}) : qui manque aux "
        "conférences principales et aux panels?"),
    "ask_speakers": (
        "Ask the women and gender-diverse speakers already confirmed whom they would "
        "recommend, and thank them for it.",
        "Demandez aux femmes et aux personnes de la diversité de genre déjà confirmées qui "
        "elles recommanderaient, et remerciez-les."),
    "look_wider": (
        "Look beyond the usual senior names: people early in their careers, other "
        "professions and roles (from clinical and research staff to data, technical and "
        "community partners), other institutions and regions.",
        "Regardez au-delà des noms habituels : personnes en début de carrière, autres "
        "professions et fonctions (du personnel clinique et de recherche aux partenaires des "
        "données, de la technique et de la communauté), autres établissements et régions."),
    "directories": (
        "Search professional associations' member lists, their women's and equity sections, "
        "award lists and past programmes of similar events (conferences, research days, "
        "hackathons) in your field.",
        "Consultez les listes de membres des associations professionnelles, leurs sections "
        "consacrées aux femmes et à l'équité, les palmarès de prix et les programmes passés "
        "d'événements semblables (congrès, journées de la recherche, hackathons) de votre "
        "domaine."),
    "networks": (
        "Reach Indigenous and racialised experts through their own organisations and "
        "networks, with enough notice and fair pay.",
        "Joignez les expertes et experts autochtones et racisés par leurs propres "
        "organisations et réseaux, avec un préavis suffisant et une rémunération équitable."),
    "feasible": (
        "Make saying yes possible: invite early, cover travel and child care, offer remote "
        "participation and pay speakers equally.",
        "Rendez le « oui » possible : invitez tôt, couvrez les déplacements et la garde "
        "d'enfants, offrez la participation à distance et rémunérez toutes les personnes de "
        "la même façon."),
}

FIGURES = (
    "Of the {stated} speaking places whose speakers' gender is stated, {women} ({share}) "
    "go to women, against a target of {target}: {target_label}.",
    "Sur les {stated} places de conférence dont le genre est déclaré, {women} ({share}) "
    "reviennent à des femmes, pour une cible de {target} : {target_label}.",
)
FIGURES_HEADLINE = (
    " Keynotes and plenaries: {women} of {stated} ({share}).",
    " Conférences principales et plénières : {women} sur {stated} ({share}).",
)
FIGURES_MANELS = (
    " {n} sessions have only men in them.",
    " {n} séances ne comptent que des hommes.",
)
FIGURES_MANEL = (
    " One session has only men in it.",
    " Une séance ne compte que des hommes.",
)

# The letters themselves are content: texts/decline.<lang>.txt and texts/conditions.<lang>.txt.
# fmt: on
