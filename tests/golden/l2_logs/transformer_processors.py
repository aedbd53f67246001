"""Every processor kind of a Transformer, with defaults filled in: parsers (key-value, CSV, grok, OCSF, vended),
string mutators, JSON mutators and data converters. Its L1 goes to the Transformer's scope as
``ResourceTransformer``, so each Transformer here has a scope of its own."""

from aws_cdk import App, Stack
from aws_cdk import aws_logs as logs
from constructs import Construct

app = App()
stack = Stack(app, "TransformerProcessors")
group = logs.LogGroup(stack, "Group")

logs.Transformer(stack, "KeyValue", log_group=group, transformer_name="kv", transformer_config=[
    logs.ParserProcessor(type=logs.ParserProcessorType.KEY_VALUE),
    logs.ParserProcessor(type=logs.ParserProcessorType.KEY_VALUE, key_value_options=logs.ParseKeyValueProperty(
        source="body", destination="parsed", field_delimiter=logs.KeyValuePairDelimiter.SEMICOLON,
        key_value_delimiter=logs.KeyValueDelimiter.COLON, key_prefix="kv", non_match_value="none",
        overwrite_if_exists=True)),
    logs.ParserProcessor(type=logs.ParserProcessorType.CSV),
    logs.ParserProcessor(type=logs.ParserProcessorType.CSV, csv_options=logs.CsvProperty(
        columns=["a", "b"], delimiter=logs.DelimiterCharacter.PIPE, quote_character=logs.QuoteCharacter.SINGLE_QUOTE)),
    logs.ParserProcessor(type=logs.ParserProcessorType.GROK, grok_options=logs.GrokProperty(match="%{IP:ip}")),
    logs.StringMutatorProcessor(type=logs.StringMutatorType.LOWER_CASE, lower_case_keys=["a"]),
    logs.StringMutatorProcessor(type=logs.StringMutatorType.UPPER_CASE, upper_case_keys=["b"]),
    logs.StringMutatorProcessor(type=logs.StringMutatorType.TRIM, trim_keys=["c"]),
    logs.StringMutatorProcessor(type=logs.StringMutatorType.SPLIT, split_options=logs.SplitStringProperty(
        entries=[logs.SplitStringEntryProperty(source="d", delimiter=logs.DelimiterCharacter.COMMA)])),
    logs.StringMutatorProcessor(type=logs.StringMutatorType.SUBSTITUTE, substitute_options=logs.SubstituteStringProperty(
        entries=[logs.SubstituteStringEntryProperty(source="e", from_="x", to="y")])),
    logs.JsonMutatorProcessor(type=logs.JsonMutatorType.DELETE_KEYS,
                              delete_keys_options=logs.ProcessorDeleteKeysProperty(with_keys=["f"])),
    logs.JsonMutatorProcessor(type=logs.JsonMutatorType.MOVE_KEYS, move_keys_options=logs.MoveKeysProperty(
        entries=[logs.MoveKeyEntryProperty(source="g", target="h")])),
    logs.JsonMutatorProcessor(type=logs.JsonMutatorType.RENAME_KEYS, rename_keys_options=logs.RenameKeysProperty(
        entries=[logs.RenameKeyEntryProperty(key="i", rename_to="j", overwrite_if_exists=True)])),
    logs.JsonMutatorProcessor(type=logs.JsonMutatorType.COPY_VALUE, copy_value_options=logs.CopyValueProperty(
        entries=[logs.CopyValueEntryProperty(source="k", target="l")])),
    logs.JsonMutatorProcessor(type=logs.JsonMutatorType.LIST_TO_MAP, list_to_map_options=logs.ListToMapProperty(
        source="m", key="n")),
    logs.JsonMutatorProcessor(type=logs.JsonMutatorType.LIST_TO_MAP, list_to_map_options=logs.ListToMapProperty(
        source="o", key="p", value_key="q", target="r", flatten=True, flattened_element="first")),
    logs.DataConverterProcessor(type=logs.DataConverterType.TYPE_CONVERTER,
                                type_converter_options=logs.TypeConverterProperty(entries=[
                                    logs.TypeConverterEntryProperty(key="s", type=logs.TypeConverterType.INTEGER)])),
    logs.DataConverterProcessor(type=logs.DataConverterType.DATETIME_CONVERTER,
                                date_time_converter_options=logs.DateTimeConverterProperty(
                                    source="t", target="u", match_patterns=["yyyy-MM-dd"], locale="en")),
    logs.DataConverterProcessor(type=logs.DataConverterType.DATETIME_CONVERTER,
                                date_time_converter_options=logs.DateTimeConverterProperty(
                                    source="v", target="w", match_patterns=["epoch"], locale="de",
                                    target_format="dd/MM/yyyy", source_timezone="PST",
                                    target_timezone="EST")),
])
ocsf_group = logs.LogGroup(stack, "OcsfGroup")
logs.Transformer(Construct(stack, "OcsfScope"), "Ocsf", log_group=ocsf_group, transformer_name="ocsf", transformer_config=[
    logs.ParserProcessor(type=logs.ParserProcessorType.OCSF, parse_to_ocsf_options=logs.ParseToOCSFProperty(
        event_source=logs.OCSFSourceType.VPC_FLOW, ocsf_version=logs.OCSFVersion.V1_1)),
])
for kind in logs.VendedLogType:
    vended_group = logs.LogGroup(stack, f"Group{kind.name}")
    vended_group.add_transformer(f"Vended{kind.name}", transformer_name=f"vended-{kind.name.lower()}", transformer_config=[
        logs.VendedLogParser(log_type=kind)])
app.synth()
