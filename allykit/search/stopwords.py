"""Words too common to search for on their own, folded (lowercase, no accents).

They are still indexed (so quoted phrases keep them); a query drops them unless it has nothing
else. Short lists on purpose: question words such as "what" and "how" are dropped, topic words
never are.
"""

from __future__ import annotations

EN = """
a about after again against all also am an and any are as at be because been before being
between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me
more most my myself no nor not of off on once only or other our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up very was we were what when where which while who whom
why will with would you your yours yourself yourselves say said says tell someone something
"""

FR = """
a au aux avec ce ces cet cette c ca d dans de des du elle elles en est et etre eu il ils j je
l la le les leur leurs lui m ma mais me meme mes moi mon n ne nos notre nous on ont ou par pas
pour qu que quel quelle quelles quels qui quoi s sa sans se ses si son sont sur t ta te tes toi
ton tu un une vos votre vous y quand comment dire dit dis faire fait quelqu quelque chose est-ce
"""

STOPWORDS = {"en": frozenset(EN.split()), "fr": frozenset(FR.split())}
