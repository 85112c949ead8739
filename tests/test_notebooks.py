"""The notebooks: stored clean, parameters validated, executed for real by papermill."""

import json
from pathlib import Path

import nbformat
import papermill
import pytest
from conftest import ROOT

from explore.params import NOTEBOOKS

NOTEBOOK_DIR = ROOT / "notebooks"
PATHS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))


def test_every_notebook_is_known_to_the_parameter_checks():
    assert sorted(p.stem for p in PATHS) == sorted(NOTEBOOKS)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, path.name


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_parameters_cell_first_with_a_comment_per_parameter(path):
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", [])
    lines = [line for line in code[0].source.splitlines() if line.strip()]
    assert {line.split("=")[0].strip() for line in lines} == set(NOTEBOOKS[path.stem])
    for line in lines:
        assert "#" in line, f"{path.name}: no comment for {line!r}"
    assert f'parameters.check("{path.stem}", globals())' in code[1].source


def run(tmp_path: Path, name: str, **params) -> nbformat.NotebookNode:
    out = tmp_path / f"{name}.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOK_DIR / f"{name}.ipynb"),
        str(out),
        parameters={"corpus": str(ROOT / "seeds"), "out_dir": str(tmp_path / "charts"), **params},
        kernel_name="python3",
        cwd=str(NOTEBOOK_DIR),
        progress_bar=False,
        execution_timeout=300,
    )
    return nbformat.read(out, as_version=4)


def text_outputs(nb: nbformat.NotebookNode) -> str:
    return json.dumps([c.get("outputs", []) for c in nb.cells], ensure_ascii=False)


def test_signatories_by_region_with_other_parameters(tmp_path):
    nb = run(
        tmp_path,
        "signatories_by_region",
        doc="fr-vietnamplus-1072855",
        include_unattributed=False,
        as_share=True,
        sort="region",
    )
    assert "Asia-Pacific" in text_outputs(nb)
    assert (tmp_path / "charts" / "signatories_by_region.png").stat().st_size > 1000


def test_cross_source_figures_for_two_languages(tmp_path):
    run(tmp_path, "cross_source_figures", languages=["pt", "fr"], concepts=["delegation_countries"])
    spec = json.loads((tmp_path / "charts" / "figures_across_sources.vl.json").read_text())["spec"]
    rows = next(iter(spec["datasets"].values()))
    assert sorted({r["doc_id"][:2] for r in rows}) == ["fr", "pt"]
    assert {r["concept"] for r in rows} == {"Countries with delegations"}  # its display name
    assert all("délégations" in r["drift_note"] for r in rows)  # 110 countries vs delegations
    assert (tmp_path / "charts" / "figures_across_sources.svg").exists()


def test_quotes_of_one_speaker(tmp_path):
    nb = run(tmp_path, "quotes_and_speakers", speaker="John Brandolino", kinds=["speech"])
    assert "Brandolino" in text_outputs(nb)


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("signatories_by_region", {"sort": "size"},
         "parameter 'sort': 'size' is not one of value, region"),
        ("signatories_by_region", {"as_share": "yes"}, "parameter 'as_share' must be bool"),
        ("cross_source_figures", {"languages": ["vi"]},
         "parameter 'languages': 'vi' is not one of"),
        ("cross_source_figures", {"docs": ["nope"]}, "parameter 'docs': no article 'nope'"),
        ("quotes_and_speakers", {"kind": ["speech"]},
         "unknown parameter 'kind'; this notebook takes"),
    ],
)  # fmt: skip
def test_invalid_parameters_stop_with_a_clear_message(tmp_path, name, params, message):
    with pytest.raises(papermill.PapermillExecutionError) as caught:
        run(tmp_path, name, **params)
    assert caught.value.ename == "ParameterError"
    assert message in caught.value.evalue


def test_a_failing_notebook_is_named_and_the_others_still_run(tmp_path):
    from explore.report import build_report

    folder = tmp_path / "notebooks"
    folder.mkdir()
    good = nbformat.read(NOTEBOOK_DIR / "corpus_overview.ipynb", as_version=4)
    nbformat.write(good, folder / "corpus_overview.ipynb")
    bad = nbformat.read(NOTEBOOK_DIR / "corpus_overview.ipynb", as_version=4)
    bad.cells.insert(3, nbformat.v4.new_code_cell("1 / 0"))
    nbformat.write(bad, folder / "broken.ipynb")
    lines = []
    summary = build_report(
        ROOT / "seeds", tmp_path / "out", notebooks=folder, progress=lines.append
    )
    assert [r.name for r in summary.failed] == ["broken"]
    assert (
        summary.failed[0].error.startswith("cell ")
        and "ZeroDivisionError" in summary.failed[0].error
    )
    assert (tmp_path / "out" / "notebooks" / "corpus_overview.ipynb").exists()
    assert any(line.startswith("broken:") and "FAILED" in line for line in lines)
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "(broken.ipynb): cell 4 (`1 / 0`) raised ZeroDivisionError" in index


def test_unknown_notebook_in_a_params_file_is_named(tmp_path):
    from explore.errors import ExploreError
    from explore.report import load_params

    path = tmp_path / "params.json"
    path.write_text('{"signatories": {"as_share": true}}', encoding="utf-8")
    with pytest.raises(ExploreError, match="unknown notebook 'signatories'; expected one of"):
        load_params(path)
    path.write_text('{"signatories_by_region": {"share": true}}', encoding="utf-8")
    with pytest.raises(ExploreError, match="signatories_by_region: unknown parameter 'share'"):
        load_params(path)


def test_defaults_work_from_the_notebook_folder(tmp_path):
    """As in JupyterLab: the kernel starts in notebooks/, the defaults point to ../seeds."""
    nb = run_with_defaults(tmp_path, "corpus_overview")
    assert "fr-vietnamplus-1072855" in text_outputs(nb)


def run_with_defaults(tmp_path: Path, name: str) -> nbformat.NotebookNode:
    out = tmp_path / f"{name}.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOK_DIR / f"{name}.ipynb"),
        str(out),
        parameters={"out_dir": str(tmp_path / "charts")},  # keep reports/ of the checkout clean
        kernel_name="python3",
        cwd=str(NOTEBOOK_DIR),
        progress_bar=False,
        execution_timeout=300,
    )
    return nbformat.read(out, as_version=4)
