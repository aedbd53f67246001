"""Port of aws-cdk integ.lambda-profiling.ts, first function only (profiling=True creates a profiling group; the
second function imports one with codeguruprofiler.ProfilingGroup, which pycdk has no L2 for)."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_


class StackUnderTest(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        lambda_.Function(self, "MyLambda", code=lambda_.InlineCode("foo"), handler="index.handler",
                         runtime=lambda_.Runtime.PYTHON_3_9, profiling=True)


app = cdk.App()
StackUnderTest(app, "Stack1")
app.synth()
