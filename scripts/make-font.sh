#!/usr/bin/env bash
# Makes public/fonts/poster.ttf, the font that posters print with: Liberation Sans Bold
# (SIL Open Font License 1.1, from Debian's fonts-liberation2) cut down to the letters
# Romanian, Hungarian and English need. It is committed, so builds need neither Debian's
# font nor fonttools; run this only to change the character set.
set -euo pipefail
cd "$(dirname "$0")/.."
source="/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"
[ -f "$source" ] || { echo "install Debian's fonts-liberation2 first" >&2; exit 1; }
venv="${TMPDIR:-/tmp}/veriga-fonttools"
[ -x "$venv/bin/pyftsubset" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q 'fonttools==4.55.3'; }
# ASCII, Latin-1, Latin Extended-A (ă â î ő ű and neighbours), ș ț with comma below,
# dashes, quotes, bullet, ellipsis, non-breaking space, multiplication sign.
"$venv/bin/pyftsubset" "$source" \
  --unicodes="U+0020-007E,U+00A0-00FF,U+0100-017F,U+0218-021B,U+2013-2014,U+2018-201E,U+2022,U+2026,U+2192" \
  --no-hinting --desubroutinize --layout-features='' --name-IDs='*' \
  --drop-tables+=GPOS,GSUB,GDEF,kern,DSIG --output-file=public/fonts/poster.ttf
# "Liberation" and "Arimo" are Reserved Font Names under the OFL: a modified font (and a
# subset is one) must be renamed. The copyright and licence records stay.
"$venv/bin/python" - <<'PY'
from fontTools.ttLib import TTFont
font = TTFont("public/fonts/poster.ttf")
names = {1: "Veriga Poster Sans", 2: "Bold", 3: "Veriga Poster Sans Bold (from Liberation Sans 2)",
         4: "Veriga Poster Sans Bold", 6: "VerigaPosterSans-Bold", 16: "Veriga Poster Sans", 17: "Bold"}
table = font["name"]
table.names = [n for n in table.names if n.nameID not in names]
for name_id, text in names.items():
    table.setName(text, name_id, 3, 1, 0x409)
font.save("public/fonts/poster.ttf")
PY
cp /usr/share/doc/fonts-liberation2/copyright public/fonts/poster-font-copyright.txt
echo "public/fonts/poster.ttf: $(wc -c < public/fonts/poster.ttf) bytes"
