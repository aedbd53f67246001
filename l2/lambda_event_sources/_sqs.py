"""``SqsEventSource``: a function polling an SQS queue."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from constructs import Annotations, Duration, Names, Token, ValidationError

if TYPE_CHECKING:
    from l2.kms import IKey
    from l2.lambda_ import IFunction, MetricsConfig
    from l2.lambda_ import ProvisionedPollerConfig as LambdaProvisionedPollerConfig
    from l2.sqs import IQueue


class SqsEventSource:
    """Use an SQS queue as an event source (an event source mapping plus ``grant_consume_messages``).

    Args:
        queue: the queue.
        batch_size: 1-10 (1-10000 with ``max_batching_window``).
        max_batching_window: at most 300 seconds; not for FIFO queues.
        enabled: whether the mapping polls the queue (default true).
        filters: event filter patterns; only matching messages reach the function (default none).
        max_concurrency: the most concurrent invocations the source makes, 2 to 1000 (default no limit).
        report_batch_item_failures: let the function report which messages of a batch failed, so only those
            return to the queue (default false).
        filter_encryption: the KMS key that encrypts the filter criteria (default an AWS-owned key).
        metrics_config: the metrics the mapping publishes (default none).
        provisioned_poller_config: provisioned pollers, as in ``EventSourceMapping`` (SQS pollers: 2 to 200
            minimum, 2 to 2000 maximum, not with ``max_concurrency``).

    Raises:
        ValidationError: an invalid batch size or window.
    """

    def __init__(
        self,
        queue: IQueue,
        *,
        batch_size: float | None = None,
        enabled: bool | None = None,
        filters: Sequence[Mapping[str, object]] | None = None,
        max_batching_window: Duration | None = None,
        max_concurrency: float | None = None,
        report_batch_item_failures: bool | None = None,
        filter_encryption: IKey | None = None,
        metrics_config: MetricsConfig | None = None,
        provisioned_poller_config: LambdaProvisionedPollerConfig | None = None,
    ) -> None:
        self.queue: Any = cast(Any, queue)  # the IQueue; also the scope of the validation errors
        if max_batching_window is not None:
            if getattr(queue, "fifo", False):
                raise ValidationError("Batching window is not supported for FIFO queues", self.queue)
            if not max_batching_window.is_unresolved() and max_batching_window.to_seconds() > 300:
                raise ValidationError(
                    "Maximum batching window must be 300 seconds or less (given "
                    f"{max_batching_window.to_human_string()})",
                    self.queue,
                )
        if batch_size is not None and not Token.is_unresolved(batch_size):
            if max_batching_window is not None and not 1 <= batch_size <= 10000:
                raise ValidationError(
                    f"Maximum batch size must be between 1 and 10000 inclusive (given {batch_size}) when batching "
                    "window is specified.",
                    self.queue,
                )
            if max_batching_window is None and not 1 <= batch_size <= 10:
                raise ValidationError(
                    f"Maximum batch size must be between 1 and 10 inclusive (given {batch_size}) when batching "
                    "window is not specified.",
                    self.queue,
                )
        if provisioned_poller_config is not None:
            _validate_sqs_pollers(queue, provisioned_poller_config, max_concurrency)
        self._options: dict[str, Any] = {
            "batch_size": batch_size,
            "max_batching_window": max_batching_window,
            "max_concurrency": max_concurrency,
            "report_batch_item_failures": report_batch_item_failures,
            "enabled": enabled,
            "filters": filters,
            "filter_encryption": filter_encryption,
            "metrics_config": metrics_config,
            "provisioned_poller_config": provisioned_poller_config,
        }
        self._mapping: Any = None

    def bind(self, target: IFunction) -> None:
        """Create the mapping on ``target`` and let it consume messages."""
        from ._stream import add_mapping

        # aws-cdk-lib's object literal: the ARN after ``enabled``
        options = {**self._options, "event_source_arn": self.queue.queue_arn}
        for key in ("filters", "filter_encryption", "metrics_config", "provisioned_poller_config"):
            options[key] = options.pop(key)
        self._mapping = add_mapping(target, f"SqsEventSource:{Names.node_unique_id(self.queue.node)}", options)
        if target.role is not None:
            self.queue.grant_consume_messages(target)
        else:
            Annotations.of(target).add_warning_v2(
                "@aws-cdk/aws-lambda-event-sources:sqsFunctionImportWithoutRole",
                f"Function '{target.node.path}' was imported without an IAM role so it was not granted access to "
                f"consume messages from '{self.queue.node.path}'",
            )

    @property
    def event_source_mapping_id(self) -> str:
        """The mapping's id (after ``bind``)."""
        if self._mapping is None:
            raise ValidationError("SqsEventSource is not yet bound to an event source mapping", self.queue)
        return self._mapping.event_source_mapping_id

    @property
    def event_source_mapping_arn(self) -> str:
        """The mapping's ARN (after ``bind``)."""
        if self._mapping is None:
            raise ValidationError("SqsEventSource is not yet bound to an event source mapping", self.queue)
        return self._mapping.event_source_mapping_arn


def _validate_sqs_pollers(queue: Any, config: Any, max_concurrency: float | None) -> None:
    if max_concurrency is not None:
        raise ValidationError("provisionedPollerConfig and maxConcurrency are mutually exclusive \u2014 specify only "
                              "one", queue)
    low, high = config.minimum_pollers, config.maximum_pollers
    has_low = low is not None and not Token.is_unresolved(low)
    has_high = high is not None and not Token.is_unresolved(high)
    if has_low and not 2 <= low <= 200:
        raise ValidationError(f"Minimum provisioned pollers for SQS must be between 2 and 200 inclusive, got: "
                              f"{_js(low)}", queue)
    if has_high and not 2 <= high <= 2000:
        raise ValidationError(f"Maximum provisioned pollers for SQS must be between 2 and 2000 inclusive, got: "
                              f"{_js(high)}", queue)
    if has_low and has_high and low > high:
        raise ValidationError(f"Minimum provisioned pollers must be less than or equal to maximum provisioned "
                              f"pollers, got: min={_js(low)}, max={_js(high)}", queue)


def _js(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)
