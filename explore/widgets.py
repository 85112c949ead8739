"""The explorer: dropdowns (concept, language, article, speaker) that redraw two charts.

``explorer(corpus)`` returns the widget for JupyterLab. In a batch run (``explore
report``) no one can pick anything, and widget views need JavaScript that an executed
notebook does not carry: the charts are shown as they first draw, with a note.
"""

from __future__ import annotations

import polars as pl

from explore import charts, selection
from explore.batch import in_batch
from explore.corpus import Corpus
from explore.labels import label

EVERY = "(all)"


def explorer(corpus: Corpus):
    """Dropdowns that redraw the figures and quotes charts of ``corpus``."""
    from IPython.display import Markdown, display

    compare, quotes = corpus.compare, corpus.quotes
    if in_batch():
        display(Markdown("*In JupyterLab, four dropdowns above these charts redraw them.*"))
        for chart in _charts(compare, quotes):
            display(chart)  # drawn by the batch renderer
        return None
    import ipywidgets as widgets

    concepts = sorted(compare["concept"].unique().to_list(), key=lambda c: label("concepts", c))
    concept = widgets.Dropdown(
        options=_choices(concepts, [label("concepts", c) for c in concepts]),
        description="What",
    )
    language = widgets.Dropdown(
        options=_choices(sorted(corpus.articles["lang"].drop_nulls().unique())),
        description="Language",
    )
    article = widgets.Dropdown(
        options=_choices(corpus.articles["doc_id"].to_list()), description="Article"
    )
    speaker = widgets.Dropdown(
        options=_choices(sorted(quotes["speaker"].drop_nulls().unique())),
        description="Speaker",
    )
    output = widgets.Output()

    def redraw(*_: object) -> None:
        langs = [language.value] if language.value else []
        figures = selection.by_lang(compare, corpus.articles, langs)
        figures = selection.keep(
            selection.keep(figures, "concept", concept.value), "doc_id", article.value
        )
        said = selection.by_lang(quotes, corpus.articles, langs)
        said = selection.keep(
            selection.keep(said, "speaker", speaker.value), "doc_id", article.value
        )
        with output:
            output.clear_output(wait=True)
            shown = _charts(figures, said)
            if not shown:
                display(Markdown("*Nothing matches this choice.*"))
            for chart in shown:
                display(chart)

    for control in (concept, language, article, speaker):
        control.observe(redraw, names="value")
    redraw()
    return widgets.VBox(
        [widgets.HBox([concept, language]), widgets.HBox([article, speaker]), output]
    )


def _choices(values: list[str], labels: list[str] | None = None) -> list[tuple[str, str | None]]:
    """(label, value) pairs, '(all)' first: ipywidgets reads a bare string as a sequence
    of pairs when other options are pairs."""
    return [(EVERY, None), *zip(labels or values, values, strict=True)]


def _charts(figures: pl.DataFrame, quotes: pl.DataFrame) -> list:
    shown = []
    if figures.height:
        shown.append(charts.figures_chart(figures))
    if quotes.height:
        shown.append(charts.quotes_chart(quotes))
    return shown
