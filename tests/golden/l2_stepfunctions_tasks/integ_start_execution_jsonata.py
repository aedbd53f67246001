"""integ.start-execution-jsonata: StepFunctionsStartExecution.jsonata, RUN_JOB, associated with its parent."""

from aws_cdk import App, Stack
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import StepFunctionsStartExecution

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "integ-sfn-start-execution-jsonata")
child = sfn.StateMachine(stack, "Child", definition=sfn.Pass(stack, "Pass"))
sfn.StateMachine(stack, "Parent", definition=StepFunctionsStartExecution.jsonata(
    stack, "Task", state_machine=child, input=sfn.TaskInput.from_object({"hello": "{% $states.input.hello %}"}),
    integration_pattern=sfn.IntegrationPattern.RUN_JOB, associate_with_parent=True,
))
app.synth()
