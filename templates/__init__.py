"""The *.mrkdwn.j2 text fragments. Installed as the package `kpibot_templates` (setup.py)."""
