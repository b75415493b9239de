"""From a survey to numbers: subsets, rules, measures, statistics, disclosure, the pipeline."""
