"""``AgentRuntimeArtifact``: where an agent runtime's code comes from (ECR image, Docker asset, S3 code)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Stack, Token, UnscopedValidationError
from constructs.internals import structs
from l2.bedrockagentcore._types import AgentCoreRuntime
from l2.s3_assets import AssetOptions

if TYPE_CHECKING:
    from constructs import AssetHashType, BundlingOptions, IgnoreMode, SymlinkFollowMode
    from l2.bedrockagentcore._runtime import Runtime
    from l2.ecr import IRepository
    from l2.ecr_assets import (
        DockerCacheOption,
        DockerImageAsset,
        DockerImageAssetInvalidationOptions,
        NetworkMode,
        Platform,
    )
    from l2.iam import IGrantable
    from l2.kms import IKey
    from l2.s3 import Location
    from l2.s3_assets import Asset

ECR_URI_PATTERN = re.compile(
    r"^\d{12}\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*"
    r"[a-z0-9]+(?:[._-][a-z0-9]+)*)([:@]\S+)$")


@structs.frozen(kw_only=True)
class CodeAssetOptions(AssetOptions):
    """The options of ``AgentRuntimeArtifact.from_code_asset``: a local code path, its runtime and entry point.

    Args:
        asset_hash: a hash to use for the asset instead of one computed from its files.
        asset_hash_type: how the asset hash is computed (from the source, from the bundle, or given).
        bundling: how to bundle the code before it is uploaded.
        deploy_time: whether the asset is only needed while deploying (the bootstrap bucket may expire it).
        display_name: the asset's name in the CLI's output.
        exclude: glob patterns of files to leave out of the asset.
        follow_symlinks: how symbolic links are followed when the files are copied.
        ignore_mode: the kind of patterns ``exclude`` holds (glob, git or Docker style).
        readers: principals granted read access to the uploaded asset.
        source_kms_key: the KMS key the source bucket's objects are encrypted with.
    """

    path: str
    """The file or directory with the code."""
    runtime: AgentCoreRuntime
    """The language runtime that runs the code."""
    entrypoint: Sequence[str]
    """The entry point of the code (e.g. ``["main.py"]``)."""


class AgentRuntimeArtifact:
    """The code of an agent runtime; build one with the static methods."""

    def __init__(self) -> None:
        self._bound_roles: set[str] = set()

    @staticmethod
    def from_ecr_repository(repository: IRepository, tag: str | None = None) -> AgentRuntimeArtifact:
        """The image tagged ``tag`` (default ``latest``) in ``repository``; the runtime role may pull it."""
        return _EcrImage(repository, tag if tag is not None else "latest")

    @staticmethod
    def from_image_uri(container_uri: str) -> AgentRuntimeArtifact:
        """The ECR image at ``container_uri`` (no pull permission is granted)."""
        return _ImageUri(container_uri)

    @staticmethod
    def from_s3(s3_location: Location, runtime: AgentCoreRuntime, entrypoint: Sequence[str]) -> AgentRuntimeArtifact:
        """Code in an S3 object, run by ``runtime`` from ``entrypoint``; the runtime role may read the bucket."""
        return _S3Code(s3_location, runtime, list(entrypoint))

    @staticmethod
    def from_code_asset(*, entrypoint: Sequence[str], path: str, runtime: AgentCoreRuntime,
                        deploy_time: bool | None = None, display_name: str | None = None,
                        readers: Sequence[IGrantable] | None = None, source_kms_key: IKey | None = None,
                        asset_hash: str | None = None, asset_hash_type: AssetHashType | None = None,
                        bundling: BundlingOptions | None = None, exclude: Sequence[str] | None = None,
                        follow_symlinks: SymlinkFollowMode | None = None,
                        ignore_mode: IgnoreMode | None = None) -> AgentRuntimeArtifact:
        """Local code at ``path``, uploaded as an S3 asset (the other keywords are ``AssetOptions``)."""
        options = {"deploy_time": deploy_time, "display_name": display_name, "readers": readers,
                   "source_kms_key": source_kms_key, "asset_hash": asset_hash, "asset_hash_type": asset_hash_type,
                   "bundling": bundling, "exclude": exclude, "follow_symlinks": follow_symlinks,
                   "ignore_mode": ignore_mode}
        return _CodeAsset(path, runtime, list(entrypoint), {k: v for k, v in options.items() if v is not None})

    @staticmethod
    def from_asset(directory: str, *, asset_name: str | None = None, build_args: Mapping[str, str] | None = None,
                   build_contexts: Mapping[str, str] | None = None, build_secrets: Mapping[str, str] | None = None,
                   build_ssh: str | None = None, cache_disabled: bool | None = None,
                   cache_from: Sequence[DockerCacheOption] | None = None, cache_to: DockerCacheOption | None = None,
                   display_name: str | None = None, file: str | None = None,
                   invalidation: DockerImageAssetInvalidationOptions | None = None,
                   network_mode: NetworkMode | None = None, outputs: Sequence[str] | None = None,
                   platform: Platform | None = None, target: str | None = None, extra_hash: str | None = None,
                   exclude: Sequence[str] | None = None, follow_symlinks: SymlinkFollowMode | None = None,
                   ignore_mode: IgnoreMode | None = None) -> AgentRuntimeArtifact:
        """An image built from the Dockerfile in ``directory`` (the keywords are ``DockerImageAssetOptions``)."""
        options = {"asset_name": asset_name, "build_args": build_args, "build_contexts": build_contexts,
                   "build_secrets": build_secrets, "build_ssh": build_ssh, "cache_disabled": cache_disabled,
                   "cache_from": cache_from, "cache_to": cache_to, "display_name": display_name, "file": file,
                   "invalidation": invalidation, "network_mode": network_mode, "outputs": outputs,
                   "platform": platform, "target": target, "extra_hash": extra_hash, "exclude": exclude,
                   "follow_symlinks": follow_symlinks, "ignore_mode": ignore_mode}
        return _DockerAsset(directory, {k: v for k, v in options.items() if v is not None})

    def bind(self, scope: Construct, runtime: Runtime) -> None:
        """Called by the runtime that uses this artifact: grants the runtime role access to it."""

    def _first_bind(self, runtime: Runtime) -> bool:
        # aws-cdk-lib keeps the role ARNs it granted in a set, but an artifact shared by several runtimes whose
        # roles have token ARNs only grants the first one (checked against the oracle): every unresolved ARN
        # counts as the same key here.
        arn = runtime.role.role_arn
        if Token.is_unresolved(arn):
            arn = "<unresolved>"
        if arn in self._bound_roles:
            return False
        self._bound_roles.add(arn)
        return True

    def _render(self) -> dict[str, object]:
        raise NotImplementedError


class _EcrImage(AgentRuntimeArtifact):
    def __init__(self, repository: IRepository, tag: str) -> None:
        super().__init__()
        self._repository = repository
        self._tag = tag

    def bind(self, scope: Construct, runtime: Runtime) -> None:
        if self._first_bind(runtime):
            self._repository.grant_pull(runtime.role)

    def _render(self) -> dict[str, object]:
        return {"container_uri": self._repository.repository_uri_for_tag(self._tag)}


class _ImageUri(AgentRuntimeArtifact):
    def __init__(self, container_uri: str) -> None:
        super().__init__()
        if not Token.is_unresolved(container_uri) and not ECR_URI_PATTERN.match(container_uri):
            raise UnscopedValidationError(
                f"Invalid ECR container URI format: {container_uri}. Must be an ECR URI: "
                "{account}.dkr.ecr.{region}.amazonaws.com/{repository}:{tag} (or .amazonaws.com.cn in the aws-cn "
                "partition)")
        self._container_uri = container_uri

    def _render(self) -> dict[str, object]:
        return {"container_uri": self._container_uri}


class _DockerAsset(AgentRuntimeArtifact):
    def __init__(self, directory: str, options: dict[str, object]) -> None:
        super().__init__()
        self._directory = directory
        self._options = options
        self._asset: DockerImageAsset | None = None

    def bind(self, scope: Construct, runtime: Runtime) -> None:
        if self._asset is None:
            from l2.ecr_assets import DockerImageAsset

            self._asset = DockerImageAsset(scope, "AgentRuntimeArtifact", directory=self._directory,
                                           **self._options)  # type: ignore[arg-type]
        if self._first_bind(runtime):
            self._asset.repository.grant_pull(runtime.role)

    def _render(self) -> dict[str, object]:
        if self._asset is None:
            raise UnscopedValidationError("Asset not initialized. Call bind() before _render()")
        return {"container_uri": self._asset.image_uri}


class _S3Code(AgentRuntimeArtifact):
    def __init__(self, location: Location, runtime: AgentCoreRuntime, entrypoint: list[str]) -> None:
        super().__init__()
        self._location = location
        self._runtime = runtime
        self._entrypoint = entrypoint

    def bind(self, scope: Construct, runtime: Runtime) -> None:
        if self._first_bind(runtime):
            from l2.s3 import Bucket

            name = self._location.bucket_name
            if not Token.is_unresolved(name):
                Stack.of(scope).resolve(name)
            Bucket.from_bucket_name(scope, f"{name}CodeArchive", name).grant_read(runtime.role)

    def _render(self) -> dict[str, object]:
        s3: dict[str, object] = {"bucket": self._location.bucket_name, "prefix": self._location.object_key}
        if self._location.object_version:
            s3["version_id"] = self._location.object_version
        return {"code": {"s3": s3}, "runtime": self._runtime.value, "entry_point": self._entrypoint}


class _CodeAsset(AgentRuntimeArtifact):
    def __init__(self, path: str, runtime: AgentCoreRuntime, entrypoint: list[str],
                 options: dict[str, object]) -> None:
        super().__init__()
        self._path = path
        self._runtime = runtime
        self._entrypoint = entrypoint
        self._options = options
        self._asset: Asset | None = None

    def bind(self, scope: Construct, runtime: Runtime) -> None:
        if self._asset is None:
            from l2.s3_assets import Asset

            self._asset = Asset(scope, "AgentRuntimeArtifact", path=self._path, **self._options)  # type: ignore[arg-type]
        if self._first_bind(runtime):
            self._asset.bucket.grant_read(runtime.role)

    def _render(self) -> dict[str, object]:
        if self._asset is None:
            raise UnscopedValidationError("Asset not initialized. Call bind() before _render()")
        return {"code": {"s3": {"bucket": self._asset.bucket.bucket_name, "prefix": self._asset.s3_object_key}},
                "runtime": self._runtime.value, "entry_point": self._entrypoint}
