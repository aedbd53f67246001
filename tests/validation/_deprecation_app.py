"""A small app using deprecated properties, run as ``python _deprecation_app.py <cdk|pycdk> <case> <outdir>``.

The same app runs on aws-cdk-lib (``cdk``, with the oracle venv, by ``_deprecations_oracle.py``) and on pycdk
(``pycdk``, by ``test_deprecations.py``); each run is a fresh process, as deprecation warnings are once per
process. It prints ``SYNTHESIZED`` or ``ERROR <message>`` on stdout; the warnings go to stderr.
"""

from __future__ import annotations

import sys

CASES = ("pitr_twice", "pitr_false", "contributor_insights", "log_retention", "no_deprecated", "replica_pitr",
         "subnet_type_member", "bucket_unencrypted")


def main() -> None:
    lib, case, outdir = sys.argv[1:4]
    if lib == "cdk":
        import aws_cdk as cdk
        from aws_cdk import aws_dynamodb as dynamodb
        from aws_cdk import aws_ec2 as ec2
        from aws_cdk import aws_lambda as lambda_
        from aws_cdk import aws_logs as logs
        from aws_cdk import aws_s3 as s3
    else:
        import constructs as cdk
        from l2 import dynamodb, ec2, lambda_, logs, s3
    try:
        app = cdk.App(outdir=outdir)
        st = cdk.Stack(app, "S", env=cdk.Environment(region="us-east-1") if case == "replica_pitr" else None)
        key = dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING)
        if case == "pitr_twice":
            dynamodb.Table(st, "T1", partition_key=key, point_in_time_recovery=True)
            dynamodb.Table(st, "T2", partition_key=key, point_in_time_recovery=True)
        elif case == "pitr_false":
            dynamodb.Table(st, "T", partition_key=key, point_in_time_recovery=False)
        elif case == "contributor_insights":
            dynamodb.Table(st, "T", partition_key=key, contributor_insights_enabled=True,
                           point_in_time_recovery=True)
        elif case == "log_retention":
            lambda_.Function(st, "F", runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h",
                             code=lambda_.Code.from_inline("x"), log_retention=logs.RetentionDays.ONE_DAY)
        elif case == "replica_pitr":  # a deprecated property of a nested struct (a replica's)
            dynamodb.TableV2(st, "T", partition_key=key, replicas=[
                dynamodb.ReplicaTableProps(region="us-west-2", point_in_time_recovery=True)])
        elif case == "subnet_type_member":  # a deprecated enum member in a nested struct, given twice
            ec2.Vpc(st, "Vpc", max_azs=1, subnet_configuration=[
                ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC),
                ec2.SubnetConfiguration(name="Private", subnet_type=ec2.SubnetType.PRIVATE_WITH_NAT)],
                cidr="10.0.0.0/16")
        elif case == "bucket_unencrypted":  # a deprecated enum member given to a construct
            s3.Bucket(st, "B", encryption=s3.BucketEncryption.UNENCRYPTED)
        elif case == "no_deprecated":
            dynamodb.Table(st, "T", partition_key=key, point_in_time_recovery_specification=dynamodb.
                           PointInTimeRecoverySpecification(point_in_time_recovery_enabled=True))
        app.synth()
        print("SYNTHESIZED")
    except Exception as e:  # the outcome is recorded, whatever it is
        print("ERROR", str(e).replace("\n", "\\n"))


if __name__ == "__main__":
    main()
