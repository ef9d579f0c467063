from django.urls import path

from . import ui_strings, views, work

app_name = "translations"
urlpatterns = [
    path("", views.coverage_report, name="coverage"),
    path("listing/<int:page_id>/", views.listing_translations, name="listing"),
    path("work/", work.work, name="work"),
    path("work/<int:page_id>/<str:language>/", work.translate, name="translate"),
    path("proposals/", work.proposals, name="proposals"),
    path("proposals/<int:proposal_id>/", work.review, name="review"),
    path("translators/", work.translators, name="translators"),
    path("strings/<str:language>/", ui_strings.ui_strings, name="ui_strings"),
    path("strings/<str:language>/po/", ui_strings.export, name="export_strings"),
    path("glossary/<str:language>/", ui_strings.glossary_terms, name="glossary"),
]
