"""``pycdk bootstrap --show-template`` prints the CDKToolkit template pycdk models."""

from __future__ import annotations

import json

from cfnlint.decode import cfn_yaml

from pycdk.bootstrap import bootstrap_template


def test_show_template_prints_the_bootstrap_template_as_yaml(tmp_path, pycdk):
    result = pycdk("bootstrap", "--show-template", cwd=tmp_path)
    assert result.returncode == 0, result
    assert result.stdout.startswith(
        "Description: This stack includes resources needed to deploy AWS CDK apps into this environment\n"
    )
    printed = json.loads(json.dumps(cfn_yaml.loads(result.stdout)))
    assert printed == bootstrap_template()
    assert printed["Outputs"]["BootstrapVersion"]["Value"] == "33"


def test_show_template_json(tmp_path, pycdk):
    result = pycdk("bootstrap", "--show-template", "--json", cwd=tmp_path)
    assert json.loads(result.stdout)["Resources"]["CdkBootstrapVersion"]["Properties"]["Value"] == "33"


def test_bootstrap_rejects_a_malformed_environment(tmp_path, pycdk):
    result = pycdk("bootstrap", "123456789012/us-east-1", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        "pycdk: error: '123456789012/us-east-1' is not an environment: expected aws://ACCOUNT/REGION\n"
    )
