"""Cross-region references, as aws-cdk-lib makes them: SSM parameters written by the producing stack, read by the
consuming one.

The producing stack gets one ``ExportsWriter<region>`` custom resource per consuming region: it writes each
referenced value as the parameter ``/cdk/exports/<consumer>/<unique id>`` in that region. The consuming stack gets
one ``ExportsReader`` custom resource that reads its parameters (``{{resolve:ssm:...}}``) and returns them as
attributes; the reference becomes ``Fn::GetAtt [ExportsReader, <parameter name>]``. Both providers run pycdk's own
Python handlers (``constructs/_handlers/cross_region_writer`` and ``cross_region_reader``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from .json_writer import compact_json
from .uniqueid import make_unique_id

if TYPE_CHECKING:
    from .._cfn_reference import CfnReference
    from .._stack import Stack

SSM_EXPORT_PATH_PREFIX = "cdk/exports/"
WRITER_TYPE = "Custom::CrossRegionExportWriter"
READER_TYPE = "Custom::CrossRegionExportReader"
_HANDLERS = os.path.join(os.path.dirname(os.path.dirname(__file__)), "_handlers")
WRITER_CODE = os.path.join(_HANDLERS, "cross_region_writer")
READER_CODE = os.path.join(_HANDLERS, "cross_region_reader")
MAX_EXPORT_NAME = 900


def export_name(consumer: Stack, producer: Stack, ref: CfnReference) -> str:
    """``<consumer (or its parent) stack name>/<unique id of producer name, region, resolved value>``, cut to 900
    characters."""
    importing = consumer.nested_stack_parent or consumer
    prefix = f"{importing.stack_name}/"
    local = make_unique_id([producer.stack_name or "", producer.region, compact_json(ref.intrinsic())])
    return prefix + local[max(0, len(local) - MAX_EXPORT_NAME + len(prefix)):]


def _provider(stack: Stack, resource_type: str, code: str, statement: dict[str, Any]) -> Any:
    from .._custom_resource import CustomResourceProvider, CustomResourceProviderRuntime

    existing = stack.node.try_find_child(f"{resource_type}CustomResourceProvider")
    if existing is not None:
        return existing
    return CustomResourceProvider.get_or_create_provider(
        stack, resource_type, code_directory=code, runtime=CustomResourceProviderRuntime.PYTHON_3_13,
        handler="index.handler", policy_statements=[statement],
    )


class _Writer:
    """The ``ExportsWriter<region>`` of a producing stack: the exports it writes into one region."""

    def __init__(self, producer: Stack, region: str) -> None:
        from .._construct import Construct
        from .._custom_resource import CustomResource
        from ..internals import analytics_enabled

        self.producer = producer
        self.scope = Construct(producer, make_unique_id(["ExportsWriter", region]))
        self.scope.__dict__["_cross_region_writer"] = self
        self.exports: dict[str, Any] = {}
        self.provider = _provider(producer, WRITER_TYPE, WRITER_CODE, {})
        arns = self.provider.__dict__.get("_cross_region_arns")
        if arns is None:
            # one statement per provider, its ARN list shared by every writer of the stack (a set, in order)
            arns = self.provider.__dict__["_cross_region_arns"] = []
            statement = self.provider._policy_statements[0]
            statement.update(
                {
                    "Effect": "Allow",
                    "Resource": arns,
                    "Action": [
                        "ssm:DeleteParameters", "ssm:ListTagsForResource", "ssm:GetParameters", "ssm:PutParameter",
                    ],
                }
            )
        self.arns: list[str] = arns
        self.add_region(region)
        analytics_enabled(self.scope)  # core's CustomResource records once the analytics flag is seen on
        CustomResource(
            self.scope, "Resource", resource_type=WRITER_TYPE, service_token=self.provider.service_token,
            properties={"WriterProps": {"region": region, "exports": self.exports}},
        )

    def add_region(self, region: str) -> None:
        from .._token import Token

        if Token.is_unresolved(region):
            return
        arn = self.producer.format_arn(
            service="ssm", resource="parameter", region=region, resource_name=f"{SSM_EXPORT_PATH_PREFIX}*"
        )
        if arn not in self.arns:
            self.arns.append(arn)

    def register(self, name: str, ref: CfnReference, consumer: Stack) -> str:
        parameter = f"/{SSM_EXPORT_PATH_PREFIX}{name}"
        if parameter not in self.exports:
            self.exports[parameter] = ref.intrinsic()
            self.producer._template_dirty = True
        self.add_region(consumer.region)
        return parameter


class _Reader:
    """The ``ExportsReader`` of a consuming stack: the parameters it imports."""

    def __init__(self, consumer: Stack) -> None:
        from .._construct import Construct
        from .._custom_resource import CustomResource
        from ..internals import analytics_enabled

        self.consumer = consumer
        self.scope = Construct(consumer, make_unique_id(["ExportsReader"]))
        self.scope.__dict__["_cross_region_reader"] = self
        self.imports: dict[str, str] = {}
        statement = {
            "Effect": "Allow",
            "Resource": consumer.format_arn(
                service="ssm", resource="parameter", resource_name=f"{SSM_EXPORT_PATH_PREFIX}{consumer.stack_name}/*"
            ),
            "Action": ["ssm:AddTagsToResource", "ssm:RemoveTagsFromResource", "ssm:GetParameters"],
        }
        provider = _provider(consumer, READER_TYPE, READER_CODE, statement)
        analytics_enabled(self.scope)  # core's CustomResource records once the analytics flag is seen on
        self.resource = CustomResource(
            self.scope, "Resource", resource_type=READER_TYPE, service_token=provider.service_token,
            properties={
                "ReaderProps": {"region": consumer.region, "prefix": consumer.stack_name, "imports": self.imports}
            },
        )

    def import_value(self, parameter: str) -> CfnReference:
        """The reader's attribute holding ``parameter`` (read at deployment)."""
        from .._cfn_reference import CfnReference

        if parameter not in self.imports:
            self.imports[parameter] = f"{{{{resolve:ssm:{parameter}}}}}"
            self.consumer._template_dirty = True
        ref = self.resource.get_att(parameter)  # as aws-cdk-lib's ExportReader (recorded under the analytics flag)
        assert isinstance(ref, CfnReference)
        return ref


def _writer(producer: Stack, region: str) -> _Writer:
    existing = producer.node.try_find_child(make_unique_id(["ExportsWriter", region]))
    if existing is not None:
        return existing.__dict__["_cross_region_writer"]  # type: ignore[no-any-return]
    return _Writer(producer, region)


def _reader(consumer: Stack) -> _Reader:
    existing = consumer.node.try_find_child(make_unique_id(["ExportsReader"]))
    if existing is not None:
        return existing.__dict__["_cross_region_reader"]  # type: ignore[no-any-return]
    return _Reader(consumer)


def _check_list(consumer: Stack, producer: Stack, ref: CfnReference) -> None:
    if getattr(ref, "type_hint", None) == "string-list":
        from .._errors import CrossStackReferenceError

        raise CrossStackReferenceError(
            f"Stack \"{consumer.node.path}\" cannot reference the list {{{ref.target.node.path}[{ref.display_name}]}}"
            f" in stack \"{producer.node.path}\" across regions: an SSM parameter holds one string (join the list "
            "with Fn.join and split it in the consumer)",
            consumer,
        )


def cross_region_reader_reference(consumer: Stack, ref: CfnReference) -> CfnReference:
    """Write ``ref`` from its stack into the consumer's region; the consumer's reader attribute that reads it."""
    producer = ref.producer_stack
    _check_list(consumer, producer, ref)
    parameter = _writer(producer, consumer.region).register(export_name(consumer, producer, ref), ref, consumer)
    return _reader(consumer).import_value(parameter)


def create_cross_region_import_value(consumer: Stack, ref: CfnReference) -> Any:
    """Write ``ref`` from its stack into the consumer's region and read it there; the reader's ``Fn::GetAtt``."""
    return cross_region_reader_reference(consumer, ref).intrinsic()


def create_cross_region_export_only(consumer: Stack, ref: CfnReference) -> None:
    """Write ``ref`` into the consumer's region without reading it (reference strength "both")."""
    producer = ref.producer_stack
    _check_list(consumer, producer, ref)
    _writer(producer, consumer.region).register(export_name(consumer, producer, ref), ref, consumer)
