"""The shipped name tagger (rasad.ner, model in src/rasad/models/): offline, no timing."""
from __future__ import annotations

import subprocess
import sys

import pytest

from rasad.lang.ar import tokenize
from rasad.ner import TYPES, NameTagger, bio_to_spans, default_model_dir

TEXTS = [
    "وقال رئيس الوزراء حيدر العبادي إن القوات العراقية حررت مدينة الرمادي .",
    "التقى الرئيس العراقي فؤاد معصوم بالسفير الأمريكي في بغداد .",
    "أعلن رئيس إقليم كردستان مسعود بارزاني أن قوات البيشمركة صدت هجوما لتنظيم داعش قرب أربيل .",
    "وأكد محافظ نينوى أثيل النجيفي أن الموصل ستتحرر قريبا .",
    "قال مقتدى الصدر في بيان إن سرايا السلام لن تنسحب من سامراء .",
    "ارتفعت أسعار النفط في الأسواق العالمية خلال الأسبوع الماضي .",
]


@pytest.fixture(scope="module")
def tagger():
    return NameTagger.load()


def names(tagger, text, kind=None):
    toks = tokenize(text)
    return [(" ".join(t.text for t in toks[s:e]), k) for s, e, k in tagger.spans(toks)
            if kind is None or k == kind]


def test_model_ships_in_package():
    assert (default_model_dir() / "ner.crfsuite").is_file()
    assert (default_model_dir() / "ner_lexicon.json").is_file()


@pytest.mark.parametrize("text, name", [
    (TEXTS[0], "حيدر العبادي"),
    (TEXTS[1], "فؤاد معصوم"),
    (TEXTS[2], "مسعود بارزاني"),
    (TEXTS[3], "أثيل النجيفي"),
    (TEXTS[4], "مقتدى الصدر"),
])
def test_person_names(tagger, text, name):
    assert (name, "PERS") in names(tagger, text)


def test_title_and_place_stay_out_of_the_name(tagger):
    pers = [n for n, _ in names(tagger, TEXTS[2], "PERS")]
    assert not any("كردستان" in n or "رئيس" in n for n in pers)
    assert ("كردستان", "LOC") in names(tagger, TEXTS[2])


def test_no_person_in_plain_sentence(tagger):
    assert names(tagger, TEXTS[5], "PERS") == []


def test_spans_agree_with_tags(tagger):
    for text in TEXTS + [" ".join(TEXTS)]:
        toks = tokenize(text)
        tags = tagger.tag(toks)
        spans = tagger.spans(toks)
        assert len(tags) == len(toks)
        assert all(t == "O" or (t[:2] in ("B-", "I-") and t[2:] in TYPES) for t in tags)
        covered = set()
        prev_end = 0
        for s, e, kind in spans:
            assert prev_end <= s < e <= len(toks)  # sorted, non-overlapping, in range
            assert kind in TYPES
            assert tags[s] in ("B-" + kind, "I-" + kind)
            assert all(t == "I-" + kind for t in tags[s + 1:e])
            covered.update(range(s, e))
            prev_end = e
        assert all(tags[i] == "O" for i in range(len(toks)) if i not in covered)


def test_document_is_tagged_sentence_by_sentence(tagger):
    doc = tokenize(" ".join(TEXTS))
    tags = tagger.tag(doc)
    pos = 0
    for text in TEXTS:
        n = len(tokenize(text))
        assert tags[pos:pos + n] == tagger.tag(tokenize(text))
        pos += n
    assert pos == len(doc)


def test_empty_input(tagger):
    assert tagger.tag([]) == []
    assert tagger.spans([]) == []


def test_loading_twice_gives_the_same_results(tagger):
    again = NameTagger.load(default_model_dir())
    same_file = NameTagger.load(default_model_dir() / "ner.crfsuite")
    for text in TEXTS:
        toks = tokenize(text)
        assert tagger.tag(toks) == again.tag(toks) == same_file.tag(toks)
        assert tagger.spans(toks) == tagger.spans(toks)


def test_tagger_is_immutable(tagger):
    with pytest.raises(AttributeError):
        tagger.x = 1
    with pytest.raises(AttributeError):
        tagger._lex = None


def test_missing_model(tmp_path):
    with pytest.raises(FileNotFoundError):
        NameTagger.load(tmp_path)


def test_bio_to_spans():
    assert bio_to_spans(["O", "B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-ORG", "I-ORG"]) == [
        (1, 3, "PERS"), (4, 5, "LOC"), (5, 6, "LOC"), (6, 8, "ORG")]
    assert bio_to_spans(["I-PERS"]) == [(0, 1, "PERS")]
    assert bio_to_spans([]) == []


def test_import_is_light():
    code = "import sys, rasad.ner; assert 'pycrfsuite' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_lone_surrogate_does_not_fail_the_tagger(tagger):
    # (a broken "\udcd8" escape in an input JSON line reaches the tokens as is)
    toks = tokenize("وقال رئيس الوزراء حيدر العبادي إن \udcd8 الوضع مستقر .")
    assert len(tagger.tag(toks)) == len(toks)
