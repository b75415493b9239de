"""The command line: inspect and analyze, headless, on the same core."""
