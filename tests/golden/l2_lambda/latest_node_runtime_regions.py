"""Runtime.NODEJS_LATEST follows the ``latestNodeRuntime`` region fact: the fact itself in a concrete region, and a
region mapping once regions disagree (a fact registered for one region)."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_lambda as lambda_
from aws_cdk.region_info import Fact, FactName, IFact


@jsii.implements(IFact)
class NodeFact:
    @property
    def region(self):
        return "eu-central-1"

    @property
    def name(self):
        return FactName.LATEST_NODE_RUNTIME

    @property
    def value(self):
        return "nodejs22.x"


app = cdk.App()
concrete = cdk.Stack(app, "Concrete", env=cdk.Environment(account="123456789012", region="ap-southeast-2"))
lambda_.Function(concrete, "Fn", code=lambda_.Code.from_inline("exports.handler = async () => 1;"),
                 handler="index.handler", runtime=lambda_.Runtime.NODEJS_LATEST)
Fact.register(NodeFact(), True)
agnostic = cdk.Stack(app, "Agnostic")
lambda_.Function(agnostic, "Fn", code=lambda_.Code.from_inline("exports.handler = async () => 1;"),
                 handler="index.handler", runtime=lambda_.Runtime.NODEJS_LATEST)
app.synth()
