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
    "minimal_assurance": {
        "en": "The letter is short or gives few specifics; letters for women are more often "
        "like this, and readers take it as lukewarm support.",
        "fr": "La lettre est courte ou donne peu de précisions; c'est plus fréquent pour les "
        "femmes, et le lectorat y voit un appui mitigé.",
    },
}

# Top-change advice per category: (EN, FR) with {n} for the count.
CHANGES: dict[str, dict[str, str]] = {
    "effort": {
        "en": "Turn {n} effort word(s) into accomplishments: say what the work achieved.",
        "fr": "Transformez {n} mot(s) d'effort en réalisations : dites ce que le travail a "
        "permis d'accomplir.",
    },
    "doubt": {
        "en": "Remove or firm up {n} hedge(s), doubt raiser(s) or faint praise.",
        "fr": "Retirez ou affermissez {n} réserve(s), doute(s) ou éloge(s) tiède(s).",
    },
    "personal": {
        "en": "Remove {n} mention(s) of family, personal life or appearance.",
        "fr": "Retirez {n} mention(s) de la famille, de la vie personnelle ou de l'apparence.",
    },
    "communal": {
        "en": "Balance {n} communal descriptor(s) with ability words and concrete results.",
        "fr": "Équilibrez {n} qualificatif(s) communautaire(s) avec des mots de compétence et "
        "des résultats concrets.",
    },
    "gender_marker": {
        "en": "Drop {n} unnecessary gender marker(s) before a role.",
        "fr": "Retirez {n} mention(s) inutile(s) du genre devant une fonction.",
    },
    "conditional_superlative": {
        "en": "Make {n} superlative(s) unconditional: compare with everyone, not one gender.",
        "fr": "Rendez {n} superlatif(s) inconditionnel(s) : comparez à tout le monde.",
    },
    "first_name": {
        "en": "Use the title and surname instead of the first name ({n} place(s)).",
        "fr": "Employez le titre et le nom plutôt que le prénom ({n} endroit(s)).",
    },
    "vague_praise": {
        "en": "Replace {n} vague compliment(s) with a specific outcome.",
        "fr": "Remplacez {n} éloge(s) vague(s) par un résultat précis.",
    },
    "stereotype": {
        "en": "Replace {n} stereotype word(s) with a description of the behaviour.",
        "fr": "Remplacez {n} mot(s) stéréotypé(s) par la description du comportement.",
    },
    "masculine_coded": {
        "en": "Swap {n} masculine-coded word(s) for neutral wording.",
        "fr": "Remplacez {n} mot(s) à connotation masculine par une formulation neutre.",
    },
    "gendered_term": {
        "en": "Replace {n} gendered term(s) with a neutral one.",
        "fr": "Remplacez {n} terme(s) genré(s) par une forme neutre ou un doublet.",
    },
    "masculine_generic": {
        "en": "Rewrite {n} masculine generic(s) with neutral wording or a full doublet.",
        "fr": "Reformulez {n} masculin(s) générique(s) : formulation neutre ou doublet complet.",
    },
    "jargon": {
        "en": "Replace {n} jargon word(s) with the actual skill.",
        "fr": "Remplacez {n} mot(s) de jargon par la compétence réelle.",
    },
    "minimal_assurance": {
        "en": "Add length and specifics: outputs, numbers, comparisons with peers.",
        "fr": "Étoffez la lettre : réalisations, chiffres, comparaison avec les pairs.",
    },
    "specificity": {
        "en": "Add concrete accomplishments: numbers, outputs, named projects and results.",
        "fr": "Ajoutez des réalisations concrètes : chiffres, productions, projets nommés, "
        "résultats.",
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
