"""Charts of the tables: small functions that take a table and return an Altair chart.

One theme, registered here, sets fonts, colours and sizes for every chart. Titles and
axis labels are English; tooltips carry the raw text, the sentence and the article, so a
reader can check every mark against its source. Nothing here draws or saves: see
explore.pages for offline HTML, PNG and SVG.
"""

from __future__ import annotations

import altair as alt
import polars as pl

THEME = "explore"
FONT = "Inter, 'Helvetica Neue', Arial, sans-serif"
VERDICT_COLORS = {
    "agree": "#4c9a2a",
    "agree_qualified": "#9fc46a",
    "conflict": "#d1495b",
    "single_source": "#8d99ae",
}
KIND_COLORS = {"speech": "#2b59c3", "slogan": "#f4a259", "term": "#8d99ae"}
DRIFT_COLOR = "#f18f01"


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


def _short(doc_id: pl.Expr) -> pl.Expr:
    """'pt-vietnamnet-2456536' -> 'pt · vietnamnet': enough to tell articles apart."""
    parts = doc_id.str.split("-")
    return parts.list.get(0, null_on_oob=True) + " · " + parts.list.get(1, null_on_oob=True)


def figures_chart(compare: pl.DataFrame, *, title: str = "Figures across sources") -> alt.Chart:
    """Each concept's value in each article: filled dots are exact, open dots qualified
    ('more than 2,500'); colour is the verdict, an orange ring marks meaning drift."""
    data = compare.with_columns(
        article=_short(pl.col("doc_id")),
        exact=pl.col("qualifier") == "exact",
        label=pl.when(pl.col("qualifier") == "exact")
        .then(pl.col("raw"))
        .otherwise(pl.col("qualifier").str.replace("_", " ") + " " + pl.col("raw")),
    ).with_columns(pl.col("verdict").cast(pl.String))
    tooltip = [
        alt.Tooltip("concept:N", title="concept"),
        alt.Tooltip("doc_id:N", title="article"),
        alt.Tooltip("raw:N", title="as written"),
        alt.Tooltip("qualifier:N"),
        alt.Tooltip("counted:N", title="counted"),
        alt.Tooltip("verdict:N"),
        alt.Tooltip("drift_note:N", title="drift"),
        alt.Tooltip("sentence:N"),
    ]
    base = alt.Chart(data).encode(
        x=alt.X("article:N", title="Article", axis=alt.Axis(labelAngle=0, orient="top")),
        y=alt.Y("concept:N", title=None, sort="ascending"),
        tooltip=tooltip,
    )
    verdicts = alt.Scale(domain=list(VERDICT_COLORS), range=list(VERDICT_COLORS.values()))
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
        width=alt.Step(150),
        height=alt.Step(26),
    )


def regions_chart(
    regions: pl.DataFrame,
    *,
    include_unattributed: bool = True,
    as_share: bool = False,
    sort: str = "value",
    title: str = "Signatories by region",
) -> alt.Chart:
    """The regional breakdown each article reports, with what no region accounts for."""
    data = regions if include_unattributed else regions.filter(pl.col("region") != "not attributed")
    data = data.with_columns(
        article=_short(pl.col("doc_id")),
        share=pl.col("signatories") / pl.col("signatories").sum().over("doc_id"),
    )
    field, axis_title, fmt = (
        ("share", "Share of the signatories given", ".0%")
        if as_share
        else ("signatories", "Signatories", "d")
    )
    order = "-x" if sort == "value" else "ascending"
    return (
        alt.Chart(data)
        .mark_bar(cornerRadiusEnd=3)
        .encode(
            x=alt.X(f"{field}:Q", title=axis_title, axis=alt.Axis(format=fmt)),
            y=alt.Y("region:N", title=None, sort=order),
            color=alt.condition(
                alt.datum.region == "not attributed", alt.value("#bbb"), alt.value("#2b59c3")
            ),
            row=alt.Row("article:N", title=None),
            tooltip=[
                alt.Tooltip("region:N"),
                alt.Tooltip("signatories:Q"),
                alt.Tooltip("share:Q", format=".0%"),
                alt.Tooltip("doc_id:N", title="article"),
                alt.Tooltip("raw:N", title="as written"),
                alt.Tooltip("sentence:N"),
            ],
        )
        .properties(title=title, width=420, height=alt.Step(24))
    )


def signatories_chart(
    compare: pl.DataFrame, *, title: str = "Plenary and total signatories"
) -> alt.Chart:
    """Total and plenary signatories side by side, per article that gives them."""
    data = compare.filter(
        pl.col("concept").is_in(["signatory_countries", "plenary_signatories"])
    ).with_columns(article=_short(pl.col("doc_id")))
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("value:Q", title="Countries"),
            y=alt.Y("concept:N", title=None),
            row=alt.Row("article:N", title=None),
            color=alt.Color("concept:N", legend=None),
            tooltip=["doc_id:N", "concept:N", "raw:N", "sentence:N"],
        )
        .properties(title=title, width=420, height=alt.Step(22))
    )


def quotes_chart(quotes: pl.DataFrame, *, title: str = "Quotes per speaker") -> alt.Chart:
    """How many quotations each speaker has in each article, by kind."""
    data = quotes.with_columns(
        article=_short(pl.col("doc_id")),
        speaker=pl.col("speaker").fill_null("(no speaker)"),
        kind=pl.col("kind").cast(pl.String),
        excerpt=pl.col("text").str.slice(0, 160),
    )
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("count():Q", title="Quotations"),
            y=alt.Y("speaker:N", title=None, sort="-x"),
            color=alt.Color(
                "kind:N",
                title="Kind",
                scale=alt.Scale(domain=list(KIND_COLORS), range=list(KIND_COLORS.values())),
            ),
            column=alt.Column("article:N", title=None),
            tooltip=["speaker:N", "kind:N", "cue:N", "doc_id:N", "excerpt:N"],
        )
        .properties(title=title, width=180, height=alt.Step(22))
    )


def audit_chart(
    audit: pl.DataFrame, *, title: str = "What each translation leaves out"
) -> alt.Chart:
    """Per family, the figures a translation lacks (missing) or tells otherwise (differs)."""
    data = audit.with_columns(
        article=_short(pl.col("doc_id")),
        status=pl.col("status").cast(pl.String),
        told_by=pl.col("siblings").list.join(", "),
    )
    return (
        alt.Chart(data)
        .mark_square(size=260)
        .encode(
            x=alt.X("article:N", title="Translation"),
            y=alt.Y("concept:N", title=None),
            color=alt.Color(
                "status:N",
                scale=alt.Scale(domain=["missing", "differs"], range=["#d1495b", DRIFT_COLOR]),
            ),
            tooltip=["family:N", "doc_id:N", "concept:N", "value:Q", "status:N", "told_by:N"],
        )
        .properties(title=title, width=alt.Step(150), height=alt.Step(26))
    )


def overview_chart(
    articles: pl.DataFrame,
    figures: pl.DataFrame,
    quotes: pl.DataFrame,
    *,
    title: str = "What each article holds",
) -> alt.Chart:
    """Figures and quotations per article, side by side."""
    counts = (
        pl.concat(
            [
                figures.group_by("doc_id").len().with_columns(table=pl.lit("figures")),
                quotes.group_by("doc_id").len().with_columns(table=pl.lit("quotes")),
            ]
        )
        .join(articles.select("doc_id", "lang", "outlet"), on="doc_id")
        .with_columns(article=_short(pl.col("doc_id")), n=pl.col("len").cast(pl.Int64))
    )
    return (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            x=alt.X("n:Q", title="Rows"),
            y=alt.Y("article:N", title=None),
            color=alt.Color("table:N", title=None, scale=alt.Scale(range=["#2b59c3", "#f4a259"])),
            yOffset="table:N",
            tooltip=["doc_id:N", "lang:N", "outlet:N", "table:N", "n:Q"],
        )
        .properties(title=title, width=420, height=alt.Step(14))
    )


def use_offline_renderer() -> None:
    """Draw charts inside JupyterLab without a network (Altair's default loads a CDN)."""
    alt.renderers.enable("jupyter", offline=True)
