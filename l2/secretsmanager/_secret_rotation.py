"""``SecretRotation`` and ``SecretRotationApplication``: rotation functions from the Serverless Application
Repository (``AWS::Serverless::Application``) deployed in a VPC next to the database they rotate."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar, cast

from constructs import (
    Aws,
    CfnMapping,
    Construct,
    Names,
    RemovalPolicy,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from l2.secretsmanager._private.subnets import joined_subnet_ids

if TYPE_CHECKING:
    from constructs import Duration
    from l2.ec2 import IInterfaceVpcEndpoint, ISecurityGroup, IVpc, SubnetSelection
    from l2.lambda_ import IFunction
    from l2.secretsmanager._interfaces import IConnectableTarget, ISecret

_PARTITION_ARNS = {
    "aws": "arn:aws:serverlessrepo:us-east-1:297356227824:applications/",
    "aws-cn": "arn:aws-cn:serverlessrepo:cn-north-1:193023089310:applications/",
    "aws-us-gov": "arn:aws-us-gov:serverlessrepo:us-gov-west-1:023102451235:applications/",
}


class SecretRotationApplication:
    """A rotation application of the Serverless Application Repository, by name and version per partition.

    Args:
        application_name: the application's name (e.g. ``SecretsManagerRDSMySQLRotationSingleUser``).
        aws_semantic_version: its version in the ``aws`` partition.
        additional_semantic_versions: its versions in other partitions (``aws-cn``, ``aws-us-gov``).
        is_multi_user: whether it rotates with a master secret (default: the name ends with ``MultiUser``).
    """

    MARIADB_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    MARIADB_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]
    MYSQL_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    MYSQL_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]
    ORACLE_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    ORACLE_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]
    POSTGRES_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    POSTGRES_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]
    SQLSERVER_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    SQLSERVER_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]
    REDSHIFT_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    REDSHIFT_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]
    MONGODB_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    MONGODB_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]
    DB2_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    DB2_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]

    def __init__(
        self,
        application_name: str,
        aws_semantic_version: str,
        *,
        additional_semantic_versions: Mapping[str, str] | None = None,
        is_multi_user: bool | None = None,
    ) -> None:
        self.application_name = application_name
        self.is_multi_user: bool = (
            is_multi_user if is_multi_user is not None else application_name.endswith("MultiUser")
        )
        self._versions = {"aws": aws_semantic_version, **(additional_semantic_versions or {})}

    def application_arn_for_partition(self, partition: str) -> str:
        """The application's ARN in ``partition`` (``aws``, ``aws-cn`` or ``aws-us-gov``).

        Raises:
            UnscopedValidationError: another partition.
        """
        prefix = _PARTITION_ARNS.get(partition)
        if prefix is None:
            raise UnscopedValidationError(f"unsupported partition: {partition}")
        return prefix + self.application_name

    def semantic_version_for_partition(self, partition: str) -> str:
        """The application's version in ``partition``.

        Raises:
            UnscopedValidationError: no version is known for the partition.
        """
        version = self._versions.get(partition)
        if version is None:
            raise UnscopedValidationError(f"unsupported partition: {partition}")
        return version


# Names and versions of the applications as aws-cdk-lib 2.275.0 pins them: (aws, aws-cn, aws-us-gov).
for _attr, _name, _aws, _cn, _gov in (
    ("MARIADB_ROTATION_SINGLE_USER", "SecretsManagerRDSMariaDBRotationSingleUser", "1.1.670", "1.1.442", "1.1.383"),
    ("MARIADB_ROTATION_MULTI_USER", "SecretsManagerRDSMariaDBRotationMultiUser", "1.1.670", "1.1.441", "1.1.383"),
    ("MYSQL_ROTATION_SINGLE_USER", "SecretsManagerRDSMySQLRotationSingleUser", "1.1.671", "1.1.440", "1.1.384"),
    ("MYSQL_ROTATION_MULTI_USER", "SecretsManagerRDSMySQLRotationMultiUser", "1.1.671", "1.1.440", "1.1.383"),
    ("ORACLE_ROTATION_SINGLE_USER", "SecretsManagerRDSOracleRotationSingleUser", "1.1.671", "1.1.441", "1.1.382"),
    ("ORACLE_ROTATION_MULTI_USER", "SecretsManagerRDSOracleRotationMultiUser", "1.1.671", "1.1.441", "1.1.383"),
    ("POSTGRES_ROTATION_SINGLE_USER", "SecretsManagerRDSPostgreSQLRotationSingleUser", "1.1.671", "1.1.440",
     "1.1.383"),
    ("POSTGRES_ROTATION_MULTI_USER", "SecretsManagerRDSPostgreSQLRotationMultiUser", "1.1.671", "1.1.440", "1.1.383"),
    ("SQLSERVER_ROTATION_SINGLE_USER", "SecretsManagerRDSSQLServerRotationSingleUser", "1.1.670", "1.1.441",
     "1.1.383"),
    ("SQLSERVER_ROTATION_MULTI_USER", "SecretsManagerRDSSQLServerRotationMultiUser", "1.1.671", "1.1.441", "1.1.384"),
    ("REDSHIFT_ROTATION_SINGLE_USER", "SecretsManagerRedshiftRotationSingleUser", "1.1.671", "1.1.441", "1.1.383"),
    ("REDSHIFT_ROTATION_MULTI_USER", "SecretsManagerRedshiftRotationMultiUser", "1.1.671", "1.1.440", "1.1.383"),
    ("MONGODB_ROTATION_SINGLE_USER", "SecretsManagerMongoDBRotationSingleUser", "1.1.671", "1.1.440", "1.1.384"),
    ("MONGODB_ROTATION_MULTI_USER", "SecretsManagerMongoDBRotationMultiUser", "1.1.671", "1.1.441", "1.1.384"),
    ("DB2_ROTATION_SINGLE_USER", "SecretsManagerRDSDb2RotationSingleUser", "1.1.271", "1.1.242", "1.1.222"),
    ("DB2_ROTATION_MULTI_USER", "SecretsManagerRDSDb2RotationMultiUser", "1.1.272", "1.1.240", "1.1.223"),
):
    setattr(
        SecretRotationApplication,
        _attr,
        SecretRotationApplication(_name, _aws, additional_semantic_versions={"aws-cn": _cn, "aws-us-gov": _gov}),
    )


class SecretRotation(Construct):
    """Rotates ``secret`` with a Serverless Application Repository function deployed in ``vpc``.

    The function's security group (``security_group``, default a new one) is admitted to ``target`` on the
    target's default port; the application's id and version come from a ``SARMapping`` mapping per partition.

    Args:
        application: the rotation application.
        secret: the secret to rotate.
        target: the database (its ``connections`` must have a default port).
        vpc: where the function runs.
        automatically_after: the rotation interval (default 30 days; ``Duration.days(0)`` disables it).
        endpoint: a Secrets Manager interface endpoint the function calls (default: the public endpoint).
        exclude_characters: characters generated passwords avoid (default: the application's).
        master_secret: the secret with the credentials that change the user's (multi-user applications).
        rotate_immediately_on_update: rotate when the schedule is created or changed.
        security_group: the function's security group.
        vpc_subnets: the function's subnets (default: the VPC's default selection).

    Raises:
        ValidationError: a target without a default port, or a multi-user application without ``master_secret``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        application: SecretRotationApplication,
        secret: ISecret,
        target: IConnectableTarget,
        vpc: IVpc,
        automatically_after: Duration | None = None,
        endpoint: IInterfaceVpcEndpoint | None = None,
        exclude_characters: str | None = None,
        master_secret: ISecret | None = None,
        rotate_immediately_on_update: bool | None = None,
        security_group: ISecurityGroup | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l1.sam import CfnApplication
        from l2 import ec2, lambda_

        if not target.connections.default_port:
            raise ValidationError("The `target` connections must have a default port range.", self)
        if application.is_multi_user and master_secret is None:
            raise ValidationError(
                "The `masterSecret` must be specified for application using the multi user scheme.", self
            )
        unique_id = Names.unique_id(self)
        function_name = unique_id[max(len(unique_id) - 64, 0):]
        group = security_group or ec2.SecurityGroup(self, "SecurityGroup", vpc=vpc)
        target.connections.allow_default_port_from(group)
        stack = Stack.of(self)
        endpoint_prefix = f"{endpoint.vpc_endpoint_id}." if endpoint is not None else ""
        parameters: dict[str, str] = {
            "endpoint": f"https://{endpoint_prefix}secretsmanager.{stack.region}.{stack.url_suffix}",
            "functionName": function_name,
            "vpcSubnetIds": joined_subnet_ids(vpc, vpc_subnets),
            "vpcSecurityGroupIds": group.security_group_id,
        }
        if exclude_characters is not None:
            parameters["excludeCharacters"] = exclude_characters
        if secret.encryption_key is not None:
            parameters["kmsKeyArn"] = secret.encryption_key.key_arn
        if master_secret is not None:
            parameters["masterSecretArn"] = master_secret.secret_arn
            if master_secret.encryption_key is not None:
                parameters["masterSecretKmsKeyArn"] = master_secret.encryption_key.key_arn
        mapping = CfnMapping(
            self,
            "SARMapping",
            mapping={
                partition: {
                    "applicationId": application.application_arn_for_partition(partition),
                    "semanticVersion": application.semantic_version_for_partition(partition),
                }
                for partition in ("aws", "aws-cn", "aws-us-gov")
            },
        )
        sar = CfnApplication(
            self,
            "Resource",
            location=CfnApplication.LocationProperty(
                application_id=mapping.find_in_map(Aws.PARTITION, "applicationId"),
                semantic_version=mapping.find_in_map(Aws.PARTITION, "semanticVersion"),
            ),
            parameters=parameters,
        )
        sar.apply_removal_policy(RemovalPolicy.DESTROY)
        rotation_lambda = cast(
            "IFunction",
            lambda_.Function.from_function_arn(
                self, "RotationLambda", Token.as_string(sar.get_att("Outputs.RotationLambdaARN"))
            ),
        )
        from constructs.internals import analytics_literal

        # the schedule's analytics metadata: aws-cdk-lib's {secret, ...options} with its options literal
        analytics_literal(secret, "RotationSchedule", {
            "secret": secret, "rotation_lambda": rotation_lambda, "automatically_after": automatically_after,
            "rotate_immediately_on_update": rotate_immediately_on_update})
        secret.add_rotation_schedule(
            "RotationSchedule",
            rotation_lambda=rotation_lambda,
            automatically_after=automatically_after,
            rotate_immediately_on_update=rotate_immediately_on_update,
        )
        if master_secret is not None:
            master_secret.deny_account_root_delete()
