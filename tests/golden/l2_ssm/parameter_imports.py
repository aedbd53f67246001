"""Imported parameter values: CfnParameters, dynamic references with versions, Fn tokens, forced references."""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm

app = cdk.App()
stack = cdk.Stack(app, "ParameterImports")
by_name = ssm.StringParameter.from_string_parameter_name(stack, "ByName", "/config/name")
versioned = ssm.StringParameter.from_string_parameter_attributes(stack, "Versioned", parameter_name="/config/v", version=3)
forced = ssm.StringParameter.from_string_parameter_attributes(
    stack, "Forced", parameter_name="forced", force_dynamic_reference=True
)
typed = ssm.StringParameter.from_string_parameter_attributes(
    stack, "Typed", parameter_name="/vpc/id", value_type=ssm.ParameterValueType.AWS_EC2_VPC_ID
)
from_fn = ssm.StringParameter.from_string_parameter_attributes(
    stack, "FromFn", parameter_name=cdk.Fn.import_value("ParamName"), simple_name=True
)
secure = ssm.StringParameter.from_secure_string_parameter_attributes(stack, "Secure", parameter_name="sec")
unused = ssm.StringParameter.from_string_parameter_name(stack, "Unused", "/never/read")
cdk.CfnOutput(stack, "ByNameValue", value=by_name.string_value)
cdk.CfnOutput(stack, "ByNameAgain", value=by_name.string_value)
cdk.CfnOutput(stack, "VersionedValue", value=versioned.string_value)
cdk.CfnOutput(stack, "ForcedValue", value=forced.string_value)
cdk.CfnOutput(stack, "TypedValue", value=typed.string_value)
cdk.CfnOutput(stack, "FromFnValue", value=from_fn.string_value)
cdk.CfnOutput(stack, "FromFnArn", value=from_fn.parameter_arn)
cdk.CfnOutput(stack, "SecureArn", value=secure.parameter_arn)
cdk.CfnResource(stack, "Topic", type="AWS::SNS::Topic")
cdk.CfnOutput(stack, "UnusedArn", value=unused.parameter_arn)
app.synth()
