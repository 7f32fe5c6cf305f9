#!/usr/bin/env bash
# Install the desktop entry, icons and the .wellplan file type for the current user, so the
# app appears in the menu and double-clicking a plan file opens it. Usage:
#   packaging/linux/install-user.sh [PATH-TO-wellplan-EXECUTABLE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exe="${1:-$(command -v wellplan)}"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
install -Dm644 "$here/org.wellplan.WellPlan.desktop" "$data/applications/org.wellplan.WellPlan.desktop"
sed -i "s|^Exec=wellplan %f|Exec=$exe %f|" "$data/applications/org.wellplan.WellPlan.desktop"
install -Dm644 "$here/org.wellplan.WellPlan.mime.xml" "$data/mime/packages/org.wellplan.WellPlan.xml"
install -Dm644 "$here/../icons/wellplan.svg" "$data/icons/hicolor/scalable/apps/org.wellplan.WellPlan.svg"
for s in 16 24 32 48 64 128 256 512; do
  install -Dm644 "$here/../icons/wellplan-$s.png" "$data/icons/hicolor/${s}x${s}/apps/org.wellplan.WellPlan.png"
done
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Installed WellPlan's menu entry and file type for $USER."
