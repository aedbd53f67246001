"""Port of aws-cdk's aws-glue integ.data-quality-ruleset.ts: a DQDL ruleset on an S3 table."""

import aws_cdk as cdk
from aws_cdk import aws_glue as glue
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-glue-data-quality-ruleset")
bucket = s3.Bucket(stack, "DataBucket")
database = glue.Database(stack, "MyDatabase", database_name="my_database")
columns = [glue.Column(name="col1", type=glue.Schema.STRING), glue.Column(name="col2", type=glue.Schema.STRING),
           glue.Column(name="col3", type=glue.Schema.STRING)]
partition_keys = [glue.Column(name="year", type=glue.Schema.SMALL_INT),
                  glue.Column(name="month", type=glue.Schema.BIG_INT)]
csv_table = glue.S3Table(stack, "CSVTable", database=database, storage=glue.S3TableStorage.from_bucket(bucket),
                         table_name="csv_table", columns=columns, partition_keys=partition_keys,
                         data_format=glue.DataFormat.CSV)
glue.DataQualityRuleset(stack, "DataQualityRuleset", description="my description", ruleset_name="my_ruleset",
                        dqdl=glue.Dqdl.from_string("Rules = [RowCount > 10]"),
                        tags={"key1": "value1", "key2": "value2"},
                        target_table=glue.DataQualityTargetTable.from_table(database, csv_table))
app.synth()
