#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `nianbao consolidate` as a whole process (targets on 2 cores: 60 reports < 0.3 s, 10,000 reports < 5 s),
# median of several runs, and its peak memory (GNU time). The inputs are generated here, not checked in: each
# report is tests/data/consolidation/finance.nianbao with its own organ, figures and about 2,000 characters of
# prose (sentences drawn from a shared bank, as units borrow wording, plus the unit's own), and every 100th unit
# copies another unit's prose, so the repetition search has work to do.
# Usage: tests/bench/bench_consolidate.sh [path/to/nianbao] [counts…]   (default counts: 60 10000)
# PARENT_OUT=FILE keeps the roll-up of the last count (bench_celledit_consolidated.sh opens it in the editor).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-$here/build/release/bin/nianbao}
[ $# -gt 0 ] && shift
counts=${*:-60 10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

generate() { # generate COUNT FOLDER
    python3 - "$here/tests/data/consolidation/finance.nianbao" "$1" "$2" <<'PY'
import json, random, sys, os
base = json.load(open(sys.argv[1], encoding="utf-8"))
count, folder = int(sys.argv[2]), sys.argv[3]
rng = random.Random(16)
chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
def sentence(n): return "".join(rng.choice(chars) for _ in range(n)) + "。"
bank = [sentence(rng.randint(20, 40)) for _ in range(300)]
prose = []
for i in range(count):
    own = [sentence(rng.randint(20, 40)) for _ in range(40)]
    borrowed = rng.sample(bank, 12)
    text = "".join(own[:20] + borrowed + own[20:])
    prose.append({"s1": text[:1200], "s5": text[1200:1800], "s6": text[1800:]})
for i in range(0, count, 100):
    if i + 1 < count: prose[i + 1] = prose[i]   # a unit that copied another's report
os.makedirs(folder, exist_ok=True)
for i in range(count):
    r = json.loads(json.dumps(base))
    r["meta"]["organ"] = "示例县第%d局" % i
    r["meta"]["signature"] = r["meta"]["organ"]
    r["prose"].update(prose[i])
    k = i % 7
    for col in ("natural", "total"):
        for row in ("new", "r1", "r7"):
            r["cells"]["s3.%s.%s" % (row, col)] = k + (1 if col == "total" else 0)
    r["cells"]["s3.new.commercial"] = r["cells"]["s3.r1.commercial"] = r["cells"]["s3.r7.commercial"] = 1
    with open(os.path.join(folder, "unit%05d.nianbao" % i), "w", encoding="utf-8") as f:
        json.dump(r, f, ensure_ascii=False)
PY
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for count in $counts; do
    folder="$work/n$count"
    generate "$count" "$folder"
    runs=5
    [ "$count" -gt 1000 ] && runs=3
    : > "$work/times"
    i=0
    while [ "$i" -lt "$runs" ]; do
        /usr/bin/time -f "%e %M" -o "$work/time" "$bin" consolidate "$folder" --organ 示例县人民政府 \
            -o "$work/parent.nianbao" --report "$work/report.html" > "$work/out.txt" || true
        cat "$work/time" >> "$work/times"
        i=$((i + 1))
    done
    seconds=$(cut -d' ' -f1 "$work/times" | median)
    rss=$(cut -d' ' -f2 "$work/times" | median)
    [ -z "${PARENT_OUT:-}" ] || cp "$work/parent.nianbao" "$PARENT_OUT"
    echo "nianbao consolidate over $count reports: median $seconds s of $runs runs, peak RSS $((rss / 1024)) MB" \
         "($(grep -c '' "$work/out.txt") lines of output, report $(wc -c < "$work/report.html") bytes)"
done
