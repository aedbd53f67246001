"""Port of aws-cdk integ.function-aws-sdk-connection-reuse.ts: integ.function.ts's first functions under the
``defaultAwsSdkConnectionReuseToFalse`` context key (which 2.275 does not read: the SDK v3 runtimes get no
``AWS_NODEJS_CONNECTION_REUSE_ENABLED``). The handler sources are written to ``<CDK_OUTDIR>/project``;
STANDARD_NODEJS_RUNTIME is NODEJS_20_X."""

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
    "js-handler.js": "exports.handler = async function () {\n  console.log('hello from js');\n};\n",
    "ts-web-handler.ts": "import { Server } from 'http';\nimport { mult } from './util';\n\n"
                         "const server = new Server((_req, res) => {\n"
                         "  res.writeHead(200, { 'Content-Type': 'text/plain' });\n  res.end(`${mult(3, 4)}`);\n});\n\n"
                         "server.listen(parseInt(process.env.PORT || '3001', 10));\n",
    "ts-web-run.sh": "#!/bin/bash\n\nnode index.js\n",
}
for name, text in FILES.items():
    (PROJECT / name).parent.mkdir(parents=True, exist_ok=True)
    (PROJECT / name).write_text(text)

import jsii
from aws_cdk import App, Aws, Stack
from aws_cdk import aws_lambda_nodejs as lambda_
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_lambda import LayerVersion, Runtime
from constructs import Construct

STANDARD_NODEJS_RUNTIME = Runtime.NODEJS_20_X
LOCK = str(PROJECT / "package-lock.json")


@jsii.implements(lambda_.ICommandHooks)
class CopyRunScript:
    def before_bundling(self, input_dir, output_dir):
        return []

    def before_install(self, input_dir, output_dir):
        return []

    def after_bundling(self, input_dir, output_dir):
        return [f"cp {PROJECT / 'ts-web-run.sh'} {output_dir}"]


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        lambda_.NodejsFunction(self, "ts-handler", entry=str(PROJECT / "ts-handler.ts"), deps_lock_file_path=LOCK,
                               runtime=STANDARD_NODEJS_RUNTIME,
                               bundling=lambda_.BundlingOptions(minify=True, source_map=True,
                                                                source_map_mode=lambda_.SourceMapMode.BOTH))
        lambda_.NodejsFunction(self, "ts-handler-log-level", entry=str(PROJECT / "ts-handler.ts"),
                               deps_lock_file_path=LOCK, runtime=STANDARD_NODEJS_RUNTIME,
                               bundling=lambda_.BundlingOptions(minify=True, source_map=True,
                                                                source_map_mode=lambda_.SourceMapMode.BOTH,
                                                                log_level=lambda_.LogLevel.VERBOSE))
        lambda_.NodejsFunction(self, "js-handler", entry=str(PROJECT / "js-handler.js"), deps_lock_file_path=LOCK,
                               runtime=STANDARD_NODEJS_RUNTIME)
        lambda_.NodejsFunction(self, "ts-handler-vpc", entry=str(PROJECT / "ts-handler.ts"), deps_lock_file_path=LOCK,
                               runtime=STANDARD_NODEJS_RUNTIME, vpc=Vpc(self, "Vpc", restrict_default_security_group=False))
        lambda_.NodejsFunction(self, "ts-handler-custom-handler-no-dots", entry=str(PROJECT / "ts-handler.ts"),
                               deps_lock_file_path=LOCK, runtime=STANDARD_NODEJS_RUNTIME,
                               bundling=lambda_.BundlingOptions(minify=True, source_map=True,
                                                                source_map_mode=lambda_.SourceMapMode.BOTH),
                               handler="handler")
        lambda_.NodejsFunction(
            self, "ts-handler-custom-handler-dots", entry=str(PROJECT / "ts-web-handler.ts"), deps_lock_file_path=LOCK,
            runtime=STANDARD_NODEJS_RUNTIME,
            bundling=lambda_.BundlingOptions(minify=True, source_map=True, source_map_mode=lambda_.SourceMapMode.BOTH,
                                             command_hooks=CopyRunScript()),
            handler="ts-web.run.sh",
            layers=[LayerVersion.from_layer_version_arn(
                self, "lambda-adapter-layer", f"arn:aws:lambda:{Aws.REGION}:753240598075:layer:LambdaAdapterLayerX86:13")],
        )

app = App(post_cli_context={"@aws-cdk/aws-lambda-nodejs:defaultAwsSdkConnectionReuseToFalse": False})
TestStack(app, "cdk-integ-lambda-nodejs-aws-sdk-connection-reuse-stack")
app.synth()
