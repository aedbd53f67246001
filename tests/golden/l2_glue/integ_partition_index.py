"""Port of aws-cdk's aws-glue integ.partition-index.ts: partition indexes at construction and added later."""

import aws_cdk as cdk
from aws_cdk import aws_glue as glue
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-glue")
bucket = s3.Bucket(stack, "DataBucket")
database = glue.Database(stack, "MyDatabase", database_name="database")
columns = [glue.Column(name="col1", type=glue.Schema.STRING), glue.Column(name="col2", type=glue.Schema.STRING),
           glue.Column(name="col3", type=glue.Schema.STRING)]
partition_keys = [glue.Column(name="year", type=glue.Schema.SMALL_INT),
                  glue.Column(name="month", type=glue.Schema.BIG_INT),
                  glue.Column(name="day", type=glue.Schema.BIG_INT)]
csv_table = glue.S3Table(stack, "CSVTable", database=database, storage=glue.S3TableStorage.from_bucket(bucket),
                         table_name="csv_table", columns=columns, partition_keys=partition_keys,
                         partition_indexes=[glue.PartitionIndex(index_name="index1", key_names=["month"])],
                         data_format=glue.DataFormat.CSV)
csv_table.add_partition_index(index_name="index2", key_names=["month", "year"])
csv_table.add_partition_index(index_name="index3", key_names=["day"])
json_table = glue.S3Table(stack, "JSONTable", database=database, storage=glue.S3TableStorage.from_bucket(bucket),
                          table_name="json_table", columns=columns, partition_keys=partition_keys,
                          data_format=glue.DataFormat.JSON)
json_table.add_partition_index(key_names=["year", "month"])
app.synth()
