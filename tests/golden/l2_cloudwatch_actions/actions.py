"""Every alarm action: SNS, EC2 (per region and partition), SSM OpsItems with and without a category, Incident
Manager, Application Auto Scaling step policies, and Lambda permissions (unique ids, the logical-id flag); actions on PromQL and composite alarms."""

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as actions
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "Actions", env=cdk.Environment(account="123456789012", region="eu-west-1"))
metric = cloudwatch.Metric(namespace="AWS/EC2", metric_name="CPUUtilization",
                           dimensions_map={"InstanceId": "i-0123456789abcdef0"})
alarm = metric.create_alarm(stack, "Cpu", threshold=90, evaluation_periods=2)
topic = sns.Topic(stack, "Topic")
alarm.add_alarm_action(actions.SnsAction(topic), actions.Ec2Action(actions.Ec2InstanceAction.REBOOT))
alarm.add_ok_action(actions.SsmAction(actions.OpsItemSeverity.HIGH, actions.OpsItemCategory.PERFORMANCE))
alarm.add_insufficient_data_action(actions.SsmAction(actions.OpsItemSeverity.LOW),
                                   actions.SsmIncidentAction("plan"),
                                   actions.Ec2Action(actions.Ec2InstanceAction.RECOVER))
target = appscaling.ScalableTarget(stack, "Target", service_namespace=appscaling.ServiceNamespace.DYNAMODB,
                                   resource_id="table/orders", scalable_dimension="dynamodb:table:ReadCapacityUnits",
                                   min_capacity=1, max_capacity=10)
step = appscaling.StepScalingAction(stack, "Step", scaling_target=target)
step.add_adjustment(adjustment=1, lower_bound=0)
alarm.add_alarm_action(actions.ApplicationScalingAction(step))
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(e, c): pass"))
other = metric.with_(statistic="Maximum").create_alarm(stack, "CpuMax", threshold=99, evaluation_periods=1)
alarm.add_alarm_action(actions.LambdaAction(fn, use_unique_permission_id=True))
other.add_alarm_action(actions.LambdaAction(fn, use_unique_permission_id=True))
other.add_ok_action(actions.LambdaAction(fn))

promql = cloudwatch.PromQLAlarm(stack, "Prom", query="up == 0", evaluation_interval=cdk.Duration.minutes(1))
promql.add_alarm_action(actions.SnsAction(topic))
promql.add_ok_action(actions.SsmIncidentAction("plan"))
composite = cloudwatch.CompositeAlarm(stack, "Composite", alarm_rule=cloudwatch.AlarmRule.any_of(alarm, promql))
composite.add_alarm_action(actions.SnsAction(topic), actions.LambdaAction(fn, use_unique_permission_id=True))

flagged = cdk.Stack(app, "Flagged")
flagged.node.set_context("@aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction", True)
fn2 = lambda_.Function(flagged, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                       code=lambda_.Code.from_inline("def handler(e, c): pass"))
for name in ("First", "Second"):
    a = cloudwatch.Metric(namespace="N", metric_name=name).create_alarm(flagged, name, threshold=1,
                                                                        evaluation_periods=1)
    a.add_alarm_action(actions.LambdaAction(fn2), actions.Ec2Action(actions.Ec2InstanceAction.STOP))
app.synth()
