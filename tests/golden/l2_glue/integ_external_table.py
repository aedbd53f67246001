"""Port of aws-cdk's aws-glue integ.external-table.ts: an external table reached through a JDBC connection."""

import aws_cdk as cdk
from aws_cdk import aws_glue as glue

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-glue")
database = glue.Database(stack, "MyDatabase", database_name="my_database")
connection = glue.Connection(stack, "MyConnection", connection_name="my_connection", type=glue.ConnectionType.JDBC,
                             properties={"JDBC_CONNECTION_URL": "jdbc:mysql://mysql.example.com:3306",
                                         "USERNAME": "username", "PASSWORD": "password"})
columns = [
    glue.Column(name="col1", type=glue.Schema.STRING),
    glue.Column(name="col2", type=glue.Schema.STRING, comment="col2 comment"),
    glue.Column(name="col3", type=glue.Schema.array(glue.Schema.STRING)),
    glue.Column(name="col4", type=glue.Schema.map(glue.Schema.STRING, glue.Schema.STRING)),
    glue.Column(name="col5", type=glue.Schema.struct([glue.Column(name="col1", type=glue.Schema.STRING)])),
]
glue.ExternalTable(stack, "MyTableWithCustomLocation", database=database, connection=connection,
                   table_name="custom_location_table", columns=columns, data_format=glue.DataFormat.JSON,
                   external_data_location="default_db.public.test")
app.synth()
