"""A user subclass of cdk.Resource using aws-cdk-lib's protected members under jsii's Python names:
_physical_name, _get_resource_arn_attribute, _get_resource_name_attribute (consumed from another account) and
_generate_physical_name; and CfnElement.with_."""

import aws_cdk as cdk
from constructs import Construct


class Thing(cdk.Resource):
    def __init__(self, scope: Construct, id: str, *, name: str | None = None) -> None:
        super().__init__(scope, id, physical_name=name)
        res = cdk.CfnResource(self, "Resource", type="AWS::SQS::Queue", properties={"QueueName": self._physical_name})
        self.thing_arn = self._get_resource_arn_attribute(
            res.get_att("Arn").to_string(), service="sqs", resource=self._physical_name)
        self.thing_name = self._get_resource_name_attribute(res.ref)


app = cdk.App()
producer = cdk.Stack(app, "Producer", env=cdk.Environment(account="111111111111", region="us-east-1"))
named = Thing(producer, "Named", name=cdk.PhysicalName.GENERATE_IF_NEEDED)
plain = Thing(producer, "Plain")
cdk.CfnOutput(producer, "PlainArn", value=plain.thing_arn)
cdk.CfnOutput(producer, "Generated", value=plain._generate_physical_name())
consumer = cdk.Stack(app, "Consumer", env=cdk.Environment(account="222222222222", region="us-east-1"))
cdk.CfnOutput(consumer, "Arn", value=named.thing_arn)
cdk.CfnOutput(consumer, "Name", value=named.thing_name)
cdk.CfnResource(consumer, "Handle", type="AWS::CloudFormation::WaitConditionHandle")
app.synth()
