from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def account_urls():
    return [
        path("login/code/", views.verify, name="accounts_two_factor_verify"),
        path("account/two-factor/", views.settings, name="accounts_two_factor"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("accounts_two_factor"),
        "label": _("Two-step sign-in"),
        "help_text": _("Ask for a code from an authenticator app after your password."),
    }
