"""Port of aws-cdk's aws-elasticloadbalancingv2-targets integ.lambda-target.ts: a Lambda function behind an ALB
listener (invoke permission for ELB, applied before the target group)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "TestStack")
vpc = ec2.Vpc(stack, "Stack", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc, internet_facing=True)
listener = lb.add_listener("Listener", port=80)
fn = lambda_.Function(
    stack,
    "Fun",
    code=lambda_.Code.from_inline(
        """
def handler(event, context):
  return {
    "isBase64Encoded": False,
    "statusCode": 200,
    "statusDescription": "200 OK",
    "headers": {
        "Set-cookie": "cookies",
        "Content-Type": "application/json"
    },
    "body": "Hello from Lambda"
  }
      """
    ),
    runtime=lambda_.Runtime.PYTHON_3_9,
    handler="index.handler",
)
listener.add_targets("Targets", targets=[targets.LambdaTarget(fn)])
app.synth()
