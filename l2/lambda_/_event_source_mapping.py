"""``EventSourceMapping``: Lambda polling a queue or stream (``AWS::Lambda::EventSourceMapping``)."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from constructs import ArnFormat, Construct, Duration, Resource, Stack, Token, ValidationError
from constructs.internals import structs
from l1.lambda_ import CfnEventSourceMapping


class StartingPosition(enum.Enum):
    """Where to start reading a stream."""

    TRIM_HORIZON = "TRIM_HORIZON"
    LATEST = "LATEST"
    AT_TIMESTAMP = "AT_TIMESTAMP"


@structs.frozen(kw_only=True)
class DlqDestinationConfig:
    """An on-failure destination of an event source mapping."""

    destination: str


class IEventSourceDlq(Protocol):
    """An on-failure destination (queue or topic) of a stream event source."""

    def bind(self, target: Any, target_handler: Any) -> DlqDestinationConfig: ...


class EventSourceMapping(Resource):
    """An event source mapping.

    Args:
        target: the function that processes the records.
        event_source_arn: the queue, stream or cluster.
        batch_size / enabled / starting_position / starting_position_timestamp: as in CloudFormation.
        bisect_batch_on_error / report_batch_item_failures / retry_attempts / parallelization_factor /
        max_batching_window / max_record_age / tumbling_window / max_concurrency / filters / on_failure:
            as in aws-cdk-lib.

    Raises:
        ValidationError: out-of-range values or inconsistent starting positions.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        target: Any,
        event_source_arn: str | None = None,
        batch_size: float | None = None,
        bisect_batch_on_error: bool | None = None,
        enabled: bool | None = None,
        filters: Sequence[Mapping[str, Any]] | None = None,
        kafka_bootstrap_servers: Sequence[str] | None = None,
        kafka_topic: str | None = None,
        max_batching_window: Duration | None = None,
        max_concurrency: float | None = None,
        max_record_age: Duration | None = None,
        on_failure: IEventSourceDlq | None = None,
        parallelization_factor: float | None = None,
        report_batch_item_failures: bool | None = None,
        retry_attempts: float | None = None,
        starting_position: StartingPosition | None = None,
        starting_position_timestamp: float | None = None,
        tumbling_window: Duration | None = None,
    ) -> None:
        super().__init__(scope, id)
        if event_source_arn is None and kafka_bootstrap_servers is None:
            raise ValidationError("Either eventSourceArn or kafkaBootstrapServers must be set", self)
        if event_source_arn is not None and kafka_bootstrap_servers is not None:
            raise ValidationError("eventSourceArn and kafkaBootstrapServers are mutually exclusive", self)
        if max_batching_window is not None and max_batching_window.to_seconds() > 300:
            raise ValidationError(
                f"maxBatchingWindow cannot be over 300 seconds, got {max_batching_window.to_seconds()}", self
            )
        if max_concurrency and not Token.is_unresolved(max_concurrency) and not 2 <= max_concurrency <= 1000:
            raise ValidationError("maxConcurrency must be between 2 and 1000 concurrent instances", self)
        if max_record_age is not None and (
            max_record_age.to_seconds() < 60 or max_record_age.to_days(integral=False) > 7
        ):
            raise ValidationError("maxRecordAge must be between 60 seconds and 7 days inclusive", self)
        if retry_attempts is not None and not Token.is_unresolved(retry_attempts) and not (
            retry_attempts == -1 or 0 <= retry_attempts <= 10000
        ):
            raise ValidationError(
                f"retryAttempts must be -1 (for infinite) or between 0 and 10000 inclusive, got {retry_attempts}",
                self,
            )
        if parallelization_factor is not None and not Token.is_unresolved(parallelization_factor) and not (
            1 <= parallelization_factor <= 10
        ):
            raise ValidationError(
                f"parallelizationFactor must be between 1 and 10 inclusive, got {parallelization_factor}", self
            )
        if tumbling_window is not None and tumbling_window.to_seconds() > 900:
            raise ValidationError(f"tumblingWindow cannot be over 900 seconds, got {tumbling_window.to_seconds()}",
                                  self)
        at_timestamp = starting_position is StartingPosition.AT_TIMESTAMP
        if at_timestamp and not starting_position_timestamp:
            raise ValidationError("startingPositionTimestamp must be provided when startingPosition is AT_TIMESTAMP",
                                  self)
        if not at_timestamp and starting_position_timestamp:
            raise ValidationError("startingPositionTimestamp can only be used when startingPosition is AT_TIMESTAMP",
                                  self)
        destination = None
        if on_failure is not None:
            config = on_failure.bind(self, target)
            destination = {"on_failure": {"destination": config.destination}}
        resource = CfnEventSourceMapping(
            self,
            "Resource",
            batch_size=batch_size,
            bisect_batch_on_function_error=bisect_batch_on_error,
            destination_config=destination,
            enabled=enabled,
            event_source_arn=event_source_arn,
            function_name=target.function_name,
            starting_position=starting_position.value if starting_position is not None else None,
            starting_position_timestamp=starting_position_timestamp,
            function_response_types=["ReportBatchItemFailures"] if report_batch_item_failures else None,
            maximum_batching_window_in_seconds=max_batching_window.to_seconds() if max_batching_window else None,
            maximum_record_age_in_seconds=max_record_age.to_seconds() if max_record_age else None,
            maximum_retry_attempts=retry_attempts,
            parallelization_factor=parallelization_factor,
            topics=[kafka_topic] if kafka_topic is not None else None,
            tumbling_window_in_seconds=tumbling_window.to_seconds() if tumbling_window else None,
            scaling_config={"maximum_concurrency": max_concurrency} if max_concurrency else None,
            self_managed_event_source={"endpoints": {"kafka_bootstrap_servers": list(kafka_bootstrap_servers)}}
            if kafka_bootstrap_servers else None,
            filter_criteria={"filters": [dict(f) for f in filters]} if filters else None,
        )
        self.event_source_mapping_id: str = resource.ref
        self.event_source_mapping_arn: str = EventSourceMapping.format_arn(self, self.event_source_mapping_id)

    @staticmethod
    def format_arn(scope: Construct, event_source_mapping_id: str) -> str:
        """The ARN of an event source mapping in ``scope``'s account and region."""
        return Stack.of(scope).format_arn(service="lambda", resource="event-source-mapping",
                                          resource_name=event_source_mapping_id,
                                          arn_format=ArnFormat.COLON_RESOURCE_NAME)
