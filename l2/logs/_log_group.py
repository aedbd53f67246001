"""``LogGroup`` (and imported log groups), ``LogStream``, ``RetentionDays`` and ``LogGroupClass``."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    ArnFormat,
    Construct,
    Duration,
    RemovalPolicy,
    Resource,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import cached_property, structs
from l1._private.interfaces.logs import LogGroupReference as LogGroupReference
from l1._private.interfaces.logs import LogStreamReference as LogStreamReference
from l1.logs import CfnLogGroup, CfnLogStream

from ._grants import LogGroupGrants

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement
    from l2.kms import IKey

    from ._data_protection import DataProtectionPolicy, FieldIndexPolicy
    from ._interfaces import ILogGroup
    from ._metric_filter import MetricFilter
    from ._pattern import IFilterPattern
    from ._subscription_filter import Distribution, ILogSubscriptionDestination, SubscriptionFilter
    from ._transformer import IProcessor, Transformer


class RetentionDays(enum.Enum):
    """How long log events are kept."""

    ONE_DAY = 1
    THREE_DAYS = 3
    FIVE_DAYS = 5
    ONE_WEEK = 7
    TWO_WEEKS = 14
    ONE_MONTH = 30
    TWO_MONTHS = 60
    THREE_MONTHS = 90
    FOUR_MONTHS = 120
    FIVE_MONTHS = 150
    SIX_MONTHS = 180
    ONE_YEAR = 365
    THIRTEEN_MONTHS = 400
    EIGHTEEN_MONTHS = 545
    TWO_YEARS = 731
    THREE_YEARS = 1096
    FIVE_YEARS = 1827
    SIX_YEARS = 2192
    SEVEN_YEARS = 2557
    EIGHT_YEARS = 2922
    NINE_YEARS = 3288
    TEN_YEARS = 3653
    INFINITE = 9999


class LogGroupClass(enum.Enum):
    """The log class of a log group."""

    STANDARD = "STANDARD"
    INFREQUENT_ACCESS = "INFREQUENT_ACCESS"
    DELIVERY = "DELIVERY"


def _value(x: Any) -> Any:
    return x.value if isinstance(x, enum.Enum) else x


def _metric_props(**props: Any) -> dict[str, Any]:
    return {k: v for k, v in props.items() if v is not None}


@structs.frozen(kw_only=True)
class StreamOptions:
    """The options of ``add_stream``.

    Args:
        log_stream_name: the stream's name (default a name CloudFormation generates).
    """

    log_stream_name: str | None = None


@structs.frozen(kw_only=True)
class LogStreamProps(StreamOptions):
    """The properties of a ``LogStream`` (see there)."""

    log_group: ILogGroup
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class LogStreamAttributes:
    """What identifies an existing log stream: its group's and its own name.

    Args:
        log_group_name: the name of the log group that holds the stream.
        log_stream_name: the name of the stream.
    """

    log_group_name: str
    log_stream_name: str


@structs.frozen(kw_only=True)
class LogGroupProps:
    """The properties of a ``LogGroup`` (see there)."""

    data_protection_policy: DataProtectionPolicy | None = None
    deletion_protection_enabled: bool | None = None
    encryption_key: IKey | None = None
    field_index_policies: Sequence[FieldIndexPolicy] | None = None
    log_group_class: LogGroupClass | None = None
    log_group_name: str | None = None
    removal_policy: RemovalPolicy | None = None
    retention: RetentionDays | None = None


class LogGroupBase(Resource):
    """What every log group offers: streams, filters, metrics and grants."""

    log_group_arn: str
    log_group_name: str
    _policy: Any = None

    @property
    def grants(self) -> LogGroupGrants:
        """The grants of this log group."""
        return LogGroupGrants.from_log_group(self)

    @property
    def log_group_ref(self) -> LogGroupReference:
        """The ARN and name of this log group."""
        return LogGroupReference(log_group_arn=self.log_group_arn, log_group_name=self.log_group_name)

    def add_stream(self, id: str, *, log_stream_name: str | None = None) -> LogStream:
        """A ``LogStream`` in this group (retained on stack deletion)."""
        return LogStream(self, id, log_group=self, log_stream_name=log_stream_name)

    def add_subscription_filter(
        self,
        id: str,
        *,
        destination: ILogSubscriptionDestination,
        filter_pattern: IFilterPattern,
        distribution: Distribution | None = None,
        filter_name: str | None = None,
    ) -> SubscriptionFilter:
        """A ``SubscriptionFilter`` that sends matching events to ``destination``."""
        from ._subscription_filter import SubscriptionFilter

        return SubscriptionFilter(self, id, log_group=self, destination=destination, filter_pattern=filter_pattern,
                                  distribution=distribution, filter_name=filter_name)

    def add_metric_filter(
        self,
        id: str,
        *,
        filter_pattern: IFilterPattern,
        metric_name: str,
        metric_namespace: str,
        apply_on_transformed_logs: bool | None = None,
        default_value: float | None = None,
        dimensions: Mapping[str, str] | None = None,
        filter_name: str | None = None,
        metric_value: str | None = None,
        unit: Unit | None = None,
    ) -> MetricFilter:
        """A ``MetricFilter`` that turns matching events into a metric."""
        from ._metric_filter import MetricFilter

        return MetricFilter(self, id, log_group=self, filter_pattern=filter_pattern, metric_name=metric_name,
                            metric_namespace=metric_namespace, apply_on_transformed_logs=apply_on_transformed_logs,
                            default_value=default_value, dimensions=dimensions, filter_name=filter_name,
                            metric_value=metric_value, unit=unit)

    def add_transformer(
        self, id: str, *, transformer_config: Sequence[IProcessor], transformer_name: str
    ) -> Transformer:
        """A ``Transformer`` of this group's events."""
        from ._transformer import Transformer

        return Transformer(self, id, log_group=self, transformer_config=transformer_config,
                           transformer_name=transformer_name)

    def extract_metric(self, json_field: str, metric_namespace: str, metric_name: str) -> Metric:
        """A metric filter publishing ``json_field`` of JSON events; returns the metric."""
        from l2.cloudwatch import Metric

        from ._metric_filter import MetricFilter
        from ._pattern import FilterPattern

        MetricFilter(self, f"{metric_namespace}_{metric_name}", log_group=self, metric_namespace=metric_namespace,
                     metric_name=metric_name, filter_pattern=FilterPattern.exists(json_field), metric_value=json_field)
        return Metric(metric_name=metric_name, namespace=metric_namespace).attach_to(self)

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to create log streams and put log events."""
        return self.grants.write(grantee)

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to read log events and describe the group."""
        return self.grants.read(grantee)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Allow ``grantee`` the given actions on this log group."""
        from l2 import iam

        return iam.Grant.add_to_principal_or_resource(
            grantee=grantee, actions=list(actions), resource_arns=[self.log_group_arn], resource=self
        )

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to this group's ``ResourcePolicy`` (child ``Policy``, created on first use).

        ARN principals are reduced to their account id, as CloudWatch Logs requires.
        """
        from l2 import iam

        from ._policy import ResourcePolicy

        if self._policy is None:
            self._policy = ResourcePolicy(self, "Policy")
        principals = [self._account_principal(p) for p in statement.principals]
        self._policy.document.add_statements(statement.copy(principals=principals))
        return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self._policy)

    @staticmethod
    def _account_principal(principal: Any) -> Any:
        from l2 import iam

        account = getattr(principal, "principal_account", None)
        if account:
            return iam.ArnPrincipal(account)
        if type(principal) is iam.ArnPrincipal and principal.arn != "*" and not Token.is_unresolved(principal.arn):
            parts = principal.arn.split(":")
            if len(parts) > 4 and parts[4]:
                return iam.ArnPrincipal(parts[4])
        return principal

    def log_group_physical_name(self) -> str:
        """The physical name of this log group."""
        return self.physical_name

    def metric_incoming_log_events(
        self,
        *,
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
        """``IncomingLogs`` (Sum over 5 minutes)."""
        return self.metric("IncomingLogs", account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period,
                            region=region, stack_account=stack_account, stack_region=stack_region,
                            statistic=statistic, unit=unit, visible=visible)

    def metric_incoming_bytes(
        self,
        *,
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
        """``IncomingBytes`` (Sum over 5 minutes)."""
        return self.metric("IncomingBytes", account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period,
                            region=region, stack_account=stack_account, stack_region=stack_region,
                            statistic=statistic, unit=unit, visible=visible)

    def metric(
        self,
        metric_name: str,
        *,
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
        """A metric of this log group in ``AWS/Logs`` (Sum by default)."""
        from l2.cloudwatch import Metric

        props = _metric_props(account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period,
                            region=region, stack_account=stack_account, stack_region=stack_region,
                            statistic=statistic, unit=unit, visible=visible)
        return Metric(**{"namespace": "AWS/Logs", "metric_name": metric_name, "statistic": "Sum", **props}).attach_to(self)


class _ImportedLogGroup(LogGroupBase):
    def __init__(self, scope: Construct, id: str, *, arn: str, name: str,
                 environment_from_arn: str | None = None) -> None:
        super().__init__(scope, id, environment_from_arn=environment_from_arn)
        self.log_group_arn = arn
        self.log_group_name = name


class LogGroup(LogGroupBase):
    """A CloudWatch Logs log group (``AWS::Logs::LogGroup``), retained on stack deletion by default.

    Args:
        log_group_name: the name (default: generated by CloudFormation).
        retention: how long to keep events (default: ``RetentionDays.TWO_YEARS``; ``INFINITE`` keeps them forever).
        removal_policy: default ``RemovalPolicy.RETAIN``.
        encryption_key: a KMS key to encrypt the events with.
        log_group_class: ``STANDARD``, ``INFREQUENT_ACCESS`` or ``DELIVERY`` (no retention allowed).
        data_protection_policy: a ``DataProtectionPolicy`` (audit and mask sensitive data).
        field_index_policies: ``FieldIndexPolicy`` objects.
        deletion_protection_enabled: as in CloudFormation.

    Raises:
        ValidationError: a non-positive retention; retention, a data protection policy or field index policies with
            the DELIVERY class.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-log.LogGroup"
    """The id property injectors register for (aws-cdk-lib's property injection; its spelling)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        data_protection_policy: DataProtectionPolicy | None = None,
        deletion_protection_enabled: bool | None = None,
        encryption_key: IKey | None = None,
        field_index_policies: Sequence[FieldIndexPolicy] | None = None,
        log_group_class: LogGroupClass | None = None,
        log_group_name: str | None = None,
        removal_policy: RemovalPolicy | None = None,
        retention: RetentionDays | float | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=log_group_name)
        delivery = _value(log_group_class) == LogGroupClass.DELIVERY.value
        if delivery:
            for given, prop in ((retention, "retention"), (data_protection_policy, "dataProtectionPolicy"),
                                (field_index_policies, "fieldIndexPolicies")):
                if given is not None:
                    raise ValidationError(
                        f"{prop} is not supported for a log group with logGroupClass DELIVERY; remove {prop} or use a "
                        "different LogGroupClass",
                        self,
                    )
        retention_in_days = _value(retention)
        if retention_in_days is None and not delivery:
            retention_in_days = RetentionDays.TWO_YEARS.value
        if retention_in_days in (float("inf"), RetentionDays.INFINITE.value):
            retention_in_days = None
        if retention_in_days is not None and not Token.is_unresolved(retention_in_days) and retention_in_days <= 0:
            raise ValidationError(f"retentionInDays must be positive, got {retention_in_days}", self)
        self.resource: CfnLogGroup = CfnLogGroup(
            self,
            "Resource",
            kms_key_id=encryption_key.key_arn if encryption_key is not None else None,
            log_group_class=_value(log_group_class),
            log_group_name=self.physical_name,
            retention_in_days=retention_in_days,
            data_protection_policy=data_protection_policy._bind(self) if data_protection_policy is not None else None,
            deletion_protection_enabled=deletion_protection_enabled,
            field_index_policies=(
                [p._bind(self) for p in field_index_policies] if field_index_policies is not None else None
            ),
        )
        self.resource.apply_removal_policy(removal_policy)

    @cached_property
    def log_group_arn(self) -> str:  # type: ignore[override]
        """The ARN (``arn:...:log-group:<name>:*``; formatted from the physical name in another environment)."""
        return self.get_resource_arn_attribute(
            self.resource.attr_arn,
            {"service": "logs", "resource": "log-group", "resource_name": self.physical_name,
             "arn_format": ArnFormat.COLON_RESOURCE_NAME},
        )

    @cached_property
    def log_group_name(self) -> str:  # type: ignore[override]
        """The name (the physical name in another environment)."""
        return self.get_resource_name_attribute(self.resource.ref)

    @staticmethod
    def from_log_group_arn(scope: Construct, id: str, log_group_arn: str) -> LogGroupBase:
        """An existing log group, by ARN (with or without the ``:*`` suffix)."""
        base = log_group_arn[:-2] if log_group_arn.endswith(":*") else log_group_arn
        name = Stack.of(scope).split_arn(base, ArnFormat.COLON_RESOURCE_NAME).resource_name
        return _ImportedLogGroup(scope, id, arn=f"{base}:*", name=name or "", environment_from_arn=base)

    @staticmethod
    def from_log_group_name(scope: Construct, id: str, log_group_name: str) -> LogGroupBase:
        """An existing log group in this stack's account and region, by name."""
        base = log_group_name[:-2] if log_group_name.endswith(":*") else log_group_name
        arn = Stack.of(scope).format_arn(
            service="logs", resource="log-group", arn_format=ArnFormat.COLON_RESOURCE_NAME, resource_name=base + ":*"
        )
        return _ImportedLogGroup(scope, id, arn=arn, name=base)


class _ImportedLogStream(Resource):
    def __init__(self, scope: Construct, id: str, *, log_stream_name: str, log_group_name: str | None) -> None:
        super().__init__(scope, id)
        self.log_stream_name = log_stream_name
        self._log_group_name = log_group_name

    @property
    def log_stream_ref(self) -> LogStreamReference:
        """The stream's group and name (the group is unknown for ``from_log_stream_name``)."""
        if self._log_group_name is None:
            raise UnscopedValidationError(
                "Cannot access logGroupName on a LogStream obtained from fromLogStreamName. Use "
                "LogStream.fromLogStreamAttributes() instead.")
        return LogStreamReference(log_group_name=self._log_group_name, log_stream_name=self.log_stream_name)


class LogStream(Resource):
    """A log stream in a log group (``AWS::Logs::LogStream``), retained on stack deletion by default.

    Args:
        log_group: the group.
        log_stream_name: default generated by CloudFormation.
        removal_policy: default ``RemovalPolicy.RETAIN``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-logs.LogStream"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        log_group: ILogGroup,
        log_stream_name: str | None = None,
        removal_policy: RemovalPolicy | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=log_stream_name)
        self.log_group_name: str = log_group.log_group_name
        self.resource: CfnLogStream = CfnLogStream(
            self,
            "Resource",
            log_group_name=self.log_group_name,
            log_stream_name=self.physical_name if log_stream_name is not None else None,
        )
        self.resource.apply_removal_policy(removal_policy)

    @staticmethod
    def from_log_stream_name(scope: Construct, id: str, log_stream_name: str) -> Resource:
        """An existing log stream, by name (its ``log_stream_ref`` has no group name)."""
        return _ImportedLogStream(scope, id, log_stream_name=log_stream_name, log_group_name=None)

    @staticmethod
    def from_log_stream_attributes(scope: Construct, id: str, *, log_group_name: str, log_stream_name: str) -> Resource:
        """An existing log stream, by its group's and its own name."""
        return _ImportedLogStream(scope, id, log_stream_name=log_stream_name, log_group_name=log_group_name)

    @property
    def log_stream_name(self) -> str:
        """The stream's name."""
        return self.resource.ref

    @property
    def log_stream_ref(self) -> LogStreamReference:
        """The stream's group and name."""
        return LogStreamReference(log_group_name=self.log_group_name, log_stream_name=self.log_stream_name)
