"""integ.call-aws-service-mediapackagevod: the SDK's mediapackagevod service maps to the ``mediapackage-vod`` IAM prefix."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import CallAwsService

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-call-aws-service-mediapackagevod-integ")
task = CallAwsService(stack, "ListMediaPackageVoDPackagingGroups", service="mediapackagevod", action="listPackagingGroups",
                      result_path=sfn.JsonPath.DISCARD, iam_resources=["*"])
sfn.StateMachine(stack, "StateMachine", definition=task)
app.synth()
