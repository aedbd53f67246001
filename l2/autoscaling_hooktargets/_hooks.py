"""Lifecycle hook targets: an SNS topic (``TopicHook``), an SQS queue (``QueueHook``) or a Lambda function
through a new topic (``FunctionHook``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Construct
from l2.autoscaling import LifecycleHook, LifecycleHookTargetConfig

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.kms import IKey
    from l2.lambda_ import IFunction
    from l2.sns import ITopic
    from l2.sqs import IQueue


def _create_role(scope: Construct, role: IRole | None) -> IRole:
    from l2 import iam

    if role is not None:
        return role
    return iam.Role(scope, "Role", assumed_by=iam.ServicePrincipal("autoscaling.amazonaws.com"))


class TopicHook:
    """Notify an SNS topic (the hook's role may publish to it).

    Args:
        topic: the topic.
    """

    def __init__(self, topic: ITopic) -> None:
        self._topic = topic

    def bind(self, _scope: Construct, *, lifecycle_hook: LifecycleHook, role: IRole | None = None
             ) -> LifecycleHookTargetConfig:
        """Grant ``role`` (default: a new ``Role`` for the service) publishing to the topic."""
        created = _create_role(_scope, role)
        self._topic.grant_publish(created)
        return LifecycleHookTargetConfig(notification_target_arn=self._topic.topic_arn, created_role=created)


class QueueHook:
    """Send to an SQS queue (the hook's role may send messages to it).

    Args:
        queue: the queue.
    """

    def __init__(self, queue: IQueue) -> None:
        self._queue = queue

    def bind(self, _scope: Construct, *, lifecycle_hook: LifecycleHook, role: IRole | None = None
             ) -> LifecycleHookTargetConfig:
        """Grant ``role`` (default: a new ``Role`` for the service) sending messages to the queue."""
        created = _create_role(_scope, role)
        self._queue.grant_send_messages(created)
        return LifecycleHookTargetConfig(notification_target_arn=self._queue.queue_arn, created_role=created)


class FunctionHook:
    """Invoke a Lambda function, through a new SNS topic (``Topic``) it subscribes to.

    Args:
        fn: the function.
        encryption_key: a KMS key to encrypt the topic with (the role may use it).
    """

    def __init__(self, fn: IFunction, encryption_key: IKey | None = None) -> None:
        self._fn = fn
        self._key = encryption_key

    def bind(self, _scope: Construct, *, lifecycle_hook: LifecycleHook, role: IRole | None = None
             ) -> LifecycleHookTargetConfig:
        """Create the topic, subscribe the function, and bind a ``TopicHook`` on it."""
        from l2 import sns, sns_subscriptions

        topic = sns.Topic(_scope, "Topic", master_key=self._key)
        created = _create_role(_scope, role)
        if self._key is not None:
            self._key.grant(created, "kms:Decrypt", "kms:GenerateDataKey")
        topic.add_subscription(sns_subscriptions.LambdaSubscription(self._fn))
        return TopicHook(topic).bind(_scope, lifecycle_hook=lifecycle_hook, role=created)
