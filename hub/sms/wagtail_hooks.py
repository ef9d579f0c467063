from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from hub.partners.onboarding import StaffOnlyMenuItem

from . import urls


@hooks.register("register_admin_urls")
def sms_urls():
    return [path("sms/", include(urls))]


@hooks.register("register_reports_menu_item")
def simulator_menu_item():
    return StaffOnlyMenuItem(
        _("Text message simulator"), reverse("sms:simulator"), icon_name="mail"
    )
