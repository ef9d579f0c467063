"""Time travel for tests: another day is "today" for the code under test, which asks
`django.utils.timezone.localdate()` (the counters' month, which months have ended, the page
cache's month, dates in sentences). The way tests/site_wide/test_rate_limits.py moves a day on,
with monkeypatch, so it is undone when the test ends; a live server's thread sees it too."""

from django.utils import timezone


def travel_to(monkeypatch, day):
    """From now until the test ends (or the next travel), today is `day`."""
    real = getattr(timezone.localdate, "real_localdate", timezone.localdate)

    def localdate(value=None, zone=None):
        return day if value is None else real(value, zone)

    localdate.real_localdate = real
    monkeypatch.setattr(timezone, "localdate", localdate)
