#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every build and test dependency of nianbao from Debian 12's archive.
# Idempotent: when every package is already installed it only runs dpkg-query and exits.
set -eu

PACKAGES="
cmake ninja-build g++ pkg-config
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
libqt6svg6 qt6-svg-dev
libgl-dev
poppler-utils unzip xvfb xauth xdotool locales
fonts-arphic-gkai00mp fonts-arphic-gbsn00lp fonts-wqy-microhei fonts-arphic-ukai fonts-arphic-uming fonts-lxgw-wenkai
fonts-dejavu-core
clang libclang-rt-14-dev
libquazip1-qt6-dev libpoppler-qt6-dev libgumbo-dev libharfbuzz-dev libdeflate-dev libfontconfig-dev libreoffice-writer-nogui
desktop-file-utils appstream lintian help2man librsvg2-bin dpkg-dev file shared-mime-info man-db
"

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

# The tests run on a Chinese desktop too (LANG=zh_CN.UTF-8): that locale must exist, not only C.UTF-8.
ensure_zh_cn_locale() {
    if locale -a 2>/dev/null | grep -qix 'zh_CN.utf-\?8'; then return 0; fi
    echo "install-deps: generating the zh_CN.UTF-8 locale"
    $SUDO sed -i 's/^# *zh_CN.UTF-8 UTF-8/zh_CN.UTF-8 UTF-8/' /etc/locale.gen
    grep -q '^zh_CN.UTF-8 UTF-8' /etc/locale.gen || echo 'zh_CN.UTF-8 UTF-8' | $SUDO tee -a /etc/locale.gen >/dev/null
    $SUDO locale-gen >/dev/null
}

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages already installed"
    ensure_zh_cn_locale
    exit 0
fi

echo "install-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
ensure_zh_cn_locale
