"""Kafka schema registries of event source mappings (``EventSourceMapping(schema_registry_config=...)``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs.internals import structs

if TYPE_CHECKING:
    from l2.lambda_._interfaces import IEventSourceMapping, IFunction


class EventRecordFormat:
    """How Lambda delivers validated records: ``JSON`` or ``SOURCE``.

    Args:
        value: the CloudFormation value.
    """

    JSON: EventRecordFormat
    SOURCE: EventRecordFormat

    def __init__(self, value: str) -> None:
        self.value = value

    @staticmethod
    def of(name: str) -> EventRecordFormat:
        """A format not listed here, by name."""
        return EventRecordFormat(name)


EventRecordFormat.JSON = EventRecordFormat("JSON")
EventRecordFormat.SOURCE = EventRecordFormat("SOURCE")


class KafkaSchemaRegistryAccessConfigType:
    """How Lambda authenticates to, or reaches, a schema registry.

    Args:
        type: the CloudFormation value.
    """

    BASIC_AUTH: KafkaSchemaRegistryAccessConfigType
    CLIENT_CERTIFICATE_TLS_AUTH: KafkaSchemaRegistryAccessConfigType
    SERVER_ROOT_CA_CERTIFICATE: KafkaSchemaRegistryAccessConfigType
    VIRTUAL_HOST: KafkaSchemaRegistryAccessConfigType
    SASL_SCRAM_256_AUTH: KafkaSchemaRegistryAccessConfigType
    SASL_SCRAM_512_AUTH: KafkaSchemaRegistryAccessConfigType
    VPC_SECURITY_GROUP: KafkaSchemaRegistryAccessConfigType
    VPC_SUBNET: KafkaSchemaRegistryAccessConfigType

    def __init__(self, type: str) -> None:
        self.type = type

    @staticmethod
    def of(name: str) -> KafkaSchemaRegistryAccessConfigType:
        """A type not listed here, by name."""
        return KafkaSchemaRegistryAccessConfigType(name)


for _name in ("BASIC_AUTH", "CLIENT_CERTIFICATE_TLS_AUTH", "SERVER_ROOT_CA_CERTIFICATE", "VIRTUAL_HOST",
              "SASL_SCRAM_256_AUTH", "SASL_SCRAM_512_AUTH", "VPC_SECURITY_GROUP", "VPC_SUBNET"):
    setattr(KafkaSchemaRegistryAccessConfigType, _name, KafkaSchemaRegistryAccessConfigType(_name))


class KafkaSchemaValidationAttribute:
    """The part of a record that is validated: ``KEY`` or ``VALUE``.

    Args:
        value: the CloudFormation value.
    """

    KEY: KafkaSchemaValidationAttribute
    VALUE: KafkaSchemaValidationAttribute

    def __init__(self, value: str) -> None:
        self.value = value

    @staticmethod
    def of(name: str) -> KafkaSchemaValidationAttribute:
        """An attribute not listed here, by name."""
        return KafkaSchemaValidationAttribute(name)


KafkaSchemaValidationAttribute.KEY = KafkaSchemaValidationAttribute("KEY")
KafkaSchemaValidationAttribute.VALUE = KafkaSchemaValidationAttribute("VALUE")


@structs.frozen(kw_only=True)
class KafkaSchemaRegistryAccessConfig:
    """An access configuration of a schema registry: its type and the secret or resource URI.

    Args:
        type: the kind of credential (``KafkaSchemaRegistryAccessConfigType``).
        uri: the ARN of the secret or resource that holds it.
    """

    type: KafkaSchemaRegistryAccessConfigType
    uri: str


@structs.frozen(kw_only=True)
class KafkaSchemaValidationConfig:
    """A record attribute to validate.

    Args:
        attribute: the record attribute to validate (its key or its value).
    """

    attribute: KafkaSchemaValidationAttribute


@structs.frozen(kw_only=True)
class SchemaRegistryProps:
    """What every schema registry takes: the record format and the attributes to validate.

    Args:
        event_record_format: the format the validated records are given to the function in.
        schema_validation_configs: the record attributes to validate against the registry's schemas.
    """

    event_record_format: EventRecordFormat
    schema_validation_configs: Sequence[KafkaSchemaValidationConfig]


@structs.frozen(kw_only=True)
class KafkaSchemaRegistryConfig:
    """What a schema registry gives an event source mapping (``ISchemaRegistry.bind``).

    Args:
        access_configs: how Lambda authenticates to the registry (default none).
        event_record_format: the format Lambda hands the validated records to the function in.
        schema_registry_uri: the registry's URI (a Glue registry ARN or a Confluent URL).
        schema_validation_configs: which record attributes (key, value) are validated against the schema.
    """

    event_record_format: EventRecordFormat
    schema_registry_uri: str
    schema_validation_configs: Sequence[KafkaSchemaValidationConfig]
    access_configs: Sequence[KafkaSchemaRegistryAccessConfig] | None = None


@runtime_checkable
class ISchemaRegistry(Protocol):
    """A schema registry (``lambda_event_sources`` has the Confluent and Glue ones)."""

    def bind(self, target: IEventSourceMapping, target_handler: IFunction, /) -> KafkaSchemaRegistryConfig: ...
