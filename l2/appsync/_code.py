"""``Code``: the JavaScript code of resolvers, functions and channel namespaces, inline or as an asset."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Stack, UnscopedValidationError, ValidationError
from l2.appsync._types import CodeConfig

if TYPE_CHECKING:
    from constructs import AssetHashType, BundlingOptions, IgnoreMode, SymlinkFollowMode
    from l2.iam import IGrantable
    from l2.kms import IKey
    from l2.s3_assets import Asset


class Code:
    """The code of a resolver, function or handler."""

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
    ) -> AssetCode:
        """Code from a file, uploaded as an asset (see ``AssetCode`` for the options)."""
        return AssetCode(
            path, deploy_time=deploy_time, display_name=display_name, readers=readers, source_kms_key=source_kms_key,
            asset_hash=asset_hash, asset_hash_type=asset_hash_type, bundling=bundling, exclude=exclude,
            follow_symlinks=follow_symlinks, ignore_mode=ignore_mode,
        )

    @staticmethod
    def from_inline(code: str) -> InlineCode:
        """Code given as a string."""
        return InlineCode(code)

    def bind(self, scope: Construct) -> CodeConfig:
        """Where the code is, for ``scope``."""
        raise NotImplementedError


class AssetCode(Code):
    """Code from a file, uploaded as an S3 asset on first use.

    Args:
        path: the file.
        deploy_time: whether the asset is only needed at deploy time.
        display_name: the asset's name in the CLI's output.
        readers: principals allowed to read the asset.
        source_kms_key: the KMS key of the asset's source.
        asset_hash: a custom hash (with ``asset_hash_type`` ``CUSTOM``).
        asset_hash_type: how the hash is computed.
        bundling: how to bundle the file.
        exclude: glob patterns to leave out.
        follow_symlinks: how symbolic links are followed.
        ignore_mode: the syntax of ``exclude``.
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
        self.path: str = path
        self._options = {
            k: v
            for k, v in dict(
                deploy_time=deploy_time, display_name=display_name, readers=readers, source_kms_key=source_kms_key,
                asset_hash=asset_hash, asset_hash_type=asset_hash_type, bundling=bundling, exclude=exclude,
                follow_symlinks=follow_symlinks, ignore_mode=ignore_mode,
            ).items()
            if v is not None
        }
        self._asset: Asset | None = None

    def bind(self, scope: Construct) -> CodeConfig:
        """Create the asset under ``scope`` on first use; the code is at its S3 URL."""
        if self._asset is None:
            from l2.s3_assets import Asset

            self._asset = Asset(scope, "Code", path=self.path, **self._options)  # type: ignore[arg-type]
        elif Stack.of(self._asset) is not Stack.of(scope):
            raise ValidationError(
                f"Asset is already associated with another stack '{Stack.of(self._asset).stack_name}'. "
                "Create a new Code instance for every stack.",
                scope,
            )
        return CodeConfig(s3_location=self._asset.s3_object_url)


class InlineCode(Code):
    """Code given as a string.

    Args:
        code: the code (not empty).
    """

    def __init__(self, code: str) -> None:
        if len(code) == 0:
            raise UnscopedValidationError("AppSync Inline code cannot be empty")
        self.code: str = code

    def bind(self, _scope: Construct) -> CodeConfig:
        """The code itself."""
        return CodeConfig(inline_code=self.code)
