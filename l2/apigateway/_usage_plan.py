"""``UsagePlan``: throttling and quotas for API keys on API stages (``AWS::ApiGateway::UsagePlan``)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, FeatureFlags, Lazy, Names, Resource, UnscopedValidationError
from constructs.internals import structs
from l1.apigateway import CfnUsagePlan, CfnUsagePlanKey
from l2.apigateway._private.util import validate_integer
from l2.apigateway._refs import UsagePlanReference

USAGE_PLAN_KEY_ORDER_INSENSITIVE_ID = "@aws-cdk/aws-apigateway:usagePlanKeyOrderInsensitiveId"

if TYPE_CHECKING:
    from l2.apigateway._interfaces import IApiKey, IRestApi
    from l2.apigateway._method import Method
    from l2.apigateway._stage import Stage


class Period(enum.Enum):
    """The period of a quota."""

    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"


@structs.frozen(kw_only=True)
class ThrottleSettings:
    """Request rate limits.

    Args:
        burst_limit: the burst limit (an integer).
        rate_limit: steady-state requests per second.
    """

    burst_limit: int | None = None
    rate_limit: float | None = None


@structs.frozen(kw_only=True)
class QuotaSettings:
    """A maximum number of requests per period.

    Args:
        limit: the request count (an integer).
        offset: requests subtracted in the first period.
        period: the period.
    """

    limit: int | None = None
    offset: int | None = None
    period: Period | None = None


@structs.frozen(kw_only=True)
class ThrottlingPerMethod:
    """Throttle settings for one method.

    Args:
        method: the method.
        throttle: its limits.
    """

    method: Method
    throttle: ThrottleSettings


@structs.frozen(kw_only=True)
class UsagePlanPerApiStage:
    """An API stage a usage plan covers.

    Args:
        api: the API (unused by CloudFormation; the stage names its API).
        stage: the stage.
        throttle: per-method limits.
    """

    api: IRestApi | None = None
    stage: Stage | None = None
    throttle: Sequence[ThrottlingPerMethod] | None = None


def _render_throttle(throttle: ThrottleSettings | None) -> CfnUsagePlan.ThrottleSettingsProperty | None:
    if throttle is None:
        return None
    validate_integer(throttle.burst_limit, "Throttle burst limit")
    rate = throttle.rate_limit
    if rate is not None and not isinstance(rate, (int, float)):
        raise UnscopedValidationError("Throttle rate limit should be an double")
    return CfnUsagePlan.ThrottleSettingsProperty(burst_limit=throttle.burst_limit, rate_limit=rate)


class UsagePlanBase(Resource):
    """Behaviour shared by usage plans: adding API keys."""

    usage_plan_id: str

    @property
    def usage_plan_ref(self) -> UsagePlanReference:
        """The plan by id."""
        return UsagePlanReference(usage_plan_id=self.usage_plan_id)

    def add_api_key(self, api_key: IApiKey, *, override_logical_id: str | None = None) -> None:
        """Let ``api_key`` use this plan (an ``AWS::ApiGateway::UsagePlanKey``)."""
        prefix = "UsagePlanKeyResource"
        # the flag is on when unset in aws-cdk-lib v2; off, only keys after the first get their own id
        if FeatureFlags.of(self).is_enabled(USAGE_PLAN_KEY_ORDER_INSENSITIVE_ID) or self.node.try_find_child(prefix):
            key_id = f"{prefix}:{Names.node_unique_id(api_key.node)}"
        else:
            key_id = prefix
        resource = CfnUsagePlanKey(
            self, key_id, key_id=api_key.key_id, key_type="API_KEY", usage_plan_id=self.usage_plan_id
        )
        if override_logical_id:
            resource.override_logical_id(override_logical_id)


class UsagePlan(UsagePlanBase):
    """A usage plan.

    Args:
        scope: the parent construct.
        id: the construct id.
        api_key: an API key to add.
        api_stages: API stages the plan covers.
        description: the description.
        name: the plan name.
        quota: the request quota.
        throttle: the request rate limits.

    Raises:
        UnscopedValidationError: a non-integer limit.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.UsagePlan"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_key: IApiKey | None = None,
        api_stages: Sequence[UsagePlanPerApiStage] | None = None,
        description: str | None = None,
        name: str | None = None,
        quota: QuotaSettings | None = None,
        throttle: ThrottleSettings | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._api_stages: list[UsagePlanPerApiStage] = []
        cfn = CfnUsagePlan(
            self,
            "Resource",
            api_stages=Lazy.uncached_any(self._render_api_stages),
            description=description,
            quota=self._render_quota(quota),
            throttle=_render_throttle(throttle),
            usage_plan_name=name,
        )
        self._api_stages.extend(api_stages or [])
        self.usage_plan_id: str = cfn.ref
        if api_key is not None:
            self.add_api_key(api_key)

    @staticmethod
    def from_usage_plan_id(scope: Construct, id: str, usage_plan_id: str) -> UsagePlanBase:
        """An existing usage plan."""
        imported = UsagePlanBase(scope, id)
        imported.usage_plan_id = usage_plan_id
        return imported

    def add_api_stage(
        self,
        *,
        api: IRestApi | None = None,
        stage: Stage | None = None,
        throttle: Sequence[ThrottlingPerMethod] | None = None,
    ) -> None:
        """Cover another API stage."""
        self._api_stages.append(UsagePlanPerApiStage(api=api, stage=stage, throttle=throttle))

    def _render_api_stages(self) -> list[CfnUsagePlan.ApiStageProperty] | None:
        if not self._api_stages:
            return None
        return [self._render_stage(s) for s in self._api_stages]

    def _render_stage(self, api_stage: UsagePlanPerApiStage) -> CfnUsagePlan.ApiStageProperty:
        stage = api_stage.stage
        throttle: dict[str, Any] = {}
        for per_method in api_stage.throttle or []:
            method = per_method.method
            throttle[f"{method.resource.path}/{method.http_method}"] = _render_throttle(per_method.throttle)
        return CfnUsagePlan.ApiStageProperty(
            api_id=stage.rest_api.rest_api_id if stage is not None else None,
            stage=stage.stage_name if stage is not None else None,
            throttle=throttle,
        )

    @staticmethod
    def _render_quota(quota: QuotaSettings | None) -> CfnUsagePlan.QuotaSettingsProperty | None:
        if quota is None:
            return None
        validate_integer(quota.limit, "Throttle quota limit")
        return CfnUsagePlan.QuotaSettingsProperty(
            limit=quota.limit or None,
            offset=quota.offset,
            period=quota.period.value if quota.period is not None else None,
        )
