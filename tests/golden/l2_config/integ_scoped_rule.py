"""Port of aws-cdk's aws-config integ.scoped-rule.ts: a periodic custom rule scoped to EC2 instances
(``STANDARD_NODEJS_RUNTIME`` is Node.js 22; IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_config as config
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-config-rule-scoped-integ")

fn = lambda_.Function(
    stack,
    "CustomFunction",
    code=lambda_.AssetCode.from_inline("exports.handler = (event) => console.log(event);"),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_22_X,
)

config.CustomRule(
    stack,
    "Custom",
    lambda_function=fn,
    periodic=True,
    rule_scope=config.RuleScope.from_resources([config.ResourceType.EC2_INSTANCE]),
)

app.synth()
