"""A small partner world, built once per test module: two partner organizations, a draft one,
a pathway, Hub staff, and pages in every state a partner must not see across the fence.

The ``world`` fixture (tests/conftest.py) builds it. Each test still runs in its own
savepoint, so whatever a test changes is rolled back before the next one.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.urls import reverse
from django.utils import timezone
from wagtail.blocks.base import BlockField
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from hub.directory.models import (
    HomePage,
    Interest,
    Location,
    OrganizationIndexPage,
    OrganizationPage,
    PathwayIndexPage,
    PathwayPage,
    PathwayStep,
    ProgramPage,
    ProgramSession,
)
from hub.partners.onboarding import (
    ensure_hub_staff_group,
    ensure_partner,
    ensure_review_workflow,
    ensure_staff_user,
)

# Titles a partner of Alpha must never see anywhere in the admin.
BETA_SECRET = "Beta Secret Draft"
BETA_DRAFT_RENAME = "Beta Camp Draft Rename"
GAMMA_ORG = "Gamma Draft Org"
GAMMA_PROGRAM = "Gamma Hidden Program"
FOREIGN_DRAFT_TITLES = (BETA_SECRET, BETA_DRAFT_RENAME, GAMMA_ORG, GAMMA_PROGRAM)
# Beta's published pages: public anyway, but still not for Alpha's explorer or admin search.
BETA_LIVE_TITLES = ("Beta Coders", "Beta Code Camp")


@dataclass
class World:
    home: HomePage
    partners: OrganizationIndexPage
    pathways: PathwayIndexPage
    pathway: PathwayPage
    alpha: OrganizationPage
    alpha_club: ProgramPage
    alpha_draft: ProgramPage
    beta: OrganizationPage
    beta_camp: ProgramPage
    beta_camp_draft_revision_id: int
    beta_camp_task_state_id: int
    beta_camp_workflow_state_id: int
    beta_secret: ProgramPage
    gamma: OrganizationPage
    gamma_program: ProgramPage
    partner_a: object
    partner_b: object
    staff: object
    location: Location
    interest: Interest


def _program(parent, title, slug, live=True, **fields):
    page = ProgramPage(
        title=title,
        slug=slug,
        kind=ProgramPage.Kind.CLUB,
        summary=f"{title} summary",
        grade_min=6,
        grade_max=8,
        live=live,
        last_published_at=timezone.now() if live else None,
        **fields,
    )
    parent.add_child(instance=page)
    page.save_revision()
    return page


def _organization(parent, title, slug, live=True):
    page = OrganizationPage(
        title=title,
        slug=slug,
        kind=OrganizationPage.Kind.NONPROFIT,
        summary="About us",
        live=live,
        last_published_at=timezone.now() if live else None,
    )
    parent.add_child(instance=page)
    page.save_revision()
    return page


def build_world():
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="STEM Opportunity Hub", slug="hub"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Hub"},
    )
    partners = home.add_child(instance=OrganizationIndexPage(title="Partners", slug="partners"))
    pathways = home.add_child(instance=PathwayIndexPage(title="Pathways", slug="pathways"))
    pathway = PathwayPage(title="Pathway to Robotics", slug="robotics", sector="Manufacturing")
    pathway.summary = "From club to career"
    pathway.steps = [PathwayStep(band=PathwayStep.Band.MIDDLE, title="Join a club")]
    pathways.add_child(instance=pathway)

    ensure_hub_staff_group()
    staff = ensure_staff_user("reviewer@hub.example", "staff-password")

    location = Location.objects.create(
        name="Central Library",
        street_address="1 Main St",
        city="Springfield",
        postal_code="90001",
        latitude=Decimal("34.0"),
        longitude=Decimal("-118.2"),
    )
    interest = Interest.objects.create(name="Robotics", slug="robotics")

    alpha = _organization(partners, "Alpha Robotics", "alpha")
    alpha_club = _program(
        alpha,
        "Alpha Robot Club",
        "robot-club",
        sessions=[ProgramSession(start_date=datetime.date(2031, 1, 1), location=location)],
    )
    alpha_draft = _program(alpha, "Alpha Draft Workshop", "workshop", live=False)

    beta = _organization(partners, "Beta Coders", "beta")
    beta_camp = _program(beta, "Beta Code Camp", "code-camp")
    beta_secret = _program(beta, BETA_SECRET, "secret", live=False)
    gamma = _organization(partners, GAMMA_ORG, "gamma", live=False)
    gamma_program = _program(gamma, GAMMA_PROGRAM, "hidden", live=False)

    partner_a = ensure_partner(alpha, "a@alpha.example").user
    partner_b = ensure_partner(beta, "b@beta.example").user

    # Beta renamed its live camp in a draft and sent it to review: the rename is a draft.
    beta_camp.title = BETA_DRAFT_RENAME
    revision = beta_camp.save_revision(user=partner_b)
    workflow_state = ensure_review_workflow().start(beta_camp, partner_b)
    beta_camp.refresh_from_db()

    return World(
        home=home,
        partners=partners,
        pathways=pathways,
        pathway=pathway,
        alpha=alpha,
        alpha_club=alpha_club,
        alpha_draft=alpha_draft,
        beta=beta,
        beta_camp=beta_camp,
        beta_camp_draft_revision_id=revision.pk,
        beta_camp_task_state_id=workflow_state.current_task_state.pk,
        beta_camp_workflow_state_id=workflow_state.pk,
        beta_secret=beta_secret,
        gamma=gamma,
        gamma_program=gamma_program,
        partner_a=partner_a,
        partner_b=partner_b,
        staff=staff,
        location=location,
        interest=interest,
    )


# --- Helpers --------------------------------------------------------------------------------


PERMISSION_DENIED = "Sorry, you do not have permission to access this area."


def assert_refused(response, *hidden_titles):
    """Wagtail refuses with a 403, or by sending the user to the dashboard with its
    permission-denied message (pass responses made with ``follow=True``). Either way none of
    ``hidden_titles`` may appear in what the user is shown."""
    body = response.content.decode()
    if response.redirect_chain:
        assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home"), (
            response.redirect_chain
        )
        assert PERMISSION_DENIED in body
    else:
        assert response.status_code == 403, response.status_code
    for title in hidden_titles:
        assert title not in body


def assert_not_found(response):
    """A 404 (pass a response made with ``follow=True``: the project's LocaleMiddleware turns
    any 404 into a redirect to the same path under /en/, which then 404s)."""
    assert response.status_code == 404, response.status_code


def _post_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "on" if value else ""
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def edit_form_data(response, changes=None, sessions=(), extra_rows=None):
    """The POST data Wagtail's edit form would send back for the page it rendered, with
    ``changes`` applied. StreamFields are sent empty (the fixture pages have empty bodies);
    ``sessions`` are extra Sessions inline rows to add, ``extra_rows`` extra rows of any
    inline ({"participation": [...]})."""
    form = response.context["form"]
    data, multiple = {}, {}
    for name, field in form.fields.items():
        if isinstance(field, BlockField):
            data[name] = streamfield([])
            continue
        value = _post_value(form[name].value())
        # nested_form_data would flatten a list, but a multiple choice is one repeated key.
        (multiple if isinstance(value, list) else data)[name] = value
    for name, formset in form.formsets.items():
        rows = [
            {
                key: _post_value(sub[key].value())
                for key in sub.fields
                if key not in ("ORDER", "DELETE")
            }
            for sub in formset.forms
        ]
        if name == "sessions":
            rows += list(sessions)
        rows += list((extra_rows or {}).get(name, ()))
        data[name] = inline_formset(rows, initial=len(formset.forms))
    for key, value in (changes or {}).items():
        (multiple if isinstance(value, list) else data)[key] = value
    return nested_form_data(data) | multiple
