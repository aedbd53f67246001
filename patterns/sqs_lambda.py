"""``SqsToLambda``: an SQS queue, with a dead-letter queue, feeding a Lambda function."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import Construct, Token, ValidationError
from l2 import lambda_, sqs
from l2.lambda_event_sources import SqsEventSource
from patterns._private.lambda_function import build_lambda_function
from patterns._private.props import check_exclusive, check_prop_names, merge_props
from patterns._private.queue_defaults import queue_defaults

DEFAULT_MAX_RECEIVE_COUNT = 3
"""Receives of a message before it moves to the dead-letter queue."""


class SqsToLambda(Construct):
    """An SQS queue feeding a Lambda function through an ``SqsEventSource``, secure by default.

    Defaults (each overridable through the props):

    - the queue and its dead-letter queue: SSE with the AWS managed key ``alias/aws/sqs`` (a customer key when
      ``encryption_master_key`` is given), a queue policy denying requests without TLS, removed with the stack;
    - a message that fails ``DEFAULT_MAX_RECEIVE_COUNT`` (3) receives moves to the dead-letter queue;
    - the function: X-Ray tracing ``ACTIVE``; its role may only consume from this queue (besides X-Ray and the
      ``AWSLambdaBasicExecutionRole`` logging policy).

    Args:
        scope: the parent construct.
        id: the construct id.
        existing_lambda_obj: the consumer function (exclusive with ``lambda_function_props``).
        lambda_function_props: ``lambda_.Function`` keyword arguments merged over the defaults.
        existing_queue_obj: a queue to consume (exclusive with ``queue_props``; no dead-letter queue is created).
        queue_props: ``sqs.Queue`` keyword arguments merged over the defaults (not ``dead_letter_queue`` while
            the pattern deploys one).
        deploy_dead_letter_queue: create the dead-letter queue (default True).
        dead_letter_queue_props: ``sqs.Queue`` keyword arguments for the dead-letter queue.
        max_receive_count: receives before a message moves to the dead-letter queue (default 3, 1 to 1000).
        sqs_event_source_props: ``SqsEventSource`` keyword arguments (``batch_size``, ``max_batching_window``,
            ``report_batch_item_failures`` ...).

    Attributes:
        lambda_function: the function.
        sqs_queue: the queue the function consumes.
        dead_letter_queue: the dead-letter ``sqs.Queue`` (``None`` when not deployed).

    Raises:
        ValidationError: conflicting or unknown props; the message names this construct's path and the prop.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        existing_lambda_obj: lambda_.Function | None = None,
        lambda_function_props: Mapping[str, object] | None = None,
        existing_queue_obj: sqs.IQueue | None = None,
        queue_props: Mapping[str, object] | None = None,
        deploy_dead_letter_queue: bool | None = None,
        dead_letter_queue_props: Mapping[str, object] | None = None,
        max_receive_count: int | None = None,
        sqs_event_source_props: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(scope, id)
        check_exclusive(self, existing_queue_obj=existing_queue_obj, queue_props=queue_props)
        check_prop_names(self, "queue_props", queue_props, sqs.Queue)
        check_prop_names(self, "dead_letter_queue_props", dead_letter_queue_props, sqs.Queue)
        check_prop_names(self, "sqs_event_source_props", sqs_event_source_props, SqsEventSource)
        with_dlq = self._validate_dead_letter_options(
            existing_queue_obj, queue_props, deploy_dead_letter_queue, dead_letter_queue_props, max_receive_count
        )

        self.lambda_function: lambda_.Function = build_lambda_function(
            self, existing_lambda_obj=existing_lambda_obj, lambda_function_props=lambda_function_props
        )
        self.dead_letter_queue: sqs.Queue | None = None
        if existing_queue_obj is not None:
            self.sqs_queue: sqs.IQueue = existing_queue_obj
        else:
            props = merge_props(queue_defaults(queue_props), queue_props)
            if with_dlq:
                self.dead_letter_queue = sqs.Queue(
                    self,
                    "DeadLetterQueue",
                    **merge_props(queue_defaults(dead_letter_queue_props), dead_letter_queue_props),
                )
                props["dead_letter_queue"] = sqs.DeadLetterQueue(
                    queue=self.dead_letter_queue,
                    max_receive_count=DEFAULT_MAX_RECEIVE_COUNT if max_receive_count is None else max_receive_count,
                )
            self.sqs_queue = sqs.Queue(self, "Queue", **props)
        self.lambda_function.add_event_source(SqsEventSource(self.sqs_queue, **dict(sqs_event_source_props or {})))

    def _validate_dead_letter_options(
        self,
        existing_queue_obj: sqs.IQueue | None,
        queue_props: Mapping[str, Any] | None,
        deploy_dead_letter_queue: bool | None,
        dead_letter_queue_props: Mapping[str, Any] | None,
        max_receive_count: int | None,
    ) -> bool:
        """Whether the pattern creates a dead-letter queue; raises on options that contradict each other."""
        dlq_options = {"dead_letter_queue_props": dead_letter_queue_props, "max_receive_count": max_receive_count}
        given = [name for name, value in dlq_options.items() if value is not None]
        if existing_queue_obj is not None:
            if given:
                raise ValidationError(
                    f"{given[0]} applies to a dead-letter queue the pattern creates, but existing_queue_obj is "
                    "given; configure the dead-letter queue of your own queue instead",
                    self,
                )
            return False
        if deploy_dead_letter_queue is False:
            if given:
                raise ValidationError(
                    f"{given[0]} is given but deploy_dead_letter_queue is False; remove {given[0]} or deploy "
                    "the dead-letter queue",
                    self,
                )
            return False
        if queue_props and queue_props.get("dead_letter_queue") is not None:
            raise ValidationError(
                "queue_props.dead_letter_queue conflicts with the dead-letter queue the pattern deploys; set "
                "deploy_dead_letter_queue=False to use your own",
                self,
            )
        if max_receive_count is not None and not Token.is_unresolved(max_receive_count):
            if not 1 <= max_receive_count <= 1000:
                raise ValidationError(
                    f"max_receive_count must be between 1 and 1000, got {max_receive_count}", self
                )
        return True
