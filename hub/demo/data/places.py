"""The demo region: the Sacramento metro area. Real cities, ZIP codes, streets and transit;
the venues and their house numbers are made up.

ZIP centroids are from the `zipcodes` package's data (US Census ZCTA centroids); each place is
jittered a little around its ZIP's centroid, so every coordinate stays inside METRO_BOUNDS."""

from hub.regions.sacramento import ZIPS  # noqa: F401 - the region's ZIP codes, used by the builder

from ..i18n import tr

# (south, west, north, east): every demo coordinate falls inside this box.
METRO_BOUNDS = (38.33, -121.85, 38.85, -121.05)

# How far (in degrees) a place may sit from its ZIP centroid.
JITTER = 0.008


# Real streets of each city (a venue's house number is made up).
STREETS = {
    "Sacramento": [
        "J Street",
        "K Street",
        "Broadway",
        "Stockton Boulevard",
        "Franklin Boulevard",
        "Florin Road",
        "Fruitridge Road",
        "Folsom Boulevard",
        "Freeport Boulevard",
        "Del Paso Boulevard",
        "Northgate Boulevard",
        "Marysville Boulevard",
        "Power Inn Road",
        "65th Street",
        "Mack Road",
        "Meadowview Road",
        "Truxel Road",
        "El Camino Avenue",
        "Arden Way",
        "Fair Oaks Boulevard",
        "Watt Avenue",
        "Howe Avenue",
        "Riverside Boulevard",
        "Land Park Drive",
        "14th Avenue",
        "Elder Creek Road",
        "Bradshaw Road",
        "Natomas Boulevard",
        "Norwood Avenue",
        "Raley Boulevard",
        "San Juan Road",
        "Gateway Oaks Drive",
    ],
    "Elk Grove": [
        "Elk Grove Boulevard",
        "Laguna Boulevard",
        "Bruceville Road",
        "Franklin Boulevard",
        "Big Horn Boulevard",
        "Bond Road",
        "Elk Grove Florin Road",
        "Waterman Road",
        "Calvine Road",
        "Sheldon Road",
    ],
    "Rancho Cordova": [
        "Folsom Boulevard",
        "Zinfandel Drive",
        "Sunrise Boulevard",
        "Mather Field Road",
        "Coloma Road",
        "International Drive",
        "White Rock Road",
    ],
    "Citrus Heights": [
        "Sunrise Boulevard",
        "Greenback Lane",
        "Antelope Road",
        "Auburn Boulevard",
        "Sylvan Road",
        "Old Auburn Road",
    ],
    "Folsom": [
        "East Bidwell Street",
        "Sutter Street",
        "Riley Street",
        "Iron Point Road",
        "Blue Ravine Road",
        "Natoma Street",
    ],
    "West Sacramento": [
        "West Capitol Avenue",
        "Jefferson Boulevard",
        "Sacramento Avenue",
        "Harbor Boulevard",
        "Industrial Boulevard",
        "Lake Washington Boulevard",
    ],
    "Davis": [
        "Russell Boulevard",
        "F Street",
        "Covell Boulevard",
        "5th Street",
        "Anderson Road",
        "Pole Line Road",
        "Mace Boulevard",
    ],
    "Roseville": [
        "Douglas Boulevard",
        "Vernon Street",
        "Foothills Boulevard",
        "Pleasant Grove Boulevard",
        "Cirby Way",
    ],
    "Antelope": ["Antelope Road", "Elverta Road", "Walerga Road"],
    "Carmichael": ["Fair Oaks Boulevard", "Marconi Avenue", "Manzanita Avenue"],
    "Fair Oaks": ["Sunrise Boulevard", "Madison Avenue", "Winding Way"],
    "Orangevale": ["Greenback Lane", "Hazel Avenue", "Main Avenue"],
    "North Highlands": ["Watt Avenue", "Elkhorn Boulevard", "Freedom Park Drive"],
    "Rio Linda": ["Rio Linda Boulevard", "M Street", "Elkhorn Boulevard"],
    "Mather": ["Mather Boulevard", "Macready Avenue"],
}

# Nearest SacRT light-rail station for ZIPs on a line: (station, line).
LIGHT_RAIL = {
    "95811": ("8th & K", "Blue and Gold"),
    "95814": ("Cathedral Square", "Blue and Gold"),
    "95815": ("Royal Oaks", "Blue"),
    "95816": ("29th Street", "Gold"),
    "95817": ("Broadway", "Blue"),
    "95818": ("Broadway", "Blue"),
    "95819": ("59th Street", "Gold"),
    "95820": ("Fruitridge", "Blue"),
    "95821": ("Marconi/Arcade", "Blue"),
    "95822": ("Meadowview", "Blue"),
    "95823": ("Center Parkway", "Blue"),
    "95824": ("47th Avenue", "Blue"),
    "95826": ("College Greens", "Gold"),
    "95827": ("Butterfield", "Gold"),
    "95832": ("Meadowview", "Blue"),
    "95833": ("7th & Richards/Township 9", "Green"),
    "95670": ("Zinfandel", "Gold"),
    "95742": ("Sunrise", "Gold"),
    "95630": ("Historic Folsom", "Gold"),
    "95655": ("Mather Field/Mills", "Gold"),
}

# Local bus operators by city (SacRT covers the county; Yolo and Placer have their own).
BUS_OPERATORS = {
    "Davis": ("Unitrans", ["A", "B", "G", "J", "P", "Q"]),
    "West Sacramento": ("Yolobus", ["40", "41", "42A", "42B", "240"]),
    "Roseville": ("Roseville Transit", ["A", "B", "C", "D", "M"]),
    "Elk Grove": ("SacRT e-tran", ["110", "112", "114", "116", "162", "170"]),
    "Folsom": ("SacRT", ["10", "20", "30"]),
}
SACRT_ROUTES = [
    "1",
    "11",
    "13",
    "15",
    "19",
    "21",
    "23",
    "25",
    "26",
    "30",
    "38",
    "51",
    "56",
    "61",
    "62",
    "67",
    "68",
    "72",
    "74",
    "75",
    "80",
    "81",
    "82",
    "84",
    "86",
    "87",
    "88",
]

TRANSIT_WITH_RAIL = tr(
    "{operator} bus route {route} stops {minutes} minutes' walk away; the {station} light-rail "
    "station ({line} line) is close by.",
    es="La ruta de autobús {route} de {operator} para a {minutes} minutos a pie; la estación de "
    "tren ligero {station} (línea {line}) está cerca.",
    vi="Tuyến xe buýt {route} của {operator} dừng cách {minutes} phút đi bộ; ga tàu điện nhẹ "
    "{station} (tuyến {line}) ở gần đó.",
    zh="{operator}公交{route}路车站步行{minutes}分钟可到；附近有{station}轻轨站（{line}线）。",
    ar="يتوقف خط الحافلات {route} التابع لـ{operator} على بُعد {minutes} دقائق سيرًا؛ ومحطة "
    "القطار الخفيف {station} (خط {line}) قريبة.",
)
TRANSIT_BUS_ONLY = tr(
    "{operator} bus route {route} stops {minutes} minutes' walk away. Free parking on site.",
    es="La ruta de autobús {route} de {operator} para a {minutes} minutos a pie. "
    "Estacionamiento gratis en el lugar.",
    vi="Tuyến xe buýt {route} của {operator} dừng cách {minutes} phút đi bộ. "
    "Có chỗ đậu xe miễn phí.",
    zh="{operator}公交{route}路车站步行{minutes}分钟可到。现场免费停车。",
    ar="يتوقف خط الحافلات {route} التابع لـ{operator} على بُعد {minutes} دقائق سيرًا. "
    "موقف سيارات مجاني في المكان.",
)

ACCESSIBILITY_NOTES = [
    tr(
        "Step-free entrance from the street; accessible restrooms; elevator to every floor.",
        es="Entrada sin escalones desde la calle; baños accesibles; elevador a todos los pisos.",
        vi="Lối vào không bậc thang từ đường phố; nhà vệ sinh cho người khuyết tật; "
        "thang máy lên mọi tầng.",
        zh="临街无台阶入口；无障碍卫生间；电梯可到达各层。",
        ar="مدخل بلا درجات من الشارع؛ دورات مياه مهيأة؛ مصعد إلى جميع الطوابق.",
    ),
    tr(
        "Ramp at the side entrance; accessible parking in front; a quiet room on request.",
        es="Rampa en la entrada lateral; estacionamiento accesible al frente; sala tranquila "
        "a pedido.",
        vi="Có dốc ở lối vào bên hông; chỗ đậu xe cho người khuyết tật phía trước; "
        "phòng yên tĩnh khi có yêu cầu.",
        zh="侧门有坡道；正门前有无障碍停车位；可应要求提供安静房间。",
        ar="منحدر عند المدخل الجانبي؛ مواقف مهيأة في الأمام؛ غرفة هادئة عند الطلب.",
    ),
    tr(
        "All classrooms on the ground floor; hearing loop in the main hall; service animals "
        "welcome.",
        es="Todas las aulas en la planta baja; bucle magnético en el salón principal; "
        "se admiten animales de servicio.",
        vi="Tất cả lớp học ở tầng trệt; hệ thống vòng từ hỗ trợ nghe ở hội trường chính; "
        "chào đón động vật trợ giúp.",
        zh="所有教室都在一楼；主厅配有助听环路；欢迎服务犬。",
        ar="جميع الفصول في الطابق الأرضي؛ حلقة سمعية في القاعة الرئيسية؛ يُرحَّب بحيوانات الخدمة.",
    ),
    tr(
        "Wheelchair-accessible lab benches and restrooms; lift to the mezzanine.",
        es="Mesas de laboratorio y baños accesibles en silla de ruedas; plataforma elevadora "
        "al entrepiso.",
    ),
    tr(
        "Accessible entrance on the parking-lot side; large-print materials available.",
        es="Entrada accesible del lado del estacionamiento; materiales en letra grande "
        "disponibles.",
        vi="Lối vào cho người khuyết tật ở phía bãi đậu xe; có tài liệu in chữ lớn.",
    ),
]

HOURS = [
    tr(
        "Mon–Thu 10 am–8 pm; Fri–Sat 10 am–5 pm; closed Sunday",
        es="lun–jue 10 am–8 pm; vie–sáb 10 am–5 pm; cerrado el domingo",
        vi="Thứ Hai–Thứ Năm 10 giờ sáng–8 giờ tối; Thứ Sáu–Thứ Bảy 10 giờ sáng–5 giờ chiều; "
        "đóng cửa Chủ Nhật",
        zh="周一至周四 上午10点至晚上8点；周五至周六 上午10点至下午5点；周日休息",
        ar="الاثنين–الخميس 10 ص–8 م؛ الجمعة–السبت 10 ص–5 م؛ مغلق يوم الأحد",
    ),
    tr(
        "Mon–Fri 8 am–5 pm",
        es="lun–vie 8 am–5 pm",
        vi="Thứ Hai–Thứ Sáu 8 giờ sáng–5 giờ chiều",
        zh="周一至周五 上午8点至下午5点",
        ar="الاثنين–الجمعة 8 ص–5 م",
    ),
    tr(
        "Mon–Fri 2–7 pm; Sat 9 am–1 pm",
        es="lun–vie 2–7 pm; sáb 9 am–1 pm",
        vi="Thứ Hai–Thứ Sáu 2–7 giờ chiều; Thứ Bảy 9 giờ sáng–1 giờ chiều",
        zh="周一至周五 下午2点至7点；周六 上午9点至下午1点",
        ar="الاثنين–الجمعة 2–7 م؛ السبت 9 ص–1 م",
    ),
    tr(
        "Mon–Thu 7:30 am–9 pm; Fri 7:30 am–4 pm (campus)",
        es="lun–jue 7:30 am–9 pm; vie 7:30 am–4 pm (campus)",
        vi="Thứ Hai–Thứ Năm 7:30 sáng–9 giờ tối; Thứ Sáu 7:30 sáng–4 giờ chiều (khuôn viên)",
        zh="周一至周四 上午7:30至晚上9点；周五 上午7:30至下午4点（校园）",
        ar="الاثنين–الخميس 7:30 ص–9 م؛ الجمعة 7:30 ص–4 م (الحرم الجامعي)",
    ),
    tr(
        "Tue–Sat 10 am–6 pm",
        es="mar–sáb 10 am–6 pm",
        vi="Thứ Ba–Thứ Bảy 10 giờ sáng–6 giờ chiều",
        zh="周二至周六 上午10点至下午6点",
        ar="الثلاثاء–السبت 10 ص–6 م",
    ),
]

# Community venues every region has: (name pattern, how many). {area} is a neighborhood or city.
VENUE_PATTERNS = [
    ("{area} Library", 8),
    ("{area} Community Center", 7),
    ("{area} Elementary School", 5),
    ("{area} Middle School", 4),
    ("{area} High School", 5),
    ("{area} Park Recreation Hall", 3),
]
