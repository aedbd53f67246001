"""integ.custom-state: CustomState with add_catch/add_retry and inline Retry/Catch in its JSON."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-custom-state-integ")

final_status = sfn.Pass(stack, "final step")
state_json = {
    "Type": "Task",
    "Resource": "arn:aws:states:::dynamodb:putItem",
    "Parameters": {"TableName": "my-cool-table", "Item": {"id": {"S": "my-entry"}}},
    "ResultPath": None,
}
failure = sfn.Fail(stack, "failed", error="DidNotWork", cause="We got stuck")
custom = sfn.CustomState(stack, "my custom task", state_json=state_json)
custom.add_catch(failure)
custom.add_retry(errors=[sfn.Errors.TIMEOUT], interval=cdk.Duration.seconds(10), max_attempts=5)

custom_with_inline_retry = sfn.CustomState(stack, "my custom task with inline Retriers", state_json={
    **state_json,
    "Retry": [{"ErrorEquals": [sfn.Errors.PERMISSIONS], "IntervalSeconds": 20, "MaxAttempts": 2}],
})
custom_with_inline_catch = sfn.CustomState(stack, "my custom task with inline Catchers", state_json={
    **state_json,
    "Catch": [{"ErrorEquals": [sfn.Errors.PERMISSIONS], "Next": "failed"}],
})

chain = sfn.Chain.start(custom).next(custom_with_inline_retry).next(custom_with_inline_catch).next(final_status)
sm = sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(chain),
                      timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "StateMachineARN", value=sm.state_machine_arn)

app.synth()
