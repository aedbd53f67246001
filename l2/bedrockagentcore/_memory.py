"""``Memory``: AgentCore memory (short-term events, long-term records by strategy, stream delivery to Kinesis)."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Arn,
    ArnFormat,
    Construct,
    Duration,
    Lazy,
    Names,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import structs
from l2._private.iam_module import iam
from l2._private.metric_options import given_options as _metric_options
from l2.bedrockagentcore._memory_strategy import IMemoryStrategy
from l2.bedrockagentcore._validation import length_errors, pattern_errors

if TYPE_CHECKING:
    from l1._private.interfaces.bedrockagentcore import MemoryReference
    from l2.cloudwatch import Metric, Unit
    from l2.iam import Grant, IGrantable, IPrincipal, IRole
    from l2.kinesis import IStream
    from l2.kms import IKey

_STM_WRITE = ["bedrock-agentcore:CreateEvent"]
_STM_READ = ["bedrock-agentcore:GetEvent", "bedrock-agentcore:ListEvents", "bedrock-agentcore:ListActors",
             "bedrock-agentcore:ListSessions"]
_STM_DELETE = ["bedrock-agentcore:DeleteEvent"]
_LTM_READ = ["bedrock-agentcore:GetMemoryRecord", "bedrock-agentcore:RetrieveMemoryRecords",
             "bedrock-agentcore:ListMemoryRecords", "bedrock-agentcore:ListActors", "bedrock-agentcore:ListSessions"]
_LTM_DELETE = ["bedrock-agentcore:DeleteMemoryRecord"]
_READ = list(dict.fromkeys([*_STM_READ, *_LTM_READ]))
_DELETE = list(dict.fromkeys([*_STM_DELETE, *_LTM_DELETE]))
_ADMIN = ["bedrock-agentcore:CreateMemory", "bedrock-agentcore:GetMemory", "bedrock-agentcore:DeleteMemory",
          "bedrock-agentcore:UpdateMemory"]
_FULL = list(dict.fromkeys([*_STM_WRITE, *_READ, *_DELETE, *_ADMIN]))
_TAG_PATTERN = r"^[a-zA-Z0-9\s._:/=+@-]*$"


class StreamDeliveryContentType(enum.Enum):
    """What a memory streams."""

    MEMORY_RECORDS = "MEMORY_RECORDS"
    """Memory record lifecycle events."""


class StreamDeliveryContentLevel(enum.Enum):
    """How much of each record a memory streams."""

    METADATA_ONLY = "METADATA_ONLY"
    """Metadata only."""
    FULL_CONTENT = "FULL_CONTENT"
    """The whole record (may hold sensitive data)."""


@structs.frozen(kw_only=True)
class StreamDeliveryContentConfiguration:
    """What to stream, and how much of it."""

    level: StreamDeliveryContentLevel
    """Metadata only or full content."""
    type: StreamDeliveryContentType
    """The kind of content."""


@structs.frozen(kw_only=True)
class KinesisStreamDeliveryOptions:
    """The content a memory streams to Kinesis."""

    content_configurations: Sequence[StreamDeliveryContentConfiguration]
    """The content configurations (exactly one today)."""


class StreamDeliveryResource:
    """Where a memory streams its record events (``StreamDeliveryResource.kinesis``).

    Args:
        stream: the Kinesis stream memory records are delivered to.
        content_configurations: what content is delivered, and at which level.
    """

    def __init__(self, stream: IStream, content_configurations: Sequence[StreamDeliveryContentConfiguration]) -> None:
        self.stream = stream
        """The Kinesis stream."""
        self.content_configurations = list(content_configurations)
        """What is streamed."""

    @staticmethod
    def kinesis(stream: IStream, *, content_configurations: Sequence[StreamDeliveryContentConfiguration]
                ) -> StreamDeliveryResource:
        """Stream to a Kinesis data stream (the memory's role may write to it)."""
        return StreamDeliveryResource(stream, content_configurations)


@runtime_checkable
class IMemory(Protocol):
    """An AgentCore memory: ``Memory`` or one from ``Memory.from_memory_attributes``."""

    @property
    def memory_arn(self) -> str:
        """The ARN of the memory."""
        ...

    @property
    def memory_id(self) -> str:
        """The id of the memory."""
        ...

    @property
    def execution_role(self) -> IRole | None:
        """The role the memory runs as."""
        ...

    @property
    def kms_key(self) -> IKey | None:
        """The key encrypting the memory."""
        ...

    @property
    def status(self) -> str | None:
        """Its status."""
        ...

    @property
    def created_at(self) -> str | None:
        """When it was created."""
        ...

    @property
    def updated_at(self) -> str | None:
        """When it was last updated."""
        ...

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal the memory acts as."""
        ...

    @property
    def memory_ref(self) -> MemoryReference:
        """A reference to the memory."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the memory."""
        ...

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Grant writing events."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading events and records."""
        ...

    def grant_read_short_term_memory(self, grantee: IGrantable) -> Grant:
        """Grant reading events."""
        ...

    def grant_read_long_term_memory(self, grantee: IGrantable) -> Grant:
        """Grant reading records."""
        ...

    def grant_delete(self, grantee: IGrantable) -> Grant:
        """Grant deleting events and records."""
        ...

    def grant_delete_short_term_memory(self, grantee: IGrantable) -> Grant:
        """Grant deleting events."""
        ...

    def grant_delete_long_term_memory(self, grantee: IGrantable) -> Grant:
        """Grant deleting records."""
        ...

    def grant_admin(self, grantee: IGrantable) -> Grant:
        """Grant managing the memory."""
        ...

    def grant_full_access(self, grantee: IGrantable) -> Grant:
        """Grant everything."""
        ...

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
               visible: bool | None = None) -> Metric:
        """A metric of the memory."""
        ...

    def metric_for_api_operation(self, metric_name: str, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The metric ``metric_name`` of an API operation."""
        ...

    def metric_latency_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The latency of an API operation."""
        ...

    def metric_invocations_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The requests of an API operation."""
        ...

    def metric_errors_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The errors of an API operation."""
        ...

    def metric_event_creation_count(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Events created."""
        ...


@structs.frozen(kw_only=True)
class MemoryProps:
    """The properties of a ``Memory``."""

    description: str | None = None
    """A description."""
    execution_role: IRole | None = None
    """The role it runs as (default a new one)."""
    expiration_duration: Duration | None = None
    """How long events are kept (7-365 days, default 90 days)."""
    kms_key: IKey | None = None
    """The key encrypting it (default AWS owned)."""
    memory_name: str | None = None
    """The name (default generated)."""
    memory_strategies: Sequence[IMemoryStrategy] | None = None
    """The long-term memory strategies."""
    stream_delivery_resources: Sequence[StreamDeliveryResource] | None = None
    """Where to stream record events (at most one)."""
    tags: Mapping[str, str] | None = None
    """Tags of the memory."""


@structs.frozen(kw_only=True)
class MemoryAttributes:
    """What ``Memory.from_memory_attributes`` needs to know."""

    memory_arn: str
    """The ARN of the memory."""
    role_arn: str
    """The ARN of its execution role."""
    created_at: str | None = None
    """When it was created."""
    kms_key_arn: str | None = None
    """The ARN of its key."""
    status: str | None = None
    """Its status."""
    updated_at: str | None = None
    """When it was last updated."""


class MemoryBase(Resource):
    """What new and imported memories share: grants and metrics."""

    memory_arn: str
    memory_id: str
    execution_role: IRole | None = None
    kms_key: IKey | None = None
    status: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    grant_principal: IPrincipal

    @property
    def memory_ref(self) -> MemoryReference:
        """A reference to the memory."""
        from l1._private.interfaces.bedrockagentcore import MemoryReference

        return MemoryReference(memory_arn=self.memory_arn)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this memory."""
        return iam().Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self.memory_arn])

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Grant writing events (short-term memory)."""
        return self.grant(grantee, *_STM_WRITE)

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading events and records."""
        return self.grant(grantee, *_READ)

    def grant_read_short_term_memory(self, grantee: IGrantable) -> Grant:
        """Grant reading events."""
        return self.grant(grantee, *_STM_READ)

    def grant_read_long_term_memory(self, grantee: IGrantable) -> Grant:
        """Grant reading records."""
        return self.grant(grantee, *_LTM_READ)

    def grant_delete(self, grantee: IGrantable) -> Grant:
        """Grant deleting events and records."""
        return self.grant(grantee, *_DELETE)

    def grant_delete_short_term_memory(self, grantee: IGrantable) -> Grant:
        """Grant deleting events."""
        return self.grant(grantee, *_STM_DELETE)

    def grant_delete_long_term_memory(self, grantee: IGrantable) -> Grant:
        """Grant deleting records."""
        return self.grant(grantee, *_LTM_DELETE)

    def grant_admin(self, grantee: IGrantable) -> Grant:
        """Grant creating, reading, updating and deleting the memory."""
        return self.grant(grantee, *_ADMIN)

    def grant_full_access(self, grantee: IGrantable) -> Grant:
        """Grant every action on the memory."""
        return self.grant(grantee, *_FULL)

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
               visible: bool | None = None) -> Metric:
        """The CloudWatch metric ``metric_name`` of this memory (dimension ``Resource``: its ARN)."""
        props: dict[str, Any] = _metric_options(locals(), "metric_name")
        from l2 import cloudwatch

        props["dimensions_map"] = {"Resource": self.memory_arn, **(props.get("dimensions_map") or {})}
        stack = Stack.of(self)
        props.setdefault("region", stack.region)
        props.setdefault("account", stack.account)
        return cloudwatch.Metric(namespace="AWS/Bedrock-AgentCore", metric_name=metric_name, **props)

    def metric_for_api_operation(self, metric_name: str, operation: str, *, account: str | None = None,
                                 color: str | None = None, dimensions_map: Mapping[str, str] | None = None,
                                 id: str | None = None, label: str | None = None, period: Duration | None = None,
                                 region: str | None = None, stack_account: str | None = None,
                                 stack_region: str | None = None, statistic: str | None = None,
                                 unit: Unit | None = None, visible: bool | None = None) -> Metric:
        """The metric ``metric_name`` of the API ``operation`` on this memory."""
        props = _metric_options(locals(), "metric_name", "operation")
        props.setdefault("dimensions_map", {"Operation": operation})
        return self.metric(metric_name, **props)

    def _operation_metric(self, name: str, statistic: str, operation: str, options: dict[str, Any]) -> Metric:
        options.setdefault("statistic", statistic)
        return self.metric_for_api_operation(name, operation, **options)

    def metric_latency_for_api_operation(self, operation: str, *, account: str | None = None,
                                         color: str | None = None, dimensions_map: Mapping[str, str] | None = None,
                                         id: str | None = None, label: str | None = None,
                                         period: Duration | None = None, region: str | None = None,
                                         stack_account: str | None = None, stack_region: str | None = None,
                                         statistic: str | None = None, unit: Unit | None = None,
                                         visible: bool | None = None) -> Metric:
        """The latency of ``operation`` (Average)."""
        return self._operation_metric("Latency", "Average", operation, _metric_options(locals(), "operation"))

    def metric_invocations_for_api_operation(self, operation: str, *, account: str | None = None,
                                             color: str | None = None,
                                             dimensions_map: Mapping[str, str] | None = None, id: str | None = None,
                                             label: str | None = None, period: Duration | None = None,
                                             region: str | None = None, stack_account: str | None = None,
                                             stack_region: str | None = None, statistic: str | None = None,
                                             unit: Unit | None = None, visible: bool | None = None) -> Metric:
        """The requests of ``operation`` (Sum)."""
        return self._operation_metric("Invocations", "Sum", operation, _metric_options(locals(), "operation"))

    def metric_errors_for_api_operation(self, operation: str, *, account: str | None = None,
                                        color: str | None = None, dimensions_map: Mapping[str, str] | None = None,
                                        id: str | None = None, label: str | None = None,
                                        period: Duration | None = None, region: str | None = None,
                                        stack_account: str | None = None, stack_region: str | None = None,
                                        statistic: str | None = None, unit: Unit | None = None,
                                        visible: bool | None = None) -> Metric:
        """The errors of ``operation`` (Sum)."""
        return self._operation_metric("Errors", "Sum", operation, _metric_options(locals(), "operation"))

    def _creation_count(self, item_type: str, options: dict[str, Any]) -> Metric:
        options.setdefault("dimensions_map", {"ItemType": item_type})
        options.setdefault("statistic", "Sum")
        return self.metric("CreationCount", **options)

    def metric_event_creation_count(self, *, account: str | None = None, color: str | None = None,
                                    dimensions_map: Mapping[str, str] | None = None, id: str | None = None,
                                    label: str | None = None, period: Duration | None = None,
                                    region: str | None = None, stack_account: str | None = None,
                                    stack_region: str | None = None, statistic: str | None = None,
                                    unit: Unit | None = None, visible: bool | None = None) -> Metric:
        """Events created (Sum)."""
        return self._creation_count("Event", _metric_options(locals()))

    def metric_memory_record_creation_count(self, *, account: str | None = None, color: str | None = None,
                                            dimensions_map: Mapping[str, str] | None = None, id: str | None = None,
                                            label: str | None = None, period: Duration | None = None,
                                            region: str | None = None, stack_account: str | None = None,
                                            stack_region: str | None = None, statistic: str | None = None,
                                            unit: Unit | None = None, visible: bool | None = None) -> Metric:
        """Memory records extracted (Sum)."""
        return self._creation_count("MemoryRecordsExtracted", _metric_options(locals()))


class _ImportedMemory(MemoryBase):
    def __init__(self, scope: Construct, id: str, attrs: MemoryAttributes) -> None:
        super().__init__(scope, id)
        self.memory_arn = attrs.memory_arn
        self.memory_id = Arn.split(attrs.memory_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name or ""
        self.execution_role = iam().Role.from_role_arn(scope, f"{id}Role", attrs.role_arn)
        if attrs.kms_key_arn:
            from l2 import kms

            self.kms_key = kms.Key.from_key_arn(scope, f"{id}Key", attrs.kms_key_arn)
        self.updated_at = attrs.updated_at
        self.status = attrs.status
        self.created_at = attrs.created_at
        self.grant_principal = self.execution_role


class Memory(MemoryBase):
    """An AgentCore memory (``AWS::BedrockAgentCore::Memory``).

    Args:
        description: a description.
        execution_role: the role it runs as (default a new role trusted by ``bedrock-agentcore``).
        expiration_duration: how long events are kept (7-365 days, default 90).
        kms_key: the key encrypting it.
        memory_name: the name (default generated; ``^[a-zA-Z][a-zA-Z0-9_]{0,47}$``).
        memory_strategies: long-term memory strategies (``MemoryStrategy.using_*``).
        stream_delivery_resources: where to stream record events (at most one).
        tags: tags of the memory.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-bedrockagentcore.Memory"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, description: str | None = None,
                 execution_role: IRole | None = None, expiration_duration: Duration | None = None,
                 kms_key: IKey | None = None, memory_name: str | None = None,
                 memory_strategies: Sequence[IMemoryStrategy] | None = None,
                 stream_delivery_resources: Sequence[StreamDeliveryResource] | None = None,
                 tags: Mapping[str, str] | None = None) -> None:
        super().__init__(scope, id, physical_name=memory_name if memory_name is not None
                         else Lazy.string(lambda: Names.unique_resource_name(self, max_length=48)))
        self.memory_name: str = self.physical_name
        """The name of the memory."""
        self.expiration_duration = expiration_duration if expiration_duration is not None else Duration.days(90)
        """How long events are kept."""
        self.description = description
        """The description."""
        self.kms_key = kms_key
        self.execution_role = execution_role if execution_role is not None else self._create_role()
        self.grant_principal = self.execution_role
        self.tags = dict(tags) if tags is not None else None
        """The tags."""
        self.memory_strategies: list[IMemoryStrategy] = []
        """The strategies."""
        self.stream_delivery_resources: list[StreamDeliveryResource] = []
        """The stream delivery resources."""
        if kms_key is not None:
            kms_key.grant(self.execution_role, "kms:CreateGrant", "kms:Decrypt", "kms:DescribeKey",
                          "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:ReEncrypt*")
        name = self.memory_name
        errors = length_errors(name, "Memory name", 1, 48) + pattern_errors(
            name, "Memory name", r"^[a-zA-Z][a-zA-Z0-9_]{0,47}$")
        if errors:
            raise ValidationError("\n".join(errors), self)
        days = self.expiration_duration.to_days()
        if not Token.is_unresolved(days) and not 7 <= days <= 365:
            raise ValidationError("Memory expiration days must be between 7 and 365", self)
        tag_errors: list[str] = []
        for key, value in (tags or {}).items():
            if key.lower().startswith("aws:"):
                tag_errors.append(f'Tag key "{key}" cannot start with "aws:" as this prefix is reserved by AWS')
            tag_errors += length_errors(key, "Tag key", 1, 256) + pattern_errors(key, "Tag key", _TAG_PATTERN)
            tag_errors += length_errors(value, "Tag value", 1, 256) + pattern_errors(value, "Tag value",
                                                                                     _TAG_PATTERN)
        if tag_errors:
            raise ValidationError("\n".join(tag_errors), self)
        from l1.bedrockagentcore import CfnMemory

        self._resource = CfnMemory(
            self, "Memory", name=name, description=description, event_expiry_duration=days,
            encryption_key_arn=kms_key.key_arn if kms_key is not None else None,
            memory_execution_role_arn=self.execution_role.role_arn,
            memory_strategies=Lazy.any(self._render_strategies, omit_empty_array=True),
            stream_delivery_resources=Lazy.any(self._render_stream_delivery, omit_empty_array=True),
            tags=self.tags)
        self.memory_id = self._resource.attr_memory_id
        self.memory_arn = self._resource.attr_memory_arn
        self.status = self._resource.attr_status
        self.updated_at = self._resource.attr_updated_at
        self.created_at = self._resource.attr_created_at
        self.failure_reason: str | None = self._resource.attr_failure_reason
        """Why the memory failed, if it did."""
        for strategy in memory_strategies or []:
            self.add_memory_strategy(strategy)
        for resource in stream_delivery_resources or []:
            self.add_stream_delivery_resource(resource)

    def _create_role(self) -> IRole:
        i = iam()
        stack = Stack.of(self)
        return i.Role(self, "ServiceRole", assumed_by=i.ServicePrincipal(
            "bedrock-agentcore.amazonaws.com", conditions={
                "StringEquals": {"aws:SourceAccount": stack.account},
                "ArnLike": {"aws:SourceArn": stack.format_arn(service="bedrock-agentcore", resource="memory",
                                                             resource_name=f"{self.memory_name}*")}}))

    def add_memory_strategy(self, memory_strategy: IMemoryStrategy) -> None:
        """Add a long-term memory strategy (and grant the memory's role what it needs)."""
        self.memory_strategies.append(memory_strategy)
        assert self.execution_role is not None
        grant = memory_strategy.grant(self.execution_role)
        if grant is not None:
            grant.apply_before(self._resource)

    def add_stream_delivery_resource(self, resource: StreamDeliveryResource) -> None:
        """Stream record events to ``resource`` (at most one; the memory's role may write to it)."""
        if len(self.stream_delivery_resources) >= 1:
            raise ValidationError("Memory currently supports at most one stream delivery resource", self)
        errors = []
        if not resource.content_configurations:
            errors.append("contentConfigurations must be specified: choose METADATA_ONLY for event metadata or "
                          "FULL_CONTENT to stream complete records (may contain sensitive data)")
        if len(resource.content_configurations) > 1:
            errors.append("Stream delivery resource currently supports at most one content configuration")
        if errors:
            raise ValidationError("\n".join(errors), self)
        self.stream_delivery_resources.append(resource)
        assert self.execution_role is not None
        write = resource.stream.grant_write(self.execution_role)
        describe = resource.stream.grant(self.execution_role, "kinesis:DescribeStream")
        write.apply_before(self._resource)
        describe.apply_before(self._resource)

    def _render_strategies(self) -> list[Any] | None:
        if not self.memory_strategies:
            return None
        return [strategy.render() for strategy in self.memory_strategies]

    def _render_stream_delivery(self) -> Any:
        if not self.stream_delivery_resources:
            return None
        from l1.bedrockagentcore import CfnMemory

        return CfnMemory.StreamDeliveryResourcesProperty(resources=[{"kinesis": {
            "data_stream_arn": resource.stream.stream_arn,
            "content_configurations": [{"type": config.type.value, "level": config.level.value}
                                       for config in resource.content_configurations]}}
            for resource in self.stream_delivery_resources])

    @staticmethod
    def from_memory_attributes(scope: Construct, id: str, *, memory_arn: str, role_arn: str,
                               created_at: str | None = None, kms_key_arn: str | None = None,
                               status: str | None = None, updated_at: str | None = None) -> IMemory:
        """A memory made outside this app."""
        return _ImportedMemory(scope, id, MemoryAttributes(
            memory_arn=memory_arn, role_arn=role_arn, created_at=created_at, kms_key_arn=kms_key_arn,
            status=status, updated_at=updated_at))
