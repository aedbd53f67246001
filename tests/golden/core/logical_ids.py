"""Logical IDs: nesting, `Default`/`Resource` ids, dedupe of repeated components, stripped characters."""

import aws_cdk as cdk

from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "LogicalIds")


def raw(scope: Construct, id: str) -> cdk.CfnResource:
    return cdk.CfnResource(scope, id, type="AWS::SNS::Topic")


raw(stack, "Topic")  # single component: verbatim, no hash
raw(stack, "Resource")  # single component `Resource` is kept
raw(Construct(stack, "Group"), "Resource")  # Group/Resource -> GroupC77FDACD
raw(Construct(stack, "Group2"), "Default")  # Default dropped -> Group2
raw(Construct(Construct(stack, "Outer"), "Inner"), "My-Bucket_x.y")
raw(Construct(Construct(stack, "Foo"), "FooBar"), "Bar")  # Bar skipped: FooBar ends with Bar
raw(Construct(Construct(stack, "Level1"), "Default"), "Resource")
raw(Construct(Construct(stack, "Bucket"), "Bucket"), "Resource")  # repeated id collapsed
raw(Construct(Construct(stack, "Api"), "Default"), "{proxy+}")
raw(Construct(stack, "G"), "Resource")
raw(stack, "with space.and:punctuation!")
raw(Construct(stack, "a/b"), "Child")  # `/` in an id becomes `--`
raw(Construct(Construct(stack, "Queue"), "TopicSubTopicCD153ED8"), "Resource")

app.synth()
