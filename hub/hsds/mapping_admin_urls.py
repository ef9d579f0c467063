from django.urls import path

from . import mapping_admin

app_name = "hsds_mapping"
urlpatterns = [
    path("", mapping_admin.term_list, name="list"),
    path("<int:term_id>/", mapping_admin.term_edit, name="edit"),
]
