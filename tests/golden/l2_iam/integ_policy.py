"""Port of aws-cdk's integ.policy.ts (IntegTest part dropped)."""

from aws_cdk import App, Stack
from aws_cdk.aws_iam import AccountRootPrincipal, Grant, Policy, PolicyStatement, Role, User

app = App()
stack = Stack(app, "aws-cdk-iam-policy")
user = User(stack, "MyUser")
policy = Policy(stack, "HelloPolicy", policy_name="Default")
policy.add_statements(PolicyStatement(resources=["*"], actions=["sqs:SendMessage"]))
policy.attach_to_user(user)
policy2 = Policy(stack, "GoodbyePolicy")
policy2.add_statements(PolicyStatement(resources=["*"], actions=["lambda:InvokeFunction"]))
policy2.attach_to_user(user)
role = Role(stack, "Role", assumed_by=AccountRootPrincipal())
role.grant_assume_role(policy.grant_principal)
Grant.add_to_principal(actions=["iam:*"], resource_arns=[role.role_arn], grantee=policy2)
app.synth()
