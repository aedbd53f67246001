"""Write ``fixtures/oracle_cases.json``: schedule expressions and merged event patterns as aws-cdk-lib makes them.

Run with the oracle venv, from a directory where pycdk's ``constructs`` does not shadow PyPI's:
``cd /tmp && /work/main/.venvs/oracle/bin/python /work/main/tests/l2/events/_oracle_cases.py``.
``test_oracle_cases.py`` checks pycdk against the file.
"""

import json
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_events as events

RATES = (
    [("minutes", n) for n in (1, 2, 59, 60, 61, 90, 120, 180, 1439, 1440, 1441, 2880, 4320, 10080, 100000)]
    + [("hours", n) for n in (1, 2, 23, 24, 25, 36, 48, 72)]
    + [("days", n) for n in (1, 2, 7, 365)]
    + [("seconds", n) for n in (60, 120, 3600, 86400, 5400)]
)
CRONS = [
    {},
    {"minute": "0"},
    {"minute": "0", "hour": "4"},
    {"week_day": "MON-FRI"},
    {"minute": "15", "week_day": "SUN", "month": "JAN"},
    {"day": "L", "year": "2030"},
    {"minute": "*/5", "hour": "8-17", "day": "?", "month": "*", "year": "*"},
]
MERGES = [
    ({"source": ["a"]}, {"source": ["b", "a"]}),
    ({"detail": {"x": ["1"]}}, {"detail": {"x": ["2"], "y": ["3"]}}),
    ({"detail": {"x": {"y": ["1"]}}}, {"detail": {"x": {"y": ["1", "2"], "z": ["3"]}}}),
    ({"detail_type": ["t"]}, {"account": ["1"], "version": ["0"]}),
    ({"resources": ["r1"]}, {"resources": ["r2"], "detail": {"n": [1, 2]}}),
    ({"detail": {"n": [1, {"numeric": [">", 0]}]}}, {"detail": {"n": [{"numeric": [">", 0]}, 2]}}),
]


def main() -> None:
    out = {"rates": [], "crons": [], "merges": []}
    for unit, n in RATES:
        out["rates"].append([unit, n, events.Schedule.rate(getattr(cdk.Duration, unit)(n)).expression_string])
    for options in CRONS:
        out["crons"].append([options, events.Schedule.cron(**options).expression_string])
    for first, second in MERGES:
        app = cdk.App()
        stack = cdk.Stack(app, "S")
        rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(**first))
        rule.add_event_pattern(**second)
        template = app.synth().get_stack_by_name("S").template
        out["merges"].append([first, second, template["Resources"]["Rule4C995B7F"]["Properties"]["EventPattern"]])
    path = Path(__file__).parent / "fixtures" / "oracle_cases.json"
    path.write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
