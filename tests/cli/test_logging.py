"""``-v/--verbose`` (repeatable) and ``--debug``, as the CDK CLI has them, through :mod:`logging`.

The CDK CLI (2.1148.1, ``cdk --help``): ``--verbose, -v  Show debug logs (specify multiple times to increase
verbosity) [count]`` (one ``-v`` is DEBUG, two TRACE, three adds the AWS SDK's tracing) and ``--debug``, which
runs the app with ``CDK_DEBUG=true`` and raises the CLI's own log level to DEBUG. Both are global options:
accepted before or after the command.
"""

from __future__ import annotations

import logging
import re

import pytest
from _cli_support import write_app

from pycdk.cli import main
from pycdk.cli._private.logs import TRACE, LogSetup, level_for

APP = """
import os
from constructs import App, Stack
from l1 import sqs

app = App()
sqs.CfnQueue(Stack(app, "Svc"), "Queue")
print("app sees CDK_DEBUG=" + os.environ.get("CDK_DEBUG", "(unset)"))
app.synth()
"""
STAMP = re.compile(r"^\[\d\d:\d\d:\d\d\] ")


def _logged(stderr: str) -> list[str]:
    return [STAMP.sub("", line) for line in stderr.splitlines() if STAMP.match(line)]


@pytest.fixture
def app(tmp_path):
    return write_app(tmp_path / "app", APP)


def test_no_flag_logs_nothing_and_v_before_or_after_the_command_logs_debug(app, pycdk):
    quiet = pycdk("synth", "-q", cwd=app)
    assert quiet.returncode == 0, quiet
    assert _logged(quiet.stderr) == []
    for args in (("-v", "synth", "-q"), ("synth", "-q", "--verbose")):
        result = pycdk(*args, cwd=app)
        logged = _logged(result.stderr)
        assert any(line.startswith("running the app: ") and line.endswith(f"app.py (in {app})") for line in logged)
        assert any(line.startswith("the app exited with code 0 after ") for line in logged)
        assert f"cloud assembly {app / 'cdk.out'}: Svc" in logged
        assert not any(line.startswith("app environment: ") for line in logged)  # TRACE: -vv only
        assert "app sees CDK_DEBUG=(unset)" in result.stderr


def test_vv_adds_trace_records(app, pycdk):
    result = pycdk("-v", "synth", "-q", "-v", cwd=app)  # counted across both positions
    (environment,) = [line for line in _logged(result.stderr) if line.startswith("app environment: ")]
    assert "'CDK_OUTDIR': " in environment and "CDK_DEBUG" not in environment


def test_debug_runs_the_app_with_cdk_debug_and_logs_at_debug(app, pycdk):
    result = pycdk("synth", "-q", "--debug", cwd=app)
    assert result.returncode == 0, result
    assert "app sees CDK_DEBUG=true" in result.stderr
    assert "Synthesizing with debug information (CDK_DEBUG=true)." in result.stderr.splitlines()
    assert any(line.startswith("running the app: ") for line in _logged(result.stderr))


def test_a_failure_logs_where_it_failed_with_v_only(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no cdk.json, no --app: synth fails before running anything
    assert main(["synth"]) == 1
    quiet = capsys.readouterr().err
    assert main(["-v", "synth"]) == 1
    verbose = capsys.readouterr().err
    assert "Traceback" not in quiet and "the command failed" not in quiet
    assert "the command failed" in verbose and "Traceback (most recent call last)" in verbose


def test_levels_and_the_handlers_one_run_installs_are_removed():
    assert [level_for(v, False) for v in (0, 1, 2, 3)] == [logging.WARNING, logging.DEBUG, TRACE, TRACE]
    assert level_for(0, True) == logging.DEBUG
    pycdk_log, sdk_log = logging.getLogger("pycdk"), logging.getLogger("botocore")
    before = (list(pycdk_log.handlers), pycdk_log.level, list(sdk_log.handlers), sdk_log.level)
    setup = LogSetup(3, False)
    assert (pycdk_log.level, sdk_log.level) == (TRACE, logging.DEBUG)  # -vvv: the AWS SDK's logs too
    setup.close()
    assert (list(pycdk_log.handlers), pycdk_log.level, list(sdk_log.handlers), sdk_log.level) == before


def test_help_shows_the_options_on_pycdk_and_on_each_command(capsys):
    for args in (["--help"], ["synth", "--help"], ["doctor", "--help"]):
        with pytest.raises(SystemExit):
            main(args)
        text = capsys.readouterr().out
        assert "-v, --verbose" in text and "--debug" in text
