"""What a family's phone calendar shows after tapping "Add to calendar": a weekly class on its
real days and hours in the region's time zone, until its last day; a deadline that reminds them
a week and a day before; all of it in the family's language. Times the program never gave are
never made up."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rrulestr
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext
from factories import (
    InterestFactory,
    OrganizationPageFactory,
    ProgramPageFactory,
    session,
)

from hub.directory.models import ProgramSession

pytestmark = pytest.mark.django_db
REGION = ZoneInfo(settings.TIME_ZONE)


@pytest.fixture
def organization(indexes):
    return OrganizationPageFactory(parent=indexes["partners"])


def next_weekday(day, weekday):
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def ics(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    for event in calendar.walk("VEVENT"):  # what RFC 5545 requires of every event
        assert event.get("uid") and event.get("dtstamp")
    return calendar


def occurrences(event):
    """Every start a calendar app shows for the event, as it expands the rule."""
    rule = event["rrule"].to_ical().decode()
    return list(rrulestr(rule, dtstart=event.decoded("dtstart")))


def test_a_fourteen_week_class_repeats_weekly_on_its_days_and_hours_not_one_banner(
    client, organization
):
    first = next_weekday(timezone.localdate() + datetime.timedelta(days=20), 1)  # a Tuesday
    last = first + datetime.timedelta(weeks=14) - datetime.timedelta(days=5)  # a Thursday
    program = ProgramPageFactory(
        parent=organization,
        title="Robotics Club",
        sessions=[
            ProgramSession(
                start_date=first,
                end_date=last,
                days_and_times="Tuesdays and Thursdays, 3:30–5 pm",
                weekdays="TU,TH",
                start_time=datetime.time(15, 30),
                end_time=datetime.time(17, 0),
            )
        ],
    )
    calendar = ics(client, f"/en/share/{program.pk}/calendar.ics")
    (event,) = calendar.walk("VEVENT")
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start == datetime.datetime.combine(first, datetime.time(15, 30), REGION)
    assert end == datetime.datetime.combine(first, datetime.time(17, 0), REGION)
    assert event["dtstart"].params["TZID"] == settings.TIME_ZONE
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == [settings.TIME_ZONE]
    rule = event["rrule"]
    assert rule["FREQ"] == ["WEEKLY"] and sorted(rule["BYDAY"]) == ["TH", "TU"]

    starts = occurrences(event)
    assert len(starts) == 28  # 14 weeks, twice a week
    assert {s.weekday() for s in starts} == {1, 3}
    assert starts[-1].date() == last
    # Half past three in the region on every day, through the change of clocks.
    assert {s.astimezone(REGION).time() for s in starts} == {datetime.time(15, 30)}


def test_a_class_starting_on_another_day_begins_on_its_first_meeting_day(client, organization):
    """A session dated from a Monday that meets on Wednesdays: nothing on the Monday."""
    monday = next_weekday(timezone.localdate() + datetime.timedelta(days=10), 0)
    program = ProgramPageFactory(
        parent=organization,
        sessions=[
            session(
                days_from_now=(monday - timezone.localdate()).days,
                length_days=20,
                weekdays="WE",
                start_time=datetime.time(16),
                end_time=datetime.time(18),
            )
        ],
    )
    (event,) = ics(client, f"/en/share/{program.pk}/calendar.ics").walk("VEVENT")
    assert [s.date() for s in occurrences(event)] == [
        monday + datetime.timedelta(days=2 + 7 * week) for week in range(3)
    ]


def test_a_session_given_only_as_text_stays_whole_days_and_says_so(client, organization):
    """ "Every other Wednesday" has no weekly rule: the hub does not guess one, nor the hours."""
    program = ProgramPageFactory(
        parent=organization,
        sessions=[session(length_days=60, days_and_times="Every other Wednesday, 5–6 pm")],
    )
    (event,) = ics(client, f"/es/share/{program.pk}/calendar.ics").walk("VEVENT")
    sess = program.sessions.get()
    assert event.decoded("dtstart") == sess.start_date  # a date, not a time of day
    assert event.decoded("dtend") == sess.end_date + datetime.timedelta(days=1)
    assert "rrule" not in event
    description = str(event["description"])
    assert "Every other Wednesday, 5–6 pm" in description
    with translation.override("es"):
        note = gettext("This shows the whole dates. Ask the program which days and times it meets.")
    # (Its Spanish arrives with the catalogues; gettext under /es/ is what picks it.)
    assert note in description


def test_a_deadline_reminds_the_family_a_week_and_a_day_before_in_spanish(client, organization):
    deadline = timezone.localdate() + datetime.timedelta(days=15)
    program = ProgramPageFactory(
        parent=organization,
        title="Robotics Club",
        title_es="Club de robótica",
        sessions=[session(days_from_now=30, application_deadline=deadline)],
    )
    calendar = ics(client, f"/es/share/{program.pk}/calendar.ics")
    (due,) = [e for e in calendar.walk("VEVENT") if e.decoded("dtstart") == deadline]
    alarms = due.walk("VALARM")
    assert sorted(a.decoded("trigger") for a in alarms) == [
        -datetime.timedelta(days=7),
        -datetime.timedelta(days=1),
    ]
    assert {str(a["action"]) for a in alarms} == {"DISPLAY"}
    with translation.override("es"):
        assert str(due["summary"]) == gettext("Last day to apply: %(title)s") % {
            "title": "Club de robótica"
        }
        week = gettext("One week left to apply: %(title)s") % {"title": "Club de robótica"}
        day = gettext("Tomorrow is the last day to apply: %(title)s") % {
            "title": "Club de robótica"
        }
    assert not str(due["summary"]).startswith("Last day")  # Spanish, as the address asks
    assert sorted(str(a["description"]) for a in alarms) == sorted([week, day])
    (course,) = [e for e in calendar.walk("VEVENT") if e is not due]
    assert str(course["summary"]) == "Club de robótica"


def test_the_deadline_feed_a_phone_subscribes_to_reminds_too(client, organization):
    robotics = InterestFactory(slug="robotics", name="Robotics")
    deadline = timezone.localdate() + datetime.timedelta(days=9)
    ProgramPageFactory(
        parent=organization,
        interests=[robotics],
        sessions=[session(days_from_now=30, application_deadline=deadline)],
    )
    (due,) = ics(client, "/es/deadlines/robotics.ics").walk("VEVENT")
    assert due.decoded("dtstart") == deadline
    assert sorted(a.decoded("trigger") for a in due.walk("VALARM")) == [
        -datetime.timedelta(days=7),
        -datetime.timedelta(days=1),
    ]


def test_the_demo_region_gives_clock_times_only_where_its_text_does(region):
    """The demo's "Tuesdays and Thursdays, 3:30–5 pm" is structured; "Every other Wednesday"
    and "Full time: 32 hours..." are not (no weekly rule says them)."""
    texts = {}
    for s in ProgramSession.objects.all():
        texts.setdefault(s.days_and_times_en.removeprefix("Online: "), set()).add(
            (s.weekdays, s.start_time, s.end_time)
        )
    assert texts["Tuesdays and Thursdays, 3:30–5 pm"] == {
        ("TU,TH", datetime.time(15, 30), datetime.time(17, 0))
    }
    assert texts["Monday–Friday, 9 am–3 pm"] == {
        ("MO,TU,WE,TH,FR", datetime.time(9), datetime.time(15))
    }
    assert texts["Every other Wednesday, 5–6 pm"] == {("", None, None)}
    for s in ProgramSession.objects.exclude(start_time=None):
        assert "MO TU WE TH FR SA SU".split()[s.start_date.weekday()] in s.weekdays.split(",")


def test_a_partner_cannot_save_half_a_weekly_schedule(db):
    """Days without hours (or hours without days, or hours that end before they start) would
    put made-up times in families' calendars: the admin refuses them, saying which field."""
    start = timezone.localdate()
    half = [
        ({"weekdays": "TU"}, {"start_time", "end_time"}),
        ({"start_time": datetime.time(16), "end_time": datetime.time(18)}, {"weekdays"}),
        (
            {"weekdays": "TU", "start_time": datetime.time(18), "end_time": datetime.time(16)},
            {"end_time"},
        ),
        (
            {"weekdays": "SA", "start_time": datetime.time(9), "end_time": datetime.time(12)},
            {"weekdays"},  # a Monday-to-Friday week has no Saturday in it
        ),
    ]
    monday = next_weekday(start, 0)
    for fields, named in half:
        with pytest.raises(ValidationError) as refused:
            ProgramSession(
                start_date=monday, end_date=monday + datetime.timedelta(days=4), **fields
            ).clean()
        assert set(refused.value.message_dict) == named


def test_the_admin_ticks_the_days_and_stores_them_in_week_order():
    field = ProgramSession._meta.get_field("weekdays").formfield()
    assert isinstance(field.widget, forms.CheckboxSelectMultiple)
    assert field.clean(["TH", "TU"]) == "TU,TH"
    assert field.prepare_value("TU,TH") == ["TU", "TH"]
    assert not field.has_changed("TU,TH", ["TU", "TH"])
    with pytest.raises(ValidationError):
        field.clean(["XX"])
