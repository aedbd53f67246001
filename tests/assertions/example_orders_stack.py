"""An example application stack built from raw ``CfnResource``s, tested in test_example_stack.py (imported as a top-level module: tests have no __init__.py)."""

from __future__ import annotations

from typing import Any

from constructs import (
    Annotations,
    CfnOutput,
    CfnParameter,
    CfnResource,
    Construct,
    Fn,
    RemovalPolicy,
    Stack,
    Tags,
)

HANDLER_ASSET_HASH = "5f0c5c3e8a1b2d4f6e7a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e"
"""The content hash of the handler's code asset (changes with every code change)."""

MAX_RETENTION_DAYS = 14


def _allow(actions: list[str], resource: Any) -> dict[str, Any]:
    return {"Effect": "Allow", "Action": actions, "Resource": resource}


class OrdersStack(Stack):
    """Orders arrive on an SNS topic, are buffered in an SQS queue and processed by a Lambda function."""

    def __init__(self, scope: Construct, id: str, *, retention_days: int = 4) -> None:
        super().__init__(scope, id)
        stage = CfnParameter(self, "Stage", type="String", allowed_values=["dev", "prod"], default="dev")

        dead_letters = CfnResource(
            self, "DeadLetterQueue", type="AWS::SQS::Queue", properties={"MessageRetentionPeriod": 1_209_600}
        )
        queue = CfnResource(
            self,
            "OrdersQueue",
            type="AWS::SQS::Queue",
            properties={
                "VisibilityTimeout": 300,
                "MessageRetentionPeriod": retention_days * 86_400,
                "RedrivePolicy": {"deadLetterTargetArn": dead_letters.get_att("Arn"), "maxReceiveCount": 3},
            },
        )
        queue.apply_removal_policy(RemovalPolicy.RETAIN)
        if retention_days > MAX_RETENTION_DAYS:
            Annotations.of(queue).add_warning(
                f"retention_days={retention_days} exceeds SQS's maximum of {MAX_RETENTION_DAYS} days"
            )

        topic = CfnResource(self, "OrdersTopic", type="AWS::SNS::Topic", properties={"DisplayName": "Orders"})
        CfnResource(
            self,
            "QueueSubscription",
            type="AWS::SNS::Subscription",
            properties={"Protocol": "sqs", "TopicArn": topic.ref, "Endpoint": queue.get_att("Arn")},
        )

        role = CfnResource(
            self,
            "HandlerRole",
            type="AWS::IAM::Role",
            properties={
                "AssumeRolePolicyDocument": {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Principal": {"Service": "lambda.amazonaws.com"},
                            "Action": "sts:AssumeRole",
                        }
                    ],
                },
                "Policies": [
                    {
                        "PolicyName": "consume-orders",
                        "PolicyDocument": {
                            "Version": "2012-10-17",
                            "Statement": [
                                _allow(["logs:CreateLogStream", "logs:PutLogEvents"], "*"),
                                _allow(["sqs:ReceiveMessage", "sqs:DeleteMessage"], queue.get_att("Arn")),
                            ],
                        },
                    }
                ],
            },
        )
        handler = CfnResource(
            self,
            "Handler",
            type="AWS::Lambda::Function",
            properties={
                "Runtime": "python3.12",
                "Handler": "index.handler",
                "Role": role.get_att("Arn"),
                "Code": {
                    "S3Bucket": Fn.sub("cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"),
                    "S3Key": f"{HANDLER_ASSET_HASH}.zip",
                },
                "Environment": {"Variables": {"QUEUE_URL": queue.ref, "STAGE": stage.value_as_string}},
            },
        )
        handler.add_dependency(role)
        CfnResource(
            self,
            "HandlerSource",
            type="AWS::Lambda::EventSourceMapping",
            properties={"FunctionName": handler.ref, "EventSourceArn": queue.get_att("Arn"), "BatchSize": 10},
        )

        CfnOutput(self, "QueueUrl", value=queue.ref, export_name=f"{id}-queue-url")
        Tags.of(self).add("team", "orders")
