"""Runs of the ``pycdk`` console script, each its own process, forked from a server that imported the CLI once.

A fresh ``pycdk`` process spends a fifth of a second importing, over a second when it reads a YAML template
(cfn-lint's template decoder). Tests that start the CLI many times for cases that differ only in their input files
can use :class:`ForkServer`: a separate, clean interpreter (not the test process) imports what the console script
imports (and the modules named in ``preload``), then forks one child per run. The child is a process of its own, as a
console-script run is: it gets the run's arguments, working directory, environment and standard streams, executes
the console script file as ``__main__`` (exceptions and ``SystemExit`` handled as the interpreter does), runs the
``atexit`` handlers and exits with the script's code. What it does not repeat is the interpreter start and those
imports (tests of starting up, or of signals, keep using real processes).
"""

from __future__ import annotations

import json
import locale
import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

SCRIPT = Path(sys.executable).parent / "pycdk"

_SERVER = r"""
import atexit, json, os, runpy, socket, sys, traceback

sock = socket.socket(fileno=int(sys.argv[1]))
script = sys.argv[2]
import importlib
import pycdk.cli  # what the console script imports
import pycdk.cli._main
for name in json.loads(sys.argv[3]):  # modules the CLI imports when it needs them
    importlib.import_module(name)

while True:
    message, fds, _, _ = socket.recv_fds(sock, 1 << 20, 3)
    if not message:
        break
    request = json.loads(message)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            sock.close()
            for target, fd in enumerate(fds):
                os.dup2(fd, target)
                os.close(fd)
            os.chdir(request["cwd"])
            os.environ.clear()
            os.environ.update(request["env"])
            sys.argv = [script, *request["args"]]
            try:
                runpy.run_path(script, run_name="__main__")
                code = 0
            except SystemExit as stop:
                if stop.code is None or isinstance(stop.code, int):
                    code = stop.code or 0
                else:
                    print(stop.code, file=sys.stderr)
                    code = 1
            except BaseException:
                traceback.print_exc()
                code = 1
            atexit._run_exitfuncs()
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)
    for fd in fds:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    sock.sendall(json.dumps(os.waitstatus_to_exitcode(status)).encode())
"""


def clean_environment(env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment the reliability tests' ``cli`` fixture gives a run (see tests/reliability/conftest.py)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("CDK_", "PYCDK_")) and k != "NO_COLOR"}
    environment.update(env or {})
    return environment


class ForkServer:
    """``server.run(*args, cwd=...)``: a ``subprocess.CompletedProcess`` like ``subprocess.run`` of the script."""

    def __init__(self, preload: Sequence[str] = ()) -> None:
        self._sock, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._log = tempfile.TemporaryFile()
        self._process = subprocess.Popen(
            [sys.executable, "-c", _SERVER, str(theirs.fileno()), str(SCRIPT), json.dumps(list(preload))],
            pass_fds=[theirs.fileno()],
            env=clean_environment(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._log,
        )
        theirs.close()

    def run(self, *args: str, cwd: Path, env: dict[str, str] | None = None,
            timeout: int = 120) -> subprocess.CompletedProcess[str]:
        request = {"args": list(args), "cwd": str(cwd), "env": clean_environment(env)}
        with open(os.devnull, "rb") as stdin, tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            socket.send_fds(self._sock, [json.dumps(request).encode()], [stdin.fileno(), out.fileno(), err.fileno()])
            self._sock.settimeout(timeout)
            reply = self._sock.recv(64)
            if not reply:
                self._log.seek(0)
                raise RuntimeError(f"the pycdk fork server stopped: {self._log.read().decode(errors='replace')}")
            out.seek(0)
            err.seek(0)
            stdout, stderr = _text(out.read()), _text(err.read())
        return subprocess.CompletedProcess([str(SCRIPT), *args], json.loads(reply), stdout, stderr)

    def close(self) -> None:
        self._sock.close()  # the server's next receive ends its loop
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._log.close()


def _text(data: bytes) -> str:
    """Bytes decoded as ``subprocess.run(..., text=True)`` decodes them (locale encoding, universal newlines)."""
    return data.decode(locale.getpreferredencoding(False)).replace("\r\n", "\n").replace("\r", "\n")
