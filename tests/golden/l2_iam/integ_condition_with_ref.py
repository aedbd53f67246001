"""Port of aws-cdk's integ.condition-with-ref.ts (IntegTest part dropped)."""

from aws_cdk import App, CfnJson, CfnParameter, Stack
from aws_cdk.aws_iam import AccountRootPrincipal, Role

app = App()
stack = Stack(app, "test-condition-with-ref")
tag_name = CfnParameter(stack, "PrincipalTag", default="developer")
string_equals = CfnJson(stack, "PrincipalTagCondition",
                        value={f"aws:PrincipalTag/{tag_name.value_as_string}": "true"})
principal = AccountRootPrincipal().with_conditions({"StringEquals": string_equals})
Role(stack, "MyRole", assumed_by=principal)
app.synth()
