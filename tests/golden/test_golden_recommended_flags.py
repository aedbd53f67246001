"""Golden apps under aws-cdk-lib's recommended feature flags (what ``pycdk init`` writes into cdk.json).

``python tests/golden/oracle.py --recommended-flags [SUITE ...]`` runs each app with the flags in
``CDK_CONTEXT_JSON``. Apps whose templates then differ from their ``fixtures/`` get
``fixtures_recommended/<app>/``; the others are listed in ``fixtures_recommended/unchanged.txt``. Only the former
run here (with the same flags), compared byte for byte like the plain golden run, except that the code of
custom-resource handlers the library ships is masked in every app (see ``OWN_HANDLER_APPS`` in test_golden.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _harness import GoldenApp, GoldenRunError, all_apps, compare_templates, run_on_pycdk
from oracle import RECOMMENDED_FIXTURES, UNCHANGED_LIST, recommended_flags_env, suite_dirs, template_files

RECOMMENDED_APPS = [
    GoldenApp(app.suite, app.path, RECOMMENDED_FIXTURES)
    for app in all_apps()
    if (app.path.parent / RECOMMENDED_FIXTURES / app.name).is_dir()
]


@pytest.mark.parametrize("app", [pytest.param(app, id=app.test_id) for app in RECOMMENDED_APPS])
def test_templates_under_recommended_flags_match_aws_cdk_lib(app: GoldenApp, golden_workdir: Path) -> None:
    failure: str | None = None
    try:
        outdir = run_on_pycdk(app, golden_workdir, recommended_flags_env())
    except GoldenRunError as error:
        failure = str(error)
    if failure is not None:
        pytest.fail(failure, pytrace=False)
    # the recommended flags add providers with handlers the library ships (e.g. restrictDefaultSecurityGroup's)
    problems = compare_templates(app, outdir, mask_own_handlers=True)
    if problems:
        pytest.fail(f"{app.test_id}: {len(problems)} template problem(s)\n\n" + "\n\n".join(problems), pytrace=False)


# Apps aws-cdk-lib rejects under the recommended flags (oracle.py reports them as failures), with its message.
REJECTED_UNDER_RECOMMENDED_FLAGS = {
    # @aws-cdk/core:checkSecretUsage; aws-cdk-lib's message goes on with the property's template path, pycdk's has none
    "core/dynamic_references": "Synthing a secret value to ",
    "core/integ_removal_policys": "AWS::S3::Bucket does not support snapshot removal policy",
    "l2_apigateway/rest_api_props": "'cloudWatchRole' must be enabled for 'cloudWatchRoleRemovalPolicy' to be applied.",
    "l2_sqs/flag_snapshot_removal_policy": "AWS::SQS::Queue does not support snapshot removal policy",
}


@pytest.mark.parametrize("test_id", sorted(REJECTED_UNDER_RECOMMENDED_FLAGS))
def test_apps_aws_cdk_lib_rejects_under_recommended_flags_are_rejected(test_id: str, tmp_path: Path) -> None:
    app = next(a for a in all_apps() if a.test_id == test_id)
    with pytest.raises(GoldenRunError) as caught:
        run_on_pycdk(app, tmp_path, recommended_flags_env())
    assert f"ValidationError: {REJECTED_UNDER_RECOMMENDED_FLAGS[test_id]}" in str(caught.value)


def test_recommended_fixtures_belong_to_apps_and_are_not_also_listed_unchanged() -> None:
    problems: list[str] = []
    for suite in suite_dirs():
        folder = suite / RECOMMENDED_FIXTURES
        if not folder.is_dir():
            continue
        apps = {p.stem for p in suite.glob("*.py") if not p.name.startswith("_")}
        unchanged = set((folder / UNCHANGED_LIST).read_text().split()) if (folder / UNCHANGED_LIST).exists() else set()
        dirs = {d.name for d in folder.iterdir() if d.is_dir()}
        problems += [f"{suite.name}/{n}: no such app" for n in sorted((dirs | unchanged) - apps)]
        problems += [f"{suite.name}/{n}: both a fixture folder and listed unchanged" for n in sorted(dirs & unchanged)]
        problems += [f"{suite.name}/{n}: fixture folder without a template" for n in sorted(dirs)
                     if not template_files(folder / n)]
    assert not problems, problems
