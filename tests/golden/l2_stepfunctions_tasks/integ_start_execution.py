"""integ.start-execution: a parent state machine runs a child (RUN_JOB) with an object input."""

from aws_cdk import App, CfnOutput, Stack
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import StepFunctionsStartExecution

app = App()
stack = Stack(app, "integ-sfn-start-execution")
child = sfn.StateMachine(stack, "Child", definition=sfn.Pass(stack, "Pass"))
parent = sfn.StateMachine(stack, "Parent", definition=StepFunctionsStartExecution(
    stack, "Task", state_machine=child,
    input=sfn.TaskInput.from_object({"hello": sfn.JsonPath.string_at("$.hello")}),
    integration_pattern=sfn.IntegrationPattern.RUN_JOB,
))
CfnOutput(stack, "StateMachineARN", value=parent.state_machine_arn)
app.synth()
