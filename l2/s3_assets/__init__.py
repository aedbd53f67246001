"""File assets published to the bootstrap bucket (aws-cdk-lib: ``aws_cdk.aws_s3_assets``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    AssetHashType,
    AssetStaging,
    Construct,
    FileAssetPackaging,
    FileAssetSource,
    IgnoreMode,
    Names,
    Stack,
    SymlinkFollowMode,
    ValidationError,
)
from constructs.internals import analytics_enabled, check_public_classes, structs

if TYPE_CHECKING:
    from constructs import BundlingOptions, CfnResource
    from l2.iam import IGrantable
    from l2.kms import IKey
    from l2.s3 import IBucket

__all__ = ["Asset", "AssetOptions", "AssetProps"]

ASSET_METADATA_CONTEXT = "aws:cdk:enable-asset-metadata"


@structs.frozen(kw_only=True)
class AssetOptions:
    """The options of an ``Asset`` besides its path (see ``Asset`` for each keyword)."""

    asset_hash: str | None = None
    asset_hash_type: AssetHashType | None = None
    bundling: BundlingOptions | None = None  # bundling options (pycdk has no BundlingOptions type yet; bundling needs Docker)
    exclude: Sequence[str] | None = None
    follow_symlinks: SymlinkFollowMode | None = None
    ignore_mode: IgnoreMode | None = None
    deploy_time: bool | None = None
    display_name: str | None = None
    readers: Sequence[IGrantable] | None = None
    source_kms_key: IKey | None = None


@structs.frozen(kw_only=True)
class AssetProps(AssetOptions):
    """The keywords of ``Asset``: its path plus the ``AssetOptions``."""

    path: str


class Asset(Construct):
    """A local file or directory, hashed, staged into the cloud assembly and uploaded at deployment.

    Args:
        path: the file or directory.
        readers: principals granted read access to the asset.
        asset_hash / asset_hash_type: a custom hash instead of the source fingerprint.
        exclude / follow_symlinks / ignore_mode: how the source is fingerprinted and copied.
        deploy_time: the asset is only needed during deployment.
        display_name: the name shown by the CLI (default: the construct path within the stack).
        bundling: build the asset's content in a Docker container first (``BundlingOptions``).
        source_kms_key: the KMS key that encrypts the asset when it is a Lambda function's code (default:
            S3-managed encryption).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        path: str,
        readers: Sequence[IGrantable] | None = None,
        source_kms_key: IKey | None = None,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        bundling: BundlingOptions | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
        deploy_time: bool | None = None,
        display_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        if not path:
            raise ValidationError("Asset path cannot be empty", self)
        staging = AssetStaging(
            self,
            "Stage",
            source_path=path,
            asset_hash=asset_hash,
            asset_hash_type=asset_hash_type,
            bundling=bundling,
            exclude=exclude,
            follow_symlinks=follow_symlinks,
            ignore_mode=ignore_mode,
        )
        stack = Stack.of(self)
        self.asset_hash: str = staging.asset_hash
        self.source_hash: str = staging.source_hash
        self.asset_path: str = staging.relative_staged_path(stack)
        self.is_file: bool = staging.packaging is FileAssetPackaging.FILE
        self.is_zip_archive: bool = staging.is_archive
        self.is_bundled: bool = bundling is not None
        location = stack.synthesizer.add_file_asset(
            FileAssetSource(
                packaging=staging.packaging,
                source_hash=self.source_hash,
                file_name=self.asset_path,
                deploy_time=deploy_time,
                display_name=display_name or Names.stack_relative_construct_path(self),
            )
        )
        self.s3_bucket_name: str = location.bucket_name
        self.s3_object_key: str = location.object_key
        self.s3_object_url: str = location.s3_object_url
        self.http_url: str = location.http_url
        self.s3_url: str = location.s3_object_url
        self._readers = list(readers or [])
        self._bucket: Any = None
        if analytics_enabled(self):  # aws-cdk-lib always imports the bucket (pycdk does when it is used)
            self.bucket  # noqa: B018
        for reader in self._readers:
            self.grant_read(reader)

    @property
    def bucket(self) -> IBucket:
        """The bootstrap bucket, as an imported ``s3.IBucket``."""
        if self._bucket is None:
            from l2 import s3

            self._bucket = s3.Bucket.from_bucket_name(self, "AssetBucket", self.s3_bucket_name)
        return self._bucket

    def add_resource_metadata(self, resource: CfnResource, resource_property: str) -> None:
        """Tell the CLI (when asset metadata is on) which property of ``resource`` holds this asset."""
        if not self.node.try_get_context(ASSET_METADATA_CONTEXT):
            return
        resource.cfn_options.metadata = {
            **(resource.cfn_options.metadata or {}),
            "aws:asset:path": self.asset_path,
            "aws:asset:is-bundled": self.is_bundled,
            "aws:asset:property": resource_property,
        }

    def grant_read(self, grantee: IGrantable) -> None:
        """Let ``grantee`` read the asset: as aws-cdk-lib, read access to the whole bootstrap bucket."""
        self.bucket.grant_read(grantee)


check_public_classes(globals())
