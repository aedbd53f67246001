"""Port of aws-cdk's aws-scheduler-targets integ.stepfunction-start-execution.ts: start a state machine."""

import aws_cdk as cdk
from aws_cdk import aws_scheduler as scheduler
from aws_cdk import aws_ssm as ssm
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from aws_cdk.aws_scheduler_targets import StepFunctionsStartExecution

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-scheduler-targets-sfn-start-execution")
payload = {"Name": "MyParameter", "Value": "🌈"}
ssm.StringParameter(stack, "MyParameter", parameter_name=payload["Name"], string_value="🌧️")
put_parameter = tasks.CallAwsService(
    stack,
    "PutParameter",
    service="ssm",
    action="putParameter",
    iam_resources=["*"],
    parameters={"Name.$": "$.Name", "Value.$": "$.Value", "Type": "String", "Overwrite": True},
)
state_machine = sfn.StateMachine(
    stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(put_parameter)
)
scheduler.Schedule(
    stack,
    "Schedule",
    schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(10)),
    target=StepFunctionsStartExecution(state_machine, input=scheduler.ScheduleTargetInput.from_object(payload)),
)
app.synth()
