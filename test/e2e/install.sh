#!/usr/bin/env bash
# Installs what the end-to-end suite needs, once, and reuses it afterwards:
#   - the pinned n8n (and playwright-core) from test/e2e/n8n-install/ into test/e2e/n8n/ (git-ignored);
#   - Debian's or Ubuntu's chromium when /usr/bin/chromium is missing, and a CJK font (fonts-noto-cjk) when none is
#     installed, so that screenshots show Korean text instead of empty boxes (apt-get; with sudo when not root).
# Never downloads a browser build of its own: playwright-core drives the system's chromium.
#
# Some registry mirrors lack versions n8n 2.41.1 asks for, hence the overrides in the manifest and
# --legacy-peer-deps --ignore-scripts (a Kafka client's install script fetches sources from the internet,
# eslint-plugin-n8n-nodes-base's preinstall demands pnpm); sqlite3 is then rebuilt against Node 24.
set -euo pipefail
e2e="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$e2e/../.." && pwd)"
manifest="$e2e/n8n-install"
dir="$e2e/n8n"
node24="$root/scripts/node24"

log() { echo "e2e-install: $*" >&2; }

# --- chromium and a CJK font ---------------------------------------------------------------------
# apt-get as root, or through sudo (GitHub's runners, a developer's machine).
apt_install() {
  local sudo=()
  [[ "$(id -u)" -eq 0 ]] || sudo=(sudo)
  log "installing $* (apt-get)"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

has_cjk_font() {
  if command -v fc-list >/dev/null 2>&1; then
    [[ -n "$(fc-list :lang=ko family 2>/dev/null)" ]]
  else
    dpkg -s fonts-noto-cjk >/dev/null 2>&1
  fi
}

packages=()
[[ -x /usr/bin/chromium ]] || packages+=(chromium fonts-liberation)
has_cjk_font || packages+=(fonts-noto-cjk)
if (( ${#packages[@]} )); then
  apt_install "${packages[@]}"
fi
/usr/bin/chromium --version >&2
has_cjk_font || log "warning: no font with Korean glyphs found; screenshots will show empty boxes"

# --- n8n -----------------------------------------------------------------------------------------
want_n8n="$("$node24" node -p "require('$manifest/package.json').dependencies.n8n")"
want_pw="$("$node24" node -p "require('$manifest/package.json').dependencies['playwright-core']")"
stamp="$( (cat "$manifest/package.json"; cat "$manifest/package-lock.json" 2>/dev/null || true) | sha256sum | cut -d' ' -f1)"

installed_ok() {
  [[ -f "$dir/.installed" && "$(cat "$dir/.installed")" == "$stamp" ]] || return 1
  local have_n8n have_pw
  have_n8n="$("$node24" node -p "require('$dir/node_modules/n8n/package.json').version" 2>/dev/null)" || return 1
  have_pw="$("$node24" node -p "require('$dir/node_modules/playwright-core/package.json').version" 2>/dev/null)" || return 1
  [[ "$have_n8n" == "$want_n8n" && "$have_pw" == "$want_pw" ]] || return 1
  # the native sqlite3 binding must load under Node 24
  (cd "$dir" && "$node24" node -e "require('sqlite3')") >/dev/null 2>&1 || return 1
}

if installed_ok; then
  log "n8n $want_n8n already installed in $dir (reused)"
else
  start=$(date +%s)
  log "installing n8n $want_n8n + playwright-core $want_pw into $dir"
  rm -rf "$dir"
  mkdir -p "$dir"
  cp "$manifest/package.json" "$dir/package.json"
  flags=(--legacy-peer-deps --ignore-scripts --no-audit --no-fund --loglevel=error)
  if [[ -f "$manifest/package-lock.json" ]]; then
    # `npm install` guided by the committed lock (not `npm ci`: the lock lacks optional platform packages,
    # e.g. @msgpackr-extract/*-darwin-*, that some registry mirrors do not serve, which `npm ci` refuses).
    cp "$manifest/package-lock.json" "$dir/package-lock.json"
    (cd "$dir" && "$node24" npm install "${flags[@]}") >&2
  else
    (cd "$dir" && "$node24" npm install "${flags[@]}") >&2
    # keep the resolved tree: later installs are `npm ci` from it
    cp "$dir/package-lock.json" "$manifest/package-lock.json"
    stamp="$( (cat "$manifest/package.json"; cat "$manifest/package-lock.json") | sha256sum | cut -d' ' -f1)"
  fi
  log "rebuilding sqlite3 against Node 24"
  (cd "$dir" && "$node24" npm rebuild sqlite3 --ignore-scripts=false --loglevel=error) >&2
  (cd "$dir" && "$node24" node -e "require('sqlite3')")
  echo "$stamp" > "$dir/.installed"
  log "installed in $(( $(date +%s) - start )) s"
fi
"$node24" "$dir/node_modules/.bin/n8n" --version >&2 2>/dev/null || true
