"""The wheel is the product: built from the checkout, installed in a fresh venv outside it, it
runs `kpibot demo` (templates, catalogs and migrations all come from inside the wheel).

Runs once (the SQLite half of `make test`; tests/packaging is not in the PostgreSQL half).

The fresh venv gets the wheel alone (`--no-deps`) and sees its dependencies in this environment's
site-packages through a .pth line: `make install` put them there from the same pyproject, and
installing matplotlib, numpy, psycopg and the rest again took 10-20 s of the suite's longest test.
A .pth line adds a folder to sys.path without running the .pth files in it, so the checkout's
editable install stays out of sight (the test asserts everything comes from the fresh venv). That
the wheel's declared requirements are what this environment runs is checked on its own."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from email.parser import Parser
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
# What the Dockerfile's build stage copies: the wheel is made of these alone.
SOURCES = (
    "pyproject.toml",
    "setup.py",
    "MANIFEST.in",
    "README.md",
    "manifest.yml",
    "bot",
    "storage",
    "templates",
)


def _clean_env() -> dict[str, str]:
    """No checkout on the path, no developer settings. No PYTHONPYCACHEPREFIX either (`make test`
    sets one): the fresh venv's bytecode stays in the venv and goes with it."""
    return {
        k: v
        for k, v in os.environ.items()
        if k not in {"PYTHONPATH", "VIRTUAL_ENV", "DATABASE_URL", "PYTHONPYCACHEPREFIX"}
        and not k.startswith("SLACK_")
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """Built once per test run: the first worker to get here builds it in the run's folder
    (pytest-xdist gives each worker a folder in it) under a lock, the others wait and take it.
    Module-scoped alone, each worker that drew one of this module's tests built it again (~3.3 s
    of CPU, suite30: --dist worksteal splits the module now and then)."""
    base = tmp_path_factory.getbasetemp()
    folder = base.parent if worker_id != "master" else base
    with open(folder / "kpibot-wheel.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        out = folder / "kpibot-wheel"
        if not out.exists():
            _build(tmp_path_factory, out)
    [built] = out.glob("kpibot-*.whl")
    return built


def _build(tmp_path_factory: pytest.TempPathFactory, dist: Path) -> None:
    """The wheel into `dist` (made only when it is there)."""
    out = tmp_path_factory.mktemp("dist")
    # Built from a copy of what the Dockerfile copies: setuptools writes a build/ folder beside
    # the sources, and two test workers building in the checkout at once tripped over each
    # other's ("File exists: build/bdist…"); the copy also proves those files are all it takes.
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(ROOT / name, source / name)
    proc = subprocess.run(
        [*PIP, "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
        env=_clean_env(),
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    [_built] = out.glob("kpibot-*.whl")
    out.rename(dist)  # whole or not at all


def test_the_wheel_carries_templates_catalogs_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = {p.name for p in (ROOT / "templates").glob("*.j2")}
    assert templates and {f"kpibot_templates/{t}" for t in templates} <= names
    for language in ("nb", "sv", "da"):
        assert f"bot/locale/{language}/LC_MESSAGES/messages.po" in names
    migrations = {p.name for p in (ROOT / "storage/migrations/versions").glob("*.py")}
    assert {f"storage/migrations/versions/{m}" for m in migrations} <= names
    assert "storage/migrations/env.py" in names
    # The Slack app's manifest: `kpibot manifest --host …` prints it where there is no checkout.
    assert "bot/manifest.yml" in names


def test_the_wheels_requirements_are_what_this_environment_runs(wheel: Path) -> None:
    """The fresh venv below borrows this environment's packages: each requirement the wheel
    declares (extras aside) is installed here in a version it allows."""
    with zipfile.ZipFile(wheel) as whl:
        [name] = [n for n in whl.namelist() if n.endswith(".dist-info/METADATA")]
        meta = Parser().parsestr(whl.read(name).decode())
    required = [Requirement(r) for r in meta.get_all("Requires-Dist") or []]
    runtime = [r for r in required if r.marker is None or r.marker.evaluate({"extra": ""})]
    assert {r.name.lower() for r in runtime} >= {"slack-bolt", "sqlalchemy", "matplotlib"}
    for requirement in runtime:
        installed = metadata.version(requirement.name)
        assert requirement.specifier.contains(installed, prereleases=True), (
            requirement,
            installed,
        )


def test_the_wheel_installed_in_a_fresh_venv_runs_the_demo(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    # No pip of its own (saves seconds): this interpreter's pip installs into it.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    proc = subprocess.run(
        [
            *PIP,
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-compile",
            "--no-deps",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env=_clean_env(),
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    fresh_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
        env=_clean_env(),
    ).stdout.strip()
    here = sysconfig.get_paths()
    (Path(fresh_site) / "kpibot_test_dependencies.pth").write_text(
        "".join(f"{p}\n" for p in dict.fromkeys((here["purelib"], here["platlib"])))
    )

    elsewhere = tmp_path / "elsewhere"  # not the checkout: nothing can be found by accident
    elsewhere.mkdir()
    where = subprocess.run(
        [
            str(python),
            "-c",
            "import bot.rendering.text as t, bot.i18n as i; "
            "print(t.templates_dir()); print(i.LOCALE_DIR)",
        ],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=_clean_env(),
        timeout=60,
    )
    assert where.returncode == 0, where.stderr
    for line in where.stdout.splitlines():
        assert Path(line).is_relative_to(venv), line  # from the installed package, not ROOT

    manifest = subprocess.run(
        [str(venv / "bin" / "kpibot"), "manifest", "--host", "kpi.acme.no"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=_clean_env(),
        timeout=60,
    )
    assert manifest.returncode == 0, manifest.stderr
    assert "request_url: https://kpi.acme.no/slack/events" in manifest.stdout
    assert "example.com" not in manifest.stdout.split("display_information:")[1]

    demo = subprocess.run(
        [str(venv / "bin" / "kpibot"), "demo"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=_clean_env(),
        timeout=300,
    )
    assert demo.returncode == 0, demo.stderr[-3000:]
    assert "TemplateNotFound" not in demo.stderr
    # Replies rendered from templates in all four languages (the demo's second part).
    assert "activities in all" in demo.stdout
    for logged in (
        "Logged a *meeting*",
        "Logget et *møte*",
        "Loggade ett *möte*",
        "Loggede et *tilbud*",
    ):
        assert logged in demo.stdout
