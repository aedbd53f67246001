"""integ.listAt-after-parallel: JsonPath.list_at in a Pass state's parameters after a Parallel state."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "listAt-after-parallel")

pass_string_list = sfn.Pass(stack, "PSL", parameters={"newStringList.$": "$.stringList"})
pass_single_string = sfn.Pass(stack, "PSS", parameters={"newSingleString.$": "$.singleString"})
parallel = sfn.Parallel(stack, "PRL", result_path="$")
parallel.branch(pass_string_list).branch(pass_single_string)
join_pass = sfn.Pass(stack, "JP", parameters={
    "resultStringList.$": sfn.JsonPath.list_at("$[0].newStringList"),
    "newSingleString.$": "$[1].newSingleString",
})
chain = sfn.Chain.start(parallel).next(join_pass)
sfn.StateMachine(stack, "StateMachine", definition=chain, timeout=cdk.Duration.seconds(30))

app.synth()
