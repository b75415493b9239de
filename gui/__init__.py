"""Upgrading Explorer's Qt shell: windows, table models, views and dialogs.

Imports nothing at package level so ``import gui.app`` stays cheap; every computation lives in ``core``.
"""
