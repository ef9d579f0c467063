"""Shared taxonomy for the demo region: languages, interests, support types, eligibility tags."""

from dataclasses import dataclass, field

from ..i18n import tr

# English names and writing direction of the hub's languages (endonyms come from settings).
LANGUAGE_FACTS = {
    "en": ("English", "ltr"),
    "es": ("Spanish", "ltr"),
    "vi": ("Vietnamese", "ltr"),
    "zh-hans": ("Chinese (Simplified)", "ltr"),
    "so": ("Somali", "ltr"),
    "ar": ("Arabic", "rtl"),
    "ru": ("Russian", "ltr"),
    "uk": ("Ukrainian", "ltr"),
    "ko": ("Korean", "ltr"),
    "tl": ("Tagalog", "ltr"),
}


@dataclass(frozen=True)
class InterestData:
    slug: str
    icon: str
    colour: str  # background of the program image drawn for this interest
    name: dict
    description: dict
    synonyms: dict
    # What participants do, as a verb phrase that fits "students ..." / "aprenden a ...".
    activity: dict
    # The same for three- to six-year-olds, for interests that suit early learning.
    early_activity: dict = field(default_factory=dict)
    # Whether internships, apprenticeships and certificates make sense for this interest.
    careers: bool = True

    @property
    def sector(self):
        return next(sector for sector, slugs in SECTORS.items() if self.slug in slugs)


# Interests of one sector are the matcher's "neighbouring interests".
SECTORS = {
    "technology": {
        "robotics",
        "coding",
        "game-design",
        "cybersecurity",
        "data-science",
        "artificial-intelligence",
        "electronics",
        "digital-media",
    },
    "engineering": {
        "engineering",
        "aerospace",
        "advanced-manufacturing",
        "construction",
        "architecture",
        "transportation",
        "automotive",
        "making",
    },
    "health": {"health-sciences", "biotechnology", "animal-science"},
    "environment": {"environmental-science", "clean-energy", "agriculture", "water-science"},
    "science_math": {"mathematics", "physics", "astronomy", "chemistry", "early-stem", "teaching"},
}


INTERESTS = [
    InterestData(
        "robotics",
        "🤖",
        "#3d5a80",
        tr("Robotics", es="Robótica", vi="Robot", zh="机器人", ar="الروبوتات"),
        tr(
            "Designing, building and programming robots, from floor robots to competition bots.",
            es="Diseñar, construir y programar robots, desde robots de piso hasta de competencia.",
        ),
        tr("robots, FIRST, VEX, LEGO robotics, mechatronics", es="robots, robótica LEGO"),
        tr(
            "build and program robots",
            es="construir y programar robots",
            vi="chế tạo và lập trình robot",
            zh="制作和编程机器人",
            ar="بناء الروبوتات وبرمجتها",
        ),
        tr(
            "steer friendly floor robots and count their steps",
            es="guiar robots de piso y contar sus pasos",
            vi="điều khiển robot nhỏ và đếm bước đi của chúng",
            zh="指挥小地板机器人并数它们的步数",
            ar="توجيه روبوتات أرضية صغيرة وعدّ خطواتها",
        ),
    ),
    InterestData(
        "coding",
        "💻",
        "#1b4965",
        tr("Coding", es="Programación", vi="Lập trình", zh="编程", ar="البرمجة"),
        tr(
            "Writing programs, apps and websites in Scratch, Python, JavaScript and more.",
            es="Escribir programas, aplicaciones y sitios web en Scratch, Python, JavaScript y "
            "más.",
        ),
        tr(
            "programming, computer science, software, apps, web design, Python, Scratch",
            es="computación, informática, software, aplicaciones, páginas web",
        ),
        tr(
            "write their own apps and games in code",
            es="crear sus propias aplicaciones y juegos con código",
            vi="tự viết ứng dụng và trò chơi bằng mã lệnh",
            zh="用代码编写自己的应用和游戏",
            ar="كتابة تطبيقاتهم وألعابهم الخاصة بالبرمجة",
        ),
        tr(
            "play unplugged coding games with arrows, cards and music",
            es="jugar a programar sin pantallas con flechas, tarjetas y música",
            vi="chơi trò lập trình không cần máy tính với mũi tên, thẻ và âm nhạc",
            zh="用箭头、卡片和音乐玩不插电的编程游戏",
            ar="اللعب بألعاب برمجة بلا شاشات باستخدام الأسهم والبطاقات والموسيقى",
        ),
    ),
    InterestData(
        "game-design",
        "🎮",
        "#6a4c93",
        tr(
            "Game design",
            es="Diseño de videojuegos",
            vi="Thiết kế trò chơi",
            zh="游戏设计",
            ar="تصميم الألعاب",
        ),
        tr(
            "Inventing, drawing and coding video and board games, and testing them with players.",
            es="Inventar, dibujar y programar videojuegos y juegos de mesa, y probarlos con "
            "jugadores.",
        ),
        tr(
            "video games, gaming, game development, Roblox, Minecraft, esports",
            es="videojuegos, juegos, desarrollo de juegos",
        ),
        tr(
            "design, code and playtest their own video games",
            es="diseñar, programar y probar sus propios videojuegos",
            vi="thiết kế, lập trình và chơi thử trò chơi điện tử của riêng mình",
            zh="设计、编写并试玩自己的电子游戏",
            ar="تصميم ألعاب الفيديو الخاصة بهم وبرمجتها وتجربتها",
        ),
    ),
    InterestData(
        "cybersecurity",
        "🔐",
        "#2b2d42",
        tr(
            "Cybersecurity",
            es="Ciberseguridad",
            vi="An ninh mạng",
            zh="网络安全",
            ar="الأمن السيبراني",
        ),
        tr(
            "Protecting computers, networks and people's data from attacks.",
            es="Proteger computadoras, redes y los datos de las personas contra ataques.",
        ),
        tr(
            "cyber security, hacking, ethical hacking, CyberPatriot, networks, IT security",
            es="seguridad informática, hackeo ético, redes",
        ),
        tr(
            "defend networks and find security holes in friendly hacking challenges",
            es="defender redes y encontrar fallas de seguridad en retos de hackeo ético",
            vi="bảo vệ mạng máy tính và tìm lỗ hổng bảo mật qua các thử thách hack có đạo đức",
            zh="在友好的黑客挑战中保护网络并找出安全漏洞",
            ar="حماية الشبكات واكتشاف الثغرات الأمنية في تحديات اختراق أخلاقي",
        ),
    ),
    InterestData(
        "data-science",
        "📊",
        "#277da1",
        tr(
            "Data science",
            es="Ciencia de datos",
            vi="Khoa học dữ liệu",
            zh="数据科学",
            ar="علم البيانات",
        ),
        tr(
            "Collecting, cleaning and charting data to answer real questions about the community.",
            es="Recopilar, limpiar y graficar datos para responder preguntas reales sobre la "
            "comunidad.",
        ),
        tr(
            "data, statistics, analytics, spreadsheets, data analysis",
            es="datos, estadística, análisis de datos, hojas de cálculo",
        ),
        tr(
            "collect and chart data to answer questions about their neighborhood",
            es="recopilar y graficar datos para responder preguntas sobre su vecindario",
            vi="thu thập dữ liệu và vẽ biểu đồ để trả lời các câu hỏi về khu phố của mình",
            zh="收集数据并制作图表，回答关于自己社区的问题",
            ar="جمع البيانات ورسمها بيانيًا للإجابة عن أسئلة حول حيّهم",
        ),
    ),
    InterestData(
        "artificial-intelligence",
        "🧠",
        "#5e548e",
        tr(
            "Artificial intelligence",
            es="Inteligencia artificial",
            vi="Trí tuệ nhân tạo",
            zh="人工智能",
            ar="الذكاء الاصطناعي",
        ),
        tr(
            "How machines learn from examples, and how to use and question AI tools wisely.",
            es="Cómo aprenden las máquinas con ejemplos y cómo usar y cuestionar la IA con "
            "criterio.",
        ),
        tr("AI, machine learning, chatbots, neural networks", es="IA, aprendizaje automático"),
        tr(
            "train simple machine-learning models and test them for fairness",
            es="entrenar modelos sencillos de aprendizaje automático y comprobar si son justos",
            vi="huấn luyện các mô hình học máy đơn giản và kiểm tra tính công bằng của chúng",
            zh="训练简单的机器学习模型并检验它们是否公平",
            ar="تدريب نماذج بسيطة للتعلّم الآلي واختبار عدالتها",
        ),
    ),
    InterestData(
        "health-sciences",
        "🩺",
        "#c1121f",
        tr(
            "Health sciences",
            es="Ciencias de la salud",
            vi="Khoa học sức khỏe",
            zh="健康科学",
            ar="العلوم الصحية",
        ),
        tr(
            "The science behind medicine, nursing, public health and caring for patients.",
            es="La ciencia detrás de la medicina, la enfermería, la salud pública y el cuidado de "
            "pacientes.",
        ),
        tr(
            "medicine, nursing, doctor, health care, medical, anatomy, public health",
            es="medicina, enfermería, doctor, salud, médico",
        ),
        tr(
            "practice real clinical skills like taking vital signs and CPR",
            es="practicar habilidades clínicas reales como tomar signos vitales y RCP",
            vi="thực hành kỹ năng lâm sàng như đo dấu hiệu sinh tồn và hồi sức tim phổi",
            zh="练习测量生命体征和心肺复苏等真实临床技能",
            ar="التدرّب على مهارات سريرية حقيقية مثل قياس العلامات الحيوية والإنعاش القلبي",
        ),
        tr(
            "listen to heartbeats and learn how bodies grow",
            es="escuchar latidos del corazón y descubrir cómo crece el cuerpo",
            vi="nghe nhịp tim và tìm hiểu cơ thể lớn lên như thế nào",
            zh="听心跳，了解身体是怎样长大的",
            ar="الاستماع إلى دقات القلب واكتشاف كيف تنمو أجسامنا",
        ),
    ),
    InterestData(
        "biotechnology",
        "🧬",
        "#2a9d8f",
        tr(
            "Biotechnology",
            es="Biotecnología",
            vi="Công nghệ sinh học",
            zh="生物技术",
            ar="التكنولوجيا الحيوية",
        ),
        tr(
            "Using living cells and DNA to make medicines, food and materials.",
            es="Usar células vivas y ADN para crear medicinas, alimentos y materiales.",
        ),
        tr(
            "biotech, DNA, genetics, lab science, life sciences, biology",
            es="biotecnología, ADN, genética, laboratorio, biología",
        ),
        tr(
            "extract DNA and run real lab experiments",
            es="extraer ADN y hacer experimentos reales de laboratorio",
            vi="tách chiết ADN và làm thí nghiệm thật trong phòng thí nghiệm",
            zh="提取DNA并做真实的实验室实验",
            ar="استخلاص الحمض النووي وإجراء تجارب مخبرية حقيقية",
        ),
    ),
    InterestData(
        "chemistry",
        "⚗️",
        "#8338ec",
        tr("Chemistry", es="Química", vi="Hóa học", zh="化学", ar="الكيمياء"),
        tr(
            "What things are made of and how they change, from kitchen reactions to new materials.",
            es="De qué están hechas las cosas y cómo cambian, desde reacciones en la cocina hasta "
            "nuevos materiales.",
        ),
        tr("chem, lab, reactions, materials science", es="química, laboratorio, reacciones"),
        tr(
            "mix, measure and test safe chemical reactions",
            es="mezclar, medir y probar reacciones químicas seguras",
            vi="pha trộn, đo lường và thử nghiệm các phản ứng hóa học an toàn",
            zh="混合、测量并测试安全的化学反应",
            ar="خلط المواد وقياسها واختبار تفاعلات كيميائية آمنة",
        ),
        careers=False,
    ),
    InterestData(
        "aerospace",
        "🚀",
        "#003049",
        tr(
            "Aerospace",
            es="Ciencias aeroespaciales",
            vi="Hàng không vũ trụ",
            zh="航空航天",
            ar="الطيران والفضاء",
        ),
        tr(
            "Aircraft, rockets, drones and satellites: how they fly and who builds them.",
            es="Aviones, cohetes, drones y satélites: cómo vuelan y quién los construye.",
        ),
        tr(
            "rockets, space, aviation, airplanes, drones, pilots, NASA, satellites",
            es="cohetes, espacio, aviación, aviones, drones, pilotos",
        ),
        tr(
            "design, build and launch model rockets and drones",
            es="diseñar, construir y lanzar cohetes y drones a escala",
            vi="thiết kế, chế tạo và phóng tên lửa mô hình và máy bay không người lái",
            zh="设计、制作并发射模型火箭和无人机",
            ar="تصميم نماذج الصواريخ والطائرات المسيّرة وبنائها وإطلاقها",
        ),
    ),
    InterestData(
        "astronomy",
        "🔭",
        "#14213d",
        tr("Astronomy", es="Astronomía", vi="Thiên văn học", zh="天文学", ar="علم الفلك"),
        tr(
            "Stars, planets and the night sky, with telescopes and real observatory data.",
            es="Estrellas, planetas y el cielo nocturno, con telescopios y datos reales de "
            "observatorios.",
        ),
        tr("stars, planets, space, telescopes, night sky", es="estrellas, planetas, espacio"),
        tr(
            "observe planets through telescopes and map the night sky",
            es="observar planetas con telescopios y trazar mapas del cielo nocturno",
            vi="quan sát các hành tinh qua kính thiên văn và vẽ bản đồ bầu trời đêm",
            zh="用望远镜观察行星并绘制夜空图",
            ar="رصد الكواكب بالتلسكوبات ورسم خريطة لسماء الليل",
        ),
        tr(
            "make moon and star crafts and learn why the sky changes",
            es="hacer manualidades de la luna y las estrellas y aprender por qué cambia el cielo",
            vi="làm đồ thủ công mặt trăng, ngôi sao và tìm hiểu vì sao bầu trời thay đổi",
            zh="做月亮和星星手工，了解天空为什么会变化",
            ar="صنع أشغال يدوية عن القمر والنجوم ومعرفة لماذا تتغير السماء",
        ),
        careers=False,
    ),
    InterestData(
        "environmental-science",
        "🌱",
        "#386641",
        tr(
            "Environmental science",
            es="Ciencias ambientales",
            vi="Khoa học môi trường",
            zh="环境科学",
            ar="علوم البيئة",
        ),
        tr(
            "Air, water, soil and wildlife in our region, and how people protect them.",
            es="El aire, el agua, el suelo y la fauna de nuestra región, y cómo protegerlos.",
        ),
        tr(
            "ecology, nature, climate, environment, conservation, sustainability, green",
            es="ecología, naturaleza, clima, medio ambiente, conservación",
        ),
        tr(
            "test water and soil along the American River and restore habitat",
            es="analizar el agua y el suelo a lo largo del río American y restaurar hábitats",
            vi="kiểm tra nước và đất dọc sông American và phục hồi môi trường sống",
            zh="在美国河沿岸检测水和土壤并修复栖息地",
            ar="فحص المياه والتربة على ضفاف نهر أمريكان وإصلاح الموائل الطبيعية",
        ),
        tr(
            "plant seeds, find bugs and explore the garden",
            es="sembrar semillas, buscar bichitos y explorar el jardín",
            vi="gieo hạt, tìm côn trùng và khám phá khu vườn",
            zh="播种、找小虫子、探索花园",
            ar="زراعة البذور والبحث عن الحشرات واستكشاف الحديقة",
        ),
    ),
    InterestData(
        "clean-energy",
        "☀️",
        "#f4a261",
        tr(
            "Clean energy",
            es="Energía limpia",
            vi="Năng lượng sạch",
            zh="清洁能源",
            ar="الطاقة النظيفة",
        ),
        tr(
            "Solar, wind, batteries and efficient buildings, and the jobs that install them.",
            es="Energía solar, eólica, baterías y edificios eficientes, y los empleos que los "
            "instalan.",
        ),
        tr(
            "solar, renewable energy, wind power, batteries, electric, green jobs",
            es="solar, energía renovable, eólica, baterías, empleos verdes",
        ),
        tr(
            "wire solar panels and batteries to power real devices",
            es="conectar paneles solares y baterías para hacer funcionar aparatos reales",
            vi="lắp đặt tấm pin mặt trời và pin lưu trữ để chạy thiết bị thật",
            zh="连接太阳能板和电池，为真实设备供电",
            ar="توصيل الألواح الشمسية والبطاريات لتشغيل أجهزة حقيقية",
        ),
    ),
    InterestData(
        "agriculture",
        "🌾",
        "#606c38",
        tr(
            "Agriculture and food science",
            es="Agricultura y ciencia de los alimentos",
            vi="Nông nghiệp và khoa học thực phẩm",
            zh="农业与食品科学",
            ar="الزراعة وعلوم الغذاء",
        ),
        tr(
            "Growing food with sensors, drones and data, and the science of what we eat.",
            es="Cultivar alimentos con sensores, drones y datos, y la ciencia de lo que comemos.",
        ),
        tr(
            "farming, ag tech, food, gardening, plants, agtech, FFA",
            es="agricultura, cultivos, alimentos, huertos, plantas",
        ),
        tr(
            "grow food with soil sensors and study what makes crops thrive",
            es="cultivar alimentos con sensores de suelo y estudiar qué hace crecer los cultivos",
            vi="trồng cây lương thực bằng cảm biến đất và tìm hiểu điều gì giúp cây phát triển",
            zh="用土壤传感器种植食物，研究作物茁壮成长的原因",
            ar="زراعة الغذاء باستخدام حساسات التربة ودراسة ما يجعل المحاصيل تزدهر",
        ),
    ),
    InterestData(
        "engineering",
        "🛠️",
        "#e76f51",
        tr("Engineering", es="Ingeniería", vi="Kỹ thuật", zh="工程", ar="الهندسة"),
        tr(
            "Solving problems by designing, building and testing things that work.",
            es="Resolver problemas diseñando, construyendo y probando cosas que funcionan.",
        ),
        tr(
            "engineer, design, bridges, building things, mechanical, civil engineering",
            es="ingeniero, diseño, puentes, construir cosas",
        ),
        tr(
            "design, build and test bridges, machines and gadgets",
            es="diseñar, construir y probar puentes, máquinas e inventos",
            vi="thiết kế, chế tạo và thử nghiệm cầu, máy móc và đồ dùng sáng tạo",
            zh="设计、制作并测试桥梁、机器和小发明",
            ar="تصميم الجسور والآلات والأدوات وبناؤها واختبارها",
        ),
        tr(
            "build towers and ramps with blocks and see what stands",
            es="construir torres y rampas con bloques y ver cuáles se sostienen",
            vi="xây tháp và dốc trượt bằng khối gỗ và xem cái nào đứng vững",
            zh="用积木搭塔和斜坡，看看哪个最稳",
            ar="بناء الأبراج والمنحدرات بالمكعبات ومعرفة أيها يصمد",
        ),
    ),
    InterestData(
        "electronics",
        "🔌",
        "#023e8a",
        tr("Electronics", es="Electrónica", vi="Điện tử", zh="电子", ar="الإلكترونيات"),
        tr(
            "Circuits, sensors and microcontrollers, from blinking lights to smart devices.",
            es="Circuitos, sensores y microcontroladores, desde luces intermitentes hasta aparatos "
            "inteligentes.",
        ),
        tr(
            "circuits, Arduino, soldering, microchips, semiconductors",
            es="circuitos, Arduino, soldadura, microchips",
        ),
        tr(
            "solder circuits and program sensors and microcontrollers",
            es="soldar circuitos y programar sensores y microcontroladores",
            vi="hàn mạch điện và lập trình cảm biến, vi điều khiển",
            zh="焊接电路并为传感器和微控制器编程",
            ar="لحام الدوائر الكهربائية وبرمجة الحساسات والمتحكمات الدقيقة",
        ),
    ),
    InterestData(
        "advanced-manufacturing",
        "🏭",
        "#495057",
        tr(
            "Advanced manufacturing",
            es="Manufactura avanzada",
            vi="Sản xuất tiên tiến",
            zh="先进制造",
            ar="التصنيع المتقدم",
        ),
        tr(
            "Making things with CNC machines, 3D printers, robots and precise measurement.",
            es="Fabricar cosas con máquinas CNC, impresoras 3D, robots y medición de precisión.",
        ),
        tr(
            "machining, CNC, welding, 3D printing, fabrication, factory, mechatronics",
            es="maquinado, CNC, soldadura, impresión 3D, fábrica",
        ),
        tr(
            "run CNC machines and 3D printers to make real parts",
            es="operar máquinas CNC e impresoras 3D para fabricar piezas reales",
            vi="vận hành máy CNC và máy in 3D để làm ra các chi tiết thật",
            zh="操作数控机床和3D打印机，制造真实零件",
            ar="تشغيل آلات التحكم الرقمي والطابعات ثلاثية الأبعاد لصنع قطع حقيقية",
        ),
    ),
    InterestData(
        "construction",
        "🏗️",
        "#f77f00",
        tr(
            "Construction trades",
            es="Oficios de la construcción",
            vi="Nghề xây dựng",
            zh="建筑行业",
            ar="مهن البناء",
        ),
        tr(
            "Carpentry, electrical, plumbing and more: the skilled trades that build the region.",
            es="Carpintería, electricidad, plomería y más: los oficios que construyen la región.",
        ),
        tr(
            "carpentry, electrician, plumbing, building trades, union apprenticeship, HVAC",
            es="carpintería, electricista, plomería, oficios",
        ),
        tr(
            "frame walls, wire circuits and use real job-site tools safely",
            es="armar paredes, instalar circuitos y usar con seguridad herramientas de obra",
            vi="dựng khung tường, đi dây điện và sử dụng an toàn dụng cụ công trường",
            zh="搭墙体框架、接电路，并安全使用工地工具",
            ar="بناء هياكل الجدران وتمديد الأسلاك واستخدام أدوات موقع العمل بأمان",
        ),
    ),
    InterestData(
        "architecture",
        "📐",
        "#9c6644",
        tr(
            "Architecture and design",
            es="Arquitectura y diseño",
            vi="Kiến trúc và thiết kế",
            zh="建筑与设计",
            ar="العمارة والتصميم",
        ),
        tr(
            "Designing buildings, parks and neighborhoods with sketches, models and CAD.",
            es="Diseñar edificios, parques y vecindarios con bocetos, maquetas y CAD.",
        ),
        tr(
            "architect, CAD, urban planning, drafting, interior design",
            es="arquitecto, CAD, urbanismo, dibujo técnico",
        ),
        tr(
            "sketch, model and present designs for real neighborhood spaces",
            es="dibujar, construir maquetas y presentar diseños para espacios reales del "
            "vecindario",
            vi="phác thảo, làm mô hình và trình bày thiết kế cho không gian thật trong khu phố",
            zh="为真实的社区空间绘制草图、制作模型并展示设计",
            ar="رسم تصاميم لأماكن حقيقية في الحي وصنع نماذج لها وعرضها",
        ),
    ),
    InterestData(
        "mathematics",
        "➗",
        "#0077b6",
        tr("Math", es="Matemáticas", vi="Toán học", zh="数学", ar="الرياضيات"),
        tr(
            "Puzzles, patterns and problem solving, for fun and for every STEM career.",
            es="Acertijos, patrones y resolución de problemas, por diversión y para toda carrera "
            "STEM.",
        ),
        tr(
            "maths, mathematics, math circle, algebra, geometry, puzzles",
            es="mate, álgebra, geometría, acertijos",
        ),
        tr(
            "crack puzzles and explore big ideas in math together",
            es="resolver acertijos y explorar grandes ideas matemáticas en equipo",
            vi="cùng nhau giải câu đố và khám phá những ý tưởng lớn trong toán học",
            zh="一起破解谜题，探索数学中的大概念",
            ar="حل الألغاز واستكشاف أفكار رياضية كبيرة معًا",
        ),
        tr(
            "count, sort and build patterns with blocks and beads",
            es="contar, clasificar y hacer patrones con bloques y cuentas",
            vi="đếm, phân loại và xếp hình mẫu bằng khối và hạt",
            zh="用积木和珠子数数、分类、排规律",
            ar="العدّ والتصنيف وتكوين الأنماط بالمكعبات والخرز",
        ),
        careers=False,
    ),
    InterestData(
        "physics",
        "⚛️",
        "#3a0ca3",
        tr("Physics", es="Física", vi="Vật lý", zh="物理", ar="الفيزياء"),
        tr(
            "Forces, motion, light and energy, explored with hands-on experiments.",
            es="Fuerzas, movimiento, luz y energía, exploradas con experimentos prácticos.",
        ),
        tr(
            "forces, motion, light, energy, magnets, physics olympiad",
            es="fuerzas, movimiento, luz, energía, imanes",
        ),
        tr(
            "experiment with motion, light and magnets",
            es="experimentar con el movimiento, la luz y los imanes",
            vi="thí nghiệm về chuyển động, ánh sáng và nam châm",
            zh="用运动、光和磁铁做实验",
            ar="إجراء تجارب على الحركة والضوء والمغناطيس",
        ),
        tr(
            "play with magnets, ramps, light and shadows",
            es="jugar con imanes, rampas, luces y sombras",
            vi="chơi với nam châm, dốc trượt, ánh sáng và bóng",
            zh="玩磁铁、斜坡、光和影子",
            ar="اللعب بالمغناطيس والمنحدرات والضوء والظلال",
        ),
        careers=False,
    ),
    InterestData(
        "water-science",
        "💧",
        "#0096c7",
        tr(
            "Water science",
            es="Ciencias del agua",
            vi="Khoa học về nước",
            zh="水科学",
            ar="علوم المياه",
        ),
        tr(
            "Rivers, the Delta, drinking water and flood protection in the Sacramento Valley.",
            es="Los ríos, el Delta, el agua potable y la protección contra inundaciones en el "
            "valle de Sacramento.",
        ),
        tr(
            "rivers, water quality, hydrology, Delta, water treatment, flood",
            es="ríos, calidad del agua, Delta, tratamiento de agua",
        ),
        tr(
            "test river water and see how a treatment plant makes it safe to drink",
            es="analizar agua de río y ver cómo una planta de tratamiento la vuelve potable",
            vi="kiểm tra nước sông và xem nhà máy xử lý làm cho nước uống được an toàn ra sao",
            zh="检测河水，看看水处理厂如何让水变得可以安全饮用",
            ar="فحص مياه النهر ومعرفة كيف تجعلها محطة المعالجة صالحة للشرب",
        ),
        tr(
            "splash, pour and find out what floats and what sinks",
            es="salpicar, verter y descubrir qué flota y qué se hunde",
            vi="té nước, rót nước và khám phá vật nào nổi, vật nào chìm",
            zh="玩水、倒水，发现什么会浮起来、什么会沉下去",
            ar="اللعب بالماء وصبّه واكتشاف ما يطفو وما يغرق",
        ),
    ),
    InterestData(
        "animal-science",
        "🐾",
        "#bc6c25",
        tr(
            "Animal science",
            es="Ciencia animal",
            vi="Khoa học động vật",
            zh="动物科学",
            ar="علم الحيوان",
        ),
        tr(
            "Caring for animals, from pets and farm animals to wildlife, and veterinary careers.",
            es="El cuidado de los animales, desde mascotas y animales de granja hasta fauna "
            "silvestre, y las carreras veterinarias.",
        ),
        tr(
            "animals, veterinary, vet, zoology, wildlife, pets, 4-H",
            es="animales, veterinaria, veterinario, zoología, mascotas",
        ),
        tr(
            "care for animals alongside veterinary technicians",
            es="cuidar animales junto a técnicos veterinarios",
            vi="chăm sóc động vật cùng các kỹ thuật viên thú y",
            zh="和兽医技术员一起照顾动物",
            ar="رعاية الحيوانات إلى جانب فنيّي الطب البيطري",
        ),
        tr(
            "meet gentle animals and learn what they need to be healthy",
            es="conocer animales mansos y aprender lo que necesitan para estar sanos",
            vi="gặp gỡ những con vật hiền lành và tìm hiểu chúng cần gì để khỏe mạnh",
            zh="认识温顺的小动物，了解它们健康成长需要什么",
            ar="التعرّف على حيوانات أليفة ومعرفة ما تحتاجه لتبقى بصحة جيدة",
        ),
    ),
    InterestData(
        "transportation",
        "🚌",
        "#6c757d",
        tr(
            "Transportation and logistics",
            es="Transporte y logística",
            vi="Giao thông và hậu cần",
            zh="交通与物流",
            ar="النقل والخدمات اللوجستية",
        ),
        tr(
            "How people and goods move: transit, rail, trucking, warehouses and supply chains.",
            es="Cómo se mueven las personas y las mercancías: transporte público, trenes, "
            "camiones, almacenes y cadenas de suministro.",
        ),
        tr(
            "logistics, supply chain, trucking, rail, transit, warehouse, planes",
            es="logística, cadena de suministro, camiones, trenes, almacén",
        ),
        tr(
            "plan routes and track shipments the way logistics teams do",
            es="planear rutas y rastrear envíos como lo hacen los equipos de logística",
            vi="lên kế hoạch lộ trình và theo dõi hàng hóa như các đội hậu cần",
            zh="像物流团队一样规划路线、追踪货物",
            ar="تخطيط المسارات وتتبّع الشحنات كما تفعل فرق الخدمات اللوجستية",
        ),
    ),
    InterestData(
        "automotive",
        "🚗",
        "#d62828",
        tr(
            "Automotive and EV technology",
            es="Tecnología automotriz y de vehículos eléctricos",
            vi="Công nghệ ô tô và xe điện",
            zh="汽车与电动车技术",
            ar="تكنولوجيا السيارات والمركبات الكهربائية",
        ),
        tr(
            "How cars, buses and electric vehicles work, and how to diagnose and fix them.",
            es="Cómo funcionan los autos, autobuses y vehículos eléctricos, y cómo diagnosticarlos "
            "y repararlos.",
        ),
        tr(
            "cars, mechanic, auto shop, electric vehicles, EV, diesel",
            es="autos, carros, mecánico, taller, vehículos eléctricos",
        ),
        tr(
            "diagnose and repair real cars and electric vehicles",
            es="diagnosticar y reparar autos y vehículos eléctricos reales",
            vi="chẩn đoán và sửa chữa ô tô và xe điện thật",
            zh="诊断并维修真实的汽车和电动车",
            ar="تشخيص السيارات والمركبات الكهربائية الحقيقية وإصلاحها",
        ),
    ),
    InterestData(
        "digital-media",
        "🎬",
        "#b5179e",
        tr(
            "Digital media and animation",
            es="Medios digitales y animación",
            vi="Truyền thông số và hoạt hình",
            zh="数字媒体与动画",
            ar="الوسائط الرقمية والرسوم المتحركة",
        ),
        tr(
            "Video, animation, podcasts and graphic design, with the tools professionals use.",
            es="Video, animación, pódcasts y diseño gráfico, con las herramientas de los "
            "profesionales.",
        ),
        tr(
            "animation, film, video editing, graphic design, podcast, photography, media arts",
            es="animación, cine, edición de video, diseño gráfico, fotografía",
        ),
        tr(
            "animate characters and edit short films and podcasts",
            es="animar personajes y editar cortometrajes y pódcasts",
            vi="làm hoạt hình nhân vật và dựng phim ngắn, podcast",
            zh="制作角色动画，剪辑短片和播客",
            ar="تحريك الشخصيات ومونتاج أفلام قصيرة وبودكاست",
        ),
    ),
    InterestData(
        "making",
        "🧰",
        "#ee9b00",
        tr(
            "Making and tinkering",
            es="Creación y experimentación",
            vi="Chế tạo và sáng tạo",
            zh="创客与动手制作",
            ar="الصناعة اليدوية والابتكار",
        ),
        tr(
            "Inventing with cardboard, wood, fabric, circuits and 3D printers in a makerspace.",
            es="Inventar con cartón, madera, tela, circuitos e impresoras 3D en un espacio maker.",
        ),
        tr(
            "maker, makerspace, tinkering, DIY, crafts, inventing, 3D printing",
            es="maker, espacio maker, manualidades, inventar",
        ),
        tr(
            "invent and build projects in a makerspace",
            es="inventar y construir proyectos en un espacio maker",
            vi="sáng chế và làm các dự án trong không gian sáng tạo",
            zh="在创客空间里发明和制作项目",
            ar="ابتكار مشاريع وصنعها في مساحة للصناعة اليدوية",
        ),
        tr(
            "tinker with cardboard, tape and wheels to build something new",
            es="experimentar con cartón, cinta y ruedas para construir algo nuevo",
            vi="mày mò với bìa các-tông, băng dính và bánh xe để làm ra đồ vật mới",
            zh="用纸板、胶带和轮子动手做出新东西",
            ar="العبث بالكرتون والشريط اللاصق والعجلات لصنع شيء جديد",
        ),
        careers=False,
    ),
    InterestData(
        "early-stem",
        "🔍",
        "#ffb703",
        tr(
            "Early STEM discovery",
            es="Descubrimiento STEM temprano",
            vi="Khám phá STEM sớm",
            zh="早期STEM探索",
            ar="الاستكشاف العلمي المبكر",
        ),
        tr(
            "Play-based science, math and building for children from birth to kindergarten.",
            es="Ciencia, matemáticas y construcción a través del juego para niños desde el "
            "nacimiento hasta kínder.",
        ),
        tr(
            "preschool science, toddler, early learning, pre-K, kindergarten readiness",
            es="ciencia preescolar, primera infancia, preparación para kínder",
        ),
        tr(
            "explore science through play",
            es="explorar la ciencia a través del juego",
            vi="khám phá khoa học qua trò chơi",
            zh="在游戏中探索科学",
            ar="استكشاف العلوم من خلال اللعب",
        ),
        tr(
            "explore magnets, water and light through hands-on play",
            es="explorar imanes, agua y luz jugando con las manos",
            vi="khám phá nam châm, nước và ánh sáng qua trò chơi thực hành",
            zh="通过动手游戏探索磁铁、水和光",
            ar="استكشاف المغناطيس والماء والضوء من خلال اللعب العملي",
        ),
        careers=False,
    ),
    InterestData(
        "teaching",
        "🍎",
        "#e63946",
        tr(
            "Teaching STEM",
            es="Enseñanza de STEM",
            vi="Giảng dạy STEM",
            zh="STEM教学",
            ar="تدريس العلوم والتكنولوجيا",
        ),
        tr(
            "Becoming a tutor, coach or teacher who helps younger students love STEM.",
            es="Ser tutor, entrenador o maestro que ayuda a los más pequeños a amar STEM.",
        ),
        tr(
            "teacher, tutoring, education, coaching, para-educator",
            es="maestro, docente, tutoría, educación",
        ),
        tr(
            "lead hands-on science activities for younger kids",
            es="dirigir actividades prácticas de ciencias para niños más pequeños",
            vi="hướng dẫn các hoạt động khoa học thực hành cho các em nhỏ hơn",
            zh="带领年幼的孩子做动手科学活动",
            ar="قيادة أنشطة علمية عملية للأطفال الأصغر سنًا",
        ),
    ),
]

INTERESTS_BY_SLUG = {interest.slug: interest for interest in INTERESTS}


@dataclass(frozen=True)
class TermData:
    slug: str
    name: dict
    description: dict
    icon: str = ""


SUPPORT_TYPES = [
    TermData(
        "transportation",
        tr("Transportation", es="Transporte", vi="Đi lại", zh="交通", ar="المواصلات"),
        tr(
            "Bus passes, shuttles or gas cards so getting there is not a barrier.",
            es="Pases de autobús, transporte o tarjetas de gasolina para que llegar no sea un "
            "obstáculo.",
        ),
        "🚌",
    ),
    TermData(
        "device",
        tr(
            "Laptop or device",
            es="Computadora o dispositivo",
            vi="Máy tính hoặc thiết bị",
            zh="电脑或设备",
            ar="حاسوب أو جهاز",
        ),
        tr(
            "A laptop, tablet or calculator to borrow for the program.",
            es="Una computadora portátil, tableta o calculadora prestada para el programa.",
        ),
        "💻",
    ),
    TermData(
        "internet",
        tr(
            "Internet access",
            es="Acceso a internet",
            vi="Truy cập internet",
            zh="上网",
            ar="الوصول إلى الإنترنت",
        ),
        tr(
            "A hotspot, a Wi-Fi place to work, or help signing up for low-cost internet.",
            es="Un punto de acceso, un lugar con Wi-Fi o ayuda para contratar internet de bajo "
            "costo.",
        ),
        "📶",
    ),
    TermData(
        "meals",
        tr(
            "Meals and snacks",
            es="Comidas y refrigerios",
            vi="Bữa ăn và đồ ăn nhẹ",
            zh="餐食和点心",
            ar="وجبات ووجبات خفيفة",
        ),
        tr(
            "Free meals or snacks during the program.",
            es="Comidas o refrigerios gratis durante el programa.",
        ),
        "🍎",
    ),
    TermData(
        "childcare",
        tr("Childcare", es="Cuidado infantil", vi="Giữ trẻ", zh="托儿服务", ar="رعاية الأطفال"),
        tr(
            "Care for younger brothers and sisters so the whole family can come.",
            es="Cuidado para hermanos menores para que toda la familia pueda venir.",
        ),
        "🧸",
    ),
    TermData(
        "interpretation",
        tr("Interpretation", es="Interpretación", vi="Thông dịch", zh="口译", ar="الترجمة الفورية"),
        tr(
            "An interpreter for families at meetings, events and enrollment.",
            es="Un intérprete para las familias en reuniones, eventos e inscripciones.",
        ),
        "🗣️",
    ),
    TermData(
        "mental-health",
        tr(
            "Mental health",
            es="Salud mental",
            vi="Sức khỏe tâm thần",
            zh="心理健康",
            ar="الصحة النفسية",
        ),
        tr(
            "Counseling and wellness support for students and families.",
            es="Consejería y apoyo de bienestar para estudiantes y familias.",
        ),
        "💬",
    ),
    TermData(
        "housing",
        tr(
            "Housing help",
            es="Ayuda con vivienda",
            vi="Hỗ trợ nhà ở",
            zh="住房帮助",
            ar="المساعدة في السكن",
        ),
        tr(
            "Help for students and families facing housing instability.",
            es="Ayuda para estudiantes y familias con inestabilidad de vivienda.",
        ),
        "🏠",
    ),
    TermData(
        "tutoring",
        tr("Tutoring", es="Tutoría", vi="Dạy kèm", zh="课业辅导", ar="دروس خصوصية"),
        tr(
            "Free homework help and tutoring in math and science.",
            es="Ayuda gratuita con tareas y tutoría en matemáticas y ciencias.",
        ),
        "📚",
    ),
    TermData(
        "application-help",
        tr(
            "Application help",
            es="Ayuda con solicitudes",
            vi="Hỗ trợ nộp đơn",
            zh="申请协助",
            ar="المساعدة في التقديم",
        ),
        tr(
            "Help with applications, college forms and financial aid.",
            es="Ayuda con solicitudes, formularios universitarios y ayuda financiera.",
        ),
        "📝",
    ),
    TermData(
        "family-workshops",
        tr(
            "Family workshops",
            es="Talleres para familias",
            vi="Hội thảo gia đình",
            zh="家庭讲座",
            ar="ورش عمل للعائلات",
        ),
        tr(
            "Workshops where parents and caregivers learn alongside their children.",
            es="Talleres donde madres, padres y cuidadores aprenden junto a sus hijos.",
        ),
        "👪",
    ),
    TermData(
        "supplies",
        tr(
            "Supplies and gear",
            es="Materiales y equipo",
            vi="Dụng cụ và trang thiết bị",
            zh="用品和装备",
            ar="المستلزمات والمعدات",
        ),
        tr(
            "Kits, tools, boots or uniforms provided at no cost.",
            es="Kits, herramientas, botas o uniformes sin costo.",
        ),
        "🎒",
    ),
    TermData(
        "disability-support",
        tr(
            "Disability access",
            es="Apoyo por discapacidad",
            vi="Hỗ trợ người khuyết tật",
            zh="无障碍支持",
            ar="دعم ذوي الإعاقة",
        ),
        tr(
            "Accommodations for learners with disabilities; ask about what you need.",
            es="Adaptaciones para estudiantes con discapacidad; pregunte por lo que necesita.",
        ),
        "♿",
    ),
    TermData(
        "stipend",
        tr("Paid stipend", es="Estipendio pagado", vi="Trợ cấp", zh="津贴", ar="مكافأة مالية"),
        tr(
            "Participants are paid for their time.", es="Se paga a los participantes por su tiempo."
        ),
        "💵",
    ),
]

ELIGIBILITY_TAGS = [
    TermData(
        "low-income",
        tr(
            "Low-income families",
            es="Familias de bajos ingresos",
            vi="Gia đình thu nhập thấp",
            zh="低收入家庭",
            ar="الأسر ذات الدخل المحدود",
        ),
        tr(
            "For families who qualify for free or reduced-price school meals, CalFresh or "
            "Medi-Cal.",
            es="Para familias que califican para comidas escolares gratis o a precio reducido, "
            "CalFresh o Medi-Cal.",
        ),
    ),
    TermData(
        "girls-nonbinary",
        tr(
            "Girls and non-binary youth",
            es="Niñas y jóvenes no binarios",
            vi="Trẻ em gái và thanh thiếu niên phi nhị nguyên",
            zh="女孩和非二元性别青少年",
            ar="الفتيات والشباب غير الثنائيين",
        ),
        tr(
            "Programs created for girls and non-binary students.",
            es="Programas creados para niñas y estudiantes no binarios.",
        ),
    ),
    TermData(
        "first-generation",
        tr(
            "First-generation college",
            es="Primera generación universitaria",
            vi="Thế hệ đầu tiên học đại học",
            zh="家中第一代大学生",
            ar="الجيل الأول في الجامعة",
        ),
        tr(
            "For students who would be the first in their family to go to college.",
            es="Para estudiantes que serían los primeros de su familia en ir a la universidad.",
        ),
    ),
    TermData(
        "foster-youth",
        tr(
            "Foster youth",
            es="Jóvenes en hogares de crianza",
            vi="Thanh thiếu niên được nhận nuôi tạm",
            zh="寄养青少年",
            ar="الشباب في دور الرعاية البديلة",
        ),
        tr(
            "For current and former foster youth.",
            es="Para jóvenes que están o estuvieron en hogares de crianza.",
        ),
    ),
    TermData(
        "housing-insecure",
        tr(
            "Students without stable housing",
            es="Estudiantes sin vivienda estable",
            vi="Học sinh không có nhà ở ổn định",
            zh="住房不稳定的学生",
            ar="الطلاب الذين لا يملكون سكنًا مستقرًا",
        ),
        tr(
            "For students experiencing homelessness or housing insecurity (McKinney-Vento).",
            es="Para estudiantes sin hogar o con inseguridad de vivienda (McKinney-Vento).",
        ),
    ),
    TermData(
        "english-learners",
        tr(
            "English learners",
            es="Estudiantes de inglés",
            vi="Học sinh đang học tiếng Anh",
            zh="英语学习者",
            ar="متعلمو اللغة الإنجليزية",
        ),
        tr(
            "Welcomes students who are learning English; support in home languages.",
            es="Recibe a estudiantes que aprenden inglés; apoyo en el idioma del hogar.",
        ),
    ),
    TermData(
        "county-residents",
        tr(
            "Sacramento County residents",
            es="Residentes del condado de Sacramento",
            vi="Cư dân quận Sacramento",
            zh="萨克拉门托县居民",
            ar="سكان مقاطعة ساكرامنتو",
        ),
        tr(
            "Open to people who live in Sacramento County.",
            es="Abierto a personas que viven en el condado de Sacramento.",
        ),
    ),
    TermData(
        "yolo-residents",
        tr(
            "Yolo County residents",
            es="Residentes del condado de Yolo",
            vi="Cư dân quận Yolo",
            zh="约洛县居民",
            ar="سكان مقاطعة يولو",
        ),
        tr(
            "Open to people who live in Yolo County (Davis, West Sacramento, Woodland).",
            es="Abierto a personas que viven en el condado de Yolo (Davis, West Sacramento, "
            "Woodland).",
        ),
    ),
    TermData(
        "students-with-disabilities",
        tr(
            "Students with disabilities",
            es="Estudiantes con discapacidad",
            vi="Học sinh khuyết tật",
            zh="残障学生",
            ar="الطلاب ذوو الإعاقة",
        ),
        tr(
            "Designed with and for students with IEPs or 504 plans.",
            es="Diseñado con y para estudiantes con IEP o planes 504.",
        ),
    ),
    TermData(
        "newcomers",
        tr(
            "Newcomer and refugee families",
            es="Familias recién llegadas y refugiadas",
            vi="Gia đình mới đến và tị nạn",
            zh="新移民和难民家庭",
            ar="العائلات القادمة حديثًا واللاجئة",
        ),
        tr(
            "For families who arrived in the United States in the last few years.",
            es="Para familias que llegaron a Estados Unidos en los últimos años.",
        ),
    ),
    TermData(
        "out-of-school-youth",
        tr(
            "Young adults not in school",
            es="Jóvenes adultos fuera de la escuela",
            vi="Thanh niên không đi học",
            zh="未在学的青年",
            ar="الشباب غير الملتحقين بالدراسة",
        ),
        tr(
            "For 16–24 year olds who are not in school or working.",
            es="Para jóvenes de 16 a 24 años que no estudian ni trabajan.",
        ),
    ),
]
