"""The pictures of the examples committed in docs/diagrams are what ``docs/diagrams/generate.py`` draws today."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_committed_example_pictures_are_current():
    spec = importlib.util.spec_from_file_location("_docs_diagrams_generate", ROOT / "docs" / "diagrams" / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    assert sorted(p.name for p in (ROOT / "examples").iterdir() if (p / "app.py").is_file()) == list(generate.EXAMPLES)
    assert generate.stale() == [], "run: python docs/diagrams/generate.py"
    # each picture shows its app's constructs (a construct path of each example appears in its title lines)
    assert "<title>examples/upload_pipeline</title>" in (ROOT / "docs/diagrams/upload_pipeline.svg").read_text()
    assert "UploadPipeline/Pipeline/Queue" in (ROOT / "docs/diagrams/upload_pipeline.svg").read_text()
