"""Giving an organization's staff access to exactly their own listings.

Everything here is idempotent: calling a function again with the same arguments finds what the
first call made and changes nothing (or repairs what drifted), so `add_partner` and the demo
loader can run as often as they like.

The links between an organization and its access are the permission rows themselves, so no
extra model (and no migration) is needed:

- the partner group is the one named ``Partner <page id>: <title>``; its page permissions sit on
  that OrganizationPage and nowhere else, so a renamed organization keeps its group;
- the partner collection is the one that group holds image permissions on.

Public interface (used by `add_partner` and by the demo loader):

    ensure_hub_staff_group() -> Group
    ensure_review_workflow() -> Workflow
    ensure_partner(organization_page, email, password=None) -> PartnerAccess
    ensure_staff_user(email, password) -> User
    password_setup_url(user) -> str
    partner_organization(user) -> OrganizationPage | None
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from wagtail.admin.menu import MenuItem
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.permissions import policy_registry

from hub.directory.models import (
    EligibilityTag,
    HomePage,
    Interest,
    Language,
    Location,
    OrganizationIndexPage,
    OrganizationPage,
    SupportType,
)

HUB_STAFF_GROUP = "Hub staff"
REVIEW_WORKFLOW = "Hub staff review"
REVIEW_TASK = "Hub staff approval"

# Partners draft and submit; only staff publish. Without publish_page a partner also cannot
# unpublish, delete a live page, or move one, which is what keeps review meaningful.
PARTNER_PAGE_PERMISSIONS = ("add_page", "change_page")
STAFF_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)
PARTNER_COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}
STAFF_COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "delete_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "delete_document", "choose_document"),
}
DIRECTORY_SNIPPETS = (Interest, Language, SupportType, EligibilityTag, Location)
# Locations are shared: a partner may add a new place, never edit one another partner uses.
PARTNER_SNIPPET_PERMISSIONS = ("directory.view_location", "directory.add_location")


class OnboardingError(Exception):
    """Input or site state that onboarding cannot work with; the message is for a person."""


@dataclass(frozen=True)
class PartnerAccess:
    organization: OrganizationPage
    group: Group
    collection: Collection
    user: object
    # True when this call created the partner's group or user (a first onboarding).
    created: bool


# --- Permissions -----------------------------------------------------------------------------


def _permission(dotted):
    app_label, codename = dotted.split(".")
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist as exc:  # a missing migration, not a user error
        raise OnboardingError(_("Permission %(perm)s does not exist.") % {"perm": dotted}) from exc


def _page_permissions(codenames):
    page_type = ContentType.objects.get_for_model(Page)
    perms = list(Permission.objects.filter(content_type=page_type, codename__in=codenames))
    if len(perms) != len(codenames):
        raise OnboardingError(_("Wagtail's page permissions are missing; run migrate."))
    return perms


def _set_page_permissions(group, page, codenames):
    """Make ``group`` hold exactly ``codenames`` on ``page``, and page rights nowhere else."""
    wanted = {perm.pk: perm for perm in _page_permissions(codenames)}
    existing = GroupPagePermission.objects.filter(group=group)
    existing.exclude(page=page, permission_id__in=wanted).delete()
    held = set(existing.filter(page=page).values_list("permission_id", flat=True))
    for pk, perm in wanted.items():
        if pk not in held:
            GroupPagePermission.objects.create(group=group, page=page, permission=perm)


def _set_collection_permissions(group, collection, codenames_by_app, exclusive):
    wanted = [
        _permission(f"{app}.{codename}")
        for app, codenames in codenames_by_app.items()
        for codename in codenames
    ]
    existing = GroupCollectionPermission.objects.filter(group=group)
    if exclusive:
        existing.exclude(collection=collection, permission__in=wanted).delete()
    for perm in wanted:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=perm
        )


def _set_model_permissions(group, dotted_names, exclusive):
    wanted = [_permission(name) for name in dotted_names]
    if exclusive:
        group.permissions.set(wanted)
    else:
        group.permissions.add(*wanted)


# --- Hub staff and the review workflow -------------------------------------------------------


def _home_page():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page
    home = HomePage.objects.first()
    if home is None:
        raise OnboardingError(_("There is no home page yet; load the site first."))
    return home


def _organization_index():
    return OrganizationIndexPage.objects.first()


@transaction.atomic
def ensure_hub_staff_group():
    """The "Hub staff" group: full page rights from the home page down, the directory
    snippets, every image and document, and the review task. Also sets up the review workflow
    (attached to the partners index as soon as that page exists)."""
    group, _created = Group.objects.get_or_create(name=HUB_STAFF_GROUP)
    snippet_perms = [
        f"directory.{action}_{model._meta.model_name}"
        for model in DIRECTORY_SNIPPETS
        for action in ("add", "change", "delete", "view")
    ]
    _set_model_permissions(group, ["wagtailadmin.access_admin", *snippet_perms], exclusive=False)
    home = _home_page()
    for perm in _page_permissions(STAFF_PAGE_PERMISSIONS):
        GroupPagePermission.objects.get_or_create(group=group, page=home, permission=perm)
    _set_collection_permissions(
        group, Collection.get_first_root_node(), STAFF_COLLECTION_PERMISSIONS, exclusive=False
    )
    _ensure_review_workflow(group)
    return group


def _ensure_review_workflow(staff_group):
    workflow, _created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK)
    task.groups.add(staff_group)
    # Review is the guarantee partners' edits rest on, so a deactivated step is switched back on.
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    index = _organization_index()
    if index is not None:
        # A workflow chosen by staff for the index is respected; ours is only the default.
        WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def ensure_review_workflow():
    """The "Hub staff review" workflow (one group approval task for Hub staff), attached to the
    partners index so every change under it goes to review."""
    ensure_hub_staff_group()
    return Workflow.objects.get(name=REVIEW_WORKFLOW)


# --- Users ----------------------------------------------------------------------------------


def normalize_email(email):
    """Usernames are e-mail addresses, compared without regard to case."""
    email = (email or "").strip()
    try:
        validate_email(email)
        if len(email) > 150:  # the username column's length
            raise ValidationError("too long")
    except ValidationError as exc:
        raise OnboardingError(
            _("%(email)s is not a valid e-mail address.") % {"email": email}
        ) from exc
    return email.lower()


def _find_user(email):
    User = get_user_model()
    return User.objects.filter(username__iexact=email).first()


def _partner_groups():
    """Groups whose page rights sit on an organization: one per partner organization."""
    org_type = ContentType.objects.get_for_model(OrganizationPage)
    return Group.objects.filter(page_permissions__page__content_type=org_type).distinct()


def partner_organization(user):
    """The organization a partner account belongs to, or None for anyone else."""
    perm = (
        GroupPagePermission.objects.filter(
            group__user=user,
            page__content_type=ContentType.objects.get_for_model(OrganizationPage),
        )
        .select_related("page")
        .first()
    )
    return perm.page.specific if perm else None


def is_hub_staff(user):
    """Staff: people who may publish anywhere (moderators, administrators), not partners."""
    return user.is_active and policy_registry.get_by_type(Page).user_has_permission(user, "publish")


class StaffOnlyMenuItem(MenuItem):
    """An admin menu item only staff see (the views behind it refuse anyone else too)."""

    def is_shown(self, request):
        return is_hub_staff(request.user)


def _set_password(user, password):
    """Returns whether the user needs saving."""
    if password is None:
        if not user.pk:
            # The partner chooses a password through the one-time link.
            user.set_unusable_password()
            return True
        return False
    if not user.check_password(password):
        user.set_password(password)
        return True
    return False


def password_setup_url(user):
    """An absolute, one-time link to Wagtail's "set a new password" form for ``user``.

    Django's token covers the password hash and last login, so the link stops working once it
    has been used (or the user logs in), and after PASSWORD_RESET_TIMEOUT in any case.
    """
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@transaction.atomic
def ensure_staff_user(email, password):
    """A Hub staff member (not a superuser) who reviews and publishes partner changes."""
    email = normalize_email(email)
    group = ensure_hub_staff_group()
    user = _find_user(email)
    if user is not None and user.groups.filter(pk__in=_partner_groups()).exists():
        raise OnboardingError(
            _("%(email)s is a partner account; use another address for staff.") % {"email": email}
        )
    if user is None:
        user = get_user_model()(username=email, email=email)
    if _set_password(user, password) or not user.pk:
        user.save()
    user.groups.add(group)
    return user


# --- Partners -------------------------------------------------------------------------------


def _group_name(organization):
    return f"Partner {organization.pk}: {organization.title}"[:150]


@transaction.atomic
def ensure_partner(organization_page, email, password=None):
    """Give ``email`` edit-and-submit rights over ``organization_page`` and its listings.

    Creates (or finds) the organization's group, its image/document collection and the user.
    Without a password the account gets an unusable one: send `password_setup_url(user)`.
    Rights that drifted on the organization's own group are put back to exactly these.
    Raises OnboardingError for a bad address, or an address that belongs to another
    organization, a staff member, a superuser or anyone with page rights elsewhere.
    """
    email = normalize_email(email)
    organization = organization_page.specific
    if not isinstance(organization, OrganizationPage):
        raise OnboardingError(_("Partners can only be given an organization page."))

    staff_group = ensure_hub_staff_group()
    group = Group.objects.filter(name__startswith=f"Partner {organization.pk}:").first()

    user = _find_user(email)
    if user is not None:
        other = user.groups.filter(pk__in=_partner_groups()).exclude(
            page_permissions__page=organization
        )
        if other.exists():
            raise OnboardingError(
                _("%(email)s already belongs to another organization's partner account.")
                % {"email": email}
            )
        if user.is_superuser or user.groups.filter(pk=staff_group.pk).exists():
            raise OnboardingError(
                _("%(email)s is a hub staff account and cannot also be a partner.")
                % {"email": email}
            )
        # Any other page rights (Wagtail's Editors or Moderators, say) would reach past the
        # organization, and a partner account must not. Its own group is repaired below.
        elsewhere = GroupPagePermission.objects.filter(group__user=user).exclude(page=organization)
        if group is not None:
            elsewhere = elsewhere.exclude(group=group)
        if elsewhere.exists():
            raise OnboardingError(
                _("%(email)s already has editing rights outside this organization.")
                % {"email": email}
            )

    group_created = group is None
    if group_created:
        group = Group.objects.create(name=_group_name(organization))
    _set_page_permissions(group, organization, PARTNER_PAGE_PERMISSIONS)
    _set_model_permissions(
        group, ["wagtailadmin.access_admin", *PARTNER_SNIPPET_PERMISSIONS], exclusive=True
    )

    held = GroupCollectionPermission.objects.filter(group=group).select_related("collection")
    collection = held.first().collection if held.exists() else None
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=organization.title[:255])
    _set_collection_permissions(group, collection, PARTNER_COLLECTION_PERMISSIONS, exclusive=True)

    user_created = user is None
    if user_created:
        user = get_user_model()(username=email, email=email)
    if _set_password(user, password) or user_created:
        user.save()
    user.groups.add(group)

    return PartnerAccess(
        organization=organization,
        group=group,
        collection=collection,
        user=user,
        created=group_created or user_created,
    )
