"""Settings: defaults, then warta.toml (or --config), then the command line; each
setting knows where it came from, and bad files fail with a clear message."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.config import OPTIONS, ConfigError, load_settings


@pytest.fixture
def here(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_config_defaults_without_a_file(here):
    s = load_settings()
    assert s.config_file is None
    assert s.db == Path("warta.sqlite") and s.workers is None and s.inputs == []
    assert set(s.origin.values()) == {"default"}


def test_config_file_in_the_working_directory(here):
    (here / "warta.toml").write_text('db = "store/w.sqlite"\nworkers = 2\ninputs = ["berita", "/srv/rss"]\n')
    s = load_settings()
    assert s.config_file == here / "warta.toml"
    assert (s.db, s.workers, s.inputs) == (Path("store/w.sqlite"), 2, [Path("berita"), Path("/srv/rss")])
    assert s.origin["workers"] == str(here / "warta.toml") and s.origin["max_bytes"] == "default"


def test_config_paths_are_relative_to_the_given_file(here):
    etc = here / "etc"
    etc.mkdir()
    (etc / "cron.toml").write_text('db = "w.sqlite"\ngazetteers = ["daftar.csv"]\n')
    s = load_settings(etc / "cron.toml")
    assert s.db == etc.resolve() / "w.sqlite" and s.gazetteers == [etc.resolve() / "daftar.csv"]


def test_config_command_line_overrides_the_file(here):
    (here / "warta.toml").write_text('db = "a.sqlite"\nworkers = 2\n')
    s = load_settings(db=Path("b.sqlite"), workers=None, inputs=[])
    assert (s.db, s.origin["db"]) == (Path("b.sqlite"), "command line")
    assert (s.workers, s.origin["workers"]) == (2, str(here / "warta.toml"))  # None: not given


def test_config_accepts_a_warta_table(here):
    (here / "warta.toml").write_text('[warta]\nlock_timeout = 5\n')
    assert load_settings().lock_timeout == 5.0


@pytest.mark.parametrize("content, message", [
    ('dbb = "x.sqlite"\n', "unknown setting 'dbb'"),
    ("workers = 0\n", "workers must be a whole number >= 1"),
    ('workers = "dua"\n', "workers must be a whole number"),
    ("inputs = [1, 2]\n", "inputs must be a list of paths"),
    ("lock_timeout = -1\n", "lock_timeout must be a number of seconds"),
    ("db = \n", "warta.toml"),  # a TOML syntax error names the file
], ids=lambda v: v.strip() if isinstance(v, str) and "=" in v else None)
def test_config_rejects_bad_files(here, content, message):
    (here / "warta.toml").write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_settings()


def test_config_missing_explicit_file(here):
    with pytest.raises(ConfigError, match="no config file"):
        load_settings("tidak-ada.toml")


def test_cli_config_prints_each_setting_and_its_origin(here):
    from cli import app

    (here / "warta.toml").write_text("workers = 2\n")
    result = CliRunner().invoke(app, ["config", "--db", "x.sqlite"])
    assert result.exit_code == 0
    lines = {line.split("=")[0].strip(): line for line in result.stdout.splitlines() if "=" in line}
    assert set(OPTIONS) <= set(lines)
    assert lines["db"].endswith("# command line") and '"x.sqlite"' in lines["db"]
    assert lines["workers"].endswith(f"# {here / 'warta.toml'}")
    assert lines["batch_size"].endswith("# default")


def test_cli_bad_config_exits_2(here):
    from cli import app

    (here / "warta.toml").write_text("workers = 0\n")
    result = CliRunner().invoke(app, ["status"])
    assert result.exit_code == 2 and "workers must be" in result.stderr


def test_config_docs_cover_every_setting_and_command():
    import typer

    from cli import app

    docs = (Path(__file__).resolve().parents[1] / "docs" / "ingest.md").read_text(encoding="utf-8")
    assert [k for k in OPTIONS if f"`{k}`" not in docs] == []
    commands = typer.main.get_command(app).commands
    for name in ("ingest", "export", "status", "config"):
        assert commands[name].help, name
        assert f"warta {name}" in docs, name
