"""Wrong-typed calls of the L2 and patterns API (issue 13, group 3), shared by the tests and the oracle script.

Each case is Python source run in a namespace that holds ``app``, ``stack`` (a fresh ``Stack(app, "S")``), the
service modules under their aws-cdk-lib Python names (``s3``, ``sqs``, ``lambda_``, ``dynamodb``, ``iam``, ``kms``,
``sns``, ``logs``, ``ssm``, ``secretsmanager``, ``kinesis``, ``cloudwatch``), ``cdk`` (the core) and ready-made
``bucket``, ``queue``, ``fn``, ``table``, ``role``, ``topic`` built with valid arguments. The same source runs
with pycdk (``tests/reliability/test_types_*.py``) and with aws-cdk-lib 2.275 (``_types_oracle.py``, which writes
``types_expected.json``: the error class aws-cdk-lib raises at that call, or ``None`` when it raises nothing there).

A case is ``(id, source, argument, owner)``: ``argument`` is the parameter the error must name and ``owner`` the
``Class.method`` prefix of pycdk's message.
"""

from __future__ import annotations

from typing import Any

PRELUDE = """
bucket = s3.Bucket(stack, "Bucket")
queue = sqs.Queue(stack, "Queue")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(event, context):\\n    return event\\n"))
table = dynamodb.Table(stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING))
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
topic = sns.Topic(stack, "Topic")
"""

FN_ARGS = 'runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=lambda_.Code.from_inline("x")'
PK = 'partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)'

# (id, source, argument named in the error, "Class.method" of pycdk's message)
CASES: list[tuple[str, str, str, str]] = [
    # -- s3.Bucket ------------------------------------------------------------------------------------------
    ("bucket_public_read_access_str", 's3.Bucket(stack, "B", public_read_access="false")', "public_read_access", "Bucket.__init__"),
    ("bucket_versioned_str", 's3.Bucket(stack, "B", versioned="no")', "versioned", "Bucket.__init__"),
    ("bucket_versioned_int", 's3.Bucket(stack, "B", versioned=1)', "versioned", "Bucket.__init__"),
    ("bucket_auto_delete_objects_str", 's3.Bucket(stack, "B", auto_delete_objects="false")', "auto_delete_objects", "Bucket.__init__"),
    ("bucket_encryption_str", 's3.Bucket(stack, "B", encryption="S3_MANAGED")', "encryption", "Bucket.__init__"),
    ("bucket_removal_policy_str", 's3.Bucket(stack, "B", removal_policy="destroy")', "removal_policy", "Bucket.__init__"),
    ("bucket_bucket_name_int", 's3.Bucket(stack, "B", bucket_name=123)', "bucket_name", "Bucket.__init__"),
    ("bucket_bucket_name_construct", 's3.Bucket(stack, "B", bucket_name=stack)', "bucket_name", "Bucket.__init__"),
    ("bucket_enforce_ssl_str", 's3.Bucket(stack, "B", enforce_ssl="yes")', "enforce_ssl", "Bucket.__init__"),
    ("bucket_block_public_access_str", 's3.Bucket(stack, "B", block_public_access="BLOCK_ALL")', "block_public_access", "Bucket.__init__"),
    ("bucket_object_ownership_str", 's3.Bucket(stack, "B", object_ownership="BUCKET_OWNER_ENFORCED")', "object_ownership", "Bucket.__init__"),
    ("bucket_access_control_str", 's3.Bucket(stack, "B", access_control="PRIVATE")', "access_control", "Bucket.__init__"),
    ("bucket_lifecycle_rules_str", 's3.Bucket(stack, "B", lifecycle_rules="expire after 30 days")', "lifecycle_rules", "Bucket.__init__"),
    ("bucket_lifecycle_rules_element", 's3.Bucket(stack, "B", lifecycle_rules=[30])', "lifecycle_rules", "Bucket.__init__"),
    ("bucket_server_access_logs_prefix_int", 's3.Bucket(stack, "B", server_access_logs_prefix=5)', "server_access_logs_prefix", "Bucket.__init__"),
    ("bucket_transfer_acceleration_str", 's3.Bucket(stack, "B", transfer_acceleration="true")', "transfer_acceleration", "Bucket.__init__"),
    ("bucket_event_bridge_enabled_int", 's3.Bucket(stack, "B", event_bridge_enabled=1)', "event_bridge_enabled", "Bucket.__init__"),
    ("bucket_website_index_document_bool", 's3.Bucket(stack, "B", website_index_document=True)', "website_index_document", "Bucket.__init__"),
    ("bucket_scope_str", 's3.Bucket("hello", "B")', "scope", "Bucket.__init__"),
    ("bucket_scope_none", 's3.Bucket(None, "B")', "scope", "Bucket.__init__"),
    ("bucket_id_int", "s3.Bucket(stack, 5)", "id", "Bucket.__init__"),
    ("bucket_from_bucket_name_int", 's3.Bucket.from_bucket_name(stack, "I", 42)', "bucket_name", "Bucket.from_bucket_name"),
    ("bucket_from_bucket_arn_construct", 's3.Bucket.from_bucket_arn(stack, "I", bucket)', "bucket_arn", "Bucket.from_bucket_arn"),
    ("bucket_arn_for_objects_int", "bucket.arn_for_objects(5)", "key_pattern", "BucketBase.arn_for_objects"),
    ("bucket_add_lifecycle_rule_expiration_int", "bucket.add_lifecycle_rule(expiration=30)", "expiration", "Bucket.add_lifecycle_rule"),
    ("lifecycle_rule_expiration_int", "s3.LifecycleRule(expiration=30)", "expiration", "LifecycleRule.__init__"),
    ("lifecycle_rule_enabled_str", 's3.LifecycleRule(enabled="yes")', "enabled", "LifecycleRule.__init__"),
    ("cors_rule_allowed_methods_str", 's3.CorsRule(allowed_methods="GET", allowed_origins=["*"])', "allowed_methods", "CorsRule.__init__"),
    # -- sqs.Queue ------------------------------------------------------------------------------------------
    ("queue_visibility_timeout_int", 'sqs.Queue(stack, "Q", visibility_timeout=30)', "visibility_timeout", "Queue.__init__"),
    ("queue_retention_period_int", 'sqs.Queue(stack, "Q", retention_period=5)', "retention_period", "Queue.__init__"),
    ("queue_delivery_delay_int", 'sqs.Queue(stack, "Q", delivery_delay=5)', "delivery_delay", "Queue.__init__"),
    ("queue_fifo_str", 'sqs.Queue(stack, "Q", fifo="true")', "fifo", "Queue.__init__"),
    ("queue_queue_name_construct", 'sqs.Queue(stack, "Q", queue_name=stack)', "queue_name", "Queue.__init__"),
    ("queue_max_message_size_bytes_bool", 'sqs.Queue(stack, "Q", max_message_size_bytes=True)', "max_message_size_bytes", "Queue.__init__"),
    ("queue_max_message_size_bytes_str", 'sqs.Queue(stack, "Q", max_message_size_bytes="1024")', "max_message_size_bytes", "Queue.__init__"),
    ("queue_encryption_str", 'sqs.Queue(stack, "Q", encryption="KMS")', "encryption", "Queue.__init__"),
    ("queue_removal_policy_str", 'sqs.Queue(stack, "Q", removal_policy="destroy")', "removal_policy", "Queue.__init__"),
    ("queue_content_based_deduplication_str", 'sqs.Queue(stack, "Q", content_based_deduplication="yes")', "content_based_deduplication", "Queue.__init__"),
    ("queue_dead_letter_queue_queue", 'sqs.Queue(stack, "Q", dead_letter_queue=queue)', "dead_letter_queue", "Queue.__init__"),
    ("dead_letter_queue_max_receive_count_str", 'sqs.DeadLetterQueue(queue=queue, max_receive_count="3")', "max_receive_count", "DeadLetterQueue.__init__"),
    ("queue_grant_send_messages_str", 'queue.grant_send_messages("someone")', "grantee", "QueueBase.grant_send_messages"),
    ("queue_from_queue_arn_int", 'sqs.Queue.from_queue_arn(stack, "I", 5)', "queue_arn", "Queue.from_queue_arn"),
    # -- lambda_.Function -----------------------------------------------------------------------------------
    ("function_runtime_str", 'lambda_.Function(stack, "F", runtime="python3.12", handler="i.h", code=lambda_.Code.from_inline("x"))', "runtime", "Function.__init__"),
    ("function_handler_int", 'lambda_.Function(stack, "F", runtime=lambda_.Runtime.PYTHON_3_12, handler=5, code=lambda_.Code.from_inline("x"))', "handler", "Function.__init__"),
    ("function_code_str", 'lambda_.Function(stack, "F", runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h", code="def h(): pass")', "code", "Function.__init__"),
    ("function_timeout_int", f'lambda_.Function(stack, "F", {FN_ARGS}, timeout=30)', "timeout", "Function.__init__"),
    ("function_memory_size_str", f'lambda_.Function(stack, "F", {FN_ARGS}, memory_size="128")', "memory_size", "Function.__init__"),
    ("function_memory_size_bool", f'lambda_.Function(stack, "F", {FN_ARGS}, memory_size=True)', "memory_size", "Function.__init__"),
    ("function_environment_list", f'lambda_.Function(stack, "F", {FN_ARGS}, environment=["A=1"])', "environment", "Function.__init__"),
    ("function_environment_value_int", f'lambda_.Function(stack, "F", {FN_ARGS}, environment={{"A": 1}})', "environment", "Function.__init__"),
    ("function_tracing_str", f'lambda_.Function(stack, "F", {FN_ARGS}, tracing="ACTIVE")', "tracing", "Function.__init__"),
    ("function_architecture_str", f'lambda_.Function(stack, "F", {FN_ARGS}, architecture="arm64")', "architecture", "Function.__init__"),
    ("function_reserved_concurrent_executions_str", f'lambda_.Function(stack, "F", {FN_ARGS}, reserved_concurrent_executions="5")', "reserved_concurrent_executions", "Function.__init__"),
    ("function_function_name_construct", f'lambda_.Function(stack, "F", {FN_ARGS}, function_name=bucket)', "function_name", "Function.__init__"),
    ("function_dead_letter_queue_enabled_str", f'lambda_.Function(stack, "F", {FN_ARGS}, dead_letter_queue_enabled="no")', "dead_letter_queue_enabled", "Function.__init__"),
    ("function_add_environment_value_int", 'fn.add_environment("K", 5)', "value", "Function.add_environment"),
    ("function_from_function_arn_int", 'lambda_.Function.from_function_arn(stack, "I", 5)', "function_arn", "Function.from_function_arn"),
    # -- dynamodb -------------------------------------------------------------------------------------------
    ("table_billing_mode_str", f'dynamodb.Table(stack, "T", {PK}, billing_mode="ONDEMAND")', "billing_mode", "Table.__init__"),
    ("table_partition_key_str", 'dynamodb.Table(stack, "T", partition_key="pk")', "partition_key", "Table.__init__"),
    ("table_read_capacity_str", f'dynamodb.Table(stack, "T", {PK}, read_capacity="5")', "read_capacity", "Table.__init__"),
    ("table_point_in_time_recovery_str", f'dynamodb.Table(stack, "T", {PK}, point_in_time_recovery="yes")', "point_in_time_recovery", "Table.__init__"),
    ("table_removal_policy_str", f'dynamodb.Table(stack, "T", {PK}, removal_policy="destroy")', "removal_policy", "Table.__init__"),
    ("table_stream_str", f'dynamodb.Table(stack, "T", {PK}, stream="NEW_IMAGE")', "stream", "Table.__init__"),
    ("table_sort_key_int", f'dynamodb.Table(stack, "T", {PK}, sort_key=5)', "sort_key", "Table.__init__"),
    ("table_table_class_str", f'dynamodb.Table(stack, "T", {PK}, table_class="STANDARD")', "table_class", "Table.__init__"),
    ("attribute_type_str", 'dynamodb.Attribute(name="pk", type="S")', "type", "Attribute.__init__"),
    ("attribute_name_int", "dynamodb.Attribute(name=1, type=dynamodb.AttributeType.STRING)", "name", "Attribute.__init__"),
    # -- iam ------------------------------------------------------------------------------------------------
    ("role_assumed_by_str", 'iam.Role(stack, "R", assumed_by="lambda.amazonaws.com")', "assumed_by", "Role.__init__"),
    ("role_role_name_int", 'iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal(), role_name=5)', "role_name", "Role.__init__"),
    ("role_max_session_duration_int", 'iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal(), max_session_duration=3600)', "max_session_duration", "Role.__init__"),
    ("role_managed_policies_str", 'iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal(), managed_policies="arn:aws:iam::aws:policy/ReadOnlyAccess")', "managed_policies", "Role.__init__"),
    ("role_add_to_policy_str", 'role.add_to_policy("s3:GetObject")', "statement", "Role.add_to_policy"),
    ("policy_statements_str", 'iam.Policy(stack, "P", statements="s3:GetObject")', "statements", "Policy.__init__"),
    ("policy_force_str", 'iam.Policy(stack, "P", force="yes")', "force", "Policy.__init__"),
    ("managed_policy_description_int", 'iam.ManagedPolicy(stack, "P", description=5)', "description", "ManagedPolicy.__init__"),
    ("user_password_str", 'iam.User(stack, "U", password="secret")', "password", "User.__init__"),
    # -- kms, sns, logs, ssm, secretsmanager, kinesis, cloudwatch -------------------------------------------
    ("key_enable_key_rotation_str", 'kms.Key(stack, "K", enable_key_rotation="true")', "enable_key_rotation", "Key.__init__"),
    ("key_pending_window_int", 'kms.Key(stack, "K", pending_window=7)', "pending_window", "Key.__init__"),
    ("key_alias_int", 'kms.Key(stack, "K", alias=5)', "alias", "Key.__init__"),
    ("key_key_spec_str", 'kms.Key(stack, "K", key_spec="SYMMETRIC_DEFAULT")', "key_spec", "Key.__init__"),
    ("topic_fifo_str", 'sns.Topic(stack, "T", fifo="true")', "fifo", "Topic.__init__"),
    ("topic_topic_name_int", 'sns.Topic(stack, "T", topic_name=5)', "topic_name", "Topic.__init__"),
    ("topic_display_name_construct", 'sns.Topic(stack, "T", display_name=topic)', "display_name", "Topic.__init__"),
    ("log_group_retention_str", 'logs.LogGroup(stack, "L", retention="ONE_WEEK")', "retention", "LogGroup.__init__"),
    ("log_group_log_group_name_int", 'logs.LogGroup(stack, "L", log_group_name=5)', "log_group_name", "LogGroup.__init__"),
    ("log_group_removal_policy_str", 'logs.LogGroup(stack, "L", removal_policy="destroy")', "removal_policy", "LogGroup.__init__"),
    ("string_parameter_string_value_int", 'ssm.StringParameter(stack, "P", string_value=5)', "string_value", "StringParameter.__init__"),
    ("string_parameter_tier_str", 'ssm.StringParameter(stack, "P", string_value="v", tier="Standard")', "tier", "StringParameter.__init__"),
    ("secret_secret_name_int", 'secretsmanager.Secret(stack, "S", secret_name=5)', "secret_name", "Secret.__init__"),
    ("secret_secret_string_value_str", 'secretsmanager.Secret(stack, "S", secret_string_value="plain")', "secret_string_value", "Secret.__init__"),
    ("stream_shard_count_str", 'kinesis.Stream(stack, "K", shard_count="2")', "shard_count", "Stream.__init__"),
    ("stream_retention_period_int", 'kinesis.Stream(stack, "K", retention_period=24)', "retention_period", "Stream.__init__"),
    ("stream_stream_mode_str", 'kinesis.Stream(stack, "K", stream_mode="ON_DEMAND")', "stream_mode", "Stream.__init__"),
    ("alarm_evaluation_periods_str", 'cloudwatch.Alarm(stack, "A", metric=queue.metric_number_of_messages_sent(), threshold=1, evaluation_periods="1")', "evaluation_periods", "Alarm.__init__"),
    ("alarm_threshold_str", 'cloudwatch.Alarm(stack, "A", metric=queue.metric_number_of_messages_sent(), threshold="5", evaluation_periods=1)', "threshold", "Alarm.__init__"),
    ("alarm_comparison_operator_str", 'cloudwatch.Alarm(stack, "A", metric=queue.metric_number_of_messages_sent(), threshold=1, evaluation_periods=1, comparison_operator=">")', "comparison_operator", "Alarm.__init__"),
]

# Calls that must keep working: tokens where aws-cdk-lib takes them, ints for floats, dicts for structs.
ACCEPTED: list[tuple[str, str]] = [
    ("bucket_name_string_token", 's3.Bucket(stack, "B", bucket_name=cdk.Token.as_string(cdk.Aws.ACCOUNT_ID))'),
    ("bucket_name_parameter", 's3.Bucket(stack, "B", bucket_name=cdk.CfnParameter(stack, "Name").value_as_string)'),
    ("queue_size_number_token", 'sqs.Queue(stack, "Q", max_message_size_bytes=cdk.CfnParameter(stack, "Size", type="Number").value_as_number)'),
    ("queue_size_float", 'sqs.Queue(stack, "Q", max_message_size_bytes=2048.0)'),
    ("function_memory_int", f'lambda_.Function(stack, "F", {FN_ARGS}, memory_size=256)'),
    ("function_memory_number_token", f'lambda_.Function(stack, "F", {FN_ARGS}, memory_size=cdk.Token.as_number(cdk.Aws.ACCOUNT_ID))'),
    ("function_environment_string_token", f'lambda_.Function(stack, "F", {FN_ARGS}, environment={{"QUEUE": queue.queue_url}})'),
    ("table_struct_as_dict", 'dynamodb.Table(stack, "T", partition_key={"name": "pk", "type": dynamodb.AttributeType.STRING})'),
    ("role_managed_policies_list", 'iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal(), managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")])'),
    ("role_external_ids_list_token", 'iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal(), external_ids=cdk.Token.as_list(cdk.CfnParameter(stack, "Ids", type="CommaDelimitedList").value_as_list))'),
    ("grant_to_imported_role", 'bucket.grant_read(iam.Role.from_role_arn(stack, "Imported", "arn:aws:iam::123456789012:role/x"))'),
    ("grant_to_function", "queue.grant_send_messages(fn)"),
    ("topic_retention_int_for_float", 'sns.Topic(stack, "T", fifo=True, message_retention_period_in_days=7)'),
    ("log_group_retention_enum", 'logs.LogGroup(stack, "L", retention=logs.RetentionDays.ONE_WEEK)'),
]


def namespace(cdk: Any, modules: dict[str, Any]) -> dict[str, Any]:
    """A fresh app and stack, the modules, and the ready-made constructs of ``PRELUDE``."""
    app = cdk.App()
    stack = cdk.Stack(app, "S")
    ns: dict[str, Any] = {"cdk": cdk, "app": app, "stack": stack, **modules}
    exec(PRELUDE, ns)  # the same source for both libraries
    return ns
