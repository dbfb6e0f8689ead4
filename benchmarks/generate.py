"""Build a large shop (100,000 members, a million ledger rows) for the benchmarks.

Going through ``visits.record`` for a million rows would take most of an hour, so this
writes the rows directly with ``executemany`` in one transaction. It is tooling, not the
app, and may therefore hold SQL; but every number it writes comes from the same domain
rules the counter uses (``plan_line`` for stamps and completed cards, ``stamps_to_expire``
for lapsed pastry stamps, compensating rows for voided visits) and the result must satisfy
the same invariants a real shop does. It finishes by running the ledger check:
cached balances equal their ledger sums, nothing is negative, SQLite's quick check passes.

The rows are written as an app from before the ledger of lots and the hash chains
(migrations m006 and m007) would have left them; opening the file then runs m006, which
derives every member's lots from their rows, and m007, which links every row (the
genesis), and their time is printed. ``--before-chains`` stops before both, for
``benchmarks/chains.py``.

History is generated for every member, then replayed in global time order so that row
ids grow with time across members, as in a real file (a member's visits are scattered
over the table, not clustered, which matters for honest look-up timings).

    uv run python benchmarks/generate.py --out benchmarks/data/shop-100k.sqlite3
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from loyalty_pos.domain.cardnumber import is_card_number, make_card_number  # noqa: E402
from loyalty_pos.domain.clock import to_db  # noqa: E402
from loyalty_pos.domain.ledger import Account, Entry, Kind  # noqa: E402
from loyalty_pos.domain.programs import StampProgram  # noqa: E402
from loyalty_pos.domain.stamps import (  # noqa: E402
    CardState,
    EarnedBatch,
    plan_line,
    stamps_to_expire,
)
from loyalty_pos.domain.textsearch import search_terms  # noqa: E402
from loyalty_pos.domain.validation import MemberInput, clean_member  # noqa: E402
from loyalty_pos.services import CASHIER_STAFF, OWNER_STAFF, Services  # noqa: E402
from loyalty_pos.services.demo import (  # noqa: E402
    COFFEE,
    PASTRY,
    VOID_REASONS,
    invent_birthday,
    invent_email,
    invent_name,
    invent_phone,
)
from loyalty_pos.services.demo_names import NOTES  # noqa: E402
from loyalty_pos.store.database import connect, migrate  # noqa: E402
from loyalty_pos.store.members import MEMBER_COLUMNS, member_fields  # noqa: E402
from loyalty_pos.store.schema_lots import NAME as LOTS  # noqa: E402

SYSTEM_STAFF = 1
SHOP_TZ = ZoneInfo("Europe/Budapest")
HISTORY_DAYS = 730  # two years of trading
ROWS_PER_VISIT = 1.63  # measured at 100k members: earns, completed-card pairs, redemptions
VOID_RATE = 0.003
FLUSH_ROWS = 100_000
DEFAULT_OUT = ROOT / "benchmarks" / "data" / "shop-100k.sqlite3"


@dataclass
class _Card:
    """One member's position on one program while history is replayed."""

    stamps: int = 0
    rewards: int = 0
    day: date | None = None  # shop day of ``earned_today``
    earned_today: int = 0
    batches: deque[EarnedBatch] = field(default_factory=lambda: deque(maxlen=16))


@dataclass
class _Member:
    id: int
    coffee_taste: float
    pastry_taste: float
    cards: dict[int, _Card] = field(default_factory=dict)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--ledger-rows", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.add_argument(
        "--before-chains",
        action="store_true",
        help="leave the file before the lots and hash-chain migrations (m006, m007), unchecked",
    )
    return parser.parse_args(argv)


def generate(
    path: Path, *, members: int, ledger_rows: int, seed: int, before_chains: bool = False
) -> dict[str, float]:
    """Write the shop to ``path`` (which must not exist); returns row counts and timings."""
    started = time.perf_counter()
    rng = random.Random(seed)
    end = datetime.now(SHOP_TZ).replace(microsecond=0) - timedelta(minutes=5)
    start = end - timedelta(days=HISTORY_DAYS)

    # The schema, settings and programs come from the app itself (as it was before m006:
    # the rows below are written the way an older app left them, then m006 derives the
    # lots and m007 links them).
    db = connect(path)
    migrate(db, stop_before=LOTS)
    services = Services.over(db, clock=lambda: start - timedelta(days=1), staff_id=OWNER_STAFF)
    db.execute("UPDATE settings SET value = 'Benchmark Coffee Bar' WHERE key = 'shop_name'")
    # A shop in use is set up: without this the counter opens on the first-start wizard
    # (m003 ran on the empty file), and run.py's GUI child waits for it forever.
    db.execute("UPDATE settings SET value = '1' WHERE key = 'setup_done'")
    coffee = services.programs.add(COFFEE)
    pastry = services.programs.add(PASTRY)
    prefix = services.settings.get("card_prefix", "29") or "29"
    services.close()

    conn = sqlite3.connect(str(path), isolation_level=None)
    # Generation only: no fsync and no journal; the app's pragmas apply when it opens.
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA cache_size = -400000")
    conn.execute("BEGIN")

    enrolled, people = _write_members(conn, rng, members, start, end, prefix)
    t_members = time.perf_counter() - started

    visits_wanted = round(ledger_rows / ROWS_PER_VISIT)
    events = _visit_times(rng, enrolled, visits_wanted, end)
    counts = _replay(conn, rng, events, people, coffee, pastry, end)
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    generated = time.perf_counter() - started
    counts.update(members=members, members_seconds=t_members, generate_seconds=generated)
    if before_chains:
        return {**counts, "migrate_seconds": 0.0, "check_seconds": 0.0}

    migrate_started = time.perf_counter()
    services = Services.open(path)
    counts["migrate_seconds"] = time.perf_counter() - migrate_started
    check_started = time.perf_counter()
    report = services.maintenance.check(full=False)
    problems = report.problems + _extra_problems(services, rng)
    services.close()
    if problems:
        raise SystemExit("generated shop fails its check:\n" + "\n".join(problems[:20]))
    return {**counts, "check_seconds": time.perf_counter() - check_started}


def _extra_problems(services: Services, rng: random.Random) -> list[str]:
    """What ``maintenance.check`` does not look at but the app relies on.

    Every card number is a valid EAN-13 and unique (the primary key sees to that);
    every ledger row belongs to a visit except expiry rows, which the app also writes
    without one; every visit has rows; and a sample of members can be scanned and
    found by name, which proves the search rows match ``search_terms``.
    """
    db = services.db
    problems = []
    bad_cards = [c for (c,) in db.execute("SELECT code FROM cards") if not is_card_number(c)]
    if bad_cards:
        problems.append(f"{len(bad_cards)} card numbers fail their check digit")
    orphans = db.execute(
        "SELECT COUNT(*) FROM ledger WHERE visit_id IS NULL AND kind != 'expire'"
    ).fetchone()[0]
    if orphans:
        problems.append(f"{orphans} ledger rows belong to no visit")
    empty = db.execute(
        "SELECT COUNT(*) FROM visits v WHERE NOT EXISTS "
        "(SELECT 1 FROM ledger l WHERE l.visit_id = v.id)"
    ).fetchone()[0]
    if empty:
        problems.append(f"{empty} visits have no ledger rows")
    fts = db.execute("SELECT COUNT(*) FROM members_fts").fetchone()[0]
    members = db.execute("SELECT COUNT(*) FROM members").fetchone()[0]
    if fts != members:
        problems.append(f"{fts} search rows for {members} members")
    top = db.execute("SELECT MAX(id) FROM members").fetchone()[0] or 0
    for member_id in rng.sample(range(1, top + 1), min(200, top)):
        row = services.members.members.get(member_id)
        if services.members.lookup(row["card_number"]).id != member_id:
            problems.append(f"card {row['card_number']} does not open member {member_id}")
        hits = services.members.search(f"{row['name']} {row['card_number']}")
        if member_id not in [h.id for h in hits]:
            problems.append(f"search does not find {row['name']} ({member_id})")
    return problems


def _write_members(
    conn: sqlite3.Connection,
    rng: random.Random,
    count: int,
    start: datetime,
    end: datetime,
    prefix: str,
) -> tuple[list[datetime], list[_Member]]:
    """Members (ids in sign-up order), their cards and search rows."""
    span = (end - start).total_seconds()
    # More sign-ups early on (the launch), then a steady trickle.
    offsets = sorted(span * rng.random() ** 1.3 for _ in range(count))
    phones: set[str] = set()
    emails: set[str] = set()
    serials: set[int] = set()
    member_rows, card_rows, fts_rows = [], [], []
    enrolled: list[datetime] = []
    people: list[_Member] = []
    for i, offset in enumerate(offsets, start=1):
        at = min(_shop_hours(start + timedelta(seconds=offset)), end - timedelta(minutes=10))
        country, name = invent_name(rng)
        data = MemberInput(
            name=name,
            phone=invent_phone(rng, country, phones) if rng.random() < 0.85 else None,
            email=invent_email(rng, name, emails) if rng.random() < 0.45 else None,
            birthday=invent_birthday(rng) if rng.random() < 0.4 else None,
            marketing_consent=rng.random() < 0.55,
            notes=rng.choice(NOTES) if rng.random() < 0.03 else "",
        )
        m = clean_member(data, at.date())
        serial = rng.randrange(10**10)
        while serial in serials:
            serial = rng.randrange(10**10)
        serials.add(serial)
        code = make_card_number(prefix, serial)
        created = to_db(at)
        member_rows.append((i, *member_fields(m), created, CASHIER_STAFF))
        card_rows.append((code, i, "active", created))
        fts_rows.append((i, search_terms(m.name, m.phone, m.email, code)))
        enrolled.append(at)
        people.append(
            _Member(
                id=i,
                coffee_taste=rng.choice((0.95, 0.85, 0.6, 0.3)),
                pastry_taste=rng.choice((0.1, 0.3, 0.5, 0.8)),
            )
        )
    conn.executemany(
        f"INSERT INTO members (id, {MEMBER_COLUMNS}, created_at, created_by) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        member_rows,
    )
    conn.executemany(
        "INSERT INTO cards (code, member_id, status, created_at) VALUES (?,?,?,?)", card_rows
    )
    conn.executemany("INSERT INTO members_fts (rowid, terms) VALUES (?, ?)", fts_rows)
    return enrolled, people


def _shop_hours(at: datetime) -> datetime:
    """Move a moment into opening hours (07:00-19:00 shop time), same day."""
    local = at.astimezone(SHOP_TZ)
    if 7 <= local.hour < 19:
        return local
    return local.replace(hour=7 + local.hour % 12, minute=local.minute)


def _visit_times(
    rng: random.Random, enrolled: list[datetime], wanted: int, end: datetime
) -> list[tuple[datetime, int]]:
    """About ``wanted`` visits over all members, (time, member index), in time order.

    How often people come is heavy-tailed: most members visit a few times, a few come
    almost daily. Each member's first visit is at sign-up.
    """
    weights = [min(rng.paretovariate(1.2), 60.0) for _ in enrolled]
    total = sum(weights)
    events: list[tuple[datetime, int]] = []
    for idx, (at, w) in enumerate(zip(enrolled, weights, strict=True)):
        days = max((end - at).total_seconds() / 86400, 0.01)
        n = max(1, min(round(wanted * w / total), int(days * 1.2) + 1))
        events.append((at + timedelta(minutes=2), idx))
        span = (end - at).total_seconds()
        for _ in range(n - 1):
            t = _shop_hours(at + timedelta(seconds=rng.random() * span))
            # Opening hours can pull a time back before sign-up on the same day.
            if at + timedelta(minutes=3) < t < end:
                events.append((t, idx))
    events.sort(key=lambda e: (e[0], e[1]))
    return events


def _replay(
    conn: sqlite3.Connection,
    rng: random.Random,
    events: list[tuple[datetime, int]],
    people: list[_Member],
    coffee: StampProgram,
    pastry: StampProgram,
    end: datetime,
) -> dict[str, int]:
    """Run every visit through the stamp rules, writing visits, ledger rows, balances."""
    programs = (coffee, pastry)
    needed = {p.id: p.stamps_needed for p in programs}
    visit_rows: list[tuple] = []
    ledger: list[tuple] = []
    visit_id = 0
    ledger_id = 0
    voided = 0
    touched: set[tuple[int, int, str]] = set()

    def add_rows(
        member: _Member, entries: list[Entry], vid: int | None, staff: int, at: str, note=None
    ) -> list[tuple[int, Entry]]:
        nonlocal ledger_id
        out = []
        for e in entries:
            ledger_id += 1
            ledger.append(
                (
                    ledger_id,
                    member.id,
                    e.program_id,
                    vid,
                    e.account.value,
                    e.kind.value,
                    e.delta,
                    e.reverses_id,
                    staff,
                    at,
                    note,
                )
            )
            touched.add((member.id, e.program_id, e.account.value))
            card = member.cards[e.program_id]
            if e.account is Account.STAMPS:
                card.stamps += e.delta
            else:
                card.rewards += e.delta
            out.append((ledger_id, e))
        return out

    def expire(member: _Member, now: datetime) -> None:
        card = member.cards.get(pastry.id)
        if card is None or card.stamps <= 0:
            return
        n = stamps_to_expire(card.stamps, list(card.batches), now, pastry.expiry_days or 0)
        if n:
            add_rows(
                member,
                [Entry(pastry.id, Account.STAMPS, Kind.EXPIRE, -n)],
                None,
                SYSTEM_STAFF,
                to_db(now),
            )

    for at, idx in events:
        member = people[idx]
        for p in programs:
            member.cards.setdefault(p.id, _Card())
        expire(member, at)
        day = at.date()
        coffees = (
            rng.choices((1, 2, 3), weights=(70, 22, 8))[0]
            if rng.random() < member.coffee_taste
            else 0
        )
        pastries = (
            rng.choices((1, 2), weights=(80, 20))[0] if rng.random() < member.pastry_taste else 0
        )
        if not coffees and not pastries:
            coffees = 1
        entries: list[Entry] = []
        earned: dict[int, int] = {}
        for p, items in ((coffee, coffees), (pastry, pastries)):
            card = member.cards[p.id]
            if card.day != day:
                card.day, card.earned_today = day, 0
            redeem = 1 if card.rewards and rng.random() < 0.5 else 0
            if not items and not redeem:
                continue
            outcome = plan_line(
                p, CardState(card.stamps, card.rewards, card.earned_today), items, redeem
            )
            entries += outcome.entries
            earned[p.id] = outcome.stamps_added
        if not entries:  # the daily limit refused every stamp: the counter writes nothing
            continue
        visit_id += 1
        stamp = to_db(at)
        rows = add_rows(member, entries, visit_id, CASHIER_STAFF, stamp)
        if rng.random() < VOID_RATE:
            voided += 1
            balances = {}
            for pid, c in member.cards.items():
                balances[(pid, Account.STAMPS)] = c.stamps
                balances[(pid, Account.REWARDS)] = c.rewards
            reason = rng.choice(VOID_REASONS)
            void_at = to_db(at + timedelta(minutes=3))
            add_rows(
                member, void_entries(rows, balances, needed), visit_id, OWNER_STAFF, void_at, reason
            )
            void_fields = ("voided", reason, void_at, OWNER_STAFF)
        else:
            for pid, n in earned.items():
                card = member.cards[pid]
                card.earned_today += n
                if n:
                    card.batches.appendleft(EarnedBatch(at, n))
            void_fields = ("confirmed", None, None, None)
        visit_rows.append(
            (visit_id, member.id, CASHIER_STAFF, stamp, _request_id(rng), *void_fields)
        )
        if len(ledger) >= FLUSH_ROWS:
            _flush(conn, visit_rows, ledger)

    # The expiry job as it would have run this morning.
    for member in people:
        if member.cards:
            expire(member, end)
    _flush(conn, visit_rows, ledger)

    balance_rows = []
    for member_id, program_id, account in sorted(touched):
        card = people[member_id - 1].cards[program_id]
        balance_rows.append(
            (member_id, program_id, account, card.stamps if account == "stamps" else card.rewards)
        )
    conn.executemany(
        "INSERT INTO balances (member_id, program_id, account, value) VALUES (?,?,?,?)",
        balance_rows,
    )
    return {
        "visits": visit_id,
        "voided": voided,
        "ledger_rows": ledger_id,
        "balances": len(balance_rows),
    }


def void_entries(
    rows: list[tuple[int, Entry]],
    balances: dict[tuple[int, Account], int],
    stamps_needed: dict[int, int],
) -> list[Entry]:
    """A void as written before lots existed: the opposite of each row, and a card that
    reaches its target again completed (the old ``domain/stamps.py`` rule)."""
    out = [Entry(e.program_id, e.account, Kind.VOID, -e.delta, reverses_id=rid) for rid, e in rows]
    after = dict(balances)
    for e in out:
        after[(e.program_id, e.account)] = after.get((e.program_id, e.account), 0) + e.delta
    if any(v < 0 for v in after.values()):
        raise ValueError("a void would go below zero")
    for program_id in sorted({e.program_id for e in out if e.account is Account.STAMPS}):
        needed = stamps_needed[program_id]
        done = after.get((program_id, Account.STAMPS), 0) // needed
        if done:
            out.append(Entry(program_id, Account.STAMPS, Kind.COMPLETE, -done * needed))
            out.append(Entry(program_id, Account.REWARDS, Kind.COMPLETE, done))
    return out


def _request_id(rng: random.Random) -> str:
    """A request id shaped like the counter's (a UUID), deterministic from the seed."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _flush(conn: sqlite3.Connection, visit_rows: list[tuple], ledger: list[tuple]) -> None:
    conn.executemany(
        "INSERT INTO visits (id, member_id, staff_id, created_at, request_id, status, "
        "void_reason, voided_at, voided_by) VALUES (?,?,?,?,?,?,?,?,?)",
        visit_rows,
    )
    conn.executemany(
        "INSERT INTO ledger (id, member_id, program_id, visit_id, account, kind, delta, "
        "reverses_id, staff_id, created_at, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        ledger,
    )
    visit_rows.clear()
    ledger.clear()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    out: Path = args.out
    if out.exists():
        if not args.force:
            print(f"{out} exists; pass --force to overwrite", file=sys.stderr)
            return 2
        for suffix in ("", "-wal", "-shm"):
            Path(str(out) + suffix).unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    stats = generate(
        out,
        members=args.members,
        ledger_rows=args.ledger_rows,
        seed=args.seed,
        before_chains=args.before_chains,
    )
    size = out.stat().st_size
    print(
        f"{out}: {stats['members']:,} members, {stats['visits']:,} visits "
        f"({stats['voided']:,} voided), {stats['ledger_rows']:,} ledger rows, "
        f"{stats['balances']:,} balances"
    )
    print(
        f"generated in {stats['generate_seconds']:.1f} s "
        f"(members {stats['members_seconds']:.1f} s), "
        f"chains linked (m007) in {stats['migrate_seconds']:.1f} s, "
        f"checked in {stats['check_seconds']:.1f} s; file {size / 2**20:.1f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
