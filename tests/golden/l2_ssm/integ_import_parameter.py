"""Port of aws-cdk's integ.import-parameter: imports by name (CfnParameter), by intrinsic and forced (dynamic refs)."""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm

app = cdk.App()
stack = cdk.Stack(app, "Import-SSM-Parameter")

parameter_name = "import-parameter-test"

param = ssm.StringParameter(stack, "StringParameter", string_value="Initial parameter value", parameter_name=parameter_name)

imported_with_name = ssm.StringParameter.from_string_parameter_attributes(
    stack, "ImportedWithName", parameter_name="/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-ebs"
)
imported_with_intrinsic = ssm.StringParameter.from_string_parameter_attributes(
    stack, "ImportedWithIntrinsic", simple_name=True, parameter_name=cdk.Fn.ref(param.node.default_child.logical_id)
)
imported_with_force_flag = ssm.StringParameter.from_string_parameter_attributes(
    stack,
    "ImportedWithForceFlag",
    simple_name=True,
    parameter_name=param.parameter_name,
    force_dynamic_reference=True,
)

cdk.CfnOutput(stack, "ImportedWithNameOutput", value=imported_with_name.string_value)
cdk.CfnOutput(stack, "ImportedWithIntrinsicOutput", value=imported_with_intrinsic.string_value)
cdk.CfnOutput(stack, "ImportedWithForceFlagOutput", value=imported_with_force_flag.string_value)

app.synth()
