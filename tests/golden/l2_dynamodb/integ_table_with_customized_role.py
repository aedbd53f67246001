"""Port of aws-cdk's integ.table-with-customized-role: grants to precreated (customized) roles, with and without
an index."""

import aws_cdk as cdk
from aws_cdk.aws_dynamodb import Attribute, AttributeType, Table
from aws_cdk.aws_iam import Role, ServicePrincipal
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        Role.customize_roles(
            self, use_precreated_roles={"cdk-table-with-customized-role/Role": "my-precreated-role-name"}
        )

        table = Table(self, "Table", partition_key=Attribute(name="pk", type=AttributeType.STRING))

        table.add_global_secondary_index(
            index_name="gsi", partition_key=Attribute(name="gsi-pk", type=AttributeType.STRING)
        )
        role = Role(self, "Role", assumed_by=ServicePrincipal("dynamodb.amazonaws.com"))
        table.grant_read_data(role)


class TestStack2(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        Role.customize_roles(
            self, use_precreated_roles={"cdk-table-with-customized-role2/Role": "my-precreated-role-name"}
        )

        table = Table(self, "Table", partition_key=Attribute(name="pk", type=AttributeType.STRING))
        role = Role(self, "Role", assumed_by=ServicePrincipal("dynamodb.amazonaws.com"))
        table.grant_read_data(role)


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = TestStack(app, "cdk-table-with-customized-role")
stack2 = TestStack2(app, "cdk-table-with-customized-role2")

app.synth()
