"""A StringList parameter joins its values; its value attribute splits them back."""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm

app = cdk.App()
stack = cdk.Stack(app, "StringListParameter")
lst = ssm.StringListParameter(stack, "List", string_list_value=["a", "b", "c"], parameter_name="/lists/abc")
ssm.StringListParameter(stack, "Other", string_list_value=["x"], description="one", tier=ssm.ParameterTier.STANDARD)
cdk.CfnOutput(stack, "First", value=cdk.Fn.select(0, lst.string_list_value))
cdk.CfnOutput(stack, "Type", value=lst.parameter_type)
app.synth()
