"""esbuild bundling of a ``NodejsFunction``'s entry: locally when esbuild is installed, else in a Docker container.

The esbuild command, its arguments and their order are aws-cdk-lib 2.275's (``aws-lambda-nodejs/lib/bundling.ts``):
the bundle, and so the asset hash (the hash of the bundled output), is byte for byte the one aws-cdk-lib builds
with the same esbuild.
"""

from __future__ import annotations

import os
import posixpath
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from constructs import (
    Annotations,
    AssetHashType,
    AssetStaging,
    DockerImage,
    FeatureFlags,
    Stage,
    UnscopedValidationError,
    ValidationError,
)
from constructs import BundlingOptions as CoreBundlingOptions

from ._private.project import (
    BUN_LOCK,
    BUN_LOCKB,
    PNPM_LOCK,
    Installation,
    PackageManager,
    detect_installation,
    extract_dependencies,
    find_up,
    posix_shell_escape,
    tsc_requires_ignore_config,
    tsconfig_compiler_args,
)
from ._types import BundlingOptions, OutputFormat, SourceMapMode

if TYPE_CHECKING:
    from constructs import BundlingFileAccess, BundlingOutput, Construct, DockerVolume
    from l2.lambda_ import Architecture, AssetCode, Runtime

ESBUILD_MAJOR_VERSION = "0"
ESBUILD_DEFAULT_VERSION = "0.21"
_SDK_V3_EXCLUDE_SMITHY = "@aws-cdk/aws-lambda-nodejs:sdkV3ExcludeSmithyPackages"
# The bundling image: a SAM build image of the runtime with esbuild, TypeScript and the package managers.
_DOCKERFILE = """\
ARG IMAGE=public.ecr.aws/sam/build-nodejs24.x
FROM $IMAGE
RUN npm install --global yarn@1.22.5 pnpm@7.33.7 bun@1.2.23 typescript
ARG ESBUILD_VERSION=0.21
RUN npm install --global --unsafe-perm=true esbuild@$ESBUILD_VERSION
RUN mkdir -p /tmp/npm-cache /tmp/yarn-cache /tmp/pnpm-cache /tmp/bun-cache && chmod -R 777 /tmp/*-cache && \\
    npm config --global set cache /tmp/npm-cache && npm config --global set update-notifier false && \\
    yarn config set cache-folder /tmp/yarn-cache && pnpm config --global set store-dir /tmp/pnpm-cache
RUN /sbin/useradd -u 1000 user && chmod 711 / && \\
    printf '[install.cache]\\ndir = "/tmp/bun-cache"\\ndisable = true\\n' >> /home/user/.bunfig.toml
USER nobody
CMD [ "esbuild" ]
"""
# esbuild keys given again for each value (``--alias:a=b``) rather than ``--key=value``
_RESPECIFIED_KEYS = ("--alias", "--drop", "--pure", "--log-override", "--out-extension")

# runtimes that ship the AWS SDK for JavaScript v2 (Node.js 16 and older)
_SDK_V2_RUNTIMES = frozenset(
    ("nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x")
)
# runtimes without ECMAScript modules
_NO_ESM_RUNTIMES = frozenset(("nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x"))


def is_sdk_v2_runtime(runtime: Runtime) -> bool:
    """True for the Node.js runtimes whose environment has the AWS SDK v2 (Node.js 16 and older)."""
    return _is_node(runtime) and runtime.name in _SDK_V2_RUNTIMES


def _is_node(runtime: Runtime) -> bool:
    from l2.lambda_ import RuntimeFamily

    return runtime.family is RuntimeFamily.NODEJS


def _docker_dir() -> str:
    """A folder holding the bundling image's Dockerfile (written once per process)."""
    import tempfile

    folder = os.path.join(tempfile.gettempdir(), f"pycdk-nodejs-bundling-{os.getuid() if hasattr(os, 'getuid') else 0}")
    path = os.path.join(folder, "Dockerfile")
    try:
        with open(path, encoding="utf-8") as f:
            current: str | None = f.read()
    except OSError:
        current = None
    if current != _DOCKERFILE:
        os.makedirs(folder, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(_DOCKERFILE)
    return folder


class _Step(NamedTuple):
    kind: str  # "shell" (commands run by bash -c), "spawn" (an argv) or "callback"
    commands: Sequence[str] = ()
    argv: Sequence[str] = ()
    cwd: str | None = None
    operation: Callable[[], None] | None = None


class _Installations:
    """The esbuild and TypeScript found for local bundling, looked up once per project root and process."""

    found: dict[tuple[str, str], Installation | None] = {}

    @classmethod
    def get(cls, module: str, project_root: str) -> Installation | None:
        key = (module, project_root)
        if key not in cls.found:
            cls.found[key] = detect_installation(module, project_root)
        return cls.found[key]


def _path_escapes_root(relative: str) -> bool:
    return os.path.isabs(relative) or relative == ".." or relative.startswith(f"..{os.sep}")


def _to_target(scope: Construct, runtime: Runtime) -> str:
    match = re.search(r"nodejs(\d+)", runtime.name)
    if not match:
        raise ValidationError("Cannot extract version from runtime.", scope)
    return f"node{match.group(1)}"


def _to_cli_args(esbuild_args: Mapping[str, str | bool | Sequence[str]]) -> list[str]:
    args: list[str] = []
    for key, value in esbuild_args.items():
        if isinstance(value, (list, tuple)):
            args.extend(f"{key}:{item}" for item in value)
        elif value is True or value == "":
            args.append(key)
        elif key in _RESPECIFIED_KEYS:
            args.append(f"{key}:{value}")
        elif value:
            args.append(f"{key}={value}")
    return args


def _chain(commands: Sequence[str]) -> str:
    return " && ".join(c for c in commands if c)


class Bundling:
    """The bundling of one entry: the Docker command and image, and the local bundler (``ILocalBundling``).

    Args:
        scope: the scope of the function (errors and warnings name it).
        entry / project_root / deps_lock_file_path: absolute paths of the entry, the project and its lock file.
        runtime / architecture: the function's.
        options: the ``BundlingOptions`` given (default none).
    """

    def __init__(
        self,
        scope: Construct,
        *,
        entry: str,
        project_root: str,
        deps_lock_file_path: str,
        runtime: Runtime,
        architecture: Architecture,
        options: BundlingOptions,
    ) -> None:
        self._scope = scope
        self.options = options
        self.entry = entry
        # what the core's bundle cache must tell apart beyond the options (they hide the entry under a custom command)
        self.cache_key = f"{entry}|{project_root}|{deps_lock_file_path}|{runtime.name}|{architecture.name}"
        self.runtime = runtime
        log_level = options.log_level.value if options.log_level is not None else None
        self.package_manager = PackageManager.from_lock_file(deps_lock_file_path, log_level)
        self.project_root = project_root
        self.relative_entry_path = os.path.relpath(os.path.abspath(entry), project_root)
        self.relative_deps_lock_file_path = os.path.relpath(os.path.abspath(deps_lock_file_path), project_root)
        if _path_escapes_root(self.relative_entry_path):
            raise ValidationError(f"entryPath ({entry}) should be under projectRoot ({project_root})", scope)
        if _path_escapes_root(self.relative_deps_lock_file_path):
            raise ValidationError(
                f"depsLockFilePath ({deps_lock_file_path}) should be under projectRoot ({project_root})", scope
            )
        self.relative_tsconfig_path = (
            os.path.relpath(os.path.abspath(options.tsconfig), project_root) if options.tsconfig else None
        )
        if options.pre_compilation and not re.search(r"\.tsx?$", entry):
            raise ValidationError("preCompilation can only be used with typescript files", scope)
        if options.format is OutputFormat.ESM and runtime.name in _NO_ESM_RUNTIMES:
            raise ValidationError(
                f"ECMAScript module output format is not supported by the {runtime.name} runtime", scope
            )
        self.externals = self._externals(scope, options, runtime)

        self.esbuild = _Installations.get("esbuild", project_root)
        self.tsc = _Installations.get("typescript", project_root)
        docker = bool(options.force_docker_bundling) or self.esbuild is None
        if docker and options.docker_image is not None:
            image = options.docker_image
        elif docker:
            image = DockerImage.from_build(
                _docker_dir(),
                build_args={
                    **(options.build_args or {}),
                    "IMAGE": runtime.bundling_image.image,
                    "ESBUILD_VERSION": options.esbuild_version or ESBUILD_DEFAULT_VERSION,
                },
                platform=architecture.docker_platform,
                network=options.network,
            )
        else:
            image = DockerImage.from_registry("dummy")
        docker_command = self._docker_command(scope)
        self.core_options = CoreBundlingOptions(
            image=image,
            command=options.command if options.command is not None else ["bash", "-c", docker_command],
            entrypoint=options.entrypoint,
            environment=options.environment,
            network=options.network,
            security_opt=options.security_opt,
            user=options.user,
            volumes=options.volumes,
            volumes_from=options.volumes_from,
            working_directory=options.working_directory if options.working_directory is not None else "/",
            bundling_file_access=options.bundling_file_access,
            local=None if options.force_docker_bundling else self,
        )

    @staticmethod
    def bundle(
        scope: Construct,
        *,
        entry: str,
        project_root: str,
        deps_lock_file_path: str,
        runtime: Runtime,
        architecture: Architecture,
        options: BundlingOptions | None = None,
    ) -> AssetCode:
        """The function's code: the project root as an asset, bundled (hashed by its output unless
        ``asset_hash`` is given)."""
        from l2.lambda_ import Code

        options = options or BundlingOptions()
        bundling = Bundling(scope, entry=entry, project_root=project_root, deps_lock_file_path=deps_lock_file_path,
                            runtime=runtime, architecture=architecture, options=options)
        return Code.from_asset(
            project_root,
            asset_hash=options.asset_hash,
            asset_hash_type=AssetHashType.CUSTOM if options.asset_hash else AssetHashType.OUTPUT,
            bundling=bundling.core_options,
        )

    @staticmethod
    def _externals(scope: Construct, options: BundlingOptions, runtime: Runtime) -> list[str]:
        v2 = is_sdk_v2_runtime(runtime)
        smithy = FeatureFlags.of(scope).is_enabled(_SDK_V3_EXCLUDE_SMITHY)
        versioned = ["aws-sdk"] if v2 else (["@aws-sdk/*", "@smithy/*"] if smithy else ["@aws-sdk/*"])
        default = [] if runtime.is_variable or options.bundle_aws_sdk else versioned
        externals = list(options.external_modules) if options.external_modules is not None else default
        warn = Annotations.of(scope).add_warning_v2
        if externals and v2:
            warn(
                "aws-cdk-lib/aws-lambda-nodejs:runtimeUpdateSdkV2Breakage",
                "Be aware that the NodeJS runtime of Node 16 will be deprecated by Lambda on June 12, 2024. Lambda "
                "runtimes Node 18 and higher include SDKv3 and not SDKv2. Updating your Lambda runtime will require "
                "bundling the SDK, or updating all SDK calls in your handler code to use SDKv3 (which is not a trivial "
                "update). Please account for this added complexity and update as soon as possible.",
            )
        if v2 and any(name.startswith("@aws-sdk/") for name in externals):
            warn(
                "@aws-cdk/aws-lambda-nodejs:sdkV3NotInRuntime",
                "If you are relying on AWS SDK v3 to be present in the Lambda environment already, please explicitly "
                "configure a NodeJS runtime of Node 18 or higher.",
            )
        elif not v2 and "aws-sdk" in externals:
            warn(
                "@aws-cdk/aws-lambda-nodejs:sdkV2NotInRuntime",
                "If you are relying on AWS SDK v2 to be present in the Lambda environment already, please explicitly "
                "configure a NodeJS runtime of Node 16 or lower.",
            )
        if externals and runtime.is_variable:
            warn(
                "@aws-cdk/aws-lambda-nodejs:variableRuntimeExternals",
                "When using NODEJS_LATEST the runtime version may change as new runtimes are released, this may "
                "affect the availability of packages shipped with the environment. Ensure that any external "
                "dependencies are available through layers or specify a specific runtime version.",
            )
        return [*externals, *(options.node_modules or ())]

    # -- the esbuild command -------------------------------------------------------------------------------------
    def _esbuild_args(self, scope: Construct, input_dir: str, output_dir: str, join: Callable[..., str]) -> list[str]:
        o = self.options
        if o.source_map is False and o.source_map_mode is not None:
            raise ValidationError("sourceMapMode cannot be used when sourceMap is false", scope)
        source_map = o.source_map_mode is not None or bool(o.source_map)
        mode = o.source_map_mode or SourceMapMode.DEFAULT
        source_map_value = "" if mode is SourceMapMode.DEFAULT else f"={mode.value}"
        sources_content = True if o.sources_content is None else o.sources_content
        out_file = "index.mjs" if o.format is OutputFormat.ESM else "index.js"
        return [
            f"--target={o.target or _to_target(scope, self.runtime)}",
            "--platform=node",
            *([f"--format={o.format.value}"] if o.format is not None else []),
            f"--outfile={join(output_dir, out_file)}",
            *(["--minify"] if o.minify else []),
            *([f"--sourcemap{source_map_value}"] if source_map else []),
            *([] if sources_content else ["--sources-content=false"]),
            *(f"--external:{external}" for external in self.externals),
            *(f"--loader:{ext}={name}" for ext, name in (o.loader or {}).items()),
            *(f"--define:{key}={value}" for key, value in (o.define or {}).items()),
            *([f"--log-level={o.log_level.value}"] if o.log_level is not None else []),
            *(["--keep-names"] if o.keep_names else []),
            *([f"--tsconfig={join(input_dir, self.relative_tsconfig_path)}"] if self.relative_tsconfig_path else []),
            *([f"--metafile={join(output_dir, 'index.meta.json')}"] if o.metafile else []),
            *([f"--banner:js={o.banner}"] if o.banner else []),
            *([f"--footer:js={o.footer}"] if o.footer else []),
            *([f"--main-fields={','.join(o.main_fields)}"] if o.main_fields else []),
            *(f"--inject:{i}" for i in (o.inject or ())),
        ]

    def _steps(
        self,
        scope: Construct,
        *,
        input_dir: str,
        output_dir: str,
        join: Callable[..., str],
        esbuild_runner: Sequence[str],
        tsc_step: Callable[[list[str]], _Step] | None,
        file_ops: Callable[[dict[str, str]], list[_Step]],
    ) -> list[_Step]:
        o = self.options
        hooks = o.command_hooks
        steps: list[_Step] = []
        entry_path = join(input_dir, self.relative_entry_path)
        before = hooks.before_bundling(input_dir, output_dir) if hooks is not None else []
        if before:
            steps.append(_Step("shell", commands=list(before)))
        if o.pre_compilation:
            tsconfig = o.tsconfig or find_up("tsconfig.json", os.path.dirname(self.entry))
            if not tsconfig:
                raise ValidationError(
                    "Cannot find a `tsconfig.json` but `preCompilation` is set to `true`, please specify it via "
                    "`tsconfig`",
                    scope,
                )
            compiler_args = tsconfig_compiler_args(tsconfig)
            if tsc_step is not None:
                steps.append(tsc_step([entry_path, *compiler_args]))
            entry_path = re.sub(r"\.ts(x?)$", r".js\1", entry_path)
        args = [*self._esbuild_args(scope, input_dir, output_dir, join),
                *(_to_cli_args(o.esbuild_args) if o.esbuild_args else [])]
        steps.append(_Step("spawn", argv=[*esbuild_runner, "--bundle", entry_path, *args]))
        if o.node_modules:
            package_json = find_up("package.json", os.path.dirname(self.entry))
            if not package_json:
                raise ValidationError(
                    "Cannot find a `package.json` in this project. Using `nodeModules` requires a `package.json`.",
                    scope,
                )
            before_install = hooks.before_install(input_dir, output_dir) if hooks is not None else []
            if before_install:
                steps.append(_Step("shell", commands=list(before_install)))
            steps.extend(file_ops(extract_dependencies(package_json, o.node_modules, self.project_root)))
        after = hooks.after_bundling(input_dir, output_dir) if hooks is not None else []
        if after:
            steps.append(_Step("shell", commands=list(after)))
        return steps

    def _docker_command(self, scope: Construct) -> str:
        """The ``bash -c`` command of Docker bundling (built even when bundling runs locally, as aws-cdk-lib does)."""
        input_dir, output_dir = AssetStaging.BUNDLING_INPUT_DIR, AssetStaging.BUNDLING_OUTPUT_DIR

        def tsc_step(args: list[str]) -> _Step:
            ignore_config = (
                "$(TSC_VERSION=$('tsc' --version); TSC_VERSION=${TSC_VERSION##* }; "
                '[ "${TSC_VERSION%%.*}" -ge 6 ] 2>/dev/null && echo --ignoreConfig)'
            )
            return _Step("shell", commands=[" ".join(posix_shell_escape(a) for a in ["tsc", *args]) + " "
                                            + ignore_config])

        def file_ops(dependencies: dict[str, str]) -> list[_Step]:
            import json

            pm = self.package_manager
            lock = posixpath.join(input_dir, self.relative_deps_lock_file_path or pm.lock_file)
            pnpm = pm.lock_file == PNPM_LOCK
            bun = pm.lock_file in (BUN_LOCK, BUN_LOCKB)
            package_json = json.dumps({"dependencies": dependencies}, separators=(",", ":"), ensure_ascii=False)
            return [_Step("shell", commands=[_chain([
                f"echo '' > {posix_shell_escape(posixpath.join(output_dir, 'pnpm-workspace.yaml'))}" if pnpm else "",
                f"echo {posix_shell_escape(package_json)} > "
                f"{posix_shell_escape(posixpath.join(output_dir, 'package.json'))}",
                f"cp {posix_shell_escape(lock)} {posix_shell_escape(posixpath.join(output_dir, pm.lock_file))}",
                f'cd "{output_dir}"',
                " ".join(pm.install_command),
                f'rm -f "{posixpath.join(output_dir, "node_modules", ".modules.yaml")}"' if pnpm else "",
                f'rm -rf "{posixpath.join(output_dir, "node_modules", ".cache")}"' if bun else "",
            ])])]

        steps = self._steps(scope, input_dir=input_dir, output_dir=output_dir, join=posixpath.join,
                            esbuild_runner=["esbuild"], tsc_step=tsc_step, file_ops=file_ops)
        commands: list[str] = []
        for step in steps:
            if step.kind == "shell":
                commands.extend(step.commands)
            else:
                commands.append(" ".join(posix_shell_escape(a) for a in step.argv))
        return _chain(commands)

    # -- local bundling (ILocalBundling) --------------------------------------------------------------------------
    def try_bundle(
        self,
        output_dir: str,
        *,
        image: DockerImage,
        bundling_file_access: BundlingFileAccess | None = None,
        command: Sequence[str] | None = None,
        entrypoint: Sequence[str] | None = None,
        environment: Mapping[str, str] | None = None,
        local: Any = None,
        network: str | None = None,
        output_type: BundlingOutput | None = None,
        platform: str | None = None,
        security_opt: str | None = None,
        user: str | None = None,
        volumes: Sequence[DockerVolume] | None = None,
        volumes_from: Sequence[str] | None = None,
        working_directory: str | None = None,
    ) -> bool:
        """Bundle with the local esbuild into ``output_dir``; False (Docker bundling) when esbuild is not installed.

        Raises:
            ValidationError: esbuild is not version 0.x, or a step failed.
        """
        scope = self._scope
        esbuild = self.esbuild
        if esbuild is None:
            sys.stderr.write("esbuild cannot run locally. Switching to Docker bundling.\n")
            return False
        if not esbuild.version.startswith(f"{ESBUILD_MAJOR_VERSION}."):
            raise ValidationError(
                f"Expected esbuild version {ESBUILD_MAJOR_VERSION}.x but got {esbuild.version}", scope
            )
        tsc = self.tsc
        pm = self.package_manager

        def tsc_step(args: list[str]) -> _Step:
            assert tsc is not None
            runner = pm.run_bin_command("tsc") if tsc.is_workspace_package else ["tsc"]
            ignore = ["--ignoreConfig"] if tsc_requires_ignore_config(tsc.version) else []
            return _Step("spawn", argv=[*runner, *args, *ignore])

        with _assembly_bundle_dir(scope, output_dir) as bundle_dir:

            def file_ops(dependencies: dict[str, str]) -> list[_Step]:
                return self._local_file_ops(bundle_dir, dependencies)

            steps = self._steps(
                scope, input_dir=self.project_root, output_dir=bundle_dir, join=os.path.join,
                esbuild_runner=pm.run_bin_command("esbuild") if esbuild.is_workspace_package else ["esbuild"],
                tsc_step=tsc_step if tsc is not None else None, file_ops=file_ops,
            )
            self._execute(scope, steps)
        return True

    def _local_file_ops(self, output_dir: str, dependencies: dict[str, str]) -> list[_Step]:
        import json
        import shutil

        pm = self.package_manager
        lock = os.path.join(self.project_root, self.relative_deps_lock_file_path or pm.lock_file)
        pnpm = pm.lock_file == PNPM_LOCK
        bun = pm.lock_file in (BUN_LOCK, BUN_LOCKB)

        def write_files() -> None:
            if pnpm:
                with open(os.path.join(output_dir, "pnpm-workspace.yaml"), "w", encoding="utf-8"):
                    pass
            with open(os.path.join(output_dir, "package.json"), "w", encoding="utf-8") as f:
                f.write(json.dumps({"dependencies": dependencies}, separators=(",", ":"), ensure_ascii=False))
            shutil.copyfile(lock, os.path.join(output_dir, pm.lock_file))

        def remove(path: str) -> Callable[[], None]:
            def operation() -> None:
                if os.path.isdir(path):
                    shutil.rmtree(path, ignore_errors=True)
                elif os.path.exists(path):
                    os.remove(path)
            return operation

        steps = [_Step("callback", operation=write_files),
                 _Step("spawn", argv=list(pm.install_command), cwd=output_dir)]
        if pnpm:
            steps.append(_Step("callback", operation=remove(os.path.join(output_dir, "node_modules", ".modules.yaml"))))
        if bun:
            steps.append(_Step("callback", operation=remove(os.path.join(output_dir, "node_modules", ".cache"))))
        return steps

    def _execute(self, scope: Construct, steps: Sequence[_Step]) -> None:
        env = {**os.environ, **(self.options.environment or {})}
        for step in steps:
            if step.kind == "shell":
                for command in step.commands:
                    _run(["bash", "-c", command], env, self.project_root)
            elif step.kind == "spawn":
                _run(list(step.argv), env, step.cwd or self.project_root)
            elif step.operation is not None:
                try:
                    step.operation()
                except OSError as e:
                    raise ValidationError(f"Local bundling file operation failed: {e}", scope) from e


def _run(argv: list[str], env: Mapping[str, str], cwd: str) -> None:
    """Run one command with its output on stderr, as aws-cdk-lib's local bundling does."""
    import subprocess

    sys.stderr.flush()
    try:
        proc = subprocess.run(argv, cwd=cwd, env=dict(env), stdin=subprocess.DEVNULL, stdout=sys.stderr.fileno(),
                              check=False)
    except OSError as e:
        raise UnscopedValidationError(f"{argv[0]}: {e}") from e
    if proc.returncode != 0:
        raise UnscopedValidationError(
            f"{argv[0]} {' '.join(argv[1:])} run in directory {cwd} exited with status {proc.returncode}"
        )


class _assembly_bundle_dir:
    """Where esbuild writes: a ``bundling-temp-*`` folder in the cloud assembly's directory, as in aws-cdk-lib.

    aws-cdk-lib bundles into ``<assembly dir>/bundling-temp-<key>``; source maps name the sources relative to the
    bundle, so the output (and its hash) is aws-cdk-lib's only when it is written at that depth. The files are
    moved into the output directory the core gave, and the folder removed.
    """

    def __init__(self, scope: Construct, output_dir: str) -> None:
        self._scope = scope
        self._output_dir = output_dir
        self._dir = ""
        self._created_outdir: str | None = None

    def __enter__(self) -> str:
        stage = Stage.of(self._scope)
        while stage is not None and Stage.of(stage) is not None:
            parent = Stage.of(stage)
            assert parent is not None
            stage = parent
        outdir = stage.outdir if stage is not None else ""
        if not outdir:
            self._dir = self._output_dir
            return self._dir
        outdir = os.path.abspath(outdir)
        if not os.path.isdir(outdir):
            os.makedirs(outdir)
            self._created_outdir = outdir
        import tempfile

        self._dir = tempfile.mkdtemp(prefix="bundling-temp-", dir=outdir)
        os.chmod(self._dir, 0o777)
        return self._dir

    def __exit__(self, *exc: object) -> None:
        import shutil

        if self._dir == self._output_dir:
            return
        try:
            if exc[0] is None:
                for name in os.listdir(self._dir):
                    shutil.move(os.path.join(self._dir, name), os.path.join(self._output_dir, name))
        finally:
            shutil.rmtree(self._dir, ignore_errors=True)
            if self._created_outdir is not None and not os.listdir(self._created_outdir):
                os.rmdir(self._created_outdir)
