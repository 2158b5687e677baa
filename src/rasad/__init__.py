"""Rasad (رصد): reads Arabic news and turns each article into structured security events.

Public API::

    from rasad import load_kb, extract
    kb = load_kb()
    record = extract({"id": "a1", "text": "...", "published": "2020-07-02"}, kb)
"""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

from rasad.errors import GoldError, InputError, KnowledgeBaseError, RasadError, StageError  # noqa: E402
from rasad.kb import KnowledgeBase, load_kb  # noqa: E402


def extract(article: dict[str, Any], kb: KnowledgeBase) -> dict[str, Any]:
    """Extract one article (a dict of the input contract) into its output record."""
    from rasad.output import article_record
    from rasad.pipeline import article_from_dict, process

    return article_record(process(article_from_dict(article), kb), kb.version)


__all__ = ["extract", "load_kb", "KnowledgeBase", "RasadError", "InputError", "KnowledgeBaseError",
           "StageError", "GoldError", "__version__"]
