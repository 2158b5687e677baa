"""Small syntactic tests shared by the coder and the geocoder.

They look at the tokens around a mention or a trigger: the word before it, the clitics on
it, the verb of saying and the complementizer that separate a speaker from what is reported.
"""
from __future__ import annotations

from rasad.lang.ar import Token
from rasad.lang.ar.normalize import normalize, readings, strip_article, token_keys
from rasad.lang.ar.resources import PLACE_KIND_SET, CLAUSE_OPENERS, COMPLEMENTIZERS, LOCATIVE_MARKERS, PLACE_KIND_WORDS, SAY_VERBS
from rasad.model import Document, Mention, Sentence

#: Nouns that make a following place name part of an institution's name ("جامعة الأنبار",
#: "شرطة ديالى", "مجلس محافظة نينوى"): not where the event happened.
NAME_HEADS = frozenset(normalize(w) for w in (
    "جامعه", "شرطه", "مجلس", "محافظ", "عمليات", "قياده", "مديريه", "مدير", "ابناء", "عشائر", "اهالي", "نواب",
    "نائب", "وزير", "حكومه", "ديوان", "قائممقام", "مطار", "مستشفي", "سكان", "نازحي", "متطوعي", "مقاتلي", "اقليم",
    "مسيحيي", "ايزيديي", "مواطني", "نازحو", "اهل", "عشاير", "شيوخ", "وجهاء", "محافظ", "قائد", "قاده"))


#: Verbs of visiting: the place right after them is the one visited ("زار بغداد"), not a doer.
VISIT_VERBS = frozenset({"زار", "زارت", "يزور", "تزور", "زاروا"})


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
        if keys & (LOCATIVE_MARKERS | PLACE_KIND_SET | {"عاصمه"}):
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


def clause_of(doc: Document, sentence: int, tok: int) -> tuple[int, int]:
    """Token range of the clause holding token `tok`: clauses are separated by "فيما",
    "بينما", "في حين", "في الوقت الذي", "في وقت", and "كما" after a comma."""
    sent = doc.sentences[sentence]
    # (the cuts of a sentence are computed once for a given set of mentions)
    memo = doc.scratch.setdefault("clause_cuts", {})
    key = (sentence, len(doc.mentions))
    cuts = memo.get(key)
    if cuts is None:
        cuts = memo[key] = _clause_cuts(doc, sent, sentence)
    lo = max((c for c in cuts if c <= tok), default=sent.tokens[0].index)
    hi = min((c for c in cuts if c > tok), default=sent.tokens[-1].index + 1)
    return lo, hi


def _clause_cuts(doc: Document, sent: Sentence, sentence: int) -> list[int]:
    cuts = []
    for t in sent.tokens:
        nxt = doc.tokens[t.index + 1] if t.index + 1 < len(doc.tokens) else None
        if t.norm in CLAUSE_OPENERS or (t.norm in ("في", "وفي") and nxt is not None and nxt.norm in ("حين", "الوقت", "وقت")):
            cuts.append(t.index)
        # "...، كما قتل وجرح آخرون في انفجار سيارتين": the next item of a round-up
        elif t.norm in ("كما", "وكما") and t.index > sent.tokens[0].index and doc.tokens[t.index - 1].kind == "punct":
            cuts.append(t.index)
        elif t.norm == "كما" and t.index - 1 > sent.tokens[0].index and doc.tokens[t.index - 1].norm == "و" \
                and doc.tokens[t.index - 2].kind == "punct":
            cuts.append(t.index - 1)  # (the same, with the و written apart: "، و كما شهدت مدينة كربلاء")
        # "..., مؤكدا ان القوات تتقدم باتجاه البوعيثة": a second thing said, with places of its own
        elif t.kind == "word" and t.norm.startswith("م") and t.norm.endswith("ا") and len(t.norm) >= 5 \
                and t.index > sent.tokens[0].index and doc.tokens[t.index - 1].kind == "punct" \
                and any(u.norm in COMPLEMENTIZERS for u in doc.tokens[t.index + 1:t.index + 3]):
            cuts.append(t.index)
    # "وفيما قتل 27 في بيجي، كشف مصدر عن قصف ... الموصل": an opening clause ends at its comma
    if sent.tokens and sent.tokens[0].norm in CLAUSE_OPENERS:
        comma = next((t.index for t in sent.tokens if t.kind == "punct" and t.text in "،,"), None)
        if comma is not None:
            cuts.append(comma)
    # (the same inside a sentence, after a comma: "...، وفيما قتل 27 في بيجي، كشف مصدر عن قصف ...
    # الموصل", when the comma is followed by the main verb, not by "و" and more of a list)
    starts = {m.tok_start for m in doc.mentions if m.sentence == sentence}
    for t in sent.tokens:
        if t.norm in CLAUSE_OPENERS and t.index > sent.tokens[0].index and doc.tokens[t.index - 1].kind == "punct":
            comma = next((u.index for u in sent.tokens if u.index > t.index and u.kind == "punct" and u.text in "،,"), None)
            after = doc.tokens[comma + 1] if comma is not None and comma + 1 < len(doc.tokens) else None
            if after is not None and after.kind == "word" and not after.norm.startswith("و") and after.index not in starts:
                cuts.append(comma)
    return cuts
