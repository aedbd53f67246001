"""Port of aws-cdk's integ.users-and-groups.ts (IntegTest part dropped)."""

from aws_cdk import App, Stack
from aws_cdk.aws_iam import Group, Policy, PolicyStatement, User

app = App()
stack = Stack(app, "integ-iam-role-1")
g1 = Group(stack, "MyGroup")
g2 = Group(stack, "YourGroup")
for i in range(5):
    user = User(stack, f"User{i + 1}")
    user.add_to_group(g1)
    g2.add_user(user)
policy = Policy(stack, "MyPolicy")
policy.attach_to_group(g1)
policy.add_statements(PolicyStatement(resources=[g2.group_arn], actions=["iam:*"]))
app.synth()
