"""``Cors``: constants for CORS preflight options, and ``CorsOptions``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from constructs import Duration
from constructs.internals import structs
from l2.apigateway._private.util import ALL_METHODS


class Cors:
    """CORS constants."""

    ALL_METHODS: ClassVar[list[str]] = list(ALL_METHODS)
    ALL_ORIGINS: ClassVar[list[str]] = ["*"]
    DEFAULT_HEADERS: ClassVar[list[str]] = [
        "Content-Type",
        "X-Amz-Date",
        "Authorization",
        "X-Api-Key",
        "X-Amz-Security-Token",
        "X-Amz-User-Agent",
    ]


@structs.frozen(kw_only=True)
class CorsOptions:
    """A CORS preflight (``OPTIONS``) method.

    Args:
        allow_origins: allowed origins (``Cors.ALL_ORIGINS`` for ``*``); the first is returned, the others are
            matched by a response template.
        allow_credentials: send ``Access-Control-Allow-Credentials: true``.
        allow_headers: allowed headers (default ``Cors.DEFAULT_HEADERS``).
        allow_methods: allowed methods (default ``Cors.ALL_METHODS``; ``["ANY"]`` means all).
        disable_cache: send ``Access-Control-Max-Age: -1`` (exclusive with ``max_age``).
        expose_headers: headers exposed to the browser.
        max_age: how long browsers may cache the preflight response.
        status_code: the preflight status code (default 204).
    """

    allow_origins: Sequence[str]
    allow_credentials: bool | None = None
    allow_headers: Sequence[str] | None = None
    allow_methods: Sequence[str] | None = None
    disable_cache: bool | None = None
    expose_headers: Sequence[str] | None = None
    max_age: Duration | None = None
    status_code: int | None = None
