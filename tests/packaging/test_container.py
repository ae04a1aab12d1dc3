"""The container files: compose.yaml has the shape the README promises (checked by parsing it,
so it runs everywhere), and the Dockerfile builds where a Docker engine is available."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.packaging.test_wheel import SOURCES

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_compose_runs_postgres_a_web_and_a_scheduler_service(compose: dict) -> None:
    services = compose["services"]
    assert set(services) == {"db", "web", "scheduler"}
    assert services["db"]["image"].startswith("postgres:")
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])
    assert any(v.endswith(":/var/lib/postgresql/data") for v in services["db"]["volumes"])

    web, scheduler = services["web"], services["scheduler"]
    assert web["command"] == ["serve", "--no-scheduler"]  # the scheduler runs in its own service
    assert scheduler["command"] == ["scheduler", "--metrics-port", "9100"]  # its own /metrics
    assert web["build"] == scheduler["build"] == "." and web["image"] == scheduler["image"]
    assert any(p.endswith(":3000") for p in web["ports"])
    assert scheduler.get("healthcheck") == {"disable": True}  # it serves no /healthz
    for service in (web, scheduler):
        assert service["depends_on"]["db"]["condition"] == "service_healthy"
        url = service["environment"]["DATABASE_URL"]
        assert url.startswith("postgresql+psycopg://") and "@db:5432/" in url
        assert {"path": ".env", "required": False} in service["env_file"]
        assert service["restart"] == "unless-stopped"
        assert service["stop_grace_period"] == "30s"  # more than the 25 s a stop waits for work
    # Held messages survive a restart of the web container.
    assert any(v.endswith(":/var/lib/kpibot/spool") for v in web["volumes"])
    assert web["environment"]["KPIBOT_SPOOL_DIR"] == "/var/lib/kpibot/spool"
    assert set(compose["volumes"]) >= {"pgdata", "spool"}


def test_the_dockerfile_is_slim_non_root_and_serves_with_a_healthcheck() -> None:
    text = (ROOT / "Dockerfile").read_text()
    final = text.split("\nFROM ")[-1]  # the stage that becomes the image
    assert final.startswith("python:3.11-slim")
    assert re.search(r"^USER kpibot$", final, re.M)
    assert 'ENTRYPOINT ["kpibot"]' in final and 'CMD ["serve"]' in final
    assert re.search(r"^HEALTHCHECK .*", final, re.M) and "/healthz" in final
    assert "--no-index" in final  # the image installs the wheels built in the first stage only
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".env", ".venv", ".git"} <= set(ignored)  # no secrets or local state in the context
    # The build stage copies what tests/packaging/test_wheel.py builds its wheel from (with
    # manifest.yml, which setup.py puts in the wheel for `kpibot manifest`).
    build = text.split("\nFROM ")[1]  # the first stage: it builds the wheels
    copied = {word for line in re.findall(r"^COPY (.*)$", build, re.M) for word in line.split()}
    assert set(SOURCES) <= copied | {f"{w.rstrip('/')}" for w in copied}
    assert not set(SOURCES) & set(ignored)


def _docker_engine() -> str | None:
    """Why a build cannot run here, or None when a Docker engine answers."""
    if shutil.which("docker") is None:
        return "the docker client is not installed"
    proc = subprocess.run(["docker", "info"], capture_output=True, text=True, timeout=30)
    if proc.returncode != 0:
        return "no Docker engine answers (`docker info` failed: only the client is installed)"
    return None


def test_docker_build_succeeds_and_the_image_runs_kpibot(tmp_path: Path) -> None:
    reason = _docker_engine()
    if reason:
        pytest.skip(f"docker build not run: {reason}")
    tag = "kpibot:test-build"
    build = subprocess.run(
        ["docker", "build", "--quiet", "--tag", tag, str(ROOT)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    user = subprocess.run(
        ["docker", "run", "--rm", "--entrypoint", "id", tag, "-u"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert user.stdout.strip() not in {"", "0"}  # not root
    helped = subprocess.run(
        ["docker", "run", "--rm", tag, "--help"], capture_output=True, text=True, timeout=120
    )
    assert helped.returncode == 0 and "serve" in helped.stdout
