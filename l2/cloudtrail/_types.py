"""The enums, value classes and structs of ``l2.cloudtrail``."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from constructs.internals import structs

if TYPE_CHECKING:
    from l2.kms import IKey
    from l2.logs import ILogGroup, RetentionDays
    from l2.s3 import IBucket
    from l2.sns import ITopic


class ReadWriteType(enum.Enum):
    """Which events a trail (or an event selector) records."""

    READ_ONLY = "ReadOnly"
    """API operations that read resources without changing them."""
    WRITE_ONLY = "WriteOnly"
    """API operations that change (or may change) resources."""
    ALL = "All"
    """Every event."""
    NONE = "None"
    """No events."""


class ManagementEventSources(enum.Enum):
    """Event sources that can be excluded from a trail's management events."""

    KMS = "kms.amazonaws.com"
    """AWS KMS events."""
    RDS_DATA_API = "rdsdata.amazonaws.com"
    """Amazon RDS Data API events."""


class DataResourceType(enum.Enum):
    """The resource types whose data events an event selector can record."""

    LAMBDA_FUNCTION = "AWS::Lambda::Function"
    """Lambda function invocations."""
    S3_OBJECT = "AWS::S3::Object"
    """S3 object-level operations."""


class InsightType:
    """A CloudTrail Insights type a trail logs (``API_CALL_RATE``, ``API_ERROR_RATE``).

    Args:
        value: the insight type's name in CloudFormation.
    """

    API_CALL_RATE: ClassVar[InsightType]
    """Unusual rates of write API calls."""
    API_ERROR_RATE: ClassVar[InsightType]
    """Unusual rates of API errors."""

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return f"InsightType({self.value!r})"


InsightType.API_CALL_RATE = InsightType("ApiCallRateInsight")
InsightType.API_ERROR_RATE = InsightType("ApiErrorRateInsight")


@structs.frozen(kw_only=True)
class AddEventSelectorOptions:
    """How an event selector records management events beside its data events.

    Args:
        exclude_management_event_sources: management event sources to leave out (default none).
        include_management_events: whether the selector records management events (default: CloudTrail's, true;
            false when the trail's ``management_events`` is ``ReadWriteType.NONE``).
        read_write_type: which events to record (default ``ReadWriteType.ALL``).
    """

    exclude_management_event_sources: Sequence[ManagementEventSources] | None = None
    include_management_events: bool | None = None
    read_write_type: ReadWriteType | None = None


@structs.frozen(kw_only=True)
class S3EventSelector:
    """The objects of a bucket whose data events a trail records.

    Args:
        bucket: the bucket.
        object_prefix: only objects whose key starts with this prefix (default every object).
    """

    bucket: IBucket
    object_prefix: str | None = None


@structs.frozen(kw_only=True)
class TrailProps:
    """The properties of a ``Trail`` (see ``Trail`` for each keyword)."""

    bucket: IBucket | None = None
    cloud_watch_log_group: ILogGroup | None = None
    cloud_watch_logs_retention: RetentionDays | None = None
    enable_file_validation: bool | None = None
    encryption_key: IKey | None = None
    include_global_service_events: bool | None = None
    insight_types: Sequence[InsightType] | None = None
    is_multi_region_trail: bool | None = None
    is_organization_trail: bool | None = None
    management_events: ReadWriteType | None = None
    org_id: str | None = None
    s3_key_prefix: str | None = None
    send_to_cloud_watch_logs: bool | None = None
    sns_topic: ITopic | None = None
    trail_name: str | None = None
