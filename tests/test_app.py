"""The composition root: arguments, opening the file, the demo shop."""

import pytest

from loyalty_pos import __version__
from loyalty_pos.app import main, parse_args
from loyalty_pos.services.wiring import open_services


def test_demo_is_filled_once_and_reopened_as_is(tmp_path):
    path = tmp_path / "demo.sqlite3"
    s = open_services(path, demo=True)
    members = s.members.count()
    programs = [p.name for p in s.programs.list()]
    s.close()
    assert members == 200 and programs == ["Coffee card", "Pastry card"]
    again = open_services(path, demo=True)
    assert again.members.count() == 200  # not filled twice
    assert again.maintenance.check().ok
    again.close()


def test_real_shop_is_not_filled(tmp_path):
    s = open_services(tmp_path / "shop.sqlite3", demo=False)
    assert s.members.count() == 0 and s.programs.list() == []
    s.close()


def test_arguments(capsys):
    args = parse_args(["--db", "x.sqlite3", "--demo"])
    assert (args.db, args.demo) == ("x.sqlite3", True)
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_admin_is_dispatched_without_a_window(tmp_path, capsys):
    assert main(["admin", "--db", str(tmp_path / "a.sqlite3"), "--json", "init"]) == 0
    assert '"created": true' in capsys.readouterr().out
