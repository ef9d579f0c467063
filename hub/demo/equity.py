"""Demo equity data: the region's population shares, participant counts for the demo programs,
and a few months of anonymous search counts, so the equity page has something to show.

Made up, seeded, and added only where none exists yet: a database with real counts keeps them."""

import datetime
import random

from hub.counters import facets
from hub.counters.models import DEMAND_FACETS, Demand
from hub.directory.bulk import assign
from hub.directory.i18n import localized_field_name, stored_value
from hub.equity.figures import month_start, take_snapshot
from hub.equity.models import ParticipationCount, PopulationGroup

from .i18n import tr

G = PopulationGroup.Category
# (category, name, share %): plausible for a California metro, not official figures.
GROUPS = [
    (
        G.RACE_ETHNICITY,
        tr(
            "Hispanic or Latino",
            es="Hispano o latino",
            vi="Người gốc Tây Ban Nha hoặc La-tinh",
            ar="من أصل إسباني أو لاتيني",
            so="Isbaanish ama Laatiino",
        ),
        40,
    ),
    (G.RACE_ETHNICITY, tr("White", es="Blanco", vi="Người da trắng", ar="أبيض", so="Cadaan"), 22),
    (G.RACE_ETHNICITY, tr("Asian", es="Asiático", vi="Người gốc Á", ar="آسيوي", so="Aasiyaan"), 18),
    (
        G.RACE_ETHNICITY,
        tr(
            "Black or African American",
            es="Negro o afroamericano",
            vi="Người da đen hoặc người Mỹ gốc Phi",
            ar="أسود أو أمريكي من أصل أفريقي",
            so="Madow ama Afrikaan Maraykan ah",
        ),
        11,
    ),
    (
        G.RACE_ETHNICITY,
        tr(
            "Two or more races",
            es="Dos o más razas",
            vi="Hai chủng tộc trở lên",
            ar="عرقان أو أكثر",
            so="Laba jinsi ama ka badan",
        ),
        6,
    ),
    (
        G.RACE_ETHNICITY,
        tr(
            "Pacific Islander",
            es="Isleño del Pacífico",
            vi="Người đảo Thái Bình Dương",
            ar="من جزر المحيط الهادئ",
            so="Jasiiradaha Baasifigga",
        ),
        2,
    ),
    (
        G.RACE_ETHNICITY,
        tr(
            "American Indian or Alaska Native",
            es="Indígena americano o nativo de Alaska",
            vi="Người Mỹ bản địa hoặc thổ dân Alaska",
            ar="هندي أمريكي أو من سكان ألاسكا الأصليين",
            so="Hindida Maraykanka ama dadka asalka u ah Alaska",
        ),
        1,
    ),
    (G.GENDER, tr("Girls", es="Niñas", vi="Em gái", ar="فتيات", so="Gabdho"), 49),
    (G.GENDER, tr("Boys", es="Niños", vi="Em trai", ar="فتيان", so="Wiilal"), 49),
    (
        G.GENDER,
        tr(
            "Nonbinary",
            es="No binario",
            vi="Phi nhị nguyên",
            ar="غير ثنائي",
            so="Aan laba-geesood ahayn",
        ),
        2,
    ),
    (
        G.LOW_INCOME,
        tr(
            "Low-income", es="Bajos ingresos", vi="Thu nhập thấp", ar="دخل منخفض", so="Dakhli hoose"
        ),
        62,
    ),
    (
        G.LOW_INCOME,
        tr(
            "Not low-income",
            es="No de bajos ingresos",
            vi="Không thu nhập thấp",
            ar="دخل غير منخفض",
            so="Aan dakhli hoose ahayn",
        ),
        38,
    ),
    (
        G.ENGLISH_LEARNER,
        tr(
            "English learners",
            es="Aprendices de inglés",
            vi="Học sinh đang học tiếng Anh",
            ar="متعلمو الإنجليزية",
            so="Ardayda barta Ingiriisiga",
        ),
        21,
    ),
    (
        G.ENGLISH_LEARNER,
        tr(
            "Not English learners",
            es="No aprendices de inglés",
            vi="Không phải học sinh đang học tiếng Anh",
            ar="ليسوا من متعلمي الإنجليزية",
            so="Aan ahayn ardayda barta Ingiriisiga",
        ),
        79,
    ),
    (
        G.DISABILITY,
        tr(
            "With a disability",
            es="Con una discapacidad",
            vi="Có khuyết tật",
            ar="ذوو إعاقة",
            so="Leh naafo",
        ),
        13,
    ),
    (
        G.DISABILITY,
        tr(
            "Without a disability",
            es="Sin discapacidad",
            vi="Không khuyết tật",
            ar="بدون إعاقة",
            so="Aan naafo lahayn",
        ),
        87,
    ),
]
# Gaps the demo's searches show plainly: (language, grade band, interest, area, searches that
# found nothing this month).
GAPS = [
    ("so", "6-8", "coding", "north", 14),
    ("ar", "prek-2", "robotics", "south", 11),
    ("vi", "after", "health-sciences", "elk-grove", 12),
]
# Who is under-served in the demo, so the page shows what it is for.
SKEW = {
    "Girls": 0.7,
    "Boys": 1.3,
    "Low-income": 0.75,
    "English learners": 0.6,
    "Black or African American": 0.7,
}


def population_groups():
    found = []
    for order, (category, name, share) in enumerate(GROUPS):
        english = {localized_field_name("name", "en"): name["en"]}
        group = PopulationGroup.objects.filter(category=category, **english).first()
        if group is None:
            group = PopulationGroup(category=category, share=share, sort_order=order)
            assign(group, {"name": name})
            group.save()
        found.append(group)
    return found


def term_of(day):
    return "fall" if day.month >= 8 else "summer" if day.month >= 6 else "spring"


def participation(programs, groups, today):
    """Counts for about two in three programs, for the current term, in every category."""
    done = set(ParticipationCount.objects.values_list("page_id", flat=True).distinct())
    by_category = {}
    for group in groups:
        by_category.setdefault(group.category, []).append(group)
    rows = []
    for program in programs:
        rng = random.Random(f"participation/{program.slug}")
        if program.pk in done or rng.random() > 0.66:
            continue
        total = rng.randint(12, 90)
        for members in by_category.values():
            weights = [
                float(g.share)
                * SKEW.get(stored_value(g, "name", "en"), 1.0)
                * rng.uniform(0.6, 1.4)
                for g in members
            ]
            counts = [0] * len(members)
            for _n in range(total):
                counts[rng.choices(range(len(members)), weights)[0]] += 1
            rows += [
                ParticipationCount(
                    page=program,
                    year=today.year,
                    term=term_of(today),
                    group=g,
                    count=c,
                    sort_order=n,
                )
                for n, (g, c) in enumerate(zip(members, counts, strict=True))
            ]
    ParticipationCount.objects.bulk_create(rows, batch_size=500)


def demand(interests, today, months=3):
    """Anonymous search counts for this month and the ones before, where none exist."""
    bands = [code for code, _label, _low, _high in facets.GRADE_BANDS]
    areas = [*facets.areas(), "zip:956", ""]
    languages = ["en"] * 6 + ["es"] * 4 + ["vi", "zh-hans", "so", "ar", "ru", "ko", "tl", "uk"]
    month = month_start(today)
    for n in range(months):
        if not Demand.objects.filter(month=month).exists():
            rng = random.Random(f"demand/{month:%Y-%m}")
            counts = {}
            for _search in range(4000 - 600 * n):
                language = rng.choice(languages)
                interest = rng.choice(interests)
                band = rng.choices(bands, [2, 3, 4, 4, 1])[0]
                area = rng.choice(areas)
                # Families reading a less-served language find less, most of all at both ends.
                scarce = language not in ("en", "es") and band in ("prek-2", "after")
                results = rng.choices(
                    ["0", "1-2", "3-9", "10+"], [6, 3, 1, 0] if scarce else [1, 2, 4, 3]
                )[0]
                key = (month, band, interest, language, area, "", results)
                counts[key] = counts.get(key, 0) + 1
            for language, band, interest, area, searches in GAPS:
                key = (month, band, interest, language, area, "", "0")
                counts[key] = counts.get(key, 0) + searches - 2 * n
            Demand.objects.bulk_create(
                [
                    Demand(**dict(zip(DEMAND_FACETS, key, strict=True)), count=c)
                    for key, c in counts.items()
                ],
                batch_size=1000,
            )
        month = month_start(month - datetime.timedelta(days=1))


def load(programs, interests, today):
    groups = population_groups()
    participation(programs, groups, today)
    demand([i.slug for i in interests], today)
    # The months before this one, as they would have been published.
    month = month_start(today)
    for _n in range(2):
        month = month_start(month - datetime.timedelta(days=1))
        take_snapshot(month)
