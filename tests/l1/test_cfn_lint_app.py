"""An app with 20 different L1 types synthesizes a template that cfn-lint 1.58.0 passes with zero errors."""

from __future__ import annotations

import json

from _l1_apps import new_stack, template
from cfnlint.api import ManualArgs, lint

from constructs import Aws, CfnTag, Fn, Stack, Tags
from l1 import (
    cloudwatch,
    dynamodb,
    ec2,
    events,
    iam,
    kms,
    lambda_,
    logs,
    s3,
    sns,
    sqs,
    ssm,
    stepfunctions,
)


def _build(stack: Stack) -> None:
    key = kms.CfnKey(stack, "Key", enable_key_rotation=True, key_policy={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:{Aws.PARTITION}:iam::{Aws.ACCOUNT_ID}:root"},
                       "Action": "kms:*", "Resource": "*"}],
    })
    kms.CfnAlias(stack, "KeyAlias", alias_name="alias/lint-app", target_key_id=key.ref)
    bucket = s3.CfnBucket(
        stack, "Bucket",
        versioning_configuration=s3.CfnBucket.VersioningConfigurationProperty(status="Enabled"),
        bucket_encryption={"server_side_encryption_configuration": [
            s3.CfnBucket.ServerSideEncryptionRuleProperty(server_side_encryption_by_default={
                "sse_algorithm": "aws:kms", "kms_master_key_id": key.attr_arn,
            })
        ]},
        tags=[CfnTag(key="app", value="lint")],
    )
    s3.CfnBucketPolicy(stack, "BucketPolicy", bucket=bucket.ref, policy_document={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*",
                       "Resource": [bucket.attr_arn, Fn.join("", [bucket.attr_arn, "/*"])],
                       "Condition": {"Bool": {"aws:SecureTransport": "false"}}}],
    })
    dlq = sqs.CfnQueue(stack, "DeadLetters", message_retention_period=1209600)
    queue = sqs.CfnQueue(stack, "Queue", visibility_timeout=60,
                         redrive_policy={"deadLetterTargetArn": dlq.attr_arn, "maxReceiveCount": 3})
    topic = sns.CfnTopic(stack, "Topic", display_name="lint")
    sns.CfnSubscription(stack, "Subscription", topic_arn=topic.ref, protocol="sqs", endpoint=queue.attr_arn)
    role = iam.CfnRole(stack, "Role", assume_role_policy_document={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": ["lambda.amazonaws.com", "states.amazonaws.com"]},
                       "Action": "sts:AssumeRole"}],
    })
    iam.CfnPolicy(stack, "RolePolicy", policy_name="queue", roles=[role.ref], policy_document={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": queue.attr_arn}],
    })
    group = logs.CfnLogGroup(stack, "Logs", retention_in_days=30)
    fn = lambda_.CfnFunction(
        stack, "Function", code=lambda_.CfnFunction.CodeProperty(zip_file="def handler(e, c):\n    return e\n"),
        handler="index.handler", runtime="python3.12", role=role.attr_arn, timeout=30, memory_size=256,
        environment={"variables": {"QUEUE_URL": queue.ref}},
        logging_config=lambda_.CfnFunction.LoggingConfigProperty(log_group=group.ref),
    )
    lambda_.CfnPermission(stack, "Invoke", action="lambda:InvokeFunction", function_name=fn.attr_arn,
                          principal="events.amazonaws.com")
    dynamodb.CfnTable(
        stack, "Table", billing_mode="PAY_PER_REQUEST",
        key_schema=[dynamodb.CfnTable.KeySchemaProperty(attribute_name="pk", key_type="HASH")],
        attribute_definitions=[dynamodb.CfnTable.AttributeDefinitionProperty(attribute_name="pk", attribute_type="S")],
    )
    vpc = ec2.CfnVPC(stack, "Vpc", cidr_block="10.0.0.0/16")
    ec2.CfnSubnet(stack, "Subnet", vpc_id=vpc.ref, cidr_block="10.0.1.0/24",
                  availability_zone=Fn.select(0, Fn.get_azs()))
    ec2.CfnSecurityGroup(stack, "Sg", group_description="lint", vpc_id=vpc.ref, security_group_ingress=[
        ec2.CfnSecurityGroup.IngressProperty(ip_protocol="tcp", from_port=443, to_port=443, cidr_ip="10.0.0.0/8"),
    ])
    events.CfnRule(stack, "Schedule", schedule_expression="rate(1 hour)",
                   targets=[events.CfnRule.TargetProperty(arn=fn.attr_arn, id="fn")])
    cloudwatch.CfnAlarm(
        stack, "Alarm", namespace="AWS/SQS", metric_name="ApproximateNumberOfMessagesVisible",
        dimensions=[cloudwatch.CfnAlarm.DimensionProperty(name="QueueName", value=queue.attr_queue_name)],
        statistic="Maximum", period=60, evaluation_periods=1, threshold=100,
        comparison_operator="GreaterThanThreshold", alarm_actions=[topic.ref],
    )
    ssm.CfnParameter(stack, "Param", type="String", value=bucket.ref, tags={"app": "lint"})
    stepfunctions.CfnStateMachine(stack, "Machine", role_arn=role.attr_arn, definition={
        "StartAt": "Invoke",
        "States": {"Invoke": {"Type": "Task", "Resource": fn.attr_arn, "End": True}},
    })
    Tags.of(stack).add("stage", "test")


def test_twenty_l1_types_pass_cfn_lint_with_zero_errors() -> None:
    app, stack = new_stack("LintApp")
    _build(stack)
    synthesized = template(app, stack)
    types = {resource["Type"] for resource in synthesized["Resources"].values()}
    assert len(types) == 20
    matches = lint(json.dumps(synthesized), config=ManualArgs(regions=["us-east-1"]))
    errors = [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]
    assert errors == []


def test_the_lint_check_does_catch_errors() -> None:
    app, stack = new_stack("LintControl")
    queue = sqs.CfnQueue(stack, "Queue")
    queue.add_property_override("NotAQueueProperty", 1)
    matches = lint(json.dumps(template(app, stack)), config=ManualArgs(regions=["us-east-1"]))
    assert [m.rule.id for m in matches if m.rule.id.startswith("E")] == ["E3002"]
