"""CfnMapping: eager, lazy (inlined, rendered, unused), set_value, token and literal keys."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "Mappings")

region_map = cdk.CfnMapping(
    stack, "RegionMap",
    mapping={"us-east-1": {"ami": "ami-1", "size": 2}, "eu-west-1": {"ami": "ami-2", "size": 3}},
)
lazy_inlined = cdk.CfnMapping(stack, "LazyInlined", mapping={"k1": {"k2": "inlined-value"}}, lazy=True)
lazy_rendered = cdk.CfnMapping(stack, "LazyRendered", mapping={"k1": {"k2": "v"}, "k3": {"k2": "w"}}, lazy=True)
cdk.CfnMapping(stack, "LazyUnused", mapping={"a": {"b": "c"}}, lazy=True)
cdk.CfnMapping(stack, "EagerUnused", mapping={"a": {"b": "c"}})
added = cdk.CfnMapping(stack, "Added")
added.set_value("TopKey", "SecondKey", "set-later")
added.set_value("TopKey", "Other", ["a", "b"])

param = cdk.CfnParameter(stack, "Key", default="k1")
cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={
        "EagerLiteralKeys": region_map.find_in_map("us-east-1", "ami"),
        "EagerTokenKey": region_map.find_in_map(cdk.Aws.REGION, "size"),
        "LazyInlined": lazy_inlined.find_in_map("k1", "k2"),
        "LazyRendered": lazy_rendered.find_in_map(param.value_as_string, "k2"),
        "Added": added.find_in_map("TopKey", "SecondKey"),
        "RawFindInMap": cdk.Fn.find_in_map("RegionMap", cdk.Aws.REGION, "ami"),
    },
)

app.synth()
