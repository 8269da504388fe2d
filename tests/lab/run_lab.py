"""`make test-lab`: every notebook opened, run and saved in JupyterLab, in a real browser (Debian's chromium).

On a scratch copy of the repository (the work tree's files, ignored ones left out; nothing tracked is written):

1. start JupyterLab on a free loopback port with a random token (scratch settings, workspaces and runtime);
2. for every notebook: open it, wait until its session has one kernel and that kernel is idle, Run All, wait
   until idle, then require: no error output, nothing on stderr, every figure the stored notebook has rendered
   (an ``<img>`` that loaded, in the same cell), no output wider than the notebook area at 1280 px
   (``scrollWidth <= clientWidth`` for every output and its content), no browser console error; then save;
3. stop the server (always), then run ``make test``'s notebook rules and nbval over the saved files, with the
   test environment's Python (``--test-python``).

Screenshots of 00-overview and 03-trade-and-finance (1280 px wide) are kept in ``build/lab/`` for a person.
Run with the lab environment's Python (it has Playwright): ``.venv-lab/bin/python tests/lab/run_lab.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from labserver import ROOT, LabServer, remove_or_keep, scratch_copy

WIDTH, HEIGHT = 1280, 900
SCREENSHOTS = ("00-overview", "03-trade-and-finance")
SETTINGS = {  # scratch user settings: no news fetch, every cell laid out (measurable), no autosave surprise
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}

# In-page probes (JupyterLab exposes itself as window.jupyterapp with --LabApp.expose_app_in_browser).
JS_STATE = """() => {
  const w = window.jupyterapp.shell.currentWidget;
  if (!w || !w.sessionContext || !w.content) return null;
  const kernel = w.sessionContext.session && w.sessionContext.session.kernel;
  const cells = w.content.widgets.map((c, i) => ({i, type: c.model.type, blank: !c.model.sharedModel.getSource().trim(),
    count: c.model.type === 'code' ? c.model.executionCount : null,
    state: c.model.type === 'code' ? c.model.executionState : null}));
  return {path: w.context.path, ready: w.context.isReady && w.sessionContext.isReady, kernel: kernel ? kernel.id : null,
          status: kernel ? kernel.status : null, dirty: w.context.model.dirty, cells};
}"""
JS_OUTPUTS = """() => {
  const w = window.jupyterapp.shell.currentWidget;
  const area = w.content.node.getBoundingClientRect();
  return w.content.widgets.map((c, i) => {
    if (c.model.type !== 'code') return {i, outputs: [], images: 0, wide: []};
    const imgs = [...c.node.querySelectorAll('.jp-OutputArea-output img')];
    const wide = [];
    for (const el of c.node.querySelectorAll('.jp-OutputArea-output, .jp-OutputArea-output > *')) {
      const r = el.getBoundingClientRect();
      if (el.scrollWidth > el.clientWidth + 1 || r.right > area.right + 1)
        wide.push({cls: el.className, scroll: el.scrollWidth, client: el.clientWidth,
                   right: r.right, area: area.right});
    }
    const images = imgs.filter(im => im.complete && im.naturalWidth > 0).length;
    return {i, outputs: c.model.outputs.toJSON(), images, wide};
  });
}"""


def command(page, name: str, args: dict | None = None) -> None:
    """Run a JupyterLab command (what a menu item or shortcut does) and wait for it to return."""
    page.evaluate("async ([n, a]) => { await window.jupyterapp.commands.execute(n, a); }", [name, args or {}])


def wait_for(page, predicate, timeout: float, what: str, poll: float = 0.25):
    """Poll the page state until ``predicate(state)`` holds for two polls in a row; return that state."""
    end, streak, state = time.monotonic() + timeout, 0, None
    while time.monotonic() < end:
        state = page.evaluate(JS_STATE)
        streak = streak + 1 if state is not None and predicate(state) else 0
        if streak >= 2:
            return state
        time.sleep(poll)
    raise TimeoutError(f"{what}: not reached in {timeout:.0f} s (last state: {json.dumps(state)[:400]})")


def one_idle_kernel(lab: LabServer, path: str, state) -> bool:
    sessions = [s for s in lab.api("/api/sessions") if s.get("path") == path]
    if len(sessions) != 1 or not sessions[0].get("kernel") or not state["ready"]:
        return False
    kernel = sessions[0]["kernel"]
    return (
        kernel["id"] == state["kernel"]
        and state["status"] == "idle"
        and lab.api(f"/api/kernels/{kernel['id']}")["execution_state"] == "idle"
    )


def check_notebook(page, lab: LabServer, repo: Path, name: str, shots: Path, timeout: float) -> list[str]:
    """Open, run all, check, save and close one notebook; the problems found (empty: it passed)."""
    import nbformat

    path = f"notebooks/{name}.ipynb"
    stored = nbformat.read(repo / path, as_version=4)
    problems: list[str] = []
    start = time.monotonic()
    command(page, "docmanager:open", {"path": path, "factory": "Notebook"})
    wait_for(page, lambda s: s["path"] == path and one_idle_kernel(lab, path, s), 90, f"{name}: one idle kernel")
    command(page, "notebook:run-all-cells")
    code = [i for i, c in enumerate(stored.cells) if c.cell_type == "code" and c.source.strip()]

    def finished(s):
        cells = s["cells"]
        busy = any(cells[i]["state"] == "running" for i in code)
        return s["status"] == "idle" and not busy and cells[code[0]]["count"] is not None

    state = wait_for(page, finished, timeout, f"{name}: Run All finished", poll=0.5)
    counts = [state["cells"][i]["count"] for i in code]
    if counts != list(range(1, len(code) + 1)):
        problems.append(f"execution counts after Run All are {counts}, expected 1..{len(code)}")
    outputs = page.evaluate(JS_OUTPUTS)
    for i in code:
        cell = outputs[i]
        for out in cell["outputs"]:
            if out.get("output_type") == "error":
                problems.append(f"cell {i}: {out.get('ename')}: {out.get('evalue')}")
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                problems.append(f"cell {i}: stderr: {''.join(out.get('text', ''))[:300]}")
        expected = sum("image/png" in o.get("data", {}) for o in stored.cells[i].outputs)
        if cell["images"] < expected:
            problems.append(f"cell {i}: {cell['images']} figure(s) rendered, the stored notebook has {expected}")
        for w in cell["wide"][:1]:
            problems.append(
                f"cell {i}: output wider than the notebook area ({w['cls']}: scrollWidth {w['scroll']}"
                f" > clientWidth {w['client']}, right edge {w['right']:.0f} > {w['area']:.0f})"
            )
    if name in SCREENSHOTS:
        screenshots(page, name, shots)
    command(page, "docmanager:save")
    wait_for(page, lambda s: not s["dirty"], 30, f"{name}: saved")
    page.evaluate("() => window.jupyterapp.shell.currentWidget.close()")
    for session in lab.api("/api/sessions"):
        if session.get("path") == path:
            lab.api(f"/api/sessions/{session['id']}", method="DELETE")
    print(
        f"  {name}: {time.monotonic() - start:5.1f} s, {len(code)} cells, "
        f"{sum(outputs[i]['images'] for i in code)} figures, {'ok' if not problems else f'{len(problems)} problem(s)'}",
        flush=True,
    )
    return problems


def screenshots(page, name: str, folder: Path) -> None:
    """The notebook at 1280 px: its top, then a view at each of the first ledger tables and figures."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"{name}-*.png"):
        old.unlink()
    page.evaluate("() => window.jupyterapp.shell.currentWidget.content.scrollToItem(0, 'start')")
    page.wait_for_timeout(300)
    page.screenshot(path=str(folder / f"{name}-1.png"))
    targets = page.evaluate("""() => {
      const w = window.jupyterapp.shell.currentWidget;
      const out = [];
      w.content.widgets.forEach((c, i) => {
        if (c.model.type !== 'code') return;
        const node = c.node.querySelector('.jp-OutputArea-output');
        if (node && (node.querySelector('.rucn-claims, img'))) out.push(i);
      });
      return out.slice(0, 4);
    }""")
    for k, index in enumerate(targets, start=2):
        page.evaluate("i => window.jupyterapp.shell.currentWidget.content.scrollToItem(i, 'start')", index)
        page.wait_for_timeout(300)
        page.screenshot(path=str(folder / f"{name}-{k}.png"))


def browse(
    lab: LabServer, repo: Path, chromium: str, names: list[str], shots: Path, timeout: float
) -> dict[str, list[str]]:
    from playwright.sync_api import sync_playwright

    problems: dict[str, list[str]] = {}
    console: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-dev-shm-usage"])
        try:
            page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
            page.on("console", lambda msg: msg.type == "error" and console.append(msg.text))
            page.on("pageerror", lambda exc: console.append(f"page error: {exc}"))
            page.goto(f"{lab.base}/lab?token={lab.token}&reset", wait_until="load")
            page.wait_for_function("() => window.jupyterapp && window.jupyterapp.started !== undefined", timeout=60_000)
            page.evaluate("() => window.jupyterapp.restored")
            command(page, "application:toggle-left-area")
            for name in names:
                before = len(console)
                try:
                    found = check_notebook(page, lab, repo, name, shots, timeout)
                except Exception as exc:  # noqa: BLE001 (one notebook's failure is reported, the rest still run)
                    found = [f"{type(exc).__name__}: {exc}"]
                    page.evaluate("() => { const w = window.jupyterapp.shell.currentWidget; if (w) w.dispose(); }")
                found += [f"browser console error: {text[:300]}" for text in console[before:]]
                if found:
                    problems[name] = found
        finally:
            browser.close()
    return problems


def saved_files_pass_the_rules(repo: Path, test_python: str) -> bool:
    """``make test``'s notebook rules and nbval, on the files as JupyterLab saved them."""
    env = dict(
        os.environ,
        PYTHONPATH=str(repo),
        RUCN_PROJECT_DIR=str(repo),
        IPYTHONDIR=str(repo / ".cache" / "ipython"),
        MPLCONFIGDIR=str(repo / ".cache" / "matplotlib"),
    )
    cmd = [
        test_python,
        "-m",
        "pytest",
        "-q",
        "-n",
        "2",
        "-p",
        "no:cacheprovider",
        "tests/test_notebook_files.py",
        "notebooks",
    ]
    print("$ " + " ".join(cmd[1:]) + "   (in the scratch copy)", flush=True)
    return subprocess.run(cmd, cwd=repo, env=env).returncode == 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument(
        "--test-python",
        default=str(ROOT / ".venv" / "bin" / "python"),
        help="the Python of `make test`'s environment (nbval, pytest-xdist)",
    )
    parser.add_argument("--timeout", type=float, default=300, help="seconds for one notebook's Run All")
    parser.add_argument("--keep", action="store_true", help="keep the scratch copy (its path is printed)")
    parser.add_argument("names", nargs="*", help="notebook stems (default: every notebook)")
    args = parser.parse_args(argv)
    if not Path(args.chromium).is_file():
        print(f"run_lab.py: no browser at {args.chromium} (apt-get install chromium)", file=sys.stderr)
        return 2
    names = args.names or [p.stem for p in sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))]
    work = Path(tempfile.mkdtemp(prefix="rucn-lab-"))
    started = time.monotonic()
    try:
        repo = scratch_copy(work / "repo")
        lab = LabServer(repo, work / "home", Path(sys.executable), SETTINGS, ["--LabApp.expose_app_in_browser=True"])
        try:
            lab.wait_ready()
            print(f"JupyterLab on 127.0.0.1:{lab.port}, {len(names)} notebook(s), scratch copy {repo}", flush=True)
            problems = browse(lab, repo, args.chromium, names, ROOT / "build" / "lab", args.timeout)
        finally:
            lab.stop()
        print(f"browser part: {time.monotonic() - started:.0f} s; server stopped", flush=True)
        for name, found in problems.items():
            print(f"FAIL {name}:\n  " + "\n  ".join(found))
        rules = saved_files_pass_the_rules(repo, os.path.abspath(args.test_python))  # not resolve(): a venv
        if not rules:
            print("FAIL: the notebooks as JupyterLab saved them do not pass make test's notebook rules / nbval")
        print(
            f"test-lab: {time.monotonic() - started:.0f} s, {len(names) - len(problems)}/{len(names)} notebooks "
            f"clean in the browser, saved files {'pass' if rules else 'FAIL'}; screenshots in build/lab/"
        )
        return 0 if not problems and rules else 1
    finally:
        remove_or_keep(work, args.keep)


if __name__ == "__main__":
    sys.exit(main())
