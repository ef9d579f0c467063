"""The demo region: a believable Sacramento-area directory, built by `manage.py load_demo`.

- `data/`: the tables (places, organizations, taxonomy, program and service templates,
  pathways), with their translations;
- `builder` (with `programs`): decides what the region contains, with fixed seeds;
- `hub.directory.bulk` makes the database match it, changing nothing that already does;
- `images`: draws the logos and program pictures; `users`: the demo accounts."""
