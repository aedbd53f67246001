"""CfnJson: JSON whose keys hold tokens, resolved by the CfnUtils custom resource provider."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "CfnJsonStack")

tag_key = cdk.CfnParameter(stack, "TagKey", default="team")
cfn_json = cdk.CfnJson(stack, "Condition", value={f"aws:ResourceTag/{tag_key.value_as_string}": "core", "plain": 1})
literal_json = cdk.CfnJson(stack, "Literal", value={"only": ["literal", 1]})

cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={"CfnJsonValue": cfn_json, "CfnJsonValue2": cfn_json.value, "LiteralCfnJson": literal_json},
)

app.synth()
