"""Community translators: who they are, which languages they translate, and who reviews them.

A translator belongs to the "Community translators" group, which holds one permission: to sign
in to the admin. They have no page permission at all, so Wagtail's own page editor, explorer
and publishing refuse them everywhere; their only way to change a listing is the translation
editor (views.translate), which takes nothing but the translated fields of their languages and
turns it into a proposal for review (models.TranslationProposal). Hub staff review proposals,
or a lead translator of that language where staff named one.

    ensure_translator(email, languages, lead=False) -> (user, created)
    languages_of(user) -> [code]
    may_review(user, language) -> bool
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _

from hub.partners.onboarding import (
    OnboardingError,
    is_hub_staff,
    normalize_email,
    partner_organization,
)

from .coverage import target_languages
from .models import TranslatorLanguage

TRANSLATORS_GROUP = "Community translators"


def translators_group():
    group, _created = Group.objects.get_or_create(name=TRANSLATORS_GROUP)
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    group.permissions.set([access])  # and nothing else, whatever was added by hand
    return group


@transaction.atomic
def ensure_translator(email, languages, lead=False):
    """The translator with `email`, translating exactly `languages` (leading them if `lead`);
    made, with an unusable password, if new. Raises OnboardingError for an unknown language
    or an address that belongs to a partner or staff member."""
    email = normalize_email(email)
    known = target_languages()
    unknown = [code for code in languages if code not in known]
    if unknown or not languages:
        raise OnboardingError(
            _("Choose one or more of these languages: %(known)s (not %(unknown)s).")
            % {"known": ", ".join(known), "unknown": ", ".join(unknown) or "—"}
        )
    user = get_user_model().objects.filter(username__iexact=email).first()
    if user is not None and (
        user.is_superuser or is_hub_staff(user) or partner_organization(user) is not None
    ):
        raise OnboardingError(
            _("%(email)s already has a partner or staff account; use another address.")
            % {"email": email}
        )
    created = user is None
    if created:
        user = get_user_model()(username=email, email=email)
        user.set_unusable_password()  # chosen through the one-time link
        user.save()
    user.groups.add(translators_group())
    TranslatorLanguage.objects.filter(user=user).exclude(language__in=languages).delete()
    for code in languages:
        TranslatorLanguage.objects.update_or_create(
            user=user, language=code, defaults={"lead": lead}
        )
    return user, created


def languages_of(user):
    """The languages `user` translates, in the hub's order ([] for anyone else)."""
    if not user.is_authenticated or not user.is_active:
        return []
    theirs = set(TranslatorLanguage.objects.filter(user=user).values_list("language", flat=True))
    return [code for code in target_languages() if code in theirs]


def may_review(user, language):
    """Hub staff review every language; a lead translator reviews theirs."""
    if not user.is_authenticated or not user.is_active:
        return False
    return (
        is_hub_staff(user)
        or TranslatorLanguage.objects.filter(user=user, language=language, lead=True).exists()
    )


def leads_of(user):
    return set(
        TranslatorLanguage.objects.filter(user=user, lead=True).values_list("language", flat=True)
    )
