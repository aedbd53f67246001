"""Wrong-typed calls of the public classes of ``l2`` that are neither constructs nor structs (issue 13, group 3):
``Code``, ``Runtime``, principals, ``PolicyStatement``/``PolicyDocument``, ``Schedule``, ``RuleTargetInput``,
``Port``/``Peer``, ``Metric``, ``FilterPattern``, ``BlockPublicAccess``, targets, subscriptions, event sources and
integrations. Shared by ``test_types_values.py`` and ``_types_values_oracle.py`` (which runs the same source with
aws-cdk-lib 2.275 and writes ``types_values_expected.json``).

The source runs in ``_types_cases.namespace`` (``app``, ``stack``, ``bucket``, ``queue``, ``fn``, ``table``,
``role``, ``topic``) with the modules of ``MODULE_NAMES`` under their aws-cdk-lib Python names. A case is
``(id, source, argument, owner)``: ``argument`` is the parameter pycdk's error must name, ``owner`` the
``Class.method`` prefix of the message.
"""

from __future__ import annotations

MODULE_NAMES = (
    "s3", "sqs", "lambda_", "dynamodb", "iam", "sns", "events", "events_targets", "ec2", "cloudwatch", "logs",
    "sns_subscriptions", "lambda_event_sources", "apigateway",
)

CASES: list[tuple[str, str, str, str]] = [
    # -- lambda_: Code, Runtime -----------------------------------------------------------------------------
    ("code_from_inline_int", "lambda_.Code.from_inline(5)", "code", "Code.from_inline"),
    ("code_from_asset_int", "lambda_.Code.from_asset(5)", "path", "Code.from_asset"),
    ("code_from_bucket_str", 'lambda_.Code.from_bucket("my-bucket", "key.zip")', "bucket", "Code.from_bucket"),
    ("code_from_bucket_key_int", "lambda_.Code.from_bucket(bucket, 5)", "key", "Code.from_bucket"),
    ("runtime_name_int", "lambda_.Runtime(5)", "name", "Runtime.__init__"),
    ("runtime_family_str", 'lambda_.Runtime("python3.12", "PYTHON")', "family", "Runtime.__init__"),
    ("runtime_supports_inline_str", 'lambda_.Runtime("python3.12", supports_inline_code="yes")',
     "supports_inline_code", "Runtime.__init__"),
    # -- iam: principals ------------------------------------------------------------------------------------
    ("service_principal_int", "iam.ServicePrincipal(5)", "service", "ServicePrincipal.__init__"),
    ("service_principal_conditions_str", 'iam.ServicePrincipal("sns.amazonaws.com", conditions="x")',
     "conditions", "ServicePrincipal.__init__"),
    ("arn_principal_int", "iam.ArnPrincipal(5)", "arn", "ArnPrincipal.__init__"),
    ("organization_principal_int", "iam.OrganizationPrincipal(5)", "organization_id",
     "OrganizationPrincipal.__init__"),
    ("federated_principal_int", "iam.FederatedPrincipal(5)", "federated", "FederatedPrincipal.__init__"),
    ("composite_principal_str", 'iam.CompositePrincipal("lambda.amazonaws.com")', "principals",
     "CompositePrincipal.__init__"),
    ("principal_with_conditions_list", 'iam.ServicePrincipal("sns.amazonaws.com").with_conditions(["a"])',
     "conditions", "PrincipalBase.with_conditions"),
    # -- iam: PolicyStatement, PolicyDocument ---------------------------------------------------------------
    ("statement_actions_str", 'iam.PolicyStatement(actions="s3:GetObject")', "actions", "PolicyStatement.__init__"),
    ("statement_resources_int", "iam.PolicyStatement(resources=[5])", "resources", "PolicyStatement.__init__"),
    ("statement_effect_str", 'iam.PolicyStatement(effect="Allow")', "effect", "PolicyStatement.__init__"),
    ("statement_principals_str", 'iam.PolicyStatement(principals=["lambda.amazonaws.com"])', "principals",
     "PolicyStatement.__init__"),
    ("statement_sid_int", "iam.PolicyStatement(sid=5)", "sid", "PolicyStatement.__init__"),
    ("statement_add_actions_int", "iam.PolicyStatement().add_actions(5)", "actions",
     "PolicyStatement.add_actions"),
    ("statement_add_resources_list", 'iam.PolicyStatement().add_resources(["arn:aws:s3:::b"])', "arns",
     "PolicyStatement.add_resources"),
    ("statement_add_condition_key_int", 'iam.PolicyStatement().add_condition(5, {"a": "b"})', "key",
     "PolicyStatement.add_condition"),
    ("document_statements_str", 'iam.PolicyDocument(statements="x")', "statements", "PolicyDocument.__init__"),
    ("document_assign_sids_str", 'iam.PolicyDocument(assign_sids="yes")', "assign_sids",
     "PolicyDocument.__init__"),
    ("document_add_statements_dict", 'iam.PolicyDocument().add_statements({"Effect": "Allow"})', "statement",
     "PolicyDocument.add_statements"),
    # -- events: Schedule, RuleTargetInput, targets ---------------------------------------------------------
    ("schedule_rate_int", "events.Schedule.rate(5)", "duration", "Schedule.rate"),
    ("schedule_expression_int", "events.Schedule.expression(5)", "expression", "Schedule.expression"),
    ("schedule_cron_minute_int", "events.Schedule.cron(minute=0)", "minute", "Schedule.cron"),
    ("target_input_from_text_int", "events.RuleTargetInput.from_text(5)", "text", "RuleTargetInput.from_text"),
    ("events_target_sqs_str", 'events_targets.SqsQueue("my-queue")', "queue", "SqsQueue.__init__"),
    ("events_target_lambda_int", "events_targets.LambdaFunction(5)", "handler", "LambdaFunction.__init__"),
    # -- ec2: Port, Peer ------------------------------------------------------------------------------------
    ("port_tcp_str", 'ec2.Port.tcp("80")', "port", "Port.tcp"),
    ("port_tcp_range_str", 'ec2.Port.tcp_range(80, "90")', "end_port", "Port.tcp_range"),
    ("peer_ipv4_int", "ec2.Peer.ipv4(5)", "cidr_ip", "Peer.ipv4"),
    # -- cloudwatch, logs, s3 -------------------------------------------------------------------------------
    ("metric_namespace_int", 'cloudwatch.Metric(namespace=5, metric_name="M")', "namespace", "Metric.__init__"),
    ("metric_period_int", 'cloudwatch.Metric(namespace="N", metric_name="M", period=300)', "period",
     "Metric.__init__"),
    ("metric_with_label_int", 'cloudwatch.Metric(namespace="N", metric_name="M").with_(label=5)', "label",
     "Metric.with_"),
    ("filter_pattern_literal_int", "logs.FilterPattern.literal(5)", "log_pattern_string", "FilterPattern.literal"),
    ("filter_pattern_all_terms_int", "logs.FilterPattern.all_terms(5)", "terms", "FilterPattern.all_terms"),
    ("block_public_access_str", 's3.BlockPublicAccess(block_public_acls="yes")', "block_public_acls",
     "BlockPublicAccess.__init__"),
    # -- subscriptions, event sources, integrations ---------------------------------------------------------
    ("sqs_subscription_str", 'sns_subscriptions.SqsSubscription("my-queue")', "queue", "SqsSubscription.__init__"),
    ("email_subscription_int", "sns_subscriptions.EmailSubscription(5)", "email_address",
     "EmailSubscription.__init__"),
    ("sqs_event_source_batch_size_str", 'lambda_event_sources.SqsEventSource(queue, batch_size="10")',
     "batch_size", "SqsEventSource.__init__"),
    ("sqs_event_source_queue_str", 'lambda_event_sources.SqsEventSource("my-queue")', "queue",
     "SqsEventSource.__init__"),
    ("lambda_integration_proxy_str", 'apigateway.LambdaIntegration(fn, proxy="true")', "proxy",
     "LambdaIntegration.__init__"),
]

# valid calls, tokens included: both libraries accept them
ACCEPTED: list[tuple[str, str]] = [
    ("code_from_inline_token", 'lambda_.Code.from_inline(cdk.CfnParameter(stack, "P").value_as_string)'),
    ("runtime_valid", 'lambda_.Runtime("python3.12", lambda_.RuntimeFamily.PYTHON, supports_inline_code=True)'),
    ("service_principal_token", 'iam.ServicePrincipal(cdk.CfnParameter(stack, "P").value_as_string)'),
    ("service_principal_conditions", 'iam.ServicePrincipal("sns.amazonaws.com", conditions={"StringEquals": {"a": "b"}})'),
    ("statement_token_resources", 'iam.PolicyStatement(actions=["s3:GetObject"], resources=[bucket.bucket_arn], principals=[iam.AccountRootPrincipal()], conditions={"Bool": {"aws:SecureTransport": "true"}})'),
    ("statement_from_json_dict", 'iam.PolicyStatement.from_json({"Effect": "Allow", "Action": "s3:*", "Resource": "*"})'),
    ("statement_add_actions_many", 'iam.PolicyStatement().add_actions("s3:GetObject", "s3:PutObject")'),
    ("document_statements", 'iam.PolicyDocument(statements=[iam.PolicyStatement(actions=["s3:*"], resources=["*"])])'),
    ("schedule_rate_duration", "events.Schedule.rate(cdk.Duration.minutes(5))"),
    ("schedule_cron_strings", 'events.Schedule.cron(minute="0", hour="4")'),
    ("target_input_from_object_dict", 'events.RuleTargetInput.from_object({"a": 1})'),
    ("port_tcp_number_token", 'ec2.Port.tcp(cdk.CfnParameter(stack, "P", type="Number").value_as_number)'),
    ("peer_ipv4_valid", 'ec2.Peer.ipv4("10.0.0.0/16")'),
    ("metric_valid", 'cloudwatch.Metric(namespace="N", metric_name="M", period=cdk.Duration.minutes(1), dimensions_map={"A": "b"})'),
    ("sqs_event_source_valid", "lambda_event_sources.SqsEventSource(queue, batch_size=10, max_batching_window=cdk.Duration.seconds(1))"),
    ("lambda_integration_valid", "apigateway.LambdaIntegration(fn, proxy=True)"),
    ("events_target_sqs_valid", "events_targets.SqsQueue(queue)"),
    ("sqs_subscription_valid", "sns_subscriptions.SqsSubscription(queue, raw_message_delivery=True)"),
]
