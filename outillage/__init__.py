"""Development tools shared by tests/ and bench/; never imported by the servers."""
