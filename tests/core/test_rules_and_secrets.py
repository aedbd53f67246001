"""CfnRule, dynamic references and SecretValue (cdk-facts §10 and the dynamic-reference formats of CloudFormation)."""

from __future__ import annotations

from _core_support import user_sections

from constructs import (
    CfnDynamicReference,
    CfnDynamicReferenceService,
    CfnParameter,
    CfnResource,
    CfnRule,
    CfnRuleAssertion,
    Fn,
    SecretValue,
    Stack,
)


def test_rule_renders_condition_then_assertions(stack: Stack) -> None:
    env = CfnParameter(stack, "Env", default="dev")
    rule = CfnRule(
        stack, "MyRule",
        rule_condition=Fn.condition_equals(env.value_as_string, "prod"),
        assertions=[CfnRuleAssertion(assert_=Fn.condition_not(Fn.condition_equals("a", "")), assert_description="must")],
    )
    rule.add_assertion(Fn.condition_equals("x", "x"), "second")
    CfnRule(stack, "Empty")
    rules = user_sections(stack)["Rules"]
    assert rules == {
        "MyRule": {
            "RuleCondition": {"Fn::Equals": [{"Ref": "Env"}, "prod"]},
            "Assertions": [
                {"Assert": {"Fn::Not": [{"Fn::Equals": ["a", ""]}]}, "AssertDescription": "must"},
                {"Assert": {"Fn::Equals": ["x", "x"]}, "AssertDescription": "second"},
            ],
        },
        "Empty": {},
    }
    assert list(rules["MyRule"]) == ["RuleCondition", "Assertions"]


def test_dynamic_references(stack: Stack) -> None:
    assert stack.resolve(CfnDynamicReference(CfnDynamicReferenceService.SSM, "my-param:3")) == (
        "{{resolve:ssm:my-param:3}}"
    )
    assert stack.resolve(CfnDynamicReference(CfnDynamicReferenceService.SSM_SECURE, "p:1")) == (
        "{{resolve:ssm-secure:p:1}}"
    )
    assert stack.resolve(CfnDynamicReference(CfnDynamicReferenceService.SECRETS_MANAGER, "id:SecretString:k::")) == (
        "{{resolve:secretsmanager:id:SecretString:k::}}"
    )


def test_secret_values(stack: Stack) -> None:
    bucket = CfnResource(stack, "Bucket", type="AWS::S3::Bucket")
    password = CfnParameter(stack, "Password", no_echo=True)
    assert stack.resolve(SecretValue.secrets_manager("MySecret")) == "{{resolve:secretsmanager:MySecret:SecretString:::}}"
    assert stack.resolve(SecretValue.secrets_manager("MySecret", json_field="password")) == (
        "{{resolve:secretsmanager:MySecret:SecretString:password::}}"
    )
    assert stack.resolve(SecretValue.secrets_manager("MySecret", version_stage="AWSPREVIOUS")) == (
        "{{resolve:secretsmanager:MySecret:SecretString::AWSPREVIOUS:}}"
    )
    assert stack.resolve(SecretValue.secrets_manager("MySecret", json_field="k", version_id="v-1")) == (
        "{{resolve:secretsmanager:MySecret:SecretString:k::v-1}}"
    )
    assert stack.resolve(SecretValue.secrets_manager(bucket.ref)) == {
        "Fn::Join": ["", ["{{resolve:secretsmanager:", {"Ref": "Bucket"}, ":SecretString:::}}"]]
    }
    assert stack.resolve(SecretValue.ssm_secure("/path")) == "{{resolve:ssm-secure:/path}}"
    assert stack.resolve(SecretValue.ssm_secure("/path", "5")) == "{{resolve:ssm-secure:/path:5}}"
    assert stack.resolve(SecretValue.cfn_parameter(password)) == {"Ref": "Password"}
    assert stack.resolve(SecretValue.unsafe_plain_text("plain")) == "plain"
    unwrapped = SecretValue.secrets_manager("Creds", json_field="user").unsafe_unwrap()
    assert stack.resolve(f"user:{unwrapped}") == "user:{{resolve:secretsmanager:Creds:SecretString:user::}}"
