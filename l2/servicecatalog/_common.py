"""``MessageLanguage``: the language of Service Catalog's messages for an operation (``AcceptLanguage``)."""

from __future__ import annotations

import enum

DEFAULT_PRODUCT_STACK_SNAPSHOT_DIRECTORY = "product-stack-snapshots"


class MessageLanguage(enum.Enum):
    """The language of the messages Service Catalog returns."""

    EN = "en"
    """English."""
    JP = "jp"
    """Japanese."""
    ZH = "zh"
    """Chinese."""
