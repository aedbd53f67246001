"""integ.state-machine-string: definitions from strings, with and without a timeout."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

DEFINITION = '{"StartAt":"Pass","States":{"Pass":{"Type":"Pass","End":true}}}'

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-integ")
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_string(DEFINITION))
sfn.StateMachine(stack, "StateMachineWithTimeout", definition_body=sfn.DefinitionBody.from_string(DEFINITION),
                 timeout=cdk.Duration.hours(1))

app.synth()
