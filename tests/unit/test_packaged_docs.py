"""The setup guide is found in a checkout and in a wheel, where the docs sit beside resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

from omnisync.ui.places import setup_guide_url

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_puts_docs_beside_resources():
    """``setup_guide_url`` looks in ``resources_dir().parent / "docs"``: in a wheel that is
    ``omnisync/docs`` only if pyproject ships the docs folder there."""
    build = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]
    shipped = build["targets"]["wheel"]["force-include"]
    resources, docs = Path(shipped["resources"]), Path(shipped["docs"])
    assert (resources.name, docs.name) == ("resources", "docs")
    assert resources.parent == docs.parent == Path("omnisync")
    assert (ROOT / "docs" / "salesforce-setup.md").is_file()


def test_the_guide_is_found_in_both_layouts(tmp_path):
    url = setup_guide_url()  # this checkout
    assert url is not None and url.toLocalFile() == str(ROOT / "docs" / "salesforce-setup.md")
    wheel_docs = tmp_path / "omnisync" / "docs"
    wheel_docs.mkdir(parents=True)
    (wheel_docs / "salesforce-setup.md").write_text("# Setup\n")
    assert setup_guide_url(wheel_docs).toLocalFile() == str(wheel_docs / "salesforce-setup.md")
    assert setup_guide_url(tmp_path / "nowhere") is None
