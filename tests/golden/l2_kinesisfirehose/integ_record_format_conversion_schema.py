"""Port of aws-cdk's integ.record-format-conversion-schema.ts: data format conversion from a Glue table with an
inline schema and from one whose schema is in a Glue schema registry (the integ assertions are left out)."""

import json

import aws_cdk as cdk
from aws_cdk import aws_glue as glue
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "RecordFormatConversionSchema")

SCHEMA_COLUMNS = [{"name": "column_a", "type": "string"}, {"name": "column_b", "type": "string"}]

bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
database = glue.CfnDatabase(
    stack, "Database", database_input=glue.CfnDatabase.DatabaseInputProperty(description="My database"), catalog_id=stack.account
)
registry = glue.CfnRegistry(stack, "SchemaRegistry", name="my_schema_registry")


def create(id, table):
    return firehose.DeliveryStream(
        stack,
        id,
        destination=firehose.S3Bucket(
            bucket,
            data_output_prefix=f"success/{id}/",
            error_output_prefix=f"error/{id}/",
            buffering_interval=cdk.Duration.seconds(0),
            data_format_conversion=firehose.DataFormatConversionProps(
                schema_configuration=firehose.SchemaConfiguration.from_cfn_table(table),
                input_format=firehose.InputFormat.OPENX_JSON,
                output_format=firehose.OutputFormat.PARQUET,
            ),
        ),
    )


inline_table = glue.CfnTable(
    stack,
    "InlineSchemaTable",
    catalog_id=database.catalog_id,
    database_name=database.ref,
    table_input=glue.CfnTable.TableInputProperty(
        storage_descriptor=glue.CfnTable.StorageDescriptorProperty(
            columns=[glue.CfnTable.ColumnProperty(**c) for c in SCHEMA_COLUMNS]
        )
    ),
)
create("InlineSchema", inline_table)

schema = glue.CfnSchema(
    stack,
    "Schema",
    registry=glue.CfnSchema.RegistryProperty(arn=registry.attr_arn),
    compatibility="NONE",
    data_format="AVRO",
    name="my_schema",
    schema_definition=json.dumps({"type": "record", "name": "MyRecord", "fields": SCHEMA_COLUMNS}, separators=(",", ":")),
)
registry_table = glue.CfnTable(
    stack,
    "RegistrySchemaTable",
    catalog_id=database.catalog_id,
    database_name=database.ref,
    table_input=glue.CfnTable.TableInputProperty(
        storage_descriptor=glue.CfnTable.StorageDescriptorProperty(
            schema_reference=glue.CfnTable.SchemaReferenceProperty(schema_version_id=schema.attr_initial_schema_version_id)
        )
    ),
)
create("RegistrySchema", registry_table)
app.synth()
