"""Package layout (everything else is in pyproject.toml).

The top-level templates/ folder ships inside the wheel as the package `kpibot_templates`
(setuptools maps the folder to the package name); bot/rendering/text.py loads it with
importlib.resources and falls back to the checkout's folder. pyproject.toml cannot express
"found packages plus one mapped folder", hence this file."""

from setuptools import find_namespace_packages, setup

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
)
