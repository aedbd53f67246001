"""Port of aws-cdk's aws-codecommit integ.codecommit-events.ts: on_reference_created with a hand-made target."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_events as events
from aws_cdk import aws_sns as sns

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-cdk-codecommit-events")

repo = codecommit.Repository(stack, "Repo", repository_name="aws-cdk-codecommit-events")
topic = sns.Topic(stack, "MyTopic")


@jsii.implements(events.IRuleTarget)
class FakeTarget:
    def bind(self, rule, id=None):
        return events.RuleTargetConfig(arn=topic.topic_arn)


repo.on_reference_created("OnReferenceCreated", target=FakeTarget())
app.synth()
