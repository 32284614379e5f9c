"""Every data file the code reads must ship in the wheel, not only in a checkout.

An editable install reads files straight from the tree, so a data file missing from
`package-data` passes every other test and breaks only for users who `pip install` the
package. This compares the tree with the globs that decide what the wheel carries.
"""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE_SUFFIXES = {".py", ".pyc"}


def test_every_data_file_is_declared_as_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    packages = [p.rstrip("*") for p in config["packages"]["find"]["include"]]
    declared = {
        path
        for package, globs in config["package-data"].items()
        for glob in globs
        for path in (ROOT / package).glob(glob)
    }
    data_files = {
        path
        for package in packages
        for path in (ROOT / package).rglob("*")
        if path.is_file() and path.suffix not in CODE_SUFFIXES and "__pycache__" not in path.parts
    }
    assert data_files, "the packages hold no data files: the walk is wrong"
    missing = sorted(str(p.relative_to(ROOT)) for p in data_files - declared)
    assert not missing, f"not in [tool.setuptools.package-data], so not in the wheel: {missing}"
