"""Support services: the help that makes a program possible for a family."""

from dataclasses import dataclass

from ..i18n import tr


@dataclass(frozen=True)
class ServiceData:
    key: str
    support_types: tuple
    org_kinds: tuple
    grades: tuple  # (grade_min, grade_max)
    cost: str  # "free" or "sliding"
    eligibility: tuple  # eligibility tag slugs
    title: dict
    summary: dict
    how_to_get_it: dict


S = ServiceData

SERVICES = [
    S(
        "youth-transit-pass",
        ("transportation",),
        ("government", "school", "learning_hub"),
        (0, 12),
        "free",
        (),
        tr(
            "Free Youth Transit Pass",
            es="Pase de transporte gratis para jóvenes",
            vi="Thẻ đi xe buýt miễn phí cho thanh thiếu niên",
            zh="青少年免费公交卡",
            ar="بطاقة مواصلات مجانية للشباب",
        ),
        tr(
            "Students ride buses and light rail free all year, to school, programs and jobs. "
            "We help you get the card and load it.",
            es="Los estudiantes viajan gratis en autobús y tren ligero todo el año, a la escuela, "
            "a programas y al trabajo. Le ayudamos a obtener la tarjeta y activarla.",
            vi="Học sinh đi xe buýt và tàu điện nhẹ miễn phí quanh năm, đến trường, chương trình "
            "và nơi làm việc. Chúng tôi giúp bạn làm thẻ và kích hoạt.",
            zh="学生全年免费乘坐公交和轻轨，往返学校、课外项目和工作地点。我们帮你办卡和激活。",
            ar="يركب الطلاب الحافلات والقطار الخفيف مجانًا طوال العام إلى المدرسة والبرامج والعمل. "
            "نساعدك في الحصول على البطاقة وتفعيلها.",
        ),
        tr(
            "Bring a school ID or report card to any help desk listed below.\n"
            "We take a photo and print the card while you wait.",
            es="Traiga una identificación escolar o boleta de calificaciones a cualquier punto de "
            "atención indicado abajo.\n"
            "Le tomamos una foto e imprimimos la tarjeta mientras espera.",
            vi="Mang thẻ học sinh hoặc phiếu điểm đến bất kỳ quầy hỗ trợ nào bên dưới.\n"
            "Chúng tôi chụp ảnh và in thẻ ngay trong lúc bạn chờ.",
            zh="携带学生证或成绩单到下列任一服务台。\n我们现场拍照，当场制卡。",
            ar="أحضر بطاقة الطالب أو كشف الدرجات إلى أي مكتب مساعدة مذكور أدناه.\n"
            "نلتقط صورة ونطبع البطاقة أثناء انتظارك.",
        ),
    ),
    S(
        "program-shuttle",
        ("transportation",),
        ("nonprofit", "college", "school"),
        (3, 12),
        "free",
        ("low-income",),
        tr(
            "Program Shuttle",
            es="Transporte a los programas",
            vi="Xe đưa đón đến chương trình",
            zh="项目接驳车",
            ar="حافلة نقل إلى البرامج",
        ),
        tr(
            "A free shuttle picks students up at partner schools and brings them home after "
            "evening and weekend programs.",
            es="Un transporte gratuito recoge a los estudiantes en escuelas asociadas y los lleva "
            "a casa después de los programas de la tarde y del fin de semana.",
        ),
        tr(
            "Ask for a seat when you sign up for a program.\n"
            "We text you the pick-up time the day before.",
            es="Pida un lugar al inscribirse en un programa.\n"
            "Le enviamos la hora de recogida por mensaje el día anterior.",
        ),
    ),
    S(
        "gas-cards",
        ("transportation",),
        ("nonprofit", "government"),
        (9, 13),
        "free",
        ("low-income", "foster-youth"),
        tr(
            "Gas Cards for Training Participants",
            es="Tarjetas de gasolina para participantes",
            vi="Thẻ xăng cho học viên",
            zh="培训学员加油卡",
            ar="بطاقات وقود للمتدربين",
        ),
        tr(
            "Gas cards for students and apprentices who drive to classes or job sites.",
            es="Tarjetas de gasolina para estudiantes y aprendices que manejan a clases u obras.",
        ),
        tr(
            "Ask your program coordinator for a referral.\n"
            "Pick up the card at the office listed below.",
            es="Pida una referencia a la coordinadora de su programa.\n"
            "Recoja la tarjeta en la oficina indicada abajo.",
        ),
    ),
    S(
        "laptop-lending",
        ("device",),
        ("library", "learning_hub", "school", "college"),
        (3, 13),
        "free",
        (),
        tr(
            "Laptop Lending",
            es="Préstamo de computadoras portátiles",
            vi="Cho mượn máy tính xách tay",
            zh="笔记本电脑借用",
            ar="إعارة الحواسيب المحمولة",
        ),
        tr(
            "Borrow a laptop for up to a semester, with the software your class needs. "
            "No late fees.",
            es="Pida prestada una computadora portátil hasta por un semestre, con el software que "
            "necesita su clase. Sin multas por retraso.",
            vi="Mượn máy tính xách tay tối đa một học kỳ, có sẵn phần mềm lớp học cần. "
            "Không phạt trả trễ.",
            zh="可借用笔记本电脑最长一个学期，预装课程所需软件。逾期不收费。",
            ar="استعر حاسوبًا محمولًا لمدة تصل إلى فصل دراسي، مع البرامج التي يحتاجها صفك. "
            "بلا غرامات تأخير.",
        ),
        tr(
            "Bring a library card or student ID to the desk.\n"
            "Sign the loan form (a parent signs for students under 18).\n"
            "Take the laptop home the same day.",
            es="Traiga su tarjeta de biblioteca o identificación escolar al mostrador.\n"
            "Firme el formulario de préstamo (un padre o madre firma por menores de 18).\n"
            "Llévese la computadora el mismo día.",
            vi="Mang thẻ thư viện hoặc thẻ học sinh đến quầy.\n"
            "Ký phiếu mượn (phụ huynh ký cho học sinh dưới 18 tuổi).\n"
            "Mang máy tính về nhà ngay trong ngày.",
            zh="携带借书证或学生证到服务台。\n签署借用单（未满18岁由家长签字）。\n当天即可带电脑回家。",
            ar="أحضر بطاقة المكتبة أو بطاقة الطالب إلى المكتب.\n"
            "وقّع نموذج الإعارة (يوقّع أحد الوالدين عن الطلاب دون 18 عامًا).\n"
            "خذ الحاسوب إلى المنزل في اليوم نفسه.",
        ),
    ),
    S(
        "hotspot-lending",
        ("internet",),
        ("library", "learning_hub", "school"),
        (0, 13),
        "free",
        (),
        tr(
            "Wi-Fi Hotspot Loans",
            es="Préstamo de puntos de acceso Wi-Fi",
            vi="Cho mượn thiết bị phát Wi-Fi",
            zh="无线热点借用",
            ar="إعارة أجهزة الإنترنت اللاسلكي",
        ),
        tr(
            "Take home a Wi-Fi hotspot with unlimited data for three weeks at a time, renewable "
            "if no one is waiting.",
            es="Llévese a casa un punto de acceso Wi-Fi con datos ilimitados por tres semanas, "
            "renovable si nadie está esperando.",
            vi="Mang về nhà thiết bị phát Wi-Fi không giới hạn dữ liệu trong ba tuần, có thể gia "
            "hạn nếu không có ai chờ.",
            zh="可将不限流量的无线热点带回家使用三周，如无人排队可续借。",
            ar="خذ إلى المنزل جهاز إنترنت لاسلكي ببيانات غير محدودة لمدة ثلاثة أسابيع، قابلة "
            "للتجديد إذا لم يكن أحد ينتظر.",
        ),
        tr(
            "Place a hold online or at any branch.\n"
            "Pick it up with your library card when we text you.",
            es="Resérvelo en línea o en cualquier sucursal.\n"
            "Recójalo con su tarjeta de biblioteca cuando le enviemos un mensaje.",
            vi="Đặt giữ trực tuyến hoặc tại bất kỳ chi nhánh nào.\n"
            "Đến nhận bằng thẻ thư viện khi chúng tôi nhắn tin.",
            zh="在线或在任一分馆预约。\n收到短信后凭借书证领取。",
            ar="احجزه عبر الإنترنت أو في أي فرع.\nاستلمه ببطاقة المكتبة عندما نرسل لك رسالة.",
        ),
    ),
    S(
        "internet-signup",
        ("internet", "application-help"),
        ("learning_hub", "library", "nonprofit"),
        (-1, 13),
        "free",
        ("low-income",),
        tr(
            "Low-Cost Home Internet Sign-Up Help",
            es="Ayuda para contratar internet de bajo costo",
            vi="Hỗ trợ đăng ký internet giá rẻ tại nhà",
            zh="低价家庭宽带申请协助",
            ar="المساعدة في الاشتراك بإنترنت منزلي منخفض التكلفة",
        ),
        tr(
            "Our digital navigators help your family sign up for home internet plans that cost "
            "$10–$30 a month, in your language.",
            es="Nuestros navegadores digitales ayudan a su familia a contratar planes de internet "
            "en casa de $10 a $30 al mes, en su idioma.",
            vi="Nhân viên hỗ trợ kỹ thuật số giúp gia đình bạn đăng ký gói internet tại nhà giá "
            "$10–$30 mỗi tháng, bằng ngôn ngữ của bạn.",
            zh="我们的数字导航员用您的语言帮助您的家庭申请每月10至30美元的家庭宽带。",
            ar="يساعد مرشدونا الرقميون أسرتك على الاشتراك في باقات إنترنت منزلي تكلّف من 10 إلى 30 "
            "دولارًا شهريًا، بلغتك.",
        ),
        tr(
            "Drop in during open hours or call to book a 30-minute appointment.\n"
            "Bring proof of address and, if you have one, a benefits letter (CalFresh, Medi-Cal, "
            "school meals).",
            es="Venga en el horario de atención o llame para reservar una cita de 30 minutos.\n"
            "Traiga un comprobante de domicilio y, si tiene, una carta de beneficios (CalFresh, "
            "Medi-Cal, comidas escolares).",
        ),
    ),
    S(
        "community-wifi",
        ("internet",),
        ("learning_hub", "library", "government"),
        (0, 13),
        "free",
        (),
        tr(
            "Community Wi-Fi and Study Space",
            es="Wi-Fi comunitario y espacio de estudio",
            vi="Wi-Fi cộng đồng và chỗ học",
            zh="社区无线网络和自习空间",
            ar="إنترنت لاسلكي مجتمعي ومكان للدراسة",
        ),
        tr(
            "Fast free Wi-Fi, quiet tables, printers and charging stations, with staff who can "
            "help with online applications.",
            es="Wi-Fi rápido y gratis, mesas tranquilas, impresoras y estaciones de carga, con "
            "personal que ayuda con solicitudes en línea.",
            vi="Wi-Fi nhanh miễn phí, bàn học yên tĩnh, máy in và trạm sạc, có nhân viên hỗ trợ "
            "nộp đơn trực tuyến.",
            zh="快速免费Wi-Fi、安静的桌位、打印机和充电站，工作人员可协助在线申请。",
            ar="إنترنت لاسلكي سريع ومجاني، وطاولات هادئة، وطابعات ومحطات شحن، مع موظفين يساعدون "
            "في الطلبات عبر الإنترنت.",
        ),
        tr(
            "Just come in during open hours; no sign-up needed.",
            es="Solo venga en el horario de atención; no hace falta inscribirse.",
            vi="Chỉ cần đến trong giờ mở cửa; không cần đăng ký.",
            zh="开放时间直接前来即可，无需报名。",
            ar="تعال فقط خلال ساعات العمل؛ لا حاجة للتسجيل.",
        ),
    ),
    S(
        "after-school-meals",
        ("meals",),
        ("school", "learning_hub", "government", "library"),
        (0, 12),
        "free",
        (),
        tr(
            "Free After-School Snacks and Suppers",
            es="Refrigerios y cenas gratis después de clases",
            vi="Đồ ăn nhẹ và bữa tối miễn phí sau giờ học",
            zh="免费课后点心和晚餐",
            ar="وجبات خفيفة وعشاء مجاني بعد المدرسة",
        ),
        tr(
            "Every child 18 and under eats free after school, no questions asked and no paperwork.",
            es="Todo niño o joven de 18 años o menos come gratis después de clases, sin preguntas "
            "ni papeleo.",
            vi="Mọi trẻ em từ 18 tuổi trở xuống được ăn miễn phí sau giờ học, không cần hỏi han "
            "hay giấy tờ.",
            zh="18岁及以下的孩子放学后均可免费用餐，无需询问，无需任何手续。",
            ar="يأكل كل طفل في الثامنة عشرة أو أقل مجانًا بعد المدرسة، دون أسئلة ودون أوراق.",
        ),
        tr(
            "Come during the hours listed below.",
            es="Venga en el horario indicado abajo.",
            vi="Hãy đến trong khung giờ bên dưới.",
            zh="请在下列时间前来。",
            ar="تعال خلال الساعات المذكورة أدناه.",
        ),
    ),
    S(
        "summer-lunch",
        ("meals",),
        ("government", "school", "library"),
        (0, 12),
        "free",
        (),
        tr(
            "Summer Free Lunch Sites",
            es="Almuerzo gratis en verano",
            vi="Bữa trưa miễn phí mùa hè",
            zh="暑期免费午餐点",
            ar="غداء صيفي مجاني",
        ),
        tr(
            "Free lunch all summer for kids and teens at parks, libraries and schools, often "
            "with a science activity.",
            es="Almuerzo gratis todo el verano para niños y adolescentes en parques, bibliotecas y "
            "escuelas, a menudo con una actividad de ciencias.",
        ),
        tr(
            "Come to any site at lunchtime; no sign-up needed.",
            es="Venga a cualquier sitio a la hora del almuerzo; no hace falta inscribirse.",
        ),
    ),
    S(
        "sibling-care",
        ("childcare", "family-workshops"),
        ("learning_hub", "nonprofit", "library"),
        (-1, 5),
        "free",
        (),
        tr(
            "Sibling Care During Family Workshops",
            es="Cuidado de hermanos durante talleres familiares",
            vi="Trông em nhỏ trong các buổi hội thảo gia đình",
            zh="家庭讲座期间的弟妹照看",
            ar="رعاية الإخوة الصغار أثناء ورش العائلات",
        ),
        tr(
            "Bring the whole family: trained staff look after younger children with games and "
            "snacks while you attend.",
            es="Traiga a toda la familia: personal capacitado cuida a los más pequeños con juegos "
            "y refrigerios mientras usted participa.",
            vi="Hãy đưa cả nhà đến: nhân viên được đào tạo trông các bé nhỏ với trò chơi và đồ ăn "
            "nhẹ trong lúc bạn tham gia.",
            zh="全家一起来：受过培训的工作人员会用游戏和点心照看年幼的孩子，让您安心参加活动。",
            ar="أحضر العائلة كلها: يعتني موظفون مدرَّبون بالأطفال الأصغر سنًا بالألعاب والوجبات "
            "الخفيفة أثناء مشاركتك.",
        ),
        tr(
            "Tick the childcare box when you sign up for a workshop, or tell us at the door.",
            es="Marque la casilla de cuidado infantil al inscribirse en un taller, o avísenos en "
            "la entrada.",
        ),
    ),
    S(
        "evening-childcare",
        ("childcare",),
        ("college", "government", "nonprofit"),
        (-1, 5),
        "sliding",
        ("low-income",),
        tr(
            "Evening Childcare for Student Parents",
            es="Cuidado infantil nocturno para padres que estudian",
            vi="Giữ trẻ buổi tối cho phụ huynh đi học",
            zh="学生家长晚间托儿服务",
            ar="رعاية أطفال مسائية للآباء الطلاب",
        ),
        tr(
            "Licensed childcare on campus while parents attend evening classes and certificate "
            "programs.",
            es="Cuidado infantil con licencia en el campus mientras madres y padres asisten a "
            "clases nocturnas y programas de certificado.",
        ),
        tr(
            "Apply at the children's center with your class schedule.\n"
            "We confirm your family's fee on the sliding scale within a week.",
            es="Presente su solicitud en el centro infantil con su horario de clases.\n"
            "Confirmamos la cuota de su familia según la escala en una semana.",
        ),
    ),
    S(
        "interpretation-line",
        ("interpretation",),
        ("school", "government", "nonprofit"),
        (-1, 13),
        "free",
        ("english-learners", "newcomers"),
        tr(
            "Free Interpretation for Family Meetings",
            es="Interpretación gratis para reuniones familiares",
            vi="Thông dịch miễn phí cho các buổi họp gia đình",
            zh="家庭会议免费口译",
            ar="ترجمة فورية مجانية لاجتماعات العائلات",
        ),
        tr(
            "Ask for an interpreter for parent conferences, program orientations or enrollment "
            "appointments, in person or by phone.",
            es="Pida un intérprete para conferencias de padres, orientaciones de programas o citas "
            "de inscripción, en persona o por teléfono.",
            vi="Yêu cầu thông dịch viên cho buổi họp phụ huynh, buổi giới thiệu chương trình hoặc "
            "buổi ghi danh, trực tiếp hoặc qua điện thoại.",
            zh="家长会、项目说明会或报名预约均可申请口译，现场或电话均可。",
            ar="اطلب مترجمًا فوريًا لاجتماعات أولياء الأمور أو جلسات التعريف بالبرامج أو مواعيد "
            "التسجيل، حضوريًا أو بالهاتف.",
        ),
        tr(
            "Call the number below at least two days before your meeting.\n"
            "Tell us the language, the date and the place.",
            es="Llame al número de abajo al menos dos días antes de su reunión.\n"
            "Díganos el idioma, la fecha y el lugar.",
            vi="Gọi số bên dưới ít nhất hai ngày trước buổi họp.\n"
            "Cho chúng tôi biết ngôn ngữ, ngày và địa điểm.",
            zh="请至少在会议前两天拨打下方电话。\n告诉我们语言、日期和地点。",
            ar="اتصل بالرقم أدناه قبل اجتماعك بيومين على الأقل.\nأخبرنا باللغة والتاريخ والمكان.",
        ),
    ),
    S(
        "translated-enrollment",
        ("interpretation", "application-help"),
        ("college", "learning_hub"),
        (9, 13),
        "free",
        ("english-learners", "first-generation"),
        tr(
            "Enrollment Help in Your Language",
            es="Ayuda con la inscripción en su idioma",
            vi="Hỗ trợ ghi danh bằng ngôn ngữ của bạn",
            zh="母语报名协助",
            ar="المساعدة في التسجيل بلغتك",
        ),
        tr(
            "Bilingual staff walk you and your family through college applications, placement "
            "and registration.",
            es="Personal bilingüe le acompaña a usted y a su familia en la solicitud, la "
            "ubicación y la inscripción universitaria.",
            vi="Nhân viên song ngữ hướng dẫn bạn và gia đình qua các bước nộp đơn, xếp lớp và "
            "đăng ký học đại học.",
            zh="双语工作人员陪同您和家人完成大学申请、分班和注册。",
            ar="يرافقك موظفون ثنائيو اللغة أنت وعائلتك خلال طلب الالتحاق بالكلية وتحديد المستوى "
            "والتسجيل.",
        ),
        tr(
            "Book a time online or drop in.\nBring a photo ID and your last school transcript.",
            es="Reserve una cita en línea o venga sin cita.\n"
            "Traiga una identificación con foto y su último expediente escolar.",
        ),
    ),
    S(
        "teen-counseling",
        ("mental-health",),
        ("nonprofit", "government", "school"),
        (6, 13),
        "free",
        (),
        tr(
            "Teen Counseling Drop-In",
            es="Consejería sin cita para adolescentes",
            vi="Tư vấn tâm lý không cần hẹn cho thanh thiếu niên",
            zh="青少年免预约心理咨询",
            ar="استشارات نفسية للمراهقين دون موعد",
        ),
        tr(
            "Confidential, free counseling for teens and young adults, with or without a "
            "parent. Talk about stress, school, family or anything else.",
            es="Consejería gratuita y confidencial para adolescentes y jóvenes, con o sin sus "
            "padres. Hable del estrés, la escuela, la familia o lo que necesite.",
            vi="Tư vấn miễn phí, bảo mật cho thanh thiếu niên và thanh niên, có hoặc không có "
            "phụ huynh. Nói về căng thẳng, trường học, gia đình hay bất cứ điều gì.",
            zh="为青少年和青年提供免费保密的心理咨询，家长陪同与否均可。可以聊压力、学业、家庭或任何事情。",
            ar="استشارات مجانية وسرّية للمراهقين والشباب، مع أحد الوالدين أو من دونه. تحدّث عن "
            "الضغط أو المدرسة أو العائلة أو أي شيء آخر.",
        ),
        tr(
            "Walk in during the hours below, or text us to book a time.",
            es="Venga en el horario indicado abajo, o envíenos un mensaje para reservar una hora.",
            vi="Đến trực tiếp trong khung giờ bên dưới, hoặc nhắn tin để đặt lịch.",
            zh="在下列时间直接前来，或发短信预约。",
            ar="تعال مباشرة خلال الساعات أدناه، أو راسلنا لحجز موعد.",
        ),
    ),
    S(
        "family-wellness",
        ("mental-health", "family-workshops"),
        ("nonprofit", "learning_hub"),
        (-1, 12),
        "free",
        ("newcomers",),
        tr(
            "Family Wellness Circles",
            es="Círculos de bienestar familiar",
            vi="Nhóm chăm sóc sức khỏe tinh thần gia đình",
            zh="家庭身心健康小组",
            ar="حلقات العافية الأسرية",
        ),
        tr(
            "Small groups for parents and caregivers on stress, sleep, screens and supporting "
            "children through change, led in several languages.",
            es="Grupos pequeños para madres, padres y cuidadores sobre el estrés, el sueño, las "
            "pantallas y cómo apoyar a los hijos en los cambios, en varios idiomas.",
            vi="Nhóm nhỏ dành cho phụ huynh và người chăm sóc về căng thẳng, giấc ngủ, màn hình "
            "và cách hỗ trợ con qua những thay đổi, bằng nhiều ngôn ngữ.",
            zh="面向家长和看护人的小组活动，主题包括压力、睡眠、屏幕使用以及如何陪伴孩子度过变化，多语种进行。",
            ar="مجموعات صغيرة للآباء ومقدّمي الرعاية حول الضغط والنوم والشاشات ودعم الأطفال في "
            "أوقات التغيير، تُدار بعدة لغات.",
        ),
        tr(
            "Call or text to join the next circle.\nChildcare and snacks are provided.",
            es="Llame o envíe un mensaje para unirse al próximo círculo.\n"
            "Ofrecemos cuidado infantil y refrigerios.",
        ),
    ),
    S(
        "housing-help",
        ("housing",),
        ("government", "nonprofit", "college"),
        (9, 13),
        "free",
        ("housing-insecure", "foster-youth"),
        tr(
            "Student Housing Help Desk",
            es="Ayuda con vivienda para estudiantes",
            vi="Quầy hỗ trợ nhà ở cho học sinh",
            zh="学生住房服务台",
            ar="مكتب المساعدة في السكن للطلاب",
        ),
        tr(
            "Help for students and families who are couch-surfing, in a shelter or about to lose "
            "housing: emergency beds, rent help and school stability rights.",
            es="Ayuda para estudiantes y familias que duermen en casas ajenas, en un albergue o "
            "que están por perder su vivienda: camas de emergencia, ayuda con la renta y derechos "
            "de estabilidad escolar.",
        ),
        tr(
            "Call the number below or come in; you can talk to us in confidence.\n"
            "A navigator meets you within two days.",
            es="Llame al número de abajo o venga; puede hablar con nosotros con confianza.\n"
            "Una persona orientadora le atiende en dos días.",
        ),
    ),
    S(
        "homework-help",
        ("tutoring",),
        ("library", "learning_hub", "nonprofit", "college"),
        (1, 12),
        "free",
        (),
        tr(
            "Free Math and Science Homework Help",
            es="Ayuda gratis con tareas de matemáticas y ciencias",
            vi="Hỗ trợ bài tập toán và khoa học miễn phí",
            zh="免费数学和科学作业辅导",
            ar="مساعدة مجانية في واجبات الرياضيات والعلوم",
        ),
        tr(
            "Drop-in tutoring with trained volunteers and college students, in person and online.",
            es="Tutoría sin cita con voluntarios capacitados y estudiantes universitarios, en "
            "persona y en línea.",
            vi="Dạy kèm không cần hẹn với tình nguyện viên đã qua đào tạo và sinh viên đại học, "
            "trực tiếp và trực tuyến.",
            zh="由受过培训的志愿者和大学生提供免预约辅导，线下线上均可。",
            ar="دروس خصوصية دون موعد مع متطوعين مدرَّبين وطلاب جامعيين، حضوريًا وعبر الإنترنت.",
        ),
        tr(
            "Come during the hours below with your homework.",
            es="Venga con su tarea en el horario indicado abajo.",
            vi="Hãy mang bài tập đến trong khung giờ bên dưới.",
            zh="请在下列时间带着作业前来。",
            ar="تعال ومعك واجباتك خلال الساعات أدناه.",
        ),
    ),
    S(
        "college-nights",
        ("family-workshops", "application-help"),
        ("school", "college", "nonprofit"),
        (8, 12),
        "free",
        ("first-generation",),
        tr(
            "Family College and Career Nights",
            es="Noches familiares de universidad y carreras",
            vi="Đêm gia đình về đại học và nghề nghiệp",
            zh="家庭升学与职业之夜",
            ar="أمسيات عائلية عن الجامعة والمهن",
        ),
        tr(
            "Evenings for parents and teens on choosing classes, paying for college and the "
            "careers our region is hiring for.",
            es="Noches para madres, padres y adolescentes sobre cómo elegir clases, pagar la "
            "universidad y las carreras que más contratan en nuestra región.",
            vi="Buổi tối dành cho phụ huynh và thanh thiếu niên về chọn môn học, chi trả đại học "
            "và các ngành nghề đang tuyển dụng trong khu vực.",
            zh="为家长和青少年举办的晚间活动：如何选课、如何支付大学费用，以及本地区正在招聘的职业。",
            ar="أمسيات للآباء والمراهقين حول اختيار المواد ودفع تكاليف الجامعة والمهن المطلوبة "
            "في منطقتنا.",
        ),
        tr(
            "Sign up online or just come; dinner and childcare are provided.",
            es="Inscríbase en línea o simplemente venga; ofrecemos cena y cuidado infantil.",
            vi="Đăng ký trực tuyến hoặc cứ đến; có bữa tối và giữ trẻ.",
            zh="在线报名或直接前来；提供晚餐和托儿服务。",
            ar="سجّل عبر الإنترنت أو تعال مباشرة؛ نوفّر العشاء ورعاية الأطفال.",
        ),
    ),
    S(
        "parent-stem-workshops",
        ("family-workshops",),
        ("library", "learning_hub", "school"),
        (-1, 8),
        "free",
        (),
        tr(
            "Parent STEM Workshops",
            es="Talleres STEM para madres y padres",
            vi="Hội thảo STEM cho phụ huynh",
            zh="家长STEM讲座",
            ar="ورش العلوم والتكنولوجيا للآباء",
        ),
        tr(
            "Simple science and math activities to do at home with everyday things, and how to "
            "talk with your child about what they learn.",
            es="Actividades sencillas de ciencias y matemáticas para hacer en casa con cosas de "
            "todos los días, y cómo hablar con sus hijos sobre lo que aprenden.",
            vi="Các hoạt động khoa học và toán đơn giản làm tại nhà với đồ dùng hằng ngày, và cách "
            "trò chuyện với con về những gì con học.",
            zh="用日常物品在家做的简单科学和数学活动，以及如何与孩子聊他们学到的东西。",
            ar="أنشطة بسيطة في العلوم والرياضيات تُنفَّذ في المنزل بأشياء يومية، وكيف تتحدث مع "
            "طفلك عمّا يتعلّمه.",
        ),
        tr(
            "Sign up online or call; each workshop is 90 minutes.",
            es="Inscríbase en línea o llame; cada taller dura 90 minutos.",
        ),
    ),
    S(
        "fafsa-help",
        ("application-help",),
        ("college", "nonprofit", "school"),
        (11, 13),
        "free",
        ("first-generation", "low-income"),
        tr(
            "FAFSA and Cal Grant Help",
            es="Ayuda con la FAFSA y Cal Grant",
            vi="Hỗ trợ làm FAFSA và Cal Grant",
            zh="FAFSA和Cal Grant申请协助",
            ar="المساعدة في طلبات FAFSA وCal Grant",
        ),
        tr(
            "One-on-one help filling in the FAFSA or California Dream Act application, so no "
            "student misses aid they qualify for.",
            es="Ayuda individual para llenar la FAFSA o la solicitud del California Dream Act, "
            "para que nadie pierda la ayuda a la que tiene derecho.",
            vi="Hỗ trợ riêng từng người điền đơn FAFSA hoặc đơn California Dream Act, để không "
            "học sinh nào bỏ lỡ khoản hỗ trợ mình đủ điều kiện.",
            zh="一对一协助填写FAFSA或加州梦想法案申请，确保每个学生都不错过应得的资助。",
            ar="مساعدة فردية في تعبئة طلب FAFSA أو طلب California Dream Act، حتى لا يفوّت أي "
            "طالب المساعدة التي يستحقها.",
        ),
        tr(
            "Book a 45-minute appointment online.\n"
            "Bring your and your parents' tax information, or ask us what to bring if you have "
            "none.",
            es="Reserve una cita de 45 minutos en línea.\n"
            "Traiga su información de impuestos y la de sus padres, o pregúntenos qué traer si no "
            "la tiene.",
        ),
    ),
    S(
        "tools-and-boots",
        ("supplies",),
        ("government", "nonprofit", "employer"),
        (12, 13),
        "free",
        ("low-income", "out-of-school-youth"),
        tr(
            "Tools and Boots Fund for Apprentices",
            es="Fondo de herramientas y botas para aprendices",
            vi="Quỹ dụng cụ và giày bảo hộ cho học viên học nghề",
            zh="学徒工具与工作靴基金",
            ar="صندوق الأدوات والأحذية للمتدربين",
        ),
        tr(
            "Work boots, safety gear and a starter tool kit for new apprentices and "
            "pre-apprentices, at no cost.",
            es="Botas de trabajo, equipo de seguridad y un juego básico de herramientas para "
            "aprendices y preaprendices nuevos, sin costo.",
        ),
        tr(
            "Your program coordinator sends us a referral.\n"
            "Pick up your gear at the office below within two weeks.",
            es="La coordinadora de su programa nos envía una referencia.\n"
            "Recoja su equipo en la oficina indicada abajo en un plazo de dos semanas.",
        ),
    ),
    S(
        "stem-kits",
        ("supplies",),
        ("library", "learning_hub", "nonprofit"),
        (-1, 8),
        "free",
        (),
        tr(
            "Take-Home STEM Kits",
            es="Kits STEM para llevar a casa",
            vi="Bộ dụng cụ STEM mang về nhà",
            zh="STEM材料包外借",
            ar="حقائب علمية للمنزل",
        ),
        tr(
            "Borrow kits with microscopes, circuits, coding robots and picture-book guides in "
            "several languages.",
            es="Pida prestados kits con microscopios, circuitos, robots de programación y guías "
            "ilustradas en varios idiomas.",
            vi="Mượn bộ dụng cụ có kính hiển vi, mạch điện, robot lập trình và sách hướng dẫn "
            "bằng hình bằng nhiều ngôn ngữ.",
            zh="可借用含显微镜、电路、编程机器人和多语种图画指南的材料包。",
            ar="استعر حقائب فيها مجاهر ودوائر كهربائية وروبوتات برمجة وأدلة مصوّرة بعدة لغات.",
        ),
        tr(
            "Place a hold online with your library card.\nKeep the kit for three weeks.",
            es="Resérvelo en línea con su tarjeta de biblioteca.\nQuédese con el kit tres semanas.",
            vi="Đặt giữ trực tuyến bằng thẻ thư viện.\nGiữ bộ dụng cụ trong ba tuần.",
            zh="凭借书证在线预约。\n可借用三周。",
            ar="احجز عبر الإنترنت ببطاقة المكتبة.\nاحتفظ بالحقيبة ثلاثة أسابيع.",
        ),
    ),
    S(
        "disability-access",
        ("disability-support",),
        ("college", "school", "nonprofit"),
        (0, 13),
        "free",
        ("students-with-disabilities",),
        tr(
            "Accessibility Support for STEM Programs",
            es="Apoyo de accesibilidad para programas STEM",
            vi="Hỗ trợ tiếp cận cho các chương trình STEM",
            zh="STEM项目无障碍支持",
            ar="دعم إمكانية الوصول لبرامج العلوم والتكنولوجيا",
        ),
        tr(
            "Aides, adapted tools, captioning and quiet spaces so students with disabilities "
            "can join any partner program.",
            es="Asistentes, herramientas adaptadas, subtítulos y espacios tranquilos para que "
            "estudiantes con discapacidad participen en cualquier programa asociado.",
        ),
        tr(
            "Tell us what your student needs at least two weeks before the program starts.\n"
            "We plan the support with you and the program staff.",
            es="Díganos lo que su estudiante necesita al menos dos semanas antes de que empiece el "
            "programa.\nPlaneamos el apoyo con usted y el personal del programa.",
        ),
    ),
]

SERVICE_HOURS = [
    tr(
        "Mon–Fri 3–7 pm",
        es="lun–vie 3–7 pm",
        vi="Thứ Hai–Thứ Sáu 3–7 giờ chiều",
        zh="周一至周五 下午3点至晚上7点",
        ar="الاثنين–الجمعة 3–7 م",
    ),
    tr(
        "Mon–Thu 9 am–6 pm; Sat 10 am–2 pm",
        es="lun–jue 9 am–6 pm; sáb 10 am–2 pm",
        vi="Thứ Hai–Thứ Năm 9 giờ sáng–6 giờ chiều; Thứ Bảy 10 giờ sáng–2 giờ chiều",
        zh="周一至周四 上午9点至下午6点；周六 上午10点至下午2点",
        ar="الاثنين–الخميس 9 ص–6 م؛ السبت 10 ص–2 م",
    ),
    tr(
        "Tue and Thu 4–8 pm",
        es="mar y jue 4–8 pm",
        vi="Thứ Ba và Thứ Năm 4–8 giờ tối",
        zh="周二、周四 下午4点至晚上8点",
        ar="الثلاثاء والخميس 4–8 م",
    ),
    tr(
        "Mon–Fri 8:30 am–4:30 pm",
        es="lun–vie 8:30 am–4:30 pm",
        vi="Thứ Hai–Thứ Sáu 8:30 sáng–4:30 chiều",
        zh="周一至周五 上午8:30至下午4:30",
        ar="الاثنين–الجمعة 8:30 ص–4:30 م",
    ),
    tr(
        "Sat 10 am–1 pm",
        es="sáb 10 am–1 pm",
        vi="Thứ Bảy 10 giờ sáng–1 giờ chiều",
        zh="周六 上午10点至下午1点",
        ar="السبت 10 ص–1 م",
    ),
]

SERVICE_WHO = tr(
    "Any family in the region; bring whoever needs the help.",
    es="Cualquier familia de la región; venga con quien necesite la ayuda.",
    vi="Bất kỳ gia đình nào trong khu vực; hãy đưa người cần hỗ trợ đến cùng.",
    zh="本地区任何家庭均可；请带需要帮助的人一同前来。",
    ar="أي عائلة في المنطقة؛ أحضر من يحتاج إلى المساعدة.",
)
