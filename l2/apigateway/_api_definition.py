"""``ApiDefinition``: the OpenAPI document of a ``SpecRestApi`` (inline, in S3, or a local file asset)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, UnscopedValidationError, ValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import AssetHashType, BundlingOptions, IgnoreMode, SymlinkFollowMode
    from l2.apigateway._interfaces import IRestApi
    from l2.iam import IGrantable
    from l2.kms import IKey
    from l2.s3 import IBucket


@structs.frozen(kw_only=True)
class ApiDefinitionS3Location:
    """An OpenAPI document in S3.

    Args:
        bucket: the bucket's name.
        key: the document's key.
        version: the object's version (default: the latest).
    """

    bucket: str
    key: str
    version: str | None = None


@structs.frozen(kw_only=True)
class ApiDefinitionConfig:
    """What a definition contributes to the RestApi: an inline document or an S3 location.

    Args:
        inline_definition: the OpenAPI document itself (default none).
        s3_location: where the OpenAPI document is in S3 (default none).
    """

    inline_definition: Any = None
    s3_location: ApiDefinitionS3Location | None = None


class ApiDefinition:
    """Where a ``SpecRestApi`` reads its OpenAPI definition."""

    @staticmethod
    def from_bucket(bucket: IBucket, key: str, object_version: str | None = None) -> S3ApiDefinition:
        """A document in an S3 bucket."""
        return S3ApiDefinition(bucket, key, object_version)

    @staticmethod
    def from_inline(definition: Any) -> InlineApiDefinition:
        """A document given as a (non-empty) dict."""
        return InlineApiDefinition(definition)

    @staticmethod
    def from_asset(
        file: str,
        *,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        readers: Sequence[IGrantable] | None = None,
        source_kms_key: IKey | None = None,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        bundling: BundlingOptions | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> AssetApiDefinition:
        """A local file, uploaded as an asset (the keywords are ``s3_assets.AssetOptions``)."""
        return AssetApiDefinition(
            file,
            deploy_time=deploy_time,
            display_name=display_name,
            readers=readers,
            source_kms_key=source_kms_key,
            asset_hash=asset_hash,
            asset_hash_type=asset_hash_type,
            bundling=bundling,
            exclude=exclude,
            follow_symlinks=follow_symlinks,
            ignore_mode=ignore_mode,
        )

    def bind(self, scope: Construct) -> ApiDefinitionConfig:
        """Called when the API is created."""
        raise NotImplementedError

    def bind_after_create(self, _scope: Construct, _rest_api: IRestApi) -> None:
        """Called after the API's L1 exists (nothing to do but for assets)."""


class S3ApiDefinition(ApiDefinition):
    """An OpenAPI document in S3.

    Args:
        bucket: the bucket that holds the document.
        key: the document's key.
        object_version: the object's version (default: the latest).
    """

    def __init__(self, bucket: IBucket, key: str, object_version: str | None = None) -> None:
        if not bucket.bucket_name:
            raise ValidationError("bucketName is undefined for the provided bucket", bucket)  # type: ignore[arg-type]
        self.bucket_name: str = bucket.bucket_name
        self.key = key
        self.object_version = object_version

    def bind(self, _scope: Construct) -> ApiDefinitionConfig:
        """The S3 location of the document."""
        return ApiDefinitionConfig(
            s3_location=ApiDefinitionS3Location(bucket=self.bucket_name, key=self.key, version=self.object_version)
        )


class InlineApiDefinition(ApiDefinition):
    """An OpenAPI document given inline.

    Raises:
        UnscopedValidationError: not a dict, or an empty one.

    Args:
        definition: the OpenAPI document, as a dict.
    """

    def __init__(self, definition: Any) -> None:
        if not isinstance(definition, Mapping) and not hasattr(definition, "resolve"):
            raise UnscopedValidationError("definition should be of type object")
        if isinstance(definition, Mapping) and not definition:
            raise UnscopedValidationError("JSON definition cannot be empty")
        self.definition = definition

    def bind(self, _scope: Construct) -> ApiDefinitionConfig:
        """The inline document."""
        return ApiDefinitionConfig(inline_definition=self.definition)


class AssetApiDefinition(ApiDefinition):
    """An OpenAPI document in a local file, uploaded as an asset named ``APIDefinition``.

    Args:
        path: the file (JSON or YAML).
        the others: the ``s3_assets.AssetOptions`` keyword arguments.
    """

    def __init__(
        self,
        path: str,
        *,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        readers: Sequence[IGrantable] | None = None,
        source_kms_key: IKey | None = None,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        bundling: BundlingOptions | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> None:
        self.path = path
        self.options: dict[str, Any] = {
            "deploy_time": deploy_time,
            "display_name": display_name,
            "readers": readers,
            "source_kms_key": source_kms_key,
            "asset_hash": asset_hash,
            "asset_hash_type": asset_hash_type,
            "bundling": bundling,
            "exclude": exclude,
            "follow_symlinks": follow_symlinks,
            "ignore_mode": ignore_mode,
        }
        self.asset: Any = None

    def bind(self, scope: Construct) -> ApiDefinitionConfig:
        if self.asset is None:
            from l2.s3_assets import Asset

            self.asset = Asset(scope, "APIDefinition", path=self.path, **self.options)
        if self.asset.is_zip_archive:
            raise ValidationError(f"Asset cannot be a .zip file or a directory ({self.path})", scope)
        return ApiDefinitionConfig(
            s3_location=ApiDefinitionS3Location(bucket=self.asset.s3_bucket_name, key=self.asset.s3_object_key)
        )

    def bind_after_create(self, scope: Construct, rest_api: IRestApi) -> None:
        """Point the API's L1 at the asset in the metadata SAM and other tools read."""
        if self.asset is None:
            raise ValidationError("bindToResource() must be called after bind()", scope)
        self.asset.add_resource_metadata(rest_api._cfn_resource, "BodyS3Location")  # type: ignore[attr-defined]
