"""The set-up files stay in step: requirements.txt, constraints.txt and environment.yml."""

import hashlib
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
_REQ_RE = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)")


def _pins(lines):
    out = {}
    for line in lines:
        m = _REQ_RE.match(line.strip())
        if m:
            out[m.group(1).lower().replace("_", "-")] = m.group(2)
    return out


def test_environment_yml_lists_the_same_pins_as_requirements():
    req = _pins((ROOT / "requirements.txt").read_text().splitlines())
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert _pins(pip_section) == req
    assert "python=3.11" in env["dependencies"]


def test_every_requirement_is_pinned_identically_in_constraints():
    req = _pins((ROOT / "requirements.txt").read_text().splitlines())
    con = _pins((ROOT / "constraints.txt").read_text().splitlines())
    for name, version in req.items():
        assert con.get(name) == version, name


def test_torch_is_pinned_to_the_cpu_wheel_version():
    req = _pins((ROOT / "requirements.txt").read_text().splitlines())
    assert req["torch"] == "2.13.0"


def test_seeds_are_the_recorded_bytes():
    for line in (ROOT / "tests" / "seeds.sha256").read_text().splitlines():
        digest, name = line.split()
        assert hashlib.sha256((ROOT / name).read_bytes()).hexdigest() == digest, name
