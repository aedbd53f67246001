"""``Archive``: an archive of the events of an event bus (``AWS::Events::Archive``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Resource
from constructs.internals import structs
from l1.events import CfnArchive
from l2.events._pattern import EventPattern
from l2.events._private.pattern_util import pattern_to_dict, render_event_pattern

if TYPE_CHECKING:
    from l2.events._event_bus import IEventBus
    from l2.kms import IKey


@structs.frozen(kw_only=True)
class BaseArchiveProps:
    """The properties of an archive, without its bus (``EventBus.archive``).

    Args:
        event_pattern: the events to archive.
        archive_name: the archive's name (default: generated).
        description: the archive's description.
        kms_key: the customer managed key encrypting the archive (default: an AWS owned key).
        retention: how long events are kept (default: forever).
    """

    event_pattern: EventPattern
    archive_name: str | None = None
    description: str | None = None
    kms_key: IKey | None = None
    retention: Duration | None = None


@structs.frozen(kw_only=True)
class ArchiveProps(BaseArchiveProps):
    """The properties of an ``Archive``.

    Args:
        source_event_bus: the bus whose events are archived.
    """

    source_event_bus: IEventBus = None  # type: ignore[assignment]  # required (kw_only struct)


def _bus_arn(bus: Any) -> str:
    ref = getattr(bus, "event_bus_ref", None)
    return ref.event_bus_arn if ref is not None else bus.event_bus_arn


class Archive(Resource):
    """An archive of the events of an event bus that match a pattern.

    Args:
        scope: the parent construct.
        id: the construct id.
        source_event_bus: the bus whose events are archived.
        event_pattern: the events to archive.
        archive_name: the archive's name (default: generated).
        description: the archive's description.
        kms_key: the customer managed key encrypting the archive (default: an AWS owned key).
        retention: how long events are kept (default: forever).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-events.Archive"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        source_event_bus: IEventBus,
        event_pattern: EventPattern,
        archive_name: str | None = None,
        description: str | None = None,
        kms_key: IKey | None = None,
        retention: Duration | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=archive_name)
        if kms_key is not None:
            from l2 import iam

            kms_key.add_to_resource_policy(
                iam.PolicyStatement(
                    resources=["*"],
                    actions=["kms:Decrypt", "kms:GenerateDataKey", "kms:ReEncrypt*"],
                    principals=[iam.ServicePrincipal("events.amazonaws.com")],
                    sid="Allow EventBridge to use kms operations",
                    effect=iam.Effect.ALLOW,
                    conditions={
                        "StringEquals": {
                            "kms:EncryptionContext:aws:events:event-bus:arn": _bus_arn(source_event_bus)
                        }
                    },
                )
            )
            kms_key.add_to_resource_policy(
                iam.PolicyStatement(
                    resources=["*"],
                    actions=["kms:DescribeKey"],
                    principals=[iam.ServicePrincipal("events.amazonaws.com")],
                    sid="Allow EventBridge to call kms:DescribeKey",
                    effect=iam.Effect.ALLOW,
                )
            )
        archive = CfnArchive(
            self,
            "Archive",
            source_arn=_bus_arn(source_event_bus),
            description=description,
            event_pattern=render_event_pattern(pattern_to_dict(event_pattern)),
            retention_days=(retention.to_days(integral=True) if retention is not None else 0) or 0,
            archive_name=self.physical_name if archive_name is not None else None,
            kms_key_identifier=kms_key.key_arn if kms_key is not None else "",
        )
        self.archive_arn: str = archive.attr_arn
        self.archive_name: str = archive.ref
        self.node.default_child = archive
