"""Targets: validation messages (word for word from aws-cdk-lib) and behaviour the golden apps do not show."""

from __future__ import annotations

import pytest

from constructs import App, Duration, Environment, Stack, ValidationError
from l2 import apigateway, events, iam, sns, sqs
from l2 import events_targets as targets


def _rule(stack: Stack) -> events.Rule:
    return events.Rule(stack, "Rule", schedule=events.Schedule.rate(Duration.minutes(1)))


def test_sns_role_with_authorize_using_role_false_fails(stack: Stack) -> None:
    topic = sns.Topic(stack, "Topic")
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
    with pytest.raises(ValidationError) as err:
        _rule(stack).add_target(targets.SnsTopic(topic, role=role, authorize_using_role=False))
    assert err.value.bare_message == "Cannot provide a role when authorizeUsingRole is false"
    assert err.value.construct_path == "S/Rule"


def test_api_gateway_wildcards_must_match_path_parameters(stack: Stack) -> None:
    api = apigateway.RestApi(stack, "Api")
    api.root.add_method("GET")
    with pytest.raises(ValidationError) as err:
        _rule(stack).add_target(targets.ApiGateway(api, path="/a/*/b/*", path_parameter_values=["x"]))
    assert err.value.bare_message == (
        "The number of wildcards in the path does not match the number of path pathParameterValues."
    )


def test_batch_job_name_length(stack: Stack) -> None:
    target = targets.BatchJob("arn:q", stack, "arn:d", stack, job_name="x" * 129)
    with pytest.raises(ValidationError) as err:
        _rule(stack).add_target(target)
    assert err.value.bare_message == "Invalid jobName value " + "x" * 129 + ", must have length between 1 and 128, got: 129"


def test_redshift_query_needs_sql(stack: Stack) -> None:
    with pytest.raises(ValidationError) as err:
        _rule(stack).add_target(targets.RedshiftQuery("arn:c", database="dev", sql=[]))
    assert err.value.bare_message == "At least one SQL statement must be specified."


def test_dead_letter_queue_must_be_in_the_rule_region() -> None:
    app = App()
    stack = Stack(app, "S", env=Environment(account="111111111111", region="us-east-1"))
    dlq = sqs.Queue.from_queue_arn(stack, "Dlq", "arn:aws:sqs:eu-west-1:111111111111:dlq")
    queue = sqs.Queue(stack, "Queue")
    with pytest.raises(ValidationError) as err:
        _rule(stack).add_target(targets.SqsQueue(queue, dead_letter_queue=dlq))
    assert err.value.bare_message == (
        "Cannot assign Dead Letter Queue in region eu-west-1 to the rule SRuleE742E7D9 in region us-east-1. Both the "
        "queue and the rule must be in the same region."
    )


def test_dead_letter_queue_in_another_account_warns() -> None:
    app = App()
    stack = Stack(app, "S", env=Environment(account="111111111111", region="us-east-1"))
    dlq = sqs.Queue.from_queue_arn(stack, "Dlq", "arn:aws:sqs:us-east-1:222222222222:dlq")
    queue = sqs.Queue(stack, "Queue")
    _rule(stack).add_target(targets.SqsQueue(queue, dead_letter_queue=dlq))
    messages = app.synth().get_stack_artifact("S").messages
    warnings = [m.entry["data"] for m in messages if m.entry["type"] == "aws:cdk:warning"]
    assert len(warnings) == 1
    assert warnings[0].startswith("Cannot add a resource policy to your dead letter queue associated with rule ")
    assert "You must add the resource policy manually to the dead letter queue in account 222222222222." in warnings[0]


def test_lambda_permission_is_added_once_per_rule_and_function(stack: Stack, synth) -> None:
    from l2 import lambda_

    fn = lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(e, c):\n    return e\n"),
    )
    rule = _rule(stack)
    rule.add_target(targets.LambdaFunction(fn))
    rule.add_target(targets.LambdaFunction(fn, retry_attempts=2))
    resources = synth(stack)["Resources"]
    permissions = [k for k, v in resources.items() if v["Type"] == "AWS::Lambda::Permission"]
    assert len(permissions) == 1
    assert permissions[0].startswith("RuleAllowEventRuleSFn")
    targets_rendered = resources["Rule4C995B7F"]["Properties"]["Targets"]
    assert [t["Id"] for t in targets_rendered] == ["Target0", "Target1"]
    assert targets_rendered[1]["RetryPolicy"] == {"MaximumRetryAttempts": 2}


def test_log_group_target_input_defaults_to_time_and_detail_type(stack: Stack, synth) -> None:
    queue = sqs.Queue(stack, "Queue")
    rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["x"]))
    rule.add_target(targets.SqsQueue(queue, message=targets.LogGroupTargetInput.from_object_v2()))
    target = synth(stack)["Resources"]["Rule4C995B7F"]["Properties"]["Targets"][0]
    assert target["InputTransformer"] == {
        "InputPathsMap": {"time": "$.time", "detail-type": "$.detail-type"},
        "InputTemplate": '{"timestamp":<time>,"message":<detail-type>}',
    }


def test_app_sync_requires_iam_authorization(stack: Stack) -> None:
    from l2 import appsync

    api = appsync.GraphqlApi.from_graphql_api_attributes(
        stack, "Api", graphql_api_id="x", graph_ql_endpoint_arn="arn:aws:appsync:us-east-1:123456789012:apis/x",
        modes=[appsync.AuthorizationType.API_KEY], visibility=appsync.Visibility.GLOBAL,
    )
    with pytest.raises(ValidationError) as err:
        _rule(stack).add_target(targets.AppSync(api, graph_ql_operation="mutation M { m }"))
    assert err.value.bare_message == (
        "You must have AWS_IAM authorization mode enabled on your API to configure an AppSync target"
    )


class _TaskDefinition:
    """A task-definition-shaped object that is not a construct."""

    task_definition_arn = "arn:aws:ecs:us-east-1:123456789012:task-definition/td:1"
    network_mode = "awsvpc"
    is_ec2_compatible = False
    is_fargate_compatible = False
    execution_role = None

    def __init__(self, scope: Stack) -> None:
        from constructs import Construct

        self.node = Construct(scope, "TaskDefinition").node


def _role(stack: Stack) -> iam.Role:
    return iam.Role(stack, "TaskRole", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))


def _cluster(stack: Stack):
    from l2 import ec2

    class Cluster:
        cluster_arn = "arn:aws:ecs:us-east-1:123456789012:cluster/c"
        cluster_name = "c"
        vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
        env = stack

    Cluster.stack = stack
    return Cluster()


def test_ecs_task_needs_a_construct_to_create_a_security_group(stack: Stack) -> None:
    from constructs import UnscopedValidationError

    with pytest.raises(UnscopedValidationError) as err:
        targets.EcsTask(cluster=_cluster(stack), task_definition=_TaskDefinition(stack), role=_role(stack))
    assert err.value.bare_message == (
        "Cannot create a security group for ECS task. The task definition in ECS task is not a Construct. Please "
        "pass a taskDefinition as a Construct in EcsTaskProps."
    )


def test_ecs_task_propagate_tags_values(stack: Stack) -> None:
    from constructs import UnscopedValidationError

    with pytest.raises(UnscopedValidationError) as err:
        targets.EcsTask(cluster=_cluster(stack), task_definition=_TaskDefinition(stack), propagate_tags="SERVICE")
    assert err.value.bare_message == "When propagateTags is passed, it must be set to TASK_DEFINITION or NONE."


def test_ecs_task_public_ip_needs_public_subnets(stack: Stack) -> None:
    from l2 import ec2

    cluster = _cluster(stack)
    sg = ec2.SecurityGroup(stack, "Sg", vpc=cluster.vpc)
    task = targets.EcsTask(
        cluster=cluster,
        task_definition=_TaskDefinition(stack),
        security_groups=[sg],
        assign_public_ip=True,
        role=_role(stack),
    )
    with pytest.raises(ValidationError) as err:
        _rule(stack).add_target(task)
    assert err.value.bare_message == "assignPublicIp should be set to true only for PUBLIC subnets"


def test_ecs_task_ephemeral_storage_range(stack: Stack) -> None:
    from l2 import ec2

    cluster = _cluster(stack)
    sg = ec2.SecurityGroup(stack, "Sg", vpc=cluster.vpc)
    task = targets.EcsTask(
        cluster=cluster,
        task_definition=_TaskDefinition(stack),
        security_groups=[sg],
        ephemeral_storage=targets.EphemeralStorageOverride(size_in_gib=10),
        role=_role(stack),
    )
    with pytest.raises(ValidationError) as err:
        _rule(stack).add_target(task)
    assert err.value.bare_message == "Ephemeral storage size must be between 20 GiB and 200 GiB."
