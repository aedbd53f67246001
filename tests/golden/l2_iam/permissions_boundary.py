"""PermissionsBoundary.of(scope).apply and clear across roles and users."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "PermissionsBoundary")
boundary = iam.ManagedPolicy(stack, "Boundary", statements=[iam.PolicyStatement(actions=["*"], resources=["*"])])
iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
iam.User(stack, "User")
iam.Group(stack, "Group")
inner = Construct(stack, "Inner")
iam.Role(inner, "InnerRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
         permissions_boundary=iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
cleared = Construct(stack, "Cleared")
iam.Role(cleared, "ClearedRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
         permissions_boundary=iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
iam.PermissionsBoundary.of(stack).apply(boundary)
iam.PermissionsBoundary.of(inner).apply(iam.ManagedPolicy.from_managed_policy_name(stack, "Named", "inner-boundary"))
iam.PermissionsBoundary.of(cleared).clear()
app.synth()
