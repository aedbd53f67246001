"""integ.call-aws-service-efs: the SDK's efs service maps to the ``elasticfilesystem`` IAM prefix."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import CallAwsService

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-call-aws-service-efs-integ")
task = CallAwsService(stack, "TagEfsAccessPoint", service="efs", action="tagResource", iam_resources=["*"],
                      parameters={"ResourceId": sfn.JsonPath.string_at("$.pathToArn"),
                                  "Tags": [{"Key": "MYTAGNAME", "Value": sfn.JsonPath.string_at("$.pathToId")}]},
                      result_path=sfn.JsonPath.DISCARD)
sfn.StateMachine(stack, "StateMachine", definition=task)
app.synth()
