"""How the taxonomy's terms relate: interests of one sector are neighbours (a family asking for
robotics may like electronics when no robotics program fits). Read by the browse pages and by
the matcher's relaxation, so both widen a search alike."""

from .models import Interest


def neighbouring_interests(slugs):
    """The interests of the same sectors as `slugs` (the chosen ones included)."""
    sectors = Interest.objects.filter(slug__in=slugs).exclude(sector="").values("sector")
    neighbours = Interest.objects.filter(sector__in=sectors).values_list("slug", flat=True)
    return tuple(dict.fromkeys([*slugs, *sorted(neighbours)]))
