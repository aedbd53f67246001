"""integ.state-machine-and-activity-cmk: a state machine and an activity encrypted with customer managed keys.

Adapted to 2.275: its ``kmsKey``/``kmsDataKeyReusePeriodSeconds`` props are 2.275's
``CustomerManagedEncryptionConfiguration``; the ``tasks.StepFunctionsInvokeActivity`` state is stood in for by a
CustomState with the JSON it renders (no stepfunctions_tasks L2 yet).
"""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-statemachine-and-activity-with-cmk-encryptionconfig")
state_machine_key = kms.Key(stack, "StateMachine Key", removal_policy=cdk.RemovalPolicy.DESTROY)
activity_key = kms.Key(stack, "Activity Key", removal_policy=cdk.RemovalPolicy.DESTROY)
activity = sfn.Activity(
    stack, "ActivityWithCMKEncryptionConfiguration", activity_name="ActivityWithCMKEncryptionConfiguration",
    encryption_configuration=sfn.CustomerManagedEncryptionConfiguration(activity_key, cdk.Duration.seconds(75)),
)
invoke_activity = sfn.CustomState(stack, "Activity", state_json={
    "Type": "Task", "Resource": activity.activity_arn, "Parameters": {"Hello": "World"},
})
sfn.StateMachine(
    stack, "StateMachineWithCMKEncryptionConfiguration",
    state_machine_name="StateMachineWithCMKEncryptionConfiguration",
    definition_body=sfn.DefinitionBody.from_chainable(sfn.Chain.start(invoke_activity)),
    state_machine_type=sfn.StateMachineType.STANDARD,
    encryption_configuration=sfn.CustomerManagedEncryptionConfiguration(state_machine_key,
                                                                        cdk.Duration.seconds(75)),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

app.synth()
