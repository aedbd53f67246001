"""``IModel``: what every Bedrock model offers (a foundation, custom or provisioned model)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class IModel(Protocol):
    """A Bedrock model: a foundation model, a custom model or a provisioned model (aws-cdk-lib's
    ``aws_bedrock.IModel``)."""

    @property
    def model_arn(self) -> str:
        """The ARN of the model.

        See https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html
        """
        ...
