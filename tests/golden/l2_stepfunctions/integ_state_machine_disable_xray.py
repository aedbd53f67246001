"""integ.state-machine-disable-xray: tracing_enabled=False and a comment."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-integ")
sfn.StateMachine(stack, "StateMachine", comment="a super cool state machine",
                 definition=sfn.Pass(stack, "StartState"), tracing_enabled=False)

app.synth()
