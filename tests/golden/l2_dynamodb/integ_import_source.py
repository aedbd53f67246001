"""Port of aws-cdk's integ.import-source: tables created from DynamoDB JSON, ION and CSV data that a
``BucketDeployment`` puts in a bucket of another stack (the integ assertions are left out)."""

import aws_cdk as cdk
from aws_cdk.aws_dynamodb import AttributeType, Attribute, ImportSourceSpecification, InputCompressionType, InputFormat, Table
from aws_cdk.aws_s3 import Bucket, IBucket
from aws_cdk.aws_s3_deployment import BucketDeployment, Source
from constructs import Construct


class S3Stack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.bucket = Bucket(self, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        BucketDeployment(
            self,
            "BucketDeployment",
            destination_bucket=self.bucket,
            sources=[
                Source.json_data("dynamodb-json-format.json", {"Item": {"id": {"S": "1"}}}),
                Source.data("ion-format.ion", """$ion_1_0 {
            Item:{
                id:"1",
            }
        }"""),
                Source.data("csv-format.csv", "id\n1"),
            ],
        )


class DynamoStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, bucket: IBucket, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        key = Attribute(name="id", type=AttributeType.STRING)
        self.dynamo_db_json_table = Table(
            self, "DynamoDBJsonTable", partition_key=key, removal_policy=cdk.RemovalPolicy.DESTROY,
            import_source=ImportSourceSpecification(
                compression_type=InputCompressionType.NONE, input_format=InputFormat.dynamo_db_json(),
                bucket=bucket, key_prefix="dynamodb-json",
            ),
        )
        self.ion_table = Table(
            self, "IonTable", partition_key=key, removal_policy=cdk.RemovalPolicy.DESTROY,
            import_source=ImportSourceSpecification(
                compression_type=InputCompressionType.NONE, input_format=InputFormat.ion(),
                bucket=bucket, key_prefix="ion",
            ),
        )
        self.csv_table = Table(
            self, "CsvTable", partition_key=key, removal_policy=cdk.RemovalPolicy.DESTROY,
            import_source=ImportSourceSpecification(
                compression_type=InputCompressionType.NONE, input_format=InputFormat.csv(),
                bucket=bucket, key_prefix="csv",
            ),
        )


app = cdk.App()
s3_stack = S3Stack(app, "S3Stack")
DynamoStack(app, "DynamoStack", bucket=s3_stack.bucket)
app.synth()
