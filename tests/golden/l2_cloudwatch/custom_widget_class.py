"""A widget class written by the user (an ``IWidget`` implementation): placed and rendered like the built-in ones."""

import jsii

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch


@jsii.implements(cloudwatch.IWidget)
class Banner:
    def __init__(self, text: str) -> None:
        self._text = text
        self._x = 0
        self._y = 0

    @property
    def width(self) -> int:
        return 24

    @property
    def height(self) -> int:
        return 1

    @property
    def warnings(self):
        return None

    @property
    def warnings_v2(self):
        return None

    def position(self, x: float, y: float) -> None:
        self._x = x
        self._y = y

    def to_json(self):
        return [{"type": "text", "width": 24, "height": 1, "x": self._x, "y": self._y,
                 "properties": {"markdown": f"## {self._text}"}}]


app = cdk.App()
stack = cdk.Stack(app, "CustomWidgetClass")
dashboard = cloudwatch.Dashboard(stack, "Dash")
dashboard.add_widgets(Banner("top"))
dashboard.add_widgets(cloudwatch.TextWidget(markdown="middle"), Banner("wrapped"))
app.synth()
