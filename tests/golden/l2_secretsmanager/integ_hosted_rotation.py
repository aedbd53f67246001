"""Port of aws-cdk's integ.hosted-rotation: hosted rotations, custom exclude characters and an imported master."""

import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as secretsmanager


class TestStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        secret = secretsmanager.Secret(self, "Secret")
        secret.add_rotation_schedule("Schedule", hosted_rotation=secretsmanager.HostedRotation.mysql_single_user())

        custom_secret = secretsmanager.Secret(
            self,
            "CustomSecret",
            generate_secret_string=secretsmanager.SecretStringGenerator(exclude_characters="&@/"),
        )
        custom_secret.add_rotation_schedule(
            "Schedule",
            hosted_rotation=secretsmanager.HostedRotation.mysql_single_user(),
            rotate_immediately_on_update=False,
        )

        my_secret = secretsmanager.Secret(self, "MySecret")
        master_secret = secretsmanager.Secret(self, "MasterSecret")
        imported_secret = secretsmanager.Secret.from_secret_name_v2(
            self, "MasterSecretImported", master_secret.secret_name
        )
        my_secret.add_rotation_schedule(
            "RotationSchedule",
            hosted_rotation=secretsmanager.HostedRotation.postgre_sql_multi_user(master_secret=imported_secret),
        )


app = cdk.App()
TestStack(app, "cdk-integ-secret-hosted-rotation")
app.synth()
