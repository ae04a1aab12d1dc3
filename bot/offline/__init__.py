"""A local stand-in for Slack, so the real app runs without a Slack workspace: `kpibot demo`,
`kpibot console`, the benchmark and the test suite.

- slack_api: FakeSlackApi, Slack's Web API on 127.0.0.1, recording every call.
- driver: SlackDriver, sending the app signed requests shaped exactly like Slack's.
- harness: local_slack(), the real app wired to both, over HTTP or in-process.
"""
