# Everything runs inside .venv, made (or remade) when missing or older than pyproject.toml.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPUS ?= seeds
REPORT ?= reports
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)

.DEFAULT_GOAL := help
.PHONY: help setup report test lint lab bench clean

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) ## Create .venv and install explore with its dev tools

report: $(STAMP) ## Run the main job: read the corpus, write every table to reports/
	$(BIN)/explore report --corpus $(CORPUS) --out $(REPORT)

test: $(STAMP) ## Run the whole test suite (and ruff)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(STAMP) ## ruff check and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

lab: $(STAMP) ## Open JupyterLab on notebooks/
	$(BIN)/jupyter lab --notebook-dir=notebooks $(ALLOW_ROOT)

bench: $(STAMP) ## Print speed and memory figures (bench/)
	$(BIN)/python bench/bench_corpus.py
	$(BIN)/python bench/bench_big_article.py
	$(BIN)/python bench/bench_compare.py

clean: ## Remove .venv and generated files
	rm -rf $(VENV) $(REPORT) .pytest_cache .ruff_cache .hypothesis
