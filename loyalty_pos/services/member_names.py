"""How a member is named on screens and in lists: their name, or "Erased member #12"
once their data was erased (``services/erase.py``). Its own module because both the
member service and the search (``services/search.py``) name members."""

from __future__ import annotations

from ..domain.errors import ERRORS
from ..l10n import translate


def display_name(row: dict) -> str:
    """The member's name, or "Erased member #12" once their data was erased."""
    if row.get("erased_at"):
        return translate(ERRORS, "Erased member #{id}").format(id=row["id"])
    return str(row["name"])
