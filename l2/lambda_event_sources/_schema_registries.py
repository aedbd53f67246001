"""Schema registries for Kafka event sources: Confluent (by URI and secret) and AWS Glue."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Fn, ValidationError
from constructs.internals import structs
from l2.lambda_ import (
    EventRecordFormat,
    KafkaSchemaRegistryAccessConfig,
    KafkaSchemaRegistryAccessConfigType,
    KafkaSchemaRegistryConfig,
    KafkaSchemaValidationConfig,
)

if TYPE_CHECKING:
    from l2.glue import CfnRegistry
    from l2.lambda_ import IFunction
    from l2.secretsmanager import ISecret

_GLUE_REGISTRY_ARN = re.compile(r"^arn:[^:]+:glue:[^:]+:[^:]+:registry/([^/]+)$")
# how aws-cdk-lib prints the pattern in its error message (a JavaScript regular expression literal)
_GLUE_REGISTRY_ARN_TEXT = r"/^arn:[^:]+:glue:[^:]+:[^:]+:registry\/([^\/]+)$/"


@structs.frozen(kw_only=True)
class ConfluentSchemaRegistryProps:
    """Options of ``ConfluentSchemaRegistry``.

    See ``ConfluentSchemaRegistry`` for each keyword argument.
    """

    event_record_format: EventRecordFormat
    schema_validation_configs: Sequence[KafkaSchemaValidationConfig]
    schema_registry_uri: str
    authentication_type: KafkaSchemaRegistryAccessConfigType
    secret: ISecret


class ConfluentSchemaRegistry:
    """A Confluent schema registry reached at a URI with a secret (the function may read the secret).

    Args:
        schema_registry_uri: the registry URI.
        authentication_type: how the secret is used.
        secret: the credentials.
        event_record_format / schema_validation_configs: as in ``SchemaRegistryProps``.
    """

    def __init__(self, *, event_record_format: EventRecordFormat,
                 schema_validation_configs: Sequence[KafkaSchemaValidationConfig], schema_registry_uri: str,
                 authentication_type: KafkaSchemaRegistryAccessConfigType, secret: ISecret) -> None:
        self.props: ConfluentSchemaRegistryProps = ConfluentSchemaRegistryProps(
            event_record_format=event_record_format, schema_validation_configs=_configs(schema_validation_configs),
            schema_registry_uri=schema_registry_uri, authentication_type=authentication_type, secret=secret)

    def bind(self, _target: object, target_handler: IFunction) -> KafkaSchemaRegistryConfig:
        """Let the function read the secret; the registry's configuration."""
        p = self.props
        p.secret.grant_read(target_handler)
        return KafkaSchemaRegistryConfig(
            schema_registry_uri=p.schema_registry_uri, event_record_format=p.event_record_format,
            access_configs=[KafkaSchemaRegistryAccessConfig(type=p.authentication_type, uri=p.secret.secret_arn)],
            schema_validation_configs=p.schema_validation_configs)


@structs.frozen(kw_only=True)
class GlueSchemaRegistryProps:
    """Options of ``GlueSchemaRegistry``: a ``glue.CfnRegistry`` or a registry ARN.

    See ``GlueSchemaRegistry`` for each keyword argument.
    """

    event_record_format: EventRecordFormat
    schema_validation_configs: Sequence[KafkaSchemaValidationConfig]
    schema_registry: CfnRegistry | None = None
    schema_registry_arn: str | None = None


class GlueSchemaRegistry:
    """An AWS Glue schema registry (the function may read the registry and its schema versions).

    Args:
        schema_registry: a ``glue.CfnRegistry``; or
        schema_registry_arn: the registry ARN.
        event_record_format / schema_validation_configs: as in ``SchemaRegistryProps``.
    """

    def __init__(self, *, event_record_format: EventRecordFormat,
                 schema_validation_configs: Sequence[KafkaSchemaValidationConfig], schema_registry: CfnRegistry | None = None,
                 schema_registry_arn: str | None = None) -> None:
        self.props: GlueSchemaRegistryProps = GlueSchemaRegistryProps(
            event_record_format=event_record_format, schema_validation_configs=_configs(schema_validation_configs),
            schema_registry=schema_registry, schema_registry_arn=schema_registry_arn)

    def bind(self, _target: object, target_handler: IFunction) -> KafkaSchemaRegistryConfig:
        """Grant the function read access to the registry; the registry's configuration.

        Raises:
            ValidationError: neither a registry nor a valid registry ARN.
        """
        from l2 import iam

        arn, name = self._registry(_target)
        for statement in (
            iam.PolicyStatement(actions=["glue:GetRegistry"], resources=[arn]),
            iam.PolicyStatement(actions=["glue:GetSchemaVersion"], resources=[
                arn, Fn.sub("arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:schema/${registryName}/*",
                            {"registryName": name})]),
        ):
            target_handler.add_to_role_policy(statement)
        return KafkaSchemaRegistryConfig(schema_registry_uri=arn, event_record_format=self.props.event_record_format,
                                         schema_validation_configs=self.props.schema_validation_configs)

    def _registry(self, target: Any) -> tuple[str, str]:
        p = self.props
        if p.schema_registry is not None:
            return p.schema_registry.attr_arn, p.schema_registry.name
        if p.schema_registry_arn:
            match = _GLUE_REGISTRY_ARN.match(p.schema_registry_arn)
            if match is None:
                raise ValidationError(f"schemaRegistryArn {p.schema_registry_arn} must match "
                                      f"{_GLUE_REGISTRY_ARN_TEXT}", target)
            return p.schema_registry_arn, match.group(1)
        raise ValidationError("one of schemaRegistryArn or schemaRegistry must be passed", target)


def _configs(configs: Sequence[Any]) -> list[KafkaSchemaValidationConfig]:
    """The validation configs as structs (a mapping of a struct's fields is accepted for each, as jsii does)."""
    return [c if isinstance(c, KafkaSchemaValidationConfig) else KafkaSchemaValidationConfig(**c) for c in configs]
