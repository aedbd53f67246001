"""File and Docker image assets: hashing, staging into the cloud assembly and publishing locations."""

from __future__ import annotations

import enum
import hashlib
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs._private import structs

from ._construct import Construct
from ._errors import ValidationError
from ._private.fingerprint import AssetFileError, check_copyable, fingerprint

if TYPE_CHECKING:
    from ._stack import Stack

ARCHIVE_EXTENSIONS = (".tar.gz", ".zip", ".jar", ".tar", ".tgz")


class FileAssetPackaging(enum.Enum):
    """How a file asset is uploaded."""

    ZIP_DIRECTORY = "zip"
    FILE = "file"


class AssetHashType(enum.Enum):
    """How an asset hash is computed."""

    SOURCE = "source"
    BUNDLE = "bundle"
    OUTPUT = "output"
    CUSTOM = "custom"


class IgnoreMode(enum.Enum):
    """How ``exclude`` patterns are read."""

    GLOB = "glob"
    GIT = "git"
    DOCKER = "docker"


class SymlinkFollowMode(enum.Enum):
    """How symbolic links are followed when fingerprinting and copying."""

    NEVER = "never"
    ALWAYS = "always"
    EXTERNAL = "external"
    BLOCK_EXTERNAL = "internal-only"


@structs.frozen(kw_only=True)
class FileAssetSource:
    """What a synthesizer needs to publish a file asset."""

    source_hash: str
    file_name: str | None = None
    packaging: FileAssetPackaging | None = None
    executable: Sequence[str] | None = None
    deploy_time: bool | None = None
    display_name: str | None = None


@structs.frozen(kw_only=True)
class FileAssetLocation:
    """Where a published file asset lives (values are tokens in env-agnostic stacks)."""

    bucket_name: str
    object_key: str
    http_url: str
    s3_object_url: str
    kms_key_arn: str | None = None
    s3_object_url_with_placeholders: str | None = None


@structs.frozen(kw_only=True)
class DockerImageAssetSource:
    """What a synthesizer needs to publish a Docker image asset (images are listed, not built)."""

    source_hash: str
    directory_name: str | None = None
    docker_build_args: Mapping[str, str] | None = None
    docker_build_target: str | None = None
    docker_file: str | None = None
    executable: Sequence[str] | None = None
    network_mode: str | None = None
    platform: str | None = None
    asset_name: str | None = None
    display_name: str | None = None


@structs.frozen(kw_only=True)
class DockerImageAssetLocation:
    """Where a published image lives."""

    image_uri: str
    repository_name: str
    image_tag: str | None = None


def staged_file_name(source_path: str, asset_hash: str) -> str:
    """``asset.<hash><ext>`` for a file (archive extensions kept whole), ``asset.<hash>`` for a directory."""
    if os.path.isdir(source_path):
        return f"asset.{asset_hash}"
    base = os.path.basename(source_path).lower()
    for ext in ARCHIVE_EXTENSIONS:
        if base.endswith(ext):
            return f"asset.{asset_hash}{os.path.basename(source_path)[-len(ext):]}"
    return f"asset.{asset_hash}{os.path.splitext(source_path)[1]}"


class AssetStaging(Construct):
    """Hashes a file or directory and stages it into the cloud assembly as ``asset.<hash>``.

    The copy happens when the assembly is written, so a failed synthesis stages nothing.

    Args:
        source_path: the file or directory.
        asset_hash: a custom hash (``asset_hash_type`` CUSTOM).
        asset_hash_type: SOURCE (default) or CUSTOM.
        exclude: glob patterns to leave out.
        extra_hash: extra data mixed into the hash.
        follow_symlinks: symlink mode (default EXTERNAL).
        ignore_mode: how ``exclude`` is read (default GLOB).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        source_path: str,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        bundling: Any = None,
        exclude: Sequence[str] | None = None,
        extra_hash: str | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> None:
        super().__init__(scope, id)
        if bundling is not None:
            raise ValidationError(
                "Asset bundling (Docker or local) is not supported by pycdk: build the artifact first and point "
                "source_path at the output",
                self,
            )
        if not isinstance(source_path, (str, os.PathLike)):
            raise TypeError(f"{self.node.path}: source_path must be a str, got {type(source_path).__name__}")
        source_path = os.fspath(source_path)
        if follow_symlinks is not None and not isinstance(follow_symlinks, SymlinkFollowMode):
            raise TypeError(
                f"{self.node.path}: follow_symlinks must be a SymlinkFollowMode, got {type(follow_symlinks).__name__}"
            )
        if ignore_mode is not None and not isinstance(ignore_mode, IgnoreMode):
            raise TypeError(f"{self.node.path}: ignore_mode must be an IgnoreMode, got {type(ignore_mode).__name__}")
        if exclude is not None and (isinstance(exclude, str) or not all(isinstance(p, str) for p in exclude)):
            raise TypeError(f"{self.node.path}: exclude must be a list of str patterns, got {exclude!r}")
        if not os.path.exists(source_path):
            raise ValidationError(f"Cannot find asset at {source_path}", self)
        self.source_path = os.path.abspath(source_path)
        follow = (follow_symlinks or SymlinkFollowMode.EXTERNAL).value
        mode = (ignore_mode or IgnoreMode.GLOB).value
        salt = self.node.try_get_context("@aws-cdk/core:assetHashSalt")
        extra = (extra_hash or "") + (str(salt) if salt else "")
        if asset_hash is not None or asset_hash_type is AssetHashType.CUSTOM:
            if asset_hash is None:
                raise ValidationError("'assetHash' must be specified when 'assetHashType' is CUSTOM", self)
            digest = hashlib.sha256(asset_hash.encode("utf-8")).hexdigest()
        else:
            try:
                digest = fingerprint(
                    self.source_path, extra_hash=extra or None, exclude=exclude, follow=follow, ignore_mode=mode
                )
            except AssetFileError as e:
                raise ValidationError(f"{e} (source_path of {self.node.path})", self) from None
        self.asset_hash = digest
        self.source_hash = digest
        self.is_archive = os.path.isdir(self.source_path) or self.source_path.lower().endswith(ARCHIVE_EXTENSIONS)
        self.packaging = FileAssetPackaging.ZIP_DIRECTORY if os.path.isdir(self.source_path) else FileAssetPackaging.FILE
        self.staged_path = staged_file_name(self.source_path, digest)
        self._exclude = list(exclude or [])
        if asset_hash is not None or asset_hash_type is AssetHashType.CUSTOM:
            # not walked for the hash: check now that the folder can be copied (links, loops)
            try:
                check_copyable(self.source_path, exclude=self._exclude, follow=follow, ignore_mode=mode)
            except AssetFileError as e:
                raise ValidationError(f"{e} (source_path of {self.node.path})", self) from None
        register_staged_asset(self, self.staged_path, self.source_path, self._exclude, follow, mode)

    @property
    def absolute_staged_path(self) -> str:
        """Where the staged copy will be in the assembly directory."""
        from ._stage import Stage

        stage = Stage.of(self)
        return os.path.join(stage.outdir if stage is not None else "", self.staged_path)

    def relative_staged_path(self, stack: Stack) -> str:
        """The staged path relative to the assembly directory."""
        return self.staged_path


def register_staged_asset(
    scope: Construct,
    staged_name: str,
    source: str,
    exclude: Sequence[str],
    follow: str = "external",
    ignore_mode: str = "glob",
) -> None:
    """Remember to copy ``source`` into the assembly as ``staged_name`` when it is written."""
    from ._stage import Stage

    stage = Stage.of(scope)
    if stage is None:
        return
    registry = stage.__dict__.setdefault("_staged_assets", {})
    registry[staged_name] = (source, list(exclude), follow, ignore_mode)
