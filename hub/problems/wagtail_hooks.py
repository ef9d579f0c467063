from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import admin_reports


@hooks.register("register_admin_urls")
def problem_urls():
    return [path("problems/", admin_reports, name="problem_reports")]


@hooks.register("register_admin_menu_item")
def problems_menu_item():
    return MenuItem(
        _("Problem reports"), reverse("problem_reports"), icon_name="warning", order=250
    )
