"""Port of aws-cdk's aws-route53 integ.cross-account-zone-delegation.ts: a parent zone granting delegation to
another account's role, and three child stacks (one in an opt-in region with an STS region) delegating to it
(pycdk's own handler code is masked)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_route53 as route53

app = cdk.App()
account = "123456789012"
cross_account = "234567890123"
delegation_role_name = "MyUniqueDelegationRole"
parent_zone_name = "uniqueexample.com"

parent = cdk.Stack(app, "parent-stack", env=cdk.Environment(account=account, region="us-east-1"))
parent_zone = route53.PublicHostedZone(parent, "HostedZone", zone_name=parent_zone_name)
route53.PrivateHostedZone(parent, "PrivateHostedZone", zone_name=parent_zone_name,
                          vpc=ec2.Vpc(parent, "TheVPC", ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16")))
cross_account_role = iam.Role(parent, "CrossAccountRole", role_name=delegation_role_name,
                              assumed_by=iam.AccountPrincipal(cross_account))
parent_zone.grant_delegation(cross_account_role, delegated_zone_names=[
    "sub.uniqueexample.com", "sub2.uniqueexample.com", "sub3.uniqueexample.com"])


def child_stack(id, region, sub_zone_name, assume_role_region=None):
    stack = cdk.Stack(app, id, env=cdk.Environment(account=cross_account, region=region))
    sub_zone = route53.PublicHostedZone(stack, "SubZone", zone_name=sub_zone_name)
    role_arn = cdk.Stack.of(stack).format_arn(region="", service="iam", account=account, resource="role",
                                              resource_name=delegation_role_name)
    delegation_role = iam.Role.from_role_arn(stack, "DelegationRole", role_arn)
    route53.CrossAccountZoneDelegationRecord(stack, "delegate", delegated_zone=sub_zone,
                                             parent_hosted_zone_name=parent_zone_name,
                                             delegation_role=delegation_role, assume_role_region=assume_role_region)
    stack.add_dependency(parent)


child_stack("child-stack", "us-east-1", "sub.uniqueexample.com")
child_stack("child-opt-in-stack", "af-south-1", "sub2.uniqueexample.com")
child_stack("child-opt-in-stack-with-assume-role-region", "af-south-1", "sub3.uniqueexample.com", "eu-west-1")
app.synth()
