"""Lists an educator shares ("Grade 8 robotics options"): a short code, the title they gave it
and the listings in their order. No account, and nothing about who made it."""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

# Letters and digits a person can read aloud and type from paper: no 0/O, 1/l/I.
CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
CODE_LENGTH = 7
MAX_ITEMS = 30


def new_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class SharedList(models.Model):
    code = models.CharField(max_length=12, unique=True, default=new_code, editable=False)
    title = models.CharField(_("title"), max_length=120)
    page_ids = models.JSONField(default=list)  # in the order the educator chose
    created_on = models.DateField(auto_now_add=True)  # the day only

    class Meta:
        verbose_name = _("shared list")

    def __str__(self):
        return self.title
