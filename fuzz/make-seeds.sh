#!/usr/bin/env bash
# Rebuilds seeds/ from the real files: the locale sources as they are in locales/, and signed
# packs made by the real publisher (veriga-server keygen, publish, export) with a throwaway
# key, whose public half is then pinned in fuzz_targets/pack_verify.rs.
#
#   fuzz/make-seeds.sh            # uses target/server/veriga-server, building it if missing
#
# Only needed when the formats change; the seeds it wrote are committed.
set -euo pipefail

fuzz="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$fuzz")"
server="${VERIGA_SERVER:-$repo/target/server/veriga-server}"
if [ ! -x "$server" ]; then
    (cd "$repo" && cargo build --profile server -p veriga-server)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# --- locale_parse: the first byte picks the file the rest replaces (see SLOTS there). ---
seeds="$fuzz/seeds/locale_parse"
rm -rf "$seeds"
mkdir -p "$seeds"
seed() { # seed SLOT NAME FILE
    { printf '%s' "$1"; cat "$3"; } >"$seeds/$1-$2"
}
loc="$repo/locales"
seed 0 ui-ro.ftl "$loc/ro/ui.ftl"
seed 0 ui-en.ftl "$loc/en/ui.ftl"
seed 0 ui-hu.ftl "$loc/hu/ui.ftl"
seed 1 help-lines-ro.ftl "$loc/ro/help-lines.ftl"
seed 1 help-lines-hu.ftl "$loc/hu/help-lines.ftl"
seed 2 lesson-ro-online-friends.toml "$loc/ro/lessons/online-friends.toml"
seed 2 lesson-hu-lover-boy.toml "$loc/hu/lessons/lover-boy.toml"
seed 3 check-ro-spot-the-signs.toml "$loc/ro/checks/spot-the-signs.toml"
seed 3 check-en-job-offer-check.toml "$loc/en/checks/job-offer-check.toml"
seed 4 claims-ro.toml "$loc/ro/claims.toml"
seed 4 claims-hu.toml "$loc/hu/claims.toml"
seed 5 pack.toml "$loc/pack.toml"
seed 6 help-lines.toml "$loc/help-lines.toml"
seed 7 lessons.toml "$loc/lessons.toml"

# --- pack_verify: real signed envelopes and bare packs. ---
seeds="$fuzz/seeds/pack_verify"
rm -rf "$seeds"
mkdir -p "$seeds"
mkdir -p "$work/data" "$work/mini-data"
public="$("$server" keygen --out "$work/throwaway.key" | sed -n 's/^public key: //p')"

# The full packs, as published from locales/.
"$server" publish --key "$work/throwaway.key" --locales "$loc" --data "$work/data" >/dev/null
mkdir -p "$work/dist"
echo '<!doctype html><title>seed</title>' >"$work/dist/index.html"
"$server" export --data "$work/data" --dist "$work/dist" --out "$work/export" >/dev/null
cp "$work/export/api/v1/content/ro" "$seeds/signed-ro.json"
"$server" packs --locales "$loc" --out "$work/builtin" >/dev/null
cp "$work/builtin/ro.json" "$seeds/pack-ro.json"

# A small pack (one help line, one lesson, no self-check) from the same compiler, so the
# fuzzer also has short valid inputs to start from.
mini="$work/mini"
mkdir -p "$mini"
cp "$loc/pack.toml" "$mini/"
cat >"$mini/help-lines.toml" <<'TOML'
other_numbers = ["112", "113", "116 111", "119"]

[[line]]
id = "anitp"
number = "0800 800 678"
verified_on = "2026-11-28"
unverified = ["hours", "anonymity", "confidentiality"]
TOML
cat >"$mini/lessons.toml" <<'TOML'
[[lesson]]
id = "online-friends"
theme = "online"
line = "anitp"
TOML
for lang in ro en; do
    mkdir -p "$mini/$lang/lessons"
    grep '^language-name' "$loc/$lang/ui.ftl" >"$mini/$lang/ui.ftl"
    grep '^line-anitp-' "$loc/$lang/help-lines.ftl" >"$mini/$lang/help-lines.ftl"
    # The other lines' names are not lines of this small tree.
    sed '/^\[names\]/,/^\[claims\]/{/^\[claims\]/!d}' "$loc/$lang/claims.toml" >"$mini/$lang/claims.toml"
    cp "$loc/$lang/lessons/online-friends.toml" "$mini/$lang/lessons/"
done
"$server" publish --key "$work/throwaway.key" --locales "$mini" --data "$work/mini-data" >/dev/null
"$server" export --data "$work/mini-data" --dist "$work/dist" --out "$work/mini-export" >/dev/null
cp "$work/mini-export/api/v1/content/ro" "$seeds/signed-mini-ro.json"
# Wrong language for the app, which asks for Romanian.
cp "$work/mini-export/api/v1/content/en" "$seeds/signed-mini-en.json"
python3 -c 'import json,sys; sys.stdout.write(json.load(open(sys.argv[1]))["pack"])' \
    "$seeds/signed-mini-ro.json" >"$seeds/pack-mini-ro.json"

sed -i "s/^const PINNED_HEX: &str = \"[0-9a-f]*\";/const PINNED_HEX: \&str = \"$public\";/" \
    "$fuzz/fuzz_targets/pack_verify.rs"
echo "seeds written; pack_verify now pins $public"
ls -l "$fuzz/seeds"/*
