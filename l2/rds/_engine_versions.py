"""Engine versions: one class per engine with a constant for every version aws-cdk-lib 2.275 names.

The constants are built from ``_version_data`` (generated from aws-cdk-lib by ``_private/gen_versions.py``).
"""

from __future__ import annotations

import re
from typing import Any

from constructs.internals import structs
from l2.rds import _version_data as _data


@structs.frozen(kw_only=True)
class EngineVersion:
    """A database engine version.

    Args:
        major_version: the major version (``"8.0"``), which names the parameter group family.
        full_version: the full version (``"8.0.35"``); default the service's default for the major version.
    """

    major_version: str
    full_version: str | None = None


@structs.frozen(kw_only=True)
class AuroraPostgresEngineFeatures:
    """What an Aurora PostgreSQL version supports.

    Args:
        s3_export: exporting to S3 (default ``False``).
        s3_import: importing from S3 (default ``False``).
        serverless_v2_auto_pause_supported: Serverless v2 auto-pause (default ``False``).
    """

    s3_export: bool | None = None
    s3_import: bool | None = None
    serverless_v2_auto_pause_supported: bool | None = None


@structs.frozen(kw_only=True)
class PostgresEngineFeatures:
    """What a PostgreSQL version supports.

    Args:
        s3_export: exporting to S3 (default ``False``).
        s3_import: importing from S3 (default ``False``).
    """

    s3_export: bool | None = None
    s3_import: bool | None = None


def _version_tuple(text: str) -> tuple[int, ...] | None:
    """The semver ``coerce`` of ``text``: its first ``x[.y[.z]]`` run, padded with zeros."""
    m = re.search(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?", text)
    if m is None:
        return None
    return tuple(int(g) if g is not None else 0 for g in m.groups())


class AuroraEngineVersion:
    """An Aurora (MySQL 5.6 compatible) engine version (deprecated in aws-cdk-lib).

    Args:
        aurora_full_version: the full version string (``"5.6.mysql_aurora.1.22.2"``).
        aurora_major_version: the major version (default ``"5.6"``).
    """

    def __init__(self, aurora_full_version: str, aurora_major_version: str = "5.6") -> None:
        self.aurora_full_version = aurora_full_version
        self.aurora_major_version = aurora_major_version

    @staticmethod
    def of(aurora_full_version: str, aurora_major_version: str | None = None) -> AuroraEngineVersion:
        """A version not among the constants.

        Args:
            aurora_full_version: the full version (``"5.6.mysql_aurora.1.22.2"``).
            aurora_major_version: the major version (default ``"5.6"``).
        """
        return AuroraEngineVersion(aurora_full_version, aurora_major_version or "5.6")


class AuroraMysqlEngineVersion:
    """An Aurora MySQL engine version.

    Args:
        aurora_mysql_full_version: the full version string (``"8.0.mysql_aurora.3.08.0"``).
        aurora_mysql_major_version: the major version (default ``"5.7"``).
        combine_import_and_export_roles: whether one IAM role serves both S3 import and export (default no).
        serverless_v2_auto_pause_supported: whether Serverless v2 instances may auto-pause (default no).
    """

    def __init__(
        self,
        aurora_mysql_full_version: str,
        aurora_mysql_major_version: str = "5.7",
        combine_import_and_export_roles: bool | None = None,
        serverless_v2_auto_pause_supported: bool | None = None,
    ) -> None:
        self.aurora_mysql_full_version = aurora_mysql_full_version
        self.aurora_mysql_major_version = aurora_mysql_major_version
        self._combine_import_and_export_roles = combine_import_and_export_roles
        self._serverless_v2_auto_pause_supported = serverless_v2_auto_pause_supported

    @staticmethod
    def of(aurora_mysql_full_version: str, aurora_mysql_major_version: str | None = None) -> AuroraMysqlEngineVersion:
        """A version not among the constants.

        Args:
            aurora_mysql_full_version: the full version (``"8.0.mysql_aurora.3.08.0"``).
            aurora_mysql_major_version: the major version (``"8.0"``).
        """
        major = aurora_mysql_major_version
        if major == "8.0":
            auto_pause = aurora_mysql_full_version >= "8.0.mysql_aurora.3.08.0"
        else:
            coerced = _version_tuple(major) if major else None
            auto_pause = coerced is not None and coerced >= (8, 1, 0)
        return AuroraMysqlEngineVersion(
            aurora_mysql_full_version,
            major if major is not None else "5.7",
            (major != "5.7") if major else False,
            auto_pause,
        )


def _aurora_postgres_auto_pause(full_version: str) -> bool:
    v = _version_tuple(full_version)
    if v is None:
        return False
    return v >= (16, 3, 0) or (v[0] == 15 and v >= (15, 7, 0)) or (v[0] == 14 and v >= (14, 12, 0)) or (
        v[0] == 13 and v >= (13, 15, 0)
    )


class AuroraPostgresEngineVersion:
    """An Aurora PostgreSQL engine version.

    Args:
        aurora_postgres_full_version: the full version string (``"16.4"``).
        aurora_postgres_major_version: the major version (``"16"``).
        aurora_postgres_features: what the version supports: S3 import/export, Serverless v2 auto-pause (default
            none of them).
    """

    def __init__(
        self,
        aurora_postgres_full_version: str,
        aurora_postgres_major_version: str,
        aurora_postgres_features: AuroraPostgresEngineFeatures | None = None,
    ) -> None:
        self.aurora_postgres_full_version = aurora_postgres_full_version
        self.aurora_postgres_major_version = aurora_postgres_major_version
        f = aurora_postgres_features
        self._features: dict[str, Any] = {
            "s3_import": "s3Import" if f is not None and f.s3_import else None,
            "s3_export": "s3Export" if f is not None and f.s3_export else None,
            "serverless_v2_auto_pause_supported": f.serverless_v2_auto_pause_supported if f is not None else None,
        }

    @staticmethod
    def of(
        aurora_postgres_full_version: str,
        aurora_postgres_major_version: str,
        *,
        s3_export: bool | None = None,
        s3_import: bool | None = None,
        serverless_v2_auto_pause_supported: bool | None = None,
    ) -> AuroraPostgresEngineVersion:
        """A version not among the constants.

        Args:
            aurora_postgres_full_version: the full version (``"16.4"``).
            aurora_postgres_major_version: the major version (``"16"``).
            s3_export: the version supports exporting to S3.
            s3_import: the version supports importing from S3.
            serverless_v2_auto_pause_supported: the version supports Serverless v2 auto-pause (default from the
                version: 16.3+, 15.7+, 14.12+, 13.15+).
        """
        auto_pause = (
            serverless_v2_auto_pause_supported
            if serverless_v2_auto_pause_supported is not None
            else _aurora_postgres_auto_pause(aurora_postgres_full_version)
        )
        return AuroraPostgresEngineVersion(
            aurora_postgres_full_version,
            aurora_postgres_major_version,
            AuroraPostgresEngineFeatures(
                s3_export=s3_export, s3_import=s3_import, serverless_v2_auto_pause_supported=auto_pause
            ),
        )


class MariaDbEngineVersion:
    """A MariaDB engine version.

    Args:
        maria_db_full_version: the full version string (``"10.11.6"``).
        maria_db_major_version: the major version (``"10.11"``).
    """

    def __init__(self, maria_db_full_version: str, maria_db_major_version: str) -> None:
        self.maria_db_full_version = maria_db_full_version
        self.maria_db_major_version = maria_db_major_version

    @staticmethod
    def of(maria_db_full_version: str, maria_db_major_version: str) -> MariaDbEngineVersion:
        """A version not among the constants.

        Args:
            maria_db_full_version: the full version (``"10.11.6"``).
            maria_db_major_version: the major version (``"10.11"``).
        """
        return MariaDbEngineVersion(maria_db_full_version, maria_db_major_version)


class MysqlEngineVersion:
    """A MySQL engine version.

    Args:
        mysql_full_version: the full version string (``"8.0.35"``).
        mysql_major_version: the major version (``"8.0"``).
    """

    def __init__(self, mysql_full_version: str, mysql_major_version: str) -> None:
        self.mysql_full_version = mysql_full_version
        self.mysql_major_version = mysql_major_version

    @staticmethod
    def of(mysql_full_version: str, mysql_major_version: str) -> MysqlEngineVersion:
        """A version not among the constants.

        Args:
            mysql_full_version: the full version (``"8.0.35"``).
            mysql_major_version: the major version (``"8.0"``).
        """
        return MysqlEngineVersion(mysql_full_version, mysql_major_version)


class PostgresEngineVersion:
    """A PostgreSQL engine version.

    Args:
        postgres_full_version: the full version string (``"16.4"``).
        postgres_major_version: the major version (``"16"``).
        postgres_features: whether the version supports S3 import and export (default neither).
    """

    def __init__(
        self,
        postgres_full_version: str,
        postgres_major_version: str,
        postgres_features: PostgresEngineFeatures | None = None,
    ) -> None:
        self.postgres_full_version = postgres_full_version
        self.postgres_major_version = postgres_major_version
        f = postgres_features
        self._features: dict[str, Any] = {
            "s3_import": "s3Import" if f is not None and f.s3_import else None,
            "s3_export": "s3Export" if f is not None and f.s3_export else None,
        }

    @staticmethod
    def of(
        postgres_full_version: str,
        postgres_major_version: str,
        *,
        s3_export: bool | None = None,
        s3_import: bool | None = None,
    ) -> PostgresEngineVersion:
        """A version not among the constants.

        Args:
            postgres_full_version: the full version (``"16.4"``).
            postgres_major_version: the major version (``"16"``).
            s3_export: the version supports exporting to S3.
            s3_import: the version supports importing from S3.
        """
        return PostgresEngineVersion(
            postgres_full_version,
            postgres_major_version,
            PostgresEngineFeatures(s3_export=s3_export, s3_import=s3_import),
        )


class OracleEngineVersion:
    """An Oracle engine version.

    Args:
        oracle_full_version: the full version string (``"19.0.0.0.ru-2024-01.rur-2024-01.r1"``).
        oracle_major_version: the major version (``"19"``).
    """

    def __init__(self, oracle_full_version: str, oracle_major_version: str) -> None:
        self.oracle_full_version = oracle_full_version
        self.oracle_major_version = oracle_major_version

    @staticmethod
    def of(oracle_full_version: str, oracle_major_version: str) -> OracleEngineVersion:
        """A version not among the constants.

        Args:
            oracle_full_version: the full version (``"19.0.0.0.ru-2024-01.rur-2024-01.r1"``).
            oracle_major_version: the major version (``"19"``).
        """
        return OracleEngineVersion(oracle_full_version, oracle_major_version)


class SqlServerEngineVersion:
    """A SQL Server engine version.

    Args:
        sql_server_full_version: the full version string (``"16.00.4085.2.v1"``).
        sql_server_major_version: the major version (``"16.00"``).
    """

    def __init__(self, sql_server_full_version: str, sql_server_major_version: str) -> None:
        self.sql_server_full_version = sql_server_full_version
        self.sql_server_major_version = sql_server_major_version

    @staticmethod
    def of(sql_server_full_version: str, sql_server_major_version: str) -> SqlServerEngineVersion:
        """A version not among the constants.

        Args:
            sql_server_full_version: the full version (``"16.00.4085.2.v1"``).
            sql_server_major_version: the major version (``"16.00"``).
        """
        return SqlServerEngineVersion(sql_server_full_version, sql_server_major_version)


def _install_constants() -> None:
    for name, (full, major) in _data.AURORAENGINEVERSIONS.items():
        setattr(AuroraEngineVersion, name, AuroraEngineVersion(full, major))
    for name, (full, major) in _data.AURORAMYSQLENGINEVERSIONS.items():
        if full.startswith("8.0.mysql_aurora."):
            minor = full[len("8.0.mysql_aurora."):]
            version = AuroraMysqlEngineVersion(full, major, True, minor >= "3.08.0")
        else:
            version = AuroraMysqlEngineVersion(full, major)
        setattr(AuroraMysqlEngineVersion, name, version)
    for name, (full, major, imp, exp) in _data.AURORAPOSTGRESENGINEVERSIONS.items():
        setattr(
            AuroraPostgresEngineVersion,
            name,
            AuroraPostgresEngineVersion.of(full, major, s3_import=imp or None, s3_export=exp or None),
        )
    for name, (full, major) in _data.MARIADBENGINEVERSIONS.items():
        setattr(MariaDbEngineVersion, name, MariaDbEngineVersion(full, major))
    for name, (full, major) in _data.MYSQLENGINEVERSIONS.items():
        setattr(MysqlEngineVersion, name, MysqlEngineVersion(full, major))
    for name, (full, major, imp, exp) in _data.POSTGRESENGINEVERSIONS.items():
        setattr(PostgresEngineVersion, name, PostgresEngineVersion.of(full, major, s3_import=imp, s3_export=exp))
    for name, (full, major) in _data.ORACLEENGINEVERSIONS.items():
        setattr(OracleEngineVersion, name, OracleEngineVersion(full, major))
    for name, (full, major) in _data.SQLSERVERENGINEVERSIONS.items():
        setattr(SqlServerEngineVersion, name, SqlServerEngineVersion(full, major))


_install_constants()
