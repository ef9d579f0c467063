"""Programs of the demo region: which ones exist (the plan), who runs them, and every field.

Pathway steps are planned first, so every step of every pathway has programs that fit it."""

from collections import defaultdict
from datetime import time, timedelta
from functools import lru_cache

from django.conf import settings
from django.utils.text import slugify

from hub.directory.bulk import PageSpec
from hub.directory.models import ProgramPage

from .common import (
    FORMATS,
    Plan,
    cost_fields,
    seeded,
    stream_by_language,
    topic_forms,
    unique_slug,
    weighted,
)
from .data import organizations as org_data
from .data import pathways as pathway_data
from .data import programs as program_data
from .data import taxonomy
from .i18n import CONTENT_LANGUAGES, fill, only

# Relative frequency of each kind of program in the region.
KIND_WEIGHTS = {
    "club": 4,
    "camp": 3,
    "workshop": 3,
    "course": 3,
    "competition": 1.5,
    "mentoring": 1.5,
    "internship": 2,
    "dual_enrollment": 1,
    "college_visit": 1.5,
    "apprenticeship": 1,
    "certificate": 2,
}
# The weekday each schedule starts on, so a "Thursday" workshop is on a Thursday.
SCHEDULE_WEEKDAY = {
    "tue_thu_afternoon": 1,
    "wed_afternoon": 2,
    "mon_afternoon": 0,
    "fri_afternoon": 4,
    "weekdays_day": 0,
    "weekdays_morning": 0,
    "saturday_morning": 5,
    "tue_thu_evening": 1,
    "mon_wed_evening": 0,
    "dual_after_school": 0,
    "internship_hours": 0,
    "apprenticeship_hours": 0,
    "every_other_wednesday": 2,
    "saturday_practice": 5,
    "one_saturday": 5,
    "residential_week": 6,
    "thursday_evening": 3,
    "saturday_short": 5,
    "saturday_early": 5,
    "wednesday_early": 2,
}
# When in the week each schedule falls, for the matcher's schedule question.
SCHEDULE_SLOT = {
    "tue_thu_afternoon": "after_school",
    "wed_afternoon": "after_school",
    "mon_afternoon": "after_school",
    "fri_afternoon": "after_school",
    "weekdays_day": "school_day",
    "weekdays_morning": "school_day",
    "saturday_morning": "weekend",
    "tue_thu_evening": "evening",
    "mon_wed_evening": "evening",
    "dual_after_school": "after_school",
    "internship_hours": "school_day",
    "apprenticeship_hours": "school_day",
    "every_other_wednesday": "after_school",
    "saturday_practice": "weekend",
    "one_saturday": "weekend",
    "residential_week": "school_day",
    "thursday_evening": "evening",
    "saturday_short": "weekend",
    "saturday_early": "weekend",
    "wednesday_early": "school_day",
}
# The same schedules as weekly days and clock times, exactly as their text says them, so the
# calendar file repeats them. Not "every other Wednesday", "full time: 32 hours..." nor "Sunday
# to Friday, staying on campus": no weekly rule with clock times says those, so they stay text.
SCHEDULE_TIMES = {
    "tue_thu_afternoon": ("TU,TH", time(15, 30), time(17, 0)),
    "wed_afternoon": ("WE", time(16, 0), time(18, 0)),
    "mon_afternoon": ("MO", time(15, 0), time(16, 30)),
    "fri_afternoon": ("FR", time(15, 30), time(17, 30)),
    "weekdays_day": ("MO,TU,WE,TH,FR", time(9, 0), time(15, 0)),
    "weekdays_morning": ("MO,TU,WE,TH", time(9, 0), time(12, 0)),
    "saturday_morning": ("SA", time(10, 0), time(13, 0)),
    "tue_thu_evening": ("TU,TH", time(18, 0), time(20, 0)),
    "mon_wed_evening": ("MO,WE", time(17, 30), time(19, 30)),
    "dual_after_school": ("MO,WE", time(15, 30), time(17, 0)),
    "internship_hours": ("MO,TU,WE,TH", time(9, 0), time(15, 0)),
    "saturday_practice": ("SA", time(9, 0), time(12, 0)),
    "one_saturday": ("SA", time(9, 0), time(14, 0)),
    "thursday_evening": ("TH", time(18, 0), time(19, 30)),
    "saturday_short": ("SA", time(10, 0), time(11, 30)),
    "saturday_early": ("SA", time(10, 0), time(11, 0)),
    "wednesday_early": ("WE", time(10, 30), time(11, 15)),
}
# When sessions of a kind usually start: (month, day) windows.
SEASONS = {
    "summer": (((6, 15), (7, 20)),),
    "spring_break": (((3, 23), (4, 8)),),
    "school_break": (((6, 15), (7, 20)), ((12, 20), (12, 30))),
    "term": (((8, 18), (9, 20)), ((1, 6), (2, 10))),
    "summer_jobs": (((6, 1), (7, 1)),),
}
KIND_SEASONS = {
    "internship": "summer_jobs",
    "dual_enrollment": "term",
    "club": "term",
    "course": "term",
    "certificate": "term",
}
# The first day anything can start, counted from the first of this month: later than the
# 31st, so every date is in the future whatever day of the month the loader runs.
FIRST_DAY = 35
LAST_DAY = 360
FIRST_DEADLINE = 31


class ProgramMaker:
    """The program half of RegionBuilder (a mixin: it reads the builder's places, taxonomy
    and organizations)."""

    # --- Planning: which programs, run by whom ------------------------------------------------

    def _pick_org(self, rng, kind, interest_slug=None):
        """A lightly loaded organization that runs this kind of program, preferring one known
        for the interest."""
        candidates = self.orgs_by_program_kind[kind]
        sample = rng.sample(candidates, min(8, len(candidates)))
        if interest_slug:
            matching = [o for o in candidates if interest_slug in o.interests]
            sample += rng.sample(matching, min(4, len(matching)))
        return min(
            sample,
            key=lambda o: (o.programs - (6 if interest_slug in o.interests else 0), o.name),
        )

    def _plan_programs(self):
        self.orgs_by_program_kind = {
            kind: [o for o in self.orgs if o.kind in data.org_kinds]
            for kind, data in program_data.KINDS.items()
        }
        rng = seeded("program-plans")
        plans = []
        # Every pathway step gets programs to link to.
        for n, pathway in enumerate(pathway_data.PATHWAYS):
            main = taxonomy.INTERESTS_BY_SLUG[pathway.interests[0]]
            for step in pathway.steps:
                kinds = pathway_data.STEP_PROGRAM_KINDS[step.band]
                kind = kinds[n % len(kinds)]
                plans.append(Plan(kind, pathway_data.STEP_PROGRAM_BANDS[step.band], main))
        # Every early-learning kind at least once.
        for kind in ("workshop", "club", "camp", "course"):
            plans.append(Plan(kind, "early", self._interest_for(rng, kind, "early")))
        while len(plans) < self.n_programs:
            kind = weighted(rng, KIND_WEIGHTS)
            band = weighted(rng, program_data.KINDS[kind].bands)
            plans.append(Plan(kind, band, None))
        plans = plans[: self.n_programs]
        for plan in plans:
            if plan.interest is None:
                plan.org = self._pick_org(rng, plan.kind)
                plan.interest = self._interest_for(rng, plan.kind, plan.band, plan.org)
            else:
                plan.org = self._pick_org(rng, plan.kind, plan.interest.slug)
            plan.org.programs += 1
        return plans

    @staticmethod
    def _interest_for(rng, kind, band, org=None):
        def fits(interest):
            if band == "early":
                return bool(interest.early_activity)
            if program_data.KINDS[kind].careers_only and not interest.careers:
                return False
            return interest.slug != "early-stem"

        # Mostly what the organization is known for; employers and colleges nearly always.
        focused = 0.9 if org is not None and org.kind in ("employer", "college") else 0.75
        if org is not None and rng.random() < focused:
            own = [taxonomy.INTERESTS_BY_SLUG[s] for s in org.interests]
            own = [i for i in own if fits(i)]
            if own:
                return rng.choice(own)
        return rng.choice([i for i in taxonomy.INTERESTS if fits(i)])

    def _programs(self):
        plans = self._plan_programs()
        self.program_plans = plans
        titles_by_org = defaultdict(set)
        slugs_by_org = defaultdict(set)
        specs = [
            (plan.org.page, self._program_spec(n, plan, titles_by_org, slugs_by_org))
            for n, plan in enumerate(plans)
        ]
        return self.pages.sync(specs)

    def _program_spec(self, n, plan, titles_by_org, slugs_by_org):
        rng = seeded("program", n)
        org, interest, kind_data = plan.org, plan.interest, program_data.KINDS[plan.kind]
        early = plan.band == "early"
        langs = self._page_languages(rng, org)
        grade_min, grade_max = rng.choice(program_data.GRADE_RANGES[plan.band])
        fmt = (
            "in_person"
            if early
            else weighted(rng, dict(zip(FORMATS, kind_data.formats, strict=True)))
        )

        # Where it happens: the organization's own site, or a library or school nearby.
        own_site = self.locations[org.locations[0]]
        place = own_site if rng.random() < 0.6 else rng.choice(self._venues_near(org.city))
        area = self.location_area[place.name]

        # Title, unique within the organization: another wording first, then a place.
        templates = program_data.EARLY_TITLES if early else kind_data.titles
        if plan.kind == "apprenticeship":
            order = [1 if plan.band == "high" else 0]
        else:
            order = rng.sample(range(len(templates)), len(templates))
        topic, topic_heading = topic_forms(interest.name)
        for template_index in order:
            title = fill(templates[template_index], topic=topic, Topic=topic_heading, area=area)
            title = only(title, langs)
            if title["en"] not in titles_by_org[org.slug]:
                break
        base, repeat = title, 1
        while title["en"] in titles_by_org[org.slug]:
            repeat += 1
            label = place.city if repeat == 2 else f"{place.city}, {repeat - 1}"
            title = {lang: f"{text} ({label})" for lang, text in base.items()}
        titles_by_org[org.slug].add(title["en"])
        slug = unique_slug(slugify(title["en"])[:80], slugs_by_org[org.slug])

        activity = interest.early_activity if early else interest.activity
        summary = fill(
            program_data.EARLY_SUMMARY if early else kind_data.summary,
            activity=activity,
            org=org.name,
        )

        # The main interest, and up to two related ones from the organization's focus when the
        # program is part of that focus.
        others = [
            s
            for s in org.interests
            if s != interest.slug
            and interest.slug in org.interests
            and (not early or taxonomy.INTERESTS_BY_SLUG[s].early_activity)
        ]
        extra = rng.sample(others, min(len(others), rng.choice([0, 0, 1, 1, 2])))
        interests = [self.interests[interest.slug]] + [self.interests[s] for s in extra]

        delivery = self._delivery_languages(rng, org)
        interpretation = rng.random() < (0.5 if len(org.languages) > 1 else 0.3)
        materials = rng.random() < (0.55 if len(delivery) > 1 else 0.25)

        cost = self._program_cost(rng, plan, org)
        supports = self._program_supports(rng, plan, fmt, interpretation)
        tags = self._eligibility(rng, plan, org)
        credentials = self._credentials(rng, plan, interest)
        sessions = self._sessions(rng, plan, kind_data, template_index, fmt, place)

        first, last = rng.choice(org_data.FIRST_NAMES), rng.choice(org_data.LAST_NAMES)
        contact_email = f"{first}.{last}@{org.domain}".lower()
        how_key = "early" if early else kind_data.how_to_apply
        body = self._program_body(interest, fmt, supports, langs, (org.slug, slug))
        fields = {
            "title": title,
            "summary": only(summary, langs),
            "body": body,
            "kind": plan.kind,
            # The demo's internships and apprenticeships all pay (their cost note says so).
            "pays_participants": plan.kind in ("internship", "apprenticeship"),
            "format": fmt,
            "image_id": self.program_images[interest.slug].pk,
            "grade_min": grade_min,
            "grade_max": grade_max,
            "interpretation_on_request": interpretation,
            "translated_materials": materials,
            "eligibility_notes": only(program_data.ELIGIBILITY_NOTES[eligibility_key(plan)], langs),
            "how_to_apply": only(program_data.HOW_TO_APPLY[how_key], langs),
            "apply_url": f"https://www.{org.domain}/apply/{slug}/",
            "apply_phone": org.phone,
            "apply_email": f"apply@{org.domain}",
            "contact_name": f"{first} {last}",
            "contact_phone": org.phone,
            "contact_email": contact_email,
            "last_verified": self._last_verified(rng),
            **cost,
            **credentials,
        }
        fields["cost_notes"] = only(fields["cost_notes"], langs)
        fields["credential_notes"] = only(fields["credential_notes"], langs)
        for session in sessions:
            session["days_and_times"] = only(session["days_and_times"], langs)
        return PageSpec(
            ProgramPage,
            slug,
            fields,
            m2m={
                "interests": interests,
                "delivery_languages": delivery,
                "supports": supports,
                "eligibility_tags": tags,
            },
            children={"sessions": sessions},
        )

    @staticmethod
    def _program_body(interest, fmt, supports, langs, id_parts):
        """What you will do (the interest and the format), and one question families ask."""
        paragraph = {lang: "<p>{description} {format}</p>" for lang in CONTENT_LANGUAGES}
        return stream_by_language(
            [
                ("heading", program_data.BODY_HEADING),
                (
                    "paragraph",
                    fill(
                        paragraph,
                        description=interest.description,
                        format=program_data.FORMAT_SENTENCES[fmt],
                    ),
                ),
                ("question", question_for(supports)),
            ],
            langs,
            ("program", *id_parts),
        )

    # Shared with support services.
    def _delivery_languages(self, rng, org):
        codes = ["en"] if rng.random() < 0.97 or len(org.languages) == 0 else []
        for lang in org.languages:
            if rng.random() < (0.65 if lang == "es" else 0.55):
                codes.append(lang)
        if "es" not in codes and rng.random() < 0.3:
            codes.append("es")
        for code, _name in settings.HUB_LANGUAGES:
            if code not in codes and rng.random() < 0.03:
                codes.append(code)
        if not codes:
            codes = ["en"]
        return [self.languages[c] for c in codes]

    @staticmethod
    def _program_cost(rng, plan, org):
        kind_data = program_data.KINDS[plan.kind]
        free, fixed, _sliding = kind_data.costs
        roll = rng.random()
        low, high = kind_data.fee_range
        amount = round(rng.randint(low, high) / 5) * 5 if high else 0
        if plan.kind in ("internship", "apprenticeship"):
            return cost_fields("free", None, False, program_data.COST_NOTES["paid_work"])
        if plan.kind == "dual_enrollment":
            return cost_fields("free", None, False, program_data.COST_NOTES["dual"])
        if roll < free:
            return cost_fields("free", None, False, program_data.COST_NOTES["free"])
        notes = program_data.COST_NOTES
        if roll < free + fixed:
            if plan.kind == "certificate" and org.kind == "college":
                fees = fill(notes["college_fees"], amount=str(amount))
                return cost_fields("fixed", amount, True, fees)
            waiver = rng.random() < 0.5
            key = "fixed_waiver" if waiver else "fixed"
            return cost_fields("fixed", amount, waiver, fill(notes[key], amount=str(amount)))
        return cost_fields("sliding", amount, True, fill(notes["sliding"], amount=str(amount)))

    def _program_supports(self, rng, plan, fmt, interpretation):
        chances = {
            "meals": 0.6 if plan.kind == "camp" else 0.2,
            "transportation": 0.25,
            "device": 0.7 if fmt != "in_person" else 0.1,
            "internet": 0.4 if fmt != "in_person" else 0.03,
            "interpretation": 0.5 if interpretation else 0.05,
            "childcare": 0.35 if plan.band == "early" or plan.kind == "workshop" else 0.03,
            "tutoring": 0.1,
            "application-help": 0.5
            if plan.kind in ("dual_enrollment", "college_visit", "certificate")
            else 0.05,
            "stipend": 0.9 if plan.kind in ("internship", "apprenticeship") else 0.0,
            "supplies": 0.5 if plan.kind == "apprenticeship" else 0.15,
            "disability-support": 0.12,
            "mental-health": 0.04,
            "family-workshops": 0.5 if plan.band == "early" else 0.05,
            "housing": 0.03 if plan.band == "post" else 0.0,
        }
        chosen = [slug for slug, p in chances.items() if rng.random() < p]
        return [self.support_types[slug] for slug in chosen[:4]]

    def _eligibility(self, rng, plan, org):
        chances = {
            "low-income": 0.2,
            "girls-nonbinary": 1.0 if org.name.startswith("Girls") else 0.06,
            "first-generation": 0.4 if plan.kind in ("dual_enrollment", "college_visit") else 0.06,
            "foster-youth": 0.04,
            "housing-insecure": 0.04,
            "english-learners": 0.3 if set(org.languages) - {"es"} else 0.1,
            "county-residents": 0.6 if org.kind == "government" else 0.03,
            "yolo-residents": 0.4 if org.city in ("Davis", "West Sacramento") else 0.0,
            "students-with-disabilities": 0.04,
            "newcomers": 1.0 if org.name.startswith("Newcomer") else 0.03,
            "out-of-school-youth": 0.25 if plan.band == "post" else 0.0,
        }
        chosen = [slug for slug, p in chances.items() if rng.random() < p]
        return [self.tags[slug] for slug in chosen[:3]]

    @staticmethod
    def _credentials(rng, plan, interest):
        none = {"en": ""}
        credential = program_data.CREDENTIALS.get(interest.slug)
        flags = {
            "earns_college_credit": False,
            "earns_certificate": False,
            "earns_industry_certification": False,
        }
        notes = none
        if plan.kind == "dual_enrollment":
            flags["earns_college_credit"] = True
            notes = program_data.DUAL_CREDIT
        elif plan.kind == "certificate":
            flags["earns_certificate"] = True
            flags["earns_college_credit"] = rng.random() < 0.5
            if credential and rng.random() < 0.6:
                flags["earns_industry_certification"] = True
                notes = credential
        elif plan.kind == "apprenticeship":
            flags["earns_certificate"] = True
            if credential:
                flags["earns_industry_certification"] = True
                notes = fill(program_data.APPRENTICESHIP_CREDENTIAL, credential=credential)
        elif plan.kind == "internship":
            flags["earns_certificate"] = True
            notes = program_data.INTERNSHIP_CREDENTIAL
        elif plan.kind == "course" and plan.band == "post":
            flags["earns_college_credit"] = rng.random() < 0.5
        return {**flags, "credential_notes": notes}

    def _sessions(self, rng, plan, kind_data, template_index, fmt, place):
        """1-3 sessions, one after another (a second camp week, the next term...), all
        starting, ending and closing applications within the coming twelve months."""
        early = plan.band == "early"
        schedule_key = rng.choice(program_data.EARLY_SCHEDULES if early else kind_data.schedules)
        weekday = SCHEDULE_WEEKDAY[schedule_key]
        if plan.kind == "camp":
            season = ("summer", "spring_break", "school_break")[template_index % 3]
        else:
            season = KIND_SEASONS.get(plan.kind)
        shortest, longest = kind_data.duration_days
        if early and plan.kind in ("club", "course"):
            shortest, longest = 28, 56  # a few weeks of short weekly sessions
        days = program_data.SCHEDULES[schedule_key]
        if fmt == "online":
            prefix = program_data.ONLINE_SCHEDULE_PREFIX
            days = {lang: prefix[lang] + text for lang, text in days.items() if lang in prefix}
        weekdays, start_time, end_time = SCHEDULE_TIMES.get(schedule_key, ("", None, None))
        wanted = rng.choices([1, 2, 3], weights=[45, 35, 20])[0]
        sessions, earliest = [], FIRST_DAY
        for _ in range(wanted):
            if plan.kind == "camp":
                # Camps run Monday to Friday (or Thursday), one or two weeks.
                duration = 3 if schedule_key == "weekdays_morning" else rng.choice([4, 11])
            else:
                duration = rng.randint(shortest, longest)
            choices = start_days(self.anchor, weekday, earliest, LAST_DAY - duration, season)
            if not choices:
                break
            # Later sessions follow soon after the one before.
            start = rng.choice(choices[:4] if sessions else choices)
            deadline = max(
                start - timedelta(days=rng.randint(7, 21)),
                self.anchor + timedelta(days=FIRST_DEADLINE),
            )
            low, high = kind_data.seats
            sessions.append(
                {
                    "start_date": start,
                    "end_date": start + timedelta(days=duration),
                    "days_and_times": days,
                    "time_slot": SCHEDULE_SLOT[schedule_key],
                    "weekdays": weekdays,
                    "start_time": start_time,
                    "end_time": end_time,
                    "location_id": None if fmt == "online" else place.pk,
                    "seats": rng.randint(low, high),
                    "application_deadline": deadline,
                }
            )
            earliest = (start - self.anchor).days + max(duration + 1, 7)
        return sessions

    def _last_verified(self, rng):
        if rng.random() < 0.08:  # a few listings nobody has checked for over a year
            return self.anchor - timedelta(days=rng.randint(400, 700))
        return self.anchor - timedelta(days=rng.randint(0, 150))


def eligibility_key(plan):
    if plan.band == "early":
        return "early"
    if plan.band == "dual":
        return "dual"
    if plan.kind in ("internship", "apprenticeship") and plan.band != "post":
        return "work"
    if plan.band == "post":
        return "adult"
    return "school"


def question_for(supports):
    slugs = {s.slug for s in supports}
    for key in ("device", "transportation", "meals", "interpretation"):
        if key in slugs:
            return program_data.QUESTIONS[key]
    return program_data.QUESTIONS["default"]


@lru_cache(maxsize=2048)
def start_days(anchor, weekday, first_offset, last_offset, season):
    """Possible first days: on the schedule's weekday, in season when the season allows,
    between `first_offset` and `last_offset` days after the anchor."""
    days = [anchor + timedelta(days=d) for d in range(first_offset, last_offset + 1)]
    days = [d for d in days if d.weekday() == weekday]
    if season:
        windows = SEASONS[season]
        in_season = [
            d for d in days if any(start <= (d.month, d.day) <= end for start, end in windows)
        ]
        # Out of season only for a first session (there is always one in a year).
        if in_season or first_offset > FIRST_DAY:
            days = in_season
    return tuple(days)
