"""Port of aws-events integ.rule: event patterns built with every Match helper."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk.aws_events import Match

app = cdk.App()
stack = cdk.Stack(app, "RuleStack")

events.Rule(
    stack,
    "MyRule",
    event_pattern=events.EventPattern(
        account=["account1", "account2"],
        detail={
            "foo": [1, 2],
            "strings": ["foo", "bar"],
            "rangeMatcher": Match.interval(-1, 1),
            "stringMatcher": Match.exact_string("I am just a string"),
            "prefixMatcher": Match.prefix("aws."),
            "ipAddress": Match.ip_address_range("192.0.2.0/24"),
            "shouldExist": Match.exists(),
            "shouldNotExist": Match.does_not_exist(),
            "numbers": Match.all_of(Match.greater_than(0), Match.less_than(5)),
            "topLevel": {
                "deeper": Match.equal(42),
                "oneMoreLevel": {
                    "deepest": Match.any_of(Match.less_than_or_equal(-1), Match.greater_than_or_equal(1)),
                },
            },
            "state": Match.anything_but("initializing"),
            "limit": Match.anything_but(100, 200, 300),
            "notPrefixedBy": Match.anything_but_prefix("sensitive-"),
            "suffix": Match.suffix(".com"),
            "equalsIgnoreCase": Match.equals_ignore_case("ignore case"),
        },
        detail_type=["detailType1"],
        id=["id1", "id2"],
        region=["region1", "region2", "region3"],
        resources=["r1"],
        source=["src1", "src2"],
        time=["t1"],
        version=["0"],
    ),
)
events.Rule(stack, "MyWildcardRule", event_pattern=events.EventPattern(account=Match.wildcard("account*")))
events.Rule(stack, "MyAnythingButPrefixRule", event_pattern=events.EventPattern(account=Match.anything_but_prefix("prefix-")))
events.Rule(stack, "MyAnythingButSuffixRule", event_pattern=events.EventPattern(account=Match.anything_but_suffix("-suffix")))
events.Rule(
    stack, "MyAnythingButWildcardRule", event_pattern=events.EventPattern(account=Match.anything_but_wildcard("account*"))
)
events.Rule(
    stack,
    "MyAnythingButEqualsIgnoreCase",
    event_pattern=events.EventPattern(account=Match.anything_but_equals_ignore_case("account1", "account2")),
)
app.synth()
