"""The staff's text message simulator in the admin, the short links a text carries, what fits
one SMS segment, and the language an answer comes back in."""

import pytest

from hub.counters import recording
from hub.sms import language, segments

pytestmark = pytest.mark.django_db

SIMULATOR = "/admin/sms/simulator/"


def test_staff_try_a_conversation_that_is_never_counted(client, world):
    client.force_login(world.staff)
    assert client.get(SIMULATOR).status_code == 200
    client.post(SIMULATOR, {"body": "club grade 7"})
    client.post(SIMULATOR, {"body": "HELP"})
    page = client.get(SIMULATOR).content.decode()
    assert "club grade 7" in page  # what staff sent
    assert "robotics grade 7 95823" in page  # HELP's example, as a family gets it
    assert "GSM alphabet" in page and "/ 160" in page
    assert recording.waiting_asked() == 0  # staff's questions are not a family's demand
    client.post(SIMULATOR, {"body": "STOP"})
    client.post(SIMULATOR, {"body": "club"})
    assert "No answer: this phone texted STOP." in client.get(SIMULATOR).content.decode()
    client.post(SIMULATOR, {"action": "reset"})
    page = client.get(SIMULATOR).content.decode()
    assert "club grade 7" not in page and "No messages yet." in page


def test_partners_and_visitors_cannot_open_the_simulator(client, world):
    assert client.get(SIMULATOR).status_code == 302  # to the sign-in page
    client.force_login(world.partner_a)
    for response in (client.get(SIMULATOR), client.post(SIMULATOR, {"body": "club"})):
        assert response.status_code in (302, 403)
        assert "club" not in response.content.decode()
    assert "Text message simulator" not in client.get("/admin/").content.decode()


def test_a_short_link_opens_the_listing_in_the_language_and_never_a_draft(client, world):
    response = client.get(f"/es/p/{world.alpha_club.pk}")
    assert response.status_code == 302
    assert response["Location"].startswith("/es/") and world.alpha_club.slug in response["Location"]
    assert client.get(f"/es/p/{world.alpha_draft.pk}").status_code == 404
    assert client.get(f"/es/p/{world.alpha.pk}").status_code == 404  # an organization


# --- One segment --------------------------------------------------------------------------------


def test_a_message_is_gsm_up_to_160_or_unicode_up_to_70():
    assert segments.size("a" * 160) == (160, 160) and segments.fits("a" * 160)
    assert not segments.fits("a" * 161)
    assert segments.size("{" * 80) == (160, 160)  # an escaped GSM character counts twice
    assert segments.size("á" + "a" * 69) == (70, 70)  # one letter outside GSM: all Unicode
    assert not segments.fits("á" + "a" * 70)
    assert segments.size("🤖") == (2, 70)  # outside the basic plane: two UTF-16 units


def test_a_long_title_is_cut_at_a_word_to_leave_room_for_the_link():
    rest = ", 4 thg 1, Miễn phí hub.example.org/vi/p/214"
    cut = segments.shorten("1. Câu lạc bộ lập trình sau giờ học Laguna West", rest)
    assert cut.endswith("…") and segments.fits(cut + rest)
    assert cut.removesuffix("…") in "1. Câu lạc bộ lập trình sau giờ học Laguna West"
    assert not cut.removesuffix("…").endswith(" ")
    assert segments.shorten("Short", " link") == "Short"


def test_sentences_are_packed_into_segments_without_losing_a_word():
    sentences = ["Uno dos tres cuatro cinco seis siete ocho.", "Nueve diez once doce trece."] * 4
    packed = segments.pack(sentences)
    assert all(segments.fits(message) for message in packed)
    assert " ".join(packed).split() == " ".join(sentences).split()
    unspaced = ["机器人" * 40]  # no spaces: cut between letters
    assert "".join(segments.pack(unspaced)) == unspaced[0]
    assert all(segments.fits(message) for message in segments.pack(unspaced))


# --- The answer's language ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("robotics grade 7 95823", "en"),
        ("robótica grado 7 gratis", "es"),
        ("lập trình lớp 4 miễn phí", "vi"),
        ("机器人 7年级", "zh-hans"),
        ("الروبوتات الصف 7", "ar"),
        ("робототехника 7 класс", "ru"),
        ("робототехніка 7 клас", "uk"),
        ("로봇공학 7학년", "ko"),
        ("fasalka 7aad bilaash", "so"),
        ("libre baitang 7", "tl"),
    ],
)
def test_an_answer_comes_back_in_the_language_it_was_asked_in(text, expected):
    assert language.guess(text) == expected


def test_a_text_with_no_telling_word_keeps_the_conversations_language():
    assert language.guess("95823", current="so") == "so"
    assert language.guess("95823") == "en"
    assert language.guess("STEM 95823", current="tl") == "tl"


def test_a_text_line_that_cannot_verify_its_requests_fails_the_system_check(settings):
    from hub.sms.checks import text_line_configured

    settings.HUB_SMS_GATEWAY = ""
    assert text_line_configured(None) == []
    settings.HUB_SMS_GATEWAY = "twillio"
    assert [error.id for error in text_line_configured(None)] == ["sms.E001"]
    settings.HUB_SMS_GATEWAY, settings.HUB_SMS_TWILIO_AUTH_TOKEN = "twilio", ""
    assert [error.id for error in text_line_configured(None)] == ["sms.E002"]
    settings.HUB_SMS_TWILIO_AUTH_TOKEN = "token"
    assert text_line_configured(None) == []
