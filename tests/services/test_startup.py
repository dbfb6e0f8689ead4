import sqlite3

from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.services import VisitLine
from loyalty_pos.services.startup import run_startup_jobs
from loyalty_pos.store import backups


def test_startup_jobs_back_up_and_expire(services, member, db_path, clock, tmp_path):
    p = services.programs.add(StampProgram(0, "Pastry", 8, "Croissant", expiry_days=7))
    services.visits.record(member.id, [VisitLine(p.id, items=3)], "a")
    clock.advance(days=8)
    report = run_startup_jobs(db_path, tmp_path / "bk", clock)
    assert report.ok, report
    assert report.expired_stamps == 3
    assert report.backup is not None and report.backup.exists()
    with backups.plain_file(report.backup) as plain:  # compressed now
        copy = sqlite3.connect(plain)
        assert copy.execute("SELECT COUNT(*) FROM members").fetchone() == (1,)
        copy.close()
    assert services.members.view(member.id).card_for("Pastry").stamps == 0


def test_startup_jobs_report_damage_and_skip_the_backup(
    services, member, coffee, db_path, tmp_path
):
    services.visits.record(member.id, [VisitLine(coffee.id, items=3)], "a")
    services.db.execute("UPDATE balances SET value = 7")
    report = run_startup_jobs(db_path, tmp_path / "bk", lambda: services.visits.clock())
    assert not report.ok and report.problems
    assert report.backup is None and not (tmp_path / "bk").exists()


def test_startup_jobs_never_raise_on_a_broken_file(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 200)
    report = run_startup_jobs(bad, tmp_path / "bk")
    assert report.error and not report.ok
