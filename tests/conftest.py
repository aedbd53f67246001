"""Markers for the tests that need a tool beyond the Python packages, and what happens when it is missing.

``cdk_cli``: the test uses Node.js and npm (the official CDK CLI, or the cloud-assembly schema package, installed
into ``.venvs/`` on first use). ``cfn_lint``: the test lints templates or reads YAML with cfn-lint (in the test
extra). The markers are given here, from what a test uses (so a new test cannot forget them): the
``node_modules`` fixture or the official-CLI helper; cfn-lint's API or the suites' ``cfn_lint_errors`` helper.
``sam_translator``: the test runs the AWS SAM translator (``aws-sam-translator``, in the dev extra) through the
``sam_transform`` helper of ``tests/l2/sam``. ``moto``: the test deploys to the moto AWS emulator (the
``moto_server`` fixture of ``tests/deploy``; moto[server] and boto3 are in the dev extra).

A missing tool fails the test when ``CI`` is set (CI must run every test) and skips it, saying why, elsewhere.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from types import ModuleType
from typing import Any

import pytest

# The suite starts thousands of Python processes (xdist workers, forked golden apps, CLI and example
# subprocesses): let them share compiled bytecode (``__pycache__``, ignored by git) even where the environment
# sets PYTHONDONTWRITEBYTECODE, else each one recompiles the large generated modules it imports.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

# The real ``l1`` package first: a test module that puts tests/golden on sys.path (for ``_harness``) would otherwise
# make the golden suite folder tests/golden/l1 (a package holding the suite's settings) shadow it, and ``l1.<svc>``
# fail to import in whichever module comes next.
import l1  # noqa: E402, F401

_CDK_CLI_FIXTURES = {"node_modules", "esbuild_on_path"}
_CDK_CLI_NAMES = {"official_cdk_cli"}
_CFN_LINT_NAMES = {"cfn_lint_errors"}
_SAM_TRANSLATOR_NAMES = {"sam_transform"}
_MOTO_FIXTURES = {"moto_server"}


def _uses_cfn_lint(module: ModuleType) -> bool:
    for name, value in vars(module).items():
        if name in _CFN_LINT_NAMES:
            return True
        origin = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
        if isinstance(origin, str) and origin.split(".")[0] == "cfnlint":
            return True
    return False


def _uses_cdk_cli(module: ModuleType) -> bool:
    return any(name in _CDK_CLI_NAMES for name in vars(module))


def _share_cfn_lint_rules() -> None:
    """Make ``cfnlint.api.lint`` load cfn-lint's rules once per process instead of on every call.

    ``lint(text, config=...)`` builds a ``Runner`` on every call, which imports and instantiates all of cfn-lint's
    rules and reads the schemas they use: about 90% of the time of a call on a golden template (passing
    ``rules=`` does not help: ``lint`` only accepts the older ``RulesCollection`` type there). Calls whose config
    adds nothing to the rules (no registry schemas, no spec override) get the rules of one ``Runner`` per rule
    source, and run them the way cfn-lint's CLI runs them for several templates; each call's config (regions,
    include/ignore checks) still applies. The findings are the same (checked by tests/test_cfn_lint_sharing.py).
    A template text already linted with the same config in this process (a default and a recommended-flags
    fixture are often the same text) gets the findings of that run.
    """
    if importlib.util.find_spec("cfnlint") is None:
        return
    from _cfn_lint_speedups import install  # tests/ is on sys.path (pytest's rootdir conftest)

    install()
    import cfnlint.api
    from cfnlint.config import ConfigMixIn
    from cfnlint.decode.decode import decode_str
    from cfnlint.runner import Runner, run_template_by_data

    original = cfnlint.api.lint
    shared: dict[tuple[Any, ...], Any] = {}
    done: dict[tuple[str, str], list[Any]] = {}  # (template text, config) -> findings: a text is linted once

    def lint(s: str, rules: Any = None, regions: list[str] | None = None, config: Any = None) -> list[Any]:
        if rules is not None or config is None:
            return original(s, rules=rules, regions=regions, config=config)
        mixin = ConfigMixIn(**config)
        if mixin.registry_schemas or mixin.override_spec:
            return original(s, rules=rules, regions=regions, config=config)
        done_key = (s, repr(sorted(config.items())))
        if done_key in done:  # the same template text with the same config: cfn-lint finds the same again
            return list(done[done_key])
        template, errors = decode_str(s)
        if errors:
            return list(errors)
        if template is None:
            return []
        key = (tuple(mixin.append_rules), mixin.custom_rules)
        if key not in shared:
            shared[key] = Runner(ConfigMixIn(**config)).rules
        found = done[done_key] = list(run_template_by_data(template, mixin, shared[key]))
        return list(found)

    lint.__module__ = original.__module__  # the cfn_lint marker recognises cfn-lint's API by its module
    lint.__wrapped__ = original  # type: ignore[attr-defined]
    cfnlint.api.lint = lint


_share_cfn_lint_rules()


def _hypothesis_profile() -> None:
    """Hypothesis's timing checks (a 200 ms deadline per example, the ``too_slow`` health check) measure the machine,
    not the property: on a loaded 2-core CI runner with three workers they fail tests at random. Turn them off; every
    example still runs and every property is still checked."""
    if importlib.util.find_spec("hypothesis") is None:
        return
    from hypothesis import HealthCheck, settings

    settings.register_profile("pycdk", deadline=None, suppress_health_check=[HealthCheck.too_slow])
    settings.load_profile("pycdk")


_hypothesis_profile()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "cdk_cli: needs Node.js and npm (the official CDK CLI or the cloud-assembly schema)")
    config.addinivalue_line("markers", "cfn_lint: needs cfn-lint (in the dev extra)")
    config.addinivalue_line("markers", "sam_translator: needs aws-sam-translator (in the dev extra)")
    config.addinivalue_line("markers", "moto: needs moto[server] and boto3 (in the dev extra)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    seen: dict[str, tuple[bool, bool]] = {}
    for item in items:
        module: Any = getattr(item, "module", None)
        if module is None:
            continue
        if module.__name__ not in seen:
            seen[module.__name__] = (_uses_cdk_cli(module), _uses_cfn_lint(module))
        cdk_cli, cfn_lint = seen[module.__name__]
        if cdk_cli or _CDK_CLI_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.cdk_cli)
        if cfn_lint or _CFN_LINT_NAMES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.cfn_lint)
        if _SAM_TRANSLATOR_NAMES.intersection(vars(module)):
            item.add_marker(pytest.mark.sam_translator)
        if _MOTO_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.moto)


def _missing(marker: str) -> str | None:
    if marker == "cdk_cli":
        absent = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
        return f"{' and '.join(absent)} not on the PATH" if absent else None
    if marker == "cfn_lint":
        return None if importlib.util.find_spec("cfnlint") else "cfn-lint is not installed (pip install -e '.[test,dev]')"
    if marker == "sam_translator":
        found = importlib.util.find_spec("samtranslator")
        return None if found else "aws-sam-translator is not installed (pip install -e '.[test,dev]')"
    if marker == "moto":
        absent = [name for name in ("moto", "flask", "boto3") if importlib.util.find_spec(name) is None]
        return f"{', '.join(absent)} not installed (pip install -e '.[test,dev]')" if absent else None
    return None


def pytest_runtest_setup(item: pytest.Item) -> None:
    for marker in ("cdk_cli", "cfn_lint", "sam_translator", "moto"):
        if item.get_closest_marker(marker) is None:
            continue
        reason = _missing(marker)
        if reason is None:
            continue
        if os.environ.get("CI"):
            pytest.fail(f"{item.nodeid} needs {marker}: {reason}; CI must run it", pytrace=False)
        pytest.skip(f"needs {marker}: {reason}")


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: one worker more than half again the cores (3 on 2 cores). Many tests wait on subprocesses (the
    official CDK CLI, example apps, the moto server), so one worker per core leaves a core idle part of the time."""
    return max(2, ((os.cpu_count() or 1) * 3 + 1) // 2)
