"""The Arabic language layer: normalization, tokens, sentences, numbers."""
import pytest

from rasad.lang.ar import normalize, split_sentences, tokenize
from rasad.lang.ar.normalize import fold_adjective, strip_article, token_keys
from rasad.lang.ar.numbers import parse_number


@pytest.mark.parametrize("raw, expected", [
    ("إِقْلِيم", "اقليم"),                 # diacritics, hamza-alef
    ("كـــوردستان", "كردستان"),            # tatweel and Kurdish spelling
    ("هەولێر", "ههولير"),                 # Kurdish letters ە ێ fold like their Arabic look-alikes
    ("دهۆک", "دهوك"),                     # ۆ ک
    ("مستشفى", "مستشفي"),                 # ى → ي
    ("محافظة", "محافظه"),                 # ة → ه
    ("٢٠٢٠", "2020"),                      # Eastern Arabic digits
    ("۱۵", "15"),                          # Persian digits
    ("البشمركة", "البيشمركه"),             # spelling variant
    ("آمدي", "امدي"),
])
def test_normalize(raw, expected):
    assert normalize(raw) == expected


def test_clitic_readings_keep_literal_first():
    readings = token_keys(normalize("وبالموصل"))
    assert readings[0] == ("", "وبالموصل")
    assert ("وبال", "موصل") in readings
    # A word that merely starts with a clitic letter keeps its literal reading first.
    assert token_keys(normalize("بغداد"))[0] == ("", "بغداد")
    assert ("ولل", "قوات") in token_keys(normalize("وللقوات"))


def test_strip_article_and_adjective_folding():
    assert strip_article("الموصل") == "موصل"
    assert strip_article("ال") == "ال"
    assert fold_adjective(strip_article(normalize("التركية"))) == fold_adjective(normalize("تركيا")) == "ترك"


def test_tokens_keep_offsets_into_original():
    text = "قال العميدُ: «هجومٌ» في ٢٠٢٠."
    for tok in tokenize(text):
        assert text[tok.start:tok.end] == tok.text
    kinds = [t.kind for t in tokenize(text)]
    assert "num" in kinds and "punct" in kinds


def test_sentences_do_not_split_inside_quotes_or_after_abbreviations():
    text = 'قال الوزير إن "الوضع مستقر. والقوات منتشرة" في المدينة.\nوأضاف د. أحمد أن الأمر انتهى. ثم غادر.'
    spans = split_sentences(text)
    sents = [text[s:e] for s, e in spans]
    assert sents[0].endswith("في المدينة.")
    assert sents[1] == "وأضاف د. أحمد أن الأمر انتهى."
    assert sents[2] == "ثم غادر."


@pytest.mark.parametrize("text, value, vague", [
    ("ثلاثة", 3, False), ("خمسة وعشرون", 25, False), ("ثلاثة عشر", 13, False), ("40", 40, False),
    ("١٢", 12, False), ("العشرات", None, True), ("عشرات", None, True), ("ثلاثة آلاف", 3000, False),
])
def test_numbers(text, value, vague):
    num = parse_number(tokenize(text), 0)
    assert num is not None and num.value == value and num.vague == vague


def test_word_lists_are_written_in_the_folded_form_tokens_are_compared_in():
    """A list entry spelled "مؤكدا" never meets the folded token "موكدا": every one-word
    entry of the word lists must already be folded."""
    import rasad.lang.ar.resources as resources
    import rasad.stages.events as events
    import rasad.stages.geocode as geocode
    import rasad.stages.mentions as mentions
    import rasad.stages.quotes as quotes
    import rasad.stages.syntax as syntax
    import rasad.stages.times as times
    from rasad.lang.ar.normalize import normalize

    raw = {"DIACRITICS", "_COMPLEMENTIZERS", "_SOURCE_STOP"}  # compared with raw text, or characters
    bad = []
    import rasad.lang.ar.numbers as numbers

    for mod in (resources, events, geocode, mentions, quotes, syntax, times, numbers):
        for name, value in vars(mod).items():
            if name in raw or name in ("LETTER_MAP", "WORD_VARIANTS") or not isinstance(value, (set, frozenset, dict)) or not value:
                continue
            if all(isinstance(w, str) for w in value):  # (a dict's keys: "مئة" in NUMBER_WORDS)
                bad += [f"{mod.__name__}.{name}: {w}" for w in value if " " not in w and normalize(w) != w]
    assert bad == []


def test_a_long_run_without_full_stops_is_split_before_statement_openers():
    from rasad.lang.ar import split_sentences

    clause = "كشف عضو في الحزب عن أن الأطراف الأربعة وافقت على بقاء الرئيس في منصبه لمدة عامين إضافيين "
    text = clause * 3 + "وقال المتحدث باسم الحزب إن «الاتفاق لم يحصل وقال أحدهم إنه لن يحصل» " + clause * 2
    spans = split_sentences(text)
    assert len(spans) == 2
    assert text[spans[1][0]:].startswith("وقال المتحدث")
    short = "قال المتحدث إن الوضع هادئ وقال آخر إنه مستقر"
    assert len(split_sentences(short)) == 1


def test_a_full_stop_glued_to_the_next_word_ends_a_sentence():
    text = "قتل خمسة في «الوادي».وقال المصدر إن الهجوم وقع."
    assert [text[a:b] for a, b in split_sentences(text)] == ["قتل خمسة في «الوادي».", "وقال المصدر إن الهجوم وقع."]
    for same in ("بغداد - د.ب.أ: قتل خمسة", "نسبة 2.5 بالمئة", "موقع www.example.com نشر"):
        assert len(split_sentences(same)) == 1


def test_near_spellings_one_edit_away():
    from rasad.lang.ar.spelling import SpellingIndex, osa_distance

    assert osa_distance("بادوش", "باودش") == 1  # two letters swapped
    assert osa_distance("سيلوبي", "سيلبوبي") == 1  # one letter more
    assert osa_distance("كركوك", "كركوك") == 0 and osa_distance("ab", "ba") == 1 and osa_distance("abc", "") == 3
    index = SpellingIndex(["بادوش", "سيلوبي", "زاخو"])
    assert index.near("باودش") == {"بادوش"} and index.near("سيلبوبي") == {"سيلوبي"}
    assert index.near("بادوش") == set()  # a known word is no misspelling
    assert index.near("زاخ") == set() and "زاخو" not in index  # short words are left out
    assert index.near("بغداد") == set()


def test_hundreds_in_words_are_numbers():
    from rasad.lang.ar import normalize, tokenize
    from rasad.lang.ar.numbers import parse_number
    for text, value in (("مئة", 100), ("مائة", 100), ("مئتين", 200), ("ثلاثمائة", 300), ("خمسمئة", 500),
                        ("ثلاث مئة", 300), ("مئة وعشرون", 120)):
        assert parse_number(tokenize(normalize(text)), 0).value == value, text


def test_thousands_and_millions_multiply_digits_and_words():
    from rasad.lang.ar import normalize, tokenize
    from rasad.lang.ar.numbers import parse_number
    for text, value in (("25 ألف شيشاني", 25_000), ("3 آلاف جندي", 3_000), ("1.5 مليون", 1_500_000),
                        ("ألف شخص", 1_000), ("ألفي عراقي", 2_000), ("والفين", 2_000), ("مئة ألف", 100_000),
                        ("ثلاثمائة ألف لاجئ", 300_000), ("ثلاثة ملايين", 3_000_000), ("خمسة آلاف", 5_000),
                        ("ثلاث مئة", 300), ("1500 شخص", 1_500)):
        assert parse_number(tokenize(normalize(text)), 0).value == value, text
