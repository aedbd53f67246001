"""integ.distributed-map-csv-delimiter: an S3CsvItemReader with a semicolon delimiter."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn

CSV_KEY = "my-key.csv"

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-stepfunctions-csv-delimiter-integ")
bucket = s3.Bucket(stack, "Bucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
distributed_map = sfn.DistributedMap(
    stack, "DistributedMap",
    item_reader=sfn.S3CsvItemReader(bucket=bucket, key=CSV_KEY, csv_headers=sfn.CsvHeaders.use_first_row(),
                                    csv_delimiter=sfn.CsvDelimiter.SEMICOLON),
    result_writer=sfn.ResultWriter(bucket=bucket, prefix="my-prefix"),
)
distributed_map.item_processor(sfn.Pass(stack, "Pass"))
sfn.StateMachine(stack, "StateMachine", definition=distributed_map)

app.synth()
