"""Port of aws-cdk integ.esbuildArgs.ts: extra esbuild arguments (``--log-limit``, ``--out-extension``) and command
hooks that return no commands (the handler sources are written to ``<CDK_OUTDIR>/project``; STANDARD_NODEJS_RUNTIME is
NODEJS_20_X)."""

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
FILES = {
    "package-lock.json": '{\n  "name": "integ-handlers",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {}\n}\n',
    "util.js": "exports.add = (a, b) => a + b;\nexports.mult = (a, b) => a * b;\n",
    "ts-handler.ts": "import { mult } from './util';\n\nexport async function handler(): Promise<void> {\n"
                     "  console.log(mult(3, 4));\n}\n",
}
for name, text in FILES.items():
    (PROJECT / name).parent.mkdir(parents=True, exist_ok=True)
    (PROJECT / name).write_text(text)

import jsii
from aws_cdk import App, Stack
from aws_cdk import aws_lambda_nodejs as lambda_
from aws_cdk.aws_lambda import Runtime
from constructs import Construct

STANDARD_NODEJS_RUNTIME = Runtime.NODEJS_20_X
calls = {"before": 0, "after": 0}


@jsii.implements(lambda_.ICommandHooks)
class CountingHooks:
    def before_bundling(self, input_dir, output_dir):
        if calls["before"] > 1:
            raise RuntimeError("beforeBundling should be called at most twice (Docker command and local bundling)")
        calls["before"] += 1
        return []

    def after_bundling(self, input_dir, output_dir):
        if calls["after"] > 1:
            raise RuntimeError("afterBundling should be called at most twice (Docker command and local bundling)")
        calls["after"] += 1
        return []

    def before_install(self, input_dir, output_dir):
        return []


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        lambda_.NodejsFunction(
            self, "ts-handler", entry=str(PROJECT / "ts-handler.ts"),
            deps_lock_file_path=str(PROJECT / "package-lock.json"), runtime=STANDARD_NODEJS_RUNTIME,
            bundling=lambda_.BundlingOptions(
                minify=True, source_map=True, source_map_mode=lambda_.SourceMapMode.BOTH,
                esbuild_args={"--log-limit": "0", "--out-extension": ".js=.mjs"},
                command_hooks=CountingHooks(),
            ),
        )


app = App()
TestStack(app, "cdk-integ-lambda-nodejs-esbuildArgs")
app.synth()
