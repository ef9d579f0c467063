from django.urls import path

from . import views

app_name = "imports"
urlpatterns = [
    path("", views.start, name="start"),
    path("template.xlsx", views.template, name="template"),
    path("<int:upload_id>/", views.preview, name="preview"),
    path("hsds/", views.hsds_start, name="hsds"),
    path("jobs/<int:job_id>/", views.job, name="job"),
    path("jobs/<int:job_id>/cancel/", views.job_cancel, name="job_cancel"),
    path("jobs/<int:job_id>/report.csv", views.job_report, name="job_report"),
]
