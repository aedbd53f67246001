"""Port of aws-cdk's integ.composite-principal.ts (IntegTest part dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "iam-integ-composite-principal")
iam.Role(stack, "RoleWithCompositePrincipal",
         assumed_by=iam.CompositePrincipal(iam.ServicePrincipal("ec2.amazonaws.com"), iam.AnyPrincipal()))
app.synth()
