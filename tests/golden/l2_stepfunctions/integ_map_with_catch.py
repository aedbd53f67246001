"""integ.map-with-catch: a JSONata DistributedMap with assign and a catcher, item processor config."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn

CSV_KEY = "my-key.csv"

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-stepfunctions-map-with-catch")
bucket = s3.Bucket(stack, "Bucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
distributed_map = sfn.DistributedMap.jsonata(
    stack, "DistributedMap",
    item_reader=sfn.S3CsvItemReader(bucket=bucket, key=CSV_KEY, csv_headers=sfn.CsvHeaders.use_first_row()),
    assign={"uniqueId": "{% $invalidFunction() %}"},
).add_catch(
    sfn.Fail.json_path(stack, "failed", error="ErrorHappened", cause="We got stuck"),
    outputs="$states.errorOutput",
)
distributed_map.item_processor(sfn.Pass.jsonata(stack, "Pass"), mode=sfn.ProcessorMode.DISTRIBUTED,
                               execution_type=sfn.ProcessorType.STANDARD)
sfn.StateMachine(stack, "StateMachine", definition=distributed_map, query_language=sfn.QueryLanguage.JSONATA)

app.synth()
