"""The options of ``NodejsFunction`` bundling: ``BundlingOptions``, ``ICommandHooks`` and the esbuild enums."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import BundlingFileAccess, DockerImage, DockerVolume


class Charset(enum.Enum):
    """The charset of esbuild's output (``--charset``)."""

    ASCII = "ascii"
    UTF8 = "utf8"


class LogLevel(enum.Enum):
    """esbuild's log level (``--log-level``), also given to the package manager's install command."""

    VERBOSE = "verbose"
    DEBUG = "debug"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"
    SILENT = "silent"


class OutputFormat(enum.Enum):
    """The module format of the bundle (``--format``): CommonJS (``index.js``) or ECMAScript modules (``index.mjs``)."""

    CJS = "cjs"
    ESM = "esm"


class SourceMapMode(enum.Enum):
    """How esbuild writes source maps (``--sourcemap``): DEFAULT (a linked ``.map`` file), EXTERNAL, INLINE or BOTH."""

    DEFAULT = "default"
    EXTERNAL = "external"
    INLINE = "inline"
    BOTH = "both"


@runtime_checkable
class ICommandHooks(Protocol):
    """Shell commands run around the bundling steps (locally in the project root, or in the bundling container).

    Each method gets the input directory (the project root) and the output directory of the bundling and returns the
    commands to run (an empty list runs nothing).
    """

    def after_bundling(self, input_dir: str, output_dir: str) -> list[str]:
        """Commands run after esbuild (and after the node modules are installed)."""
        ...

    def before_bundling(self, input_dir: str, output_dir: str) -> list[str]:
        """Commands run before esbuild (and before a ``pre_compilation`` with tsc)."""
        ...

    def before_install(self, input_dir: str, output_dir: str) -> list[str]:
        """Commands run before the ``node_modules`` are installed (only when ``node_modules`` is given)."""
        ...


@structs.frozen(kw_only=True)
class BundlingOptions:
    """How a ``NodejsFunction``'s entry is bundled with esbuild (locally when esbuild is installed, else in Docker).

    Args:
        asset_hash: a custom asset hash (default: the hash of the bundled output).
        banner / footer: text put at the start / end of the generated JavaScript (``--banner:js``, ``--footer:js``).
        build_args: build arguments of the bundling image (Docker bundling only).
        bundle_aws_sdk: bundle the AWS SDK instead of leaving it to the runtime's (default False).
        bundling_file_access: how the container reaches the source and output (Docker bundling only).
        charset: the charset of the output (default ASCII; not passed to esbuild by aws-cdk-lib 2.275).
        command / entrypoint / environment / network / platform / security_opt / user / volumes / volumes_from /
            working_directory: ``docker run`` settings of the bundling container; ``environment`` is also the
            environment of local bundling commands (default working directory ``/``).
        command_hooks: commands run before and after the bundling steps.
        define: global identifiers replaced by constant expressions (``--define:<key>=<value>``).
        docker_image: a custom bundling image with esbuild installed (default: the image built for the runtime).
        esbuild_args: more esbuild arguments (``{"--log-limit": "0"}``; ``True`` or ``""`` for a bare flag).
        esbuild_version: the esbuild version installed in the bundling image (default ``0.21``).
        external_modules: modules left out of the bundle (default: the runtime's AWS SDK).
        force_docker_bundling: bundle in Docker even when esbuild is installed locally (default False).
        format: the output format (default CommonJS).
        inject: files whose exports replace global variables (``--inject:<file>``).
        keep_names: keep the ``name`` of functions and classes when minifying (default False).
        loader: loaders by file extension (``{".png": "dataurl"}``).
        log_level: esbuild's log level (default: esbuild's, ``warning``).
        main_fields: the package.json fields that name a module's entry (``--main-fields``).
        metafile: write ``index.meta.json`` about the build (default False).
        minify: minify the output (default False).
        node_modules: modules installed into the bundle's ``node_modules`` instead of being bundled.
        pre_compilation: compile the entry with tsc before bundling (TypeScript entries only; default False).
        source_map / source_map_mode / sources_content: source maps (default none; mode DEFAULT; with the sources).
        target: esbuild's target (default ``node<version of the runtime>``).
        tsconfig: a ``tsconfig.json`` for esbuild (default: the one esbuild finds).
    """

    command: Sequence[str] | None = None
    entrypoint: Sequence[str] | None = None
    environment: Mapping[str, str] | None = None
    network: str | None = None
    platform: str | None = None
    security_opt: str | None = None
    user: str | None = None
    volumes: Sequence[DockerVolume] | None = None
    volumes_from: Sequence[str] | None = None
    working_directory: str | None = None
    asset_hash: str | None = None
    banner: str | None = None
    build_args: Mapping[str, str] | None = None
    bundle_aws_sdk: bool | None = None
    bundling_file_access: BundlingFileAccess | None = None
    charset: Charset | None = None
    command_hooks: ICommandHooks | None = None
    define: Mapping[str, str] | None = None
    docker_image: DockerImage | None = None
    esbuild_args: Mapping[str, str | bool | Sequence[str]] | None = None
    esbuild_version: str | None = None
    external_modules: Sequence[str] | None = None
    footer: str | None = None
    force_docker_bundling: bool | None = None
    format: OutputFormat | None = None
    inject: Sequence[str] | None = None
    keep_names: bool | None = None
    loader: Mapping[str, str] | None = None
    log_level: LogLevel | None = None
    main_fields: Sequence[str] | None = None
    metafile: bool | None = None
    minify: bool | None = None
    node_modules: Sequence[str] | None = None
    pre_compilation: bool | None = None
    source_map: bool | None = None
    source_map_mode: SourceMapMode | None = None
    sources_content: bool | None = None
    target: str | None = None
    tsconfig: str | None = None
