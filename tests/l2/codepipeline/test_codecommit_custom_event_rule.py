"""A CodeCommit source action on a custom EventBridge rule (``custom_event_rule``): the repository's ``on_event``
rule with the given pattern, target, description and name replaces the default commit rule, as aws-cdk-lib's
``CodeCommitSourceAction.bound`` does. (The integ test that covers this passes an object literal that aws-cdk-lib
cannot read through jsii's Python bridge, so it is no golden app.)"""

from __future__ import annotations

import pytest

from assertions import Match, Template
from constructs import App, Stack
from l2 import codecommit, codepipeline, events, sns
from l2 import codepipeline_actions as cpactions
from l2 import events_targets as targets


class _CustomRule:
    def __init__(self, topic: sns.Topic) -> None:
        self.event_pattern = events.EventPattern(detail_type=["CodeCommit Repository State Change"],
                                                 detail={"referenceName": ["feature"]})
        self.target = targets.SnsTopic(topic)
        self.description = "Custom event rule"
        self.rule_name = "CustomEventRule"


class _PatternOnly:
    def __init__(self, topic: sns.Topic) -> None:
        self.event_pattern = {"detail": {"event": ["referenceCreated"]}}
        self.target = targets.SnsTopic(topic)


def _pipeline(rule_factory: type) -> Template:
    stack = Stack(App(), "S")
    repo = codecommit.Repository(stack, "Repo", repository_name="repo")
    topic = sns.Topic(stack, "Topic")
    codepipeline.Pipeline(stack, "Pipeline", stages=[
        codepipeline.StageProps(stage_name="Source", actions=[cpactions.CodeCommitSourceAction(
            action_name="Source", repository=repo, output=codepipeline.Artifact(),
            custom_event_rule=rule_factory(topic))]),
        codepipeline.StageProps(stage_name="Approve", actions=[cpactions.ManualApprovalAction(action_name="A")]),
    ])
    return Template.from_stack(stack)


def test_the_custom_rule_replaces_the_commit_rule() -> None:
    template = _pipeline(_CustomRule)
    template.resource_count_is("AWS::Events::Rule", 1)
    template.has_resource_properties("AWS::Events::Rule", {
        "Description": "Custom event rule",
        "Name": "CustomEventRule",
        "EventPattern": {
            "detail-type": ["CodeCommit Repository State Change"],
            "detail": {"referenceName": ["feature"]},
            "source": ["aws.codecommit"],
            "resources": [{"Fn::GetAtt": [Match.string_like_regexp("^Repo"), "Arn"]}],
        },
        "Targets": [Match.object_like({"Arn": {"Ref": Match.string_like_regexp("^Topic")}})],
    })


@pytest.mark.parametrize("factory", [_PatternOnly])
def test_description_and_name_are_optional(factory: type) -> None:
    template = _pipeline(factory)
    rule = next(iter(template.find_resources("AWS::Events::Rule").values()))
    assert "Description" not in rule["Properties"] and "Name" not in rule["Properties"]
    assert rule["Properties"]["EventPattern"]["detail"] == {"event": ["referenceCreated"]}
