"""The product's logic in plain Python. Nothing here imports PySide6 (a test checks)."""
