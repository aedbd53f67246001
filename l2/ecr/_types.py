"""ECR enums and structs: tag status and mutability, encryption, lifecycle rules, repository attributes."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Duration, RemovalPolicy
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.events import EventPattern, IRuleTarget
    from l2.kms import IKey


class TagStatus(enum.Enum):
    """Which images a lifecycle rule selects by tag."""

    ANY = "any"
    TAGGED = "tagged"
    UNTAGGED = "untagged"


class TagMutability(enum.Enum):
    """Whether image tags can be overwritten."""

    MUTABLE = "MUTABLE"
    IMMUTABLE = "IMMUTABLE"
    IMMUTABLE_WITH_EXCLUSION = "IMMUTABLE_WITH_EXCLUSION"
    MUTABLE_WITH_EXCLUSION = "MUTABLE_WITH_EXCLUSION"


class RepositoryEncryption:
    """How a repository's images are encrypted at rest.

    Args:
        value: the encryption type (``"AES256"``, ``"KMS"`` or ``"KMS_DSSE"``).
    """

    AES_256: RepositoryEncryption
    KMS: RepositoryEncryption
    KMS_DSSE: RepositoryEncryption

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return f"RepositoryEncryption({self.value!r})"


RepositoryEncryption.AES_256 = RepositoryEncryption("AES256")
RepositoryEncryption.KMS = RepositoryEncryption("KMS")
RepositoryEncryption.KMS_DSSE = RepositoryEncryption("KMS_DSSE")


class ImageTagMutabilityExclusionFilter:
    """A tag filter exempted from the repository's tag mutability setting.

    Args:
        filter_type: how ``value`` matches (``"WILDCARD"``; use the factories).
        value: the tag pattern.
    """

    def __init__(self, filter_type: str, value: str) -> None:
        self._type = filter_type
        self._value = value

    @classmethod
    def wildcard(cls, pattern: str) -> ImageTagMutabilityExclusionFilter:
        """Tags matching ``pattern`` (letters, digits, ``._-`` and ``*`` wildcards; 1 to 128 characters)."""
        import re

        from constructs import UnscopedValidationError

        # aws-cdk-lib 2.275 checks the string as given: a token pattern fails the character check too
        if not pattern:
            raise UnscopedValidationError("Pattern cannot be empty")
        if len(pattern) > 128:
            raise UnscopedValidationError(f"Pattern cannot exceed 128 characters, got: {len(pattern)} characters.")
        if not re.fullmatch(r"[0-9a-zA-Z._*-]+", pattern):
            raise UnscopedValidationError(
                f"Pattern '{pattern}' contains invalid characters. Only alphanumeric characters, dots, underscores, "
                "asterisks, and hyphens are allowed."
            )
        return cls("WILDCARD", pattern)

    def _render(self) -> dict[str, str]:
        return {"imageTagMutabilityExclusionFilterType": self._type, "imageTagMutabilityExclusionFilterValue": self._value}


@structs.frozen(kw_only=True)
class LifecycleRule:
    """A rule that expires images (exactly one of ``max_image_age`` and ``max_image_count``).

    Args:
        description: what the rule is for.
        max_image_age: expire images pushed longer ago than this (whole days).
        max_image_count: keep at most this many images.
        rule_priority: the order rules are evaluated in (default after the prioritized rules; ``ANY`` rules last).
        tag_pattern_list: tag wildcard patterns (``TAGGED`` only; at most four ``*`` each).
        tag_prefix_list: tag prefixes (``TAGGED`` only).
        tag_status: default ``TAGGED`` when a tag list is given, else ``ANY``.
    """

    description: str | None = None
    max_image_age: Duration | None = None
    max_image_count: int | float | None = None
    rule_priority: int | float | None = None
    tag_pattern_list: Sequence[str] | None = None
    tag_prefix_list: Sequence[str] | None = None
    tag_status: TagStatus | None = None


@structs.frozen(kw_only=True)
class RepositoryAttributes:
    """An existing repository's name and ARN (``Repository.from_repository_attributes``).

    Args:
        repository_arn: the repository's ARN.
        repository_name: the repository's name.
    """

    repository_arn: str
    repository_name: str


@structs.frozen(kw_only=True)
class RepositoryLookupOptions:
    """Which repository ``Repository.from_lookup`` finds (one of the two).

    Args:
        repository_arn: the repository's ARN.
        repository_name: the repository's name.
    """

    repository_arn: str | None = None
    repository_name: str | None = None


@structs.frozen(kw_only=True)
class OnImageScanCompletedOptions:
    """Options of ``on_image_scan_completed``.

    Args:
        cross_stack_scope: where the rule's supporting constructs go for a target in another stack.
        description: the rule's description.
        event_pattern: extra filtering on top of the scan pattern.
        rule_name: a physical name for the rule.
        target: send matching events there.
        image_tags: only scans of images with these tags (default every image).
    """

    cross_stack_scope: Construct | None = None
    description: str | None = None
    event_pattern: EventPattern | None = None
    rule_name: str | None = None
    target: IRuleTarget | None = None
    image_tags: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class OnCloudTrailImagePushedOptions:
    """Options of ``on_cloud_trail_image_pushed``.

    Args:
        cross_stack_scope: where the rule's supporting constructs go for a target in another stack.
        description: the rule's description.
        event_pattern: extra filtering on top of the push pattern.
        rule_name: a physical name for the rule.
        target: send matching events there.
        image_tag: only pushes of this tag (default every push).
    """

    cross_stack_scope: Construct | None = None
    description: str | None = None
    event_pattern: EventPattern | None = None
    rule_name: str | None = None
    target: IRuleTarget | None = None
    image_tag: str | None = None


@structs.frozen(kw_only=True)
class RepositoryProps:
    """The properties of a ``Repository`` (see ``Repository`` for each keyword)."""

    auto_delete_images: bool | None = None
    empty_on_delete: bool | None = None
    encryption: RepositoryEncryption | None = None
    encryption_key: IKey | None = None
    image_scan_on_push: bool | None = None
    image_tag_mutability: TagMutability | None = None
    image_tag_mutability_exclusion_filters: Sequence[ImageTagMutabilityExclusionFilter] | None = None
    lifecycle_registry_id: str | None = None
    lifecycle_rules: Sequence[LifecycleRule] | None = None
    removal_policy: RemovalPolicy | None = None
    repository_name: str | None = None
