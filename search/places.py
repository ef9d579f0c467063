"""Where a family is, from a ZIP code or a neighbourhood name, without asking any other host:
ZIP codes through the `zipcodes` package (offline data), neighbourhoods and towns from the
hub's own locations."""

import re

import zipcodes
from django.db.models import Avg

from hub.directory.models import Location

ZIP = re.compile(r"^\d{5}(-\d{4})?$")


def locate(place):
    """(lat, lon) for a ZIP code or a town/neighbourhood the hub has places in, else None."""
    place = place.strip()
    if ZIP.match(place):
        try:
            found = zipcodes.matching(place[:5])
        except (ValueError, TypeError):
            found = []
        if found:
            return float(found[0]["lat"]), float(found[0]["long"])
        return None
    if not place or len(place) > 80:
        return None
    centre = Location.objects.filter(city__iexact=place).aggregate(
        lat=Avg("latitude"), lon=Avg("longitude")
    )
    if centre["lat"] is None:
        return None
    return float(centre["lat"]), float(centre["lon"])
