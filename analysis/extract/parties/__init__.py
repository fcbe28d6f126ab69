"""What an amount of money is, who pays it and who receives it.

For every amount :mod:`analysis.extract.money` finds, this package reads the sentence
around it (cue words from ``data/money_roles.json``, organizations from
:mod:`analysis.extract.entities`) and decides its role, payer, recipient and subject
(:func:`assign`). One module per job, each importing only those above it:

* ``cues``: the cue words of ``data/money_roles.json`` compiled into regexes, once;
* ``context``: one text's sentences, clauses, role cues and names, found once (``Context``);
* ``marks``: the part each name of a sentence takes from the marker before it, appositions,
  names listed together;
* ``agent``: whom an amount's cue speaks of;
* ``role``: the role of an amount (``role_of``, ``ROLES``);
* ``payers``: payer and recipient of one amount given its role (``parties``), holdings;
* ``passes``: what one sentence or the headline tells of another's amount (joint bodies, a
  round's backers named later, lenders, «على التوالي»);
* ``ranker``: a learned payer where the rules name none and leave none empty on purpose
  (``rerank``; weights in ``data/party_model.json``);
* ``article``: every amount of an article in order, then the passes (``assign``).

Each module's docstring gives the rules it implements.

Names are canonical English names (the gazetteer's), or the name as written for an
organization the gazetteer does not list. A party the article does not name is
empty: nothing is guessed from outside the article.
"""

from analysis.extract.parties.article import assign
from analysis.extract.parties.role import ROLES

__all__ = ["ROLES", "assign"]
