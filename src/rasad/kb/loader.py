"""Load the knowledge base once into an immutable object with its match indexes."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from rasad.errors import KnowledgeBaseError
from rasad.kb.validate import alias_key, read_jsonl, validate_kb_dir
from rasad.lang.ar.normalize import normalize_token


def default_kb_dir() -> Path:
    """The knowledge base shipped in the package."""
    return Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class ActorRecord:
    id: str
    name: str
    type: str
    inter: int | None
    country: str | None
    aliases_ar: tuple[str, ...]
    parent: str | None = None
    wikidata: str | None = None
    metonyms_ar: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Role:
    title: str | None
    role: str | None
    org: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.valid_to is None  # no date: only a role that is still held
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True, slots=True)
class PersonRecord:
    id: str
    name: str
    aliases_ar: tuple[str, ...]
    short_ar: tuple[str, ...]
    roles: tuple[Role, ...]
    wikidata: str | None = None

    def role_on(self, day: dt.date | None) -> Role | None:
        for role in self.roles:
            if role.valid_on(day):
                return role
        return None


@dataclass(frozen=True, slots=True)
class TitleRecord:
    id: str
    en: str
    kind: str
    role_of: bool
    aliases_ar: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    id: str
    name: str
    name_ar: str
    kind: str
    country: str
    admin1: str | None
    admin2: str | None
    admin3: str | None
    lat: float
    lon: float
    population: int | None
    aliases_ar: tuple[str, ...] = ()
    #: Names that are common words too ("حديثة" "modern"): a place only in context.
    context_aliases_ar: tuple[str, ...] = ()


#: A compiled pattern element: the set of accepted keys (None = any token) and whether optional.
PatternElem = tuple[frozenset[str] | None, bool]


@dataclass(frozen=True, slots=True)
class TriggerRecord:
    id: str
    plover: str
    mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    patterns: tuple[tuple[PatternElem, ...], ...]
    examples: tuple[tuple[str, bool], ...]
    actor1: str = "subject"
    strength: str = "strong"
    near: frozenset[str] = frozenset()
    near_window: int = 6
    requires_time: bool = False
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    requires_armed_actor: bool = False


def compile_pattern(pattern: str) -> tuple[PatternElem, ...]:
    """Compile `a|b * ?c` into elements of normalized keys (see docs/knowledge-base.md)."""
    elems: list[PatternElem] = []
    for raw in pattern.split():
        optional = raw.startswith("?")
        raw = raw.lstrip("?")
        if raw == "*":
            elems.append((None, optional))
            continue
        keys = set()
        for alt in raw.split("|"):
            k = alias_key(alt)
            if len(k) != 1:
                raise ValueError(f"pattern token {alt!r} must be one word")
            keys.add(k[0])
        elems.append((frozenset(keys), optional))
    return tuple(elems)


@dataclass(frozen=True)
class KnowledgeBase:
    """All knowledge, read-only. Build it with `load_kb`; pass it to the pipeline."""

    path: Path
    version: str
    actors: Mapping[str, ActorRecord]
    persons: Mapping[str, PersonRecord]
    titles: Mapping[str, TitleRecord]
    places: Mapping[str, PlaceRecord]
    triggers: Mapping[str, TriggerRecord]
    #: kind → first key → list of (remaining keys, record id, needs article), longest first.
    index: Mapping[str, Mapping[str, tuple[tuple[tuple[str, ...], str, bool], ...]]] = field(repr=False)
    #: first trigger key → trigger ids
    trigger_index: Mapping[str, tuple[str, ...]] = field(repr=False)
    #: surname-only forms → person ids
    short_names: Mapping[str, tuple[str, ...]] = field(repr=False)
    #: normalized alias keys → every place id with that name (a town and its governorate)
    place_ids: Mapping[tuple[str, ...], tuple[str, ...]] = field(repr=False, default_factory=dict)
    #: all the name dictionaries in one: first key → (rest, id, needs article, kind)
    combined: Mapping[str, tuple[tuple[tuple[str, ...], str, bool, str], ...]] = field(repr=False, default_factory=dict)

    def military_of(self, country: str | None) -> ActorRecord | None:
        """The main armed forces of a state ("Military Forces of X"), if known."""
        if country is None:
            return None
        for a in self.actors.values():
            if a.type == "state_forces" and a.country == country and a.name.startswith("Military Forces of"):
                return a
        return None

    def government_of(self, country: str | None) -> ActorRecord | None:
        if country is None:
            return None
        for a in self.actors.values():
            if a.type == "government" and a.country == country and a.name.startswith("Government of"):
                return a
        return None

    @cached_property
    def name_tagger(self):
        """The shipped named-entity model (rasad.ner.NameTagger), loaded on first use;
        None when the model or python-crfsuite is missing (names then come from rules only)."""
        try:
            from rasad.ner import NameTagger

            return NameTagger.load()
        except (ImportError, OSError):
            return None

    @cached_property
    def place_clitic_words(self) -> frozenset[str]:
        """Words that look like a proclitic before a place name but are words of their own
        ("ورقه" "paper", not و + الرقة); built by scripts/place_alias_audit.py."""
        path = self.path / "place_clitic_words.json"
        if not path.exists():
            return frozenset()
        return frozenset(json.loads(path.read_text(encoding="utf-8"))["normalized_words"])

    @cached_property
    def countries_with_districts(self) -> frozenset[str]:
        """Countries the gazetteer maps down to districts (Iraq from COD-AB); elsewhere it knows
        provinces and towns only."""
        return frozenset(p.country for p in self.places.values() if p.kind == "admin2" or p.admin2)

    @cached_property
    def place_spellings(self):
        """One-word place names of Iraq, Syria and Turkey, found again from a spelling one letter
        off ("باودش" for بادوش); built on first use."""
        from rasad.lang.ar.spelling import SpellingIndex

        return SpellingIndex(key[0] for key, ids in self.place_ids.items()
                             if len(key) == 1 and any(self.places[i].country in SPELLING_COUNTRIES for i in ids))

    @cached_property
    def admin_areas(self) -> dict:
        """Simplified polygons of Iraq's admin units (loaded on first use)."""
        path = self.path / "admin_areas.json"
        if not path.exists():
            return {}
        return json.loads(path.read_text(encoding="utf-8"))


#: Countries whose place names are looked up by near spellings: Iraq and the two neighbours
#: whose wars its news follows, where towns are spelt many ways; elsewhere a near spelling is
#: more often another word.
SPELLING_COUNTRIES = frozenset({"IQ", "SY", "TR"})


#: Letters of Persian and Kurdish, not Arabic: an alias with one is a foreign spelling.
_FOREIGN_LETTERS = frozenset("یکگپچژەۆێڕڵ")


def _build_index(entries: list[tuple[str, str]], strict: bool = False) -> dict[str, tuple[IndexEntry, ...]]:
    """first key → (rest keys, id, needs_article), longest first.

    `needs_article`: a one-word name written with ال ("الحشد", "الرمادي") matches only a
    word that carries the article, so the common words حشد ("crowd") and رمادي ("grey")
    are not taken for it. With `strict` (titles), every name written with ال needs it.
    """
    index: dict[str, dict[tuple[str, ...], tuple[str, bool]]] = {}
    # A Persian or Kurdish spelling written without ال ("رمادی") folds onto the Arabic name
    # ("الرمادي"); it must not free a common word ("رمادي", grey) from needing the article.
    with_article = {alias_key(a) for a, _ in entries if normalize_token(a.split()[0]).startswith("ال")} if entries else set()
    for alias, rid in entries:
        key = alias_key(alias)
        if not key:
            continue
        first = normalize_token(alias.split()[0])
        needs_article = first.startswith("ال") and (strict or len(key) == 1)
        if len(key) == 1 and not first.startswith("ال") and key in with_article and _FOREIGN_LETTERS & set(alias):
            needs_article = True
        entries_for = index.setdefault(key[0], {})
        if key[1:] in entries_for:
            # The same name also written without ال: the article is not needed.
            old_rid, old_needs = entries_for[key[1:]]
            entries_for[key[1:]] = (old_rid, old_needs and needs_article)
        else:
            entries_for[key[1:]] = (rid, needs_article)
    return {k: tuple((rest, rid, art) for rest, (rid, art) in sorted(v.items(), key=lambda kv: -len(kv[0])))
            for k, v in index.items()}


IndexEntry = tuple[tuple[str, ...], str, bool]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def load_kb(kb_dir: Path | str | None = None, validate: bool = True) -> KnowledgeBase:
    """Load (and by default validate) the knowledge base in `kb_dir` (default: the shipped one)."""
    kb_dir = Path(kb_dir) if kb_dir is not None else default_kb_dir()
    if validate:
        problems = validate_kb_dir(kb_dir)
        if problems:
            raise KnowledgeBaseError(problems)
    digest = hashlib.sha256()
    raw: dict[str, list[dict]] = {}
    for name in ("actors.jsonl", "persons.jsonl", "titles.jsonl", "places.jsonl", "triggers.jsonl"):
        path = kb_dir / name
        digest.update(path.read_bytes() if path.exists() else b"")
        raw[name] = [obj for _, obj in read_jsonl(path)[0]] if path.exists() else []

    actors = {o["id"]: ActorRecord(o["id"], o["name"], o["type"], o.get("inter"), o.get("country"),
                                   tuple(o["aliases_ar"]), o.get("parent"), o.get("wikidata"),
                                   tuple(o.get("metonyms_ar", ())))
              for o in raw["actors.jsonl"]}
    persons = {o["id"]: PersonRecord(o["id"], o["name"], tuple(o["aliases_ar"]), tuple(o.get("short_ar", ())),
                                     tuple(Role(r.get("title"), r.get("role"), r.get("org"), _date(r.get("valid_from")),
                                                _date(r.get("valid_to"))) for r in o["roles"]), o.get("wikidata"))
               for o in raw["persons.jsonl"]}
    titles = {o["id"]: TitleRecord(o["id"], o["en"], o["kind"], bool(o.get("role_of")), tuple(o["aliases_ar"]))
              for o in raw["titles.jsonl"]}
    places = {o["id"]: PlaceRecord(o["id"], o["name"], o["name_ar"], o["kind"], o["country"], o.get("admin1"),
                                   o.get("admin2"), o.get("admin3"), float(o["lat"]), float(o["lon"]),
                                   o.get("population"), tuple(o.get("aliases_ar", ())),
                                   tuple(o.get("context_aliases_ar", ())))
              for o in raw["places.jsonl"]}
    triggers = {o["id"]: TriggerRecord(o["id"], o["plover"], o.get("mode"), o.get("acled_event_type"),
                                       o.get("acled_sub_event_type"),
                                       tuple(compile_pattern(p) for p in o["patterns"]),
                                       tuple((e["text"], e["match"]) for e in o["examples"]),
                                       o.get("actor1", "subject"), o.get("strength", "strong"),
                                       frozenset(k for w in o.get("near", ()) for k in alias_key(w)),
                                       o.get("near_window", 6), bool(o.get("requires_time", False)),
                                       frozenset(k for w in o.get("not_after", ()) for k in alias_key(w)),
                                       frozenset(k for w in o.get("not_before", ()) for k in alias_key(w)),
                                       bool(o.get("requires_armed_actor", False)))
                for o in raw["triggers.jsonl"]}

    place_entries: list[tuple[str, str]] = []
    context_entries: list[tuple[str, str]] = []
    place_multi: dict[tuple[str, ...], list[str]] = {}
    for p in places.values():
        for alias in (p.name_ar, *p.aliases_ar):
            place_multi.setdefault(alias_key(alias), []).append(p.id)
            place_entries.append((alias, p.id))
        for alias in p.context_aliases_ar:
            place_multi.setdefault(alias_key(alias), []).append(p.id)
            context_entries.append((alias, p.id))
    # Places may share a name (a town and its governorate): the index keeps the first id;
    # the geocoder asks `place_candidates` for all of them.
    index = {
        "actor": _build_index([(a, r.id) for r in actors.values() for a in r.aliases_ar]),
        "person": _build_index([(a, r.id) for r in persons.values() for a in r.aliases_ar]),
        "title": _build_index([(a, r.id) for r in titles.values() for a in r.aliases_ar], strict=True),
        "place": _build_index(place_entries),
        "place_in_context": _build_index(context_entries),
        "metonym": _build_index([(a, r.id) for r in actors.values() for a in r.metonyms_ar]),
    }
    trigger_index: dict[str, list[str]] = {}
    for t in triggers.values():
        for pattern in t.patterns:
            first_keys, _ = pattern[0]
            for k in first_keys or ():
                if t.id not in trigger_index.setdefault(k, []):
                    trigger_index[k].append(t.id)
    short: dict[str, list[str]] = {}
    for p in persons.values():
        for s in p.short_ar:
            k = alias_key(s)
            if len(k) == 1:
                short.setdefault(k[0], []).append(p.id)

    combined: dict[str, list] = {}
    for kind, idx in index.items():
        for first, entries in idx.items():
            combined.setdefault(first, []).extend((rest, rid, art, kind) for rest, rid, art in entries)
    return KnowledgeBase(
        path=kb_dir,
        version=digest.hexdigest()[:12],
        actors=MappingProxyType(actors),
        persons=MappingProxyType(persons),
        titles=MappingProxyType(titles),
        places=MappingProxyType(places),
        triggers=MappingProxyType(triggers),
        index=MappingProxyType({k: MappingProxyType(v) for k, v in index.items()}),
        trigger_index=MappingProxyType({k: tuple(v) for k, v in trigger_index.items()}),
        short_names=MappingProxyType({k: tuple(v) for k, v in short.items()}),
        place_ids=MappingProxyType({k: tuple(dict.fromkeys(v)) for k, v in place_multi.items()}),
        combined=MappingProxyType({k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in combined.items()}),
    )
