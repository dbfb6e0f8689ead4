"""The shop-wide offline allowance in the owner's settings (issue 18, part 5).

A money field on a shop on a server (its tills can lose the server); none on a file
(a file is never offline). Saved with the other settings, in the same transaction.
"""

from __future__ import annotations

import pytest

from loyalty_pos.services import offline_allowance
from loyalty_pos.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def test_the_owner_sets_the_offline_allowance_on_a_server_shop(qtbot, services, backend):
    services.shop.set("currency", "EUR")
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    if backend == "sqlite":
        assert dialog.offline_allowance is None  # a file is never offline
        dialog.save()
        assert services.settings.get("offline_allowance") is None
        return
    box = dialog.offline_allowance
    assert box is not None and box.decimals() == 2 and box.suffix() == " EUR"
    assert box.value() == 0
    box.setValue(3)
    dialog.currency.setText("")  # refused by the shop's own checks: nothing is saved
    dialog.save()
    assert dialog.error.text() and dialog.result() == 0
    assert offline_allowance.default(services.settings) == 0
    dialog.currency.setText("EUR")
    box.setValue(12.5)
    dialog.save()
    assert offline_allowance.default(services.settings) == 1250
    again = SettingsDialog(services)
    qtbot.addWidget(again)
    assert again.offline_allowance.value() == 12.5
    audited = services.db.execute(
        "SELECT count(*) FROM audit WHERE subject = 'setting:offline_allowance'"
    ).fetchone()[0]
    again.shop_name.setText("Kávézó")
    again.save()  # the allowance not changed: not written again
    assert (
        services.db.execute(
            "SELECT count(*) FROM audit WHERE subject = 'setting:offline_allowance'"
        ).fetchone()[0]
        == audited
    )
