#!/usr/bin/env bash
# End-to-end suite: the real n8n (pinned in test/e2e/n8n-install) loads the packed package the way a user
# installs it, runs every operation from its CLI against the API emulator (twice: binary-data modes
# "default" and "filesystem"), renders the node panel and credential dialogs in Debian's chromium, and runs it
# in queue mode (PostgreSQL + Redis from Debian's packages, one main, two workers: test/e2e/queue/).
#
#   bash test/e2e/run.sh                 # everything (installs n8n + chromium on first use)
#   E2E_SUITES=cli bash test/e2e/run.sh  # only the CLI suite (or: packages, examples, agent, editor, queue)
#   E2E_SKIP_BUILD=1 ...                 # dist/ and .build/ are already fresh (npm run test:e2e builds first)
#
# Exits non-zero on any failure; the last line is "N passed, N failed".
set -uo pipefail
e2e="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$e2e/../.." && pwd)"
node24="$root/scripts/node24"
work="$e2e/.work"
summary_file="$work/summary.txt"
start=$(date +%s)

fail() {
  echo "e2e: $*" >&2
  echo "0 passed, 1 failed"
  exit 1
}

mkdir -p "$work"
rm -f "$summary_file"

bash "$e2e/install.sh" || fail "installing n8n / chromium failed"

cd "$root" || fail "no $root"
if [[ "${E2E_SKIP_BUILD:-}" != 1 ]]; then
  "$node24" npm run --silent build >&2 || fail "npm run build failed"
fi
# The emulator and the fixture catalog are TypeScript: compile just them (and what they import) into .work/tools.
rm -rf "$work/tools"
"$node24" "$root/node_modules/.bin/tsc" -p "$e2e/tsconfig.tools.json" >&2 || fail "compiling the emulator failed"

# The package as a user gets it: npm pack of the built repository.
rm -rf "$work/pack"
mkdir -p "$work/pack"
tarball_name="$("$node24" npm pack --silent --pack-destination "$work/pack" 2>/dev/null | tail -n 1)"
[[ -n "$tarball_name" && -f "$work/pack/$tarball_name" ]] || fail "npm pack failed"
export E2E_PACKAGE_TARBALL="$work/pack/$tarball_name"
echo "e2e: packed $E2E_PACKAGE_TARBALL ($(du -h "$E2E_PACKAGE_TARBALL" | cut -f1))" >&2

files=()
for suite in ${E2E_SUITES:-cli packages examples agent editor queue}; do
  if [[ -f "$e2e/$suite.test.mjs" ]]; then
    files+=("$e2e/$suite.test.mjs")
  elif [[ -f "$e2e/$suite/$suite.test.mjs" ]]; then
    files+=("$e2e/$suite/$suite.test.mjs")
  else
    fail "no suite \"$suite\" (E2E_SUITES: cli, packages, examples, agent, editor, queue)"
  fi
done

# One test file at a time (each starts n8n processes; the machine has 2 cores).
"$node24" node --test --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter="$e2e/lib/summary-reporter.mjs" --test-reporter-destination="$summary_file" \
  "${files[@]}"
status=$?

echo "e2e: finished in $(( $(date +%s) - start )) s" >&2
if [[ -s "$summary_file" ]]; then
  # Each test file's time, then the closing line.
  head -n -1 "$summary_file" | sed 's/^/e2e: /' >&2
  line="$(tail -n 1 "$summary_file")"
else
  line="0 passed, 1 failed"
  status=1
fi
# A run that counted a failure fails, whatever the runner's exit status.
[[ "$line" =~ ,\ 0\ failed ]] || status=1
echo "$line"
exit "$status"
