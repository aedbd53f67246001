"""integ.call-aws-service-sfn: sendTaskSuccess (``sfn`` maps to ``states``) from a child started with a task token."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import CallAwsService, StepFunctionsStartExecution

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-call-aws-service-sfn-integ")
task = CallAwsService(stack, "SendTaskSuccess", service="sfn", action="sendTaskSuccess", iam_resources=["*"],
                      parameters={"Output": sfn.JsonPath.object_at("$.output"),
                                  "TaskToken": sfn.JsonPath.string_at("$.taskToken")})
child = sfn.StateMachine(stack, "ChildStateMachine", definition=task)
sfn.StateMachine(stack, "ParentStateMachine", definition=StepFunctionsStartExecution(
    stack, "StepFunctionsStartExecution", state_machine=child,
    integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    input=sfn.TaskInput.from_object({"output": sfn.JsonPath.entire_payload, "taskToken": sfn.JsonPath.task_token}),
))
app.synth()
