"""Usage plans and API keys of WebSocket APIs: ``UsagePlan``, ``ApiKey``, ``RateLimitedApiKey``."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Lazy, Names, Resource, Stack, Token, UnscopedValidationError
from constructs.internals import structs
from l2.apigatewayv2._common import ThrottleSettings
from l2.apigatewayv2._interfaces import IApiKeyRef

if TYPE_CHECKING:
    from l2.apigateway._refs import ApiKeyReference, UsagePlanReference
    from l2.apigatewayv2._interfaces import IApiKey, IUsagePlan, IWebSocketApi, IWebSocketStage
    from l2.iam import Grant, IGrantable


class Period(enum.Enum):
    """The time period of a usage plan quota."""

    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"


@structs.frozen(kw_only=True)
class QuotaSettings:
    """The request quota of a usage plan.

    Args:
        limit: the maximum number of requests in a period (an integer).
        offset: how many requests are subtracted from the limit in the first period.
        period: the period.
    """

    limit: int | float | None = None
    offset: int | float | None = None
    period: Period | None = None


@structs.frozen(kw_only=True)
class UsagePlanPerApiStage:
    """An API stage of a usage plan.

    Args:
        api: the API.
        stage: the stage.
    """

    api: IWebSocketApi | None = None
    stage: IWebSocketStage | None = None


@structs.frozen(kw_only=True)
class UsagePlanProps:
    """The properties of a ``UsagePlan`` (see ``UsagePlan``)."""

    api_stages: Sequence[UsagePlanPerApiStage] | None = None
    description: str | None = None
    quota: QuotaSettings | None = None
    throttle: ThrottleSettings | None = None
    usage_plan_name: str | None = None


@structs.frozen(kw_only=True)
class AddApiKeyOptions:
    """The options of ``UsagePlan.add_api_key``.

    Args:
        override_logical_id: the logical id of the ``AWS::ApiGateway::UsagePlanKey``.
    """

    override_logical_id: str | None = None


@structs.frozen(kw_only=True)
class ApiKeyOptions:
    """The options of an API key.

    Args:
        api_key_name: the key's name (default: generated).
        description: the key's description.
        value: the key's value (default: generated).
    """

    api_key_name: str | None = None
    description: str | None = None
    value: str | None = None


@structs.frozen(kw_only=True)
class ApiKeyProps(ApiKeyOptions):
    """The properties of an ``ApiKey``.

    Args:
        customer_id: an AWS Marketplace customer id.
        enabled: default true.
        generate_distinct_id: make the key id distinct from its value.
    """

    customer_id: str | None = None
    enabled: bool | None = None
    generate_distinct_id: bool | None = None


@structs.frozen(kw_only=True)
class RateLimitedApiKeyProps(ApiKeyProps):
    """The properties of a ``RateLimitedApiKey`` (see ``RateLimitedApiKey`` for each keyword)."""

    api_stages: Sequence[UsagePlanPerApiStage] | None = None
    quota: QuotaSettings | None = None
    throttle: ThrottleSettings | None = None


def _validate_integer(value: Any, name: str) -> None:
    if value is None or Token.is_unresolved(value):
        return
    if not float(value).is_integer():
        raise UnscopedValidationError(f"{name} should be an integer")


def _validate_double(value: Any, name: str) -> None:
    if value is None or Token.is_unresolved(value):
        return
    if not isinstance(value, (int, float)):
        raise UnscopedValidationError(f"{name} should be an double")


_READ = ["apigateway:GET"]
_WRITE = ["apigateway:POST", "apigateway:PUT", "apigateway:PATCH", "apigateway:DELETE"]


def _key_arn(scope: Construct, key_id: str) -> str:
    return Stack.of(scope).format_arn(
        service="apigateway", account="", resource="/apikeys", arn_format=ArnFormat.SLASH_RESOURCE_NAME,
        resource_name=key_id,
    )


class _ApiKeyBase(Resource):
    key_id: str
    key_arn: str

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to read the key."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=_READ, resource_arns=[self.key_arn])

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to change the key."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=_WRITE, resource_arns=[self.key_arn])

    def grant_read_write(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to read and change the key."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=[*_READ, *_WRITE], resource_arns=[self.key_arn])

    @property
    def api_key_ref(self) -> ApiKeyReference:
        """The key by id (aws-cdk-lib's ``ApiKeyReference``)."""
        from l2.apigateway._refs import ApiKeyReference

        return ApiKeyReference(api_key_id=self.key_id)


class _ImportedApiKey(_ApiKeyBase):
    def __init__(self, scope: Construct, id: str, api_key_id: str) -> None:
        super().__init__(scope, id)
        self.key_id = api_key_id
        self.key_arn = _key_arn(self, api_key_id)


class ApiKey(_ApiKeyBase):
    """An API key of WebSocket API usage plans (``AWS::ApiGateway::ApiKey``).

    Args:
        scope: the parent construct.
        id: the construct id.
        api_key_name: the key's name (default: generated).
        customer_id: an AWS Marketplace customer id.
        description: the key's description.
        enabled: default true.
        generate_distinct_id: make the key id distinct from its value.
        value: the key's value (default: generated).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.websocket.ApiKey"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_key_name: str | None = None,
        customer_id: str | None = None,
        description: str | None = None,
        enabled: bool | None = None,
        generate_distinct_id: bool | None = None,
        value: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=api_key_name)
        from l1.apigateway import CfnApiKey

        resource = CfnApiKey(
            self,
            "Resource",
            customer_id=customer_id,
            description=description,
            enabled=True if enabled is None else enabled,
            generate_distinct_id=generate_distinct_id,
            name=self.physical_name,
            value=value,
        )
        self.key_id = resource.ref
        self.key_arn = _key_arn(self, self.key_id)

    @staticmethod
    def from_api_key_id(scope: Construct, id: str, api_key_id: str) -> IApiKey:
        """An existing API key."""
        return _ImportedApiKey(scope, id, api_key_id)


class RateLimitedApiKey(_ApiKeyBase):
    """An API key with its own usage plan (made when ``api_stages``, ``quota`` or ``throttle`` is given).

    Args:
        scope: the parent construct.
        id: the construct id.
        api_stages: the API stages of the usage plan.
        quota: the plan's quota.
        throttle: the plan's throttling.
        api_key_name / customer_id / description / enabled / generate_distinct_id / value: see ``ApiKey``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.RateLimitedApiKey"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_stages: Sequence[UsagePlanPerApiStage] | None = None,
        quota: QuotaSettings | None = None,
        throttle: ThrottleSettings | None = None,
        api_key_name: str | None = None,
        customer_id: str | None = None,
        description: str | None = None,
        enabled: bool | None = None,
        generate_distinct_id: bool | None = None,
        value: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=api_key_name)
        resource = ApiKey(
            self,
            "Resource",
            api_key_name=api_key_name,
            customer_id=customer_id,
            description=description,
            enabled=enabled,
            generate_distinct_id=generate_distinct_id,
            value=value,
        )
        if api_stages is not None or quota is not None or throttle is not None:
            UsagePlan(self, "UsagePlanResource", api_stages=api_stages, quota=quota, throttle=throttle).add_api_key(
                resource
            )
        self.key_id = resource.key_id
        self.key_arn = resource.key_arn


class _UsagePlanBase(Resource):
    usage_plan_id: str

    def add_api_key(self, api_key: IApiKeyRef, *, override_logical_id: str | None = None) -> None:
        """Add an API key to the plan (an ``AWS::ApiGateway::UsagePlanKey``)."""
        from l1.apigateway import CfnUsagePlanKey

        key_id = api_key.api_key_ref.api_key_id
        resource = CfnUsagePlanKey(
            self,
            f"UsagePlanKeyResource:{Names.node_unique_id(api_key.node)}",
            key_id=key_id,
            key_type="API_KEY",
            usage_plan_id=self.usage_plan_id,
        )
        if override_logical_id:
            resource.override_logical_id(override_logical_id)

    @property
    def usage_plan_ref(self) -> UsagePlanReference:
        """The plan by id (aws-cdk-lib's ``UsagePlanReference``)."""
        from l2.apigateway._refs import UsagePlanReference

        return UsagePlanReference(usage_plan_id=self.usage_plan_id)


class _ImportedUsagePlan(_UsagePlanBase):
    def __init__(self, scope: Construct, id: str, usage_plan_id: str) -> None:
        super().__init__(scope, id)
        self.usage_plan_id = usage_plan_id


class UsagePlan(_UsagePlanBase):
    """A usage plan of WebSocket APIs (``AWS::ApiGateway::UsagePlan``).

    Args:
        scope: the parent construct.
        id: the construct id.
        api_stages: the API stages the plan covers (more with ``add_api_stage``).
        description: the plan's description.
        quota: the request quota.
        throttle: the throttling.
        usage_plan_name: the plan's name.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.websocket.UsagePlan"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_stages: Sequence[UsagePlanPerApiStage] | None = None,
        description: str | None = None,
        quota: QuotaSettings | None = None,
        throttle: ThrottleSettings | None = None,
        usage_plan_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l1.apigateway import CfnUsagePlan

        self._api_stages: list[UsagePlanPerApiStage] = []
        quota_prop = None
        if quota is not None:
            _validate_integer(quota.limit, "Throttle quota limit")
            quota_prop = CfnUsagePlan.QuotaSettingsProperty(
                limit=quota.limit, offset=quota.offset, period=quota.period.value if quota.period else None
            )
        throttle_prop = None
        if throttle is not None:
            _validate_integer(throttle.burst_limit, "Throttle burst limit")
            _validate_double(throttle.rate_limit, "Throttle rate limit")
            throttle_prop = CfnUsagePlan.ThrottleSettingsProperty(
                burst_limit=throttle.burst_limit, rate_limit=throttle.rate_limit
            )
        resource = CfnUsagePlan(
            self,
            "Resource",
            api_stages=Lazy.any(self._render_api_stages),
            description=description,
            quota=quota_prop,
            throttle=throttle_prop,
            usage_plan_name=usage_plan_name,
        )
        self._api_stages.extend(api_stages or [])
        self.usage_plan_id: str = resource.ref
        for api_stage in api_stages or []:
            if api_stage.stage is not None:
                self.node.add_dependency(api_stage.stage)  # type: ignore[arg-type]
            if api_stage.api is not None:
                self.node.add_dependency(api_stage.api)  # type: ignore[arg-type]

    @staticmethod
    def from_usage_plan_id(scope: Construct, id: str, usage_plan_id: str) -> IUsagePlan:
        """An existing usage plan."""
        return _ImportedUsagePlan(scope, id, usage_plan_id)

    def add_api_stage(self, *, api: IWebSocketApi | None = None, stage: IWebSocketStage | None = None) -> None:
        """Add an API stage to the plan."""
        self._api_stages.append(UsagePlanPerApiStage(api=api, stage=stage))

    def _render_api_stages(self) -> Any:
        from l1.apigateway import CfnUsagePlan

        stages = [
            CfnUsagePlan.ApiStageProperty(stage=str(s.stage.stage_name), api_id=s.stage.api.api_id)
            for s in self._api_stages
            if s.stage is not None
        ]
        return stages if self._api_stages else None
