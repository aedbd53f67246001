"""Port of aws-cdk integ.bucket-deployment-jsondata-findinmap.ts (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import CfnMapping, Fn
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy


class FindInMapSourceJsonTestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        bucket = s3.Bucket(self, "TestBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        CfnMapping(self, "ResponseMap", mapping={"DefaultResponse": {"Message": "Hello from mapping!"}})
        s3deploy.BucketDeployment(self, "DeployWithFindInMap", sources=[s3deploy.Source.json_data(
            "config.json", {"message": Fn.find_in_map("ResponseMap", "DefaultResponse", "Message")})],
            destination_bucket=bucket, retain_on_delete=False)


app = cdk.App()
FindInMapSourceJsonTestStack(app, "FindInMapTest")
app.synth()
