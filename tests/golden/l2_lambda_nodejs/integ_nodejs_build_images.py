"""Port of aws-cdk integ.nodejs.build.images.ts: the same entry bundled locally for Node.js 18, 20, 22 and NODEJS_LATEST
(duplicates by ``runtime_equals`` dropped), then each function's asset folder checked for ``index.js`` (the handler
and a small stand-in for its ``delay`` dependency are written to ``<CDK_OUTDIR>/project``)."""

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
from aws_cdk import aws_lambda_nodejs as lambda_node_js
from aws_cdk.aws_lambda import Runtime
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.lambda_functions = []
        runtimes = [Runtime.NODEJS_18_X, Runtime.NODEJS_20_X, Runtime.NODEJS_LATEST, Runtime.NODEJS_22_X]
        unique = [r for i, r in enumerate(runtimes) if next(j for j, o in enumerate(runtimes) if o.runtime_equals(r)) == i]
        for runtime in unique:
            self.lambda_functions.append(lambda_node_js.NodejsFunction(
                self, f"func-{runtime.name}", entry=str(PROJECT / "integ-handlers" / "dependencies.ts"),
                deps_lock_file_path=str(PROJECT / "package-lock.json"), runtime=runtime,
                bundling=lambda_node_js.BundlingOptions(minify=True, source_map=True,
                                                        source_map_mode=lambda_node_js.SourceMapMode.BOTH),
            ))


app = App()
stack = TestStack(app, "cdk-integ-lambda-nodejs-latest")
assembly = app.synth()
template = assembly.get_stack_artifact(stack.artifact_id).template
for func in stack.lambda_functions:
    resource = template["Resources"][stack.get_logical_id(func.node.default_child)]
    if resource["Type"] != "AWS::Lambda::Function":
        raise RuntimeError(f"Could not find Lambda function resource for {func.node.path}")
    asset_dir = Path(assembly.directory) / f"asset.{resource['Properties']['Code']['S3Key'].split('.')[0]}"
    if not (asset_dir / "index.js").is_file():
        raise RuntimeError(f"index.js not found in asset directory for function {func.node.path}")
