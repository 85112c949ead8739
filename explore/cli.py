"""The ``explore`` command: each subcommand prints one table of the Python API.

explore articles seeds/
explore paragraphs seeds/ --format csv --out paragraphs.csv
explore report --corpus seeds --out reports
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from explore import schemas, stream
from explore.corpus import Corpus, load_corpus
from explore.errors import ExploreError, ExploreWarning
from explore.export import FORMATS, format_for, write_table
from explore.progress import bars

TABLE_HELP = {
    "articles": "One row per article: language, outlet, family, size.",
    "paragraphs": "One row per paragraph: kind (body, heading, caption, ...) and offsets.",
    "figures": "One row per number in article prose: value, qualifier, concept, speaker.",
    "quotes": "One row per quotation: its text, kind (speech, slogan, term), speaker and cue.",
    "statements": "One row per reported statement: 'X said that ...', 'according to X'.",
    "people": "One row per person named: canonical name, roles, forms, articles.",
    "compare": "Each concept's value per article, with a verdict and meaning drift.",
    "audit": "Translations of one original: the figures one lacks or tells otherwise.",
    "checks": "Part-whole checks of the corpus's rules (parts that add up to a whole, ...).",
    "regions": "The regional breakdown of the corpus's [regions], per article, and the remainder.",
    "problems": "Files skipped or read with a guess, and why.",
    "concepts": "Counted nouns no vocabulary covers, per language: an event vocabulary's start.",
}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="explore")
def cli() -> None:
    """Tables of figures and quotes from multilingual news about one event.

    PATH is a folder of .txt articles (default: seeds). Every table can be printed,
    or written as CSV, JSON or Parquet with --format and --out.
    """


@contextmanager
def _user_errors() -> Iterator[None]:
    """Show ExploreErrors as one-line messages and ExploreWarnings on stderr."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ExploreWarning)
        try:
            yield
        except ExploreError as err:
            raise click.ClickException(str(err)) from None
        finally:
            for w in caught:
                if issubclass(w.category, ExploreWarning):
                    click.echo(f"warning: {w.message}", err=True)
                else:
                    warnings.showwarning(w.message, w.category, w.filename, w.lineno)


RULES_OPTION = click.option(
    "--rules",
    type=click.Path(dir_okay=False, exists=True),
    help="A rules file of your own: [regions] and [[rules]] tables (default: those of the "
    "corpus's concepts.toml; none: empty tables).",
)
WITH_RULES = stream.WITH_RULES  # Corpus methods taking a rules file
JOBS_OPTION = click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that read the articles (default: every core, for a corpus of a few "
    "MB or more); any number gives the same rows in the same order.",
)
ENGINE_OPTION = click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="ray: run on a Ray cluster (pip install 'explore[ray]'; RAY_ADDRESS names the "
    "cluster) and write --out DIR, a folder of Parquet files.",
)


def _on_ray(name: str, path: str, out: str | None, *, concepts: str | None, fmt: str) -> None:
    """The table written by Ray Data (explore.ray_engine) into the folder ``out``."""
    from explore import ray_engine

    if name not in ray_engine.TABLES:
        raise ExploreError(
            f"--engine ray: writes the {', '.join(ray_engine.TABLES)} tables; got {name} "
            "(use --engine local)"
        )
    if out is None or fmt not in ("parquet", "table"):
        raise ExploreError("--engine ray: writes a folder of Parquet files; give --out DIR")
    if Path(out).exists() and not Path(out).is_dir():
        raise ExploreError(f"--out {out}: is a file; --engine ray writes a folder of Parquet files")
    ray_engine.write_table(name, path, out, concepts=concepts)


STARTER_OPTION = click.option(
    "--starter",
    is_flag=True,
    help="Print a concepts file to edit (TOML) instead of the table.",
)


def _table_command(name: str, build: Callable[[Corpus], object]) -> click.Command:
    columns = schemas.describe(name)

    @click.argument("path", default="seeds", type=click.Path(file_okay=False))
    @click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default=None,
        help="Output format (default: from --out's suffix, else a table).",
    )
    @click.option(
        "--out",
        type=click.Path(),
        help="Write to FILE instead of stdout (a Parquet or CSV file is written batch by "
        "batch: corpora larger than memory fit). With --engine ray: a folder.",
    )
    @click.option(
        "--concepts",
        type=click.Path(dir_okay=False, exists=True),
        help="An event vocabulary (default: PATH/concepts.toml when there is one).",
    )
    @JOBS_OPTION
    @ENGINE_OPTION
    def command(
        path: str,
        fmt: str | None,
        out: str | None,
        *,
        concepts: str | None = None,
        jobs: int | None = None,
        engine: str = "local",
        rules: str | None = None,
        starter: bool = False,
    ) -> None:
        with _user_errors(), _stop_on_signals() as stopped:
            try:
                _write_table(
                    name,
                    build,
                    path=path,
                    fmt=fmt,
                    out=out,
                    concepts=concepts,
                    jobs=jobs,
                    engine=engine,
                    rules=rules,
                    starter=starter,
                )
            except KeyboardInterrupt:
                target = f"{out} is as it was before this run" if out else "nothing written"
                how = stopped.get("signal", "Ctrl-C")
                click.echo(f"interrupted ({how}): {target}", err=True)
                raise SystemExit(130) from None

    command.__doc__ = f"{TABLE_HELP[name]}\n\n\b\nColumns:\n{columns}"
    if name in WITH_RULES:
        command = RULES_OPTION(command)
    if name == "concepts":
        command = STARTER_OPTION(command)
    return cli.command(name)(command)


def _write_table(
    name: str,
    build: Callable[[Corpus], object],
    *,
    path: str,
    fmt: str | None,
    out: str | None,
    concepts: str | None,
    jobs: int | None,
    engine: str,
    rules: str | None,
    starter: bool,
) -> None:
    """One table command: on Ray, streamed to a file, or built in memory and written."""
    chosen = format_for(out, fmt)
    if engine == "ray":
        _on_ray(name, path, out, concepts=concepts, fmt=chosen)
        return
    if out is not None and Path(out).is_dir():
        raise ExploreError(
            f"--out {out}: is a folder; expected a file to write the {name} table "
            "to (--engine ray writes a folder)"
        )
    if out is not None and chosen in stream.FORMATS and not starter:
        stream.stream_table(
            name,
            path,
            out,
            fmt=chosen,
            concepts=concepts,
            rules=rules,
            jobs=jobs,
            progress=bars(),
        )
        return
    corpus = load_corpus(path, concepts=concepts, jobs=jobs)
    frame = build(corpus) if rules is None else getattr(corpus, WITH_RULES[name])(rules)
    if starter:
        from explore.vocabulary import starter_file

        click.echo(starter_file(frame), nl=False)
        return
    write_table(frame, chosen, out)


for _name in TABLE_HELP:
    _table_command(_name, lambda corpus, name=_name: getattr(corpus, name))


@cli.command()
@click.option("--corpus", default="seeds", show_default=True, type=click.Path(file_okay=False))
@click.option("--out", default="reports", show_default=True, type=click.Path(file_okay=False))
@click.option(
    "--params",
    type=click.Path(dir_okay=False, exists=True),
    help='JSON file of notebook parameters: {"signatories_by_region": {"as_share": true}}.',
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Notebooks run at the same time (default: one per core).",
)
@click.option(
    "--cell-timeout",
    type=click.FloatRange(min=1),
    default=None,
    help="Seconds one notebook cell may take before the notebook is stopped (default: 120).",
)
def report(
    corpus: str, out: str, params: str | None, jobs: int | None, cell_timeout: float | None
) -> None:
    """Write every table, run every notebook headless and build OUT/index.html.

    Tables go to OUT/tables (CSV, Parquet), executed notebooks to OUT/notebooks (.ipynb and
    HTML), charts to OUT/charts (HTML with the JavaScript inlined, PNG, SVG); index.html
    opens with the findings in sentences, then every chart, offline. OUT is replaced only
    when the new report is complete: an interrupted or failed run leaves it as it was.
    """
    from explore.report import CELL_TIMEOUT, build_report

    with _user_errors(), _stop_on_signals() as stopped:
        try:
            summary = build_report(
                corpus,
                out,
                params=params,
                jobs=jobs,
                cell_timeout=cell_timeout or CELL_TIMEOUT,
                progress=lambda line: click.echo(f"  {line}"),
            )
        except KeyboardInterrupt:
            click.echo(
                f"interrupted ({stopped.get('signal', 'Ctrl-C')}): every notebook stopped; "
                f"{out} is as it was before this run",
                err=True,
            )
            raise SystemExit(130) from None
    click.echo(
        f"{summary.articles} articles, {len(summary.runs)} notebooks in {summary.seconds:.1f} s "
        f"(tables {summary.table_seconds:.1f} s); open {summary.out / 'index.html'}"
    )
    if summary.failed:
        for run in summary.failed:
            click.echo(f"error: notebook {run.name}: {run.error}", err=True)
        raise SystemExit(1)


@contextmanager
def _stop_on_signals() -> Iterator[dict[str, str]]:
    """SIGTERM (and a hang-up) stop a run as Ctrl-C does, so that it cleans up."""
    import signal

    stopped: dict[str, str] = {}

    def stop(signum: int, _frame: object) -> None:
        stopped["signal"] = signal.Signals(signum).name
        raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield stopped
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def main() -> None:
    """Console-script entry point."""
    cli()
