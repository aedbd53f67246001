"""CfnParameter with every option, and value_as_string / value_as_number / value_as_list."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "Parameters")

plain = cdk.CfnParameter(stack, "Plain")
full = cdk.CfnParameter(
    stack, "Full",
    type="String",
    default="dev",
    allowed_pattern="[a-z]+",
    allowed_values=["dev", "prod"],
    constraint_description="lower-case letters",
    description="Environment name",
    max_length=10,
    min_length=1,
    no_echo=True,
)
number = cdk.CfnParameter(
    stack, "Number", type="Number", default=3, min_value=0, max_value=10.5, description="a number",
)
number_list = cdk.CfnParameter(stack, "NumberList", type="List<Number>", default="1,2")
csv = cdk.CfnParameter(stack, "Csv", type="CommaDelimitedList", default="a,b")
ssm = cdk.CfnParameter(stack, "Ssm", type="AWS::SSM::Parameter::Value<String>", default="/my/param")
subnets = cdk.CfnParameter(stack, "Subnets", type="List<AWS::EC2::Subnet::Id>")
no_echo_false = cdk.CfnParameter(stack, "NoEchoFalse", no_echo=False, default="")
zero_bounds = cdk.CfnParameter(stack, "ZeroBounds", type="Number", min_value=0, max_value=0, default=0)
mutated = cdk.CfnParameter(stack, "Mutated")
mutated.default = "set later"
mutated.description = "set later too"

cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={
        "Plain": plain.value_as_string,
        "Full": full.value_as_string,
        "Number": number.value_as_number,
        "NumberList": number_list.value_as_list,
        "Csv": csv.value_as_list,
        "Ssm": ssm.value_as_string,
        "Subnets": subnets.value_as_list,
        "Value": plain.value,
        "Ref": cdk.Fn.ref(full.logical_id),
        "NoEcho": no_echo_false.value_as_string,
        "Zero": zero_bounds.value_as_number,
        "Mutated": mutated.value_as_string,
    },
)

app.synth()
