"""Every page type is created through the Wagtail admin as a superuser, then read as a family
would: in English, in Spanish (translated and not yet translated), and in Arabic (RTL)."""

import datetime
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.conf import settings
from django.test import override_settings
from django.utils import formats, timezone, translation
from django.utils.html import escape
from factories import (
    EligibilityTagFactory,
    InterestFactory,
    LanguageFactory,
    LocationFactory,
    OrganizationPageFactory,
    ProgramPageFactory,
    SupportTypeFactory,
)
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from hub.directory.i18n import localized_field_name
from hub.directory.models import (
    HomePage,
    OrganizationIndexPage,
    OrganizationPage,
    PathwayIndexPage,
    PathwayPage,
    ProgramIndexPage,
    ProgramPage,
    SupportServiceIndexPage,
    SupportServicePage,
)
from hub.directory.views import choice_url

HUB_CODES = ["en", "es", "vi", "zh-hans", "so", "ar", "ru", "uk", "ko", "tl"]
SESSION_START = datetime.date(2035, 6, 12)
SESSION_END = datetime.date(2035, 7, 20)
DEADLINE = datetime.date(2035, 5, 1)


def tr(field, language):
    return localized_field_name(field, language)


def in_language(language, value, format_name="DATE_FORMAT"):
    with translation.override(language):
        return formats.date_format(value, format_name)


INLINE_TAGS = {"a", "span", "strong", "em", "b", "i", "time", "bdi", "abbr", "small", "label"}


class _Text(HTMLParser):
    """Text as laid out: block elements separate words, inline ones do not."""

    def __init__(self):
        super().__init__()
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag not in INLINE_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        elif tag not in INLINE_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(response):
    """What a reader sees: the body's text with whitespace collapsed."""
    parser = _Text()
    parser.feed(response.content.decode())
    return re.sub(r"\s+", " ", "".join(parser.parts))


def html(response):
    return response.content.decode()


class HubAdminTestCase(WagtailPageTestCase):
    """A home page as the site root, the shared taxonomy, and a logged-in superuser."""

    @classmethod
    def setUpTestData(cls):
        translation.activate("en")
        root = Page.get_first_root_node()
        cls.home = root.add_child(instance=HomePage(title="STEM Opportunity Hub", slug="hub"))
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "testserver", "port": 80, "root_page": cls.home},
        )
        cls.robotics = InterestFactory(name="Robotics", name_es="Robótica", slug="robotics")
        cls.spanish = LanguageFactory(code="es", endonym="Español", english_name="Spanish")
        cls.vietnamese = LanguageFactory(code="vi", endonym="Tiếng Việt", english_name="Vietnamese")
        cls.bus = SupportTypeFactory(name="Transportation", name_es="Transporte", slug="bus")
        cls.low_income = EligibilityTagFactory(
            name="Low-income families", name_es="Familias de bajos ingresos", slug="low-income"
        )
        cls.library = LocationFactory(
            name="West Oakland Library",
            street_address="1801 Adeline St",
            transit_notes="Bus 14 stops outside.",
        )

    def setUp(self):
        translation.activate("en")  # a request to /es/ leaves Spanish active in the thread
        self.login()

    def tearDown(self):
        translation.activate("en")

    def create(self, parent, model, **fields):
        """Create a page through the admin's "add page" form, published, and return it."""
        if "body" in {f.name for f in model._meta.get_fields()}:
            # The admin posts every language's StreamField, even when it is left empty.
            for code in HUB_CODES:
                fields.setdefault(tr("body", code), streamfield([]))
        # Many-to-many choices are posted as repeated keys; nested_form_data would number them.
        choices = {key: value for key, value in fields.items() if isinstance(value, list)}
        data = nested_form_data({k: v for k, v in fields.items() if k not in choices})
        data.update(choices)
        self.assertCanCreate(parent, model, data)
        return model.objects.child_of(parent).get(slug=fields["slug"])

    def get(self, page, language, status=200):
        with translation.override(language):
            url = page.get_url()
        assert url.startswith(f"/{language}/"), url
        response = self.client.get(url)
        self.assertEqual(response.status_code, status, url)
        return response

    def assert_family_page_basics(self, page):
        """lang/dir, hreflang alternates, language switcher and no third-party request."""
        with translation.override("en"):
            path = page.get_url()[len("/en") :]
        for language in ("en", "es"):
            response = self.get(page, language)
            body = html(response)
            self.assertIn(f'<html lang="{language}" dir="ltr">', body)
            for code in HUB_CODES:
                self.assertIn(
                    f'<link rel="alternate" hreflang="{code}" '
                    f'href="http://testserver/{code}{path}">',
                    body,
                )
            self.assertIn(
                f'<link rel="alternate" hreflang="x-default" href="http://testserver{path}">',
                body,
            )
            # The switcher names each language in that language and keeps the same page
            # (through the link that remembers the choice).
            self.assertIn(
                f'<a href="{escape(choice_url(f"/vi{path}"))}" hreflang="vi" lang="vi"', body
            )
            self.assertIn(">Tiếng Việt</a>", body)
            # Nothing is fetched from another host: no CDN, web font or remote image.
            for url in re.findall(r'(?:src|srcset)="([^"]+)"|<link[^>]+href="([^"]+)"', body):
                url = url[0] or url[1]
                self.assertTrue(url.startswith(("/", "http://testserver/", "data:")), url)
            self.assertNotIn("@import", body)
        rtl = self.get(page, "ar")
        self.assertIn('<html lang="ar" dir="rtl">', html(rtl))


class HomeAndIndexPagesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        translation.activate("en")
        cls.root = Page.get_first_root_node()
        cls.interest = InterestFactory(name="Coding", name_es="Programación", slug="coding")

    def setUp(self):
        translation.activate("en")  # a request to /es/ leaves Spanish active in the thread
        self.login()

    def tearDown(self):
        translation.activate("en")

    def test_tree_rules(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertAllowedSubpageTypes(
            HomePage,
            {ProgramIndexPage, OrganizationIndexPage, SupportServiceIndexPage, PathwayIndexPage},
        )
        self.assertCanNotCreateAt(HomePage, ProgramPage)
        self.assertCanNotCreateAt(HomePage, OrganizationPage)
        self.assertCanNotCreateAt(ProgramIndexPage, ProgramPage)
        self.assertCanNotCreateAt(SupportServiceIndexPage, SupportServicePage)
        self.assertCanCreateAt(OrganizationIndexPage, OrganizationPage)
        self.assertCanCreateAt(PathwayIndexPage, PathwayPage)
        self.assertAllowedParentPageTypes(ProgramPage, {OrganizationPage})
        self.assertAllowedParentPageTypes(SupportServicePage, {OrganizationPage})
        self.assertCanNotCreateAt(OrganizationPage, PathwayPage)

    def test_home_and_browse_pages_created_in_admin_render_in_each_language(self):
        self.assertCanCreate(
            self.root,
            HomePage,
            nested_form_data(
                {
                    tr("title", "en"): "STEM Opportunity Hub",
                    "slug": "hub",
                    tr("intro", "en"): "Free STEM programs near you.",
                    tr("intro", "es"): "Programas STEM gratuitos cerca de usted.",
                    "comments": inline_formset([]),
                }
            ),
        )
        home = HomePage.objects.get(slug="hub")
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "testserver", "port": 80, "root_page": home},
        )
        indexes = {}
        for model, title, title_es, slug in [
            (ProgramIndexPage, "Programs", "Programas", "programs"),
            (OrganizationIndexPage, "Partners", "Socios", "partners"),
            (SupportServiceIndexPage, "Support services", "Servicios de apoyo", "support"),
            (PathwayIndexPage, "Pathways", "Trayectorias", "pathways"),
        ]:
            self.assertCanCreate(
                home,
                model,
                nested_form_data(
                    {
                        tr("title", "en"): title,
                        tr("title", "es"): title_es,
                        "slug": slug,
                        "comments": inline_formset([]),
                    }
                ),
            )
            indexes[slug] = model.objects.get(slug=slug)
        # Only one of each browse page.
        self.assertFalse(ProgramIndexPage.can_create_at(home))

        en = self.client.get("/en/")
        self.assertEqual(en.status_code, 200)
        text = visible_text(en)
        self.assertIn("Free STEM programs near you.", text)
        for title in ("Programs", "Partners", "Support services", "Pathways"):
            self.assertIn(f'">{title}</a>', html(en))
        # The quick search GETs the programs browse page with a labelled grade and interest.
        self.assertIn('<form class="quick" method="get" action="/en/programs/">', html(en))
        self.assertIn('<label for="home-grade">', html(en))
        self.assertIn('<select id="home-grade" name="grade">', html(en))
        self.assertIn('<option value="coding">Coding</option>', html(en))

        es = self.client.get("/es/")
        text = visible_text(es)
        self.assertIn("Programas STEM gratuitos cerca de usted.", text)
        self.assertNotIn("Free STEM programs near you.", text)
        self.assertIn('<option value="coding">Programación</option>', html(es))
        self.assertIn('href="/es/partners/">Socios</a>', html(es))

        for slug, index in indexes.items():
            response = self.client.get(f"/es/{slug}/")
            self.assertEqual(response.status_code, 200, slug)
            self.assertIn(index.title_es, visible_text(response))
            # Untranslated index intro: none was written, so no "not yet translated" note.
            self.assertNotIn("Aún no traducido", visible_text(response))
        self.assertIn("0 programas", visible_text(self.client.get("/es/programs/")))
        self.assertIn("0 programs", visible_text(self.client.get("/en/programs/")))
        self.assertIn('<html lang="ar" dir="rtl">', html(self.client.get("/ar/pathways/")))


class ProgramPageTests(HubAdminTestCase):
    def make_program(self, **overrides):
        index = self.home.add_child(
            instance=OrganizationIndexPage(title="Partners", slug="partners")
        )
        org = self.create(
            index,
            OrganizationPage,
            **{
                tr("title", "en"): "Bay Robotics",
                "slug": "bay-robotics",
                "kind": "nonprofit",
                tr("summary", "en"): "Robotics clubs in West Oakland.",
                tr("body", "en"): streamfield([]),
                "locations": inline_formset([]),
                "ways_to_work_together": inline_formset([]),
                "comments": inline_formset([]),
            },
        )
        self.assertCanNotCreateAt(ProgramPage, ProgramPage)
        fields = {
            tr("title", "en"): "Robot Club",
            tr("title", "es"): "Club de Robótica",
            "slug": "robot-club",
            tr("summary", "en"): "Build and program robots after school.",
            tr("summary", "es"): "Construye y programa robots después de la escuela.",
            tr("body", "en"): streamfield(
                [
                    ("heading", "What you will do"),
                    ("paragraph", rich_text("<p>Program a robot for the league.</p>")),
                    ("question", {"question": "Do I need a laptop?", "answer": "No."}),
                ]
            ),
            "kind": "club",
            "format": "in_person",
            "interests": [self.robotics.pk],
            "grade_min": "6",
            "grade_max": "8",
            "eligibility_tags": [self.low_income.pk],
            tr("eligibility_notes", "en"): "Any Oakland middle schooler.",
            "cost_type": "free",
            "cost_amount": "",
            "sessions": inline_formset(
                [
                    {
                        "start_date": SESSION_START.isoformat(),
                        "end_date": SESSION_END.isoformat(),
                        tr("days_and_times", "en"): "Tuesdays 4–6 pm",
                        tr("days_and_times", "es"): "Martes de 4 a 6 pm",
                        "location": self.library.pk,
                        "seats": "24",
                        "application_deadline": DEADLINE.isoformat(),
                    }
                ]
            ),
            "participation": inline_formset([]),  # no counts entered yet
            "delivery_languages": [self.spanish.pk, self.vietnamese.pk],
            "interpretation_on_request": "on",
            "supports": [self.bus.pk],
            tr("how_to_apply", "en"): "Fill in the short form.\nCome to the first meeting.",
            tr("how_to_apply", "es"): "Llene el formulario corto.\nVenga a la primera reunión.",
            "apply_url": "https://apply.example.org/robot-club",
            "apply_phone": "(510) 555-0100",
            "apply_email": "club@example.org",
            "contact_name": "Ms. Rivera",
            "last_verified": (timezone.localdate() - datetime.timedelta(days=10)).isoformat(),
        }
        fields.update(overrides)
        return org, self.create(org, ProgramPage, **fields)

    def test_program_answers_the_family_questions_in_english(self):
        org, program = self.make_program()
        response = self.get(program, "en")
        text = visible_text(response)
        body = html(response)
        self.assertIn("Robot Club", text)
        self.assertIn("Grades 6–8", text)
        self.assertIn("Low-income families", text)
        self.assertIn("Free", text)
        self.assertIn("June 12, 2035 – July 20, 2035", text)
        self.assertIn("Tuesdays 4–6 pm", text)
        self.assertIn("West Oakland Library", text)
        self.assertIn("Bus 14 stops outside.", text)
        self.assertIn("24 seats", text)
        self.assertIn("Apply by May 1, 2035", text)
        # The languages staff speak, by endonym, kept apart from the page's own translations.
        self.assertRegex(text, r"Languages spoken Español, Tiếng Việt Interpretation on request")
        self.assertIn("This page is written in: English, Español", text)
        self.assertIn("Transportation", text)
        self.assertIn(
            "<ol><li>Fill in the short form.</li><li>Come to the first meeting.</li>", body
        )
        self.assertIn('href="tel:5105550100"', body)
        self.assertIn('href="mailto:club@example.org"', body)
        self.assertIn(f'<a href="{org.url}">Bay Robotics</a>', body)
        # Families see the month: "Last verified November 2026".
        last_verified = in_language("en", program.last_verified, "YEAR_MONTH_FORMAT")
        self.assertIn(f"Last verified {last_verified}", text)
        self.assertNotIn("may be out of date", text)
        self.assertIn("<h2>What you will do</h2>", body)
        self.assertIn("Do I need a laptop?", text)
        # The facts come before the story.
        self.assertLess(text.index("Grades 6–8"), text.index("What you will do"))
        self.assertLess(text.index("Free"), text.index("Program a robot"))
        self.assertNotIn("Not yet translated", text)
        # The only other hosts named are links: the partner's own application form, and the
        # route planner of each place's directions (hub/directory/directions.py).
        planner = urlsplit(settings.HUB_ROUTE_PLANNER_URL)
        self.assertEqual(
            set(re.findall(r"https?://[^/\"']+", body)) - {"http://testserver"},
            {"https://apply.example.org", f"{planner.scheme}://{planner.netloc}"},
        )
        self.assertIn('<a class="button" href="https://apply.example.org/robot-club"', body)
        self.assert_family_page_basics(program)

    def test_program_in_spanish_shows_the_translation_and_marks_the_english_fallback(self):
        _org, program = self.make_program()
        response = self.get(program, "es")
        text = visible_text(response)
        self.assertIn("Club de Robótica", text)
        self.assertIn("Construye y programa robots después de la escuela.", text)
        self.assertNotIn("Build and program robots after school.", text)
        self.assertIn("Grados 6–8", text)
        self.assertIn("Gratis", text)
        self.assertIn("12 de junio de 2035", text)
        self.assertIn("Martes de 4 a 6 pm", text)
        self.assertIn("Familias de bajos ingresos", text)
        self.assertIn("Transporte", text)
        self.assertIn("Español, Tiếng Việt", text)
        self.assertIn("Llene el formulario corto.", text)
        verified = in_language("es", program.last_verified, "YEAR_MONTH_FORMAT")
        self.assertIn(f"Última verificación {verified}", text)
        # The body has no Spanish: it is shown in English, marked as such.
        self.assertIn("Program a robot for the league.", text)
        self.assertIn("Aún no traducido: se muestra en inglés", text)
        self.assertIn('<div lang="en" dir="ltr"><div class="body">', html(response))

    def test_program_without_spanish_falls_back_to_english_with_a_note(self):
        _org, program = self.make_program(
            **{
                tr("title", "es"): "",
                tr("summary", "es"): "",
                tr("how_to_apply", "es"): "",
                tr("days_and_times", "es"): "",
            }
        )
        text_en = visible_text(self.get(program, "en"))
        self.assertNotIn("Not yet translated", text_en)
        response = self.get(program, "es")
        text = visible_text(response)
        self.assertIn("Robot Club", text)
        self.assertIn("Build and program robots after school.", text)
        self.assertRegex(
            text, r"Build and program robots after school\. Aún no traducido: se muestra en inglés"
        )
        self.assertIn(
            '<p class="summary" lang="en" dir="ltr">Build and program robots after school.</p>',
            html(response),
        )
        self.assertIn("Esta página está escrita en: English", text)
        self.assertNotIn("Español, English", text)

    def test_costs_and_stale_listings_are_said_plainly(self):
        _org, program = self.make_program(
            cost_type="fixed",
            cost_amount="1250.50",
            fee_waiver_available="on",
            last_verified=(timezone.localdate() - datetime.timedelta(days=800)).isoformat(),
        )
        text = visible_text(self.get(program, "en"))
        self.assertIn("$1,250.50 · Fee waiver available", text)
        self.assertIn("This may be out of date", text)
        text_es = visible_text(self.get(program, "es"))
        # CLDR's Spanish as written in the US (es_US): dollars as on every US form.
        self.assertIn("$1,250.50 · Exención de pago disponible", text_es)
        self.assertIn("Puede que esta información no esté al día", text_es)

    def test_past_sessions_are_not_offered(self):
        past_start = timezone.localdate() - datetime.timedelta(days=90)
        _org, program = self.make_program(
            sessions=inline_formset(
                [
                    {
                        "start_date": past_start.isoformat(),
                        "end_date": (past_start + datetime.timedelta(days=30)).isoformat(),
                        tr("days_and_times", "en"): "Mondays",
                        "location": "",
                        "seats": "",
                        "application_deadline": "",
                    }
                ]
            )
        )
        text = visible_text(self.get(program, "en"))
        self.assertNotIn("Mondays", text)
        self.assertIn("No dates announced yet", text)

    def test_without_apply_details_the_family_is_sent_to_the_organization(self):
        org, program = self.make_program(
            **{
                tr("how_to_apply", "en"): "",
                tr("how_to_apply", "es"): "",
                "apply_url": "",
                "apply_phone": "",
                "apply_email": "",
                "contact_name": "",
            }
        )
        OrganizationPage.objects.filter(pk=org.pk).update(phone="(510) 555-0142")
        response = self.get(program, "es")
        text = visible_text(response)
        self.assertIn("Cómo inscribirse Comuníquese con la organización", text)
        self.assertIn(f'<a href="{org.url}">Bay Robotics</a>', html(response))
        self.assertIn('href="tel:5105550142"', html(response))

    def test_private_and_draft_programs_are_not_shown(self):
        org, program = self.make_program()
        PageViewRestriction.objects.create(page=program, restriction_type=PageViewRestriction.LOGIN)
        self.client.logout()
        response = self.client.get(program.url)
        self.assertEqual(response.status_code, 302)  # to the login page, not the content
        program.unpublish()
        self.assertEqual(self.client.get(program.url).status_code, 404)


class SupportServicePageTests(HubAdminTestCase):
    def test_support_service_created_in_admin(self):
        index = self.home.add_child(
            instance=OrganizationIndexPage(title="Partners", slug="partners")
        )
        org = OrganizationPageFactory(parent=index, title="Family Center", slug="family-center")
        self.assertCanCreateAt(OrganizationPage, SupportServicePage)
        service = self.create(
            org,
            SupportServicePage,
            **{
                tr("title", "en"): "Free bus passes",
                tr("title", "es"): "Pases de autobús gratis",
                "slug": "bus-passes",
                tr("summary", "en"): "Monthly passes for students in STEM programs.",
                tr("summary", "es"): "Pases mensuales para estudiantes en programas STEM.",
                tr("body", "en"): streamfield([]),
                "support_types": [self.bus.pk],
                "grade_min": "6",
                "grade_max": "12",
                tr("eligibility_notes", "en"): "Students in any listed program.",
                "delivery_languages": [self.spanish.pk],
                "translated_materials": "on",
                "cost_type": "free",
                "service_locations": inline_formset(
                    [
                        {
                            "location": self.library.pk,
                            tr("hours", "en"): "Tuesdays 3–7 pm",
                            tr("hours", "es"): "Martes de 3 a 7 pm",
                        }
                    ]
                ),
                tr("how_to_apply", "en"): "Ask at the front desk.",
                "apply_phone": "510-555-0199",
                "last_verified": timezone.localdate().isoformat(),
                "comments": inline_formset([]),
            },
        )
        text = visible_text(self.get(service, "en"))
        for expected in (
            "Free bus passes",
            "Kind of help Transportation",
            "Who qualifies Grades 6–12",
            "Students in any listed program.",
            "Cost Free",
            "Español",
            "Translated materials",
            "West Oakland Library",
            "Tuesdays 3–7 pm",
            "How to get it",
            "Ask at the front desk.",
            "Last verified",
            "Run by: Family Center",
        ):
            self.assertIn(expected, text)
        text_es = visible_text(self.get(service, "es"))
        self.assertIn("Pases de autobús gratis", text_es)
        self.assertIn("Pases mensuales para estudiantes en programas STEM.", text_es)
        self.assertIn("Martes de 3 a 7 pm", text_es)
        self.assertIn("Grados 6–12", text_es)
        self.assertIn("Transporte", text_es)
        # how_to_apply has no Spanish yet.
        self.assertRegex(text_es, r"Ask at the front desk\. Aún no traducido")
        self.assert_family_page_basics(service)


class OrganizationPageTests(HubAdminTestCase):
    def test_organization_created_in_admin_lists_its_live_listings(self):
        index = self.home.add_child(
            instance=OrganizationIndexPage(title="Partners", slug="partners")
        )
        org = self.create(
            index,
            OrganizationPage,
            **{
                tr("title", "en"): "Laney College",
                "slug": "laney",
                "kind": "college",
                tr("summary", "en"): "A community college in Oakland.",
                tr("summary", "es"): "Un colegio comunitario en Oakland.",
                tr("body", "en"): streamfield([("paragraph", rich_text("<p>Since 1953.</p>"))]),
                "website": "https://laney.example.edu",
                "phone": "510-555-0123",
                "email": "info@laney.example.edu",
                "locations": inline_formset([{"location": self.library.pk}]),
                "ways_to_work_together": inline_formset(
                    [{"way": "mentor", tr("description", "en"): "Two hours a week."}]
                ),
                "partnership_contact_name": "Dana Li",
                "partnership_contact_email": "partners@laney.example.edu",
                "comments": inline_formset([]),
            },
        )
        ProgramPageFactory(parent=org, title="Nursing Prep", slug="nursing-prep")
        ProgramPageFactory(parent=org, title="Secret Draft", slug="draft", live=False)
        text = visible_text(self.get(org, "en"))
        for expected in (
            "College or university",
            "A community college in Oakland.",
            "Since 1953.",
            "West Oakland Library",
            "Mentor students",
            "Two hours a week.",
            "Dana Li",
            "Nursing Prep",
        ):
            self.assertIn(expected, text)
        self.assertNotIn("Secret Draft", text)
        text_es = visible_text(self.get(org, "es"))
        self.assertIn("Un colegio comunitario en Oakland.", text_es)
        self.assertIn("Universidad o colegio universitario", text_es)
        self.assertIn("Ser mentor de estudiantes", text_es)
        self.assert_family_page_basics(org)


class PathwayPageTests(HubAdminTestCase):
    def test_pathway_created_in_admin_shows_steps_by_band(self):
        partners = self.home.add_child(
            instance=OrganizationIndexPage(title="Partners", slug="partners")
        )
        hospital = OrganizationPageFactory(
            parent=partners, title="Oakland Hospital", slug="hospital", kind="employer"
        )
        college = OrganizationPageFactory(
            parent=partners, title="Laney College", slug="laney", kind="college"
        )
        club = ProgramPageFactory(parent=college, title="Health Careers Club", slug="club")
        draft = ProgramPageFactory(parent=college, title="Unpublished Camp", slug="camp")
        draft.unpublish()
        index = self.home.add_child(instance=PathwayIndexPage(title="Pathways", slug="pathways"))
        pathway = self.create(
            index,
            PathwayPage,
            **{
                tr("title", "en"): "Become a nurse",
                tr("title", "es"): "Ser enfermera o enfermero",
                "slug": "nurse",
                tr("sector", "en"): "Health care",
                tr("summary", "en"): "From middle school clubs to a nursing license.",
                tr("body", "en"): streamfield([]),
                "interests": [self.robotics.pk],
                "steps": inline_formset(
                    [
                        {
                            "band": "middle",
                            tr("title", "en"): "Join a health club",
                            tr("description", "en"): "Meet nurses.",
                            "programs": streamfield([("program", club.pk), ("program", draft.pk)]),
                        },
                        {
                            "band": "dual",
                            tr("title", "en"): "Take anatomy at Laney",
                            tr("credential", "en"): "CNA",
                            "programs": streamfield([]),
                        },
                        {
                            "band": "career",
                            tr("title", "en"): "Work as a nurse",
                            "programs": streamfield([]),
                        },
                    ],
                    min=1,
                ),
                "employer_partners": [hospital.pk],
                "colleges": [college.pk],
                tr("credentials", "en"): "RN license",
                "typical_wage_low": "24",
                "typical_wage_high": "60",
                "comments": inline_formset([]),
            },
        )
        text = visible_text(self.get(pathway, "en"))
        self.assertRegex(
            text,
            r"Step by step Middle school Join a health club Meet nurses\. "
            r"Programs for this step: Health Careers Club \(Grades 6–8 · Free\) "
            r"Dual enrollment Take anatomy at Laney Credential: CNA Career Work as a nurse",
        )
        self.assertLess(text.index("Join a health club"), text.index("Work as a nurse"))
        self.assertIn("Health Careers Club", text)
        self.assertNotIn("Unpublished Camp", text)
        self.assertIn("Oakland Hospital", text)
        self.assertIn("Laney College", text)
        self.assertIn("RN license", text)
        self.assertIn("About $24 an hour to start", text)
        text_es = visible_text(self.get(pathway, "es"))
        self.assertIn("Ser enfermera o enfermero", text_es)
        self.assertIn("Escuela intermedia", text_es)
        self.assertIn("Aún no traducido", text_es)
        self.assert_family_page_basics(pathway)


@override_settings(DEBUG=False)
class NotFoundTests(HubAdminTestCase):
    def test_unknown_page_is_a_friendly_404_in_the_family_language(self):
        response = self.client.get("/es/no-such-page/")
        self.assertEqual(response.status_code, 404)
        self.assertIn("No encontramos esa página", visible_text(response))
        self.assertIn('<html lang="es" dir="ltr">', html(response))
