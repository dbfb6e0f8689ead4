from pathlib import Path

from loyalty_pos.paths import DB_FILE, DEMO_FILE, ENV_DB, resolve_db


def test_explicit_db_wins(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_DB, str(tmp_path / "env.sqlite3"))
    assert resolve_db(str(tmp_path / "cli.sqlite3")) == tmp_path / "cli.sqlite3"


def test_env_var_overrides_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_DB, str(tmp_path / "env.sqlite3"))
    assert resolve_db(None) == tmp_path / "env.sqlite3"
    # The demo never opens the real file, even when the real file is overridden.
    assert resolve_db(None, demo=True) == tmp_path / DEMO_FILE


def test_default_is_the_per_user_data_dir(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_DB)
    real = resolve_db(None)
    demo = resolve_db(None, demo=True)
    assert real.name == DB_FILE and demo.name == DEMO_FILE
    assert real.parent == demo.parent
    assert Path(str(tmp_path)) in real.parents  # XDG_DATA_HOME points into tmp_path


def test_a_server_url_stays_a_url(monkeypatch, tmp_path):
    url = "postgresql://till@backoffice.local/shop"
    assert resolve_db(url) == url  # --db
    assert resolve_db(url, demo=True) == url  # --demo --db URL: the demo on that server
    monkeypatch.setenv(ENV_DB, url)
    assert resolve_db(None) == url  # LOYALTY_POS_DB
    demo = resolve_db(None, demo=True)  # the demo stays a file of its own
    assert isinstance(demo, Path) and demo.name == DEMO_FILE
    assert Path(str(tmp_path)) in demo.parents
