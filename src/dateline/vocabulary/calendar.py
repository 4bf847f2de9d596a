"""Month and weekday names (English, with the abbreviations news uses), shared by the time
tagger, the metadata date reader, the wire-dateline reader and publication-date inference.
The names live in data/calendar/months.tsv and data/calendar/weekdays.tsv."""

from dateline.lexicons import table

MONTHS = {name: int(number) for name, number in table("calendar/months.tsv", 2)}
WEEKDAYS = {name: int(number) for name, number in table("calendar/weekdays.tsv", 2)}
