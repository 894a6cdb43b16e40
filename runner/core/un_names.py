"""Where the United Nations' name for a Member State or an observer differs from CLDR's short one
(CLDR: "Vatican City", "Russia"; the UN: "Holy See", "Russian Federation"), the UN's, in its six
languages, as its country names list (UNTERM) writes them: the name a chair reads out and a
summary record prints. Every other code is named from CLDR."""

from __future__ import annotations

# code -> (ar, en, es, fr, ru, zh)
_NAMES: dict[str, tuple[str, str, str, str, str, str]] = {
    "BO": (
        "بوليفيا (دولة - المتعددة القوميات)",
        "Bolivia (Plurinational State of)",
        "Bolivia (Estado Plurinacional de)",
        "Bolivie (État plurinational de)",
        "Боливия (Многонациональное Государство)",
        "多民族玻利维亚国",
    ),
    "CD": (
        "جمهورية الكونغو الديمقراطية",
        "Democratic Republic of the Congo",
        "República Democrática del Congo",
        "République démocratique du Congo",
        "Демократическая Республика Конго",
        "刚果民主共和国",
    ),
    "GB": (
        "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
        "United Kingdom of Great Britain and Northern Ireland",
        "Reino Unido de Gran Bretaña e Irlanda del Norte",
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
        "Соединенное Королевство Великобритании и Северной Ирландии",
        "大不列颠及北爱尔兰联合王国",
    ),
    "IR": (
        "إيران (جمهورية - الإسلامية)",
        "Iran (Islamic Republic of)",
        "Irán (República Islámica del)",
        "Iran (République islamique d')",
        "Иран (Исламская Республика)",
        "伊朗伊斯兰共和国",
    ),
    "KP": (
        "جمهورية كوريا الشعبية الديمقراطية",
        "Democratic People's Republic of Korea",
        "República Popular Democrática de Corea",
        "République populaire démocratique de Corée",
        "Корейская Народно-Демократическая Республика",
        "朝鲜民主主义人民共和国",
    ),
    "KR": (
        "جمهورية كوريا",
        "Republic of Korea",
        "República de Corea",
        "République de Corée",
        "Республика Корея",
        "大韩民国",
    ),
    "LA": (
        "جمهورية لاو الديمقراطية الشعبية",
        "Lao People's Democratic Republic",
        "República Democrática Popular Lao",
        "République démocratique populaire lao",
        "Лаосская Народно-Демократическая Республика",
        "老挝人民民主共和国",
    ),
    "MD": (
        "جمهورية مولدوفا",
        "Republic of Moldova",
        "República de Moldova",
        "République de Moldova",
        "Республика Молдова",
        "摩尔多瓦共和国",
    ),
    "PS": (
        "دولة فلسطين",
        "State of Palestine",
        "Estado de Palestina",
        "État de Palestine",
        "Государство Палестина",
        "巴勒斯坦国",
    ),
    "RU": (
        "الاتحاد الروسي",
        "Russian Federation",
        "Federación de Rusia",
        "Fédération de Russie",
        "Российская Федерация",
        "俄罗斯联邦",
    ),
    "SY": (
        "الجمهورية العربية السورية",
        "Syrian Arab Republic",
        "República Árabe Siria",
        "République arabe syrienne",
        "Сирийская Арабская Республика",
        "阿拉伯叙利亚共和国",
    ),
    "TZ": (
        "جمهورية تنزانيا المتحدة",
        "United Republic of Tanzania",
        "República Unida de Tanzanía",
        "République-Unie de Tanzanie",
        "Объединенная Республика Танзания",
        "坦桑尼亚联合共和国",
    ),
    "US": (
        "الولايات المتحدة الأمريكية",
        "United States of America",
        "Estados Unidos de América",
        "États-Unis d'Amérique",
        "Соединенные Штаты Америки",
        "美利坚合众国",
    ),
    "VA": ("الكرسي الرسولي", "Holy See", "Santa Sede", "Saint-Siège", "Святейший Престол", "教廷"),
    "VE": (
        "فنزويلا (جمهورية - البوليفارية)",
        "Venezuela (Bolivarian Republic of)",
        "Venezuela (República Bolivariana de)",
        "Venezuela (République bolivarienne du)",
        "Венесуэла (Боливарианская Республика)",
        "委内瑞拉玻利瓦尔共和国",
    ),
    "VN": ("فييت نام", "Viet Nam", "Viet Nam", "Viet Nam", "Вьетнам", "越南"),
}
_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


def un_name(code: str, language: str) -> str | None:
    """The UN's name for `code` (alpha-2) in `language` (one of its six), or None where CLDR's is it."""
    names = _NAMES.get(code)
    base = language.split("_")[0].split("-")[0]
    if names is None or base not in _LANGUAGES:
        return None
    return names[_LANGUAGES.index(base)]


def un_names(code: str) -> tuple[str, ...]:
    """Every name the UN gives `code` in its six languages (none where CLDR's is it)."""
    return _NAMES.get(code, ())
