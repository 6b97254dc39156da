#!/usr/bin/env bash
# Runs one fuzz target for a while, on the stable toolchain.
#
#   fuzz/run.sh pack_verify 600        # ten minutes
#   fuzz/run.sh locale_parse 600
#   SANITIZER=none fuzz/run.sh pack_verify 60
#   fuzz/run.sh pack_verify 0 fuzz/artifacts/pack_verify/crash-…   # replay one input
#
# cargo-fuzz passes nightly-only flags (-Zsanitizer, sancov passes); RUSTC_BOOTSTRAP=1 lets the
# stable compiler accept them, so no nightly toolchain is needed. One fuzzing process (libFuzzer's
# default: no -jobs/-workers/-fork), since the machine has two cores.
#
# The committed seeds (seeds/<target>/) are copied into corpus/<target>/ (git-ignored), which
# libFuzzer grows; crashes land in artifacts/<target>/, the output in logs/.
set -euo pipefail

CARGO_FUZZ_VERSION=0.13.2

target="${1:?usage: run.sh TARGET SECONDS [INPUT...]}"
seconds="${2:?usage: run.sh TARGET SECONDS [INPUT...]}"
shift 2
sanitizer="${SANITIZER:-address}"
fuzz="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$fuzz"

if [ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

export RUSTC_BOOTSTRAP=1

if [ "$#" -gt 0 ]; then
    # Replay the given inputs only.
    exec cargo fuzz run --sanitizer "$sanitizer" "$target" "$@"
fi

mkdir -p "corpus/$target" logs
cp -n "seeds/$target"/* "corpus/$target/"
log="logs/$target-$(date -u +%Y%m%dT%H%M%SZ).log"
echo "fuzzing $target for ${seconds}s (sanitizer: $sanitizer), log: fuzz/$log"
status=0
cargo fuzz run --jobs 1 --sanitizer "$sanitizer" "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -print_final_stats=1 2>&1 | tee "$log" || status=$?

echo "--- $target: $(grep -E '^stat::number_of_executed_units' "$log" || true)"
grep -E '^(Done|stat::|#[0-9]+\s+DONE)|panicked at|SUMMARY|Test unit written' "$log" || true
exit "$status"
