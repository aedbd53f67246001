"""StateMachine and Activity: imports, every grant, metrics in alarms, roles, encryption, removal, JSONata."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "StateMachineResources", env=cdk.Environment(account="123456789012", region="eu-west-1"))
user = iam.User(stack, "User")
role = iam.Role(stack, "ExecRole", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))

jsonata = sfn.Pass.jsonata(stack, "Start", outputs={"now": "{% $now() %}"}, assign={"started": True})
jsonata_choice = sfn.Choice.jsonata(stack, "Check")
jsonata_choice.when(sfn.Condition.jsonata("{% $states.input.ok %}"), sfn.Succeed.jsonata(stack, "Ok"),
                    outputs={"ok": True}, assign={"answer": "yes"})
jsonata_choice.otherwise(sfn.Fail.jsonata(stack, "NotOk", error="NotOk", cause="{% $states.input.why %}"))
parallel = sfn.Parallel.jsonata(stack, "Both", arguments={"x": "{% $states.input.x %}"}, outputs="{% $states.result %}")
parallel.branch(sfn.Wait.jsonata(stack, "Pause", time=sfn.WaitTime.seconds("{% $states.input.pause %}")))
parallel.add_catch(sfn.Fail(stack, "Caught"), outputs={"error": "{% $states.errorOutput %}"},
                   assign={"failed": True})
mapped = sfn.Map.jsonata(stack, "Each", items=sfn.ProvideItems.json_array([1, 2, 3]), max_concurrency=2,
                         item_selector={"value": "{% $states.context.Map.Item.Value %}"})
mapped.item_processor(sfn.Pass.jsonata(stack, "Item"))
sm = sfn.StateMachine(
    stack, "Machine",
    definition_body=sfn.DefinitionBody.from_chainable(jsonata.next(parallel).next(mapped).next(jsonata_choice)),
    query_language=sfn.QueryLanguage.JSONATA,
    state_machine_name="my-machine",
    role=role,
    removal_policy=cdk.RemovalPolicy.RETAIN,
    encryption_configuration=sfn.AwsOwnedEncryptionConfiguration(),
    logs=sfn.LogOptions(destination=logs.LogGroup(stack, "Logs"), level=sfn.LogLevel.ERROR,
                        include_execution_data=False),
    definition_substitutions={"Placeholder": "value"},
)
sm.grant_start_execution(user)
sm.grant_start_sync_execution(user)
sm.grant_read(user)
sm.grant_task_response(user)
sm.grant_execution(user, "states:GetExecutionHistory")
sm.grant_redrive_execution(user)
sm.grant(user, "states:DescribeStateMachine")
sm.add_to_role_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))

imported = sfn.StateMachine.from_state_machine_name(stack, "ByName", "other-machine")
imported.grant_start_execution(user)
by_arn = sfn.StateMachine.from_state_machine_arn(
    stack, "ByArn", "arn:aws:states:eu-west-1:123456789012:stateMachine:third")
by_arn.grant_read(user)
sfn.StateMachineGrants.from_state_machine(sm).redrive_execution(user)

activity = sfn.Activity(stack, "Activity")
activity.grant(user, "states:SendTaskSuccess")
named_activity = sfn.Activity(stack, "NamedActivity", activity_name="named")
imported_activity = sfn.Activity.from_activity_name(stack, "ImportedActivity", "worker")
cdk.CfnOutput(stack, "ImportedActivityName", value=imported_activity.activity_name)
cdk.CfnOutput(stack, "ActivityName", value=named_activity.activity_name)
cdk.CfnOutput(stack, "Revision", value=sm.state_machine_revision_id)
cdk.CfnOutput(stack, "MachineName", value=sm.state_machine_name)

metrics = [
    sm.metric_failed(), sm.metric_throttled(), sm.metric_aborted(), sm.metric_succeeded(),
    sm.metric_timed_out(), sm.metric_started(), sm.metric_time(period=cdk.Duration.minutes(1)),
    sm.metric("ExecutionsRedriven", statistic="Maximum"),
    activity.metric_run_time(), activity.metric_schedule_time(), activity.metric_time(),
    activity.metric_scheduled(), activity.metric_timed_out(), activity.metric_started(),
    activity.metric_succeeded(), activity.metric_failed(), activity.metric_heartbeat_timed_out(),
    activity.metric("Custom"),
    sfn.StateTransitionMetric.metric_provisioned_bucket_size(),
    sfn.StateTransitionMetric.metric_provisioned_refill_rate(),
    sfn.StateTransitionMetric.metric_consumed_capacity(),
    sfn.StateTransitionMetric.metric_throttled_events(),
]
for i, metric in enumerate(metrics):
    cloudwatch.Alarm(stack, f"Alarm{i}", metric=metric, threshold=1, evaluation_periods=1)

express = sfn.StateMachine(stack, "Express", definition=sfn.Pass(stack, "Only"),
                           state_machine_type=sfn.StateMachineType.EXPRESS)
express.grant_start_sync_execution(user)

app.synth()
