"""@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName on: an imported role's default policy is named
``Policy`` + the role's unique id (so stacks adding to the same role do not clash), shortened to 128 characters
when the id is long; off (flag_imported_role_policy_name_off) it is plain ``Policy``."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from constructs import Construct

app = cdk.App(context={"@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName": True})
for name in ("First", "Second"):
    stack = cdk.Stack(app, f"ImportedRolePolicy{name}")
    role = iam.Role.from_role_arn(stack, "Imported", "arn:aws:iam::123456789012:role/MyRole")
    role.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
deep = Construct(Construct(stack, "Outer" + "x" * 60), "Inner" + "y" * 60)
long_role = iam.Role.from_role_arn(deep, "ImportedWithALongPath", "arn:aws:iam::123456789012:role/Other")
long_role.add_to_principal_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
app.synth()
