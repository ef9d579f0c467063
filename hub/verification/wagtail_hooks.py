from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from .verify import VERIFIED_TYPES
from .views import verify_in_admin


@hooks.register("register_admin_urls")
def verification_urls():
    return [path("verify/<int:page_id>/", verify_in_admin, name="verification_admin")]


class StillAccurateMenuItem(PageMenuItem):
    label = _("Still accurate")
    icon_name = "tick"
    url_name = "verification_admin"
    priority = 40

    def is_shown(self, user):
        return self.page.live and self.page.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def still_accurate_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, VERIFIED_TYPES):
        yield StillAccurateMenuItem(page=page)
