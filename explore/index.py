"""index.html of a report: findings in sentences, the charts by section, the downloads.

The page opens offline: the Vega JavaScript is inlined once, chart specifications sit in
JSON data blocks with ``<``, ``>`` and ``&`` encoded, and every other text is escaped.
"""

from __future__ import annotations

import html
import json
from datetime import datetime
from pathlib import Path

import polars as pl

from explore.findings import findings
from explore.labels import article_names, concept_names, label, labelled
from explore.pages import _EMBED, _STYLE, Evidence, Figure, _bundle, safe_json, untitled

SECTION_ORDER = (  # notebooks whose charts the index shows, in reading order
    "cross_source_figures",
    "signatories_by_region",
    "quotes_and_speakers",
    "corpus_overview",
)
SECTION_EVIDENCE = {"cross_source_figures": "compare", "signatories_by_region": "regions"}
FINDING_MARKS = {
    "conflict": "⚠",
    "check": "⚠",
    "translation": "↔",
    "drift": "≈",
    "agree": "✓",
    "quotes": "❝",
    "note": "·",
}
_INDEX_STYLE = """
header p { color: #555; margin: .2rem 0; }
nav.sections { position: sticky; top: 0; background: #fff; padding: .6rem 0;
               border-bottom: 1px solid #eee; z-index: 1; }
nav.sections a { margin-right: 1.2rem; color: #2b59c3; text-decoration: none; }
.failed { border-left: 4px solid #d1495b; background: #fdf1f2; padding: .6rem 1rem; }
ul.findings { list-style: none; padding: 0; max-width: 80ch; }
ul.findings li { margin: .5rem 0; padding-left: 1.6rem; text-indent: -1.6rem; }
ul.findings .mark { display: inline-block; width: 1.6rem; text-indent: 0; }
li.conflict .mark, li.check .mark { color: #d1495b; }
.empty { color: #555; font-style: italic; }
table.downloads td { padding: .2rem 1rem .2rem 0; vertical-align: top; }
details table { border-collapse: collapse; font-size: .9rem; margin: .5rem 0 1.5rem; }
details td, details th { border-bottom: 1px solid #eee; padding: .3rem .6rem; text-align: left;
                         vertical-align: top; }
details summary { cursor: pointer; color: #2b59c3; margin: .5rem 0; }
mark { background: #ffe9a8; }
h3 { font-size: 1.05rem; margin-top: 2rem; }
"""


def write_index(folder: Path, summary, corpus) -> Path:
    """Write ``folder/index.html`` for the report built in ``folder``."""
    path = folder / "index.html"
    path.write_text(index_page(folder, summary, corpus), encoding="utf-8")
    return path


def index_page(folder: Path, summary, corpus) -> str:
    """The whole index page as a string."""
    articles = corpus.articles
    langs = sorted(articles["lang"].drop_nulls().unique().to_list())
    outlets = articles["outlet"].drop_nulls().n_unique()
    title = f"What {_count(len(articles), 'article')} say: {Path(corpus.path).name}"
    sections = _chart_sections(folder)
    nav = [("findings", "Findings")]
    nav += [(name, label("notebooks", name)) for name, _ in sections]
    nav += [("downloads", "Downloads")]
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_STYLE}{_INDEX_STYLE}</style>",
        f"<script>{_bundle()}</script></head><body>",
        f"<header><h1>{_e(title)}</h1>",
        f"<p>{_count(len(articles), 'article')} in {_count(len(langs), 'language')} "
        f"({_e(', '.join(langs))}) from {_count(outlets, 'outlet')} · generated "
        f"{datetime.now():%Y-%m-%d %H:%M} by explore "
        "from the tables below; every chart marks its source sentence on hover</p></header>",
    ]
    if summary.failed:
        items = "".join(
            f"<li><b>{_e(label('notebooks', r.name))}</b> ({_e(r.name)}.ipynb): "
            f"{_e(r.error)}. Its charts are left out of this page.</li>"
            for r in summary.failed
        )
        parts.append(
            f'<div class="failed"><p>Not everything could be shown:</p><ul>{items}</ul></div>'
        )
    parts.append(
        '<nav class="sections">'
        + "".join(f'<a href="#{key}">{_e(text)}</a>' for key, text in nav)
        + "</nav>"
    )
    parts.append('<section id="findings"><h2>Findings</h2><ul class="findings">')
    for finding in findings(corpus):
        mark = FINDING_MARKS.get(finding.kind, "·")
        parts.append(
            f'<li class="{finding.kind}"><span class="mark">{mark}</span>{_e(finding.text)}</li>'
        )
    parts.append("</ul></section>")
    n = 0
    for name, charts in sections:
        parts.append(f'<section id="{name}"><h2>{_e(label("notebooks", name))}</h2>')
        for record in charts:
            spec = record["spec"]
            heading = Figure(record["name"], spec).title
            parts.append(f"<h3>{_e(heading)}</h3>")
            if record.get("caption"):
                parts.append(f'<p class="caption">{_e(record["caption"])}</p>')
            if record.get("empty"):
                parts.append(f'<p class="empty">{_e(record["empty"])}</p>')
                continue
            chart_id = f"chart-{n}"
            n += 1
            parts.append(f'<div class="chart" id="{chart_id}"></div>')
            parts.append(
                f'<script type="application/json" data-chart="{chart_id}">'
                f"{safe_json(untitled(spec))}</script>"
            )
        parts.append(_evidence(name, corpus))
        parts.append("</section>")
    parts.append(_downloads(folder, summary))
    parts.append(f"<script>{_EMBED}</script></body></html>")
    return "\n".join(parts)


def _chart_sections(folder: Path) -> list[tuple[str, list[dict]]]:
    sections = []
    for name in SECTION_ORDER:
        records = []
        specs = (folder / "charts" / name).glob("*.vl.json")
        # in the order the notebook exported them
        for spec_file in sorted(specs, key=lambda f: (f.stat().st_mtime_ns, f.name)):
            record = json.loads(spec_file.read_text(encoding="utf-8"))
            record["name"] = spec_file.name.removesuffix(".vl.json")
            records.append(record)
        if records:
            sections.append((name, records))
    return sections


def _evidence(section: str, corpus) -> str:
    """The sentences behind a section's figures, whole, the figure marked, one click
    away (folded under the charts)."""
    table = SECTION_EVIDENCE.get(section)
    if table is None:
        return ""
    names = article_names(corpus.articles).select("doc_id", "name")
    frame = getattr(corpus, table)
    if frame.is_empty():
        return ""
    if "concept" in frame.columns:
        frame = frame.with_columns(concept_names(), labelled("qualifier", "qualifiers"))
    frame = (
        frame.join(names, on="doc_id", how="left")
        .with_columns(doc_id=pl.col("name").fill_null(pl.col("doc_id")))
        .drop("name")
    )
    return (
        f"<details><summary>The sentences behind these figures ({frame.height})</summary>"
        f"{Evidence(frame)._repr_html_()}</details>"
    )


def _downloads(folder: Path, summary) -> str:
    rows = []
    for table in sorted({p.stem for p in (folder / "tables").glob("*.csv")}):
        links = _links(folder, [f"tables/{table}.csv", f"tables/{table}.parquet"])
        rows.append((label("tables", table), links))
    charts = []
    for spec_file in sorted((folder / "charts").glob("*/*.vl.json")):
        base = f"{spec_file.parent.name}/{spec_file.name.removesuffix('.vl.json')}"
        links = _links(folder, [f"charts/{base}.{fmt}" for fmt in ("html", "png", "svg")])
        if links:
            spec = json.loads(spec_file.read_text(encoding="utf-8"))["spec"]
            charts.append((Figure(spec_file.name.removesuffix(".vl.json"), spec).title, links))
    notebooks = [
        (
            label("notebooks", r.name),
            _links(folder, [f"notebooks/{r.name}.html", f"notebooks/{r.name}.ipynb"]),
        )
        for r in summary.runs
        if not r.error
    ]
    out = ['<section id="downloads"><h2>Downloads</h2>']
    for heading, items in (("Tables", rows), ("Charts", charts), ("Notebooks", notebooks)):
        if not items:
            continue
        out.append(f'<h3>{heading}</h3><table class="downloads">')
        out += [f"<tr><td>{_e(name)}</td><td>{links}</td></tr>" for name, links in items]
        out.append("</table>")
    out.append("</section>")
    return "\n".join(out)


def _links(folder: Path, paths: list[str]) -> str:
    return " · ".join(
        f'<a href="{html.escape(p, quote=True)}">{_e(Path(p).suffix.lstrip(".").upper())}</a>'
        for p in paths
        if (folder / p).exists()
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _e(text: object) -> str:
    return html.escape(str(text))
