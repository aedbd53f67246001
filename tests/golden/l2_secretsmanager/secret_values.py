"""Secret strings: a template with a generated key, explicit values, objects of values, dynamic references."""

import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "SecretValues")
templated = secretsmanager.Secret(
    stack,
    "Templated",
    generate_secret_string=secretsmanager.SecretStringGenerator(
        secret_string_template='{"username":"admin"}',
        generate_string_key="password",
        exclude_punctuation=True,
        password_length=32,
        exclude_characters="/@",
    ),
)
plain = secretsmanager.Secret(
    stack, "Plain", secret_string_value=cdk.SecretValue.unsafe_plain_text("not-so-secret")
)
obj = secretsmanager.Secret(
    stack,
    "Object",
    secret_object_value={
        "username": cdk.SecretValue.unsafe_plain_text("user"),
        "database": cdk.SecretValue.unsafe_plain_text("db"),
        "password": templated.secret_value_from_json("password"),
    },
)
cdk.CfnResource(
    stack,
    "Consumer",
    type="AWS::SNS::Topic",
    properties={
        "DisplayName": plain.secret_value.unsafe_unwrap(),
        "TopicName": templated.secret_value_from_json("username").unsafe_unwrap(),
    },
)
app.synth()
