"""Encryption: DEFAULT, AWS_MANAGED, CUSTOMER_MANAGED with an auto-created key."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb

app = cdk.App()
stack = cdk.Stack(app, "TableEncryption")
pk = dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
dynamodb.Table(stack, "Default", partition_key=pk, encryption=dynamodb.TableEncryption.DEFAULT)
dynamodb.Table(stack, "AwsManaged", partition_key=pk, encryption=dynamodb.TableEncryption.AWS_MANAGED)
dynamodb.Table(stack, "Customer", partition_key=pk, encryption=dynamodb.TableEncryption.CUSTOMER_MANAGED)
app.synth()
