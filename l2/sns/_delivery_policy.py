"""HTTP/S delivery policies of subscriptions."""

from __future__ import annotations

import enum

from constructs import Duration
from constructs.internals import structs


class BackoffFunction(enum.Enum):
    """How the delay between retries grows."""

    ARITHMETIC = "ARITHMETIC"
    EXPONENTIAL = "EXPONENTIAL"
    GEOMETRIC = "GEOMETRIC"
    LINEAR = "LINEAR"


@structs.frozen(kw_only=True)
class HealthyRetryPolicy:
    """Retries against a healthy endpoint (defaults: 20 s delays, 3 retries).

    Args:
        num_retries: retries in all (the phases below add up to at most this).
        num_no_delay_retries: retries made at once.
        num_min_delay_retries / min_delay_target: retries at the minimum delay, and that delay.
        num_max_delay_retries / max_delay_target: retries at the maximum delay, and that delay.
        backoff_function: how delays grow between the two (linear, arithmetic, geometric or exponential).
    """

    backoff_function: BackoffFunction | None = None
    max_delay_target: Duration | None = None
    min_delay_target: Duration | None = None
    num_max_delay_retries: int | None = None
    num_min_delay_retries: int | None = None
    num_no_delay_retries: int | None = None
    num_retries: int | None = None


@structs.frozen(kw_only=True)
class ThrottlePolicy:
    """The maximum deliveries per second.

    Args:
        max_receives_per_second: the most deliveries per second to the endpoint (default no limit).
    """

    max_receives_per_second: int | None = None


@structs.frozen(kw_only=True)
class RequestPolicy:
    """The content type of notification requests.

    Args:
        header_content_type: the ``Content-Type`` header of the requests (default ``text/plain; charset=UTF-8``).
    """

    header_content_type: str | None = None


@structs.frozen(kw_only=True)
class DeliveryPolicy:
    """Retry, throttle and request settings of an HTTP/S subscription.

    Args:
        healthy_retry_policy: how deliveries are retried.
        throttle_policy: the most deliveries per second.
        request_policy: the requests' content type header.
    """

    healthy_retry_policy: HealthyRetryPolicy | None = None
    request_policy: RequestPolicy | None = None
    throttle_policy: ThrottlePolicy | None = None
