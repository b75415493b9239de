"""All of DESIGN.md's speed targets in one run: figures, ratios to baselines, pass/fail, machine.

    .venv/bin/python benchmarks/run.py                 # full run (about 5 minutes on 2 cores)
    .venv/bin/python benchmarks/run.py --quick         # 10x smaller, for checking the script
    .venv/bin/python benchmarks/run.py --no-openpyxl   # skip the ~40 s pandas+openpyxl baseline

Generates, in a temporary folder (``--workdir``, default the system temp folder; a few hundred MB),
a survey of 10k firms with 100k and with 1M workers, 40 worker columns, and writes the 100k one as
xlsx, csv, dta and sav. Each figure is the median of ``--repeat`` runs (the slow openpyxl baseline
runs once) and is shown with its ratio to a baseline measured in the same run on the same data:

| figure                             | baseline                                       | target            |
|------------------------------------|------------------------------------------------|-------------------|
| load 100k-row worker xlsx          | raw fastexcel read (and pandas+openpyxl)       | <= 1.3x raw, < 2 s|
| load csv / dta / sav (100k)        | pandas.read_csv / read_stata / pyreadstat      | < 1 s each        |
| facet change on 1M workers (core)  | pandas filter + groupby mean (no CI)           | < 200 ms          |
| sort the 1M-row table model        | stable argsort of the column                   | < 0.5 s, mem < 3x |
| clustered comparison, 6 groups, 1M | statsmodels OLS cov_type="cluster"             | < 1 s             |
| start to first window (sample)     | python importing Qt + pandas + pyqtgraph only  | < 2 s             |

The facet figure is the core work a facet change triggers (subset masks, the firm-level type shares,
one clustered comparison on the kept workers); the GUI part (models, charts repainting) is not in it.
The exit code is 0 when every target is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from bench_readers import (  # noqa: E402
    _CONTENT_TYPES,
    _RELS,
    _STYLES,
    _WORKBOOK,
    _WORKBOOK_RELS,
    _col_letter,
)

N_FIRMS = 10_000
GROUPS = ["none", "process", "product", "functional", "chain", "unknown"]
YESNO_WORKER = ["piece_rate", "training", "promoted", "social_insurance", "health_insurance",
                "written_contract", "cba_covered", "union_comfortable", "committee",
                "discrimination_barrier", "suggestion_heard", "injury"]
YESNO_FIRM = ["new_machinery", "new_process", "automation", "cad_erp", "line_reorganisation",
              "certification_new", "new_product", "product_complexity_up", "design_added",
              "rnd_added", "own_brand_added", "sector_changed", "new_export_market", "new_buyer"]


# ----------------------------------------------------------------------------- results
@dataclass
class Row:
    name: str
    value: float
    """Seconds (or a ratio for memory rows)."""
    baseline_name: str = ""
    baseline: float | None = None
    target: str = ""
    ok: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None


ROWS: list[Row] = []


def median_time(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def say(text: str) -> None:
    print(text, flush=True)


# ----------------------------------------------------------------------------- data
def make_firms(n_firms: int, rng: np.random.Generator) -> pd.DataFrame:
    ids = np.array([f"F{i:05d}" for i in range(n_firms)], dtype=object)
    firms = pd.DataFrame({
        "firm_id": ids,
        "country": pd.Categorical(rng.choice(["Vietnam", "Thailand", "Myanmar"], n_firms)),
        "sector": pd.Categorical(rng.choice(["apparel", "electronics", "footwear"], n_firms)),
        "region": pd.Categorical(rng.choice(["I", "II", "III", "Bangkok", "Yangon"], n_firms)),
        "ownership": pd.Categorical(rng.choice(["domestic", "foreign", "joint"], n_firms)),
        "employees": rng.integers(20, 5000, n_firms).astype(float),
        "year_founded": rng.integers(1980, 2022, n_firms).astype(float),
        "stage_now": rng.integers(1, 5, n_firms).astype(float),
        "stage_before": rng.integers(1, 5, n_firms).astype(float),
        "price_setting_now": rng.integers(1, 4, n_firms).astype(float),
        "price_setting_before": rng.integers(1, 4, n_firms).astype(float),
        "unit_price_change_pct": rng.normal(0, 8, n_firms),
        "export_share": rng.uniform(0, 100, n_firms),
    })
    for name in YESNO_FIRM:
        v = rng.random(n_firms)
        firms[name] = pd.array(np.where(v < 0.08, None, v < 0.35), dtype="boolean")
    return firms


def make_workers(n: int, firm_ids: np.ndarray, rng: np.random.Generator) -> pd.DataFrame:
    """A canonical worker table of 40 columns: categories for answers, floats for amounts,
    nullable booleans for yes/no, plus 16 further questionnaire items (codes and amounts)."""
    fpos = rng.integers(0, len(firm_ids), n)

    def cat(values: list[str]) -> pd.Categorical:
        return pd.Categorical.from_codes(rng.integers(0, len(values), n), values)

    workers = pd.DataFrame({
        "worker_id": np.arange(1, n + 1, dtype=np.int64),
        "firm_id": firm_ids[fpos],
        "gender": cat(["female", "male"]),
        "age": rng.integers(16, 65, n).astype(float),
        "education": cat(["none", "primary", "lower secondary", "upper secondary", "tertiary"]),
        "skill_group": cat(["production worker", "technician", "supervisor", "manager"]),
        "contract": cat(["permanent", "fixed-term", "casual", "none"]),
        "tenure_years": rng.gamma(2.0, 2.0, n).round(1),
        "pay_amount": rng.lognormal(15, 0.35, n).round(-3),
        "pay_period": cat(["month", "day", "week"]),
        "hours_per_week": rng.normal(48, 6, n).round(1),
        "weight": rng.uniform(0.5, 2.0, n),
    })
    for name in YESNO_WORKER:
        v = rng.random(n)
        workers[name] = pd.array(np.where(v < 0.05, None, v < 0.45), dtype="boolean")
    for i in range(16):
        if i % 2 == 0:
            workers[f"q{i + 25}"] = rng.integers(1, 6, n).astype(float)
        else:
            workers[f"q{i + 25}"] = rng.normal(100, 20, n).round(2)
    assert workers.shape[1] == 40, workers.shape
    return workers


def as_file_frame(workers: pd.DataFrame) -> pd.DataFrame:
    """What a survey file holds: text answers and 0/1 codes rather than pandas dtypes."""
    out = {}
    for c in workers.columns:
        s = workers[c]
        if isinstance(s.dtype, pd.CategoricalDtype):
            out[c] = s.astype(str).to_numpy(dtype=object)
        elif isinstance(s.dtype, pd.BooleanDtype):
            out[c] = s.astype("float64").to_numpy(na_value=np.nan)
        else:
            out[c] = s.to_numpy()
    return pd.DataFrame(out)


def write_xlsx(frame: pd.DataFrame, path: Path) -> None:
    """A one-sheet workbook streamed as SpreadsheetML (openpyxl would take minutes)."""
    cols = list(frame.columns)
    letters = [_col_letter(i) for i in range(len(cols))]
    strings: dict[str, int] = {}

    def sid(text: str) -> int:
        return strings.setdefault(text, len(strings))

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        zf.writestr("xl/styles.xml", _STYLES)
        columns = [frame[c].to_numpy() for c in cols]
        kinds = ["n" if pd.api.types.is_numeric_dtype(frame[c]) else "s" for c in cols]
        with zf.open("xl/worksheets/sheet1.xml", "w") as out:
            out.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet '
                      b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            out.write(f'<dimension ref="A1:{letters[-1]}{len(frame) + 1}"/><sheetData>'.encode())
            head = "".join(f'<c r="{letters[j]}1" t="s"><v>{sid(c)}</v></c>'
                           for j, c in enumerate(cols))
            out.write(f'<row r="1">{head}</row>'.encode())
            buf: list[str] = []
            for i in range(len(frame)):
                r = i + 2
                cells = []
                for j in range(len(cols)):
                    v = columns[j][i]
                    if kinds[j] == "s":
                        cells.append(f'<c r="{letters[j]}{r}" t="s"><v>{sid(v)}</v></c>')
                    elif v == v:  # not NaN
                        cells.append(f'<c r="{letters[j]}{r}"><v>{v:g}</v></c>'
                                     if isinstance(v, float) else
                                     f'<c r="{letters[j]}{r}"><v>{v}</v></c>')
                buf.append(f'<row r="{r}">{"".join(cells)}</row>')
                if len(buf) >= 2000:
                    out.write("".join(buf).encode())
                    buf.clear()
            out.write("".join(buf).encode())
            out.write(b"</sheetData></worksheet>")
        ordered = sorted(strings, key=strings.get)
        sst = "".join(f"<si><t>{escape(s)}</t></si>" for s in ordered)
        zf.writestr("xl/sharedStrings.xml",
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http:/'
                    '/schemas.openxmlformats.org/spreadsheetml/2006/main" '
                    f'count="{len(ordered)}" uniqueCount="{len(ordered)}">{sst}</sst>')


# ----------------------------------------------------------------------------- benchmarks
def bench_loading(work: Path, workers: pd.DataFrame, repeat: int, openpyxl: bool) -> None:
    import fastexcel
    import pyreadstat

    from core.io.readers import read_source

    frame = as_file_frame(workers)
    paths = {k: work / f"workers.{k}" for k in ("xlsx", "csv", "dta", "sav")}
    t0 = time.perf_counter()
    write_xlsx(frame, paths["xlsx"])
    frame.to_csv(paths["csv"], index=False)
    frame.to_stata(paths["dta"], write_index=False, version=118)
    pyreadstat.write_sav(frame, str(paths["sav"]))
    say(f"  wrote {len(frame):,} rows × {frame.shape[1]} columns as xlsx "
        f"({paths['xlsx'].stat().st_size / 1e6:.1f} MB), csv, dta, sav in "
        f"{time.perf_counter() - t0:.1f} s")

    raw, _ = median_time(lambda: fastexcel.read_excel(paths["xlsx"]).load_sheet(0).to_pandas(),
                         repeat)
    ours, src = median_time(lambda: read_source(paths["xlsx"]), repeat)
    assert src.tables[0].n_rows == len(frame), src.tables[0].n_rows
    size = f"{len(frame) // 1000}k×{frame.shape[1]}"
    ROWS.append(Row(f"load xlsx {size}: core.io.readers.read_source", ours,
                    "raw fastexcel read", raw, "≤ 1.3× raw and < 2 s",
                    ours <= 1.3 * raw and ours < 2.0))
    if openpyxl:
        slow, _ = median_time(lambda: pd.read_excel(paths["xlsx"], engine="openpyxl"), 1)
        ROWS.append(Row(f"load xlsx {size}: pandas.read_excel(openpyxl)", slow,
                        "core.io.readers.read_source", ours, "(reference: ≥ 10× slower)",
                        slow >= 10 * ours, "one run"))
    baselines = {
        "csv": ("pandas.read_csv", lambda: pd.read_csv(paths["csv"])),
        "dta": ("pandas.read_stata", lambda: pd.read_stata(paths["dta"])),
        "sav": ("pyreadstat.read_sav", lambda: pyreadstat.read_sav(str(paths["sav"]))),
    }
    for kind, (label, base_fn) in baselines.items():
        base, _ = median_time(base_fn, repeat)
        t, src = median_time(lambda kind=kind: read_source(paths[kind]), repeat)
        assert src.tables[0].n_rows == len(frame), (kind, src.tables[0].n_rows)
        ROWS.append(Row(f"load {kind} {size}: core.io.readers.read_source", t, label, base,
                        "< 1 s", t < 1.0))


def bench_core(firms: pd.DataFrame, workers: pd.DataFrame, repeat: int) -> None:
    from core.analysis.comparisons import compare
    from core.analysis.firm_stats import type_shares
    from core.analysis.measures import firm_positions
    from core.analysis.rules import evaluate_rules
    from core.analysis.subset import Subset, apply_subset, facet_counts

    rules = evaluate_rules(firms)  # once per rule change, not per facet change
    firm_table = pd.concat([firms, rules.table.drop(columns=["firm_id"])], axis=1)
    flags = list(rules.computed)
    pos = firm_positions(firm_table["firm_id"], workers["firm_id"])
    # Cached with the rules: each worker's firm's highest type (the comparison's groups).
    group_all = pd.Series(pd.Categorical.from_codes(
        np.where(pos >= 0, firm_table["highest_type"].cat.codes.to_numpy()[pos], -1),
        dtype=firm_table["highest_type"].dtype))
    y_all = np.log(workers["pay_amount"].to_numpy())
    firm_all = workers["firm_id"].to_numpy()
    subset = Subset(firms={"country": ["Vietnam", "Thailand"]}, workers={"gender": ["female"]})

    def facet_change() -> object:
        masks = apply_subset(firm_table, workers, subset)
        fsub = firm_table.loc[masks.firms]
        shares = [type_shares(fsub, flags), type_shares(fsub, flags, by="sector")]
        w = masks.workers
        comp = compare(y_all[w], group_all[w].reset_index(drop=True), firm_all[w],
                       reference="none")
        return masks, shares, comp

    def naive() -> object:
        keep = (workers["gender"] == "female").to_numpy()
        return pd.Series(y_all[keep]).groupby(group_all[keep].to_numpy()).mean()

    facet_change()  # warm-up: imports, first-use caches
    t, (masks, _, _) = median_time(facet_change, repeat)
    base, _ = median_time(naive, repeat)
    n = f"{len(workers) / 1e6:g}M"
    ROWS.append(Row(f"facet change, {n} workers (core: subset + type shares + 1 comparison)", t,
                    "pandas filter + groupby mean", base, "< 200 ms", t < 0.2,
                    f"{masks.n_workers:,} workers kept; GUI repaint not included"))
    parts = {
        "  of which apply_subset": lambda: apply_subset(firm_table, workers, subset),
        "  of which compare on the kept workers": lambda: compare(
            y_all[masks.workers], group_all[masks.workers].reset_index(drop=True),
            firm_all[masks.workers], reference="none"),
        "  facet counts for the subset panel (not in the target)": lambda: facet_counts(
            firm_table, workers, subset,
            roles=[("firm", "country"), ("firm", "sector"), ("worker", "gender"),
                   ("worker", "skill_group"), ("worker", "contract")]),
    }
    for label, fn in parts.items():
        tp, _ = median_time(fn, repeat)
        ROWS.append(Row(label, tp, note="breakdown"))

    def clustered() -> object:
        return compare(y_all, group_all, firm_all, reference="none")

    clustered()
    t, out = median_time(clustered, repeat)
    assert len(out) == len(GROUPS) - 1 or len(out) >= 5, out

    def statsmodels_cluster() -> object:
        import statsmodels.api as sm

        codes = group_all.cat.codes.to_numpy()
        ok = codes >= 0
        X = np.column_stack([np.ones(ok.sum())] + [(codes[ok] == k).astype(float)
                                                  for k in range(1, codes.max() + 1)
                                                  if (codes[ok] == k).any()])
        clusters = pd.factorize(firm_all[ok])[0]
        return sm.OLS(y_all[ok], X).fit(cov_type="cluster", cov_kwds={"groups": clusters})

    base, _ = median_time(statsmodels_cluster, max(1, repeat // 2))
    ROWS.append(Row(f"clustered comparison, 1 outcome × 6 groups, {n} workers", t,
                    "statsmodels OLS cluster (diffs only)", base, "< 1 s", t < 1.0))


def bench_table(workers: pd.DataFrame, repeat: int) -> None:
    from PySide6.QtCore import QCoreApplication, Qt

    from gui.table_model import DataFrameTableModel

    QCoreApplication.instance() or QCoreApplication([])
    frame_bytes = workers.memory_usage(deep=True).sum()
    gc.collect()
    tracemalloc.start()
    model = DataFrameTableModel()
    t_set, _ = median_time(lambda: model.set_frame(workers), 1)
    worst_first, worst_name = 0.0, ""
    column = {n: i for i, n in enumerate(workers.columns)}
    asc, desc = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    medians = {}
    for name in ("pay_amount", "firm_id", "skill_group", "training"):
        t0 = time.perf_counter()
        model.sort(column[name], asc)  # the first click: builds the sort key
        first = time.perf_counter() - t0
        if first > worst_first:
            worst_first, worst_name = first, name
        medians[name], _ = median_time(lambda name=name: model.sort(column[name], desc), repeat)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    ratio = (frame_bytes + peak) / frame_bytes
    base, _ = median_time(lambda: np.argsort(workers[worst_name].to_numpy(), kind="stable")
                          if workers[worst_name].dtype == float else
                          workers[worst_name].argsort(kind="stable"), repeat)
    ROWS.append(Row(f"sort {len(workers) / 1e6:g}M-row table model (slowest first click: "
                    f"{worst_name})", worst_first,
                    "numpy/pandas stable argsort", base, "< 0.5 s", worst_first < 0.5,
                    "re-sorts: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in medians.items())
                    + f"; set_frame {t_set:.2f} s"))
    ROWS.append(Row("table model memory: (frame + model peak) / frame", ratio,
                    "", None, "< 3×", ratio < 3.0,
                    f"frame {frame_bytes / 1e6:,.0f} MB deep, model peak {peak / 1e6:,.0f} MB "
                    "(tracemalloc)"))


STARTUP = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, {root!r})
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from gui.main_window import MainWindow
    from gui.survey_loader import load_for_window
    from pathlib import Path
    sample = Path({sample!r})
    window = MainWindow(loader=load_for_window, sample_path=sample)
    window.show()
    ok = window.open_path(sample)
    app.processEvents()
    window.grab()  # forces a full paint of the window with its tables
    print("FIRST_WINDOW", time.time(), ok, flush=True)
""")
IMPORTS_ONLY = ("import time, PySide6.QtWidgets, pandas, pyqtgraph; "
                "print('FIRST_WINDOW', time.time(), True, flush=True)")


def _spawn(code: str) -> float:
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                         cwd=ROOT)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("FIRST_WINDOW")), None)
    if line is None:
        raise RuntimeError(out.stderr[-2000:])
    _, stamp, ok = line.split()
    if ok != "True":
        raise RuntimeError("the sample survey did not open: " + out.stderr[-2000:])
    return float(stamp) - t0


def bench_startup(repeat: int) -> None:
    sample = ROOT / "resources" / "sample_survey.uex.json"
    code = STARTUP.format(root=str(ROOT), sample=str(sample))
    _spawn(code)  # warm the OS file cache, like a second start
    times = [_spawn(code) for _ in range(repeat)]
    base = statistics.median(_spawn(IMPORTS_ONLY) for _ in range(repeat))
    t = statistics.median(times)
    ROWS.append(Row("start to first window, sample survey (offscreen)", t,
                    "python -c import PySide6.QtWidgets, pandas, pyqtgraph", base, "< 2 s", t < 2.0,
                    "process start → window painted with both tables; warm file cache"))


# ----------------------------------------------------------------------------- report
def machine() -> list[str]:
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")),
                       cpu)
    except OSError:
        pass
    ram = ""
    with contextlib.suppress(ValueError, OSError, AttributeError):
        ram = f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.1f} GiB"
    import fastexcel
    import PySide6

    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    return [f"CPU: {cpu or 'unknown'}; {os.cpu_count()} logical cores ({usable} usable)",
            f"RAM: {ram or 'unknown'}; OS: {platform.platform()}",
            f"Python {platform.python_version()}; pandas {pd.__version__}; numpy {np.__version__}; "
            f"fastexcel {fastexcel.__version__}; PySide6 {PySide6.__version__}"]


def fmt(seconds: float | None, is_ratio: bool = False) -> str:
    if seconds is None:
        return ""
    if is_ratio:
        return f"{seconds:.2f}×"
    return f"{seconds * 1000:,.0f} ms" if seconds < 1 else f"{seconds:,.2f} s"


def report() -> str:
    lines = ["| benchmark | median | baseline | baseline time | ratio | target | result | note |",
             "|---|---:|---|---:|---:|---|---|---|"]
    for r in ROWS:
        is_ratio = r.name.startswith("table model memory")
        result = "" if r.ok is None else ("pass" if r.ok else "FAIL")
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else ""
        lines.append(f"| {r.name} | {fmt(r.value, is_ratio)} | {r.baseline_name} | "
                     f"{fmt(r.baseline)} | {ratio} | {r.target} | {result} | {r.note} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10x smaller data (script check)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--no-openpyxl", action="store_true", help="skip the slow baseline")
    parser.add_argument("--workdir", type=Path, default=None, help="where to write the files")
    parser.add_argument("--only", nargs="*", default=None,
                        choices=["load", "core", "table", "startup"])
    args = parser.parse_args(argv)
    scale = 10 if args.quick else 1
    only = set(args.only or ["load", "core", "table", "startup"])
    say("Machine:")
    for line in machine():
        say("  " + line)
    rng = np.random.default_rng(20240601)
    t0 = time.perf_counter()
    firms = make_firms(N_FIRMS // scale, rng)
    big = make_workers(1_000_000 // scale, firms["firm_id"].to_numpy(), rng)
    say(f"Generated {len(firms):,} firms and {len(big):,} workers × {big.shape[1]} columns in "
        f"{time.perf_counter() - t0:.1f} s")
    with tempfile.TemporaryDirectory(dir=args.workdir, prefix="uex-bench-") as tmp:
        if "load" in only:
            say("Loading (100k-row files)…")
            bench_loading(Path(tmp), big.iloc[: 100_000 // scale].reset_index(drop=True),
                          args.repeat, not args.no_openpyxl)
    if "core" in only:
        say("Core on 1M workers…")
        bench_core(firms, big, args.repeat)
    if "table" in only:
        say("Table model on 1M rows…")
        bench_table(big, args.repeat)
    if "startup" in only:
        say("Start-up…")
        bench_startup(max(3, args.repeat // 2 + 1))
    say("")
    say(report())
    failed = [r.name for r in ROWS if r.ok is False]
    say("")
    say("All targets met." if not failed else "Targets missed: " + "; ".join(failed))
    return 0 if not failed else 1


if __name__ == "__main__":
    raise SystemExit(main())
