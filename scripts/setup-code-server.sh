#!/usr/bin/env bash
# Installs code-server (real VS Code server + web workbench) offline, from the npm registry only,
# into .cache/code-server/<version>. Recipe: shared/design/real-vscode-offline.md, section 2b.
# Idempotent: a finished install is marked by a stamp file and re-runs return in well under a second.
#
# Env: CODE_SERVER_VERSION (default 4.100.3; 4.96-4.100 need Node 20), CODE_SERVER_CACHE (default .cache/code-server),
#      SKIP_APT=1 to never call apt-get.
# Prints the code-server directory on its last line.
set -euo pipefail

VERSION="${CODE_SERVER_VERSION:-4.100.3}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${CODE_SERVER_CACHE:-$ROOT/.cache/code-server}"
PREFIX="$CACHE/$VERSION"
CS="$PREFIX/node_modules/code-server"
STAMP="$PREFIX/.setup-complete"

T0=$(date +%s.%N)
step_start=$T0
log() { printf '[setup-code-server] %s\n' "$*" >&2; }
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
step_done() {
  log "$1: $(elapsed "$step_start") s"
  step_start=$(date +%s.%N)
}

# --- 1. Debian packages: chromium (browser), libkrb5-dev (kerberos build), ripgrep (rg for search),
#        build-essential + python3 (node-gyp). Checked first so warm runs never touch apt.
pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
for pkg in chromium libkrb5-dev ripgrep build-essential python3; do
  pkg_installed "$pkg" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "${SKIP_APT:-}" = "1" ]; then
    log "missing Debian packages (SKIP_APT=1, not installing): ${missing[*]}"
  else
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO="sudo"
    log "apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # Fresh machines have no package lists yet; update once, then install.
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi
step_done "apt"

# --- 2. Fast path.
if [ -f "$STAMP" ] && [ -f "$CS/out/node/entry.js" ]; then
  log "code-server $VERSION already set up (total $(elapsed "$T0") s)"
  echo "$CS"
  exit 0
fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != "20" ] && [ -z "${FORCE_NODE_VERSION:-}" ]; then
  log "warning: code-server $VERSION expects Node 20, found $(node --version)"
fi

mkdir -p "$CACHE"
# Serialise concurrent setups (integrator and CI may call this at the same time).
exec 9>"$CACHE/.lock"
flock 9
if [ -f "$STAMP" ] && [ -f "$CS/out/node/entry.js" ]; then
  log "code-server $VERSION set up by a concurrent run"
  echo "$CS"
  exit 0
fi

# Dependency install scripts would run `npx node-gyp`; this machine's npmrc says yes=false, which cancels npx.
export npm_config_yes=true
# node-gyp: make -j on every core for the native builds (the slowest step).
export npm_config_jobs=max
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
NPM_FLAGS=(--no-audit --no-fund --loglevel=error)

# --- 3. code-server itself, scripts off (its postinstall needs --unsafe-perm and unapproved dependency scripts).
rm -rf "$PREFIX"
mkdir -p "$PREFIX"
printf '{ "name": "code-server-cache", "private": true }\n' >"$PREFIX/package.json"
(cd "$PREFIX" && npm install "${NPM_FLAGS[@]}" --ignore-scripts --omit=dev --save-exact "code-server@$VERSION")
step_done "npm install code-server@$VERSION"

# argon2 (password hashing) has no usable prebuilt offline; build it from source.
(cd "$PREFIX" && npm rebuild "${NPM_FLAGS[@]}" --dangerously-allow-all-scripts argon2)
step_done "npm rebuild argon2"

# --- 4. The postinstall.sh steps, by hand. First: any shrinkwrap entry not served by the registry
#        (4.96.x pins @vscode/proxy-agent to a git commit) is re-pointed to the same version on the registry.
node - "$CS/lib/vscode/npm-shrinkwrap.json" <<'EOF'
const fs = require('fs');
const { execFileSync } = require('child_process');
const file = process.argv[2];
const wrap = JSON.parse(fs.readFileSync(file, 'utf8'));
let changed = 0;
for (const [key, entry] of Object.entries(wrap.packages ?? {})) {
  if (!key || !entry.resolved || entry.resolved.startsWith('https://registry.npmjs.org/')) continue;
  const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const dist = JSON.parse(execFileSync('npm', ['view', `${name}@${entry.version}`, 'dist', '--json'], { encoding: 'utf8' }));
  console.error(`[setup-code-server] shrinkwrap: ${name}@${entry.version} ${entry.resolved} -> ${dist.tarball}`);
  entry.resolved = dist.tarball;
  entry.integrity = dist.integrity;
  changed++;
}
if (changed) fs.writeFileSync(file, JSON.stringify(wrap, null, 2) + '\n');
EOF
(cd "$CS/lib/vscode" && npm install "${NPM_FLAGS[@]}" --ignore-scripts --omit=dev)
step_done "npm install lib/vscode"

# Native modules of the VS Code server (built against /usr/include/node: npmrc nodedir=/usr).
(cd "$CS/lib/vscode" && npm rebuild "${NPM_FLAGS[@]}" --dangerously-allow-all-scripts \
  node-pty @vscode/spdlog kerberos native-watchdog @vscode/deviceid @parcel/watcher)
step_done "npm rebuild native modules"

# @vscode/ripgrep would download rg; use Debian's.
RG="$(command -v rg || true)"
if [ -n "$RG" ]; then
  mkdir -p "$CS/lib/vscode/node_modules/@vscode/ripgrep/bin"
  cp "$RG" "$CS/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
else
  log "warning: no rg on PATH; workspace search will not work"
fi

(
  cd "$CS/lib/vscode"
  ln -sfn node_modules node_modules.asar
  ln -sfn code-linux.sh bin/remote-cli/code-server
  ln -sfn browser-linux.sh bin/helpers/browser.sh
)
(cd "$CS/lib/vscode/extensions" && npm install "${NPM_FLAGS[@]}" --ignore-scripts --omit=dev)
step_done "ripgrep, symlinks, npm install lib/vscode/extensions"

# --- 5. Smoke check before marking done.
"$(command -v node)" "$CS/out/node/entry.js" --version >/dev/null
echo "$VERSION" >"$STAMP"
log "code-server $VERSION ready in $CS ($(du -sh "$PREFIX" | cut -f1)); total $(elapsed "$T0") s"
echo "$CS"
