"""Bullet lines after a body line ending with a colon are the list it announces (rasd.list_items)."""

from rasd.structure import analyse_text


def _kinds(text):
    return [p.kind for p in analyse_text(text).paragraphs]


def test_items_after_colon_are_body():
    text = "قصف على قواعد في سوريا\nوأحصى المرصد 30 هجوما، توزعت على النحو التالي:\n— 11 على قاعدة التنف\n— 8 على قاعدة الشدادي"
    assert _kinds(text) == ["headline", "body", "body", "body"]


def test_bullets_without_colon_stay_furniture():
    text = "قصف على قواعد في سوريا\nوأحصى المرصد 30 هجوما على القواعد.\n— اقرأ أيضا قصف جديد\n— مقالات ذات صلة"
    assert _kinds(text)[2:] == ["boilerplate", "boilerplate"]


def test_list_ends_at_first_plain_line():
    text = "قصف على قواعد في سوريا\nوتوزعت الهجمات التي رصدها المرصد على القواعد الأمريكية كما يلي:\n— 11 على قاعدة التنف\nروابط\n— مقالات ذات صلة"
    assert _kinds(text)[2] == "body" and _kinds(text)[4] == "boilerplate"
