"""The admin command line prints in the shop's language, and leaves the caller's alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from loyalty_pos import cli
from loyalty_pos.l10n import translate
from loyalty_pos.services import Services

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def test_a_hungarian_shop_gets_hungarian_output(db_path, capsys):
    services = Services.open(db_path)
    services.settings.set("language", "hu")
    services.close()
    before = QLocale().name()
    assert cli.main(["--db", str(db_path), "settings", "set", "shop_name", "Kávé Sarok"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.endswith("Kávé Sarok.") and not out.startswith("shop_name is now")
    assert out == "shop_name új értéke: Kávé Sarok."
    # The caller's catalogue and locale are as they were.
    assert translate("Cli", "{key} is now {value}.") == "{key} is now {value}."
    assert QLocale().name() == before


def test_an_english_shop_and_a_bad_value_in_hungarian(db_path, capsys):
    services = Services.open(db_path)
    services.settings.set("language", "hu")
    services.close()
    assert cli.main(["--db", str(db_path), "settings", "set", "currency", "forint"]) != 0
    err = capsys.readouterr().err
    assert "forint" in err and "is not a currency code" not in err


def test_the_owner_sets_the_language_from_the_command_line(db_path, capsys):
    Services.open(db_path).close()
    assert cli.main(["--db", str(db_path), "--json", "settings", "show"]) == 0
    assert '"language": "system"' in capsys.readouterr().out
    assert cli.main(["--db", str(db_path), "settings", "set", "language", "NB"]) == 0
    assert capsys.readouterr().out.strip() == "language is now nb."  # said before the change
    assert cli.main(["--db", str(db_path), "settings", "set", "shop_name", "Kaffebaren"]) == 0
    assert capsys.readouterr().out.strip() == "shop_name er nå Kaffebaren."
    assert cli.main(["--db", str(db_path), "settings", "set", "language", "de"]) == 2
    assert "de" not in capsys.readouterr().out
    services = Services.open(db_path)
    assert services.setup.language() == "nb"  # the refused "de" changed nothing
    services.close()
