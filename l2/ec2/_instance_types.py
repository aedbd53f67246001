"""``InstanceType``, ``InstanceClass``, ``InstanceSize`` and ``InstanceArchitecture``."""

from __future__ import annotations

import enum
import re

from constructs import UnscopedValidationError
from l2.ec2._instance_type_data import CLASS_IDENTIFIERS, INSTANCE_CLASSES, INSTANCE_SIZES

InstanceClass = enum.Enum("InstanceClass", INSTANCE_CLASSES, module=__name__)  # type: ignore[misc]
InstanceClass.__doc__ = "Instance families (aws-cdk-lib's names; ``InstanceType.of`` maps them to identifiers)."
InstanceSize = enum.Enum("InstanceSize", INSTANCE_SIZES, module=__name__)  # type: ignore[misc]
InstanceSize.__doc__ = "Instance sizes within a family."


class InstanceArchitecture(enum.Enum):
    """The CPU architecture of an instance type."""

    ARM_64 = "arm64"
    X86_64 = "x86_64"


class InstanceType:
    """An instance type: ``InstanceType("t3.micro")`` or ``InstanceType.of(InstanceClass.T3, InstanceSize.MICRO)``.

    Args:
        instance_type_identifier: the identifier (``t3.micro``).
    """

    def __init__(self, instance_type_identifier: str) -> None:
        self.instance_type_identifier = instance_type_identifier

    @staticmethod
    def of(instance_class: InstanceClass, instance_size: InstanceSize) -> InstanceType:  # type: ignore[valid-type]
        """The type of a class and size."""
        class_id = CLASS_IDENTIFIERS.get(instance_class.name, instance_class.value)  # type: ignore[attr-defined]
        return InstanceType(f"{class_id}.{instance_size.value}")  # type: ignore[attr-defined]

    def to_string(self) -> str:
        """The identifier."""
        return self.instance_type_identifier

    def __str__(self) -> str:
        return self.instance_type_identifier

    @property
    def architecture(self) -> InstanceArchitecture:
        """ARM for ``a1`` and Graviton (``g``) types, x86-64 otherwise."""
        match = re.fullmatch(r"([a-z]+)(\d{1,2})([a-z\-]*)\.([a-z0-9\-]+)", self.instance_type_identifier)
        if match is None:
            raise UnscopedValidationError("Malformed instance type identifier")
        family, capabilities = match.group(1), match.group(3)
        return InstanceArchitecture.ARM_64 if family == "a" or "g" in capabilities else InstanceArchitecture.X86_64

    def same_instance_class_as(self, other: InstanceType) -> bool:
        """True if both types are of the same class (``t3``, ``m5d``...)."""
        pattern = r"([a-z]+\d{1,2}[a-z\-]*)\.([a-z0-9\-]+)"
        mine = re.fullmatch(pattern, self.instance_type_identifier)
        theirs = re.fullmatch(pattern, other.instance_type_identifier)
        if mine is None or theirs is None:
            raise UnscopedValidationError("Malformed instance type identifier")
        return mine.group(1) == theirs.group(1)

    def is_burstable(self) -> bool:
        """True for t2, t3 and t4g types."""
        return self.instance_type_identifier.startswith(("t3", "t4g", "t2"))
