"""integ.state-machine-string-definition-props: a string definition with timeout and comment props."""

import json

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-string-definition-props")
sfn.StateMachine(
    stack, "StateMachine",
    definition_body=sfn.DefinitionBody.from_string(json.dumps(
        {"StartAt": "Pass", "States": {"Pass": {"Type": "Pass", "End": True}}}, separators=(",", ":"),
    )),
    timeout=cdk.Duration.hours(1),
    comment="integ test state machine",
)

app.synth()
