"""Template-validation cases shared by the tests and ``_validation_oracle.py``.

Each case builds one app with the library modules passed in (``m.cdk``, ``m.kms``, ``m.sns``, ``m.iam``,
``m.sqs``, ``m.lambda_``, ``m.les``), so the same code runs on aws-cdk-lib and on pycdk. ``ENV`` holds the
environment variables a case synthesizes under; ``CONTEXT`` the context it gives its app.
"""

from __future__ import annotations

from typing import Any

RULES = ("F3004", "E1027", "E3505")
"""The validation engine's rules pycdk implements (aws-cdk-lib's names)."""

CONTEXT: dict[str, dict[str, Any]] = {
    "kms_sns_cycle_flag": {"@aws-cdk/core:validateAgainstDefaultRules": True},
    "clean_flag": {"@aws-cdk/core:validateAgainstDefaultRules": True},
    "kms_sns_cycle_flag_no_fail": {"@aws-cdk/core:validateAgainstDefaultRules": True,
                                   "@aws-cdk/core:failSynthOnValidationErrors": False},
}
ENV: dict[str, dict[str, str]] = {
    "kms_sns_cycle_switch_off": {"CDK_VALIDATION": "false"},
}


def _kms_sns(m: Any, st: Any) -> None:
    key = m.kms.Key(st, "Key")
    topic = m.sns.Topic(st, "Topic", master_key=key)
    key.add_to_resource_policy(m.iam.PolicyStatement(
        actions=["kms:Decrypt"], principals=[m.iam.AnyPrincipal()], resources=["*"],
        conditions={"ArnEquals": {"aws:SourceArn": topic.topic_arn}}))


def _topic(m: Any, st: Any, id: str, **props: Any) -> Any:
    return m.cdk.CfnResource(st, id, type="AWS::SNS::Topic", properties=props or None)


def _queue_function(m: Any, st: Any, visibility: int | None, timeout: int | None) -> None:
    q = m.sqs.Queue(st, "Q", visibility_timeout=None if visibility is None else m.cdk.Duration.seconds(visibility))
    f = m.lambda_.Function(st, "F", runtime=m.lambda_.Runtime.PYTHON_3_12, handler="i.h",
                           code=m.lambda_.Code.from_inline("x"),
                           timeout=None if timeout is None else m.cdk.Duration.seconds(timeout))
    f.add_event_source(m.les.SqsEventSource(q))


def build_stacks(case: str, m: Any, app: Any) -> None:
    st = m.cdk.Stack(app, "S")
    if case in ("kms_sns_cycle", "kms_sns_cycle_flag", "kms_sns_cycle_flag_no_fail", "kms_sns_cycle_switch_off"):
        _kms_sns(m, st)
    elif case == "getatt_cycle":
        a = _topic(m, st, "A", DisplayName="x")
        b = _topic(m, st, "B", DisplayName=m.cdk.Fn.get_att("A", "TopicName").to_string())
        a.add_property_override("DisplayName", b.get_att("TopicName"))
    elif case == "dependson_cycle":
        a = _topic(m, st, "A")
        b = _topic(m, st, "B")
        a.add_dependency(b)
        b.add_dependency(a)
    elif case == "sub_ref_cycle_of_three":
        _topic(m, st, "A", DisplayName=m.cdk.Fn.sub("${B.TopicName}-x"))
        _topic(m, st, "B", DisplayName=m.cdk.Fn.ref("C"))
        _topic(m, st, "C", DisplayName=m.cdk.Fn.join("", [m.cdk.Fn.get_att("A", "TopicName").to_string(), "y"]))
    elif case == "sub_escaped_and_variables":
        # ${!B} is a literal and ${V} a variable of the Sub: neither references a resource
        _topic(m, st, "A", DisplayName=m.cdk.Fn.sub("${!B}-${V}", {"V": "v"}))
        _topic(m, st, "B", DisplayName=m.cdk.Fn.ref("A"))
    elif case == "chain_no_cycle":
        a = _topic(m, st, "A")
        b = _topic(m, st, "B", DisplayName=a.ref)
        c = _topic(m, st, "C", DisplayName=b.get_att("TopicName").to_string())
        c.add_dependency(a)
    elif case in ("clean", "clean_flag"):
        _topic(m, st, "A")
    elif case == "ssm_secure_output":
        _topic(m, st, "A")
        m.cdk.CfnOutput(st, "O", value="{{resolve:ssm-secure:/my/param:1}}")
    elif case == "ssm_secure_unsupported_property":
        _topic(m, st, "A", DisplayName="{{resolve:ssm-secure:/my/param:1}}")
    elif case == "ssm_secure_supported_property":
        m.cdk.CfnResource(st, "Db", type="AWS::RDS::DBInstance", properties={
            "DBInstanceClass": "db.t3.micro", "Engine": "mysql", "AllocatedStorage": "20",
            "MasterUsername": "admin", "MasterUserPassword": "{{resolve:ssm-secure:/db/password:1}}"})
    elif case == "ssm_secure_inside_join":
        _topic(m, st, "A", DisplayName=m.cdk.Fn.join("", ["{{resolve:ssm-secure:/my/param:1}}", m.cdk.Aws.REGION]))
    elif case == "ssm_plain_output":
        _topic(m, st, "A")
        m.cdk.CfnOutput(st, "O", value="{{resolve:ssm:/my/param:1}}")
    elif case == "sqs_visibility_below_function_timeout":
        _queue_function(m, st, 10, 60)
    elif case == "sqs_default_visibility_below_function_timeout":
        _queue_function(m, st, None, 60)
    elif case == "sqs_visibility_at_function_timeout":
        _queue_function(m, st, 60, 60)
    elif case == "sqs_visibility_below_default_function_timeout":
        _queue_function(m, st, 1, None)
    elif case == "sqs_defaults":
        _queue_function(m, st, None, None)
    elif case == "ssm_secure_nested_property":
        m.cdk.CfnResource(st, "U", type="AWS::IAM::User", properties={
            "LoginProfile": {"Password": "{{resolve:ssm-secure:/u/password:1}}"},
            "Tags": [{"Key": "k", "Value": "{{resolve:ssm-secure:/u/tag:1}}"}]})
    elif case == "cross_stack_cycle":
        st2 = m.cdk.Stack(app, "T")
        t1 = m.sns.Topic(st, "T1")
        t2 = m.sns.Topic(st2, "T2")
        m.cdk.CfnOutput(st, "O", value=t2.topic_arn)
        m.cdk.CfnOutput(st2, "O", value=t1.topic_arn)
    else:
        raise KeyError(case)


CASES = (
    "kms_sns_cycle", "kms_sns_cycle_flag", "kms_sns_cycle_flag_no_fail", "kms_sns_cycle_switch_off",
    "getatt_cycle", "dependson_cycle",
    "sub_ref_cycle_of_three", "sub_escaped_and_variables", "chain_no_cycle", "clean", "clean_flag",
    "ssm_secure_output", "ssm_secure_unsupported_property", "ssm_secure_supported_property", "ssm_secure_nested_property",
    "ssm_secure_inside_join",
    "ssm_plain_output",
    "sqs_visibility_below_function_timeout", "sqs_default_visibility_below_function_timeout",
    "sqs_visibility_at_function_timeout", "sqs_visibility_below_default_function_timeout", "sqs_defaults", "cross_stack_cycle",
)
