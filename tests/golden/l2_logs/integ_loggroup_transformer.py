"""Port of aws-cdk's integ.loggroup-transformer.ts: add_transformer with a JSON parser and an ADD_KEYS mutator."""

from aws_cdk import App, Stack
from aws_cdk.aws_logs import (
    AddKeyEntryProperty,
    AddKeysProperty,
    JsonMutatorProcessor,
    JsonMutatorType,
    LogGroup,
    ParseJSONProperty,
    ParserProcessor,
    ParserProcessorType,
)

app = App()
stack = Stack(app, "aws-cdk-transformer-integ")
log_group = LogGroup(stack, "MyLogGroup")
json_parser = ParserProcessor(type=ParserProcessorType.JSON, json_options=ParseJSONProperty(source="customField"))
add_keys = JsonMutatorProcessor(
    type=JsonMutatorType.ADD_KEYS,
    add_keys_options=AddKeysProperty(entries=[
        AddKeyEntryProperty(key="test_key1", value="test_value1", overwrite_if_exists=True),
        AddKeyEntryProperty(key="test_key2", value="test_value2"),
        AddKeyEntryProperty(key="test_key3", value="test_value3", overwrite_if_exists=False),
    ]),
)
log_group.add_transformer("Transformer", transformer_name="MyTransformer", transformer_config=[json_parser, add_keys])
app.synth()
