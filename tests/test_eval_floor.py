"""The dev gold set's scores must not fall below the floors pinned in gold/baseline.json.

A change that lowers a score fails this test unless the baseline is lowered in the same
commit, with the reason in the commit message. Raise the floors when scores improve.
"""
import json

import pytest

from conftest import ROOT, SHARED, needs_shared

pytestmark = needs_shared
BASELINE = ROOT / "gold" / "baseline.json"


@pytest.fixture(scope="module")
def summary(real_kb):
    from rasad.eval import load_gold_dir, score_documents
    from rasad.output import article_record
    from rasad.pipeline import process

    files = [str(SHARED / "corpora" / "saudinewsnet-2015.jsonl.gz"), str(SHARED / "seed" / "seed-article.json")]
    golds = load_gold_dir(ROOT / "gold" / "dev", files)
    problems = [p for g in golds for p in g.problems]
    assert problems == [], problems
    records = {g.article_id: article_record(process(g.article, real_kb), real_kb.version) for g in golds}
    return score_documents(golds, records)[0]


def _flat(summary):
    out = {f"events.{k}": summary["events"][k] for k in ("precision", "recall", "f1")}
    out.update({f"fields.{k}": v for k, v in summary["fields"].items()})
    out["strict_recall"] = summary["strict_recall"]
    out.update({f"quotes.{k}": summary["quotes"][k] for k in ("precision", "recall", "f1", "speaker", "via")})
    return out


def test_dev_set_is_large_enough(summary):
    assert summary["articles"] >= 61


def test_scores_hold_their_floors(summary):
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    noise = baseline["noise"]
    flat = _flat(summary)
    below = {k: (flat[k], floor) for k, floor in baseline["floors"].items() if flat[k] < floor - noise}
    assert below == {}, f"scores below floor - {noise}: {below}"


def test_the_held_out_set_is_well_formed():
    """gold/heldout is scored, never tuned on; its files must stay valid gold."""
    from rasad.eval import load_gold_dir

    golds = load_gold_dir(ROOT / "gold" / "heldout", [str(SHARED / "corpora" / "saudinewsnet-2015.jsonl.gz")])
    assert len(golds) == 20
    assert [p for g in golds for p in g.problems] == []


def test_the_second_dev_set_is_well_formed():
    from rasad.eval import load_gold_dir

    golds = load_gold_dir(ROOT / "gold" / "dev2", [str(SHARED / "corpora" / "saudinewsnet-2015.jsonl.gz")])
    assert len(golds) == 20
    assert [p for g in golds for p in g.problems] == []


def test_the_third_dev_set_is_well_formed():
    from rasad.eval import load_gold_dir

    golds = load_gold_dir(ROOT / "gold" / "dev3", [str(SHARED / "corpora" / "saudinewsnet-2015.jsonl.gz")])
    assert len(golds) == 23
    assert [p for g in golds for p in g.problems] == []
    held_out = {p.stem for p in (ROOT / "gold" / "heldout").glob("*.json")}
    assert held_out.isdisjoint(g.article_id for g in golds)


def test_the_fourth_dev_set_is_well_formed():
    from rasad.eval import load_gold_dir

    golds = load_gold_dir(ROOT / "gold" / "dev4", [str(SHARED / "corpora" / "saudinewsnet-2015.jsonl.gz")])
    assert len(golds) == 20
    assert [p for g in golds for p in g.problems] == []
    others = {p.stem for d in ("dev", "dev2", "dev3", "heldout") for p in (ROOT / "gold" / d).glob("*.json")}
    assert others.isdisjoint(g.article_id for g in golds)


def _a_dev_set_apart_from_the_others(name: str, size: int, others: tuple[str, ...]) -> None:
    """The set loads cleanly, shares no article with the other sets, and holds no held-out
    dispatch told again: no held-out article shares more than 30% of the five-word shingles of
    the smaller of the two."""
    import re

    from rasad.eval import load_gold_dir

    corpus = [str(SHARED / "corpora" / "saudinewsnet-2015.jsonl.gz")]
    golds = load_gold_dir(ROOT / "gold" / name, corpus)
    assert len(golds) == size
    assert [p for g in golds for p in g.problems] == []
    ids = {p.stem for d in others for p in (ROOT / "gold" / d).glob("*.json")}
    assert ids.isdisjoint(g.article_id for g in golds)

    def shingles(text):
        w = re.findall(r"\w+", text)
        return {tuple(w[i:i + 5]) for i in range(len(w) - 4)}

    for h in load_gold_dir(ROOT / "gold" / "heldout", corpus):
        hs = shingles(h.article.text)
        for g in golds:
            gs = shingles(g.article.text)
            assert len(hs & gs) <= 0.3 * min(len(hs), len(gs)), (h.article_id, g.article_id)


def test_the_fifth_dev_set_is_well_formed_and_holds_no_held_out_text():
    _a_dev_set_apart_from_the_others("dev5", 19, ("dev", "dev2", "dev3", "dev4", "heldout"))


def test_the_sixth_dev_set_is_well_formed_and_holds_no_held_out_text():
    _a_dev_set_apart_from_the_others("dev6", 20, ("dev", "dev2", "dev3", "dev4", "dev5", "heldout"))
