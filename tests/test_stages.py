"""Logic of the stages, on hand-written texts and the invented fixture knowledge base."""
import datetime as dt


def ev_types(doc):
    return [e.plover for e in doc.events]


# --- mentions ---------------------------------------------------------------------------

def test_mentions_with_clitics_point_at_the_name(run):
    doc = run("ووصلت قوات الحرس الجبلي إلى تل السنابل وللمدنيين حاجة.")
    texts = {(m.kind, m.text) for m in doc.mentions}
    assert ("actor", "قوات الحرس الجبلي") in texts
    assert ("place", "تل السنابل") in texts
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text


def test_person_with_title_role_and_short_name(run):
    doc = run('وقال المتحدث باسم القيادة الموحدة العميد نادر الحكيم، إن "الوضع مستقر تماما في المدينة". '
              'وأضاف الحكيم أن "القوات تسيطر على الطرق كلها".')
    persons = [m for m in doc.mentions if m.kind == "person"]
    assert [p.text for p in persons] == ["نادر الحكيم", "الحكيم"]
    assert persons[1].rule == "short-name"
    role = next(m for m in doc.mentions if m.kind == "role")
    assert role.data["role"] == "spokesman of the Joint Command of Kardonia"


# --- quotes -----------------------------------------------------------------------------

def test_quotes_speaker_title_role_via_and_continuations(run):
    doc = run('قال المتحدث باسم القيادة الموحدة العميد سالم الفارس، إن "المباحثات بداية لتنسيق كبير بين الجانبين"، '
              'وفق ما نقلت عنه قناة النخيل.\nوتابعت الصحيفة أن الأمور هادئة.\n'
              'وبشأن الحدود، قال الفارس إن "هنالك اتصالات تجري لوقف الهجمات"، مبيناً أن "الجيش مستعد لكل الاحتمالات".')
    assert len(doc.quotes) == 3
    q1, q2, q3 = doc.quotes
    assert q1.speaker.name == "Salem al-Faris"
    assert q1.speaker.title == "Brigadier General"
    assert q1.speaker.role == "spokesman of the Joint Command of Kardonia"
    assert q1.speaker.mention == "المتحدث باسم القيادة الموحدة العميد سالم الفارس"
    assert q1.via == "Palm TV"
    assert q2.speaker.name == q3.speaker.name == "Salem al-Faris"
    assert q2.via == "Palm TV"  # same interview: via carries over
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text


def test_scare_quotes_and_unattributed_quotes_are_not_quotes(run):
    doc = run('وصفت الحكومة التنسيق بالـ"كبير" بين الطرفين. ورفعت لافتة كتب عليها "نريد الكهرباء والماء الآن".')
    assert doc.quotes == []


def test_organization_as_speaker_and_described_outlet(run):
    doc = run('وقالت وزارة الدفاع الكاردونية في تصريحات نقلتها وكالة الأنباء الرسمية إن "القوات أحبطت محاولة تسلل كبيرة".')
    assert len(doc.quotes) == 1
    assert doc.quotes[0].speaker.name == "Ministry of Defence of Kardonia"
    assert doc.quotes[0].via_mention == "وكالة الأنباء الرسمية"


# --- events -----------------------------------------------------------------------------

def test_bombing_with_counts_victims_date_and_place(run):
    doc = run("وقتل خمسة مدنيين وأصيب ثلاثة آخرون، أمس الأربعاء، بانفجار عبوة ناسفة في قرية النخلة بمحافظة الجبل.")
    assert ev_types(doc) == ["ASSAULT"]
    ev = doc.events[0]
    assert ev.acled_sub_event_type == "Remote explosive/landmine/IED"
    assert (ev.fatalities, ev.injuries) == (5, 3)
    assert ev.event_date == dt.date(2021, 3, 3) and ev.time_precision == 1
    assert ev.actor1 is None and ev.actor2.name == "Civilians"
    assert ev.location.name == "Nakhla (Jabal)"  # the village of the governorate named in the sentence


def test_modality_plans_futures_negation_trend_background(run):
    texts = [
        "ومن المقرر أن تعقد حكومة كاردونيا اجتماعا مع حكومة فيلمار.",
        "وسيكون هناك اجتماعا قبل نهاية الشهر الجاري.",
        "كشف الوزير عن مساع لتشكيل مركز لتنفيذ عمليات مشتركة ضد جبهة الظلام.",
        "ولم يسفر الهجوم عن خسائر.",
        "وتزايد نشاط جبهة الظلام منذ انسحاب قوات الحرس الجبلي من المنطقة.",
        "وانسحبت قوات الحرس الجبلي من الوادي عقب الاستفتاء عام 2017.",
        "وتجري حكومة كاردونيا وحكومة فيلمار مباحثات منذ أشهر.",
        "وتعتزم الحكومة الكاردونية نشر قوات في الوادي.",
    ]
    for text in texts:
        assert run(text).events == [], text


def test_reported_events_survive_modality(run):
    doc = run("ونشرت حكومة كاردونيا، أمس الأربعاء، قوات الحرس الجبلي في منطقة بمحافظة الجبل.")
    assert ev_types(doc) == ["MOBILIZE"]
    ev = doc.events[0]
    assert ev.actor1.name == "Government of Kardonia"
    assert [a.name for a in ev.assoc_actors] == ["Mountain Guard of Kardonia"]
    assert ev.location.admin1 == "Jabal" and ev.location.geo_precision == 3
    assert ev.acled_sub_event_type == "Change to group/activity"


def test_campaign_claim_and_condemnation(run):
    doc = run("وكثف الجيش الكاردوني قصفه المدفعي على مناطق حدودية داخل فيلمار منذ أكثر من أسبوعين. "
              "وتقول كاردونيا الرسمية إنها تستهدف مقاتلي جبهة الظلام.\n"
              "وأثار القصف استنكار حكومة فيلمار التي طالبت أيضاً مقاتلي جبهة الظلام بمغادرة المنطقة.")
    types = ev_types(doc)
    assert types.count("ASSAULT") == 1, [e.notes for e in doc.events]
    assault = next(e for e in doc.events if e.plover == "ASSAULT")
    assert assault.campaign and assault.time_precision == 3
    assert assault.actor1.name == "Military Forces of Kardonia"
    assert assault.location.name == "Velmar"
    accuse = next(e for e in doc.events if e.plover == "ACCUSE")
    assert accuse.actor1.name == "Government of Velmar"
    request = next(e for e in doc.events if e.plover == "REQUEST")
    assert request.actor1.name == "Government of Velmar" and request.actor2.name == "Darkness Front"
    assert "RETREAT" not in types  # the demanded departure is not an event


def test_condemned_event_is_not_a_new_event(run):
    doc = run("وقصف جيش فيلمار قرية النخلة بمحافظة الوادي أمس الأربعاء.\nوأدانت حكومة كاردونيا الهجوم.")
    assert ev_types(doc) == ["ASSAULT", "ACCUSE"]
    assert doc.events[1].actor2.name == "Military Forces of Velmar"


def test_meeting_and_agreement_between_two_sides(run):
    doc = run('وقال الفريق نادر الحكيم إن "الاجتماع الذي عقدته اللجنة العليا بين وزارة الدفاع الكاردونية '
              'وقوات الحرس الجبلي كان مثمرا"، مبيناً أن "الاجتماع توصل الى تفاهمات حول موضوع إنشاء مراكز في الوادي".')
    types = ev_types(doc)
    assert types == ["CONSULT", "AGREE"], [e.notes for e in doc.events]
    consult = doc.events[0]
    assert consult.actor1.name == "Ministry of Defence of Kardonia"
    assert consult.actor2.name == "Mountain Guard of Kardonia"
    assert consult.claimed_by.name == "نادر الحكيم"
    assert doc.events[1].location is None  # the topic of an agreement is not where it happened


def test_unknown_is_null_without_published(run):
    doc = run("وقتل خمسة مدنيين أمس الأربعاء بانفجار عبوة ناسفة في تل السنابل.", published=None)
    assert doc.events[0].event_date is None and doc.events[0].time_precision is None


def test_several_places_hit_are_several_events(run):
    doc = run("وشن جيش كاردونيا غارات على تل السنابل والنخلة وجبل القمة أمس الأربعاء.")
    places = sorted(e.location.name for e in doc.events if e.plover == "ASSAULT")
    assert len(places) == 3, places


def test_evidence_and_trigger_offsets(run):
    doc = run("مقدمة.\nوقتل خمسة مدنيين بانفجار عبوة ناسفة في تل السنابل.")
    ev = doc.events[0]
    assert doc.text[ev.evidence.start:ev.evidence.end] == ev.evidence.text
    assert doc.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text


# --- geocoder ---------------------------------------------------------------------------

def test_geocoder_kind_words_and_relative_descriptions(run):
    doc = run("وانفجرت عبوة ناسفة في محافظة الوادي.")
    assert doc.events[0].location.ref == "zz.g1" and doc.events[0].location.geo_precision == 3
    doc = run("وانفجرت عبوة ناسفة في مدينة الوادي.")
    assert doc.events[0].location.ref == "zz.g1.city" and doc.events[0].location.geo_precision == 1
    doc = run("وانفجرت عبوة ناسفة قرب تل السنابل.")
    assert doc.events[0].location.ref == "zz.t1" and doc.events[0].location.geo_precision == 2


def test_geocoder_never_invents_a_place(run):
    doc = run("وانفجرت عبوة ناسفة في قرية مجهولة الاسم.")
    assert doc.events[0].location is None


# --- counts -------------------------------------------------------------------------------

import pytest  # noqa: E402

from rasad.lang.ar import tokenize  # noqa: E402
from rasad.stages.events import find_counts  # noqa: E402


@pytest.mark.parametrize("text, fatalities, injuries, arrests", [
    ("مقتل خمسة أشخاص وإصابة 12 آخرين", 5, 12, None),
    ("قتل ثلاثة جنود وأصيب اثنان", 3, 2, None),
    ("أفاد مصدر أن 8 أشخاص يحملون أحزمة ناسفة قتلوا أثناء الهجوم", 8, None, None),
    ("أن شخصين قتلا وأصيب سبعة آخرون", 2, 7, None),
    ("أعدم التنظيم 19 شخصا", 19, None, None),
    ("ما أدى إلى مقتل أحد قادته", 1, None, None),
    ("عثرت الشرطة على جثتي رجلين", 2, None, None),
    ("مقتل العشرات من عناصر التنظيم", None, None, None),
    ("سقوط 20 قتيلا وجريحا", None, None, None),
    ("مقتل نحو 20 شخصا", 20, None, None),
    ("مقتل ما لا يقل عن 10 مدنيين", 10, None, None),
    ("ارتفاع حصيلة ضحايا التفجير إلى 120 قتيلا", 120, None, None),
    ("مقتل 5 أشخاص في رواية ومقتل 7 في رواية أخرى", 5, None, None),
    ("ألقت القوات القبض على أربعة مطلوبين", None, None, 4),
    ("وقال إن شخصا قتل وأصيب ستة آخرون", 1, 6, None),
    ("أعدم التنظيم فورا أربعة منهم", 4, None, None),
    ("ولقي مدرس وزوجته مصرعهما بنيران مسلحين", 2, None, None),
    ("ولقي شاب مصرعه بانفجار عبوة", 1, None, None),
    ("ولقي عشرات المسلحين مصرعهم", None, None, None),
    ("قتل ضابط و3 جنود بانفجار عبوة", 4, None, None),
    ("مقتل 5 مدنيين وثلاثة من عناصر الشرطة وإصابة 12", 8, 12, None),
    ("مقتل 10 أشخاص و2015 عاما من الحرب", 10, None, None),
    ("أدى إلى مقتل شخص واحد, وإصابة سبعة آخرين", 1, 7, None),
    ("أعدم تنظيم “داعش” 23 شخصا في الفلوجة", 23, None, None),
    ("أن 260 مقاتلا كرديا من حزب العمال الكردستاني قتلوا، وأصيب حوالى 400 آخرين", 260, 400, None),
])
def test_counts(text, fatalities, injuries, arrests):
    got = find_counts(tokenize(text))
    assert (got["fatalities"], got["injuries"], got["arrests"]) == (fatalities, injuries, arrests)


def test_ambiguous_battle_words_need_an_armed_actor(run):
    assert run("وانتهت مواجهة الفريقين بالتعادل في الملعب أمس الأربعاء.").events == []
    assert [e.plover for e in run("واندلعت مواجهات بين جيش كاردونيا وجبهة الظلام أمس الأربعاء.").events] == ["ASSAULT"]


def test_unknown_village_is_placed_in_the_known_unit(run):
    doc = run("وانفجرت عبوة ناسفة في منطقة الحراريات بمحافظة الجبل أمس الأربعاء.")
    loc = doc.events[0].location
    assert loc.mention == "الحراريات" and loc.admin1 == "Jabal" and loc.geo_precision == 3
    assert "not in the gazetteer" in doc.events[0].provenance["location"]


def test_a_strike_told_twice_is_one_event_with_the_conservative_figure(run):
    doc = run("وقصف جيش فيلمار قرية النخلة بمحافظة الوادي أمس الأربعاء ما أسفر عن مقتل 7 مدنيين.\n"
              "وأكد شهود أن جيش فيلمار قصف قرية النخلة أمس الأربعاء وقتل خمسة مدنيين.")
    assaults = [e for e in doc.events if e.plover == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].fatalities == 5


def test_names_in_brackets_and_after_titles_are_not_places(run):
    doc = run("وانفجرت عبوة ناسفة قرب مقر جبهة (النخلة) أمس الأربعاء.")
    assert doc.events[0].location is None
    doc = run("وقال العميد النخلة إن عبوة ناسفة انفجرت أمس الأربعاء.")
    assert all(e.location is None for e in doc.events)


def test_first_person_verb_in_a_quote_is_the_speakers_act(run):
    doc = run('وقال العميد سالم الفارس إن "ندين هذا العمل الإجرامي ونطالب جبهة الظلام بالانسحاب".')
    acts = {e.plover: e for e in doc.events}
    assert acts["ACCUSE"].actor1.name == "Salem al-Faris"
    assert acts["REQUEST"].actor1.name == "Salem al-Faris"


def test_agent_after_an_event_noun_and_its_adjective(run):
    doc = run("وأشارت المصادر إلى مقتل ثمانية من جبهة الظلام في غارة جوية لجيش كاردونيا قرب تل السنابل أمس الأربعاء.")
    ev = next(e for e in doc.events if e.plover == "ASSAULT")
    assert ev.actor1.name == "Military Forces of Kardonia" and ev.actor2.name == "Darkness Front"
    assert ev.fatalities == 8


# --- actors: more ways Arabic names the doer ---------------------------------------------

def _event(doc, plover):
    return next(e for e in doc.events if e.plover == plover)


def test_doer_after_a_verb_pointing_back_at_the_event(run):
    doc = run("قتل مدني في هجوم شنه عليه مسلحون مجهولون في تل السنابل أمس.")
    ev = _event(doc, "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.ref == "gen.unidentified"
    assert ev.provenance["actor1"] == "doer after a verb pointing back at the event"


def test_counted_members_of_a_group_are_victims_not_doers(run):
    doc = run("قتل سبعة من قادة جبهة الظلام بقصف مدفعي في الوادي أمس.")
    ev = _event(doc, "ASSAULT")
    assert ev.actor1 is None or ev.actor1.ref != "dark"
    assert ev.actor2 is not None and ev.actor2.ref == "dark"


def test_protesters_are_the_crowd_or_null_never_the_protest_word(run):
    doc = run("تظاهر آلاف الطلاب أمس في الوادي.")
    assert _event(doc, "PROTEST").actor1.mention == "آلاف الطلاب"
    doc = run("وخرجت تظاهرات غاضبة في الوادي أمس.")
    a1 = _event(doc, "PROTEST").actor1
    assert a1.ref == "gen.protesters" and a1.mention is None
    doc = run("وخرج المتظاهرون إلى الشوارع أمس. وخرجت تظاهرات غاضبة في الوادي أمس.")
    assert [e.actor1.mention for e in doc.events if e.plover == "PROTEST"][-1] == "المتظاهرون"


def test_person_after_the_titles_that_follow_the_verb(run):
    doc = run("دعا العميد في القيادة الموحدة سالم الفارس حكومة فيلمار إلى وقف القصف.")
    ev = _event(doc, "REQUEST")
    assert ev.actor1.mention == "سالم الفارس"
    assert ev.provenance["actor1"] == "person after the titles that follow the verb"


def test_a_demand_is_not_placed_where_it_asks_to_go(run):
    doc = run("وطالبت حكومة كاردونيا جيش فيلمار بالانسحاب إلى الوادي.")
    assert _event(doc, "REQUEST").location is None
    doc = run("وطالبت حكومة كاردونيا في الوادي جيش فيلمار بالانسحاب.")
    assert _event(doc, "REQUEST").location.name == "Wadi"


def test_the_place_before_direction_words_beats_their_anchor(run):
    doc = run("قتل جندي بقصف قرب تل السنابل شمال غربي مدينة الوادي أمس.")
    loc = _event(doc, "ASSAULT").location
    assert loc.mention == "تل السنابل"


def test_a_mountain_takes_the_governorate_of_its_anchor(run):
    doc = run("قصفت طائرات جيش فيلمار مواقع في جبل القمة شمالي مدينة الوادي أمس.")
    loc = _event(doc, "ASSAULT").location
    assert loc.name == "Mount Qimma" and loc.admin1 == "Wadi"
    doc = run("قصف الجيش الكاردوني مواقع في جبل القمة أمس.")
    assert _event(doc, "ASSAULT").location.admin1 == "Jabal"


def test_a_statement_takes_its_venue_from_the_next_sentence_of_the_same_speaker(run):
    doc = run("تعهد العميد سالم الفارس أمس بالانتقام من جبهة الظلام. "
              "وقال الفارس في كلمة ألقاها في مدينة الوادي إن القوات جاهزة.")
    ev = _event(doc, "THREATEN")
    assert ev.location is not None and ev.location.name == "Wadi"
    doc = run("تعهد العميد سالم الفارس أمس بالانتقام من جبهة الظلام. وقال مسؤول في مدينة الوادي إن القوات جاهزة.")
    assert _event(doc, "THREATEN").location is None


def test_subject_before_a_light_verb_and_the_event_time_after_the_complementizer(run):
    doc = run("قالت القيادة الموحدة في بيان اليوم إن فيلمار وحلفاءها شنوا 5 غارات على تل السنابل أمس.")
    ev = _event(doc, "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.ref in ("yy.gov", "yy.army")
    assert ev.event_date == doc.article.published - dt.timedelta(days=1)


def test_a_bare_kind_word_refers_to_the_organization_named_before(run):
    doc = run("قصف جيش فيلمار مواقع جبهة الظلام في الوادي أمس. وأعدمت الجبهة خمسة مدنيين في تل السنابل أمس.")
    ev = [e for e in doc.events if e.sentence == 1][0]
    assert ev.actor1 is not None and ev.actor1.ref == "dark"
    assert ev.actor1.mention == "الجبهة"


def test_a_name_after_a_target_noun_is_not_the_doer(run):
    doc = run("استهدفت طائرات أمس تجمعات جبهة الظلام في الوادي.")
    ev = _event(doc, "ASSAULT")
    assert ev.actor1 is None or ev.actor1.ref != "dark"


def test_a_circumstantial_participle_is_the_speakers_act(run):
    doc = run("وقال العميد سالم الفارس أمس إن الوضع مستقر، داعيا حكومة فيلمار إلى وقف القصف.")
    ev = _event(doc, "REQUEST")
    assert ev.actor1.mention == "سالم الفارس"
    assert ev.actor2 is not None and ev.actor2.ref == "yy.gov"


def test_a_name_right_before_the_verb_is_its_subject(run):
    doc = run("وقالت القيادة إن جبهة الظلام منعت المدنيين من الخروج من الوادي أمس.")
    ev = next(e for e in doc.events if e.plover == "COERCE")
    assert ev.actor1 is not None and ev.actor1.ref == "dark"


def test_the_more_specific_kind_of_attack_wins(run):
    doc = run("قتل ثلاثة جنود في تفجير سيارة مفخخة يقودها انتحاري في تل السنابل أمس.")
    assert _event(doc, "ASSAULT").acled_sub_event_type == "Suicide bomb"
    doc = run("وقال المصدر إن طائرات جيش فيلمار قصفت مواقع جبهة الظلام في الوادي أمس.")
    assert _event(doc, "ASSAULT").acled_sub_event_type == "Air/drone strike"


def test_an_incident_told_on_without_a_place_happened_where_the_one_before_did(run):
    doc = run("قصف جيش كاردونيا مواقع جبهة الظلام في تل السنابل أمس. واعتقلت القوات الكاردونية خمسة مسلحين.")
    arrest = _event(doc, "COERCE")
    assert arrest.location is not None and arrest.location.admin1 == "Wadi"
    assert arrest.location.geo_precision == 3
    doc = run("واعتقلت القوات الكاردونية خمسة مسلحين أمس.")
    assert _event(doc, "COERCE").location is None


def test_a_round_up_after_a_lead_dated_the_day_before_yesterday_keeps_that_day(run):
    doc = run("قتل عشرة أشخاص في سلسلة تفجيرات في الوادي أول أمس. "
              "وفي تل السنابل قتل ثلاثة جنود في تفجير عبوة ناسفة.")
    later = [e for e in doc.events if e.sentence == 1]
    assert later and later[0].event_date == doc.article.published - dt.timedelta(days=2)


def test_places_in_the_speakers_description_and_capital_appositions_are_not_the_event_place(run):
    doc = run("وقال قائد في مدينة الوادي بأن طائرات جيش فيلمار قصفت أمس مواقع قرب تل السنابل.")
    assert _event(doc, "ASSAULT").location.mention == "تل السنابل"
    doc = run("قتل خمسة جنود أمس في هجوم على تل السنابل مركز محافظة الوادي.")
    assert _event(doc, "ASSAULT").location.mention == "تل السنابل"


def test_victims_described_or_coordinated_and_outlet_nationalities_are_not_doers(run):
    doc = run("قتل ثلاثة عناصر من جيش فيلمار والقيادة الموحدة في تل السنابل أمس.")
    ev = _event(doc, "ASSAULT")
    assert ev.actor1 is None or ev.actor1.ref not in ("yy.army", "zz.ops")
    doc = run("وأفادت الشرطة بمقتل شخصين مسلحين مجهولين في الوادي أمس.")
    ev = _event(doc, "ASSAULT")
    assert ev.actor1 is None or ev.actor1.ref != "gen.unidentified"


def test_an_armed_group_abducts_it_does_not_arrest(run):
    doc = run("واعتقلت جبهة الظلام أمس 38 مواطنا في تل السنابل.")
    ev = doc.events[0]
    assert (ev.plover, ev.mode, ev.acled_sub_event_type) == ("ASSAULT", "abduct", "Abduction/forced disappearance")
    doc = run("واعتقلت القوات الكاردونية أمس 38 مطلوبا في تل السنابل.")
    assert (doc.events[0].plover, doc.events[0].arrests) == ("COERCE", 38)


def test_one_event_per_place_of_a_list_even_where_the_gazetteer_lacks_them(run):
    doc = run("سيطرت قوات جيش كاردونيا أمس على مناطق الصفصاف والبو سالم وتل السنابل في محافظة الوادي.")
    places = sorted(e.location.mention for e in doc.events if e.plover == "ASSAULT")
    assert places == ["البو سالم", "الصفصاف", "تل السنابل"]
    assert all(e.location.admin1 == "Wadi" for e in doc.events if e.plover == "ASSAULT")


def test_bare_forces_are_the_forces_named_just_before(run):
    doc = run("وصلت القوات الأمنية إلى الوادي أمس. وأفاد المصدر بأن القوات سيطرت على تل السنابل أمس.")
    ev = _event(doc, "ASSAULT")
    assert ev.actor1.mention == "القوات الأمنية"


def test_the_place_of_the_triggers_own_clause(run):
    doc = run("قتل خمسة مدنيين أمس بقصف على تل السنابل، في حين واصلت جبهة الظلام تقدمها في مدينة الجبل.")
    ev = next(e for e in doc.events if e.fatalities == 5)
    assert ev.location.mention == "تل السنابل"


def test_present_control_without_a_day_is_a_state_not_an_event(run):
    assert [e for e in run("وتسيطر جبهة الظلام على قرى واسعة في الوادي.").events if e.plover == "ASSAULT"] == []



def test_a_list_of_quoted_chants_goes_on_the_last_speaker(run):
    doc = run('وهتف المتظاهرون في الوادي "كلهم سوا كلهم حرامية". و"باسم الدين سرقونا الحرامية"، وكذلك "جمعة ورا جمعة الفاسد نطرده".')
    assert [q.speaker.mention for q in doc.quotes] == ["المتظاهرون"] * 3


def test_forces_named_in_support_are_not_the_doer(run):
    doc = run("وقال المصدر إن القوات الأمنية بمشاركة جيش فيلمار استهدفت أمس مواقع جبهة الظلام في تل السنابل.")
    assert _event(doc, "ASSAULT").actor1.mention == "القوات الأمنية"


def test_a_summary_of_strikes_detailed_place_by_place_is_not_one_more_event(run):
    doc = run("شن جيش كاردونيا أمس خمس غارات في محافظة الوادي. واستهدفت الغارات مواقع جبهة الظلام في تل السنابل أمس.")
    strikes = [e for e in doc.events if e.plover == "ASSAULT"]
    assert [e.location.mention for e in strikes] == ["تل السنابل"]
    doc = run("شن جيش كاردونيا أمس غارة في محافظة الوادي. وقصف جيش كاردونيا مواقع جبهة الظلام في تل السنابل أمس.")
    assert len([e for e in doc.events if e.plover == "ASSAULT"]) == 2


def test_doer_of_able_to_kill_and_forces_announcing_their_own_operation(run):
    doc = run("وقال المصدر إن جيش كاردونيا شن عملية على تل السنابل أمس وتمكن من قتل عشرة من عناصر جبهة الظلام.")
    ev = next(e for e in doc.events if e.fatalities == 10)
    assert ev.actor1 is not None and ev.actor1.ref == "zz.army"
    doc = run("وأعلنت القيادة الموحدة أمس مقتل سبعة من قادة جبهة الظلام بقصف مدفعي في تل السنابل.")
    ev = _event(doc, "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.ref == "zz.ops"


def test_the_subject_of_a_relative_clause_carrying_the_trigger(run):
    doc = run("ما سبب استياء كبيرا في صفوف جبهة الظلام التي فرضت على إثره حظرا للتجوال في الوادي أمس.")
    ev = _event(doc, "COERCE")
    assert ev.actor1 is not None and ev.actor1.ref == "dark"


def test_a_quote_speaker_stands_before_the_complementizer(run):
    doc = run('وقال مصدر أمني الجمعة إن جيش فيلمار "قصف مواقع جبهة الظلام في الوادي بعنف".')
    assert doc.quotes and doc.quotes[0].speaker.mention == "مصدر أمني"


def test_names_in_quotation_marks_are_not_quotes_and_reported_speech_carries_its_speaker(run):
    doc = run('وقال العميد سالم الفارس إن "جبهة الظلام" هاجمت المدينة أمس.')
    assert doc.quotes == []
    doc = run('وأعلنت القيادة الموحدة أن جيشها قصف المواقع أمس. وأضافت أن "الضربات أصابت أهدافها بدقة كبيرة".')
    assert [q.speaker.mention for q in doc.quotes] == ["القيادة الموحدة"]


def test_a_meeting_tomorrow_and_a_visit_as_circumstance_are_not_events(run):
    assert [e for e in run("وتعقد حكومة كاردونيا اجتماعا غدا الثلاثاء في الوادي.").events if e.plover == "CONSULT"] == []


def test_a_demand_as_purpose_is_not_a_demand(run):
    assert [e.plover for e in run("وتظاهر مئات المدنيين في الوادي أمس للمطالبة بالكهرباء.").events] == ["PROTEST"]



def test_a_run_of_tatweel_is_no_name(fkb):
    """A person mention ending in tatweel must not turn every "ــ" into a short name."""
    from rasad.model import Article, Document, Mention
    from rasad.stages.mentions import _short_names
    from rasad.stages.segment import segment

    doc = Document(Article("t", "قال سالم الفارس ــ إن القوات ــ وصلت.", dt.date(2021, 3, 4)))
    segment(doc)
    toks = doc.tokens
    tat = next(t for t in toks if t.text == "ــ")
    doc.mentions.append(Mention("person", None, toks[1].start, tat.end, doc.text[toks[1].start:tat.end], 0,
                                1, tat.index + 1, "test"))
    _short_names(doc, fkb, [0] * len(toks))
    assert [m for m in doc.mentions if m.rule == "short-name"] == []


def test_a_counted_group_that_flees_is_the_doer(run):
    doc = run("وهرب معظم قادة جبهة الظلام من تل السنابل أمس.")
    ev = _event(doc, "RETREAT")
    assert ev.actor1 is not None and ev.actor1.ref == "dark"


def test_the_same_place_retaken_told_twice_is_one_event(run):
    doc = run("وحررت القوات الأمنية أمس تل السنابل من جبهة الظلام. "
              "وأكد المتحدث أن جيش كاردونيا تمكن أمس من تحرير تل السنابل بالكامل.")
    assert len([e for e in doc.events if e.plover == "ASSAULT"]) == 1


def test_a_withdrawal_is_placed_where_it_starts_not_where_it_goes(run):
    doc = run("انسحبت قوات جيش فيلمار من تل السنابل إلى الجبل وكاردونيا أمس.")
    assert _event(doc, "RETREAT").location.mention == "تل السنابل"


def test_the_place_a_place_borders_is_not_its_place(run):
    doc = run("قصف جيش فيلمار أمس مواقع في منطقة الصخور الحدودية مع محافظة الجبل.")
    loc = _event(doc, "ASSAULT").location
    assert loc is None or loc.admin1 != "Jabal"
    doc = run("قصف جيش فيلمار أمس مواقع في منطقة الصخور التابعة لمحافظة الجبل.")
    assert _event(doc, "ASSAULT").location.admin1 == "Jabal"


def test_fighting_going_on_conditions_and_soon(run):
    assert "ASSAULT" in ev_types(run("وتدور معارك عنيفة بين جيش فيلمار ومسلحين في تل السنابل."))
    assert "ASSAULT" not in ev_types(run("وأكد القادة اقتحام تل السنابل في حال فشل المفاوضات."))
    assert "ASSAULT" not in ev_types(run("وسط أنباء عن اقتحام تل السنابل قريبا."))
    assert "ASSAULT" not in ev_types(run("وطالب المجلس بوقف اقتحام الوادي والقصف الجوي."))


def test_a_spokesman_without_a_name_is_the_speaker_by_description(run):
    doc = run("وقال الناطق باسم القيادة الموحدة، إن «طائرات جيش كاردونيا قصفت مواقع جبهة الظلام».")
    assert len(doc.quotes) == 1
    assert doc.quotes[0].speaker.mention == "الناطق باسم القيادة الموحدة"


def test_a_name_closing_a_long_title_phrase_is_a_person(run):
    doc = run("وقال المتحدث باسم القيادة الموحدة، نادر سالم، إن «القوات دخلت الوادي صباح اليوم».")
    assert doc.quotes and doc.quotes[0].speaker.name == "نادر سالم"
    doc = run("وأفاد المتحدث باسم قوات الحرس الجبلي في الوادي سامي علي بأن القصف توقف.")
    assert "سامي علي" in [m.text for m in doc.mentions if m.kind == "person"]


def test_violence_without_place_time_or_toll_is_talk_not_an_incident(run):
    assert "ASSAULT" not in ev_types(run("وينفذ جيش فيلمار غارات جوية بشكل يومي ضد جبهة الظلام."))
    assert "ASSAULT" in ev_types(run("ونفذ جيش فيلمار أمس غارات جوية ضد جبهة الظلام."))  # its own time
    assert "ASSAULT" in ev_types(run("وقتل خمسة في غارات جوية لجيش فيلمار."))  # a toll
    assert "ASSAULT" in ev_types(run("وانفجرت عبوة ناسفة في قرية مجهولة الاسم."))  # a place the gazetteer lacks
    # any act by no one, to no one, nowhere, at no time of its own: nothing to code it by
    assert ev_types(run("وقال إن البلاد عانت من التطرف والتفجيرات والتخريب.")) == []
    assert ev_types(run("فقد رفضت دعم المقاتلين خشية تشكل منطقة معادية لها.")) == []
    assert ev_types(run("فقد رفضت أمس دعم المقاتلين خشية تشكل منطقة معادية لها.")) == ["REJECT"]


def test_tomorrow_attributive_habitual_impersonal_and_supposed_are_not_acts(run):
    assert "CONSULT" not in ev_types(run("ويعقد مجلس الوزراء غدا اجتماعا في الوادي."))
    assert "REQUEST" not in ev_types(run("والتزم الوزير بتوجيهات القيادة الموحدة الداعية إلى ضبط النفس."))
    assert "ASSAULT" not in ev_types(run("وتصنف كاردونيا جبهة الظلام التي تشن هجمات ضد جيش فيلمار في تل السنابل."))
    assert "REQUEST" not in ev_types(run("وهو ما يدعو إلى الحذر."))
    assert "CONSULT" not in ev_types(run("وكان من المفترض أن يعقد اجتماع في الوادي أمس."))
    assert "ASSAULT" not in ev_types(run("وتظاهر المئات في الوادي أمس احتجاجا على الغارات الجوية لجيش فيلمار."))


def test_habits_years_of_it_held_ground_and_interviews_are_not_acts(run):
    assert "ASSAULT" not in ev_types(run("جماعة في الوادي تقوم بالقتل والترويع والخطف."))
    assert "COERCE" not in ev_types(run("وعاشت في الوادي طوال سنوات الحصار."))
    assert "ASSAULT" not in ev_types(run("ومع سيطرة جبهة الظلام على تل السنابل توقف العمل."))


def test_an_attack_told_as_the_reason_for_a_stance_is_a_reference(run):
    assert "ASSAULT" not in ev_types(run("وبدلت حكومة كاردونيا موقفها بعد هجوم دام في تل السنابل نسب إلى جبهة الظلام."))
    assert "ASSAULT" in ev_types(run("وتحدث الوزير أمس في أعقاب مقتل خمسة جنود في هجوم على تل السنابل."))
    assert "CONSULT" not in ev_types(run("وفي حال فشلت المفاوضات بين الطرفين في الوادي أمس تجري انتخابات."))
    assert "ASSAULT" not in ev_types(run("ومنذ انطلاق حملة الغارات الجوية على تل السنابل قبل عام تغير الوضع."))


def test_an_attack_attributed_to_a_group_has_it_as_doer(run):
    ev = _event(run("قتل خمسة جنود أمس في هجوم على تل السنابل نسبته السلطات إلى جبهة الظلام."), "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.mention == "جبهة الظلام"
    ev = _event(run("وانفجرت سيارة مفخخة أمس في تل السنابل، ونسب الهجوم إلى جبهة الظلام."), "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.mention == "جبهة الظلام"
    assert ev.actor2 is None or ev.actor2.mention != "جبهة الظلام"


def test_dual_nouns_count_two():
    from rasad.lang.ar import tokenize
    from rasad.stages.events import find_counts
    assert find_counts(tokenize("قتل شرطيان وأصيب مدنيان"))["fatalities"] == 2


def test_one_named_person_killed_counts_one_and_a_reason_is_no_event(run):
    doc = run("أعدمت جبهة الظلام أمس العميد نادر سالم في تل السنابل لأنه هاجم الجبهة في خطبه.")
    ev = _event(doc, "ASSAULT")
    assert ev.fatalities == 1
    assert ev_types(doc).count("ASSAULT") == 1


def test_a_bare_title_speaks_for_the_person_it_was_given_to(run):
    doc = run("والتقت الصحيفة العميد نادر سالم أمس. وصرح العميد للصحيفة عن «جبهة الظلام»، قائلا إنه «يجب أن تنتهي الحرب قريبا».")
    q = [q for q in doc.quotes if q.text.startswith("يجب")]
    assert q and q[0].speaker.name == "نادر سالم" and q[0].speaker.mention == "العميد"


def test_charges_earlier_ones_and_predictions_are_not_acts(run):
    assert "REJECT" not in ev_types(run("وتراجعت حكومة كاردونيا أمس عن رفض سابق للمفاوضات."))
    assert "ASSAULT" not in ev_types(run("مرجحا أن تقصف طائرات جيش فيلمار تل السنابل أمس."))


def test_what_used_to_happen_and_wishes_to_stop_are_not_acts(run):
    assert "SUPPORT" not in ev_types(run("وقال إن جبهة الظلام كانت تحظى بتأييد من حكومة فيلمار في تل السنابل أمس."))
    assert "ASSAULT" not in ev_types(run("وطالب جيش فيلمار أمس بأن يتوقف عن قصف تل السنابل."))


def test_statistics_topics_of_talks_and_long_past_windows_are_not_incidents(run):
    assert "ASSAULT" not in ev_types(run("وقالت البعثة إن 30 شخصا لقوا مصرعهم في حصيلة جديدة خلال الأسبوع الماضي في الوادي."))
    assert "ASSAULT" not in ev_types(run("وبحث وزير الدفاع مع جيش فيلمار أمس في الوادي الهجمات على تل السنابل."))
    assert "ASSAULT" not in ev_types(run("وقعت الإعدامات في تل السنابل على مدى الأشهر الستة الماضية."))



def test_may_and_culprits_of_an_event_are_not_new_acts(run):
    assert "AGREE" not in ev_types(run("وقال إن جبهة الظلام قد تعقد هدنة مع جيش فيلمار في تل السنابل أمس."))
    assert "ASSAULT" not in ev_types(run("وطالب الوزير أمس بمعاقبة منفذي تفجير تل السنابل."))


def test_counted_from_demonstrative_references_and_tags_lines(run):
    doc = run("قصفت طائرات جيش فيلمار أمس تل السنابل بعد أربعة أيام على هجوم انتحاري في الوادي.")
    assert ev_types(doc).count("ASSAULT") == 1
    doc = run("قصفت طائرات جيش فيلمار أمس تل السنابل. وتأتي هذه الغارات في الوادي أمس.")
    assert ev_types(doc).count("ASSAULT") == 1
    assert ev_types(run("سمات كاردونيا فيلمار قصف تل السنابل")) == []


def test_a_phrase_in_quotation_marks_does_not_hide_the_speaker_of_indirect_speech(run):
    doc = run("قال العميد سالم الفارس إن القوات ستدخل «منطقة آمنة» قريبا. وأضاف: «لن نترك الوادي أبدا مهما حدث».")
    assert doc.quotes and doc.quotes[-1].speaker.name == "Salem al-Faris"


def test_deaths_told_with_a_deployment_are_their_own_event_and_running_totals_are_not(run):
    types = ev_types(run("وقتل خمسة جنود أمس في الوادي عندما أرسل جيش فيلمار تعزيزات."))
    assert "ASSAULT" in types
    assert "ASSAULT" not in ev_types(run("وبهجمات أمس يرتفع إجمالي عدد القتلى في الوادي إلى 60 على الأقل."))


def test_opinion_columns_keep_only_dated_acts_and_old_dates_are_background(run):
    text = ("وقصفت طائرات جيش فيلمار تل السنابل في غارات لا تنتهي. ووقعت حكومة كاردونيا أمس اتفاقا مع جيش فيلمار"
            " في الوادي.\nمقالات أخرى للكاتب\nاجتماع الوادي الأخير")
    types = ev_types(run(text))
    assert "ASSAULT" not in types and "CONSULT" not in types
    assert "ASSAULT" in ev_types(run(text.split("\n")[0]))  # the same words in a news report
    assert "ASSAULT" not in ev_types(run("وفي 14 مايو 2012 قصفت طائرات جيش فيلمار تل السنابل."))


def test_last_night_in_a_paper_that_says_yesterday_is_the_night_before(run):
    doc = run("وقال مسؤولون أمس إن عشرة مدنيين قتلوا في انفجار عبوة ناسفة الليلة الماضية في الوادي.")
    ev = _event(doc, "ASSAULT")
    assert ev.event_date == doc.article.published - dt.timedelta(days=2)
    doc = run("قتل عشرة مدنيين في انفجار عبوة ناسفة الليلة الماضية في الوادي.")
    assert _event(doc, "ASSAULT").event_date == doc.article.published - dt.timedelta(days=1)


def test_containers_phone_calls_and_other_clauses_places(run):
    loc = _event(run("قتل عشرة مدنيين أمس في انفجار عبوة ناسفة في تل السنابل في الوادي."), "ASSAULT").location
    assert loc.mention == "تل السنابل"
    doc = run("وبحث وزير الدفاع أمس في اتصال هاتفي مع جيش فيلمار الوضع في الوادي.")
    assert _event(doc, "CONSULT").location is None
    doc = run("وعقد وزير الدفاع أمس اجتماعا مع جيش فيلمار، فيما تظاهر المئات في الوادي.")
    assert _event(doc, "CONSULT").location is None


def test_an_unknown_place_told_on_takes_the_story_governorate_and_keeps_its_name(run):
    doc = run("قتل خمسة جنود أمس في انفجار في قرية النخلة بمحافظة الجبل. "
              "وقصفت طائرات جيش فيلمار أمس مواقع في منطقة كوبرات الحدودية مع محافظة الوادي.")
    loc = [e for e in doc.events if e.sentence == 1][0].location
    assert loc is not None and loc.mention == "كوبرات" and loc.admin1 == "Jabal"


def test_a_statement_is_not_placed_far_into_what_it_says(run):
    doc = run("وأثنى وزير الدفاع أمس على الانتصارات الكبيرة التي حققها جيش فيلمار ضد جبهة الظلام في الوادي.")
    assert all(e.location is None for e in doc.events if e.plover == "SUPPORT")


def test_the_name_an_event_noun_targets_is_its_target_not_its_doer(run):
    ev = _event(run("وذكر أن الغارة استهدفت أمس العميد نادر سالم في تل السنابل."), "ASSAULT")
    assert ev.actor1 is None or ev.actor1.mention != "نادر سالم"


def test_a_framed_reference_escalation_and_totals_until_a_day(run):
    doc = run("قتل جندي أمس في هجوم على تل السنابل. ويأتي الهجوم غداة قتل شرطيين قرب الوادي.")
    assert ev_types(doc).count("ASSAULT") == 1
    assert "ASSAULT" not in ev_types(run("وصعدت جبهة الظلام هجماتها على جيش فيلمار في الوادي."))


def test_permission_and_what_has_long_been_are_not_acts(run):
    assert "ASSAULT" not in ev_types(run("وسمحت كاردونيا أمس لجيش فيلمار باستخدام قواعدها في شن غارات على تل السنابل."))
    assert "REJECT" not in ev_types(run("ولطالما نفت حكومة كاردونيا هذه الاتهامات في الوادي."))


def test_a_demand_told_after_calls_for_reform_is_still_a_demand(run):
    assert "REQUEST" in ev_types(run("على أثر المظاهرات والدعوة لإصلاحات، دعا وزير الدفاع أمس إلى إلغاء المناصب في الوادي."))
