"""Port of aws-cdk's aws-glue integ.encrypted-catalog.ts: the account catalog encrypted with a key, and a table
with a partition index (whose handlers are granted decrypt on the key)."""

import aws_cdk as cdk
from aws_cdk.aws_glue import Catalog, Column, Database, DataCatalogEncryptionAtRest, DataFormat, PartitionIndex
from aws_cdk.aws_glue import S3Table, Schema
from aws_cdk.aws_kms import Key

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-glue")
catalog_key = Key(stack, "CatalogKey", enable_key_rotation=True, removal_policy=cdk.RemovalPolicy.DESTROY)
Catalog.encrypt_account(stack, encryption_at_rest=DataCatalogEncryptionAtRest.kms(catalog_key))
database = Database(stack, "Database", database_name="testdb")
S3Table(stack, "MyTable", database=database, table_name="my_table", columns=[Column(name="col1", type=Schema.STRING)],
        partition_keys=[Column(name="year", type=Schema.SMALL_INT)], data_format=DataFormat.JSON,
        enable_partition_filtering=True, partition_indexes=[PartitionIndex(index_name="test", key_names=["year"])])
app.synth()
