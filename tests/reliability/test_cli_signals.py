"""Issue 13, group 5: Ctrl-C (SIGINT) or SIGTERM to ``pycdk`` stops the app it runs too, and everything the app
started; pycdk exits with 130 and one ``interrupted`` line, no traceback.

The app runs in a process group of its own: the group is sent SIGINT (the app sees KeyboardInterrupt and can
clean up), and what still runs after a grace period (5 s) is killed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _cli_checks import error_line, make_project

SLOW_APP = """
import os, signal, subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
if os.environ.get("APP_IGNORES_SIGINT"):
    signal.signal(signal.SIGINT, signal.SIG_IGN)
with open("pids.tmp", "w") as f:
    f.write(f"{os.getpid()} {child.pid}")
os.replace("pids.tmp", "pids")
time.sleep(120)
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _start(project: Path, env: dict[str, str] | None = None, new_session: bool = False) -> subprocess.Popen[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("CDK_", "PYCDK_"))}
    environment.update(env or {})
    script = Path(sys.executable).parent / "pycdk"
    return subprocess.Popen([str(script), "synth"], cwd=project, env=environment, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=new_session,
                            preexec_fn=_default_sigint)


def _default_sigint() -> None:
    # pycdk starts with SIGINT as a terminal would give it: a suite started as a background job of a
    # non-interactive shell inherits SIGINT ignored, and an ignored signal stays ignored across exec
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for_pids(project: Path, proc: subprocess.Popen[str]) -> tuple[int, int]:
    deadline = time.monotonic() + 60
    while not (project / "pids").exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the app did not start"
        time.sleep(0.05)
    app, child = (int(x) for x in (project / "pids").read_text().split())
    return app, child


def _assert_all_stopped(pids: tuple[int, ...], within: float) -> None:
    deadline = time.monotonic() + within
    while any(_running(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_running(p) for p in pids), [p for p in pids if _running(p)]


@pytest.mark.parametrize(("sig", "name"), [(signal.SIGINT, "sigint"), (signal.SIGTERM, "sigterm")])
def test_a_signal_to_pycdk_stops_the_app_and_its_children(tmp_path: Path, sig: int, name: str) -> None:
    project = make_project(tmp_path / "p", app=SLOW_APP)
    proc = _start(project)
    pids = _wait_for_pids(project, proc)
    started = time.monotonic()
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=30)
    assert time.monotonic() - started < 4.5  # the app stopped on SIGINT, before the 5 s grace period
    result = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    error_line(result, "interrupted", code=130)
    _assert_all_stopped(pids, within=5)


def test_ctrl_c_at_a_terminal_stops_the_app(tmp_path: Path) -> None:
    # a terminal sends SIGINT to the whole foreground process group pycdk is in
    project = make_project(tmp_path / "p", app=SLOW_APP)
    proc = _start(project, new_session=True)
    pids = _wait_for_pids(project, proc)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    error_line(subprocess.CompletedProcess(proc.args, proc.returncode, out, err), "interrupted", code=130)
    _assert_all_stopped(pids, within=5)


def test_an_app_ignoring_sigint_is_killed_after_the_grace_period(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", app=SLOW_APP)
    proc = _start(project, env={"APP_IGNORES_SIGINT": "1"})
    pids = _wait_for_pids(project, proc)
    started = time.monotonic()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    waited = time.monotonic() - started
    assert 4 <= waited < 20, waited
    error_line(subprocess.CompletedProcess(proc.args, proc.returncode, out, err), "interrupted", code=130)
    _assert_all_stopped(pids, within=5)
