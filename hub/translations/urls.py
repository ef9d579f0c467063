from django.urls import path

from . import views

app_name = "translations"
urlpatterns = [
    path("", views.coverage_report, name="coverage"),
    path("listing/<int:page_id>/", views.listing_translations, name="listing"),
]
