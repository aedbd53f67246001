"""CfnMapping.find_in_map with a default value (Fn::FindInMap DefaultValue + LanguageExtensions)."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "MappingDefault")

mapping = cdk.CfnMapping(stack, "Map", mapping={"k1": {"k2": "v"}})
lazy = cdk.CfnMapping(stack, "Lazy", mapping={"k1": {"k2": "v"}}, lazy=True)
cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={
        "MissingSecondKey": mapping.find_in_map("k1", "nope", "default-1"),
        "MissingTopKey": mapping.find_in_map("nope", "k2", "default-2"),
        "PresentWithDefault": mapping.find_in_map("k1", "k2", "unused-default"),
        "LazyWithDefault": lazy.find_in_map("k1", "k2", "lazy-default"),
        "LazyMissingWithDefault": lazy.find_in_map("k1", "missing", "lazy-default"),
    },
)

app.synth()
