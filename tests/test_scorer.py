"""The scorer follows the annotation guide's rules."""
import datetime as dt

from rasad.eval.gold import GoldArticle
from rasad.eval.normalize import content_words, mentions_match
from rasad.eval.scorer import dates_compatible, norm_admin1, score_documents
from rasad.model import Article


def test_content_words_fold_clitics_articles_and_adjectives():
    assert mentions_match("تركيا", "القصف التركي")
    assert mentions_match("التركية", "تركيا")
    assert mentions_match("وبالموصل", "الموصل")
    assert not mentions_match("قوات", "القوات الأمنية")  # generic words do not count
    assert mentions_match(None, None) and not mentions_match("داعش", None)
    assert "داعش" in content_words("عناصر داعش")


def test_admin1_spellings_and_date_tolerance():
    assert norm_admin1("Al-Anbar") == norm_admin1("Anbar")
    assert norm_admin1("Ninewa") == norm_admin1("Nineveh")
    assert norm_admin1("Dahuk") == norm_admin1("Duhok")
    assert norm_admin1("Thi Qar") == norm_admin1("Dhi Qar")
    assert norm_admin1("Diyarbakır") == norm_admin1("Diyarbakir")
    assert norm_admin1("Ar-Raqqa") == norm_admin1("Raqqa")
    assert norm_admin1("Adana") != norm_admin1("Dana")
    assert dates_compatible("2020-07-01", 1, "2020-07-02", 1)
    assert not dates_compatible("2020-07-01", 1, "2020-07-03", 1)
    assert dates_compatible("2020-07-01", 1, "2020-07-07", 2)
    assert dates_compatible("2020-06-15", 3, "2020-07-02", 1)
    assert not dates_compatible("2020-06-15", 2, "2020-07-02", 1)


def _gold(events, quotes=()):
    text = "وقصف الجيش التركي قرية في دهوك أمس. وقال المسؤول إن \"الوضع هادئ جدا الآن\"."
    art = Article("a", text, dt.date(2020, 7, 2))
    return GoldArticle(None, "a", art.published, tuple(events), tuple(quotes), art)


def test_event_matching_and_field_accuracy():
    gold = _gold([{"plover": "ASSAULT", "event_date": "2020-07-01", "time_precision": 1, "admin1": "Duhok",
                   "actor1": "التركي", "actor2": None, "location": "دهوك", "fatalities": None,
                   "acled_sub_event_type": "Shelling/artillery/missile attack", "evidence": "وقصف الجيش التركي قرية"}],
                 [{"speaker": "المسؤول", "text": "الوضع هادئ جدا", "via": None}])
    good = {"events": [{"plover": "ASSAULT", "event_date": "2020-07-01", "time_precision": 1,
                        "acled_sub_event_type": "Shelling/artillery/missile attack",
                        "actor1": {"mention": "الجيش التركي"}, "actor2": None,
                        "location": {"mention": "دهوك", "admin1": "Dahuk"}, "fatalities": None,
                        "evidence": {"start": 0, "end": 30}}],
            "quotes": [{"speaker": {"mention": "المسؤول", "name": "المسؤول"}, "text": "الوضع هادئ جدا الآن",
                        "via": None, "via_mention": None}]}
    summary, _ = score_documents([gold], {"a": good})
    assert summary["events"]["f1"] == 1.0
    assert all(v == 1.0 for v in summary["fields"].values())
    assert summary["strict_recall"] == 1.0
    assert summary["quotes"]["f1"] == 1.0 and summary["quotes"]["speaker"] == 1.0

    wrong_place = {"events": [dict(good["events"][0], location={"mention": "أربيل", "admin1": "Erbil"})], "quotes": []}
    summary, _ = score_documents([gold], {"a": wrong_place})
    assert summary["events"]["matched"] == 0 and summary["fields"]["admin1"] == 0.0
    assert summary["quotes"]["recall"] == 0.0

    spurious = {"events": good["events"] + [dict(good["events"][0], plover="ACCUSE")], "quotes": good["quotes"]}
    summary, _ = score_documents([gold], {"a": spurious})
    assert summary["events"]["precision"] == 0.5 and summary["events"]["recall"] == 1.0


def test_generic_only_mentions_match_only_when_they_are_the_same_words():
    assert mentions_match("القوات", "القوات")
    assert mentions_match("طيران الجيش", "وطيران الجيش")
    assert not mentions_match("طيران الجيش", "مروحيات طيران الجيش")
    assert not mentions_match("قوات", "القوات الأمنية")
