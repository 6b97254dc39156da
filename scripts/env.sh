# Sourced by the other scripts: where the pinned tools live, and Trunk kept offline.
VERIGA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export VERIGA_ROOT
export PATH="$VERIGA_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
step() { printf '\n==> [%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
