"""Property injection wrappers are put on the constructors when the first scope gets injectors: constructs built
before then (and in scopes without injectors) are built as without any, those built below an injector's scope get
its props, whenever the class was defined or first built: as when the wrappers are put on at once (the general
path). Run in fresh interpreters: no injector exists yet."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent('''
    import sys

    import constructs as cdk
    from constructs import PropertyInjectors
    from constructs._resource import wrap_injectable
    from l2 import s3, sqs

    if sys.argv[1] == "at-once":
        wrap_injectable()

    class VersionedBuckets:
        construct_unique_id = s3.Bucket.PROPERTY_INJECTION_ID

        def inject(self, original_props, *, id, scope):
            return {"versioned": True, **original_props}

    app = cdk.App()
    before = cdk.Stack(app, "Before")
    s3.Bucket(before, "Early")  # the class is built once before any injector exists
    sqs.Queue(before, "Queue")
    injected = cdk.Stack(app, "Injected")
    PropertyInjectors.of(injected).add(VersionedBuckets())
    s3.Bucket(injected, "Bucket")
    s3.Bucket(injected, "Given", versioned=False)
    s3.Bucket(before, "Late")
    sqs.Queue(injected, "Queue")

    def versioning(stack, prefix):
        template = app.synth().get_stack_by_name(stack.stack_name).template
        [props] = [r.get("Properties", {}) for k, r in template["Resources"].items() if k.startswith(prefix)]
        return props.get("VersioningConfiguration")

    print(versioning(before, "Early"), versioning(injected, "Bucket"), versioning(injected, "Given"),
          versioning(before, "Late"))
''')


def _run(mode: str) -> str:
    done = subprocess.run([sys.executable, "-c", SCRIPT, mode], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_injectors_apply_below_their_scope_once_the_first_scope_gets_them() -> None:
    deferred = _run("deferred")
    # versioned=True is injected only below the injector's stack; a prop given wins (versioned=False: none)
    assert deferred == "None {'Status': 'Enabled'} None None"
    assert deferred == _run("at-once")
