"""Demo accounts (local demo only; the passwords are printed by `load_demo` and in the README)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password, is_password_usable, make_password

from hub.partners.onboarding import ensure_hub_staff_group, ensure_partner, ensure_staff_user

ADMIN_EMAIL = "admin@demo.example.org"
ADMIN_PASSWORD = "demo-admin-2026"  # noqa: S105 - a documented local demo account
STAFF_EMAIL = "staff@demo.example.org"
STAFF_PASSWORD = "demo-staff-2026"  # noqa: S105
PARTNER_PASSWORD = "demo-partner-2026"  # noqa: S105


def partner_email(organization):
    return f"partner+{organization.slug}@demo.example.org"


def ensure_demo_users(organizations):
    """A superuser, a hub staff member and one partner per organization. Returns
    [(role, email, password)] for printing."""
    User = get_user_model()
    ensure_hub_staff_group()
    ensure_staff_user(STAFF_EMAIL, STAFF_PASSWORD)

    admin = User.objects.filter(username__iexact=ADMIN_EMAIL).first()
    if admin is None:
        User.objects.create_superuser(ADMIN_EMAIL, ADMIN_EMAIL, ADMIN_PASSWORD)
    elif not (admin.is_superuser and admin.is_staff and admin.check_password(ADMIN_PASSWORD)):
        admin.is_superuser = admin.is_staff = True
        admin.set_password(ADMIN_PASSWORD)
        admin.save()

    partners = [ensure_partner(org, partner_email(org)).user for org in organizations]
    _share_partner_password([user.pk for user in partners])

    return [
        ("superuser", ADMIN_EMAIL, ADMIN_PASSWORD),
        ("hub staff", STAFF_EMAIL, STAFF_PASSWORD),
        ("partners", "partner+<organization-slug>@demo.example.org", PARTNER_PASSWORD),
    ]


def _share_partner_password(user_ids):
    """Every demo partner gets the same password hash: hashing it once per account costs
    about a third of a second each (PBKDF2), minutes for a large region."""
    User = get_user_model()
    users = User.objects.filter(pk__in=user_ids)
    # Unusable passwords (new accounts) are skipped: Django hashes anyway to hide timing.
    hashes = sorted({h for h in users.values_list("password", flat=True) if is_password_usable(h)})
    shared = next((h for h in hashes if check_password(PARTNER_PASSWORD, h)), None)
    if shared is None:
        shared = make_password(PARTNER_PASSWORD)
    users.exclude(password=shared).update(password=shared)
