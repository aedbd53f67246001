"""``CrossAccountZoneDelegationRecord``: an NS delegation written into a parent zone of another account."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from constructs import (
    Construct,
    CustomResource,
    CustomResourceProvider,
    CustomResourceProviderRuntime,
    Duration,
    ValidationError,
)

if TYPE_CHECKING:
    from constructs import RemovalPolicy
    from l2.iam import IRole
    from l2.route53._interfaces import IHostedZone

RESOURCE_TYPE = "Custom::CrossAccountZoneDelegation"
HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "cross_account_zone_delegation")


class CrossAccountZoneDelegationRecord(Construct):
    """Delegates ``delegated_zone`` from a parent zone in another account, through a role of that account.

    Args:
        scope: the parent construct.
        id: the construct id.
        delegated_zone: the zone delegated to.
        delegation_role: the role (in the parent's account) allowed to change the parent zone.
        assume_role_region: the region of the STS endpoint (default the partition's default region).
        parent_hosted_zone_id: the parent zone's id (one of this and ``parent_hosted_zone_name``).
        parent_hosted_zone_name: the parent zone's name.
        removal_policy: what happens to the NS record when the resource is removed (default delete).
        ttl: the NS record's TTL (default 2 days).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        delegated_zone: IHostedZone,
        delegation_role: IRole,
        assume_role_region: str | None = None,
        parent_hosted_zone_id: str | None = None,
        parent_hosted_zone_name: str | None = None,
        removal_policy: RemovalPolicy | None = None,
        ttl: Duration | None = None,
    ) -> None:
        super().__init__(scope, id)
        if not parent_hosted_zone_name and not parent_hosted_zone_id:
            raise ValidationError("At least one of parentHostedZoneName or parentHostedZoneId is required", self)
        if parent_hosted_zone_name and parent_hosted_zone_id:
            raise ValidationError("Only one of parentHostedZoneName and parentHostedZoneId is supported", self)
        from l2 import iam

        provider = CustomResourceProvider.get_or_create_provider(
            self, RESOURCE_TYPE, code_directory=HANDLER_DIR, runtime=CustomResourceProviderRuntime.PYTHON_3_13,
            handler="index.handler", use_cfn_response_wrapper=False,
        )
        role_arn = delegation_role.role_arn
        added = iam.Role.from_role_arn(self, "cross-account-zone-delegation-handler-role", provider.role_arn) \
            .add_to_principal_policy(iam.PolicyStatement(effect=iam.Effect.ALLOW, actions=["sts:AssumeRole"],
                                                         resources=[role_arn]))
        custom = CustomResource(
            self, "CrossAccountZoneDelegationCustomResource", resource_type=RESOURCE_TYPE,
            service_token=provider.service_token, removal_policy=removal_policy,
            properties={
                "AssumeRoleArn": role_arn,
                "ParentZoneName": parent_hosted_zone_name,
                "ParentZoneId": parent_hosted_zone_id,
                "DelegatedZoneName": delegated_zone.zone_name,
                "DelegatedZoneNameServers": delegated_zone.hosted_zone_name_servers,  # type: ignore[attr-defined]
                "TTL": (ttl or Duration.days(2)).to_seconds(),
                "AssumeRoleRegion": assume_role_region,
            },
        )
        if added.policy_dependable is not None:
            custom.node.add_dependency(added.policy_dependable)
