"""integ.sm-jsonpath-with-distributed-map-jsonata: a JSONata Distributed Map in a JSONPath state machine."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn

CSV_KEY = "my-key.csv"

app = cdk.App(context={"@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2": True})
stack = cdk.Stack(app, "sm-jsonpath-with-distributed-map-jsonata")
bucket = s3.Bucket(stack, "Bucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
distributed_map = sfn.DistributedMap.jsonata(
    stack, "DistributedMap",
    item_reader=sfn.S3CsvItemReader(bucket=bucket, key=CSV_KEY, csv_headers=sfn.CsvHeaders.use_first_row()),
    result_writer_v2=sfn.ResultWriterV2(bucket=bucket, prefix="my-prefix"),
)
distributed_map.item_processor(sfn.Pass.jsonata(stack, "Pass"), mode=sfn.ProcessorMode.DISTRIBUTED,
                               execution_type=sfn.ProcessorType.STANDARD)
sfn.StateMachine(stack, "StateMachine", definition=distributed_map)

app.synth()
