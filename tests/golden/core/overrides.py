"""Raw overrides: add_override, add_property_override, and the deletion variants."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "Overrides")

target = cdk.CfnResource(stack, "Target", type="AWS::SQS::Queue")
res = cdk.CfnResource(
    stack, "Res", type="Custom::Thing",
    properties={
        "Keep": "k",
        "Remove": "r",
        "List": [{"Name": "a", "Value": 1}, {"Name": "b", "Value": 2}],
        "Intrinsic": target.ref,
        "Deep": {"Remove": {"x": 1}, "Stay": 2},
    },
)
res.cfn_options.condition = cdk.CfnCondition(stack, "Cond", expression=cdk.Fn.condition_equals("a", "a"))
res.add_override("ZCustomTop", {"anything": ["goes"]})
res.add_override("Properties.Over.Deep", "value")
res.add_override("Metadata.Added", True)
res.add_property_override("List.1.Value", 20)
res.add_property_override("List.3", "sparse index")
res.add_property_override("Dotted\\.Key", "escaped dot stays one key")
res.add_property_override("Intrinsic.Extra", "intrinsic replaced by an object")
res.add_property_override("TokenValue", target.get_att("Arn"))
res.add_property_deletion_override("Remove")
res.add_property_deletion_override("Deep.Remove")
res.add_deletion_override("Condition")
res.add_override("DependsOn", ["Target"])

typeless = cdk.CfnResource(stack, "Typeless", type="AWS::SNS::Topic", properties={"A": {"B": "c"}})
typeless.add_deletion_override("Type")
typeless.add_property_deletion_override("A.B")  # empties A, so A and Properties disappear

raw_override = cdk.CfnResource(stack, "RawOverride", type="AWS::SNS::Topic")
raw_override.add_override("Type", "AWS::SQS::Queue")
raw_override.add_override("Properties", {"Whole": {"Object": 1}})
raw_override.add_override("DeletionPolicy", "Retain")

app.synth()
