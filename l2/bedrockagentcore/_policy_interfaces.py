"""``IPolicyEngine`` and ``IPolicy``: the interfaces of new and imported Cedar policy engines and policies."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from constructs import Duration
    from l2.bedrockagentcore._gateway_interfaces import IGateway
    from l2.bedrockagentcore._policy import PolicyValidationMode
    from l2.cloudwatch import Metric, Unit
    from l2.iam import Grant, IGrantable
    from l2.kms import IKey


@runtime_checkable
class IPolicyEngine(Protocol):
    """A Cedar policy engine: ``PolicyEngine`` or one from ``PolicyEngine.from_policy_engine_attributes``."""

    @property
    def policy_engine_arn(self) -> str:
        """The ARN of the policy engine."""
        ...

    @property
    def policy_engine_id(self) -> str:
        """The id of the policy engine."""
        ...

    @property
    def policy_engine_name(self) -> str:
        """The name of the policy engine."""
        ...

    @property
    def description(self) -> str | None:
        """The description."""
        ...

    @property
    def kms_key(self) -> IKey | None:
        """The encryption key."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the policy engine to ``grantee``."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` read the policy engine."""
        ...

    def grant_evaluate(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` evaluate requests with the policy engine."""
        ...

    def grant_evaluate_for_gateway(self, grantee: IGrantable, gateway: IGateway) -> Grant:
        """Let ``grantee`` (a gateway's role) evaluate the requests of ``gateway``."""
        ...

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The CloudWatch metric ``metric_name`` of the policy engine."""
        ...

    def metric_authorization_latency(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Authorization latency (Average)."""
        ...

    def metric_denied_requests(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Denied requests (Sum)."""
        ...

    def metric_errors(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Errors (Sum)."""
        ...


@runtime_checkable
class IPolicy(Protocol):
    """A Cedar policy: ``Policy`` or one from ``Policy.from_policy_attributes``."""

    @property
    def policy_arn(self) -> str:
        """The ARN of the policy."""
        ...

    @property
    def policy_id(self) -> str:
        """The id of the policy."""
        ...

    @property
    def policy_name(self) -> str:
        """The name of the policy."""
        ...

    @property
    def policy_engine(self) -> IPolicyEngine:
        """The policy engine of the policy."""
        ...

    @property
    def description(self) -> str | None:
        """The description."""
        ...

    @property
    def validation_mode(self) -> PolicyValidationMode | None:
        """How validation findings are handled."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the policy to ``grantee``."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` read the policy."""
        ...

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The CloudWatch metric ``metric_name`` of the policy."""
        ...

    def metric_evaluations(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Policy evaluations (Sum)."""
        ...

    def metric_evaluation_latency(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Policy evaluation latency (Average)."""
        ...
