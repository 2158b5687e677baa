"""Time expressions resolved against the publication date (2020-07-02 was a Thursday)."""
import datetime as dt

import pytest

from rasad.lang.ar import tokenize
from rasad.stages.times import find_times, weekday_before

PUB = dt.date(2020, 7, 2)


def one(text, published=PUB):
    refs = find_times(tokenize(text), published)
    assert refs, f"no time found in {text!r}"
    return refs[0]


@pytest.mark.parametrize("text, date, precision", [
    ("كشفت القيادة، يوم الخميس، عن", "2020-07-02", 1),
    ("نشرت الحكومة، أمس الأربعاء، قوات", "2020-07-01", 1),
    ("وفي وقت سابق الخميس، كشف", "2020-07-02", 1),
    ("هاجم مسلحون الثلاثاء الماضي", "2020-06-30", 1),
    ("يوم الاثنين", "2020-06-29", 1),
    ("في يونيو من العام الماضي", "2019-06-15", 3),
    ("في حزيران الماضي", "2020-06-15", 3),
    ("في كانون الثاني/يناير", "2020-01-15", 3),
    ("في آب", "2019-08-15", 3),
    ("في العاشر من حزيران/يونيو من عام 2014", "2014-06-10", 1),
    ("منذ حزيران (يونيو) 2014", "2014-06-15", 3),
    ("في العام الماضي شهدت المدينة", "2019-01-01", 3),
    ("قصفت المقاتلات ليل الثلاثاء الأربعاء مواقع", "2020-07-01", 1),
    ("وقال المصدر إن التنظيم هاجم صباح اليوم (أمس) المدينة", "2020-07-01", 1),
    ("وقع هجوم مساء الثلاثاء - الأربعاء في المدينة", "2020-07-01", 1),
    ("القصف منذ منتصف الشهر الماضي", "2020-06-15", 3),
    ("منذ أكثر من أسبوعين", "2020-06-18", 3),
    ("منذ ثلاثة أيام", "2020-06-29", 2),
    ("في 15 حزيران 2020", "2020-06-15", 1),
    ("في الثاني من تموز", "2020-07-02", 1),
    ("يوم 28 يونيو/حزيران", "2020-06-28", 1),
    ("في 11 ذو القعدة 1441", "2020-07-02", 1),
    ("يوم 11 ذو القعدة", "2020-07-02", 1),
    ("تعرضت مؤخراً لقصف", "2020-07-02", 2),
    ("اليوم", "2020-07-02", 1),
    ("أول من أمس", "2020-06-30", 1),
    ("أول أمس الثلاثاء", "2020-06-30", 1),
    ("الليلة الماضية", "2020-07-01", 1),
    ("في ساعة متأخرة الليلة قبل الماضية", "2020-06-30", 1),
])
def test_resolution(text, date, precision):
    ref = one(text)
    assert ref.date == dt.date.fromisoformat(date)
    assert ref.precision == precision


def test_weekday_words_that_are_also_numbers_need_context():
    # "أحد الجنود" is "one of the soldiers", not Sunday.
    assert find_times(tokenize("قتل أحد الجنود"), PUB) == []
    assert find_times(tokenize("بين الاثنين"), PUB) == []


def test_future_weekday_is_not_a_past_date():
    refs = find_times(tokenize("الخميس المقبل"), PUB)
    assert [r.kind for r in refs] == ["future"] and all(r.date > PUB for r in refs)


def test_without_published_relative_dates_stay_unknown():
    ref = one("أمس الأربعاء", published=None)
    assert ref.date is None
    ref = one("في 15 حزيران 2020", published=None)
    assert ref.date == dt.date(2020, 6, 15)  # explicit dates need no anchor


def test_year_and_long_windows():
    assert one("استفتاء الاستقلال عام 2017").kind == "year"
    ref = one("مباحثات منذ أشهر")
    assert ref.kind == "since" and ref.window_days > 62


def test_vague_windows_take_the_news_day_with_their_vagueness_as_precision():
    # no start is given, so none is made up: the news day, precision 3 (weeks) or 2 (days)
    ref = one("وتدور منذ أسابيع معارك")
    assert (ref.kind, ref.date, ref.precision) == ("since", PUB, 3)
    ref = one("شهدت في الأيام القليلة الماضية اشتباكات")
    assert (ref.kind, ref.date, ref.precision) == ("since", PUB, 2)
    # a window of a given length still starts that long ago
    ref = one("خلال الأشهر الستة الماضية")
    assert ref.date == PUB - dt.timedelta(days=180) and ref.precision == 3
    # and "في" alone starts nothing
    assert find_times(tokenize("في الأيام المقبلة"), PUB) == []


def test_a_campaign_of_a_given_length_ending_now():
    # (dated by the day it is reported on, as "خلال اليومين الماضيين"; the window says how long)
    ref = one("قتلوا خلال أسبوعين من الغارات الجوية")
    assert (ref.kind, ref.date, ref.precision, ref.window_days) == ("since", PUB, 3, 14)
    ref = one("قتلوا خلال أسبوع من الغارات")
    assert (ref.date, ref.precision, ref.window_days) == (PUB, 2, 7)
    assert one("خلال أسبوع").kind == "week"  # (no "من": this week, not a campaign)


def test_a_day_of_last_or_this_month_by_number():
    assert (one("في 26 من الشهر الماضي").date, one("في 26 من الشهر الماضي").precision) == (dt.date(2020, 6, 26), 1)
    assert one("يوم 1 من الشهر الجاري").date == dt.date(2020, 7, 1)
    # a day the month does not have, or one still to come, gives the month only
    assert one("في 31 من الشهر الماضي").kind == "month"
    assert all(r.kind != "explicit" for r in find_times(tokenize("في 30 من الشهر الجاري"), PUB))


def test_weekday_before():
    assert weekday_before(PUB, 3) == PUB
    assert weekday_before(PUB, 3, strictly=True) == dt.date(2020, 6, 25)


def test_very_long_windows_do_not_overflow():
    ref = one("وجدت منذ 3000000 عام")
    assert ref.kind == "since" and ref.date is None and ref.window_days > 62


def test_the_nth_day_of_something_is_not_today():
    assert [r.text for r in find_times(tokenize("في اليوم الثاني من زيارته"), PUB)] == []
    assert one("وصل اليوم إلى بغداد").date == PUB


def test_a_day_of_last_month_said_past_is_never_after_publication():
    assert one("في 3 يوليو الماضي").date == dt.date(2019, 7, 3)  # PUB is 2020-07-02
    assert one("في 1 يوليو الماضي").date == dt.date(2020, 7, 1)


def test_long_windows_since_a_date_or_during_months():
    ref = one("منذ 23 أيلول - سبتمبر 2019، وحتى أمس")
    assert ref.kind == "since" and ref.date == dt.date(2019, 9, 23) and ref.window_days > 62
    ref = one("خلال 10 أشهر")
    assert ref.kind == "since" and ref.window_days == 300


def test_since_the_end_of_a_named_month():
    ref = one("منذ نهاية شهر مارس")
    assert ref.kind == "since" and ref.date == dt.date(2020, 3, 28)


def test_long_windows_over_the_past_months():
    ref = one("وقعت على مدى الأشهر الستة الماضية")
    assert ref.kind == "since" and ref.window_days == 180
    ref = one("خلال السنوات الماضية")
    assert ref.kind == "since" and ref.window_days > 62


def test_a_span_ago():
    assert one("قبل يومين").date == dt.date(2020, 6, 30)
    ref = one("قبل 3 سنوات")
    assert ref.kind == "ago" and ref.date.year == 2017
    assert [r.text for r in find_times(tokenize("قبل أن يغادر"), PUB)] == []


def test_an_age_beyond_the_calendar_is_an_unknown_date():
    import datetime as dt

    from rasad.kb import load_kb
    from rasad.model import Article
    from rasad.pipeline import process
    from conftest import FIXTURE_KB

    doc = process(Article("t", "ويحيط بالمدينة سور بني قبل 2500 سنة.", dt.date(2015, 7, 21)), load_kb(FIXTURE_KB))
    assert [t.date for t in doc.times if t.kind == "ago"] == [None]


def test_a_day_in_digits_of_a_named_month_with_min():
    import datetime as dt
    from rasad.lang.ar import normalize, tokenize
    from rasad.stages.times import find_times
    for text in ("قتل في 8 من يوليو", "قتل في الـ8 من يوليو"):
        refs = find_times(tokenize(normalize(text)), dt.date(2015, 7, 24))
        assert [(r.kind, r.date) for r in refs] == [("explicit", dt.date(2015, 7, 8))]
    # (a count of people is no date)
    assert find_times(tokenize(normalize("قتل 8 من عناصر داعش")), dt.date(2015, 7, 24)) == []


def test_the_day_before_yesterday_the_past_week_and_this_month():
    import datetime as dt
    from rasad.lang.ar import normalize, tokenize
    from rasad.stages.times import find_times
    day = dt.date(2015, 8, 15)
    def one(text):
        return [(r.kind, r.date, r.precision) for r in find_times(tokenize(normalize(text)), day)]
    assert one("مساء أمس الأول") == [("day-before-yesterday", dt.date(2015, 8, 13), 1)]
    assert one("الأسبوع الفائت") == [("week", dt.date(2015, 8, 8), 2)]
    assert one("الشهر الفائت") == [("month", dt.date(2015, 7, 15), 3)]
    assert one("مطلع الشهر الجاري") == [("month", dt.date(2015, 8, 1), 3)]
    assert one("في العاشر من الشهر الجاري") == [("explicit", dt.date(2015, 8, 10), 1)]


def test_a_window_of_two_ending_on_the_news_day():
    r = one("قتل خلال اليومين الماضيين أكثر من 30 مسلحا")
    assert (r.date, r.precision, r.kind, r.window_days) == (PUB, 2, "since", 2)
    r = one("تصاعدت الهجمات في الأسبوعين الأخيرين")
    assert (r.date, r.precision, r.window_days) == (PUB, 3, 14)
