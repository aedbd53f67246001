"""Port of aws-cdk's integ.record-format-conversion.ts: data format conversion with default and custom Hive/OpenX
JSON inputs and ORC/Parquet outputs, from a Glue table schema."""

import aws_cdk as cdk
from aws_cdk import aws_glue as glue
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "RecordFormatConversion")

SCHEMA_COLUMNS = [
    glue.CfnTable.ColumnProperty(name="column_a", type="string"),
    glue.CfnTable.ColumnProperty(name="column_b", type="string"),
]

bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
database = glue.CfnDatabase(
    stack, "Database", database_input=glue.CfnDatabase.DatabaseInputProperty(description="My database"), catalog_id=stack.account
)
schema_table = glue.CfnTable(
    stack,
    "InlineSchemaTable",
    catalog_id=database.catalog_id,
    database_name=database.ref,
    table_input=glue.CfnTable.TableInputProperty(
        storage_descriptor=glue.CfnTable.StorageDescriptorProperty(columns=SCHEMA_COLUMNS)
    ),
)


def create(id, input_format, output_format):
    return firehose.DeliveryStream(
        stack,
        id,
        destination=firehose.S3Bucket(
            bucket,
            data_output_prefix=f"success/{id}/",
            error_output_prefix=f"error/{id}/",
            buffering_interval=cdk.Duration.seconds(0),
            data_format_conversion=firehose.DataFormatConversionProps(
                schema_configuration=firehose.SchemaConfiguration.from_cfn_table(schema_table),
                input_format=input_format,
                output_format=output_format,
            ),
        ),
    )


create("DefaultHiveJsonOrc", firehose.InputFormat.HIVE_JSON, firehose.OutputFormat.ORC)
create("DefaultOpenXJsonParquet", firehose.InputFormat.OPENX_JSON, firehose.OutputFormat.PARQUET)
create(
    "CustomHiveJson",
    firehose.HiveJsonInputFormat(
        timestamp_parsers=[
            firehose.TimestampParser.EPOCH_MILLIS,
            firehose.TimestampParser.from_format_string("yyyy-MM-dd"),
        ]
    ),
    firehose.OutputFormat.ORC,
)
create(
    "CustomOpenXJson",
    firehose.OpenXJsonInputFormat(
        lowercase_column_names=False,
        column_to_json_key_mappings={"column_yay": "Column_A"},
        convert_dots_in_json_keys_to_underscores=True,
    ),
    firehose.OutputFormat.PARQUET,
)
create(
    "CustomOrc",
    firehose.InputFormat.OPENX_JSON,
    firehose.OrcOutputFormat(
        block_size=cdk.Size.mebibytes(256),
        bloom_filter_columns=["column_a"],
        bloom_filter_false_positive_probability=0.5,
        compression=firehose.OrcCompression.NONE,
        dictionary_key_threshold=0.3,
        format_version=firehose.OrcFormatVersion.V0_11,
        enable_padding=True,
        padding_tolerance=0.4,
        row_index_stride=5000,
        stripe_size=cdk.Size.mebibytes(32),
    ),
)
create(
    "CustomOrcZlib",
    firehose.InputFormat.OPENX_JSON,
    firehose.OrcOutputFormat(compression=firehose.OrcCompression.ZLIB, format_version=firehose.OrcFormatVersion.V0_12),
)
create("CustomOrcSnappy", firehose.InputFormat.OPENX_JSON, firehose.OrcOutputFormat(compression=firehose.OrcCompression.SNAPPY))
create(
    "CustomParquet",
    firehose.InputFormat.OPENX_JSON,
    firehose.ParquetOutputFormat(
        block_size=cdk.Size.mebibytes(128),
        page_size=cdk.Size.mebibytes(2),
        compression=firehose.ParquetCompression.UNCOMPRESSED,
        writer_version=firehose.ParquetWriterVersion.V2,
        enable_dictionary_compression=True,
        max_padding=cdk.Size.bytes(100),
    ),
)
create(
    "CustomParquetGzip",
    firehose.InputFormat.OPENX_JSON,
    firehose.ParquetOutputFormat(
        compression=firehose.ParquetCompression.GZIP, writer_version=firehose.ParquetWriterVersion.V1
    ),
)
create(
    "CustomParquetSnappy",
    firehose.InputFormat.OPENX_JSON,
    firehose.ParquetOutputFormat(compression=firehose.ParquetCompression.SNAPPY),
)
app.synth()
