"""A confirmed visit survives the process dying straight after the confirm."""

import subprocess
import sys
import textwrap

from loyalty_pos.services import Services

SCRIPT = textwrap.dedent(
    """
    import os, sys
    from loyalty_pos.domain.programs import StampProgram
    from loyalty_pos.domain.validation import MemberInput
    from loyalty_pos.services import Services, VisitLine
    s = Services.open(sys.argv[1])
    p = s.programs.add(StampProgram(0, "Coffee", 10, "Free coffee"))
    m = s.members.enroll(MemberInput("Crash Test"))
    s.visits.record(m.id, [VisitLine(p.id, items=3)], "crash-1")
    print(m.card_number, flush=True)
    os._exit(9)  # no close, no checkpoint, no atexit: like a crash
    """
)


def test_visit_survives_a_killed_process(tmp_path):
    path = tmp_path / "crash.sqlite3"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 9, done.stderr
    code = done.stdout.strip()
    s = Services.open(path)
    view = s.members.lookup(code)
    assert view.card_for("Coffee").stamps == 3
    assert s.maintenance.check().ok
