"""``Code``: where a Glue job's script (or extra file) comes from: an S3 object or a local file asset."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import AssetHashType, Construct, IgnoreMode, Stack, SymlinkFollowMode, UnscopedValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import BundlingOptions
    from l2.iam import IGrantable
    from l2.kms import IKey
    from l2.s3 import IBucket, Location
    from l2.s3_assets import Asset


@structs.frozen(kw_only=True)
class CodeConfig:
    """Where bound code lives.

    Args:
        s3_location: the bucket and key (an ``s3.Location``).
    """

    s3_location: Location


class Code:
    """A job script or extra file; build one with ``from_bucket`` or ``from_asset``."""

    @staticmethod
    def from_bucket(bucket: IBucket, key: str) -> S3Code:
        """An object in an S3 bucket."""
        return S3Code(bucket, key)

    @staticmethod
    def from_asset(path: str, *, deploy_time: bool | None = None, display_name: str | None = None,
                   readers: Sequence[IGrantable] | None = None, source_kms_key: IKey | None = None,
                   asset_hash: str | None = None, asset_hash_type: AssetHashType | None = None,
                   bundling: BundlingOptions | None = None, exclude: Sequence[str] | None = None,
                   follow_symlinks: SymlinkFollowMode | None = None,
                   ignore_mode: IgnoreMode | None = None) -> AssetCode:
        """A local file, uploaded as an asset (directories are refused)."""
        return AssetCode(path, deploy_time=deploy_time, display_name=display_name, readers=readers,
                         source_kms_key=source_kms_key, asset_hash=asset_hash, asset_hash_type=asset_hash_type,
                         bundling=bundling, exclude=exclude, follow_symlinks=follow_symlinks,
                         ignore_mode=ignore_mode)

    def bind(self, scope: Construct, grantable: IGrantable) -> CodeConfig:
        """Make the code available to ``grantable`` (read access) and return its location."""
        raise NotImplementedError


class S3Code(Code):
    """Code in an S3 bucket.

    Args:
        bucket: the bucket.
        key: the object key.
    """

    def __init__(self, bucket: IBucket, key: str) -> None:
        self.bucket = bucket
        self.key = key

    def bind(self, _scope: Construct, grantable: IGrantable) -> CodeConfig:
        """Grant read on the object and return its location."""
        from l2.s3 import Location

        self.bucket.grant_read(grantable, self.key)
        return CodeConfig(s3_location=Location(bucket_name=self.bucket.bucket_name, object_key=self.key))


class AssetCode(Code):
    """A local file uploaded as an asset (one asset per stack).

    Args:
        path: the file.
        (the other keyword arguments are those of ``s3_assets.Asset``: see that class)
    """

    def __init__(self, path: str, *, deploy_time: bool | None = None, display_name: str | None = None,
                 readers: Sequence[IGrantable] | None = None, source_kms_key: IKey | None = None,
                 asset_hash: str | None = None, asset_hash_type: AssetHashType | None = None,
                 bundling: BundlingOptions | None = None, exclude: Sequence[str] | None = None,
                 follow_symlinks: SymlinkFollowMode | None = None, ignore_mode: IgnoreMode | None = None) -> None:
        self.path = path
        self._options: dict[str, Any] = {
            "deploy_time": deploy_time, "display_name": display_name, "readers": readers,
            "source_kms_key": source_kms_key, "asset_hash": asset_hash, "asset_hash_type": asset_hash_type,
            "bundling": bundling, "exclude": exclude, "follow_symlinks": follow_symlinks,
            "ignore_mode": ignore_mode,
        }
        if os.path.isdir(path):
            raise UnscopedValidationError(f"Code path {path} is a directory. Only files are supported")
        if not os.path.lexists(path):
            raise UnscopedValidationError(f"ENOENT: no such file or directory, lstat '{path}'")
        self._asset: Asset | None = None

    def bind(self, scope: Construct, grantable: IGrantable) -> CodeConfig:
        """Create the asset (first use) in ``scope``, grant read on it and return its location."""
        from l2.s3 import Location
        from l2.s3_assets import Asset

        if self._asset is None:
            options = {k: v for k, v in self._options.items() if v is not None}
            digest = hashlib.md5(self.path.encode()).hexdigest()
            self._asset = Asset(scope, f"Code{digest}", path=self.path, **options)
        elif Stack.of(self._asset) is not Stack.of(scope):
            raise UnscopedValidationError(
                f"Asset is already associated with another stack '{Stack.of(self._asset).stack_name}'. "
                "Create a new Code instance for every stack.")
        self._asset.grant_read(grantable)
        return CodeConfig(s3_location=Location(bucket_name=self._asset.s3_bucket_name,
                                               object_key=self._asset.s3_object_key))
