"""The coarse facets every equity figure is cut by. Fixed, short lists: a count keyed by them
says what families asked for, never who asked.

- grade band: Pre-K–2, 3–5, 6–8, 9–12, after high school;
- area: one of the collaborative's areas (the region's AREAS, hub/regions: neighbourhoods as
  lists of ZIP codes and town names), else the first three digits of a ZIP code, never more;
- result bucket: how many programs fitted everything asked: 0, 1–2, 3–9, 10+."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from hub import regions
from hub.directory.grades import POST_SECONDARY, PREK

GRADE_BANDS = [
    ("prek-2", _("Pre-K to grade 2"), PREK, 2),
    ("3-5", _("Grades 3 to 5"), 3, 5),
    ("6-8", _("Grades 6 to 8"), 6, 8),
    ("9-12", _("Grades 9 to 12"), 9, 12),
    ("after", _("After high school"), POST_SECONDARY, POST_SECONDARY),
]
GRADE_BAND_LABELS = {code: label for code, label, _low, _high in GRADE_BANDS}

RESULT_BUCKETS = [
    ("0", _("No programs"), 0, 0),
    ("1-2", _("1 or 2 programs"), 1, 2),
    ("3-9", _("3 to 9 programs"), 3, 9),
    ("10+", _("10 or more programs"), 10, None),
]
RESULT_BUCKET_LABELS = {code: label for code, label, _low, _high in RESULT_BUCKETS}


def grade_band(grade):
    """The band of one grade; "" when no grade was given."""
    for code, _label, low, high in GRADE_BANDS:
        if grade is not None and low <= grade <= high:
            return code
    return ""


def grade_bands_between(low, high):
    """The bands a listing for grades low..high reaches. An end not given is open; a listing
    whose grades are not known at all reaches no band (coverage is never made up)."""
    if low is None and high is None:
        return []
    return [
        code
        for code, _label, b_low, b_high in GRADE_BANDS
        if (low is None or low <= b_high) and (high is None or b_low <= high)
    ]


def result_bucket(count):
    for code, _label, low, high in RESULT_BUCKETS:
        if count >= low and (high is None or count <= high):
            return code
    return ""


def areas():
    """{code: {"name": ..., "zips": set, "towns": set}} as configured."""
    return {
        area["code"]: {
            "name": area["name"],
            "zips": set(area.get("zips", ())),
            "towns": {town.casefold() for town in area.get("towns", ())},
        }
        for area in regions.configured_areas()
    }


def area_of(place):
    """A configured area's code for a ZIP code or town, else "zip:958" (a ZIP code's first three
    digits), else "" (nothing said, or a place name the hub does not know). A neighbourhood
    counts in the area of its ZIP code, and a ZIP code written with a name by that ZIP code, as
    the find page locates them (hub/regions): never anything finer than the area."""
    place = (place or "").strip()
    configured = areas()
    found = regions.ZIP_CODE.match(place)
    if found:
        for code, area in configured.items():
            if found.group(1) in area["zips"]:
                return code
        return f"zip:{found.group(1)[:3]}"
    for code, area in configured.items():
        if place.casefold() in area["towns"]:
            return code
    if regions.zip_in(place):
        return area_of(regions.zip_in(place))
    named = regions.find(place)
    if named is None:
        return ""
    return named.area or area_of(named.zip)


def area_label(code):
    if code.startswith("zip:"):
        return gettext("ZIP codes %(prefix)sxx") % {"prefix": code[4:]}
    area = areas().get(code)
    if area is None:
        return gettext("Not said")
    return gettext(area["name"])  # the names are marked for translation in settings
