"""Port of aws-cdk integ.function-exclude-smithy-models.ts: with ``sdkV3ExcludeSmithyPackages`` the Node.js 18 bundle
leaves out ``@aws-sdk/*`` and ``@smithy/*`` (the handler and a small stand-in for its ``delay`` dependency are
written to ``<CDK_OUTDIR>/project``)."""

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
    "package-lock.json": '{\n  "lockfileVersion": 3,\n  "packages": {}\n}\n',
    "package.json": '{\n  "name": "integ-handlers",\n  "dependencies": {\n    "delay": "5.0.0"\n  }\n}\n',
    "node_modules/delay/package.json": '{\n  "name": "delay",\n  "version": "5.0.0",\n  "main": "index.js"\n}\n',
    "node_modules/delay/index.js": "module.exports = (ms) => new Promise((resolve) => setTimeout(resolve, ms));\n",
    "integ-handlers/dependencies.ts": "// @ts-ignore\nimport delay from 'delay';\n\nexport async function handler() {\n"
                                      "  await delay(5);\n  console.log('log after delay');\n}\n",
}
for name, text in FILES.items():
    (PROJECT / name).parent.mkdir(parents=True, exist_ok=True)
    (PROJECT / name).write_text(text)

from aws_cdk import App, Stack
from aws_cdk import aws_lambda_nodejs as lambda_
from aws_cdk.aws_lambda import Runtime
from constructs import Construct

LAMBDA_NODEJS_SDK_V3_EXCLUDE_SMITHY_PACKAGES = "@aws-cdk/aws-lambda-nodejs:sdkV3ExcludeSmithyPackages"


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.lambda_function = lambda_.NodejsFunction(
            self, "NodeJsFunction", entry=str(PROJECT / "integ-handlers" / "dependencies.ts"),
            deps_lock_file_path=str(PROJECT / "package-lock.json"), runtime=Runtime.NODEJS_18_X,
        )


app = App(post_cli_context={LAMBDA_NODEJS_SDK_V3_EXCLUDE_SMITHY_PACKAGES: True})
TestStack(app, "cdk-integ-lambda-nodejs-18-exclude-smithy")
app.synth()
