"""@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName off: an imported role's default policy is plain
``Policy`` (compare flag_imported_role_policy_name)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from constructs import Construct

app = cdk.App(context={"@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName": False})
for name in ("First", "Second"):
    stack = cdk.Stack(app, f"ImportedRolePolicyOff{name}")
    role = iam.Role.from_role_arn(stack, "Imported", "arn:aws:iam::123456789012:role/MyRole")
    role.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
deep = Construct(Construct(stack, "Outer" + "x" * 60), "Inner" + "y" * 60)
long_role = iam.Role.from_role_arn(deep, "ImportedWithALongPath", "arn:aws:iam::123456789012:role/Other")
long_role.add_to_principal_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
app.synth()
