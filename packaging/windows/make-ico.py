#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the Windows icons (nianbao.ico, nianbao-document.ico) from the SVG sources in resources/icons.

The .ico files are checked in because a Windows build has no rsvg-convert; run this (on Debian: rsvg-convert from
librsvg2-bin, python3) after changing an SVG. Each size is stored as PNG, which Windows reads since Vista.
"""
import pathlib
import struct
import subprocess
import tempfile

SIZES = [16, 20, 24, 32, 40, 48, 64, 256]
HERE = pathlib.Path(__file__).resolve().parent
ICONS = HERE.parent.parent / "resources" / "icons"


def render(svg: pathlib.Path, size: int, folder: pathlib.Path) -> bytes:
    png = folder / f"{svg.stem}-{size}.png"
    subprocess.run(["rsvg-convert", f"--width={size}", f"--height={size}", "--output", str(png), str(svg)], check=True)
    return png.read_bytes()


def write_ico(svg: pathlib.Path, ico: pathlib.Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        images = [(size, render(svg, size, pathlib.Path(tmp))) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory, data = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    ico.write_bytes(header + directory + data)


write_ico(ICONS / "io.github.nianbao.nianbao.svg", HERE / "nianbao.ico")
write_ico(ICONS / "application-x-nianbao.svg", HERE / "nianbao-document.ico")
