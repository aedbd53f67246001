"""``Names.unique_resource_name`` with allowed special characters, as aws-cdk-lib 2.275 computes it.

aws-cdk-lib puts the allowed characters into a regular-expression character class unescaped, so ``".-_"`` is a
range. Expected names recorded from aws-cdk-lib 2.275.0 (``aws_cdk.Names.unique_resource_name``) for a construct
``S<n>/a.b-c_d/e:f@g+h=i,j`` and its child ``Chi-ld.x_y`` (the latter with ``separator="-"``).
"""

from __future__ import annotations

import pytest

from constructs import App, Construct, Names, Stack

EXPECTED = {
    ".-_": ["S0a.bc_de:f@gh=ij2E3FF6EC", "S0-a.bc_de:f@gh=ij-Child.x_y-3E4E05B1"],
    "-_": ["S1ab-c_d--efghijF6443273", "S1-ab-c_d--efghij-Chi-ldx_y-989B5BD1"],
    "_-": ["S2ab-c_d--efghij8EA979FF", "S2-ab-c_d--efghij-Chi-ldx_y-9A04784C"],
    "+=,.@-_": ["S3a.bc_def@g+h=i,j9B103406", "S3-a.bc_def@g+h=i,j-Child.x_y-A28E4211"],
    "-": ["S4ab-cd--efghijE21B0C2B", "S4-ab-cd--efghij-Chi-ldxy-B98D78C9"],
    "_.": ["S5a.bc_defghij868707A5", "S5-a.bc_defghij-Child.x_y-A9052FE8"],
}


@pytest.mark.parametrize("index,allowed", list(enumerate(EXPECTED)))
def test_allowed_special_characters_read_as_aws_cdk_lib_reads_them(index: int, allowed: str) -> None:
    stack = Stack(App(), f"S{index}")
    parent = Construct(stack, "a.b-c_d/e:f@g+h=i,j")
    child = Construct(parent, "Chi-ld.x_y")
    got = [
        Names.unique_resource_name(parent, allowed_special_characters=allowed),
        Names.unique_resource_name(child, allowed_special_characters=allowed, separator="-"),
    ]
    assert got == EXPECTED[allowed]
