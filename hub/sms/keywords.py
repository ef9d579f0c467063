"""The words a family texts to steer the conversation, in each of the hub's languages: MORE
(the next three), STOP (and the opt-out words carriers and gateways honour), START (texting
again after STOP), HELP, and a language's name (answer in it from now on). A message is a
keyword only when it is nothing else ("more robotics" is a question)."""

from dataclasses import dataclass

from search.scoring import fold

MORE, STOP, START, HELP, LANGUAGE = "more", "stop", "start", "help", "language"

# {command: {language: [keywords]}}. STOP's English words are the carriers' standard opt-out
# words (CTIA), which gateways such as Twilio also act on.
KEYWORDS = {
    MORE: {
        "en": ["more", "next"],
        "es": ["más", "siguiente", "otros"],
        "vi": ["thêm", "tiếp", "xem thêm"],
        "zh-hans": ["更多", "多", "下一个"],
        "so": ["kale", "dheeraad", "wax kale"],
        "ar": ["المزيد", "مزيد", "أكثر", "التالي"],
        "ru": ["ещё", "дальше", "больше"],
        "uk": ["ще", "далі", "більше"],
        "ko": ["더", "더보기", "다음"],
        "tl": ["higit pa", "dagdag", "susunod"],
    },
    STOP: {
        "en": ["stop", "stopall", "unsubscribe", "cancel", "end", "quit", "optout", "revoke"],
        "es": ["parar", "alto", "cancelar", "detener", "baja"],
        "vi": ["dừng", "ngừng", "dừng lại"],
        "zh-hans": ["停止", "退订"],
        "so": ["jooji", "joogso"],
        "ar": ["توقف", "إيقاف", "إلغاء"],
        "ru": ["стоп", "отписаться", "отмена"],
        "uk": ["стоп", "відписатися", "скасувати"],
        "ko": ["중지", "그만", "수신거부"],
        "tl": ["tigil", "itigil", "hinto", "ihinto"],
    },
    START: {
        "en": ["start", "unstop"],
        "es": ["iniciar", "comenzar"],
        "vi": ["bắt đầu"],
        "zh-hans": ["开始"],
        "so": ["bilow"],
        "ar": ["ابدأ"],
        "ru": ["старт", "начать"],
        "uk": ["старт", "почати"],
        "ko": ["시작"],
        "tl": ["simula", "simulan"],
    },
    HELP: {
        "en": ["help", "info"],
        "es": ["ayuda", "info"],
        "vi": ["giúp", "giúp đỡ", "trợ giúp"],
        "zh-hans": ["帮助", "帮忙"],
        "so": ["caawin", "caawi", "gargaar"],
        "ar": ["مساعدة"],
        "ru": ["помощь"],
        "uk": ["допомога"],
        "ko": ["도움", "도움말"],
        "tl": ["tulong"],
    },
    # A language's own name, and its name in English.
    LANGUAGE: {
        "en": ["english", "inglés"],
        "es": ["español", "spanish"],
        "vi": ["tiếng việt", "vietnamese"],
        "zh-hans": ["中文", "简体中文", "汉语", "普通话", "chinese"],
        "so": ["soomaali", "somali"],
        "ar": ["العربية", "عربي", "arabic"],
        "ru": ["русский", "russian"],
        "uk": ["українська", "ukrainian"],
        "ko": ["한국어", "korean"],
        "tl": ["tagalog", "filipino"],
    },
}


@dataclass(frozen=True)
class Keyword:
    command: str
    languages: tuple  # the languages it is a word of ("info" is English and Spanish)


def _folded(text):
    return " ".join(fold(text).replace("!", " ").replace(".", " ").split())


def _table():
    table = {}
    for command, by_language in KEYWORDS.items():
        for language, words in by_language.items():
            for word in words:
                key = _folded(word)
                found = table.get(key)
                languages = (found.languages if found else ()) + (language,)
                table[key] = Keyword(command, languages)
    return table


TABLE = _table()


def read(text):
    """The `Keyword` the whole message is, else None."""
    return TABLE.get(_folded(text))


def words_of(language):
    """Every keyword of `language`, folded: a message that uses them is likely in it."""
    return {
        _folded(word) for by_language in KEYWORDS.values() for word in by_language.get(language, [])
    }
