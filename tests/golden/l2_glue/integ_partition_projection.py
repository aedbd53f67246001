"""Port of aws-cdk's aws-glue integ.partition-projection.ts: integer, date, enum, injected and combined projections."""

import aws_cdk as cdk
from aws_cdk import aws_glue as glue

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-glue-partition-projection")
database = glue.Database(stack, "Database", database_name="partition_projection_test")
data = [glue.Column(name="data", type=glue.Schema.STRING)]
P = glue.PartitionProjectionConfiguration
glue.S3Table(stack, "TableInteger", database=database, table_name="integer_projection", columns=data,
             partition_keys=[glue.Column(name="year", type=glue.Schema.INTEGER)], data_format=glue.DataFormat.JSON,
             partition_projection={"year": P.integer(min=2020, max=2023, interval=1, digits=4)})
glue.S3Table(stack, "TableDate", database=database, table_name="date_projection", columns=data,
             partition_keys=[glue.Column(name="date", type=glue.Schema.STRING)], data_format=glue.DataFormat.JSON,
             partition_projection={"date": P.date(
                 min="2020-01-01", max="2023-12-31", format="yyyy-MM-dd",
                 step=glue.DateProjectionStep(interval=1, interval_unit=glue.DateIntervalUnit.DAYS))})
glue.S3Table(stack, "TableEnum", database=database, table_name="enum_projection", columns=data,
             partition_keys=[glue.Column(name="region", type=glue.Schema.STRING)], data_format=glue.DataFormat.JSON,
             partition_projection={"region": P.enum(values=["us-east-1", "us-west-2", "eu-west-1"])})
glue.S3Table(stack, "TableInjected", database=database, table_name="injected_projection", columns=data,
             partition_keys=[glue.Column(name="custom", type=glue.Schema.STRING)], data_format=glue.DataFormat.JSON,
             partition_projection={"custom": P.injected()})
glue.S3Table(stack, "TableMultiple", database=database, table_name="multiple_projection", columns=data,
             partition_keys=[glue.Column(name="year", type=glue.Schema.INTEGER),
                             glue.Column(name="month", type=glue.Schema.INTEGER),
                             glue.Column(name="region", type=glue.Schema.STRING)],
             data_format=glue.DataFormat.JSON,
             partition_projection={"year": P.integer(min=2020, max=2023), "month": P.integer(min=1, max=12, digits=2),
                                   "region": P.enum(values=["us-east-1", "us-west-2"])})
app.synth()
