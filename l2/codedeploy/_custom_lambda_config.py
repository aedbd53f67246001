"""``CustomLambdaDeploymentConfig`` (deprecated): a Lambda deployment configuration made by an SDK custom resource."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from constructs import Construct, Duration, Names, Resource, ValidationError
from constructs.internals import deprecated, structs
from l2.codedeploy._private.utils import NameValidation, arn_for_deployment_config
from l2.codedeploy._references import DeploymentConfigReference, IDeploymentConfigRef, IDeploymentGroupRef

_CLASS_DEPRECATION = ("CloudFormation now supports Lambda deployment configurations without custom resources. Use "
                      "`LambdaDeploymentConfig`.")
_USE_CONFIG = "Use `LambdaDeploymentConfig`"


class CustomLambdaDeploymentConfigType(enum.Enum):
    """Deprecated: the shift of a ``CustomLambdaDeploymentConfig`` (use ``LambdaDeploymentConfig``)."""

    CANARY = "Canary"
    """A canary shift."""
    LINEAR = "Linear"
    """A linear shift."""


@structs.frozen(kw_only=True)
class CustomLambdaDeploymentConfigProps:
    """Deprecated: the properties of a ``CustomLambdaDeploymentConfig`` (use ``LambdaDeploymentConfig``).

    Args:
        interval: the time between shifts (whole minutes, at most 2880).
        percentage: the percentage of traffic per shift (1 to 99).
        type: canary or linear.
        deployment_config_name: the configuration's name (default derived from the construct path).
    """

    interval: Duration
    percentage: int | float
    type: CustomLambdaDeploymentConfigType
    deployment_config_name: str | None = None


class CustomLambdaDeploymentConfig(Resource):
    """Deprecated: a Lambda deployment configuration created by an ``AwsCustomResource`` (CloudFormation supports
    them natively now: use ``LambdaDeploymentConfig``).

    Args:
        scope: the parent construct.
        id: the construct id.
        interval: the time between shifts (whole minutes, at most 2880).
        percentage: the percentage of traffic per shift (1 to 99).
        type: canary or linear.
        deployment_config_name: the configuration's name
            (default ``<unique id>.Lambda<type><percentage>Percent[Every]<minutes>Minutes``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codedeploy.CustomLambdaDeploymentConfig"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        interval: Duration,
        percentage: int | float,
        type: CustomLambdaDeploymentConfigType,
        deployment_config_name: str | None = None,
    ) -> None:
        deprecated("aws-cdk-lib.aws_codedeploy.CustomLambdaDeploymentConfig", _CLASS_DEPRECATION)
        for prop, value in (("interval", interval), ("percentage", percentage), ("type", type),
                            ("deploymentConfigName", deployment_config_name)):
            if value is not None:
                deprecated(f"aws-cdk-lib.aws_codedeploy.CustomLambdaDeploymentConfigProps#{prop}", _USE_CONFIG)
        deprecated("aws-cdk-lib.aws_codedeploy.CustomLambdaDeploymentConfigType", _USE_CONFIG)
        deprecated(f"aws-cdk-lib.aws_codedeploy.CustomLambdaDeploymentConfigType#{type.name}", _USE_CONFIG)
        super().__init__(scope, id)
        from l2.custom_resources import (
            AwsCustomResource,
            AwsCustomResourcePolicy,
            AwsSdkCall,
            PhysicalResourceId,
        )
        from l2.custom_resources._aws_custom_resource import sdk_call_in_key_order

        def call(action: str, parameters: Mapping[str, Any], physical_id: bool) -> AwsSdkCall:
            # aws-cdk-lib writes these calls as TypeScript object literals: their keys keep its order
            sdk = AwsSdkCall(service="CodeDeploy", action=action, parameters=parameters,
                             physical_resource_id=PhysicalResourceId.of(self.deployment_config_name)
                             if physical_id else None)
            return sdk_call_in_key_order(sdk, "service", "action", "parameters", "physicalResourceId")

        if not 1 <= percentage <= 99:
            raise ValidationError(
                f'Invalid deployment config percentage "{percentage:g}".         '
                "Step percentage must be an integer between 1 and 99.", self,
            )
        minutes = interval.to_minutes()
        if minutes > 2880:
            raise ValidationError(
                f'Invalid deployment config interval "{interval.to_string()}".         '
                "Traffic shifting intervals must be positive integers up to 2880 (2 days).", self,
            )
        if type is CustomLambdaDeploymentConfigType.CANARY:
            routing = {"type": "TimeBasedCanary",
                       "timeBasedCanary": {"canaryInterval": minutes, "canaryPercentage": percentage}}
        else:
            routing = {"type": "TimeBasedLinear",
                       "timeBasedLinear": {"linearInterval": minutes, "linearPercentage": percentage}}
        every = "Every" if type is CustomLambdaDeploymentConfigType.LINEAR else ""
        self.deployment_config_name: str = (
            deployment_config_name if deployment_config_name is not None
            else f"{Names.unique_id(self)}.Lambda{type.value}{percentage:g}Percent{every}{minutes:g}Minutes"
        )
        """The configuration's name."""
        self.deployment_config_arn: str = arn_for_deployment_config(self.deployment_config_name)
        """The configuration's ARN."""
        create: dict[str, Any] = {"deploymentConfigName": self.deployment_config_name, "computePlatform": "Lambda",
                  "trafficRoutingConfig": routing}
        AwsCustomResource(
            self,
            "DeploymentConfig",
            on_create=call("createDeploymentConfig", create, True),
            on_update=call("createDeploymentConfig", create, True),
            on_delete=call("deleteDeploymentConfig", {"deploymentConfigName": self.deployment_config_name}, False),
            policy=AwsCustomResourcePolicy.from_sdk_calls(resources=AwsCustomResourcePolicy.ANY_RESOURCE),
            install_latest_aws_sdk=False,
        )
        self.node.add_validation(NameValidation("Deployment config", lambda: self.deployment_config_name))

    @property
    def deployment_config_ref(self) -> DeploymentConfigReference:
        """The configuration's name, as a reference."""
        deprecated("aws-cdk-lib.aws_codedeploy.CustomLambdaDeploymentConfig#deploymentConfigRef", _CLASS_DEPRECATION)
        return DeploymentConfigReference(deployment_config_name=self.deployment_config_name)

    def bind_environment(self, deployment_group: IDeploymentGroupRef) -> IDeploymentConfigRef:
        """Make ``deployment_group`` depend on the custom resource; returns this configuration.

        Args:
            deployment_group: the group using the configuration.
        """
        deprecated("aws-cdk-lib.aws_codedeploy.CustomLambdaDeploymentConfig#bindEnvironment", _CLASS_DEPRECATION,
                   method=True)
        deployment_group.node.add_dependency(self)  # type: ignore[attr-defined]
        return self
