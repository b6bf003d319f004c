"""Consolidation of repeated facts across articles."""

from rasd.consolidate import consolidate_attack_counts, consolidate_events
from rasd.tables import make_frame


def _count(article_id, count, unit="attack", scope="Iraq+Syria", source="Pentagon", start=0):
    return {"article_id": article_id, "count": count, "unit": unit, "scope": scope, "source": source,
            "sentence": "s", "start": start, "end": start + 5}


def test_same_figure_from_three_articles_is_one_row():
    frame = make_frame("attack_counts", [_count("a", 92), _count("c", 92), _count("b", 92), _count("a", 66, start=50)])
    out = consolidate_attack_counts(frame)
    assert list(out["count"]) == [92, 66]
    assert list(out["n_articles"]) == [3, 1]
    assert out.loc[0, "articles"] == "a;b;c"


def test_different_source_or_scope_stays_apart():
    frame = make_frame("attack_counts", [_count("a", 92), _count("b", 92, source="Kataib Hezbollah"),
                                         _count("c", 92, scope="Iraq")])
    assert len(consolidate_attack_counts(frame)) == 3


def test_events_group_on_type_place_and_day():
    rows = [
        {"article_id": "a", "type": "attack", "place": "التنف", "date": "2024-01-28", "start": 1},
        {"article_id": "b", "type": "attack", "place": "التنف", "date": "2024-01-28", "start": 9},
        {"article_id": "b", "type": "attack", "place": "التنف", "date": "2024-01-29", "start": 20},
    ]
    out = consolidate_events(make_frame("events", rows))
    assert list(out["n_articles"]) == [2, 1]
    assert list(out["date"]) == ["2024-01-28", "2024-01-29"]


def test_empty_table_gives_empty_result_with_the_new_columns():
    out = consolidate_events(make_frame("events", []))
    assert out.empty and {"articles", "n_articles"} <= set(out.columns)
