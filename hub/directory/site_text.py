"""The words of the pages every hub starts with: home and the four browse pages, in the hub's
languages (build_site in site_tree.py). Staff edit them in the admin afterwards."""

from .i18n import tr

HOME = {
    "title": tr(
        "STEM Opportunity Hub",
        es="Centro de Oportunidades STEM",
        vi="Trung tâm Cơ hội STEM",
        zh="STEM机会中心",
        ar="مركز فرص العلوم والتكنولوجيا",
        so="Xarunta Fursadaha STEM",
        ru="Центр возможностей STEM",
        uk="Центр можливостей STEM",
        ko="STEM 기회 센터",
        tl="Sentro ng mga Oportunidad sa STEM",
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
        so="Barnaamijyo STEM ah oo bilaash ah ama qiimo jaban, waddooyin shaqo iyo caawimo loogu "
        "talagalay qoysaska gobolka Sacramento, luqaddaada.",
        ru="Бесплатные и недорогие программы STEM, пути к профессии и помощь для семей региона "
        "Сакраменто — на вашем языке.",
        uk="Безкоштовні та недорогі програми STEM, шляхи до професії та допомога для родин регіону "
        "Сакраменто — вашою мовою.",
        ko="새크라멘토 지역 가족을 위한 무료 및 저렴한 STEM 프로그램, 진로 경로와 지원을 "
        "여러분의 언어로 안내해요.",
        tl="Libre at murang mga STEM program, career pathway at tulong para sa mga pamilya sa "
        "rehiyon ng Sacramento, sa inyong wika.",
    ),
}
INDEX_PAGES = [
    (
        "programs",
        {
            "title": tr(
                "Programs",
                es="Programas",
                vi="Chương trình",
                zh="项目",
                ar="البرامج",
                so="Barnaamijyada",
                ru="Программы",
                uk="Програми",
                ko="프로그램",
                tl="Mga Programa",
            ),
            "intro": tr(
                "Clubs, camps, classes, internships and more, from Pre-K to adults.",
                es="Clubes, campamentos, clases, pasantías y más, desde preescolar hasta adultos.",
                vi="Câu lạc bộ, trại hè, lớp học, thực tập và nhiều hơn nữa, từ mầm non đến "
                "người lớn.",
                zh="俱乐部、营地、课程、实习等，从学前到成人。",
                ar="نوادٍ ومخيمات وصفوف وتدريب عملي وغير ذلك، من ما قبل الروضة إلى البالغين.",
                so="Naadiyo, kaamam, fasallo, tababar shaqo iyo wax kale, laga bilaabo Pre-K ilaa "
                "dadka waaweyn.",
                ru="Кружки, лагеря, занятия, стажировки и многое другое — от Pre-K до взрослых.",
                uk="Гуртки, табори, заняття, стажування та багато іншого — від Pre-K до дорослих.",
                ko="동아리, 캠프, 수업, 인턴십 등 프리케이부터 성인까지.",
                tl="Mga club, camp, klase, internship at iba pa, mula Pre-K hanggang sa mga adult.",
            ),
        },
    ),
    (
        "partners",
        {
            "title": tr(
                "Partners",
                es="Organizaciones",
                vi="Đối tác",
                zh="合作伙伴",
                ar="الشركاء",
                so="La-hawlgalayaasha",
                ru="Партнёры",
                uk="Партнери",
                ko="파트너",
                tl="Mga Katuwang",
            ),
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
                so="Loo-shaqeeyayaasha, kulliyadaha, dugsiyada, maktabadaha iyo kooxaha "
                "bulshada ee barnaamijyada bixiya.",
                ru="Работодатели, колледжи, школы, библиотеки и общественные организации, которые "
                "проводят программы.",
                uk="Роботодавці, коледжі, школи, бібліотеки та громадські організації, які "
                "проводять програми.",
                ko="프로그램을 운영하는 고용주, 대학, 학교, 도서관, 지역 단체예요.",
                tl="Ang mga employer, kolehiyo, paaralan, aklatan at community group na "
                "nagpapatakbo ng mga programa.",
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
                so="Caawimo qoysaska",
                ru="Помощь семьям",
                uk="Допомога родинам",
                ko="가족 지원",
                tl="Tulong para sa mga pamilya",
            ),
            "intro": tr(
                "Bus passes, laptops, internet, meals, childcare, interpretation and more.",
                es="Pases de autobús, computadoras, internet, comidas, cuidado infantil, "
                "interpretación y más.",
                vi="Thẻ xe buýt, máy tính, internet, bữa ăn, giữ trẻ, thông dịch và nhiều hơn nữa.",
                zh="公交卡、电脑、网络、餐食、托儿、口译等。",
                ar="بطاقات الحافلات والحواسيب والإنترنت والوجبات ورعاية الأطفال والترجمة وغير ذلك.",
                so="Kaararka baska, laptop, internet, cunto, daryeelka carruurta, turjumaad iyo "
                "wax kale.",
                ru="Проездные на автобус, ноутбуки, интернет, питание, присмотр за детьми, устный "
                "перевод и многое другое.",
                uk="Проїзні на автобус, ноутбуки, інтернет, харчування, догляд за дітьми, усний "
                "переклад та багато іншого.",
                ko="버스 패스, 노트북, 인터넷, 식사, 아이 돌봄, 통역 등.",
                tl="Bus pass, laptop, internet, pagkain, pag-aalaga ng bata, interpretasyon at "
                "iba pa.",
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
                so="Waddooyinka shaqada",
                ru="Пути к профессии",
                uk="Шляхи до професії",
                ko="진로 경로",
                tl="Mga career pathway",
            ),
            "intro": tr(
                "Step-by-step routes from middle school to a good job in the region.",
                es="Rutas paso a paso desde la secundaria hasta un buen empleo en la región.",
                vi="Lộ trình từng bước từ trung học cơ sở đến một công việc tốt trong khu vực.",
                zh="从初中到本地区好工作的分步路线。",
                ar="مسارات خطوة بخطوة من المرحلة المتوسطة إلى وظيفة جيدة في المنطقة.",
                so="Waddooyin tallaabo-tallaabo ah oo ka bilaabma dugsiga dhexe ilaa shaqo "
                "wanaagsan oo gobolka ah.",
                ru="Пошаговые маршруты от средней школы до хорошей работы в регионе.",
                uk="Покрокові маршрути від середньої школи до гарної роботи в регіоні.",
                ko="중학교부터 지역의 좋은 일자리까지 단계별 경로예요.",
                tl="Hakbang-hakbang na daan mula middle school hanggang sa magandang trabaho sa "
                "rehiyon.",
            ),
        },
    ),
]
