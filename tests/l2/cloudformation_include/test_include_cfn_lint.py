"""cfn-lint finds no error in the golden templates of ``l2_cloudformation_include`` that its input lacks.

pycdk's templates for these apps are byte-identical to the fixtures (``tests/golden``), so linting the fixtures
lints pycdk's output. An included template is written back as it was given, so a corpus template that cfn-lint
already faults (several of aws-cdk's test templates are deliberately odd) keeps those errors: the test checks that
including it adds none. The apps built on ``test-templates`` have no error but the ones named below, each of
which is what the app is about.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

from l2.cloudformation_include._private.template_file import read_template

GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "l2_cloudformation_include"
CORPUS = Path(__file__).resolve().parent / "corpus"
FIXTURES = GOLDEN / "fixtures"
CORPUS_TEMPLATES = sorted((FIXTURES / "corpus_round_trip").glob("*.template.json"))
APP_TEMPLATES = sorted(p for p in FIXTURES.rglob("*.template.json") if p.parent.name != "corpus_round_trip")

# (fixture, rule, path) of the errors the apps mean to have
EXPECTED_APP_ERRORS = {
    # cfn-lint 1.58 does not know the template's Hooks section, which the app includes on purpose
    ("include_features/Features.template.json", "E1001", "Hooks"),
    ("include_features/Renamed.template.json", "E1001", "Hooks"),
    ("include_blue_green_hook/Kept.template.json", "E1001", "Hooks"),
    ("include_into_a_described_stack/Described.template.json", "E1001", "Hooks"),
    ("include_blue_green_hook/Renamed.template.json", "E1001", "Hooks"),
    # allow_cyclical_references includes two topics that reference each other
    ("include_features/Odd.template.json", "E3004", "Resources/First"),
    ("include_features/Odd.template.json", "E3004", "Resources/Second"),
    # aws-cdk-lib writes an Fn::If UpdatePolicy's JavaScript fields into the policy (what the app pins down)
    ("include_policy_intrinsic/Stack.template.json", "E3016", "Resources/Group/UpdatePolicy/typeHint"),
    ("include_policy_intrinsic/Stack.template.json", "E3016", "Resources/Group/UpdatePolicy/value"),
    ("include_policy_intrinsic/Stack.template.json", "E3016", "Resources/Group/UpdatePolicy/disambiguator"),
    ("include_policy_intrinsic/Stack.template.json", "E3014", "Resources/Group/Properties"),  # as the input
    # the dehydrated group is kept as written, without a launch template
    ("include_features/Odd.template.json", "E3014", "Resources/DehydratedGroup14C8BC66/Properties"),
    ("include_policy_intrinsic_dehydrated/Stack.template.json", "E3014", "Resources/StackGroupCABF5A83/Properties"),
}


def _errors(template: object) -> set[tuple[str, str]]:
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    return {(m.rule.id, "/".join(map(str, m.path))) for m in matches if m.rule.id.startswith("E")}


def _input_of(fixture: Path) -> Path:
    stem = fixture.name.removesuffix(".template.json").replace("-", "_")
    (found,) = [p for p in CORPUS.iterdir() if p.stem == stem]
    return found


def test_there_are_templates_to_lint() -> None:
    assert len(CORPUS_TEMPLATES) >= 30
    assert len(APP_TEMPLATES) >= 10


@pytest.mark.parametrize("path", CORPUS_TEMPLATES, ids=lambda p: p.name)
def test_including_a_corpus_template_adds_no_cfn_lint_error(path: Path) -> None:
    found = _errors(json.loads(path.read_text()))
    if found:  # only then is the input linted (cfn-lint takes seconds per template)
        assert found - _errors(read_template(str(_input_of(path)))) == set()


@pytest.mark.parametrize("path", APP_TEMPLATES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_app_template_has_only_the_expected_cfn_lint_errors(path: Path) -> None:
    name = str(path.relative_to(FIXTURES))
    expected = {(rule, where) for fixture, rule, where in EXPECTED_APP_ERRORS if fixture == name}
    assert _errors(json.loads(path.read_text())) == expected
