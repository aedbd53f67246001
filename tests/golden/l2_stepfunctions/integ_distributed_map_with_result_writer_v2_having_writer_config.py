"""integ.distributed-map-with-result-writer-v2-having-writer-config: a JSONL reader and a WriterConfig-only writer."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn

JSONL_KEY = "my-key.jsonl"

app = cdk.App(context={
    "@aws-cdk/core:disableGitSource": True,
    "@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2": True,
})
stack = cdk.Stack(app, "distributed-map-with-result-writer-v2-having-writer-config")
bucket = s3.Bucket(stack, "Bucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
distributed_map = sfn.DistributedMap.jsonata(
    stack, "DistributedMap",
    item_reader=sfn.S3JsonLItemReader(bucket=bucket, key=JSONL_KEY),
    result_writer_v2=sfn.ResultWriterV2(writer_config=sfn.WriterConfig(
        output_type=sfn.OutputType.JSONL, transformation=sfn.Transformation.COMPACT,
    )),
)
distributed_map.item_processor(sfn.Pass.jsonata(stack, "Pass"), mode=sfn.ProcessorMode.DISTRIBUTED,
                               execution_type=sfn.ProcessorType.STANDARD)
sfn.StateMachine(stack, "StateMachine", definition=distributed_map, query_language=sfn.QueryLanguage.JSONATA)

app.synth()
