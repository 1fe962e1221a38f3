"""galley's benchmark: figures, not asserts. ``make bench`` or ``python bench/run.py``.

Prints a table and writes ``dist/bench.json``. Every ratio is measured in this one run, so
it holds on a noisy shared machine even when the absolute seconds do not.

1. start-up: ``galley --help`` and a warm no-op batch build (plain commands);
2. clean + structure throughput (the time of those two stages; with read as well, a second
   figure) on the dev corpus, on the SciELO corpus beside it (timed on its own: a rule slow
   only on other journals' texts shows there), and on generated 0.5 / 5 / 50 MB inputs
   (1x / 10x / 100x, to show cost grows linearly), each in its own process for its peak RSS;
   with a profile of the hottest clean/structure functions when below the 5 MB/s target;
3. one paper, all three formats (the seed and the longest corpus paper): galley's stages,
   and galley's wall time against the bare toolchain run as plain commands on the same
   content (pandoc JSON->HTML, pandoc JSON->EPUB, the weasyprint command on the same HTML);
4. a 20-paper batch: cold, warm (everything cached), ``-j1`` and ``-j2``;
5. ``galley check --strict`` with every validator over 30 dev papers against their cold build
   (``check_vs_build_ratio_30``, target <= 2.0).

The corpus is ``../shared/corpus`` beside the repository; ``--corpus`` or ``GALLEY_CORPUS``
moves it. ``--quick`` skips the 50 MB input.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if "PYTHONPATH" not in os.environ:  # children run the frozen snapshot (see freeze)
    sys.path.insert(0, str(ROOT / "src"))
BIN = Path(sys.executable).parent
GALLEY = [str(BIN / "galley")] if (BIN / "galley").is_file() else [sys.executable, "-m", "galley.cli"]
SEED = ROOT / "seeds" / "000_93fab0643722ce6d.txt"
TARGETS = {
    "clean_structure_mb_s": 5.0,
    "build_ratio_vs_bare": 1.0,
    "warm_rebuild_s": 0.3,
    "peak_rss_ratio_50mb": 10.0,
    "help_s": 0.3,
    "noop_build_s": 0.3,
    "check_vs_build_ratio_30": 2.0,
}


# -- helpers run in child processes (python bench/run.py --child WHAT ...) ----------------


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _warm_up() -> None:
    """Imports and the once-per-process loads: the seed, and the two word resources the seed
    does not reach (wordfreq's English list, pyphen's patterns: paid once by a run). Another
    language's list (~40 MB) is loaded by the first paper or block in it, inside the timing:
    loading every language here would count ~150 MB no English input needs in its peak RSS."""
    from galley.clean import hyphens
    from galley.pipeline import analyse

    analyse(SEED)
    hyphens.zipf("lateralism", "en")
    hyphens.pattern_allows("multi", "lateralism", "en")


# Caches that hold loaded resources, not answers about a text: kept between papers.
# (``_weights``: the language vote's table built from vocab; ``has_frequencies``: whether
# wordfreq has a language's list.)
_RESOURCES = {"_pyphen", "_summary", "_weights", "has_frequencies"}


def _forget() -> None:
    """Clear galley's memo caches (answers keyed by words and lines), so each paper is timed
    as an unseen one: the dev corpus holds five extractions of every paper, whose lines and
    words would otherwise be answered from the cache of the one before."""
    for name, module in list(sys.modules.items()):
        if name == "galley" or name.startswith("galley."):
            for attr, obj in vars(module).items():
                if attr not in _RESOURCES and callable(getattr(obj, "cache_clear", None)):
                    obj.cache_clear()
    # wordfreq memoises each word it was asked about (its word list itself stays loaded).
    looked_up = getattr(sys.modules.get("wordfreq"), "_wf_cache", None)
    if isinstance(looked_up, dict):
        looked_up.clear()


def child_analyse(*files: str) -> dict[str, Any]:
    """read + clean + structure over the files; warm-up first so imports and word lists are
    not counted; each paper as an unseen one (see ``_forget``, untimed)."""
    from galley.pipeline import analyse

    _warm_up()
    base = _rss_mb()
    size = 0
    stages = {"read": 0.0, "clean": 0.0, "structure": 0.0}
    seconds = 0.0
    for f in files:
        _forget()
        timings: dict[str, float] = {}
        t = time.perf_counter()
        analyse(Path(f), timings)
        seconds += time.perf_counter() - t
        for k in stages:
            stages[k] += timings[k]
        size += Path(f).stat().st_size
    # ``seconds``: the whole analyse() (reading the file, decoding and splitting it into lines
    # included); ``clean_structure_s``: the two stages the target names.
    return {
        "bytes": size,
        "seconds": seconds,
        "clean_structure_s": stages["clean"] + stages["structure"],
        "stages_s": stages,
        "peak_rss_mb": _rss_mb(),
        "base_rss_mb": base,
    }


def child_profile(*files: str) -> list[dict[str, Any]]:
    import cProfile
    import pstats

    from galley.pipeline import analyse

    _warm_up()
    prof = cProfile.Profile()
    prof.enable()
    for f in files:
        analyse(Path(f))
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in stats.values())
    rows = []
    for (file, line, func), (_cc, _nc, tt, ct, _callers) in stats.items():
        if "/galley/clean/" in file or "/galley/structure/" in file or "/galley/read" in file:
            mod = file.split("/galley/", 1)[1]
            rows.append(
                {
                    "function": f"{mod}:{line} {func}",
                    "self_s": tt,
                    "cumulative_s": ct,
                    "share_cumulative": ct / total if total else 0.0,
                }
            )
    rows.sort(key=lambda r: -r["cumulative_s"])
    # Library time under galley's rules (ftfy, regex) shows in the rule's cumulative time.
    return rows[:12]


def child_stages(path: str, out: str) -> dict[str, Any]:
    from galley.config import BuildConfig
    from galley.pipeline import build_paper

    t = time.perf_counter()
    result = build_paper(Path(path), BuildConfig(out_dir=Path(out)))
    return {"timings": result.timings, "wall_in_process": time.perf_counter() - t}


def child_artifacts(path: str, folder: str) -> dict[str, Any]:
    """What galley feeds the toolchain, as files: the JSON AST and the print HTML page."""
    from galley.pipeline import analyse
    from galley.publish import html, pandoc, pandoc_json
    from galley.publish.themes import load

    doc = analyse(Path(path))
    theme = load("journal")
    ast = pandoc_json.document_to_ast(doc, pandoc.api_version())
    out = Path(folder)
    (out / "ast.json").write_text(json.dumps(ast, ensure_ascii=False), encoding="utf-8")
    if hasattr(html, "print_page"):
        page = html.print_page(doc, theme, stem="paper")
    else:
        page = html.render_page(doc, theme, stem="paper", body=html.body_html(doc), links={}, css_links=("print.css",))
    (out / "print.html").write_text(page, encoding="utf-8")
    return {
        "pandoc": pandoc.pandoc_path(),
        "theme": str(theme.folder),
        "fonts": [str(f) for f in theme.font_files() if "Semibold" not in f.name],
    }


CHILDREN = {"analyse": child_analyse, "profile": child_profile, "stages": child_stages, "artifacts": child_artifacts}


def child(what: str, *args: str) -> Any:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", what, *args], capture_output=True, text=True, timeout=900
    )
    if proc.returncode != 0:
        raise SystemExit(f"bench child {what} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- timing plain commands -----------------------------------------------------------------


def wall(cmd: list[str], *, cwd: Path | None = None, ok: tuple[int, ...] = (0,)) -> float:
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=900)
    seconds = time.perf_counter() - t
    if proc.returncode not in ok:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return seconds


def median(fn: Any, n: int = 3) -> float:
    return statistics.median(fn() for _ in range(n))


# -- the sections ----------------------------------------------------------------------------


def startup(tmp: Path) -> dict[str, float]:
    papers = tmp / "noop-papers"
    papers.mkdir()
    shutil.copy(SEED, papers)
    shutil.copy(SEED.with_suffix(".toml"), papers)
    out = tmp / "noop-out"
    wall([*GALLEY, "build", str(papers), "-o", str(out), "--progress", "plain"])
    return {
        "help_s": median(lambda: wall([*GALLEY, "--help"]), 5),
        "noop_build_s": median(lambda: wall([*GALLEY, "build", str(papers), "-o", str(out), "--progress", "plain"]), 5),
    }


def generated(tmp: Path, corpus_files: list[Path], mb: float) -> Path:
    """A long text made of corpus papers one after another (page breaks between them)."""
    target = int(mb * 1_000_000)
    path = tmp / f"generated-{mb:g}mb.txt"
    chunks = [f.read_text(encoding="utf-8", errors="replace") for f in corpus_files]
    with path.open("w", encoding="utf-8") as fh:
        written, i = 0, 0
        while written < target:
            text = chunks[i % len(chunks)] + "\f"
            fh.write(text)
            written += len(text.encode("utf-8"))
            i += 1
    return path


def clean_structure(tmp: Path, corpus_files: list[Path], quick: bool, other_files: list[Path]) -> dict[str, Any]:
    """``other_files``: another corpus, timed on its own (other journals' layouts and
    languages: a rule that is slow only on them shows there)."""
    res: dict[str, Any] = {}
    for key, files in (("corpus", corpus_files), ("other", other_files)):
        if files:
            whole = child("analyse", *map(str, files))
            res[key] = whole | {
                "mb_s": whole["bytes"] / 1e6 / whole["clean_structure_s"],
                "mb_s_with_read": whole["bytes"] / 1e6 / whole["seconds"],
                "files": len(files),
            }
    sizes = [0.5, 5.0] + ([] if quick else [50.0])
    res["sizes"] = []
    for mb in sizes:
        path = generated(tmp, corpus_files, mb)
        r = child("analyse", str(path))
        r |= {
            "mb": mb,
            "mb_s": r["bytes"] / 1e6 / r["clean_structure_s"],
            "mb_s_with_read": r["bytes"] / 1e6 / r["seconds"],
            "s_per_mb": r["clean_structure_s"] / (r["bytes"] / 1e6),
            "peak_rss_ratio": r["peak_rss_mb"] * 2**20 / r["bytes"],
            "extra_rss_ratio": (r["peak_rss_mb"] - r["base_rss_mb"]) * 2**20 / r["bytes"],
        }
        res["sizes"].append(r)
        path.unlink()
    if res["corpus"]["mb_s"] < TARGETS["clean_structure_mb_s"]:
        res["hot"] = child("profile", *map(str, corpus_files))
    return res


def one_paper(tmp: Path, path: Path, name: str) -> dict[str, Any]:
    work = tmp / f"paper-{name}"
    work.mkdir()
    src = work / "paper.txt"
    shutil.copy(path, src)
    if path.with_suffix(".toml").is_file():
        shutil.copy(path.with_suffix(".toml"), work / "paper.toml")
    stages = child("stages", str(src), str(work / "stages"))
    art = child("artifacts", str(src), str(work))
    pandoc, theme = art["pandoc"], art["theme"]
    ast = str(work / "ast.json")
    fonts = [f"--epub-embed-font={f}" for f in art["fonts"]]
    weasy = str(BIN / "weasyprint") if (BIN / "weasyprint").is_file() else "weasyprint"
    commands = {
        "galley": [*GALLEY, "build", str(src), "-o", str(work / "out")],
        "pandoc_html": [
            pandoc,
            "-f",
            "json",
            "-t",
            "html5",
            "--standalone",
            "--wrap=none",
            "-o",
            str(work / "bare.html"),
            ast,
        ],
        "pandoc_epub": [pandoc, "-f", "json", "-t", "epub3", *fonts, "-o", str(work / "bare.epub"), ast],
        "weasyprint_pdf": [weasy, "-u", theme + "/", "-q", str(work / "print.html"), str(work / "bare.pdf")],
    }
    # Interleaved (galley, then the three bare commands, seven times over) so that a busy
    # neighbour on the machine slows both sides alike; medians of the seven.
    times: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(7):
        for name, cmd in commands.items():
            times[name].append(wall(cmd))
    galley_runs = times.pop("galley")
    ratios = [g / sum(t[i] for t in times.values()) for i, g in enumerate(galley_runs)]
    bare = {k: statistics.median(v) for k, v in times.items()}
    return {
        "source": str(path),
        "bytes": path.stat().st_size,
        "stages": stages["timings"],
        "galley_s": statistics.median(galley_runs),
        "bare": bare,
        "bare_sequential_s": sum(bare.values()),
        # The median of the seven side-by-side ratios (each galley run against the bare run after it).
        "ratio_vs_bare": statistics.median(ratios),
        "ratios": ratios,
    }


def batch20(tmp: Path, corpus_files: list[Path]) -> dict[str, Any]:
    papers = tmp / "batch"
    papers.mkdir()
    seen: set[str] = set()
    for f in corpus_files:  # one text per paper, 20 papers
        if f.parent.name in seen or len(seen) == 20:
            continue
        seen.add(f.parent.name)
        shutil.copy(f, papers / f"{f.parent.name.replace('.', '-')}-{f.stem}.txt")
    out = tmp / "batch-out"
    run = [*GALLEY, "build", str(papers), "-o", str(out), "--progress", "plain"]
    res = {"papers": len(seen)}
    res["cold_s"] = wall(run, ok=(0, 1, 3))
    res["warm_s"] = median(lambda: wall(run, ok=(0, 1, 3)), 3)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    res["warm_rebuilt"] = report["summary"]["built"]
    res["j1_s"] = wall([*run, "--force", "-j", "1"], ok=(0, 1, 3))
    res["j2_s"] = wall([*run, "--force", "-j", "2"], ok=(0, 1, 3))
    res["failed"] = json.loads((out / "report.json").read_text(encoding="utf-8"))["summary"]["failed"]
    return res


def check30(tmp: Path, corpus_dirs: list[Path]) -> dict[str, Any]:
    """`galley check --strict` with every validator over 30 dev papers (one text per paper, the
    jose corpus then the SciELO one) against the cold `galley build` of the same papers."""
    from galley.ci import checks

    missing = {v: why for v in checks.VALIDATORS if (why := checks.available(v))}
    papers = tmp / "check30"
    papers.mkdir()
    seen: set[str] = set()
    for corpus in corpus_dirs:
        for f in sorted(corpus.glob("*/*.txt")):
            if f.parent.name in seen or len(seen) == 30:
                continue
            seen.add(f.parent.name)
            shutil.copy(f, papers / f"{f.parent.name.replace('.', '-')}-{f.stem}.txt")
    res: dict[str, Any] = {"papers": len(seen), "missing_validators": missing, "builds_s": [], "checks_s": []}
    # Two rounds, build and check interleaved, the faster of each kept: on a shared 2-core machine
    # one run can be twice another; the minimum is the figure least disturbed by other work.
    for n in range(1 if missing else 2):
        out = tmp / f"check30-out-{n}"  # cold: a fresh folder, no cache
        res["builds_s"].append(
            wall([*GALLEY, "build", str(papers), "-o", str(out), "--progress", "plain"], ok=(0, 1, 3))
        )
        if missing:  # --strict would refuse: no ratio with fewer validators than the gate runs
            break
        started = time.perf_counter()
        proc = subprocess.run(
            [*GALLEY, "check", str(papers), "--strict", "-q"], capture_output=True, text=True, check=False
        )
        res["checks_s"].append(time.perf_counter() - started)
        res["check_exit"] = proc.returncode
    res["build_s"] = min(res["builds_s"])
    res["check_s"] = min(res["checks_s"]) if res["checks_s"] else None
    res["ratio"] = res["check_s"] / res["build_s"] if res["check_s"] else None
    return res


# -- output ---------------------------------------------------------------------------------


def verdict(key: str, value: float) -> str:
    target = TARGETS[key]
    return "met" if value <= target else "NOT met"


def table(b: dict[str, Any]) -> str:
    k = b["keys"]
    lines = ["galley bench  (" + b["machine"] + ")", ""]
    lines.append(f"{'measure':58} {'value':>12}  target")
    rows = [
        ("galley --help", f"{b['startup']['help_s']:.3f} s", f"<= 0.3 s ({verdict('help_s', b['startup']['help_s'])})"),
        (
            "galley build, no-op (warm batch of the seed)",
            f"{b['startup']['noop_build_s']:.3f} s",
            f"<= 0.3 s ({verdict('noop_build_s', b['startup']['noop_build_s'])})",
        ),
        (
            f"clean+structure, dev corpus ({b['clean_structure']['corpus']['files']} texts, "
            f"{b['clean_structure']['corpus']['bytes'] / 1e6:.1f} MB)",
            f"{k['clean_structure_mb_s']:.2f} MB/s",
            ">= 5 MB/s (" + ("met" if k["clean_structure_mb_s"] >= 5 else "NOT met") + ")",
        ),
        (
            "  with read (file, decoding, lines) included",
            f"{b['clean_structure']['corpus']['mb_s_with_read']:.2f} MB/s",
            "",
        ),
    ]
    other = b["clean_structure"].get("other")
    if other:
        rows.append(
            (
                f"  the SciELO corpus ({other['files']} texts, {other['bytes'] / 1e6:.1f} MB)",
                f"{other['mb_s']:.2f} MB/s",
                "",
            )
        )
    for s in b["clean_structure"]["sizes"]:
        rows.append(
            (
                f"  generated {s['mb']:g} MB: {s['clean_structure_s']:.2f} s, peak RSS {s['peak_rss_mb']:.0f} MB",
                f"{s['mb_s']:.2f} MB/s",
                f"{s['s_per_mb']:.3f} s/MB, RSS {s['peak_rss_ratio']:.1f}x input; "
                f"with read {s['mb_s_with_read']:.2f} MB/s",
            )
        )
    if k.get("peak_rss_ratio_50mb") is not None:
        rows.append(
            (
                "peak RSS / input at 50 MB",
                f"{k['peak_rss_ratio_50mb']:.2f}x",
                f"<= 10x ({verdict('peak_rss_ratio_50mb', k['peak_rss_ratio_50mb'])})",
            )
        )
    for name, p in b["papers"].items():
        st = ", ".join(f"{s} {v:.2f}" for s, v in p["stages"].items())
        rows.append((f"{name} ({p['bytes'] / 1000:.0f} kB): galley stages (s): {st}", "", ""))
        bare = ", ".join(f"{s} {v:.2f}" for s, v in p["bare"].items())
        rows.append((f"  bare toolchain (s): {bare}", f"{p['bare_sequential_s']:.2f} s", "sequential"))
        rows.append(
            (
                "  galley build, all formats (plain command)",
                f"{p['galley_s']:.2f} s",
                f"ratio {p['ratio_vs_bare']:.2f} (<= 1.0: " + ("met" if p["ratio_vs_bare"] <= 1 else "NOT met") + ")",
            )
        )
        rows.append(("    ratio of each interleaved run", " ".join(f"{r:.2f}" for r in p["ratios"]), ""))
    bt = b["batch20"]
    rows += [
        (f"batch of {bt['papers']} papers, cold (-j default)", f"{bt['cold_s']:.2f} s", ""),
        (
            f"  warm (unchanged; rebuilt {bt['warm_rebuilt']})",
            f"{bt['warm_s']:.3f} s",
            f"<= 0.3 s ({verdict('warm_rebuild_s', bt['warm_s'])})",
        ),
        ("  -j1 (forced rebuild)", f"{bt['j1_s']:.2f} s", ""),
        ("  -j2 (forced rebuild)", f"{bt['j2_s']:.2f} s", f"speed-up {bt['j1_s'] / bt['j2_s']:.2f}x"),
        (
            "cold / warm",
            f"{bt['cold_s'] / bt['warm_s']:.0f}x",
            ">= 10x (" + ("met" if bt["cold_s"] / bt["warm_s"] >= 10 else "NOT met") + ")",
        ),
    ]
    c = b.get("check30")
    if c:
        rows.append((f"galley build of {c['papers']} dev papers, cold", f"{c['build_s']:.2f} s", ""))
        if c["ratio"] is None:
            rows.append(
                (
                    "  galley check --strict, every validator",
                    "skipped",
                    "missing: " + ", ".join(c["missing_validators"]),
                )
            )
        else:
            rows.append(
                (
                    f"  galley check --strict, every validator (exit {c['check_exit']})",
                    f"{c['check_s']:.2f} s",
                    f"ratio {c['ratio']:.2f} (<= 2.0: {verdict('check_vs_build_ratio_30', c['ratio'])})",
                )
            )
    for r in rows:
        lines.append(f"{r[0]:58} {r[1]:>12}  {r[2]}")
    if b["clean_structure"].get("hot"):
        lines += ["", "hottest clean/structure functions (cumulative s over the corpus, under cProfile):"]
        for h in b["clean_structure"]["hot"][:8]:
            lines.append(f"  {h['cumulative_s']:7.2f} s  {h['share_cumulative'] * 100:4.0f}%  {h['function']}")
    lines += [
        "",
        "galley stages are timed inside one build: WeasyPrint imports and renders in a child process",
        "while galley's own steps run, so weasyprint_pdf is only the wait left after them.",
    ]
    lines += ["", "keys: " + json.dumps(k)]
    return "\n".join(lines)


def freeze(tmp: Path) -> None:
    """Run a snapshot of galley (its code and styles, laid out as in the wheel), so the figures
    belong to one version even while people edit the working tree, and the cache's galley
    digest stays put between the cold and the warm run."""
    global GALLEY
    snap = tmp / "galley-snapshot"
    shutil.copytree(ROOT / "src" / "galley", snap / "galley", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "styles", snap / "galley" / "styles")
    os.environ["PYTHONPATH"] = str(snap)
    sys.path.insert(0, str(snap))
    GALLEY = [sys.executable, "-m", "galley.cli"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument(
        "--corpus", type=Path, default=Path(os.environ.get("GALLEY_CORPUS", ROOT.parent / "shared" / "corpus"))
    )
    ap.add_argument("--out", type=Path, default=ROOT / "dist" / "bench.json")
    ap.add_argument("--quick", action="store_true", help="skip the 50 MB input")
    ap.add_argument("--only-check", action="store_true", help="only the check-vs-build measure (~1.5 min)")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:  # runs the snapshot: PYTHONPATH points at it
        print(json.dumps(CHILDREN[args.child[0]](*args.child[1:])))
        return 0
    corpus_files = sorted(args.corpus.glob("*/*.txt"))
    if not corpus_files:
        print(f"bench: no corpus texts under {args.corpus} (set --corpus or GALLEY_CORPUS)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    bench: dict[str, Any] = {"machine": f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"}
    corpus_dirs = [args.corpus, args.corpus.parent / "corpus-scielo"]
    if args.only_check:
        with tempfile.TemporaryDirectory(prefix="galley-bench-") as t:
            freeze(Path(t))
            c = check30(Path(t), corpus_dirs)
        print(json.dumps(c, indent=1))
        return 0
    with tempfile.TemporaryDirectory(prefix="galley-bench-") as t:
        tmp = Path(t)
        freeze(tmp)
        print("bench: start-up ...", file=sys.stderr)
        bench["startup"] = startup(tmp)
        print("bench: clean + structure ...", file=sys.stderr)
        other_files = sorted(corpus_dirs[1].glob("*/*.txt"))
        bench["clean_structure"] = clean_structure(tmp, corpus_files, args.quick, other_files)
        print("bench: one paper vs the bare toolchain ...", file=sys.stderr)
        longest = max(corpus_files, key=lambda f: f.stat().st_size)
        bench["papers"] = {"seed": one_paper(tmp, SEED, "seed"), "longest": one_paper(tmp, longest, "longest")}
        print("bench: 20-paper batch ...", file=sys.stderr)
        bench["batch20"] = batch20(tmp, corpus_files)
        print("bench: galley check --strict vs a cold build, 30 papers ...", file=sys.stderr)
        bench["check30"] = check30(tmp, corpus_dirs)
    sizes = bench["clean_structure"]["sizes"]
    at50 = [s for s in sizes if s["mb"] == 50.0]
    bench["keys"] = {
        "clean_structure_mb_s": round(bench["clean_structure"]["corpus"]["mb_s"], 3),
        # The worse of the two papers: galley's wall time / the bare toolchain run one after another.
        "build_ratio_vs_bare": round(max(p["ratio_vs_bare"] for p in bench["papers"].values()), 3),
        "warm_rebuild_s": round(bench["batch20"]["warm_s"], 3),
        "peak_rss_ratio_50mb": round(at50[0]["peak_rss_ratio"], 3) if at50 else None,
        "linearity_s_per_mb_1x_10x_100x": [round(s["s_per_mb"], 3) for s in sizes],
        "help_s": round(bench["startup"]["help_s"], 3),
        "noop_build_s": round(bench["startup"]["noop_build_s"], 3),
        "batch20_cold_s": round(bench["batch20"]["cold_s"], 2),
        "batch20_j1_s": round(bench["batch20"]["j1_s"], 2),
        "batch20_j2_s": round(bench["batch20"]["j2_s"], 2),
        "check_vs_build_ratio_30": (
            round(bench["check30"]["ratio"], 3) if bench["check30"]["ratio"] is not None else None
        ),
    }
    bench["bench_s"] = round(time.perf_counter() - started, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(bench, indent=1), encoding="utf-8")
    print(table(bench))
    print(f"\nwrote {args.out} in {bench['bench_s']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
