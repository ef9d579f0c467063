"""What programs of each kind look like: titles, summaries, schedules, costs, how to apply.

Templates take `{topic}` (an interest's name, title-cased in English, mid-sentence case in
Spanish and Vietnamese), `{Topic}` (its name as a heading), `{activity}` (what participants do),
`{org}` and `{area}` (names, never translated)."""

from dataclasses import dataclass

from ..i18n import tr

# Grade ranges (grade_min, grade_max) per band; -1 is Pre-K, 0 kindergarten, 13 after high school.
GRADE_RANGES = {
    "early": [(-1, -1), (-1, 0), (0, 0)],
    "elementary": [(0, 2), (1, 3), (3, 5), (2, 5), (4, 5), (0, 5)],
    "middle": [(6, 8), (5, 8), (6, 7), (7, 8), (4, 8)],
    "high": [(9, 12), (9, 10), (10, 12), (11, 12), (8, 12)],
    "dual": [(11, 12), (10, 12)],
    "post": [(13, 13), (12, 13), (11, 13)],
}


@dataclass(frozen=True)
class KindData:
    # band -> weight: which ages this kind of program is for, and how often.
    bands: dict
    formats: tuple  # weights for (in_person, online, hybrid)
    # (share free, share fixed fee, share sliding scale) and the fee range in dollars.
    costs: tuple
    fee_range: tuple
    duration_days: tuple  # (shortest, longest) from first to last day of a session
    seats: tuple
    schedules: tuple  # keys into SCHEDULES
    how_to_apply: str  # key into HOW_TO_APPLY
    org_kinds: tuple  # OrganizationPage kinds that run this kind of program
    titles: tuple
    summary: dict
    careers_only: bool = False  # only for interests that lead to jobs


KINDS = {
    "club": KindData(
        bands={"early": 1, "elementary": 3, "middle": 3, "high": 2},
        formats=(8, 1, 1),
        costs=(0.8, 0.1, 0.1),
        fee_range=(40, 120),
        duration_days=(70, 98),
        seats=(15, 30),
        schedules=("tue_thu_afternoon", "wed_afternoon", "mon_afternoon", "fri_afternoon"),
        how_to_apply="simple",
        org_kinds=("school", "nonprofit", "library", "learning_hub", "college"),
        titles=(
            tr(
                "{topic} Club",
                es="Club de {topic}",
                vi="Câu lạc bộ {topic}",
                zh="{topic}俱乐部",
                ar="نادي {topic}",
            ),
            tr(
                "After-School {topic} Lab",
                es="Laboratorio de {topic} después de clases",
                vi="Phòng thí nghiệm {topic} sau giờ học",
                zh="课后{topic}实验室",
                ar="مختبر {topic} بعد المدرسة",
            ),
            tr(
                "{area} {topic} Club",
                es="Club de {topic} de {area}",
                vi="Câu lạc bộ {topic} {area}",
                zh="{area}{topic}俱乐部",
                ar="نادي {topic} في {area}",
            ),
        ),
        summary=tr(
            "A weekly after-school club where students {activity} with mentors from {org}. "
            "No experience needed, and all materials are provided.",
            es="Un club semanal después de clases donde los estudiantes aprenden a {activity} con "
            "mentores de {org}. No se necesita experiencia y se proporcionan todos los materiales.",
            vi="Câu lạc bộ hằng tuần sau giờ học, nơi học sinh học cách {activity} cùng các cố vấn "
            "của {org}. Không cần kinh nghiệm, mọi vật liệu đều được cung cấp.",
            zh="每周一次的课后俱乐部，学生在{org}导师的带领下学习{activity}。无需经验，提供全部材料。",
            ar="نادٍ أسبوعي بعد المدرسة يتعلّم فيه الطلاب {activity} مع مرشدين من {org}. "
            "لا تلزم خبرة سابقة، ونوفّر جميع المواد.",
        ),
    ),
    "camp": KindData(
        bands={"early": 1, "elementary": 3, "middle": 3, "high": 1},
        formats=(8, 1, 1),
        costs=(0.4, 0.35, 0.25),
        fee_range=(150, 450),
        duration_days=(4, 11),
        seats=(20, 40),
        schedules=("weekdays_day", "weekdays_morning"),
        how_to_apply="simple",
        org_kinds=("nonprofit", "college", "school", "government", "learning_hub", "employer"),
        titles=(
            tr(
                "Summer {topic} Camp",
                es="Campamento de verano de {topic}",
                vi="Trại hè {topic}",
                zh="{topic}夏令营",
                ar="مخيم {topic} الصيفي",
            ),
            tr(
                "Spring Break {topic} Camp",
                es="Campamento de {topic} en vacaciones de primavera",
                vi="Trại {topic} kỳ nghỉ xuân",
                zh="春假{topic}营",
                ar="مخيم {topic} في عطلة الربيع",
            ),
            tr(
                "{topic} Day Camp",
                es="Campamento diurno de {topic}",
                vi="Trại ban ngày {topic}",
                zh="{topic}日间营",
                ar="مخيم {topic} النهاري",
            ),
        ),
        summary=tr(
            "Spend your break with {org}: each day campers {activity}, then show their work to "
            "families on the last day.",
            es="Pasa tus vacaciones con {org}: cada día los participantes aprenden a {activity} y "
            "el último día presentan su trabajo a las familias.",
            vi="Dành kỳ nghỉ cùng {org}: mỗi ngày các em học cách {activity}, và trình bày thành "
            "quả cho gia đình vào ngày cuối.",
            zh="和{org}一起度过假期：营员每天学习{activity}，并在最后一天向家人展示成果。",
            ar="اقضِ عطلتك مع {org}: يتعلّم المشاركون كل يوم {activity}، ثم يعرضون أعمالهم على "
            "عائلاتهم في اليوم الأخير.",
        ),
    ),
    "course": KindData(
        bands={"early": 1, "elementary": 1, "middle": 1, "high": 2, "post": 2},
        formats=(5, 3, 2),
        costs=(0.5, 0.3, 0.2),
        fee_range=(60, 250),
        duration_days=(42, 70),
        seats=(12, 24),
        schedules=("saturday_morning", "tue_thu_evening", "mon_wed_evening"),
        how_to_apply="simple",
        org_kinds=("college", "library", "learning_hub", "nonprofit", "school"),
        titles=(
            tr(
                "Intro to {topic}",
                es="Curso inicial de {topic}",
                vi="Nhập môn {topic}",
                zh="{topic}入门",
                ar="مدخل إلى {topic}",
            ),
            tr(
                "{topic} Saturday Academy",
                es="Academia sabatina de {topic}",
                vi="Học viện {topic} ngày thứ Bảy",
                zh="{topic}周六学院",
                ar="أكاديمية {topic} يوم السبت",
            ),
        ),
        summary=tr(
            "A step-by-step course in which students {activity}. Small classes, patient "
            "instructors and a final project to be proud of.",
            es="Un curso paso a paso en el que los estudiantes aprenden a {activity}. Grupos "
            "pequeños, instructores pacientes y un proyecto final del que sentirse orgullosos.",
            vi="Khóa học từng bước, trong đó học viên học cách {activity}. Lớp nhỏ, giảng viên "
            "tận tình và một dự án cuối khóa đáng tự hào.",
            zh="循序渐进的课程，学员将学习{activity}。小班教学，老师耐心，还有一个值得自豪的期末项目。",
            ar="دورة خطوة بخطوة يتعلّم فيها المشاركون {activity}. مجموعات صغيرة ومدرّبون صبورون "
            "ومشروع نهائي يبعث على الفخر.",
        ),
    ),
    "dual_enrollment": KindData(
        bands={"dual": 1},
        formats=(5, 3, 2),
        costs=(1.0, 0.0, 0.0),
        fee_range=(0, 0),
        duration_days=(105, 119),
        seats=(25, 40),
        schedules=("dual_after_school",),
        how_to_apply="college",
        org_kinds=("college",),
        careers_only=True,
        titles=(
            tr(
                "College {topic} for High Schoolers",
                es="Clases universitarias de {topic} para preparatoria",
                vi="Lớp đại học {topic} cho học sinh trung học",
                zh="面向高中生的大学{topic}课程",
                ar="دروس جامعية في {topic} لطلاب الثانوية",
            ),
            tr(
                "{topic} Dual Enrollment",
                es="Inscripción doble en {topic}",
                vi="Chương trình học song song đại học ngành {topic}",
                zh="{topic}双学分课程",
                ar="التسجيل المزدوج في {topic}",
            ),
        ),
        summary=tr(
            "Take a real college class for free while still in high school. Students {activity} "
            "and earn college units that transfer to UC and CSU.",
            es="Toma una clase universitaria real gratis mientras estás en la preparatoria. Los "
            "estudiantes aprenden a {activity} y obtienen unidades universitarias transferibles "
            "a la UC y la CSU.",
            vi="Học miễn phí một lớp đại học thật khi còn học trung học. Học sinh học cách "
            "{activity} và nhận tín chỉ đại học được chuyển tiếp sang UC và CSU.",
            zh="在读高中时免费修读真正的大学课程。学生将学习{activity}，并获得可转入UC和CSU的大学学分。",
            ar="احضر صفًا جامعيًا حقيقيًا مجانًا وأنت ما زلت في المدرسة الثانوية. يتعلّم الطلاب "
            "{activity} ويحصلون على وحدات جامعية قابلة للتحويل إلى جامعات UC وCSU.",
        ),
    ),
    "internship": KindData(
        bands={"high": 2, "post": 2},
        formats=(7, 1, 2),
        costs=(1.0, 0.0, 0.0),
        fee_range=(0, 0),
        duration_days=(42, 56),
        seats=(4, 12),
        schedules=("internship_hours",),
        how_to_apply="job",
        org_kinds=("employer", "government", "college"),
        careers_only=True,
        titles=(
            tr(
                "Summer {topic} Internship",
                es="Pasantía de verano en {topic}",
                vi="Thực tập hè ngành {topic}",
                zh="{topic}暑期实习",
                ar="تدريب صيفي في {topic}",
            ),
            tr(
                "Paid {topic} Internship",
                es="Pasantía pagada en {topic}",
                vi="Thực tập có lương ngành {topic}",
                zh="{topic}带薪实习",
                ar="تدريب مدفوع الأجر في {topic}",
            ),
        ),
        summary=tr(
            "A paid internship at {org}: interns {activity} alongside professionals, build a "
            "résumé and get a reference for their next step.",
            es="Una pasantía pagada en {org}: los pasantes aprenden a {activity} junto a "
            "profesionales, arman su currículum y obtienen una referencia para su siguiente paso.",
            vi="Chương trình thực tập có lương tại {org}: thực tập sinh học cách {activity} cùng "
            "các chuyên gia, xây dựng hồ sơ xin việc và nhận thư giới thiệu cho bước tiếp theo.",
            zh="在{org}的带薪实习：实习生与专业人士一起学习{activity}，充实简历，并为下一步获得推荐信。",
            ar="تدريب مدفوع الأجر في {org}: يتعلّم المتدربون {activity} إلى جانب مختصين، ويبنون "
            "سيرتهم الذاتية ويحصلون على توصية لخطوتهم التالية.",
        ),
    ),
    "apprenticeship": KindData(
        bands={"post": 3, "high": 1},
        formats=(9, 0, 1),
        costs=(1.0, 0.0, 0.0),
        fee_range=(0, 0),
        duration_days=(180, 300),
        seats=(6, 16),
        schedules=("apprenticeship_hours",),
        how_to_apply="job",
        org_kinds=("employer", "government", "college"),
        careers_only=True,
        titles=(
            tr(
                "{topic} Apprenticeship",
                es="Programa de aprendices en {topic}",
                vi="Chương trình học nghề {topic}",
                zh="{topic}学徒计划",
                ar="برنامج التلمذة المهنية في {topic}",
            ),
            tr(
                "{topic} Pre-Apprenticeship",
                es="Preaprendizaje en {topic}",
                vi="Chương trình tiền học nghề {topic}",
                zh="{topic}学徒预备课程",
                ar="برنامج تمهيدي للتلمذة المهنية في {topic}",
            ),
        ),
        summary=tr(
            "Earn while you learn: apprentices are paid from day one to {activity}, with "
            "classroom training and a mentor at {org}.",
            es="Gana mientras aprendes: los aprendices reciben un sueldo desde el primer día para "
            "{activity}, con formación en el aula y un mentor en {org}.",
            vi="Vừa học vừa kiếm tiền: học viên được trả lương ngay từ ngày đầu để {activity}, "
            "có đào tạo trên lớp và người hướng dẫn tại {org}.",
            zh="边学边赚：学徒从第一天起就有工资，在{org}的导师指导和课堂培训下学习{activity}。",
            ar="اكسب وأنت تتعلّم: يتقاضى المتدربون أجرًا من اليوم الأول ليتعلّموا {activity}، مع "
            "تدريب في الصف ومرشد في {org}.",
        ),
    ),
    "mentoring": KindData(
        bands={"elementary": 1, "middle": 2, "high": 2, "post": 1},
        formats=(4, 3, 3),
        costs=(1.0, 0.0, 0.0),
        fee_range=(0, 0),
        duration_days=(84, 168),
        seats=(10, 25),
        schedules=("every_other_wednesday",),
        how_to_apply="mentoring",
        org_kinds=("nonprofit", "employer", "college", "learning_hub"),
        titles=(
            tr(
                "{topic} Mentoring Circle",
                es="Círculo de mentoría en {topic}",
                vi="Nhóm cố vấn {topic}",
                zh="{topic}导师小组",
                ar="حلقة إرشاد في {topic}",
            ),
            tr(
                "Near-Peer {topic} Mentors",
                es="Mentores jóvenes de {topic}",
                vi="Cố vấn đồng trang lứa về {topic}",
                zh="{topic}朋辈导师计划",
                ar="مرشدون من الأقران في {topic}",
            ),
        ),
        summary=tr(
            "Students are matched with a mentor from {org} who helps them {activity} and plan "
            "their next steps in school and work.",
            es="Cada estudiante tiene un mentor de {org} que le ayuda a {activity} y a planear "
            "sus próximos pasos en la escuela y el trabajo.",
            vi="Mỗi học sinh được ghép với một cố vấn từ {org}, người giúp các em {activity} và "
            "lên kế hoạch cho bước tiếp theo trong học tập và công việc.",
            zh="每位学生都会配对一位来自{org}的导师，帮助他们{activity}，并规划学业和工作的下一步。",
            ar="يُربط كل طالب بمرشد من {org} يساعده على {activity} وعلى التخطيط لخطواته التالية "
            "في الدراسة والعمل.",
        ),
    ),
    "competition": KindData(
        bands={"elementary": 1, "middle": 2, "high": 2},
        formats=(7, 1, 2),
        costs=(0.6, 0.3, 0.1),
        fee_range=(25, 75),
        duration_days=(60, 120),
        seats=(8, 30),
        schedules=("saturday_practice",),
        how_to_apply="team",
        org_kinds=("nonprofit", "school", "college", "employer"),
        titles=(
            tr(
                "{area} {topic} Challenge",
                es="Desafío de {topic} de {area}",
                vi="Thử thách {topic} {area}",
                zh="{area}{topic}挑战赛",
                ar="تحدي {topic} في {area}",
            ),
            tr(
                "{topic} Team Challenge",
                es="Reto de {topic} por equipos",
                vi="Thử thách đồng đội {topic}",
                zh="{topic}团队挑战赛",
                ar="تحدي الفرق في {topic}",
            ),
        ),
        summary=tr(
            "Teams {activity} and compete against schools from across the region. Coaches, kits "
            "and practice space are provided.",
            es="Los equipos aprenden a {activity} y compiten contra escuelas de toda la región. Se "
            "proporcionan entrenadores, materiales y espacio para practicar.",
            vi="Các đội học cách {activity} và thi đấu với các trường trong toàn khu vực. Có huấn "
            "luyện viên, bộ dụng cụ và chỗ luyện tập.",
            zh="各队学习{activity}，并与全地区的学校同场竞技。提供教练、套件和练习场地。",
            ar="تتعلّم الفرق {activity} وتتنافس مع مدارس من أنحاء المنطقة. نوفّر المدربين والأدوات "
            "ومكانًا للتدرّب.",
        ),
    ),
    "college_visit": KindData(
        bands={"middle": 1, "high": 3},
        formats=(1, 0, 0),
        costs=(0.7, 0.15, 0.15),
        fee_range=(50, 600),
        duration_days=(0, 5),
        seats=(20, 60),
        schedules=("one_saturday", "residential_week"),
        how_to_apply="visit",
        org_kinds=("college",),
        titles=(
            tr(
                "{Topic} Campus Day",
                es="Día en el campus: {Topic}",
                vi="Ngày tham quan trường: {Topic}",
                zh="{topic}校园开放日",
                ar="يوم في الحرم الجامعي: {Topic}",
            ),
            tr(
                "Summer {topic} Residential Institute",
                es="Instituto residencial de verano de {topic}",
                vi="Khóa nội trú mùa hè về {topic}",
                zh="{topic}暑期住校营",
                ar="المعهد الصيفي الداخلي في {topic}",
            ),
        ),
        summary=tr(
            "Spend time on campus at {org}: students {activity} in real labs, meet college "
            "students and learn how to apply and pay for college.",
            es="Pasa tiempo en el campus de {org}: los estudiantes aprenden a {activity} en "
            "laboratorios reales, conocen a universitarios y aprenden cómo solicitar la "
            "universidad y pagarla.",
            vi="Trải nghiệm khuôn viên {org}: học sinh học cách {activity} trong phòng thí nghiệm "
            "thật, gặp gỡ sinh viên và tìm hiểu cách nộp đơn và chi trả học phí đại học.",
            zh="走进{org}校园：学生在真正的实验室里学习{activity}，与在校大学生交流，了解如何申请大学和支付学费。",
            ar="اقضِ وقتًا في حرم {org}: يتعلّم الطلاب {activity} في مختبرات حقيقية، ويلتقون بطلاب "
            "جامعيين، ويتعرّفون على طرق التقديم للجامعة وتمويل الدراسة.",
        ),
    ),
    "workshop": KindData(
        bands={"early": 3, "elementary": 2, "middle": 1, "high": 1, "post": 1},
        formats=(7, 2, 1),
        costs=(0.9, 0.1, 0.0),
        fee_range=(10, 25),
        duration_days=(0, 0),
        seats=(20, 50),
        schedules=("thursday_evening", "saturday_short"),
        how_to_apply="simple",
        org_kinds=("library", "learning_hub", "nonprofit", "government", "employer", "school"),
        titles=(
            tr(
                "Family {topic} Night",
                es="Noche familiar de {topic}",
                vi="Đêm gia đình khám phá {topic}",
                zh="{topic}家庭之夜",
                ar="أمسية عائلية عن {topic}",
            ),
            tr(
                "Hands-On {topic} Workshop",
                es="Taller práctico de {topic}",
                vi="Hội thảo thực hành {topic}",
                zh="{topic}动手工作坊",
                ar="ورشة عملية في {topic}",
            ),
        ),
        summary=tr(
            "A hands-on workshop where participants {activity}. Families are welcome to come "
            "and learn together.",
            es="Un taller práctico donde los participantes aprenden a {activity}. Las familias "
            "son bienvenidas a venir y aprender juntas.",
            vi="Buổi hội thảo thực hành, nơi người tham gia học cách {activity}. Chào đón cả gia "
            "đình cùng đến học.",
            zh="动手实践工作坊，参加者将学习{activity}。欢迎全家一起来学习。",
            ar="ورشة عملية يتعلّم فيها المشاركون {activity}. نرحّب بالعائلات لتأتي وتتعلّم معًا.",
        ),
    ),
    "certificate": KindData(
        bands={"post": 3, "high": 1},
        formats=(4, 3, 3),
        costs=(0.3, 0.5, 0.2),
        fee_range=(46, 1200),
        duration_days=(100, 200),
        seats=(20, 35),
        schedules=("tue_thu_evening", "mon_wed_evening", "saturday_morning"),
        how_to_apply="college",
        org_kinds=("college", "government", "employer"),
        careers_only=True,
        titles=(
            tr(
                "{topic} Certificate",
                es="Certificado en {topic}",
                vi="Chứng chỉ {topic}",
                zh="{topic}证书课程",
                ar="شهادة في {topic}",
            ),
            tr(
                "{topic} Fast-Track Certificate",
                es="Certificado acelerado en {topic}",
                vi="Chứng chỉ cấp tốc {topic}",
                zh="{topic}快速证书课程",
                ar="شهادة سريعة في {topic}",
            ),
        ),
        summary=tr(
            "A short, job-focused certificate: students {activity} and finish ready for "
            "entry-level work. Evening and weekend classes fit around jobs and families.",
            es="Un certificado corto y orientado al empleo: los estudiantes aprenden a {activity} "
            "y terminan listos para un primer empleo. Las clases en la tarde y los fines de "
            "semana se adaptan al trabajo y la familia.",
            vi="Chứng chỉ ngắn hạn, hướng đến việc làm: học viên học cách {activity} và sẵn sàng "
            "cho công việc đầu tiên. Lớp học buổi tối và cuối tuần phù hợp với người đi làm.",
            zh="以就业为导向的短期证书课程：学员学习{activity}，结业即可胜任入门级工作。晚间和周末上课，兼顾工作和家庭。",
            ar="شهادة قصيرة موجّهة نحو العمل: يتعلّم الطلاب {activity} ويتخرّجون جاهزين لوظيفة "
            "مبتدئة. دروس مسائية وفي عطلات نهاية الأسبوع تناسب العمل والأسرة.",
        ),
    ),
}

# Early-learning programs (Pre-K and kindergarten) read differently whatever their kind.
EARLY_TITLES = (
    tr(
        "Little Explorers: {Topic}",
        es="Pequeños exploradores: {Topic}",
        vi="Nhà thám hiểm nhí: {Topic}",
        zh="小小探索家：{Topic}",
        ar="المستكشفون الصغار: {Topic}",
    ),
    tr(
        "{Topic} Storytime",
        es="Hora del cuento: {Topic}",
        vi="Giờ kể chuyện: {Topic}",
        zh="{topic}故事时间",
        ar="ساعة الحكايات: {Topic}",
    ),
    tr(
        "Family {topic} Play Lab",
        es="Laboratorio de juego en familia: {Topic}",
        vi="Góc chơi gia đình: {Topic}",
        zh="{topic}亲子游戏实验室",
        ar="مختبر اللعب العائلي: {Topic}",
    ),
)
EARLY_SUMMARY = tr(
    "Playful, hands-on STEM for little ones and their grown-ups: children {activity} through "
    "songs, stories and games. Caregivers stay and play.",
    es="Ciencia práctica y divertida para los más pequeños y sus adultos: los niños aprenden a "
    "{activity} con canciones, cuentos y juegos. Los cuidadores se quedan a jugar.",
    vi="STEM vui nhộn, thực hành cho các bé và người lớn đi cùng: trẻ học cách {activity} qua "
    "bài hát, câu chuyện và trò chơi. Phụ huynh ở lại cùng chơi.",
    zh="为小朋友和家长准备的趣味动手STEM活动：孩子们通过儿歌、故事和游戏学习{activity}。家长全程陪玩。",
    ar="أنشطة علمية عملية ممتعة للصغار ومرافقيهم: يتعلّم الأطفال {activity} من خلال الأغاني "
    "والقصص والألعاب. يبقى مقدّمو الرعاية ويلعبون معهم.",
)
EARLY_SCHEDULES = ("saturday_early", "wednesday_early")

SCHEDULES = {
    "tue_thu_afternoon": tr(
        "Tuesdays and Thursdays, 3:30–5 pm",
        es="Martes y jueves, 3:30–5 pm",
        vi="Thứ Ba và Thứ Năm, 3:30–5 giờ chiều",
        zh="每周二、四 下午3:30–5:00",
        ar="الثلاثاء والخميس، 3:30–5 م",
    ),
    "wed_afternoon": tr(
        "Wednesdays, 4–6 pm",
        es="Miércoles, 4–6 pm",
        vi="Thứ Tư, 4–6 giờ chiều",
        zh="每周三 下午4:00–6:00",
        ar="الأربعاء، 4–6 م",
    ),
    "mon_afternoon": tr(
        "Mondays, 3–4:30 pm",
        es="Lunes, 3–4:30 pm",
        vi="Thứ Hai, 3–4:30 chiều",
        zh="每周一 下午3:00–4:30",
        ar="الاثنين، 3–4:30 م",
    ),
    "fri_afternoon": tr(
        "Fridays, 3:30–5:30 pm",
        es="Viernes, 3:30–5:30 pm",
        vi="Thứ Sáu, 3:30–5:30 chiều",
        zh="每周五 下午3:30–5:30",
        ar="الجمعة، 3:30–5:30 م",
    ),
    "weekdays_day": tr(
        "Monday–Friday, 9 am–3 pm",
        es="Lunes a viernes, 9 am–3 pm",
        vi="Thứ Hai–Thứ Sáu, 9 giờ sáng–3 giờ chiều",
        zh="周一至周五 上午9:00–下午3:00",
        ar="من الاثنين إلى الجمعة، 9 ص–3 م",
    ),
    "weekdays_morning": tr(
        "Monday–Thursday, 9 am–noon",
        es="Lunes a jueves, 9 am–12 pm",
        vi="Thứ Hai–Thứ Năm, 9 giờ sáng–12 giờ trưa",
        zh="周一至周四 上午9:00–中午12:00",
        ar="من الاثنين إلى الخميس، 9 ص–12 ظهرًا",
    ),
    "saturday_morning": tr(
        "Saturdays, 10 am–1 pm",
        es="Sábados, 10 am–1 pm",
        vi="Thứ Bảy, 10 giờ sáng–1 giờ chiều",
        zh="每周六 上午10:00–下午1:00",
        ar="السبت، 10 ص–1 م",
    ),
    "tue_thu_evening": tr(
        "Tuesday and Thursday evenings, 6–8 pm",
        es="Martes y jueves por la noche, 6–8 pm",
        vi="Tối Thứ Ba và Thứ Năm, 6–8 giờ",
        zh="每周二、四晚上 6:00–8:00",
        ar="مساء الثلاثاء والخميس، 6–8 م",
    ),
    "mon_wed_evening": tr(
        "Mondays and Wednesdays, 5:30–7:30 pm",
        es="Lunes y miércoles, 5:30–7:30 pm",
        vi="Thứ Hai và Thứ Tư, 5:30–7:30 tối",
        zh="每周一、三 下午5:30–晚上7:30",
        ar="الاثنين والأربعاء، 5:30–7:30 م",
    ),
    "dual_after_school": tr(
        "Mondays and Wednesdays, 3:30–5 pm (after school)",
        es="Lunes y miércoles, 3:30–5 pm (después de clases)",
        vi="Thứ Hai và Thứ Tư, 3:30–5 giờ chiều (sau giờ học)",
        zh="每周一、三 下午3:30–5:00（放学后）",
        ar="الاثنين والأربعاء، 3:30–5 م (بعد المدرسة)",
    ),
    "internship_hours": tr(
        "Monday–Thursday, 9 am–3 pm (about 24 hours a week)",
        es="Lunes a jueves, 9 am–3 pm (unas 24 horas por semana)",
        vi="Thứ Hai–Thứ Năm, 9 giờ sáng–3 giờ chiều (khoảng 24 giờ mỗi tuần)",
        zh="周一至周四 上午9:00–下午3:00（每周约24小时）",
        ar="من الاثنين إلى الخميس، 9 ص–3 م (نحو 24 ساعة في الأسبوع)",
    ),
    "apprenticeship_hours": tr(
        "Full time: 32 hours on the job plus one evening class a week",
        es="Tiempo completo: 32 horas de trabajo más una clase nocturna por semana",
        vi="Toàn thời gian: 32 giờ làm việc cộng một buổi học tối mỗi tuần",
        zh="全职：每周在岗32小时，外加一次晚间课程",
        ar="دوام كامل: 32 ساعة عمل وحصة مسائية واحدة في الأسبوع",
    ),
    "every_other_wednesday": tr(
        "Every other Wednesday, 5–6 pm",
        es="Miércoles por medio, 5–6 pm",
        vi="Thứ Tư cách tuần, 5–6 giờ chiều",
        zh="隔周周三 下午5:00–6:00",
        ar="الأربعاء كل أسبوعين، 5–6 م",
    ),
    "saturday_practice": tr(
        "Saturdays, 9 am–noon (team practice)",
        es="Sábados, 9 am–12 pm (práctica en equipo)",
        vi="Thứ Bảy, 9 giờ sáng–12 giờ trưa (luyện tập theo đội)",
        zh="每周六 上午9:00–中午12:00（团队训练）",
        ar="السبت، 9 ص–12 ظهرًا (تدريب الفريق)",
    ),
    "one_saturday": tr(
        "One Saturday, 9 am–2 pm; lunch included",
        es="Un sábado, 9 am–2 pm; incluye almuerzo",
        vi="Một ngày Thứ Bảy, 9 giờ sáng–2 giờ chiều; có bữa trưa",
        zh="一个周六 上午9:00–下午2:00；含午餐",
        ar="يوم سبت واحد، 9 ص–2 م؛ يشمل الغداء",
    ),
    "residential_week": tr(
        "Sunday to Friday, staying on campus",
        es="De domingo a viernes, con estadía en el campus",
        vi="Chủ Nhật đến Thứ Sáu, ở lại trong khuôn viên trường",
        zh="周日至周五，住在校园",
        ar="من الأحد إلى الجمعة، مع الإقامة في الحرم الجامعي",
    ),
    "thursday_evening": tr(
        "Thursday, 6–7:30 pm",
        es="Jueves, 6–7:30 pm",
        vi="Thứ Năm, 6–7:30 tối",
        zh="周四 晚上6:00–7:30",
        ar="الخميس، 6–7:30 م",
    ),
    "saturday_short": tr(
        "Saturday, 10–11:30 am",
        es="Sábado, 10–11:30 am",
        vi="Thứ Bảy, 10–11:30 sáng",
        zh="周六 上午10:00–11:30",
        ar="السبت، 10–11:30 ص",
    ),
    "saturday_early": tr(
        "Saturdays, 10–11 am",
        es="Sábados, 10–11 am",
        vi="Thứ Bảy, 10–11 giờ sáng",
        zh="每周六 上午10:00–11:00",
        ar="السبت، 10–11 ص",
    ),
    "wednesday_early": tr(
        "Wednesdays, 10:30–11:15 am",
        es="Miércoles, 10:30–11:15 am",
        vi="Thứ Tư, 10:30–11:15 sáng",
        zh="每周三 上午10:30–11:15",
        ar="الأربعاء، 10:30–11:15 ص",
    ),
}
ONLINE_SCHEDULE_PREFIX = tr(
    "Online: ", es="En línea: ", vi="Trực tuyến: ", zh="线上：", ar="عبر الإنترنت: "
)

# One step per line, as the how_to_apply field expects.
HOW_TO_APPLY = {
    "simple": tr(
        "Fill in the short sign-up form at the link below, or call us.\n"
        "We confirm your spot by text or phone within a week.\n"
        "Come to the first session; there is nothing to bring.",
        es="Llene el formulario corto de inscripción en el enlace de abajo, o llámenos.\n"
        "Le confirmamos su lugar por mensaje de texto o teléfono en una semana.\n"
        "Venga a la primera sesión; no necesita traer nada.",
        vi="Điền mẫu đăng ký ngắn tại đường dẫn bên dưới, hoặc gọi cho chúng tôi.\n"
        "Chúng tôi xác nhận chỗ của bạn qua tin nhắn hoặc điện thoại trong vòng một tuần.\n"
        "Đến buổi đầu tiên; không cần mang theo gì.",
        zh="点击下方链接填写简短报名表，或打电话给我们。\n我们会在一周内通过短信或电话确认名额。\n参加第一次活动即可，无需携带任何物品。",
        ar="املأ استمارة التسجيل القصيرة عبر الرابط أدناه، أو اتصل بنا.\n"
        "نؤكد مكانك برسالة نصية أو مكالمة خلال أسبوع.\nاحضر الجلسة الأولى؛ لا حاجة لإحضار أي شيء.",
    ),
    "team": tr(
        "Form a team of 2–5 students with an adult coach (we can help you find one).\n"
        "Register the team online before the deadline.\n"
        "Come to the kickoff event to pick up your challenge kit.",
        es="Formen un equipo de 2 a 5 estudiantes con un entrenador adulto (podemos ayudarles "
        "a encontrar uno).\nInscriban al equipo en línea antes de la fecha límite.\n"
        "Vengan al evento de inicio para recoger su kit del desafío.",
    ),
    "job": tr(
        "Submit the online application with a few sentences about why you are interested.\n"
        "Ask a teacher, counselor or coach for a short reference (an email is enough).\n"
        "Have a 15-minute interview by phone or video.\n"
        "Complete the work permit and first-day paperwork with our help.",
        es="Envíe la solicitud en línea con unas líneas sobre por qué le interesa.\n"
        "Pida una referencia breve a un maestro, consejero o entrenador (basta un correo).\n"
        "Tenga una entrevista de 15 minutos por teléfono o video.\n"
        "Complete el permiso de trabajo y los papeles del primer día con nuestra ayuda.",
        vi="Nộp đơn trực tuyến kèm vài câu về lý do bạn quan tâm.\n"
        "Nhờ thầy cô, cố vấn hoặc huấn luyện viên viết thư giới thiệu ngắn (một email là đủ).\n"
        "Tham gia phỏng vấn 15 phút qua điện thoại hoặc video.\n"
        "Hoàn tất giấy phép lao động và giấy tờ ngày đầu với sự hỗ trợ của chúng tôi.",
        zh="在线提交申请，并用几句话说明你感兴趣的原因。\n请老师、辅导员或教练写一份简短推荐（一封电子邮件即可）。\n"
        "参加15分钟的电话或视频面试。\n在我们的帮助下办理工作许可和入职手续。",
        ar="قدّم الطلب عبر الإنترنت مع بضع جمل عن سبب اهتمامك.\n"
        "اطلب توصية قصيرة من معلم أو مرشد أو مدرب (تكفي رسالة بريد إلكتروني).\n"
        "أجرِ مقابلة مدتها 15 دقيقة بالهاتف أو الفيديو.\n"
        "أكمل تصريح العمل وأوراق اليوم الأول بمساعدتنا.",
    ),
    "college": tr(
        "Come to an information session, in person or online.\n"
        "Apply to the college online; it is free and takes about 20 minutes.\n"
        "Meet a counselor to plan your classes (high-school students bring a signed permission "
        "form).\nRegister for your first class during your enrollment window.",
        es="Asista a una sesión informativa, en persona o en línea.\n"
        "Presente su solicitud a la universidad en línea; es gratis y toma unos 20 minutos.\n"
        "Reúnase con un consejero para planear sus clases (los estudiantes de preparatoria "
        "traen un permiso firmado).\n"
        "Inscríbase en su primera clase durante su periodo de inscripción.",
        vi="Tham dự buổi thông tin, trực tiếp hoặc trực tuyến.\n"
        "Nộp đơn vào trường trực tuyến; miễn phí và mất khoảng 20 phút.\n"
        "Gặp cố vấn để lên kế hoạch lớp học (học sinh trung học mang theo giấy cho phép có "
        "chữ ký).\nĐăng ký lớp đầu tiên trong thời gian ghi danh của bạn.",
        zh="参加一次说明会（线下或线上）。\n在线申请入学，免费，大约需要20分钟。\n与辅导员见面规划课程（高中生请携带签字的许可表）。\n在你的选课时段注册第一门课。",
        ar="احضر جلسة تعريفية، حضوريًا أو عبر الإنترنت.\n"
        "قدّم طلب الالتحاق بالكلية عبر الإنترنت؛ مجانًا ويستغرق نحو 20 دقيقة.\n"
        "قابل مرشدًا أكاديميًا لتخطيط صفوفك (يُحضر طلاب الثانوية نموذج موافقة موقّعًا).\n"
        "سجّل في صفك الأول خلال فترة التسجيل الخاصة بك.",
    ),
    "visit": tr(
        "Register online with a parent's or guardian's permission.\n"
        "Return the signed health and photo forms.\n"
        "A week before, we send the schedule and the bus pick-up point.",
        es="Inscríbase en línea con el permiso de su madre, padre o tutor.\n"
        "Entregue firmados los formularios de salud y de fotografías.\n"
        "Una semana antes le enviamos el horario y el punto de salida del autobús.",
    ),
    "mentoring": tr(
        "Fill in the interest form.\n"
        "Meet our coordinator (with a parent or guardian if you are under 18).\n"
        "We match you with a mentor within three weeks.",
        es="Llene el formulario de interés.\n"
        "Reúnase con nuestra coordinadora (con su madre, padre o tutor si es menor de 18).\n"
        "Le asignamos un mentor en un plazo de tres semanas.",
        vi="Điền mẫu đăng ký quan tâm.\n"
        "Gặp điều phối viên của chúng tôi (cùng phụ huynh nếu bạn dưới 18 tuổi).\n"
        "Chúng tôi ghép bạn với một cố vấn trong vòng ba tuần.",
    ),
    "early": tr(
        "Sign up online or call us; one sign-up covers the whole family.\n"
        "Come with your child; brothers and sisters are welcome.",
        es="Inscríbase en línea o llámenos; una inscripción sirve para toda la familia.\n"
        "Venga con su niño o niña; los hermanos también son bienvenidos.",
        vi="Đăng ký trực tuyến hoặc gọi cho chúng tôi; một lần đăng ký cho cả gia đình.\n"
        "Hãy đến cùng con; anh chị em của bé cũng được chào đón.",
        zh="在线报名或打电话给我们；一次报名即可全家参加。\n请带孩子一起来，欢迎兄弟姐妹同来。",
        ar="سجّل عبر الإنترنت أو اتصل بنا؛ تسجيل واحد يكفي للعائلة كلها.\n"
        "تعال مع طفلك؛ الإخوة والأخوات مرحَّب بهم أيضًا.",
    ),
}

ELIGIBILITY_NOTES = {
    "early": tr(
        "For children aged 3 to 6, with a parent or caregiver.",
        es="Para niños de 3 a 6 años, con su madre, padre o cuidador.",
        vi="Dành cho trẻ từ 3 đến 6 tuổi, đi cùng cha mẹ hoặc người chăm sóc.",
        zh="适合3至6岁儿童，需家长或看护人陪同。",
        ar="للأطفال من 3 إلى 6 سنوات، برفقة أحد الوالدين أو مقدّم الرعاية.",
    ),
    "school": tr(
        "Open to students in the grades shown; no experience or grades required.",
        es="Abierto a estudiantes de los grados indicados; no se requiere experiencia ni "
        "calificaciones mínimas.",
        vi="Dành cho học sinh ở các lớp đã nêu; không cần kinh nghiệm hay điểm số tối thiểu.",
        zh="面向所列年级的学生；不要求经验或成绩。",
        ar="مفتوح لطلاب الصفوف المذكورة؛ لا تُشترط خبرة أو درجات معيّنة.",
    ),
    "dual": tr(
        "High-school students with a counselor's approval; no minimum GPA.",
        es="Estudiantes de preparatoria con la aprobación de su consejero; sin promedio mínimo.",
        vi="Học sinh trung học có sự chấp thuận của cố vấn; không yêu cầu điểm trung bình tối "
        "thiểu.",
        zh="经辅导员同意的高中生；无最低GPA要求。",
        ar="طلاب المدارس الثانوية بموافقة المرشد؛ لا يوجد حد أدنى للمعدل.",
    ),
    "work": tr(
        "Ages 16 and over. We help you get a work permit if you are under 18.",
        es="Desde los 16 años. Si es menor de 18, le ayudamos a obtener el permiso de trabajo.",
        vi="Từ 16 tuổi trở lên. Chúng tôi giúp bạn xin giấy phép lao động nếu dưới 18 tuổi.",
        zh="16岁及以上。未满18岁者，我们协助办理工作许可。",
        ar="من عمر 16 عامًا فما فوق. نساعدك في الحصول على تصريح عمل إذا كنت دون 18 عامًا.",
    ),
    "adult": tr(
        "For adults 18 and over, including people returning to school or changing careers.",
        es="Para adultos desde los 18 años, incluidas personas que vuelven a estudiar o cambian "
        "de carrera.",
        vi="Dành cho người lớn từ 18 tuổi, kể cả người quay lại học hoặc chuyển nghề.",
        zh="面向18岁及以上成年人，包括重返校园或转行的人。",
        ar="للبالغين من عمر 18 عامًا فما فوق، بمن فيهم العائدون إلى الدراسة أو من يغيّرون مسارهم "
        "المهني.",
    ),
}

COST_NOTES = {
    "free": tr(
        "Free, including all materials.",
        es="Gratis, incluye todos los materiales.",
        vi="Miễn phí, bao gồm mọi vật liệu.",
        zh="免费，含全部材料。",
        ar="مجاني، ويشمل جميع المواد.",
    ),
    "paid_work": tr(
        "Free to join, and participants are paid for their time.",
        es="Es gratis participar y se paga a los participantes por su tiempo.",
        vi="Tham gia miễn phí và người tham gia được trả lương.",
        zh="免费参加，参与者还能获得报酬。",
        ar="المشاركة مجانية، ويتقاضى المشاركون أجرًا مقابل وقتهم.",
    ),
    "dual": tr(
        "Tuition is waived for high-school students; books are loaned.",
        es="La matrícula es gratuita para estudiantes de preparatoria; se prestan los libros.",
        vi="Học sinh trung học được miễn học phí; sách được cho mượn.",
        zh="高中生免学费；课本可借用。",
        ar="تُعفى رسوم الدراسة لطلاب الثانوية؛ وتُعار الكتب.",
    ),
    "fixed": tr(
        "${amount} per participant; payment plans available.",
        es="${amount} por participante; hay planes de pago.",
        vi="${amount} mỗi người; có thể trả góp.",
        zh="每人{amount}美元；可分期付款。",
        ar="{amount} دولارًا لكل مشارك؛ تتوفر خطط للدفع بالتقسيط.",
    ),
    "fixed_waiver": tr(
        "${amount} per participant. Fee waivers for families who qualify for free or "
        "reduced-price school meals.",
        es="${amount} por participante. Exención de pago para familias que califican para "
        "comidas escolares gratis o a precio reducido.",
        vi="${amount} mỗi người. Miễn phí cho gia đình đủ điều kiện nhận bữa ăn miễn phí hoặc "
        "giảm giá ở trường.",
        zh="每人{amount}美元。符合免费或减价校餐资格的家庭可免除费用。",
        ar="{amount} دولارًا لكل مشارك. إعفاء من الرسوم للعائلات المؤهلة للوجبات المدرسية "
        "المجانية أو المخفّضة.",
    ),
    "sliding": tr(
        "Pay what fits your family, from $0 to ${amount}. No one is turned away.",
        es="Pague lo que su familia pueda, de $0 a ${amount}. No rechazamos a nadie.",
        vi="Trả theo khả năng của gia đình, từ $0 đến ${amount}. Không ai bị từ chối.",
        zh="按家庭能力付费，0至{amount}美元。不会拒绝任何人。",
        ar="ادفع ما يناسب أسرتك، من 0 إلى {amount} دولارًا. لا نرفض أحدًا.",
    ),
    "college_fees": tr(
        "About ${amount} in enrollment fees; the California College Promise Grant covers them "
        "for most students.",
        es="Unos ${amount} en cuotas de inscripción; la beca California College Promise las "
        "cubre para la mayoría de los estudiantes.",
        vi="Khoảng ${amount} phí ghi danh; trợ cấp California College Promise chi trả khoản "
        "này cho hầu hết sinh viên.",
        zh="注册费约{amount}美元；大多数学生可通过加州大学承诺助学金"
        "（California College Promise Grant）全额支付。",
        ar="نحو {amount} دولار رسوم تسجيل؛ وتغطيها منحة California College Promise لمعظم الطلاب.",
    ),
}

# Industry credentials by interest, for certificates and apprenticeships.
CREDENTIALS = {
    "robotics": tr("Mechatronics certificate", es="Certificado en mecatrónica"),
    "coding": tr(
        "Certificate of Achievement in Web Development", es="Certificado de logro en desarrollo web"
    ),
    "game-design": tr(
        "Certificate in Game Development", es="Certificado en desarrollo de videojuegos"
    ),
    "cybersecurity": tr(
        "CompTIA Security+ exam voucher", es="Cupón para el examen CompTIA Security+"
    ),
    "data-science": tr("Certificate in Data Analytics", es="Certificado en análisis de datos"),
    "artificial-intelligence": tr(
        "Certificate in Applied AI", es="Certificado en inteligencia artificial aplicada"
    ),
    "health-sciences": tr(
        "Certified Nursing Assistant (CNA) or Phlebotomy Technician",
        es="Asistente de enfermería certificado (CNA) o técnico en flebotomía",
    ),
    "biotechnology": tr(
        "Biotechnology Laboratory Assistant certificate",
        es="Certificado de asistente de laboratorio de biotecnología",
    ),
    "aerospace": tr(
        "FAA Part 107 drone pilot certificate", es="Certificado de piloto de drones FAA Part 107"
    ),
    "environmental-science": tr(
        "Environmental Technician certificate", es="Certificado de técnico ambiental"
    ),
    "clean-energy": tr("NABCEP PV Associate credential", es="Credencial NABCEP PV Associate"),
    "agriculture": tr(
        "Certificate in Agricultural Technology", es="Certificado en tecnología agrícola"
    ),
    "engineering": tr(
        "Certificate in Engineering Technology", es="Certificado en tecnología de ingeniería"
    ),
    "electronics": tr(
        "IPC J-STD-001 soldering certification", es="Certificación de soldadura IPC J-STD-001"
    ),
    "advanced-manufacturing": tr(
        "NIMS Machining Level I credential", es="Credencial NIMS de maquinado nivel I"
    ),
    "construction": tr(
        "OSHA-10 card and NCCER Core credential", es="Tarjeta OSHA-10 y credencial NCCER Core"
    ),
    "architecture": tr("Certificate in CAD Drafting", es="Certificado en dibujo CAD"),
    "water-science": tr(
        "California Water Treatment Operator (T1) certificate",
        es="Certificado de operador de tratamiento de agua de California (T1)",
    ),
    "animal-science": tr(
        "Veterinary Assistant certificate", es="Certificado de asistente veterinario"
    ),
    "transportation": tr(
        "Logistics certificate and forklift certification",
        es="Certificado en logística y certificación de montacargas",
    ),
    "automotive": tr("ASE Entry-Level certification", es="Certificación ASE de nivel inicial"),
    "digital-media": tr("Adobe Certified Professional", es="Adobe Certified Professional"),
    "teaching": tr("Para-educator certificate", es="Certificado de paraeducador"),
}
DUAL_CREDIT = tr(
    "3 college units that transfer to UC and CSU",
    es="3 unidades universitarias transferibles a la UC y la CSU",
    vi="3 tín chỉ đại học được chuyển tiếp sang UC và CSU",
    zh="3个可转入UC和CSU的大学学分",
    ar="3 وحدات جامعية قابلة للتحويل إلى جامعات UC وCSU",
)
APPRENTICESHIP_CREDENTIAL = tr(
    "State-registered apprenticeship; {credential}",
    es="Programa de aprendices registrado en el estado; {credential}",
)
INTERNSHIP_CREDENTIAL = tr(
    "Work-experience certificate and a letter of reference",
    es="Certificado de experiencia laboral y carta de recomendación",
    vi="Giấy chứng nhận kinh nghiệm làm việc và thư giới thiệu",
    zh="工作经验证明和推荐信",
    ar="شهادة خبرة عمل وخطاب توصية",
)

# The body of a program page: what it is like, and one question families ask.
BODY_HEADING = tr(
    "What you will do", es="Lo que harás", vi="Bạn sẽ làm gì", zh="你将做什么", ar="ماذا ستفعل"
)
FORMAT_SENTENCES = {
    "in_person": tr(
        "Sessions meet in person at the place listed below.",
        es="Las sesiones son presenciales en el lugar indicado abajo.",
    ),
    "online": tr(
        "Sessions are live online, and we mail a kit of materials to your home.",
        es="Las sesiones son en vivo en línea y le enviamos a casa un kit de materiales.",
    ),
    "hybrid": tr(
        "Most sessions are online; a few hands-on days meet in person.",
        es="La mayoría de las sesiones son en línea; algunos días prácticos son presenciales.",
    ),
}
QUESTIONS = {
    "device": (
        tr("Do I need my own laptop?", es="¿Necesito mi propia computadora?"),
        tr(
            "No. We lend a laptop for the whole program.",
            es="No. Le prestamos una computadora durante todo el programa.",
        ),
    ),
    "transportation": (
        tr("How do I get there?", es="¿Cómo llego?"),
        tr(
            "Ask for a free bus pass when you sign up; we also run a shuttle from partner schools.",
            es="Pida un pase de autobús gratis al inscribirse; también hay transporte desde "
            "escuelas asociadas.",
        ),
    ),
    "meals": (
        tr("Is food provided?", es="¿Se ofrece comida?"),
        tr(
            "Yes, a free snack or meal at every session.",
            es="Sí, un refrigerio o comida gratis en cada sesión.",
        ),
    ),
    "interpretation": (
        tr(
            "Can my family get help in our language?",
            es="¿Mi familia puede recibir ayuda en nuestro idioma?",
        ),
        tr(
            "Yes. Ask for an interpreter for any meeting or event; it is free.",
            es="Sí. Pida un intérprete para cualquier reunión o evento; es gratis.",
        ),
    ),
    "default": (
        tr("What if I have never done this before?", es="¿Y si nunca he hecho esto antes?"),
        tr(
            "That is who this program is for. No experience is needed.",
            es="Para eso es este programa. No se necesita experiencia.",
        ),
    ),
}
