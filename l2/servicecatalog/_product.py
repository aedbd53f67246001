"""``Product`` / ``CloudFormationProduct``: a Service Catalog product and its versions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import ArnFormat, Construct, IResource, Resource, Stack, ValidationError
from constructs.internals import structs
from l1._private.interfaces.servicecatalog import (
    CloudFormationProductReference as CloudFormationProductReference,
)
from l1.servicecatalog import CfnCloudFormationProduct
from l2.servicecatalog._common import MessageLanguage
from l2.servicecatalog._private import association_manager
from l2.servicecatalog._private.util import validate_email, validate_length, validate_url
from l2.servicecatalog._tag_options import TagOptions
from l2.servicecatalog._template import CloudFormationTemplate

if TYPE_CHECKING:
    from l2.s3 import IBucket


@runtime_checkable
class IProduct(IResource, Protocol):
    """A Service Catalog product."""

    @property
    def product_arn(self) -> str: ...
    @property
    def product_id(self) -> str: ...
    @property
    def asset_buckets(self) -> list[IBucket]: ...
    def associate_tag_options(self, tag_options: TagOptions) -> None: ...


class _ProductBase(Resource):
    product_id: str
    product_arn: str
    _asset_buckets: list[IBucket]

    @property
    def asset_buckets(self) -> list[IBucket]:
        """The asset buckets of the product's product stacks."""
        return list(self._asset_buckets)

    @property
    def cloud_formation_product_ref(self) -> CloudFormationProductReference:
        """The product's id, as a reference."""
        return CloudFormationProductReference(cloud_formation_product_id=self.product_id)

    def associate_tag_options(self, tag_options: TagOptions) -> None:
        """Associate TagOptions with the product."""
        association_manager.associate_tag_options(self, self.product_id, tag_options)


class Product(_ProductBase):
    """A Service Catalog product (the base of ``CloudFormationProduct``; ``from_product_arn`` imports one)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        account: str | None = None,
        environment_from_arn: str | None = None,
        physical_name: str | None = None,
        region: str | None = None,
    ) -> None:
        super().__init__(scope, id, account=account, environment_from_arn=environment_from_arn,
                         physical_name=physical_name, region=region)
        self._asset_buckets: list[IBucket] = []

    @staticmethod
    def from_product_arn(scope: Construct, id: str, product_arn: str) -> IProduct:
        """An existing product, from its ARN (``arn:...:catalog:...:product/prod-...``)."""
        product_id = Stack.of(scope).split_arn(product_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        if not product_id:
            raise ValidationError("Missing required Portfolio ID from Portfolio ARN: " + product_arn, scope)
        return _ImportedProduct(scope, id, product_arn=product_arn, product_id=product_id)


class _ImportedProduct(Product):
    def __init__(self, scope: Construct, id: str, *, product_arn: str, product_id: str) -> None:
        super().__init__(scope, id)
        self.product_arn = product_arn
        self.product_id = product_id


@structs.frozen(kw_only=True)
class CloudFormationProductVersion:
    """One version (provisioning artifact) of a product.

    Args:
        cloud_formation_template: the version's template.
        product_version_name: the version's name (at most 100 characters).
        description: the version's description.
        validate_template: let Service Catalog validate the template (default true).
    """

    cloud_formation_template: CloudFormationTemplate
    description: str | None = None
    product_version_name: str | None = None
    validate_template: bool | None = None


@structs.frozen(kw_only=True)
class CloudFormationProductProps:
    """Props of ``CloudFormationProduct`` (see its arguments)."""

    owner: str
    product_name: str
    product_versions: Sequence[CloudFormationProductVersion]
    description: str | None = None
    distributor: str | None = None
    message_language: MessageLanguage | None = None
    replace_product_version_ids: bool | None = None
    support_description: str | None = None
    support_email: str | None = None
    support_url: str | None = None
    tag_options: TagOptions | None = None


class CloudFormationProduct(Product):
    """A Service Catalog product provisioned from CloudFormation templates
    (``AWS::ServiceCatalog::CloudFormationProduct``).

    Args:
        owner: the product's owner (1-8191 characters).
        product_name: the product's name (1-100 characters).
        product_versions: the product's versions (at least one).
        description: the product's description.
        distributor: the product's distributor.
        message_language: the language of Service Catalog's messages (default English).
        replace_product_version_ids: replace the provisioning artifacts when the versions change.
        support_description / support_email / support_url: where users get support.
        tag_options: TagOptions to associate with the product.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-servicecatalog.CloudFormationProduct"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        owner: str,
        product_name: str,
        product_versions: Sequence[CloudFormationProductVersion],
        description: str | None = None,
        distributor: str | None = None,
        message_language: MessageLanguage | None = None,
        replace_product_version_ids: bool | None = None,
        support_description: str | None = None,
        support_email: str | None = None,
        support_url: str | None = None,
        tag_options: TagOptions | None = None,
    ) -> None:
        super().__init__(scope, id)
        path = self.node.path
        validate_length(path, "product product name", 1, 100, product_name)
        validate_length(path, "product owner", 1, 8191, owner)
        validate_length(path, "product description", 0, 8191, description)
        validate_length(path, "product distributor", 0, 8191, distributor)
        validate_email(path, "support email", support_email)
        validate_url(path, "support url", support_url)
        validate_length(path, "support description", 0, 8191, support_description)
        if len(product_versions) == 0:
            raise ValidationError(
                f"Invalid product versions for resource {path}, must contain at least 1 product version", self)
        for version in product_versions:
            validate_length(path, "provisioning artifact name", 0, 100, version.product_version_name)
            validate_length(path, "provisioning artifact description", 0, 8191, version.description)
        product = CfnCloudFormationProduct(
            self, "Resource",
            accept_language=message_language.value if message_language is not None else None,
            description=description,
            distributor=distributor,
            name=product_name,
            owner=owner,
            provisioning_artifact_parameters=self._render_versions(product_versions),
            replace_provisioning_artifacts=replace_product_version_ids,
            support_description=support_description,
            support_email=support_email,
            support_url=support_url,
        )
        self.product_id: str = product.ref
        self.product_arn: str = Stack.of(self).format_arn(service="catalog", resource="product", resource_name=product.ref)
        if tag_options is not None:
            self.associate_tag_options(tag_options)

    def _render_versions(self, versions: Sequence[CloudFormationProductVersion]) -> list[Any]:
        out = []
        for version in versions:
            template = version.cloud_formation_template.bind(self)
            if template.asset_bucket is not None:
                self._asset_buckets.append(template.asset_bucket)
            validate_url(self.node.path, "provisioning template url", template.http_url)
            out.append(CfnCloudFormationProduct.ProvisioningArtifactPropertiesProperty(
                name=version.product_version_name,
                description=version.description,
                disable_template_validation=version.validate_template is False,
                info={"LoadTemplateFromURL": template.http_url},
            ))
        return out
