"""integ.distribution-map-with-result-writer-jsonata: a JSONata Distributed Map reading CSV and writing results.

Adapted to 2.275: ``S3CsvItemReader.jsonata`` and ``ResultWriter(queryLanguage=...)`` are newer; the plain
constructors render ``Arguments`` in a JSONata state machine all the same.
"""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn

CSV_KEY = "my-key.csv"

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-map-with-result-writer")
bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY)
distributed_map = sfn.DistributedMap.jsonata(
    stack, "DistributedMap",
    item_reader=sfn.S3CsvItemReader(bucket=bucket, key=CSV_KEY, csv_headers=sfn.CsvHeaders.use_first_row()),
    result_writer=sfn.ResultWriter(bucket=bucket, prefix="my-prefix"),
)
distributed_map.item_processor(sfn.Pass.jsonata(stack, "Pass"), mode=sfn.ProcessorMode.DISTRIBUTED,
                               execution_type=sfn.ProcessorType.STANDARD)
sfn.StateMachine(stack, "StateMachine", definition=distributed_map, query_language=sfn.QueryLanguage.JSONATA)

app.synth()
