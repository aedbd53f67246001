"""``HostedZone``, ``PublicHostedZone``, ``PrivateHostedZone``, imported zones and ``HostedZoneGrants``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import ContextProvider, Lazy, Resource, Stack, ValidationError
from constructs.internals import check_deprecated_props
from l1.route53 import CfnDNSSEC, CfnHostedZone
from l2.route53._interfaces import HostedZoneReference
from l2.route53._util import grant_delegation as _grant_delegation
from l2.route53._util import hosted_zone_arn as _hosted_zone_arn
from l2.route53._util import validate_zone_name

if TYPE_CHECKING:
    from constructs import Construct, Duration
    from l2.ec2 import IVpc
    from l2.iam import Grant, IGrantable, IPrincipal, Role
    from l2.kms import IKey
    from l2.route53._interfaces import (
        IHostedZone,
        IKeySigningKey,
        INamedHostedZoneRef,
        IPrivateHostedZone,
        IPublicHostedZone,
    )


class HostedZoneGrants:
    """The grants a hosted zone offers (``zone.grants``).

    Args:
        hosted_zone: the hosted zone the permissions are granted on.
    """

    def __init__(self, hosted_zone: INamedHostedZoneRef) -> None:
        self._zone = hosted_zone

    @staticmethod
    def from_hosted_zone(hosted_zone: INamedHostedZoneRef) -> HostedZoneGrants:
        """The grants of ``hosted_zone``."""
        return HostedZoneGrants(hosted_zone)

    def delegation(self, grantee: IGrantable, *, delegated_zone_names: Sequence[str] | None = None) -> Grant:
        """Allow ``grantee`` to create NS records (delegations) in the zone, optionally only for some names."""
        zone: Any = self._zone
        return _grant_delegation(
            grantee, zone, zone.hosted_zone_ref.hosted_zone_id, lambda: zone.name,
            list(delegated_zone_names) if delegated_zone_names is not None else None,
        )


class _ImportedZone(Resource):
    """A hosted zone defined outside the app."""

    def __init__(self, scope: Construct, id: str, hosted_zone_id: str, zone_name: str | None, message: str) -> None:
        super().__init__(scope, id)
        self.hosted_zone_id = hosted_zone_id
        self._zone_name = zone_name
        self._message = message
        self.hosted_zone_name_servers: list[str] | None = None

    @property
    def zone_name(self) -> str:
        """The zone's name (raises when the zone was imported by id only)."""
        if self._zone_name is None:
            raise ValidationError(self._message, self)
        return self._zone_name

    @property
    def name(self) -> str:
        """The zone's name."""
        return self.zone_name

    @property
    def hosted_zone_arn(self) -> str:
        """The zone's ARN."""
        return _hosted_zone_arn(self, self.hosted_zone_id)

    @property
    def hosted_zone_ref(self) -> HostedZoneReference:
        """The zone's id."""
        return HostedZoneReference(hosted_zone_id=self.hosted_zone_id)

    def grant_delegation(self, grantee: IGrantable, *, delegated_zone_names: Sequence[str] | None = None) -> Grant:
        """Allow ``grantee`` to create NS delegation records in this zone."""
        return HostedZoneGrants.from_hosted_zone(self).delegation(grantee, delegated_zone_names=delegated_zone_names)


class HostedZone(Resource):
    """A Route 53 hosted zone (public, or private when ``vpcs`` are given).

    Args:
        scope: the parent construct.
        id: the construct id.
        zone_name: the domain name.
        add_trailing_dot: whether a trailing dot is added to the name (default true).
        comment: a comment.
        query_logs_log_group_arn: the log group query logs go to (default none).
        vpcs: VPCs to associate; makes the zone private.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.HostedZone"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        zone_name: str,
        add_trailing_dot: bool | None = None,
        comment: str | None = None,
        query_logs_log_group_arn: str | None = None,
        vpcs: Sequence[IVpc] | None = None,
    ) -> None:
        super().__init__(scope, id)
        validate_zone_name(zone_name)
        name = zone_name if add_trailing_dot is False or zone_name.endswith(".") else f"{zone_name}."
        self._vpcs: list[CfnHostedZone.VPCProperty] = []
        self._key_signing_key: IKeySigningKey | None = None
        resource = CfnHostedZone(
            self,
            "Resource",
            name=name,
            hosted_zone_config=CfnHostedZone.HostedZoneConfigProperty(comment=comment) if comment else None,
            query_logging_config=CfnHostedZone.QueryLoggingConfigProperty(
                cloud_watch_logs_log_group_arn=query_logs_log_group_arn
            ) if query_logs_log_group_arn else None,
            vpcs=Lazy.any(lambda: list(self._vpcs), omit_empty_array=True),  # type: ignore[arg-type]
        )
        self._resource = resource
        self.hosted_zone_id: str = resource.ref
        self.hosted_zone_name_servers: list[str] | None = resource.attr_name_servers
        self.zone_name: str = zone_name
        self.grants = HostedZoneGrants.from_hosted_zone(self)
        for vpc in vpcs or []:
            self.add_vpc(vpc)

    @property
    def hosted_zone_arn(self) -> str:
        """The zone's ARN."""
        return _hosted_zone_arn(self, self.hosted_zone_id)

    @property
    def name(self) -> str:
        """The zone's name."""
        return self.zone_name

    @property
    def hosted_zone_ref(self) -> HostedZoneReference:
        """The zone's id."""
        return HostedZoneReference(hosted_zone_id=self.hosted_zone_id)

    @property
    def vpcs(self) -> list[CfnHostedZone.VPCProperty]:
        """The VPCs the zone is associated with."""
        return list(self._vpcs)

    def add_vpc(self, vpc: IVpc) -> None:
        """Associate another VPC with this private zone."""
        region = vpc.env.region if vpc.env.region is not None else Stack.of(vpc).region
        self._vpcs.append(CfnHostedZone.VPCProperty(vpc_id=vpc.vpc_id, vpc_region=region))

    def grant_delegation(self, grantee: IGrantable, *, delegated_zone_names: Sequence[str] | None = None) -> Grant:
        """Allow ``grantee`` to create NS delegation records in this zone."""
        return self.grants.delegation(grantee, delegated_zone_names=delegated_zone_names)

    def enable_dnssec(self, *, kms_key: IKey, key_signing_key_name: str | None = None) -> IKeySigningKey:
        """Sign the zone: a key signing key from ``kms_key``, and DNSSEC enabled once it is active."""
        from l2.route53._key_signing_key import KeySigningKey

        if self._key_signing_key is not None:
            raise ValidationError("DNSSEC is already enabled for this hosted zone", self)
        key = KeySigningKey(self, "KeySigningKey", hosted_zone=self, key_signing_key_name=key_signing_key_name,
                            kms_key=kms_key)
        self._key_signing_key = key
        dnssec = CfnDNSSEC(self, "DNSSEC", hosted_zone_id=self.hosted_zone_id)
        dnssec.add_dependency(key.node.default_child)  # type: ignore[arg-type]
        return key

    @staticmethod
    def from_hosted_zone_id(scope: Construct, id: str, hosted_zone_id: str) -> IHostedZone:
        """An existing zone by id (its ``zone_name`` cannot be read)."""
        return _ImportedZone(
            scope, id, hosted_zone_id, None,
            "Cannot reference `zoneName` when using `HostedZone.fromHostedZoneId()`. A construct consuming this "
            "hosted zone may be trying to reference its `zoneName`. If this is the case, use "
            "`fromHostedZoneAttributes()` or `fromLookup()` instead.",
        )

    @staticmethod
    def from_hosted_zone_attributes(scope: Construct, id: str, *, hosted_zone_id: str, zone_name: str) -> IHostedZone:
        """An existing zone by id and name."""
        return _ImportedZone(scope, id, hosted_zone_id, zone_name, "")

    @staticmethod
    def from_lookup(
        scope: Construct, id: str, *, domain_name: str, private_zone: bool | None = None, vpc_id: str | None = None
    ) -> IHostedZone:
        """An existing zone found by the CLI's ``hosted-zone`` context provider (a dummy on the first synth)."""
        if not domain_name:
            raise ValidationError("Cannot use undefined value for attribute `domainName`", scope)
        props: dict[str, Any] = {"domainName": domain_name}
        if private_zone is not None:
            props["privateZone"] = private_zone
        if vpc_id is not None:
            props["vpcId"] = vpc_id
        response = ContextProvider.get_value(
            scope, provider="hosted-zone", props=props, dummy_value={"Id": "DUMMY", "Name": domain_name}
        ).value
        name = str(response["Name"])
        if name.endswith("."):
            name = name[:-1]
        zone_id = str(response["Id"]).replace("/hostedzone/", "", 1)
        return HostedZone.from_hosted_zone_attributes(scope, id, hosted_zone_id=zone_id, zone_name=name)


class PublicHostedZone(HostedZone):
    """A public hosted zone.

    Args:
        scope: the parent construct.
        id: the construct id.
        zone_name: the domain name.
        add_trailing_dot: whether a trailing dot is added to the name (default true).
        comment: a comment.
        query_logs_log_group_arn: the log group query logs go to (default none).
        accelerated_recovery_enabled: enable accelerated recovery (default unset).
        caa_amazon: add a CAA record that lets only Amazon issue certificates (default false).
        cross_account_zone_delegation_principal: who may assume a role that creates delegations (deprecated).
        cross_account_zone_delegation_role_name: that role's name (deprecated).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.PublicHostedZone"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        zone_name: str,
        add_trailing_dot: bool | None = None,
        comment: str | None = None,
        query_logs_log_group_arn: str | None = None,
        accelerated_recovery_enabled: bool | None = None,
        caa_amazon: bool | None = None,
        cross_account_zone_delegation_principal: IPrincipal | None = None,
        cross_account_zone_delegation_role_name: str | None = None,
    ) -> None:
        check_deprecated_props("aws_route53.PublicHostedZoneProps", locals())
        super().__init__(scope, id, zone_name=zone_name, add_trailing_dot=add_trailing_dot, comment=comment,
                         query_logs_log_group_arn=query_logs_log_group_arn)
        if accelerated_recovery_enabled is not None:
            self._resource.hosted_zone_features = CfnHostedZone.HostedZoneFeaturesProperty(
                enable_accelerated_recovery=accelerated_recovery_enabled
            )
        if caa_amazon:
            from l2.route53._record_set import CaaAmazonRecord

            CaaAmazonRecord(self, "CaaAmazon", zone=self)
        if cross_account_zone_delegation_principal is None and cross_account_zone_delegation_role_name:
            raise ValidationError(
                "crossAccountZoneDelegationRoleName property is not supported without "
                "crossAccountZoneDelegationPrincipal", self
            )
        self.cross_account_zone_delegation_role: Role | None = None
        if cross_account_zone_delegation_principal is not None:
            from l2 import iam

            self.cross_account_zone_delegation_role = iam.Role(
                self, "CrossAccountZoneDelegationRole",
                role_name=cross_account_zone_delegation_role_name,
                assumed_by=cross_account_zone_delegation_principal,
                inline_policies={"delegation": iam.PolicyDocument(statements=[
                    iam.PolicyStatement(
                        actions=["route53:ChangeResourceRecordSets"], resources=[self.hosted_zone_arn],
                        conditions={"ForAllValues:StringEquals": {
                            "route53:ChangeResourceRecordSetsRecordTypes": ["NS"],
                            "route53:ChangeResourceRecordSetsActions": ["UPSERT", "DELETE"],
                        }},
                    ),
                    iam.PolicyStatement(actions=["route53:ListHostedZonesByName"], resources=["*"]),
                ])},
            )

    def add_vpc(self, _vpc: IVpc) -> None:
        """Public zones have no VPCs: always raises."""
        raise ValidationError("Cannot associate public hosted zones with a VPC", self)

    def add_delegation(self, delegate: IPublicHostedZone, *, comment: str | None = None,
                       ttl: Duration | None = None) -> None:
        """Delegate ``delegate`` (a subdomain zone) from this zone with an NS record."""
        from l2.route53._record_set import ZoneDelegationRecord

        ZoneDelegationRecord(
            self, f"{self.zone_name} -> {delegate.zone_name}", zone=self, record_name=delegate.zone_name,
            name_servers=delegate.hosted_zone_name_servers,  # type: ignore[arg-type]
            comment=comment, ttl=ttl,
        )

    @staticmethod
    def from_public_hosted_zone_id(scope: Construct, id: str, public_hosted_zone_id: str) -> IPublicHostedZone:
        """An existing public zone by id (its ``zone_name`` cannot be read)."""
        return _ImportedZone(
            scope, id, public_hosted_zone_id, None,
            "Cannot reference `zoneName` when using `PublicHostedZone.fromPublicHostedZoneId()`. A construct "
            "consuming this hosted zone may be trying to reference its `zoneName`. If this is the case, use "
            "`fromPublicHostedZoneAttributes()` instead",
        )

    @staticmethod
    def from_public_hosted_zone_attributes(
        scope: Construct, id: str, *, hosted_zone_id: str, zone_name: str
    ) -> IPublicHostedZone:
        """An existing public zone by id and name."""
        return _ImportedZone(scope, id, hosted_zone_id, zone_name, "")


class PrivateHostedZone(HostedZone):
    """A private hosted zone, associated with VPCs.

    Args:
        scope: the parent construct.
        id: the construct id.
        vpc: the first VPC (``add_vpc`` adds more).
        zone_name: the domain name.
        add_trailing_dot: whether a trailing dot is added to the name (default true).
        comment: a comment.
        query_logs_log_group_arn: the log group query logs go to (default none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.PrivateHostedZone"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        zone_name: str,
        add_trailing_dot: bool | None = None,
        comment: str | None = None,
        query_logs_log_group_arn: str | None = None,
    ) -> None:
        super().__init__(scope, id, zone_name=zone_name, add_trailing_dot=add_trailing_dot, comment=comment,
                         query_logs_log_group_arn=query_logs_log_group_arn)
        self.add_vpc(vpc)

    @staticmethod
    def from_private_hosted_zone_id(scope: Construct, id: str, private_hosted_zone_id: str) -> IPrivateHostedZone:
        """An existing private zone by id (its ``zone_name`` cannot be read)."""
        return _ImportedZone(
            scope, id, private_hosted_zone_id, None,
            "Cannot reference `zoneName` when using `PrivateHostedZone.fromPrivateHostedZoneId()`. A construct "
            "consuming this hosted zone may be trying to reference its `zoneName`",
        )

    @staticmethod
    def from_private_hosted_zone_attributes(
        scope: Construct, id: str, *, hosted_zone_id: str, zone_name: str
    ) -> IPrivateHostedZone:
        """An existing private zone by id and name."""
        return _ImportedZone(scope, id, hosted_zone_id, zone_name, "")
