"""integ.distributed-map-batch: an ItemBatcher with max items and batch input (fixed and from a path).

Adapted: the NodejsFunction the integ test adds only to read the results in its assertions is left out (its
bundling needs esbuild).
"""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn

CSV_KEY = "distributed-map-batch.csv"

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-distributed-map-batch-input-integ")
bucket = s3.Bucket(stack, "Bucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
distributed_map = sfn.DistributedMap(
    stack, "DistributedMapBatchInput",
    item_reader=sfn.S3CsvItemReader(bucket=bucket, key=CSV_KEY, csv_headers=sfn.CsvHeaders.use_first_row()),
    item_batcher=sfn.ItemBatcher(max_items_per_batch=2, batch_input={
        "batchInputValue": "constant-value",
        "batchInputPathValue": sfn.JsonPath.string_at("$.batchInputPathValue"),
    }),
    result_writer=sfn.ResultWriter(bucket=bucket, prefix="my-prefix"),
)
distributed_map.item_processor(sfn.Pass(stack, "Pass"))
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(distributed_map))

app.synth()
