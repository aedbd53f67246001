"""``Alias``: a named pointer to a function version (``AWS::Lambda::Alias``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Duration, Fn, Token, ValidationError
from constructs.internals import analytics_enabled, structs
from l1.lambda_ import CfnAlias

from ._function_base import QualifiedFunctionBase, metric_options

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit
    from l2.iam import IPrincipal, IRole
    from l2.lambda_._event_invoke_config import IDestination
    from l2.lambda_._interfaces import IAlias, IFunction, IVersion
    from l2.lambda_._runtime import Architecture

    from ._interfaces import IScalableFunctionAttribute
    from ._references import AliasReference


@structs.frozen(kw_only=True)
class VersionWeight:
    """A version and the share of traffic (0..1) it receives.

    Args:
        version: the version that receives the traffic.
        weight: its share of the traffic, between 0 and 1.
    """

    version: IVersion
    weight: float


class Alias(QualifiedFunctionBase):
    """An alias of a function version.

    Args:
        alias_name: the alias name.
        version: the version the alias points to.
        description: a description.
        additional_versions: other versions with traffic weights (sum at most 1).
        provisioned_concurrent_executions: provisioned concurrency (at least 1).
        max_event_age / on_failure / on_success / retry_attempts: asynchronous invocation settings of this
            alias (the ``EventInvokeConfigOptions`` keyword arguments).

    Raises:
        ValidationError: invalid weights or provisioned concurrency.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-lambda.Alias"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        alias_name: str,
        version: IVersion,
        description: str | None = None,
        additional_versions: Sequence[VersionWeight] | None = None,
        provisioned_concurrent_executions: float | None = None,
        max_event_age: Duration | None = None,
        on_failure: IDestination | None = None,
        on_success: IDestination | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=alias_name)
        self.lambda_: IFunction = version.lambda_
        self.alias_name: str = self.physical_name
        self.version = version
        self.architecture: Architecture = self.lambda_.architecture
        self.can_create_permissions = True
        self._scalable_alias: Any = None
        routing = None
        if additional_versions:
            total = 0.0
            for w in additional_versions:
                if w.weight < 0 or w.weight > 1:
                    raise ValidationError(f"Additional version weight must be between 0 and 1, got: {w.weight}", self)
                total += w.weight
            if total > 1:
                raise ValidationError(f"Sum of additional version weights must not exceed 1, got: {total}", self)
            routing = {"additional_version_weights": [
                {"function_version": w.version.version, "function_weight": w.weight} for w in additional_versions
            ]}
        provisioned = None
        if provisioned_concurrent_executions:
            if not Token.is_unresolved(provisioned_concurrent_executions) and provisioned_concurrent_executions <= 0:
                raise ValidationError(
                    "provisionedConcurrentExecutions must have value greater than or equal to 1", self
                )
            provisioned = {"provisioned_concurrent_executions": provisioned_concurrent_executions}
        self.alias: CfnAlias = CfnAlias(
            self,
            "Resource",
            name=self.alias_name,
            description=description,
            function_name=self.lambda_.function_name,
            function_version=version.version,
            routing_config=routing,
            provisioned_concurrency_config=provisioned,
        )
        self.qualifier: str = Fn.select(7, Fn.split(":", self.alias.ref))
        self._scaling_role: Any = None
        if analytics_enabled(self):  # aws-cdk-lib always imports the role (pycdk does when it is used)
            self._scaling_role = self._import_scaling_role()
        self._maybe_configure_async_invoke(max_event_age, on_failure, on_success, retry_attempts)

    def _import_scaling_role(self) -> Any:
        from l2 import iam

        return iam.Role.from_role_arn(self, "ScalingRole", self.stack.format_arn(
            service="iam", region="",
            resource="role/aws-service-role/lambda.application-autoscaling.amazonaws.com",
            resource_name="AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency"))

    @property
    def function_arn(self) -> str:  # type: ignore[override]
        """The alias ARN (``Ref``)."""
        return self.alias.ref

    @property
    def function_name(self) -> str:  # type: ignore[override]
        """``<function name>:<alias name>``."""
        name = self.stack.split_arn(self.function_arn, ArnFormat.COLON_RESOURCE_NAME).resource_name
        return f"{name}:{self.alias_name}"

    @property
    def grant_principal(self) -> IPrincipal:  # type: ignore[override]
        """The function's principal."""
        return self.version.grant_principal

    @property
    def role(self) -> IRole | None:  # type: ignore[override]
        """The function's role."""
        return self.version.role

    @property
    def alias_ref(self) -> AliasReference:
        """The alias ARN, as a reference."""
        from ._references import AliasReference

        return AliasReference(alias_arn=self.function_arn)

    def add_auto_scaling(self, *, max_capacity: float, min_capacity: float | None = None) -> IScalableFunctionAttribute:
        """Scale the alias's provisioned concurrency with Application Auto Scaling (construct ``AliasScaling``;
        the role is the account's ``AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency``).

        Raises:
            ValidationError: auto scaling is already enabled for this alias.
        """
        if self._scalable_alias is not None:
            raise ValidationError("AutoScaling already enabled for this alias", self)
        from l2 import applicationautoscaling

        from ._private.scalable_function_attribute import ScalableFunctionAttribute

        role = self._scaling_role or self._import_scaling_role()
        self._scalable_alias = ScalableFunctionAttribute(
            self, "AliasScaling", min_capacity=min_capacity if min_capacity is not None else 1,
            max_capacity=max_capacity, resource_id=f"function:{self.function_name}",
            dimension="lambda:function:ProvisionedConcurrency",
            service_namespace=applicationautoscaling.ServiceNamespace.LAMBDA, role=role)
        return self._scalable_alias

    @staticmethod
    def from_alias_attributes(scope: Construct, id: str, *, alias_name: str, alias_version: IVersion) -> IAlias:
        """An existing alias ``alias_name`` of the version ``alias_version``."""
        return _ImportedAlias(scope, id, alias_name, alias_version)

    def metric(
        self, metric_name: str, *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of this alias (dimensions ``FunctionName`` and ``Resource``)."""
        props = metric_options(locals())
        if dimensions_map is None:
            props["dimensions_map"] = {"FunctionName": self.lambda_.function_name,
                              "Resource": f"{self.lambda_.function_name}:{self.alias_name}"}
        return super().metric(metric_name, **props)


class _ImportedAlias(QualifiedFunctionBase):
    def __init__(self, scope: Construct, id: str, alias_name: str, version: Any) -> None:
        super().__init__(scope, id)
        self.alias_name = alias_name
        self.version = version
        self.lambda_ = version.lambda_
        self.function_name = f"{version.lambda_.function_name}:{alias_name}"
        self.function_arn = f"{version.lambda_.function_arn}:{alias_name}"
        self.grant_principal = version.grant_principal
        self.role = version.role
        self.architecture = version.lambda_.architecture
        self.qualifier = alias_name
        self.can_create_permissions = self._is_stack_account()

    @property
    def alias_ref(self) -> AliasReference:
        """The alias ARN, as a reference."""
        from ._references import AliasReference

        return AliasReference(alias_arn=self.function_arn)
