"""The installed package, run from outside the repository: it must find its own reference data,
rules and templates (CI installs with a plain `pip install .`, so this tests the built wheel)."""

import pytest
import json
import subprocess
import sys
from pathlib import Path

pytestmark = pytest.mark.slow  # the real pipeline, CLI or browser, end to end

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "harbourside-national-picture.txt"


def test_installed_factcheck_finds_its_data_and_checks_an_example(tmp_path):
    where = subprocess.run(
        [sys.executable, "-c",
         "import factcheck, factcheck.pipeline as p, factcheck.reference.store as s;"
         "print(factcheck.__file__); print(s.DEFAULT_DIR); print(p.DEFAULT_RULES_DIR)"],
        cwd=tmp_path, capture_output=True, text=True, check=True).stdout.split("\n")
    package, reference, rules = (Path(x).resolve() for x in where[:3])
    assert (reference / "metrics.yaml").is_file() and (reference / "gazetteer.csv").is_file()
    assert list(rules.glob("FC*.yaml"))
    if ROOT not in package.parents:  # a real (non-editable) install: the data lives inside the package
        assert package.parent in reference.parents and package.parent in rules.parents
    r = subprocess.run([sys.executable, "-m", "factcheck", "check", str(EXAMPLE), "--format", "json", "--fail-on", "never"],
                       cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["claims"] and any(c["verdict"]["label"] == "supported" for c in doc["claims"])


def test_every_subpackage_is_listed_for_the_wheel():
    """pyproject.toml names its packages (reference_data/ and rules/ are mapped into the package), so a
    new subpackage left off the list would be missing from a plain `pip install .`."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "factcheck").rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)
