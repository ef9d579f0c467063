"""Two admin URLs that answer a partner with a server error (500) instead of a refusal."""

import wagtail_modeltranslation.wagtail_hooks as modeltranslation_hooks
from django.http import Http404, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from wagtail.admin.views.home import error_test
from wagtail.models import Page


def error_test_for_superusers(request):
    """Wagtail's /admin/failwhale/ raises an exception on purpose, to try out error reporting.
    That is for whoever runs the site, not for every partner."""
    if not request.user.is_superuser:
        raise Http404
    return error_test(request)


_copy_translation_content = modeltranslation_hooks.return_translation_target_field_rendered_html


@csrf_exempt  # as wagtail-modeltranslation's own: it only renders back the field it is sent
def copy_translation_content_for_editors(request, page_id):
    """wagtail-modeltranslation's "copy this StreamField to another language" helper looks up
    any page id without a permission check and crashes on a plain GET or an unknown id."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None or not page.permissions_for_user(request.user).can_edit():
        raise Http404
    if request.method != "POST" or request.headers.get("X-Requested-With") != "XMLHttpRequest":
        return HttpResponseBadRequest()
    return _copy_translation_content(request, page_id)


# Its register_admin_urls hook looks this name up when the admin's URLs are built, which is
# after every app's wagtail_hooks module (this one's importer included) has been imported.
modeltranslation_hooks.return_translation_target_field_rendered_html = (
    copy_translation_content_for_editors
)
