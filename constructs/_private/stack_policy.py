"""Writing a stack's policy into the cloud assembly (see ``constructs._stack_policy``).

The file is ``<artifact id>.stack-policy.json`` next to the template; the stack's metadata names it with an entry
of type ``pycdk:stack-policy`` (the cloud-assembly schema has no stack policy property, and the official CDK CLI
ignores metadata types it does not know).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .json_writer import manifest_json

if TYPE_CHECKING:
    from .._stack import Stack

METADATA_TYPE = "pycdk:stack-policy"


def stack_policy_file(stack: Stack) -> str:
    """The policy file's name in the assembly."""
    return f"{stack.artifact_id}.stack-policy.json"


def write_stack_policy(stack: Stack, directory: str) -> None:
    """Write the stack's policy (if it has one) and record the file in its metadata (once)."""
    policy = stack.stack_policy
    if policy is None:
        return
    from .._errors import ValidationError

    try:
        document = policy.to_json(stack)
    except ValidationError as e:
        raise ValidationError(str(e).split("\n")[0], stack) from e
    name = stack_policy_file(stack)
    with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
        f.write(manifest_json(document))
    if not any(m.type == METADATA_TYPE for m in stack.node.metadata):
        stack.node.add_metadata(METADATA_TYPE, name)
