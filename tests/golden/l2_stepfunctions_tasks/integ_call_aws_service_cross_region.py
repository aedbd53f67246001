"""integ.call-aws-service-cross-region: create, poll, write to and delete a DynamoDB table in eu-west-1."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-aws-sdk-integ")
target_region = "eu-west-1"
table_name = f"TestTable{cdk.Stack.of(stack).stack_name}"
table_arn = cdk.Stack.of(stack).format_arn(service="dynamodb", resource="table", resource_name=table_name,
                                           arn_format=cdk.ArnFormat.SLASH_RESOURCE_NAME, region=target_region)
create_table = tasks.CallAwsServiceCrossRegion(
    stack, "CreateTable", service="dynamodb", action="createTable",
    parameters={"TableName": table_name, "AttributeDefinitions": [{"AttributeName": "PK", "AttributeType": "S"}],
                "KeySchema": [{"AttributeName": "PK", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST"},
    iam_resources=["*"], region=target_region, result_path="$.createTable")
poll_table = tasks.CallAwsServiceCrossRegion(
    stack, "DescribeTable", service="dynamodb", action="describeTable", parameters={"TableName": table_name},
    iam_resources=[table_arn], region=target_region, result_path="$.polling")
put_item = tasks.CallAwsServiceCrossRegion(
    stack, "PutItem", service="dynamodb", action="putItem",
    parameters={"TableName": table_name, "Item": {"PK": {"S": "id"}, "data": {"S": "some data"}}},
    iam_resources=[table_arn], region=target_region, result_path="$.putItem")
is_available = sfn.Choice(stack, "IsTableAvailable?")
condition1 = sfn.Condition.string_equals("$.polling.Table.TableStatus", "ACTIVE")
wait_polling = sfn.Wait(stack, "Wait Polling", time=sfn.WaitTime.duration(cdk.Duration.seconds(5)))
poll = poll_table.next(is_available.when(condition1, put_item).otherwise(wait_polling.next(poll_table)))
delete_table = tasks.CallAwsServiceCrossRegion(
    stack, "DeleteTable", service="dynamodb", action="deleteTable", parameters={"TableName": table_name},
    iam_resources=[table_arn], region=target_region, result_path="$.deleteTable")
put_item.next(delete_table)
sfn.StateMachine(stack, "StateMachine", definition=create_table.next(poll))
app.synth()
