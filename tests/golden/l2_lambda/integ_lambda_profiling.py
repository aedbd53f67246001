"""Port of aws-cdk integ.lambda-profiling.ts: a function with profiling=True (its own profiling group) and one
profiling into an imported group."""

import aws_cdk as cdk
from aws_cdk import aws_codeguruprofiler as codeguruprofiler
from aws_cdk import aws_lambda as lambda_


class StackUnderTest(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        lambda_.Function(self, "MyLambda", code=lambda_.InlineCode("foo"), handler="index.handler",
                         runtime=lambda_.Runtime.PYTHON_3_9, profiling=True)
        imported_profiling_group = codeguruprofiler.ProfilingGroup.from_profiling_group_arn(
            self, "ImportedProfilingGroup",
            "arn:aws:codeguru-profiler:us-east-1:1234567890:profilingGroup/MyAwesomeProfilingGroup")
        lambda_.Function(self, "MyOtherLambda", code=lambda_.InlineCode("foo"), handler="index.handler",
                         runtime=lambda_.Runtime.PYTHON_3_9, profiling=True, profiling_group=imported_profiling_group)


app = cdk.App()
StackUnderTest(app, "Stack1")
app.synth()
