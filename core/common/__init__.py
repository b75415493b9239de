"""Vocabulary every layer shares: errors in plain words, resource paths, text folding, validation findings."""
