"""50 MB of text (issue 7): it is analysed whole, nothing lost, memory below 10x the input.

The analysis runs in a child process so its peak RSS is its own; the figure is printed for
the record (``pytest -s``). No timing is asserted: speed is the benchmark's business.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import CORPUS, SEED

CHILD = r"""
import json, resource, sys
from pathlib import Path
from galley.pipeline import analyse


def rss(field):
    status = Path("/proc/self/status").read_text()
    return int(next(ln.split()[1] for ln in status.splitlines() if ln.startswith(field + ":"))) * 1024


# What any run holds whatever its input: the imports and the word lists the seed loads
# (wordfreq's English list alone is ~37 MB).
analyse(Path(sys.argv[2]))
base = rss("VmRSS")
path = Path(sys.argv[1])
doc = analyse(path)
words = sum(len(b.text.split()) + len(b.number.split()) for b in doc.blocks)
words += sum(len(r.text.split()) for r in doc.removed)
# VmHWM is this process's own peak; ru_maxrss also carries the parent's size at the fork
# (Linux keeps it across exec), so a large test runner made the analysis look larger.
try:
    peak = rss("VmHWM")
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"blocks": len(doc.blocks), "words": words, "peak": peak, "base": base}))
"""


def make_input(path: Path, size: int) -> int:
    """Real extracted texts (the corpus, else the seed) repeated up to ``size`` bytes;
    returns the input's word count."""
    texts = sorted(CORPUS.glob("*/*.txt"))[:40] or [SEED]
    chunks = [t.read_bytes() for t in texts]
    written = words = 0
    with path.open("wb") as out:
        while written < size:
            for chunk in chunks:
                out.write(chunk + b"\n\f")
                written += len(chunk) + 2
                words += len(chunk.split())
                if written >= size:
                    break
    return words


def test_fifty_megabytes(tmp_path: Path) -> None:
    src = tmp_path / "big.txt"
    in_words = make_input(src, 50 * 2**20)
    size = src.stat().st_size
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(src), str(SEED)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    ratio = result["peak"] / size
    grown = (result["peak"] - result["base"]) / size
    print(
        f"50 MB input: {size / 2**20:.1f} MiB, peak RSS {result['peak'] / 2**20:.0f} MiB = {ratio:.2f}x the input; "
        f"{grown:.2f}x above the {result['base'] / 2**20:.0f} MiB any run holds"
    )
    assert ratio < 10, f"peak memory {ratio:.2f}x the input ({grown:.2f}x above what any run holds)"
    # Hyphen joins make fewer, longer words; metadata takes a few: a sliver of slack, no more.
    assert result["words"] >= 0.97 * in_words
    assert result["blocks"] > 1000
