"""The project file and the session: everything a user can change, saved, autosaved and reopened."""
