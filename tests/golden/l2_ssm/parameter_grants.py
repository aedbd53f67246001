"""grant_read / grant_write on new, path-named and imported parameters (ARN forms differ)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_ssm as ssm

app = cdk.App()
stack = cdk.Stack(app, "ParameterGrants")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
ssm.StringParameter(stack, "Simple", string_value="v").grant_read(role)
ssm.StringParameter(stack, "Path", string_value="v", parameter_name="/a/b").grant_write(role)
ssm.StringParameter(stack, "Named", string_value="v", parameter_name="named").grant_read(role)
ssm.StringListParameter(stack, "List", string_list_value=["v"]).grant_read(role)
ssm.StringParameter.from_string_parameter_name(stack, "ImportedSimple", "imported").grant_read(role)
ssm.StringParameter.from_string_parameter_name(stack, "ImportedPath", "/imported/path").grant_write(role)
key = kms.Key(stack, "Key")
ssm.StringParameter.from_secure_string_parameter_attributes(
    stack, "Secure", parameter_name="/secure/p", encryption_key=key, version=2
).grant_read(role)
app.synth()
