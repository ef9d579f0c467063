"""The days of the week a session meets, stored as iCalendar day codes ("TU,TH") so the
calendar file repeats on exactly those days, and chosen in the admin with checkboxes."""

from django import forms
from django.db import models
from django.utils.dates import WEEKDAYS as DAY_NAMES  # Django's own translated day names

CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]  # in date.weekday() order
WEEKDAYS = [(code, DAY_NAMES[number]) for number, code in enumerate(CODES)]


def split(value):
    return [code for code in (value or "").split(",") if code]


def weekday_numbers(value):
    """ "TU,TH" -> [1, 3], as date.weekday() counts."""
    return [CODES.index(code) for code in split(value) if code in CODES]


class WeekdaysFormField(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.pop("max_length", None)
        super().__init__(choices=WEEKDAYS, **kwargs)

    def prepare_value(self, value):
        return split(value) if isinstance(value, str) else value

    def has_changed(self, initial, data):
        return super().has_changed(self.prepare_value(initial), data)

    def clean(self, value):
        chosen = super().clean(value)
        return ",".join(code for code in CODES if code in chosen)  # Monday first, each once


class WeekdaysField(models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 20)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        # Not CharField.formfield: the form gives a list of codes, the column holds one string.
        return models.Field.formfield(self, **{"form_class": WeekdaysFormField, **kwargs})
