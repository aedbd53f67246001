"""Port of aws-cdk integ.compilations.ts: ``preCompilation`` of a TypeScript entry with decorators, with the nearest
``tsconfig.json`` and with a custom one (the handler sources are written to ``<CDK_OUTDIR>/project``;
STANDARD_NODEJS_RUNTIME is NODEJS_20_X). Neither library finds a TypeScript compiler here (aws-cdk-lib looks for an
executable called ``typescript``), so both bundle the compiled ``ts-decorator-handler.js`` next to the entry, as the
original test does with the one checked in beside it."""

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
    "tsconfig.json": '{\n  "compilerOptions": {\n    "target": "ES2020",\n    "module": "commonjs",\n'
                     '    "experimentalDecorators": true,\n    "lib": ["es2020"],\n    "strict": true\n  }\n}\n',
    "tsconfig-custom.json": '{\n  "extends": "./tsconfig.json",\n  "compilerOptions": {\n'
                            '    "emitDecoratorMetadata": true,\n    "noEmit": false\n  }\n}\n',
    "integ-handlers/ts-decorator-handler.ts": (
        "function enumerable(value: boolean) {\n"
        "  return function (_target: any, _key: string, descriptor: PropertyDescriptor) {\n"
        "    descriptor.enumerable = value;\n  };\n}\n\n"
        "class Greeter {\n  greeting: string;\n  constructor(message: string) {\n    this.greeting = message;\n  }\n\n"
        "  @enumerable(false)\n  greet() {\n    return 'Hello, ' + this.greeting;\n  }\n}\n\n"
        "export async function handler(): Promise<void> {\n  console.log(new Greeter('World').greet());\n}\n"
    ),
    "integ-handlers/ts-decorator-handler.js": (
        '"use strict";\n'
        "var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {\n"
        "    var c = arguments.length, r = c < 3 ? target : desc === null ? "
        "desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;\n"
        "    for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) "
        "r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;\n"
        "    return c > 3 && r && Object.defineProperty(target, key, r), r;\n};\n"
        'Object.defineProperty(exports, "__esModule", { value: true });\nexports.handler = void 0;\n'
        "function enumerable(value) {\n    return function (_target, _key, descriptor) {\n"
        "        descriptor.enumerable = value;\n    };\n}\n"
        "class Greeter {\n    constructor(message) {\n        this.greeting = message;\n    }\n"
        "    greet() {\n        return 'Hello, ' + this.greeting;\n    }\n}\n"
        '__decorate([\n    enumerable(false)\n], Greeter.prototype, "greet", null);\n'
        "async function handler() {\n    console.log(new Greeter('World').greet());\n}\nexports.handler = handler;\n"
    ),
}
for name, text in FILES.items():
    (PROJECT / name).parent.mkdir(parents=True, exist_ok=True)
    (PROJECT / name).write_text(text)

from aws_cdk import App, Stack
from aws_cdk import aws_lambda_nodejs as lambda_
from aws_cdk.aws_lambda import Runtime
from constructs import Construct

STANDARD_NODEJS_RUNTIME = Runtime.NODEJS_20_X
LOCK = str(PROJECT / "package-lock.json")
ENTRY = str(PROJECT / "integ-handlers" / "ts-decorator-handler.ts")


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        lambda_.NodejsFunction(
            self, "ts-decorator-handler", entry=ENTRY, deps_lock_file_path=LOCK, runtime=STANDARD_NODEJS_RUNTIME,
            bundling=lambda_.BundlingOptions(minify=True, source_map=True, source_map_mode=lambda_.SourceMapMode.BOTH,
                                             pre_compilation=True),
        )
        lambda_.NodejsFunction(
            self, "ts-decorator-handler-tsconfig", entry=ENTRY, deps_lock_file_path=LOCK,
            runtime=STANDARD_NODEJS_RUNTIME,
            bundling=lambda_.BundlingOptions(minify=True, source_map=True, source_map_mode=lambda_.SourceMapMode.BOTH,
                                             tsconfig=str(PROJECT / "tsconfig-custom.json"), pre_compilation=True),
        )


app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
TestStack(app, "cdk-integ-compilations-lambda-nodejs")
app.synth()
