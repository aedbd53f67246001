"""Partition indexes of Glue tables: a ``Custom::GluePartitionIndex`` resource per index, created by one provider
per stack (pycdk's own Python handlers behind a ``custom_resources.Provider``)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, cast

from constructs import Construct, Duration, Stack

if TYPE_CHECKING:
    from l2.lambda_ import Function, IFunction

HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "partition_index")
PROVIDER_ID = "@aws-cdk/aws-glue-alpha.PartitionIndexProvider"


class PartitionIndexProvider(Construct):
    """The stack's partition index provider (``get_or_create``)."""

    @staticmethod
    def get_or_create(scope: Construct) -> PartitionIndexProvider:
        """The provider of ``scope``'s stack, created on first use."""
        stack = Stack.of(scope)
        found = stack.node.try_find_child(PROVIDER_ID)
        if isinstance(found, PartitionIndexProvider):
            return found
        return PartitionIndexProvider(stack, PROVIDER_ID)

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        from l2 import lambda_
        from l2.custom_resources import Provider

        code = lambda_.Code.from_asset(HANDLER_DIR, exclude=["*.pyc", "__pycache__"])
        self.on_event_handler: Function = lambda_.Function(
            self, "Handler", code=code, handler="index.on_event", runtime=lambda_.Runtime.PYTHON_3_13,
            timeout=Duration.minutes(1))
        # a code asset of its own, as each of aws-cdk-lib's handlers has (the same hash, staged once)
        code = lambda_.Code.from_asset(HANDLER_DIR, exclude=["*.pyc", "__pycache__"])
        self.is_complete_handler: Function = lambda_.Function(
            self, "IsComplete", code=code, handler="index.is_complete", runtime=lambda_.Runtime.PYTHON_3_13,
            timeout=Duration.minutes(1))
        self.provider = Provider(self, "Provider", on_event_handler=cast("IFunction", self.on_event_handler),
                                 is_complete_handler=cast("IFunction", self.is_complete_handler),
                                 query_interval=Duration.seconds(10), total_timeout=Duration.minutes(15))

    @property
    def service_token(self) -> str:
        """The provider's service token."""
        return self.provider.service_token


def md5_hex(text: str) -> str:
    """The MD5 hex digest of ``text`` (index-name suffixes, as aws-cdk-lib)."""
    return hashlib.md5(text.encode()).hexdigest()
