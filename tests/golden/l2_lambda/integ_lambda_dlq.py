"""Port of aws-cdk integ.lambda.dlq.ts: dead_letter_queue_enabled (the function is added to the outer stack, as in
the original)."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False})
stack = cdk.Stack(app, "aws-cdk-lambda-dlq")


class StackUnderTest(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        lambda_.Function(stack, "LambdaWithDlq", code=lambda_.InlineCode("foo"), handler="index.handler",
                         runtime=lambda_.Runtime.NODEJS_20_X, dead_letter_queue_enabled=True)


StackUnderTest(app, "LambdaWithDlqStack")
app.synth()
