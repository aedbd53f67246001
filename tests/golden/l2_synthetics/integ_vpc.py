"""Port of aws-synthetics integ.vpc: a canary in a VPC (generated security group, the VPC access managed policy),
a given artifacts bucket without prefix, a zip asset and Lambda cleanup."""

import os
import tempfile
import zipfile

import aws_cdk as cdk
from aws_cdk import RemovalPolicy
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_synthetics as synthetics

zip_path = os.path.join(tempfile.mkdtemp(), "canary.zip")
with zipfile.ZipFile(zip_path, "w") as archive:
    archive.writestr(zipfile.ZipInfo("nodejs/node_modules/canary.js", (2020, 1, 1, 0, 0, 0)),
                     "exports.handler = async () => 'ok';\n")

app = cdk.App()
stack = cdk.Stack(app, "canary-vpc")
bucket = s3.Bucket(stack, "MyTestBucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
vpc = ec2.Vpc(stack, "MyVpc", max_azs=2, restrict_default_security_group=False)
synthetics.Canary(stack, "MyVpcCanary", canary_name="canary-vpc",
                  test=synthetics.Test.custom(handler="canary.handler", code=synthetics.Code.from_asset(zip_path)),
                  runtime=synthetics.Runtime.SYNTHETICS_NODEJS_PUPPETEER_7_0,
                  vpc=vpc,
                  artifacts_bucket_location=synthetics.ArtifactsBucketLocation(bucket=bucket),
                  cleanup=synthetics.Cleanup.LAMBDA)
app.synth()
