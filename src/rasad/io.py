"""Reading articles from files: JSON objects, JSON arrays, JSONL, gzip-compressed or not."""
from __future__ import annotations

import gzip
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from rasad.errors import InputError
from rasad.model import Article
from rasad.pipeline import article_from_dict


@dataclass(frozen=True, slots=True)
class InputItem:
    """One article read from input, or the reason it could not be read."""

    where: str                 # "file:line" for messages
    article: Article | None
    raw_id: str | None
    error: str | None


def _open_text(path: str):
    if path == "-":
        return sys.stdin
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.suffix == ".gz":
        return gzip.open(p, "rt", encoding="utf-8")
    return p.open(encoding="utf-8")


def _item(where: str, obj) -> InputItem:
    raw_id = obj.get("id") if isinstance(obj, dict) else None
    raw_id = str(raw_id) if raw_id is not None else None
    try:
        return InputItem(where, article_from_dict(obj), raw_id, None)
    except InputError as exc:
        return InputItem(where, None, raw_id, str(exc))


def read_articles(path: str) -> Iterator[InputItem]:
    """Yield every article in a file. A whole-file JSON object or array is accepted; otherwise
    each non-empty line is one JSON object (JSONL). Bad lines become items with an error."""
    with _open_text(path) as f:
        first = ""
        lines = iter(f)
        buffered = []
        for line in lines:
            buffered.append(line)
            if line.strip():
                first = line.lstrip()
                break
        if first.startswith("[") or (first.startswith("{") and not _is_complete_json(first)):
            text = "".join(buffered) + "".join(lines)
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                yield InputItem(f"{path}:{exc.lineno}", None, None, f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
                return
            items = data if isinstance(data, list) else [data]
            for k, obj in enumerate(items):
                yield _item(f"{path}[{k}]", obj)
            return
        lineno = 0
        for line in _chain(buffered, lines):
            lineno += 1
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputItem(f"{path}:{lineno}", None, None, f"not valid JSON: {exc.msg} (column {exc.colno})")
                continue
            yield _item(f"{path}:{lineno}", obj)


def _chain(first, rest):
    yield from first
    yield from rest


def _is_complete_json(line: str) -> bool:
    try:
        json.loads(line)
        return True
    except json.JSONDecodeError:
        return False
