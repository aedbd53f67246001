"""Port of aws-cdk's aws-route53-targets integ.bucket-website-target.ts: A records aliased to an S3 website."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets
from aws_cdk import aws_s3 as s3


@jsii.implements(targets.IAliasRecordTargetProps)
class AliasProps:
    """An ``IAliasRecordTargetProps`` (a jsii interface: implemented by a class)."""

    def __init__(self, evaluate_target_health=None, hosted_zone_id=None):
        self._evaluate_target_health = evaluate_target_health
        self._hosted_zone_id = hosted_zone_id

    @property
    def evaluate_target_health(self):
        return self._evaluate_target_health

    @property
    def hosted_zone_id(self):
        return self._hosted_zone_id


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-cdk-s3-integ", env=cdk.Environment(region="us-east-1"))
bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY)
zone = route53.PublicHostedZone(stack, "HostedZone", zone_name="test.public")
route53.ARecord(stack, "Alias", zone=zone, record_name="without-health-check",
                target=route53.RecordTarget.from_alias(targets.BucketWebsiteTarget(bucket)))
route53.ARecord(stack, "AliasWithHealthCheck", zone=zone, record_name="with-health-check",
                target=route53.RecordTarget.from_alias(
                    targets.BucketWebsiteTarget(bucket, AliasProps(evaluate_target_health=True))
                ))
app.synth()
