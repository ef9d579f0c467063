"""The demo region, built from the tables in `data/` with fixed random seeds.

Everything is decided before the database is looked at, and each organization, place and
program draws from its own seeded generator, so the same arguments on the same month give the
same region, and `hub.directory.bulk` can tell that nothing changed. Dates are counted from the
first day of the current month (not from today), so a re-run later in the month is still a
no-op."""

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from time import perf_counter

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.images import get_image_model

from hub.directory.bulk import PageSpec, PageSync, deferred_indexing, sync_rows
from hub.directory.i18n import written_in
from hub.directory.models import (
    EligibilityTag,
    Interest,
    Language,
    Location,
    OrganizationPage,
    PathwayPage,
    PathwayStep,
    ProgramPage,
    SupportServicePage,
    SupportType,
)
from hub.directory.site_tree import build_site
from hub.translations import coverage

from . import equity as equity_demo
from . import images
from .common import (
    Org,
    block_id,
    cost_fields,
    seeded,
    stream_by_language,
    title_case,
    unique_slug,
    weighted,
)
from .data import organizations as org_data
from .data import pathways as pathway_data
from .data import places, taxonomy
from .data import programs as program_data
from .data import services as service_data
from .data import site as site_data
from .i18n import CONTENT_LANGUAGES, fill, join, lower_first, only
from .programs import ProgramMaker

DEFAULT_PROGRAMS = 200
PROGRAMS_PER_ORGANIZATION = 4.5
SERVICES_PER_ORGANIZATION = 1.1
MIN_SERVICES = 44

# How often a listing's text is translated into each language (English is the source).
TRANSLATION_RATES = {"es": 0.82, "vi": 0.2, "zh-hans": 0.15, "ar": 0.1}


@dataclass
class Summary:
    counts: dict
    changes: Counter
    seconds: float

    def lines(self):
        changes = f"{self.changes['created']} created, {self.changes['updated']} updated"
        if self.changes["deleted"]:
            changes += f", {self.changes['deleted']} deleted"
        yield f"Demo region loaded in {self.seconds:.1f} s ({changes})."
        for label, count in self.counts.items():
            yield f"  {label:<34} {count}"


def load_demo_region(programs=DEFAULT_PROGRAMS, today=None):
    """Build (or bring up to date) the demo region. Returns a Summary."""
    return RegionBuilder(programs, today).build()


class RegionBuilder(ProgramMaker):
    def __init__(self, programs=DEFAULT_PROGRAMS, today=None):
        self.n_programs = programs
        self.n_orgs = max(
            len(org_data.ORGANIZATIONS), math.ceil(programs / PROGRAMS_PER_ORGANIZATION)
        )
        self.n_services = max(MIN_SERVICES, round(self.n_orgs * SERVICES_PER_ORGANIZATION))
        self.today = today or timezone.localdate()
        self.anchor = self.today.replace(day=1)
        self.changes = Counter()

    # --- Orchestration -----------------------------------------------------------------------

    def build(self):
        started = perf_counter()
        with (
            transaction.atomic(),
            translation.override("en"),
            deferred_indexing() as queue,
            coverage.recorded_once(),
        ):
            self.queue = queue
            self.pages = PageSync(queue, self.changes)
            self.languages = self._rows(Language, "code", self._language_rows())
            self.interests = self._terms(Interest, taxonomy.INTERESTS)
            self.support_types = self._terms(SupportType, taxonomy.SUPPORT_TYPES)
            self.tags = self._terms(EligibilityTag, taxonomy.ELIGIBILITY_TAGS)
            self.orgs = self._plan_organizations()
            self.venues = self._plan_venues()
            self.locations = self._rows(Location, "name", self._location_rows())
            self._load_images()
            self.home, self.indexes = self._site()
            self._organizations()
            self.programs = self._programs()
            self.services = self._services()
            self.pathways = self._pathways()
            equity_demo.load(self.programs, self.interests.values(), self.today)
        return Summary(self._counts(), self.changes, perf_counter() - started)

    def _rows(self, model, key, rows):
        return sync_rows(model, key, rows, self.queue, self.changes)

    # --- Taxonomy ----------------------------------------------------------------------------

    def _language_rows(self):
        rows = []
        for code, endonym in settings.HUB_LANGUAGES:
            english_name, direction = taxonomy.LANGUAGE_FACTS[code]
            rows.append(
                {
                    "code": code,
                    "endonym": endonym,
                    "english_name": english_name,
                    "direction": direction,
                }
            )
        return rows

    def _terms(self, model, terms):
        names = ["slug", "name", "description", "icon", "synonyms", "sector"]
        columns = [n for n in names if any(f.name == n for f in model._meta.fields)]
        return self._rows(model, "slug", [{n: getattr(t, n) for n in columns} for t in terms])

    # --- Places ------------------------------------------------------------------------------

    def _plan_organizations(self):
        orgs = [
            Org(o.name, o.kind, o.zip_code, list(o.interests), o.languages)
            for o in org_data.ORGANIZATIONS
        ]
        rng = seeded("organizations")
        areas = [(area, z) for z, (_c, _la, _lo, hoods) in places.ZIPS.items() for area in hoods]
        combos = {
            kind: rng.sample(
                [(a, z, n) for a, z in areas for n in nouns], k=len(areas) * len(nouns)
            )
            for kind, nouns in org_data.GENERATED_NAME_NOUNS.items()
        }
        taken = {o.name for o in orgs}
        all_interests = [i.slug for i in taxonomy.INTERESTS if i.slug != "early-stem"]
        career_interests = [i.slug for i in taxonomy.INTERESTS if i.careers]
        while len(orgs) < self.n_orgs:
            kind = weighted(rng, org_data.GENERATED_KIND_WEIGHTS)
            area, zip_code, noun = (
                combos[kind].pop()
                if combos[kind]
                else rng.choice(
                    [(a, z, n) for a, z in areas for n in org_data.GENERATED_NAME_NOUNS[kind]]
                )
            )
            name, n = f"{area} {noun}", 2
            while name in taken:
                name, n = f"{area} {noun} {n}", n + 1
            taken.add(name)
            pool = career_interests if kind in ("employer", "college") else all_interests
            extra = rng.choice(["vi", "zh-hans", "ar", "ru", "uk", "so", "ko", "tl"])
            languages = ("es", extra) if rng.random() < 0.3 else ("es",)
            orgs.append(Org(name, kind, zip_code, rng.sample(pool, rng.randint(2, 3)), languages))
        slugs = set()
        for org in orgs:
            org.slug = unique_slug(slugify(org.name)[:80], slugs)
        return orgs

    def _plan_venues(self):
        """Libraries, community centres and schools where programs and services also happen."""
        rng = seeded("venues")
        areas = [(area, z) for z, (_c, _la, _lo, hoods) in places.ZIPS.items() for area in hoods]
        combos = [(pattern, a, z) for pattern, _n in places.VENUE_PATTERNS for a, z in areas]
        rng.shuffle(combos)
        wanted = max(sum(n for _p, n in places.VENUE_PATTERNS), self.n_orgs // 4)
        return [(pattern.format(area=area), z, area) for pattern, area, z in combos[:wanted]]

    def _location_rows(self):
        # The neighborhood a place's programs are named after ("Oak Park Coding Club").
        self.location_area = {name: area for name, _z, area in self.venues}
        named = []
        for org in self.orgs:
            if org.kind == "college":
                org.locations = [f"{org.name}, Main Campus", f"{org.name}, {org.city} Center"]
            else:
                org.locations = [org.name]
            named.extend((name, org.zip_code) for name in org.locations)
            city, _la, _lo, hoods = places.ZIPS[org.zip_code]
            for name in org.locations:
                self.location_area[name] = hoods[0] if city == "Sacramento" else city
        named.extend((name, z) for name, z, _area in self.venues)
        unique = dict(reversed(named))  # first place of a name wins
        return [
            self._location_row(name, unique[name]) for name in dict.fromkeys(n for n, _z in named)
        ]

    def _location_row(self, name, zip_code):
        rng = seeded("location", name)
        city, lat, lon, _hoods = places.ZIPS[zip_code]
        lat += rng.uniform(-places.JITTER, places.JITTER)
        lon += rng.uniform(-places.JITTER, places.JITTER)
        minutes = rng.randint(3, 9)
        operator, routes = places.BUS_OPERATORS.get(city, ("SacRT", places.SACRT_ROUTES))
        params = {"operator": operator, "route": rng.choice(routes), "minutes": str(minutes)}
        if zip_code in places.LIGHT_RAIL:
            station, line = places.LIGHT_RAIL[zip_code]
            transit = fill(places.TRANSIT_WITH_RAIL, station=station, line=line, **params)
        else:
            transit = fill(places.TRANSIT_BUS_ONLY, **params)
        return {
            "name": name,
            "street_address": f"{rng.randint(100, 9899)} {rng.choice(places.STREETS[city])}",
            "city": city,
            "state": "CA",
            "postal_code": zip_code,
            "latitude": Decimal(f"{lat:.6f}"),
            "longitude": Decimal(f"{lon:.6f}"),
            "transit_notes": transit,
            "accessibility_notes": rng.choice(places.ACCESSIBILITY_NOTES),
            "hours": rng.choice(places.HOURS),
        }

    def _venues_near(self, city):
        near = [self.locations[name] for name, z, _a in self.venues if places.ZIPS[z][0] == city]
        return near or [self.locations[name] for name, _z, _a in self.venues]

    # --- Images ------------------------------------------------------------------------------

    def _load_images(self):
        Image = get_image_model()
        self.images = {img.title: img for img in Image.objects.filter(title__startswith="Demo ")}
        self.program_images = {
            i.slug: self._image(
                f"Demo program image: {i.name['en']}",
                f"demo-program-{i.slug}.png",
                lambda i=i: images.draw_program_image(title_case(i.name["en"]), i.colour),
                f"{i.name['en']}: a decorative banner",
            )
            for i in taxonomy.INTERESTS
        }
        for org in self.orgs:
            org.logo = self._image(
                f"Demo logo: {org.name}",
                f"demo-logo-{org.slug}.png",
                lambda org=org: images.draw_logo(org.name),
                f"{org.name} logo",
            )

    def _image(self, title, filename, draw, description):
        image = self.images.get(title)
        if image is None:
            image, _created = images.ensure_image(title, filename, draw, description)
            self.images[title] = image
            self.changes["created"] += 1
            self.queue.add(image)
        return image

    # --- Site and browse pages ---------------------------------------------------------------

    def _site(self):
        return build_site(self.pages, self.changes)

    # --- Organizations -----------------------------------------------------------------------

    def _organizations(self):
        specs = [(self.indexes["partners"], self._organization_spec(org)) for org in self.orgs]
        for org, page in zip(self.orgs, self.pages.sync(specs), strict=True):
            org.page = page

    def _page_languages(self, rng, org):
        langs = set()
        for lang, rate in TRANSLATION_RATES.items():
            boost = 0.3 if lang in org.languages and lang != "es" else 0
            if rng.random() < rate + boost:
                langs.add(lang)
        return langs

    def _organization_spec(self, org):
        rng = seeded("organization", org.name)
        interests = [taxonomy.INTERESTS_BY_SLUG[s] for s in org.interests]
        focus = join([lower_first(i.name) for i in interests])
        langs = {"es"} | (set(org.languages) & set(CONTENT_LANGUAGES))
        langs |= {lang for lang in ("vi", "zh-hans", "ar") if rng.random() < 0.12}
        summary = only(
            fill(org_data.ORG_SUMMARIES[org.kind], name=org.name, city=org.city, focus=focus), langs
        )
        years = str(rng.randint(4, 40))
        body = stream_by_language(
            [
                ("heading", org_data.ORG_BODY["heading"]),
                ("paragraph", fill(org_data.ORG_BODY["paragraph"], city=org.city, years=years)),
            ],
            langs,
            ("org", org.slug),
        )
        first, last = rng.choice(org_data.FIRST_NAMES), rng.choice(org_data.LAST_NAMES)
        ways = org_data.WAYS_BY_KIND[org.kind]
        n_ways = (
            rng.randint(2, min(4, len(ways)))
            if org.kind in ("employer", "college")
            else rng.randint(0, len(ways))
        )
        return PageSpec(
            OrganizationPage,
            org.slug,
            {
                # A name reads the same in every language the page is written in.
                "title": {lang: org.name for lang in ("en", *langs)},
                "kind": org.kind,
                "summary": summary,
                "body": body,
                "logo_id": org.logo.pk,
                "website": f"https://www.{org.domain}/",
                "phone": org.phone,
                "email": f"hello@{org.domain}",
                "partnership_contact_name": f"{first} {last}",
                "partnership_contact_email": f"partners@{org.domain}",
                "partnership_contact_phone": org.phone,
            },
            children={
                "locations": [{"location_id": self.locations[name].pk} for name in org.locations],
                "ways_to_work_together": [
                    {"way": way, "description": org_data.WAYS[way]} for way in ways[:n_ways]
                ],
            },
        )

    # --- Support services --------------------------------------------------------------------

    def _services(self):
        rng = seeded("services")
        slugs_by_org = defaultdict(set)
        used = defaultdict(set)
        load = Counter()
        specs = []
        for n in range(self.n_services):
            template = service_data.SERVICES[n % len(service_data.SERVICES)]
            candidates = [
                o
                for o in self.orgs
                if o.kind in template.org_kinds and template.key not in used[o.slug]
            ]
            candidates = candidates or [o for o in self.orgs if template.key not in used[o.slug]]
            org = min(
                rng.sample(candidates, min(6, len(candidates))),
                key=lambda o: (load[o.slug], o.name),
            )
            load[org.slug] += 1
            used[org.slug].add(template.key)
            specs.append((org.page, self._service_spec(n, template, org, slugs_by_org[org.slug])))
        return self.pages.sync(specs)

    def _service_spec(self, n, template, org, slugs):
        rng = seeded("service", n)
        langs = self._page_languages(rng, org)
        slug = unique_slug(slugify(template.title["en"])[:80], slugs)
        where = [self.locations[org.locations[0]]]
        if rng.random() < 0.5:
            venue = rng.choice(self._venues_near(org.city))
            if venue not in where:
                where.append(venue)
        if template.cost == "sliding":
            amount = rng.choice([60, 90, 120, 150])
            cost = cost_fields(
                "sliding",
                amount,
                True,
                fill(program_data.COST_NOTES["sliding"], amount=str(amount)),
            )
        else:
            cost = cost_fields("free", None, False, site_data.SERVICE_FREE)
        first, last = rng.choice(org_data.FIRST_NAMES), rng.choice(org_data.LAST_NAMES)
        return PageSpec(
            SupportServicePage,
            slug,
            {
                "title": only(template.title, langs),
                "summary": only(template.summary, langs),
                "grade_min": template.grades[0],
                "grade_max": template.grades[1],
                "interpretation_on_request": rng.random() < 0.5,
                "translated_materials": rng.random() < 0.5,
                "eligibility_notes": only(service_data.SERVICE_WHO, langs),
                "how_to_apply": only(template.how_to_get_it, langs),
                "apply_url": f"https://www.{org.domain}/help/{slug}/",
                "apply_phone": org.phone,
                "apply_email": f"help@{org.domain}",
                "contact_name": f"{first} {last}",
                "contact_phone": org.phone,
                "contact_email": f"{first}.{last}@{org.domain}".lower(),
                "last_verified": self._last_verified(rng),
                **{**cost, "cost_notes": only(cost["cost_notes"], langs)},
            },
            m2m={
                "support_types": [self.support_types[s] for s in template.support_types],
                "delivery_languages": self._delivery_languages(rng, org),
                "eligibility_tags": [self.tags[s] for s in template.eligibility],
            },
            children={
                "service_locations": [
                    {"location_id": loc.pk, "hours": rng.choice(service_data.SERVICE_HOURS)}
                    for loc in where
                ]
            },
        )

    # --- Pathways ----------------------------------------------------------------------------

    def _pathways(self):
        programs = self.programs
        program_interests = {p.pk: {i.slug for i in p.interests.all()} for p in programs}
        primary = {
            p.pk: plan.interest.slug for p, plan in zip(programs, self.program_plans, strict=True)
        }
        specs = []
        for pathway in pathway_data.PATHWAYS:
            rng = seeded("pathway", pathway.slug)
            steps = []
            for position, step in enumerate(pathway.steps):
                linked = self._programs_for_step(
                    rng, pathway, step, programs, program_interests, primary
                )
                steps.append(
                    {
                        "band": step.band,
                        "title": step.title,
                        "description": step.description,
                        "credential": step.credential or {"en": ""},
                        "programs": [
                            {
                                "type": "program",
                                "value": p.pk,
                                "id": block_id("pathway", pathway.slug, position, p.pk),
                            }
                            for p in linked
                        ],
                    }
                )
            employers = self._partners(rng, pathway, "employer", 3)
            colleges = self._partners(rng, pathway, "college", 2)
            body = stream_by_language(
                [("question", (site_data.PATHWAY_QUESTION, site_data.PATHWAY_ANSWER))],
                set(CONTENT_LANGUAGES),
                ("pathway", pathway.slug),
            )
            specs.append(
                (
                    self.indexes["pathways"],
                    PageSpec(
                        PathwayPage,
                        pathway.slug,
                        {
                            "title": pathway.title,
                            "sector": pathway.sector,
                            "summary": pathway.summary,
                            "body": body,
                            "credentials": pathway.credentials,
                            "typical_wage_low": pathway.wages[0],
                            "typical_wage_high": pathway.wages[1],
                        },
                        m2m={
                            "interests": [self.interests[s] for s in pathway.interests],
                            "employer_partners": employers,
                            "colleges": colleges,
                        },
                        children={"steps": steps},
                    ),
                )
            )
        return self.pages.sync(specs)

    @staticmethod
    def _programs_for_step(rng, pathway, step, programs, program_interests, primary):
        """The best-fitting program for the step, and up to two more good ones."""
        low, high = PathwayStep.BAND_GRADES[step.band]
        preferred = pathway_data.STEP_PROGRAM_KINDS[step.band]
        main, related = pathway.interests[0], set(pathway.interests)

        def rank(program):
            shared = program_interests[program.pk]
            return (
                primary[program.pk] != main,
                primary[program.pk] not in related,
                program.kind not in preferred,
                -len(shared & related),
                program.pk,
            )

        fitting = [
            p
            for p in programs
            if p.grade_min <= high and p.grade_max >= low and program_interests[p.pk] & related
        ]
        if not fitting:
            fitting = [p for p in programs if p.grade_min <= high and p.grade_max >= low]
        ranked = sorted(fitting, key=rank)
        if not ranked:  # a tiny region (--programs 5) may have nothing for this step
            return []
        good = [p for p in ranked[1:5] if rank(p)[:3] == rank(ranked[0])[:3]]
        return ranked[:1] + rng.sample(good, min(len(good), rng.randint(0, 2)))

    def _partners(self, rng, pathway, kind, most):
        of_kind = [o for o in self.orgs if o.kind == kind]
        matching = [o for o in of_kind if set(o.interests) & set(pathway.interests)]
        chosen = matching[:most] if matching else rng.sample(of_kind, min(2, len(of_kind)))
        return [o.page for o in chosen]

    # --- Summary -----------------------------------------------------------------------------

    def _counts(self):
        programs = ProgramPage.objects.all()
        return {
            "languages": Language.objects.count(),
            "interests": Interest.objects.count(),
            "support types": SupportType.objects.count(),
            "eligibility tags": EligibilityTag.objects.count(),
            "locations": Location.objects.count(),
            "organizations": OrganizationPage.objects.count(),
            "organization kinds": OrganizationPage.objects.values("kind").distinct().count(),
            "programs": programs.count(),
            "  of them Pre-K/kindergarten": programs.filter(grade_max__lte=0).count(),
            "  after high school": programs.filter(grade_max=13).count(),
            "  with Spanish text": programs.filter(written_in("summary", "es")).count(),
            "  free": programs.filter(cost_type="free").count(),
            "support services": SupportServicePage.objects.count(),
            "pathways": PathwayPage.objects.count(),
            "images": get_image_model().objects.filter(title__startswith="Demo ").count(),
        }
