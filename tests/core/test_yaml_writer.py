"""The one YAML writer, in its two styles (stored snapshots, and the CDK CLI's ``synth`` output)."""

from __future__ import annotations

import yaml
from hypothesis import given
from hypothesis import strategies as st

from constructs.internals import yaml_writer

TEMPLATE = {"Outputs": {"L": ["a", "b"]}, "S": "true", "E": "", "N": "1", "M": "a\nb"}


def test_the_cli_style_indents_lists_and_double_quotes() -> None:
    # as the CDK CLI prints templates: `- a` under its key, "true"/"1"/"" in double quotes
    assert yaml_writer.to_yaml(TEMPLATE, cli=True) == (
        'Outputs:\n  L:\n    - a\n    - b\nS: "true"\nE: ""\nN: "1"\nM: |-\n  a\n  b\n'
    )


def test_the_snapshot_style_is_pyyamls_block_layout() -> None:
    assert yaml_writer.to_yaml(TEMPLATE) == "Outputs:\n  L:\n  - a\n  - b\nS: 'true'\nE: ''\nN: '1'\nM: |-\n  a\n  b\n"


def test_a_shared_object_is_written_twice_without_anchors() -> None:
    shared = {"Ref": "X"}
    text = yaml_writer.to_yaml({"A": shared, "B": shared}, cli=True)
    assert "&" not in text and "*" not in text
    assert text == "A:\n  Ref: X\nB:\n  Ref: X\n"


def test_long_lines_are_never_folded() -> None:
    value = "word " * 100
    assert yaml_writer.to_yaml({"A": value.strip()}).count("\n") == 1


# template text: no control characters but newline and tab (PyYAML writes U+0085, a YAML 1.1 line break, in a
# way it reads back as a newline — a limit of both styles, left as it is)
_text = st.text(
    alphabet=st.one_of(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), st.sampled_from("\n\t"))
)
_scalars = st.one_of(_text, st.integers(), st.booleans(), st.none())
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_text.filter(bool), inner, max_size=4)),
    max_leaves=12,
)


@given(_values, st.booleans())
def test_both_styles_read_back_as_the_same_data(data: object, cli: bool) -> None:
    assert yaml.safe_load(yaml_writer.to_yaml({"Root": data}, cli=cli)) == {"Root": data}
