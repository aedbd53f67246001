"""integ.state-machine: a Wait state from a path; grant_read and grant on a Lambda role."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-integ")

wait = sfn.Wait(stack, "wait time", time=sfn.WaitTime.seconds_path("$.waitSeconds"))
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
state_machine = sfn.StateMachine(stack, "StateMachine", definition=wait)
state_machine.grant_read(role)
state_machine.grant(role, "states:SendTaskSuccess")

app.synth()
