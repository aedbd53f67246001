"""Write ``fixtures/oracle_errors.json``: the errors aws-cdk-lib raises for bad Service Catalog input.

Run with the oracle venv, from a directory where pycdk's ``constructs`` does not shadow PyPI's:
``cd /tmp && /work/main/.venvs/oracle/bin/python /work/main/tests/l2/servicecatalog/_oracle_cases.py``.
``test_oracle_errors.py`` runs the same cases (``CASES`` below) on pycdk and compares the messages.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any


def _cases(m: SimpleNamespace) -> dict[str, Any]:
    """Each case builds something invalid with the modules in ``m`` (cdk, iam, sns, sc, s3a)."""
    cdk, iam, sns, sc, s3a = m.cdk, m.iam, m.sns, m.sc, m.s3a

    def fresh() -> Any:
        return cdk.Stack(cdk.App(), "S")

    def url(u: str = "https://example.com/t.json") -> Any:
        return sc.CloudFormationTemplate.from_url(u)

    def product(stack: Any, **kw: Any) -> Any:
        args = {"product_name": "p", "owner": "o",
                "product_versions": [sc.CloudFormationProductVersion(cloud_formation_template=url())]}
        args.update(kw)
        return sc.CloudFormationProduct(stack, "P", **args)

    def portfolio(stack: Any) -> Any:
        return sc.Portfolio(stack, "Port", display_name="x", provider_name="y")

    def role(stack: Any) -> Any:
        return iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal())

    def twice_tag_updates() -> None:
        s = fresh()
        p, pr = portfolio(s), product(s)
        p.constrain_tag_updates(pr)
        p.constrain_tag_updates(pr)

    def twice_topic() -> None:
        s = fresh()
        p, pr, t = portfolio(s), product(s), sns.Topic(s, "T")
        p.notify_on_stack_events(pr, t)
        p.notify_on_stack_events(pr, t)

    def twice_launch_role() -> None:
        s = fresh()
        p, pr, r = portfolio(s), product(s), role(s)
        p.set_launch_role(pr, r)
        p.set_launch_role(pr, r)

    def stack_sets_after_launch_role() -> None:
        s = fresh()
        p, pr, r = portfolio(s), product(s), role(s)
        p.set_launch_role(pr, r)
        p.deploy_with_stack_sets(pr, accounts=["1"], regions=["us-east-1"], admin_role=r, execution_role_name="e")

    def launch_role_after_stack_sets() -> None:
        s = fresh()
        p, pr, r = portfolio(s), product(s), role(s)
        p.deploy_with_stack_sets(pr, accounts=["1"], regions=["us-east-1"], admin_role=r, execution_role_name="e")
        p.set_launch_role(pr, r)

    def twice_stack_sets() -> None:
        s = fresh()
        p, pr, r = portfolio(s), product(s), role(s)
        p.deploy_with_stack_sets(pr, accounts=["1"], regions=["us-east-1"], admin_role=r, execution_role_name="e")
        p.deploy_with_stack_sets(pr, accounts=["2"], regions=["us-east-1"], admin_role=r, execution_role_name="e")

    def twice_rule() -> None:
        s = fresh()
        p, pr = portfolio(s), product(s)
        rule = sc.TemplateRule(rule_name="r", assertions=[
            sc.TemplateRuleAssertion(assert_=cdk.Fn.condition_equals("a", "b"))])
        p.constrain_cloud_formation_parameters(pr, rule=rule)
        p.constrain_cloud_formation_parameters(pr, rule=rule)

    def missing_snapshot() -> None:
        s = fresh()
        h = sc.ProductStackHistory(s, "H", product_stack=sc.ProductStack(s, "PS"), current_version_name="v1",
                                   current_version_locked=True, directory="/nonexistent-snapshots")
        h.version_from_snapshot("v0")

    def asset_without_bucket() -> None:
        s = fresh()
        s3a.Asset(sc.ProductStack(s, "PS"), "A", path=__file__)

    def long_association_description() -> None:
        s = fresh()
        portfolio(s).constrain_tag_updates(product(s), description="d" * 2001)

    return {
        "empty_display_name": lambda: sc.Portfolio(fresh(), "P", display_name="", provider_name="x"),
        "long_provider_name": lambda: sc.Portfolio(fresh(), "P", display_name="x", provider_name="y" * 51),
        "long_portfolio_description": lambda: sc.Portfolio(fresh(), "P", display_name="x", provider_name="y",
                                                           description="z" * 2001),
        "bad_support_email": lambda: product(fresh(), support_email="bad"),
        "bad_support_url": lambda: product(fresh(), support_url="ftp://x"),
        "long_product_name": lambda: product(fresh(), product_name="n" * 101),
        "empty_owner": lambda: product(fresh(), owner=""),
        "no_product_versions": lambda: product(fresh(), product_versions=[]),
        "long_version_name": lambda: product(fresh(), product_versions=[sc.CloudFormationProductVersion(
            cloud_formation_template=url(), product_version_name="v" * 101)]),
        "s3_template_url": lambda: product(fresh(), product_versions=[
            sc.CloudFormationProductVersion(cloud_formation_template=url("s3://b/k"))]),
        "no_tag_option_keys": lambda: sc.TagOptions(fresh(), "T", allowed_values_for_tags={}),
        "no_tag_option_values": lambda: sc.TagOptions(fresh(), "T", allowed_values_for_tags={"k": []}),
        "long_tag_option_key": lambda: sc.TagOptions(fresh(), "T", allowed_values_for_tags={"k" * 129: ["v"]}),
        "long_tag_option_value": lambda: sc.TagOptions(fresh(), "T", allowed_values_for_tags={"k": ["v" * 257]}),
        "twice_tag_updates": twice_tag_updates,
        "twice_topic": twice_topic,
        "twice_launch_role": twice_launch_role,
        "stack_sets_after_launch_role": stack_sets_after_launch_role,
        "launch_role_after_stack_sets": launch_role_after_stack_sets,
        "twice_stack_sets": twice_stack_sets,
        "twice_rule": twice_rule,
        "unnamed_local_launch_role": lambda: portfolio(s := fresh()).set_local_launch_role(product(s), role(s)),
        "portfolio_arn_without_id": lambda: sc.Portfolio.from_portfolio_arn(
            fresh(), "I", "arn:aws:catalog:us-east-1:123456789012:portfolio"),
        "product_arn_without_id": lambda: sc.Product.from_product_arn(
            fresh(), "I", "arn:aws:catalog:us-east-1:123456789012:product"),
        "missing_snapshot": missing_snapshot,
        "asset_without_bucket": asset_without_bucket,
        "long_association_description": long_association_description,
        "product_stack_outside_stack": lambda: sc.ProductStack(cdk.App(), "PS"),
    }


def run_cases(m: SimpleNamespace) -> dict[str, str | None]:
    """Each case's error message (first line), or None when it raised nothing."""
    out: dict[str, str | None] = {}
    for name, case in _cases(m).items():
        try:
            case()
            out[name] = None
        except Exception as e:  # the oracle raises jsii errors, pycdk ValidationError/TypeError
            out[name] = str(e).split("\n")[0]
    return out


def main() -> None:
    import aws_cdk as cdk
    from aws_cdk import aws_iam, aws_s3_assets, aws_servicecatalog, aws_sns

    m = SimpleNamespace(cdk=cdk, iam=aws_iam, sns=aws_sns, sc=aws_servicecatalog, s3a=aws_s3_assets)
    path = Path(__file__).parent / "fixtures" / "oracle_errors.json"
    path.write_text(json.dumps(run_cases(m), indent=1) + "\n")


if __name__ == "__main__":
    main()
