"""Port of aws-cdk's integ.lambda-alarm-multiple-stepscalingpolicy.ts: two Lambda alarm actions with unique
permission ids on the lower and upper alarms of two step scaling policies of an Auto Scaling group
(IntegTest dropped)."""

from aws_cdk import App, Stack
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_cloudwatch_actions as cloudwatch_actions
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_cloudwatch import Metric

app = App(context={
    "@aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction": True,
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
})
stack = Stack(app, "lambda-alarm-multiple-stepscalingpolicy")

CODE = """
    exports.handler = async (event) => {
      console.log("Alarm triggered:", JSON.stringify(event, null, 2));
    };
  """

my_lambda = lambda_.Function(
    stack, "MyLambda", runtime=lambda_.Runtime.NODEJS_LATEST, handler="index.handler",
    code=lambda_.Code.from_inline(CODE),
)
my_lambda2 = lambda_.Function(
    stack, "MyLambda2", runtime=lambda_.Runtime.NODEJS_LATEST, handler="index.handler",
    code=lambda_.Code.from_inline(CODE),
)

vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)

auto_scaling_group = autoscaling.AutoScalingGroup(
    stack, "Fleet", vpc=vpc,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE2, ec2.InstanceSize.MICRO),
    machine_image=ec2.AmazonLinuxImage(),
)

metric = Metric(namespace="Repro", metric_name="Metric")

policy1 = auto_scaling_group.scale_on_metric(
    "MetricScale1", metric=metric,
    scaling_steps=[autoscaling.ScalingInterval(upper=10, change=-5), autoscaling.ScalingInterval(lower=50, change=5)],
)
policy2 = auto_scaling_group.scale_on_metric(
    "MetricScale2", metric=metric,
    scaling_steps=[autoscaling.ScalingInterval(upper=20, change=-5), autoscaling.ScalingInterval(lower=60, change=5)],
)

lambda_action = cloudwatch_actions.LambdaAction(my_lambda, use_unique_permission_id=True)
lambda_action2 = cloudwatch_actions.LambdaAction(my_lambda2, use_unique_permission_id=True)

for action in (lambda_action, lambda_action2):
    policy1.lower_alarm.add_alarm_action(action)
    policy2.lower_alarm.add_alarm_action(action)
    policy1.upper_alarm.add_alarm_action(action)
    policy2.upper_alarm.add_alarm_action(action)

app.synth()
