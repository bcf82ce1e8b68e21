# The two commands the README starts with: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SEEDS  ?= ../shared/seeds

.PHONY: demo test test-all install eval bench clean compiled test-compiled

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(BIN)/kg

install: $(BIN)/kg

# Set everything up and build the graph of the bundled sample articles under outputs/demo.
demo: install
	$(BIN)/kg build data/samples --out outputs/demo

# The check to run after every change (1 to 2½ minutes on the 2-core machine, by its load): every test not marked
# slow, then extraction scores against every evaluation set (each fails below its baseline) and against
# the seed article when ../shared/seeds is present.
test: install
	$(BIN)/python -m pytest -m "not slow"
	$(MAKE) --no-print-directory eval

# make test, then the slow tests: those that start other programs (Chromium, rapper, an Oxigraph
# server, kg serve), reason with OWL RL, or validate at scale. CI (.ci/run) runs this and test-compiled.
test-all: test
	$(BIN)/python -m pytest -m slow

# Every evaluation set: the development corpus, the sets written apart from the rules and read to find
# gaps (probe, fresh, fresh2, realistic, realistic2, realistic3: long real-style wires), the never-read ones (heldout, unseen,
# realistic_unseen), and general news where nearly nothing is diplomatic (general to general8 read,
# general_unseen2 never read): their baselines also bound the wrong events per 100 texts. The cluster
# set (several reports of each real-world event, and near-misses) also bounds how well events and
# persons are identified across articles.
EVAL_SETS ?= corpus heldout probe fresh fresh2 realistic realistic2 realistic3 unseen realistic_unseen general general2 general3 general4 general5 general6 general7 general8 general_unseen2 clusters

eval: install
	@for set in $(EVAL_SETS); do \
		echo "== data/$$set"; $(BIN)/kg eval data/$$set data/$$set --baseline data/$$set/baseline.json --json outputs/eval/$$set.json || exit 1; \
	done
	@if [ -d "$(SEEDS)" ]; then $(BIN)/kg eval $(SEEDS) $(SEEDS) --diff --json outputs/eval/seeds.json; fi

# The same package with its extraction core compiled to C (mypyc), in a virtualenv of its own: the
# development one stays editable plain Python. Needs a C compiler and the Python headers.
CVENV ?= .venv-compiled
CBIN  := $(CVENV)/bin

# Rebuilt when the package or the data it carries changes (the install is a copy, not a link).
$(CBIN)/kg: pyproject.toml $(shell find kg ontologies data/lexicons data/reference data/resolve data/samples data/models -type f -not -path '*/__pycache__/*')
	$(PYTHON) -m venv $(CVENV)
	$(CBIN)/pip install --quiet --upgrade pip
	$(CBIN)/pip install --quiet ".[test]"
	HATCH_BUILD_HOOK_ENABLE_MYPYC=1 HATCH_BUILD_CLEAN_HOOKS_AFTER=1 $(CBIN)/pip install --quiet --force-reinstall --no-deps .
	$(CBIN)/python -P -c "import kg.extract.core as c, sys; sys.exit(not c.__file__.endswith('.so'))"
	touch $(CBIN)/kg

compiled: $(CBIN)/kg

# The compiled build must say exactly what the plain one says: every evaluation set and the samples are
# extracted by both (Turtle: every fact with its evidence, offsets and confidence) and compared, then
# the extraction tests run against the compiled package.
test-compiled: install compiled
	@mkdir -p outputs/compiled
	@for set in $(EVAL_SETS) samples; do \
		$(BIN)/kg extract data/$$set --format turtle > outputs/compiled/$$set.plain.ttl || exit 1; \
		$(CBIN)/kg extract data/$$set --format turtle > outputs/compiled/$$set.compiled.ttl || exit 1; \
		cmp outputs/compiled/$$set.plain.ttl outputs/compiled/$$set.compiled.ttl || exit 1; \
		echo "== data/$$set: compiled and plain extraction agree"; \
	done
	$(CBIN)/python -P -m pytest -q -p no:cacheprovider --import-mode=append tests/test_extract.py

# Extraction throughput of the plain package, then of the compiled one.
bench: install compiled
	$(BIN)/python benchmarks/extraction.py
	$(CBIN)/python benchmarks/extraction.py

clean:
	rm -rf $(VENV) $(CVENV) outputs .pytest_cache
