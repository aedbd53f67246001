"""integ.parallel-parameters: a Parallel state with parameters; branches discarding their results."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-stepfunctions-integ")
first = sfn.Pass(stack, "Pass Branch 1", result_path=sfn.JsonPath.DISCARD)
second = sfn.Pass(stack, "Pass Branch 2", result_path=sfn.JsonPath.DISCARD)
parallel = sfn.Parallel(stack, "ParallelWithParams", parameters={
    "staticValue": "hello",
    "dynamicValue.$": "$.inputField",
    "execId.$": "$$.Execution.Id",
})
parallel.branch(first)
parallel.branch(second)
sfn.StateMachine(stack, "StateMachine", definition=parallel)

app.synth()
