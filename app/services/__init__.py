"""One module per feature; each public call is one transaction and returns plain data."""
