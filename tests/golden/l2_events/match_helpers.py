"""The Match helpers integ.rule does not use: case-insensitive prefix/suffix, cidr, numeric anything-but, any_of
with plain values; a rule created in another stack through cross_stack_scope. (Not null_value: pycdk cannot
write a JSON null inside a list yet.)"""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk.aws_events import Match

app = cdk.App()
stack = cdk.Stack(app, "MatchHelpers")
other = cdk.Stack(app, "Other")
events.Rule(
    stack,
    "Rule",
    event_pattern=events.EventPattern(
        source=["my.app"],
        detail={
            "prefix": Match.prefix_equals_ignore_case("ABC"),
            "suffix": Match.suffix_equals_ignore_case(".PNG"),
            "ip": Match.cidr("2001:db8::/32"),
            "numbers": Match.anything_but(1, 2.5),
            "either": Match.any_of(Match.prefix("a"), ["plain"], Match.exists()),
            "exact": Match.exact_string("*"),
            "anything": Match.anything_but_suffix("x", "y"),
            "interval": Match.interval(0.5, 10),
        },
    ),
)
events.Rule(
    stack,
    "Elsewhere",
    cross_stack_scope=other,
    event_pattern=events.EventPattern(source=["my.app"]),
    description="lives in Other",
)
app.synth()
