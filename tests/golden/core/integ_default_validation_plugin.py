"""Port of aws-cdk's core integ test integ.default-validation-plugin.ts (IntegTest dropped). The validation runs after the
templates are written and does not change them; the app pins the template."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App(
    context={
        "@aws-cdk/core:validateAgainstDefaultRules": True,
        "@aws-cdk/core:failSynthOnValidationErrors": False,
    }
)

stack = cdk.Stack(app, "DefaultValidationPluginStack")

bucket = s3.Bucket(stack, "MyBucket", removal_policy=cdk.RemovalPolicy.DESTROY)

# an invalid property through the escape hatch, to trigger a schema violation
cfn_bucket = bucket.node.default_child
cfn_bucket.add_property_override("BogusProperty", "invalid-value")

app.synth()
