"""What a partner's page may refer to: images and documents from collections the partner may
choose from, and pages the partner can see (live ones, and its own drafts).

Wagtail's choosers only offer those, but the page form takes any id: an image field, an
image block or a rich-text link to a page is just a number in the POST. `ListingForm` checks
every reference the submitted fields make, found the way Wagtail's reference index finds them
(foreign keys, StreamField blocks, rich text), and refuses the others with a message on the
field, so nothing is saved and the preview never renders them. A reference the page already
had is kept (staff may have set it); Hub staff, who may choose everything, are not limited."""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import ForeignKey, Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry


def own_paths(user):
    """Tree paths under which ``user`` may see unpublished work: the pages its groups hold
    page permissions on. None means everywhere (superusers)."""
    if user.is_superuser:
        return None
    policy = policy_registry.get_by_type(Page)
    return [perm.page.path for perm in policy.get_cached_permissions_for_user(user)]


def hide_foreign_drafts(pages, user):
    """Keep live pages, plus drafts inside the user's own subtrees."""
    paths = own_paths(user)
    if paths is None:
        return pages
    visible = Q(live=True)
    for path in paths:
        visible |= Q(path__startswith=path)
    return pages.filter(visible)


def in_choosable_collections(model, queryset, user):
    """Only the media in collections the user may choose from (a partner's own collection)."""
    policy = policy_registry.get_by_type(model)
    allowed = policy.instances_user_has_any_permission_for(user, ["choose", "change"])
    return queryset.filter(pk__in=allowed.values("pk"))


def _references(model_field, value):
    """{(model, pk as text)} that `value` of `model_field` refers to."""
    if value is None or value == "":
        return set()
    if isinstance(model_field, ForeignKey):
        pk = value.pk if hasattr(value, "pk") else value
        return {(model_field.related_model, str(pk))}
    extract = getattr(model_field, "extract_references", None)  # StreamField, RichTextField
    if extract is None:
        return set()
    return {(model, str(pk)) for model, pk, _path, _content in extract(value)}


def _allowed(model, pks, user):
    """The pks among `pks` of `model` the user may refer to."""
    queryset = model.objects.filter(pk__in=pks)
    if issubclass(model, Page):
        queryset = hide_foreign_drafts(queryset, user)
    else:
        queryset = in_choosable_collections(model, queryset, user)
    return {str(pk) for pk in queryset.values_list("pk", flat=True)}


def refused_references(user, instance, cleaned_data):
    """{form field name: message} for each submitted field that refers to an image, document
    or page the user may not use (and the page did not already refer to)."""
    messages = {
        get_image_model(): _("Choose an image from your organization's collection."),
        get_document_model(): _("Choose a document from your organization's collection."),
        Page: _("Link only to published pages or to your own organization's pages."),
    }
    wanted = {}  # field name -> {(model, pk)}
    for name, value in cleaned_data.items():
        try:
            model_field = instance._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        new = _references(model_field, value)
        if instance.pk:
            new -= _references(model_field, model_field.value_from_object(instance))
        new = {(model, pk) for model, pk in new if _kind(model, messages) is not None}
        if new:
            wanted[name] = new
    by_model = {}
    for references in wanted.values():
        for model, pk in references:
            by_model.setdefault(_kind(model, messages), set()).add(pk)
    allowed = {kind: _allowed(kind, pks, user) for kind, pks in by_model.items()}
    refused = {}
    for name, references in wanted.items():
        for model, pk in sorted(references, key=lambda ref: (ref[0].__name__, ref[1])):
            kind = _kind(model, messages)
            if pk not in allowed[kind]:
                refused.setdefault(name, []).append(messages[kind])
    return {name: list(dict.fromkeys(found)) for name, found in refused.items()}


def _kind(model, messages):
    """The checked model `model` is (a page type counts as Page), or None."""
    for kind in messages:
        if issubclass(model, kind):
            return kind
    return None


class ListingForm(WagtailAdminPageForm):
    """The edit and add form of organizations, programs, support services and pathways. Other
    apps add to it through the `construct_listing_form` hook, called with the bound form (the
    translations app shows the English under each translation field)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for construct in hooks.get_hooks("construct_listing_form"):
            construct(self)

    def clean(self):
        cleaned_data = super().clean()
        user = getattr(self, "for_user", None)
        if user is not None:
            for name, messages in refused_references(user, self.instance, cleaned_data).items():
                self.add_error(name, messages)
        return cleaned_data
