"""``AssetManifestBuilder``: builds a stack's asset manifest (``<artifact id>.assets.json``) for custom
synthesizers, with the destinations aws-cdk-lib's synthesizers use."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs._private import structs

from ._errors import UnscopedValidationError

if TYPE_CHECKING:
    from ._assets import DockerImageAssetSource, FileAssetSource
    from ._stack import Stack
    from ._synthesizers import ISynthesisSession

ASSET_MANIFEST_VERSION = "55.0.0"


@structs.frozen(kw_only=True)
class RoleOptions:
    """A role to assume to publish assets: its ARN, external id and other STS options.

    Args:
        assume_role_additional_options: other options of the ``AssumeRole`` call (default none).
        assume_role_arn: the role's ARN.
        assume_role_external_id: the external id to assume it with (default none).
    """

    assume_role_arn: str
    assume_role_additional_options: Mapping[str, object] | None = None
    assume_role_external_id: str | None = None


@structs.frozen(kw_only=True)
class AssetManifestFileDestination:
    """Where file assets go: a bucket, a key prefix and the publishing role.

    Args:
        bucket_name: the bucket the files are uploaded to.
        bucket_prefix: the prefix of the object keys (default none).
        role: the role assumed to publish (default the CLI's credentials).
    """

    bucket_name: str
    bucket_prefix: str | None = None
    role: RoleOptions | None = None


@structs.frozen(kw_only=True)
class AssetManifestDockerImageDestination:
    """Where image assets go: a repository, a tag prefix and the publishing role.

    Args:
        docker_tag_prefix: the prefix of the image tags (default none).
        repository_name: the ECR repository the images are pushed to.
        role: the role assumed to publish (default the CLI's credentials).
    """

    repository_name: str
    docker_tag_prefix: str | None = None
    role: RoleOptions | None = None


def _clean(d: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (dict(v) if isinstance(v, Mapping) else list(v) if isinstance(v, (list, tuple)) else v)
            for k, v in d.items() if v is not None}


def _resolved_or(value: str, default: str | None) -> str | None:
    from ._token import Token

    return default if Token.is_unresolved(value) else value


def _js_json(value: Any) -> str:
    """``JSON.stringify`` (compact, insertion order, non-ASCII kept)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


class AssetManifestBuilder:
    """Collects file and image assets with their destinations and writes the asset manifest."""

    def __init__(self) -> None:
        self._files: dict[str, dict[str, Any]] = {}
        self._docker_images: dict[str, dict[str, Any]] = {}

    @property
    def has_assets(self) -> bool:
        """Whether any asset was added."""
        return bool(self._files or self._docker_images)

    def default_add_file_asset(
        self,
        stack: Stack,
        asset: FileAssetSource,
        target: AssetManifestFileDestination,
        *,
        display_name: str | None = None,
    ) -> dict[str, Any]:
        """Add a file asset to ``target`` the way aws-cdk-lib's synthesizers do (object key
        ``<prefix><hash><ext>``, ``.zip`` for directories); the destination."""
        from ._assets import FileAssetPackaging
        from ._token import Token

        if bool(asset.executable) == bool(asset.file_name):
            raise UnscopedValidationError(f"Exactly one of 'fileName' or 'executable' is required, got: {asset!r}")
        if bool(asset.packaging) != bool(asset.file_name):
            raise UnscopedValidationError(
                f"'packaging' is expected in combination with 'fileName', got: {asset!r}"
            )
        if asset.display_name is not None and Token.is_unresolved(asset.display_name):
            raise UnscopedValidationError(f"'displayName' may not contain a Token, got: {asset.display_name!r}")
        extension = os.path.splitext(asset.file_name)[1] if asset.file_name is not None else ""
        suffix = ".zip" if asset.packaging is FileAssetPackaging.ZIP_DIRECTORY else extension
        object_key = (target.bucket_prefix or "") + asset.source_hash + suffix
        role = target.role
        return self.add_file_asset(
            stack,
            asset.source_hash,
            {
                "path": asset.file_name,
                "executable": asset.executable,
                "packaging": asset.packaging.value if asset.packaging is not None else None,
            },
            {
                "bucketName": target.bucket_name,
                "objectKey": object_key,
                "region": _resolved_or(stack.region, None),
                "assumeRoleArn": role.assume_role_arn if role else None,
                "assumeRoleExternalId": role.assume_role_external_id if role else None,
                "assumeRoleAdditionalOptions": role.assume_role_additional_options if role else None,
            },
            display_name=display_name,
        )

    def default_add_docker_image_asset(
        self,
        stack: Stack,
        asset: DockerImageAssetSource,
        target: AssetManifestDockerImageDestination,
        *,
        display_name: str | None = None,
    ) -> dict[str, Any]:
        """Add an image asset to ``target`` the way aws-cdk-lib's synthesizers do (tag ``<prefix><hash>``);
        the destination."""
        from ._synthesizers import docker_image_source_entry
        from ._token import Token

        if bool(asset.executable) == bool(asset.directory_name):
            raise UnscopedValidationError(
                f"Exactly one of 'directoryName' or 'executable' is required, got: {asset!r}"
            )
        if asset.display_name is not None and Token.is_unresolved(asset.display_name):
            raise UnscopedValidationError(f"'displayName' may not contain a Token, got: {asset.display_name!r}")
        for key in ("docker_build_args", "docker_build_contexts", "docker_build_target", "docker_outputs",
                    "docker_file"):
            if getattr(asset, key) and not asset.directory_name:
                raise UnscopedValidationError(
                    f"'{key}' is only allowed in combination with 'directoryName', got: {asset!r}"
                )
        source_hash = f"{asset.asset_name}-{asset.source_hash}" if asset.asset_name else asset.source_hash
        role = target.role
        return self.add_docker_image_asset(
            stack,
            source_hash,
            docker_image_source_entry(asset),
            {
                "repositoryName": target.repository_name,
                "imageTag": f"{target.docker_tag_prefix or ''}{asset.source_hash}",
                "region": _resolved_or(stack.region, None),
                "assumeRoleArn": role.assume_role_arn if role else None,
                "assumeRoleExternalId": role.assume_role_external_id if role else None,
                "assumeRoleAdditionalOptions": role.assume_role_additional_options if role else None,
            },
            display_name=display_name,
        )

    def _env_name(self, stack: Stack) -> str:
        return f"{_resolved_or(stack.account, 'current_account')}-{_resolved_or(stack.region, 'current_region')}"

    def _add(
        self, table: dict[str, dict[str, Any]], stack: Stack, source_hash: str, source: Mapping[str, Any],
        dest: Mapping[str, Any], display_name: str | None,
    ) -> dict[str, Any]:
        entry = table.get(source_hash)
        if entry is None:
            entry = table[source_hash] = {}
            if display_name is not None:
                entry["displayName"] = display_name
            entry["source"] = _clean(source)
            entry["destinations"] = {}
        clean = _clean(dest)
        digest = hashlib.sha256(_js_json(clean).encode("utf-8")).hexdigest()[:8]
        entry["destinations"][f"{self._env_name(stack)}-{digest}"] = clean
        return clean

    def add_file_asset(
        self,
        stack: Stack,
        source_hash: str,
        source: Mapping[str, object],
        dest: Mapping[str, object],
        *,
        display_name: str | None = None,
    ) -> dict[str, Any]:
        """Add a file asset (``source`` and ``dest`` as manifest objects, camelCase keys); the destination."""
        return self._add(self._files, stack, source_hash, source, dest, display_name)

    def add_docker_image_asset(
        self,
        stack: Stack,
        source_hash: str,
        source: Mapping[str, object],
        dest: Mapping[str, object],
        *,
        display_name: str | None = None,
    ) -> dict[str, Any]:
        """Add an image asset (``source`` and ``dest`` as manifest objects, camelCase keys); the destination."""
        return self._add(self._docker_images, stack, source_hash, source, dest, display_name)

    def emit_manifest(
        self,
        stack: Stack,
        session: ISynthesisSession,
        options: Mapping[str, object] | None = None,
        dependencies: Sequence[str] | None = None,
    ) -> str:
        """Write ``<stack artifact id>.assets.json`` into the session's output directory (and add its artifact to
        the session's assembly when it takes artifacts); the artifact id."""
        artifact_id = f"{stack.artifact_id}.assets"
        manifest_file = f"{artifact_id}.json"
        manifest = {"version": ASSET_MANIFEST_VERSION, "files": self._files, "dockerImages": self._docker_images}
        with open(os.path.join(session.outdir, manifest_file), "w", encoding="utf-8") as f:
            f.write(json.dumps(manifest, indent=2, ensure_ascii=False))
        add_artifact = getattr(session.assembly, "add_artifact", None)
        if callable(add_artifact):
            entry: dict[str, Any] = {
                "type": "cdk:asset-manifest",
                "properties": {"file": manifest_file, **dict(options or {})},
            }
            if dependencies:
                entry["dependencies"] = list(dependencies)
            add_artifact(artifact_id, entry)
        return artifact_id
