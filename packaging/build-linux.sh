#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller and smoke-test the frozen app:
# --version, demo, check, export, a start that paints the window once and quits, and
# locking a file with a passphrase.
# Usage (from the repository root, with the project's venv): packaging/build-linux.sh
set -euo pipefail
cd "$(dirname "$0")/.."
py=${PYTHON:-.venv/bin/python}
# PyInstaller copies the system libraries Qt's xcb (X11) plugin needs into the bundle, so a
# real desktop can show the window: make sure they are there to be copied.
need=()
for pair in libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
            libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0 \
            libxcb-cursor.so.0:libxcb-cursor0 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
            libxcb-shape.so.0:libxcb-shape0 libxcb-xkb.so.1:libxcb-xkb1; do
  ldconfig -p | grep -q "${pair%%:*}" || need+=("${pair##*:}")
done
if [ ${#need[@]} -gt 0 ] && command -v apt-get >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
"$py" -m pip install -q "pyinstaller>=6.10,<7"
rm -rf build/pyinstaller dist/WellPlan
# compiled translations ship beside their .ts sources (not committed: built from them)
for ts in resources/translations/*.ts; do
  "$(dirname "$py")/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
"$py" -m PyInstaller packaging/wellplan.spec --noconfirm --log-level WARN \
  --workpath build/pyinstaller --distpath dist
app=dist/WellPlan/WellPlan
work=$(mktemp -d)
export WELLPLAN_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen
"$app" --version
"$app" demo "$work/demo.wellplan"
"$app" check "$work/demo.wellplan"
"$app" export "$work/demo.wellplan" --doc summary --paper a4 --out "$work/summary.pdf" --seal
"$app" verify "$work/summary.pdf" --file "$work/demo.wellplan"
"$app" --smoke "$work/demo.wellplan"
# the bundle carries SQLCipher and Argon2: lock a copy, check it, and take the lock off
cp "$work/demo.wellplan" "$work/locked.wellplan"
printf 'frozen passphrase\n' > "$work/pass.txt"
"$app" encrypt "$work/locked.wellplan" --passphrase-file "$work/pass.txt" > /dev/null
if grep -q "Robin" "$work/locked.wellplan"; then echo "locked file has plain text" >&2; exit 1; fi
"$app" check "$work/locked.wellplan" --passphrase-file "$work/pass.txt"
"$app" decrypt "$work/locked.wellplan" --passphrase-file "$work/pass.txt"
echo "bundle size: $(du -sh dist/WellPlan | cut -f1)"
