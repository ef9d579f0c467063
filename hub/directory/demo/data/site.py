"""The site's own pages: home and the four browse pages, and a few shared sentences."""

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

HOME = {
    "title": tr(
        "STEM Opportunity Hub",
        es="Centro de Oportunidades STEM",
        vi="Trung tâm Cơ hội STEM",
        zh="STEM机会中心",
        ar="مركز فرص العلوم والتكنولوجيا",
    ),
    "intro": tr(
        "Free and low-cost STEM programs, career pathways and help for families in the "
        "Sacramento region, in your language.",
        es="Programas STEM gratuitos y de bajo costo, trayectorias profesionales y apoyo para "
        "familias de la región de Sacramento, en su idioma.",
        vi="Các chương trình STEM miễn phí và chi phí thấp, lộ trình nghề nghiệp và hỗ trợ cho các "
        "gia đình ở khu vực Sacramento, bằng ngôn ngữ của bạn.",
        zh="萨克拉门托地区面向家庭的免费和低价STEM项目、职业路径和支持服务，用您的语言呈现。",
        ar="برامج مجانية ومنخفضة التكلفة في العلوم والتكنولوجيا، ومسارات مهنية، ودعم للعائلات في "
        "منطقة ساكرامنتو، بلغتك.",
    ),
}
INDEX_PAGES = [
    (
        "programs",
        {
            "title": tr("Programs", es="Programas", vi="Chương trình", zh="项目", ar="البرامج"),
            "intro": tr(
                "Clubs, camps, classes, internships and more, from Pre-K to adults.",
                es="Clubes, campamentos, clases, pasantías y más, desde preescolar hasta adultos.",
                vi="Câu lạc bộ, trại hè, lớp học, thực tập và nhiều hơn nữa, từ mầm non đến "
                "người lớn.",
                zh="俱乐部、营地、课程、实习等，从学前到成人。",
                ar="نوادٍ ومخيمات وصفوف وتدريب عملي وغير ذلك، من ما قبل الروضة إلى البالغين.",
            ),
        },
    ),
    (
        "partners",
        {
            "title": tr("Partners", es="Organizaciones", vi="Đối tác", zh="合作伙伴", ar="الشركاء"),
            "intro": tr(
                "The employers, colleges, schools, libraries and community groups behind the "
                "programs.",
                es="Las empresas, universidades, escuelas, bibliotecas y grupos comunitarios que "
                "ofrecen los programas.",
                vi="Các doanh nghiệp, trường đại học, trường học, thư viện và nhóm cộng đồng đứng "
                "sau các chương trình.",
                zh="提供这些项目的雇主、大学、学校、图书馆和社区团体。",
                ar="جهات التوظيف والكليات والمدارس والمكتبات والمجموعات المجتمعية التي تقدّم "
                "البرامج.",
            ),
        },
    ),
    (
        "support",
        {
            "title": tr(
                "Help for families",
                es="Apoyo para familias",
                vi="Hỗ trợ gia đình",
                zh="家庭支持服务",
                ar="دعم العائلات",
            ),
            "intro": tr(
                "Bus passes, laptops, internet, meals, childcare, interpretation and more.",
                es="Pases de autobús, computadoras, internet, comidas, cuidado infantil, "
                "interpretación y más.",
                vi="Thẻ xe buýt, máy tính, internet, bữa ăn, giữ trẻ, thông dịch và nhiều hơn nữa.",
                zh="公交卡、电脑、网络、餐食、托儿、口译等。",
                ar="بطاقات الحافلات والحواسيب والإنترنت والوجبات ورعاية الأطفال والترجمة وغير ذلك.",
            ),
        },
    ),
    (
        "pathways",
        {
            "title": tr(
                "Career pathways",
                es="Trayectorias profesionales",
                vi="Lộ trình nghề nghiệp",
                zh="职业路径",
                ar="المسارات المهنية",
            ),
            "intro": tr(
                "Step-by-step routes from middle school to a good job in the region.",
                es="Rutas paso a paso desde la secundaria hasta un buen empleo en la región.",
                vi="Lộ trình từng bước từ trung học cơ sở đến một công việc tốt trong khu vực.",
                zh="从初中到本地区好工作的分步路线。",
                ar="مسارات خطوة بخطوة من المرحلة المتوسطة إلى وظيفة جيدة في المنطقة.",
            ),
        },
    ),
]
