"""Migration m012: consent per channel, as an append-only register.

Why: a shop must show, for each member and each channel (e-mail, SMS, post), what was
answered, when, through which screen or tool, to which wording and recorded by whom
(GDPR art. 7(1) in Hungary and Norway, Grt. 6. § in Hungary, Vietnam's personal-data
law). One yes/no flag that is overwritten cannot show that, so every answer is a new
row and nothing is ever changed or deleted (guard triggers, like the ledger's).

The old flag ``members.marketing_consent`` is carried over as rows with source
``migrated``: the old form asked "wants offers by phone / e-mail?", so a flag becomes
the same answer for e-mail and SMS, dated at enrolment; post was never asked and stays
unanswered (silence is not consent). The flag itself stays as a cache of "consented on
some channel" for the reports that read it (``store/consents.py`` keeps it in step).

Consent rows hold no personal data (ids, a channel, yes/no, a time, a source, a wording
version), so erasing a member (``services/erase.py``) leaves them as the record of what
was agreed, and needs no way around the guards.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "m012_consents"

SOURCES = ("counter", "customer_screen", "import", "command_line", "migrated", "merge")
MIGRATED_WORDING = "v0-single-flag"

SCHEMA = f"""
CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id),
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'post')),
    answer INTEGER NOT NULL CHECK (answer IN (0, 1)),
    at TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ({", ".join(f"'{s}'" for s in SOURCES)})),
    wording_version TEXT NOT NULL,
    actor INTEGER NOT NULL REFERENCES staff(id)
);
CREATE INDEX consents_member ON consents(member_id, channel, id);
CREATE INDEX consents_at ON consents(at);
"""


def m012_consents(db: Database) -> None:
    """The ``consents`` table and its guards; the old flag carried over (see the module)."""
    from .guards import create_guards

    db.executescript(SCHEMA)
    for channel in ("email", "sms"):
        db.execute(
            "INSERT INTO consents (member_id, channel, answer, at, source, wording_version, "
            "actor) SELECT id, ?, marketing_consent, created_at, 'migrated', ?, "
            "COALESCE(created_by, 1) FROM members ORDER BY id",
            [channel, MIGRATED_WORDING],
        )
    create_guards(db)
