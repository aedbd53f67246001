"""The warnings the Glue constructs add (expected entries recorded from aws-cdk-lib 2.275 for the same app)."""

from __future__ import annotations

from constructs import App, Stack
from l2 import glue, iam, s3

EXPECTED = [
    ("S/Conn", 'the following keys appear to hold a plaintext secret and will be stored in plaintext in the '
     'synthesized template: "PASSWORD", "API_KEY". Pass a Secrets Manager secret via the connection\'s `secret` '
     "property instead. [ack: @aws-cdk/aws-glue-alpha:plaintextConnectionSecret]"),
    ("S/Queued", "Continuous CloudWatch logging is enabled but no SecurityConfiguration with cloudWatchEncryption is "
     "attached. Job stdout and stderr will be written to an unencrypted CloudWatch log group. See "
     "https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html "
     "[ack: @aws-cdk/aws-glue-alpha:unencryptedContinuousLogging]"),
    ("S/Queued", 'the following key appears to hold a plaintext secret and will be stored in plaintext in the '
     'synthesized template: "--db-password". Pass secrets to the job at runtime through AWS Secrets Manager instead '
     "of embedding them in `defaultArguments`. [ack: @aws-cdk/aws-glue-alpha:plaintextJobArgumentSecret]"),
    ("S/Queued", "maxRetries was set to 2. Overriding it to 0 with since job run queuing is enabled (service "
     "constraint) [ack: GlueMaxRetriesQueuingEnabled]"),
    ("S/T", "granting access to the entire data bucket because `s3Prefix` is empty and a shared bucket was provided; "
     "set `s3Prefix` to scope grants to this table's data and avoid granting access to other tables sharing the "
     "bucket. [ack: @aws-cdk/aws-glue-alpha:grantScopedToWholeBucket]"),
]


def test_warnings_match_aws_cdk_lib() -> None:
    app = App()
    stack = Stack(app, "S")
    role = iam.Role(stack, "R", assumed_by=iam.ServicePrincipal("glue.amazonaws.com"))
    bucket = s3.Bucket(stack, "B")
    script = glue.Code.from_bucket(bucket, "x.py")
    glue.Connection(stack, "Conn", type=glue.ConnectionType.JDBC,
                    properties={"USERNAME": "u", "PASSWORD": "p", "API_KEY": "k"})
    glue.PySparkEtlJob(stack, "Queued", role=role, script=script, job_run_queuing_enabled=True, max_retries=2,
                       default_arguments={"--db-password": "x"})
    glue.PythonShellJob(stack, "Quiet", role=role, script=script,
                        continuous_logging=glue.ContinuousLoggingProps(enabled=False))
    table = glue.S3Table(stack, "T", database=glue.Database(stack, "Db"),
                         columns=[glue.Column(name="a", type=glue.Schema.STRING)], data_format=glue.DataFormat.JSON,
                         storage=glue.S3TableStorage.from_bucket(bucket))
    table.grant_read(role)
    app.synth()
    found = [(c.node.path, m.data) for c in stack.node.find_all() for m in c.node.metadata
             if m.type == "aws:cdk:warning"]
    assert found == EXPECTED
