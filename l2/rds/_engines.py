"""Database engines: ``DatabaseInstanceEngine`` and ``DatabaseClusterEngine`` with their bind results."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import Construct, ValidationError
from constructs.internals import structs
from l2.rds._engine_versions import (
    AuroraEngineVersion,
    AuroraMysqlEngineVersion,
    AuroraPostgresEngineVersion,
    EngineVersion,
    MariaDbEngineVersion,
    MysqlEngineVersion,
    OracleEngineVersion,
    PostgresEngineVersion,
    SqlServerEngineVersion,
)

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.rds._interfaces import IOptionGroup, IParameterGroup
    from l2.secretsmanager import SecretRotationApplication


@structs.frozen(kw_only=True)
class InstanceEngineFeatures:
    """The S3 feature names an instance engine associates roles with.

    Args:
        s3_export: the feature name of S3 export (none: not supported).
        s3_import: the feature name of S3 import (none: not supported).
    """

    s3_export: str | None = None
    s3_import: str | None = None


@structs.frozen(kw_only=True)
class InstanceEngineConfig:
    """What binding an engine to an instance returns.

    Args:
        features: the engine's S3 features.
        option_group: the option group the instance uses.
    """

    features: InstanceEngineFeatures | None = None
    option_group: IOptionGroup | None = None


@structs.frozen(kw_only=True)
class InstanceEngineBindOptions:
    """What an instance passes when binding its engine.

    Args:
        domain: the Active Directory domain.
        option_group: the option group given to the instance.
        s3_export_role: the role for S3 export.
        s3_import_role: the role for S3 import.
        timezone: the time zone (SQL Server only).
    """

    domain: str | None = None
    option_group: IOptionGroup | None = None
    s3_export_role: IRole | None = None
    s3_import_role: IRole | None = None
    timezone: str | None = None


@structs.frozen(kw_only=True)
class ClusterEngineFeatures:
    """The features a cluster engine supports.

    Args:
        s3_export: the feature name of S3 export.
        s3_import: the feature name of S3 import.
        serverless_v2_auto_pause_supported: Serverless v2 instances may pause.
    """

    s3_export: str | None = None
    s3_import: str | None = None
    serverless_v2_auto_pause_supported: bool | None = None


@structs.frozen(kw_only=True)
class ClusterEngineConfig:
    """What binding an engine to a cluster returns.

    Args:
        features: the engine's features.
        parameter_group: the cluster parameter group.
        port: the engine's default port.
    """

    features: ClusterEngineFeatures | None = None
    parameter_group: IParameterGroup | None = None
    port: int | float | None = None


@structs.frozen(kw_only=True)
class ClusterEngineBindOptions:
    """What a cluster passes when binding its engine.

    Args:
        parameter_group: the cluster parameter group given to the cluster.
        s3_export_role: the role for S3 export.
        s3_import_role: the role for S3 import.
    """

    parameter_group: IParameterGroup | None = None
    s3_export_role: IRole | None = None
    s3_import_role: IRole | None = None


def _rotation_app(name: str | None) -> SecretRotationApplication | None:
    if name is None:
        return None
    from l2 import secretsmanager

    app: SecretRotationApplication = getattr(secretsmanager.SecretRotationApplication, name)
    return app


class _EngineBase:
    """What instance and cluster engines share."""

    default_username: str | None = None

    def __init__(
        self,
        engine_type: str,
        version: EngineVersion | None,
        rotation: str | None,
        parameter_group_family: str | None = None,
        engine_family: str | None = None,
    ) -> None:
        self.engine_type = engine_type
        self.engine_version = version
        self.engine_family = engine_family
        self._rotation = rotation
        if parameter_group_family is None and version is not None:
            parameter_group_family = f"{engine_type}{version.major_version}"
        self.parameter_group_family = parameter_group_family

    @property
    def single_user_rotation_application(self) -> SecretRotationApplication:
        """The Serverless Application Repository application rotating a single user's secret."""
        app = _rotation_app(f"{self._rotation}_ROTATION_SINGLE_USER" if self._rotation else None)
        assert app is not None
        return app

    @property
    def multi_user_rotation_application(self) -> SecretRotationApplication:
        """The Serverless Application Repository application rotating a user's secret with a master secret."""
        app = _rotation_app(f"{self._rotation}_ROTATION_MULTI_USER" if self._rotation else None)
        assert app is not None
        return app


# ---------------------------------------------------------------------------------------------- instance engines


class _InstanceEngine(_EngineBase):
    supports_read_replica_backups: bool | None = None

    def __init__(
        self,
        engine_type: str,
        version: EngineVersion | None,
        rotation: str,
        *,
        features: InstanceEngineFeatures | None = None,
        parameter_group_family: str | None = None,
        engine_family: str | None = None,
    ) -> None:
        super().__init__(engine_type, version, rotation, parameter_group_family, engine_family)
        self._features = features

    _supports_timezone = False

    def bind_to_instance(
        self,
        scope: Construct,
        *,
        domain: str | None = None,
        option_group: IOptionGroup | None = None,
        s3_export_role: IRole | None = None,
        s3_import_role: IRole | None = None,
        timezone: str | None = None,
    ) -> InstanceEngineConfig:
        """Bind the engine to an instance.

        Args:
            scope: the instance.
            domain: the Active Directory domain.
            option_group: the option group given to the instance.
            s3_export_role: the role for S3 export.
            s3_import_role: the role for S3 import.
            timezone: the time zone (SQL Server only).
        """
        if timezone and not self._supports_timezone:
            raise ValidationError(f"timezone property can not be configured for {self.engine_type}", scope)
        return InstanceEngineConfig(features=self._features, option_group=option_group)


class _MariaDbInstanceEngine(_InstanceEngine):
    supports_read_replica_backups = True

    def __init__(self, version: MariaDbEngineVersion | None = None) -> None:
        super().__init__(
            "mariadb",
            EngineVersion(full_version=version.maria_db_full_version, major_version=version.maria_db_major_version)
            if version
            else None,
            "MARIADB",
            engine_family="MYSQL",
        )

    def bind_to_instance(
        self,
        scope: Construct,
        *,
        domain: str | None = None,
        option_group: IOptionGroup | None = None,
        s3_export_role: IRole | None = None,
        s3_import_role: IRole | None = None,
        timezone: str | None = None,
    ) -> InstanceEngineConfig:
        """Bind the engine to an instance (a domain is not supported)."""
        if domain:
            raise ValidationError(f"domain property cannot be configured for {self.engine_type}", scope)
        return super().bind_to_instance(
            scope, option_group=option_group, s3_export_role=s3_export_role, s3_import_role=s3_import_role,
            timezone=timezone,
        )


class _MySqlInstanceEngine(_InstanceEngine):
    supports_read_replica_backups = True

    def __init__(self, version: MysqlEngineVersion | None = None) -> None:
        super().__init__(
            "mysql",
            EngineVersion(full_version=version.mysql_full_version, major_version=version.mysql_major_version)
            if version
            else None,
            "MYSQL",
            engine_family="MYSQL",
        )


class _PostgresInstanceEngine(_InstanceEngine):
    default_username = "postgres"

    def __init__(self, version: PostgresEngineVersion | None = None) -> None:
        features = (
            InstanceEngineFeatures(s3_import=version._features["s3_import"], s3_export=version._features["s3_export"])
            if version
            else InstanceEngineFeatures(s3_import="s3Import")
        )
        super().__init__(
            "postgres",
            EngineVersion(full_version=version.postgres_full_version, major_version=version.postgres_major_version)
            if version
            else None,
            "POSTGRES",
            features=features,
            engine_family="POSTGRESQL",
        )


class _OracleInstanceEngine(_InstanceEngine):
    def __init__(self, engine_type: str, version: OracleEngineVersion | None) -> None:
        ev = (
            EngineVersion(full_version=version.oracle_full_version, major_version=version.oracle_major_version)
            if version
            else None
        )
        super().__init__(
            engine_type,
            ev,
            "ORACLE",
            features=InstanceEngineFeatures(s3_import="S3_INTEGRATION", s3_export="S3_INTEGRATION"),
            parameter_group_family=f"{engine_type}-{ev.major_version}" if ev else None,
        )

    def bind_to_instance(
        self,
        scope: Construct,
        *,
        domain: str | None = None,
        option_group: IOptionGroup | None = None,
        s3_export_role: IRole | None = None,
        s3_import_role: IRole | None = None,
        timezone: str | None = None,
    ) -> InstanceEngineConfig:
        """Bind the engine to an instance (an S3 role adds the ``S3_INTEGRATION`` option)."""
        config = super().bind_to_instance(scope, domain=domain, option_group=option_group, timezone=timezone)
        if s3_import_role or s3_export_role:
            if option_group is None:
                from l2.rds._option_group import OptionGroup

                option_group = OptionGroup(scope, "InstanceOptionGroup", engine=self, configurations=[])
            option_group.add_configuration(name="S3_INTEGRATION", version="1.0")
        return InstanceEngineConfig(features=config.features, option_group=option_group)


class _SqlServerInstanceEngine(_InstanceEngine):
    _supports_timezone = True

    def __init__(self, engine_type: str, version: SqlServerEngineVersion | None) -> None:
        family = None
        if version:
            major = version.sql_server_major_version
            family = f"{engine_type}-{major[:-1] if major.endswith('.00') else major}"
        super().__init__(
            engine_type,
            EngineVersion(full_version=version.sql_server_full_version, major_version=version.sql_server_major_version)
            if version
            else None,
            "SQLSERVER",
            features=InstanceEngineFeatures(s3_import="S3_INTEGRATION", s3_export="S3_INTEGRATION"),
            parameter_group_family=family,
            engine_family="SQLSERVER",
        )

    def bind_to_instance(
        self,
        scope: Construct,
        *,
        domain: str | None = None,
        option_group: IOptionGroup | None = None,
        s3_export_role: IRole | None = None,
        s3_import_role: IRole | None = None,
        timezone: str | None = None,
    ) -> InstanceEngineConfig:
        """Bind the engine to an instance (an S3 role adds the ``SQLSERVER_BACKUP_RESTORE`` option)."""
        config = super().bind_to_instance(scope, domain=domain, option_group=option_group, timezone=timezone)
        s3_role = s3_import_role or s3_export_role
        if s3_role:
            if s3_import_role and s3_export_role and s3_import_role is not s3_export_role:
                raise ValidationError("S3 import and export roles must be the same for SQL Server engines", scope)
            if option_group is None:
                from l2.rds._option_group import OptionGroup

                option_group = OptionGroup(scope, "InstanceOptionGroup", engine=self, configurations=[])
            option_group.add_configuration(name="SQLSERVER_BACKUP_RESTORE", settings={"IAM_ROLE_ARN": s3_role.role_arn})
        return InstanceEngineConfig(features=config.features, option_group=option_group)


@structs.frozen(kw_only=True)
class MariaDbInstanceEngineProps:
    """The properties of the MariaDB engine.

    Args:
        version: the exact MariaDB engine version.
    """

    version: MariaDbEngineVersion


@structs.frozen(kw_only=True)
class MySqlInstanceEngineProps:
    """The properties of the MySQL engine.

    Args:
        version: the exact MySQL engine version.
    """

    version: MysqlEngineVersion


@structs.frozen(kw_only=True)
class PostgresInstanceEngineProps:
    """The properties of the PostgreSQL engine.

    Args:
        version: the exact PostgreSQL engine version.
    """

    version: PostgresEngineVersion


@structs.frozen(kw_only=True)
class OracleEeInstanceEngineProps:
    """The properties of the Oracle engine.

    Args:
        version: the exact Oracle engine version.
    """

    version: OracleEngineVersion


@structs.frozen(kw_only=True)
class OracleEeCdbInstanceEngineProps:
    """The properties of the Oracle engine.

    Args:
        version: the exact Oracle engine version.
    """

    version: OracleEngineVersion


@structs.frozen(kw_only=True)
class OracleSe2InstanceEngineProps:
    """The properties of the Oracle engine.

    Args:
        version: the exact Oracle engine version.
    """

    version: OracleEngineVersion


@structs.frozen(kw_only=True)
class OracleSe2CdbInstanceEngineProps:
    """The properties of the Oracle engine.

    Args:
        version: the exact Oracle engine version.
    """

    version: OracleEngineVersion


@structs.frozen(kw_only=True)
class SqlServerEeInstanceEngineProps:
    """The properties of the SQL Server engine.

    Args:
        version: the exact SQL Server engine version.
    """

    version: SqlServerEngineVersion


@structs.frozen(kw_only=True)
class SqlServerSeInstanceEngineProps:
    """The properties of the SQL Server engine.

    Args:
        version: the exact SQL Server engine version.
    """

    version: SqlServerEngineVersion


@structs.frozen(kw_only=True)
class SqlServerExInstanceEngineProps:
    """The properties of the SQL Server engine.

    Args:
        version: the exact SQL Server engine version.
    """

    version: SqlServerEngineVersion


@structs.frozen(kw_only=True)
class SqlServerWebInstanceEngineProps:
    """The properties of the SQL Server engine.

    Args:
        version: the exact SQL Server engine version.
    """

    version: SqlServerEngineVersion


class DatabaseInstanceEngine:
    """The engines of a ``DatabaseInstance``: unversioned constants and versioned factories."""

    MARIADB: Any = _MariaDbInstanceEngine()
    """MariaDB, unversioned (the service's default version)."""
    MYSQL: Any = _MySqlInstanceEngine()
    """MySQL, unversioned."""
    ORACLE_EE: Any = _OracleInstanceEngine("oracle-ee", None)
    """Oracle Enterprise Edition, unversioned."""
    ORACLE_EE_CDB: Any = _OracleInstanceEngine("oracle-ee-cdb", None)
    """Oracle Enterprise Edition (container database), unversioned."""
    ORACLE_SE2: Any = _OracleInstanceEngine("oracle-se2", None)
    """Oracle Standard Edition Two, unversioned."""
    ORACLE_SE2_CDB: Any = _OracleInstanceEngine("oracle-se2-cdb", None)
    """Oracle Standard Edition Two (container database), unversioned."""
    POSTGRES: Any = _PostgresInstanceEngine()
    """PostgreSQL, unversioned."""
    SQL_SERVER_EE: Any = _SqlServerInstanceEngine("sqlserver-ee", None)
    """SQL Server Enterprise Edition, unversioned."""
    SQL_SERVER_SE: Any = _SqlServerInstanceEngine("sqlserver-se", None)
    """SQL Server Standard Edition, unversioned."""
    SQL_SERVER_EX: Any = _SqlServerInstanceEngine("sqlserver-ex", None)
    """SQL Server Express Edition, unversioned."""
    SQL_SERVER_WEB: Any = _SqlServerInstanceEngine("sqlserver-web", None)
    """SQL Server Web Edition, unversioned."""

    @staticmethod
    def maria_db(*, version: MariaDbEngineVersion) -> IInstanceEngine:
        """MariaDB at ``version``."""
        return _MariaDbInstanceEngine(version)

    @staticmethod
    def mysql(*, version: MysqlEngineVersion) -> IInstanceEngine:
        """MySQL at ``version``."""
        return _MySqlInstanceEngine(version)

    @staticmethod
    def postgres(*, version: PostgresEngineVersion) -> IInstanceEngine:
        """PostgreSQL at ``version``."""
        return _PostgresInstanceEngine(version)

    @staticmethod
    def oracle_ee(*, version: OracleEngineVersion) -> IInstanceEngine:
        """Oracle Enterprise Edition at ``version``."""
        return _OracleInstanceEngine("oracle-ee", version)

    @staticmethod
    def oracle_ee_cdb(*, version: OracleEngineVersion) -> IInstanceEngine:
        """Oracle Enterprise Edition (container database) at ``version``."""
        return _OracleInstanceEngine("oracle-ee-cdb", version)

    @staticmethod
    def oracle_se2(*, version: OracleEngineVersion) -> IInstanceEngine:
        """Oracle Standard Edition Two at ``version``."""
        return _OracleInstanceEngine("oracle-se2", version)

    @staticmethod
    def oracle_se2_cdb(*, version: OracleEngineVersion) -> IInstanceEngine:
        """Oracle Standard Edition Two (container database) at ``version``."""
        return _OracleInstanceEngine("oracle-se2-cdb", version)

    @staticmethod
    def sql_server_ee(*, version: SqlServerEngineVersion) -> IInstanceEngine:
        """SQL Server Enterprise Edition at ``version``."""
        return _SqlServerInstanceEngine("sqlserver-ee", version)

    @staticmethod
    def sql_server_se(*, version: SqlServerEngineVersion) -> IInstanceEngine:
        """SQL Server Standard Edition at ``version``."""
        return _SqlServerInstanceEngine("sqlserver-se", version)

    @staticmethod
    def sql_server_ex(*, version: SqlServerEngineVersion) -> IInstanceEngine:
        """SQL Server Express Edition at ``version``."""
        return _SqlServerInstanceEngine("sqlserver-ex", version)

    @staticmethod
    def sql_server_web(*, version: SqlServerEngineVersion) -> IInstanceEngine:
        """SQL Server Web Edition at ``version``."""
        return _SqlServerInstanceEngine("sqlserver-web", version)


# ----------------------------------------------------------------------------------------------- cluster engines


class _ClusterEngine(_EngineBase):
    supported_log_types: list[str] = []
    combine_import_and_export_roles: bool | None = None
    _default_port: int | None = None

    def __init__(
        self,
        engine_type: str,
        version: EngineVersion | None,
        rotation: str,
        features: ClusterEngineFeatures | None,
        engine_family: str,
    ) -> None:
        super().__init__(engine_type, version, rotation, engine_family=engine_family)
        self._features = features

    def _default_parameter_group(self, scope: Construct) -> IParameterGroup | None:
        return None

    def bind_to_cluster(
        self,
        scope: Construct,
        *,
        parameter_group: IParameterGroup | None = None,
        s3_export_role: IRole | None = None,
        s3_import_role: IRole | None = None,
    ) -> ClusterEngineConfig:
        """Bind the engine to a cluster.

        Args:
            scope: the cluster.
            parameter_group: the cluster parameter group given to the cluster.
            s3_export_role: the role for S3 export.
            s3_import_role: the role for S3 import.
        """
        return ClusterEngineConfig(
            parameter_group=parameter_group or self._default_parameter_group(scope),
            port=self._default_port,
            features=self._features,
        )


class _MySqlClusterEngine(_ClusterEngine):
    supported_log_types = ["error", "general", "slowquery", "audit", "instance", "iam-db-auth-error"]

    def __init__(
        self,
        engine_type: str,
        version: EngineVersion | None,
        default_major: str,
        combine: bool | None,
        auto_pause: bool | None,
    ) -> None:
        super().__init__(
            engine_type,
            version or EngineVersion(major_version=default_major),
            "MYSQL",
            ClusterEngineFeatures(serverless_v2_auto_pause_supported=auto_pause),
            "MYSQL",
        )
        self.combine_import_and_export_roles = combine

    def bind_to_cluster(
        self,
        scope: Construct,
        *,
        parameter_group: IParameterGroup | None = None,
        s3_export_role: IRole | None = None,
        s3_import_role: IRole | None = None,
    ) -> ClusterEngineConfig:
        """Bind the engine to a cluster (S3 roles become cluster parameters)."""
        config = super().bind_to_cluster(scope, parameter_group=parameter_group)
        group = parameter_group
        if group is None:
            if s3_import_role or s3_export_role:
                from l2.rds._parameter_group import ParameterGroup

                group = ParameterGroup(scope, "ClusterParameterGroup", engine=self)
            else:
                group = config.parameter_group
        if s3_import_role and group is not None:
            key = "aws_default_s3_role" if self.combine_import_and_export_roles else "aurora_load_from_s3_role"
            group.add_parameter(key, s3_import_role.role_arn)
        if s3_export_role and group is not None:
            key = "aws_default_s3_role" if self.combine_import_and_export_roles else "aurora_select_into_s3_role"
            group.add_parameter(key, s3_export_role.role_arn)
        return ClusterEngineConfig(parameter_group=group, port=config.port, features=config.features)


class _AuroraClusterEngine(_MySqlClusterEngine):
    def __init__(self, version: AuroraEngineVersion | None = None) -> None:
        super().__init__(
            "aurora",
            EngineVersion(full_version=version.aurora_full_version, major_version=version.aurora_major_version)
            if version
            else None,
            "5.6",
            None,
            None,
        )


class _AuroraMysqlClusterEngine(_MySqlClusterEngine):
    def __init__(self, version: AuroraMysqlEngineVersion | None = None) -> None:
        super().__init__(
            "aurora-mysql",
            EngineVersion(
                full_version=version.aurora_mysql_full_version, major_version=version.aurora_mysql_major_version
            )
            if version
            else None,
            "5.7",
            version._combine_import_and_export_roles if version else None,
            version._serverless_v2_auto_pause_supported if version else None,
        )

    def _default_parameter_group(self, scope: Construct) -> IParameterGroup | None:
        from l2.rds._parameter_group import ParameterGroup

        return ParameterGroup.from_parameter_group_name(
            scope, "AuroraMySqlDatabaseClusterEngineDefaultParameterGroup", f"default.{self.parameter_group_family}"
        )


class _AuroraPostgresClusterEngine(_ClusterEngine):
    default_username = "postgres"
    supported_log_types = ["postgresql", "iam-db-auth-error", "instance"]
    _default_port = 5432

    def __init__(self, version: AuroraPostgresEngineVersion | None = None) -> None:
        if version:
            f = version._features
            features = ClusterEngineFeatures(
                s3_import="s3Import" if f["s3_import"] else None,
                s3_export="s3Export" if f["s3_export"] else None,
                serverless_v2_auto_pause_supported=f["serverless_v2_auto_pause_supported"],
            )
        else:
            features = ClusterEngineFeatures(s3_import="s3Import", s3_export="s3Export")
        super().__init__(
            "aurora-postgresql",
            EngineVersion(
                full_version=version.aurora_postgres_full_version,
                major_version=version.aurora_postgres_major_version,
            )
            if version
            else None,
            "POSTGRES",
            features,
            "POSTGRESQL",
        )

    def bind_to_cluster(
        self,
        scope: Construct,
        *,
        parameter_group: IParameterGroup | None = None,
        s3_export_role: IRole | None = None,
        s3_import_role: IRole | None = None,
    ) -> ClusterEngineConfig:
        """Bind the engine to a cluster (checks the version supports the S3 features asked for)."""
        config = super().bind_to_cluster(scope, parameter_group=parameter_group)
        full = self.engine_version.full_version if self.engine_version else None
        if full:
            features = config.features
            if s3_import_role and not (features and features.s3_import):
                raise ValidationError(
                    f"s3Import is not supported for Postgres version: {full}. Use a version that supports the "
                    "s3Import feature.",
                    scope,
                )
            if s3_export_role and not (features and features.s3_export):
                raise ValidationError(
                    f"s3Export is not supported for Postgres version: {full}. Use a version that supports the "
                    "s3Export feature.",
                    scope,
                )
        return config

    def _default_parameter_group(self, scope: Construct) -> IParameterGroup | None:
        from l2.rds._parameter_group import ParameterGroup

        if not self.parameter_group_family:
            raise ValidationError(
                "Could not create a new ParameterGroup for an unversioned aurora-postgresql cluster engine. Please "
                "either use a versioned engine, or pass an explicit ParameterGroup when creating the cluster",
                scope,
            )
        return ParameterGroup.from_parameter_group_name(
            scope,
            "AuroraPostgreSqlDatabaseClusterEngineDefaultParameterGroup",
            f"default.{self.parameter_group_family}",
        )


@structs.frozen(kw_only=True)
class AuroraClusterEngineProps:
    """The properties of the Aurora (MySQL 5.6) engine.

    Args:
        version: the exact Aurora (MySQL 5.6) engine version.
    """

    version: AuroraEngineVersion


@structs.frozen(kw_only=True)
class AuroraMysqlClusterEngineProps:
    """The properties of the Aurora MySQL engine.

    Args:
        version: the exact Aurora MySQL engine version.
    """

    version: AuroraMysqlEngineVersion


@structs.frozen(kw_only=True)
class AuroraPostgresClusterEngineProps:
    """The properties of the Aurora PostgreSQL engine.

    Args:
        version: the exact Aurora PostgreSQL engine version.
    """

    version: AuroraPostgresEngineVersion


class DatabaseClusterEngine:
    """The engines of a ``DatabaseCluster``: unversioned constants and versioned factories."""

    AURORA: Any = _AuroraClusterEngine()
    """Aurora MySQL 5.6, unversioned (deprecated)."""
    AURORA_MYSQL: Any = _AuroraMysqlClusterEngine()
    """Aurora MySQL, unversioned."""
    AURORA_POSTGRESQL: Any = _AuroraPostgresClusterEngine()
    """Aurora PostgreSQL, unversioned."""

    @staticmethod
    def aurora(*, version: AuroraEngineVersion) -> IClusterEngine:
        """Aurora MySQL 5.6 at ``version`` (deprecated: use ``aurora_mysql``)."""
        return _AuroraClusterEngine(version)

    @staticmethod
    def aurora_mysql(*, version: AuroraMysqlEngineVersion) -> IClusterEngine:
        """Aurora MySQL at ``version``."""
        return _AuroraMysqlClusterEngine(version)

    @staticmethod
    def aurora_postgres(*, version: AuroraPostgresEngineVersion) -> IClusterEngine:
        """Aurora PostgreSQL at ``version``."""
        return _AuroraPostgresClusterEngine(version)


if TYPE_CHECKING:
    from l2.rds._interfaces import IClusterEngine, IInstanceEngine
