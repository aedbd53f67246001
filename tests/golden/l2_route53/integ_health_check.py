"""Port of aws-cdk's aws-route53 integ.health-check.ts: HTTP, HTTPS, TCP, calculated, CloudWatch-metric and
recovery-control health checks on weighted records."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53recoverycontrol as route53recoverycontrol

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-cdk-route53-health-check")
zone = route53.HostedZone(stack, "HostedZone", zone_name="cdk.test")


def weighted_pair(name, record_name, health_check):
    route53.ARecord(stack, f"ARecord{name}", zone=zone, record_name=record_name,
                    target=route53.RecordTarget.from_values("1.2.3.4"), health_check=health_check, weight=100)
    route53.ARecord(stack, f"ARecord{name}2", zone=zone, record_name=record_name,
                    target=route53.RecordTarget.from_values("5.6.7.8"), weight=0)


http = route53.HealthCheck(stack, "HealthCheckHttp", type=route53.HealthCheckType.HTTP, fqdn="lb.cdk.test",
                           resource_path="/health")
weighted_pair("Http", None, http)
https = route53.HealthCheck(stack, "HealthCheckHttps", type=route53.HealthCheckType.HTTPS, fqdn="lb-ssl.cdk.test",
                            resource_path="/health", port=443)
weighted_pair("Https", "_foo", https)
tcp = route53.HealthCheck(stack, "HealthCheckTcp", type=route53.HealthCheckType.TCP, fqdn="lb-tcp.cdk.test",
                          port=443)
weighted_pair("Tcp", "_bar", tcp)
calculated = route53.HealthCheck(stack, "HealthCheckCalculated", type=route53.HealthCheckType.CALCULATED,
                                 health_threshold=2, child_health_checks=[http, https])
weighted_pair("Calculated", "_calculated", calculated)

fn = lambda_.Function(stack, "LambdaFunction", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
                      code=lambda_.Code.from_inline(
                          'exports.handler = async function(event) { return { statusCode: 200, body: "OK" }; }'))
alarm = cloudwatch.Alarm(stack, "Alarm", metric=fn.metric_errors(period=cdk.Duration.minutes(1)), threshold=100,
                         evaluation_periods=10)
cw = route53.HealthCheck(stack, "HealthCheckCloudWatch", type=route53.HealthCheckType.CLOUDWATCH_METRIC,
                         alarm_identifier=route53.AlarmIdentifier(region=stack.region, name=alarm.alarm_name))
weighted_pair("CloudWatch", "_cloudwatch", cw)

routing_control = route53recoverycontrol.CfnRoutingControl(
    stack, "RoutingControl", name="routing-control-name",
    cluster_arn=route53recoverycontrol.CfnCluster(stack, "Cluster", name="cluster").attr_cluster_arn,
)
rc = route53.HealthCheck(stack, "HealthCheckRecoveryControl", type=route53.HealthCheckType.RECOVERY_CONTROL,
                         routing_control=routing_control.attr_routing_control_arn)
weighted_pair("RecoveryControl", "_recoverycontrol", rc)
app.synth()
