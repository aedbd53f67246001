"""``TopicPolicy``: an ``AWS::SNS::TopicPolicy`` for one or more topics."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Resource
from constructs.internals import structs
from l1.sns import CfnTopicPolicy

if TYPE_CHECKING:
    from l2.iam import PolicyDocument
    from l2.sns._interfaces import ITopic


def ssl_only_statement(topic_arn: str) -> Any:
    """The statement that denies publishing without TLS (Sid ``AllowPublishThroughSSLOnly``)."""
    from l2 import iam

    return iam.PolicyStatement(
        sid="AllowPublishThroughSSLOnly",
        actions=["sns:Publish"],
        effect=iam.Effect.DENY,
        resources=[topic_arn],
        conditions={"Bool": {"aws:SecureTransport": "false"}},
        principals=[iam.StarPrincipal()],
    )


@structs.frozen(kw_only=True)
class TopicPolicyProps:
    """The properties of a ``TopicPolicy`` (see ``TopicPolicy`` for each keyword)."""

    topics: Sequence[ITopic]
    enforce_ssl: bool | None = None
    policy_document: PolicyDocument | None = None


class TopicPolicy(Resource):
    """The resource policy of SNS topics; add statements to ``document`` (Sids are assigned automatically).

    Args:
        topics: the topics the policy applies to.
        policy_document: start from this document instead of an empty one.
        enforce_ssl: add a statement denying publishing without TLS, per topic.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-sns.TopicPolicy"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        topics: Sequence[ITopic],
        enforce_ssl: bool | None = None,
        policy_document: PolicyDocument | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l2 import iam

        self.document: PolicyDocument = policy_document if policy_document is not None else iam.PolicyDocument(assign_sids=True)
        if enforce_ssl:
            for topic in topics:
                self.document.add_statements(ssl_only_statement(topic.topic_arn))
        self._resource = CfnTopicPolicy(
            self, "Resource", policy_document=self.document, topics=[t.topic_arn for t in topics]
        )
