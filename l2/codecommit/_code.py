"""``Code``: the initial contents of a repository, from a directory, a ZIP file or an S3 asset."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from constructs import Construct, UnscopedValidationError, ValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.s3_assets import Asset


@structs.frozen(kw_only=True)
class CodeConfig:
    """What ``Code.bind`` returns: the repository's ``Code`` property.

    Args:
        code: the ``AWS::CodeCommit::Repository`` ``Code`` value (branch and S3 location).
    """

    code: Any


class Code:
    """The contents a new repository starts with (``Repository(code=...)``)."""

    @staticmethod
    def from_directory(directory_path: str, branch: str | None = None) -> Code:
        """The files of a local directory, uploaded as a zipped asset.

        Args:
            directory_path: the directory.
            branch: the branch to create (default ``main``, the service's).
        """
        resolved = os.path.abspath(directory_path)
        if not os.path.isdir(resolved):
            raise UnscopedValidationError(
                f"'{directory_path}' needs to be a path to a directory (resolved to: '{resolved}')"
            )
        return _PathCode(resolved, branch)

    @staticmethod
    def from_zip_file(file_path: str, branch: str | None = None) -> Code:
        """A local ZIP file, uploaded as an asset.

        Args:
            file_path: the ZIP file.
            branch: the branch to create (default ``main``, the service's).
        """
        resolved = os.path.abspath(file_path)
        if not os.path.isfile(resolved):
            raise UnscopedValidationError(f"'{file_path}' needs to be a path to a ZIP file (resolved to: '{resolved}')")
        return _PathCode(resolved, branch)

    @staticmethod
    def from_asset(asset: Asset, branch: str | None = None) -> Code:
        """An existing S3 asset (a directory or a ZIP file).

        Args:
            asset: the asset.
            branch: the branch to create (default ``main``, the service's).
        """
        return _AssetCode(asset, branch)

    def bind(self, scope: Construct) -> CodeConfig:
        """Called by the repository the code is given to.

        Args:
            scope: the repository.
        """
        raise NotImplementedError


class _PathCode(Code):
    def __init__(self, path: str, branch: str | None) -> None:
        self._path = path
        self._branch = branch

    def bind(self, scope: Construct) -> CodeConfig:
        from l2.s3_assets import Asset

        asset = Asset(scope, "PathResolvedCodeAsset", path=self._path)
        return _AssetCode(asset, self._branch).bind(scope)


class _AssetCode(Code):
    def __init__(self, asset: Asset, branch: str | None) -> None:
        self._asset = asset
        self._branch = branch

    def bind(self, scope: Construct) -> CodeConfig:
        if not self._asset.is_zip_archive:
            raise ValidationError(
                f"Asset must be a .zip file or a directory (resolved to: {self._asset.asset_path} )", scope
            )
        from l1.codecommit import CfnRepository

        s3 = CfnRepository.S3Property(bucket=self._asset.s3_bucket_name, key=self._asset.s3_object_key)
        return CodeConfig(code=CfnRepository.CodeProperty(branch_name=self._branch, s3=s3))
