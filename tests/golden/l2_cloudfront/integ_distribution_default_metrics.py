"""Port of aws-cdk's integ.distribution-default-metrics (the default metrics in alarms)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudwatch as cloudwatch


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


class DistributionMetricsTestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        distribution = cloudfront.Distribution(
            self, "Dist", default_behavior=cloudfront.BehaviorOptions(origin=TestOrigin("www.example.com"))
        )

        def create_alarm(name, metric):
            return cloudwatch.Alarm(
                self, name, evaluation_periods=1, threshold=1,
                comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD, metric=metric,
            )

        create_alarm("Alarm1", distribution.metric_requests())
        create_alarm("Alarm2", distribution.metric_bytes_uploaded())
        create_alarm("Alarm3", distribution.metric_bytes_downloaded())
        create_alarm("Alarm4", distribution.metric4xx_error_rate())
        create_alarm("Alarm5", distribution.metric5xx_error_rate())
        create_alarm("Alarm6", distribution.metric_total_error_rate())


app = cdk.App()
DistributionMetricsTestStack(app, "MyTestStack")
app.synth()
