"""Docker bundling (``force_docker_bundling``, or no local esbuild): the image build arguments and the whole ``docker
run`` command line, with pnpm, npm and bun lock files, node modules installed in the container, preCompilation with
tsc, command hooks, user, environment, entrypoint and a custom image. A stand-in ``docker`` (``CDK_DOCKER``, set
before aws-cdk-lib starts) writes the arguments it was given into the bundle (host paths and the image tag masked),
so each asset hash pins the command line byte for byte (the sources are written to ``<CDK_OUTDIR>/project``)."""

import os
import stat
import tempfile
from pathlib import Path

FAKE = Path(tempfile.mkdtemp(prefix="fake-docker-"))
(FAKE / "docker").write_text(r"""#!/bin/bash
state="$(dirname "$0")/build-args"
case "$1" in
  image) exit 1 ;;  # no image exists: each one is built
  build)
    shift
    : > "$state"
    while [ $# -gt 0 ]; do
      case "$1" in
        --build-arg|--platform|--network) echo "$1 $2" >> "$state"; shift 2 ;;
        *) shift ;;
      esac
    done ;;
  run)
    out=""
    for arg in "$@"; do
      case "$arg" in *:/asset-output:*) out="${arg%%:/asset-output:*}" ;; esac
    done
    { [ -f "$state" ] && cat "$state"; for arg in "$@"; do
        case "$arg" in
          *:/asset-input:*) echo "<project>:/asset-input:${arg##*:/asset-input:}" ;;
          *:/asset-output:*) echo "<bundle>:/asset-output:${arg##*:/asset-output:}" ;;
          cdk-*) echo "<image>" ;;
          *) echo "$arg" ;;
        esac
      done; } > "$out/docker-args.txt"
    rm -f "$state" ;;
esac
exit 0
""")
(FAKE / "docker").chmod(0o755)
os.environ["CDK_DOCKER"] = str(FAKE / "docker")

PROJECT = Path(os.environ["CDK_OUTDIR"]) / "project"
FILES = {
    "pnpm/pnpm-lock.yaml": "lockfileVersion: '6.0'\n",
    "pnpm/package.json": '{\n  "name": "pnpm-project",\n  "dependencies": {\n    "delay": "5.0.0",\n    "uuid": "^9.0.0"\n  }\n}\n',
    "pnpm/tsconfig.json": '{\n  "compilerOptions": {\n    "target": "ES2020",\n    "strict": true,\n'
                          '    "lib": ["es2020", "dom"],\n    "noEmit": true,\n    "experimentalDecorators": false\n  }\n}\n',
    "pnpm/src/handler.ts": "// @ts-ignore\nimport delay from 'delay';\n\nexport async function handler() {\n"
                           "  await delay(5);\n}\n",
    "npm/package-lock.json": '{\n  "lockfileVersion": 3,\n  "packages": {}\n}\n',
    "npm/package.json": '{\n  "name": "npm-project",\n  "devDependencies": {\n    "delay": "~5.0.0"\n  }\n}\n',
    "npm/handler.mjs": "import delay from 'delay';\n\nexport const handler = async () => delay(1);\n",
    "bun/bun.lock": "{}\n",
    "bun/package.json": '{\n  "name": "bun-project",\n  "peerDependencies": {\n    "delay": "5"\n  }\n}\n',
    "bun/handler.js": "const delay = require('delay');\n\nexports.handler = async () => delay(1);\n",
}
for name, text in FILES.items():
    (PROJECT / name).parent.mkdir(parents=True, exist_ok=True)
    (PROJECT / name).write_text(text)

import jsii
from aws_cdk import App, DockerImage, Stack
from aws_cdk import aws_lambda_nodejs as nodejs
from aws_cdk.aws_lambda import Architecture, Runtime


@jsii.implements(nodejs.ICommandHooks)
class Hooks:
    def before_bundling(self, input_dir, output_dir):
        return [f"echo before {input_dir} {output_dir}"]

    def before_install(self, input_dir, output_dir):
        return [f"echo install {output_dir}"]

    def after_bundling(self, input_dir, output_dir):
        return [f"ls {output_dir}", "echo done"]


app = App()
stack = Stack(app, "NodejsDockerBundling")
nodejs.NodejsFunction(
    stack, "Pnpm", entry=str(PROJECT / "pnpm" / "src" / "handler.ts"),
    deps_lock_file_path=str(PROJECT / "pnpm" / "pnpm-lock.yaml"), runtime=Runtime.NODEJS_20_X,
    bundling=nodejs.BundlingOptions(
        force_docker_bundling=True, node_modules=["delay", "uuid"], pre_compilation=True, command_hooks=Hooks(),
        minify=True, source_map=True, log_level=nodejs.LogLevel.ERROR, user="nobody", environment={"STAGE": "prod"},
        build_args={"HTTPS_PROXY": "http://proxy:3128"}, esbuild_version="0.21.5", network="host",
        security_opt="no-new-privileges",
    ),
)
nodejs.NodejsFunction(
    stack, "Npm", entry=str(PROJECT / "npm" / "handler.mjs"), deps_lock_file_path=str(PROJECT / "npm" / "package-lock.json"),
    runtime=Runtime.NODEJS_22_X, architecture=Architecture.ARM_64,
    bundling=nodejs.BundlingOptions(
        force_docker_bundling=True, node_modules=["delay"], format=nodejs.OutputFormat.ESM,
        log_level=nodejs.LogLevel.INFO, banner="// hi", working_directory="/asset-input",
        tsconfig=str(PROJECT / "npm" / "package.json"),
    ),
)
nodejs.NodejsFunction(
    stack, "Bun", entry=str(PROJECT / "bun" / "handler.js"), deps_lock_file_path=str(PROJECT / "bun" / "bun.lock"),
    runtime=Runtime.NODEJS_18_X,
    bundling=nodejs.BundlingOptions(force_docker_bundling=True, node_modules=["delay"], log_level=nodejs.LogLevel.SILENT,
                                    external_modules=["aws-sdk"]),
)
nodejs.NodejsFunction(
    stack, "CustomImage", entry=str(PROJECT / "bun" / "handler.js"), deps_lock_file_path=str(PROJECT / "bun" / "bun.lock"),
    runtime=Runtime.NODEJS_20_X,
    bundling=nodejs.BundlingOptions(
        force_docker_bundling=True, docker_image=DockerImage.from_registry("my-registry/esbuild:latest"),
        entrypoint=["/bin/sh", "-c"], command=["esbuild --version > /asset-output/version.txt"],
    ),
)
app.synth()
