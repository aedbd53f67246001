"""Fn.to_json_string, Fn.len and find_in_map with a default: each adds the LanguageExtensions transform."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "LanguageExtensions")

bucket = cdk.CfnResource(stack, "Bucket", type="AWS::S3::Bucket")
names = cdk.CfnParameter(stack, "Names", type="CommaDelimitedList")
mapping = cdk.CfnMapping(stack, "Map", mapping={"k1": {"k2": "v"}})

cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={
        "Json": cdk.Fn.to_json_string({"bucket": bucket.ref, "n": 1, "list": ["a", bucket.ref]}),
        "JsonLiteral": cdk.Fn.to_json_string({"a": [1, 2], "b": None}),
        "Length": cdk.Fn.len(names.value_as_list),
        "LengthLiteral": cdk.Fn.len(["a", "b", "c"]),
        "FindWithDefault": mapping.find_in_map("k1", "missing", "fallback"),
        "RawFindWithDefault": cdk.Fn.find_in_map("Map", "k1", bucket.ref, "dflt"),
    },
)

app.synth()
