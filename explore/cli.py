"""The ``explore`` command: each subcommand prints one table of the Python API.

explore articles seeds/
explore paragraphs seeds/ --format csv --out paragraphs.csv
explore report --corpus seeds --out reports
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click

from explore import schemas
from explore.corpus import Corpus, load_corpus
from explore.errors import ExploreError, ExploreWarning
from explore.export import FORMATS, format_for, write_table

TABLE_HELP = {
    "articles": "One row per article: language, outlet, family, size.",
    "paragraphs": "One row per paragraph: kind (body, heading, caption, ...) and offsets.",
    "figures": "One row per number in article prose: value, qualifier, concept, speaker.",
    "quotes": "One row per quotation: its text, kind (speech, slogan, term), speaker and cue.",
    "statements": "One row per reported statement: 'X said that ...', 'according to X'.",
    "people": "One row per person named: canonical name, roles, forms, articles.",
    "compare": "Each concept's value per article, with a verdict and meaning drift.",
    "audit": "Translations of one original: the figures one lacks or tells otherwise.",
    "checks": "Part-whole checks (regions add up to all signatories, ...).",
    "regions": "Signatories by region as each article reports them, and the remainder.",
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
    help="A rules file of your own (default: the package's rules.toml).",
)
WITH_RULES = {"checks": "check", "regions": "breakdown"}  # Corpus methods taking a rules file
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
    @click.option("--out", type=click.Path(dir_okay=False), help="Write to FILE instead of stdout.")
    @click.option(
        "--concepts",
        type=click.Path(dir_okay=False, exists=True),
        help="An event vocabulary (default: PATH/concepts.toml when there is one).",
    )
    def command(
        path: str,
        fmt: str | None,
        out: str | None,
        *,
        concepts: str | None = None,
        rules: str | None = None,
        starter: bool = False,
    ) -> None:
        with _user_errors():
            corpus = load_corpus(path, concepts=concepts)
            frame = build(corpus) if rules is None else getattr(corpus, WITH_RULES[name])(rules)
            if starter:
                from explore.vocabulary import starter_file

                click.echo(starter_file(frame), nl=False)
                return
            write_table(frame, format_for(out, fmt), out)

    command.__doc__ = f"{TABLE_HELP[name]}\n\n\b\nColumns:\n{columns}"
    if name in WITH_RULES:
        command = RULES_OPTION(command)
    if name == "concepts":
        command = STARTER_OPTION(command)
    return cli.command(name)(command)


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
