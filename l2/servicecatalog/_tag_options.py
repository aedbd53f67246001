"""``TagOptions``: the tag keys and values a portfolio's or product's provisioned products may carry."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from constructs import Construct, Resource, ValidationError
from constructs.internals import structs
from l1.servicecatalog import CfnTagOption
from l2.servicecatalog._private.util import hash_values, validate_length


@structs.frozen(kw_only=True)
class TagOptionsProps:
    """Props of ``TagOptions``.

    Args:
        allowed_values_for_tags: each tag key and its allowed values.
    """

    allowed_values_for_tags: Mapping[str, Sequence[str]]


class TagOptions(Resource):
    """A set of TagOptions (one ``AWS::ServiceCatalog::TagOption`` per key and value).

    Args:
        allowed_values_for_tags: each tag key (1-128 characters) and its allowed values (1-256 characters each).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-servicecatalog.TagOptions"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(self, scope: Construct, id: str, *, allowed_values_for_tags: Mapping[str, Sequence[str]]) -> None:
        super().__init__(scope, id)
        self._cfn_tag_options: list[CfnTagOption] = self._create(allowed_values_for_tags)

    def _create(self, allowed: Mapping[str, Sequence[str]]) -> list[CfnTagOption]:
        if len(allowed) == 0:
            raise ValidationError(f"No tag option keys or values were provided for resource {self.node.path}", self)
        out: list[CfnTagOption] = []
        for key, values in allowed.items():
            validate_length(self.node.addr, "TagOption key", 1, 128, key)
            unique = list(dict.fromkeys(values))
            if not unique:
                raise ValidationError(
                    f"No tag option values were provided for tag option key {key} for resource {self.node.path}", self)
            for value in unique:
                validate_length(self.node.addr, "TagOption value", 1, 256, value)
                out.append(CfnTagOption(self, hash_values(key, value), key=key, value=value, active=True))
        return out
