"""NodejsFunction options beyond the integ tests: esbuild flags (define, loader, banner/footer, keep names, main fields,
target, inline source maps without sources, log level, esbuild_args lists and flags), ESM with a dotted handler, the
SDK connection-reuse variable on and off, bundled or external SDKs, NODEJS_LATEST, a project root above the lock
file, and command hooks that see ``environment`` (the sources are written to ``<CDK_OUTDIR>/project``)."""

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
    "locks/package-lock.json": '{\n  "lockfileVersion": 3,\n  "packages": {}\n}\n',
    "src/message.txt": "Hello from a text file\n",
    "src/main.ts": (
        "// @ts-ignore\nimport message from './message.txt';\n\ndeclare const DEBUG: boolean;\n\n"
        "class Greeter {\n  greet(): string {\n    return message.trim();\n  }\n}\n\n"
        "export async function handler(): Promise<string> {\n  console.debug('debugging');\n"
        "  if (DEBUG) {\n    console.log(Greeter.name);\n  }\n  return new Greeter().greet();\n}\n\n"
        "export const main = handler;\n"
    ),
    "src/sdk.ts": "// @ts-ignore\nimport { S3 } from 'aws-sdk';\n// @ts-ignore\nimport left from 'left-out';\n\n"
                  "export async function handler() {\n  console.log(typeof S3, typeof left);\n}\n",
}
for name, text in FILES.items():
    (PROJECT / name).parent.mkdir(parents=True, exist_ok=True)
    (PROJECT / name).write_text(text)

import jsii
from aws_cdk import App, Stack
from aws_cdk import aws_lambda_nodejs as nodejs
from aws_cdk.aws_lambda import Architecture, Runtime

LOCK = str(PROJECT / "locks" / "package-lock.json")


@jsii.implements(nodejs.ICommandHooks)
class WriteGreeting:
    def before_bundling(self, input_dir, output_dir):
        return ["test -d src"]

    def before_install(self, input_dir, output_dir):
        return []

    def after_bundling(self, input_dir, output_dir):
        return [f"echo \"$GREETING\" > {output_dir}/greeting.txt"]


app = App()
stack = Stack(app, "NodejsBundlingOptions")
nodejs.NodejsFunction(
    stack, "EsbuildFlags", entry=str(PROJECT / "src" / "main.ts"), deps_lock_file_path=LOCK,
    project_root=str(PROJECT), runtime=Runtime.NODEJS_18_X,
    bundling=nodejs.BundlingOptions(
        define={"DEBUG": "false"}, loader={".txt": "text"}, banner="/* banner */", footer="/* footer */",
        keep_names=True, main_fields=["module", "main"], target="node18.12", source_map=True,
        source_map_mode=nodejs.SourceMapMode.INLINE, sources_content=False, log_level=nodejs.LogLevel.ERROR,
        esbuild_args={"--pure": ["console.debug"], "--legal-comments": "none", "--ignore-annotations": True,
                      "--tree-shaking": False},
        charset=nodejs.Charset.UTF8, minify=True,
    ),
)
nodejs.NodejsFunction(
    stack, "EsmDottedHandler", entry=str(PROJECT / "src" / "main.ts"), deps_lock_file_path=LOCK,
    project_root=str(PROJECT), runtime=Runtime.NODEJS_20_X, handler="index.main", architecture=Architecture.ARM_64,
    aws_sdk_connection_reuse=True, memory_size=256,
    bundling=nodejs.BundlingOptions(format=nodejs.OutputFormat.ESM, loader={".txt": "text"},
                                    define={"DEBUG": "true"}, external_modules=["left-out"]),
)
nodejs.NodejsFunction(
    stack, "SdkV2Bundled", entry=str(PROJECT / "src" / "sdk.ts"), deps_lock_file_path=LOCK,
    project_root=str(PROJECT), runtime=Runtime.NODEJS_16_X, aws_sdk_connection_reuse=False,
    bundling=nodejs.BundlingOptions(external_modules=["aws-sdk", "left-out"], source_map=True),
)
nodejs.NodejsFunction(
    stack, "SdkV3External", entry=str(PROJECT / "src" / "sdk.ts"), deps_lock_file_path=LOCK,
    project_root=str(PROJECT), runtime=Runtime.NODEJS_22_X, handler="handler",
    bundling=nodejs.BundlingOptions(external_modules=["aws-sdk", "left-out"], source_map_mode=nodejs.SourceMapMode.EXTERNAL),
)
nodejs.NodejsFunction(
    stack, "Latest", entry=str(PROJECT / "src" / "main.ts"), deps_lock_file_path=LOCK, project_root=str(PROJECT),
    runtime=Runtime.NODEJS_LATEST, environment={"STAGE": "golden"},
    bundling=nodejs.BundlingOptions(loader={".txt": "text"}, define={"DEBUG": "false"}, command_hooks=WriteGreeting(),
                                    environment={"GREETING": "hello from the hooks"}),
)
app.synth()
