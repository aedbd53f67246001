"""``SqsDestination``, ``SnsDestination`` and ``LambdaDestination`` for ``Bucket.add_event_notification``."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from constructs import Annotations, Construct, FeatureFlags, Names, Stack, ValidationError
from l2.s3 import BucketNotificationDestinationConfig, BucketNotificationDestinationType

if TYPE_CHECKING:
    from l2.lambda_ import IFunction
    from l2.s3 import IBucket
    from l2.sns import ITopic
    from l2.sqs import IQueue

_TRUST_KEY_POLICY_FOR_SNS = "@aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions"


class SqsDestination:
    """Send bucket events to an SQS queue (grants S3 ``SendMessage`` on the queue, and key use if encrypted).

    Args:
        queue: the queue to send the events to.
    """

    def __init__(self, queue: IQueue) -> None:
        self.queue = queue

    def bind(self, _scope: Construct, bucket: IBucket) -> BucketNotificationDestinationConfig:
        """Grant S3 access to the queue and describe the destination."""
        from l2 import iam

        self.queue.grant_send_messages(
            iam.ServicePrincipal(
                "s3.amazonaws.com", conditions={"ArnLike": {"aws:SourceArn": bucket.bucket_arn}}
            )
        )
        key = self.queue.encryption_master_key
        if key is not None:
            statement = iam.PolicyStatement(
                principals=[iam.ServicePrincipal("s3.amazonaws.com")],
                actions=["kms:GenerateDataKey*", "kms:Decrypt"],
                resources=["*"],
            )
            if not key.add_to_resource_policy(statement, True).statement_added:
                Annotations.of(key).add_warning_v2(
                    "@aws-cdk/aws-s3-notifications:sqsKMSPermissionsNotAdded",
                    "Can not change key policy of imported kms key. Ensure that your key policy contains the "
                    f"following permissions: \n{json.dumps(Stack.of(key).resolve(statement.to_json()), indent=2)}",
                )
        return BucketNotificationDestinationConfig(
            arn=self.queue.queue_arn, type=BucketNotificationDestinationType.QUEUE, dependencies=[self.queue]
        )


class SnsDestination:
    """Send bucket events to an SNS topic (adds an ``sns:Publish`` statement to the topic policy).

    Args:
        topic: the topic to publish the events to.
    """

    def __init__(self, topic: ITopic) -> None:
        self.topic = topic

    def bind(self, scope: Construct, bucket: IBucket) -> BucketNotificationDestinationConfig:
        """Allow S3 to publish and describe the destination."""
        from l2 import iam

        self.topic.add_to_resource_policy(
            iam.PolicyStatement(
                principals=[iam.ServicePrincipal("s3.amazonaws.com")],
                actions=["sns:Publish"],
                resources=[self.topic.topic_arn],
                conditions={"ArnLike": {"aws:SourceArn": bucket.bucket_arn}},
            )
        )
        key = self.topic.master_key
        if FeatureFlags.of(scope).is_enabled(_TRUST_KEY_POLICY_FOR_SNS) and key is not None:
            statement = iam.PolicyStatement(
                principals=[iam.ServicePrincipal("s3.amazonaws.com")],
                actions=["kms:GenerateDataKey", "kms:Decrypt"],
                resources=["*"],
            )
            if not key.add_to_resource_policy(statement, True).statement_added:
                Annotations.of(key).add_warning_v2(
                    "@aws-cdk/aws-s3-notifications:snsKMSPermissionsNotAdded",
                    "Can not change key policy of imported kms key. Ensure that your key policy contains the "
                    f"following permissions: \n{json.dumps(Stack.of(key).resolve(statement.to_json()), indent=2)}",
                )
        return BucketNotificationDestinationConfig(
            arn=self.topic.topic_arn, type=BucketNotificationDestinationType.TOPIC, dependencies=[self.topic]
        )


class LambdaDestination:
    """Invoke a Lambda function (an ``IFunction``) for bucket events; adds an invoke permission under the bucket.

    Args:
        fn: the function to invoke.
    """

    def __init__(self, fn: IFunction) -> None:
        self.fn = fn

    def bind(self, scope: Construct, bucket: IBucket) -> BucketNotificationDestinationConfig:
        """Allow S3 to invoke the function and describe the destination."""
        from l2 import iam

        uid = Names.node_unique_id(self.fn.permissions_node)
        permission_id = f"AllowBucketNotificationsTo{uid}"
        if not isinstance(bucket, Construct):
            raise ValidationError(
                f"LambdaDestination for function {uid} can only be configured on a\n"
                f"        bucket construct (Bucket {bucket.bucket_name})",
                scope,
            )
        if bucket.node.try_find_child(permission_id) is None:
            self.fn.add_permission(
                permission_id,
                source_account=Stack.of(bucket).account,
                principal=iam.ServicePrincipal("s3.amazonaws.com"),
                source_arn=bucket.bucket_arn,
                scope=bucket,
            )
        permission = bucket.node.try_find_child(permission_id)
        return BucketNotificationDestinationConfig(
            type=BucketNotificationDestinationType.LAMBDA,
            arn=self.fn.function_arn,
            dependencies=[permission] if permission is not None else None,
        )
