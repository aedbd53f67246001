"""CfnOutput options (export_name, condition, key, description) and stack.export_value."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "Outputs")

# An output before anything else: the Outputs section comes first in the template.
early = cdk.CfnOutput(stack, "Early", value="literal")
cond = cdk.CfnCondition(stack, "IsProd", expression=cdk.Fn.condition_equals(cdk.Aws.REGION, "eu-west-1"))
bucket = cdk.CfnResource(stack, "Bucket", type="AWS::S3::Bucket")

cdk.CfnOutput(stack, "Full", value=bucket.ref, export_name="MyExport", description="d", condition=cond)
cdk.CfnOutput(stack, "WithKey", value=bucket.get_att("Arn").to_string(), key="CustomKey")
cdk.CfnOutput(stack, "Joined", value=f"https://{bucket.ref}.example.com")
cdk.CfnOutput(stack, "TokenExportName", value="x", export_name=f"{cdk.Aws.STACK_NAME}-Export")
cdk.CfnOutput(cdk.CfnResource(stack, "Parent", type="AWS::SNS::Topic"), "Nested", value="under a resource")
mutable = cdk.CfnOutput(stack, "Mutable", value="before")
mutable.value = "after"
mutable.description = "changed"
mutable.export_name = "LateExport"
stack.export_value(bucket.get_att("Arn"))
stack.export_value(bucket.ref, name="ExplicitName")
stack.export_value(bucket.get_att("DomainName").to_string(), name="WithDescription", description="the domain")
early.description = "first"

app.synth()
