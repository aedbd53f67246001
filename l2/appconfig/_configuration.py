"""Configurations: ``HostedConfiguration`` and ``SourcedConfiguration``, their content, sources and validators."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import ArnFormat, Construct, Names, PhysicalName, RemovalPolicy, Stack
from constructs.internals import structs
from l1.appconfig import CfnConfigurationProfile, CfnHostedConfigurationVersion
from l2.appconfig._deployment_strategy import DeploymentStrategy, RolloutStrategy
from l2.appconfig._extension import ExtensibleBase, _Extensible
from l2.appconfig._types import (
    ConfigurationSourceType,
    ConfigurationType,
    DeletionProtectionCheck,
    ValidatorType,
)

if TYPE_CHECKING:
    from l1.ssm import CfnDocument
    from l2.appconfig._interfaces import IApplication, IDeploymentStrategy, IEnvironment, IValidator
    from l2.codepipeline import IPipeline
    from l2.iam import IRole, PolicyDocument
    from l2.kms import IKey
    from l2.lambda_ import IFunction
    from l2.s3 import IBucket
    from l2.secretsmanager import ISecret
    from l2.ssm import IParameter


class JsonSchemaValidator:
    """Validators that check a configuration against a JSON schema (``from_file`` / ``from_inline``)."""

    def __init__(self) -> None:
        self.content: str = ""
        """The JSON schema."""
        self.type: ValidatorType = ValidatorType.JSON_SCHEMA
        """``ValidatorType.JSON_SCHEMA``."""

    @staticmethod
    def _of(content: str) -> JsonSchemaValidator:
        validator = JsonSchemaValidator()
        validator.content = content
        return validator

    @staticmethod
    def from_file(input_path: str) -> IValidator:
        """A JSON schema validator whose schema is read from a file."""
        with open(os.path.abspath(input_path), encoding="utf-8") as f:
            return JsonSchemaValidator._of(f.read())

    @staticmethod
    def from_inline(code: str) -> IValidator:
        """A JSON schema validator from an inline schema."""
        return JsonSchemaValidator._of(code)


class LambdaValidator:
    """Validators that call a Lambda function (``from_function``)."""

    def __init__(self) -> None:
        self.content: str = ""
        """The function's ARN."""
        self.type: ValidatorType = ValidatorType.LAMBDA
        """``ValidatorType.LAMBDA``."""

    @staticmethod
    def from_function(func: IFunction) -> IValidator:
        """A validator that invokes ``func`` (AppConfig is allowed to invoke it)."""
        from l2 import iam

        if func.permissions_node.try_find_child("AppConfigPermission") is None:
            func.add_permission("AppConfigPermission", principal=iam.ServicePrincipal("appconfig.amazonaws.com"))
        validator = LambdaValidator()
        validator.content = func.function_arn
        return validator


class ConfigurationContent:
    """The content of a hosted configuration and its MIME type.

    Args:
        content: the configuration data itself.
        content_type: the MIME type of ``content`` (e.g. ``application/json``).
    """

    def __init__(self, content: str, content_type: str) -> None:
        self.content: str = content
        """The content."""
        self.content_type: str = content_type
        """Its MIME type."""

    @staticmethod
    def from_file(input_path: str, content_type: str | None = None) -> ConfigurationContent:
        """Content read from a file (type guessed from the extension, default ``application/json``)."""
        with open(os.path.abspath(input_path), encoding="utf-8") as f:
            content = f.read()
        if content_type is None:
            from l2.appconfig._private.mime import MIME_TYPES

            ext = os.path.splitext(input_path)[1].lower().lstrip(".")
            content_type = MIME_TYPES.get(ext) or "application/json"
        return ConfigurationContent(content, content_type)

    @staticmethod
    def from_inline(content: str, content_type: str | None = None) -> ConfigurationContent:
        """Inline content (default type ``application/octet-stream``)."""
        return ConfigurationContent(content, content_type or "application/octet-stream")

    @staticmethod
    def from_inline_json(content: str, content_type: str | None = None) -> ConfigurationContent:
        """Inline JSON content (default type ``application/json``)."""
        return ConfigurationContent(content, content_type or "application/json")

    @staticmethod
    def from_inline_text(content: str) -> ConfigurationContent:
        """Inline text content (``text/plain``)."""
        return ConfigurationContent(content, "text/plain")

    @staticmethod
    def from_inline_yaml(content: str) -> ConfigurationContent:
        """Inline YAML content (``application/x-yaml``)."""
        return ConfigurationContent(content, "application/x-yaml")


class ConfigurationSource:
    """Where a sourced configuration is stored: S3, Secrets Manager, SSM parameter or document, CodePipeline.

    Args:
        location_uri: the URI AppConfig reads the configuration from.
        type: the kind of store the URI points to.
        key: the KMS key that decrypts the stored configuration (default none).
    """

    def __init__(self, location_uri: str, type: ConfigurationSourceType, key: IKey | None = None) -> None:
        self.location_uri: str = location_uri
        """The location URI AppConfig reads."""
        self.type: ConfigurationSourceType = type
        """The kind of store."""
        self.key: IKey | None = key
        """The key that decrypts the configuration, if any."""

    @staticmethod
    def from_bucket(bucket: IBucket, object_key: str, key: IKey | None = None) -> ConfigurationSource:
        """An object in an S3 bucket."""
        return ConfigurationSource(bucket.s3_url_for_object(object_key), ConfigurationSourceType.S3, key)

    @staticmethod
    def from_secret(secret: ISecret) -> ConfigurationSource:
        """A Secrets Manager secret (decrypted with its key, if any)."""
        return ConfigurationSource(secret.secret_arn, ConfigurationSourceType.SECRETS_MANAGER, secret.encryption_key)

    @staticmethod
    def from_parameter(parameter: IParameter, key: IKey | None = None) -> ConfigurationSource:
        """An SSM parameter."""
        return ConfigurationSource(parameter.parameter_arn, ConfigurationSourceType.SSM_PARAMETER, key)

    @staticmethod
    def from_cfn_document(document: CfnDocument) -> ConfigurationSource:
        """An SSM document."""
        return ConfigurationSource(f"ssm-document://{document.ref}", ConfigurationSourceType.SSM_DOCUMENT)

    @staticmethod
    def from_pipeline(pipeline: IPipeline) -> ConfigurationSource:
        """A CodePipeline pipeline."""
        return ConfigurationSource(f"codepipeline://{pipeline.pipeline_name}", ConfigurationSourceType.CODE_PIPELINE)


@structs.frozen(kw_only=True)
class ConfigurationOptions:
    """Options shared by hosted and sourced configurations.

    Args:
        deletion_protection_check: AppConfig's check before deleting an active configuration profile.
        deployment_key: the KMS key deployments encrypt with.
        deployment_strategy: default a new strategy with ``RolloutStrategy.CANARY_10_PERCENT_20_MINUTES``.
        deploy_to: the environments to deploy to (default none).
        description: a description.
        name: a name (default generated).
        type: ``ConfigurationType`` (default AppConfig's ``FREEFORM``).
        validators: validators of the configuration.
    """

    deletion_protection_check: DeletionProtectionCheck | None = None
    deployment_key: IKey | None = None
    deployment_strategy: IDeploymentStrategy | None = None
    deploy_to: Sequence[IEnvironment] | None = None
    description: str | None = None
    name: str | None = None
    type: ConfigurationType | None = None
    validators: Sequence[IValidator] | None = None


@structs.frozen(kw_only=True)
class ConfigurationProps(ConfigurationOptions):
    """The properties of a configuration, with its application.

    Args:
        application: the application the configuration belongs to.
    """

    application: IApplication


@structs.frozen(kw_only=True)
class HostedConfigurationOptions(ConfigurationOptions):
    """Options of a hosted configuration made by ``Application.add_hosted_configuration``.

    Args:
        content: what the hosted configuration holds.
        latest_version_number: the hosted configuration's latest version number (default none).
        version_label: a label for this version of the hosted configuration (default none).
    """

    content: ConfigurationContent
    latest_version_number: int | float | None = None
    version_label: str | None = None


@structs.frozen(kw_only=True)
class HostedConfigurationProps(ConfigurationProps):
    """The properties of a ``HostedConfiguration`` (see ``HostedConfiguration``)."""

    content: ConfigurationContent
    kms_key: IKey | None = None
    latest_version_number: int | float | None = None
    version_label: str | None = None


@structs.frozen(kw_only=True)
class SourcedConfigurationOptions(ConfigurationOptions):
    """Options of a sourced configuration made by ``Application.add_sourced_configuration``.

    Args:
        location: where the configuration is stored.
        retrieval_role: the role AppConfig assumes to read the configuration (default a new role).
        version_number: the version of the source to deploy (default none: nothing is deployed).
    """

    location: ConfigurationSource
    retrieval_role: IRole | None = None
    version_number: str | None = None


@structs.frozen(kw_only=True)
class SourcedConfigurationProps(ConfigurationProps):
    """The properties of a ``SourcedConfiguration`` (see ``SourcedConfiguration``)."""

    location: ConfigurationSource
    retrieval_role: IRole | None = None
    version_number: str | None = None


class _ConfigurationBase(_Extensible, Construct):
    version_number: str | None
    configuration_profile_id: str

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        application: IApplication,
        deletion_protection_check: DeletionProtectionCheck | None,
        deployment_key: IKey | None,
        deployment_strategy: IDeploymentStrategy | None,
        deploy_to: Sequence[IEnvironment] | None,
        description: str | None,
        name: str | None,
        type: ConfigurationType | None,
        validators: Sequence[IValidator] | None,
    ) -> None:
        super().__init__(scope, id)
        self.name: str | None = name or Names.unique_resource_name(self, max_length=128, separator="-")
        """The configuration's name."""
        self.application: IApplication = application
        """The application of the configuration."""
        self._application_id = application.application_id
        self.type: ConfigurationType | None = type
        """The configuration type."""
        self.validators: list[IValidator] | None = list(validators) if validators is not None else None
        """The validators."""
        self.description: str | None = description
        """The description."""
        self.deploy_to: list[IEnvironment] | None = list(deploy_to) if deploy_to is not None else None
        """The environments to deploy to."""
        self.deployment_key: IKey | None = deployment_key
        """The KMS key deployments encrypt with."""
        self._deletion_protection_check = deletion_protection_check
        self.deployment_strategy: IDeploymentStrategy | None = deployment_strategy or DeploymentStrategy(
            self, "DeploymentStrategy", rollout_strategy=RolloutStrategy.CANARY_10_PERCENT_20_MINUTES
        )
        """The deployment strategy."""

    def _profile_props(self) -> dict[str, object]:
        return {
            "application_id": self._application_id,
            "name": self.name,
            "description": self.description,
            "type": self.type.value if self.type is not None else None,
            "validators": (
                [CfnConfigurationProfile.ValidatorsProperty(content=v.content, type=v.type.value) for v in self.validators]
                if self.validators is not None
                else None
            ),
            "deletion_protection_check": (
                self._deletion_protection_check.value if self._deletion_protection_check is not None else None
            ),
        }

    def _profile_arn(self) -> str:
        return Stack.of(self).format_arn(
            service="appconfig",
            resource="application",
            resource_name=f"{self._application_id}/configurationprofile/{self.configuration_profile_id}",
        )

    def _add_existing_environments_to_application(self) -> None:
        for environment in self.deploy_to or ():
            if not any(e is environment for e in self.application.environments()):
                self.application.add_existing_environment(environment)

    def _deploy_config_to_environments(self) -> None:
        if not self.deploy_to or not self.version_number:
            return
        for environment in self.application.environments():
            if any(e is environment for e in self.deploy_to):
                environment.add_deployment(self)  # type: ignore[arg-type]


class HostedConfiguration(_ConfigurationBase):
    """A configuration stored by AppConfig (``AWS::AppConfig::ConfigurationProfile`` + a hosted version).

    Args:
        application: the application.
        content: the configuration's content (``ConfigurationContent.from_inline_json(...)``, ...).
        kms_key: the key that encrypts the hosted configuration.
        latest_version_number: the latest version number, for optimistic locking.
        version_label: a label for the version.
        deletion_protection_check: AppConfig's check before deleting an active configuration profile.
        deployment_key: the KMS key deployments encrypt with.
        deployment_strategy: default a new strategy with ``RolloutStrategy.CANARY_10_PERCENT_20_MINUTES``.
        deploy_to: the environments to deploy to (default none).
        description: a description.
        name: a name (default generated).
        type: ``ConfigurationType``.
        validators: validators of the configuration.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        content: ConfigurationContent,
        kms_key: IKey | None = None,
        latest_version_number: int | float | None = None,
        version_label: str | None = None,
        application: IApplication,
        deletion_protection_check: DeletionProtectionCheck | None = None,
        deployment_key: IKey | None = None,
        deployment_strategy: IDeploymentStrategy | None = None,
        deploy_to: Sequence[IEnvironment] | None = None,
        description: str | None = None,
        name: str | None = None,
        type: ConfigurationType | None = None,
        validators: Sequence[IValidator] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            application=application,
            deletion_protection_check=deletion_protection_check,
            deployment_key=deployment_key,
            deployment_strategy=deployment_strategy,
            deploy_to=deploy_to,
            description=description,
            name=name,
            type=type,
            validators=validators,
        )
        profile = CfnConfigurationProfile(
            self,
            "ConfigurationProfile",
            location_uri="hosted",
            kms_key_identifier=kms_key.key_arn if kms_key is not None else None,
            **self._profile_props(),  # type: ignore[arg-type]
        )
        self.configuration_profile_id = profile.ref
        self.configuration_profile_arn: str = self._profile_arn()
        """The ARN of the configuration profile."""
        self._extensible = ExtensibleBase(self, self.configuration_profile_arn, self.name)
        self.content: str = content.content
        """The content."""
        self.content_type: str | None = content.content_type
        """The content's MIME type."""
        self.latest_version_number: int | float | None = latest_version_number
        """The latest version number given."""
        self.version_label: str | None = version_label
        """The version label."""
        version = CfnHostedConfigurationVersion(
            self,
            "Resource",
            application_id=self._application_id,
            configuration_profile_id=self.configuration_profile_id,
            content=self.content,
            content_type=self.content_type,  # type: ignore[arg-type]
            description=self.description,
            latest_version_number=self.latest_version_number,
            version_label=self.version_label,
        )
        version.apply_removal_policy(RemovalPolicy.RETAIN)
        self.version_number = version.ref
        self.hosted_configuration_version_arn: str = Stack.of(self).format_arn(
            service="appconfig",
            resource="application",
            resource_name=(
                f"{self._application_id}/configurationprofile/{self.configuration_profile_id}"
                f"/hostedconfigurationversion/{self.version_number}"
            ),
        )
        """The ARN of the hosted configuration version."""
        self._add_existing_environments_to_application()
        self._deploy_config_to_environments()


class SourcedConfiguration(_ConfigurationBase):
    """A configuration stored elsewhere (S3, Secrets Manager, SSM, CodePipeline): a configuration profile.

    Args:
        application: the application.
        location: where the configuration is (``ConfigurationSource.from_bucket(...)``, ...).
        retrieval_role: the role AppConfig reads it with (default one is made, except for CodePipeline).
        version_number: the version to deploy (default: no deployment).
        deletion_protection_check: AppConfig's check before deleting an active configuration profile.
        deployment_key: the KMS key deployments encrypt with.
        deployment_strategy: default a new strategy with ``RolloutStrategy.CANARY_10_PERCENT_20_MINUTES``.
        deploy_to: the environments to deploy to (default none).
        description: a description.
        name: a name (default generated).
        type: ``ConfigurationType``.
        validators: validators of the configuration.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        location: ConfigurationSource,
        retrieval_role: IRole | None = None,
        version_number: str | None = None,
        application: IApplication,
        deletion_protection_check: DeletionProtectionCheck | None = None,
        deployment_key: IKey | None = None,
        deployment_strategy: IDeploymentStrategy | None = None,
        deploy_to: Sequence[IEnvironment] | None = None,
        description: str | None = None,
        name: str | None = None,
        type: ConfigurationType | None = None,
        validators: Sequence[IValidator] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            application=application,
            deletion_protection_check=deletion_protection_check,
            deployment_key=deployment_key,
            deployment_strategy=deployment_strategy,
            deploy_to=deploy_to,
            description=description,
            name=name,
            type=type,
            validators=validators,
        )
        self.location: ConfigurationSource = location
        """Where the configuration is."""
        self._location_uri = location.location_uri
        self.version_number = version_number
        self.source_key: IKey | None = location.key
        """The key that decrypts the configuration, if any."""
        self.retrieval_role: IRole | None = (
            retrieval_role if retrieval_role is not None else self._make_retrieval_role()
        )
        """The role AppConfig reads the configuration with."""
        profile = CfnConfigurationProfile(
            self,
            "Resource",
            location_uri=self._location_uri,
            retrieval_role_arn=self.retrieval_role.role_arn if self.retrieval_role is not None else None,
            **self._profile_props(),  # type: ignore[arg-type]
        )
        self.configuration_profile_id = profile.ref
        self.configuration_profile_arn: str = self._profile_arn()
        """The ARN of the configuration profile."""
        self._extensible = ExtensibleBase(self, self.configuration_profile_arn, self.name)
        self._add_existing_environments_to_application()
        self._deploy_config_to_environments()

    def _make_retrieval_role(self) -> IRole | None:
        from l2 import iam

        if self.location.type is ConfigurationSourceType.CODE_PIPELINE:
            return None
        return iam.Role(
            self,
            "Role",
            role_name=PhysicalName.GENERATE_IF_NEEDED,
            assumed_by=iam.ServicePrincipal("appconfig.amazonaws.com"),
            inline_policies={"AllowAppConfigReadFromSourcePolicy": self._read_policy()},
        )

    def _read_policy(self) -> PolicyDocument:
        from l2 import iam

        stack = Stack.of(self)
        policy = iam.PolicyStatement(effect=iam.Effect.ALLOW)
        document = iam.PolicyDocument(statements=[policy])
        kind = self.location.type
        uri = self._location_uri
        if kind is ConfigurationSourceType.SSM_PARAMETER:
            policy.add_actions("ssm:GetParameter")
            policy.add_resources(uri)
        elif kind is ConfigurationSourceType.SSM_DOCUMENT:
            policy.add_actions("ssm:GetDocument")
            policy.add_resources(stack.format_arn(service="ssm", resource="document", resource_name=uri.split("://")[1]))
        elif kind is ConfigurationSourceType.S3:
            bucket_and_key = uri.split("://")[1]
            sep = bucket_and_key.find("/")
            bucket_name = bucket_and_key[: sep if sep >= 0 else 0]
            object_key = bucket_and_key[sep + 1 :]
            policy.add_actions("s3:GetObject", "s3:GetObjectMetadata", "s3:GetObjectVersion")
            policy.add_resources(
                stack.format_arn(
                    region="",
                    account="",
                    service="s3",
                    arn_format=ArnFormat.NO_RESOURCE_NAME,
                    resource=f"{bucket_name}/{object_key}",
                )
            )
            bucket_policy = iam.PolicyStatement(
                effect=iam.Effect.ALLOW,
                actions=["s3:GetBucketLocation", "s3:GetBucketVersioning", "s3:ListBucket", "s3:ListBucketVersions"],
                resources=[
                    stack.format_arn(
                        region="", account="", service="s3", arn_format=ArnFormat.NO_RESOURCE_NAME, resource=bucket_name
                    )
                ],
            )
            list_buckets = iam.PolicyStatement(effect=iam.Effect.ALLOW, actions=["s3:ListAllMyBuckets"], resources=["*"])
            document.add_statements(bucket_policy, list_buckets)
        else:
            policy.add_actions("secretsmanager:GetSecretValue")
            policy.add_resources(uri)
        if self.source_key is not None:
            document.add_statements(
                iam.PolicyStatement(effect=iam.Effect.ALLOW, actions=["kms:Decrypt"], resources=[self.source_key.key_arn])
            )
        return document

