"""Schemas of the knowledge-base files (documented in docs/knowledge-base.md).

A schema maps a field to (allowed types, required, extra check). Checks return an error
message or None. Kept declarative so the validator can name file, line and field.
"""
from __future__ import annotations

import datetime as dt
import re

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

#: ACLED event types and their sub-event types, spelled as ACLED spells them.
ACLED_TYPES = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory", "Other"),
}

ACTOR_TYPES = ("state_forces", "government", "rebel_group", "political_militia", "identity_militia",
               "political_party", "organization", "media", "civilians", "protesters", "external_force",
               "generic")
TITLE_KINDS = ("military", "police", "civil", "religious", "role")
PLACE_KINDS = ("country", "admin1", "admin2", "admin3", "city", "town", "village", "neighbourhood", "region",
               "mountain", "river", "lake", "dam", "base", "airport", "border_crossing", "border_area", "feature")
IRAQ_ADMIN1 = ("Baghdad", "Basra", "Nineveh", "Erbil", "Duhok", "Sulaymaniyah", "Halabja", "Kirkuk", "Diyala",
               "Salah al-Din", "Anbar", "Babil", "Karbala", "Najaf", "Wasit", "Maysan", "Dhi Qar", "Muthanna",
               "Qadisiyah")

_ID = re.compile(r"^[A-Za-z0-9_.:-]+$")
_QID = re.compile(r"^Q[0-9]+$")


def _id(v):
    return None if _ID.match(v) else "must match [A-Za-z0-9_.:-]+"


def _nonempty_list(v):
    if not v:
        return "must not be empty"
    if not all(isinstance(x, str) and x.strip() for x in v):
        return "must be a list of non-empty strings"
    return None


def _str_list(v):
    return None if all(isinstance(x, str) and x.strip() for x in v) else "must be a list of non-empty strings"


def _enum(options):
    def check(v):
        return None if v in options else f"must be one of {', '.join(map(str, options))}"
    return check


def _iso_date(v):
    if v is None:
        return None
    try:
        dt.date.fromisoformat(v)
    except (TypeError, ValueError):
        return "must be an ISO date YYYY-MM-DD or null"
    return None


def _qid(v):
    return None if v is None or _QID.match(v) else "must be a Wikidata id like Q1234 or null"


def _inter(v):
    return None if v is None or v in range(1, 9) else "must be an ACLED inter code 1-8 or null"


def _lat(v):
    return None if -90 <= v <= 90 else "must be a latitude in [-90, 90]"


def _lon(v):
    return None if -180 <= v <= 180 else "must be a longitude in [-180, 180]"


def _country(v):
    return None if v is None or re.match(r"^[A-Z]{2}$", v) else "must be an ISO 3166-1 alpha-2 code"


NUM = (int, float)
OPT_STR = (str, type(None))

ACTOR = {
    "id": ((str,), True, _id), "name": ((str,), True, None), "type": ((str,), True, _enum(ACTOR_TYPES)),
    "inter": ((int, type(None)), True, _inter), "country": (OPT_STR, True, _country),
    "aliases_ar": ((list,), True, _nonempty_list), "aliases_en": ((list,), False, _str_list),
    "parent": (OPT_STR, False, None), "wikidata": (OPT_STR, False, _qid), "source": ((str,), True, None),
    "notes": ((str,), False, None), "metonyms_ar": ((list,), False, _str_list),
}
ROLE = {
    "title": (OPT_STR, True, None), "role": (OPT_STR, True, None), "org": (OPT_STR, True, None),
    "valid_from": (OPT_STR, True, _iso_date), "valid_to": (OPT_STR, True, _iso_date),
}
PERSON = {
    "id": ((str,), True, _id), "name": ((str,), True, None), "aliases_ar": ((list,), True, _nonempty_list),
    "short_ar": ((list,), False, _str_list), "roles": ((list,), True, None),
    "wikidata": (OPT_STR, False, _qid), "source": ((str,), True, None), "notes": ((str,), False, None),
}
TITLE = {
    "id": ((str,), True, _id), "aliases_ar": ((list,), True, _nonempty_list), "en": ((str,), True, None),
    "kind": ((str,), True, _enum(TITLE_KINDS)), "role_of": ((bool,), False, None),
    "examples": ((list,), True, _nonempty_list), "source": ((str,), True, None), "notes": ((str,), False, None),
}
PLACE = {
    "id": ((str,), True, _id), "name": ((str,), True, None), "name_ar": ((str,), True, None),
    "aliases_ar": ((list,), True, _str_list), "context_aliases_ar": ((list,), False, _str_list),
    "kind": ((str,), True, _enum(PLACE_KINDS)),
    "country": ((str,), True, _country), "admin1": (OPT_STR, True, None), "admin2": (OPT_STR, False, None),
    "admin3": (OPT_STR, False, None), "lat": (NUM, True, _lat), "lon": (NUM, True, _lon),
    "population": ((int, type(None)), False, None), "source": ((str,), True, None),
    "parent": (OPT_STR, False, None), "notes": ((str,), False, None),
}
TRIGGER = {
    "id": ((str,), True, _id), "plover": ((str,), True, _enum(PLOVER_TYPES)), "mode": (OPT_STR, True, None),
    "acled_event_type": (OPT_STR, True, None), "acled_sub_event_type": (OPT_STR, True, None),
    "patterns": ((list,), True, _nonempty_list), "examples": ((list,), True, None),
    "source": ((str,), True, None), "notes": ((str,), False, None),
    "actor1": ((str,), False, _enum(("subject", "object", "none"))),
    "strength": ((str,), False, _enum(("strong", "weak"))),
    "near": ((list,), False, _nonempty_list),
    "near_window": ((int,), False, None),
    "requires_time": ((bool,), False, None),
    "not_after": ((list,), False, _nonempty_list),
    "not_before": ((list,), False, _nonempty_list),
    "requires_armed_actor": ((bool,), False, None),
}

FILES = {
    "actors.jsonl": ACTOR,
    "persons.jsonl": PERSON,
    "titles.jsonl": TITLE,
    "places.jsonl": PLACE,
    "triggers.jsonl": TRIGGER,
}
