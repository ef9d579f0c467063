import django_otp
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from .forms import CodeForm
from .two_factor import (
    check_code,
    confirmed_device,
    new_pending_device,
    pending_device,
    qr_svg,
    secret_for_typing,
)


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


@never_cache
@sensitive_post_parameters("code")
def verify(request):
    """The second step of signing in, for accounts that have turned two-factor on."""
    device = confirmed_device(request.user)
    if device is None or request.user.is_verified():
        return redirect(_next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device, error = check_code(device, form.cleaned_data["code"])
        if device is not None:
            django_otp.login(request, device)
            return redirect(_next_url(request))
        form.add_error("code", error)
    return render(
        request,
        "accounts/two_factor_verify.html",
        {"form": form, "next": _next_url(request)},
    )


@never_cache
@sensitive_post_parameters("code")
def settings(request):
    """Turn two-factor on (scan, then confirm with a code) or off (with a current code)."""
    user = request.user
    device = confirmed_device(user)
    form = CodeForm(request.POST or None)
    if device is not None:
        if request.method == "POST" and form.is_valid():
            checked, error = check_code(device, form.cleaned_data["code"])
            if checked is not None:
                checked.delete()
                messages.success(request, _("Two-step sign-in is off for your account."))
                return redirect("wagtailadmin_account")
            form.add_error("code", error)
        return render(request, "accounts/two_factor_on.html", {"form": form})

    if request.method == "POST":
        device = pending_device(user)
        if device is None:  # confirmed elsewhere or never started: start again
            return redirect("accounts_two_factor")
        if form.is_valid():
            checked, error = check_code(device, form.cleaned_data["code"])
            if checked is not None:
                checked.confirmed = True
                checked.save(update_fields=["confirmed"])
                django_otp.login(request, checked)  # this session has just shown the code
                messages.success(
                    request,
                    _("Two-step sign-in is on. From now on you will be asked for a code."),
                )
                return redirect("wagtailadmin_account")
            form.add_error("code", error)
    else:
        device = new_pending_device(user)
    return render(
        request,
        "accounts/two_factor_setup.html",
        {"form": form, "qr_svg": qr_svg(device), "secret": secret_for_typing(device)},
    )
