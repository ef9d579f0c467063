"""The API's copy of every picture is made when the picture is saved, not by the first request
that lists it: a page of API results then costs the same few queries however many pictures it
shows (mapping.PUBLIC_RENDITION)."""

from django.db.models.signals import post_save
from wagtail.images import get_image_model

from .mapping import make_public_rendition


def make_public_copy(sender, instance, raw=False, **kwargs):
    if not raw:
        make_public_rendition(instance)


def connect():
    post_save.connect(make_public_copy, sender=get_image_model(), dispatch_uid="hsds_public_copy")
