"""integ.call-dynamodb: put, get, update and delete an item (attribute values from literals and JSONPaths)."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-integ")

MESSAGE_ID = "1234"
table = ddb.Table(stack, "Messages", table_name="Messages",
                  partition_key=ddb.Attribute(name="MessageId", type=ddb.AttributeType.STRING),
                  read_capacity=10, write_capacity=5, removal_policy=cdk.RemovalPolicy.DESTROY)

put_item = tasks.DynamoPutItem(stack, "PutItem", table=table, item={
    "MessageId": tasks.DynamoAttributeValue.from_string(MESSAGE_ID),
    "Text": tasks.DynamoAttributeValue.from_string(sfn.JsonPath.string_at("$.bar")),
    "TotalCount": tasks.DynamoAttributeValue.from_number(18),
    "Activated": tasks.DynamoAttributeValue.boolean_from_json_path(sfn.JsonPath.string_at("$.foo")),
    "List": tasks.DynamoAttributeValue.list_from_json_path(sfn.JsonPath.string_at("$.list")),
})
get_after_put = tasks.DynamoGetItem(stack, "GetItemAfterPut", table=table,
                                    key={"MessageId": tasks.DynamoAttributeValue.from_string(MESSAGE_ID)})
update_item = tasks.DynamoUpdateItem(
    stack, "UpdateItem", table=table,
    key={"MessageId": tasks.DynamoAttributeValue.from_string(MESSAGE_ID)},
    expression_attribute_values={
        ":val": tasks.DynamoAttributeValue.number_from_string(sfn.JsonPath.string_at("$.Item.TotalCount.N")),
        ":rand": tasks.DynamoAttributeValue.from_number(24),
    },
    update_expression="SET TotalCount = :val + :rand",
)
get_after_update = tasks.DynamoGetItem(stack, "GetItemAfterUpdate", table=table,
                                       key={"MessageId": tasks.DynamoAttributeValue.from_string(MESSAGE_ID)},
                                       output_path=sfn.JsonPath.string_at("$.Item.TotalCount.N"))
delete_item = tasks.DynamoDeleteItem(stack, "DeleteItem", table=table,
                                     key={"MessageId": tasks.DynamoAttributeValue.from_string(MESSAGE_ID)},
                                     result_path=sfn.JsonPath.DISCARD)

definition = (sfn.Pass(stack, "Start", result=sfn.Result.from_object({"bar": "SomeValue"}))
              .next(put_item).next(get_after_put).next(update_item).next(get_after_update).next(delete_item))
state_machine = sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(definition))
cdk.CfnOutput(stack, "StateMachineArn", value=state_machine.state_machine_arn)
app.synth()
