"""Record what aws-cdk-lib does with the files of an output directory (run with the oracle venv).

    .venvs/oracle/bin/python tests/reliability/oracle/record_outdir.py

Writes ``outdir_behaviour.json`` next to this file: for each scenario, the files found in the output directory
after aws-cdk-lib's synth (relative paths, sorted) and the error text if the synth failed.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

USER_FILES = {"notes.txt": "my notes\n", ".git/HEAD": "ref: refs/heads/main\n", "src/app.py": "print(1)\n",
              "Old.template.json": "{}\n"}


def _synth(outdir: Path, stacks: list[str]) -> None:
    app = cdk.App(outdir=str(outdir))
    for name in stacks:
        sqs.CfnQueue(cdk.Stack(app, name), "Q")
    app.synth()


def _listing(outdir: Path) -> list[str]:
    return sorted(str(p.relative_to(outdir)) for p in outdir.rglob("*") if p.is_file())


def main() -> None:
    found: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        # user files in the output directory, then a synth
        out = root / "with-user-files"
        for rel, text in USER_FILES.items():
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / rel).write_text(text)
        _synth(out, ["Alpha"])
        found["user-files"] = {"files": _listing(out),
                               "user_files_unchanged": all((out / r).read_text() == t for r, t in USER_FILES.items())}
        # a previous assembly with two stacks, then one with a single stack
        out = root / "previous"
        _synth(out, ["Alpha", "Beta"])
        _synth(out, ["Alpha"])
        found["stale-stack"] = {"files": _listing(out)}
        # a user file named like an assembly file
        out = root / "clash"
        out.mkdir()
        (out / "Alpha.template.json").write_text("the user's own\n")
        _synth(out, ["Alpha"])
        found["clash"] = {"overwritten": (out / "Alpha.template.json").read_text() != "the user's own\n"}
        # the working directory as output directory
        cwd = root / "project"
        cwd.mkdir()
        (cwd / "app.py").write_text("x = 1\n")
        os.chdir(cwd)
        _synth(Path(os.getcwd()), ["Alpha"])  # absolute: jsii's kernel resolves "." in its own directory
        found["working-directory"] = {"files": _listing(cwd)}
    target = Path(__file__).with_name("outdir_behaviour.json")
    target.write_text(json.dumps(found, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
