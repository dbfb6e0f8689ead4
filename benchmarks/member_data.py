"""Members' data figures on a large shop: the consent migration, erase, merge, export.

Copies a generated shop (never modifies the source), then prints the CPU and wall
seconds of: opening it (migrations m012_consents, which carries the old flag over as two
rows per member, and m014_member_merge, which rebuilds the audit table), erasing one
member (``secure_delete``, merging the search index, truncating the WAL), merging two
members, exporting one member, a contact list of everyone on e-mail, and the consent
register's export.

    uv run python benchmarks/member_data.py --shop /work/bench/shop-20k-new.sqlite3
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from loyalty_pos.services import OWNER_STAFF, Services  # noqa: E402
from loyalty_pos.store.database import connect, migrate  # noqa: E402


def cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def timed(label: str, fn):
    wall, c0 = time.perf_counter(), cpu()
    out = fn()
    print(f"{label:<40} wall {time.perf_counter() - wall:7.2f} s   cpu {cpu() - c0:7.2f} s")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shop", type=Path, required=True, help="a generated shop (copied)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "shop.sqlite3"
        shutil.copyfile(args.shop, path)
        print(f"shop: {args.shop} ({args.shop.stat().st_size / 2**20:.0f} MiB)")
        db = connect(path)
        timed("migrations before m012 (not ours)", lambda: migrate(db, stop_before="m012_consents"))
        timed("migrations m012 + m014 alone", lambda: migrate(db))
        db.conn.close()
        s = timed("open (nothing left to migrate)", lambda: Services.open(
            path, staff_id=OWNER_STAFF, backup_dir=Path(tmp) / "backups"))  # fmt: skip
        members = s.db.execute("SELECT COUNT(*) FROM members").fetchone()[0]
        rows = s.db.execute("SELECT COUNT(*) FROM consents").fetchone()[0]
        print(f"members: {members}, consent rows after the migration: {rows}")
        busiest = s.db.execute(
            "SELECT member_id FROM visits GROUP BY member_id ORDER BY COUNT(*) DESC LIMIT 3"
        ).fetchall()
        a, b, c = (r[0] for r in busiest)
        timed("export one member (the busiest)", lambda: s.member_export.export(
            a, Path(tmp) / "member.json"))  # fmt: skip
        timed("erase one member", lambda: s.erase.erase(b, "benchmark"))
        timed("merge two members", lambda: s.merge.merge(a, c, "benchmark"))
        timed("contact list: everyone, e-mail", lambda: s.contact_lists.write(
            "email", "everyone", Path(tmp) / "list.csv"))  # fmt: skip
        timed("consent register export", lambda: s.consents.export(Path(tmp) / "reg.csv"))
        s.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
