"""Package layout (everything else is in pyproject.toml).

The top-level templates/ folder ships inside the wheel as the package `kpibot_templates`
(setuptools maps the folder to the package name); bot/rendering/text.py loads it with
importlib.resources and falls back to the checkout's folder. pyproject.toml cannot express
"found packages plus one mapped folder", hence this file.

manifest.yml (the Slack app's manifest, at the top of the checkout where the README points)
ships as bot/manifest.yml: `kpibot manifest --host …` prints it from an installed wheel, where
there is no checkout to copy it from (bot/slack_manifest.py falls back to the checkout's)."""

import os

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

MANIFEST = "manifest.yml"


class BuildWithManifest(build_py):
    def run(self) -> None:
        super().run()
        if not self.editable_mode:  # an editable install reads the checkout's
            self.copy_file(MANIFEST, os.path.join(self.build_lib, "bot", MANIFEST))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        return [*outputs, os.path.join(self.build_lib, "bot", MANIFEST)]


setup(
    # Namespace packages too: the data folders (bot/locale/…, storage/migrations/…) are listed as
    # packages, so setuptools ships them without warning about each one.
    packages=[
        *find_namespace_packages(
            include=["bot", "bot.*", "storage", "storage.*"], exclude=["*.__pycache__"]
        ),
        "kpibot_templates",
    ],
    package_dir={"kpibot_templates": "templates"},
    cmdclass={"build_py": BuildWithManifest},
)
