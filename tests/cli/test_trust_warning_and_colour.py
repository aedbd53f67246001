"""Synthesis through the CLI warns about untrusted target accounts; colour appears only on a terminal."""

from __future__ import annotations

import os
import pty
import subprocess

from _cli_support import PYCDK, clean_environment, write_app

PINNED = """
from constructs import App, Stack
from l1 import sqs

app = App()
sqs.CfnQueue(Stack(app, "Prod", env={"account": "222222222222", "region": "eu-west-1"}), "Q")
app.synth()
"""


def test_synth_warns_when_the_target_account_does_not_trust_the_deploying_account(tmp_path, pycdk):
    app = write_app(
        tmp_path / "app", PINNED,
        cdk_json='{"app": "python3 app.py", "context": {"trusted_accounts": {"222222222222": ["333333333333"]}}}',
    )
    result = pycdk("synth", "-q", cwd=app, env={"CDK_DEFAULT_ACCOUNT": "111111111111"})
    assert result.returncode == 0, result
    (warning,) = [line for line in result.stderr.splitlines() if line.startswith("[Warning")]
    assert warning.startswith(
        "[Warning at /Prod] Deployment will fail: account 222222222222 was bootstrapped without trusting the "
        "deploying account 111111111111 (trusted: 333333333333)."
    )
    assert "Policy contains a statement with one or more invalid principals" in warning
    assert "cdk bootstrap aws://222222222222/<region> --trust 111111111111" in warning


def test_no_warning_once_the_deploying_account_is_trusted(tmp_path, pycdk):
    app = write_app(
        tmp_path / "app", PINNED,
        cdk_json='{"app": "python3 app.py", "context": {"trusted_accounts": {"222222222222": ["111111111111"]}}}',
    )
    result = pycdk("synth", "-q", "-c", "deploy_account=111111111111", cwd=app)
    assert result.returncode == 0, result
    assert "[Warning" not in result.stderr


def test_errors_are_red_on_a_terminal(tmp_path):
    controller, terminal = pty.openpty()
    env = clean_environment()
    env["TERM"] = "xterm"
    try:
        completed = subprocess.run(
            [str(PYCDK), "synth"], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=terminal, timeout=60
        )
        os.close(terminal)
        terminal = -1
        printed = os.read(controller, 4096).decode()
    finally:
        if terminal != -1:
            os.close(terminal)
        os.close(controller)
    assert completed.returncode == 1
    assert printed.startswith("\x1b[31mpycdk: error: \x1b[0m--app is required")
