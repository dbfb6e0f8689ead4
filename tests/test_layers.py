"""The layers below the screens never load Qt (docs: DESIGN.md, "Layers").

The command line, scripts and the services' tests must run where no GUI toolkit can be
loaded, and a Qt import sneaking into a service is easy to miss: each check runs in a
fresh interpreter, where nothing else has loaded PySide6 first.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_fresh(code: str, **env: str) -> dict:
    """Run ``code`` in a new interpreter; it prints one JSON object, returned here."""
    import os

    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_domain_store_services_and_l10n_load_no_qt():
    found = run_fresh(
        "import json, sys\n"
        "import loyalty_pos.services, loyalty_pos.store, loyalty_pos.domain, loyalty_pos.l10n\n"
        "import loyalty_pos.services.wiring, loyalty_pos.services.wording\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('PySide6'))))\n"
    )
    assert found == []


def test_a_hungarian_shop_is_translated_without_qt(tmp_path):
    found = run_fresh(
        "import json, sys\n"
        "from loyalty_pos import l10n\n"
        "from loyalty_pos.services import Services\n"
        f"services = Services.open({str(tmp_path / 'shop.sqlite3')!r})\n"
        "services.settings.set('language', 'hu')\n"
        "l10n.use(services.settings.get('language'))\n"
        "print(json.dumps({\n"
        "    'text': l10n.translate('Cli', '{key} is now {value}.'),\n"
        "    'money': services.shop.money_text(240000),\n"
        "    'qt': sorted(m for m in sys.modules if m.startswith('PySide6')),\n"
        "}))\n"
    )
    assert found["text"] == "{key} új értéke: {value}."
    assert found["money"].replace("\u00a0", " ") == "240 000 Ft"
    assert found["qt"] == []


def test_nothing_imports_the_composition_root():
    """``app.py`` opens the window; the self-check and the rest reach the shop through
    ``services/wiring.py``, so nothing imports ``app.py`` back."""
    import grimp

    graph = grimp.build_graph("loyalty_pos")
    assert graph.find_shortest_chain("loyalty_pos.self_check", "loyalty_pos.app") is None
    assert graph.find_downstream_modules("loyalty_pos.app") == {"loyalty_pos.__main__"}
