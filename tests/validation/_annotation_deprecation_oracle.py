"""Writes ``annotation_deprecation_expected.json``: what aws-cdk-lib 2.275.0's ``Annotations.add_deprecation`` leaves
in the cloud assembly (the warning's text) and, with ``CDK_BLOCK_DEPRECATIONS=1``, the error it raises.

Run with the oracle venv: ``.venvs/oracle/bin/python tests/validation/_annotation_deprecation_oracle.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
APP = """
import json, os, sys
import aws_cdk as cdk
app = cdk.App(outdir=sys.argv[1])
st = cdk.Stack(app, "S")
try:
    cdk.Annotations.of(st).add_deprecation("foo.bar", "use baz")
    app.synth()
    print(json.dumps([m["data"] for m in json.load(open(os.path.join(sys.argv[1], "S.metadata.json")))["/S"]
                      if m["type"] == "aws:cdk:warning"]))
except Exception as e:
    print(json.dumps("ERROR " + str(e)))
"""


def main() -> None:
    out = {}
    for name, block in (("warn", None), ("block", "1")):
        env = {k: v for k, v in os.environ.items() if k != "CDK_BLOCK_DEPRECATIONS"}
        env.update(JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION="1", CDK_VALIDATION="false")
        if block:
            env["CDK_BLOCK_DEPRECATIONS"] = block
        with tempfile.TemporaryDirectory() as outdir:
            done = subprocess.run([sys.executable, "-c", APP, outdir], env=env, capture_output=True, text=True,
                                  cwd=outdir, check=False, timeout=300)
        if done.returncode:
            raise RuntimeError(done.stderr[-2000:])
        out[name] = json.loads(next(x for x in done.stdout.splitlines() if x.startswith(("[", '"'))))
    with open(os.path.join(HERE, "annotation_deprecation_expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
