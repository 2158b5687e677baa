"""The typed document that flows through the pipeline.

Every span (`start`, `end`) is a character offset into `Article.text`, the text as
given, before any normalization. Stages append to the `Document`; nothing else is shared.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, field

from rasad.lang.ar import Token


@dataclass(frozen=True, slots=True)
class Article:
    """One input article (see the contract in docs/event-record.md)."""

    id: str
    text: str
    published: dt.date | None = None
    published_raw: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]


@dataclass(slots=True)
class Mention:
    """A dictionary or pattern match: an actor, a place, a person, a title or an outlet."""

    kind: str            # "actor", "place", "person", "title", "outlet", "role"
    ref: str | None      # knowledge-base id, or None for unresolved names
    start: int
    end: int
    text: str
    sentence: int
    tok_start: int       # index of first token in the document token list
    tok_end: int         # index after the last token
    rule: str            # what produced it
    data: dict = field(default_factory=dict)


@dataclass(slots=True)
class Speaker:
    name: str | None
    mention: str | None
    title: str | None = None
    role: str | None = None
    ref: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Quote:
    speaker: Speaker
    text: str
    start: int
    end: int
    sentence: int
    via: str | None = None
    via_mention: str | None = None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A resolved time expression: the day it points to and ACLED precision."""

    date: dt.date | None
    precision: int
    start: int
    end: int
    text: str
    kind: str             # "today", "yesterday", "last-night", "weekday", "explicit", "ago", "since", "recent", "month", ...
    window_days: int = 0  # for "since" expressions: how long the window is


@dataclass(slots=True)
class ActorRef:
    name: str
    mention: str | None  # null when the actor is implied, not named (a protest's protesters)
    ref: str | None
    inter: int | None
    wikidata: str | None = None
    start: int | None = None
    end: int | None = None
    country: str | None = None


@dataclass(slots=True)
class Location:
    name: str
    name_ar: str | None
    mention: str
    admin1: str | None
    admin2: str | None
    admin3: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int
    country: str | None
    ref: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Event:
    plover: str
    mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    sentence: int
    trigger: Span
    rule: str
    event_date: dt.date | None = None
    time_precision: int | None = None
    actor1: ActorRef | None = None
    actor2: ActorRef | None = None
    assoc_actors: list[ActorRef] = field(default_factory=list)
    location: Location | None = None
    fatalities: int | None = None
    injuries: int | None = None
    arrests: int | None = None
    claimed_by: ActorRef | None = None
    evidence: Span | None = None
    #: the country when no place in it is named ("في العراق" in an article about Iraq)
    country: str | None = None
    notes: str = ""
    confidence: float = 0.5
    campaign: bool = False
    #: field name → the rule or model that set it (shown by `rasad explain`).
    provenance: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Document:
    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    #: per-document working memory of the stages (e.g. which sentences a model has read)
    scratch: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text

    def token_at(self, offset: int, default: int | None = None) -> int | None:
        """Index of the first token that starts at or after a character offset (`default` if none)."""
        starts = self.scratch.get("token_starts")
        if starts is None or len(starts) != len(self.tokens):
            starts = self.scratch["token_starts"] = [t.start for t in self.tokens]
        k = bisect_left(starts, offset)
        return self.tokens[k].index if k < len(self.tokens) else default

    def sentence_of(self, token_index: int) -> Sentence:
        for s in self.sentences:
            if s.tokens and s.tokens[0].index <= token_index <= s.tokens[-1].index:
                return s
        raise IndexError(token_index)

    def mentions_in(self, sentence: int, kind: str | None = None) -> list[Mention]:
        return [m for m in self.mentions if m.sentence == sentence and (kind is None or m.kind == kind)]
