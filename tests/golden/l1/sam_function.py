"""SAM (aws_cdk.aws_sam): a serverless function with events and an API, a simple table and a layer."""

import aws_cdk as cdk
from aws_cdk import aws_sam as sam

app = cdk.App()
stack = cdk.Stack(app, "L1Sam")

api = sam.CfnApi(
    stack,
    "Api",
    stage_name="prod",
    name="golden-api",
    endpoint_configuration="REGIONAL",
    tracing_enabled=True,
)
sam.CfnFunction(
    stack,
    "Function",
    code_uri="s3://golden-bucket/code.zip",
    handler="app.handler",
    runtime="python3.12",
    memory_size=512,
    timeout=10,
    environment=sam.CfnFunction.FunctionEnvironmentProperty(variables={"MODE": "sam"}),
    events={
        "Get": sam.CfnFunction.EventSourceProperty(
            type="Api",
            properties=sam.CfnFunction.ApiEventProperty(path="/items", method="get", rest_api_id=api.ref),
        ),
        "Nightly": {
            "type": "Schedule",
            "properties": sam.CfnFunction.ScheduleEventProperty(schedule="rate(1 day)"),
        },
    },
    policies=["AWSLambdaBasicExecutionRole"],
    tags={"app": "golden"},
)
sam.CfnSimpleTable(
    stack,
    "Table",
    primary_key=sam.CfnSimpleTable.PrimaryKeyProperty(name="id", type="String"),
    table_name="golden-items",
)
sam.CfnLayerVersion(stack, "Layer", content_uri="s3://golden-bucket/layer.zip", compatible_runtimes=["python3.12"])

app.synth()
