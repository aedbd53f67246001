"""Role.grant, grant_pass_role and grant_assume_role between roles, users and groups."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "RoleGrants")
target = iam.Role(stack, "Target", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
caller = iam.Role(stack, "Caller", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
user = iam.User(stack, "User")
group = iam.Group(stack, "Group")
target.grant_pass_role(caller)
target.grant_assume_role(user)
target.grant(group, "iam:GetRole", "iam:TagRole")
target.grant_pass_role(group)
caller.grant_assume_role(target)
app.synth()
