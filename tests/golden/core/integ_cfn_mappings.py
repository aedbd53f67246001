"""Port of aws-cdk's core integ test integ.cfn-mappings.ts (IntegTest dropped)."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "core-cfn-mapping-1")

backing = {
    "TopLevelKey1": {
        "SecondLevelKey1": [1, 2, 3],
        "SecondLevelKey2": {"Hello": "World"},
    },
}

mapping = cdk.CfnMapping(stack, "Lazy Mapping", mapping=backing)

def_value = "foo"
m1 = mapping.find_in_map("TopLevelKey1", "SecondLevelKey3", def_value)

cdk.CfnOutput(stack, "Output", value=m1)

app.synth()
