"""``NodejsFunction``: entry and lock-file resolution, validation errors, esbuild detection and the bundling steps.

Error messages and commands are aws-cdk-lib 2.275's (``aws-lambda-nodejs/lib/function.ts``, ``bundling.ts``,
``package-manager.ts``); the bundles themselves are compared with aws-cdk-lib's in ``tests/golden/l2_lambda_nodejs``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from assertions import Annotations, Match
from constructs import App, DockerImage, Stack, ValidationError
from l2.lambda_ import Code, Runtime
from l2.lambda_nodejs import (
    BundlingOptions,
    ICommandHooks,
    LogLevel,
    NodejsFunction,
    OutputFormat,
    SourceMapMode,
)

Synth = Callable[[Stack], dict[str, Any]]


def _function(template: dict[str, Any]) -> dict[str, Any]:
    [fn] = [r["Properties"] for r in template["Resources"].values() if r["Type"] == "AWS::Lambda::Function"]
    return fn


def app_dir(stack: Stack) -> str:
    """The output directory of the stack's app."""
    app = stack.node.root
    assert isinstance(app, App)
    return app.outdir


def _executable(folder: Path, name: str, script: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/bash\n" + script)
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


# -- validation ------------------------------------------------------------------------------------------------------


def test_fails_for_a_runtime_that_is_not_nodejs(stack: Stack, project: Path) -> None:
    with pytest.raises(ValidationError, match=r"Only `NODEJS` runtimes are supported\.\n    at path \[S\]"):
        NodejsFunction(stack, "Fn", entry=str(project / "src" / "handler.ts"), runtime=Runtime.PYTHON_3_12)


def test_fails_when_code_is_given_without_a_handler(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Cannot determine handler when `code` property is specified"):
        NodejsFunction(stack, "Fn", code=Code.from_inline("exports.handler = 1"))


@pytest.mark.parametrize(("entry", "message"), [
    ("handler.py", "Only JavaScript or TypeScript entry files are supported."),
    ("missing.ts", "Cannot find entry file at "),
])
def test_fails_for_an_entry_that_cannot_be_bundled(stack: Stack, project: Path, entry: str, message: str) -> None:
    (project / "handler.py").write_text("")
    with pytest.raises(ValidationError, match=message):
        NodejsFunction(stack, "Fn", entry=str(project / entry), deps_lock_file_path=str(project / "package-lock.json"))


def test_fails_for_a_lock_file_that_does_not_exist_or_is_a_folder(stack: Stack, project: Path) -> None:
    entry = str(project / "src" / "handler.ts")
    with pytest.raises(ValidationError, match=r"Lock file at .*/nope\.json doesn't exist"):
        NodejsFunction(stack, "Missing", entry=entry, deps_lock_file_path=str(project / "nope.json"))
    with pytest.raises(ValidationError, match="`depsLockFilePath` should point to a file"):
        NodejsFunction(stack, "Folder", entry=entry, deps_lock_file_path=str(project / "src"))


def test_fails_without_a_lock_file_above_the_working_directory(
    stack: Stack, project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    with pytest.raises(ValidationError, match=r"Cannot find a package lock file \(`pnpm-lock.yaml`, `yarn.lock`"):
        NodejsFunction(stack, "Fn", entry=str(project / "src" / "handler.ts"))


def test_fails_for_several_lock_files_in_the_same_folder(
    stack: Stack, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "yarn.lock").write_text("")
    monkeypatch.chdir(project / "src")
    with pytest.raises(ValidationError, match=r"Multiple package lock files found: .*/yarn\.lock, .*/package-lock\.json\."):
        NodejsFunction(stack, "Fn", entry=str(project / "src" / "handler.ts"))


def test_fails_for_an_entry_or_lock_file_outside_the_project_root(stack: Stack, project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.ts"
    outside.write_text("export const handler = 1;\n")
    lock = str(project / "package-lock.json")
    with pytest.raises(ValidationError, match=r"entryPath \(.*/outside\.ts\) should be under projectRoot"):
        NodejsFunction(stack, "Entry", entry=str(outside), deps_lock_file_path=lock)
    with pytest.raises(ValidationError, match=r"depsLockFilePath \(.*/package-lock\.json\) should be under projectRoot"):
        NodejsFunction(stack, "Lock", entry=str(project / "src" / "handler.ts"), deps_lock_file_path=lock,
                       project_root=str(project / "src"))


@pytest.mark.parametrize(("entry", "runtime", "options", "message"), [
    ("util.js", Runtime.NODEJS_20_X, BundlingOptions(pre_compilation=True),
     "preCompilation can only be used with typescript files"),
    ("handler.ts", Runtime.NODEJS_12_X, BundlingOptions(format=OutputFormat.ESM),
     "ECMAScript module output format is not supported by the nodejs12.x runtime"),
    ("handler.ts", Runtime.NODEJS_20_X, BundlingOptions(source_map=False, source_map_mode=SourceMapMode.INLINE),
     "sourceMapMode cannot be used when sourceMap is false"),
])
def test_fails_for_bundling_options_that_do_not_fit(
    stack: Stack, project: Path, esbuild_on_path: Path, entry: str, runtime: Runtime, options: BundlingOptions,
    message: str,
) -> None:
    (project / "src" / "util.js").write_text("exports.x = 1;\n")
    with pytest.raises(ValidationError, match=message):
        NodejsFunction(stack, "Fn", entry=str(project / "src" / entry), runtime=runtime, bundling=options,
                       deps_lock_file_path=str(project / "package-lock.json"))


def test_bundling_options_and_hooks_are_type_checked(stack: Stack, project: Path) -> None:
    with pytest.raises(TypeError, match="minify"):
        BundlingOptions(minify="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="command_hooks"):
        BundlingOptions(command_hooks=["echo"])  # type: ignore[arg-type]


# -- code given ------------------------------------------------------------------------------------------------------


def test_code_and_handler_are_used_as_given_and_the_sdk_v2_runtime_reuses_connections(stack: Stack, synth: Synth) -> None:
    NodejsFunction(stack, "Fn", code=Code.from_inline("exports.main = async () => 1;"), handler="index.main")
    fn = _function(synth(stack))
    assert fn["Handler"] == "index.main"
    assert fn["Runtime"] == "nodejs16.x"  # no useLatestRuntimeVersion flag in a bare App
    assert fn["Environment"] == {"Variables": {"AWS_NODEJS_CONNECTION_REUSE_ENABLED": "1"}}


def test_the_latest_runtime_flag_gives_nodejs_latest_and_no_connection_reuse(tmp_path: Path, synth: Synth) -> None:
    app = App(outdir=str(tmp_path / "out"), context={"@aws-cdk/aws-lambda-nodejs:useLatestRuntimeVersion": True})
    stack = Stack(app, "S")
    NodejsFunction(stack, "Fn", code=Code.from_inline("exports.handler = 1;"), handler="index.handler")
    fn = _function(synth(stack))
    assert fn["Runtime"] == Runtime.NODEJS_LATEST.name
    assert "Environment" not in fn


def test_connection_reuse_asked_for_on_sdk_v3_warns_and_sets_the_variable(stack: Stack, synth: Synth) -> None:
    NodejsFunction(stack, "Fn", code=Code.from_inline("exports.handler = 1;"), handler="index.handler",
                   runtime=Runtime.NODEJS_20_X, aws_sdk_connection_reuse=True)
    assert _function(synth(stack))["Environment"] == {"Variables": {"AWS_NODEJS_CONNECTION_REUSE_ENABLED": "1"}}
    Annotations.from_stack(stack).has_warning(
        "/S", Match.string_like_regexp("AWS_NODEJS_CONNECTION_REUSE_ENABLED environment variable does not exist"))


# -- entry and lock file resolution (bundled) -------------------------------------------------------------------------


def test_the_default_entry_is_named_after_the_defining_file_and_the_id(
    stack: Stack, project: Path, esbuild_on_path: Path, synth: Synth
) -> None:
    defining = project / "infra.py"
    defining.write_text(
        "from l2.lambda_nodejs import NodejsFunction\n\n\n"
        "def make(scope, id, lock):\n    return NodejsFunction(scope, id, deps_lock_file_path=lock)\n"
    )
    (project / "infra.Api.ts").write_text((project / "src" / "handler.ts").read_text().replace("./util", "./src/util"))
    (project / "infra.Worker.cjs").write_text("exports.handler = async () => 'worker';\n")
    spec = importlib.util.spec_from_file_location("infra_for_nodejs_test", defining)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lock = str(project / "package-lock.json")
    module.make(stack, "Api", lock)
    module.make(stack, "Worker", lock)
    with pytest.raises(ValidationError, match=(
        r"Cannot find handler file .*/infra\.Missing\.ts, .*/infra\.Missing\.js, .*/infra\.Missing\.mjs, "
        r".*/infra\.Missing\.mts, .*/infra\.Missing\.cts or .*/infra\.Missing\.cjs"
    )):
        module.make(stack, "Missing", lock)
    functions = [r["Properties"] for r in synth(stack)["Resources"].values() if r["Type"] == "AWS::Lambda::Function"]
    assert [f["Handler"] for f in functions] == ["index.handler", "index.handler"]
    assert len({f["Code"]["S3Key"] for f in functions}) == 2


def test_the_lock_file_is_found_from_the_working_directory_and_names_the_project_root(
    tmp_path: Path, project: Path, esbuild_on_path: Path, monkeypatch: pytest.MonkeyPatch, synth: Synth
) -> None:
    """The same entry bundled with the lock file found (from ``src/`` up) and given: the same project root, so the
    same bundle."""
    monkeypatch.chdir(project / "src")
    found = Stack(App(outdir=str(tmp_path / "a")), "S")
    NodejsFunction(found, "Fn", entry="handler.ts")
    given = Stack(App(outdir=str(tmp_path / "b")), "S")
    NodejsFunction(given, "Fn", entry=str(project / "src" / "handler.ts"),
                   deps_lock_file_path=str(project / "package-lock.json"))
    assert _function(synth(found))["Code"] == _function(synth(given))["Code"]


# -- esbuild detection --------------------------------------------------------------------------------------------------


def test_esbuild_installed_in_the_project_runs_through_the_package_manager_with_the_same_bundle(
    tmp_path: Path, project: Path, esbuild_on_path: Path, monkeypatch: pytest.MonkeyPatch, synth: Synth
) -> None:
    from _nodejs_esbuild import esbuild_package_dir

    lock = str(project / "package-lock.json")
    on_path = Stack(App(outdir=str(tmp_path / "a")), "S")
    NodejsFunction(on_path, "Fn", entry=str(project / "src" / "handler.ts"), deps_lock_file_path=lock,
                   runtime=Runtime.NODEJS_20_X)
    expected = _function(synth(on_path))["Code"]

    # esbuild only in the project's node_modules (npx --no-install finds it there); the PATH keeps node and npx
    (project / "node_modules" / ".bin").mkdir(parents=True)
    (project / "node_modules" / "esbuild").symlink_to(esbuild_package_dir())
    (project / "node_modules" / ".bin" / "esbuild").symlink_to(esbuild_on_path / "esbuild")
    monkeypatch.setenv("PATH", os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep) if p != str(esbuild_on_path)))
    from l2.lambda_nodejs._bundling import _Installations

    _Installations.found.clear()
    in_project = Stack(App(outdir=str(tmp_path / "b")), "S")
    NodejsFunction(in_project, "Fn", entry=str(project / "src" / "handler.ts"), deps_lock_file_path=lock,
                   runtime=Runtime.NODEJS_20_X)
    assert _Installations.found[("esbuild", str(project))] == (True, "0.21.5")
    assert _function(synth(in_project))["Code"] == expected


def test_fails_for_an_esbuild_that_is_not_version_0(
    stack: Stack, project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = _executable(tmp_path / "bin", "esbuild", "echo 1.2.3\n")
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(ValidationError, match=r"Expected esbuild version 0\.x but got 1\.2\.3"):
        NodejsFunction(stack, "Fn", entry=str(project / "src" / "handler.ts"),
                       deps_lock_file_path=str(project / "package-lock.json"))


# -- Docker bundling ------------------------------------------------------------------------------------------------------


def _fake_docker(tmp_path: Path) -> tuple[Path, Path]:
    """A ``docker`` that logs its arguments, has no image, and for ``run`` writes ``index.js`` into the ``/asset-output``
    mount."""
    log = tmp_path / "docker.log"
    docker = _executable(tmp_path / "docker-bin", "docker", f"""
printf '%s\\n' "$*" >> {log}
if [ "$1" = image ]; then exit 1; fi  # no image is built yet
if [ "$1" = run ]; then
  for arg in "$@"; do
    case "$arg" in *:/asset-output:*) out="${{arg%%:/asset-output:*}}";; esac
  done
  echo 'exports.handler = 1;' > "$out/index.js"
fi
exit 0
""")
    return docker, log


def test_without_esbuild_the_bundling_image_is_built_for_the_runtime_and_runs_the_bundling_command(
    stack: Stack, project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str],
    synth: Synth,
) -> None:
    docker, log = _fake_docker(tmp_path)
    monkeypatch.setenv("CDK_DOCKER", str(docker))
    monkeypatch.setenv("PATH", "/usr/bin:/bin")  # bash, no esbuild
    if any(Path(d, "esbuild").exists() for d in ("/usr/bin", "/bin")):
        pytest.fail("an esbuild in /usr/bin or /bin hides Docker bundling")
    NodejsFunction(stack, "Fn", entry=str(project / "src" / "handler.ts"), runtime=Runtime.NODEJS_20_X,
                   deps_lock_file_path=str(project / "package-lock.json"),
                   bundling=BundlingOptions(minify=True, user="nobody", environment={"A": "1"},
                                            external_modules=["x"], esbuild_version="0.21.5"))
    assert "esbuild cannot run locally. Switching to Docker bundling." in capfd.readouterr().err
    calls = log.read_text().splitlines()
    [build] = [c for c in calls if c.startswith("build ")]
    assert "--build-arg IMAGE=public.ecr.aws/sam/build-nodejs20.x" in build
    assert "--build-arg ESBUILD_VERSION=0.21.5" in build
    assert "--platform linux/amd64" in build
    [run] = [c for c in calls if c.startswith("run ")]
    assert " -u nobody " in run and " --env A=1 " in run and " -w / " in run
    assert run.endswith(
        "bash -c 'esbuild' '--bundle' '/asset-input/src/handler.ts' '--target=node20' '--platform=node' "
        "'--outfile=/asset-output/index.js' '--minify' '--external:x'"
    )
    assert _function(synth(stack))["Code"]["S3Key"].endswith(".zip")


def test_forced_docker_bundling_uses_the_image_given(
    stack: Stack, project: Path, tmp_path: Path, esbuild_on_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docker, log = _fake_docker(tmp_path)
    monkeypatch.setenv("CDK_DOCKER", str(docker))
    NodejsFunction(stack, "Fn", entry=str(project / "src" / "handler.ts"), runtime=Runtime.NODEJS_20_X,
                   deps_lock_file_path=str(project / "package-lock.json"),
                   bundling=BundlingOptions(force_docker_bundling=True, docker_image=DockerImage.from_registry("mine"),
                                            command=["sh", "-c", "custom"]))
    calls = log.read_text().splitlines()
    assert not [c for c in calls if c.startswith("build ")]
    [run] = [c for c in calls if c.startswith("run ")]
    assert run.endswith(" mine sh -c custom")


# -- the local bundling steps ----------------------------------------------------------------------------------------------


class _Hooks:
    def __init__(self, log: Path) -> None:
        self.log = log

    def before_bundling(self, input_dir: str, output_dir: str) -> list[str]:
        return [f"echo before-bundling >> {self.log}"]

    def before_install(self, input_dir: str, output_dir: str) -> list[str]:
        return [f"echo before-install >> {self.log}"]

    def after_bundling(self, input_dir: str, output_dir: str) -> list[str]:
        return [f"echo after-bundling >> {self.log}", f"ls {output_dir} >> {self.log}"]


def test_hooks_satisfy_the_protocol(tmp_path: Path) -> None:
    assert isinstance(_Hooks(tmp_path), ICommandHooks)


@pytest.mark.parametrize(("lock_file", "log_level", "install"), [
    ("package-lock.json", None, "npm ci"),
    ("package-lock.json", LogLevel.ERROR, "npm ci --loglevel error"),
    ("yarn.lock", LogLevel.ERROR, "yarn install --no-immutable --silent"),
    ("pnpm-lock.yaml", None, "pnpm install --config.node-linker=hoisted --config.package-import-method=clone-or-copy "
                             "--no-prefer-frozen-lockfile"),
])
def test_node_modules_are_installed_by_the_lock_files_package_manager_after_esbuild(
    tmp_path: Path, project: Path, esbuild_on_path: Path, monkeypatch: pytest.MonkeyPatch, synth: Synth,
    lock_file: str, log_level: LogLevel | None, install: str,
) -> None:
    (project / "package-lock.json").unlink()
    (project / lock_file).write_text("# lock\n")
    (project / "package.json").write_text(json.dumps({"dependencies": {"delay": "^5.0.0", "other": "1.0.0"}}))
    (project / "src" / "handler.ts").write_text("// @ts-ignore\nimport delay from 'delay';\n\nexport const handler = "
                                                 "async () => delay(5);\n")
    log = tmp_path / "steps.log"
    manager = install.split()[0]
    fake = _executable(tmp_path / "pm-bin", manager, f"""
echo "{manager} $* in $PWD" >> {log}
ls >> {log}
mkdir -p node_modules/delay && echo 'module.exports = 1;' > node_modules/delay/index.js
""")
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    stack = Stack(App(outdir=str(tmp_path / "out")), "S")
    NodejsFunction(stack, "Fn", entry=str(project / "src" / "handler.ts"), runtime=Runtime.NODEJS_20_X,
                   deps_lock_file_path=str(project / lock_file),
                   bundling=BundlingOptions(node_modules=["delay"], command_hooks=_Hooks(log), log_level=log_level))
    lines = log.read_text().splitlines()
    assert lines[0] == "before-bundling"
    assert lines[1] == "before-install"
    assert lines[2].startswith(f"{install} in ") and "/bundling-temp-" in lines[2]
    listed = lines[3:lines.index("after-bundling")]
    assert set(listed) >= {"index.js", "package.json", lock_file}
    assert "pnpm-workspace.yaml" in listed if manager == "pnpm" else "pnpm-workspace.yaml" not in listed
    assert set(lines[lines.index("after-bundling") + 1:]) >= {"index.js", "node_modules", "package.json"}
    key = _function(synth(stack))["Code"]["S3Key"]
    asset = Path(app_dir(stack)) / f"asset.{key[:-4]}"
    assert json.loads((asset / "package.json").read_text()) == {"dependencies": {"delay": "^5.0.0"}}
    assert 'require("delay")' in (asset / "index.js").read_text()  # installed, so left out of the bundle


def test_fails_for_node_modules_without_a_package_json(stack: Stack, project: Path, esbuild_on_path: Path) -> None:
    with pytest.raises(ValidationError, match="Cannot find a `package.json` in this project"):
        NodejsFunction(stack, "Fn", entry=str(project / "src" / "handler.ts"),
                       deps_lock_file_path=str(project / "package-lock.json"),
                       bundling=BundlingOptions(node_modules=["delay"]))


def test_fails_for_a_node_module_with_no_version(stack: Stack, project: Path, esbuild_on_path: Path) -> None:
    (project / "package.json").write_text("{}")
    with pytest.raises(ValidationError, match="Cannot extract version for module 'delay'"):
        NodejsFunction(stack, "Fn", entry=str(project / "src" / "handler.ts"),
                       deps_lock_file_path=str(project / "package-lock.json"),
                       bundling=BundlingOptions(node_modules=["delay"]))


def test_a_failing_hook_fails_the_bundling_naming_the_command(stack: Stack, project: Path, esbuild_on_path: Path) -> None:
    class Failing:
        def before_bundling(self, input_dir: str, output_dir: str) -> list[str]:
            return ["exit 3"]

        def before_install(self, input_dir: str, output_dir: str) -> list[str]:
            return []

        def after_bundling(self, input_dir: str, output_dir: str) -> list[str]:
            return []

    with pytest.raises(ValidationError, match=r"Failed to bundle asset S/Fn/Code/Stage.*bash -c exit 3 run in directory"):
        NodejsFunction(stack, "Fn", entry=str(project / "src" / "handler.ts"),
                       deps_lock_file_path=str(project / "package-lock.json"), bundling=BundlingOptions(
                           command_hooks=Failing()))


def test_bundling_given_as_a_mapping_is_the_struct(
    tmp_path: Path, project: Path, esbuild_on_path: Path, synth: Synth
) -> None:
    """jsii accepts a struct as a mapping of its fields: the same bundle as with ``BundlingOptions``."""
    codes = []
    for n, bundling in enumerate([{"minify": True, "keep_names": True}, BundlingOptions(minify=True, keep_names=True)]):
        stack = Stack(App(outdir=str(tmp_path / f"out{n}")), "S")
        NodejsFunction(stack, "Fn", entry=str(project / "src" / "handler.ts"), runtime=Runtime.NODEJS_20_X,
                       deps_lock_file_path=str(project / "package-lock.json"), bundling=bundling)  # type: ignore[arg-type]
        codes.append(_function(synth(stack))["Code"])
    assert codes[0] == codes[1]


def test_the_bundling_folder_is_removed_from_the_assembly_after_bundling(
    stack: Stack, project: Path, esbuild_on_path: Path, synth: Synth
) -> None:
    NodejsFunction(stack, "Fn", entry=str(project / "src" / "handler.ts"), runtime=Runtime.NODEJS_20_X,
                   deps_lock_file_path=str(project / "package-lock.json"))
    synth(stack)
    names = os.listdir(app_dir(stack))
    assert not [n for n in names if n.startswith("bundling-temp-")]
    [asset] = [n for n in names if n.startswith("asset.")]
    assert sorted(os.listdir(Path(app_dir(stack)) / asset)) == ["index.js"]


def test_two_entries_of_one_project_get_their_own_bundles_even_with_the_same_options(
    stack: Stack, project: Path, esbuild_on_path: Path, synth: Synth
) -> None:
    """The core reuses a bundle for identical bundling options of one source folder; a NodejsFunction's options
    name its entry (as aws-cdk-lib's cache key does), even when a custom Docker ``command`` hides it."""
    (project / "src" / "other.ts").write_text("export const handler = async (): Promise<string> => 'other';\n")
    lock = str(project / "package-lock.json")
    for name, entry in (("One", "handler.ts"), ("Two", "other.ts")):
        NodejsFunction(stack, name, entry=str(project / "src" / entry), deps_lock_file_path=lock,
                       runtime=Runtime.NODEJS_20_X, bundling=BundlingOptions(command=["true"]))
    keys = {r["Properties"]["Code"]["S3Key"] for r in synth(stack)["Resources"].values()
            if r["Type"] == "AWS::Lambda::Function"}
    assert len(keys) == 2
