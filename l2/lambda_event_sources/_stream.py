"""Stream event sources: ``DynamoEventSource`` and ``KinesisEventSource``, and their on-failure DLQs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Duration, Names, Token, UnscopedValidationError, ValidationError
from constructs.internals import analytics_literal
from l2.lambda_ import DlqDestinationConfig, MetricsConfig, StartingPosition

from ._props import ProvisionedPollerConfig

if TYPE_CHECKING:
    from l2.dynamodb import ITable
    from l2.kinesis import IStream, IStreamConsumer
    from l2.kms import IKey
    from l2.lambda_ import IEventSourceDlq, IFunction
    from l2.sns import ITopic
    from l2.sqs import IQueue


def add_mapping(target: Any, id: str, options: dict[str, Any]) -> Any:
    """``target.add_event_source_mapping(id, **options)``, whose mapping records (analytics metadata) aws-cdk-lib's
    ``{target, ...options}`` with ``options`` the event source's object literal (its keys in order, unset ones kept)."""
    analytics_literal(target, id, {"target": target, **options})
    return target.add_event_source_mapping(id, **options)


class StreamEventSource:
    """The options shared by stream event sources (batch size defaults to 100): the ``StreamEventSourceProps``
    keyword arguments."""

    def __init__(
        self,
        *,
        starting_position: StartingPosition,
        batch_size: float | None = None,
        bisect_batch_on_error: bool | None = None,
        enabled: bool | None = None,
        filters: Sequence[Mapping[str, object]] | None = None,
        max_batching_window: Duration | None = None,
        max_record_age: Duration | None = None,
        on_failure: IEventSourceDlq | None = None,
        parallelization_factor: float | None = None,
        report_batch_item_failures: bool | None = None,
        retry_attempts: float | None = None,
        tumbling_window: Duration | None = None,
        filter_encryption: IKey | None = None,
        metrics_config: MetricsConfig | None = None,
        provisioned_poller_config: ProvisionedPollerConfig | None = None,
    ) -> None:
        if provisioned_poller_config is not None:
            low: Any = provisioned_poller_config.minimum_pollers
            high: Any = provisioned_poller_config.maximum_pollers
            has_low = low is not None and not Token.is_unresolved(low)
            has_high = high is not None and not Token.is_unresolved(high)
            if has_low and not 1 <= low <= 200:
                raise UnscopedValidationError("Minimum provisioned pollers must be between 1 and 200 inclusive")
            if has_high and not 1 <= high <= 2000:
                raise UnscopedValidationError("Maximum provisioned pollers must be between 1 and 2000 inclusive")
            if has_low and has_high and low > high:
                raise UnscopedValidationError(
                    "Minimum provisioned pollers must be less than or equal to maximum provisioned pollers")
        self.batch_size = batch_size
        # aws-cdk-lib 2.275 validates a stream source's poller config but does not pass it to the mapping
        self.provisioned_poller_config = provisioned_poller_config
        self.metrics_config = metrics_config
        self._options: dict[str, Any] = {
            "bisect_batch_on_error": bisect_batch_on_error,
            "starting_position": starting_position,
            "report_batch_item_failures": report_batch_item_failures,
            "max_batching_window": max_batching_window,
            "max_record_age": max_record_age,
            "retry_attempts": retry_attempts,
            "parallelization_factor": parallelization_factor,
            "on_failure": on_failure,
            "tumbling_window": tumbling_window,
            "enabled": enabled,
            "filters": filters,
            "filter_encryption": filter_encryption,
        }

    def enrich_mapping_options(self, **options: Any) -> dict[str, Any]:
        """``options`` plus this source's settings.

        Raises:
            UnscopedValidationError: an S3 on-failure destination for a source that does not support it.
        """
        from ._kafka import S3OnFailureDestination

        if isinstance(self._options["on_failure"], S3OnFailureDestination) and not options.get(
                "support_s3_on_failure_destination"):
            raise UnscopedValidationError("S3 onFailure Destination is not supported for this event source")
        return {**options, "batch_size": self.batch_size or 100, **self._options}

    def bind(self, _target: IFunction) -> None:
        """Subscribe the target function (each stream source defines it).

        Raises:
            NotImplementedError: on the base class, which is abstract in aws-cdk-lib.
        """
        raise NotImplementedError(f"{type(self).__name__} does not define bind()")


class DynamoEventSource(StreamEventSource):
    """Use a DynamoDB table's stream as an event source (``grant_stream_read`` on the function).

    Args:
        table: the table (it needs a stream).
        **props: the ``DynamoEventSourceProps`` keyword arguments.

    Raises:
        ValidationError: a batch size outside 1-10000, or a table without a stream.
    """

    def __init__(self, table: ITable, **props: Any) -> None:
        super().__init__(**props)
        self.table = table
        if self.batch_size is not None and not Token.is_unresolved(self.batch_size) and not 1 <= self.batch_size <= 10000:
            raise ValidationError(f"Maximum batch size must be between 1 and 10000 inclusive (given {self.batch_size})",
                                  table)
        self._mapping: Any = None

    def bind(self, target: IFunction) -> None:
        """Create the mapping on ``target`` and let it read the stream."""
        if not self.table.table_stream_arn:
            raise ValidationError(f"DynamoDB Streams must be enabled on the table {self.table.node.path}", self.table)
        self._mapping = add_mapping(
            target, f"DynamoDBEventSource:{Names.node_unique_id(self.table.node)}",
            self.enrich_mapping_options(event_source_arn=self.table.table_stream_arn,
                                        metrics_config=self.metrics_config,
                                        support_s3_on_failure_destination=True),
        )
        self.table.grant_stream_read(target)

    @property
    def event_source_mapping_id(self) -> str:
        """The mapping's id (after ``bind``)."""
        if self._mapping is None:
            raise ValidationError("DynamoEventSource is not yet bound to an event source mapping", self.table)
        return self._mapping.event_source_mapping_id

    @property
    def event_source_mapping_arn(self) -> str:
        """The mapping's ARN (after ``bind``)."""
        if self._mapping is None:
            raise ValidationError("DynamoEventSource is not yet bound to an event source mapping", self.table)
        return self._mapping.event_source_mapping_arn


class _KinesisEventSourceBase(StreamEventSource):
    """A Kinesis stream or stream consumer as an event source (``grant_read`` on the function).

    Raises:
        UnscopedValidationError: a batch size outside 1-10000.

    Args:
        source: the stream or stream consumer the records are read from.
        source_arn: its ARN (the mapping's event source).
    """

    _EVENT_SOURCE_NAME = ""

    def __init__(self, source: Any, source_arn: str, *, starting_position_timestamp: float | None = None,
                 **props: Any) -> None:
        super().__init__(**props)
        self._source = source
        self._source_arn = source_arn
        self._timestamp = starting_position_timestamp
        if self.batch_size is not None and not Token.is_unresolved(self.batch_size) and not 1 <= self.batch_size <= 10000:
            raise UnscopedValidationError(
                f"Maximum batch size must be between 1 and 10000 inclusive (given {self.batch_size})"
            )
        self._mapping: Any = None

    def bind(self, target: Any) -> None:
        """Create the mapping on ``target`` and let it read the stream."""
        self._mapping = add_mapping(
            target, f"{self._EVENT_SOURCE_NAME}:{Names.node_unique_id(self._source.node)}",
            self.enrich_mapping_options(event_source_arn=self._source_arn,
                                        starting_position_timestamp=self._timestamp,
                                        metrics_config=self.metrics_config,
                                        support_s3_on_failure_destination=True),
        )
        self._source.grant_read(target)

    @property
    def event_source_mapping_id(self) -> str:
        """The mapping's id (after ``bind``)."""
        if self._mapping is None:
            raise UnscopedValidationError(f"{self._EVENT_SOURCE_NAME} is not yet bound to an event source mapping")
        return self._mapping.event_source_mapping_id  # type: ignore[no-any-return]

    @property
    def event_source_mapping_arn(self) -> str:
        """The mapping's ARN (after ``bind``)."""
        if self._mapping is None:
            raise UnscopedValidationError(f"{self._EVENT_SOURCE_NAME} is not yet bound to an event source mapping")
        return self._mapping.event_source_mapping_arn  # type: ignore[no-any-return]


class KinesisEventSource(_KinesisEventSourceBase):
    """Use a Kinesis stream as an event source (``grant_read`` on the function).

    Args:
        stream: the stream.
        **props: the ``KinesisEventSourceProps`` keyword arguments.

    Raises:
        UnscopedValidationError: a batch size outside 1-10000.
    """

    _EVENT_SOURCE_NAME = "KinesisEventSource"

    def __init__(self, stream: IStream, *, starting_position_timestamp: float | None = None, **props: Any) -> None:
        super().__init__(stream, stream.stream_arn, starting_position_timestamp=starting_position_timestamp, **props)
        self.stream = stream


class KinesisConsumerEventSource(_KinesisEventSourceBase):
    """Use a Kinesis stream consumer (enhanced fan-out) as an event source (``grant_read`` on the function).

    Args:
        stream_consumer: the consumer (``kinesis.StreamConsumer``).
        starting_position: where to start reading.
        starting_position_timestamp: the time to start at, with ``AT_TIMESTAMP`` (default: none).
        batch_size / bisect_batch_on_error / enabled / filters / filter_encryption / max_batching_window /
            max_record_age / metrics_config / on_failure / parallelization_factor / provisioned_poller_config /
            report_batch_item_failures / retry_attempts / tumbling_window: as in ``KinesisEventSource``.

    Raises:
        UnscopedValidationError: a batch size outside 1-10000.
    """

    _EVENT_SOURCE_NAME = "KinesisConsumerEventSource"

    def __init__(
        self,
        stream_consumer: IStreamConsumer,
        *,
        starting_position: StartingPosition,
        starting_position_timestamp: float | None = None,
        bisect_batch_on_error: bool | None = None,
        filter_encryption: IKey | None = None,
        filters: Sequence[Mapping[str, object]] | None = None,
        max_record_age: Duration | None = None,
        metrics_config: MetricsConfig | None = None,
        on_failure: IEventSourceDlq | None = None,
        parallelization_factor: float | None = None,
        report_batch_item_failures: bool | None = None,
        retry_attempts: float | None = None,
        tumbling_window: Duration | None = None,
        batch_size: float | None = None,
        enabled: bool | None = None,
        max_batching_window: Duration | None = None,
        provisioned_poller_config: ProvisionedPollerConfig | None = None,
    ) -> None:
        super().__init__(
            stream_consumer, stream_consumer.stream_consumer_arn,
            starting_position_timestamp=starting_position_timestamp, starting_position=starting_position,
            bisect_batch_on_error=bisect_batch_on_error, filter_encryption=filter_encryption, filters=filters,
            max_record_age=max_record_age, metrics_config=metrics_config, on_failure=on_failure,
            parallelization_factor=parallelization_factor, report_batch_item_failures=report_batch_item_failures,
            retry_attempts=retry_attempts, tumbling_window=tumbling_window, batch_size=batch_size, enabled=enabled,
            max_batching_window=max_batching_window, provisioned_poller_config=provisioned_poller_config)
        self.stream_consumer = stream_consumer


class SqsDlq:
    """An SQS queue as the on-failure destination of a stream event source.

    Args:
        queue: the queue that receives the records' failure details.
    """

    def __init__(self, queue: IQueue) -> None:
        self.queue = queue

    def bind(self, _target: object, target_handler: IFunction) -> DlqDestinationConfig:
        """Let the function send to the queue."""
        self.queue.grant_send_messages(target_handler)
        return DlqDestinationConfig(destination=self.queue.queue_arn)


class SnsDlq:
    """An SNS topic as the on-failure destination of a stream event source.

    Args:
        topic: the topic that receives the records' failure details.
    """

    def __init__(self, topic: ITopic) -> None:
        self.topic = topic

    def bind(self, _target: object, target_handler: IFunction) -> DlqDestinationConfig:
        """Let the function publish to the topic."""
        self.topic.grant_publish(target_handler)
        return DlqDestinationConfig(destination=self.topic.topic_arn)
