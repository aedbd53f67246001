"""Billing modes: explicit capacities, on-demand, on-demand with throughput caps, a named table."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb

app = cdk.App()
stack = cdk.Stack(app, "TableBilling")
pk = dynamodb.Attribute(name="id", type=dynamodb.AttributeType.BINARY)
dynamodb.Table(stack, "Provisioned", partition_key=pk, read_capacity=10, write_capacity=3, table_name="my-table")
dynamodb.Table(stack, "OnDemand", partition_key=pk, billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST)
dynamodb.Table(
    stack,
    "Capped",
    partition_key=pk,
    billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
    max_read_request_units=100,
    max_write_request_units=50,
)
dynamodb.Table(stack, "ExplicitProvisioned", partition_key=pk, billing_mode=dynamodb.BillingMode.PROVISIONED)
app.synth()
