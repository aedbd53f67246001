"""Port of aws-cdk's integ.custom-permissions-boundary-aspect.ts (IntegTest part dropped; the stack's env comes
from CDK_INTEG_* / CDK_DEFAULT_*, unset here)."""

import os

import jsii
from aws_cdk import App, Aspects, Environment, IAspect, Stack
from aws_cdk.aws_iam import CfnRole, ManagedPolicy, PermissionsBoundary, Role, ServicePrincipal


@jsii.implements(IAspect)
class CustomAspect:
    def visit(self, node):
        if isinstance(node, CfnRole):
            node.add_property_override("PermissionsBoundary", "arn:aws:iam::aws:policy/ReadOnlyAccess")


app = App(post_cli_context={"@aws-cdk/core:aspectPrioritiesMutating": False})
stack = Stack(app, "integ-permissions-boundary",
              env=Environment(account=os.environ.get("CDK_INTEG_ACCOUNT") or os.environ.get("CDK_DEFAULT_ACCOUNT"),
                              region=os.environ.get("CDK_INTEG_REGION") or os.environ.get("CDK_DEFAULT_REGION")))
Aspects.of(stack).add(CustomAspect())
Role(stack, "NormalRole", assumed_by=ServicePrincipal("sqs.amazonaws.com"))
power_role = Role(stack, "PowerRole", assumed_by=ServicePrincipal("sqs.amazonaws.com"))
PermissionsBoundary.of(power_role).apply(ManagedPolicy.from_aws_managed_policy_name("AdministratorAccess"))
app.synth()
