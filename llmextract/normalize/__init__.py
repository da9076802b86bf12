"""Pure normalizers for quantities, dates and place names (no I/O, table-tested)."""
