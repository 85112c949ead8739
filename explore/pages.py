"""Charts out of Python: offline HTML pages, PNG and SVG.

A page holds the Vega JavaScript once (vl-convert's bundle, about 0.9 MB), however many
charts it shows, so it opens in any browser without a network. Chart specifications are
embedded as JSON data blocks with ``<``, ``>`` and ``&`` encoded, so article text that holds
``</script>`` or HTML stays text: Altair's own ``save`` writes the spec unescaped into a
``<script>`` block, which such text breaks out of.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import altair as alt
import polars as pl

from explore.cache import read_cached, write_cached

FORMATS = ("html", "png", "svg", "json")  # json: the Vega-Lite spec, for pages of many charts


@dataclass(frozen=True, slots=True)
class Figure:
    """A chart with the name its files take, the prose shown with it, and the sentence
    that replaces it when it has nothing to show.

    In a notebook a Figure displays as its chart, or as that sentence.
    """

    name: str
    chart: alt.TopLevelMixin | dict  # an Altair chart or its Vega-Lite spec
    caption: str = ""
    empty: str = "Nothing in this corpus to show here."
    _drawn: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def spec(self) -> dict:
        """The Vega-Lite specification (computed once: Altair's to_dict takes a while)."""
        if "spec" not in self._drawn:
            chart = self.chart
            self._drawn["spec"] = chart if isinstance(chart, dict) else chart.to_dict()
        return self._drawn["spec"]

    @property
    def title(self) -> str:
        """The chart's own title, else its name in words."""
        title = self.spec.get("title")
        if isinstance(title, dict):
            title = title.get("text")
        if isinstance(title, str) and title:
            return title
        return self.name.replace("_", " ").capitalize()

    @property
    def is_empty(self) -> bool:
        """True when every dataset of the chart has no rows (a bare axis)."""
        datasets = self.spec.get("datasets") or {}
        return bool(datasets) and all(len(rows) == 0 for rows in datasets.values())

    def svg(self) -> str:
        """The chart drawn as SVG (once)."""
        if "svg" not in self._drawn:
            import vl_convert as vlc

            self._drawn["svg"] = vlc.vegalite_to_svg(self.spec)
        return self._drawn["svg"]

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        if self.is_empty:
            return {"text/markdown": f"*{self.empty}*", "text/plain": self.empty}
        from explore.batch import in_batch

        if in_batch():
            return batch_renderer(self.spec)
        if isinstance(self.chart, dict):
            return {"image/svg+xml": self.svg(), "text/plain": self.title}
        return self.chart._repr_mimebundle_(include=include, exclude=exclude)


def untitled(spec: dict) -> dict:
    """The chart without the title that the heading above it shows (a subtitle, which
    explains the marks, stays)."""
    title = spec.get("title")
    if isinstance(title, dict) and title.get("subtitle"):
        return {**spec, "title": {"text": "", "subtitle": title["subtitle"]}}
    return {k: v for k, v in spec.items() if k != "title"}


def safe_json(value: object) -> str:
    """JSON that cannot end the element it is embedded in (HTML's < > & encoded)."""
    return (
        json.dumps(value, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )


@cache
def _bundle() -> str:
    """vl-convert's Vega bundle, kept in the user's cache folder: building it takes about
    3 s, and every kernel of a report would build it again."""
    import vl_convert as vlc

    name = f"vega-bundle-{vlc.__version__}.js"
    data = read_cached(name)
    if data is not None:
        return data.decode("utf-8")
    # "</script" cannot stand inside a script element, even in a string
    bundle = vlc.javascript_bundle().replace("</script", "<\\/script")
    write_cached(name, bundle.encode("utf-8"))
    return bundle


_EMBED = """
for (const node of document.querySelectorAll("script[type='application/json'][data-chart]")) {
  const spec = JSON.parse(node.textContent);
  vegaEmbed("#" + node.dataset.chart, spec, {renderer: "svg", actions: false})
    .catch((error) => { document.getElementById(node.dataset.chart).textContent = String(error); });
}
"""

_STYLE = """
body { font-family: Inter, 'Helvetica Neue', Arial, sans-serif; margin: 2rem auto;
       max-width: 1100px; color: #222; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2.5rem; }
.caption { color: #444; max-width: 70ch; } .chart { margin: 1rem 0 2rem; overflow-x: auto; }
nav a { margin-right: 1rem; }
"""


def page(
    figures: Sequence[Figure],
    *,
    title: str,
    intro: str = "",
    links: Sequence[tuple[str, str]] = (),
) -> str:
    """One self-contained HTML page showing the charts, with the JavaScript inlined once.

    Titles, captions and links are escaped text; specs go in JSON data blocks.
    """
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style>",
        f"<script>{_bundle()}</script></head><body>",
        f"<h1>{html.escape(title)}</h1>",
    ]
    if intro:
        parts.append(f'<p class="caption">{html.escape(intro)}</p>')
    if links:
        items = " ".join(
            f'<a href="{html.escape(href, quote=True)}">{html.escape(label)}</a>'
            for label, href in links
        )
        parts.append(f"<nav>{items}</nav>")
    for n, figure in enumerate(figures):
        chart_id = f"chart-{n}"
        if len(figures) > 1:
            parts.append(f"<h2>{html.escape(figure.title)}</h2>")
        if figure.caption and figure.caption != intro:
            parts.append(f'<p class="caption">{html.escape(figure.caption)}</p>')
        parts.append(f'<div class="chart" id="{chart_id}"></div>')
        parts.append(
            f'<script type="application/json" data-chart="{chart_id}">'
            f"{safe_json(untitled(figure.spec))}</script>"
        )
    parts.append(f"<script>{_EMBED}</script></body></html>")
    return "\n".join(parts)


def save(figure: Figure, folder: str | Path, formats: Sequence[str] | None = None) -> list[Path]:
    """Write one chart as <folder>/<name>.html / .png / .svg / .vl.json; returns the files.

    A chart with nothing to show gets only its .vl.json, which carries the sentence
    that replaces it. In a batch run only the .vl.json is written, and the report draws
    the other files (one Vega runtime for every notebook instead of one each).
    """
    from explore.batch import in_batch

    if formats is None:
        formats = ("json",) if in_batch() else FORMATS
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown chart formats {sorted(unknown)}; expected some of {FORMATS}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if figure.is_empty:  # no file of a bare axis; the spec file says why, for the index
        formats = [fmt for fmt in formats if fmt == "json"]
    written = []
    for fmt in formats:
        path = folder / f"{figure.name}.{'vl.json' if fmt == 'json' else fmt}"
        if fmt == "json":
            record = {"caption": figure.caption, "spec": figure.spec}
            if figure.is_empty:
                record["empty"] = figure.empty
            path.write_text(json.dumps(record), encoding="utf-8")
        else:
            _draw(figure, fmt, path)
        written.append(path)
    return written


def draw_saved(folder: str | Path) -> list[Path]:
    """The HTML, PNG and SVG files of every chart saved as .vl.json in ``folder`` only."""
    written = []
    for spec_file in sorted(Path(folder).glob("*.vl.json")):
        record = json.loads(spec_file.read_text(encoding="utf-8"))
        if record.get("empty"):
            continue
        name = spec_file.name.removesuffix(".vl.json")
        figure = Figure(name, record["spec"], record.get("caption", ""))
        for fmt in ("html", "png", "svg"):
            written.append(_draw(figure, fmt, spec_file.with_name(f"{name}.{fmt}")))
    return written


def _draw(figure: Figure, fmt: str, path: Path) -> Path:
    if fmt == "html":
        page_text = page([figure], title=figure.title, intro=figure.caption)
        path.write_text(page_text, encoding="utf-8")
    elif fmt == "png":  # from the SVG: Vega draws the chart once for both files
        import vl_convert as vlc

        path.write_bytes(vlc.svg_to_png(figure.svg(), scale=2))
    else:
        path.write_text(figure.svg(), encoding="utf-8")
    return path


BATCH_CHART = "application/vnd.explore.chart+json"  # a chart's spec, drawn by the report


def batch_renderer(spec: dict, **_: object) -> dict:
    """Altair renderer for batch kernels: the spec, for the report to draw as SVG."""
    return {BATCH_CHART: spec, "text/plain": "<chart: drawn by explore report>"}


def draw_outputs(notebook: str | Path) -> None:
    """Replace each chart a batch kernel displayed by its drawing (SVG) in the saved
    notebook, as if the kernel had drawn it."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    drawn = False
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            spec = output.get("data", {}).get(BATCH_CHART)
            if spec is not None:
                figure = Figure("chart", spec)
                output["data"] = {"image/svg+xml": figure.svg(), "text/plain": figure.title}
                drawn = True
    if drawn:
        nbformat.write(nb, notebook)


def notebook_page(path: str | Path) -> str:
    """An executed notebook as one HTML page that opens offline.

    nbconvert's page loads require.js and MathJax from a CDN; neither is needed for
    these notebooks (outputs are tables, text and SVG), so those scripts are left out.
    """
    import re

    import nbformat
    from nbconvert import HTMLExporter

    notebook = nbformat.read(path, as_version=4)
    notebook.metadata.pop("widgets", None)  # widget views need JavaScript from a CDN
    exporter = HTMLExporter(template_name="lab", exclude_input_prompt=True)
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(notebook)
    return re.sub(r'<script[^>]+src="https?://[^"]*"[^>]*>\s*</script>', "", body)


EVIDENCE_COLUMNS = ("concept", "region", "doc_id", "value", "signatories", "qualifier", "raw")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Rows with their whole sentence, wrapped, the figure marked in it; displays as an
    HTML table in a notebook (Polars cuts strings at 30 characters)."""

    frame: pl.DataFrame

    def _repr_html_(self) -> str:
        if self.frame.is_empty():
            return "<p><em>None.</em></p>"
        from explore.labels import label

        columns = [c for c in EVIDENCE_COLUMNS if c in self.frame.columns]
        head = "".join(
            f"<th>{html.escape(label('columns', c))}</th>" for c in [*columns, "sentence"]
        )
        rows = []
        for row in self.frame.iter_rows(named=True):
            cells = "".join(f"<td>{html.escape(_cell(row[c]))}</td>" for c in columns)
            cells += f'<td style="white-space: normal; text-align: left">{_marked(row)}</td>'
            rows.append(f"<tr>{cells}</tr>")
        return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def evidence(frame: pl.DataFrame) -> Evidence:
    """The rows of a table of figures with the sentences behind them."""
    return Evidence(frame)


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{value:,.0f}"
    return "" if value is None else str(value)


def _marked(row: dict) -> str:
    """The sentence, escaped, with the figure as written in a <mark>."""
    sentence, raw = row.get("sentence") or "", row.get("raw") or ""
    at = sentence.find(raw) if raw else -1
    if at < 0:
        return html.escape(sentence)
    return (
        html.escape(sentence[:at])
        + f"<mark>{html.escape(raw)}</mark>"
        + html.escape(sentence[at + len(raw) :])
    )
