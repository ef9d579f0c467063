"""SMS gateways: how an inbound text reaches the hub and how the answer goes back. Each
gateway reads its own request format, checks its own signature and writes its own reply; the
conversation (conversation.py) knows none of them. Twilio's format is the one most gateways
copy, and the only one built; another is a subclass of `Gateway` named in `GATEWAYS`."""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpResponse
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse


@dataclass(frozen=True)
class Inbound:
    sender: str  # the phone number: hashed at once (conversation.person), never kept
    body: str
    message_id: str  # the gateway's id of this message: a second delivery of it is a replay


class Gateway:
    name = ""

    def is_signed(self, request):
        """Whether the request provably comes from the gateway, unchanged."""
        raise NotImplementedError

    def message(self, request):
        """The `Inbound` message, or None when the request does not carry one."""
        raise NotImplementedError

    def reply(self, messages):
        """The HTTP response that sends `messages` (each one SMS) back to the sender."""
        raise NotImplementedError


class Twilio(Gateway):
    """Twilio's Messaging webhook: a form POST signed with the account's auth token over the
    webhook's URL and every parameter (X-Twilio-Signature); the answer is TwiML."""

    name = "twilio"

    def url(self, request):
        # The URL Twilio was given, which the signature covers: behind a proxy it may differ
        # from the one this request arrived at.
        return settings.HUB_SMS_WEBHOOK_URL or request.build_absolute_uri()

    def is_signed(self, request):
        token = settings.HUB_SMS_TWILIO_AUTH_TOKEN
        signature = request.headers.get("X-Twilio-Signature", "")
        if not token or not signature:
            return False
        if not RequestValidator(token).validate(self.url(request), request.POST, signature):
            return False
        account = settings.HUB_SMS_TWILIO_ACCOUNT_SID
        return not account or request.POST.get("AccountSid") == account

    def message(self, request):
        sender, message_id = request.POST.get("From", ""), request.POST.get("MessageSid", "")
        if not sender or not message_id:
            return None
        return Inbound(sender=sender, body=request.POST.get("Body", ""), message_id=message_id)

    def reply(self, messages):
        twiml = MessagingResponse()
        for text in messages:
            twiml.message(text)
        return HttpResponse(str(twiml), content_type="text/xml; charset=utf-8")


GATEWAYS = {gateway.name: gateway for gateway in (Twilio,)}


def configured():
    """The gateway named by HUB_SMS_GATEWAY, or None: the text line is off."""
    gateway = GATEWAYS.get(settings.HUB_SMS_GATEWAY)
    return gateway() if gateway else None
