"""Port of aws-cdk's aws-route53 integ.zone-delegation-iam-stack.ts: ``grant_delegation`` restricted to zone names
(octal-encoded special characters) and cross-account delegation records (pycdk's own handler code is masked).
The third delegation, through an ``intermediate_role``, uses a property aws-cdk-lib 2.275 does not have."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "ZoneDelegationStack")
parent_zone = route53.PublicHostedZone(stack, "ParentZone", zone_name="uniqueexample.com")
trustee_role_arns = stack.format_arn(service="iam", region="", resource="role",
                                     resource_name="ZoneDelegationStack-*")
delegation_role = iam.Role(stack, "ZoneDelegationRole", role_name="ExampleDelegationRole",
                           assumed_by=iam.AccountRootPrincipal().with_conditions(
                               {"ArnLike": {"aws:PrincipalArn": trustee_role_arns}}))
grant = parent_zone.grant_delegation(delegation_role, delegated_zone_names=[
    "sub1.uniqueexample.com", "sub2_*$.uniqueexample.com", "sub3.uniqueexample.com"])
sub_zone = route53.PublicHostedZone(stack, "SubZone", zone_name="sub1.uniqueexample.com")
route53.CrossAccountZoneDelegationRecord(sub_zone, "ZoneDelegation", delegated_zone=sub_zone,
                                         parent_hosted_zone_name=parent_zone.zone_name,
                                         delegation_role=delegation_role).node.add_dependency(grant)
special = route53.PublicHostedZone(stack, "SubZoneSpecialChars", zone_name="sub2_*$.uniqueexample.com")
route53.CrossAccountZoneDelegationRecord(special, "ZoneDelegation", delegated_zone=special,
                                         parent_hosted_zone_name=parent_zone.zone_name,
                                         delegation_role=delegation_role).node.add_dependency(grant)
app.synth()
