"""Dashboard layout: rows that wrap, columns inside rows, spacers, widgets added after the dashboard, ``widgets``
given at construction, and row/column ``add_widget`` (a row places an added widget right of and below the others)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "Layout")


def text(name: str, width: int, height: int) -> cloudwatch.TextWidget:
    return cloudwatch.TextWidget(markdown=name, width=width, height=height)


column = cloudwatch.Column(text("c1", 4, 2), cloudwatch.Spacer(height=3), text("c2", 6, 1))
column.add_widget(text("c3", 2, 2))
row = cloudwatch.Row(text("r1", 10, 4), column, text("r2", 9, 5), text("r3", 8, 2))
row.add_widget(cloudwatch.Spacer(width=20))
row.add_widget(text("r4", 4, 1))
dashboard = cloudwatch.Dashboard(stack, "Dash", widgets=[[text("first", 24, 1)], [text("a", 12, 3), text("b", 13, 2)]],
                                 period_override=cloudwatch.PeriodOverride.INHERIT)
dashboard.add_widgets(row)
dashboard.add_widgets(text("x", 7, 7), cloudwatch.Spacer(), text("y", 7, 1), text("z", 7, 2), text("w", 7, 2))
dashboard.add_widgets()
late = text("late", 3, 3)
dashboard.add_widgets(cloudwatch.Row(late))
app.synth()
