from django.urls import path

from . import views

app_name = "imports"
urlpatterns = [
    path("", views.start, name="start"),
    path("template.xlsx", views.template, name="template"),
    path("<int:upload_id>/", views.preview, name="preview"),
]
