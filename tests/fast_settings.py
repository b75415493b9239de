"""Analysis settings for tests that look at no p-value of a few-firm difference."""

NO_FEW_FIRM_TESTS: dict[str, int] = {"bootstrap_total_below": 0, "bootstrap_group_below": 0}
"""No difference goes to the wild cluster bootstrap or the firm permutation test (both
thresholds 0): every difference keeps its cluster-robust t-test. Counts, shares, means, gaps,
names and files are the same either way, and those two tests are most of a sample analysis."""
