#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a small uncompressed PDF seed for fuzz_pdf: Chinese text with a ToUnicode map (font not embedded, so the
# file stays ~3 KB) laid out as a title, a paragraph and a table whose values stand in columns. The published PDFs
# are 200 KB of compressed streams that mutate badly; this one has positions and text the fuzzer can change.
# Usage: fuzz/make-pdf-seed.py > fuzz/corpus/fuzz_pdf/table.pdf
import sys

LINES = [  # (x, y from the top, size, text)
    (150, 80, 18, "鸡东县2020年政府信息公开工作年度报告"),
    (72, 130, 12, "一、总体情况"),
    (72, 150, 12, "本年度主动公开政府信息1954条。"),
    (72, 190, 12, "二、主动公开政府信息情况"),
    (72, 215, 10, "信息内容"), (250, 215, 10, "本年新制作数量"), (370, 215, 10, "本年新公开数量"), (480, 215, 10, "对外公开总数量"),
    (72, 235, 10, "规章"), (280, 235, 10, "0"), (400, 235, 10, "0"), (510, 235, 10, "0"),
    (72, 255, 10, "规范性文件"), (280, 255, 10, "11"), (400, 255, 10, "11"), (510, 255, 10, "146"),
    (72, 295, 12, "三、收到和处理政府信息公开申请情况"),
    (72, 315, 10, "一、本年新收政府信息公开申请数量"), (510, 315, 10, "3"),
    (72, 335, 10, "（七）总计"), (510, 335, 10, "3"),
    (300, 800, 10, "— 1 —"),
]

chars = sorted({c for line in LINES for c in line[3]})
cid = {c: i + 1 for i, c in enumerate(chars)}

content = []
for x, y, size, text in LINES:
    glyphs = "".join("%04X" % cid[c] for c in text)
    content.append("BT /F1 %d Tf %d %d Td <%s> Tj ET" % (size, x, 842 - y, glyphs))
content = "\n".join(content).encode()
cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def "
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n%d beginbfchar\n%s\nendbfchar endcmap "
        "CMapName currentdict /CMap defineresource pop end end" %
        (len(chars), "\n".join("<%04X> <%04X>" % (cid[c], ord(c)) for c in chars))).encode()
widths = " ".join("%d [1000]" % cid[c] for c in chars)

objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
    b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /W [" + widths.encode() + b"] >>",
    b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
]
out = bytearray(b"%PDF-1.4\n")
offsets = []
for number, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
sys.stdout.buffer.write(out)
