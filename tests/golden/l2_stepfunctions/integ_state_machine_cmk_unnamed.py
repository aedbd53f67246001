"""integ.state-machine-cmk-unnamed: an unnamed state machine encrypted with a customer managed key."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-unnamed-statemachine-with-cmk")
kms_key = kms.Key(stack, "Key", removal_policy=cdk.RemovalPolicy.DESTROY, pending_window=cdk.Duration.days(7))
sfn.StateMachine(
    stack, "StateMachine",
    definition_body=sfn.DefinitionBody.from_chainable(
        sfn.Pass(stack, "Pass", result=sfn.Result.from_object({"hello": "world"}))
    ),
    encryption_configuration=sfn.CustomerManagedEncryptionConfiguration(kms_key),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

app.synth()
