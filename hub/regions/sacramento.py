"""The Sacramento region's neighbourhoods and towns, as families name them (HUB_NEIGHBOURHOODS).

The names, their ZIP codes and points come from the demo region's ZIP table
(hub/directory/demo/data/places.py: each ZIP's Census centroid and the neighbourhoods it covers);
a name in several ZIP codes sits at the mean of their centroids and is counted by the first.
Written here only: what that table lacks (places that are not a ZIP's name, such as Little
Saigon) and the spellings families use in the region's other languages, by language code.
Only spellings people really use: no made-up translations of place names."""

from statistics import fmean

from hub.directory.demo.data.places import ZIPS

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
