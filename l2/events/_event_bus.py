"""``EventBus``: an EventBridge event bus (``AWS::Events::EventBus``), its policy statements and grants."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Annotations,
    ArnFormat,
    Construct,
    Duration,
    FeatureFlags,
    Lazy,
    Names,
    Resource,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l1._private.interfaces.events import EventBusReference as EventBusReference
from l1._private.interfaces.events import IEventBusRef
from l1.events import CfnEventBus, CfnEventBusPolicy

if TYPE_CHECKING:
    from l2.events._archive import Archive
    from l2.events._pattern import EventPattern
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement
    from l2.kms import IKey
    from l2.sqs import IQueue

_REQUIRE_SID_FLAG = "@aws-cdk/aws-events:requireEventBusPolicySid"
_BUS_NAME_RE = re.compile(r"^[/\.\-_A-Za-z0-9]{1,256}$")
_PARTNER_SOURCE_RE = re.compile(r"^aws\.partner(/[\.\-_A-Za-z0-9]+){2,}$")
# the patterns as aws-cdk-lib's messages show them (JavaScript regex literals)
_BUS_NAME_SHOWN = r"/^[\/\.\-_A-Za-z0-9]{1,256}$/"
_PARTNER_SOURCE_SHOWN = r"/^aws\.partner(\/[\.\-_A-Za-z0-9]+){2,}$/"


class IncludeDetail(enum.Enum):
    """Whether the logs of an event bus include event details."""

    FULL = "FULL"
    NONE = "NONE"


class Level(enum.Enum):
    """The log level of an event bus."""

    INFO = "INFO"
    ERROR = "ERROR"
    TRACE = "TRACE"
    OFF = "OFF"


@structs.frozen(kw_only=True)
class LogConfig:
    """The logging configuration of an event bus.

    Args:
        include_detail: whether logs include event details (default: service default).
        level: the log level (default: service default).
    """

    include_detail: IncludeDetail | None = None
    level: Level | None = None


@structs.frozen(kw_only=True)
class EventBusAttributes:
    """What ``EventBus.from_event_bus_attributes`` needs.

    Args:
        event_bus_arn: the bus's ARN.
        event_bus_name: the bus's name.
        event_bus_policy: the bus's policy (JSON).
        event_source_name: the partner event source (default: none).
    """

    event_bus_arn: str
    event_bus_name: str
    event_bus_policy: str
    event_source_name: str | None = None


@structs.frozen(kw_only=True)
class EventBusProps:
    """The properties of an ``EventBus`` (see ``EventBus`` for each keyword)."""

    dead_letter_queue: IQueue | None = None
    description: str | None = None
    event_bus_name: str | None = None
    event_source_name: str | None = None
    kms_key: IKey | None = None
    log_config: LogConfig | None = None


@structs.frozen(kw_only=True)
class EventBusPolicyProps:
    """The properties of an ``EventBusPolicy``.

    Args:
        event_bus: the bus the statement applies to.
        statement: the policy statement.
        statement_id: the statement id.
    """

    event_bus: IEventBus
    statement: PolicyStatement | Mapping[str, object]
    statement_id: str


@runtime_checkable
class IEventBus(IEventBusRef, Protocol):
    """An event bus: ``EventBus`` or an imported one."""

    @property
    def event_bus_arn(self) -> str: ...

    @property
    def event_bus_name(self) -> str: ...

    @property
    def event_bus_policy(self) -> str: ...

    @property
    def event_source_name(self) -> str | None: ...

    def grant_put_events_to(self, grantee: IGrantable, sid: str | None = None) -> Grant: ...

    def archive(
        self,
        id: str,
        *,
        event_pattern: EventPattern,
        archive_name: str | None = None,
        description: str | None = None,
        kms_key: IKey | None = None,
        retention: Duration | None = None,
    ) -> Archive: ...


class EventBusGrants:
    """Grant helpers of an event bus (``event_bus.grants``).

    Args:
        resource: the event bus the grants are on (an ``IEventBus``).
    """

    def __init__(self, resource: Any) -> None:
        self.resource = resource

    @staticmethod
    def from_event_bus(resource: IEventBus) -> EventBusGrants:
        """The grants of ``resource``."""
        return EventBusGrants(resource)

    def actions(self, grantee: IGrantable, actions: list[str], *, resource_arns: list[str] | None = None) -> Grant:
        """Grant ``actions`` on the bus (or on ``resource_arns``) to ``grantee``'s identity policy."""
        from l2 import iam

        arns = resource_arns if resource_arns is not None else [self.resource.event_bus_ref.event_bus_arn]
        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=arns)

    def all_put_events(self, grantee: IGrantable) -> Grant:
        """Grant ``events:PutEvents`` on every bus (``*``)."""
        return self.actions(grantee, ["events:PutEvents"], resource_arns=["*"])


class EventBusBase(Resource):
    """What new and imported event buses share: grants and archives."""

    event_bus_arn: str
    event_bus_name: str

    @property
    def grants(self) -> EventBusGrants:
        """Grant helpers for this bus."""
        return EventBusGrants.from_event_bus(self)

    @property
    def event_bus_ref(self) -> EventBusReference:
        """The bus's name and ARN."""
        return EventBusReference(event_bus_arn=self.event_bus_arn, event_bus_name=self.event_bus_name)

    def archive(
        self,
        id: str,
        *,
        event_pattern: EventPattern,
        archive_name: str | None = None,
        description: str | None = None,
        kms_key: IKey | None = None,
        retention: Duration | None = None,
    ) -> Archive:
        """Archive the events of this bus that match ``event_pattern`` (an ``Archive`` child named ``id``)."""
        from l2.events._archive import Archive

        return Archive(
            self,
            id,
            source_event_bus=self,
            description=description or f"Event Archive for {self.event_bus_name} Event Bus",
            event_pattern=event_pattern,
            retention=retention,
            archive_name=archive_name,
            **({"kms_key": kms_key} if kms_key is not None else {}),  # not in aws-cdk-lib's literal (analytics)
        )

    def grant_put_events_to(self, grantee: IGrantable, sid: str | None = None) -> Grant:
        """Grant ``events:PutEvents`` on this bus to ``grantee``.

        Service principals go in the bus's resource policy, which needs a statement id: pass ``sid`` and enable
        ``@aws-cdk/aws-events:requireEventBusPolicySid``; otherwise a warning is added and nothing is granted.
        """
        from l2 import iam

        actions = ["events:PutEvents"]
        resource_arns = [self.event_bus_arn]
        result = iam.Grant.add_to_principal(grantee=grantee, actions=actions, resource_arns=resource_arns)
        if result.success:
            return result
        if FeatureFlags.of(self).is_enabled(_REQUIRE_SID_FLAG):
            statement = iam.PolicyStatement(
                actions=actions, resources=resource_arns, principals=[grantee.grant_principal], sid=sid
            )
            return iam.Grant.add_statement_to_resource_policy(grantee=grantee, statement=statement, resource=self)
        Annotations.of(self).add_warning_v2(
            "@aws-cdk/aws-events:eventBusServicePrincipalGrant",
            "Unable to grant PutEvents to service principal: Statement ID is required for EventBus resource "
            "policies. Either provide a 'sid' parameter or enable the '@aws-cdk/aws-events:requireEventBusPolicySid' "
            "feature flag.",
        )
        return iam.Grant.drop(grantee, "")


def _event_bus_props(default_name: str, event_bus_name: str | None, event_source_name: str | None) -> tuple[str, Any]:
    if event_bus_name is not None and event_source_name is not None:
        raise UnscopedValidationError("'eventBusName' and 'eventSourceName' cannot both be provided")
    if event_bus_name is not None:
        if not Token.is_unresolved(event_bus_name):
            if event_bus_name == "default":
                raise UnscopedValidationError("'eventBusName' must not be 'default'")
            if "/" in event_bus_name:
                raise UnscopedValidationError("'eventBusName' must not contain '/'")
            if not _BUS_NAME_RE.search(event_bus_name):
                raise UnscopedValidationError(f"'eventBusName' must satisfy: {_BUS_NAME_SHOWN}")
        return event_bus_name, None
    if event_source_name is not None:
        if not Token.is_unresolved(event_source_name):
            if _PARTNER_SOURCE_RE.search(event_source_name):
                if not _BUS_NAME_RE.search(event_source_name):
                    raise UnscopedValidationError(f"'eventSourceName' must satisfy: {_BUS_NAME_SHOWN}")
            else:
                raise UnscopedValidationError(f"'eventSourceName' must satisfy: {_PARTNER_SOURCE_SHOWN}")
        return event_source_name, event_source_name
    return default_name, None


class EventBus(EventBusBase):
    """An EventBridge event bus.

    Args:
        scope: the parent construct.
        id: the construct id.
        dead_letter_queue: the queue for events the bus fails to deliver (default: none).
        description: the bus's description (at most 512 characters).
        event_bus_name: the bus's name (default: the construct's unique id); not with ``event_source_name``.
        event_source_name: the partner event source to associate (``aws.partner/...``).
        kms_key: the customer managed key encrypting events (default: an AWS owned key).
        log_config: the bus's logging (default: none).

    Raises:
        UnscopedValidationError: an invalid name or event source.
        ValidationError: a description longer than 512 characters.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-events.EventBus"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        dead_letter_queue: IQueue | None = None,
        description: str | None = None,
        event_bus_name: str | None = None,
        event_source_name: str | None = None,
        kms_key: IKey | None = None,
        log_config: LogConfig | None = None,
    ) -> None:
        name, source_name = _event_bus_props(
            Lazy.string(lambda: Names.unique_id(self)), event_bus_name, event_source_name
        )
        super().__init__(scope, id, physical_name=name)
        if description and not Token.is_unresolved(description) and len(description) > 512:
            raise ValidationError(
                f"description must be less than or equal to 512 characters, got {len(description)}", self
            )
        self._resource = CfnEventBus(
            self,
            "Resource",
            name=self.physical_name,
            event_source_name=source_name,
            dead_letter_config={"arn": dead_letter_queue.queue_arn} if dead_letter_queue is not None else None,
            description=description,
            kms_key_identifier=kms_key.key_arn if kms_key is not None else None,
            log_config=_render_log_config(log_config),
        )
        if kms_key is not None:
            from l2 import iam

            stack = Stack.of(self)
            bus_arn = stack.format_arn(service="events", resource="event-bus", resource_name=name)
            kms_key.add_to_resource_policy(
                iam.PolicyStatement(
                    resources=["*"],
                    actions=["kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey"],
                    principals=[iam.ServicePrincipal("events.amazonaws.com")],
                    conditions={
                        "StringEquals": {
                            "aws:SourceAccount": self.stack.account,
                            "aws:SourceArn": bus_arn,
                            "kms:EncryptionContext:aws:events:event-bus:arn": bus_arn,
                        }
                    },
                )
            )

    @staticmethod
    def from_event_bus_arn(scope: Construct, id: str, event_bus_arn: str) -> IEventBus:
        """An event bus defined outside the app, by ARN."""
        parts = Stack.of(scope).split_arn(event_bus_arn, ArnFormat.SLASH_RESOURCE_NAME)
        return _ImportedEventBus(
            scope,
            id,
            EventBusAttributes(
                event_bus_arn=event_bus_arn, event_bus_name=parts.resource_name or "", event_bus_policy=""
            ),
        )

    @staticmethod
    def from_event_bus_name(scope: Construct, id: str, event_bus_name: str) -> IEventBus:
        """An event bus of this stack's account and region, by name."""
        arn = Stack.of(scope).format_arn(resource="event-bus", service="events", resource_name=event_bus_name)
        return EventBus.from_event_bus_attributes(
            scope, id, event_bus_name=event_bus_name, event_bus_arn=arn, event_bus_policy=""
        )

    @staticmethod
    def from_event_bus_attributes(
        scope: Construct,
        id: str,
        *,
        event_bus_arn: str,
        event_bus_name: str,
        event_bus_policy: str,
        event_source_name: str | None = None,
    ) -> IEventBus:
        """An event bus defined outside the app, from its attributes."""
        return _ImportedEventBus(
            scope,
            id,
            EventBusAttributes(
                event_bus_arn=event_bus_arn,
                event_bus_name=event_bus_name,
                event_bus_policy=event_bus_policy,
                event_source_name=event_source_name,
            ),
        )

    @staticmethod
    def grant_put_events(grantee: IGrantable) -> Grant:
        """Deprecated: use ``grant_all_put_events``. Grant ``events:PutEvents`` on every bus."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=["events:PutEvents"], resource_arns=["*"])

    @staticmethod
    def grant_all_put_events(grantee: IGrantable) -> Grant:
        """Grant ``events:PutEvents`` on every bus (``*``) to ``grantee``."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=["events:PutEvents"], resource_arns=["*"])

    @property
    def event_bus_name(self) -> str:  # type: ignore[override]
        """The bus's name."""
        return self.get_resource_name_attribute(self._resource.ref)

    @property
    def event_bus_arn(self) -> str:  # type: ignore[override]
        """The bus's ARN."""
        return self.get_resource_arn_attribute(
            self._resource.attr_arn,
            {"service": "events", "resource": "event-bus", "resource_name": self._resource.name},
        )

    @property
    def event_bus_policy(self) -> str:
        """The bus's policy (JSON)."""
        return Token.as_string(self._resource.get_att("Policy"))

    @property
    def event_source_name(self) -> str | None:
        """The partner event source, if any."""
        return self._resource.event_source_name

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add ``statement`` (which needs a ``sid``) to the bus's policy, as an ``EventBusPolicy`` child.

        Raises:
            ValidationError: the statement has no ``sid``.
        """
        from l2 import iam

        if statement.sid is None:
            raise ValidationError("Event Bus policy statements must have a sid", self)
        statement_id = f"cdk-{statement.sid}"[:64]
        statement.sid = statement_id
        policy = EventBusPolicy(self, statement_id, event_bus=self, statement=statement.to_json(),
                                statement_id=statement_id)
        return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=policy)


class _ImportedEventBus(EventBusBase):
    def __init__(self, scope: Construct, id: str, attrs: EventBusAttributes) -> None:
        parts = Stack.of(scope).split_arn(attrs.event_bus_arn, ArnFormat.SLASH_RESOURCE_NAME)
        super().__init__(scope, id, account=parts.account, region=parts.region)
        self.event_bus_arn = attrs.event_bus_arn
        self.event_bus_name = attrs.event_bus_name
        self.event_bus_policy = attrs.event_bus_policy
        self.event_source_name = attrs.event_source_name

    def add_to_resource_policy(self, statement: Any) -> Any:
        from l2 import iam

        Annotations.of(self).add_warning_v2(
            "@aws-cdk/aws-events:eventBusAddToResourcePolicy",
            f"Unable to add necessary permissions to imported target event bus: {self.event_bus_arn}",
        )
        return iam.AddToResourcePolicyResult(statement_added=False)


class EventBusPolicy(Resource):
    """One statement of an event bus's resource policy (``AWS::Events::EventBusPolicy``).

    Args:
        scope: the parent construct.
        id: the construct id.
        event_bus: the bus.
        statement: the statement (its JSON form or a ``PolicyStatement``).
        statement_id: the statement id.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-events.EventBusPolicy"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self, scope: Construct, id: str, *, event_bus: IEventBus, statement: PolicyStatement | Mapping[str, object], statement_id: str
    ) -> None:
        super().__init__(scope, id)
        if hasattr(statement, "to_json"):
            statement = statement.to_json()
        CfnEventBusPolicy(
            self, "Resource", statement_id=statement_id, statement=statement, event_bus_name=event_bus.event_bus_name
        )


def _render_log_config(log_config: Any) -> Any:
    if log_config is None:
        return None
    if isinstance(log_config, dict):
        log_config = LogConfig(**log_config)
    return {
        "include_detail": log_config.include_detail.value if log_config.include_detail is not None else None,
        "level": log_config.level.value if log_config.level is not None else None,
    }
