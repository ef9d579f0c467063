from django.urls import path

from . import views

app_name = "sms"
urlpatterns = [path("simulator/", views.simulator, name="simulator")]
