# Escale — the two commands: `make run` and `make test`. Each sets up what it needs.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.escale-installed
DEMO_HOUSEHOLDS ?= 2000

# Debian libraries Qt needs offscreen (tests), then for a real window (the app).
QT_OFFSCREEN_DEBS := libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
QT_WINDOW_DEBS := $(QT_OFFSCREEN_DEBS) xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 \
	libxkbcommon-x11-0

# The server tests start a throwaway PostgreSQL cluster (tests/server/postgres.py).
SERVER_TEST_DEBS := postgresql

# The frozen application (installer/): rebuilt only when the code, the resources or the
# packaging change. The version is the one in desktop/__init__.py.
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' desktop/__init__.py)
TARBALL := dist/escale-$(VERSION)-linux-x86_64.tar.gz
INSTALLER_SOURCES := $(shell find desktop resources installer -type f \
	-not -path '*/__pycache__/*' -not -name '*.pyc' 2>/dev/null)
# PyInstaller reads the libraries' dependencies with binutils (objdump) and strips them;
# it bundles the shared libpython, which Debian ships apart from python3; its Qt hooks
# load QtCore, which needs the offscreen libraries.
LIBPYTHON := $(shell $(PYTHON) -c 'import sys; print("libpython%d.%d" % sys.version_info[:2])')
INSTALLER_DEBS := binutils $(LIBPYTHON) $(QT_OFFSCREEN_DEBS)

.PHONY: run test lint bench clean installer

run: $(INSTALLED)
	@tools/ensure-debian-packages.sh $(QT_WINDOW_DEBS)
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}$${QT_QPA_PLATFORM:-}" ]; then \
		echo "Aucun écran détecté : Escale démarre sous xvfb-run (fenêtre virtuelle, invisible)."; \
		xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/escale --demo-if-empty $(DEMO_HOUSEHOLDS); \
	else \
		$(BIN)/escale --demo-if-empty $(DEMO_HOUSEHOLDS); \
	fi

test: $(INSTALLED) $(TARBALL)
	@tools/ensure-debian-packages.sh $(QT_OFFSCREEN_DEBS) $(SERVER_TEST_DEBS)
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(INSTALLED) $(TARBALL)
	@tools/ensure-debian-packages.sh $(QT_WINDOW_DEBS) $(SERVER_TEST_DEBS)
	@for script in bench/bench_*.py; do \
		echo "== $$script"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; \
	done

# dist/escale/ (the frozen folder) and the Linux tarball, see installer/build.py.
installer: $(TARBALL)

$(TARBALL): $(INSTALLED) $(INSTALLER_SOURCES)
	@tools/ensure-debian-packages.sh $(INSTALLER_DEBS)
	$(BIN)/python installer/build.py

# The virtual environment, rebuilt only when the dependencies change.
$(INSTALLED): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
		echo "Impossible de créer l'environnement Python : installez python3-venv."; exit 1; }
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $@

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
