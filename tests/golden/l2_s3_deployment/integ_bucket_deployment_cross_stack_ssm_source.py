"""Port of aws-s3-deployment integ.bucket-deployment-cross-stack-ssm-source: ``Source.json_data`` holding an
imported ``StringListParameter``'s list token in a nested stack, next to a sibling nested stack that writes the
parameter. Adapted: the original's ``timestamp`` field is ``new Date().toISOString()``; a fixed string keeps the
template reproducible. ``IntegTest`` dropped."""

import json

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy
from aws_cdk import aws_ssm as ssm
from constructs import Construct


class SsmStack(cdk.NestedStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.ssm_param = ssm.StringListParameter(self, "TestParam", parameter_name="/repro/subnets",
                                                 string_list_value=["subnet-12345", "subnet-67890"],
                                                 description="Test parameter for reproduction")


class S3Stack(cdk.NestedStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        read_param = ssm.StringListParameter.from_string_list_parameter_name(self, "ReadParam", "/repro/subnets")
        self.bucket = s3.Bucket(self, "ReproBucket", removal_policy=cdk.RemovalPolicy.DESTROY,
                                auto_delete_objects=True)
        s3deploy.BucketDeployment(self, "DeployWithSsmParameter", sources=[
            s3deploy.Source.json_data("config.json", {
                "subnets": read_param.string_list_value,
                "expectedValues": ["subnet-12345", "subnet-67890"],
                "version": "2.207.0",
                "issue": "StringListParameter tokens not resolved in Source.jsonData",
                "timestamp": "2026-01-01T00:00:00.000Z",
            }),
        ], destination_bucket=self.bucket)


class MainStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        ssm_stack = SsmStack(self, "SsmStack")
        s3_stack = S3Stack(self, "S3Stack")
        s3_stack.add_dependency(ssm_stack)
        cdk.CfnOutput(self, "BucketName", value=s3_stack.bucket.bucket_name,
                      description="Check config.json in this bucket")
        cdk.CfnOutput(self, "ParameterName", value=ssm_stack.ssm_param.parameter_name,
                      description="SSM parameter name")
        cdk.CfnOutput(self, "ExpectedValues", value=json.dumps(["subnet-12345", "subnet-67890"], separators=(",", ":")),
                      description="Expected subnet values in config.json")
        cdk.CfnOutput(self, "VerificationCommand",
                      value=f"aws s3 cp s3://{s3_stack.bucket.bucket_name}/config.json - | jq .",
                      description="Command to check the deployed JSON")


app = cdk.App()
MainStack(app, "integ-bucket-deployment-cross-stack-ssm")
app.synth()
