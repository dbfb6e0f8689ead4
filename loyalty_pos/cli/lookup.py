"""Finding what an argument names: a member by card code, a program by name.

Shared by the command modules that take a ``CODE`` or a ``--program NAME``, with hints
that fit the command line (how to enrol an unknown card).
"""

from __future__ import annotations

from ..domain.errors import QT_TRANSLATE_NOOP
from ..services import Services
from ..services.members import UnknownCard
from ..services.views import MemberView
from .args import CLI, CliError


def member(services: Services, code: str) -> MemberView:
    """The member a code names; an unknown card gets a hint that fits the command line."""
    try:
        return services.members.lookup(code)
    except UnknownCard as err:
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI,
                "Card {code} does not belong to a member yet "
                "(enroll with: members add --card {code}).",
            ),
            code=err.code,
        ) from None


def program_id(services: Services, name: str) -> int:
    """The id of the program called ``name`` (any kind), or exit 2."""
    pid = services.programs.store.name_owner(name)
    if pid is None:
        raise CliError(QT_TRANSLATE_NOOP(CLI, "There is no program “{name}”."), name=name)
    return pid
