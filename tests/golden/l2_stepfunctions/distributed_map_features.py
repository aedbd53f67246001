"""DistributedMap options: every item reader, batching by bytes and paths, tolerated failures, labels, writers."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App(context={"@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2": True})
stack = cdk.Stack(app, "DistributedMapFeatures")
bucket = s3.Bucket(stack, "Bucket")
other = s3.Bucket.from_bucket_name(stack, "Other", "other-bucket")

readers = [
    sfn.S3ManifestItemReader(bucket=bucket, key="manifest.json", max_items=100),
    sfn.S3JsonLItemReader(bucket=other, key="items.jsonl"),
    sfn.S3ObjectsItemReader(bucket=bucket, prefix="in/", max_items=10),
    sfn.S3CsvItemReader(bucket=bucket, key="data.csv", csv_headers=sfn.CsvHeaders.use(["a", "b"]),
                        csv_delimiter=sfn.CsvDelimiter.TAB, max_items=5),
    sfn.S3JsonItemReader(bucket_name_path="$.bucket", key="k.json"),
]
maps = []
for i, reader in enumerate(readers):
    m = sfn.DistributedMap(
        stack, f"Map{i}", item_reader=reader, label=f"run{i}", max_concurrency=10,
        tolerated_failure_count=2 if i % 2 else None,
        tolerated_failure_count_path=None if i % 2 else "$.failures",
        tolerated_failure_percentage=5 if i % 2 == 0 else None,
        tolerated_failure_percentage_path="$.pct" if i % 2 else None,
        item_batcher=sfn.ItemBatcher(max_input_bytes_per_batch=1024, max_items_per_batch_path="$.batch")
        if i == 0 else sfn.ItemBatcher(max_input_bytes_per_batch_path="$.bytes") if i == 1 else None,
        result_writer_v2=sfn.ResultWriterV2(bucket=bucket, prefix=f"out{i}", writer_config=sfn.WriterConfig(
            output_type=sfn.OutputType.JSON, transformation=sfn.Transformation.FLATTEN)) if i == 2 else None,
        result_selector={"count": sfn.JsonPath.number_at("$.count")} if i == 3 else None,
        item_selector={"item": sfn.JsonPath.string_at("$$.Map.Item.Value")} if i == 4 else None,
        map_execution_type=sfn.StateMachineType.EXPRESS if i == 4 else None,
    )
    m.item_processor(sfn.Pass(stack, f"Process{i}"))
    maps.append(m)

jsonata_map = sfn.DistributedMap.jsonata(
    stack, "JsonataMap", items=sfn.ProvideItems.jsonata("{% $states.input.list %}"),
    jsonata_max_concurrency="{% $states.input.n %}", tolerated_failure_count=1, label="jsonata",
    result_writer_v2=sfn.ResultWriterV2(bucket_name_path="{% $states.input.out %}", prefix="p"),
)
jsonata_map.item_processor(sfn.Pass.jsonata(stack, "JsonataProcess"))
maps.append(jsonata_map)

# empty objects are given (truthy in JavaScript): rendered as {}
empty_selector = sfn.Map(stack, "EmptySelector", item_selector={}).item_processor(sfn.Pass(stack, "E1"))
empty_parameters = sfn.Map(stack, "EmptyParameters", parameters={}).item_processor(sfn.Pass(stack, "E2"))
empty_parallel = sfn.Parallel(stack, "EmptyParallel", parameters={}).branch(sfn.Pass(stack, "E3"))
empty_batch = sfn.DistributedMap(stack, "EmptyBatchInput", item_batcher=sfn.ItemBatcher(batch_input={}))
empty_batch.item_processor(sfn.Pass(stack, "E4"))
maps.extend([empty_selector, empty_parameters, empty_parallel, empty_batch])

chain = sfn.Chain.start(maps[0])
for m in maps[1:]:
    chain = chain.next(m)
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(chain))

app.synth()
