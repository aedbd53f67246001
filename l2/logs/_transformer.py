"""``Transformer`` and its processors: parse, mutate and convert log events before they are stored."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct, Resource, Token, UnscopedValidationError, ValidationError
from constructs.internals import structs
from l1.logs import CfnTransformer

if TYPE_CHECKING:
    from ._interfaces import ILogGroup


class TypeConverterType(enum.Enum):
    """The type a ``TYPE_CONVERTER`` entry converts a value to."""

    BOOLEAN = "boolean"
    INTEGER = "integer"
    DOUBLE = "double"
    STRING = "string"


class DateTimeFormat(enum.Enum):
    """Common datetime formats."""

    ISO_8601 = "yyyy-MM-dd'T'HH:mm:ss'Z'"
    UNIX_TIMESTAMP = "epoch"
    CUSTOM = "custom"


class DelimiterCharacter(enum.Enum):
    """Column delimiters of the CSV parser and of ``SPLIT``."""

    COMMA = ","
    TAB = "\t"
    SPACE = " "
    SEMICOLON = ";"
    PIPE = "|"


class QuoteCharacter(enum.Enum):
    """The quote character of the CSV parser."""

    DOUBLE_QUOTE = '"'
    SINGLE_QUOTE = "'"


class KeyValuePairDelimiter(enum.Enum):
    """The delimiter between key-value pairs of the key-value parser."""

    AMPERSAND = "&"
    SEMICOLON = ";"
    SPACE = " "
    NEWLINE = "\n"


class KeyValueDelimiter(enum.Enum):
    """The delimiter between a key and its value in the key-value parser."""

    EQUAL = "="
    COLON = ":"


class OCSFSourceType(enum.Enum):
    """The log sources the OCSF parser understands."""

    CLOUD_TRAIL = "CloudTrail"
    ROUTE53_RESOLVER = "Route53Resolver"
    VPC_FLOW = "VPCFlow"
    EKS_AUDIT = "EKSAudit"
    AWS_WAF = "AWSWAF"


class OCSFVersion(enum.Enum):
    """The OCSF schema version."""

    V1_1 = "V1.1"


class ParserProcessorType(enum.Enum):
    """The kinds of ``ParserProcessor``."""

    JSON = "JSON"
    KEY_VALUE = "KEY_VALUE"
    CSV = "CSV"
    GROK = "GROK"
    OCSF = "OCSF"


class VendedLogType(enum.Enum):
    """The AWS vended log formats ``VendedLogParser`` parses."""

    CLOUDFRONT = "CLOUDFRONT"
    VPC = "VPC"
    WAF = "WAF"
    ROUTE53 = "ROUTE53"
    POSTGRES = "POSTGRES"


class StringMutatorType(enum.Enum):
    """The kinds of ``StringMutatorProcessor``."""

    LOWER_CASE = "LOWER_CASE"
    UPPER_CASE = "UPPER_CASE"
    TRIM = "TRIM"
    SPLIT = "SPLIT"
    SUBSTITUTE = "SUBSTITUTE"


class JsonMutatorType(enum.Enum):
    """The kinds of ``JsonMutatorProcessor``."""

    ADD_KEYS = "ADD_KEYS"
    DELETE_KEYS = "DELETE_KEYS"
    MOVE_KEYS = "MOVE_KEYS"
    RENAME_KEYS = "RENAME_KEYS"
    COPY_VALUE = "COPY_VALUE"
    LIST_TO_MAP = "LIST_TO_MAP"


class DataConverterType(enum.Enum):
    """The kinds of ``DataConverterProcessor``."""

    TYPE_CONVERTER = "TYPE_CONVERTER"
    DATETIME_CONVERTER = "DATETIME_CONVERTER"


# -- option structs ------------------------------------------------------------------------------------------


@structs.frozen(kw_only=True)
class ParseJSONProperty:
    """Options of the JSON parser: ``source`` field (default ``@message``) and ``destination`` key.

    Args:
        destination: the key the parsed object is put under (default: merged into the event's top level).
        source: the field holding the JSON text (default ``@message``).
    """

    destination: str | None = None
    source: str | None = None


@structs.frozen(kw_only=True)
class ParseKeyValueProperty:
    """Options of the key-value parser (defaults: ``@message``, ``&``, ``=``, no overwrite).

    Args:
        source / destination: the field to parse, and the field the pairs go under (default: the top level).
        field_delimiter / key_value_delimiter: what separates pairs (``&``) and each key from its value (``=``).
        key_prefix: a prefix added to every key.
        non_match_value: the value given to a key whose pair does not parse.
        overwrite_if_exists: replace a field that already exists.
    """

    destination: str | None = None
    field_delimiter: KeyValuePairDelimiter | None = None
    key_prefix: str | None = None
    key_value_delimiter: KeyValueDelimiter | None = None
    non_match_value: str | None = None
    overwrite_if_exists: bool | None = None
    source: str | None = None


@structs.frozen(kw_only=True)
class CsvProperty:
    """Options of the CSV parser (defaults: ``@message``, ``"`` quotes, ``,`` delimiter).

    Args:
        source: the field to parse.
        columns: the names of the columns (default: ``column_1``, ``column_2``...).
        delimiter / quote_character: what separates the values and what quotes them.
    """

    columns: Sequence[str] | None = None
    delimiter: DelimiterCharacter | None = None
    quote_character: QuoteCharacter | None = None
    source: str | None = None


@structs.frozen(kw_only=True)
class GrokProperty:
    """Options of the grok parser: the ``match`` pattern (required) and the ``source`` field.

    Args:
        match: the grok pattern the text is matched against.
        source: the field to parse (default ``@message``).
    """

    match: str
    source: str | None = None


@structs.frozen(kw_only=True)
class ParseToOCSFProperty:
    """Options of the OCSF parser: the event source and OCSF version.

    Args:
        event_source: the service the logs come from (e.g. CloudTrail, VPC flow logs).
        ocsf_version: the OCSF schema version to map to.
        source: the field to parse (default ``@message``).
    """

    event_source: OCSFSourceType
    ocsf_version: OCSFVersion
    source: str | None = None


@structs.frozen(kw_only=True)
class AddKeyEntryProperty:
    """A key to add (``overwrite_if_exists`` default false).

    Args:
        key: the key to add.
        value: the value to put under it.
        overwrite_if_exists: replace the value when the key is already there (default false).
    """

    key: str
    value: str
    overwrite_if_exists: bool | None = None


@structs.frozen(kw_only=True)
class AddKeysProperty:
    """The entries of an ``ADD_KEYS`` mutator.

    Args:
        entries: the keys to add.
    """

    entries: Sequence[AddKeyEntryProperty]


@structs.frozen(kw_only=True)
class CopyValueEntryProperty:
    """A value to copy from ``source`` to ``target``.

    Args:
        source / target: the field to copy and the field it is copied to.
        overwrite_if_exists: replace ``target`` if it exists.
    """

    source: str
    target: str
    overwrite_if_exists: bool | None = None


@structs.frozen(kw_only=True)
class CopyValueProperty:
    """The entries of a ``COPY_VALUE`` mutator.

    Args:
        entries: the values to copy.
    """

    entries: Sequence[CopyValueEntryProperty]


@structs.frozen(kw_only=True)
class MoveKeyEntryProperty:
    """A key to move from ``source`` to ``target``.

    Args:
        source / target: the key to move and where it goes.
        overwrite_if_exists: replace ``target`` if it exists.
    """

    source: str
    target: str
    overwrite_if_exists: bool | None = None


@structs.frozen(kw_only=True)
class MoveKeysProperty:
    """The entries of a ``MOVE_KEYS`` mutator.

    Args:
        entries: the keys to move.
    """

    entries: Sequence[MoveKeyEntryProperty]


@structs.frozen(kw_only=True)
class RenameKeyEntryProperty:
    """A key to rename to ``rename_to``.

    Args:
        key / rename_to: the key and its new name.
        overwrite_if_exists: replace a key already named ``rename_to``.
    """

    key: str
    rename_to: str
    overwrite_if_exists: bool | None = None


@structs.frozen(kw_only=True)
class RenameKeysProperty:
    """The entries of a ``RENAME_KEYS`` mutator.

    Args:
        entries: the keys to rename.
    """

    entries: Sequence[RenameKeyEntryProperty]


@structs.frozen(kw_only=True)
class ProcessorDeleteKeysProperty:
    """The keys a ``DELETE_KEYS`` mutator removes.

    Args:
        with_keys: the keys to remove.
    """

    with_keys: Sequence[str]


@structs.frozen(kw_only=True)
class ListToMapProperty:
    """Options of a ``LIST_TO_MAP`` mutator (``flatten`` default false).

    Args:
        source: the field holding the list of objects.
        key: the field of each object whose value becomes the map's key.
        value_key: the field of each object whose value becomes the map's value (default: the whole object).
        target: the field the map goes to (default: the top level).
        flatten / flattened_element: keep one value per key (``first`` or ``last`` element) instead of a list.
    """

    key: str
    source: str
    flatten: bool | None = None
    flattened_element: str | None = None
    target: str | None = None
    value_key: str | None = None


@structs.frozen(kw_only=True)
class SplitStringEntryProperty:
    """A field to split on ``delimiter``.

    Args:
        delimiter: the character to split on.
        source: the field whose value is split.
    """

    delimiter: DelimiterCharacter
    source: str


@structs.frozen(kw_only=True)
class SplitStringProperty:
    """The entries of a ``SPLIT`` mutator.

    Args:
        entries: the fields to split.
    """

    entries: Sequence[SplitStringEntryProperty]


@structs.frozen(kw_only=True)
class SubstituteStringEntryProperty:
    """A regex substitution in the ``source`` field (``from_`` → ``to``).

    Args:
        source: the field to change.
        from_ / to: the regular expression to find and its replacement.
    """

    from_: str
    source: str
    to: str


@structs.frozen(kw_only=True)
class SubstituteStringProperty:
    """The entries of a ``SUBSTITUTE`` mutator.

    Args:
        entries: the replacements to make.
    """

    entries: Sequence[SubstituteStringEntryProperty]


@structs.frozen(kw_only=True)
class TypeConverterEntryProperty:
    """A field to convert to ``type``.

    Args:
        key: the field whose value is converted.
        type: the data type to convert it to.
    """

    key: str
    type: TypeConverterType


@structs.frozen(kw_only=True)
class TypeConverterProperty:
    """The entries of a ``TYPE_CONVERTER``.

    Args:
        entries: the fields to convert.
    """

    entries: Sequence[TypeConverterEntryProperty]


@structs.frozen(kw_only=True)
class DateTimeConverterProperty:
    """Options of a ``DATETIME_CONVERTER`` (defaults: ``yyyy-MM-dd'T'HH:mm:ss.SSS'Z'``, UTC to UTC).

    Args:
        source / target: the field holding the date and time, and the field the converted value goes to.
        match_patterns: the patterns the source value is tried against.
        locale: the locale the source value is written in (``locale.ROOT`` ...).
        source_timezone / target_timezone: the time zones of the source and of the result.
        target_format: the format of the result.
    """

    locale: str
    match_patterns: Sequence[str]
    source: str
    target: str
    source_timezone: str | None = None
    target_format: str | None = None
    target_timezone: str | None = None


@structs.frozen(kw_only=True)
class BaseProcessorProps:
    """The properties every processor shares (none)."""


@structs.frozen(kw_only=True)
class ParserProcessorProps(BaseProcessorProps):
    """The properties of a ``ParserProcessor``.

    See ``ParserProcessor`` for each keyword argument.
    """

    type: ParserProcessorType
    csv_options: CsvProperty | None = None
    grok_options: GrokProperty | None = None
    json_options: ParseJSONProperty | None = None
    key_value_options: ParseKeyValueProperty | None = None
    parse_to_ocsf_options: ParseToOCSFProperty | None = None


@structs.frozen(kw_only=True)
class VendedLogParserProps(BaseProcessorProps):
    """The properties of a ``VendedLogParser``.

    See ``VendedLogParser`` for each keyword argument.
    """

    log_type: VendedLogType
    source: str | None = None


@structs.frozen(kw_only=True)
class StringMutatorProps(BaseProcessorProps):
    """The properties of a ``StringMutatorProcessor``.

    Args:
        type: which string mutation to apply; the option of that kind must be given.
        lower_case_keys: the keys whose values are turned into lower case (``LOWER_CASE``).
        split_options: how to split string values into arrays (``SPLIT``).
        substitute_options: the regular-expression replacements to make (``SUBSTITUTE``).
        trim_keys: the keys whose values lose their leading and trailing white space (``TRIM``).
        upper_case_keys: the keys whose values are turned into upper case (``UPPER_CASE``).
    """

    type: StringMutatorType
    lower_case_keys: Sequence[str] | None = None
    split_options: SplitStringProperty | None = None
    substitute_options: SubstituteStringProperty | None = None
    trim_keys: Sequence[str] | None = None
    upper_case_keys: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class JsonMutatorProps(BaseProcessorProps):
    """The properties of a ``JsonMutatorProcessor``.

    Args:
        type: which JSON mutation to apply; the option of that kind must be given.
        add_keys_options: the key/value pairs to add (``ADD_KEYS``).
        copy_value_options: the values to copy to other keys (``COPY_VALUE``).
        delete_keys_options: the keys to remove (``DELETE_KEYS``).
        list_to_map_options: how to turn a list of objects into a map keyed by one of their fields (``LIST_TO_MAP``).
        move_keys_options: the keys to move elsewhere in the event (``MOVE_KEYS``).
        rename_keys_options: the keys to rename (``RENAME_KEYS``).
    """

    type: JsonMutatorType
    add_keys_options: AddKeysProperty | None = None
    copy_value_options: CopyValueProperty | None = None
    delete_keys_options: ProcessorDeleteKeysProperty | None = None
    list_to_map_options: ListToMapProperty | None = None
    move_keys_options: MoveKeysProperty | None = None
    rename_keys_options: RenameKeysProperty | None = None


@structs.frozen(kw_only=True)
class DataConverterProps(BaseProcessorProps):
    """The properties of a ``DataConverterProcessor``.

    Args:
        type: which conversion to apply; the option of that kind must be given.
        date_time_converter_options: how to reformat datetime strings (``DATETIME_CONVERTER``).
        type_converter_options: which values to convert to which data types (``TYPE_CONVERTER``).
    """

    type: DataConverterType
    date_time_converter_options: DateTimeConverterProperty | None = None
    type_converter_options: TypeConverterProperty | None = None


# -- rendering ------------------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A struct (or list of them) as the snake_case dict the L1 takes, enums as their values, ``None`` dropped."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v is not None}
    fields = getattr(type(value), "__struct_fields__", None)
    if fields is None:
        return value
    return {f.name: _plain(getattr(value, f.name)) for f in fields if getattr(value, f.name) is not None}


def _with_defaults(defaults: dict[str, Any], options: Any) -> dict[str, Any]:
    return {**defaults, **(_plain(options) if options is not None else {})}


def _entries(options: Any) -> dict[str, Any]:
    return {"entries": [{"overwrite_if_exists": False, **_plain(e)} for e in options.entries]}


def _empty(values: Sequence[Any] | None) -> bool:
    return not values


@runtime_checkable
class IProcessor(Protocol):
    """A processor of a ``Transformer``."""


class ParserProcessor:
    """A parser: JSON, key-value, CSV, grok or OCSF.

    Args:
        type: which parser.
        json_options / key_value_options / csv_options / grok_options / parse_to_ocsf_options: its options.

    Raises:
        UnscopedValidationError: a grok parser without ``match``, an OCSF parser without options.
    """

    def __init__(
        self,
        *,
        type: ParserProcessorType,
        csv_options: CsvProperty | None = None,
        grok_options: GrokProperty | None = None,
        json_options: ParseJSONProperty | None = None,
        key_value_options: ParseKeyValueProperty | None = None,
        parse_to_ocsf_options: ParseToOCSFProperty | None = None,
    ) -> None:
        self.type = type
        message = {"source": "@message"}
        if type is ParserProcessorType.JSON:
            self._rendered = {"parse_json": _with_defaults(message, json_options)}
        elif type is ParserProcessorType.KEY_VALUE:
            self._rendered = {"parse_key_value": _with_defaults(
                {**message, "field_delimiter": "&", "key_value_delimiter": "=", "overwrite_if_exists": False},
                key_value_options)}
        elif type is ParserProcessorType.CSV:
            self._rendered = {"csv": _with_defaults({**message, "quote_character": '"', "delimiter": ","}, csv_options)}
        elif type is ParserProcessorType.GROK:
            if grok_options is None or not grok_options.match:
                raise UnscopedValidationError("Match pattern is required for Grok parser")
            self._rendered = {"grok": _with_defaults(message, grok_options)}
        elif type is ParserProcessorType.OCSF:
            if parse_to_ocsf_options is None:
                raise UnscopedValidationError("parseToOCSFOptions must be provided for type OCSF")
            self._rendered = {"parse_to_ocsf": _with_defaults(message, parse_to_ocsf_options)}
        else:
            raise UnscopedValidationError(f"Unsupported parser processor type: {type}")

    def _render(self) -> dict[str, Any]:
        return self._rendered


class VendedLogParser:
    """A parser of an AWS vended log format (must be a transformer's first processor).

    Args:
        log_type: the format.
        source: unused by CloudWatch Logs (kept for aws-cdk-lib compatibility).
    """

    _KEYS = {
        VendedLogType.CLOUDFRONT: "parse_cloudfront",
        VendedLogType.VPC: "parse_vpc",
        VendedLogType.WAF: "parse_waf",
        VendedLogType.ROUTE53: "parse_route53",
        VendedLogType.POSTGRES: "parse_postgres",
    }

    def __init__(self, *, log_type: VendedLogType, source: str | None = None) -> None:
        self.log_type = log_type

    def _render(self) -> dict[str, Any]:
        return {self._KEYS[self.log_type]: {}}


class StringMutatorProcessor:
    """A string mutator: lower/upper case, trim, split or substitute.

    Takes the ``StringMutatorProps`` keyword arguments (see that class for each).

    Raises:
        UnscopedValidationError: the options of ``type`` are missing or empty.
    """

    def __init__(
        self,
        *,
        type: StringMutatorType,
        lower_case_keys: Sequence[str] | None = None,
        split_options: SplitStringProperty | None = None,
        substitute_options: SubstituteStringProperty | None = None,
        trim_keys: Sequence[str] | None = None,
        upper_case_keys: Sequence[str] | None = None,
    ) -> None:
        self.type = type
        if type is StringMutatorType.LOWER_CASE:
            if _empty(lower_case_keys):
                raise UnscopedValidationError("lowerCaseKeys must be provided for LOWER_CASE string mutator")
            self._rendered = {"lower_case_string": {"with_keys": list(lower_case_keys or [])}}
        elif type is StringMutatorType.UPPER_CASE:
            if _empty(upper_case_keys):
                raise UnscopedValidationError("upperCaseKeys must be provided for UPPER_CASE string mutator")
            self._rendered = {"upper_case_string": {"with_keys": list(upper_case_keys or [])}}
        elif type is StringMutatorType.TRIM:
            if _empty(trim_keys):
                raise UnscopedValidationError("trimKeys must be provided for TRIM string mutator")
            self._rendered = {"trim_string": {"with_keys": list(trim_keys or [])}}
        elif type is StringMutatorType.SPLIT:
            if split_options is None or _empty(split_options.entries):
                raise UnscopedValidationError("splitOptions must be provided for SPLIT string mutator")
            self._rendered = {"split_string": _plain(split_options)}
        elif type is StringMutatorType.SUBSTITUTE:
            if substitute_options is None or _empty(substitute_options.entries):
                raise UnscopedValidationError("substituteOptions must be provided for SUBSTITUTE string mutator")
            rendered = _plain(substitute_options)
            for entry in rendered["entries"]:
                entry["from"] = entry.pop("from_")
            self._rendered = {"substitute_string": rendered}
        else:
            raise UnscopedValidationError(f"Unsupported string mutator type: {type}")

    def _render(self) -> dict[str, Any]:
        return self._rendered


class JsonMutatorProcessor:
    """A JSON mutator: add, delete, move, rename keys, copy values or turn a list into a map.

    Takes the ``JsonMutatorProps`` keyword arguments (see that class for each).

    Raises:
        UnscopedValidationError: the options of ``type`` are missing or empty.
    """

    def __init__(
        self,
        *,
        type: JsonMutatorType,
        add_keys_options: AddKeysProperty | None = None,
        copy_value_options: CopyValueProperty | None = None,
        delete_keys_options: ProcessorDeleteKeysProperty | None = None,
        list_to_map_options: ListToMapProperty | None = None,
        move_keys_options: MoveKeysProperty | None = None,
        rename_keys_options: RenameKeysProperty | None = None,
    ) -> None:
        self.type = type
        if type is JsonMutatorType.ADD_KEYS:
            if add_keys_options is None or _empty(add_keys_options.entries):
                raise UnscopedValidationError("addKeysOptions must be provided for ADD_KEYS JSON mutator")
            self._rendered = {"add_keys": _entries(add_keys_options)}
        elif type is JsonMutatorType.DELETE_KEYS:
            if delete_keys_options is None or _empty(delete_keys_options.with_keys):
                raise UnscopedValidationError("deleteKeys must be provided for DELETE_KEYS JSON mutator")
            self._rendered = {"delete_keys": _plain(delete_keys_options)}
        elif type is JsonMutatorType.MOVE_KEYS:
            if move_keys_options is None or _empty(move_keys_options.entries):
                raise UnscopedValidationError("moveKeysOptions must be provided for MOVE_KEYS JSON mutator")
            self._rendered = {"move_keys": _entries(move_keys_options)}
        elif type is JsonMutatorType.RENAME_KEYS:
            if rename_keys_options is None or _empty(rename_keys_options.entries):
                raise UnscopedValidationError("renameKeysOptions must be provided for RENAME_KEYS JSON mutator")
            self._rendered = {"rename_keys": _entries(rename_keys_options)}
        elif type is JsonMutatorType.COPY_VALUE:
            if copy_value_options is None or _empty(copy_value_options.entries):
                raise UnscopedValidationError("copyValueOptions must be provided for COPY_VALUE JSON mutator")
            self._rendered = {"copy_value": _entries(copy_value_options)}
        elif type is JsonMutatorType.LIST_TO_MAP:
            if list_to_map_options is None or not list_to_map_options.source or not list_to_map_options.key:
                raise UnscopedValidationError(
                    "listToMapOptions with source and key must be provided for LIST_TO_MAP JSON mutator")
            if list_to_map_options.flatten and not list_to_map_options.flattened_element:
                raise UnscopedValidationError(
                    "listToMapOptions flattenedElement must be provided when flatten is true for LIST_TO_MAP JSON mutator")
            self._rendered = {"list_to_map": _with_defaults({"flatten": False}, list_to_map_options)}
        else:
            raise UnscopedValidationError(f"Unsupported JSON mutator type: {type}")

    def _render(self) -> dict[str, Any]:
        return self._rendered


class DataConverterProcessor:
    """A data converter: change value types or datetime formats.

    Takes the ``DataConverterProps`` keyword arguments (see that class for each).

    Raises:
        UnscopedValidationError: the options of ``type`` are missing or incomplete.
    """

    def __init__(
        self,
        *,
        type: DataConverterType,
        date_time_converter_options: DateTimeConverterProperty | None = None,
        type_converter_options: TypeConverterProperty | None = None,
    ) -> None:
        self.type = type
        if type is DataConverterType.TYPE_CONVERTER:
            if type_converter_options is None or _empty(type_converter_options.entries):
                raise UnscopedValidationError("typeConverterOptions must be provided for TYPE_CONVERTER data converter")
            self._rendered = {"type_converter": _plain(type_converter_options)}
        elif type is DataConverterType.DATETIME_CONVERTER:
            o = date_time_converter_options
            if o is None or not o.source or not o.target or not o.match_patterns:
                raise UnscopedValidationError(
                    "dateTimeConverterOptions with source, target and matchPatterns must be provided for "
                    "DATETIME_CONVERTER data converter")
            self._rendered = {"date_time_converter": _with_defaults(
                {"target_format": "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", "source_timezone": "UTC", "target_timezone": "UTC"}, o)}
        else:
            raise UnscopedValidationError(f"Unsupported data converter type: {type}")

    def _render(self) -> dict[str, Any]:
        return self._rendered


_PARSERS = (ParserProcessor, VendedLogParser)


@structs.frozen(kw_only=True)
class TransformerOptions:
    """The options of ``add_transformer``.

    Args:
        transformer_config: the processors applied to each log event, in order (the first one a parser).
        transformer_name: the transformer's name (a construct id).
    """

    transformer_config: Sequence[IProcessor]
    transformer_name: str


@structs.frozen(kw_only=True)
class TransformerProps(TransformerOptions):
    """The properties of a ``Transformer``.

    See ``Transformer`` for each keyword argument.
    """

    log_group: ILogGroup


class Transformer(Resource):
    """A log transformer (``AWS::Logs::Transformer``, created beside this construct as ``ResourceTransformer``).

    Args:
        log_group: the group whose events are transformed (Standard log class).
        transformer_config: 1 to 20 processors, a parser first.
        transformer_name: the name.

    Raises:
        ValidationError: no processor, more than 20, no parser first, more than 5 parsers, more than one vended
            parser (or not first), more than one grok / addKeys / copyValue / parseToOCSF, or OCSF not first.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-logs.Transformer"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        log_group: ILogGroup,
        transformer_config: Sequence[IProcessor],
        transformer_name: str,
    ) -> None:
        super().__init__(scope, id, physical_name=transformer_name)
        processors = list(transformer_config)
        if not Token.is_unresolved(transformer_config):
            self._validate(processors)
        if getattr(log_group, "node", None) is not None:
            log_group.node.add_metadata(
                "warning",
                "Transformers can only be created for log groups in the Standard log class. Ensure that your log "
                "group is using the Standard log class.",
            )
        CfnTransformer(
            scope,
            "ResourceTransformer",
            log_group_identifier=log_group.log_group_name,
            transformer_config=[p._render() for p in processors],
        )

    def _fail(self, message: str) -> None:
        raise ValidationError(message, self)

    def _validate(self, processors: list[Any]) -> None:
        if not processors:
            self._fail("At least one processor is required in a transformer")
        if len(processors) > 20:
            self._fail("A transformer cannot have more than 20 processors")
        if not isinstance(processors[0], _PARSERS):
            self._fail("First processor in a transformer must be a parser")
        if len([p for p in processors if isinstance(p, _PARSERS)]) > 5:
            self._fail("A transformer cannot have more than 5 parser-type processors")
        vended = [i for i, p in enumerate(processors) if isinstance(p, VendedLogParser)]
        if len(vended) > 1:
            self._fail("Only one vended log parser is allowed in a transformer")
        if vended and vended[0] > 0:
            self._fail("AWS vended log parser must be the first processor in a transformer")

        def count(cls: type, kind: Any) -> list[int]:
            return [i for i, p in enumerate(processors) if isinstance(p, cls) and p.type is kind]

        if len(count(ParserProcessor, ParserProcessorType.GROK)) > 1:
            self._fail("Only one grok processor is allowed in a transformer")
        if len(count(JsonMutatorProcessor, JsonMutatorType.ADD_KEYS)) > 1:
            self._fail("Only one addKeys processor is allowed in a transformer")
        if len(count(JsonMutatorProcessor, JsonMutatorType.COPY_VALUE)) > 1:
            self._fail("Only one copyValue processor is allowed in a transformer")
        ocsf = count(ParserProcessor, ParserProcessorType.OCSF)
        if len(ocsf) > 1:
            self._fail("Only one parseToOCSF processor is allowed in a transformer")
        if ocsf and ocsf[0] != 0:
            self._fail("parseToOCSF processor must be the first processor in a transformer")
