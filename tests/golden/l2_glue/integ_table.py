"""Port of aws-cdk's aws-glue integ.table.ts: S3 tables in every data format, storage parameters, grants."""

import aws_cdk as cdk
from aws_cdk import aws_glue as glue
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-glue")

bucket = s3.Bucket(stack, "DataBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
database = glue.Database(stack, "MyDatabase", database_name="my_database", description="my_database_description")

columns = [
    glue.Column(name="col1", type=glue.Schema.STRING),
    glue.Column(name="col2", type=glue.Schema.STRING, comment="col2 comment"),
    glue.Column(name="col3", type=glue.Schema.array(glue.Schema.STRING)),
    glue.Column(name="col4", type=glue.Schema.map(glue.Schema.STRING, glue.Schema.STRING)),
    glue.Column(name="col5", type=glue.Schema.struct([glue.Column(name="col1", type=glue.Schema.STRING)])),
]
partition_keys = [glue.Column(name="year", type=glue.Schema.SMALL_INT)]

avro_table = glue.S3Table(stack, "AVROTable", database=database, storage=glue.S3TableStorage.from_bucket(bucket),
                          table_name="avro_table", columns=columns, partition_keys=partition_keys,
                          data_format=glue.DataFormat.AVRO)
csv_table = glue.S3Table(stack, "CSVTable", database=database, storage=glue.S3TableStorage.from_bucket(bucket),
                         table_name="csv_table", columns=columns, partition_keys=partition_keys,
                         data_format=glue.DataFormat.CSV)
json_table = glue.S3Table(stack, "JSONTable", database=database, storage=glue.S3TableStorage.from_bucket(bucket),
                          table_name="json_table", columns=columns, partition_keys=partition_keys,
                          data_format=glue.DataFormat.JSON)
parquet_table = glue.S3Table(stack, "ParquetTable", database=database,
                             storage=glue.S3TableStorage.from_bucket(bucket), table_name="parquet_table",
                             columns=columns, partition_keys=partition_keys, data_format=glue.DataFormat.PARQUET)
encrypted_table = glue.S3Table(
    stack, "MyEncryptedTable", database=database, table_name="my_encrypted_table", columns=columns,
    partition_keys=partition_keys, data_format=glue.DataFormat.JSON,
    storage=glue.S3TableStorage.managed_bucket(
        glue.S3TableEncryption.kms(kms.Key(stack, "MyKey", removal_policy=cdk.RemovalPolicy.DESTROY))),
)
glue.S3Table(stack, "MyPartitionFilteredTable", database=database, storage=glue.S3TableStorage.from_bucket(bucket),
             table_name="partition_filtered_table", columns=columns, data_format=glue.DataFormat.JSON,
             enable_partition_filtering=True)
glue.S3Table(stack, "MyTableWithConnection", database=database, storage=glue.S3TableStorage.from_bucket(bucket),
             table_name="connection_table", columns=columns, data_format=glue.DataFormat.JSON)
glue.S3Table(
    stack, "MyTableWithStorageDescriptorParameters", database=database,
    storage=glue.S3TableStorage.from_bucket(bucket), table_name="table_with_storage_descriptor_parameters",
    columns=columns, data_format=glue.DataFormat.JSON,
    storage_parameters=[
        glue.StorageParameter.skip_header_line_count(1),
        glue.StorageParameter.compression_type(glue.CompressionType.GZIP),
        glue.StorageParameter.custom("foo", "bar"),
        glue.StorageParameter.custom("separatorChar", ","),
        glue.StorageParameter.custom("write.parallel", "off"),
    ],
)
glue.S3Table(stack, "MyTableWithParameters", database=database, storage=glue.S3TableStorage.from_bucket(bucket),
             table_name="table_with_parameters", columns=columns, data_format=glue.DataFormat.JSON,
             parameters={"key1": "val1", "key2": "val2"})

user = iam.User(stack, "MyUser")
csv_table.grant_read_write(user)
encrypted_table.grant_read_write(user)
another_user = iam.User(stack, "AnotherUser")
avro_table.grant_read_write(another_user)
json_table.grant_read_write(another_user)
parquet_table.grant_read_write(another_user)
app.synth()
