"""``Code``: the script a canary runs (inline, a local asset, or an object in S3)."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    AssetHashType,
    Construct,
    IgnoreMode,
    Stage,
    SymlinkFollowMode,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l2.synthetics._runtime import RuntimeFamily

if TYPE_CHECKING:
    from constructs import BundlingOptions
    from l2.iam import IGrantable
    from l2.kms import IKey
    from l2.s3 import IBucket, Location

_DOCS_NODEJS = "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_WritingCanary_Nodejs.html"
_DOCS_PYTHON = "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_WritingCanary_Python.html"
_PUPPETEER_VERSION = re.compile(r"syn-nodejs-puppeteer-(\d+\.\d+)")
_PLAYWRIGHT_EXTENSIONS = (".cjs", ".mjs", ".js")


@structs.frozen(kw_only=True)
class CodeConfig:
    """What a ``Code`` binds to: inline code or an S3 location (exactly one).

    Args:
        inline_code: the script itself.
        s3_location: where the script's zip is in S3.
    """

    inline_code: str | None = None
    s3_location: Location | None = None


class Code:
    """The code of a canary: ``Code.from_inline``, ``Code.from_asset`` or ``Code.from_bucket``."""

    @staticmethod
    def from_inline(code: str) -> InlineCode:
        """The script as a string (handler ``index.handler``)."""
        return InlineCode(code)

    @staticmethod
    def from_asset(
        asset_path: str,
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
        """A local directory or ``.zip`` file (the handler at ``nodejs/node_modules/<file>.js`` for Puppeteer
        runtimes before 11.0, ``python/<file>.py`` for Python); the keywords are ``s3_assets.AssetOptions``."""
        return AssetCode(asset_path, deploy_time=deploy_time, display_name=display_name, readers=readers,
                         source_kms_key=source_kms_key, asset_hash=asset_hash, asset_hash_type=asset_hash_type,
                         bundling=bundling, exclude=exclude, follow_symlinks=follow_symlinks, ignore_mode=ignore_mode)

    @staticmethod
    def from_bucket(bucket: IBucket, key: str, object_version: str | None = None) -> S3Code:
        """A zip file already in an S3 bucket."""
        return S3Code(bucket, key, object_version)

    def bind(self, scope: Construct, handler: str, family: RuntimeFamily,
             runtime_name: str | None = None) -> CodeConfig:
        """Called by the canary: add what the code needs to ``scope`` and return its configuration."""
        raise NotImplementedError


class InlineCode(Code):
    """A canary script given as a string (handler ``index.handler``).

    Args:
        code: the script (not empty).
    """

    def __init__(self, code: str) -> None:
        if len(code) == 0:
            raise UnscopedValidationError("Canary inline code cannot be empty")
        self.code = code

    def bind(self, scope: Construct, handler: str, _family: RuntimeFamily,
             _runtime_name: str | None = None) -> CodeConfig:
        """The inline script; the handler must be ``index.handler``."""
        if handler != "index.handler":
            raise ValidationError(f'The handler for inline code must be "index.handler" (got "{handler}")', scope)
        return CodeConfig(inline_code=self.code)


class S3Code(Code):
    """A canary script zip in an S3 bucket.

    Args:
        bucket: the bucket.
        key: the object key.
        object_version: the object version (default the latest).
    """

    def __init__(self, bucket: IBucket, key: str, object_version: str | None = None) -> None:
        self.bucket = bucket
        self.key = key
        self.object_version = object_version

    def bind(self, _scope: Construct, _handler: str, _family: RuntimeFamily,
             _runtime_name: str | None = None) -> CodeConfig:
        """The bucket, key and version."""
        from l2.s3 import Location

        return CodeConfig(s3_location=Location(bucket_name=self.bucket.bucket_name, object_key=self.key,
                                               object_version=self.object_version))


class AssetCode(Code):
    """A canary script from a local directory or ``.zip`` file, published as a file asset (construct id ``Code``).

    Args:
        asset_path: the directory or ``.zip`` file (it must exist).
        the others: the ``s3_assets.AssetOptions`` keyword arguments.
    """

    def __init__(
        self,
        asset_path: str,
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
        self.asset_path = asset_path
        options = {"deploy_time": deploy_time, "display_name": display_name, "readers": readers,
                   "source_kms_key": source_kms_key, "asset_hash": asset_hash, "asset_hash_type": asset_hash_type,
                   "bundling": bundling, "exclude": exclude, "follow_symlinks": follow_symlinks,
                   "ignore_mode": ignore_mode}
        self._options: dict[str, Any] = {k: v for k, v in options.items() if v is not None}
        self._asset: Any = None
        if not os.path.exists(asset_path):
            raise UnscopedValidationError(f"{asset_path} is not a valid path")

    def bind(self, scope: Construct, handler: str, family: RuntimeFamily,
             runtime_name: str | None = None) -> CodeConfig:
        """Stage the asset (once) under ``scope``, check the handler file is where the runtime looks for it."""
        from l2.s3 import Location
        from l2.s3_assets import Asset

        if self._asset is None:
            self._asset = Asset(scope, "Code", path=self.asset_path, **self._options)
        self._validate(scope, handler, family, runtime_name)
        return CodeConfig(s3_location=Location(bucket_name=self._asset.s3_bucket_name,
                                               object_key=self._asset.s3_object_key))

    def _validate(self, scope: Construct, handler: str, family: RuntimeFamily, runtime_name: str | None) -> None:
        stage = Stage.of(scope)
        outdir = stage.outdir if stage is not None else None
        path = os.path.join(outdir, self._asset.asset_path) if outdir else self.asset_path
        if not os.path.exists(path):  # not staged (yet): the source has the same content
            path = self.asset_path
        if os.path.splitext(path)[1] == ".zip":
            return
        if not os.path.isdir(path):
            raise ValidationError(f"Asset must be a .zip file or a directory ({self.asset_path})", scope)
        filename = handler.split(".")[0]
        node_file, python_file = f"{filename}.js", f"{filename}.py"
        if runtime_name and not Token.is_unresolved(runtime_name):
            if family is RuntimeFamily.NODEJS and "puppeteer" in runtime_name:
                match = _PUPPETEER_VERSION.search(runtime_name)
                version = float(match.group(1)) if match else 0.0
                has_root = os.path.exists(os.path.join(path, node_file))
                has_legacy = os.path.exists(os.path.join(path, "nodejs", "node_modules", node_file))
                legacy_only = version < 11
                if (legacy_only or not has_root) and not has_legacy:
                    expected = (f'"nodejs/node_modules/{node_file}"' if legacy_only
                                else f'"{node_file}" or "nodejs/node_modules/{node_file}"')
                    raise ValidationError(
                        f"The canary resource requires that the handler is present at {expected} but not found at "
                        f"{self.asset_path} ({_DOCS_NODEJS})", scope)
            if family is RuntimeFamily.NODEJS and "playwright" in runtime_name and not any(
                    os.path.exists(os.path.join(path, filename + ext)) for ext in _PLAYWRIGHT_EXTENSIONS):
                raise ValidationError(
                    "The canary resource requires that the handler is present at one of the following extensions: "
                    f"{', '.join(_PLAYWRIGHT_EXTENSIONS)} but not found at {self.asset_path}", scope)
        if family is RuntimeFamily.PYTHON and not os.path.exists(os.path.join(path, "python", python_file)):
            raise ValidationError(
                f'The canary resource requires that the handler is present at "python/{python_file}" but not found '
                f"at {self.asset_path} ({_DOCS_PYTHON})", scope)
