"""``TopicGrants``: the permission helpers behind ``Topic.grant_*`` (aws-cdk-lib's ``topic.grants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from l2._private.grants import KeyedResourceGrants

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable
    from l2.sns._interfaces import ITopic

PUBLISH_KEY_ACTIONS = ("kms:Decrypt", "kms:GenerateDataKey*")


class TopicGrants(KeyedResourceGrants):
    """Grants on one topic: IAM actions on the topic ARN, plus KMS actions on its master key when encrypted.

    Args:
        resource: the topic the grants are on.
    """

    @staticmethod
    def from_topic(resource: ITopic) -> TopicGrants:
        """The grants of the topic ``resource``."""
        return TopicGrants(resource)

    def _arn(self) -> str:
        return self._resource.topic_arn  # type: ignore[no-any-return]

    def _key(self) -> Any:
        return self._resource.master_key

    def publish(self, grantee: IGrantable) -> Grant:
        """``sns:Publish`` (and ``kms:Decrypt``/``kms:GenerateDataKey*`` on the master key)."""
        return self.actions(grantee, ["sns:Publish"], key_actions=PUBLISH_KEY_ACTIONS)

    def subscribe(self, grantee: IGrantable) -> Grant:
        """``sns:Subscribe``."""
        return self.actions(grantee, ["sns:Subscribe"])
