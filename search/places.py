"""Where a family is, from a ZIP code or a place name, without asking any other host: ZIP codes
through the `zipcodes` package (offline data); the region's neighbourhoods, towns and the
collaborative's areas in any of their spellings (hub/regions); else a town the hub has places in."""

from django.db.models import Avg
from django.utils.translation import gettext as _

from hub import regions
from hub.directory.models import Location

MAX_PLACE = 80  # characters; the field's maxlength


def locate(place):
    """(lat, lon) for a ZIP code or a place the hub knows, else None. A ZIP code written with a
    name wins ("Meadowview 95832" is 95832): it is the more exact of the two."""
    place = place.strip()
    if regions.ZIP_CODE.match(place):
        return regions.zip_point(place[:5])
    if not place or len(place) > MAX_PLACE:
        return None
    point = regions.zip_point(regions.zip_in(place)) if regions.zip_in(place) else None
    if point:
        return point
    named = regions.find(place)
    if named:
        return named.lat, named.lon
    centre = Location.objects.filter(city__iexact=place).aggregate(
        lat=Avg("latitude"), lon=Avg("longitude")
    )
    if centre["lat"] is None:
        return None
    return float(centre["lat"]), float(centre["lon"])


def not_known(place):
    """The message for a place the hub cannot find, saying what works instead."""
    return _(
        "We do not know the place %(place)s. Try a 5-digit ZIP code or a neighbourhood "
        "such as %(example)s."
    ) % {"place": place[:40], "example": regions.example()}
