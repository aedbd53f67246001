"""logs: Transformer, processor, data protection and field index validation, word for word as aws-cdk-lib 2.275.

Every expected message below was produced by aws-cdk-lib 2.275.0 for the same input (oracle run).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from constructs import App, Stack, UnscopedValidationError, ValidationError
from l2 import logs


def _stack() -> Stack:
    return Stack(App(), "S")


JSON = logs.ParserProcessor(type=logs.ParserProcessorType.JSON)
VENDED = logs.VendedLogParser(log_type=logs.VendedLogType.VPC)
GROK = logs.ParserProcessor(type=logs.ParserProcessorType.GROK, grok_options=logs.GrokProperty(match="x"))
ADD_KEYS = logs.JsonMutatorProcessor(
    type=logs.JsonMutatorType.ADD_KEYS,
    add_keys_options=logs.AddKeysProperty(entries=[logs.AddKeyEntryProperty(key="a", value="b")]),
)
COPY = logs.JsonMutatorProcessor(
    type=logs.JsonMutatorType.COPY_VALUE,
    copy_value_options=logs.CopyValueProperty(entries=[logs.CopyValueEntryProperty(source="a", target="b")]),
)
OCSF = logs.ParserProcessor(
    type=logs.ParserProcessorType.OCSF,
    parse_to_ocsf_options=logs.ParseToOCSFProperty(
        event_source=logs.OCSFSourceType.CLOUD_TRAIL, ocsf_version=logs.OCSFVersion.V1_1
    ),
)
TRIM = logs.StringMutatorProcessor(type=logs.StringMutatorType.TRIM, trim_keys=["a"])


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: logs.ParserProcessor(type=logs.ParserProcessorType.GROK), "Match pattern is required for Grok parser"),
        (lambda: logs.ParserProcessor(type=logs.ParserProcessorType.OCSF),
         "parseToOCSFOptions must be provided for type OCSF"),
        (lambda: logs.StringMutatorProcessor(type=logs.StringMutatorType.LOWER_CASE),
         "lowerCaseKeys must be provided for LOWER_CASE string mutator"),
        (lambda: logs.StringMutatorProcessor(type=logs.StringMutatorType.UPPER_CASE, upper_case_keys=[]),
         "upperCaseKeys must be provided for UPPER_CASE string mutator"),
        (lambda: logs.StringMutatorProcessor(type=logs.StringMutatorType.TRIM),
         "trimKeys must be provided for TRIM string mutator"),
        (lambda: logs.StringMutatorProcessor(type=logs.StringMutatorType.SPLIT),
         "splitOptions must be provided for SPLIT string mutator"),
        (lambda: logs.StringMutatorProcessor(type=logs.StringMutatorType.SUBSTITUTE),
         "substituteOptions must be provided for SUBSTITUTE string mutator"),
        (lambda: logs.JsonMutatorProcessor(type=logs.JsonMutatorType.ADD_KEYS),
         "addKeysOptions must be provided for ADD_KEYS JSON mutator"),
        (lambda: logs.JsonMutatorProcessor(type=logs.JsonMutatorType.DELETE_KEYS),
         "deleteKeys must be provided for DELETE_KEYS JSON mutator"),
        (lambda: logs.JsonMutatorProcessor(type=logs.JsonMutatorType.MOVE_KEYS),
         "moveKeysOptions must be provided for MOVE_KEYS JSON mutator"),
        (lambda: logs.JsonMutatorProcessor(type=logs.JsonMutatorType.RENAME_KEYS),
         "renameKeysOptions must be provided for RENAME_KEYS JSON mutator"),
        (lambda: logs.JsonMutatorProcessor(type=logs.JsonMutatorType.COPY_VALUE),
         "copyValueOptions must be provided for COPY_VALUE JSON mutator"),
        (lambda: logs.JsonMutatorProcessor(type=logs.JsonMutatorType.LIST_TO_MAP),
         "listToMapOptions with source and key must be provided for LIST_TO_MAP JSON mutator"),
        (lambda: logs.JsonMutatorProcessor(type=logs.JsonMutatorType.LIST_TO_MAP,
                                           list_to_map_options=logs.ListToMapProperty(source="a", key="b", flatten=True)),
         "listToMapOptions flattenedElement must be provided when flatten is true for LIST_TO_MAP JSON mutator"),
        (lambda: logs.DataConverterProcessor(type=logs.DataConverterType.TYPE_CONVERTER),
         "typeConverterOptions must be provided for TYPE_CONVERTER data converter"),
        (lambda: logs.DataConverterProcessor(type=logs.DataConverterType.DATETIME_CONVERTER),
         "dateTimeConverterOptions with source, target and matchPatterns must be provided for DATETIME_CONVERTER data "
         "converter"),
        (lambda: logs.DataProtectionPolicy(identifiers=[]), "DataIdentifier cannot be empty"),
        (lambda: logs.FieldIndexPolicy(fields=[str(i) for i in range(21)]),
         "A maximum of 20 fields can be indexed per log group"),
    ],
)
def test_processors_and_policies_reject_missing_options(make: Callable[[], Any], message: str) -> None:
    with pytest.raises(UnscopedValidationError, match=f"^{re.escape(message)}$"):
        make()


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ([], "At least one processor is required in a transformer"),
        ([JSON] * 21, "A transformer cannot have more than 20 processors"),
        ([TRIM], "First processor in a transformer must be a parser"),
        ([JSON] * 6, "A transformer cannot have more than 5 parser-type processors"),
        ([VENDED, VENDED], "Only one vended log parser is allowed in a transformer"),
        ([JSON, VENDED], "AWS vended log parser must be the first processor in a transformer"),
        ([GROK, GROK], "Only one grok processor is allowed in a transformer"),
        ([JSON, ADD_KEYS, ADD_KEYS], "Only one addKeys processor is allowed in a transformer"),
        ([JSON, COPY, COPY], "Only one copyValue processor is allowed in a transformer"),
        ([OCSF, OCSF], "Only one parseToOCSF processor is allowed in a transformer"),
        ([JSON, OCSF], "parseToOCSF processor must be the first processor in a transformer"),
    ],
)
def test_transformer_validates_its_processors(config: list[Any], message: str) -> None:
    stack = _stack()
    group = logs.LogGroup(stack, "G")
    with pytest.raises(ValidationError, match=re.escape(message)) as err:
        logs.Transformer(stack, "T", log_group=group, transformer_name="t", transformer_config=config)
    assert "S/T" in str(err.value)


@pytest.mark.parametrize(
    ("kwargs", "prop"),
    [
        ({"data_protection_policy": logs.DataProtectionPolicy(identifiers=[logs.DataIdentifier.NAME])},
         "dataProtectionPolicy"),
        ({"field_index_policies": [logs.FieldIndexPolicy(fields=["a"])]}, "fieldIndexPolicies"),
    ],
)
def test_delivery_class_rejects_policies(kwargs: dict[str, Any], prop: str) -> None:
    message = (f"{prop} is not supported for a log group with logGroupClass DELIVERY; remove {prop} or use a "
               "different LogGroupClass")
    with pytest.raises(ValidationError, match=re.escape(message)):
        logs.LogGroup(_stack(), "G", log_group_class=logs.LogGroupClass.DELIVERY, **kwargs)


def test_two_transformers_in_one_scope_collide_like_cdk() -> None:
    stack = _stack()
    group = logs.LogGroup(stack, "G")
    logs.Transformer(stack, "A", log_group=group, transformer_name="a", transformer_config=[JSON])
    with pytest.raises(Exception, match="ResourceTransformer"):
        logs.Transformer(stack, "B", log_group=group, transformer_name="b", transformer_config=[JSON])


def test_stream_imported_by_name_has_no_group_name() -> None:
    stream = logs.LogStream.from_log_stream_name(_stack(), "X", "n")
    assert stream.log_stream_name == "n"
    with pytest.raises(
        UnscopedValidationError,
        match=re.escape("Cannot access logGroupName on a LogStream obtained from fromLogStreamName. Use "
                        "LogStream.fromLogStreamAttributes() instead."),
    ):
        stream.log_stream_ref.log_group_name  # noqa: B018


def test_data_identifiers_print_like_cdk() -> None:
    assert logs.CustomDataIdentifier("a", "b").to_string() == "a: b"
    assert logs.DataIdentifier.NAME.to_string() == "Name"
    assert logs.DataIdentifier.DRIVERSLICENSE_US.name == "DriversLicense-US"
