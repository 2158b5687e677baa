"""Stage: the event coder.

Trigger patterns from the knowledge base find candidate events; modality rules drop
plans, futures, negations, trends and background; then each event gets its actors, date,
counts and claim from the sentence around its trigger. Events that are the same
occurrence told twice in one article (an anaphoric "الاجتماع", a campaign and its
summary) are merged. Places are chosen later, by the geocoder.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from rasad.kb import KnowledgeBase
from rasad.kb.loader import TriggerRecord
from rasad.lang.ar import Token
from rasad.lang.ar.normalize import normalize, readings, strip_article, token_keys
from rasad.lang.ar.numbers import parse_number
from rasad.lang.ar.resources import (PLACE_KIND_SET, WEEKDAYS, CLAUSE_OPENERS, WITNESS_VERBS, AGENT_MARKERS, COMPLEMENTIZERS, DEMAND_VERBS, FORCE_NOUNS, HOLDING_WORDS, LIGHT_VERBS, NEGATIONS,
                                     NON_VIOLENT_CAUSES, OCCURRENCE_VERBS, PERSON_NOUNS_DUAL, PERSON_NOUNS_SINGULAR, PLACE_KIND_WORDS,
                                     PLAN_CUES, PURPOSE_WORDS, RELATIVE_PLACE_WORDS, RESUMPTIVE_AGENT_VERBS, RESUMPTIVE_OBJECTS,
                                     SMALL_PLACE_HEADS,
                                     SUICIDE_ADJECTIVE_HEADS, TARGET_MARKERS, TARGET_NOUNS, TREND_CUES)
from rasad.model import ActorRef, Document, Event, Location, Mention, Sentence, Span, TimeRef
from rasad.stages.mentions import named_before, persons_from_model, title_antecedent
from rasad.stages.quotes import issuer_before
from rasad.stages.syntax import VISIT_VERBS, clause_of, complementizer_before, is_locative, is_say_token
from rasad.stages.times import weekday_before

VIOLENT = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}
VERBAL = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "CONSULT", "AGREE", "SANCTION", "CONCEDE",
          "AID", "COOPERATE", "PROTEST"}
_PREPOSITIONS = {"في", "علي", "ضد", "من", "الي", "مع", "عن", "بين", "حول", "بشان", "لدي", "عند", "نحو", "باتجاه",
                 "داخل", "قرب", "خلال", "بعد", "قبل", "منذ", "تجاه"}
_SUBJECTED_TO = {"تعرض", "تعرضت", "يتعرض", "تتعرض"}
_SUBJECTED = {"تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضه", "تعرضها", "تعرضا", "تعرضتا", "تعرضوا", "تعرضن", "تصدت",
              "تصدي", "التصدي", "صد", "احباط",
              "احبطت", "اثر", "جراء", "نتيجه", "بسبب", "عقب"}
_FUTURE_NOT = {normalize(w) for w in {"سيارة", "سياره", "سيارات", "سيطره", "سيطرت", "سيطر", "سياسي", "سياسيه", "سياسه", "سيده", "سيد",
               "ستين", "سته", "ستار", "سيول", "سياده", "سيناء", "سينما", "ستوديو", "سياق", "سياج", "سير", "سيرا",
               "سيطرتها", "ستراتيجيه", "سياح", "سياحه", "سيف", "سيدات", "سيرته", "سنوات", "سنه", "سنين", "سنتين",
               "سنجار", "ستراتيجي", "ستوكهولم", "سنه", "سنويا", "سنوي", "سنويه"}}
#: "مؤكدة دعمها", "معربا عن تأييده": a participle before an event noun, the clause's subject acts
_STANCE_PARTICIPLES = {"موكدا", "موكده", "معربا", "معربه", "مجددا", "مجدده", "معلنا", "معلنه",
                       "مبديا", "مبديه"}
_AREA_NOUNS = {"مناطق", "منطقه", "القري", "البلدات", "المدن", "الاحياء", "المواقع", "المدينه", "البلده", "القريه"}
_NEW_CLAUSE = {"كما", "وكما"}
#: Prepositions placing an event before another act: "بعد مقتل", "عقب الهجوم", "غداة التفجير".
_AFTER_EVENT = {"بعد", "عقب", "غداه", "بعيد", "اثر"}
_FUTURE_NOT_STEMS = ("سيار", "سياس", "سيطر", "سياد", "سياح", "سيول")
_ATTRIBUTION = {"بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا"}
_GAP_ADVERBS = {"ايضا", "مجددا", "بدورها", "بدوره"}
#: Adjectives of an event noun, part of its phrase: "غارة جوية لطيران التحالف".
_TRIGGER_ADJECTIVES = {"جويه", "جوي", "مكثفه", "مكثف", "عنيفه", "عنيف", "جديده", "جديد", "مماثله", "مماثل",
                       "انتحاري", "انتحاريه", "مدفعيه", "صاروخيه", "دمويه", "مسلحه", "ارهابيه", "ناسفه"}
#: What is regained or controlled that is no ground: a market share, a standing, a title.
_NOT_GROUND = {"حصتها", "حصته", "حصه", "حصص", "مكانتها", "مكانته", "ثقه", "الثقه", "عافيتها", "عافيته", "توازنها",
               "توازنه", "بريقها", "بريقه", "الصداره", "صداره", "صدارتها", "صدارته", "اللقب", "لقب", "تاجها", "الاسواق",
               "السوق", "الاسعار", "الاسهم", "الموشر"}
_STOPPING = {"اوقفت", "اوقف", "اوقفوا", "علقت", "علق", "تعليق", "توقف", "توقفت",
             "وقف", "ايقاف", "منع", "انهاء", "لوقف", "بوقف", "احباط", "افشال", "تجنب", "لتجنب", "تتوقف", "يتوقف",
             "التوقف", "بالتوقف", "احبطت", "احبط", "احبطوا", "تحبط", "يحبط", "افشلت", "افشل", "افشلوا"}
_RELATIVE = {"التي", "الذي", "الذين", "اللذين", "اللتين"}
_SHARE_WORDS = {"بالميه", "الميه", "بالمايه", "المايه", "%", "نسبه", "بنسبه", "حصه"}
_TALLY_WORDS = {"عدد", "اعداد", "مجموع", "اجمالي", "احصاييه", "احصاء"}  # (not "حصيلة": an incident's toll)
_ANNOUNCING = {"اعلن", "اعلنت", "كشف", "كشفت", "افاد", "افادت", "ذكر", "ذكرت", "اكد", "اكدت", "نقل", "نقلت"}
_OBLIGED = {"علينا", "عليكم", "عليهم", "عليها", "عليه", "وعلينا", "فعلينا", "واجبنا", "يتوجب", "يتعين"}
_WORKING_ON = {"يعمل", "تعمل", "يعملون", "تعملان", "يعملان", "وتعمل", "ويعمل"}
# "قتلوا في عمليات تطهير الرمادي الجارية منذ أسبوع": the window is the operation's
_ONGOING = {"الجاريه", "المستمره", "المتواصله", "الدايره", "القايمه", "المندلعه"}
_FATAL = {"مقتل", "مصرع", "قتل", "قتلي", "قتيلا", "قتيل", "قتلت", "استشهاد", "استشهد", "شهداء", "شهيدا", "قضي",
          "قتلوا", "لقي", "لقوا", "شهيد", "ضحايا", "ضحيه", "قتلاهم", "وفاه", "قتلا", "اعدم", "اعدمت", "اعدام",
          "اعدامات", "جثه", "جثث", "جثتي", "جثتين", "قضوا", "قضيا", "استشهدوا", "ذبح", "ذبحت", "تصفيه", "اعدموا"}
#: Passive or intransitive verbs whose subject, before them, is the count: "8 أشخاص ... قتلوا".
_FATAL_AFTER_SUBJECT = {"قتلوا", "قتلا", "قتل", "قتلت", "لقوا", "لقي", "قضوا", "قضيا", "استشهدوا", "استشهد", "اعدموا"}
_INJURED_AFTER_SUBJECT = {"اصيبوا", "اصيب", "اصيبا", "جرحوا", "جرح"}
_INJURED = {"اصابه", "اصيب", "اصيبوا", "جرح", "جرحي", "جريحا", "جريح", "مصابين", "مصابا", "مصاب", "الجرحي", "اصابات",
            "اصيبا", "جرحوا"}
_ARRESTED = {"اعتقال", "اعتقلت", "اعتقل", "القبض", "احتجاز", "توقيف", "اعتقالات", "اعتقلوا", "معتقلين"}
_DISMANTLING = {"تفكيك"}  # "تفكيك خلية إرهابية": the cell is broken up, its members arrested
_ARREST_COUNTED = _ARRESTED | {"اوقفت", "اوقف", "اوقفوا"}  # ("أوقفت قوات الأمن 6 أشخاص")
_COMBINED = {"قتيل وجريح", "قتلي وجرحي", "قتيلا وجريحا", "ضحايا"}


@dataclass(frozen=True, slots=True)
class TriggerHit:
    trigger: TriggerRecord
    start: int      # doc token index
    end: int
    clitic: str


def _readings(tok: Token) -> frozenset[str]:
    return readings(tok.norm)


def _strip_suffix(key: str) -> str:
    for suffix in ("هما", "ها", "هم", "ه"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            return key[: -len(suffix)]
    return key


@lru_cache(maxsize=50_000)
def _trigger_keys(norm: str) -> frozenset[str]:
    """Readings of a token, also without an object pronoun: a cheap pre-check for triggers."""
    keys = readings(norm)
    return keys | {_strip_suffix(k) for k in keys}


def find_triggers(tokens: tuple[Token, ...] | list[Token], kb: KnowledgeBase) -> list[TriggerHit]:
    """Every trigger pattern that matches in a token sequence (overlaps resolved: longest wins)."""
    hits: list[TriggerHit] = []
    first_keys = kb.trigger_index
    objects: set[tuple[str, int]] = set()  # (trigger, token) kept from firing by the word before
    for i, tok in enumerate(tokens):
        if tok.kind != "word" or not any(k in first_keys for k in _trigger_keys(tok.norm)):
            continue
        cands: list[tuple[int, TriggerHit]] = []
        prev_keys = _readings(tokens[i - 1]) if i > 0 else set()
        for clitic, key in token_keys(tok.norm):
            # Object pronouns ("قصفها", "قصفه"): never a final ة ("قبضة" is not "قبض" + "ه"),
            # and "ه" only on the bare word ("وزارة" is not "و" + "زار" + "ه").
            ta_marbuta = tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ة")
            if ta_marbuta or (key.endswith("ه") and not key.endswith("ها") and clitic):
                stripped = key if not key.endswith(("ها", "هم", "هما")) else _strip_suffix(key)
            else:
                stripped = _strip_suffix(key)
            for k in {key, stripped}:
                for tid in kb.trigger_index.get(k, ()):
                    trig = kb.triggers[tid]
                    for pattern in trig.patterns:
                        first, _ = pattern[0]
                        if k not in first:
                            continue
                        length = _match_rest(tokens, i + 1, pattern[1:])
                        if length is None:
                            continue
                        end = i + 1 + length
                        if trig.near and not _near(tokens, i, end, trig):
                            continue
                        if trig.not_after and (prev_keys & trig.not_after or (trig.id, i - 1) in objects
                                               or _object_of_list(tokens, i, trig.not_after - _DESTROYING)):
                            # ("تدمير موقعي صاروخ وهاون", "مخزن صواريخ كاتيوشا": the object goes on)
                            objects.add((trig.id, i))
                            continue
                        if tok.norm == "مواجهه" and i > 0 and tokens[i - 1].norm in ("في", "وفي"):
                            continue  # "في مواجهة المتطرفين" is "in the face of", not a fight
                        if trig.not_before and end < len(tokens) and _readings(tokens[end]) & trig.not_before:
                            continue
                        cands.append((1 + length, TriggerHit(trig, tokens[i].index, tokens[end - 1].index + 1, clitic)))
        if cands:
            # Longest pattern first; then a trigger whose context word was found (more specific).
            best_len = max(c[0] for c in cands)
            best = [c[1] for c in cands if c[0] == best_len]
            # (and the reading that takes fewer letters for a clitic: "وبحث" is و + بحث "discussed",
            # not و + ب + حث "urged")
            best.sort(key=lambda h: (not h.trigger.near, h.trigger.strength != "strong", len(h.clitic)))
            hits.append(best[0])
    # Overlaps: the longer hit wins ("قصفت طائرات من دون طيار" is a drone strike, not
    # "قصفت طائرات" and a remainder).
    out: list[TriggerHit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if any(h.start < o.end and o.start < h.end for o in out):
            continue
        out.append(h)
    return sorted(out, key=lambda h: h.start)


#: (destroying car bombs the gold sets code as an attack on them; only defusing, finding and
#: seizing keep a counted or listed weapon from being an attack)
_DESTROYING = frozenset({"تدمير", "دمر", "دمرت"})


def _object_of_list(tokens, i: int, not_after: frozenset[str]) -> bool:
    """The word before the trigger that keeps it from firing stands a count or a list item
    further back: "تم تفكيك 21 عبوة ناسفة", "تدمير ست عجلات وسيارة مفخخة"."""
    k = i - 1
    skipped = 0
    while k >= 0 and skipped < 3 and tokens[k].kind in ("num", "word") and not (
            _readings(tokens[k]) & not_after) and (tokens[k].kind == "num" or parse_number(tokens, k) is not None
                                                  or tokens[k].norm == "علي"  # ("العثور على 3 عبوات")
                                                  or (tokens[i].norm.startswith("و") and skipped < 2)):
        k -= 1
        skipped += 1
    return skipped > 0 and k >= 0 and bool(_readings(tokens[k]) & not_after)


def _match_rest(tokens, j: int, rest) -> int | None:
    used = 0
    for keys, optional in rest:
        if j + used >= len(tokens):
            if optional:
                continue
            return None
        tok = tokens[j + used]
        ok = (tok.kind == "word" and (keys is None or bool(_readings(tok) & keys) or strip_article(tok.norm) in keys)) \
            or (tok.kind == "num" and keys is not None and tok.norm in keys)  # ("تصفية 12 عنصرا")
        if ok:
            used += 1
        elif not optional:
            return None
    return used


def _near(tokens, start: int, end: int, trig: TriggerRecord) -> bool:
    """A context word of the trigger within its window, after it or before it ("قواتها نشرت",
    "وزعت المنظمة مساعدات")."""
    for tok in tokens[end:end + trig.near_window]:
        if tok.kind == "punct" and tok.text in ".؟!":
            break
        if _readings(tok) & trig.near:
            return True
    for tok in reversed(tokens[max(0, start - min(trig.near_window, 3)):start]):
        if tok.kind == "punct" and tok.text in ".؟!":
            break
        if _readings(tok) & trig.near:
            return True
    return False


# --- modality ---------------------------------------------------------------------------

def modality(doc: Document, sent: Sentence, hit: TriggerHit) -> str | None:
    """Why this trigger is not an event (plan, future, negation, trend, background), or None."""
    toks = sent.tokens
    local = hit.start - toks[0].index
    before = [t for t in toks[max(0, local - 8):local]]
    near = before[-3:]
    # "وبعد الاعتداء، عززت السلطات الإجراءات": the attack told before, named as a point in time
    if hit.trigger.plover in VIOLENT and before and before[-1].norm in ("بعد", "وبعد", "عقب", "وعقب", "اثر", "واثر") \
            and doc.tokens[hit.start].norm.startswith("ال") and hit.end < len(doc.tokens) \
            and doc.tokens[hit.end].kind == "punct" and doc.tokens[hit.end].text in "،,":
        return "reference: 'وبعد الاعتداء،' dates another act by the attack told before"
    # "1918 - الحرب العالمية الأولى: بدء هجوم أميان" ("في مثل هذا اليوم"): an almanac's entry
    if toks and toks[0].kind == "num" and len(toks) > 1 and toks[1].text in ("-", "–", ":") \
            and toks[0].norm.isdigit() and 1000 <= int(toks[0].norm) <= 2014:
        return "history: an almanac entry ('1918 - ...')"
    # "60 ألف طالب وطالبة": students, not "he demanded"
    if hit.trigger.plover == "REQUEST" and doc.tokens[hit.start].norm in ("طالب", "الطالب") and (
            (hit.end < len(doc.tokens) and doc.tokens[hit.end].norm in ("وطالبه", "جامعي", "جامعيا"))
            or (hit.start > 0 and (doc.tokens[hit.start - 1].kind == "num"
                                   or parse_number(doc.tokens, hit.start - 1) is not None))):
        return "not a demand: 'طالب' is a student"
    if hit.trigger.plover == "REQUEST" and doc.tokens[hit.start].norm in ("الطالب", "والطالب", "للطالب", "بالطالب",
                                                                          "الطالبه", "الطلاب", "الطالبات"):
        return "not a demand: 'الطالب' with the article is a student"
    # "استدعت البحرين سفيرها احتجاجا على تصريحات": "احتجاجا" gives the motive of another act; a
    # protest only when people gather for it ("وقوف عشرات منهم أمام المجمع احتجاجا")
    if hit.trigger.plover == "PROTEST" and doc.tokens[hit.start].norm in ("احتجاجا", "واحتجاجا") \
            and not any(_readings(t) & _GATHERING for t in toks[max(0, local - 16):local]):
        return "motive: 'احتجاجا على' says why another act was done"
    # "سيطر الجهاديون على 30 بالمئة من إنتاج القمح": a share of something, not ground taken
    # (but "تحرير أكثر من 50% من أحياء الرمادي" is ground)
    share_of = toks[local + (hit.end - hit.start):local + (hit.end - hit.start) + 8]
    if hit.trigger.id == "tr.assault.territory" and any(t.norm in _SHARE_WORDS for t in share_of) and not any(
            _readings(t) & (_AREA_NOUNS | PLACE_KIND_SET | {"مساحه", "اراضي", "ارض"}) for t in share_of):
        return "a share ('30 بالمئة من إنتاج القمح'), not ground taken"
    # "علينا أن ندين جميع التدخلات": what must be done, not what was
    if len(before) >= 2 and before[-1].norm in ("ان", "أن") and before[-2].norm in _OBLIGED:
        return "obligation ('علينا أن ندين'), not an act"
    # "الجهد الهندسي يعمل على تفكيك العبوات": work going on, not an incident
    if len(before) >= 2 and before[-1].norm == "علي" and before[-2].norm in _WORKING_ON:
        return "ongoing work ('يعمل على تفكيك'), not an incident"
    # "حكما بإعدام 24 متهما": the accused, counted, not an accusation
    if hit.trigger.plover == "ACCUSE" and doc.tokens[hit.start].norm.removeprefix("و") in ("متهما", "متهمين", "متهمون") \
            and hit.start > 0 and (doc.tokens[hit.start - 1].kind == "num" or parse_number(doc.tokens, hit.start - 1) is not None):
        return "not an accusation: the accused, counted"
    # "في رحلة بحث عن تحف": "بحث" (a search, a discussion) is not ب + "حث" (to urge)
    if hit.trigger.plover == "REQUEST" and hit.clitic.endswith("ب") and strip_article(
            doc.tokens[hit.start].norm.removeprefix("و")).startswith("بحث"):
        return "not a demand: 'بحث' is a search or a discussion"
    # "الحكومة الهندية ما زالت تندد وتشجب الإرهاب": a standing position; "تعاونا وتواصلا دائما": a habit
    if any(t.norm in ("زالت", "زال", "يزال", "تزال", "مازالت", "مازال") for t in before[-4:]) \
            and hit.trigger.plover in VERBAL:
        return "a standing position ('ما زالت تندد'), not an act"
    if any(t.norm in ("دايما", "دوما", "عاده") for t in toks if hit.end <= t.index < hit.end + 4) \
            and hit.trigger.plover in VERBAL:
        return "a habit ('تعاونا دائما'), not an act"
    # "هذه الحصيلة تتضمن 844 قتيلا": the figures of a report's total
    if hit.trigger.id == "tr.assault.casualties" and any(
            t.norm in _DEMONSTRATIVES and k + 1 < len(toks) and _readings(toks[k + 1]) & _STATISTICS
            for k, t in enumerate(toks)):
        return "statistics: the figures of a total ('هذه الحصيلة تتضمن')"
    # "ولم تحدد الحكومة أماكن اعتقالهم": their detention, told as a state, with no time of its own
    if hit.trigger.id == "tr.coerce.arrest" and doc.tokens[hit.start].norm.removeprefix("و").startswith(("اعتقال", "احتجاز")) \
            and doc.tokens[hit.start].norm.endswith(("هم", "ه", "ها", "هما")) and len(doc.tokens[hit.start].norm) > 6 \
            and not any(sent.start <= t.start < sent.end and t.kind in _DAY_KINDS for t in doc.times):
        return "reference: the detention of people already named ('أماكن اعتقالهم')"
    # "الهدنة مع تركيا لم يعد لها معنى": no longer
    after3 = [t for t in toks if hit.end <= t.index < hit.end + 5]
    if any(t.norm in ("لم", "ولم") and k + 1 < len(after3) and after3[k + 1].norm in ("يعد", "تعد")
           for k, t in enumerate(after3)):
        return "negated: no longer ('لم يعد')"
    # "التعاون في المعركة ضد تنظيم داعش": the war in general, not one fight
    if hit.trigger.plover in VIOLENT and hit.end - hit.start == 1 and hit.end < len(doc.tokens) \
            and strip_article(doc.tokens[hit.start].norm.removeprefix("و").removeprefix("ب").removeprefix("ف")) in (
                "معركه", "حرب", "حمله", "مواجهه") \
            and doc.tokens[hit.start].norm.removeprefix("و").removeprefix("ب").removeprefix("ف").startswith("ال") \
            and (doc.tokens[hit.end].norm in ("ضد", "علي") or (
                doc.tokens[hit.end].norm == "مع" and strip_article(doc.tokens[hit.start].norm.removeprefix("و")) == "مواجهه")) \
            and not any(doc.tokens[max(sent.tokens[0].index, hit.start - 6)].start <= t.start
                        < doc.tokens[min(sent.tokens[-1].index, hit.end + 6)].end and t.kind in _DAY_KINDS
                        for t in doc.times):
        # (a day named near it makes it one fight; one named for another clause does not)
        return "the war in general ('المعركة ضد داعش', 'المواجهة مع داعش'), not one fight"
    # "الاتفاق الذي جرى التوصل إليه": the relative clause of the agreement noun, not another event
    if hit.trigger.plover == "AGREE" and len(before) >= 3 and before[-1].norm in ("جري", "تم") \
            and before[-2].norm in _RELATIVE and strip_article(before[-3].norm.removeprefix("و")) in ("اتفاق", "اتفاقيه", "تفاهم"):
        return "the relative clause of the agreement just named ('الاتفاق الذي جرى التوصل إليه')"
    # "بموجب اتفاق مع تركيا", "وفقا للاتفاق": the agreement acted under, reached before
    if hit.trigger.plover == "AGREE" and before and (_readings(before[-1]) & _UNDER or (
            len(before) >= 2 and _readings(before[-2]) & {"وفقا", "طبقا", "استنادا", "بناء"})) \
            and not any(sent.start <= t.start < sent.end and t.start > doc.tokens[hit.start].start for t in doc.times):
        return "reference: the agreement something is done under ('بموجب اتفاق')"
    # "لكن الاعتداء الذي تم في سوروتش وأوقع 32 قتيلا غيّر المعطيات": a definite attack told by a
    # past relative clause, with no time of its own, after the lead: the known earlier attack.
    first = doc.tokens[hit.start]
    nxt = doc.tokens[hit.end] if hit.end < len(doc.tokens) else None
    if hit.trigger.plover in VIOLENT and sent.index >= 2 and hit.end - hit.start == 1 \
            and first.norm.removeprefix("و").startswith("ال") and nxt is not None and nxt.norm in _RELATIVE \
            and hit.end + 1 < len(doc.tokens) and (doc.tokens[hit.end + 1].norm in ("تم", "جري") or not doc.tokens[
                hit.end + 1].norm.startswith(("ي", "ت", "س", "كان"))) \
            and not any(sent.start <= t.start < sent.end for t in doc.times) \
            and any(_readings(t) & _CONSEQUENCE_VERBS for t in toks if t.index > hit.end + 1):
        return "reference: a known attack told by a relative clause, the subject of its consequence"
    # ... and the toll told in that relative clause ("الاعتداء الذي تم في سوروتش وأوقع 32 قتيلا")
    if hit.trigger.id == "tr.assault.casualties" and sent.index >= 2 \
            and not any(sent.start <= t.start < sent.end for t in doc.times) \
            and any(_readings(t) & _CONSEQUENCE_VERBS for t in toks if t.index > hit.end) \
            and any(t.norm.removeprefix("و").startswith("ال") and t.index + 1 < hit.start
                    and doc.tokens[t.index + 1].norm in _RELATIVE and _readings(t) & _ATTACK_NOUNS
                    for t in toks if hit.start - 14 <= t.index < hit.start):
        return "reference: the toll of a known attack told by a relative clause"
    # "تشكيل فوجين يشاركان في تحرير مدينة هيت": who will take part, not an act done
    if len(before) >= 2 and before[-1].norm in ("في", "بـ") and before[-2].norm.removeprefix("و").startswith(
            ("يشارك", "تشارك", "سيشارك", "ستشارك", "يساهم", "تساهم")):
        return "plan: who is to take part in it"
    # "فشل جولة المفاوضات في التوصل إلى اتفاق": failed to reach one
    if hit.trigger.plover == "AGREE" and any(_readings(t) & _FAILED for t in before):
        return "negated: failed to reach it"
    # Purpose: "لتنفيذ عمليات", "للبدء" (but "تعرضت لقصف" is an event suffered).
    if hit.clitic in ("ل", "ول", "فل", "لل", "ولل") or doc.tokens[hit.start].norm.startswith(("لل", "ولل")):
        # (past a time: "تعرض مساء السبت لاعتداء مسلح")
        timed = {t.index for tr in doc.times for t in before if tr.start <= t.start < tr.end} | {
            t.index for t in before if strip_article(t.norm) in ("مساء", "صباح", "فجر", "ظهر", "ليله", "امس", "اليوم")}
        if not any(_readings(t) & _SUBJECTED and all(u.index in timed for u in before[k + 1:])
                   for k, t in enumerate(before) if k >= len(before) - 5) \
                and not any(_readings(t) & _SUBJECTED for t in before[-2:]):
            return "purpose"
    # "ليشاركوا مع القوات الأمنية في تحرير مناطقهم": ل with an imperfect verb, a purpose
    for t in before[-6:]:
        # (ل with a verbal noun, "لتأخرها", "لتحرير", is a reason or a purpose of another clause)
        if (t.norm.startswith(("لي", "ولي")) or (t.norm.startswith(("لت", "ولت")) and t.norm.endswith("وا"))) \
                and len(t.norm) >= 6 and t.norm not in _NOT_PURPOSE \
                and not any(m.tok_start <= t.index < m.tok_end for m in doc.mentions):
            return "purpose"
    # In the scope of a purpose phrase: "للبدء بالعمل والتعاون", "لتنفيذ عمليات مشتركة"
    for t in before[-3:]:
        if (t.norm.startswith(("لل", "ولل")) and t.norm.removeprefix("و")[2:] not in _NTH_TIME) or t.norm in PURPOSE_WORDS:
            return "purpose"  # (but "للمرة الأولى قصفت", "لليوم الثاني": the nth time, not a purpose)
    for t in near:
        r = _readings(t)
        if r & NEGATIONS or t.norm in NEGATIONS:
            return "negated"
    if before and before[-1].norm in ("تحت",):
        return "state, not an event"
    if before and before[-1].norm in _FUTURE_AFTER:
        return "future"  # "يعقد المجلس غدا اجتماعا"
    if doc.tokens[hit.start].norm in ("الداعيه", "الداعي", "الداعين", "والداعيه", "الراميه", "الهادفه"):
        return "attributive: 'توجيهات المرجعية الداعية إلى' describes, it is no act"
    if doc.tokens[hit.start].norm in ("المطالبه", "المطالبين") and before and before[-1].norm.startswith("ال") \
            and not _readings(before[-1]) & DEMAND_VERBS:
        return "attributive: 'الإرادة الشعبية المطالبة بكشف' describes, it is no act"
    # "وهو أول هجوم من هذا النوع منذ": what the article just told, ranked among its kind
    after3 = [t.norm for t in toks if hit.end <= t.index < hit.end + 3]
    if after3[:3] == ["من", "هذا", "النوع"] or (
            len(before) >= 2 and before[-2].norm in ("وهو", "وهي", "هو", "هي")
            and strip_article(before[-1].norm) in ("اول", "ثاني", "ثالث", "اخر", "احدث", "اكبر", "اعنف", "ابرز")):
        return "reference: 'وهو أول هجوم من هذا النوع' ranks the event already told"
    # "وهو الاجتماع الذي أعقب لقاء ...": the event just told, named again to say what followed it
    if before and before[-1].norm in ("وهو", "وهي", "هو", "هي") and doc.tokens[hit.start].norm.startswith("ال") \
            and hit.end < len(doc.tokens) and doc.tokens[hit.end].norm in _RELATIVE:
        return "reference: 'وهو الاجتماع الذي' names the event just told again"
    if hit.trigger.id == "tr.assault.target" and any(_readings(t) & _RAIDS for t in before[-3:]):
        return "the targets of a raid or an arrest campaign ('مداهمات ... استهدفت عناصر')"
    if hit.trigger.id == "tr.assault.territory" and any(
            _readings(t) & _NOT_GROUND for t in doc.tokens[hit.end:min(hit.end + 3, sent.tokens[-1].index + 1)]):
        return "not ground: a share, a standing, a title regained ('استعادت السعودية حصتها في السوق')"
    # "وحملت السلطات التركية تنظيم داعش مسؤولية شن الهجوم": the attack blamed on someone is told before
    if hit.trigger.plover == "ASSAULT" and any(_readings(t) & {"مسووليه"} for t in before[-3:]) and any(
            _readings(t) & _BLAMING for t in before[-7:]):
        return "reference: the attack someone is blamed for ('حملت ... مسؤولية شن الهجوم')"
    if before and before[-1].norm in ("اي", "لاي", "باي", "واي") or (
            any(t.norm in ("اي", "لاي", "باي", "واي") for t in before[-6:])
            and any(t.norm in ("او", "حتي") for t in before[-4:])):
        return "hypothetical: 'أي هجوم' (any attack), 'أي هجوم أو حتى محاولة هجوم'"
    if before and _readings(before[-1]) & {"قرار", "لقرار", "بقرار", "قرارا", "قراره", "قرارها"}:
        return "a decision to do it ('قرار تسليم أم سياف'), not the act"
    if any(_readings(t) & {"بدلا", "عوضا", "بدل"} for t in before[-3:]):
        return "instead of it ('الحوار بدلا من مواصلة القتال')"
    next5 = [t for t in toks if hit.end <= t.index < hit.end + 5]
    if hit.trigger.plover == "MOBILIZE" and any(_readings(t) & {"الي"} and _readings(u) & _CAUSED_ACTS
                                                for t, u in zip(next5, next5[1:])):
        return "pushed into something ('دفع بالمسلحين إلى شن هجمات'), no deployment"
    if hit.trigger.plover == "ACCUSE" and trig_tok_norm(doc, hit).startswith(("المتهم", "والمتهم")):
        return "attributive: 'المتهمة بالتجسس' (the accused), no accusation made"
    if hit.trigger.plover in VIOLENT and hit.clitic.startswith(("ب", "وب")) and any(
            _readings(t) & _ACCUSING for t in before[-3:]) and not _day_in(doc, sent) \
            and not any(t.kind == "num" for t in toks):
        # (but "اتهمت الحكومة التنظيم بقتل 20 مدنيا أمس" reports the killing)
        return "the charge of an accusation ('يتهمها تنظيم داعش بالسيطرة على طالبان')"
    # "ووفقا لإحصاءات حكومة الإقليم، فإن 1280 شخصا قتلوا خلال هجوم المتشددين على سنجار": the
    # figures of someone's statistics
    if hit.trigger.plover in VIOLENT and any(
            _readings(t) & {"احصاءات", "احصاييات"} and k > 0 and _readings(toks[k - 1]) & {"وفقا", "وفق", "حسب", "بحسب", "طبقا"}
            for k, t in enumerate(toks) if k < local):
        return "statistics: figures of someone's statistics ('وفقا لإحصاءات الحكومة')"
    if hit.trigger.plover in VIOLENT and any(_readings(t) & _STATISTICS for t in toks) and any(
            t.norm in ("منذ", "ومنذ") for t in toks):
        return "statistics: a toll since a point in time ('بحسب حصيلة ... منذ التصعيد')"
    if len(before) >= 2 and before[-2].norm in ("عند", "لدي", "حال", "بمجرد") and _readings(before[-1]) & {"حدوث", "وقوع"}:
        return "hypothetical: 'عند حدوث الهجمات' (whenever they happen)"
    if hit.trigger.plover == "RETREAT" and hit.end + 1 < len(doc.tokens) and doc.tokens[hit.end].norm == "من" \
            and any(m.tok_start == hit.end + 1 and m.kind == "actor" for m in doc.mentions):
        # ("سبية إيزيدية هربت من داعش", "مدنيون فروا من التنظيم")
        return "an escape from an armed group, not a withdrawal"
    if hit.trigger.id == "tr.assault.target" and any(_readings(t) & _RAID_NOUNS for t in before[-7:]):
        return "the target of raids or arrests ('مداهمات أمنية استهدفت عناصر يشتبه بانتمائهم'), not an attack"
    if hit.trigger.plover in VIOLENT and any(_readings(t) & _INQUIRY for t in before[-3:]):
        return "reference: the inquiry into it ('كشف ملابسات تفجير المسجد', 'التحقيق في الهجوم')"
    # "كتب تكفيرية تحث على القتال", "تسجيل فيديو يدعو إلى مهاجمة حماس": an imperfect verb right
    # after an indefinite noun describes that noun; nobody demands anything
    trig_tok = doc.tokens[hit.start]
    if hit.trigger.plover in ("REQUEST", "ACCUSE", "SUPPORT", "THREATEN", "REJECT") and before \
            and trig_tok.norm[:1] in "يت" and hit.clitic == "" and _indefinite_noun(doc, before[-1]):
        return "attributive: an imperfect verb describing the indefinite noun before it"
    # "هذا الذي يدعو إليه داعش", "الحكومة التي تطالب بالإصلاح": an imperfect verb in a relative
    # clause describes its antecedent, it tells no act
    if hit.trigger.plover in ("REQUEST", "ACCUSE", "SUPPORT", "THREATEN", "REJECT") and before \
            and trig_tok.norm[:1] in "يت" and hit.clitic == "" and before[-1].norm in _RELATIVE:
        return "attributive: an imperfect verb in a relative clause describes its antecedent"
    if hit.trigger.plover == "AGREE" and before and _readings(before[-1]) & _BREAKDOWN:
        return "the end of an agreement ('منذ سقوط الهدنة'), not one reached"
    if hit.trigger.id == "tr.assault.detonate" and any(_readings(t) & _FIGURATIVE_BLASTS for t in before[-3:]):
        return "figurative: 'مفاجأة كبيرة فجرها' (a surprise sprung, no explosion)"
    if hit.trigger.plover == "PROTEST" and doc.tokens[hit.start].norm in ("احتجاجه", "احتجاجها", "واحتجاجه"):
        return "one person's objection ('احتجاجه على'), not a demonstration"
    # "الحركة التي تشن هجمات ضد القوات": what someone habitually does, in a relative clause
    if len(before) >= 2 and before[-2].norm in _RELATIVE and before[-1].norm in LIGHT_VERBS \
            and before[-1].norm[:1] in "يت":
        return "habitual: a present-tense relative clause"
    habit = ("تقوم", "يقوم", "يقومون", "تقومان", "يقومان")
    if (before and before[-1].norm in habit and hit.clitic.endswith("ب")) or (
            hit.clitic.startswith("و") and any(t.norm in habit for t in before[-5:])):
        return "habitual: 'تقوم بالقتل والترويع والخطف'"
    if before and _readings(before[-1]) & {"سنوات", "اعوام", "عقود", "سني"}:
        return "background: years of it ('سنوات الحصار')"
    if before and _readings(before[-1]) & {"تهمه", "جرايم", "جريمه", "بتهمه", "المتهم", "متهم", "المتهمين", "متهمين",
                                           "المتهمه", "متهمون", "المتهمون", "بتهم", "تهم"}:
        return "a charge, not an act ('بتهمة القتل', 'المتهم بتأييد داعش')"
    if hit.trigger.plover == "REJECT" and any(_readings(t) & {"تاكيد", "التعليق", "الادلاء", "الكشف", "اعطاء", "الافصاح",
                                                               "تفاصيل"}
                                               for t in toks if hit.end <= t.index < hit.end + 7):
        return "declined to comment ('رفضت نفي أو تأكيد الأنباء'), no rejection"
    if before and _readings(before[-1]) & {"لمناسبه", "بمناسبه", "مناسبه"}:
        return "the occasion of something else ('هنأه لمناسبة التوصل إلى الاتفاق')"
    nxt = next((t for t in toks if t.index >= hit.end), None)
    if nxt is not None and strip_article(nxt.norm) in ("سابق", "سابقه", "سابقا"):
        return "background: an earlier one ('رفض سابق', 'زيارته السابقة')"
    # "قد يعقد هدنة": "قد" before an imperfect verb is "may"
    for k in range(max(0, len(before) - 3), len(before) - 1):
        if before[k].norm in ("قد", "وقد", "فقد") and before[k + 1].norm[:1] in "يت" and len(before[k + 1].norm) >= 3 \
                and not any(x.norm in ("كان", "كانت", "وكان", "وكانت") for x in before[:k]):
            return "possibility: 'قد' with an imperfect verb"
    # ("المسؤول عن مقتل 38 سائحا في هجوم على شاطئ سوسة": the attack of the same phrase too)
    culprit_at = next((k for k in range(len(before) - 1, -1, -1) if _readings(before[k]) & _CULPRITS), None)
    if hit.trigger.plover in VIOLENT and culprit_at is not None and len(before) - culprit_at > 3 and before[-1].norm in ("في", "خلال") \
            and not any(t.kind == "punct" for t in before[culprit_at:]):
        return "reference: the event its culprits or suspects are named for ('منفذي تفجير', 'مشتبه به في')"
    if hit.trigger.plover in VIOLENT and (any(_readings(t) & _CULPRITS for t in before[-3:])
                                          or any(_readings(t) & {"ذكري", "بذكري", "ذكرى"} for t in before[-6:])):
        return "reference: the event its culprits or suspects are named for ('منفذي تفجير', 'مشتبه به في')"
    # "سبق والتقى بوتين ولي ولي العهد": what was done before
    if any(t.norm in ("سبق", "وسبق") for t in before[-3:]):
        return "background: done before ('سبق والتقى')"
    # "بشار الأسد كان يطالب بإرسال": an imperfect verb after "كان" is what used to be
    if before and before[-1].norm in ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا") \
            and doc.tokens[hit.start].norm[:1] in "يت" and hit.clitic == "":
        return "background: what used to happen ('كان يطالب')"
    # "كان يحظى بتأييد من إيران", "كانت تشن هجمات": what used to happen
    if len(before) >= 2 and before[-2].norm in ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا") \
            and before[-1].norm[:1] in "يت" and before[-1].kind == "word" and len(before[-1].norm) >= 4:
        return "background: what used to happen ('كان يحظى بتأييد')"
    until = any(t.norm in ("حتي", "لغايه", "وحتي", "ولغايه") and t.index + 1 < len(doc.tokens) and any(
        tr.start == doc.tokens[t.index + 1].start for tr in doc.times) for t in toks)
    if hit.trigger.id == "tr.assault.casualties" and any(
            t.norm in ("خلال", "طيله", "طوال") and t.index + 1 < len(doc.tokens) and any(
                tr.kind in ("month", "week") and doc.tokens[t.index + 1].start <= tr.start <= doc.tokens[t.index + 2].start
                for tr in doc.times if sent.start <= tr.start < sent.end) for t in toks if t.index + 2 < len(doc.tokens)):
        return "statistics: the dead of a month or a week ('مقتل 3440 عراقيا خلال شهر يوليو الماضي')"
    since_start = any(t.norm in ("منذ", "ومنذ") and t.index + 1 < len(doc.tokens)
                      and doc.tokens[t.index + 1].norm.startswith(tuple(_STARTS)) for t in toks if t.index >= hit.end)
    thousands = any(t.kind == "num" and t.index + 1 < len(doc.tokens) and doc.tokens[t.index + 1].norm in _THOUSANDS
                    for t in toks)
    if hit.trigger.plover in VIOLENT and since_start and (hit.trigger.id == "tr.assault.casualties" or thousands):
        return "statistics: a total since the campaign began ('أسفرت عن مقتل 15 ألف مقاتل منذ انطلاقها')"
    if hit.trigger.plover == "CONSULT" and any(_readings(t) & _RECEIVED_CASUALTIES
                                               for t in toks if hit.end <= t.index < hit.end + 7):
        return "not a meeting: receiving the dead, the wounded or the displaced ('استقبل المستشفى تسع جثث')"
    if hit.trigger.plover in VIOLENT and hit.trigger.id != "tr.assault.casualties" and _counted(doc, before) >= 100:
        return "statistics: hundreds or thousands of strikes or attacks, a campaign's total ('6 آلاف ضربة جوية')"
    # "الهجمات التي استهدفت تركيا في الفترة من 7 يوليو وحتى الخامس من الشهر الجاري": a period's total
    if hit.trigger.plover in VIOLENT and any(
            t.norm in ("الفتره", "فتره") and t.index + 1 < len(doc.tokens) and doc.tokens[t.index + 1].norm in ("من", "ما")
            for t in toks) and any(t.norm in ("حتي", "وحتي", "لغايه", "ولغايه") for t in toks):
        return "statistics: the total of a period ('في الفترة من ... وحتى ...')"
    # "وقتل 19 شخصا من القوات التركية بهجمات نسبت إلى حزب العمال منذ بداية الأزمة": a total since
    # (but "واصل شن هجمات ... التي قتل نحو 20 منذ اندلاع": the campaign, told with its toll)
    if hit.trigger.plover in VIOLENT and any(
            t.norm in ("منذ", "ومنذ") and any(_readings(u) & _STARTS for u in doc.tokens[t.index + 1:t.index + 3])
            for t in toks) and any(_readings(t) & _FATAL for t in toks) \
            and not any(t.norm.startswith(_GOING_ON) or (t.norm.startswith("و") and t.norm[1:].startswith(_GOING_ON))
                        for t in toks) \
            and (hit.trigger.id == "tr.assault.casualties" or _readings(doc.tokens[hit.start]) & _PLURAL_ATTACKS
                 or doc.tokens[hit.start].norm.removeprefix("ب").removeprefix("و") in ("هجمات", "غارات", "اشتباكات")):
        return "statistics: a total since a start ('منذ بداية الأزمة')"
    # "قتل طيار وأصيب آخر عندما تحطمت طائرة هليكوبتر", "حادث مروري": an accident, not violence
    if hit.trigger.id == "tr.assault.casualties" and any(_readings(t) & _ACCIDENT for t in toks) \
            and not any(_readings(t) & (_ATTACK_NOUNS | _WEAPON_WORDS) for t in toks):
        return "accident: deaths with no attack or weapon told ('تحطمت طائرة', 'حادث مروري')"
    if hit.trigger.id == "tr.assault.casualties" and any(_readings(t) & _TOTALS for t in toks):
        return "statistics: a running total ('يرتفع إجمالي عدد القتلى إلى 60')"
    if hit.trigger.id == "tr.assault.casualties" and (until or any(_readings(t) & (_STATISTICS | _MOST_HIT) for t in toks) and any(
            sent.start <= t.start < sent.end and t.kind in ("month", "since", "week") for t in doc.times)):
        return "statistics: a total for a month or a period ('حصيلة ... خلال يوليو الماضي')"
    # "كانت بغداد الأكثر تضررا في الهجمات ... حصيلة شهر حزيران": the attacks of a month, counted
    if hit.trigger.plover in VIOLENT and _readings(doc.tokens[hit.start]) & _PLURAL_ATTACKS \
            and any(_readings(t) & (_STATISTICS | _MOST_HIT) for t in toks) and any(
            sent.start <= t.start < sent.end and t.kind in ("month", "since", "week") for t in doc.times):
        return "statistics: the attacks of a month, counted ('الأكثر تضررا في الهجمات ... تموز الماضي')"
    if before and before[-1].norm in ("ياتي", "تاتي", "وياتي", "وتاتي") \
            and (doc.tokens[hit.start].norm.startswith(("ال", "وال"))  # ("ويأتي تفكيك تلك الشبكة بعد")
                 or (hit.end < len(doc.tokens) and doc.tokens[hit.end].norm in _DEMONSTRATIVES)):
        return "reference: 'ويأتي الهجوم غداة ...' frames the event already told"
    # "عندما ترفع عنها العقوبات", "رفع العقوبات": sanctions lifted, none imposed
    if hit.trigger.plover == "SANCTION" and any(_readings(t) & _LIFTING for t in before[-4:]):
        return "sanctions lifted, none imposed ('رفع العقوبات')"
    # "وقد يزيد الاتفاق الذي توصلت إليه إيران والقوى العالمية": the agreement told of, reached before
    if hit.trigger.plover == "AGREE" and len(before) >= 2 and before[-1].norm in _RELATIVE \
            and strip_article(before[-2].norm) in ("اتفاق", "اتفاقيه", "تفاهم", "صفقه") \
            and before[-2].norm.startswith(("ال", "وال", "بال", "لل")) \
            and not any(sent.start <= t.start < sent.end and t.kind not in ("year",) for t in doc.times):
        return "reference: 'الاتفاق الذي توصلت إليه ...' tells of an agreement reached before"
    # "وبهجمات أمس يرتفع إجمالي عدد القتلى إلى 60": the running total the attacks raise
    if hit.trigger.plover in VIOLENT and any(_readings(t) & _TOTALS for t in toks) \
            and any(_readings(t) & {"يرتفع", "ارتفع", "ليرتفع", "ترتفع", "ارتفعت"} for t in toks):
        return "statistics: a running total ('يرتفع إجمالي عدد القتلى إلى 60')"
    # "أصدر تعليمات بإعدام كل من يحاول الهرب": an order given, not the act
    if hit.trigger.plover in VIOLENT and doc.tokens[hit.start].norm.startswith("ب") and before \
            and _readings(before[-1]) & {"تعليمات", "اوامر", "امرا", "امر", "توجيهات", "فتوي"}:
        return "an order given ('أصدر تعليمات بإعدام'), not the act"
    # "أرجأتها نزولا عند طلب من حركة طالبان", "بناء على طلب تركيا": the request as the reason of another act
    if hit.trigger.plover == "REQUEST" and doc.tokens[hit.start].norm in ("طلب", "بطلب") and before \
            and (before[-1].norm in ("عند", "علي", "لطلب") or doc.tokens[hit.start].norm == "بطلب"):
        return "reference: 'نزولا عند طلب', 'بناء على طلب' gives the reason of another act"
    # "لحشد الدعم لتأييد الاتفاق مع إيران", "ودافع أوباما عن الاتفاق": the agreement already made,
    # named again; an agreement is reached or signed ("توصلا إلى الاتفاق", "توقيع الاتفاق")
    if hit.trigger.id == "tr.agree.noun" and doc.tokens[hit.start].norm.startswith(("ال", "بال", "وال", "لل", "فال")) \
            and not any(_readings(t) & _REACHING for t in before[-4:]) \
            and not any(strip_article(t.norm) in ("معقود", "مبرم", "موقع", "جديد") for t in doc.tokens[hit.end:hit.end + 2]):
        return "reference: the agreement named again ('الاتفاق'), none reached"
    # "وقد لاحظنا ارتفاع مستوى اللاعبين ... اللقاء", "ويلعب المنتخب اليوم ثالث مواجهاته": a match, a
    # team's praise, not a meeting or a clash
    if any(_readings(t) & _SPORT for t in toks) and not any(
            _readings(t) & (_FATAL | _WEAPON_WORDS | _ATTACK_NOUNS | _ARMED_WORDS) for t in toks):
        return "sport: a match or a team ('لقاء', 'مواجهات' of two teams), not a meeting or a clash"
    # "إن 173 مدنياً قتلوا ... جراء هذه الغارات خلال هذه الفترة": the toll of a period told before
    if hit.trigger.plover in VIOLENT and any(
            t.norm in ("خلال", "طوال", "طيله", "في") and k + 2 < len(toks)
            and ((toks[k + 1].norm in ("هذه", "تلك") and toks[k + 2].norm in _PERIODS)
                 or (toks[k + 1].norm in _PERIODS and toks[k + 2].norm in ("نفسها", "ذاتها")))
            for k, t in enumerate(toks)):
        return "statistics: the toll of a period told before ('خلال هذه الفترة')"
    # "تشهد العاصمة بغداد مساء اليوم تظاهرات حاشدة": what the evening will see, not yet seen
    if hit.trigger.plover == "PROTEST" and any(t.norm in ("تشهد", "يشهد", "ستشهد", "سيشهد") for t in before[-6:]) \
            and any(t.norm == "مساء" and k + 1 < len(toks) and toks[k + 1].norm in ("اليوم", "غد", "الغد")
                    for k, t in enumerate(toks)):
        return "future: what this evening will see ('تشهد بغداد مساء اليوم تظاهرات')"
    # "إعدام كل من يحاول الهرب": an attempt to flee, no withdrawal
    if hit.trigger.plover == "RETREAT" and any(_readings(t) & _ATTEMPTING for t in before[-2:]):
        return "an attempt to flee ('كل من يحاول الهرب'), no withdrawal"
    # "الملعب الذي كانت القوات تسيطر عليه", "المناطق التي يسيطر عليها التنظيم": a present tense of
    # holding is who holds the ground, not a taking
    if hit.trigger.id == "tr.assault.territory" and doc.tokens[hit.start].norm.removeprefix("و") in (
            "يسيطر", "تسيطر", "يسيطرون", "تسيطران", "يسيطران"):
        return "a state: who holds the ground ('التي يسيطر عليها التنظيم'), not a taking"
    # "مدينة الرمادي الواقعة تحت سيطرته", "المناطق الخاضعة لسيطرة التنظيم": who holds it, not a taking
    if hit.trigger.id == "tr.assault.territory" and before and (
            _readings(before[-1]) & {"تحت"} and len(before) >= 2 and _readings(before[-2]) & _LYING
            or _readings(before[-1]) & _LYING
            # ("تنظيم داعش الذي يفرض سيطرته على نحو 90 في المائة من مدن الأنبار": who holds what)
            or (before[-1].norm in ("يفرض", "تفرض", "يفرضون") and len(before) >= 2 and before[-2].norm in _RELATIVE)):
        return "a state: the ground under someone's control ('الواقعة تحت سيطرته'), not taken"
    # "عملية تحرير الأنبار تتطلب مزيدا من طلعات طيران التحالف", "بحاجة ماسة إلى": what is needed
    if any(_readings(t) & _NEEDING for t in before[-5:]):
        return "hypothetical: what is needed ('تتطلب مزيدا من الطلعات')"
    # "من الصعب جداً تحرير العراق من تنظيم داعش دون مساعدة": how hard or possible it is, not an act
    if any(strip_article(t.norm) in ("صعب", "مستحيل", "ممكن", "سهل", "ضروري") and (
            k > 0 and before[k - 1].norm in ("من", "ومن", "فمن")) for k, t in enumerate(before[-4:], len(before) - 4)
           if k >= 0):
        return "hypothetical: 'من الصعب تحرير ...' says how hard it would be"
    # "ليست المرة الأولى التي يهاجم فيها القتلة قوات الطوارئ": what has happened before, in
    # general; "وهي المرة الأولى التي يهاجم فيها التنظيم ...": the act just told, said to be a first
    if any(t.norm in ("المره", "مره") and k + 2 < len(before) and before[k + 1].norm == "الاولي"
           and before[k + 2].norm == "التي" for k, t in enumerate(before)):
        return "reference: 'المرة الأولى التي ...' says whether the act is a first, it tells no new one"
    if hit.trigger.plover in VIOLENT and any(_readings(t) & _PERMITTING for t in
                                             [t for t in toks if local - 20 <= t.index - toks[0].index < local]):
        return "permitted, not done ('سمحت تركيا باستخدام قواعدها في شن غارات')"
    if before and before[-1].norm in ("لانه", "لانها", "لانهم", "لكونه", "لكونها"):
        return "background: the reason given for something else ('لأنه هاجم التنظيم في خطبه')"
    if before and before[-1].norm in ("ما", "مما") and hit.trigger.plover in (
            "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN"):
        return "impersonal: 'وهو ما يدعو للحذر' (what calls for caution)"
    # "بوقف القصف", and what is coordinated with it: "بوقف اقتحام الفلوجة والقصف الجوي"
    for t in before[-5:] if hit.clitic.startswith("و") else before[-2:]:
        if _readings(t) & _STOPPING:
            return "stopping or preventing it"
    # "علقت جزئيا العمليات العسكرية من قصف جوي": a verb of stopping a little before, no punctuation between
    for t in reversed(before[-8:]):
        if t.kind == "punct":
            break
        if t.norm in _STOP_VERBS:
            return "stopping or preventing it"
    for t in before[-6:]:
        if t.kind == "punct" and t.text in ".؟!:":
            continue
        r = _readings(t)
        cues = (r | {_strip_suffix(k) for k in r}) & PLAN_CUES
        if hit.trigger.plover == "REQUEST":
            cues -= DEMAND_VERBS | _DEMAND_NOUNS  # ("والدعوة لإصلاحات، دعا العبادي": a demand is no plan of one)
        if cues:
            return "plan"  # ("اعتزامهم شن هجوم": with the pronoun)
    # "يريد أن تبذل بريطانيا مزيدا من الجهود لمساعدة الولايات المتحدة في تدمير التنظيم": what
    # one wants or strives for reaches further, up to a punctuation mark.
    for t in reversed(toks[max(0, local - 20):local]):
        if t.kind == "punct":
            break
        if _readings(t) & _WANTING and t.index >= toks[max(0, local - 12)].index:
            return "plan"
        if _readings(t) & _FEARING:
            return "feared, not done"
    names = doc.scratch.get("name_tokens")
    if names is None:
        names = doc.scratch["name_tokens"] = {i for m in doc.mentions if m.kind in ("person", "actor", "place")
                                              for i in range(m.tok_start, m.tok_end)}
    # ("أن بلاده ستحارب التنظيم، وذلك خلال لقائه كيري": the circumstance of the statement is past)
    cut = max((k for k, t in enumerate(before) if t.norm in ("وذلك", "ذلك")), default=-1)
    for t in before[cut + 1:]:
        if t.index not in names and _is_future(t):
            return "future"
        if _readings(t) & TREND_CUES and t in before[-3:] and not _day_in(doc, sent):
            return "trend"  # (but "تصاعدت أمس التظاهرات" is the day's news)
    if before and before[-1].norm in ("منذ", "ومنذ"):
        return "background: since-clause"
    # "منذ عرفت بغداد أول التفجيرات": since a past event, told as background
    since = next((t for t in before[-4:] if t.norm in ("منذ", "ومنذ")), None)
    if since is not None and since.index + 1 < len(doc.tokens) and not any(
            tr.start <= since.start < tr.end or tr.start == since.start for tr in doc.times) \
            and doc.tokens[since.index + 1].norm[:1] not in "0123456789" and doc.tokens[since.index + 1].kind == "word" \
            and not _readings(doc.tokens[since.index + 1]) & (_TIME_UNITS | {"اسبوع", "شهر", "يوم", "ايام", "اشهر"}
                                                              | {"بدات", "بدا", "انطلقت", "اندلعت", "شرعت"}):
        # (but "منذ بدأت أنقرة ضربات جوية": a campaign going on since it began)
        return "background: since a past event ('منذ عرفت بغداد أول التفجيرات')"
    # "منذ انطلاق حملة الضربات الجوية": the start of a period, told as background
    if any(t.norm in ("منذ", "ومنذ") and k + 1 < len(before[-4:]) and _readings(before[-4:][k + 1]) & _STARTS
           for k, t in enumerate(before[-4:])):
        return "background: since the start of it"
    # "بعد أربعة أيام على هجوم انتحاري": a point counted from, not a new event
    if len(before) >= 2 and before[-1].norm in ("علي", "على") and _readings(before[-2]) & _TIME_UNITS:
        return "reference: the event a time is counted from ('بعد أربعة أيام على هجوم')"
    # "بعد أسبوعين على بدء غارات جوية": the start of something, told as a reference point
    if len(before) >= 2 and _readings(before[-1]) & _STARTS and _readings(before[-2]) & {"علي", "منذ", "بعد", "قبل", "مع"}:
        return "background: the start of it, a reference point"
    # "وفي حال فشلت المفاوضات": a condition
    if any(t.norm in ("حال", "حاله") and k > 0 and before[-5:][k - 1].norm in ("في", "وفي") for k, t in enumerate(before[-5:])):
        return "hypothetical"
    after = [t for t in toks if hit.end <= t.index < hit.end + 2]
    if any(t.norm in _FUTURE_AFTER or strip_article(t.norm) in _AWAITED for t in after):
        return "future"  # "يعقد الحلف اجتماعا غدا الثلاثاء", "المباحثات المرتقبة", "اللقاء سوف يتطرق"
    # "بشائر تحرير مدن الأنبار في القريب العاجل": soon
    near_after = [t.norm for t in toks if hit.end <= t.index < hit.end + 8]
    if any(a == "القريب" and b == "العاجل" for a, b in zip(near_after, near_after[1:])):
        return "future"
    soon = next((k for k, t in enumerate(after) if t.norm in ("قريبا", "وشيكا")), None)
    if soon is not None and not any(t.norm == "من" for t in toks if t.index == after[soon].index + 1):
        return "future"  # "أنباء عن اقتحام الفلوجة قريبا" (but "قريبا من الحدود" is a place)
    # A condition right after it: "اقتحام القضاء في حال فشلها"
    cond = [t for t in toks if hit.end <= t.index < hit.end + 4]
    if any(t.norm in ("حال", "حاله") and k > 0 and cond[k - 1].norm == "في" for k, t in enumerate(cond)):
        return "hypothetical"
    head = _readings(doc.tokens[hit.start])
    if head & _HOLDING_NOUNS and before and (_readings(before[-1]) & HOLDING_WORDS or before[-1].norm in HOLDING_WORDS):
        return "state: who holds the ground"
    if head & _PRESENT_HOLDING and ((before and (before[-1].norm in _RELATIVE or _indefinite_noun(doc, before[-1])))
                                    or not _day_in(doc, sent)):
        # "المناطق التي يسيطر عليها التنظيم", "تسيطر القوات على قرى", "قريتين تسيطر عليهما القوات"
        return "state: who holds the ground"
    # ("طالب المئات من مسيحيي محافظة نينوى أمس، بتحرير مناطقهم": the demand's object, past its subject)
    if hit.clitic.endswith("ب") and any(_readings(t) & DEMAND_VERBS or t.norm in DEMAND_VERBS
                                        for t in toks[max(0, local - 10):local]):
        return "asked for, not done"
    if before and _readings(before[-1]) & _STARTS and any(_readings(t) & DEMAND_VERBS or t.norm in DEMAND_VERBS
                                                          for t in toks[max(0, local - 12):local]):
        return "asked for, not done ('حث الحكومة على إطلاق محادثات')"
    # Pluperfect background: "وكان ... قد <trigger>", "كانت قد تعرضت"
    # (past a date: "وكانت الكويت قد شهدت في 26 من الشهر الماضي هجوما")
    for k, t in enumerate(before[-8:]):
        if t.norm == "قد" and any(x.norm in ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا")
                                  for x in toks if t.index - 10 <= x.index < t.index) \
                and not any(u.kind == "punct" for u in doc.tokens[t.index:hit.start]) \
                and not _recent_day_in(doc, sent, t.index):
            # (but "وكانت الخارجية قد استدعت يوم الأحد الماضي القائم بأعمال سفارة إيران": a day
            # of the past week is news the article recalls)
            return "background: pluperfect"
    # A year before the publication year in the sentence, and no recent time word: history.
    pub = doc.article.published
    if pub is not None:
        times = _own_times(doc, sent, hit, [t for t in doc.times if sent.start <= t.start < sent.end])
        years = [t for t in times if (t.kind == "year" and t.date and t.date.year < pub.year)
                 or (t.kind in ("month", "explicit", "ago") and t.date and (pub - t.date).days > 62)]
        recent = [t for t in times if t.kind not in ("year", "since", "month", "explicit", "ago") or (
            t.kind in ("month", "explicit", "ago") and t.date and (pub - t.date).days <= 62)]
        if years and not recent:
            return "background: earlier year"
        nearest = _closest_time([t for t in times if t.kind not in ("since",)], doc.tokens[hit.start])
        if nearest is not None and nearest in years:
            return "background: the time told with it is long past"
        longrun = [t for t in times if t.kind == "since" and t.window_days > 62]
        if longrun and _closest_time(times, doc.tokens[hit.start]) in longrun:
            return "long-running"
    return None


def _own_times(doc: Document, sent: Sentence, hit: TriggerHit, times: list[TimeRef],
               pluperfect: bool = False) -> list[TimeRef]:
    """The times that can date the trigger: not those of a relative clause describing a
    party after it ("اعتقلت حماس التي قمعت بقسوة في 2009 الحركات السلفية"); a relative on
    the event noun itself ("الهجوم الذي وقع في 2009") does date it."""
    names = {i for m in doc.mentions if m.sentence == sent.index and m.kind in ("actor", "person", "place", "metonym")
             for i in range(m.tok_start, m.tok_end)}
    spans = []  # each relative clause runs to the next punctuation mark
    for r in (t for t in sent.tokens if t.index >= hit.end and t.norm in _RELATIVE and t.index - 1 in names):
        if pluperfect and (r.index + 1 >= len(doc.tokens) or not (
                doc.tokens[r.index + 1].norm in _PLUPERFECT  # (or a state: "الذي يسيطر ... منذ 2014")
                or doc.tokens[r.index + 1].norm.startswith("ي") and len(doc.tokens[r.index + 1].norm) >= 4)):
            continue
        end = next((t.start for t in sent.tokens if t.index > r.index and t.kind == "punct"), sent.end)
        spans.append((r.start, end))
    # "بحث الاجتماع الأفكار التي كان الجبوري قد طرحها ... الشهر الماضي": a pluperfect relative
    # clause tells what came before; its time is not the act's
    for r in (t for t in sent.tokens if t.index >= hit.end and t.norm in _RELATIVE and t.index + 1 < len(doc.tokens)
              and doc.tokens[t.index + 1].norm in ("كان", "كانت", "كانوا")):
        end = next((t.start for t in sent.tokens if t.index > r.index and t.kind == "punct"), sent.end)
        spans.append((r.start, end))
    # A window ("خلال اليومين الماضيين") spans its own clause's acts, not what another clause
    # reports ("..., مشيرا إلى أن البغدادي وجه رسالة")
    lo, hi = clause_of(doc, sent.index, hit.start)
    first, last = doc.tokens[lo].start, doc.tokens[hi - 1].end
    return [t for t in times if not any(a < t.start < b for a, b in spans)
            and not (t.kind == "since" and not first <= t.start < last)]


_PLUPERFECT = {"كان", "كانت", "كانوا", "قد"}
_DEMAND_NOUNS = {"دعوه", "مطالب", "مطالبه", "دعا", "دعت", "طالب", "طالبت", "يطالب", "تطالب"}
_PERMITTING = {"سمحت", "سمح", "يسمح", "تسمح", "السماح", "بالسماح", "سماح", "يسمح", "للسماح", "سماحها", "سماحه",
               "بسماحها", "بسماحه", "سماحهم"}
_NOT_PURPOSE = {"ليلته", "ليلتها", "ليلتين", "ليبيا", "لتركيا", "ليوم", "لتنظيم", "لتحالف", "لتيار", "لتجمع"}
_STOP_VERBS = {"اوقفت", "اوقف", "اوقفوا", "علقت", "علق", "وعلقت", "واوقفت"}
_TIME_UNITS = {"ايام", "يوم", "يومين", "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "ساعات", "ساعه",
               "ساعتين", "عام", "عامين", "اعوام", "سنوات", "سنه"}
_DEMONSTRATIVES = {"هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين", "هولاء"}
_CULPRITS = {"منفذي", "منفذ", "منفذو", "مرتكبي", "مرتكب", "مشتبه", "المشتبه", "متهم", "المتهم", "متهمين",
             "المتهمين", "متورطين", "المتورطين", "ذكري", "بذكري",
             # "الإرهابي المسؤول عن مقتل 38 سائحا", "أوحى بمسؤولية الرئيس عن الهجوم"
             "المسوول", "المسووله", "المسوولين", "بمسووليه"}
_STATISTICS = {"حصيله", "احصاييه", "احصاءات", "احصاييات", "احصاء", "الحصيله"}
_LIFTING = {"رفع", "ترفع", "يرفع", "رفعت", "برفع", "تخفيف", "الغاء", "بالغاء", "انهاء"}
_GOING_ON = ("واصل", "يواصل", "تواصل", "صعد", "كثف")
_ACCIDENT = {"تحطم", "تحطمت", "تحطمها", "اصطدام", "اصطدمت", "انقلبت", "غرق", "غرقت", "حريق", "حرايق",
             "مروري", "السير", "صعق", "صعقه", "السيول", "الغرق", "اختناق", "تسمم", "الاسعافيه", "الاسعاف", "الانقاذ"}
# ("انقلاب" is also a coup and "انهيار" a truce's collapse: no sign of an accident alone)
_WEAPON_WORDS = {"عبوه", "عبوات", "قذيفه", "قذايف", "صاروخ", "صواريخ", "رصاص", "الرصاص", "بالرصاص", "مسلحون", "مسلحين",
                 "مفخخه", "انتحاري", "قصف", "غاره", "غارات", "اشتباك", "اشتباكات", "داعش", "اعتداء", "هجوم", "ناسفه"}
_PLURAL_ATTACKS = {"الهجمات", "التفجيرات", "الاعتداءات", "العمليات", "اعمال"}
_MOST_HIT = {"تضررا"}  # ("الأكثر تضررا": the worst hit in a count; not "الأكثر دموية", one attack)
_TOTALS = {"اجمالي", "مجموع", "المجموع", "الاجمالي", "باجمالي"}
_STARTS = {"بدء", "بدايه", "انطلاق", "اندلاع", "مطلع", "انطلاقه", "اطلاق"}
_FUTURE_AFTER = {"غدا", "غد", "المقبل", "المقبله", "القادم", "القادمه", "سوف", "سيتم", "سيكون", "ستكون", "سيعقد",
                 "ستعقد", "سيجري", "ستجري", "سيبدا", "ستبدا"}
_AWAITED = {"مرتقب", "مرتقبه", "مزمع", "مزمعه", "منتظر", "منتظره", "مقرر", "مقرره", "مرتقبين"}


_SERIES = {"سلسله", "موجه", "بسلسله", "بموجه"}
_ACCORDING = {"بحسب", "حسب", "وحسب", "وبحسب", "وفق", "وفقا", "طبقا", "نقلا"}


def _claim_time(doc: Document, t: TimeRef) -> bool:
    """The day of a claim of responsibility: "تبنى حزب العمال الكردستاني أمس هجوما"."""
    first = doc.token_at(t.start)
    if first is None:
        return False
    before = doc.tokens[max(0, first - 6):first]
    claim = next((j for j, k in enumerate(before) if _readings(k) & {"تبني", "تبنت", "تبنوا", "وتبني", "وتبنت"}), None)
    return claim is not None and not any(k.kind == "punct" for k in before[claim:])


def _reporting_time(doc: Document, t: TimeRef) -> bool:
    """The day of a report, not of what it reports: "بحسب ما أفادت مصادر أمنية وطبية أمس"."""
    first = doc.token_at(t.start)
    if first is None:
        return False
    before = [k for k in doc.tokens[max(0, first - 6):first] if k.kind == "word"]
    if any(k.kind == "punct" for k in doc.tokens[max(0, first - 6):first]):
        before = before[-3:]
    # "قال البيان الذي صدر أمس إن ...": the day the statement was issued
    if len(before) >= 2 and before[-1].norm in _ISSUED and before[-2].norm in _RELATIVE:
        return True
    return any(k.norm in _ACCORDING for k in before) and any(is_say_token(doc, k) for k in before)


_ISSUED = {"صدر", "صدرت", "نشر", "نشرت", "اصدره", "اصدرته", "بث", "بثت", "اعلن", "اعلنت", "اعلنها", "اعلنه"}


def _recent_day_in(doc: Document, sent: Sentence, after: int) -> bool:
    """A day of the week before publication named after token `after` in its clause (up to the
    next punctuation): "قد استدعت يوم الأحد الماضي القائم بأعمال سفارة إيران"."""
    pub = doc.article.published
    end = next((t.start for t in sent.tokens if t.index > after and t.kind == "punct"), sent.end)
    return pub is not None and any(
        doc.tokens[after].start <= t.start < end and t.kind in _DAY_KINDS and t.date is not None
        and 0 <= (pub - t.date).days <= 7 for t in doc.times)


def _day_in(doc: Document, sent: Sentence) -> bool:
    return any(sent.start <= t.start < sent.end and t.kind in _DAY_KINDS for t in doc.times)


_HOLDING_NOUNS = {"سيطره", "سيطرته", "سيطرتها", "سيطرتهم", "قبضه"}
_PRESENT_HOLDING = {"يسيطر", "تسيطر", "يسيطرون"}


def _is_future(t: Token) -> bool:
    n = t.norm
    if n in ("سوف", "لن", "ولن"):
        return True
    base = n[1:] if n.startswith(("و", "ف")) else n
    if base.startswith(_FUTURE_NOT_STEMS):
        return False  # "سيارتين", "سياسات", "سيطرتهم": nouns, not "س" + a verb
    for pre in ("وس", "فس", "س"):
        if n.startswith(pre) and len(n) >= len(pre) + 3 and n[len(pre)] in "يتن" and n not in _FUTURE_NOT \
                and n[len(pre):] not in _FUTURE_NOT and strip_article(n) == n:
            return n[len(pre):] not in ("يد", "يار")
    return False




def _closest_time(times: list[TimeRef], tok: Token) -> TimeRef | None:
    if not times:
        return None
    return min(times, key=lambda t: abs(t.start - tok.start))


# --- actors -------------------------------------------------------------------------------

def _actor_ref(kb: KnowledgeBase, m: Mention, plover: str, context_country: str | None) -> ActorRef | None:
    if m.kind == "demonym":
        rec = kb.military_of(m.ref) if plover in VIOLENT else kb.government_of(m.ref)
        rec = rec or kb.government_of(m.ref) or kb.military_of(m.ref)
        if rec is None:
            return None
        return ActorRef(rec.name, m.text, rec.id, rec.inter, rec.wikidata, m.start, m.end, rec.country)
    if m.kind == "metonym":
        rec = kb.actors[m.ref]
        if plover in ("ASSAULT",):
            rec = kb.military_of(rec.country) or rec
        return ActorRef(rec.name, m.text, rec.id, rec.inter, rec.wikidata, m.start, m.end, rec.country)
    if m.kind == "person":
        if m.ref and m.ref in kb.persons:
            p = kb.persons[m.ref]
            return ActorRef(p.name, m.text, p.id, None, p.wikidata, m.start, m.end, None)
        return ActorRef(m.text, m.text, None, None, None, m.start, m.end, None)
    rec = kb.actors[m.ref]
    if rec.type == "government" and plover in VIOLENT:
        mil = kb.military_of(rec.country)
        if mil is not None and plover in ("ASSAULT",):
            rec = mil
    if rec.type == "generic" and rec.country is None and rec.inter == 1:
        # the state in context: its government for "الحكومة", its forces for "القوات الأمنية"
        # (and for any violent act); the state the mention names itself ("الادعاء التركي")
        context_country = m.data.get("country") or context_country
        state = kb.government_of(context_country) if (rec.id == "generic.government" and plover not in VIOLENT) \
            or rec.id == "generic.judiciary" else kb.military_of(context_country)
        if state is not None:
            return ActorRef(state.name, m.text, state.id, state.inter, state.wikidata, m.start, m.end, state.country)
    return ActorRef(rec.name, m.text, rec.id, rec.inter, rec.wikidata, m.start, m.end, rec.country)


def _candidate_actors(doc: Document, kb: KnowledgeBase, sent: Sentence) -> list[Mention]:
    """Actor-like mentions of a sentence: organizations, persons, demonyms; minus outlets,
    organizations inside a role phrase, and place names used as places."""
    ms = [m for m in doc.mentions if m.sentence == sent.index]
    roles = [m for m in ms if m.kind == "role" or (m.kind == "title" and m.tok_end - m.tok_start > 1)]
    places = [m for m in ms if m.kind == "place"]
    out = []
    for m in ms:
        if m.kind == "actor":
            if kb.actors[m.ref].type == "media":
                continue
            if _suicide_adjective(doc, m):
                continue
            if any(r.start <= m.start and m.end <= r.end for r in roles):
                continue
            prev = doc.tokens[m.tok_start - 1] if m.tok_start > 0 else None
            as_place = any(p.start == m.start and p.end == m.end for p in places) and (
                prev is not None and _readings(prev) & {"في", "الي", "من", "قرب", "داخل", "مدينه", "محافظه"})
            if as_place:
                continue
            if prev is not None and _readings(prev) & _VEHICLE_HEADS:
                continue  # "ناقلة جنود مدرعة": a vehicle, not soldiers
            out.append(m)
        elif m.kind in ("person", "demonym"):
            if any(o.kind == "actor" and o.start <= m.start and m.end <= o.end for o in ms):
                continue
            if m.kind == "demonym" and m.tok_start > 0 and (
                    _readings(doc.tokens[m.tok_start - 1]) & _OUTLET_NOUNS
                    or any(o.kind == "actor" and o.tok_end == m.tok_start and kb.actors[o.ref].type == "media"
                           for o in ms)):
                continue  # "وكالة رويترز البريطانية", "الإذاعة البريطانية": an outlet's nationality
            out.append(m)
        elif m.kind == "metonym" and not _locative(doc, m):
            # "وتقول أنقرة", "تركيا كثفت": a capital or country standing for its state.
            if any(o.kind == "actor" and o.start <= m.start and m.end <= o.end for o in ms):
                continue
            out.append(m)
    out.sort(key=lambda m: m.start)
    # Drop mentions nested in a longer one.
    result = []
    for m in out:
        if result and m.start < result[-1].end:
            continue
        result.append(m)
    return result


_CHAIN_LINKS = {"في", "عن", "ب", "و"}
_VEHICLE_HEADS = {"ناقله", "ناقلات", "ناقلتي", "ناقلتين", "عربه", "عربات", "مركبه", "مركبات", "زي", "ملابس"}
_AGENTIVE_HEADS = FORCE_NOUNS
# Epithets news puts after a group's name ("داعش الإرهابي").
_DESCRIPTORS = {"ارهابي", "ارهابيه", "متطرف", "متطرفه", "اجرامي", "اجراميه", "تكفيري", "تكفيريه"}
_WITH_ALLIES = {normalize(w) for w in ("وحلفاءها", "وحلفاؤها", "وحلفائها", "وحلفاءه", "وحلفاؤه", "وحلفائه", "وشركاؤها",
                                        "وشركاءها")}


def _person_after_title_chain(doc: Document, sent: Sentence, hit: TriggerHit, cands: list[Mention]) -> Mention | None:
    """Verb, then the subject's titles and offices, then the name: "دعا النائب عن ائتلاف
    الوطنية محمود المشهداني", "طالب عضو لجنة الأمن في البرلمان العراقي النائب حامد المطلك"."""
    ms = [m for m in doc.mentions if m.sentence == sent.index and m.tok_start >= hit.end]
    starts: dict[int, Mention] = {}
    for m in ms:
        if m.tok_start not in starts or m.tok_end > starts[m.tok_start].tok_end:
            starts[m.tok_start] = m
    times = {t.index for tr in doc.times if sent.start <= tr.start < sent.end
             for t in sent.tokens if tr.start <= t.start < tr.end}
    j = hit.end
    while j in times:
        j += 1
    first = starts.get(j)
    if first is None or first.kind not in ("title", "role"):
        return None
    if doc.tokens[first.tok_start].norm.startswith("ب") and first.start > doc.tokens[first.tok_start].start:
        return None  # "حيث التقى برئيس الوزراء حيدر العبادي": whom he met, right after the verb
    limit = min(hit.end + 14, sent.tokens[-1].index + 1)
    while j < limit:
        m = starts.get(j)
        if m is not None and m.kind == "person" and m.rule == "office holder on the article's date" and j > first.tok_start:
            return None  # "واستقبل الوزير السفير الأمريكي": an office after another title is a second person
        if m is not None and m.kind == "person":
            return next((c for c in cands if c.tok_start == m.tok_start), None)
        if m is not None and j > hit.end and m.kind == "title" and doc.tokens[j].norm.startswith("ب") \
                and not doc.tokens[j - 1].kind == "punct":
            return None  # "لقاء المسؤول الأمريكي برئيس الوزراء حيدر العبادي": whom he met, not who
        if m is not None:
            j = m.tok_end
            continue
        tok = doc.tokens[j]
        keys = _readings(tok)
        if tok.kind == "punct" and tok.text in ",،" or keys & _CHAIN_LINKS or keys & PLACE_KIND_SET \
                or j in times:
            j += 1
            continue
        return None
    return None


_PARTICIPLES_WITHOUT_MIM = {"داعيا", "نافيا", "رافضا", "واصفا", "داعين", "نافين", "رافضين"}


def _speech_participle(norm: str) -> bool:
    """An accusative active participle of speech: "مطالبا", "داعيا", "محذرا", "متهمين"."""
    stem = norm[1:] if norm.startswith(("و", "ف")) and len(norm) > 5 else norm
    if stem in _PARTICIPLES_WITHOUT_MIM:
        return True
    return stem.startswith("م") and len(stem) >= 5 and (stem.endswith("ا") or stem.endswith("ين"))


def _sentence_speaker(doc: Document, kb: KnowledgeBase, sent: Sentence, hit: TriggerHit, ev: Event) -> ActorRef | None:
    """Who speaks in the sentence: the claimed source, else the first person or organization
    that opens it as a subject, else the doer of the sentence's earlier speech act."""
    claim = ev.claimed_by
    cands = [m for m in _candidate_actors(doc, kb, sent) if m.tok_end <= hit.start
             and not _preceded_by(doc, m, _PREPOSITIONS | TARGET_MARKERS)]
    # (not a name inside what was said: "وقالت المنظمة إن عدد النازحين بلغ ...، داعية")
    comp = next((t.index for t in sent.tokens if t.index < hit.start and t.norm in COMPLEMENTIZERS), None)
    if comp is not None:
        cands = [m for m in cands if m.tok_end <= comp]
    people = [m for m in cands if m.kind == "person"]
    # (the body in the speaker's title is not the speaker: "وأكد رئيس البرلمان سليم الجبوري")
    in_title = claim is not None and claim.start is not None and any(
        t.kind in ("title", "role") and t.start <= claim.start and claim.end <= t.end and t.end - t.start > claim.end - claim.start
        for t in doc.mentions if t.sentence == sent.index)
    # (a source the report is attributed to is not whoever the sentence is about: "وكانت عائلات ...
    # تظاهرت، بحسب المرصد، مطالبة بحماية سكان الفوعة")
    at = doc.token_at(claim.start) if claim is not None and claim.start is not None else None
    if at is not None and any(t.norm in _ACCORDING for t in doc.tokens[max(0, at - 2):at]) \
            and any(m.start < claim.start and m.kind in ("actor", "person") for m in cands):
        claim = None
    if claim is not None and (claim.ref is not None or claim.start is not None) and not (in_title and people):
        return claim  # a named speaker (an unnamed "مصادر" is not the one calling for anything)
    m = (people or cands or [None])[0]
    if m is not None:
        return _actor_ref(kb, m, ev.plover, None)
    earlier = next((e for e in reversed(doc.events) if e.sentence == sent.index and e.actor1 is not None), None)
    return earlier.actor1 if earlier is not None else None


def _previous_speaker(doc: Document, kb: KnowledgeBase, sent: Sentence, ev: Event) -> ActorRef | None:
    """"وشدد علاوي على أن: ... . مطالبا الحكومة بـ": a participle that opens a sentence goes on
    with the words of the one who spoke in the sentence before (its subject before "أن")."""
    if sent.index == 0:
        return None
    prev = doc.sentences[sent.index - 1]
    comp = next((t.index for t in prev.tokens if t.norm in COMPLEMENTIZERS), None)
    if comp is None:
        return None
    cands = [m for m in _candidate_actors(doc, kb, prev) if m.tok_end <= comp
             and not _preceded_by(doc, m, _PREPOSITIONS | TARGET_MARKERS)]
    m = ([m for m in cands if m.kind == "person"] or cands or [None])[0]
    return _actor_ref(kb, m, ev.plover, None) if m is not None else None


_INCIDENT_NOUNS = {"حادثه", "حادث", "هجوم", "اعتداء", "تفجير", "انفجار", "عمليه"}
_ATTRIBUTING = {"نسب", "نسبت", "نسبته", "نسبتها", "نسبه", "نسبها", "نسبوا", "تنسب", "ينسب", "نسبتا"}


def _attributed_to(doc: Document, sent: Sentence, hit: TriggerHit, cands: list[Mention]) -> Mention | None:
    """"هجوم جديد نسبته السلطات إلى التمرد الكردي", "ونسب الهجوم إلى حزب العمال": the actor
    after "إلى" of an attributing verb next to the trigger."""
    lo, hi = hit.start - 2, min(hit.end + 22, sent.tokens[-1].index + 1)
    behind = _behind_it(doc, sent, hit, cands)
    if behind is not None:
        return behind
    verb = next((t for t in doc.tokens[max(lo, sent.tokens[0].index):hi] if _readings(t) & _ATTRIBUTING), None)
    if verb is None:
        # "وفي حادثة منفصلة، نُسبت أيضا إلى حزب العمال الكردستاني، قتل جندي": the incident the
        # sentence opens with, attributed before it is told
        noun = next((t for t in sent.tokens[:4] if _readings(t) & _INCIDENT_NOUNS and t.index < hit.start), None)
        verb = next((t for t in doc.tokens[noun.index + 1:min(noun.index + 5, hit.start)]
                     if _readings(t) & _ATTRIBUTING), None) if noun is not None else None
        if verb is None:
            return None
        to = next((t for t in doc.tokens[verb.index + 1:min(verb.index + 4, hit.start)]
                   if _readings(t) & {"الي"} or t.norm in ("الى", "إلى")), None)
        return next((m for m in cands if to is not None and m.tok_start == to.index + 1
                     and m.kind in ("actor", "demonym", "metonym")), None)
    if any(_readings(t) & _ATTACK_NOUNS and any(_readings(u) & _REFERENCE_CUES for u in doc.tokens[t.index - 2:t.index])
           for t in doc.tokens[hit.end:verb.index] if t.index >= 2):
        # "عملية عسكرية ضد ... بعد سلسلة هجمات نسبت إلى العمال": another act's attribution (but
        # "بانفجار عبوة ... في أحدث هجوم ينسب إلى متمردين": the same act, named again)
        return None
    # "ونسب لتنظيم داعش": the group right after, with لـ
    to_group = next((m for m in cands if m.tok_start == verb.index + 1 and m.kind in ("actor", "demonym", "metonym")
                     and _attached_prefix(doc, m).endswith("ل")), None)
    if to_group is not None:
        return to_group
    start = max(verb.index, hit.end - 1) + 1
    to = next((t for t in doc.tokens[start:min(start + 4, sent.tokens[-1].index + 1)]
               if _readings(t) & {"الي"} or t.norm in ("الى", "إلى")), None)
    if to is None:
        return None
    k = to.index + 1
    if k < len(doc.tokens) and _readings(doc.tokens[k]) & (_PARTITIVE_HEADS | _REBEL_HEADS | _FIGHTER_PLURALS) \
            and not any(m.tok_start == k for m in cands):
        k += 1  # "إلى متمردي حزب العمال" (but "إلى المسلحين الأكراد" is a name of its own)
        if k < len(doc.tokens) and doc.tokens[k].norm == "من":
            k += 1  # ("إلى متمردين من حزب العمال")
    # ("إلى تنظيم «داعش»": past the kind word and the quotation mark)
    while k < len(doc.tokens) and k - to.index <= 3 and (doc.tokens[k].norm == "تنظيم" or doc.tokens[k].text in '«"“') \
            and not any(m.tok_start == k for m in cands):
        k += 1
    return next((m for m in cands if m.tok_start == k and m.kind in ("actor", "demonym", "metonym")), None)


def _behind_it(doc: Document, sent: Sentence, hit: TriggerHit, cands: list[Mention]) -> Mention | None:
    """"تنظيم داعش المتهم بالوقوف خلف العملية الانتحارية التي ... أدت إلى مقتل 32", "اتهمت أنقرة
    داعش بالوقوف وراء الهجوم": the group said to stand behind the act."""
    for t in doc.tokens[max(sent.tokens[0].index, hit.start - 25):min(hit.end + 18, sent.tokens[-1].index + 1)]:
        nxt = doc.tokens[t.index + 1] if t.index + 1 < len(doc.tokens) else None
        if t.norm not in ("بالوقوف", "الوقوف") or nxt is None or not nxt.norm.startswith(("خلف", "وراء", "وراي")):
            continue
        k = t.index - 1
        if k >= 0 and doc.tokens[k].norm in ("المتهم", "المتهمه", "المشتبه", "المتهمين", "في"):
            k -= 1  # ("المتهم بالوقوف", "المشتبه في الوقوف")
        if k >= 0 and doc.tokens[k].norm in ("المتهم", "المشتبه"):
            k -= 1
        group = next((m for m in cands if m.tok_end == k + 1 and m.kind in ("actor", "demonym", "metonym")), None)
        if group is not None:
            return group
    return None


_KANA = {"كان", "وكان", "كانت", "وكانت", "فكان", "فكانت"}
_DOCUMENT_NOUNS = {"بيان", "تقرير", "رساله", "مذكره", "تصريح"}
_SIZE_ADJECTIVES = {"واسع", "واسعا", "كبير", "كبيرا", "مكثف", "مكثفا", "كثيف", "كثيفا", "ملحوظ", "ملحوظا", "جديد",
                    "جديدا", "مفاجي", "مفاجيا", "سريع", "سريعا"}
_MOVING_NOUNS = {"انتشار", "انتشارا", "تحرك", "تحركا", "تقدم", "تقدما", "وصول", "انسحاب", "انسحابا", "تمركز",
                 "تواجد", "تواجدا", "تحشيد", "تحشيدا", "حشود", "حشودا"}
_CLASH_NOUNS = {"مواجهات", "اشتباكات", "معارك", "قتال", "اشتباك", "مواجهه", "معركه", "صدام", "صدامات", "تبادل"}
#: Verbs carrying the trigger's noun as object, whose subject then follows: "قنبلة ألقاها مسلحون",
#: "عبوة زرعها مجهولون", "العمليات التي تقوم بها القوات العراقية"
_RELATIVE_DOING = {"القاها", "زرعها", "وضعها", "فجرها", "اطلقها", "نفذها", "شنها", "تشنها", "يشنها", "تنفذها",
                   "ينفذها", "تقوم", "يقوم", "تخوضها", "يخوضها", "القوها", "زرعوها", "وضعوها"}


def _doer_of_a_relative_verb(doc: Document, sent: Sentence, hit: TriggerHit, cands: list[Mention],
                             verbs: frozenset[str] | set[str] = frozenset()) -> Mention | None:
    verbs = verbs or _RELATIVE_DOING
    end = min(hit.end + 9, sent.tokens[-1].index + 1)
    for t in doc.tokens[hit.end:end]:
        if t.kind == "punct" or t.norm in _NEW_CLAUSE:
            return None
        if t.norm not in verbs:
            continue
        k = t.index + 1
        if k < len(doc.tokens) and doc.tokens[k].norm in ("بها", "به"):
            k += 1  # "التي تقوم بها القوات"
        k = _past_titles(doc, k, cands)  # ("الاجتماع الذي عقده وزير الدفاع الأمريكي أشتون كارتر")
        return next((m for m in cands if m.tok_start == k and m.kind in ("actor", "person", "demonym", "metonym")), None)
    return None


def _past_titles(doc: Document, k: int, cands: list[Mention]) -> int:
    """Token `k` moved past the titles and nationality words that stand before a name."""
    titles = {m.tok_start: m.tok_end for m in doc.mentions if m.kind in ("title", "demonym")}
    while k in titles and not any(m.tok_start == k and m.kind == "person" for m in cands):
        k = titles[k]
    return k


def _met_with(doc: Document, sent: Sentence, host: Mention, cands: list[Mention]) -> Mention | None:
    """"الاجتماع الذي عقده كارتر في بغداد، أمس الأول، مع رئيس مجلس النواب سليم الجبوري": the one
    after "مع", past a place, a time and the titles."""
    for t in doc.tokens[host.tok_end:min(host.tok_end + 12, sent.tokens[-1].index + 1)]:
        if t.norm in _NEW_CLAUSE or t.norm in CLAUSE_OPENERS:
            return None
        if t.norm != "مع":
            continue
        k = _past_titles(doc, t.index + 1, cands)
        return next((m for m in cands if m.tok_start == k and m.kind in ("actor", "person", "metonym")), None)
    return None


#: "الاجتماع الذي عقده كارتر", "المحادثات التي أجراها الوزير": who held the meeting the trigger names
_RELATIVE_MEETING = {"عقده", "عقدها", "عقدوه", "اجراه", "اجراها", "اجروها", "يعقده", "تعقده"}


_CLAIMED = {"تبني", "وتبني", "تبنت", "وتبنت"}
_SOME_OF_THEM = {"بعضها", "اغلبها", "معظمها", "احدها"}
_CLAIMED_IT = {"تبناه", "وتبناه", "تبنته", "وتبنته", "تبناها", "وتبناها", "تبنوه", "تبنتها", "تبناهما", "تبنتهما"}


def _back_past_marks(doc: Document, k: int, marks: str, stop: int) -> int:
    """Token `k` moved back past quotation marks (or slashes) and the word "تنظيم" before a group's
    name, not below token `stop`."""
    while k >= stop and (doc.tokens[k].kind == "punct" and doc.tokens[k].text in marks or doc.tokens[k].norm == "تنظيم"):
        k -= 1
    return k


def _claimer_of_some(doc: Document, m: Mention) -> bool:
    """"في هجمات تبنى بعضها تنظيم "داعش"": the group that claimed some of them (past its head
    noun and quotation marks)."""
    k = _back_past_marks(doc, m.tok_start - 1, '"«“', stop=1)
    return k > 0 and doc.tokens[k].norm in _SOME_OF_THEM and doc.tokens[k - 1].norm in _CLAIMED


_CLAIM_VERBS = {"اعلن", "اعلنت", "تبني", "تبنت", "اعلنوا"}


def _claimer_by_statement(doc: Document, kb: KnowledgeBase, sent: Sentence, hit: TriggerHit,
                          cands: list[Mention]) -> Mention | None:
    """"وفي بيان للتنظيم ... أعلن مسؤوليته عن تفجير سيارة مفخخة": the verb of claiming has no
    subject of its own; the statement's owner claimed it."""
    before = [t for t in sent.tokens if hit.start - 5 <= t.index < hit.start]
    resp = next((t for t in reversed(before) if t.norm.removeprefix("و").startswith("مسووليت")), None)
    if resp is None or resp.index < 1 or not _readings(doc.tokens[resp.index - 1]) & _CLAIM_VERBS:
        return None
    for t in sent.tokens:
        if t.index >= resp.index - 1:
            break
        if _readings(t) & {"بيان"}:
            owner = next((m for m in cands if m.tok_start == t.index + 1 and m.kind == "actor"
                          and _attached_prefix(doc, m).endswith("ل")), None)
            if owner is None and t.index + 1 < len(doc.tokens) and doc.tokens[t.index + 1].norm == "للتنظيم":
                # ("في بيان للتنظيم": the armed group named last before)
                owner = next((m for m in sorted(doc.mentions, key=lambda m: -m.start)
                              if m.kind == "actor" and m.end <= t.start and kb.actors[m.ref].type == "rebel_group"), None)
            if owner is not None:
                return owner
    return None


def _claimed_after(doc: Document, sent: Sentence, hit: TriggerHit, cands: list[Mention]) -> Mention | None:
    """The group named after "تبناه" ("claimed it") a few words after the trigger, before
    another clause starts (not "تبنى بعضها": which of them, the text does not say)."""
    end = min(hit.end + 14, sent.tokens[-1].index + 1)
    for t in doc.tokens[hit.end:end]:
        if t.norm in _NEW_CLAUSE:
            return None
        k = t.index + 1
        if t.norm not in _CLAIMED_IT:
            continue
        if k < len(doc.tokens) and doc.tokens[k].kind == "word" and _readings(doc.tokens[k]) & _PARTITIVE_HEADS:
            k += 1
        return next((m for m in cands if m.tok_start in (k, k + 1) and m.kind in ("actor", "metonym")), None)
    return None


_FIGHTER_PLURALS = {"متمردين", "مسلحين", "مقاتلين", "متشددين", "ناشطين"}  # ("إلى متمردين من حزب العمال")
_REBEL_HEADS = {"متمردي", "مسلحي", "مقاتلي", "عناصر", "ارهابيي", "انصار", "مناصري"}
_KILLING_TRIGGERS = {"tr.assault.gunfire"}
_KILLING_WORDS = {"اغتيال", "اغتال", "اغتالت", "اغتيل", "اعدام", "اعدم", "اعدمت", "ذبح", "ذبحت", "قتل", "قتلت"}


def _named_victim(doc: Document, sent: Sentence, hit: TriggerHit) -> Mention | None:
    """The one person a killing verb names as its object, right after it (a time word or a
    title between): "اغتال مسلحون أمس الشيخ فلان"; None when a figure or a second name follows."""
    if not _readings(doc.tokens[hit.start]) & _KILLING_WORDS:
        return None
    titles = {i for m in doc.mentions if m.kind == "title" and m.sentence == sent.index
              for i in range(m.tok_start, m.tok_end)}
    times = {t.index for tr in doc.times if sent.start <= tr.start < sent.end
             for t in sent.tokens if tr.start <= t.start < tr.end}
    persons = [m for m in doc.mentions if m.kind == "person" and m.sentence == sent.index and m.tok_start >= hit.end]
    for m in persons[:1]:
        gap = [t for t in doc.tokens[hit.end:m.tok_start] if t.index not in titles | times]
        actors = [a for a in doc.mentions if a.kind == "actor" and hit.end <= a.tok_start < m.tok_start]
        skipped = {i for a in actors for i in range(a.tok_start, a.tok_end)}
        gap = [t for t in gap if t.index not in skipped and t.kind == "word"]
        nxt = doc.tokens[m.tok_end] if m.tok_end < len(doc.tokens) else None
        if len(gap) <= 1 and not any(t.kind == "num" for t in gap) and not (
                nxt is not None and nxt.norm.startswith("و") and any(p.tok_start == m.tok_end for p in persons)):
            return m
    return None


def _all_trigger_tokens(hits: list[TriggerHit]) -> set[int]:
    return {i for h in hits for i in range(h.start, h.end)}


_BY_DEMANDING = {"بمطالبه", "بمطالبته", "بمطالبتها", "بدعوه", "بدعوته", "بدعوتها", "بمناشده"}
_COUNTERPARTS = {"نظيره", "نظيرته", "نظيريه", "نظيرها", "نظراوه", "نظيرتها"}


def _same_actor(kb: KnowledgeBase, m: Mention, other: Mention) -> bool:
    """One actor: the same entry of the knowledge base; a generic entry only in the same words
    ("هاجمت الكتل البرلمانية بعض القوى السياسية" sets two sets of parties apart)."""
    if m.ref != other.ref:
        return False
    rec = kb.actors.get(m.ref) if m.ref is not None else None
    return rec is None or rec.type != "generic" or normalize(m.text) == normalize(other.text)


def _owner_of_unit(doc: Document, kb: KnowledgeBase, m: Mention) -> Mention | None:
    """"قوة أمنية تابعة لقيادة عمليات دجلة": an unnamed unit is the named command it belongs to."""
    if m.kind != "actor" or m.ref not in kb.actors or kb.actors[m.ref].type != "generic":
        return None
    k = m.tok_end
    if k < len(doc.tokens) and doc.tokens[k].norm in ("من",):
        return None
    if k >= len(doc.tokens) or not _readings(doc.tokens[k]) & _AFFILIATED:
        return None
    return next((o for o in doc.mentions if o.kind == "actor" and o.tok_start == k + 1 and o.ref in kb.actors
                 and kb.actors[o.ref].type in ("state_forces", "government", "militia", "external_force")
                 and _attached_prefix(doc, o).endswith("ل")), None)


def _named_forces(doc: Document, kb: KnowledgeBase, m: Mention) -> Mention | None:
    """Bare "القوات" ("the forces") is the forces the article named last, within two
    sentences: "القوات الأمنية ... وأفاد بأن القوات تقدمت"."""
    if m.kind != "actor" or strip_article(doc.tokens[m.tok_start].norm) != "قوات" or m.tok_end - m.tok_start != 1:
        return None
    return next((o for o in sorted(doc.mentions, key=lambda o: -o.start)
                 if o.kind == "actor" and o.end <= m.start and 0 <= m.sentence - o.sentence <= 2
                 and o.tok_end - o.tok_start > 1 and strip_article(doc.tokens[o.tok_start].norm) == "قوات"
                 and kb.actors[o.ref].type != "media"), None)


_HELPER_UNITS = {"استخبارات", "طيران", "طايرات", "مقاتلات", "طياره", "مدفعيه", "قطعات"}
_SUPPORT_WORDS = {"مشاركه", "مسانده", "تنسيق", "دعم", "اسناد", "غطاء", "مدعومه", "مدعوما", "مدعومين", "معاونه"}


def _helper(doc: Document, m: Mention) -> bool:
    """Named as support of the doer: "بمشاركة X", "بدعم من X", "مدعومة بـX", "بالتنسيق مع X"."""
    k = m.tok_start - 1
    if k >= 0 and (_readings(doc.tokens[k]) & {"من", "مع"} or doc.tokens[k].norm in ("من", "مع")):
        k -= 1
    # ("بالتنسيق مع قوة من الشرطة", "بالتنسيق مع استخبارات عمليات الأنبار": past the unit's head)
    if k >= 1 and (_readings(doc.tokens[k]) & (_PARTITIVE_HEADS | _HELPER_UNITS)) \
            and (_readings(doc.tokens[k - 1]) & {"مع", "من"} or doc.tokens[k - 1].norm in ("من", "مع")):
        k -= 2
    if k >= 0 and bool(_readings(doc.tokens[k]) & _SUPPORT_WORDS):
        return True
    # "بمساندة قوات الجيش ودعم طيران التحالف والطيران العراقي": coordinated with a helper
    if doc.tokens[m.tok_start].norm.startswith("و"):
        before = next((o for o in doc.mentions if o.tok_end == m.tok_start and o.kind in ("actor", "demonym")), None)
        return before is not None and before is not m and _helper(doc, before)
    return False


_VERBS_OF_DOING = {"فرض", "فرضت", "شن", "شنت", "نفذ", "نفذت", "اعلن", "اعلنت", "قام", "قامت", "اصدر", "اصدرت"}
_ABLE = {"تمكن", "تمكنت", "تمكنوا", "استطاع", "استطاعت", "استطاعوا", "وتمكن", "وتمكنت", "وتمكنوا"}


def _doer_from_context(doc: Document, kb: KnowledgeBase, sent: Sentence, hit: TriggerHit, ev: Event) -> None:
    """No doer next to the trigger:
    - "X وجه ضربات ... وتمكن من قتل 28 إرهابيا": the subject of "تمكن/استطاع" is the clause's
      first actor;
    - "أعلن مصدر في قيادة عمليات الأنبار عن مقتل سبعة من قادة داعش بقصف مدفعي": forces
      announcing losses of their armed enemy report their own operation."""
    toks = [t for t in sent.tokens if t.index < hit.start]
    able = next((t for t in reversed(toks[-4:]) if t.norm in _ABLE), None)
    if able is not None:
        comp = complementizer_before(doc, sent, able.index)
        first = next((m for m in _candidate_actors(doc, kb, sent)
                      if (comp is None or m.tok_start > comp) and m.tok_end <= able.index
                      and not _preceded_by(doc, m, _PREPOSITIONS | TARGET_MARKERS) and not _is_victim(doc, m)), None)
        if first is not None:
            owner = _owner_of_unit(doc, kb, first)
            ev.actor1 = _actor_ref(kb, owner or first, ev.plover, _article_country(doc, kb))
            ev.provenance["actor1"] = f"subject of '{able.text}'" + (
                f"; the unit's command ('{owner.text}')" if owner is not None else "")
            return
    claim = ev.claimed_by
    enemy = ev.actor2 is not None and ev.actor2.ref in kb.actors and kb.actors[ev.actor2.ref].inter == 2
    # (not a media cell: "خلية الإعلام الحربي" announces what others did)
    media_cell = claim is not None and "اعلام" in normalize(claim.mention or "")
    if claim is not None and claim.ref in kb.actors and kb.actors[claim.ref].type == "state_forces" and enemy \
            and not media_cell:
        ev.actor1 = claim
        ev.provenance["actor1"] = "the forces announcing their own operation against their enemy"
        return
    rec = kb.actors.get(claim.ref) if claim is not None else None
    # "قالت قوة المهام المشتركة إن الضربات التي وجهت في سورية أصابت ...": a force with aircraft
    # announcing air strikes announces its own
    if ev.mode == "aerial" and rec is not None and rec.type in ("external_force", "state_forces") and not media_cell:
        ev.actor1 = claim
        ev.provenance["actor1"] = "the force announcing the air strikes"
        return
    # "كشفت وزارة الداخلية الكويتية عن ضبط شبكة": security bodies announce the arrests they made.
    if ev.mode == "arrest" and rec is not None and not media_cell and (
            rec.type == "state_forces" or (rec.type == "government" and (
                rec.id.endswith(".moi") or "الداخليه" in normalize(claim.mention or "")))
            # ("أعلنت السلطات الكويتية عن تفكيك خلية": the authorities, not a government's words)
            or (rec.type in ("government", "generic") and normalize(claim.mention or "").startswith(("السلطات", "سلطات")))
            # ("قالت محكمة استئناف ديالى ... أنه جرى توقيف 11 رجل شرطة": courts order the arrests)
            or rec.id in _JUDICIARY):
        ev.actor1 = claim
        ev.provenance["actor1"] = "the security body or court announcing the arrests"


_JUDICIARY = {"generic.judiciary", "iq.courts", "iq.judiciary"}
_DECLARING = {"اكد", "اكدت", "اعلن", "اعلنت", "جدد", "جددت", "ابدي", "ابدت", "اعرب", "اعربت", "وكد", "واكد", "واكدت",
              "واعلن", "واعلنت", "وجدد", "وجددت", "وابدي", "وابدت", "واعرب", "واعربت"}
_ATTEMPTING = {"يحاول", "تحاول", "يحاولون", "يحاولان", "محاوله", "محاولتهم", "محاولته", "حاول", "حاولوا"}
_LYING = {"الواقعه", "الواقع", "الواقعتين", "الخاضعه", "الخاضع", "الخاضعتين", "الواقعين", "الخاضعين", "الباقيه"}
_REACHING = {"توصل", "توصلت", "توصلا", "التوصل", "للتوصل", "بالتوصل", "ابرم", "ابرمت", "ابرام", "وقع", "وقعت", "وقعا",
             "توقيع", "بتوقيع", "التوقيع", "عقد", "عقدت", "اعلن", "اعلنت", "اعلان", "الاعلان", "ابرما", "توصلوا"}
_ARMED_WORDS = {"داعش", "تنظيم", "التنظيم", "القوات", "قوات", "الجيش", "مسلحي", "مسلحو", "تفجير", "انفجار"}
_SPORT = {"المباراه", "مباراه", "المباريات", "مباريات", "اللاعبين", "لاعبين", "اللاعب", "لاعبي", "المدرب", "الدوري",
          "الملعب", "النادي", "المنتخب", "البطوله", "الشوط", "اشواط", "الاشواط"}
_PERIODS = {"الفتره", "المده", "الاشهر", "الشهور", "السنوات", "الاعوام"}
_NEEDING = {"تتطلب", "يتطلب", "تستدعي", "يستدعي", "تحتاج", "يحتاج", "بحاجه", "حاجه", "الحاجه", "يستلزم", "تستلزم"}


def _before_parenthesis(doc: Document, k: int) -> int:
    """Token `k`, or where a parenthesis right before it opens ("طائرات (اف 16) التركية")."""
    if k > 0 and doc.tokens[k - 1].text == ")":
        j = k - 2
        while j >= 0 and k - j <= 6 and doc.tokens[j].text != "(":
            j -= 1
        if j >= 0 and doc.tokens[j].text == "(":
            return j
    return k


def _suicide_adjective(doc: Document, m: Mention) -> bool:
    """"هجوم انتحاري": the word describes the attack, it does not name the bomber."""
    if "انتحار" not in doc.tokens[m.tok_start].norm or m.tok_start == 0:
        return False
    return bool(_readings(doc.tokens[m.tok_start - 1]) & SUICIDE_ADJECTIVE_HEADS)


_ATTACK_NOUNS = {"هجوم", "اعتداء", "تفجير", "انفجار", "هجمات", "تفجيرات", "عمليه", "مجزره", "قصف", "غاره"}
_UNDER = {"بموجب", "بمقتضي", "ضمن"}
#: What an earlier event did to things: "الهجوم الذي ... غيّر المعطيات وأجبر تركيا"
_CONSEQUENCE_VERBS = {"غير", "اجبر", "دفع", "حرك", "قلب", "اثار", "اعاد", "فتح", "شكل", "ادي", "جعل", "كشف"}
_FAILED = {"فشل", "فشلت", "اخفاق", "اخفقت", "اخفق", "تعثر", "تعثرت"}
_ARREST_NOUNS = {"اعتقال", "الاعتقال", "توقيف", "احتجاز", "اختطاف", "خطف"}
_RISING = {"ليرتفع", "لترتفع", "ليصل", "لتصل", "ليبلغ", "لتبلغ", "ليرفع", "لترفع", "وليرتفع", "ولترتفع"}
_RECEIVED_CASUALTIES = {"جثث", "جثه", "جثامين", "جثمان", "جرحي", "الجرحي", "جريحا", "مصابين", "المصابين", "اصابات",
                        "قتلي", "القتلي", "نازح", "نازحين", "النازحين", "لاجي", "لاجيين", "اللاجيين", "مهجرين",
                        "الوافدين", "عايله", "عايلات", "اسره", "اسر"}
_THOUSANDS = {"الاف", "الف"}


def _counted(doc: Document, before: list[Token]) -> int:
    """The number right before a trigger noun ("6 آلاف ضربة", "5.964 طلعة", "أكثر من 300 هجوم"), or 0."""
    import re
    near = [t for t in before[-3:]]
    for k, t in enumerate(near):
        if t.kind != "num":
            continue
        text = t.text.replace("٬", ",")
        if re.fullmatch(r"\d{1,3}([.,]\d{3})+", text):
            value = int(re.sub(r"[.,]", "", text))
        else:
            try:
                value = int(float(text.replace(",", "")))
            except ValueError:
                continue
        if k + 1 < len(near) and near[k + 1].norm in _THOUSANDS:
            value *= 1000
        return value
    return 0


def _purpose_noun(t: Token) -> bool:
    """"لمحاربة", "لمواجهة", "لبحث": ل with a verbal noun."""
    n = t.norm
    return n.startswith(("لم", "لت", "لا", "لب")) and len(n) >= 5 and not n.startswith("لل")


def _resumptive_agent(doc: Document, m: Mention) -> int | None:
    """"هجوم شنه عليه مسلحون", "سيارة مفخخة يقودها انتحاري": the doer after a verb whose
    pronoun points back at the event noun. Returns the verb's token index, or None."""
    j = m.tok_start - 1
    if j >= 0 and _readings(doc.tokens[j]) & (_PARTITIVE_HEADS | {"مقاتلو", "مسلحو", "مسلحون", "عنصر", "مقاتلات",
                                                                  "طايرات", "مروحيات", "طايره"}):
        j -= 1  # "هجوم شنه مقاتلو حزب العمال", "ضربات شنتها مقاتلات التحالف"
    # "هجوم شنه من يشتبه بأنهم عناصر من حزب العمال": past the suspicion and the partitive
    if j >= 0 and doc.tokens[j].norm == "من" and j >= 1 and _readings(doc.tokens[j - 1]) & _PARTITIVE_HEADS:
        j -= 2
    if j >= 2 and doc.tokens[j].norm in _SUSPECTED_THAT and doc.tokens[j - 1].norm in _SUSPECTED \
            and doc.tokens[j - 2].norm == "من":
        j -= 3
    if j >= 0 and doc.tokens[j].norm in RESUMPTIVE_OBJECTS:
        j -= 1
    if j < 0:
        return None
    norm = doc.tokens[j].norm
    found = norm in RESUMPTIVE_AGENT_VERBS or (norm.startswith(("و", "ف")) and norm[1:] in RESUMPTIVE_AGENT_VERBS)
    return j if found else None


_SUSPECTED = {"يشتبه", "يعتقد", "يرجح", "يظن"}
_SUSPECTED_THAT = {"بانهم", "بانه", "بانها", "انهم", "انه", "انها", "بانهما"}
_DIRECTION_WORDS = {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"}
_FIGURATIVE_BLASTS = {"مفاجاه", "مفاجات", "ازمه", "فضيحه", "قضيه", "جدل", "جدلا", "خلاف", "خلافا", "غضب", "غضبا",
                      "ثوره", "طاقات", "طاقه", "موجه"}
_AFFILIATED = {"التابعه", "التابع", "تابعه", "تابع", "التابعين", "المرتبطه", "المرتبط", "الموالي", "الموالين", "الموالون",
               "المواليه", "المقربه", "المقرب",
               # "اعترفوا بارتباطهم بتنظيم داعش", "بتهمة الانتماء لداعش": what they belong to
               "بارتباطهم", "بارتباطه", "بارتباطها", "ارتباطهم", "بانتمايهم", "بانتمايه", "بانتمايها", "لانتمايهم",
               "انتمايهم", "الانتماء", "بالانتماء", "بالارتباط", "المنتمين", "المنتمي", "المنتميه"}
_BREAKDOWN = {"سقوط", "انهيار", "انتهاء", "خرق", "خرقت", "خرقا", "انهار", "انهارت", "فشل", "نهايه", "الغاء", "تعليق",
              "انهت", "انهي", "ينهي", "تنهي", "انهاء", "انهوا",  # ("دوامة العنف التي أنهت هدنة")
              "انقضاء", "تعثر", "انسحاب", "انسحابه", "انسحابها"}
_RAIDS = {"مداهمات", "مداهمه", "حمله", "حملات", "اعتقالات", "دهم", "مداهمتها", "تفتيش"}
_CAUSED_ACTS = {"شن", "القيام", "تنفيذ", "الانضمام", "الانتقام", "الرد", "حمل", "اتخاذ", "التصعيد"}
_NTH_TIME = {"مره", "مرات", "يوم", "اسبوع", "شهر", "عام", "سنه", "ليله"}
_WANTING = {"توقع", "توقعت", "يتوقع", "تتوقع", "رجح", "رجحت", "يرجح", "ترجح", "يريد", "تريد", "يريدون", "نريد", "اريد", "يرغب", "ترغب", "يسعي", "تسعي", "يسعون", "نسعي", "تعتزم",
            "يعتزم", "ينوي", "تنوي", "تخطط", "يخطط"}
#: What is feared ("ويتخوف مختصون أن يقوم تنظيم داعش ... بتنفيذ هجمات كبيرة") is not done.
_FEARING = {"يتخوف", "تتخوف", "يخشي", "تخشي", "يخشون", "يتخوفون", "خشيه", "تخوف", "مخاوف", "تخوفات"}
_LOCATIVE = {"في", "الي", "من", "قرب", "داخل", "مدينه", "محافظه", "عاصمه", "علي", "نحو", "باتجاه", "حدود"}


def _locative(doc: Document, m: Mention) -> bool:
    """A place name used as a place: after a locative word or with ب/في attached ("ببغداد")."""
    prefix = _attached_prefix(doc, m)
    if prefix and prefix[-1] in "بل":
        return True
    return _preceded_by(doc, m, _LOCATIVE) or is_locative(doc, m)


_PARTITIVE_HEADS = {"قوه", "قوات", "عناصر", "مفرزه", "مفارز", "افراد", "مقاتلي", "وحدات", "فوج", "لواء", "عدد",
                    "مسلحي", "مسلحين", "مجموعه", "دوريه", "كتيبه", "سريه"}


def _head_of_list(doc: Document, cands: list[Mention], m: Mention) -> Mention:
    """"القوات الأمنية من الجيش والشرطة ومتطوعي العشائر نفذوا": the head the coordinated list
    after "من" spells out, not the last member."""
    cur = m
    for _ in range(6):
        if not doc.tokens[cur.tok_start].norm.startswith("و"):
            break
        prev = next((o for o in cands if cur.tok_start - 2 <= o.tok_end <= cur.tok_start and o is not cur), None)
        if prev is None:
            break
        cur = prev
    k = cur.tok_start - 1
    if cur is not m and k >= 1 and doc.tokens[k].norm == "من":
        head = next((o for o in cands if o.tok_end == k), None)
        if head is not None:
            return head
    return m


def _partitive_of(doc: Document, m: Mention) -> bool:
    """"ثلاث مقاتلات اف-16 من سلاح الجو التركي", "عناصر من الشرطة": the force the units are of."""
    k = m.tok_start
    if k < 2 or doc.tokens[k - 1].norm != "من":
        return False
    head = _partitive_head(doc, k)
    return head.kind == "num" or bool(_readings(head) & (_PARTITIVE_HEADS | {"مقاتلات", "طايرات", "طايره", "مروحيات"}))


#: Adjectives between a unit and "من": "قوة أخرى من مكافحة الإرهاب", "قوة مشتركة من الجيش"
_UNIT_ADJECTIVES = {"اخري", "ثانيه", "جديده", "خاصه", "مشتركه", "كبيره", "اضافيه", "امنيه", "عسكريه"}


def _partitive_head(doc: Document, k: int):
    """The word heading "... من" before token k, past one adjective of it."""
    head = doc.tokens[k - 2]
    if k >= 3 and head.norm in _UNIT_ADJECTIVES:
        head = doc.tokens[k - 3]
    return head


def _far_light_verb(doc: Document, sent: Sentence, hit: TriggerHit) -> Token | None:
    """"وعقد الوزير ... اجتماعا موسعا": a light verb earlier in the clause whose indefinite
    object the trigger is."""
    if not doc.tokens[hit.start].norm.endswith("ا") or doc.tokens[hit.start].norm.startswith(("ال", "وال")):
        return None
    light = next((t for t in reversed(sent.tokens) if t.index < hit.start - 1 and hit.start - t.index <= 25
                  and _readings(t) & LIGHT_VERBS and not t.norm.startswith(("ال", "وال"))), None)
    if light is None or any(t.norm in _NEW_CLAUSE or t.norm in CLAUSE_OPENERS or t.text in ".؟!،,"
                            for t in doc.tokens[light.index:hit.start]):
        return None
    return light


def _genitive_of_object(doc: Document, m: Mention) -> bool:
    """The name follows a target noun that a preposition governs: "على أهداف الدولة الإسلامية",
    "ضد مواقع داعش"."""
    if m.tok_start < 2:
        return False
    noun, prep = doc.tokens[m.tok_start - 1], doc.tokens[m.tok_start - 2]
    return noun.kind == "word" and bool(_readings(noun) & TARGET_NOUNS) \
        and bool(_readings(prep) & (_PREPOSITIONS | TARGET_MARKERS) or prep.norm in _PREPOSITIONS | TARGET_MARKERS)


def _preceded_by(doc: Document, m: Mention, words: set[str]) -> bool:
    if m.tok_start == 0:
        return False
    if m.tok_start >= 2 and doc.tokens[m.tok_start - 1].norm == "من" and \
            _readings(_partitive_head(doc, m.tok_start)) & _PARTITIVE_HEADS:
        return False  # "قوة من الشرطة الاتحادية": the police are the doer
    prev = doc.tokens[m.tok_start - 1]
    return bool(_readings(prev) & words) or prev.norm in words


def _attached_prefix(doc: Document, m: Mention) -> str:
    tok = doc.tokens[m.tok_start]
    return doc.text[tok.start:m.start]


def _quote_of(doc: Document, pos: int):
    return next((q for q in doc.quotes if q.start <= pos < q.end), None)


def _boundary_comma(doc: Document, hit: TriggerHit, m: Mention) -> bool:
    """A comma between the trigger and a mention after it."""
    return m.tok_start >= hit.end and any(t.kind == "punct" and t.text in "،,؛;"
                                          for t in doc.tokens[hit.end:m.tok_start])


def _is_victim(doc: Document, m: Mention) -> bool:
    """Counted or casualty-word mentions are victims: "خمسة مدنيين", "مقتل 5 من عناصر داعش"."""
    if _readings(doc.tokens[m.tok_start]) & _MACHINES:
        return False  # "قصفت ثلاث طائرات حربية تركية": counted aircraft strike, they are not hit
    # ("7 عناصر من تنظيم / داعش / قتلوا": the wire's slashes and the word تنظيم)
    k = _back_past_marks(doc, m.tok_start - 1, '/(«"“”»\'', stop=0)
    # "مقتل سبعة من قادة تنظيم داعش", "7 عناصر من تنظيم داعش قتلوا": a partitive head between.
    for _ in range(2):
        if k >= 0 and _readings(doc.tokens[k]) & {"من"}:
            k -= 1
        if k >= 0 and _readings(doc.tokens[k]) & _VICTIM_HEADS:
            k -= 1
    if k < 0:
        return False
    prev = doc.tokens[k]
    if prev.kind == "num" and k > 0 and doc.tokens[k - 1].text in "-–":
        return False  # "مقاتلات اف-16 من سلاح الجو": a model, not a count
    if prev.kind == "num" or parse_number(doc.tokens, k) is not None or _readings(prev) & _VAGUE_NUMBERS:
        return True
    if _readings(prev) & ((_FATAL - _ACTIVE_KILLING) | _INJURED | (_ARRESTED - _ACTIVE_KILLING) | _DISMANTLING):
        # ("وقتل الجيش خمسة مدنيين": "قتل" with its object counted after the name is active)
        nxt = doc.tokens[m.tok_end] if m.tok_end < len(doc.tokens) else None
        if prev.norm.removeprefix("و") in ("قتل", "قتلت") and k == m.tok_start - 1 and nxt is not None and (
                nxt.kind == "num" or parse_number(doc.tokens, m.tok_end) is not None
                or _readings(nxt) & (PERSON_NOUNS_DUAL | _PEOPLE_PLURALS)):
            return False
        return True  # ("أعدم تنظيم داعش": after an active verb of killing comes its doer)
    # "عمليات خطف شرطيين": the people an abduction takes
    if _readings(prev) & _ABDUCTION_NOUNS and k == m.tok_start - 1 and _readings(doc.tokens[m.tok_start]) & (
            PERSON_NOUNS_DUAL | PERSON_NOUNS_SINGULAR | _PEOPLE_PLURALS):
        return True
    # "جثتي رجلين مجهولي الهوية": a description of the dead, not of their killers.
    if _readings(prev) & (PERSON_NOUNS_DUAL | PERSON_NOUNS_SINGULAR | _BODIES) and k == m.tok_start - 1:
        return True
    # "أسفر عن إصابة 10 أشخاص، بينهم ثلاثة من قوات الأمن": among the victims
    if _readings(prev) & {"بينهم", "بينهما", "بينها", "ومنهم", "منهم"}:
        return True
    # "قتل ثلاثة عناصر من الصحوة والجيش": coordinated with a victim, a victim too.
    first = doc.tokens[m.tok_start]
    if first.norm.startswith("و") and m.tok_start > 0:
        before = next((o for o in doc.mentions if o.tok_end == m.tok_start and o.kind in ("actor", "demonym")), None)
        if before is not None and before is not m and _is_victim(doc, before):
            return True
    return False


# Who or what gathers in a protest: crowds, their counts, streets and marches.
_GATHERING = {normalize(w) for w in (
    "عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف", "ألوف", "حشود", "جموع", "أهالي", "سكان", "مواطنين",
    "المواطنين", "متظاهرين", "المتظاهرين", "متظاهرون", "محتجين", "طلاب", "الطلاب", "عمال", "العمال", "موظفين",
    "الموظفين", "معلمين", "المعلمين", "ناشطين", "ناشطون", "الناشطين", "شبان", "الشبان", "الشوارع", "الشارع", "شوارع",
    "مسيرة", "مسيرات", "المسيرة", "خرج", "خرجوا", "خرجت", "تجمع", "تجمعوا", "تجمهر", "تجمهروا", "وقف", "وقفوا",
    "وقوف", "قطع", "قطعوا", "أغلقوا", "أضرب", "أضربوا", "إضراب", "اعتصم", "اعتصموا", "شخص", "أشخاص")}
_INFORM_VERBS = {"ابلغ", "ابلغت", "ابلغوا", "ابلغا", "اخبر", "اخبرت", "اخبروا", "سلم", "سلمت"}
_INSTRUMENT_WORDS = {"مستخدما", "مستخدمه", "مستخدمين", "مستخدمتا", "باستخدام", "مستعينا", "مستعينه", "مستعملا",
                     "مستعمله", "باستعمال"}
_BLAMING = {"حمل", "حملت", "يحمل", "تحمل", "حملوا", "محمله", "محملا", "حملها", "حمله"}
_REMARKS = {"تصريحات", "التصريحات", "لتصريحات", "تصريح", "التصريح", "اتهامات", "الاتهامات", "اساءات", "الاساءات",
            "اقوال", "الاقوال", "مزاعم", "المزاعم", "ادعاءات", "الادعاءات"}
_MACHINES = {"طايرات", "طايره", "طايرتين", "مقاتلات", "مقاتلتين", "مروحيات", "مروحيتين", "مروحيه", "دبابات",
             "مدرعات", "زوارق", "سفن", "بوارج", "قاذفات"}
_ABDUCTION_NOUNS = {"خطف", "اختطاف", "عمليات", "باختطاف", "بخطف"}
_PEOPLE_PLURALS = {"شرطيين", "جنود", "مدنيين", "مواطنين", "اشخاص", "عمال", "صحفيين", "اطفال", "نساء", "رجال", "مدنيا"}
_OUTLET_NOUNS = {"وكاله", "صحيفه", "قناه", "اذاعه", "مجله", "شبكه", "تلفزيون", "وكالات", "صحف", "فضاييه"}
_BODIES = {"جثث", "جثه", "جثتي", "جثتين", "رفات"}


# Active verbs whose following noun is the doer ("أعدم تنظيم داعش", "اعتقلت الشرطة").
_ACTIVE_KILLING = {"اعدم", "اعدمت", "ذبح", "ذبحت", "اعتقل", "اعتقلت", "اعتقلوا", "اوقفت", "اوقف", "اوقفوا"}
_VICTIM_HEADS = {"قاده", "قيادات", "عناصر", "مسلحي", "افراد", "اعضاء", "مقاتلي", "ارهابيي", "منتسبي", "جنود",
                 "امراء", "قيادي", "عنصرا", "عنصر", "مسلحا", "مسلحين", "اتباع", "عناصره", "مليشيا", "ميليشيا",
                 "مليشيات", "ميليشيات", "قوات", "افراد", "منتسبي", "جنود"}
_LED_BY = {"بزعامه", "بقياده", "برياسه", "بامره", "يتزعمه", "يقوده", "يتزعمها", "تقوده", "يقودها", "تقودها"}
_APPROX = {"نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "من", "ما", "يقارب", "يزيد"}


def _approximates(doc: Document, t) -> bool:
    """"نحو 500 متظاهر", "أكثر من 40": a word of the count's approximation, not a noun."""
    if t.norm not in _APPROX:
        return False
    return any(u.kind == "num" or parse_number(doc.tokens, u.index) is not None
               for u in doc.tokens[t.index + 1:t.index + 3])


_VAGUE_NUMBERS = {"العشرات", "عشرات", "الميات", "ميات", "الالاف", "الاف", "عدد", "عددا", "بعض", "العديد",
                  "عشرات", "اغلب", "معظم"}


_PRONOUN_SUBJECT = {"انه", "انها", "انهم", "بانه", "بانها", "بانهم", "لانه", "لانها", "وانه", "وانها",
                    "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"}


def _clause_end(doc: Document, sent: Sentence, hit: TriggerHit, hits: list[TriggerHit]) -> int:
    """The token index where the trigger's clause ends: the next trigger or a relative pronoun."""
    end = sent.tokens[-1].index + 1
    for h in hits:
        if h.start >= hit.end:
            end = min(end, h.start)
    for t in sent.tokens:
        if t.index > hit.end and (t.norm in _RELATIVE or is_say_token(doc, t) or t.norm in _ATTRIBUTION
                                  or t.norm in CLAUSE_OPENERS):
            end = min(end, t.index)
    return end



def _article_country(doc: Document, kb: KnowledgeBase) -> str | None:
    """The country most of the article's place names are in (for "القوات الأمنية" and the like),
    computed once per document."""
    if "country" not in doc.scratch:
        from collections import Counter

        counts: Counter[str] = Counter(kb.places[m.ref].country for m in doc.mentions
                                       if m.kind == "place" and m.ref in kb.places)
        doc.scratch["country"] = counts.most_common(1)[0][0] if counts else None
    return doc.scratch["country"]


def assign_actors(doc: Document, kb: KnowledgeBase, sent: Sentence, hit: TriggerHit, ev: Event,
                  hits: list[TriggerHit] | None = None) -> None:
    cands = _candidate_actors(doc, kb, sent)
    trig_tok = doc.tokens[hit.start]
    far_light = _far_light_verb(doc, sent, hit)  # "وعقد الوزير ... اجتماعا": the verb its object is of
    possessed = False  # a meeting noun with its owner's pronoun, the owner named before the sentence
    # A nationality adjective names a doer only on a trigger or a force ("القصف التركي",
    # "طائرة أمريكية"), not on any noun ("الأراضي الفرنسية").
    trigger_toks = {i for h in (hits or [hit]) for i in range(h.start, h.end)}
    cands = [m for m in cands if m.kind != "demonym" or _before_parenthesis(doc, m.tok_start) - 1 in trigger_toks
             or (_before_parenthesis(doc, m.tok_start) > 0
                 and _readings(doc.tokens[_before_parenthesis(doc, m.tok_start) - 1]) & _AGENTIVE_HEADS)
             # "الغارات الجوية التركية": after the trigger and its adjective
             or (m.tok_start - 2 in trigger_toks and strip_article(doc.tokens[m.tok_start - 1].norm) in _TRIGGER_ADJECTIVES)]
    clause_end = _clause_end(doc, sent, hit, hits or [hit])
    prev_tok = doc.tokens[hit.start - 1] if hit.start > sent.tokens[0].index else None
    prev_prev = doc.tokens[hit.start - 2] if hit.start - 1 > sent.tokens[0].index else None
    # "التي طالبت", "إنها تستهدف": the subject is given before the trigger.
    subject_before = prev_tok is not None and (
        prev_tok.norm in _RELATIVE | _PRONOUN_SUBJECT
        or (prev_tok.norm in ("ايضا",) and prev_prev is not None and prev_prev.norm in _RELATIVE))
    # (but "غزة، التي دمرت فيها المقاتلات الإسرائيلية 18 ألف بيت": the relative pronoun is the
    # place, "فيها" points back at it, and the subject follows the verb)
    if subject_before and prev_tok.norm in _RELATIVE and hit.end < len(doc.tokens) \
            and doc.tokens[hit.end].norm in ("فيها", "فيه", "بها", "به", "عليها", "عليه", "منها", "منه"):
        subject_before = False
    # "التنظيم الذي فرض على إثره حظرا للتجوال": the relative's verb carries a noun trigger.
    window = [t for t in sent.tokens if hit.start - 4 <= t.index < hit.start]
    rel = next((t for t in reversed(window) if t.norm in _RELATIVE), None)
    if rel is not None and not any(t.kind == "punct" for t in window if t.index > rel.index) \
            and any(_readings(t) & _VERBS_OF_DOING for t in window if t.index > rel.index):
        subject_before = True
    # "الغارة استهدفت أبو خليل": an event noun is the subject; the name after the verb is hit.
    noun_subject = ev.plover in VIOLENT and prev_tok is not None \
        and prev_tok.index in _all_trigger_tokens(hits or [hit]) and (
            prev_tok.norm.startswith(("ال", "وال")) or hit.trigger.id == "tr.assault.target")
    # Inside a quote, the actors are those the quote names; outside, those outside quotes.
    q = _quote_of(doc, doc.tokens[hit.start].start)
    cands = [m for m in cands if _quote_of(doc, m.start) is q]
    # (only violence has victims: "هرب معظم قيادات داعش" is the group that fled)
    victims = [m for m in cands if ev.plover in ("ASSAULT", "COERCE") and (
        _is_victim(doc, m) or (ev.plover == "ASSAULT" and m.kind == "actor" and kb.actors[m.ref].inter == 7
                               # ("وقتلت العشرات منهم، استنادا إلى معلومات وفرها الأهالي": informants)
                               and not _boundary_comma(doc, hit, m)))]
    # "القوات الأمنية بمشاركة متطوعي العشائر", "بدعم من طيران التحالف": helpers, not the doer.
    helpers = [m for m in cands if m not in victims and _helper(doc, m)]
    cands = [m for m in cands if m not in victims and m not in helpers]
    # "ائتلاف الوطنية بزعامة اياد علاوي", "طائرات التحالف بقيادة الولايات المتحدة": who leads the
    # body just named describes it; it is neither another doer nor the target (but "أشاد العطية
    # بقيادة بارزاني": a person praising another's leadership)
    title_start = {t.tok_end: t.tok_start for t in doc.mentions if t.kind == "title"}
    led = {m.tok_start for m in cands if (k := title_start.get(m.tok_start, m.tok_start) - 1) >= 1
           and _readings(doc.tokens[k]) & _LED_BY and any(o.tok_end == k and o.kind == "actor" for o in cands)}
    cands = [m for m in cands if m.tok_start not in led]
    # "نفذ 9 غارات جوية مستخدما طائرات مقاتلة": the means, neither doer nor target
    cands = [m for m in cands if not (m.tok_start > 0 and _readings(doc.tokens[m.tok_start - 1]) & _INSTRUMENT_WORDS)]
    # "في هجمات تبنى بعضها تنظيم داعش": who claimed some of them is no target of them
    cands = [m for m in cands if not _claimer_of_some(doc, m)]
    # An agent swallowed by a long trigger pattern ("قصف الطائرات التركية") counts as right after it.
    after = [m for m in cands if hit.start < m.tok_start < clause_end and m.tok_end > hit.end or
             hit.end <= m.tok_start < clause_end]
    # In "قال X إن Y قصف ...", X speaks and Y does: the doer is looked for after the complementizer.
    comp = complementizer_before(doc, sent, hit.start)
    comp = -1 if comp is None else comp
    pronoun_subject = prev_tok is not None and prev_tok.norm in _PRONOUN_SUBJECT
    before = [m for m in cands if m.tok_end <= hit.start and (m.tok_start > comp or pronoun_subject)]
    # "وأسفر القصف عن مقتل تسعة": the definite event noun is what a verb of result says of the
    # act told before; its doer is not a name earlier in the sentence
    # (not "خلف": "بالوقوف خلف التفجير" is behind it)
    if prev_tok is not None and _readings(prev_tok) & ((_RESULT_VERBS - {"خلف"}) | OCCURRENCE_VERBS) \
            and trig_tok.norm.startswith(("ال", "وال")):
        before = []
    # "وقدم أوباما تعازيه لتركيا على خلفية الاعتداء الذي نسب إلى داعش": an act named as the
    # background of another is not done by that other's subject
    if ev.plover in VIOLENT and any(_readings(t) & {"خلفيه", "اعقاب", "اثر"} for t in doc.tokens[max(0, hit.start - 2):hit.start]):
        before = []
        # "وعلى اثر الهجوم رد حزب العمال بعمليات انتقامية": the act referred to, then the main
        # verb and its own subject, who answered it
        nxt = doc.tokens[hit.end] if hit.end < len(doc.tokens) else None
        if trig_tok.norm.startswith(("ال", "وال")) and nxt is not None and nxt.kind == "word" \
                and nxt.norm not in _RELATIVE and not _readings(nxt) & (_PREPOSITIONS | TARGET_MARKERS | _TRIGGER_ADJECTIVES) \
                and not any(m.tok_start == hit.end for m in cands):
            after = []
    if ev.plover in VIOLENT:
        # "أفاد المرصد السوري أمس عن مقتل سبعة": who reports the deaths did not cause them.
        before = [m for m in before if not (m.tok_start > 0 and is_say_token(doc, doc.tokens[m.tok_start - 1])
                                            and m.kind == "actor"
                                            and (kb.actors[m.ref].type in ("organization", "government", "political_party")
                                                 or m.ref == "generic.government" or "اعلام" in normalize(m.text)))
                  and not (m.kind == "person" and _says_titled(doc, m))]
    # "دورية شرطة تعرضت لهجوم": who suffered it stands before "تعرض", a victim, not the doer
    sufferer = None
    if prev_tok is not None and _readings(prev_tok) & _SUBJECTED_TO:
        sufferer = next((m for m in reversed(before) if 0 <= prev_tok.index - m.tok_end <= 1), None)
        if sufferer is not None:
            before = [m for m in before if m is not sufferer]
    else:
        # "تعرضت آلية عسكرية تابعة للقوات المسلحة التركية، لتفجير لغم": the verb first, then who
        # suffered it, then the act with "لـ"
        exposed = next((t for t in reversed(doc.tokens[max(sent.tokens[0].index, hit.start - 12):hit.start])
                        if _readings(t) & _SUBJECTED_TO), None)
        lam = doc.tokens[hit.start].norm.startswith("ل") or (
            prev_tok is not None and prev_tok.norm.startswith("ل") and prev_tok.index in _all_trigger_tokens(hits or [hit]))
        if exposed is not None and lam:
            between = [m for m in before if m.tok_start > exposed.index]
            if between:
                sufferer = between[0]
                before = [m for m in before if m not in between]
    country = _article_country(doc, kb)
    a1 = a2 = None
    rule1 = rule2 = ""

    # "بين X و Y": both sides of a meeting, an agreement or a clash (one side, when only one is known).
    def after_bayna(m: Mention) -> bool:
        # ("بين مسلحي تنظيم داعش والقوات الحكومية": past the fighters of the group)
        return _preceded_by(doc, m, {"بين"}) or (m.tok_start >= 2 and doc.tokens[m.tok_start - 2].norm == "بين"
                                                 and _readings(doc.tokens[m.tok_start - 1]) & (_REBEL_HEADS | _PARTITIVE_HEADS))

    for m in after[:1] if hit.trigger.id != "tr.assault.abduct" else []:
        if after_bayna(m) and len(after) >= 2:
            a1, a2 = m, after[1]
            rule1 = rule2 = "between X and Y"
        elif after_bayna(m) and (m.tok_start - hit.end <= 2 or (
                m.tok_start - hit.end <= 5 and not any(t.kind == "punct" for t in doc.tokens[hit.end:m.tok_start])
                and ev.plover in VIOLENT and hit.trigger.id != "tr.assault.casualties"
                and doc.tokens[m.tok_start - 2].norm != "ما")):
            # ("اشتباكات بالأسلحة الثقيلة جرت بين الحوثيين والمقاومة")
            a1, rule1 = m, "between X and an unnamed side"
    # "مقتل ستة أشخاص في مواجهات بين قوات الأمن ومقاتلين": the fight the deaths were in
    # (an abduction has no two sides: "عمليات خطف شرطيين ... وصدامات بين قوات الأمن ومتظاهرين" are two acts)
    if a1 is None and ev.plover == "ASSAULT" and hit.trigger.id != "tr.assault.abduct":
        side = next((m for m in cands if 2 <= m.tok_start - hit.end <= 16 and _preceded_by(doc, m, {"بين"})
                     and any(_readings(t) & _CLASH_NOUNS for t in doc.tokens[max(hit.end, m.tok_start - 6):m.tok_start - 1])
                     and not any(t.kind == "punct" for t in doc.tokens[hit.end:m.tok_start])), None)
        if side is not None:
            a1, rule1 = side, "first side of the fight the deaths were in ('في مواجهات بين X و...')"
            other = next((m for m in cands if m.tok_start == side.tok_end
                          and doc.tokens[m.tok_start].norm.startswith("و")), None)
            if other is not None:
                a2, rule2 = other, "second side of the fight the deaths were in"
    # "وشدد كارتر خلال لقائه رئيس الإقليم": the meeting is its owner's (the pronoun), the one
    # named after it is met.
    raw = doc.tokens[hit.start].text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    # ("أعلن أوغلو ... خلال لقاء مع نظيره جون كيري": the meeting during which he spoke is his)
    during_with = hit.start > 0 and doc.tokens[hit.start - 1].norm in ("خلال", "اثناء", "وخلال", "واثناء", "في") \
        and hit.end < len(doc.tokens) and doc.tokens[hit.end].norm == "مع"
    if a1 is None and ev.plover == "CONSULT" \
            and ((hit.end - hit.start == 1 and raw.endswith(("ه", "ها", "هم"))) or during_with) \
            and not doc.tokens[hit.start].norm.startswith(("ال", "وال")):
        free = [m for m in cands if m.tok_end <= hit.start and m.kind in ("person", "actor", "metonym")
                and not _preceded_by(doc, m, _PREPOSITIONS | TARGET_MARKERS)]
        # (the speaker, a person, rather than what he spoke of: "أعلن أوغلو محاربة داعش خلال لقائه كيري")
        owner = next((m for m in free if m.kind == "person"), free[-1] if free else None)
        if owner is not None:
            a1, rule1 = owner, "owner of the meeting noun ('خلال لقائه'): the sentence's subject"
            met = next((m for m in after if m.tok_start - hit.end <= 3 and m is not owner), None)
            if met is not None:
                a2, rule2 = met, "the one met, named after the meeting noun"
        elif not during_with and hit.trigger.id == "tr.consult.meeting":
            # "وقال خلال لقائه محافظ الأنبار صهيب الراوي": the owner was named before the sentence
            # (`_implicit_subjects`); the one named after, past his titles, is met
            possessed = True
            met = _person_after_title_chain(doc, sent, hit, cands) or next(
                (m for m in after if m.tok_start - hit.end <= 3), None)
            if met is not None:
                a2, rule2 = met, "the one met after 'لقائه' (his meeting)"
    # "أكد تحالف القوى العراقية عن رفضه لتصريحات المالكي", "جدد الحزب رفضه": the noun's pronoun is
    # the subject of the verb of saying before it; who follows is what the stance is about
    if a1 is None and ev.plover in VERBAL and hit.end - hit.start == 1 and raw.endswith(("ه", "ها", "هم")) \
            and not doc.tokens[hit.start].norm.startswith(("ال", "وال")) and hit.start >= 2:
        k = hit.start - 1 if doc.tokens[hit.start - 1].norm in ("عن", "علي", "على") else hit.start
        if k >= 1 and doc.tokens[k - 1].norm.startswith("ال") and doc.tokens[k - 1].norm.endswith(("يه", "ي")) \
                and not any(m.tok_end == k for m in cands):
            k -= 1  # ("تحالف القوى العراقية السنية عن رفضه": past an adjective of the name)
        subj = next((m for m in cands if m.tok_end == k and m.kind in ("actor", "person", "metonym")
                     and m.tok_start > 0 and (is_say_token(doc, doc.tokens[m.tok_start - 1])
                                              or _readings(doc.tokens[m.tok_start - 1]) & _DECLARING)), None)
        if subj is not None:
            a1, rule1 = subj, "whose stance the pronoun names: the subject of the verb of saying before it"
    # "أبلغ بارزاني الإدارة الأمريكية رفضه": the noun's pronoun is the one who told; told whom
    # comes between.
    if a1 is None and hit.end - hit.start == 1 and raw.endswith(("ه", "ها", "هم")) and hit.start >= 2:
        told = next((m for m in cands if m.tok_end == hit.start and _preceded_by(doc, m, _INFORM_VERBS)), None)
        if told is not None:
            teller = next((m for m in cands if m.tok_end == told.tok_start - 1
                           and m.kind in ("actor", "person", "metonym")), None)
            a1, rule1 = teller, "the one who told ('أبلغ X الإدارة الأمريكية رفضه')"
            if teller is None:
                noun_subject = True  # (whoever told is named further back; not the object after)
    # "انتشارا واسعا لقوات الجيش والشرطة": a verbal noun of moving, which has no object, has its
    # doer after لـ
    if a1 is None and _readings(doc.tokens[hit.start]) & _MOVING_NOUNS:
        a1 = next((m for m in after if m.kind == "actor" and _attached_prefix(doc, m)[-1:] == "ل"
                   and m.tok_start - hit.end <= 2 and all(t.norm in _SIZE_ADJECTIVES
                                                          for t in doc.tokens[hit.end:m.tok_start])), None)
        rule1 = "doer of a verbal noun of moving, after لـ ('انتشار لقوات الجيش')" if a1 is not None else ""
    # "اعتقال البغدادي لجميع المخططين": a verbal noun, its agent in the genitive, its object with لـ
    first_after = next((m for m in after + victims if m.tok_start == hit.end), None)
    if a1 is None and first_after is not None and first_after.kind in ("person", "actor") \
            and first_after.tok_end < len(doc.tokens) and doc.tokens[hit.start].norm[:1] not in "يت" \
            and doc.tokens[first_after.tok_end].norm.startswith("ل") and not doc.tokens[first_after.tok_end].norm.startswith("لل") \
            and doc.tokens[first_after.tok_end].kind == "word" and len(doc.tokens[first_after.tok_end].norm) > 3:
        a1, rule1 = first_after, "agent of the verbal noun, its object with لـ ('اعتقال البغدادي لجميع المخططين')"
        victims = [v for v in victims if v is not first_after]
    # "بعد تبني حزب العمال الأربعاء قتل شرطيين": the group that claimed it did it
    if a1 is None and ev.plover in ("ASSAULT", "COERCE"):
        a1 = next((m for m in reversed(before) if m.tok_start > 0 and hit.start - m.tok_end <= 3
                   and _readings(doc.tokens[m.tok_start - 1]) & {"تبني", "تبنت", "تبنوا"}), None)
        rule1 = "the group that claimed it ('تبنى X قتل')" if a1 is not None else ""
    # "تفجير سيارة مفخخة استهدف شارعا تجاريا، تبناه تنظيم داعش", "في هجمات تبنى بعضها داعش":
    # the group that claimed it after the telling
    if a1 is None and ev.plover in ("ASSAULT", "COERCE"):
        a1 = _claimed_after(doc, sent, hit, cands)
        rule1 = "the group that claimed it ('تبناه X')" if a1 is not None else ""
    # "بانفجار قنبلة يدوية ألقاها مسلحون مجهولون", "في عمليات تنفذها القوات العراقية": who threw,
    # planted or carries out the thing the trigger names
    if a1 is None and ev.plover in ("ASSAULT", "COERCE"):
        a1 = _doer_of_a_relative_verb(doc, sent, hit, cands)
        rule1 = "the doer the following relative verb names ('قنبلة ألقاها مسلحون')" if a1 is not None else ""
    if a1 is None and ev.plover in ("CONSULT", "AGREE"):
        a1 = _doer_of_a_relative_verb(doc, sent, hit, cands, _RELATIVE_MEETING)
        rule1 = "who held the meeting, after the relative verb ('الاجتماع الذي عقده X')" if a1 is not None else ""
        if a1 is not None and a2 is None:
            a2 = _met_with(doc, sent, a1, cands)
            rule2 = "the one met ('مع X') after the one who held the meeting" if a2 is not None else ""
    if a1 is None and ev.plover == "ASSAULT":
        a1 = _claimer_by_statement(doc, kb, sent, hit, cands + victims)
        rule1 = "the owner of the statement claiming it ('في بيان للتنظيم ... أعلن مسؤوليته')" if a1 is not None else ""
    # "في هجمات نسبت إلى حزب العمال", "ونسب الهجوم إلى X": the group it is attributed to.
    if a1 is None and ev.plover in ("ASSAULT", "COERCE"):
        a1 = _attributed_to(doc, sent, hit, cands + victims)
        rule1 = "the group the attack is attributed to ('نسب إلى')" if a1 is not None else ""
        if a1 is not None and a1 in victims:
            victims.remove(a1)
    # "تعرضت لهجوم من جبهة النصرة": after "suffered", "من X" is who did it.
    if a1 is None and prev_tok is not None and _readings(prev_tok) & _SUBJECTED:
        a1 = next((m for m in after if m.tok_start - hit.end <= 2 and _preceded_by(doc, m, {"من"})), None)
        rule1 = "doer after 'تعرض لـ ... من'" if a1 is not None else ""
    # Agent markers: "من قبل X", "على يد X", "هجوم شنه عليه X"
    if a1 is None:
        a1 = next((m for m in after if m.tok_start - hit.end <= 12
                   and (verb := _resumptive_agent(doc, m)) is not None and verb - hit.end <= 6), None)
        rule1 = "doer after a verb pointing back at the event" if a1 is not None else ""
    if a1 is None:
        for m in after:
            # ("سيطرت على مناطق ... بعد قطع خطوط الإمداد من قبل طيران التحالف": the agent of the
            # act it came after)
            if any(_readings(t) & {"بعد", "عقب", "اثر", "جراء", "بسبب"} for t in doc.tokens[hit.end:m.tok_start]):
                break
            # ("على أيدي متشددي تنظيم داعش": past the head noun of the group's men)
            head = 1 if m.tok_start > 0 and _readings(doc.tokens[m.tok_start - 1]) & (_REBEL_HEADS | {"متشددي"}) else 0
            for marker in AGENT_MARKERS:
                k = len(marker)
                prev = [doc.tokens[j] for j in range(m.tok_start - head - k, m.tok_start - head) if j >= 0]
                if len(prev) == k and all(strip_article(p.norm) == w or p.norm == w for p, w in zip(prev, marker)):
                    a1, rule1 = m, "agent marker"
                    break
            if a1:
                break
    if a1 is None and subject_before and prev_tok is not None and prev_tok.norm.removeprefix("و") == "لكنها":
        # "ليس لدى تركيا خطط لإرسال قوات برية، ولكنها اتفقت": "but it (she)" is the state or body
        # the sentence is about, named before, whatever governs it; not a man, nor a generic force
        a1 = next((m for m in reversed(before) if m.kind == "metonym" or (
            m.kind == "actor" and kb.actors[m.ref].type != "generic")), None)
        rule1 = "the state or body 'ولكنها' points back to" if a1 is not None else ""
    if a1 is None and subject_before:
        for m in reversed(before):
            if _preceded_by(doc, m, _PREPOSITIONS | TARGET_MARKERS):
                continue
            if m.tok_start > 0 and _purpose_noun(doc.tokens[m.tok_start - 1]):
                continue  # "خطط لإرسال قوات برية": what is to be sent, not who acts
            a1, rule1 = m, "subject before a relative or pronoun"
            break
    if a1 is None and not subject_before:
        time_tokens = {t.index for tr in doc.times if sent.start <= tr.start < sent.end
                       for t in sent.tokens if tr.start <= t.start < tr.end}
        # Words of a title or role before a name ("رئيس مجلس شيوخ عشائر الأنبار، نعيم الكعود")
        # do not separate the verb from its subject.
        time_tokens |= {i for m in doc.mentions if m.sentence == sent.index and m.kind in ("title", "role")
                        for i in range(m.tok_start, m.tok_end)}
        person = _person_after_title_chain(doc, sent, hit, cands) if not noun_subject else None
        # ("إن مجلس المحافظة طالب رئيس الوزراء حيدر العبادي": a subject before the verb; the titled
        # person after it is the object)
        if person is not None and hit.clitic == "" and any(
                m.tok_end == hit.start and m.kind in ("actor", "person", "metonym") and m.tok_start > comp
                and not _preceded_by(doc, m, _PREPOSITIONS | TARGET_MARKERS) for m in before):
            person = None
        if possessed:
            person = None  # (the one met, not the one meeting)
        if person is not None:
            a1, rule1 = person, "person after the titles that follow the verb"
        # "تنظيم داعش منع المدنيين", "عناصر داعش هاجمت قطعات": a name right before a verb that
        # carries no article is its subject; what follows is the object.
        adjacent = next((m for m in before if (m.tok_end == hit.start or (
            m.tok_end == hit.start - 1 and strip_article(doc.tokens[m.tok_end].norm) in _DESCRIPTORS))
                         and m.kind in ("actor", "person", "metonym")
                         and not _preceded_by(doc, m, _PREPOSITIONS | TARGET_MARKERS | WITNESS_VERBS)
                         # ("أبلغ الإدارة الأمريكية رفضه": whom he told, not who refused)
                         and not _preceded_by(doc, m, _INFORM_VERBS)), None)
        # ("منازل تعود إلى الأهالي دمرها داعش": a verb carrying its object, then its subject)
        object_suffixed = hit.end - hit.start == 1 and len(trig_tok.norm) > 4 and trig_tok.norm.endswith(("ها", "هم")) \
            and any(m.tok_start == hit.end and m.kind in ("actor", "person") for m in after)
        if a1 is None and adjacent is not None and not trig_tok.norm.startswith(("ال", "وال", "بال", "لل")) \
                and hit.clitic in ("", "ف") and not _locative(doc, adjacent) and not object_suffixed \
                and far_light is None:
            a1, rule1 = adjacent, "subject right before the verb"
        # ("اتهم رئيس الأركان الأمريكي الجنرال مارتن ديمبسي ... قال إن رئيس الأركان الأمريكي طالب
        # رئيس الوزراء"): a title right before the verb, its holder named by an earlier one
        if a1 is None and not trig_tok.norm.startswith(("ال", "وال", "بال", "لل")) and hit.clitic in ("", "و", "ف") \
                and adjacent is None and not object_suffixed and far_light is None:
            dem_end = {m.tok_start: m.tok_end for m in doc.mentions if m.kind == "demonym"}
            titled = next((m for m in doc.mentions if m.kind == "title" and m.sentence == sent.index
                           and hit.start in (m.tok_end, dem_end.get(m.tok_end))
                           and not _preceded_by(doc, m, _PREPOSITIONS | TARGET_MARKERS)), None)
            ante = title_antecedent(doc, titled, reach=3) if titled is not None else None
            if ante is not None and ante.sentence < sent.index:
                a1, rule1 = ante, "title right before the verb: the person an earlier title introduced"
    # "وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة", "وكان زعيم الحزب ... دمرتاش، دعا
    # الحكومة": the subject stands between "كان" and its verb; what follows the verb is its object
    if a1 is None and not noun_subject and hit.clitic in ("", "و", "ف") and not trig_tok.norm.startswith(("ال", "وال")):
        kana = next((t for t in reversed(sent.tokens) if t.index < hit.start and hit.start - t.index <= 14
                     and t.norm in _KANA), None)
        if kana is not None and not any(t.norm in _NEW_CLAUSE or t.norm in _RELATIVE or t.norm in COMPLEMENTIZERS
                                         or t.norm in WITNESS_VERBS for t in doc.tokens[kana.index + 1:hit.start]):
            between = [m for m in cands if kana.index < m.tok_start and m.tok_end <= hit.start
                       and m.kind in ("actor", "person", "metonym")
                       and not _preceded_by(doc, m, _PREPOSITIONS | TARGET_MARKERS) and not _genitive_of_object(doc, m)]
            subject = next((m for m in between if m.kind == "person"), between[0] if between else None)
            if subject is not None:
                a1, rule1 = subject, "subject between 'كان' and its verb"
    # "متمردي حزب العمال ... هاجموا عناصر من قوات الأمن": a verb that agrees in the plural has its
    # subject before it (after the verb, Arabic keeps it singular)
    plural_verb = hit.end - hit.start == 1 and trig_tok.norm.endswith("وا") and len(trig_tok.norm) > 4 \
        and not trig_tok.norm.startswith(("ال", "وال"))
    # ("قصفت طائرات (اف 16) التركية": what a parenthesis says stands outside the clause)
    in_parens, opened = set(), None
    for t in sent.tokens:
        if t.text == "(":
            opened = t.index
        elif t.text == ")" and opened is not None:
            in_parens.update(range(opened, t.index + 1))
            opened = None
    if a1 is None and not subject_before and not noun_subject and not plural_verb and not possessed:
        for m in after[:3]:
            if m.kind == "metonym" and _readings(trig_tok) & VISIT_VERBS:
                continue  # "زار بغداد": the capital visited, not a government that acts
            gap = [t for t in doc.tokens[hit.end:m.tok_start] if t.kind == "word" and t.index not in time_tokens
                   and t.index not in in_parens and t.norm not in _GAP_ADVERBS and strip_article(t.norm) not in _TRIGGER_ADJECTIVES
                   and t.norm not in _RESUMPTIVE_PPS
                   and not (ev.plover not in ("ASSAULT", "COERCE") and _readings(t) & (_VAGUE_NUMBERS | _VICTIM_HEADS))
                   and not _approximates(doc, t)]
            # "فتح عناصر من حزب العمال النار", "هاجم مسلحو داعش": a partitive subject after an active verb
            # ("تحاصر قوة أخرى من الشرطة الاتحادية": past an adjective of the unit)
            if len(gap) == 3 and gap[1].norm in _UNIT_ADJECTIVES:
                gap = [gap[0], gap[2]]
            # ("هرب عدد من قادة التنظيم": the count and the heads left out above, "من" between them)
            if len(gap) == 1 and gap[0].norm == "من" and gap[0].index > hit.end \
                    and _readings(doc.tokens[gap[0].index - 1]) & (_VAGUE_NUMBERS | _VICTIM_HEADS | _PARTITIVE_HEADS):
                gap = []
            if len(gap) == 2 and _readings(gap[0]) & (_PARTITIVE_HEADS | _VICTIM_HEADS) and gap[1].norm == "من" \
                    and not _readings(doc.tokens[hit.start]) & (_FATAL | _INJURED) and hit.trigger.strength != "weak":
                gap = []
            # "انتقد رئيس مجلس شيوخ عشائر الأنبار، نعيم الكعود": a role, a comma, then the person.
            appositive = m.kind == "person" and any(
                t.kind == "title" and hit.end <= t.tok_start < m.tok_start for t in doc.mentions) and len(gap) <= 6
            if gap and all(_readings(t) & _OFFICE_OF for t in gap) and m.kind == "actor" \
                    and _attached_prefix(doc, m).endswith("ل"):
                a1, rule1 = m, "the body whose office is the verb's subject ('أدانت الأمانة العامة لمنظمة')"
                break
            if len(gap) > 1 and not appositive:
                break  # the subject follows its verb at once; further on come objects
            if any(t.kind == "title" and hit.end <= t.tok_start < m.tok_start and doc.tokens[t.tok_start].norm.startswith("ب")
                   for t in doc.mentions):
                break  # "لقاء المسؤول الأمريكي برئيس الوزراء حيدر العبادي": whom he met, after بـ
            if m.kind in ("actor", "metonym") and any(
                    t.kind == "title" and hit.end <= t.tok_start and t.tok_end == m.tok_start
                    and doc.tokens[t.tok_end - 1].norm.startswith(("ال", "وال"))
                    and not doc.tokens[m.tok_start].norm.startswith(("ب", "ل")) for t in doc.mentions):
                break  # "واتهم الوزير تنظيم داعش": a title after the verb is the subject; the body after it the object
            if m.kind == "person" and m.rule == "office holder on the article's date" and any(
                    t.kind == "title" and hit.end <= t.tok_start and t.tok_end <= m.tok_start for t in doc.mentions):
                break  # "واستقبل الوزير السفير الأمريكي": the office after the subject's title is the object
            if len(gap) == 1 and strip_article(gap[0].norm) in _DOCUMENT_NOUNS and gap[0].norm.startswith(("ال", "وال")):
                # "واتهم البيان عناصر حزب العمال": the statement speaks for whoever issued it;
                # what follows is its object
                issuer = issuer_before(doc, kb, hit.start)
                if issuer is not None:
                    a1, rule1 = issuer, "issuer of the statement that is the verb's subject ('واتهم البيان')"
                break
            prefix = _attached_prefix(doc, m)
            if m.kind == "demonym" and (not gap or (len(gap) == 1 and _readings(gap[0]) & _AGENTIVE_HEADS)):
                a1, rule1 = m, "demonym after trigger"  # ("قصفت طائرة أمريكية")
                break
            if m.kind == "demonym" or len(gap) > 5 or (
                    m.tok_start - 1 >= hit.end and _preceded_by(doc, m, _PREPOSITIONS | TARGET_MARKERS)):
                continue  # (the trigger itself, "استهدفت", is not a target marker for its subject)
            if any(_readings(t) & (TARGET_MARKERS | _PREPOSITIONS | TARGET_NOUNS) for t in gap):
                break  # past a target or a preposition: what follows is not the doer
            if m.kind == "metonym" and len(gap) > 1:
                continue
            if prefix and prefix[-1] in "بل" and not (prefix[-1] == "ل" and not gap and ev.plover in VIOLENT):
                continue
            if hit.clitic.endswith("ب") and not prefix.endswith("ل") and ev.plover in VIOLENT:
                break  # "قيام الطيران العراقي بقصف تنظيم داعش": after "بـ" + verbal noun comes its object
            # An organization named in the speaker's role, then the person: the person acts.
            person = next((p for p in after if p.kind == "person" and 0 <= p.tok_start - m.tok_end <= 6
                           and all(doc.tokens[i].kind == "punct" or i in time_tokens
                                   for i in range(m.tok_end, p.tok_start))), None)
            if m.kind == "actor" and person is not None and ev.plover not in VIOLENT:
                m = person  # (after a violent verb, a person after the group is its victim)
            # "هاجمت قوة مشتركة من الجيش والحشد": the unnamed unit is of the force named after it
            named = next((x for x in after if x.tok_start == m.tok_end + 1 and x.kind == "actor"), None) \
                if m.kind == "actor" and m.tok_end < len(doc.tokens) and doc.tokens[m.tok_end].norm == "من" \
                and m.ref in kb.actors and kb.actors[m.ref].type == "generic" else None
            if named is not None:
                m = named
            a1, rule1 = m, "subject/agent after trigger"
            break
    # "لقي 28 من عناصر داعش مصرعهم", "7 عناصر قتلوا": who died before the verb of dying is no doer
    dying = hit.trigger.id == "tr.assault.casualties" and bool(
        _readings(doc.tokens[hit.start]) & {"لقي", "لقوا", "لقيا", "قضوا", "قضيا", "استشهد", "استشهدوا", "قتلوا",
                                            "مصرعهم", "مصرعه", "مصرعهما", "حتفهم", "حتفه"})
    if a1 is None and before and not dying:
        # "الولايات المتحدة وحلفاؤها شنوا 18 غارة": the subject stands before the light verb.
        head = hit.start
        k = hit.start - 1
        # (over a count and a time: "شنت خلال الأيام الماضية غارات", "نفذت أمس 20 غارة")
        time_toks = {t.index for tr in doc.times if sent.start <= tr.start < sent.end
                     for t in sent.tokens if tr.start <= t.start < tr.end}
        while k > sent.tokens[0].index and (doc.tokens[k].kind == "num" or parse_number(doc.tokens, k) is not None
                                            or k in time_toks):
            k -= 1
        if k >= sent.tokens[0].index and _readings(doc.tokens[k]) & LIGHT_VERBS:
            head = k
            if k - 1 >= 0 and doc.tokens[k - 1].norm in _WITH_ALLIES:
                head = k - 1
            # "وأجرى الوزير الأميركي لقاءات مع ... نظيره خالد العبيدي، وعقد اجتماعا": a light verb
            # joined by "و" after the sentence's first verb shares that verb's subject, named right
            # after it; the names in between are the first verb's objects
            first = sent.tokens[0]
            if doc.tokens[k].norm.startswith("و") and first.index < k and _readings(first) & LIGHT_VERBS \
                    and first.norm.startswith("و"):
                subj = next((m for m in before if m.tok_start == first.index + 1
                             and m.kind in ("actor", "person", "metonym")), None) or next(
                    (m for m in doc.mentions if m.tok_start == first.index + 1 and m.kind == "title"), None)
                if subj is not None and subj.kind == "title":
                    subj = title_antecedent(doc, subj) or None
                if subj is not None:
                    a1, rule1 = subj, f"subject of '{first.text}', whose light verb '{doc.tokens[k].text}' goes on"
        # "وعقد الوزير الإيراني بعد لقائه بأمير الكويت ... اجتماعا موسعا": the light verb far
        # before its indefinite object, its subject right after it
        elif (light := far_light) is not None:
            subj = next((m for m in before if m.tok_start == light.index + 1
                         and m.kind in ("actor", "person", "metonym")), None) or next(
                (m for m in doc.mentions if m.tok_start == light.index + 1 and m.kind == "title"), None)
            if subj is not None and subj.kind == "title":
                subj = title_antecedent(doc, subj)
            if subj is not None:
                a1, rule1 = subj, f"subject right after the light verb '{light.text}'"
        appositive = _appositive_before(doc, sent, hit.start)
        for m in ([] if a1 is not None else reversed(before)):
            if appositive is not None and appositive[0] < m.tok_start < appositive[1]:
                continue  # "متمردي حزب العمال، المصنف إرهابيا من قبل تركيا، هاجموا": inside the description
            if _preceded_by(doc, m, _PREPOSITIONS | TARGET_MARKERS) and not _partitive_of(doc, m):
                continue
            # ("مع احمد داود اوغلو رئيس الوزراء التركي وطالب": the title after a name is that name's,
            # governed by the same preposition)
            host = next((p for p in before if p.kind == "person" and p.tok_end == m.tok_start), None) \
                if m.kind in ("title", "role") or m.rule.startswith("office holder") else None
            if host is not None and _preceded_by(doc, host, _PREPOSITIONS | TARGET_MARKERS):
                continue
            if _genitive_of_object(doc, m):
                continue  # "على أهداف الدولة الإسلامية في سوريا وتعهدت": whose targets, not who vowed
            if _second_of_between(doc, m) and not any(t.norm in _RELATIVE for t in doc.tokens[m.tok_end:hit.start]):
                continue  # "أعمال العنف بين الجيش التركي ومقاتلي حزب العمال، وطالب": a side named, not who
                # demanded (but "بين القوات الكردية والجيش الإيراني الذي بدأ يحشد": the relative's subject)
            if any(t.norm in WITNESS_VERBS for t in doc.tokens[m.tok_end:hit.start]):
                continue  # "وكانت الكويت قد شهدت هجوما": the place that saw it, not the attacker
            if any(t.norm in _RELATIVE for t in doc.tokens[max(0, m.tok_start - 2):m.tok_start]) and (
                    doc.tokens[hit.start].norm.startswith("و") or any(
                        o.tok_end in range(m.tok_start - 2, m.tok_start) for o in before if o is not m)):
                continue  # "مقاتلات التحالف الذي تقوده الولايات المتحدة، واستهدفت", "إن التحالف الذي
                # تقوده الولايات المتحدة نفذ": the relative clause's subject, not the main verb's
            if m.tok_start > 0 and _purpose_noun(doc.tokens[m.tok_start - 1]) \
                    or (m.tok_start > 1 and doc.tokens[m.tok_start - 1].kind == "punct"
                        and _purpose_noun(doc.tokens[m.tok_start - 2])):
                continue  # "لمواجهة «داعش» بشن أولى غاراتها": the object of a purpose, not the doer
            if m.kind == "demonym" and m.tok_start - 1 not in range(hit.start, hit.end) and ev.plover not in VIOLENT:
                continue  # "ندد بالقصف التركي وطالب أنقرة": the nationality of another noun
            if _attached_prefix(doc, m)[-1:] in ("ل", "ب") and m.tok_start - 1 not in trigger_toks:
                continue  # "مواقع لتنظيم داعش وبدأت حملة قصف": a possessor or object, not a subject
                # (but "غارة لطيران التحالف استهدفت": the raid's owner does it)
            if m.kind == "metonym" and head - m.tok_end > 1:
                continue
            skipped = appositive[1] + 1 - appositive[0] if appositive is not None and m.tok_end <= appositive[0] else 0
            if head - m.tok_end - skipped > 10 or _boundary_between(doc, m.tok_end, head) or any(
                    t.norm in _NEW_CLAUSE for t in doc.tokens[m.tok_end:head]):
                break  # too far, or across a clause ("تبناه تنظيم داعش، كما قتل"): not this verb's subject
            if ev.plover in VIOLENT and any(
                    _readings(t) & _AFTER_EVENT and (t.index + 1 == hit.start or t.index + 1 in trigger_toks)
                    for t in doc.tokens[m.tok_end:hit.start]):
                break  # "يأتي بيان برزاني بعد مقتل ستة في غارات": the violence came before what he did
            a1, rule1 = _head_of_list(doc, cands, m), "subject before trigger"
            break
    # "وأشاد الوزير الألماني بـ...": a bare title right after the verb is the person an earlier
    # title of the same kind introduced ("وزير الخارجية الألماني فرانك-فالتر شتاينماير").
    if a1 is None and not subject_before and not noun_subject and not dying:
        timed = {t.index for tr in doc.times if sent.start <= tr.start < sent.end
                 for t in sent.tokens if tr.start <= t.start < tr.end}
        k = hit.end
        while k < sent.tokens[-1].index and k in timed:
            k += 1
        bare = next((m for m in doc.mentions if m.kind == "title" and m.tok_start == k
                     and m.tok_end - m.tok_start == 1 and doc.tokens[k].norm.startswith("ال")), None)
        if bare is not None and not any(m.kind == "person" and bare.tok_end <= m.tok_start <= bare.tok_end + 2
                                        for m in doc.mentions):
            ante = title_antecedent(doc, bare)
            if ante is not None:
                a1, rule1 = ante, "bare title after the verb: the person an earlier title introduced"
    # "عقدت وزارة الدفاع ووزارة البيشمركة اجتماعا": two coordinated subjects of a meeting.
    if a1 is not None and a2 is None and ev.plover in ("CONSULT", "AGREE", "COOPERATE"):
        coordinated = [m for m in cands if m.tok_start > a1.tok_end - 1 and m is not a1
                       and doc.tokens[m.tok_start].norm.startswith("و") and m.tok_start - a1.tok_end <= 1]
        earlier = [m for m in cands if m.tok_end <= a1.tok_start and a1.tok_start - m.tok_end <= 1
                   and doc.tokens[a1.tok_start].norm.startswith("و")]
        if not earlier:
            # "الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان اتفقا": the second
            # subject named after "و" and its title
            titled = {i for m in doc.mentions if m.sentence == sent.index and m.kind in ("title", "role", "demonym")
                      for i in range(m.tok_start, m.tok_end)}
            for m in cands:
                gap = doc.tokens[m.tok_end:a1.tok_start]
                if m.tok_end <= a1.tok_start and 0 < len(gap) <= 4 and gap[0].norm.startswith("و") \
                        and all(t.index in titled or strip_article(t.norm).removeprefix("و") in _COUNTERPARTS
                                for t in gap):
                    earlier = [m]
        if earlier:
            a1, a2, rule1, rule2 = earlier[-1], a1, "first of two coordinated subjects", "second coordinated subject"
        elif coordinated:
            a2, rule2 = coordinated[0], "second coordinated subject"
    # Second actor: a target ("على", "ضد", "استهدف"), the victims ("مقتل 5 من X"), or an object.
    # (not across "فيما"/"بينما": "وفيما قتل 27 من كتائب حزب الله في بيجي، كشف مصدر عن قصف ...")
    # (a bare toll, "فيما جرح ثلاثة مسلحين", is told of the fight before it and keeps its victims)
    if hit.trigger.id != "tr.assault.casualties":
        victims = [v for v in victims if not _other_clause_of_opener(doc, sent, v, hit)]
    if a2 is None and victims and ev.plover in ("ASSAULT", "COERCE"):
        a2, rule2 = victims[0], "victims (counted or casualty word)"
        # "قتل ستة من الحشد في اشتباك مع مقاتلي تنظيم داعش": the other side of the clash
        if a1 is None:
            other = next((m for m in after if m.tok_start - hit.end <= 3 and m is not a2 and (
                _preceded_by(doc, m, {"مع"}) or (_partitive_of(doc, m) is False and m.tok_start >= 2
                                                  and doc.tokens[m.tok_start - 2].norm == "مع"
                                                  and _readings(doc.tokens[m.tok_start - 1]) & _VICTIM_HEADS))), None)
            if other is not None:
                a1, rule1 = other, "the other side of the fight ('في اشتباك مع X')"
    if a2 is None:
        co_end = a1.tok_end if a1 is not None else -1
        for m in after:
            if a1 is not None and (m.start == a1.start or (
                    m.start < a1.start and not rule1.startswith("the group the attack is attributed"))):
                continue  # (the doer the attack is attributed to is named after its target)
            if m.tok_start > 0 and _readings(doc.tokens[m.tok_start - 1]) & _ATTRIBUTING:
                continue  # "هجوم نسبته السلطات إلى التمرد الكردي": who attributes it, not its target
            if ev.plover in ("ASSAULT", "COERCE") and _boundary_comma(doc, hit, m):
                break  # ("وقتلت العشرات منهم، استنادا إلى معلومات وفرها الأهالي": past the clause)
            if m.tok_start == co_end and doc.tokens[m.tok_start].norm.startswith("و") and m.kind in ("actor", "metonym") \
                    and (ev.plover in VIOLENT or ev.plover in ("COERCE", "MOBILIZE")):
                co_end = m.tok_end
                continue  # "هاجمت قوة من الجيش والحشد الشعبي": who acted with the doer, not its target
            if _preceded_by(doc, m, TARGET_MARKERS | {"من", "مع", "و"}) or _attached_prefix(doc, m)[-1:] in ("ل",) \
                    or ev.plover in ("ACCUSE", "REQUEST", "REJECT", "SUPPORT", "CONSULT", "COERCE", "THREATEN", "MOBILIZE",
                                     "SANCTION", "AID", "AGREE", "ASSAULT"):
                if m.kind == "demonym" or (a1 is not None and _same_actor(kb, m, a1)):
                    continue
                if m.tok_start > 0 and _readings(doc.tokens[m.tok_start - 1]) & _AFFILIATED and not (
                        m.tok_start > 1 and _readings(doc.tokens[m.tok_start - 2]) & TARGET_NOUNS):
                    continue  # "جبهة النصرة التابعة لتنظيم القاعدة": whose it is, not the target
                    # (but "استهدفت الغارات قواعد تابعة لحزب العمال": the bases' owner is hit)
                if ev.plover == "ASSAULT" and _attached_prefix(doc, m)[-1:] == "ب" and m.kind == "actor" \
                        and kb.actors[m.ref].type == "generic":
                    continue  # "قصف بالمدفعية": the means, not the target
                if a1 is not None and 0 <= m.tok_start - a1.tok_end <= 2 and any(
                        t.norm in ("او", "أو") for t in doc.tokens[a1.tok_end:m.tok_start]):
                    continue  # "من قبل الجيش أو مليشيات الحشد": another possible doer
                if ev.plover in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID") and m.tok_start > 0 \
                        and _purpose_noun(doc.tokens[m.tok_start - 1]):
                    continue  # "زيارة للعراق لمحاربة داعش": what it is for, not a party
                if a1 is not None and m.tok_start - a1.tok_end == 1 and doc.tokens[a1.tok_end].norm == "عن":
                    continue  # "دعا النائب X عن ائتلاف الوطنية": whom he represents, not the addressee
                a2, rule2 = m, "target/object after trigger"
                break
    # "نفذت قوات التحالف ضد تنظيم داعش تسع ضربات جوية": the target named with "ضد" between the
    # light verb's subject and the noun it carries
    if a2 is None and ev.plover == "ASSAULT" and a1 is not None and a1.tok_end <= hit.start:
        a2 = next((m for m in before if a1.tok_end <= m.tok_start and m.tok_end <= hit.start and m is not a1
                   and m.kind in ("actor", "metonym") and doc.tokens[m.tok_start - 1].norm == "ضد"), None)
        rule2 = "target named with 'ضد' before the trigger" if a2 is not None else rule2
    # "أعادت السلطات السودانية اعتقال الشيخ مساعد السديرة": after an arrest's verbal noun comes the
    # arrested; the doer is the subject before it
    masdar = doc.tokens[hit.start].norm.removeprefix("و").removeprefix("ب") in _ARREST_NOUNS
    if masdar and a1 is not None and a1.tok_start >= hit.end and a1.kind == "person" and ev.plover in ("COERCE", "ASSAULT") \
            and not rule1.startswith("agent of the verbal noun"):
        if a2 is None:
            a2, rule2 = a1, "the arrested, after the verbal noun"
        subject = next((m for m in reversed(before) if not _preceded_by(doc, m, _PREPOSITIONS | TARGET_MARKERS)
                        and m.kind in ("actor", "metonym")), None)
        a1, rule1 = (subject, "subject before the verbal noun") if subject is not None else (None, "")
    # "كما تم اعتقال الشيخ عمر عبدالخالق": after "تم/جرى" the verbal noun's object follows, no doer
    if prev_tok is not None and prev_tok.norm in ("تم", "وتم", "جري", "وجري", "يتم", "سيتم") and a1 is not None \
            and a1.tok_start >= hit.end and not rule1.startswith(("doer after", "agent")):
        if a2 is None:
            a2, rule2 = a1, "object of a passive verbal noun ('تم اعتقال X')"
        a1, rule1 = None, ""
    if a2 is None and sufferer is not None and ev.plover in VIOLENT:
        a2, rule2 = sufferer, "who suffered it ('X تعرض لهجوم')"
    if ev.plover == "PROTEST":
        _protesters(doc, kb, sent, hit, ev, after + before, country)
        return
    # "فتح مسلحون من حزب العمال النار": the generic word is the named group's
    if a1 is not None and a1.kind == "actor" and kb.actors[a1.ref].type == "generic" \
            and a1.tok_end < len(doc.tokens) and (doc.tokens[a1.tok_end].norm == "من" or _readings(
                doc.tokens[a1.tok_end]) & {"تابعين", "تابعون", "التابعين", "المنتمين", "ينتمون", "منتمين"}):
        # ("مسلحين تابعين لحزب كوملة": the group they belong to)
        k = a1.tok_end + 1
        if k < len(doc.tokens) and doc.tokens[k].norm in ("الي", "الى"):
            k += 1
        group = next((m for m in cands + victims if m.tok_start == k and m.kind == "actor"
                      and kb.actors[m.ref].type != "generic"), None)
        if group is not None:
            a1, rule1 = group, rule1 + "; the group the generic doer belongs to ('مسلحون من X')"
            if a2 is group:
                a2 = None
    if a1 is None and not subject_before and not noun_subject and not dying and ev.plover == "ASSAULT" \
            and not _trigger_is_definite(doc, hit):
        # "فتحت امرأتان النار على القنصلية", "فجر انتحاري نفسه": unnamed attackers after the verb
        j = hit.end
        while j < sent.tokens[-1].index and any(tr.start <= doc.tokens[j].start < tr.end for tr in doc.times):
            j += 1
        # (not an adjective of the event noun: "لاعتداء مسلح", "هجوم انتحاري")
        adjective = j == hit.end and j < len(doc.tokens) and not trig_tok.norm.startswith("ال") \
            and doc.tokens[j].norm in ("مسلح", "انتحاري") \
            and _readings(trig_tok) & (_ATTACK_NOUNS | {"اعتداء", "لاعتداء"})
        if j <= sent.tokens[-1].index and _readings(doc.tokens[j]) & _UNNAMED_ATTACKERS and not adjective and not any(
                m.tok_start <= j < m.tok_end for m in doc.mentions if m.kind in ("actor", "person")):
            t = doc.tokens[j]
            uag = kb.actors.get("generic.uag")
            if uag is not None:
                ev.actor1 = ActorRef(uag.name, t.text, uag.id, uag.inter, None, t.start, t.end, None)
                ev.provenance["actor1"] = "unnamed attackers right after the verb"
    if a1 is None and ev.actor1 is None and not subject_before and not noun_subject and not dying:
        org = _unknown_org_after(doc, sent, hit) or (_unit_after(doc, sent, hit) if ev.plover == "MOBILIZE" else None)
        if org is not None:
            start, end = org
            ev.actor1 = ActorRef(doc.text[start:end], doc.text[start:end], None, None, None, start, end, None)
            ev.provenance["actor1"] = "an organization the knowledge base lacks, named right after the verb"
            if a2 is not None and start <= a2.start < end:
                a2 = None
    # "قيادة الفرقة الثامنة وبالتنسيق مع طيران الجيش والقوة الجوية نفذت سلسلة من الغارات": air
    # strikes are flown by the aircraft named as support
    if a1 is None and hit.trigger.mode == "aerial":
        a1 = next((h for h in helpers if _readings(doc.tokens[h.tok_start]) & _AIR_WORDS), None)
        rule1 = "the air force named in support of air strikes" if a1 is not None else rule1
    if a1 is not None:
        named = _named_forces(doc, kb, a1)
        if named is not None:
            a1, rule1 = named, rule1 + "; bare 'القوات' named by the forces mentioned just before"
        a1 = named_before(doc, a1) or a1  # an office named before by its holder's name
        owner = _owner_of_unit(doc, kb, a1)
        if owner is not None:
            a1, rule1 = owner, rule1 + f"; the unit's command ('{owner.text}')"
        ev.actor1 = _actor_ref(kb, a1, ev.plover, country)
        ev.provenance["actor1"] = rule1
    # "دعت فرنسا وبريطانيا روسيا إلى ...", "أدانت السعودية والإمارات الهجوم": a second subject
    # joined to the first by "و" speaks with it; whom they address comes after both
    joint = None
    if ev.plover in VERBAL and ev.plover not in ("CONSULT", "AGREE", "COOPERATE") and a1 is not None \
            and a2 is not None and a2.tok_start == a1.tok_end and a1.tok_start > hit.start \
            and doc.tokens[a2.tok_start].norm.startswith("و") and a2.start > doc.tokens[a2.tok_start].start \
            and a2.kind in ("actor", "metonym", "person"):  # (the "و" a clitic, not of "وزارة")
        joint = a2
        a2 = next((m for m in cands if joint.tok_end <= m.tok_start <= joint.tok_end + 8 and m is not joint
                   and m.kind in ("actor", "metonym", "person") and m.tok_start < clause_end
                   and not _preceded_by(doc, m, _PREPOSITIONS)), None)
        rule2 = "whom the two subjects address, after both" if a2 is not None else rule2
    if a2 is not None and a1 is not None and ((a2.start, a2.end) == (a1.start, a1.end) or (
            a1.ref is not None and a1.kind == a2.kind and _same_actor(kb, a2, a1))):
        a2 = None  # one mention, or one actor, is not both sides
    if a2 is not None:
        ref = _actor_ref(kb, a2, ev.plover, country)
        if ev.plover == "MOBILIZE":
            if ref is not None:
                ev.assoc_actors.append(ref)
                ev.provenance["assoc_actors"] = "deployed force"
        else:
            ev.actor2 = ref
            ev.provenance["actor2"] = rule2
    if joint is not None:
        other = _actor_ref(kb, joint, ev.plover, country)
        if other is not None:
            ev.assoc_actors.append(other)
            ev.provenance["assoc_actors"] = "second subject, joined to the first by 'و'"
    # "قتل ثلاثة عناصر من الجيش والشرطة", "نفذ الجيش والحشد الشعبي": one side named as a list
    # of forces; the target's mention is the list, and those named with the doer fight alongside it
    if ev.plover in ("ASSAULT", "COERCE"):
        for side, m in (("actor1", a1), ("actor2", a2)):
            ref = getattr(ev, side)
            if m is None or ref is None or ref.start != m.start:
                continue
            members = _coordinated_after(doc, cands + victims, m)
            if members and side == "actor2":
                ref.end = members[-1].end
                ref.mention = doc.text[ref.start:ref.end]
            if members:
                if side == "actor1":
                    for o in members:
                        other = _actor_ref(kb, o, ev.plover, country)
                        if other is not None and other.ref != ref.ref and all(x.ref != other.ref for x in ev.assoc_actors):
                            ev.assoc_actors.append(other)
                            ev.provenance["assoc_actors"] = "forces coordinated with the doer"


def _coordinated_after(doc: Document, cands: list[Mention], m: Mention) -> list[Mention]:
    """Forces joined to a mention by "و" right after it: "الجيش والشرطة ومتطوعي العشائر"."""
    out, cur = [], m
    for _ in range(4):
        nxt = next((o for o in cands if o.tok_start == cur.tok_end and o.kind == "actor" and o is not m
                    and doc.tokens[o.tok_start].norm.startswith("و")), None)
        if nxt is None:
            break
        out.append(nxt)
        cur = nxt
    return out


_ORG_HEADS = {normalize(w) for w in (
    "رابطة", "منظمة", "هيئة", "جمعية", "اتحاد", "لجنة", "مكتب", "مركز", "بعثة", "رئاسة", "مؤسسة", "شبكة",
    "جماعة", "حركة", "جبهة", "مجلس", "ديوان", "دائرة", "مديرية", "محكمة", "النيابة", "نيابة", "الغرفة", "غرفة",
    "حزب")}


_UNNAMED_ATTACKERS = {"امراه", "امراتان", "امراتين", "رجل", "رجلان", "رجلين", "شاب", "شابان", "شابين", "انتحاري",
                      "انتحاريه", "انتحاريان", "انتحاريين", "مهاجم", "مهاجمان", "مهاجمون", "مهاجمين", "قناص", "مسلح"}


def _trigger_is_definite(doc: Document, hit: TriggerHit) -> bool:
    """The trigger is a definite noun ("الهجوم"), not a verb."""
    return doc.tokens[hit.start].norm.removeprefix("و").startswith(("ال", "بال", "لل"))


def _unknown_org_after(doc: Document, sent: Sentence, hit: TriggerHit) -> tuple[int, int] | None:
    """"أدانت رابطة العالم الإسلامي، التصريحات", "واعتقل المكتب المركزي للأبحاث القضائية": a
    definite organization name the knowledge base lacks, right after a verb, up to the comma."""
    toks = doc.tokens
    k = hit.end
    last = sent.tokens[-1].index
    if k > last or toks[hit.start].norm.startswith(("ال", "وال", "بال", "لل")):
        return None  # (a verb, not an event noun)
    if hit.start > 0 and toks[hit.start - 1].norm in _PREPOSITIONS | {"عن", "على", "الى"}:
        return None  # "كشفت عن ضبط شبكة إرهابية": a verbal noun, its object follows
    first = k
    if toks[k].norm in ("اكبر", "ابرز", "اقدم", "اهم") and k + 1 <= last:
        k += 1  # "ودعا أكبر حزب كردي تركي إلى تجمع"
    head = toks[k]
    if strip_article(head.norm) not in _ORG_HEADS or any(m.tok_start <= k < m.tok_end for m in doc.mentions
                                                         if m.kind in ("actor", "person", "title", "role")):
        return None
    end = k
    j = k + 1
    definite = head.norm.startswith(("ال", "وال"))
    while j <= last and j - k < 5 and toks[j].kind == "word" and toks[j].norm not in COMPLEMENTIZERS \
            and toks[j].norm not in _PREPOSITIONS and (
                toks[j].norm.startswith(("ال", "لل"))
                # (an indefinite head takes indefinite nisba adjectives: "حزب كردي تركي")
                or (not definite and toks[j].norm.endswith(("ي", "يه")) and len(toks[j].norm) >= 4)) \
            and not any(m.tok_start <= j < m.tok_end and m.kind not in ("place", "demonym") for m in doc.mentions):
        # after a definite head only adjectives ("المكتب المركزي"), not its object ("المجلس الهجوم")
        if definite and j == k + 1 and not toks[j].norm.endswith(("ي", "يه")):
            break
        # an indefinite head governs one noun, then its adjectives: "رابطة العالم الإسلامي" (and not
        # "التصريحات" after it, a plural noun, the object of the verb)
        if not definite and j >= k + 2 and toks[j].norm.startswith("ال") and toks[j].norm.endswith("ات"):
            break
        end = j
        j += 1
    if end == k:
        return None  # a bare "المجلس" names nothing
    return toks[first].start, toks[end].end


_UNIT_HEADS = {"فوج", "افواج", "لواء", "الويه", "كتيبه", "كتايب", "سريه", "قوه", "قوات", "وحدات", "وحده", "تعزيزات",
               "فرقه", "مفرزه", "مفارز", "دوريه", "دوريات", "رتل", "ارتال", "عناصر", "جنود", "مقاتلين", "الاف", "مييات"}


def _unit_after(doc: Document, sent: Sentence, hit: TriggerHit) -> tuple[int, int] | None:
    """"وصول ثلاثة أفواج عسكرية إلى منطقة الفلاحات": an unnamed unit right after a verb of
    deploying or arriving, with its count and adjectives, up to a preposition."""
    toks = doc.tokens
    last = sent.tokens[-1].index
    k = hit.end
    start = k
    if k <= last and (toks[k].kind == "num" or parse_number(toks, k) is not None):
        k += 1
    if k > last or strip_article(toks[k].norm) not in _UNIT_HEADS:
        return None
    end = k
    j = k + 1
    if j + 1 <= last and toks[j].norm == "من" and (toks[j + 1].kind == "num" or parse_number(toks, j + 1) is not None):
        end = j = j + 2  # "قوة من 300 عسكري أميركي": the unit and what it is made of
        j += 1
    while j <= last and j - end <= 2 and toks[j].kind == "word" and toks[j].norm not in _PREPOSITIONS \
            and toks[j].norm.endswith(("يه", "ي", "ين", "ات")) and not toks[j].norm.startswith(("و", "ب", "ل")):
        end = j
        j += 1
    return toks[start].start, toks[end].end


_CROWD_WORDS = {"الاف", "الالاف", "ميات", "الميات", "عشرات", "العشرات", "حشود", "جموع"}


def _protesters(doc: Document, kb: KnowledgeBase, sent: Sentence, hit: TriggerHit, ev: Event,
                near: list[Mention], country: str | None) -> None:
    """The doers of a protest are protesters (ACLED's Protesters actor). Their mention is the
    people the sentence describes ("أهالي البصرة", "آلاف العراقيين"), else the article's own
    word for the protesters; null when the article has none (the trigger is not an actor)."""
    rec = next((x for x in kb.actors.values() if x.type == "generic" and x.inter == 6), None)
    if rec is None:
        return
    people = [m for m in doc.mentions if m.sentence == sent.index and m.kind == "actor"
              and kb.actors[m.ref].inter == 6]
    people += [m for m in near if m.kind == "actor" and kb.actors[m.ref].inter == 7]
    # "أهالي الفلوجة الذين تظاهروا": the people the relative clause is about
    if hit.start >= 2 and doc.tokens[hit.start - 1].norm in _RELATIVE:
        place_ends = {p.tok_start: p.tok_end for p in doc.mentions if p.kind == "place"}
        antecedent = [m for m in people if m.tok_end == hit.start - 1 or place_ends.get(m.tok_end) == hit.start - 1]
        people = antecedent + [m for m in people if m not in antecedent]
    start = end = None
    if people:
        start, end, rule = people[0].start, people[0].end, "protesters named in the sentence"
    else:
        # "تظاهر آلاف العراقيين": a crowd word after the verb, with what follows it.
        toks = [t for t in doc.tokens[hit.end:min(hit.end + 4, sent.tokens[-1].index + 1)] if t.kind == "word"]
        times = {t.index for tr in doc.times if sent.start <= tr.start < sent.end
                 for t in sent.tokens if tr.start <= t.start < tr.end}
        toks = [t for t in toks if t.index not in times]
        if toks and _readings(toks[0]) & _CROWD_WORDS:
            last = toks[1] if len(toks) > 1 and toks[1].index == toks[0].index + 1 \
                and not _readings(toks[1]) & (_PREPOSITIONS | {"من"} | PLACE_KIND_SET) \
                and not toks[1].norm.startswith(("ب", "ل", "في")) else toks[0]
            start, end, rule = toks[0].start, last.end, "crowd after the protest verb"
            # ("تظاهر أمس المئات بمحافظة ذي قار ... وأكد المتظاهرون": a bare count names nobody; the
            # article's word for them, told just after, does)
            told = [m for m in doc.mentions if m.kind == "actor" and m.ref == rec.id
                    and 0 <= m.sentence - sent.index <= 3 and m.start > _hit_start(doc, hit)]
            if last is toks[0] and told:
                start, end, rule = told[0].start, told[0].end, "the article's word for the crowd after the protest verb"
        else:
            words = [m for m in doc.mentions if m.kind == "actor" and m.ref == rec.id]
            if words:
                best = min(words, key=lambda m: abs(m.start - _hit_start(doc, hit)))
                start, end, rule = best.start, best.end, "the article's word for the protesters"
            else:
                rule = "protesters (not named in the article)"
    ev.actor1 = ActorRef(rec.name, doc.text[start:end] if start is not None else None, rec.id, rec.inter,
                         rec.wikidata, start, end, country)
    ev.provenance["actor1"] = rule


def _hit_start(doc: Document, hit: TriggerHit) -> int:
    return doc.tokens[hit.start].start


# --- counts -------------------------------------------------------------------------------

def _count_before_verb(tokens, i: int) -> int | None:
    """"8 أشخاص يحملون أحزمة ناسفة قتلوا", "شخصين قتلا": the subject's figure before the verb."""
    for j in range(i - 1, max(-1, i - 9), -1):
        t = tokens[j]
        if t.kind == "punct" and t.text in ".،,:":
            return None
        r = _readings(t)
        if r & PERSON_NOUNS_DUAL:
            return 2
        num = parse_number(tokens, j)
        if num is not None and num.value is not None and num.end <= i \
                and not (tokens[num.start].kind == "num" and 1900 <= num.value <= 2100):  # (a year; "ألفي" is no year)
            return num.value
        if r & PERSON_NOUNS_SINGULAR and j == i - 1:
            return 1
    return None


_COUNT_GAP_ADVERBS = {"فورا", "ايضا", "امس", "اليوم", "مجددا", "كذلك", "بدوره", "بدورها"}


_LOST_MEMBERS = {"عناصرها", "عناصره", "عناصرهم", "جنودها", "جنوده", "مقاتليها", "مقاتليه", "مقاتليهم", "افرادها",
                 "افراده", "منتسبيها", "منتسبيه", "رجالها", "رجاله"}
_EVENT_NOUNS = {"هجوم", "هجمات", "اشتباكات", "مواجهات", "انفجار", "تفجير", "قصف", "غارات", "غاره", "معارك", "عمليه",
                "عمليات", "حادث", "معركه", "كمين"}
_UNNAMED_KILLERS = {"مسلحون", "مسلحين", "مجهولون", "مجهولين", "ارهابيون", "انتحاريون", "قناص", "قناصه"}


def _count_after(tokens, i: int) -> int | None | str:
    """The figure right after a casualty word: "مقتل 5", "مقتل نحو 20", "مقتل جندي"."""
    if _readings(tokens[i]) & {"جثتي", "جثتين"}:
        return 2
    j = i + 1
    if j < len(tokens) and tokens[j].kind == "word" and tokens[j].norm.startswith("و") and len(tokens[j].norm) > 2 \
            and parse_number(tokens, j) is not None:
        return None  # "32 قتيلا ومئة جريح": what follows "و" is another count
    # The verb's subject may stand between it and the figure: "أعدم التنظيم 19 شخصا".
    k = j
    while k < len(tokens) and k - j < 2 and tokens[k].kind == "word" and (
            tokens[k].norm.startswith("ال") or tokens[k].norm in _UNNAMED_KILLERS) \
            and parse_number(tokens, k) is None:  # (not "ألفين": a figure)
        k += 1  # ("وقتل مسلحون مجهولون شرطيين اثنين")
    while k < len(tokens) and tokens[k].norm in _COUNT_GAP_ADVERBS:
        k += 1
    # ("قتل خلال اليومين الماضيين أكثر من 30 مسلحا": past the window)
    if k == j and k < len(tokens) and tokens[k].norm in ("خلال", "طوال"):
        end = next((m for m in range(k + 1, min(k + 5, len(tokens)))
                    if strip_article(tokens[m].norm) in ("ماضيه", "ماضيين", "اخيره", "اخيرين", "منصرمه")), None)
        if end is not None:
            k = j = end + 1
    # ("وقتل خلال الهجوم 15 مسلحا": past where it happened)
    if k == j and k + 2 < len(tokens) and tokens[k].norm in ("خلال", "في", "جراء", "اثناء") \
            and strip_article(tokens[k + 1].norm) in _EVENT_NOUNS and parse_number(tokens, k + 2) is not None:
        k += 2
    if k > j and k < len(tokens) and parse_number(tokens, k) is None and _readings(tokens[k]) & PERSON_NOUNS_DUAL \
            and tokens[j].norm in _UNNAMED_KILLERS:
        return _and_more(tokens, k + 1, 2)
    if k == j and _readings(tokens[i]) & _ACTIVE_KILLING:
        # "أعدم تنظيم “داعش” 23 شخصا": a subject of a few words, quotation marks included
        while k < len(tokens) and k - j < 5 and parse_number(tokens, k) is None and (
                tokens[k].kind == "word" or tokens[k].text in "«»“”\"()"):
            k += 1
    if k > j and k < len(tokens) and parse_number(tokens, k) is not None:
        j = k
    while j < len(tokens) and (strip_article(tokens[j].norm) in ("نحو", "حوالي", "قرابه", "زهاء", "اكثر", "من",
                                                                 "ما", "لا", "يقل", "عن", "اقل", "علي", "الاقل")
                               or tokens[j].norm in _COUNT_GAP_ADVERBS):
        j += 1  # ("أعدم التنظيم فورا أربعة منهم")
    num = parse_number(tokens, j)
    if num is not None:
        if num.vague:
            return "vague"
        return _and_more(tokens, num.end + 1, num.value) if num.value is not None else None
    if j < len(tokens):
        r = _readings(tokens[j])
        if r & PERSON_NOUNS_DUAL:
            return _and_more(tokens, j + 1, 2)
        if r & PERSON_NOUNS_SINGULAR and j == i + 1:
            return _and_more(tokens, j + 1, 1)
        if r & {"احد", "احدي"} and j == i + 1:
            return 1  # "مقتل أحد قادته"
        if j == i + 1 and tokens[j].norm in ("اخر", "اخران") and not tokens[i].norm.startswith("ال"):
            return 2 if tokens[j].norm.endswith("ان") else 1  # "قتل جندي وأصيب آخر": one more
    return None


def _and_more(tokens, p: int, total: int) -> int:
    """Coordinated groups of the dead are added: "مقتل ضابط و3 جنود", "مقتل 5 مدنيين وثلاثة
    من عناصر الشرطة", "قتل جنديان وشرطي"."""
    for _ in range(4):
        if p < len(tokens) and tokens[p].norm in ("واحد", "واحده"):
            p += 1  # "شخص واحد": the word "one", not "and ..."
            continue
        if p < len(tokens) and tokens[p].kind == "word" and not tokens[p].norm.startswith("و") \
                and tokens[p].norm.endswith(("ي", "يه")) and len(tokens[p].norm) >= 4:
            p += 1  # "جندي تركي وآخر": past the nationality
            continue
        if p >= len(tokens) or tokens[p].kind != "word" or not tokens[p].norm.startswith("و"):
            break
        q = p + 1 if tokens[p].norm == "و" else p
        if q >= len(tokens):
            break
        if tokens[q].norm in ("واخر", "واخري") and total >= 1:
            total, p = total + 1, q + 1  # "قتل جندي تركي وآخر من داعش": another one
            continue
        if tokens[q].norm == tokens[p].norm and tokens[p].norm != "و":
            # "وثلاثة", "وشرطي": the conjunction is attached
            bare = tokens[q].norm[1:]
            r = readings(bare)
            if r & PERSON_NOUNS_DUAL:
                total, p = total + 2, q + 1
                continue
            if r & PERSON_NOUNS_SINGULAR:
                total, p = total + 1, q + 1
                continue
        num = parse_number(tokens, q)
        if num is None or num.value is None or num.vague or num.value >= 1000:
            break
        if num.end < len(tokens) and _readings(tokens[num.end]) & _INJURED:
            break  # "32 قتيلا ومئة جريح": the wounded, not more dead
        total += num.value
        p = num.end + 1
    return total


def _count_before(tokens, i: int) -> int | None | str:
    """The figure right before a casualty noun: "5 قتلى", "ثلاثة جرحى"."""
    j = i - 1
    if j >= 0 and _readings(tokens[j]) & {"بين"}:
        return None
    k = j
    while k >= 0 and tokens[k].kind in ("num", "word") and i - k <= 3:
        num = parse_number(tokens, k)
        if num is not None and num.end == i:
            return "vague" if num.vague else num.value
        k -= 1
    return None


def find_counts(tokens) -> dict[str, int | None]:
    """Fatalities, injuries and arrests in a token span (most conservative figure)."""
    found: dict[str, list[int]] = {"fatalities": [], "injuries": [], "arrests": []}
    combined = False
    for i, tok in enumerate(tokens):
        r = _readings(tok)
        if i + 1 < len(tokens):
            pair = f"{strip_article(tok.norm)} {tokens[i + 1].norm}"
            if pair in _COMBINED or (r & {"قتيل", "قتيلا", "قتلي"} and _readings(tokens[i + 1]) & {"جريح", "جريحا", "جرحي"}
                                     and tokens[i + 1].norm.startswith("و")):
                combined = True
        for field, words in (("fatalities", _FATAL), ("injuries", _INJURED), ("arrests", _ARREST_COUNTED)):
            if not (r & words):
                continue
            if field == "arrests" and "القبض" in tok.norm:
                j = i + 1
                if j < len(tokens) and _readings(tokens[j]) & {"علي"}:
                    value = _count_after(tokens, j)
                else:
                    value = None
            else:
                value = _count_after(tokens, i)
                if value is None:
                    value = _count_before(tokens, i)
                after_subject = _FATAL_AFTER_SUBJECT if field == "fatalities" else _INJURED_AFTER_SUBJECT
                if value is None and field != "arrests" and (r & after_subject):
                    value = _count_before_verb(tokens, i)
            if isinstance(value, int):
                found[field].append(value)
    # "القوات الأمنية فقدت 4 من عناصرها": the members a force lost
    if not found["fatalities"]:
        for i, tok in enumerate(tokens[:-3]):
            if tok.norm.removeprefix("و") in ("فقد", "فقدت", "خسر", "خسرت"):
                num = parse_number(tokens, i + 1)
                if num is None or not num.value or num.vague:
                    continue
                p = next((q for q in (num.end, num.end + 1) if q < len(tokens) and tokens[q].norm == "من"), None)
                if p is not None and p + 1 < len(tokens) and _readings(tokens[p + 1]).intersection(_LOST_MEMBERS):
                    found["fatalities"].append(num.value)
    # "لقي مدرس وزوجته مصرعهما": the pronoun on "مصرع/حتف" counts the dead when no figure does.
    if not found["fatalities"]:
        for tok in tokens:
            stem = tok.norm[1:] if tok.norm.startswith(("و", "ف")) else tok.norm
            if stem in ("مصرعهما", "حتفهما"):
                found["fatalities"].append(2)
            elif stem in ("مصرعه", "مصرعها", "حتفه", "حتفها"):
                found["fatalities"].append(1)
    out: dict[str, int | None] = {}
    for field, values in found.items():
        out[field] = min(values) if values else None
    if combined:
        out["fatalities"] = out["injuries"] = None  # "20 قتيلا وجريحا": no split, both unknown
    # "ارتفاع حصيلة ... إلى 40": the updated toll replaces the earlier figure.
    for i, tok in enumerate(tokens):
        if _readings(tok) & {"ارتفاع", "ارتفعت", "ارتفع"}:
            for j in range(i + 1, min(len(tokens), i + 12)):
                if _readings(tokens[j]) & {"الي"} or tokens[j].norm == "إلى":
                    num = parse_number(tokens, j + 1)
                    if num and num.value:
                        seg = {k for t in tokens[i:j] for k in _readings(t)}
                        if seg & {"حصيله", "عدد", "قتلي", "ضحايا"} and not seg & {"جرحي", "مصابين"}:
                            out["fatalities"] = num.value
                    break
    return out


# --- claims -------------------------------------------------------------------------------



def find_claim(doc: Document, kb: KnowledgeBase, sent: Sentence, hit: TriggerHit) -> ActorRef | None:
    """Who asserts the event: a quote's speaker, or the subject of a verb of saying before it."""
    trig_start = doc.tokens[hit.start].start
    for q in doc.quotes:
        if q.start <= trig_start < q.end and q.speaker.name:
            return ActorRef(q.speaker.name, q.speaker.mention or q.speaker.name, q.speaker.ref, None)
    # "..., بحسب بيان لخلية الإعلام الأمني": the source named after the report.
    for t in sent.tokens:
        if t.index >= hit.end and t.norm in _ATTRIBUTION:
            src = next((m for m in doc.mentions if m.sentence == sent.index and m.kind in ("actor", "metonym")
                        and t.index < m.tok_start <= t.index + 4 and kb.actors[m.ref].type != "media"), None)
            if src is not None and src.kind == "actor" and kb.actors[src.ref].type == "generic":
                # "وفق مسؤولين محليين": an unnamed source, named as the text does
                end = max((u.end for u in sent.tokens if src.tok_end <= u.index < src.tok_end + 2 and u.kind == "word"
                           and u.norm not in COMPLEMENTIZERS and not u.norm.startswith("و")), default=src.end)
                phrase = doc.text[src.start:end]
                return ActorRef(phrase, phrase, None, None)
            if src is not None:
                return _actor_ref(kb, src, "CLAIM", _article_country(doc, kb))
            nxt = [u for u in sent.tokens if t.index < u.index <= t.index + 3 and u.kind == "word"]
            if nxt and any(k in ("مصدر", "مصادر", "مسوولين", "مسوول") for _, k in token_keys(nxt[0].norm)):
                phrase = doc.text[nxt[0].start:nxt[-1].end]
                return ActorRef(phrase, phrase, None, None)
    toks = [t for t in sent.tokens if t.index < hit.start]
    say = [t for t in toks if is_say_token(doc, t) or _readings(t) & {"بحسب", "حسب", "وفقا", "افاد", "افادت",
                                                                    "اعلن", "اعلنت", "تقول", "يقول"}]
    if not say:
        return None
    s = say[0]
    # The speaker stands between the verb of saying and "أن"; after it comes what is reported.
    comp = next((t.index for t in toks if t.index > s.index and t.norm in COMPLEMENTIZERS), hit.start)
    ms = [m for m in doc.mentions if m.sentence == sent.index and m.kind in ("actor", "person", "role", "metonym")
          and s.index < m.tok_start < min(hit.start, comp)]
    ms = [m for m in ms if m.kind != "actor" or kb.actors[m.ref].type != "media"]
    # ("ذكر شهود عيان من إقليم شرناخ (جنوب شرقي تركيا)": a place they speak from is no speaker)
    ms = [m for m in ms if not (m.kind == "metonym" and (_locative(doc, m) or _preceded_by(doc, m, _DIRECTION_WORDS)))
          and not _preceded_by(doc, m, {"الي", "علي", "عن", "ضد", "مع"})]  # ("منازل تعود إلى الأهالي")
    if not ms:
        # An unnamed source: "قالت مصادر أمنية", "أفاد مصدر في الشرطة", "ذكر شهود عيان"
        for t in toks:
            if t.index > s.index and any(k in ("مصدر", "مصادر", "شهود", "شاهد") for _, k in token_keys(t.norm)):
                nxt = doc.tokens[t.index + 1] if t.index + 1 < len(doc.tokens) else t
                end = nxt.end if nxt.kind == "word" and nxt.norm not in COMPLEMENTIZERS | _PREPOSITIONS else t.end
                phrase = doc.text[t.start:end]
                return ActorRef(phrase, phrase, None, None)
        return None
    m = ms[0]
    if m.kind == "role":
        m = next((p for p in doc.mentions if p.kind == "person" and p.tok_start >= m.tok_end
                  and p.tok_start <= m.tok_end + 1), m)
    if m.kind == "person":
        ref = _actor_ref(kb, m, "CLAIM", None)
        return ref
    if m.kind == "role":
        rec = kb.actors[m.ref]
        return ActorRef(rec.name, m.text, rec.id, rec.inter, rec.wikidata, m.start, m.end, rec.country)
    return _actor_ref(kb, m, "CLAIM", None)


# --- the stage ----------------------------------------------------------------------------

def news_day(doc: Document) -> tuple[dt.date | None, int]:
    """The article's news day and how sure we are: a weekday/today word in the lead, else published."""
    pub = doc.article.published
    if doc.sentences:
        lead = doc.sentences[0]
        for t in doc.times:
            # ("أمس الاثنين" names the weekday too; a bare "أمس" leaves the news day to the paper)
            if lead.start <= t.start < lead.end and t.date and (t.kind in ("weekday", "today") or (
                    t.kind == "yesterday" and any(strip_article(w) in WEEKDAYS for w in normalize(t.text).split()))):
                return t.date, 1
    return pub, 2


_PAST_LIGHT = {"قام", "قامت", "اجري", "اجرت", "نفذ", "نفذت", "شن", "شنت", "عقد", "عقدت", "خاض", "خاضت", "اطلق", "اطلقت",
               "بدا", "بدات"}


def _after_light_verb(doc: Document, sent: Sentence, hit: TriggerHit) -> bool:
    """"وقام كارتر بزيارة لقوات ..", "عقد الوزير اجتماعا": a past verb of doing carries the noun."""
    before = [t for t in sent.tokens if hit.start - 4 <= t.index < hit.start and t.kind == "word"]
    return any(_readings(t) & _PAST_LIGHT and not t.norm.startswith(("ي", "ت", "س")) for t in before[-3:])


def _after_occurrence_verb(doc: Document, sent: Sentence, hit: TriggerHit) -> bool:
    """"تدور معارك عنيفة", "اندلعت مواجهات": the fighting is going on now."""
    before = [t for t in sent.tokens if hit.start - 3 <= t.index < hit.start and t.kind == "word"]
    return any(_readings(t) & OCCURRENCE_VERBS for t in before[-2:])


# "أدانت الأمانة العامة لمنظمة التعاون الإسلامي": an office of a body, which speaks for it
_OFFICE_OF = {"الامانه", "العامه", "المكتب", "الاعلامي", "السكرتاريه", "رياسه", "الرياسه", "المشتركه", "الهييه", "القياده", "القياديه"}
_TOLL_VERBS = {"اوقع", "اوقعت", "اسفر", "اسفرت", "خلف", "خلفت", "ادي", "ادت", "اودي", "اودت", "حصد", "حصدت", "راح"}


def _toll_clause(between: list[Token]) -> bool:
    """"الذي أوقع", "التي أسفرت عن": a relative clause that tells a toll."""
    return any(t.norm.removeprefix("و") in _RELATIVE for t in between) and any(_readings(t) & _TOLL_VERBS for t in between)


def code_events(doc: Document, kb: KnowledgeBase) -> None:
    day, _ = news_day(doc)
    names = [(m.tok_start, m.tok_end) for m in doc.mentions if m.kind in ("actor", "role", "person", "place")]
    tags = False
    for sent in doc.sentences:
        if len(sent.tokens) > 1 and {sent.tokens[0].norm, sent.tokens[1].norm} >= {"رابط", "الخبر"}:
            continue  # the outlet's link line repeats the headline
        if sent.tokens and sent.tokens[0].norm in ("سمات", "وسوم", "الوسوم", "كلمات") and len(sent.tokens) <= 25:
            tags = True
            continue  # a tags line ("سمات تركيا داعش سلاح الجو قصف"), not prose
        if tags and len(sent.tokens) <= 12 and not any(t.kind == "punct" and t.text in "،," for t in sent.tokens):
            continue  # (the tags line goes on past a full stop: "سمات التحالف الدولي. العراق داعش ضربات")
        tags = False
        hits = [h for h in find_triggers(sent.tokens, kb)
                if not any(a <= h.start and h.end <= b for a, b in names)]  # "قيادة العمليات المشتركة" is a name
        controlled = _controlled_detonations(sent)
        hits = [h for h in hits if not any(a <= h.start < b for a, b in controlled)]
        kept: list[tuple[TriggerHit, Event]] = []
        referred: list[TriggerHit] = []
        vowed: set[int] = set()
        for hit in hits:
            reason = modality(doc, sent, hit)
            if reason == "future" and _vowed_attack(doc, sent, hit) and "tr.threaten.vow" in kb.triggers \
                    and not any(e.plover == "THREATEN" for _, e in kept):
                # "أعلنت تركيا أنها ستطلق قريبا هجوما واسعا على داعش": an attack announced, a threat made
                hit = TriggerHit(kb.triggers["tr.threaten.vow"], hit.start, hit.end, hit.clitic)
                reason = None
                vowed.add(hit.start)
            if reason is None and hit.trigger.id == "tr.assault.casualties" and any(
                    0 <= hit.start - r.end <= 25 and _toll_clause(doc.tokens[r.end:hit.start]) for r in referred):
                # "بعد ثلاثة أيام على الهجوم الانتحاري الذي أوقع 32 قتيلا": the toll of the attack referred to
                reason = "reference: the toll told in the relative clause of an attack referred to"
            if reason is not None and (reason.startswith(("reference", "negated")) or (
                    hit.trigger.plover in VIOLENT and hit.trigger.id != "tr.assault.casualties")):
                referred.append(hit)  # (whose toll, told in its relative clause, is not an event either)
            if reason is None and hit.start > sent.tokens[0].index \
                    and doc.tokens[hit.start - 1].norm in _DEMONSTRATIVES \
                    and doc.tokens[hit.start].norm.startswith(("ال", "وال", "بال", "لل")) \
                    and (sent.index >= 1 or any(e.plover == hit.trigger.plover for e in doc.events)):
                # (a definite event noun: "إلى ذلك اجتمع" is "besides, he met")
                reason = "reference: 'هذه المواجهة', 'هذا الاتفاق' points back at an event told"
            if reason is None and hit.trigger.requires_armed_actor \
                    and not _armed_actor_in(doc, kb, sent, states=hit.trigger.plover != "RETREAT") \
                    and not (doc.tokens[hit.start].norm.startswith(("ال", "وال"))
                             and any(e.plover == hit.trigger.plover for e in doc.events)):
                reason = "no armed actor in the sentence"
            if reason is None and hit.trigger.requires_time and not any(
                    sent.start <= t.start < sent.end and t.kind not in ("year",) and not
                    (t.kind == "since" and t.window_days > 62) for t in doc.times) \
                    and not _after_occurrence_verb(doc, sent, hit) and not _after_light_verb(doc, sent, hit):
                reason = "undated process"
            if reason is not None:
                continue
            ev = _event_from(doc, kb, sent, hit, day, hits)
            if ev is not None and hit.start in vowed:
                _the_one_who_vowed(doc, kb, sent, hit, ev)
            if ev is not None:
                kept.append((hit, ev))
        kept = _drop_speech_objects(doc, kept)
        kept = _drop_references(doc, kept)
        _shared_subjects(doc, kept, kb)
        # (a deployment or a withdrawal does not account for deaths told with it)
        strong_attack = any(h.trigger.strength == "strong" and e.plover == "ASSAULT" for h, e in kept)
        for hit, ev in kept:
            if hit.trigger.strength == "weak":
                if ev.plover in VIOLENT and (any(
                        h.trigger.strength == "strong" and e.plover == "ASSAULT"
                        and not _other_clause(doc, h, hit, when_joins=True)
                        for h, e in kept) if hit.trigger.id == "tr.assault.casualties" else any(
                        h.trigger.strength == "strong" and e.plover in VIOLENT and not _other_clause(doc, h, hit)
                        for h, e in kept)):
                    # "تدمير", "مقتل", "تحرير" next to the attack that did it: its figures are the attack's
                    host = next((e for h, e in kept if h.trigger.strength == "strong" and e.plover == "ASSAULT"
                                 and e.sentence == ev.sentence), None)
                    if host is not None and hit.trigger.id == "tr.assault.casualties":
                        for f in ("fatalities", "injuries"):
                            if getattr(host, f) is None and getattr(ev, f) is not None:
                                setattr(host, f, getattr(ev, f))
                                host.provenance[f] = f"from '{ev.trigger.text}' in the same sentence"
                    # ("سبع ضربات نفذت قرب الحسكة واستهدفت وحدات تكتيكية": the strikes say how it was hit)
                    strong = next((h for h, e in kept if e is host), None)
                    if host is not None and ev.mode == "aerial" and strong is not None \
                            and strong.trigger.id == "tr.assault.target" and not _other_clause(doc, strong, hit):
                        host.mode, host.acled_event_type, host.acled_sub_event_type = \
                            ev.mode, ev.acled_event_type, ev.acled_sub_event_type
                        host.provenance["acled_sub_event_type"] = f"the strikes named with it ('{ev.trigger.text}')"
                    continue
                if ev.plover != "ASSAULT" and ev.plover in VIOLENT and any(
                        e.plover == "ASSAULT" and not _other_clause(doc, h, hit) for h, e in kept):
                    # "دمرت القوات مقر التنظيم، مما أسفر عن مقتل العشرات": whoever did it caused the deaths
                    for h, e in kept:
                        if ev.actor1 is not None and h.trigger.id == "tr.assault.casualties" and h.start > hit.end \
                                and any(_readings(t) & _RESULT_VERBS for t in doc.tokens[hit.end:h.start]):
                            e.actor1 = ev.actor1
                            e.provenance["actor1"] = f"who did what caused the deaths ('{ev.trigger.text}')"
                    continue  # (but "بينما فجر مسلحو التنظيم 16 منزلا" is another act)
                if hit.trigger.id == "tr.assault.casualties" and ev.fatalities is None and ev.injuries is None \
                        and not _vague_count(sent, hit):
                    continue  # "سقط فيها قتلى", "من بين الجرحى": no figure, no new event
                if hit.trigger.id == "tr.assault.casualties" and any(_readings(t) & NON_VIOLENT_CAUSES
                                                                     for t in sent.tokens):
                    continue  # floods, fires, road accidents: deaths, but not violence
                if hit.trigger.id == "tr.assault.casualties" and _among_the_arrested(doc, hit, kept):
                    continue  # "ألقت القبض على تسعة أشخاص، بينهم ثلاثة جرحى": who was arrested
                if hit.trigger.id == "tr.assault.casualties" and any(
                        _readings(t) & _TALLY_WORDS for t in doc.tokens[max(sent.tokens[0].index, hit.start - 4):hit.start]):
                    continue  # "بلغ عدد القتلى 1332 عراقيا": a tally of deaths, with no incident told
            doc.events.append(ev)
    _weapon_kinds(doc)
    _merge_in_sentence(doc, kb)
    _participle_subjects(doc)
    _merge_anaphora(doc, kb)
    _agreement_parties(doc)
    _implicit_subjects(doc, kb)
    _drop_tolls(doc)  # (before the geocoder splits a report by place and its figures with it)


def _controlled_detonations(sent: Sentence) -> list[tuple[int, int]]:
    """"تفجير عبوات ناسفة وسيارات مفخخة وصواريخ تحت السيطرة": explosives blown up under control,
    as the forces clear them (token spans)."""
    out = []
    toks = sent.tokens
    for k, t in enumerate(toks):
        if t.kind == "word" and _readings(t) & {"تفجير", "فجرت", "فجر"}:
            end = next((u.index for u in toks[k + 1:k + 12] if u.norm == "تحت" and u.index + 1 < toks[-1].index + 1
                        and strip_article(toks[u.index - toks[0].index + 1].norm) == "سيطره"), None)
            if end is not None:
                out.append((t.index, end + 2))
    return out


_SIMILAR = {"مماثل", "مماثله", "مماثلا", "مشابه", "مشابهه"}
_DISRUPTING = {"تدمير", "دمرت", "دمر", "دمروا", "تفكيك", "فككت", "ضبط", "ضبطت", "ابطال", "احباط"}


def _weapon_kinds(doc: Document) -> None:
    """"وفي حادث مماثل قتل شخص": the kind of the incident it is said to be like; "دمرت القوات ثلاث
    عجلات مفخخة": car bombs destroyed before use are weapons disrupted (ACLED), not an explosion."""
    for k, ev in enumerate(doc.events):
        if ev.plover != "ASSAULT":
            continue
        toks = doc.sentences[ev.sentence].tokens
        first = doc.token_at(ev.trigger.start, 0)
        weapon = any(w in normalize(ev.trigger.text) for w in ("عبو", "مفخخ", "لغم", "الغام", "ناسف"))
        if ev.rule in ("tr.assault.car_bomb", "tr.assault.ied") and weapon and not any(
                w in normalize(ev.trigger.text) for w in ("انفجار", "تفجير", "انفجر")) and any(
                _readings(t) & _DISRUPTING for t in toks if first - 6 <= t.index < first):
            ev.acled_event_type, ev.acled_sub_event_type = "Strategic developments", "Disrupted weapons use"
            ev.provenance["acled_sub_event_type"] = "explosives destroyed or seized before use"
            continue
        if ev.acled_sub_event_type in (None, "Armed clash") and ev.rule == "tr.assault.casualties" \
                and any(_readings(t) & _SIMILAR for t in toks):
            like = next((e for e in reversed(doc.events[:k]) if e.plover == "ASSAULT" and e.acled_sub_event_type
                         and 0 < ev.sentence - e.sentence <= 2), None)
            if like is not None:
                ev.mode, ev.acled_event_type, ev.acled_sub_event_type = like.mode, like.acled_event_type, \
                    like.acled_sub_event_type
                ev.provenance["acled_sub_event_type"] = f"like the incident told before ('{like.trigger.text}')"


def _among_the_arrested(doc: Document, hit: TriggerHit, kept: list[tuple[TriggerHit, Event]]) -> bool:
    """A casualty word in "بينهم ..." after an arrest describes some of those arrested."""
    before = doc.tokens[max(0, hit.start - 3):hit.start]
    return any(t.norm in ("بينهم", "منهم", "وبينهم", "ومنهم") for t in before) and any(
        e.plover == "COERCE" and h.start < hit.start for h, e in kept)


def _implicit_subjects(doc: Document, kb: KnowledgeBase) -> None:
    """Arabic drops a subject already named: "ونفذت 11 غارة ..." continues the sentence before.
    An event with no doer takes the doer of the same kind of event in the two sentences before.
    A protest named by its protesters ("تظاهر المتظاهرون") has them as its doer."""
    for k, ev in enumerate(doc.events):
        if ev.actor1 is not None and ev.provenance.get("actor1") == "the force announcing the air strikes" \
                and _definite(ev):
            # "نفذت قوات التحالف الدولي تسع ضربات ... وقالت قوة المهام المشتركة إن الضربات ...": the
            # strikes told again are flown by their doer as it was named, the announcer being that force
            told = next((e for e in reversed(doc.events[:k]) if e.plover == ev.plover and e.actor1 is not None
                         and 0 < ev.sentence - e.sentence <= 2 and e.mode == ev.mode
                         and e.actor1.ref == ev.actor1.ref and e.actor1.mention != ev.actor1.mention), None)
            if told is not None:
                _as_told(ev, told)
        if ev.actor1 is not None:
            continue
        prev = next((e for e in reversed(doc.events[:k]) if e.plover == ev.plover and e.actor1 is not None
                     and 0 < ev.sentence - e.sentence <= 1 and e.mode == ev.mode), None)
        if prev is None and ev.plover in _SPEECH:
            # "وقام كارتر بزيارة لقوات جهاز مكافحة الإرهاب ... . وأشاد بالقوات الخاصة العراقية": the
            # person who acted in the sentence before speaks on
            prev = next((e for e in reversed(doc.events[:k]) if e.plover in _SPEECH | {"CONSULT"}
                         and e.actor1 is not None and e.actor1.ref in kb.persons
                         and 0 < ev.sentence - e.sentence <= 1), None)
        first = doc.tokens[doc.token_at(ev.trigger.start)]
        # "ونفذت 11 غارة": the verb opening the sentence, just before a nominal trigger.
        opening = next((t for t in doc.sentences[ev.sentence].tokens if t.kind == "word"), first)
        if opening.index < first.index and first.index - opening.index <= 2:
            first = opening
        if prev is not None and first.norm.startswith("و") and first.norm[1:2] in "نتيا" and len(first.norm) > 3:
            ev.actor1 = prev.actor1
            ev.provenance["actor1"] = f"implicit subject, from '{prev.trigger.text}' in the sentence before"
            continue
        # "وشنت تركيا أولى هجماتها الجوية ... تحدثت محطات عن جولة ثانية من الضربات الجوية": the
        # strikes named again by a definite noun are flown by whoever flew those just told
        trig = doc.tokens[doc.token_at(ev.trigger.start)]
        told = next((e for e in reversed(doc.events[:k]) if e.plover == ev.plover and e.actor1 is not None
                     and 0 < ev.sentence - e.sentence <= 2 and e.mode == ev.mode), None)
        if told is not None and ev.plover == "ASSAULT" and ev.mode in ("aerial", "drone") \
                and trig.norm.startswith(("ال", "وال", "بال", "فال", "لل", "ولل", "وبال")):
            _as_told(ev, told)
            continue
        # "نفذت الولايات المتحدة ودول التحالف 20 غارة ... فضلا عن ذلك قصفت أربع غارات مراكز قرب طوز
        # خورماتو": a count of the strikes of the same report
        told = next((e for e in reversed(doc.events[:k]) if e.plover == ev.plover and e.actor1 is not None
                     and 0 < ev.sentence - e.sentence <= 2
                     and e.acled_sub_event_type == ev.acled_sub_event_type == "Air/drone strike"), None)
        if told is not None and _counted_strikes(doc, doc.sentences[ev.sentence]):
            _as_told(ev, told)
    _claimed_later(doc, kb)
    _titled_subjects(doc, kb)
    _speech_going_on(doc)
    for ev in doc.events:
        if ev.actor1 is None:
            _subject_of_the_opening_verb(doc, kb, ev)
        if ev.actor1 is None and ev.provenance.get("actor2", "").startswith("the one met after"):
            # "دعا الجبوري إلى ... وقال خلال لقائه محافظ الأنبار": "his" is the person told of last
            host = next((m for m in sorted(doc.mentions, key=lambda m: -m.start)
                         if m.kind == "person" and m.end <= ev.trigger.start and ev.sentence - m.sentence <= 1
                         and not (ev.actor2 is not None and ev.actor2.start is not None
                                  and m.start >= ev.actor2.start)), None)
            if host is not None:
                ev.actor1 = _actor_ref(kb, host, ev.plover, _article_country(doc, kb))
                ev.provenance["actor1"] = f"whose meeting it is: the person told of last ('{host.text}')"


_STRIKE_NOUNS = {"غارات", "غاره", "غارتين", "ضربات", "ضربه", "ضربتين", "طلعات", "طلعه"}


def _counted_strikes(doc: Document, sent: Sentence) -> bool:
    """A sentence that counts strikes with no one flying them: "قصفت أربع غارات مراكز"."""
    toks = sent.tokens
    return any((t.kind == "num" or parse_number(doc.tokens, t.index) is not None) and _readings(u) & _STRIKE_NOUNS
               for t, u in zip(toks, toks[1:]))


def _as_told(ev: Event, told: Event) -> None:
    """Strikes named again take the doer (and, lacking one, the target) of the strikes told."""
    ev.actor1 = told.actor1
    ev.provenance["actor1"] = f"who flew the strikes told just before ('{told.trigger.text}')"
    if ev.actor2 is None and told.actor2 is not None:
        ev.actor2 = told.actor2
        ev.provenance["actor2"] = f"the target of the strikes told just before ('{told.trigger.text}')"


def _titled_subjects(doc: Document, kb: KnowledgeBase) -> None:
    """"أشاد الوزير الألماني بالحكومة التركية": a speech act whose subject is a title alone, right
    after the verb, is the act of the person last named with that title ("وزير الخارجية الألماني
    فرانك فالتر شتاينماير"), named as the text names him here."""
    for ev in doc.events:
        if ev.actor1 is not None or ev.plover not in VERBAL:
            continue
        after = doc.token_at(ev.trigger.end)  # the first token after the trigger
        if after is None:
            continue
        title = next((m for m in doc.mentions if m.kind == "title" and m.sentence == ev.sentence
                      and m.tok_start == after and doc.tokens[m.tok_start].norm.startswith("ال")), None)
        if title is None:
            continue
        last = next((m for m in doc.mentions if m.kind == "demonym" and m.tok_start == title.tok_end), title)
        # (past a nationality and a first name the rules missed: "وزير الخارجية الألماني فرانك- فالتر شتاينماير")
        person = title_antecedent(doc, title, reach=3)
        if person is None or ev.sentence - person.sentence > 3:
            continue
        name = kb.persons[person.ref].name if person.ref and person.ref in kb.persons else person.text
        ev.actor1 = ActorRef(name, doc.text[title.start:last.end], person.ref, None, None, title.start, last.end, None)
        ev.provenance["actor1"] = f"the title alone after the verb: '{person.text}', named last with it"


def _claimed_later(doc: Document, kb: KnowledgeBase) -> None:
    """"وأكدت مصادر طبية حصيلة الهجومين اللذين تبناهما التنظيم": the attacks told just before,
    named again with their claim, were done by the group that claimed them (the last two for a
    dual, the last one for a singular, those of the three sentences before for a plural)."""
    for sent in doc.sentences:
        for t in sent.tokens:
            if t.norm not in _CLAIMED_IT or t.index < 2 or doc.tokens[t.index - 1].norm not in _RELATIVE:
                continue
            noun = doc.tokens[t.index - 2]
            keys = _readings(noun) | {strip_article(noun.norm)}
            if not noun.norm.startswith("ال") or not keys & _ATTACK_NOUNS_CLAIMED:
                continue
            claimer = next((m for m in doc.mentions if m.sentence == sent.index and m.kind == "actor"
                            and t.index < m.tok_start <= t.index + 2 and m.ref in kb.actors
                            and kb.actors[m.ref].inter in (2, 3)), None)
            if claimer is None:
                continue
            told = [e for e in doc.events if e.plover == "ASSAULT" and e.actor1 is None
                    and 0 < sent.index - e.sentence <= 3]
            norm = strip_article(noun.norm)
            n = 2 if norm.endswith(("ين", "ان")) else (1 if norm in ("هجوم", "تفجير", "انفجار", "اعتداء") else len(told))
            for e in told[-n:] if n else []:
                e.actor1 = e.claimed_by = _actor_ref(kb, claimer, e.plover, _article_country(doc, kb))
                e.provenance["actor1"] = f"who claimed it, told after ('{noun.text} {doc.tokens[t.index - 1].text} {t.text}')"


_ATTACK_NOUNS_CLAIMED = {"هجوم", "هجومين", "هجمات", "تفجير", "تفجيرين", "تفجيرات", "انفجار", "انفجارين", "انفجارات",
                         "اعتداء", "اعتداءين", "اعتداءات", "عمليه", "عمليتين", "عمليات"}


def _speech_going_on(doc: Document) -> None:
    """"كما ناشد الأمم المتحدة بإصدار قرار": a speech act going on ("كما") from the sentence
    before; the name right after the verb, followed by بـ/إلى/لـ, is whom he appealed to."""
    for k, ev in enumerate(doc.events):
        if ev.plover not in _SPEECH or ev.actor1 is None or ev.actor2 is not None or ev.actor1.end is None \
                or ev.provenance.get("actor1") != "subject/agent after trigger":
            continue
        t = doc.token_at(ev.trigger.start)
        after = next((u for u in doc.tokens if u.start >= ev.actor1.end), None)
        if t is None or t == 0 or after is None or doc.tokens[t - 1].norm not in ("كما", "وكما") \
                or doc.tokens[t].norm.endswith("ت"):
            continue  # ("كما طالبت الحكومة بإجراء تحقيق": a feminine verb agrees with the name after it)
        if not after.norm.startswith(("ب", "الي", "ل")) or after.norm.startswith(("بال", "لل")):
            continue
        prev = next((e for e in reversed(doc.events[:k]) if e.actor1 is not None and e.plover in _SPEECH
                     and 0 < ev.sentence - e.sentence <= 1 and e.actor1.ref != ev.actor1.ref), None)
        if prev is not None:
            ev.actor2, ev.actor1 = ev.actor1, prev.actor1
            ev.provenance["actor1"] = f"the speaker going on ('كما'), from '{prev.trigger.text}' in the sentence before"
            ev.provenance["actor2"] = "whom he appealed to, after the verb"


def _subject_of_the_opening_verb(doc: Document, kb: KnowledgeBase, ev: Event) -> None:
    """"وبدأت طهران بناء معسكرات ... ودفعت بعدد كبير من جنودها": a verb joined by "و" with no
    subject of its own has the subject of the verb that opens the sentence (not of one that
    announces: "وأعلنت الخلية مقتل ... وتدمير")."""
    trig = doc.tokens[doc.token_at(ev.trigger.start)]
    sent = doc.sentences[ev.sentence]
    if ev.plover not in VIOLENT | {"MOBILIZE", "RETREAT"} or not trig.norm.startswith("و") \
            or trig.norm.startswith("وال") or len(sent.tokens) <= 2 or trig.index <= sent.tokens[1].index:
        return
    opener = sent.tokens[0]
    subj = next((m for m in doc.mentions if m.tok_start == opener.index + 1 and m.sentence == sent.index
                 and m.kind in ("actor", "metonym", "person")), None)
    if subj is None or opener.kind != "word" or opener.norm.startswith(("ال", "وال")) or is_say_token(doc, opener) \
            or _readings(opener) & (_ANNOUNCING | _PREPOSITIONS | {"في", "من", "علي", "الي"}) \
            or any(t.norm in CLAUSE_OPENERS for t in doc.tokens[opener.index:trig.index]):
        return
    ref = _actor_ref(kb, subj, ev.plover, _article_country(doc, kb))
    if ref is not None:
        ev.actor1 = ref
        ev.provenance["actor1"] = f"subject of '{opener.text}', the verb that opens the sentence"


def _after_relative(doc: Document, ev: Event) -> bool:
    first = doc.token_at(ev.trigger.start, 0)
    return first > 0 and doc.tokens[first - 1].norm in _RELATIVE


def _participle_subjects(doc: Document) -> None:
    """"تحفظت قطر على موقف الجامعة، مؤكدة دعمها لتركيا": a circumstantial participle's subject
    is the doer of the act the sentence reported before it, when that act is a stance."""
    for k, ev in enumerate(doc.events):
        if not str(ev.provenance.get("actor1", "")).startswith("the sentence's speaker"):
            continue
        # (the main clause's act, not one in a relative clause: "الجامعة التي استنكرت القصف")
        earlier = next((e for e in doc.events[:k] if e.sentence == ev.sentence and e.plover in VERBAL
                        and e.actor1 is not None and e.trigger.start < ev.trigger.start
                        and not _after_relative(doc, e)), None)
        if earlier is not None and earlier.actor1.ref != (ev.actor1.ref if ev.actor1 else None):
            ev.actor1 = earlier.actor1
            ev.provenance["actor1"] = f"the subject of '{earlier.trigger.text}' before the participle"


def _agreement_parties(doc: Document) -> None:
    """"الاجتماع توصل الى تفاهمات": an agreement with no named parties is reached by the
    participants of the meeting reported just before it."""
    for k, ev in enumerate(doc.events):
        if ev.plover != "AGREE" or ev.actor1 is not None:
            continue
        meeting = next((e for e in reversed(doc.events[:k]) if e.plover == "CONSULT" and e.actor1
                        and ev.sentence - e.sentence <= 3), None)
        if meeting is not None:
            ev.actor1, ev.actor2 = meeting.actor1, meeting.actor2
            ev.provenance["actor1"] = ev.provenance["actor2"] = "participants of the meeting just reported"


_COLUMN_FOOTERS = ("مقالات اخري للكاتب", "مقالات اخري للكاتبه")
_SIGNATURE = re.compile(r"[\w.\-]+@[\w.\-]+\.[A-Za-z]{2,}", re.ASCII)


def is_opinion_column(doc: Document) -> int | None:
    """The character offset of an opinion column's footer ("مقالات أخرى للكاتب", the list of
    the writer's other columns), or None for an article that is not signed as a column."""
    # (or the writer's e-mail address alone on the last line: "m.althaidy@asharqalawsat.com")
    last = doc.text.rstrip()
    signed = _SIGNATURE.fullmatch(last[last.rfind("\n") + 1:].strip()) is not None
    folded = normalize(doc.text)
    if len(folded) != len(doc.text):
        return len(doc.text) if signed or any(f in folded for f in _COLUMN_FOOTERS) else None
    offsets = [folded.find(f) for f in _COLUMN_FOOTERS if f in folded] + ([last.rfind("\n") + 1] if signed else [])
    return min(offsets) if offsets else None


def _drop_column_background(doc: Document) -> None:
    """In an opinion column, what the writer recounts without a date of its own is argument and
    background, not the day's news; the footer's list of other titles is no text at all."""
    footer = is_opinion_column(doc)
    if footer is None:
        return
    def dated(ev: Event) -> bool:
        why = str(ev.provenance.get("event_date", ""))
        # ("هي من يقتل السوريين اليوم": in a column, "today" is "nowadays")
        return why.startswith("time expression") and normalize(why.split("'")[1] if "'" in why else "") != "اليوم"

    doc.events[:] = [ev for ev in doc.events if ev.trigger.start < footer and dated(ev)]


def finish_events(doc: Document, kb: KnowledgeBase) -> None:
    """Stage after the geocoder: merge campaigns with their reports, write notes and confidence."""
    for ev in doc.events:
        if ev.actor1 is not None and ev.actor2 is not None and ev.actor1.start is not None \
                and ev.actor1.start == ev.actor2.start:
            ev.actor2 = None  # one name cannot be both sides ("اعتقال البغدادي لجميع المخططين وإعدامهم")
            ev.provenance.pop("actor2", None)
    _drop_column_background(doc)
    # (a day after publication is still to come: "اجتماعا وزاريا جديدا قد يعقد في 15 أغسطس")
    pub = doc.article.published
    if pub is not None:
        doc.events[:] = [e for e in doc.events if e.event_date is None or (e.event_date - pub).days <= 1]
    # "أحد السكان المحليين الذي استطاع الهرب من مدينة الفلوجة": civilians fleeing make no withdrawal
    doc.events[:] = [e for e in doc.events if not (e.plover == "RETREAT" and e.actor1 is not None
                                                   and e.actor1.inter == 7)]
    _drop_unplaced(doc, kb)
    _merge_campaigns(doc)
    _merge_consequences(doc)
    _merge_retold(doc)
    _merge_same_toll(doc)
    _merge_meetings(doc)
    _drop_summaries(doc)
    _visit_goes_on(doc, kb)
    from rasad.stages.geocode import the_whole_home_country
    the_whole_home_country(doc, doc.events, kb)
    for ev in doc.events:
        ev.notes = describe(ev)
        ev.confidence = _confidence(ev)


_SPEECH = {"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN"}


def _visit_goes_on(doc: Document, kb: KnowledgeBase) -> None:
    """"قام كارتر بزيارة إلى بغداد أمس ... . وقام كارتر بزيارة لقوات جهاز مكافحة الإرهاب ... وأشاد بالقوات
    الخاصة": what the visitor does next, with no place or day of its own, is done on that visit."""
    for ev in doc.events:
        if ev.location is not None or ev.actor1 is None or ev.actor1.ref not in kb.persons \
                or ev.plover not in _SPEECH | {"CONSULT"}:
            continue
        visit = next((e for e in doc.events if e.plover == "CONSULT" and e is not ev and e.location is not None
                      and e.actor1 is not None and e.actor1.ref == ev.actor1.ref
                      and 0 < ev.sentence - e.sentence <= 5 and e.event_date is not None), None)
        if visit is None:
            continue
        ev.location = visit.location
        ev.provenance["location"] = f"on the visit told before ('{visit.trigger.text}')"
        if str(ev.provenance.get("event_date", "")).startswith("news day"):
            ev.event_date, ev.time_precision = visit.event_date, visit.time_precision
            ev.provenance["event_date"] = f"on the visit told before ('{visit.trigger.text}')"


_TOLL = 500  # dead in one report beyond which a figure is a total, not one incident's
_TOLL_TRIGGERS = {"tr.assault.casualties", "tr.assault.gunfire"}


def _drop_tolls(doc: Document) -> None:
    """"قتل أكثر من 3200 شخص في القتال", "أعدم بدم بارد 2070 من مواطني نينوى": hundreds upon
    hundreds of dead are a conflict's or a campaign's total, which ACLED does not code as one
    event. Told by the killing word itself, the report is the total and is dropped; told with
    another act ("هاجمت معسكرات الحزب ... في صراع أودى بحياة 40 ألف شخص"), the act stays and
    the figure goes."""
    kept = []
    for ev in doc.events:
        if ev.plover != "ASSAULT" or (ev.fatalities or 0) < _TOLL:
            kept.append(ev)
            continue
        first = doc.token_at(ev.trigger.start, 0)
        told_first = any(parse_number(doc.tokens, t.index) is not None
                         and parse_number(doc.tokens, t.index).value == ev.fatalities
                         for t in doc.sentences[ev.sentence].tokens if t.index < first)
        if ev.rule in _TOLL_TRIGGERS or _several(doc, ev) or told_first:
            continue  # (a toll the strikes caused, "مقتل 2927 جراء غارات التحالف": a campaign's total)
        ev.provenance["fatalities"] = f"{ev.fatalities} dead: a total, not this incident's"
        ev.fatalities = None
        kept.append(ev)
    doc.events[:] = kept


def _drop_unplaced(doc: Document, kb: KnowledgeBase) -> None:
    """An attack, arrest, deployment or protest the text gives no place, no time of its own and
    no figure for is talk about violence, not a reported incident ("وينفذ التحالف غارات جوية
    بشكل يومي", "استمرار عمليات التفجير في العاصمة"): ACLED could not code it either."""
    names = [(n.start, n.end) for n in doc.mentions if n.kind in ("actor", "person", "role", "title")]
    placed = {m.sentence for m in doc.mentions if m.kind == "place" and not any(
        a <= m.start and m.end <= b and (b - a) > (m.end - m.start) for a, b in names)
        and not (m.ref in kb.places and kb.places[m.ref].kind in ("country", "region"))} | {
        s.index for s in doc.sentences if any(_readings(t) & PLACE_KIND_SET for t in s.tokens)} | {
        # "بقصف 3 مواقع للجهاديين": counted targets make a reported strike, not talk
        s.index for s in doc.sentences if any(t.kind == "num" and u.kind == "word" and _readings(u) & TARGET_NOUNS
                                              for t, u in zip(s.tokens, s.tokens[1:]))} | {
        # "وقصفت هذه المناطق بقذائف الهاون": the places just named
        s.index for s in doc.sentences if any(t.norm in _DEMONSTRATIVES and _readings(u) & _AREA_NOUNS
                                              for t, u in zip(s.tokens, s.tokens[1:]))} | {
        # "غارات ضد أهداف لحزب العمال شمال العراق": a part of the country, not the country at large
        m.sentence for m in doc.mentions if m.kind == "place" and m.tok_start > 0
        and m.ref in kb.places and kb.places[m.ref].kind == "country"
        and {k for _, k in token_keys(doc.tokens[m.tok_start - 1].norm)} & _DIRECTION_WORDS}
    doc.events[:] = [ev for ev in doc.events if not (
        (ev.plover in VIOLENT or ev.plover == "PROTEST") and not ev.campaign
        and (ev.location is None or (ev.plover in VIOLENT and ev.location.admin1 is None
                                     and ev.location.ref is not None and ev.location.ref.startswith("country")))
        and ev.sentence not in placed
        and not str(ev.provenance.get("event_date", "")).startswith("time expression")
        and ev.fatalities is None and ev.injuries is None and ev.arrests is None)]
    # Any act with no one doing it or done to, no place, no time of its own and no figure
    # ("عانت من التطرف والتفجيرات", "فقد رفضت دعم المقاتلين"): nothing to code it by.
    doc.events[:] = [ev for ev in doc.events if not (
        ev.actor1 is None and ev.actor2 is None and ev.location is None and not ev.campaign
        and ev.sentence not in placed and not str(ev.provenance.get("event_date", "")).startswith("time expression")
        and ev.fatalities is None and ev.injuries is None and ev.arrests is None)]


_REFERENCE_CUES = {"بعد", "عقب", "اثر", "ردا", "انتقاما", "اعقاب", "خلفيه", "منذ", "سلسله", "تزامنا", "بالتزامن", "ضوء",
                   "احتجاجا", "تنديدا", "استنكارا", "رفضا", "غداه", "عشيه", "بعيد"}  # "تظاهروا احتجاجا على الغارات"


_ARMED_TYPES = {"state_forces", "rebel_group", "political_militia", "identity_militia", "external_force"}
_ARMED_WORDS = {"مسلحين", "مسلحون", "المسلحين", "المسلحون", "قوات", "القوات", "جنود", "الجنود", "مقاتلين",
                "مقاتلي", "الارهابيين", "ارهابيين", "عناصر", "مسلحي", "الجيش", "جيش", "متمردين", "المتمردين",
                "الشرطه", "الحشد", "البيشمركه", "ميليشيات", "المليشيات", "الميليشيات", "قوه", "مليشيا",
                # soldiers and policemen hit: "قتل شرطيان في هجوم"
                "جندي", "جنديا", "جنديان", "جنديين", "شرطي", "شرطيا", "شرطيان", "شرطيين", "ضابط", "ضابطا",
                "عسكريين", "عسكريا", "عسكريان"}


def _armed_actor_in(doc: Document, kb: KnowledgeBase, sent: Sentence, states: bool = True) -> bool:
    """Does the sentence name an armed actor (forces, an armed group, gunmen, a state at war)?
    With `states` False a nationality or a capital does not count ("نائب الرئيس الإيراني")."""
    for m in doc.mentions:
        if m.sentence != sent.index:
            continue
        if m.kind == "actor":
            a = kb.actors[m.ref]
            if a.type in _ARMED_TYPES or (a.type == "generic" and a.inter in (1, 2, 3, 8)):
                return True
        if m.kind in ("demonym", "metonym") and states:
            return True
    return any(_readings(t) & _ARMED_WORDS for t in sent.tokens)


def _shared_subjects(doc: Document, kept: list[tuple[TriggerHit, Event]], kb: KnowledgeBase | None = None) -> None:
    """"أدانت الوزارة القصف، وطالبت الجانب التركي ...": verbs joined by "، و" share the subject;
    what follows the second verb is its object. "وشنت مقاتلات تركية غارات ... وبدأت حملة قصف":
    a violent act after "و" + a verb, with no doer of its own, is the first act's doer's."""
    for k, (hit, ev) in enumerate(kept):
        # (an announcer taken for the doer yields to the subject of the verb joined before:
        # "قالت قيادة العمليات إن قوات الأمن دخلت جامعة الأنبار واشتبكت مع مسلحي داعش")
        announcer = str(ev.provenance.get("actor1", "")).startswith(("the forces announcing", "the force announcing"))
        if k > 0 and ev.plover in VIOLENT and (ev.actor1 is None or announcer):
            joined = next((t for t in doc.tokens[max(0, hit.start - 2):hit.start + 1]
                           if t.norm.startswith("و") and len(t.norm) >= 4 and not t.norm.startswith("وال")
                           and t.norm[1:2] in "بشنقاست"), None)
            first = next((e for h, e in reversed(kept[:k]) if e.actor1 is not None and e.plover in VIOLENT
                          and h.end <= hit.start and not _boundary_between(doc, h.end, hit.start)
                          and not any(t.norm in _NEW_CLAUSE for t in doc.tokens[h.end:hit.start])), None)
            if joined is not None and first is not None:
                ev.actor1 = first.actor1
                ev.provenance["actor1"] = f"shared subject with '{first.trigger.text}' (verbs joined by 'و')"
                continue
            if ev.actor1 is not None:
                continue
            # "دخلت أنقرة الحملة بشن أولى غاراتها": "its raids" are the subject's before
            tok = doc.tokens[hit.start]
            raw = tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
            owner = next((e for h, e in reversed(kept[:k]) if e.actor1 is not None and h.end <= hit.start
                          and e.sentence == ev.sentence and not _boundary_between(doc, h.end, hit.start)
                          and not any(t.norm in _NEW_CLAUSE or t.norm in CLAUSE_OPENERS
                                      for t in doc.tokens[h.end:hit.start])), None)
            if owner is not None and raw.endswith(("اتها", "اته", "اتهم", "ها")) \
                    and not tok.norm.removeprefix("و").removeprefix("ب").startswith("ال") and len(tok.norm) > 5:
                # ("حض الاتحاد الأوروبي تركيا على رد متكافئ في هجماتها": "her attacks" are those of
                # the state named in between, the one the pronoun agrees with)
                between = next((m for m in reversed(doc.mentions) if m.kind == "metonym" and m.sentence == ev.sentence
                                and owner.trigger.end <= m.start and m.end <= doc.tokens[hit.start].start), None)
                if between is not None and kb is not None and raw.endswith(("اتها", "ها")):
                    ev.actor1 = _actor_ref(kb, between, ev.plover, _article_country(doc, kb))
                    ev.provenance["actor1"] = f"owner of '{tok.text}': the state named just before it"
                    continue
                ev.actor1 = owner.actor1
                ev.provenance["actor1"] = f"owner of '{tok.text}': the subject of '{owner.trigger.text}' just before"
                continue
        if k == 0 or ev.plover not in VERBAL:
            continue
        tok = doc.tokens[hit.start]
        prev = doc.tokens[hit.start - 1] if hit.start else None
        # "وشنت تركيا غارات على أهداف ... وتعهدت باتخاذ إجراء": a verb after "و" with no subject
        # of its own has the sentence's first doer
        if ev.actor1 is None and tok.norm.startswith("و") and not tok.norm.startswith("وال") and len(tok.norm) >= 4 \
                and hit.end - hit.start == 1:
            first = next((e for h, e in kept[:k] if e.actor1 is not None and h.end <= hit.start
                          and doc.tokens[h.start].norm[:1] not in ("ا",) and not doc.tokens[h.start].norm.startswith("ال")
                          and not _boundary_between(doc, h.end, hit.start)
                          and not any(t.norm in _NEW_CLAUSE for t in doc.tokens[h.end:hit.start])), None)
            if first is not None and first.sentence == ev.sentence and (
                    ev.actor2 is None or ev.actor2.ref != first.actor1.ref):
                ev.actor1 = first.actor1
                ev.provenance["actor1"] = f"shared subject with '{first.trigger.text}' (verbs joined by 'و')"
                continue
        if not (tok.norm.startswith("و") and prev is not None and prev.text in "،,"):
            continue
        first = next((e for h, e in kept[:k] if e.actor1 is not None and e.plover in VERBAL), None)
        if first is None or (ev.actor1 is not None and ev.actor1.ref == first.actor1.ref):
            continue
        if ev.actor2 is None:
            ev.actor2 = ev.actor1
            ev.provenance["actor2"] = "object of a verb sharing the subject before"
        ev.actor1 = first.actor1
        ev.provenance["actor1"] = f"shared subject with '{first.trigger.text}'"


def _after_a_span(doc: Document, hit: TriggerHit) -> bool:
    """"بعد أربعة أيام على تفجير انتحاري (دام) استهدف": the event a span of time before another,
    named as a reference (up to two adjectives and its own verb between "على/من" and the trigger)."""
    k = hit.start - 1
    steps = 0
    while k >= 0 and steps < 4 and doc.tokens[k].kind == "word" and not doc.tokens[k].norm in ("علي", "من"):
        k -= 1
        steps += 1
    if k < 2 or doc.tokens[k].norm not in ("علي", "من"):
        return False
    span = doc.tokens[max(0, k - 3):k]
    return any(_readings(t) & _TIME_UNITS for t in span) and any(t.norm in ("بعد", "قبل", "عقب") for t in span)


def _drop_references(doc: Document, kept: list[tuple[TriggerHit, Event]]) -> list[tuple[TriggerHit, Event]]:
    """"... بعد سلسلة هجمات", "ردا على هجوم انتحاري": an earlier event named as the reason for
    the sentence's main event is a reference, not a new event."""
    out = []
    dropped: list[TriggerHit] = []
    for k, (hit, ev) in enumerate(kept):
        if hit.trigger.id == "tr.assault.casualties" and any(
                d.end <= hit.start and doc.tokens[d.start].start >= doc.sentences[ev.sentence].start for d in dropped) \
                and not any(h.trigger.strength == "strong" and dropped[-1].end <= h.start < hit.start
                            for h, _ in kept if h not in dropped):
            continue  # "بعد تفجير استهدف تجمعا ... وأوقع 32 قتيلا": the toll of the event referred to
        prev = [t for t in doc.tokens[max(0, hit.start - 2):hit.start]]
        if len(prev) == 2 and prev[1].norm == "من" and _readings(prev[0]) & {"سلسله"} and hit.start >= 3:
            prev.insert(0, doc.tokens[hit.start - 3])  # "بعد سلسلة من الهجمات الدامية"
        cue = set().union(*(_readings(t) for t in prev)) & _REFERENCE_CUES if prev else set()
        if not cue and ev.plover in VIOLENT and _after_a_span(doc, hit):
            cue = {"بعد"}  # "بعد أربعة أيام على تفجير انتحاري دام استهدف مدينة سوروتش"
        if cue and cue <= {"اثر", "اعقاب", "بعد", "عقب", "بعيد"} and k > 0 \
                and kept[k - 1][0].trigger.id == "tr.assault.casualties" and kept[k - 1][1].sentence == ev.sentence:
            cue = set()  # "قتل ثلاثة إثر تفجير عبوة", "قتل الوالي بعد تعرضه لهجوم": the cause of the deaths
        long_ago = ev.event_date is not None and doc.article.published is not None \
            and (doc.article.published - ev.event_date).days > 7
        if cue and (k > 0 or cue & {"غداه", "عشيه"} or (hit.start - doc.sentences[ev.sentence].tokens[0].index > 3
                              and cue - {"سلسله", "منذ"} and (
                                  (ev.fatalities is None and ev.injuries is None) or long_ago))):
            # (a reason told with its toll, weeks before: "توترت العلاقة أواخر الشهر الماضي بعد تفجير ... أوقع 32")
            dropped.append(hit)
            continue  # (with no event before it: "بدلت تركيا موقفها بعد هجوم دام" is a reason told)
        out.append((hit, ev))
    return out


_ACCUSING = {"اتهم", "اتهمت", "يتهم", "تتهم", "يتهمها", "يتهمه", "يتهمهم", "تتهمها", "تتهمه", "اتهمها", "اتهمه",
             "اتهمهم", "متهما", "متهمه", "متهمين", "اتهام", "اتهامه", "اتهامها", "باتهام", "المتهم", "المتهمه", "متهم"}


def trig_tok_norm(doc: Document, hit: TriggerHit) -> str:
    return doc.tokens[hit.start].norm


_INQUIRY = {"ملابسات", "تفاصيل", "التحقيق", "التحقيقات", "تحقيق", "تحقيقات", "بالتحقيق", "للتحقيق", "خيوط",
            # "لا علاقة لها بالتفجير": what something has or has not to do with
            "علاقه", "علاقتها", "علاقته", "علاقتهم", "صله", "بصله"}


def _indefinite_noun(doc: Document, t: Token) -> bool:
    """A word that can only be an indefinite noun or adjective: no article, no verb shape, not a name."""
    if t.kind != "word" or t.norm.startswith(("ال", "وال", "بال", "لل")):
        return False
    if any(m.tok_start <= t.index < m.tok_end for m in doc.mentions):
        return False
    if t.norm.endswith("يه") and len(t.norm) >= 5:
        return True  # a nisba adjective ("تكفيرية")
    if t.norm[:1] in "يتان":
        return False
    return t.norm.endswith(("يه", "ات", "ه", "ون", "ين")) or t.norm in ("فيديو", "كتب", "رسايل", "منشورات", "بيان")


_CLAUSE_BREAKS = {"بينما", "وبينما", "فيما", "وفيما", "حين"}


def _other_clause(doc: Document, a: TriggerHit, b: TriggerHit, when_joins: bool = False) -> bool:
    """Are two triggers of a sentence in different clauses ("..., بينما فجر ...")? With
    `when_joins`, "حين" joins them ("مقتل ثلاثة جنود حين فتح عناصر من الحزب النار")."""
    lo, hi = sorted((a.start, b.start))
    if any(t.norm in _CLAUSE_BREAKS and not (when_joins and t.norm == "حين") for t in doc.tokens[lo:hi]):
        return True
    # "وفيما قتل 27 من كتائب حزب الله في بيجي، كشف مصدر عن قصف طائرات التحالف": the opener's
    # clause ends at the comma
    if not any(t.kind == "punct" and t.text in "،," for t in doc.tokens[lo:hi]):
        return False
    for t in reversed(doc.tokens[max(0, lo - 12):lo]):
        if t.kind == "punct" and t.text in ".؟!،,":
            return False
        if t.norm in CLAUSE_OPENERS:
            return True
    return False


def _vague_count(sent: Sentence, hit: TriggerHit | None = None) -> bool:
    """"لقي العشرات مصرعهم": a vague count of the dead (near the casualty word, when it is given)."""
    toks = sent.tokens if hit is None else [t for t in sent.tokens if hit.start - 6 <= t.index < hit.end + 4]
    return any(_readings(t) & {"عشرات", "ميات", "العشرات", "الميات"} for t in toks)


def _clause_counts(doc: Document, sent: Sentence, hit: TriggerHit, hits: list[TriggerHit] | None) -> dict:
    """The figures of the trigger's clause ("فيما"/"بينما" cut a sentence into clauses); a figure
    the clause lacks comes from the sentence unless another clause holds violence of its own
    ("ضربت موجة تفجيرات بغداد، وفيما قتل 27 في بيجي، ...": the 27 are not the blasts')."""
    whole = find_counts(sent.tokens)
    lo, hi = clause_of(doc, sent.index, hit.start)
    if lo == sent.tokens[0].index and hi == sent.tokens[-1].index + 1:
        return whole
    own = find_counts([t for t in sent.tokens if lo <= t.index < hi])
    elsewhere = any(not (lo <= h.start < hi) and h.trigger.plover in ("ASSAULT", "COERCE") for h in hits or [])
    return {k: v if v is not None or elsewhere else whole[k] for k, v in own.items()}


def _says_titled(doc: Document, m: Mention) -> bool:
    """"كشف العميد محمد الجبوري في شرطة نينوى عن مقتل 42": a person who reports, right after
    the verb of saying and his titles, is not the doer of what he reports."""
    k = m.tok_start - 1
    titles = {i for t in doc.mentions if t.kind in ("title", "role") and t.tok_end <= m.tok_start
              for i in range(t.tok_start, t.tok_end)}
    while k >= 0 and k in titles:
        k -= 1
    return k >= 0 and k < m.tok_start - 1 and is_say_token(doc, doc.tokens[k])


def _other_clause_of_opener(doc: Document, sent: Sentence, m: Mention, hit: TriggerHit) -> bool:
    """`m` and the trigger lie on two sides of a clause opened by "فيما"/"بينما": the opener
    between them, or `m` inside an opener's clause that a comma closes before the trigger."""
    lo, hi = min(m.tok_end, hit.start), max(m.tok_start, hit.end)
    if any(t.norm in CLAUSE_OPENERS for t in doc.tokens[lo:hi]):
        return True
    if m.tok_end > hit.start or not any(t.kind == "punct" and t.text in "،," for t in doc.tokens[m.tok_end:hit.start]):
        return False
    for t in reversed(doc.tokens[sent.tokens[0].index:m.tok_start]):
        if t.norm in CLAUSE_OPENERS:
            return True
        if t.kind == "punct":
            return False
    return False


def _appositive_before(doc: Document, sent: Sentence, pos: int) -> tuple[int, int] | None:
    """The description set off by commas right before token `pos` ("X، المصنف تنظيما إرهابيا
    من قبل تركيا، هاجموا"): (first comma, last comma) when the part opens with a definite
    adjective or a relative pronoun, else None."""
    if pos - 1 < sent.tokens[0].index or doc.tokens[pos - 1].text not in ("،", ","):
        return None
    for k in range(pos - 2, max(sent.tokens[0].index, pos - 20) - 1, -1):
        t = doc.tokens[k]
        if t.kind == "punct" and t.text in ("،", ","):
            first = doc.tokens[k + 1]
            opens = first.norm in _RELATIVE or (first.norm.startswith("ال") and first.kind == "word")
            return (k, pos - 1) if opens and k + 1 < pos - 1 else None
        if t.kind == "punct" and t.text in ".:؛;«»\"":
            return None
    return None


def _second_of_between(doc: Document, m: Mention) -> bool:
    """The second side of "بين X وY": "وY" in "بين الجيش التركي ومقاتلي حزب العمال"."""
    k = m.tok_start - 1
    if not doc.tokens[m.tok_start].norm.startswith("و") and not (k >= 0 and doc.tokens[k].norm.startswith("و")):
        return False
    for t in reversed(doc.tokens[max(0, m.tok_start - 8):m.tok_start]):
        if t.kind == "punct" and t.text in "،,.:؛;":
            return False
        if t.norm == "بين":
            return True
    return False


def _boundary_between(doc: Document, a: int, b: int) -> bool:
    """A sentence-internal boundary (a colon, a new verb of saying) between two token indexes."""
    for t in doc.tokens[a:b]:
        if (t.kind == "punct" and t.text in ":؛;") or is_say_token(doc, t):
            return True
    return False


#: "التي سيطر عليها المقاتلون الأكراد": a pronoun pointing back at the object, before the subject
_RESUMPTIVE_PPS = {"عليها", "عليه", "عليهم", "فيها", "فيه", "منها", "منه", "بها", "به", "لها", "له"}
_TALK_VERBS = {"بحث", "بحثا", "بحثت", "ناقش", "ناقشا", "ناقشت", "تناول", "تناولا", "تناولت", "استعرض", "استعرضا"}


def _drop_speech_objects(doc: Document, kept: list[tuple[TriggerHit, Event]]) -> list[tuple[TriggerHit, Event]]:
    """"أدانت الحكومة الهجوم": the attack is what the condemnation is about, not a new event.
    The condemned event's doer becomes the speech act's second actor."""
    out = []
    dropped: list[TriggerHit] = []
    for hit, ev in kept:
        # "استنكر ... التفجير الانتحاري الذي استهدف مسجدا": the relative clause tells the condemned event
        if ev.plover in VIOLENT and any(0 <= hit.start - d.end <= 6 and any(
                doc.tokens[i].norm in _RELATIVE for i in range(d.end, hit.start)) for d in dropped):
            dropped.append(hit)
            continue
        speech = next((h2 for h2, e2 in kept if e2.plover in _SPEECH and h2 is not hit and ev.plover not in _SPEECH
                       and (0 <= hit.start - h2.end <= 4 or 0 <= h2.start - hit.end <= 2
                            # "شجب أسامة النجيفي نائب رئيس الجمهورية التفجير الإجرامي": a condemner's
                            # name and titles between the verb and what is condemned
                            or (e2.plover == "ACCUSE" and e2.mode == "condemn" and 0 <= hit.start - h2.end <= 12
                                and not _boundary_between(doc, h2.end, hit.start)))), None)
        # What a demand, praise or threat is about ("طالب ... بوقف غاراتها", "مشيدا بمشاركتهم في تحرير"):
        # a violent trigger in the same clause after the speech act, with no date of its own.
        about = next((h2 for h2, e2 in kept if e2.plover in ("REQUEST", "SUPPORT", "THREATEN") and h2 is not hit
                      and ev.plover in VIOLENT and 0 <= hit.start - h2.end <= 8
                      and not _boundary_between(doc, h2.end, hit.start)
                      and not ev.provenance.get("event_date", "").startswith("time expression")), None)
        if about is not None:
            continue
        # "بحث أوباما وأردوغان الحرب في سوريا والمعركة ضد داعش": the topics of talks
        talks = next((h2 for h2, e2 in kept if e2.plover == "CONSULT" and h2 is not hit and ev.plover in VIOLENT
                      and _readings(doc.tokens[h2.start]) & _TALK_VERBS and 0 <= hit.start - h2.end <= 20
                      and _definite(ev) and not _boundary_between(doc, h2.end, hit.start)), None)
        if talks is not None:
            continue
        if speech is not None and _definite(ev):
            owner = next(e2 for h2, e2 in kept if h2 is speech)
            earlier = next((e for e in reversed(doc.events) if e.plover == ev.plover and e.actor1), None)
            if owner.actor2 is None and earlier is not None:
                owner.actor2 = earlier.actor1
                owner.provenance["actor2"] = f"doer of the event referred to ('{ev.trigger.text}')"
            dropped.append(hit)
            continue
        out.append((hit, ev))
    return out


def _event_from(doc: Document, kb: KnowledgeBase, sent: Sentence, hit: TriggerHit, day,
                hits: list[TriggerHit]) -> Event | None:
    trig = hit.trigger
    a, b = doc.tokens[hit.start], doc.tokens[hit.end - 1]
    ev = Event(trig.plover, trig.mode, trig.acled_event_type, trig.acled_sub_event_type, sent.index,
               Span(a.start, b.end, doc.text[a.start:b.end]), trig.id)
    ev.provenance["plover"] = f"trigger {trig.id}"
    # "رفض التصريحات": rejecting what someone said is disapproving of it (ACCUSE), not turning down
    # a proposal
    # (but "نفى الاتهامات" is a denial: REJECT, as the issue has it)
    if trig.plover == "REJECT" and trig.id == "tr.reject.deny" and "رفض" in a.norm and any(
            _readings(t) & _REMARKS for t in doc.tokens[hit.end:min(hit.end + 3, sent.tokens[-1].index + 1)]):
        ev.plover, ev.mode = "ACCUSE", "condemn"
        ev.provenance["plover"] = f"trigger {trig.id}: rejecting remarks is disapproval"
    ev.evidence = Span(sent.start, sent.end, sent.text)
    # Date
    times = [t for t in doc.times if sent.start <= t.start < sent.end and t.kind != "year"]
    # "قالت القيادة في بيان اليوم إن الطائرات قصفت ... يوم الأربعاء": a time before the
    # complementizer dates the statement; the event's own time comes after it.
    comp = complementizer_before(doc, sent, hit.start)
    if comp is not None:
        own = [t for t in times if t.start > doc.tokens[comp].start]
        times = own or times
    # (not the time of a pluperfect relative clause on a party after it: "من التنظيم الذي كان
    # استولى عليها منتصف مايو"; but "كارتر الذي أكد خلال زيارته الخميس" dates the visit)
    times = _own_times(doc, sent, hit, times, pluperfect=True)
    # (nor the time of a relative clause on another event noun after it: "إلقاء القبض على أفرادها
    # لا علاقة له بالتفجير الانتحاري الذي وقع في مسجد الصادق الشهر الماضي")
    others = {h.end - 1 for h in hits if h is not hit and h.start >= hit.end}
    spans = []
    for r in (t for t in sent.tokens if t.norm in _RELATIVE and (t.index - 1 in others or (
            t.index - 2 in others and doc.tokens[t.index - 1].norm.startswith("ال")))):  # ("بالتفجير الانتحاري الذي")
        end = next((t.start for t in sent.tokens if t.index > r.index and t.kind == "punct"), sent.end)
        spans.append((r.start, end))
    if spans:
        times = [t for t in times if not any(lo < t.start < hi for lo, hi in spans)]
    # "دعا أردوغان إلى انتخابات مبكرة ... بعد خسارة الحزب أغلبيته في انتخابات 7 يونيو": a time after
    # "بعد/عقب/إثر" + a noun following a verbal act dates what it came after, not the act
    if trig.plover not in VIOLENT:
        after_cue = next((t.start for t in sent.tokens if t.index >= hit.end and _readings(t) & {"بعد", "عقب", "اثر"}
                          and t.index + 1 < len(doc.tokens) and doc.tokens[t.index + 1].kind == "word"
                          and parse_number(doc.tokens, t.index + 1) is None), None)
        if after_cue is not None:
            times = [t for t in times if t.start < after_cue] or [t for t in times if t.kind != "explicit"
                                                                  and t.kind != "month"] or []
    # "قتل المتمردون جنديين ليرتفع عدد القتلى منذ 20 يوليو إلى 21": the running total's window
    rise = next((t.start for t in sent.tokens if t.index >= hit.end and t.norm in _RISING), None)
    if rise is not None:
        times = [t for t in times if t.start < rise]
    if len(times) > 1:
        # "قتل 30 شخصا في سلسلة تفجيرات أول من أمس، بحسب ما أفادت مصادر أمس": the report's day
        times = [t for t in times if not _reporting_time(doc, t)] or times
    if len(times) > 1:
        # "تبنى حزب العمال أمس هجوما أدى أول من أمس إلى مقتل جنديين": the claim's day
        times = [t for t in times if not _claim_time(doc, t)] or times
    if len(times) > 1:
        # "اختطفه يوم 4 يونيو، وأعدمه يوم 15 يوليو": the day in the trigger's own comma-clause
        same = [t for t in times if not any(k.kind == "punct" and k.text in "،,؛;" for k in sent.tokens
                                            if min(t.end, a.start) <= k.start < max(t.start, a.end))]
        times = same or times
    ref = _closest_time(times, a)
    if ref is not None and ref.kind == "since" and ref.start > a.end and any(
            t.norm in _RELATIVE or (t.norm in _ONGOING and normalize(ref.text).startswith("منذ"))
            for t in sent.tokens if a.end <= t.start < ref.start):
        # "هجوم ... نسب إلى المتمردين الذين استأنفوا منذ الأسبوع الماضي عملياتهم": the window
        # belongs to the relative clause; the report's own day dates the attack
        rest = [t for t in times if t is not ref]
        ref = _closest_time(rest, a) if rest else None
    if ref is not None and ref.kind == "future":
        if not any(t.kind == "punct" for t in sent.tokens
                   if min(ref.start, a.start) <= t.start < max(ref.start, a.start)):
            return None  # "زيارة الجبير إلى موسكو الثلاثاء القادم": not yet
        rest = [t for t in times if t.kind != "future"]  # (another clause's day to come)
        ref = _closest_time(rest, a) if rest else None
    if ref is not None:
        if ref.kind == "since":
            if ref.window_days > 62:
                return None
            ev.campaign = ref.window_days > 1  # ("خلال الساعات القليلة الماضية" is one day's news)
        if ref.kind in ("week", "month") and normalize(ref.text).split()[0] in ("خلال", "طوال", "طيله", "علي"):
            ev.campaign = True  # "خلال أسبوع من الغارات التركية": a week of strikes
        ev.event_date, ev.time_precision = ref.date, ref.precision
        ev.provenance["event_date"] = f"time expression '{ref.text}'"
        if ref.kind == "same-day":
            # "كما انفجرت سيارة في اليوم نفسه": the day named in the sentences before
            told = [t for t in doc.times if t.kind in _DAY_KINDS and t.date is not None and t.start < ref.start
                    and 0 <= sent.index - _sentence_at(doc, t.start) <= 2]
            if told:
                ev.event_date, ev.time_precision = told[-1].date, 1
                ev.provenance["event_date"] = f"time expression '{ref.text}': the day told before, '{told[-1].text}'"
        if trig.plover in VIOLENT and ref.kind in ("day-before-yesterday", "weekday", "explicit", "ago") \
                and "lead_violence_day" not in doc.scratch and (
                    sent.index == 0 or any(t.norm in _SERIES for t in sent.tokens)):
            # "قتل 30 شخصا في سلسلة تفجيرات أول أمس": the round-up that follows reports that day.
            doc.scratch["lead_violence_day"] = ref.date
    elif (told := _occasion_day(doc, sent)) is not None:
        # "اتهم ديمبسي الحكومة العراقية ... . وجاء اتهام ديمبسي خلال اجتماعه في بغداد السبت الماضي"
        ev.event_date, ev.time_precision = told.date, told.precision
        ev.provenance["event_date"] = f"the occasion told in the next sentence: '{told.text}'"
    elif trig.plover in _SPEECH and doc.article.published is not None and any(
            m.sentence == sent.index and m.kind in ("title", "role") and "جمعه" in normalize(m.text)
            and m.end <= doc.tokens[hit.start].start + 80 for m in doc.mentions):
        # "دعا خطيب صلاة الجمعة في كربلاء الحكومة إلى ...": said in the Friday sermon
        ev.event_date, ev.time_precision = weekday_before(doc.article.published, 4), 1
        ev.provenance["event_date"] = "the Friday sermon: the last Friday"
    else:
        # A report goes on after its dated lead: the day named in the last two sentences carries.
        # (a demand or a charge reacts to the violence told before it; it is not dated by it:
        # "أعدمه يوم 15 يوليو ... وقال نقيب الصحفيين: «إن النقابة تطالب ...»")
        carried = [t for t in doc.times if t.kind in _DAY_KINDS and t.date is not None
                   and 0 < sent.index - _sentence_at(doc, t.start) <= 2 and not _reporting_time(doc, t)
                   and not (trig.plover in _SPEECH and not _announced_on(doc, t) and not any(
                       e.sentence == _sentence_at(doc, t.start) and e.plover in VERBAL for e in doc.events))]
        toll = find_counts(sent.tokens) if trig.plover == "ASSAULT" and not carried else {}
        goes_on = _source_goes_on(doc, sent) if toll.get("fatalities") or toll.get("injuries") else None
        why = "the day of the same source's report just before"
        if goes_on is None and trig.plover == "ASSAULT" and not carried and any(
                _readings(t) & _INCIDENT_NOUNS and k + 1 < len(sent.tokens) and _readings(sent.tokens[k + 1]) & _LIKE_IT
                for k, t in enumerate(sent.tokens)):
            # "كما وقع تفجير مماثل في ناحية كنعان": one more of the series the article dated
            goes_on = next((e for e in reversed(doc.events) if e.plover == "ASSAULT" and 1 <= sent.index - e.sentence <= 3
                            and e.event_date is not None and e.time_precision in (1, 2)
                            and not str(e.provenance.get("event_date", "")).startswith("news day")), None)
            why = "the day of the series a similar one belongs to"
        if goes_on is not None:
            ev.event_date, ev.time_precision = goes_on.event_date, goes_on.time_precision
            ev.provenance["event_date"] = f"{why} ('{goes_on.trigger.text}')"
        elif carried:
            ref = carried[-1]
            pub = doc.article.published
            if pub is not None and ref.date is not None and (pub - ref.date).days > 62:
                return None  # told on from a day long past ("... 2014. وتمكنت القوات لاحقا من ..."): history
            ev.event_date, ev.time_precision = ref.date, 2
            ev.provenance["event_date"] = f"day named just before: '{ref.text}'"
            shift = _days_from_that(sent)
            if shift is not None:
                # "وقبل ذلك بيوم قتل ستة أشخاص": a day before the day just told
                ev.event_date, ev.time_precision = ref.date + dt.timedelta(days=shift), 1
                ev.provenance["event_date"] = f"{abs(shift)} day(s) {'before' if shift < 0 else 'after'} the day " \
                                              f"named just before: '{ref.text}'"
        elif trig.plover in VIOLENT and doc.scratch.get("lead_violence_day") is not None:
            ev.event_date, ev.time_precision = doc.scratch["lead_violence_day"], 2
            ev.provenance["event_date"] = "the day of the violence the lead reports (no time word in the sentence)"
        else:
            ev.event_date, ev.time_precision = day, 2
            ev.provenance["event_date"] = "news day (no time word in the sentence)"
    if ev.event_date is None:
        ev.time_precision = None
    assign_actors(doc, kb, sent, hit, ev, hits)
    if ev.actor1 is None and sent.index not in doc_ner_done(doc):
        # The rules found no doer: let the name model look for people in this sentence.
        doc_ner_done(doc).add(sent.index)
        if persons_from_model(doc, kb, sent.index):
            ev.assoc_actors.clear()
            assign_actors(doc, kb, sent, hit, ev, hits)
    # Counts: the sentence's figures go to its violent event.
    if ev.plover in ("ASSAULT", "COERCE"):
        counts = _clause_counts(doc, sent, hit, hits)
        ev.fatalities, ev.injuries = counts["fatalities"], counts["injuries"]
        if ev.plover == "COERCE" and trig.mode == "arrest":
            ev.arrests = counts["arrests"]
            ev.fatalities = ev.injuries = None
        for f in ("fatalities", "injuries", "arrests"):
            if getattr(ev, f) is not None:
                ev.provenance[f] = "figure next to a casualty word"
        # "أعدم التنظيم أمس الشيخ نجم الدين الجبوري": one named person killed.
        named = _named_victim(doc, sent, hit) if trig.id in _KILLING_TRIGGERS else None
        if named is not None:
            ev.fatalities = 1
            ev.provenance["fatalities"] = f"one named person killed: '{named.text}'"
    ev.claimed_by = find_claim(doc, kb, sent, hit)
    if ev.actor1 is None and ev.plover in ("ASSAULT", "COERCE"):
        _doer_from_context(doc, kb, sent, hit, ev)
    if trig.id == "tr.assault.territory" and ev.actor2 is None and ev.actor1 is not None \
            and ev.actor1.ref in kb.actors and kb.actors[ev.actor1.ref].inter in (1, 3, 8):
        # "فرضت القوات سيطرتها على مناطق X": the ground was taken from the armed group the story
        # named last (within two sentences)
        enemy = next((m for m in sorted(doc.mentions, key=lambda m: -m.start)
                      if m.kind == "actor" and m.start < doc.tokens[hit.start].start
                      and 0 <= sent.index - m.sentence <= 2 and kb.actors[m.ref].inter == 2
                      and kb.actors[m.ref].type != "generic"), None)
        if enemy is not None:
            ev.actor2 = _actor_ref(kb, enemy, ev.plover, _article_country(doc, kb))
            ev.provenance["actor2"] = f"the armed group the story named before ('{enemy.text}')"
    # "وحمل بارزاني الأمر على الرد بمطالبة حزب العمال سحب مقاتليه": the demand is the way the
    # sentence's subject acted; whom it names after it is asked
    # (not "بدعوة من الملك": at whose invitation)
    if ev.plover == "REQUEST" and doc.tokens[hit.start].norm in _BY_DEMANDING and ev.actor1 is not None \
            and ev.actor1.start is not None and hit.end < len(doc.tokens) \
            and doc.tokens[hit.end].start <= ev.actor1.start < doc.tokens[hit.end].end:
        speaker = _sentence_speaker(doc, kb, sent, hit, ev)
        if speaker is not None and speaker.ref != ev.actor1.ref and (speaker.start or 0) < doc.tokens[hit.start].start:
            if ev.actor2 is None:
                ev.actor2 = ev.actor1
                ev.provenance["actor2"] = "whom the demand names ('بمطالبة X')"
            ev.actor1 = speaker
            ev.provenance["actor1"] = "the sentence's subject, acting by the demand ('بمطالبة')"
    after_comma = hit.start > 0 and doc.tokens[hit.start - 1].kind == "punct" and doc.tokens[hit.start - 1].text in "،,"
    feminine = after_comma and doc.tokens[hit.start].norm.endswith("ه") and (
        _speech_participle(doc.tokens[hit.start].norm[:-1] + "ا"))  # "، داعية الحكومة إلى", "، مطالبة بـ"
    if ev.plover in VERBAL and (_speech_participle(doc.tokens[hit.start].norm) or feminine or (
            ev.actor1 is None and hit.start > sent.tokens[0].index
            and doc.tokens[hit.start - 1].norm in _STANCE_PARTICIPLES)):
        # "..., داعيا طيران التحالف إلى ...": the participle's subject is the sentence's speaker.
        speaker = _sentence_speaker(doc, kb, sent, hit, ev)
        why = "the sentence's speaker (subject of a circumstantial participle)"
        if speaker is None and hit.start == sent.tokens[0].index:
            speaker = _previous_speaker(doc, kb, sent, ev)
            why = "the sentence's speaker (the one who spoke just before the participle opening the sentence)"
        if speaker is not None:
            at = doc.token_at(ev.actor1.start) if ev.actor1 is not None and ev.actor1.start is not None else None
            cited = at is not None and any(t.norm in _ACCORDING for t in doc.tokens[max(0, at - 2):at])
            if ev.actor1 is not None and ev.actor2 is None and ev.actor1.ref != speaker.ref and not cited:
                ev.actor2 = ev.actor1
                ev.provenance["actor2"] = "addressee of the participle"
            ev.actor1 = speaker
            ev.provenance["actor1"] = why
        elif ev.actor1 is not None and ev.actor1.start is not None and ev.actor1.start > doc.tokens[hit.start].start:
            # "داعية الحكومة إلى إقامة معسكر": who is called on, the caller unnamed
            if ev.actor2 is None:
                ev.actor2 = ev.actor1
                ev.provenance["actor2"] = "addressee of the participle"
            ev.actor1 = None
            ev.provenance.pop("actor1", None)
    if ev.claimed_by:
        ev.provenance["claimed_by"] = "speaker of a quote or verb of saying"
        # "«... ندين هذا القصف ونطالب ...»": a first-person verb in a quote is the speaker's act.
        word = doc.tokens[hit.start].norm
        stem = word[1:] if word.startswith(("و", "ف")) else word
        if _quote_of(doc, doc.tokens[hit.start].start) is not None and stem.startswith("ن") and len(stem) > 3 \
                and ev.plover in VERBAL:
            if ev.actor1 is not None and ev.actor2 is None:
                ev.actor2 = ev.actor1
            ev.actor1 = ev.claimed_by
            ev.provenance["actor1"] = "the speaker (first-person verb in the quote)"
    if ev.actor1 is not None and ev.actor2 is not None and ev.actor1.start is not None \
            and (ev.actor1.start, ev.actor1.end) == (ev.actor2.start, ev.actor2.end):
        # one mention is never both sides ("ضد أهداف للمتطرفين"): whose targets were hit
        ev.actor1 = None
        ev.provenance.pop("actor1", None)
    _refine_acled(kb, ev, doc)
    return ev


_DAY_KINDS = {"yesterday", "weekday", "today", "explicit", "day-before-yesterday", "last-night"}
_THE_SOURCE = {"المصدر", "المصادر", "البيان"}
_LIKE_IT = {"مماثل", "مماثله", "مشابه", "مشابهه"}


def _source_goes_on(doc: Document, sent: Sentence) -> Event | None:
    """"وأضاف المصدر أن شخصين قتلا بتفجير عبوة في الحماميات": the source already named goes on
    with its round-up; what it tells happened on the day of the incident it told just before."""
    words = [t for t in sent.tokens if t.kind == "word"][:3]
    if len(words) < 2 or not (is_say_token(doc, words[0]) and words[1].norm in _THE_SOURCE):
        return None
    return next((e for e in reversed(doc.events) if e.plover in VIOLENT and 1 <= sent.index - e.sentence <= 3
                 and e.event_date is not None and e.time_precision in (1, 2)
                 and not str(e.provenance.get("event_date", "")).startswith("news day")), None)
_OCCASION_OPENERS = {"جاء", "وجاء"}


def occasion_told_next(doc: Document, index: int) -> Sentence | None:
    """The next sentence when it tells the occasion of what sentence `index` reported: "جاء ذلك
    خلال استقباله أمس في الرياض", "وجاء اتهام ديمبسي خلال اجتماعه في بغداد السبت الماضي" (not
    "وجاء في البيان": what a statement said)."""
    if index + 1 >= len(doc.sentences):
        return None
    nxt = doc.sentences[index + 1]
    words = [t for t in nxt.tokens if t.kind == "word"]
    if len(words) < 2 or words[0].norm not in _OCCASION_OPENERS or words[1].norm in ("في", "فيه", "فيها"):
        return None
    return nxt


def _occasion_day(doc: Document, sent: Sentence) -> TimeRef | None:
    """The day of the occasion told in the next sentence, when it names one (not a day after or
    before which it came: "وجاء ذلك بعد يوم من")."""
    nxt = occasion_told_next(doc, sent.index)
    if nxt is None:
        return None
    pub = doc.article.published
    for t in doc.times:
        if nxt.start <= t.start < nxt.end and t.kind in _DAY_KINDS and t.date is not None \
                and not _reporting_time(doc, t):
            k = doc.token_at(t.start)
            # ("وجاء التفجير غداة احتفال ... في 19 يوليو 2012": a day it came after)
            if k is None or any(_readings(u) & _RELATIVE_TO for u in nxt.tokens if u.index < k):
                return None
            if pub is not None and not 0 <= (pub - t.date).days <= 62:
                return None
            return t
    return None


_RELATIVE_TO = {"بعد", "قبل", "عقب", "منذ", "اثر", "غداه", "عشيه", "اعقاب", "اثناء", "اطار", "وقت", "ظل"}


def _sentence_at(doc: Document, pos: int) -> int:
    for s in doc.sentences:
        if s.start <= pos < s.end:
            return s.index
    return -1


def doc_ner_done(doc: Document) -> set[int]:
    """Sentences of this document the name model has already read."""
    return doc.scratch.setdefault("ner_sentences", set())


def _refine_acled(kb: KnowledgeBase, ev: Event, doc: Document) -> None:
    a1 = kb.actors.get(ev.actor1.ref) if ev.actor1 and ev.actor1.ref else None
    a2 = kb.actors.get(ev.actor2.ref) if ev.actor2 and ev.actor2.ref else None
    first = doc.token_at(ev.trigger.start)
    if ev.rule == "tr.assault.attack" and first is not None and _readings(doc.tokens[first]) & _ATTACK_VERBS \
            and ev.actor1 is not None and ev.fatalities is None and ev.injuries is None and (
                (a1 is not None and (a1.type == "political_party" or a1.id == "generic.political_forces"))
                or (a1 is None and ev.actor1.ref not in kb.actors and _is_person(doc, ev.actor1))):
        # "وهاجم المالكي الحكومة التركية في كلمة": a politician or a party attacks in words
        ev.plover, ev.mode, ev.acled_event_type, ev.acled_sub_event_type = "ACCUSE", None, None, None
        ev.provenance["plover"] = ev.provenance.get("plover", "") + "; 'هاجم' by a politician or a party → criticism"
        return
    if ev.rule == "tr.assault.target" and first is not None and first > 0 and _readings(doc.tokens[first - 1]) & {
            "الضربات", "ضربات", "الغارات", "غارات", "الضربه", "ضربه", "الغاره", "غاره"}:
        # "الضربات استهدفت مبنى ونقاط تفتيش": strikes that target are air strikes
        ev.plover, ev.mode = "ASSAULT", "aerial"
        ev.acled_event_type, ev.acled_sub_event_type = "Explosions/Remote violence", "Air/drone strike"
        ev.provenance["acled_sub_event_type"] = "strikes that target: an air strike"
    if ev.rule == "tr.assault.territory" and first is not None and any(
            _readings(t) & _BOMB_WORDS for t in doc.tokens[first + 1:first + 5]):
        # "اقتحم انتحاري بجرار مفخخ مركزا للدرك": a bomb driven in, not ground taken
        suicide = any(_readings(t) & _SUICIDE_WORDS for t in doc.tokens[first + 1:first + 5])
        ev.mode = "suicide-attack" if suicide else "explosives"
        ev.acled_event_type = "Explosions/Remote violence"
        ev.acled_sub_event_type = "Suicide bomb" if suicide else "Remote explosive/landmine/IED"
        ev.provenance["acled_sub_event_type"] = "stormed with a bomb: an explosion"
    elif ev.rule == "tr.assault.territory":
        if a1 is not None and a1.inter in (2, 3, 4) and a1.type != "state_forces" and not _state_affiliate(kb, a1):
            ev.acled_sub_event_type = "Non-state actor overtakes territory"
        elif a1 is None or (a1.inter not in (1, 8) and not _state_affiliate(kb, a1)):
            ev.acled_event_type = ev.acled_sub_event_type = None  # nobody known took the ground
        ev.provenance["acled_sub_event_type"] = "territory: by actor1's kind"
    if ev.acled_event_type == "Battles" and ev.acled_sub_event_type == "Armed clash" and a2 is not None \
            and a2.inter == 7:
        ev.acled_event_type, ev.acled_sub_event_type = "Violence against civilians", "Attack"
        ev.provenance["acled_sub_event_type"] = "attack on civilians"
    if ev.rule == "tr.assault.casualties" and ev.actor1 is None:
        ev.acled_event_type = ev.acled_sub_event_type = None
    trig_at = doc.token_at(ev.trigger.end)
    vague = trig_at is not None and bool(_readings(doc.tokens[trig_at]) & _VAGUE_NUMBERS)  # ("مقتل العشرات من عناصر داعش")
    if ev.rule == "tr.assault.casualties" and ev.acled_event_type is None and a2 is not None \
            and a2.inter in (1, 2, 3, 8) and (ev.fatalities or vague):
        # fighters of an armed side killed, no weapon named: ACLED's armed clash
        ev.acled_event_type, ev.acled_sub_event_type = "Battles", "Armed clash"
        ev.provenance["acled_sub_event_type"] = "armed men killed, no weapon named: armed clash"
    if ev.plover == "COERCE" and ev.mode == "arrest" and a1 is not None and a1.inter in (2, 3, 4) \
            and a1.type != "state_forces":
        # An armed group does not arrest, it abducts (ACLED; PLOVER ASSAULT, mode abduct).
        ev.plover, ev.mode = "ASSAULT", "abduct"
        ev.acled_event_type, ev.acled_sub_event_type = "Violence against civilians", "Abduction/forced disappearance"
        ev.provenance["plover"] = ev.provenance.get("plover", "") + "; arrest by an armed group → abduction"
        ev.arrests = None
    if ev.plover == "COERCE" and ev.mode == "destroy" and ev.actor1 is not None and ev.actor1.start is not None \
            and _air_words_at(doc, ev.actor1.start, ev.actor1.end):
        # "ودمرت طائرات التحالف مواقع التنظيم": what aircraft destroy they strike (not looting).
        ev.plover, ev.mode = "ASSAULT", "aerial"
        ev.acled_event_type, ev.acled_sub_event_type = "Explosions/Remote violence", "Air/drone strike"
        ev.provenance["plover"] = ev.provenance.get("plover", "") + "; destroyed by aircraft → air strike"
    if ev.acled_sub_event_type == "Shelling/artillery/missile attack" and ev.actor1 is not None \
            and ev.actor1.start is not None and _air_words_at(doc, ev.actor1.start, ev.actor1.end):
        # "قصفت ثلاث طائرات حربية تركية مواقع", "قصفت الطائرات التركية بالصواريخ": aircraft strike
        ev.mode, ev.acled_event_type, ev.acled_sub_event_type = "aerial", "Explosions/Remote violence", "Air/drone strike"
        ev.provenance["acled_sub_event_type"] = "shelled by aircraft → air strike"
    first = doc.token_at(ev.trigger.start)
    if ev.acled_sub_event_type in ("Armed clash", "Attack") and first is not None and ev.evidence is not None \
            and ev.rule == "tr.assault.attack" and first + 1 < len(doc.tokens) \
            and _readings(doc.tokens[first + 1]) & _SUICIDE_WORDS:
        # "هجوم انتحاري": a suicide attack
        ev.acled_event_type, ev.acled_sub_event_type, ev.mode = "Explosions/Remote violence", "Suicide bomb", \
            "suicide-attack"
        ev.provenance["acled_sub_event_type"] = "a suicide attack"
    if ev.rule in ("tr.assault.attack", "tr.assault.shelling") and first is not None and first + 1 < len(doc.tokens) \
            and _readings(doc.tokens[first + 1]) & {"جويه", "جوي"}:
        # "أولى هجماتها الجوية", "قصف جوي": an attack from the air
        ev.acled_event_type, ev.acled_sub_event_type, ev.mode = "Explosions/Remote violence", "Air/drone strike", \
            "aerial"
        ev.provenance["acled_sub_event_type"] = "an attack from the air ('جوية')"
    if ev.acled_sub_event_type == "Remote explosive/landmine/IED":
        # "سيارة مفخخة يقودها انتحاري", "تفجير انتحاري": a suicide bombing
        if first is not None and any(_readings(t) & _SUICIDE_WORDS for t in doc.tokens[max(0, first - 3):first + 6]
                                     if t.start >= ev.evidence.start and t.end <= ev.evidence.end):
            ev.acled_sub_event_type, ev.mode = "Suicide bomb", "suicide-attack"
            ev.provenance["acled_sub_event_type"] = "a suicide attacker named with the explosion"
    if ev.acled_sub_event_type in ("Shelling/artillery/missile attack", "Armed clash", "Attack") and ev.actor1 is not None \
            and ev.rule in ("tr.assault.shelling", "tr.assault.target", "tr.assault.attack", "tr.assault.casualties") and (
                (ev.actor1.start is not None and _air_words_at(doc, ev.actor1.start, ev.actor1.end))
                or ev.actor1.ref == "coalition"):
        # "استهدفت طائرات التحالف", "قصف التحالف" (the coalition strikes from the air)
        ev.acled_event_type = "Explosions/Remote violence"
        ev.mode, ev.acled_sub_event_type = "aerial", "Air/drone strike"  # "طيران التحالف قصف"
        ev.provenance["acled_sub_event_type"] = "shelling by aircraft"


_ATTACK_VERBS = {"هاجم", "هاجمت", "يهاجم", "تهاجم", "هاجموا", "يهاجمون"}


def _is_person(doc: Document, a: ActorRef) -> bool:
    return a.start is not None and any(m.kind == "person" and (m.start, m.end) == (a.start, a.end) for m in doc.mentions)


# "سيارة مفخخة يقودها انتحاري" is a suicide bombing; "قصف بطائرات" an air strike.
_BOMB_WORDS = {"مفخخ", "مفخخه", "بمفخخه", "مفخخات", "ناسفه", "ناسف", "بحزام", "احزمه"}
_SUICIDE_WORDS = {"انتحاري", "انتحاريه", "الانتحاري", "الانتحاريه", "انتحاريا", "انتحاريين", "انتحاريان"}
_SPECIFIC = {"Suicide bomb": 3, "Air/drone strike": 2, "Remote explosive/landmine/IED": 1,
             "Shelling/artillery/missile attack": 1}
_AIR_WORDS = {normalize(w) for w in ("طيران", "طائرات", "طائرة", "مقاتلات", "جوي", "جوية", "الجو", "جو")}


def _state_affiliate(kb: KnowledgeBase, rec) -> bool:
    """A militia fighting for the state (the PMF and its units, tribal mobilization): ACLED's
    "government forces or their affiliates" when ground is retaken."""
    seen = set()
    while rec is not None and rec.id not in seen:
        seen.add(rec.id)
        if rec.id == "pmf" or rec.type == "state_forces":
            return True
        rec = kb.actors.get(rec.parent) if rec.parent else None
    return False


def _air_words_at(doc: Document, start: int, end: int) -> bool:
    """An aircraft word in the doer's mention or just before it ("طائرات جيش فيلمار")."""
    toks = [t for t in doc.tokens if start <= t.start < end]
    if toks and toks[0].index > 0:
        toks.append(doc.tokens[toks[0].index - 1])
        # ("الطائرات المقاتلة التركية": past the aircraft's adjective to the aircraft)
        if toks[0].index > 1 and strip_article(doc.tokens[toks[0].index - 1].norm) in ("مقاتله", "حربيه", "مسيره"):
            toks.append(doc.tokens[toks[0].index - 2])
    return any(_readings(t) & _AIR_WORDS for t in toks)


# "الولايات المتحدة وحلفاؤها شنوا 18 غارة ... وفي سوريا نفذ التحالف أربع غارات": the US forces
# lead the coalition; one article's strikes by either are by the same doer.
_SAME_DOER = {"us.military": "coalition"}


def _same_actors(a: Event, b: Event) -> bool:
    def key(x):
        return _SAME_DOER.get(x.ref, x.ref) or x.name if x else None
    return key(a.actor1) is None or key(b.actor1) is None or key(a.actor1) == key(b.actor1)


def _different_weapons(doc: Document, a: Event, b: Event) -> bool:
    """"ضربت موجة تفجيرات بغداد، ... كشف مصدر عن قصف طائرات التحالف لمخازن في الموصل": bombs and
    air strikes told in different clauses are two acts. (In one clause they are one: "تدمير سيارة
    مفخخة بقصف لطيران التحالف".)"""
    x, y = a.acled_sub_event_type, b.acled_sub_event_type
    if x == y or x not in _SPECIFIC or y not in _SPECIFIC or _definite(b):
        return False  # ("... والذي أعلن مسؤوليته عن التفجير الانتحاري": the bombing told, named again)
    lo, hi = sorted((a.trigger.start, b.trigger.start))
    return any((t.kind == "punct" and t.text in "،,؛;") or t.norm in CLAUSE_OPENERS
               for t in doc.tokens if lo < t.start < hi)


_ANOTHER = {"اخري", "اخر", "ثانيه", "ثاني", "ثالثه", "ثالث"}


def _another_one(doc: Document, kept: Event, ev: Event) -> bool:
    """"وشهدت مدينة كربلاء تظاهرة أخرى", "هجوم ثان": the text says it is another act than the
    one told before it (not the same act's other trigger: "استهدفت غارة أخرى")."""
    k = doc.token_at(ev.trigger.end)
    if k is None or doc.tokens[k].norm not in _ANOTHER:
        return False
    nxt = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    if doc.tokens[k].norm == "اخر" and nxt is not None and nxt.kind == "word" and (
            nxt.norm.startswith("ال") or nxt.norm.endswith("ات")):
        return False  # "استعرض الاجتماع آخر مستجدات": the latest news, not another meeting
    a, b = doc.token_at(kept.trigger.start, 0), doc.token_at(ev.trigger.start, 0)
    return abs(b - a) > 3


def _same_arrests(a: Event, b: Event) -> bool:
    """"أوقفت الشرطة 251 شخصا ... وأفاد بأنه تم توقيف 251 مشتبها بهم": the same count of arrests."""
    return a.plover == b.plover == "COERCE" and a.arrests is not None and a.arrests == b.arrests


def _different_targets(a: Event, b: Event) -> bool:
    """Two acts on different named targets ("أعدم الشيخ ...، فيما اعتقل 15 خياطا") stay two."""
    if a.actor2 is None or b.actor2 is None:
        return False
    return (a.actor2.ref or a.actor2.mention) != (b.actor2.ref or b.actor2.mention)


def _clause_places(doc: Document, ev: Event) -> set[str]:
    """The places named from the trigger to the end of its clause (the next comma), but not
    the anchor of a direction ("جنوب غربي بغداد")."""
    first = doc.token_at(ev.trigger.start)
    if first is None:
        return set()
    _, hi = clause_of(doc, ev.sentence, first)
    end = next((t.start for t in doc.tokens[first + 1:] if t.kind == "punct" or t.norm in CLAUSE_OPENERS
                or _joined_light_verb(t) or t.index >= hi or t.start >= doc.sentences[ev.sentence].end),
               doc.sentences[ev.sentence].end)
    named = {m.ref or m.text for m in doc.mentions if m.kind == "place" and ev.trigger.start <= m.start < end
             and not _anchor_of_direction(doc, m)}
    # (or a place the gazetteer lacks, named with its kind word: "في منطقة الشعب")
    placed = {i for m in doc.mentions if m.kind == "place" for i in range(m.tok_start, m.tok_end)}
    for t in doc.tokens[first:]:
        if t.start >= end or t.index + 1 >= len(doc.tokens):
            break
        if readings(t.norm) & SMALL_PLACE_HEADS and doc.tokens[t.index + 1].kind == "word" \
                and t.index + 1 not in placed:
            named.add(doc.tokens[t.index + 1].norm)
    return named


def _anchor_of_direction(doc: Document, m: Mention) -> bool:
    """"جنوب غربي بغداد" after a place: the anchor, not the place. ("في شمال وشرق الموصل" is the
    place: the direction is governed by "في".)"""
    k = m.tok_start - 1
    if k < 0 or not readings(doc.tokens[k].norm) & RELATIVE_PLACE_WORDS:
        return False
    while k >= 0 and (readings(doc.tokens[k].norm) & RELATIVE_PLACE_WORDS or doc.tokens[k].norm == "و"):
        k -= 1
    if any(p.kind == "place" and p.tok_end == k + 1 for p in doc.mentions):
        return True  # "في الزعفرانية بجنوب بغداد"
    first = doc.tokens[k + 1]
    return not ((k >= 0 and doc.tokens[k].norm in ("في", "وفي")) or first.norm.startswith(("ب", "وب")))


def _nested(kb: KnowledgeBase, a: str, b: str) -> bool:
    """The same place, or one inside the other's governorate or city ("حي البياع" in "بغداد")."""
    if a == b:
        return True
    pa, pb = kb.places.get(a), kb.places.get(b)
    if pa is None or pb is None or pa.country != pb.country or not pa.admin1 or pa.admin1 != pb.admin1:
        return False
    return bool({pa.kind, pb.kind} & {"admin1", "city"}) and pa.kind != pb.kind


def _different_clause_places(doc: Document, kb: KnowledgeBase, a: Event, b: Event, pa: set[str],
                             pb: set[str]) -> bool:
    """A round-up's clauses, each with a place of its own, are separate incidents: "تفجير سيارة
    مفخخة في حي البياع، كما قتل آخرون في انفجار سيارتين في منطقة الشعب، وسيارة أخرى استهدفت
    حي الشرطة الرابعة"."""
    lo, hi = sorted((a.trigger.start, b.trigger.start))
    ta, tb = doc.token_at(a.trigger.start), doc.token_at(b.trigger.start)
    if pa and pb and ta is not None and tb is not None and a.sentence == b.sentence \
            and clause_of(doc, a.sentence, ta) != clause_of(doc, b.sentence, tb) \
            and not any(_nested(kb, x, y) for x in pa for y in pb):
        return True  # ("... مقتل 10 في حين قتل ثلاثة في تفجير عبوة في منطقة الوثبة")
    # (or a clause opener: "نفذ التحالف أربع غارات قرب كوباني بينما ضربت ثلاث غارات أخرى قرب الحسكة")
    # (or a light verb joined by "و": "شنت غارات على مواقع في سوريا وبدأت حملة قصف ... في شمال العراق")
    return bool(pa) and bool(pb) and not any(_nested(kb, x, y) for x in pa for y in pb) and any(
        (t.kind == "punct" and t.text in "،,؛;") or t.norm in CLAUSE_OPENERS or _joined_light_verb(t)
        for t in doc.tokens if lo < t.start < hi)


def _joined_light_verb(t: Token) -> bool:
    """"وبدأت", "وشنت": a light verb joined by "و" opens a clause of its own."""
    return t.kind == "word" and t.norm.startswith("و") and bool(readings(t.norm[1:]) & (LIGHT_VERBS | {"بدا", "بدات"}))


def _absorb(into: Event, other: Event) -> None:
    def span(a):
        return (a.start, a.end) if a is not None and a.start is not None else None

    for f in ("actor1", "actor2", "claimed_by", "fatalities", "injuries", "arrests"):
        if f in ("actor1", "actor2") and getattr(other, f) is not None and span(getattr(other, f)) is not None \
                and span(getattr(other, f)) == span(into.actor2 if f == "actor1" else into.actor1):
            continue  # one mention is never both sides
        if getattr(into, f) is None and getattr(other, f) is not None:
            setattr(into, f, getattr(other, f))
            into.provenance[f] = f"merged from '{other.trigger.text}'"
    for a in other.assoc_actors:
        if all(a.ref != b.ref for b in into.assoc_actors):
            into.assoc_actors.append(a)


def _merge_in_sentence(doc: Document, kb: KnowledgeBase) -> None:
    """One sentence, one event per PLOVER type (places split later by the geocoder)."""
    out: list[Event] = []
    places: dict[int, set[str]] = {}  # the clause places of each kept event and of what it absorbed
    for ev in doc.events:
        own = _clause_places(doc, ev)
        prev = next((e for e in out if e.sentence == ev.sentence and e.plover == ev.plover and _same_actors(e, ev)
                     and (not _different_targets(e, ev) or _same_arrests(e, ev)) and not _different_weapons(doc, e, ev)
                     and not _another_one(doc, e, ev)
                     and not _different_clause_places(doc, kb, e, ev, places[id(e)], own)
                     and not _different_days(e, ev)), None)
        if prev is not None:
            places[id(prev)] |= own
            # Prefer the trigger that carries ACLED detail, and the more specific one.
            if _SPECIFIC.get(ev.acled_sub_event_type or "", 0) > _SPECIFIC.get(prev.acled_sub_event_type or "", 0) \
                    and ev.plover == "ASSAULT":
                prev.mode, prev.acled_event_type, prev.acled_sub_event_type = ev.mode, ev.acled_event_type, ev.acled_sub_event_type
                prev.rule = ev.rule
            if prev.acled_sub_event_type is None and ev.acled_sub_event_type is not None:
                prev.mode, prev.acled_event_type, prev.acled_sub_event_type = ev.mode, ev.acled_event_type, ev.acled_sub_event_type
                prev.rule = ev.rule
            _absorb(prev, ev)
            continue
        # "نفذ التحالف أربع غارات قرب كوباني بينما ضربت ثلاث غارات أخرى قرب الحسكة": the same
        # air arm flew the other strikes of the sentence
        flown = next((e for e in out if e.sentence == ev.sentence and e.actor1 is not None
                      and e.acled_sub_event_type == ev.acled_sub_event_type == "Air/drone strike"), None)
        if ev.actor1 is None and flown is not None:
            ev.actor1 = flown.actor1
            ev.provenance["actor1"] = f"who flew the strikes told before in the sentence ('{flown.trigger.text}')"
        out.append(ev)
        places[id(ev)] = set(own)
    doc.events[:] = out


def _the_one_who_vowed(doc: Document, kb: KnowledgeBase, sent: Sentence, hit: TriggerHit, ev: Event) -> None:
    """The doer of an announced attack is who announced it; the party the attack answers
    ("الرد على الهجوم التركي") is its target."""
    comp = complementizer_before(doc, sent, hit.start)
    speaker = next((m for m in _candidate_actors(doc, kb, sent) if comp is not None and m.tok_end <= comp
                    and not _preceded_by(doc, m, _PREPOSITIONS | TARGET_MARKERS)), None)
    if speaker is None:
        return
    if ev.actor2 is None and ev.actor1 is not None and ev.provenance.get("actor1") == "demonym after trigger":
        ev.actor2 = ev.actor1
        ev.provenance["actor2"] = "the party whose attack is answered"
    ev.actor1 = _actor_ref(kb, speaker, ev.plover, _article_country(doc, kb))
    ev.provenance["actor1"] = f"who announced the attack to come ('{speaker.text}')"


def _vowed_attack(doc: Document, sent: Sentence, hit: TriggerHit) -> bool:
    """An attack announced in the future tense ("أعلنت تركيا أنها ستطلق هجوما", "أكدت أنها ستواصل
    الرد على الهجوم"): a verb of saying, its "أن", then a future verb right before the trigger."""
    if hit.trigger.plover != "ASSAULT":
        return False
    comp = complementizer_before(doc, sent, hit.start)
    if comp is None:
        return False
    between = [t for t in doc.tokens[comp + 1:hit.start] if t.kind == "word"]
    # (the speaker's own attack: "أنها ستطلق", "سنرد"; not "إن القوات ستشن": a plan told of others)
    own = doc.tokens[comp].norm in ("انها", "انه", "بانها", "بانه", "اننا", "باننا", "انهم", "بانهم") or any(
        t.norm.lstrip("وف").startswith("سن") for t in between)
    return own and 0 < len(between) <= 3 \
        and any(_is_future(t) and t.norm.lstrip("وف")[2:] in _ATTACK_STEMS for t in between) \
        and not any(t.kind == "punct" for t in doc.tokens[comp + 1:hit.start])


#: what one will do to an enemy: "ستطلق هجوما", "سنشن", "ستواصل الرد", "ستقوم بمحاسبة", "سيصعد هجماته"
_ATTACK_STEMS = {"طلق", "شن", "واصل", "رد", "قوم", "صعد", "ضرب", "هاجم", "استهدف"}


_DAYS_WORDS = {"بيوم": 1, "يوم": 1, "بيومين": 2, "يومين": 2}


def _days_from_that(sent: Sentence) -> int | None:
    """"قبل ذلك بيوم" (-1), "بعد ذلك بيومين" (+2), "قبلها بيوم": days from the day just told."""
    toks = [t for t in sent.tokens if t.kind == "word"]
    for k, t in enumerate(toks[:-1]):
        base = t.norm.removeprefix("و")
        if base in ("قبل", "بعد") and k + 2 < len(toks) and toks[k + 1].norm == "ذلك":
            n = _DAYS_WORDS.get(toks[k + 2].norm)
        elif base in ("قبلها", "بعدها"):
            n = _DAYS_WORDS.get(toks[k + 1].norm)
        else:
            continue
        if n is not None:
            return -n if base.startswith("قبل") else n
    return None


def _announced_on(doc: Document, t: TimeRef) -> bool:
    """"أعلن مصدر أمني أمس": the day of an announcement, which the report that follows keeps."""
    first = doc.token_at(t.start)
    return first is not None and any(_readings(k) & _ANNOUNCING or is_say_token(doc, k)
                                     for k in doc.tokens[max(0, first - 4):first])


def _different_days(a: Event, b: Event) -> bool:
    """"اختطفه التنظيم يوم 4 يونيو، وأعدمه يوم 15 يوليو": each act told with a day of its own,
    days apart, is an act of its own."""
    own = all(str(e.provenance.get("event_date", "")).startswith("time expression") and not e.campaign for e in (a, b))
    return own and a.event_date is not None and b.event_date is not None \
        and abs((a.event_date - b.event_date).days) > 1


def _definite(ev: Event) -> bool:
    first = ev.trigger.text.split()[0]
    return first.startswith(("ال", "وال", "بال", "فال", "لل"))


def _places_of(doc: Document, kb: KnowledgeBase, sentence: int) -> set[str]:
    """The countries and the first-level units the places of a sentence lie in."""
    out = set()
    for m in doc.mentions:
        if m.kind == "place" and m.sentence == sentence and m.ref in kb.places:
            p = kb.places[m.ref]
            out.add(f"{p.country}/{p.admin1 or ''}" if p.admin1 else p.country)
    return out


#: "منطقة الحادث": the place of the incident just told, no name
_INCIDENT_WORDS = {"الحادث", "الحادثه", "الانفجار", "الهجوم", "التفجير", "العمليات", "العمليه", "الاشتباكات",
                   "المعارك", "المواجهات", "القصف", "الجريمه", "الاعتداء", "المعركه"}
_SMALL_PLACE_WORDS = {"قريه", "بلده", "حي", "ناحيه", "قضاء", "مدينه", "مخيم", "منطقه"}


def _names_a_small_place(doc: Document, sentence: int) -> bool:
    """"استهدف قرية الخديرة": a village, town or district named by its kind word and a name the
    gazetteer may lack (not "القرية", the one just told)."""
    toks = doc.sentences[sentence].tokens
    return any(not t.norm.startswith(("ال", "وال", "بال")) and {k for _, k in token_keys(t.norm)} & _SMALL_PLACE_WORDS
               and u.kind == "word" and u.norm.startswith("ال") and u.norm not in _DEMONSTRATIVES
               and u.norm not in _INCIDENT_WORDS and len(u.norm) > 4 for t, u in zip(toks, toks[1:]))


def _merge_anaphora(doc: Document, kb: KnowledgeBase) -> None:
    """"الاجتماع", "القصف": a definite trigger noun with no date of its own refers back."""
    places_in = {m.sentence for m in doc.mentions if m.kind == "place" and is_locative(doc, m)}
    # sentences naming, as places, more than a country or a region
    fine_in = {m.sentence for m in doc.mentions if m.kind == "place" and is_locative(doc, m)
               and not (m.ref in kb.places and kb.places[m.ref].kind in ("country", "region"))}
    # (or a place the gazetteer lacks, after its kind word: "على مواقعها في قرية خراب دليل")
    worded = {s.index for s in doc.sentences if any(_readings(t) & PLACE_KIND_SET for t in s.tokens)}
    out: list[Event] = []
    for ev in doc.events:
        own_time = ev.provenance.get("event_date", "").startswith("time expression")
        prev = next((e for e in reversed(out) if e.plover == ev.plover and _same_actors(e, ev)), None)
        own_figures = ev.fatalities is not None and prev is not None and prev.fatalities is not None \
            and ev.fatalities != prev.fatalities
        # ("... قرب الحسكة. وفي العراق أصابت الغارات أهدافا قرب تسع مدن بينها الموصل ومخمور والفلوجة":
        # the strikes of another country, or of a list of other places, are not the ones just told)
        other_places = False
        if prev is not None and ev.plover == "ASSAULT" and ev.sentence != prev.sentence and ev.sentence in fine_in \
                and prev.sentence in fine_in:
            mine, theirs = _places_of(doc, kb, ev.sentence), _places_of(doc, kb, prev.sentence)
            countries = {x.split("/")[0] for x in mine}, {x.split("/")[0] for x in theirs}
            listed = sum(1 for m in doc.mentions if m.kind == "place" and m.sentence == ev.sentence) >= 2
            other_places = mine.isdisjoint(theirs) and (countries[0].isdisjoint(countries[1]) or listed)
        if prev is not None and _definite(ev) and not own_time and not own_figures and not other_places \
                and not (ev.sentence in places_in and ev.sentence != prev.sentence and ev.fatalities is not None):
            # (a definite noun with its own place and toll is another incident: "واستهدف أكثر
            # الهجمات دموية منطقة بغداد الجديدة ... مقتل 19 شخصا")
            listed = sum(1 for m in doc.mentions if m.kind == "place" and m.sentence == ev.sentence
                         and is_locative(doc, m) and not (m.ref in kb.places and kb.places[m.ref].kind in ("country", "region")))
            if ev.plover == "ASSAULT" and ev.sentence in fine_in and prev.sentence not in fine_in | worded \
                    and ev.sentence != prev.sentence and listed >= 2:
                # "نفذ 22 غارة بالعراق. وأفاد البيان أن الغارات استهدفت مواقع قرب الحديثة وكركوك": the
                # places are told with the definite noun; it stands for the strikes told before
                _absorb(ev, prev)
                ev.event_date, ev.time_precision = prev.event_date, prev.time_precision
                ev.provenance["event_date"] = prev.provenance.get("event_date", "")
                out[out.index(prev)] = ev
                continue
            _absorb(prev, ev)
            continue
        # A sentence that only elaborates the event before it (no date, no place, no figure of
        # its own): "وتقول أنقرة إنها تستهدف ...", "«العبوة كانت مزروعة ... وانفجرت»".
        if prev is not None and not own_time and ev.sentence not in places_in and 0 < ev.sentence - prev.sentence <= 2 \
                and ev.fatalities is None and ev.injuries is None and ev.arrests is None \
                and not (ev.plover in VIOLENT and _names_a_small_place(doc, ev.sentence)) \
                and (ev.acled_sub_event_type in (None, prev.acled_sub_event_type) or (
                    ev.actor1 and prev.actor1 and ev.actor1.ref == prev.actor1.ref)):
            _absorb(prev, ev)
            continue
        # "اقتحم انتحاري بجرار مفخخ مركزا للدرك ... واكد الجيش ان جنديين قتلا": the toll, told
        # next with no doer, time or place of its own, is that attack's.
        if prev is not None and ev.rule == "tr.assault.casualties" and ev.actor1 is None and not own_time \
                and ev.sentence not in places_in and 0 < ev.sentence - prev.sentence <= 2 \
                and prev.fatalities is None and prev.injuries is None and not prev.campaign:
            _absorb(prev, ev)
            continue
        out.append(ev)
    doc.events[:] = out


def _merge_campaigns(doc: Document) -> None:
    """A campaign ("منذ أسبوعين") absorbs other undated reports of the same actor's same action."""
    campaigns = [e for e in doc.events if e.campaign]
    out: list[Event] = []
    for ev in doc.events:
        if ev.campaign:
            same = next((c for c in out if c.campaign and c.plover == ev.plover and c.actor1 and ev.actor1
                         and c.actor1.ref == ev.actor1.ref and _same_area(c, ev)), None)
            if same is not None:
                if ev.event_date and same.event_date and ev.event_date < same.event_date:
                    same.event_date = ev.event_date
                    same.provenance["event_date"] = ev.provenance.get("event_date", "")
                # Prefer the verbal report ("وكثفت تركيا قصفها") as evidence over a nominal mention.
                if _definite(same) and not _definite(ev):
                    same.evidence, same.trigger, same.sentence = ev.evidence, ev.trigger, ev.sentence
                _absorb(same, ev)
                continue
            out.append(ev)
            continue
        host = next((c for c in campaigns if c is not ev and c.plover == ev.plover and ev.actor1 and c.actor1
                     and c.actor1.country == ev.actor1.country and c.actor1.country is not None
                     and not ev.provenance.get("event_date", "").startswith("time expression")
                     and _place_within(ev, c)), None)
        if host is not None:
            _absorb(host, ev)
            continue
        out.append(ev)
    doc.events[:] = out


_RAID_NOUNS = {"مداهمات", "مداهمه", "دهم", "حملات", "حمله", "اعتقالات", "اعتقال", "توقيفات"}
_RESULT_VERBS = {"ادي", "اسفر", "خلف", "اوقع", "تسبب"}
_THAT = {"ذلك", "هذا"}


def _merge_consequences(doc: Document) -> None:
    """"وأدى ذلك إلى مقتل ضابط صف": the deaths "that" caused are the toll of the violence just
    told, not another incident."""
    out: list[Event] = []
    for ev in doc.events:
        first = doc.token_at(ev.trigger.start)
        host = None
        if ev.plover == "ASSAULT" and first is not None and ev.actor1 is None:
            lead = doc.tokens[max(doc.sentences[ev.sentence].tokens[0].index, first - 4):first]
            that = any(_readings(t) & _RESULT_VERBS and k + 1 < len(lead) and lead[k + 1].norm in _THAT
                       for k, t in enumerate(lead))
            if that:
                host = next((e for e in reversed(out) if e.plover in VIOLENT and 0 <= ev.sentence - e.sentence <= 2),
                            None)
        if host is None:
            out.append(ev)
            continue
        _absorb(host, ev)
        host.provenance["fatalities"] = host.provenance.get("fatalities", "") or f"the toll 'that' caused ('{ev.trigger.text}')"
    doc.events[:] = out


def _same_day(a: Event, b: Event) -> bool:
    """Both dated, within a day of each other, neither a campaign."""
    return a.event_date is not None and b.event_date is not None and abs((a.event_date - b.event_date).days) <= 1 \
        and not a.campaign and not b.campaign


def _merge_into_earlier(doc: Document, same_as, conservative: bool = False, finer_place: bool = False) -> None:
    """Fold every event into the first earlier one `same_as(earlier, event)` accepts; with
    `conservative`, the smaller of two figures stays; with `finer_place`, a place inside the
    governorate the earlier telling gave replaces it ("بمحافظة الأنبار" → "مدينة الرمادي")."""
    out: list[Event] = []
    for ev in doc.events:
        same = next((e for e in out if same_as(e, ev)), None)
        if same is None:
            out.append(ev)
            continue
        if finer_place and same.location is not None and ev.location is not None \
                and same.location.admin1 is not None and ev.location.admin1 == same.location.admin1 \
                and ev.location.geo_precision < same.location.geo_precision:
            same.location = ev.location
            same.provenance["location"] = f"the finer place of the same toll told again ('{ev.trigger.text}')"
        if conservative:
            for f in ("fatalities", "injuries", "arrests"):
                a, b = getattr(same, f), getattr(ev, f)
                if a is not None and b is not None and b < a:
                    setattr(same, f, b)
                    same.provenance[f] = "most conservative figure the article gives"
        _absorb(same, ev)
    doc.events[:] = out


def _merge_retold(doc: Document) -> None:
    """The same strike told again later in the article (same kind, doer, place and day) is
    one event; its figures are the most conservative the article gives. A definite event noun
    of the same kind, place and day is that event whoever its clause names ("ووقعت الاشتباكات
    بعدما أطلق مسلحون النار")."""
    _merge_into_earlier(doc, lambda e, ev: (
        e.plover == ev.plover and e.plover in VIOLENT and e.acled_sub_event_type == ev.acled_sub_event_type
        and e.location is not None and ev.location is not None and e.location.ref is not None
        and e.location.ref == ev.location.ref
        and (_same_doer(e, ev) or _same_ground_taken(e, ev) or (_definite(ev) and not _other_figures(e, ev)))
        and _same_day(e, ev) and e.sentence != ev.sentence), conservative=True)


def _other_figures(a: Event, b: Event) -> bool:
    """Both give a figure of the same kind, and not the same one."""
    return any(getattr(a, f) is not None and getattr(b, f) is not None and getattr(a, f) != getattr(b, f)
               for f in ("fatalities", "injuries", "arrests"))


def _different_places(a: Location | None, b: Location | None) -> bool:
    """Two named places, neither holding the other: different districts, or two precise places
    (neighbourhoods, villages) of one district."""
    if a is None or b is None or a.mention == b.mention:
        return False
    if a.admin2 and b.admin2 and a.admin2 != b.admin2:
        return True
    return bool(a.admin2 and b.admin2) and a.geo_precision == b.geo_precision == 1


def _merge_same_toll(doc: Document) -> None:
    """"أعلن الجيش مقتل ثلاثة جنود حين فتح عناصر من حزب العمال النار على قافلة في شرناق. وجاء في
    بيان الجيش «قتل ثلاثة من عسكريينا نتيجة هجوم نفذته المنظمة»": the same toll in the same
    province on the same day, told again a sentence or two later, is the same attack."""
    _merge_into_earlier(doc, lambda e, ev: (
        e.plover == ev.plover == "ASSAULT"
        and ((e.fatalities is not None and e.fatalities == ev.fatalities and e.fatalities >= 2)
             or (e.fatalities is None and ev.fatalities is None and _same_vague_toll(doc, e, ev)))
        and not _different_places(e.location, ev.location)
        and 0 < ev.sentence - e.sentence <= 2
        and e.location is not None and ev.location is not None
        and e.location.admin1 is not None and e.location.admin1 == ev.location.admin1
        and _same_day(e, ev)
        and (ev.actor1 is None or e.actor1 is None or _same_doer(e, ev))
        and _retold_by_a_source(doc, ev)), finer_place=True)


def _vague_toll(doc: Document, ev: Event) -> str | None:
    """"لقي العشرات من عناصر داعش مصرعهم": the vague count of the dead, as written."""
    sent = doc.sentences[ev.sentence]
    if not any(_readings(t) & _FATAL for t in sent.tokens):
        return None
    return next((strip_article(t.norm) for t in sent.tokens if strip_article(t.norm) in ("عشرات", "مييات")), None)


def _same_vague_toll(doc: Document, a: Event, b: Event) -> bool:
    """"لقي العشرات مصرعهم في المواجهات بالأنبار. وقال قائد ... إن العشرات قتلوا في الرمادي"."""
    toll = _vague_toll(doc, a)
    return toll is not None and toll == _vague_toll(doc, b)


def _retold_by_a_source(doc: Document, ev: Event) -> bool:
    """The event is told through a statement or a speaker ("وجاء في بيان الجيش «قتل ثلاثة»")."""
    sent = doc.sentences[ev.sentence]
    return any((is_say_token(doc, t) or _readings(t) & {"بيان", "البيان"}) and t.start < ev.trigger.start
               for t in sent.tokens)


def _party(a: ActorRef | None) -> str | None:
    """Who a meeting party is: the knowledge-base id, else the last word of the name
    ("اشتون كارتر" and "كارتر" are one person)."""
    if a is None:
        return None
    if a.ref:
        return a.ref
    words = normalize(a.mention or a.name).split()
    return strip_article(words[-1]) if words else None


def _merge_meetings(doc: Document) -> None:
    """One meeting, one event: a visit or meeting told again ("خلال زيارته", "اجتماعه مع
    بارزاني") by the same visitor with the same counterpart, or with none named, within a
    day, is the meeting already coded. Different counterparts stay different meetings."""
    out: list[Event] = []
    for ev in doc.events:
        same = None
        if ev.plover == "CONSULT" and ev.actor1 is None:
            # "التقى كارتر البارزاني ... في اليوم الثاني من زيارته": the visit frames the meeting.
            same = next((e for e in out if e.plover == "CONSULT" and e.sentence == ev.sentence), None)
        if ev.plover == "CONSULT" and ev.actor1 is not None and ev.event_date is not None:
            a1, a2 = _party(ev.actor1), _party(ev.actor2)
            for e in out:
                if e.plover != "CONSULT" or e.event_date is None or abs((e.event_date - ev.event_date).days) > 1:
                    continue
                if e.event_date != ev.event_date and min(e.time_precision or 1, ev.time_precision or 1) == 1 \
                        and max(e.time_precision or 1, ev.time_precision or 1) == 1:
                    continue  # two days, two meetings ("زار بغداد الخميس" then Erbil on Friday)
                if e.location is not None and ev.location is not None and e.location.admin1 != ev.location.admin1:
                    continue
                parties = {_party(e.actor1), _party(e.actor2)} - {None}
                if a1 in parties and (a2 is None or a2 in parties):
                    same = e
                    break
        if same is None:
            out.append(ev)
            continue
        _absorb(same, ev)
        if same.location is None and ev.location is not None:
            same.location = ev.location
            same.provenance["location"] = f"merged from '{ev.trigger.text}'"
    # "كارتر أثناء اجتماعه مع البارزاني في اربيل" (a caption naming nobody the coder knows),
    # then the meeting told in full: a meeting with no party named is the one held there
    kept = []
    for ev in out:
        if ev.plover == "CONSULT" and ev.actor1 is None and ev.actor2 is None and ev.location is not None \
                and ev.event_date is not None:
            told = next((e for e in out if e is not ev and e.plover == "CONSULT" and e.actor1 is not None
                         and (e.location is None or (e.location.admin1 == ev.location.admin1
                                                     and e.location.country == ev.location.country))
                         and e.event_date is not None and abs((e.event_date - ev.event_date).days) <= 1), None)
            if told is not None:
                if told.location is None:
                    told.location = ev.location
                    told.provenance["location"] = f"where the meeting named with no party took place ('{ev.trigger.text}')"
                continue
        kept.append(ev)
    doc.events[:] = kept


def _contains(outer, inner) -> bool:
    """`outer` is a wider area holding `inner`: its country, its governorate, or the district
    of a city the detail lies in ("شرقي الرمادي" holds "الحصيبة")."""
    if outer.ref == inner.ref or outer.country != inner.country:
        return False
    if outer.admin1 is None:
        return outer.geo_precision == 3 and inner.admin1 is not None  # the country
    if outer.admin1 != inner.admin1 or inner.geo_precision > outer.geo_precision:
        return False
    return outer.admin2 is None or outer.admin2 == inner.admin2


_PLURAL_EVENT_NOUNS = {"غارات", "ضربات", "هجمات", "تفجيرات", "انفجارات", "اشتباكات", "عمليات", "طلعات", "سلسله"}


_INCIDENTS = {"حوادث", "حادثين", "اعمال", "هجمات", "تفجيرات", "اعتداءات"}
_APART = {"متفرقه", "منفصله", "متفرقين", "منفصلين", "عنف"}


def _toll_of_incidents(doc: Document, ev: Event) -> bool:
    """"لقي 6 أشخاص مصرعهم ... في حوادث أمنية متفرقة": the toll of several incidents the article
    then tells one by one."""
    if ev.rule != "tr.assault.casualties":
        return False
    toks = doc.sentences[ev.sentence].tokens
    return any(_readings(t) & _INCIDENTS and any(_readings(u) & _APART for u in toks[k + 1:k + 3])
               for k, t in enumerate(toks))


def _several(doc: Document, ev: Event) -> bool:
    """The trigger names several incidents: a plural ("غارات"), "سلسلة", or a figure ("20 غارة")."""
    toks = [t for t in doc.tokens if ev.trigger.start <= t.start < ev.trigger.end]
    if not toks:
        return False
    first = toks[0]
    if first.index > 0 and _readings(doc.tokens[first.index - 1]) & {"اكثر", "اعنف", "اشد", "ابرز", "احد", "اخطر"}:
        return False  # "أكثر التفجيرات دموية", "أحد الهجمات": one of them
    if any(_readings(t) & _PLURAL_EVENT_NOUNS for t in toks):
        return True
    k = first.index - 1
    if k >= 0 and _readings(doc.tokens[k]) & {"سلسله"}:
        return True
    num = parse_number(doc.tokens, k) if k >= 0 else None
    if num is None and k >= 0 and doc.tokens[k].kind == "num":
        num = parse_number(doc.tokens, k)
    return num is not None and num.value is not None and num.value >= 2


def _drop_summaries(doc: Document) -> None:
    """A report that sums up strikes or clashes the article then details place by place ("نفذت
    قوات التحالف 20 غارة في العراق ... قرب الرمادي"; "غارات شرقي الرمادي ... في مناطق الحصيبة
    والملاحمة") is not one more event: the details are the events."""
    out = []
    for ev in doc.events:
        toll = _toll_of_incidents(doc, ev)
        if ev.plover == "ASSAULT" and ev.location is not None and not ev.campaign and (toll or _several(doc, ev)):
            details = [e for e in doc.events if e is not ev and e.plover == "ASSAULT" and e.sentence != ev.sentence
                       and (toll or e.acled_sub_event_type == ev.acled_sub_event_type) and e.location is not None
                       and e.event_date is not None and ev.event_date is not None
                       and (abs((e.event_date - ev.event_date).days) <= 1 or (
                           # (a summary with no day of its own sums up the days its details tell)
                           str(ev.provenance.get("event_date", "")).startswith("news day")
                           and 0 <= (ev.event_date - e.event_date).days <= 3))
                       and _same_actors(e, ev)
                       and (_contains(ev.location, e.location) or (
                           # (a toll in a city: its incidents anywhere in that governorate)
                           toll and e.location.country == ev.location.country and ev.location.admin1 is not None
                           and e.location.admin1 == ev.location.admin1) or (
                           # (a summary that only named the country took the place of a detail)
                           ev.location.ref == e.location.ref
                           and str(ev.provenance.get("location", "")).startswith("no place of its own")))]
            if details:
                for d in ([] if toll else details):  # the doer named in the summary; its total goes to none of them
                    for f in ("actor1", "actor2"):
                        if getattr(d, f) is None and getattr(ev, f) is not None:
                            setattr(d, f, getattr(ev, f))
                            d.provenance[f] = f"from the summary '{ev.trigger.text}'"
                continue
        out.append(ev)
    doc.events[:] = out


def _same_doer(a: Event, b: Event) -> bool:
    return a.actor1 is not None and b.actor1 is not None and a.actor1.ref == b.actor1.ref


def _same_ground_taken(a: Event, b: Event) -> bool:
    """The same place retaken, told again with the forces named differently ("قوات الفرقة
    الذهبية", "القوات العراقية", "القوات الحكومية")."""
    return a.acled_sub_event_type == "Government regains territory" and a.location.geo_precision <= 2


def _same_area(a: Event, b: Event) -> bool:
    """Two campaigns of one actor are one when either is unplaced, both name the same place, or
    one is told over a wide area (a region, a governorate) that holds the other's place; fighting
    "in recent days" in one town is not the weeks of battle around another."""
    if a.location is None or b.location is None or a.location.name == b.location.name:
        return True
    wide = [e for e in (a, b) if e.location.geo_precision == 3]
    return any(_place_within(other, e) for e in wide for other in (a, b) if other is not e)


def _place_within(ev: Event, campaign: Event) -> bool:
    """The report adds no place of its own, or its place lies inside the campaign's area."""
    if ev.location is None:
        return True
    if campaign.location is None:
        return False
    cl = campaign.location
    if cl.geo_precision != 3:  # a campaign around one town holds no other town's report
        return ev.location.name == cl.name
    if cl.geo_precision == 3 and cl.admin1 is None:  # a region or a country
        return ev.location.country == cl.country
    return ev.location.admin1 == cl.admin1


# --- notes -------------------------------------------------------------------------------

_VERBS = {
    "ASSAULT": "attacked", "COERCE": "coerced", "MOBILIZE": "deployed forces", "RETREAT": "withdrew",
    "CONSULT": "met", "AGREE": "reached an agreement with", "COOPERATE": "cooperated with", "AID": "gave aid to",
    "SUPPORT": "expressed support for", "ACCUSE": "condemned or accused", "REQUEST": "demanded of",
    "REJECT": "rejected or denied", "THREATEN": "threatened", "PROTEST": "protested", "SANCTION": "sanctioned",
    "CONCEDE": "released or conceded to",
}


def describe(ev: Event) -> str:
    """One English sentence summarising the event."""
    who = ev.actor1.name if ev.actor1 else "An unidentified actor"
    verb = _VERBS[ev.plover]
    if ev.acled_sub_event_type:
        verb = f"{verb} ({ev.acled_sub_event_type.lower()}{', ' + ev.mode if ev.mode else ''})"
    elif ev.mode:
        verb = f"{verb} ({ev.mode})"
    whom = f" {ev.actor2.name}" if ev.actor2 else ""
    where = f" in {ev.location.name}" if ev.location else ""
    if ev.location and ev.location.admin1 and ev.location.admin1 != ev.location.name:
        where += f", {ev.location.admin1}"
    when = ""
    if ev.event_date:
        when = f" since {ev.event_date.isoformat()}" if ev.campaign else f" on {ev.event_date.isoformat()}"
    counts = []
    if ev.fatalities:
        counts.append(f"{ev.fatalities} killed")
    if ev.injuries:
        counts.append(f"{ev.injuries} injured")
    if ev.arrests:
        counts.append(f"{ev.arrests} arrested")
    tail = f"; {', '.join(counts)}" if counts else ""
    claim = f" (according to {ev.claimed_by.name})" if ev.claimed_by else ""
    return f"{who} {verb}{whom}{where}{when}{tail}{claim}."


def _confidence(ev: Event) -> float:
    score = 0.35
    score += 0.2 if ev.actor1 else 0.0
    score += 0.15 if ev.location else 0.0
    score += 0.1 if ev.time_precision == 1 else 0.0
    score += 0.1 if not ev.rule.endswith("casualties") else 0.0
    score += 0.1 if ev.acled_sub_event_type or ev.plover not in VIOLENT else 0.0
    return round(min(score, 0.95), 2)
