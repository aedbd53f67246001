"""``KeyValueStore`` (``AWS::CloudFront::KeyValueStore``) and the ``ImportSource``s it is seeded from."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Arn,
    ArnFormat,
    AssetHashType,
    Construct,
    FileSystem,
    IgnoreMode,
    Lazy,
    Names,
    Resource,
    Stack,
    SymlinkFollowMode,
    ValidationError,
)
from constructs.internals import structs
from l1.cloudfront import CfnKeyValueStore
from l2.cloudfront._function import IKeyValueStore
from l2.cloudfront._references import KeyValueStoreReference

if TYPE_CHECKING:
    from constructs import BundlingOptions
    from l2.iam import IGrantable
    from l2.kms import IKey
    from l2.s3 import IBucket
    from l2.s3_assets import Asset


class ImportSource:
    """The data a ``KeyValueStore`` is created with: an S3 object, a local file, or inline JSON."""

    @staticmethod
    def from_bucket(bucket: IBucket, key: str) -> ImportSource:
        """An object in an S3 bucket."""
        return S3ImportSource(bucket, key)

    @staticmethod
    def from_asset(
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
    ) -> ImportSource:
        """A local file, published as an asset (``s3_assets.Asset`` options)."""
        return AssetImportSource(
            path, deploy_time=deploy_time, display_name=display_name, readers=readers,
            source_kms_key=source_kms_key, asset_hash=asset_hash, asset_hash_type=asset_hash_type,
            bundling=bundling, exclude=exclude, follow_symlinks=follow_symlinks, ignore_mode=ignore_mode,
        )

    @staticmethod
    def from_inline(data: str) -> ImportSource:
        """Inline JSON data, written to a file and published as an asset."""
        return InlineImportSource(data)

    def _bind(self, scope: Construct) -> dict[str, str]:
        raise NotImplementedError


def _check_same_stack(asset: Asset, scope: Construct) -> None:
    if Stack.of(asset) is not Stack.of(scope):
        raise ValidationError(
            f"Asset is already associated with another stack '{Stack.of(asset).stack_name}. "
            "Create a new ImportSource instance for every stack.", scope,
        )


class S3ImportSource(ImportSource):
    """An import source in an S3 bucket.

    Args:
        bucket: the bucket.
        key: the object's key.
    """

    def __init__(self, bucket: IBucket, key: str) -> None:
        self.bucket = bucket
        self.key = key

    def _bind(self, scope: Construct) -> dict[str, str]:
        return {"source_type": "S3", "source_arn": self.bucket.arn_for_objects(self.key)}


class AssetImportSource(ImportSource):
    """An import source from a local file (published as a deploy-time asset; ``s3_assets.Asset`` options).

    Args:
        path: the file.
        deploy_time: default ``True``.

    See ``s3_assets.Asset`` for the other keyword arguments.
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
        options: dict[str, Any] = {
            "deploy_time": deploy_time, "display_name": display_name, "readers": readers,
            "source_kms_key": source_kms_key, "asset_hash": asset_hash, "asset_hash_type": asset_hash_type,
            "bundling": bundling, "exclude": exclude, "follow_symlinks": follow_symlinks, "ignore_mode": ignore_mode,
        }
        self._options = {k: v for k, v in options.items() if v is not None}
        self._asset: Asset | None = None

    def _bind(self, scope: Construct) -> dict[str, str]:
        from l2.s3_assets import Asset

        if self._asset is None:
            self._asset = Asset(scope, "ImportSource", path=self.path, **{"deploy_time": True, **self._options})
        else:
            _check_same_stack(self._asset, scope)
        return {"source_type": "S3", "source_arn": self._asset.bucket.arn_for_objects(self._asset.s3_object_key)}


class InlineImportSource(ImportSource):
    """An import source from inline JSON data.

    Args:
        data: the JSON document (``{"data": [{"key": ..., "value": ...}]}``).
    """

    def __init__(self, data: str) -> None:
        self.data = data
        self._asset: Asset | None = None

    def _bind(self, scope: Construct) -> dict[str, str]:
        from l2.s3_assets import Asset

        if self._asset is None:
            path = os.path.join(FileSystem.mkdtemp("key-value-store"), "data.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(self.data)
            self._asset = Asset(scope, "ImportSource", path=path, deploy_time=True)
        else:
            _check_same_stack(self._asset, scope)
        return {"source_type": "S3", "source_arn": self._asset.bucket.arn_for_objects(self._asset.s3_object_key)}


@structs.frozen(kw_only=True)
class KeyValueStoreProps:
    """The properties of a ``KeyValueStore`` (see ``KeyValueStore``)."""

    comment: str | None = None
    key_value_store_name: str | None = None
    source: ImportSource | None = None


class _ImportedKeyValueStore(Resource):
    def __init__(self, scope: Construct, id: str, arn: str, store_id: str) -> None:
        super().__init__(scope, id, environment_from_arn=arn)
        self._scope = scope
        self.key_value_store_arn = arn
        self.key_value_store_id = store_id

    @property
    def key_value_store_ref(self) -> KeyValueStoreReference:
        """A reference to this store."""
        return KeyValueStoreReference(key_value_store_arn=self.key_value_store_arn,
                                      key_value_store_name=self.key_value_store_id)

    @property
    def key_value_store_status(self) -> str:
        """Not available on an imported store."""
        raise ValidationError("Status is not available for imported Key Value Store", self._scope)


class KeyValueStore(Resource):
    """A CloudFront KeyValueStore (``AWS::CloudFront::KeyValueStore``), read by CloudFront Functions.

    Args:
        key_value_store_name: default a unique name from the construct path (64 characters at most).
        comment: a comment.
        source: the data the store is created with (``ImportSource``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.KeyValueStore"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        key_value_store_name: str | None = None,
        source: ImportSource | None = None,
    ) -> None:
        super().__init__(
            scope, id,
            physical_name=key_value_store_name if key_value_store_name is not None
            else Lazy.string(lambda: Names.unique_resource_name(self, max_length=64)),
        )
        self._resource = CfnKeyValueStore(
            self, "Resource", name=self.physical_name, comment=comment,
            import_source=source._bind(self) if source is not None else None,
        )
        self.key_value_store_arn: str = self._resource.attr_arn
        self.key_value_store_id: str = self._resource.attr_id
        self.key_value_store_status: str = self._resource.attr_status

    @property
    def key_value_store_ref(self) -> KeyValueStoreReference:
        """A reference to this store (the resource's ``Ref`` as name and its ``Arn``)."""
        return KeyValueStoreReference(key_value_store_arn=self._resource.attr_arn,
                                      key_value_store_name=self._resource.ref)

    @staticmethod
    def from_key_value_store_arn(scope: Construct, id: str, key_value_store_arn: str) -> IKeyValueStore:
        """Import a store by ARN (its id is the ARN's resource name)."""
        store_id = Arn.split(key_value_store_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        if not store_id:
            raise ValidationError(f"Invalid Key Value Store Arn: '{key_value_store_arn}'", scope)
        return _ImportedKeyValueStore(scope, id, key_value_store_arn, store_id)
