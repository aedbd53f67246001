"""``l2.ecr.Repository``: validation (aws-cdk-lib's messages), lifecycle ordering, imports, lookups."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from constructs import App, Duration, RemovalPolicy, Stack, UnscopedValidationError, ValidationError
from l2 import ecr, iam


def _policy_text(template: dict[str, Any]) -> dict[str, Any]:
    (repo,) = [r for r in template["Resources"].values() if r["Type"] == "AWS::ECR::Repository"]
    return json.loads(repo["Properties"]["LifecyclePolicy"]["LifecyclePolicyText"])


def test_rules_are_ordered_prioritized_then_auto_then_any(stack: Stack, synth: Callable[..., Any]) -> None:
    repo = ecr.Repository(stack, "R")
    repo.add_lifecycle_rule(max_image_count=1)  # ANY
    repo.add_lifecycle_rule(tag_prefix_list=["a"], max_image_count=2)
    repo.add_lifecycle_rule(tag_prefix_list=["b"], max_image_count=3, rule_priority=7)
    rules = _policy_text(synth(stack))["rules"]
    assert [(r["rulePriority"], r["selection"]["tagStatus"]) for r in rules] == [
        (7, "tagged"),
        (8, "tagged"),
        (9, "any"),
    ]


def test_age_rule_renders_days(stack: Stack, synth: Callable[..., Any]) -> None:
    ecr.Repository(stack, "R").add_lifecycle_rule(
        tag_status=ecr.TagStatus.UNTAGGED, max_image_age=Duration.days(3)
    )
    (rule,) = _policy_text(synth(stack))["rules"]
    assert rule["selection"] == {
        "tagStatus": "untagged",
        "countType": "sinceImagePushed",
        "countNumber": 3,
        "countUnit": "days",
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"tag_status": ecr.TagStatus.TAGGED, "max_image_count": 1},
         "TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList"),
        ({"tag_status": ecr.TagStatus.UNTAGGED, "tag_prefix_list": ["a"], "max_image_count": 1},
         "tagPrefixList and tagPatternList can only be specified when tagStatus is set to Tagged"),
        ({"tag_prefix_list": ["a"], "tag_pattern_list": ["b*"], "max_image_count": 1},
         "Both tagPrefixList and tagPatternList cannot be specified together in a rule"),
        ({"tag_pattern_list": ["a*b*c*d*e*"], "max_image_count": 1},
         "A tag pattern cannot contain more than four wildcard characters (*), pattern: a*b*c*d*e*, counts: 5"),
        ({"max_image_count": 1, "max_image_age": Duration.days(1)},
         "Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount'"),
    ],
)
def test_bad_rules_raise(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    repo = ecr.Repository(stack, "R")
    with pytest.raises(ValidationError) as info:
        repo.add_lifecycle_rule(**kwargs)
    assert message in str(info.value)
    assert "S/R" in str(info.value)


def test_second_any_rule_raises(stack: Stack) -> None:
    repo = ecr.Repository(stack, "R")
    repo.add_lifecycle_rule(max_image_count=1)
    with pytest.raises(ValidationError, match="Life cycle can only have one TagStatus.Any rule"):
        repo.add_lifecycle_rule(max_image_age=Duration.days(1))


def test_prioritized_any_rule_with_auto_rules_raises_at_synth(stack: Stack, synth: Callable[..., Any]) -> None:
    repo = ecr.Repository(stack, "R")
    repo.add_lifecycle_rule(max_image_count=1, rule_priority=5)
    repo.add_lifecycle_rule(tag_prefix_list=["a"], max_image_count=1)
    with pytest.raises(ValidationError, match="Cannot combine prioritized TagStatus.Any rule"):
        synth(stack)


def test_any_rule_not_highest_raises(stack: Stack, synth: Callable[..., Any]) -> None:
    repo = ecr.Repository(stack, "R")
    repo.add_lifecycle_rule(max_image_count=1, rule_priority=1)
    repo.add_lifecycle_rule(tag_prefix_list=["a"], max_image_count=1, rule_priority=2)
    with pytest.raises(UnscopedValidationError, match="TagStatus.Any rule must have highest priority, has 1"):
        synth(stack)


def test_invalid_name_raises(stack: Stack) -> None:
    with pytest.raises(UnscopedValidationError, match=r"Invalid ECR repository name \(value: Bad_Name\)"):
        ecr.Repository(stack, "R", repository_name="Bad_Name")


def test_key_needs_kms_encryption(stack: Stack) -> None:
    from l2 import kms

    with pytest.raises(ValidationError, match="encryptionKey is specified, so 'encryption' must be set to KMS"):
        ecr.Repository(stack, "R", encryption=ecr.RepositoryEncryption.AES_256, encryption_key=kms.Key(stack, "K"))


def test_empty_on_delete_needs_destroy(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Cannot use 'emptyOnDelete' property"):
        ecr.Repository(stack, "R", empty_on_delete=True)
    with pytest.raises(ValidationError, match="Cannot use 'autoDeleteImages' property"):
        ecr.Repository(stack, "R2", auto_delete_images=True)


def test_exclusion_filters_need_matching_mutability(stack: Stack) -> None:
    wildcard = ecr.ImageTagMutabilityExclusionFilter.wildcard("a*")
    with pytest.raises(ValidationError, match="imageTagMutability must be 'IMMUTABLE_WITH_EXCLUSION'"):
        ecr.Repository(stack, "R", image_tag_mutability_exclusion_filters=[wildcard])
    with pytest.raises(ValidationError, match="must be specified when imageTagMutability is 'MUTABLE_WITH_EXCLUSION'"):
        ecr.Repository(stack, "R2", image_tag_mutability=ecr.TagMutability.MUTABLE_WITH_EXCLUSION)
    with pytest.raises(ValidationError, match="between 1 and 5 filters, got 6"):
        ecr.Repository(
            stack, "R3", image_tag_mutability=ecr.TagMutability.MUTABLE_WITH_EXCLUSION,
            image_tag_mutability_exclusion_filters=[wildcard] * 6,
        )


@pytest.mark.parametrize(
    ("pattern", "message"),
    [("", "Pattern cannot be empty"), ("a b", "contains invalid characters"), ("x" * 129, "got: 129 characters")],
)
def test_wildcard_validation(pattern: str, message: str) -> None:
    with pytest.raises(UnscopedValidationError, match=message):
        ecr.ImageTagMutabilityExclusionFilter.wildcard(pattern)


def test_resource_statement_warns(stack: Stack) -> None:
    repo = ecr.Repository(stack, "R")
    repo.add_to_resource_policy(
        iam.PolicyStatement(actions=["ecr:*"], resources=["*"], principals=[iam.AnyPrincipal()])
    )
    assembly = stack.node.root.synth(force=True)
    messages = [m.entry for m in assembly.get_stack_artifact(stack.artifact_id).messages]
    assert any("ECR resource policy does not allow resource statements." in str(m) for m in messages)


def test_imported_repository_drops_policy_statements(stack: Stack) -> None:
    imported = ecr.Repository.from_repository_name(stack, "I", "name")
    result = imported.add_to_resource_policy(iam.PolicyStatement(actions=["ecr:*"]))
    assert result.statement_added is False
    assert isinstance(imported, ecr.IRepository)


def test_from_repository_arn_rejects_bad_arns(stack: Stack) -> None:
    with pytest.raises(UnscopedValidationError, match="Repository arn should be in the format"):
        ecr.Repository.from_repository_arn(stack, "A", "arn:aws:ecr:us-east-1:111111111111:bucket/x")
    repo = ecr.Repository(stack, "R")
    with pytest.raises(ValidationError, match='"repositoryArn" is a late-bound value'):
        ecr.Repository.from_repository_arn(stack, "B", repo.repository_arn)


def test_from_lookup_records_missing_context_and_uses_a_dummy() -> None:
    app = App()
    stack = Stack(app, "S", env={"account": "111111111111", "region": "eu-west-1"})
    repo = ecr.Repository.from_lookup(stack, "L", repository_name="my-repo")
    assert repo.repository_name == "DUMMY_ARN"
    # aws-cdk-lib 2.275 gives the same dummy (checked with the oracle)
    assert stack.resolve(repo.repository_arn) == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":ecr:us-east-1:123456789012:repository/DUMMY_ARN"]]
    }
    missing = app.synth().manifest["missing"]
    assert missing[0]["provider"] == "cc-api-provider"
    assert missing[0]["props"]["exactIdentifier"] == "my-repo"
    assert missing[0]["props"]["typeName"] == "AWS::ECR::Repository"


def test_from_lookup_needs_name_or_arn(stack: Stack) -> None:
    with pytest.raises(UnscopedValidationError, match="At least one of `repositoryName` or `repositoryArn`"):
        ecr.Repository.from_lookup(stack, "L")


def test_removal_policy_default_is_retain(stack: Stack, synth: Callable[..., Any]) -> None:
    ecr.Repository(stack, "R")
    ecr.Repository(stack, "D", removal_policy=RemovalPolicy.DESTROY)
    resources = synth(stack)["Resources"]
    assert sorted(r["DeletionPolicy"] for r in resources.values()) == ["Delete", "Retain"]
