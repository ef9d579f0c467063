"""Browse pages: simple server-side filters and pagination for each kind of listing."""

from django.core.paginator import Paginator

PAGE_SIZE = 20


def home_context(home):
    from .models import ProgramPage

    return {"featured_programs": ProgramPage.objects.live().public().order_by("title")[:6]}


def listing_context(index_page, request):
    queryset = index_page.listing_model.objects.live().public().order_by("title")
    paginator = Paginator(queryset, PAGE_SIZE)
    return {"listing": paginator.get_page(request.GET.get("page"))}
