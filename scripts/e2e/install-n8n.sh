#!/usr/bin/env bash
# Installs n8n (the version the e2e test runs against) once into a cache folder outside the repo and prints
# its bin path. Reused when present: a finished install leaves a `.complete` marker.
#   N8N_E2E_CACHE   cache root (default $XDG_CACHE_HOME or ~/.cache, then n8n-nodes-seam-e2e)
#   N8N_E2E_VERSION n8n version (default 2.8.4)
# With --if-installed it only looks: prints the bin path of a finished install, or exits 3 and installs nothing
# (`npm run bench` uses this to find n8n without starting a 2.3 GB download).
set -euo pipefail
version="${N8N_E2E_VERSION:-2.8.4}"
cache="${N8N_E2E_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/n8n-nodes-seam-e2e}"
dir="$cache/n8n-$version"
bin="$dir/node_modules/.bin/n8n"
mkdir -p "$cache"
# One install at a time: a second run waits for the first and then reuses its install.
exec 9>"$cache/.lock"
flock 9
if [[ -f "$dir/.complete" && -x "$bin" ]]; then
	echo "$bin"
	exit 0
fi
if [[ "${1:-}" == "--if-installed" ]]; then
	exit 3
fi
echo "Installing n8n@$version into $dir (one time, about 3-4 minutes and 2.3 GB)..." >&2
rm -rf "$dir"
mkdir -p "$dir"
# n8n's default xlsx dependency is a tarball outside the npm registry: pin the registry's last xlsx instead.
cat >"$dir/package.json" <<JSON
{
  "name": "n8n-e2e-runtime",
  "private": true,
  "dependencies": { "n8n": "$version" },
  "overrides": { "xlsx": "0.18.5" }
}
JSON
(cd "$dir" && npm install --no-audit --no-fund --loglevel=error >&2)
"$bin" --version >&2
touch "$dir/.complete"
echo "$bin"
