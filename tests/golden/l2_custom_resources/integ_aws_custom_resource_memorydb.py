"""Port of aws-cdk integ.aws-custom-resource-memorydb.ts: the service named by its v3 package
(``@aws-sdk/client-memorydb``). ``IntegTest`` dropped."""

import aws_cdk as cdk
from aws_cdk import custom_resources as cr
from constructs import Construct


class AWSCustomResourceMemoryDb(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        cr.AwsCustomResource(
            self,
            "myMemoryDbCustomResource",
            memory_size=1024,
            policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=cr.AwsCustomResourcePolicy.ANY_RESOURCE),
            install_latest_aws_sdk=True,
            on_update=cr.AwsSdkCall(
                service="@aws-sdk/client-memorydb",
                action="DescribeClusters",
                physical_resource_id=cr.PhysicalResourceId.of("myMemoryDbCRphysicalResourceID"),
            ),
        )


app = cdk.App()
AWSCustomResourceMemoryDb(app, "aws-cdk-sdk-memorydb")
app.synth()
