// Events are matched across articles on month and day (Event.monthDay, "05-10"), so that a report
// without a year ("May 10") meets the dated report of the same encounter.
CREATE INDEX event_month_day IF NOT EXISTS FOR (n:Event) ON (n.monthDay);
