"""integ.evaluate-expression: sum, multiply (Node.js 18 runtime, `STANDARD_NODEJS_RUNTIME`), wait, now."""

import aws_cdk as cdk
from aws_cdk import App, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = App()
stack = Stack(app, "cdk-sfn-evaluate-expression-integ")
total = tasks.EvaluateExpression(stack, "Sum", expression="$.a + $.b", result_path="$.c")
multiply = tasks.EvaluateExpression(stack, "Multiply", expression="$.c * 2", result_path="$.d",
                                    runtime=lambda_.Runtime.NODEJS_18_X)
now = tasks.EvaluateExpression(stack, "Now", expression="(new Date()).toUTCString()", result_path="$.now",
                               runtime=lambda_.Runtime.NODEJS_18_X)
statemachine = sfn.StateMachine(stack, "StateMachine", definition=total.next(multiply).next(
    sfn.Wait(stack, "Wait", time=sfn.WaitTime.seconds_path("$.d"))).next(now))
cdk.CfnOutput(stack, "StateMachineARN", value=statemachine.state_machine_arn)
app.synth()
