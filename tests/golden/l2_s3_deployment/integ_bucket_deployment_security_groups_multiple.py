"""Port of aws-cdk integ.bucket-deployment-security-groups-multiple.ts (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy


class TestBucketDeploymentSecurityGroupsMultiple(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "TestVpc", restrict_default_security_group=False)
        sg1 = ec2.SecurityGroup(self, "SecurityGroup1", vpc=vpc, description="Security group 1 - allow all outbound",
                                allow_all_outbound=True)
        sg2 = ec2.SecurityGroup(self, "SecurityGroup2", vpc=vpc, description="Security group 2 - restrictive outbound",
                                allow_all_outbound=False)
        sg2.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "Allow HTTPS outbound for S3 access")
        destination_bucket = s3.Bucket(self, "Destination", website_index_document="index.html",
                                       public_read_access=False, removal_policy=cdk.RemovalPolicy.DESTROY,
                                       auto_delete_objects=True)
        s3deploy.BucketDeployment(self, "DeployWithMultipleSecurityGroups",
                                  sources=[s3deploy.Source.asset("assets/my-website")],
                                  destination_bucket=destination_bucket, destination_key_prefix="multiple-sg/",
                                  vpc=vpc, security_groups=[sg1, sg2], retain_on_delete=False)


app = cdk.App()
TestBucketDeploymentSecurityGroupsMultiple(app, "test-bucket-deployment-multiple-security-groups")
app.synth()
