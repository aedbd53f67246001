"""Port of aws-cdk integ.bucket-deployment.ts (IntegTest and its assertion dropped; website files in assets/).

Adapted: without ``DeployMeWithEfsStorage`` (``use_efs`` needs ``aws_efs.FileSystem``, which pycdk lacks; the
original also declares two VPCs with the id ``InlineVpc``, which this port keeps once).
"""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy

SITE = "assets/my-website"


class TestBucketDeployment(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        destination_bucket = s3.Bucket(self, "Destination", website_index_document="index.html",
                                       public_read_access=False, removal_policy=cdk.RemovalPolicy.DESTROY,
                                       auto_delete_objects=True)
        s3deploy.BucketDeployment(self, "DeployMe", sources=[s3deploy.Source.asset(SITE)],
                                  destination_bucket=destination_bucket, retain_on_delete=False)
        vpc = ec2.Vpc(self, "InlineVpc", restrict_default_security_group=False)
        sg1 = ec2.SecurityGroup(self, "s3deploy-sg", vpc=vpc, allow_all_outbound=False, disable_inline_rules=False)
        sg1.add_egress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(443))
        s3deploy.BucketDeployment(self, "DeployWithSecurityGroup", sources=[s3deploy.Source.asset(SITE)],
                                  destination_bucket=destination_bucket, destination_key_prefix="data/", vpc=vpc,
                                  security_groups=[sg1], retain_on_delete=False)
        bucket2 = s3.Bucket(self, "Destination2", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        s3deploy.BucketDeployment(self, "DeployWithPrefix", sources=[s3deploy.Source.asset(SITE)],
                                  destination_bucket=bucket2, destination_key_prefix="deploy/here/",
                                  retain_on_delete=False)
        bucket3 = s3.Bucket(self, "Destination3", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        s3deploy.BucketDeployment(
            self, "DeployWithMetadata", sources=[s3deploy.Source.asset(SITE)], destination_bucket=bucket3,
            retain_on_delete=False,
            cache_control=[s3deploy.CacheControl.set_public(), s3deploy.CacheControl.max_age(cdk.Duration.minutes(1))],
            content_type="text/html", metadata={"A": "aaa", "B": "bbb", "C": "ccc"})
        s3deploy.BucketDeployment(self, "DeployMeWithoutDeletingFilesOnDestination",
                                  sources=[s3deploy.Source.asset(SITE)], destination_bucket=destination_bucket,
                                  prune=False, retain_on_delete=False)
        s3deploy.BucketDeployment(self, "DeployMeWithExcludedFilesOnDestination",
                                  sources=[s3deploy.Source.asset(SITE)], destination_bucket=destination_bucket,
                                  exclude=["*.gif"], retain_on_delete=False)
        bucket4 = s3.Bucket(self, "Destination4", public_read_access=False, removal_policy=cdk.RemovalPolicy.DESTROY,
                            auto_delete_objects=True)
        s3deploy.BucketDeployment(self, "DeployMeWithoutExtractingFilesOnDestination",
                                  sources=[s3deploy.Source.asset(SITE)], destination_bucket=bucket4, extract=False,
                                  retain_on_delete=False)
        self.bucket5 = s3.Bucket(self, "Destination5", public_read_access=False,
                                 removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        deploy5 = s3deploy.BucketDeployment(self, "DeployMe5", sources=[s3deploy.Source.asset("assets/my-website-second")],
                                            destination_bucket=self.bucket5, retain_on_delete=False)
        deploy5.add_source(s3deploy.Source.data("some-key", "helloworld"))


app = cdk.App()
TestBucketDeployment(app, "test-bucket-deployments-2")
app.synth()
