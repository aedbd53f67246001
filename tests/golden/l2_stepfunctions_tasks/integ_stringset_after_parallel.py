"""integ.stringset-after-parallel: DynamoPutItem of a string set read from a parallel state's branches."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "stringset-after-parallel")
table = ddb.Table(stack, "Table", partition_key=ddb.Attribute(name="pk", type=ddb.AttributeType.STRING),
                  removal_policy=cdk.RemovalPolicy.DESTROY)
pass_pk = sfn.Pass(stack, "passPK", parameters={"pk.$": "$.pk"})
pass_string_set = sfn.Pass(stack, "PassStringSet", parameters={"stringset.$": "$.stringset"})
parallel = sfn.Parallel(stack, "Parallel", result_path="$")
parallel.branch(pass_pk).branch(pass_string_set)
put_item = tasks.DynamoPutItem(stack, "PutItem", table=table, item={
    "pk": tasks.DynamoAttributeValue.from_string("$[0].pk"),
    "stringset": tasks.DynamoAttributeValue.from_string_set(sfn.JsonPath.list_at("$[1].stringset")),
})
sfn.StateMachine(stack, "StateMachine", definition=sfn.Chain.start(parallel).next(put_item))
app.synth()
