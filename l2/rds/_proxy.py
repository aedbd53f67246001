"""RDS Proxy: ``DatabaseProxy``, its targets and endpoints."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from constructs import (
    ArnFormat,
    CfnResource,
    Construct,
    Duration,
    FeatureFlags,
    Lazy,
    Names,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import structs
from l1._private.interfaces.rds import DBProxyEndpointReference as DBProxyEndpointReference
from l1._private.interfaces.rds import DBProxyReference as DBProxyReference
from l1.rds import CfnDBInstance, CfnDBProxy, CfnDBProxyEndpoint, CfnDBProxyTargetGroup
from l2.rds import _util

if TYPE_CHECKING:
    from l2.ec2 import Connections, ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import Grant, IGrantable, IRole
    from l2.secretsmanager import ISecret, SecretAttachmentTargetProps

DATABASE_PROXY_UNIQUE_RESOURCE_NAME = "@aws-cdk/aws-rds:databaseProxyUniqueResourceName"


class ClientPasswordAuthType(enum.Enum):
    """How clients authenticate to the proxy with passwords."""

    MYSQL_NATIVE_PASSWORD = "MYSQL_NATIVE_PASSWORD"
    MYSQL_CACHING_SHA2_PASSWORD = "MYSQL_CACHING_SHA2_PASSWORD"
    POSTGRES_SCRAM_SHA_256 = "POSTGRES_SCRAM_SHA_256"
    POSTGRES_MD5 = "POSTGRES_MD5"
    SQL_SERVER_AUTHENTICATION = "SQL_SERVER_AUTHENTICATION"


class DefaultAuthScheme(enum.Enum):
    """How the proxy authenticates to the database by default."""

    IAM_AUTH = "IAM_AUTH"
    NONE = "NONE"


class ProxyEndpointTargetRole(enum.Enum):
    """Whether a proxy endpoint reaches the writer or the readers."""

    READ_WRITE = "READ_WRITE"
    READ_ONLY = "READ_ONLY"


class SessionPinningFilter:
    """A kind of statement that does not pin a client session to a connection.

    Args:
        filter_name: the filter's name (``"EXCLUDE_VARIABLE_SETS"``).
    """

    EXCLUDE_VARIABLE_SETS: ClassVar[SessionPinningFilter]
    """Don't pin on variable settings."""

    def __init__(self, filter_name: str) -> None:
        self.filter_name = filter_name

    @staticmethod
    def of(filter_name: str) -> SessionPinningFilter:
        """A filter by name."""
        return SessionPinningFilter(filter_name)


SessionPinningFilter.EXCLUDE_VARIABLE_SETS = SessionPinningFilter("EXCLUDE_VARIABLE_SETS")


@structs.frozen(kw_only=True)
class ProxyTargetConfig:
    """What a proxy target binds to.

    Args:
        engine_family: the proxy engine family.
        db_clusters: the target clusters.
        db_instances: the target instances.
    """

    engine_family: str
    db_clusters: Sequence[Any] | None = None
    db_instances: Sequence[Any] | None = None


class ProxyTarget:
    """The instance or cluster a proxy connects to (``from_instance`` / ``from_cluster`` build one).

    Args:
        db_instance: the target database instance (``None`` for a cluster target).
        db_cluster: the target database cluster (``None`` for an instance target).
    """

    def __init__(self, db_instance: Any, db_cluster: Any) -> None:
        self._instance = db_instance
        self._cluster = db_cluster

    @staticmethod
    def from_instance(instance: Any) -> ProxyTarget:
        """A database instance."""
        return ProxyTarget(instance, None)

    @staticmethod
    def from_cluster(cluster: Any) -> ProxyTarget:
        """A database cluster."""
        return ProxyTarget(None, cluster)

    def bind(self, proxy: DatabaseProxy) -> ProxyTargetConfig:
        """Open the target's default port to the proxy; the engine family and targets."""
        target = self._cluster or self._instance
        engine = getattr(target, "engine", None)
        if engine is None:
            raise ValidationError(
                f"Could not determine engine for proxy target '{target.node.path}'. Please provide it explicitly "
                "when importing the resource",
                proxy,
            )
        family = engine.engine_family
        if not family:
            raise ValidationError(
                "RDS proxies require an engine family to be specified on the database cluster or instance. No family "
                f"specified for engine '{_util.engine_description(engine)}'",
                proxy,
            )
        if self._cluster is not None:
            self._cluster.connections.allow_default_port_from(
                proxy, "Allow connections to the database Cluster from the Proxy"
            )
        if self._instance is not None:
            self._instance.connections.allow_default_port_from(
                proxy, "Allow connections to the database Instance from the Proxy"
            )
        return ProxyTargetConfig(
            engine_family=family,
            db_clusters=[self._cluster] if self._cluster is not None else None,
            db_instances=[self._instance] if self._instance is not None else None,
        )


class _DatabaseProxyBase(Resource):
    db_proxy_name: str
    db_proxy_arn: str
    endpoint: str

    @property
    def db_proxy_ref(self) -> DBProxyReference:
        """The proxy's name and ARN."""
        return DBProxyReference(db_proxy_name=self.db_proxy_name, db_proxy_arn=self.db_proxy_arn)

    def grant_connect(self, grantee: IGrantable, db_user: str | None = None) -> Grant:
        """Allow ``rds-db:connect`` through the proxy as ``db_user``.

        Args:
            grantee: who may connect.
            db_user: the database user.
        """
        from l2 import iam

        if not db_user:
            raise ValidationError("For imported Database Proxies, the dbUser is required in grantConnect()", self)
        stack = Stack.of(self)
        generated = stack.split_arn(self.db_proxy_arn, ArnFormat.COLON_RESOURCE_NAME).resource_name
        arn = stack.format_arn(
            service="rds-db", resource="dbuser", resource_name=f"{generated}/{db_user}",
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        )
        return iam.Grant.add_to_principal(grantee=grantee, actions=["rds-db:connect"], resource_arns=[arn])


class _ImportedProxy(_DatabaseProxyBase):
    def __init__(self, scope: Construct, id: str, name: str, arn: str, endpoint: str) -> None:
        super().__init__(scope, id)
        self.db_proxy_name = name
        self.db_proxy_arn = arn
        self.endpoint = endpoint


class DatabaseProxy(_DatabaseProxyBase):
    """An RDS Proxy (``AWS::RDS::DBProxy``) in front of an instance or cluster, with its default target group.

    Args:
        scope: the parent construct.
        id: the construct id.
        proxy_target: the instance or cluster.
        vpc: the VPC.
        borrow_timeout: how long to wait for a free connection.
        client_password_auth_type: the client password authentication.
        db_proxy_name: the name (default generated).
        debug_logging: log SQL statements.
        default_auth_scheme: the default authentication to the database.
        iam_auth: require IAM authentication.
        idle_client_timeout: how long an idle client connection lives.
        init_query: SQL run on each new connection.
        max_connections_percent: the connection pool's size (% of the database's maximum).
        max_idle_connections_percent: how much of the pool may be idle.
        require_tls: require TLS (default ``True``).
        role: the role reading the secrets (default a new one).
        secrets: the secrets of the users the proxy connects as.
        security_groups: the security groups (default a new one).
        session_pinning_filters: statements that don't pin sessions.
        vpc_subnets: the subnets.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-rds.DatabaseProxy"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        proxy_target: ProxyTarget,
        vpc: IVpc,
        borrow_timeout: Duration | None = None,
        client_password_auth_type: ClientPasswordAuthType | None = None,
        db_proxy_name: str | None = None,
        debug_logging: bool | None = None,
        default_auth_scheme: DefaultAuthScheme | None = None,
        iam_auth: bool | None = None,
        idle_client_timeout: Duration | None = None,
        init_query: str | None = None,
        max_connections_percent: int | float | None = None,
        max_idle_connections_percent: int | float | None = None,
        require_tls: bool | None = None,
        role: IRole | None = None,
        secrets: Sequence[ISecret] | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        session_pinning_filters: Sequence[SessionPinningFilter] | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        from l2 import ec2, iam

        super().__init__(scope, id)
        physical = db_proxy_name or (
            Names.unique_resource_name(self, max_length=60)
            if FeatureFlags.of(self).is_enabled(DATABASE_PROXY_UNIQUE_RESOURCE_NAME)
            else id
        )
        proxy_role = role or iam.Role(self, "IAMRole", assumed_by=iam.ServicePrincipal("rds.amazonaws.com"))
        for secret in secrets or []:
            secret.grant_read(proxy_role)
            if secret.encryption_key is not None:
                secret.encryption_key.grant_decrypt(proxy_role)
        groups = list(security_groups) if security_groups is not None else [
            ec2.SecurityGroup(self, "ProxySecurityGroup", description="SecurityGroup for Database Proxy", vpc=vpc)
        ]
        self.connections: Connections = ec2.Connections(security_groups=groups)
        bound = proxy_target.bind(self)
        if (default_auth_scheme is None or default_auth_scheme is DefaultAuthScheme.NONE) and not secrets:
            raise ValidationError(
                "One or more secrets are required when defaultAuthScheme is not specified or is NONE.", self
            )
        self.secrets = list(secrets) if secrets is not None else None
        self._validate_client_password_auth_type(bound.engine_family, client_password_auth_type)
        self.resource = CfnDBProxy(
            self,
            "Resource",
            auth=[
                CfnDBProxy.AuthFormatProperty(
                    auth_scheme="SECRETS",
                    client_password_auth_type=client_password_auth_type.value
                    if client_password_auth_type is not None
                    else None,
                    iam_auth="REQUIRED" if iam_auth else "DISABLED",
                    secret_arn=s.secret_arn,
                )
                for s in secrets
            ]
            if secrets is not None
            else None,
            db_proxy_name=physical,
            debug_logging=debug_logging,
            engine_family=bound.engine_family,
            idle_client_timeout=idle_client_timeout.to_seconds() if idle_client_timeout is not None else None,
            require_tls=require_tls if require_tls is not None else True,
            role_arn=proxy_role.role_arn,
            vpc_security_group_ids=Lazy.list(lambda: [sg.security_group_id for sg in self.connections.security_groups]),
            vpc_subnet_ids=vpc.select_subnets(**(_util.selection_kwargs(vpc_subnets) if vpc_subnets else {})).subnet_ids,
            default_auth_scheme=default_auth_scheme.value if default_auth_scheme is not None else None,
        )
        self.db_proxy_name = self.resource.ref
        self.db_proxy_arn = self.resource.attr_db_proxy_arn
        self.endpoint = self.resource.attr_endpoint
        self.vpc = vpc
        instance_ids = [bound.db_instances[0].instance_identifier] if bound.db_instances else None
        cluster_ids = [c.cluster_identifier for c in bound.db_clusters] if bound.db_clusters else None
        if instance_ids and cluster_ids:
            raise ValidationError("Cannot specify both dbInstanceIdentifiers and dbClusterIdentifiers", self)
        pool = CfnDBProxyTargetGroup.ConnectionPoolConfigurationInfoFormatProperty(
            connection_borrow_timeout=borrow_timeout.to_seconds() if borrow_timeout is not None else None,
            init_query=init_query,
            max_connections_percent=max_connections_percent,
            max_idle_connections_percent=max_idle_connections_percent,
            session_pinning_filters=[f.filter_name for f in session_pinning_filters]
            if session_pinning_filters is not None
            else None,
        )
        group = CfnDBProxyTargetGroup(
            self,
            "ProxyTargetGroup",
            target_group_name="default",
            db_proxy_name=self.db_proxy_name,
            db_instance_identifiers=instance_ids,
            db_cluster_identifiers=cluster_ids,
            connection_pool_configuration_info=pool,
        )
        for cluster in bound.db_clusters or []:
            for child in cluster.node.children:
                if isinstance(child, CfnDBInstance):
                    group.add_resource_dependency(child)
                default_child = child.node.default_child
                if isinstance(default_child, CfnDBInstance):
                    group.add_resource_dependency(default_child)
            cluster_resource = cluster.node.default_child
            if cluster_resource is not None and CfnResource.is_cfn_resource(cluster_resource):
                group.add_resource_dependency(cluster_resource)

    @staticmethod
    def from_database_proxy_attributes(
        scope: Construct,
        id: str,
        *,
        db_proxy_arn: str,
        db_proxy_name: str,
        endpoint: str,
        security_groups: Sequence[ISecurityGroup],
    ) -> DatabaseProxyBaseLike:
        """Import an existing proxy.

        Args:
            scope: the parent construct.
            id: the construct id.
            db_proxy_arn: the proxy ARN.
            db_proxy_name: the proxy name.
            endpoint: the proxy endpoint.
            security_groups: the proxy's security groups.
        """
        return _ImportedProxy(scope, id, db_proxy_name, db_proxy_arn, endpoint)

    def add_endpoint(
        self,
        id: str,
        *,
        vpc: IVpc,
        db_proxy_endpoint_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        target_role: ProxyEndpointTargetRole | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> DatabaseProxyEndpoint:
        """Add a proxy endpoint.

        Args:
            id: the endpoint's construct id.
            vpc: the endpoint's VPC.
            db_proxy_endpoint_name: the endpoint's name (default generated).
            security_groups: the endpoint's security groups.
            target_role: read-write or read-only.
            vpc_subnets: the endpoint's subnets.
        """
        return DatabaseProxyEndpoint(
            self, id, db_proxy=self, vpc=vpc, db_proxy_endpoint_name=db_proxy_endpoint_name,
            security_groups=security_groups, target_role=target_role, vpc_subnets=vpc_subnets,
        )

    def as_secret_attachment_target(self) -> SecretAttachmentTargetProps:
        """This proxy as a secret attachment target."""
        from l2 import secretsmanager

        return secretsmanager.SecretAttachmentTargetProps(
            target_id=self.db_proxy_name, target_type=secretsmanager.AttachmentTargetType.RDS_DB_PROXY
        )

    def grant_connect(self, grantee: IGrantable, db_user: str | None = None) -> Grant:
        """Allow ``rds-db:connect`` through the proxy (default user: the single secret's user name).

        Args:
            grantee: who may connect.
            db_user: the database user.
        """
        if not db_user:
            if not self.secrets:
                raise ValidationError(
                    "When using IAM authentication without secrets, you must specify a dbUser parameter in "
                    "grantConnect().",
                    self,
                )
            if len(self.secrets) > 1:
                raise ValidationError(
                    "When the Proxy contains multiple Secrets, you must pass a dbUser explicitly to grantConnect()",
                    self,
                )
            db_user = self.secrets[0].secret_value_from_json("username").unsafe_unwrap()
        return super().grant_connect(grantee, db_user)

    def _validate_client_password_auth_type(self, family: str, auth: ClientPasswordAuthType | None) -> None:
        if auth is None or Token.is_unresolved(auth.value):
            return
        needs = {
            ClientPasswordAuthType.MYSQL_NATIVE_PASSWORD: "MYSQL",
            ClientPasswordAuthType.POSTGRES_SCRAM_SHA_256: "POSTGRESQL",
            ClientPasswordAuthType.POSTGRES_MD5: "POSTGRESQL",
            ClientPasswordAuthType.SQL_SERVER_AUTHENTICATION: "SQLSERVER",
        }
        want = needs.get(auth)
        if want is not None and family != want:
            raise ValidationError(
                f"{auth.value} client password authentication type requires {want} engineFamily, got {family}", self
            )


DatabaseProxyBaseLike = _DatabaseProxyBase


class _ProxyEndpointBase(Resource):
    db_proxy_endpoint_name: str
    db_proxy_endpoint_arn: str
    endpoint: str

    @property
    def db_proxy_endpoint_ref(self) -> DBProxyEndpointReference:
        """The endpoint's name and ARN."""
        return DBProxyEndpointReference(
            db_proxy_endpoint_name=self.db_proxy_endpoint_name, db_proxy_endpoint_arn=self.db_proxy_endpoint_arn
        )


class _ImportedProxyEndpoint(_ProxyEndpointBase):
    def __init__(self, scope: Construct, id: str, name: str, arn: str, endpoint: str) -> None:
        super().__init__(scope, id)
        self.db_proxy_endpoint_name = name
        self.db_proxy_endpoint_arn = arn
        self.endpoint = endpoint


class DatabaseProxyEndpoint(_ProxyEndpointBase):
    """An endpoint of an RDS Proxy (``AWS::RDS::DBProxyEndpoint``).

    Args:
        scope: the parent construct.
        id: the construct id.
        db_proxy: the proxy.
        vpc: the VPC.
        db_proxy_endpoint_name: the name (default generated).
        security_groups: the security groups.
        target_role: read-write or read-only.
        vpc_subnets: the subnets (at least 2).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-rds.DatabaseProxyEndpoint"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        db_proxy: Any,
        vpc: IVpc,
        db_proxy_endpoint_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        target_role: ProxyEndpointTargetRole | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        super().__init__(scope, id)
        name = db_proxy_endpoint_name or Names.unique_resource_name(self, max_length=60)
        subnet_ids = vpc.select_subnets(**(_util.selection_kwargs(vpc_subnets) if vpc_subnets else {})).subnet_ids
        if len(subnet_ids) < 2:
            raise ValidationError(f"`subnets` requires at least 2 subnets, got {len(subnet_ids)}", self)
        if security_groups is not None and len(security_groups) == 0:
            raise ValidationError("`securityGroups` must be undefined or a non-empty array.", self)
        resource = CfnDBProxyEndpoint(
            self,
            "Resource",
            db_proxy_endpoint_name=name,
            db_proxy_name=db_proxy.db_proxy_ref.db_proxy_name,
            vpc_subnet_ids=subnet_ids,
            vpc_security_group_ids=[sg.security_group_id for sg in security_groups]
            if security_groups is not None
            else None,
            target_role=target_role.value if target_role is not None else None,
        )
        self.db_proxy_endpoint_name = name
        self.db_proxy_endpoint_arn = resource.attr_db_proxy_endpoint_arn
        self.endpoint = resource.attr_endpoint

    @staticmethod
    def from_database_proxy_endpoint_attributes(
        scope: Construct,
        id: str,
        *,
        db_proxy_endpoint_arn: str,
        db_proxy_endpoint_name: str,
        endpoint: str,
    ) -> _ProxyEndpointBase:
        """Import an existing proxy endpoint.

        Args:
            scope: the parent construct.
            id: the construct id.
            db_proxy_endpoint_arn: the endpoint ARN.
            db_proxy_endpoint_name: the endpoint name.
            endpoint: the endpoint host name.
        """
        return _ImportedProxyEndpoint(scope, id, db_proxy_endpoint_name, db_proxy_endpoint_arn, endpoint)


@structs.frozen(kw_only=True)
class DatabaseProxyOptions:
    """Options of ``add_proxy`` (see ``DatabaseProxy`` for each field)."""

    vpc: IVpc
    borrow_timeout: Duration | None = None
    client_password_auth_type: ClientPasswordAuthType | None = None
    db_proxy_name: str | None = None
    debug_logging: bool | None = None
    default_auth_scheme: DefaultAuthScheme | None = None
    iam_auth: bool | None = None
    idle_client_timeout: Duration | None = None
    init_query: str | None = None
    max_connections_percent: int | float | None = None
    max_idle_connections_percent: int | float | None = None
    require_tls: bool | None = None
    role: IRole | None = None
    secrets: Sequence[ISecret] | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    session_pinning_filters: Sequence[SessionPinningFilter] | None = None
    vpc_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class DatabaseProxyProps(DatabaseProxyOptions):
    """The properties of a ``DatabaseProxy``.

    Args:
        proxy_target: the instance or cluster.
    """

    proxy_target: ProxyTarget


@structs.frozen(kw_only=True)
class DatabaseProxyAttributes:
    """What ``from_database_proxy_attributes`` takes.

    Args:
        db_proxy_arn: the proxy's ARN.
        db_proxy_name: the proxy's name.
        endpoint: the proxy's endpoint address.
        security_groups: the proxy's security groups.
    """

    db_proxy_arn: str
    db_proxy_name: str
    endpoint: str
    security_groups: Sequence[ISecurityGroup]


@structs.frozen(kw_only=True)
class DatabaseProxyEndpointOptions:
    """Options of ``add_endpoint`` (see ``DatabaseProxyEndpoint``)."""

    vpc: IVpc
    db_proxy_endpoint_name: str | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    target_role: ProxyEndpointTargetRole | None = None
    vpc_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class DatabaseProxyEndpointProps(DatabaseProxyEndpointOptions):
    """The properties of a ``DatabaseProxyEndpoint``.

    Args:
        db_proxy: the proxy.
    """

    db_proxy: Any


@structs.frozen(kw_only=True)
class DatabaseProxyEndpointAttributes:
    """What ``from_database_proxy_endpoint_attributes`` takes.

    Args:
        db_proxy_endpoint_arn: the proxy endpoint's ARN.
        db_proxy_endpoint_name: the proxy endpoint's name.
        endpoint: the address clients connect to the proxy through.
    """

    db_proxy_endpoint_arn: str
    db_proxy_endpoint_name: str
    endpoint: str
