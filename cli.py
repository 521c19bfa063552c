"""warta's command line: it parses arguments, calls the library and prints.

Exit status: 0 when every input went well, 1 when any failed, 2 for usage errors.
"""
from __future__ import annotations

import functools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Structured records from Indonesian CSR news: givers, partners, places, dates, money, beneficiaries.")


def _err(message: str) -> None:
    typer.echo(f"warta: {message}", err=True)


_COUNT_DUPLICATES = typer.Option(False, "--count-duplicates", help="Count every copy of a story (default: a later copy of the same release on another site, duplicate_of set by ingest, counts once).")


def _stoppable(command):
    """SIGTERM and SIGINT stop the command cleanly (exit 143, 130); a second one exits at once."""
    @functools.wraps(command)
    def run(*args, **kwargs):
        from extract.engines.stopping import Interrupted, dump_stacks_on_request, stop_on_signals

        dump_stacks_on_request()
        try:
            with stop_on_signals():
                return command(*args, **kwargs)
        except Interrupted as err:  # outside the command's own handling (imports, setup)
            _err(str(err))
            raise typer.Exit(err.exit_status)
    return run


@app.command()
@_stoppable
def extract(
    paths: List[str] = typer.Argument(..., help="Files (.txt .html .jsonl .json .csv .warc .warc.gz) and folders (read recursively); also URLs (s3://, gs://, az://, https://, file://; see docs/scale.md)."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="records.jsonl, .csv or .parquet; '-' or none: JSON Lines on stdout; with --engine dask, a folder or URL ending in / : a Parquet dataset written by the workers."),
    mentions: Optional[Path] = typer.Option(None, "--mentions", help="Also write one CSV row per extracted value with its evidence."),
    text_column: Optional[str] = typer.Option(None, "--text-column", help="The CSV column that holds the article text (default: text)."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Files larger than this get an error record (default 10 MB)."),
    excel: bool = typer.Option(False, "--excel", help="CSV as UTF-8 with BOM, for Excel."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Worker processes (default: the number of cores; small inputs run in-process)."),
    time_budget: Optional[float] = typer.Option(None, "--time-budget", min=0, help="Seconds an article may take before it gets an error record (default 60; 0: no limit)."),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or dask (a Dask cluster; needs the dask extra)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="With --engine dask: the scheduler address, e.g. tcp://host:8786 (default: a LocalCluster)."),
    partition_files: Optional[int] = typer.Option(None, "--partition-files", min=1, help="With --engine dask -o DIR/: input files per partition (default 64; 1 for WARC files). See docs/scale.md."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal)."),
    gazetteer: List[Path] = typer.Option([], "--gazetteer", help="Your own organisations (CSV: name,aliases,kind,role), merged with warta's; repeatable."),
    config: Optional[Path] = typer.Option(None, "--config", help="Settings file (default: warta.toml in the working directory, if any)."),
    backend: str = typer.Option("spacy", "--backend", help="spacy (default) or stanza: stanza's parse helps the roles (needs the stanza extra and its local 'id' models)."),
) -> None:
    """Extract one record per article.

    Example: warta extract corpus/articles -o records.csv --mentions mentions.csv
    """
    from extract import extract_articles
    from extract.engines.engine import BATCH_SIZE, default_workers
    from extract.outputs.sinks import MentionsSink, open_sink
    from extract.inputs.sources import READER_UNAVAILABLE, InputError, is_warc, iter_paths, read_file
    from extract.components.stanza_backend import BackendError, check_stanza
    from gazetteers.companies import GazetteerError, check_gazetteers

    s = _settings(config, workers=workers, gazetteers=gazetteer, max_bytes=max_bytes, text_column=text_column,
                  time_budget=time_budget)
    gazetteer, max_bytes, text_column, time_budget = s.gazetteers, s.max_bytes, s.text_column, s.time_budget
    try:
        check_gazetteers(gazetteer)
        if backend == "stanza":
            check_stanza()
        elif backend != "spacy":
            raise ValueError(f"unknown backend {backend!r}: spacy or stanza")
    except (GazetteerError, BackendError, ValueError) as err:
        _err(str(err))
        raise typer.Exit(2)
    from extract.engines.dask_parquet import is_dataset_output

    if is_dataset_output(output):
        files = _input_files(paths, iter_paths, InputError)
        if engine != "dask" or mentions:
            _err("a folder output (-o DIR/) is a Parquet dataset written by Dask workers: use it with --engine dask, without --mentions")
            raise typer.Exit(2)
        _extract_dataset(files, output, scheduler, s.workers or default_workers(), progress,
                         dict(time_budget=time_budget, text_column=text_column, max_bytes=max_bytes,
                              partition_files=partition_files, gazetteers=gazetteer, backend=backend))
    try:
        files = list(iter_paths(paths))
        sink = open_sink(output, bom=excel)
        extra = MentionsSink(mentions, bom=excel) if mentions else None
    except (InputError, ValueError, OSError, ImportError) as err:
        _err(str(err))
        raise typer.Exit(2)
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="file", file=sys.stderr, desc="warta")

    skipped = Counter()  # WARC records that are not articles (extract/inputs/warc.py)

    def articles():
        for path in files:
            yield from read_file(path, text_column=text_column, max_bytes=max_bytes, skipped=skipped)
            if bar is not None:
                bar.update(1)

    if engine not in ("local", "dask"):
        _err(f"unknown engine {engine!r}: use local or dask")
        raise typer.Exit(2)
    n_workers = s.workers or default_workers()
    if s.origin["workers"] == "default" and len(files) < 2 * BATCH_SIZE and not any(map(is_warc, files)):
        n_workers = 1  # a small job does not pay for starting workers
    from extract.engines.stopping import held

    records = None
    failed = total = unavailable = 0
    try:  # from here on, the output is closed whatever happens (a stop while the cluster starts too)
        if engine == "dask":
            from extract.engines.dask_engine import DaskUnavailable, run_dask

            try:
                records = run_dask(files, scheduler=scheduler, workers=n_workers, time_budget=time_budget,
                                   text_column=text_column, max_bytes=max_bytes,
                                   on_file_done=bar.update if bar else None)
            except DaskUnavailable as err:
                _err(str(err))
                raise typer.Exit(2)
        else:
            records = extract_articles(articles(), workers=n_workers, time_budget=time_budget,
                                       gazetteers=gazetteer, backend=backend)
        for rec in records:
            with held():  # a stop signal never cuts a record in two
                sink.write(rec)
                if extra:
                    extra.write(rec)
                total += 1
            if rec.error and rec.error.startswith(READER_UNAVAILABLE):
                failed += 1
                unavailable += 1
                if unavailable == 1:  # the same cause for every file of that kind: said once
                    _err(rec.error)
            elif rec.error:
                failed += 1
                _err(f"{rec.source or rec.doc_id}: {rec.error}")
    except BaseException as err:
        stopped = _stopped(err)
        if stopped is None:
            raise
        _err(f"{stopped}: {total} records written before it")
        raise typer.Exit(stopped.exit_status)
    finally:
        with held():  # a stop signal during the clean-up is raised after it: the output is always closed
            closing = getattr(records, "close", None)
            if closing is not None:
                closing()  # stops the workers or the Dask cluster on every way out
            sink.close()
            if extra:
                extra.close()
            if bar is not None:
                bar.close()
    if unavailable:
        _err(f"{unavailable} files not read because their reader is unavailable (see above)")
    if skipped:
        _err(_skipped_line(skipped))
    if show or failed:
        _err(f"{total} articles, {failed} failed")
    raise typer.Exit(1 if failed else 0)


def _input_files(paths, iter_paths, InputError) -> list:  # noqa: N803 - passed in to keep imports lazy
    try:
        return list(iter_paths(paths))
    except (InputError, OSError, ImportError) as err:
        _err(str(err))
        raise typer.Exit(2)


def _skipped_line(skipped) -> str:
    return f"{sum(skipped.values())} WARC records skipped: " + ", ".join(f"{n} {why}" for why, n in sorted(skipped.items()))


def _extract_dataset(files, output, scheduler, workers, progress, options) -> None:
    """``--engine dask -o DIR/``: the workers write the Parquet dataset; this prints what they counted."""
    from extract.engines.dask_engine import DaskUnavailable
    from extract.engines.dask_parquet import run_dask_dataset

    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="file", file=sys.stderr, desc="warta")
    try:
        summary = run_dask_dataset(files, output, scheduler=scheduler, workers=workers,
                                   on_file_done=bar.update if bar else None, **options)
    except (DaskUnavailable, ImportError) as err:
        _err(str(err))
        raise typer.Exit(2)
    except Exception as err:  # noqa: BLE001 - a partition failed: what was written stays, a re-run resumes
        _err(f"{type(err).__name__}: {err}; the partitions written so far stay in {output}, run again to resume")
        raise typer.Exit(1)
    finally:
        if bar is not None:
            bar.close()
    for source, error in summary.errors:
        _err(f"{source}: {error}")
    if summary.stale:
        _err(f"{len(summary.stale)} part files in {output} are not from these inputs (earlier runs?) and will be "
             f"read with the dataset: {', '.join(summary.stale[:3])}{' ...' if len(summary.stale) > 3 else ''}")
    if summary.skipped:
        _err(_skipped_line(summary.skipped))
    _err(f"{summary.partitions} partitions: {summary.written} written, {summary.resumed} already there; "
         f"{summary.records} articles extracted by this run, {summary.failed} failed")
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold records (JSON Lines)."),
    pred: Path = typer.Argument(..., exists=True, dir_okay=False, help="Predicted records (JSON Lines)."),
    as_json: bool = typer.Option(False, "--json", help="Print the table as JSON."),
    details: bool = typer.Option(False, "--details", help="Also print the misses and extras of each article."),
) -> None:
    """Per-field precision, recall and F1, matched as the record contract's scorer does.

    Example: warta evaluate corpus/gold.jsonl records.jsonl
    """
    from extract.evaluate import evaluate as run, format_table

    try:
        table, rows = run(gold, pred)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        _err(f"cannot read records: {err}")
        raise typer.Exit(2)
    if details:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
    typer.echo(json.dumps(table) if as_json else format_table(table))


@app.command()
def report(
    records: Path = typer.Argument(..., exists=True, dir_okay=False, help="Records (JSON Lines) or a warta store (SQLite)."),
    output: Path = typer.Option(Path("report.html"), "-o", "--output", help="The HTML file to write."),
    articles: Optional[List[Path]] = typer.Option(None, "--articles", help="The articles the records came from, for the full text; repeat for several (default: each record's source, where it still exists)."),
    title: Optional[str] = typer.Option(None, "--title", help="The page title."),
    page_size: int = typer.Option(50, "--page-size", min=1, help="Articles per page of the list."),
    count_duplicates: bool = _COUNT_DUPLICATES,
) -> None:
    """Write one self-contained HTML page: the corpus overview and every value highlighted in its article.

    Example: warta report records.jsonl --articles corpus/articles -o report.html
    """
    from extract.outputs.report import ReportError, build_report
    from extract.inputs.sources import InputError

    try:
        summary = build_report(records, output, articles=articles, title=title, page_size=page_size,
                               count_duplicates=count_duplicates)
    except (ReportError, InputError, OSError) as err:
        _err(str(err))
        raise typer.Exit(2)
    typer.echo(str(summary))


@app.command()
def entities(
    records: Path = typer.Argument(..., exists=True, dir_okay=False, help="Records (JSON Lines) or a warta store (SQLite)."),
    output: Path = typer.Option(Path("entities.csv"), "-o", "--output", help="entities.csv, .jsonl or .parquet (by suffix)."),
    gazetteer: Optional[List[Path]] = typer.Option(None, "--gazetteer", help="Your own organisation list (CSV), as for extract; repeatable."),
    excel: bool = typer.Option(False, "--excel", help="CSV as UTF-8 with BOM, for Excel."),
    count_duplicates: bool = _COUNT_DUPLICATES,
    programs: bool = typer.Option(False, "--programs", help="Programmes by giver instead: one row per giver and named programme."),
    by_sector: bool = typer.Option(False, "--by-sector", help="Money by sector and province instead: one row per sector and province."),
    sector: Optional[List[str]] = typer.Option(None, "--sector", help="Only articles with this sector label, e.g. pendidikan (repeatable: any)."),
) -> None:
    """One row per organisation id: canonical name, parent, kind, articles as giver and as partner,
    total and median sums, provinces, years, programmes; with --programs one row per giver and programme,
    with --by-sector one row per sector and province (money, articles).

    Example: warta entities records.jsonl -o entities.csv; warta entities warta.sqlite --programs --sector pendidikan -o p.csv
    """
    from extract.outputs.entity_table import COLUMNS, entity_rows, write_entities
    from extract.outputs.program_table import COLUMNS as PROGRAM_COLUMNS, program_rows
    from extract.outputs.report import ReportError, load_records
    from extract.outputs.report_sectors import SECTOR_COLUMNS, sector_province_rows
    from gazetteers.companies import GazetteerError, check_gazetteers

    if programs and by_sector:
        _err("--programs and --by-sector are two tables: give one")
        raise typer.Exit(2)
    paths = tuple(str(p) for p in gazetteer or [])
    table, columns, what = ((program_rows, PROGRAM_COLUMNS, "giver programmes") if programs else
                            (sector_province_rows, SECTOR_COLUMNS, "sector and province rows") if by_sector else
                            (entity_rows, COLUMNS, "organisations"))
    try:
        check_gazetteers(paths)
        rows = table(load_records(records), paths, count_duplicates=count_duplicates, sectors=sector or [])
        n = write_entities(rows, output, bom=excel, columns=columns)
    except (ReportError, GazetteerError, ValueError, OSError) as err:
        _err(str(err))
        raise typer.Exit(2)
    typer.echo(f"wrote {n} {what} to {output}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of a record.

    Example: warta schema > record.schema.json
    """
    from extract.record import RECORD_SCHEMA

    typer.echo(json.dumps(RECORD_SCHEMA, indent=2, ensure_ascii=False))


# ---------------------------------------------------------------- store: ingest, export, status, config
_DB = typer.Option(None, "--db", help="The SQLite store (default: warta.sqlite, or `db` in warta.toml).")
_CONFIG = typer.Option(None, "--config", help="Settings file (default: ./warta.toml when present).")


def _settings(config: Optional[Path], **overrides):
    from extract.config import ConfigError, load_settings

    try:
        return load_settings(config, **overrides)
    except ConfigError as err:
        _err(str(err))
        raise typer.Exit(2)


@app.command()
@_stoppable
def ingest(
    paths: Optional[List[Path]] = typer.Argument(None, help="Files and folders; default: `inputs` in warta.toml."),
    db: Optional[Path] = _DB,
    config: Optional[Path] = _CONFIG,
    reprocess: bool = typer.Option(False, "--reprocess", help="Also redo the records an older extractor version made."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Extraction processes (default: the number of cores)."),
    gazetteer: Optional[List[Path]] = typer.Option(None, "--gazetteer", help="Extra gazetteer file (repeatable)."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Files larger than this are failures."),
    text_column: Optional[str] = typer.Option(None, "--text-column", help="The CSV column that holds the text."),
    lock_timeout: Optional[float] = typer.Option(None, "--lock-timeout", help="Seconds to wait for a running ingest (default 60)."),
    verbose: bool = typer.Option(False, "-v", "--verbose", help="Also print records written, time and run number."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal)."),
) -> None:
    """Add new and changed articles to the store; skip unchanged files; retry failures.

    Prints `ingested N, unchanged M, failed K` (files). Exit status: 0 all went well,
    1 some files failed (they are retried next run), 2 usage or store error
    (including another ingest holding the store longer than --lock-timeout).

    Example: warta ingest /data/news --db /data/warta.sqlite
    """
    import sqlite3

    from extract.engines.engine import default_workers
    from extract.storage.ingest import ingest as run
    from extract.inputs.sources import InputError
    from extract.storage.store import StoreError

    s = _settings(config, db=db, inputs=paths, workers=workers, gazetteers=gazetteer, max_bytes=max_bytes,
                  text_column=text_column, lock_timeout=lock_timeout)
    if not s.inputs and not reprocess:
        _err("nothing to ingest: give PATH... or set `inputs` in warta.toml")
        raise typer.Exit(2)
    try:
        report = run(s.inputs, s.db, reprocess=reprocess, workers=s.workers or default_workers(), batch_size=s.batch_size,
                     max_bytes=s.max_bytes, text_column=s.text_column, lock_timeout=s.lock_timeout,
                     max_attempts=s.max_attempts, gazetteers=s.gazetteers,
                     progress=sys.stderr.isatty() if progress is None else progress)
    except BaseException as err:  # noqa: BLE001 - a run that stops is an error, not "some files failed"
        stopped = _stopped(err)
        if stopped is not None:
            report = getattr(stopped, "report", None) or getattr(err, "report", None)
            if report is not None and report.resuming():
                _err(report.resuming())
            done = f": {report.summary()}, committed" if report is not None else ""
            _err(f"ingest interrupted, {stopped}{done}; the next run resumes")
            raise typer.Exit(stopped.exit_status)
        if not isinstance(err, Exception):
            raise
        if isinstance(err, (InputError, StoreError, ValueError, OSError, sqlite3.Error)):
            _err(str(err))
            raise typer.Exit(2)
        if verbose:
            import traceback

            traceback.print_exc()
        _err(f"ingest stopped (the next run resumes): {type(err).__name__}: {err}")
        raise typer.Exit(2)
    if report.resuming():
        _err(report.resuming())
    for path, reason in report.failures:
        _err(f"{path}: {reason}")
    typer.echo(report.summary())
    if verbose:
        typer.echo(report.details())
    raise typer.Exit(report.exit_code)


@app.command()
def export(
    output: Path = typer.Option(..., "-o", "--output", help="out.csv, .parquet, .jsonl or .xlsx (by suffix)."),
    db: Optional[Path] = _DB,
    config: Optional[Path] = _CONFIG,
    since: Optional[str] = typer.Option(None, "--since", help="Articles dated on or after this date (YYYY[-MM[-DD]])."),
    organization: Optional[List[str]] = typer.Option(None, "--organization", help="A giver or partner whose name contains this (repeatable: any)."),
    location: Optional[List[str]] = typer.Option(None, "--location", help="A place, or its province or regency, containing this (repeatable: any)."),
    mentions: bool = typer.Option(False, "--mentions", help="The long table: one row per value and piece of evidence."),
    excel: bool = typer.Option(False, "--excel", help="CSV as UTF-8 with BOM, for Excel."),
    entities: bool = typer.Option(False, "--entities", help="The organisations instead: one row per organisation id (as `warta entities`)."),
    count_duplicates: bool = _COUNT_DUPLICATES,
    sector: Optional[List[str]] = typer.Option(None, "--sector", help="Articles with this sector label, e.g. pendidikan (repeatable: any)."),
) -> None:
    """Write the store's records as a table, through pandas.

    CSV and .xlsx cells that begin with = + - or @ are prefixed with ' so spreadsheets
    show them as text; Parquet and JSON Lines keep nested lists and exact evidence.

    Example: warta export -o pertamina.csv --since 2024-01-01 --organization Pertamina --excel
    """
    import sqlite3

    from extract.outputs.export import export as run
    from extract.storage.store import StoreError

    s = _settings(config, db=db)
    try:
        rows = run(s.db, output, since=since, organizations=organization or [], locations=location or [],
                   mentions=mentions, bom=excel, entities=entities, count_duplicates=count_duplicates,
                   sectors=sector or [])
    except (StoreError, ValueError, OSError, sqlite3.Error) as err:
        _err(str(err))
        raise typer.Exit(2)
    typer.echo(f"exported {rows} rows to {output}")


@app.command()
def status(
    db: Optional[Path] = _DB,
    config: Optional[Path] = _CONFIG,
    as_json: bool = typer.Option(False, "--json", help="Print the status as JSON."),
) -> None:
    """Counts, the last run, and the failures waiting for a retry.

    Example: warta status --db /data/warta.sqlite
    """
    import sqlite3

    from extract.storage.store import StoreError, format_status, store_status

    s = _settings(config, db=db)
    try:
        st = store_status(s.db, max_attempts=s.max_attempts)
    except (StoreError, OSError, sqlite3.Error) as err:
        _err(str(err))
        raise typer.Exit(2)
    typer.echo(json.dumps(st, ensure_ascii=False, indent=2) if as_json else format_status(st))


@app.command("config")
def show_config(
    config: Optional[Path] = _CONFIG,
    db: Optional[Path] = _DB,
) -> None:
    """Print the settings in force and where each came from (default, warta.toml, command line).

    Example: warta config --config /etc/warta.toml
    """
    typer.echo(_settings(config, db=db).table())


@app.command("train-ner")
def train_ner(
    data: Path = typer.Option(Path("../shared/data/ner"), "--data", help="The NER data folder (idner-news-2k, nergrit, nerp)."),
    out: Path = typer.Option(Path("models/ner"), "--out", help="Where the trained pipeline goes."),
    max_steps: Optional[int] = typer.Option(None, "--max-steps", help="Training steps (default: the config's)."),
    seed: int = typer.Option(0, "--seed"),
) -> None:
    """Rebuild the shipped NER model from the shared NER data (models/ner.cfg; CPU, about 35 minutes).

    Example: warta train-ner --data ../shared/data/ner --out models/ner
    """
    from extract.training.train_ner import main as run

    if not data.is_dir():
        _err(f"no NER data folder {data}: give --data")
        raise typer.Exit(2)
    argv = ["--data", str(data), "--out", str(out), "--seed", str(seed)]
    if max_steps is not None:
        argv += ["--max-steps", str(max_steps)]
    raise typer.Exit(run(argv))


def _stopped(err: BaseException):
    """The Interrupted behind ``err``: the stop signal itself, or an error that came of it
    (a worker pool broken by the same SIGTERM sent to the whole process group)."""
    from extract.engines.stopping import Interrupted, requested

    if isinstance(err, Interrupted):
        return err
    if isinstance(err, Exception) and requested() is not None:
        return Interrupted(requested())
    return None


def main() -> None:
    app()


if __name__ == "__main__":
    main()
