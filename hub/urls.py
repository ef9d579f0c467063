from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.documents import urls as wagtaildocs_urls

from hub.directory.sitemap import sitemap_view
from hub.directory.views import choose_language
from hub.equity import views as equity
from hub.partners import admin_overrides
from hub.problems.views import report_problem
from hub.sharing import lists
from hub.sharing import views as sharing
from hub.sms.views import inbound as sms_inbound
from hub.translations.public import languages
from hub.verification.views import verify_from_link
from search.api import api
from search.views import find

urlpatterns = [
    # Wagtail's admin, with the hub's versions of some of its views at the same addresses.
    path("admin/", include(admin_overrides.admin_urlpatterns())),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path(
        "api/v1/equity/<slug:key>.<str:extension>",
        equity.download,
        name="equity_download",
    ),
    path("api/v1/", api.urls),
    path("api/hsds/", include("hub.hsds.urls")),
    path("i18n/choose/", choose_language, name="choose_language"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("verify/<str:token>/", verify_from_link, name="verify_listing"),
    path("sw.js", sharing.service_worker, name="service_worker"),
    path("l/<str:code>", lists.short_list, name="short_list"),
    path("l/<str:code>/qr.png", lists.short_list_qr, name="short_list_qr"),
    path("sms/inbound/", sms_inbound, name="sms_inbound"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Family-facing pages live under a language prefix: /en/..., /es/...
urlpatterns += i18n_patterns(
    path("find/", find, name="find"),
    path("privacy/", equity.privacy, name="privacy"),
    path("languages/", languages, name="languages"),
    path("equity/", equity.equity, name="equity"),
    path("report/<int:page_id>/", report_problem, name="report_problem"),
    path("p/<int:page_id>", sharing.short_link, name="short_link"),
    path("share/<int:page_id>/qr.png", sharing.qr_code, name="share_qr"),
    path("share/<int:page_id>/flyer/", sharing.flyer, name="share_flyer"),
    path("share/<int:page_id>/preview.png", sharing.preview_image, name="share_preview"),
    path("share/<int:page_id>/calendar.ics", sharing.calendar, name="share_calendar"),
    path("offline/", sharing.offline, name="offline"),
    path("deadlines/<slug:slug>.ics", sharing.interest_deadlines, name="interest_deadlines"),
    path("list/", lists.unsaved_list, name="unsaved_list"),
    path("list/<str:code>/", lists.shared_list, name="shared_list"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# A database that cannot be reached is a 503 "try again in a minute", not a 500 (errors.py).
handler500 = "hub.directory.errors.server_error"
