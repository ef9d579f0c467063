"""The gateway's webhook (/sms/inbound/) and the staff's simulator in the admin."""

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from hub.partners.onboarding import is_hub_staff

from . import conversation, gateways, segments

# How long a gateway's message id is remembered, to refuse the same message sent again: far
# longer than any gateway retries.
REPLAY_SECONDS = 24 * 60 * 60


def origin(request):
    """The site's address for the links in an answer, without "https://" (a phone links a bare
    address, and every letter counts in a 70-letter message)."""
    address = request.build_absolute_uri("/").rstrip("/")
    return address.removeprefix("https://")


@csrf_exempt  # the gateway signs its requests instead (Gateway.is_signed)
@require_POST
@never_cache
@sensitive_post_parameters()  # an error report never shows the sender's number or words
def inbound(request):
    """One text from a family, through the gateway: answered in the gateway's format. Refused
    when the text line is off or the request is not signed by the gateway (403; not 404, which
    the language middleware would turn into a redirect), and when the same message comes again
    (409: a replay, or a retry of one already answered)."""
    gateway = gateways.configured()
    if gateway is None:
        return HttpResponseForbidden(_("Search by text message is not turned on."))
    if not gateway.is_signed(request):
        return HttpResponseForbidden(_("This request is not signed by the gateway."))
    message = gateway.message(request)
    if message is None:
        return HttpResponseBadRequest(_("This request carries no text message."))
    replay_key = "sms:seen:" + conversation.person(f"{gateway.name}:{message.message_id}")
    if not cache.add(replay_key, True, timeout=REPLAY_SECONDS):
        return HttpResponse(_("This message was already answered."), status=409)
    reply = conversation.answer(message.body, conversation.person(message.sender), origin(request))
    return gateway.reply(reply.messages)


# --- The simulator --------------------------------------------------------------------------

TRANSCRIPT = "sms_simulator_transcript"  # in the staff member's own session
KEPT = 40  # messages of the transcript shown


def _simulated_person(request):
    # Not a phone number: the staff member's own conversation, apart from every family's.
    return f"simulator-{request.user.pk}"


def simulator(request):
    """Staff try the text line without a gateway or a phone: the same conversation, answered
    in the same messages (with each one's alphabet and size), never counted as a family's."""
    if not is_hub_staff(request.user):
        raise PermissionDenied
    who = _simulated_person(request)
    if request.method == "POST":
        if request.POST.get("action") == "reset":
            conversation.forget(who)
            request.session[TRANSCRIPT] = []
            messages.success(request, _("The conversation starts over."))
            return redirect("sms:simulator")
        body = request.POST.get("body", "").strip()
        if not body:
            messages.error(request, _("Type a text message to send."))
            return redirect("sms:simulator")
        reply = conversation.answer(body, who, origin(request), counted=False)
        transcript = request.session.get(TRANSCRIPT, [])
        transcript.append({"from": "family", "text": body[:500]})
        if not reply.messages:
            transcript.append({"from": "note", "text": _("No answer: this phone texted STOP.")})
        for text in reply.messages:
            transcript.append({"from": "hub", "text": text, "language": reply.language})
        request.session[TRANSCRIPT] = transcript[-KEPT:]
        return redirect("sms:simulator")
    transcript = []
    for entry in request.session.get(TRANSCRIPT, []):
        if entry["from"] == "hub":
            used, limit = segments.size(entry["text"])
            entry = {**entry, "used": used, "limit": limit, "gsm": limit == segments.GSM_LIMIT}
        transcript.append(entry)
    context = {
        "transcript": transcript,
        "turned_on": gateways.configured() is not None,
        "gateway": settings.HUB_SMS_GATEWAY,
        "examples": ["robotics grade 7 95823", "lập trình lớp 4 miễn phí", "MORE", "HELP", "STOP"],
    }
    return TemplateResponse(request, "sms/simulator.html", context)
