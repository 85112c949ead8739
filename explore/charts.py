"""Charts of the tables: small functions that take a table and return an Altair chart.

One theme, registered here, sets fonts, colours and sizes for every chart. Titles and
axis labels are English; tooltips carry the raw text, the sentence and the article, so a
reader can check every mark against its source. Nothing here draws or saves: see
explore.pages for offline HTML, PNG and SVG.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import altair as alt
import polars as pl

from explore.labels import article_names, concept_names, label, labelled

if TYPE_CHECKING:
    from explore.checks import Rule

THEME = "explore"
FONT = "Inter, 'Helvetica Neue', Arial, sans-serif"
# distinct hues, told apart in colour-blind simulation too (green, blue, red, grey)
VERDICT_COLORS = {
    "agree": "#2e8540",
    "agree_qualified": "#2b6cb0",
    "conflict": "#d1495b",
    "single_source": "#9aa0a6",
}
KIND_COLORS = {"speech": "#2b59c3", "slogan": "#f4a259", "term": "#8d99ae"}
DRIFT_COLOR = "#f18f01"
FEW_TICKS = 10  # up to this count, every whole number is a tick
ROW_HEADER = alt.Header(labelAngle=0, labelAlign="left", labelFontWeight="bold")


def _count_axis(largest: float | None) -> alt.Axis:
    """An axis of counts with whole-number ticks only: Vega would put ticks at 0.5 for
    small counts (and 'd' then prints 0, 1, 1), so small ranges list their ticks."""
    top = int(largest or 0)
    if top <= FEW_TICKS:
        return alt.Axis(format="d", values=list(range(top + 1)))
    return alt.Axis(format="d", tickMinStep=1)


def _legend_scale(colors: dict[str, str], group: str) -> alt.Scale:
    """A colour scale over the display names of the keys, in the keys' order."""
    return alt.Scale(domain=[label(group, k) for k in colors], range=list(colors.values()))


@alt.theme.register(THEME, enable=True)
def _theme() -> alt.theme.ThemeConfig:
    return {
        "config": {
            "font": FONT,
            "title": {"fontSize": 16, "anchor": "start", "subtitleColor": "#555"},
            "axis": {"labelFontSize": 11, "titleFontSize": 12, "gridColor": "#eee"},
            "legend": {"labelFontSize": 11, "titleFontSize": 12, "orient": "bottom"},
            "view": {"stroke": None},
            "range": {"category": list(VERDICT_COLORS.values())},
        }
    }


def _with_article(frame: pl.DataFrame, articles: pl.DataFrame | None) -> pl.DataFrame:
    """Add ``article``, the name readers see ('pt · vietnamnet.vn': language · outlet, as
    in the report's sentences); without the articles table, the name from the doc_id."""
    if articles is None:
        return frame.with_columns(article=_short(pl.col("doc_id")))
    names = article_names(articles).select("doc_id", article="name")
    return frame.join(names, on="doc_id", how="left").with_columns(
        pl.col("article").fill_null(pl.col("doc_id"))
    )


def _column_step(data: pl.DataFrame, fit: int = 760, widest: int = 150) -> int:
    """Width of one article's column: the chart fits a notebook (about 760 px of marks)
    until each column would be narrower than a label ('more than 2,500')."""
    return max(95, min(widest, fit // max(1, data["article"].n_unique())))


def _short(doc_id: pl.Expr) -> pl.Expr:
    """'pt-vietnamnet-2456536' -> 'pt · vietnamnet' (language · outlet, the order every
    chart sorts articles in); a doc_id without dashes stays as it is."""
    parts = doc_id.str.split("-")
    outlet = parts.list.get(1, null_on_oob=True)
    return (
        pl.when(outlet.is_null())
        .then(doc_id)
        .otherwise(parts.list.get(0, null_on_oob=True) + " · " + outlet)
    )


def figures_chart(
    compare: pl.DataFrame,
    *,
    articles: pl.DataFrame | None = None,
    title: str = "What each article says of each quantity",
) -> alt.Chart:
    """Each concept's value in each article: filled dots are exact, open dots qualified
    ('more than 2,500'); colour is the verdict, an orange ring marks meaning drift."""
    data = _with_article(compare, articles).with_columns(
        exact=pl.col("qualifier") == "exact",
        label=pl.when(pl.col("qualifier") == "exact")
        .then(pl.col("raw"))
        .otherwise(labelled("qualifier", "qualifiers") + " " + pl.col("raw")),
        concept=concept_names(),
        verdict=labelled("verdict", "verdicts"),
    )
    # one dot per article and quantity: an article that tells it twice ('23 Tote', later
    # 'mindestens 23') gets one label with both, not two labels drawn over each other
    data = data.group_by("article", "concept", maintain_order=True).agg(
        pl.exclude("label", "exact").first(),
        label=pl.col("label").unique(maintain_order=True).str.join(" · "),
        exact=pl.col("exact").all(),
    )
    tooltip = [
        alt.Tooltip("concept:N", title="what"),
        alt.Tooltip("doc_id:N", title="article"),
        alt.Tooltip("raw:N", title="as written"),
        alt.Tooltip("counted:N", title="counted"),
        alt.Tooltip("verdict:N"),
        alt.Tooltip("drift_note:N", title="meaning drift"),
        alt.Tooltip("sentence:N"),
    ]
    base = alt.Chart(data).encode(
        x=alt.X(
            "article:N",
            title="Article",
            sort="ascending",
            # slanted: a dozen outlets' names side by side would overlap
            axis=alt.Axis(labelAngle=-30, labelAlign="left", labelLimit=220, orient="top"),
        ),
        y=alt.Y("concept:N", title=None, sort="ascending"),
        tooltip=tooltip,
    )
    verdicts = _legend_scale(VERDICT_COLORS, "verdicts")
    dots = base.mark_point(size=220, strokeWidth=2).encode(
        color=alt.Color("verdict:N", title="Verdict", scale=verdicts),
        # same field and title as the stroke: Vega-Lite draws one legend for both (a fill
        # without a legend would take the stroke's legend away with it)
        fill=alt.condition(
            "datum.exact",
            alt.Color("verdict:N", title="Verdict", scale=verdicts),
            alt.value("white"),
        ),
    )
    drift = base.transform_filter("datum.drift").mark_point(
        size=520, strokeWidth=2, color=DRIFT_COLOR, shape="circle"
    )
    labels = base.mark_text(align="left", dx=12, fontSize=11, color="#333").encode(text="label:N")
    return (drift + dots + labels).properties(
        title=alt.Title(title, subtitle="open dot: a qualified figure; orange ring: meaning drift"),
        width=alt.Step(_column_step(data)),
        height=alt.Step(26),
    )


def regions_chart(
    regions: pl.DataFrame,
    *,
    whole: str | None = None,
    include_unattributed: bool = True,
    as_share: bool = False,
    sort: str = "value",
    articles: pl.DataFrame | None = None,
    title: str | None = None,
) -> alt.Chart:
    """The regional breakdown each article reports, with what no region accounts for;
    ``whole``: the concept broken down (the corpus's [regions] whole), named on the axis."""
    data = regions if include_unattributed else regions.filter(pl.col("region") != "not attributed")
    data = _with_article(data, articles).with_columns(
        region=pl.col("region").str.slice(0, 1).str.to_uppercase() + pl.col("region").str.slice(1),
        share=pl.col("signatories") / pl.col("signatories").sum().over("doc_id"),
    )
    named = label("concepts", whole) if whole else "Count"
    field, axis_title, fmt = (
        ("share", "Share of the total given", ".0%") if as_share else ("signatories", named, "d")
    )
    order = "-x" if sort == "value" else "ascending"
    return (
        alt.Chart(data)
        .mark_bar(cornerRadiusEnd=3)
        .encode(
            x=alt.X(
                f"{field}:Q",
                title=axis_title,
                axis=alt.Axis(format=fmt, tickMinStep=0.01 if as_share else 1),
            ),
            y=alt.Y("region:N", title=None, sort=order),
            color=alt.condition(
                alt.datum.region == "Not attributed", alt.value("#bbb"), alt.value("#2b59c3")
            ),
            row=alt.Row("article:N", title=None, header=ROW_HEADER, sort="ascending"),
            tooltip=[
                alt.Tooltip("region:N"),
                alt.Tooltip("signatories:Q", title="value"),
                alt.Tooltip("share:Q", format=".0%"),
                alt.Tooltip("doc_id:N", title="article"),
                alt.Tooltip("raw:N", title="as written"),
                alt.Tooltip("sentence:N"),
            ],
        )
        .properties(
            title=title or f"{named} by region, as each article reports it",
            width=420,
            height=alt.Step(24),
        )
    )


def parts_chart(
    compare: pl.DataFrame,
    rules: Sequence[Rule],
    *,
    articles: pl.DataFrame | None = None,
    title: str | None = None,
) -> alt.Chart:
    """Each rule's whole and its parts side by side, per article that gives them: the
    corpus's part-whole rules (Corpus.rules.rules)."""
    wholes = list(dict.fromkeys(rule.whole for rule in rules))
    wanted = list(dict.fromkeys([*wholes, *(part for rule in rules for part in rule.parts)]))
    data = _with_article(compare.filter(pl.col("concept").is_in(wanted)), articles)
    data = data.with_columns(concept=labelled("concept", "concepts"))
    named = rules[0].name if len(rules) == 1 else "Parts beside their whole"
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("value:Q", title="Count", axis=_count_axis(data["value"].max())),
            y=alt.Y("concept:N", title=None, sort=[label("concepts", c) for c in wanted]),
            row=alt.Row("article:N", title=None, header=ROW_HEADER, sort="ascending"),
            color=alt.Color(
                "concept:N",
                legend=None,
                scale=alt.Scale(
                    domain=[label("concepts", c) for c in wanted],
                    range=["#2b59c3" if c in wholes else "#8fb1e8" for c in wanted],
                ),
            ),
            tooltip=[
                alt.Tooltip("doc_id:N", title="article"),
                alt.Tooltip("concept:N", title="what"),
                alt.Tooltip("raw:N", title="as written"),
                alt.Tooltip("sentence:N"),
            ],
        )
        .properties(title=title or named[:1].upper() + named[1:], width=420, height=alt.Step(22))
    )


def quotes_chart(
    quotes: pl.DataFrame,
    *,
    articles: pl.DataFrame | None = None,
    title: str = "Who is quoted, article by article",
) -> alt.Chart:
    """How many quotations each speaker has in each article, by kind."""
    data = _with_article(quotes, articles).with_columns(
        speaker=pl.col("speaker").fill_null("(no speaker)"),
        kind=labelled("kind", "quote_kinds"),
        excerpt=pl.col("text").str.slice(0, 160),
    )
    most = data.group_by("article", "speaker").len()["len"].max() if data.height else 0
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("count():Q", title="Quotations", axis=_count_axis(most)),
            y=alt.Y("speaker:N", title=None, sort="-x"),
            color=alt.Color(
                "kind:N", title="Kind", scale=_legend_scale(KIND_COLORS, "quote_kinds")
            ),
            row=alt.Row("article:N", title=None, header=ROW_HEADER, sort="ascending"),
            tooltip=[
                alt.Tooltip("speaker:N"),
                alt.Tooltip("kind:N"),
                alt.Tooltip("cue:N", title="attributed by"),
                alt.Tooltip("doc_id:N", title="article"),
                alt.Tooltip("excerpt:N", title="quote"),
            ],
        )
        .properties(title=title, width=420, height=alt.Step(20))
        .resolve_scale(y="independent")  # each article lists its own speakers
    )


def audit_chart(
    audit: pl.DataFrame,
    *,
    articles: pl.DataFrame | None = None,
    title: str = "What each translation leaves out or tells otherwise",
) -> alt.Chart:
    """Per family, the figures a translation lacks (missing) or tells otherwise (differs).
    A figure aligned by position has no concept: its row is named by the figure as the
    most siblings write it ('“6 bridges”'), the same for each of its rows."""
    written = pl.concat_str(
        pl.col("sibling_raw").list.first(), pl.col("counted"), separator=" ", ignore_nulls=True
    )
    most_told = ("“" + written + "”").sort_by(pl.col("siblings").list.len()).last()
    data = _with_article(audit, articles).with_columns(
        status=labelled("status", "audit_status"),
        concept=pl.when(pl.col("concept").is_null())
        .then(most_told.over("family", "position"))
        .otherwise(labelled("concept", "concepts")),
        told_by=pl.col("siblings").list.join(", "),
        as_written=pl.col("sibling_raw").list.join(" / "),
    )
    return (
        alt.Chart(data)
        .mark_square(size=260)
        .encode(
            x=alt.X(
                "article:N", title="Translation", sort="ascending", axis=alt.Axis(labelAngle=0)
            ),
            y=alt.Y("concept:N", title=None),
            color=alt.Color(
                "status:N",
                title="In this translation",
                scale=_legend_scale({"missing": "#d1495b", "differs": DRIFT_COLOR}, "audit_status"),
            ),
            tooltip=[
                alt.Tooltip("family:N", title="original"),
                alt.Tooltip("doc_id:N", title="translation"),
                alt.Tooltip("concept:N", title="what"),
                alt.Tooltip("value:Q", title="value its siblings give"),
                alt.Tooltip("as_written:N", title="as they write it"),
                alt.Tooltip("raw:N", title="this translation gives"),
                alt.Tooltip("status:N"),
                alt.Tooltip("aligned:N", title="matched by"),
                alt.Tooltip("told_by:N", title="given by"),
            ],
        )
        .properties(title=title, width=alt.Step(_column_step(data)), height=alt.Step(26))
    )


def overview_chart(
    articles: pl.DataFrame,
    figures: pl.DataFrame,
    quotes: pl.DataFrame,
    *,
    title: str = "Figures and quotations found in each article",
) -> alt.Chart:
    """Figures and quotations per article, side by side."""
    counts = (
        pl.concat(
            [
                figures.group_by("doc_id").len().with_columns(table=pl.lit("Figures")),
                quotes.group_by("doc_id").len().with_columns(table=pl.lit("Quotes")),
            ]
        )
        .join(articles.select("doc_id", "lang", "outlet"), on="doc_id")
        .pipe(_with_article, articles)
        .with_columns(n=pl.col("len").cast(pl.Int64))
    )
    return (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            x=alt.X("n:Q", title="Found in the article", axis=_count_axis(counts["n"].max())),
            y=alt.Y("article:N", title=None, sort="ascending"),
            color=alt.Color("table:N", title=None, scale=alt.Scale(range=["#2b59c3", "#f4a259"])),
            yOffset="table:N",
            tooltip=[
                alt.Tooltip("doc_id:N", title="article"),
                alt.Tooltip("lang:N", title="language"),
                alt.Tooltip("outlet:N"),
                alt.Tooltip("table:N", title="what"),
                alt.Tooltip("n:Q", title="how many"),
            ],
        )
        .properties(title=title, width=420, height=alt.Step(14))
    )


def use_offline_renderer() -> None:
    """Draw charts without a network: live in JupyterLab (Altair's default loads a CDN);
    in a batch run (``explore report``), as static SVG that the report draws: no one
    hovers there, and the executed notebook should read without JavaScript."""
    from explore.batch import in_batch

    if in_batch():  # the report draws them, with one Vega runtime for every notebook
        from explore.pages import batch_renderer

        alt.renderers.register("explore-batch", batch_renderer)
        alt.renderers.enable("explore-batch")
    else:
        alt.renderers.enable("jupyter", offline=True)


def use_notebook_display() -> None:
    """What every notebook calls first: charts drawn offline, and table cells shown whole
    (Polars cuts strings at 30 characters, and these tables hold sentences)."""
    use_offline_renderer()
    pl.Config.set_fmt_str_lengths(1000)
    pl.Config.set_tbl_rows(100)
