#!/usr/bin/env bash
# One-command set-up for Meja Redaksi on Debian 12.
#   ./bootstrap.sh run [ARGS...]   install what is needed, then start the app on the demo store
#   ./bootstrap.sh test [PYTEST ARGS...]   install what is needed, then run every check and the whole test suite
# Idempotent: Debian packages are installed only when missing (and only as root), the .venv is reused and
# reinstalled only when pyproject.toml or requirements.lock changed.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
VENV="$ROOT/.venv"
MODE=${1:-}
[ $# -gt 0 ] && shift

RUN_PACKAGES=(
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0
  libxcb-render-util0 libxcb-randr0 libxcb-xkb1 libx11-xcb1
  libimage-exiftool-perl hunspell-id libenchant-2-2
)
TEST_PACKAGES=(chromium chromium-driver postgresql)

log() { printf '[bootstrap] %s\n' "$*" >&2; }

install_debian_packages() {
  local wanted=("$@") missing=()
  command -v dpkg-query >/dev/null || { log "not a Debian system: install Qt's libraries yourself"; return 0; }
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    log "missing Debian packages (run as root to install them): ${missing[*]}"
    return 0
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || log "apt-get update failed; trying with the cached package lists"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$candidate"; return 0
    fi
  done
  log "Python 3.11 or newer is needed"; exit 1
}

ensure_venv() {
  local stamp="$VENV/.meja-stamp" want
  want=$(cat pyproject.toml requirements.lock | sha256sum | cut -d' ' -f1)
  if [ ! -x "$VENV/bin/python" ]; then
    "$(find_python)" -m venv "$VENV" 2>/dev/null || {
      [ "$(id -u)" -eq 0 ] && install_debian_packages python3-venv
      "$(find_python)" -m venv "$VENV"
    }
  fi
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    log "installing Python dependencies into .venv"
    # pip's output goes to a log (this machine's extra indexes make it noisy); shown only on failure.
    if ! { "$VENV/bin/python" -m pip install --upgrade pip &&
      "$VENV/bin/python" -m pip install -c requirements.lock -e ".[dev]"; } >"$VENV/pip.log" 2>&1; then
      tail -n 40 "$VENV/pip.log" >&2
      log "installing Python dependencies failed (full log: .venv/pip.log)"
      exit 1
    fi
    echo "$want" >"$stamp"
  fi
  build_translations
}

build_translations() {
  local ts qm
  for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    qm="src/meja_redaksi/resources/translations/$(basename "${ts%.ts}").qm"
    mkdir -p "$(dirname "$qm")"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
      "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
    fi
  done
}

start_postgres() {
  # A throw-away cluster for the portal's PostgreSQL tests, owned by the postgres user, on loopback only.
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  [ -n "$bindir" ] || { log "PostgreSQL is not installed: its tests will be skipped"; return 0; }
  [ "$(id -u)" -eq 0 ] || { log "not root: PostgreSQL tests use MEJA_TEST_PG_URL if set"; return 0; }
  local data=/tmp/meja-redaksi-pg port=54329
  if ! su postgres -s /bin/sh -c "$bindir/pg_ctl -D $data status" >/dev/null 2>&1; then
    rm -rf "$data"; mkdir -p "$data"; chown postgres:postgres "$data"
    su postgres -s /bin/sh -c "$bindir/initdb -D $data -A trust -U postgres" >/dev/null
    su postgres -s /bin/sh -c "$bindir/pg_ctl -D $data -l $data/log -w -o '-p $port -k /tmp -c listen_addresses=127.0.0.1' start" >/dev/null
  fi
  export MEJA_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
}

case "$MODE" in
  run)
    install_debian_packages "${RUN_PACKAGES[@]}"
    ensure_venv
    exec "$VENV/bin/meja-redaksi" run-demo "$@"
    ;;
  test)
    install_debian_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    ensure_venv
    start_postgres
    export QT_QPA_PLATFORM=offscreen
    log "ruff"
    "$VENV/bin/ruff" check src tests bench tools
    "$VENV/bin/ruff" format --check src tests bench tools
    log "mypy (strict, outside gui/)"
    "$VENV/bin/mypy"
    log "Designer forms are up to date"
    "$VENV/bin/python" tools/compile_forms.py --check
    log "pytest"
    # pytest exits 5 when it collects no tests: with set -e that fails the run, as it should.
    "$VENV/bin/python" -m pytest -q "$@"
    ;;
  *)
    echo "usage: $0 run|test [ARGS...]" >&2
    exit 2
    ;;
esac
