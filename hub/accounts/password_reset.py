from axes.utils import reset as reset_login_failures
from wagtail.admin.views.account import PasswordResetConfirmView


class UnlockingPasswordResetConfirmView(PasswordResetConfirmView):
    """Wagtail's "set a new password" step, which also lifts a login lock on the account:
    whoever holds the reset link has shown they own the mailbox, so they need not wait out
    the cool-off to try their new password."""

    def form_valid(self, form):
        response = super().form_valid(form)
        reset_login_failures(username=form.user.get_username())
        return response
