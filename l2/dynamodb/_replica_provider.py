"""``ReplicaProvider``: the nested stack that creates the replicas of a ``Table(replication_regions=...)``.

One per stack (a singleton child of the stack): two Lambda handlers of pycdk's own (``on_event`` adds or removes a
replica region, ``is_complete`` waits for it to become active) behind a ``custom_resources.Provider``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from constructs import Aws, Construct, Duration, NestedStack, Stack

if TYPE_CHECKING:
    from l2.custom_resources import Provider
    from l2.lambda_ import Function, IFunction

HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "replica_provider")
SINGLETON_ID = "@aws-cdk/aws-dynamodb.ReplicaProvider"
REPLICATION_SERVICE_ROLE = "aws-service-role/replication.dynamodb.amazonaws.com/AWSServiceRoleForDynamoDBReplication"


class ReplicaProvider(NestedStack):
    """The replica provider of a stack's global tables (create it with ``get_or_create``).

    Args:
        scope: the stack.
        id: the construct id.
        table_name: the name of the first global table of the stack (its replicas may be deleted).
        regions: the replica regions of that table.
        timeout: the provider's total timeout (default 30 minutes).
    """

    @staticmethod
    def get_or_create(
        scope: Construct, *, table_name: str, regions: Sequence[str], timeout: Duration | None = None
    ) -> ReplicaProvider:
        """Return the stack's replica provider, creating it on first use."""
        stack = Stack.of(scope)
        existing = stack.node.try_find_child(SINGLETON_ID)
        if isinstance(existing, ReplicaProvider):
            return existing
        return ReplicaProvider(stack, SINGLETON_ID, table_name=table_name, regions=regions, timeout=timeout)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        table_name: str,
        regions: Sequence[str],
        timeout: Duration | None = None,
    ) -> None:
        from l2 import iam, lambda_
        from l2.custom_resources import Provider

        super().__init__(scope, id)
        code = lambda_.Code.from_asset(HANDLER_DIR, exclude=["*.pyc", "__pycache__"])
        self.on_event_handler: Function = lambda_.Function(
            self, "OnEventHandler", code=code, handler="replica.on_event",
            runtime=lambda_.Runtime.PYTHON_3_13, timeout=Duration.minutes(5),
        )
        # a code asset of its own, as each of aws-cdk-lib's handler classes has (the same hash, staged once)
        code = lambda_.Code.from_asset(HANDLER_DIR, exclude=["*.pyc", "__pycache__"])
        self.is_complete_handler: Function = lambda_.Function(
            self, "IsCompleteHandler", code=code, handler="replica.is_complete",
            runtime=lambda_.Runtime.PYTHON_3_13, timeout=Duration.seconds(30),
        )
        self.on_event_handler.add_to_role_policy(iam.PolicyStatement(
            actions=["iam:CreateServiceLinkedRole"],
            resources=[Stack.of(self).format_arn(
                service="iam", region="", resource="role", resource_name=REPLICATION_SERVICE_ROLE)],
        ))
        self.on_event_handler.add_to_role_policy(iam.PolicyStatement(actions=["dynamodb:DescribeLimits"],
                                                                     resources=["*"]))
        self.on_event_handler.add_to_role_policy(iam.PolicyStatement(
            actions=["dynamodb:DeleteTable", "dynamodb:DeleteTableReplica"],
            resources=[f"arn:{Aws.PARTITION}:dynamodb:{region}:{self.account}:table/{table_name}"
                       for region in regions],
        ))
        self.provider: Provider = Provider(
            self,
            "Provider",
            on_event_handler=cast("IFunction", self.on_event_handler),
            is_complete_handler=cast("IFunction", self.is_complete_handler),
            query_interval=Duration.seconds(10),
            total_timeout=timeout,
            disable_waiter_state_machine_logging=True,
        )

    def _to_cloudformation(self) -> dict[str, Any]:
        """The template, its ``Outputs`` before its ``Parameters`` as aws-cdk-lib writes them.

        aws-cdk-lib wires cross-stack references in construct pre-order: the table that created this provider (whose
        managed policies and replicas read this stack's outputs) comes before it, while the one parameter (the
        table's name) is read inside it, so its outputs are created first. pycdk wires references as it renders
        stacks, nested stacks first, which creates the parameter first.
        """
        template = super()._to_cloudformation()
        keys = list(template)
        if "Parameters" in template and "Outputs" in template and keys.index("Parameters") < keys.index("Outputs"):
            template["Parameters"] = template.pop("Parameters")
        return template
