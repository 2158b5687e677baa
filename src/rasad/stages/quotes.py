"""Stage: quotations attributed to their speakers, and the outlet they came through.

A quote is text inside quotation marks (« », “ ”, straight quotes) that a verb of saying
attributes to someone. The speaker is the person (with title and role) or organization
named with that verb; continuation verbs ("وأضاف", "مبيناً أن") and surname-only
mentions keep the previous speaker. `via` is the outlet named with "نقلت"/"وفق ما نقلت
عنه"/"لـ", and carries over to later quotes of the same speaker.
"""
from __future__ import annotations

from rasad.kb import KnowledgeBase
from rasad.lang.ar.normalize import normalize, readings, strip_article, token_keys
from rasad.lang.ar.resources import CONTINUATION_VERBS, SAY_VERBS, SOURCE_NOUNS
from rasad.model import Document, Mention, Quote, Speaker
from rasad.stages.mentions import is_name_word, named_before, persons_from_model, skip_clitic, title_antecedent

_PAIRS = {"«": "»", "“": "”", "„": "”", '"': '"', "»": "»", "”": "”"}
#: Verbs that introduce quoted words besides the verbs of saying: demands, warnings, chants.
_TIME_WORDS = {normalize(w) for w in ("الجمعة", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
                                       "أمس", "اليوم", "الليلة", "صباح", "مساء")} | {"جمعه"}
_LIST_JOINERS = {"و", "وكذلك", "كذلك", "كما", "او", "ثم", "وايضا", "ايضا"}
_QUOTE_VERBS = SAY_VERBS | {"وصفتها", "وصفها", "وصفه", "وصفته", "وصفوها", "قالا", "اكدا", "اضافا", "ذكرا", "وصفا", "ووصفا", "وصفوا", "ووصفوا", "اعتبرا",
                            "اعتبروا", "شددا", "اشارا", "اوضحا", "اعلنا", "موكدين", "مشيرين",
                            "مطالبين", "علمت", "علم", "ابلغ", "ابلغت", "وصف", "وصفت", "واصفا", "كتب", "كتبت", "هتف", "هتفوا",
                            "ردد", "رددوا", "مرددين", "طالب", "طالبت", "مطالبا", "دعا", "دعت", "داعيا", "حذر", "حذرت",
                            "محذرا", "تعهد", "تعهدت", "توعد", "اعرب", "اعربت", "معربا", "تساءل", "نقل", "نقلت", "متهما",
                            "متهمه", "منوها",
                            "اضافت", "يقول", "تقول", "قالوا", "اكدوا", "افاد", "افادت", "اوضحت", "جاء",
                            "بالقول", "القول",  # ("اكتفى أوغلو بالقول إنه")
                            "اجاب", "اجابت", "قاله", "قالته", "قالها"}  # ("وأجاب X:", "ومما قاله X:")
_TALK_NOUNS = {normalize(w) for w in ("تصريح", "تصريحات", "حديث", "اتصال", "مقابلة", "بيان", "لقاء", "قال", "قالت")}
_VERB_CLITICS = {"", "و", "ف", "وف"}
_NOUN_PREFIXES = ("ال", "وال", "بال", "فال", "لل", "ولل", "كال")
#: Circumstantial participles whose following noun is their object, not a new speaker.
_PARTICIPLES = {"متهما", "متهمه", "متهمين", "منوها", "منوهه", "معربا", "معربه", "واصفا", "واصفه", "محذرا", "محذره",
                "مطالبا", "مطالبه", "مطالبين", "داعيا", "داعيه"}
_COMPLEMENTIZERS = {"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "وان", "انّ"}  # ("انّ" never matches a folded token; harmless)
_SOURCE_STOP = {"الذي", "التي", "الذين", "ان", "انه", "بان", "قال", "لوكاله", "ل", "لـ", "امس", "اليوم", "يوم",
                "طلب", "فضل", "رفض", "قوله", "قولها", "قولهم", "قولهما"}
_OUTLET_NOUNS = {normalize(w) for w in ("وكاله", "قناه", "صحيفه", "موقع", "تلفزيون", "فضائيه", "شبكه", "اذاعه", "مجله",
                                          "جريده")}
_VIA_WORDS = {normalize(w) for w in {"نقلت", "نقلتها", "نقلها", "نقلته", "نقل", "وفق", "وفقا", "بحسب", "حسب", "لوكاله", "لقناه",
              "لصحيفه", "لموقع", "لتلفزيون", "لفضائيه", "لشبكه", "لاذاعه",
              # "في تصريح نقله المركز الإعلامي للسلطة القضائية"
              "نقله", "اورده", "اوردته", "نشره", "نشرته", "بثه", "بثته"}}


def _quote_spans(text: str, para_start: int, para_end: int) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of quotation marks in one paragraph."""
    spans = []
    i = para_start
    while i < para_end:
        c = text[i]
        if c in _PAIRS:
            close = text.find(_PAIRS[c], i + 1, para_end)
            if close == -1:
                if c == '"':
                    i += 1
                    continue
                close = para_end  # missing closing mark: runs to the end of the paragraph
                while close > i + 1 and text[close - 1] in " .،,":
                    close -= 1
            spans.append((i + 1, close))
            i = close + 1
            continue
        i += 1
    return spans


def _is_say(norm: str) -> tuple[bool, bool]:
    """(is a verb of saying, is a continuation verb) for a normalized token, clitics allowed."""
    if norm.startswith(_NOUN_PREFIXES):
        return False, False  # "الكشف": a noun, not "كشف"
    for clitic, key in token_keys(norm):
        if clitic not in _VERB_CLITICS:
            continue  # "بنقل", "للقول": a verbal noun after a preposition, not a verb
        if key in SAY_VERBS or norm in SAY_VERBS:
            return True, key in CONTINUATION_VERBS or norm in CONTINUATION_VERBS
    return False, False


def _speaker_from(doc: Document, kb: KnowledgeBase, person: Mention) -> Speaker:
    """Build a speaker from a person mention and the title/role mentions just before it."""
    title_m = role_m = None
    for m in doc.mentions:
        if m.kind == "title" and m.tok_end == person.tok_start and not kb.titles[m.ref].role_of:
            title_m = m
    anchor = title_m.tok_start if title_m else person.tok_start
    for m in doc.mentions:
        if m.kind == "role" and m.tok_end == anchor:
            role_m = m
    if role_m is None and title_m is None:
        # "القيادي في الحزب X فلان": a role title, then its organization, then the name.
        for m in doc.mentions:
            if m.kind == "title" and kb.titles[m.ref].role_of and 0 < person.tok_start - m.tok_end <= 6 \
                    and m.sentence == person.sentence:
                last = max(k for k in range(m.tok_start, person.tok_start) if doc.tokens[k].kind != "punct")
                role_m = Mention("role", None, m.start, m.end, m.text, m.sentence, m.tok_start, m.tok_end, "title",
                                 {"role": doc.text[m.start:doc.tokens[last].end]})
    # A short-name mention inherits the antecedent's title and role.
    if person.rule == "short-name" and "antecedent" in person.data:
        a_start, a_end = person.data["antecedent"]
        for m in doc.mentions:
            if m.kind == "person" and m.start == a_start and m.end == a_end:
                full = _speaker_from(doc, kb, m)
                full.mention = person.text
                full.start, full.end = person.start, person.end
                return full
    # "كما أكد رئيس الوزراء البريطاني أن": an office whose holder the article named before is
    # that name ("ديفيد كاميرون").
    named = named_before(doc, person)
    if named is not None:
        return _speaker_from(doc, kb, named)
    name = person.text
    title = kb.titles[title_m.ref].en if title_m else None
    role = role_m.data["role"] if role_m else None
    if person.ref:
        rec = kb.persons[person.ref]
        name = rec.name
        kb_role = rec.role_on(doc.article.published)
        if kb_role is not None:
            if role is None and kb_role.role:
                role = kb_role.role
            if title is None and kb_role.title:
                title = kb.titles[kb_role.title].en if kb_role.title in kb.titles else None
    start = role_m.start if role_m else (title_m.start if title_m else person.start)
    mention = doc.text[start:person.end]
    return Speaker(name, mention, title, role, person.ref, start, person.end)


def _is_quote_verb(norm: str) -> bool:
    if norm.startswith(_NOUN_PREFIXES) and norm not in _QUOTE_VERBS:
        return False
    return any(k in _QUOTE_VERBS for c, k in token_keys(norm) if c in _VERB_CLITICS) or norm in _QUOTE_VERBS


def _speaker_from_actor(doc: Document, kb: KnowledgeBase, m: Mention) -> Speaker:
    actor = kb.actors[m.ref]
    if m.rule == "head-noun anaphora" and "antecedent" in m.data:
        # "وقالت الوزارة": the speaker is named by the name the article gave it before
        a, b = m.data["antecedent"]
        return Speaker(actor.name, doc.text[a:b], None, None, m.ref, a, b)
    return Speaker(actor.name, m.text, None, None, m.ref, m.start, m.end)


def find_quotes(doc: Document, kb: KnowledgeBase) -> None:
    text = doc.text
    last: Speaker | None = None
    last_via: dict[str, tuple[str | None, str | None]] = {}
    for sent in doc.sentences:
        cursor = sent.start
        spans = _quote_spans(text, sent.start, sent.end)
        _names_of_speakers(doc, kb, sent, bool(spans))
        before_count = len(doc.quotes)
        for q_start, q_end in spans:
            words = [t for t in sent.tokens if q_start <= t.start and t.end <= q_end and t.kind == "word"]
            lead_toks = [t for t in sent.tokens if cursor <= t.start and t.end <= q_start]
            after_toks = [t for t in sent.tokens if t.start >= q_end]
            if len(words) < 4:
                continue  # a name or a phrase in quotation marks ("معركة تحرير درعا"), not a quotation
            if any(m.start <= words[0].start and words[-1].end <= m.end for m in doc.mentions
                   if m.kind in ("actor", "place", "person", "metonym")) or _acronym(words):
                continue  # «عصائب أهل الحق», «بي كيه كيه»: a name in quotation marks
            cursor = q_end + 1
            # ("طالبا عدم ذكر اسمه": a verbal noun after "عدم", not a verb of saying)
            say_idx = [t.index for t in lead_toks if _is_quote_verb(t.norm)
                       and not (t.index > 0 and doc.tokens[t.index - 1].norm in (
                           "عدم", "بعدم", "دون", "بدون", "رافضا", "رافضه", "رفض", "مفضلا", "طالبا"))]
            after_say = [t.index for t in after_toks[:4] if _is_say(t.norm)[0]]
            # "وحسب مموزيني: «...»": "according to X" with a colon introduces X's words
            hasab = [t.index for t in lead_toks[-7:] if t.norm in ("حسب", "وحسب", "بحسب", "وبحسب")]
            # ... and "وبحسب بيان رئاسة الإقليم فإنه «...»": "according to X, it is that"
            lead_last = next((t for t in reversed(lead_toks) if t.kind == "word"), None)
            fa_inna = lead_last is not None and lead_last.norm in ("فانه", "فان", "فانها", "فانهم") \
                and all(t.kind == "punct" for t in lead_toks if t.index > lead_last.index)
            if hasab and (any(t.text == ":" for t in lead_toks[-2:]) or fa_inna) \
                    and (not say_idx or say_idx[-1] < hasab[-1]):
                say_idx = [*say_idx, hasab[-1]]
            lead_words = [t for t in lead_toks if t.kind == "word"]
            introduced = bool(lead_toks) and (any(t.text == ":" for t in lead_toks[-2:]) or bool(
                lead_words and lead_words[-1].norm in _COMPLEMENTIZERS and lead_toks[-1] is not lead_words[-1] or
                lead_words and lead_words[-1].norm in _COMPLEMENTIZERS))
            # «...». و«...»، وكذلك «...»: a list of chants or phrases goes on the last quote.
            listed = bool(doc.quotes) and q_start - doc.quotes[-1].end <= 25 and last is not None \
                and all(t.kind == "punct" or t.norm in _LIST_JOINERS for t in lead_toks)
            if listed and not say_idx and not after_say:
                prev = doc.quotes[-1]
                doc.quotes.append(Quote(prev.speaker, text[q_start:q_end], q_start, q_end, sent.index, prev.via,
                                        prev.via_mention, rule="listed after a quote"))
                continue
            if not say_idx and not after_say and not introduced:
                continue
            lead_lo = lead_toks[0].index if lead_toks else -1
            lead_hi = lead_toks[-1].index if lead_toks else -1
            if say_idx:
                window = [m for m in doc.mentions if lead_lo <= m.tok_start and m.tok_end <= lead_hi + 1]
                continuation = _is_say(doc.tokens[say_idx[-1]].norm)[1]
            elif not after_say and (colon := next((t for t in lead_toks[-2:] if t.text == ":"), None)) is not None:
                # "رئيس الوزراء حيدر العبادي: «...»": the name right before the colon, when it and its
                # titles open the clause (not "وبحضور الرئيس ياسر عرفات: «...»", where another spoke)
                opened = [t.index for t in lead_toks if t.kind == "punct" and t.index < colon.index]
                clause_start = max(opened) + 1 if opened else (lead_toks[0].index if lead_toks else colon.index)
                titled = {i for m in doc.mentions if m.kind in ("title", "role")
                          for i in range(m.tok_start, m.tok_end)}
                window = [m for m in doc.mentions if lead_lo <= m.tok_start and m.tok_end == colon.index
                          and all(i in titled for i in range(clause_start, m.tok_start))]
                continuation = False
            else:
                hi = after_toks[min(len(after_toks), 8) - 1].index if after_toks else -1
                window = [m for m in doc.mentions if after_toks and after_toks[0].index <= m.tok_start <= hi]
                continuation = False
            via_name, via_mention = _via(doc, kb, lead_toks, after_toks)
            cands = [m for m in window if m.kind == "person" or (
                m.kind in ("actor", "metonym") and kb.actors[m.ref].type != "media"
                and not (via_mention and m.text in via_mention))]
            cands = [m for m in cands if not any(o is not m and (o.kind == "role" or (
                o.kind == "title" and o.tok_end - o.tok_start > 1)) and o.start <= m.start and m.end <= o.end
                                                 for o in window)]  # ("رئيس أركان الجيش": a title, not the army)
            # Not someone named inside an earlier quote of the sentence ("«... مع تحديد رئيس الإقليم»، مشددا").
            cands = [m for m in cands if not any(q.start <= m.start < q.end for q in doc.quotes)]
            # The speaker is named right after the verb ("وقال المتحدث ... العميد فلان"), or before it.
            verb_at = say_idx[-1] if say_idx else -1
            if say_idx and doc.tokens[verb_at].norm in _PARTICIPLES:
                # "وأكد حامد أن ...، متهما الحكومة بأنها «...»": after the participle comes its object;
                # the speaker is the earlier verb's, else the last one's
                if len(say_idx) > 1:
                    say_idx = say_idx[:-1]
                    verb_at = say_idx[-1]
                    continuation = _is_say(doc.tokens[verb_at].norm)[1]
                else:
                    continuation = True
            # "وصرح الوزير لصحيفة ... قائلا إنه «...»": the participle goes on the main verb's speaker.
            main = [i for i in say_idx if not _is_say(doc.tokens[i].norm)[1]]
            if continuation and main and main[-1] < verb_at:
                verb_at, continuation = main[-1], False
            # An office named in passing is not the speaker; only one named right after the verb is.
            # ("وكان رئيس مجلس النواب العراقي أعلن أنه «...»": or right before it, its subject; and the
            # body inside that office's name does not speak)
            holders = [m for m in cands if m.rule == "office holder on the article's date"
                       and (m.tok_start == verb_at + 1 or (verb_at >= 0 and m.tok_end == verb_at))]
            cands = [m for m in cands if m.rule != "office holder on the article's date" or m in holders]
            cands = [m for m in cands if not any(h is not m and h.start <= m.start and m.end <= h.end for h in holders)]
            # The speaker stands between the verb and "إن/أن"; after it comes what is said.
            comp_at = next((t.index for t in lead_toks if t.index > verb_at and t.norm in _COMPLEMENTIZERS),
                           None) if verb_at >= 0 else None
            after_verb = [m for m in cands if m.tok_start > verb_at and (comp_at is None or m.tok_start < comp_at)
                          and not (m.kind == "metonym" and _after_preposition(doc, m))]  # ("قال أمام الصحافيين في أنقرة")
            # ("وقال خلال لقائه محافظ الأنبار صهيب الراوي إن «...»": the one he met does not speak)
            after_verb = [m for m in after_verb if not any(
                readings(t.norm) & _MEETING_NOUNS for t in doc.tokens[max(verb_at + 1, m.tok_start - 4):m.tok_start])]
            # (not what a preposition governs: "وعن التعاون مع الروس ضد «داعش»، قال:")
            before_verb = [m for m in cands if m.tok_start < verb_at and not _after_preposition(doc, m)]
            pick = None
            bare_title = None
            speaker_opened = None
            if verb_at >= 0 and not any(m.tok_start == verb_at + 1 for m in after_verb):
                # "وصرح الوزير ... قائلا إنه «...»": a bare title is the person the article gave it to.
                bare = next((m for m in window if m.kind == "title" and m.tok_start == verb_at + 1
                             and m.tok_end - m.tok_start == 1), None)
                # (unless a name follows the title: "وقال الدكتور التركي", or the title heads a longer
                # role: "وقال رئيس مجلس المحافظة صباح كرحوت")
                if bare is not None and (
                        any(m.kind == "person" and m.tok_start == bare.tok_end for m in after_verb)
                        or any(m.kind == "role" and m.tok_start == bare.tok_start and m.tok_end > bare.tok_end
                               for m in doc.mentions)):
                    bare = None
                ante = title_antecedent(doc, bare) if bare is not None else None
                if ante is not None:
                    after_verb, bare_title = [ante], bare
            goes_on = verb_at >= 0 and any(k in CONTINUATION_VERBS for _, k in token_keys(doc.tokens[verb_at].norm))
            if verb_at >= 0 and not any(m.tok_start == verb_at + 1 for m in after_verb) and bare_title is None \
                    and (not goes_on or last is None):
                # "قال زاكروس هيوا، عضو هيئة العلاقات ... لـ«العمال الكردستاني»: «...»": an unknown name
                # right after the verb comes before any organization named further on
                unknown = _bare_name_after(doc, kb, verb_at)
                if unknown is not None:
                    after_verb = []
                    bare_name = unknown
                else:
                    bare_name = None
            else:
                bare_name = None
            # "ونقلت عنه وكالة الصحافة الفرنسية قوله إن ...": "عنه" points back at the person named before
            about_him = next((t for t in lead_toks if t.norm in ("عنه", "عنها") and t.index > 0
                              and _is_quote_verb(doc.tokens[t.index - 1].norm)), None)
            if about_him is not None and not any(m.kind == "person" and m.tok_start > about_him.index for m in after_verb):
                earlier = [m for m in cands if m.kind == "person" and m.tok_end <= about_him.index - 1]
                if earlier:
                    after_verb, before_verb = [earlier[-1]], []
            # "أما الناشط المدني حسين فوزي فقد أكد من جانبه أن «...»": the topic of "أما ... فـ" speaks,
            # whatever verb follows
            amma = next((t.index for t in lead_toks if t.norm in ("اما", "واما") and t.index < verb_at), None) \
                if verb_at >= 1 else None
            topic = [m for m in before_verb if amma is not None and m.tok_start > amma and m.kind in ("person", "actor")] \
                if amma is not None and (doc.tokens[verb_at].norm.startswith("ف") or doc.tokens[verb_at - 1].norm in ("فقد", "ف")) \
                else []
            if topic and not any(m.tok_start == verb_at + 1 for m in after_verb):
                people = [m for m in topic if m.kind == "person"]
                pick = people[-1] if people else topic[-1]
            elif after_verb:
                first = after_verb[0]
                # A person named with the organization he speaks for: prefer the person.
                persons_near = [m for m in after_verb if m.kind == "person" and m.tok_start - first.tok_end <= 6
                                and not _addressed(doc, m)]  # ("في رسالة لرئيس الوزراء حيدر العبادي": the addressee)
                # ("أكد عضو البرلمان العراقي عن محافظة الأنبار والقيادي في تحالف القوى فارس طه الفارس
                # لـ«...» إن": the name that closes the chain of titles, however long)
                persons_near = persons_near or [m for m in after_verb if m.kind == "person" and _closes_titles(doc, m)]
                pick = persons_near[0] if first.kind != "person" and persons_near else first
            elif verb_at > 0 and doc.tokens[verb_at - 1].norm in ("حيث", "اذ") and (
                    opener := next((t for t in lead_toks if t.kind == "word" and t.norm != "و"), None)) is not None \
                    and opener.index < verb_at - 1 and not after_verb:
                # "وأثنى كريستوس ستايليانيدس ... على ...، حيث قال: «...»": the subject of the sentence's
                # first verb goes on speaking (named, titled, or a name the rules do not know)
                pick = next((m for m in before_verb if m.tok_start == opener.index + 1), None) or next(
                    (m for m in before_verb if m.kind == "person" and m.tok_start <= opener.index + 6 and all(
                        any(t.kind in ("title", "role", "demonym") and t.tok_start <= i < t.tok_end for t in window)
                        for i in range(opener.index + 1, m.tok_start))), None) or next(
                    (m for m in window if m.kind == "title" and m.tok_start == opener.index + 1), None)
                if pick is None:
                    speaker_opened = _bare_name_after(doc, kb, opener.index)
            elif before_verb and (not continuation or any(
                    t.norm in ("كان", "وكان", "كانت", "وكانت") and t.index < before_verb[-1].tok_start
                    for t in lead_toks[:2])):
                # ("وكان الوزير محمد المومني أكد في تصريح «...»": the subject between "كان" and its verb)
                # (a person before the verb speaks, not a state named in between: "واستنكر التركي ...
                # التي طالما وقفت السعودية بجانبها، وتابع: «...»")
                people = [m for m in before_verb if m.kind == "person"]
                pick = people[-1] if people else before_verb[-1]
            if pick is None and verb_at >= 0:
                # "وقال الناطق باسم الإعلام الحربي إن «...»": no name, the description is the speaker.
                pick = next((m for m in window if m.kind == "role" and m.tok_start == verb_at + 1), None)
            if pick is None and verb_at >= 0 and last is None:
                # "أكد الوزير أن «...»" with no minister named before: the title is all the text gives
                pick = next((m for m in window if m.kind == "title" and m.tok_start == verb_at + 1), None)

            # "، مهددا في الوقت ذاته طهران بالقول: «...»": a quote the clause's own speaker goes on
            # with; the name in between is whom he threatened
            if last is not None and any(t.norm in _GOES_ON_SAYING for t in lead_toks[-3:]) \
                    and not any(m.kind == "person" for m in window) \
                    and not any(_is_say(doc.tokens[i].norm)[0] and not _is_say(doc.tokens[i].norm)[1] for i in say_idx):
                known_via = last_via.get(last.ref or last.name or "", (None, None))
                doc.quotes.append(Quote(last, text[q_start:q_end], q_start, q_end, sent.index,
                                        via_name or known_via[0], via_mention or known_via[1],
                                        rule="the clause's speaker goes on ('بالقول')"))
                continue
            speaker: Speaker | None = bare_name or speaker_opened
            # ("«...»، قال مصدر أمني": the source after the verb that follows the quote)
            source_toks = [t for t in after_toks if t.index > after_say[0]] if not say_idx and after_say else \
                [t for t in lead_toks if t.index > verb_at] or lead_toks
            source = None if bare_name is not None else _source_phrase(doc, source_toks, last, kb)
            # "شنت القوات ... هجوما، وفق مصدر عسكري؛ قال أيضا «...»": a source named between the
            # earlier name and the verb speaks
            between = [t for t in lead_toks if pick is not None and pick.tok_end <= t.index < verb_at] \
                if source is None and pick is not None and 0 <= pick.tok_start < verb_at else []
            near_source = _source_phrase(doc, between) if between else None
            if speaker is not None:
                pass
            elif near_source is not None and not near_source.mention.startswith(("ال", "وال")):
                speaker = near_source
            elif pick is not None and (source is None or pick.start < (source.start or 0)):
                if pick.kind == "role":
                    speaker = Speaker(pick.text, pick.text, None, pick.data.get("role") or pick.text, None,
                                      pick.start, pick.end)
                elif pick.kind == "title":
                    speaker = Speaker(pick.text, pick.text, kb.titles[pick.ref].en if pick.ref in kb.titles else None,
                                      None, None, pick.start, pick.end)
                else:
                    speaker = _speaker_from(doc, kb, pick) if pick.kind == "person" else _speaker_from_actor(doc, kb, pick)
                if bare_title is not None:
                    speaker.mention, speaker.start, speaker.end = bare_title.text, bare_title.start, bare_title.end
            elif source is not None and (not continuation or (
                    verb_at >= 0 and verb_at + 1 < len(doc.tokens) and (
                        source.start == doc.tokens[verb_at + 1].start
                        # ("وأضاف بيان التنظيم أن «...»": a statement right after the verb is a new source)
                        or readings(doc.tokens[verb_at + 1].norm) & {"بيان"}))):
                speaker = source  # ("أكد مصدر مسؤول أن «...»": a source right after the verb is a new speaker)
            elif verb_at >= 0 and (org := _org_after(doc, verb_at)) is not None:
                speaker = org  # "وقال مكتب الادعاء العام الفيدرالي إنه «...»": a body the KB lacks
            elif (not goes_on or last is None) and verb_at >= 0 \
                    and (bare := _bare_name_after(doc, kb, verb_at)) is not None:
                speaker = bare  # ("وأضاف العبادي أن «...»" with no speaker before: the name after the verb)
            elif verb_at >= 0 and verb_at + 1 < len(doc.tokens) and doc.tokens[verb_at + 1].norm in ("فيه", "فيها") \
                    and (issuer := issuer_before(doc, kb, verb_at)) is not None:
                # "جاء ذلك في البيان الذي أصدره الدكتور عبدالله التركي، وقال فيه: «...»": its issuer
                speaker = _speaker_from(doc, kb, issuer) if issuer.kind == "person" else _speaker_from_actor(doc, kb, issuer)
            elif last is not None and not (
                    verb_at >= 0 and not after_verb and sent.index > 0 and doc.quotes
                    and doc.quotes[-1].sentence < sent.index - 1 and verb_at == sent.tokens[0].index
                    and _person_of_the_sentence_before(doc, kb, sent.index) is not None):
                speaker = Speaker(last.name, last.mention, last.title, last.role, last.ref, last.start, last.end)
            elif verb_at >= 0 and not after_verb and sent.index > 0 \
                    and (prior := _person_of_the_sentence_before(doc, kb, sent.index)) is not None:
                # (also when someone was quoted earlier: "دعا الجبوري إلى ... وقال خلال لقائه ...")
                # "ونسب رئيس الوزراء احمد داود اوغلو الهجوم الى التنظيم. وقال امام الصحافيين «...»":
                # a verb with no subject of its own goes on with the person the sentence before was about
                speaker = prior
            if speaker is None:
                continue
            key = speaker.ref or speaker.name or ""
            if via_name is None and via_mention is None and key in last_via:
                via_name, via_mention = last_via[key]
            elif via_name is None and via_mention is None and goes_on and doc.quotes \
                    and sent.index - doc.quotes[-1].sentence <= 2 and doc.quotes[-1].via_mention is not None \
                    and _same_source(speaker, doc.quotes[-1].speaker):
                # "وأضاف مسؤول الكوملة العسكري: «...»" right after "قال أحد قادة الكوملة لـ«الشرق
                # الأوسط»": the same interview, the same outlet
                via_name, via_mention = doc.quotes[-1].via, doc.quotes[-1].via_mention
            elif via_name is not None or via_mention is not None:
                last_via[key] = (via_name, via_mention)
            doc.quotes.append(Quote(speaker, text[q_start:q_end], q_start, q_end, sent.index, via_name, via_mention,
                                    rule="say-verb" if say_idx else "say-after"))
            last = speaker
        if len(doc.quotes) == before_count:
            # "قال أوغلو إن ... «منطقة آمنة»" (no quotation, or only a phrase in quotation marks):
            # indirect speech, whose speaker a later "وأضاف: «...»" goes on quoting.
            reported = _speaker_of_reported_speech(doc, kb, sent)
            if reported is not None:
                # ("ويقول العلوجي إن ... بحسب "سكاي نيوز"": his later quotes came the same way)
                via = _via(doc, kb, list(sent.tokens), [])
                if via != (None, None):
                    last_via.setdefault(reported.ref or reported.name or "", via)
            last = reported or last


_MEETING_NOUNS = {"لقايه", "لقايها", "اجتماعه", "اجتماعها", "استقباله", "استقبالها", "لقاءه", "لقاءها"}


def _addressed(doc: Document, m: Mention) -> bool:
    """A name governed by "لـ"/"بـ" on it or on its title ("لرئيس الوزراء حيدر العبادي")."""
    t = next((o for o in doc.mentions if o.kind in ("title", "role") and o.tok_end == m.tok_start), None)
    if t is None:
        return False  # (a name's own first letter is no preposition: "باولو شاكاريان")
    first = doc.tokens[t.tok_start].norm.removeprefix("و")
    return first.startswith(("ل", "ب")) and not first.startswith("ال")


def _closes_titles(doc: Document, m: Mention) -> bool:
    """A name right after a title or role phrase that no preposition governs ("والقيادي في تحالف
    القوى العراقية فارس طه الفارس"; not "لرئيس الوزراء حيدر العبادي")."""
    t = next((o for o in doc.mentions if o.kind in ("title", "role") and o.tok_end == m.tok_start), None)
    if t is None:
        return False
    head = doc.tokens[t.tok_start].norm.removeprefix("و")
    return head.startswith("ال") or not head.startswith(("ل", "ب"))


def _person_of_the_sentence_before(doc: Document, kb: KnowledgeBase, index: int) -> Speaker | None:
    """The person a sentence opened with, right after its first verb ("ونسب رئيس الوزراء أحمد
    داود أوغلو ..."), when the sentence names no other person."""
    prev = doc.sentences[index - 1]
    people = [m for m in doc.mentions if m.sentence == prev.index and m.kind == "person"]
    if len({m.ref or m.text for m in people}) != 1:
        return None
    first = people[0]
    # (only the sentence's subject: within its first words, after titles: "من جهته أعلن قائد الفرقة
    # السابعة في الجيش العراقي اللواء الركن نومان الزوبعي")
    titled = {i for m in doc.mentions if m.sentence == prev.index and m.kind in ("title", "role", "demonym")
              for i in range(m.tok_start, m.tok_end)}
    if sum(1 for i in range(prev.tokens[0].index, first.tok_start) if i not in titled) > 8:
        return None
    return _speaker_from(doc, kb, first)


def _same_source(a: Speaker, b: Speaker | None) -> bool:
    """The same source described twice ("أحد قادة بيشمركة حزب الكوملة", "مسؤول الكوملة العسكري"):
    the second unnamed, the two sharing a name word."""
    if b is None or a.ref is not None:
        return False
    words = lambda sp: {strip_article(w) for w in normalize(sp.mention or sp.name or "").split() if len(w) >= 4}
    return bool(words(a) & words(b))


_GOES_ON_SAYING = {"بالقول", "قايلا", "قايله", "بقوله", "بقولها"}
_NAME_ENDS = {"في", "خلال", "لدي", "امام", "عبر", "ل", "الذي", "التي", "عبارته", "عبارتها", "مقولته", "مقولتها",
              "كلمته", "كلمتها"}
_NOT_BARE_NAMES = {normalize(w) for w in (
    "أيضا", "ايضا", "كذلك", "بدوره", "بدورها", "لاحقا", "سابقا", "مجددا", "حينها", "ردا", "تعليقا", "معلقا",
    "فيه", "فيها", "عنه", "عنها", "له", "لها", "آنذاك", "حينذاك", "صراحة", "بوضوح", "نصا", "حرفيا", "ساخرا",
    "مؤخرا", "يومها", "وقتها", "بعدها", "هنا", "هناك", "الآن", "متسائلا", "مضيفا", "مؤكدا", "مشيرا", "موضحا",
    "شاهد", "عيان", "احد", "أحد", "بعض", "عدد", "كثيرون", "آخرون", "اخرون", "آخر", "اخر", "أمس", "امس", "اليوم",
    # ("رافضا كشف هويته", "طالبا عدم ذكر اسمه": whose identity or name is withheld)
    "هويته", "هويتها", "هويتهم", "اسمه", "اسمها", "اسمهم")}


def _outlet_named_before(doc: Document, kb: KnowledgeBase, index: int) -> tuple[str | None, str] | None:
    for t in reversed(doc.tokens[:index]):
        keys = {k for _, k in token_keys(t.norm)}
        if not keys & _OUTLET_NOUNS or t.index + 1 >= len(doc.tokens) or doc.tokens[t.index + 1].text not in _PAIRS:
            continue
        opening = doc.tokens[t.index + 1]
        close = doc.text.find(_PAIRS[opening.text], opening.end)
        if close != -1 and 0 < close - opening.end < 40:
            clitic = next((c for c, k in token_keys(t.norm) if k in _OUTLET_NOUNS), "")
            start = skip_clitic(doc.text, t.start, t.end, clitic) if clitic else t.start
            return _media_name(doc, kb, opening.end, close), doc.text[start:close + 1]
    return None


_GROUP_HEADS = {"تنظيم", "حزب", "حركه", "جماعه", "جبهه", "فصيل", "وزاره", "حكومه", "قياده", "رياسه", "جيش"}
_ORG_HEADS = {normalize(w) for w in (
    "رابطة", "منظمة", "هيئة", "جمعية", "اتحاد", "لجنة", "مكتب", "مركز", "بعثة", "رئاسة", "مؤسسة", "شبكة",
    "مجلس", "ديوان", "دائرة", "مديرية", "محكمة", "النيابة", "نيابة", "وزارة", "قيادة", "سفارة", "قنصلية")}


def _org_after(doc: Document, verb_at: int) -> Speaker | None:
    """A body the knowledge base lacks, named right after the verb: "وقال مكتب الادعاء العام
    الفيدرالي إنه"; the head and the definite words that follow it, up to "إن" or a comma."""
    toks = doc.tokens
    k = verb_at + 1
    if k >= len(toks) or toks[k].kind != "word" or strip_article(toks[k].norm) not in _ORG_HEADS \
            or any(m.tok_start <= k < m.tok_end for m in doc.mentions if m.kind in ("actor", "person")):
        return None
    end = k
    j = k + 1
    while j < len(toks) and j - k <= 4 and toks[j].kind == "word" and toks[j].norm.startswith(("ال", "لل")) \
            and toks[j].norm not in _COMPLEMENTIZERS and toks[j].norm not in ("الي", "الا", "الذي", "التي"):
        end = j
        j += 1
    if end == k:
        return None
    start, stop = toks[k].start, toks[end].end
    return Speaker(doc.text[start:stop], doc.text[start:stop], None, None, None, start, stop)


def _addressee_or_adverb(tok) -> bool:
    """"للصحافيين" (to whom), "حزيناً" (how): words after a speaker's name, not part of it."""
    return tok.kind == "word" and (tok.norm.startswith(("لل", "ولل")) or tok.text.endswith(("ً", "اً")))


def _bare_name_after(doc: Document, kb: KnowledgeBase, verb_at: int) -> Speaker | None:
    """"وقال دياب: «...»": one or two name-like words right after the verb, closed by a colon,
    "إن/أن" or a preposition, name a person the rules and the model do not know."""
    toks = doc.tokens
    k = verb_at + 1
    words = []
    def surname(tok) -> bool:  # "العبادي", "الجبوري": a family name with the article
        return tok.norm.startswith("ال") and tok.norm.endswith("ي") and len(tok.norm) >= 6 \
            and is_name_word(tok, kb, False)

    def ambiguous_first(tok) -> bool:  # "علي داود", "صباح النعماني": a given name that is also a word
        nxt = toks[tok.index + 1] if tok.index + 1 < len(toks) else None
        return tok.text in ("علي", "صباح") and nxt is not None and (surname(nxt) or (
            tok.text == "علي" and is_name_word(nxt, kb, False) and not nxt.norm.startswith("ال")))

    while k < len(toks) and len(words) < 2 and toks[k].kind == "word" and toks[k].norm not in _COMPLEMENTIZERS \
            and toks[k].norm not in _NAME_ENDS and not toks[k].text.startswith(("لـ", "ل\u0640")) \
            and (is_name_word(toks[k], kb, not words) or (not words and (surname(toks[k]) or ambiguous_first(toks[k])))) \
            and toks[k].norm not in _NOT_BARE_NAMES \
            and not any(m.tok_start <= k < m.tok_end and m.kind != "place" for m in doc.mentions):
        # (a place-name word right after "قال" is part of a name: places do not speak, "قال زاكروس هيوا")
        words.append(toks[k])
        k += 1
    if not words or k >= len(toks):
        return None
    nxt = toks[k]
    if _addressee_or_adverb(nxt) and k + 1 < len(toks):
        nxt = toks[k + 1]  # "وقال عباس للصحافيين إن", "وقال إبراهيم حزيناً: «...»"
    # (or the quote itself: 'يقول ديجروتي "إن معدل النمو ..."')
    if not (nxt.text in (":", "،", ",", '"', "«", "“") or nxt.norm in _COMPLEMENTIZERS or nxt.norm in _NAME_ENDS
            or nxt.text.startswith("لـ") or (len(words) == 2 and any(
                m.kind == "title" and m.tok_start == nxt.index for m in doc.mentions))):
        return None  # (or his title: "أثنى كريستوس ستايليانيدس المفوض الأوروبي")
    start, end = words[0].start, words[-1].end
    return Speaker(doc.text[start:end], doc.text[start:end], None, None, None, start, end)


def _names_of_speakers(doc: Document, kb: KnowledgeBase, sent, quoted: bool) -> None:
    """A sentence that quotes someone, or opens with a verb of saying, and names no person the
    rules know: let the name model look for the speaker's name ("وقال عضو في رئاسة الاتحاد،
    ابوبكر علي، إن «...»"). Each sentence is read by the model at most once per document."""
    words = [t for t in sent.tokens if t.kind == "word"]
    if not (quoted and any(_is_quote_verb(t.norm) for t in words)) and not any(
            _is_say(t.norm)[0] and not _is_say(t.norm)[1] for t in words[:2]):
        return

    quotes = _quote_spans(doc.text, sent.start, sent.end)
    if any(m.kind == "person" and m.sentence == sent.index and m.rule != "office holder on the article's date"
           and not any(a <= m.start < b for a, b in quotes) for m in doc.mentions):
        return
    done = doc.scratch.setdefault("ner_sentences", set())
    if sent.index not in done:
        done.add(sent.index)
        persons_from_model(doc, kb, sent.index)


def _acronym(words) -> bool:
    """Letters spelt out: «بي كيه كيه» (PKK), «اف بي اي»."""
    return len(words) <= 4 and all(len(w.norm) <= 3 for w in words)


def _speaker_of_reported_speech(doc: Document, kb: KnowledgeBase, sent) -> Speaker | None:
    """Who speaks in a sentence of indirect speech that opens with a verb of saying: the
    person or organization between the verb and "أن"."""
    words = [t for t in sent.tokens if t.kind == "word"][:2]
    verb = next((t for t in words if _is_say(t.norm)[0] and not _is_say(t.norm)[1]), None)
    if verb is None:
        return None
    comp = next((t.index for t in sent.tokens if t.index > verb.index and t.norm in _COMPLEMENTIZERS), None)
    if comp is None:
        return None
    # (a person named there speaks, not the body of his title: "وقال عضو الحكومة المحلية بالأنبار
    # جاسم العسل لوكالة الأنباء الألمانية إن")
    inside = [m for m in doc.mentions if m.sentence == sent.index and verb.index < m.tok_start < comp]
    if not any(m.tok_start == verb.index + 1 for m in inside):
        # ("وقال ظريف في مؤتمر صحافي عقده ... مع رئيس مجلس الوزراء ... إن": a name the rules do not
        # know, right after the verb)
        bare = _bare_name_after(doc, kb, verb.index)
        if bare is not None:
            return bare
    m = next((m for m in inside if m.kind == "person"), None) or next(
        (m for m in inside if m.kind == "actor" and kb.actors[m.ref].type != "media"), None)
    if m is None:
        return None
    return _speaker_from(doc, kb, m) if m.kind == "person" else _speaker_from_actor(doc, kb, m)


def _via(doc: Document, kb: KnowledgeBase, lead, after) -> tuple[str | None, str | None]:
    """The outlet a statement came through, from the words around the quote."""
    # "لـ«الشرق الأوسط»", "لـ"الوطن"": an outlet named in quotation marks after لـ.
    for k, t in enumerate(lead):
        if t.norm in ("ل", "لـ") or t.text in ("لـ", "ل"):
            if k + 1 < len(lead) and lead[k + 1].text in _PAIRS:
                close = doc.text.find(_PAIRS[lead[k + 1].text], lead[k + 1].end)
                if close != -1 and close - lead[k + 1].end < 40:
                    name = doc.text[lead[k + 1].end:close]
                    media = _media_name(doc, kb, lead[k + 1].end, close)
                    prev = [x for x in lead[max(0, k - 3):k] if x.kind == "word"]
                    # (a name after "المعقل الرئيسي لـ«العمال الكردستاني»" is whose stronghold, not an outlet)
                    if media or any(_is_say(x.norm)[0] or readings(x.norm) & _TALK_NOUNS for x in prev) \
                            or not any(m.kind == "actor" and lead[k + 1].end <= m.start < close for m in doc.mentions):
                        return media, name
    # "ونقلت صحيفة "حريت" عنه", "في تصريحات لصحيفة "راينيشه بوست"", "بحسب ما أفادت صحيفة “اكسبرس”":
    # an outlet noun after a word of passing on, then the outlet's name in quotation marks.
    for toks in (lead, after):
        for k, t in enumerate(toks[:-1]):
            keys = dict((key, clitic) for clitic, key in token_keys(t.norm))
            noun = next((key for key in keys if key in _OUTLET_NOUNS), None)
            if noun is None or toks[k + 1].text not in _PAIRS:
                continue
            clitic = keys[noun]
            prev = [x for x in toks[max(0, k - 2):k] if x.kind == "word"]
            if prev and prev[-1].norm == "ما":
                prev = prev[:-1]
            passed_on = clitic.endswith("ل") or (prev and (
                any(key in _VIA_WORDS for _, key in token_keys(prev[-1].norm)) or _is_say(prev[-1].norm)[0]))
            close = doc.text.find(_PAIRS[toks[k + 1].text], toks[k + 1].end)
            if passed_on and close != -1 and 0 < close - toks[k + 1].end < 40:
                start = skip_clitic(doc.text, t.start, t.end, clitic) if clitic else t.start
                return _media_name(doc, kb, toks[k + 1].end, close), doc.text[start:close + 1]
    media = [m for m in doc.mentions if m.kind == "actor" and kb.actors[m.ref].type == "media"
             and lead and lead[0].start <= m.start and m.end <= lead[-1].end]
    if media:
        return kb.actors[media[-1].ref].name, media[-1].text
    for toks in (lead, after):
        cue = None
        for t in toks:
            if t.norm in _VIA_WORDS or any(k in _VIA_WORDS for _, k in token_keys(t.norm)) or t.text.startswith("لـ"):
                cue = t
                break
        if cue is None:
            continue
        outlets = [m for m in doc.mentions if m.kind == "actor" and kb.actors[m.ref].type == "media"
                   and m.start >= cue.start and m.start <= (toks[-1].end if toks else m.start)]
        if outlets:
            m = outlets[0]
            return kb.actors[m.ref].name, m.text
        # An outlet described, not named: "وكالة الأنباء التابعة لحكومة بغداد".
        words = []
        started = False
        for t in toks:
            if t.index <= cue.index:
                continue
            if t.kind != "word" or t.norm in ("ان", "انه", "انها", "إن") or _is_say(t.norm)[0]:
                if started:
                    break
                continue
            if not started and t.norm in ("عنه", "عنها", "عنهم"):
                continue
            if started and (t.norm in ("عن", "قوله", "قولها", "قولهم") or t.norm in _COMPLEMENTIZERS):
                break  # "ونقلت الصحيفة عن محامي ميليسا قوله": the outlet ends before "عن"
            started = True
            words.append(t)
            if len(words) >= 6:
                break
        if len(words) == 1 and words[0].norm.startswith(("ال", "وال")) \
                and {k for _, k in token_keys(words[0].norm)} & _OUTLET_NOUNS:
            # "ونقلت الصحيفة": the outlet named before ("وحسب صحيفة «ستاندرد»")
            named = _outlet_named_before(doc, kb, words[0].index)
            if named is not None:
                return named
        if words and any(k in _OUTLET_NOUNS | {"اعلام", "وسايل", "اعلامي"} for t in words[:2] for _, k in token_keys(t.norm)):
            phrase = doc.text[words[0].start:words[-1].end]
            return None, phrase
    return None, None


def _media_name(doc: Document, kb: KnowledgeBase, start: int, end: int) -> str | None:
    for m in doc.mentions:
        if m.kind == "actor" and kb.actors[m.ref].type == "media" and start <= m.start and m.end <= end:
            return kb.actors[m.ref].name
    return None


def _after_preposition(doc: Document, m: Mention) -> bool:
    if m.text.startswith(("لل", "بال", "ولل", "وبال")):
        return True  # "القوات الموالية للحكومة اليمنية": the preposition is attached
    k = m.tok_start - 1
    while k >= 0 and doc.tokens[k].kind == "punct" and doc.tokens[k].text in '«"“(':
        k -= 1
    if k < 0:
        return False
    keys = {key for _, key in token_keys(doc.tokens[k].norm)} | {doc.tokens[k].norm}
    return bool(keys & {"ضد", "عن", "مع", "في", "من", "علي", "الي", "حول", "بشان"})


def issuer_before(doc: Document, kb: KnowledgeBase, index: int) -> Mention | None:
    """Who issued the statement an article named before ("أصدرت وزارة الدفاع بيانا", "بيان لوزارة
    الدفاع"): the organization just before or just after the last "بيان" before a token."""
    for t in reversed(doc.tokens[:index]):
        if "بيان" not in {key for _, key in token_keys(t.norm)} and "بيانا" not in {t.norm}:
            continue
        here = next((s.index for s in doc.sentences if s.start <= t.start < s.end), None)
        near = [m for m in doc.mentions if m.kind == "actor" and kb.actors[m.ref].type != "media" and m.sentence == here
                and (0 < t.index - m.tok_end + 1 <= 4 or 0 < m.tok_start - t.index <= 3)]
        # ("البيان الذي أصدره الدكتور عبدالله التركي": the person who issued it)
        near = near or [m for m in doc.mentions if m.kind == "person" and m.sentence == here and (
            0 < m.tok_start - t.index <= 5 or 0 < t.index - m.tok_end + 1 <= 3)]
        if near:
            return min(near, key=lambda m: abs(m.tok_start - t.index))
        return None
    return None


def _last_source_before(doc: Document, index: int) -> Speaker | None:
    """The last indefinite source phrase ("مصدر أمني ...") before a token."""
    for t in reversed(doc.tokens[:index]):
        keys = {key for _, key in token_keys(t.norm)}
        if keys & SOURCE_NOUNS and not t.norm.startswith(("ال", "وال")) and "بيان" not in keys:
            sent = next(s for s in doc.sentences if s.start <= t.start < s.end)
            lead = [u for u in sent.tokens if u.index >= t.index]
            return _source_phrase(doc, lead)
    return None


def _source_phrase(doc: Document, lead, last: Speaker | None = None, kb: KnowledgeBase | None = None) -> Speaker | None:
    """An unnamed source and its description: "مصدر أمني مسؤول", "مصدر في قيادة عمليات صلاح الدين".
    "المصدر" refers back to the source named before; "بيان لوزارة X" speaks for X."""
    for k, t in enumerate(lead):
        keys = {key for _, key in token_keys(t.norm)}
        if "بيان" in keys:
            lead_end = lead[-1].index
            org = next((m for m in doc.mentions if m.kind == "actor" and kb is not None
                        and t.index < m.tok_start <= min(t.index + 4, lead_end) and kb.actors[m.ref].type != "media"),
                       None)
            if org is None and kb is not None and t.norm.startswith(("ال", "وال", "بال")):
                org = issuer_before(doc, kb, t.index)  # "وجاء في البيان": the statement issued before
            if org is not None:
                return _speaker_from(doc, kb, org) if org.kind == "person" else _speaker_from_actor(doc, kb, org)
            # "وأضاف بيان التنظيم الإرهابي أن": the body the statement names, as the text names it
            body = [u for u in lead[k + 1:k + 3] if u.kind == "word" and u.norm.startswith("ال")
                    and u.norm not in _COMPLEMENTIZERS and u.norm not in ("الي", "الذي", "التي")]
            if body and body[0].index == t.index + 1 and strip_article(body[0].norm) in _ORG_HEADS | _GROUP_HEADS:
                # (with its adjective: "التنظيم الإرهابي", not "الجمعية المعنون")
                end = body[1] if len(body) > 1 and body[1].index == body[0].index + 1 \
                    and body[1].norm.endswith(("ي", "يه")) else body[0]
                return Speaker(doc.text[body[0].start:end.end], doc.text[body[0].start:end.end], None, None, None,
                               body[0].start, end.end)
            continue
        if keys & SOURCE_NOUNS and t.norm.startswith(("ال", "وال")):
            # "المصدر": the source introduced earlier in the article ("مصدر في قيادة عمليات ...").
            earlier = _last_source_before(doc, t.index)
            if earlier is not None:
                # named as the text names it here ("المصدر"), described as it was introduced
                start = t.start + (1 if t.norm.startswith("وال") else 0)
                return Speaker(earlier.name, doc.text[start:t.end], earlier.title, earlier.role, earlier.ref,
                               start, t.end)
            if last is not None and last.ref is None:
                return Speaker(last.name, last.mention, last.title, last.role, None, last.start, last.end)
        if keys & SOURCE_NOUNS:
            end = t
            for u in lead[k + 1:k + 6]:
                if u.kind != "word" or u.norm in _SOURCE_STOP or _is_say(u.norm)[0] or u.text.startswith("لـ") \
                        or readings(u.norm) & _TIME_WORDS or u.norm.startswith(("لل", "ولل")):
                    break  # ("مصدر أمني الجمعة", "مسؤول كبير للصحافيين": not part of the source)
                end = u
            phrase = doc.text[t.start:end.end]
            return Speaker(phrase, phrase, None, None, None, t.start, end.end)
    return None
