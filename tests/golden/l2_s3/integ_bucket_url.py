"""Port of aws-s3 integ.bucket.url: the website, object, virtual-hosted and s3:// URLs of a bucket."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3


class TestStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        bucket = s3.Bucket(self, "MyBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
        cdk.CfnOutput(self, "BucketURL", value=bucket.bucket_website_url)
        cdk.CfnOutput(self, "ObjectURL", value=bucket.url_for_object("myfolder/myfile.txt"))
        cdk.CfnOutput(self, "VirtualHostedObjectURL", value=bucket.virtual_hosted_url_for_object("myfolder/myfile.txt"))
        cdk.CfnOutput(self, "VirtualHostedObjectURLNonRegional",
                      value=bucket.virtual_hosted_url_for_object("myfolder/myfile.txt", regional=False))
        cdk.CfnOutput(self, "S3ObjectURL", value=bucket.s3_url_for_object("myfolder/myfile.txt"))


app = cdk.App()
TestStack(app, "aws-cdk-s3-urls")
app.synth()
