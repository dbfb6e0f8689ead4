"""Measure the counter on a big shop as the cashier sees it: scan, search, commit, start-up.

    uv run python benchmarks/run.py --db benchmarks/data/shop-100k.sqlite3

The database is generated first if missing (``generate.py`` defaults). The benchmarks
run on a fresh working copy (``benchmarks/data/work/``, with a fresh, empty backup
folder) because commits and the start-up jobs write; the generated file stays as it
was, so runs are comparable.

What is measured, and from where (``run_gui.py`` is the GUI side):

* **scan → panel drawn**: in a GUI process started like ``loyalty-pos --db``,
  offscreen: the 13 digits are typed with ``QTest.keyClicks`` at scanner speed
  (``--key-delay`` ms apart) into whatever widget has the focus, then Enter. Time from
  just before the Enter key event to the end of the event-loop pass that painted the
  member panel for that member. The time to ``MainWindow.member_shown`` (before layout
  and painting) is printed beside it, and the GUI thread's CPU time over the scan
  (``time.thread_time``: it grows far less with other processes' load than the
  wall-clock time does). The counted scans run once the window's
  start-up jobs are done, plus ``--settle`` seconds, on members never opened before in
  that process; scans made while the jobs still run use other members and are
  reported apart.
* **search as you type**: in the same window, the letters of ``--searches`` name
  prefixes typed one by one into the search box at a person's pace; each letter from
  just before its key event to the end of the pass that painted the results list
  after the box held the letter (first letters, second letters and later apart).
* **name search service**: ``services.members.search(prefix)`` for random 3-6 letter
  prefixes of folded member names, in this process.
* **checkout commit**: ``services.checkout.confirm`` for one coffee on a random member,
  durable (``synchronous=FULL``), including the member view it returns; beside it, in
  the same run and interleaved with it, the **bare baseline**: one ``INSERT`` and
  ``COMMIT`` with plain ``sqlite3`` into a small file beside the shop (WAL,
  ``synchronous=FULL``): what the disk and SQLite cost without the app.
* **start-up**: a fresh interpreter runs ``loyalty_pos.app.main(["--db", ...])``; time
  from just before the process is spawned (interpreter start and imports count) to
  the main window's first paint event; on an empty shop and on the big one
  alternately, median of ``--startup-runs`` each.
* **memory**: max RSS (``getrusage``) of the GUI process after start-up, scans, search.

Nothing waits for ever: the GUI child has a watchdog (``--timeout``) and every wait in
it a time-out. Benchmarks are not tests: they print figures and PASS/FAIL against the
targets, and exit 1 if a target fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_DB = ROOT / "benchmarks" / "data" / "shop-100k.sqlite3"
SAMPLES = 200


@dataclass(frozen=True)
class Figure:
    """One line of the results table."""

    name: str
    value: float
    unit: str
    target: float | None  # the figure must be at most this

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        return "PASS" if self.value <= self.target else "FAIL"


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0-100): the value p% of samples are at or below."""
    ordered = sorted(values)
    rank = max(1, round(p / 100 * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


# Parent side ----------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Loyalty POS benchmarks")
    parser.add_argument("--db", type=shop_arg, default=DEFAULT_DB)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--samples", type=int, default=SAMPLES)
    parser.add_argument("--searches", type=int, default=40, help="prefixes typed in the window")
    parser.add_argument("--early", type=int, default=50, help="scans while start-up jobs run")
    parser.add_argument(
        "--parts",
        default="startup,gui,search,commit",
        help="what to measure, comma-separated: startup, gui (scans and typed search), "
        "search (the service), commit",
    )
    parser.add_argument("--startup-runs", type=int, default=5, help="each, empty and big shop")
    parser.add_argument("--key-delay", type=int, default=3, help="ms between scanner keys")
    parser.add_argument("--settle", type=float, default=1.0, help="s idle after start-up jobs")
    parser.add_argument("--timeout", type=float, default=900, help="s for one GUI process")
    parser.add_argument(
        "--jobs-wait", type=float, default=300, help="s to wait for the start-up jobs at most"
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--state-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child", choices=("gui",), help=argparse.SUPPRESS)
    parser.add_argument("--spawned-at", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--codes", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def ensure_db(path: Path) -> None:
    if path.exists():
        return
    from benchmarks import generate

    print(f"{path} is missing: generating it (about five minutes)…", flush=True)
    generate.main(["--out", str(path)])


def working_copy(src: Path, name: str = "shop.sqlite3") -> Path:
    """A fresh copy of the generated shop (SQLite's backup API: safe even if in WAL),
    with an empty backup folder: the first start-up of each run makes its daily backup,
    as the first start of a day does."""
    work = src.parent / "work"
    work.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(work / "backups", ignore_errors=True)
    dst = work / name
    for old in work.glob(name + "*"):  # and its -wal, -shm, marks
        old.unlink()
    with sqlite3.connect(str(src)) as s, sqlite3.connect(str(dst)) as d:
        s.backup(d)
    s.close()
    d.close()
    return dst


def empty_shop(folder: Path) -> Path:
    """A new shop with nothing in it but the settings, marked set up (no wizard)."""
    from loyalty_pos.services import OWNER_STAFF, Services

    path = folder / "empty.sqlite3"
    for old in folder.glob(path.name + "*"):  # and its -wal, -shm, marks
        old.unlink()
    services = Services.open(path, backup_dir=folder / "backups", staff_id=OWNER_STAFF)
    services.settings.set("setup_done", "1")  # as the owner, into the audit trail
    services.close()
    return path


def sample_members(
    db: Path, n: int, rng: random.Random, *, besides: set[int] | None = None
) -> list[tuple[int, str, str]]:
    """``n`` random members as (id, name, active card number), by id (no table scan),
    none of them in ``besides``."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        top = conn.execute("SELECT MAX(id) FROM members").fetchone()[0]
        out: list[tuple[int, str, str]] = []
        seen: set[int] = set(besides or ())
        while len(out) < n:
            mid = rng.randint(1, top)
            if mid in seen:
                continue
            seen.add(mid)
            row = conn.execute(
                "SELECT m.id, m.name, c.code FROM members m JOIN cards c "
                "ON c.member_id = m.id AND c.status = 'active' "
                "WHERE m.id = ? AND m.status = 'active'",
                [mid],
            ).fetchone()
            if row:
                out.append(row)
        return out
    finally:
        conn.close()


def run_gui_child(db: Path | str, plan: dict, args: argparse.Namespace) -> dict:
    """Start the app in a new interpreter; returns what the child measured. ``db``: a
    shop file, or a server's URL (``benchmarks/server_gui.py``)."""
    with tempfile.TemporaryDirectory() as tmp:
        codes_file = Path(tmp) / "codes.json"
        result_file = Path(tmp) / "result.json"
        codes_file.write_text(json.dumps(plan))
        cmd = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            "gui",
            "--db",
            str(db),
            "--codes",
            str(codes_file),
            "--result",
            str(result_file),
            "--key-delay",
            str(args.key_delay),
            "--settle",
            str(args.settle),
            "--timeout",
            str(args.timeout),
            "--jobs-wait",
            str(args.jobs_wait),
        ]
        # The app remembers the shops it opened; the benchmark's shops are made anew.
        state = args.state_dir or Path(tmp)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(state),
            # Byte code cached as an installed till has it (the first start writes it),
            # as benchmarks/startup.py does: with PYTHONDONTWRITEBYTECODE, which some
            # shells set, every start compiled ~450 modules again (0.3-0.7 s here).
            "PYTHONPYCACHEPREFIX": str(pycache_dir(db)),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        spawned = time.monotonic()
        try:
            proc = subprocess.run(
                [*cmd, "--spawned-at", repr(spawned)],
                env=env,
                capture_output=True,
                text=True,
                timeout=args.timeout + 30,
            )
        except subprocess.TimeoutExpired as exc:
            raise SystemExit(f"GUI child gave no result in {exc.timeout:.0f} s") from None
        if proc.returncode != 0 or not result_file.exists():
            sys.stderr.write(proc.stdout + proc.stderr)
            raise SystemExit(f"GUI child failed (exit {proc.returncode})")
        result = json.loads(result_file.read_text())
        if result["missed"] or result["search_missed"]:  # what the app said, if anything
            sys.stderr.write("".join(proc.stderr.splitlines(keepends=True)[-40:]))
        return result


def pycache_dir(db: Path | str) -> Path:
    """Where the GUI child keeps its byte code: beside a shop file, else in /tmp."""
    if isinstance(db, Path):
        return db.parent / "pycache"
    return Path(tempfile.gettempdir()) / "loyalty-bench-pycache"


def shop_arg(text: str) -> Path | str:
    """``--db``: a file's path, or a server's URL kept as text (a Path would fold its
    ``//``)."""
    return text if "://" in text else Path(text)


def name_prefixes(names: list[str], rng: random.Random, low: int, high: int) -> list[str]:
    """A prefix of ``low``–``high`` letters of a random word of each name (folded)."""
    from loyalty_pos.domain.textsearch import tokens

    prefixes = []
    for name in names:
        words = [w for w in tokens(name) if len(w) >= low]
        if words:
            word = rng.choice(words)
            prefixes.append(word[: rng.randint(low, min(high, len(word)))])
    return prefixes


def bench_search(services, prefixes: list[str]) -> list[float]:
    times = []
    for prefix in prefixes:
        t0 = time.perf_counter()
        hits = services.members.search(prefix)
        times.append(time.perf_counter() - t0)
        assert hits, prefix
    return times


def bench_commits(services, member_ids: list[int], folder: Path) -> tuple[list, list]:
    """The durable checkout of one coffee per member, each followed by the bare
    baseline's insert and commit: (checkout times, baseline times) in s."""
    from loyalty_pos.domain.errors import Refused
    from loyalty_pos.services.checkout import CheckoutRequest

    bare_path = folder / "bare.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(bare_path) + suffix).unlink(missing_ok=True)
    bare = sqlite3.connect(str(bare_path), isolation_level=None)
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute("PRAGMA synchronous = FULL")
    bare.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, member_id INTEGER, at TEXT, n INT)")
    coffee = services.programs.by_name("Coffee card")
    checkouts, baseline = [], []
    refusals: dict[str, int] = {}
    for mid in member_ids:
        request = CheckoutRequest(stamp_items={coffee.id: 1})
        t0 = time.perf_counter()
        try:
            services.checkout.confirm(mid, request, uuid.uuid4().hex)
        except Refused as exc:  # daily limit reached for this member today: not a commit
            refusals[str(exc)] = refusals.get(str(exc), 0) + 1
            continue
        checkouts.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        bare.execute("BEGIN")
        bare.execute("INSERT INTO t (member_id, at, n) VALUES (?, datetime('now'), 1)", [mid])
        bare.execute("COMMIT")
        baseline.append(time.perf_counter() - t0)
    bare.close()
    if not checkouts:  # a shop marked damaged refuses every write: say why, don't average
        raise SystemExit(f"every checkout was refused: {refusals}")
    if refusals:
        print(f"note: {sum(refusals.values())} checkouts refused: {refusals}", file=sys.stderr)
    return checkouts, baseline


def bench_startup(big: Path, args: argparse.Namespace) -> dict[str, list[float]]:
    """Start-up to the first paint on an empty shop and the big one, alternately."""
    empty = empty_shop(big.parent)
    runs: dict[str, list[float]] = {"empty": [], "big": [], "big_main": []}
    for _ in range(args.startup_runs):
        runs["empty"].append(run_gui_child(empty, {}, args)["spawn_to_paint"])
        start = run_gui_child(big, {}, args)
        runs["big"].append(start["spawn_to_paint"])
        runs["big_main"].append(start["main_to_paint"])
    return runs


def gui_figures(gui: dict, extra: dict[str, float]) -> list[Figure]:
    """The scan and typed-search figures of the GUI child's result."""
    scans = [t * 1000 for t in gui["scans"]]
    signal = [t * 1000 for t in gui["scans_to_signal"]]
    if gui["missed"]:
        print(
            f"warning: {gui['missed']} scans did not open the member ({gui['why_missed']})",
            file=sys.stderr,
        )
    if gui["search_missed"]:
        print(f"warning: {gui['search_missed']} typed letters drew no results", file=sys.stderr)
    if gui["jobs_still_running"]:
        print("warning: the start-up jobs still ran during the counted scans", file=sys.stderr)
    during = [t * 1000 for t in gui["during_startup_jobs"]]
    if gui["jobs_done_after_paint"] is not None:
        extra["start-up jobs finished after first paint, s"] = gui["jobs_done_after_paint"]
    if during:
        extra[f"scan p95 while start-up jobs run ({len(during)} scans), ms"] = percentile(
            during, 95
        )
    figures = []
    if scans:
        figures += [
            Figure("scan → panel drawn p50", percentile(scans, 50), "ms", None),
            Figure("scan → panel drawn p95", percentile(scans, 95), "ms", 16),
            Figure("scan → member_shown p95", percentile(signal, 95), "ms", None),
        ]
        cpu = [t * 1000 for t in gui.get("scans_cpu", [])]
        if cpu:  # what the scan costs the GUI thread, whatever else the machine runs
            figures += [
                Figure("scan → panel drawn, CPU p50", percentile(cpu, 50), "ms", None),
                Figure("scan → panel drawn, CPU p95", percentile(cpu, 95), "ms", None),
            ]
    typing = {k: [t * 1000 for t in v] for k, v in gui["search"].items()}
    all_keys = [t for v in typing.values() for t in v]
    if all_keys:
        figures.append(Figure("key → results drawn p95", percentile(all_keys, 95), "ms", 30))
        for k, label in (("1", "1st letter"), ("2", "2nd letter"), ("3", "3rd"), ("4", "4th+")):
            if typing.get(k):
                figures.append(Figure(f"  {label} p95", percentile(typing[k], 95), "ms", None))
    figures.append(Figure("peak memory, GUI process", gui["max_rss_kib"] / 1024, "MiB", 200))
    return figures


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child == "gui":
        from benchmarks.run_gui import gui_child

        return gui_child(args)
    ensure_db(args.db)
    load = os.getloadavg()
    if load[0] > 0.5:
        print(f"warning: load average {load[0]:.2f}; other work skews the figures", flush=True)
    rng = random.Random(args.seed)
    state = tempfile.TemporaryDirectory(prefix="loyalty-bench-")
    args.state_dir = Path(state.name)  # the app's own files for this run, fresh
    print(f"copying {args.db} to a working copy…", flush=True)
    work = working_copy(args.db)

    from loyalty_pos.services import Services

    counted = sample_members(work, args.samples, rng)
    early = sample_members(work, args.early, rng, besides={m for m, _, _ in counted})
    parts = set(args.parts.split(","))
    figures: list[Figure] = []
    extra: dict[str, float] = {}
    scans = missed = 0

    if "startup" in parts:
        print(f"start-up x{args.startup_runs}, empty and big shop alternately…", flush=True)
        starts = bench_startup(work, args)
        figures += [
            Figure("start-up, empty shop (median)", statistics.median(starts["empty"]), "s", 1.0),
            Figure("start-up, big shop (median)", statistics.median(starts["big"]), "s", 1.0),
        ]
        extra["start-up first run on the big shop (daily backup due), s"] = starts["big"][0]
        extra["start-up max on the big shop, s"] = max(starts["big"])
        extra["start-up median from app.main(), big shop, s"] = statistics.median(
            starts["big_main"]
        )

    if "gui" in parts:
        typed = name_prefixes([n for _, n, _ in counted], rng, 1, 4)[: args.searches]
        print(f"{len(counted)} scans and {len(typed)} typed searches in the GUI…", flush=True)
        plan = {
            "early": [(mid, code) for mid, _, code in early],
            "counted": [(mid, code) for mid, _, code in counted],
            "prefixes": typed,
        }
        gui = run_gui_child(work, plan, args)
        scans, missed = len(gui["scans"]), gui["missed"]
        figures += gui_figures(gui, extra)

    services = Services.open(work, backup_dir=work.parent / "backups")
    if "search" in parts:
        prefixes = name_prefixes([n for _, n, _ in counted], rng, 3, 6)
        print(f"{len(prefixes)} name searches…", flush=True)
        searches = [t * 1000 for t in bench_search(services, prefixes)]
        figures += [
            Figure("name search service p50", percentile(searches, 50), "ms", None),
            Figure("name search service p95", percentile(searches, 95), "ms", 10),
        ]
    if "commit" in parts:
        print(f"{len(counted)} checkout commits beside the bare baseline…", flush=True)
        commits, bare = bench_commits(services, [m for m, _, _ in counted], work.parent)
        commits, bare = [t * 1000 for t in commits], [t * 1000 for t in bare]
        figures += [
            Figure("checkout commit p50", percentile(commits, 50), "ms", None),
            Figure("checkout commit p95", percentile(commits, 95), "ms", None),
            Figure("bare insert+commit p50", percentile(bare, 50), "ms", None),
            Figure("commit ÷ bare (p50)", percentile(commits, 50) / percentile(bare, 50), "×", 2),
        ]
    services.close()

    extra["load average (1, 5, 15 min) before"] = load[0]
    extra["  5 min"], extra["  15 min"] = load[1], load[2]
    extra["load average (1 min) after"] = os.getloadavg()[0]
    print_table(args.db, figures, extra, scans, missed)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "figures": [f.__dict__ | {"verdict": f.verdict} for f in figures],
                    "extra": extra,
                },
                indent=2,
            )
        )
    return 0 if all(f.verdict != "FAIL" for f in figures) else 1


def print_table(
    db: Path, figures: list[Figure], extra: dict[str, float], scans: int, missed: int
) -> None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    members, ledger = conn.execute(
        "SELECT (SELECT COUNT(*) FROM members), (SELECT MAX(id) FROM ledger)"
    ).fetchone()
    conn.close()
    print()
    print(
        f"{db.name}: {members:,} members, {ledger:,} ledger rows; {scans} scans ({missed} missed)"
    )
    print(f"{'figure':<36} {'value':>10}  {'target':>10}  result")
    print("-" * 68)
    for f in figures:
        target = f"≤ {f.target:g} {f.unit}" if f.target is not None else ""
        print(f"{f.name:<36} {f.value:>7.2f} {f.unit:<3} {target:>10}  {f.verdict}")
    for name, value in extra.items():
        print(f"  ({name}: {value:.2f})")


if __name__ == "__main__":
    sys.exit(main())
