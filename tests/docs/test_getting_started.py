"""docs/getting-started.md stays true: its ``pycdk`` commands parse, and its diff is what pycdk prints.

The walkthrough itself (init with pip, deploy against moto) was run by hand; ``tests/cli`` and ``tests/deploy``
cover each command's behaviour. Here: every ``pycdk ...`` line of the page's ``sh`` blocks is accepted by the
parser (the command and its options exist), and step 4's change, made to the stack ``pycdk init`` writes, gives
exactly the diff the page shows.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

from pycdk.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "getting-started.md"
PYCDK = Path(sys.executable).parent / "pycdk"

APP = '''
from constructs import App, Stack
from l1 import sqs


class HelloStack(Stack):
    def __init__(self, scope, construct_id, **kwargs):
        super().__init__(scope, construct_id, **kwargs)
        {queue}


app = App()
HelloStack(app, "HelloStack")
app.synth()
'''


def _blocks(language: str) -> list[str]:
    """The fenced blocks of the page whose info string is ``language`` ("" for plain fences)."""
    found, current, open_language = [], [], None
    for line in PAGE.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            if open_language is None:
                open_language, current = line[3:].strip(), []
            else:
                if open_language == language:
                    found.append("\n".join(current) + "\n")
                open_language = None
        elif open_language is not None:
            current.append(line)
    return found


def test_every_pycdk_command_of_the_page_parses():
    commands = [line.split(" #")[0].strip() for block in _blocks("sh") for line in block.splitlines()
                if line.startswith("pycdk ")]
    assert len(commands) >= 7
    parser = build_parser()
    for command in commands:
        args = parser.parse_args(shlex.split(command)[1:])
        assert getattr(args, "run", None), command


def test_the_diff_of_step_4_is_what_pycdk_prints(tmp_path):
    (change,) = [b.strip() for b in _blocks("python") if "queue_name" in b]
    (expected,) = [b for b in _blocks("") if b.startswith("Stack HelloStack")]
    before = 'sqs.CfnQueue(self, "Queue", visibility_timeout=300)'  # what pycdk init writes
    (tmp_path / "app.py").write_text(APP.format(queue=before))
    (tmp_path / "cdk.json").write_text('{"app": "python3 app.py"}')
    run = {"cwd": tmp_path, "capture_output": True, "text": True, "timeout": 120}
    assert subprocess.run([str(PYCDK), "synth", "-q"], **run).returncode == 0
    (tmp_path / "app.py").write_text(APP.format(queue=change))
    result = subprocess.run([str(PYCDK), "diff", "--assembly", "cdk.out"], **run)
    assert result.returncode == 0, result.stderr
    printed = result.stdout + result.stderr.strip().splitlines()[-1] + "\n"
    assert printed == expected
