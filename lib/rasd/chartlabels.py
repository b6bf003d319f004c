"""The text of the Rasd charts in two languages: interface labels and coded values.

Every label is a pair (Arabic, English); :func:`label` and :func:`value_label` pick
one by ``label_lang``. :mod:`rasd.chartkit` re-exports these names.
"""

from __future__ import annotations

import pandas as pd

__all__ = [
    "LABELS",
    "LANGS",
    "OTHER",
    "UNKNOWN",
    "VALUE_LABELS",
    "directed",
    "display_values",
    "label",
    "qualified",
    "value_label",
]

LANGS = ("ar", "en")
OTHER = "__other__"
UNKNOWN = "__unknown__"
QUALIFIER_SIGNS = {"approx": "~", "at_least": "≥", "more_than": ">", "less_than": "<"}

# Interface text: key -> (Arabic, English).
LABELS: dict[str, tuple[str, str]] = {
    "no_data": ("لا توجد بيانات لعرضها", "No data to show"),
    "source": ("المصدر", "Source"),
    "articles": ("عدد المقالات", "articles"),
    "outlets": ("المنافذ", "outlets"),
    OTHER: ("أخرى", "other"),
    UNKNOWN: ("غير معروف", "unknown"),
    "tallies_title": ("الحصيلة التراكمية المعلنة للهجمات", "Reported running tallies of attacks"),
    "as_of_date": ("تاريخ الحصيلة", "Date of the tally (as of)"),
    "tally_axis": ("عدد الهجمات المعلن (تراكمي)", "Attacks reported (cumulative)"),
    "series": ("المصدر — النطاق", "Source — scope"),
    "unattributed": ("غير منسوب", "unattributed"),
    "events_by_type_title": ("الأحداث أسبوعياً حسب النوع", "Events per week by type"),
    "events_by_weapon_title": ("الأحداث أسبوعياً حسب السلاح", "Events per week by weapon"),
    "events_by_actor_title": ("الأحداث أسبوعياً حسب الجهة المنفذة", "Events per week by actor"),
    "week_axis": ("الأسبوع (بدءاً من يوم الاثنين)", "Week (starting Monday)"),
    "events_axis": ("عدد الأحداث", "Events"),
    "type": ("النوع", "Type"),
    "weapon": ("السلاح", "Weapon"),
    "actor": ("الجهة", "Actor"),
    "undated": ("أحداث بلا تاريخ يومي (غير معروضة)", "events without a day date (not shown)"),
    "claimed_title": ("الهجمات المُبلَّغ عنها مقابل الهجمات المتبنّاة",
                      "Attacks reported vs attacks claimed"),
    "reported": ("هجمات مُبلَّغ عنها", "Attacks reported"),
    "is_claimed": ("هجمات متبنّاة", "Attacks claimed"),
    "troops_title": ("أعداد القوات الأجنبية المعلنة", "Reported troop numbers"),
    "troops_axis": ("عدد الجنود", "Troops"),
    "range": ("المدى بين أدنى رقم وأعلاه", "Range (lowest–highest figure)"),
    "latest": ("أحدث رقم", "Latest figure"),
    "troops_note": ("بين القوسين: عدد المقالات", "in brackets: number of articles"),
    "statements_by_speaker_title": ("أكثر المتحدثين اقتباساً", "Most quoted speakers"),
    "statements_by_affiliation_title": ("التصريحات حسب الجهة", "Statements by affiliation"),
    "statements_axis": ("عدد التصريحات", "Statements"),
    "named_title": ("المصادر المسمّاة مقابل المجهّلة", "Named vs anonymous sources"),
    "share_axis": ("النسبة من التصريحات (%)", "Share of statements (%)"),
    "all_outlets": ("جميع المنافذ", "All outlets"),
    "statements_time_title": ("التصريحات أسبوعياً حسب نوع المتحدث",
                              "Statements per week by speaker type"),
    "map_title": ("الأماكن المذكورة في المقالات", "Places mentioned in the articles"),
    "lon_axis": ("خط الطول (درجة شرقاً)", "Longitude (°E)"),
    "lat_axis": ("خط العرض (درجة شمالاً)", "Latitude (°N)"),
    "bases": ("قواعد", "Bases"),
    "event_places": ("أماكن أحداث", "Event places"),
    "places": ("أماكن أخرى مذكورة", "Other places mentioned"),
    "places_count": ("عدد الأماكن", "places"),
    "outside": ("خارج الخريطة", "outside the map"),
    "borders": ("الحدود: Natural Earth", "Borders: Natural Earth"),
}

# Names of the coded values of the tables: column -> value -> (Arabic, English).
VALUE_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "type": {
        "attack": ("هجوم", "Attack"), "us_strike": ("ضربة أمريكية", "US strike"),
        "interception": ("اعتراض", "Interception"), "claim": ("إعلان تبنٍّ", "Claim"),
        "threat": ("تهديد", "Threat"), "visit": ("زيارة", "Visit"), "other": ("أخرى", "Other"),
    },
    "weapon": {
        "drone": ("طائرة مسيّرة", "Drone"), "rocket": ("صواريخ", "Rockets"),
        "missile": ("صواريخ موجّهة", "Missiles"), "mortar": ("قذائف هاون", "Mortars"),
        "air": ("غارات جوية", "Air strikes"), "ied": ("عبوة ناسفة", "IED"),
        "artillery": ("مدفعية", "Artillery"), "gunfire": ("إطلاق نار", "Gunfire"),
    },
    "scope": {
        "Iraq": ("العراق", "Iraq"), "Syria": ("سوريا", "Syria"),
        "Iraq+Syria": ("العراق وسوريا", "Iraq and Syria"), "Jordan": ("الأردن", "Jordan"),
        "region": ("المنطقة", "region"), "": ("نطاق غير محدد", "scope not given"),
    },
    "force": {
        "US": ("القوات الأمريكية", "US forces"), "coalition": ("التحالف الدولي", "Coalition"),
        "Turkish": ("القوات التركية", "Turkish forces"), "Russian": ("القوات الروسية", "Russian forces"),
        "Iranian": ("القوات الإيرانية", "Iranian forces"), "French": ("القوات الفرنسية", "French forces"),
        "British": ("القوات البريطانية", "British forces"), "NATO": ("حلف الناتو", "NATO"),
    },
    "country": {
        "Iraq": ("العراق", "Iraq"), "Syria": ("سوريا", "Syria"), "Jordan": ("الأردن", "Jordan"),
        "Kuwait": ("الكويت", "Kuwait"), "Turkey": ("تركيا", "Turkey"), "Iran": ("إيران", "Iran"),
        "Saudi Arabia": ("السعودية", "Saudi Arabia"), "Qatar": ("قطر", "Qatar"),
        "Bahrain": ("البحرين", "Bahrain"), "UAE": ("الإمارات", "UAE"),
        "Israel": ("إسرائيل", "Israel"), "Lebanon": ("لبنان", "Lebanon"),
    },
    "speaker_type": {
        "person": ("أشخاص مسمَّون", "Named persons"),
        "organization": ("جهات ومؤسسات", "Organisations"),
        "anonymous": ("مصادر مجهَّلة", "Anonymous sources"),
    },
}
LABELS.update(VALUE_LABELS["speaker_type"])



def label(key: str, label_lang: str) -> str:
    """Interface text ``key`` in ``label_lang``.

    Raises:
        ValueError: When ``label_lang`` is neither ``"ar"`` nor ``"en"``.
    """
    if label_lang not in LANGS:
        raise ValueError(f"label_lang must be 'ar' or 'en', not {label_lang!r}")
    return LABELS[key][LANGS.index(label_lang)]


def value_label(value: str, column: str, label_lang: str) -> str:
    """Name of a coded table value in ``label_lang``; unknown codes are returned as given."""
    vocab = VALUE_LABELS.get(column, {})
    if value in vocab:
        return vocab[value][LANGS.index(label_lang)]
    if value == "":
        return label(UNKNOWN, label_lang)
    if column == "scope" and value.startswith("base:"):
        return f"{'قاعدة' if label_lang == 'ar' else 'base'} {value[5:]}"
    if column == "weapon" and "+" in value:
        return " + ".join(value_label(part.strip(), column, label_lang) for part in value.split("+"))
    return value


def display_values(
    values: pd.Series, column: str, label_lang: str, english: pd.Series | None = None
) -> pd.Series:
    """Names to show for a column: coded values translated, free text as given.

    Args:
        values: The column.
        column: Its name (selects the vocabulary of coded values).
        label_lang: ``"ar"`` or ``"en"``.
        english: An optional ``<column>_en`` column, preferred when ``label_lang="en"``.
    """
    vals = values.astype("string").fillna("").str.strip()
    if label_lang == "en" and english is not None:
        eng = english.astype("string").fillna("").str.strip()
        vals = eng.where(eng != "", vals)
    return vals.map(lambda v: value_label(str(v), column, label_lang)).astype(object)


def qualified(count: int, qualifier: str | None) -> str:
    """A figure with its qualifier sign: ``~2500``, ``≥150``, ``92``."""
    return f"{QUALIFIER_SIGNS.get(qualifier or '', '')}{count}"


def directed(text: str, label_lang: str) -> str:
    """Prefix a mark fixing the text's base direction (RLM in Arabic, LRM in English).

    Matplotlib takes a line's direction from its first strong letter, so an English
    label starting with an Arabic name would otherwise be laid out right-to-left.
    """
    return ("\u200f" if label_lang == "ar" else "\u200e") + text
