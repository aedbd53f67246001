"""The options of Docker image assets: ``NetworkMode``, ``Platform``, ``DockerCacheOption`` and the props structs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from constructs import IgnoreMode, SymlinkFollowMode
from constructs.internals import structs


class NetworkMode:
    """The network mode of ``docker build`` (``NetworkMode.HOST``, ``NetworkMode.custom("...")``).

    Args:
        mode: the value passed to ``--network``.
    """

    DEFAULT: NetworkMode
    HOST: NetworkMode
    NONE: NetworkMode

    def __init__(self, mode: str) -> None:
        self.mode = mode

    @staticmethod
    def custom(mode: str) -> NetworkMode:
        """Any other mode (e.g. the name of a Docker network)."""
        return NetworkMode(mode)

    @staticmethod
    def from_container(container_id: str) -> NetworkMode:
        """Reuse another container's network stack (``container:<id>``)."""
        return NetworkMode(f"container:{container_id}")

    def _json(self) -> dict[str, str]:
        return {"mode": self.mode}


NetworkMode.DEFAULT = NetworkMode("default")
NetworkMode.HOST = NetworkMode("host")
NetworkMode.NONE = NetworkMode("none")


class Platform:
    """The target platform of ``docker build`` (``Platform.LINUX_ARM64``, ``Platform.custom("...")``).

    Args:
        platform: the value passed to ``--platform`` (e.g. ``linux/amd64``).
    """

    LINUX_AMD64: Platform
    LINUX_ARM64: Platform

    def __init__(self, platform: str) -> None:
        self.platform = platform

    @staticmethod
    def custom(platform: str) -> Platform:
        """Any other platform (``os/arch[/variant]``)."""
        return Platform(platform)

    def _json(self) -> dict[str, str]:
        return {"platform": self.platform}


Platform.LINUX_AMD64 = Platform("linux/amd64")
Platform.LINUX_ARM64 = Platform("linux/arm64")


@structs.frozen(kw_only=True)
class DockerCacheOption:
    """A ``docker build --cache-from`` / ``--cache-to`` option.

    Args:
        type: the cache type (``registry``, ``local``, ``gha``, ``s3``, ...).
        params: the cache's parameters (e.g. ``{"ref": "..."}``).
    """

    type: str
    params: Mapping[str, str] | None = None

    def _json(self) -> dict[str, object]:
        rendered: dict[str, object] = {"type": self.type}
        if self.params is not None:
            rendered["params"] = dict(self.params)
        return rendered


@structs.frozen(kw_only=True)
class DockerImageAssetInvalidationOptions:
    """Which options count in the asset hash (each ``True`` by default): set one to ``False`` to change that
    option without a new image.

    Args:
        build_args, build_contexts, build_secrets, build_ssh, extra_hash, file, network_mode, outputs, platform,
            repository_name, target: the option of that name.
    """

    build_args: bool | None = None
    build_contexts: bool | None = None
    build_secrets: bool | None = None
    build_ssh: bool | None = None
    extra_hash: bool | None = None
    file: bool | None = None
    network_mode: bool | None = None
    outputs: bool | None = None
    platform: bool | None = None
    repository_name: bool | None = None
    target: bool | None = None


@structs.frozen(kw_only=True)
class DockerImageAssetOptions:
    """The options of a ``DockerImageAsset`` without its directory (see ``DockerImageAsset`` for each keyword)."""

    exclude: Sequence[str] | None = None
    follow_symlinks: SymlinkFollowMode | None = None
    ignore_mode: IgnoreMode | None = None
    extra_hash: str | None = None
    asset_name: str | None = None
    build_args: Mapping[str, str] | None = None
    build_contexts: Mapping[str, str] | None = None
    build_secrets: Mapping[str, str] | None = None
    build_ssh: str | None = None
    cache_disabled: bool | None = None
    cache_from: Sequence[DockerCacheOption] | None = None
    cache_to: DockerCacheOption | None = None
    display_name: str | None = None
    file: str | None = None
    invalidation: DockerImageAssetInvalidationOptions | None = None
    network_mode: NetworkMode | None = None
    outputs: Sequence[str] | None = None
    platform: Platform | None = None
    target: str | None = None


@structs.frozen(kw_only=True)
class DockerImageAssetProps(DockerImageAssetOptions):
    """The properties of a ``DockerImageAsset``: its options and ``directory``, the build context."""

    directory: str


@structs.frozen(kw_only=True)
class TarballImageAssetProps:
    """The properties of a ``TarballImageAsset``.

    Args:
        tarball_file: the image tarball (``docker save`` output) to load and push.
        display_name: the name the CLI shows (default the construct path relative to the stack).
    """

    tarball_file: str
    display_name: str | None = None
