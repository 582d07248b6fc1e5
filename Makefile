# The two commands of the README: `make run` (set-up + the flow on the seeds) and `make test` (set-up + tests).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
WAREHOUSE ?= warehouse/news.duckdb
SOURCE ?= seeds

# Python keeps the compiled modules of flows/ and tests/ (__pycache__, ignored by git), even where the environment
# says not to (PYTHONDONTWRITEBYTECODE): every run, worker and test process would otherwise compile them again.
unexport PYTHONDONTWRITEBYTECODE

# Prefect keeps its state inside the working tree and makes no calls home.
export PREFECT_HOME := $(CURDIR)/.prefect
export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export GX_ANALYTICS_ENABLED := false

.PHONY: setup run serve test corpus benchmark clean schema-reference

setup: $(VENV)/.installed

# Reinstall when the pins change. The Data Docs' style sheets and scripts come from npm (pinned in
# expectations/data_docs/package-lock.json) so that the report works offline; without npm the report still
# builds, without styling.
$(VENV)/.installed: pyproject.toml expectations/data_docs/package-lock.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --prefix expectations/data_docs --no-audit --no-fund --ignore-scripts --loglevel=error; \
	else echo "npm not found: the Data Docs will build without their style sheets and scripts"; fi
	touch $@

run: setup
	$(BIN)/newswh run --source $(SOURCE) --warehouse $(WAREHOUSE)

# Serve the deployment news-etl/scheduled every 15 minutes with a local Prefect server (Ctrl-C stops).
serve: setup
	$(BIN)/newswh serve --source $(SOURCE) --warehouse $(WAREHOUSE)

# The test files run on TEST_WORKERS processes at once (pytest-xdist; a file's tests stay together, so that its
# shared warehouses are built once), in the order tests/conftest.py gives them (the longest first). Many tests wait
# on servers and runs, so more workers than cores pays.
TEST_WORKERS ?= 4
test: setup
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

# The development corpus (needs ../shared/corpus).
corpus: setup
	$(BIN)/newswh run --source ../shared/corpus/baomoi-2017 --warehouse warehouse/corpus.duckdb

# The schema reference in docs/schema.md, generated from the comments of the schema (tests/test_schema.py compares them).
schema-reference: setup
	$(BIN)/python -m flows.catalogue docs/schema.md

clean:
	rm -rf warehouse/*.duckdb warehouse/*.wal warehouse/*.dq warehouse/*.gx warehouse/*.staging warehouse/.staging \
		warehouse/dq warehouse/gx .prefect
