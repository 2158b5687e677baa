"""Stage: the geocoder. Chooses each event's place from the place mentions around it.

Candidates are the place names of the event's sentence. A name shared by several places
(a town and its governorate, two villages) is settled by the word before it ("محافظة",
"قضاء", "ناحية", "قرية"), by the governorates and countries named elsewhere in the
article, then by size. Relative descriptions ("قرب", "جنوب", "100 كلم شمال") keep the
anchor's coordinates with geo_precision 2. Nothing is invented: no place, no location.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from rasad.kb import KnowledgeBase
from rasad.kb.loader import PlaceRecord
from rasad.kb.validate import alias_key
from rasad.lang.ar.numbers import parse_number
from rasad.lang.ar.normalize import indefinite_keys, normalize, readings, strip_article, token_keys
from rasad.lang.ar.resources import (PLACE_KIND_SET, CLAUSE_OPENERS, COMPLEMENTIZERS, DEMONYMS, LOCATIVE_MARKERS, PLACE_KIND_WORDS,
                                     RELATIVE_PLACE_WORDS, SAY_VERBS, SMALL_PLACE_HEADS, TARGET_NOUNS, WITNESS_VERBS)
from rasad.model import Document, Event, Location, Mention
from rasad.stages.mentions import skip_clitic
from rasad.stages.events import _article_country, occasion_told_next
from rasad.stages.syntax import (NAME_HEADS, VISIT_VERBS, clause_of, clitic_prefix, complementizer_before, is_locative,
                                 prev_key, prev_keys)

_KIND_RANK = {"neighbourhood": 0, "village": 1, "town": 2, "city": 2, "base": 1, "airport": 1, "dam": 1,
              "border_crossing": 1, "mountain": 3, "feature": 2, "lake": 3, "river": 4, "admin3": 4, "admin2": 5,
              "border_area": 5, "admin1": 6, "region": 7, "country": 8}
_SIZE = dict(_KIND_RANK, city=2.5)  # (a town inside a city: "حي سلطان بيلي ... في اسطنبول")
_PRECISION = {"neighbourhood": 1, "village": 1, "town": 1, "city": 1, "base": 1, "airport": 1, "dam": 1,
              "border_crossing": 1, "feature": 1, "mountain": 2, "lake": 2, "river": 2, "admin3": 2, "admin2": 2,
              "border_area": 2, "admin1": 3, "region": 3, "country": 3}
_TOPIC_WORDS = {"حول", "بشان", "بخصوص", "موضوع", "لانشاء", "انشاء", "لتشكيل", "تشكيل"}
_DIRECTIONS = {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"}
_SPANNING = {"mountain", "river", "lake", "border_area", "feature", "region"}
_VIOLENT_OR_MOVES = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "PROTEST"}
_VERBAL = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "CONSULT", "AGREE", "SANCTION", "CONCEDE", "AID",
           "COOPERATE"}
# Speech acts happen where they are said, which the sentence rarely names; a place in them is
# usually their topic ("دعا إلى تحرير الأنبار") or the speaker's office ("مجلس محافظة الأنبار").
_SPEECH = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"}


@dataclass(frozen=True, slots=True)
class Choice:
    place: PlaceRecord
    mention: Mention
    reason: str
    relative: bool











def candidates_for(kb: KnowledgeBase, m: Mention) -> list[PlaceRecord]:
    keys = m.data.get("key") or alias_key(m.text)  # (a near spelling: the name it stands for)
    ids = kb.place_ids.get(keys) or ((m.ref,) if m.ref else ())
    return [kb.places[i] for i in ids if i in kb.places]


def article_context(doc: Document, kb: KnowledgeBase) -> tuple[set[str], set[str], dict]:
    """Governorates (admin1) and countries that unambiguous place names of the article point to;
    countries also from names of countries, their first-level divisions and demonyms."""
    admin1s, countries = set(), set()
    by_name: dict[tuple[str, ...], set[str]] = {}
    actors = [(a.start, a.end) for a in doc.mentions if a.kind == "actor"]
    for m in doc.mentions:
        if m.kind == "demonym":
            countries.add(m.ref)
        if m.kind != "place":
            continue
        if any(a <= m.start and m.end <= b and (b - a) > (m.end - m.start) for a, b in actors):
            countries.update(c.country for c in candidates_for(kb, m) if c.kind == "country")
            continue  # "جيش فيلمار": the army's country is in the story, its places need not be
        cands = candidates_for(kb, m)
        if len({c.country for c in cands}) == 1:
            by_name.setdefault(alias_key(m.text), set()).add(cands[0].country)
        countries.update(c.country for c in cands if c.kind in ("country", "admin1"))
        if len({(c.country, c.admin1) for c in cands}) == 1:
            admin1s.add(cands[0].admin1 or "")
            if cands[0].kind in ("city", "town") and (cands[0].population or 0) >= 500_000:
                countries.add(cands[0].country)  # a big city names its country ("أنقرة", "دمشق")
    admin1s.discard("")
    return admin1s, countries, by_name


def sentence_admin1s(doc: Document, kb: KnowledgeBase, sentence: int) -> set[str]:
    """Governorates named in one sentence ("قرية النخلة بمحافظة الجبل")."""
    out = set()
    for m in doc.mentions:
        if m.kind == "place" and m.sentence == sentence:
            cands = candidates_for(kb, m)
            if len({c.admin1 for c in cands}) == 1 and cands[0].admin1:
                out.add(cands[0].admin1)
    return out


def _plausible(p: PlaceRecord, countries: set[str], others: set[str]) -> bool:
    """A small town of a country the article does not name counts only when no other country's
    places are named: "البور" in an Iraqi story is not the Turkish town of that name.
    `countries`: countries the article names; `others`: countries of the other places named."""
    if p.kind in ("country", "admin1", "region") or p.country in countries or p.country == HOME_COUNTRY:
        return True  # (Iraq's own places need no introduction: Rasad reads Iraq's news)
    if not (others - {p.country}):
        return True
    return (p.population or 0) >= 500_000


def choose_place(doc: Document, kb: KnowledgeBase, m: Mention, context: tuple[set[str], set[str]]) -> tuple[PlaceRecord, str] | None:
    others = {c for key, cs in context[2].items() if key != alias_key(m.text) for c in cs}
    cands = [p for p in candidates_for(kb, m) if _plausible(p, context[1], others)]
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0], "only place with this name"
    reasons = []
    kind_word = PLACE_KIND_WORDS.get(prev_key(doc, m) or "")
    if kind_word is None:
        for _, k in token_keys(doc.tokens[m.tok_start - 1].norm if m.tok_start > 0 else ""):
            kind_word = PLACE_KIND_WORDS.get(k) or kind_word
    admin1s, countries, _ = context
    local = sentence_admin1s(doc, kb, m.sentence)

    def score(p: PlaceRecord) -> tuple:
        kind_match = kind_word is not None and (p.kind == kind_word or (kind_word == "city" and p.kind == "town"))
        return (kind_match, p.admin1 in local, p.admin1 in admin1s, p.country in countries, p.country == "IQ",
                p.kind in ("city", "town"), -_KIND_RANK.get(p.kind, 5), p.population or 0)
    best = max(cands, key=score)
    if kind_word:
        reasons.append(f"'{kind_word}' before the name")
    if best.admin1 in local:
        reasons.append(f"{best.admin1} named in the sentence")
    elif best.admin1 in admin1s:
        reasons.append(f"{best.admin1} named in the article")
    reasons.append(f"{len(cands)} places share the name; ranked by kind word, article context, size")
    return best, "; ".join(reasons)


def _is_topic(doc: Document, m: Mention, trigger_end_tok: int) -> bool:
    """A place inside a topic phrase after the trigger ("تفاهمات حول إنشاء مراكز في ديالى")."""
    for t in doc.tokens[trigger_end_tok:m.tok_start]:
        if {k for _, k in token_keys(t.norm)} & _TOPIC_WORDS:
            return True
    return False


def _relative(doc: Document, m: Mention) -> bool:
    for back in (1, 2, 3):
        k = prev_key(doc, m, back)
        if k is None:
            break
        if k in RELATIVE_PLACE_WORDS or any(r in RELATIVE_PLACE_WORDS for _, r in token_keys(doc.tokens[m.tok_start - back].norm)):
            return True
        if k in ("في", "من", "الي"):
            break
    return False


def _in_parentheses(doc: Document, m: Mention) -> bool:
    before = doc.tokens[m.tok_start - 1] if m.tok_start else None
    after = doc.tokens[m.tok_end] if m.tok_end < len(doc.tokens) else None
    return before is not None and after is not None and before.text == "(" and after.text == ")"




def _describes_place_before(doc: Document, m: Mention, places: list[Mention]) -> bool:
    """A place inside brackets that open right after another place: "شرناخ (جنوب شرقي تركيا)"."""
    ends = {p.tok_end for p in places if p is not m}
    for k in range(m.tok_start - 1, max(-1, m.tok_start - 5), -1):
        text = doc.tokens[k].text
        if text == ")":
            return False
        if text == "(":
            return k in ends
    return False


def _in_name(doc: Document, m: Mention) -> bool:
    """Inside an institution's name: "جامعة الأنبار", "مجلس محافظة الأنبار"."""
    if m.text == "إقليم كردستان":
        return False
    prev = prev_keys(doc, m)
    if m.tok_start > 0 and any(c.endswith(("ب", "ل")) and k in PLACE_KIND_WORDS
                               for c, k in token_keys(doc.tokens[m.tok_start - 1].norm)):
        return False  # "مركز شرطة بحي سلطان بيلي": the police station is in the district
    return bool(prev & NAME_HEADS) or bool(prev & PLACE_KIND_SET and prev_keys(doc, m, 2) & NAME_HEADS)


_RESIDENTS = {"اهالي", "اهل", "سكان", "مواطني"}


def _residents_of(doc: Document, m: Mention) -> bool:
    """"أهالي البصرة", "سكان محافظة البصرة": the people who live in the place."""
    return bool(prev_keys(doc, m) & _RESIDENTS) or bool(prev_keys(doc, m) & PLACE_KIND_SET
                                                         and prev_keys(doc, m, 2) & _RESIDENTS)


def _said_at(doc: Document, m: Mention, after: bool) -> bool:
    """A place a statement was made in: right after a locative word, or with ب attached. After
    the speech verb only "في X" / "بX" counts ("إلى X" and the like are what is asked for)."""
    if _in_name(doc, m):
        return False
    if clitic_prefix(doc, m).endswith("ب"):
        return True
    prev = prev_keys(doc, m)
    if "عن" in prev or (prev & PLACE_KIND_SET and "عن" in prev_keys(doc, m, 2)):
        return False  # "النائب عن محافظة الأنبار": whom he represents, not where he spoke
    if after:
        return bool(prev & ({"في"} | PLACE_KIND_SET))
    return bool(prev & (LOCATIVE_MARKERS | PLACE_KIND_SET | {"من"}))  # "ومن واشنطن طالب"


def _location(p: PlaceRecord, m: Mention, relative: bool) -> Location:
    precision = _PRECISION.get(p.kind, 2)
    if relative:
        precision = max(precision, 2)
    return Location(p.name, p.name_ar, m.text, p.admin1 if p.kind != "country" else None, p.admin2, p.admin3,
                    p.lat, p.lon, precision, p.country, p.id, m.start, m.end)


def _saw_it(doc: Document, m: Mention) -> bool:
    """"شهدت تركيا هجمات", "وكانت الكويت قد شهدت هجوما": the country that saw the events is
    where they happened."""
    before = doc.tokens[m.tok_start - 1] if m.tok_start > 0 else None
    after = doc.tokens[m.tok_end:m.tok_end + 2]
    return (before is not None and before.norm in WITNESS_VERBS) or any(t.norm in WITNESS_VERBS for t in after)


def geocode_event(doc: Document, kb: KnowledgeBase, ev: Event, context) -> list[Choice]:
    """The place(s) of an event: several when one report names several places hit."""
    trig_tok = doc.token_at(ev.trigger.start, 0)
    trig_end = next((t.index + 1 for t in doc.tokens if t.end >= ev.trigger.end), trig_tok + 1)
    actor_spans = [(a.start, a.end) for a in (ev.actor1, ev.actor2, *ev.assoc_actors, ev.claimed_by)
                   if a is not None and a.start is not None]
    # (a title that names a place, "رئيس إقليم كردستان العراق", "محافظ نينوى", is no place either)
    role_spans = [(r.start, r.end) for r in doc.mentions if r.sentence == ev.sentence and (
        r.kind in ("role", "actor", "person") or (r.kind == "title" and r.tok_end - r.tok_start > 1))]
    # Inside a quote, places named in that quote; outside, places outside quotes.
    quote = next((q for q in doc.quotes if q.start <= ev.trigger.start < q.end), None)
    places = [m for m in doc.mentions if m.kind == "place" and m.sentence == ev.sentence
              and next((q for q in doc.quotes if q.start <= m.start < q.end), None) is quote]
    if quote is not None and not places:
        # ("... جنوب مدينة الرمادي، تمهيدا لاستعادة جامعة الأنبار، لافتا إلى أن «اشتباكات اندلعت»": the
        # sentence's words before the quote say where)
        places = [m for m in doc.mentions if m.kind == "place" and m.sentence == ev.sentence
                  and m.start < quote.start]
    # "قتل خمسة مدنيين بقصف المخيسة شمال شرق ديالى، في حين واصل التنظيم تقدمه في بيجي": the
    # places of the trigger's own clause, when it names any.
    lo, hi = clause_of(doc, ev.sentence, trig_tok)
    own = [m for m in places if lo <= m.tok_start < hi]
    # (a meeting or a statement is not placed by another clause's place: "عقد رئيس البرلمان
    # اجتماعا ... فيما حدد ناشطون موعد تظاهرة في ساحة التحرير")
    places = own or ([] if ev.plover in _VERBAL else places)
    # A phone call has no one place.
    near = doc.tokens[max(0, trig_tok - 2):trig_end + 14]
    if ev.plover == "CONSULT" and any(readings(t.norm) & {"هاتفي", "هاتفيه", "هاتفيا", "مكالمه", "الهاتف", "هاتف"}
                                      for t in near):
        return []
    metonyms = {(m.start, m.end) for m in doc.mentions if m.kind == "metonym" and m.sentence == ev.sentence}
    def _visited(m: Mention) -> bool:
        # "زيارة لبغداد", "وصوله لأربيل": a visit's destination is where the meeting is.
        # ("وكان كارتر قد زار بغداد الخميس": the place visited, right after the verb)
        visit = m.tok_start == trig_end and bool(readings(doc.tokens[trig_tok].norm) & VISIT_VERBS)
        return ev.plover in ("CONSULT", "MOBILIZE") and (
            (clitic_prefix(doc, m).endswith("ل") and m.tok_start >= trig_tok) or visit)

    good = []
    residents: list[Choice] = []
    facing: list[Mention] = []
    # (but "خطيب جمعة النجف", "خطيب جمعة مسجد الكوفة": the Friday preacher speaks in that town)
    titles_end = {t.tok_end for t in doc.mentions if t.kind == "title" and t.sentence == ev.sentence
                  and t.ref != "t.friday_preacher"}
    preachers_end = {t.tok_end for t in doc.mentions if t.sentence == ev.sentence and t.ref == "t.friday_preacher"}

    def preached_in(m: Mention) -> bool:
        return m.tok_start in preachers_end or (m.tok_start - 1 in preachers_end
                                                and readings(doc.tokens[m.tok_start - 1].norm) & {"مسجد", "جامع"})
    bordering_ends: set[int] = set()
    for m in sorted(places, key=lambda m: m.tok_start):
        said_from = ev.plover in _SPEECH and m.tok_start < trig_tok and "من" in prev_keys(doc, m)  # "ومن واشنطن طالب"
        if (m.start, m.end) in metonyms and not is_locative(doc, m) and not _visited(m) and not said_from \
                and not _saw_it(doc, m):
            continue  # "وتقول أنقرة": the state speaking, not a place
        if m.tok_start in titles_end:
            continue  # "الدكتور الربيعة": a person's name after a title, not the town
        if _bordering(doc, m) or (doc.tokens[m.tok_start].norm.startswith("و") and m.tok_start - 1 in bordering_ends):
            bordering_ends.add(m.tok_end - 1)
            continue  # "منطقة كوبرات الحدودية مع محافظة كركوك", "على الحدود مع العراق وسورية": the neighbours
        if _facing(doc, m):
            facing.append(m)
            continue  # "في سوريا المقابلة لمدينة كيليس": across from the place, not in it
        if ev.plover == "ASSAULT" and _home_base(doc, m):
            continue  # "قبل أن تعود إلى قاعدة ديار بكر", "انطلقت من قاعدة إنجرليك": where the aircraft flew from
        if prev_keys(doc, m) & {"ازاء", "تجاه", "حيال", "بشان", "بخصوص"}:
            continue  # "لإدانة سياسة أردوغان إزاء سوريا": what it is about, not where
        if ev.plover in _VERBAL and m.tok_start < trig_tok and any(
                readings(t.norm) & {"مناسبه", "بمناسبه", "لمناسبه", "ذكري", "بذكري"}
                for t in doc.tokens[max(doc.sentences[ev.sentence].tokens[0].index, m.tok_start - 10):m.tok_start]):
            continue  # "وبمناسبة مرور عام على سقوط قضاء سنجار طالب": the occasion's place, not where he spoke
        if _in_parentheses(doc, m):
            continue  # "منظمة الأغذية والزراعة (الفاو)": a name's acronym in brackets, not Al-Faw
        if m.tok_start >= 2 and doc.tokens[m.tok_start - 1].norm == "في" \
                and readings(doc.tokens[m.tok_start - 2].norm) & _ENVOYS:
            continue  # "استدعاء سفيرها في طهران": where the envoy serves, not where the act was
        if _describes_place_before(doc, m, places):
            continue  # "إقليم شرناخ (جنوب شرقي تركيا)": the bracket says where Şırnak is
        # A place named inside an actor's name ("شرطة الأنبار") is not where the event was;
        # a name that is both (a capital used for its government) counts as a place here.
        inside_actor = any(s <= m.start and m.end <= e and (e - s) > (m.end - m.start)
                           for s, e in actor_spans + role_spans)
        if inside_actor and not preached_in(m):
            continue
        if ev.plover in _VERBAL and m.tok_start >= trig_end and _is_topic(doc, m, trig_end):
            continue
        # "دعت الحكومة المحلية أهالي مدينة الرمادي إلى الخروج": the residents called on are where
        addressed = ev.plover == "REQUEST" and 0 <= m.tok_start - trig_end <= 10 and _residents_of(doc, m) \
            and not any(t.kind == "punct" for t in doc.tokens[trig_end:m.tok_start])
        if addressed:
            choice = choose_place(doc, kb, m, context)
            if choice is not None and choice[0].kind not in ("country", "region"):
                residents.append(Choice(choice[0], m, choice[1] + "; the residents called on", False))
            continue
        if ev.plover in _SPEECH and not _said_at(doc, m, after=m.tok_start >= trig_end) and not preached_in(m):
            continue
        first = doc.sentences[ev.sentence].tokens[0]
        if ev.plover in _VERBAL and m.tok_start < trig_tok and first.norm in ("مع", "ومع", "وسط", "ووسط", "وفي ظل", "في ظل") \
                and not any(t.kind == "punct" for t in doc.tokens[first.index:m.tok_start]):
            continue  # "ومع عودة التفجيرات في بغداد ... طالب النائب": the circumstance's place, not where he spoke
        if ev.plover in _SPEECH and m.tok_start - trig_end > 5:
            continue  # far into what was said ("أثنى على الانتصارات التي حققتها القوات في الأنبار")
        if ev.plover in _SPEECH and m.tok_start < trig_tok:
            said = complementizer_before(doc, doc.sentences[ev.sentence], m.tok_start)
            if said is not None and said < m.tok_start and not any(
                    t.kind == "punct" and t.text in ".؛;" for t in doc.tokens[m.tok_end:trig_tok]):
                continue  # "أعلنت المفوضية أن عدد النازحين من مدينة الفلوجة بلغ ...، داعية": what was told
        if ev.plover in _VERBAL and m.tok_start >= trig_end:
            said = complementizer_before(doc, doc.sentences[ev.sentence], m.tok_start)
            if said is not None and said >= trig_end:
                continue  # "وشدد كارتر خلال لقائه ... أن دعم واشنطن ... لن يتخطى الحكومة في بغداد"
        choice = choose_place(doc, kb, m, context)
        if choice is None or (ev.plover in _SPEECH and choice[0].kind in ("country", "region")):
            continue
        if _said_elsewhere(doc, kb, m, choice[0]):
            continue  # "مدينة دجلة في أقصى جنوب شرقي تركيا" is not Iraq's Dijla
        good.append(Choice(choice[0], m, choice[1], _relative(doc, m)))
    if residents:
        return residents[:1]
    # A place inside an institution's name ("جامعة الأنبار") only when nothing else is named.
    # (but residents protest where they live: "تظاهر المئات من أهالي محافظة البصرة جنوبي العراق")
    named = [c for c in good if not _in_name(doc, c.mention) or (ev.plover == "PROTEST" and _residents_of(doc, c.mention))]
    good = named or good
    # ... and one of the earlier event the act followed ("شنت تركيا غارات شمالي العراق، عقب هجوم
    # انتحاري على بلدة سروج"), when the act names places of its own.
    own_good = [c for c in good if not _after_reference(doc, c.mention, trig_end)
                and not _in_opening_reference(doc, c.mention, trig_tok)]
    good = own_good or good
    if not good:
        return []
    # Places governed by a locative word rank first; then the nearest after the trigger.
    def locative(c: Choice) -> bool:
        # (a place named with its kind word is one even as an object: "استهدفت حي الشرطة")
        head = {k for _, k in token_keys(doc.tokens[c.mention.tok_start].norm)}
        return _visited(c.mention) or is_locative(doc, c.mention) or bool(head & SMALL_PLACE_HEADS) \
            or _province_abroad(doc, c)

    place_ends = {m.tok_end for m in places}

    def anchor(c: Choice) -> bool:
        # "الصقلاوية شمال غربي الفلوجة": after a place and direction words, the anchor of it.
        k = c.mention.tok_start - 1
        if k >= 0 and readings(doc.tokens[k].norm) & PLACE_KIND_SET:
            k -= 1  # "شمالي مدينة الوادي"
        steps = 0
        # ... or the unit it is the centre of: "الرمادي مركز محافظة الأنبار".
        while k >= 0 and steps < 3 and readings(doc.tokens[k].norm) & (_DIRECTIONS | {"مركز", "عاصمه"}):
            k -= 1
            steps += 1
        if steps > 0 and (k + 1) in place_ends:
            return True
        # ... or the unit that contains it: "ناحية كنعان في بعقوبة", "الحي الصناعي بقضاء أبوغريب"
        j = c.mention.tok_start
        prefix = clitic_prefix(doc, c.mention)
        if prefix.endswith("ب") or prefix.endswith("في"):
            return j in place_ends
        # (the same with the unit's kind word: "قرب بلدة شيلوبي بمقاطعة شيرناك")
        if j - 1 >= 0 and {c2 for c2, k2 in token_keys(doc.tokens[j - 1].norm) if k2 in PLACE_KIND_WORDS} & {"ب", "وب"}:
            return (j - 1) in place_ends
        if j - 1 >= 0 and doc.tokens[j - 1].norm in ("في",):
            if (j - 1) in place_ends:
                return True
        # ... or the city that holds a smaller place named a few words before it: "بحي سلطان بيلي
        # على الضفة الآسيوية للبوسفور في اسطنبول".
        if prefix.endswith(("ب", "في")) or (j - 1 >= 0 and doc.tokens[j - 1].norm == "في"):
            return any(d is not c and d.place.country == c.place.country and d.place.admin1 == c.place.admin1
                       and 0 <= c.mention.tok_start - d.mention.tok_end <= 8
                       and _SIZE.get(d.place.kind, 5) < _SIZE.get(c.place.kind, 5)
                       for d in good)
        return False

    # "قال قائد صحوة ... في محافظة الأنبار بأن الطيران قصف ... قرب مدينة حديثة": places in the
    # speaker's description, before the complementizer, are not where the reported event was.
    comp = complementizer_before(doc, doc.sentences[ev.sentence], trig_tok)

    def destination(c: Choice) -> bool:
        # "انسحب ... من الفلوجة إلى سورية": a withdrawal or flight happens where it starts.
        if ev.plover != "RETREAT":
            return False
        if clitic_prefix(doc, c.mention).endswith("ل"):
            return True
        for k in range(c.mention.tok_start - 1, max(trig_tok, c.mention.tok_start - 7), -1):
            keys = {key for _, key in token_keys(doc.tokens[k].norm)} | {doc.tokens[k].norm}
            if keys & {"الي", "نحو", "باتجاه"}:
                return True  # "إلى سورية وتركيا"
            if "من" in keys:
                return False
        return False

    def rank(c: Choice) -> tuple:
        after = c.mention.tok_start >= trig_tok
        in_clause = comp is None or c.mention.tok_start > comp
        # An explicit place beats the anchor of a relative description of it ("ذي قار جنوب بغداد").
        # (a town near which, "قرب عين العرب", is finer than the country: "في سورية تركزت خمس منها قرب عين العرب")
        # ("شمال العراق" is no coarser than "سورية": a direction of a country is no anchor)
        broad = c.place.kind in ("country", "region")
        return (in_clause, not destination(c), locative(c), not anchor(c), not broad, not c.relative or broad, after,
                -_KIND_RANK.get(c.place.kind, 5), -abs(c.mention.tok_start - trig_tok) / 100)
    good.sort(key=rank, reverse=True)
    # A mountain range or river crosses governorates: the anchor after it says which one
    # ("جبال حمرين شمالي بعقوبة" is in Diyala).
    if good[0].place.kind in _SPANNING:
        anchored = next((c for c in good[1:] if anchor(c) and c.mention.tok_start - good[0].mention.tok_end <= 3
                         and c.place.country == good[0].place.country and c.place.admin1), None)
        if anchored is not None and anchored.place.admin1 != good[0].place.admin1:
            p = dataclasses.replace(good[0].place, admin1=anchored.place.admin1, admin2=None, admin3=None)
            good[0] = Choice(p, good[0].mention, good[0].reason + f"; governorate from '{anchored.mention.text}'",
                             good[0].relative)
    first = good[0]
    if first.place.kind == "country" and facing:
        # "في المنطقة الحدودية في سوريا المقابلة لمدينة كيليس": the unit of that country nearest
        # the place it faces
        across = choose_place(doc, kb, facing[0], context)
        unit = _nearest_unit(kb, first.place.country, across[0]) if across is not None else None
        if unit is not None and across[0].country != first.place.country:
            first = Choice(unit, first.mention, first.reason + f"; the unit nearest '{facing[0].text}', which it faces",
                           False)
            good[0] = first
    chosen = [first]
    if ev.plover in _SPLIT_TYPES:
        # One event per place when places are coordinated ("على الموصل والفلوجة والرمادي"):
        # the list the best place belongs to, each member a place of the same level.
        def joined(c: Choice) -> bool:
            tok = doc.tokens[c.mention.tok_start]
            prev = doc.tokens[c.mention.tok_start - 1] if c.mention.tok_start else tok
            # ("أربع غارات قرب الموصل ومثلها قرب الرمادي": as many again near another town)
            before_prev = doc.tokens[c.mention.tok_start - 2] if c.mention.tok_start >= 2 else tok
            # ("في الحسكة والرقة في سوريا، وقرب الحديثة وكركوك ومناطق حول الموصل": the list goes on
            # near other towns)
            return (tok.norm.startswith("و") and not c.mention.text.startswith("و")) \
                or prev.norm in ("و", "،", ",", "منها", "وفي", "وقرب", "وحول") \
                or (prev.norm.startswith("و") and bool({k for _, k in token_keys(prev.norm)} & PLACE_KIND_SET)) \
                or (prev.norm in ("قرب", "بالقرب", "حول") and before_prev.norm in ("ومثلها", "ومثله", "ومثلهما")) \
                or (prev.norm in ("قرب", "حول") and before_prev.norm in ("ومناطق", "والمناطق"))

        def scope(c: Choice, group: list[Choice]) -> bool:
            """The country of the places just listed ("في الحسكة والرقة في سوريا")."""
            return c.place.kind == "country" and doc.tokens[c.mention.tok_start - 1].norm == "في" \
                and c.mention.tok_start - group[-1].mention.tok_end == 1 \
                and all(x.place.kind not in ("region", "country") and x.place.country == c.place.country for x in group)

        in_order = sorted(good, key=lambda c: c.mention.tok_start)
        groups: list[list[Choice]] = []
        for c in in_order:
            if groups and ((joined(c) and c.mention.tok_start - groups[-1][-1].mention.tok_end <= 4)
                           or scope(c, groups[-1])):
                groups[-1].append(c)
            else:
                groups.append([c])
        group = next(g for g in groups if first in g)
        # "اختطف 18 شابا من ناحية حمام العليل وناحية القيارة و14 شابا آخر من ناحية باودش وقضاء
        # البعاج": another count of the same act, from another list of places
        for other in groups:
            if other is group:
                continue
            a, b = sorted((group, other), key=lambda g: g[0].mention.tok_start)
            gap = doc.tokens[a[-1].mention.tok_end:b[0].mention.tok_start]
            counted = len(gap) > 1 and gap[0].norm == "و" and parse_number(doc.tokens, gap[1].index) is not None
            if 0 < len(gap) <= 8 and counted and any(readings(t.norm) & {"اخر", "اخرين", "اخرون", "اخري"} for t in gap):
                group = group + other

        # ("في منطقة الوثبة الواقعة بين الهويدر وبعقوبة": where it lies, not places hit)
        back = 2 if prev_keys(doc, group[0].mention) & PLACE_KIND_SET else 1  # ("بين مدينتي بيتليس وديار بكر")
        if len(group) > 1 and "بين" in prev_keys(doc, group[0].mention, back):
            group = [first]
        broad = ("region", "country")  # a governorate lists with towns ("البصرة وذي قار والحلة")
        for c in group:
            same_level = (c.place.kind in broad) == (first.place.kind in broad)
            if c is not first and same_level and all(c.place.id != x.place.id for x in chosen):
                chosen.append(c)
    return chosen


_NAME_FIRST_WORDS = {"وادي", "جبل", "تل", "ابو", "ام", "عين", "بير", "راس", "كفر", "دير", "بني", "خان", "سيد"}
_ORDINALS = {"ثانيه", "ثاني", "اخري", "اخر", "اولي", "ثالثه", "واحده", "نفسها", "ذاتها", "مماثله"}
_UNKNOWN_PLACE_HEADS = {"منطقه", "قريه", "حي", "بلده", "ناحيه", "منطقتي", "قريتي", "حيي", "جبل", "جبال", "مدينه"}
_NOT_PLACE_NAME = {"الذي", "التي", "في", "من", "علي", "الي", "عن", "مع", "قرب", "شمال", "جنوب", "شرق", "غرب",
                   "اثر", "عقب", "بعد", "خلال", "اثناء", "جراء", "بسبب", "لدي", "حيث", "بين",
                   "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "تابعه", "التابعه", "الواقعه", "حدوديه", "الحدوديه",
                   "سكنيه", "صناعيه", "زراعيه", "مجاوره", "قريبه", "اخري", "نفسها", "ذاتها", "عسكريه", "واسعه",
                   "صناعي", "سكني", "تجاري", "زراعي", "عسكري", "شعبي", "حكومي", "اداري", "اخر", "مجاور", "قريب",
                   "البلدات", "بلدات", "القري", "قري", "المدن", "مدن", "المناطق", "مناطق", "الاحياء", "احياء",
                   "معقل", "المعقل", "معاقل", "المعاقل", "معسكر", "المعسكر", "معسكرات", "مقر", "المقر",
                   "القصبات", "النواحي", "الاقضيه",
                   "استراتيجيه", "الاستراتيجيه", "المذكوره", "مذكوره", "المحيطه", "محيطه", "المجاوره", "المحاذيه",
                   "المتاخمه", "المستهدفه", "المحرره", "المحاصره", "المنكوبه", "الساخنه", "المتنازع",
                   # "منطقة الحادث": the place of the incident just told, no name
                   "الحادث", "الحادثه", "الانفجار", "الهجوم", "التفجير", "العمليه", "العمليات", "الاشتباكات",
                   "المعارك", "المواجهات", "القصف", "الجريمه", "الواقعه", "الاعتداء",
                   # "منطقة أوسع", "مناطق أكثر أمنا": a comparison, no name
                   "اوسع", "اكبر", "اصغر", "اقرب", "ابعد", "اهم", "اخطر", "اكثر", "اقل", "امنه", "امنا", "امن"}


_SPLIT_TYPES = {"ASSAULT", "PROTEST"}  # one event per place hit (not per road cut or town besieged)
_LIST_HEADS = {"مناطق", "منطقتي", "قري", "قريتي", "احياء", "حيي", "بلدات", "بلدتي", "مدينتي", "ناحيتي"}


_TARGET_WORDS = {"وحدات", "وحده", "تجمع", "تجمعات", "مركبات", "اليات", "عجلات", "مخازن", "مخزن", "اهداف", "نقاط",
                 "مباني", "مبني", "جسور", "منشات", "معسكرات", "انفاق", "خنادق", "مواقع", "دبابات", "مدافع"}
_WEAPON_WORDS = {"قذايف", "قذيفه", "صواريخ", "صاروخ", "هاون", "مدافع", "مدفعيه", "اسلحه", "عبوات", "عبوه",
                 "كاتيوشا", "طايرات", "رصاص", "قنابل", "دبابات", "مدرعات"}


def _listed_places(doc: Document, kb: KnowledgeBase, ev: Event, choices: list[Choice], covered: set[int],
                   context) -> list[tuple[Location, str]]:
    """The places of a list after a plural place word ("مناطق X وY وZ", "منطقتي X وY") when
    at least one of them is not in the gazetteer; [] otherwise."""
    sent = doc.sentences[ev.sentence]
    place_at = {m.tok_start: m for m in doc.mentions if m.kind == "place" and m.sentence == ev.sentence}
    for t in sent.tokens:
        if t.kind != "word" or not ({k for _, k in token_keys(t.norm)} & _LIST_HEADS):
            continue
        if t.index > 0 and doc.tokens[t.index - 1].norm in ("هذه", "تلك", "هذا", "وهذه"):
            continue  # "وقصفت هذه المناطق بقذائف الهاون": the areas just named, no list follows
        if t.index > 0 and doc.tokens[t.index - 1].norm in ("بين", "وبين"):
            continue  # "الطريق السريع الرابط بين مدينتي بيتليس وديار بكر": where it lies, not places hit
        names: list[tuple[int, int]] = []
        j = t.index + 1
        while j < sent.tokens[-1].index + 1 and len(names) < 12:
            tok = doc.tokens[j]
            if tok.kind != "word" or (names and not tok.norm.startswith("و")) or tok.norm in ("و",):
                break
            if not names and tok.norm.startswith("و") and j not in place_at:
                break  # "القرى والبلدات": a second head, not a name
            if j not in place_at and names and {k for _, k in token_keys(tok.norm)} & _UNKNOWN_PLACE_HEADS \
                    and j + 1 <= sent.tokens[-1].index and doc.tokens[j + 1].kind == "word":
                j += 1  # "والسجارية ومنطقة جويبة": the kind word, then the name
                tok = doc.tokens[j]
                names_prefix_skipped = True
            else:
                names_prefix_skipped = False
            if j in place_at:
                end = place_at[j].tok_end
            else:
                bare = tok.norm if names_prefix_skipped else (tok.norm[1:] if names else tok.norm)
                if {k for _, k in token_keys(tok.norm)} & _WEAPON_WORDS:
                    break  # "بقذائف الهاون وصواريخ الكاتيوشا": weapons, not places
                if {k for _, k in token_keys(tok.norm)} & (TARGET_NOUNS | _TARGET_WORDS):
                    break  # "مناطق تجمع ووحدات تكتيكية": what was hit, not places
                if len(bare) < 3 or strip_article(bare) in _NOT_PLACE_NAME or bare in _NOT_PLACE_NAME \
                        or (j in covered and j not in place_at):
                    break
                end = j + 1
                nxt = doc.tokens[end] if end < len(doc.tokens) else None
                if bare in ("البو", "ال", "ابو", "بو", "ام") and nxt is not None and nxt.kind == "word":
                    end += 1  # "البو جاسم", "أبو غريب"
                elif nxt is not None and nxt.kind == "word" and nxt.norm.startswith("ال") and end not in covered \
                        and strip_article(nxt.norm) not in _NOT_PLACE_NAME and nxt.start < sent.end:
                    end += 1  # "حصيبة الشرقية"
            names.append((j, end))
            j = end
        unknown = [n for n in names if n[0] not in place_at]
        if len(names) < 2 or not unknown:
            continue
        # The unit the list lies in: a place of the sentence outside the list ("... في قضاء
        # الفلوجة"), else the event's own place, else a known member of the list.
        container = None
        for m in doc.mentions:
            if m.kind != "place" or m.sentence != ev.sentence or any(a <= m.tok_start < b for a, b in names):
                continue
            got = choose_place(doc, kb, m, context)
            if got is not None and got[0].kind in ("admin1", "admin2", "admin3", "city", "town"):
                container = Choice(got[0], m, got[1], False)
                break
        if container is None and choices and not any(a <= choices[0].mention.tok_start < b for a, b in names):
            container = choices[0]
        known_in_list = [c for c in choices if any(a == c.mention.tok_start for a, _ in names)]
        if container is None and known_in_list:
            container = known_in_list[0]
        if container is None:
            return []
        out = []
        for a, b in names:
            if a in place_at:
                c = next((c for c in choices if c.mention.tok_start == a), None)
                choice = (c.place, c.reason) if c else choose_place(doc, kb, place_at[a], context)
                if choice is not None and choice[0].admin1 == container.place.admin1:
                    out.append((_location(choice[0], place_at[a], False),
                                f"place '{place_at[a].text}' of a list: {choice[1]}"))
                    continue
                # a homonym elsewhere ("الدواية" in Dhi Qar for a list in Anbar): the name stands
                # for a place of the list's unit, which the gazetteer lacks
            start = doc.tokens[a].start + (1 if doc.tokens[a].norm.startswith("و") and (a, b) != names[0] else 0)
            text = doc.text[start:doc.tokens[b - 1].end]
            loc = _location(container.place, container.mention, True)
            loc.name, loc.name_ar, loc.mention, loc.start, loc.end, loc.ref = text, text, text, start, \
                doc.tokens[b - 1].end, None
            loc.geo_precision = 3 if container.place.kind == "admin1" else 2
            out.append((loc, f"place '{text}' of a list, not in the gazetteer: placed in '{container.mention.text}'"))
        return out
    return []


_BORDER_WORDS = {"حدوديه", "حدودي", "حدود", "محاذيه", "محاذي", "متاخمه", "متاخم"}


_FACING_WORDS = {"مقابله", "مقابل", "قباله", "المقابله", "المقابل"}


def _facing(doc: Document, m: Mention) -> bool:
    """A place named as what another faces: "المقابلة لمدينة كيليس", "قبالة كيليس"."""
    if prev_keys(doc, m) & PLACE_KIND_SET:
        kind_word = doc.tokens[m.tok_start - 1]
        return kind_word.norm.startswith("ل") and bool(prev_keys(doc, m, 2) & _FACING_WORDS)
    if clitic_prefix(doc, m).endswith("ل"):
        return bool(prev_keys(doc, m) & _FACING_WORDS)
    return bool(prev_keys(doc, m) & {"قباله"})


def _nearest_unit(kb: KnowledgeBase, country: str, to: PlaceRecord) -> PlaceRecord | None:
    """The first-level unit of `country` whose point lies nearest a place (of another country)."""
    if to.lat is None or to.lon is None:
        return None
    units = [p for p in kb.places.values() if p.kind == "admin1" and p.country == country and p.lat is not None]
    return min(units, key=lambda p: (p.lat - to.lat) ** 2 + (p.lon - to.lon) ** 2, default=None)


def _province_abroad(doc: Document, c: Choice) -> bool:
    """"بولاية أرضروم", "في ولاية تكساس": "ولاية" names a province of Turkey, Iran or the United
    States. (In Iraq and Syria it is mostly one of Islamic State's "provinces", "ولاية نينوى", which
    is not where an event was.)"""
    return c.place.country not in ("IQ", "SY") and c.place.kind in ("admin1", "city") \
        and "ولايه" in prev_keys(doc, c.mention, 2 if _after_quote_mark(doc, c.mention) else 1)


def _after_quote_mark(doc: Document, m: Mention) -> bool:
    return m.tok_start > 0 and doc.tokens[m.tok_start - 1].text in ('"', "«", "“")


def _bordering(doc: Document, m: Mention) -> bool:
    """A place named as what another borders: "الحدودية مع محافظة كركوك", "المحاذية لسوريا"."""
    back = 1
    if prev_keys(doc, m) & PLACE_KIND_SET:
        back = 2  # "مع محافظة كركوك"
    if clitic_prefix(doc, m).endswith("ل") and back == 1:
        return bool(prev_keys(doc, m) & (_BORDER_WORDS - {"حدود"}))
    return "مع" in prev_keys(doc, m, back) and bool(prev_keys(doc, m, back + 1) & _BORDER_WORDS)


_EARLIER_EVENT_NOUNS = {"هجوم", "هجمات", "اعتداء", "تفجير", "تفجيرات", "انفجار", "مقتل", "اغتيال", "قصف", "غاره",
                        "عمليه", "مجزره", "اختطاف", "خطف", "استهداف",
                        "اقدام",  # ("وبعد إقدام عناصر حزب العمال على قتل شرطيين في سوروج، شنت الحكومة غارات")
                        "زياره", "زيارته", "جوله", "جولته",  # ("الذي وصل أربيل أمس بعد زيارة لبغداد")
                        "انطلاق", "تظاهرات", "تظاهره", "مظاهرات"}  # ("قبيل ساعات من انطلاق تظاهرات في ساحة التحرير")
# ("منذ الاعتداء الانتحاري في سوروتش"; "قبيل ساعات من انطلاق تظاهرات": what it came before)
_ENVOYS = {"سفير", "سفيرها", "سفيره", "سفيرهم", "السفير", "سفراء", "سفراءها", "سفارتها", "سفارته", "سفاره",
           "قنصلها", "القنصل"}
_AFTER_WORDS = {"عقب", "اثر", "بعد", "اعقاب", "اعقب", "منذ", "قبيل"}


_BASE_VERBS = {"تعود", "عادت", "عاد", "عودتها", "عودتهم", "عوده", "انطلقت", "انطلاقا", "اقلعت", "قادمه",
               "اقلاعها", "انطلاقها"}


def _home_base(doc: Document, m: Mention) -> bool:
    """A place the aircraft or the forces left from or went back to: a verb of leaving or
    returning a few words before, with "من/إلى" or a base word right before the name."""
    before = doc.tokens[max(0, m.tok_start - 5):m.tok_start]
    if not any({x for _, x in token_keys(t.norm)} & _BASE_VERBS for t in before):
        return False
    prev = prev_keys(doc, m)
    return bool(prev & {"قاعده", "مطار", "من", "الي"}) or clitic_prefix(doc, m).endswith(("ل", "من"))


def _opens_reference(doc: Document, k: int) -> bool:
    """Token k is "بعد/عقب/إثر" and the next names an earlier event ("بعد هجوم", "عقب إقدام")."""
    return bool({x for _, x in token_keys(doc.tokens[k].norm)} & _AFTER_WORDS
                and {x for _, x in token_keys(doc.tokens[k + 1].norm)} & _EARLIER_EVENT_NOUNS)


def _in_opening_reference(doc: Document, m: Mention, trig_tok: int) -> bool:
    """"وبعد إقدام عناصر حزب العمال على قتل شرطيين في سوروج، شنت الحكومة غارات": a place in a
    clause opened by "بعد/عقب/إثر" and an event noun, closed by a comma before the trigger."""
    if m.tok_start >= trig_tok or not any(t.text in "،," for t in doc.tokens[m.tok_end:trig_tok]):
        return False
    for k in range(m.tok_start - 1, max(-1, m.tok_start - 16), -1):
        t = doc.tokens[k]
        if t.kind == "punct":
            return False
        if k + 1 < m.tok_start and _opens_reference(doc, k):
            return True
    return False


def _after_reference(doc: Document, m: Mention, trig_end: int) -> bool:
    """The place follows "عقب/إثر/بعد" + another noun after the trigger: the earlier event's place."""
    for k in range(m.tok_start - 1, max(trig_end - 1, m.tok_start - 8), -1):
        t = doc.tokens[k]
        if t.kind == "punct" and t.text not in "،,":
            return False
        if k + 1 < m.tok_start and _opens_reference(doc, k):
            return True  # (but "عبوة مزروعة عن بعد على جانب الطريق في قضاء سيلوبي": remotely)
    # "بعد أربعة أيام على تفجير انتحاري دام استهدف مدينة سوروتش": a span of time, then the event
    for k in range(m.tok_start - 1, max(trig_end - 1, m.tok_start - 12), -1):
        t = doc.tokens[k]
        if t.kind == "punct" and t.text not in "،,":
            return False
        if {x for _, x in token_keys(t.norm)} & _AFTER_WORDS and k + 5 < m.tok_start:
            span = doc.tokens[k + 1:k + 5]
            at = next((u.index for u in span if u.norm in ("علي", "من")), None)
            if at is not None and at + 1 < m.tok_start \
                    and {x for _, x in token_keys(doc.tokens[at + 1].norm)} & _EARLIER_EVENT_NOUNS:
                return True
    return False


def _nationality(norm: str) -> bool:
    stem = strip_article(norm)
    stem = stem[:-1] if stem.endswith("ه") else stem
    return stem in DEMONYMS or stem in {"كردي", "عربي", "تركماني", "سني", "شيعي", "مسيحي", "ايزيدي"}


def _alone_in_its_clause(doc: Document, ev: Event, unknown: Mention) -> bool:
    """The unknown place is in the trigger's comma-delimited clause, which names no known place."""
    first = doc.token_at(ev.trigger.start)
    if first is None:
        return False
    end = next((t.start for t in doc.tokens[first:] if t.kind == "punct"), doc.sentences[ev.sentence].end)
    return ev.trigger.start <= unknown.start < end and not any(
        m.kind == "place" and ev.trigger.start <= m.start < end for m in doc.mentions)


def unknown_place(doc: Document, ev: Event, covered: set[int]) -> Mention | None:
    """A place the text names but the gazetteer does not know: "في منطقة الحراريات" (not a
    verb: "في حي يغلب الشيعة على سكانه")."""
    sent = doc.sentences[ev.sentence]
    trig_tok = next((t.index for t in sent.tokens if t.start >= ev.trigger.start), sent.tokens[0].index)
    comp = complementizer_before(doc, sent, trig_tok)
    # (when the trigger's clause names a known place, only that clause: "تفجير في ناحية كنعان ...
    # في حين قتل ثلاثة في منطقة الوثبة")
    lo, hi = clause_of(doc, ev.sentence, trig_tok)
    if not any(m.kind == "place" and m.sentence == ev.sentence and lo <= m.tok_start < hi and is_locative(doc, m)
               for m in doc.mentions):
        lo, hi = sent.tokens[0].index, sent.tokens[-1].index + 1
    for t in sent.tokens:
        if t.kind != "word" or t.index + 1 >= len(doc.tokens) or not lo <= t.index < hi:
            continue
        if comp is not None and t.index < comp:
            continue  # the speaker's description: "قائد صحوة المنطقة الغربية ... بأن"
        keys = {k for _, k in token_keys(t.norm)}
        if not keys & _UNKNOWN_PLACE_HEADS:
            continue
        if keys & {"مدينه", "منطقه", "بلده"} and not keys & {"مدينه", "منطقه", "بلده"} & indefinite_keys(t.norm):
            continue  # "من المدينة سالكين الطريق", "في المنطقة وأخذ": the place just named, no name follows
        j = t.index + 1
        # 'في منطقة "سلطان بيلي"': a name in quotation marks, up to the closing mark
        quoted = doc.tokens[j].kind == "punct" and doc.tokens[j].text in _OPEN_QUOTES and j + 1 < len(doc.tokens)
        if quoted:
            close = next((u.index for u in doc.tokens[j + 1:j + 5] if u.kind == "punct"), None)
            words = doc.tokens[j + 1:close] if close is not None else []
            if close is not None and doc.tokens[close].text in _CLOSE_QUOTES and 1 <= len(words) <= 3 \
                    and all(w.kind == "word" and w.index not in covered for w in words) and words[0].start < sent.end:
                return Mention("place", None, words[0].start, words[-1].end, doc.text[words[0].start:words[-1].end],
                               ev.sentence, words[0].index, words[-1].index + 1, "unknown place in quotation marks")
            continue
        name = doc.tokens[j]
        name_keys = {k for _, k in token_keys(name.norm)}
        # (a neighbourhood may be named after a body: "حي الشرطة الرابعة", "حي الضباط")
        taken = j in covered and not ("حي" in keys and not any(
            m.kind == "place" and m.tok_start <= j < m.tok_end for m in doc.mentions))
        if name.kind != "word" or taken or strip_article(name.norm) in _NOT_PLACE_NAME \
                or (name.norm.startswith(("ي", "ت")) and len(name.norm) >= 4) \
                or name.norm in _NOT_PLACE_NAME or (len(name.norm) < 3 and name.norm not in _NAME_FIRST_WORDS) \
                or name_keys & (PLACE_KIND_SET | LOCATIVE_MARKERS | _UNKNOWN_PLACE_HEADS | _ORDINALS) \
                or name.norm.startswith(("ب", "ل")) and len(name_keys) > 1:
            continue
        k = j + 1
        nxt = doc.tokens[k] if k < len(doc.tokens) else None
        if nxt is not None and nxt.kind == "word" and (k not in covered or not taken and j in covered) and (
                nxt.norm.startswith("ال") or name.norm in _NAME_FIRST_WORDS) \
                and strip_article(nxt.norm) not in _NOT_PLACE_NAME and nxt.norm not in _NOT_PLACE_NAME \
                and not _nationality(nxt.norm) and nxt.start < sent.end:
            k += 1  # "حصيبة الشرقية", "وادي عقاب" (but "مدينة سيلوبي الكردية": the town is Kurdish)
        if keys & {"جبل", "جبال"}:  # a mountain's name keeps its head: "جبل سورين"
            first = skip_clitic(doc.text, t.start, t.end, next(c for c, k2 in token_keys(t.norm) if k2 in ("جبل", "جبال")))
            return Mention("place", None, first, doc.tokens[k - 1].end, doc.text[first:doc.tokens[k - 1].end],
                           ev.sentence, t.index, k, "unknown place after a place word")
        return Mention("place", None, name.start, doc.tokens[k - 1].end, doc.text[name.start:doc.tokens[k - 1].end],
                       ev.sentence, j, k, "unknown place after a place word")
    return None







_OPEN_QUOTES = {'"', "«", "“", "'"}
_CLOSE_QUOTES = {'"', "»", "”", "'"}


HOME_COUNTRY = "IQ"
_CONTAINMENT = {"في", "اقصي", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "وسط", "داخل"}


def _said_elsewhere(doc: Document, kb: KnowledgeBase, m: Mention, p: PlaceRecord) -> bool:
    """The text puts the named place in another country right after naming it: "في أقصى
    جنوب شرقي تركيا", "البلدة السورية"."""
    if p.kind in ("country", "region"):
        return False
    nxt = doc.tokens[m.tok_end] if m.tok_end < len(doc.tokens) else None
    if nxt is not None and nxt.kind == "word":
        for _, key in token_keys(nxt.norm):
            stem = key[:-1] if key.endswith("ه") else key
            if stem in DEMONYMS and DEMONYMS[stem] != p.country:
                return True
    for c in doc.mentions:
        if c.kind != "place" or c.ref not in kb.places or not (0 < c.tok_start - m.tok_end <= 5):
            continue
        q = kb.places[c.ref]
        if q.kind == "country" and q.country != p.country:
            between = doc.tokens[m.tok_end:c.tok_start]
            # only "in" and compass words between: containment, not a border ("القريبة من الحدود مع إيران")
            if between and all(t.kind == "word" and readings(t.norm) & _CONTAINMENT for t in between):
                return True
    return False


_MEETING_NOUNS = {"محادثات", "لقاء", "اجتماع", "مباحثات", "زياره", "مشاورات"}


def _venue_told_next(doc: Document, kb: KnowledgeBase, ev: Event, context) -> list[Choice]:
    """A statement's venue told in the next sentence by the same speaker: "تعهد بارزاني ...
    . وقال بارزاني في كلمة ألقاها في محافظة دهوك"."""
    occasion = occasion_told_next(doc, ev.sentence)
    if occasion is not None:
        # "وجاء اتهام ديمبسي خلال اجتماعه في بغداد": where the occasion told next took place
        for m in doc.mentions:
            if m.kind == "place" and m.sentence == occasion.index and _said_at(doc, m, after=True):
                choice = choose_place(doc, kb, m, context)
                if choice is not None and choice[0].kind not in ("country", "region"):
                    return [Choice(choice[0], m, choice[1] + "; the occasion told in the next sentence", False)]
        return []
    if ev.actor1 is None or not ev.actor1.mention or ev.sentence + 1 >= len(doc.sentences):
        return []
    nxt = doc.sentences[ev.sentence + 1]
    words = normalize(ev.actor1.mention).split()
    if not words:
        return []
    name = words[-1]
    words = {strip_article(t.norm) for t in nxt.tokens[:8]}
    arrived = ev.plover == "CONSULT" and any(readings(t.norm) & {"وصل", "وصلت"} for t in nxt.tokens[:4])
    talks = ev.plover == "CONSULT" and (arrived or any(readings(t.norm) & _MEETING_NOUNS for t in nxt.tokens[:6]))
    if strip_article(name) not in words or not (talks or any(t.norm in SAY_VERBS for t in nxt.tokens[:4])):
        return []
    # (not a place inside what was said: "وقال البيلاوي: حققت القوات تقدما في تحرير محافظة الأنبار")
    said = next((t.index for t in nxt.tokens if t.text in (":", "«", '"', "“") or t.norm in COMPLEMENTIZERS),
                nxt.tokens[-1].index + 1)
    for m in doc.mentions:
        if m.kind == "place" and m.sentence == nxt.index and m.tok_end <= said and (_said_at(doc, m, after=True) or (
                arrived and "الي" in prev_keys(doc, m))):
            choice = choose_place(doc, kb, m, context)
            if choice is not None and choice[0].kind not in ("country", "region"):
                return [Choice(choice[0], m, choice[1] + "; venue told in the next sentence", False)]
    return []


def geocode(doc: Document, kb: KnowledgeBase) -> None:
    """Stage: set `location` (and split multi-place events) for every event."""
    import copy

    context = article_context(doc, kb)
    out: list[Event] = []
    for ev in doc.events:
        choices = geocode_event(doc, kb, ev, context)
        if not choices and (ev.plover in _SPEECH or ev.plover == "CONSULT"):
            choices = _venue_told_next(doc, kb, ev, context)
        if not choices:
            out.append(ev)
            continue
        covered = {i for m in doc.mentions if m.kind in ("place", "actor", "person", "title")
                   for i in range(m.tok_start, m.tok_end)}
        # "على مناطق الشيحة والدواية والستر": one event per place of a list, the places the
        # gazetteer lacks put inside the known unit the sentence names.
        if ev.plover in _SPLIT_TYPES:
            listed = _listed_places(doc, kb, ev, choices, covered, context)
            if listed:
                for k, (loc, why) in enumerate(listed):
                    target = ev if k == 0 else copy.deepcopy(ev)
                    target.location = loc
                    target.provenance["location"] = why
                    if len(listed) > 1:
                        target.fatalities = target.injuries = target.arrests = None
                        target.provenance["fatalities"] = "one report, several places: figures not split"
                    out.append(target)
                continue
        # A named place the gazetteer lacks, inside the known one: "منطقة الحراريات" in Anbar;
        # or the only place of the trigger's own part of a round-up ("، كما قتل آخرون في انفجار
        # سيارتين في منطقة الشعب شرقا، وسيارة أخرى استهدفت حي الشرطة").
        unknown = unknown_place(doc, ev, covered)
        if unknown is not None and _alone_in_its_clause(doc, ev, unknown):
            units = [c for c in choices if c.place.kind in ("admin1", "admin2", "admin3", "city", "town")]
            if not units:  # only another neighbourhood or village: its governorate holds this one
                gov = next((p for p in kb.places.values() if p.kind == "admin1" and p.country == choices[0].place.country
                            and p.admin1 == choices[0].place.admin1), None)
                units = [Choice(gov, choices[0].mention, choices[0].reason, True)] if gov is not None else []
            choices = units[:1] or choices
        if len(choices) == 1 and choices[0].place.kind in ("admin1", "admin2", "admin3", "city", "town"):
            if unknown is not None:
                known = choices[0]
                loc = _location(known.place, known.mention, True)
                loc.name, loc.name_ar, loc.mention = unknown.text, unknown.text, unknown.text
                loc.start, loc.end, loc.ref = unknown.start, unknown.end, None
                loc.geo_precision = 2
                if known.place.kind == "admin1":
                    loc.geo_precision = 3  # only the governorate is known
                ev.location = loc
                ev.provenance["location"] = (f"place '{unknown.text}' not in the gazetteer: "
                                             f"placed in '{known.place.name}' ({known.reason})")
                out.append(ev)
                continue
        # Refine: a more specific place in the same phrase ("ناحية X بمحافظة Y") beats the larger one.
        for k, c in enumerate(choices):
            loc = _location(c.place, c.mention, c.relative)
            target = ev if k == 0 else copy.deepcopy(ev)
            target.location = loc
            target.provenance["location"] = f"place '{c.mention.text}': {c.reason}" + (
                "; relative description → precision 2" if c.relative else "")
            if k > 0:
                target.fatalities = target.injuries = target.arrests = None
                target.provenance["fatalities"] = "one report, several places: figures not split"
            out.append(target)
        if len(choices) > 1:
            ev.fatalities = ev.injuries = ev.arrests = None
    _place_from_the_story(doc, out, kb)
    _the_country_itself(doc, out, kb)
    doc.events[:] = out


def the_whole_home_country(doc: Document, events: list[Event], kb: KnowledgeBase) -> None:
    """"شن الطيران 28 طلعة على مناطق العمليات في العراق", "احتجاجات في العراق": an article about
    Iraq that places an act only in Iraq at large names no place for it (unknown is null); a
    part of it ("شمال العراق") or another country is a place."""
    from collections import Counter

    countries = Counter(kb.places[m.ref].country for m in doc.mentions if m.kind == "place" and m.ref in kb.places)
    if not countries or countries.most_common(1)[0][0] != "IQ":
        return
    for ev in events:
        loc = ev.location
        if loc is None or loc.ref is None or loc.ref not in kb.places or kb.places[loc.ref].kind != "country":
            continue
        if loc.country != "IQ" or loc.start is None or normalize(loc.mention) != "العراق":
            continue  # (not "داخل الأراضي العراقية": across the border, the country is the news)
        k = doc.token_at(loc.start)
        if k is not None and k > 0 and readings(doc.tokens[k - 1].norm) & _DIRECTIONS:
            continue  # "شمال العراق"
        ev.location, ev.country = None, loc.country
        ev.provenance["location"] = "Iraq at large, in an article about Iraq: no place named (the country kept)"


_THE_COUNTRY_BEFORE = {"في", "داخل", "وسط"} | _DIRECTIONS


def _the_country_itself(doc: Document, events: list[Event], kb: KnowledgeBase) -> None:
    """"اشتباكات ... في جنوب شرق البلاد": "the country" of an article about one country is that
    country (precision 3), named as the text names it."""
    for ev in events:
        if ev.location is not None or ev.plover not in _VIOLENT_OR_MOVES | {"PROTEST"}:
            continue
        trig = doc.token_at(ev.trigger.start, 0)
        lo, hi = clause_of(doc, ev.sentence, trig)
        for t in doc.tokens[lo:hi]:
            if t.kind != "word" or strip_article(t.norm.removeprefix("و").removeprefix("ب")) != "بلاد" \
                    or not t.norm.removeprefix("و").removeprefix("ب").startswith("ال"):
                continue
            k = t.index
            while k - 1 >= lo and readings(doc.tokens[k - 1].norm) & _THE_COUNTRY_BEFORE:
                k -= 1
            if k - 1 >= lo and readings(doc.tokens[k - 1].norm) & {"انحاء", "مختلف", "كافه", "عموم"}:
                break  # "في أنحاء البلاد": throughout the country, no one place
            if k == t.index and not t.norm.removeprefix("و").startswith("ب"):
                break  # ("حرب البلاد"): not where
            code = _article_country(doc, kb)
            country = kb.places.get(f"country.{code.lower()}") if code else None
            if country is None:
                break
            first = doc.tokens[k] if k < t.index else t
            if first.norm in ("في", "داخل") and k < t.index:
                first = doc.tokens[k + 1]
            start = first.start + (1 if first.norm.startswith(("ب", "و")) and first.norm[1:2] != "ل"
                                   and readings(first.norm[1:]) & (_THE_COUNTRY_BEFORE | {"بلاد"}) else 0)
            ev.location = Location(country.name, country.name_ar, doc.text[start:t.end], None, None, None,
                                   country.lat, country.lon, 3, country.country, country.id, start, t.end)
            ev.provenance["location"] = f"'{doc.text[start:t.end]}': the country the article is about"
            break


_STORY_GAP = 2




def _own_place_words(doc: Document, ev: Event) -> bool:
    """The sentence places the event itself, in words the gazetteer cannot resolve: "في إقليم
    أجدير", "في شرق البلاد"; the story's place is then not its place."""
    toks = doc.sentences[ev.sentence].tokens
    for k, t in enumerate(toks[:-1]):
        keys = {key for _, key in token_keys(t.norm)}
        if keys & {"اقليم", "ولايه"} and toks[k + 1].kind == "word":
            return True  # "في إقليم أجدير": a province the gazetteer lacks
        if keys & {"شرق", "غرب", "شمال", "جنوب"} and strip_article(toks[k + 1].norm) == "بلاد":
            return True
        # "نفذ 15 طلعة جوية في مختلف المناطق": places not named, on purpose
        nxt = {key for _, key in token_keys(toks[k + 1].norm)}
        if (keys & {"مختلف", "عده"} and nxt & {"المناطق", "مناطق"}) \
                or (keys & {"مناطق", "المناطق"} and nxt & {"مختلفه", "متفرقه", "المختلفه", "المتفرقه", "عده"}):
            return True
    return False


def _far_apart(a: Event, b: Event) -> bool:
    """Two events dated more than a week apart, both to the day or the week."""
    if a.event_date is None or b.event_date is None or max(a.time_precision or 3, b.time_precision or 3) > 2:
        return False
    return abs((a.event_date - b.event_date).days) > 7


def _place_from_the_story(doc: Document, events: list[Event], kb: KnowledgeBase) -> None:
    """An incident told on with no place of its own ("وأسفر القصف عن مقتل ..."), or only the
    country, happened where the violent event told just before it did (within two sentences): it
    takes that place's governorate at precision 3 (ACLED's "the governorate is known")."""
    import copy

    for k, ev in enumerate(events):
        if ev.plover not in _VIOLENT_OR_MOVES:
            continue
        coarse = ev.location is None or (ev.location.admin1 is None and ev.location.geo_precision == 3)
        if not coarse or (ev.location is None and _own_place_words(doc, ev)):
            continue
        # (not an incident of another time: "وقتل 260 مقاتلا في هذه الغارات" after the Suruç bombing of
        # two weeks before)
        prev = next((e for e in reversed(events[:k]) if e.location is not None and e.location.admin1
                     and e.plover in _VIOLENT_OR_MOVES and 0 <= ev.sentence - e.sentence <= _STORY_GAP
                     and not _far_apart(ev, e)), None)
        if prev is None and ev.sentence == 0:
            # a lead with no place ("قتل جندي تركي ... عبر الحدود"), placed by the report after it
            prev = next((e for e in events[k + 1:] if e.location is not None and e.location.admin1
                         and e.plover in _VIOLENT_OR_MOVES and 0 < e.sentence - ev.sentence <= _STORY_GAP), None)
        if prev is None or (ev.location is not None and ev.location.country != prev.location.country):
            continue
        # not into another country the sentence names ("... في تركيا" after a story in Iran)
        actors = [(a.start, a.end) for a in doc.mentions if a.sentence == ev.sentence and a.kind == "actor"]
        named = {kb.places[m.ref].country for m in doc.mentions if m.sentence == ev.sentence and m.kind == "place"
                 and m.ref in kb.places and kb.places[m.ref].kind == "country"
                 and not any(a <= m.start and m.end <= b and (b - a) > (m.end - m.start) for a, b in actors)}
        if named and prev.location.country not in named:
            continue
        loc = copy.copy(prev.location)
        loc.geo_precision = 3
        ev.location = loc
        ev.provenance["location"] = f"no place of its own: where '{prev.trigger.text}' just before happened"
        if ev.location is loc and k >= 0:
            # "في منطقة كوبرات" (a place the gazetteer lacks) in the governorate of the story
            covered = {i for m in doc.mentions if m.kind in ("place", "actor", "person", "title")
                       for i in range(m.tok_start, m.tok_end)}
            unknown = unknown_place(doc, ev, covered) if coarse and ev.provenance.get("location", "").startswith(
                "no place of its own") else None
            if unknown is not None:
                same = normalize(unknown.text) == normalize(prev.location.mention or "")
                loc.name, loc.name_ar, loc.mention = unknown.text, unknown.text, unknown.text
                loc.start, loc.end, loc.ref = unknown.start, unknown.end, None
                if not same:  # (the same place named again keeps the district it was placed in)
                    loc.admin2 = loc.admin3 = None
                ev.provenance["location"] = (f"place '{unknown.text}' not in the gazetteer, in the governorate of "
                                             f"'{prev.trigger.text}' just before")
                if loc.country not in kb.countries_with_districts:
                    # where the gazetteer knows no districts (abroad), a town it lacks is as likely in
                    # any province: only the country is known ("بلدة كاراجيلار" after a raid in Ankara)
                    loc.admin1 = None
                    ev.provenance["location"] = (f"place '{unknown.text}' not in the gazetteer, in the country of "
                                                 f"'{prev.trigger.text}' just before")
