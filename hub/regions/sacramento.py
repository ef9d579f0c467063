"""The Sacramento region (HUB_REGION): its ZIP codes, the collaborative's areas, and the
neighbourhoods and towns as families name them.

Names, ZIP codes and points come from the ZIP table below (each ZIP's Census centroid and the
neighbourhoods it covers); a name in several ZIP codes sits at the mean of their centroids and is
counted by the first. Written by hand besides: places that are not a ZIP's name (such as Little
Saigon) and the spellings families use in the region's other languages, by language code.
Only spellings people really use: no made-up translations of place names."""

from statistics import fmean

from django.utils.translation import gettext_noop

# ZIP -> (city, latitude, longitude, neighborhoods that ZIP covers)
ZIPS = {
    "95811": ("Sacramento", 38.5762, -121.4880, ["Downtown", "Alkali Flat"]),
    "95814": ("Sacramento", 38.5804, -121.4922, ["Downtown", "Capitol Mall"]),
    "95815": ("Sacramento", 38.6093, -121.4443, ["Woodlake", "Point West"]),
    "95816": ("Sacramento", 38.5728, -121.4675, ["Midtown", "East Sacramento"]),
    "95817": ("Sacramento", 38.5498, -121.4583, ["Oak Park", "Elmhurst"]),
    "95818": ("Sacramento", 38.5568, -121.4929, ["Land Park", "Curtis Park"]),
    "95819": ("Sacramento", 38.5683, -121.4366, ["East Sacramento", "River Park"]),
    "95820": ("Sacramento", 38.5347, -121.4451, ["Tahoe Park", "Colonial Heights"]),
    "95821": ("Sacramento", 38.6239, -121.3837, ["Arden-Arcade", "Del Paso Manor"]),
    "95822": ("Sacramento", 38.5091, -121.4935, ["South Land Park", "Hollywood Park"]),
    "95823": ("Sacramento", 38.4797, -121.4438, ["Valley Hi", "Parkway"]),
    "95824": ("Sacramento", 38.5178, -121.4419, ["Fruitridge Manor", "Avondale"]),
    "95825": ("Sacramento", 38.5892, -121.4057, ["Campus Commons", "Sierra Oaks"]),
    "95826": ("Sacramento", 38.5539, -121.3693, ["College Greens", "Rosemont"]),
    "95827": ("Sacramento", 38.5662, -121.3286, ["Lincoln Village", "Butterfield"]),
    "95828": ("Sacramento", 38.4826, -121.4006, ["Florin", "Southgate"]),
    "95829": ("Sacramento", 38.4689, -121.3440, ["Vineyard", "Florin Road East"]),
    "95831": ("Sacramento", 38.4962, -121.5297, ["Pocket", "Greenhaven"]),
    "95832": ("Sacramento", 38.4695, -121.4883, ["Meadowview", "Delta Shores"]),
    "95833": ("Sacramento", 38.6157, -121.5053, ["South Natomas", "Gardenland"]),
    "95834": ("Sacramento", 38.6383, -121.5072, ["North Natomas", "Natomas Crossing"]),
    "95835": ("Sacramento", 38.6626, -121.4834, ["North Natomas", "Natomas Park"]),
    "95838": ("Sacramento", 38.6406, -121.4440, ["Del Paso Heights", "Robla"]),
    "95841": ("Sacramento", 38.6627, -121.3406, ["Foothill Farms", "Madison"]),
    "95842": ("Sacramento", 38.6865, -121.3494, ["Foothill Farms", "Antelope Road"]),
    "95843": ("Antelope", 38.7159, -121.3648, ["Antelope"]),
    "95864": ("Sacramento", 38.5878, -121.3769, ["Arden Park", "Sierra Oaks"]),
    "95624": ("Elk Grove", 38.4232, -121.3599, ["Old Town Elk Grove", "East Elk Grove"]),
    "95757": ("Elk Grove", 38.4081, -121.4294, ["Laguna West", "Franklin"]),
    "95758": ("Elk Grove", 38.4243, -121.4370, ["Laguna", "Stonelake"]),
    "95670": ("Rancho Cordova", 38.6072, -121.2761, ["Cordova Park", "Zinfandel"]),
    "95742": ("Rancho Cordova", 38.5981, -121.2153, ["Anatolia", "Sunridge"]),
    "95610": ("Citrus Heights", 38.6946, -121.2692, ["Sunrise", "Citrus Heights East"]),
    "95621": ("Citrus Heights", 38.6952, -121.3075, ["Sylvan", "Citrus Heights West"]),
    "95630": ("Folsom", 38.6709, -121.1529, ["Historic Folsom", "Empire Ranch"]),
    "95605": ("West Sacramento", 38.5927, -121.5325, ["Bryte", "Broderick"]),
    "95691": ("West Sacramento", 38.5673, -121.5516, ["Southport", "Washington"]),
    "95616": ("Davis", 38.5538, -121.7418, ["Downtown Davis", "Central Davis"]),
    "95618": ("Davis", 38.5449, -121.7405, ["South Davis", "East Davis"]),
    "95661": ("Roseville", 38.7346, -121.2340, ["East Roseville"]),
    "95678": ("Roseville", 38.7609, -121.2867, ["Old Roseville", "Cirby"]),
    "95747": ("Roseville", 38.7703, -121.3372, ["West Roseville"]),
    "95608": ("Carmichael", 38.6284, -121.3287, ["Carmichael"]),
    "95628": ("Fair Oaks", 38.6554, -121.2611, ["Fair Oaks Village"]),
    "95662": ("Orangevale", 38.6845, -121.2256, ["Orangevale"]),
    "95660": ("North Highlands", 38.6707, -121.3781, ["North Highlands"]),
    "95673": ("Rio Linda", 38.6895, -121.4479, ["Rio Linda"]),
    "95655": ("Mather", 38.5579, -121.2910, ["Mather"]),
}

# The areas demand and coverage are counted by: the collaborative's neighbourhoods, as ZIP codes
# and town names. A ZIP code in none of them counts by its first three digits.
AREAS = [
    {
        "code": "north",
        "name": gettext_noop("North Sacramento and Natomas"),
        "zips": ["95815", "95833", "95834", "95835", "95837", "95838", "95673"],
        "towns": ["Natomas", "Rio Linda"],
    },
    {
        "code": "central",
        "name": gettext_noop("Central Sacramento"),
        "zips": ["95811", "95814", "95816", "95817", "95818", "95819"],
        "towns": ["Sacramento"],
    },
    {
        "code": "south",
        "name": gettext_noop("South Sacramento"),
        "zips": ["95820", "95822", "95823", "95824", "95828", "95831", "95832"],
        "towns": [],
    },
    {
        "code": "east",
        "name": gettext_noop("Arden, Carmichael and the east"),
        "zips": ["95821", "95825", "95826", "95827", "95841", "95842", "95608", "95864"],
        "towns": ["Carmichael"],
    },
    {
        "code": "elk-grove",
        "name": gettext_noop("Elk Grove and Laguna"),
        "zips": ["95624", "95757", "95758"],
        "towns": ["Elk Grove"],
    },
]

EXAMPLE = "Oak Park"  # named in the find page's error message: "... such as Oak Park."

# Neighbourhoods without a ZIP of their own: (name, latitude, longitude, ZIP counted by).
EXTRA = [
    # Along Stockton Boulevard, between Fruitridge Road and 14th Avenue.
    ("Little Saigon", 38.523, -121.446, "95824"),
    # Old Sacramento's Chinatown, on I Street between 3rd and 6th.
    ("Chinatown", 38.5818, -121.4966, "95814"),
    ("Old Sacramento", 38.5840, -121.5040, "95814"),
]
# Neighbourhoods that are several ZIP codes of the table, at the mean of their centroids.
GROUPS = {"Natomas": ["95833", "95834", "95835"]}

# Other English names for a neighbourhood or town.
SAME_AS = {
    "Fruitridge Manor": ["Fruitridge"],
    "Valley Hi": ["Valley High"],
    "Pocket": ["The Pocket", "Pocket-Greenhaven"],
    "Arden-Arcade": ["Arden Arcade", "Arden"],
    "Downtown": ["Downtown Sacramento"],
    "Midtown": ["Midtown Sacramento"],
    "Old Sacramento": ["Old Sac"],
}

# Spellings in the region's languages, where families use one of their own.
SPELLINGS = {
    "Little Saigon": {"vi": ["Sài Gòn Nhỏ", "Tiểu Sài Gòn", "Khu Little Saigon"]},
    "Chinatown": {"zh-hans": ["唐人街", "华埠"], "vi": ["Phố Tàu"], "es": ["Barrio Chino"]},
    "Downtown": {
        "es": ["Centro", "Centro de Sacramento"],
        "ru": ["Даунтаун"],
        "uk": ["Даунтаун"],
        "zh-hans": ["市中心", "萨克拉门托市中心"],
        "ko": ["다운타운"],
        "vi": ["Trung tâm thành phố", "Downtown Sacramento"],
    },
    "Midtown": {"ru": ["Мидтаун"], "uk": ["Мідтаун"], "ko": ["미드타운"]},
    "Oak Park": {"ru": ["Оук-Парк"], "uk": ["Оук-Парк"]},
    "Land Park": {"ru": ["Ленд-Парк"], "uk": ["Ленд-Парк"]},
    "Meadowview": {"ru": ["Медоувью"], "uk": ["Медоувʼю"]},
    "Natomas": {"ru": ["Натомас"], "uk": ["Натомас"]},
    "Arden-Arcade": {"ru": ["Арден-Аркейд"], "uk": ["Арден-Аркейд"]},
    "Del Paso Heights": {"ru": ["Дель-Пасо-Хайтс"], "uk": ["Дель-Пасо-Гайтс"]},
    "Florin": {"ru": ["Флорин"], "uk": ["Флорін"]},
    # Towns
    "Sacramento": {
        "ru": ["Сакраменто"],
        "uk": ["Сакраменто"],
        "zh-hans": ["萨克拉门托", "沙加缅度"],
        "ko": ["새크라멘토"],
        "ar": ["ساكرامنتو"],
    },
    "West Sacramento": {
        "es": ["Sacramento Oeste"],
        "ru": ["Уэст-Сакраменто", "Вест-Сакраменто"],
        "uk": ["Вест-Сакраменто"],
        "zh-hans": ["西萨克拉门托"],
    },
    "Rancho Cordova": {"es": ["Rancho Córdova"], "ru": ["Ранчо-Кордова"], "uk": ["Ранчо-Кордова"]},
    "North Highlands": {"ru": ["Норт-Хайлендс"], "uk": ["Норт-Гайлендс"]},
    "Citrus Heights": {"ru": ["Ситрус-Хайтс"], "uk": ["Сітрус-Гайтс"]},
    "Carmichael": {"ru": ["Кармайкл"], "uk": ["Кармайкл"]},
    "Antelope": {"ru": ["Антилоп"], "uk": ["Антилоуп"]},
    "Elk Grove": {
        "ru": ["Элк-Гроув"],
        "uk": ["Елк-Гров"],
        "zh-hans": ["麋鹿林", "埃尔克格罗夫"],
        "ko": ["엘크 그로브"],
        "ar": ["إلك غروف"],
    },
    "Davis": {"ru": ["Дейвис"], "zh-hans": ["戴维斯"], "ko": ["데이비스"]},
    "Roseville": {"ru": ["Розвилл"], "uk": ["Розвілл"], "zh-hans": ["罗斯维尔"]},
    "Folsom": {"ru": ["Фолсом"], "uk": ["Фолсом"], "zh-hans": ["福尔瑟姆"]},
}


def _mean_point(zips):
    return round(fmean(ZIPS[z][1] for z in zips), 4), round(fmean(ZIPS[z][2] for z in zips), 4)


def _entry(name, kind, point, zip_code):
    return {
        "name": name,
        "kind": kind,  # "neighbourhood" or "town": a neighbourhood is the more precise answer
        "lat": point[0],
        "lon": point[1],
        "zip": zip_code,
        "also": SAME_AS.get(name, []),
        "spellings": SPELLINGS.get(name, {}),
    }


def _places():
    zips_of = {"neighbourhood": {}, "town": {}}
    for zip_code, (town, _lat, _lon, names) in ZIPS.items():
        zips_of["town"].setdefault(town, []).append(zip_code)
        for name in names:
            if name != town:  # "Antelope" the town is also its only neighbourhood
                zips_of["neighbourhood"].setdefault(name, []).append(zip_code)
    found = [
        _entry(name, kind, _mean_point(zips), zips[0])
        for kind, names in zips_of.items()
        for name, zips in names.items()
    ]
    found += [_entry(name, "neighbourhood", _mean_point(z), z[0]) for name, z in GROUPS.items()]
    found += [_entry(name, "neighbourhood", (lat, lon), z) for name, lat, lon, z in EXTRA]
    return found


PLACES = _places()
