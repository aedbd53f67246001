"""integ.state-machine-cmk-with-cwl-encryption: a CMK-encrypted state machine logging to CloudWatch Logs.

Adapted to 2.275: its ``kmsKey``/``kmsDataKeyReusePeriodSeconds`` props are 2.275's
``CustomerManagedEncryptionConfiguration``.
"""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-statemachine-and-activity-with-cmk-encryptionconfig")
kms_key = kms.Key(stack, "Key used for encryption", removal_policy=cdk.RemovalPolicy.DESTROY)
log_group = logs.LogGroup(stack, "MyLogGroup", log_group_name="/aws/vendedlogs/states/MyLogGroup",
                          removal_policy=cdk.RemovalPolicy.DESTROY)
sfn.StateMachine(
    stack, "StateMachineWithCMKWithCWLEncryption",
    state_machine_name="StateMachineWithCMKWithCWLEncryption",
    definition_body=sfn.DefinitionBody.from_chainable(sfn.Chain.start(
        sfn.Pass(stack, "PassState", result=sfn.Result.from_string("Hello World"))
    )),
    state_machine_type=sfn.StateMachineType.STANDARD,
    encryption_configuration=sfn.CustomerManagedEncryptionConfiguration(kms_key, cdk.Duration.seconds(300)),
    logs=sfn.LogOptions(destination=log_group, level=sfn.LogLevel.ALL, include_execution_data=True),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

app.synth()
