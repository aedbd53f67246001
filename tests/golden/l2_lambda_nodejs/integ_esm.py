"""Port of aws-cdk integ.esm.ts: an ECMAScript-module bundle (``index.mjs``) on the default runtime (the handler source
is written to ``<CDK_OUTDIR>/project``)."""

import fcntl
import os
import subprocess
from pathlib import Path

ESBUILD = Path.cwd().resolve().parents[2] / ".venvs" / "esbuild-0.21.5"


def pinned_esbuild_on_path() -> None:
    """esbuild 0.21.5 (installed with npm into .venvs/ on first use) first on the PATH of both libraries."""
    ESBUILD.mkdir(parents=True, exist_ok=True)
    with open(ESBUILD.parent / ".esbuild.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (ESBUILD / "node_modules" / ".bin" / "esbuild").exists():
            subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(ESBUILD), "esbuild@0.21.5"],
                           check=True, capture_output=True)
    os.environ["PATH"] = f"{ESBUILD / 'node_modules' / '.bin'}{os.pathsep}{os.environ['PATH']}"


pinned_esbuild_on_path()
PROJECT = Path(os.environ["CDK_OUTDIR"]) / "project"
PROJECT.mkdir(parents=True, exist_ok=True)
(PROJECT / "package-lock.json").write_text('{\n  "lockfileVersion": 3,\n  "packages": {}\n}\n')
(PROJECT / "esm.ts").write_text("import * as crypto from 'crypto';\n\nexport async function handler() {\n"
                                "  console.log(crypto.createHash('sha512').update('cdk').digest('hex'));\n}\n")

from aws_cdk import App, Stack
from aws_cdk import aws_lambda_nodejs as lambda_
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        lambda_.NodejsFunction(self, "esm", entry=str(PROJECT / "esm.ts"),
                               deps_lock_file_path=str(PROJECT / "package-lock.json"),
                               bundling=lambda_.BundlingOptions(format=lambda_.OutputFormat.ESM))


app = App()
TestStack(app, "cdk-integ-lambda-nodejs-esm")
app.synth()
