"""@aws-cdk/core:automaticL1Traits set to True. The resource-policy trait of an L1 queue comes from a factory the app
registers on the stack: found with the flag on or off. (Off, an L1 with no factory registered above it fails with
aws-cdk-lib's TraitNotFound: tests/feature_flags/test_feature_flag_honoured.py.)"""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sqs as sqs

from constructs import IConstruct


@jsii.implements(iam.IResourceWithPolicyV2)
class QueueWithPolicy:
    """An L1 queue whose statements go into one AWS::SQS::QueuePolicy beside it."""

    def __init__(self, queue: sqs.CfnQueue) -> None:
        self.queue = queue
        self.document = iam.PolicyDocument()
        self.policy: sqs.CfnQueuePolicy | None = None

    @property
    def env(self):  # type: ignore[no-untyped-def]
        return self.queue.env

    def add_to_resource_policy(self, statement: iam.PolicyStatement) -> iam.AddToResourcePolicyResult:
        if self.policy is None:
            self.policy = sqs.CfnQueuePolicy(
                self.queue.stack, "QueuePolicy", queues=[self.queue.ref], policy_document=self.document
            )
        self.document.add_statements(statement)
        return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self.policy)


@jsii.implements(iam.IResourcePolicyFactory)
class QueuePolicyFactory:
    def __init__(self) -> None:
        self.made: dict[str, QueueWithPolicy] = {}

    def for_resource(self, resource: IConstruct) -> iam.IResourceWithPolicyV2:
        assert isinstance(resource, sqs.CfnQueue)
        return self.made.setdefault(resource.node.path, QueueWithPolicy(resource))


app = cdk.App(context={"@aws-cdk/core:automaticL1Traits": True})
stack = cdk.Stack(app, "AutomaticL1Traits")
queue = sqs.CfnQueue(stack, "Queue")
iam.ResourceWithPolicies.register(stack, "AWS::SQS::Queue", QueuePolicyFactory())
with_policy = iam.ResourceWithPolicies.of(queue)
assert with_policy is not None
result = with_policy.add_to_resource_policy(
    iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[queue.attr_arn], principals=[iam.AccountRootPrincipal()])
)
cdk.CfnOutput(stack, "Added", value=str(result.statement_added))
app.synth()
