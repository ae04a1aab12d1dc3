"""kpibot: activity and result KPIs for B2B sales teams, in Slack."""
