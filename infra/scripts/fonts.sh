#!/usr/bin/env bash
# Make sure the font that certificate PDFs embed for Chinese is installed: Debian's fonts-wqy-microhei
# (WenQuanYi Micro Hei, Apache-2.0 or GPLv3 with a font-embedding exception; TrueType outlines, which PDFBox
# can subset). The backend reads it from REEX_CERT_PDF_FONT, default the path below.
# See docs/adr/008-certificate-signing.md.
set -euo pipefail

FONT="${REEX_CERT_PDF_FONT:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}"

log() { printf 'fonts.sh: %s\n' "$*" >&2; }

[[ -r "$FONT" ]] && exit 0

if [[ "$FONT" == /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]] && [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
  log "installing Debian's fonts-wqy-microhei for certificate PDFs (a few seconds)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends fonts-wqy-microhei >&2 \
    || { apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends fonts-wqy-microhei >&2; }
  [[ -r "$FONT" ]] && exit 0
fi

log "$FONT is missing: certificate PDFs need a CJK font."
log "  install it:   sudo apt-get install -y fonts-wqy-microhei"
log "  or point REEX_CERT_PDF_FONT at a .ttf/.ttc with CJK glyphs (TrueType outlines)"
exit 1
