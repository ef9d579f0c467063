"""A few sentences the demo's listings share."""

from ..i18n import tr

SERVICE_FREE = tr("Free of charge.", es="Gratis.", vi="Miễn phí.", zh="免费。", ar="مجانًا.")
PATHWAY_QUESTION = tr(
    "Do I have to start in middle school?",
    es="¿Tengo que empezar en la secundaria?",
    vi="Tôi có phải bắt đầu từ cấp hai không?",
    zh="我必须从初中开始吗？",
    ar="هل يجب أن أبدأ من المرحلة المتوسطة؟",
)
PATHWAY_ANSWER = tr(
    "No. Join at any step that fits your age; each step links programs that take you to the next.",
    es="No. Únete en el paso que corresponda a tu edad; cada paso enlaza programas que te llevan "
    "al siguiente.",
    vi="Không. Hãy tham gia ở bước phù hợp với tuổi của bạn; mỗi bước đều có các chương trình "
    "đưa bạn đến bước tiếp theo.",
    zh="不必。从适合你年龄的任何一步加入即可；每一步都链接了能带你走向下一步的项目。",
    ar="لا. انضم في أي خطوة تناسب عمرك؛ فكل خطوة تربطك ببرامج تقودك إلى الخطوة التالية.",
)
