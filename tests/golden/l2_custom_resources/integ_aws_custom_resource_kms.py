"""Port of aws-cdk integ.aws-custom-resource-kms.ts: a key's public key read and exported by name.
``IntegTest`` dropped."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import custom_resources as cr
from constructs import Construct


class AWSCustomResourceKms(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        kms_key = kms.Key(
            self,
            "TestKey",
            key_spec=kms.KeySpec.ECC_NIST_P256,
            key_usage=kms.KeyUsage.SIGN_VERIFY,
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )
        public_key_api_call = cr.AwsCustomResource(
            self,
            "KmsTestCr",
            on_create=cr.AwsSdkCall(
                service="KMS",
                action="GetPublicKey",
                physical_resource_id=cr.PhysicalResourceId.of("KmsTestCrPhysicalResourceId"),
                parameters={"KeyId": kms_key.key_arn},
            ),
            policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=cr.AwsCustomResourcePolicy.ANY_RESOURCE),
            install_latest_aws_sdk=True,
        )
        self.export_value(public_key_api_call.get_response_field("PublicKey"), name="PublicKey")


app = cdk.App()
AWSCustomResourceKms(app, "aws-custom-resource-kms")
app.synth()
