"""Write ``fixtures/oracle_errors.json``: the errors aws-cdk-lib raises for bad cloudwatch input.

Each case is a snippet run with ``cdk`` (aws-cdk-lib's ``aws_cdk``), ``cw`` (``aws_cloudwatch``), an ``app`` and a
``stack``; it must raise. Run with the oracle venv, from a directory where pycdk's ``constructs`` does not shadow
PyPI's: ``cd /tmp && /work/main/.venvs/oracle/bin/python /work/main/tests/l2/cloudwatch/_oracle_errors.py``.
``test_oracle_errors.py`` runs the same snippets (stored in the file with the results) with pycdk and compares the
messages.
"""

import json
from pathlib import Path

CASES = {
    "log query without a query": "cw.LogQueryWidget(log_group_names=['a'])",
    "log query with both queries": "cw.LogQueryWidget(log_group_names=['a'], query_string='x', query_lines=['y'])",
    "search components without dimensions": (
        "cw.Values.from_search_components(dimensions=[], metric_name='m', namespace='n', populate_from='d')"),
    "search components populate_from elsewhere": (
        "cw.Values.from_search_components(dimensions=['a'], metric_name='m', namespace='n', populate_from='d')"),
    "no fixed values": "cw.Values.from_values()",
    "input variable with values": (
        "cw.DashboardVariable(id='v', input_type=cw.VariableInputType.INPUT, type=cw.VariableType.PATTERN, "
        "value='x', values=cw.Values.from_values(cw.VariableValue(value='a')))"),
    "cron with day and week day": "cw.ScheduleExpression.cron(minute='0', day='1', week_day='MON')",
    "at with month 13": "cw.ScheduleExpression.at(cw.CalendarDateTime(year=2030, month=13, day=1, hour=0, minute=0))",
    "at with hour 24": "cw.ScheduleExpression.at(cw.CalendarDateTime(year=2030, month=1, day=1, hour=24, minute=0))",
    "mute rule shorter than a minute": (
        "cw.AlarmMuteRule(stack, 'M', duration=cdk.Duration.seconds(30), "
        "schedule=cw.ScheduleExpression.expression('rate(1 day)'))"),
    "mute rule longer than 15 days": (
        "cw.AlarmMuteRule(stack, 'M', duration=cdk.Duration.days(16), "
        "schedule=cw.ScheduleExpression.expression('rate(1 day)'))"),
    "mute rule name too long": (
        "cw.AlarmMuteRule(stack, 'M', duration=cdk.Duration.hours(1), alarm_mute_rule_name='x' * 256, "
        "schedule=cw.ScheduleExpression.expression('rate(1 day)'))"),
    "promql interval too short": (
        "cw.PromQLAlarm(stack, 'P', query='up', evaluation_interval=cdk.Duration.seconds(5))"),
    "promql pending too long": (
        "cw.PromQLAlarm(stack, 'P', query='up', evaluation_interval=cdk.Duration.seconds(60), "
        "pending_period=cdk.Duration.days(2))"),
    "promql recovery too long": (
        "cw.PromQLAlarm(stack, 'P', query='up', evaluation_interval=cdk.Duration.seconds(60), "
        "recovery_period=cdk.Duration.days(2))"),
    "promql empty query": "cw.PromQLAlarm(stack, 'P', query='', evaluation_interval=cdk.Duration.seconds(60))",
    "vertical annotation not ISO 8601": (
        "cw.GraphWidget(vertical_annotations=[cw.VerticalAnnotation(date='yesterday')])"),
    "gauge end without start": "cw.GaugeWidget(end='-P1D')",
    "table end without start": "cw.TableWidget(end='-P1D')",
    "widget too wide": "cw.GaugeWidget(width=25)",
    "at least count above the operands": (
        "a = cw.Metric(namespace='n', metric_name='m').create_alarm(stack, 'A', threshold=1, evaluation_periods=1)\n"
        "cw.CompositeAlarm(stack, 'C', alarm_rule=cw.AlarmRule.at_least(cw.AlarmState.ALARM, operands=[a], "
        "threshold=cw.AtLeastThreshold.count(2)))\napp.synth()"),
    "at least percentage above 100": (
        "a = cw.Metric(namespace='n', metric_name='m').create_alarm(stack, 'A', threshold=1, evaluation_periods=1)\n"
        "cw.CompositeAlarm(stack, 'C', alarm_rule=cw.AlarmRule.at_least_not(cw.AlarmState.OK, operands=[a], "
        "threshold=cw.AtLeastThreshold.percentage(101)))\napp.synth()"),
    "at least without operands": (
        "cw.CompositeAlarm(stack, 'C', alarm_rule=cw.AlarmRule.at_least(cw.AlarmState.ALARM, operands=[], "
        "threshold=cw.AtLeastThreshold.count(1)))\napp.synth()"),
    "alarm on a search expression": (
        "cw.Alarm(stack, 'A', metric=cw.SearchExpression(expression='SEARCH(x)'), threshold=1, "
        "evaluation_periods=1)"),
    "dashboard variable values given as a dict": "cw.Values.from_values({'value': 'a'})",
    "alarm on a math expression with a search account": (
        "cw.MathExpression(expression='m1', using_metrics={'m1': cw.Metric(namespace='n', metric_name='m')}, "
        "search_account='123456789012').create_alarm(stack, 'A', threshold=1, evaluation_periods=1)"),
    "anomaly alarm with a fixed-threshold operator": (
        "cw.AnomalyDetectionAlarm(stack, 'A', metric=cw.Metric(namespace='n', metric_name='m'), "
        "evaluation_periods=1, comparison_operator=cw.ComparisonOperator.GREATER_THAN_THRESHOLD)"),
    "dashboard with start and default interval": (
        "cw.Dashboard(stack, 'D', start='-P1D', default_interval=cdk.Duration.days(1))"),
    "dashboard name with a space": "cw.Dashboard(stack, 'D', dashboard_name='my dashboard')",
    "suppressor periods without a suppressor": (
        "cw.CompositeAlarm(stack, 'C', alarm_rule=cw.AlarmRule.from_boolean(True), "
        "actions_suppressor_wait_period=cdk.Duration.minutes(1))"),
    "label on chart outside a pie": "cw.GraphWidget(display_labels_on_chart=True)",
    "one id for two metrics in nested expressions": (
        "a = cw.Metric(namespace='Test', metric_name='ACount')\n"
        "b = cw.Metric(namespace='Test', metric_name='BCount')\n"
        "c = cw.Metric(namespace='Test', metric_name='CCount')\n"
        "cw.MathExpression(expression='a + e', using_metrics={'a': a, 'e': cw.MathExpression("
        "expression='a + c', using_metrics={'a': b, 'c': c})})"),
    "invalid variable names": (
        "cw.MathExpression(expression='HAPPY + JOY', using_metrics={'HAPPY': cw.Metric(namespace='n', "
        "metric_name='a'), 'JOY': cw.Metric(namespace='n', metric_name='b')})"),
    "math expression with a 20 second period": (
        "cw.MathExpression(expression='a', using_metrics={'a': cw.Metric(namespace='n', metric_name='a')}, "
        "period=cdk.Duration.seconds(20))"),
    "same id for different metrics on both axes": (
        "d = cw.Dashboard(stack, 'D')\n"
        "d.add_widgets(cw.GraphWidget(left=[cw.MathExpression(expression='m1 + 1', using_metrics={'m1': "
        "cw.Metric(namespace='n', metric_name='a')})], right=[cw.MathExpression(expression='m1 + 1', "
        "using_metrics={'m1': cw.Metric(namespace='n', metric_name='b')})]))\napp.synth()"),
    "single value with sparkline and period to time range": (
        "cw.SingleValueWidget(metrics=[], sparkline=True, set_period_to_time_range=True)"),
}


def main() -> None:
    import aws_cdk as cdk
    from aws_cdk import aws_cloudwatch as cw

    out = {}
    for name, code in CASES.items():
        app = cdk.App()
        stack = cdk.Stack(app, "S")
        try:
            exec(code, {"cdk": cdk, "cw": cw, "app": app, "stack": stack})
        except Exception as e:
            message = str(e).split("\n")[0]
            out[name] = {"code": code, "type": "TypeError" if isinstance(e, TypeError) else "error",
                         "message": message}
        else:
            raise SystemExit(f"{name}: aws-cdk-lib raised nothing")
    path = Path(__file__).parent / "fixtures" / "oracle_errors.json"
    path.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
