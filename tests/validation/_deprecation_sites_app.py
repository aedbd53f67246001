"""The l2 call sites of ``check_deprecated_props``: one case per site, built with and without its deprecated prop.

Run as ``python _deprecation_sites_app.py <cdk|pycdk> <case> <with|without>`` (``cdk`` with the oracle venv, by
``_deprecation_sites_oracle.py``; each run a fresh process, as jsii warns once per API and process). It prints
``CONSTRUCTED`` or ``ERROR <message>`` on stdout; the warnings go to stderr. ``test_deprecation_sites.py`` calls
``build`` in-process for pycdk.
"""

from __future__ import annotations

import os
import sys
from types import SimpleNamespace
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def _modules(lib: str) -> SimpleNamespace:
    if lib == "cdk":
        import aws_cdk as cdk
        from aws_cdk import (
            aws_apigateway,
            aws_cloudwatch,
            aws_dynamodb,
            aws_ec2,
            aws_events,
            aws_events_targets,
            aws_iam,
            aws_kinesisfirehose,
            aws_lambda,
            aws_logs,
            aws_s3,
            aws_secretsmanager,
            aws_ssm,
        )

        return SimpleNamespace(cdk=cdk, apigw=aws_apigateway, cw=aws_cloudwatch, ddb=aws_dynamodb, ec2=aws_ec2,
                               events=aws_events, targets=aws_events_targets, iam=aws_iam,
                               firehose=aws_kinesisfirehose, lambda_=aws_lambda, logs=aws_logs, s3=aws_s3,
                               sm=aws_secretsmanager, ssm=aws_ssm)
    import constructs as cdk
    from l2 import (
        apigateway,
        cloudwatch,
        dynamodb,
        ec2,
        events,
        events_targets,
        iam,
        kinesisfirehose,
        lambda_,
        logs,
        s3,
        secretsmanager,
        ssm,
    )

    return SimpleNamespace(cdk=cdk, apigw=apigateway, cw=cloudwatch, ddb=dynamodb, ec2=ec2, events=events,
                           targets=events_targets, iam=iam, firehose=kinesisfirehose, lambda_=lambda_, logs=logs,
                           s3=s3, sm=secretsmanager, ssm=ssm)


def _opt(on: bool, **kwargs: Any) -> dict[str, Any]:
    return kwargs if on else {}


def _fn(m: SimpleNamespace, st: Any) -> Any:
    return m.lambda_.Function(st, "Fn", runtime=m.lambda_.Runtime.PYTHON_3_12, handler="i.h",
                              code=m.lambda_.Code.from_inline("x"))


def _rest_api(m: SimpleNamespace, st: Any, on: bool) -> None:
    m.apigw.RestApi(st, "Api", **_opt(on, minimum_compression_size=1024))


def _lambda_rest_api(m: SimpleNamespace, st: Any, on: bool) -> None:
    m.apigw.LambdaRestApi(st, "Api", handler=_fn(m, st), **_opt(on, minimum_compression_size=1024))


def _api_key(m: SimpleNamespace, st: Any, on: bool) -> None:
    api = m.apigw.RestApi(st, "Api")
    api.root.add_method("GET")
    m.apigw.ApiKey(st, "Key", **_opt(on, resources=[api]))


def _rate_limited_api_key(m: SimpleNamespace, st: Any, on: bool) -> None:
    api = m.apigw.RestApi(st, "Api")
    api.root.add_method("GET")
    m.apigw.RateLimitedApiKey(st, "Key", **_opt(on, resources=[api]))


def _anomaly_period(m: SimpleNamespace, st: Any, on: bool) -> None:
    metric = m.cw.Metric(namespace="N", metric_name="M")
    m.cw.AnomalyDetectionAlarm(st, "A", metric=metric, evaluation_periods=1,
                               **_opt(on, period=m.cdk.Duration.minutes(5)))


def _anomaly_statistic(m: SimpleNamespace, st: Any, on: bool) -> None:
    metric = m.cw.Metric(namespace="N", metric_name="M")
    m.cw.AnomalyDetectionAlarm(st, "A", metric=metric, evaluation_periods=1, **_opt(on, statistic="Maximum"))


def _key(m: SimpleNamespace) -> Any:
    return m.ddb.Attribute(name="id", type=m.ddb.AttributeType.STRING)


def _table_v2_pitr(m: SimpleNamespace, st: Any, on: bool) -> None:
    m.ddb.TableV2(st, "T", partition_key=_key(m), **_opt(on, point_in_time_recovery=True))


def _table_v2_insights(m: SimpleNamespace, st: Any, on: bool) -> None:
    m.ddb.TableV2(st, "T", partition_key=_key(m), **_opt(on, contributor_insights=True))


def _table_gsi(m: SimpleNamespace, st: Any, on: bool) -> None:
    table = m.ddb.Table(st, "T", partition_key=_key(m))
    table.add_global_secondary_index(index_name="I", partition_key=_key(m),
                                     **_opt(on, contributor_insights_enabled=True))


def _instance(m: SimpleNamespace, st: Any, on: bool) -> None:
    vpc = m.ec2.Vpc(st, "Vpc")
    m.ec2.Instance(st, "I", vpc=vpc, instance_type=m.ec2.InstanceType("t3.micro"),
                   machine_image=m.ec2.MachineImage.generic_linux({"us-east-1": "ami-1"}), **_opt(on, key_name="k"))


def _vpc(m: SimpleNamespace, st: Any, on: bool) -> None:
    m.ec2.Vpc(st, "Vpc", **_opt(on, cidr="10.0.0.0/16"))


def _aws_api(m: SimpleNamespace, st: Any, on: bool) -> None:
    m.targets.AwsApi(service="S3", action="listBuckets", **_opt(on, api_version="2006-03-01"))


def _log_group_target(m: SimpleNamespace, st: Any, on: bool) -> None:
    group = m.logs.LogGroup(st, "G")
    m.targets.CloudWatchLogGroup(group, **_opt(on, event=m.events.RuleTargetInput.from_object({"a": 1})))


def _firehose_target(m: SimpleNamespace, st: Any, on: bool) -> None:
    stream = m.firehose.CfnDeliveryStream(st, "D")
    m.targets.KinesisFirehoseStream(stream, **_opt(on, message=m.events.RuleTargetInput.from_text("x")))


def _grant_on_principal(m: SimpleNamespace, st: Any, on: bool) -> None:
    role = m.iam.Role(st, "R", assumed_by=m.iam.ServicePrincipal("lambda.amazonaws.com"))
    m.iam.Grant.add_to_principal(grantee=role, actions=["s3:GetObject"], resource_arns=["*"], **_opt(on, scope=st))


def _docker_image_function(m: SimpleNamespace, st: Any, on: bool) -> None:
    code = m.lambda_.DockerImageCode.from_image_asset(os.path.join(HERE, "_docker_image"))
    m.lambda_.DockerImageFunction(st, "F", code=code, **_opt(on, log_retention=m.logs.RetentionDays.ONE_DAY))


def _singleton_function(m: SimpleNamespace, st: Any, on: bool) -> None:
    m.lambda_.SingletonFunction(st, "F", uuid="5f2c3b3e-1111-4a4a-9c9c-000000000000",
                                runtime=m.lambda_.Runtime.PYTHON_3_12, handler="i.h",
                                code=m.lambda_.Code.from_inline("x"),
                                **_opt(on, log_format="JSON"))


def _query_string(m: SimpleNamespace, st: Any, on: bool) -> None:
    m.logs.QueryString(fields=["@timestamp"], **_opt(on, filter="a = 1", parse="@message 'x *' as y", stats="count()"))


def _bucket_attributes(m: SimpleNamespace, st: Any, on: bool) -> None:
    m.s3.Bucket.from_bucket_attributes(st, "B", bucket_name="bkt", **_opt(on, bucket_website_new_url_format=True))


def _secret(m: SimpleNamespace, st: Any, on: bool) -> None:
    if on:
        m.sm.Secret(st, "S", secret_string_beta1=m.sm.SecretStringValueBeta1.from_unsafe_plaintext("t"))
    else:
        m.sm.Secret(st, "S")


def _string_parameter(m: SimpleNamespace, st: Any, on: bool) -> None:
    m.ssm.StringParameter(st, "P", string_value="v", **_opt(on, type=m.ssm.ParameterType.STRING))


def _string_parameter_attributes(m: SimpleNamespace, st: Any, on: bool) -> None:
    m.ssm.StringParameter.from_string_parameter_attributes(st, "P", parameter_name="p",
                                                           **_opt(on, type=m.ssm.ParameterType.STRING))


CASES = {
    "apigateway.RestApi": _rest_api,
    "apigateway.LambdaRestApi": _lambda_rest_api,
    "apigateway.ApiKey": _api_key,
    "apigateway.RateLimitedApiKey": _rate_limited_api_key,
    "cloudwatch.AnomalyDetectionAlarm.period": _anomaly_period,
    "cloudwatch.AnomalyDetectionAlarm.statistic": _anomaly_statistic,
    "dynamodb.TableV2.point_in_time_recovery": _table_v2_pitr,
    "dynamodb.TableV2.contributor_insights": _table_v2_insights,
    "dynamodb.Table.add_global_secondary_index": _table_gsi,
    "ec2.Instance": _instance,
    "ec2.Vpc": _vpc,
    "events_targets.AwsApi": _aws_api,
    "events_targets.CloudWatchLogGroup": _log_group_target,
    "events_targets.KinesisFirehoseStream": _firehose_target,
    "iam.Grant.add_to_principal": _grant_on_principal,
    "lambda_.DockerImageFunction": _docker_image_function,
    "lambda_.SingletonFunction": _singleton_function,
    "logs.QueryString": _query_string,
    "s3.Bucket.from_bucket_attributes": _bucket_attributes,
    "secretsmanager.Secret": _secret,
    "ssm.StringParameter": _string_parameter,
    "ssm.StringParameter.from_string_parameter_attributes": _string_parameter_attributes,
}


def build(lib: str, case: str, variant: str) -> str:
    """Build ``case`` with (``with``) or without its deprecated prop; ``CONSTRUCTED`` or ``ERROR <message>``."""
    m = _modules(lib)
    try:
        app = m.cdk.App()
        st = m.cdk.Stack(app, "S")
        CASES[case](m, st, variant == "with")
        return "CONSTRUCTED"
    except Exception as e:  # the outcome is recorded, whatever it is
        return "ERROR " + str(e).replace("\n", "\\n")


if __name__ == "__main__":
    print(build(*sys.argv[1:4]))
