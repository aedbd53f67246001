"""Asset bundling: ``BundlingOptions``, ``DockerImage`` (build, run, cp through the ``docker`` CLI) and local bundling.

Docker is run as aws-cdk-lib runs it: the executable named by ``$CDK_DOCKER`` (default ``docker``), with the same
arguments in the same order.
"""

from __future__ import annotations

import enum
import os
import re
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs._private import structs

from ._errors import PycdkError, UnscopedValidationError

if TYPE_CHECKING:
    import subprocess


class BundlingOutput(enum.Enum):
    """What the bundling output directory holds and how it becomes the asset."""

    ARCHIVED = "ARCHIVED"
    NOT_ARCHIVED = "NOT_ARCHIVED"
    AUTO_DISCOVER = "AUTO_DISCOVER"
    SINGLE_FILE = "SINGLE_FILE"


class BundlingFileAccess(enum.Enum):
    """How the bundling container reaches the source and output: bind mounts, or volumes filled by copies."""

    VOLUME_COPY = "VOLUME_COPY"
    BIND_MOUNT = "BIND_MOUNT"


class DockerVolumeConsistency(enum.Enum):
    """The consistency of a bind mount (macOS)."""

    CONSISTENT = "CONSISTENT"
    DELEGATED = "DELEGATED"
    CACHED = "CACHED"


@structs.frozen(kw_only=True)
class DockerVolume:
    """A host path mounted into a container.

    Args:
        consistency: the mount's consistency, macOS only (default delegated).
        container_path: where it is mounted in the container.
        host_path: the path on the host.
    """

    container_path: str
    host_path: str
    consistency: DockerVolumeConsistency | None = None


@structs.frozen(kw_only=True)
class DockerCacheOption:
    """A ``--cache-from`` / ``--cache-to`` option of ``docker build`` (``type`` and its ``params``).

    Args:
        params: the cache backend's parameters (e.g. ``ref``, ``mode``; default none).
        type: the cache backend (e.g. ``registry``, ``local``, ``gha``).
    """

    type: str
    params: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class DockerBuildOptions:
    """The options of ``DockerImage.from_build`` (``docker build`` flags).

    Args:
        build_args / build_contexts: ``--build-arg`` values and ``--build-context`` named contexts.
        cache_disabled / cache_from / cache_to: ``--no-cache``, ``--cache-from`` and ``--cache-to``.
        file: the Dockerfile, relative to the build directory (default ``Dockerfile``).
        network / platform: ``--network`` and ``--platform`` (e.g. ``linux/arm64``).
        target_stage: ``--target``, the stage of a multi-stage Dockerfile to build.
    """

    build_args: Mapping[str, str] | None = None
    build_contexts: Mapping[str, str] | None = None
    cache_disabled: bool | None = None
    cache_from: Sequence[DockerCacheOption] | None = None
    cache_to: DockerCacheOption | None = None
    file: str | None = None
    network: str | None = None
    platform: str | None = None
    target_stage: str | None = None


@structs.frozen(kw_only=True)
class DockerRunOptions:
    """The options of ``DockerImage.run`` (``docker run`` flags).

    Args:
        command / entrypoint: the command and entrypoint (default: the image's).
        environment: environment variables of the container.
        network / platform / security_opt / user: ``--network``, ``--platform``, ``--security-opt``, ``-u``.
        volumes / volumes_from: volumes to mount (``-v``) and containers to take volumes from.
        working_directory: ``-w``, the working directory in the container.
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


class DockerBuildSecret:
    """Values of ``docker build --secret``."""

    @staticmethod
    def from_src(src: str) -> str:
        """A secret read from a file: ``src=<path>``."""
        return f"src={src}"


class ExecutionError(PycdkError):
    """A command (``docker``) failed."""


def docker_exec(args: Sequence[str], *, capture: bool = False) -> subprocess.CompletedProcess[str]:
    """Run ``$CDK_DOCKER`` (default ``docker``) with ``args``; raise ``ExecutionError`` on a non-zero exit."""
    import json
    import subprocess

    prog = os.environ.get("CDK_DOCKER") or "docker"
    try:
        proc = subprocess.run(
            [prog, *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE if capture else sys.stderr,
            stderr=None,
            text=True,
            check=False,
        )
    except OSError as e:
        raise ExecutionError(f"Failed to run {prog}: {e}") from None
    if proc.returncode != 0:
        shown = " ".join([prog] + [json.dumps(a) if re.search(r"[^a-z0-9_-]", a, re.I) else a for a in args])
        lines = [f"{prog} exited with status {proc.returncode}"]
        if capture and proc.stdout:
            lines += [("--> STDOUT:  " if i == 0 else " " * 13) + line for i, line in enumerate(proc.stdout.split("\n"))]
        lines.append(f"--> Command: {shown}")
        raise ExecutionError("\n".join(lines))
    return proc


def _is_selinux() -> bool:
    import subprocess

    if not sys.platform.startswith("linux"):
        return False
    try:
        return subprocess.run(["selinuxenabled"], stdin=subprocess.DEVNULL, check=False).returncode == 0
    except OSError:
        return False


def _cache_flag(option: DockerCacheOption) -> str:
    flag = f"type={option.type}"
    if option.params:
        flag += "," + ",".join(f"{k}={v}" for k, v in option.params.items())
    return flag


class DockerImage:
    """A Docker image: from a registry (``from_registry``) or built from a directory (``from_build``).

    Args:
        image: the image name.
        _image_hash: the hash of a built image (what ``to_json`` returns for it).
    """

    def __init__(self, image: str, _image_hash: str | None = None) -> None:
        if not isinstance(image, str):
            raise TypeError(f"image must be a str, got {type(image).__name__}")
        self.image = image
        self._image_hash = _image_hash

    @staticmethod
    def from_registry(image: str) -> DockerImage:
        """An image pulled from a registry when it is run (``docker run`` pulls it)."""
        return DockerImage(image)

    @staticmethod
    def from_build(
        path: str,
        *,
        build_args: Mapping[str, str] | None = None,
        build_contexts: Mapping[str, str] | None = None,
        cache_disabled: bool | None = None,
        cache_from: Sequence[DockerCacheOption] | None = None,
        cache_to: DockerCacheOption | None = None,
        file: str | None = None,
        network: str | None = None,
        platform: str | None = None,
        target_stage: str | None = None,
    ) -> DockerImage:
        """Build the image in ``path`` now (``docker build -t cdk-<fingerprint>``), unless it already exists."""
        from ._fs import FileSystem

        options = DockerBuildOptions(
            build_args=build_args, build_contexts=build_contexts, cache_disabled=cache_disabled,
            cache_from=cache_from, cache_to=cache_to, file=file, network=network, platform=platform,
            target_stage=target_stage,
        )
        if file is not None and os.path.isabs(file):
            raise UnscopedValidationError(f'"file" must be relative to the docker build directory. Got {file}')
        from ._private.bundling_json import bundling_json

        extra = bundling_json(options)
        digest = FileSystem.fingerprint(path, extra_hash=extra)
        tag = f"cdk-{digest}"
        if build_contexts or not DockerImage._image_exists(tag):
            args = ["build", "-t", tag]
            if file:
                args += ["-f", os.path.join(path, file)]
            if platform:
                args += ["--platform", platform]
            if network:
                args += ["--network", network]
            if target_stage:
                args += ["--target", target_stage]
            for c in cache_from or []:
                args += ["--cache-from", _cache_flag(c)]
            if cache_to is not None:
                args += ["--cache-to", _cache_flag(cache_to)]
            if cache_disabled:
                args.append("--no-cache")
            for k, v in (build_args or {}).items():
                args += ["--build-arg", f"{k}={v}"]
            for k, v in (build_contexts or {}).items():
                args += ["--build-context", f"{k}={v}"]
            args.append(path)
            docker_exec(args)
        return DockerImage(tag, digest)

    @staticmethod
    def _image_exists(tag: str) -> bool:
        import subprocess

        prog = os.environ.get("CDK_DOCKER") or "docker"
        try:
            return subprocess.run(
                [prog, "image", "inspect", tag],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
            ).returncode == 0
        except OSError:
            return False

    def to_json(self) -> str:
        """The image hash of a built image, else the image name (what asset hashes of bundling options use)."""
        return self._image_hash if self._image_hash is not None else self.image

    def run(
        self,
        *,
        command: Sequence[str] | None = None,
        entrypoint: Sequence[str] | None = None,
        environment: Mapping[str, str] | None = None,
        network: str | None = None,
        platform: str | None = None,
        security_opt: str | None = None,
        user: str | None = None,
        volumes: Sequence[DockerVolume] | None = None,
        volumes_from: Sequence[str] | None = None,
        working_directory: str | None = None,
    ) -> None:
        """Run a container of this image (``docker run --rm ...``) and wait for it."""
        args = ["run", "--rm"]
        if security_opt:
            args += ["--security-opt", security_opt]
        if network:
            args += ["--network", network]
        if platform:
            args += ["--platform", platform]
        if user:
            args += ["-u", user]
        for v in volumes_from or []:
            args += ["--volumes-from", v]
        selinux = _is_selinux() if volumes else False
        for vol in volumes or []:
            consistency = (vol.consistency or DockerVolumeConsistency.DELEGATED).value.lower()
            args += ["-v", f"{vol.host_path}:{vol.container_path}:{'z,' if selinux else ''}{consistency}"]
        for k, val in (environment or {}).items():
            args += ["--env", f"{k}={val}"]
        if working_directory:
            args += ["-w", working_directory]
        entry = list(entrypoint or [])
        if entry and entry[0]:
            args += ["--entrypoint", entry[0]]
        args.append(self.image)
        args += entry[1:] + list(command or [])
        docker_exec(args)

    def cp(self, image_path: str, output_path: str | None = None) -> str:
        """Copy ``image_path`` out of the image (``docker create``, ``docker cp``, ``docker rm``); the
        destination (a new temporary directory unless ``output_path`` is given)."""
        from ._fs import FileSystem

        created = docker_exec(["create", self.image], capture=True)
        match = re.search(r"([0-9a-f]{16,})", created.stdout or "")
        if match is None:
            raise ExecutionError("Failed to extract container ID from Docker create output")
        container = match.group(1)
        source = f"{container}:{image_path}"
        dest = output_path if output_path is not None else FileSystem.mkdtemp("cdk-docker-cp-")
        try:
            docker_exec(["cp", source, dest])
            return dest
        except ExecutionError as e:
            raise ExecutionError(f"Failed to copy files from {source} to {dest}: {e}") from None
        finally:
            docker_exec(["rm", "-v", container])


@runtime_checkable
class ILocalBundling(Protocol):
    """Bundles an asset on the local machine; ``try_bundle`` returns False to fall back to Docker."""

    def try_bundle(
        self,
        output_dir: str,
        *,
        image: DockerImage,
        bundling_file_access: BundlingFileAccess | None = None,
        command: Sequence[str] | None = None,
        entrypoint: Sequence[str] | None = None,
        environment: Mapping[str, str] | None = None,
        local: ILocalBundling | None = None,
        network: str | None = None,
        output_type: BundlingOutput | None = None,
        platform: str | None = None,
        security_opt: str | None = None,
        user: str | None = None,
        volumes: Sequence[DockerVolume] | None = None,
        volumes_from: Sequence[str] | None = None,
        working_directory: str | None = None,
    ) -> bool: ...


@structs.frozen(kw_only=True)
class BundlingOptions:
    """How an asset is bundled: the Docker image and command, or a local bundler tried first.

    The command runs with the source mounted at ``/asset-input`` and must write the bundle to ``/asset-output``.

    Args:
        image: the Docker image to run (``DockerImage.from_registry`` or ``DockerImage.from_build``).
        command / entrypoint: the command and entrypoint (default: the image's).
        local: a bundler tried on this machine first; Docker runs only if it returns False.
        output_type: what the output is taken as (default ``AUTO_DISCOVER``: a single archive stays an
            archive, anything else is zipped).
        bundling_file_access: how the source reaches the container (bind mount, or volume copy for
            Docker-in-Docker).
        environment / network / platform / security_opt / user / volumes / volumes_from /
            working_directory: ``docker run`` settings, as in ``DockerRunOptions``.
    """

    image: DockerImage
    bundling_file_access: BundlingFileAccess | None = None
    command: Sequence[str] | None = None
    entrypoint: Sequence[str] | None = None
    environment: Mapping[str, str] | None = None
    local: ILocalBundling | None = None
    network: str | None = None
    output_type: BundlingOutput | None = None
    platform: str | None = None
    security_opt: str | None = None
    user: str | None = None
    volumes: Sequence[DockerVolume] | None = None
    volumes_from: Sequence[str] | None = None
    working_directory: str | None = None
