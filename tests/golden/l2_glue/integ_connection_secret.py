"""Port of aws-cdk's aws-glue integ.connection-secret.ts: a JDBC connection whose credentials are a secret."""

import aws_cdk as cdk
from aws_cdk import aws_glue as glue
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "aws-glue-connection-secret")
secret = secretsmanager.Secret(stack, "ConnectionSecret")
glue.Connection(stack, "JdbcConnection", type=glue.ConnectionType.JDBC, secret=secret, properties={
    "JDBC_CONNECTION_URL": "jdbc:mysql://mydb.example.com:3306/mydatabase",
    "JDBC_ENFORCE_SSL": "false",
})
app.synth()
