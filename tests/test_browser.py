"""The exported HTML in a real headless browser (Debian's Chromium driven by playwright):
charts draw their marks offline, nothing reaches the network, no console errors, and
article text that looks like HTML or script stays text."""

import os
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS

from explore.report import build_report

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PAYLOAD_SCRIPT = "</script><script>document.title='pwned'</script>"
PAYLOAD_IMG = "<img src=x onerror=\"document.title='pwned'\">"
PAYLOAD_LINK = "<a href=\"javascript:document.title='pwned'\">signeront</a>"
HOSTILE = (
    "Le sommet de Genève a réuni plus de 300 délégués de 72 pays.\n"
    f"« {PAYLOAD_SCRIPT} nous avons signé ce traité pour tous les pays », "
    "a déclaré le ministre Jean Dupont.\n"
    f"photo.jpg\nLe ministre Jean Dupont {PAYLOAD_IMG} arrive (Photo : AFP)\n"
    f"Selon le ministre Jean Dupont, 40 pays {PAYLOAD_LINK} le traité en 2026.\n"
    "Source : https://example.org/monde/sommet-42.html\n"
)

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed"
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    home = tmp_path_factory.mktemp("home")  # Chromium writes into $HOME
    old = os.environ.get("HOME")
    os.environ["HOME"] = str(home)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield browser
        browser.close()
    if old is not None:
        os.environ["HOME"] = old


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    summary = build_report(SEEDS, out, jobs=2)
    assert not summary.failed, summary.failed
    return out


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("hostile")
    shutil.copy(SEEDS / "fr-vietnamplus-1072855.txt", corpus)
    (corpus / "fr-hostile.txt").write_text(HOSTILE, encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile-report")
    summary = build_report(corpus, out, jobs=2)
    assert not summary.failed, summary.failed
    return out


def open_page(browser, path: Path):
    """Open a file with the network cut off; return the page, its requests and errors."""
    page = browser.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    page.route(
        "**/*",
        lambda route: (
            route.abort() if not route.request.url.startswith("file:") else route.continue_()
        ),
    )
    page.goto(path.as_uri())
    page.wait_for_function(
        "document.querySelectorAll('.chart svg').length"
        " === document.querySelectorAll('.chart').length",
        timeout=30_000,
    )
    return page, requests, errors


def marks(page) -> int:
    return page.evaluate(
        "document.querySelectorAll('.chart svg .role-mark path, .chart svg .role-mark text').length"
    )


def test_index_draws_every_chart_offline(browser, seeds_report):
    page, requests, errors = open_page(browser, seeds_report / "index.html")
    charts = page.evaluate("document.querySelectorAll('.chart svg').length")
    assert charts >= 6  # figures, translations, plenary, regions, quotes, articles
    assert marks(page) > 100
    assert errors == []
    assert [u for u in requests if not u.startswith("file:")] == []
    # the JavaScript is inlined once, whatever the number of charts
    html = (seeds_report / "index.html").read_text(encoding="utf-8")
    assert html.count("vegaEmbed") < 20 and len(html) < 2_000_000


def test_each_chart_file_opens_alone(browser, seeds_report):
    files = sorted((seeds_report / "charts").glob("*/*.html"))
    assert len(files) >= 6
    for path in files:
        page, requests, errors = open_page(browser, path)
        assert marks(page) > 0, path.name
        assert errors == [] and [u for u in requests if not u.startswith("file:")] == [], path.name
        page.close()


def test_the_figures_chart_shows_what_its_colours_mean(browser, seeds_report):
    path = seeds_report / "charts" / "cross_source_figures" / "figures_across_sources.html"
    page, _, _ = open_page(browser, path)
    legend = page.evaluate(
        "[...document.querySelectorAll('.chart svg .role-legend text')].map(t => t.textContent)"
    )
    assert "Verdict" in legend and "Agree" in legend and "One source only" in legend
    # inside the drawing, not cut off below it
    svg = page.locator(".chart svg").first.bounding_box()
    box = page.locator(".chart svg .role-legend").first.bounding_box()
    assert box["y"] + box["height"] <= svg["y"] + svg["height"] + 2  # a stroke may reach out
    page.close()


def test_hostile_text_stays_text(browser, hostile_report):
    for path in [
        hostile_report / "index.html",
        *sorted((hostile_report / "charts").glob("*/*.html")),
    ]:
        page, requests, errors = open_page(browser, path)
        assert page.title() != "pwned", path.name
        assert errors == [], (path.name, errors)
        assert [u for u in requests if not u.startswith("file:")] == [], path.name
        assert page.evaluate("document.querySelectorAll('img').length") == 0
        page.close()
    # the text is kept as it was written, in the charts' data
    page, _, _ = open_page(browser, hostile_report / "index.html")
    data = page.evaluate(
        "[...document.querySelectorAll(\"script[type='application/json']\")]"
        ".map(n => n.textContent).join(' ')"
    )
    assert "</script>" not in data  # encoded in the page...
    specs = page.evaluate(
        "[...document.querySelectorAll(\"script[type='application/json']\")]"
        ".map(n => JSON.stringify(JSON.parse(n.textContent))).join(' ')"
    )
    assert "document.title='pwned'" in specs  # ...and intact once parsed


@pytest.fixture(scope="module")
def jupyterlab(tmp_path_factory):
    """JupyterLab serving a copy of the notebooks (so nothing in the checkout changes)."""
    import socket
    import subprocess
    import sys
    import time

    work = tmp_path_factory.mktemp("lab")
    shutil.copytree(SEEDS.parent / "notebooks", work / "notebooks")
    shutil.copytree(SEEDS, work / "seeds")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, HOME=str(tmp_path_factory.mktemp("lab-home")))
    jupyter = Path(sys.executable).with_name("jupyter")
    proc = subprocess.Popen(
        [str(jupyter), "lab", f"--notebook-dir={work / 'notebooks'}", "--allow-root",
         "--no-browser", f"--port={port}", "--IdentityProvider.token=", "--ServerApp.password="],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(120):
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
            break
        except OSError:
            time.sleep(0.5)
    yield f"http://localhost:{port}"
    proc.terminate()
    proc.wait(timeout=30)


def run_in_lab(browser, base: str, notebook: str, cells: int):
    import time

    page = browser.new_page()
    outside: list[str] = []

    def route(r):
        url = r.request.url
        if url.startswith((base, "data:", "blob:")):
            r.continue_()
        else:
            outside.append(url)
            r.abort()

    page.route("**/*", route)
    # a workspace of its own, reset: no tab of an earlier test takes the keystrokes
    workspace = notebook.removesuffix(".ipynb")
    page.goto(f"{base}/lab/workspaces/{workspace}/tree/{notebook}?reset", timeout=90_000)
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=90_000)
    page.wait_for_function("document.body.innerText.includes('| Idle')", timeout=90_000)
    time.sleep(2)  # the kernel is up
    page.click(".jp-Cell >> nth=0")
    page.keyboard.press("Escape")
    for _ in range(cells):
        page.keyboard.press("Shift+Enter")
        time.sleep(0.7)
    page.wait_for_function(
        "document.querySelectorAll('.jp-OutputArea-output svg .role-mark').length > 0",
        timeout=120_000,
    )
    return page, outside


def test_charts_draw_inside_jupyterlab_without_a_network(browser, jupyterlab):
    page, outside = run_in_lab(browser, jupyterlab, "signatories_by_region.ipynb", cells=10)
    assert page.evaluate("document.querySelectorAll('.jp-OutputArea-output svg').length") >= 2
    assert outside == []  # Altair's default renderer would have asked a CDN for Vega
    page.close()


def test_explorer_widgets_redraw_in_jupyterlab(browser, jupyterlab):
    page, outside = run_in_lab(browser, jupyterlab, "explorer.ipynb", cells=4)
    # the y-axis labels of the first chart in the widget's output: the concepts shown
    shown = (
        "(() => { const svg = document.querySelector('.widget-output svg');"
        " return svg ? [...svg.querySelectorAll('.role-axis-label text')].map(t => t.textContent)"
        " : []; })()"
    )
    page.wait_for_function(f"{shown}.includes('Countries that signed')", timeout=60_000)
    page.select_option(".widget-dropdown select >> nth=0", label="Delegates")
    # redrawn live: wait for the new drawing, not just for the old one to go
    redrawn = f"(() => {{ const labels = {shown};"
    redrawn += (
        " return labels.includes('Delegates') && !labels.includes('Countries that signed'); })()"
    )
    try:
        page.wait_for_function(redrawn, timeout=60_000)
    finally:
        labels = page.evaluate(shown)
    assert "Delegates" in labels and "Countries that signed" not in labels, labels
    assert outside == []
    page.close()


COUNT_AXES = {"Quotations", "Count", "Countries that signed", "Found in the article"}
AXES = """[...document.querySelectorAll('.chart svg .role-axis')].map(axis => ({
  title: (axis.querySelector('.role-axis-title text') || {}).textContent || '',
  labels: [...axis.querySelectorAll('.role-axis-label text')].map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent, box: [r.left, r.top, r.right, r.bottom]};
  }),
}))"""


def overlapping(labels: list[dict]) -> list[tuple[str, str]]:
    found = []
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            (l1, t1, r1, b1), (l2, t2, r2, b2) = a["box"], b["box"]
            if min(r1, r2) - max(l1, l2) > 1 and min(b1, b2) - max(t1, t2) > 1:
                found.append((a["text"], b["text"]))
    return found


def test_the_index_reads_as_a_page_for_people(browser, seeds_report):
    page, _, errors = open_page(browser, seeds_report / "index.html")
    page.set_viewport_size({"width": 1200, "height": 900})
    page.screenshot(path=str(seeds_report / "index.png"), full_page=True)  # to look at
    assert errors == []
    # the findings open the page, in sentences, with values and outlets
    assert page.evaluate("document.querySelector('section').id") == "findings"
    findings = page.locator("#findings li").all_inner_texts()
    assert any("en · vietnamnet.vn leaves out outcomes agreed (3)" in f for f in findings)
    assert any("fails: the article gives 71 where 72 is expected" in f for f in findings)
    nav = page.locator("nav.sections a").all_inner_texts()
    assert nav[0] == "Findings" and nav[-1] == "Downloads" and len(nav) <= 8
    # words, not keys, wherever people read
    shown = page.evaluate(
        "[...document.querySelectorAll('.chart svg text')].map(t => t.textContent)"
    )
    headings = page.locator("h1, h2, h3, nav a, #downloads td").all_inner_texts()
    assert shown and [t for t in shown + headings if "_" in t] == []
    # the evidence one click away: whole sentences with the figure marked
    assert page.locator("details mark").count() >= 40
    assert "Au cours de cet événement de deux jours" in page.locator("details").first.text_content()
    # every chart is shown once; the explorer's copies are not repeated
    titles = page.locator("section h3").all_inner_texts()
    assert len(titles) == len(set(titles))
    axes = page.evaluate(AXES)
    counts = [a for a in axes if a["title"] in COUNT_AXES]
    assert len(counts) >= 3
    for axis in counts:  # counts have whole-number ticks only, each once
        ticks = [label["text"] for label in axis["labels"]]
        assert all(t.replace(",", "").isdigit() for t in ticks) and len(set(ticks)) == len(ticks)
    for axis in axes:
        assert overlapping(axis["labels"]) == [], axis["title"]
    page.close()


@pytest.fixture(scope="module")
def floods_report(tmp_path_factory):
    """Two invented articles about a flood: no concepts file (so no regions and no rules),
    no translations."""
    corpus = tmp_path_factory.mktemp("floods")
    (corpus / "en-courier-1.txt").write_text(
        "Floods in the valley killed 12 people on Monday, the regional police said. "
        "“We have never seen water this high,” said Mayor Ana Ferreira.\n"
        "Source: https://courier.example/floods-1\n",
        encoding="utf-8",
    )
    (corpus / "en-herald-2.txt").write_text(
        "The floods killed 14 people in the valley, officials said on Tuesday.\n"
        "Source: https://herald.example/floods-2\n",
        encoding="utf-8",
    )
    out = tmp_path_factory.mktemp("floods-report")
    summary = build_report(corpus, out)
    assert not summary.failed, summary.failed
    return out


def test_a_corpus_about_another_event_gets_sentences_not_bare_axes(browser, floods_report):
    page, _, errors = open_page(browser, floods_report / "index.html")
    page.screenshot(path=str(floods_report / "index.png"), full_page=True)
    assert errors == []
    empty = page.locator("p.empty").all_inner_texts()
    assert any(e.startswith("This corpus defines no regions (a [regions] table") for e in empty)
    assert any(e.startswith("This corpus defines no part-whole rules") for e in empty)
    assert page.evaluate(
        "[...document.querySelectorAll('.chart svg')].every(svg => svg.querySelector('.role-mark'))"
    )
    findings = page.locator("#findings li").all_inner_texts()
    conflict = "⚠Sources conflict on people killed: 12 (en · courier.example)"
    assert any(f.startswith(conflict) for f in findings)
    assert "2 articles in 1 language (en) from 2 outlets" in page.locator("header").inner_text()
    for axis in page.evaluate(AXES):  # small counts: 0, 1, never 0, 1, 1
        ticks = [label["text"] for label in axis["labels"]]
        assert len(set(ticks)) == len(ticks), axis
    page.close()
