"""Port of aws-cdk's aws-ecs/test/fargate/integ.secret.ts: Secrets Manager secrets (whole and JSON fields) in a
container."""

import json

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-secret")
secret = secretsmanager.Secret(stack, "Secret", generate_secret_string=secretsmanager.SecretStringGenerator(
    generate_string_key="password", secret_string_template=json.dumps({"username": "user"})))
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef")
container = task_definition.add_container(
    "web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    secrets={"SECRET": ecs.Secret.from_secrets_manager(secret),
             "PASSWORD": ecs.Secret.from_secrets_manager(secret, "password")})
container.add_secret("APIKEY", ecs.Secret.from_secrets_manager(secret, "apikey"))
app.synth()
