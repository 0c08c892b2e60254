"""The mention table the actors stage fills for one Doc: the actors in the order found and,
per token, which of them the token belongs to. Entities, agent phrases, titles and pronouns
all read and extend it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Actor

# how a mention was found (`Actor.how`) when it names a person: a KB person, the holder of a KB
# office, or a person the KB lacks
PERSON_HOWS = frozenset({"kb:person", "kb:office", "context:person"})
# how a mention that names a place was found (its country is the place's), and the KB words that
# name a country themselves ("from Canada", "a Kenyan-born doctor", "of the Canadian capital")
PLACE_HOWS = frozenset({"kb:country", "kb:capital", "kb:government", "place:city"})
COUNTRY_WORDS = frozenset({"country", "demonym", "capital"})


@dataclass(slots=True)
class Mentions:
    """`at` maps a token index to an index into `actors`. A later mention may take a token
    over from an earlier one ("US" in "the head of US diplomacy"); the earlier actor then
    drops out of the Doc's actors unless another token still points to it."""

    actors: list[Actor] = field(default_factory=list)
    at: dict[int, int] = field(default_factory=dict)
    # indices of actors taken for people against the NER's label ("Rosselló" tagged ORG, for
    # a person named in full elsewhere): kept only if something codes them
    guessed: list[int] = field(default_factory=list)
    # a word of a name the NER missed, written after a title ("Princess Ubolratana Mahidol")
    # -> the person it names (None: several people's names share it)
    titled: dict[str, Actor | None] = field(default_factory=dict)
    # a word that stands for two actors at once (a "they" after "the two leaders", actors/pairs.py)
    # -> the index of its second actor; `at` holds its first
    partners: dict[int, int] = field(default_factory=dict)

    def add(self, actor: Actor, tokens: range) -> int:
        """Append `actor`, give it the tokens no mention has yet; its index."""
        self.actors.append(actor)
        idx = len(self.actors) - 1
        for i in tokens:
            self.at.setdefault(i, idx)
        return idx

    def person_at(self, i: int) -> Actor | None:
        """The person (KB or not) token `i` names, if any."""
        a = self.actors[self.at[i]] if i in self.at else None
        return a if a is not None and a.how in ("kb:person", "context:person") else None

    def drop_uncoded_guesses(self) -> None:
        """Forget the guessed people nothing gave a code (a "he" standing for one goes too)."""
        drop = {k for k in self.guessed if self.actors[k].code is None}
        if drop:
            for i in [i for i, k in self.at.items() if k in drop]:
                del self.at[i]
