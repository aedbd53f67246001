"""``OptionGroup``: engine options (Oracle, SQL Server, MySQL, MariaDB) and their security groups."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Lazy, Resource, ValidationError
from constructs.internals import structs
from l1._private.interfaces.rds import OptionGroupReference as OptionGroupReference
from l1.rds import CfnOptionGroup

if TYPE_CHECKING:
    from l2.ec2 import Connections, ISecurityGroup, IVpc
    from l2.rds._interfaces import IInstanceEngine, IOptionGroup


@structs.frozen(kw_only=True)
class OptionConfiguration:
    """An option of an option group.

    Args:
        name: the option's name (``OEM``, ``SQLSERVER_BACKUP_RESTORE``, ...).
        port: the option's port (needs ``vpc``).
        security_groups: the option's security groups (default a new one when ``port`` is given).
        settings: the option's settings.
        version: the option's version.
        vpc: the VPC of the option's security group.
    """

    name: str
    port: int | float | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    settings: Mapping[str, str] | None = None
    version: str | None = None
    vpc: IVpc | None = None


class _ImportedOptionGroup(Resource):
    def __init__(self, scope: Construct, id: str, option_group_name: str) -> None:
        super().__init__(scope, id)
        self.option_group_name = option_group_name

    def add_configuration(
        self,
        *,
        name: str,
        port: int | float | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        settings: Mapping[str, str] | None = None,
        version: str | None = None,
        vpc: IVpc | None = None,
    ) -> bool:
        """Imported groups cannot change: ``False``."""
        return False

    @property
    def option_group_ref(self) -> OptionGroupReference:
        """The group's name."""
        return OptionGroupReference(option_group_name=self.option_group_name)


class OptionGroup(Resource):
    """An ``AWS::RDS::OptionGroup`` for a versioned instance engine.

    Args:
        scope: the parent construct.
        id: the construct id.
        configurations: the options.
        engine: the engine (must be versioned).
        description: default ``Option group for <engine> <major version>``.
        option_group_name: the name (default generated).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-rds.OptionGroup"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        configurations: Sequence[OptionConfiguration],
        engine: IInstanceEngine,
        description: str | None = None,
        option_group_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.option_connections: dict[str, Connections] = {}
        self._configurations: list[OptionConfiguration] = []
        major = engine.engine_version.major_version if engine.engine_version else None
        if not major:
            raise ValidationError("OptionGroup cannot be used with an engine that doesn't specify a version", self)
        from constructs.internals import analytics_call

        for config in configurations:
            analytics_call(self, "addConfiguration", [config])  # aws-cdk-lib's constructor calls the method
            self._add(config)
        group = CfnOptionGroup(
            self,
            "Resource",
            engine_name=engine.engine_type,
            major_engine_version=major,
            option_group_description=description or f"Option group for {engine.engine_type} {major}",
            option_configurations=Lazy.any(self._render),
            option_group_name=option_group_name,
        )
        self.option_group_name: str = option_group_name if option_group_name is not None else group.ref

    @staticmethod
    def from_option_group_name(scope: Construct, id: str, option_group_name: str) -> IOptionGroup:
        """Import an option group by name."""
        return _ImportedOptionGroup(scope, id, option_group_name)

    @property
    def option_group_ref(self) -> OptionGroupReference:
        """The group's name."""
        return OptionGroupReference(option_group_name=self.option_group_name)

    def add_configuration(
        self,
        *,
        name: str,
        port: int | float | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        settings: Mapping[str, str] | None = None,
        version: str | None = None,
        vpc: IVpc | None = None,
    ) -> bool:
        """Add an option (with a security group when it has a port); ``True``.

        Args:
            name: the option's name.
            port: the option's port (needs ``vpc``).
            security_groups: the option's security groups (default a new one).
            settings: the option's settings.
            version: the option's version.
            vpc: the VPC of the option's security group.
        """
        return self._add(
            OptionConfiguration(
                name=name, port=port, security_groups=security_groups, settings=settings, version=version, vpc=vpc
            )
        )

    def _add(self, config: OptionConfiguration) -> bool:
        from l2 import ec2

        self._configurations.append(config)
        if config.port:
            if config.vpc is None:
                raise ValidationError("`port` and `vpc` must be specified together.", self)
            groups = list(config.security_groups or []) or [
                ec2.SecurityGroup(
                    self,
                    f"SecurityGroup{config.name}",
                    description=f"Security group for {config.name} option",
                    vpc=config.vpc,
                )
            ]
            self.option_connections[config.name] = ec2.Connections(
                security_groups=groups, default_port=ec2.Port.tcp(int(config.port))
            )
        return True

    def _render(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for c in self._configurations:
            groups = (
                [sg.security_group_id for sg in self.option_connections[c.name].security_groups] if c.vpc else None
            )
            item: dict[str, Any] = {"OptionName": c.name}
            if c.settings is not None:
                item["OptionSettings"] = [{"Name": k, "Value": v} for k, v in c.settings.items()]
            if c.version is not None:
                item["OptionVersion"] = c.version
            if c.port is not None:
                item["Port"] = c.port
            if groups is not None:
                item["VpcSecurityGroupMemberships"] = groups
            out.append(item)
        return out
