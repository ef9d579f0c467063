"""`{% kept "name" key ... %}…{% endkept %}`: a part of a page rendered once per content version
in each process, for what every request would otherwise render again from the same rows (a
program's facts, the header's browse links).

The key is the name, the given values, the language, the day (sessions and deadlines pass,
verification goes stale) and the scheme and host (share links are absolute). Anything the part
shows that is not fixed by those must be in the key. A preview (an unsaved draft of a live page)
is rendered afresh and never kept. Nothing of a form (a CSRF token) or of a signed-in user may
be inside."""

from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from ..memo import ProcessMemo

register = template.Library()

# ~12 KB a part: at most ~50 MB in a worker, and far less for a region's few hundred pages.
FRAGMENTS = ProcessMemo("fragments", max_entries=4_000)


class KeptNode(template.Node):
    def __init__(self, nodelist, keys):
        self.nodelist = nodelist
        self.keys = keys

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        key = (
            *(value.resolve(context) for value in self.keys),
            get_language(),
            timezone.localdate(),
            request.scheme,
            request.get_host(),
        )
        # The context as it is now, not as a later request's would be: only a miss renders.
        return FRAGMENTS.get(key, lambda: mark_safe(self.nodelist.render(context)))


@register.tag
def kept(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError('{% kept %} needs a name: {% kept "name" key ... %}')
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])
