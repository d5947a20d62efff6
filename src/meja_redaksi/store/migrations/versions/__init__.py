"""The migration scripts, oldest first: 0001 schema, 0002 search, 0003 list indexes."""
