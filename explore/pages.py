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
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import altair as alt

FORMATS = ("html", "png", "svg", "json")  # json: the Vega-Lite spec, for pages of many charts


@dataclass(frozen=True, slots=True)
class Figure:
    """A chart with the name its files take and the prose shown above it on a page."""

    name: str
    chart: alt.TopLevelMixin | dict  # an Altair chart or its Vega-Lite spec
    caption: str = ""

    @property
    def spec(self) -> dict:
        return self.chart if isinstance(self.chart, dict) else self.chart.to_dict()


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
    import vl_convert as vlc

    # "</script" cannot stand inside a script element, even in a string
    return vlc.javascript_bundle().replace("</script", "<\\/script")


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
        parts.append(f"<h2>{html.escape(figure.name)}</h2>")
        if figure.caption:
            parts.append(f'<p class="caption">{html.escape(figure.caption)}</p>')
        parts.append(f'<div class="chart" id="{chart_id}"></div>')
        parts.append(
            f'<script type="application/json" data-chart="{chart_id}">'
            f"{safe_json(figure.spec)}</script>"
        )
    parts.append(f"<script>{_EMBED}</script></body></html>")
    return "\n".join(parts)


def save(figure: Figure, folder: str | Path, formats: Sequence[str] = FORMATS) -> list[Path]:
    """Write one chart as <folder>/<name>.html / .png / .svg / .vl.json; returns the files."""
    import vl_convert as vlc

    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown chart formats {sorted(unknown)}; expected some of {FORMATS}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    spec = figure.spec
    written = []
    for fmt in formats:
        path = folder / f"{figure.name}.{'vl.json' if fmt == 'json' else fmt}"
        if fmt == "json":
            path.write_text(json.dumps({"caption": figure.caption, "spec": spec}), encoding="utf-8")
        elif fmt == "html":
            path.write_text(
                page([figure], title=figure.name, intro=figure.caption), encoding="utf-8"
            )
        elif fmt == "png":
            path.write_bytes(vlc.vegalite_to_png(spec, scale=2))
        else:
            path.write_text(vlc.vegalite_to_svg(spec), encoding="utf-8")
        written.append(path)
    return written
