"""Print packaging/constraints.txt: the installed versions of zoho-wizard's run-time tree.

    .venv/bin/python packaging/constraints.py > packaging/constraints.txt

Walks the installed metadata from zoho-wizard's own requirements (extras left out, so the
test tools are not listed) through everything they require on this platform and Python.
Run it in a venv where zoho-wizard is installed and the tests pass.
"""

from __future__ import annotations

import importlib.metadata as metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HEADER = """\
# The exact versions of zoho-wizard's run-time dependency tree that the tests pass with:
# what `pip install .` pulls in (PySide6, requests, keyring, platformdirs, filelock,
# truststore, urllib3, cryptography and everything they need), on Linux, CPython 3.11.
# Used as a constraints file (`pip install -c packaging/constraints.txt ...`) by
# packaging/build.sh, scripts/setup.sh and CI, so the app and the tests get the same set.
# A constraint never installs anything by itself: entries a platform does not need
# (SecretStorage, jeepney off Linux; backports.tarfile, importlib_metadata on 3.12+) are
# ignored there, and packages only other platforms need (pywin32-ctypes on Windows) are
# not pinned here. The test extra's packages are deliberately not listed.
# Regenerate after changing a dependency: see "Dependencies" in packaging/README.md."""


def _applies(requirement: Requirement) -> bool:
    return requirement.marker is None or requirement.marker.evaluate({"extra": ""})


def runtime_tree() -> dict[str, tuple[str, str]]:
    """Canonical name -> (name as published, installed version), zoho-wizard excluded."""
    seen: dict[str, tuple[str, str]] = {}
    todo = [Requirement(text) for text in metadata.requires("zoho-wizard") or []]
    while todo:
        requirement = todo.pop()
        key = canonicalize_name(requirement.name)
        if not _applies(requirement) or key in seen:
            continue
        dist = metadata.distribution(requirement.name)
        seen[key] = (dist.metadata["Name"], dist.version)
        todo.extend(Requirement(text) for text in dist.requires or [])
    return seen


def main() -> None:
    """Print the header and one ``name==version`` line per package, sorted by name."""
    print(HEADER)
    tree = runtime_tree()
    for key in sorted(tree):
        name, version = tree[key]
        print(f"{name}=={version}")


if __name__ == "__main__":
    main()
