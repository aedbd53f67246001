"""Port of aws-cdk integ.modules.ts: ``.mts``, ``.cts`` and ``.cjs`` entries, one stack each, on the default runtime
(the handler sources are written to ``<CDK_OUTDIR>/project``)."""

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
LOG = "  console.log(crypto.createHash('sha512').update('cdk').digest('hex'));\n"
(PROJECT / "mts-handler.mts").write_text(
    f"import * as crypto from 'crypto';\n\nexport async function handler(): Promise<void> {{\n{LOG}}}\n")
(PROJECT / "cts-handler.cts").write_text(
    f"const crypto = require('crypto');\n\nasync function handler(): Promise<void> {{\n{LOG}}}\n"
    "module.exports = { handler }\n")
(PROJECT / "cjs-handler.cjs").write_text(
    f"const crypto = require('crypto');\n\nasync function handler() {{\n{LOG}}}\nmodule.exports = {{ handler }}\n")

from aws_cdk import App, Stack
from aws_cdk import aws_lambda_nodejs as lambda_
from constructs import Construct

LOCK = str(PROJECT / "package-lock.json")


class TypeScriptModuleStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.lambda_function = lambda_.NodejsFunction(self, "mts-entry", entry=str(PROJECT / "mts-handler.mts"),
                                                      deps_lock_file_path=LOCK)


class TypeScriptCommonJsStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.lambda_function = lambda_.NodejsFunction(self, "cts-entry", entry=str(PROJECT / "cts-handler.cts"),
                                                      deps_lock_file_path=LOCK)


class JavaScriptCommonJsStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.lambda_function = lambda_.NodejsFunction(self, "cjs-entry", entry=str(PROJECT / "cjs-handler.cjs"),
                                                      deps_lock_file_path=LOCK)


app = App()
TypeScriptModuleStack(app, "cdk-integ-lambda-nodejs-modules-mts")
TypeScriptCommonJsStack(app, "cdk-integ-lambda-nodejs-modules-cts")
JavaScriptCommonJsStack(app, "cdk-integ-lambda-nodejs-modules-cjs")
app.synth()
