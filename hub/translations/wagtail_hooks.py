from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from hub.partners.onboarding import StaffOnlyMenuItem, is_hub_staff

from . import urls
from .coverage import LISTING_TYPES
from .forms import show_the_english
from .translators import languages_of, leads_of

hooks.register("construct_listing_form", show_the_english)


@hooks.register("register_admin_urls")
def translation_urls():
    return [path("translations/", include(urls))]


@hooks.register("register_reports_menu_item")
def coverage_menu_item():
    return StaffOnlyMenuItem(
        _("Translation coverage"), reverse("translations:coverage"), icon_name="site"
    )


@hooks.register("register_reports_menu_item")
def translators_menu_item():
    return StaffOnlyMenuItem(
        _("Community translators"), reverse("translations:translators"), icon_name="group"
    )


class TranslatorMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(languages_of(request.user))


class ReviewerMenuItem(MenuItem):
    def is_shown(self, request):
        return is_hub_staff(request.user) or bool(leads_of(request.user))


@hooks.register("register_admin_menu_item")
def translation_work_menu_item():
    return TranslatorMenuItem(
        _("Translation work"), reverse("translations:work"), icon_name="site", order=150
    )


@hooks.register("register_admin_menu_item")
def translation_review_menu_item():
    return ReviewerMenuItem(
        _("Translations to review"), reverse("translations:proposals"), icon_name="tasks", order=160
    )


class TranslationsMenuItem(PageMenuItem):
    label = _("Translations")
    icon_name = "site"
    url_name = "translations:listing"
    priority = 45

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def translations_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, LISTING_TYPES):
        yield TranslationsMenuItem(page=page)
