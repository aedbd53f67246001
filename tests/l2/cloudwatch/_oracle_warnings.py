"""Write ``fixtures/oracle_warnings.json``: the warnings aws-cdk-lib attaches for cloudwatch input it accepts.

Each case is a snippet run with ``cdk``, ``cw``, an ``app`` and a stack ``stack`` (named ``S``); the warnings of
``S`` after synthesis are recorded as ``[construct path, message]`` (the ``[ack: ...]`` suffix dropped). Run with
the oracle venv, from a directory where pycdk's ``constructs`` does not shadow PyPI's:
``cd /tmp && /work/main/.venvs/oracle/bin/python /work/main/tests/l2/cloudwatch/_oracle_warnings.py``.
``test_oracle_warnings.py`` runs the same snippets (stored in the file) with pycdk.
"""

import json
from pathlib import Path

CASES = {
    "unknown identifiers in a graph": (
        "d = cw.Dashboard(stack, 'D')\n"
        "d.add_widgets(cw.GraphWidget(left=[cw.MathExpression(expression='m1 + m2')]))"),
    "unknown identifiers in a nested expression on a gauge": (
        "d = cw.Dashboard(stack, 'D')\n"
        "d.add_widgets(cw.Row(cw.GaugeWidget(metrics=[cw.MathExpression(expression='e1 + 5', using_metrics={"
        "'e1': cw.MathExpression(expression='m1 + m2')})])))"),
    "periods overridden in an alarm": (
        "m = cw.Metric(namespace='n', metric_name='m', period=cdk.Duration.minutes(1))\n"
        "cw.MathExpression(expression='m * 2', using_metrics={'m': m}, period=cdk.Duration.minutes(10))"
        ".create_alarm(stack, 'A', threshold=1, evaluation_periods=1)"),
    "unrecognized statistic in an alarm and a table": (
        "m = cw.Metric(namespace='n', metric_name='m', statistic='almost-average')\n"
        "m.create_alarm(stack, 'A', threshold=1, evaluation_periods=1)\n"
        "cw.Dashboard(stack, 'D', widgets=[[cw.TableWidget(metrics=[m])]])"),
    "threshold given to an anomaly alarm": (
        "band = cw.Metric.anomaly_detection_for(metric=cw.Metric(namespace='n', metric_name='m'))\n"
        "cw.Alarm(stack, 'A', metric=band, threshold=5, evaluation_periods=1, "
        "comparison_operator=cw.ComparisonOperator.GREATER_THAN_UPPER_THRESHOLD)"),
}


def main() -> None:
    import aws_cdk as cdk
    from aws_cdk import aws_cloudwatch as cw

    out = {}
    for name, code in CASES.items():
        app = cdk.App()
        stack = cdk.Stack(app, "S")
        exec(code, {"cdk": cdk, "cw": cw, "app": app, "stack": stack})
        messages = app.synth().get_stack_by_name("S").messages
        warnings = [[m.id, str(m.entry.data).split(" [ack:")[0]] for m in messages if str(getattr(m.level, "value", m.level)).lower() == "warning"]
        out[name] = {"code": code, "warnings": warnings}
    path = Path(__file__).parent / "fixtures" / "oracle_warnings.json"
    path.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
