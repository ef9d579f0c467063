from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from hub.partners.onboarding import StaffOnlyMenuItem

from . import mapping_admin_urls


@hooks.register("register_admin_urls")
def mapping_urls():
    return [path("taxonomy-mapping/", include(mapping_admin_urls))]


@hooks.register("register_admin_menu_item")
def mapping_menu_item():
    return StaffOnlyMenuItem(
        _("Imported taxonomy terms"),
        reverse("hsds_mapping:list"),
        icon_name="tag",
        order=270,
    )
