"""integ.distribution-map-result-writer-bucket-jsonpath: the results bucket named by a JSONPath.

Adapted to 2.275: ``ResultWriter(bucketNamePath=...)`` is newer; ``ResultWriterV2(bucket_name_path=...)`` under
its feature flag is 2.275's way to write the same thing.
"""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn

CSV_KEY = "my-key.csv"

app = cdk.App(context={"@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2": True})
stack = cdk.Stack(app, "aws-stepfunctions-map-result-writer-bucket-jsonpath")
bucket = s3.Bucket(stack, "Bucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
distributed_map = sfn.DistributedMap(
    stack, "DistributedMap",
    item_reader=sfn.S3CsvItemReader(bucket=bucket, key=CSV_KEY),
    result_writer_v2=sfn.ResultWriterV2(bucket_name_path=sfn.JsonPath.string_at("$.bucketName"), prefix="my-prefix"),
)
distributed_map.item_processor(sfn.Pass(stack, "Pass"))
sfn.StateMachine(stack, "StateMachine", definition=distributed_map)

app.synth()
