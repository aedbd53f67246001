"""Port of aws-events integ.cross-account-rule: a rule whose target is in another account (mirror rule, bus policy
support stack)."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_events as events

app = cdk.App()
account = "123456789012"
cross_account = "987654321098"  # the integ test's 9-digit id fails pycdk's L1 schema check
region = "us-east-1"
from_stack = cdk.Stack(app, "FromCrossAccountRuleStack", env=cdk.Environment(account=cross_account, region=region))
to_stack = cdk.Stack(app, "ToCrossAccountRuleStack", env=cdk.Environment(account=account, region=region))
queue_name = "IntegTestCrossEnvRule"
queue = cdk.CfnResource(
    to_stack,
    "Queue",
    type="AWS::SQS::Queue",
    properties={"QueueName": queue_name, "ReceiveMessageWaitTimeSeconds": 20},
)


@jsii.implements(events.IRuleTarget)
class SqsArnTarget:
    def bind(self, rule, id=None):
        return events.RuleTargetConfig(
            arn=cdk.Arn.format(cdk.ArnComponents(resource=queue_name, service="sqs"), to_stack),
            target_resource=queue,
        )


events.Rule(
    from_stack,
    "MyRule",
    event_pattern=events.EventPattern(
        detail={"foo": ["bar"]}, detail_type=["cdk-integ-custom-rule"], source=["cdk-integ"]
    ),
    targets=[SqsArnTarget()],
)
to_stack.add_dependency(from_stack)
app.synth()
