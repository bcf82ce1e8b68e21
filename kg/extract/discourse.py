"""The discourse state: what an article has said so far that the rules of its next sentences read.

One object per article, updated only through its methods: while the actors are read (the last list
of states, the last two officials named together, the state each ministry was last named with), then
while the events are (who is speaking, which state is behind the last hostile act, which state last
did something, where visits went, who received credentials, and every event made so far).

>>> d = Discourse()
>>> d.now_speaking("erdogan"); d.now_speaking(None); d.speaker
'erdogan'
>>> d.visit_to("TR", "ankara"); d.visit_hosts
[('TR', 'ankara')]
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import EventFact


@dataclass
class Discourse:
    #: The last list of three or more states written out: what "the three countries" are.
    last_group: list[str] = field(default_factory=list)
    #: The states of the two officials last named together: what "the two leaders" are.
    last_pair: list[str] = field(default_factory=list)
    #: Where that pair was named (an offset in the normalised text).
    last_pair_at: int = -1
    #: (sentence start, sentence number, the two states) of every meeting, summit or signing of two
    #: states, in reading order: "the two presidents" after "Xi held talks with Lula" are those two.
    pairs_met: list[tuple[int, int, list[str]]] = field(default_factory=list)
    #: The state each body (foreign-ministry...) was last named with: "the ministry" alone.
    last_body: dict[str, str] = field(default_factory=dict)
    #: The official speaking now: who "he said", "سموه" and a verb with no written subject refer to.
    speaker: str | None = None
    #: The state behind the last hostile act named: the target of "condemned the attack".
    antagonist: str | None = None
    #: The author of every hostile act named, in reading order.
    antagonists: list[str] = field(default_factory=list)
    #: The state that last did something (not said something): whose "move" is judged.
    last_actor: str | None = None
    #: Who received the credentials of several envoys.
    credentials_host: str | None = None
    #: (host state, place id) of every visit made, in reading order.
    visit_hosts: list[tuple[str, str | None]] = field(default_factory=list)
    #: Every event so far, in reading order.
    made: list[EventFact] = field(default_factory=list)
    #: Start offsets of the current sentence's authors of hostile acts.
    hostile_authors_here: set[int] = field(default_factory=set)

    def group_listed(self, states: list[str]) -> None:
        self.last_group = states

    def pair_named(self, states: list[str], at: int) -> None:
        self.last_pair = states
        self.last_pair_at = at

    def pair_met(self, sentence_start: int, sentence: int, states: list[str]) -> None:
        self.pairs_met.append((sentence_start, sentence, states))

    def pair_met_lately(self, sentence: int, within: int = 2) -> list[str]:
        """The two states of the last contact of two reported at most ``within`` sentences before."""
        if self.pairs_met and 0 <= sentence - self.pairs_met[-1][1] <= within:
            return self.pairs_met[-1][2]
        return []

    def pair_met_between(self, since: int, before: int) -> list[str]:
        """The two states that met in every contact of two reported in a sentence starting in [since,
        before); none when those contacts were between more than two states ("separate meetings with
        the Somali president and the Ethiopian prime minister": "both leaders" are the guests)."""
        met = [states for at, _, states in self.pairs_met if since <= at < before]
        if not met or len({st for states in met for st in states}) != 2:
            return []
        return met[-1]

    def body_named(self, body: str, state: str) -> None:
        self.last_body[body] = state

    def now_speaking(self, person: str | None) -> None:
        """The sentence's subject (or the official after "for his part") speaks from now on; None
        leaves the speaker as it was."""
        if person:
            self.speaker = person

    def hostile_act_by(self, state: str | None, replace: bool = False) -> None:
        """A hostile act by ``state`` is named; with ``replace``, even None (the headline's) is kept."""
        if state or replace:
            self.antagonist = state
        if state:
            self.antagonists.append(state)

    def antagonist_besides(self, states: set[str]) -> str | None:
        """The author of the last hostile act named who is none of ``states``."""
        return next((st for st in reversed(self.antagonists) if st not in states), None)

    def sentence_authors(self, starts: set[int]) -> None:
        """The current sentence names these authors of hostile acts (by start offset)."""
        self.hostile_authors_here = starts

    def visit_to(self, host: str, place: str | None) -> None:
        self.visit_hosts.append((host, place))

    def credentials_received_by(self, host: str) -> None:
        self.credentials_host = host

    def event_made(self, ev: EventFact, hostile: bool, deed: bool) -> None:
        """``ev`` is made: a hostile act's author is the antagonist, a deed's author the last actor."""
        if hostile and ev.participants:
            self.antagonist = ev.participants[0]  # "Moscow denounced the expulsions"
            self.antagonists.append(ev.participants[0])
        self.made.append(ev)
        if deed and ev.participants:
            self.last_actor = ev.participants[0]
