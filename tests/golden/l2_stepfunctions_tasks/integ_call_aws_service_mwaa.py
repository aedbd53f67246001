"""integ.call-aws-service-mwaa: the SDK's mwaa service maps to the ``airflow`` IAM prefix."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import CallAwsService

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-call-aws-service-mwaa-integ")
task = CallAwsService(stack, "ListMWAAEnvironments", service="mwaa", action="listEnvironments",
                      result_path=sfn.JsonPath.DISCARD, iam_resources=["*"])
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(task))
app.synth()
