"""warta's command line: it parses arguments, calls the library and prints.

Exit status: 0 when every input went well, 1 when any failed, 2 for usage errors.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Structured records from Indonesian CSR news: givers, partners, places, dates, money, beneficiaries.")


def _err(message: str) -> None:
    typer.echo(f"warta: {message}", err=True)


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Files (.txt .html .jsonl .json .csv) and folders (read recursively)."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="records.jsonl, .csv or .parquet; '-' or none: JSON Lines on stdout."),
    mentions: Optional[Path] = typer.Option(None, "--mentions", help="Also write one CSV row per extracted value with its evidence."),
    text_column: str = typer.Option("text", "--text-column", help="The CSV column that holds the article text."),
    max_bytes: int = typer.Option(10 * 1024 * 1024, "--max-bytes", help="Files larger than this get an error record."),
    excel: bool = typer.Option(False, "--excel", help="CSV as UTF-8 with BOM, for Excel."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal)."),
    gazetteer: List[Path] = typer.Option([], "--gazetteer", help="Your own organisations (CSV: name,aliases,kind,role), merged with warta's; repeatable."),
    backend: str = typer.Option("spacy", "--backend", help="spacy (default) or stanza: stanza's parse helps the roles (needs the stanza extra and its local 'id' models)."),
) -> None:
    """Extract one record per article.

    Example: warta extract corpus/articles -o records.csv --mentions mentions.csv
    """
    from extract import extract_articles, get_nlp
    from extract.sinks import MentionsSink, open_sink
    from extract.sources import InputError, iter_paths, read_file
    from gazetteers.companies import GazetteerError, check_gazetteers

    from extract.stanza_backend import BackendError, check_stanza

    try:
        check_gazetteers(gazetteer)
        if backend == "stanza":
            check_stanza()
        elif backend != "spacy":
            raise ValueError(f"unknown backend {backend!r}: spacy or stanza")
    except (GazetteerError, BackendError, ValueError) as err:
        _err(str(err))
        raise typer.Exit(2)
    try:
        files = list(iter_paths(paths))
        sink = open_sink(output, bom=excel)
        extra = MentionsSink(mentions, bom=excel) if mentions else None
    except (InputError, ValueError, OSError) as err:
        _err(str(err))
        raise typer.Exit(2)
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="file", file=sys.stderr, desc="warta")

    def articles():
        for path in files:
            yield from read_file(path, text_column=text_column, max_bytes=max_bytes)
            if bar is not None:
                bar.update(1)

    failed = total = 0
    try:
        for rec in extract_articles(articles(), nlp=get_nlp(gazetteer, backend) if gazetteer or backend != "spacy" else None):
            total += 1
            sink.write(rec)
            if extra:
                extra.write(rec)
            if rec.error:
                failed += 1
                _err(f"{rec.source or rec.doc_id}: {rec.error}")
    finally:
        sink.close()
        if extra:
            extra.close()
        if bar is not None:
            bar.close()
    if show or failed:
        _err(f"{total} articles, {failed} failed")
    raise typer.Exit(1 if failed else 0)


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
def schema() -> None:
    """Print the JSON Schema of a record.

    Example: warta schema > record.schema.json
    """
    from extract.record import RECORD_SCHEMA

    typer.echo(json.dumps(RECORD_SCHEMA, indent=2, ensure_ascii=False))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
