"""The hub's one place for geography: distances, ZIP code points, and the places a family may
name instead of a ZIP code: the region's neighbourhoods and towns and the collaborative's areas
(at the mean of their ZIP centroids), from the region's data module (HUB_REGION, see
sacramento.py), in every spelling the region's languages use. Offline: ZIP centroids come from
the `zipcodes` package's data."""

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module
from statistics import fmean

import zipcodes
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

ZIP_CODE = re.compile(r"^(\d{5})(?:-\d{4})?$")  # a whole text that is a ZIP (or ZIP+4) code
ZIP_IN_TEXT = re.compile(r"(?<!\d)(\d{5})(?:-\d{4})?(?!\d)")
NEIGHBOURHOOD, AREA, TOWN = 0, 1, 2  # the more precise first, when a text names several
EARTH_RADIUS_KM = 6371.0088  # the IUGG mean radius


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float
    zip: str = ""  # the ZIP code a neighbourhood or town is counted by
    area: str = ""  # a configured area's code, for an area


def normalized(text):
    """What two spellings of one name share: 'Oak-Park', ' OAK  park' -> 'oak park';
    accents, case, punctuation and extra spaces do not count ('Sài Gòn nhỏ' -> 'sai gon nho')."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’ʼ]", "", unicodedata.normalize("NFC", text))  # "Медоув'ю" as one word
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance between two points (haversine), in km."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


@lru_cache(maxsize=4096)
def zip_point(zip_code):
    """(lat, lon) of a 5-digit ZIP code's centroid, else None. Kept per process: the package's
    data never changes while it runs, and each look-up scans all of it (~10 ms)."""
    try:
        found = zipcodes.matching(zip_code)
    except (ValueError, TypeError):
        found = []
    return (float(found[0]["lat"]), float(found[0]["long"])) if found else None


def zip_in(text):
    """The first 5-digit ZIP code written in a text ("Meadowview 95832"), else ""."""
    found = ZIP_IN_TEXT.search(text or "")
    return found.group(1) if found else ""


@lru_cache(maxsize=4)
def _region(module_path):
    return import_module(module_path)


def region():
    """The configured region's data module (HUB_REGION)."""
    return _region(settings.HUB_REGION)


def configured_areas():
    """The collaborative's areas: [{"code", "name", "zips", "towns"}] (the region's AREAS)."""
    return region().AREAS


def _areas(configured):
    """The configured areas, named in every language of the hub (their names are translated)."""
    for area in configured:
        points = [point for point in map(zip_point, area.get("zips", ())) if point]
        if not points:
            continue
        place = Place(
            area["name"],
            round(fmean(lat for lat, _lon in points), 4),
            round(fmean(lon for _lat, lon in points), 4),
            area=area["code"],
        )
        names = {area["name"]}
        for code, _name in settings.HUB_LANGUAGES:
            with translation.override(code):
                names.add(gettext(area["name"]))
        yield names, place


@lru_cache(maxsize=4)
def _index(module_path):
    """normalized name -> (precision, Place); a name both a neighbourhood and a town is the
    neighbourhood."""
    found = {}

    def add(names, precision, place):
        for name in names:
            key = normalized(name)
            if key and (key not in found or precision < found[key][0]):
                found[key] = (precision, place)

    for entry in _region(module_path).PLACES:
        place = Place(entry["name"], entry["lat"], entry["lon"], zip=entry["zip"])
        spellings = [name for names in entry["spellings"].values() for name in names]
        precision = NEIGHBOURHOOD if entry["kind"] == "neighbourhood" else TOWN
        add([entry["name"], *entry["also"], *spellings], precision, place)
    for names, place in _areas(_region(module_path).AREAS):
        add(names, AREA, place)
    return found


def names():
    """{normalized name: (precision, Place)} of every place the region names, every spelling."""
    return _index(settings.HUB_REGION)


def find(text):
    """The place a text names: all of it ("oak park"), else the most precise, then longest,
    name inside it ("Oak Park, Sacramento" is Oak Park); None when it names none."""
    wanted = normalized(text or "")
    if not wanted:
        return None
    known = names()
    if wanted in known:
        return known[wanted][1]
    padded = f" {wanted} "
    inside = [
        (precision, -len(name), place)
        for name, (precision, place) in known.items()
        if f" {name} " in padded
    ]
    return min(inside, key=lambda found: found[:2])[2] if inside else None


def example():
    """A neighbourhood to name in a message, in the page's language where it has a spelling."""
    data = region()
    name = getattr(data, "EXAMPLE", "") or data.PLACES[0]["name"]
    entry = next((e for e in data.PLACES if e["name"] == name), {"spellings": {}})
    return (entry["spellings"].get(translation.get_language()) or [name])[0]
