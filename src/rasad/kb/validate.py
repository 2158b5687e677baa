"""Validate knowledge-base files: schema per line, then meaning checks across records.

Errors are reported as `FILE:LINE FIELD: message` so an analyst editing a dictionary
finds the line at once. Run as `rasad kb validate [DIR]`.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from rasad.kb.schema import ACLED_TYPES, FILES, ROLE
from rasad.lang.ar.normalize import normalize_token, strip_article


@lru_cache(maxsize=50_000)
def alias_key(alias: str) -> tuple[str, ...]:
    """The normalized token sequence an alias is matched by (articles stripped per token)."""
    from rasad.lang.ar.tokenize import tokenize

    return tuple(strip_article(t.norm) for t in tokenize(alias) if t.kind != "punct")


def _check_fields(obj: dict, schema: dict, where: str, prefix: str = "") -> list[str]:
    problems = []
    for name, (types, required, check) in schema.items():
        if name not in obj:
            if required:
                problems.append(f"{where} {prefix}{name}: missing required field")
            continue
        value = obj[name]
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            tnames = "/".join("null" if t is type(None) else t.__name__ for t in types)
            problems.append(f"{where} {prefix}{name}: must be {tnames}, got {type(value).__name__}")
            continue
        if check is not None:
            msg = check(value)
            if msg:
                problems.append(f"{where} {prefix}{name}: {msg}")
    for name in obj:
        if name not in schema:
            problems.append(f"{where} {prefix}{name}: unknown field")
    return problems


def read_jsonl(path: Path) -> tuple[list[tuple[int, dict]], list[str]]:
    """Read a JSONL file; return (line number, record) pairs and syntax problems."""
    records, problems = [], []
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path.name}:{lineno} (line): invalid JSON: {exc.msg} at column {exc.colno}")
                continue
            if not isinstance(obj, dict):
                problems.append(f"{path.name}:{lineno} (line): must be a JSON object")
                continue
            records.append((lineno, obj))
    return records, problems


def _overlaps(a: dict, b: dict) -> bool:
    lo = dt.date.min
    hi = dt.date.max
    a0 = dt.date.fromisoformat(a["valid_from"]) if a.get("valid_from") else lo
    a1 = dt.date.fromisoformat(a["valid_to"]) if a.get("valid_to") else hi
    b0 = dt.date.fromisoformat(b["valid_from"]) if b.get("valid_from") else lo
    b1 = dt.date.fromisoformat(b["valid_to"]) if b.get("valid_to") else hi
    return a0 < b1 and b0 < a1


def _alias_clashes(fname: str, lineno: int, obj: dict, owner: dict[tuple[str, ...], tuple[str, int]]) -> list[str]:
    """Aliases of `obj` that normalize like another record's; records each alias's owner."""
    problems = []
    for alias in obj["aliases_ar"]:
        key = alias_key(alias)
        if not key:
            problems.append(f"{fname}:{lineno} aliases_ar: alias {alias!r} has no letters")
            continue
        if key in owner and owner[key][0] != obj["id"]:
            problems.append(f"{fname}:{lineno} aliases_ar: {alias!r} is also an alias of "
                            f"{owner[key][0]!r} (line {owner[key][1]})")
        owner.setdefault(key, (obj["id"], lineno))
    return problems


def validate_kb_dir(kb_dir: Path) -> list[str]:
    """Return every problem found in the knowledge base at `kb_dir` (empty when valid)."""
    kb_dir = Path(kb_dir)
    problems: list[str] = []
    data: dict[str, list[tuple[int, dict]]] = {}
    for fname, schema in FILES.items():
        path = kb_dir / fname
        if not path.exists():
            problems.append(f"{fname}:0 (file): missing")
            data[fname] = []
            continue
        records, syntax = read_jsonl(path)
        problems += syntax
        good = []
        for lineno, obj in records:
            where = f"{fname}:{lineno}"
            errs = _check_fields(obj, schema, where)
            if fname == "persons.jsonl" and isinstance(obj.get("roles"), list):
                for i, role in enumerate(obj["roles"]):
                    if not isinstance(role, dict):
                        errs.append(f"{where} roles.{i}: must be an object")
                        continue
                    errs += _check_fields(role, ROLE, where, prefix=f"roles.{i}.")
            problems += errs
            if not errs:
                good.append((lineno, obj))
        data[fname] = good

    # Duplicate ids per file.
    for fname, records in data.items():
        seen: dict[str, int] = {}
        for lineno, obj in records:
            if obj["id"] in seen:
                problems.append(f"{fname}:{lineno} id: duplicate id {obj['id']!r} (first at line {seen[obj['id']]})")
            else:
                seen[obj["id"]] = lineno

    actor_ids = {o["id"] for _, o in data["actors.jsonl"]}
    title_ids = {o["id"] for _, o in data["titles.jsonl"]}

    # Actors: one normalized alias, one actor; parents exist.
    owner: dict[tuple[str, ...], tuple[str, int]] = {}
    for lineno, obj in data["actors.jsonl"]:
        if obj.get("parent") and obj["parent"] not in actor_ids:
            problems.append(f"actors.jsonl:{lineno} parent: unknown actor id {obj['parent']!r}")
        problems += _alias_clashes("actors.jsonl", lineno, obj, owner)

    # Persons: roles refer to known ids and do not overlap in time for the same role.
    person_alias: dict[tuple[str, ...], tuple[str, int]] = {}
    for lineno, obj in data["persons.jsonl"]:
        for i, role in enumerate(obj["roles"]):
            if role.get("org") and role["org"] not in actor_ids:
                problems.append(f"persons.jsonl:{lineno} roles.{i}.org: unknown actor id {role['org']!r}")
            if role.get("title") and role["title"] not in title_ids:
                problems.append(f"persons.jsonl:{lineno} roles.{i}.title: unknown title id {role['title']!r}")
            if role.get("valid_from") and role.get("valid_to") and role["valid_from"] > role["valid_to"]:
                problems.append(f"persons.jsonl:{lineno} roles.{i}.valid_to: ends before it starts")
        by_role = defaultdict(list)
        for i, role in enumerate(obj["roles"]):
            by_role[(role.get("role"), role.get("org"))].append((i, role))
        for roles in by_role.values():
            for a in range(len(roles)):
                for b in range(a + 1, len(roles)):
                    try:
                        if _overlaps(roles[a][1], roles[b][1]):
                            problems.append(f"persons.jsonl:{lineno} roles.{roles[b][0]}: overlaps "
                                            f"roles.{roles[a][0]} for the same role")
                    except ValueError:
                        pass
        problems += _alias_clashes("persons.jsonl", lineno, obj, person_alias)

    # Titles: one alias, one title.
    title_alias: dict[tuple[str, ...], tuple[str, int]] = {}
    for lineno, obj in data["titles.jsonl"]:
        problems += _alias_clashes("titles.jsonl", lineno, obj, title_alias)

    # Places: the same place must not be listed twice (same name, kind and admin1).
    seen_place: dict[tuple, int] = {}
    for lineno, obj in data["places.jsonl"]:
        key = (normalize_token(obj["name_ar"]), obj["kind"], obj["country"], obj.get("admin1"), obj.get("admin2"))
        if key in seen_place:
            problems.append(f"places.jsonl:{lineno} name_ar: {obj['name_ar']!r} ({obj['kind']}) already listed "
                            f"at line {seen_place[key]}")
        else:
            seen_place[key] = lineno

    # Triggers: ACLED type and sub-type agree; examples are well-formed.
    for lineno, obj in data["triggers.jsonl"]:
        etype, sub = obj.get("acled_event_type"), obj.get("acled_sub_event_type")
        if etype is not None and etype not in ACLED_TYPES:
            problems.append(f"triggers.jsonl:{lineno} acled_event_type: unknown ACLED type {etype!r}")
        elif (etype is None) != (sub is None):
            problems.append(f"triggers.jsonl:{lineno} acled_sub_event_type: type and sub-type must both be set or both null")
        elif etype is not None and sub not in ACLED_TYPES[etype]:
            problems.append(f"triggers.jsonl:{lineno} acled_sub_event_type: {sub!r} is not a sub-type of {etype!r}")
        if not obj["examples"]:
            problems.append(f"triggers.jsonl:{lineno} examples: at least one example is required")
        for i, ex in enumerate(obj["examples"]):
            if not (isinstance(ex, dict) and isinstance(ex.get("text"), str) and isinstance(ex.get("match"), bool)):
                problems.append(f"triggers.jsonl:{lineno} examples.{i}: must be {{\"text\": str, \"match\": bool}}")

    admin = kb_dir / "admin_areas.json"
    if admin.exists():
        try:
            json.loads(admin.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            problems.append(f"admin_areas.json:{exc.lineno} (file): invalid JSON: {exc.msg}")
    return problems
