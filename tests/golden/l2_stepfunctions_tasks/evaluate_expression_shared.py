"""EvaluateExpression with the dedicated-function flag off: tasks share one singleton function per runtime and
architecture (with the warning), across two state machines; template-literal interpolation of paths."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App(context={"@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction": False})
stack = cdk.Stack(app, "EvaluateExpressionShared")
first = tasks.EvaluateExpression(stack, "First", expression="`${$.name}-${$.items[0]}`", result_path="$.label")
second = tasks.EvaluateExpression(stack, "Second", expression="$.a * $.b.c", comment="product")
arm = tasks.EvaluateExpression(stack, "Arm", expression="$.a", architecture=lambda_.Architecture.ARM_64)
node24 = tasks.EvaluateExpression(stack, "Node24", expression="$.x - 1", runtime=lambda_.Runtime.NODEJS_24_X)
sfn.StateMachine(stack, "StateMachine", definition=first.next(second).next(arm))
sfn.StateMachine(stack, "Other", definition=node24)
app.synth()
