"""ECR mixins (aws-cdk-lib: ``aws_cdk.aws_ecr.mixins``): changes applied to ``CfnRepository`` L1s."""

from __future__ import annotations

from typing import Any

from constructs import IConstruct, Mixin
from constructs.internals import check_public_classes
from l1.ecr import CfnRepository


class RepositoryAutoDeleteImages(Mixin):
    """Has ECR delete the images of the ``CfnRepository`` it is applied to when the repository is deleted (sets
    ``EmptyOnDelete``; no custom resource is involved)."""

    def supports(self, construct: IConstruct) -> bool:
        """Only ``CfnRepository``s."""
        return isinstance(construct, CfnRepository)

    def apply_to(self, construct: IConstruct) -> None:
        """Set the repository's ``empty_on_delete`` to ``True``."""
        if not self.supports(construct):
            return
        repository: Any = construct
        repository.empty_on_delete = True


__all__ = ["RepositoryAutoDeleteImages"]

check_public_classes(globals())
