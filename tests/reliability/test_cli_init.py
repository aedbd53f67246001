"""Issue 13, group 5: ``pycdk init`` escapes the project (folder) name wherever it writes it, and refuses names that
do not become a usable Python module name, in one error line that writes nothing.

``cdk init`` (aws-cdk) derives the module name the same way (non-alphanumerics become ``_``) but writes the name
into the generated files unescaped; pycdk escapes it, and also refuses keywords and names that would shadow a
module the project imports (``constructs``, ``json``, ...).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from _cli_checks import error_line

# the parametrized cases run the console script forked from a server that imported the CLI (conftest.py: forked_cli)

INJECTIONS = [
    'evil"""+__import__("os").system("touch PWNED")+"""',
    "tick'''x''' and \"\"\"y",
    "back\\slash-app",
    "trailing-quote\"",
    "new\nline",
    "tab\tapp",
]


def _docstring(path: Path) -> str | None:
    return ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")), clean=False)


@pytest.mark.parametrize("name", INJECTIONS, ids=["code", "quotes", "backslash", "trailing-quote", "newline", "tab"])
def test_a_project_name_with_python_syntax_is_escaped(tmp_path: Path, forked_cli, name: str) -> None:
    directory = tmp_path / name
    directory.mkdir()
    result = forked_cli("init", "app", "--generate-only", cwd=directory)
    assert result.returncode == 0, result.stderr
    shown = "".join(c if c.isprintable() else "?" for c in name)
    assert _docstring(directory / "app.py") == (
        f"The {shown} app: the stacks to synthesize ('pycdk synth' runs this file, see cdk.json).")
    modules = [p for p in directory.iterdir() if (p / "__init__.py").is_file() and p.name != "tests"]
    assert len(modules) == 1
    for source in [directory / "app.py", *modules[0].glob("*.py"), *(directory / "tests").rglob("*.py")]:
        compile(source.read_text(encoding="utf-8"), str(source), "exec")  # every generated file is valid Python
    stack_module = next(modules[0].glob("*_stack.py"))
    tree = ast.parse(stack_module.read_text(encoding="utf-8"))
    assert ast.get_docstring(tree, clean=False).endswith(f"the resources of {shown}.")
    assert not (directory / "PWNED").exists()
    readme_title = (directory / "README.md").read_text(encoding="utf-8").splitlines()[0]
    assert readme_title == f"# {shown}"


@pytest.mark.parametrize(("name", "module"), [
    ("my-app", "my_app"), ("Café Service", "cafe_service"), ("app2go", "app2go"), ("x.y.z", "x_y_z"),
])
def test_a_name_normalises_to_its_module(tmp_path: Path, forked_cli, name: str, module: str) -> None:
    directory = tmp_path / name
    directory.mkdir()
    result = forked_cli("init", "app", "--generate-only", cwd=directory)
    assert result.returncode == 0, result.stderr
    assert (directory / module / f"{module}_stack.py").is_file()
    assert f"from {module}.{module}_stack import" in (directory / "app.py").read_text(encoding="utf-8")


REFUSED = {
    "class": "a Python keyword",
    "import": "a Python keyword",
    "While": "a Python keyword",
    "match": "a Python keyword",
    "constructs": "would shadow the module constructs",
    "l2": "would shadow the module l2",
    "json": "would shadow the module json",
    "tests": "would shadow the module tests",
    "123app": "must start with a letter",
    "-": "must start with a letter",
    "_private": "must start with a letter",
    "日本語": "must start with a letter",
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_name_that_is_no_usable_module_is_refused(tmp_path: Path, forked_cli, name: str) -> None:
    directory = tmp_path / name
    directory.mkdir()
    result = forked_cli("init", "app", "--generate-only", cwd=directory)
    error_line(result, f'the directory name "{name}"', REFUSED[name], code=1)
    assert list(directory.iterdir()) == []
