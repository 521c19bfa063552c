"""Settings for cron: defaults, then ``warta.toml``, then the command line.

``load_settings(config=None, **overrides)`` reads ``warta.toml`` from the working
directory (or the file given with ``--config``), checks every key and type, and
applies the command-line options that were given (``None`` means "not given").
Each setting remembers where it came from; ``warta config`` prints them.

Paths in a config file are relative to the folder of that file, so a crontab
line that runs ``warta --config /etc/warta.toml`` from anywhere means the same
thing as running ``warta`` beside the file.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CONFIG_NAME = "warta.toml"


@dataclass(frozen=True, slots=True)
class Option:
    default: Any
    kind: type  # int, float, str, Path or list (a list of paths)
    help: str


OPTIONS: dict[str, Option] = {
    "db": Option(Path("warta.sqlite"), Path, "the SQLite store; created on first use"),
    "inputs": Option([], list, "folders and files `warta ingest` reads when no PATH is given"),
    "workers": Option(None, int, "processes that run the extraction, each loading the models once (unset: the number of cores)"),
    "time_budget": Option(60.0, float, "seconds an article may take before it gets an error record (0: no limit)"),
    "batch_size": Option(64, int, "files per transaction: a killed run loses at most one batch"),
    "gazetteers": Option([], list, "extra gazetteer files for the pipeline (as `--gazetteer`)"),
    "max_bytes": Option(10 * 1024 * 1024, int, "files larger than this are failures, not read"),
    "text_column": Option("text", str, "the CSV column that holds the article text"),
    "lock_timeout": Option(60.0, float, "seconds a second ingest waits for the first before giving up"),
    "max_attempts": Option(3, int, "a failing file is retried this many runs, then left until it changes"),
}


class ConfigError(ValueError):
    """The config file is missing, malformed, or has an unknown key or a wrong type."""


@dataclass(slots=True)
class Settings:
    values: dict[str, Any]
    origin: dict[str, str]  # "default", the config file's path, or "command line"
    config_file: Path | None = None
    ignored: list[str] = field(default_factory=list)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None

    def table(self) -> str:
        """The settings in force, one per line, with where each came from (``warta config``)."""
        width = max(map(len, OPTIONS))
        lines = [f"# config file: {self.config_file or 'none (' + CONFIG_NAME + ' not in ' + str(Path.cwd()) + ')'}"]
        for name in OPTIONS:
            lines.append(f"{name:<{width}} = {_show(self.values[name]):<40}  # {self.origin[name]}")
        return "\n".join(lines)


def _show(value: Any) -> str:
    if value is None:
        return "(unset)"
    if isinstance(value, list):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"
    if isinstance(value, Path):
        return f'"{value}"'
    if isinstance(value, str):
        return f'"{value}"'
    return f"{value:g}" if isinstance(value, float) else str(value)


def find_config(config: str | Path | None = None) -> Path | None:
    """The config file in force: the one given (it must exist), else ./warta.toml if present."""
    if config is not None:
        path = Path(config)
        if not path.is_file():
            raise ConfigError(f"no config file {path}")
        return path
    here = Path.cwd() / CONFIG_NAME
    return here if here.is_file() else None


def load_settings(config: str | Path | None = None, **overrides: Any) -> Settings:
    values = {k: o.default for k, o in OPTIONS.items()}
    origin = {k: "default" for k in OPTIONS}
    path = find_config(config)
    if path is not None:
        for key, value in read_config(path).items():
            values[key], origin[key] = value, str(path)
    for key, value in overrides.items():
        if key not in OPTIONS:
            raise ConfigError(f"unknown setting {key!r}")
        if value is None or (isinstance(value, (list, tuple)) and not value):
            continue  # not given on the command line
        values[key], origin[key] = _check(key, value, Path.cwd(), "command line"), "command line"
    return Settings(values, origin, path)


def read_config(path: Path) -> dict[str, Any]:
    """The settings a config file gives, checked; relative paths resolved against its folder."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: {err}") from err
    except OSError as err:
        raise ConfigError(f"cannot read {path}: {err.strerror or err}") from err
    data = data.get("warta", data) if isinstance(data.get("warta"), dict) else data  # [warta] table optional
    unknown = sorted(set(data) - set(OPTIONS))
    if unknown:
        raise ConfigError(f"{path}: unknown setting {', '.join(map(repr, unknown))} "
                          f"(known: {', '.join(OPTIONS)})")
    base = path.resolve().parent
    return {k: _check(k, v, base, str(path)) for k, v in data.items()}


def _check(key: str, value: Any, base: Path, where: str) -> Any:
    kind = OPTIONS[key].kind
    bad = ConfigError(f"{where}: {key} must be {_kind_name(kind)}, not {value!r}")
    if kind is list:
        if isinstance(value, (str, Path)):
            value = [value]
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, (str, Path)) for v in value):
            raise bad
        return [_path(v, base) for v in value]
    if kind is Path:
        if not isinstance(value, (str, Path)) or not str(value):
            raise bad
        return _path(value, base)
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise bad
        return value
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise bad
        return float(value)
    if not isinstance(value, str) or not value:
        raise bad
    return value


def _kind_name(kind: type) -> str:
    return {list: "a list of paths", Path: "a path", int: "a whole number >= 1",
            float: "a number of seconds >= 0", str: "a non-empty string"}[kind]


def _path(value: str | Path, base: Path) -> Path:
    path = Path(os.path.expanduser(str(value)))
    return path if path.is_absolute() or base == Path.cwd() else base / path

