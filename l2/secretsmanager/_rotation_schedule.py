"""``RotationSchedule`` and ``HostedRotation``: rotating a secret with a Lambda function or a hosted rotation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from constructs import Construct, Duration, Resource, Stack, UnscopedValidationError, ValidationError
from l1.secretsmanager import CfnRotationSchedule
from l2.secretsmanager._private.subnets import joined_subnet_ids

if TYPE_CHECKING:
    from l2.ec2 import Connections, ISecurityGroup, IVpc, SubnetSelection
    from l2.lambda_ import IFunction
    from l2.secretsmanager._interfaces import ISecret

DEFAULT_PASSWORD_EXCLUDE_CHARS = " %+~`#$&*()|[]{}:;<>?!'/@\"\\"
"""Characters excluded from generated passwords of hosted rotations by default."""

_HOSTED_ROTATION_TRANSFORM = "AWS::SecretsManager-2024-09-16"


def _rate_expression(duration: Duration) -> str:
    """``rate(...)`` as ``aws_events.Schedule.rate`` writes it (days, else hours, else minutes)."""
    if duration.to_minutes() == 0:
        raise UnscopedValidationError("Duration cannot be 0")
    for interval, unit in ((duration.to_days(integral=False), "day"), (duration.to_hours(integral=False), "hour")):
        if interval and float(interval).is_integer():
            return _rate(int(interval), unit)
    return _rate(int(duration.to_minutes(integral=True)), "minute")


def _rate(interval: int, unit: str) -> str:
    return f"rate(1 {unit})" if interval == 1 else f"rate({interval} {unit}s)"


class HostedRotationType:
    """A hosted rotation template (the ``RotationType`` of ``HostedRotationLambda``).

    Args:
        is_multi_user: whether the template alternates between two users.
        name: the template's name.
    """

    MYSQL_SINGLE_USER: HostedRotationType
    MYSQL_MULTI_USER: HostedRotationType
    POSTGRESQL_SINGLE_USER: HostedRotationType
    POSTGRESQL_MULTI_USER: HostedRotationType
    ORACLE_SINGLE_USER: HostedRotationType
    ORACLE_MULTI_USER: HostedRotationType
    MARIADB_SINGLE_USER: HostedRotationType
    MARIADB_MULTI_USER: HostedRotationType
    SQLSERVER_SINGLE_USER: HostedRotationType
    SQLSERVER_MULTI_USER: HostedRotationType
    REDSHIFT_SINGLE_USER: HostedRotationType
    REDSHIFT_MULTI_USER: HostedRotationType
    MONGODB_SINGLE_USER: HostedRotationType
    MONGODB_MULTI_USER: HostedRotationType

    __slots__ = ("name", "is_multi_user")

    def __init__(self, name: str, is_multi_user: bool = False) -> None:
        self.name: str = name
        self.is_multi_user: bool = is_multi_user


for _attr, _name, _multi in (
    ("MYSQL_SINGLE_USER", "MySQLSingleUser", False),
    ("MYSQL_MULTI_USER", "MySQLMultiUser", True),
    ("POSTGRESQL_SINGLE_USER", "PostgreSQLSingleUser", False),
    ("POSTGRESQL_MULTI_USER", "PostgreSQLMultiUser", True),
    ("ORACLE_SINGLE_USER", "OracleSingleUser", False),
    ("ORACLE_MULTI_USER", "OracleMultiUser", True),
    ("MARIADB_SINGLE_USER", "MariaDBSingleUser", False),
    ("MARIADB_MULTI_USER", "MariaDBMultiUser", True),
    ("SQLSERVER_SINGLE_USER", "SQLServerSingleUser", False),
    ("SQLSERVER_MULTI_USER", "SQLServerMultiUser", True),
    ("REDSHIFT_SINGLE_USER", "RedshiftSingleUser", False),
    ("REDSHIFT_MULTI_USER", "RedshiftMultiUser", True),
    ("MONGODB_SINGLE_USER", "MongoDBSingleUser", False),
    ("MONGODB_MULTI_USER", "MongoDBMultiUser", True),
):
    setattr(HostedRotationType, _attr, HostedRotationType(_name, _multi))


class HostedRotation:
    """A rotation Lambda that Secrets Manager deploys from a template (the ``HostedRotationLambda`` transform).

    Create with the factories (``mysql_single_user()``, ``postgre_sql_multi_user(master_secret=...)``, ...).
    With ``vpc`` the function runs in the VPC, in ``security_groups`` (default: a new group created under the
    rotation schedule); ``connections`` then lets the database admit it.

    Raises:
        UnscopedValidationError: a multi-user scheme without ``master_secret``.

    Args:
        type: the rotation scheme (``HostedRotationType``: engine and single or multi user).
        exclude_characters: characters the generated passwords never contain (default: a set of punctuation).
        function_name: the rotation function's name (default: generated).
        master_secret: the secret whose user changes the password (multi-user schemes only).
        security_groups: the function's security groups (default: a new one, with ``vpc``).
        vpc: the VPC the function runs in (default: not in a VPC).
        vpc_subnets: the subnets of ``vpc`` the function uses (default: the private subnets).
    """

    def __init__(
        self,
        type: HostedRotationType,
        *,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        master_secret: ISecret | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        if type.is_multi_user and master_secret is None:
            raise UnscopedValidationError("The `masterSecret` must be specified when using the multi user scheme.")
        self.type = type
        self._exclude_characters = exclude_characters
        self._function_name = function_name
        self._security_groups = list(security_groups) if security_groups is not None else None
        self._vpc = vpc
        self._vpc_subnets = vpc_subnets
        self.master_secret = master_secret
        self._connections: Connections | None = None

    @property
    def connections(self) -> Connections:
        """The security groups of the rotation function (only for a hosted rotation in a VPC, once bound).

        Raises:
            UnscopedValidationError: no VPC, or not yet bound to a secret.
        """
        if self._vpc is None:
            raise UnscopedValidationError("Cannot use connections for a hosted rotation that is not deployed in a VPC")
        if self._connections is None:
            raise UnscopedValidationError(
                "Cannot use connections for a hosted rotation that has not been bound to a secret"
            )
        return self._connections

    def bind(self, secret: ISecret, scope: Construct) -> CfnRotationSchedule.HostedRotationLambdaProperty:
        """The ``HostedRotationLambda`` property; adds the Secrets Manager transform to the stack.

        Raises:
            ValidationError: ``security_groups`` without ``vpc``.
        """
        from l2.secretsmanager._secret import Secret

        Stack.of(scope).add_transform(_HOSTED_ROTATION_TRANSFORM)
        if self._vpc is None and self._security_groups is not None:
            raise ValidationError("`vpc` must be specified when specifying `securityGroups`.", cast(Construct, secret))
        if self._vpc is not None:
            from l2 import ec2

            groups = self._security_groups or [ec2.SecurityGroup(scope, "SecurityGroup", vpc=self._vpc)]
            self._connections = ec2.Connections(security_groups=groups)
        master_arn = None
        if self.master_secret is not None:
            self.master_secret.deny_account_root_delete()
            master_arn = (
                self.master_secret.secret_arn
                if self.master_secret.secret_full_arn
                else f"{self.master_secret.secret_arn}-??????"
            )
        default_exclude = DEFAULT_PASSWORD_EXCLUDE_CHARS
        if isinstance(secret, Secret) and secret.exclude_characters is not None:
            default_exclude = secret.exclude_characters
        master_key = self.master_secret.encryption_key if self.master_secret is not None else None
        group_ids = None
        if self._connections is not None:
            group_ids = ",".join(g.security_group_id for g in self._connections.security_groups)
        subnet_ids = None
        if self._vpc is not None:
            subnet_ids = joined_subnet_ids(self._vpc, self._vpc_subnets)
        return CfnRotationSchedule.HostedRotationLambdaProperty(
            rotation_type=self.type.name,
            kms_key_arn=secret.encryption_key.key_arn if secret.encryption_key is not None else None,
            master_secret_arn=master_arn,
            master_secret_kms_key_arn=master_key.key_arn if master_key is not None else None,
            rotation_lambda_name=self._function_name,
            vpc_security_group_ids=group_ids,
            vpc_subnet_ids=subnet_ids,
            exclude_characters=self._exclude_characters if self._exclude_characters is not None else default_exclude,
        )

    @staticmethod
    def mysql_single_user(
        *,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> HostedRotation:
        """MySQL, single user."""
        return HostedRotation(
            HostedRotationType.MYSQL_SINGLE_USER,
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )

    @staticmethod
    def mysql_multi_user(
        *,
        master_secret: ISecret,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> HostedRotation:
        """MySQL, alternating users (``master_secret`` holds the credentials that change the user's password)."""
        return HostedRotation(
            HostedRotationType.MYSQL_MULTI_USER,
            master_secret=master_secret,
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )

    @staticmethod
    def postgre_sql_single_user(
        *,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> HostedRotation:
        """PostgreSQL, single user."""
        return HostedRotation(
            HostedRotationType.POSTGRESQL_SINGLE_USER,
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )

    @staticmethod
    def postgre_sql_multi_user(
        *,
        master_secret: ISecret,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> HostedRotation:
        """PostgreSQL, alternating users (``master_secret`` holds the credentials that change the user's password)."""
        return HostedRotation(
            HostedRotationType.POSTGRESQL_MULTI_USER,
            master_secret=master_secret,
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )

    @staticmethod
    def oracle_single_user(
        *,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> HostedRotation:
        """Oracle, single user."""
        return HostedRotation(
            HostedRotationType.ORACLE_SINGLE_USER,
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )

    @staticmethod
    def oracle_multi_user(
        *,
        master_secret: ISecret,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> HostedRotation:
        """Oracle, alternating users (``master_secret`` holds the credentials that change the user's password)."""
        return HostedRotation(
            HostedRotationType.ORACLE_MULTI_USER,
            master_secret=master_secret,
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )

    @staticmethod
    def maria_db_single_user(
        *,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> HostedRotation:
        """MariaDB, single user."""
        return HostedRotation(
            HostedRotationType.MARIADB_SINGLE_USER,
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )

    @staticmethod
    def maria_db_multi_user(
        *,
        master_secret: ISecret,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> HostedRotation:
        """MariaDB, alternating users (``master_secret`` holds the credentials that change the user's password)."""
        return HostedRotation(
            HostedRotationType.MARIADB_MULTI_USER,
            master_secret=master_secret,
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )

    @staticmethod
    def sql_server_single_user(
        *,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> HostedRotation:
        """SQL Server, single user."""
        return HostedRotation(
            HostedRotationType.SQLSERVER_SINGLE_USER,
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )

    @staticmethod
    def sql_server_multi_user(
        *,
        master_secret: ISecret,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> HostedRotation:
        """SQL Server, alternating users (``master_secret`` holds the credentials that change the user's password)."""
        return HostedRotation(
            HostedRotationType.SQLSERVER_MULTI_USER,
            master_secret=master_secret,
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )

    @staticmethod
    def redshift_single_user(
        *,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> HostedRotation:
        """Redshift, single user."""
        return HostedRotation(
            HostedRotationType.REDSHIFT_SINGLE_USER,
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )

    @staticmethod
    def redshift_multi_user(
        *,
        master_secret: ISecret,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> HostedRotation:
        """Redshift, alternating users (``master_secret`` holds the credentials that change the user's password)."""
        return HostedRotation(
            HostedRotationType.REDSHIFT_MULTI_USER,
            master_secret=master_secret,
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )

    @staticmethod
    def mongo_db_single_user(
        *,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> HostedRotation:
        """MongoDB, single user."""
        return HostedRotation(
            HostedRotationType.MONGODB_SINGLE_USER,
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )

    @staticmethod
    def mongo_db_multi_user(
        *,
        master_secret: ISecret,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> HostedRotation:
        """MongoDB, alternating users (``master_secret`` holds the credentials that change the user's password)."""
        return HostedRotation(
            HostedRotationType.MONGODB_MULTI_USER,
            master_secret=master_secret,
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )


class RotationSchedule(Resource):
    """Rotates ``secret`` every ``automatically_after`` (default 30 days; ``Duration.days(0)`` disables it).

    Args:
        secret: the secret to rotate.
        rotation_lambda: a Lambda function that rotates it (exactly one of this and ``hosted_rotation``).
        hosted_rotation: a ``HostedRotation``.
        automatically_after: between 4 hours and 1,000 days.
        rotate_immediately_on_update: rotate when the schedule is created or changed.

    Raises:
        ValidationError: both or neither rotation kinds, or ``automatically_after`` out of range.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-secretsmanager.RotationSchedule"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        secret: ISecret,
        automatically_after: Duration | None = None,
        hosted_rotation: HostedRotation | None = None,
        rotate_immediately_on_update: bool | None = None,
        rotation_lambda: IFunction | None = None,
    ) -> None:
        super().__init__(scope, id)
        if (rotation_lambda is None) == (hosted_rotation is None):
            raise ValidationError("One of `rotationLambda` or `hostedRotation` must be specified.", self)
        if rotation_lambda is not None and rotation_lambda.permissions_node.default_child is not None:
            self._grant_rotation_lambda(secret, rotation_lambda)
        schedule = None
        if automatically_after is not None:
            millis = automatically_after.to_milliseconds()
            if millis > 0:
                if millis < Duration.hours(4).to_milliseconds():
                    raise ValidationError(
                        f"automaticallyAfter must not be smaller than 4 hours, got {automatically_after.to_hours()} "
                        "hours",
                        self,
                    )
                if millis > Duration.days(1000).to_milliseconds():
                    raise ValidationError(
                        f"automaticallyAfter must not be greater than 1000 days, got {automatically_after.to_days()} "
                        "days",
                        self,
                    )
                schedule = _rate_expression(automatically_after)
        else:
            schedule = _rate_expression(Duration.days(30))
        CfnRotationSchedule(
            self,
            "Resource",
            secret_id=secret.secret_arn,
            rotation_lambda_arn=rotation_lambda.function_arn if rotation_lambda is not None else None,
            hosted_rotation_lambda=hosted_rotation.bind(secret, self) if hosted_rotation is not None else None,
            rotation_rules={"schedule_expression": schedule} if schedule else None,
            rotate_immediately_on_update=rotate_immediately_on_update,
        )
        secret.deny_account_root_delete()

    def _grant_rotation_lambda(self, secret: ISecret, fn: IFunction) -> None:
        from l2 import iam

        if secret.encryption_key is not None:
            from l2 import kms

            secret.encryption_key.grant_encrypt_decrypt(
                kms.ViaServicePrincipal(f"secretsmanager.{Stack.of(self).region}.amazonaws.com", fn.grant_principal)
            )
        fn.grant_invoke(iam.ServicePrincipal("secretsmanager.amazonaws.com")).apply_before(self)
        fn.add_to_role_policy(
            iam.PolicyStatement(
                actions=[
                    "secretsmanager:DescribeSecret",
                    "secretsmanager:GetSecretValue",
                    "secretsmanager:PutSecretValue",
                    "secretsmanager:UpdateSecretVersionStage",
                ],
                resources=[secret.secret_full_arn if secret.secret_full_arn else f"{secret.secret_arn}-??????"],
            )
        )
        fn.add_to_role_policy(iam.PolicyStatement(actions=["secretsmanager:GetRandomPassword"], resources=["*"]))
