"""File and Docker image assets: hashing, staging into the cloud assembly and publishing locations."""

from __future__ import annotations

import enum
import hashlib
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs._private import structs

from ._construct import Construct
from ._errors import ValidationError
from ._private.fingerprint import AssetFileError, check_copyable, fingerprint

if TYPE_CHECKING:
    from ._bundling import BundlingOptions, DockerCacheOption
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
    """What a synthesizer needs to publish a file asset.

    Args:
        source_hash: the hash that identifies the asset's content (unique per content).
        file_name: the file or folder to publish, relative to the cloud assembly (default none: ``executable`` makes it).
        packaging: how the source is packaged (a file as is, or a folder zipped; default a file).
        executable: a command whose output is the file to publish, instead of ``file_name``.
        deploy_time: whether the asset is only needed during the deployment (it may then be cleaned up afterwards).
        display_name: the name the CLI shows while publishing (default the construct path).
    """

    source_hash: str
    file_name: str | None = None
    packaging: FileAssetPackaging | None = None
    executable: Sequence[str] | None = None
    deploy_time: bool | None = None
    display_name: str | None = None


@structs.frozen(kw_only=True)
class FileAssetLocation:
    """Where a published file asset lives (values are tokens in env-agnostic stacks).

    Args:
        bucket_name: the bucket the file is uploaded to.
        object_key: the key of the uploaded object.
        http_url: the object's HTTP URL.
        s3_object_url: the object's ``s3://`` URL.
        kms_key_arn: the ARN of the KMS key that encrypts the bucket (default none; deprecated in aws-cdk-lib).
        s3_object_url_with_placeholders: the ``s3://`` URL with the account/region placeholders left unresolved.
    """

    bucket_name: str
    object_key: str
    http_url: str
    s3_object_url: str
    kms_key_arn: str | None = None
    s3_object_url_with_placeholders: str | None = None


@structs.frozen(kw_only=True)
class DockerImageAssetSource:
    """What a synthesizer needs to publish a Docker image asset (images are listed, not built).

    Args:
        source_hash: the hash that identifies the image's build inputs (unique per content).
        directory_name: the build context folder, relative to the cloud assembly (default none: ``executable``).
        docker_build_args: ``--build-arg`` values for the build.
        docker_build_contexts: extra named build contexts (``--build-context``).
        docker_build_secrets: build secrets (``--secret``).
        docker_build_ssh: the SSH agent socket or keys for the build (``--ssh``).
        docker_build_target: the Dockerfile stage to build (``--target``).
        docker_cache_disabled: build without the layer cache (``--no-cache``).
        docker_cache_from: caches to import layers from (``--cache-from``).
        docker_cache_to: where to export the layer cache (``--cache-to``).
        docker_file: the Dockerfile, relative to the build context (default ``Dockerfile``).
        docker_outputs: where the build writes its result (``--output``).
        executable: a command that builds the image and prints its name, instead of ``directory_name``.
        network_mode: the network of the build's RUN steps (``--network``).
        platform: the target platform (``--platform``, e.g. ``linux/arm64``).
        asset_name: the ECR repository name (deprecated in aws-cdk-lib; default the synthesizer's repository).
        display_name: the name the CLI shows while building and publishing (default the construct path).
    """

    source_hash: str
    directory_name: str | None = None
    docker_build_args: Mapping[str, str] | None = None
    docker_build_contexts: Mapping[str, str] | None = None
    docker_build_secrets: Mapping[str, str] | None = None
    docker_build_ssh: str | None = None
    docker_build_target: str | None = None
    docker_cache_disabled: bool | None = None
    docker_cache_from: Sequence[DockerCacheOption] | None = None
    docker_cache_to: DockerCacheOption | None = None
    docker_file: str | None = None
    docker_outputs: Sequence[str] | None = None
    executable: Sequence[str] | None = None
    network_mode: str | None = None
    platform: str | None = None
    asset_name: str | None = None
    display_name: str | None = None


@structs.frozen(kw_only=True)
class AddFileAssetOptions:
    """Options of adding a file asset to an asset manifest: its display name.

    Args:
        display_name: the name the CLI shows while publishing (default the construct path).
    """

    display_name: str | None = None


@structs.frozen(kw_only=True)
class AddDockerImageAssetOptions:
    """Options of adding an image asset to an asset manifest: its display name.

    Args:
        display_name: the name the CLI shows while publishing (default the construct path).
    """

    display_name: str | None = None


@structs.frozen(kw_only=True)
class AssetOptions:
    """How an asset is hashed (``asset_hash``, ``asset_hash_type``) and bundled (``bundling``).

    Args:
        asset_hash: a hash given by the caller (needs ``asset_hash_type`` custom; default computed).
        asset_hash_type: what the hash is computed from: the source, the bundled output or ``asset_hash``
            (default the source, or the output when bundling).
        bundling: how to bundle the source in a container or locally first (default not bundled).
    """

    asset_hash: str | None = None
    asset_hash_type: AssetHashType | None = None
    bundling: BundlingOptions | None = None


@structs.frozen(kw_only=True)
class AssetStagingProps:
    """The initialisation options of ``AssetStaging``.

    See ``AssetStaging`` for each keyword argument.
    """

    source_path: str
    exclude: Sequence[str] | None = None
    follow: SymlinkFollowMode | None = None
    ignore_mode: IgnoreMode | None = None
    extra_hash: str | None = None
    asset_hash: str | None = None
    asset_hash_type: AssetHashType | None = None
    bundling: BundlingOptions | None = None


@runtime_checkable
class IAsset(Protocol):
    """An asset: something with a hash that changes when its content changes."""

    @property
    def asset_hash(self) -> str: ...


@structs.frozen(kw_only=True)
class DockerImageAssetLocation:
    """Where a published image lives.

    Args:
        image_tag: the image's tag (default part of ``image_uri``).
        image_uri: the image's URI, with the tag.
        repository_name: the ECR repository holding it.
    """

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
    """Hashes a file or directory (or the output of bundling it) and stages it into the cloud assembly as
    ``asset.<hash>``.

    The copy happens when the assembly is written, so a failed synthesis stages nothing. Bundling runs when the
    construct is created, as in aws-cdk-lib: ``bundling.local.try_bundle`` first, else a Docker container.

    Args:
        source_path: the file or directory.
        asset_hash: a custom hash (``asset_hash_type`` CUSTOM).
        asset_hash_type: SOURCE (default), OUTPUT / BUNDLE (the bundling output) or CUSTOM.
        bundling: how to bundle the source directory.
        exclude: patterns to leave out.
        extra_hash: extra data mixed into the hash.
        follow: symlink mode (default EXTERNAL).
        follow_symlinks: the same (the name asset constructs use).
        ignore_mode: how ``exclude`` is read (default GLOB).
    """

    BUNDLING_INPUT_DIR = "/asset-input"
    BUNDLING_OUTPUT_DIR = "/asset-output"
    _bundle_cache: dict[str, tuple[str, str, FileAssetPackaging, bool, str]] = {}

    @staticmethod
    def clear_asset_hash_cache() -> None:
        """Forget the bundling results kept for identical assets of this process."""
        AssetStaging._bundle_cache.clear()

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        source_path: str,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        bundling: BundlingOptions | None = None,
        exclude: Sequence[str] | None = None,
        extra_hash: str | None = None,
        follow: SymlinkFollowMode | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> None:
        super().__init__(scope, id)
        if follow_symlinks is None:
            follow_symlinks = follow
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
        self.source_path: str = os.path.abspath(source_path)
        follow_mode = (follow_symlinks or SymlinkFollowMode.EXTERNAL).value
        mode = (ignore_mode or IgnoreMode.GLOB).value
        salt = self.node.try_get_context("@aws-cdk/core:assetHashSalt")
        extra = (extra_hash or "") + (str(salt) if salt else "")
        self._exclude = list(exclude or [])
        if asset_hash is not None:
            hash_type = asset_hash_type or AssetHashType.CUSTOM
            if hash_type is not AssetHashType.CUSTOM:
                raise ValidationError(
                    f"Cannot specify `{hash_type.value}` for `assetHashType` when `assetHash` is specified. Use "
                    "`CUSTOM` or leave `undefined`.",
                    self,
                )
        else:
            hash_type = asset_hash_type or AssetHashType.SOURCE
            if hash_type is AssetHashType.CUSTOM:
                raise ValidationError(
                    "`assetHash` must be specified when `assetHashType` is set to `AssetHashType.CUSTOM`.", self
                )
        self.hash_type = hash_type
        self._fingerprint_args: dict[str, Any] = {
            "extra_hash": extra or None, "exclude": exclude, "follow": follow_mode, "ignore_mode": mode
        }
        if bundling is not None:
            self._stage_by_bundling(bundling, asset_hash)
            return
        if hash_type in (AssetHashType.BUNDLE, AssetHashType.OUTPUT):
            raise ValidationError(
                f"Cannot use `{hash_type.value}` hash type when `bundling` is not specified.", self
            )
        if asset_hash is not None:
            digest = hashlib.sha256(asset_hash.encode("utf-8")).hexdigest()
        else:
            try:
                digest = fingerprint(self.source_path, **self._fingerprint_args)
            except AssetFileError as e:
                raise ValidationError(f"{e} (source_path of {self.node.path})", self) from None
        self.asset_hash: str = digest
        self.source_hash: str = digest
        self.is_archive: bool = os.path.isdir(self.source_path) or self.source_path.lower().endswith(ARCHIVE_EXTENSIONS)
        self.packaging = FileAssetPackaging.ZIP_DIRECTORY if os.path.isdir(self.source_path) else FileAssetPackaging.FILE
        self.staged_path: str = staged_file_name(self.source_path, digest)
        if asset_hash is not None:
            # not walked for the hash: check now that the folder can be copied (links, loops)
            try:
                check_copyable(self.source_path, exclude=self._exclude, follow=follow_mode, ignore_mode=mode)
            except AssetFileError as e:
                raise ValidationError(f"{e} (source_path of {self.node.path})", self) from None
        register_staged_asset(self, self.staged_path, self.source_path, self._exclude, follow_mode, mode)

    # -- bundling --------------------------------------------------------------------------------------------
    def _hash_with_bundling(self, custom: str | None, bundling: BundlingOptions) -> str:
        """SOURCE or CUSTOM hash of a bundled asset: the source fingerprint and the bundling options."""
        from ._private.bundling_json import bundling_json

        h = hashlib.sha256()
        h.update((custom if custom is not None else fingerprint(self.source_path, **self._fingerprint_args)).encode())
        h.update(bundling_json(bundling).encode("utf-8"))
        return h.hexdigest()

    def _stage_by_bundling(self, bundling: BundlingOptions, custom: str | None) -> None:
        from ._names import Names
        from ._stack import Stack

        if not os.path.isdir(self.source_path):
            raise ValidationError(
                f"Asset path must be a directory when bundling is specified (source_path of {self.node.path}: "
                f"{self.source_path})",
                self,
            )
        if not Stack.of(self).bundling_required:
            hash_type = self.hash_type
            if hash_type in (AssetHashType.OUTPUT, AssetHashType.BUNDLE):
                custom, hash_type = Names.unique_id(self), AssetHashType.CUSTOM
            digest = self._hash_with_bundling(custom, bundling)
            self.asset_hash = self.source_hash = digest
            self.staged_path = self.source_path
            self.packaging = FileAssetPackaging.ZIP_DIRECTORY
            self.is_archive = True
            return
        pre_hash = None
        if self.hash_type in (AssetHashType.SOURCE, AssetHashType.CUSTOM):
            pre_hash = self._hash_with_bundling(custom, bundling)
        from ._private.bundling_json import bundling_json

        # a local bundler serializes as ``{}`` (as in JavaScript); one whose output depends on more than the options
        # (a NodejsFunction's entry) names it in ``cache_key``, as aws-cdk-lib's key holds its bundling object's fields
        local_key = getattr(bundling.local, "cache_key", "")
        key = hashlib.sha256(
            f"{self.source_path}|{self.hash_type.value}|{custom}|{pre_hash}|{bundling_json(bundling)}|"
            f"{self._fingerprint_args}|{local_key}".encode()
        ).hexdigest()
        cached = AssetStaging._bundle_cache.get(key)
        if cached is None:
            bundle_dir = self._bundle(bundling)
            output_type = bundling.output_type
            path, packaging, ext = _determine_bundled_asset(self, bundle_dir, output_type)
            digest = pre_hash or fingerprint(path, **self._fingerprint_args)
            cached = (digest, path, packaging, output_type is not None and output_type.value == "NOT_ARCHIVED", ext)
            AssetStaging._bundle_cache[key] = cached
        digest, path, packaging, not_archived, ext = cached
        self.asset_hash = digest
        self.source_hash = digest
        self.packaging = packaging
        self.is_archive = not not_archived
        if packaging is FileAssetPackaging.ZIP_DIRECTORY:
            self.staged_path = f"asset.{digest}"
            register_staged_asset(self, self.staged_path, path, [], "external", "glob")
        else:
            self.staged_path = f"asset.{digest}{ext}"
            register_staged_asset(self, self.staged_path, path, [], "external", "glob")

    def _bundle(self, options: BundlingOptions) -> str:
        """Run local bundling or the container into a new directory; the directory."""
        import sys

        from ._bundling import BundlingFileAccess
        from ._fs import FileSystem
        from ._private.bundling_run import run_bind_mount, run_volume_copy
        out = FileSystem.mkdtemp("cdk-asset-bundle-")
        os.chmod(out, 0o777)
        sys.stderr.write(f"Bundling asset {self.node.path}...\n")
        local_done = False
        try:
            if options.local is not None:
                local_done = bool(options.local.try_bundle(
                    out, **{f.name: getattr(options, f.name) for f in structs.fields(type(options))}
                ))
            if not local_done:
                if options.bundling_file_access is BundlingFileAccess.VOLUME_COPY:
                    run_volume_copy(options, self.source_path, out)
                else:
                    run_bind_mount(options, self.source_path, out)
        except Exception as e:
            raise ValidationError(
                f"Failed to bundle asset {self.node.path}, bundle output is located at {out}: {e}", self
            ) from e
        if FileSystem.is_empty(out):
            where = out if local_done else AssetStaging.BUNDLING_OUTPUT_DIR
            raise ValidationError(f"Bundling did not produce any output. Check that content is written to {where}.", self)
        return out

    @property
    def absolute_staged_path(self) -> str:
        """Where the staged copy will be in the assembly directory."""
        from ._stage import Stage

        if os.path.isabs(self.staged_path):
            return self.staged_path
        stage = Stage.of(self)
        return os.path.join(stage.outdir if stage is not None else "", self.staged_path)

    def relative_staged_path(self, stack: Stack) -> str:
        """The staged path relative to the assembly directory (absolute when the asset is not staged)."""
        return self.staged_path


def _determine_bundled_asset(
    scope: Construct, bundle_dir: str, output_type: Any
) -> tuple[str, FileAssetPackaging, str]:
    """(path, packaging, extension) of the bundling output, per ``BundlingOutput``."""
    kind = output_type.value if output_type is not None else "AUTO_DISCOVER"
    entries = os.listdir(bundle_dir)
    single: str | None = None
    if len(entries) == 1:
        candidate = os.path.join(bundle_dir, entries[0])
        ext = _extension(entries[0]).lower()
        if os.path.isfile(candidate) and (kind == "SINGLE_FILE" or ext in ARCHIVE_EXTENSIONS):
            single = candidate
    if kind == "AUTO_DISCOVER":
        kind = "ARCHIVED" if single else "NOT_ARCHIVED"
    if kind == "NOT_ARCHIVED":
        return bundle_dir, FileAssetPackaging.ZIP_DIRECTORY, ""
    if single is None:
        raise ValidationError(
            "Bundling output directory is expected to include only a single file when `output` is set to "
            "`ARCHIVED` or `SINGLE_FILE`",
            scope,
        )
    if os.path.islink(single):
        raise ValidationError("The output from bundling is not allowed to be a symlink.", scope)
    return single, FileAssetPackaging.FILE, _extension(single)


def _extension(name: str) -> str:
    for ext in ARCHIVE_EXTENSIONS:
        if name.lower().endswith(ext):
            return ext
    return os.path.splitext(name)[1]


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
