"""Port of aws-cdk's integ.transformer.ts: a Transformer with a JSON parser reading a custom field."""

from aws_cdk import App, Stack
from aws_cdk.aws_logs import LogGroup, ParseJSONProperty, ParserProcessor, ParserProcessorType, Transformer

app = App()
stack = Stack(app, "aws-cdk-transformer-integ")
log_group = LogGroup(stack, "MyLogGroup")
json_parser = ParserProcessor(type=ParserProcessorType.JSON, json_options=ParseJSONProperty(source="customField"))
Transformer(stack, "Transformer", transformer_name="MyTransformer", log_group=log_group, transformer_config=[json_parser])
app.synth()
