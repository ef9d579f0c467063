"""The collaborative's career pathways: middle school to a job, step by step."""

from dataclasses import dataclass

from ..i18n import tr


@dataclass(frozen=True)
class StepData:
    band: str  # PathwayStep.Band value
    title: dict
    description: dict
    credential: dict | None = None


@dataclass(frozen=True)
class PathwayData:
    slug: str
    sector: dict
    title: dict
    summary: dict
    interests: tuple  # the first is the main one: its programs are linked to every step
    wages: tuple  # typical (starting, experienced) USD per hour
    credentials: dict
    steps: tuple


def _middle(topic_en, topic_es):
    return StepData(
        "middle",
        tr(f"Explore {topic_en}", es=f"Explora {topic_es}"),
        tr(
            "Join a club or camp to try it out, with no pressure and no experience needed.",
            es="Únete a un club o campamento para probar, sin presión y sin experiencia previa.",
            vi="Tham gia câu lạc bộ hoặc trại hè để thử sức, không áp lực và không cần kinh "
            "nghiệm.",
            zh="参加俱乐部或夏令营来尝试一下，没有压力，也不需要经验。",
            ar="انضم إلى نادٍ أو مخيم لتجربة المجال، دون ضغط ودون خبرة سابقة.",
        ),
    )


def _high(course_en, course_es):
    return StepData(
        "high",
        tr(f"Take {course_en} in high school", es=f"Toma {course_es} en la preparatoria"),
        tr(
            "Choose the career pathway classes at your school and look for a summer internship.",
            es="Elige las clases de la trayectoria profesional en tu escuela y busca una pasantía "
            "de verano.",
            vi="Chọn các lớp theo lộ trình nghề nghiệp ở trường và tìm một chương trình thực tập "
            "hè.",
            zh="选修学校的职业路径课程，并寻找暑期实习。",
            ar="اختر صفوف المسار المهني في مدرستك وابحث عن تدريب صيفي.",
        ),
    )


DUAL = StepData(
    "dual",
    tr(
        "Earn college credit for free",
        es="Obtén créditos universitarios gratis",
        vi="Lấy tín chỉ đại học miễn phí",
        zh="免费获得大学学分",
        ar="احصل على وحدات جامعية مجانًا",
    ),
    tr(
        "Dual-enrollment classes count for high school and college at the same time.",
        es="Las clases de inscripción doble cuentan para la preparatoria y la universidad a la "
        "vez.",
        vi="Các lớp học song song được tính cho cả trung học và đại học cùng lúc.",
        zh="双学分课程同时计入高中和大学学分。",
        ar="تُحتسب صفوف التسجيل المزدوج للمدرسة الثانوية والجامعة في الوقت نفسه.",
    ),
    tr(
        "College units",
        es="Unidades universitarias",
        vi="Tín chỉ đại học",
        zh="大学学分",
        ar="وحدات جامعية",
    ),
)


def _post(title_en, title_es, credential_en, credential_es):
    return StepData(
        "post",
        tr(title_en, es=title_es),
        tr(
            "A certificate, apprenticeship or degree at a local college or training center.",
            es="Un certificado, programa de aprendices o título en una universidad o centro de "
            "capacitación local.",
            vi="Chứng chỉ, chương trình học nghề hoặc bằng cấp tại trường đại học hoặc trung tâm "
            "đào tạo địa phương.",
            zh="在本地大学或培训中心获得证书、完成学徒计划或取得学位。",
            ar="شهادة أو تلمذة مهنية أو درجة علمية في كلية أو مركز تدريب محلي.",
        ),
        tr(credential_en, es=credential_es),
    )


def _career(title_en, title_es):
    return StepData(
        "career",
        tr(title_en, es=title_es),
        tr(
            "Entry-level jobs with employers in the region, with room to grow.",
            es="Empleos de nivel inicial con empleadores de la región, con posibilidades de "
            "crecer.",
            vi="Việc làm khởi đầu tại các doanh nghiệp trong khu vực, có cơ hội thăng tiến.",
            zh="在本地区雇主处的入门级工作，有成长空间。",
            ar="وظائف مبتدئة لدى جهات توظيف في المنطقة، مع فرص للتقدّم.",
        ),
    )


PATHWAYS = [
    PathwayData(
        "health-care",
        tr(
            "Health care",
            es="Atención médica",
            vi="Chăm sóc sức khỏe",
            zh="医疗保健",
            ar="الرعاية الصحية",
        ),
        tr(
            "From CPR to Nursing",
            es="De RCP a enfermería",
            vi="Từ sơ cứu đến điều dưỡng",
            zh="从心肺复苏到护理",
            ar="من الإنعاش القلبي إلى التمريض",
        ),
        tr(
            "Hospitals and clinics across the region need nurses, medical assistants and "
            "technicians. Start with first aid in middle school and finish with a paid job.",
            es="Los hospitales y clínicas de la región necesitan enfermeros, asistentes médicos y "
            "técnicos. Empieza con primeros auxilios en la secundaria y termina con un empleo "
            "pagado.",
            vi="Các bệnh viện và phòng khám trong khu vực cần điều dưỡng, trợ lý y tế và kỹ thuật "
            "viên. Bắt đầu với sơ cứu ở trung học cơ sở và kết thúc bằng một công việc có lương.",
            zh="本地区的医院和诊所需要护士、医疗助理和技术人员。从初中学急救开始，最终获得一份带薪工作。",
            ar="تحتاج المستشفيات والعيادات في المنطقة إلى ممرضين ومساعدين طبيين وفنيين. ابدأ "
            "بالإسعافات الأولية في المرحلة المتوسطة وانتهِ بوظيفة مدفوعة الأجر.",
        ),
        ("health-sciences", "biotechnology"),
        (21, 62),
        tr(
            "CPR and First Aid; Certified Nursing Assistant; Medical Assistant; Registered Nurse "
            "(ADN)",
            es="RCP y primeros auxilios; asistente de enfermería certificado; asistente médico; "
            "enfermero registrado (ADN)",
        ),
        (
            _middle("health science", "las ciencias de la salud"),
            _high("medical careers classes", "clases de carreras médicas"),
            DUAL,
            _post(
                "Train as a CNA or medical assistant",
                "Fórmate como CNA o asistente médico",
                "Certified Nursing Assistant",
                "Asistente de enfermería certificado",
            ),
            _career("Work in a hospital or clinic", "Trabaja en un hospital o clínica"),
        ),
    ),
    PathwayData(
        "advanced-manufacturing",
        tr(
            "Advanced manufacturing",
            es="Manufactura avanzada",
            vi="Sản xuất tiên tiến",
            zh="先进制造",
            ar="التصنيع المتقدم",
        ),
        tr(
            "Machinist and Mechatronics",
            es="Maquinista y mecatrónica",
            vi="Thợ máy và cơ điện tử",
            zh="机械加工与机电一体化",
            ar="الخراطة والميكاترونكس",
        ),
        tr(
            "Precision shops and factories in Rancho Cordova, Folsom and Sacramento hire "
            "machinists and technicians who run CNC machines and robots.",
            es="Talleres de precisión y fábricas de Rancho Cordova, Folsom y Sacramento contratan "
            "maquinistas y técnicos que operan máquinas CNC y robots.",
            vi="Các xưởng cơ khí chính xác và nhà máy ở Rancho Cordova, Folsom và Sacramento tuyển "
            "thợ máy và kỹ thuật viên vận hành máy CNC và robot.",
            zh="兰乔科尔多瓦、福尔瑟姆和萨克拉门托的精密加工厂和工厂正在招聘操作数控机床和机器人的机械师和技术员。",
            ar="تُوظّف الورش الدقيقة والمصانع في رانشو كوردوفا وفولسوم وساكرامنتو عمّالًا وفنيين "
            "يشغّلون آلات التحكم الرقمي والروبوتات.",
        ),
        ("advanced-manufacturing", "robotics", "engineering"),
        (22, 48),
        tr(
            "NIMS Machining Level I; OSHA-10; Mechatronics certificate",
            es="NIMS maquinado nivel I; OSHA-10; certificado en mecatrónica",
        ),
        (
            _middle("robotics and making", "la robótica y la creación"),
            _high("manufacturing and engineering", "manufactura e ingeniería"),
            DUAL,
            _post(
                "Earn a machining certificate",
                "Obtén un certificado de maquinado",
                "NIMS Machining Level I",
                "NIMS maquinado nivel I",
            ),
            _career("Become a CNC machinist", "Trabaja como maquinista CNC"),
        ),
    ),
    PathwayData(
        "it-cybersecurity",
        tr(
            "IT and cybersecurity",
            es="Informática y ciberseguridad",
            vi="CNTT và an ninh mạng",
            zh="信息技术与网络安全",
            ar="تقنية المعلومات والأمن السيبراني",
        ),
        tr(
            "Help Desk to Cyber Defender",
            es="De soporte técnico a defensor cibernético",
            vi="Từ hỗ trợ kỹ thuật đến chuyên gia an ninh mạng",
            zh="从技术支持到网络安全防御",
            ar="من الدعم الفني إلى حماية الشبكات",
        ),
        tr(
            "State agencies and companies in the capital need people who keep computers and "
            "networks running and safe.",
            es="Las agencias estatales y las empresas de la capital necesitan personas que "
            "mantengan computadoras y redes funcionando y seguras.",
            vi="Các cơ quan nhà nước và doanh nghiệp ở thủ phủ cần người giữ cho máy tính và mạng "
            "hoạt động ổn định và an toàn.",
            zh="州政府机构和首府的企业需要能让电脑和网络稳定、安全运行的人才。",
            ar="تحتاج الجهات الحكومية والشركات في العاصمة إلى أشخاص يحافظون على عمل الحواسيب "
            "والشبكات وأمانها.",
        ),
        ("cybersecurity", "coding"),
        (24, 65),
        tr(
            "CompTIA A+; CompTIA Security+; Cybersecurity certificate",
            es="CompTIA A+; CompTIA Security+; certificado en ciberseguridad",
        ),
        (
            _middle("coding and cyber safety", "la programación y la seguridad digital"),
            _high("computer science", "ciencias de la computación"),
            DUAL,
            _post(
                "Earn IT and security certifications",
                "Obtén certificaciones de informática y seguridad",
                "CompTIA Security+",
                "CompTIA Security+",
            ),
            _career(
                "Work as an IT support or security analyst",
                "Trabaja en soporte técnico o como analista de seguridad",
            ),
        ),
    ),
    PathwayData(
        "clean-energy",
        tr(
            "Clean energy",
            es="Energía limpia",
            vi="Năng lượng sạch",
            zh="清洁能源",
            ar="الطاقة النظيفة",
        ),
        tr(
            "Solar and Battery Installer",
            es="Instalador solar y de baterías",
            vi="Thợ lắp đặt điện mặt trời và pin",
            zh="太阳能与储能安装",
            ar="تركيب الألواح الشمسية والبطاريات",
        ),
        tr(
            "The region is racing to add solar, batteries and EV chargers, and installers and "
            "electricians are in demand.",
            es="La región avanza rápido en energía solar, baterías y cargadores eléctricos, y se "
            "buscan instaladores y electricistas.",
            vi="Khu vực đang đẩy mạnh lắp đặt điện mặt trời, pin lưu trữ và trạm sạc xe điện, "
            "nên thợ lắp đặt và thợ điện rất được săn đón.",
            zh="本地区正加快建设太阳能、储能电池和电动车充电桩，安装工和电工需求旺盛。",
            ar="تتسابق المنطقة لإضافة الطاقة الشمسية والبطاريات وشواحن السيارات الكهربائية، "
            "والطلب كبير على المركّبين والكهربائيين.",
        ),
        ("clean-energy", "construction", "electronics"),
        (23, 55),
        tr(
            "NABCEP PV Associate; OSHA-10; electrical apprenticeship",
            es="NABCEP PV Associate; OSHA-10; aprendizaje de electricista",
        ),
        (
            _middle("energy and circuits", "la energía y los circuitos"),
            _high("engineering and construction", "ingeniería y construcción"),
            DUAL,
            _post(
                "Join a solar or electrical apprenticeship",
                "Entra a un programa de aprendices solar o eléctrico",
                "NABCEP PV Associate",
                "NABCEP PV Associate",
            ),
            _career("Install solar and batteries", "Instala paneles solares y baterías"),
        ),
    ),
    PathwayData(
        "aerospace",
        tr(
            "Aerospace",
            es="Aeroespacial",
            vi="Hàng không vũ trụ",
            zh="航空航天",
            ar="الطيران والفضاء",
        ),
        tr(
            "Rockets and Drones",
            es="Cohetes y drones",
            vi="Tên lửa và máy bay không người lái",
            zh="火箭与无人机",
            ar="الصواريخ والطائرات المسيّرة",
        ),
        tr(
            "Propulsion makers in Rancho Cordova and drone companies across the valley hire "
            "technicians, machinists and engineers.",
            es="Los fabricantes de propulsión de Rancho Cordova y las empresas de drones del valle "
            "contratan técnicos, maquinistas e ingenieros.",
            vi="Các nhà sản xuất động cơ đẩy ở Rancho Cordova và công ty máy bay không người lái "
            "trong thung lũng tuyển kỹ thuật viên, thợ máy và kỹ sư.",
            zh="兰乔科尔多瓦的推进系统制造商和整个河谷的无人机公司都在招聘技术员、机械师和工程师。",
            ar="تُوظّف شركات أنظمة الدفع في رانشو كوردوفا وشركات الطائرات المسيّرة في الوادي "
            "فنيين وعمّالًا ومهندسين.",
        ),
        ("aerospace", "engineering", "advanced-manufacturing"),
        (25, 70),
        tr(
            "FAA Part 107 drone pilot; Engineering Technology certificate; B.S. in engineering",
            es="Piloto de drones FAA Part 107; certificado en tecnología de ingeniería; "
            "licenciatura en ingeniería",
        ),
        (
            _middle("rockets and flight", "los cohetes y el vuelo"),
            _high("engineering design", "diseño de ingeniería"),
            DUAL,
            _post(
                "Earn a drone or engineering technology certificate",
                "Obtén un certificado de drones o tecnología de ingeniería",
                "FAA Part 107",
                "FAA Part 107",
            ),
            _career("Build rockets, aircraft and drones", "Construye cohetes, aviones y drones"),
        ),
    ),
    PathwayData(
        "biotech",
        tr(
            "Biotechnology",
            es="Biotecnología",
            vi="Công nghệ sinh học",
            zh="生物技术",
            ar="التكنولوجيا الحيوية",
        ),
        tr(
            "Lab Technician in Biotech",
            es="Técnico de laboratorio en biotecnología",
            vi="Kỹ thuật viên phòng thí nghiệm công nghệ sinh học",
            zh="生物技术实验室技术员",
            ar="فني مختبر في التكنولوجيا الحيوية",
        ),
        tr(
            "Labs in West Sacramento and Davis develop seeds, medicines and food; they hire lab "
            "assistants with a one-year certificate.",
            es="Los laboratorios de West Sacramento y Davis desarrollan semillas, medicinas y "
            "alimentos; contratan asistentes de laboratorio con un certificado de un año.",
            vi="Các phòng thí nghiệm ở West Sacramento và Davis phát triển hạt giống, thuốc và "
            "thực phẩm; họ tuyển trợ lý phòng thí nghiệm có chứng chỉ một năm.",
            zh="西萨克拉门托和戴维斯的实验室研发种子、药物和食品，招聘持有一年制证书的实验室助理。",
            ar="تطوّر المختبرات في ويست ساكرامنتو وديفيس البذور والأدوية والأغذية، وتوظّف "
            "مساعدي مختبر حاصلين على شهادة مدتها عام واحد.",
        ),
        ("biotechnology", "chemistry", "health-sciences"),
        (22, 52),
        tr(
            "Biotechnology Laboratory Assistant certificate; A.S. in Biotechnology",
            es="Certificado de asistente de laboratorio de biotecnología; título técnico en "
            "biotecnología",
        ),
        (
            _middle("life science labs", "laboratorios de ciencias de la vida"),
            _high("biology and chemistry", "biología y química"),
            DUAL,
            _post(
                "Earn a biotech lab certificate",
                "Obtén un certificado de laboratorio de biotecnología",
                "Biotechnology Laboratory Assistant",
                "Asistente de laboratorio de biotecnología",
            ),
            _career("Work as a lab technician", "Trabaja como técnico de laboratorio"),
        ),
    ),
    PathwayData(
        "construction-trades",
        tr(
            "Construction trades",
            es="Oficios de la construcción",
            vi="Nghề xây dựng",
            zh="建筑行业",
            ar="مهن البناء",
        ),
        tr(
            "Building Trades Apprenticeship",
            es="Aprendizaje en oficios de la construcción",
            vi="Học nghề xây dựng",
            zh="建筑行业学徒",
            ar="التلمذة المهنية في مهن البناء",
        ),
        tr(
            "Carpenters, electricians and plumbers earn while they learn in union apprenticeships "
            "and finish with no college debt.",
            es="Carpinteros, electricistas y plomeros ganan mientras aprenden en programas de "
            "aprendices sindicales y terminan sin deudas universitarias.",
            vi="Thợ mộc, thợ điện và thợ ống nước vừa học vừa có lương trong các chương trình học "
            "nghề của công đoàn, và ra trường không nợ học phí.",
            zh="木工、电工和水管工通过工会学徒计划边学边赚，结业时没有学费负债。",
            ar="يكسب النجّارون والكهربائيون والسبّاكون أجرًا أثناء التعلّم في برامج التلمذة "
            "النقابية، ويتخرّجون دون ديون دراسية.",
        ),
        ("construction", "architecture", "engineering"),
        (24, 58),
        tr("OSHA-10; NCCER Core; journey-level card", es="OSHA-10; NCCER Core; tarjeta de oficial"),
        (
            _middle("building and design", "la construcción y el diseño"),
            _high("construction technology", "tecnología de la construcción"),
            DUAL,
            _post(
                "Start a pre-apprenticeship",
                "Empieza un preaprendizaje",
                "NCCER Core",
                "NCCER Core",
            ),
            _career("Become a journey-level tradesperson", "Llega a oficial en tu oficio"),
        ),
    ),
    PathwayData(
        "agriculture-tech",
        tr(
            "Agriculture technology",
            es="Tecnología agrícola",
            vi="Công nghệ nông nghiệp",
            zh="农业科技",
            ar="التكنولوجيا الزراعية",
        ),
        tr(
            "AgTech and Food Science",
            es="Tecnología agrícola y ciencia de los alimentos",
            vi="Công nghệ nông nghiệp và khoa học thực phẩm",
            zh="农业科技与食品科学",
            ar="التكنولوجيا الزراعية وعلوم الغذاء",
        ),
        tr(
            "The Sacramento Valley feeds the world. Farms and food companies need people who use "
            "sensors, drones and data.",
            es="El valle de Sacramento alimenta al mundo. Las granjas y empresas de alimentos "
            "necesitan personas que usen sensores, drones y datos.",
            vi="Thung lũng Sacramento nuôi sống cả thế giới. Các trang trại và công ty thực phẩm "
            "cần người biết dùng cảm biến, máy bay không người lái và dữ liệu.",
            zh="萨克拉门托河谷为世界提供粮食。农场和食品公司需要会使用传感器、无人机和数据的人才。",
            ar="يُطعم وادي ساكرامنتو العالم. تحتاج المزارع وشركات الأغذية إلى أشخاص يستخدمون "
            "الحساسات والطائرات المسيّرة والبيانات.",
        ),
        ("agriculture", "environmental-science", "data-science"),
        (20, 45),
        tr(
            "Agricultural Technology certificate; pesticide applicator license; B.S. in plant "
            "sciences",
            es="Certificado en tecnología agrícola; licencia de aplicador de pesticidas; "
            "licenciatura en ciencias de las plantas",
        ),
        (
            _middle("gardens and food", "los huertos y los alimentos"),
            _high("agriculture science", "ciencias agrícolas"),
            DUAL,
            _post(
                "Earn an ag technology certificate",
                "Obtén un certificado en tecnología agrícola",
                "Agricultural Technology certificate",
                "Certificado en tecnología agrícola",
            ),
            _career("Work in precision agriculture", "Trabaja en agricultura de precisión"),
        ),
    ),
    PathwayData(
        "transportation-logistics",
        tr(
            "Transportation and logistics",
            es="Transporte y logística",
            vi="Giao thông và hậu cần",
            zh="交通与物流",
            ar="النقل والخدمات اللوجستية",
        ),
        tr(
            "Logistics and EV Technician",
            es="Logística y técnico de vehículos eléctricos",
            vi="Hậu cần và kỹ thuật viên xe điện",
            zh="物流与电动车技术员",
            ar="الخدمات اللوجستية وفني المركبات الكهربائية",
        ),
        tr(
            "Warehouses in Natomas and transit agencies are hiring for logistics, fleet and "
            "electric-vehicle jobs.",
            es="Los almacenes de Natomas y las agencias de transporte contratan para empleos de "
            "logística, flotas y vehículos eléctricos.",
            vi="Các kho hàng ở Natomas và cơ quan giao thông đang tuyển dụng cho các công việc hậu "
            "cần, đội xe và xe điện.",
            zh="纳托马斯的仓库和公交机构正在招聘物流、车队和电动车相关岗位。",
            ar="تُوظّف المستودعات في ناتوماس وهيئات النقل في وظائف الخدمات اللوجستية وأساطيل "
            "المركبات والسيارات الكهربائية.",
        ),
        ("transportation", "automotive"),
        (21, 50),
        tr(
            "Forklift certification; ASE Entry-Level; Class A commercial license",
            es="Certificación de montacargas; ASE nivel inicial; licencia comercial clase A",
        ),
        (
            _middle("how things move", "cómo se mueven las cosas"),
            _high("automotive technology", "tecnología automotriz"),
            DUAL,
            _post(
                "Earn an ASE or logistics certificate",
                "Obtén un certificado ASE o de logística",
                "ASE Entry-Level",
                "ASE nivel inicial",
            ),
            _career(
                "Work in a fleet shop or distribution center",
                "Trabaja en un taller de flotas o centro de distribución",
            ),
        ),
    ),
    PathwayData(
        "education",
        tr("Education", es="Educación", vi="Giáo dục", zh="教育", ar="التعليم"),
        tr(
            "Future STEM Teachers",
            es="Futuros maestros de STEM",
            vi="Giáo viên STEM tương lai",
            zh="未来的STEM教师",
            ar="معلمو العلوم والتكنولوجيا في المستقبل",
        ),
        tr(
            "Schools need math and science teachers who share their students' languages. Start "
            "by tutoring younger kids and get paid while you train.",
            es="Las escuelas necesitan maestros de matemáticas y ciencias que hablen los idiomas "
            "de sus estudiantes. Empieza dando tutorías a niños más pequeños y recibe un pago "
            "mientras te formas.",
            vi="Các trường cần giáo viên toán và khoa học nói được ngôn ngữ của học sinh. Hãy bắt "
            "đầu bằng việc dạy kèm các em nhỏ và được trả lương trong khi học nghề.",
            zh="学校需要会说学生母语的数学和科学老师。从辅导低年级孩子开始，在培训期间也能获得报酬。",
            ar="تحتاج المدارس إلى معلمي رياضيات وعلوم يتحدثون لغات طلابهم. ابدأ بتدريس الأطفال "
            "الأصغر سنًا واحصل على أجر أثناء تدريبك.",
        ),
        ("teaching", "mathematics"),
        (20, 48),
        tr(
            "Para-educator certificate; teaching credential",
            es="Certificado de paraeducador; credencial de maestro",
        ),
        (
            _middle("math circles and tutoring", "círculos de matemáticas y tutorías"),
            _high("education career classes", "clases de carreras en educación"),
            DUAL,
            _post(
                "Become a para-educator",
                "Hazte paraeducador",
                "Para-educator certificate",
                "Certificado de paraeducador",
            ),
            _career("Teach in a classroom", "Enseña en un salón de clases"),
        ),
    ),
    PathwayData(
        "water-environment",
        tr(
            "Water and environment",
            es="Agua y medio ambiente",
            vi="Nước và môi trường",
            zh="水务与环境",
            ar="المياه والبيئة",
        ),
        tr(
            "Water Treatment and Environmental Careers",
            es="Tratamiento de agua y carreras ambientales",
            vi="Xử lý nước và nghề nghiệp môi trường",
            zh="水处理与环境职业",
            ar="معالجة المياه والمهن البيئية",
        ),
        tr(
            "Water agencies across the valley have many operators retiring soon; they train and "
            "hire local young people.",
            es="Muchas personas operadoras de las agencias de agua del valle se jubilarán pronto; "
            "las agencias capacitan y contratan a jóvenes locales.",
            vi="Nhiều nhân viên vận hành ở các cơ quan cấp nước trong thung lũng sắp nghỉ hưu; họ "
            "đào tạo và tuyển dụng người trẻ địa phương.",
            zh="河谷各地水务机构的许多操作员即将退休，他们正在培训并招聘本地年轻人。",
            ar="سيتقاعد قريبًا كثير من المشغّلين في هيئات المياه بالوادي؛ وهي تدرّب الشباب "
            "المحليين وتوظّفهم.",
        ),
        ("water-science", "environmental-science", "chemistry"),
        (24, 56),
        tr(
            "Water Treatment Operator T1/T2; Environmental Technician certificate",
            es="Operador de tratamiento de agua T1/T2; certificado de técnico ambiental",
        ),
        (
            _middle("rivers and ecosystems", "los ríos y los ecosistemas"),
            _high("environmental science", "ciencias ambientales"),
            DUAL,
            _post(
                "Earn a water operator certificate",
                "Obtén un certificado de operador de agua",
                "Water Treatment Operator T1",
                "Operador de tratamiento de agua T1",
            ),
            _career(
                "Operate a water or wastewater plant", "Opera una planta de agua potable o residual"
            ),
        ),
    ),
    PathwayData(
        "software-games",
        tr(
            "Software and digital media",
            es="Software y medios digitales",
            vi="Phần mềm và truyền thông số",
            zh="软件与数字媒体",
            ar="البرمجيات والوسائط الرقمية",
        ),
        tr(
            "Apps, Games and Data",
            es="Aplicaciones, videojuegos y datos",
            vi="Ứng dụng, trò chơi và dữ liệu",
            zh="应用、游戏与数据",
            ar="التطبيقات والألعاب والبيانات",
        ),
        tr(
            "Software studios and tech teams in Midtown and downtown build apps, games and data "
            "tools; start coding young and build a portfolio.",
            es="Los estudios de software y equipos de tecnología de Midtown y el centro crean "
            "aplicaciones, videojuegos y herramientas de datos; empieza a programar desde joven y "
            "arma tu portafolio.",
            vi="Các studio phần mềm và đội công nghệ ở Midtown và trung tâm thành phố xây dựng ứng "
            "dụng, trò chơi và công cụ dữ liệu; hãy học lập trình sớm và xây dựng hồ sơ dự án.",
            zh="中城区和市中心的软件工作室与技术团队开发应用、游戏和数据工具；早早开始学编程，积累作品集。",
            ar="تبني استوديوهات البرمجيات والفرق التقنية في ميدتاون ووسط المدينة التطبيقات "
            "والألعاب وأدوات البيانات؛ ابدأ البرمجة مبكرًا وابنِ ملف أعمالك.",
        ),
        ("coding", "game-design", "data-science", "digital-media"),
        (25, 75),
        tr(
            "Web Development certificate; Data Analytics certificate; B.S. in computer science",
            es="Certificado en desarrollo web; certificado en análisis de datos; licenciatura en "
            "ciencias de la computación",
        ),
        (
            _middle("coding and game design", "la programación y el diseño de videojuegos"),
            _high("computer science and media", "computación y medios"),
            DUAL,
            _post(
                "Earn a web or data certificate",
                "Obtén un certificado en web o datos",
                "Web Development certificate",
                "Certificado en desarrollo web",
            ),
            _career(
                "Work as a junior developer or analyst",
                "Trabaja como desarrollador o analista junior",
            ),
        ),
    ),
]

# The kind of program each step links, in order of preference, when programs are planned
# so every step of every pathway has something to link to.
STEP_PROGRAM_KINDS = {
    "middle": ("club", "camp"),
    "high": ("internship", "course", "club"),
    "dual": ("dual_enrollment",),
    "post": ("certificate", "apprenticeship"),
    "career": ("apprenticeship", "internship"),
}
STEP_PROGRAM_BANDS = {
    "middle": "middle",
    "high": "high",
    "dual": "dual",
    "post": "post",
    "career": "post",
}
