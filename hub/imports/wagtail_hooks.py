from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from hub.partners.onboarding import StaffOnlyMenuItem, is_hub_staff, partner_organization

from . import urls


@hooks.register("register_admin_urls")
def import_urls():
    return [path("import/", include(urls))]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return partner_organization(request.user) is not None or is_hub_staff(request.user)


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return ImportMenuItem(
        _("Import programs"), reverse("imports:start"), icon_name="upload", order=260
    )


@hooks.register("register_admin_menu_item")
def hsds_import_menu_item():
    return StaffOnlyMenuItem(
        _("Import HSDS records"), reverse("imports:hsds"), icon_name="upload", order=261
    )
