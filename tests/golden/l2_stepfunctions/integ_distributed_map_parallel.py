"""integ.distributed-map-parallel: a DistributedMap inside a Parallel branch (policy pushed to the outer graph)."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn

CSV_KEY = "my-key.csv"

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "DistributedMapParallelStack")
bucket = s3.Bucket(stack, "Bucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
parallel = sfn.Parallel(stack, "Parallel")
distributed_map = sfn.DistributedMap(
    stack, "DistributedMap",
    item_reader=sfn.S3CsvItemReader(bucket=bucket, key=CSV_KEY, csv_headers=sfn.CsvHeaders.use_first_row()),
).item_processor(sfn.Pass(stack, "Pass"))
sfn.StateMachine(stack, "StateMachine",
                 definition_body=sfn.ChainDefinitionBody.from_chainable(parallel.branch(distributed_map)))

app.synth()
