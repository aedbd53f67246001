"""``CloudFormationTemplate``: where a product version's template comes from (a URL, a local file published as an
asset, or a ``ProductStack``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import AssetHashType, BundlingOptions, Construct, IgnoreMode, SymlinkFollowMode
from constructs.internals import structs
from l2.servicecatalog._private.util import hash_values

if TYPE_CHECKING:
    from l2.iam import IGrantable
    from l2.kms import IKey
    from l2.s3 import IBucket
    from l2.servicecatalog._product_stack import ProductStack


@structs.frozen(kw_only=True)
class CloudFormationTemplateConfig:
    """A bound template.

    Args:
        http_url: the template's HTTPS URL.
        asset_bucket: the bucket the product stack's assets go to, if any.
    """

    http_url: str
    asset_bucket: IBucket | None = None


class CloudFormationTemplate:
    """The template of a product version."""

    @staticmethod
    def from_url(url: str) -> CloudFormationTemplate:
        """A template at an HTTPS URL."""
        return _UrlTemplate(url)

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
    ) -> CloudFormationTemplate:
        """A local template file, published as a file asset (``s3_assets.Asset`` options apply)."""
        options = {k: v for k, v in {
            "deploy_time": deploy_time, "display_name": display_name, "readers": readers,
            "source_kms_key": source_kms_key, "asset_hash": asset_hash, "asset_hash_type": asset_hash_type,
            "bundling": bundling, "exclude": exclude, "follow_symlinks": follow_symlinks, "ignore_mode": ignore_mode,
        }.items() if v is not None}
        return _AssetTemplate(path, options)

    @staticmethod
    def from_product_stack(product_stack: ProductStack) -> CloudFormationTemplate:
        """The template of a ``ProductStack`` (published as a file asset of its parent stack)."""
        return _ProductStackTemplate(product_stack)

    def bind(self, scope: Construct) -> CloudFormationTemplateConfig:
        """The template's URL (and asset bucket) as ``scope`` uses it."""
        raise NotImplementedError


class _UrlTemplate(CloudFormationTemplate):
    def __init__(self, url: str) -> None:
        self.url = url

    def bind(self, scope: Construct) -> CloudFormationTemplateConfig:
        return CloudFormationTemplateConfig(http_url=self.url)


class _AssetTemplate(CloudFormationTemplate):
    def __init__(self, path: str, options: dict[str, Any]) -> None:
        self.path = path
        self.options = options
        self.asset: Any = None

    def bind(self, scope: Construct) -> CloudFormationTemplateConfig:
        if self.asset is None:
            from l2 import s3_assets

            self.asset = s3_assets.Asset(scope, f"Template{hash_values(self.path)}", path=self.path, **self.options)
        return CloudFormationTemplateConfig(http_url=self.asset.http_url)


class _ProductStackTemplate(CloudFormationTemplate):
    def __init__(self, product_stack: ProductStack) -> None:
        self.product_stack = product_stack

    def bind(self, scope: Construct) -> CloudFormationTemplateConfig:
        return CloudFormationTemplateConfig(http_url=self.product_stack._get_template_url(),
                                            asset_bucket=self.product_stack._get_asset_bucket())
