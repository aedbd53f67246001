"""``TopicGrants``: the permission helpers behind ``Topic.grant_*`` (aws-cdk-lib's ``topic.grants``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

PUBLISH_KEY_ACTIONS = ("kms:Decrypt", "kms:GenerateDataKey*")


class TopicGrants:
    """Grants on one topic: IAM actions on the topic ARN, plus KMS actions on its master key when encrypted."""

    def __init__(self, topic: Any) -> None:
        self._topic = topic

    @staticmethod
    def from_topic(topic: Any) -> TopicGrants:
        """The grants of ``topic``."""
        return TopicGrants(topic)

    def actions(
        self,
        grantee: Any,
        actions: Sequence[str],
        *,
        key_actions: Sequence[str] | None = None,
        resource_arns: Sequence[str] | None = None,
    ) -> Any:
        """Grant ``actions`` on the topic (or ``resource_arns``) and ``key_actions`` on its key."""
        from l2 import iam

        result = iam.Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=list(actions),
            resource_arns=list(resource_arns) if resource_arns is not None else [self._topic.topic_arn],
            resource=self._topic,
        )
        key = self._topic.master_key
        if key_actions and key is not None:
            key.grant(grantee, *key_actions)
        return result

    def publish(self, grantee: Any) -> Any:
        """``sns:Publish`` (and ``kms:Decrypt``/``kms:GenerateDataKey*`` on the master key)."""
        return self.actions(grantee, ["sns:Publish"], key_actions=PUBLISH_KEY_ACTIONS)

    def subscribe(self, grantee: Any) -> Any:
        """``sns:Subscribe``."""
        return self.actions(grantee, ["sns:Subscribe"])
