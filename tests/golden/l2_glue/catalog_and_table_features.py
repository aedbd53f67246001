"""Catalogs, databases and tables beyond the integ ports: a named encrypted catalog, imports, every column type and
storage parameter, client-side encryption and grants of S3 and external tables, and the data quality imports."""

import aws_cdk as cdk
from aws_cdk import aws_glue as glue
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "GlueCatalogs", env=cdk.Environment(account="123456789012", region="eu-west-1"))
key = kms.Key(stack, "CatalogKey")
password_key = kms.Key(stack, "PasswordKey")
role = iam.Role(stack, "CatalogRole", assumed_by=iam.ServicePrincipal("glue.amazonaws.com"))
catalog = glue.Catalog(
    stack, "Catalog", catalog_name="analytics", description="named catalog",
    encryption_at_rest=glue.DataCatalogEncryptionAtRest.kms_with_service_role(role, key),
    connection_password_encryption=glue.ConnectionPasswordEncryption(kms_key=password_key,
                                                                     return_connection_password_encrypted=False),
)
db = glue.Database(stack, "Db", catalog=catalog, location_uri="s3://data/warehouse",
                   removal_policy=cdk.RemovalPolicy.DESTROY)
auto_named = glue.Database(stack, "AutoNamedDatabase", description="named from the path")

imported_catalog = glue.Catalog.from_catalog_id(stack, "ById", "999999999999")
arn_catalog = glue.Catalog.from_catalog_arn(stack, "ByArn", "arn:aws:glue:eu-west-1:111111111111:catalog")
imported_db = glue.Database.from_database_arn(stack, "ImportedDb",
                                              "arn:aws:glue:eu-west-1:123456789012:database/sales")
imported_table = glue.TableBase.from_table_arn(stack, "ImportedTable",
                                               "arn:aws:glue:eu-west-1:123456789012:table/sales/orders")

columns = [
    glue.Column(name="flag", type=glue.Schema.BOOLEAN), glue.Column(name="blob", type=glue.Schema.BINARY),
    glue.Column(name="big", type=glue.Schema.BIG_INT), glue.Column(name="dbl", type=glue.Schema.DOUBLE),
    glue.Column(name="flt", type=glue.Schema.FLOAT), glue.Column(name="i", type=glue.Schema.INTEGER),
    glue.Column(name="tiny", type=glue.Schema.TINY_INT), glue.Column(name="d", type=glue.Schema.DATE),
    glue.Column(name="ts", type=glue.Schema.TIMESTAMP), glue.Column(name="dec", type=glue.Schema.decimal(10, 2)),
    glue.Column(name="dec2", type=glue.Schema.decimal(38)), glue.Column(name="c", type=glue.Schema.char(10)),
    glue.Column(name="vc", type=glue.Schema.varchar(255)),
    glue.Column(name="custom", type=glue.Schema.custom("uniontype<int,string>", False)),
    glue.Column(name="nested", type=glue.Schema.map(glue.Schema.STRING, glue.Schema.array(glue.Schema.INTEGER))),
]
table = glue.S3Table(
    stack, "Events", database=db, columns=columns, data_format=glue.DataFormat.PARQUET, s3_prefix="events/",
    client_side_encryption=glue.TableClientSideEncryption.kms(),
    storage=glue.S3TableStorage.managed_bucket(glue.S3TableEncryption.kms_managed()),
    compressed=True, stored_as_sub_directories=True, has_encrypted_data=False, description="event data",
    partition_keys=[glue.Column(name="dt", type=glue.Schema.STRING, comment="day")],
    storage_parameters=[
        glue.StorageParameter.data_cleansing_enabled(True),
        glue.StorageParameter.invalid_char_handling(glue.InvalidCharHandlingAction.REPLACE),
        glue.StorageParameter.replacement_char("?"),
        glue.StorageParameter.numeric_overflow_handling(glue.NumericOverflowHandlingAction.SET_TO_NULL),
        glue.StorageParameter.surplus_bytes_handling(glue.SurplusBytesHandlingAction.TRUNCATE),
        glue.StorageParameter.surplus_char_handling(glue.SurplusCharHandlingAction.DROP_ROW),
        glue.StorageParameter.column_count_mismatch_handling(glue.ColumnCountMismatchHandlingAction.FAIL),
        glue.StorageParameter.num_rows(1000),
        glue.StorageParameter.serialization_null_format("\\N"),
        glue.StorageParameter.orc_schema_resolution(glue.OrcColumnMappingType.POSITION),
        glue.StorageParameter.write_parallel(glue.WriteParallel.OFF),
        glue.StorageParameter.write_max_file_size_mb(64),
        glue.StorageParameter.write_kms_key_id(key),
    ],
)
kms_table = glue.S3Table(stack, "KmsTable", database=auto_named, columns=[glue.Column(name="a", type=glue.Schema.STRING)],
                         data_format=glue.DataFormat.ORC,
                         storage=glue.S3TableStorage.managed_bucket(glue.S3TableEncryption.kms()),
                         client_side_encryption=glue.TableClientSideEncryption.kms(key))
glue.S3Table(stack, "Logs", database=db, columns=[glue.Column(name="line", type=glue.Schema.STRING)],
             data_format=glue.DataFormat.APACHE_LOGS)
glue.S3Table(stack, "Trail", database=db, columns=[glue.Column(name="event", type=glue.Schema.STRING)],
             data_format=glue.DataFormat.CLOUDTRAIL_LOGS)
glue.S3Table(stack, "Tsv", database=db, columns=[glue.Column(name="a", type=glue.Schema.STRING)],
             data_format=glue.DataFormat.TSV)
glue.S3Table(stack, "Grok", database=db, columns=[glue.Column(name="a", type=glue.Schema.STRING)],
             data_format=glue.DataFormat.LOGSTASH)
glue.S3Table(stack, "Avro", database=db, columns=[glue.Column(name="a", type=glue.Schema.STRING)],
             data_format=glue.DataFormat(input_format=glue.InputFormat.AVRO, output_format=glue.OutputFormat.AVRO,
                                         serialization_library=glue.SerializationLibrary.HIVE_JSON,
                                         classification_string=glue.ClassificationString.XML))

connection = glue.Connection.from_connection_arn(stack, "ImportedConnection",
                                                 "arn:aws:glue:eu-west-1:123456789012:connection/jdbc")
by_name = glue.Connection.from_connection_name(stack, "ByNameConnection", "kafka")
external = glue.ExternalTable(stack, "External", database=db, connection=connection,
                              external_data_location="db.schema.table",
                              columns=[glue.Column(name="a", type=glue.Schema.STRING)],
                              data_format=glue.DataFormat.CSV, enable_partition_filtering=False)

reader = iam.User(stack, "Reader")
table.grant_read(reader)
kms_table.grant_write(reader)
external.grant_read_write(reader)
table.grant_to_underlying_resources(reader, ["glue:GetDatabase"])
table.grant(reader, ["glue:GetTableVersion"])  # merged into the read statement

kafka = glue.Connection(stack, "Kafka", type=glue.ConnectionType.KAFKA, description="streams",
                        match_criteria=["kafka"], connection_name="kafka-conn")
kafka.add_property("KAFKA_BOOTSTRAP_SERVERS", "broker:9092")

ruleset = glue.DataQualityRuleset(stack, "Rules", ruleset_name="rules", dqdl=glue.Dqdl.from_string("Rules = [IsComplete \"a\"]"),
                                  target_table=glue.DataQualityTargetTable.from_table_name(db, "events"),
                                  removal_policy=cdk.RemovalPolicy.RETAIN)
imported_ruleset = glue.DataQualityRuleset.from_ruleset_arn(
    stack, "ImportedRuleset", "arn:aws:glue:eu-west-1:123456789012:dataqualityruleset/other")
named_ruleset = glue.DataQualityRuleset.from_ruleset_name(stack, "NamedRuleset", "named")

for name, value in {
    "CatalogId": catalog.catalog_id, "CatalogArn": catalog.catalog_arn, "ImportedCatalogArn": imported_catalog.catalog_arn,
    "ArnCatalogId": arn_catalog.catalog_id, "ImportedDbName": imported_db.database_name,
    "ImportedDbCatalog": imported_db.catalog.catalog_arn, "DbArn": db.database_arn, "TableArn": table.table_arn,
    "ImportedTableName": imported_table.table_name, "ExternalArn": external.table_arn,
    "ConnName": connection.connection_name, "ByNameArn": by_name.connection_arn, "KafkaArn": kafka.connection_arn,
    "RulesetArn": ruleset.ruleset_arn, "ImportedRulesetName": imported_ruleset.ruleset_name,
    "NamedRulesetArn": named_ruleset.ruleset_arn, "Bucket": table.bucket.bucket_name,
}.items():
    cdk.CfnOutput(stack, name, value=value)
app.synth()
