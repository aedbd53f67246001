"""``ProvisionedModel``: a Bedrock provisioned-throughput model, imported by ARN."""

from __future__ import annotations

from constructs import Construct
from l2.bedrock._interfaces import IModel


class ProvisionedModel:
    """A Bedrock provisioned model (imported with ``ProvisionedModel.from_provisioned_model_arn``).

    CloudFormation cannot create provisioned throughput, so a provisioned model made outside the app (or by a
    custom resource) is imported by its ARN.
    See https://docs.aws.amazon.com/bedrock/latest/userguide/prov-throughput.html
    """

    _model_arn: str

    @staticmethod
    def from_provisioned_model_arn(_scope: Construct, _id: str, provisioned_model_arn: str) -> IModel:
        """The provisioned model with ARN ``provisioned_model_arn`` (no construct is added).

        Args:
            _scope: the scope (unused: nothing is added to the tree).
            _id: the id (unused).
            provisioned_model_arn: the ARN of the provisioned model.
        """
        made = ProvisionedModel.__new__(ProvisionedModel)
        made._model_arn = provisioned_model_arn
        return made

    def __init__(self) -> None:
        raise TypeError("ProvisionedModel has no public constructor: use ProvisionedModel.from_provisioned_model_arn")

    @property
    def model_arn(self) -> str:
        """The ARN of the provisioned model."""
        return self._model_arn
