"""Hosted rotations add the Secrets Manager transform, a schedule and a deny-delete resource policy."""

import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "SecretHostedRotation")
master = secretsmanager.Secret(stack, "Master")
user = secretsmanager.Secret(
    stack,
    "User",
    generate_secret_string=secretsmanager.SecretStringGenerator(exclude_characters="&'"),
)
master.add_rotation_schedule("Rotation", hosted_rotation=secretsmanager.HostedRotation.mysql_single_user())
user.add_rotation_schedule(
    "Rotation",
    hosted_rotation=secretsmanager.HostedRotation.postgre_sql_multi_user(master_secret=master, function_name="rotator"),
    automatically_after=cdk.Duration.days(7),
    rotate_immediately_on_update=False,
)
other = secretsmanager.Secret(stack, "Other")
other.add_rotation_schedule(
    "Rotation",
    hosted_rotation=secretsmanager.HostedRotation.mongo_db_single_user(exclude_characters="x"),
    automatically_after=cdk.Duration.hours(6),
)
app.synth()
