"""The demo shop: a coffee bar with a few months of believable history.

``loyalty-pos --demo`` and ``loyalty-pos admin demo`` fill an empty file with it, so that
an owner can try the counter, and we can take screenshots, without inventing data by
hand. The set-up, the voids and the feedback go through the real use cases with a clock
stepped through the past; the 2,700 checkouts are planned by the counter's own rule and
written in bulk (``demo_history.py``: a checkout at a time cost 1.4 ms, most of the
demo's first start), the same rows as ``CheckoutService.confirm`` writes, so the demo
obeys exactly the ledger rules a real shop does and ``maintenance.check()`` passes on it.
It is deterministic from ``seed``: the same seed gives the same members, card numbers and
history on every machine.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from ..domain.cardnumber import make_card_number
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, Refused
from ..domain.ledger import Account
from ..domain.programs import StampProgram
from ..domain.textsearch import tokens
from ..domain.validation import MemberInput
from ..l10n import translate
from ..store.database import write_transaction
from . import CASHIER_STAFF, OWNER_STAFF, Services, VisitLine, demo_checkout
from . import demo_names as names
from .demo_history import BulkHistory
from .demo_staff import PinHashes

DEMO_SHOP_NAME = "Kávé & Co. (demo)"
HISTORY_DAYS = 120  # about four months of visits before ``today``
LAUNCH_DAYS = 14  # many regulars sign up in the first fortnight of the programme
OPEN_HOUR, CLOSE_HOUR = 7, 19
VOIDS = 3

DEMO = "Demo"  # the demo shop speaks the app's language (translate() when it is made)
COFFEE = StampProgram(
    0,
    QT_TRANSLATE_NOOP(DEMO, "Coffee card"),
    stamps_needed=10,
    reward_text=QT_TRANSLATE_NOOP(DEMO, "Free coffee"),
    per_day_limit=5,
)
PASTRY = StampProgram(
    0,
    QT_TRANSLATE_NOOP(DEMO, "Pastry card"),
    stamps_needed=8,
    reward_text=QT_TRANSLATE_NOOP(DEMO, "Free croissant"),
    expiry_days=180,
)

DEMO_OWNER_PIN = "123456"  # given in the README: the demo opens straight at the counter
DEMO_CASHIER_PIN = "2222"  # Bence's; Anna and "Cashier" switch without a PIN
DEMO_COMMENTS = (
    QT_TRANSLATE_NOOP(DEMO, "Best flat white in town!"),
    QT_TRANSLATE_NOOP(DEMO, "The queue was long this morning."),
    QT_TRANSLATE_NOOP(DEMO, "Lovely croissants, friendly staff."),
    QT_TRANSLATE_NOOP(DEMO, "Could you add oat milk?"),
    QT_TRANSLATE_NOOP(DEMO, "Music a bit loud."),
)

VOID_REASONS = (
    QT_TRANSLATE_NOOP(DEMO, "Wrong member scanned"),
    QT_TRANSLATE_NOOP(DEMO, "Entered 3 coffees instead of 1"),
    QT_TRANSLATE_NOOP(DEMO, "Customer cancelled the order"),
)


@dataclass(frozen=True)
class _Profile:
    """How often a kind of customer comes back (mean days between visits)."""

    name: str
    weight: float
    mean_gap_days: float | None  # None: came once, at sign-up


PROFILES = (
    _Profile("regular", 0.25, 2.5),
    _Profile("weekly", 0.35, 7.0),
    _Profile("occasional", 0.30, 20.0),
    _Profile("once", 0.10, None),
)


@dataclass
class _Person:
    """A demo member before enrolment, with the days they will come in."""

    data: MemberInput
    card: str
    enrolled: datetime
    visits: list[datetime]
    coffee_taste: float  # chance a visit includes coffee
    pastry_taste: float  # chance a visit includes a pastry
    member_id: int = 0
    stamps: dict[int, tuple[int, int]] = field(default_factory=dict)  # program -> (s, r)
    points: int = 0


class _HistoryClock:
    """A clock the demo moves forward through the past, event by event."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def localized(program: StampProgram) -> StampProgram:
    """The card in the app's language ("Kávékártya" on a Hungarian till)."""
    return replace(
        program,
        name=translate(DEMO, program.name),
        reward_text=translate(DEMO, program.reward_text),
    )


def populate_demo(
    services: Services,
    *,
    members: int = 200,
    seed: int = 7,
    today: datetime | None = None,
    bulk: bool = True,
) -> None:
    """Fill an empty shop with the demo coffee bar, its members and their history.

    Refuses (raises ``Refused``, writing nothing) unless the database is empty: mixing
    invented members into a real shop would be impossible to undo, because members and
    ledger rows are never deleted. ``today`` defaults to the services' clock; the history
    ends the day before. The whole fill is one transaction: quick, and all or nothing.

    ``bulk`` (the default) plans the checkouts by the counter's rules and writes their
    rows in batches (``demo_history.py``); ``bulk=False`` rings each one up through
    ``CheckoutService.confirm``, the yardstick the bulk fill is tested against.
    """
    if members < 0:
        raise ValueError("members must be >= 0")
    if not _is_empty(services):
        raise Refused(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "The demo shop can only be created in an empty database; this one "
                "already has members or programs.",
            )
        )
    now = today or services.clock()
    if now.tzinfo is None:
        now = now.astimezone()
    pins = PinHashes(DEMO_OWNER_PIN, DEMO_CASHIER_PIN)  # hashed while the rest is made
    rng = random.Random(seed)
    start = now.date() - timedelta(days=HISTORY_DAYS)
    prefix = services.settings.get("card_prefix", "29") or "29"
    people = _invent_people(rng, members, start, now.date(), prefix, now)

    opened = _at(start - timedelta(days=3), time(8, 0), now)
    clock = _HistoryClock(opened)
    owner = Services.over(services.db, clock=clock, staff_id=OWNER_STAFF)
    cashier = Services.over(services.db, clock=clock, staff_id=CASHIER_STAFF)

    with write_transaction(services.db):
        owner.settings.set("shop_name", DEMO_SHOP_NAME)
        owner.staff.name_stock_accounts()
        owner.settings.set("setup_done", "1")
        anna = owner.staff.add("Anna", "cashier")
        bence = owner.staff.add("Bence", "cashier")
        tills = (cashier, Services.over(services.db, clock=clock, staff_id=anna.id))
        coffee = owner.programs.add(localized(COFFEE))
        pastry = owner.programs.add(localized(PASTRY))
        menu = demo_checkout.set_up(owner, coffee.id, pastry.id)
        visit_ids: dict[tuple[int, int], int] = {}
        visit_at: dict[int, datetime] = {}  # visits not voided, and when they were
        cards = (coffee.id, pastry.id)
        # Nothing below changes a program: the schemes are read once.
        schemes = tills[0].checkout.schemes()
        history = BulkHistory(services.db, schemes, days=HISTORY_DAYS + 4) if bulk else None
        with tills[0].checkout.fixed_schemes(), tills[1].checkout.fixed_schemes():
            for at, _order, kind, who, n in _timeline(rng, people):
                clock.now = at
                person = people[who]
                if kind == "enroll" and history is not None:
                    person.member_id = history.enroll(cashier, person.data, person.card, at)
                elif kind == "enroll":
                    person.member_id = cashier.members.enroll(person.data, person.card).id
                elif kind == "visit":
                    lines = _basket(rng, person, coffee.id, pastry.id)
                    till = tills[(who + n) % 2]
                    basket = demo_checkout.request(rng, lines, menu, person.points)
                    request = f"demo-{who}-{n}"
                    if history is not None:
                        staff = till.checkout.staff_id
                        visit_id = history.checkout(person.member_id, staff, basket, request, at)
                    else:  # one by one, as the counter does (the bulk fill's yardstick)
                        visit_id = till.checkout.confirm(
                            person.member_id, basket, request, view=False
                        ).visit_id
                    visit_ids[(who, n)] = visit_id
                    visit_at[visit_id] = at
                else:
                    reason = translate(DEMO, rng.choice(VOID_REASONS))
                    if history is not None:
                        history.void(owner, visit_ids[(who, n)], person.member_id, reason)
                    else:
                        owner.visits.void(visit_ids[(who, n)], reason)
                    del visit_at[visit_ids[(who, n)]]
                assert person.member_id is not None  # every demo visit is a member's
                if history is not None:
                    held = history.balances(person.member_id)
                else:
                    held = cashier.checkout.ledger.balances(person.member_id)
                person.stamps = {
                    pid: (held.get((pid, Account.STAMPS), 0), held.get((pid, Account.REWARDS), 0))
                    for pid in cards
                }
                person.points = held.get((menu.points_id, Account.POINTS), 0)
        if history is not None:
            history.flush()
        clock.now = opened  # the PINs were chosen when the shop was set up
        pins.set_pin(owner, OWNER_STAFF, DEMO_OWNER_PIN)
        pins.set_pin(owner, bence.id, DEMO_CASHIER_PIN)
        _feedback(cashier, clock, visit_at, random.Random(seed + 1))


def _feedback(
    till: Services, clock: _HistoryClock, visits: dict[int, datetime], rng: random.Random
) -> None:
    """About one visit in five gets a 0–10 score, most of them good, a few comments."""
    for visit_id, at in visits.items():
        if rng.random() >= 0.2:
            continue
        clock.now = at + timedelta(minutes=1)
        score = rng.choices(range(11), weights=(1, 1, 1, 1, 1, 2, 3, 6, 14, 25, 30))[0]
        comment = translate(DEMO, rng.choice(DEMO_COMMENTS)) if rng.random() < 0.15 else ""
        till.feedback.record(visit_id, score, comment)


def _is_empty(services: Services) -> bool:
    """No members, cards, programs or visits: nothing a real shop would miss."""
    for table in ("members", "cards", "programs", "visits"):
        if services.db.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]:
            return False
    return True


def _at(day: date, clock_time: time, like: datetime) -> datetime:
    """``day`` at ``clock_time`` in the shop's zone (the zone of ``like``)."""
    return datetime.combine(day, clock_time, tzinfo=like.tzinfo)


def _shop_time(rng: random.Random) -> time:
    return time(rng.randrange(OPEN_HOUR, CLOSE_HOUR), rng.randrange(60), rng.randrange(60))


def _invent_people(
    rng: random.Random, count: int, start: date, end: date, prefix: str, like: datetime
) -> list[_Person]:
    """Members with names, contacts, sign-up times and visit days, all from ``rng``."""
    phones: set[str] = set()
    emails: set[str] = set()
    cards: set[str] = set()
    people = []
    featured = list(names.FEATURED[:count])
    for i in range(count):
        country, name = featured[i] if i < len(featured) else invent_name(rng)
        profile = PROFILES[0] if i < len(featured) else _pick_profile(rng)
        card = make_card_number(prefix, rng.randrange(10**10))
        while card in cards:
            card = make_card_number(prefix, rng.randrange(10**10))
        cards.add(card)
        if rng.random() < 0.3:
            day = start + timedelta(days=rng.randrange(LAUNCH_DAYS))
        else:
            day = start + timedelta(days=rng.randrange((end - start).days))
        enrolled = _at(day, _shop_time(rng), like)
        people.append(
            _Person(
                data=MemberInput(
                    name=name,
                    phone=invent_phone(rng, country, phones) if rng.random() < 0.85 else None,
                    email=invent_email(rng, name, emails) if rng.random() < 0.45 else None,
                    birthday=invent_birthday(rng) if rng.random() < 0.4 else None,
                    marketing_consent=rng.random() < 0.55,
                    notes=rng.choice(names.NOTES) if rng.random() < 0.08 else "",
                ),
                card=card,
                enrolled=enrolled,
                visits=_visit_times(rng, profile, enrolled, end, like),
                coffee_taste=rng.choice((0.95, 0.85, 0.6, 0.3)),
                pastry_taste=rng.choice((0.1, 0.3, 0.5, 0.8)),
            )
        )
    return people


def _pick_profile(rng: random.Random) -> _Profile:
    return rng.choices(PROFILES, weights=[p.weight for p in PROFILES])[0]


def invent_name(rng: random.Random) -> tuple[str, str]:
    """A (country, full name) in the country's own order.

    Public because the benchmark generator (``benchmarks/generate.py``) names its
    hundred thousand members the same way, so search is measured on realistic names.
    """
    country = rng.choices(("hu", "vi", "no"), weights=(0.45, 0.30, 0.25))[0]
    female = rng.random() < 0.5
    if country == "hu":
        given = rng.choice(names.HU_GIVEN_F if female else names.HU_GIVEN_M)
        return country, f"{rng.choice(names.HU_FAMILY)} {given}"
    if country == "vi":
        middle = rng.choice(names.VI_MIDDLE_F if female else names.VI_MIDDLE_M)
        given = rng.choice(names.VI_GIVEN_F if female else names.VI_GIVEN_M)
        return country, f"{rng.choice(names.VI_FAMILY)} {middle} {given}"
    given = rng.choice(names.NO_GIVEN_F if female else names.NO_GIVEN_M)
    return country, f"{given} {rng.choice(names.NO_FAMILY)}"


def invent_phone(rng: random.Random, country: str, taken: set[str]) -> str:
    """A mobile number as people write it in that country, unique in the demo."""
    while True:
        if country == "hu":
            op = rng.choice(("20", "30", "70"))
            phone = f"+36 {op} {rng.randrange(100, 1000)} {rng.randrange(10000):04d}"
        elif country == "vi":
            phone = (
                f"+84 9{rng.randrange(10)}{rng.randrange(10)} "
                f"{rng.randrange(1000):03d} {rng.randrange(1000):03d}"
            )
        else:
            phone = (
                f"+47 {rng.choice('49')}{rng.randrange(100):02d} "
                f"{rng.randrange(100):02d} {rng.randrange(1000):03d}"
            )
        digits = "".join(ch for ch in phone if ch.isdigit())
        if digits not in taken:
            taken.add(digits)
            return phone


def invent_email(rng: random.Random, name: str, taken: set[str]) -> str:
    """given.family@example.*, folded to ASCII as people do, unique in the demo."""
    words = tokens(name)
    local = ".".join(words[-1:] + words[:1]) if rng.random() < 0.5 else "".join(words)
    email = f"{local}@{rng.choice(names.EMAIL_DOMAINS)}"
    while email in taken:
        email = f"{local}{rng.randrange(10, 1000)}@{rng.choice(names.EMAIL_DOMAINS)}"
    taken.add(email)
    return email


def invent_birthday(rng: random.Random) -> str:
    """A date of birth between 1955 and 2006 (every member is an adult by now)."""
    return (date(1955, 1, 1) + timedelta(days=rng.randrange(52 * 365))).isoformat()


def _visit_times(
    rng: random.Random, profile: _Profile, enrolled: datetime, end: date, like: datetime
) -> list[datetime]:
    """The first visit right after sign-up, then one visit a day at most until ``end``.

    One visit a day keeps every visit under the coffee card's daily limit, which the
    demo has no reason to hit.
    """
    times = [enrolled + timedelta(minutes=rng.randrange(1, 4))]
    if profile.mean_gap_days is None:
        return times
    day = enrolled.date()
    while True:
        day += timedelta(days=max(1, round(rng.expovariate(1 / profile.mean_gap_days))))
        if day.weekday() == 6:  # closed on Sundays
            day += timedelta(days=1)
        if day >= end:
            return times
        times.append(_at(day, _shop_time(rng), like))


def _timeline(
    rng: random.Random, people: list[_Person]
) -> list[tuple[datetime, int, str, int, int]]:
    """Every sign-up, visit and void in time order: (at, order, kind, person, visit no).

    A few visits are voided a few minutes after they were rung up, as a cashier does
    after scanning the wrong card; by then nothing else has touched that member.
    """
    events: list[tuple[datetime, int, str, int, int]] = []
    for who, p in enumerate(people):
        events.append((p.enrolled, 0, "enroll", who, 0))
        for n, at in enumerate(p.visits):
            events.append((at, 1, "visit", who, n))
    candidates = [(who, n) for who, p in enumerate(people) for n in range(1, len(p.visits))]
    for who, n in rng.sample(candidates, min(VOIDS, len(candidates))):
        at = people[who].visits[n] + timedelta(minutes=rng.randrange(2, 6))
        events.append((at, 2, "void", who, n))
    events.sort(key=lambda e: (e[0], e[1], e[3], e[4]))
    return events


def _basket(rng: random.Random, p: _Person, coffee_id: int, pastry_id: int) -> list[VisitLine]:
    """What this member buys today, and whether they take a reward that is ready."""
    coffees = rng.choices((1, 2, 3), weights=(70, 22, 8))[0] if rng.random() < p.coffee_taste else 0
    pastries = rng.choices((1, 2), weights=(80, 20))[0] if rng.random() < p.pastry_taste else 0
    if not coffees and not pastries:
        coffees = 1
    lines = []
    for program_id, items in ((coffee_id, coffees), (pastry_id, pastries)):
        ready = p.stamps.get(program_id, (0, 0))[1]
        redeem = 1 if ready and rng.random() < 0.5 else 0
        if items or redeem:
            lines.append(VisitLine(program_id, items=items, redeem=redeem))
    return lines
