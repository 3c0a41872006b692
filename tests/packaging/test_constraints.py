"""packaging/constraints.txt: the run-time tree's exact versions, agreeing with pyproject.

The build (packaging/build.sh) and the test setup (scripts/setup.sh, so CI) install with
``-c packaging/constraints.txt``; a pin that contradicts a floor in pyproject.toml, or a
requirement of the test tools, would make that install fail, so it is checked here.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import tomllib
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
CONSTRAINTS = ROOT / "packaging" / "constraints.txt"


def _pins() -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        match = re.fullmatch(r"([A-Za-z0-9._-]+)==([^\s;]+)", line.strip())
        assert match, f"not an exact pin: {line!r}"
        pins[canonicalize_name(match[1])] = Version(match[2])
    return pins


def _project() -> dict[str, Any]:
    project: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return project


def _applies(requirement: Requirement) -> bool:
    return requirement.marker is None or requirement.marker.evaluate({"extra": ""})


def test_every_runtime_dependency_is_pinned_within_its_floor() -> None:
    pins = _pins()
    for text in _project()["dependencies"]:
        requirement = Requirement(text)
        if not _applies(requirement):
            continue
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is missing from {CONSTRAINTS.name}"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"{CONSTRAINTS.name} pins {name}=={pins[name]}, outside pyproject's {text!r}"
        )


def test_the_test_extra_is_not_constrained_and_its_requirements_accept_the_pins() -> None:
    pins = _pins()
    extra = [Requirement(text) for text in _project()["optional-dependencies"]["test"]]
    # (A run-time dependency listed again for the tests on other OSes, cryptography off
    # Linux, keeps its pin: the loop below checks that the extra accepts it.)
    runtime = {canonicalize_name(Requirement(t).name) for t in _project()["dependencies"]}
    assert not ({canonicalize_name(r.name) for r in extra} - runtime) & set(pins)
    # Everything the installed test tools require, recursively, must accept the pins.
    seen: set[str] = set()
    todo = list(extra)
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if not _applies(requirement):
            continue
        if name in pins:
            assert requirement.specifier.contains(pins[name], prereleases=True), (
                f"a test tool requires {requirement}, but {CONSTRAINTS.name} pins {pins[name]}"
            )
        if name in seen:
            continue
        seen.add(name)
        todo.extend(Requirement(text) for text in metadata.requires(requirement.name) or [])


def test_the_pins_are_what_the_tests_run_with() -> None:
    # The tests' own environment is installed with these constraints (scripts/setup.sh).
    for name, version in _pins().items():
        try:
            installed = Version(metadata.version(name))
        except metadata.PackageNotFoundError:
            continue  # a platform- or Python-specific entry not needed here
        assert installed == version, f"{name} {installed} is installed, {version} pinned"
