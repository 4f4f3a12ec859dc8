"""Every sentence the checker writes, in English and Canadian French.

Suggestions are phrased as options, not verdicts (federal inclusive-writing guidelines).
"""

from __future__ import annotations

REASONS: dict[str, dict[str, str]] = {
    "effort": {
        "en": "Effort words praise hard work rather than ability and appear more often in "
        "letters for women; pair them with what the effort achieved.",
        "fr": "Les mots d'effort vantent le travail plutôt que la compétence et reviennent plus "
        "souvent dans les lettres pour des femmes; précisez ce que l'effort a permis d'accomplir.",
    },
    "ability": {
        "en": "Ability and standout word: this kind of wording strengthens a letter; no change "
        "needed.",
        "fr": "Mot de compétence ou d'excellence : ce type de formulation renforce la lettre; "
        "aucun changement requis.",
    },
    "doubt": {
        "en": "Hedges, faint praise and negative asides raise doubt about the candidate and "
        "lower how readers rate the whole letter.",
        "fr": "Les réserves, les éloges tièdes et les remarques négatives sèment le doute sur la "
        "personne candidate et font baisser l'appréciation de toute la lettre.",
    },
    "personal": {
        "en": "Family, personal life and appearance are irrelevant to the role and are "
        "mentioned far more often for women; consider removing this.",
        "fr": "La famille, la vie personnelle et l'apparence n'ont rien à voir avec le poste et "
        "sont bien plus souvent évoquées pour les femmes; envisagez de retirer ce passage.",
    },
    "communal": {
        "en": "Communal descriptors (caring, helpful, warm) are used more for women and can "
        "read as less hireable; balance them with concrete achievements.",
        "fr": "Les qualificatifs communautaires (bienveillante, serviable, chaleureuse) visent "
        "surtout les femmes; équilibrez-les avec des réalisations concrètes.",
    },
    "agentic": {
        "en": "Agentic descriptor: counted for the agentic-to-communal balance; no change needed.",
        "fr": "Qualificatif agentique : compté dans l'équilibre agentique-communautaire; aucun "
        "changement requis.",
    },
    "gender_marker": {
        "en": "Naming the gender before a role implies the role is normally held by another "
        "gender; the role alone is enough.",
        "fr": "Préciser le genre devant une fonction laisse entendre qu'elle revient "
        "normalement à l'autre genre; la fonction suffit.",
    },
    "conditional_superlative": {
        "en": "A superlative limited to a gender (best among women) is weaker praise than an "
        "unqualified one; compare the candidate with everyone.",
        "fr": "Un superlatif limité à un genre (la meilleure des femmes) est un éloge plus "
        "faible; comparez la personne à l'ensemble des candidatures.",
    },
    "first_name": {
        "en": "The candidate is called by first name while others get a title and surname; "
        "use the same form for everyone.",
        "fr": "La personne est appelée par son prénom alors que d'autres ont droit au titre et "
        "au nom; employez la même forme pour tout le monde.",
    },
    "vague_praise": {
        "en": "Vague praise gives readers nothing to act on and weighs less than specific, "
        "outcome-linked feedback; name what was done and its result.",
        "fr": "Un éloge vague ne donne rien de concret et pèse moins qu'une rétroaction précise "
        "liée aux résultats; nommez ce qui a été fait et son effet.",
    },
    "stereotype": {
        "en": "This word invokes a gender stereotype and is used far more often about women; "
        "describe the specific behaviour and its effect instead.",
        "fr": "Ce mot renvoie à un stéréotype de genre et vise surtout les femmes; décrivez "
        "plutôt le comportement précis et son effet.",
    },
    "stereotype_negated": {
        "en": "Even negated, this word invokes a gender stereotype (not emotional still brings "
        "emotion to mind); describe what the person does instead.",
        "fr": "Même niée, cette formule évoque un stéréotype de genre (pas émotive fait penser "
        "à l'émotivité); décrivez plutôt ce que fait la personne.",
    },
    "masculine_coded": {
        "en": "Masculine-coded wording in job ads lowers how appealing the job looks to women "
        "without drawing more men; consider a neutral word.",
        "fr": "Une formulation à connotation masculine rend l'offre moins attrayante pour les "
        "femmes sans attirer plus d'hommes; envisagez un mot neutre.",
    },
    "feminine_coded": {
        "en": "Feminine-coded word: counted for the balance with masculine-coded wording; no "
        "change needed.",
        "fr": "Mot à connotation féminine : compté dans l'équilibre avec les mots à connotation "
        "masculine; aucun changement requis.",
    },
    "gendered_term": {
        "en": "This term names one gender for a role or group anyone can fill; a neutral term "
        "says the same thing.",
        "fr": "Ce terme désigne un seul genre pour un rôle ou un groupe ouvert à tout le monde; "
        "une forme neutre ou un doublet dit la même chose.",
    },
    "masculine_generic": {
        "en": "Masculine generic used for a role anyone can fill.",
        "fr": "Le masculin générique fait surtout penser à des hommes; préférez une formulation "
        "neutre ou un doublet complet.",
    },
    "jargon": {
        "en": "Bro-culture jargon (rockstar, ninja) signals a narrow culture and deters many "
        "applicants; describe the actual skill.",
        "fr": "Le jargon de type « rockstar » ou « ninja » évoque une culture fermée et décourage "
        "bien des candidatures; décrivez la compétence réelle.",
    },
    "exclusionary": {
        "en": "A requirement that screens out people the job does not need to exclude (by "
        "language of origin, career breaks, family status, age or a physical demand that may "
        "not be essential); state what the work really needs.",
        "fr": "Une exigence qui écarte des personnes sans que le poste l'exige (langue "
        "d'origine, interruption de carrière, situation familiale, âge ou effort physique "
        "peut-être non essentiel); précisez ce que le travail exige vraiment.",
    },
    "confidence_deficit": {
        "en": "A line about confidence the candidate has yet to build reads as a shortcoming, "
        "not as agentic praise; state the confidence already shown, or leave it out.",
        "fr": "Une phrase sur l'assurance que la personne doit encore acquérir se lit comme une "
        "lacune, pas comme un éloge agentique; décrivez l'assurance déjà démontrée, ou "
        "retirez-la.",
    },
    "posting_gap": {
        "en": "Something a good job posting states is missing (salary range, flexibility or an "
        "accommodation statement).",
        "fr": "Il manque un élément qu'une bonne offre d'emploi précise (échelle salariale, "
        "souplesse ou mesures d'adaptation).",
    },
    "posting_gap.salary": {
        "en": "The posting gives no salary range; a stated range tells every applicant what "
        "to expect and makes offers easier to compare.",
        "fr": "L'offre ne donne pas d'échelle salariale; une échelle affichée dit à chaque "
        "personne à quoi s'attendre et rend les offres plus faciles à comparer.",
    },
    "posting_gap.flexibility": {
        "en": "The posting says nothing about flexibility (part-time, flexible hours, remote "
        "work); saying what is possible widens the pool of applicants.",
        "fr": "L'offre ne dit rien de la souplesse (temps partiel, horaire flexible, "
        "télétravail); dire ce qui est possible élargit le bassin de candidatures.",
    },
    "posting_gap.accommodation": {
        "en": "The posting has no accommodation statement; say that accommodation is available "
        "on request at every stage of hiring.",
        "fr": "L'offre ne mentionne pas de mesures d'adaptation; précisez qu'elles sont offertes "
        "sur demande à chaque étape du recrutement.",
    },
    "minimal_assurance": {
        "en": "The letter is short or gives few specifics; letters for women are more often "
        "like this, and readers take it as lukewarm support.",
        "fr": "La lettre est courte ou donne peu de précisions; c'est plus fréquent pour les "
        "femmes, et le lectorat y voit un appui mitigé.",
    },
}

# Top-change advice per category: {lang: (singular, plural)} with {n} for the count.
CHANGES: dict[str, dict[str, tuple[str, str]]] = {
    "effort": {
        "en": (
            "Turn {n} effort word into an accomplishment: say what the work achieved.",
            "Turn {n} effort words into accomplishments: say what the work achieved.",
        ),
        "fr": (
            "Transformez {n} mot d'effort en réalisation : dites ce que le travail a permis "
            "d'accomplir.",
            "Transformez {n} mots d'effort en réalisations : dites ce que le travail a permis "
            "d'accomplir.",
        ),
    },
    "doubt": {
        "en": (
            "Remove or firm up {n} hedge, doubt raiser or faint praise.",
            "Remove or firm up {n} hedges, doubt raisers or faint praise.",
        ),
        "fr": (
            "Retirez ou affermissez {n} réserve, doute ou éloge tiède.",
            "Retirez ou affermissez {n} réserves, doutes ou éloges tièdes.",
        ),
    },
    "personal": {
        "en": (
            "Remove {n} mention of family, personal life or appearance.",
            "Remove {n} mentions of family, personal life or appearance.",
        ),
        "fr": (
            "Retirez {n} mention de la famille, de la vie personnelle ou de l'apparence.",
            "Retirez {n} mentions de la famille, de la vie personnelle ou de l'apparence.",
        ),
    },
    "communal": {
        "en": (
            "Balance {n} communal descriptor with ability words and concrete results.",
            "Balance {n} communal descriptors with ability words and concrete results.",
        ),
        "fr": (
            "Équilibrez {n} qualificatif communautaire avec des mots de compétence et des "
            "résultats concrets.",
            "Équilibrez {n} qualificatifs communautaires avec des mots de compétence et des "
            "résultats concrets.",
        ),
    },
    "gender_marker": {
        "en": (
            "Drop {n} unnecessary gender marker before a role.",
            "Drop {n} unnecessary gender markers before a role.",
        ),
        "fr": (
            "Retirez {n} mention inutile du genre devant une fonction.",
            "Retirez {n} mentions inutiles du genre devant une fonction.",
        ),
    },
    "conditional_superlative": {
        "en": (
            "Make {n} superlative unconditional: compare with everyone, not one gender.",
            "Make {n} superlatives unconditional: compare with everyone, not one gender.",
        ),
        "fr": (
            "Rendez {n} superlatif inconditionnel : comparez à tout le monde.",
            "Rendez {n} superlatifs inconditionnels : comparez à tout le monde.",
        ),
    },
    "first_name": {
        "en": (
            "Use the title and surname instead of the first name (in {n} place).",
            "Use the title and surname instead of the first name (in {n} places).",
        ),
        "fr": (
            "Employez le titre et le nom plutôt que le prénom ({n} endroit).",
            "Employez le titre et le nom plutôt que le prénom ({n} endroits).",
        ),
    },
    "vague_praise": {
        "en": (
            "Replace {n} vague compliment with a specific outcome.",
            "Replace {n} vague compliments with specific outcomes.",
        ),
        "fr": (
            "Remplacez {n} éloge vague par un résultat précis.",
            "Remplacez {n} éloges vagues par des résultats précis.",
        ),
    },
    "stereotype": {
        "en": (
            "Replace {n} stereotype word with a description of the behaviour.",
            "Replace {n} stereotype words with a description of the behaviour.",
        ),
        "fr": (
            "Remplacez {n} mot stéréotypé par la description du comportement.",
            "Remplacez {n} mots stéréotypés par la description du comportement.",
        ),
    },
    "masculine_coded": {
        "en": (
            "Swap {n} masculine-coded word for neutral wording.",
            "Swap {n} masculine-coded words for neutral wording.",
        ),
        "fr": (
            "Remplacez {n} mot à connotation masculine par une formulation neutre.",
            "Remplacez {n} mots à connotation masculine par une formulation neutre.",
        ),
    },
    "gendered_term": {
        "en": (
            "Replace {n} gendered term with a neutral one.",
            "Replace {n} gendered terms with neutral ones.",
        ),
        "fr": (
            "Remplacez {n} terme genré par une forme neutre ou un doublet.",
            "Remplacez {n} termes genrés par une forme neutre ou un doublet.",
        ),
    },
    "masculine_generic": {
        "en": (
            "Rewrite {n} masculine generic with neutral wording or a full doublet.",
            "Rewrite {n} masculine generics with neutral wording or a full doublet.",
        ),
        "fr": (
            "Reformulez {n} masculin générique : formulation neutre ou doublet complet.",
            "Reformulez {n} masculins génériques : formulation neutre ou doublet complet.",
        ),
    },
    "jargon": {
        "en": (
            "Replace {n} jargon word with the actual skill.",
            "Replace {n} jargon words with the actual skill.",
        ),
        "fr": (
            "Remplacez {n} mot de jargon par la compétence réelle.",
            "Remplacez {n} mots de jargon par la compétence réelle.",
        ),
    },
    "exclusionary": {
        "en": (
            "Rewrite {n} requirement that excludes people the job does not need to exclude.",
            "Rewrite {n} requirements that exclude people the job does not need to exclude.",
        ),
        "fr": (
            "Reformulez {n} exigence qui écarte des personnes sans nécessité.",
            "Reformulez {n} exigences qui écartent des personnes sans nécessité.",
        ),
    },
    "posting_gap": {
        "en": (
            "Add {n} thing a good posting states: salary range, flexibility or accommodation.",
            "Add {n} things a good posting states: salary range, flexibility, accommodation.",
        ),
        "fr": (
            "Ajoutez {n} élément qu'une bonne offre précise : salaire, souplesse ou adaptation.",
            "Ajoutez {n} éléments qu'une bonne offre précise : salaire, souplesse, adaptation.",
        ),
    },
    "minimal_assurance": {
        "en": ("Add length and specifics: outputs, numbers, comparisons with peers.",) * 2,
        "fr": ("Étoffez la lettre : réalisations, chiffres, comparaison avec les pairs.",) * 2,
    },
    "specificity": {
        "en": ("Add concrete accomplishments: numbers, outputs, named projects and results.",) * 2,
        "fr": (
            "Ajoutez des réalisations concrètes : chiffres, productions, projets nommés, "
            "résultats.",
        )
        * 2,
    },
}


def change(category: str, n: int, lang: str) -> str:
    """The top-change sentence with the right plural (French: 0 and 1 are singular)."""
    one, other = CHANGES[category][lang]
    singular = n == 1 if lang == "en" else n <= 1
    return (one if singular else other).format(n=n)


# Job posting verdicts: the overall label and the sentences that give its reasons.
VERDICTS: dict[str, dict[str, str]] = {
    "key.good": {
        "en": "Inclusive wording: no change stands out.",
        "fr": "Formulation inclusive : aucun changement ne s'impose.",
    },
    "key.improve": {
        "en": "Could be more inclusive: see the reasons below.",
        "fr": "Pourrait être plus inclusive : voyez les raisons ci-dessous.",
    },
    "key.revise": {
        "en": "Worth revising before it is posted: see the reasons below.",
        "fr": "À revoir avant publication : voyez les raisons ci-dessous.",
    },
    "lean.strongly-masculine": {
        "en": "Strongly masculine-coded: {a} masculine-coded words against {b} feminine-coded.",
        "fr": "Nettement à connotation masculine : {a} mots masculins contre {b} féminins.",
    },
    "lean.masculine": {
        "en": "Leans masculine-coded: {a} masculine-coded words against {b} feminine-coded.",
        "fr": "Penche vers le masculin : {a} mots à connotation masculine contre {b} féminine.",
    },
    "lean.neutral": {
        "en": "Balanced: {a} masculine-coded and {b} feminine-coded words.",
        "fr": "Équilibrée : {a} mots à connotation masculine et {b} à connotation féminine.",
    },
    "lean.feminine": {
        "en": "Leans feminine-coded: {b} feminine-coded words against {a} masculine-coded.",
        "fr": "Penche vers le féminin : {b} mots à connotation féminine contre {a} masculine.",
    },
    "lean.strongly-feminine": {
        "en": "Strongly feminine-coded: {b} feminine-coded words against {a} masculine-coded.",
        "fr": "Nettement à connotation féminine : {b} mots féminins contre {a} masculins.",
    },
    "gap.salary": {
        "en": "No salary range is stated.",
        "fr": "Aucune échelle salariale n'est indiquée.",
    },
    "gap.flexibility": {
        "en": "Nothing is said about flexibility (part-time, hours, remote work).",
        "fr": "Rien n'est dit sur la souplesse (temps partiel, horaire, télétravail).",
    },
    "gap.accommodation": {
        "en": "There is no accommodation statement.",
        "fr": "Aucune mention des mesures d'adaptation.",
    },
}

LIST_NOTES: dict[str, dict[str, str]] = {
    "project": {
        "en": "Indicative: no published, validated French list exists for this category; the "
        "toolkit's own list was used (see the methods page).",
        "fr": "Indicatif : aucune liste française publiée et validée n'existe pour cette "
        "catégorie; la liste du projet a été utilisée (voir la page de méthode).",
    },
}
