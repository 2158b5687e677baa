"""Records of the public contract (docs/event-record.md): events and quotes as JSON."""
from __future__ import annotations

import hashlib

from rasad.model import ActorRef, Document, Event, Quote


def _id(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _actor(a: ActorRef | None) -> dict | None:
    if a is None:
        return None
    return {"name": a.name, "mention": a.mention, "inter": a.inter, "wikidata": a.wikidata}


def event_record(doc: Document, ev: Event, kb_version: str | None = None) -> dict:
    art = doc.article
    loc = ev.location
    rec = {
        "event_id": _id(art.id, ev.evidence.start if ev.evidence else "", ev.evidence.end if ev.evidence else "",
                        ev.plover, loc.ref if loc else ""),
        "article_id": art.id,
        "plover": ev.plover,
        "plover_mode": ev.mode,
        "acled_event_type": ev.acled_event_type,
        "acled_sub_event_type": ev.acled_sub_event_type,
        "event_date": ev.event_date.isoformat() if ev.event_date else None,
        "time_precision": ev.time_precision,
        "actor1": _actor(ev.actor1),
        "actor2": _actor(ev.actor2),
        "assoc_actors": [_actor(a) for a in ev.assoc_actors],
        "location": None if loc is None else {
            "name": loc.name, "name_ar": loc.name_ar, "mention": loc.mention, "admin1": loc.admin1,
            "admin2": loc.admin2, "admin3": loc.admin3, "latitude": loc.latitude, "longitude": loc.longitude,
            "geo_precision": loc.geo_precision,
        },
        "country": loc.country if loc else ev.country,
        "fatalities": ev.fatalities,
        "injuries": ev.injuries,
        "arrests": ev.arrests,
        "claimed_by": None if ev.claimed_by is None else {"name": ev.claimed_by.name, "mention": ev.claimed_by.mention},
        "evidence": None if ev.evidence is None else {"text": ev.evidence.text, "start": ev.evidence.start,
                                                      "end": ev.evidence.end},
        "trigger": {"text": ev.trigger.text, "start": ev.trigger.start, "end": ev.trigger.end},
        "notes": ev.notes,
        "confidence": ev.confidence,
        "source": art.source,
        "published": art.published.isoformat() if art.published else None,
        "provenance": {"rule": ev.rule, "sentence": ev.sentence, "kb_version": kb_version, "fields": ev.provenance},
    }
    return rec


def quote_record(doc: Document, q: Quote) -> dict:
    sp = q.speaker
    return {
        "quote_id": _id(doc.article.id, q.start, q.end),
        "article_id": doc.article.id,
        "speaker": {"name": sp.name, "mention": sp.mention, "title": sp.title, "role": sp.role},
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "via": q.via if q.via is not None else q.via_mention,
        "via_mention": q.via_mention,
    }


def article_record(doc: Document, kb_version: str | None = None) -> dict:
    return {
        "article_id": doc.article.id,
        "events": [event_record(doc, e, kb_version) for e in doc.events],
        "quotes": [quote_record(doc, q) for q in doc.quotes],
        "errors": doc.errors,
    }
