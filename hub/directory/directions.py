"""Directions to a place, as two plain links: a `geo:` URI, which a phone opens in its own maps
app, and a public route planner's page for the address (transit first where the planner takes
a travel mode). Links only: nothing is asked of another host until a family taps one, and the
planner is not told which page they came from (the links carry rel="noreferrer").

A position that is only its ZIP code's centre is not given as the destination (it would lead a
family to the middle of a neighbourhood); the address is. A place with no position at all still
gets both links, by its address."""

from dataclasses import dataclass
from urllib.parse import quote

from django.conf import settings


@dataclass(frozen=True)
class Directions:
    maps_app: str  # geo: URI
    route_planner: str  # https: page of the planner


def _exact_position(location):
    return location.has_position and not location.position_from_zip


def directions(location):
    address = location.address_line
    if _exact_position(location):
        point = f"{location.latitude},{location.longitude}"
        label = quote(location.name, safe="")
        maps_app = f"geo:{point}?q={point}({label})"
        destination = point
    else:
        maps_app = f"geo:0,0?q={quote(address, safe='')}"
        destination = address
    planner = settings.HUB_ROUTE_PLANNER_URL.format(destination=quote(destination, safe=","))
    return Directions(maps_app=maps_app, route_planner=planner)
