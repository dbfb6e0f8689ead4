"""The hash chains: every row the app writes is linked, in order, in its own transaction;
the database refuses rewriting a chained row; the migration links an old file's rows."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from loyalty_pos.domain import chain as pure
from loyalty_pos.services import Services, VisitLine
from loyalty_pos.store import chain
from loyalty_pos.store.database import connect, migrate, write_transaction
from loyalty_pos.store.schema_lots import NAME as BEFORE_LOTS_AND_CHAINS


def links(services: Services) -> list[tuple[str, str, int]]:
    return services.db.execute("SELECT till, tbl, row_id FROM chain ORDER BY seq").fetchall()


def recompute(services: Services) -> dict[str, str]:
    """Each till's head, recomputed from the rows alone in chain order."""
    prev: dict[str, str] = {}
    for till, tbl, row_id in links(services):
        cols = pure.CHAINED[tbl]
        row = services.db.execute(
            f"SELECT id, {', '.join(cols)} FROM {tbl} WHERE id = ?", [row_id]
        ).fetchone()
        prev[till] = pure.row_hash(prev.get(till, pure.GENESIS), tbl, row)
    return prev


def test_the_canonical_text_is_sorted_compact_json_without_nulls():
    text = pure.canonical("ledger", 7, {"note": None, "delta": -2, "account": "stämps"})
    assert text == '["ledger",7,{"account":"stämps","delta":-2}]'
    first = pure.link_hash(pure.GENESIS, "ledger", 7, {"delta": -2, "account": "stämps"})
    assert first == pure.link_hash(pure.GENESIS, "ledger", 7, {"account": "stämps", "delta": -2})
    assert first != pure.link_hash(pure.GENESIS, "ledger", 7, {"account": "stämps", "delta": -3})
    assert first != pure.link_hash("1" * 64, "ledger", 7, {"account": "stämps", "delta": -2})


def test_heads_round_trip_through_a_file_name():
    heads = [pure.Head("main", 41523, "1f3a9c2b7d4e5f60" + "0" * 48), pure.Head("b2", 7, "a" * 64)]
    text = pure.heads_text(heads)
    assert text == "b2.7.aaaaaaaaaaaaaaaa+main.41523.1f3a9c2b7d4e5f60"
    assert pure.heads_from_text(text) == [
        pure.Head("b2", 7, "a" * 16),
        pure.Head("main", 41523, "1f3a9c2b7d4e5f60"),
    ]
    assert pure.heads_from_text("auto") is None
    assert not pure.valid_till("main-2") and pure.valid_till("Till_2")


def test_a_visit_links_its_rows_in_the_order_written(services, coffee, member):
    before = len(links(services))
    services.visits.record(member.id, [VisitLine(coffee.id, items=2)], "r1")
    visit_id = services.db.execute("SELECT id FROM visits WHERE request_id = 'r1'").fetchone()[0]
    ledger_ids = [r[0] for r in services.db.execute("SELECT id FROM ledger ORDER BY id")]
    new = links(services)[before:]
    assert new == [("main", "visits", visit_id)] + [("main", "ledger", i) for i in ledger_ids]
    head = chain.heads(services.db)
    assert [h.hash for h in head] == [recompute(services)["main"]]
    assert services.maintenance.check().ok


def test_a_rolled_back_use_case_links_nothing(services, coffee, member):
    before = links(services)
    with pytest.raises(RuntimeError), write_transaction(services.db):
        services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "r1")
        raise RuntimeError("power cut")
    assert links(services) == before
    with write_transaction(services.db):  # a savepoint rolled back inside a commit
        with pytest.raises(RuntimeError), write_transaction(services.db):
            services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "r2")
            raise RuntimeError("refused")
        services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "r3")
    kept = services.db.execute("SELECT id FROM visits").fetchall()
    assert [r for r in links(services) if r[1] == "visits"] == [("main", "visits", kept[0][0])]
    assert services.maintenance.check().ok


def test_rows_written_outside_a_transaction_are_linked_by_the_next_one(services, member):
    """Test fixtures write visits in autocommit on the app's connection: the TEMP
    triggers note them, and the next write transaction links them first."""
    services.db.execute(
        "INSERT INTO visits (member_id, staff_id, created_at, amount, discount, charged) "
        "VALUES (?, 3, '2026-03-01T10:00:00.000000Z', 1000, 0, 1000)",
        [member.id],
    )
    visit_id = services.db.execute("SELECT MAX(id) FROM visits").fetchone()[0]
    assert ("main", "visits", visit_id) not in links(services)
    services.staff.add("Anna", "cashier")
    assert ("main", "visits", visit_id) in links(services)
    order = [r[1:] for r in links(services)]
    assert order.index(("visits", visit_id)) < order.index(("audit", order[-1][1]))
    assert services.maintenance.check().ok


def test_the_check_links_what_its_own_connection_wrote(services, member):
    services.db.execute(
        "INSERT INTO visits (member_id, staff_id, created_at) VALUES (?, 3, 'x')", [member.id]
    )
    assert services.maintenance.check().ok


def test_the_database_refuses_rewriting_a_chained_row(services, coffee, member, db_path):
    services.visits.record(member.id, [VisitLine(coffee.id, items=2)], "r1")
    row = services.db.execute("SELECT * FROM ledger ORDER BY id LIMIT 1").fetchone()
    visit = services.db.execute("SELECT id, request_id FROM visits").fetchone()
    with closing(sqlite3.connect(db_path)) as other:
        refused = [
            ("INSERT OR REPLACE INTO ledger VALUES (" + ",".join("?" * len(row)) + ")", row),
            ("UPDATE ledger SET delta = 5", ()),
            ("DELETE FROM ledger", ()),
            ("UPDATE visits SET amount = 1", ()),
            ("UPDATE visits SET staff_id = 2", ()),
            ("DELETE FROM visits", ()),
            (
                "INSERT OR REPLACE INTO visits (member_id, staff_id, created_at, request_id) "
                "VALUES (1, 3, 'x', ?)",
                (visit[1],),
            ),
            ("UPDATE chain SET hash = x'00'", ()),
            ("DELETE FROM chain", ()),
            ("UPDATE chain_heads SET seq = 1", ()),
            ("DELETE FROM audit", ()),
        ]
        for sql, params in refused:
            with pytest.raises(sqlite3.IntegrityError):
                other.execute(sql, params)
    assert services.maintenance.check().ok


def test_a_void_or_refund_is_never_undone_in_place(services, coffee, member, db_path):
    services.visits.record(member.id, [VisitLine(coffee.id, items=2)], "r1")
    visit_id = services.db.execute("SELECT id FROM visits").fetchone()[0]
    services.visits.void(visit_id, "wrong member")
    with closing(sqlite3.connect(db_path)) as other:
        for sql in (
            "UPDATE visits SET status = 'confirmed'",
            "UPDATE visits SET void_reason = 'other'",
            "UPDATE visits SET voided_by = 2",
        ):
            with pytest.raises(sqlite3.IntegrityError):
                other.execute(sql)


def test_the_migration_links_an_old_files_rows_the_same_way_every_time(tmp_path):
    hashes = []
    for name in ("a", "b"):
        db = connect(tmp_path / f"{name}.sqlite3")
        migrate(db, stop_before=BEFORE_LOTS_AND_CHAINS)
        old = Services.over(db)
        program = db.execute(
            "INSERT INTO programs (name, stamps_needed, reward_text, created_at) "
            "VALUES ('Coffee', 5, 'Free', '2026-01-01')"
        ).lastrowid
        db.execute(
            "INSERT INTO members (name, marketing_consent, created_at) VALUES ('Éva', 0, 'x')"
        )
        for i in range(3):
            db.execute(
                "INSERT INTO visits (id, member_id, staff_id, created_at, status, void_reason, "
                "voided_at, voided_by) VALUES (?, 1, 3, ?, ?, ?, ?, ?)",
                [
                    i + 1,
                    f"2026-01-0{i + 1}",
                    "voided" if i == 2 else "confirmed",
                    "mistake" if i == 2 else None,
                    "2026-01-04" if i == 2 else None,
                    2 if i == 2 else None,
                ],
            )
            db.execute(
                "INSERT INTO ledger (member_id, program_id, visit_id, account, kind, delta, "
                "staff_id, created_at) VALUES (1, ?, ?, 'stamps', 'earn', 1, 3, ?)",
                [program, i + 1, f"2026-01-0{i + 1}"],
            )
        db.execute(
            "INSERT INTO balances (member_id, program_id, account, value) VALUES (1, ?, "
            "'stamps', 3)",
            [program],
        )
        assert not chain.installed(db)
        migrate(db)
        assert chain.installed(db)
        linked = db.execute("SELECT tbl, COUNT(*) FROM chain GROUP BY tbl").fetchall()
        assert dict(linked)["visits"] == 3 and dict(linked)["ledger"] == 3
        void = db.execute("SELECT staff_id, detail FROM audit WHERE action = 'void'").fetchall()
        assert void == [(2, '{"reason":"mistake"}')]
        report = old.maintenance.check()
        assert report.ok, report.problems
        hashes.append(
            db.execute(
                "SELECT hash FROM chain WHERE tbl IN ('visits', 'ledger') ORDER BY seq"
            ).fetchall()
        )
        db.conn.close()
    assert hashes[0] == hashes[1]


def test_backup_names_carry_the_heads_and_rotation_still_counts_them(
    services, coffee, member, tmp_path
):
    from datetime import UTC, datetime, timedelta

    from loyalty_pos.services import backup_jobs
    from loyalty_pos.store import backups

    folder = tmp_path / "backups"
    folder.mkdir()
    old_names = [f"loyalty-2026030{d}-075800-000000-auto.sqlite3" for d in range(1, 7)]
    for name in old_names:  # daily backups from before the chains, named the old way
        (folder / name).write_bytes(b"")
    services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "r1")
    day = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)
    made = backup_jobs.daily_backup(services.db, folder, now=day)
    head = chain.heads(services.db)[0]
    assert made is not None and made.name.endswith(
        f"-main.{head.seq}.{head.hash[:16]}-auto.sqlite3.pack"
    )
    described = backups.describe(made)
    assert described.kind == "auto" and described.verified
    assert described.heads == (pure.Head("main", head.seq, head.hash[:16]),)
    later = day + timedelta(hours=3)
    assert backup_jobs.daily_backup(services.db, folder, now=later) is None  # one a day
    # the old, unchecked copies are not counted and go once a checked one exists
    assert not any((folder / name).exists() for name in old_names)
    for n in range(1, 9):
        services.visits.record(member.id, [VisitLine(coffee.id, items=1)], f"d{n}")
        backup_jobs.daily_backup(services.db, folder, now=day + timedelta(days=n))
    kept = [b for b in backups.backup_files(folder) if b.kind == "auto"]
    assert 7 <= len(kept) <= 8 and all(b.verified and b.heads for b in kept)
