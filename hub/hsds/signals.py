"""The API's copy of a picture (mapping.PUBLIC_RENDITION) is made when a page showing it is
published, not by the first request that lists it: a page of API results then costs the same
few queries however many pictures it shows, and pictures never published get no copy."""

from wagtail.images import get_image_model
from wagtail.signals import page_published

from .mapping import make_public_rendition


def _image_pks(page):
    """The pks of the images `page` shows: image fields, and image blocks in its bodies."""
    image_model = get_image_model()
    pks = set()
    for field in page._meta.concrete_fields:
        if field.many_to_one and issubclass(field.related_model, image_model):
            pks.add(getattr(page, field.attname))
        elif hasattr(field, "extract_references"):  # StreamField, RichTextField
            for model, pk, _path, _content in field.extract_references(
                field.value_from_object(page)
            ):
                if issubclass(model, image_model):
                    pks.add(pk)
    return pks - {None}


def make_public_copies(sender, instance, **kwargs):
    pks = _image_pks(instance.specific)
    if not pks:
        return  # most pages show none: no query to build (an import publishes thousands)
    for image in get_image_model().objects.filter(pk__in=pks):
        make_public_rendition(image)


def connect():
    page_published.connect(make_public_copies, dispatch_uid="hsds_public_copies")
