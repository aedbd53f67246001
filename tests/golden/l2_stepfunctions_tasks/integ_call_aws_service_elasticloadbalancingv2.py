"""integ.call-aws-service-elasticloadbalancingv2: the SDK's elasticloadbalancingv2 service maps to the ``elasticloadbalancing`` IAM prefix."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import CallAwsService

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-call-aws-service-elasticloadbalancingv2-integ")
task = CallAwsService(stack, "DescribeELBV2TargetGroups", service="elasticloadbalancingv2", action="describeTargetGroups",
                      result_path=sfn.JsonPath.DISCARD, iam_resources=["*"])
sfn.StateMachine(stack, "StateMachine", definition=task)
app.synth()
