"""Task options beyond the integ tests: JSONata variants, callbacks, encrypted queues/activities, SNS attributes,
DynamoDB options, Lambda invocation options, AWS SDK IAM options, credentials and timeouts, task metrics."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "TaskFeatures")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"))
version = fn.current_version
key = kms.Key(stack, "Key")
queue = sqs.Queue(stack, "Queue", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key)
topic = sns.Topic(stack, "Topic")
fifo_topic = sns.Topic(stack, "FifoTopic", fifo=True, content_based_deduplication=True)
table = ddb.Table(stack, "Table", partition_key=ddb.Attribute(name="pk", type=ddb.AttributeType.STRING))
bus = events.EventBus(stack, "Bus")
activity = sfn.Activity(stack, "Activity", encryption_configuration=sfn.CustomerManagedEncryptionConfiguration(key))
child = sfn.StateMachine(stack, "Child", definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "P")))
role = iam.Role(stack, "TaskRole", assumed_by=iam.AccountRootPrincipal())

invoke_token = tasks.LambdaInvoke(stack, "InvokeToken", lambda_function=version,
                                  integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
                                  payload=sfn.TaskInput.from_object({"token": sfn.JsonPath.task_token}),
                                  heartbeat_timeout=sfn.Timeout.duration(cdk.Duration.minutes(5)),
                                  task_timeout=sfn.Timeout.at("$.timeout"))
invoke_options = tasks.LambdaInvoke(stack, "InvokeOptions", lambda_function=fn,
                                    invocation_type=tasks.LambdaInvocationType.EVENT, client_context="eyJhIjoxfQ==",
                                    retry_on_service_exceptions=False,
                                    credentials=sfn.Credentials(role=sfn.TaskRole.from_role(role)))
invoke_only_payload = tasks.LambdaInvoke(stack, "InvokePayloadOnly", lambda_function=fn, payload_response_only=True,
                                         payload=sfn.TaskInput.from_object({"a": sfn.JsonPath.string_at("$.a")}))
invoke_jsonata = tasks.LambdaInvoke.jsonata(stack, "InvokeJsonata", lambda_function=fn,
                                            assign={"x": "{% $states.input.x %}"})
send = tasks.SqsSendMessage.jsonata(stack, "Send", queue=queue, delay=cdk.Duration.seconds(30),
                                    message_body=sfn.TaskInput.from_text("{% $states.input.body %}"),
                                    message_group_id="g", message_deduplication_id="d")
send_token = tasks.SqsSendMessage(stack, "SendToken", queue=queue,
                                  integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
                                  message_body=sfn.TaskInput.from_object({"token": sfn.JsonPath.task_token}))
publish = tasks.SnsPublish(stack, "Publish", topic=topic, subject="hello", message_per_subscription_type=True,
                           message=sfn.TaskInput.from_object({"default": "hi"}), message_attributes={
                               "text": tasks.MessageAttribute(value="plain"),
                               "number": tasks.MessageAttribute(value=42),
                               "float": tasks.MessageAttribute(value=1.5),
                               "bool": tasks.MessageAttribute(value=True, data_type=tasks.MessageAttributeDataType.STRING),
                               "list": tasks.MessageAttribute(value=["a", 1, True]),
                               "path": tasks.MessageAttribute(value=sfn.JsonPath.string_at("$.place")),
                               "bin": tasks.MessageAttribute(value=sfn.JsonPath.string_at("$.pic"),
                                                             data_type=tasks.MessageAttributeDataType.BINARY),
                               "input": tasks.MessageAttribute(value=sfn.TaskInput.from_json_path_at("$.v")),
                               "token": tasks.MessageAttribute(value=topic.topic_arn),
                           })
publish_fifo = tasks.SnsPublish.jsonata(stack, "PublishFifo", topic=fifo_topic, message_group_id="group",
                                        message=sfn.TaskInput.from_text("{% $states.input.m %}"))
get_item = tasks.DynamoGetItem.jsonata(stack, "GetItem", table=table, consistent_read=True,
                                       key={"pk": tasks.DynamoAttributeValue.from_string("{% $states.input.pk %}")},
                                       expression_attribute_names={"#a": "a"},
                                       projection_expression=[
                                           tasks.DynamoProjectionExpression().with_attribute("a").with_attribute("b"),
                                           tasks.DynamoProjectionExpression().with_attribute("c").at_index(2),
                                       ],
                                       return_consumed_capacity=tasks.DynamoConsumedCapacity.TOTAL)
put_item = tasks.DynamoPutItem(stack, "PutItem", table=table, item={
    "pk": tasks.DynamoAttributeValue.from_string("k"),
    "bin": tasks.DynamoAttributeValue.from_binary("AAE="),
    "ss": tasks.DynamoAttributeValue.from_string_set(["x", "y"]),
    "ns": tasks.DynamoAttributeValue.from_number_set([1, 2.5]),
    "ns2": tasks.DynamoAttributeValue.number_set_from_strings(["3"]),
    "bs": tasks.DynamoAttributeValue.from_binary_set(["AA=="]),
    "m": tasks.DynamoAttributeValue.from_map({"n": tasks.DynamoAttributeValue.from_null(True)}),
    "mp": tasks.DynamoAttributeValue.map_from_json_path("$.m"),
    "l": tasks.DynamoAttributeValue.from_list([tasks.DynamoAttributeValue.from_boolean(False)]),
}, condition_expression="attribute_not_exists(pk)", return_values=tasks.DynamoReturnValues.ALL_OLD,
    return_item_collection_metrics=tasks.DynamoItemCollectionMetrics.SIZE,
    return_consumed_capacity=tasks.DynamoConsumedCapacity.INDEXES)
put_jsonata = tasks.DynamoPutItem.jsonata(stack, "PutJsonata", table=table, item={
    "pk": tasks.DynamoAttributeValue.from_string("k"),
    "m": tasks.DynamoAttributeValue.map_from_jsonata("{% $states.input.m %}"),
    "l": tasks.DynamoAttributeValue.list_from_jsonata("{% $states.input.l %}"),
    "b": tasks.DynamoAttributeValue.boolean_from_jsonata("{% $states.input.b %}"),
})
delete_item = tasks.DynamoDeleteItem.json_path(stack, "DeleteItem", table=table,
                                               key={"pk": tasks.DynamoAttributeValue.from_string("k")},
                                               condition_expression="#a = :v", expression_attribute_names={"#a": "a"},
                                               expression_attribute_values={
                                                   ":v": tasks.DynamoAttributeValue.from_number(1)},
                                               return_values=tasks.DynamoReturnValues.NONE)
start_token = tasks.StepFunctionsStartExecution(stack, "StartToken", state_machine=child, name="run",
                                                integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
                                                input=sfn.TaskInput.from_object({"t": sfn.JsonPath.task_token}),
                                                associate_with_parent=True)
start_plain = tasks.StepFunctionsStartExecution.json_path(stack, "StartPlain", state_machine=child)
start_jsonata = tasks.StepFunctionsStartExecution.jsonata(stack, "StartJsonata", state_machine=child)
invoke_activity = tasks.StepFunctionsInvokeActivity.jsonata(stack, "InvokeActivity", activity=activity,
                                                            arguments={"a": "{% $states.input.a %}"})
put_events = tasks.EventBridgePutEvents.jsonata(stack, "PutEvents", entries=[tasks.EventBridgePutEventsEntry(
    detail=sfn.TaskInput.from_object({"token": "{% $states.context.Task.Token %}"}), detail_type="t", source="my.app",
    event_bus=bus)], integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN)
sdk_sfn = tasks.CallAwsService(stack, "ListStateMachines", service="sfn", action="listStateMachines",
                               iam_resources=["*"])
sdk_custom = tasks.CallAwsService.jsonata(stack, "DescribeLogs", service="CloudWatchLogs",
                                          action="describeLogGroups", iam_resources=["*"],
                                          iam_action="logs:DescribeLogGroups",
                                          parameters={"Limit": "{% $states.input.limit %}"},
                                          additional_iam_statements=[iam.PolicyStatement(
                                              actions=["logs:ListTagsForResource"], resources=["*"])])
sdk_json_path = tasks.CallAwsService.json_path(stack, "GetQueueUrl", service="sqs", action="getQueueUrl",
                                               iam_resources=[queue.queue_arn],
                                               integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
                                               parameters={"QueueName": sfn.JsonPath.task_token})

chain = sfn.Chain.start(invoke_token)
for task in [invoke_options, invoke_only_payload, send, send_token, publish, publish_fifo, get_item, put_item,
             put_jsonata, delete_item, start_token, start_plain, start_jsonata, invoke_activity, put_events, sdk_sfn,
             sdk_custom, sdk_json_path, invoke_jsonata]:
    chain = chain.next(task)
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(chain))

cloudwatch.Alarm(stack, "LambdaFailures", metric=invoke_token.metric_failed(), threshold=1, evaluation_periods=1)
cloudwatch.Alarm(stack, "LambdaRunTime", metric=invoke_options.metric_run_time(), threshold=1, evaluation_periods=1)
cloudwatch.Alarm(stack, "ActivityHeartbeat", metric=invoke_activity.metric_heartbeat_timed_out(), threshold=1,
                 evaluation_periods=1)
cloudwatch.Alarm(stack, "TaskMetric", metric=put_item.metric("Custom", statistic="max"), threshold=1,
                 evaluation_periods=1)
app.synth()
