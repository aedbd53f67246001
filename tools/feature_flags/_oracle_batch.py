"""Run golden apps with aws-cdk-lib in one process (run by the oracle venv's python, outside /work/main's cwd).

Used by ``analytics_compare.py``: starting the jsii kernel costs about 2 s an app, so one process runs many apps in
turn. Reads JSON lines ``{"app": <path>, "outdir": <dir>}`` on stdin, runs each app as ``__main__`` with the app's
folder as cwd and ``sys.path[0]``, each ``App()`` writing to that ``outdir`` (aws-cdk-lib reads ``CDK_OUTDIR`` in the
Node.js process, whose environment is fixed when the kernel starts: the argument is passed instead), and answers one
JSON line ``{"ok": bool, "error": str}`` per app. ``CDK_CONTEXT_JSON`` and ``CDK_VALIDATION`` come from this
process's environment, as in a subprocess run. An app that fails here is run again in a subprocess by the caller.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
import traceback

import aws_cdk

_ORIGINAL_INIT = aws_cdk.App.__init__
_OUTDIR: list[str] = []


def _init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
    if _OUTDIR and kwargs.get("outdir") is None:
        kwargs["outdir"] = _OUTDIR[0]
    _ORIGINAL_INIT(self, *args, **kwargs)


aws_cdk.App.__init__ = _init  # type: ignore[method-assign]
BASE_PATH = list(sys.path)
BASE_MODULES = set(sys.modules)


def main() -> None:
    answers = os.fdopen(os.dup(1), "w")  # the protocol's channel; what the apps print goes to stderr
    os.dup2(2, 1)
    for line in sys.stdin:
        req = json.loads(line)
        app = req["app"]
        _OUTDIR[:] = [req["outdir"]]
        folder = os.path.dirname(app)
        sys.path[:] = [folder, *BASE_PATH]
        sys.argv[:] = [app]
        cwd = os.getcwd()
        ok, error = True, ""
        try:
            os.chdir(folder)
            runpy.run_path(app, run_name="__main__")
        except SystemExit as exit_:
            ok = exit_.code in (None, 0)
            error = "" if ok else f"exit {exit_.code}"
        except BaseException:
            ok, error = False, traceback.format_exc()[-2000:]
        finally:
            os.chdir(cwd)
            for name in set(sys.modules) - BASE_MODULES:  # modules an app imported from its own folder
                module = sys.modules.get(name)
                if module is not None and str(getattr(module, "__file__", "") or "").startswith(folder):
                    del sys.modules[name]
        sys.stdout.flush()
        answers.write(json.dumps({"ok": ok, "error": error}) + "\n")
        answers.flush()


if __name__ == "__main__":
    main()
