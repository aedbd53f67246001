"""``LayerVersion``: a Lambda layer (``AWS::Lambda::LayerVersion``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from constructs import Construct, RemovalPolicy, Resource, ValidationError
from l1._private.interfaces.lambda_ import ILayerVersionRef
from l1.lambda_ import CfnLayerVersion, CfnLayerVersionPermission

from ._code import Code
from ._runtime import Architecture, Runtime

if TYPE_CHECKING:
    from ._references import LayerVersionReference


class ILayerVersion(ILayerVersionRef, Protocol):
    """A layer a function can use."""

    layer_version_arn: str
    compatible_runtimes: Sequence[Runtime] | None

    def add_permission(self, id: str, *, account_id: str, organization_id: str | None = None) -> None: ...


class LayerVersionBase(Resource):
    """What every layer offers: its ARN and ``add_permission``."""

    layer_version_arn: str
    compatible_runtimes: Sequence[Runtime] | None = None

    @property
    def layer_version_ref(self) -> LayerVersionReference:
        """The layer version's ARN, as a reference."""
        from ._references import LayerVersionReference

        return LayerVersionReference(layer_version_arn=self.layer_version_arn)

    def add_permission(self, id: str, *, account_id: str, organization_id: str | None = None) -> None:
        """Let ``account_id`` (or ``*`` with an organization) use this layer version.

        Raises:
            ValidationError: ``organization_id`` with an account other than ``*``.
        """
        if organization_id is not None and account_id != "*":
            raise ValidationError(
                f"OrganizationId can only be specified if AwsAccountId is '*', but it is {account_id}", self
            )
        CfnLayerVersionPermission(self, id, action="lambda:GetLayerVersion", layer_version_arn=self.layer_version_arn,
                                  principal=account_id, organization_id=organization_id)


class _ImportedLayerVersion(LayerVersionBase):
    def __init__(self, scope: Construct, id: str, arn: str, runtimes: Sequence[Runtime] | None) -> None:
        super().__init__(scope, id)
        self.layer_version_arn = arn
        self.compatible_runtimes = runtimes


class LayerVersion(LayerVersionBase):
    """A layer version.

    Args:
        code: the layer content (an S3 location or an asset; inline code is not allowed).
        compatible_runtimes / compatible_architectures: what the layer supports.
        description / layer_version_name / license: as in CloudFormation.
        removal_policy: default: none (CloudFormation deletes the version).

    Raises:
        ValidationError: inline code or an empty runtime list.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-lambda.LayerVersion"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code: Code,
        compatible_architectures: Sequence[Architecture] | None = None,
        compatible_runtimes: Sequence[Runtime] | None = None,
        description: str | None = None,
        layer_version_name: str | None = None,
        license: str | None = None,
        removal_policy: RemovalPolicy | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=layer_version_name)
        if compatible_runtimes is not None and len(compatible_runtimes) == 0:
            raise ValidationError("Attempted to define a Lambda layer that supports no runtime!", self)
        config = code.bind(self)
        if config.inline_code:
            raise ValidationError("Inline code is not supported for AWS Lambda layers", self)
        if config.s3_location is None:
            raise ValidationError("Code must define an S3 location", self)
        s3 = config.s3_location
        resource = CfnLayerVersion(
            self,
            "Resource",
            compatible_runtimes=None if compatible_runtimes is Runtime.ALL or compatible_runtimes is None
            else [r.name for r in compatible_runtimes],
            compatible_architectures=[a.name for a in compatible_architectures] if compatible_architectures else None,
            content={"s3_bucket": s3.bucket_name, "s3_key": s3.object_key, "s3_object_version": s3.object_version,
                     "s3_object_storage_mode": config.s3_object_storage_mode.value
                     if config.s3_object_storage_mode is not None else None},
            description=description,
            layer_name=self.physical_name if layer_version_name is not None else None,
            license_info=license,
        )
        if removal_policy is not None:
            resource.apply_removal_policy(removal_policy)
        code.bind_to_resource(resource, resource_property="Content")
        self.layer_version_arn: str = resource.ref
        self.compatible_runtimes = compatible_runtimes

    @staticmethod
    def from_layer_version_arn(scope: Construct, id: str, layer_version_arn: str) -> LayerVersionBase:
        """An existing layer version, compatible with every runtime."""
        return _ImportedLayerVersion(scope, id, layer_version_arn, Runtime.ALL)

    @staticmethod
    def from_layer_version_attributes(scope: Construct, id: str, *, layer_version_arn: str,
                                      compatible_runtimes: Sequence[Runtime] | None = None) -> LayerVersionBase:
        """An existing layer version.

        Raises:
            ValidationError: an empty runtime list.
        """
        if compatible_runtimes is not None and len(compatible_runtimes) == 0:
            raise ValidationError("Attempted to import a Lambda layer that supports no runtime!", scope)
        return _ImportedLayerVersion(scope, id, layer_version_arn, compatible_runtimes)


