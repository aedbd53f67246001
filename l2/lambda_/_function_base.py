"""``FunctionBase``: what every function, version and alias offers (permissions, grants, metrics, event sources)."""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from constructs import (
    Annotations,
    ArnFormat,
    Construct,
    Duration,
    FeatureFlags,
    Resource,
    Token,
    ValidationError,
)
from l1.lambda_ import CfnPermission

if TYPE_CHECKING:
    from constructs import Node
    from l2.cloudwatch import Metric, Unit
    from l2.ec2 import Connections
    from l2.iam import CompositePrincipal, Grant, IGrantable, IPrincipal, IRole, PolicyStatement
    from l2.kms import IKey
    from l2.lambda_._event_invoke_config import IDestination
    from l2.lambda_._event_source_mapping import (
        EventSourceMappingLogLevel,
        IEventSourceDlq,
        MetricsConfig,
        ProvisionedPollerConfig,
        SourceAccessConfiguration,
        StartingPosition,
    )
    from l2.lambda_._function_config import TenancyConfig
    from l2.lambda_._function_url import FunctionUrlAuthType, FunctionUrlCorsOptions, InvokeMode
    from l2.lambda_._interfaces import IFunction, IVersion
    from l2.lambda_._references import FunctionReference, VersionReference
    from l2.lambda_._runtime import Architecture
    from l2.lambda_._schema_registry import ISchemaRegistry

    from ._alias import Alias
    from ._event_source_mapping import EventSourceMapping
    from ._function_url import FunctionUrl

_INVOKE_ACTIONS = ("lambda:InvokeFunction", "lambda:*", "lambda:Invoke*")
_CONDITIONS_SUPPORTED = (("ArnLike", "aws:SourceArn"), ("StringEquals", "aws:SourceAccount"),
                         ("StringEquals", "aws:PrincipalOrgID"))


def _enum_value(x: Any) -> Any:
    return x.value if isinstance(x, enum.Enum) else x


_METRIC_OPTIONS = ("account", "color", "dimensions_map", "id", "label", "period", "region", "stack_account",
                   "stack_region", "statistic", "unit", "visible")


def metric_options(values: Mapping[str, Any]) -> dict[str, Any]:
    """The MetricOptions keywords of a metric method that are set (``values`` is its ``locals()``)."""
    return {k: values[k] for k in _METRIC_OPTIONS if values.get(k) is not None}


def _js_json(x: Any) -> str:
    return json.dumps(x, separators=(",", ":"), ensure_ascii=False)


class IEventSource(Protocol):
    """An event source that configures itself on a function (``l2.lambda_event_sources``)."""

    def bind(self, target: IFunction) -> None: ...


class _PermissionResource:
    """The resource side of a function grant: adding a statement means adding a ``CfnPermission``."""

    def __init__(self, fn: FunctionBase, grantee: IGrantable, identifier: str, action: str,
                 overrides: Mapping[str, Any]) -> None:
        self._fn = fn
        self._grantee = grantee
        self._identifier = identifier
        self._action = action
        self._overrides = overrides
        self.env = fn.env

    def add_to_resource_policy(self, statement: Any) -> Any:
        from l2 import iam

        fn = self._fn
        fn.add_permission(self._identifier, principal=self._grantee.grant_principal, action=self._action,
                          **self._overrides)
        node = fn.permissions_node.try_find_child(self._identifier)
        if node is None and not fn._skip_permissions:
            raise ValidationError(
                "Cannot modify permission to lambda function. Function is either imported or $LATEST version.\n"
                "If the function is imported from the same account use `fromFunctionAttributes()` API with the "
                "`sameEnvironment` flag.\nIf the function is imported from a different account and already has the "
                "correct permissions use `fromFunctionAttributes()` API with the `skipPermissions` flag.",
                fn,
            )
        return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=node)


class FunctionBase(Resource):
    """The shared behaviour of functions, versions and aliases.

    Subclasses set ``function_name``, ``function_arn``, ``role``, ``grant_principal``, ``architecture``,
    ``can_create_permissions`` and ``permissions_node``.
    """

    function_name: str
    function_arn: str
    architecture: Architecture = None
    role: IRole | None = None
    grant_principal: IPrincipal = None
    can_create_permissions: bool = False
    tenancy_config: TenancyConfig | None = None

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self._skip_permissions = False
        self._warn_if_current_version_called = False
        self._invocation_grants: dict[str, Any] = {}
        self._function_url_invocation_grants: dict[str, Any] = {}
        self._policy_counter = 0
        self._has_added_literal_statements = False
        self._has_added_array_token_statements = False

    @property
    def function_ref(self) -> FunctionReference:
        """The function's ARN and name, as a reference."""
        from ._references import FunctionReference

        return FunctionReference(function_arn=self.function_arn, function_name=self.function_name)

    @property
    def permissions_node(self) -> Node:
        """The node under which permissions are created."""
        return self.node

    @property
    def resource_arns_for_grant_invoke(self) -> list[str]:
        """The ARNs ``grant_invoke`` allows: the function and all its versions."""
        return [self.function_arn, f"{self.function_arn}:*"]

    _connections: Any = None

    @property
    def is_bound_to_vpc(self) -> bool:
        """Whether the function is in a VPC (has security groups)."""
        return self._connections is not None

    @property
    def connections(self) -> Connections:
        """The function's network connections (``ec2.Connections``; VPC functions only).

        Raises:
            ValidationError: the function is not in a VPC.
        """
        if self._connections is None:
            raise ValidationError(
                'Only VPC-associated Lambda Functions have security groups to manage. Supply the "vpc" parameter '
                'when creating the Lambda, or "securityGroupId" when importing it.',
                self,
            )
        return self._connections

    # -- permissions ---------------------------------------------------------------------------------
    def consider_warning_on_invoke_function_permissions(self, scope: Construct, action: str) -> None:
        """Warn (now, or when ``current_version`` is first used) that invoke permissions on a function do not
        cover its versions and aliases."""
        if action in _INVOKE_ACTIONS:
            if scope.node.try_find_child("CurrentVersion"):
                self._warn_invoke_function_permissions(scope)
            else:
                self._warn_if_current_version_called = True

    @staticmethod
    def _warn_invoke_function_permissions(scope: Construct) -> None:
        Annotations.of(scope).add_warning_v2(
            "@aws-cdk/aws-lambda:addPermissionsToVersionOrAlias",
            "\n".join([
                "AWS Lambda has changed their authorization strategy, which may cause client invocations using the "
                "'Qualifier' parameter of the lambda function to fail with Access Denied errors.",
                "If you are using a lambda Version or Alias, make sure to call 'grantInvoke' or 'addPermission' on "
                "the Version or Alias, not the underlying Function",
                "See: https://github.com/aws/aws-cdk/issues/19273",
            ]),
        )

    def add_permission(
        self,
        id: str,
        *,
        principal: IPrincipal,
        action: str | None = None,
        event_source_token: str | None = None,
        function_url_auth_type: FunctionUrlAuthType | None = None,
        invoked_via_function_url: bool | None = None,
        organization_id: str | None = None,
        scope: Construct | None = None,
        source_account: str | None = None,
        source_arn: str | None = None,
    ) -> None:
        """Add a resource-policy statement (an ``AWS::Lambda::Permission`` named ``id``) to the function.

        Raises:
            ValidationError: an unsupported principal or condition.
        """
        if not self.can_create_permissions:
            if not self._skip_permissions:
                Annotations.of(self).add_warning_v2(
                    "UnclearLambdaEnvironment",
                    f"addPermission() has no effect on a Lambda Function with region={self.env.region}, "
                    f"account={self.env.account}, in a Stack with region={self.stack.region}, "
                    f"account={self.stack.account}. Suppress this warning if this is intentional, or pass "
                    "sameEnvironment=true to fromFunctionAttributes() if you would like to add the permissions.",
                )
            return
        principal_value = self._parse_permission_principal(principal)
        conditions = self._validate_condition_combinations(principal) or {}
        action = action or "lambda:InvokeFunction"
        scope = scope or self
        self.consider_warning_on_invoke_function_permissions(scope, action)
        CfnPermission(
            scope,
            id,
            action=action,
            principal=principal_value,
            function_name=self.function_arn,
            event_source_token=event_source_token,
            source_account=source_account or conditions.get("source_account"),
            source_arn=source_arn or conditions.get("source_arn"),
            principal_org_id=organization_id or conditions.get("principal_org_id"),
            function_url_auth_type=_enum_value(function_url_auth_type),
            invoked_via_function_url=invoked_via_function_url,
        )

    def _parse_permission_principal(self, principal: Any) -> Any:
        principal = getattr(principal, "wrapped", principal)
        for attr in ("account_id", "service", "arn"):
            if hasattr(principal, attr) and not callable(getattr(principal, attr)):
                return getattr(principal, attr)
        fragment = principal.policy_fragment
        conditions = fragment.conditions or {}
        string_equals = conditions.get("StringEquals") if len(conditions) == 1 else None
        if isinstance(string_equals, Mapping) and len(string_equals) == 1 and "aws:PrincipalOrgID" in string_equals:
            return "*"
        aws = fragment.principal_json.get("AWS")
        if not conditions and aws:
            if isinstance(aws, str):
                return aws
            if isinstance(aws, list) and len(aws) == 1 and isinstance(aws[0], str):
                return aws[0]
        raise ValidationError(
            f"Invalid principal type for Lambda permission statement: {type(principal).__name__}. Supported: "
            "AccountPrincipal, ArnPrincipal, ServicePrincipal, OrganizationPrincipal",
            self,
        )

    def _validate_condition_combinations(self, principal: Any) -> dict[str, Any] | None:
        conditions = principal.policy_fragment.conditions or {}
        if not conditions:
            return None
        pairs = [(op, key) for op, objs in conditions.items() for key in objs]
        unsupported = [p for p in pairs if p not in _CONDITIONS_SUPPORTED]
        if unsupported:
            shown = _js_json([{"operator": op, "key": key} for op, key in unsupported])
            supported = _js_json([{"operator": op, "key": key} for op, key in _CONDITIONS_SUPPORTED])
            raise ValidationError(
                f"PrincipalWithConditions had unsupported conditions for Lambda permission statement: {shown}. "
                f"Supported operator/condition pairs: {supported}",
                self,
            )

        def text(x: Any) -> Any:
            return x if isinstance(x, str) and x else None

        source_arn = text((conditions.get("ArnLike") or {}).get("aws:SourceArn"))
        source_account = text((conditions.get("StringEquals") or {}).get("aws:SourceAccount"))
        org_id = text((conditions.get("StringEquals") or {}).get("aws:PrincipalOrgID"))
        if org_id and (source_arn or source_account):
            raise ValidationError(
                "PrincipalWithConditions had unsupported condition combinations for Lambda permission statement: "
                "principalOrgID cannot be set with other conditions.",
                self,
            )
        return {"source_arn": source_arn, "source_account": source_account, "principal_org_id": org_id}

    def add_to_role_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the execution role's default policy (nothing if the function has no role)."""
        if self.role is None:
            return
        has_array_tokens = bool(statement.resources) and Token.is_unresolved(statement.resources)
        conflict = (has_array_tokens and self._has_added_literal_statements) or (
            not has_array_tokens and self._has_added_array_token_statements
        )
        if conflict or FeatureFlags.of(self).is_enabled("@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy"):
            from l2 import iam

            policy = iam.Policy(self, f"inlinePolicyAddedToExecutionRole-{self._policy_counter}",
                                statements=[statement])
            self._policy_counter += 1
            self.role.attach_inline_policy(policy)
            return
        self.role.add_to_principal_policy(statement)
        if has_array_tokens:
            self._has_added_array_token_statements = True
        else:
            self._has_added_literal_statements = True

    # -- grants -------------------------------------------------------------------------------------
    def _grant(self, grantee: IGrantable, identifier: str, action: str, resource_arns: Sequence[str],
               overrides: Mapping[str, Any] | None = None, conditions: Mapping[str, Any] | None = None) -> Any:
        from l2 import iam

        return iam.Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=[action],
            resource_arns=list(resource_arns),
            conditions=conditions,
            resource=_PermissionResource(self, grantee, identifier, action, overrides or {}),
        )

    def grant_invoke(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to invoke the function (identity policy, or a Permission for service principals)."""
        principal = grantee.grant_principal
        payload = {"principal": str(principal), "conditions": principal.policy_fragment.conditions or {}}
        digest = hashlib.sha256(_js_json(payload).encode()).digest()
        import base64  # here: most apps grant no invocation

        identifier = "Invoke" + base64.b64encode(digest).decode()
        grant = self._invocation_grants.get(identifier)
        if grant is None:
            grant = self._grant(grantee, identifier, "lambda:InvokeFunction", self.resource_arns_for_grant_invoke)
            self._invocation_grants[identifier] = grant
        return grant

    @property
    def latest_version(self) -> IVersion:
        """The ``$LATEST`` version of this function (no resource)."""
        latest = getattr(self, "_latest_version", None)
        if latest is None:
            latest = _LatestVersion(self)
            self._latest_version = latest
        return latest

    def grant_invoke_latest_version(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to invoke ``$LATEST`` only."""
        return self.grant_invoke_version(grantee, self.latest_version)

    def grant_invoke_version(self, grantee: IGrantable, version: IVersion) -> Grant:
        """Allow ``grantee`` to invoke one version."""
        principal = grantee.grant_principal
        payload = {"principal": str(principal), "conditions": principal.policy_fragment.conditions or {},
                   "version": version.version}
        digest = hashlib.sha256(_js_json(payload).encode()).digest()
        import base64  # here: most apps grant no invocation

        identifier = "Invoke" + base64.b64encode(digest).decode()
        grant = self._invocation_grants.get(identifier)
        if grant is None:
            arns = [f"{self.function_arn}:{version.version}"]
            if version is self.latest_version:
                arns.append(self.function_arn)
            grant = self._grant(grantee, identifier, "lambda:InvokeFunction", arns)
            self._invocation_grants[identifier] = grant
        return grant

    def grant_invoke_url(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to invoke the function URL (IAM auth) and the function through it."""
        identifier = f"InvokeFunctionUrl{grantee.grant_principal}"
        grant = self._function_url_invocation_grants.get(identifier)
        if grant is None:
            self._grant(grantee, identifier, "lambda:InvokeFunctionUrl", [self.function_arn],
                        {"function_url_auth_type": "AWS_IAM"},
                        {"StringEquals": {"lambda:FunctionUrlAuthType": "AWS_IAM"}})
            grant = self._grant(grantee, f"{identifier}-DualAuth", "lambda:InvokeFunction", [self.function_arn],
                                {"invoked_via_function_url": True}, {"Bool": {"lambda:InvokedViaFunctionUrl": True}})
            self._function_url_invocation_grants[identifier] = grant
        return grant

    def grant_invoke_composite_principal(self, composite_principal: CompositePrincipal) -> list[Grant]:
        """``grant_invoke`` for each principal of a ``CompositePrincipal``."""
        return [self.grant_invoke(p) for p in composite_principal.principals]

    def configure_async_invoke(self, *, max_event_age: Duration | None = None, on_failure: IDestination | None = None, on_success: IDestination | None = None,
                               retry_attempts: float | None = None) -> None:
        """Set the asynchronous invocation options (an ``EventInvokeConfig`` child).

        Raises:
            ValidationError: the options were already configured.
        """
        from ._event_invoke_config import EventInvokeConfig

        if self.node.try_find_child("EventInvokeConfig") is not None:
            raise ValidationError(f"An EventInvokeConfig has already been configured for the function at "
                                  f"{self.node.path}", self)
        EventInvokeConfig(self, "EventInvokeConfig", function=self, max_event_age=max_event_age,
                          on_failure=on_failure, on_success=on_success, retry_attempts=retry_attempts)

    def _maybe_configure_async_invoke(self, max_event_age: Any, on_failure: Any, on_success: Any,
                                      retry_attempts: float | None) -> None:
        if on_failure or on_success or max_event_age or retry_attempts is not None:
            from constructs.internals import analytics_literal

            # aws-cdk-lib's constructors pass configureAsyncInvoke a literal naming the four options, which its
            # ``{function, ...options}`` spreads: the config records them, set or not (analytics metadata)
            target = {"function": self.lambda_, "qualifier": self.qualifier} \
                if isinstance(self, QualifiedFunctionBase) else {"function": self}
            analytics_literal(self, "EventInvokeConfig", {**target, "on_failure": on_failure, "on_success": on_success,
                                                          "max_event_age": max_event_age,
                                                          "retry_attempts": retry_attempts})
            self.configure_async_invoke(max_event_age=max_event_age, on_failure=on_failure, on_success=on_success,
                                        retry_attempts=retry_attempts)

    # -- event sources and URLs ----------------------------------------------------------------------
    def add_event_source(self, source: IEventSource) -> None:
        """Subscribe the function to an event source (``l2.lambda_event_sources``).

        Raises:
            ValidationError: a source other than ``ApiEventSource`` on a function with tenant isolation.
        """
        tenancy = self.tenancy_config
        if tenancy is None and getattr(self, "lambda_", None) is not None:
            tenancy = self.lambda_.tenancy_config
        isolated = tenancy is not None and tenancy.tenancy_config_property.get("tenant_isolation_mode") is not None
        if isolated and type(source).__name__ != "ApiEventSource":
            raise ValidationError(f"Event source {type(source).__name__} is not supported for functions with tenant "
                                  "isolation mode", self)
        source.bind(self)

    def add_event_source_mapping(
        self,
        id: str,
        *,
        batch_size: float | None = None,
        bisect_batch_on_error: bool | None = None,
        enabled: bool | None = None,
        event_source_arn: str | None = None,
        filter_encryption: IKey | None = None,
        filters: Sequence[Mapping[str, object]] | None = None,
        kafka_bootstrap_servers: Sequence[str] | None = None,
        kafka_consumer_group_id: str | None = None,
        kafka_topic: str | None = None,
        log_level: EventSourceMappingLogLevel | None = None,
        max_batching_window: Duration | None = None,
        max_concurrency: float | None = None,
        max_record_age: Duration | None = None,
        metrics_config: MetricsConfig | None = None,
        on_failure: IEventSourceDlq | None = None,
        parallelization_factor: float | None = None,
        provisioned_poller_config: ProvisionedPollerConfig | None = None,
        report_batch_item_failures: bool | None = None,
        retry_attempts: float | None = None,
        schema_registry_config: ISchemaRegistry | None = None,
        source_access_configurations: Sequence[SourceAccessConfiguration] | None = None,
        starting_position: StartingPosition | None = None,
        starting_position_timestamp: float | None = None,
        support_s3_on_failure_destination: bool | None = None,
        tumbling_window: Duration | None = None,
    ) -> EventSourceMapping:
        """An ``EventSourceMapping`` reading from a stream or queue into this function (keywords:
        ``EventSourceMappingOptions``)."""
        from ._event_source_mapping import EventSourceMapping

        options = {k: v for k, v in locals().items() if k not in ("self", "id", "EventSourceMapping")}
        return EventSourceMapping(self, id, target=self, **options)

    def add_function_url(self, *, auth_type: FunctionUrlAuthType | None = None, cors: FunctionUrlCorsOptions | None = None, invoke_mode: InvokeMode | None = None) -> FunctionUrl:
        """A ``FunctionUrl`` (construct id ``FunctionUrl``) for this function."""
        from ._function_url import FunctionUrl

        return FunctionUrl(self, "FunctionUrl", function=self, auth_type=auth_type, cors=cors,
                           invoke_mode=invoke_mode)

    # -- metrics (the keywords are aws-cdk-lib's MetricOptions) --------------------------------------
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
        """A metric of this function in ``AWS/Lambda`` (dimension ``FunctionName``)."""
        from l2.cloudwatch import Metric

        options: dict[str, Any] = {"namespace": "AWS/Lambda", "metric_name": metric_name,
                                   "dimensions_map": {"FunctionName": self.function_name}}
        options.update(metric_options(locals()))
        return Metric(**options).attach_to(self)

    def metric_errors(
        self, *,
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
        """``Errors`` (Sum over 5 minutes)."""
        return self.metric("Errors", **{"statistic": "Sum", **metric_options(locals())})

    def metric_duration(
        self, *,
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
        """``Duration`` (Average over 5 minutes)."""
        return self.metric("Duration", **{"statistic": "Average", **metric_options(locals())})

    def metric_invocations(
        self, *,
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
        """``Invocations`` (Sum over 5 minutes)."""
        return self.metric("Invocations", **{"statistic": "Sum", **metric_options(locals())})

    def metric_throttles(
        self, *,
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
        """``Throttles`` (Sum over 5 minutes)."""
        return self.metric("Throttles", **{"statistic": "Sum", **metric_options(locals())})

    def _is_stack_account(self) -> bool:
        if Token.is_unresolved(self.stack.account) or Token.is_unresolved(self.function_arn):
            return False
        return self.stack.split_arn(self.function_arn, ArnFormat.SLASH_RESOURCE_NAME).account == self.stack.account


class QualifiedFunctionBase(FunctionBase):
    """A function qualified by a version or alias (``lambda_`` is the unqualified function)."""

    lambda_: IFunction
    qualifier: str

    @property
    def resource_arns_for_grant_invoke(self) -> list[str]:
        return [self.function_arn]

    def consider_warning_on_invoke_function_permissions(self, _scope: Construct, _action: str) -> None:
        """Versions and aliases do not warn."""
        return None

    def configure_async_invoke(self, *, max_event_age: Duration | None = None, on_failure: IDestination | None = None, on_success: IDestination | None = None,
                               retry_attempts: float | None = None) -> None:
        """Set the asynchronous invocation options of this qualifier.

        Raises:
            ValidationError: the options were already configured.
        """
        from ._event_invoke_config import EventInvokeConfig

        if self.node.try_find_child("EventInvokeConfig") is not None:
            raise ValidationError(f"An EventInvokeConfig has already been configured for the qualified function at "
                                  f"{self.node.path}", self)
        EventInvokeConfig(self, "EventInvokeConfig", function=self.lambda_, qualifier=self.qualifier,
                          max_event_age=max_event_age, on_failure=on_failure, on_success=on_success,
                          retry_attempts=retry_attempts)




class _LatestVersion(FunctionBase):
    """``$LATEST``: the unpublished version (construct id ``$LATEST`` under the function)."""

    version = "$LATEST"

    def __init__(self, fn: FunctionBase) -> None:
        super().__init__(fn, "$LATEST")
        self.lambda_ = fn
        self.can_create_permissions = False

    @property
    def function_arn(self) -> str:  # type: ignore[override]
        return f"{self.lambda_.function_arn}:{self.version}"

    @property
    def function_name(self) -> str:  # type: ignore[override]
        return f"{self.lambda_.function_name}:{self.version}"

    @property
    def architecture(self) -> Any:
        return self.lambda_.architecture

    @property
    def grant_principal(self) -> Any:  # type: ignore[override]
        return self.lambda_.grant_principal

    @property
    def role(self) -> Any:  # type: ignore[override]
        return self.lambda_.role

    @property
    def latest_version(self) -> Any:
        return self

    @property
    def version_ref(self) -> VersionReference:
        """``$LATEST``'s ARN, as a reference."""
        from ._references import VersionReference

        return VersionReference(function_arn=self.function_arn)

    @property
    def edge_arn(self) -> str:
        """Never: ``$LATEST`` cannot be used for Lambda@Edge."""
        raise ValidationError("$LATEST function version cannot be used for Lambda@Edge", self)

    def add_alias(self, alias_name: str, **options: Any) -> Alias:
        """An ``Alias`` (construct id ``Alias<name>``) pointing at ``$LATEST`` (keywords: ``AliasOptions``)."""
        from ._alias import Alias

        return Alias(self, f"Alias{alias_name}", alias_name=alias_name, version=self, **options)

    @property
    def resource_arns_for_grant_invoke(self) -> list[str]:
        return [self.function_arn]
