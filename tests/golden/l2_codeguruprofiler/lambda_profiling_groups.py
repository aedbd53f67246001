"""Functions profiled into a given ProfilingGroup (new, imported by name) and one with profiling=True."""

import aws_cdk as cdk
from aws_cdk import aws_codeguruprofiler as codeguruprofiler
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "LambdaProfiling")
group = codeguruprofiler.ProfilingGroup(stack, "Group", compute_platform=codeguruprofiler.ComputePlatform.AWS_LAMBDA)
lambda_.Function(stack, "WithGroup", code=lambda_.InlineCode("foo"), handler="index.handler",
                 runtime=lambda_.Runtime.PYTHON_3_12, profiling_group=group)
imported = codeguruprofiler.ProfilingGroup.from_profiling_group_name(stack, "Imported", "existing-group")
lambda_.Function(stack, "WithImported", code=lambda_.InlineCode("foo"), handler="index.handler",
                 runtime=lambda_.Runtime.PYTHON_3_11, profiling_group=imported)
lambda_.Function(stack, "WithProfiling", code=lambda_.InlineCode("foo"), handler="index.handler",
                 runtime=lambda_.Runtime.PYTHON_3_12, profiling=True)
app.synth()
