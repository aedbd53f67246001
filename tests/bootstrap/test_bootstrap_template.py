"""The BootstrapStack renders the CDKToolkit template of CDK CLI 2.1148.1 (bootstrap version 33).

``fixtures/bootstrap-template-v33.yaml`` is the template ``cdk bootstrap --show-template`` prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _bootstrap_compare import load_cfn_yaml, section_differences

from constructs import App
from pycdk.bootstrap import BOOTSTRAP_VERSION, BootstrapStack, bootstrap_template

FIXTURE = Path(__file__).parent / "fixtures" / "bootstrap-template-v33.yaml"


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    return load_cfn_yaml(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def synthesized() -> dict[str, Any]:
    return bootstrap_template()


def test_the_template_has_the_upstream_sections_in_order(expected, synthesized):
    assert list(synthesized) == list(expected) == ["Description", "Parameters", "Conditions", "Resources", "Outputs"]


@pytest.mark.parametrize("section", ["Description", "Parameters", "Conditions", "Resources", "Outputs"])
def test_each_section_equals_the_official_template(expected, synthesized, section):
    problems = section_differences({section: expected[section]}, {section: synthesized[section]})
    assert problems == []


def test_the_logical_ids_are_upstream_ones_in_upstream_order(expected, synthesized):
    for section in ("Parameters", "Conditions", "Resources", "Outputs"):
        assert list(synthesized[section]) == list(expected[section]), section


def test_the_counts_match_the_fact_sheet(synthesized):
    assert (len(synthesized["Parameters"]), len(synthesized["Conditions"])) == (13, 12)
    assert (len(synthesized["Resources"]), len(synthesized["Outputs"])) == (14, 5)


def test_the_version_is_33_in_the_ssm_parameter_and_the_output(synthesized):
    assert BOOTSTRAP_VERSION == 33
    assert synthesized["Resources"]["CdkBootstrapVersion"]["Properties"]["Value"] == "33"
    assert synthesized["Outputs"]["BootstrapVersion"]["Value"] == "33"


def test_there_is_no_bootstrap_version_rule_or_cdk_metadata(synthesized):
    assert "Rules" not in synthesized
    assert "BootstrapVersion" not in synthesized["Parameters"]
    assert "CDKMetadata" not in synthesized["Resources"]


def test_resource_attributes_follow_upstream(synthesized):
    resources = synthesized["Resources"]
    key = resources["FileAssetsBucketEncryptionKey"]
    assert (key["Condition"], key["DeletionPolicy"], key["UpdateReplacePolicy"]) == ("CreateNewKey", "Delete", "Delete")
    bucket = resources["StagingBucket"]
    assert (bucket["DeletionPolicy"], bucket["UpdateReplacePolicy"]) == ("Retain", "Retain")
    assert resources["CdkBoostrapPermissionsBoundaryPolicy"]["Condition"] == "ShouldCreatePermissionsBoundary"


def test_the_stack_is_named_cdktoolkit_with_the_upstream_description():
    app = App(outdir=None)
    stack = BootstrapStack(app)
    assert stack.stack_name == "CDKToolkit"
    assert stack.template_options.description == (
        "This stack includes resources needed to deploy AWS CDK apps into this environment"
    )


def test_the_comparison_reports_a_changed_property(expected):
    changed = load_cfn_yaml(FIXTURE.read_text(encoding="utf-8"))
    changed["Resources"]["CdkBootstrapVersion"]["Properties"]["Value"] = "32"
    problems = section_differences(expected, changed)
    assert len(problems) == 1 and problems[0].startswith("Resources.CdkBootstrapVersion: differs")
