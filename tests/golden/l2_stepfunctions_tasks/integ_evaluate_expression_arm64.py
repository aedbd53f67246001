"""integ.evaluate-expression-arm64: an ARM64 evaluation function."""

import aws_cdk as cdk
from aws_cdk import App, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "aws-cdk-sfn-evaluate-expression-arm64-integ")
evaluate_expression = tasks.EvaluateExpression(stack, "EvaluateExpression", expression="$.a + $.b",
                                               architecture=lambda_.Architecture.ARM_64)
sm = sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(evaluate_expression),
                      timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
app.synth()
