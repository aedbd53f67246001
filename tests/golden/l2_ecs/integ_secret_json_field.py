"""Port of aws-cdk's aws-ecs/test/ec2/integ.secret-json-field.ts: JSON fields of a secret in an EC2 container."""

import json

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-secret-json-field")
secret = secretsmanager.Secret(stack, "Secret", generate_secret_string=secretsmanager.SecretStringGenerator(
    generate_string_key="password", secret_string_template=json.dumps({"username": "user"})))
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef")
container = task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                                          memory_limit_mib=256,
                                          secrets={"PASSWORD": ecs.Secret.from_secrets_manager(secret, "password")})
container.add_secret("APIKEY", ecs.Secret.from_secrets_manager(secret, "apikey"))
app.synth()
