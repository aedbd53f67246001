"""integ.state-machine-logging: logging ALL to a log group, and logging OFF without a destination."""

import aws_cdk as cdk
from aws_cdk import aws_logs as logs
from aws_cdk import aws_stepfunctions as sfn

DEFINITION = '{"StartAt":"Pass","States":{"Pass":{"Type":"Pass","End":true}}}'

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-integ")
log_group = logs.LogGroup(stack, "LogGroup", removal_policy=cdk.RemovalPolicy.DESTROY)
sfn.StateMachine(stack, "StateMachineWithLoggingALL", definition_body=sfn.DefinitionBody.from_string(DEFINITION),
                 logs=sfn.LogOptions(destination=log_group, level=sfn.LogLevel.ALL))
sfn.StateMachine(stack, "StateMachineWithLoggingOFF", definition_body=sfn.DefinitionBody.from_string(DEFINITION),
                 logs=sfn.LogOptions(level=sfn.LogLevel.OFF))

app.synth()
