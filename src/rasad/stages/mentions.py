"""Stage: mentions of actors, places, titles, persons (with their titles and roles), outlets.

Dictionary matches come from the knowledge base. Persons not in it are found after a
title ("العميد فلان الفلاني"); a surname-only mention ("قال رسول") is linked back to a
person named earlier in the article.
"""
from __future__ import annotations

from rasad.kb import KnowledgeBase
from rasad.lang.ar.normalize import indefinite_keys, normalize, readings, strip_article, token_keys
from rasad.lang.ar.resources import DEMONYMS, FORCE_NOUNS, PLACE_KIND_SET, PLACE_KIND_WORDS, SAY_VERBS
from rasad.model import Document, Mention
from rasad.stages.match import match_kinds

#: Tokens that end a person's name after a title.
_NAME_STOP = {normalize(w) for w in {"بالقول", "القول", "باسمه", "باسمها", "باسم", "في", "من", "علي", "الي", "ان", "عن", "مع", "ضد", "بعد", "قبل", "خلال", "اليوم", "امس", "يوم",
              "الذي", "التي", "انه", "انها", "لـ", "بان", "قائلا", "حيث", "كما", "وهو", "هو", "هي",
              # a conjunction after a name: "بقتل رئيس مجلس النواب سليم الجبوري فيما هاجمت"
              "فيما", "بينما", "وفيما", "وبينما", "لكن", "ولكن", "غير",
              "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الليله", "صباح", "مساء",
              "حسب", "بحسب", "وفق", "وفقا", "نقلا", "قرب", "بالقرب", "داخل", "شمال", "جنوب", "شرق", "غرب",
              "عنه", "عنها", "عنهم", "قوله", "قولها", "قولهم", "له", "لها", "لمناسبه", "بمناسبه", "هنا", "هنات",
              "اثناء", "عقب", "لدي", "امام",
              "تناول", "تناولت", "تناولا", "ناقش", "ناقشت", "بحث", "بحثت", "طالبا", "طالبه", "مفضلا", "فضل",
              "رافضا", "عدم", "للمره", "مره", "منذ",
              # pronouns and particles that follow a name as the verb's object: "استنكرت X ما حصل"
              "ما", "بما", "مما", "لما", "الا", "لا", "لم", "لن", "قد", "هذا", "هذه", "ذلك", "تلك", "كل", "جميع",
              # nouns with a possessive that follow a name: "واصل الوفد الذي يترأسه X جولته"
              "جولته", "جولتها", "زيارته", "زيارتها", "كلمته", "كلمتها", "حديثه", "حديثها", "تصريحه", "تصريحاته",
              "بيانه", "لقائه", "لقاءه", "اجتماعه", "رسالته", "مقابلته", "عمله", "مهامه", "منصبه", "مسيرته",
              # honorifics before a name: "صاحب السمو الملكي الأمير فيصل بن خالد", "جلالة الملك"
              "صاحب", "السمو", "سمو", "الملكي", "جلاله", "فخامه", "سماحه", "معالي", "سعاده", "حضره",
              # a sport after a team: "الفريق الأول لكرة القدم" is no lieutenant general
              "لكره", "كره",
              # to whom or through what he spoke: "وزير الصحة خالد الفالح لوسائل الإعلام", "عبر حسابه"
              "لوسائل", "وسائل", "لوكاله", "لصحيفه", "لقناه", "لموقع", "لتلفزيون", "لاذاعه", "عبر", "خلال",
              # what was said of him: "واجه الوزير الألماني تعليقات حادة"
              "تعليقات", "انتقادات", "اتهامات", "تهديدات",
              # prepositions with a pronoun: "لافتات كتب عليها «...»"
              "عليه", "عليها", "عليهم", "فيه", "فيها", "فيهم", "منه", "منها", "منهم", "به", "بها", "بهم", "لهم",
              # how he said it: "وقال بصوت مسموع"; the office after a name: "بريت مكجيرك نائب المبعوث"
              "بصوت", "بنبره", "بلهجه", "نايب",
              # what he said: "قال نيتشه عبارته الشهيرة:"
              "عبارته", "عبارتها", "مقولته", "مقولتها", "جملته", "كلماته"}}


def _sentence_index(doc: Document) -> list[int]:
    idx = [0] * len(doc.tokens)
    for s in doc.sentences:
        for t in s.tokens:
            idx[t.index] = s.index
    return idx


def find_mentions(doc: Document, kb: KnowledgeBase) -> None:
    tokens = doc.tokens
    sent_of = _sentence_index(doc)
    text = doc.text

    def make(kind: str, a: int, b: int, ref: str | None, rule: str, clitic: str = "", **data) -> Mention:
        # Offsets point at the name itself, without the clitics attached to its first word.
        start = skip_clitic(text, tokens[a].start, tokens[a].end, clitic) if clitic else tokens[a].start
        end = tokens[b - 1].end
        return Mention(kind, ref, start, end, text[start:end], sent_of[a], a, b, rule, dict(data))

    for sent in doc.sentences:
        toks = sent.tokens
        if not toks:
            continue
        base = toks[0].index
        found = match_kinds(toks, kb.combined, ("actor", "place", "title", "person", "metonym", "place_in_context"))
        places_here = [(base + m.tok_start, base + m.tok_end) for m in found["place"]]
        found["place"] = found["place"] + [m for m in found.pop("place_in_context")
                                           if _place_in_context(tokens, base + m.tok_start, base + m.tok_end, m.clitic,
                                                                places_here, kb.places[m.ref].kind == "country")]
        # A body inside a place's name is no actor: "حي الشرطة الرابعة", "حي الضباط".
        found["actor"] = [a for a in found["actor"] if not any(
            p.tok_start <= a.tok_start and a.tok_end <= p.tok_end and p.tok_end - p.tok_start > a.tok_end - a.tok_start
            for p in found["place"])]
        for kind, matches in found.items():
            for m in matches:
                if kind == "place" and m.clitic and not m.clitic.endswith(("ال", "لل")) \
                        and strip_article(toks[m.tok_start].norm) in kb.place_clitic_words:
                    continue  # "ورقة الإصلاح" is a paper, not Raqqa
                if kind == "place" and not m.clitic and base + m.tok_start > 0 \
                        and tokens[base + m.tok_start - 1].norm in _KUNYA and m.tok_end - m.tok_start == 1:
                    continue  # "أبو بصير ناصر الوحيشي": a kunya, not the village
                if kind == "title" and m.tok_end - m.tok_start == 1 and base + m.tok_start > 0 \
                        and toks[m.tok_start].norm.startswith("ال") \
                        and tokens[base + m.tok_start - 1].norm.startswith(("ال", "وال")) \
                        and tokens[base + m.tok_start - 1].norm.endswith("ات"):
                    continue  # "الجهات المسؤولة": an adjective of a plural noun, not an official
                doc.mentions.append(make(kind, base + m.tok_start, base + m.tok_end, m.ref, f"kb.{kind}", m.clitic))
        # Demonyms: "القصف التركي" → a state, resolved by the coder from context.
        for t in toks:
            for clitic, key in token_keys(t.norm):
                country = _demonym(key)
                # "القصف التركي", and an indefinite one after a force: "طائرة تركية"
                after_force = t.index > 0 and bool(readings(tokens[t.index - 1].norm) & FORCE_NOUNS)
                if country is not None and (t.norm.startswith("ال") or clitic or after_force):
                    doc.mentions.append(make("demonym", t.index, t.index + 1, country, "lang.demonym",
                                             clitic if not clitic.endswith("ال") else clitic[:-2]))
                    break
    _courts_of_places(doc)
    _units_of_counter_terrorism(doc, kb, sent_of)
    _respelled_places(doc, kb, sent_of)
    _places_by_nationality(doc, kb, sent_of)
    _side_of_state(doc, kb, sent_of)
    _foreign_bodies(doc, kb)
    _bare_bodies_in_context(doc, kb)
    _persons_after_titles(doc, kb, sent_of)
    _persons_after_say_verbs(doc, kb, sent_of)
    _persons_closing_a_title_phrase(doc, kb, sent_of)
    _short_names(doc, kb, sent_of)
    _head_anaphora(doc, kb, sent_of)
    _roles(doc, kb)
    _office_holders(doc, kb, sent_of)
    _whole_name_parts(doc)
    _offices_of_a_state(doc, kb, sent_of)
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    # A day name inside a title is not a date: "خطيب صلاة الجمعة" (the Friday preacher).
    titles = [(m.start, m.end) for m in doc.mentions if m.kind in ("title", "role")]
    if titles:
        doc.times[:] = [tr for tr in doc.times if not any(s <= tr.start and tr.end <= e for s, e in titles)]


_KUNYA = {"ابو", "ام", "ابا", "ابي"}
def _courts_of_places(doc: Document) -> None:
    """"محكمة استئناف ديالى": the court's name goes on with the province it sits for (which is
    then no place of what the court tells). "الادعاء التركي": the prosecution with its state's
    adjective ("الادعاء" alone is as often "the claim")."""
    for m in [m for m in doc.mentions if m.kind == "demonym" and m.tok_start > 0]:
        k = m.tok_start - 1
        if doc.tokens[k].norm in ("الادعاء", "والادعاء") and not any(o.tok_start <= k < o.tok_end for o in doc.mentions
                                                                     if o.kind in ("actor", "person")):
            start = skip_clitic(doc.text, doc.tokens[k].start, doc.tokens[k].end, "و") \
                if doc.tokens[k].norm.startswith("و") else doc.tokens[k].start
            doc.mentions.append(Mention("actor", "generic.judiciary", start, m.end, doc.text[start:m.end], m.sentence,
                                        k, m.tok_end, "the prosecution of a state ('الادعاء التركي')",
                                        {"country": m.ref}))
    place_at = {m.tok_start: m for m in doc.mentions if m.kind == "place"}
    for k, m in enumerate(doc.mentions):
        if m.kind == "actor" and m.ref == "generic.judiciary" and m.tok_end in place_at \
                and normalize(m.text).startswith("محكمه") and m.sentence == place_at[m.tok_end].sentence:
            p = place_at[m.tok_end]
            doc.mentions[k] = Mention("actor", m.ref, m.start, p.end, doc.text[m.start:p.end], m.sentence,
                                      m.tok_start, p.tok_end, m.rule, m.data)


_UNIT_NOUNS = {"قوه", "قوات", "مفرزه", "مفارز", "عناصر", "فوج", "افواج", "سريه", "وحدات", "وحده", "مقاتلي", "قطعات"}


def _units_of_counter_terrorism(doc: Document, kb: KnowledgeBase, sent_of: list[int]) -> None:
    """"وتحاصر قوة أخرى من مكافحة الإرهاب حي التأميم": a unit "of counter-terrorism" is of Iraq's
    Counter-Terrorism Service (the bare words are the activity, not the body)."""
    if "iq.cts" not in kb.actors:
        return
    tokens = doc.tokens
    covered = {i for m in doc.mentions for i in range(m.tok_start, m.tok_end)}
    for t in tokens[2:-2]:
        k = t.index
        if t.norm != "من" or tokens[k + 1].norm != "مكافحه" or tokens[k + 2].norm != "الارهاب" \
                or {k, k + 1, k + 2} & covered:
            continue
        if not any(u.kind == "word" and readings(u.norm) & _UNIT_NOUNS for u in tokens[max(0, k - 2):k]):
            continue
        a, b = tokens[k + 1], tokens[k + 2]
        doc.mentions.append(Mention("actor", "iq.cts", a.start, b.end, doc.text[a.start:b.end], sent_of[k + 1],
                                    k + 1, k + 3, "a unit of counter-terrorism ('قوة من مكافحة الإرهاب')"))


#: Name parts that link to the next one: a name does not end on them ("فيصل بن خالد", "عبد العزيز").
_LINKING_NAME_PARTS = {"بن", "ابن", "بنت", "عبد", "ال", "ابو", "ام", "ذو"}


def _whole_name_parts(doc: Document) -> None:
    """A person's name cut after a linking part ("فيصل بن") takes the next word; a name left
    as the linking part alone is none."""
    keep = []
    for m in doc.mentions:
        if m.kind == "person" and doc.tokens[m.tok_end - 1].norm in _LINKING_NAME_PARTS:
            nxt = doc.tokens[m.tok_end] if m.tok_end < len(doc.tokens) else None
            if nxt is not None and nxt.kind == "word" and m.tok_end - m.tok_start < 6 \
                    and doc.tokens[m.tok_end - 1].end < nxt.start and nxt.start - doc.tokens[m.tok_end - 1].end <= 2:
                m.tok_end += 1
                m.end = nxt.end
                m.text = doc.text[m.start:m.end]
            elif m.tok_end - m.tok_start == 1:
                continue
        keep.append(m)
    doc.mentions[:] = keep


def _demonym(key: str) -> str | None:
    """The country a nationality adjective names, masculine or feminine ("تركي", "تركيه")."""
    return DEMONYMS.get(key[:-1] if key.endswith("ه") else key)


#: Plural or indefinite place nouns a nationality adjective places in its country: "في أربع مدن
#: مغربية", "في مختلف المدن التركية", "داخل الأراضي العراقية" (not "الحدود التركية", which
#: is as much the other side's).
_COUNTRY_AREA_NOUNS = {"مدن", "مدينه", "مناطق", "منطقه", "اراضي", "قري", "قريه", "بلدات", "بلده", "ولايات", "محافظات",
                       "مقاطعات", "اقاليم", "عواصم", "شوارع", "ساحات", "اجواء"}


def _places_by_nationality(doc: Document, kb: KnowledgeBase, sent_of: list[int]) -> None:
    """A nationality adjective after a place noun names the country as a place."""
    taken = {i for m in doc.mentions if m.kind == "place" for i in range(m.tok_start, m.tok_end)}
    for t in doc.tokens[1:]:
        if t.kind != "word" or t.index in taken or not readings(doc.tokens[t.index - 1].norm) & _COUNTRY_AREA_NOUNS:
            continue
        country = _demonym(strip_article(t.norm))
        place = kb.places.get(f"country.{country.lower()}") if country is not None else None
        if place is not None:
            doc.mentions.append(Mention("place", place.id, t.start, t.end, t.text, sent_of[t.index], t.index, t.index + 1,
                                        "kb.place_nationality"))


#: A place word and the kinds of place it heads ("ناحية" a subdistrict or a town).
_RESPELL_HEADS = {"ناحيه": {"admin3", "town", "village"}, "قضاء": {"admin2", "town"},
                  "مدينه": {"city", "town", "admin2"}, "بلده": {"town", "village", "city"},
                  "قريه": {"village", "town"}}


def _respelled_places(doc: Document, kb: KnowledgeBase, sent_of: list[int]) -> None:
    """A place word followed by a name one letter off a known place of that kind: "ناحية
    باودش" is بادوش, "مدينة سيلبوبي" سيلوبي. One known place only, or the name stays unknown."""
    tokens = doc.tokens
    taken = {i for m in doc.mentions for i in range(m.tok_start, m.tok_end)}
    # Where the article is, sentence by sentence: the governorates (where the gazetteer maps
    # districts) and other countries its unambiguous place names point to. A near spelling counts
    # only in the same or a nearby sentence (no Mandalay read as Mandali).
    def area(p) -> tuple:
        return p.country, p.admin1 if p.country in kb.countries_with_districts else None

    areas: dict[tuple, set[int]] = {}
    for m in doc.mentions:
        ids = kb.place_ids.get(tuple(strip_article(t.norm) for t in tokens[m.tok_start:m.tok_end]), ()) \
            if m.kind == "place" else ()
        where = {area(kb.places[i]) for i in ids}
        if len(where) == 1:  # (a town and its district share a name and a governorate)
            areas.setdefault(where.pop(), set()).add(m.sentence)
    if not areas:
        return
    for t in tokens[:-1]:
        # (the head itself indefinite: "المدينة غارقة" is "the city is drowning")
        heads = indefinite_keys(t.norm) & _RESPELL_HEADS.keys()
        nxt = tokens[t.index + 1]
        if not heads or nxt.kind != "word" or nxt.index in taken or sent_of[nxt.index] != sent_of[t.index]:
            continue
        key = strip_article(nxt.norm)
        if key == nxt.norm and key.endswith("ه") and heads - {"قضاء"}:
            continue  # an adjective agreeing with its place word: "قرية نائية", "مدينة محررة"
        near = kb.place_spellings.near(key)
        if len(near) != 1:
            continue
        known = next(iter(near))
        kinds = set().union(*(_RESPELL_HEADS[h] for h in heads))
        ids = [i for i in kb.place_ids.get((known,), ()) if kb.places[i].kind in kinds]
        if len(ids) != 1:
            continue
        p = kb.places[ids[0]]
        here = sent_of[nxt.index]
        if not any(abs(k - here) <= 2 for k in areas.get(area(p), ())):
            continue
        # (nor next to another country's place or people: "قرية الدالوة الشيعية بمحافظة القطيف",
        # "مدينة صوفر اللبنانية في قضاء عالية")
        if any(-6 <= m.tok_start - nxt.index <= 3 and m.sentence == here and (
                (m.kind == "demonym" and m.ref != p.country) or (m.kind == "place" and m.ref in kb.places
                                                                 and kb.places[m.ref].country != p.country))
               for m in doc.mentions):
            continue
        doc.mentions.append(Mention("place", ids[0], nxt.start, nxt.end, nxt.text, here, nxt.index,
                                    nxt.index + 1, "kb.place_spelling", {"key": (known,)}))


_TITLE_FILLERS = {"باسمه", "باسمها", "رسمي", "اعلامي", "باسمهم"}
_CONTEXT_BEFORE = {"في", "قرب", "بالقرب", "داخل", "اطراف", "ضواحي", "مشارف",
                   # an institution named for its town: "مستشفى حديثة", "سد حديثة", "مصفى بيجي"
                   "مستشفي", "مطار", "سجن", "سد", "مصفي", "جامعه", "قاعده", "معبر", "ميناء", "جسر", "سوق"}


_COUNTRY_CONTEXT_BEFORE = {"الي", "من", "عن", "نحو", "باتجاه", "تجاه", "حيال", "ازاء", "بشان", "بخصوص", "شمال", "جنوب",
                           "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "حدود", "عبر", "حول", "مع", "سماء",
                           "اراضي", "ارض", "الي"}


def _place_in_context(tokens, a: int, b: int, clitic: str, places: list[tuple[int, int]],
                      country: bool = False) -> bool:
    """A name that is also a common word ("حديثة" "modern") counts as a place after في/قرب or
    with ب attached ("بحديثة"), or inside a list of places ("مدن الحبانية وحديثة ومخمور").
    A country spelled like its adjective ("سورية", "Syrian") also after a preposition or a
    direction ("إلى سورية", "شمال سورية") or with لـ ("لسورية"), never with the article."""
    if "ال" in clitic:
        return False
    if "ب" in clitic:
        return True
    if a > 0 and strip_article(tokens[a - 1].norm) in _CONTEXT_BEFORE:
        return True
    if country and ("ل" in clitic or (a > 0 and tokens[a - 1].norm in _COUNTRY_CONTEXT_BEFORE)):
        return True
    listed_after = clitic.startswith("و") and any(e in (a, a - 1) for _, e in places)
    listed_before = b < len(tokens) and tokens[b].norm.startswith("و") and any(st in (b, b + 1) for st, _ in places)
    return listed_after or listed_before


def skip_clitic(text: str, start: int, end: int, clitic: str) -> int:
    """Offset of the name inside a token whose normalized form starts with `clitic`.

    "والجيش" → at "الجيش" (the article stays: it is part of the name as written);
    "ببغداد" → at "بغداد"; "للتحالف" → at "تحالف".
    """
    from rasad.lang.ar.normalize import normalize_token

    keep_article = clitic.endswith("ال")
    letters = len(clitic) - (2 if keep_article else 0)
    if letters <= 0:
        return start
    seen = 0
    for k in range(start, end):
        if normalize_token(text[k]):  # a letter, not a diacritic or tatweel
            seen += 1
            if seen == letters:
                k += 1
                while k < end and not normalize_token(text[k]):
                    k += 1
                return k
    return start


def _side_of_state(doc: Document, kb: KnowledgeBase, sent_of: list[int]) -> None:
    """"الجانب التركي", "الطرف الإيراني": a state's side in talks is its government."""
    demonyms = {m.tok_start: m for m in doc.mentions if m.kind == "demonym"}
    if not demonyms:
        return
    for t in doc.tokens:
        if t.kind == "word" and t.index + 1 in demonyms and readings(t.norm) & {"جانب", "طرف"}:
            d = demonyms[t.index + 1]
            gov = kb.government_of(d.ref)
            if gov is not None:
                doc.mentions.append(Mention("actor", gov.id, t.start, d.end, doc.text[t.start:d.end], sent_of[t.index],
                                            t.index, d.tok_end, "side-of-state"))


def _foreign_bodies(doc: Document, kb: KnowledgeBase) -> None:
    """"وزارة الداخلية الاسبانية", "الشرطة الألمانية": a body the knowledge base files under one
    state, followed by another state's nationality, is that state's (its government or its
    forces when known, else no actor but the nationality)."""
    demonyms = {m.tok_start: m for m in doc.mentions if m.kind == "demonym"}
    out = []
    for m in doc.mentions:
        d = demonyms.get(m.tok_end)
        rec = kb.actors.get(m.ref) if m.kind == "actor" else None
        if d is None or rec is None or rec.country in (None, d.ref) or rec.type not in ("government", "state_forces"):
            out.append(m)
            continue
        other = kb.government_of(d.ref) if rec.type == "government" else kb.military_of(d.ref)
        if other is not None:
            out.append(Mention("actor", other.id, m.start, d.end, doc.text[m.start:d.end], m.sentence,
                               m.tok_start, d.tok_end, "body of the state named after it"))
    doc.mentions[:] = out


#: Bodies named without their state ("وزارة الخارجية"): the knowledge base files them under Iraq.
_BARE_BODIES = {normalize(w) for w in ("رئاسة الوزراء", "مجلس الوزراء", "رئاسة الجمهورية", "وزارة الدفاع",
                                       "وزارة الداخلية", "وزارة الخارجية")}


def _bare_bodies_in_context(doc: Document, kb: KnowledgeBase) -> None:
    """"وزارة الخارجية" in a story about Germany is Germany's: a body named without its state is the
    state's that the article's places are in, when that is not Iraq and Iraq is not named."""
    from collections import Counter

    countries = Counter(kb.places[m.ref].country for m in doc.mentions if m.kind == "place" and m.ref in kb.places)
    if not countries or "IQ" in countries:
        return
    country = countries.most_common(1)[0][0]
    gov = kb.government_of(country)
    if gov is None:
        return
    for k, m in enumerate(doc.mentions):
        if m.kind == "actor" and normalize(m.text) in _BARE_BODIES and kb.actors[m.ref].country == "IQ":
            mil = kb.military_of(country) if "دفاع" in normalize(m.text) else None
            doc.mentions[k] = Mention("actor", (mil or gov).id, m.start, m.end, m.text, m.sentence, m.tok_start,
                                      m.tok_end, "body of the state the article is about")


def _persons_after_titles(doc: Document, kb: KnowledgeBase, sent_of: list[int]) -> None:
    """Names following a title that are not in the knowledge base: "العميد يحيى رسول",
    "القيادي في الحزب الديمقراطي الكردستاني سعيد مموزيني", "وزير الدفاع الأميركي آشتون كارتر"."""
    tokens = doc.tokens
    names = [m for m in doc.mentions if m.kind in ("person", "actor", "place", "metonym", "demonym")]
    covered = {i for m in names for i in range(m.tok_start, m.tok_end)}
    starts = {}
    for m in doc.mentions:
        if m.kind in ("actor", "place", "metonym", "demonym", "title"):
            starts[m.tok_start] = max(starts.get(m.tok_start, 0), m.tok_end)
    person_at = {m.tok_start for m in doc.mentions if m.kind == "person"}
    nisbas = {m.tok_start for m in doc.mentions if m.kind == "demonym" and m.tok_end - m.tok_start == 1}
    title_at = {m.tok_start for m in doc.mentions if m.kind == "title"}
    titles = sorted((m for m in doc.mentions if m.kind == "title"), key=lambda m: m.tok_start)
    for m in titles:
        title = kb.titles[m.ref]
        j = m.tok_end
        if tokens[j - 1].norm in ("لشوون", "شوون") and j < len(tokens) and tokens[j].norm.startswith("ال"):
            j += 1  # "وزير الدولة لشؤون الإعلام محمد المومني": past the portfolio
        # Chains: "الفريق الركن", a following organization ("في الحزب ..."), a demonym ("الأميركي").
        for _ in range(4):
            # "النائب عن ائتلاف الوطنية", "خطيب الجمعة في محافظة كربلاء"
            k = j + 1
            if k < len(tokens) and k not in starts and (strip_article(tokens[k].norm) in PLACE_KIND_WORDS
                                                        or strip_article(tokens[k].norm) in _BODY_PARTS):
                k += 1  # "في محافظة X", "في رئاسة الاتحاد الإسلامي الكردستاني"
            if j < len(tokens) and strip_article(tokens[j].norm) in ("في", "ب", "عن") and k in starts:
                j = starts[k]
            elif j < len(tokens) and strip_article(tokens[j].norm) in _TITLE_FILLERS:
                j += 1  # "المتحدث الرسمي باسمه عيد عماش"
            elif j in starts and j not in person_at:
                j = starts[j]
            else:
                break
        if j in person_at or j >= len(tokens) or sent_of[j] != m.sentence:
            continue
        if tokens[j].kind == "punct" and tokens[j].text in '“"«' and j + 1 < len(tokens):
            j += 1  # a name in quotation marks: الشيخ “احمد درع الجميلي”
        appositive = False
        if tokens[j].kind == "punct" and tokens[j].text in "،," and j > m.tok_end and j + 1 < len(tokens):
            j += 1  # "عضو في رئاسة الاتحاد الإسلامي الكردستاني، ابوبكر علي، في تصريحات"
            appositive = True
        k = j
        # (a family name may be a nisba that reads as a nationality: "الدكتور عبدالله التركي")
        while k < len(tokens) and k - j < 3 and sent_of[k] == m.sentence and k not in title_at and (
                k not in covered or k > j and k in nisbas and tokens[k].norm.startswith("ال")) \
                and (is_name_word(tokens[k], kb, k == j) or k > j and k in nisbas):
            k += 1
        if appositive and not (k - j >= 2 and k < len(tokens) and tokens[k].kind == "punct" and tokens[k].text in "،,"):
            continue  # (an appositive name is closed by a comma too)
        if k - j >= 2 or (k - j == 1 and title.kind in ("military", "police") and not title.role_of):
            start, end = tokens[j].start, tokens[k - 1].end
            doc.mentions.append(Mention("person", None, start, end, doc.text[start:end], m.sentence, j, k,
                                        "title+name"))
            doc.mentions[:] = [d for d in doc.mentions if not (d.kind == "demonym" and j <= d.tok_start < k)]
            person_at.add(j)
            covered.update(range(j, k))


_NOT_NAME_HEADS = {normalize(w) for w in {"صحيفه", "وكاله", "قناه", "موقع", "بيان", "مصادر", "مصدر", "شهود", "مسؤول", "مسؤولون",
                   "تقرير", "تقارير", "رئيس", "وزير", "قائد", "مدير", "الناطق", "المتحدث", "متحدث", "ناطق",
                   "الحكومه", "الجيش", "مجلس", "وزاره", "هيئه", "منظمه", "لجنه", "اعلام", "مكتب", "خليه",
                   "المرصد", "سكان", "اهالي", "ناشطون", "ناشطين", "عضو", "نواب", "النائب", "مواطنون",
                   # heads of units and bodies: "قائد صحوة المنطقة الغربية" is no name
                   "صحوه", "صحوات", "قوات", "قوه", "شرطه", "عمليات", "فرقه", "لواء", "فوج", "حشد", "جهاز",
                   "قياده", "حزب", "حركه", "تنظيم", "كتله", "ائتلاف", "تحالف", "اتحاد", "جبهه", "محافظه",
                   "قضاء", "ناحيه", "منطقه", "مديريه", "دائره", "جامعه", "مستشفي", "عشائر", "مقاتلي",
                   # bodies the knowledge base may lack: "الأمين العام لرابطة العالم الإسلامي"
                   "رابطه", "جمعيه", "نقابه", "مؤسسه", "معهد", "مركز", "شركه", "صندوق", "برنامج", "اكاديميه",
                   # what a president or minister issues: "أصدر الرئيس مرسوما يقضي"
                   "مرسوما", "مرسوم", "قرارا", "قرار", "امرا", "بيانا", "توجيها", "توجيهات", "تعميما", "يقضي",
                   # what an official rejects or denies: "ورفض رئيس الوزراء التركي اتهامات لبلاده"
                   "اتهامات", "اتهام", "مزاعم", "ادعاءات", "انباء", "تقارير", "تصريحات", "دعوات", "مطالب",
                   # honorifics: "رضي الله عنه", "صلى الله عليه وسلم"
                   "رضي", "صلي", "رحمه",
                   # what describes an unnamed official: "مسؤول عسكري أمريكي", "ضابط رفيع"
                   "عسكري", "عسكريه", "امني", "امنيه", "سياسي", "رفيع", "كبير", "بارز", "سابق", "محلي", "حكومي",
                   "ميداني", "اعلامي", "دبلوماسي", "رسمي", "مطلع", "مقرب", "عراقي", "كردي", "تركي", "امريكي",
                   "اميركي", "ايراني", "سوري", "سعودي", "بريطاني", "فرنسي", "روسي", "غربي", "عربي", "اوروبي"}}


def is_name_word(tok, kb: KnowledgeBase, first: bool) -> bool:
    if tok.kind != "word" or tok.text.startswith(("لـ", "بـ")) or len(tok.norm) < 2:
        return False  # (nor a lone letter: "الملا عمر و«نزولا عند طلب»" ends at عمر)
    if not first and tok.text == "علي":
        return True  # the name Ali, written with ي ("ابوبكر علي"); the preposition is written على
    if not first and tok.norm == "الله":
        return True  # "عبد الله", "نصر الله", "فتح الله" (not the preposition لـ + "ه")
    keys = readings(tok.norm)
    if keys & (_NAME_STOP | SAY_VERBS | _NOT_NAME_HEADS) or any(k in kb.trigger_index for k in keys):
        return False
    if first and (tok.norm.startswith(("ال", "لل", "بال", "وال", "فال", "كال")) or tok.norm in ("و",)):
        return False  # ("الوزير التركي للشؤون الأوروبية": a title's complement, not a name)
    if (tok.norm.startswith("بت") and len(tok.norm) >= 5) or tok.norm.endswith(("اتها", "اتهم", "اتهما")):
        return False  # "الحكومة بتحمل مسؤولياتها": a verbal noun with بـ, a plural with its pronoun
    if tok.norm.startswith(("لل", "ولل")) or tok.text.endswith(("ً", "اً", "ًا")):
        return False  # "وقال عباس للصحافيين", "وقال إبراهيم حزيناً": to whom, how
    if tok.text.startswith(("بال", "بإ", "بأ")):
        return False  # "هدد نواب الرئيس روحاني بإلغاء الاتفاق": with what, not a name
    return True


_NAME_CLOSERS = {"ان", "بان", "انه", "بانه", "قوله"}


def _persons_closing_a_title_phrase(doc: Document, kb: KnowledgeBase, sent_of: list[int]) -> None:
    """A name the knowledge base lacks at the end of a long title phrase, right after the
    place or organization that ends it and closed by a comma or "إن/بأن": "قائد صحوة المنطقة
    الغربية في محافظة الأنبار عاشور الحمادي بأن", "عضو في رئاسة الاتحاد الإسلامي، ابوبكر علي،"."""
    tokens = doc.tokens
    covered = {i for m in doc.mentions if m.kind != "title" for i in range(m.tok_start, m.tok_end)}
    ends = {m.tok_end for m in doc.mentions if m.kind in ("actor", "place")}
    person_sents = {m.sentence for m in doc.mentions if m.kind == "person"}
    for m in (m for m in doc.mentions if m.kind == "title"):
        if m.sentence in person_sents:
            continue
        for j in range(m.tok_end + 1, min(m.tok_end + 10, len(tokens))):
            if sent_of[j] != m.sentence or readings(tokens[j - 1].norm) & (SAY_VERBS | _NAME_CLOSERS):
                break
            after_name = j in ends or (tokens[j - 1].text in "،," and j - 1 in ends)
            if not after_name or j in covered:
                continue
            k = j
            while k < len(tokens) and k - j < 3 and k not in covered and sent_of[k] == m.sentence \
                    and (is_name_word(tokens[k], kb, k == j) or (tokens[k].norm == "علي" and (
                        k > j or (k + 1 < len(tokens) and is_name_word(tokens[k + 1], kb, False))))):
                k += 1  # ("علي" is the name Ali inside a name, or opening one: "علي داود،", not the preposition)
            if k - j < 2 or k >= len(tokens):
                continue
            closer = tokens[k]
            if closer.text in "،," or readings(closer.norm) & _NAME_CLOSERS:
                start, end = tokens[j].start, tokens[k - 1].end
                doc.mentions.append(Mention("person", None, start, end, doc.text[start:end], m.sentence, j, k,
                                            "title phrase+name"))
                covered.update(range(j, k))
                person_sents.add(m.sentence)
                break


_BODY_PARTS = {"رياسه", "قياده", "مكتب", "مجلس", "لجنه", "هييه", "كتله", "اداره"}
_NOT_ONE_WORD_NAMES = {"مصدر", "مسوول", "متحدث", "ناطق", "بيان", "وزير", "رييس", "قايد", "مدير", "ضابط", "شاهد",
                       "الوزير", "المتحدث", "المصدر", "مسوولون", "مصادر", "احد", "بعض"}


#: Offices that follow a name: "وذكر بريت مكجيرك نائب المبعوث الرئاسي"
_OFFICE_HEADS = {"نايب", "مساعد", "مستشار", "رييس", "وزير", "قايد", "مدير", "عضو", "متحدث", "ناطق", "سفير", "امين"}


def _persons_after_say_verbs(doc: Document, kb: KnowledgeBase, sent_of: list[int]) -> None:
    """"وقال بن رودس، نائب مستشار...": two or three name-like words right after a verb of
    saying, closed by a comma, a title or "إن", are a person not in the knowledge base."""
    tokens = doc.tokens
    covered = {i for m in doc.mentions if m.kind != "title" for i in range(m.tok_start, m.tok_end)}
    title_at = {m.tok_start for m in doc.mentions if m.kind == "title"}
    for t in tokens:
        if t.kind != "word" or not (readings(t.norm) & SAY_VERBS):
            continue
        j = t.index + 1
        # ("وقال المغربي نبيل ضرار": past the nationality)
        if j < len(tokens) and tokens[j].norm.startswith("ال") and any(
                m.kind == "demonym" and m.tok_start == j and m.tok_end == j + 1 for m in doc.mentions):
            j += 1
        k = j
        while k < len(tokens) and k - j < 3 and k not in covered and k not in title_at \
                and sent_of[k] == sent_of[t.index] and is_name_word(tokens[k], kb, k == j):
            k += 1
        if k >= len(tokens):
            continue
        # "وقال أوغلو للصحفيين إن": one name word, then to whom he spoke
        to_whom = tokens[k].kind == "word" and tokens[k].norm.startswith(("لل", "ولل")) and k + 1 < len(tokens) \
            and tokens[k + 1].norm in ("ان", "إن", "انه") and k - j == 1 and len(tokens[j].norm) >= 4 \
            and not readings(tokens[j].norm) & _NOT_ONE_WORD_NAMES
        if k - j < 2 and not to_whom:
            continue
        closer = tokens[k + 1] if to_whom else tokens[k]
        if not (closer.text in "،,:" or k in title_at or closer.norm in ("ان", "إن", "انه", "لـ", "ل")
                or closer.text.startswith("لـ") or strip_article(closer.norm) in _OFFICE_HEADS):
            # ("نبيل ضرار لاعب وسط موناكو:": two name words, a short description, then the colon)
            k = j + 2
            if to_whom or not all(is_name_word(tokens[i], kb, i == j) and i not in covered for i in (j, j + 1)) \
                    or not any(u.text == ":" for u in tokens[k + 1:min(k + 5, len(tokens))]
                               if sent_of[u.index] == sent_of[t.index]):
                continue
        start, end = tokens[j].start, tokens[k - 1].end
        doc.mentions.append(Mention("person", None, start, end, doc.text[start:end], sent_of[j], j, k, "say+name"))
        covered.update(range(j, k))


def persons_from_model(doc: Document, kb: KnowledgeBase, sentence: int) -> bool:
    """Person names the rules missed in one sentence, from the statistical tagger (rasad.ner):
    names of two or three words that overlap no other mention. The coder calls it only for
    an event whose doer the rules could not find (the model costs more than all the rules
    together). Returns whether a name was added."""
    tagger = kb.name_tagger
    if tagger is None:
        return False
    # (a place-name word inside a name, "آرفين أحمد بور", does not stop it)
    covered = {i for m in doc.mentions if m.kind not in ("title", "place") for i in range(m.tok_start, m.tok_end)}
    toks = doc.sentences[sentence].tokens
    added = False
    for a, b, typ in tagger.spans(toks):
        if typ != "PERS" or not 2 <= b - a <= 3:
            continue
        idx = range(toks[a].index, toks[b - 1].index + 1)
        if any(i in covered for i in idx) or toks[a].norm.startswith("ال") or toks[a].kind != "word":
            continue
        if not all(is_name_word(toks[k], kb, k == a) for k in range(a, b)):
            continue
        start, end = toks[a].start, toks[b - 1].end
        if any(m.kind == "place" and m.start < start and m.end > start for m in doc.mentions) or \
                any(m.kind == "place" and start <= m.start and m.end <= end and m.tok_start == toks[a].index
                    for m in doc.mentions):
            continue  # a name that begins with a place name is the place ("بغداد ...", "وديار بكر"), not a person
        if {k for _, k in token_keys(toks[a].norm)} & PLACE_KIND_SET:
            continue  # "بين مدينتي بيتليس وديار بكر": a kind of place and its name
        doc.mentions[:] = [m for m in doc.mentions if not (m.kind == "place" and start <= m.start and m.end <= end)]
        doc.mentions.append(Mention("person", None, start, end, doc.text[start:end], sentence,
                                    toks[a].index, toks[b - 1].index + 1, "model.ner"))
        covered.update(idx)
        added = True
    if added:
        _whole_name_parts(doc)  # ("إبراهيم آل مرعي": past the linking part)
    return added


def _short_names(doc: Document, kb: KnowledgeBase, sent_of: list[int]) -> None:
    """Surname-only mentions of a person named earlier ("قال رسول" after "العميد يحيى رسول")."""
    persons = [m for m in doc.mentions if m.kind == "person"]
    if not persons:
        return
    by_last: dict[str, list[Mention]] = {}
    for p in persons:
        if _last_name_key(p):
            by_last.setdefault(_last_name_key(p), []).append(p)
    # (a nisba that is the family name of a person named before: "عبدالله التركي ... واستنكر التركي")
    covered = {i for m in doc.mentions if not (m.kind == "demonym" and _last_name_key(m) in by_last)
               for i in range(m.tok_start, m.tok_end)}
    first_end = min(p.end for p in persons)
    for tok in doc.tokens:
        if tok.kind != "word" or not tok.norm or tok.index in covered or tok.start < first_end:
            continue  # (a run of tatweel "ــ" folds to nothing)
        if tok.norm.endswith("علي") and not tok.text.endswith("علي"):
            continue  # the preposition "على" is not the name Ali
        for clitic, key in token_keys(tok.norm):
            earlier = [p for p in by_last.get(key, ()) if p.end <= tok.start]
            ref = None
            if earlier:
                ref = earlier[-1]
            elif key in kb.short_names:
                ids = set(kb.short_names[key])
                known = [p for p in persons if p.ref in ids and p.end <= tok.start]
                ref = known[-1] if known else None
            if ref is not None:
                start = tok.start if not clitic else skip_clitic(doc.text, tok.start, tok.end, clitic)
                doc.mentions[:] = [d for d in doc.mentions if not (d.kind == "demonym" and d.tok_start == tok.index)]
                doc.mentions.append(Mention("person", ref.ref, start, tok.end, doc.text[start:tok.end],
                                            sent_of[tok.index], tok.index, tok.index + 1, "short-name",
                                            {"antecedent": (ref.start, ref.end)}))
                break


#: Words with a leading "ال" that do not continue a name: "التنظيم إلى", "التنظيم الذي".
_NOT_NAME_WORDS = frozenset({"الي", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "الا", "الان"})
_ANAPHORIC_HEADS = {"تنظيم", "تحالف", "حزب", "حركه", "جبهه", "ايتلاف", "فصيل", "ميليشيا", "مليشيا", "كتايب",
                    "عصايب", "سرايا", "جيش", "قوات", "حشد", "جماعه",
                    # "وزارة الداخلية الكويتية ... وقالت الوزارة": institutions too
                    "وزاره", "قياده", "خليه", "مديريه", "هييه", "منظمه", "بعثه", "رياسه", "مرصد", "مجلس", "لجنه",
                    "محكمه"}  # (normalized: ئ is ي)


_AIR_WAR_WORDS = {"غارات", "غاره", "غارتين", "ضربات", "ضربه", "طلعات", "طلعه", "طيران", "طايرات", "مقاتلات"}


def _head_anaphora(doc: Document, kb: KnowledgeBase, sent_of: list[int]) -> None:
    """"التنظيم", "التحالف", "الحزب" alone: the organization of that kind named last before
    ("تنظيم داعش ... أعدم التنظيم", "التحالف الدولي ... نفذ التحالف أربع غارات")."""
    actors = sorted((m for m in doc.mentions if m.kind == "actor"), key=lambda m: m.start)
    covered = {i for m in doc.mentions for i in range(m.tok_start, m.tok_end)}
    heads: list[tuple[int, str, Mention]] = []
    for m in actors:
        # The kind word of the name: "تنظيم داعش" → تنظيم, "طيران التحالف الدولي" → تحالف.
        key = next((k for t in doc.tokens[m.tok_start:m.tok_end] for _, k in token_keys(t.norm)
                    if k in _ANAPHORIC_HEADS), None)
        if key is not None and kb.actors[m.ref].type != "generic":
            heads.append((m.end, key, m))
        elif key is None and kb.actors[m.ref].type == "rebel_group":
            # "داعش ... وانسحب عناصر التنظيم": an armed group named without its kind word
            heads.append((m.end, "تنظيم", m))
    for tok in doc.tokens:
        if tok.kind != "word" or tok.index in covered:
            continue
        for clitic, key in token_keys(tok.norm):
            if key not in _ANAPHORIC_HEADS or not (clitic.endswith("ال") or tok.norm.startswith("ال")):
                continue
            nxt = doc.tokens[tok.index + 1] if tok.index + 1 < len(doc.tokens) else None
            if nxt is not None and nxt.kind == "word" and nxt.norm.startswith("ال") and nxt.index not in covered \
                    and nxt.norm not in _NOT_NAME_WORDS \
                    and sent_of[nxt.index] == sent_of[tok.index]:
                break  # "التحالف الوطني": a name of its own the knowledge base lacks
            antecedent = next((m for end, k, m in reversed(heads) if k == key and end <= tok.start), None)
            lead = clitic[:-2] if clitic.endswith("ال") else clitic
            start = skip_clitic(doc.text, tok.start, tok.end, lead) if lead else tok.start
            if antecedent is not None:
                doc.mentions.append(Mention("actor", antecedent.ref, start, tok.end, doc.text[start:tok.end],
                                            sent_of[tok.index], tok.index, tok.index + 1, "head-noun anaphora",
                                            {"antecedent": (antecedent.start, antecedent.end)}))
            elif key == "تحالف" and "coalition" in kb.actors and any(
                    readings(t.norm) & _AIR_WAR_WORDS for t in doc.tokens[max(0, tok.index - 4):tok.index + 5]
                    if sent_of[t.index] == sent_of[tok.index]):
                # "نفذ التحالف أربع غارات": the coalition at war, the only one that flies strikes
                doc.mentions.append(Mention("actor", "coalition", start, tok.end, doc.text[start:tok.end],
                                            sent_of[tok.index], tok.index, tok.index + 1,
                                            "'التحالف' with air strikes: the international coalition"))
            break


def named_before(doc: Document, m: Mention) -> Mention | None:
    """For an office-holder mention ("رئيس الوزراء البريطاني"), the last earlier mention of the
    same person by name ("ديفيد كاميرون"); None when the article has not named them before."""
    if m.kind != "person" or not m.ref or m.rule != "office holder on the article's date":
        return None
    earlier = [p for p in doc.mentions if p.kind == "person" and p.ref == m.ref and p.end <= m.start
               and p.rule != "office holder on the article's date"]
    return max(earlier, key=lambda p: p.start) if earlier else None


def title_antecedent(doc: Document, title: Mention, reach: int = 2) -> Mention | None:
    """The person an earlier title of the same kind introduced: "الوزير" after "وزير الخارجية
    البريطاني فيليب هاموند"; None when there is none or when two people fit. `reach`: how many
    tokens may stand between that title and the name."""
    head = strip_article(doc.tokens[title.tok_start].norm)
    found = []
    for t in doc.mentions:
        if t.kind != "title" or t.end > title.start or t is title:
            continue
        if strip_article(doc.tokens[t.tok_start].norm) != head:
            continue
        person = next((p for p in doc.mentions if p.kind == "person" and 0 <= p.tok_start - t.tok_end <= reach
                       and p.sentence == t.sentence), None)
        if person is not None and all(person.text != f.text for f in found):
            found.append(person)
    return found[-1] if len(found) == 1 else None


def _office_holders(doc: Document, kb: KnowledgeBase, sent_of: list[int]) -> None:
    """A title with no name after it names whoever held the office on the article's date:
    "رئيس البرلمان" in August 2015 is Salim al-Jabouri, "وزير الدفاع الأميركي" Ash Carter.
    The country is the demonym after the title ("الأميركي"), else the organization of a role
    phrase, else the country most places of the article are in; two holders → none."""
    day = doc.article.published
    titles = [m for m in doc.mentions if m.kind == "title"]
    if day is None or not titles:
        return
    from collections import Counter

    places = Counter(kb.places[m.ref].country for m in doc.mentions if m.kind == "place" and m.ref in kb.places)
    home = places.most_common(1)[0][0] if places else None
    demonym_at = {m.tok_start: m for m in doc.mentions if m.kind == "demonym"}
    country_at = {m.tok_start: kb.places[m.ref].country for m in doc.mentions
                  if m.kind == "place" and m.ref in kb.places and kb.places[m.ref].kind == "country"
                  and m.tok_end - m.tok_start == 1}
    role_at = {m.tok_start: m for m in doc.mentions if m.kind == "role"}
    person_starts = {m.tok_start for m in doc.mentions if m.kind == "person"}
    covered_by_person = {i for m in doc.mentions if m.kind == "person" for i in range(m.tok_start, m.tok_end)}
    holders_of: dict[str, list[tuple[str, str | None]]] = {}
    for p in kb.persons.values():
        for r in p.roles:
            if r.title and r.valid_on(day):
                holders_of.setdefault(r.title, []).append((p.id, r.org))
    for m in titles:
        if m.ref not in holders_of or m.tok_start in covered_by_person:
            continue
        end, country, org = m.tok_end, None, None
        role = role_at.get(m.tok_start)
        if role is not None:
            end, org = role.tok_end, role.ref
        if end in demonym_at:
            country, end = demonym_at[end].ref, demonym_at[end].tok_end
        if any(j in person_starts for j in range(end, end + 3)):
            continue  # the name follows: "رئيس البرلمان سليم الجبوري"
        if country is None and end < len(doc.tokens) and end in country_at:
            country, end = country_at[end], end + 1  # "وزير خارجية تركيا" (not "الوزير السعودي إيران": whom)
        if end < len(doc.tokens) and not _title_stands_alone(doc.tokens[end]):
            continue  # "رئيس وزراء لوكسمبورغ", "وزير الخارجية السابق": not the office of the day here
        found = {pid for pid, porg in holders_of[m.ref]
                 if (org is None or porg == org)
                 and (country or (home if org is None else None)) in (None, _org_country(kb, porg))}
        if len(found) != 1:
            continue
        start, stop = m.start, doc.tokens[end - 1].end
        doc.mentions.append(Mention("person", found.pop(), start, stop, doc.text[start:stop], sent_of[m.tok_start],
                                    m.tok_start, end, "office holder on the article's date"))


#: Offices of a state's government: named with the state's adjective and no name, they speak for it.
_STATE_OFFICES = {"t.prime_minister", "t.deputy_pm", "t.president", "t.vice_president", "t.head", "t.minister",
                  "t.state_minister", "t.defence_minister", "t.interior_minister", "t.foreign_minister", "t.speaker",
                  "t.undersecretary", "t.ambassador", "t.nsa"}
#: Commands of a state's armed forces: they speak for its military.
_STATE_COMMANDS = {"t.chief_of_staff", "t.deputy_chief_of_staff", "t.commander_in_chief"}


def _offices_of_a_state(doc: Document, kb: KnowledgeBase, sent_of: list[int]) -> None:
    """"نفى نائب رئيس الوزراء العراقي توقف الحملة": an office of a state named by its adjective,
    whose holder the knowledge base cannot tell (Iraq had three deputy prime ministers), speaks
    for that state's government."""
    demonym_at = {m.tok_start: m for m in doc.mentions if m.kind == "demonym"}
    covered = {i for m in doc.mentions if m.kind in ("person", "role") for i in range(m.tok_start, m.tok_end)}
    person_starts = {m.tok_start for m in doc.mentions if m.kind == "person"}
    person_ends = {m.tok_end for m in doc.mentions if m.kind == "person"}
    for m in [m for m in doc.mentions if m.kind == "title" and m.ref in _STATE_OFFICES | _STATE_COMMANDS]:
        dem = demonym_at.get(m.tok_end)
        if dem is None or m.tok_start in covered or any(j in person_starts for j in range(dem.tok_end, dem.tok_end + 3)) \
                or any(0 <= m.tok_start - j <= 2 for j in person_ends):
            continue  # a holder known, or named next: "وزير الخارجية التركي مولود جاويش أوغلو"
        head = strip_article(doc.tokens[m.tok_start].norm)
        if any(t.end <= m.start and (t.ref == m.ref or strip_article(doc.tokens[t.tok_start].norm) == head)
               and t.tok_end in demonym_at and demonym_at[t.tok_end].ref == dem.ref
               and (any(0 <= j - demonym_at[t.tok_end].tok_end <= 2 for j in person_starts)
                    or any(0 <= t.tok_start - j <= 2 for j in person_ends))
               for t in doc.mentions if t.kind == "title"):
            continue  # named before: "وزير الخارجية الإيراني محمد جواد ظريف ... وعقد الوزير الإيراني",
            # "راشد بن عبد الله آل خليفة وزير الداخلية البحريني ... وأشار الوزير البحريني"
        gov = f"{dem.ref.lower()}.{'military' if m.ref in _STATE_COMMANDS else 'gov'}"
        if dem.ref == "IQ" and m.ref in _STATE_COMMANDS:
            gov = "iq.army"
        if gov not in kb.actors:
            continue
        start, stop = m.start, dem.end
        doc.mentions.append(Mention("actor", gov, start, stop, doc.text[start:stop], sent_of[m.tok_start],
                                    m.tok_start, dem.tok_end, "office of a state",
                                    {"role": f"{kb.titles[m.ref].en} of the {kb.actors[gov].name}", "title": m.ref}))
        covered.update(range(m.tok_start, dem.tok_end))


_ALONE_FOLLOWERS = {normalize(w) for w in (
    "في", "من", "الى", "إلى", "على", "عن", "مع", "خلال", "ان", "إن", "أن", "بان", "بأن", "امس", "أمس", "اليوم",
    "الذي", "التي", "لدى", "عقب", "بعد", "قبل", "أثناء", "اثناء", "حيث", "كما", "فيما", "بينما", "لـ", "ل")}


def _title_stands_alone(tok) -> bool:
    """What follows a title that names no one: punctuation, a preposition, a time word, a
    verb of saying or the next clause; not a noun completing it ("لوكسمبورغ", "السابق")."""
    if tok.kind != "word":
        return True
    norm = tok.norm
    if norm in _ALONE_FOLLOWERS or readings(norm) & (SAY_VERBS | _ALONE_FOLLOWERS):
        return True
    return norm.startswith("و") and strip_article(norm[1:]) not in ("سابق", "اسبق")


def _org_country(kb: KnowledgeBase, org: str | None) -> str | None:
    return kb.actors[org].country if org in kb.actors else None


def _last_name_key(m: Mention) -> str:
    from rasad.lang.ar.normalize import normalize_token

    last = m.text.split()[-1]
    return strip_article(normalize_token(last))


def _roles(doc: Document, kb: KnowledgeBase) -> None:
    """Role phrases: a role title followed by an organization ("المتحدث باسم العمليات المشتركة")."""
    actors_at = {m.tok_start: m for m in doc.mentions if m.kind == "actor"}
    for m in [m for m in doc.mentions if m.kind == "title" and kb.titles[m.ref].role_of]:
        org = actors_at.get(m.tok_end)
        if org is None:
            continue
        last = doc.tokens[m.tok_end - 1]
        if m.tok_end - m.tok_start == 1 and last.norm.startswith(("ال", "وال")) \
                and not doc.tokens[org.tok_start].norm.startswith(("ل", "بال")):
            continue  # "واتهم الوزير تنظيم داعش": a definite title takes no genitive; the name is its object
        title = kb.titles[m.ref]
        actor = kb.actors[org.ref]
        doc.mentions.append(Mention("role", org.ref, m.start, org.end, doc.text[m.start:org.end], m.sentence,
                                    m.tok_start, org.tok_end, "title+org",
                                    {"role": f"{title.en} of the {actor.name}", "title": m.ref}))
