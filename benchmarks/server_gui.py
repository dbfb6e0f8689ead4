"""A till on its own SQLite file beside a till on a PostgreSQL server, in the real app.

    uv run python benchmarks/server_gui.py [--db SHOP.sqlite3] [--samples 100]

What the cashier sees, on the same shop on both engines: the shop file (by default
``benchmarks/run.py``'s generated 100,000-member shop, made if missing) is copied, moved
to a throw-away PostgreSQL server with ``admin migrate-to`` (``store/pg/local_server``,
``fsync`` on), and the real app is started on each in turn (``run_gui.py``'s child,
offscreen), measuring:

* **scan → panel**: a card's digits at scanner speed, then Enter, to the end of the
  event-loop pass that painted the member panel for that member;
* **search as you type**: each letter of a name prefix to the results drawn;
* **checkout → panel**: an amount typed on an open member, then Enter, to the panel
  painted after the visit was written (the service's checkout, the bus's re-read of
  the member and the panel's drawing).

Prints p50 and p95 of each on both, and the server ÷ file ratio at p95 (the issue's
goal: a till on the server within 2× of a till on its own file). The loopback stands in
for the LAN; ``--lan-delay-ms 0.1`` sends the till's connection through
``benchmarks/lan_proxy.py``, which holds each chunk 0.1 ms each way, so a round trip
costs what it costs on a LAN (the script prints it).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.lan_proxy import LanProxy, round_trip_ms  # noqa: E402
from benchmarks.run import (  # noqa: E402
    DEFAULT_DB,
    ensure_db,
    name_prefixes,
    percentile,
    run_gui_child,
    sample_members,
    working_copy,
)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--samples", type=int, default=100, help="scans on each engine")
    parser.add_argument("--searches", type=int, default=20, help="prefixes typed on each")
    parser.add_argument("--checkouts", type=int, default=50, help="checkouts on each")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--key-delay", type=int, default=3, help="ms between scanner keys")
    parser.add_argument("--settle", type=float, default=1.0, help="s idle after start-up jobs")
    parser.add_argument("--timeout", type=float, default=900, help="s for one GUI process")
    parser.add_argument("--jobs-wait", type=float, default=300, help="s for start-up jobs")
    parser.add_argument(
        "--lan-delay-ms",
        type=float,
        default=0.0,
        help="hold each chunk this long each way between the till and the server "
        "(benchmarks/lan_proxy.py): 0.1 makes the loopback's round trip a LAN's",
    )
    return parser.parse_args(argv)


def migrate(work: Path, url: str) -> None:
    """``admin migrate-to``, as the owner runs it; stops the benchmark if it fails."""
    cmd = [sys.executable, "-m", "loyalty_pos", "admin", "--db", str(work), "migrate-to", url]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise SystemExit(f"migrate-to failed ({done.returncode}): {done.stderr[-800:]}")


def row(name: str, file_ms: list[float], server_ms: list[float]) -> str:
    f50, f95 = percentile(file_ms, 50), percentile(file_ms, 95)
    s50, s95 = percentile(server_ms, 50), percentile(server_ms, 95)
    return f"| {name} | {f50:.1f} | {f95:.1f} | {s50:.1f} | {s95:.1f} | {s95 / f95:.2f}× |"


def main(argv: list[str] | None = None) -> int:
    from loyalty_pos.store.pg import local_server
    from loyalty_pos.store.pg.connection import PgConnection

    args = parse_args(argv)
    ensure_db(args.db)
    rng = random.Random(args.seed)
    load = os.getloadavg()
    print(f"load before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; cores: {os.cpu_count()}")
    work = working_copy(args.db)
    scanned = sample_members(work, args.samples, rng)
    bought = sample_members(work, args.checkouts, rng, besides={m for m, _, _ in scanned})
    typed = name_prefixes([n for _, n, _ in scanned], rng, 1, 4)[: args.searches]
    plan = {
        "counted": [(m, c) for m, _, c in scanned],
        "prefixes": typed,
        "checkouts": [(m, c) for m, _, c in bought],
    }
    server = local_server.start(durable=True)
    results = {}
    try:
        admin = PgConnection(server.url())
        admin.raw.execute("CREATE DATABASE shop")
        admin.close()
        url = server.url("shop")
        print(f"moving {args.db.name} to the server (admin migrate-to)…", flush=True)
        migrate(work, url)
        till_url = url
        if args.lan_delay_ms:
            proxy = LanProxy(int(urlsplit(url).port or 5432), args.lan_delay_ms)
            till_url = url.replace(f":{urlsplit(url).port}/", f":{proxy.port}/")
        print(
            f"round trip (SELECT 1) till → server: {round_trip_ms(till_url):.3f} ms "
            f"(the loopback itself: {round_trip_ms(url):.3f} ms)",
            flush=True,
        )
        for name, target in (("file", work), ("server", till_url)):
            print(f"the app on the {name}: {len(scanned)} scans, {len(typed)} typed "
                  f"searches, {len(bought)} checkouts…", flush=True)  # fmt: skip
            with tempfile.TemporaryDirectory(prefix="loyalty-bench-") as state:
                args.state_dir = Path(state)
                os.environ["LOYALTY_POS_TILL"], os.environ["LOYALTY_POS_BRANCH"] = "bench", "main"
                results[name] = run_gui_child(target, plan, args)
            got = results[name]
            if got["missed"]:
                print(f"warning: {got['missed']} scans missed on the {name}: {got['why_missed']}")
            if got["checkouts_missed"]:
                print(
                    f"warning: {got['checkouts_missed']} checkouts missed on the {name}: "
                    f"{got['why_checkout_missed']}"
                )
    finally:
        server.remove()
    load = os.getloadavg()
    print(f"load after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")

    def ms(name: str, key: str) -> list[float]:
        value = results[name][key]
        if isinstance(value, dict):  # typed search: by letters typed
            value = [t for times in value.values() for t in times]
        return [t * 1000 for t in value]

    print("\n| in the real app | file p50 | file p95 | server p50 | server p95 | ratio p95 |")
    print("|---|---:|---:|---:|---:|---:|")
    print(row("scan → panel, ms", ms("file", "scans"), ms("server", "scans")))
    print(row("typed letter → results, ms", ms("file", "search"), ms("server", "search")))
    print(row("checkout → panel, ms", ms("file", "checkouts"), ms("server", "checkouts")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
