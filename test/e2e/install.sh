#!/usr/bin/env bash
# Installs what the end-to-end suite needs, once, and reuses it afterwards:
#   - the pinned n8n (and playwright-core) from test/e2e/n8n-install/ into test/e2e/n8n/ (git-ignored);
#   - Debian's chromium, when /usr/bin/chromium is missing (apt-get; we are root on these machines).
# Never downloads a browser build of its own: playwright-core drives the Debian chromium.
#
# The mirror lacks some versions n8n 2.41.1 asks for, hence the overrides in the manifest and
# --legacy-peer-deps --ignore-scripts (a Kafka client's install script fetches sources from the internet,
# eslint-plugin-n8n-nodes-base's preinstall demands pnpm); sqlite3 is then rebuilt against Node 24.
set -euo pipefail
e2e="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$e2e/../.." && pwd)"
manifest="$e2e/n8n-install"
dir="$e2e/n8n"
node24="$root/scripts/node24"

log() { echo "e2e-install: $*" >&2; }

# --- chromium -------------------------------------------------------------------------------------
if [[ ! -x /usr/bin/chromium ]]; then
  log "installing Debian's chromium (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends chromium fonts-liberation >&2
fi
/usr/bin/chromium --version >&2

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
    # e.g. @msgpackr-extract/*-darwin-*, that this registry mirror does not serve, which `npm ci` refuses).
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
