"""The search index's prefix lists of 5 and 6 characters (m016): a shop made before it
finds exactly the same members after it, and every prefix length finds what a plain
scan of the members' words finds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.textsearch import search_terms, tokens
from loyalty_pos.store.database import connect, migrate
from loyalty_pos.store.member_search import candidates, prefix_query

SURNAMES = ["Kovács", "Kovacsics", "Nguyễn", "Nguyen-Hoa", "Ødegård", "Huỳnh", "Szabó", "Hoàng"]
GIVEN = ["Éva", "Văn Minh", "Kari", "Anh", "Bence", "Zsófia", "Thu", "Ola"]


def fill(db, names: list[str]) -> None:
    for i, name in enumerate(names, start=1):
        db.execute(
            "INSERT INTO members (id, name, marketing_consent, created_at) "
            "VALUES (?, ?, 0, '2026-01-01')",
            [i, name],
        )
        db.execute(
            "INSERT INTO members_fts (rowid, terms) VALUES (?, ?)",
            [i, search_terms(name, None, None, None)],
        )


def found(db, typed: str) -> list[int]:
    match = prefix_query(tokens(typed))
    return sorted(r["id"] for r in candidates(db, match, 10_000)) if match else []


def expected(names: list[str], typed: str) -> list[int]:
    words = tokens(typed)
    return [
        i
        for i, name in enumerate(names, start=1)
        if all(any(t.startswith(w) for t in tokens(name)) for w in words)
    ]


names_strategy = st.lists(
    st.builds(lambda g, s: f"{g} {s}", st.sampled_from(GIVEN), st.sampled_from(SURNAMES)),
    min_size=1,
    max_size=40,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=names_strategy, pick=st.integers(0, 1000), length=st.integers(1, 9))
def test_a_shop_from_before_m016_finds_the_same_members_after_it(names, pick, length):
    db = connect(":memory:")
    migrate(db, stop_before="m016_search_prefixes")
    assert "prefix = '2 3 4'" in index_sql(db)
    fill(db, names)
    words = tokens(names[pick % len(names)])
    typed = " ".join(w[:length] for w in words[:2])
    before = found(db, typed)
    migrate(db)
    assert "prefix = '2 3 4 5 6'" in index_sql(db)
    assert found(db, typed) == before == expected(names, typed)
    db.conn.close()


def test_every_prefix_length_finds_what_the_words_say():
    db = connect(":memory:")
    migrate(db)
    names = [f"{g} {s}" for g in GIVEN for s in SURNAMES]
    fill(db, names)
    for typed in ("k", "ko", "kov", "kova", "kovac", "kovacs", "kovacsi", "ngu yen", "odeg"):
        assert found(db, typed) == expected(names, typed), typed
    db.conn.close()


def index_sql(db) -> str:
    return db.execute("SELECT sql FROM sqlite_master WHERE name = 'members_fts'").fetchone()[0]
