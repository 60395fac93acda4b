from django.http import HttpResponse
from django.urls import path

from network.urls import urlpatterns as site_urlpatterns


def hello(request):
    return HttpResponse("Hello, world")


urlpatterns = [path("bench/hello/", hello), *site_urlpatterns]
