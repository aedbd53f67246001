"""Port of aws-cdk's integ.novalue-nonstring: AWS::NoValue for a boolean property, and a resource's ref."""

import aws_cdk as cdk
from aws_cdk.cloudformation_include import CfnInclude

app = cdk.App()
stack = cdk.Stack(app, "integ-cfninclude-novalue-boolean")

cfn_include = CfnInclude(stack, "Template", template_file="test-templates/novalue-boolean.json")

bucket = cfn_include.get_resource("TestBucket")

cdk.CfnOutput(stack, "BucketName", value=bucket.ref)

app.synth()
