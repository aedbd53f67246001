"""Run golden apps in forks of a server that has imported pycdk once (the suite's main cost was start-up).

``run_on_pycdk`` used to start a fresh interpreter per app, which then imported ``constructs``, ``l1`` and the
app's ``l2`` packages again: about half of each app's time. Here each pytest process starts one server (a clean
interpreter, not the pytest process: no test's state can leak into an app) that imports the packages most apps
use and then, per app, forks a child that sets the app's cwd, environment, ``sys.path`` and ``sys.argv`` and runs
the script as ``__main__`` -- the same inputs the subprocess had. Its stdout and stderr go to files; its exit code
comes back. A child that runs longer than the timeout is killed and reported like a failed run.

Each suite gets a server of its own, forked from that one when a suite's first app comes: after each of the suite's
apps it imports the pycdk modules (``constructs``, ``l1``, ``l2``, ``patterns``) the app imported, so the suite's
next apps (which mostly use the same services) find them loaded (the l2_stepfunctions_tasks apps: about 10 % less
CPU). It ends when an app of another suite comes. Importing pycdk modules changes no output (see PRELOAD).

``PYCDK_GOLDEN_SUBPROCESS=1`` goes back to one subprocess per app (to rule the server out when a test fails).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

# Imported once by the server; each is what many apps import anyway. A name ending in ``*`` is loaded whole
# (every name of its ``__all__``: those packages load names on first use): the compute packages, where an app
# needing ecs + ec2 + elbv2 spent 0.1-0.2 s loading them in its fork (the l2_ecs apps: 32 s -> 16 s of CPU).
# Preloading every package was measured too: it makes each fork of the bigger server dearer and the suites of
# small apps slower (8.0 s -> 11.3 s), so only these. Importing a package makes no app output differ (every golden
# app must pass both ways: PYCDK_GOLDEN_SUBPROCESS=1; all pass with every l2 package preloaded). The server then
# freezes its objects out of the garbage collector's reach (``gc.freeze``): the apps' collections skip them.
PRELOAD = ("constructs", "l1._index", "l2.iam", "l2.s3", "l2.lambda_", "l2.sqs", "l2.sns", "l2.kms", "l2.logs",
           "l2.ec2*", "l2.elasticloadbalancingv2*", "l2.autoscaling*", "l2.ecs*", "patterns.ecs_patterns*")


class ForkServer:
    """One server process; ``run`` is called by one thread at a time (a pytest process runs tests in sequence)."""

    def __init__(self, repo_root: Path) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo_root), env.get("PYTHONPATH")]))
        env.pop("CDK_CONTEXT_JSON", None)
        self._proc = subprocess.Popen(
            [sys.executable, "-c", _SERVER, ",".join(PRELOAD)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            env=env, cwd=str(repo_root), text=True, bufsize=1,
        )
        self._lock = threading.Lock()

    def alive(self) -> bool:
        return self._proc.poll() is None

    def run(self, script: Path, cwd: Path, env: dict[str, str], path: list[str], timeout: float,
            log_dir: Path) -> tuple[int, str]:
        """Run ``script`` as ``__main__`` in a fork; return its exit code and its stderr."""
        stderr_file = log_dir / f"{script.stem}.stderr"
        stdout_file = log_dir / f"{script.stem}.stdout"
        request = {"script": str(script), "cwd": str(cwd), "env": env, "path": path,
                   "stdout": str(stdout_file), "stderr": str(stderr_file), "timeout": timeout}
        with self._lock:
            assert self._proc.stdin is not None and self._proc.stdout is not None
            self._proc.stdin.write(json.dumps(request) + "\n")
            self._proc.stdin.flush()
            line = self._proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the golden fork server stopped (exit {self._proc.poll()})")
        code = json.loads(line)["code"]
        stderr = stderr_file.read_text(encoding="utf-8", errors="replace") if stderr_file.exists() else ""
        if code == -9:
            stderr += f"\n(killed after {timeout} s)"
        return code, stderr

    def close(self) -> None:
        if self._proc.poll() is None:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()


_SERVER = r'''
import importlib, json, os, signal, sys, time

import gc

for name in sys.argv[1].split(","):
    module = importlib.import_module(name.rstrip("*"))
    if name.endswith("*"):
        for public in getattr(module, "__all__", ()):
            getattr(module, public)
from constructs.internals import structs as _structs
_structs.build_all()  # attrs builds the struct classes once here, not again in every app's fork
base_path = [p for p in sys.path if p]
gc.collect()
gc.freeze()

OWN = ("constructs.", "l1.", "l2.", "patterns.")  # pycdk's packages: what a suite server learns to import


def run_app(req):
    # In a fork: run the app as __main__, then list the pycdk modules it imported (for the suite server).
    code = 1
    before = set(sys.modules)
    try:
        out = os.open(req["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        err = os.open(req["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(out, 1)
        os.dup2(err, 2)
        os.chdir(req["cwd"])
        os.environ.clear()
        os.environ.update(req["env"])
        sys.path[:] = req["path"] + base_path
        sys.argv[:] = [req["script"]]
        import runpy
        try:
            runpy.run_path(req["script"], run_name="__main__")
            code = 0
        except SystemExit as exit:
            code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
            if exit.code is not None and not isinstance(exit.code, int):
                print(exit.code, file=sys.stderr)
        except BaseException:
            import traceback
            traceback.print_exc()
            code = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
            if code == 0:
                learned = [m for m in sys.modules if m not in before and m.startswith(OWN)]
                with open(req["stdout"] + ".imports", "w") as f:
                    f.write("\n".join(learned))
            # the argument checks compiled by this app, for the next apps (os._exit runs no atexit hooks)
            sys.modules["constructs._private.typecheck"].save_codes()
        finally:
            os._exit(code)


def run_in_fork(req):
    pid = os.fork()
    if pid == 0:
        run_app(req)
    deadline = time.monotonic() + float(req["timeout"])
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return -9
        time.sleep(0.002)


def learn(req):
    # Import what the last app of the suite imported, so that the suite's next apps find it loaded.
    try:
        with open(req["stdout"] + ".imports") as f:
            names = [n for n in f.read().split("\n") if n]
        os.unlink(req["stdout"] + ".imports")
    except OSError:
        return
    fresh = [n for n in names if n not in sys.modules]
    for name in fresh:
        try:
            importlib.import_module(name)
        except Exception:
            pass
    if fresh:
        gc.collect()
        gc.freeze()


def suite_server(requests, replies):
    # A fork of the base server serving one suite: it runs each app in a fork of itself and learns its imports.
    for line in requests:
        req = json.loads(line)
        code = run_in_fork(req)
        replies.write(json.dumps({"code": code}) + "\n")
        replies.flush()
        learn(req)
    os._exit(0)


suite = None  # (cwd of the suite, pid, requests pipe, replies pipe) of the current suite server

for line in sys.stdin:
    req = json.loads(line)
    if suite is not None and suite[0] != req["cwd"]:
        suite[2].close()
        suite[3].close()
        os.waitpid(suite[1], 0)
        suite = None
    if suite is None:
        suite_reads, base_writes = os.pipe()
        base_reads, suite_writes = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(base_writes)
            os.close(base_reads)
            suite_server(os.fdopen(suite_reads, "r"), os.fdopen(suite_writes, "w"))
        os.close(suite_reads)
        os.close(suite_writes)
        suite = (req["cwd"], pid, os.fdopen(base_writes, "w"), os.fdopen(base_reads, "r"))
    suite[2].write(line if line.endswith("\n") else line + "\n")
    suite[2].flush()
    reply = suite[3].readline()
    if not reply:  # the suite server died: run this app from the base server
        suite = None
        reply = json.dumps({"code": run_in_fork(req)}) + "\n"
    sys.stdout.write(reply)
    sys.stdout.flush()
if suite is not None:
    suite[2].close()
    suite[3].close()
    os.waitpid(suite[1], 0)
'''
