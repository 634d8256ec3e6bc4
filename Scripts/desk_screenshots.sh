#!/usr/bin/env bash
# Screenshots of the review desk for the README: ingests the sample corpus into a scratch
# ledger, serves it on a free loopback port, and has headless Chromium photograph the disputes
# page and the most severe dispute's page into Reports/screenshots/.
# Usage: Scripts/desk_screenshots.sh [path/to/factledger]   (default: .build/release/factledger)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-.build/release/factledger}")
out=$(pwd)/Docs/screenshots
scratch=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$scratch"' EXIT
mkdir -p "$out"
(cd "$scratch" && "$bin" ingest "$OLDPWD/Corpus/articles" --rules "$OLDPWD/Rules" >/dev/null)
"$bin" serve --port 0 --db "$scratch/factledger.sqlite" --rules Rules >"$scratch/serve.out" &
server=$!
for _ in $(seq 50); do grep -q listening "$scratch/serve.out" 2>/dev/null && break; sleep 0.2; done
base=$(grep -o 'http://[0-9.:]*' "$scratch/serve.out")
id=$(python3 -c 'import json,sys,urllib.request; print(json.load(urllib.request.urlopen(sys.argv[1]))["flags"][0]["id"])' "$base/api/disputes?status=open&level=high")
shoot() {
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$scratch/chromium" \
        --screenshot="$out/$1" --window-size="$2" "$3" 2>/dev/null
}
shoot disputes.png 1280,900 "$base/disputes?status=open"
shoot dispute.png 1280,1500 "$base/disputes/$id"
echo "written: $out/disputes.png, $out/dispute.png (dispute $id)"
