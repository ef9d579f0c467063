"""Organizations of the demo region. All names are invented; their places are real."""

from dataclasses import dataclass

from ..i18n import tr


@dataclass(frozen=True)
class OrganizationData:
    name: str
    kind: str  # OrganizationPage.Kind value
    zip_code: str
    interests: tuple  # interest slugs this organization is known for
    # Languages (besides English) its staff commonly work in.
    languages: tuple = ("es",)


Org = OrganizationData

ORGANIZATIONS = [
    # Employers
    Org(
        "Sierra Health Partners",
        "employer",
        "95817",
        ("health-sciences", "data-science"),
        ("es", "vi"),
    ),
    Org(
        "River City Medical Center",
        "employer",
        "95823",
        ("health-sciences", "biotechnology"),
        ("es", "ru"),
    ),
    Org("Delta Biologics", "employer", "95691", ("biotechnology", "chemistry")),
    Org("Cordova Propulsion Systems", "employer", "95742", ("aerospace", "advanced-manufacturing")),
    Org("Valley Solar Cooperative", "employer", "95828", ("clean-energy", "construction")),
    Org("Capital Region Power and Water", "employer", "95817", ("clean-energy", "water-science")),
    Org(
        "Folsom Semiconductor Works",
        "employer",
        "95630",
        ("electronics", "advanced-manufacturing"),
        ("es", "zh-hans"),
    ),
    Org(
        "American River Precision Machining",
        "employer",
        "95670",
        ("advanced-manufacturing", "engineering"),
        ("es", "uk"),
    ),
    Org(
        "Natomas Logistics Park",
        "employer",
        "95834",
        ("transportation", "data-science"),
        ("es", "tl"),
    ),
    Org(
        "Elk Grove EV and Auto Center",
        "employer",
        "95624",
        ("automotive", "electronics"),
        ("es", "tl"),
    ),
    Org("Yolo AgTech Labs", "employer", "95618", ("agriculture", "data-science")),
    Org(
        "Tower Bridge Software",
        "employer",
        "95814",
        ("coding", "artificial-intelligence"),
        ("es", "vi"),
    ),
    Org(
        "Capitol Cyber Defense Group",
        "employer",
        "95827",
        ("cybersecurity", "coding"),
        ("es", "ru"),
    ),
    Org("Northgate Builders", "employer", "95838", ("construction", "architecture")),
    Org("Riverbend Animal Hospital", "employer", "95864", ("animal-science", "health-sciences")),
    Org(
        "Midtown Pixel Studio", "employer", "95816", ("game-design", "digital-media"), ("es", "ko")
    ),
    # Colleges
    Org(
        "Capitol Valley Community College",
        "college",
        "95822",
        ("health-sciences", "coding", "construction"),
        ("es", "vi", "zh-hans"),
    ),
    Org(
        "Delta Oaks College",
        "college",
        "95823",
        ("automotive", "clean-energy", "transportation"),
        ("es", "vi", "so"),
    ),
    Org(
        "American River Valley College",
        "college",
        "95841",
        ("cybersecurity", "electronics", "advanced-manufacturing"),
        ("es", "ru", "uk"),
    ),
    Org("Lakeside College Folsom", "college", "95630", ("aerospace", "engineering", "teaching")),
    Org(
        "Sacramento Metro State University",
        "college",
        "95819",
        ("engineering", "biotechnology", "teaching", "data-science"),
        ("es", "vi", "zh-hans", "ar"),
    ),
    Org(
        "Yolo Research University",
        "college",
        "95616",
        ("agriculture", "animal-science", "environmental-science", "chemistry"),
        ("es", "zh-hans", "ko"),
    ),
    # Schools and districts
    Org(
        "Capitol Unified School District",
        "school",
        "95818",
        ("robotics", "mathematics", "coding"),
        ("es", "vi", "zh-hans", "ar"),
    ),
    Org(
        "Elk Grove Heights School District",
        "school",
        "95758",
        ("engineering", "health-sciences", "robotics"),
        ("es", "tl", "vi"),
    ),
    Org(
        "North Valley Unified", "school", "95842", ("robotics", "cybersecurity"), ("es", "ru", "uk")
    ),
    Org(
        "River Delta Charter Academy",
        "school",
        "95605",
        ("environmental-science", "water-science"),
        ("es", "ru"),
    ),
    Org(
        "Natomas STEM Academy",
        "school",
        "95835",
        ("coding", "engineering", "aerospace"),
        ("es", "tl"),
    ),
    # Nonprofits
    Org("Girls Build Sacramento", "nonprofit", "95817", ("engineering", "construction", "making")),
    Org("Code Familia", "nonprofit", "95824", ("coding", "game-design", "artificial-intelligence")),
    Org("River City Robotics League", "nonprofit", "95826", ("robotics", "engineering")),
    Org(
        "Little Saigon Family Learning Center",
        "nonprofit",
        "95820",
        ("mathematics", "coding", "health-sciences"),
        ("vi", "zh-hans"),
    ),
    Org(
        "Slavic Family STEM Network",
        "nonprofit",
        "95821",
        ("physics", "mathematics", "electronics"),
        ("ru", "uk"),
    ),
    Org(
        "Newcomer Families STEM Alliance",
        "nonprofit",
        "95825",
        ("early-stem", "mathematics", "health-sciences"),
        ("ar", "so", "es"),
    ),
    Org(
        "Green Valley Youth Corps",
        "nonprofit",
        "95833",
        ("environmental-science", "clean-energy", "agriculture"),
    ),
    Org("Sac Makers Collective", "nonprofit", "95811", ("making", "electronics", "digital-media")),
    Org("Stars Over Sacramento Astronomy Club", "nonprofit", "95831", ("astronomy", "physics")),
    Org("Pinoy STEM Youth Coalition", "nonprofit", "95758", ("health-sciences", "coding"), ("tl",)),
    # Libraries
    Org(
        "Capital Region Library",
        "library",
        "95814",
        ("coding", "making", "early-stem"),
        ("es", "vi", "zh-hans", "ru", "ar"),
    ),
    Org(
        "Yolo Valley Library", "library", "95616", ("early-stem", "environmental-science", "making")
    ),
    Org(
        "Elk Grove Community Library",
        "library",
        "95624",
        ("early-stem", "robotics", "digital-media"),
        ("es", "tl", "vi"),
    ),
    # Government
    Org(
        "Capital Region Workforce Board",
        "government",
        "95815",
        ("construction", "transportation", "health-sciences"),
        ("es", "ru", "ar"),
    ),
    Org(
        "Sacramento Area Parks and Recreation",
        "government",
        "95818",
        ("environmental-science", "animal-science", "astronomy"),
    ),
    Org(
        "Sacramento County Water Agency",
        "government",
        "95827",
        ("water-science", "environmental-science"),
    ),
    # Community learning hubs
    Org(
        "Oak Park Community Learning Hub",
        "learning_hub",
        "95817",
        ("coding", "digital-media", "mathematics"),
    ),
    Org(
        "Meadowview Learning Hub",
        "learning_hub",
        "95832",
        ("robotics", "early-stem", "mathematics"),
        ("es", "so", "ar"),
    ),
    Org(
        "Del Paso Heights Tech Hub",
        "learning_hub",
        "95838",
        ("coding", "cybersecurity", "game-design"),
        ("es", "ru"),
    ),
    Org(
        "Rancho Cordova Family Learning Hub",
        "learning_hub",
        "95670",
        ("early-stem", "making", "robotics"),
        ("es", "uk", "ru"),
    ),
]

# For regions bigger than the table: names built as "{area} {noun}", unique by construction
# because each (area, noun) pair is used once.
GENERATED_NAME_NOUNS = {
    "employer": [
        "Technologies",
        "Manufacturing",
        "Health Clinic",
        "Engineering Group",
        "Solar",
        "Logistics",
        "Labs",
        "Builders",
    ],
    "college": ["Adult School", "Career Center", "College Center"],
    "school": [
        "Middle School",
        "High School",
        "STEM Magnet",
        "Charter School",
        "Elementary School",
        "Academy",
    ],
    "nonprofit": [
        "STEM Collective",
        "Youth Alliance",
        "Science Club",
        "Mentors Network",
        "Robotics Boosters",
        "Girls in STEM",
        "Youth Makers",
    ],
    "library": ["Branch Library", "Library Learning Commons", "Library Makerspace"],
    "government": ["Youth Services Office", "Parks District"],
    "learning_hub": ["Learning Hub", "Family Tech Hub", "Community Tech Center"],
}
# Share of generated organizations of each kind (employers and nonprofits run the most).
GENERATED_KIND_WEIGHTS = {
    "employer": 5,
    "college": 1,
    "school": 3,
    "nonprofit": 4,
    "library": 1,
    "government": 1,
    "learning_hub": 2,
}

ORG_SUMMARIES = {
    "employer": tr(
        "{name} is an employer in {city} working in {focus}. We open our doors to students through "
        "internships, job shadows and mentoring, and we hire graduates of local programs.",
        es="{name} es una empresa de {city} del sector de {focus}. Abrimos nuestras puertas "
        "a estudiantes con pasantías, visitas de observación y mentorías, y contratamos a "
        "egresados de programas locales.",
        vi="{name} là một doanh nghiệp tại {city} trong lĩnh vực {focus}. Chúng tôi chào đón "
        "học sinh qua các chương trình thực tập, kiến tập và cố vấn, và tuyển dụng học viên "
        "tốt nghiệp từ các chương trình địa phương.",
        zh="{name}是{city}一家从事{focus}的雇主。我们通过实习、职场观摩和导师计划向学生敞开大门，并聘用本地项目的毕业生。",
        ar="{name} جهة توظيف في {city} تعمل في مجال {focus}. نفتح أبوابنا للطلاب من خلال "
        "التدريب العملي ومرافقة الموظفين والإرشاد، ونوظّف خريجي البرامج المحلية.",
    ),
    "college": tr(
        "{name} serves students in {city} and across the region, with strong programs in "
        "{focus}. High-school students can take free dual-enrollment classes, and adults can "
        "earn certificates that lead straight to work.",
        es="{name} atiende a estudiantes de {city} y de toda la región, con programas sólidos en "
        "{focus}. Los estudiantes de preparatoria pueden tomar clases gratuitas de inscripción "
        "doble y los adultos pueden obtener certificados que llevan directo al empleo.",
        vi="{name} phục vụ sinh viên tại {city} và khắp khu vực, với các chương trình mạnh về "
        "{focus}. Học sinh trung học có thể học miễn phí các lớp song song đại học, và người "
        "lớn có thể lấy chứng chỉ để đi làm ngay.",
        zh="{name}为{city}及整个地区的学生服务，在{focus}方面有优秀的课程。高中生可以免费参加双学分课程，成年人可以获得直接通向就业的证书。",
        ar="تخدم {name} الطلاب في {city} وفي أنحاء المنطقة، ولديها برامج قوية في {focus}. "
        "يمكن لطلاب الثانوية حضور دروس التسجيل المزدوج مجانًا، ويمكن للبالغين الحصول على "
        "شهادات تقودهم مباشرة إلى العمل.",
    ),
    "school": tr(
        "{name} runs after-school clubs, summer camps and career classes in {focus} for "
        "students in {city}, with teachers who know families by name.",
        es="{name} ofrece clubes después de clases, campamentos de verano y clases técnicas de "
        "{focus} para estudiantes de {city}, con maestros que conocen a las familias por su "
        "nombre.",
        vi="{name} tổ chức các câu lạc bộ sau giờ học, trại hè và lớp hướng nghiệp về {focus} "
        "cho học sinh tại {city}, với những giáo viên biết rõ từng gia đình.",
        zh="{name}为{city}的学生开设{focus}方面的课后俱乐部、夏令营和职业课程，老师们熟悉每一个家庭。",
        ar="تدير {name} نوادي ما بعد المدرسة والمخيمات الصيفية ودروسًا مهنية في {focus} "
        "لطلاب {city}، مع معلمين يعرفون العائلات بأسمائها.",
    ),
    "nonprofit": tr(
        "{name} is a community nonprofit in {city}. We bring hands-on {focus} to young people "
        "who are often left out of STEM, free of charge and close to home.",
        es="{name} es una organización comunitaria sin fines de lucro de {city}. Llevamos "
        "actividades prácticas de {focus} a jóvenes que a menudo quedan fuera de STEM, gratis y "
        "cerca de casa.",
        vi="{name} là một tổ chức phi lợi nhuận cộng đồng tại {city}. Chúng tôi mang các hoạt động "
        "thực hành về {focus} đến với những bạn trẻ thường bị bỏ lại phía sau trong STEM, miễn phí "
        "và gần nhà.",
        zh="{name}是{city}的一家社区非营利组织。我们免费在家门口为常被STEM领域忽视的青少年提供动手实践的{focus}活动。",
        ar="{name} منظمة مجتمعية غير ربحية في {city}. نقدّم أنشطة عملية في {focus} للشباب "
        "الذين كثيرًا ما يُستبعدون من مجالات العلوم والتكنولوجيا، مجانًا وقريبًا من منازلهم.",
    ),
    "library": tr(
        "{name} offers free STEM storytimes, makerspaces, laptop and hotspot lending, and "
        "workshops in {focus} at branches across {city} and nearby.",
        es="{name} ofrece horas de cuentos STEM gratuitas, espacios maker, préstamo de "
        "computadoras y puntos de acceso a internet, y talleres de {focus} en sus sucursales "
        "de {city} y alrededores.",
        vi="{name} cung cấp miễn phí giờ kể chuyện STEM, không gian sáng tạo, cho mượn máy "
        "tính xách tay và thiết bị phát Wi-Fi, cùng các hội thảo về {focus} tại các chi nhánh "
        "ở {city} và vùng lân cận.",
        zh="{name}在{city}及周边各分馆免费提供STEM故事时间、创客空间、笔记本电脑和无线热点借用，以及{focus}工作坊。",
        ar="تقدّم {name} مجانًا جلسات قصص علمية ومساحات للصناعة اليدوية وإعارة الحواسيب "
        "المحمولة وأجهزة الإنترنت، وورش عمل في {focus} في فروعها في {city} وما حولها.",
    ),
    "government": tr(
        "{name} is a public agency that connects {city} residents with paid work experience, "
        "training and free programs in {focus}.",
        es="{name} es una agencia pública que conecta a los residentes de {city} con "
        "experiencia laboral pagada, capacitación y programas gratuitos de {focus}.",
        vi="{name} là cơ quan công quyền giúp cư dân {city} tiếp cận kinh nghiệm làm việc có "
        "lương, đào tạo và các chương trình miễn phí về {focus}.",
        zh="{name}是一家公共机构，为{city}居民提供带薪工作经验、培训以及{focus}方面的免费项目。",
        ar="{name} جهة حكومية تربط سكان {city} بخبرة عمل مدفوعة الأجر وبالتدريب وببرامج "
        "مجانية في {focus}.",
    ),
    "learning_hub": tr(
        "{name} is a neighborhood learning hub in {city}: free Wi-Fi, homework help, "
        "family workshops and hands-on {focus}, open after school and on weekends.",
        es="{name} es un centro de aprendizaje de barrio en {city}: Wi-Fi gratis, ayuda con "
        "tareas, talleres familiares y actividades prácticas de {focus}, abierto después de clases "
        "y los fines de semana.",
        vi="{name} là trung tâm học tập khu phố tại {city}: Wi-Fi miễn phí, hỗ trợ làm bài "
        "tập, hội thảo gia đình và hoạt động thực hành về {focus}, mở cửa sau giờ học và cuối "
        "tuần.",
        zh="{name}是{city}的社区学习中心：免费Wi-Fi、作业辅导、家庭讲座和动手实践的{focus}活动，课后和周末开放。",
        ar="{name} مركز تعلّم في الحي في {city}: إنترنت لاسلكي مجاني، ومساعدة في الواجبات، "
        "وورش عمل للعائلات، وأنشطة عملية في {focus}، مفتوح بعد المدرسة وفي عطلات نهاية الأسبوع.",
    ),
}

ORG_BODY = {
    "heading": tr(
        "Who we are", es="Quiénes somos", vi="Chúng tôi là ai", zh="关于我们", ar="من نحن"
    ),
    "paragraph": tr(
        "<p>We have worked with families in {city} for {years} years. Our programs are small, "
        "hands-on and led by people from the neighborhoods we serve.</p>",
        es="<p>Trabajamos con familias de {city} desde hace {years} años. Nuestros programas son "
        "pequeños, prácticos y dirigidos por personas de los barrios a los que servimos.</p>",
        vi="<p>Chúng tôi đã làm việc với các gia đình tại {city} trong {years} năm. Các chương "
        "trình của chúng tôi quy mô nhỏ, thực hành và do chính người trong khu phố dẫn dắt.</p>",
        zh="<p>我们与{city}的家庭合作已有{years}年。我们的项目规模小、重实践，由来自所服务社区的人带领。</p>",
        ar="<p>نعمل مع العائلات في {city} منذ {years} عامًا. برامجنا صغيرة وعملية ويقودها "
        "أشخاص من الأحياء التي نخدمها.</p>",
    ),
}

# (way, description) pairs an organization of each kind offers.
WAYS = {
    "mentor": tr(
        "Staff volunteers meet students twice a month, in person or by video.",
        es="Personal voluntario se reúne con estudiantes dos veces al mes, en persona o por video.",
    ),
    "host": tr(
        "We host paid summer interns and year-round apprentices; we supervise and train them.",
        es="Recibimos pasantes pagados en verano y aprendices todo el año; los supervisamos y "
        "capacitamos.",
    ),
    "advise": tr(
        "We sit on program advisory committees and review what students learn.",
        es="Participamos en comités asesores y revisamos lo que aprenden los estudiantes.",
    ),
    "donate": tr(
        "We donate laptops, lab equipment and tools when we upgrade.",
        es="Donamos computadoras, equipo de laboratorio y herramientas cuando renovamos los "
        "nuestros.",
    ),
    "speak": tr(
        "Our engineers and technicians visit classes to talk about their work.",
        es="Nuestros ingenieros y técnicos visitan salones para hablar de su trabajo.",
    ),
    "fund": tr(
        "We fund scholarships, bus passes and competition fees for local students.",
        es="Financiamos becas, pases de autobús y cuotas de competencias para estudiantes locales.",
    ),
}
WAYS_BY_KIND = {
    "employer": ["host", "mentor", "speak", "donate", "fund", "advise"],
    "college": ["advise", "host", "speak", "mentor"],
    "school": ["advise", "speak"],
    "nonprofit": ["mentor", "fund"],
    "library": ["donate", "speak"],
    "government": ["host", "fund", "advise"],
    "learning_hub": ["mentor", "donate"],
}

# People's names for contacts, drawn from the region's communities.
FIRST_NAMES = [
    "Maria",
    "Jose",
    "Guadalupe",
    "Luis",
    "Ana",
    "Carlos",
    "Linh",
    "Minh",
    "Thanh",
    "Wei",
    "Mei",
    "Jun",
    "Amina",
    "Hodan",
    "Abdi",
    "Fatima",
    "Omar",
    "Layla",
    "Olena",
    "Dmytro",
    "Natalia",
    "Sergei",
    "Ji-woo",
    "Min-jun",
    "Maricel",
    "Jerome",
    "Rosalind",
    "Tyrone",
    "Keisha",
    "Emily",
    "Daniel",
    "Sarah",
    "Priya",
    "Arjun",
    "Kalani",
    "Nadia",
    "Gabriel",
    "Yesenia",
    "Tomas",
    "Hannah",
]
LAST_NAMES = [
    "Garcia",
    "Hernandez",
    "Lopez",
    "Martinez",
    "Ramirez",
    "Nguyen",
    "Tran",
    "Pham",
    "Le",
    "Chen",
    "Wang",
    "Li",
    "Zhang",
    "Hassan",
    "Mohamed",
    "Ali",
    "Ahmed",
    "Kovalenko",
    "Shevchenko",
    "Petrov",
    "Ivanova",
    "Kim",
    "Park",
    "Lee",
    "Santos",
    "Reyes",
    "Cruz",
    "Johnson",
    "Williams",
    "Brown",
    "Jackson",
    "Patel",
    "Singh",
    "Thompson",
    "Vang",
    "Xiong",
    "Moua",
    "Lor",
    "Walker",
    "Robinson",
]
