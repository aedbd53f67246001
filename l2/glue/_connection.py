"""``Connection``: a Glue connection (JDBC, Kafka, network, SaaS sources, ...)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from constructs import Arn, Construct, Lazy, Resource, Stack, ValidationError
from constructs.internals import cached_property, structs
from l2.glue._interfaces import IConnection  # runtime: the argument checks resolve them

if TYPE_CHECKING:
    from l2.ec2 import ISecurityGroup, ISubnet, IVpc, SubnetFilter, SubnetType
    from l2.secretsmanager import ISecret

_TYPES = ("JDBC KAFKA MONGODB VIEW_VALIDATION_REDSHIFT VIEW_VALIDATION_ATHENA NETWORK MARKETPLACE CUSTOM FACEBOOKADS "
          "GOOGLEADS GOOGLESHEETS GOOGLEANALYTICS4 HUBSPOT INSTAGRAMADS INTERCOM JIRACLOUD MARKETO NETSUITEERP "
          "SALESFORCE SALESFORCEMARKETINGCLOUD SALESFORCEPARDOT SAPODATA SERVICENOW SLACK SNAPCHATADS STRIPE "
          "ZENDESK ZOHOCRM BIGQUERY AZURESQL AZURECOSMOS OPENSEARCH MYSQL POSTGRESQL ORACLE SQLSERVER SAPHANA "
          "TERADATA VERTICA DYNAMODB").split()


class ConnectionType:
    """The type of a connection (``JDBC``, ``KAFKA``, ``NETWORK``, ...).

    Args:
        name: the type's name.
    """

    JDBC: ClassVar[ConnectionType]
    KAFKA: ClassVar[ConnectionType]
    MONGODB: ClassVar[ConnectionType]
    VIEW_VALIDATION_REDSHIFT: ClassVar[ConnectionType]
    VIEW_VALIDATION_ATHENA: ClassVar[ConnectionType]
    NETWORK: ClassVar[ConnectionType]
    MARKETPLACE: ClassVar[ConnectionType]
    CUSTOM: ClassVar[ConnectionType]
    FACEBOOKADS: ClassVar[ConnectionType]
    GOOGLEADS: ClassVar[ConnectionType]
    GOOGLESHEETS: ClassVar[ConnectionType]
    GOOGLEANALYTICS4: ClassVar[ConnectionType]
    HUBSPOT: ClassVar[ConnectionType]
    INSTAGRAMADS: ClassVar[ConnectionType]
    INTERCOM: ClassVar[ConnectionType]
    JIRACLOUD: ClassVar[ConnectionType]
    MARKETO: ClassVar[ConnectionType]
    NETSUITEERP: ClassVar[ConnectionType]
    SALESFORCE: ClassVar[ConnectionType]
    SALESFORCEMARKETINGCLOUD: ClassVar[ConnectionType]
    SALESFORCEPARDOT: ClassVar[ConnectionType]
    SAPODATA: ClassVar[ConnectionType]
    SERVICENOW: ClassVar[ConnectionType]
    SLACK: ClassVar[ConnectionType]
    SNAPCHATADS: ClassVar[ConnectionType]
    STRIPE: ClassVar[ConnectionType]
    ZENDESK: ClassVar[ConnectionType]
    ZOHOCRM: ClassVar[ConnectionType]
    BIGQUERY: ClassVar[ConnectionType]
    AZURESQL: ClassVar[ConnectionType]
    AZURECOSMOS: ClassVar[ConnectionType]
    OPENSEARCH: ClassVar[ConnectionType]
    MYSQL: ClassVar[ConnectionType]
    POSTGRESQL: ClassVar[ConnectionType]
    ORACLE: ClassVar[ConnectionType]
    SQLSERVER: ClassVar[ConnectionType]
    SAPHANA: ClassVar[ConnectionType]
    TERADATA: ClassVar[ConnectionType]
    VERTICA: ClassVar[ConnectionType]
    DYNAMODB: ClassVar[ConnectionType]

    def __init__(self, name: str) -> None:
        self.name = name
        """The type's name."""

    def to_string(self) -> str:
        """The type's name."""
        return self.name

    def __str__(self) -> str:
        return self.name


for _name in _TYPES:
    setattr(ConnectionType, _name, ConnectionType(_name))


class ConnectionNetwork:
    """Where a connection's network interface goes: one subnet, or the first selected subnet of a VPC.

    Args:
        subnet: the subnet (prefer the static methods; default: none).
        vpc: the VPC whose selected subnets are picked from (default: none).
        vpc_subnets: the subnet selection within ``vpc`` (default: the VPC's default selection).
    """

    def __init__(self, subnet: ISubnet | None = None, vpc: IVpc | None = None,
                 vpc_subnets: Mapping[str, Any] | None = None) -> None:
        self._subnet = subnet
        self._vpc = vpc
        self._vpc_subnets = dict(vpc_subnets or {})

    @staticmethod
    def subnet(subnet: ISubnet) -> ConnectionNetwork:
        """This subnet."""
        return ConnectionNetwork(subnet=subnet)

    @staticmethod
    def vpc(vpc: IVpc, *, availability_zones: Sequence[str] | None = None, one_per_az: bool | None = None,
            subnet_filters: Sequence[SubnetFilter] | None = None, subnet_group_name: str | None = None,
            subnets: Sequence[ISubnet] | None = None, subnet_type: SubnetType | None = None) -> ConnectionNetwork:
        """The first subnet of ``vpc`` the selection picks."""
        selection = {k: v for k, v in {
            "availability_zones": availability_zones, "one_per_az": one_per_az, "subnet_filters": subnet_filters,
            "subnet_group_name": subnet_group_name, "subnets": subnets, "subnet_type": subnet_type,
        }.items() if v is not None}
        return ConnectionNetwork(vpc=vpc, vpc_subnets=selection)

    def _resolve_subnet(self, scope: Construct) -> ISubnet:
        if self._subnet is not None:
            return self._subnet
        assert self._vpc is not None
        selected = self._vpc.select_subnets(**self._vpc_subnets)
        if not selected.is_pending_lookup and len(selected.subnets) == 0:
            raise ValidationError(
                "`vpcSubnets` selected no subnets from the provided `vpc`; adjust the selection or use "
                "`ConnectionNetwork.subnet(...)` to target a specific subnet", scope)
        return selected.subnets[0]


@structs.frozen(kw_only=True)
class ConnectionOptions:
    """The options of a ``Connection`` besides its type (see ``Connection``)."""

    connection_name: str | None = None
    description: str | None = None
    match_criteria: Sequence[str] | None = None
    network: ConnectionNetwork | None = None
    properties: Mapping[str, str] | None = None
    secret: ISecret | None = None
    security_groups: Sequence[ISecurityGroup] | None = None


@structs.frozen(kw_only=True)
class ConnectionProps(ConnectionOptions):
    """The properties of a ``Connection`` (see ``Connection``)."""

    type: ConnectionType


class _ImportedConnection(Resource):
    def __init__(self, scope: Construct, id: str, name: str, arn: str) -> None:
        super().__init__(scope, id)
        self.connection_name = name
        self.connection_arn = arn


class Connection(Resource):
    """A Glue connection (``AWS::Glue::Connection``).

    Args:
        type: the connection type.
        connection_name: the name (default generated by CloudFormation).
        description: a description.
        match_criteria: criteria to select this connection.
        network: the subnet for the connection's network interface.
        properties: the connection properties (``JDBC_CONNECTION_URL``, ...).
        secret: a Secrets Manager secret with the credentials (``SECRET_ID``).
        security_groups: the security groups of the network interface.
    """

    PROPERTY_INJECTION_ID = "@aws-cdk.aws-glue-alpha.Connection"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, type: ConnectionType, connection_name: str | None = None,
                 description: str | None = None, match_criteria: Sequence[str] | None = None,
                 network: ConnectionNetwork | None = None, properties: Mapping[str, str] | None = None,
                 secret: ISecret | None = None, security_groups: Sequence[ISecurityGroup] | None = None) -> None:
        super().__init__(scope, id, physical_name=connection_name)
        self.properties: dict[str, str] = dict(properties or {})
        subnet = network._resolve_subnet(self) if network is not None else None
        requirements = None
        if subnet is not None or security_groups is not None:  # an empty list counts, as in aws-cdk-lib
            requirements = {
                "availability_zone": subnet.availability_zone if subnet is not None else None,
                "subnet_id": subnet.subnet_id if subnet is not None else None,
                "security_group_id_list": [sg.security_group_id for sg in security_groups]
                if security_groups is not None else None,
            }
        secret_id = secret.secret_arn if secret is not None else None

        def produce() -> Any:
            from l2.glue._job import warn_on_plaintext_secrets

            if secret_id is not None and self.properties.get("SECRET_ID") is not None:
                raise ValidationError("cannot set both `secret` and a `SECRET_ID` connection property", self)
            warn_on_plaintext_secrets(self, self.properties, "@aws-cdk/aws-glue-alpha:plaintextConnectionSecret",
                                      "Pass a Secrets Manager secret via the connection's `secret` property "
                                      "instead.")
            props = {**self.properties, "SECRET_ID": secret_id} if secret_id is not None else self.properties
            return props if props else None

        from l1.glue import CfnConnection

        self.resource = CfnConnection(self, "Resource", catalog_id=Stack.of(self).account, connection_input={
            "connection_properties": Lazy.any(produce),
            "connection_type": type.name,
            "description": description,
            "match_criteria": match_criteria,
            "name": connection_name,
            "physical_connection_requirements": requirements,
        })

    @cached_property
    def connection_name(self) -> str:
        """The connection's name."""
        return self.get_resource_name_attribute(self.resource.ref)

    @cached_property
    def connection_arn(self) -> str:
        """The connection's ARN."""
        return Connection._build_connection_arn(self, self.connection_name)

    def add_property(self, key: str, value: str) -> None:
        """Add a connection property."""
        self.properties[key] = value

    @staticmethod
    def _build_connection_arn(scope: Construct, name: str) -> str:
        return Stack.of(scope).format_arn(service="glue", resource="connection", resource_name=name)

    @staticmethod
    def from_connection_arn(scope: Construct, id: str, connection_arn: str) -> IConnection:
        """An existing connection by ARN."""
        return _ImportedConnection(scope, id, Arn.extract_resource_name(connection_arn, "connection"),
                                   connection_arn)

    @staticmethod
    def from_connection_name(scope: Construct, id: str, connection_name: str) -> IConnection:
        """An existing connection by name."""
        return _ImportedConnection(scope, id, connection_name,
                                   Connection._build_connection_arn(scope, connection_name))
