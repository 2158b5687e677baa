"""Small syntactic tests shared by the coder and the geocoder.

They look at the tokens around a mention or a trigger: the word before it, the clitics on
it, the verb of saying and the complementizer that separate a speaker from what is reported.
"""
from __future__ import annotations

from rasad.lang.ar import Token
from rasad.lang.ar.normalize import normalize, readings, strip_article, token_keys
from rasad.lang.ar.resources import COMPLEMENTIZERS, LOCATIVE_MARKERS, PLACE_KIND_WORDS, SAY_VERBS
from rasad.model import Document, Mention, Sentence

#: Nouns that make a following place name part of an institution's name ("جامعة الأنبار",
#: "شرطة ديالى", "مجلس محافظة نينوى"): not where the event happened.
NAME_HEADS = frozenset(normalize(w) for w in (
    "جامعه", "شرطه", "مجلس", "محافظ", "عمليات", "قياده", "مديريه", "مدير", "ابناء", "عشائر", "اهالي", "نواب",
    "نائب", "وزير", "حكومه", "ديوان", "قائممقام", "مطار", "مستشفي", "سكان", "نازحي", "متطوعي", "مقاتلي", "اقليم",
    "مسيحيي", "ايزيديي", "مواطني", "نازحو", "اهل", "عشاير", "شيوخ", "وجهاء", "محافظ", "قائد", "قاده"))


def prev_key(doc: Document, m: Mention, back: int = 1) -> str | None:
    """The token `back` places before a mention, without its article."""
    j = m.tok_start - back
    if j < 0:
        return None
    return strip_article(doc.tokens[j].norm)


def prev_keys(doc: Document, m: Mention, back: int = 1) -> set[str]:
    """Every reading of the token `back` places before a mention ("بمحافظة" → محافظه)."""
    j = m.tok_start - back
    if j < 0 or doc.tokens[j].kind == "punct":
        return set()
    return {k for _, k in token_keys(doc.tokens[j].norm)} | {doc.tokens[j].norm}


def clitic_prefix(doc: Document, m: Mention) -> str:
    """The letters attached before a mention in its first token ("بـ" of "ببغداد")."""
    tok = doc.tokens[m.tok_start]
    return doc.text[tok.start:m.start]


_LIGHT_VERB_KEYS = frozenset({"شن", "تنفيذ", "نفذ", "شنت", "نفذت"})


def is_locative(doc: Document, m: Mention) -> bool:
    """A place name used as a place: after a locative word (up to two adjectives back: "في
    العاصمة العراقية بغداد") or with ب attached."""
    if clitic_prefix(doc, m).endswith("ب"):
        return True
    # ('في منطقة "سلطان بيلي"': past the opening quotation mark of a quoted name)
    shift = 1 if m.tok_start > 0 and doc.tokens[m.tok_start - 1].text in ('"', "«", "“") else 0
    for back in (1, 2, 3):
        keys = prev_keys(doc, m, back + shift)
        if not keys:
            return False
        if keys & (LOCATIVE_MARKERS | set(PLACE_KIND_WORDS) | {"عاصمه"}):
            return True
        if keys & {"وقت", "حين", "الوقت"}:
            return False  # "في وقت واصلت أنقرة قصفها": a clause opener, not a place phrase
        if keys & _LIGHT_VERB_KEYS:
            return False  # "أدى إلى شن الولايات المتحدة غارات": the doer of a verbal noun, not a place
        if back == 1 and keys & NAME_HEADS:
            return False
        if keys & COMPLEMENTIZERS:
            return False  # "يشار إلى أن تركيا شنت": the subject of a clause, not a place
    return False


def is_say_token(doc: Document, t: Token) -> bool:
    """A verb of saying; "بين" only as "he explained that" (بين أن), not "between"."""
    if not (readings(t.norm) & SAY_VERBS):
        return False
    if t.norm in ("بين", "وبين", "بينت", "وبينت"):
        nxt = doc.tokens[t.index + 1] if t.index + 1 < len(doc.tokens) else None
        return nxt is not None and nxt.norm in COMPLEMENTIZERS
    return True


def complementizer_before(doc: Document, sent: Sentence, pos: int) -> int | None:
    """The last "إن/أن/بأن" after a verb of saying and before token `pos`: in "قال X إن Y
    قصف", X speaks and Y does; times and places before it belong to the saying."""
    return max((t.index for t in sent.tokens if t.index < pos and t.norm in COMPLEMENTIZERS
                and any(is_say_token(doc, u) for u in sent.tokens if u.index < t.index)), default=None)
