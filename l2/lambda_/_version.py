"""``Version``: a published, immutable snapshot of a function (``AWS::Lambda::Version``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Fn, RemovalPolicy, Token, ValidationError
from constructs.internals import structs
from l1.lambda_ import CfnVersion

from ._function_base import QualifiedFunctionBase, metric_options

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit
    from l2.iam import IPrincipal, IRole
    from l2.lambda_._alias import VersionWeight
    from l2.lambda_._interfaces import IFunction
    from l2.lambda_._runtime import Architecture

    from ._alias import Alias
    from ._event_invoke_config import IDestination
    from ._references import VersionReference


@structs.frozen(kw_only=True)
class VersionOptions:
    """Options of a version (``Function(current_version_options=...)``; see ``Version`` for each keyword argument)."""

    code_sha256: str | None = None
    description: str | None = None
    max_execution_environments: float | None = None
    min_execution_environments: float | None = None
    provisioned_concurrent_executions: float | None = None
    removal_policy: RemovalPolicy | None = None
    max_event_age: Duration | None = None
    on_failure: IDestination | None = None
    on_success: IDestination | None = None
    retry_attempts: float | None = None

    def as_kwargs(self) -> dict[str, Any]:
        """The options as keyword arguments of ``Version``."""
        return {f.name: getattr(self, f.name) for f in structs.fields(VersionOptions)}


class _HashedVersionResource(CfnVersion):
    """A ``CfnVersion`` whose logical id is computed when first needed, at synthesis.

    aws-cdk-lib overrides the logical id with a token; pycdk's ``override_logical_id`` takes strings only, so
    the override is applied on first use instead.
    """

    _logical_id_producer: Callable[[str], str] | None = None

    def _resolved_logical_id(self) -> str:
        producer = self._logical_id_producer
        if producer is not None:
            self._logical_id_producer = None
            original = self.stack._allocate_logical_id(self)
            self.override_logical_id(producer(original))
        return super()._resolved_logical_id()


class Version(QualifiedFunctionBase):
    """A version of a function.

    Args:
        lambda_: the function to publish.
        code_sha256 / description: as in CloudFormation.
        max_execution_environments / min_execution_environments: the version's scaling on a capacity provider
            (``FunctionScalingConfig``; non-negative, min at most max; default: none).
        provisioned_concurrent_executions: provisioned concurrency (at least 1).
        removal_policy: default: none (CloudFormation deletes the version).
        max_event_age / on_failure / on_success / retry_attempts: asynchronous invocation settings of this
            version (the ``EventInvokeConfigOptions`` keyword arguments).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-lambda.Version"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        lambda_: IFunction,
        code_sha256: str | None = None,
        description: str | None = None,
        max_execution_environments: float | None = None,
        min_execution_environments: float | None = None,
        provisioned_concurrent_executions: float | None = None,
        removal_policy: RemovalPolicy | None = None,
        max_event_age: Duration | None = None,
        on_failure: IDestination | None = None,
        on_success: IDestination | None = None,
        retry_attempts: float | None = None,
        _hashed: bool = False,
    ) -> None:
        super().__init__(scope, id)
        self.lambda_ = lambda_
        self.architecture: Architecture = lambda_.architecture
        self.can_create_permissions = True
        provisioned = None
        if provisioned_concurrent_executions:
            if not Token.is_unresolved(provisioned_concurrent_executions) and provisioned_concurrent_executions <= 0:
                raise ValidationError(
                    "provisionedConcurrentExecutions must have value greater than or equal to 1", self
                )
            provisioned = {"provisioned_concurrent_executions": provisioned_concurrent_executions}
        cls = _HashedVersionResource if _hashed else CfnVersion
        self.resource: CfnVersion | _HashedVersionResource = cls(
            self,
            "Resource",
            code_sha256=code_sha256,
            description=description,
            function_name=lambda_.function_name,
            provisioned_concurrency_config=provisioned,
            function_scaling_config=self._scaling_config(min_execution_environments, max_execution_environments),
        )
        self.resource.add_metadata("aws:cdk:do-not-refactor", True)
        if removal_policy is not None:
            self.resource.apply_removal_policy(removal_policy, default=RemovalPolicy.DESTROY)
        self.version: str = self.resource.attr_version
        self.function_arn: str = self.resource.ref
        self.function_name: str = f"{lambda_.function_name}:{self.version}"
        self.qualifier: str = self.resource.attr_version
        self._maybe_configure_async_invoke(max_event_age, on_failure, on_success, retry_attempts)

    def _scaling_config(self, minimum: float | None, maximum: float | None) -> dict[str, Any] | None:
        if minimum is None and maximum is None:
            return None
        min_known = minimum is not None and not Token.is_unresolved(minimum)
        max_known = maximum is not None and not Token.is_unresolved(maximum)
        if min_known and minimum < 0:  # type: ignore[operator]
            raise ValidationError("minExecutionEnvironments must be a non-negative integer.", self)
        if max_known and maximum < 0:  # type: ignore[operator]
            raise ValidationError("maxExecutionEnvironments must be a non-negative integer.", self)
        if min_known and max_known and minimum > maximum:  # type: ignore[operator]
            raise ValidationError(
                "minExecutionEnvironments must be less than or equal to maxExecutionEnvironments", self)
        return {"min_execution_environments": minimum, "max_execution_environments": maximum}

    @property
    def grant_principal(self) -> IPrincipal:  # type: ignore[override]
        """The function's principal."""
        return self.lambda_.grant_principal

    @property
    def role(self) -> IRole | None:  # type: ignore[override]
        """The function's role."""
        return self.lambda_.role

    @property
    def version_ref(self) -> VersionReference:
        """The version's ARN, as a reference."""
        from ._references import VersionReference

        return VersionReference(function_arn=self.function_arn)

    @property
    def edge_arn(self) -> str:
        """The ARN to use in Lambda@Edge."""
        if self.version == "$LATEST":
            raise ValidationError("$LATEST function version cannot be used for Lambda@Edge", self)
        return self.function_arn

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
        """A metric of this version (dimensions ``FunctionName`` and ``Resource``)."""
        props = metric_options(locals())
        if dimensions_map is None:
            props["dimensions_map"] = {"FunctionName": self.lambda_.function_name,
                              "Resource": f"{self.lambda_.function_arn}:{self.version}"}
        return super().metric(metric_name, **props)

    def add_alias(
        self,
        alias_name: str,
        *,
        additional_versions: Sequence[VersionWeight] | None = None,
        description: str | None = None,
        provisioned_concurrent_executions: float | None = None,
        max_event_age: Duration | None = None,
        on_failure: IDestination | None = None,
        on_success: IDestination | None = None,
        retry_attempts: float | None = None,
    ) -> Alias:
        """An ``Alias`` (construct id ``Alias<name>``) pointing at this version (keywords: ``AliasOptions``)."""
        from ._alias import Alias

        return Alias(self, f"Alias{alias_name}", alias_name=alias_name, version=self,
                     additional_versions=additional_versions, description=description,
                     provisioned_concurrent_executions=provisioned_concurrent_executions, max_event_age=max_event_age,
                     on_failure=on_failure, on_success=on_success, retry_attempts=retry_attempts)

    @staticmethod
    def from_version_arn(scope: Construct, id: str, version_arn: str) -> QualifiedFunctionBase:
        """An existing version, by ARN (``arn:...:function:<name>:<version>``)."""
        from ._function import Function

        version = Fn.select(7, Fn.split(":", version_arn))
        if Token.is_unresolved(version_arn):
            parts = Fn.split(":", version_arn)
            lambda_arn = Fn.join(":", [Fn.select(i, parts) for i in range(7)])
        else:
            lambda_arn = ":".join(version_arn.split(":")[:7])
        fn = Function.from_function_arn(scope, f"{id}Function", lambda_arn)
        return _ImportedVersion(scope, id, fn, version, version_arn, f"{fn.function_name}:{version}")

    @staticmethod
    def from_version_attributes(scope: Construct, id: str, *, lambda_: IFunction, version: str) -> QualifiedFunctionBase:
        """An existing version of ``lambda_``."""
        return _ImportedVersion(scope, id, lambda_, version, f"{lambda_.function_arn}:{version}",
                                f"{lambda_.function_name}:{version}")


class _ImportedVersion(QualifiedFunctionBase):
    def __init__(self, scope: Construct, id: str, fn: Any, version: str, arn: str, name: str) -> None:
        super().__init__(scope, id)
        self.version = version
        self.lambda_ = fn
        self.function_name = name
        self.function_arn = arn
        self.grant_principal = fn.grant_principal
        self.role = fn.role
        self.architecture = fn.architecture
        self.qualifier = version
        self.can_create_permissions = self._is_stack_account()

    @property
    def version_ref(self) -> VersionReference:
        """The version's ARN, as a reference."""
        from ._references import VersionReference

        return VersionReference(function_arn=self.function_arn)

    @property
    def edge_arn(self) -> str:
        """The ARN to use in Lambda@Edge (not for ``$LATEST``)."""
        if self.version == "$LATEST":
            raise ValidationError("$LATEST function version cannot be used for Lambda@Edge", self)
        return self.function_arn

    def add_alias(
        self,
        alias_name: str,
        *,
        additional_versions: Sequence[Any] | None = None,
        description: str | None = None,
        provisioned_concurrent_executions: float | None = None,
        max_event_age: Duration | None = None,
        on_failure: Any = None,
        on_success: Any = None,
        retry_attempts: float | None = None,
    ) -> Alias:
        """An ``Alias`` (construct id ``Alias<name>``) pointing at this version (keywords: ``AliasOptions``)."""
        from ._alias import Alias

        return Alias(self, f"Alias{alias_name}", alias_name=alias_name, version=self,
                     additional_versions=additional_versions, description=description,
                     provisioned_concurrent_executions=provisioned_concurrent_executions, max_event_age=max_event_age,
                     on_failure=on_failure, on_success=on_success, retry_attempts=retry_attempts)
